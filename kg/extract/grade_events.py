"""Holders of a letter grade told as an event of their own, as a chronicle (大事记) of 环保绩效 grading tells it: a grade
reached ("縱橫、津西、河鋼樂亭創A成功"), a grade adjusted ("敬業集團有限公司環保績效等級由B-調整為A級"), a place taken among
the graded ("X、Y…位列A級企業", "德龍鋼鐵成為河北第一家…A級企業"). Each shape is one row of GRADE_EVENTS with its real
line (tests/test_grade_events_and_told_lists.py); the grade the event ends in is the class (a grade changed from B- to A is A)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.enterprise_classes import ENDING_PATTERN, is_enterprise
from kg.extract.firm_items import firm_items
from kg.places import division_levels

__all__ = ["GRADE_EVENTS", "GradeEvent", "grade_events"]

_GRADE = r"(?P<cls>[A-D])"
_CLAUSE = r"(?:^|(?<=[，,。；;：:]))"
_NAMES = r"(?P<names>[^，,。；;：:]{2,400}?)"
# (a count closing the group is no name: "首鋼京唐、正豐鋼鐵、玉田金州三家企業創A成功")
_COUNT = r"(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个](?:企业)?)?"


@dataclass(frozen=True)
class GradeEvent:
    """A way a sentence tells firms' grade as an event: its pattern (groups `names` and `cls`; where it has groups `pre`
    and `verb`, one of them must hold the adjustment's 调整) and its real line."""
    name: str
    pattern: re.Pattern
    example: str


GRADE_EVENTS: tuple[GradeEvent, ...] = (
    # hebei_tangshan-gangtie-hangye-huanbao-jixiao-chuang-a-dashiji-trad.txt (fresh54) line 9: a grade reached, 创A成功
    # (or 成功创A), short names as printed
    GradeEvent("X、Y创A成功",
               re.compile(_CLAUSE + _NAMES + _COUNT + rf"(?:创{_GRADE}级?成功|成功创(?P<cls2>[A-D])级?(?![\u4e00-\u9fff]))"),
               "唐山市生态环境局发布,关于调整部分企业绩效级别的通知,纵横、津西、河钢乐亭创A成功。"),
    # the same page, line 15: the grade a firm's 绩效等级 is adjusted to (由B-调整为A级), its trade's category before it
    # (短流程钢铁) no part of its name; line 11: adjusted by the notice (调整X绩效等级为A级)
    GradeEvent("X绩效等级(由B-)调整为A级",
               re.compile(_CLAUSE + r"(?P<pre>(?:明确|同意|决定)?调整)?" + _NAMES
                          + rf"的?(?:环保)?绩效(?:等级|级别)(?:由[A-D][+-]?级?)?(?P<verb>调整|上调|提升|升级)?为{_GRADE}级"),
               "通知明确了长流程钢铁,敬业集团有限公司环保绩效等级由B-调整为A级,短流程钢铁石家庄钢铁有限责任公司特殊钢分公司绩效等级调整为A级"),
    # the same page, lines 5 and 7: firms taking their place among the graded (位列), or one becoming one (成为)
    GradeEvent("X、Y位列A级企业",
               re.compile(_CLAUSE + _NAMES + r"(?:位列|(?<![将可争望要力])成为)(?:[^，,。；;：:]{0,24}?)" + rf"{_GRADE}级企业"),
               "德龙钢铁成为河北第一家民营长流程钢铁A级企业。"),
)

# a clause summing up the events told before it names the same firms again ("至此,首鋼京唐、正豐鋼鐵、玉田金州三家企業創A成功",
# "這標志著敬業集團、石鋼特鋼成功創A": the short names of firms already named in full; 著 as the page prints it), no new
# holder
_SUMMARY = re.compile(r"^(?:至此|由此|这?标志[着著]|这(?:也)?意味[着著])")
# the categories of the 重污染天气重点行业绩效分级 guide a page prints before a firm ("短流程钢铁石家庄钢铁…分公司")
_CATEGORY = re.compile(r"^(?:[长短]流程(?:联合)?钢铁|独立(?:轧钢|烧结|球团|焦化))")


def _in_full(short: str, sentence: str) -> str:
    """The registered name the sentence prints for a firm it also names short ("调整唐山港陆钢铁有限公司绩效等级的通知,
    明确调整港陆钢铁绩效等级为A级" → 唐山港陆钢铁有限公司): the short name with a place before it (or none) and a legal
    ending after it; else the short name as printed."""
    if is_enterprise(short):
        return short
    for m in re.finditer(rf"(?P<pre>[\u4e00-\u9fff]{{0,8}}){re.escape(short)}[\u4e00-\u9fff]{{0,8}}?(?:{ENDING_PATTERN})",
                         sentence):
        pre = m["pre"]
        place = next((pre[k:] for k in range(len(pre)) if pre[k:].rstrip("省市县区") in division_levels()), "")
        return m[0][len(pre) - len(place):]
    return short


def grade_events(sentence: str) -> list[tuple[str, str, None]]:
    """(firm, grade, None) for each firm a sentence tells reaching, being adjusted to or taking a letter grade
    (GRADE_EVENTS), each once; summing-up clauses (_SUMMARY) are none."""
    out: list[tuple[str, str, None]] = []
    for event in GRADE_EVENTS:
        for m in event.pattern.finditer(sentence):
            if "pre" in m.groupdict() and not (m["pre"] or m["verb"]):
                continue
            names = m["names"]
            if _SUMMARY.match(names):
                continue
            for n in firm_items(_CATEGORY.sub("", names)):
                n = _in_full(n, sentence)
                if n not in {h for h, *_ in out}:
                    out.append((n, m["cls"] or m.groupdict().get("cls2"), None))
    return out
