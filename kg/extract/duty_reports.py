"""A report's people and events: an official leading the work and the bodies whose officials join or accompany it, a
proposal handled, an event hosted (主办 / 承办 / 协办), work under another body's leadership, help given by an unnamed
subject, who took part — the readers of those rows of `duty_styles.SENTENCE_STYLES`, and those duties asks directly."""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.joint_leads import without_when
from kg.extract.joint_action import joint_action
from kg.extract.units import Roles, all_named, is_generic, is_unit
from kg.extract.duty_subjects import _listed_place

__all__ = ["accompanying_bodies", "attended_after", "head_led_group", "joined_officials", "visiting_group"]


# an official leading the work, the officials of other bodies joining it: "开发区管委会副主任于梅带队到西区开展安全检查,西区办、安监局、
# 消防支队、公寓管理中心等部门相关负责同志参加了检查" (fresh39's 天津开发区), "海口市城市管理局四级调研员刘波牵头组织,市容管理科黄建科、
# 李宏,秀英区城市管理局副局长(环卫局局长)周佐安,永兴镇镇长陈华祯一同到ZL133号矿坑开展督导整改工作" (fresh39's 海口; its README: the
# officials stand for their bodies, fresh33): the leader's body leads, the joining bodies cooperate, each member's body read less its
# persons (title, a remark in brackets, names); as "潍坊市工信局党组成员、副局长吴国宗带队,对我市…进行督导检查,市应急局主要负责同志、分管
# 负责同志,市工信局主要负责同志陪同检查" (http://anqiu.gov.cn/yw/bmdt/sajj/202411/t20241106_6411741.html). Only a body printed before a
# title and a name ("副市长骆金堤带队到海丰县…,市民政局…主要负责人陪同" (http://www.swsm.net/thread-366507-1-1.html) names none), and
# members that are all bodies
_HEAD_TITLE = (r"(?:党组成员、)?(?:[一二三四五六七八九十]级)?(?:副?(?:主任|局长|科长|镇长|乡长|区长|县长|所长|队长|站长|厅长|院长|书记)"
               r"|调研员|巡视员)")
# a body, its official's post and name ("…区应急管理局副局长向霆"): the opening both readings below share
_BODY_HEAD = (r"(?:^|[，,])(?P<body>[\u4e00-\u9fff（）()]{2,24}?(?:局|委|办|中心|院|队|所|站|厅|政府|管委会))" + _HEAD_TITLE
              + r"[\u4e00-\u9fff]{2,3}(?:同志)?")
_HEAD_LEADS = re.compile(_BODY_HEAD + r"(?:带队|牵头组织)")
_JOINING = re.compile(r"(?:一同|陪同|参加)")
_STAFF_TAIL = re.compile(r"(?:等(?:部门|单位))?(?:相关|有关|主要|分管)?(?:负责同志|负责人|领导|同志|人员)$")
_MEMBER = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?(?:局|科|委|办|中心|院|队|所|站|厅|镇|乡|街道|政府|管委会))" + _HEAD_TITLE
                     + r"?(?:[（(][^（）()]{1,10}[)）])?[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*$")


def _member_bodies(clause: str) -> list[str] | None:
    """The bodies of one clause of members: "A、B等部门相关负责同志" → [A, B]; "A主要负责同志、分管负责同志" → [A];
    "市容管理科黄建科、李宏" → [市容管理科]."""
    m = _MEMBER.match(clause)
    if m and is_unit(m["body"]) and not is_generic(m["body"]):
        return [m["body"]]
    if not _STAFF_TAIL.search(clause):
        return None
    items = [x for x in (_STAFF_TAIL.sub("", y) for y in clause.split("、")) if x]
    return items if items and all_named(items) else None


def _head_leads_members(sent: str) -> Roles | None:
    """X<title><name>带队/牵头组织…,A、B…负责同志参加 / A<person>,B<person>一同…: X leads, A and B cooperate."""
    m = _HEAD_LEADS.search(sent)
    if not (m and is_unit(m["body"]) and not is_generic(m["body"])):
        return None
    rest = re.split(r"[。；;]", sent[m.end():], maxsplit=1)[0]
    joined = _JOINING.search(rest)
    if not joined:
        return None
    members = []
    for clause in reversed([c for c in re.split(r"[，,]", rest[: joined.start()]) if c]):
        if members and _STAFF_TAIL.fullmatch(clause):
            continue  # (another rank of the same body's staff: "市应急局主要负责同志、分管负责同志,…")
        bodies = _member_bodies(clause)
        if not bodies:
            break
        members = bodies + members
    members = [x for x in members if x != m["body"]]
    return Roles.of(([m["body"]], []), (members, [])) if members else None


