"""Indicators: name, value as printed and normalised, year, kind — from indicator tables and sentences."""

from __future__ import annotations

import re

from kg.extract.base import doc_lines, section_titles, source, table_rows
from kg.model import Line
from kg.parse.normalize import compact
from kg.parse.segment import ParsedIssue

__all__ = ["extract_indicators", "parse_value", "sentence_indicators", "table_indicators"]

_UNIT = (r"(?:个百分点|万平方米|平方米|克|千克|公斤|亿斤|万斤|斤|万千瓦|千瓦时|级|星|万人次|万人|万元|万亿元|亿元|亿美元|千元|元|万户|户|万辆|辆|家|个|所|张|岁|公里|千米|米|小时|天|次|名|人|"
         r"项|册|倍|台|座|套|条|处|吨|万吨|亩|公顷|床|/10万|‰|%|％)")
_VALUE = re.compile(
    rf"(?P<cmp>≥|≤|>|<|不低于|不少于|不超过|不高于|超过|低于|高于)?(?P<num>-?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>{_UNIT})?"
    r"(?P<tail>以上|以下|左右|以内)?"
)
_ONE_VALUE = rf"(?:≥|≤|>|<)?\d[\d,]*(?:\.\d+)?\s*{_UNIT}?(?:以上|以下|左右|以内)?"
_SENT_VERB = re.compile(
    r"(?P<name>[^，,；;。：:、“”（）()]{2,30}?)(?:分别)?(?P<verb>达到|提高到|提升到|增加到|保持在|控制在|稳定在|降至|降到|降低到|"
    r"下降到|不低于|不少于|不超过|超过|低于|高于|提高至|提升至|增长|下降|降低|突破|维持在|建成|共有|共|为|是|达)"
    rf"(?P<value>{_ONE_VALUE}(?:(?:、|和|及){_ONE_VALUE})*)"
)
# "由每人每月720元提高到800元": the first value is the baseline, the second the new standard.
_FROM_TO = re.compile(
    r"(?P<name>[^，,；;。：:“”]{2,40}?)(?:分别)?由(?P<unit_hint>每人每[月年天])?(?P<old>" + _ONE_VALUE + r"(?:、" + _ONE_VALUE + r")*)"
    r"(?:提高|提升|调整|增加|降低)(?:到|至)(?P<new>" + _ONE_VALUE + r"(?:、" + _ONE_VALUE + r")*)"
)
_YEAR_GOAL = re.compile(r"(?:到|至|力争|预计)(?P<y>20\d{2})\s*年")
_ACTUAL_CUE = re.compile(r"目前|现有|已经|已|完成了|实现了|累计|截至|截止|全年|期间|十三五|十二五|过去")


def parse_value(text: str) -> dict | None:
    """'80% 以上' → {'number': 80.0, 'unit': '%', 'comparator': '≥'} (None when no number)."""
    s = compact(text).replace("％", "%")
    m = _VALUE.search(s)
    if not m:
        return None
    try:
        number = float(m["num"].replace(",", ""))
    except ValueError:
        return None
    cmp = m["cmp"] or ""
    cmp = {"不低于": "≥", "不少于": "≥", "超过": ">", "高于": ">", "不超过": "≤", "不高于": "≤", "低于": "<"}.get(cmp, cmp)
    if m["tail"] in ("以上",):
        cmp = cmp or "≥"
    elif m["tail"] in ("以下", "以内"):
        cmp = cmp or "≤"
    elif m["tail"] == "左右":
        cmp = cmp or "≈"
    return {"number": number, "unit": m["unit"] or None, "comparator": cmp or "="}


