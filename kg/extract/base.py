"""Helpers shared by the extractors: walking a document's lines, provenance, table rows."""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Document, Line
from kg.parse.normalize import compact
from kg.parse.outline import section_path
from kg.parse.segment import ParsedIssue

__all__ = ["doc_lines", "source", "source_of_lines", "cells", "section_titles", "is_table_line"]


def doc_lines(issue: ParsedIssue) -> Iterator[tuple[Document, list[Line]]]:
    """Each document with its body lines (header included)."""
    for d in issue.documents:
        yield d, issue.span(d.line_start, d.line_end)


def source_of_lines(file: str, lines: list[Line]) -> dict:
    """`source` of a run of lines: file, first and last line, the exact raw text."""
    lines = [ln for ln in lines if not ln.blank] or lines
    return {
        "file": file,
        "line_start": lines[0].no,
        "line_end": lines[-1].no,
        "text": "\n".join(ln.raw.strip() for ln in lines),
    }


def source(issue: ParsedIssue, start: int, end: int | None = None) -> dict:
    return source_of_lines(issue.file, issue.span(start, end or start))


def cells(line: Line) -> list[str]:
    """Tab-separated cells of a flattened table row, compacted (empty cells kept)."""
    return [compact(c) for c in line.text.split("\t")]


def is_table_line(line: Line) -> bool:
    return "\t" in line.text


def section_titles(doc: Document, line_no: int) -> list[str]:
    return [f"{h.marker}{h.title}" for h in section_path(doc.outline, line_no)]