# the bodies whose officials accompany the work the sentence before reported, closing a sentence of their own: "…近日,在县检察院协同配合下,
# 黎平县环保局执法风暴专项行动正式拉开序幕,…。工作组首先对敖市镇五家石材厂进行了现场执法检查,敖市镇政府相关领导陪同。" (fresh39's 黎平; its
# README: `负责人陪同` and `相关领导陪同` make the accompanying bodies cooperate); a person's rank alone ("副县长崔全华,县直有关部门负责同志
# 陪同活动", http://www.zltai.com/show-180-47467-1.html) names no body
_ACCOMPANYING = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;]{2,80}?)陪同(?:检查|督察|督查|调研|活动)?[。；;]?$")


# a group an official leads out, read only with the bodies accompanying it (a group's own inspection alone is an event, stop 24's rule 3):
# "2023年8月23日,市生态环境局党组成员、副局长向霆带队督察五组到璧山区开展2023年市级生态环境保护专项督察,…。他强调,…。区生态环境局、区住房
# 城乡建委、璧山高新区管委会负责人陪同。" (fresh39's 璧山; its README: the group led by a person leads (fresh35), the bodies accompanying
# it cooperate)
_HEAD_LEADS_GROUP = re.compile(_BODY_HEAD + r"(?:带队|带领|率领?)(?P<group>(?:[\u4e00-\u9fff]{0,8}?)(?:督察|督查|督导|检查|巡查|考核)"
                               r"[一二三四五六七八九十\d]{0,3}组)(?=到|赴|前往|对|深入|在)")


def head_led_group(sent: str) -> str | None:
    """The group an official leads out (…副局长向霆带队督察五组到…), or None."""
    m = _HEAD_LEADS_GROUP.search(sent)
    return m["group"] if m else None


def accompanying_bodies(sent: str) -> list[str] | None:
    """The named bodies of a closing "A、B负责人陪同" clause, or None."""
    m = _ACCOMPANYING.search(sent) if "陪同" in sent else None
    # (the staff accompanying a person who attends, named in the clause before: "市农业农村委二级巡视员张建树参加会议并交流发言,对外合作处主要
    # 负责同志陪同" (fresh60 tianjin_shi-nongyenongcunwei-2023-chengjie-beijing-feishoudu-gongneng-nmscdc.txt:1; its README: persons)
    # go with that person, no part of the action before)
    if m and _PERSON_ATTENDS.search(sent[: m.start()]):
        return None
    return _member_bodies(m["list"]) if m and _STAFF_TAIL.search(m["list"]) else None


_PERSON_ATTENDS = re.compile(r"(?:参加|出席)(?:了)?(?:会议|活动|仪式)")


# a group's visit reported on its own, then the officials who joined it, each standing for the body printed with his post (fresh33's
# staff rule) and a district's head for the district (fresh32's place-as-party rule): "12月13日,自治区安全生产和消防考核组在乃东区昌珠镇
# 考核安全生产和消防工作。副市长江嘎,市应急管理局局长达娃次仁,乃东区委副书记、区长张维一同开展考核。" (fresh41's 乃东; its README: the
# group leads, 市应急管理局 and 乃东区 cooperate; a post printing no body, 副市长, is none)
_GROUP_VISITS = re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午)?|近日|日前)[，,])?"
                           r"(?P<group>[\u4e00-\u9fff]{2,30}?(?:考核|督查|督导|检查|巡查|督察)组)(?:一行)?(?:在|到|赴|深入)")
_JOINED_IN = re.compile(r"^(?P<list>[^。；;]{4,120}?)一同(?:开展|参加|进行)?(?:考核|检查|督查|督导|巡查|督察|调研)(?:工作)?[。；;]?$")
_OFFICIAL = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?(?:局|委|办|中心|院|队|所|站|厅|政府|管委会))" + _HEAD_TITLE
                       + r"[\u4e00-\u9fff]{2,4}$")
_PLACE_HEAD = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?[区县市旗])(?:委副?书记、)?(?P<post>[区县市旗])长[\u4e00-\u9fff]{2,4}$")


def visiting_group(sent: str) -> str | None:
    """The group whose visit a sentence reports (…考核组在…考核…), or None."""
    m = _GROUP_VISITS.match(sent)
    return m["group"] if m else None


def _official_body(item: str) -> str | None:
    m = _OFFICIAL.match(item)
    if m and is_unit(m["body"]) and not is_generic(m["body"]):
        return m["body"]
    m = _PLACE_HEAD.match(item)
    return m["place"] if m and m["place"][-1] == m["post"] and _listed_place(m["place"]) else None


