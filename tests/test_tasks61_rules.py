"""Readers added for fresh34's tasks (stop 22's tasks61), each with the real lines it was written from, other real pages
with the same wording where the pages corpus held one, and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.extract.units import is_generic
from kg.parse.normalize import normalize_line


@pytest.mark.parametrize("sentence,coop", [
    # places acting together, none named to lead: fresh34's 南丹 (counties of two provinces, the province printed once before the
    # second), 宜昌 (http://old.cn3x.com.cn/content/show?catid=331861&newsid=964894, an autonomous county), 商南
    # (https://c.m.163.com/news/a/J5KBJLI80550A3NK.html)
    ("广西南丹县和贵州省荔波县、独山县联合开展“扫黄打非”区域联防协作活动,进一步加强“扫黄打非”跨区域协作和交流学习。",
     ["广西南丹县", "贵州省荔波县", "独山县"]),
    ("近日,宜昌市五峰土家族自治县和恩施州鹤峰县联合开展了“扫黄打非”区域联防协作。", ["宜昌市五峰土家族自治县", "恩施州鹤峰县"]),
    ("6月26日,陕西省商南县、河南省西峡县联合开展“扫黄打非”区域联防协作活动,商南县文化市场综合执法大队队长朱才盈说。",
     ["陕西省商南县", "河南省西峡县"]),
    # the places' bureau printed once after their count (fresh34's 长寿): each place named as printed
    ("信息速递 本报讯(傅智治 记者 谢旺)近日,重庆市长寿区、合川区与四川省邻水县三地市场监管局联手开展七大行动。",
     ["重庆市长寿区", "合川区", "四川省邻水县"]),
])
def test_places_acting_together_all_cooperate(sentence, coop):
    roles, style = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate, style) == ([], coop, "joint_no_lead")


@pytest.mark.parametrize("sentence", [
    # two counties' offices with no mark between the places (a 青阳 / 泾县 report the pages corpus holds without its address), towns
    # acting with no 联合 (https://wxredian.com/art?id=bfacd8437d8f713fa68745addcdc66d8), two counties with no joint marker (华龙网's
    # 巫山 report), a class of places, a count that is not the places' number (constructed)
    "11月30日,青阳泾县两县“扫黄打非”办公室、文化市场综合执法部门联合开展“扫黄打非”区域联防暨市场互查行动。",
    "12月13日,朋口镇、宣和镇、莒溪镇开展“扫黄打非”区域联防协作。",
    "8月15日,重庆市巫山县与湖北省建始县开展了“扫黄打非”区域联防协作活动。",
    "各县区联合开展专项行动。",
    "南丹县、荔波县、独山县两地市场监管局联合开展检查。",
])
def test_no_places_acting_together(sentence):
    from kg.extract.joint_partners import places_together
    assert places_together(normalize_line(sentence)) is None


def test_a_body_working_closely_with_others():
    # fresh34's 阿里河 (https://imfic.com.cn/jccz/99101.html): X加强与Y等部门密切配合 — none leads, both cooperate; the
    # sentence alone keeps the printed back-reference 该林场, which the page's context resolves to the farm it names
    # (kg.extract.back_refs; task_convention.md: a back-reference is recorded by the name it refers to, stop 27)
    roles, style = sentence_roles("同时,该林场加强与森林公安等部门密切配合,对营林生产区域进行全面排查,严防出现破坏森林资源的行为。")
    assert (roles.lead, roles.cooperate, style) == ([], ["该林场", "森林公安"], "joint_no_lead")
    # negatives: the liaison a bureau keeps in a plan (https://www.ahlx.gov.cn/News/show/621193.html: no body before 与, no close
    # work named), a person (constructed)
    from kg.extract.joint_partners import working_closely
    assert working_closely(normalize_line("加强与政法、公安等部门的联系与协作,全面掌握扫黑除恶新动向。")) is None
    assert working_closely(normalize_line("张三加强与李四密切配合,对辖区进行排查。")) is None


def test_two_fields_printed_without_a_mark_before_their_department():
    # fresh34's 海淀: "交通城管等部门" is two fields (the page's translation: transportation and urban management departments);
    # a field that is one name (公安交警, 交通运输, 森林公安) stays whole
    roles, _ = sentence_roles("中旬以来,海淀分局会同交通城管等部门全力开展联合执法清理整治,协调各部门扩大停车资源。")
    assert (roles.lead, roles.cooperate) == (["海淀分局"], ["交通", "城管"])
    roles, _ = sentence_roles("县交通局会同公安交警等部门开展联合执法。")
    assert roles.cooperate == ["公安交警"]


def test_a_helper_of_the_office_covering_the_place():
    # fresh34's 沙坪坝: X配合属地镇街指导… — the bureau cooperates, the town or street covering the place a class (no named lead)
    roles, style = sentence_roles("同时,沙坪坝区市场监管局配合属地镇街指导市场主体暂停营业,督促农贸市场、商超、药店等严格落实常态化疫情防控措施。")
    assert (roles.lead, roles.generic_lead, roles.cooperate, style) == ([], ["属地镇街"], ["沙坪坝区市场监管局"], "assisted")
    # (a named body helped as before: "县商务局配合县市场监管局对全县加油站开展…")
    roles, _ = sentence_roles("县商务局配合县市场监管局对全县加油站开展安全检查。")
    assert (roles.lead, roles.cooperate) == (["县市场监管局"], ["县商务局"])


def test_leads_organising_named_teams():
    # fresh34's 坪山: 由X和Y牵头,组织了A、B和C约30人 — the teams cooperate; "东部大队" is the lead 东部森林警察大队 in short form
    roles, _ = sentence_roles("这次联合入山巡逻由东部森林警察大队和坪山新区城管局牵头,组织了东部大队、石井街道森林巡防队和田头山自然保护区森林巡防队约30人,"
                      "并带警犬2条,在坪山新区田头山田心区域开展巡逻。")
    assert (roles.lead, roles.cooperate) == (["东部森林警察大队", "坪山新区城管局"], ["石井街道森林巡防队", "田头山自然保护区森林巡防队"])
    # (no headcount, no list read: "由X牵头,组织实施…" keeps the lead only, constructed)
    roles, _ = sentence_roles("由县林业局牵头,组织实施森林防火检查。")
    assert (roles.lead, roles.cooperate) == (["县林业局"], [])


def test_a_squad_that_will_go_on_organising():
    # fresh34's 坪山: 大队仍将继续组织A和B森林巡防队在林区开展… — the squad leads
    roles, _ = sentence_roles("近期,大队仍将继续组织坪山和大鹏新区森林巡防队在林区开展带犬联合巡逻,目的在于严厉打击各类涉林违法犯罪行为。")
    assert roles.lead == ["大队"]


def test_a_body_leading_the_whole_work_after_an_official():
    # fresh34's 黑龙江 十大工程: a vice-governor's 负责 gives no lead, the committee 总牵头 leads
    roles, _ = sentence_roles("任务分工:吕维峰副省长负责,省农委总牵头。")
    assert (roles.lead, roles.cooperate) == (["省农委"], [])
    # (a person alone: none, constructed)
    assert sentence_roles("任务分工:张三副省长总牵头。")[0].lead == []


def test_a_projects_own_competent_department_is_generic():
    # fresh34's 山西 1991 办法: 项目主管部门 is whichever a project has (as 行业主管部门)
    assert is_generic("项目主管部门") and is_generic("企业主管部门")
    assert not is_generic("省建设厅")


def test_a_body_of_two_characters_partnered_with_another():
    # fresh24's 沙坪坝 (the squad named in short form, 大队, as printed): A与B持续深化…协作机制 — none leads, both cooperate
    roles, style = sentence_roles("大队与公安交管部门持续深化“联合检查、信息互通、结果共享”的协作机制,交通执法人员负责对车辆超载超限情况进行检测认定;")
    assert (roles.lead, roles.cooperate, style) == ([], ["大队", "公安交管部门"], "joint_no_lead")
    # (two characters that name no body: none, constructed)
    for line in ("双方与企业共同开展检查。", "他们与县公安局联合开展行动。"):
        assert sentence_roles(line)[1] is None


def _documents(text: str, name: str):
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue
    return segment_issue(normalize_lines(text), name).documents


def test_a_law_sites_number_under_its_repeated_title_and_short_organ_line():
    # fresh34's 山西 1991 办法 on 法律资料网: page heading, site lines, the title with the issuer, the title again with the organ in
    # short form, then the number in square brackets
    text = "\n".join(["山西省重点建设项目管理办法", "", "作者:法律资料网 时间:2024-05-29 00:13:44   浏览:8859   来源:法律资料网",
                      "下载地址: 点击此处下载", "", "山西省重点建设项目管理办法", "", "山西省人民政府", "", "",
                      "山西省重点建设项目管理办法", "山西省政府", "晋政发[1991]33号", "", "",
                      "为了保证重点建设项目按合理工期组织建设,提高经济效益,特制定本办法:",
                      "第一条 为了加强对全省重点建设项目的统一领导和集中管理,省政府设立重点工程建设领导组。"])
    assert [d.doc_number for d in _documents(text, "shanxi.txt")] == ["晋政发〔1991〕33号"]
    # negative: the same site's copy of a joint notice with no number (http://law153.infoeach.com/view-MTUzfDQ2MDA0.html): the
    # organ line under the repeated title, then the text
    text = "\n".join(["关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知", "",
                      "时间:2024-07-09 06:45:11 来源: 法律资料网 作者:法律资料网 阅读:9824", "下载地址: 点击此处下载", "",
                      "关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知", "", "财政部、司法部", "", "",
                      "关于返还劳改劳教单位能源交通基金和预算调节基金问题的通知", "财政部、司法部", "", "",
                      "根据1997年9月8日财政部发布的关于公布废止和失效的财政规章目录(第六批)的通知失效",
                      "一、返还数额按劳改劳教单位实际交纳数的70%计算。"])
    assert [d.doc_number for d in _documents(text, "caizheng.txt")] == [None]
