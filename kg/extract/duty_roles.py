"""Roles named in a sentence: X为牵头单位 · 牵头部门为X · X任召集人 · 作为牵头部门,X… · a place's head leading · an office
seated in a department (decision F) · 由X商Y印发 · duties listed, moved (划归), taken over (职能由Y承担), given to a body
reorganised (重组为Y,…负责) or headed (X职责、任务) — the readers of those rows of `duty_styles.SENTENCE_STYLES`."""

from __future__ import annotations

import re

from kg.extract.duty_units import coop_units, units_only
from kg.extract.joint_leads import opening_lead
from kg.extract.units import Roles, all_named, is_generic, is_unit, split_units
from kg.extract.duty_led import _joint
from kg.extract.duty_subjects import _place_party


# a government's head of the place printed with the place, taking other bodies' heads out: "16日上午,自治区副主席甲热·洛桑丹增率拉萨市
# 和自治区相关部门负责人赴拉萨城关万达广场,调研检查食品安全、产品质量等工作" (fresh40's 西藏 epaper; its README: the official stands
# for the body of his post, printed only as its place, `自治区`, which leads; the city's heads stand for the city, which cooperates;
# the region's departments are a class). A head printed with no place ("副省长郭宁宁带领省直有关部门负责同志,深入莆田市开展…工作
# 检查", http://hepingcm.com/gtx/2021-07/17/content_1490526.html; "副县长、公安局局长张家和带领交警大队、…等部门负责人一行到…"
# (fresh13's 苍溪)), a party post or leaders by rank alone ("秀洲区相关领导率…" (fresh25)) give no lead (person_led_group's reading)
_PLACE_HEAD_LEADS = re.compile(
    r"(?:^|[，,])(?P<place>[\u4e00-\u9fff]{1,10}?)(?:人民政府)?副?(?:主席|省长|市长|州长|县长|区长|旗长|盟长)"
    r"[\u4e00-\u9fff·]{2,8}?(?:率领|率(?![先领])|带领)(?P<list>[^，,。；;]{2,80}?)的?(?:主要|相关|有关)?(?:负责同志|负责人)"
    r"(?:一行)?(?=赴|到|前往|深入)")
_LEVEL_WORD = re.compile(r"^(?:自治区|省|市|州|县|区|旗|盟)$")


def _place_head_leads(sent: str) -> Roles | None:
    m = _PLACE_HEAD_LEADS.search(sent)
    if not (m and (_LEVEL_WORD.match(m["place"]) or _place_party(m["place"]))):
        return None
    named, classes = [], []
    for item in re.split(r"[、和及与]", m["list"]):
        if _place_party(item) or is_unit(item) and not is_generic(item):
            named.append(item)
        elif is_generic(item):
            classes.append(item)
        else:
            return None
    return Roles.of(([m["place"]], []), (named, classes)) if named else None


# "市人民政府设立厦门市…管理委员会(以下简称管委会),履行下列职责:" — the body set up, or the subject, holds the duties
_LISTED_DUTIES = re.compile(
    r"^(?:[^，,。；;：:]{0,20}?(?:设立|成立|组建))?(?P<subj>[^，,。；;：:“”《》]{2,60}?)(?:[（(]以下简称[^（）()]{1,20}[）)])?[，,]?"
    r"(?:依法|具体|主要|分别)?(?:履行|承担|行使)(?:下列|以下|如下)(?:主要)?职责")


def _listed_duties(sent: str) -> Roles | None:
    """X履行下列职责: (the list of duties follows)."""
    m = _LISTED_DUTIES.match(sent)
    if not (m and units_only(m["subj"])):
        return None
    return Roles.of(units_only(m["subj"]))


# "联席会议由街道办事处分管负责人、所在地工商所主要负责人任召集人,工商分局、区商务委、…等部门为成员单位" (虹口, fresh15):
# the bodies whose heads convene a 联席会议 lead it, its member units take part; a convener who is only a person
# ("由分管民政工作的县领导担任召集人", sample corpus) names no body
_CONVENERS = re.compile(r"由(?P<heads>[^，,。；;由]{4,80}?)(?:担任|任)(?:总)?召集人[，,；;](?P<members>[^，,。；;]{2,240}?)"
                        r"(?:为|是|作为)成员(?:单位)?(?=[，,。；;]|$)")
