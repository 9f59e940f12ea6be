"""fresh58's misses (issue #16, round186; benchmarks/data/other_districts_fresh58/texts), each rule with the real line it was
written from and plain negatives: a division table's 责任街镇 column beside its starred 责任部门 (task_tables / cell_tables /
row_fit), joint work with no lead (joint_action.listed_actors: A、B组织制定了 / 组织完成了, A和B立即抽调), X会同Y等部门结合…实际开展
and 由X、Y承担,负责 (duty_led), a contact address glued before a signature (signature.after_address) and a policy's words read as a
co-op's name (held_names.NOT_NAME)."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.cell_tables import merge_header_cells
from kg.extract.held_names import NOT_NAME
from kg.extract.row_fit import cell_kind
from kg.extract.task_tables import _column_roles
from kg.parse.signature import after_address

MINHANG = "shanghai_minhang-qu-2023-xiangcun-zhenxing-renwu-fengong.txt"

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # liaoning_sheng-nongyenongcunting-2023-xiangcun-lvyou-zhongdiancun-jyqzdz.txt:9 (its clauses): joint work, both cooperate
    ("根据《关于学习借鉴“千万工程”经验进一步推进美丽乡村建设的实施意见》,省农业农村厅、省文化和旅游厅组织制定了《辽宁省支持乡村旅游重点村"
     "建设方案》,现印发给你们,请结合实际认真贯彻落实。", [], ["省农业农村厅", "省文化和旅游厅"]),
    # beijing_shi-nongyenongcunju-tongzhi-zhaiyao-liebiao-kuajiezhengce.txt:2
    ("按照《关于开展第三批北京市级现代农业产业园创建工作的通知》(京政农发〔2020〕143号)要求,北京市农业农村局、北京市财政局组织完成了第三批"
     "北京市级现代农业产业园创建评审工作。", [], ["北京市农业农村局", "北京市财政局"]),
    # ningxia_zizhiqu-2020-liangshi-gongnengqu-huading-cloudnativeplanet-converter.txt:1 (its clause, converter residue as printed)
    ("為全面加快劃定工作進度,農(nóng)業(yè)農(nóng)村廳計財處和農(nóng)業(yè)勘查設(shè)計院立即抽調(diào)專人組成三個督導(dǎo)組", [],
     ["农业农村厅计财处", "农业勘查设计院"]),
    # shanghai_shi-caizheng-zhinong-zhengce-zhenghe-yanjiu-handmsg-converter.txt:5 (its first sentence): rule 1, whatever the tense
    ("2014年起,根據(jù)中央和上海市關(guān)于統(tǒng)籌整合涉農(nóng)資金的要求,市財(cái)政局會(huì)同市農(nóng)委等部門結(jié)合上海市財(cái)政支農(nóng)"
     "實(shí)際開(kāi)展了市級(jí)財(cái)政支農(nóng)專項(xiàng)政策整合工作。", ["市财政局"], ["市农委"]),
    # xinjiang_zizhiqu-guoziwei-chanye-yuanjiang-pingtai-xsgou.txt:2 (its clause): the README's decision, both lead
    ("其中,日常工作由自治区国资委、兵团国资委承担,负责与19个援疆省市国资委及新疆各受援地州国资委、兵团各受援师国资委的联络协调;",
     ["自治区国资委", "兵团国资委"], []),
    # negatives: a single body's deed (rule 3), a cost borne, classes
    ("省农业农村厅组织制定了《辽宁省支持乡村旅游重点村建设方案》。", None, None),
    ("各地、各部门组织完成了评审工作。", None, None),
    ("所需费用由企业承担,负责人另行通知。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round186_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_legend_broken_under_a_column_name_joins_it():
    # MINHANG:9-13: "责任部门" ⏎ "(加*号为牵头部门," ⏎ "其余为参与部门)" ⏎ "责任街镇"
    header = merge_header_cells(["序号", "任务名称", "责任部门", "(加*号为牵头部门,", "其余为参与部门)", "责任街镇", "完成时间节点"])
    assert header == ["序号", "任务名称", "责任部门(加*号为牵头部门,其余为参与部门)", "责任街镇", "完成时间节点"]
    assert _column_roles(header) == {0: "no", 1: "text", 2: "responsible", 3: "towns", 4: "deadline"}


@pytest.mark.parametrize("cell,kind", [
    ("区农业农村委*", "units"), ("区农业农村委*、区规划资源局、区房管局", "units"), ("★区商务局、区工信局", "units"),
    ("加*号为牵头", "text"), ("10月底", "text"),
])
def test_starred_unit_cell_is_units(cell, kind):
    assert cell_kind(cell) == kind


@pytest.mark.parametrize("file", [MINHANG, MINHANG.replace(".txt", "-s2twp.txt")])
def test_minhang_star_leads_towns_cooperate(file):
    got = [(lead, sorted(coop)) for _, lead, coop in dev_set_tasks("fresh58", file, names=True)]
    conv = (lambda s: s) if "s2twp" not in file else None
    if conv is None:
        from opencc import OpenCC
        conv = OpenCC("s2twp").convert
    want = [
        (["区农业农村委"], ["浦江镇"]),
        (["区农业农村委"], sorted(["浦江镇", "浦锦街道", "马桥镇", "华漕镇"])),
        (["区农业农村委"], sorted(["区规划资源局", "区房管局", "区财政局", "区征收中心", "浦江镇", "浦锦街道", "梅陇镇", "颛桥镇"])),
        (["区建管委"], sorted(["区农业农村委", "区规划资源局", "浦江镇", "马桥镇", "华漕镇", "梅陇镇"])),
    ]
    for lead, coop in want:
        lead, coop = [conv(x) for x in lead], sorted(conv(x) for x in coop)
        assert (lead, coop) in got, (lead, coop, got)


def test_contact_address_before_glued_signature():
    # jiangxi_nanchang-jinxian-nongyenongcunju-2022-lvse-youji-jidi-gongshi-chacewang.txt:1
    assert after_address("进贤县民和镇东门桥头农业农村局进贤县农业农村局", "…联系电话:0791-85663739,联系地址:") == "进贤县农业农村局"
    assert after_address("进贤县农业农村局", "…联系地址:") == "进贤县农业农村局"
    assert after_address("进贤县民和镇东门桥头农业农村局进贤县农业农村局", "…公示。") == "进贤县民和镇东门桥头农业农村局进贤县农业农村局"


@pytest.mark.parametrize("name,no", [
    ("市促进农民专业合作社", True),  # beijing_shi-nongyenongcunju-tongzhi-zhaiyao-liebiao-kuajiezhengce.txt:3, a joint meeting's name
    ("北京月联兴种植专业合作社", False),
])
def test_policy_words_are_no_coop_name(name, no):
    assert bool(NOT_NAME.search(name)) is no


def test_place_will_develop_a_counted_area():
    # tianjin_shi-sheshi-nongye-zhiwu-gongchang-ytjhdl-converter.txt:13's clause, its subject put back (rule 2); the subject
    # carried over the clauses before it is left (the line itself is still missed)
    assert sentence_roles("天津市将发展100万亩设施农业。")[0].lead == ["天津市"]
    assert not sentence_roles("今年新疆获批新建6个农业产业强镇,将以全产业链发展思路做大做强做优主导产业")[0].lead


def test_bracketed_names_after_each_count_all_read():
    from kg.extract.counted_then_named import counted_then_named

    # neimenggu_wulanchabu-siziwang-qi-2024-shifan-hezuoshe-jiating-nongmuchang-028wgk.txt:14
    line = ("截至目前四子王旗共有旗级示范家庭农场94个,旗级示范农民专业合作社26个,国家级农牧民专业合作社1家,国家级龙头企业2家(内蒙古中加"
            "生物科技有限公司、内蒙古赛诺种羊科技有限公司),自治区级龙头企业2家(内蒙古鑫雨种业有限公司、四子王旗景欣农业股份有限公司)。")
    assert counted_then_named(line) == [("内蒙古中加生物科技有限公司", "国家级龙头企业"), ("内蒙古赛诺种羊科技有限公司", "国家级龙头企业"),
                                        ("内蒙古鑫雨种业有限公司", "自治区级龙头企业"), ("四子王旗景欣农业股份有限公司", "自治区级龙头企业")]
    # a count whose bracket holds fewer names than it counts is left
    assert counted_then_named("国家级龙头企业3家(内蒙古中加生物科技有限公司、内蒙古赛诺种羊科技有限公司)") == []


def _fresh58_documents(file):
    from pathlib import Path

    from kg.parse import parse_issue

    return parse_issue(Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh58" / "texts"
                       / file).documents


def test_rule_title_over_its_first_chapter_beats_a_headline_on_another_matter():
    (doc,) = _fresh58_documents("hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt")
    assert (doc.title, doc.date) == ("海南省农业生产防灾救灾资金管理实施细则", "2014-09-05")


def test_glued_signature_after_contact_address():
    (doc,) = _fresh58_documents("jiangxi_nanchang-jinxian-nongyenongcunju-2022-lvse-youji-jidi-gongshi-chacewang.txt")
    assert doc.issuer == "进贤县农业农村局"


def test_standing_count_to_date_is_final_after_a_proposal():
    from pathlib import Path

    from benchmarks.other_districts import _proposed, run_pipeline

    path = (Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh58" / "texts"
            / "neimenggu_wulanchabu-siziwang-qi-2024-shifan-hezuoshe-jiating-nongmuchang-028wgk.txt")
    _, facts, _ = run_pipeline(path)
    got = {e["name"]: (_proposed(e), e["classifications"][0]["class"]) for e in facts["enterprises"]}
    assert got["内蒙古中加生物科技有限公司"] == (False, "国家级")
    assert got["四子王旗景欣农业股份有限公司"] == (False, "省级")


def test_towns_column_alone_is_the_responsible_column():
    assert _column_roles(["序号", "工作任务", "责任乡镇", "完成时限"]) == {0: "no", 1: "text", 2: "responsible", 3: "deadline"}


@pytest.mark.parametrize("label", ["责任街镇", "责任乡镇", "牵头镇街", "配合街道"])
def test_a_column_label_ending_like_a_place_is_no_unit(label):
    from kg.extract.units import is_unit

    assert not is_unit(label)


@pytest.mark.parametrize("name", ["浦江镇", "华漕镇", "浦锦街道", "责任区城管执法队"])
def test_places_and_bodies_stay_units(name):
    from kg.extract.units import is_unit

    assert is_unit(name)


@pytest.mark.parametrize("file", ["shanghai_minhang-qu-2023-xiangcun-zhenxing-renwu-fengong.txt",
                                  "shanghai_minhang-qu-2023-xiangcun-zhenxing-renwu-fengong-s2twp.txt"])
def test_the_header_printed_a_cell_a_line_gives_no_task(file):
    """闵行's header ("责任部门" ⏎ "(加*号为牵头部门," ⏎ "其余为参与部门)" ⏎ "|" ⏎ "责任街镇") is no row: its legend is no
    value of the label, its 责任街镇 no unit; the first task is the table's first row (line 24)."""
    from conftest import dev_set_tasks

    tasks = dev_set_tasks("fresh58", file, names=True)
    assert tasks and min(line for line, _, _ in tasks) == 24


