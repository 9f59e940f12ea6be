"""The serial of a numbered notice or order (通告 / 公告 / 布告 / 令) that prints no 文号: its number in its series, after the
title ("…指挥部通告第14号", "…通告(第1号)", "…的通告(1號令)"), on the line under it ("(县疫情防控指挥部第1号)"), or as the
order's own name ("…指挥部2号令"). Such a serial is the document's number (as fresh18's "中华人民共和国农业部公告" ⏎
"第2254号"); a title naming an order's kind keeps it ("红安县…防控指挥部2号令"), a notice's title is printed without it.
The organ whose name the notice or order opens with (a signer's name: "鹤庆县…防控工作指挥部办公室通告") issues it. A number
printed nowhere but as the name of the document's own file under its signing date ("连政复〔2023〕12号.doc") is read too."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import Header, _c, _nonblank_after
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.signature import is_signer

__all__ = ["notice_serial", "dated_number_under_title", "filed_number"]

_ORDINAL = r"[〇零一二三四五六七八九十百\d]{1,5}"
# a notice's serial after its title, bracketed or not: "…指挥部通告第14号", "…通告(第1号)", "…通告 (第1號)", "…的通告(1號令)"
# (a year before the serial is a 公告's issue number, "…审计结果公告2021年第3号", read elsewhere; none here)
# (or in brackets without its 第: "潛江市…防控指揮部通告(1號)", a Wikisource page's title, docmeta111)
_GLUED = re.compile(rf"^(?P<title>.{{4,}}?(?:通告|公告|布告))\s*(?P<open>[（(])?\s*(?P<num>第\s*{_ORDINAL}\s*[号號]|{_ORDINAL}[号號]令"
                    rf"|(?<=[（(]){_ORDINAL}[号號](?=[)）]$))"
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


# a date printed alone on its line, as a law site dates a document between its title and its number ("2001-10-26")
_ISO_DAY = re.compile(r"^(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")


def _day(c: str) -> str | None:
    m = _ISO_DAY.match(c)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    return P.parse_date(c)


def dated_number_under_title(lines: list[Line], h: Header) -> tuple[str, int, str, int] | None:
    """(文号, its line, date, its line) of a document whose header found no 文号, printed under its title as a law site
    prints a ministry's notice: the title, the organ line and the title again, then a date line and the number line
    ("教育部关于印发…的通知" ⏎ "教育部" ⏎ "教育部关于印发…的通知" ⏎ "2001-10-26" ⏎ "教基〔2001〕26号"); the date line is the
    document's date, the page's upload time above is not. None unless the date line stands right over the number."""
    if h.doc_number or not h.title or h.title_end < 0:
        return None
    title = compact(h.title)
    rows = [k for k in _nonblank_after(lines, h.title_end, 6)]
    rows = [k for k in rows if _c(lines[k]) != title and not P.is_organ(_c(lines[k])) and not P.is_national_organ(_c(lines[k]))
            ] if rows else []
    if len(rows) < 2:
        return None
    day, num = _day(_c(lines[rows[0]])), P.DOC_NUMBER_LINE.match(_c(lines[rows[1]]))
    skipped = [k for k in range(h.title_end + 1, rows[1]) if not lines[k].blank and k != rows[0]]
    if not day or not num or any(_c(lines[k]) != title and not P.is_organ(_c(lines[k]))
                                  and not P.is_national_organ(_c(lines[k])) for k in skipped):
        return None
    return normalize_doc_number(num["num"]), rows[1], day, rows[0]


# the document's own file, named by its 文号, listed under its signing date as the page's download ("2023年4月17日" ⏎
# "(此件公开发布)" ⏎ "连政复〔2023〕12号.doc", a mirror of 连云港's 批复 page, llqcyx.com/zglygzfmhwz): its number
# (or named by its number and its own title, an archive as well: "2018年5月22日" ⏎ "黔农办发(2018)93号-省农委办公室关于开展
# 农业产业化国家重点龙头企业监测工作的通知.zip", the 贵州 农委's page, docent59 — the title after the number must be the
# document's own, so that a file of another document, an attachment's, names no number here)
_NUMBER_FILE = re.compile(rf"^(?:附件\d?[:：]?)?(?P<num>{P.DOC_NUMBER.pattern})(?:[-_—－](?P<title>[^/\\]{{4,120}}?))?"
                          r"\.(?:pdf|docx?|wps|ofd|zip|rar)$", re.IGNORECASE)


def filed_number(lines: list[Line], h: Header, end: int) -> tuple[str, int] | None:
    """(文号, its line) of a document whose header found none, named only by its file's name among its last lines, under
    its signing date (see _NUMBER_FILE); None for two such files or none, or one above every date."""
    if h.doc_number:
        return None
    rows = [k for k in range(max(h.end + 1, h.start, 0), min(end + 1, len(lines))) if not lines[k].blank][-6:]
    hits = [k for k in rows if (m := _NUMBER_FILE.match(_c(lines[k])))
            and (not m["title"] or compact(m["title"]) == compact(h.title or ""))]
    if len(hits) != 1 or not any(k < hits[0] and P.parse_date(_c(lines[k])) for k in rows):
        return None
    return normalize_doc_number(_NUMBER_FILE.match(_c(lines[hits[0]]))["num"]), hits[0]


# a law site's copy printing its title again, then the organ in a short form and the number under it ("山西省重点建设项目管理办法"
# ⏎ "山西省政府" ⏎ "晋政发[1991]33号", fresh34's 山西 1991 办法 on 法律资料网), its page heading and site lines above
_SHORT_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:人民政府|政府|办公厅|办公室)$")


def number_under_organ(lines: list[Line], h: Header) -> tuple[str, int] | None:
    """(文号, its line) of a document whose header found none, printed under the last repeat of its title (among the
    header's next lines) and one or two organ lines; None unless only organ lines stand between that title and the number."""
    if h.doc_number or not h.title or h.title_end < 0:
        return None
    title = compact(h.title)
    rows = _nonblank_after(lines, h.title_end, 14) or []
    repeats = [i for i, k in enumerate(rows) if _c(lines[k]) == title]
    if not repeats:
        return None
    organs = 0
    for k in rows[repeats[-1] + 1 : repeats[-1] + 4]:
        c = _c(lines[k])
        num = P.DOC_NUMBER_LINE.match(c)
        if num and organs:
            return normalize_doc_number(num["num"]), k
        if not (P.is_organ(c) or P.is_national_organ(c) or _SHORT_ORGAN.match(c)):
            return None
        organs += 1
    return None
