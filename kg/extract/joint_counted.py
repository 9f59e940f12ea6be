"""Joint work with no lead by a list of named bodies: 由A、B…以及F六家单位…成立 (the count closing the list), 由A、B等部门的N人参加, and
A、B根据…制定 (two or more bodies acting on one basis). Each reader is a row of `COUNTED_JOINT_STYLES` (name, reader),
tried among the duty styles (duty_styles.py); its real lines are the table tests of tests/test_joint_counted.py."""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.units import Roles, is_unit
from kg.parse.numerals import cn_small_int

__all__ = ["COUNTED_JOINT_STYLES"]

def _named_members(listed: str) -> list[str]:
    """The named bodies of a list 、-joined, its last joined by 以及 / 和 / 及 / 与; [] where any item is no unit."""
    parts = [p for item in listed.split("、") for p in re.split(r"以及|(?<=[局委办所队站心院厅室])[和及与]", item) if p]
    return parts if parts and all(is_unit(p) for p in parts) else []


# "由街道社区管理办公室、市场监管所、城管中队、房管办、绿化和市容管理所以及静安城发集团平台管理分中心六家单位在彭浦新村街道成立了
# 城市综合管理服务中心" (fresh44's 彭浦新村): the bodies the count closes set up or carry out the work together, none leads
_BY_COUNTED = re.compile(r"(?:^|[，,])由(?P<list>[^，,。；;由]{4,240}?)(?P<n>\d{1,2}|[两二三四五六七八九十])家(?:单位|部门)"
                         r"(?:在[^，,。；;]{2,30}?)?(?:联合|共同)?(?:成立|组建|开展|实施|推进)")


def _by_counted_units(sent: str) -> Roles | None:
    """由A、B…以及F N家单位…成立: every body the count closes cooperates (no lead)."""
    m = _BY_COUNTED.search(sent)
    members = _named_members(m["list"]) if m else []
    if len(members) < 2 or len(members) != cn_small_int(m["n"]):
        return None
    return Roles.of(cooperate=(members, []))


# "区卫生健康委、区疾控中心根据北京市健康提素答题活动方案要求,制定通知并号召…" (fresh44's 门头沟): two or more named bodies, the
# sentence's subject, act on one basis together; none is named to lead (past kept: all cooperate)
# (or, the basis in the clause before, revised the text anew: "…等有关规定,自治区工业和信息化厅、财政厅重新修订了《…办法》" (fresh44's
# 内蒙古; a past act, 了))
_LISTED_ON_BASIS = re.compile(r"^(?P<list>[^，,。；;由]{4,120}?)(?:(?:根据|按照|依据)[^。；;]{2,60}?[，,]?"
                              r"(?:制定|印发|出台|修订|制发)|(?:重新|联合|共同)(?:制定|印发|出台|修订|制发)了)")


def _listed_on_basis(sent: str) -> Roles | None:
    """A、B根据…制定…: the listed bodies act together, all cooperate."""
    m = next((m for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]
              if (m := _LISTED_ON_BASIS.match(sent[at:])) and "、" in m["list"]), None)
    if not m:
        return None
    units = units_only(m["list"])
    if not units or len(units[0]) < 2 or units[1] or not all(is_unit(u) for u in units[0]):
        return None
    return Roles.of(cooperate=units)


# "此次大排查由镇安监站、专职消防队、派出所、综合治理办等部门的20人参加" (fresh45's 泉湖镇 news item): the work is done by the
# staff of the listed bodies together, none named to lead (past kept: all cooperate, an unnamed 派出所 generic)
_BY_STAFF_OF = re.compile(r"(?:^|[，,])(?:[^，,。；;由]{0,20}?)由(?P<list>[^，,。；;由]{4,120}?)等(?:有关|相关)?(?:部门|单位)的?"
                          r"(?:\d{1,4}|[一二三四五六七八九十百两几数]{1,3})?[余多]?(?:人|名)(?:员|工作人员|干部)?(?:参加|参与)")


def _by_staff_of(sent: str) -> Roles | None:
    """由A、B、C等部门的N人参加: the listed bodies take part together, all cooperate."""
    m = _BY_STAFF_OF.search(sent)
    units = units_only(m["list"]) if m and "、" in m["list"] else None
    if not units or len(units[0]) < 2:
        return None
    return Roles.of(cooperate=units)


COUNTED_JOINT_STYLES = [
    ("joint_no_lead", _by_counted_units),
    ("joint_no_lead", _by_staff_of),
    ("joint_no_lead", _listed_on_basis),
]
