"""fresh52's document misses (benchmarks/data/other_districts_fresh52, opened to development at stop 30; round163), each with
the line as printed in its file: a source bracket's organ before the site's column (kg/parse/source_fields.py's _NEWS_END)
and a 关于 title cut at its subject's type word, run on over its next lines (kg/parse/header_lines.about_title_run)."""

import pytest

from kg.parse.header_lines import about_title_run
from kg.parse.normalize import normalize_lines


@pytest.mark.parametrize("text,organ", [
    # tianjin_hebei-qu-chengguanwei-laji-fenlei-lianhe-zhifa-jiancha.txt:1, a site's copy opening with its source bracket
    ("【来源:天津河北区人民政府_河北要闻】\n为加快推进我区生活垃圾分类工作,近日,我区开展了为期三天的生活垃圾分类检查。",
     "天津河北区人民政府"),
    # the s2twp copy (tianjin_hebei-qu-chengguanwei-laji-fenlei-lianhe-zhifa-jiancha-s2twp.txt:1)
    ("【來源:天津河北區人民政府_河北要聞】\n為加快推進我區生活垃圾分類工作,近日,我區開展了為期三天的生活垃圾分類檢查。",
     "天津河北区人民政府"),
    # negative (constructed): a newspaper before its column is no organ
    ("【来源:天津日报_河北要闻】\n近日,我区开展了为期三天的生活垃圾分类检查。", None),
])
def test_source_bracket_organ_before_the_column(text, organ):
    from kg.parse.source_fields import news_source

    lines = normalize_lines(text)
    assert news_source(lines, 0, len(lines) - 1) == organ


@pytest.mark.parametrize("title,nexts,run", [
    # hainan_sheng-2021-guomin-jingji-jihua-zhixing-baogao.txt:1-3, the title over three lines
    ("关于海南省2021年国民经济和社会发展计划", ["执行情况与2022年国民经济和社会发展", "计划的报告"], 2),
    ("关于海南省2021年国民经济和社会发展计划", ["执行情况与2022年国民经济和社会发展计划的报告"], 1),
    # negatives (constructed): the body under a complete title; a 关于 title with its 的 already; a header field after it
    ("关于海南省2021年国民经济和社会发展计划", ["2021年是建党100周年,是“十四五”开局之年。"], 0),
    ("关于进一步加强安全生产工作的意见", ["执行情况的报告"], 0),
    ("关于海南省2021年国民经济和社会发展计划", ["2022年1月20日", "计划的报告"], 0),
])
def test_about_title_cut_at_its_subjects_kind(title, nexts, run):
    assert about_title_run(title, nexts) == run


def test_hainan_report_title_whole():
    from pathlib import Path

    from kg.parse import parse_issue

    issue = parse_issue(Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh52" / "texts"
                        / "hainan_sheng-2021-guomin-jingji-jihua-zhixing-baogao.txt")
    assert issue.documents[0].title == "关于海南省2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的报告"
