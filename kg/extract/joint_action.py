"""News of a joint action: a county, town or street item reporting that one body acted together with others —
"县教体局联合公安、城管、市场监管、烟草专卖等部门开展…整治行动", "县综治办牵头组织公安、城管…等综治成员单位,开展了…",
"由市农业农村局联合市食药监、市公安局等多部门联合开展…", "云霄县安办牵头联合应急局、消防大队、公安交警大队,抽调…组成…",
"…保卫处组织沈阳市公安局文保分局…等单位成立联合安全检查组" — the body before the verb leads, the bodies named after
it cooperate (fresh3's 屏边 / 龙华 rules); and "县教委、县公安局、县市场监管局等部门联合开展…" with no lead: all cooperate
(fresh3's 略阳 rule), as do "A、B、C组成联合检查组" and "A与B…联合执法"; "X还将牵头Y、Z等部门" (牵头 with its object) and
"X…,并牵头Y…" (the subject carried from the clause before) lead X; "各乡镇要配合X、Y开展…" and "X在其他部门的协同管理下"
name who is helped (X leads).
This module reads the sentences of a body acting with others (joint_action) and of a list acting with no lead
(joint_without_lead, listed_actors, composed_group, organised_*); the list reader is joint_lists, the lead reader joint_leads, and the 与
sentences (joint_partners), who is helped (joint_assisted) and unled groups (joint_groups) have their own modules."""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic
from kg.extract.joint_lists import (FIELD_NAME, _TAIL, _bodies, _comma_as_pause, _cooperating, _list_items, _named_closed_by_comma, _unit,
                                    commas_closed)
from kg.extract.joint_leads import (_ADVERB, _BY, _CARRIED, _LEAD_IN, _LED_BY_HEAD, _OFFICIAL, _TOWN_POINTED, _lead, _list_without_when,
                                    opening_lead, without_when)
from kg.extract.joint_groups import _linked_up, _person_led_group
from kg.extract.news_charges import teams_arranged

__all__ = ["action_taken_part_in", "composed_group", "experts_organised", "joint_action", "joint_without_lead", "led_team", "listed_actors",
           "organised_alone", "organised_jointly", "partners_without_subject", "staff_together"]


# the verbs by which one body draws others into its action
# ("镇应急办牵头,联合公安、消防…" and "县应急管理局还将牵头商务、市场监管等部门": 牵头 taking the bodies it leads as its
# object, fresh13's 房县 / 安乡 rule)
# (协同 / 协调 taking the partners as object: "…派出所协同镇市场监管所等相关部门,对…开展" (fresh18's 干汊河),
# "三原县自然资源局协调住建局、水利局组织召开了…会" (fresh18's 三原); _cooperating still wants bodies and an action after them)
# (联动 taking the partners as object: "平武县市场监督管理局联动县综合行政执法局、县卫健局开展…联合巡查" (fresh21's 平武);
# "A、B联动开展" has no partner after it and stays a group's marker)
# (a body sending its staff along with the partners: "济宁市中区南苑街道组织工作人员联合综合执法、公安、工商等部门,对…"
# (http://gjhbw.com/info/detail/49-14563.html): 组织…人员联合 is one verb, the staff no partner)
# (联络 taking the partners as object: "市农业局执法支队积极联络市公安局、市市场监督管理局、市质监局相关执法部门,…对…进行督查"
# (http://mcjidi.com/ninfo.asp?id=63126))
# (带领 / 率领 taking the partners along: "区体育局已带领区游泳场所夏季开放联席会议成员单位对游泳场所夏季开放进行联合执法检查"
# (fresh20's 闵行, its gold: 带领 as 牵头); a person leading the way is no body: _lead wants units)
# (结合 right after a body's name, as 联合: "绛县市场监管局结合县教体局、县查察院构成结合查抄组" (fresh27's 绛县, a spun copy of 联合…组成
# 联合检查组); "结合实际" names no body and _cooperating finds none)
# (召集 drawing the bodies into an action, as 组织: "江西省新干县政府…及时召集县公安、国土、林业、城管、交警、报社、电台及相关乡镇部署安排,
# 开展…" (fresh31's 新干, its gold: the government leads, the convened bodies cooperate); a meeting it calls them to is none)
# (邀请 drawing the bodies into a joint strike: "安监局邀请京九办事处、工商分局、行政执法大队联合出击,…对40多家非法生产非煤矿山分别
# 进行了处罚" (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/0310/26884.html: the body that invites leads);
# only with 联合 after the invited, never guests invited to a meeting)
_VERB = re.compile(r"邀请(?=[^，,。；;]{2,60}?联合)|组织[\u4e00-\u9fff]{0,4}?(?:人员|干部|力量)联合|牵头组织|牵头[，,]?联合|牵头[，,]?会同|组织协调|协调组织|联合|会同|协同|协调|联动|联络|组织|召集|责成|[带率]领|牵头(?![，,])"
                   r"|(?<=[局委办所队站心院厅])结合(?=[省市县区镇乡])")


def _with_shared_place(text: str, lead: list[str], partners: list[str]) -> list[str]:
    """The lead's place kept where a partner prints the same place: "郑州市中原区百花艺术小学联合郑州市中原区市场监管局林山寨所"
    (fresh16's 中原区) names both in full, so the city is part of the names, not where a list of short names is."""
    full = without_when(_ADVERB.sub("", _LEAD_IN.sub("", _LED_BY_HEAD.sub("", text))))
    if len(lead) != 1 or full == lead[0] or not full.endswith(lead[0]) or not _unit(full):
        return lead
    place = full[: -len(lead[0])]
    return [full] if any(p.startswith(place) for p in partners) else lead


# a meeting the bodies host: "此次会议由县林业局联合梅山镇政府共同筹办" (https://www.ahjinzhai.gov.cn/public/6596451/37682188.html):
# a meeting is no task
_MEETING_BY = re.compile(r"^(?:本次|此次|这次)?[\u4e00-\u9fff]{0,8}?会议?由")
# what comes between the verb and the bodies it draws in: the aspect mark ("漳浒寨中队联合了交警、公安、社区及物业等多部门",
# fresh26's 漳浒寨) and the drawing of staff from them ("县住建局燃气办牵头抽调建管股、监察大队、质安站成立联合检查组", fresh26's
# 白河; "县商务局牵头抽调公安、消防、市场监管等部门业务骨干组成检查组"): no part of the first body's name
_DRAWN = re.compile(r"^(?:了(?!解)|(?:抽调|调集|召集)(?=[\u4e00-\u9fff]{2}))")


# a bracket counting what a partner brought, after its name: "…执法大队联合街道保洁队(保洁车辆1台,保洁队员3名)对主次干道进行巡查治理"
# (fresh28's 南市): no part of the list
_COUNTED = re.compile(r"(?<=[局委办所队站心院组])[（(](?=[^（）()]*?[\d一二三四五六七八九十]+[台名人辆艘个])[^（）()]{2,40}[）)]")


