"""Sentences naming who is helped in a joint action: "各乡镇要配合X、Y开展…" and "X在其他部门的协同管理下" lead X (assisted_leads,
assisted_by); "由X牵头,A、B分别负责…" leads X, the bodies of the later clauses cooperating (led_shares)."""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic
from kg.extract.joint_lists import _NOT_BODY, _TAIL, _bodies, _list_items, _unit
from kg.extract.joint_leads import _BY, _WHEN, _lead, named_after_me, opening_lead, without_when
from kg.extract.joint_groups import joint_group
from kg.extract.joint_action import composed_group, joint_without_lead

__all__ = ["assisted_by", "assisted_leads", "led_shares"]


# "各乡镇要配合辖区管理交通的派出所、交警中队开展农村道路交通秩序整治工作": the helpers before 配合, the bodies they assist
# after it — those lead (fresh13's 苍溪 rule); a qualifying phrase before the bodies ("辖区管理交通的") is no part of them
# ("决定由拉萨市林草局配合自治区动植物检疫所、拉萨市市场监督管理局对…一事进一步详细调查处置" (fresh30's 西藏): 由 before the helper, and
# the action an inquiry)
# (还 / 也 between the helpers and their word: "大武口区执法队和惠农区执法队还积极配合辖区政府和相关部门进行关停取缔矿山企业的资产清查工作"
# (fresh53's 贺兰山, ningxia_guotu-ziyuan-zhifa-jianchaju-2017-helanshan-baohuqu-kuangshan-zhuanxiang-zhengzhi.txt:10; its gold: both
# teams cooperate, the helped classes generic))
_ASSISTED = re.compile(r"^(?:决定)?由?(?P<helpers>[^，,。；;由]{2,30}?)(?:还|也|同时)?(?:要|应当|应|须|将)?(?:在各自职责范围内|按照职责分工|依据各自职责)?"
                       # (协助 as 配合, before a check the helped body runs: "城管科协助执法中队检查早市结束时间、道路清扫情况" (tasks76's 西安
                       # 街道, http://m.news.wmxa.cn/n/201408/141080.html: the squad leads, the section cooperates))
                       r"(?:积极|主动|全力|密切)?(?:配合(?:好)?|协助(?=[^，,。；;]{2,30}?(?:检查|对)))"
                       # (the words up to 的 before the helped are no part of them, never across the 对 that opens what the helped
                       # act on: "合作区综合执法大队协助浪头镇对安民山公园的露天小市场…实施拆除" (fresh38's 丹东 合作区))
                       r"(?:[^，,。；;的对]{0,12}的)?(?P<leads>[^，,。；;的]{2,60}?)(?=开展|做好|进行|实施|完成|抓好|落实|(?<=[队局所站办])检查|"
                       # (a rule or list the helped body draws up: "昌平分局配合昌平区发展改革委制定了“昌平区产业发展负面清单”" (fresh56
                       # beijing_shi-gongshangju-2014-shangbannian-gongzuo-tongbao-workerbj.txt:2; its README: the helped leads))
                       r"(?:研究)?(?:制定|起草|编制|修订)|"
                       # (the helped guiding the businesses of their area: "沙坪坝区市场监管局配合属地镇街指导市场主体暂停营业" (fresh34's 沙坪坝))
                       r"(?:指导|督促)(?=[\u4e00-\u9fff]{2,12}?(?:主体|经营户|商户|企业|单位|业主))|"
                       # (the helped bodies before what they act on: "县商务局配合县市场监管局对全县加油站开展…")
                       # (an object printed at length: "…等单位对位于石龙镇永兴村一处占用基本农田违建图斑(卫片图斑号HN45088120230226
                       # 03130348)进行依法拆除" (fresh39's 桂平))
                       r"对[^，,。；;]{1,60}?(?:开展|进行|实施|调查|处置|查处|核查)|"
                       # (and where they act: "道里区各镇政府、街道办事处将配合中庆燃气公司在辖区内做到燃气入户安全检查全覆盖" (fresh29's 道里))
                       r"在[^，,。；;]{1,16}?(?:开展|做好|做到|进行|实施|完成)|"
                       # (a comma before the work: "南明大队配合区城市管理局、区交管分局,制定完善“严管街”管理标准" (fresh27's 贵阳))
                       r"[，,](?:制定|研究|开展|做好|进行|实施|完成|落实|建立|推进))")
