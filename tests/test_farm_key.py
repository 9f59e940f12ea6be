"""kg.extract.enterprise_sentences.farm_key: the comparison form of a farm's, a co-op's or a farm stay's name drops the
places printed before it; a company's registered name keeps them."""

import pytest

from kg.extract.enterprise_sentences import farm_key


@pytest.mark.parametrize("name, key", [
    ("天津市西青区田园风情家庭农场", "田园风情家庭农场"),
    # entrep37 hunan-yiyang-xiuxian-nongye-zhuangyuan-sixing-jiance-table.txt: line 4's text and line 31's table
    ("桃江县初寻南村农庄", "初寻南村农庄"),
    ("初寻南村农庄", "初寻南村农庄"),
    ("成县绿色田园开发有限公司", "成县绿色田园开发有限公司"),
    ("天津市西青区农场管理有限公司", "天津市西青区农场管理有限公司"),  # (农场 inside a company's name: no farm)
])
def test_farm_key(name, key):
    assert farm_key(name) == key
