"""Joint-campaign and membership wordings of town, street and county pages the other readers miss, written from tasks142's
first-sight misses (stop 29): a body acting together with others by 连同 / 与…一同 / 与…联合 (`X连同多部门,开展…`, `X与A、B等单位一同,
对…`, `X与驻街某单位联合开展…`), a body that joins a partner at once (`X迅速联合Y,疏导…`), a subject whose later clause joins
partners (`X积极深化…机制,…,联合A、B等成员单位,开展…`), an official leading a squad that joins a partner (`由…部长X同志带领Y联合Z…`),
a place that organises classes and fields (`X组织乡(镇)办事处和村街,以及公安、自然资源等部门…`), a back-reference to the item's place
or a street as the subject of 将 (`该镇将进一步…`, `该区将继续…`, `马场街今后将定期…`) and a joint meeting's membership with its lead
(`联席会议由A、B…共N个单位组成,X为牵头单位`). Each reader is a row of `CAMPAIGN_CHARGE_STYLES` (the membership, tried with
the street charges before the duty styles) or `LATE_CAMPAIGN_STYLES` (tried last). Their real lines are the table tests of tests/test_tasks142_rules.py."""

from __future__ import annotations

import re

from kg.extract.duty_subjects import _WILL
from kg.extract.joint_lists import FIELD_NAME
from kg.extract.street_charges import _NOT_A_NAME, _OPENING, _one_named
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["CAMPAIGN_CHARGE_STYLES", "LATE_CAMPAIGN_STYLES", "place_ref_will"]

# fields of work named bare before a shared 等单位 / 等部门, beyond joint_lists' list: labour inspection and law enforcement
# ("街道综治办与市场监管、行政执法、交警、派出所等单位一同", tasks142's 仰义; "联合辖区派出所、劳动监察、行政执法、社区等7个部门")
# (and 执法 bare among them: "将通过城管、执法、交警、街道办的联合执法", fresh50's 沈北)
_MORE_FIELDS = re.compile(r"^(?:劳动监察|行政执法|综合执法|执法|自然资源|市场监督)$")
# partners that name no body: a count or a kind of many ("多部门"), a body left unnamed ("驻街某单位"), a community or village of
# whichever place (a bare station, "派出所", stays a partner: fresh33's `…组织安办、市场监管所、派出所等多部门`)
_UNNAMED = re.compile(r"^(?:多|诸多|众多|其他|其它|各|有关|相关)|某|^(?:社区|村委会|居委会|学校|村干部)$")
# the words that open the work done together
_WORK = r"(?:开展|进行|对|联合|共同|深入|集中|执法|检查|整治|巡查|前往|赶赴|疏导|针对)"


def _partners(text: str) -> tuple[list[str], list[str]]:
    """A partner list's named bodies and bare fields (cooperating) and its classes, a closing 等单位 / 等N个部门 dropped."""
    text = re.sub(r"等(?:多个|\d{1,2}个|[一二三四五六七八九十]{1,2}个)?(?:[\u4e00-\u9fff]{0,6}?)(?:部门|单位|力量)$", "", text)
    named, unnamed = [], []
    for item in (x for x in re.split(r"[、，,]|以及|(?<=[局委办所队站院心科])(?:和|及)", text) if x):
        if not _UNNAMED.search(item) and (is_unit(item) and not is_generic(item) and not _NOT_A_NAME.search(item)
                                          or FIELD_NAME.match(item) or _MORE_FIELDS.match(item)):
            named.append(item)
        else:
            unnamed.append(item)
    return named, unnamed


def _subject(text: str) -> str | None:
    """One named body (or a functional office's name) as a clause's subject; a province before a city is no part of it."""
    text = re.sub(r"^[\u4e00-\u9fff]{2,3}省(?=[\u4e00-\u9fff]{2,4}[市县])", "", text)
    # (nor a back-reference: "该自然保护区与伊春森林公安局朗乡分局联合开展检查" (tasks103's negative) names no body of its own)
    if _NOT_A_NAME.search(text) or re.match(r"(?:该|該|这|這|此)", text):
        return None
    return _one_named(text) or (text if re.fullmatch(r"[\u4e00-\u9fff]{2,8}[市县区]", text) and not is_generic(text) else None)


