"""A firm's short name of two or three characters beside a named firm, in one group counted as enterprises."""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.firm_items import short_name
from kg.extract.held_names import LEAD_WORDS

__all__ = ["with_short_siblings"]

# a group closed by its count of enterprises: "亿阳集团、哈飞等12家企业" (the kind 企业 is what vouches for each item)
_COUNTED_FIRMS = re.compile(r"^(?P<items>[^，,。；;：:]{4,200}?)等(?:\d{1,4}|[两二三四五六七八九十]{1,3})[家户](?:企业|公司)$")


def with_short_siblings(region: str, names: list[str]) -> list[str]:
    """The group's items in printed order where `names` (the enterprises read from `region`) are among them and every
    other item is a bare short name: a count of 企业 vouches for them all, a name as short as a person's included
    (fresh53's 黑龙江 科技厅 page, line 5: "审定亿阳集团、哈飞等12家企业为本年度本省高新技术龙头企业" — 亿阳集团 by its ending,
    哈飞 its sibling); else `names` unchanged."""
    m = _COUNTED_FIRMS.match(region.strip())
    if not m or not names:
        return names
    items = m["items"].split("、")
    for _ in range(3):  # (lead-in words in any order: "此次共有X")
        items[0] = LEAD_WORDS.sub("", items[0])
    if len(items) < 2 or not set(names) <= set(items) or not any(is_enterprise(i) for i in items):
        return names
    others = [i for i in items if i not in names]
    if not all(short_name(i) for i in others):
        return names
    return items
