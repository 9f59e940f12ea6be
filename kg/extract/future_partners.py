"""Partners a body that will act names in its own clause: "下一步,县交通运输局将继续深化与交警部门联动执法机制" (fresh15's 兰陵),
"市公安局还将联合消防、住建、文化等相关部门出台专项整治方案" (fresh20's 南通), "平武县市场监督管理局将持续加大对…的巡查力度,加强与
农业农村局、综合行政执法局、卫健局等部门的协同联动" (fresh21's 平武). The convention's rule 2 reads the body as the lead of its 将;
rule 1 beside it: the named bodies it will work with cooperate (task_convention.md, `rule 2 + rule 1`). A duty sentence read
with one lead and no partner gets them here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.joint_lists import _bodies
from kg.extract.units import Roles

__all__ = ["PartnerStyle", "PARTNER_STYLES", "with_future_partners"]

_WILL = r"(?:将|將|要|拟|擬)"
_LIST = r"(?P<list>[\u4e00-\u9fff、]{2,60}?)"
_CLOSED = r"(?P<closed>等(?:相关|有关|相關|有關|其他|其它)?(?:部门|部門|单位|單位|机构|機構))?"


@dataclass(frozen=True)
class PartnerStyle:
    name: str
    pattern: re.Pattern
    example: str  # a real line
    shared: bool = False  # the clause is the whole subject's: several leads share its partners


PARTNER_STYLES = [
    # "…将联合A、B等相关部门出台…" (fresh20's 南通 剧本杀 line 75)
    PartnerStyle("将联合A、B等部门", re.compile(
        _WILL + r"[\u4e00-\u9fff]{0,6}?(?:联合|聯合|会同|會同)" + _LIST + _CLOSED
        + r"(?=出台|开展|開展|建立|制定|组织|組織|共同|对|對|进行|進行|[，,])"),
        "下一步,针对此类场馆,市公安局还将联合消防、住建、文化等相关部门出台专项整治方案"),
    # "…将继续深化与A联动执法机制", "…将…,加强与A、B、C等部门的协同联动" (fresh15's 兰陵, fresh21's 平武)
    PartnerStyle("将…加强与A…协同联动", re.compile(
        _WILL + r"[^。；;]{0,60}?(?:深化|加强|加強|强化|強化)与" + _LIST + _CLOSED + r"的?"
        + r"(?=协同|協同|联动|聯動|协作|協作|配合|合作|联合|聯合)"),
        "下一步,县交通运输局将继续深化与交警部门联动执法机制"),
    # "A、B应在…内,联合C、D召开…": the time limit and its comma between the modal and 联合, the partners the subject's — however
    # many bodies it lists (tasks117 buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4; its
    # gold: 市人大常委会 and CPPCC lead, both 办公厅 cooperate)
    PartnerStyle("应在…内,联合A、B", re.compile(
        r"(?:将|將|要|应当|應當|应|應)在[^，,。；;]{1,20}?(?:内|內|前|后|後|期间|期間)[，,](?:联合|聯合|会同|會同)" + _LIST + _CLOSED
        + r"(?=召开|召開|举行|舉行|举办|舉辦|开展|開展|建立|制定|组织|組織|共同|对|對|进行|進行|[，,])"),
        "市人大常委會、CPPCC應在休會後30日內,聯合市委辦公廳、市政府辦公廳召開由各承辦單位主管領導和相關工作人員參加的會議", shared=True),
]


def with_future_partners(sent: str, roles: Roles) -> Roles:
    """The roles with the partners a single leading body's will-clause names (or, for a `shared` style, the clause of a subject
    listing several), read as its cooperating units; unchanged when the clause names none or names a lead again."""
    if not roles.lead or roles.cooperate or roles.generic_cooperate:
        return roles
    ats = [sent.find(u) for u in roles.lead]
    if min(ats) < 0:
        return roles
    after = max(at + len(u) for at, u in zip(ats, roles.lead))  # (after the last lead the subject names)
    for style in PARTNER_STYLES:
        if len(roles.lead) > 1 and not style.shared:
            continue
        m = style.pattern.search(sent, after)
        if not m:
            continue
        got = _bodies(m["list"], bool(m["closed"]))
        if not got or not got[0] or any(u in got[0] for u in roles.lead):
            continue
        roles.add("cooperate", got[0], got[1])
        return roles
    return roles
