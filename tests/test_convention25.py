"""The integrator's decisions B, C and D of stop 25 (benchmarks/data/other_districts/README.md, "Place lists, first-person
organ words, regulation articles"), read by the extractor:

B. a list of places before one organ word printed once after the last: each place is a unit, named as printed, filed under
   the place with the organ word (kg/extract/task_record.py, `shared_organ_canonicals`; a run of several places before a
   placed body, kg/extract/duty_units.py, `_run_ends_placed`); a run of fields before a shared 部门 stays bare fields;
C. a first-person organ word as the subject (我局, 我厅, 本局 …) is the page's issuer: filed under it when the page prints
   one, no unit (and no task when it was the only one) when it prints none (`first_person_canonical`);
D. a regulation article's named body as the subject of 应当 / 负责 is a task (a named 集聚区 is a zone, as a 开发区:
   kg/extract/units.py, `_UNIT_END`); a class is not.

Real lines from the development sets (the set beside each) and other real pages, with the real negatives."""

import pytest

from conftest import dev_set_tasks, sentence_roles

from kg.extract.task_record import first_person_canonical, shared_organ_canonicals
from kg.extract.units import is_unit
from kg.resolve import DepartmentResolver


@pytest.mark.parametrize("names,text,canonicals", [
    # B: the organ word printed once after the list is every place's
    (["大兴区", "通州区政府"], "督导组要求大兴区、通州区政府进一步对标对表,严格落实属地责任", {"大兴区": "大兴区政府"}),  # fresh36
    (["银川市", "西夏区", "贺兰县政府"], "督查组…要求银川市及西夏区、贺兰县政府要进一步高度重视", {"银川市": "银川市政府", "西夏区": "西夏区政府"}),  # fresh39
    (["偃师市", "孟津县", "洛龙区人民政府"], "偃师市、孟津县、洛龙区人民政府应当成立…汉魏故城保护协调委员会",
     {"偃师市": "偃师市人民政府", "孟津县": "孟津县人民政府"}),  # fresh19's 洛阳 regulation
    (["黄埔区", "南沙区政府"], "市科技局黄埔区、南沙区政府", {"黄埔区": "黄埔区政府"}),  # fresh9's 广州 配合 cell
    (["上坪镇", "内莞镇政府"], "连平县三防指挥部、上坪镇和内莞镇政府承办", {"上坪镇": "上坪镇政府"}),  # tasks44's 连平
    (["宕昌县局", "岷县", "舟曲县局"], "宕昌县局将与岷县、舟曲县局联合在宕昌县八力乡…开展专项整治行动", {"岷县": "岷县局"}),  # fresh38
    # negatives: a bare place with no shared organ word after it; a field run before 部门 (rule 5); a place that is the
    # list's last item already carrying its own organ
    (["大兴区"], "督导组分别对大兴区、通州区开展了督导检查", {}),  # fresh36, the districts as objects
    (["市发改", "工信", "商务"], "市发改、工信、商务部门要加强协作", {}),
    (["通州区政府"], "通州区政府要进一步落实属地责任", {}),
])
def test_a_place_list_shares_its_organ_word(names, text, canonicals):
    assert shared_organ_canonicals(names, text) == canonicals


@pytest.mark.parametrize("name,issuer,canonical", [
    # C: the page's issuer, what follows the pronoun kept
    ("我局", "苍溪县农业农村局", "苍溪县农业农村局"),  # fresh18's 苍溪 annual report, `下步,我局将严格按照《条例》…`
    ("我局", "广州市应急管理局", "广州市应急管理局"),  # tasks31's 广州 `1006号提案由我局主办`
    ("我局文体市场行政综合执法队", "迎泽区文化局", "迎泽区文化局文体市场行政综合执法队"),  # fresh13's 迎泽
    ("我厅", "四川省人力资源和社会保障厅", "四川省人力资源和社会保障厅"),  # fresh5's 四川 `我厅会同省发展改革委…`
    ("本局", "中共某县委 某县人民政府", "中共某县委"),  # several issuers: the first
    # no issuer printed: no unit
    ("我局", None, ""),  # fresh39's 桂平 news item, `下一步,我局将继续加大巡查、打击力度`
    ("我中心", None, ""),  # tasks44's 广汉
    # not first-person: untouched (a site, `本站将依法追究`, is no organ: decision A)
    ("市林业局", "某市人民政府", None), ("本站", "某县人民政府", None), ("我们", "某县人民政府", None),
])
def test_a_first_person_organ_word_is_the_issuer(name, issuer, canonical):
    assert first_person_canonical(name, issuer) == canonical


