"""Town, street and duty-division wordings the other readers miss, written from tasks135's first-sight misses (stop 28): a
body that brings named bodies together (`X召集A、B等部门开展…`, `X整合A和B联合执法`), a body joined only by unnamed partners
(`X联合社区、单位、巡防队开展…`, `X联合属地积极行动`), an official leading his body's check with a partner (`X局长带队与属地政府一起
对…`), a section created with its charge (`批准…设立Y,负责牵头…`), a duty statement naming its holder (`Y职责主要是牵头…`), a body
playing the lead (`X(Y)发挥牵头抓总,负责…`) and a division of duties (`X统一指导…实施管护`, `…,X监管,…`). Each reader is a row of
`STREET_CHARGE_STYLES` (style, reader), tried with the named charges before the duty styles. Their real lines are the table
tests of tests/test_tasks135_rules.py."""

from __future__ import annotations

import re

from kg.extract.duty_units import units_only
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["STREET_CHARGE_STYLES"]

# a clause's opening that is no part of its subject: a date, a time, a time word ("28日凌晨5:00,", "3月19日,", "近日,")
_OPENING = r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])?(?:上午|下午|晚上?|凌晨)?(?:\d{1,2}[:：]\d{2})?(?:近日|日前|近期)?[，,]?"
# the words that open the work a gathered group does
_WORK = r"(?:开展|进行|联合|共同|对|深入|组成|积极行动|集中|执法|检查|整治)"


def _one_named(text: str) -> str | None:
    """`text` when it is one named body (no class, no list), else None."""
    units = units_only(text)
    return text if units and units[0] == [text] and not units[1] and is_unit(text) and not is_generic(text) else None


def _named_partners(text: str) -> tuple[list[str], list[str]]:
    """The named bodies of a partner list and its unnamed ones (classes, persons); a 和 / 及 between two named bodies parts them
    ("城管执法中队和滨江中队")."""
    named, unnamed = [], []
    for item in re.split(r"[、，,]|(?<=[局委办所队站院心科])(?:和|及|以及|与)(?=[\u4e00-\u9fff]{2})", text):
        units = units_only(item) if item else None
        if units and units[0] and all(is_unit(u) and not is_generic(u) for u in units[0]):
            named += units[0]
            unnamed += units[1]
        elif item:
            unnamed.append(item)
    return named, unnamed


# "近日,开发区工商分局召集开发区行政执法局、物业站、3个市场开办者等多个部门开展了“城乡清洁工程”专项工作。" (tasks135's 开发区 news,
# http://www.avanti-solutions.com/CdZCoqpKkX/wz/xwzx/qnyw/content/post_432116.html), "28日凌晨5:00,南城街道整合城管执法中队和滨江中队
# 联合执法" (tasks135's 泸州 南城街道, http://lz.newssc.org/system/20170628/002213020.html): the body that convenes or brings together the
# others leads them (joint work, rule 1); the named bodies it gathers cooperate, the unnamed ones are a class
_GATHERS = re.compile(r"(?:^|[，,])" + _OPENING + r"(?P<subj>[^，,。；;：:“”《》]{2,30}?)(?:召集|整合|调集|抽调)"
                      r"(?P<list>[^，,。；;“”《》]{1,80}[局委办所队站院心科者员])(?:等(?:多个|\d{1,2}个|[一二三四五六七八九十]{1,2}个)?(?:部门|单位|力量))?"
                      r"(?=" + _WORK + ")")


def _gathers_named(sent: str) -> Roles | None:
    """X召集 / 整合A、B…开展: X leads, the named A, B cooperate."""
    m = _GATHERS.search(sent)
    subj = _one_named(m["subj"]) if m and not _NOT_A_NAME.search(m["subj"]) else None
    named, unnamed = _named_partners(m["list"]) if subj else ([], [])
    if not (subj and named) or subj in named:
        return None
    return Roles.of(([subj], []), (named, unnamed))