# staff of no named body drawn into the action: "桑植县五道水镇交管站联合相关执法人员开展了路面超限超载执法行动" (tasks28's 五道水;
# its gold: the station leads, the staff are persons); a body's staff ("县林业局工作人员") is its body, read above
_STAFF_ONLY = re.compile(r"^(?:相关|有关)?(?:执法|工作|技术|专业)?人员(?=开展|对|进行|深入|前往|赴|一起|一道|共同)")


_OWN_KIND = re.compile(r"(?:大队|中队|支队|总队|分局|派出所)")


def joint_action(sent: str) -> Roles | None:
    """X联合/会同/组织/牵头组织 A、B…等部门 + the action: X leads, A, B … cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        clause = sent[at:]
        if _MEETING_BY.match(clause):
            continue
        for v in _VERB.finditer(clause):
            if v.start() > 40 or re.search(r"[，,。；;]", clause[: v.start()].rstrip("，,")):
                break
            lead = _lead(clause[: v.start()].rstrip("，,"))
            if not lead and at and _CARRIED.match(clause) and _CARRIED.match(clause).end() == v.start():
                lead = opening_lead(re.split(r"[，,]", sent[:at].rstrip("，,")))
            # (a town pointed back to, the report's subject, drawing named partners in: "2021年度,該鎮會同縣路政執法大隊在轄區範圍內共開展
            # 聯合執法2次" (tasks28's 五道水; its gold: 該鎮 leads as printed); never alone ("该镇积极开展…", tasks71)
            pointed = not lead and v[0] in ("会同", "联合") and bool(_TOWN_POINTED.fullmatch(clause[: v.start()]))
            if pointed:
                lead = [clause[: v.start()]]
            if not lead:
                continue
            # (the counted teams a class arranges are no partners: "…体育厅牵头相关单位安排了5个暗访组、3个办案组…" (fresh52's 海南))
            after = teams_arranged(_COUNTED.sub("", _DRAWN.sub("", clause[v.end():])))
            if v[0] in ("组织", "召集") and _CONVENED_MEETING.match(after):
                continue  # a meeting the body calls its partners to is no joint action
            coop = (_cooperating(after) or _cooperating(_comma_as_pause(after))
                    or _cooperating(commas_closed(after)) or _named_closed_by_comma(after))
            # "宝龙街道组织公服、安监、执法、交通、社区等力量,并联合教育、文体执法,深入…" (http://shareonl.com/xxgk/xwzx/lgyw/
            # jddt/content/post_12053526.html): a second list drawn in right after the first, by the same body, cooperates too
            # (and by 协同 after the comma: "…带队联合A、B和三社区工作人员,协同C、D开展…" (http://www.donghe.gov.cn/ywdt/bmjdxx/202512/
            # t20251209_717440.html))
            # (and by a bare 联合 opening the next clause, no subject of its own: "該鎮會同縣路政執法大隊在轄區範圍內共開展聯合執法2次,聯合交警
            # 部門開展路面執法10余次" (tasks28's 五道水; its gold: one task, both cooperate))
            # (never a group named by the word: "…开展联合检查,联合检查组对北极村游客中心…进行了突击检查" (fresh22's 漠河))
            more = re.match(r"[^，,。；;]+[，,](?:(?:并|还|同时)(?:联合|会同)|(?:联合|会同)(?!执法|检查|整治|行动|督查|巡查|[\u4e00-\u9fff]{0,4}?[组队])|"
                            r"(?:并|还|同时)?协同)(?P<rest>[^。；;]+)", clause[v.end():]) if coop else None
            # (and a list the organised bodies join at once, no comma between: "天水市國土資源局秦州分局組織執法大隊、太京鎮國土所聯合太京鎮政府、
            # 鎮派出所、環衛綜合管理執法所對…依法聯合拆除" (tasks162's 太京, a traditional copy, http://yhg994208.cn/news/qz/
            # 2016081116014510141.htm; its gold: the bureau leads, all five cooperate))
            if coop and not more and v[0] == "组织":
                more = re.match(r"[^，,。；;]+?(?<=[局委办所队站心])联合(?!执法|检查|整治|行动|巡查)(?P<rest>[^。；;]+)", clause[v.end():])
            extra = _cooperating(more["rest"]) if more else None
            if extra:
                coop = (coop[0] + [x for x in extra[0] if x not in coop[0]], coop[1] + [x for x in extra[1] if x not in coop[1]])
            # (the lead's own field among the fields it draws in is itself, no partner: "市应急局…统一协调组织公安、交通、应急、市场监管
            # 部门…开展联合检查" (fresh22's 绵竹; its gold: 应急 is the leading bureau's own field))
            # (only a bureau named by that field alone: "城管交通执法大队联合住建、交通等部门" (fresh23's 夷陵) draws in the 交通 bureau)
            if coop and len(lead) == 1 and (own := [x for x in coop[0] if FIELD_NAME.match(x) and re.fullmatch(
                    rf"(?:[\u4e00-\u9fff]{{2,6}}?[省市州县区旗]|[省市州县区旗])?{re.escape(x)}(?:管理)?[局委办厅]", lead[0])]) \
                    and len(own) < len(coop[0]):
                coop = ([x for x in coop[0] if x not in own], coop[1])
            # (the body's own staff, named by its kind: "东京城分局森侦大队认真研判…,组织大队民警开展森林巡防工作" (fresh38's 东京城; its
            # README: one body's own work, an event) — no partner)
            if coop and coop[0] and not coop[1] and all(_OWN_KIND.fullmatch(x) and x in sent[:at + v.start()] for x in coop[0]):
                continue
            if coop and coop[0] and not coop[1] and all(_COUNTED_TEAMS.match(x) for x in coop[0]):
                continue
            if coop and coop[0] and pointed:
                return Roles.of((lead, []), coop)
            if pointed:
                continue
            if coop:
                lead = _with_shared_place(clause[: v.start()].rstrip("，,"), lead, coop[0])
                return Roles.of((lead, []), coop)
            if v[0] == "联合" and (_BUSINESS.match(after) or _STAFF_ONLY.match(after)):
                # businesses (or staff of no named body) taken along are no units: the body leads alone
                return Roles.of((lead, []))
            # the bodies drawn in named only as many departments: "X(下称Y)牵头组织多部门协作、联勤联动开展…" (tasks31's 海口,
            # http://kingfishertimes.com/zt/14/2022/0601/93931.html): X leads alone, the departments a class
            many = _MANY_DEPARTMENTS.match(after)
            if many and v[0] in ("牵头组织", "组织", "联合"):
                return Roles.of((lead, []), ([], [many["cls"]]))
            classes = _class_partners(after) if v[0] in ("联合", "联动") else None
            if classes is not None:
                return Roles.of((lead, []), ([], classes))
    return None


# the partners a community or street draws in named only by their kind, with the residents and volunteers who join: "黎海社区
# 联合物业及志愿者,重点清理…", "碧海社区联动物业和居民分组作业", "黎苑社区联合“双报到”单位及物业开展全覆盖清扫", "金湖社区…联合共建
# 单位党支部,凝聚…" (https://reportify.cn/news/1214102806944944128, 观山湖区金阳街道; tasks44: the community leads, the kinds
# are generic, persons none): no named body among them, the subject leads alone
_PARTNER_KIND = re.compile(r"^(?:“?双报到”?(?:单位|党组织)|共建单位(?:党支部|党组织)?|(?:小区)?物业(?:公司|企业|服务企业)?|"
                           r"辖区单位|驻区单位|社会组织|"
                           # (the sections a street pairs with its markets or villages: "城市综合管理办联合包抓科室,重点对…进行燃气安全
                           # 督导" (tasks31's 雁塔 小寨路; its gold: the office leads, the sections a class))
                           r"包(?:抓|联|片|保)(?:科室|部门|单位)|"
                           # (a party named by its role in a project or a site, none named: "执法办联合园区管理方组建巡查小组" (fresh50's
                           # 前黄镇, jiangsu_changzhou-wujin-qianhuang-zhen-chengjing-liandong-changxiao.txt:17; fresh47's `四横线施工方`:
                           # generic))
                           r"[\u4e00-\u9fff]{0,6}?(?:管理方|施工方|建设方|运营方|业主方|承建方|物业方|使用方))$")
_PARTNER_PERSONS = re.compile(r"^(?:志愿者|居民|群众|网格员|楼栋长|党员|社区党员|机关党员)(?:[\d一二三四五六七八九十]+余?人)?$")
_KINDS_END = re.compile(r"(?:等多方力量|等力量)?(?:[\d一二三四五六七八九十]+余?人)?(?=[，,]|开展|分组|重点|共同|深入|对|进行|参与|组建|组成|成立)")


def _class_partners(after: str) -> list[str] | None:
    """The kinds of partner drawn in (generic), when the list names kinds and persons only; None otherwise."""
    end = _KINDS_END.search(after)
    if not end or end.start() > 40:
        return None
    items = [x for x in re.split(r"[、和及与]", after[: end.start()]) if x]
    kinds = [x for x in items if _PARTNER_KIND.match(x)]
    if not kinds or not all(_PARTNER_KIND.match(x) or _PARTNER_PERSONS.match(x) for x in items):
        return None
    return kinds


# (and the level they are of: "莲塘社区联合街道多个部门,对辖区的主次干道…开展环境卫生专项整治行动" (https://szbbsapp.sznews.com/
# thread-4088933-1-1.html; tasks39: the community leads, the departments a class))
# X组织A、B等部门召开联席会议 (http://www.zzswgk.cn/article/58467.html; tasks39: a meeting is no task)
# (and the meeting the body calls alone, 组织召开 one verb: "1月20日,省安委办组织召开安全生产巡查专题培训动员会,对巡查工作进行专题培训
# 和部署" (fresh40's 青海 巡查; its README: a meeting is no task) — the meeting's name is no partner)
_CONVENED_MEETING = re.compile(r"^(?:[^，,。；;]{2,60}?(?:等[^，,。；;]{0,8}?(?:部门|单位))?)?(?:召开|举行)(?:了)?[^，,。；;]{0,16}?(?:会议|会|座谈会)(?=[，,。；;]|$)")
# the body's own teams it sends out, counted: "近日,省森防指办公室再次组织5个明察暗访组,对昆明市、…等7个州、市的森林草原防灭火工作
# 落实情况开展了明察暗访" (fresh40's 云南 通报; its README: one body's past narrative, rule 3), "从8月2日起,省政府组成了9个督查组,对全省
# 18个省辖市…进行实地督查" (http://news.xinxuanze.com.cn/2017/shehui_0807/6501.html) — no partner
_COUNTED_TEAMS = re.compile(r"^[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,10}?(?:组|队|小组|专班|工作组)$")


# (or where they work across: "该攻坚小组联合多部门跨区域作战,在海口秀英港、新海港先后查获…" (tasks99's 禁塑; its gold: the group leads,
# read back from 该攻坚小组))
_MANY_DEPARTMENTS = re.compile(r"^(?P<cls>(?:街道|[镇乡区县市]级?)?多(?:个|家)?(?:职能)?部门)"
                               r"(?=协作|协同|联合|共同|联勤|开展|展开|跨(?:区域|地区|省|市|县)|[，,])")


# a report's sentence opening with 联合 / 会同, its subject unprinted: "联合公安、市场监管等部门力量,开展场镇违建专项整治行动"
# (fresh24's 绵阳 town, whose name the excerpt never prints; its README: no lead, the partners cooperate); only a list closed
# by its 等-phrase, so a plan's "联合有关部门开展…" reads nothing here
_UNPRINTED_SUBJECT = re.compile(r"^(?:联合|会同)(?P<rest>[^，,。；;]{2,60}?" + _TAIL + r")")


# (or a list of two named bodies or more, no 等-phrase, a party named by its role in the site after them, and the work on the spot:
# "会同区城综办、区公安分局交巡警支队石桥铺大队、四横线施工方现场查看四横线及周边,研究解决工地暴露垃圾…" (fresh47
# chongqing_jiulongpo-shiqiaopu-jiedao-guowei-fushen-zhuanxiang-zhengzhi.txt:4; its gold: no lead, the two bodies cooperate, the
# contractor generic; its zh-TW copy prints 查看 as 檢視) — the role-named party is what a plan's "联合有关部门开展…" never holds)
_UNPRINTED_NAMED = re.compile(r"^(?:联合|会同)(?P<list>[^，,。；;等]{4,80}?)(?=现场(?:查看|检视|检查|勘查|核查|督导|办公|处置))")


def _named_and_site_parties(text: str) -> tuple[list[str], list[str]] | None:
    items = [x for x in text.split("、") if x]
    named = [x for x in items if _unit(x) and not is_generic(x)]
    kinds = [x for x in items if x not in named and _PARTNER_KIND.match(x)]
    if len(named) < 2 or len(named) + len(kinds) != len(items):
        return None
    return named, kinds


def partners_without_subject(sent: str) -> Roles | None:
    """联合A、B等部门(力量),开展…: no subject printed, no lead; the partners cooperate."""
    m = _UNPRINTED_SUBJECT.match(without_when(sent))
    coop = m and _cooperating(without_when(sent)[2:])
    if not coop and (named := _UNPRINTED_NAMED.match(without_when(sent))):
        coop = _named_and_site_parties(named["list"])
    if not coop or not coop[0]:
        return None
    return Roles.of(cooperate=coop)


# a body's action that others take part in: "雨山公安分局在長江雨山區水域開展打擊非法捕撈聯動執法巡查行動,雨山區禁捕辦、農業農村水利局、
# 采石街道、城管中隊以及市漁政執法大隊等有關部門參加" (fresh24's 雨山; its README: X leads, the bodies taking part cooperate, as
# 由X牵头…Y参加 reads)
_JOINED_ACTION = re.compile(r"^(?P<lead>[^，,。；;在]{2,30}?)在[^，,。；;]{1,30}?(?:组织)?(?:开展|展开)[^，,。；;]{2,40}?"
                            r"(?:行动|检查|整治|巡查)[，,](?P<coop>[^，,。；;]{2,120}?)(?P<tail>" + _TAIL + r")?(?:共同)?参加(?!了?[^，,。；;]{0,20}?会)")


def action_taken_part_in(sent: str) -> Roles | None:
    """X在…开展…行动,A、B等有关部门参加: X leads, A, B cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _JOINED_ACTION.match(sent[at:])
        lead = m and _lead(m["lead"])
        got = lead and _bodies(m["coop"], bool(m["tail"]))
        if got and got[0]:
            return Roles.of((lead, []), got)
    return None


