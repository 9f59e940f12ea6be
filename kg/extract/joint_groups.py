"""A group of bodies acting jointly with no lead: "县教委、县公安局、县市场监管局等部门联合开展…" (fresh3's 略阳 rule), all
cooperate (joint_group); and the group an official leads out (_person_led_group)."""

from __future__ import annotations

import re

from kg.places import county_names
from kg.extract.units import Roles
from kg.extract.joint_lists import (_BARE_PLACE, _BODY_CLASS, FIELD_NAME, _KIND_OF_BODY, _NOT_BODY, _PLACE_ORGAN, _SCOPED_CLASS, _TAIL,
                                    _bodies, _list_items, _unit)
from kg.extract.joint_leads import _BY, _LEADERS, _OFFICIAL, _PERSON_LEADING, _list_without_when, opening_lead

__all__ = ["joint_group", "without_firm_kind"]


# ---------------------------------------------------------------- one reader for a joint group (fresh16)
# A news report's subject that is a group of bodies acting together, none named to lead, in any of the forms one step
# from each other that fresh16 showed: "公安交警、交通、公路部门联合,重点对…" (蓝山: fields sharing one 部门),
# "市交通运输、公安交警联合执法人员持续…" (庆阳), "县路政大队与县公安局交警大队一道,加派…" (大英),
# "县文旅广体局、…、交通运输局等单位分为五组,将对…" (桂阳), "县教科局和县疾病预防控制中心在县电教馆三楼会议室联合举办了…"
# (大竹), "由青海省文化和旅游厅、甘肃省文化和旅游厅联合主办的…" (青海), "市商务局、…、市消防救援支队到盘州市开展…联合检查"
# (六盘水), "该县市场监管局、…和禹源集团文旅投等部门,通过综合施策、联动查处等举措" (积石山), "县卫生健康局、县教育局联合召开了…
# 会议" (郴州); and a place organising the bodies — "博白县组织公安、城市监察、工商等部门执法人员在城区联合开展" (博白),
# "虞城县组织开展了交通、公安联合执法专项治超行动" (虞城): the place is where, no unit; the bodies all cooperate (fresh16's README).
# The reader is one: an opening (由 / 该县 / a place that 组织s), the group (named units, or bare fields from FIELD_NAME,
# with an optional 等-phrase and the staff sent), where it met (在…), and a joint marker.
# (是 before the group that held an event: "今年的春节晚会,是第十三师红星一场和哈密市陶家宫镇合办的" (fresh32's 兵团 page); a mechanism set up
# for the group with no subject: "建立公安、城市管理部门联合执法工作机制" (fresh32's 重庆 plan; its README: the two fields cooperate, named bare))
_GROUP_OPENING = re.compile(r"^(?:(?:按照|根据|依据|依照)(?=[^，,。；;]{4,80}?联合(?:印发|发布|下发|出台)(?!的))|" + _BY + r"|"
                            # (the plan a group issued together, told as what the page carries out: "为全面落实文化和旅游部、国家发展改革委、
                            # 国家体育总局联合印发的《冰雪旅游发展行动计划(2021-2030年)》" (fresh55 jilin_sheng-lvyou-lingdao-xiaozu-2021-
                            # bingxue-lvyou-shishi-fangan.txt:6; its README: each telling a task, all cooperate))
                            r"为?(?:全面|深入|认真)?(?:贯彻)?落实(?=[^，,。；;]{4,80}?联合(?:印发|发布|下发|出台)的《)|"
                            r"是(?=[^，,。；;]{4,60}?合办的)|从(?=[^，,。；;]{4,60}?联合(?:召开|举办|主办)的)|(?:建立健全|建立|健全)(?=[^，,。；;]{4,60}?联合(?:执法|检查|巡查|监管|工作){1,2}机制)|"
                            r"该[县市区镇乡](?=[\u4e00-\u9fff])|(?P<place>[\u4e00-\u9fff]{2,8}?[省市州县区旗])(?:人民政府|政府)?组织(?:开展了?)?)")
