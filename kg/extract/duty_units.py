"""The units a clause of a duty sentence names: named units and classes (split_units), functional names sharing
one 部门 ("规划、土地部门"), fields listed before 等部门 ("规划、公安、房产等部门"), and never a person (a leader, 县长
张三). Apart from the sentence styles (duty_styles) and the line reader (duties) because every style and the
folding of cooperating sentences ask it the same question: is this text units only?"""

from __future__ import annotations

import re

from kg.extract.units import _is_division, _placed_unit, holds_de, is_unit, split_units
from kg.places import division_levels


# 由相关县领导牵头: a person (a leader) leads, not a unit
# (a person's name never ends as a body's does: "雨湖区市场监管局长城所" (fresh23's 雨湖) is the bureau's 长城 station, no
# 局长 named 城所)
PERSON_BY_POST = re.compile(r"(?:领导|同志|负责人|组长|书记|县长|区长|市长|镇长|乡长|主任)$|"
                     r"(?:书记|县长|区长|市长|镇长|乡长|主任|局长)[\u4e00-\u9fff]{2,3}(?<![所站队局委办处科室院厅])$")  # "常务副县长张三"


# "规划、土地部门", "发展改革和财政部门": functional names sharing one 部门 (a single one keeps it: 民政部门);
# 住房和城乡建设 and the like are one field, not two
_SHARED_DEPT = re.compile(r"^(?P<items>[\u4e00-\u9fff]{2,6}(?:[、和][\u4e00-\u9fff]{2,6})+)部门$")
# (劳动和社会保障: the former ministry's field, "市劳动和社会保障行政部门", fresh17's 上海 regulation)
_AND_FIELDS = re.compile(r"劳动和社会保障|住房和城乡建设|人力资源和社会保障|文化和旅游|工业和信息化|自然资源和规划|卫生和计划生育|广播电视和")


def _shared_dept(text: str) -> list[str] | None:
    m = _SHARED_DEPT.match(text)
    if not m:
        return None
    items = re.split(r"、|和", _AND_FIELDS.sub(lambda x: x[0].replace("和", "\0"), m["items"]))
    items = [x.replace("\0", "和") for x in items]
    # (bare fields before one 主管部门 are one class, the competent departments of every field: "农业、渔业、农垦、气象主管
    # 部门负责本行业相关灾情的统计", fresh58's 海南 实施细则 line 28 — units._FIELD_RUN)
    if items[-1].endswith("主管") or items[-1].endswith("主管行政"):
        return None
    # (a field of two characters is no unit even where it ends like one: 人社 = 人力资源和社会保障)
    # (a fused field counts as one word: "教育、劳动和社会保障行政部门", fresh13's 青岛)
    ok = all(2 <= len(_AND_FIELDS.sub("和", x)) <= 6 and (len(x) == 2 or not is_unit(x)) and not re.search(r"等|有关|相关|^各|其他|^全", x)
             for x in items)
    return items if ok and len(items) >= 2 else None  # ("市劳动和社会保障行政部门": one fused field, one body)


# a body named with the body that set it up or holds it: "市劳动和社会保障行政部门设立的社会保险经办机构", "劳动和社会保障行政
# 部门的监察机构" (fresh17's 上海 regulation): the body after 的 acts (named by function, as printed)
_OWNED_BODY = re.compile(r"^(?P<owner>[^、，,。；;的]{3,24}?)(?:设立|设置|所属|下属|内设)?的(?P<body>[\u4e00-\u9fff]{2,12}(?:机构|中心|站|所|队))$")


def _owned_body(text: str) -> str | None:
    m = _OWNED_BODY.match(text)
    return m["body"] if m and is_unit(m["owner"]) and is_unit(m["body"]) else None


