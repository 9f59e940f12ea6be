"""round195's task misses (issue #16; the weakest province groups), each rule with the real line it was written from and
plain negatives: a body's main duty, X主要负责… (duty_subjects: the subject leads, as X负责 / X具体负责); a body set up in one
clause helping in the next, 成立X,配合Y开展… (Y leads, X cooperates), and a helper unprinted, 配合Y印发… at a sentence's start (Y
leads; joint_assisted.assisted_leads)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh34 shanxi-zhongdian-jianshe-xiangmu-guanli-banfa-1991.txt:17 (its last sentence): the office set up the sentence
    # before leads its main duty; the units it coordinates are its work's object
    ("办公室主要负责建设、设计、施工单位以及有关部门的协调工作。", ["办公室"], []),
    ("县发展改革局全面负责项目的统筹协调工作。", ["县发展改革局"], []),
    # tasks50 neimenggu-arong-qi-weibianban-peihe-qi-sifaju-lincao-zhan-peihe.txt:3 (its two sentences): the stations set up help
    # the squad; the 委编办's own help to the bureau, its subject unprinted, leaves the bureau leading alone
    ("在12个乡镇农牧业技术推广服务中心挂牌成立林草工作站,配合乡镇综合行政执法队开展林草领域行政执法的辅助性工作等职能,持续推进基层治理"
     "体系和治理能力现代化建设工作。", ["乡镇综合行政执法队"], ["林草工作站"]),
    ("配合旗司法局印发《阿荣旗综合行政执法协作运行工作方案》,推动构建旗级部门之间、乡镇所队之间、旗乡两级之间协同配合的行政执法工作体制"
     "机制,形成工作合力。", ["旗司法局"], []),
    # negatives: a class helped, or nothing named
    ("配合有关部门制定方案。", None, None),
    ("配合做好相关工作。", None, None),
    # negatives: a body's chief, a person, is no duty's subject
    ("县发改局主要负责人要亲自抓。", None, None),
    ("县发改局主要负责同志带队检查。", None, None),
    ("县发改局主要负责领导参加会议。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round195_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_articles_office_leads_its_main_duty():
    got = dev_set_tasks("fresh34", "shanxi-zhongdian-jianshe-xiangmu-guanli-banfa-1991.txt", names=True)
    assert (17, ["办公室"], []) in got


def test_the_reports_two_sentences_on_one_line():
    got = dev_set_tasks("tasks50", "neimenggu-arong-qi-weibianban-peihe-qi-sifaju-lincao-zhan-peihe.txt", names=True)
    assert (3, ["乡镇综合行政执法队"], ["林草工作站"]) in got and (3, ["旗司法局"], []) in got