def joined_officials(sent: str) -> list[str] | None:
    """The bodies of the officials a closing "A,B…一同开展考核" names (a post printing no body is none), or None."""
    m = _JOINED_IN.match(sent)
    bodies = [b for b in (_official_body(x) for x in re.split(r"[，,]", m["list"])) if b] if m else []
    return list(dict.fromkeys(bodies)) or None


# a 督查通报's item naming the body that handles a deputy's proposal: "1.农业和科技委员会承办的“关于解决沙坡头区柔远镇夹渠村自来水并网的
# 建议”(第1号)", "2.财政局承办的“关于将镇罗、宣和、常乐等工业园区基础设施建设资金纳入市财政预算的建议”(第2号)" (fresh39's 沙坡头 督查
# 通报第13期): 承办 names the one responsible (rule 2's 由X负责 kind), X leads. The proposal's quoted title is required, and a named
# body: "由我局承办的市五届人大五次会议议案建议共17件" (https://public.xinmi.gov.cn/D49Y/4606450.jhtml: a back-reference and a count),
# "政府承办的代表建议得到解决的56件" (http://yueyang.gov.cn/yysqw/43332/43335/44292/47078/47137/content_1284618.html) and "对各部门承办的
# …人大建议、政协提案办理情况进行了督查" (a class) are none
_HANDLES_PROPOSAL = re.compile(r"^(?P<unit>[^，,。；;：:“”《》\"]{2,24}?)(?:主办|承办)的[“\"《](?P<title>[^“”\"《》]{4,120})[”\"》]")


def _handles_proposal(sent: str) -> Roles | None:
    """X承办的“关于…的建议”: the body handling a proposal leads."""
    m = _HANDLES_PROPOSAL.match(sent)
    if not (m and re.search(r"(?:建议|提案|议案)$", m["title"])):
        return None
    units = units_only(m["unit"])
    if not (units and len(units[0]) == 1 and not units[1]) or re.match(r"[我本该]", units[0][0]):
        return None
    return Roles.of((units[0], []))


# an event's hosts and the bodies that run it: "此次活动由省三防办、省应急管理厅、市三防指挥部联合主办,连平县三防指挥部、上坪镇和内莞镇
# 政府承办" (http://www.heyuanxw.com/2020/ms_0501/64908.html), "此次演练由县政府主办,张场镇人民政府、县水利局、…县消防救援大队承办"
# (https://www.scdl.gov.cn/info/1559/253232.htm; tasks44: beside 承办 the 主办 bodies lead, the 承办 bodies cooperate; beside 协办,
# 承办 leads: _BY_UNITS); places before one printed 政府 kept as printed ("上坪镇", "内莞镇政府")
# (the event named at length before 由: "2012年三穗县春节文化活动由中共三穗县委、三穗县人民政府主办,中共三穗县委宣传部、…承办"
# (tasks76's 三穗, http://www.zhxpm.cn/html/2012/ss_0127/16402.shtml); and the 协办 bodies after the 承办 ones, which cooperate too:
# "由黔西南州人民政府主办,安龙县人民政府承办,黔西南州委宣传部等6家单位协办" (tasks76's 安龙, http://ldqxn.com/news/anlong/
# 20120629/65166.htm; the count closing the list dropped))
_HOSTED = re.compile(r"(?:^|[，,])(?:(?:本次|此次|这次|该次)?[\u4e00-\u9fff\d年]{0,20}?)?由(?P<hosts>[^，,。；;由]{2,80}?)(?:联合|共同)?主办[，,]"
                     r"(?P<runs>[^，,。；;]{2,120}?)(?:共同|联合)?承办(?:[，,](?P<aids>[^，,。；;]{2,80}?)(?:共同|联合)?协办)?(?=[，,。；;]|$)")
# an event named by its host and the body that assists, as its attribute: "冷水江市总工会主办、市妇联协办的全市第六届庆“三八”女职工
# 趣味运动会精彩上演" (tasks76's 冷水江, a converter copy of the city media centre's item, http://yxmy98.cn/content/9782755): 主办
# leads, 协办 cooperates; and the body that runs it, 承办, as tasks44's 主办 / 承办 pair reads: "2月9日晚,由xx县文广新局主办、xx县广场舞
# 文化协会承办的2018春节联欢晚会在东山演出厅举行" (a county 文广新局's year report, http://e.wenmi.ren/Article/ShowArticle.asp?
# ArticleID=238263)
_HOSTED_EVENT = re.compile(r"(?:^|[，,])由?(?P<hosts>[^，,。；;由的在]{2,40}?)主办[、，,](?P<aids>[^，,。；;的]{2,60}?)(?:协办|承办)的")


