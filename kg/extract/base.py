"""Helpers shared by the extractors: walking a document's lines, provenance, table rows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Line
from kg.parse.normalize import compact, fold
from kg.parse.outline import section_path
from kg.parse.segment import ParsedIssue

__all__ = ["doc_lines", "source", "source_of_lines", "cells", "section_titles", "is_table_line", "pipe_cell_rows", "CELL_LINE"]


def doc_lines(issue: ParsedIssue) -> Iterator[tuple[Document, list[Line]]]:
    """Each document with its body lines (header included).

    The text before the first header of an issue with a 目录 (masthead and 目录 entries: the titles of
    its own documents) is indexed for search but states no fact, so extractors do not see it.
    """
    for d in issue.documents:
        if d.metadata.get("part") == "preamble" and issue.toc:
            continue
        yield d, issue.span(d.line_start, d.line_end)


def source_of_lines(file: str, lines: list[Line]) -> dict:
    """`source` of a run of lines: file, first and last line, the exact raw text (and page when paged)."""
    lines = [ln for ln in lines if not ln.blank] or lines
    out = {
        "file": file,
        "line_start": lines[0].no,
        "line_end": lines[-1].no,
        "text": "\n".join(ln.raw.strip() for ln in lines),
    }
    # Paged files (PDF): the page the span starts on, and where it ends when that is another page.
    pages = [ln.page for ln in lines if ln.page is not None]
    if pages:
        out["page"] = pages[0]
        if pages[-1] != pages[0]:
            out["page_end"] = pages[-1]
    return out


def source(issue: ParsedIssue, start: int, end: int | None = None) -> dict:
    """`source` of lines start..end of an issue, the span clamped to the file (never empty)."""
    last = len(issue.lines)
    start = min(max(start or 1, 1), last)
    end = min(max(end or start, start), last)
    return source_of_lines(issue.file, issue.span(start, end))


def cells(line: Line) -> list[str]:
    """Tab-separated cells of a flattened table row, compacted (empty cells kept)."""
    return [compact(c) for c in line.text.split("\t")]


def is_table_line(line: Line) -> bool:
    return "\t" in line.text


def section_titles(doc: Document, line_no: int) -> list[str]:
    return [f"{h.marker}{h.title}" for h in section_path(doc.outline, line_no)]


def vertical_rows(lines: list[Line], start: int, width: int):
    """Rows of a table flattened one cell per line (each cell line starts with a tab).

    Rows are separated by blank lines; an empty cell is a line holding only a tab; a short
    untabbed line is the continuation of the row's last cell (multi-unit cells broken by the
    PDF); two rows glued together by a lost row number are split again.

    Yields:
        (cells, index of the first line, index of the last line, index of each cell's line)
    """
    from kg.parse.outline import match_heading

    rows: list[list] = []
    cur = None
    prev_blank = True
    for k in range(start, len(lines)):
        ln = lines[k]
        if ln.raw.lstrip(" ").startswith("\t"):
            cell = compact(fold(ln.raw))
            if cur is None or (prev_blank and len(cur[0]) >= max(2, width - 3)):
                if cur:
                    rows.append(cur)
                cur = [[cell], k, k, [k]]
            else:
                cur[0].append(cell)
                cur[2] = k
                cur[3].append(k)
            prev_blank = False
        elif ln.blank:
            prev_blank = True
        else:
            t = compact(ln.text)
            ends_table = re.match(r"^(注|备注|说明|抄送)[:：]", t) or t.endswith("印发")
            if cur is not None and len(t) <= 40 and not match_heading(ln.text) and not ends_table:
                cur[0][-1] = f"{cur[0][-1]}、{t}" if cur[0][-1] else t
                cur[2] = k
            else:
                break
    if cur:
        rows.append(cur)
    for cells, a, b, at in rows:
        if len(cells) >= 2 * width - 1:
            pad = max(0, width - len(cells[width:]))
            yield cells[:width], a, b, at[:width]
            yield ([""] * pad + cells[width:])[:width], a, b, ([at[width]] * pad + at[width:])[:width]
        else:
            yield cells, a, b, at


def table_rows(lines: list[Line], start: int, width: int, vertical: bool, raw: bool = False, max_prose: int = 40):
    """Rows of a flattened table after its header, tab-separated or one cell per line.

    Args:
        raw: give cells as printed (spaces kept: they separate units in some cells) instead of
            normalised.
        max_prose: a line without tabs longer than this ends a tab-separated table.

    Yields:
        (cells, index of the first line, index of the last line, index of each cell's line)
    """
    from kg.parse.outline import match_heading

    if vertical:
        yield from vertical_rows(lines, start, width)
        return
    for k in range(start, len(lines)):
        ln = lines[k]
        if ln.blank:
            continue
        if "\t" not in ln.text:
            if match_heading(ln.text) or len(compact(ln.text)) > max_prose:
                return
            continue
        # raw: the printed cells in their matching form, spaces kept (they separate units)
        cells = fold(ln.raw).split("\t") if raw and "\t" in ln.raw else [c.strip() for c in ln.text.split("\t")]
        if raw and "\t" not in ln.raw and "|" in ln.raw:
            # a pipe row ("4 | … | 张学伟 | 县住建局 各相关乡镇政府 |"): its printed cells, the space between two
            # units kept, where they are the normalised row's cells
            piped = [c.strip() for c in fold(ln.raw).strip().strip("|").split("|")]
            cells = piped if len(piped) == len(cells) else cells
        yield cells, k, k, [k] * len(cells)


CELL_LINE = re.compile(r"^\s*(?P<cell>[^|]*?)\s*\|\s*$")


def pipe_cell_rows(lines: list[Line], k: int):
    """A pipe table printed one cell per line ("序号 |", "区县 |", … then the rows), from line index k.

    Returns:
        ([(cells, first line index, last line index)] — the header row first — or None when line k
        opens no such table, index of the first line after the run)
    """
    cells, at = [], []
    j = k
    while j < len(lines) and CELL_LINE.match(lines[j].raw):
        cells.append(CELL_LINE.match(fold(lines[j].raw))["cell"])
        at.append(j)
        j += 1
    width = next((i for i, c in enumerate(cells) if compact(c).isdigit()), 0)  # the first row number
    if width < 2 or len(cells) < 2 * width:
        return None, j
    rows = [(cells[i : i + width], at[i], at[min(i + width, len(at)) - 1]) for i in range(0, len(cells) - width + 1, width)]
    return rows, j
