"""The lead of a joint action's report: the body before its verb ("县综治办牵头组织…": 县综治办), read past the time, lead-in,
label, staff or head printed around it (_lead), or carried from the clause before (opening_lead: "X…,并牵头Y…")."""

from __future__ import annotations

import re

from kg.extract.joint_lists import _BARE_PLACE, FIELD_NAME, _LEVEL_START, _NOT_BODY, _PLACE_ORGAN, VILLAGE, _list_items, _unit
from kg.extract.units import split_units

__all__ = ["named_after_me", "opening_lead", "without_when"]


# an adverb between the body and its verb ("还将牵头", "已联合", "并牵头")
# ("A、B共同牵头,联合…" (fresh15's 廊下): two bodies leading together)
# ("天保中心、森林资源管护大队将通过联合露水河公安分局交通警察大队,重点打击…" (tasks31's 露水河, http://855696.cn/newshow.asp?id=7564):
# 将通过 before the verb of a planned joint action)
# (and the time of the report between them: "道里区政府近日联合中庆燃气公司开展燃气安全入家庭检查" (fresh29's 道里))
# ("由重庆市合川区、潼南区、荣昌区、梁平区生态环境部门分别联合四川省广安市、资阳市、内江市、达州市生态环境部门,对…开展现场检查" (fresh35's
# 川渝): 分别, each body of the list joining its own partner; every one of them leads)
# (and how often: "近日,商都路办事处多次联合郑东新区综合行政执法局(城市管理局)深入燃气经营场所进行集中排查整治" (fresh37's 郑东))
_ADVERB = re.compile(r"(?:近日|日前|近期)?(?:仍将继续|仍将|将继续|继续|还将|还|将通过|将|也|已|并|又|再次|多次|随即|立即|及时|共同|积极|主动|分别)?$")
# a time printed before the body opening a report: "行动开展以来大洼区民政局联合…", "近日", "日前"
# (and a date glued to the body: "9月17日龙门县打假办组织…" (https://www.longmen.net/article/article_13670.html))
# (and a time of the plan glued to the bodies: "三是下周商务局、建设局、市场监管局联合对…进行约谈" (fresh27's 路桥), "随后街道城管办、…
# 联合行动" (fresh27's 华明))
# (and the hours a daily round keeps: "每日上午和下午执法大队联合街道保洁队…" (fresh28's 南市))
# (only with its hours: "每天抽出一个路政中队联合…" (fresh19's 连徐) names no body before 联合)
_WHEN = re.compile(r"^(?:每[日天](?:上午|下午|晚上?)(?:[和及](?:上午|下午|晚上?))?(?=[\u4e00-\u9fff]{3})|[\u4e00-\u9fff]{2,8}以来|近日|近期|日前|目前|此前|随后|随即|今后|(?:下|本|这)(?:周|月)|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?|凌晨)?"
                   # (a year alone glued to the body: "2002年136团“人影办”与克拉玛依区气象局达成…" (fresh32's 兵团 page))
                   r"|\d{4}年(?:\d{1,2}月)?(?=[\u4e00-\u9fff\d])"
                   # (the season it acts in: "在汛期内防指要组织区应急局、…等部门建立…制度" (fresh56 jilin_baishan-jiangyuan-qu-fangzhi-
                   # 2025-ruxun-tonggao.txt:29))
                   r"|在[\u4e00-\u9fff]{1,6}?(?:期内|期间)[，,]?"
                   # (the month the work began from: "从6月份开始市局联合公安部门开展为期半年的打假专项行动" (fresh53's 景德镇,
                   # jiangxi_jingdezhen-yancao-zhuanmaiju-dajia-zhuanxiang-xingdong.txt:1; its gold: 市局 leads), "自3月起…")
                   r"|(?:从|自)(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月份?(?:[\d一二三四五六七八九十]{1,3}[日号])?"
                   r"(?:上旬|中旬|下旬|初|中|底|末)?(?:开始|起)"
                   # (a term's end the body acts at: "期满前自治区财政厅会同农牧厅根据国家和自治区有关规定开展评估" (fresh59
                   # neimenggu_zizhiqu-2024-nongmuye-chanye-fazhan-zijin-shiyong-guanli-xize-izst.txt:5; rule 1: the 厅 leads))
                   r"|(?:期满|届满|到期|期限届满|实施期满)(?:前|后|时)[，,]?)")
