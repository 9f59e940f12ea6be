"""Rows of a division table printed with no header, one row a line, whose unit cell marks its lead with a star.

"| 2 | 开展2022年度 乡村振兴示范村建设 | 遴选1个乡村振兴示范村,… | 区农业农村委*、 区发改委、 区规资局等 | 浦江镇 |" (闵行 乡村振兴
任务分工, the same site's table whose header prints the legend "加*号为牵头部门,其余为参与部门"; this copy starts below it): no
column is named, but a cell of nothing but units, exactly one of them starred, is the row's 责任部门 cell read as the star
says (the starred unit leads, the others cooperate), and a further cell of nothing but units beside it (the towns and
streets of a 责任街镇 column) cooperates. A star elsewhere (a footnote mark on a text cell, a legend giving the star another
sense, two or more starred units or starred cells) reads nothing here.
"""

from __future__ import annotations

import re

from kg.extract.row_fit import _UNIT_MARK, _cell_units, cell_kind
from kg.extract.task_record import task_record
from kg.extract.units import Roles, parse_roles, split_units
from kg.model import Document, Line
from kg.parse.normalize import compact
from kg.parse.segment import ParsedIssue

__all__ = ["starred_cell_roles", "starred_row_tasks"]

# a legend giving the star its sense ("*为新增项目", "标*号的为约束性指标", "加*号为牵头部门"): only a lead's legend lets it lead
_STARS = "*＊★☆"
_LEGEND = re.compile(f"[{_STARS}]" + r"[号號]?(?:的|者)?(?:为|為|表示|代表|系)")
_LEAD_LEGEND = re.compile(r"牵头|主办|主责|牽頭|主辦|主責")
_NUMBER = re.compile(r"^\d{1,3}$")


def _starred(cell: str) -> int:
    """How many units of a unit cell carry a star."""
    return len(_UNIT_MARK.findall(cell))


def starred_cell_roles(cells: list[str]) -> tuple[str, Roles] | None:
    """(the row's task text, its roles) for the cells of one headerless row, or None when the row holds no cell of units
    with exactly one starred unit (or more than one starred cell).

    >>> text, r = starred_cell_roles(["2", "开展2022年度乡村振兴示范村建设", "遴选1个乡村振兴示范村,完成村庄设计。",
    ...                               "区农业农村委*、区发改委、区规资局等", "浦江镇"])
    >>> text, r.lead, r.cooperate
    ('开展2022年度乡村振兴示范村建设：遴选1个乡村振兴示范村,完成村庄设计。', ['区农业农村委'], ['区发改委', '区规资局', '浦江镇'])
    """
    cells = [compact(c) for c in cells]
    kinds = [cell_kind(c) if c else "empty" for c in cells]
    starred = [i for i, (c, k) in enumerate(zip(cells, kinds)) if any(star in c for star in _STARS)]
    if len(starred) != 1 or kinds[starred[0]] != "units" or _starred(cells[starred[0]]) != 1:
        return None
    at = starred[0]
    first = next((i + 1 for i in range(min(2, at)) if _NUMBER.match(cells[i])), 0)  # after the row number (a group cell before it)
    texts = [c for c, k in zip(cells[first:at], kinds[first:at]) if k == "text"]
    if not texts:
        return None
    roles = parse_roles(_cell_units(cells[at]))
    if len(roles.lead) != 1:
        return None
    for c, k in zip(cells[at + 1 :], kinds[at + 1 :]):
        if k == "units":  # the towns and streets the work is done in
            units, generics = split_units(_cell_units(c))
            roles.add("cooperate", [u for u in units if u not in roles.lead + roles.cooperate], generics)
    return "：".join(texts), roles


def starred_row_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """A task for each headerless row, one a line, whose unit cell stars its lead (module docstring)."""
    legends = [text for text in (compact(ln.text) for ln in lines) if _LEGEND.search(text)]
    if legends and not all(_LEAD_LEGEND.search(x) for x in legends):
        return []
    out = []
    for ln in lines:
        if ln.no in taken or "\t" not in ln.text:
            continue
        cells = ln.text.split("\t")
        if len([c for c in cells if compact(c)]) < 3:
            continue
        read = starred_cell_roles(cells)
        if read is None:
            continue
        text, roles = read
        no = next((compact(c) for c in cells[:2] if _NUMBER.match(compact(c))), None)
        out.append(task_record(issue, doc, text, roles, ln.no, ln.no, ln.no, "table_starred", no))
    return out
