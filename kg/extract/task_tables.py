"""Task tables: flattened tables with 牵头 / 配合 / 责任 / 协办 columns (tab rows, one cell per line, one pipe cell
per line; a header over two rows), key-value tables of label cells (重点工作: | … ⏎ 牵头单位: | …), and tables that
lost every separator (a lone 责任单位 header line, then task and unit-list lines), and tables run together into one
paragraph (序号工作内容…责任单位备注1…2…: each row glued to the next)."""

from __future__ import annotations

import re

from kg.extract.base import CELL_LINE as _CELL_LINE, pipe_cell_rows, table_rows
from kg.extract.pipe_headers import broken_pipe_header
from kg.extract.task_record import _item_id, task_record
from kg.extract.row_fit import _cell_units, align_row, cell_kind
from kg.extract.units import ROLE_LABELS, Convention, Roles, document_convention, is_unit, parse_roles, split_units
from kg.model import Document, Line
from kg.parse.normalize import compact, fold
from kg.parse.segment import ParsedIssue

__all__ = ["table_tasks", "bare_cell_tasks", "label_cell_tasks", "run_together_tasks", "flowing_row_tasks"]


# ---- tables ---------------------------------------------------------------------------------------

_TEXT_COLS = ("重点工作", "任务说明", "任务细化", "主要内容", "工作举措", "具体任务", "工作任务", "主要任务", "任务", "工作措施", "具体措施", "重点任务", "工作内容", "事项",
              "内容", "指标", "事件类型", "名称", "改革事项", "目标任务", "要点", "项目", "工作")
_ALL_ROLE_LABELS = {l: r for r, ls in ROLE_LABELS.items() for l in ls}


# "责任部门 | 评分部门" (嵊泗 乡村振兴 考核清单): a column of the bodies that score or assess the work
_SCORING_COL = re.compile(r"^(?:评分|考核|考评|评价|打分|计分|评估|督查|督办)(?:部门|单位|机关|科室)$")
# "责任部门 | 责任街镇" (闵行 乡村振兴 任务分工): a column of the towns and streets where each row's work is done beside
# the departments answering for it; its towns cooperate (fresh58 decision: the starred department leads, the other
# departments and the column's towns and streets cooperate)
_TOWNS_COL = re.compile(r"^责任(?:街镇|镇街|乡镇|镇乡|镇\(街道\)|乡镇\(街道\)|街道|镇)$")
_PERSON_COL = re.compile(r"(?:领导|责任人|联系人|负责人|分管|包保|县级|区级|市级)(?:领导)?$|^(?:分管|责任|包联|挂包)领导")


# a page's metadata block printed as rows of label | value cells ("公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |",
# https://www.zyx.gov.cn/Content-2463854.html; "责任部门 | 区卫健局 | 公开形式 | 主动公开 |", http://www.hhtz.gov.cn/art/2023/6/27/
# art_1229507934_4177054.html): its 责任部门 is who publishes the page, no task table's column (tasks44's 紫阳 read 文号 and 有效性 as units)
_METADATA_LABEL = re.compile(r"^(?:索引号|公开形式|公开范围|公开方式|公开目录|公开时限|公开日期|成文日期|成文时间|发布日期|发文字号|文号|有效性|"
                             r"主题分类|信息分类|组配分类|体裁分类)[:：]?$")


def _column_roles(header: list[str]) -> dict[int, str]:
    cols = {}
    if any(_METADATA_LABEL.match(h) for h in header):
        return cols
    for i, h in enumerate(header):
        h = h.replace("（", "(").split("(")[0]
        if _PERSON_COL.search(h):
            cols[i] = "person"  # 分管领导 / 总责任人 / 联系人: people, never units
            continue
        if _TOWNS_COL.match(h):
            cols[i] = "towns"
            continue
        if _SCORING_COL.match(h):
            cols[i] = "scoring"  # 评分部门: the body that scores the work, no unit of the task
            continue
        for label, role in sorted(_ALL_ROLE_LABELS.items(), key=lambda x: -len(x[0])):
            # "主要责任单位", "责任主体与协同单位": a label closing a longer column name
            if h == label or (h.endswith(label) and len(h) <= len(label) + 5):
                cols[i] = role
                break
        else:
            if any(h.endswith(t) for t in _TEXT_COLS) and len(h) <= 8:
                cols[i] = "text"
            elif h in ("序号", "序"):
                cols[i] = "no"
    # (a towns column with no department column beside it names the units answerable: it is the 责任 column itself)
    if "towns" in cols.values() and not any(r in ("lead", "responsible") for r in cols.values()):
        cols = {i: "responsible" if r == "towns" else r for i, r in cols.items()}
    return cols


