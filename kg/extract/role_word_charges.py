"""Joint-work wordings of town, street and county news that name the lead by a role word, written from tasks162's first-sight
misses (stop 30): the body that carries the work (`X为主体,A、B…联合开展`), leads a patrol (`由X带队,Y全员参与`), organises named
offices (`X组织A、B、C人员深入…`, `X组织A、B等集中整治`), acts with others' support (`X在A、B等部门的支持和配合下,对…`), or is named
the lead of a squad's joint work (`在X的牵头组织下,Y…,联合A、B等部门开展`); a body that opens its item with an occasion and joins a
class (`X以…为契机,…,会同乡镇党委政府开展`); named bodies working with persons (`A、B等联合镇村干部开展`). Each reader is a row of
`ROLE_WORD_STYLES`, tried last (after campaign_charges' rows), when no other reader read the sentence. Their real lines are the
table tests of tests/test_tasks162_rules.py."""

from __future__ import annotations

import re

from kg.extract.campaign_charges import _partners, _subject
from kg.extract.units import Roles

__all__ = ["ROLE_WORD_STYLES"]

# a bare town or street government of the item's own place, as the subject of its own work ("镇政府组织综治办、司法所、派出所人员
# 深入村组农户", tasks162's 洪山): printed so, it is the item's town (a class elsewhere: is_generic)
_OWN_PLACE_ORGAN = re.compile(r"^(?:镇|乡|街道)(?:党委|政府|人民政府|党委政府|办事处)$")
# partners that are no body: persons (cadres, staff, volunteers, grid workers) and the compounds' or villages' own bodies (whichever
# compound: "小区党支部", as tasks142 reads `X镇各社区`), and volunteer teams ("志愿者服务队", tasks162's 利民)
_PERSONS = re.compile(r"(?:干部|人员|工作者|志愿者|网格员|党员|群众|居民|员工|队员|负责人|同志)$")
_WHICHEVER = re.compile(r"^(?:小区|各|辖区|属地|乡镇|村)|志愿")
# the shared staff word after a list of offices belongs to each ("综治办、司法所、派出所人员")
_SHARED_STAFF = re.compile(r"(?:的)?(?:工作人员|执法人员|干部|人员|干警)$")
# the words that open the work a gathered group does
_WORK = r"(?:开展|进行|对|针对|深入|集中|联合|共同|赶赴|前往|走访|巡查|排查|整治|清理|进村入户)"


def _named_subject(text: str) -> str | None:
    """A clause's subject: one named body, or the item's own town or street organ printed bare (never a bare 街道, which names
    no unit: fresh26's 长河 `街道組織相關部門對…進行…清理`)."""
    text = re.sub(r"^(?:当地|本地|该地)", "", text)
    if text == "街道":
        return None
    return _subject(text) or (text if _OWN_PLACE_ORGAN.match(text) else None)


def _bodies(text: str) -> tuple[list[str], list[str]]:
    """A partner list's named bodies (cooperating) and its classes and persons (generic), a shared staff word dropped."""
    named, unnamed = _partners(_SHARED_STAFF.sub("", text))
    keep = [x for x in named if not _PERSONS.search(x) and not _WHICHEVER.match(x)]
    return keep, unnamed + [x for x in named if x not in keep]


# "镇综治办为主体,派出所、村干部及镇相关部门负责人联合开展“大走访”活动" (tasks162's 清浅, http://www.taihewm.cn/content/detail/
# 5ae91b0f7f8b9a9638532dbd.html): `X为主体` names the body that carries the work: it leads, the named partners cooperate
_MAIN_BODY = re.compile(r"(?:^|[，,。；;])(?P<subj>[^，,。；;：:“”]{2,14}?)为主体[，,](?P<list>[^，,。；;“”]{2,60}?)(?:等)?(?:联合|共同|一起)"
                        r"(?=开展|进行|执法|检查|整治|巡查|走访)")