def test_first_person_pages_with_and_without_an_issuer():
    """fresh18's 苍溪 report prints its issuer: 我局 is filed under it. fresh39's 桂平 news item prints none: its
    `下一步,我局将继续…` (line 5) gives no task."""
    assert (11, [{"name": "我局", "canonical": "苍溪县农业农村局"}], []) in dev_set_tasks(
        "fresh18", "sichuan_cangxi-2018-nongye-nongcun-ju-zhengfu-xinxi-gongkai-niandu-baogao.txt")
    guiping = dev_set_tasks("fresh39", "guangxi_guiping-ziranziyuanju-zhifa-dadui-peihe-zhen-zhengfu-chaiwei.txt")
    assert not any(u["name"] == "我局" for _, lead, coop in guiping for u in lead + coop)
    # tasks44's 广汉 CDC page prints no issuer: the organiser and the named partners stay, 我中心 is no unit
    assert (2, [{"name": "市政府"}], [{"name": "市教育局"}, {"name": "市食药监局"}]) in dev_set_tasks(
        "tasks44", "sichuan-guanghan-cdc-zuzhilingdaoxia-lianhe.txt")


def test_the_last_place_keeps_its_printed_organ_word():
    """fresh38's 宕昌 (line 7): `宕昌县局将与岷县、舟曲县局联合…` — the last place as printed (舟曲县局), 岷县 filed under 岷县局."""
    tasks = dev_set_tasks("fresh38", "gansu_dangchang-yancao-zhuanmaiju-minxian-zhouqu-pilin-quyu-xiezuo.txt")
    assert (7, [], [{"name": "宕昌县局"}, {"name": "岷县", "canonical": "岷县局"}, {"name": "舟曲县局"}]) in tasks


def test_the_resolver_files_a_unit_under_its_canonical():
    t = {"district": "北京市", "lead": [{"name": "大兴区", "canonical": "大兴区政府"}, {"name": "通州区政府"}], "cooperate": []}
    resolver = DepartmentResolver.from_tasks([t])
    lead = resolver.annotate_task(t)["lead"]
    assert [u["name"] for u in lead] == ["大兴区", "通州区政府"]
    assert lead[0]["canonical"] != lead[1]["canonical"] and "政府" in lead[0]["canonical"]