def _hosted(sent: str) -> Roles | None:
    m = _HOSTED.search(sent)
    if not m:
        return _hosted_event(sent)
    hosts = [x for x in re.split(r"[、和及与]", m["hosts"]) if x]
    runs = [x for x in re.split(r"[、和及与]", m["runs"]) if x]
    if not (hosts and runs and all(is_unit(x) for x in hosts) and all(is_unit(x) for x in runs)):
        return None
    roles = Roles.of((hosts, []), (runs, []))
    aids = units_only(m["aids"]) if m["aids"] else None
    if aids and aids[0]:
        roles.add("cooperate", aids[0], [])
    return roles


def _hosted_event(sent: str) -> Roles | None:
    m = _HOSTED_EVENT.search(sent)
    hosts = units_only(m["hosts"]) if m else None
    aids = units_only(m["aids"]) if m else None
    if not (hosts and hosts[0] and not hosts[1] and aids and aids[0]):
        return None
    return Roles.of((hosts[0], []), (aids[0], []))


# work done under the leadership or organisation of another body: "在市政府组织领导下,2018年5月22日-31日,我中心联合市教育局、市食药监局
# 对…开展…督导" (http://scghcdc.cn/html/gongzuodongtai/jikongyaowen/20180604/8662.html), "一是在市农业农村局领导下与市农业执法队、
# 市农科院联合组成人居环境工作专班" (http://www.delmunsoft.com/news/show-401955.html), "区疾控中心在区卫生健康局、区教育局的组织领导下,
# 于3月12日对…开展…" (http://jonivangill.com/html/zhongxindongtai/gongzuodongtai/20190312/6140.html; tasks44): the leading body
# leads (fresh27's organiser: `在Z的组织下`), the bodies acting under it cooperate; so does a body's command ("在东关街道办事处的
# 统一指挥下,忠武巷社区联合综合执法、环卫…", fresh34 gansu_tianshui-dongguan-jiedao-zhongwuxiang-shequ-lianhe-converter.txt:2, the
# lead's ruling of stop 37). A party committee's leadership ("在县委的坚强领导下")
# is the frame of all work, no organiser: left
_UNDER_LEAD = re.compile(r"(?:^|[，,])在(?P<org>[^，,。；;在]{2,40}?)(?:的)?(?:统一)?(?:组织领导|领导|组织|指挥)下[，,]?(?P<rest>[^。；;]*)")
_ACTING_UNDER = re.compile(r"^(?P<subj>[^，,。；;在]{2,30}?)在(?P<org>[^，,。；;在]{2,40}?)的(?:统一)?(?:组织领导|领导|指挥)下")
_NOT_ORGANISER = re.compile(r"[党团]委|党组|党工委|[省市县区镇乡]委(?!会|员)|坚强|正确|亲切|关心|关怀")
_DATED = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[-—~至到](?:\d{1,2}月)?\d{1,2}[日号])?|近日|日前|近期)[，,]")
_WITH_LIST = re.compile(r"^与(?P<list>[^，,。；;]{2,80}?)(?:联合|共同)(?=组成|成立|组建|开展|进行)")


def _organisers(text: str) -> list[str] | None:
    orgs = [x for x in re.split(r"[、和及与]", text) if x]
    return orgs if orgs and not _NOT_ORGANISER.search(text) and all(is_unit(x) for x in orgs) else None


def _under_leadership(sent: str) -> Roles | None:
    m = _ACTING_UNDER.match(sent)
    if m and (orgs := _organisers(m["org"])) and is_unit(without_when(m["subj"])):
        return Roles.of((orgs, []), ([without_when(m["subj"])], []))
    m = _UNDER_LEAD.search(sent)
    orgs = _organisers(m["org"]) if m else None
    if not orgs:
        return None
    rest = _DATED.sub("", m["rest"])
    listed = _WITH_LIST.match(rest)
    if listed:
        acting = [x for x in re.split(r"[、和及与]", listed["list"]) if x]
        if not all(is_unit(x) for x in acting):
            return None
    else:
        joint = joint_action(rest)
        if not joint or not joint.lead:
            return None
        acting = joint.lead + joint.cooperate
    # (the acting body joined to its first partner, "在市城管局牵头组织下,我街道办联合市城管局、市交警大队…协同行动" (tasks107's 街道办
    # 创文 item): each part its own name, the organiser among them taken out below)
    acting = [part for x in acting for part in x.split("联合") if part]
    return Roles.of((orgs, []), ([x for x in acting if x not in orgs], []))


