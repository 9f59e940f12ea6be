"""Tasks with their lead (牵头) and cooperating (配合) units, from notes, tables and duty sentences.

Finders, tried on every document in this order; each returns task records with provenance:
0. `section_lead_tasks`: a section headed `(一)X牵头的工作`, X leading its duties (its 协同单位 lines read into it);
1. `note_tasks`: a parenthesised note closing an item — （X牵头，Y按职责分工负责）, （责任单位：…）, in any bracket;
2. `block_tasks`: label lines after an item or a section — 牵头单位：X ⏎ 责任单位：Y;
3. `cell_table_tasks` (cell_tables.py): tables printed one cell per line whose rows are told by their numbers
   (first: the other finders do not read their lines again), and `unit_duty_pairs` (a unit line over its duty
   line under a 部门 | 职责 header); `table_tasks` (task_tables.py): flattened tables
   with 牵头/配合/责任/协办 columns; `label_cell_tasks`: key-value tables of label cells; `bare_cell_tasks` for
   tables that lost every separator; `spaced_row_tasks` for rows printed with spaces between cells;
   `run_together_tasks` for a table run together into one paragraph, rows glued number to unit cell;
4. `sentence_tasks` (duties.py): duty sentences, a registry of named styles (`SENTENCE_STYLES`, duty_styles.py).
"""

from __future__ import annotations

import bisect
import re

from kg.extract.base import doc_lines
from kg.extract.cell_tables import cell_table_tasks, unit_duty_pairs
from kg.extract.duties import sentence_tasks
from kg.extract.joint_headlines import without_restated_headlines
from kg.extract.duty_styles import SENTENCE_STYLES
from kg.extract.task_record import _item_id, _item_start, task_record
from kg.extract.starred_rows import starred_row_tasks
from kg.extract.task_tables import (bare_cell_tasks, flowing_row_tasks, label_cell_tasks, run_together_tasks,
                                    spaced_row_tasks, table_tasks)
from kg.extract.units import (BOLD_REMARK, ROLE_LABELS, Roles, document_convention, has_role_cue, is_generic, is_unit,
                              parse_roles, split_units, states_convention_only)
from kg.model import Document, Line
from kg.parse.normalize import compact, printed_form
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["extract_tasks", "trailing_note", "task_record", "SENTENCE_STYLES"]

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
                if not has_role_cue(note) or len(note) > 200 or states_convention_only(note):
                    return None
                return s[:i], note
    return None


# a bare list of units in brackets closing a sentence, no role word in it, where the document says the first listed
# leads ("(农牧业厅、发展改革委、财政厅等。列第一位者为牵头部门,其他有关部门按职责分工负责,下同)" and then "…依法征收草原
# 植被恢复费。 (农牧业厅、发展改革委、财政厅、国土资源厅等)", fresh20's 内蒙古): the 下同 notes are notes too
def listed_note(text: str) -> tuple[str, str] | None:
    """Split "item text。（A、B、C等）" into (item text, note) when the brackets hold named units only."""
    s = text.rstrip("。.；; ")
    m = re.search(r"[。；;]\s*[（(](?P<note>[^（）()]{2,120})[）)]$", s)
    if not m:
        return None
    units, generic = split_units(m["note"])
    if len(units) < 2 or any(x not in ("等", "等部门", "等单位") for x in generic) or not all(is_unit(x) for x in units):
        return None
    return s[: m.start() + 1], m["note"]


def _open_note(text: str) -> bool:
    """True when the line opens a responsibility note it does not close."""
    i = max(text.rfind("（"), text.rfind("("))
    return i >= 0 and not re.search(r"[）)]", text[i:]) and has_role_cue(text[i:] + "牵头" if len(text) - i < 6 else text[i:])


