"""Pipe-table headers printed a cell or two a line, a cell's words broken over lines without a pipe
("抽查" ⏎ "类别 |"), above rows printed whole ("3 | 医保基金检查 | … | 市医疗保障局 | … |")."""

from __future__ import annotations

from kg.model import Line
from kg.parse.normalize import compact, fold

__all__ = ["broken_pipe_header"]

# a header cell's broken-off first words ("抽查", "起止", "责任"): short, no pipe
_FRAGMENT_MAX = 6
# header lines hold a cell or two of short names; a longer line or cell is prose or a row
_CELLS_PER_LINE_MAX = 3
_CELL_MAX = 12


def _cells(raw: str) -> list[str]:
    parts = [compact(c) for c in fold(raw).strip().split("|")]
    while parts and not parts[-1]:
        parts.pop()  # the closing pipe (and the empty cells after it)
    return parts


def broken_pipe_header(lines: list[Line], k: int) -> tuple[list[str] | None, int]:
    """The header of a pipe table printed over several lines from line index k, ending at the first whole row
    (its first cell a row number, three cells or more).

    Returns:
        (header cells, index of the first row), or (None, k) when line k opens no such header.
    """
    header: list[str] = []
    broken = ""
    j = k
    while j < len(lines):
        raw = lines[j].raw.strip()
        if not raw:
            return None, k
        if "|" not in raw:
            if j == k or len(compact(raw)) > _FRAGMENT_MAX:
                return None, k
            broken += compact(raw)  # the first words of the next cell
            j += 1
            continue
        cells = _cells(raw)
        if len(cells) >= 3 and cells[0].isdigit():
            break  # the first row
        if not cells or len(cells) > _CELLS_PER_LINE_MAX or any(not c or len(c) > _CELL_MAX for c in cells):
            return None, k
        cells[0] = broken + cells[0]
        broken = ""
        header += cells
        j += 1
    else:
        return None, k
    if broken or len(header) < 3:
        return None, k
    return header, j
