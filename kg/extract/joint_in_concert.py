"""Joint work with no lead, in wordings the joint_action readers leave: bodies told to act together, none named to lead.

Each style is a named reader in JOINT_PARTNER_STYLES (tried in order, from duty_styles.SENTENCE_STYLES after the
joint_action readers), written for the real lines in tests/test_joint_in_concert.py:

- `与…沟通协调` — "五常市公安局还积极与农业农村局等相关部门沟通协调,建立了信息共享、联合执法等合作机制" (fresh42 五常): the
  subject and its partners cooperate (the rule for A与B: fresh31, fresh35), a closing 等相关部门 a class;
- `由A、B…等多个部门协同开展` — "第五片区的整治行动由城月镇农业农村办、乡村振兴驻镇帮镇扶村工作队、交警中队、…等多个部门协同开展"
  (fresh42 城月): 由 and a list of bodies working in concert, no 牵头 word: all cooperate;
- `X等多个科室联合执法` — "镇应急办等多个科室联合执法,对沿街店铺…进行检查" (fresh42 梅江, a converter copy): one named office
  and a class, no 由 and no lead word: the office cooperates, the class is generic.

Left to the joint_action readers (not edited here while joint_action.py was being split up): its joint readers end a partner's name at an action
verb but not at 利用 ("相桥街道城建科联合市场监管所工作人员利用集会开展…", fresh42 相桥 l.1: the partner read is "市场监管所工作人员利用
集会", not 市场监管所), and joint_without_lead keeps a person's post and a class among the cooperating ("由镇政法委员、社治办、派出所、
司法所和群团部门、属地村社区联合开展调解工作", fresh42 狮市: 镇政法委员 is a person, 群团部门 a class).
"""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.units import Roles, all_named, is_generic

__all__ = ["JOINT_PARTNER_STYLES"]

# (a subject opening its clause, at most 20 characters, no list or conjunction in it)
_SUBJECT = r"(?:^|(?<=[，,：:]))(?P<a>[^，,。；;、和与同由]{2,20}?)"
_ADVERBS = r"(?:还|也|又|并)?(?:积极|主动|及时|密切|多次|加强)?"
# (a class closing the partners: "等相关部门", "等有关单位")
_CLASS_TAIL = r"(?:等(?P<cls>(?:相关|有关)?(?:部门|单位)))?"

_CONSULTING = re.compile(_SUBJECT + _ADVERBS + r"(?:与|和|同)(?P<b>[^，,。；;与和同]{2,40}?)" + _CLASS_TAIL
                         + r"(?:沟通协调|协调沟通|沟通对接|对接协调|协调对接)")
# (what they go on to do together: "草监所积极与司法机关协调对接,联合办案" (fresh37's 杭锦旗, neimenggu_ordos-hangjinqi-nongmuyeju-
# liangjin-gongzuo.txt:16))
_DONE_JOINTLY = re.compile(r"^[，,]?(?:共同|联合|合力)(?:办案|执法|开展|查处|打击|整治|检查)")
_IN_CONCERT = re.compile(r"由(?P<units>[^，,。；;由]{4,160}?)等(?:多个|[二三四五六七八九十\d]{1,3}个)(?:部门|单位)"
                         r"(?:协同|共同|联合)(?:开展|推进|实施|执法|整治)")
_OFFICES_JOINTLY = re.compile(r"(?:^|(?<=[，,：:]))(?P<a>[^，,。；;、和与同由等]{2,20}?)等(?P<cls>多个?(?:科室|部门|单位|站所))"
                              r"(?:联合|共同)(?:执法|检查|开展|整治|巡查)")


def _named(text: str) -> list[str] | None:
    """The named bodies of a list, or None where it holds anything but bodies (a clause, a person)."""
    units = units_only(text)
    if not (units and units[0]) or not all_named(units[0]):
        return None
    return list(units[0])


def consulting_partners(sent: str) -> Roles | None:
    """X(还积极)与Y等相关部门沟通协调: X and Y cooperate, the class generic; X与<a class>协调对接,联合办案: the joint work of a
    named body and a class (司法机关: every court, procuratorate and police office, no named body) — X cooperates, the class
    is generic."""
    m = _CONSULTING.search(sent)
    a, b = (_named(m["a"]), _named(m["b"])) if m else (None, None)
    if a and len(a) == 1 and not b and not m["cls"] and is_generic(m["b"]) and _DONE_JOINTLY.match(sent[m.end():]):
        return Roles.of(cooperate=(a, [m["b"]]))
    if not (a and b and len(a) == 1):
        return None
    return Roles.of(cooperate=(a + b, [m["cls"]] if m["cls"] else []))


def units_in_concert(sent: str) -> Roles | None:
    """由A、B、C等多个部门协同开展: every body named cooperates (no lead word); an item no reader takes for a body (a
    waterworks, "城月水厂") is left out where most of the list are bodies."""
    m = _IN_CONCERT.search(sent)
    items = [x for x in re.split(r"[、和及]", m["units"]) if x] if m else []
    units = [u for x in items for u in (_named(x) or [])]
    return Roles.of(cooperate=(units, [])) if len(units) >= 2 and 3 * len(units) >= 2 * len(items) else None


def offices_jointly(sent: str) -> Roles | None:
    """X等多个科室联合执法: X cooperates, the class generic."""
    m = _OFFICES_JOINTLY.search(sent)
    named = _named(m["a"]) if m else None
    return Roles.of(cooperate=(named, [m["cls"]])) if named and len(named) == 1 else None


# the subject opening the sentence (after a time word), its clause of what it does, then ",与Y(相关部门)联合<verb>": the
# partner is Y, a place's departments standing for the place ("今年,狮市镇还主动实现跨行政区域开展矛盾调解工作,与大安区回龙镇相关部门联合
# 入户调解", fresh42 狮市)
_PARTNER_AFTER = re.compile(r"^(?:[^，,。；;]{1,8}[，,])?(?P<a>[^，,。；;、和与同由]{2,12}?)(?:还|也|又)(?:主动|积极)?"
                            r"[^，,。；;]{2,40}[，,](?:并|还)?与(?P<b>[^，,。；;与和同、]{2,20}?)(?:相关|有关)?(?:部门|单位)?"
                            r"联合(?=[\u4e00-\u9fff]{2})")


def partner_after_clause(sent: str) -> Roles | None:
    """X还…,与Y相关部门联合…: X and Y cooperate (the subject carried from the clause before)."""
    m = _PARTNER_AFTER.search(sent)
    a, b = (_named(m["a"]), _named(m["b"])) if m else (None, None)
    # (a town named with its county or district before it, "大安区回龙镇", is a body as printed)
    if m and not b and (placed := re.match(r"^[\u4e00-\u9fff]{1,4}[区县市](?=[\u4e00-\u9fff]{2,6}[镇乡]$)", m["b"])):
        b = [m["b"]] if _named(m["b"][placed.end():]) else None
    if not (a and b and len(a) == 1 and len(b) == 1):
        return None
    return Roles.of(cooperate=(a + b, []))


JOINT_PARTNER_STYLES = [
    ("joint_no_lead", consulting_partners),
    ("joint_no_lead", units_in_concert),
    ("joint_no_lead", offices_jointly),
    ("joint_no_lead", partner_after_clause),
]
