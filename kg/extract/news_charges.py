"""Duty sentences of news items about provinces' and the nation's work (issue #16, fresh52's first-sight misses). Each reader
is a row of `NEWS_CHARGE_STYLES` (style, reader), tried after every other duty style; their real lines are the table tests of
tests/test_news_charges.py.

- `joint_effort`: bodies, one closing a counted set, who will work together (`国家发展和改革委员会等10多个部门和中石油集团将共同
  努力,落实…`, 新华社's 甘肃 item): joint work with no lead printed, the named bodies cooperate (fresh16);
- `long_charge_list`: a list of more named bodies than a clause subject holds, charged with 将负责 / 负责 (`…,发展改革委、工业和
  信息化部、…、国资委、中国石油天然气集团公司将负责支持建设…`, the same item): all lead (fresh49's `(A、B等负责)`);
- `pair_on_object`: two or more named bodies doing one piece of work on an object (`即日起,自治区公安厅、拉萨铁路公安处对进出藏
  旅客列车开展武装护乘工作`, 西藏 公安厅's item): read again without `对<object>`, as `A、B开展` (both cooperate);
- `command_then_lead`: work under one body's command with another leading it (`武装护乘工作由自治区公安厅领导指挥,拉萨铁路公安处
  牵头,成立…`): 牵头 marks the lead; the command is no share of the work;
- `drawn_from_units`: a body drawing staff from named units to form its team (`自治区公安厅决定从拉萨市公安局、那曲地区公安处、拉萨
  铁路公安处三个单位抽调…警力组成护乘队`): it leads, the units cooperate (fresh47's `X组织A和persons`); `drawn_subject` lets
  duties cut the sentence before that clause;
- `counted_class_partners`: a body with a counted class of partners of several levels (`自治区党委政法委联合76家自治区、拉萨市、
  城关区相关单位,在…开展…`, 西藏 政法委's item): it leads, the class is generic;
- `joint_appraisal`: an appraisal made jointly, a named body first of its set (`近日,经吉林省工业和信息化厅等部门联合评选,…`,
  长光's converter item): no lead printed, the named body cooperates (fresh48's `等多部门联合`);
- `joint_designation`: named bodies, closed by their count, designating together (`中央農辦、農業農村部、…、國家鄉村振興局等6部委
  共同認定100個鄉鎮為…`, fresh59's 天津 list, traditional): a past joint designation with no lead, all cooperate; a printed count
  must be the number of bodies named.
"""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic, is_unit, split_units
from kg.parse.numerals import cn_small_int

__all__ = ["NEWS_CHARGE_STYLES", "drawn_subject", "teams_arranged"]

_CJK_COUNT = r"[\d一二三四五六七八九十两]+"


def _named_list(text: str) -> list[str] | None:
    """The bodies of a list when every item is a named body (no class), else None."""
    units, generic = split_units(text)
    return units if units and not generic and all(is_unit(u) and not is_generic(u) for u in units) else None


def _reread(sent: str) -> Roles | None:
    from kg.extract.duty_styles import sentence_roles  # (the registry holds this module's rows: read at call time)

    roles, _ = sentence_roles(sent)
    return None if roles.empty else roles


# "国家发展和改革委员会等10多个部门和中石油集团将共同努力,落实不久前出台的《…若干意见》" (新华社's 甘肃 分工方案 item): a named body
# closing its counted set, another joined by 和 / 与, then their joint future
_JOINT_EFFORT = re.compile(r"(?:^|[，,])(?P<a>[^，,。；;：:“”《》等]{2,30}?)等(?:" + _CJK_COUNT + r"(?:多|余)?个?)?(?:部门|单位)"
                           r"(?:和|与|及)(?P<b>[^，,。；;：:“”《》等]{2,20}?)(?:还|也)?将?(?:共同|一道|一起)(?:努力|推进|推动|做好|落实|开展)")


