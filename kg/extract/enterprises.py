"""Enterprises: classified lists (亩产效益 A/B/C/D, 规模以上/以下) and employer columns of name lists."""

from __future__ import annotations

import re

from kg.extract.base import doc_lines, source
from kg.parse.normalize import compact, fold, printed_form
from kg.parse.segment import ParsedIssue

__all__ = ["extract_enterprises", "split_alias", "is_enterprise", "parse_class"]

_ENTERPRISE_END = re.compile(r"(有限公司|有限责任公司|股份公司|集团|公司|厂|研究所|研究院|合作社|分公司|商行|店|酒店|医院|工作室)"
                             r"(?:[(（][^()（）]+[)）])?$")
_NOT_ENTERPRISE = re.compile(r"(村|社区|街道|办事处|政府|委员会|局)$")
_CLASS = re.compile(r"^(?P<cls>[A-DＡ-Ｄ])\s*(?:类)?\s*(?:[（(](?P<label>[^（）()]{2,8})[）)])?$")
_LABELS = {"A": "优先发展类", "B": "支持发展类", "C": "提升发展类", "D": "限制发展类"}
_YEAR = re.compile(r"(20\d{2})\s*年")
_PERSON_GENDER = re.compile(r"[（(](男|女)[）)]$")


def split_alias(name: str) -> tuple[str, list[str]]:
    """'A公司（B公司）' → ('A公司', ['B公司']); a half-width '(有限公司)' legal form stays in the name."""
    m = re.match(r"^(?P<name>.+?)（(?P<alias>[^（）]+)）$", name)
    if m and is_enterprise(m["alias"]):
        return m["name"], [m["alias"]]
    return name, []


def is_enterprise(name: str) -> bool:
    return 4 <= len(name) <= 40 and bool(_ENTERPRISE_END.search(name)) and not _NOT_ENTERPRISE.search(name)


def parse_class(cell: str) -> tuple[str, str] | None:
    m = _CLASS.match(compact(cell).replace("Ａ", "A").replace("Ｂ", "B").replace("Ｃ", "C").replace("Ｄ", "D"))
    if not m:
        return None
    return m["cls"], m["label"] or _LABELS[m["cls"]]


def _list_name(heading: str, doc_title: str) -> str:
    for key in ("规模以上", "规模以下"):
        if key in heading:
            return key
    m = re.search(r"《?([^《》]*名单)", doc_title)
    return (m[1] + "（工作单位）") if m else (heading or doc_title)


def _row_cells(raw: str) -> list[str]:
    if "\t" in raw:
        return [c.strip() for c in raw.split("\t")]
    # "王 旭 山东知味斋餐饮娱乐有限公司": a two-character name printed with an inner space
    parts = raw.split()
    if len(parts) >= 2 and is_enterprise(compact(parts[-1])):
        return [" ".join(parts[:-1]), parts[-1]]
    return [raw.strip()]


def extract_enterprises(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        year_m = _YEAR.search(doc.title)
        year = int(year_m[1]) if year_m else None
        heading = ""
        is_name_list = "名单" in doc.title
        for ln in lines:
            if ln.blank or ln.no <= doc.title_line_end:
                continue
            # cells in their matching form, printed spaces kept (pipe rows come split from the text)
            cells = _row_cells(fold(ln.raw) if "\t" in ln.raw or "\t" not in ln.text else ln.text)
            if len(cells) == 1:
                c = compact(ln.text)
                if len(c) < 60 and not c.endswith("。"):
                    heading = c
                continue
            printed = _row_cells(ln.raw)
            names = [compact(c) for c in cells]
            cls = next((parse_class(c) for c in names if parse_class(c)), None)
            ent_i = next((i for i, c in enumerate(names) if is_enterprise(_PERSON_GENDER.sub("", c))), None)
            if ent_i is None or not (cls or is_name_list):
                continue
            name, aliases = split_alias(names[ent_i])
            row_no = names[0] if names[0].isdigit() else None
            rec = {
                "id": f"ent:{name}",
                "name": name,
                "name_as_printed": printed[ent_i] if len(printed) == len(cells) else printed_form(names[ent_i], ln.raw),
                "aliases": aliases,
                "classifications": [{
                    "class": cls[0] if cls else None,
                    "label": cls[1] if cls else None,
                    "list": _list_name(heading, doc.title) if cls else _list_name("", doc.title),
                    "doc_id": doc.id,
                    "year": year,
                    "row_no": row_no,
                }],
                "doc_id": doc.id,
                "source": source(issue, ln.no),
            }
            if not cls and ent_i > 0:
                person = _PERSON_GENDER.sub("", names[ent_i - 1])
                if 2 <= len(person) <= 4:
                    rec["person"] = person
                    rec["person_as_printed"] = printed[ent_i - 1] if len(printed) == len(cells) else person
            out.append(rec)
    return out
