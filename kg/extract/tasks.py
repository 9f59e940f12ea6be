"""Tasks with their lead (牵头) and cooperating (配合) units, from notes, tables and duty sentences.

Finders, tried on every document in this order; each returns task records with provenance:
1. `note_tasks`: a parenthesised note closing an item — （X牵头，Y按职责分工负责）, （责任单位：…）;
2. `block_tasks`: a note on its own line after a section — 责任部门：X牵头，Y配合。;
3. `table_tasks`: flattened tables with 牵头/配合/责任/协办 columns (tab rows or one cell per line);
4. `sentence_tasks`: duty sentences — 区X负责…, 区X：负责…, 区X要…, 由X牵头，Y配合/参加.
"""

from __future__ import annotations

import re

from kg.extract.base import CELL_LINE as _CELL_LINE, doc_lines, pipe_cell_rows, section_titles, source, table_rows
from kg.extract.units import (BOLD_REMARK, ROLE_LABELS, Convention, Roles, document_convention, has_role_cue, is_generic,
                              is_unit, parse_roles, split_units)
from kg.model import Document, Line
from kg.parse.normalize import compact, fold, printed_form
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["extract_tasks", "trailing_note", "task_record"]

_OPEN, _CLOSE = "（(〔[【［", "）)〕]】］"


def trailing_note(text: str) -> tuple[str, str] | None:
    """Split "item text（note）。" into (item text, note) when the line ends with a bracketed note."""
    s = text.rstrip("。.；; ")
    if not s or s[-1] not in _CLOSE:
        return None
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] in _CLOSE:
            depth += 1
        elif s[i] in _OPEN:
            depth -= 1
            if depth == 0:
                note = s[i + 1 : -1]
                if not has_role_cue(note) or len(note) > 200:
                    return None
                return s[:i], note
    return None


def _open_note(text: str) -> bool:
    """True when the line opens a responsibility note it does not close."""
    i = max(text.rfind("（"), text.rfind("("))
    return i >= 0 and not re.search(r"[）)]", text[i:]) and has_role_cue(text[i:] + "牵头" if len(text) - i < 6 else text[i:])


_TAIL_LABEL = re.compile(r"[。；;]\s*(?P<note>(?:责任单位|责任部门|牵头单位|牵头部门)[:：].{2,200})$")


def labelled_tail(text: str) -> tuple[str, str] | None:
    """"X产业。责任单位：区工信局、区发改局" — a labelled note closing a line without brackets."""
    m = _TAIL_LABEL.search(text.rstrip("。"))
    return (text[: m.start() + 1], m["note"]) if m else None


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
        break
    return k


def note_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    out = []
    # "标黑体的为牵头部门" printed once covers every note of the document: the bold is lost in text.
    bold_doc = any(BOLD_REMARK.search(compact(ln.text)) for ln in lines)
    convention = document_convention(compact(ln.text) for ln in lines)
    skip_until = -1
    for k, ln in enumerate(lines):
        if "\t" in ln.text or ln.no <= doc.title_line_end or k <= skip_until:
            continue
        c = compact(ln.text)
        end_k = k
        # A note broken by a page break: "…（牵头部" ⏎ ⏎ "门:区地方金融监管局…）"
        j = k
        while _open_note(c) and j + 1 < len(lines) and j - k < 4:
            j += 1
            if lines[j].blank:
                continue
            if "\t" in lines[j].text or match_heading(lines[j].text):
                break
            c += compact(lines[j].text)
            end_k = j
        # "(一)…(省发改委负责)(二)…(省财政厅主办,省国税局协办)": several items, each with its note, on one line
        segments = [x for x in _NEXT_ITEM.split(c) if x]
        for n, seg in enumerate(segments):
            split = trailing_note(seg) or labelled_tail(seg)
            if not split:
                continue
            skip_until = end_k
            ln_end = lines[end_k]
            item, note = split
            roles = parse_roles(note, convention)
            if roles.empty:
                continue
            if bold_doc and "牵头" not in note:
                roles.lead_unrecoverable = True
                roles.cooperate, roles.lead = roles.lead + roles.cooperate, []
            start = k
            if n == 0 and len(compact(item)) < 6:  # the note stands on a line of its own: the item is above it
                j = k - 1
                while j >= 0 and lines[j].blank:
                    j -= 1
                if j < 0:
                    continue
                start = _item_start(lines, j)
                item = "".join(compact(x.text) for x in lines[start:k] if not x.blank)
            elif n == 0:
                start = _item_start(lines, k)
                if start != k:
                    item = "".join(compact(x.text) for x in lines[start:k] if not x.blank) + item
            rec = task_record(issue, doc, item, roles, lines[start].no, ln_end.no, ln.no, "note",
                              _item_id(doc, lines[start].no))
            if len(segments) > 1:
                rec["id"] = f"{rec['id']}.{n}"
                rec["source"]["text"] = printed_form(seg, "".join(x.raw for x in lines[k : end_k + 1]))
            out.append(rec)
    return out