def joint_effort(sent: str) -> Roles | None:
    m = _JOINT_EFFORT.search(sent)
    if not (m and (a := _named_list(m["a"])) and (b := _named_list(m["b"]))):
        return None
    return Roles.of(cooperate=(a + b, []))


# "根据《分工方案》,为大力支持兰(州)白(银)核心经济区率先发展,发展改革委、工业和信息化部、交通运输部、…、国资委、中国石油天然气集团公司将
# 负责支持建设兰(州)白(银)都市经济圈" (the same item): thirteen bodies, past the forty characters a later clause's subject is read to
_LONG_LIST = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;：:“”《》]{41,240}?)(?:还|也)?将?负责(?!同志|人)")


def long_charge_list(sent: str) -> Roles | None:
    m = _LONG_LIST.search(sent)
    units = _named_list(m["list"]) if m else None
    return Roles.of((units, [])) if units and len(units) >= 3 else None


# "根据西藏自治区“5.26”青藏铁路反恐维稳专题会议,即日起,自治区公安厅、拉萨铁路公安处对进出藏旅客列车开展武装护乘工作" (西藏 公安厅's
# 2015 护乘 item): the object of the work between the named bodies and their 开展
_ON_OBJECT = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;：:“”《》对]{4,60}?)对[^，,。；;：:]{2,30}?(?=开展|进行|实施)")


def pair_on_object(sent: str) -> Roles | None:
    m = _ON_OBJECT.search(sent)
    units = _named_list(m["list"]) if m else None
    if not (units and len(units) >= 2):
        return None
    roles = _reread(m["list"] + sent[m.end():])
    return roles if roles and not roles.lead and set(roles.cooperate) == set(units) else None


# "武装护乘工作由自治区公安厅领导指挥,拉萨铁路公安处牵头,成立青藏铁路进出藏旅客列车护乘反暴恐工作领导小组" (the same item)
_COMMAND_THEN_LEAD = re.compile(r"(?:^|[，,])[^，,。；;由]{0,12}?由(?P<x>[^，,。；;由]{2,20}?)(?:统一)?(?:领导指挥|统一指挥|指挥|领导)[，,]"
                                r"(?P<y>[^，,。；;]{2,20}?)牵头(?=[，,。；;]|$)")


def command_then_lead(sent: str) -> Roles | None:
    m = _COMMAND_THEN_LEAD.search(sent)
    if not (m and _named_list(m["x"]) == [m["x"]] and (y := _named_list(m["y"]))):
        return None
    return Roles.of((y, []))


# "为保证武装护乘工作取得实效,自治区公安厅决定从拉萨市公安局、那曲地区公安处、拉萨铁路公安处三个单位抽调特警、民警数十名警力组成护乘队"
# (the same item): the named units the staff come from, their count after them
_DRAWN_FROM = re.compile(r"^(?P<subj>[^，,。；;：:“”《》从]{2,20}?)(?:决定|将|还|也)?从(?P<list>[^，,。；;：:“”《》]{4,80}?)"
                         r"(?:(?:等)?" + _CJK_COUNT + r"个?(?:单位|部门))?(?:中)?(?:抽调|选调|选派|抽派)"
                         r"(?=[^，,。；;]{2,30}?(?:组成|组建|成立))")


def drawn_subject(clause: str) -> str | None:
    """The body a clause opens with, drawing staff from named units to form a team (duties cuts a sentence before it)."""
    m = _DRAWN_FROM.match(clause)
    return m["subj"] if m and _named_list(m["subj"]) == [m["subj"]] and _named_list(m["list"]) else None


def drawn_from_units(sent: str) -> Roles | None:
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _DRAWN_FROM.match(sent[at:])
        if m and _named_list(m["subj"]) == [m["subj"]] and (units := _named_list(m["list"])):
            return Roles.of(([m["subj"]], []), (units, []))
    return None