# partners that name no body: a kind of body, the local government, people ("消防文员", "网格员", "志愿者")
_UNNAMED_PARTNER = re.compile(r"^(?:社区|村|村居|单位|辖区单位|属地|属地政府|物业|物业公司|商户|巡防队|志愿者|网格员|群众|居民|"
                              r"[\u4e00-\u9fff]{0,4}(?:文员|人员|干部|志愿者|网格员|队员))$")
# "为全力做好清明节前消防安全工作,…,4月2日,花园路街道办事处应急办联合消防文员、社区、单位、巡防队开展消防安全集中检查行动。" (tasks135's
# 花园路街道, http://www.61966.com/article-73089-1.html), "按照《…通知》要求,市官林住房所联合属地积极行动,认真开展…" (tasks135's 宜兴,
# http://www.yixing.gov.cn/doc/2024/03/25/1216747.shtml): joint work with a class is kept (the convention's `X联合相关部门`): the
# named subject leads alone, its partners unnamed
_JOINED_BY_UNNAMED = re.compile(r"(?:^|[，,])" + _OPENING + r"(?P<subj>[^，,。；;：:“”《》]{2,30}?)(?:联合|会同|携手)"
                                r"(?P<list>[^，,。；;“”《》]{2,30}?)(?=" + _WORK + ")")


def _joined_by_unnamed(sent: str) -> Roles | None:
    """X联合A、B…开展, no partner named: X leads, the partners a class."""
    m = _JOINED_BY_UNNAMED.search(sent)
    subj = _one_named(m["subj"]) if m and not _NOT_A_NAME.search(m["subj"]) else None
    items = re.split(r"[、和及]", m["list"]) if subj else []
    if not (items and all(_UNNAMED_PARTNER.match(x) for x in items)):
        return None
    return Roles.of(([subj], []), ([], items))


# "3月19日,市住房和城乡建设局冯斌荣副局长带队与属地政府一起对官林绿地凌云府小区消防安全管理情况进行了抽查" (tasks135's 宜兴): an official
# stands for the body printed with his title (fresh33's staff rule); leading a check together with a partner is joint work (rule 1):
# the body leads, a named partner cooperates, an unnamed one is a class. Alone ("…副主任冯超越带队,深入辖区住宅小区", tasks135's 常青
# 街道) it is a single body's deed: no task.
_OFFICIAL_WITH = re.compile(r"(?:^|[，,])" + _OPENING + r"(?P<body>[^，,。；;：:“”《》]{2,30}?(?:局|委|办|中心|街道|办事处|镇|乡|所|队))"
                            r"(?P<person>[\u4e00-\u9fff]{2,3})(?:副)?(?:局长|主任|书记|镇长|乡长|县长|区长|所长|队长|调研员)带队"
                            r"[，,]?(?:与|和|会同|联合)(?P<with>[^，,。；;]{2,30}?)(?:一起|一道|共同)?(?=对|到|深入|前往|赴|开展|进行)")


def _official_with_partner(sent: str) -> Roles | None:
    """X(official)带队与Y一起对…: X leads, Y cooperates (a class when unnamed)."""
    m = _OFFICIAL_WITH.search(sent)
    body = _one_named(m["body"]) if m else None
    if not body:
        return None
    named, unnamed = _named_partners(m["with"])
    return Roles.of(([body], []), (named, unnamed))


# "近日,重庆市潼南区机构编制委员会批准区林业局设立林长科,负责牵头组织实施全区林长制工作。" (tasks135's 潼南, http://www.vr.sanhaostreet.com/
# caijing/202210/29202.html): the body created is charged with the work; the approving 编委 is a deed
_CREATED_CHARGED = re.compile(r"设立(?P<unit>[^，,。；;：:“”《》设]{2,20}?)[，,](?:专门|具体)?负责(?:牵头)?")