# the staff of several bodies acting together in a joint action: "市禁捕辦、市農業綜合行政執法支隊、市公安局森警支隊、三區禁捕辦、
# 沿河各街道辦的相關工作人員一起登上了執法船,對…開展聯合執法行動" (fresh24's 邵阳): none leads, the bodies cooperate
# (and staff gathering before they join hands: "新兴街道综合执法中队、市场监管所、安监站、派出所、交警中队的执法人员在文昌菜场东侧集合,
# “联手”对文昌路开展集中整治" (http://nhhistory.zjol.com.cn/nhnews/system/2019/04/10/031577776.shtml))
_STAFF_TOGETHER = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)的(?:相关|有关)?(?:工作|执法)?人员(?:一起|一道|共同|在[^，,。；;]{1,20}?集合)"
                             r"(?=[^。；;]{0,60}?(?:联合|联手))")


def staff_together(sent: str) -> Roles | None:
    """A、B、C的相关工作人员一起…开展联合…: the bodies cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _STAFF_TOGETHER.match(without_when(sent[at:]))
        got = m and _bodies(m["list"], False)
        if got and len(got[0]) >= 2:
            return Roles.of(cooperate=got)
    return None


# a business taken along, no unit: "交管部门联合保险公司强化交通事故“快勘、快处、快撤”" (fresh21's 武汉, its README: the bureau
# leads alone)
_BUSINESS = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:有限公司|公司|集团)(?:等(?:企业|单位)?)?(?=[\u4e00-\u9fff]{2})(?!的|和|及|与|、)")


# also "A、B、C组成联合检查组" (a team the bodies form, fresh13's 恭城 / 青海) and "A、B…等相关职能部门在全县范围内开展…联合宣传
# 整治行动" (崇阳: the joint action named later in the clause)
# (a team of any name: "…组成联合排查整治组" (fresh17's 西城), "由A、B、C及辖区派出所组成集中整治执法工作小组" (fresh17's 船山);
# never a 领导小组, whose members the duty styles read)
# the joint marker before where the bodies act: "武冈市人社局、住建局、总工会等部门联合在全市建筑企业开展…专项检查" (fresh19's 武冈)
# (or before whom they send: "金溪县文化、政法、工商、公安、教育、卫生等部门联合组织执法人员,深入…"
# (http://www.txwb.com/AT/hyzx/wbzx/201207/118668.html))
_WHERE_ACT = r"在[^，,。；;]{1,20}?(?:开展|展开|进行)"
# (the time since the bodies deployed a campaign: "据介绍,自生态环境部、国家林草局等7部门部署开展“绿盾2017”…专项行动以来,…" (fresh30's
# 青海; its README: a joint action with no lead, all cooperate))
_TOGETHER = re.compile(r"^(?:" + _BY + r"|自(?!然)(?=[^，,。；;]{4,80}?以来))?(?P<list>[^，,。；;由]{4,120}?)(?P<tail>" + _TAIL + r")?"
                       # (where they act may list places over commas: "宕昌县局将与岷县、舟曲县局联合在宕昌县八力乡、阿坞乡、两河口乡,岷县
                       # 闾井镇、麻子川,舟曲县东山乡等毗邻区域同时开展专项整治行动" (fresh38's 宕昌))
                       r"(?:联合(?=开展|执法|检查|行动|整治|组成|成立|督查|排查|组织(?!的)|" + _WHERE_ACT + r"|在[^。；;]{1,80}?(?:等|各)[^，,。；;]{0,12}?(?:区域|地区|乡镇|地方)[^，,。；;]{0,8}?(?:开展|展开|进行))|"
                       # (联动 as the joint marker: "县交通运输局、县公安局交警大队联动开展…", "…等部门联动执法")
                       r"(?:协同)?联动(?=开展|展开|执法|检查|整治|督查|排查|巡查|查处)|"
                       # (and before a comma after the closing 等-phrase: "派出所,市场监督所等多部门联动,实行地毯式排查" (fresh27's 莆美))
                       r"(?<=部门|单位)联动(?=[，,])|"
                       r"(?<=部门|单位)(?:联合|共同)?部署(?=开展)|"
                       # (bodies that will host an event hand in hand: "長(zhǎng)白山管委會(huì)、吉林省文化和旅游廳及浙江省杭州市政府將於12月
                       # 至2020年4月,攜手主辦…" (fresh55 jilin_changbaishan-2019-xuewenhua-lvyoujie-converter.txt:1; its README: no lead, all cooperate))
                       r"(?<=[局委办厅府会])(?:将|还将)(?:于[^，,。；;]{1,24}?[，,]?)?(?:在[^，,。；;]{1,20}?)?(?:携手|联合|共同)(?=主办|举办|承办)|"
                       # (bodies working hand in hand: "城管、公安、工商等相关部门通力协作,…综合整治全面启动" (tasks31's 顺义,
                       # http://bj.chinadaily.com.cn/2017-07/04/content_29983543.htm))
                       # (and after the bodies' own names: "石门县林业局执法大队、木材检查站、木材巡查大队和石门县森林公安局紧密配合,采取了…"
                       # (fresh30's 石门))
                       r"(?<=部门|单位)(?:通力|密切|紧密)(?:协作|配合)(?=[，,])|"
                       # (only 配合 there: "行动中,泾川县公安局交警大队城区中队和县交通局密切协作,以…为原则" (fresh16's 泾川) restates the
                       # squad's joint action its gold reads on an earlier line)
                       r"(?<=[局委办所队站心院厅])(?:密切|紧密)配合(?=[，,])|"
                       # (a comma before 组成: "市局林政稽查办和林木种苗管理部门,组成联合检查组对…进行抽查" (fresh30's 金山))
                       # (the bodies' heads forming it: "县委考核办、果业局、农牧局、林业局和等单位负责人组成联合督查组,对…进行了督查指导"
                       # (https://www.chinaqingcheng.gov.cn/zwxx/jjfz/content_8455; tasks44: the bodies cooperate))
                       r"(?:(?<=[局委办所队站心院厅门])[，,])?(?:(?<=部门|单位)(?:主要|分管)?(?:负责人|负责同志))?组成(?!的|[^，,。；;]{0,10}?领导小组)(?=[\u4e00-\u9fff“”]{0,10}?(?:组|队|专班|队伍)(?:[，,。；;]|$|开展|对|赴|前往|深入|在))|"
                       r"(?<=部门|单位|机构)(?=(?:在|从|自)[^，,。；;]{1,12}(?:开展|进行)[^，,。；;]{0,30}联合)|"
                       # (where and how long before the joint marker: "今后城管、交管、公安等部门将在上述区域24小时不间断联合执法" (fresh33's
                       # 北京, http://chinanews.com.cn/gn/news/2008/01-02/1121624.shtml))
                       r"(?<=部门|单位|机构)(?=(?:将|还将|也将|已)在[^，,。；;]{1,24}?联合(?:执法|检查|行动|整治|巡查|巡逻|开展))|"
                       # (bodies setting up a working group: "县纪委、督查局、农业农村局等成立督导组,明察暗访每月通报排名" (http://dzzcxx.com/
                       # news/mqyw/23933.html; tasks44: a group formed to act, all cooperate); never a 领导小组
                       r"(?:(?<=[局委办所队站心院厅门位])|(?<=[局委办所队站心院厅]等))(?:成立|组建)(?![^，,。；;]{0,10}?领导小组)"
                       r"(?=[\u4e00-\u9fff“”]{0,10}?(?:检查组|督查组|督导组|执法组|巡查组|工作组|专班|检查队|执法队|工作队)(?:[，,。；;]|$|开展|对|赴|前往|深入|在|明察)))")
# a place named in such a list stands for its government ("青海省“扫黄打非”办公室、西宁市、海西州文化市场执法局组成…")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}[省市州县区盟旗]$")


def joint_without_lead(sent: str) -> Roles | None:
    """A、B、C等部门联合开展…: bodies acting together, none named to lead, all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        # (a comma for a pause mark inside a list closed by its 等-phrase: "以各村(社区)、片为单位,派出所,市场监督所等多部门联动,实行地毯式
        # 排查" (fresh27's 莆美))
        clause = commas_closed(_list_without_when(sent[at:]))
        m = _TOGETHER.match(clause)
        if not m or _person_led_group(clause):
            continue  # (an official leading the group out: joint_group's reading, the person no body of the list)
        closed = bool(re.search(_TAIL + "$", clause[: m.end()].removesuffix("联合").removesuffix("组成")))
        # "北京城管部门将以…为重点…增加执法力量,与交管、公安等部门组成联合执法组" (tasks31's 北京, http://big5.cctv.com/gate/big5/
        # news.cctv.cn/china/20090916/108544.shtml): a clause opening with 与 goes on with the body the clause before opens
        # with; it forms the group with them (as A与B联合: none leads)
        linked = _linked_up(clause, m)
        if linked:
            return linked
        listed, subject = m["list"], []
        # (a stray 和 before the closing 等-phrase, "…、林业局和等单位负责人", and a bare 等 before 成立: no part of the last name)
        if re.search(r"[和及]$", listed) and m["tail"]:
            listed = listed[:-1]
        if listed.endswith("等") and not m["tail"]:
            listed, closed = listed[:-1], True
        if listed.startswith("与"):
            subject = opening_lead(re.split(r"[，,]", sent[:at].rstrip("，,"))) if at else None
            if not subject:
                continue
            listed = listed[1:]
        got = _bodies(listed, closed) or _bodies_with_places(listed, closed)
        if got and subject:
            got = (subject + [x for x in got[0] if x not in subject], got[1])
        if got and len(got[0]) >= 2:
            drawn = None if subject else _drawn_by_subject(listed, got)
            if drawn:
                return drawn
            return Roles.of(cooperate=got)
    return None


