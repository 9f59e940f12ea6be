"""One task record: text, roles (names as printed), item number, section and source span."""

from __future__ import annotations

import re

from kg.extract.base import section_titles, source
from kg.extract.units import Roles
from kg.model import Document, Line
from kg.parse.normalize import printed_form
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["task_record", "_item_id", "_item_start"]


def task_record(issue: ParsedIssue, doc: Document, text: str, roles: Roles, line_start: int, line_end: int,
                note_line: int, style: str, task_id: str | None = None) -> dict:
    src = source(issue, line_start, line_end)
    printed = lambda names: [{"name": printed_form(n, src["text"])} for n in dict.fromkeys(names)]
    return {
        "id": f"{doc.id}:t{note_line}",
        "doc_id": doc.id,
        "doc_title": doc.title,
        "district": doc.district,
        "task_id": task_id,
        "section": section_titles(doc, line_start),
        "text": text[:300],
        "lead": printed(roles.lead),  # as printed; the resolver adds the simplified canonical
        "cooperate": printed(roles.cooperate),
        "generic_lead": list(dict.fromkeys(roles.generic_lead)),
        "generic_cooperate": list(dict.fromkeys(roles.generic_cooperate)),
        "deadline": roles.deadline,
        "lead_unrecoverable": roles.lead_unrecoverable,
        "style": style,
        "line": note_line,
        "source": src,
    }


def _item_id(doc: Document, line_no: int) -> str | None:
    path = section_titles(doc, line_no)
    markers = [re.match(r"^(\S+?[、.．）)]|附件\d*|\d+(?:\.\d+)*)", p) for p in path]
    ids = "".join(m[1] for m in markers if m)
    return ids or None


def _wrapped_into(prev: str, text: str) -> bool:
    """True when a long line that ends mid-sentence (no stop, colon or bracket) runs on into the next line."""
    p, t = prev.strip(), text.strip()
    return (len(p) >= 40 and not p.endswith(("。", "；", ";", "：", ":", "）", ")", "！", "？", "”"))
            and bool(t) and not match_heading(t))


def _item_start(lines: list[Line], k: int) -> int:
    """Index of the first line of the item that line k belongs to (its heading, or itself)."""
    j = k
    while j > 0 and k - j < 8:
        if match_heading(lines[j].text):
            return j
        prev = lines[j - 1]
        if prev.blank and j - 2 >= 0 and not lines[j - 2].blank and not lines[j - 2].text.rstrip().endswith(("。", "）", ")")):
            j -= 2  # a paragraph broken by a page break
            continue
        if _wrapped_into(prev.text, lines[j].text):
            j -= 1  # a paragraph hard-wrapped mid-sentence: "…科学把握巨观经济政策对就业影响的评价机制和公" ⏎ "评估机制。…"
            continue
        break
    return k
