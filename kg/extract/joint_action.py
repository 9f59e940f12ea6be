"""News of a joint action: a county, town or street item reporting that one body acted together with others —
"县教体局联合公安、城管、市场监管、烟草专卖等部门开展…整治行动", "县综治办牵头组织公安、城管…等综治成员单位,开展了…",
"由市农业农村局联合市食药监、市公安局等多部门联合开展…", "云霄县安办牵头联合应急局、消防大队、公安交警大队,抽调…组成…",
"…保卫处组织沈阳市公安局文保分局…等单位成立联合安全检查组" — the body before the verb leads, the bodies named after
it cooperate (fresh3's 屏边 / 龙华 rules); and "县教委、县公安局、县市场监管局等部门联合开展…" with no lead: all cooperate
(fresh3's 略阳 rule). Apart from the sentence styles (duty_styles) because its list reader is its own: in a
report of an action, bodies named by their field ("公安、城管、市场监管等部门") stand for their departments even beside
named units, a trailing 等N部门 / 等相关单位 is dropped, and staff joined to the list ("及气站技术人员") are no unit."""

from __future__ import annotations

import re

from kg.extract.duty_units import _PERSON
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["joint_action", "joint_without_lead", "led_shares"]

# the verbs by which one body draws others into its action
_VERB = re.compile(r"牵头组织|牵头联合|牵头[，,]?会同|联合|会同|组织")
# a report's lead-in before the body: "活动由", "本次行动由", "由"
_LEAD_IN = re.compile(r"^(?:(?:本次|此次|这次)?(?:活动|行动|检查|整治|工作)?由)")
# what closes the list of bodies: the trailing 等-phrase ("等部门", "等七部门", "等多部门", "等相关职能部门",
# "等综治成员单位", "等单位"), then the action ("开展", "对…", "组成…", "一行7人", "共计183人", "按照…")
# (a count alone closes it too: "…、县计生协6家单位")
_TAIL = (r"(?:等(?:[一二三四五六七八九十\d]+[个家]?|多个?)?|[一二三四五六七八九十\d]+[个家])(?:有关|相关)?(?:职能|成员|执法|综治成员)?"
         r"(?:部门|单位|机构)")
# a class or staff joined after the list ("…等部门和各乡镇党委、政府", "…及曾都区、随州高新区的有关单位", "…及气站技术人员");
# only after a whole name or the 等-phrase, so the 和 inside 区城市管理和综合执法局 joins nothing
_CLASS = r"(?P<cls>各[^，,。；;]{1,30}?|[^，,。；;]{1,20}?(?:有关|相关)(?:部门|单位)|[^，,。；;、]{1,12}?人员)"
_ACTION = re.compile(
    r"(?:" + _TAIL + r")?(?:(?<=[局委办所队站心院部会处室门位构])[和及]" + _CLASS + r")?[，,]?"
    r"(?=(?:共同|联合|集中|全面|深入|再次|持续|同步|组成|成立|开展|展开|启动|进行|实施|针对|对|按照|根据|在|从|于|赴|前往|"
    r"抽调|起草|制定|召开|一行|共计|出动|组织|依法|采取|围绕|走访|督查|检查|排查|整治))")
_CLASS_WORD = re.compile(r"^(?:社区|村|村居|村组|乡镇|镇村|街道|村\(居\)|村（居）|企业|学校)$")  # "…、社区等多部门": a class
# words no body's name holds: "区残联组织拟受助残疾儿童到定点康复评估机构进行评估" lists no bodies
_NOT_BODY = re.compile(r"负责|[拟到向把将被的]|进行|鼓励|推动|开展")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_STAFF = re.compile(r"(?:技术|工作|执法|专业)?(?:人员|干部|同志|骨干)$")


# a named village doing its share ("…资产公司和金栅桥村分别负责") is a unit of the list (fresh3's 迁西 rule)
_VILLAGE = re.compile(r"^(?!各|本|所在|辖区|相关|有关)[\u4e00-\u9fff]{2,5}村$")
# "南京路街道办事处", "书院街道办事处": a street office named by its street is a unit (各街道办事处 is a class)
# (and "嫘祖镇村镇办": a named town's own office)
_NAMED_OFFICE = re.compile(r"^(?!各|本|所在|辖区|相关|有关)(?:[\u4e00-\u9fff]{2,6}街道办事处|[\u4e00-\u9fff]{2,4}[镇乡][\u4e00-\u9fff]{1,4}办)$")


def _unit(name: str) -> bool:
    return is_unit(name) or bool(_NAMED_OFFICE.match(name))


# "仓山区对湖街道、金山街道联合…", "江西共青城市市监局、农林水务局…等单位联合开展": a place printed once before the first
# body of the list opening a report (its subject), whose other bodies name no level of their own, is where the report
# is, not part of the first one's name; after the verb a place names which body ("组织沈阳市公安局文保分局、…"): kept
_PLACE_FIRST = re.compile(r"^(?![省市县区镇乡各本])(?P<place>[\u4e00-\u9fff]{2,8}?[省市县区])(?P<name>[\u4e00-\u9fff]{2,20})$")
_LEVEL_START = re.compile(r"^[省市县区镇乡]")


def _list_items(text: str, subject: bool = False) -> list[str]:
    items = [x for x in re.split(r"[、，,]|(?<=[局委办所队站心院部会处室司村门])[和及与]", text) if x]
    m = _PLACE_FIRST.match(items[0]) if subject and len(items) >= 2 else None
    if m and _unit(m["name"]) and not any(_LEVEL_START.match(x) for x in items[1:]):
        items[0] = m["name"]
    return items


