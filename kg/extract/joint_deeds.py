"""Joint deeds of a bare list of named bodies, no lead word and no 联合: the weak groups' misses (issue #16, weak39).

Each reader is a row of `JOINT_DEED_STYLES` (style, reader), tried after every other duty style (only a line no other
style read reaches them); their real lines are the table tests of tests/test_joint_deeds.py.

- `bodies_and_persons_went`: `A、B、C和村组干部多次深入实地…` (tasks39's 盐边, a converter copy): several named bodies and
  persons going out together; no lead printed, the bodies cooperate (the rule for A与B: fresh31), the persons are no units;
- `bodies_inspected`: `A、B、C、D对辖区内…情况进行检查` (fresh30's 金江, a converter copy): several named bodies (a town's
  党委、政府、派出所、林场(站), the later ones as printed) inspecting together: no lead, all cooperate. One body's inspection is
  its own deed (stop 24, rule 3: no task), so two named bodies at least.
"""

from __future__ import annotations

import re

from kg.extract.duty_units import is_one_named_unit
from kg.extract.units import Roles, is_generic

__all__ = ["JOINT_DEED_STYLES"]

# (the list: names joined by 、 only, no clause mark, no quote or title)
_LIST = r"(?P<list>[^，,。；;：:“”《》和及与对由在]{2,24}?(?:、[^，,。；;：:“”《》和及与对由在、]{2,24}?)+)"
# (persons beside the bodies: cadres, staff, volunteers — never a body of their own)
_PERSONS = r"(?:[\u4e00-\u9fff]{0,6}?(?:干部|工作人员|志愿者|群众|队员|党员|民警|职工|网格员))"

# "盐边县林业局、森林派出所、乡林业站和村组干部多次深入实地勘验检尺取证" (tasks39 sichuan-yanbian-qinghe-converter-linyeju-
# paichusuo-xiang-linyezhan.txt:3)
_WENT = re.compile(r"^" + _LIST + r"(?:和|及|以及)" + _PERSONS + r"(?:多次|先后|共同|一起|一同|分别)?"
                   r"(?=深入|走进|走访|前往|赶赴|赴)")
# "香格里拉市金江镇党委、政府、派出所、林场(站)对辖区内涉林企业安全生产、征占用林地情况进行检查" (fresh30 yunnan_xianggelila-
# jinjiang-2015-zhanyong-lindi-lianhe-jiancha-converter.txt:1); the check's object within one clause
_INSPECTED = re.compile(r"^" + _LIST + r"(?:共同|一起|一同)?对[^，,。；;]{2,40}?(?:进行|开展)了?(?:检查|排查|巡查|清查|核查)")

# (a name with its last word's alternate in brackets: "林场(站)" — the forest farm or station (林站), one body as printed)
_ALTERNATE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,20})[（(](?P<alt>[\u4e00-\u9fff]{1,4})[)）]$")
# (a site's wire credit before the sentence: "香格里拉网讯 近日,…"; a date or an occasion before the subject is a clause of its own)
_WIRE = re.compile(r"^[\u4e00-\u9fff]{2,8}网讯\s*")


def _named(item: str) -> bool:
    """A body named in full, or one with a bracketed alternate (林场(站))."""
    alt = _ALTERNATE.match(item)
    if alt:
        name, other = alt["name"], alt["alt"]
        item = name if is_one_named_unit(name) else name[: -len(other)] + other
    return is_one_named_unit(item) and not is_generic(item)


def _clauses(sent: str):
    """The sentence from its start and from after each comma (a date or an occasion may open it)."""
    sent = _WIRE.sub("", sent)
    yield sent
    for m in re.finditer(r"[，,]", sent):
        yield sent[m.end():]


def _listed(pattern: re.Pattern, sent: str) -> Roles | None:
    for clause in _clauses(sent):
        m = pattern.match(clause)
        if not m:
            continue
        items = m["list"].split("、")
        if len(items) >= 2 and all(_named(x) for x in items):
            return Roles.of(cooperate=(items, []))
        return None
    return None


def bodies_and_persons_went(sent: str) -> Roles | None:
    """A、B、C和村组干部多次深入…: the named bodies cooperate, the persons are no units."""
    return _listed(_WENT, sent)


def bodies_inspected(sent: str) -> Roles | None:
    """A、B、C、D对…进行检查: the named bodies cooperate, none leads."""
    return _listed(_INSPECTED, sent)


JOINT_DEED_STYLES = [
    ("joint_no_lead", bodies_and_persons_went),
    ("joint_no_lead", bodies_inspected),
]
