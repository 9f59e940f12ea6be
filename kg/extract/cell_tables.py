"""Tables printed one cell per line — pipe cells ("城管局 |") or bare lines between blank lines — whose rows are
told apart by their row numbers (24, 25, 26 …), not by a fixed width: `numbered_cell_tables` (also read by the
repeal and enterprise extractors) and the task rows of such tables, `cell_table_tasks`.

Such a row may lack a cell (a cell merged over several rows, an empty cell the page dropped), so its cells are
placed in the columns where they fit best: units in unit columns, a person's name in a 分管领导 / 责任领导
column, text in text columns (`row_fit.align_row`, a small dynamic programme over cells and columns). Header cells
broken over two lines ("责任" ⏎ "领导") are joined where the join is a known column name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import CELL_LINE
from kg.extract.task_record import task_record
from kg.extract.row_fit import _cell_units, align_row, cell_kind
from kg.extract.task_tables import _SUB_LABELS, _column_roles, _roles_from_cells, lead_listed
from kg.extract.units import Roles, document_convention, split_units
from kg.model import Document, Line
from kg.parse.normalize import compact, fold
from kg.parse.segment import ParsedIssue

__all__ = ["cell_table_tasks", "numbered_cell_tables", "merge_header_cells", "unit_duty_pairs"]

_ROW_NO = re.compile(r"^\d{1,3}$")
_EMPTY_CELLS = re.compile(r"^\s*\|(?:\s*\|)*\s*$")  # "||": empty cells closing a row
_MAX_HEADER_CELL = 12
_NUMBER_HEADERS = ("序号", "序", "编号", "排序")
# (a group numbered in brackets: "(一)刘忻市长牵头重点工作" between the header and row 1, 杭州 责任分解,
# https://m.wxycw.com/fanwen/134701.html)
_GROUP_ROW = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]).{2,40}$")


def _tokens(lines: list[Line], indented: bool = False) -> list[tuple[str, int, bool]]:
    """Every cell line of a document: (cell as printed, line index, is a pipe cell); blank lines skipped. `indented`:
    tabs before a cell are its indentation (a holders' list), not an empty cell before it (a statistics table)."""
    out = []
    prev = ""
    for k, ln in enumerate(lines):
        # a lone row number reads as a page number to the normaliser (text ""): the raw line is the cell
        # (in a holders' list a tab inside the line parts cells, tabs before a cell are its indentation: "\t\t\t\t\t\t\t序号",
        # one cell a line, entrep31's 广东 中华老字号 table; a statistics table's "\t2022年完成" under "\t指标名称" (the sample's
        # 周村 计划, 002) stays unread there, its tab an empty cell the task tables do not take)
        text = ln.text.strip() if indented else ln.text
        if not ln.raw.strip() or "\t" in text and not CELL_LINE.match(ln.raw):
            continue
        # a bar on a line of its own after a bare cell ("序号" ⏎ "|" ⏎ "重点工作任务" ⏎ "|", 杭州 责任分解,
        # https://m.wxycw.com/fanwen/134701.html) parts the cells: no cell of its own (after a pipe cell it is an empty one)
        raw, prev = ln.raw.strip(), (prev if ln.raw.strip() == "|" else ln.raw.strip())
        if raw == "|" and prev and not prev.endswith("|"):
            continue
        m = CELL_LINE.match(ln.raw)
        if m:
            out.append((fold(m["cell"]), k, True))
        elif _EMPTY_CELLS.match(ln.raw):
            out.append(("", k, True))
        elif "\t" not in text:
            out.append((fold(ln.raw.strip()), k, False))
    return out


def _known(h: str) -> bool:
    return bool(_column_roles([h])) or h in _NUMBER_HEADERS


def merge_header_cells(cells: list[str]) -> list[str]:
    """Header cells broken over two lines joined again where the join is a known column name and the first
    part alone is none: ["序号", "责任", "领导", "责任", "科室"] → ["序号", "责任领导", "责任科室"]."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        # a legend in brackets broken over lines under a column name ("责任部门" ⏎ "(加*号为牵头部门," ⏎ "其余为参与部门)", 闵行
        # 乡村振兴 任务分工): one cell with it
        if (i + 1 < len(cells) and _known(cells[i]) and cells[i + 1][:1] in "(（"
                and not re.search(r"[)）]", cells[i + 1])):
            close = next((j for j in range(i + 2, min(len(cells), i + 4)) if re.search(r"[)）]$", cells[j])), None)
            if close is not None:
                out.append("".join(cells[i : close + 1]))
                i = close + 1
                continue
        # "责任股室" ⏎ "(单位)": a bracketed second line qualifies the column name above it
        if i + 1 < len(cells) and _known(cells[i]) and re.fullmatch(r"[（(][^()（）]{1,6}[)）]", cells[i + 1]):
            out.append(cells[i] + cells[i + 1])
            i += 2
        # (not before a whole column name of its own: "年度目标" ⏎ "责任部门" are two columns)
        elif (i + 1 < len(cells) and not _known(cells[i]) and _known(cells[i] + cells[i + 1])
              and not (len(cells[i + 1]) >= 4 and _known(cells[i + 1]))):
            out.append(cells[i] + cells[i + 1])
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return out


def _header_before(tokens: list[tuple[str, int, bool]], t: int) -> list[int] | None:
    """Token indexes of the header cells right before the row number at token t (same cell style), or None."""
    pipe = tokens[t][2]
    idx = []
    s = t - 1
    # "责任单位 |" ⏎ "|" ⏎ "1 |": an empty cell closing the header row (洋县) is no header cell
    if s >= 0 and pipe and tokens[s][2] and not compact(tokens[s][0]):
        s -= 1
    # "…任务来源" ⏎ "一、潘东旭市长负责事项(共9项)" ⏎ "1" (六安): a group row heading the first rows is no header cell
    if s >= 0 and _GROUP_ROW.match(compact(tokens[s][0])):
        s -= 1
    while s >= 0 and len(idx) < 16 and tokens[s][2] == pipe:
        c = compact(tokens[s][0])
        if not c or len(c) > _MAX_HEADER_CELL or _ROW_NO.match(c):
            break
        idx.append(s)
        s -= 1
    return idx[::-1] if len(idx) >= 3 else None


_UNIT_ROLES = ("lead", "cooperate", "responsible", "towns")


def _numbered_rows(tokens: list[tuple[str, int, bool]], t: int, width: int, min_cells: int) -> list[tuple[int, int]]:
    """(first, end) token spans of the rows from the row number at token t: each row runs to the next number in
    sequence; numbering may start again at 1 (a new group of rows) once a row holds its unit cells."""
    rows, expected, start, pipe = [], int(compact(tokens[t][0])), t, tokens[t][2]
    jump = False
    while start < len(tokens) and tokens[start][2] == pipe:
        # group headings between two rows ("二、全力以赴扩投资、优服务,筑牢经济增长根基" ⏎ … ⏎ "六、…" ⏎ "68", a department's
        # rows of a 政府工作报告 分解表: 谯城区教育局, https://www.bzqc.gov.cn/XxgkContent/show/2831654.html) are no cells;
        # after them the numbering may go on from a later number (the department prints its own rows only: 3, then 68)
        skipped = 0
        while rows and start < len(tokens) and tokens[start][2] == pipe and _GROUP_ROW.match(compact(tokens[start][0])):
            start, skipped = start + 1, skipped + 1
        if start >= len(tokens) or tokens[start][2] != pipe:
            break
        no, jump_before = compact(tokens[start][0]), jump
        jump = False
        if no == "1" and rows:
            expected = 1
        elif (skipped or jump_before) and _ROW_NO.match(no) and int(no) > expected:
            expected = int(no)
        elif no != str(expected):
            break
        end, extra = start + 1, 0
        while end < len(tokens) and end - start - extra <= width + 1 and tokens[end][2] == pipe:
            x = compact(tokens[end][0])
            if x == str(expected + 1) or x == "1" and end - start - 1 >= min_cells:
                break
            if end - start - 1 >= min_cells and _GROUP_ROW.match(x):  # a group heading closes the row before it
                break
            # a full row followed by a later number (the department's rows 69, then 73): that number opens the next row
            if end - start - 1 >= width and _ROW_NO.match(x) and int(x) > expected:
                jump = True
                break
            # one unit cell printed over several lines ("县水务局" ⏎ "县住建局" ⏎ "县护城河指挥部", 大竹): the lines
            # after the first take no column of their own
            if end > start + 1 and cell_kind(tokens[end][0]) == cell_kind(tokens[end - 1][0]) == "units":
                extra += 1
            end += 1
        # a row holding one more item than the header has columns (大竹 row 5: a second task and its deadline):
        # it still runs to the next number in sequence when that number follows within one row's width
        ahead = [k for k in range(end, min(len(tokens), end + width + 1))
                 if tokens[k][2] == pipe and compact(tokens[k][0]) == str(expected + 1)]
        if ahead and end < len(tokens) and compact(tokens[end][0]) != str(expected + 1):
            end = ahead[0]
        # a row of sub-items, each a text cell opening with its own number and followed by its own cells ("1" ⏎ "全区经济
        # 社会发展的主要预期目标" ⏎ "(1)地区生产总值增长6%左右。" ⏎ "王旭锋" ⏎ "发改局" ⏎ … ⏎ "(2)…" ⏎ … ⏎ "2", 钟楼 责任分解表,
        # https://www.zhonglou.gov.cn/html/czzl/2024/FPJALMLN_0311/21514.html; "1 |" ⏎ "学校办学情况抽查 |" ⏎ "1.学校招生… |" ⏎
        # … ⏎ "3.学校食堂… |" ⏎ … ⏎ "2 |", 武汉开发区 抽查计划): it runs to the next number in sequence, its sub-items read
        # one by one (`_sub_rows`)
        nxt = next((k for k in range(end, min(len(tokens), start + _MAX_SUB_TOKENS))
                    if tokens[k][2] == pipe and compact(tokens[k][0]) == str(expected + 1)), None)
        if nxt is None:  # (the table's last row: it runs to the last cell of the table's style)
            nxt = start + 1
            while nxt < min(len(tokens), start + _MAX_SUB_TOKENS) and tokens[nxt][2] == pipe:
                nxt += 1
        if nxt > end and sum(1 for k in range(start + 2, nxt) if tokens[k][2] == pipe
                             and _SUB_ITEM.match(compact(tokens[k][0]))) >= 2:
            end = nxt
        rows.append((start, end))
        expected += 1
        start = end
    return rows


# a sub-item's own number opening its text cell: "(1)地区生产总值…", "3.学校食堂食品安全…" (not a bare number, not a decimal)
_SUB_ITEM = re.compile(r"^(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d))\S{4,}")
_MAX_SUB_TOKENS = 80


def _sub_rows(lines: list[Line], cells: list[str], first: int, last: int) -> list[tuple[list[str], int, int]]:
    """A numbered row holding two or more sub-items (text cells opening with their own numbers), as one row per
    sub-item: the row's cells before the first sub-item (its group's name) and the sub-item's own cells. A sub-item
    printing no unit cells of its own (cells merged with the one above) gives a row with none."""
    idx = [i for i, c in enumerate(cells) if i > 0 and _SUB_ITEM.match(compact(c))]
    if len(idx) < 2:
        return [(cells, first, last)]
    head, out, starts = cells[: idx[0]], [], []
    for i in idx:
        key = compact(fold(cells[i]))[:8]
        k = next((k for k in range(max(first, starts[-1] + 1 if starts else first), last + 1)
                  if compact(fold(lines[k].raw)).startswith(key)), None)
        if k is None:
            return [(cells, first, last)]
        starts.append(k)
    for j, i in enumerate(idx):
        end_cell = idx[j + 1] if j + 1 < len(idx) else len(cells)
        k1 = starts[j + 1] - 1 if j + 1 < len(idx) else last
        while k1 > starts[j] and not lines[k1].raw.strip():
            k1 -= 1
        out.append((head + cells[i:end_cell], starts[j], k1))
    return out


def _spanned(header: list[str]) -> list[str]:
    """A header cell spanning sub-columns printed on its own ("责任单位" ⏎ "牵头" ⏎ "配合") gives way to them:
    ["序号", "工作任务", "责任单位", "牵头", "配合"] → ["序号", "工作任务", "牵头单位", "配合单位"]."""
    out, spanning = [], False
    for i, h in enumerate(header):
        if h in ("责任单位", "责任部门", "责任主体") and all(x in _SUB_LABELS for x in header[i + 1 : i + 3]) and i + 2 < len(header):
            spanning = True
        elif spanning and h in _SUB_LABELS:
            out.append(_SUB_LABELS[h])
        else:
            spanning = False
            out.append(h)
    return out


def numbered_cell_tables(lines: list[Line], wanted,
                         indented: bool = False) -> Iterator[tuple[list[str], int, list[tuple[list[str], int, int]]]]:
    """Each cell-per-line table of `lines` whose rows are numbered in sequence.

    Args:
        wanted: `wanted(header, number column)` → None to skip a table, else how many cells a row holds
            after its number before the numbering may start again at 1.
        indented: tabs before a cell are indentation (_tokens).

    Yields:
        (header cells, index of the number column, rows as (cells after the number, first line index,
        last line index))
    """
    tokens = _tokens(lines, indented)
    t = 0
    while t < len(tokens):
        hdr = _header_before(tokens, t) if _ROW_NO.match(compact(tokens[t][0])) else None
        header = _spanned(merge_header_cells([compact(tokens[s][0]) for s in hdr])) if hdr else []
        no_col = next((i for i, h in enumerate(header) if h in _NUMBER_HEADERS), None)
        min_cells = wanted(header, no_col) if hdr and no_col is not None else None
        rows = _numbered_rows(tokens, t, len(header) - no_col - 1, min_cells) if min_cells else []
        if not rows or rows[0][1] - rows[0][0] <= 2:
            t += 1
            continue
        yield header, no_col, [(_join_broken([tokens[s][0] for s in range(a + 1, b)]), tokens[a][1], tokens[b - 1][1])
                               for a, b in rows]
        t = rows[-1][1]


def cell_table_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    """Tasks of the cell-per-line tables of one document whose rows are numbered in sequence."""
    convention = document_convention(compact(ln.text) for ln in lines)

    def wanted(header: list[str], no_col: int) -> int | None:
        cols = _column_roles(header)
        unit_cols = [i for i, r in cols.items() if r in _UNIT_ROLES and i > no_col]
        return unit_cols[-1] - no_col if unit_cols else None

    out = []
    for header, no_col, rows in numbered_cell_tables(lines, wanted):
        cols = _column_roles(header)
        roles_after = [cols.get(i) for i in range(no_col + 1, len(header))]
        out.extend(_row_tasks(issue, doc, lines, rows, roles_after, cols, convention))
    return out


def _join_broken(cells: list[str]) -> list[str]:
    """A list of units broken over two cell lines ("县财政局、县住建局、" ⏎ "县自然资源局") is one cell."""
    out: list[str] = []
    for c in cells:
        if out and (out[-1].rstrip().endswith(("、", "，", ",")) or c.lstrip().startswith(("、", "，", ","))):
            out[-1] = out[-1].rstrip() + c.strip()
        # a name's bracketed alias on the line below it: "应急管理局" ⏎ "(安委办)", "高新园" ⏎ "(邹区镇)" (钟楼 责任分解表)
        elif out and re.fullmatch(r"[（(][\u4e00-\u9fff]{2,8}[)）]", c.strip()) and re.search(r"[\u4e00-\u9fff]$", out[-1].strip()):
            out[-1] = out[-1].rstrip() + c.strip()
        else:
            out.append(c)
    return out


def _gather_unit_lines(cells: list[str], placed: list[int | None], roles: list[str | None], cell_for: dict) -> None:
    """A unit cell printed over several lines ("文化宣传股" ⏎ "文化馆" ⏎ "图书馆"): the unit lines next to the one
    placed in a unit column, left over or in a column of no role (备注), are that cell's too."""
    claimed: set[int] = set()
    loose = lambda i: (i not in claimed and cell_kind(cells[i]) == "units"
                       and (placed[i] is None or not roles[placed[i]]))
    # the loose lines between a lead cell and the cooperating cell after it are the cooperating cell's
    # (`lead_on_first_line`): cooperating cells are gathered first
    order = sorted(range(len(placed)), key=lambda i: placed[i] is None or roles[placed[i]] != "cooperate")
    for i in order:
        col = placed[i]
        if col is None or roles[col] not in _UNIT_ROLES:
            continue
        a, b = i, i
        # (a line before it may have been placed in a column of no role, 年度目标: it is loose as well)
        while a > 0 and loose(a - 1):
            a -= 1
        while b + 1 < len(cells) and loose(b + 1):
            b += 1
        claimed.update(range(a, b + 1))
        got = cell_for[roles[col]]
        got[got.index(cells[i].strip()):got.index(cells[i].strip()) + 1] = [c.strip() for c in cells[a : b + 1]]