# the body that organised the work printed first: "在金乡镇人民政府的组织下,县综合行政执法局金乡中队配合金乡镇城镇综合管理中心、
# 交警队、…、村镇办等相关职能部门,以及民工与保安共计200余人对辖区内违建宗祠进行拆除" (fresh27's 金乡; its README: the organiser
# leads, the helper and the bodies it assists cooperate, as fresh24's / fresh26's organiser rule reads); the assisted bodies run
# to the first comma, a closing 等-phrase dropped
_ORGANISED_BY = re.compile(r"^在(?P<org>[^，,。；;在的]{3,30}?)的(?:统一)?(?:组织|领导|部署|指挥|统筹)(?:协调)?下[，,]?"
                           r"(?P<helpers>[^，,。；;]{3,30}?)(?:积极|主动|全力|密切)?配合(?P<assisted>[^，,。；;]{2,80}?)(?=[，,。；;]|$)")


def _organised_assist(sent: str) -> Roles | None:
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ORGANISED_BY.match(sent[at:])
        if not m:
            continue
        org, helpers = without_when(m["org"]), _list_items(m["helpers"])
        tail = re.search(r"(?:" + _TAIL + r")$", m["assisted"])
        assisted = _bodies(m["assisted"][: tail.start()] if tail else m["assisted"], bool(tail))
        if not (_unit(org) and helpers and all(_unit(x) for x in helpers) and assisted and assisted[0]):
            return None
        return Roles.of(([org], []), (helpers + [x for x in assisted[0] if x not in helpers], assisted[1]))
    return None


# a report's words for what comes next, before the helpers: "下一步,道里区各镇政府、街道办事处将配合…" (fresh29's 道里)
# (and the day of a report's entry: "13日,合作区综合执法大队协助浪头镇对…实施拆除" (fresh38's 丹东 合作区))
_NEXT_STEP = re.compile(r"^(?:下一步|下步|今后|同时|(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上?|凌晨)?)[，,]")



# the force the helper sends, printed between it and 配合: "为严守耕地红线,…,2023年10月24日,桂平市自然资源局国土资源执法监察大队出动执法
# 人员6人,车辆1台,配合西山镇政府、西山镇综合执法大队对…进行依法拆除" (fresh39's 桂平, both items): the count clauses dropped, the helper's
# clause is read from its start (a purpose and a date before it are no part of it). A dispatch with no 配合 after it ("旧镇镇重拳出击,出动
# 执法人员30名、执法车辆8辆、铲车1部,对…进行强制拆除") is no help given
_DISPATCHED = re.compile(r"(?<=[\u4e00-\u9fff])出动[^，,。；;]{0,12}?\d+(?:余|多)?[人名](?:次)?"
                         r"(?:[，,、][\u4e00-\u9fff]{0,6}?\d+(?:余|多)?[台辆部](?:次)?)*[，,](?=(?:积极|主动|全力|密切)?配合)")


def _helper_after_dispatch(sent: str) -> re.Match | None:
    d = _DISPATCHED.search(sent)
    if not d:
        return None
    clause_at = max(sent.rfind("，", 0, d.start()), sent.rfind(",", 0, d.start())) + 1
    return _ASSISTED.match(sent[clause_at : d.start()] + sent[d.end():])


_SET_UP_THEN_HELPS = re.compile(r"(?:挂牌)?(?:成立|设立|组建)(?:了)?(?P<body>[^，,。；;成设组]{2,20}?)[，,](?=(?:积极|主动|全力)?配合)")


_HELPER_UNPRINTED = re.compile(r"^(?:积极|主动|全力)?配合(?P<leads>[^，,。；;的对]{2,30}?)(?=印发|制定|出台|起草|编制)")