_HEAD_OF = re.compile(r"(?:分管|主要)?(?:负责人|负责同志|领导|局长|主任)$")
_CLASS_HEAD = re.compile(r"各|有关|相关|其他|其它|所在|属地|辖区")


def _convened(sent: str) -> Roles | None:
    """由A负责人、B负责人任召集人，C、D…为成员单位: A and B lead (by their bodies), C and D cooperate."""
    m = _CONVENERS.search(sent)
    if not m:
        return None
    heads = [x for x in re.split(r"[、和]", m["heads"]) if x]
    bodies = [_HEAD_OF.sub("", x) for x in heads]
    if any(b == h or len(b) < 2 for b, h in zip(bodies, heads)):
        return None  # a person, not the head of a named body
    lead = split_units("、".join(bodies))
    # (a body whose head convenes is one body, though its name reads as a kind: "街道办事处分管负责人" (虹口, fresh15) — the
    # street's own office; 各… / 有关… stay a class, and so does the office named by where it serves, whichever covers the
    # place: "所在地工商所主要负责人" (the integrator's convention of stop 18: 所在地X, 属地X, 辖区X name no unit))
    lead = (lead[0] + [g for g in lead[1] if not _CLASS_HEAD.match(g)], [g for g in lead[1] if _CLASS_HEAD.match(g)])
    coop = coop_units(m["members"])
    if not (coop and coop[0] and len(lead[0]) + len(lead[1]) == len(bodies)):
        return None
    return Roles.of(lead, (coop[0], [x for x in coop[1] if x != "等部门"]))


# "县发改局为牵头单位，县财政局为配合单位" / "X作为牵头单位，要会同Y…" / "X是此项工作的牵头单位"
# ("县文广新局作为创建牵头单位要抓好…", 崇阳: the work named before 牵头单位, in a clause after others)
# (and the work it leads before the role: "市工商局为城区菜市场监管工作的市级牵头部门,受市政府委托制订…" (http://www.fymate.net/html/
# text/lar/169684/16968457_1.html; tasks39: X leads))
# (and the joint body it leads named before the role, no 的: "市民政局为联席会议牵头单位" (fresh41's 北京 联席会议制度))
_ROLE_NAMED = re.compile(r"^(?P<lead>[^，,。；;由（(]{2,40}?)(?:为(?:[^，,。；;为]{2,20}?(?:工作)?的(?:[省市县区]级)?"
                         r"|[\u4e00-\u9fff]{0,10}?(?:联席会议|领导小组|工作小组|委员会|指挥部))?|作为[\u4e00-\u9fff]{0,6}?|"
                         r"是[^，,。；;]{0,12}?的?)牵头(?:单位|部门)")
_COOP_NAMED = re.compile(r"[，,；;](?P<coop>[^，,。；;]{2,80}?)(?:为|作为|是)(?:配合|协办|参与|协同|责任)(?:单位|部门)")


# "联席会议由教育部、发展改革委、…扶贫办9个部门和单位组成，教育部为牵头单位" (国务院 批复): the members a body is made
# of, listed in the clause before the one naming its lead, take part (a 领导小组 / 联席会议's member units)
_COMPOSED_OF = re.compile(r"由(?P<members>[^，,。；;由]{2,200}?)(?:等)?(?:[0-9０-９一二三四五六七八九十]+个)?"
                          r"(?:成员)?(?:部门|单位)?(?:和|及)?(?:单位|部门)?(?:共同)?组成[，,]$")


def _members_before(prefix: str, lead: list[str]) -> tuple[list[str], list[str]]:
    """The member units of a 由A、B…组成 clause ending `prefix`, less the lead."""
    m = _COMPOSED_OF.search(prefix)
    if not m:
        return [], []
    u, g = split_units(m["members"])
    parts = [x for x in re.split(r"[、，,]", m["members"]) if x.strip()]
    if len(u) < 2 or len(u) != len(parts) or not all(is_unit(x) for x in u):
        return [], []  # every member must be a named unit: "成员由…有关部门负责同志组成" lists persons
    return [x for x in u if x not in lead and not any(l.endswith(x) for l in lead)], []


