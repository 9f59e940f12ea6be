"""Cells of a table row: a cell read as a list of units, what a cell holds (units, a person's name, text, a
row number), and where the cells of a row that lost some fit the header's columns (`align_row`)."""

from __future__ import annotations

import re

from kg.extract.units import is_generic, is_unit, listed_units, split_units
from kg.parse.normalize import compact

__all__ = ["align_row", "cell_kind", "_cell_units"]

_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4})*$")


def _cell_units(raw_cell: str) -> str:
    """A table cell as a unit list: spaces between units become 、 (区卫计局 (区疾控中心) 区教体局)."""
    # "区发改局（牵头）": a lead mark, not an executing body in brackets; it stays on its unit as a trailing ★
    raw_cell = re.sub(r"\s*[（(]牵头[)）]", "★", raw_cell)
    if len(re.findall(r"[:：]", raw_cell)) >= 2 and re.search(r"[;；]", raw_cell):
        # a numbered sub-list: "1 健康家庭: 各镇办; 2 健康企业、机关(单位): 区总工会; …" → the units after each colon
        raw_cell = " ".join(re.split(r"[:：]", seg)[-1] for seg in re.split(r"[;；]", raw_cell) if re.search(r"[:：]", seg))
    # "区卫计局 (区疾控中心) 区教体局", "区卫计局（区疾控中心） 区爱卫办": the executing body in brackets is a unit too
    raw_cell = re.sub(r"[（(][^（）()]*[)）]", lambda m: re.sub(r"\s+", "", m[0]), raw_cell)  # "(区 卫生局…)"
    raw_cell = re.sub(r"\s*([（(][^（）()]{2,20}[)）])\s*", r" \1 ", raw_cell)
    parts = [p for p in re.split(r"[ \u3000]+", raw_cell.strip()) if p]
    out = []
    unit = lambda x: is_unit(x.rstrip("★"))
    for p in parts:
        bracketed = out and out[-1][0] in "（("
        if out and not bracketed and (not unit(out[-1]) and not is_generic(out[-1]) or p[0] in "（(" and not unit(out[-1])):
            out[-1] += p  # a stray space inside a name: "区 卫生局卫生监督所"
        else:
            out.append(p)
    joined = []
    for p in out:
        if p[0] in "（(" and joined:
            joined.append(p.strip("（()）"))
        else:
            joined.append(p)
    return "、".join(joined)


# a lead's mark on a unit of a cell ("区农业农村委*、区规划资源局", "★区商务局", "区发改局（牵头）" → "…★"): the cell is
# units all the same (闵行's 责任部门 column under its legend 加*号为牵头部门; parse_roles reads the mark)
_UNIT_MARK = re.compile(r"(?<=[\u4e00-\u9fff)）])[★☆*＊▲△](?=[、，,；;\s]|$)|(?:^|(?<=[、，,；;\s]))[★☆*＊▲△](?=[\u4e00-\u9fff])")
_HELP_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:配合落实|配合完成|协助落实|协助完成)$")


def cell_kind(cell: str) -> str:
    """What a cell holds: "empty", "number" (a row number), "units" (a list of units or generic phrases), "person"
    or "text"."""
    c = compact(cell)
    if not c:
        return "empty"
    if c.isdigit() and len(c) <= 3:
        return "number"
    # a sub-item's text opening with its own number ("4.保安从业单位及其保安服务活动情况的检查", 武汉开发区 抽查计划): text,
    # however its words split
    if re.match(r"(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))[\u4e00-\u9fff]", c):
        return "text"
    # "市发改委、市人力社保局、市科技局、团市委配合落实" (杭州 责任分解): bodies closed by the verb of their part are a
    # unit cell (read by parse_roles as cooperating)
    cell = _HELP_VERB.sub("", cell.rstrip()) or cell
    units, generics = split_units(_UNIT_MARK.sub("", _cell_units(cell)))
    # "建成县残疾人综合服务中心。": one name closed by a full stop is a sentence (a task), not a unit cell
    # (unless the name opens with its level, as a body's name does: a 协同配合单位 cell "区投资促进中心。", 谯城区教育局
    # 分解表, https://www.bzqc.gov.cn/XxgkContent/show/2831654.html, whose cells each close with a full stop)
    if c.endswith("。") and len(units) + len(generics) == 1 and not (units and units[0][:1] in "区县市省州旗"):
        return "text"
    # (a group's heading read as a class by its opening word: "全区经济社会发展的主要预期目标", 钟楼 责任分解表, is text)
    if not units and generics and "的" in c and not re.search(r"(?:单位|部门|机构|政府)$", c):
        return "text"
    if (units or generics) and all(listed_units(units)) and not (not units and len(c) > 30):
        return "units"
    if _PERSON.match(c) and not is_generic(c):
        return "person"
    return "text"


# score of a cell of each kind in a column of each role: units belong in unit columns, names in person
# columns, text in text columns; columns of no known role take anything
_FIT = {
    "person": {"person": 2, "units": -3, "text": -2, "number": -2},
    "unit": {"units": 2, "person": -3, "text": -2, "number": -2},
    "text": {"text": 1, "units": -2, "person": -1, "number": -1},
    "no": {"number": 2, "units": -2, "person": -2, "text": -2},
}
_SKIP_COLUMN, _SKIP_CELL = -0.5, -1.0


def _score(role: str | None, kind: str) -> float:
    if kind == "empty" or role is None:
        return 0.0
    group = "unit" if role in ("lead", "cooperate", "responsible", "towns") else role
    return _FIT.get(group, {}).get(kind, 0.0)


def align_row(cells: list[str], roles: list[str | None]) -> list[int | None]:
    """The column each cell goes in (None: a cell left over), keeping printed order; columns may be skipped.

    >>> align_row(["推进项目", "张三", "县发改局"], ["text", "text", "person", "lead"])
    [0, 2, 3]
    """
    n, m = len(cells), len(roles)
    kinds = [cell_kind(c) for c in cells]
    neg = float("-inf")
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, int | None] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == neg:
                continue
            steps = []
            if i < n and j < m:
                steps.append((i + 1, j + 1, here + _score(roles[j], kinds[i]), j))
            if j < m:  # a later column skipped costs a little less: on a tie, cells fill the first columns
                steps.append((i, j + 1, here + _SKIP_COLUMN + 0.001 * j, None))
            if i < n:  # an empty cell left over costs nothing: "|" closing a row reads as one
                steps.append((i + 1, j, here + (0.0 if kinds[i] == "empty" else _SKIP_CELL), -1))
            for a, b, v, col in steps:
                if v > best[a][b]:
                    best[a][b] = v
                    back[a][b] = (i, j, col)
    out: list[int | None] = [None] * n
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, col = back[i][j]
        if col is not None and col >= 0:
            out[pi] = col
        i, j = pi, pj
    return out