def _main_body_joins(sent: str) -> Roles | None:
    """X为主体,A、B联合开展: X leads, the named A, B cooperate."""
    m = _MAIN_BODY.search(sent)
    subj = _named_subject(m["subj"]) if m else None
    named, unnamed = _bodies(m["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if subj and named and subj not in named else None


# "由派出所带队,镇治安巡逻队全员参与,24小时不间断巡逻" (tasks162's 洪山, https://www.shenqiu.gov.cn/detail_14393.html): the body that
# leads the patrol leads, the team that takes part cooperates (a person leading, "由…调研员霍好勇带队", names no body: fresh35's negative)
_LEADS_PARTY = re.compile(r"由(?P<lead>[^，,。；;、“”]{2,14}?)带队[，,](?P<list>[^，,。；;“”]{2,40}?)(?:全员|全体|共同|积极)?参与")


def _party_led(sent: str) -> Roles | None:
    """由X带队,Y全员参与: X leads, Y cooperates."""
    m = _LEADS_PARTY.search(sent)
    lead = _named_subject(m["lead"]) if m else None
    named, unnamed = _bodies(m["list"]) if lead else ([], [])
    return Roles.of(([lead], []), (named, unnamed)) if named and lead not in named else None


# "镇政府组织综治办、司法所、派出所人员深入村组农户" (tasks162's 洪山); "5月24日,嘉兴路街道组织社区平安办、管理办、街道市容所、宏阳物业等集中
# 整治…" (tasks162's 嘉兴路, a converter copy, http://m.ahlmmw.com/n2/2021/0527/c134768-34747737.html): the body that organises several
# named bodies into the work leads (joint work, rule 1, as tasks135's `X召集A、B等部门开展`); they cooperate, classes and persons are
# generic. A body organising its own persons ("组织人员于今天…拆除", "组织网格员联合小区志愿者", tasks162's 瓮江 / 团结路; "大歇镇组织工作
# 人员到辖区企业开展安全检查", fresh33) or one station's staff ("西阳镇组织林业站工作人员深入各采伐区", tasks71; "县农业农村局组织农户、县农机
# 站开展…培训", the sentence styles' negative) or a meeting ("组织召开…") does a deed: no task.
# (the bodies' cadres sent into the villages: "商南县组织10个镇办及县人社、民政、工会、残联等部门的干部进村入户开展调查摸底" (fresh34's 商南,
# a converter copy; its gold: the county leads, the four fields cooperate): the list closes at its 等部门的干部, never taking them in)
_ORGANISES = re.compile(r"(?:^|[，,。；;])" + r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午)?[，,]?)?"
                        r"(?P<subj>[^，,。；;：:“”《》]{2,14}?)组织(?!召开|开展|实施|制定|举办|学习|动员|人员|力量|专业|干部)"
                        r"(?P<list>[^，,。；;“”《》]{2,60}?)(?:等(?:部门|单位)?(?:的(?:干部|工作人员|人员))?)?(?=" + _WORK + ")")


def _organises_bodies(sent: str) -> Roles | None:
    """X组织A、B、C(人员)深入 / 集中…: X leads; named A, B, C cooperate; classes and persons are generic."""
    m = _ORGANISES.search(sent)
    subj = _named_subject(m["subj"]) if m else None
    named, unnamed = _bodies(m["list"]) if subj else ([], [])
    if not subj or subj in named or len(named) < 2:
        return None
    return Roles.of(([subj], []), (named, unnamed))


# "禾甸镇党委、政府在县自然资源局、县农业农村局、县交警大队、县城管综合执法局、祥城镇综合执法队等部门的支持和配合下,对该违法建筑进行强制拆除"
# (tasks162's 禾甸, a converter copy, http://www.thenutrichic.com/content/2023-12/26/content_58921.html): the bodies whose support and
# 配合 the work has cooperate, the subject acts and leads (a place's committee and government sharing the place, decision B)
_WITH_SUPPORT = re.compile(r"(?:^|[，,])(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号][，,]?)?(?P<subj>[^，,。；;：:“”《》]{2,20}?)在(?P<list>[^，,。；;“”《》]{2,80}?)"
                           r"(?:等(?:相关|有关)?(?:部门|单位))?的(?:大力|积极|全力)?(?:支持(?:和|与|、)配合|配合(?:和|与|、)支持|协助(?:和|与|、)配合)下")