# the named bodies of a counted set of 牵头单位 before what they do: "此次整治活动由县委办、农业局、卫生局等10个牵头单位组织并督促责任区域内
# 114个党政机关和驻县单位、群众志愿者参与" (fresh46's 榆中): the named ones lead (the unnamed rest of the count is none); the class they
# urge is generic, as printed
_COUNTED_LEADS = re.compile(r"由(?P<lead>[^，,。；;由]{2,80}?)等?(?:[\d一二三四五六七八九十两]{1,3})(?:个|家)牵头(?:单位|部门)"
                            r"(?:共同)?(?=组织|负责|牵头|开展|督促|实施)")


def _counted_leads(sent: str) -> Roles | None:
    """由A、B、C等N个牵头单位组织…: the named 牵头单位 lead."""
    m = _COUNTED_LEADS.search(sent)
    units = units_only(m["lead"]) if m else None
    if not (units and units[0]) or units[1] or not all(is_unit(x) for x in units[0]):
        return None
    return Roles.of(lead=units)


def _role_named(sent: str) -> Roles | None:
    """X为牵头单位，Y为配合单位 — the roles named outright; X作为牵头单位，要会同Y… — Y cooperates; also in a
    clause after others ("…,县文广新局作为创建牵头单位要抓好…"); a clause before it listing the members the body is
    made of (由A、B、C组成，A为牵头单位) names who take part."""
    prefix = ""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ROLE_NAMED.match(sent[at:])
        if m and units_only(m["lead"]) and units_only(m["lead"])[0]:
            prefix, sent = sent[:at], sent[at:]
            break
    else:
        return None
    roles = Roles.of(units_only(m["lead"]))
    members, generic = _members_before(prefix, roles.lead)
    if members:
        roles.add("cooperate", members, generic)
    rest = sent[m.end():]
    c = _COOP_NAMED.search(rest)
    if c and units_only(c["coop"]):
        roles.add("cooperate", *units_only(c["coop"]))
    elif "会同" in rest:
        joint = _joint(m["lead"] + rest[rest.index("会同"):])
        if joint:
            roles.add("cooperate", joint.cooperate, joint.generic_cooperate)
    return roles


# "作为牵头部门,县农业局全面动员、精心组织…" (济宁): the role named in a clause before the body that holds it
_ROLE_BEFORE = re.compile(r"(?:^|[，,])作为(?:[\u4e00-\u9fff]{0,8}?的?)?牵头(?:单位|部门)[，,]")


def _role_before(sent: str) -> Roles | None:
    """作为牵头部门，X…: X, the body opening the next clause, leads."""
    m = _ROLE_BEFORE.search(sent)
    lead = opening_lead(re.split(r"[，,]", sent[m.end():])[:1]) if m else None
    if not lead:
        return None
    return Roles.of((lead, []))


# "…联席会议的牵头部门为县住房城乡建设局", "市级行政许可项目管理机关为市政府法制办公室": a clause naming who holds
# the role; "成员包括Y、Z等" later in the sentence names who take part (they cooperate, the lead among them excepted)
_ROLE_HOLDER = re.compile(r"^[^，,。；;“”]{0,50}?(?:牵头部门|牵头单位|主管部门|主管机关|管理机关|责任部门|责任主体|实施主体)"
                          r"为(?P<lead>[^，,。；;]{2,30})$")
_MEMBERS_ARE = re.compile(r"成员(?:单位)?(?:包括|有|为)(?P<coop>[^。；;：:]{2,120}?)[。；;]?$")
# the partners named the same way in a clause after the lead's: "牵头单位为市生态环境局,协作单位为市公安局、市农业农村局…"
# (拉萨's 行政执法联动协作工作机制, https://www.lasa.gov.cn/lasa/wjzl/202506/e8e6de986b934d8784145bf83aa1660d.shtml)
_PARTNERS_ARE = re.compile(r"^(?:协作|配合|协办|协同|参与|协助)(?:单位|部门)为(?P<coop>[^，,。；;]{2,200})$")


