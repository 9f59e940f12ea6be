"""Joint work with no lead (kg/extract/joint_in_concert.py): each style with the real lines it was written for, and real
negatives; the sentences read through duty_styles.SENTENCE_STYLES give the same roles."""

import pytest

from kg.extract.duty_styles import _sentence_roles
from kg.extract.joint_in_concert import (JOINT_PARTNER_STYLES, consulting_partners, offices_jointly, partner_after_clause,
                                       units_in_concert)
from kg.parse.normalize import normalize_line

# (reader, where, sentence, cooperating bodies, generic) — None: the reader takes nothing
ROWS = [
    (consulting_partners, "fresh42 五常",
     "五常市公安局还积极与农业农村局等相关部门沟通协调,建立了信息共享、联合执法等合作机制,共同推进黑土地保护工作。",
     ["五常市公安局", "农业农村局"], ["相关部门"]),
    (units_in_concert, "fresh42 城月",
     "第五片区的整治行动由城月镇农业农村办、乡村振兴驻镇帮镇扶村工作队、交警中队、邮政分局、电信分局、城月水厂等多个部门协同开展积极配合,"
     "以“规范有序”为目标", ["城月镇农业农村办", "乡村振兴驻镇帮镇扶村工作队", "交警中队", "邮政分局", "电信分局"], []),
    (offices_jointly, "fresh42 梅江 (converter copy)",
     normalize_line("本著“安全第一,預(yù)防為主、綜合治理”的方針,鎮(zhèn)應(yīng)急辦等多個(gè)科室聯(lián)合執(zhí)法,對(duì)沿街店鋪進(jìn)行檢查"),
     ["镇应急办"], ["多个科室"]),
    (partner_after_clause, "fresh42 狮市",
     "今年,狮市镇还主动实现跨行政区域开展矛盾调解工作,与大安区回龙镇相关部门联合入户调解,实现矛盾纠纷件件有人管,条条有落实。",
     ["狮市镇", "大安区回龙镇"], []),
    # negatives: a person consulting (no body), a class alone, a list with a 牵头 (read by the led_by styles)
    (consulting_partners, "a person (constructed)", "张三还积极与农业农村局沟通协调,推进工作。", None, None),
    (units_in_concert, "a class only (constructed)", "由各乡镇、各部门等多个部门协同开展整治。", None, None),
    (offices_jointly, "a class only (constructed)", "各部门等多个科室联合执法,对沿街店铺进行检查", None, None),
    (partner_after_clause, "a person as subject (constructed)", "今年,张三还主动开展矛盾调解工作,与回龙镇相关部门联合入户调解。", None, None),
    (partner_after_clause, "a class as partner (constructed)", "今年,狮市镇还主动开展矛盾调解工作,与各村社区联合入户调解。", None, None),
]


@pytest.mark.parametrize("reader,where,sent,coop,generic", ROWS, ids=[r[1] + " " + r[0].__name__ for r in ROWS])
def test_joint_partner_styles(reader, where, sent, coop, generic):
    roles = reader(sent)
    if coop is None:
        assert roles is None, where
        return
    assert roles.lead == [] and roles.cooperate == coop and roles.generic_cooperate == generic, where


def test_every_style_has_a_real_line():
    assert {fn for _, fn in JOINT_PARTNER_STYLES} == {r[0] for r in ROWS if r[1].startswith("fresh42")}


@pytest.mark.parametrize("sent,lead,coop", [
    # fresh42 相桥 l.3 (and its s2twp copy): X将继续联合Y…: X leads, Y cooperates
    ("下一步,城建科将继续联合市场监管部门加大对餐饮经营场所燃气安全检查监管力度,严格落实安全管理责任制度,确保辖区安全生产形势稳定。",
     ["城建科"], ["市场监管部门"]),
    ("五常市公安局还积极与农业农村局等相关部门沟通协调,建立了信息共享、联合执法等合作机制,共同推进黑土地保护工作。",
     [], ["五常市公安局", "农业农村局"]),
])
def test_read_through_the_sentence_styles(sent, lead, coop):
    roles, _ = _sentence_roles(sent)
    assert (roles.lead, roles.cooperate) == (lead, coop)