# "仰义街道连同多部门,开展专项整治,改善村居环境" (tasks142's 仰义, https://news.66wz.com/system/2022/05/31/105473094.shtml): 连同 is
# 联合 / 会同, joint work (rule 1): X leads, the named partners and bare fields cooperate, the unnamed ones (多部门) are a class.
# "于是,街道综治办与市场监管、行政执法、交警、派出所等单位一同,对违规占用停车场摊贩开展整治行动。" (the same item), "8月26日上午,市南区
# 八大关街道与驻街某单位联合开展了市容市容治安、环境卫生综合整治" (tasks142's 八大关, http://www.zlyjzz.cn/zonghexinwen/2021/0826/
# 2246.html): `X与Y一同 / 一起 / 联合` is joint work with none leading (the development sets' `A与B一起对…开展` and fresh27's
# `X与A、B等单位联合开展`): every named body and bare field cooperates, an unnamed partner (某单位) is a class
_TOGETHER_WITH = re.compile(r"(?:^|[，,。；;])" + _OPENING + r"(?P<subj>[^，,。；;：:“”《》]{2,30}?)"
                            r"(?:连同(?P<a>[^，,。；;“”《》]{2,60}?)[，,]?(?=" + _WORK + ")"
                            r"|与(?P<b>[^，,。；;“”《》]{2,60}?)(?:一同|一起|一道)[，,]?(?=" + _WORK + ")"
                            r"|与(?P<c>[^，,。；;“”《》与]{2,40}?)联合(?=开展|进行|执法|检查|整治))")