def _role_holder(sent: str) -> Roles | None:
    for n, clause in enumerate(re.split(r"[，,]", sent.rstrip("。；;"))):
        m = _ROLE_HOLDER.match(clause)
        if m and units_only(m["lead"]) and units_only(m["lead"])[0]:
            roles = Roles.of(units_only(m["lead"]))
            clauses = re.split(r"[，,]", sent.rstrip("。；;"))
            partners = next((c for c in (_PARTNERS_ARE.match(x) for x in clauses[n + 1:]) if c), None)
            if partners and units_only(partners["coop"]) and units_only(partners["coop"])[0]:
                roles.add("cooperate", *units_only(partners["coop"]))
            members = _MEMBERS_ARE.search(sent)
            if members:
                u, g = split_units(members["coop"])
                roles.add("cooperate", [x for x in u if is_unit(x) and not any(l.endswith(x) for l in roles.lead)],
                          [x for x in g if x not in ("等", "等部门")] + [x for x in u if is_generic(x)])
            return roles
    return None


# an office seated in a department (decision F, benchmarks/data/other_districts/README.md): the seat says where the office works,
# not what anyone must do — "领导小组办公室设在区残联，马红霞同志兼任办公室主任。" (sample 001:2196) gives no task; an office given a duty
# in the seat's sentence is itself the one charged, not the department it sits in — "联席会议办公室设在省农委,负责联席会议日常工作"
# (fresh59's 黑龙江 联席会议 notice: 联席会议办公室 leads). An office set up in a unit by a body that then takes up the work itself,
# "…建立县级“四公一农”建设提升行动工作专班,在县住房城乡建设局设置办公室并负责总牵头工作" (fresh2's 犍为), names no office as the
# subject of 负责: the unit housing the work leads (fresh2's gold, kept under decision F)
_OFFICE_SEAT = re.compile(r"(?:^|[，,])(?:在(?P<at>[^，,。；;在]{2,30}?)设(?:置|立)?办公室|"
                          r"(?P<office>[^，,。；;]{0,30}?办公室)设在(?P<in>[^，,。；;]{2,30}?)(?=[，,。；;]|$))")
# what follows the seat: the office's duty (its clause opening with the duty word, or 并 + it), else only its staff
_OFFICE_DUTY = re.compile(r"^(?:[，,]|并)(?:具体|主要)?(?:负责|承担|牵头)(?!同志|人)")
# the clauses that only staff the seated office: its head or members named ("马红霞同志兼任办公室主任", "办公室主任由X分管负责同志
# 兼任", "办公室成员由X主要负责同志及有关部门分管负责同志担任")
_OFFICE_STAFF = re.compile(r"[^，,。；;]*(?:兼任|担任|任办公室(?:副)?主任)[^，,。；;]*")
_OTHER_DUTY = re.compile(r"负责(?!同志|人)|牵头|承担|要(?!求)|将|应当|必须")


def _office_seat(sent: str) -> Roles | None:
    """X办公室设在Y，负责/承担…: the office leads; X办公室设在Y，A同志兼任办公室主任: no task (decision F); 在Y设置办公室并负责…:
    Y leads."""
    m = _OFFICE_SEAT.search(sent)
    unit = m and (m["at"] or m["in"])
    if not (unit and units_only(unit) and units_only(unit)[0]):
        return None
    rest = sent[m.end():]
    if m["at"]:
        return Roles.of(units_only(unit)) if re.search(r"负责|牵头|承担", rest) else None
    office = re.sub(r"^(?:下设|设立|设|并)", "", m["office"].lstrip("，,")) or m["office"]
    if _OFFICE_DUTY.match(rest):
        return Roles.of(([office], []))
    # a sentence that only seats the office (and staffs it) charges nobody; one with another duty is left to the other readers
    others = _OFFICE_STAFF.sub("", sent[:m.start()] + rest)
    return None if _OTHER_DUTY.search(others) else Roles()


