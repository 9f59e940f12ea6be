"""kg.extract.entrant_lists (round158, fresh51's first-sight enterprise misses): each registered shape reads the holders of the
real lines it was written for, at their level; the block shape reads only as many names as its line counts, under a line
that determines them; a run parted by 、 alone is left to the other readers; and the documents themselves read whole."""

import pytest

from kg.extract.entrant_lists import BLOCK_SHAPES, SHAPES, counted_names_below, entrants_semicolons
from kg.extract.list_shapes import Context


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_the_holders_of_its_real_line(shape):
    got = shape.read("".join(shape.example.split()), Context())
    assert [n for n, *_ in got] == list(shape.holders)
    assert {level for _, level, *_ in got} == {shape.level}


def _block(lines: list[str]) -> list[tuple[str, str]]:
    texts = tuple(lines)
    out = []
    for k, x in enumerate(texts):
        out += [(n, level) for n, level, *_ in counted_names_below(x, Context(lines=texts, index=k))]
    return out


@pytest.mark.parametrize("shape", BLOCK_SHAPES, ids=lambda s: s.name)
def test_each_block_shape_reads_the_holders_of_its_real_lines(shape):
    got = _block(shape.example.split("\n"))
    assert [n for n, _ in got] == list(shape.holders) and {level for _, level in got} == {shape.level}


def test_no_more_names_than_counted():
    lines = ["集团2家公司被正式确定为山西省农业产业化省级重点龙头企业。", "山西锦绣大象农牧股份有限公司", "", "山西大象农牧集团有限公司",
             "山西新大象养殖股份有限公司"]
    assert [n for n, _ in _block(lines)] == ["山西锦绣大象农牧股份有限公司", "山西大象农牧集团有限公司"]


def test_names_under_no_determining_line_hold_nothing():
    assert _block(["集团15家分(子)公司参加了评选。", "山西锦绣大象农牧股份有限公司"]) == []
    assert _block(["山西锦绣大象农牧股份有限公司", "山西大象农牧集团有限公司"]) == []


def test_entrants_need_semicolons_and_a_level():
    assert entrants_semicolons("名单的上榜企业有莱芜万兴果菜食品加工有限公司、山东协和泰食品有限公司。", Context()) == []
    assert entrants_semicolons("上榜企业有莱芜万兴果菜食品加工有限公司;山东协和泰食品有限公司。", Context()) == []


def test_fresh51_documents_read_whole():
    from benchmarks.other_districts import run_pipeline
    from pathlib import Path

    texts = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh51" / "texts"
    _, facts, _ = run_pipeline(texts / "shandong_laiwu-diba-pi-nongye-chanyehua-shi-zhongdian-longtou-qiye-mingdan.txt")
    assert len([r for r in facts["enterprises"] if r["source"]["line_start"] == 3]) == 9
    _, facts, _ = run_pipeline(texts / "shanxi_nongye-chanyehua-shengji-zhongdian-longtou-qiye-daxiang-jituan-15jia-converter.txt")
    assert len(facts["enterprises"]) == 15
    assert {k["class"] for r in facts["enterprises"] for k in r["classifications"]} == {"省级"}


def test_a_proposed_first_needs_a_proposing_act_and_a_place():
    from kg.extract.entrant_lists import proposed_counted_first

    assert proposed_counted_first("确定永丰种业小麦良种产业联合体等147家经营主体为山东省农业“新六产”示范主体。", Context()) == []
    assert proposed_counted_first("拟确定永丰种业小麦良种产业联合体等147家经营主体为农业“新六产”示范主体。", Context()) == []
    got = proposed_counted_first("拟确定永丰种业小麦良种产业联合体等147家经营主体为山东省农业“新六产”示范主体。", Context())
    assert got == [("永丰种业小麦良种产业联合体", "省级", None, True)]
