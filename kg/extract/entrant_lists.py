"""Entrant lists: the holders a page lists after the words that say they entered a list, in shapes the readers of
enterprises, list_shapes and holder_shapes do not meet (issue #16, fresh51's first-sight misses, round158).

Each shape is a row of SHAPES (a list_shapes.Shape) with the real line it was written for; list_shapes.shaped_holders
reads them after the others, so that a holder another reader named is never read again:

- `entrants_semicolons`: `…市重点龙头企业名单的上榜企业有A;B;C;…;I。` (莱芜日报) — the entrants after 上榜 / 入选 / 入围 企业有,
  parted by semicolons as much as by 、, at the level the line prints before them (`市重点` → 市级, `省级` → 省级);
- `proposed_counted_first`: `拟确定…、X等147家经营主体为山东省农业“新六产”示范主体` — the first of a counted set of operators a
  拟 act proposes (proposed), the count vouching for its name whatever its kind (`…产业联合体`), at the level of the place
  the designation opens with;
- `counted_names_below`: `…集团15家分(子)公司被正式确定为山西省农业产业化省级重点龙头企业。` ⏎ one name a line (a converter copy of
  a group's news) — a counted set an act determines as a designation, ending its line, and its members one a line below it,
  as many as counted, at the level the designation prints. The reader looks up the page from a name line (Context.lines,
  Context.index) through the names above it to the counted line.

`site_footer` tells a site's footer, which enterprises reads as no row (the company keeping the site is no holder).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.list_shapes import Context, Shape, _names
from kg.places import county_city_tail

# a site's footer: its copyright and its licence, then the company that keeps the site ("© 2017-2022  zhengsoso.com   版权所有
# 沪ICP备17032387号-1 上海立米企业管理有限公司", fresh51's 上海 policy-site copy): no list's row, its company no holder
_SITE_FOOTER = re.compile(r"版权所有|ICP[备證证]|Copyright|^\s*©", re.IGNORECASE)


def site_footer(text: str) -> bool:
    """Whether a line is a site's footer (_SITE_FOOTER)."""
    return bool(_SITE_FOOTER.search(text))


_LEVELS = {"国家": "国家级", "自治区": "自治区级", "省": "省级", "市": "市级", "县": "县级", "区": "区级"}
# a level a designation prints: "省级重点龙头企业", "市重点龙头企业" (a city's key enterprises: its own level)
_DESIGNATION_LEVEL = re.compile(r"(国家|自治区|省|市|县|区)(?:级|重点)")


def designation_level(text: str) -> str | None:
    """The one level a text prints for its designation ('农业产业化市重点龙头企业名单' → '市级'), else none."""
    levels = set(_DESIGNATION_LEVEL.findall(text))
    return _LEVELS[levels.pop()] if len(levels) == 1 else None


# "据了解,第八批农业产业化市重点龙头企业名单的上榜企业有莱芜万兴果菜食品加工有限公司;山东协和泰食品有限公司;…。" (莱芜日报)
_ENTRANTS = re.compile(r"(?P<before>[^。]{0,60}?)(?:上榜|入选|入围)的?(?:企业|单位)(?:有|是|为|分别是|分别为)[:：]?"
                       r"(?P<names>[^。]{4,1500}?)(?:[。]|$)")