# ---------------------------------------------------------------- bare fields before one 主管部门 (units._FIELD_RUN, stop 36)

# hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt:28 (第四条): the fields listed before one 主管部门 are
# every field's competent departments — one class (decision D's functional name), no unit each; beside named bureaus
# joined by 和, the bureaus lead and the class is generic
@pytest.mark.parametrize("text,units,generic", [
    ("农业、渔业、农垦、气象主管部门", [], ["农业、渔业、农垦、气象主管部门"]),
    ("市县农业、渔业主管部门(以下简称市县主管部门)和省农垦总局、省气象局", ["省农垦总局", "省气象局"],
     ["市县农业、渔业主管部门(以下简称市县主管部门)"]),
    # negatives: named bureaus stay units; a placed body closing the list is no bare field
    ("省农垦总局、省气象局", ["省农垦总局", "省气象局"], []),
    ("县发改局、县财政局、县农业主管部门", ["县发改局", "县财政局", "县农业主管部门"], []),
])
def test_bare_fields_before_one_competent_department_are_one_class(text, units, generic):
    from kg.extract.units import split_units
    assert split_units(text) == (units, generic)


def test_hainan_article_four_leads_are_its_named_bureaus():
    got = [(lead, coop) for line, lead, coop in dev_set_tasks("fresh58", "hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt",
                                                              names=True) if line == 28]
    assert (["省农垦总局", "省气象局"], []) in got
    assert all("气象主管" not in lead and "农业" not in lead for lead, _ in got)
