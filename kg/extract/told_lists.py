"""Holders a sentence tells as the members of a list with no act of designating: a list's members named ("辽宁省专精特新
中小企业名单中有X、Y…等企业"), or firms newly added to a designation's holders and counted at its level ("新增海河乳品、
利达粮油、和田津垦、广源公司4家国家级重点龙头企业"). Each shape is one row of TOLD_LISTS with its real line
(tests/test_grade_events_and_told_lists.py); the level is the list's (held_lists.object_class)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.held_lists import object_class
from kg.extract.held_names import enterprise_names
from kg.extract.firm_items import firm_items
from kg.parse.numerals import cn_small_int

__all__ = ["TOLD_LISTS", "ToldList", "told_list_holders"]

_COUNT = r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个]"


def _counted_items(m: re.Match) -> list[str]:
    """The group's items where there are as many as the count printed after them (the count vouches for short names)."""
    items = firm_items(m["names"])
    return items if len(items) == cn_small_int(m["n"]) else []  # (a malformed count, None, vouches for none)


def _members(m: re.Match) -> list[str]:
    return enterprise_names(m["names"])


@dataclass(frozen=True)
class ToldList:
    """A way a sentence tells a list's members: its pattern (groups `names`, `obj`: the list or the designation, whose
    level is the holders'), how its names are read, and its real line."""
    name: str
    pattern: re.Pattern
    read_names: Callable[[re.Match], list[str]]
    example: str


TOLD_LISTS: tuple[ToldList, ...] = (
    # liaoning_sheng-zhuanjing-texin-zhongxiao-qiye-mingdan-dalian-qizhidao.txt (fresh54) line 2: a question page's answer
    # naming the list's members (full names; a question, 名单中有哪些公司, names none)
    ToldList("…名单中有X、Y等企业",
             re.compile(r"(?P<obj>[^，,。；;：:]{2,40}?(?:名单|名录|榜单))(?:中|里|上)?(?:有|包括|包含)(?![哪什])"
                        r"(?P<names>[^。；;：:？?]{4,1500}?)(?:等(?:企业|公司|单位))?(?=[。；;]|$)"),
             _members,
             "辽宁省专精特新中小企业名单中有富乐马鸿凯(大连)医药有限公司、大连升泰生物科技有限公司、大连海鑫化工有限公司等企业。"),
    # tianjin_shipin-jituan-2025-nongye-chanyehua-zhongdian-longtou-qiye-xinzeng.txt (fresh54) line 1: a group's
    # subsidiaries newly counted among a designation's holders at a level, by short names as printed, as many as the count
    ToldList("新增X、Y N家<级>…企业",
             re.compile(r"(?:新增|新晋|新添)(?P<names>[^，,。；;：:]{2,300}?)" + _COUNT
                        + r"(?P<obj>(?:国家|省|市|区|县)级[^，,。；;：:]{0,20}?企业)"),
             _counted_items,
             "新增海河乳品、利达粮油、和田津垦、广源公司4家国家级重点龙头企业,新增天食望月、供应链公司2家市级重点龙头企业"),
)


def told_list_holders(sentence: str) -> list[tuple[str, str, None]]:
    """(holder, level, None) for each holder a sentence tells as a list's member (TOLD_LISTS) at the level its list or
    designation names; none where the level is not printed."""
    out: list[tuple[str, str, None]] = []
    for shape in TOLD_LISTS:
        for m in shape.pattern.finditer(sentence):
            level = object_class(m["obj"])
            if not level or not level.endswith("级"):
                continue
            out += [(n, level, None) for n in shape.read_names(m) if n not in {h for h, *_ in out}]
    return out