# a report's lead-in before the body: "活动由", "本次行动由", "由"
# (the work named in any words after 此次: "此次排查整治由朔城区市场监督管理局和朔城区教育局联合开展" (fresh23's 朔城), "本次专项
# 检查由…")
_BY = r"(?:(?:本次|此次|这次)[\u4e00-\u9fff]{0,6}?|活动|行动|检查|整治|工作)?由"
_LEAD_IN = re.compile(r"^" + _BY)


# "省机关事务管理局省政府机关保卫处组织…": a body printed after its parent, glued, each name with its own level: the
# office named last acts
_GLUED_PARENT = re.compile(r"^(?P<parent>[\u4e00-\u9fff]{3,20}?[局委厅办])(?P<office>[省市县区][\u4e00-\u9fff]{2,20}[处科室所队站])$")


def _acting(name: str) -> str:
    m = _GLUED_PARENT.match(name)
    return m["office"] if m and _unit(m["parent"]) and _unit(m["office"]) else name


# a body sending its own units to act: "县交通运输局安排下属单位县运管所和县路政大队联合县公安交警大队在…开展"
# (http://m.fqjz1.com/gongkai/show/20190923175204-27840-00-000.html): the units sent act (and lead), not the sender
_SENDER = re.compile(r"^[^，,。；;]{2,30}?(?:安排|指派|委派|派出(?!所))(?:下属|所属)?(?:单位|部门)?")


# 我 before a body's own name, printed in full above: "在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会尽职尽责做好…工作"
# (fresh40's 乌海 督导简报; its README: the group is named, decision C's first-person organ word (我局, 我县 …) is not this)
_ME_BEFORE_NAME = re.compile(r"^我(?!局|委|办|厅|中心|县|区|市|镇|乡|街道|单位|院|所|队|们|国|省)(?=[\u4e00-\u9fff]{3})")


def named_after_me(text: str) -> str:
    """The body's own name after a first-person 我 (我第十督导组 → 第十督导组), when what follows is a unit; the text otherwise."""
    rest = _ME_BEFORE_NAME.sub("", text)
    return rest if rest != text and _unit(rest) else text


def without_when(text: str) -> str:
    """A subject without the time printed before it ("行动开展以来大洼区民政局" → "大洼区民政局"), when what is left is a unit;
    without the body that sent it ("县交通运输局安排下属单位县运管所和县路政大队" → "县运管所和县路政大队"), when what is left
    is units."""
    rest = _WHEN.sub("", text)
    text = rest if rest != text and _unit(rest) else text
    sent = _SENDER.match(text)
    rest = text[sent.end():] if sent else text
    return rest if rest != text and all(_unit(x) for x in _list_items(rest) or [""]) else text


def _list_without_when(text: str) -> str:
    """A list of bodies without the time glued to its first name ("下周商务局、建设局…" → "商务局、建设局…"), when the
    first name is a unit only without it."""
    rest = _WHEN.sub("", text)
    if rest == text:
        return text
    first, bare = re.split(r"[、，,]", text)[0], re.split(r"[、，,]", rest)[0]
    # (or a field named bare: "今后城管、交管、公安等部门将在上述区域…联合执法" (fresh33's 北京))
    return rest if (_unit(bare) or FIELD_NAME.match(bare)) and not (_unit(first) and len(first) - len(bare) < 2) else text