def _supported_subject(sent: str) -> Roles | None:
    """X在A、B等部门的支持和配合下,…: X leads, A, B cooperate."""
    m = _WITH_SUPPORT.search(sent)
    subjects = [x for x in re.split(r"[、和及]", m["subj"]) if x] if m else []
    leads = [_named_subject(x) for x in subjects]
    if not leads or not all(leads):
        return None
    named, unnamed = _bodies(m["list"])
    return Roles.of((leads, []), (named, unnamed)) if named and not set(leads) & set(named) else None


# "8月20日,在当地镇党委政府的牵头组织下,交警龙门中队结合上级公安机关开展的“逢十”行动,联合乡镇派出所、交通局等联能部门开展集中整治行动。"
# (tasks162's 龙门, https://www.gdzjdaily.com.cn/p/2768120.html): the body that 牵头 leads; the squad and the partners it joins cooperate
_UNDER_LEAD = re.compile(r"在(?P<lead>[^，,。；;“”《》]{2,20}?)的?牵头(?:组织|协调|推动)?下[，,](?P<subj>[^，,。；;：:“”《》]{2,14}?)"
                         r"(?=结合|按照|根据|围绕|针对|[，,]|联合)(?:[^。；;]{0,40}?[，,])?联合(?P<list>[^，,。；;“”《》]{2,40}?)(?:等[\u4e00-\u9fff]{0,4}?(?:部门|单位))?"
                         r"(?=开展|进行|对|共同)")


def _under_named_lead(sent: str) -> Roles | None:
    """在X的牵头组织下,Y…,联合A、B等部门开展: X leads; Y and the named A, B cooperate."""
    m = _UNDER_LEAD.search(sent)
    lead, subj = (_named_subject(m["lead"]), _subject(m["subj"])) if m else (None, None)
    named, unnamed = _bodies(m["list"]) if lead and subj else ([], [])
    return Roles.of(([lead], []), ([subj] + named, unnamed)) if lead and subj and lead not in [subj] + named else None


# "近日,广西桂林市荔浦县交警大队以建设“美丽荔浦.清洁乡村”活动为契机,从建设美丽乡村交通秩序整治入手,会同乡镇党委政府开展交通秩序综合大整治
# 工作。" (tasks162's 荔浦, http://gy.fzbdw.org.cn/huanjingyufa/20130521/5929.html): the body opening the sentence with its occasion
# (以…为契机) is the subject of its later 会同 / 联合 clause: it leads, named partners cooperate, a class of partners leaves it alone
_OCCASION_SUBJECT = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|近日|日前|近期)?[，,]?(?P<subj>[^，,。；;：:“”《》]{2,20}?)以[^，,。；;]{2,40}?为契机[，,]"
                               r"(?:[^，,。；;]{2,30}?[，,])?(?:会同|联合)(?P<list>[^，,。；;“”《》]{2,40}?)(?=开展|进行|对|共同)")


def _occasion_subject_joins(sent: str) -> Roles | None:
    """X以…为契机,…,会同A / classes开展: X leads, named partners cooperate."""
    m = _OCCASION_SUBJECT.match(sent)
    subj = _subject(re.sub(r"^[\u4e00-\u9fff]{2,3}(?:省|自治区)(?=[\u4e00-\u9fff]{2,8}[市州盟])", "", m["subj"])) if m else None
    named, unnamed = _bodies(m["list"]) if subj else ([], [])
    return Roles.of(([subj], []), (named, unnamed)) if subj and (named or unnamed) and subj not in named else None


