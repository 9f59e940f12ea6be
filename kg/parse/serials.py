"""The serial of a numbered notice or order (通告 / 公告 / 布告 / 令) that prints no 文号: its number in its series, after the
title ("…指挥部通告第14号", "…通告(第1号)", "…的通告(1號令)"), on the line under it ("(县疫情防控指挥部第1号)"), or as the
order's own name ("…指挥部2号令"). Such a serial is the document's number (as fresh18's "中华人民共和国农业部公告" ⏎
"第2254号"); a title naming an order's kind keeps it ("红安县…防控指挥部2号令"), a notice's title is printed without it.
The organ whose name the notice or order opens with (a signer's name: "鹤庆县…防控工作指挥部办公室通告") issues it."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse.headers import Header, _c, _nonblank_after
from kg.parse.normalize import compact
from kg.parse.signature import is_signer

__all__ = ["notice_serial"]

_ORDINAL = r"[〇零一二三四五六七八九十百\d]{1,5}"
# a notice's serial after its title, bracketed or not: "…指挥部通告第14号", "…通告(第1号)", "…通告 (第1號)", "…的通告(1號令)"
# (a year before the serial is a 公告's issue number, "…审计结果公告2021年第3号", read elsewhere; none here)
_GLUED = re.compile(rf"^(?P<title>.{{4,}}?(?:通告|公告|布告))\s*(?P<open>[（(])?\s*(?P<num>第\s*{_ORDINAL}\s*[号號]|{_ORDINAL}[号號]令)"
                    r"\s*(?(open)[)）])$")
# an order named by its organ and serial alone: "罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令"
_ORDER = re.compile(rf"^(?P<organ>.{{4,40}}?)(?P<num>第?{_ORDINAL}[号號]令)$")
# the serial on its own line under a notice's title: "(县疫情防控指挥部第1号)", "第1號"
_UNDER = re.compile(rf"^[（(]?(?P<num>[\u4e00-\u9fff]{{0,12}}?第{_ORDINAL}[号號])[)）]?$")
_KIND_END = re.compile(r"(?:通告|公告|布告)$")


def _organ_of(head: str) -> str | None:
    """The signer a notice's or order's name opens with, when all of the rest is its kind ("…指挥部办公室通告")."""
    organ = _KIND_END.sub("", head)
    return organ if organ != head and is_signer(organ) else None


def notice_serial(lines: list[Line], h: Header) -> tuple[str, str, int, str | None] | None:
    """(title, serial, line index, organ or None) of a numbered notice or order whose header found no 文号, else None.

    >>> from kg.model import Line
    >>> ls = [Line(no=i + 1, raw=t, text=t) for i, t in enumerate(["某县防控指挥部通告(第1号)", "为…,通告如下:"])]
    >>> notice_serial(ls, Header(start=0, issuer=None, title="某县防控指挥部通告(第1号)", title_start=0, title_end=0,
    ...                          end=0, doc_number=None, doc_number_line=None, evidence=()))
    ('某县防控指挥部通告', '第1号', 0, '某县防控指挥部')
    """
    if h.doc_number or not h.title or h.title_start < 0:
        return None
    title = compact(h.title)
    m = _GLUED.match(title)
    if m:
        return m["title"], compact(m["num"]), h.title_start, _organ_of(m["title"])
    m = _ORDER.match(title)
    if m and is_signer(m["organ"]):
        return title, m["num"], h.title_end, m["organ"]
    if _KIND_END.search(title):
        nxt = _nonblank_after(lines, h.title_end, 1)
        u = _UNDER.match(_c(lines[nxt[0]])) if nxt and nxt[0] - h.title_end <= 2 else None
        if u:
            return title, u["num"], nxt[0], _organ_of(title)
    return None
