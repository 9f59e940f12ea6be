"""Joint work told in provinces' and cities' news reports in shapes the other joint readers miss (issue #16, fresh53's
first-sight misses). Each sentence reader is a row of `JOINT_REPORT_STYLES` (style, reader), tried after every other duty
style; `team_drawn_after_sender` reads a team's make-up with the sentence before it that sent the team (duties.py calls
it). Their real lines are the table tests of tests/test_joint_reports.py.

- `partners_and_class`: named bodies on both sides of 与, a class closing the second side, working together between them
  (`重庆市城市管理局与四川省住房和城乡建设厅、成都市城市管理委员会以及川渝各毗邻区(市)县之间主动对接、积极合作`, 重庆 城管局's
  item): joint work with no lead printed, the named bodies cooperate (fresh16's `A与B`), the class is generic;
- `pair_deciding`: two or more named bodies deploying or deciding one piece of work, a purpose between them and the verb
  (`近日,吉林省委、省政府为促进全省档案事业的科学发展,部署对全省档案工作开展专项督查`, 吉林 档案局's item): no lead printed,
  all cooperate (fresh16's `A、B开展`, the reading the sentence gets without its purpose);
- `member_units_team`: joint teams whose member units are named (`组成了由省档案局、省委督查室、省政府督查室为成员单位的五个联合督查组`,
  the same item): no lead printed, the member units cooperate (the reading of `由A、B、C组成的…组`);
- `team_drawn_after_sender`: a body sending counted teams, then the teams drawn from named units
  (`内蒙古自治区党委派出12个督察组深入全区12个盟市,…开展督查。` ⏎ `督察组由12名厅级领导干部带队,从自治区党委政法委和政法各部门
  抽调部分干部组成`, 内蒙古 党委's item): the sender leads, the named units cooperate, a class among them is generic (fresh52's
  `X决定从A、B、C抽调…组成`, told over two sentences).
"""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic, is_unit, split_units

__all__ = ["JOINT_REPORT_STYLES", "team_drawn_after_sender"]

_CJK_COUNT = r"[\d一二三四五六七八九十两]+"
# what a clause may open with before its subject: a time word ("近日,", "今年以来,")
_OPENING = r"(?:^|[，,])"


def _named_list(text: str) -> list[str] | None:
    """The bodies of a list when every item is a named body (no class), else None."""
    units, generic = split_units(text)
    return units if units and not generic and all(is_unit(u) and not is_generic(u) for u in units) else None


# "重庆市城市管理局与四川省住房和城乡建设厅、成都市城市管理委员会以及川渝各毗邻区(市)县之间主动对接、积极合作,先后签订结对共建协议34份"
# (fresh53's 重庆 城管局 item, chongqing_chengshi-guanliju-2023-chengyu-chengguan-zhifa-hezuo-di5ci-tuijinhui.txt:6): 之间 and a word of
# working together close the two sides; a class of places (各…, 相关 / 有关…) may close the second side after 以及 / 及 / 和
_BETWEEN = re.compile(_OPENING + r"(?P<a>[^，,。；;：:“”《》与]{2,30}?)与(?P<b>[^，,。；;：:“”《》与]{2,80}?)"
                      r"(?:(?:以及|及|和)(?P<cls>[^，,。；;：:“”《》与]{0,8}(?:各|相关|有关|其他)[^，,。；;：:“”《》与]{1,16}?))?"
                      r"之间(?:的)?(?:主动|积极|密切|深入|加强|不断)?(?:对接|合作|协作|联动|沟通|交流|协同)")


def partners_and_class(sent: str) -> Roles | None:
    m = _BETWEEN.search(sent)
    a = _named_list(m["a"]) if m else None
    b = _named_list(m["b"]) if m else None
    if not (a and b and len(a) == 1):
        return None
    return Roles.of(cooperate=(a + b, [m["cls"]] if m["cls"] else []))