# a text a body issues in consultation with others: "联席会议具体人员名单由办公室商各成员单位印发,并根据成员职务分工变动及时调整" (tasks99's
# 云浮 联席会议 notice) — 商 is 商量 / 商请, the body consulting issues the text and leads; those consulted take part as 会同's partners do
# (named bodies cooperate, a class stays generic)
_CONSULTED_ISSUE = re.compile(r"由(?P<lead>[^，,。；;由商]{2,30}?)商(?:请|量|同)?(?P<coop>[^，,。；;]{2,80}?)"
                              r"(?:共同)?(?:印发|制定|确定|提出|研究确定|发布)(?=[，,。；;]|$|[\u4e00-\u9fff])")


def _consulted_issue(sent: str) -> Roles | None:
    """由X商Y印发…: X leads, Y (named) cooperates, a class of Y generic."""
    m = _CONSULTED_ISSUE.search(sent)
    lead = units_only(m["lead"]) if m else None
    coop = split_units(m["coop"]) if m else None
    if not (lead and lead[0] and not lead[1] and coop and (coop[0] or coop[1])):
        return None
    if not all(is_unit(x) for x in coop[0]):
        return None
    return Roles.of(lead, coop)


# a meeting's minutes asking a body to lead: "会议原则同意该实施意见,要求水务部门牵头,根据本次会议精神,…修改完善后,提交市委常委会研究"
# (tasks31's 永康 常务会议纪要, http://nbxinxi.com/a/yongkangshi/20210606/268822.html): the body asked leads alone
_ASKED_TO_LEAD = re.compile(r"(?:^|[，,：:])(?:会议)?(?:要求|请|责成)(?P<lead>[^，,。；;：:]{2,24}?)牵头(?=[，,。；;]|$)")


def _asked_to_lead(sent: str) -> Roles | None:
    m = _ASKED_TO_LEAD.search(sent)
    units = units_only(m["lead"]) if m else None
    if not (units and units[0] and not units[1]):  # named units only, no class among them
        return None
    return Roles.of(units)


# a leader's instruction pairing two bodies: "海洋局认真抓紧整改,市督查室搞好配合" (a mayor's 批示 quoted in a news item, tasks50's
# 锦州, http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html): the body told to act leads, the body told to
# help cooperates; both named, the helping clause closing with 配合
_INSTRUCTED_PAIR = re.compile(r"(?:^|[：:“‘])(?P<lead>[^，,。；;：:“”‘’]{2,30}?)(?:认真|抓紧|切实|尽快|加快|立即|迅速)"
                              r"[^，,。；;“”]{1,16}[，,](?P<coop>[^，,。；;“”]{2,40}?)(?:搞好|做好|全力|积极|主动)配合(?=[。；;，,”’]|$)")


def _instructed_pair(sent: str) -> Roles | None:
    m = _INSTRUCTED_PAIR.search(sent)
    lead = units_only(m["lead"]) if m else None
    coop = units_only(m["coop"]) if m else None
    if not (lead and lead[0] and not lead[1] and coop and coop[0]):  # named bodies on both sides
        return None
    return Roles.of(lead, coop)


# bodies named as the ones answerable for the work, then their duty: "锦江、青羊、金牛、武侯、成华区政府和成都高新区管委会作为属地内
# 菜市场监管工作的责任主体,负责本辖区菜市场监管工作的组织协调,…" (http://www.fymate.net/html/text/lar/169684/16968457_1.html;
# tasks39: each leads; places printed before one 区政府 as printed, tasks31's convention); "街道办事处是…的落实主体" names a class
_SUBJECT_ROLE = re.compile(r"^(?P<lead>[^，,。；;]{2,80}?)作为[^，,。；;]{2,30}?(?:责任|落实|监管|工作)?主体[，,]?(?:负责|要|应|承担)")
_SHARED_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,4}?[区县市旗](?:人民)?政府$")


