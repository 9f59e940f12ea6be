"""Duty and joint-work wordings the other readers miss, written from tasks117's first-sight misses (stop 27): a duty moved
to a named bearer (`将…职责移交X承担`), a team's charge stated with its lead (`以X牵头的…小组…负责`), a chair's charge in
minutes (`請X就…予以主政`), a list's closing overseer (`X加强对以上…的指导`, tasks122), a time word between a subject and its 联合 (`X于近期联合…`), joint work under a guiding body
(`Y在X统筹指导下,联合A、B…`), a subject that assists a named body (`Y配合X组织…`), and the partners a subject will join (`X将继续联合A…`). Each reader is a row of
`NAMED_CHARGE_STYLES` (style, reader), tried with the handed duties before the duty styles (the time word's row,
`LATE_CHARGE_STYLES`, after them all); `assisting_clauses` cuts a
duty line's `…,配合X…` clause off as its own sentence, its subject carried (or carried over a ；). Their real lines are the table tests of
tests/test_tasks117_rules.py."""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["LATE_CHARGE_STYLES", "NAMED_CHARGE_STYLES", "assisting_clauses"]


def _named(text: str) -> list[str] | None:
    """The named units a list prints (classes and persons dropped), None when it names none or holds other words."""
    units = units_only(text)
    return units[0] if units and units[0] else None


# "1、将城市客运(含公共交通、出租车、中巴车)管理职责移交市交通运输局承担。" (tasks117's 建设局 转移职责, https://m.zjtcn.com/news/51196598.html):
# the duty is handed to a named body, named as the one to bear it
_MOVED_TO = re.compile(r"(?:移交|划转|划归|交由|转交)(?:给|至|到)?(?P<unit>[^，,。；;、给至到]{2,30}?)(?:统一|具体)?(?:承担|负责|管理)(?:[。；;]|$)")


def _moved_to_bearer(sent: str) -> Roles | None:
    """将…职责移交X承担: X leads."""
    m = _MOVED_TO.search(sent)
    if not (m and "职责" in sent[: m.start()] and is_unit(m["unit"]) and not is_generic(m["unit"])):
        return None
    return Roles.of(([m["unit"]], []))


# "該鎮成立了以綜治辦牽頭的專項執法小組專項負責此項工作。" (tasks117's 孟寺镇, traditional, http://m.nxhuan.com/shxw1473/p/714956.html): a
# team's charge stated with the body leading it; the team itself is no named body
_TEAM_LED = re.compile(r"以(?P<lead>[^，,。；;以]{2,20}?)(?:牵头|为牵头单位)的[^，,。；;]{2,20}?(?:小组|专班|工作组|队|组)"
                       r"[^，,。；;]{0,6}?(?:负责|承担)")


def _team_led_by(sent: str) -> Roles | None:
    """…以X牵头的Y小组(专项)负责…: X leads."""
    m = _TEAM_LED.search(sent)
    lead = _named(m["lead"]) if m else None
    return Roles.of((lead, [])) if lead else None


# "4.台七線部分:請觀光行銷局就台七線成立國家級風景區部份,予以主政,提出行動方案,下次主管會議提出報告" (tasks117's 桃園 主管會議紀錄,
# https://gazette.tycg.gov.tw/TYBulletin/Home/ViewMain/244): the chair names the bureau to take charge of a matter
_ASKED_TO_CHARGE = re.compile(r"(?:^|[：:，,])请(?P<unit>[^，,。；;请就]{2,20}?)就[^。；;]{2,40}?[，,]?(?:予以|负责)?(?:主政|主办|牵头|负责)")


def _asked_to_take_charge(sent: str) -> Roles | None:
    """請X就…予以主政: X leads."""
    m = _ASKED_TO_CHARGE.search(sent)
    if not (m and is_unit(m["unit"]) and not is_generic(m["unit"])):
        return None
    return Roles.of(([m["unit"]], []))