# "近日,吉林省委、省政府为促进全省档案事业的科学发展,部署对全省档案工作开展专项督查" (fresh53's 吉林 档案局 item,
# jilin_sheng-dangan-ju-dangan-gongzuo-zhuanxiang-lianhe-ducha-zu.txt:2): the named bodies, their purpose (为…,), then the work deployed
_DECIDING = re.compile(_OPENING + r"(?P<list>[^，,。；;：:“”《》为]{4,60}?)(?:为[^，,。；;：:“”《》]{2,40}?[，,])?(?:联合|共同)?"
                       r"(?:部署|研究决定|决定|安排)(?=对|开展|在|于|从|组织|实施|启动)")


def pair_deciding(sent: str) -> Roles | None:
    m = _DECIDING.search(sent)
    units = _named_list(m["list"]) if m else None
    return Roles.of(cooperate=(units, [])) if units and len(units) >= 2 else None


# "组成了由省档案局、省委督查室、省政府督查室为成员单位的五个联合督查组,对全省各市(州)…进行实地督查" (the same item, line 2)
_MEMBER_UNITS = re.compile(r"由(?P<list>[^，,。；;：:“”《》由]{4,80}?)(?:等(?:" + _CJK_COUNT + r"个)?(?:部门|单位))?为成员(?:单位)?的"
                           r"(?:" + _CJK_COUNT + r"个)?[\u4e00-\u9fff]{0,10}?(?:组|队|专班)")


def member_units_team(sent: str) -> Roles | None:
    m = _MEMBER_UNITS.search(sent)
    units = _named_list(m["list"]) if m else None
    return Roles.of(cooperate=(units, [])) if units and len(units) >= 2 else None


JOINT_REPORT_STYLES = [
    ("joint_no_lead", partners_and_class),
    ("joint_no_lead", pair_deciding),
    ("joint_no_lead", member_units_team),
]


# "从6月下旬开始,内蒙古自治区党委派出12个督察组深入全区12个盟市,…开展督查。" ⏎ "督察组由12名厅级领导干部带队,从自治区党委政法委和
# 政法各部门抽调部分干部组成,…" (fresh53's 内蒙古 党委 item, neimenggu_zizhiqu-dangwei-2013-dujiazu-8337-sange-gongjianzhan-ducha.txt:1–2)
_SENT = re.compile(_OPENING + r"(?P<x>[^，,。；;：:“”《》]{2,20}?)(?:先后|再次|共|还)?(?:派出|组成|组建|成立)了?" + _CJK_COUNT
                   + r"个(?P<team>[\u4e00-\u9fff]{1,8}?(?:组|队))")
_DRAWN = re.compile(r"^(?P<team>[\u4e00-\u9fff]{1,8}?(?:组|队))(?:由[^，,。；;]{2,30}?(?:带队|率队|任组长)[，,]?)?"
                    r"从(?P<list>[^，,。；;：:“”《》从]{2,60}?)(?:中)?(?:抽调|选调|选派|抽派)[^，,。；;]{0,16}?(?:组成|组建)")
_LIST_SPLIT = re.compile(r"、|(?<=[局委办厅队所站心院])(?:和|及|以及)")


def team_drawn_after_sender(before: str, sent: str) -> Roles | None:
    """The roles of a team's make-up sentence read with the sentence before it that sent the team: the sender leads, the named
    units the team is drawn from cooperate (a class among them generic); None when the sentences are not that pair."""
    drawn, sender = _DRAWN.match(sent), _SENT.search(before)
    if not (drawn and sender and sender["team"] == drawn["team"] and _named_list(sender["x"]) == [sender["x"]]):
        return None
    items = [x for x in _LIST_SPLIT.split(drawn["list"]) if x]
    named = [x for x in items if is_unit(x) and not is_generic(x)]
    if not named:
        return None  # staff drawn from a class only ("从各派出所抽调民警"): no partner named
    return Roles.of(([sender["x"]], []), (named, [x for x in items if x not in named]))
