"""Counted holder lists (kg.extract.counted_lists): every count layout against the real lines of its registry row, and
the readers of the names a count vouches for, with real lines and real negatives."""

import pytest

from kg.extract.counted_lists import (COUNT_LAYOUTS, count_value, counted_items, entrant_items, more_counted,
                                      short_names_before, vouched_names)


@pytest.mark.parametrize("layout,line,n", [(row, line, n) for row in COUNT_LAYOUTS for line, n in row.examples],
                         ids=lambda v: v.name if hasattr(v, "pattern") else None)
def test_layout_reads_its_real_lines(layout, line, n):
    m = layout.pattern.search(line)
    assert m is not None and count_value(m["n"]) == n


def test_every_layout_is_a_named_row_with_lines():
    assert len({row.name for row in COUNT_LAYOUTS}) == len(COUNT_LAYOUTS)
    for row in COUNT_LAYOUTS:
        assert row.names_stand in ("before", "after", "later") and row.examples, row.name
        assert ("names" in row.pattern.groupindex or "items" in row.pattern.groupindex) == (row.names_stand != "later")


@pytest.mark.parametrize("layout,line", [
    # the count's kind is no enterprise: projects counted (fresh38 重庆, https://epaper.cqrb.cn/cqrb/2023-12/07/002/content_rb_325527.htm)
    ("count_entered_names", "工厂揭榜单位和优秀场景名单,我市共26个项目入选,包括9个智能工厂和17个应用场景"),
    # a count that enters a list by itself is count_act's, no organ's verb before it (荆门, a real line of test_held_lists)
    ("act_count_as", "荆门市有110家企业入选,专精特新企业总量增至225家"),
])
def test_layout_misses_real_lines(layout, line):
    assert next(row for row in COUNT_LAYOUTS if row.name == layout).pattern.search(line) is None


@pytest.mark.parametrize("region,names", [
    # fresh25 济宁 (http://bodyessentialmassage.net/tzzt/rdzt/qgxc/202307/t20230731_1728435.html): as many as counted
    ("近日,工信部发布了第五批国家级专精特新“小巨人”企业名单,我市威达重工、大汉智能科技2家企业成功", ["威达重工", "大汉智能科技"]),
    # fresh36 南宁 (http://fjleihong.cn/zixun/2023/0114/011479236.html): where they stand told before the first
    ("目前,位于该集群的南南铝业、南南铝箔等6家企业", ["南南铝业", "南南铝箔"]),
    # fresh34 石嘴山 (http://www.nxnews.net/ds/szsdt/202008/t20200806_6809987.html): the city before the first
    ("石嘴山市大窑饮品、吉元君泰、天地奔牛等5家企业", ["大窑饮品", "吉元君泰", "天地奔牛"]),
    # fresh32 兰州: a public institute counted among the firms is none
    ("其中,我市中农威特、大方电子、省机械研究院等76家企业", ["中农威特", "大方电子"]),
    # docent59 兰州 (http://m.dfzdm.com/html/1659/2021-12-21/content-355708.html): three characters among longer names
    ("我市兰州石化、天华院、蓝科石化、兰州电机、德福新材料、长飞光纤光缆共6家企业",
     ["兰州石化", "天华院", "蓝科石化", "兰州电机", "德福新材料", "长飞光纤光缆"]),
    # negatives: one name of a larger count is no counted group (济宁's wording); a clause of the count's own words
    ("其中威达重工等3家企业成功", []),
    ("全市国家级专精特新“小巨人”企业发展到9家", []),
])
def test_short_names_before_a_count(region, names):
    assert short_names_before(region) == names


@pytest.mark.parametrize("text,n,names", [
    # entrep37 榆林 (榆林日报 2017): a county heading several names is none of theirs, one before a single name stays
    ("榆阳区治宇休闲农家,神木市陕北民俗文化大观园、盘龙湾近郊农业体验园", 3,
     ["榆阳区治宇休闲农家", "陕北民俗文化大观园", "盘龙湾近郊农业体验园"]),
    # negatives: fewer items than counted; places, no names (榆林's wording)
    ("神木市陕北民俗文化大观园、盘龙湾近郊农业体验园", 17, []),
    ("神木市、府谷县", 2, []),
])
def test_counted_items(text, n, names):
    assert counted_items(text, n) == names


@pytest.mark.parametrize("names,n,items", [
    # 福州's wording (fznews.com.cn 2018-11-27): the names end at the comma after the last, the last two joined by 和
    ("宏港纺织、新纤科技和冠城瑞闽,占全省总数的37.5%", 3, ["宏港纺织", "新纤科技", "冠城瑞闽"]),
    ("宏港纺织、新纤科技和冠城瑞闽,占全省总数的37.5%", 4, []),
])
def test_entrant_items(names, n, items):
    assert entrant_items(names, n) == items


def test_vouched_names():
    assert vouched_names(["重庆海螺水泥", "重庆美的", "OPPO(重庆)移动智能终端"])  # (a brand's 的 and letters)
    assert not vouched_names(["张三丰", "李四光", "王小二"])  # (three-character items alone: persons)
    assert not vouched_names(["城关镇", "南关镇", "北关镇"])  # (places)


def test_more_counted_takes_the_count_that_holds_them_all():
    found, counted = [("鹏翎集团", "国家级")], [("高盛钢丝绳", "国家级"), ("鹏翎集团", "国家级")]
    assert more_counted(found, counted) == counted
    assert more_counted(counted, found) == counted
    assert more_counted([], counted) == counted and more_counted(found, []) == found
