"""Pipe-table headers printed a cell or two a line, cells broken over lines, above whole rows (issue #16)."""

import pytest

from kg.extract.pipe_headers import broken_pipe_header
from kg.model import Line


def _lines(raws: list[str]) -> list[Line]:
    return [Line(i + 1, r, r) for i, r in enumerate(raws)]


# benchmarks/data/other_districts_fresh25/texts/neimenggu_ordos-2023-yibao-shuangsuiji-choucha-jihua-pipe-table.txt, lines 2-18
ORDOS = ["序号 |", "抽查", "类别 |", "抽查事项 | 检查对象 |", "检查", "方式 |", "实施", "层级 |",
         "抽查比例或数量 | 信用风险分类监管要求 |", "起止", "时间 |", "检查", "重点 |", "责任", "科室 |", "备注 |",
         "3 | 医保基金检查 | 对签订服务协议的医疗机构、零售药店的监督管理 | 定点医药机构 | 现场检查、专业机构检查 | "
         "市级;各旗区根据各自情况自行安排 | 10% | 8月-11月 | 医保基金 | 市医疗保障局 | 与其它部门联合开展抽查 | |"]

CASES = [
    pytest.param(ORDOS, 0, (["序号", "抽查类别", "抽查事项", "检查对象", "检查方式", "实施层级", "抽查比例或数量",
                             "信用风险分类监管要求", "起止时间", "检查重点", "责任科室", "备注"], 16), id="fresh25-ordos-broken-cells"),
    # a header broken mid-word that never reaches a row: no header
    pytest.param(ORDOS[:16], 0, (None, 0), id="no-row-after"),
    # a prose line with a pipe opens no header
    pytest.param(["市医疗保障局2023年度“双随机、一公开”抽查工作计划 | |||||||||||"] + ORDOS, 0, (None, 0), id="title-row-first"),
    # a cell fragment cannot open the header
    pytest.param(ORDOS[1:], 0, (None, 0), id="fragment-first"),
]


@pytest.mark.parametrize("raws, k, expected", CASES)
def test_broken_pipe_header(raws, k, expected):
    assert broken_pipe_header(_lines(raws), k) == expected
