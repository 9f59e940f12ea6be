"""A construction group's numbered units printed short (kg.extract.enterprise_classes.NUMBERED_UNITS): every row against
its real line, the names it takes and the names it leaves."""

import pytest

from kg.extract.enterprise_classes import NUMBERED_UNITS, numbered_unit
from kg.extract.enterprise_sentences import narrative_classes

# tianjin-yihangju-2020-gonglu-shuiyun-xinyong-aa-ji-zigongsi-jiancheng.txt (entrep138) line 5: the bureau and its
# companies graded in a news sentence, each by its short name
YIHANGJU = "在水运工程施工板块,一航局、一公司获得“AA”级信用评价;二公司、三公司、五公司获得“A”级评价。"


@pytest.mark.parametrize("row", NUMBERED_UNITS, ids=lambda r: r[0])
def test_every_row_reads_a_name_of_its_real_line(row):
    _, pattern, line = row
    assert any(pattern.match(n) for n, _, _ in narrative_classes(line))


def test_the_real_line_grades_each_unit():
    assert narrative_classes(YIHANGJU) == [("一航局", "AA", None), ("一公司", "AA", None), ("二公司", "A", None),
                                           ("三公司", "A", None), ("五公司", "A", None)]


@pytest.mark.parametrize("name,unit", [
    ("一航局", True), ("中交一航局", True), ("中国铁建港航局", True), ("中铁大桥局", True), ("中铁十一局", True), ("中建三局", True), ("二公司", True), ("十二公司", True),
    # an organ's bureau, a company with a place or a kind before 公司, a bare 公司: no numbered unit
    ("公安局", False), ("市税务局", False), ("县公司", False), ("分公司", False), ("公司", False), ("一局长", False),
    ("第一公司", False), ("中国人民银行广州分局", False), ("铁路局", False), ("港航局", False),
])
def test_numbered_unit(name, unit):
    assert numbered_unit(name) is unit


@pytest.mark.parametrize("line", [
    # an organ graded holds nothing; a county's company printed by its place is no numbered unit
    "市税务局、市公安局获得“A”级评价。",
    "县公司获得“AA”级信用评价。",
])
def test_no_unit_where_none_is_printed(line):
    assert narrative_classes(line) == []


def test_the_news_glad_word_before_its_verb():
    # (entrep31 guangdong-gonglu-shuiyun-xinyong-pingjia-aa-ji-converter.txt line 1, folded: 喜获, the group's bureau by
    # its short name; the design institute beside it is no enterprise)
    line = ("近日,广东省交通运输厅分别公布了2019年度广东省公路工程、水运工程从业单位信用评价结果,中国铁建港航局喜获公路工程施工AA级、"
            "水运工程施工AA级,港航局勘察设计院获得水运工程设计AA级。")
    assert narrative_classes(line) == [("中国铁建港航局", "AA", None)]
    assert narrative_classes("深圳市某某建设有限公司喜获公路工程施工AA级") == [("深圳市某某建设有限公司", "AA", None)]
