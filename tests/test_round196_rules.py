"""round196's task misses (issue #16; the weakest province groups), each rule with the real line it was written from and
plain negatives: a city printed short after its province printed short, as a news dateline prints it (山西太原), stands for its
administration as the subject of 将 (rule 2), and the day it starts from (从即日起,) may stand between it and its 将
(duty_subjects._province_then_city, _STILL)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh38 shanxi_taiyuan-jianzhu-gongdi-xiaofang-anquan-lianhe-ducha.txt:2 (its clause): the city, printed after its
    # province, will act from today
    ("山西太原从即日起,将对建筑工地等场所开展为期一月的消防安全联合督查检查工作,坚决遏制近期火灾事故频发势头,确保群众生命财产安全和社会"
     "稳定。", ["山西太原"], []),
    ("采访人员17日从太原市应急管理局获悉,山西太原从即日起,将对建筑工地等场所开展为期一月的消防安全联合督查检查工作。", ["山西太原"], []),
    ("太原市从即日起,将对建筑工地等场所开展消防安全检查工作。", ["太原市"], []),
    ("自即日起,太原市将对建筑工地等场所开展消防安全检查工作。", ["太原市"], []),
    ("浙江杭州将对建筑工地等场所开展消防安全检查工作。", ["浙江杭州"], []),
    # a prefecture bare (no province before it) with 将: a place printed short, as fresh62's 海口 (its README at opening: 海口 with
    # 將 leads; duty_subjects._prefecture_short, round198 — this row was a negative before)
    ("太原从即日起,将对工地开展检查。", ["太原"], []),
    # negatives: a province and a word that is no city, a 将 as 把
    ("山西人民将对工地开展检查。", None, None),
    ("江苏南京市民将对工地开展检查。", None, None),
    ("山西太原从即日起,将该项工作纳入考核。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round196_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_dateline_city_leads_its_check():
    got = dev_set_tasks("fresh38", "shanxi_taiyuan-jianzhu-gongdi-xiaofang-anquan-lianhe-ducha.txt", names=True)
    assert (2, ["山西太原"], []) in got


def test_a_spaced_table_with_a_text_column_after_its_unit_columns():
    # tasks40 shanxi-changzhi-lianhe-chouchao-faqi-peihe-space-table.txt: its header wrapped over eight lines, the last
    # "发起部门 配合部门 抽查检查" ⏎ "模式"; row 1's 配合部门 cell wrapped by its 、 ("市邮政管理局、" ⏎ "市公安局"), its 模式 cell on the
    # line after; row 3 prints no unit cells
    got = dev_set_tasks("tasks40", "shanxi-changzhi-lianhe-chouchao-faqi-peihe-space-table.txt", names=True)
    assert got == [(11, ["市烟草专卖局"], ["市邮政管理局", "市公安局"]), (14, ["市医保局"], ["市审批服务管理局"])]
