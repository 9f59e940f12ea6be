"""Repeals: 废止 / 宣布失效 lists (tables with 文号, 登记号, 施行日期) and 《…》同时废止 sentences."""

from __future__ import annotations

import re

from kg.extract.base import cells, doc_lines, source
from kg.parse import patterns as P
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.segment import ParsedIssue

__all__ = ["extract_repeals", "table_kind", "sentence_repeals"]

_NUM = P.DOC_NUMBER.pattern
# 《X》（文号）同时废止 / 《X》自…起废止 / 原《X》停止执行 — a named target is required:
# "要及时废止或者修改完善" names none and is not a repeal.
_SENTENCE = re.compile(
    rf"《(?P<title>[^《》]{{4,80}})》(?:[（(](?P<num>{_NUM})[）)])?"
    rf"(?P<verb>同时废止|同时失效|即行废止|予以废止|宣布失效|废止|停止执行|同时停止执行)"
)
_NUM_SENTENCE = re.compile(rf"(?P<num>{_NUM})(?:文件)?(?P<verb>同时废止|同时失效|即行废止|予以废止|废止)")
_VALIDITY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日.{0,3}(?:至|起).{0,20}")


def table_kind(heading: str) -> str | None:
    """The kind of repeal a list heading announces (失效 before 废止: "宣布失效的…目录")."""
    h = compact(heading)
    if "继续有效" in h or "修改" in h and "废止" not in h and "失效" not in h:
        return None
    if "失效" in h:
        return "宣布失效"
    if "废止" in h:
        return "废止"
    return None


def _header_columns(row: list[str]) -> dict[str, int] | None:
    cols = {}
    for i, c in enumerate(row):
        if "名称" in c or c in {"文件", "标题", "文件标题"}:
            cols["title"] = i
        elif "文号" in c:
            cols["doc_number"] = i
        elif "登记号" in c or "登记编号" in c:
            cols["registration"] = i
        elif c.startswith(("发布", "发文", "公布", "颁布", "制定机关")):
            # "发布机关及日期": issuer, date and the 令/文号 in one cell (CCAR repeal tables)
            cols["issued"] = i
        elif "施行" in c or "有效期" in c or "日期" in c:
            cols["validity"] = i
    return cols if "title" in cols and cols.keys() & {"doc_number", "registration", "issued"} else None


# "民航局令第10号", "民航局、国家统计局令第 16 号": the number of a 令; "[86]民航局字第262号": a 文号 with a
# two-digit year before the issuer. Used when the cell has no 〔2020〕-style 文号.
_ORDER_NUMBER = re.compile(r"[\u4e00-\u9fff、]{1,20}令第\d{1,4}号|[［\[]\d{2,4}[］\]][\u4e00-\u9fff]{1,12}?第?\d{1,4}号")
_CELL_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _number_in(cell: str | None) -> str | None:
    """The 文号 (or 令 number) printed in an issuer/date cell."""
    if not cell:
        return None
    c = _CELL_DATE.sub("，", compact(cell))  # the date is not part of the issuer before the 文号
    m = P.DOC_NUMBER.search(c)
    if m:
        return normalize_doc_number(m.group(0))
    m = _ORDER_NUMBER.search(c)
    return m.group(0) if m else None


def _table_repeals(issue: ParsedIssue, doc, lines) -> list[dict]:
    out, cols, kind, heading = [], None, None, ""
    for idx, ln in enumerate(lines):
        row = cells(ln)
        if len(row) < 2:
            c = compact(ln.text)
            if c and len(c) < 60 and table_kind(c):
                kind, heading, cols = table_kind(c), c, None
            continue
        header = _header_columns(row)
        if header:
            cols = header
            continue
        if not (cols and kind):
            continue
        get = lambda key: row[cols[key]] if key in cols and cols[key] < len(row) and row[cols[key]] else None
        title = get("title")
        if not title:
            continue
        num = get("doc_number") or _number_in(get("issued"))
        reg = get("registration")
        out.append({
            "by_doc_id": doc.id,
            "by_doc_number": doc.doc_number,
            "by_title": doc.title,
            "kind": kind,
            "target_doc_id": None,
            "target_title": title,
            "target_doc_number": normalize_doc_number(num) if num and P.DOC_NUMBER.search(num) else num,
            "target_registration": reg,
            "target_validity": get("validity"),
            "target_issued": get("issued"),
            "row_no": row[0] if row[0].isdigit() else None,
            "evidence": heading,
            "source": source(issue, ln.no),
        })
    return out


def sentence_repeals(text: str) -> list[dict]:
    """Repeals stated in one sentence (pure; for tests): [{title, doc_number, verb}]."""
    found = []
    for m in _SENTENCE.finditer(text):
        found.append({"title": m["title"], "doc_number": normalize_doc_number(m["num"]) if m["num"] else None,
                      "verb": m["verb"]})
    if not found:
        for m in _NUM_SENTENCE.finditer(text):
            found.append({"title": None, "doc_number": normalize_doc_number(m["num"]), "verb": m["verb"]})
    return found


def _kind_of_verb(verb: str) -> str:
    if "失效" in verb:
        return "宣布失效"
    return "同时废止" if verb.startswith("同时") else "废止"


def extract_repeals(issue: ParsedIssue) -> list[dict]:
    """Every document-to-document repeal in one issue, each with its source line."""
    out = []
    for doc, lines in doc_lines(issue):
        out.extend(_table_repeals(issue, doc, lines))
        for ln in lines:
            if "\t" in ln.text:
                continue
            for r in sentence_repeals(compact(ln.text)):
                if r["title"] and compact(r["title"]) in compact(doc.title):
                    continue  # the document naming itself
                out.append({
                    "by_doc_id": doc.id, "by_doc_number": doc.doc_number, "by_title": doc.title,
                    "kind": _kind_of_verb(r["verb"]), "target_doc_id": None,
                    "target_title": r["title"], "target_doc_number": r["doc_number"],
                    "target_registration": None, "target_validity": None, "row_no": None,
                    "evidence": compact(ln.text), "source": source(issue, ln.no),
                })
    return out
