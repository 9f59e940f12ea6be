"""Joint-action subjects and partners (issue #16): the bodies that convene a meeting lead what the next clause draws
others into; persons by post in a partner list are no units."""

import pytest

from kg.extract.duty_styles import sentence_roles
from kg.extract.joint_leads import opening_lead

CASES = [
    # benchmarks/data/other_districts_fresh35/texts/xizang-nongyenongcunting-cunzhuang-qingjie-xingdong-2019.txt, line 7
    pytest.param("西藏自治区党委农工办、西藏自治区农业农村厅在拉萨设主会场召开全面开展村庄清洁行动电视电话会议,并会同18个部门联合制定了"
                 "《农牧区人居环境整治村庄清洁行动方案》,对开展村庄清洁行动作出了专项部署。",
                 ["西藏自治区党委农工办", "西藏自治区农业农村厅"], id="fresh35-xizang-two-convene"),
    # the same line's first body alone: its whole name, never 党委 cut before 农工办
    pytest.param("西藏自治区党委农工办在拉萨设主会场召开电视电话会议,并会同18个部门联合制定了《农牧区人居环境整治村庄清洁行动方案》。",
                 ["西藏自治区党委农工办"], id="committee-office-whole-name"),
]


@pytest.mark.parametrize("sentence, lead", CASES)
def test_convening_bodies_lead(sentence, lead):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == lead


def test_opening_lead_of_a_convening_list():
    assert opening_lead(["西藏自治区党委农工办、西藏自治区农业农村厅在拉萨设主会场召开全面开展村庄清洁行动电视电话会议"]) == [
        "西藏自治区党委农工办", "西藏自治区农业农村厅"]
    # one convening body: its name as before
    assert opening_lead(["市农业农村局在拉萨召开会议"]) == ["市农业农村局"]


def test_persons_by_post_in_a_partner_list_are_dropped():
    # benchmarks/data/other_districts_fresh47/texts/xizang_shangwuting-2016-jieqian-anquan-dajiancha.txt, line 11
    # (joint_lists._bodies: 纪检负责人 is a person, its 负责 no duty verb; 消防人员 staff)
    roles, _ = sentence_roles("厅办公室组织人事处、纪检负责人和消防人员对厅办公区、生活区、重要仓库的疏散通道、消防设施、电气线路铺设情况以及"
                              "燃气管道、设施进行了隐患排查,落实了安保措施。")
    assert (roles.lead, roles.cooperate) == (["厅办公室"], ["人事处"])
