"""stop 39 (issue #16): tasks117's `A、CPPCC应在…内,联合C、D召开由…参加的会议` line, the three gaps named at stop 38, each a
general rule with its real lines: a converter's Latin name for a body (kg/extract/converter_names.py), a 由 naming a meeting's
attendants charges no one (kg/extract/attendance.py), the 联合 partners after a limit's comma are the whole subject's
(kg/extract/future_partners.py's shared row), read through modal_duties' `article_should_within` row; and the same line's
第六條 `由A和CPPCC直接交有关承办单位办理` (duty_led's _CHARGED_BY, a row for 直接交…办理)."""

import pytest

from conftest import dev_set_tasks
from kg.extract.attendance import ATTENDANCE, attends_at, without_attendance
from kg.extract.converter_names import CONVERTER_NAMES, is_converter_body
from kg.extract.duty_led import _charged_by
from kg.extract.duty_styles import sentence_roles
from kg.extract.future_partners import PARTNER_STYLES, with_future_partners
from kg.extract.modal_duties import modal_duty
from kg.extract.units import Roles, is_unit, split_units
from kg.parse.normalize import normalize_line

# tasks117 buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4, as printed (its first sentence
# and the article after it)
CPPCC_LINE = ("市人大常委會、CPPCC應在休會後30日內,聯合市委辦公廳、市政府辦公廳召開由各承辦單位主管領導和相關工作人員參加的會議,正式落實任務。"
              "第五條建議和提案可以通過書面和電子兩種方式移交。")
CPPCC_SENTENCE = normalize_line(CPPCC_LINE).split("。")[0] + "。"


# ---------------------------------------------------------------- (a) a converter's Latin name for a body

@pytest.mark.parametrize("name,unit", [
    ("CPPCC", True),  # tasks117's converter, for 市政协
    ("市CPPCC", True),  # after its level
    ("GDP", False), ("ICP", False), ("AAA", False), ("KTV", False), ("PPP", False),  # things the dev texts abbreviate, no bodies
    ("CPPCCX", False), ("XCPPCC", False),  # never inside another Latin word
])
def test_converter_names(name, unit):
    assert is_converter_body(name) is unit
    assert is_unit(name) is unit


def test_each_converter_row_names_a_body_in_its_line():
    for row in CONVERTER_NAMES:
        assert row.latin in row.example and is_unit(row.latin)


@pytest.mark.parametrize("text,units", [
    ("市人大常委会、CPPCC", ["市人大常委会", "CPPCC"]),  # tasks117:4
    ("市人大常委会办事机构和CPPCC", ["市人大常委会办事机构", "CPPCC"]),  # tasks117:4, 第六條
])
def test_a_list_holding_the_converter_name(text, units):
    assert split_units(text)[0] == units


# ---------------------------------------------------------------- (b) 召开由X参加的会议: X attends, no charge

@pytest.mark.parametrize("line,attends", [
    (CPPCC_SENTENCE, True),
    # fresh26 henan_pingyu-laowanggang-xiang-ranqi-anquan-paicha-bushu-hui.txt:11
    ("6月22日下午,平舆县老王岗乡召开由班子成员、各村支部书记、乡应急办负责人、乡执法中队负责人参加的燃气安全排查工作部署会。", True),
    # tasks76 xizang-big5-qixiangju-yu-wenwuju-lianhe-kaizhan-fanglei-jiancha-traditional.txt:8 (simplified)
    ("工作组分别在拉萨、日喀则、山南召开了由气象部门和区、地两级文物部门共同参加的国家重点文物单位防雷安全检查工作座谈会。", True),
    # negatives: a charge (由X负责), a 由 with its stop before any 参加
    ("项目资金的申报审核由县财政局负责。", False),
    ("由县教育体育局牵头,各乡镇参加。", False),
])
def test_attendance_phrase(line, attends):
    at = line.rfind("由")
    assert attends_at(line, at) is attends


def test_each_attendance_row_reads_its_line():
    for row in ATTENDANCE:
        assert row.pattern.search(row.example)


