"""Indicators: name, value as printed and normalised, year, kind — from indicator tables and sentences."""

from __future__ import annotations

import re

from kg.extract.base import doc_lines, source
from kg.model import Line
from kg.parse.normalize import compact
from kg.parse.segment import ParsedIssue

__all__ = ["extract_indicators", "parse_value", "sentence_indicators", "table_indicators"]

_UNIT = (r"(?:万平方米|平方米|万人次|万人|万元|亿元|千元|元|万户|户|万辆|辆|家|个|所|张|岁|公里|千米|米|小时|天|次|名|人|"
         r"项|册|倍|台|座|套|条|处|吨|万吨|亩|公顷|床|/10万|‰|%|％)")
_VALUE = re.compile(
    rf"(?P<cmp>≥|≤|>|<|不低于|不少于|不超过|不高于|超过|低于|高于)?(?P<num>-?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>{_UNIT})?"
    r"(?P<tail>以上|以下|左右|以内)?"
)
_SENT_VERB = re.compile(
    r"(?P<name>[^，,；;。：:、“”（）()]{2,30}?)(?:分别)?(?P<verb>达到|提高到|提升到|增加到|保持在|控制在|稳定在|降至|降到|降低到|"
    r"下降到|不低于|不少于|不超过|超过|低于|高于|提高至|提升至|达)"
    rf"(?P<value>(?:≥|≤|>|<)?\d[\d,]*(?:\.\d+)?\s*{_UNIT}?(?:以上|以下|左右|以内)?)"
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
    v = parse_value(value) or {}
    return {
        "id": f"ind:{doc.id}:{line_no}:{compact(name)[:20]}:{compact(value)}",
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
        "source": source(issue, line_no),
        **extra,
    }


def sentence_indicators(text: str) -> list[tuple[str, str, str]]:
    """(name, verb, value) triples stated in one sentence (pure)."""
    out = []
    for m in _SENT_VERB.finditer(compact(text)):
        name = re.sub(r"^(全区|我区|区|的|和|及|使|将|要|其中|并|全面|基本|进一步|力争|确保|到20\d{2}年)+", "", m["name"])
        if len(name) < 2 or re.fullmatch(r"[\d.%年月日]+", name):
            continue
        out.append((name, m["verb"], m["value"]))
    return out


def _sentence_kind(sentence: str, doc_title: str) -> str:
    if _YEAR_GOAL.search(sentence) or re.search(r"力争|确保|目标|要|应", sentence):
        return "target"
    if _ACTUAL_CUE.search(sentence):
        return "actual"
    return "target" if re.search(r"规划|计划|方案|意见|要点|措施", doc_title) else "actual"


def _year_header(h: str) -> tuple[int | None, str | None]:
    m = re.search(r"(20\d{2})\s*年?", h)
    year = int(m[1]) if m else None
    if re.search(r"完成|实际|现状|基期|基数", h):
        return year, "actual"
    if re.search(r"预期|目标|计划|规划|标准", h):
        return year, "target"
    return year, None


_NAME_COLS = ("主要指标", "指标名称", "指标", "评价指标", "名称", "项目", "具体指标", "学校名称", "学校")
_VALUE_WORDS = ("目标值", "指标值", "标准值", "目标", "数值", "现状值", "基期值")


def _table_header(cells: list[str]):
    name_i = next((i for i, c in enumerate(cells) if c in _NAME_COLS or c.endswith("指标") and len(c) <= 6), None)
    if name_i is None:
        return None
    vals = [i for i, c in enumerate(cells) if i != name_i and (re.search(r"20\d{2}", c) or c in _VALUE_WORDS)]
    if not vals:
        return None
    unit_i = next((i for i, c in enumerate(cells) if c == "单位" or c.startswith("计量单位")), None)
    return name_i, unit_i, vals


def _rows(lines: list[Line], k: int, vertical: bool, width: int):
    if not vertical:
        for j in range(k, len(lines)):
            ln = lines[j]
            if ln.blank:
                continue
            if "\t" not in ln.text:
                if len(compact(ln.text)) > 30:
                    return
                continue
            yield [c.strip() for c in ln.text.split("\t")], ln.no
        return
    block, first = [], None
    for j in range(k, len(lines) + 1):
        ln = lines[j] if j < len(lines) else None
        if ln is not None and not ln.blank and ln.raw.startswith("\t"):
            block.append(compact(ln.text))
            first = first or ln.no
            continue
        if block:
            yield block, first
            block, first = [], None
        if ln is None or (not ln.blank and len(compact(ln.text)) > 30):
            return


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
            while j < len(lines) and lines[j].raw.startswith("\t") and compact(lines[j].text) and len(compact(lines[j].text)) <= 12:
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
        name_i, unit_i, val_cols = hdr
        # value columns: (index in row, year, kind, measure)
        specs = []
        years = [(_year_header(header[i]), i) for i in val_cols]
        ys = [y for (y, _), _ in years if y]
        for (year, kind), i in years:
            if kind is None:
                kind = "baseline" if year and ys and year == min(ys) and len(set(ys)) > 1 else "target"
            specs.append((i, year, kind, None))
        rows = list(_rows(lines, start, vertical, len(header)))
        # A sub-header (绝对值 / 增长%) splits every year column in two.
        if rows and not rows[0][0][name_i] if name_i < len(rows[0][0]) else False:
            sub = [c for c in rows[0][0] if c]
            if sub and len(sub) % len(specs) == 0 and all(not re.search(r"\d", c) or "%" in c for c in sub):
                per = len(sub) // len(specs)
                base = min(i for i, *_ in specs)
                specs = [(base + n * per + m, y, kd, sub[n * per + m]) for n, (_, y, kd, _) in enumerate(specs) for m in range(per)]
                rows = rows[1:]
        domain = None
        for cells, line_no in rows:
            if vertical and len(cells) > len(header) + len(specs):
                continue
            cells = [compact(c) for c in cells]
            if len(cells) <= name_i or not cells[name_i]:
                continue
            name = re.sub(r"^[一二三四五六七八九十]+、", "", cells[name_i])
            unit = cells[unit_i] if unit_i is not None and unit_i < len(cells) else None
            for i, year, kind, measure in specs:
                if i >= len(cells):
                    continue
                v = cells[i]
                if not v or v in {"—", "-", "/", "——"} or not re.search(r"\d", v) and not re.search(r"保持|完成|稳定|提高|增加", v):
                    continue
                out.append(_record(issue, doc, name, v, year, kind, line_no, "table", unit_printed=unit,
                                   measure=measure))
        k = max(k + 1, start + 1)
    return out


def extract_indicators(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        out.extend(table_indicators(issue, doc, lines))
        for ln in lines:
            if "\t" in ln.text or ln.no <= doc.title_line_end:
                continue
            for sentence in re.split(r"[。；;]", compact(ln.text)):
                ym = _YEAR_GOAL.search(sentence)
                for name, verb, value in sentence_indicators(sentence):
                    out.append(_record(issue, doc, name, value, int(ym["y"]) if ym else None,
                                       _sentence_kind(sentence, doc.title), ln.no, "sentence", evidence=sentence[:120]))
    return out
