"""A review's results table and its groups by result (kg/extract/review_sections.py), and cells indented by tabs (one
cell a line, cell_tables._tokens and enterprises._row_cells): each style with the real lines it was written for,
negatives, and the real page read end to end."""

from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.extract.cell_tables import _tokens
from kg.extract.enterprises import _row_cells
from kg.extract.review_sections import REVIEW_TABLES, passed_section, review_table
from kg.parse import parse_issue
from kg.parse.normalize import normalize_lines

PAGE = (Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "other_districts_entrep31" / "texts"
        / "guangdong-zhonghua-laozihao-fuhe-tongguo-table-cells.txt")

# (where, line, the level reviewed or None)
TITLES = [
    ("entrep31 广东 l.7", "中华老字号复核结果汇总表(广东省)", "国家级"),
    # negatives: a sentence citing the table, a title naming no designation
    ("entrep31 广东 l.2", "从中华老字号复核结果汇总表数据显示,对长期经营不善", None),
    ("constructed", "2023年度复核结果汇总表", None),
]


@pytest.mark.parametrize("where,line,level", TITLES, ids=[r[0] + " " + r[1][:10] for r in TITLES])
def test_review_table(where, line, level):
    assert review_table(line) == level, where


def test_every_review_style_has_its_real_line():
    for _, shape, line in REVIEW_TABLES:
        assert shape.match(line) and review_table(line)


@pytest.mark.parametrize("line,want", [
    ("(通过复核)", True),  # entrep31 广东 l.10
    ("(附条件通过)", False), ("(移出)", False), ("复核通过:", True),
    ("佛山市海天调味食品股份有限公司", None), ("通过复核的企业要持续整改", None),
])
def test_passed_section(line, want):
    assert passed_section(line) is want


def test_indented_cells_one_a_line():
    # entrep31 广东 l.18-32: tabs before a cell are indentation, each line one cell
    raws = ["\t\t\t\t\t\t\t序号", "\t\t\t\t\t\t ", "\t\t\t\t\t | ", "\t\t\t\t\t\t\t地区", "\t\t\t\t\t | ", "\t\t\t\t\t\t\t企业"]
    assert [t[0] for t in _tokens(normalize_lines("\n".join(raws)), indented=True)] == ["序号", "地区", "企业"]
    # (the task tables keep reading a leading tab as an empty cell: the sample's 周村 计划 statistics, 002)
    assert [t[0] for t in _tokens(normalize_lines("\n".join(raws))) if t[0]] == []
    assert _row_cells("\t\t中华老字号复核结果汇总表(广东省)") == ["中华老字号复核结果汇总表(广东省)"]
    # a tab inside the line still parts cells, an empty first cell kept (a merged column)
    assert _row_cells("\tX有限公司\t优秀") == ["", "X有限公司", "优秀"]


def test_real_page():
    got = {e["name"]: [k["class"] for k in e["classifications"]]
           for e in extract_all([parse_issue(PAGE)])["enterprises"]}
    assert got == {"佛山市海天调味食品股份有限公司": ["国家级"], "佛山市合记饼业有限公司": ["国家级"]}