# a subject joint_action's _lead knows no body form of, glued by its verb to the first body it draws in: "长安镇宣教文体旅系统联合水务
# 工程运营中心、公安分局、网格管理中心等部门开展…" (fresh25's 长安, a town's 系统), "交警联合县城市管理行政执法局、县交通局联合执法队成员,…开展
# 集中治理行动" (tasks31's 大厂, a bare 交警): the words before 联合 / 会同 lead, as printed; the bodies after it cooperate (never a name
# of its own holding 联合: 工商业联合会, 联合执法大队, 联合办公室)
_DRAWING_SUBJECT = re.compile(r"^(?P<subject>(?!各|有关|相关|其他)[\u4e00-\u9fff]{2,16}?)(?:联合|会同)(?!会|执法|办公|党委|支部|工会)"
                              r"(?P<first>[\u4e00-\u9fff（）()]{2,24})$")


def _drawn_by_subject(listed: str, got: tuple[list[str], list[str]]) -> Roles | None:
    """The roles of a list whose first name holds the verb by which its subject drew the others in: the subject leads."""
    drawing = _DRAWING_SUBJECT.match(got[0][0])
    if not (drawing and listed.startswith(got[0][0]) and _unit(drawing["first"])):
        return None
    return Roles.of(([drawing["subject"]], []), ([drawing["first"]] + got[0][1:], got[1]))