_NEXT_ITEM = re.compile(r"(?<=[）)])(?=[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d))")


_BLOCK_LABELS = "|".join(sorted((l for r in ("lead", "cooperate", "responsible") for l in ROLE_LABELS[r]), key=len, reverse=True))
_BLOCK = re.compile(rf"^({_BLOCK_LABELS})[:：](?P<rest>.+)$")


def _item_notes(doc: Document, note_lines: list[int]) -> bool:
    """True when the labelled notes follow single items (one note between two headings of the deepest
    level) rather than closing whole sections of several items."""
    if len(note_lines) < 2:
        return True
    for a, b in zip(note_lines, note_lines[1:]):
        if len([h for h in doc.outline if a < h.line < b]) > 1:
            return False
    return True


def block_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    out = []
    convention = document_convention(compact(ln.text) for ln in lines)
    notes = [ln.no for k, ln in enumerate(lines) if _BLOCK.match(compact(ln.text)) and "\t" not in ln.text
             and not (k > 0 and _BLOCK.match(compact(lines[k - 1].text))
                      or k > 1 and lines[k - 1].blank and _BLOCK.match(compact(lines[k - 2].text)))]
    per_item = _item_notes(doc, notes)
    joined_into = set()
    for k, ln in enumerate(lines):
        c = compact(ln.text)
        m = _BLOCK.match(c)
        if not m or "\t" in ln.text or k in joined_into:
            continue
        # "牵头单位：X" ⏎ "责任单位：Y": label lines that follow each other are one note
        end_k = k
        for j in range(k + 1, min(k + 5, len(lines))):
            if lines[j].blank:
                continue
            if _BLOCK.match(compact(lines[j].text)) and "\t" not in lines[j].text:
                c = c.rstrip("。；;，,") + "；" + compact(lines[j].text)
                joined_into.add(j)
                end_k = j
                continue
            break
        roles = parse_roles(c.rstrip("。"), convention)
        if roles.empty:
            continue
        # The item or section this note closes: back to the nearest heading of the outline (the item's
        # own where every item has its note, else the section's).
        path = [h for h in doc.outline if h.line < ln.no]
        head = path[-1] if path else None
        for h in reversed(path):
            if h.level <= 2 and not per_item:
                head = h
                break
        start = head.line if head else ln.no
        text = "".join(compact(x.text) for x in issue.span(start, min(start, ln.no)))
        out.append(task_record(issue, doc, text, roles, start, lines[end_k].no, ln.no, "block", _item_id(doc, start)))
    return out


# ---- tables ---------------------------------------------------------------------------------------

_TEXT_COLS = ("重点工作", "任务说明", "任务细化", "主要内容", "工作举措", "具体任务", "工作任务", "主要任务", "任务", "工作措施", "具体措施", "重点任务", "工作内容", "事项",
              "内容", "指标", "事件类型", "名称", "改革事项", "目标任务")
_ALL_ROLE_LABELS = {l: r for r, ls in ROLE_LABELS.items() for l in ls}


_PERSON_COL = re.compile(r"(?:领导|责任人|联系人|负责人|分管|包保|县级|区级|市级)(?:领导)?$|^(?:分管|责任|包联|挂包)领导")


def _column_roles(header: list[str]) -> dict[int, str]:
    cols = {}
    for i, h in enumerate(header):
        h = h.replace("（", "(").split("(")[0]
        if _PERSON_COL.search(h):
            cols[i] = "person"  # 分管领导 / 总责任人 / 联系人: people, never units
            continue
        for label, role in sorted(_ALL_ROLE_LABELS.items(), key=lambda x: -len(x[0])):
            if h == label or (h.endswith(label) and len(h) <= len(label) + 4):
                cols[i] = role
                break
        else:
            if any(h.endswith(t) for t in _TEXT_COLS) and len(h) <= 8:
                cols[i] = "text"
            elif h in ("序号", "序"):
                cols[i] = "no"
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
                else:
                    roles.add("cooperate", inner.cooperate, inner.generic_cooperate)
            elif role == "deadline":
                roles.deadline = v
    return roles