def _record(issue, doc, name, value, year, kind, line_no, how, **extra) -> dict:
    """One indicator; `line_no` is a line or a (first, last) span (name line to value line)."""
    first, last = line_no if isinstance(line_no, tuple) else (line_no, line_no)
    v = parse_value(value) or {}
    return {
        "id": f"ind:{doc.id}:{last}:{compact(name)[:20]}:{compact(value)}",
        "name": compact(name),
        "value": value.strip(),
        "value_norm": compact(value),
        "number": v.get("number"),
        "unit": v.get("unit"),
        "comparator": v.get("comparator"),
        "year": year,
        "kind": kind,
        "doc_id": doc.id,
        "extracted_from": how,
        "source": source(issue, first, last),
        **extra,
    }


# "家庭医生签约服务覆盖率35%以上": a measure noun directly followed by its value
_NOUN_VALUE = re.compile(
    r"(?P<name>[^，,；;。：:、“”（）()]{2,30}?(?:率|数|量|比例|比重|就业|面积|人数|户数|系数|总额|收入|产值|增加值|税收|规模|覆盖率|项目|涨幅|增幅|降幅))"
    rf"(?P<value>{_ONE_VALUE})"
)
# "95%的城市社区": the value before its noun
_VALUE_OF = re.compile(r"(?<![\d.])(?P<value>\d[\d.]*%)的(?P<name>[^，,；;。和及]{2,30})"
                       r"|(?<![\d.])(?P<count>\d+(?:名|户|家|所|个))(?P<noun>[\u4e00-\u9fff]{2,20}?)(?=纳入|获得|受益|参加|完成|实现|[，,；;。])")
_COMPARATOR_VERBS = ("突破", "低于", "高于", "超过", "不低于", "不少于", "不超过")


def _values(text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(_ONE_VALUE, text)]


def sentence_indicators(text: str) -> list[tuple[str, str, str]]:
    """(name, verb, value) triples stated in one sentence (pure); a list of values gives one each.

    >>> sentence_indicators("城市低保标准由每人每月720元提高到800元")
    [('城市低保标准', 'from', '720元'), ('城市低保标准', '提高到', '800元')]
    """
    out = []
    c = compact(text)
    for m in _FROM_TO.finditer(c):
        name = _clean_name(m["name"])
        if name:
            out += [(name, "from", v) for v in _values(m["old"])]
            out += [(name, "提高到", v) for v in _values(m["new"])]
    if out:
        return out
    c = re.sub(r"以[^，,；;。]{1,10}?为单位", "", c)  # "接种率以镇（街道）为单位保持在90%以上"
    spans = []
    for m in _SENT_VERB.finditer(c):
        name = _clean_name(m["name"])
        if not name or _is_condition(c, m.start("name"), m.end("value")):
            continue
        spans.append(m.span("value"))
        # a comparator verb is part of the value as printed: "突破9亿元", "低于25%"
        prefix = m["verb"] if m["verb"] in _COMPARATOR_VERBS else ""
        out += [(name, m["verb"], prefix + v) for v in _values(m["value"])]
    for pat in (_NOUN_VALUE, _VALUE_OF):
        for m in pat.finditer(c):
            value = m.groupdict().get("value") or m.groupdict().get("count")
            vstart = m.start("value") if m.groupdict().get("value") else m.start("count")
            if any(a <= vstart < b for a, b in spans):
                continue
            name = _clean_name(m.groupdict().get("name") or m.groupdict().get("noun") or "")
            # "95%的城市社区" is how _VALUE_OF reads, so only its clause is judged, not its 的
            if _is_condition(c, m.start(), m.end() if m.re is _VALUE_OF else m.end("value"), tail=m.re is _NOUN_VALUE):
                continue
            if name and re.search(r"\d", value):
                spans.append((vstart, vstart + len(value)))
                out.append((name, "=", value))
    return out


def _clean_name(name: str) -> str | None:
    name = re.sub(r"^(全区|我区|区|的|和|及|使|将|要|其中|并|全面|基本|进一步|力争|确保|到20\d{2}年(?:底|末)?)+", "", name)
    name = re.sub(r"^按照", "", name)
    name = re.sub(r"(均|原则上|一般|约|分别|力争|每年)+$", "", name)
    if len(name) < 2 or re.fullmatch(r"[\d.%年月日]+", name) or _NOT_A_NAME.search(name):
        return None
    return name