# a report's subject that is a list of bodies, none named to lead, acting at once: "连日来,市应急管理局、市公安局开展清缴…统一行动"
# (阜新), "市农业农村局、公安局、有关区镇对重点海域开展不间断联合执法巡查" (海安), "江华公安局、应急管理局、市场监督管理局等有关
# 部门和各乡镇按照县人民政府的统一部署,…" (江华), "此次行动由街道卫健办、…、市场监管等多部门联合组建专项治理专班" (杨市),
# "A、B、C,联合开展…" (大杨树, a comma before the verb) — all fresh14; the list closes at the action that follows it
# "建德市城管局、…、交警大队等部门与乾潭镇全体干部分成4组,对…开展了集中整治" (乾潭, fresh15): the bodies 等部门 and a
# town's cadres (the town, as a place stands for its government in a team's list) work side by side, none leads
_TOWN_STAFF = r"(?:全体)?(?:干部职工|党员干部|机关干部|干部|工作人员)"
_ACTORS = re.compile(
    r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r")?(?:(?<=[局委办所队站心院部会处室门位构])[和及](?P<cls>各[^，,。；;、]{1,10}?))?"
    r"(?:(?<=[门位构])与(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))" + _TOWN_STAFF + r")?"
    # (where the bodies go to act, no body of the list: "嘉定区国资委、区应急管理局赴嘉定住房集团开展…检查" (tasks31's 嘉定,
    # http://guozi.jiading.cn/gzdt/content_943490))
    r"(?:(?<=[局委办所队站心院部会处室门位构])(?:赴|前往)[^，,。；;、]{2,20}?(?=开展|展开))?"
    # (an adverb of haste before the action: "随后,执法队、司法所立即开展入户法律法规宣传" (fresh39's 雁翅镇; its README: both cooperate))
    # (and bodies arriving at the scene at once to act there: "副镇长白鹤桥、镇综合行政执法队、司法所、包村组以及村“两委”第一时间到达现场核实具体
    # 情况" (fresh39's 雁翅镇; the person dropped))
    r"[，,]?(?:联合(?=开展|展开|执法|检查|行动|整治|组成|成立|组建|督查|排查|巡查)|(?:立即|随即|迅速|第一时间)?(?=(?:开展|展开)(?!的))|"
    r"(?:立即|随即|迅速|第一时间)(?=(?:到达|赶到|赶赴)现场(?:核实|查看|处置|调查|检查|开展))|"
    # (bodies drawing staff at once: "農業農村廳計財處和農業勘查設計院立即抽調…" (fresh58's 宁夏 converter; its README: no lead, both
    # cooperate))
    r"(?<=[局委办所队站心院部会处室厅處廳])(?:立即|随即|迅速)(?=抽[调調])|"
    # (bodies that drew up or completed a work together in a main clause: "省农业农村厅、省文化和旅游厅组织制定了《…方案》" (fresh58's
    # 辽宁), "北京市农业农村局、北京市财政局组织完成了…评审工作" (fresh58's 北京): joint work, no lead, both cooperate)
    # (and drawn up after study: "市农业农村局、市财政局研究制定了《北京市乡村振兴产业综合发展项目资金管理办法(试行)》" (fresh59
    # beijing_shi-nongyenongcunju-caizhengju-2024-chanye-zonghe-fazhan-zijin-banfa-bjraee.txt:6; its README: both cooperate))
    r"(?<=[局委办所队站心院部会处室厅])(?:共同|联合)?(?=(?:组织|研究)(?:制定|完成|编制|起草)了)|"
    r"(?=分成[一二三四五六七八九十\d]+[个支]?(?:组|队|小组))|"
    # (a long object after a closing 等-phrase and its comma: "兴宁区民生街道办、…、兴宁公安分局等部门,对新华西关路口、人民西关路口、…等
    # 问题开展专项联合整治" (fresh27's 兴宁))
    r"(?:联合)?(?=对[^，,。；;]{1,30}(?:开展|展开|进行)[^，,。；;]{0,20}(?:联合|统一|专项))|"
    r"(?<=[门位][，,])(?=对[^，,。；;]{1,90}?(?:开展|展开|进行)[^，,。；;]{0,20}(?:联合|统一|专项))|"
    r"(?=按照[^，,。；;]{1,20}(?:统一部署|部署|要求))|"
    # (bodies taking part in a joint drill or action: "县消防大队、县森林消防大队参加了协同演练" (https://www.ahjinzhai.gov.cn/
    # public/6596451/37682188.html); never a meeting: 协同 / 联合 before the action)
    r"(?=参加了?(?:协同|联合)(?:演练|行动|检查|整治|执法))|"
    # (bodies closed by their 等-phrase taking part in the work: "天涯区旅游警察、交通运输、市场监督、应急管理、住房与建设等14个相关单位也
    # 参与综合整治" (fresh27's 三亚; its README: functional names kept as printed, all cooperate))
    r"(?<=[门位构])(?:也|均|都|还)?(?:共同|积极)?参与(?=[\u4e00-\u9fff]{0,6}?(?:整治|执法|行动|检查|巡查|治理))|"
    # (bodies closed by their 等-phrase doing one thing together at one place: "英山县应急管理局、县公安局、县消防救援大队、县供销社、县鞭炮
    # 公司等单位在该县一砂料场内将烟花爆竹进行了集中销毁" (fresh45's 英山, a converter copy: hubei_huanggang-yingshan-yingji-guanliju-
    # yanhua-baozhu-jizhong-xiaohui-converter.txt:9; its gold: all cooperate); only with 集中 / 联合 / 统一 before the deed)
    r"(?<=[门位构])在[^，,。；;]{2,20}?(?=(?:将|对)[^，,。；;]{1,20}?(?:进行|开展)了?(?:集中|联合|统一)"
    r"(?:销毁|清理|处置|整治|检查|执法|拆除)))")