def _after_purpose(text: str) -> str:
    """A purpose run into the subject with no comma between ("为防范交通运输安全事故维护人民生命财产安全交通执法支队三大队",
    fresh14's 宣城): the subject is the longest named unit (at most 16 characters) ending the text that opens with a level
    or a field; the text as it is otherwise."""
    if not text.startswith("为"):
        return text
    for i in range(max(1, len(text) - 16), len(text) - 2):
        tail = text[i:]
        if _unit(tail) and (_LEVEL_START.match(tail) or re.match(FIELD_NAME.pattern.rstrip("$"), tail)):
            return tail
    return text


# a quote closing the words before the subject ("“…迎击风雪。”湖北省公安交管部门联合…", fresh21's 湖北), and 该 pointing back
# to the place the report named ("该县综合行政执法局联合海尾镇…", fresh21's 昌江: the county's own 县综合行政执法局)
# (and the label the body is given before a dash or a colon: "城区第一片区文明创建牵头单位——市人大办公室会同…" (fresh23's 潜山),
# "…责任单位:县住建局联合…" — the body after the label is the subject, the label no part of its name)
# (and a bureau named before as 该局, its brigade after it: "该局海洋和渔业行政执法大队联合属地镇政府…" (fresh28's 文昌; its gold:
# the brigade, 该局 no part of its name); only before a part of a bureau, a 大队 / 中队 / 支队 / 所 / 站 / 科 / 处)
_BEFORE_SUBJECT = re.compile(r"^[”’」』\"]+|^该(?=[县市区镇乡旗])|^该[局委厅](?=[\u4e00-\u9fff]{2,20}(?:大队|中队|支队|所|站|科|处)$)|^[^，,。；;—:：]{0,24}?(?:牵头|责任|主办|承办|主责)(?:单位|部门)(?:——|—|:|：)")


# a short name given in brackets after the body: "市综合行政执法局秀英分局(下称秀英分局)牵头组织多部门协作…" (tasks31's 海口,
# http://kingfishertimes.com/zt/14/2022/0601/93931.html): no part of the name
_SHORT_NAME = re.compile(r"[（(](?:下称|以下简称|简称)[^（）()，,]{1,12}[）)]$")


_LEAD_TAIL = re.compile(r"(?<=[局委办所队站心院厅])等(?:[一二三四五六七八九十\d]+[个家]|多[个家])?(?:有关|相关)?(?:职能)?(?:部门|单位)$")


# a body acting through its staff, printed after its name: "通海县森林公安局全体男民警辅警联合通海县秀山自然保护区管护局工作人员…进行了
# 武装巡护" (fresh35's 通海; its gold: the bureau leads, as staff stand for their body on the partners' side, fresh33's rule),
# "…派出所全体民警联合…" — the staff are no part of the name; one bounded run after the name's last character
_OWN_STAFF = re.compile(r"(?<=[局委办所队站心院厅])(?:全体|全部|部分|精干)?[男女]?(?:(?:民辅警|民警|辅警|干警|干部职工|干部|职工|工作人员|执法人员|执法队员|队员)[和及、]?){1,3}$")


# an inspection group printed with 一行 (its party): "在拉萨市,检查组一行联合拉萨市应急管理局对…进行了检查" (fresh37's 西藏; its gold:
# the group leads, 一行 dropped, fresh35's group rule) — only after a group's name
_PARTY = re.compile(r"(?<=组)一行$")


