"""A page's byline (来源 / 编辑 / 时间 …) printed in another layout is read as the one line it stands for
(kg.parse.source_fields.byline_text): a pipe table of label and value cells, or each label over its value. Real bylines
of development pages (docmeta38's 中国珠算心算协会 notice, tasks107's 双街镇 item), in the layouts
benchmarks/other_districts_perturbed's meta_pipe and meta_value_below print them."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.printed_dates import _page_date
from kg.parse.source_fields import byline_source, byline_text, news_source

SOCIETY_TITLE = "关于召开中国珠算心算协会第十届理事会第四次常务理事会议(通讯形式)的通知"
TOWN_TITLE = "承“上”启“下” 稳操农业工作基本盘 双街镇召开年中农业工作会议"
BODY = "近日,双街镇农业和旅游办公室组织召开年中农业工作会议。"

# name → (the page's lines, the byline text its first row after the title reads as)
LAYOUTS = {
    "pipe_society": ([SOCIETY_TITLE, "| 来源 | 中国珠算心算协会 | 编辑 | 秘书处 |", "| --- | --- | --- | --- |",
                      "| 时间 | 2026-01-07 |", BODY], "来源:中国珠算心算协会 编辑:秘书处 "),
    "below_society": ([SOCIETY_TITLE, "来源:", "中国珠算心算协会", "编辑:", "秘书处", "时间:", "2026-01-07", BODY],
                      "来源:中国珠算心算协会 编辑:秘书处 时间:2026-01-07"),
    "pipe_town": ([TOWN_TITLE, "| 发布日期 | 2021-06-22 14:10 | 来源 | 双街镇政府 |", "| --- | --- | --- | --- |", "字号",
                   BODY], "发布日期:2021-06-2214:10 来源:双街镇政府 "),
    "below_town": ([TOWN_TITLE, "发布日期:", "2021-06-22 14:10", "来源:", "双街镇政府", "字号", BODY],
                   "发布日期:2021-06-22 14:10 来源:双街镇政府"),
    # printed as one line, or an empty field over the body (the body's sentence is no value): read as printed (None)
    "one_line_town": ([TOWN_TITLE, "发布日期:2021-06-22 14:10 来源:双街镇政府", "字号", BODY], None),
    "empty_field": ([TOWN_TITLE, "来源:", BODY], None),
}


def _lines(name):
    lines = normalize_lines("\n".join(LAYOUTS[name][0]))
    return lines, [j for j, line in enumerate(lines) if not line.blank]


@pytest.mark.parametrize("name", LAYOUTS)
def test_byline_read_as_one_line(name):
    lines, rows = _lines(name)
    assert byline_text(lines, rows, 1) == (LAYOUTS[name][1] or lines[rows[1]].text)


@pytest.mark.parametrize("name", ["pipe_society", "below_society"])
def test_society_byline_names_the_issuer(name):
    lines, _ = _lines(name)
    assert byline_source(lines, 0, len(lines) - 1, title=lines[0].text) == "中国珠算心算协会"


@pytest.mark.parametrize("name", ["pipe_town", "below_town", "one_line_town"])
def test_town_item_credits_its_town(name):
    lines, _ = _lines(name)
    assert news_source(lines, 0, len(lines) - 1) == "双街镇政府"


@pytest.mark.parametrize("name, date", [("pipe_society", "2026-01-07"), ("below_society", "2026-01-07"),
                                        ("below_town", "2021-06-22")])
def test_byline_dates_the_page(name, date):
    lines, _ = _lines(name)
    assert _page_date(lines, 0)[0] == date