# Numbers that are not indicators: rewards and their conditions, scoring rubrics, procedural time limits,
# validity periods. An indicator describes the area or a service ("覆盖率达到95%"); these describe what an
# applicant must meet or what it receives. Judged on the clause that holds the value.
_NOT_A_MEASURE = re.compile(r"给予|奖励|奖补|补助|资助|兑现|分值|得分|加分|扣分|积分|基础分|工作日|有效期|时效")
# "营业收入超过30亿元的，给予…", "5000万元以上的企业": a value qualifying who is eligible.
_CONDITION_TAIL = re.compile(r"的(?:[，,]|企业|项目|公司|单位|个人|商户|机构|人员)")


def _is_condition(text: str, start: int, end: int, tail: bool = True) -> bool:
    """Is the value in text[start:end] a condition, reward, score or time limit rather than an indicator?"""
    left = max(text.rfind(p, 0, start) for p in "，,；;：:")
    right = min([i for i in (text.find(p, end) for p in "，,；;") if i >= 0] or [len(text)])
    return bool(_NOT_A_MEASURE.search(text[left + 1:right]) or tail and _CONDITION_TAIL.match(text, end))
# A name that is a fragment of a clause, not a measure: an adverb or a bare word left by the pattern
# ("最高不超过500万元", "均不超过5%", "以上5家"), or a condition ("按照…", "…的").
_NOT_A_NAME = re.compile(r"^(?:最高|最低|最多|最少|以上|以下|百分点|为单位|面积|数量|单位|均不|不得)$"
                         r"|^(?:经认定|对其|如|若|凡|每超出)|^对[^的]*的|(?:的|不|不得|日内|月内)$"
                         r"|^[\u4e00-\u9fff]{1,4}(?:(?<![社小园城景片街辖])区|县|市|镇|街道)$")  # a place is not a measure


def _sentence_kind(sentence: str, doc_title: str, year: int | None = None, doc_year: int | None = None,
                   paragraph: str = "", review: bool = False) -> str:
    """target / actual of a sentence-stated value. A stated year before the document's own year is an
    achievement ("2020年人均期望寿命达到79.53岁" in a 2023 plan), a later one a goal; without a year, a
    section that looks back (`review`) states achievements; otherwise the sentence's cues decide, then
    its paragraph's, then the kind of document."""
    if year and doc_year:
        return "actual" if year < doc_year else "target"
    if review and not year:
        return "actual"
    for text in (sentence, paragraph):
        if re.search(r"力争|确保|目标|争取|(?<![主重必需])要(?!求)|应当?|将", text):
            return "target"
        if _ACTUAL_CUE.search(text):
            return "actual"
    return "target" if re.search(r"规划|计划|方案|意见|要点|措施", doc_title) else "actual"


# A year column: "2020年", "2023预期"; not a threshold such as "(>2000)".
_HEADER_YEAR = re.compile(r"(?<![>≥<≤\d.])(20\d{2})(?:\s*年|$|\s*(?:完成|预期|目标))")


def _year_header(h: str) -> tuple[int | None, str | None]:
    m = _HEADER_YEAR.search(h)
    year = int(m[1]) if m else None
    if re.search(r"完成|实际|现状|基期|基数", h):
        return year, "actual"
    if re.search(r"预期|目标|计划|规划|标准", h):
        return year, "target"
    return year, None


_NAME_COLS = ("主要指标", "指标名称", "指标", "评价指标", "名称", "项目", "具体指标", "学校名称", "学校")
_VALUE_WORDS = ("目标值", "指标值", "标准值", "目标", "数值", "现状值", "基期值")


_ENTITY_COLS = ("学校名称", "单位名称", "单位", "名称", "学校", "镇街", "镇（街道）", "街道")
_MEASURE = re.compile(r"(面积|率|数|数量|人数|名额|系数|金额|值|比例)(?:[(（][^()（）]*[)）])?$|(面积|率|数量|名额)")


