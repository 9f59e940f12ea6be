"""Joint-work sentences whose partners are printed in a shape no other duty style reads (issue #16, round185: the 天津
pages' misses, general in wording). Each reader is a row of `PARTNER_SHAPE_STYLES` (style, reader), tried after
every other duty style; their real lines are the table tests of tests/test_partner_shapes.py.

- `joined_with_own_class`: a body acting with its own subordinate offices as a class (`南开区政府及所属街道办事处对…进行
  全面治理`, fresh31's 天津 page): joint work with a class is a task whatever its tense (task_convention.md keeps
  `X及所属街道办事处`): the body leads, the class (whichever of its offices) is generic;
- `list_cut_at_line_end`: an `X联合A、B、…` list the excerpt cuts inside its last name (`执法大队联合公安、交管、市`, fresh28's
  天津 南市街道 page): X leads, the names printed in full cooperate, the cut stub is no name;
- `places_staff_together`: a body with the staff of places sharing one printed organ word (`綜合執法大隊與河南里、安陽社區社工
  人員對…開展全面摸排`, fresh43's 天津 大沽街 converter page): `A与B…` names no lead, all cooperate (fresh31's rule); the staff
  stand for their bodies (fresh33); the shared word belongs to each place (decision B: the bare place as printed, its
  canonical given by task_record.shared_organ_canonicals);
- `cadres_together`: named bodies' cadres and another named body's cadres acting together (`区司法局、区文旅局等区级机关部门的
  党员干部,与陈塘庄街道干部、社区工作者、志愿者等300余人对责任路段沿线开展…清理`, fresh45's 天津 河西 page): no lead printed, the
  cadres stand for their bodies (fresh33), all cooperate; the class and the volunteers name no body.
"""

from __future__ import annotations

import re

from kg.extract.duty_units import is_one_named_unit
from kg.extract.joint_lists import FIELD_NAME
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["PARTNER_SHAPE_STYLES"]


# "南开区政府及所属街道办事处对中石油桥桥下非法占路经营、环境脏乱等问题进行全面治理" (fresh31 tianjin-2017-quanyuncun-zhoubian-
# zhifa.txt:5); the class its own offices (所属 / 下属 / 其所属), then the work
_WITH_OWN_CLASS = re.compile(r"^(?P<lead>[^，,。；;：:“”《》及]{2,20}?)及其?(?:所属|下属)(?P<cls>[\u4e00-\u9fff]{0,8}?"
                             r"(?:街道办事处|街道办|街道|部门|单位|乡镇|镇街|科室|机构))"
                             r"(?=对|在|开展|进行|组织|联合|共同|全面|集中)")


def joined_with_own_class(sent: str) -> Roles | None:
    m = _WITH_OWN_CLASS.match(sent)
    # (a class as the body: "县级以上政府及其所属部门制定的…", "各级政府及其所属各部门要…" name nobody)
    if not m or not is_one_named_unit(m["lead"]) or is_generic(m["lead"]):
        return None
    return Roles.of(([m["lead"]], []), ([], ["所属" + m["cls"]]))


# "执法大队联合公安、交管、市" (fresh28 tianjin_heping-nanshi-jiedao-2025-zhengxie-tian-dafu.txt:24): the line ends inside the
# third name; the stub (one or two characters, no name of its own) is what the excerpt kept of it
_CUT_LIST = re.compile(r"^(?P<lead>[^，,。；;：:“”《》]{2,20}?)联合(?P<list>(?:[\u4e00-\u9fff]{2,20}、)+)(?P<stub>[\u4e00-\u9fff]{1,2})$")


def list_cut_at_line_end(sent: str) -> Roles | None:
    m = _CUT_LIST.match(sent)
    if not m or not is_one_named_unit(m["lead"]):
        return None
    lead = m["lead"]
    items = m["list"].rstrip("、").split("、")
    # (each printed in full, a named body or a bare field beside the named lead (stop 28); a stub that is a name or field
    # in full, "…联合公安、交管", is a whole list: the joint readers' line, not this one)
    if not all(_named_or_field(x) for x in items) or _named_or_field(m["stub"]):
        return None
    return Roles.of(([lead], []), (items, []))


def _named_or_field(name: str) -> bool:
    return bool(is_unit(name) and not is_generic(name) or FIELD_NAME.match(name) and FIELD_NAME.match(name).end() == len(name))


# "在前期排查階段,綜合執法大隊與河南里、安陽社區社工人員對萬科濱江都會秀清園,…開展全面摸排" (fresh43 tianjin_binhai-dagu-jie-
# zonghe-zhifa-dadui-xiaji-anquan-lianhe-zhifa-converter.txt:6, read simplified): the places, bare but the last, then the
# organ word printed once, then their staff
_PLACES_STAFF = re.compile(r"^(?:[^，,。；;：:“”《》]{2,16}?(?:阶段|期间|中|时)[，,])?(?P<a>[^，,。；;：:“”《》与]{2,20}?)与"
                           r"(?P<places>(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)(?P<organ>社区|街道|村委会|居委会)"
                           r"(?:社工|工作|网格|执法)?人员(?=对|在|开展|一起|共同)")


def places_staff_together(sent: str) -> Roles | None:
    m = _PLACES_STAFF.match(sent)
    if not m or not is_one_named_unit(m["a"]):
        return None
    a = m["a"]
    *bare, last = m["places"].split("、")
    # (only bare places: a name with its own organ word or unit ending is a list the joint readers read)
    if any(is_unit(p) or not is_unit(p + m["organ"]) for p in bare):
        return None
    return Roles.of(cooperate=([a, *bare, last + m["organ"]], []))


# "区司法局、区文旅局等区级机关部门的党员干部,与陈塘庄街道干部、社区工作者、志愿者等300余人对责任路段沿线开展“地毯式”清理" (fresh45
# tianjin_hexi-2024-chengshi-huanjing-da-qingzheng-da-tisheng.txt:15; its gold: joint work with no lead, the cadres stand for their
# bodies, all cooperate; the closing class and the volunteers name no body): named bodies' cadres and a named body's cadres act together
_CADRES = r"(?:党员干部|机关干部|干部职工|干部|工作人员)"
_CADRES_TOGETHER = re.compile(r"^(?P<a>[^，,。；;：:“”《》与]{4,60}?)(?:等[^，,。；;：:与]{2,12}?(?:部门|单位))?的?" + _CADRES +
                              r"[，,]?与(?P<b>[^，,。；;：:“”《》、与]{2,20}?)" + _CADRES +
                              r"(?:、[^，,。；;：:]{2,30}?)?(?:等[\d一二三四五六七八九十百]+[余多]?人)?对[^，,。；;]{2,40}?(?:开展|进行)")


def cadres_together(sent: str) -> Roles | None:
    m = _CADRES_TOGETHER.match(sent)
    if not m:
        return None
    a = m["a"].split("、")
    if not all(is_unit(x) and not is_generic(x) for x in a) or not is_one_named_unit(m["b"]):
        return None
    return Roles.of(cooperate=([*a, m["b"]], []))


PARTNER_SHAPE_STYLES = [
    ("joint_action", joined_with_own_class),
    ("joint_action", list_cut_at_line_end),
    ("joint_no_lead", places_staff_together),
    ("joint_no_lead", cadres_together),
]
