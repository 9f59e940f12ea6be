"""round208's task misses in the weakest groups (issue #16; 广东 and the converter script, the traditional 甘肃 copy), each rule
with the real line it was written from and plain negatives: the work a named body is handed by law or by the rules' procedure
(由X依法实施, 由X会省有关部门…按规定程序办理, duty_led._CHARGED_BY and _short_in_concert), a later 由X… after a power the law gives
another, named first (_charged_by), 由X按照… after a clause (duty_led._by_units_after), and a community as s2twp writes it (社群,
units._UNIT_END and joint_lists' 及-split), a 责任部门 cell (X牵头,Y按职责分工负责; _lead_then_shares), a body entrusted with joint
work on a basis (委托X按照…要求,会同Y…; _lead_over_basis), and a duty's modal glued to a name (units._NOT_A_NAME's 应当)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh44 guangdong_nansha-xinqu-kaifa-jianshe-ruogan-yijian-converter.txt:1 (the province's 若干意见 on 南沙, its clauses)
    ("南沙新区管理机构设立前,由南沙开发区管委会、南沙区政府依法实施。", ["南沙开发区管委会", "南沙区政府"], []),
    ("具体由省编办会省有关部门以负面清单形式按规定程序办理。", ["省编办"], []),
    ("具体由省编办会同省有关部门以负面清单形式按规定程序办理。", ["省编办"], []),
    ("对法律、法规和规章规定由省政府及省有关部门行使的经济调节、市场监管等行政管理职权,原则上下放或委托南沙新区管理机构依法实施(南沙"
     "新区管理机构设立前,由南沙开发区管委会、南沙区政府依法实施)。", ["南沙开发区管委会", "南沙区政府"], []),
    ("对南沙新区上缴的新增建设用地有偿使用费省级部分的50%,安排省级专项补助,由南沙新区按照国家和省关于新增建设用地有偿使用费的管理"
     "规定,专项用于高标准基本农田建设。", ["南沙新区"], []),
    ("由市人民政府依法实施。", ["市人民政府"], []),
    # fresh46 gansu_lanzhou-qilihe-shifogou-jingqu-huanwei-zhifaju-lianhe-zhengzhi-s2twp.txt:9 (s2twp writes 社区 as 社群)
    ("近日,七里河區石佛溝景區環衛執法局聯合阿幹鎮政府、中街社群及民意社群,出動執法隊員9人,對仿古街沿線門店的店外經營進行清理整治。",
     ["七里河区石佛沟景区环卫执法局"], ["阿干镇政府", "中街社群", "民意社群"]),
    # fresh47 beijing_fagaiwei-2020-renda-changweihui-shenyi-yijian-yanjiu-chuli-qingkuang-baogao.txt:11: the body entrusted, the basis
    # it works on between it and its 会同, an adverb before the duty's verb (duty_led._lead_over_basis, _DUTY_START)
    ("市政府高度重视,委托市发展改革委按照审议意见要求,会同市相关部门扎实做好落实工作。", ["市发展改革委"], []),
    ("市发展改革委会同市相关部门扎实做好落实工作。", ["市发展改革委"], []),
    # negatives: a class handed the work, a penalty after a condition, 会 that is no 会同, a power held by another alone, a class
    # working on a basis
    ("由县级以上人民政府依法实施。", None, None),
    ("违反本条例规定的,由县级以上人民政府按照职责处理。", None, None),
    ("违反本条例规定的,由市城市管理局按照有关规定处罚。", None, None),
    ("由省编办会议研究后按规定程序办理。", None, None),
    ("对法律、法规和规章规定由省政府及省有关部门行使的职权,原则上下放南沙新区。", None, None),
    ("有关部门按照要求,会同各乡镇开展检查。", None, None),
    # (the sample corpus's 001:342, a placement with 根据: not read)
    ("选择继续从事盐业行政管理相关工作的,符合调任条件的人员,由区政府根据工作需要安置。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round208_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_nansha_opinion_hands_three_duties():
    got = dev_set_tasks("fresh44", "guangdong_nansha-xinqu-kaifa-jianshe-ruogan-yijian-converter.txt", names=True)
    assert got == [(1, ["南(nán)沙開(kāi)發區管委會", "南(nán)沙區政府"], []), (1, ["省編辦"], []), (1, ["南(nán)沙新區"], [])]


# a 责任部门 cell: the lead, then the bodies taking their part by their remit (duty_led._lead_then_shares)
CELL_ROWS = [
    # tasks28 neimenggu_zizhiqu-laojiu-xiaoqu-gaizao-zeren-bumen-pdf-columns.txt:15 (the cell's first line, cut from the rest by the
    # page's columns) and the cell whole (lines 5-11)
    ("自治区住房城乡建设厅牵头,", ["自治区住房城乡建设厅"], []),
    ("自治区住房城乡建设厅牵头,联席会议成员单位按职责分工负责;", ["自治区住房城乡建设厅"], []),
    ("省发展改革委牵头,省财政厅、省商务厅按职责分工负责。", ["省发展改革委"], ["省财政厅", "省商务厅"]),
    # negatives: a class or a person as the lead
    ("各地区牵头,", None, None),
    ("副市长牵头,", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", CELL_ROWS, ids=[r[0][:16] for r in CELL_ROWS])
def test_round208_cell_rows(sentence, lead, coop):
    test_round208_rows(sentence, lead, coop)


def test_the_cut_cell_leads_its_row():
    got = dev_set_tasks("tasks28", "neimenggu_zizhiqu-laojiu-xiaoqu-gaizao-zeren-bumen-pdf-columns.txt", names=True)
    assert (15, ["自治区住房城乡建设厅"], []) in got, got


def test_a_modal_glued_to_a_name_is_no_partner():
    got = dev_set_tasks("tasks40", "hebei-tangshan-bingmei-banfa-fengong-x-fuze-inline.txt", names=True)
    assert not any("应当" in name for _, lead, coop in got for name in lead + coop), got