def _table_header(cells: list[str]):
    name_i = next((i for i, c in enumerate(cells) if c in _NAME_COLS or c.endswith(("指标", "指标名称")) and len(c) <= 12), None)
    if name_i is None:
        # an entity × measure table: 学校名称 | … | 生均教学及辅助用房面积 (>5.8)
        ent = next((i for i, c in enumerate(cells) if c in _ENTITY_COLS), None)
        meas = [i for i, c in enumerate(cells) if i != ent and _MEASURE.search(c) and c not in ("序号",)]
        if ent is None or not meas:
            return None
        return ent, None, meas[-1:], True
    vals = [i for i, c in enumerate(cells) if i != name_i and (_HEADER_YEAR.search(c) or c in _VALUE_WORDS)]
    if not vals:
        ent = name_i if cells[name_i] in _ENTITY_COLS else None
        meas = [i for i, c in enumerate(cells) if i != name_i and _MEASURE.search(c) and c != "序号"]
        return (ent, None, meas[-1:], True) if ent is not None and meas else None
    unit_i = next((i for i, c in enumerate(cells) if c == "单位" or c.startswith("计量单位")), None)
    return name_i, unit_i, vals, False


def table_indicators(issue: ParsedIssue, doc, lines: list[Line]) -> list[dict]:
    out = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if "\t" not in ln.text:
            k += 1
            continue
        vertical = ln.raw.startswith("\t") and len([c for c in ln.text.split("\t") if c.strip()]) == 1
        if vertical:
            header, j = [], k
            while j < len(lines) and compact(lines[j].text) and len(compact(lines[j].text)) <= 12:
                if not lines[j].raw.startswith("\t"):
                    if header and len(compact(lines[j].text)) <= 2:
                        header[-1] += compact(lines[j].text)
                        j += 1
                        continue
                    break
                header.append(compact(lines[j].text))
                j += 1
            start = j
        else:
            header = [compact(c) for c in ln.text.split("\t")]
            start = k + 1
        hdr = _table_header(header)
        if not hdr:
            k += 1
            continue
        name_i, unit_i, val_cols, per_entity = hdr
        # value columns: (index in row, year, kind, measure)
        specs = []
        years = [(_year_header(header[i]), i) for i in val_cols]
        ys = [y for (y, _), _ in years if y]
        for (year, kind), i in years:
            if per_entity:
                kind = kind or "actual"
            if kind is None:
                kind = "baseline" if year and ys and year == min(ys) and len(set(ys)) > 1 else "target"
            specs.append((i, year, kind, None))
        rows = [(cells, [lines[i].no for i in at]) for cells, _, _, at in
                table_rows(lines, start, len(header), vertical, max_prose=30)]
        # A sub-header (绝对值 / 增长%) splits every year column in two.
        if rows and name_i < len(rows[0][0]) and not rows[0][0][name_i]:
            sub = [c for c in rows[0][0] if c]
            if sub and len(sub) % len(specs) == 0 and all(not re.search(r"\d", c) or "%" in c for c in sub):
                per = len(sub) // len(specs)
                base = min(i for i, *_ in specs)
                specs = [(base + n * per + m, y, kd, sub[n * per + m]) for n, (_, y, kd, _) in enumerate(specs) for m in range(per)]
                rows = rows[1:]
        domain = None
        for cells, cell_lines in rows:
            if vertical and len(cells) > len(header) + len(specs):
                continue
            cells = [compact(c) for c in cells]
            if len(cells) <= name_i or not cells[name_i]:
                continue
            name_cell = cells[name_i]
            if name_cell.isdigit() and name_i + 1 < len(cells):  # a merged header over 序号 + 指标
                name_cell = cells[name_i + 1]
                cells = cells[:name_i] + cells[name_i + 1:] if len(cells) > len(header) else cells
            name = re.sub(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.．、])", "", name_cell)
            if per_entity:  # "生均教学及辅助用房面积（淄博市周村区北郊中学）"
                measure_name = re.sub(r"[(（][^()（）]*[)）]", "", header[val_cols[0]])
                name = f"{measure_name}（{name}）"
            unit = cells[unit_i] if unit_i is not None and unit_i < len(cells) else None
            for i, year, kind, measure in specs:
                if i >= len(cells):
                    continue
                v = cells[i]
                if not v or v in {"—", "-", "/", "——"} or not re.search(r"\d", v) and not re.search(r"保持|完成|稳定|提高|增加|控制|下降|降低|达到|逐年|增长", v):
                    continue
                name_line, value_line = cell_lines[min(name_i, len(cell_lines) - 1)], cell_lines[min(i, len(cell_lines) - 1)]
                in_cell = re.search(r"[(（](20\d{2})年[)）]", v)  # "3.97（2025年）"
                out.append(_record(issue, doc, name, v, int(in_cell[1]) if in_cell else year, kind, (min(name_line, value_line), value_line), "table",
                                   unit_printed=unit, measure=measure))
        k = max(k + 1, start + 1)
    return out