def _cell_units(raw_cell: str) -> str:
    """A table cell as a unit list: spaces between units become 、 (区卫计局 (区疾控中心) 区教体局)."""
    if len(re.findall(r"[:：]", raw_cell)) >= 2 and re.search(r"[;；]", raw_cell):
        # a numbered sub-list: "1 健康家庭: 各镇办; 2 健康企业、机关(单位): 区总工会; …" → the units after each colon
        raw_cell = " ".join(re.split(r"[:：]", seg)[-1] for seg in re.split(r"[;；]", raw_cell) if re.search(r"[:：]", seg))
    # "区卫计局 (区疾控中心) 区教体局", "区卫计局（区疾控中心） 区爱卫办": the executing body in brackets is a unit too
    raw_cell = re.sub(r"[（(][^（）()]*[)）]", lambda m: re.sub(r"\s+", "", m[0]), raw_cell)  # "(区 卫生局…)"
    raw_cell = re.sub(r"\s*([（(][^（）()]{2,20}[)）])\s*", r" \1 ", raw_cell)
    parts = [p for p in re.split(r"[ \u3000]+", raw_cell.strip()) if p]
    out = []
    for p in parts:
        bracketed = out and out[-1][0] in "（("
        if out and not bracketed and (not is_unit(out[-1]) and not is_generic(out[-1]) or p[0] in "（(" and not is_unit(out[-1])):
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


def _score_column(header: list[str]) -> int | None:
    """The one 权重分值 / 分值 column of a scoring table, if any: rows that lost or gained empty cells
    (merged 指标分类 cells, a stray trailing tab) are aligned on it."""
    found = [i for i, h in enumerate(header) if re.search(r"分值|权重|分数", h) and len(h) <= 6]
    return found[0] if len(found) == 1 else None


def _score_shift(row: list[str], score_col: int) -> int | None:
    """How far a row's cells sit from the header's, judged by its score cell (a bare number)."""
    nums = [j for j, c in enumerate(row) if re.fullmatch(r"\d{1,3}(?:\.\d)?", compact(c))]
    return nums[-1] - score_col if nums else None


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
            for i, role in cols.items():
                if shift is not None:  # aligned on the row's score cell
                    idx = i + shift
                else:
                    idx = i if vertical or len(row) == len(header) else i - (len(header) - len(row))
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
        c = compact(ln.text)
        if ln.no not in taken and prev is not None and _unit_list(c) and not _unit_list(compact(lines[prev].text)):
            roles = parse_roles(f"{label}：{c}", convention)
            if not roles.empty:
                out.append(task_record(issue, doc, compact(lines[prev].text), roles, lines[prev].no, ln.no, ln.no,
                                       "table_bare", _item_id(doc, lines[prev].no)))
        prev = k
    return out


_BARE_HEADERS = {"责任单位", "责任部门", "牵头单位", "牵头部门", "责任主体"}


# ---- duty sentences -------------------------------------------------------------------------------

_SUBJECT = re.compile(
    r"(?:^|[。；;：:]|^\d+[.．、]|^[（(][一二三四五六七八九十\d]+[）)])"
    r"(?P<subj>(?:由)?(?:[\u4e00-\u9fffA-Za-z0-9（）()]{2,40}?))"
    r"(?P<verb>牵头负责|负责|要|：负责|:负责|：|:|是[^。]{0,20}牵头(?:实施)?(?:单位|部门))"
)
_LED_BY = re.compile(r"由(?P<lead>[^，,。；;]{2,80}?)(?:负责)?牵头(?:负责)?[，,](?P<coop>[^，,。；;]{2,120}?)(?P<verb>配合|参加|参与|共同推进|协助)")
_LED_ONLY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:负责)?牵头")
_JOINT = re.compile(r"^(?P<lead>[^，,。；;]{2,30}?)会同(?P<coop>[^，,。；;]{2,120}?)(?=[，,]|按照|制定|做好|开展|抓好|研究)")