# (从 before the group whose event a report learnt from: "近日,从省政府新闻办、省农业农村厅联合召开的新闻发布会上获悉" (fresh48's
# 江西 2019 converter page; its README: joint work with no lead, both cooperate))
# (a plan the group issued together, read after the 按照 that cites it: "按照市市场监管局、市发改委联合印发《…》" (fresh18's 荆门);
# a group acting on its objects: "市文明办、市工商局、市个私协会、市消委联合对47家…示范店授牌" (fresh18's 鄂州); a group of
# named bodies as the subject of 严格按照: "耀州区市场监管局、区放心消费创建办严格按照…要求,扎实开展…" (fresh18's 耀州))
# (a joint mechanism started: "A与B立即启动联合执法机制" (fresh17's 未央); a pair or more that 组织开展 / 评选出 together with
# none named to lead: "省经信厅、省建设厅、省水利厅、省节水办组织开展了" (fresh17's 浙江), "省工信厅、省水利厅评选出" (湖南))
# (a report's 此次联合行动由 before the group: "此次联合行动由镇江市农业农村局、市公安局、镇江海事局、丹徒区农业农村局共同开展"
# (fresh22's 镇江))
# (共同 before the action: "榆中县水务局、公安局共同开展河湖联合执法3次" (fresh21's 榆中); the joint action named after 开展:
# "…、中国海监儋州大队和各沿海镇党委政府等单位将开展联合行动" (fresh21's 儋州))
# (the staff the group sends between 组织 and 开展: "纳金小学和赛康便民警务站组织民(辅)警开展辖区城市“牛皮癣”清理" (fresh32's 拉萨
# converter page; its README: A和B组织开展 has no lead); a group agreeing to set up one body together: "隆德县温堡乡、甘肃省静宁县曹务镇、
# 甘肃静宁县古城镇商议联合成立…联合临时党支部" (fresh32's 隆德); a group holding an event together: "…是第十三师红星一场和哈密市陶家宫镇
# 合办的" (fresh32's 兵团 page, with the 是 of _GROUP_OPENING))
_JOINT_MARK = (r"(?:(?:立即|迅速|随即|及时)?启动联合(?=执法|行动|检查|整治|机制)|(?:共同)?组织开展(?!的)|"
               r"组织[\u4e00-\u9fff（）()]{0,6}?(?:民警|辅警|警|警力|人员|干部|职工|队员)开展(?!的)|(?:商议|协商|商定)?联合(?:成立|组建)(?!的)|合办(?=的|[，,。；;]|$)|"
               # (共同 before the staff drawn or the group formed: "厅属华坪木材检查站将与华坪县林业局、县森林公安局等部门共同抽调人员成立联合
               # 执法工作组" (fresh37's 华坪; its gold: none leads, all cooperate))
               # (共同推进 the work, after the clause of the subject's own way of working: "日喀則市林業和草原局以“政府搭平臺、…”原則,與
               # 市屬國營企業珠峰生態園林綠化有限責任公司共同推進植樹造林工作" (fresh64 xizang_rikaze-shi-linyeju-2021-zhishu-zaolin-tuijin-
               # tyjgjz.txt:11; its README: A與B共同推進 names no lead, both cooperate, fresh31))
               r"共同(?=推进[^，,。；;]{2}|开展|展开|进行|对[^，,。；;]{1,30}?(?:开展|进行)|(?:审核|审定|评审)(?=[，,。；;])|(?:抽调|选派)[^，,。；;]{0,8}?(?:成立|组成|组建)|(?:成立|组成|组建)[^，,。；;]{0,10}?(?:组|队|专班))|(?:将|已)?(?:开展|展开)了?(?:[^，,。；;联]{0,12}?)联合大?(?=执法|行动|检查|整治|巡查|督查|排查)|(?:共同)?(?:评选|遴选|评定)出(?!的)|"
               # (an adverb between: "山东省农业农村厅、省法院、…、省供销社七部门联合接续召开全省会议,安排部署了…" (fresh24 shandong-2025-
               # chungeng-beigeng-nongzi-dajia-qibumen-news.txt:3; its gold: no lead, all seven cooperate))
               r"联合(?:接续|再次|共同)(?=召开|举办|主办|开展)|"
               r"联合(?=执法|开展|展开|检查|行动|整治|督查|排查|巡查|主办|举办|召开|(?:印发|发布|下发|出台)的《|(?:印发|发布|下发|下达|出台|发文)(?!的)(?![^，,。；;]*》的(?:通知|函|批复|意见))|对[^，,。；;]{1,30}?(?:授牌|开展|进行|检查|表彰|通报)|[，,])|(?:一道|一起)(?=[，,]|对[^，,。；;]{1,30}?(?:开展|进行)|开展|到|赴|深入|前往)|"
               # (下达 as 下发, the tasks the group hands down: "国家发展改革委和农业部近日联合下达宁夏回族自治区2011年度退牧还草工程建设任务"
               # (fresh56 ningxia_zizhiqu-fagaiwei-2011-tuimu-huancao-renwu-xiada-99sj.txt:3; its README: no lead, both cooperate))
               # (联动 before a comma: "…、县公安局等部门联动,对…开展"; a notice's title "A、B联合印发《…》的通知" is no action)
               r"(?<![积极主动])联动(?=[，,])|"
               # (连同 the staff or forces of a class, then the deed: "同时,镇住建所、环保所、清拆办连同17个村的保洁员队伍,督导推进"
               # (fresh46's 邢家南镇; its README: the three offices cooperate, the villages' cleaners are a class))
               r"连同[^，,。；;]{1,20}?(?:队伍|人员|力量|干部|队员)[，,]?(?=督导|督促|开展|推进|进行|对|深入)|"
               r"(?<=[局委办所队站心院部厅会])严格(?=按照|依照|落实)|"
               # (bodies gathering their staff: "縣公安局、農業農村局、市場監管局集結執法人員、執法車輛和執法快艇,…同步開展聯合執法"
               # (fresh22's 宿松))
               r"(?<=[局委办所队站心院部厅])集结(?=(?:执法|工作)?(?:人员|力量|队员))|"
               r"(?<=[门位构])配合(?=[，,]?(?:开展|进行|对))|"
               r"分为[一二三四五六七八九十\d]+[个支]?组|分[为成][一二三四五六七八九十\d]+[个支]?(?:联合)?(?:执法|检查|督查|巡查|工作)小?组|到[^，,。；;]{2,12}?(?=开展[^，,。；;]{0,30}联合)|"
               r"(?<=[门位构])[，,](?:通过|采取)[^，,。；;]{0,16}?联(?:合|动)(?=执法|查处|检查|整治))")
