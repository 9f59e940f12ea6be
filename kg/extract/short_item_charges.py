"""Short news items' task sentences that no other duty style reads (issue #16, round179: shapes found in converter copies,
general in wording). Two readers are rows of `SHORT_ITEM_STYLES` (style, reader), tried after every other duty style;
the third, `pointed_charge`, reads a report's numbered point only (duty_styles calls it where the point number was cut).
Their real lines are the table tests of tests/test_short_item_charges.py.

- `deployed_action`: one named body acting on another's deployment (`吉林市丰满区木材检查站按照林业局党委、林业稽查大队的
  统一部署,在全区范围内开展…专项整治行动`, fresh31's 丰满): a duty handed down by a named body (task_convention.md, kept
  by stop 24; fresh31's decision): the body that acts leads, the deploying bodies take no role. A line that reports the
  action's results (`…开展“铁拳”行动成效明显`, fresh54's 江西, its gold: no task) is a deed, rule 3;
- `planned_count`: a place or body planning a counted amount of work (`尼玛县计划搬迁1368户4105人`, tasks99's 西藏 item):
  计划 commits its subject (rule 2); `planned_subject` lets duties cut a sentence before each such clause, so every
  county's plan is a task of its own;
- `pointed_charge`: a meeting's or notice's numbered point naming a body with an adverb of the order and no 要
  (`会议要求,一是要…;二是县公安交通警察大队立即起草我县专项整治方案`, tasks34's 天柱): the requirement's 要 carries to
  every point; a point reporting the deed done (`…立即起草了…`) is a deed (rule 3).
"""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["SHORT_ITEM_STYLES", "planned_subject", "pointed_charge"]


def _reread(subject: str, rest: str) -> Roles | None:
    """The roles of the sentence read again as `subject要rest`, when they make the subject (alone) the lead."""
    from kg.extract.duty_styles import sentence_roles  # (the registry holds this module's rows: read at call time)

    roles, _ = sentence_roles(subject + "要" + rest)
    return None if roles.empty or roles.lead != [subject] else roles


# "为进一步加大森林资源保护力度,自4月初,吉林市丰满区木材检查站按照林业局党委、林业稽查大队的统一部署,在全区范围内开展严历打击非法运输
# 木材专项整治行动" (fresh31's 丰满 converter copy, jilin_fengman-2017-mucai-jianchazhan-zhuanxiang-zhengzhi-converter.txt:5)
_DEPLOYED = re.compile(r"(?:^|[，,])(?P<subj>[^，,。；;：:“”《》]{2,30}?)(?:按照|根据|依照|遵照)(?P<by>[^，,。；;：:]{2,40}?)的?统一"
                       r"(?:部署|安排)[，,]?(?P<rest>[^。；;]*)")
# the action itself, after the deployment
_ACTS = re.compile(r"开展|进行|组织|实施|启动")
# a report of results, not of the action (fresh54's 江西 `…开展“铁拳”行动成效明显。截至6月底,全省共查办…`: no task)
_RESULTS = re.compile(r"成效|成果|取得|截至|截止|累计|共查|查办|查处[\d一二三四五六七八九十]")
# joint work after the deployment is the joint readers' (tasks135's `X按照Y统一部署,会同A、B等相关部门开展`)
_JOINT = re.compile(r"联合|会同|协同|配合|牵头|协助")


def deployed_action(sent: str) -> Roles | None:
    m = _DEPLOYED.search(sent)
    if not m or not _ACTS.search(m["rest"]) or _RESULTS.search(m["rest"]) or _JOINT.search(m["rest"]):
        return None
    subj = m["subj"]
    return Roles.of(lead=([subj], [])) if is_unit(subj) and not is_generic(subj) else None


# "其中,尼玛县计划搬迁1368户4105人,双湖县计划搬迁2396户4442人,安多县计划搬迁2542户5022人" (tasks99's 西藏 converter copy,
# xizang-senburi-banqian-lasa-naqu-shannan-jiang-tongchou-converter.txt:13): 计划, a verb, then the counted amount planned
# (计划生育 / 计划单列 / 计划经济 are names, no plan of the subject's)
_PLANNED = re.compile(r"^(?:其中|另外|此外)?[，,]?(?P<subj>[^，,。；;：:“”《》]{2,20}?)(?:今年|年内|明年)?计划(?!生育|单列|经济|内|外|书)"
                      r"(?P<rest>[\u4e00-\u9fff]{1,4}?[\d一二三四五六七八九十百千万]+(?:余|多)?[户人个座处所家亩间套栋公千万][^。；;]*)")


def planned_count(sent: str) -> Roles | None:
    m = _PLANNED.match(sent)
    return _reread(m["subj"], m["rest"]) if m else None


def planned_subject(clause: str) -> str | None:
    """The place or body a clause opens with, planning a counted amount of work (duties cuts a sentence before it)."""
    m = _PLANNED.match(clause)
    return m["subj"] if m and planned_count(clause) else None


# "会议要求,一是要立即摸排全县非法营运及非法改装车辆信息,…;二是县公安交通警察大队立即起草我县专项整治方案,并明确各乡镇职责,…"
# (tasks34's 天柱 converter copy, guizhou-tianzhu-converter-jiaojing-jiaotong-gonglu-zucheng-gongzuozu.txt:6): the point's
# number already cut, a named body, then the adverb of the order
_POINTED = re.compile(r"^(?P<subj>[^，,。；;：:“”《》]{2,24}?)(?P<rest>(?:立即|立刻|马上|尽快|迅速|抓紧)[\u4e00-\u9fff][^。；;]*)")
# the deed done (`立即起草了`, `已起草`): a report of what the body did, rule 3
_DONE = re.compile(r"^[^，,。；;]*?(?:了|已经?|完毕)")


def pointed_charge(sent: str) -> Roles | None:
    """A numbered point's named body charged with no 要 of its own (only a point: duty_styles knows the cut number)."""
    m = _POINTED.match(sent)
    if not m or _DONE.match(m["rest"]) or not is_unit(m["subj"]) or is_generic(m["subj"]):
        return None
    return _reread(m["subj"], m["rest"])


SHORT_ITEM_STYLES = [
    ("duty_sentence", deployed_action),
    ("duty_sentence", planned_count),
]
