"""Validity clauses (时效): when a document takes effect and until when it is valid, as printed in its text.

A registry of named matchers (自…起施行 / 自印发之日起 / 有效期至 / 有效期N年 / 试行N年 / 延长有效期至 /
暂行·试行 in the title / 有效性 fields of web-page metadata blocks). A clause counts only where it speaks of
the document itself: its sentence opens with 本通知 / 本办法 / 本意见 … (or 此…), or it has no subject of its
own and stands in a closing position (the 附则 section, the last article, or the last paragraphs before a
signature, an attachment or the end). So 许可证有效期, 信用评价有效期 and "在有效期内" conditions are never
taken as the document's validity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.base import doc_lines, source
from kg.model import Line
from kg.parse import patterns as P
from kg.parse.normalize import compact, fold, normalize_doc_number
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["MATCHERS", "ClauseMatcher", "parse_cn_date", "add_period", "sentence_clauses", "clause_sentences",
           "document_clauses", "listed_fields", "extract_validity"]

_CN_NUM = "〇零○一二两三四五六七八九十"
DATE = (r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")
_N = rf"(?P<n>\d{{1,2}}|[{_CN_NUM}]{{1,3}})"
_UNIT = r"(?P<unit>年|个月|周年)"
_GO = r"(?:施行|实施|执行|实行|试行|生效|起用|开始施行|开始实施|开始执行)"
_SIGNED = r"(?:印发|发布|公布|发文|下发|签发|颁布|公告|发出)"
# The document genres a clause may name as its subject: 本通知, 本实施办法, 此通知.
GENRES = (r"(?:实施|管理|暂行|试行|补充)?(?:通知|办法|意见|方案|政策|细则|规定|通告|公告|决定|预案|措施|规划|计划|制度|"
          r"规则|批复|条例|标准|指引|指南|要点|纲要|若干措施|若干政策|若干规定|文件|实施方案|实施意见|实施细则|实施办法)")
SELF_SUBJECT = re.compile(rf"^(?:本|此){GENRES}")
# Nouns whose own 有效期 a document regulates: never the document's validity.
_NAMED_EXTENSION = re.compile(r"《[^《》]{4,80}》(?:[（(][^（）()]{0,30}[）)])?(?:的)?(?:有效期延长|有效期顺延|延长有效期|有效期延续)")
_FOREIGN = re.compile(r"(?:许可证?|证书|证件|证照|执照|登记证|评价|积分|信息|资格|资质|认定|备案|合同|协议|批准文件|批文|"
                      r"凭证|卡|票|码|结果|称号|名单|保单|担保|授权)有效期")


def parse_cn_date(s: str) -> str | None:
    """'2021年6月17日' or '二〇二一年六月十七日' → '2021-06-17'."""
    return P.parse_date(compact(s))


def add_period(start: str, years: int = 0, months: int = 0) -> str:
    """The last day of a period of `years`/`months` that begins on `start` (both days counted).

    Convention: the first day counts (the document is in force on it), so the period ends the day before
    the same calendar day N years on — 有效期3年 from 2021-06-17 runs 至2024-06-16. This is how documents
    that print both a start and an end read: 003:168 自2022年1月29日起施行，有效期至2027年1月28日 (five
    years), 001:2179 自2018年1月1日起施行，有效期至2022年12月31日 (five years). The Civil Code counts
    periods without the first day (民法典 第二百零一条、第二百零二条: ending on the corresponding day,
    2024-06-17); the sample corpus prints that reading once too (003:462, 2022年2月1日 to 2023年2月1日),
    but there the end date is printed and is taken as printed. A start on 29 February ends on 28 February.

    >>> add_period("2021-06-17", years=3)
    '2024-06-16'
    >>> add_period("2021-05-27", months=6)
    '2021-11-26'
    """
    d = date.fromisoformat(start)
    total = d.month - 1 + months
    y, m = d.year + years + total // 12, total % 12 + 1
    try:
        same_day = date(y, m, d.day)
    except ValueError:  # 29 Feb, 31 Apr …: the period runs to the end of that month
        same_day = date(y, m % 12 + 1, 1) if m < 12 else date(y + 1, 1, 1)
    return (same_day - timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class ClauseMatcher:
    """One way of printing a validity clause; `fields` turns a match into clause fields."""

    name: str
    pattern: re.Pattern
    kind: str  # effective | valid_until | period | extended | listed

    def fields(self, m: re.Match) -> dict:
        g = m.groupdict()
        out: dict = {"matcher": self.name, "kind": self.kind, "printed": m.group(0)}
        if g.get("start"):
            out["effective_from"] = parse_cn_date(g["start"])
        if g.get("signed"):
            out["effective_from_rule"] = "signing"
        if g.get("until"):
            out["valid_until"] = parse_cn_date(g["until"])
        if g.get("n") and (n := P.cn_small_int(g["n"])) is not None:  # (a malformed period, 一二年, is no period)
            out["period"] = {"months": n} if g.get("unit") == "个月" else {"years": n}
        if g.get("trial") or "试行" in m.group(0):
            out["trial"] = True
        return out


def _m(name: str, kind: str, pattern: str) -> ClauseMatcher:
    return ClauseMatcher(name, re.compile(pattern), kind)


# Tried in this order on each sentence; every matcher that fires adds its fields to the clause.
MATCHERS: list[ClauseMatcher] = [
    # 有效期为2022年2月1日至2024年1月31日 / 有效期自2022年2月1日至…
    _m("有效期自…至…", "valid_until", rf"有效期(?:为|是)?(?:自|从)?(?P<start>{DATE})(?:起)?(?:至|到|—|-|～|~)(?P<until>{DATE})(?:止)?"),
    # 本通知自2018年1月1日起施行 / 本方案自2022年2月1日起试行
    _m("自…起施行", "effective", rf"自(?P<start>{DATE})(?:零时|0时)?(?:起|开始)(?:(?P<trial>试行)|{_GO})"),
    # 本规定自印发之日起施行 / 本预案自发布之日起实施
    _m("自印发之日起", "effective", rf"自(?:本[\u4e00-\u9fff]{{0,6}}?)?(?P<signed>{_SIGNED})之日起(?:(?P<trial>试行)|{_GO})"),
    # 有效期至2023年12月24日 / 有效期截至… / 执行期至…
    _m("有效期至", "valid_until", rf"(?:有效期|执行期|实施期|试行期)(?:限)?(?:至|到|截至|截止(?:到|至)?)(?P<until>{DATE})"),
    # 有效期3年 / 有效期为五年 / 有效期两年
    _m("有效期N年", "period", rf"(?:有效期|执行期|实施期)(?:限)?(?:为|是)?{_N}{_UNIT}"),
    # 试行2年 / 试行期为一年 / 试行期限两年
    _m("试行N年", "period", rf"(?P<trial>试行)(?:期|期限)?(?:为|是)?{_N}{_UNIT}"),
    # 有效期延长至2025年12月31日 / 延长有效期至…
    _m("延长有效期至", "extended", rf"(?:有效期延长|延长有效期|有效期顺延|延续有效期|有效期延续)(?:至|到)(?P<until>{DATE})"),
]

# Web-page metadata blocks print fields such as "有效性：失效", "时 效 有效", "废止时间: 2020-01-23".
_ISO = r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?"
# A field label opens the line or follows a separator (spaces, •, |): "确保时效性" in prose is no field.
# (a law database glues its fields in brackets: "【失效时间】1998-5-1【颁布单位】…", m.qbzhguj.cn, repeal62)
_FIELD_OPEN = r"(?:^|[\s•·|【])"
_FIELD_CLOSE = r"】?\s*[:：]?\s*"
_LISTED = re.compile(_FIELD_OPEN + r"(?:有\s*效\s*性|时\s*效\s*性?|效力状态|文件状态)" + _FIELD_CLOSE
                     + r"(?P<value>现行有效|有效|已失效|失效|已废止|废止|部分失效|部分废止|尚未生效|尚未施行)(?![期性的])")
_LISTED_DATES = re.compile(_FIELD_OPEN + r"(?P<field>生效时间|生效日期|施行日期|实施日期|废止时间|废止日期|失效时间|失效日期)"
                           + _FIELD_CLOSE + rf"(?P<d>{_ISO})")


def _iso(s: str) -> str | None:
    m = re.match(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})", s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def listed_fields(text: str) -> dict:
    """The validity fields of a web-page metadata line (pure): {value, effective_from, ended_on, ended_field}."""
    c = text.strip()
    out: dict = {}
    m = _LISTED.search(c)
    if m:
        out["value"] = m["value"]
    for m in _LISTED_DATES.finditer(c):
        if m["field"][:2] in ("生效", "施行", "实施"):
            out["effective_from"] = _iso(m["d"])
        else:
            out["ended_on"], out["ended_field"] = _iso(m["d"]), m["field"]
    return out


_MARKER = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                     r"[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.．、](?!\d))\s*")


def clause_sentences(text: str) -> list[str]:
    """The sentences of one line (split at 。；;), each without its leading enumeration marker."""
    out = []
    for s in re.split(r"[。；;]", compact(text)):
        s = _MARKER.sub("", s)
        if s:
            out.append(s)
    return out


def sentence_clauses(sentence: str, closing: bool) -> dict | None:
    """The validity fields one sentence states about its own document (pure), or None.

    Args:
        sentence: one sentence, compacted, without its enumeration marker.
        closing: the sentence stands in a closing position (附则, last article, last paragraphs);
            a sentence without a subject of its own counts only there.
    """
    self_subject = bool(SELF_SUBJECT.match(sentence))
    named = bool(_NAMED_EXTENSION.search(sentence))  # 将《X》有效期延长至…: speaks of the document it names
    if not (self_subject or named):
        bare = re.match(r"^(?:自|有效期|执行期|试行期|实施期|试行)", sentence)
        if not (closing and bare):
            return None
    if _FOREIGN.search(sentence) or "有效期内" in sentence or "有效期满" in sentence or "有效期届满" in sentence:
        return None
    out: dict = {}
    matched = []
    for mt in MATCHERS:
        if named and not self_subject and mt.kind != "extended":
            continue
        m = mt.pattern.search(sentence)
        if not m:
            continue
        f = mt.fields(m)
        matched.append(f.pop("matcher"))
        f.pop("kind")
        f.pop("printed")
        for k, v in f.items():
            out.setdefault(k, v)
    if not matched:
        return None
    if "extended_until" not in out and any(n == "延长有效期至" for n in matched):
        out["extended_until"] = out.pop("valid_until", None)
    out["matchers"] = matched
    out["self_subject"] = self_subject
    return out


# ---- where a clause stands --------------------------------------------------------------------

def _is_signature_block(lines: list[Line], k: int) -> bool:
    """Line k is an issuing organ followed by a date, or a date line itself (the end of a part)."""
    c = compact(lines[k].text)
    if P.parse_date(c):
        return True
    if P.is_organ(c):
        for j in range(k + 1, min(k + 4, len(lines))):
            cj = compact(lines[j].text)
            if cj:
                return bool(P.parse_date(cj)) or P.is_organ(cj)
    parts = lines[k].text.split()
    return len(parts) == 2 and P.is_organ(compact(parts[0])) and bool(P.parse_date(compact(parts[1])))


def closing_lines(lines: list[Line], tail: int = 3) -> set[int]:
    """Line numbers in a closing position: the last `tail` prose paragraphs of each part (a part ends
    at a signature, an 附件 heading or the document's end), every line under a 附则 heading, and the
    last numbered article (第N条) of each part."""
    out: set[int] = set()
    ends = [k for k, ln in enumerate(lines) if _is_signature_block(lines, k) or re.match(r"^附件\s*\d{0,2}[：:]?$", compact(ln.text))]
    ends.append(len(lines))
    for e in ends:
        seen = 0
        for k in range(e - 1, -1, -1):
            c = compact(lines[k].text)
            if not c or "\t" in lines[k].text or _is_signature_block(lines, k):
                if seen and k in ends:
                    break
                continue
            out.add(lines[k].no)
            seen += 1
            if seen >= tail:
                break
    in_rules = False
    last_article = None
    for ln in lines:
        h = match_heading(ln.text, ln.raw)
        c = compact(ln.text)
        if h:
            in_rules = "附则" in c[:12]
            if h[1].startswith("第") and h[1].endswith("条"):
                last_article = ln.no
        elif c == "附则" or re.match(r"^第[一二三四五六七八九十]+章附则$", c):
            in_rules = True
        if in_rules:
            out.add(ln.no)
    if last_article:
        out.add(last_article)
    return out


def document_clauses(lines: list[Line]) -> list[tuple[Line, dict]]:
    """Every (line, fields) in a document's lines that states the document's own validity."""
    closing = closing_lines(lines)
    out = []
    for ln in lines:
        if "\t" in ln.text or not ln.text.strip():
            continue
        for s in clause_sentences(ln.text):
            f = sentence_clauses(s, ln.no in closing)
            if f:
                # 《X》有效期延长至…: the extension names another document.
                named = re.search(rf"《(?P<title>[^《》]{{4,80}})》(?:[（(](?P<num>{P.DOC_NUMBER.pattern})[）)])?", s)
                if f.get("extended_until") and named:
                    f["target_title"] = named["title"]
                    f["target_doc_number"] = normalize_doc_number(named["num"]) if named["num"] else None
                f["sentence"] = s
                out.append((ln, f))
    return out


def _provisional(title: str) -> str | None:
    m = re.search(r"[（(](试行|暂行)[）)]|(暂行)(?:办法|规定|细则|条例)", title or "")
    return (m[1] or m[2]) if m else None


_LISTED_HINT = re.compile(r"有\s*效\s*性|时\s*效|效力状态|文件状态|生效时间|生效日期|废止时间|废止日期|失效时间|失效日期")


def _listed_records(issue: ParsedIssue, doc, lines: list[Line], base: dict) -> list[dict]:
    out = []
    for ln in lines:
        if "\t" in ln.text or not _LISTED_HINT.search(ln.text):
            continue
        # as printed: the spaces between fields are the separators (folded: a converter copy's 失效時(shí)間 is 失效时间)
        fields = listed_fields(fold(ln.raw))
        if fields:
            out.append({**base, "kind": "listed", "listed": fields, "source": source(issue, ln.no)})
    return out


def extract_validity(issue: ParsedIssue) -> list[dict]:
    """Validity records of every document of one issue, each with its source line.

    Kinds: "issued" (the signing-date line), "clause" (the document's own 施行/有效期 clause: effective_from,
    effective_from_rule, valid_until, period, trial), "extension" (延长有效期至: extended_until and the
    document it names, target_title / target_doc_number; none named: the document itself), "listed"
    (a web-page metadata field: listed {value, effective_from, ended_on}; a metadata block printed just
    above the header belongs to the document below it), "provisional" (试行/暂行 in the title).
    """
    out = []
    prev_end = 0
    for doc, lines in doc_lines(issue):
        base = {"doc_id": doc.id, "doc_date": doc.date}
        if doc.date_line:
            out.append({**base, "kind": "issued", "source": source(issue, doc.date_line)})
        for ln, f in document_clauses(lines):
            kind = "extension" if f.get("extended_until") else "clause"
            rec = {**base, "kind": kind, **f, "source": source(issue, ln.no)}
            if kind == "extension" and not f.get("target_title"):
                rec["target_doc_id"] = doc.id
            out.append(rec)
        above = issue.span(max(prev_end + 1, doc.line_start - 15), doc.line_start - 1) if doc.line_start > 1 else []
        out.extend(_listed_records(issue, doc, above + lines, base))
        prev_end = doc.line_end
        p = _provisional(doc.title)
        if p:
            out.append({**base, "kind": "provisional", "provisional": p,
                        "source": source(issue, doc.title_line_start, doc.title_line_end)})
    return out
