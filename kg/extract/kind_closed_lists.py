"""Partners listed with commas and closed by the kind of business they are, a market's management after them (issue #16,
round179): "大沽街综合执法大队扎实开展夏季安全联合执法行动,切实保障居民生命财产安全,联合河南里社区,安阳社区,万科物业,碧桂园等社区物业、
河南里北市场管理方,聚焦消防、防汛两大重点领域,全面开展…行动" (fresh43's 大沽街 converter copy). The body opening the sentence
leads (X联合Y, rule 1); the named communities, the property companies the closing kind names (碧桂园 is one because 等社区物业
says so) and the named market's management cooperate, names as printed; the kind itself names no further body. The one row
of `KIND_CLOSED_STYLES` is tried after every other duty style; its lines are in tests/test_short_item_charges.py."""

from __future__ import annotations

import re

from kg.extract.joint_lists import VILLAGE
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["KIND_CLOSED_STYLES", "kind_closed_partners"]

# the kinds that close a list of named businesses (物业 as fresh26's 漳浒寨 and fresh27's 华明 print it; a bare 等 before a
# body's kind, 等部门, is joint_lists' closing phrase)
_KIND = r"等(?:社区|小区|辖区)?(?:物业(?:公司|企业|单位)?|物管)"
# the partners' clause, opening with its verb after the lead's clause (the lead's own words may hold 联合: "…开展夏季安全联合执法行动")
_JOINED = re.compile(r"(?<=[，,])(?:联合|会同)(?P<list>[^。；;：:“”《》]{4,120}?)" + _KIND +
                     r"(?:、(?P<after>[^，,。；;：:“”《》]{2,16}?))?[，,](?P<rest>[^。；;]*?)(?:开展|进行|实施)")
_NAME_END = re.compile(r"[局委办所队站心院部处室司厅]$")
# a named market's or compound's management side: "河南里北市场管理方" (as printed; 各市场管理方 is a class)
_MANAGEMENT = re.compile(r"^(?!各|相关|有关|辖区)[\u4e00-\u9fff]{2,10}管理方$")
# a named business before the kind: a name of its own, no class, place word or verb
_BUSINESS = re.compile(r"^(?!各|相关|有关|辖区|其他|本)[\u4e00-\u9fff]{2,8}$")


def _partner(item: str, business: bool) -> bool:
    if is_unit(item) and not is_generic(item) or VILLAGE.match(item):
        return True
    return business and bool(_BUSINESS.match(item)) and not is_generic(item)


def _opening_body(sent: str) -> str | None:
    """The longest named body the sentence's first clause opens with ("大沽街综合执法大队扎实开展…" → the brigade)."""
    first = re.split(r"[，,。；;：:]", sent, maxsplit=1)[0]
    # (only a prefix ending as a body's name does: the words after the name, "…扎实开展夏季安全联合执法行", are no part of it)
    return next((first[:n] for n in range(min(len(first), 24), 2, -1)
                 if _NAME_END.search(first[:n]) and is_unit(first[:n]) and not is_generic(first[:n])), None)


def kind_closed_partners(sent: str) -> Roles | None:
    m = _JOINED.search(sent)
    lead = _opening_body(sent) if m else None
    if not lead:
        return None
    items = [x for x in re.split(r"[、，,]", m["list"]) if x]
    if len(items) < 2 or not all(_partner(x, business=True) for x in items):
        return None
    after = m["after"]
    if after and not (_partner(after, business=False) or _MANAGEMENT.match(after)):
        return None
    return Roles.of(lead=([lead], []), cooperate=(items + ([after] if after else []), []))


KIND_CLOSED_STYLES = [
    ("joint_action", kind_closed_partners),
]