# a verb inside the list: the list is no subject but an object ("支持残疾人专门协会和村(社区)残疾人协会开展…", "上级党委、
# 政府及相关部门指导下级党委、政府及相应部门开展…", sample corpus)
# (nor where the bodies go: "…组织应急办安监组、消防事务中心工作人员,前往广东友联钢结构材料有限公司、英德市佐桐化学品有限公司开展企业安全
# 检查" (fresh33's 英德, http://www.yingde.gov.cn/zwgk/zwdt/zjdt/content/post_2066131.html): the companies are the places inspected)
# (nor what is to be set up: "农村要建立护村队、护寨队,开展“十户联防”…" (fresh38's 贞丰): the teams are the objects of 建立)
_NOT_ACTORS = re.compile(r"支持|鼓励|引导|指导|督促|帮助|推动|要求|协调|动员|组织(?!部)|^各|^(?:前往|赴|奔赴|来到|走进|深入)|建立|组建|设立")


# the asking word before the bodies asked: "预算执行结束后,请市发改委、市农业农村委、相关区县(自治县)对照绩效目标开展绩效自评" (fresh57
# chongqing_shi-caizhengju-2020-nongye-kechixu-zhuanxiang-yusuan.txt:13; its README: both cooperate) — no part of the first name
_ASKED = re.compile(r"^请(?=[^，,。；;、]{2,20}、)")