# "派出所联合案发所在的村干部开展“警情回访”;司法所、派出所、市场监督管理所等联合镇村干部开展“涉法涉诉案件回访”" (tasks162's 清浅): named
# bodies joined by persons (cadres, staff) lead their work together, the persons are generic (the bodies before 联合 lead: tasks99's
# `A、B联合C`); a place's persons "所在的" are no office (`案发所` is 案发 + 所在)
_JOIN_PERSONS = re.compile(r"^(?:[一二三四五六七八九十]是)?(?P<subj>[^，,。；;：:“”《》]{2,40}?)(?:等)?联合(?P<persons>[^，,。；;“”《》]{2,16}?"
                           r"(?:干部|工作人员|群众|志愿者|网格员|党员))(?=开展|进行|对|深入|走访)")


def _bodies_with_persons(sent: str) -> Roles | None:
    """A、B等联合镇村干部开展…: A, B lead together, the persons are generic."""
    m = _JOIN_PERSONS.match(re.sub(r"^[^，,。；;]{0,10}。", "", sent))
    leads = [_subject(x) or _named_field(x) for x in re.split(r"、", m["subj"])] if m else []
    if not leads or not all(leads) or not any(_subject(x) for x in leads):
        return None
    return Roles.of((leads, []), ([], [m["persons"]]))


# "名流社区联合物业、辖区企业、在职党员和志愿者服务队等共同开展环境整治工作。" (tasks162's 利民, https://wxredian.com/art?id=
# 54037589e86e9c5ba487ab7676e98458): a named body joined only by classes of bodies (and persons) leads alone (tasks44's `黎海社区联合物业
# 及志愿者`); persons alone are no partners of a joint work (`组织网格员联合小区志愿者`, tasks162's 团结路: a deed)
_JOINS_CLASSES = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号][，,]?)?(?P<subj>[^，,。；;：:“”《》]{2,20}?)联合(?P<list>[^，,。；;“”《》]{2,60}?)"
                            r"(?:等(?:单位|部门|力量)?)?(?:共同|一起|一道)?(?=开展|进行|对)")


def _joins_classes(sent: str) -> Roles | None:
    """X联合物业、辖区企业等共同开展: X leads alone, the classes are generic."""
    m = _JOINS_CLASSES.match(sent)
    subj = _subject(m["subj"]) if m else None
    named, unnamed = _bodies(m["list"].replace("和", "、")) if subj else ([], [])
    if not subj or named or not [x for x in unnamed if not _PERSONS.search(x)]:
        return None
    return Roles.of(([subj], []), ([], unnamed))


# "縣自然資源局和鎮人民政府按法定程序向其下發《責令停止違法行為通知書》《…》等,責令限期拆除違法建筑" (tasks162's 禾甸, a converter copy):
# two bodies serving orders together by the legal procedure is joint work with none leading (rule 1, whatever its tense; fresh21's
# `A和B开展`)
_SERVED_TOGETHER = re.compile(r"(?:^|[，,])(?P<a>[^，,。；;：:“”《》、和]{2,16}?)(?:和|与|及|会同)(?P<b>[^，,。；;：:“”《》、和]{2,16}?)(?:共同|联合)?"
                              r"(?:按|依|按照|依照)(?:法定)?程序(?:向[^，,。；;]{1,8}?)?(?:下发|下达|送达|发出|作出)")


def _served_together(sent: str) -> Roles | None:
    """A和B按法定程序向其下发…: A and B cooperate, none leads."""
    m = _SERVED_TOGETHER.search(sent)
    bodies = [_named_subject(m["a"]), _named_subject(m["b"])] if m else []
    return Roles.of(cooperate=(bodies, [])) if bodies and all(bodies) and bodies[0] != bodies[1] else None


def _named_field(text: str) -> str | None:
    """A bare field beside a named body (rule 5): 信访部门."""
    return text if re.fullmatch(r"[\u4e00-\u9fff]{2,4}部门", text) else None


ROLE_WORD_STYLES = [
    ("joint_action", _main_body_joins),
    ("joint_action", _party_led),
    ("joint_action", _supported_subject),
    ("joint_action", _under_named_lead),
    ("joint_action", _occasion_subject_joins),
    ("joint_action", _bodies_with_persons),
    ("joint_action", _organises_bodies),
    ("joint_action", _joins_classes),
    ("joint_no_lead", _served_together),
]