def lead_on_first_line(cells: list[str], placed: list[int | None], roles: list[str | None]) -> list[int | None]:
    """A lead column and the cooperating column after it, each printed over several lines ("区卫健局" ⏎ "源东乡" ⏎ "区发改局"
    ⏎ "区资规分局", 金东's 牵头单位 / 协同单位): no line tells where the lead cell ends, and the fit puts the lead on the
    last unit line before the cooperating one. A lead cell names one unit: the lead is the run's first unit line, and
    the lines after it are left to the cooperating cell (gathered by `_gather_unit_lines`)."""
    out = list(placed)
    for k, col in enumerate(placed):
        if col is None or roles[col] != "lead":
            continue
        nxt = next((j for j in range(k + 1, len(cells)) if placed[j] is not None), None)
        if nxt is None or roles[placed[nxt]] != "cooperate" or any(cell_kind(cells[j]) != "units" for j in range(k, nxt + 1)):
            continue
        a = k
        while a > 0 and placed[a - 1] is None and cell_kind(cells[a - 1]) == "units":
            a -= 1
        if a < k:
            out[a], out[k] = col, None
    return out


def _without_scoring(cells: list[str], roles: list[str | None]) -> tuple[list[str], list[str | None]]:
    """A row whose columns after the unit columns hold the bodies that score the work (评分部门), printed after a unit
    cell that may run over several lines ("县海洋与渔业局" ⏎ "县农业农村局" ⏎ "市海洋渔业局市农业农村局"): the row's
    last cells are those columns', dropped with them, so long as a unit cell stays before them."""
    units = [i for i, r in enumerate(roles) if r in _UNIT_ROLES]
    after = [i for i, r in enumerate(roles) if r == "scoring" and units and i > units[-1]]
    n = len(after)
    body = [c for c in cells if compact(c)]
    if not n or len(body) <= n or any(cell_kind(c) != "units" for c in body[-n:]):
        return cells, roles
    if not any(cell_kind(c) == "units" for c in body[:-n]):
        return cells, roles
    last = [i for i, c in enumerate(cells) if compact(c)][-n]
    return cells[:last], roles[: after[0]]