def _units_only(text: str) -> tuple[list[str], list[str]] | None:
    u, g = split_units(text)
    if not u and not g:
        return None
    if any(not (is_unit(x) or re.search(r"(发展改革|财政|部门)$", x)) for x in u):
        return None
    return u, g


_SUBJECT_AT_START = re.compile(
    r"^(?P<subj>[^，,。；;：:“”《》]{2,60}?)(?P<verb>：负责|:负责|牵头负责|具体负责|负责|牵头(?=做好|抓好|推进|开展|制定|组织|落实)|要|将(?=对|根据|依据|会同|定期|适时|加强|及时)|是[^。，]{0,20}牵头(?:实施)?(?:单位|部门|机构)|[：:])"
)
_SUBJECT_IN_CLAUSE = re.compile(r"^(?P<subj>[^，,。；;：:“”《》]{2,40}?)(?P<verb>牵头负责|负责|要)")
# "一是由承担总部经济发展任务的各责任单位根据部门职能…": 由 + units + the verb of the duty
_BY_UNITS = re.compile(r"^(?:[一二三四五六七八九十]是)?由(?P<subj>[^，,。；;由]{2,40}?)(?:根据|按照|负责|组织|统筹|综合|汇总|审核)")


_DISTRIBUTIVE = re.compile(r"分别由(?P<units>[^，,。；;由]{2,80}?)(?:牵头)?(?:具体)?负责")
_CHARGED_BY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:具体|统一|牵头)?负责(?![人同])")


def _led_by(sent: str) -> Roles | None:
    """由X牵头，Y配合/参加/共同推进."""
    m = _LED_BY.search(sent)
    if not (m and _units_only(m["lead"])):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(m["lead"]))
    if _units_only(m["coop"]):
        roles.add("cooperate", *_units_only(m["coop"]))
    return roles


def _joint(sent: str) -> Roles | None:
    """X会同Y…: X leads, Y cooperates."""
    m = _JOINT.search(sent)
    if not (m and _units_only(m["lead"]) and _units_only(m["coop"])):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(m["lead"]))
    roles.add("cooperate", *_units_only(m["coop"]))
    return roles


def _distributive(sent: str) -> Roles | None:
    """分别由A、B、C负责: each leads its own part, so all lead."""
    m = _DISTRIBUTIVE.search(sent)
    if not (m and _units_only(m["units"])):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(m["units"]))
    return roles


def _led_only(sent: str) -> Roles | None:
    """由X牵头 (no cooperating units named)."""
    m = _LED_ONLY.search(sent)
    if not (m and _units_only(m["lead"])):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(m["lead"]))
    return roles


def _by_units(sent: str) -> Roles | None:
    """一是由X根据/按照/负责…: the units opening the sentence with 由."""
    m = _BY_UNITS.match(sent)
    if not (m and _units_only(m["subj"])):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(m["subj"]))
    return roles


def _charged_by(sent: str) -> Roles | None:
    """…由X负责 anywhere in the sentence ("项目资金的申报审核由县财政局负责")."""
    m = _CHARGED_BY.search(sent)
    if not m:
        return None
    lead, _, coop = m["lead"].partition("会同")  # 由X会同Y负责
    if not _units_only(lead) or coop and not _units_only(coop):
        return None
    roles = Roles()
    roles.add("lead", *_units_only(lead))
    if coop:
        roles.add("cooperate", *_units_only(coop))
    return roles


def _subject(sent: str) -> Roles | None:
    """X负责… / X要… / X：负责… / X是…牵头单位 — the subject of the duty leads; X：配合… cooperates."""
    m = _SUBJECT_AT_START.match(sent)
    if not (m and _units_only(m["subj"])):
        return None
    u, g = _units_only(m["subj"])
    rest = sent[m.end():]
    roles = Roles()
    if m["verb"] in ("：", ":") and len(rest) <= 6:
        return roles
    if m["verb"] in ("：", ":") and re.search(r"配合|协助", rest) and not re.search(r"负责", rest):
        roles.add("cooperate", u, g)  # "区公安分局：提供…，配合卫计部门…"
    else:
        roles.add("lead", u, g)
    return roles