# (a class joined after the closing phrase: "县政府办、…、应急管理局等部门及各镇区,分成五个联合执法组" (fresh28's 大城); a comma
# after the closing phrase before where the group acts or how it splits: "梧州市林业、森林公安等部门,在全市范围内联合开展…" (fresh28's
# 梧州); the levels the bodies span: "…和永登、皋兰县草原监督管理站省市县三级联合,深入…" (fresh28's 兰州))
_GROUP = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r"|(?<=[\u4e00-\u9fff]{2})部门)?"
                    r"(?(tail)(?P<cls>[和及]各[\u4e00-\u9fff]{1,6}?(?=[，,]))?(?:[，,](?=在[^，,。；;]{1,16}?联合|分[为成]))?)"
                    r"(?:的?(?:执法|工作)人员)?(?:(?<=[局委办所队站心院])[省市县区乡镇]{2,4}[两二三四五]级(?=联合))?"
                    # (the time of the report after the closing phrase: "自治区经信委、兵团发改委、自治区财政厅、自治区国税局等6部门近期联合下发
                    # 《…通知》" (fresh37's 兵团; as fresh25's 杨凌 "…等五部门联合发布公告": all cooperate))
                    r"(?:(?<=[门位量构])(?:近日|近期|日前))?"
                    # (named bodies acting where, with no joint word: "旗草监所、禁牧办、旗农牧业局综合执法大队在全旗各苏木镇、重点嘎查村开展了
                    # 为期20多天的…宣传活动" (fresh37's 杭锦旗; its README: no lead printed, all cooperate); only with the place
                    # phrase and a campaign named after 开展了)
                    r"(?:(?:在[^，,。；;]{1,16}?)?(?:" + _JOINT_MARK + r")|(?<=[局委办所队站心])在[^，,。；;]{1,16}?开展了"
                    r"(?=为期|[^，,。；;]{0,30}?(?:宣传|检查|整治|巡查|执法)(?:活动|行动)))")
# a closed group whose verb comes after a clause of its own: "商务部、文化和旅游部、…、国家文物局等5部门坚持“优中选优”的工作原则,
# 组织开展了…" (fresh17's 中华老字号): the 等N部门 closes the subject; its 组织开展 / 联合开展 follows the next comma
_GROUP_CARRIED = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r")[^，,。；;]{2,40}?[，,]"
                            r"(?:共同|联合)?(?:组织开展|联合开展)(?!的)")


_GROUP_ITEM = re.compile(r"^[\u4e00-\u9fff（）()]+$")
_GROUP_NOT_SUBJECT = re.compile(r"^(?:通过|经过|随着|在|对|为|据|按照|根据|由于)")


# "县文体广电新闻出版局积极主动与公安、工商等部门配合,开展了…" (fresh16's 贞丰): the adverb between two partners is no part of
# either
_EAGER = re.compile(r"(?<=[局委办所队站心院部])(?:积极主动|积极|主动)(?=与)")