# a report's point whose subject (the reporting body) is unprinted, helping another body's work: "二是按照市农业农村局统一部署,配合开展
# “春风清洁行动”…", "三是配合市农业农村局开展乡村特色产业调研" (http://www.delmunsoft.com/news/show-401955.html; tasks44): the
# body helped leads (fresh27's `X配合Y` → Y leads); the helper, not printed, is not recorded
_DEPLOYED_HELP = re.compile(r"^按照(?P<lead>[^，,。；;]{2,30}?)(?:的)?统一(?:部署|安排)[，,](?:积极|主动|全力)?配合(?=开展|做好|实施|推进|落实)")
# (and a report's paragraph going on with what its body also did: "同时,配合技术监督分局多次开展特种设备安全隐患排查,配合企业发展局对…"
# (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/0310/26884.html))
_UNNAMED_HELPER = re.compile(r"^(?:积极|主动|全力)?配合(?P<lead>[^，,。；;]{2,40}?)(?:多次|先后|积极)?(?=开展|做好|进行|实施|完成|对[^，,。；;]{1,30}?(?:开展|进行))")
_ALSO = re.compile(r"^同时[，,](?=(?:积极|主动|全力)?配合)")


def _helping_unnamed(sent: str) -> Roles | None:
    m = _DEPLOYED_HELP.match(sent) or _UNNAMED_HELPER.match(sent)
    leads = [x for x in re.split(r"[、和及与]", m["lead"]) if x] if m else []
    if not (leads and all(is_unit(x) for x in leads)):
        return None
    return Roles.of((leads, []))


# a report's sentence of the body organising an exercise or a campaign, then a sentence of who took part: "1月25日,银河镇组织开展综合
# 应急演练活动。县应急管理局局长刘绍萍、镇应急分队全体人员、镇派出所、森林防灭火半专业队伍及消防专职队全体人员参加。" (http://xianyu.
# chinaxiaokang.com/xianyuzhanshi/luxi/jigou/2021/0130/4234503.html; tasks44: the organiser leads, the bodies taking part
# cooperate less their staff, the bureau head a person); never a meeting (组织召开…会议 is no task)
_ORGANISED_EVENT = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|中午|下午|晚上?)?[，,]?|近日[，,]?|日前[，,]?)?"
                              r"(?P<subj>[^，,。；;“”《》]{2,20}?)(?:组织开展|组织|举行|举办)(?:了)?[^，,。；;]{2,30}?"
                              r"(?:演练|专项行动|集中行动|联合行动|检查|整治|巡查)(?:活动)?[。；;]?$")
# (leaders attending first, then the bodies: "5月26日中午,白云寺镇举行2023年防灾减灾抗旱防汛应急演练。镇党委书记梁付营、镇长陈灿出席活动,
# 全体应急管理人员、派出所、供电所、卫生院等参与演练。" (http://m.worldreviewdaily.com/dfbm/xzdt/33454.html))
_TOOK_PART_LIST = re.compile(r"^(?:[^。；;，,]{2,40}?出席(?:活动|仪式)?[，,])?(?P<list>[^。；;：:]{4,160}?)(?:等(?:单位|部门)?)?(?:共同)?"
                             r"(?:参加|参与)(?:了)?(?:演练|活动|此次演练|本次演练)?[。；;]?$")
_PART_STAFF = re.compile(r"(?:全体|相关|部分)?(?:工作人员|人员|队员|干部职工|干部|职工|民兵)$")
_PART_PERSON = re.compile(r"(?:局长|副局长|主任|副主任|书记|队长|所长|站长|镇长|乡长|县长|区长)[\u4e00-\u9fff]{2,3}$")


def attended_after(prev: str, sent: str) -> Roles | None:
    """X组织开展…演练。A、B人员、C…参加。: X leads, the bodies taking part cooperate (persons dropped)."""
    m, t = _ORGANISED_EVENT.match(prev), _TOOK_PART_LIST.match(sent)
    if not (m and t and is_unit(m["subj"])) or re.search(r"会议|座谈|培训", prev):
        return None
    bodies = []
    for item in (x for x in re.split(r"[、，,]|及|和", t["list"]) if x):
        if _PART_PERSON.search(item):
            continue
        body = _PART_STAFF.sub("", item)
        if is_unit(body) or body.endswith("队伍") and len(body) >= 4:
            bodies.append(body)
        elif body != item or is_generic(body):
            continue
        else:
            return None
    if not bodies:
        return None
    return Roles.of(([m["subj"]], []), ([x for x in bodies if x != m["subj"]], []))