def _clause_subject(sent: str) -> Roles | None:
    """"根据…，各镇办要定向开展跟踪服务": the subject opens a later clause."""
    for clause in re.split(r"[，,]", sent)[1:]:
        m = _SUBJECT_IN_CLAUSE.match(clause)
        if m and _units_only(m["subj"]):
            roles = Roles()
            roles.add("lead", *_units_only(m["subj"]))
            return roles
    return None


# Duty-sentence styles, tried in this order; the first that reads roles wins. A new style is a new row
# here and a new example in tests/test_task_styles.py.
SENTENCE_STYLES = [
    ("led_by", _led_by),
    ("joint", _joint),
    ("distributive", _distributive),
    ("led_by", _led_only),
    ("duty_sentence", _by_units),
    ("charged_by", _charged_by),
    ("duty_subject", _subject),
    ("duty_sentence", _clause_subject),
]


def _sentence_roles(sent: str) -> tuple[Roles, str | None]:
    """The roles one sentence assigns, and the style that matched (None when it assigns none)."""
    sent = _ARTICLE.sub("", sent)  # "第四条 张店区发展和改革局负责…"
    if _INTERPRETATION.search(sent):
        return Roles(), None  # "本办法由区水务局负责解释": who interprets the text, not a task
    for name, read in SENTENCE_STYLES:
        roles = read(sent)
        if roles is None:
            continue
        if roles.empty:
            return roles, None
        if name == "duty_subject":
            m = _SUBJECT_AT_START.match(sent)
            name = "duty_colon" if m["verb"].startswith(("：", ":")) else "duty_sentence"
        return roles, name
    return Roles(), None


_BY_CLAUSE = re.compile(r"(?<=[，,])(?=由[^，,。；;由]{2,20}?(?:综合|汇总|负责|牵头|统筹|组织|审核))")
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条")
_INTERPRETATION = re.compile(r"负责(?:对本\S{0,6})?解释|解释权|授权\S{2,30}解释")


def sentence_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """Duty sentences; one line may hold several ("区X负责…；区Y负责…")."""
    out = []
    for k, ln in enumerate(lines):
        if ln.no in taken or "\t" in ln.text or ln.no <= doc.title_line_end:
            continue
        c = compact(ln.text)
        if len(c) < 8:
            continue
        h = match_heading(ln.text)
        if h and c.startswith(compact(h[1])):
            full = c[len(compact(h[1])):]  # the heading's own marker: 一、 / （一） / 1. / 第三条
        else:
            full = re.sub(r"^\S+?[、.．）)]", "", c, count=1) if h else c
        # sentences, and a "…，由X综合/负责…" clause of its own: another body's duty inside one sentence
        sentences = [x for x in re.split(r"(?<=[。；;])", full) if x]
        sentences = [y for x in sentences for y in _BY_CLAUSE.split(x) if y]
        start = _item_start(lines, k)
        for n, sent in enumerate(sentences):
            if h and n == 0 and len(sent) <= 20 and not re.search(r"负责|牵头|要", sent):
                continue  # the heading's own title ("强化组织领导。")
            roles, style = _sentence_roles(sent)
            if style is None or roles.empty:
                continue
            rec = task_record(issue, doc, sent, roles, lines[start].no, ln.no, ln.no, style, _item_id(doc, ln.no))
            rec["id"] = f"{rec['id']}.{n}"
            if len(sentences) > 1:
                # several duties on one line: the source text is this sentence as printed (after the item's
                # earlier lines), not its neighbours
                before = [x.raw.strip() for x in lines[start:k] if not x.blank]
                rec["source"]["text"] = "\n".join(before + [printed_form(sent, ln.raw)])
            out.append(rec)
    return out


def extract_tasks(issue: ParsedIssue) -> list[dict]:
    """All tasks of one issue, each with lead/cooperate units as printed and its source span."""
    out = []
    for doc, lines in doc_lines(issue):
        found = note_tasks(issue, doc, lines) + block_tasks(issue, doc, lines) + table_tasks(issue, doc, lines)
        taken = {ln for t in found for ln in range(t["source"]["line_start"], t["source"]["line_end"] + 1)}
        found += bare_cell_tasks(issue, doc, lines, taken)
        taken = {ln for t in found for ln in range(t["source"]["line_start"], t["source"]["line_end"] + 1)}
        found += sentence_tasks(issue, doc, lines, taken)
        found.sort(key=lambda t: t["line"])
        out.extend(found)
    return out
