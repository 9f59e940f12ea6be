"""Duty sentences whose lead and partners stand in clauses apart (issue #16, fresh56's first-sight misses). Each reader is a
row of `CLAUSE_ROLE_STYLES` (style, reader), tried after every other duty style; their real lines are the table tests of
tests/test_clause_roles.py.

- `asked_to_notify`: a reply asking its addressee to notify others who are to act (`请你署通知有关地方人民政府认真组织建立…`,
  国务院办公厅's 2000 复函 to 海关总署): the addressee leads, as printed (fresh55's `你市`); those notified cooperate (a class
  generic);
- `group_lead_joins`: a body leading a working group, then joining others in the next clause (`市市场监管局牵头消费环境优化提升
  工作组,会同组内各部门为…保驾护航`, 北京 市场监管局 2022): read as `X会同Y` (rule 1), the group no body of its own;
- `lead_then_helpers`: a body's 牵头 in a later clause of its sentence, then the departments helping it (`上海市工商部门在…的基础上,
  扩大整治范围,牵头实施了…项目,公安、经委、…、城管部门及区县政府相互协作配合`, 上海 综治办 2007): X leads; the fields sharing
  the organ word printed on the last cooperate as printed, a class joined by 及 is generic.
"""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only, one_named_unit as _one_named
from kg.extract.joint_lists import FIELD_NAME
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["CLAUSE_ROLE_STYLES"]


# "四、请你署通知有关地方人民政府认真组织建立出口加工区的隔离设施和管理机构。" (fresh56 quanguo_guowuyuan-bangongting-2000-chukou-
# jiagongqu-shidian-fuhan-law101.txt:21): the reply asks its addressee to notify those who are to act; only a named addressee
# ("请各地通知…" names none) and only before the work those notified do
_ASKED_TO_NOTIFY = re.compile(r"(?:^(?:[一二三四五六七八九十]+、)?|[，,：:])请(?P<lead>[^，,。；;请]{2,20}?)(?:通知|督促|指导)(?P<list>[^，,。；;]{2,40}?)"
                              r"(?=认真|切实|抓紧|尽快|及时|做好|开展|建立|落实|按照|加强|进行|组织)")


def asked_to_notify(sent: str) -> Roles | None:
    m = _ASKED_TO_NOTIFY.search(sent)
    lead = _one_named(m["lead"]) if m else None
    notified = units_only(m["list"]) if lead else None
    return Roles.of(([lead], []), notified) if notified else None


# "一年来,市市场监管局牵头消费环境优化提升工作组,会同组内各部门为首都消费环境优化提升保驾护航,…" (fresh56 beijing_shi-shichang-jianguanju-
# 2022-xiaofei-huanjing-youhua-058290.txt:3): the time before the subject, the group it leads, then its 会同 in the next clause
_OPENING = r"(?:(?:[\u4e00-\u9fff]{2,8}?(?:以来|来)|今年|近年|近日|日前|目前|同时)[，,])?"
_GROUP_LEAD_JOINS = re.compile(r"^" + _OPENING + r"(?P<lead>[^，,。；;“”《》]{2,20}?)牵头(?P<group>[^，,。；;]{2,30}?"
                               r"(?:工作组|小组|专班|指挥部|委员会))[，,](?:并|还)?会同(?P<list>[^，,。；;]{2,60}?)"
                               r"(?=为|开展|对|推进|做好|加强|落实|共同|[，,])")


def group_lead_joins(sent: str) -> Roles | None:
    m = _GROUP_LEAD_JOINS.match(sent)
    lead = _one_named(m["lead"]) if m else None
    partners = units_only(m["list"]) if lead else None
    return Roles.of(([lead], []), partners) if partners and lead not in partners[0] else None


# "今年年初,上海市工商部門在去年“蔬菜批發市場專項整治”的基礎上,擴大整治範圍,牽頭實施了“整治農副産品批發交易市場經營管理秩序”項目,公安、
# 經委、農委、食藥監、質監、物價、城管部門及區縣政府相互協作配合,抓好工作落實和推進。" (fresh56 shanghai_shi-zongzhiban-2007-nongfuchanpin-
# pifa-shichang-zhengzhi-big5-trad.txt:2, big5 as printed; read simplified)
_LEAD_THEN_HELPERS = re.compile(r"^(?:(?:今年|去年|今年年初|年初|近日|日前|近年来)[，,])?(?P<lead>[^，,。；;“”《》在]{2,20}?)"
                                r"(?:在[^。；;]{2,60}?(?:基础上|背景下))?[，,](?:[^，,。；;]{2,20}[，,]){0,2}?"
                                r"牵头(?:组织)?(?:实施|开展|推进|启动)了?[^，,。；;]{2,60}?[，,]"
                                r"(?P<list>[^，,。；;]{2,80}?)(?:相互|密切|积极)?(?:协作)?配合")
# (the governments of a pair of levels are every one of them, a class: "区县政府", "乡镇政府")
_LEVELS_CLASS = re.compile(r"^(?:各|区县|县区|市县|县市|乡镇|镇街|街镇)")
# (bare fields are read only where the list prints its organ word once on the last: "…、物价、城管部门" — the 部门 every field's)
_BARE_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


def lead_then_helpers(sent: str) -> Roles | None:
    m = _LEAD_THEN_HELPERS.match(sent)
    lead = _one_named(m["lead"]) if m else None
    if not lead:
        return None
    named, _, joined = m["list"].partition("及")
    items = named.split("、")
    if len(items) < 2 or not items[-1].endswith("部门"):
        return None
    if not all(is_unit(x) and not is_generic(x) or FIELD_NAME.match(x) or _BARE_FIELD.match(x) for x in items):
        return None
    classes = [joined] if joined and (is_generic(joined) or _LEVELS_CLASS.match(joined) or not is_unit(joined)) else []
    helpers = items + ([joined] if joined and not classes else [])
    return Roles.of(([lead], []), (helpers, classes))


CLAUSE_ROLE_STYLES = [
    ("duty_sentence", asked_to_notify),
    ("joint", group_lead_joins),
    ("led_by", lead_then_helpers),
]