# "。责任单位：…" and "。【牵头单位】X【责任单位】Y" (labels printed in brackets); also a bracketed note the page cut
# before its close ("…(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、", 湖北), in any opening bracket and
# with whole bracketed words inside ("〔牵头单位:…;配合单位:…,各县(区)人民", 河池): the whole note, not its last field
_TAIL_LABEL = re.compile(r"(?:[。；;]\s*|[（(〔](?=(?:[^（）()〔〕]|[（(][^（）()〔〕]*[）)])*$))(?P<note>(?:[【\[［]\s*)?(?:责任单位|责任部门|牵头单位|牵头部门|部门分工|实施机构)"
                         r"(?:[:：]|\s*[】\]］][:：]?).{2,200})$")


def labelled_tail(text: str) -> tuple[str, str] | None:
    """"X产业。责任单位：区工信局、区发改局" — a labelled note closing a line without brackets."""
    m = _TAIL_LABEL.search(text.rstrip("。"))
    if not m:
        return None
    note = m["note"]
    if m[0][0] in "（(〔":
        # the page cut the note: a last name cut with it ("(牵头单位:市发") is dropped, a whole one kept
        head, last = re.match(r"(.*[、，,；;:：]|)(.*)$", note).groups()
        if last and not is_unit(last):
            note = head
    # "责任单位:县司法局 2.深化“亩均论英雄”…改革" (a 责任分解 run together, its last item cut): the next item's number ends
    # the note, the text after it is no unit
    nxt = re.search(rf"(?:{_ITEM_NUMBER})(?=[\u4e00-\u9fff]{{2}})", note)
    if nxt and nxt.start() >= 6:
        note = note[: nxt.start()]
    return text[: m.start() + 1], note


# an unlabelled note of role clauses the page cut before its close: "…下降2.5%(分管副省长、协管副秘书长负责,省发展改革委
# 牵头,省工业和信息化厅、省" (湖南): read like a cut labelled note, the cut last name dropped
_CUT_CLAUSES = re.compile(r"[（(〔](?P<note>[^（）()〔〕]{4,200}?牵头[，,；;][^（）()〔〕]*)$")


def cut_clause_note(text: str) -> tuple[str, str] | None:
    """(item text, note) of a line ending in an open bracket of role clauses (a 牵头 clause and more after it)."""
    m = _CUT_CLAUSES.search(text.rstrip())
    if not m:
        return None
    head, last = re.match(r"(.*[、，,；;:：]|)(.*)$", m["note"]).groups()
    return text[: m.start()], (head if last and not is_unit(last) else m["note"])


# "1、地区生产总值增长6.5%;…增长5%。(市发展改革委、财政局、税务局)" (宜兴): a numbered item closed by a bracketed
# list of units after its full stop, with no role word: the units answer for the item (no lead marked)
_UNIT_LIST_NOTE = re.compile(r"[。；;][（(](?P<note>[^（）()]{4,120})[）)]$")


# (the class may be the places' governments, their inner list in brackets: "各县〔市、区〕政府", fresh51's 三门峡)
_PLACES_CLASS = re.compile(r"各(?:市|县|区|县区|县市区|市县|乡镇|镇|街道)"
                           r"(?:(?<=[市县区])[〔(（][市县区、]{1,6}[〕)）])?(?:(?:人民)?政府)?$")


def unit_list_note(text: str) -> tuple[str, str] | None:
    """An item's closing bracket of two or more named units and nothing else (not a source, credit or alias)."""
    m = _UNIT_LIST_NOTE.search(text.rstrip("。.；; "))
    if not m:
        return None
    units, generic = split_units(m["note"])
    # (a class of places closing the list is kept: "(省发展改革委,省工业和信息化厅、省交通运输厅,大湾区内地各市)", fresh16's
    # 大湾区 plan, whose document says its first unit leads; one named body beside the places' governments, a class of
    # bodies, is enough, as in fresh51's 三门峡 "1.地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)": it cooperates, the
    # class generic, fresh35's rule — beside bare places, "(省发展改革委,大湾区内地各市)", it stays no list)
    governments = bool(generic) and all(g.endswith("政府") for g in generic)
    if len(units) < (1 if governments else 2) or not all(map(is_unit, units)) \
            or not all(_PLACES_CLASS.search(g) for g in generic):
        return None
    if "、".join(units + generic) != re.sub(r"[，,]", "、", m["note"]):
        return None
    return text[: m.start() + 1], m["note"]