def listed_actors(sent: str) -> Roles | None:
    """A、B(等部门)(和各X) 开展… / 对…开展联合… / 按照…部署 / ,联合…: several named bodies acting, none leads: all
    cooperate (a class joined to them is generic). Read last, when no other style named a lead."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ACTORS.match(_list_without_when(_LEAD_IN.sub("", _ASKED.sub("", sent[at:]))))
        if not m or _NOT_ACTORS.search(m["list"]):
            continue
        got = _bodies(m["list"], bool(m["tail"]))
        if got and len(got[0]) >= 2:
            got = (got[0] + ([m["town"]] if m["town"] else []), got[1] + ([m["cls"]] if m["cls"] else []))
            roles = _drawn_by_subject(m["list"], got) or Roles()
            if roles.empty:
                roles.add("cooperate", *got)
            return roles
    return None


# "连日来,由县民政局、县消防大队、县安监局相关人员组成的联合检查组,对…开展…" (霍山), "汛期(…)由应急管理局、水利局、…各派出
# 一名主管副职,两名业务骨干组成防汛专班" (赞皇) — both fresh15: a working group made up of several bodies' staff, none named
# to lead: all take part (fresh14's 杨市 …等多部门联合组建专班 rule). Only a working group (检查组, 专班, 工作组…), never a
# 领导小组 or 联席会议, whose members and lead the duty styles read.
# (the 等-phrase naming the kinds the bodies are: "由长安镇宣传教育文体旅游办公室、…、新安社区等职能部门、社区组成的检查工作组" (fresh25's
# 长安, its gold: the kinds dropped))
_COMPOSED = re.compile(
    r"由(?P<list>[^，,。；;由]{4,120}?)(?P<tail>" + _TAIL + r"(?:、(?:社区|村居|村|乡镇|街道|学校|企业))?)?(?:的)?(?:相关|有关)?(?:执法|工作|业务|技术)?(?:人员|干部)?"
    r"(?:各(?:派出|抽调|派|抽|选派)[^。；;由]{1,30}?)?(?:等)?(?:共同|联合)?组成(?:的)?"
    # (the team's head count before it: "由公安、城管、…、烟草等部门组成的160多人的执法队伍" (fresh28's 镇雄))
    r"(?:[\d一二三四五六七八九十百]+[余多]?(?:名|人)的?)?[\u4e00-\u9fff“”]{0,10}?"
    # (patrols of two kinds and a team of any name: "由林长办、区公安分局、…等“林长+警长”联勤联动成员单位组成的车巡、步巡队伍" (fresh30's 丰泽))
    r"(?:、[\u4e00-\u9fff]{1,6}?)?"
    r"(?:检查组|督查组|督导组|执法组|巡查组|工作组|专班|检查队|执法队|工作队"
    # (a patrol brigade or team: "成立了由市容办、农业办及综合执法队组成的巡查大队" (tasks31's 武清 城关镇,
    # http://news.big5.enorth.com.cn/system/2016/04/07/030907653.shtml))
    r"|巡查大队|巡查队|(?:检查|巡查|督查)小组|(?<=[巡查检防护])队伍"
    # (a joint enforcement team: "由交警大队、公路局、交通局、农机局等部门组成的联合执法小组分别深入到狮寨镇和京南镇开展…" (tasks162's 苍梧,
    # http://www.pawz.gov.cn/article_show.php?id=16642))
    r"|(?<=联合)执法小组"
    # (a patrol of bodies and persons: "三家館鄉日前成立了一支由鄉政府、鄉綜治辦、村治安積極分子等組成的義務巡邏隊,現已正式開展工作"
    # (http://easyclosetorganizer.com/news/zhengfa/zhengfa_104578.html; tasks39: the two bodies cooperate, the activists are persons))
    r"|巡逻队|巡逻大队|巡防队"
    # (a check's acceptance team and a forest patrol: "由自治区水利厅、兵团水利局、自治区水政监察总队等单位组成的验收组,对…进行验收"
    # (https://p2.ttnews.xyz/a/5b114fc67943e3038873afd6), "由白玉县公安局食药环森大队和辖区派出所民辅警共同组成的巡护队" (http://www.
    # 5aisb.com/internet/2023/0319/10971.html; tasks44: the bodies cooperate, the station covering the area generic))
    r"|验收组|巡护队)")


# the group named first, then who makes it up: "联合执法检查组由市公安局川汇分局、区卫健委、…、区文旅局等单位工作人员组成,持续检查…"
# (http://zhld.com/szb/pc/col/202201/19/content_158102.html); a working group only (a 领导小组's or 专班's members are no
# action: "…专班执法队…由交警、市场监管、城管、治安巡逻队员组成" names persons)
_GROUP_THEN_MEMBERS = re.compile(
    r"(?:检查组|督查组|督导组|执法组|巡查组|工作组|检查队|执法队|工作队|巡查大队|巡查队|(?:检查|巡查|督查)小组)由(?P<list>[^，,。；;由]{4,120}?)"
    r"(?P<tail>" + _TAIL + r")?(?:的)?(?:相关|有关)?(?:执法|工作|业务|技术)?(?:人员|干部)?(?:共同|联合)?组成(?=[，,]?(?:持续|先后|分别|对|开展|深入|前往|赴|在))")


# an office or group two bodies or more set up together: "燃气专项治理联合检查办公室由市公安局与市公用事业局联手成立" (fresh28's
# 保定), "…由A、B共同组建"
_FOUNDED_BY = re.compile(r"由(?P<list>[^，,。；;由]{4,80}?)(?P<tail>" + _TAIL + r")?(?:联手|共同|联合)(?:成立|组建|设立)")


def composed_group(sent: str) -> Roles | None:
    """由A、B、C(相关人员 / 各派出…)组成的检查组 / 专班: the bodies making up a working group all cooperate."""
    m = _COMPOSED.search(sent) or _GROUP_THEN_MEMBERS.search(sent) or _FOUNDED_BY.search(sent)
    if not m or _NOT_ACTORS.search(m["list"]):
        return None
    got = _bodies(m["list"], bool(m["tail"]), generic_ok=True)
    # (one named body with the station covering the area: the team is still theirs; the class generic)
    if not (got and (len(got[0]) >= 2 or got[0] and got[1] and _COMPOSED.search(sent))):
        return None
    return Roles.of(cooperate=got)


# "此次行动分两个检查组,分别由局党组成员贾虹带领综合行政执法队一中队、对竹片区,联合对竹镇政府、派出所对…" (汾西, fresh15): an
# official leads a team of bodies and joins others; the persons are no units, the bodies of the team lead, the partners
# cooperate. Only where the one who leads is a person (a title and a name): "X局带领…" is the bodies' own joint work.
_LED_TEAM = re.compile(r"(?:^|[，,])(?:分别)?由?(?P<who>[^，,。；;由]{2,30}?)带领(?P<team>[^，,。；;]{2,60}?)[，,]?(?:并)?联合"
                       r"(?P<partners>[^，,。；;]{2,80}?)(?=对|开展|进行|前往|赴|深入|在|[，,])")


# a team's part named by its area ("对竹片区", "勍香片区"): a body of the team, as its squadrons are
_AREA_TEAM = re.compile(r"^[\u4e00-\u9fff]{2,4}片区$")


def led_team(sent: str) -> Roles | None:
    """(分别由)局党组成员贾虹带领A、B,联合C、D…: A and B lead, C and D cooperate."""
    m = _LED_TEAM.search(sent)
    if not (m and _OFFICIAL.search(m["who"])):
        return None
    team = _list_items(m["team"])
    if not team or not all(_unit(x) or _AREA_TEAM.match(x) for x in team):
        return None
    partners = _bodies(m["partners"], False)
    if not partners:
        return None
    return Roles.of((team, []), partners)


def _bodies_with_places(text: str, closed: bool) -> tuple[list[str], list[str]] | None:
    """The bodies of a team's list in which a place stands for its government (at least one named unit beside it)."""
    items = _list_items(text)
    places = [x for x in items if _PLACE.match(x)]
    if not places or len(places) == len(items):
        return None
    rest = _bodies("、".join(x for x in items if x not in places), closed)
    return ([x for x in items if x in places or x in rest[0]], rest[1]) if rest else None