def _together_with(sent: str) -> Roles | None:
    """X连同Y开展: X leads, the named partners cooperate."""
    m = _TOGETHER_WITH.search(sent)
    subj = _subject(m["subj"]) if m and m["a"] else None
    named, unnamed = _partners(m["a"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if subj and subj not in named else None


def _together_no_lead(sent: str) -> Roles | None:
    """X与A、B等单位一同 / X与Y联合开展: none leads, X and the named partners cooperate."""
    m = _TOGETHER_WITH.search(sent)
    subj = _subject(m["subj"]) if m and not m["a"] else None
    named, unnamed = _partners(m["b"] or m["c"]) if subj else ([], [])
    return Roles.of(cooperate=([subj] + named, unnamed)) if subj and subj not in named else None


# "4月底,…,街道劳动监管部门迅速联合仰义派出所,疏导现场人员情绪" (tasks142's 仰义): a body that at once joins a named partner leads it
_AT_ONCE_JOINS = re.compile(r"(?:^|[，,])" + _OPENING + r"(?P<subj>[^，,。；;：:“”《》]{2,30}?)(?:迅速|立即|及时|第一时间|主动)联合"
                            r"(?P<list>[^，,。；;“”《》]{2,40}?)(?=[，,]|" + _WORK + ")")


def _joins_at_once(sent: str) -> Roles | None:
    """X迅速联合Y,…: X leads, a named Y cooperates."""
    m = _AT_ONCE_JOINS.search(sent)
    subj = _subject(m["subj"]) if m else None
    named, unnamed = _partners(m["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if named and subj not in named else None


# "10月27日下午,东方街道积极深化“街道吹哨,部门报到”机制,充分发挥学校综治站的功能,联合东方派出所、学校等学校综治站成员单位,开展…专项整治
# 行动。" (tasks142's 东方街道, http://www.gdjinping.gov.cn/jpgkml/zwgk/zwdt/bmjddt/content/post_2486975.html): the body opening the
# sentence is the subject of its later 联合 clause: it leads, the named partners cooperate
_SUBJECT_OPENS = re.compile(r"^" + _OPENING + r"(?P<subj>[\u4e00-\u9fff]{2,14}?(?:街道|镇|乡|局|委|办|中心|大队|中队|所))"
                            r"(?=积极|深入|充分|持续|进一步|主动|迅速|坚持|聚焦|围绕|结合|按照)")
# (never a group the partners form: "…结合辖区道路交通实际,联合城管部门组成执法组,对…" (the sentence styles' 汉源 line) is read there)
_LATER_JOINS = re.compile(r"[，,]联合(?P<list>(?:(?!组成)[^，,。；;“”《》]){2,60}?)[，,]?(?=开展|进行|对|共同)")


def _opening_subject_joins(sent: str) -> Roles | None:
    """X积极…,…,联合A、B等成员单位,开展…: X leads, the named A, B cooperate."""
    m = _SUBJECT_OPENS.match(sent)
    later = _LATER_JOINS.search(sent, m.end()) if m else None
    subj = _subject(m["subj"]) if later else None
    named, unnamed = _partners(later["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if named and subj not in named else None


# "…,由镇武装部长王之丰同志带领镇执法中队联合感城镇海岸派出所第一时间赶赴现场,开展打击非法采砂行动。" (tasks142's 感城,
# https://www.jianpian.cn/a/qlsplxm): an official (a person, no unit) leads his squad out; the squad acting with a named partner is
# joint work (rule 1): the squad leads, the partner cooperates
_LED_OUT_JOINS = re.compile(r"(?:部长|主任|书记|镇长|乡长|局长|所长|队长|站长)[\u4e00-\u9fff]{2,3}(?:同志)?(?:带领|率领)"
                            r"(?P<body>[^，,。；;、“”《》]{2,20}?)联合(?P<list>[^，,。；;“”《》]{2,40}?)(?=(?:第一时间|立即|迅速|及时)?" + _WORK + ")")


def _led_squad_joins(sent: str) -> Roles | None:
    """…部长X带领Y联合Z…: Y leads, Z cooperates."""
    m = _LED_OUT_JOINS.search(sent)
    body = _one_named(m["body"]) if m else None
    named, unnamed = _partners(m["list"]) if body else ([], [])
    return Roles.of(([body], []), (named, unnamed)) if named and body not in named else None


# "近日,河南省沁陽市組織鄉(鎮)辦事處和村街,以及公安、自然資源、市場監督等部門行政執法人員100余人,對沁河沿線…開展取締行動。" (tasks142's
# 沁阳, a traditional copy, http://www.gc850.com/industry/133112.html): the place that organises the others leads (a place as a party,
# fresh32's rule); the fields sharing 等部门 after 以及 cooperate, named bare; the town offices and villages are classes
_ORGANISES_FIELDS = re.compile(r"^" + _OPENING + r"(?P<subj>[\u4e00-\u9fff]{2,10}?[市县区])组织(?P<cls>[^，,。；;]{2,30}?)[，,]?以及"
                               r"(?P<list>[^，,。；;“”《》]{2,40}?等(?:相关|有关)?部门)")


def _organises_fields(sent: str) -> Roles | None:
    """X组织classes,以及A、B、C等部门…: X leads, the fields A, B, C cooperate."""
    m = _ORGANISES_FIELDS.match(sent)
    subj = _subject(m["subj"]) if m else None
    named, unnamed = _partners(m["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, [m["cls"]] + unnamed)) if named else None


# "另悉,…,該鎮將進一步加強日常巡邏監管" (tasks142's 蚶江, a converter copy, http://www.muzhuzai.net/qznews/2021/1011/620161.html),
# rule 2 (将) with a back-reference to the item's town (as tasks117's 该镇 and tasks135's `下一步,街道将`); "據了解,該區將繼續加大對轄區
# 農貿市場的管理力度" (tasks142's 长洲, a converter copy, http://www.zjxp.net/content/2016-09/11/content_198688.htm): a district or
# county the same way, but read only where the text named it in full before (duties.py, with back_refs.py resolving it: task_convention.md's
# back-reference convention) — a sentence alone names none, and then 该区 / 该县 is a place, no body (tasks25's negative `该县将继续加大执法力度`);
# "马场街今后将定期开展“零行动”专项执法整改工作" (tasks142's 马场街, http://tcsdqw.cn/tjxw/16296.html): a street named without 街道
# as the subject of 将, its time word (今后) before it
_PLACE_WILL = re.compile(r"(?:^|[，,])(?:据了解|据悉|另悉|同时|此外|目前)?[，,]?"
                         r"(?P<subj>(?:该|該)(?:镇|鎮|乡|鄉|街道)|(?!步行|商业|美食|小吃|文化|历史)[\u4e00-\u9fff]{2,3}街)"
                         r"(?:今后|下一步|还|也)?" + _WILL)


_PLACE_REF_WILL = re.compile(r"(?:^|[，,])(?:据了解|据悉|另悉|同时|此外|目前)?[，,]?(?P<subj>(?:该|該)(?:区|區|县|縣))(?:今后|下一步|还|也)?"
                             + _WILL)


def place_ref_will(sent: str) -> str | None:
    """The 该区 / 该县 of a `该区将…` sentence (not a person's words), for duties.py to read back to the place named before."""
    m = _PLACE_REF_WILL.search(sent)
    return m["subj"] if m and not _SAID.search(sent[: m.start()]) else None


# "該鎮從源頭抓起,組織派出所、鎮城管辦等聯合巡查,重拳出擊" (tasks142's 蚶江): the place that organises bodies into a joint patrol leads
# them (joint work, rule 1, as tasks135's `X召集A、B等部门开展`): its named bodies cooperate, the bare station is whichever covers it
_PLACE_ORGANISES = re.compile(r"(?:^|[，,])(?P<subj>(?:该|該)(?:镇|鎮|乡|鄉|区|區|县|縣|街道))(?:[^，,。；;]{0,12}[，,])?组织"
                              r"(?P<list>[^，,。；;“”《》]{2,40}?)(?:等(?:部门|单位)?)?联合(?=巡查|执法|检查|整治|行动|开展)")


def _place_organises(sent: str) -> Roles | None:
    """该镇…,组织A、B等联合巡查: the place leads (as printed), the named A, B cooperate."""
    m = _PLACE_ORGANISES.search(sent)
    named, unnamed = _partners(m["list"]) if m else ([], [])
    return Roles.of(([m["subj"]], []), (named, unnamed)) if named else None


def _place_will(sent: str) -> Roles | None:
    """该镇 / X街(今后)将…: the place leads, as printed (该镇 resolved by duties.py)."""
    m = _PLACE_WILL.search(sent)
    # (a person's words for the place are the person's line, not the place's (convention88): "郭家镇有关负责人表示,该镇将不断巩固攻坚
    # 成果" (tasks142's 郭家镇))
    if not m or _SAID.search(sent[: m.start()]):
        return None
    return Roles.of(([m["subj"]], []))


_SAID = re.compile(r"(?:表示|介绍|说|称|指出|透露|认为|强调)[：:]?$")


# "吳美良對該鎮開展…工作所取得的成效表示肯定,希望該鎮要以做好農村人居環境整治提升為基礎" (tasks99's 望牛墩, a converter copy,
# https://12ap.com/wnd/jjwnd/tpxw/content/post_3736108.html; duty_styles drops the wish word first): a leader's charge with 要 to the
# town the item named before leads (rule 2 and the back-reference convention: 该镇 resolved by duties.py); 要求 is no 要
_PLACE_MUST = re.compile(r"(?:^|[，,])(?:同时|此外|并)?(?P<subj>(?:该|該)(?:镇|鎮|乡|鄉|街道))(?:今后|下一步|还|也)?要(?!求)"
                         r"(?=[^，,。；;]{4})")


def _place_must(sent: str) -> Roles | None:
    """该镇 / 该乡 / 该街道要…: the place leads, as printed (resolved by duties.py to the town named before)."""
    m = _PLACE_MUST.search(sent)
    return Roles.of(([m["subj"]], [])) if m else None


# "沈北新區建立起多部門聯動的長效管理機制,將通過城管、執法、交警、街道辦的聯合執法,實現對背街小巷的常態化管理" (fresh50's 沈北, a
# traditional copy, liaoning_shenyang-shenbei-xinqu-beijie-xiaoxiang-zhengzhi-trad.txt:19): a place (or body) that sets up a mechanism,
# then will (将, rule 2) work through the joint enforcement of fields it names: the subject leads, the fields cooperate as printed
# (fresh47's `X联合fields等部门`); the mechanism clause carries the subject to the 将 clause
_WILL_THROUGH_JOINT = re.compile(r"^" + _OPENING + r"(?P<subj>[^，,。；;：:“”《》]{2,14}?)(?:建立起?|建成|形成|构建|完善|健全)"
                                 r"[^，,。；;]{2,40}?[，,](?:还|并|也)?将(?:通过|依托|借助)(?P<list>[^，,。；;“”《》]{2,40}?)的?"
                                 r"联合(?:执法|行动|检查|整治|巡查|治理)")


def _will_through_joint(sent: str) -> Roles | None:
    """X建立…机制,将通过A、B、C的联合执法…: X leads, the fields A, B, C cooperate."""
    m = _WILL_THROUGH_JOINT.match(sent)
    subj = _subject(m["subj"]) if m else None
    named, unnamed = _partners(m["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if named and subj not in named else None


# "联席会议由区民政局、区委宣传部、…、区税务局共16个单位组成,区民政局为牵头单位。" (tasks142's 彭山, https://www.scps.gov.cn/info/
# 4992/113026.htm): a joint meeting's membership with its lead: the lead leads, the other named members cooperate
_MEMBERSHIP = re.compile(r"(?:联席会议|领导小组|工作专班|协调小组|工作组)由(?P<list>[^。；;]{4,400}?)(?:共|等)(?:\d{1,3}|[一二三四五六七八九十]{1,3})个"
                         r"(?:单位|部门|成员单位)组成[，,](?P<lead>[^，,。；;]{2,20}?)为(?:联席会议)?牵头单位")


def _membership_led(sent: str) -> Roles | None:
    """…由A、B…共N个单位组成,X为牵头单位: X leads, the other members cooperate."""
    m = _MEMBERSHIP.search(sent)
    lead = _one_named(m["lead"]) if m else None
    if not lead:
        return None
    named, unnamed = _partners(m["list"])
    return Roles.of(([lead], []), ([x for x in named if x != lead], unnamed)) if lead in named else None


# (the membership reading goes before role_named, which reads the lead alone; the others are tried last, when no other reader read
# the sentence: each wording is one no earlier reader holds, and an earlier reading of the same words keeps its limits)
CAMPAIGN_CHARGE_STYLES = [
    ("role_named", _membership_led),
]
LATE_CAMPAIGN_STYLES = [
    ("joint_action", _led_squad_joins),
    ("joint_action", _together_with),
    ("joint_no_lead", _together_no_lead),
    ("joint_action", _joins_at_once),
    ("joint_action", _opening_subject_joins),
    ("joint_action", _organises_fields),
    ("joint_action", _place_organises),
    ("duty_sentence", _place_will),
    ("duty_sentence", _place_must),
    ("joint_action", _will_through_joint),
]
