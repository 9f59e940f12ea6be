"""Duty sentences that hand a duty to a named body by a wording the duty styles (duty_styles.py) do not read: a duty
delegated (`由X委托Y负责管理`: Y is the one now charged), a trade's regulator named (`行业管理为X`), a named body an emergency
plan puts in charge of one act (`由X指挥`, `由X及属地分局设置…`, `由X成立…工作组`), and a list of bare fields that also names a
body (`城管、公安、…、城关镇等相关单位,要…`: every listed body leads, the bare fields too — stop 28's convention,
task_convention.md: a bare field beside a named body is a unit, and several bodies as one subject of 要 all lead). Each reader is a row of
`HANDED_STYLES` (name, reader), tried before the duty styles; its real lines are the table tests of
tests/test_tasks107_rules.py."""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.joint_lists import FIELD_NAME
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["HANDED_STYLES"]


# "人车分行按照《中华人民共和国道路交通安全法》规定应由公安部门负责管理,现由县公安局委托县城管办负责管理,并行使行政处罚权" (tasks107's
# 大竹 竹府办〔2008〕214号, https://www.dazhu.gov.cn/xxgk-show-1228.html): the statute's default holder (应由…) and the delegating
# body hand the duty over; the body named after 委托 is the one now charged, and leads alone
# (and authorised: "(二)代字“宁政干发”,用于自治区人民政府通知干部任免事项(由自治区人民政府授权自治区人事厅具体承办和制发文件)" (fresh53's
# 宁夏 公文格式 notice, ningxia_zizhiqu-zhengfu-bangongting-2001-gongwen-geshi-guiding-tongzhi.txt:16; its gold: the department leads, the
# authorisation no share, as fresh52's `由X领导指挥,Y牵头`); who is authorised to interpret a text stays no task (_INTERPRETATION)
_DELEGATED = re.compile(r"由(?P<giver>[^，,。；;由]{2,30}?)(?:委托|授权)(?P<taker>[^，,。；;由]{2,30}?)(?:具体|统一)?(?:负责|承担|实施|行使|承办|办理)")


def _delegated(sent: str) -> Roles | None:
    """由X委托/授权Y负责/承办…: Y leads (X hands the duty over and does not act with it)."""
    m = _DELEGATED.search(sent)
    taker = units_only(m["taker"]) if m else None
    if not (taker and taker[0] and not taker[1] and units_only(m["giver"])):
        return None
    return Roles.of(taker)


# "废品收购站点按照《再生资源回收管理办法》规定,行业管理为县商务局。" (tasks107's 大竹): the duty list names the trade's regulator
_REGULATOR = re.compile(r"(?:^|[，,])(?:行业管理|行业主管|行业监管)(?:部门|单位)?为(?P<unit>[^，,。；;、]{2,30}?)[。；;]?$")


def _regulator_named(sent: str) -> Roles | None:
    """…,行业管理为X: X leads (named as the one responsible)."""
    m = _REGULATOR.search(sent)
    if not (m and is_unit(m["unit"]) and not is_generic(m["unit"])):
        return None
    return Roles.of(([m["unit"]], []))


# an emergency plan's one act put on a named body by 由: "由市公安局公安交通管理局及属地分局设置警戒标志和岗哨" (tasks107's 北京
# 火灾事故应急预案, converter copy, http://m.jxly88.cn/Emergency/Case/201804/1518715_2.shtml), "由市消防安全应急指挥部办公室成立新闻
# 发布工作组", "乡镇交界的森林火灾扑救工作,由县森林防火指挥部指挥" (tasks107's 南华 森林火灾应急预案): the named body leads; the
# office that covers the place (及属地分局, 或属地区政府) is generic. Only these acts (a reported 由X成立了… is a deed: 了 closes it)
_BY_ACT = re.compile(r"(?:^|[，,])由(?P<lead>[^，,。；;由及或]{2,40}?)(?:(?:及|或)(?P<local>[^，,。；;由]{2,14}?))?"
                     r"(?:统一|具体)?(?P<act>指挥(?![部所中官员])|设置(?=[\u4e00-\u9fff]{2})|成立(?![了过])(?=[\u4e00-\u9fff]{2})|组织发布)")


def _by_act(sent: str) -> Roles | None:
    """由X(及属地Y)设置… / 由X指挥 / 由X成立…组 / 由X组织发布: X leads, the local office is generic."""
    m = _BY_ACT.search(sent)
    led = units_only(m["lead"]) if m else None
    if not (led and led[0] and not led[1] and all(is_unit(u) and not u.endswith("部门") for u in led[0])):
        return None
    local = m["local"] or ""
    return Roles.of((led[0], led[1] + ([local] if local and is_generic(local) else [])))


