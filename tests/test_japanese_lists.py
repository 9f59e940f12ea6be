"""Enterprise lists told in Japanese (kg/extract/japanese_lists.py): each row read on its own real lines, and negatives."""

import pytest

from kg.extract.japanese_lists import JAPANESE_LISTS, japanese_counted_holders


@pytest.mark.parametrize("row", JAPANESE_LISTS, ids=[r.name for r in JAPANESE_LISTS])
def test_row_reads_its_example(row):
    above, line = row.example
    held = japanese_counted_holders(above, line)
    # entrep37 jiangsu-changzhou-jiangsu-laozihao-1pi-japanese-converter.txt:1-2: the 12 names, at the province's level
    assert len(held) == 12 and {k for _, k in held} == {"省级"}
    assert held[0][0] == "江苏双桂坊餐饮管理有限公司" and held[-1][0] == "金坛市饮食服务有限公司开一天酒家"


def test_count_must_match_the_names():
    above, line = JAPANESE_LISTS[0].example
    assert japanese_counted_holders(above.replace("12社", "13社"), line) == []


def test_names_need_the_count_line_above():
    _, line = JAPANESE_LISTS[0].example
    assert japanese_counted_holders("当市の17企业は申请していた。", line) == []
    # (a line that does not open on それは names no one)
    above, _ = JAPANESE_LISTS[0].example
    assert japanese_counted_holders(above, "現在、常州は「中華老字號」5社、「江蘇老字號」12社が有する。") == []
