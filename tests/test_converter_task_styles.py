"""Task styles widened for the converter copies' misses (issue #16, round165): every converter-copy task miss on the development
folders also fails when the page is folded to simplified text first (the pinyin stripper leaves no residue on a task line), so the
fixes are sentence styles, each with the real converter line it was written from (pinyin as printed) and negatives:
- a pledge to cooperate, `A、B,、C均表示定會積極配合` (duty_styles: the pledge read as 要; a comma doubled before 、 dropped);
- `X組織A、B等部門的干部進村入戶開展…` (role_word_charges: the list closes at its 等部門的干部)."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # tasks50's 武陵源 教育工程 meeting, a converter copy whose mirror doubles its stops
    # (benchmarks/data/other_districts_tasks50/texts/hunan-wulingyuan-converter-jiaoyu-gongcheng-ge-ju-biaoshi-peihe-comma-dun.txt:3)
    ("會(huì)議上,,區(qū)財(cái)政局、區(qū)國土局,、區(qū)規(guī)劃局,、區(qū)環(huán)保局均表示定會(huì)積極配合,同時(shí)分別在各自領(lǐng)域",
     "duty_sentence", [], ["区财政局", "区国土局", "区规划局", "区环保局"]),
    # plain: 表示将 before 配合
    ("会议上,区财政局、区国土局表示将积极配合。", "duty_sentence", [], ["区财政局", "区国土局"]),
    # fresh34's 商南 冬令救助 item, a converter copy
    # (benchmarks/data/other_districts_fresh34/texts/shaanxi_shangnan-dongling-chunhuang-jiuzhu-minzhengju-qiantou-converter.txt:2)
    ("入冬以來,商南縣組織10個(gè)鎮(zhèn)辦及縣人社、民政、工會(huì)、殘聯(lián)等部門的干部進(jìn)村入戶開展調(diào)查摸底",
     "joint_action", ["商南县"], ["县人社", "民政", "工会", "残联"]),
])
def test_converter_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a pledge to do the body's own work is its own words, no task (plain)
    "区公安局表示将加大执法力度。",
    # a body organising its own cadres does a deed (plain, as the role-word styles' negatives)
    "商南县组织干部进村入户开展调查摸底。",
])
def test_converter_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty


def test_converter_files():
    got = dev_set_tasks("tasks50", "hunan-wulingyuan-converter-jiaoyu-gongcheng-ge-ju-biaoshi-peihe-comma-dun.txt", names=True)
    assert (3, [], ["區(qū)財(cái)政局", "區(qū)國土局", "區(qū)規(guī)劃局", "區(qū)環(huán)保局"]) in got
    got = dev_set_tasks("fresh34", "shaanxi_shangnan-dongling-chunhuang-jiuzhu-minzhengju-qiantou-converter.txt", names=True)
    assert (2, ["商南縣"], ["縣人社", "民政", "工會", "殘聯"]) in got