def assisted_leads(sent: str) -> Roles | None:
    """X要配合Y、Z开展…: Y and Z lead; X helps (a class: generic; named units: cooperate). 在W的组织下,X配合Y、Z…: W leads,
    X, Y and Z cooperate."""
    organised = _organised_assist(sent)
    if organised:
        return organised
    m = _ASSISTED.match(_NEXT_STEP.sub("", sent)) or _helper_after_dispatch(sent)
    # (a later clause opening with 由 names its own helper: "…沟通汇报了相关情况,决定由X配合Y、Z对…调查处置" (fresh30's 西藏))
    for c in re.finditer(r"[，,](?=(?:决定)?由)", sent) if not m else ():
        m = _ASSISTED.match(sent[c.end():])
        if m:
            break
    # (or the body a clause before sets up, helping in the next: "在12个乡镇农牧业技术推广服务中心挂牌成立林草工作站,配合乡镇综合行政执法队
    # 开展林草领域行政执法的辅助性工作等职能" (tasks50's 阿荣旗, neimenggu-arong-qi-weibianban-peihe-qi-sifaju-lincao-zhan-peihe.txt:3;
    # its gold: the squad leads, the stations cooperate))
    if not m and (set_up := _SET_UP_THEN_HELPS.search(sent)):
        m = _ASSISTED.match(set_up["body"] + sent[set_up.end() :])
    # (or no helper printed, the page's own actor helping: "配合旗司法局印发《阿荣旗综合行政执法协作运行工作方案》,推动构建…" (tasks50's 阿荣旗,
    # line 3, a 委编办's report of its own work; its gold: the helped bureau leads, the unprinted helper no record))
    if not m and (unprinted := _HELPER_UNPRINTED.match(sent)):
        leads = _list_items(unprinted["leads"])
        return Roles.of((leads, [])) if leads and all(_unit(x) for x in leads) else None
    if not m:
        return None
    # (a closing 等-phrase after the bodies helped: "配合市农业农村局、石龙镇政府、石龙镇综合执法大队等单位对…" (fresh39's 桂平))
    tail = re.search(r"(?:" + _TAIL + r")$", m["leads"])
    leads = _list_items(m["leads"][: tail.start()] if tail and tail.start() else m["leads"])
    helpers = _list_items(m["helpers"])
    # (a class of body as the helped, whichever covers the place: "X配合属地镇街指导…" (fresh34's 沙坪坝; its gold: no named lead, the
    # bureau cooperates, 属地镇街 generic); named helpers only)
    if leads and all(is_generic(x) and not _NOT_BODY.search(x) for x in leads) and helpers and all(_unit(x) for x in helpers):
        return Roles.of(([], leads), (helpers, []))
    if not (leads and all(_unit(x) for x in leads)):
        return None
    roles = Roles.of((leads, []))
    if all(_unit(x) for x in helpers):
        roles.add("cooperate", helpers, [])
    elif all(is_generic(x) and not _NOT_BODY.search(x) for x in helpers):
        roles.add("cooperate", [], helpers)
    else:
        return None
    return roles


# "新区综合行政执法队凤凰中队在其他部门的协同管理下,一边…一边…": the body acts with others' help; the others (a class here)
# cooperate
_ASSISTED_BY = re.compile(r"^(?P<lead>[^，,。；;在]{3,30}?)在(?P<helpers>[^，,。；;]{2,40}?)的(?:协同|配合|协助|支持|指导)(?:管理|配合)?下")


# the same, the help printed first: "在县公安局、县交警大队的配合下,县交通运输局对…开展" (constructed on the order of
# "在…的配合下" news openings)
# (with no 的, and the help named 协同配合, the lead's campaign opening after it: "近日,在县检察院协同配合下,黎平县环保局执法风暴专项行动
# 正式拉开序幕" (fresh39's 黎平))
_HELPED_FIRST = re.compile(r"^在(?P<helpers>[^，,。；;]{2,40}?)的?(?:大力|积极|全力|密切)?(?:协同配合|协同|配合|协助|支持)下[，,]?"
                           r"(?P<lead>[^，,。；;在]{3,30}?)(?=对|开展|联合|组织|深入|前往|赴|进行|在|于|将会|将(?=继续|持续|进一步)|"
                           r"(?<=[局委办院队所站厅])[^，,。；;]{2,16}?行动(?:正式)?(?:拉开序幕|启动|展开))")