# "常州经开区经济发展局于近期联合各镇、街道,就人防工程建设审批落实情况等方面组织开展专项排查。" (tasks117's 常州经开区, https://jkq.changzhou.gov.cn/
# content/suitable/show?catid=35357&id=37096): a time word between the subject and its 联合 is no part of either
_TIME_BEFORE_JOINT = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:于)?(?:近期|近日|日前|前期|近来|\d{1,2}月\d{1,2}日|\d{1,2}月(?:上|中|下)旬)"
                                r"(?=联合|会同|携手)")


def _timed_joint(sent: str) -> Roles | None:
    """X于近期联合A、B…: read as X联合A、B…."""
    if not _TIME_BEFORE_JOINT.search(sent):
        return None
    from kg.extract.duty_styles import _sentence_roles  # (duty_styles imports this registry: read at call time)
    roles, style = _sentence_roles(_TIME_BEFORE_JOINT.sub("", sent))
    return None if style is None else roles


# "迎宾街道华安社区在联点领导及街道便民服务中心统筹指导下,联合平城区环卫服务中心清运一公司、大同市弘睿物业有限责任公司,共同开展街巷环境卫生专项
# 整治行动。" (tasks117's 大同 迎宾街道, https://www.pingcheng.gov.cn/pcqrmzfz/dtyw/202509/bbc1b878d2ca4d98b73b2091485e2ffd.shtml): the
# subject who joins the partners leads; the guiding body works with them (its leaders, persons, are none)
_UNDER_GUIDANCE = re.compile(r"在(?P<guide>[^，,。；;在]{2,40}?)(?:的)?(?:统筹)?(?:指导|协调|统筹)(?:推动)?下[，,]?(?=联合|会同|携手)")


def _joined_under_guidance(sent: str) -> Roles | None:
    """Y在X(统筹)指导下,联合A、B…: Y's joint reading, X cooperating."""
    m = _UNDER_GUIDANCE.search(sent)
    guides = [x for x in re.split(r"[、和及与]", m["guide"]) if is_unit(x) and not is_generic(x)] if m else []
    if not guides:
        return None
    from kg.extract.duty_styles import _sentence_roles  # (read at call time, as above)
    roles, style = _sentence_roles(sent[: m.start()] + sent[m.end():])
    if style is None or not roles.lead or set(guides) & set(roles.lead):
        return None
    roles.add("cooperate", [g for g in guides if g not in roles.cooperate], [])
    return roles


# "规划分局…,配合市住建局组织村庄环境整治技术人员的培训" (tasks117's 区 村庄环境整治 任务, https://m.zuowen5.net/fanwen/bangong/30810.html),
# "市政府督查室…;配合市人大、市政协对承办单位的办理工作进行督促检查" (tasks117's 市 建议提案 办理, http://www.fsou.net/html/text/lar/170104/
# 17010450_1.html): the body the subject assists leads that work, the subject cooperates
_ASSISTS = re.compile(r"^(?P<subj>[^，,。；;：:配]{2,20}?)(?:积极|主动|全力|协助并)?配合(?P<lead>[^，,。；;：:]{2,40}?)"
                      r"(?=组织|开展|做好|指导|督查|督促|对|进行|实施|完成|推进|落实|抓好|整治|查处)")


def _assists_named(sent: str) -> Roles | None:
    """Y配合X组织…: X leads, Y cooperates."""
    m = _ASSISTS.match(sent)
    subj, lead = (_named(m["subj"]), _named(m["lead"])) if m else (None, None)
    if not (subj and lead) or set(subj) & set(lead):
        return None
    return Roles.of((lead, []), (subj, []))


# "下一步,同德巷社區將繼續聯合東北街道城市管理綜合執法中隊加大占道經營整治力度" (tasks39's 肃州, traditional): the bodies a subject will join
# in its duty cooperate (the duty styles read 将…联合 as the will-word only, and lose them)
_WILL_JOIN = re.compile(r"^(?:[^，,。；;]{0,6}[，,])?(?P<subj>[^，,。；;：:“”《》]{2,30}?)(?:将|要)(?:继续|进一步|持续)?(?:联合|会同|携手)"
                        r"(?P<list>[^，,。；;]{2,60}?)(?=加大|开展|进行|对|持续|做好|加强|组织|推进|共同|深入|实施)")


