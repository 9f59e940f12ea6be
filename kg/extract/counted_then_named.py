"""A counted set closed by a comma, then its names, each group led by the place it comes from ("…共5家,他们分别是浙江省的
X、Y,河南省的Z…,以及陕西省的W"): each way a page prints it is a `CountLayout` in `COUNT_THEN_NAMED`, with its real lines.

The count vouches for the items: they are read only where they are exactly as many as it counts, each a whole name
once the place before it (浙江省的) is cut. What they hold is the caller's to say (the kind the count names, else the
level of the list the page is about).
"""

from __future__ import annotations

import re

from kg.extract.counted_lists import CountLayout, count_value, vouched_names
from kg.extract.held_names import enterprise_name

__all__ = ["COUNT_THEN_NAMED", "COUNT_THEN_NAMED_LAYOUT", "place_led_items", "counted_then_named"]

_COUNT = r"(?<![\d])(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个]"
# the count's kind, where it names one: a noun of holders ending in 企业 / 单位 / 公司, nothing else before the comma
_KIND = r"(?P<kind>[\u4e00-\u9fff]{0,20}?(?:企业|单位|公司))?"

COUNT_THEN_NAMED = (
    # "涉及3个省共5家,他们分别是浙江省的X、Y,河南省的Z、W,以及陕西省的V" (工信部 建筑垃圾综合利用 list, a traditional
    # repost, entrep66): the count alone, a pronoun of the set, then its names grouped by province
    CountLayout("count_their_names",
                re.compile(_COUNT + _KIND + r"[，,](?:它们|他们|其)(?:分别是|分别为)[：:]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("涉及3个省共5家,他们分别是浙江省的杭州富丽华建材有限公司、桐乡市同德墙体建材有限公司,河南省的河南盛天环保再生资源"
                  "利用有限公司、许昌金科资源再生股份有限公司,以及陕西省的陕西建新环保科技发展有限公司", 5),)),
    # "新增的3家建筑垃圾综合利用企业,分别是江苏省的X,广东省的Y,Z" (same page): the count and its kind, then the names
    # after a comma, a province before a group of them (the count_kind_names of counted_lists reads this wording where
    # the kind names a level; this one, where the page's list gives it)
    CountLayout("count_kind_place_names",
                re.compile(_COUNT + _KIND + r"[，,](?:分别是|分别为)[：:]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("新增的3家建筑垃圾综合利用企业,分别是江苏省的苏州市建筑材料再生资源利用有限公司,广东省的深圳市永安环保实业有限公司,"
                  "深圳市绿发鹏程环保科技有限公司", 3),)),
    # "目前,全区省级龙头企业达到5家,即黑龙江正大集团、双来集团、哈工大玉米淀粉糖公司、明达油脂公司和鸿福集团" (东北网, 呼兰区
    # 农产品加工龙头企业, a traditional page, fresh47): the kind first, the count it has reached, then 即 and its names
    CountLayout("kind_reached_count_namely",
                re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,20}?(?:企业|单位|公司))(?:已?达到|已?达|共有|共)" + _COUNT
                           + r"[，,]即[：:]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("目前,全区省级龙头企业达到5家,即黑龙江正大集团、双来集团、哈工大玉米淀粉糖公司、明达油脂公司和鸿福集团", 5),
                 ("市级重点龙头企业达到5家,即哈尔滨义利实业公司、黑龙江农垦牧业有限公司、哈尔滨春城园林绿化公司、大用农业有限公司"
                  "和鸿原油脂厂", 5))),
    # "…,国家级龙头企业2家(内蒙古中加生物科技有限公司、内蒙古赛诺种羊科技有限公司),自治区级龙头企业2家(…)" (fresh58 neimenggu_
    # wulanchabu-siziwang-qi-2024-shifan-hezuoshe-jiating-nongmuchang-028wgk.txt:14; its README: final holders, 自治区级 is 省级):
    # the kind, its count, then its names in brackets, one such group after another
    CountLayout("kind_count_bracketed_names",
                re.compile(r"(?:^|(?<=[，,；;：:]))(?P<kind>[^，,。；;：:、（）()\d]{2,20}?(?:企业|单位|公司))" + _COUNT
                           + r"[（(](?P<names>[^（）()。；;]{4,600})[)）]"),
                "after",
                (("国家级龙头企业2家(内蒙古中加生物科技有限公司、内蒙古赛诺种羊科技有限公司)", 2),
                 ("自治区级龙头企业2家(内蒙古鑫雨种业有限公司、四子王旗景欣农业股份有限公司)", 2))),
)
COUNT_THEN_NAMED_LAYOUT = {row.name: row for row in COUNT_THEN_NAMED}

# the place a group of names comes from, printed before its first with 的 ("浙江省的", "江苏省的"): no part of the name
_PLACE_LED = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,6}自治区|北京市|天津市|上海市|重庆市)的(?=[\u4e00-\u9fff]{4})")


def place_led_items(names: str) -> list[str]:
    """The items of a run of names parted by 、 and commas, the last joined by 以及 / 和, each with the place that led its
    group cut ("浙江省的X、Y,以及陕西省的Z" → X, Y, Z)."""
    items = [i.strip().strip("“”\"「」") for i in re.split(r"[、，,]|以及|(?<=[\u4e00-\u9fff]{4})[和及](?=[\u4e00-\u9fff]{4})",
                                                        names)]
    return [_PLACE_LED.sub("", i) for i in items if i]


def counted_then_named(sentence: str) -> list[tuple[str, str]]:
    """(name, kind) for each holder of a counted set the sentence names after a comma (COUNT_THEN_NAMED), kind the
    count's noun of holders as printed ("" where it names none), else []: the items must be exactly as many as the count,
    and each a whole enterprise name."""
    for row in COUNT_THEN_NAMED:
        found = []  # (every group of the row's layout in the sentence: one kind's names after another's)
        for m in row.pattern.finditer(sentence):
            items = place_led_items(m["names"])
            if len(items) != count_value(m["n"]) or len(items) < 2 or not vouched_names(items) \
                    or not all(enterprise_name(i) == i for i in items):
                continue
            found += [(i, m["kind"] or "") for i in items]
        if found:
            return found
    return []