# bodies named by the field of the places they serve: "涉农街道办", "涉海乡镇" — a class
_SERVING_CLASS = re.compile(r"^涉[农林牧渔海河矿][\u4e00-\u9fff]{0,2}(?:街道办事处|街道办|街道|乡镇|镇街|村|社区)$")


# the same, the help printed after the lead's own action: "闵行区市场监管局颛桥市场所结合文明城区创建和大联动工作的要求,冒酷暑对…开展联合
# 整治,在公安、网格中心、环卫等部门的共同配合下,出动20余人,…" (fresh32's 颛桥; its README: the station leads, the fields cooperate); the
# lead is the body the sentence opens with, and a clause before the help reports its action
_HELPED_AFTER = re.compile(r"^在(?P<helpers>[^，,。；;]{2,40}?)的(?:共同|大力|积极|全力|密切)?(?:协同|配合|协助|支持)下(?=[，,]|$)")


def _helped_after(sent: str, at: int) -> dict | None:
    m = _HELPED_AFTER.match(sent[at:])
    before = [c for c in re.split(r"[，,]", sent[:at].rstrip("，,")) if c]
    if not (m and before and re.search(r"开展|进行|展开", sent[:at])):
        return None
    first = next((c for c in before if not _WHEN.fullmatch(c)), "")
    lead = opening_lead([first])
    return {"lead": lead[0], "helpers": m["helpers"]} if lead and len(lead) == 1 else None


# the helpers' own departments standing for them: "在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会…" (fresh40's 乌海; its README:
# the town and the sub-district office cooperate, their 相关部门 stand for them, fresh33)
_THEIR_DEPARTMENTS = re.compile(r"(?<=[镇乡处区县市局委办])的?(?:相关|有关)部门$")


def _their_departments(helpers: str) -> str:
    rest = _THEIR_DEPARTMENTS.sub("", helpers)
    got = _bodies(rest, False) if rest != helpers and re.search(r"[、和及与]", rest) else None
    return rest if got and got[0] and not got[1] else helpers


