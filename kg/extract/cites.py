"""Citations: 根据《…》（文号） references from one document to another."""

from __future__ import annotations

import re

from kg.extract.base import doc_lines, source
from kg.parse import patterns as P
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.segment import ParsedIssue

__all__ = ["extract_cites", "citations_in"]

_CITE = re.compile(rf"《(?P<title>[^《》]{{4,80}})》(?:[（(](?P<num>{P.DOC_NUMBER.pattern})[）)])?")
_CUE = re.compile(r"(根据|按照|依据|贯彻|落实|印发|执行|参照|对照|《)")


def citations_in(text: str) -> list[dict]:
    """Titled references in `text` (pure): [{title, doc_number}]. Bare law names are kept too."""
    return [{"title": m["title"], "doc_number": normalize_doc_number(m["num"]) if m["num"] else None}
            for m in _CITE.finditer(text)]


def extract_cites(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        seen = set()
        for ln in lines:
            if ln.no <= doc.title_line_end:
                continue
            for c in citations_in(compact(ln.text)):
                key = (c["title"], c["doc_number"])
                if key in seen or compact(c["title"]) in compact(doc.title):
                    continue
                seen.add(key)
                out.append({"by_doc_id": doc.id, "target_doc_id": None, "target_title": c["title"],
                            "target_doc_number": c["doc_number"], "source": source(issue, ln.no)})
    return out