# a page flattened onto one line opens with its title and runs on into its items (fresh49's 豫政〔2023〕5号, "河南省人民政府
# 关于明确…责任单位的通知 豫政〔2023〕5号 现将…(省发展改革委牵头,省商务厅、…按职责分工负责) 2.…"): the title line is read
# past the title, as sentence_tasks reads it (duties.py's _RUN_ON)
_RUN_ON = 40


def _runs_on_title(doc: Document, ln: Line) -> bool:
    c, t = compact(ln.text), compact(doc.title or "")
    return bool(t) and len(c) > len(t) + _RUN_ON and c.startswith(t)


def note_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    out = []
    # "标黑体的为牵头部门" printed once covers every note of the document: the bold is lost in text.
    bold_doc = any(BOLD_REMARK.search(compact(ln.text)) for ln in lines)
    convention = document_convention(compact(ln.text) for ln in lines)
    skip_until = -1
    headed: dict[str, set[str]] = {}  # a heading's title → the units its note names as 牵头
    for k, ln in enumerate(lines):
        if k <= skip_until or ln.no <= doc.title_line_end and not _runs_on_title(doc, ln):
            continue
        c = heading_labels(compact(ln.text))
        if ln.no <= doc.title_line_end:
            c = c[len(compact(doc.title)):]  # (a page flattened to one line: its items past the title)
        # a tab marks a table row, read by the table finders; a flattened guide whose tabs only space out its
        # fields (two or more labelled role fields on the line) is read here
        if "\t" in ln.text and not fielded_items(c):
            continue
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
        if end_k == k:
            c = _note_of_line_before(issue, doc, lines, k, c, convention, out)
        # "(一)…(省发改委负责)(二)…(省财政厅主办,省国税局协办)": several items, each with its note, on one line
        segments = [x for x in _NEXT_ITEM.split(c) if x]
        if len(segments) == 1 and end_k == k:
            segments = fielded_items(c) or closed_duties(c) or segments
        elif end_k == k and not any(trailing_note(x) or labelled_tail(x) for x in segments):
            # items cut at a bracket closing a sentence ("…(夏令时)2.…") that hold no note there: the line's
            # labelled fields, if it has two or more, are its notes
            segments = fielded_items(c) or segments
        for n, seg in enumerate(segments):
            split = (trailing_note(seg) or labelled_tail(seg) or (unit_list_note(seg) if match_heading(ln.text) else None)
                     or inline_label_note(seg)
                     or (cut_clause_note(seg) if n == len(segments) - 1 and end_k == len(lines) - 1 else None)
                     or (listed_note(seg) if convention.first_leads else None))
            if not split:
                continue
            skip_until = end_k
            ln_end = lines[end_k]
            item, note = split
            if n == 0 and ln.no <= doc.title_line_end and (at := [m.start() for m in re.finditer(_ITEM_NUMBER, item)]):
                item = item[at[-1]:]  # (the flattened page's body before its first item is no part of the item)
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
            if match_heading(ln.text) and "牵头" in note and roles.lead and not roles.cooperate:
                headed[rec["section"][-1] if rec.get("section") else ""] = set(roles.lead)
            elif not roles.lead and roles.cooperate and "牵头" not in note:
                _heading_leads(rec, headed)
            if len(segments) > 1:
                rec["id"] = f"{rec['id']}.{n}"
                rec["source"]["text"] = printed_form(seg, "".join(x.raw for x in lines[k : end_k + 1]))
            out.append(rec)
    return out