def _place_sharing(item: str, after: list[str]) -> bool:
    """A county printed bare before the next county's body, sharing it: "…和永登、皋兰县草原监督管理站省市县三级联合" (fresh28's
    兰州; kept as printed, as the places before a shared body are); the county must be a known one, with or without its suffix."""
    return bool(after and _PLACE_ORGAN.match(after[0]) and _unit(after[0])
                and (_BARE_PLACE.match(item) or any(item + x in county_names() for x in "县区市旗")))


# a school named without its place, beside a body it acts with: "纳金小学和赛康便民警务站组织民(辅)警开展…清理" (fresh32's 拉萨; its
# README: the school a party, a unit as printed); never a class (各小学, 辖区中学)
_BARE_SCHOOL = re.compile(r"^(?!各|本|所在|辖区|相关|有关|全|该|周边)[\u4e00-\u9fff]{2,6}(?:小学|中学|中心校|中心学校)$")


def _group_bodies(text: str, closed: bool) -> tuple[list[str], list[str]] | None:
    """The bodies of a joint group, or None: a closed group reads fields too (_bodies); an open one only named units and
    known field names."""
    items = _list_items(text)
    # a headline's words before a dash ("联动执法出重拳守护民生保安全——长乐区市场监管局…", fresh13) or a preposition
    # ("通过春节期间县公安局、县应急管理局的联合执法行动", fresh14): the group is no subject
    # ("我厅会同省发展改革委、…等部门(单位),组织开展了" (fresh5): a verb inside the list, whose subject is no body, is no group)
    if any(not _GROUP_ITEM.match(x) or _GROUP_NOT_SUBJECT.match(x) or re.search(r"会同|联合|牵头", x) for x in items):
        return None
    if closed:
        got = _bodies(text, True)
        # (a class joined after the named ones: "…、中国海监儋州大队和各沿海镇党委政府等单位将开展联合行动" (fresh21's 儋州):
        # the class works beside them, the named bodies are the group)
        if got and got[1] and len(got[0]) >= 2 and all(_BODY_CLASS.match(x) for x in got[1]):
            return got
        return (got[0], []) if got and not got[1] else None
    if all(_unit(x) or FIELD_NAME.match(x) or _BARE_SCHOOL.match(x) or _place_sharing(x, items[i + 1:]) for i, x in enumerate(items)) \
            and not any(_NOT_BODY.search(x) for x in items):
        kinds = [x for x in items if _KIND_OF_BODY.match(x)]
        return [x for x in items if x not in kinds], kinds
    # (a class of places joined last, after two named units or more: "由区城管执法局、区城建局、各镇街联合,强化源头管控" (http://m.
    # shadafang.com/c/tj0Z214C3R2018_6.html): the class works beside them, the named bodies are the group)
    named = [x for x in items if not x.startswith("各")]
    if (len(named) >= 2 and items[: len(named)] == named and all(_unit(x) for x in named)
            and not any(_NOT_BODY.search(x) for x in items) and all(_BODY_CLASS.match(x) or _SCOPED_CLASS.match(x) or x.startswith("各") and len(x) <= 6 for x in items[len(named):])):
        return named, items[len(named):]
    return None


# the group an official leads out (the person read by joint_leads' _PERSON_LEADING), closed where it goes or acts
# (the bodies' heads for the bodies: "副縣長張海龍帶領縣政府督查室、執法局、…、三城聯創辦及興國鎮負責人深入…" (fresh46's 秦安; its
# README: the heads stand for their bodies, all cooperate))
_LED_GROUP = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r")?(?:的?(?:(?:执法|工作)人员|(?:主要|相关|分管)?负责(?:人|同志)))?"
                        r"(?:(?<=[局委办所队站心院])一行(?=开展|展开|进行))?"
                        r"(?=到|赴|前往|深入|[，,](?:前往|赴|深入)|对[^，,。；;]{2,30}?(?:开展|进行)|开展|进行)")


def _person_led_group(clause: str) -> tuple[list[str], list[str]] | None:
    who = _PERSON_LEADING.match(clause)
    if not (who and (_OFFICIAL.search(who["who"]) or _LEADERS.search(who["who"]))):
        return None
    m = _LED_GROUP.match(clause[who.end():])
    return _group_bodies(m["list"], bool(m["tail"])) if m else None