# Sections whose numbers are conditions or scores, not indicators: "一、认定标准 （一）基本条件" (short
# titles only: a long heading is a sentence that merely mentions 申报).
_CONDITION_SECTION = re.compile(r"^.{0,10}(?:条件|认定标准|申报|资格|评分|计分|评价标准|加分|扣分|奖励|扶持政策).{0,4}$")
# Sections that look back: "（一）“十三五”工作成效".
_REVIEW_SECTION = re.compile(r"成效|回顾|现状|发展基础|发展背景|取得的成绩|工作进展|基本情况")


def _stated_year(sentence: str) -> int | None:
    """The year a sentence states for its values: "到2025年" or "2020年…达到"."""
    m = _YEAR_GOAL.search(sentence) or re.search(r"(?<![\d〔\[])(?P<y>20\d{2})\s*年(?!\d|度内|以来|起)", sentence)
    return int(m["y"]) if m else None


def _document_year(doc) -> int | None:
    """The year a document speaks in: its signing date, else the one year its title names
    ("2025年北京市政府工作报告")."""
    if doc.date:
        return int(doc.date[:4])
    years = set(re.findall(r"(20\d{2})\s*年", doc.title or ""))
    return int(years.pop()) if len(years) == 1 else None


def _relative_year(sentence: str, doc_year: int | None) -> int | None:
    """"今年…目标" in a work report is the document's year, "明年" the next one; a report's "主要预期目标"
    with no year stated are the targets of its own year."""
    if doc_year is None:
        return None
    if re.search(r"今年|本年度|主要预期目标", sentence):
        return doc_year
    if "明年" in sentence:
        return doc_year + 1
    return None


def extract_indicators(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        out.extend(table_indicators(issue, doc, lines))
        doc_year = _document_year(doc)
        for ln in lines:
            if "\t" in ln.text or ln.no <= doc.title_line_end:
                continue
            titles = [compact(t) for t in section_titles(doc, ln.no)]
            if any(_CONDITION_SECTION.search(t) for t in titles):
                continue
            paragraph = compact(ln.text)
            review = any(_REVIEW_SECTION.search(t) for t in titles[:-1] or titles)
            year = None  # "到2025年，A达到…；B达到…": the year holds to the end of the paragraph
            for sentence in re.split(r"[。；;]", paragraph):
                year = _stated_year(sentence) or _relative_year(sentence, doc_year) or year
                for name, verb, value in sentence_indicators(sentence):
                    kind = "baseline" if verb == "from" else _sentence_kind(sentence, doc.title, year, doc_year,
                                                                            paragraph, review)
                    out.append(_record(issue, doc, name, value, year, kind, ln.no, "sentence", evidence=sentence[:120]))
    return out