def _roles_from_cells(cells: dict[str, list[str]], first_is_lead: bool, has_lead_col: bool,
                      has_coop_col: bool, convention: Convention = Convention()) -> Roles:
    roles = Roles()
    for role, values in cells.items():
        for v in values:
            if not v:
                continue
            inner = parse_roles(v, convention)
            if role == "lead":
                if inner.lead or inner.generic_lead:
                    roles.lead += inner.lead
                    roles.generic_lead += inner.generic_lead
                    roles.cooperate += inner.cooperate
                    roles.generic_cooperate += inner.generic_cooperate
                else:
                    roles.add("lead", inner.cooperate, inner.generic_cooperate)
            elif role == "cooperate":
                roles.add("cooperate", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
            elif role == "responsible":
                if has_lead_col:  # 牵头部门 | 责任部门: the second column cooperates
                    roles.add("cooperate", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
                elif has_coop_col:  # 责任部门 | 协办部门: the first column leads
                    roles.add("lead", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
                elif inner.lead:
                    roles.lead += inner.lead
                    roles.cooperate += inner.cooperate
                    roles.generic_lead += inner.generic_lead
                    roles.generic_cooperate += inner.generic_cooperate
                elif first_is_lead and inner.cooperate:
                    roles.add("lead", inner.cooperate[:1], [])
                    roles.add("cooperate", inner.cooperate[1:], inner.generic_cooperate)
                elif len(inner.cooperate) == 1 and len(values) == 1:
                    # a sole named 责任单位 answers for the task (洋县), the classes beside it staying generic
                    roles.add("lead", inner.cooperate, [])
                    roles.add("cooperate", [], inner.generic_cooperate)
                else:
                    roles.add("cooperate", inner.cooperate, inner.generic_cooperate)
            elif role == "towns":
                roles.add("cooperate", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
            elif role == "deadline":
                roles.deadline = v
    return roles


_SUB_LABELS = {"牵头": "牵头单位", "主办": "牵头单位", "主责": "牵头单位", "配合": "配合单位", "协办": "协办单位", "协同": "协同单位",
               "参与": "参与单位", "责任": "责任单位"}


def _sub_header(lines: list[Line], k: int, width: int) -> tuple[list[str] | None, int]:
    """The second header row of a table whose 责任单位 cell spans 牵头 / 配合 sub-columns ("\t\t牵头\t配合"), as
    column names (牵头单位, 配合单位; blank where the first row names the column), and the index after it; (None, k)
    when line k (blank lines skipped) is no such row."""
    j = k
    while j < len(lines) and lines[j].blank:
        j += 1
    if j >= len(lines) or "\t" not in lines[j].text:
        return None, k
    row = [compact(c) for c in lines[j].text.split("\t")]
    if not any(row) or len(row) > width + 1 or any(c.isdigit() for c in row):
        return None, k
    out = [_SUB_LABELS.get(c, c) for c in row]
    if not all(_column_roles([c]).get(0) in ("lead", "cooperate", "responsible") for c in out if c):
        return None, k
    return out, j + 1


def lead_listed(cols: dict[int, str]) -> bool:
    """A 责任单位 column printed before the 牵头单位 column lists every unit answerable for the task, the lead among
    them: the lead does not also cooperate (after a 牵头单位 column, 责任单位 lists the cooperating units as printed)."""
    leads = [i for i, r in cols.items() if r == "lead"]
    return bool(leads) and any(r == "responsible" and i < min(leads) for i, r in cols.items())


def _score_column(header: list[str]) -> int | None:
    """The one 权重分值 / 分值 column of a scoring table, if any: rows that lost or gained empty cells
    (merged 指标分类 cells, a stray trailing tab) are aligned on it."""
    found = [i for i, h in enumerate(header) if re.search(r"分值|权重|分数", h) and len(h) <= 6]
    return found[0] if len(found) == 1 else None


def _score_shift(row: list[str], score_col: int) -> int | None:
    """How far a row's cells sit from the header's, judged by its score cell (a bare number)."""
    nums = [j for j, c in enumerate(row) if re.fullmatch(r"\d{1,3}(?:\.\d)?", compact(c))]
    return nums[-1] - score_col if nums else None


def _fit(row: list[str], cols: dict[int, str], gap: int) -> int:
    """How well a short row fits the header when its cells are taken `gap` columns to the left."""
    score = 0
    for i, role in cols.items():
        j = i - gap
        cell = compact(row[j]) if 0 <= j < len(row) else ""
        if not cell:
            continue
        units, _ = split_units(_cell_units(row[j]))
        listed = bool(units) and all(is_unit(u) for u in units)
        if role in ("lead", "cooperate", "responsible"):
            score += 1 if listed else -1
        elif role == "text":
            score += -1 if listed or cell.isdigit() else 1
    return score


def table_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    out = []
    convention = document_convention(compact(ln.text) for ln in lines)
    first_is_lead = convention.first_leads
    k = 0
    while k < len(lines):
        ln = lines[k]
        vertical = False
        piped = pipe_cell_rows(lines, k)[0] if _CELL_LINE.match(ln.raw) else None
        if piped:  # a pipe table printed one cell per line: its rows are already aligned
            header = [compact(c) for c in piped[0][0]]
            cols = _column_roles(header)
            vertical = True
            body_rows = [(cells, a, b, None) for cells, a, b in piped[1:]]
            body_start = piped[0][2] + 1
        elif _CELL_LINE.match(ln.raw) and broken_pipe_header(lines, k)[0]:
            # a header a cell or two a line, cells broken over lines, above whole rows (fresh25 鄂尔多斯 医保 抽查计划)
            header, body_start = broken_pipe_header(lines, k)
            cols = _column_roles(header)
        elif "\t" in ln.text and not ln.raw.startswith("\t\t"):
            header = [compact(c) for c in ln.text.split("\t")]
            cols = _column_roles(header)
            if ln.raw.startswith("\t") and len([c for c in header if c]) == 1:
                # one cell per line: read consecutive single-cell lines as the header
                hdr, j = [], k
                while j < len(lines) and compact(lines[j].text) and len(compact(lines[j].text)) <= 10:
                    cell = compact(lines[j].text)
                    if not lines[j].raw.startswith("\t"):
                        if hdr and len(cell) <= 2:  # a header cell broken in two: "序" ⏎ "号"
                            hdr[-1] += cell
                            j += 1
                            continue
                        break
                    hdr.append(cell)
                    j += 1
                cols = _column_roles(hdr)
                header, vertical = hdr, True
                if cols and any(r in ("lead", "responsible", "cooperate") for r in cols.values()) and len(hdr) >= 3:
                    body_start = j
                else:
                    k += 1
                    continue
            else:
                body_start = k + 1
                sub, after_sub = _sub_header(lines, k + 1, len(header))
                if sub:  # "责任单位" over two columns, "牵头" ⏎ "配合" under it
                    header = [s or h for h, s in zip(header + [""] * (len(sub) - len(header)), sub)]
                    cols, body_start = _column_roles(header), after_sub
        else:
            k += 1
            continue
        if not any(r in ("lead", "responsible", "cooperate") for r in cols.values()):
            k = piped[-1][2] + 1 if piped else k + 1  # a pipe table without role columns is skipped whole
            continue
        has_lead = "lead" in cols.values()
        has_coop = "cooperate" in cols.values()
        score_col = _score_column(header)
        last = body_start
        carried: dict[str, list[str]] = {}
        if not piped:
            body_rows = table_rows(lines, body_start, len(header), vertical, raw=True)
        for row, r0, r1, _ in body_rows:
            last = r1
            row = [fold(c) for c in row]  # printed cells in their matching form, spaces kept
            shift = None if vertical or score_col is None else _score_shift(row, score_col)
            if not vertical and shift is None:
                while len(row) > len(header) and not row[-1].strip():
                    row = row[:-1]  # trailing empty cells
                if len(row) > len(header) + 1:
                    row = row[len(row) - len(header):]  # leading empty cells of merged columns
            cell_for = {}
            # a short row lost cells at its start (merged cells above) or at its end (an empty last cell):
            # the reading whose unit columns hold units and whose text column holds text
            gap = 0 if vertical or shift is not None else len(header) - len(row)
            if gap > 0 and "person" in cols.values():
                # a short row beside a person column: each cell where it fits (a name in the person column,
                # units in unit columns), not a whole shift
                placed = align_row(row, [cols.get(i) for i in range(len(header))])
                for cell, col in zip(row, placed):
                    if col is not None and col in cols:
                        cell_for.setdefault(cols[col], []).append(cell.strip())
                gap = None
            elif gap > 0 and _fit(row, cols, 0) > _fit(row, cols, gap):
                gap = 0
            for i, role in cols.items() if gap is not None else ():
                if shift is not None:  # aligned on the row's score cell
                    idx = i + shift
                else:
                    idx = i - gap
                if 0 <= idx < len(row):
                    cell_for.setdefault(role, []).append(row[idx].strip())
            texts = [compact(t) for t in cell_for.get("text", []) if compact(t)]
            text = "：".join(texts) or compact(" ".join(row))
            unit_cells = {r: [_cell_units(v) for v in vs] for r, vs in cell_for.items() if r in ("lead", "cooperate", "responsible")}
            numbered = any(compact(c).isdigit() for c in row[:2])
            if numbered:
                carried = {r: vs for r, vs in unit_cells.items() if any(vs)}
            elif not any(v for vs in unit_cells.values() for v in vs):
                unit_cells = dict(carried)  # a sub-row under a vertically merged 责任单位 cell
            if cell_for.get("deadline"):
                unit_cells["deadline"] = [compact(cell_for["deadline"][0])]
            prefixed = re.match(r"^(?P<unit>[^：:，,。]{3,30})[：:]", texts[-1] if texts else "")
            if prefixed and is_unit(prefixed["unit"]):
                roles = Roles(lead=[prefixed["unit"]], deadline=unit_cells.get("deadline", [None])[0])
            else:
                roles = _roles_from_cells(unit_cells, first_is_lead, has_lead, has_coop, convention)
            if lead_listed(cols):
                roles.cooperate = [u for u in roles.cooperate if u not in roles.lead]
            if roles.empty:
                continue
            no = next((compact(c) for c in row[:2] if compact(c).isdigit()), None)
            out.append(task_record(issue, doc, text, roles, lines[r0].no, lines[r1].no, lines[r1].no if not vertical else lines[r0].no,
                                   "table", no))
        k = max(k + 1, last + 1)
    return out


# ---- tables flattened one cell per line, without tabs or pipes ------------------------------------

_UNIT_LIST_SPLIT = re.compile(r"[、，,；;]")


def _unit_list(c: str) -> bool:
    """A line that is nothing but a list of units ("市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会")."""
    if len(c) > 120 or re.search(r"[。：:]|\d{4}年", c):
        return False
    units, generics = split_units(c)
    return bool(units) and all(is_unit(u) for u in units) and len("".join(units + generics)) >= len(c) * 0.7


def bare_cell_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """A table whose cells lost every separator: a lone 责任单位 / 牵头单位 header line, then each task cell
    followed by a line holding only its units. The units are read as that column says."""
    header = next((k for k, ln in enumerate(lines) if compact(ln.text) in _BARE_HEADERS and "\t" not in ln.text), None)
    if header is None:
        return []
    label = compact(lines[header].text)
    convention = document_convention(compact(ln.text) for ln in lines)
    out, prev = [], None
    for k in range(header + 1, len(lines)):
        ln = lines[k]
        if ln.blank or "\t" in ln.text:
            continue
        c = _SECOND_NAME.sub("", compact(ln.text))
        if ln.no not in taken and prev is not None and _unit_list(c) and not _unit_list(compact(lines[prev].text)):
            roles = parse_roles(f"{label}：{c}", convention)
            end = ln.no
            nxt = next((j for j in range(k + 1, min(k + 3, len(lines))) if not lines[j].blank), None)
            upper = _UPPER_LEAD.match(compact(lines[nxt].text)) if nxt is not None else None
            if upper and _unit_list(upper["units"]) and not roles.lead:
                # the cell's own bodies cooperate with the higher level's lead printed under them
                roles.cooperate, roles.lead = roles.lead + roles.cooperate, split_units(upper["units"])[0]
                end = lines[nxt].no
            if not roles.empty:
                out.append(task_record(issue, doc, compact(lines[prev].text), roles, lines[prev].no, end, ln.no,
                                       "table_bare", _item_id(doc, lines[prev].no)))
        prev = k
    return out


# a unit's second name in brackets after it, the body it also is ("市商务局(市粮食和物资储备局)", fresh49's 杭州; its README: left
# out): the cell is read by its first name
_SECOND_NAME = re.compile(r"(?<=[局委办厅])[（(][\u4e00-\u9fff]{2,16}[局委办厅][)）]")
# a cell of the city's bodies over the lead the province names for the item ("市商务局、市发改委" ⏎ "省牵头单位:省商务厅", fresh49's
# 杭州 涉杭任务 table, the section saying "杭州市2项配合工作"): the higher level's body leads, the cell's bodies cooperate
_UPPER_LEAD = re.compile(r"^[省市]牵头(?:单位|部门)[:：](?P<units>.{2,60})$")


_BARE_HEADERS = {"责任单位", "责任部门", "牵头单位", "牵头部门", "责任主体"}


# ---- tables printed one row a line with spaces between cells ---------------------------------------

_UNIT_ROLE_NAMES = ("lead", "cooperate", "responsible")


def _middle_unit_column(cols: dict[int, str]) -> tuple[list[str], dict[int, str]] | None:
    """A header with one unit column followed by text columns ("序号 重点工作任务 牵头责任单位 一季度完成情况", 霍邱):
    the rows' closing cells are text, so the unit cell is found by its kind; an empty tail marks the layout."""
    units = [i for i, r in cols.items() if r in _UNIT_ROLE_NAMES]
    return ([], cols) if len(units) == 1 and units[0] >= 2 else None


def spaced_row_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """A table printed one row a line, its cells parted by spaces ("序号 类别 主要任务 细化措施 牵头单位 参与单位
    责任单位" ⏎ "1 加强水资源保 护 严守… 实施… 市水利局 市发展改革委、…等 各县(市、区)党委和人民政府"): spaces also
    break text cells, so only the unit columns closing the header are read, from the row's last cells (a row cut
    by the page keeps its first units)."""
    out = []
    header = None
    convention = document_convention(compact(ln.text) for ln in lines)
    for k, ln in enumerate(lines):
        if "\t" in ln.text or ln.blank:
            continue
        cells = ln.raw.split()  # the printed spaces part the cells (the normalised text drops them)
        cols = _column_roles([compact(fold(c)) for c in cells]) if 3 <= len(cells) <= 12 else {}  # 牽頭單位 too
        if cols and all(len(compact(fold(c))) <= 8 for c in cells):  # (a converter's 序號(hào) is a short cell)
            closing = _closing_text_column(cells, cols)
            if len(cells) < 4 and not closing:
                continue
            tail = []
            for i in range(len(cells) - 1, -1, -1):
                if cols.get(i) not in _UNIT_ROLE_NAMES + ("deadline",):
                    break
                tail.insert(0, cols[i])
            header = (tail, cols) if any(r in _UNIT_ROLE_NAMES for r in tail) else closing or _middle_unit_column(cols)
            continue
        if header is None or ln.no in taken or not cells or not cells[0].isdigit():
            continue
        tail, cols = header
        end = ln.no
        if tail and tail[-1] == "text":
            # (a unit cell wrapped by its 、 runs on over the row's next lines, the closing text cell after it: "…市烟草专卖局
            # 市邮政管理局、" ⏎ "市公安局" ⏎ "市抽市查")
            nxt = k + 1
            while cells[-1].endswith(("、", "，", ",")) and (more := _run_on(lines, taken, nxt)):
                cells = cells[:-1] + [cells[-1] + more[0]] + more[1:]
                end = lines[nxt].no
                nxt += 1
            if end != ln.no and (more := _run_on(lines, taken, nxt)) and len(more) == 1 \
                    and cell_kind(fold(more[0])) != "units":
                cells = cells + more
                end = lines[nxt].no
        if not tail:  # one unit column between text columns: the row's first unit cell after its text
            at = next((j for j in range(2, len(cells)) if cell_kind(fold(cells[j])) == "units"), None)
            if at is None:
                continue
            cells, tail = cells[: at + 1], [v for v in cols.values() if v in _UNIT_ROLE_NAMES]
        if len(cells) < len(tail) + 2:
            continue
        values = cells[len(cells) - len(tail):]
        if cell_kind(fold(next(v for v, r in zip(values, tail) if r in _UNIT_ROLE_NAMES))) != "units":
            continue  # (a later unit cell may hold a class phrase or be cut by the page)
        unit_cells: dict[str, list[str]] = {}
        for v, r in zip(values, tail):
            if r != "text":
                unit_cells.setdefault(r, []).append(compact(v) if r == "deadline" else fold(v))
        roles = _roles_from_cells(unit_cells, convention.first_leads, "lead" in cols.values(),
                                  "cooperate" in cols.values(), convention)
        if lead_listed(cols):
            roles.cooperate = [u for u in roles.cooperate if u not in roles.lead]
        if roles.empty:
            continue
        text = compact(" ".join(cells[1 : len(cells) - len(tail)]))
        out.append(task_record(issue, doc, text, roles, ln.no, end, ln.no, "table_spaced", cells[0]))
    return out


def _run_on(lines, taken, j: int) -> list[str] | None:
    """The cells of lines[j] where it runs a spaced row on: a line no other row took, untabbed, not blank, no row number
    opening it; else None."""
    if j >= len(lines) or lines[j].no in taken or "\t" in lines[j].text or lines[j].blank:
        return None
    more = lines[j].raw.split()
    return None if more[0].isdigit() else more


def _closing_text_column(cells: list[str], cols: dict[int, str]) -> tuple[list[str], dict[int, str]] | None:
    """A header's unit columns, a lead's and its partners', followed by one text column ("发起部门 配合部门 抽查检查" ⏎ "模式",
    tasks40's 长治 双随机 plan, its header wrapped over eight lines): the unit cells stand before the row's last cell."""
    last = len(cells) - 1
    if cols.get(last) is not None:
        return None
    tail = []
    for i in range(last - 1, -1, -1):
        if cols.get(i) not in _UNIT_ROLE_NAMES:
            break
        tail.insert(0, cols[i])
    return (tail + ["text"], cols) if {"lead", "cooperate"} <= set(tail) else None


# ---- a table flowing as one paragraph, its cells parted by spaces, no row numbers ------------------------

# a 完成时间 cell: "持续开展", "7月底前制定", "12月底前完成新能源汽车更换", "长期坚持", "年底前"
_DEADLINE_CELL = re.compile(r"^(?:持续开展|持续推进|长期坚持|常态化?(?:开展|推进)?|立行立改|(?:20\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?前?"
                            r"[\u4e00-\u9fff]{0,14}|(?:年底|年内|上半年|下半年)(?:前)?[\u4e00-\u9fff]{0,14})$")


def _flowing_header(cells: list[str]) -> tuple[int, list[str]] | None:
    """Where a header "工作任务和内容 责任单位 配合单位 完成时间" ends among a line's space-parted cells, and its unit roles."""
    for i in range(len(cells)):
        for w in (3, 4, 5):
            window = [compact(fold(c)) for c in cells[i:i + w]]
            cols = _column_roles(window) if len(window) == w else {}
            if len(cols) == w and cols[0] == "text" and cols[w - 1] == "deadline" \
                    and all(cols[j] in _UNIT_ROLE_NAMES for j in range(1, w - 1)):
                return i + w, [cols[j] for j in range(1, w - 1)]
    return None


def _flowing_units(text: str) -> list[str] | None:
    units, generic = split_units(fold(text))
    return units if units and len(units) <= 6 and all(is_unit(u) for u in units) and cell_kind(fold(text)) == "units" else None


def flowing_row_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """A table whose rows run on as one paragraph, cells parted by spaces and no row numbers ("…职责清单 工作任务和内容
    责任单位 配合单位 完成时间 负责全县…公开曝光. ⏎ 县委宣传部 持续开展 负责大气污染…检查考核工作. 县委县政府 督查室 持续开展 …",
    tasks50's 监利, https://www.wanglu.net/thread/t4-381931-0.html): after the header, each row is its duty text, then a
    unit cell — one or two space-parted pieces (a cell wrapped inside the table: "县交通 运输局") — then a 完成时间 cell.
    A sole unit answers for its row (the 配合单位 cell printed empty)."""
    out = []
    for k, ln in enumerate(lines):
        if ln.blank or ln.no in taken:
            continue
        cells = ln.raw.split()
        header = _flowing_header(cells) if 3 <= len(cells) else None
        if not header:
            continue
        start, _roles = header
        toks = [(ln.no, c) for c in cells[start:]]
        for nxt in lines[k + 1:k + 8]:
            if nxt.no in taken:
                break
            toks += [(nxt.no, c) for c in nxt.raw.split()]
        duty: list[tuple[int, str]] = []
        j = 0
        while j < len(toks):
            cell = None
            for width in (1, 2):
                if duty and j + width < len(toks) and _DEADLINE_CELL.match(compact(fold(toks[j + width][1]))):
                    units = _flowing_units("".join(t for _, t in toks[j:j + width]))
                    if units and not re.search(r"[。.；;，,]$", toks[j][1]):
                        cell = (units, width)
                        break
            if cell is None:
                duty.append(toks[j])
                j += 1
                continue
            units, width = cell
            roles = Roles()
            roles.add("lead" if len(units) == 1 else "cooperate", units, [])
            text = compact("".join(t for _, t in duty))
            if len(text) >= 6:
                out.append(task_record(issue, doc, text, roles, duty[0][0], toks[j][0], toks[j][0], "table_flowing", None))
            duty = []
            j += width + 1
    return out


# ---- key-value tables: one task per block of label cells ------------------------------------------

def _label_cell(ln: Line) -> tuple[str, str] | None:
    """(role of the label, value) of a two-cell row "牵头单位: | 市城市管理综合执法局 |"."""
    row = [c.strip() for c in ln.text.split("\t")]
    if len(row) != 2 or not row[1]:
        return None
    label = compact(row[0]).rstrip(":：")
    role = _column_roles([label]).get(0)
    return (role, row[1]) if role else None


def _bare_label(lines: list[Line], k: int) -> tuple[str, str, int] | None:
    """(role, value, index of the value's line) of a label printed alone on its line with its value on the next
    ("具体任务" ⏎ "全面落实…" ⏎ "责任单位" ⏎ "卫健局、文旅局"): a key-value table that lost its cells."""
    label = compact(lines[k].text).rstrip(":：")
    role = _column_roles([label]).get(0) if 2 <= len(label) <= 8 and "\t" not in lines[k].text else None
    if role not in ("text", "lead", "cooperate", "responsible", "deadline"):
        return None
    j = k + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    # (a few blank lines between, one of them holding only a no-break space, as a converted cell leaves: "整改任务" ⏎ "" ⏎ " " ⏎ ""
    # ⏎ "河长巡查流于形式。…" (fresh41's 成安 销号公示))
    if j >= len(lines) or j - k > 4 or "\t" in lines[j].text:
        return None
    value = compact(lines[j].text)
    # (a bracket opening the next line is the label's legend, not its value: "责任部门" ⏎ "(加*号为牵头部门," ⏎ "其余为参与部门)"
    # (fresh58's 闵行 任务分工 header, one cell a line))
    if value[:1] in "(（":
        return None
    if _column_roles([value.rstrip(":：")]) or (role == "text" and len(value) < 6):
        return None  # the next line is another label: a header printed one cell per line, not a record
    return role, lines[j].text, j


def _label_at(lines: list[Line], k: int) -> tuple[str, str, int] | None:
    """(role, value, index of the value's last line) of a label cell row or a bare label line, else None."""
    if "\t" in lines[k].text:
        cell = _label_cell(lines[k])
        return (cell[0], cell[1], k) if cell else None
    return _bare_label(lines, k)


def label_cell_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    """A table of label cells, one task per block ("重点工作: | 135.统筹… |" ⏎ "牵头单位: | X |" ⏎
    "配合单位: | Y |"), or the same labels printed alone on their lines, each over its value: the text cell is the
    task, the unit cells say who leads and cooperates."""
    out = []
    convention = document_convention(compact(ln.text) for ln in lines)
    k = 0
    while k < len(lines):
        cell = _label_at(lines, k)
        if not cell or cell[0] != "text":
            k += 1
            continue
        text, first, units, last = compact(cell[1]), k, {}, cell[2]
        j = cell[2] + 1
        while j < len(lines) and j - last <= 2:
            nxt = _label_at(lines, j)
            if nxt and nxt[0] == "text":
                break
            if nxt and nxt[0] in ("lead", "cooperate", "responsible", "deadline"):
                units.setdefault(nxt[0], []).append(_cell_units(fold(nxt[1])) if nxt[0] != "deadline" else compact(nxt[1]))
                last = j = nxt[2]
            j += 1
        roles = _roles_from_cells(units, convention.first_leads, "lead" in units, "cooperate" in units, convention)
        if not roles.empty:
            out.append(task_record(issue, doc, text, roles, lines[first].no, lines[last].no, lines[last].no, "table",
                                   _item_id(doc, lines[first].no)))
        k = max(j, k + 1)
    return out


# ---- a table run together into one paragraph -------------------------------------------------------

# "…责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为…。2021年2月底前,…达90%以上。市委宣传部(市文明办)、
# 市城管委,…,各区(市)县政府(管委会)2完善生活垃圾回收利用体系,…" (成都, a document-sharing site's text): the header's cells
# glued after 序号, then each row glued to the next: its number, its text cells, and the unit cell closing it
_GLUED_HEADER = re.compile(r"序号(?P<cols>[\u4e00-\u9fff]{4,40}?)(?=1(?!\d)[\u4e00-\u9fff])")
# (glued as printed: a header printed with spaces between its cells is a spaced table's, whose first row a reader may
# have joined to it, "序号 类别 主要任务 … 责任单位1 加强…")
_GLUED_AS_PRINTED = re.compile(r"序[号號](?:\S(?!序[号號])){4,80}?[1１](?!\d)")
# a page number a site glues to the page's first characters ("市" ⏎ "2、住建局": 市住建局 broken by page 2's number)
_PAGE_NO = re.compile(r"^\d{1,3}、")
_SENTENCE_END = re.compile(r".*[。；;]")


def _stream(lines: list[Line], k: int) -> tuple[str, list[tuple[int, int]]]:
    """The text of lines k… run together (a page number starting a line cut mid-cell dropped), with the offset at
    which each line starts, as (offset, line index)."""
    text, starts = "", []
    for j in range(k, len(lines)):
        c = compact(lines[j].text)
        if not c:
            continue
        if text and not re.search(r"[。；;]$", text):
            c = _PAGE_NO.sub("", c)
        starts.append((len(text), j))
        text += c
    return text, starts


# (a unit may print its other name in brackets after it: 市委宣传部(市文明办))
_OWN_BRACKET = re.compile(r"[（(][^（）()]{2,12}[）)](?=[、，,；;]|$)")


def _unit_cell(cell: str) -> str | None:
    """The unit cell closing a row's cells: what follows its last sentence end, when that is a list of units."""
    units = _SENTENCE_END.sub("", cell)
    return units if units != cell and _unit_list(_OWN_BRACKET.sub("", units)) else None


def glued_rows(text: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end of text cells, units) of each numbered row from offset `at`: row n runs to the first n+1 that
    closes a unit cell (a digit inside the text, 2021年2月, closes none); a row with no unit cell ends the table."""
    rows, n = [], 1
    while re.match(rf"{n}(?!\d)", text[at:]):
        body = at + len(str(n))
        end = None
        for m in re.finditer(rf"(?<!\d){n + 1}(?!\d)", text[body:]):
            if units := _unit_cell(text[body : body + m.start()]):
                end = body + m.start()
                break
        if end is None:  # the last row: its unit cell ends the text
            units, end = _unit_cell(text[body:]), len(text)
            if not units:
                break
        rows.append((body, end - len(units), units))
        at, n = end, n + 1
    return rows


def run_together_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """Rows of a table run together into one paragraph (_GLUED_HEADER, glued_rows), read as its unit column says."""
    out = []
    convention = document_convention(compact(ln.text) for ln in lines)
    for k, ln in enumerate(lines):
        m = _GLUED_HEADER.search(compact(ln.text)) if _GLUED_AS_PRINTED.search(ln.raw) else None
        label = m and max((l for l in _ALL_ROLE_LABELS if l in m["cols"]), key=len, default=None)
        if not label or ln.no in taken:
            continue
        text, starts = _stream(lines, k)
        line_at = lambda off: lines[max(j for s, j in starts if s <= off)].no
        for body, units_at, units in glued_rows(text, m.end()):
            roles = parse_roles(f"{label}：{units}", convention)
            if not roles.empty:
                end = line_at(units_at + len(units) - 1)
                out.append(task_record(issue, doc, text[body:units_at], roles, line_at(body), end, line_at(body),
                                       "table_run_together", _item_id(doc, ln.no)))
        break
    return out