def _linked_up(clause: str, m: re.Match) -> Roles | None:
    """"乌当大队与市消防大队、生态文明局、…等单位联动,将夜市摊区经营户引入室内经营" (fresh27's 贵阳; its README: X与A、B…等单位
    联动 leads X, the subject linking up with the bodies it names): one body, then 与 and a list closed by its 等-phrase, then
    联动 (与…联合 stays a group with no lead: fresh3's rule)."""
    tail = m.groupdict().get("tail")
    linked = re.match(r"(?P<x>[^、，,与和及]{3,30}?)与(?P<rest>[^与]+)$", m["list"])
    if not (linked and tail and clause[m.end("tail"):].startswith("联动") and _unit(linked["x"]) and "、" in linked["rest"]):
        return None
    rest = _bodies(linked["rest"], True)
    if not (rest and rest[0]):
        return None
    return Roles.of(([linked["x"]], []), rest)


_HELD_JOINTLY = re.compile(r"主办|举办")  # (after the joint word)


# a partner firm's kind printed before its name, a description and no part of it: "…,與市屬國營企業珠峰生態園林綠化有限責任公司共同推進
# 植樹造林工作" (fresh64's 日喀则 林草局 page :11; its gold: the company as 珠峰生态园林绿化有限责任公司)
_FIRM_KIND = re.compile(r"^(?:[省市州县区]属|[省市州县区]管)?(?:国营|国有|民营|私营|集体)?企业(?=[\u4e00-\u9fff（）()]{4,}?(?:公司|集团|厂)$)")


def without_firm_kind(name: str) -> str:
    """A partner's name without the firm kind printed before it ("市属国营企业X有限责任公司" → "X有限责任公司")."""
    return _FIRM_KIND.sub("", name)


def joint_group(sent: str) -> Roles | None:
    """A group of bodies acting jointly with no lead (see above): all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        clause = sent[at:]
        led = _person_led_group(clause)
        if led and len(led[0]) >= 2 and len(set(led[0])) == len(led[0]):
            return Roles.of(cooperate=led)
        opening = _GROUP_OPENING.match(clause)
        if opening and opening["place"] and _unit(opening["place"]):
            continue  # "县公安局组织…": a body organising others leads (joint_action's reading)
        clause = _list_without_when(_EAGER.sub("", clause[opening.end():] if opening else clause))
        m = _GROUP.match(clause) or _GROUP_CARRIED.match(clause)
        if not m:
            continue
        linked = _linked_up(clause, m)
        if linked:
            return linked
        # (a clause opening with 与 goes on with the body the clause before opens with, as in joint_without_lead: "辽源市公安局精心
        # 组织、缜密安排,与市人大、市政府办共同开展…活动" (fresh32's 辽源; its README: none leads, all three cooperate))
        listed, subject = m["list"], []
        # (only after a clause of the subject's own, no joint action of its own: "青海省与西藏自治区生态环境厅…联合开展…,与甘肃省生态
        # 环境厅…开展联合检查" (fresh21's 青海) goes on with the pair's action, one task)
        if listed.startswith("与"):
            before = re.split(r"[，,]", sent[:at].rstrip("，,")) if at else []
            subject = opening_lead(before) if before and not re.search(r"与|联合|会同|携手", before[-1]) else None
            if not subject:
                continue
            listed = listed[1:]
        bodies = _group_bodies(listed, bool(m["tail"]))
        if bodies and subject:
            bodies = [without_firm_kind(x) for x in bodies[0]], bodies[1]
            bodies = subject + [x for x in bodies[0] if x not in subject], bodies[1]
        if bodies and m.groupdict().get("cls"):
            bodies = bodies[0], bodies[1] + [m["cls"][1:]]
        # (one named body beside the kinds of body that serve the place: "随后街道城管办、社区居委会、物业公司联合行动" (fresh27's 华明))
        # (or one named body and unnamed others holding an event: "近日,由江西省委政法委宣传处等联合举办的“赣法云·走基层”…采风活动启动"
        # (fresh46's 鄱阳; its README: the named office cooperates, no lead printed))
        held_with_others = bool(opening and listed.endswith("等") and _HELD_JOINTLY.match(clause, m.end()))
        if held_with_others and not bodies:
            bodies = _group_bodies(listed[:-1], True)
        if bodies and (len(bodies[0]) >= 2 or bodies[0] and bodies[1] and all(_KIND_OF_BODY.match(x) for x in bodies[1])
                       or len(bodies[0]) == 1 and held_with_others) \
                and len(set(bodies[0])) == len(bodies[0]):
            return Roles.of(cooperate=bodies)
    return None
