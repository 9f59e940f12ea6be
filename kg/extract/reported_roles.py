"""Duty sentences whose roles a report states in prose (issue #16, fresh54's first-sight misses). Each reader is a row of
`REPORTED_ROLE_STYLES` (style, reader), tried after every other duty style; their real lines are the table tests of
tests/test_reported_roles.py.

- `role_label_is`: a role's label stated with 是 / 为 in a clause of its own (`…,牵头领导是常务副市长张工,主责单位是市发展改革委、
  各区政府`, 新京报 on 北京's 2018 分工方案): read as the label's field (`主责单位:…`), a lone named body sole, classes generic,
  several named bodies all leading (fresh52's bodies named as responsible);
- `pledged_to`: a body or place stating its pledge with 要 (`…,如安徽省,亦表示要在5年內投入13億支援和田地區皮山縣`, 中新网's 2010
  援疆 item): the pledge is the body's 要 (rule 2); `pledged_subject` lets duties cut the sentence before that clause, so a
  place's 将 before it (`北京則將…`) stays its own task;
- `conferred_jointly`: named bodies conferring a title together after a procedure (`西安市科技局、市統籌辦、市農委和市發改委經公開徵集、
  專家評審等程序,全市首批認定科技型農業龍頭企業24家`, 临潼's item): joint work with no lead printed, all cooperate (rule 1;
  fresh48's `A、B联合`).
"""

from __future__ import annotations

import re

from kg.extract.units import ROLE_LABELS, Roles, is_generic, is_unit, parse_roles, split_units

__all__ = ["REPORTED_ROLE_STYLES", "pledged_subject"]


def _named_list(text: str) -> list[str] | None:
    """The bodies of a list when every item is a named body (no class), else None."""
    units, generic = split_units(text)
    return units if units and not generic and all(is_unit(u) and not is_generic(u) for u in units) else None


# the labels of the bodies a division names (persons' labels are never read here: `牵头领导是常务副市长张工` names a person)
_UNIT_LABELS = sorted((x for role in ("lead", "cooperate", "responsible") for x in ROLE_LABELS[role]), key=len, reverse=True)
# (only at a clause's start: "列第一位的责任单位为牵头单位" (fresh5's 杭州) states the list's convention, "本办法所指的责任单位为…"
# (上思) defines a word; neither opens its clause with the label)
_LABEL_IS = re.compile(r"(?:^|[，,；;])(?P<label>" + "|".join(_UNIT_LABELS) + r")(?:是|为)(?P<list>[^，,。；;：:“”]{2,80})")


def role_label_is(sent: str) -> Roles | None:
    for m in _LABEL_IS.finditer(sent):
        first = split_units(m["list"])[0][:1]
        if not (first and is_unit(first[0])):
            continue  # ("责任单位为牵头单位": the label of a role, no body)
        roles = parse_roles(m["label"] + "：" + m["list"])
        if roles.lead:  # (partners named alone, "协作单位为市公安局、市水利局", are read only beside a lead: tasks31's reading)
            return roles
    return None


# "財政相對薄弱些的省市,如安徽省,亦表示要在5年內投入13億支援和田地區皮山縣" (中新网's 2010 援疆 item, traditional): the subject (an
# example's 如 before it), a comma, then its stated pledge; the words after 要 are the pledge's (`已表示,5年內投入…` prints no 要: none)
_PLEDGED = re.compile(r"^(?:如|例如|比如)?(?P<subj>[^，,。；;：:“”《》]{2,20}?)[，,]?(?:亦|也|还|均|都)?表示要(?!求)(?P<rest>[^。；;]*)")


def pledged_subject(clause: str) -> str | None:
    """The named body or place a clause opens with, stating its pledge with 要 (duties cuts a sentence before it)."""
    m = _PLEDGED.match(clause)
    return m["subj"] if m and pledged_to(clause) else None


def pledged_to(sent: str) -> Roles | None:
    from kg.extract.duty_styles import sentence_roles  # (the registry holds this module's rows: read at call time)

    m = _PLEDGED.match(sent)
    if not m:
        return None
    roles, _ = sentence_roles(m["subj"] + "要" + m["rest"])  # (a person's pledge names no unit: "王吉表示要…" reads none)
    return None if roles.empty or roles.lead != [m["subj"]] else roles


# "據了解,西安市科技局、市統籌辦、市農委和市發改委經公開徵集、專家評審等程序,全市首批認定科技型農業龍頭企業24家" (临潼's trad item): the
# bodies, the procedure they went through, then the conferral in the next clause
_CONFERRED = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;：:“”《》]{4,80}?)经过?[^。；;]{2,40}?(?:程序|评审|审核|审定|遴选)[，,]"
                        r"[^。；;]{0,30}?(?:认定|评定|确定|命名|授予|评选出)")


def conferred_jointly(sent: str) -> Roles | None:
    m = _CONFERRED.search(sent)
    units = _named_list(m["list"]) if m else None
    return Roles.of(cooperate=(units, [])) if units and len(units) >= 2 else None  # (one body's conferral: its deed, rule 3)


REPORTED_ROLE_STYLES = [
    ("role_holder", role_label_is),  # (as duty_roles._role_holder: a clause naming who holds the role)
    ("duty_sentence", pledged_to),
    ("joint_no_lead", conferred_jointly),
]