def _lead(text: str) -> list[str] | None:
    text = _PARTY.sub("", _SHORT_NAME.sub("", _BEFORE_SUBJECT.sub("", text)))
    text = _OWN_STAFF.sub("", text) if _unit(_OWN_STAFF.sub("", text)) else text
    text = _after_purpose(without_when(_ADVERB.sub("", _LEAD_IN.sub("", _LED_BY_HEAD.sub("", text)))))
    # the bodies closed by their class before the verb: "邻水县公安局、自然资源和规划局、农业农村局等部门联合…" (fresh33's 邻水):
    # the class word is no part of the last name
    text = _LEAD_TAIL.sub("", text)
    # ("每天抽出一个路政中队联合…" (fresh19's 连徐, no gold task): the staff a body draws out is no body of its own)
    if _NOT_BODY.search(text) or re.search(r"支持|鼓励|引导|抽出|抽调", text):
        return None  # "鼓励支持工会组织、社区开展…": 工会组织 is a noun, nobody organises
    # levels printed before one body's name: "市、区安监部门联合公安、工商、城管等部门对德山街道开展了…检查" (https://cdjkq.changde.gov.cn/
    # zhdt/bmdt/content_602008): each level's body leads, named as printed (tasks31's convention for places before one body)
    if _LEVELS_BODY.match(text):
        return text.split("、")
    items = _list_items(text)
    # (places printed bare before the last one's body, the suffix printed once: "重庆市合川区、潼南区、荣昌区、梁平区生态环境部门" (fresh35's
    # 川渝), each named as printed, as _bodies reads a partners' list)
    shared = len(items) >= 2 and _PLACE_ORGAN.match(items[-1]) and _unit(items[-1])
    if not items or not all((_unit(x) or _PLACED_FIELD.match(x) or _NAMED_PLACE_BODY.match(x)
                             or shared and x != items[-1] and _BARE_PLACE.match(x)) and not _BARE_LEVEL.match(x)
                            for x in items):
        return None
    return [_acting(x) for x in items]


_TOWN_POINTED = re.compile(r"^该[镇乡]$")
_LEVELS_BODY = re.compile(r"^(?:[省市县区]、)+[省市县区](?![\u4e00-\u9fff]*(?:有关|相关|其他|各|级))[\u4e00-\u9fff]{2,8}(?:部门|局|委|办)$")
# a level's office printed bare, no name: "街道組織相關部門對…進行全面清理" (fresh26's 长河; its gold: no unit) — the report's own
# street or town, never named
_BARE_LEVEL = re.compile(r"^(?:街道|街道办|镇|乡|镇政府|乡政府|社区|村)$")
# a named community or village acting as a body: "綠城社區聯合德州銀行、城管分局深入轄區大小商戶進行…宣傳" (fresh26's 长河; as
# it is a unit of a partners' list, VILLAGE)
# (and one printed with its street or town before it: "西南街街道肃州路社区联合区执法局…" (fresh27's 西南街))
# (and its district before the street, the community as s2twp writes it (社群): "肅州區東北街街道同德巷社區聯合東北街道城市管理綜合
# 執法中隊對…進行全面整治" (http://m.jitongbianyaqi.com/news/shizhou/jiuquan/2024/10/14/172889860499857.html), "臥牛山街道西河街社群
# 聯合…" (tasks39's s2twp copy of https://yybnet.net/hefei/chaohu/202110/11591683.html))
_NAMED_PLACE_BODY = re.compile(r"^(?!各|本|所在|辖区|相关|有关|全|该)(?:[\u4e00-\u9fff]{2,4}[县区市旗](?=[\u4e00-\u9fff]{2,5}(?:街道|镇|乡)))?"
                               r"(?:[\u4e00-\u9fff]{2,5}(?:街道|镇|乡))?[\u4e00-\u9fff]{2,5}(?:社区|社群|村)$")


# a city's or county's police named by place and field as the press does: "武汉公安联合交通、城管…" (fresh21's 武汉),
# "深圳交警联合…" — a body leading, as printed (only a field that is a force of its own)
# (and a county's forest police, with its bureau or without: "新田县公安局森林公安联合林业执法大队开展…" (fresh30's 新田))
_PLACED_FIELD = re.compile(r"^(?![全各本该我])(?:[\u4e00-\u9fff]{2,4}?[省市州县区]?(?:公安|交警|消防|城管|税务)"
                           r"|[\u4e00-\u9fff]{1,4}?[省市州县区](?:公安局)?森林公安)$")


