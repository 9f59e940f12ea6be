"""round195's task misses (issue #16; the weakest province groups), each rule with the real line it was written from and
plain negatives: a body's main duty, X主要负责… (duty_subjects: the subject leads, as X负责 / X具体负责)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh34 shanxi-zhongdian-jianshe-xiangmu-guanli-banfa-1991.txt:17 (its last sentence): the office set up the sentence
    # before leads its main duty; the units it coordinates are its work's object
    ("办公室主要负责建设、设计、施工单位以及有关部门的协调工作。", ["办公室"], []),
    ("县发展改革局全面负责项目的统筹协调工作。", ["县发展改革局"], []),
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