def _bodies(text: str, closed: bool, subject: bool = False) -> tuple[list[str], list[str]] | None:
    """The bodies of a list: named units; with a closing 等-phrase, also fields ("公安", "市场监管") and named
    places' offices ("季庙社区"); staff joined to the list are dropped; None when an item is neither."""
    units, generic = [], []
    for item in _list_items(text, subject):
        if "等" in item or len(item) > 20 or _NOT_BODY.search(item):
            return None
        if _STAFF.search(item) or _PERSON.search(item):
            continue
        if item.startswith("各") or _CLASS_WORD.match(item) or is_generic(item) and not closed:
            generic.append(item)
        elif _unit(item) or _VILLAGE.match(item) or closed and _FIELD.match(item) and not re.search(r"有关|相关|其他|开展|进行", item):
            units.append(item)
        else:
            return None
    return (units, generic) if units else None


_NAME_END = re.compile(r"[局委办所队站心院部会处室司村厅]$")


def _cooperating(rest: str) -> tuple[list[str], list[str]] | None:
    """The bodies after the verb, up to the action: the shortest list of bodies that closes where an action word
    begins, but not at a word inside a name that the list goes on after ("区委组织部、…", "对湖街道、…")."""
    for m in _ACTION.finditer(rest):
        head, after = rest[: m.start()], rest[m.start():]
        if not head:
            continue
        if re.search(r"[，,。；;“”《》]", head):
            return None
        whole = _list_items(head)[-1:] and _list_items(head)[-1] + re.split(r"[、，,。；;]", after)[0]
        if (not re.match(_TAIL, after) and re.match(r"[^、，,。；;“”《》]*、", after) and whole and _unit(whole)
                and _NAME_END.search(whole)):
            continue
        got = _bodies(head, bool(re.match(_TAIL, after)))
        if got is None:
            continue
        if m["cls"] and not _STAFF.search(m["cls"]):
            got[1].append(m["cls"])
        return got
    return None


# "省机关事务管理局省政府机关保卫处组织…": a body printed after its parent, glued, each name with its own level: the
# office named last acts
_GLUED_PARENT = re.compile(r"^(?P<parent>[\u4e00-\u9fff]{3,20}?[局委厅办])(?P<office>[省市县区][\u4e00-\u9fff]{2,20}[处科室所队站])$")


def _acting(name: str) -> str:
    m = _GLUED_PARENT.match(name)
    return m["office"] if m and _unit(m["parent"]) and _unit(m["office"]) else name


def _lead(text: str) -> list[str] | None:
    text = _LEAD_IN.sub("", text)
    items = _list_items(text, subject=True)
    if not items or not all(_unit(x) for x in items):
        return None
    return [_acting(x) for x in items]


def joint_action(sent: str) -> Roles | None:
    """X联合/会同/组织/牵头组织 A、B…等部门 + the action: X leads, A, B … cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        clause = sent[at:]
        for v in _VERB.finditer(clause):
            if v.start() > 40 or re.search(r"[，,。；;]", clause[: v.start()].rstrip("，,")):
                break
            lead = _lead(clause[: v.start()].rstrip("，,"))
            if not lead:
                continue
            coop = _cooperating(clause[v.end():])
            if coop:
                roles = Roles()
                roles.add("lead", lead, [])
                roles.add("cooperate", *coop)
                return roles
    return None


_TOGETHER = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)(?:" + _TAIL + r")?联合(?=开展|执法|检查|行动|整治|组成|成立|督查|排查)")


def joint_without_lead(sent: str) -> Roles | None:
    """A、B、C等部门联合开展…: bodies acting together, none named to lead, all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _TOGETHER.match(sent[at:])
        if not m:
            continue
        closed = bool(re.search(_TAIL + "$", sent[at : at + m.end()].removesuffix("联合")))
        got = _bodies(m["list"], closed, subject=True)
        if got and len(got[0]) >= 2:
            roles = Roles()
            roles.add("cooperate", *got)
            return roles
    return None


# "本次行动由社区发展办牵头落实,街道总工会、…资产公司和金栅桥村分别负责,城管中队联合参与", "由嫘祖镇村镇办牵头,镇应急办、
# 消防站和镇属天然气公司抽调8名工作人员组成检查专班", "县国土资源局牵头,县发改局、县住建局等部门密切配合": a clause naming
# the lead, then clauses in which the others take their share — each of those cooperates
_LED_CLAUSE = re.compile(r"^(?:(?:本次|此次|这次)?(?:活动|行动|检查|整治|工作)?由)?(?P<lead>[^，,。；;由]{2,30}?)"
                         r"牵头(?:负责|落实|抓总|组织实施)?$")
# (负责 only as 分别负责: "由X牵头，Y负责实施" names who does the work, not a share of it)
_SHARE_CLAUSE = re.compile(r"^(?P<list>[^，,。；;]{2,120}?)(?:" + _TAIL + r")?(?:分别负责|(?:共同|联合|密切|积极|全力|主动|紧密)?"
                           r"(?:参与|参加|配合|协助|抽调))")


def led_shares(sent: str) -> Roles | None:
    """由X牵头(落实), A、B分别负责, C联合参与 / A、B抽调…: X leads, the bodies of the later clauses cooperate."""
    clauses = [c.strip() for c in re.split(r"[，,]", sent.rstrip("。；;"))]
    for i, c in enumerate(clauses):
        m = _LED_CLAUSE.match(c)
        lead = _lead(m["lead"]) if m else None
        if not lead:
            continue
        roles = Roles()
        roles.add("lead", lead, [])
        for later in clauses[i + 1 :]:
            share = _SHARE_CLAUSE.match(later)
            closed = bool(share and re.search(_TAIL + r"\S{0,4}$", later[: share.end()]))
            got = _bodies(share["list"], closed) if share else None
            if not got:
                break
            roles.add("cooperate", *got)
        return roles if roles.cooperate else None
    return None