def _heading_leads(rec: dict, headed: dict[str, set[str]]) -> None:
    """An item's plain 责任单位 list under a heading whose note names its leads: "一、整治提升村容村貌(县委农办、县农业农村局、县市容环境
    卫生服务中心牵头)" ⏎ "1.提升村庄公共环境。…(责任单位:县委农办、县农业农村局、县市容环境卫生服务中心)" (tasks142's 金乡,
    http://www.jinxiang.gov.cn/art/2020/4/17/art_68443_83.html; its gold: the three lead the item too) — a list naming exactly the
    heading's leads is theirs to lead; a list naming others beside them stays a plain list (who leads it is not printed)."""
    names = {u["name"] for u in rec["cooperate"]}
    if any(headed.get(t) == names for t in rec.get("section", [])[:-1]) and not rec["generic_cooperate"]:
        rec["lead"], rec["cooperate"] = rec["cooperate"], []


# a line of items each closed by its note, whose last item's note is printed at the head of the next line: "…取水量降低20%。(市节水办、
# 市经委牵头)耕地保有量保持在国务院确定的我市2010年耕地保有量面积。" ⏎ "(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)…"
# (fresh38's 天津 十一五 target split; its README: the note is that target's)
_LEADING_NOTE = re.compile(r"^\s*[（(](?P<note>[^（）()]{2,60})[）)](?=\S)")


def _note_of_line_before(issue: ParsedIssue, doc: Document, lines: list[Line], k: int, c: str, convention, out: list[dict]) -> str:
    """The line's text without a leading note that closes the last item of the line before (its task added to out)."""
    m = _LEADING_NOTE.match(c)
    if not (m and has_role_cue(m["note"]) and k):
        return c
    j = k - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    prev = compact(lines[j].text) if j >= 0 else ""
    items = closed_duties(prev) if prev.endswith(("。", "；", ";")) else None
    if not items or trailing_note(items[-1]) or labelled_tail(items[-1]) or len(compact(items[-1])) < 6:
        return c
    roles = parse_roles(m["note"], convention)
    if roles.empty:
        return c
    rec = task_record(issue, doc, items[-1], roles, lines[j].no, lines[k].no, lines[k].no, "note", _item_id(doc, lines[j].no))
    rec["id"] = f"{doc.id}:t{lines[j].no}.{len(items) - 1}"
    rec["source"]["text"] = printed_form(items[-1] + m[0].strip(), lines[j].raw + lines[k].raw)
    out.append(rec)
    return c[m.end():]


# "完善食品安全标准管理制度,…跟踪评价。(区卫生健康委负责)严格贯彻落实农药残留限量新标准…意见。(区农业农村局负责)"
# (贵池): duties run together on one line, each closed by its own note after its full stop; the line is cut after
# each note that more text follows
# (and in 〔〕, longer: "…明确禁止和限制发展的行业、生产工艺和产业目录。〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与,
# 各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕按省的要求,…(市生态环境局、市场监管局牵头,…参与)"
# (tasks107's 潮州 蓝天保卫战 方案, https://cntfj.com/news/12190.html))
_CLOSING_NOTE = re.compile(r"[。；;]\s*(?:[（(](?P<note>[^（）()]{2,60})[）)]|〔(?P<long>[^〔〕]{2,120})〕)")
# …or each closed by its note before the full stop: "…完成1个县级妇幼保健机构…标准化建设(县卫健局牵头)。农村适龄及城镇低保适龄
# 妇女“两癌”免费检查20400人(县妇联牵头)。" (安化 2023 重点民生实事, http://anhua.gov.cn/199/2808/2853/2855/content_1826015.html)
_NOTE_THEN_STOP = re.compile(r"(?<=[\u4e00-\u9fff\d%”])[（(](?P<note>[^（）()]{2,60})[）)][。；;]")


