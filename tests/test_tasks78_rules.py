"""Readers widened for fresh36's tasks (stop 23's tasks78): partners closed by their 等-phrase after 与, 执法 as the action
after the closing 等-phrase, a visiting team's requirement naming districts, a bureau joined by 和 before the staff
taken along, and a class of bodies carried into a clause that has only an adverb before 会同. Each with the real lines
it was written from (and other real pages with the same wording where the pages corpus held one) and real or plain
negatives that must not match."""

import pytest

from conftest import sentence_roles


@pytest.mark.parametrize("sentence,cooperate", [
    # A与B、C等部门…: the fields before the closing 等-phrase stand for their departments, none leads (fresh36's 泸水, both lines,
    # https://www.ynjtzf.org.cn/html/2023/gongzuoyaowen_0727/116.html)
    ("截至目前,州交通运输综合行政执法支队泸水大队与公安边境、交警等执法部门共同组织联合检查7次,检查企业30余户,检查车辆300余辆,"
     "查处涉嫌违法车辆7辆。", ["州交通运输综合行政执法支队泸水大队", "公安边境", "交警"]),
    ("今年以来,按照《国务院办公厅关于深入推进跨部门综合监管的指导意见》和省、州工作部署,怒江州交通运输综合行政执法部门与公安交通、"
     "边境管理等部门建立了“依法行政、优势互补、信息互通、运转高效”的协同共治工作机制,开展了一系列深度融合联合执法工作,及时会商分析"
     "存在的问题,强化应急处置联勤联动协作,共同研究解决措施。", ["怒江州交通运输综合行政执法部门", "公安交通", "边境管理"]),
])
def test_partners_closed_by_their_tail(sentence, cooperate):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == ([], cooperate)


@pytest.mark.parametrize("sentence", [
    # no body named before 与: the parties unnamed
    "他们与公安、交警等部门共同组织联合检查7次。",
    # a partnership of businesses, no joint action (the pages' "区政府与某某科技有限公司深入合作" rule)
    "双方与公安、交警等部门保持密切沟通。",
])
def test_partners_unnamed_no_task(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.cooperate == [] and roles.lead == []


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # 执法 itself after 多部门 (fresh36's 海南 海监, a count-like 多部门 generic, fresh35's rule)
    ("中国海监海南省总队(以下简称“省总队”)联合多部门执法,严厉打击非法采砂行为,取得明显成效。", ["中国海监海南省总队"], []),
    # and after the fields' 等部门, the sentence ending there
    ("县城管局联合公安、市场监管等部门执法。", ["县城管局"], ["公安", "市场监管"]),
])
def test_enforcement_after_the_closing_phrase(sentence, lead, cooperate):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, cooperate)


def test_enforcement_squad_stays_a_name():
    # 执法大队 after 联合 is a body's name, the partner (http://jtj.cngy.gov.cn/ygj/News/show/20210311120659294.html has
    # "…联合经开区特巡警大队,辖区交警大队,高速交警大队等多部门在陵江高速路口…开展专项执法检查")
    roles, _ = sentence_roles("县交通运输局联合县综合行政执法大队开展联合检查。")
    assert roles.lead == ["县交通运输局"] and roles.cooperate == ["县综合行政执法大队"]


def test_visiting_team_requiring_districts():
    # a supervising team's requirement after its visit names the districts that carry it out (fresh36's 北京 住建委; its
    # README: the districts lead, a place standing for its government)
    roles, _ = sentence_roles("督导组要求大兴区、通州区政府进一步对标对表,严格落实安全生产和消防安全责任,聚焦火灾防控、建筑施工、交通运输等重点领域"
                   "隐患排查整治。")
    assert (roles.lead, roles.cooperate) == (["大兴区", "通州区政府"], [])