def entrants_semicolons(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    m = _ENTRANTS.search(text)
    if not m or not re.search(r"[；;]", m["names"]):  # (a run parted by 、 alone is the other readers')
        return []
    level = designation_level(m["before"])
    names = _names(re.sub(r"[；;]", "、", m["names"].rstrip("；;")))
    return [(n, level, None, False) for n in names] if level else []


# "9月10日,山西省农业产业化领导小组办公室发布评选名单,集团15家分(子)公司被正式确定为山西省农业产业化省级重点龙头企业。"
_COUNTED_DETERMINED = re.compile(r"(?P<n>\d{1,3})[家个][^，,。；;]{0,12}?被(?:正式)?(?:确定|认定|命名|评定|评为)为?"
                                 r"(?P<what>[^，,。；;：:]{4,40})[。：:]?$")
_BARE = re.compile(r"^[^，,。；;：:、\s]{4,40}$")
_MAX_RUN = 200


@lru_cache(maxsize=4096)  # (a list's lines are looked at again from each name below them)
def _bare_name(text: str) -> bool:
    return bool(_BARE.match(text)) and is_enterprise(text)


def counted_names_below(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    if ctx.index < 1 or not _bare_name(text):
        return []
    i = ctx.index - 1
    while i >= 0 and ctx.index - i <= _MAX_RUN and (not ctx.lines[i] or _bare_name(ctx.lines[i])):
        i -= 1
    if i < 0 or not (m := _COUNTED_DETERMINED.search(ctx.lines[i])):
        return []
    position = sum(1 for x in ctx.lines[i + 1 : ctx.index + 1] if x)  # (this name's place in the run, blank lines apart)
    level = designation_level(m["what"])
    return [(text, level, None, False)] if level and position <= int(m["n"]) else []


# "…经各市推荐、专家评审,山东拟确定济南市章丘区等17个县(市、区)为山东省农业“新六产”示范县、永丰种业小麦良种产业联合体等147家
# 经营主体为山东省农业“新六产”示范主体,现予以公示" (中国广播网's item on 山东省农业农村厅's 公示): the first of a counted set of
# operators a 拟 act proposes for a designation; the count of 经营主体 vouches for the name whatever its kind (an industry
# consortium, 联合体), at the level of the place the designation opens with
_PROPOSED_COUNTED = re.compile(r"(?:^|[、，,])(?:[拟擬]?(?:确定|认定|命名))?(?P<name>[^、，,。；;：:（）()]{4,30}?)等(?P<n>\d{1,4})家"
                               r"(?P<kind>经营主体|市场主体|企业|单位)为(?P<what>[^，,。；;]{4,40}?)(?=[，,。；;]|$)")
_PROPOSING = re.compile(r"[拟擬](?:确定|认定|命名|推荐)[^。；;]*$")
_OPERATOR_KIND = re.compile(r"(?:产业)?联合体$")
_PLACE_LEVEL = re.compile(r"^(?:(?P<nation>全国|国家)|[\u4e00-\u9fff]{2,3}省|(?P<region>[\u4e00-\u9fff]{2,8}自治区)|(?P<city>[\u4e00-\u9fff]{2,6}市))")


def _place_level(what: str) -> str | None:
    m = _PLACE_LEVEL.match(what)
    # (a county-level city's list ranks with a county's: 县级, the lead's ruling, stop 37)
    return None if not m else "国家级" if m["nation"] else "自治区级" if m["region"] else \
        ("县级" if county_city_tail(m["city"]) else "市级") if m["city"] else "省级"


def proposed_counted_first(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    out = []
    for m in _PROPOSED_COUNTED.finditer(text):
        name, level = m["name"], _place_level(m["what"])
        if level and _PROPOSING.search(text[: m.start("name")]) and (is_enterprise(name) or _OPERATOR_KIND.search(name)):
            out.append((name, level, None, True))
    return out


SHAPES: tuple[Shape, ...] = (
    # 莱芜日报's item (fresh51's shandong_laiwu-diba-pi-nongye-chanyehua-shi-zhongdian-longtou-qiye-mingdan.txt, line 3)
    Shape("entrants_semicolons", entrants_semicolons,
          "据了解,第八批农业产业化市重点龙头企业名单的上榜企业有莱芜万兴果菜食品加工有限公司;山东协和泰食品有限公司;莱芜市诚信食品有限公司;"
          "莱芜利和生态农业有限公司。",
          ("莱芜万兴果菜食品加工有限公司", "山东协和泰食品有限公司", "莱芜市诚信食品有限公司", "莱芜利和生态农业有限公司"), "市级"),
    # 中国广播网's item on 山东省农业农村厅's 公示 (fresh51's shandong_nongyenongcunting-2018-nongye-xinliuchan-shifan-zhuti-gongshi-
    # linyi.txt, line 1)
    Shape("proposed_counted_first", proposed_counted_first,
          "经各市推荐、专家评审,山东拟确定济南市章丘区等17个县(市、区)为山东省农业“新六产”示范县、永丰种业小麦良种产业联合体等147家"
          "经营主体为山东省农业“新六产”示范主体,现予以公示。",
          ("永丰种业小麦良种产业联合体",), "省级"),
)

# (a reader of several lines: its table test gives the lines, see tests/test_entrant_lists.py)
BLOCK_SHAPES: tuple[Shape, ...] = (
    # a converter copy of 大象集团's news (fresh51's shanxi_nongye-chanyehua-shengji-zhongdian-longtou-qiye-daxiang-jituan-15jia-
    # converter.txt, lines 1–3)
    Shape("counted_names_below", counted_names_below,
          "9月10日,山西省农业产业化领导小组办公室发布评选名单,集团15家分(子)公司被正式确定为山西省农业产业化省级重点龙头企业。\n"
          "山西锦绣大象农牧股份有限公司\n山西大象农牧集团有限公司",
          ("山西锦绣大象农牧股份有限公司", "山西大象农牧集团有限公司"), "省级"),
)