def closed_duties(text: str) -> list[str] | None:
    """The duties of a line holding several, each closed by a role note (_CLOSING_NOTE), or None."""
    cuts = sorted({m.end() for rx in (_CLOSING_NOTE, _NOTE_THEN_STOP) for m in rx.finditer(text)
                   if has_role_cue(m["note"] or m.groupdict().get("long") or "") and m.end() < len(text)})
    if not cuts:
        return None
    bounds = [0] + cuts + [len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


# A page flattened to one line, each item closed by its labelled field: "粮食产量1268万吨以上部门分工:省农业农村厅牵头,
# 各地、各部门配合。大力推进…建设工作措施:…。部门分工:省工业和信息化厅牵头,…配合。促进…" (广东): the line is cut after
# each role field (a label, then up to its full stop), each item being the text before its field
# A field may also end where the next item's number begins, with no full stop: "1.全县生产总值增长7.5%左右…。 责任单位:县发改局
# (首位单位为牵头单位,下同)、县财政局 2.落实党政机关过紧日子的要求…。 责任单位:县财政局 二、曹惠明常务副县长牵头重点工作
# 1.坚持…" (海盐, a 责任分解 flattened to one line); an item holds its own text from its last number on
_ITEM_NUMBER = r"(?<![\d.．])\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、"


# a numbered item naming its lead in a labelled clause inside the line, the report going on after it: "1、农村道路畅通工程,
# 牵头部门:市交通局。建设进度相对较慢的县区为舒城县。" (六安 民生工程 进度通报, http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&
# time=2017-08-11): the field runs from its label after a comma to the full stop, and holds named units only
_INLINE_LABEL = re.compile(rf"^(?P<item>(?:{_ITEM_NUMBER}).{{2,60}}?)[，,](?P<note>(?:牵头单位|牵头部门|责任单位|责任部门)[:：]"
                           r"[^。；;：:（）()]{2,60}?)[。；;]")


def inline_label_note(text: str) -> tuple[str, str] | None:
    """(item text, note) of a numbered item whose labelled role field closes its first clause, text following."""
    m = _INLINE_LABEL.match(text)
    if not m:
        return None
    units, generic = split_units(re.sub(r"^[^:：]+[:：]", "", m["note"]))
    if not units or generic or not all(map(is_unit, units)):
        return None
    return m["item"], m["note"]


def fielded_items(text: str) -> list[str] | None:
    """The items of a line holding two or more items each closed by a labelled role field, as "item。field"
    (the form labelled_tail splits); None when the line holds fewer than two."""
    fields = list(re.finditer(rf"(?:{_BLOCK_LABELS})[:：][^。：:]{{2,200}}?(?:。|$|(?={_ITEM_NUMBER}))", text))
    if len(fields) < 2:
        return None
    out, at = [], 0
    for m in fields:
        item = _own_item(text[at : m.start()])
        if len(item) < 4:
            return None
        out.append(item + ("" if item.endswith(("。", "；", ";")) else "。") + m[0])
        at = m.end()
    return out


def _own_item(text: str) -> str:
    """The item's text from its last item number that opens a sentence of it (a heading or the notice before it
    dropped); the whole text when none does."""
    text_ = re.sub(rf"(?:{_ITEM_NUMBER})$", "", text)  # the field's own number ("…。2. 实施机构")
    text = text_ if len(text_) >= 4 else text
    for m in reversed(list(re.finditer(_ITEM_NUMBER, text))):
        if len(text) - m.start() >= 8:
            return text[m.start():]
    return text


# a label printed as a numbered field's heading, its value after it with no colon: "2. **实施机构**   县退役军人事务局牵头，…配合。
# 3. **适用范围** …" (嘉祥's 一件事 guides, markdown strings in a SQL dump; the page reader drops the bold and the spaces)
_HEADING_LABEL = re.compile(r"(?<=\d[.．、])(" + "|".join(sorted((l for r in ("lead", "cooperate", "responsible")
                                                                   for l in ROLE_LABELS[r]), key=len, reverse=True))
                            + r")(?![:：])")


def heading_labels(text: str) -> str:
    """The line with each role label that heads a numbered field printed as a label field ("2.实施机构X" → "2.实施机构：X")."""
    def field(m: re.Match) -> str:
        first = re.split(r"[、，,。；;]|牵头", text[m.end():], maxsplit=1)[0]
        return m[1] + "：" if is_unit(first) else m[0]  # "3.牵头单位要加强协调" is a sentence, no field

    return _HEADING_LABEL.sub(field, text)


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


def wrapped_list(label_line: str, next_line: str) -> bool:
    """True when a page hard-wrapped a label line's unit list onto the next line: the last item is cut and
    completed by the next line's first ("协办单位:区委编办、园区党工" ⏎ "委、各街道党工委"), or the list ends in 、."""
    if not next_line or _BLOCK.match(next_line) or match_heading(next_line) or label_line.endswith(("。", "；", ";")):
        return False
    last = re.split(r"[、，,；;：:]", label_line)[-1]
    first = re.split(r"[、，,；;。]", next_line)[0]
    if label_line.endswith(("、", "，", ",")):
        return is_unit(first) or is_generic(first)
    return bool(last) and not is_unit(last) and not is_generic(last) and is_unit(last + first)


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
            if wrapped_list(c, compact(lines[j].text)):  # "…园区党工" ⏎ "委、各街道党工委": one list, wrapped
                c += compact(lines[j].text)
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


# A section heading that names its lead: "(一)省监察厅牵头的工作" (山西): the section's duties are that unit's, and a
# 协同单位 line inside the section names who cooperates
_SECTION_LEAD = re.compile(r"^(?P<unit>[\u4e00-\u9fff（）()]{2,24}?)牵头(?:负责)?的(?:工作|任务|事项)$")


def section_lead_tasks(issue: ParsedIssue, doc: Document, lines: list[Line]) -> list[dict]:
    """One task per outline section headed `X牵头的工作`: X leads, the section's labelled lines add the others; the
    section runs to the next heading of its level or above (a person's section, 孟学农省长负责的工作, is none)."""
    out = []
    by_no = {ln.no: ln for ln in lines}
    for k, h in enumerate(doc.outline):
        m = _SECTION_LEAD.match(compact(h.title).rstrip("。：:"))
        if not m or not is_unit(m["unit"]):
            continue
        nxt = next((x.line for x in doc.outline[k + 1:] if x.level <= h.level), None)
        body = [ln for ln in lines if h.line <= ln.no and (nxt is None or ln.no < nxt) and not ln.blank]
        roles = parse_roles("")
        roles.lead = [m["unit"]]
        for ln in body[1:]:
            c = compact(ln.text)
            if _BLOCK.match(c) and "\t" not in ln.text:
                note = parse_roles(c.rstrip("。"))
                roles.lead += [u for u in note.lead if u not in roles.lead]
                roles.cooperate += note.cooperate
                roles.generic_lead += note.generic_lead
                roles.generic_cooperate += note.generic_cooperate
        end = body[-1].no if body else h.line
        text = "".join(compact(x.text) for x in body) or compact(by_no[h.line].text)
        out.append(task_record(issue, doc, text, roles, h.line, end, h.line, "section_lead", _item_id(doc, h.line)))
    return out


# Projects quoted one after another, each followed by its body in bare brackets: "另,“新开工提标加固海塘18.4公里”(市水利局)、
# “公共场所新增AED”(市红十字会)、“老旧小区改造”(市住建局)…等5个项目曾因过程性滞后被温州通报" (乐清 2022年度民生实事 完成情况,
# http://bbs.21yq.com/forum.php?action=printable&mod=viewthread&tid=1183855): each project is a task its body leads. Two such pairs
# on a line at least (a list of projects, not one quoted name glossed), the bracket holding one named body only, and no
# quoted document title ("《…》" is a title's mark; “…通知” / “…方案” name documents)
_QUOTED_PROJECT = re.compile(r"[“\"](?P<item>[^“”\"]{4,60})[”\"][（(](?P<unit>[^（）()]{2,24})[）)]")
_DOCUMENT_END = re.compile(r"(?:通知|办法|意见|方案|规定|条例|决定|规划|计划|细则|公告|通告|报告|要点|纲要|批复|函)$|^关于")


def quoted_project_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    out = []
    for ln in lines:
        if ln.no <= doc.title_line_end or ln.no in taken:
            continue
        c = compact(ln.text)
        pairs = [m for m in _QUOTED_PROJECT.finditer(c)
                 if is_unit(m["unit"]) and not is_generic(m["unit"]) and split_units(m["unit"]) == ([m["unit"]], [])
                 and not _DOCUMENT_END.search(m["item"])]
        if len(pairs) < 2:
            continue
        for n, m in enumerate(pairs):
            rec = task_record(issue, doc, m["item"], Roles(lead=[m["unit"]]), ln.no, ln.no, ln.no, "quoted_project")
            rec["id"] = f"{rec['id']}.{n}"
            out.append(rec)
    return out


def _span_lines(tasks: list[dict]) -> set[int]:
    return {ln for t in tasks for ln in range(t["source"]["line_start"], t["source"]["line_end"] + 1)}


def extract_tasks(issue: ParsedIssue) -> list[dict]:
    """All tasks of one issue, each with lead/cooperate units as printed and its source span."""
    out = []
    for doc, lines in doc_lines(issue):
        cell_rows = cell_table_tasks(issue, doc, lines) + unit_duty_pairs(issue, doc, lines)
        in_cells = _span_lines(cell_rows)
        sections = section_lead_tasks(issue, doc, lines)
        in_sections = _span_lines(sections)
        blocks = [t for t in block_tasks(issue, doc, lines) if t["line"] not in in_sections]  # read into their section
        found = cell_rows + [t for t in sections + note_tasks(issue, doc, lines) + blocks + table_tasks(issue, doc, lines)
                             if not _span_lines([t]) & in_cells]
        found += [t for t in label_cell_tasks(issue, doc, lines) if not _span_lines([t]) & _span_lines(found)]
        taken = _span_lines(found)
        found += bare_cell_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found += spaced_row_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found += run_together_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found += flowing_row_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found += starred_row_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found += quoted_project_tasks(issue, doc, lines, taken)
        taken = _span_lines(found)
        found = without_restated_headlines(found + sentence_tasks(issue, doc, lines, taken))
        found.sort(key=lambda t: t["line"])
        out.extend(t for t in found if not t.pop("unnamed_self", False))  # decision C: `我局将…` on a page naming no issuer
    return _without_cut_copies(out)


def _bodies_key(t: dict) -> tuple:
    return t["style"], tuple(x["name"] for x in t["lead"]), tuple(x["name"] for x in t["cooperate"])


def _may_be_cut(t: dict) -> bool:
    # (cut mid-clause, no stop closing it, and named bodies leading: "监测组由各级统计部门牵头," before its fuller line in
    # sample 003 is a clause of its own)
    return len(t["text"]) >= 12 and bool(t["lead"]) and not re.search(r"[，,。；;：:]$", t["text"])


def _without_cut_copies(tasks: list[dict]) -> list[dict]:
    """The tasks less each sentence task that is a summary cut short of a sentence another line reads in full, the same
    bodies in it: "…检查2022年秋季学期即将开学,漷县镇市场监督管理所联合镇相关部门对辖区" over the article's "…联合镇相关部门
    对辖区的中小学校、幼儿园进行日常检查,…" (fresh26's 漷县 news page, its summary line cut by the page)."""
    # Tasks of the same style and bodies are sorted by text, so the longer texts a text opens sit right after it: one
    # bisection a task instead of comparing every pair (a 5 MB line of 200,000 tasks would take hours pairwise).
    by_bodies: dict[tuple, list[tuple[str, int]]] = {}
    for u in tasks:
        by_bodies.setdefault(_bodies_key(u), []).append((u["text"], u["line"]))
    for rows in by_bodies.values():
        rows.sort()
    keep = []
    for t in tasks:
        cut = False
        if _may_be_cut(t):
            rows = by_bodies[_bodies_key(t)]
            i = bisect.bisect_right(rows, (t["text"], float("inf")))
            while i < len(rows) and rows[i][0].startswith(t["text"]):
                if rows[i][1] != t["line"]:
                    cut = True
                    break
                i += 1
        if not cut:
            keep.append(t)
    return keep