@pytest.mark.parametrize("sentence", [
    # a team's requirement naming no body, or a class (http://tgxcw.gov.cn/tgblink/tgbart?id=11388&page=1&issue=4638,
    # fresh35's 五一街, https://zydjyzx.com/html/HtmlMCAFDCN8I35.html)
    "就做好下一步安全生产工作,督导组要求,要认清形势,提高政治站位,强化履职担当,坚决扛起防范化解重大安全风险的政治责任。",
    "检查组要求各经营场所切实做好元旦前夕安全生产工作,严格落实主体责任,全面排查并消除安全隐患。",
    "督查组要求各责任单位要严格按照县委的总体部署和要求,进一步提高政治站位,靠实工作责任。",
    # places alone, no body among them: the team's words to places only stay unread
    "督导组要求大兴区、通州区进一步对标对表,严格落实安全生产责任。",
])
def test_team_requirement_without_named_body(sentence):
    assert sentence_roles(sentence)[0].lead == []


@pytest.mark.parametrize("sentence,cooperate", [
    # a bureau joined by 和 to the one before it, then the staff taken along (fresh36's 海口, a converter page)
    ("海口市公安局森林分局火山口林区派出所积极联合秀英区农林局和综合执法局及乡镇执法人员开展古树名木巡查和迁徙候鸟保护行动。",
     ["秀英区农林局", "综合执法局"]),
    # the staff alone after one bureau stay persons
    ("县公安局联合县林业局及乡镇执法人员开展巡查。", ["县林业局"]),
])
def test_bureau_joined_before_staff(sentence, cooperate):
    assert sentence_roles(sentence)[0].cooperate == cooperate


def test_class_carried_into_adverb_clause():
    # 主动 before 会同 is how the stations act, no field (fresh36's 中卫): the class opening the clause before goes on
    # (generic), the bureau organising the campaign in the clause before it leads (its README)
    roles, _ = sentence_roles("在做实矛盾纠纷化解的同时,中卫市公安局组织并且开展安全生产隐患治理行动,各派出所紧盯对加油加气站、烟花爆竹、寄递物流等"
                   "各类行业场所,主动会同应急、消防、住建、市场监管等部门,全方面开展安全风险隐患排查检查,督促落实安全措施。")
    assert roles.lead == ["中卫市公安局"] and roles.generic_lead == ["各派出所"]
    assert roles.cooperate == ["应急", "消防", "住建", "市场监管"]


def test_class_carried_without_organiser():
    # no body organising before the class: the class alone, generic
    roles, _ = sentence_roles("近期天气多变,各派出所紧盯各类行业场所,主动会同应急、消防等部门,全方面开展排查检查。")
    assert roles.lead == [] and roles.generic_lead == ["各派出所"] and roles.cooperate == ["应急", "消防"]


def test_adverb_is_never_a_field():
    roles, _ = sentence_roles("主动会同应急、消防、住建、市场监管等部门,全方面开展安全风险隐患排查检查。")
    assert "主动" not in roles.lead


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # the subject's duty opening 深化与A、B的协作 (fresh36's 刘阁, a converter page; its README: X leads, A and B cooperate)
    ("下一步,刘阁街道办事处城管中队将继续深化与公安、巡防队伍的协作机制,推动治安巡逻常态化、精细化,努力为辖区群众营造更加安全、有序、"
     "和谐的生活环境。", ["刘阁街道办事处城管中队"], ["公安", "巡防队伍"]),
    # fields closed by 等部门
    ("县交通运输局将继续加强与公安、市场监管等部门的协作配合。", ["县交通运输局"], ["公安", "市场监管"]),
    # no government body or field among the partners: a university, a company, platforms (tasks40's 余杭 "深化与浙江大学、
    # 阿里巴巴集团的合作"; the sample corpus's "加强与国内外知名跨境电商平台的合作")
    ("市商务局要加强与浙江大学、阿里巴巴集团的合作。", ["市商务局"], []),
    ("市商务局要加强与国内外知名跨境电商平台的合作。", ["市商务局"], []),
])
def test_partners_the_duty_deepens_work_with(sentence, lead, cooperate):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, cooperate)