def _row_tasks(issue, doc, lines, rows, roles_after, cols, convention) -> list[dict]:
    has_lead = "lead" in cols.values()
    has_coop = "cooperate" in cols.values()
    listed = lead_listed(cols)
    out = []
    for cells, first, last in (sub for row in rows for sub in _sub_rows(lines, *row)):
        cells, row_roles = _without_scoring(cells, roles_after)
        placed = lead_on_first_line(cells, align_row(cells, row_roles), row_roles)
        cell_for: dict[str, list[str]] = {}
        for cell, col in zip(cells, placed):
            if col is not None and row_roles[col]:
                cell_for.setdefault(row_roles[col], []).append(cell.strip())
        _gather_unit_lines(cells, placed, row_roles, cell_for)
        text = "：".join(compact(x) for x in cell_for.get("text", []) if compact(x))
        # a sub-item's own text placed in a column of no role (工作标准) is the task's text too
        sub = next((compact(c) for c in cells if _SUB_ITEM.match(compact(c))), None)
        if sub and sub not in text:
            text = f"{text}：{sub}" if text else sub
        if not text:  # a task column of a name no table of ours used ("工作目标"): the row's first text cell
            text = next((compact(c) for c in cells if cell_kind(c) == "text"), "")
        unit_cells = {r: [_cell_units(v) for v in vs] for r, vs in cell_for.items() if r in _UNIT_ROLES}
        if cell_for.get("deadline"):
            unit_cells["deadline"] = [compact(cell_for["deadline"][0])]
        roles = _roles_from_cells(unit_cells, convention.first_leads, has_lead, has_coop, convention)
        if listed:
            roles.cooperate = [u for u in roles.cooperate if u not in roles.lead]
        if roles.empty or not text:
            continue
        out.append(task_record(issue, doc, text, roles, lines[first].no, lines[last].no, lines[first].no, "table",
                               compact(lines[first].raw.strip().rstrip("|").strip())))
    return out