def units_only(text: str) -> tuple[list[str], list[str]] | None:
    owned = _owned_body(re.sub(r"\s+", "", text))
    if owned:
        return [owned], []
    shared = _shared_dept(re.sub(r"\s+", "", text))
    if shared:
        return shared, []
    if _BARE_LEVELS.fullmatch(text):
        return [], [text]  # (the levels below, no body named: _BARE_LEVELS)
    fields = _FIELD_LIST.match(re.sub(r"\s+", "", text))  # "县公安、住建等部门要…": the fields listed before 等部门
    if fields and not fields["more"]:
        return fields["items"].split("、"), ["等部门"]
    u, g = split_units(text)
    if not u and not g or any(PERSON_BY_POST.search(x) for x in u + g):
        return None
    # (a place standing for its own body of the kind the next one names: "由铜陵市和无为县渔政站负责…" (fresh29's 安徽, split_units))
    # (a …部门 holding 的 is a clause glued before the body word, no body: "对于久拖不结的案件上级部门要…", units.holds_de)
    if any(not (is_unit(_SECOND_BODY_NAME.sub("", x)) or re.search(r"(发展改革|财政|部门)$", x) and not holds_de(x)
                or _listed_division(x) and _run_ends_placed(u, k)) for k, x in enumerate(u)):
        return None
    return u, g


# a body's other name in brackets after it, the bureau it also is: "市发改委(粮食局)" (fresh62's 潜江 解读, line 34; its README: one
# unit as printed) — a unit as the name before it is; only a 局 (an office's other office, "市政府外办(港澳办)", stays as it was
# read: tasks107's 北京 指挥部 notice, its gold the name less its bracket)
_SECOND_BODY_NAME = re.compile(r"(?<=[局委办厅])[（(][\u4e00-\u9fff]{2,10}局[)）]$")


def one_named_unit(text: str) -> str | None:
    """The one named body a subject prints (one unit, no class beside it), else None — the lead check of the clause
    and statement readers (clause_roles, stated_charges)."""
    units = units_only(text)
    return units[0][0] if units and len(units[0]) == 1 and not units[1] and is_unit(units[0][0]) else None


def is_one_named_unit(text: str) -> bool:
    """Whether the text is, whole, the one named body it prints (the lead check of the clause, statement and partner
    readers: a subject with anything beside its name is no such subject)."""
    return bool(text) and one_named_unit(text) == text


def _run_ends_placed(u: list[str], k: int) -> bool:
    """True when the places listed from k on end with a placed body, the organ word printed once after the last being every
    place's (decision B, stop 25: "偃师市、孟津县、洛龙区人民政府应当成立…" (fresh19's 洛阳 regulation), as "黄埔区、南沙区政府")."""
    j = k + 1
    while j < len(u) and _listed_division(u[j]) and not is_unit(u[j]):
        j += 1
    return j < len(u) and (_placed_unit(u[j]) or bool(_AREA_UNIT.match(u[j])))


# the city's own urban area's body closing a list of its county-level places: "荣成市、文登市、乳山市、市区烟草专卖局(以下简称县级烟草
# 专卖行政主管部门)负责…" (fresh43's 威海 regulation): 市区 / 城区 is a place of the list, its organ word every place's (decision B)
_AREA_UNIT = re.compile(r"^(?:市区|城区)[\u4e00-\u9fff]{2,12}(?:局|委员会|委|办公室|办)$")


def _listed_division(name: str) -> bool:
    """A division with its level, known by its stem when since renamed (偃师市, now 偃师区; 孟津县, now 孟津区), as
    _placed_unit knows the division before a unit."""
    return _is_division(name) or len(name) >= 3 and name[-1] in "省市州县区旗盟" and name[:-1] in division_levels()


# "规划、公安、房产等部门": fields named before 等部门 stand for their departments
_FIELD_LIST = re.compile(r"^(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等(?:有关|相关)?部门"
                         r"(?:[和及](?P<more>[^，,。；;]{2,40}))?$")


def coop_units(text: str) -> tuple[list[str], list[str]] | None:
    """Cooperating units: names, or fields before 等部门 ("财政、计划、公安等部门和乡(镇)人民政府": the fields, and the
    class after them)."""
    m = _FIELD_LIST.match(text)
    if m:
        more = units_only(m["more"]) if m["more"] else ([], [])
        return (m["items"].split("、") + more[0], ["等部门"] + more[1]) if more else None
    return units_only(text)


# a list of bare levels below the subject, no body named: "市农业发展中心会同区、镇、街道负责落实粮食生产面积" (fresh62
# hubei_qianjiang-shi-nongyenongcunju-2021-liangshi-shengchan-gongzuo-fangan-jiedu.txt:34; its README: 区、镇、街道 generic)
_LEVEL_WORD = r"(?:省|市|县|区|乡镇|镇|乡|街道|村|社区)"
_BARE_LEVELS = re.compile(rf"{_LEVEL_WORD}(?:[、和及]{_LEVEL_WORD})+")
