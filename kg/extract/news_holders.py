"""Holders a news item names by example, the designation printed without its level (issue #16, fresh52's first-sight misses,
round163). Each shape is a row of SHAPES (a list_shapes.Shape) with the real line it was written for; list_shapes.shaped_holders
reads them after the others, so that a holder another reader named is never read again. The class is the designation as
printed, `龙头企业`, where the page prints no level for it (fresh52's README: class as printed).

- `representative_of_kind`: `以X等龙头企业为代表的…产业` (a region's news of its industries) — X stands for the region's
  龙头企业, each industry's example; names as printed, a short name too (`中粮新疆屯河`, `伊犁巴口香`): the kind vouches for it;
- `example_in_point`: a report's point on the region's 龙头企业 (`二是广西龙头企业经受住了…`), a count of the best of them and
  `其中,X…` — X one of them, a whole enterprise's name.
"""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_names import NOT_NAME, enterprise_name
from kg.extract.list_shapes import Context, Shape

__all__ = ["SHAPES"]

_KIND = "龙头企业"

# "新疆已逐步形成以天山面粉集团等龙头企业为代表的优质粮油加工产业,以新疆泰昌实业有限责任公司等龙头企业为代表的优质棉花加工产业,…"
_REPRESENTATIVE = re.compile(r"以(?P<name>[\u4e00-\u9fff（）()]{2,30}?)等(?:一批|多家|[\d一二三四五六七八九十]+家)?(?:重点)?龙头企业为代表")
# (no organ, place or class stands for the kind: "以农业农村部门等…", "以各县等…")
_NO_HOLDER = re.compile(r"(?:部门|单位|政府|[省市县区州镇乡村]|产业|行业|基地|园区|企业|龙头)$|^(?:各|有关|相关|全[省市区县国])")


def representative_of_kind(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    out = []
    for m in _REPRESENTATIVE.finditer(text):
        name = m["name"]
        if NOT_NAME.search(name) or _NO_HOLDER.search(name) or len(name) < 4:
            continue
        out.append((name, _KIND, None, False))
    return out


# "二是广西龙头企业经受住了新冠疫情持续影响,发展势头较好。销售收入超百亿的企业达到了4家,其中,桂林力源粮油食品集团有限公司销售收入达320亿元。"
# (广西 农业农村厅's 发布会 item): the point's subject the region's 龙头企业, its count of the best, one of them named
_POINT_OF_KIND = re.compile(r"(?:^|[。；;])[一二三四五六七八九十]是[\u4e00-\u9fff]{0,8}?龙头企业(?P<rest>[^一二三四五六七八九十]*?(?:[一二三四五六七八九十]是|$)|.*$)")
_COUNTED_THEN_ONE = re.compile(r"(?:企业|龙头)[^。；;，,]{0,12}?(?:达到了?|有|共)[\d一二三四五六七八九十]+家[，,]其中[，,](?P<tail>[^，,。；;]{4,60})")


def example_in_point(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    out = []
    for p in _POINT_OF_KIND.finditer(text):
        for m in _COUNTED_THEN_ONE.finditer(p[0]):
            name = enterprise_name(m["tail"])
            if name and is_enterprise(name) and m["tail"].startswith(name):
                out.append((name, _KIND, None, False))
    return out


SHAPES: tuple[Shape, ...] = (
    # xinjiang_zizhiqu-2010-nongye-chanyehua-longtou-qiye-xinwen.txt:2 (a region's 上海展示会 news)
    Shape("representative_of_kind", representative_of_kind,
          "龙头企业的不断发展壮大,加快了特色产业的发展,新疆已逐步形成以天山面粉集团等龙头企业为代表的优质粮油加工产业,以新疆泰昌实业有限"
          "责任公司等龙头企业为代表的优质棉花加工产业,以中粮新疆屯河等龙头企业为代表的特色林果精深加工产业,以伊犁巴口香等龙头企业为代表的"
          "畜产品加工业。",
          ("天山面粉集团", "新疆泰昌实业有限责任公司", "中粮新疆屯河", "伊犁巴口香"), _KIND),
    # guangxi_zizhiqu-2022-nongye-chanyehua-longtou-qiye-xinwen-fabuhui.txt:20 (广西 农业农村厅's 发布会 item, its point 二是)
    Shape("example_in_point", example_in_point,
          "二是广西龙头企业经受住了新冠疫情持续影响,发展势头较好。销售收入超百亿的企业达到了4家,其中,桂林力源粮油食品集团有限公司销售收入"
          "达320亿元。计入统计数据的龙头企业科技研发投入39亿,累计获得发明专利4156项。",
          ("桂林力源粮油食品集团有限公司",), _KIND),
)