def assisted_by(sent: str) -> Roles | None:
    """X在Y的协同管理/配合/协助下…, 在Y的配合下,X…, X…开展…,在Y的共同配合下: X leads, Y cooperates (generic when a class)."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ASSISTED_BY.match(sent[at:]) or _HELPED_FIRST.match(sent[at:]) or (at and _helped_after(sent, at))
        lead = named_after_me(without_when(m["lead"])) if m else ""
        if not (m and _unit(lead)):
            continue
        # ("在公安、交警等部门的配合下": fields before a closing 等-phrase are bodies, as in a joint action's list)
        tail = re.search(r"(?:" + _TAIL + r")$", m["helpers"])
        got = _bodies(m["helpers"][: tail.start()] if tail else _their_departments(m["helpers"]), bool(tail), generic_ok=True)
        # ("林草执法中队在各乡镇人民政府和涉农街道办的配合下开展…" (http://xzfxzy.com/News/show/1284231.html): helpers that are
        # all classes — every township, the farming streets — name no unit; the body leads alone)
        if not got and not tail:
            items = re.split(r"(?<=政府)[和及]|[、，,]", m["helpers"])
            got = ([], items) if all(x.startswith("各") or _SERVING_CLASS.match(x) for x in items) else None
        if not got:
            return None
        return Roles.of(([lead], []), got)
    return None


# "本次行动由社区发展办牵头落实,街道总工会、…资产公司和金栅桥村分别负责,城管中队联合参与", "由嫘祖镇村镇办牵头,镇应急办、
# 消防站和镇属天然气公司抽调8名工作人员组成检查专班", "县国土资源局牵头,县发改局、县住建局等部门密切配合": a clause naming
# the lead, then clauses in which the others take their share — each of those cooperates ("公安部门牵头进驻、靠前整治,塘下办事处和
# 赵宅社区属地管理": the lead's clause may name its own action; 属地管理 is a share)
_LED_CLAUSE = re.compile(r"^(?:" + _BY + r")?(?P<lead>[^，,。；;由]{2,30}?)"
                         r"牵头(?:负责|落实|抓总|组织实施|(?!单位|部门)[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2,6})?)?$")
# (负责 only as 分别负责: "由X牵头，Y负责实施" names who does the work, not a share of it)
_SHARE_CLAUSE = re.compile(r"^(?P<list>[^，,。；;]{2,120}?)(?:" + _TAIL + r")?(?:分别负责|(?:共同|联合|密切|积极|全力|主动|紧密)?"
                           r"(?:参与|参加|配合|协助|抽调)|属地管理|属地负责)")


# a body taking part in the action another leads, printed first: "2021年9月9日管理局禁牧专班一行6人深入包头五当召管理站参加了由吉忽伦图
# 苏木牵头,联合包头分局、石拐区自然资源局等相关部门共同开展的禁牧专项行动" (fresh28's 大青山; its gold: the 专班 cooperates, its staff
# count and where it went no part of its name)
_JOINING = re.compile(r"^(?P<who>[^，,。；;由]{2,30}?(?:专班|局|委|办|所|队|站|中心|组))(?:一行[\d一二三四五六七八九十]+人)?"
                      r"(?:(?:深入|前往|到|赴)[^，,。；;由]{2,16}?)?参加了?(?P<by>由)")


def led_shares(sent: str) -> Roles | None:
    """由X牵头(落实), A、B分别负责, C联合参与 / A、B抽调…: X leads, the bodies of the later clauses cooperate."""
    clauses = [c.strip() for c in re.split(r"[，,]", sent.rstrip("。；;"))]
    for i, c in enumerate(clauses):
        joining = _JOINING.match(c)
        if joining:
            c = c[joining.start("by"):]
        m = _LED_CLAUSE.match(c)
        lead = _lead(m["lead"]) if m else None
        if not lead:
            continue
        roles = Roles.of((lead, []))
        if joining and _unit(who := without_when(joining["who"])):
            roles.add("cooperate", [who], [])
        for k, later in enumerate(clauses[i + 1 :]):
            share = _SHARE_CLAUSE.match(later)
            closed = bool(share and re.search(_TAIL + r"\S{0,4}$", later[: share.end()]))
            got = _bodies(share["list"], closed) if share else None
            if not got and k == 0:
                # the next clause a joint group, none of it named to lead: "由区农业综合行政执法大队牵头,区检察院、市场监管局、
                # 公安分局食药环大队联合开展…" (fresh20's 呼兰): the group cooperates with the lead
                # (the lead's verb opening the clause: "由县安委办牵头,联合应急管理局、市场监管局…等多部门组成联合执法组" (fresh28's
                # 宝清): the bodies after it, no verb glued to the first; and a team the bodies' staff form: "由城关区八一街道牵头,
                # 加措社区、…和罗布林卡消防救援大队工作人员组成的联合执法队伍开展…" (fresh28's 拉萨 八一): the 由 governs both clauses)
                # (only after 由: "X牵头,联合A、B…开展" is joint_action's)
                by = bool(re.match(_BY, c))
                if by:
                    later = re.sub(r"^(?:并|共同)?(?:联合|会同|协同)(?=[\u4e00-\u9fff]{2})", "", later)
                group = (joint_without_lead(later + ",") or joint_group(later + ",")  # (this clause only)
                         or (composed_group("由" + later) if by else None))
                if group and not group.lead and group.cooperate and not set(group.cooperate) & set(lead):
                    roles.add("cooperate", group.cooperate, group.generic_cooperate)
                break
            if not got:
                break
            roles.add("cooperate", *got)
        return roles if roles.cooperate else None
    return None