# "县住建局收到通知立刻开展燃气安全夜查行动,并牵头县应急管理局、…成立…小组", "环保局履行执法监督职责,联合有关部门组建…":
# a later clause opening with the verb has no subject of its own; the body opening the sentence is its subject
# (a time between: "X按照…方案,于2017年3月15日会同Y、Z联合开展…", fresh16's 勐腊)
# (and at once: "区林草局接到情况通报后,高度重视,紧急组织局动植物保护处和森林公安局到现场核实相关情况" (fresh30's 西藏))
# (and in good time, convening them: "江西省新干县政府高度重视,果断决策,及时召集县公安、国土、…部署安排,开展…" (fresh31's 新干))
# (and with one hand, after the body whose head leads the group: "…,由市应急局分管负责人任组长,统一协调组织公安、交通、应急、市场监管
# 部门和相关镇(街道)开展联合检查" (fresh22's 绵竹))
_CARRIED = re.compile(r"^(?:于[^，,。；;]{2,16}?[日月])?(?:并|还|也|同时|随后|又|紧急|立即|迅速|随即|及时|统一|统筹)?(?=牵头|联合|会同|组织|联动|召集|协调组织)")
# a condition between the subject and its verb carries nothing of its own: "湖北建始县卫生计生局在2017年秋季开学以来,按照《…》
# 精神,组织县疾控中心…组成专班" (建始)
_CONDITION = re.compile(r"^(?:按照|根据|依据|遵照|依照|结合|围绕)")
# a clause going on with the same subject carries none of its own: "市商务局将…作为…抓手,切实发挥…领导小组办公室的牵头作用,
# 联合各成员单位,严厉打击…" (fresh16's 安康)
# (and the aims it pursues, one verb phrase a clause: "齐齐哈尔市农业农村局严格按照《…》要求,严厉打击假冒伪劣行为,持续净化…秩序,
# 保障农资产品质量,切实维护农民权益,联合市公安局、…开展…" (fresh20's 齐齐哈尔))
# (and a clause opening with a manner word, what the body did first: "经开区城管局主动对接交警部门,快速掌握机动车违法管理措施和
# 查处手段,联合交警十二支队,对…" (fresh23's 郑州经开区))
# (and how it took the news: "…接到情况通报后,高度重视,紧急组织…" (fresh30's 西藏))
_SAME_SUBJECT = re.compile(r"^(?:切实|充分|积极|主动|认真)(?:发挥|履行|承担)|^高度重视$|"
                           r"^(?:严厉|持续|切实|全力|不断|进一步|着力|坚决|全面|有效|依法)?(?:打击|净化|保障|维护|强化|规范|确保)|"
                           r"^(?:快速|迅速|及时|果断|第一时间)(?!的)[\u4e00-\u9fff]")
_BACK_POINTER = re.compile(r"^该(?:中队|大队|支队|分局|局|中心|委员会|办)")
_OPENING = re.compile(r"^(?P<unit>[\u4e00-\u9fff（）()]{2,24}?(?:局|委|办|中心|院|队|所|站|厅|街道|政府|部门))(?![\u4e00-\u9fff]{0,2}[、和与及])")


# (and any rank: "由清远市民政局四级调研员石学忠同志带队" (fresh19's 佛冈))
# (and its leaders named by rank alone: "回民街道办事处主要领导和分管领导带队联合社会治理办、…" (http://www.donghe.gov.cn/ywdt/bmjdxx/
# 202512/t20251209_717440.html; fresh19's `由X(某同志)带队,联合Y` lead X))
_LED_BY_HEAD = re.compile(r"(?<=[局委办队所站厅院])(?:[一二三四五六七八九十]级)?(?:局长|副局长|主任|副主任|党组书记|队长|所长|站长|厅长|院长|"
                          r"调研员|巡视员|督察长)[\u4e00-\u9fff]{2,3}(?:同志)?带队$"
                          r"|(?<=[局委办队所站厅院处])(?:主要|分管|相关)?领导(?:[和及、](?:主要|分管|相关)?领导)*(?:同志)?带队$"
                          # (a leader by rank and name: "市发改委分管领导项勇带队,会同市水利局、市供电公司相关同志一行,赴…开展…"
                          # (http://www.jiangyin.gov.cn/doc/2025/08/29/1352032.shtml; tasks39: the bureau leads))
                          r"|(?<=[局委办队所站厅院处])(?:主要|分管|相关)领导[\u4e00-\u9fff]{2,3}(?:同志)?带队$")