def _created_with_charge(sent: str) -> Roles | None:
    """批准…设立Y,负责…: Y leads."""
    m = _CREATED_CHARGED.search(sent)
    # (a body every town or county sets up is a class: "乡镇人民政府设立森林防火指挥所,负责组织…" (tasks107's 预案))
    creator = re.split(r"[，,。；;]", sent[: m.start()])[-1] if m else ""
    if m and re.search(r"^(?:各|有关|相关)|乡镇|^[乡镇村](?:人民)?政府|[省市县区]级", creator):
        return None
    unit = m["unit"] if m and is_unit(m["unit"]) and not is_generic(m["unit"]) and not _NOT_A_NAME.search(m["unit"]) else None
    return Roles.of(([unit], [])) if unit else None


# "琼海市公安局巡特警大队(旅游与环境资源警察大队)近日挂牌成立,将承担社会面巡逻防控、维护旅游市场秩序等职责。" (tasks99's 琼海,
# https://hi.cri.cn/20170919/5d95a94c-1d38-81eb-c51d-80b4fb8b7864.html): a body just set up, the duties it will bear (rule 2, 将 the future);
# the bracket is its other name, no second body
_FOUNDED_TO_BEAR = re.compile(r"^(?P<unit>[^，,。；;：:“”《》（(]{2,30}?)(?:[（(][^（）()]{2,20}[）)])?(?:近日|日前|近期|正式|已)?(?:挂牌)?成立[，,]"
                              r"(?:将|并将|负责|主要)(?:承担|负责|履行)")


def _named_holder(pattern: re.Pattern, sent: str) -> Roles | None:
    """The one named body `pattern` reads at the start of `sent` (its `unit` group) leads; None where it names none."""
    m = pattern.match(sent)
    unit = _one_named(m["unit"]) if m and not _NOT_A_NAME.search(m["unit"]) else None
    return Roles.of(([unit], [])) if unit else None


def _founded_to_bear(sent: str) -> Roles | None:
    """X(…)挂牌成立,将承担…职责: X leads."""
    return _named_holder(_FOUNDED_TO_BEAR, sent)


# "潼南区林业局林长科职责主要是牵头组织实施全区林长制具体工作,协调有关单位…" (tasks135's 潼南): a duty statement naming its holder
_DUTY_OF = re.compile(r"^(?P<unit>[^，,。；;：:“”《》]{2,30}?)(?:的)?(?:主要)?职责(?:主要)?(?:是|为|包括)[:：]?(?=牵头|负责|组织|承担|统筹|协调)")


def _duty_of_holder(sent: str) -> Roles | None:
    """Y(的)职责主要是牵头…: Y leads."""
    return _named_holder(_DUTY_OF, sent)


# "省林长制办公室(省林业局)发挥牵头抓总,负责协调服务工作。" (tasks135's 安徽 林长, a converter copy, http://m.dingqianjf.com/news/show/134/
# 1482447_0.html): the body that plays the lead is charged; the bracket is the bureau that houses it (one body, no partner)
_PLAYS_LEAD = re.compile(r"^(?P<unit>[^，,。；;：:“”《》（(]{2,30}?)(?:[（(][^（）()]{2,16}[）)])?(?:要|将|应)?(?:充分)?(?:发挥|履行|承担)"
                         r"牵头(?:抓总|作用|职责|责任)")


def _plays_the_lead(sent: str) -> Roles | None:
    """X(Y)发挥牵头抓总(作用),负责…: X leads."""
    return _named_holder(_PLAYS_LEAD, sent)


# "上述市级及县级河道定为镇级管护河道,县水利局统一指导河道(段)所在乡镇(街道)实施管护。", "镇政府统一指导管护,县水利局监管,镇级河道由…
# 落实…" (tasks135's 冠县 政策问答, http://www.guanxian.gov.cn/site_gxgxsljo/channel_6563f0d7f5fa39efbb3c5cba/doc_653b0efafaefcf07300455df.html):
# a division of duties names each body's part: a named body that guides others' upkeep, or a clause that is only a named body and its
# part (监管 / 监督 / 统一指导), is charged with it; a class's part (镇政府 of every town) is none
_GUIDES_UPKEEP = re.compile(r"(?:^|[，,])(?P<unit>[^，,。；;：:“”《》]{2,20}?)统一(?:指导|组织|协调)(?P<whom>[^，,。；;]{2,30}?)"
                            r"(?:实施|开展|做好|落实)(?:管护|管理|维护|养护|整治)")