# "为广泛宣传平安西藏建设各项工作,16日,自治区党委政法委联合76家自治区、拉萨市、城关区相关单位,在拉萨市宇拓路开展…宣传活动" (西藏 政法委's
# 2024 item): the partners a count of related units of the levels listed
_COUNTED_CLASS = re.compile(r"(?:^|[，,])(?P<x>[^，,。；;：:“”《》]{2,20}?)联合" + _CJK_COUNT + r"(?:多|余)?(?:家|个)"
                            r"(?P<cls>(?:[\u4e00-\u9fff]{2,8}、){0,4}[\u4e00-\u9fff]{0,8}(?:相关|有关)(?:单位|部门))(?=[，,]|在|开展|对|共同)")


def counted_class_partners(sent: str) -> Roles | None:
    m = _COUNTED_CLASS.search(sent)
    if not (m and _named_list(m["x"]) == [m["x"]]):
        return None
    return Roles.of(([m["x"]], []), ([], [m["cls"]]))


# "近日,经吉林省工业和信息化厅等部门联合评选,长光系多家企业荣获2021年吉林省“专精特新”中小企业认定" (长光's converter item)
_APPRAISAL = re.compile(r"(?:^|[，,])经(?P<list>[^，,。；;：:“”《》]{2,60}?)等(?:" + _CJK_COUNT + r"个)?(?:多个)?(?:部门|单位)"
                        r"(?:联合|共同)(?:评选|评审|评定|认定|审核|审定|推荐|遴选)")


def joint_appraisal(sent: str) -> Roles | None:
    m = _APPRAISAL.search(sent)
    units = _named_list(m["list"]) if m else None
    return Roles.of(cooperate=(units, [])) if units else None


# "近日,中央农办、农业农村部、中央宣传部、民政部、司法部、国家乡村振兴局等6部委共同认定100个乡镇为第二批全国乡村治理示范乡镇" (fresh59
# tianjin_shi-nongyenongcunwei-zhengce-liebiao-xiangcun-zhili-shifan-jingchutour-trad.txt:2; its README: a past joint designation with no
# lead, all cooperate): the named bodies the count closes, as the clause's subject, name or designate together; the count, where printed,
# is the number of bodies named
_JOINT_DESIGNATION = re.compile(r"(?:^|[，,])(?:近日|日前|近期|近年来|此前)?[，,]?(?P<list>[^，,。；;：:“”《》]{4,120}?)等(?P<n>" + _CJK_COUNT
                                + r")?个?(?:部委|部门|单位)(?:联合|共同)(?:认定|评定|命名|审定|公布|遴选|评选)(?!办法|标准|工作|程序)")


def joint_designation(sent: str) -> Roles | None:
    m = _JOINT_DESIGNATION.search(sent)
    units = _named_list(m["list"]) if m and "、" in m["list"] else None
    if not units or len(units) < 2 or m["n"] and cn_small_int(m["n"]) != len(units):
        return None
    return Roles.of(cooperate=(units, []))


# "省旅游和文化广电体育厅牵头相关单位安排了5个暗访组、3个办案组、1个综合组对全省旅游市场进行暗访和办案" (海南 旅文厅's converter item):
# the teams a class arranged are no partners of the body that leads it
_TEAMS_ARRANGED = re.compile(r"(?<=单位|部门)(?:安排|派出|组成|组建|抽调)了?(?=" + _CJK_COUNT + r"个[\u4e00-\u9fff]{1,8}?(?:组|队))")


def teams_arranged(after: str) -> str:
    """The partners a joint verb draws in, cut where they arrange counted teams (the teams read as no partners)."""
    m = _TEAMS_ARRANGED.search(after)
    return after[: m.start()] + "，" + after[m.end():] if m else after


NEWS_CHARGE_STYLES = [
    ("joint_no_lead", joint_effort),
    ("duty_sentence", long_charge_list),
    ("joint_no_lead", pair_on_object),
    ("led_by", command_then_lead),
    ("joint_action", drawn_from_units),
    ("joint_action", counted_class_partners),
    ("joint_no_lead", joint_appraisal),
    ("joint_no_lead", joint_designation),
]