def opening_lead(clauses: list[str]) -> list[str] | None:
    """The one body the clause just before opens with (the subject carried on), or None; only that clause: "…现象有所
    抬头,在当天的专项治理行动中,联合执法专班在…" carries nothing."""
    while len(clauses) > 1 and (_CONDITION.match(clauses[-1]) or _SAME_SUBJECT.match(clauses[-1])):
        clauses = clauses[:-1]
    # a body the text named before, pointed back to, going on with what it does: "该局充分发挥部门联动协调作用,会同相关职能部门…"
    # (fresh24's 泰州; its gold: the 市交通运输局 named before leads): 该局 as printed, read back by back_refs
    back = _BACK_POINTER.match(clauses[-1]) if clauses else None
    if back and (_SAME_SUBJECT.match(clauses[-1][back.end():]) or _CONDITION.match(clauses[-1][back.end():])):
        return [back[0]]
    # "荆州市住建局局长马林武带队" (fresh16's 荆州): the body whose head leads the team is the subject
    opening = without_when(_LEAD_IN.sub("", _LED_BY_HEAD.sub("", clauses[-1]))) if clauses else ""
    # "福建省厦门市集美区由林业局牵头,组织区森林公安、森林消防和各镇(街、场)林业站开展的…" (fresh22's 集美): the body that
    # 牵头s in the clause before is the subject its 组织 / 联合 goes on with (the place printed before 由 is where)
    led = re.fullmatch(r"[\u4e00-\u9fff]{0,12}?由(?P<body>[^由，,]{2,24}?)牵头", opening)
    opening = led["body"] if led else opening
    # "勐腊县森林公安局勐满警务站按照上级防火工作方案" (fresh16's 勐腊): the whole name before a condition, when it is one
    # (and before what it did first: "区市场监管局五接分局经过前期部署,联合…" (fresh22's 海门): the whole name)
    # (and before the means it works by, or what it makes of the work: "阿龙山森工公司依托“林长+警长”工作机制,联合…分局开展…"
    # (https://m.imfic.com.cn/lqxw/148901.html), "帝景社区党支部将此次活动作为深化“双报到”工作的实践平台,联合共建单位、物业…"
    # (https://reportify.cn/news/1214102806944944128; tasks44: the company / the branch leads))
    # (and before what it did at once: "满归森林公安局北岸派出所及时增加警力加大森林生态防火管控力度,与北岸林场安全防火专职人员联合开展了…"
    # (fresh33 neimenggu_mangui-senlin-gonganju-beian-paichusuo-fanghuo-converter.txt:2; its gold: the station, whole))
    head = re.split(r"(?=按照|根据|依据|遵照|依照|结合|围绕|经过|通过|依托|借助|依靠|及时|将[^，,。；;]{2,30}?作为)", opening)[0]
    if head != opening and 4 <= len(head) <= 24 and (_unit(head) or VILLAGE.match(head)) and not _NOT_BODY.search(head):
        return [head]
    # an official leading one body out, the clause after going on with it: "马连洼街道办事处副主任谢宏伟带领平安建设办公室(安全生产),
    # 会同中关村小型消防站工作人员,对…开展" (https://www.bjwmb.gov.cn/xxgk/wmcj/202202/t20220211_878660.htm): the body led is
    # the subject (its remit in brackets no part of its name), not the official's office
    who = _PERSON_LEADING.match(opening)
    if who and (_OFFICIAL.search(who["who"]) or _LEADERS.search(who["who"])):
        body = re.sub(r"[（(][^（）()]{1,8}[)）]$", "", opening[who.end():])
        if _unit(body) and not _NOT_BODY.search(body) and "、" not in body:
            return [body]
    convening = _CONVENING.match(opening) if clauses else None
    if convening and (bodies := split_units(convening["bodies"])[0]) and all(_unit(b) and not _NOT_BODY.search(b) for b in bodies):
        return bodies
    m = _OPENING.match(opening) if clauses else None
    if not m and (place := _PLACE_FOCUSING.match(opening)):
        return [place["place"]]
    return [m["unit"]] if m and _unit(m["unit"]) and not _NOT_BODY.search(m["unit"]) else None