# "三、城管、公安、交警、交通、安监、食药监、城关镇等相关单位,要按照各自的职能,尽职尽责、互相配合、加强巡查" (tasks107's 湖南 县 广场整治
# 通告, converter copy, http://www.wj598.cn/35048/35064/54416/content_1421961.html): the list names a body beside the bare fields, so
# the fields are units too (stop 28's convention; rule 5 is for fields that are the only subject), and the whole list is the subject
# of 要: each leads
_FIELDS_AND_BODIES = re.compile(r"^(?P<list>[^，,。；;：:]{4,80}?)等(?:相关|有关)?(?:单位|部门)[，,]?(?:要|必须|应当)(?!求)")
_HELPS = re.compile(r"(?:积极|主动|全力|密切|做好)?(?:配合|协助|协同|参与|支持)")
_NAMED_PLACE_BODY = re.compile(r"(?:镇|乡|街道|街道办事处|管委会|局|委|办|中心|所|站|队)$")


def _bodies_among_fields(sent: str) -> Roles | None:
    """A list of bare fields ending 等相关单位,要 that also names a body: every listed body leads, the fields too."""
    m = _FIELDS_AND_BODIES.match(sent)
    # (the partners of a lead named before: "人社部门作为牵头单位要精心组织…。公安、城管、供电局等部门要积极配合" (tasks39's 当涂) —
    # the duty styles fold them into the lead's duty)
    if not m or _HELPS.match(sent[m.end():]):
        return None
    items = [x for x in m["list"].split("、") if x]
    named = [x for x in items if len(x) >= 3 and _NAMED_PLACE_BODY.search(x) and is_unit(x) and not is_generic(x)]
    fields = [x for x in items if x not in named]
    # (a list of named bodies only is the duty styles'; here most of the list is bare two-character fields)
    if not named or len(fields) < 2 or any(len(x) > 4 for x in fields):
        return None
    # (the list's own number is none of them: "三、城管、…")
    return Roles.of(([x for x in items if x in named or FIELD_NAME.match(x)], []))


HANDED_STYLES = [
    ("delegated", _delegated),
    ("charged_by", _regulator_named),
    ("charged_by", _by_act),
    ("duty_sentence", _bodies_among_fields),
]


# "第十五条 开发区管委会及派出机构对入区企业应当依法实施监督检查" (tasks99's 大同 开发区条例, http://www.fymate.net/html/text/lar/168397/
# 16839756_1.html): the object the duty is owed to (对…) printed between the subject and its 应当 is no part of the subject
_OBJECT_BEFORE_DUTY = re.compile(r"^(?P<subj>[^，,。；;：:“”《》对]{2,30}?)对(?P<obj>[^，,。；;：:“”《》]{2,20}?)(?P<verb>应当|必须)")


def _object_before_duty(sent: str) -> Roles | None:
    """X对Y应当…: read as X应当… (the duty styles' subject reader on the sentence without its object)."""
    m = _OBJECT_BEFORE_DUTY.match(sent)
    if not m:
        return None
    from kg.extract.duty_styles import _subject  # (duty_styles imports this registry: read at call time)
    return _subject(m["subj"] + m["verb"] + sent[m.end():])


HANDED_STYLES.append(("duty_sentence", _object_before_duty))


# "在市城管局牵头组织下,我街道办联合市城管局、市交警大队、市农业农村局和市场管理公司协同行动" (tasks107's 街道办 创文 item, traditional,
# http://m.nntyqh.com/csjdbsc/yjcq/shgl/content/post_2681574.html): the organiser leads, the bodies the actor joins cooperate; the
# actor cooperates too unless it is the page's first person (我街道办: decision C, left to the document's issuer, none here)
_JOINED_UNDER_LEAD = re.compile(r"(?:^|[，,])在(?P<org>[^，,。；;在]{2,30}?)牵头(?:组织)?(?:下|的情况下)[，,](?P<actor>[^，,。；;]{2,16}?)联合"
                                r"(?P<list>[^，,。；;]{2,100}?)(?:协同|共同|联合)?(?:行动|开展|执法|整治|检查)")


def _joined_under_lead(sent: str) -> Roles | None:
    """在X牵头组织下,Y联合A、B…行动: X leads; A, B (and Y unless first person) cooperate."""
    m = _JOINED_UNDER_LEAD.search(sent)
    if not (m and is_unit(m["org"]) and not is_generic(m["org"])):
        return None
    joined = [x for x in re.split(r"[、和及与]", m["list"]) if x and x != m["org"]]
    # (a kind of body among them is generic: "…联合市城管局、市交警大队、市农业农村局和市场管理公司协同行动" (tasks107))
    if not any(is_unit(x) for x in joined) or not all(is_unit(x) or is_generic(x) for x in joined):
        return None
    actor = [] if re.match(r"[我本]", m["actor"]) or not is_unit(m["actor"]) else [m["actor"]]
    return Roles.of(([m["org"]], []), (actor + [x for x in joined if not is_generic(x)], [x for x in joined if is_generic(x)]))


HANDED_STYLES.append(("joint_action", _joined_under_lead))