def _will_join(sent: str) -> Roles | None:
    """X将(继续)联合A、B…: X leads, A and B cooperate (named partners only: a class's `X将联合相关部门…` is the joint readers')."""
    m = _WILL_JOIN.match(sent)
    subj = units_only(m["subj"]) if m else None
    joined = units_only(m["list"]) if m else None
    if not (subj and len(subj[0]) == 1 and not subj[1] and joined and joined[0]) or set(subj[0]) & set(joined[0]):
        return None
    return Roles.of(subj, joined)


# "市建设局加强对以上下放职责的指导、跟踪督查工作。" (tasks117's 建设局 转移职责, the list's closing line; tasks122): the body named to
# oversee what the list above (以上 / 上述) hands down is charged with it — never a body's oversight of anything else, a reported deed
_OVERSEES_THE_ABOVE = re.compile(r"^(?P<unit>[^，,。；;：:“”《》]{2,20}?)(?:要|应|应当|负责)?(?:加强|做好|负责)对(?:以上|上述)[^。；;]{1,30}?"
                                 r"的?(?:指导|监督|督查|督导|跟踪|检查|协调)")


def _oversees_the_above(sent: str) -> Roles | None:
    """X加强对以上…的指导: X leads."""
    m = _OVERSEES_THE_ABOVE.match(sent)
    unit = m["unit"] if m else None
    if not (unit and is_unit(unit) and not is_generic(unit)):
        return None
    return Roles.of(([unit], []))


NAMED_CHARGE_STYLES = [
    ("charged_by", _moved_to_bearer),
    ("charged_by", _oversees_the_above),
    ("led_by", _team_led_by),
    ("led_by", _asked_to_take_charge),
    ("joint_action", _joined_under_guidance),
    ("assisted", _assists_named),
    ("joint", _will_join),
]


# tried after every other style: a news line some reader already reads with its time word ("X近日联合Y…") keeps that reading
LATE_CHARGE_STYLES = [
    ("joint", _timed_joint),
]


# a duty line's later clause in which its subject assists another body: "规划分局负责…,牵头审核…,配合市住建局组织…培训,定期…" — the clause
# (to the next comma) is its own sentence with the subject carried, read by `_assists_named`; a clause after ； with no subject of
# its own carries the subject of the line's first sentence
_ASSIST_CLAUSE = re.compile(r"(?:^|(?<=[，,；;]))(?:积极|主动|全力)?配合(?=[^，,。；;]{2,40}?(?:组织|开展|做好|指导|督查|督促|对|进行|实施|完成"
                            r"|推进|落实|抓好|整治|查处))")
_SUBJECT = re.compile(r"^(?P<subj>[^，,。；;：:“”《》配]{2,20}?)(?:要|负责|应当|将|须|必须)")


def assisting_clauses(sentences: list[str]) -> list[str]:
    """Each `…,配合X…` clause of a duty line cut off as `Y配合X…`, Y the subject of its sentence (or of the sentence before it
    that a ； joins it to)."""
    out, carried = [], None
    for sent in sentences:
        own = _SUBJECT.match(sent)
        subj = own["subj"] if own and _named(own["subj"]) else (None if own else carried)
        carried = subj if sent.endswith(("；", ";")) else None
        cuts = [m.start() for m in _ASSIST_CLAUSE.finditer(sent)] if subj else []
        if not cuts or (cuts[0] == 0 and own):
            out.append(sent)
            continue
        if cuts[0]:
            out.append(sent[: cuts[0]])
        for a in cuts:
            clause = re.split(r"(?<=[，,；;。])", sent[a:])[0]
            out.append(subj + clause)
            rest = sent[a + len(clause):]
            if rest and a == cuts[-1]:
                out.append(rest)
    return out