# the bodies that convene a meeting where they are, the subject the next clause carries on: "西藏自治区党委农工办、西藏自治区农业农村厅
# 在拉萨设主会场召开全面开展村庄清洁行动电视电话会议,并会同18个部门联合制定了《…方案》" (fresh35's 西藏 农业农村厅, line 7; its gold:
# both lead) — every body of the list, each by its whole name (a committee's own office after 委: 党委农工办, never 党委 alone)
_CONVENING = re.compile(r"^(?P<bodies>[^，,。；;在]{4,60}?)在[^，,。；;]{1,20}?(?:召开|举行)")


# a county or city acting by its government, focusing its work before drawing others in: "马关县聚焦违法采伐、运输…等行为,
# 联合文山州林业和草原局、…共同开展…" (https://nginx-maguan.yn.ynurl.com/maguan/site1/mweb/202508/04/c100508.html): the place
# leads as printed (only before 聚焦 / 围绕 / 针对, never 该县 or a class)
# (and before what it strengthens: "清镇市强化执法联动,组织公安、交通、市场监管、农业等重点执法部门不定期开展联合执法检查" (fresh30's 清镇;
# its README: the city leads))
_PLACE_FOCUSING = re.compile(r"^(?![全本该各我])(?P<place>[\u4e00-\u9fff]{2,5}[县市区旗])(?=聚焦|围绕|针对|强化|加强)")


# a person named by title and name before 带领 (led_team, opening_lead, _person_led_group): the one who leads is no body
_OFFICIAL = re.compile(r"(?:主任|局长|成员|书记|队长|组长|县长|区长|市长|镇长|乡长|所长|站长|主席)[\u4e00-\u9fff]{2,3}$")


# an official leading the group out: "清流县委常委、副县长陈荣辉带领县应急局、消防救援大队、工信局、交通局等单位到各交通客运站点
# 开展…检查" (fresh17's 清流): the person is no unit and leads none of them (README: the units cooperate); the group closes where
# it goes or acts
# (and 率 / 率领, and leaders named by rank alone: "秀洲区相关领导率区公安分局、区消防大队、…及市文化市场执法支队一行开展文化市场
# 联合执法检查行动" (fresh25's 秀洲), "县领导率县公安局、县市场监管局等部门开展…"; the party's 一行 is no part of the last name;
# only a body's 一行 before the action: "副县长、公安局局长张家和带领交警大队、路政所、运管所等部门负责人一行到…调研督导…" (fresh13's
# 苍溪, its gold: persons leading an inspection, no task))
# (and 带队 before whom the person organises: "东华镇副镇长巫宏吉带队,组织应急办安监组、消防事务中心工作人员,前往…开展企业安全检查"
# (fresh33's 英德, http://www.yingde.gov.cn/zwgk/zwdt/zjdt/content/post_2066131.html; its gold: the offices cooperate))
_PERSON_LEADING = re.compile(r"^(?P<who>[^，,。；;]{2,30}?)(?:带领|率领|率(?![先领])|带队[，,](?:组织|带领|率领))")
_LEADERS = re.compile(r"(?:^|[省市县区镇乡旗委府]|相关|有关|主要|分管)领导(?:同志)?$")