# A 责任清单 page of two columns printed one cell per line without row numbers: "相关部门" ⏎ "职责分工", then each
# unit's line and its duty's line ("区公安分局" ⏎ "维护考点周边安全…"): the unit leads the duty after it.
_PAIR_UNIT_HEAD = re.compile(r"^(?:相关|责任|牵头|主责|职能)?(?:部门|单位)(?:名称)?$")
_PAIR_DUTY_HEAD = re.compile(r"^(?:职责分工|(?:主要|工作|部门)?职责(?:任务|内容)?|工作任务|任务分工)$")


def _sole_unit(c: str) -> str | None:
    if len(c) > 20 or re.search(r"[。；;，,：:]", c):
        return None
    units, generic = split_units(c)
    return units[0] if len(units) == 1 and not generic and units[0] == c else None


def unit_duty_pairs(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    """Tasks of a unit-line ⏎ duty-line table under a 部门 | 职责 header; a duty's own 会同/配合 clause adds
    its cooperating units."""
    from kg.extract.duty_styles import sentence_roles  # (duty_styles imports this module's neighbours)

    cells = [(compact(ln.text), k) for k, ln in enumerate(lines) if not ln.blank and ln.no > doc.title_line_end]
    out = []
    for t in range(len(cells) - 1):
        if not (_PAIR_UNIT_HEAD.match(cells[t][0]) and _PAIR_DUTY_HEAD.match(cells[t + 1][0])):
            continue
        i = t + 2
        while i + 1 < len(cells):
            unit, duty = _sole_unit(cells[i][0]), cells[i + 1][0]
            if not unit or _sole_unit(duty) or len(duty) < 6:
                break
            roles = Roles(lead=[unit])
            for clause in re.split(r"(?<=[。；;])", duty):
                read = sentence_roles(unit + clause)[0] if clause else Roles()
                if read.lead == [unit]:
                    roles.add("cooperate", read.cooperate, read.generic_cooperate)
            k0, k1 = cells[i][1], cells[i + 1][1]
            out.append(task_record(issue, doc, duty, roles, lines[k0].no, lines[k1].no, lines[k0].no, "unit_duty_pair"))
            i += 2
    return out