def test_attendants_are_no_charge_but_a_charge_stays():
    assert _charged_by(CPPCC_SENTENCE) is None  # (read before as 各承办单位's charge: 由各承办单位主管…)
    assert _charged_by("项目资金的申报审核由县财政局负责。").lead == ["县财政局"]
    # an attendance phrase, then a charge in the same sentence: the charge is read
    assert _charged_by("召开由各乡镇参加的会议,会议纪要由县应急局负责印发。").lead == ["县应急局"]
    assert without_attendance(CPPCC_SENTENCE).count("由") == 0


@pytest.mark.parametrize("sent,lead", [
    # tasks117's 第六條, the same page (its README: 由A和B直接交有关承办单位办理, both lead, the 承办单位 a class)
    ("第六条闭会期间提出的建议和提案,由市人大常委会办事机构和CPPCC直接交有关承办单位办理。", ["市人大常委会办事机构", "CPPCC"]),
    # negatives: 交 inside a name, a bare 交 with no 直接
    ("由市交通局办理。", None),
    ("由市政府办公室交有关部门办理。", None),
])
def test_handed_straight_on(sent, lead):
    got = _charged_by(sent)
    assert (got.lead if got else None) == lead


def test_a_lead_convening_its_attendants_stays_as_read():
    # other_districts hebei_changli-jiuzhu-news.txt:1 (its gold: the bureau leads, the six attending bodies cooperate)
    sent = ("8月14日由县教育体育局牵头召开了由县财政局、民政局、扶贫办、工会、共青团昌黎县委、残联七部门主管领导参加的大学新生入学救助工作"
            "联席会议。")
    roles, _ = sentence_roles(sent)
    assert roles.lead == ["县教育体育局"] and len(roles.cooperate) == 6


# ---------------------------------------------------------------- (c) 联合 partners after a limit's comma, and the whole line

def test_partners_after_the_limit_are_the_whole_subjects():
    got = with_future_partners(CPPCC_SENTENCE, Roles(lead=["市人大常委会", "CPPCC"]))
    assert got.cooperate == ["市委办公厅", "市政府办公厅"]


@pytest.mark.parametrize("sent,lead", [
    # several leads and a will-clause of a style not shared: as before, no partners
    ("市公安局、市住建局还将联合消防、住建、文化等相关部门出台专项整治方案", ["市公安局", "市住建局"]),
    # a limit with no 联合 after it
    ("市人大常委会、市政协应在休会后30日内,召开会议", ["市人大常委会", "市政协"]),
])
def test_no_partners_without_the_shape(sent, lead):
    assert with_future_partners(sent, Roles(lead=list(lead))).cooperate == []


def test_each_partner_row_reads_its_line():
    for row in PARTNER_STYLES:
        assert row.pattern.search(normalize_line(row.example)), row.name


# (sentence, the line it is on, lead); None: no task read
MODAL_ROWS = [
    (CPPCC_SENTENCE, normalize_line(CPPCC_LINE), ["市人大常委会", "CPPCC"]),
    # negatives: 应在 with no limit closed by a comma, no article number on the line
    ("市人大常委会、CPPCC应在会议上通报办理情况。", "第五条市人大常委会、CPPCC应在会议上通报办理情况。", None),
    (CPPCC_SENTENCE, normalize_line(CPPCC_LINE).split("。")[0], None),
]


@pytest.mark.parametrize("sentence,line,lead", MODAL_ROWS, ids=[str(i) for i in range(len(MODAL_ROWS))])
def test_article_should_within(sentence, line, lead):
    got = modal_duty(sentence, line)
    if lead is None:
        assert not (got and got[0].lead), got
        return
    assert (got[0].lead, got[1]) == (lead, "duty_sentence")


def test_the_cppcc_line_reads_both_leads_and_both_partners():
    got = dev_set_tasks("tasks117", "buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt",
                        names=True)
    assert (4, ["市人大常委會", "CPPCC"], ["市委辦公廳", "市政府辦公廳"]) in got
    assert (4, ["市人大常委會辦事機構", "CPPCC"], []) in got  # (第六條, 由A和B直接交…办理)