@pytest.mark.parametrize("sentence,lead", [
    # D: a regulation article's named body with 应当 / 负责
    ("第五十二条 省人民政府应当加强省际间水质保护的协调、合作，共同预防和治理水污染、保护水环境。", ["省人民政府"]),  # fresh12's 广东
    ("第七条 大江东集聚区应当深化行政执法体制改革，依法实施综合行政执法，完善综合行政执法相关制度。", ["大江东集聚区"]),  # fresh19's 杭州
    ("第五条 市人民政府负责吸收与创新工作的组织、协调，做好宏观调控，限制低水平的重复引进。", ["市人民政府"]),  # fresh18's 上海
    ("第二十三条 创新服务中心应当根据市经济行政管理部门批准的吸收与创新项目和款额，与项目单位订立合同。", ["创新服务中心"]),  # fresh18's 上海
    ("第六条 市人民代表大会常务委员会应当加强组织、协调工作，为代表提出建议、批评和意见提供服务保障。", ["市人民代表大会常务委员会"]),  # fresh14's 北京
    ("偃师市、孟津县、洛龙区人民政府应当成立由政府有关部门和汉魏故城所在地的乡（镇）人民政府负责人及村民代表组成的汉魏故城保护协调委员会。",
     ["偃师市", "孟津县", "洛龙区人民政府"]),  # fresh19's 洛阳 (B and D)
    # a named body's 应当 after a condition
    ("第二十九条 对部队按规定退回的新兵，市人民政府征兵办公室应当通知原征集的区、县人民政府征兵办公室领回，注销其入伍手续。",
     ["市人民政府征兵办公室"]),  # fresh14's 北京 征兵
    ("对办理代表建议、批评和意见敷衍塞责的，市人民代表大会常务委员会应当对有关机关和组织提出改进意见。", ["市人民代表大会常务委员会"]),  # fresh14
    ("涉及跨区域重大线性基础设施布局调整的，大江东集聚区管委会应当先征求萧山区、杭州经济开发区和相关部门的意见。", ["大江东集聚区管委会"]),  # fresh19
    # … but not a class or a field there (sample corpus 002:2477, a functional name)
    ("违反本条例规定的，县级以上人民政府应当责令改正。", []),
    ("药品安全事件造成人员伤害的，卫生健康行政部门应当立即启动紧急医学救援工作，组织医疗救治人员赶赴现场，开展救治。", []),
    # classes: no named body
    ("第十条 县级以上人民政府应当加强对水污染防治工作的领导。", []),
    ("各级人民政府应当将全民国防教育纳入国民经济和社会发展计划。", []),
    # (a kind of zone, no name: "鼓励有条件的产业集聚区建立资产运营管理机构", http://ask.fsou.com/html/text/lar/171187/17118795_5.html)
    ("各产业集聚区应当加强基础设施建设。", []),
    ("产业集聚区应当加强基础设施建设。", []),
    ("生产经营单位应当建立健全安全生产责任制。", []),
    ("申请人应当如实提交有关材料。", []),
    ("各有关部门应当按照各自职责做好相关工作。", []),
    # who interprets the text is no task (the sample corpus's reading)
    ("本条例的具体应用问题，由市外资委负责解释。", []),  # fresh17's 上海
    ("第七十四条 本条例由自治县人民代表大会常务委员会负责解释。", []),  # fresh14's 彭水
    # 将 = 把, and a person's quoted words
    ("督查组将每周督查情况进行汇总通报。", []),  # fresh5's 荣昌
    ("副局长介绍说：“下一步，城管部门将重点围绕背街小巷开展整治。”", []),
    # (whatever words follow its 将: the quote is the person's, duty_subjects.in_quoted_speech)
    ("副局长介绍说：“下一步，城管部门将围绕背街小巷开展整治。”", []),
    ("局长表示，“下一步，市城管局将加强背街小巷整治。”", []),
    # (the same words unquoted are the body's own line: a named body with 将 leads, rule 2)
    ("下一步，市城管局将加强背街小巷整治。", ["市城管局"]),
])
def test_regulation_articles_named_bodies_not_classes(sentence, lead):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == lead


def test_a_first_person_subject_joining_named_partners():
    """fresh5's 四川 人社厅 通报 (line 1): `我厅会同A、B、C等部门(单位),组织开展了…` — joint work (rule 1), the page's own department
    leading; the kind's alternative in brackets after 等部门 is no part of the list (duty_styles' `_KIND_ALTERNATIVE`)."""
    sentence = ("为进一步提高用人单位守法诚信意识,根据《企业劳动保障守法诚信等级评价办法》(人社部规〔2016〕1号)等有关规定,我厅会同省发展改革委、"
                "住房城乡建设厅、交通运输厅等部门(单位),组织开展了2023年度企业劳动保障守法诚信等级评价工作。")
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (["我厅"], ["省发展改革委", "住房城乡建设厅", "交通运输厅"])
    tasks = dev_set_tasks("fresh5", "sichuan_shengrenshe-shoufa-chengxin-a-tongbao.txt")
    assert [(lead, coop) for line, lead, coop in tasks if line == 1] == [
        ([{"name": "我厅", "canonical": "四川省人力资源和社会保障厅"}],
         [{"name": "省发展改革委"}, {"name": "住房城乡建设厅"}, {"name": "交通运输厅"}])]


@pytest.mark.parametrize("name,unit", [
    ("大江东集聚区", True), ("大江东产业集聚区", True),  # fresh19's regulation; its full name
    ("产业集聚区", False), ("各产业集聚区", False), ("相关集聚区", False), ("该集聚区", False),
])
def test_a_named_cluster_zone_is_a_unit(name, unit):
    assert is_unit(name) is unit