_PART_CLAUSE = re.compile(r"(?:^|[，,])(?P<unit>[^，,。；;：:“”《》]{2,20}?)(?:负责)?(?:监管|监督|统一指导|业务指导)(?=[，,。；;]|$)")


# (a body's name holds no verb, preposition or modal: "企业工会应当对本单位的厂务公开进行监督" (fresh13's 河南 工会条例) is a duty of a
# class worded with 对…进行, no name ending in 行)
_NOT_A_NAME = re.compile(r"对|进行|应当|要|将|负责|的|并|是|在|把")


# a part's holder is an organ by its name's end (a clause "持续加强内部监管" or "为做好全区公共游泳场所监管" (entrep92, fresh20) names none)
_ORGAN_NAME = re.compile(r"(?![为以通持加做推开落])[\u4e00-\u9fff]{1,14}(?:局|委员会|委|办公室|办|中心|政府|管委会|大队|支队)")


def _division_part(sent: str) -> Roles | None:
    """X统一指导Y实施管护 / …,X监管,…: X leads (named bodies only)."""
    units = []
    for rx in (_GUIDES_UPKEEP, _PART_CLAUSE):
        units += [m["unit"] for m in rx.finditer(sent) if _ORGAN_NAME.fullmatch(m["unit"]) and not _NOT_A_NAME.search(m["unit"])
                  and _one_named(m["unit"])]
    return Roles.of((list(dict.fromkeys(units)), [])) if units else None


# "他指出,梁山、双桂街道、各职能部门要迅速进入城市综合治理工作状态" (fresh44's 梁平), "4、清河、西三旗街道和东北旺乡,要组织人力、物力…"
# (tasks99's 海淀 禁放 职责分工, http://www.fymate.net/html/text/lar/173991/17399174_1.html): a bare name before a street, town or township
# named in full shares its place word (decision B: 梁山 → 梁山街道); the list is read with the word on it, the name kept as printed
_SHARES_PLACE_WORD = re.compile(r"(?:^|(?<=[，,、]))(?P<bare>[\u4e00-\u9fff]{2,3})、(?=[\u4e00-\u9fff]{2,4}?(?P<word>街道|镇|乡)"
                                r"(?:[、和及与，,]|要|将|负责|必须|应当))")


def _shares_place_word(sent: str) -> Roles | None:
    """A、B街道…要: read as A街道、B街道…, A kept as printed."""
    m = _SHARES_PLACE_WORD.search(sent)
    bare = m["bare"] if m and not is_unit(m["bare"]) and not is_generic(m["bare"]) else None
    if not bare or re.search(r"[区县市镇乡村省州旗]$|街道$|^(?:他|她|要|将|和|并|还)", bare):
        return None
    from kg.extract.duty_styles import _sentence_roles  # (duty_styles imports this registry: read at call time)
    full = bare + m["word"]
    roles, style = _sentence_roles(sent[: m.start("bare")] + full + sent[m.end("bare"):])
    if style is None or full not in roles.lead + roles.cooperate:
        return None
    roles.lead = [bare if x == full else x for x in roles.lead]
    roles.cooperate = [bare if x == full else x for x in roles.cooperate]
    return roles


STREET_CHARGE_STYLES = [
    ("duty_sentence", _shares_place_word),
    ("joint_action", _gathers_named),
    ("joint_action", _official_with_partner),
    ("joint_action", _joined_by_unnamed),
    ("charged_by", _created_with_charge),
    ("duty_sentence", _founded_to_bear),
    ("duty_sentence", _duty_of_holder),
    ("led_by", _plays_the_lead),
    ("duty_sentence", _division_part),
]
