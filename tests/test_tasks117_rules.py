"""Readers widened for tasks117's first-sight misses (stop 27): a duty moved to a named bearer (`移交X承担`), a team's charge
with its lead (`以X牵头的…小组…负责`), a chair's charge in minutes (`請X就…予以主政`), a time word before 联合 (`X于近期联合…`),
joint work under a guiding body (`Y在X统筹指导下,联合A、B…`), a subject assisting a named body (`Y配合X…`, and a duty line's
`…,配合X…` clause cut off with its subject carried) — the rows of kg/extract/named_charges.py — and 将针对 in duty_subjects.py's
will-words. Each with the real lines it was written from and negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.named_charges import assisting_clauses
from kg.extract.units import is_unit


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a city 建设局's 职责 adjustment (tasks117's 转移职责, https://m.zjtcn.com/news/51196598.html)
    ("1、将城市客运(含公共交通、出租车、中巴车)管理职责移交市交通运输局承担。", "charged_by", ["市交通运输局"], []),
    ("3、将城市新建(改扩建)道路交通设施(隔离墩及标志、标线、护栏、信号灯)的建设、维护职责移交市公安局交警支队承担。", "charged_by",
     ["市公安局交警支队"], []),
    # a team's charge with its lead (tasks117's 孟寺镇, traditional, http://m.nxhuan.com/shxw1473/p/714956.html)
    ("該鎮成立了以綜治辦牽頭的專項執法小組專項負責此項工作。", "led_by", ["综治办"], []),
    # a chair's charge in the county's minutes (tasks117's 桃園, https://gazette.tycg.gov.tw/TYBulletin/Home/ViewMain/244)
    ("4.台七線部分:請觀光行銷局就台七線成立國家級風景區部份,予以主政,", "led_by", ["观光行销局"], []),
    # a time word between the subject and its 联合 (tasks117's 常州经开区, https://jkq.changzhou.gov.cn/content/suitable/show?catid=35357&id=37096)
    ("根据《关于开展全市人民工程安全隐患专项排查整治工作的通知》等文件要求,常州经开区经济发展局于近期联合各镇、街道,就人防工程建设审批落实情况等"
     "方面组织开展专项排查。", "joint", ["常州经开区经济发展局"], []),
    ("下一步,经济发展局将针对问题项目持续跟踪工程进度,推动整改落实落地。", "duty_sentence", ["经济发展局"], []),
    # joint work under a guiding body (tasks117's 大同 迎宾街道, https://www.pingcheng.gov.cn/pcqrmzfz/dtyw/202509/bbc1b878d2ca4d98b73b2091485e2ffd.shtml)
    ("为提升社区环境品质、打造整洁有序的街巷环境,迎宾街道华安社区在联点领导及街道便民服务中心统筹指导下,联合平城区环卫服务中心清运一公司、"
     "大同市弘睿物业有限责任公司,共同开展街巷环境卫生专项整治行动。", "joint_action", ["迎宾街道华安社区"],
     ["平城区环卫服务中心清运一公司", "大同市弘睿物业有限责任公司", "街道便民服务中心"]),
    # a subject assisting a named body (tasks117's 区 村庄环境整治, https://m.zuowen5.net/fanwen/bangong/30810.html; 市 建议提案,
    # http://www.fsou.net/html/text/lar/170104/17010450_1.html), as assisting_clauses cuts them
    ("规划分局配合市住建局组织村庄环境整治技术人员的培训,", "assisted", ["市住建局"], ["规划分局"]),
    ("市政府督查室配合市人大、市政协对承办单位的办理工作进行督促检查。", "assisted", ["市人大", "市政协"], ["市政府督查室"]),
    # the partners a subject will join (tasks39's 肃州 同德巷社区, traditional), a named community as a unit
    ("下一步,同德巷社區將繼續聯合東北街道城市管理綜合執法中隊加大占道經營整治力度,加強日常巡查和監管", "joint", ["同德巷社区"],
     ["东北街道城市管理综合执法中队"]),
])
def test_tasks117_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a duty handed to a district's functional body (tasks117's 转移职责): no named bearer
    "1、地上市政工程设施的收费、管理、维护等职责再次明确下放辖区承担;",
    # moved to a class (plain)
    "将城市绿化管理职责移交有关部门承担。",
    # the chair asks a person (tasks117's 桃園)
    "請李副縣長擔任計畫推動會議召集人,就各項計畫擬定經費等細節。",
    # a class assisting (tasks117's 督查 rules, plain)
    "各有关部门配合市住建局组织村庄环境整治技术人员的培训。",
])
def test_tasks117_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty


def test_an_assisting_clause_is_cut_off_with_its_subject():
    line = ["规划分局负责辖区规划区范围内的规划布点村庄的确定,牵头审核村庄环境整治规划,配合市住建局组织村庄环境整治技术人员的培训,"
            "定期按年度任务和类型绘制全区村庄环境整治图。"]
    assert assisting_clauses(line) == ["规划分局负责辖区规划区范围内的规划布点村庄的确定,牵头审核村庄环境整治规划,",
                                       "规划分局配合市住建局组织村庄环境整治技术人员的培训,",
                                       "定期按年度任务和类型绘制全区村庄环境整治图。"]


def test_an_assisting_clause_after_a_semicolon_carries_the_subject_before_it():
    line = ["市政府督查室要加强与承办单位联系,掌握办复进度;", "通过走访代表、委员,了解落实情况;",
            "配合市人大、市政协对承办单位的办理工作进行督促检查。"]
    assert assisting_clauses(line)[-1] == "市政府督查室配合市人大、市政协对承办单位的办理工作进行督促检查。"
    # (a sentence after a full stop carries nothing, and a class's clause stays whole)
    assert assisting_clauses(["各承办单位要加强督促检查。", "配合市人大开展视察。"]) == ["各承办单位要加强督促检查。", "配合市人大开展视察。"]


def test_tasks117_files():
    got = dev_set_tasks("tasks117", "buxiang-qu-cunzhuang-huanjing-zhengzhi-zhujianju-fuze-duty-prose.txt", names=True)
    assert (4, ["市住建局"], ["规划分局"]) in got and (7, ["区农委"], ["区环保局"]) in got
    assert (4, ["规划分局"], []) in got and (7, ["区环保局"], []) in got


@pytest.mark.parametrize("name,unit", [
    # a named community is a unit (the sets' gold: 同德巷社区, 华安社区, 加措社区, 河南里社区 …); a kind or a place to go is none
    ("同德巷社区", True), ("迎宾街道华安社区", True), ("城市社区", False), ("走进社区", False), ("该社区", False), ("社区", False),
])
def test_a_named_community_is_a_unit(name, unit):
    assert is_unit(name) is unit