def _subject_role(sent: str) -> Roles | None:
    """A、B作为…责任主体，负责…: A and B lead."""
    m = _SUBJECT_ROLE.match(sent)
    if not m:
        return None
    items = [x for x in re.split(r"、|(?<=[局委办会府心])[和及]", m["lead"]) if x]
    if not all(is_unit(x) and not is_generic(x)
               or re.fullmatch(r"[\u4e00-\u9fff]{2,3}", x) and any(_SHARED_GOVERNMENT.match(y) for y in items[k + 1:])
               for k, x in enumerate(items)):
        return None
    return Roles.of((items, []))


# two bodies told to act together, neither named to lead: "一是交警队要和小沙江政府联手开展交通安全宣传,…" (http://che.qc188.com/
# news/201304/31300.html; tasks39: both cooperate, the rule for A与B)
_JOINED_HANDS = re.compile(r"(?:^|[:：])(?:[一二三四五六七八九十]是)?(?P<a>[^，,。；;、和与同]{2,20}?)(?:要|将|应|须)?(?:和|与|同)(?P<b>[^，,。；;、]{2,30}?)(?:联手|携手)"
                           r"(?=开展|对|进行|做好|推进|抓好|打击|整治|查处|宣传)")


def _joined_hands(sent: str) -> Roles | None:
    """X要和Y联手开展…: X and Y cooperate."""
    m = _JOINED_HANDS.search(sent)
    if not (m and all_named((m["a"], m["b"]))):
        return None
    return Roles.of(cooperate=([m["a"], m["b"]], []))


# helpers told to name staff to assist one body: "三是各乡镇政府要确定专人负责配合交警队的交通安全宣传、交通安全管理工作"
# (http://che.qc188.com/news/201304/31300.html; tasks39: the body assisted leads, the towns a class — fresh29's `各镇政府、
# 街道办事处将配合X`)
_STAFF_TO_ASSIST = re.compile(r"^(?P<helpers>[^，,。；;]{2,30}?)(?:要|将|应|须)(?:确定|明确|安排|指定|抽调)(?:专人|专门人员|专职人员)"
                              r"(?:负责)?(?:配合|协助)(?P<lead>[^，,。；;的、]{2,20}?)(?=的|做好|开展|对)")


def _staff_to_assist(sent: str) -> Roles | None:
    """X要确定专人负责配合Y的…工作: Y leads; X helps (a class: generic; named units: cooperate)."""
    m = _STAFF_TO_ASSIST.match(sent)
    if not (m and is_unit(m["lead"]) and not is_generic(m["lead"])):
        return None
    helpers = split_units(m["helpers"])
    if not helpers or not (helpers[0] or helpers[1]) or not all(is_unit(x) for x in helpers[0]):
        return None
    return Roles.of(([m["lead"]], []), helpers)


# a body taking persons along, then acting with others: "近日,城管中队带领志愿者与交警、市场监管、派出所等部门开展联合整治"
# (http://town.zjol.com.cn/czjsb/201810/t20181017_8502404.shtml; tasks39: the persons are no unit; 与 joins the body to the
# others, none named to lead: all cooperate)
_LED_PERSONS_WITH = re.compile(r"^(?:(?:近日|日前|近期|连日来|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?)?)[，,]?)?"
                               r"(?P<a>[^，,。；;、]{2,24}?)(?:带领|率领)(?:志愿者|队员|党员|网格员|干部|群众|居民|工作人员)"
                               r"(?:与|和|同)(?P<list>[^，,。；;]{2,80}?)(?:等(?:有关|相关)?(?:职能)?(?:部门|单位))?"
                               r"(?=开展|对|进行|联合|一起|共同)")


def _led_persons_with(sent: str) -> Roles | None:
    """X带领志愿者与A、B等部门开展…: X, A and B cooperate."""
    m = _LED_PERSONS_WITH.match(sent)
    if not m:
        return None
    items = [m["a"]] + [x for x in m["list"].split("、") if x]
    fields = re.compile(r"^(?:交警|公安|市场监管|派出所|城管|消防|应急|交通|环保|税务|工商|卫健|住建|国土|水利|林业|农业)$")
    if not all((is_unit(x) or fields.match(x)) and not is_generic(x) for x in items):
        return None
    return Roles.of(cooperate=(items, []))