# A single body's reported deed is an event, not a task (the integrator's convention, stop 24, rule 3; benchmarks/data/
# other_districts/README.md, "A body's own action: task or event"): "金山区林业站于2018年5月,在全区范围内组织开展了…专项行动"
# (fresh30), "近日,代力吉镇扎实开展林草资源巡查监管工作" (fresh35), "香格里拉市市场监督管理局周密部署,组成专项整治小组,对经营户开展…"
# (fresh32), "市农业农村局对宣州区秋季秸秆禁烧工作开展督导检查" (fresh25), "一是由区城管委领导带队检查了…" (fresh35), "郑州市安委会…
# 专项巡查组由…带队,…开展了为期三天的专项巡查" (fresh35), "霞寨镇组织工作人员对…进行拆除" (fresh33) — the readers stop 19–23 wrote for
# them (`_ORGANISED_ALONE`, `_REPORTED_ALONE`, `_INSPECTED_ALONE`, `_TEAM_LED`, …) were removed with their gold tasks. Two kinds of
# line stay a task of one body, for a word that charges it or a duty it hands down:
# - the body named by 由 as the one that sets up the teams for the work: "由海口市农贸市场、大型商场环境秩序整治工作领导小组办公室成立4个
#   巡查小组,每月2次对40个农贸市场整治情况进行巡查评比" (fresh32's 海口; rule 2, 由X);
# - the body sending its notice down to a class of bodies: "一是区安委会办公室对各成员单位下发《关于做好…的通知》,要求各成员单位要…",
#   "二是安监环保局对各企业单位下发《企业复工复产的安全要求》" (fresh35's 安庆经开区: a duty handed down, as a 责任书 is, rule 6).
_FORMED_BY = re.compile(r"^由(?P<by>[^，,。；;由“”《》]{3,40}?)"
                        r"(?:成立|组成|组建)了?(?:[\d一二三四五六七八九十]+个)?[\u4e00-\u9fff]{0,6}?(?:小组|工作组|检查组|巡查组|督查组|专班)"
                        r"[，,](?:[^，,。；;]{0,12}?)对[^，,。；;]{2,40}?(?:开展|进行)")
_SENT_DOWN = re.compile(r"^(?P<subj>[^，,。；;“”《》由对向要将应须拟]{3,24}?)(?<![组班行])(?:对|向)(?:各|全[省市区县镇乡])[^，,。；;“”《》]{0,16}?"
                        r"(?:下发|印发|转发|发出)了?《")
_PREAMBLE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午)?|近日|日前|近期|连日来|(?:根据|按照|为)[^，,。；;]{2,40})$")
# (a report's points opened by the body that set them, "经开区安监环保局要求,一是区安委会办公室对…" (fresh35's 安庆经开区): the first
# point read from its own number on)
_POINTS_SET = re.compile(r"^[^，,。；;]{2,30}?(?:要求|部署|安排)$")
_POINT_OPENING = re.compile(r"[一二三四五六七八九十]是")


def _sent_down(sent: str) -> re.Match | None:
    """X对各…下发《…》 at the sentence's start, after its date / 根据 / 为 clauses, or after `X要求,一是`."""
    at = 0
    for clause in re.split(r"[，,]", sent):
        if m := _SENT_DOWN.match(sent[at:]):
            return m
        after = at + len(clause) + 1
        if _POINTS_SET.match(clause) and (p := _POINT_OPENING.match(sent, after)):
            return _SENT_DOWN.match(sent[p.end():])
        if not _PREAMBLE.match(clause):
            return None
        at = after
    return None


def organised_alone(sent: str) -> Roles | None:
    """由X成立N个…小组,…对…进行 (X named by 由) and X对各…下发《…》 (a duty handed down): X leads, alone. A single body's
    reported deed with no such word is no task (stop 24, rule 3)."""
    if (m := _sent_down(sent)) and (lead := _lead(m["subj"])) and len(lead) == 1:
        return Roles.of((lead, []))
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        f = _FORMED_BY.match(sent[at:])
        if f and _unit(f["by"]) and not is_generic(f["by"]):
            # (a leading group's office named with the fields of its work keeps its 、: one body, as printed)
            return Roles.of(([f["by"]], []))
    return None


# a body and the departments with it, each organising its share: "此次评选是由辽宁省农委等相关部门分别组织专家,对各市推荐的…进行评审"
# (fresh30's 辽宁; its README: `由X等相关部门分别组织`, the one named body cooperates): none leads, the class joined to it generic
_ORGANISED_JOINTLY = re.compile(r"^" + _BY + r"(?P<list>[^，,。；;由]{2,60}?)(?P<tail>等(?:相关|有关)(?:职能)?(?:部门|单位))"
                                r"(?:分别|共同|联合)组织")


def organised_jointly(sent: str) -> Roles | None:
    """由X(、Y)等相关部门分别/共同组织…: the bodies named cooperate, none leads."""
    m = _ORGANISED_JOINTLY.match(sent)
    got = m and _bodies(m["list"], True)
    if not (got and got[0]):
        return None
    return Roles.of(cooperate=(got[0], got[1] + [m["tail"][1:]]))


# bodies organising experts together for a review, none named to lead: "自治区工业和信息化委、科技厅、发展改革委组织专家对申报自治区级
# 研发中心认定的企业进行评审" (fresh41's 广西 研发中心; its README: the issuers' joint procedure, all cooperate), "省工信厅、省财政厅组织
# 专家对申报企业进行评审" (河北 技术创新示范企业 公示, http://www.zkyjcjx.com/policy/view?id=1123): two named bodies at least, at the
# sentence's start or a clause's; one body organising experts is its own procedure (rule 3: no task)
# (the list closed by 等部门 and a comma, the experts of named fields: "省生態環境廳、…、省金融辦等部門,組織相關行業、領域專家,對…進行
# 了資料復核" (fresh44's 河南))
_EXPERTS_ORGANISED = re.compile(r"^(?P<list>[^，,。；;：:“”《》由]{4,120}?)(?:等部门[，,])?(?:共同|联合)?组织(?:有关|相关)?"
                                r"(?:[^，,。；;：:]{1,8}?)?专家[，,]?(?=对|进行|开展|评审|论证|审核)")


def experts_organised(sent: str) -> Roles | None:
    """A、B(、C)组织专家对…进行评审: the bodies named cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _EXPERTS_ORGANISED.match(sent[at:])
        got = _bodies(m["list"], False) if m else None
        if got and len(got[0]) >= 2 and not got[1] and all(_unit(x) and not is_generic(x) for x in got[0]):
            return Roles.of(cooperate=(got[0], []))
    return None
