"""A counted set closed by a comma, then its names grouped by place (kg.extract.counted_then_named): every layout against
the real lines of its registry row, and the reader of the names with real lines and real negatives."""

import pytest

from kg.extract.counted_lists import count_value
from kg.extract.counted_then_named import COUNT_THEN_NAMED, counted_then_named, place_led_items


@pytest.mark.parametrize("layout,line,n", [(row, line, n) for row in COUNT_THEN_NAMED for line, n in row.examples],
                         ids=lambda v: v.name if hasattr(v, "pattern") else None)
def test_layout_reads_its_real_lines(layout, line, n):
    m = layout.pattern.search(line)
    assert m is not None and count_value(m["n"]) == n
    assert len(counted_then_named(line)) == n


def test_every_layout_is_a_named_row_with_lines():
    assert len({row.name for row in COUNT_THEN_NAMED}) == len(COUNT_THEN_NAMED)
    assert all(row.names_stand == "after" and row.examples for row in COUNT_THEN_NAMED)


def test_the_place_before_a_group_is_no_part_of_its_names():
    # (工信部 建筑垃圾综合利用 list, a traditional repost read folded, entrep66)
    line = ("此前的2018年1月29日,工信部也曾公布《符合《建筑垃圾综合利用行业规范条件》企业名单(第一批)》,涉及3个省共5家,他们分别是"
            "浙江省的杭州富丽华建材有限公司、桐乡市同德墙体建材有限公司,河南省的河南盛天环保再生资源利用有限公司、许昌金科资源再生股份"
            "有限公司,以及陜西省的陜西建新环保科技发展有限公司")
    assert counted_then_named(line) == [("杭州富丽华建材有限公司", ""), ("桐乡市同德墙体建材有限公司", ""),
                                        ("河南盛天环保再生资源利用有限公司", ""), ("许昌金科资源再生股份有限公司", ""),
                                        ("陜西建新环保科技发展有限公司", "")]
    assert place_led_items("江苏省的苏州市建筑材料再生资源利用有限公司,广东省的深圳市永安环保实业有限公司,深圳市绿发鹏程环保科技"
                           "有限公司") == ["苏州市建筑材料再生资源利用有限公司", "深圳市永安环保实业有限公司",
                                          "深圳市绿发鹏程环保科技有限公司"]


def test_the_kind_is_kept_as_printed():
    line = ("新增的3家建筑垃圾综合利用企业,分别是江苏省的苏州市建筑材料再生资源利用有限公司,广东省的深圳市永安环保实业有限公司,"
            "深圳市绿发鹏程环保科技有限公司")
    assert {kind for _, kind in counted_then_named(line)} == {"建筑垃圾综合利用企业"}


@pytest.mark.parametrize("line", [
    # short names, no legal ending: the count alone does not make them whole names here (胡润, entrep66)
    "今年二季度新发现13家潜力独角兽企业,它们分别是:e换电、岸迈生物、呆萝卜、叮咚买菜、鼎航医药、黑芝麻智能、诺辉健康、石头科技、"
    "树根互联、斯维登、微脉、学霸君和运去哪",
    # fewer names than the count (the same page's first batch, its last name left out)
    "涉及3个省共5家,他们分别是浙江省的杭州富丽华建材有限公司、桐乡市同德墙体建材有限公司,河南省的河南盛天环保再生资源利用有限公司、"
    "许昌金科资源再生股份有限公司",
])
def test_names_not_vouched_for_are_left(line):
    assert counted_then_named(line) == []
