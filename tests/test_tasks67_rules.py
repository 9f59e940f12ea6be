"""Readers added for fresh35's tasks (stop 22's tasks67), each with the real lines it was written from, other real pages
with the same wording where the pages corpus held one, and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles


@pytest.mark.parametrize("sentence,lead,coop", [
    # a wire credit before the subject (fresh35's 闻喜, https://cljy.dps.qikan.cn/app/magazine/article?id=kxzw20234113; the same
    # credit with a reporter's byline: http://www.jz8899.net/zgq/2022/1109/120345.html, printed in simplified form here)
    ("科学导报讯 闻喜县林业局近期组织防火办和森林防火专业队深入河底镇、石门乡、裴社镇、后宫乡等林区重点村,结合当前夏收期间的森林防火工作进行巡查巡护。",
     ["闻喜县林业局"], ["防火办", "森林防火专业队"]),
    ("本报讯(记者 惠玉兰)近日,苏州市吴江生态环境局联合上海市青浦区生态环境局、嘉兴市生态环境局嘉善分局开展秋冬季重要时段空气质量保障专项执法行动。",
     ["苏州市吴江生态环境局"], ["上海市青浦区生态环境局", "嘉兴市生态环境局嘉善分局"]),
])
def test_wire_credit_is_no_part_of_the_subject(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_wire_credit_pattern_negatives():
    from kg.extract.duty_styles import _WIRE_CREDIT
    # a body's name is never a credit (constructed: a 通讯站 / 信访局 does not end in 报/网/社/台/刊 before 讯), nor 通讯员 alone
    for line in ("县应急管理局组织开展检查", "通讯员李明报道,县林业局组织林场开展巡查", "市信访局讯问当事人"):
        assert not _WIRE_CREDIT.match(line)


def test_two_partners_joined_by_yu_will_act_together():
    # fresh35's 万州 (`下一步,X与Y将…`): neither leads, both cooperate
    roles, _ = sentence_roles("下一步,万州区生态环境局与达州市生态环境局将持续贯彻落实川渝两地生态环境联合执法工作的相关要求,进一步完善联合执法工作机制。")
    assert (roles.lead, roles.cooperate) == ([], ["万州区生态环境局", "达州市生态环境局"])
    # negatives: a list joined by 和 keeps its leads (constructed, as sample plans print it)
    roles, _ = sentence_roles("县财政局和县农业局将加强资金监管。")
    assert (roles.lead, roles.cooperate) == (["县财政局", "县农业局"], [])


@pytest.mark.parametrize("sentence,lead", [
    # fresh35's 安庆经开区 (http://www.aqdz.gov.cn/index.php?m=content&c=index&a=show&catid=82&id=6421): a report's points, each body
    # sending its notice down to a class, its staff inspecting for it, the first point opened by the bureau that set them
    ("经开区安监环保局要求,一是区安委会办公室对各成员单位下发《关于做好春节后复产复工安全生产工作的通知》,要求各成员单位要依据安全生产工作职责分工。",
     ["区安委会办公室"]),
    ("二是安监环保局对各企业单位下发《企业复工复产的安全要求》,要求区内各企业单位对照安全要求,做好企业复产复工的安全工作。", ["安监环保局"]),
    ("三是安监环保局执法人员对旺园居、天宝商城、光彩大市场进行巡查,现场收缴非法经营烟花爆竹4件。", []),  # stop 24's convention, rule 3: a single body's reported deed is an event, no task
    # fresh35's 临河里: a street's team reporting the clean-up it made
    ("近日,北京通州城管临河里街道综合行政执法队对辖区内的华业、华远区域进行了集中整治。", []),  # stop 24's convention, rule 3: a single body's reported deed is an event, no task
    # fresh35's 宁河: the commission's leaders, unnamed, leading its inspection
    ("一是由区城管委领导带队检查了水务灌浆队平房拆迁、西堤柳岸二期等防疫防控工作开展情况,并提出相关要求。", []),  # stop 24's convention, rule 3: a single body's reported deed is an event, no task
    # fresh35's 成安: a visit's request to the body visited, and a speaker's words after the colon
    ("到疾控中心进行调研,要求疾控中心做好各类防范,切实加强管控,做好冠状病毒传播期各类应对工作。", ["疾控中心"]),
    ("到消防大队调研安全生产工作并对消防大队进行慰问时,金仓县长指出:消防大队要做好备战,做好应急值守,及时妥善处理突发状况。", ["消防大队"]),
    # fresh35's 郑州经开区: the zone required to act
    ("7月11日至7月13日,郑州市安委会安全生产专项巡查组对郑州经济技术开发区开展了为期三天的专项巡查,并要求经开区督促生产经营单位按照要求及时整改到位。",
     ["经开区"]),
    # fresh35's 徐闻 (printed in simplified form): the town's next step by the means it will use
    ("下一步,锦和镇将通过驻村干部宣讲、发放《致市民一封信》、广播等方式持续宣传,组织村(社区)干部和执法人员上门劝导。", ["锦和镇"]),
])
def test_a_body_acting_alone_leads(sentence, lead):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, [])


@pytest.mark.parametrize("sentence", [
    # a team is no body of its own (https://wudalianchi.nongjiao.com/info/47828's wording), a class sent a notice, a request to
    # a class (fresh35's 成安: `要求企业要加强…`), a plan's order to inspect (constructed), leaders of no named body
    "督查组对各乡镇进行了巡查。",
    "领导小组对各乡镇下发《通知》。",
    "到茂祥燃气,金仓县长询问燃气供应情况,要求企业要加强对煤改气用户用气安全的宣传。",
    "由区领导带队检查了市场。",
])
def test_no_lone_lead(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == []


def test_departments_by_their_count_are_a_class():
    # fresh35's 西藏 (`X、Y…并会同18个部门联合制定了《方案》`): the counted departments name no body
    from kg.extract.units import is_generic
    assert is_generic("18个部门") and is_generic("三个单位")
    # negatives: a named department, a field's department, a body whose name holds a number (constructed)
    assert not any(is_generic(x) for x in ("县应急管理局", "住建部门", "第三人民医院"))