# a heading naming whose duties the numbered lines under it are: "(七)卫生部门职责、任务" (a 2006 school-surroundings plan,
# http://www.fymate.net/html/text/lar/169527/16952764_4.html) — that body leads, alone
_DUTY_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])?"
                           r"(?P<unit>[\u4e00-\u9fff]{2,20}?)(?:的)?(?:工作)?职责[、和及与]?任务[：:。]?$")


def _duty_heading(sent: str) -> Roles | None:
    m = _DUTY_HEADING.match(sent)
    if not (m and is_unit(m["unit"]) and not is_generic(m["unit"])):
        return None
    return Roles.of(([m["unit"]], []))


# a 三定 regulation's 职责调整: a duty moved to a named body, which leads it from then on — "将开发区建设组织协调职责划归市工业和信息化局;
# 外国专家管理有关职责划归市人力资源和社会保障局;金融协调服务职责划归市发展和改革委员会" (tasks99's 长春 办公厅 三定, 长府办发〔2009〕47号,
# https://www.ehs.cn/law/45331.html); only a 职责 / 职能 moved, never land or assets put under a body ("该地块划归市土地储备中心管理")
# (划归 only: a reform's "…执法职责划入周村区水资源管理办公室" (sample 001:1014, 972) merges one body's staff and duties into
# another, and the sample's gold, not ours, holds no task there — left to the integrator, as a bare 应 is)
_DUTY_MOVED = re.compile(r"(?:^|[，,；;])(?:将)?[^，,。；;]{2,40}?(?:职责|职能)划归"
                         r"(?P<to>[^，,。；;]{2,30}?)(?:承担|负责)?(?=[，,。；;]|$)")


def _duty_moved(sent: str) -> Roles | None:
    """X职责划归Y: Y leads the duty moved to it."""
    m = _DUTY_MOVED.search(sent)
    units = units_only(m["to"]) if m else None
    if not (units and units[0]) or not all(is_unit(x) for x in units[0]):
        return None
    return Roles.of(lead=units)


# a body's functions taken over by another, and a body reorganised into a new one given its duties: "据报道,中央层面,原国务院扶贫开发领导
# 小组的职能由中央农村工作领导小组来承担,国务院扶贫办重组为国家乡村振兴局,归口农业农村部管理,主要负责巩固拓展脱贫攻坚成果,…" (fresh60's
# 天津 乡村振兴局 item, traditional as printed; its gold: two tasks, each body that takes the duty leads (rule 2's 由X负责 / X负责); the
# ministry managing the new bureau is no unit of its duty); as 职责划归Y above, the body taking the duty leads
_DUTY_TAKEN_OVER = re.compile(r"(?:职能|职责)由(?P<to>[^，,。；;由]{2,30}?)(?:来)?(?:承担|履行|行使)(?=[，,。；;]|$)")
_REORGANISED = re.compile(r"^(?P<old>[^，,。；;]{2,20}?)(?:重组为|改组为|组建为|更名为)(?P<new>[^，,。；;]{2,30}?)[，,]"
                          r"(?:[^，,。；;]{2,20}?管理[，,])?(?:主要)?负责(?!同志|人)")


def _duty_taken_over(sent: str) -> Roles | None:
    """X的职能由Y来承担: Y leads."""
    m = _DUTY_TAKEN_OVER.search(sent)
    units = units_only(m["to"]) if m else None
    if not (units and units[0] and not units[1] and all(is_unit(x) for x in units[0])):
        return None
    return Roles.of(lead=units)


def reorganised_subject(clause: str) -> str | None:
    """The new body a clause opens with, X重组为Y,…主要负责… (duties cuts a sentence before it): Y, else None."""
    m = _REORGANISED.match(clause)
    units = units_only(m["new"]) if m else None
    return m["new"] if units and units[0] == [m["new"]] and not units[1] and is_unit(m["new"]) else None


def _reorganised(sent: str) -> Roles | None:
    """X重组为Y,归口Z管理,主要负责…: Y leads."""
    new = reorganised_subject(sent)
    return Roles.of(([new], [])) if new else None
