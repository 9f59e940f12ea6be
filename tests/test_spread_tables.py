"""kg.extract.spread_tables: a header-led table flattened into lines (entrep25's forum copy of the 福建老字号 公示), its
rows read on the lines where they are printed, at the level of the designation the page quotes, proposed under a 公示."""

import pytest

from kg.extract.list_shapes import Context
from kg.extract.spread_tables import SHAPES, quoted_level, spread_table_rows

# entrep25 fujian-laozihao-1pi-gongshi-forum-table.txt, lines 1-3 and 9-10 (the board's noise kept), spaces removed
LINES = ("序号单位名称字号名称1福州聚春园集团有限公司聚春园2福州民天集团有限公司民天3福州回春医药连锁有限公司回春4福州豪峰食品有限公司"
         "赛园5福州台江老天华乐器行老天华6福州鼓楼区同利肉燕老铺同利7福州青芝田(正记)寿山石雕精品行青芝田(正记)8福州市鼓楼区老卤酱鸭店"
         "0J9w/zn*t",
         "老卤9福州安泰楼酒家",
         "$I3J,I9w,R!r7v安泰楼10福建省宏盛闽侯酒业有限公司")
PAGE = ("近日从福建省经贸委获悉,经企业申报,各设区市经贸委(贸发局)推荐,第一批“福建老字号”认定的申报和评审工作已经顺利完成。"
        "截止目前,共有66家企业申报“福建老字号”,经专家审核,初步确定37家符合“福建老字号”认定条件,其中福州有14家企业入选(详细名单见表格),"
        "居于全省首位。据省经贸委商业发展与市场建设处的有关负责人介绍,其他已提交申报材料但没在此次公示名单中的企业,主要是由于没有提供"
        "所申报的字号在1966年前开始使用的证明材料。")


def _read(k: int, page: str = PAGE):
    return spread_table_rows(LINES[k], Context(frozenset(), "".join(LINES) + page, lines=LINES, index=k))


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_the_holders_of_its_real_line(shape):
    line = "".join(shape.example.split())
    got = shape.read(line, Context(frozenset(), line + PAGE, lines=(line,), index=0))
    assert [n for n, *_ in got] == list(shape.holders)
    assert {level for _, level, *_ in got} == {shape.level}


@pytest.mark.parametrize("k, holders", [
    # the header's line: each row's longest name, the brand column after it left (a shop's 乐器行 / 老铺 / 精品行 too)
    (0, ["福州聚春园集团有限公司", "福州民天集团有限公司", "福州回春医药连锁有限公司", "福州豪峰食品有限公司", "福州台江老天华乐器行",
         "福州鼓楼区同利肉燕老铺", "福州青芝田(正记)寿山石雕精品行", "福州市鼓楼区老卤酱鸭店"]),
    # the rows running on: 9 after the noise "J9", 10 after "r7v"
    (1, ["福州安泰楼酒家"]),
    (2, ["福建省宏盛闽侯酒业有限公司"]),
])
def test_rows_are_read_on_the_line_that_prints_them(k, holders):
    got = _read(k)
    assert [n for n, *_ in got] == holders
    assert {(level, proposed) for _, level, _, proposed in got} == {("省级", True)}


def test_a_line_below_a_blank_one_is_no_row_and_a_page_of_no_level_reads_nothing():
    assert spread_table_rows("9福州安泰楼酒家", Context(frozenset(), PAGE, lines=("", "9福州安泰楼酒家"), index=1)) == []
    assert _read(0, page="近日,名单见表格。") == []


@pytest.mark.parametrize("page, level", [
    ("第一批“福建老字号”认定", "省级"),
    ("商务部公示“中华老字号”拟认定名单", "国家级"),
    ("“福建老字号”与“中华老字号”", None),  # (two levels quoted: none)
])
def test_quoted_level(page, level):
    assert quoted_level(page) == level
