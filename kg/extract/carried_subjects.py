"""Duty sentences whose subject stands apart from its verb, or whose verb no other reader knows (issue #16, fresh51's
first-sight misses). Each reader is a row of `CARRIED_SUBJECT_STYLES` (style, reader), tried after every other duty
style; their real lines are the table tests of tests/test_carried_subjects.py.

Four readers carry the subject over what parts it from its verb and read the sentence again, without it, with the
duty styles (a place or body with 要 / the future 将 stands for its administration, rule 2; 配合 makes its subject
cooperate, rule 1):

- `included_area`: an area the subject includes, in brackets (`凯里市(含凯里经济开发区)要重点解决好…`, 黔东南);
- `resolve_before_duty`: a phrase of resolve between 将 and the duty (`近期盘龙区将重拳出击,全面整治…`, 盘龙);
- `comma_before_future`: a comma between the subjects and their 将 / 要 (`高新区石桥铺街道、渝州路街道,将开展…`, 九龙坡);
- `response_before_help`: the subject's response to a mechanism before the help it gives (`工作中,五华区市场监管局积极响应
  “…”工作机制,配合各街道办事处和区级相关职能部门开展…`, 五华);

and two read verbs of their own:

- `overall_leadership`: an action led as a whole by one named body (`此次行动由县政府集中统一领导`, 鹿邑): it leads;
- `joint_issuing`: a body issuing a text jointly with named partners (`省农业厅联合省发展和改革委员会等九部门发文公布…`,
  大众日报's 淄博 item): X联合Y makes X lead (the README's X联合Y), the named partners cooperate;
- `later_joint_lead`: the body opening a sentence that, clauses later, 定期牵头组织联合执法活动 with no partner named (通州): it leads;
- `later_partners`: the body opening a sentence that, clauses later, acts 与Y…联合开展 (满归): read as X与Y联合开展…;
- `decided_then_striving`: a named body or place that decides, then, after a comma, 并力争 (`江西决定在三年内划定…,并力争到
  2020年完成…`, fresh62's 江西; its rows in tests/test_round207_rules.py): what it decides and strives for is its own
  commitment: it leads (the subject of 力争 carried over its decision; a place's bare `江西提出,力争…` stays no task);
- `issued_then_future`: a named body or place that issues documents, then, clauses later, 将 (`天津市出台相关文件,大力发展设施农业,
  到2025年,将发展100万亩设施农业`, fresh58's 天津 converter copy): its future work: it leads (rule 2).
"""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_generic, is_unit, split_units

__all__ = ["CARRIED_SUBJECT_STYLES"]


def _reread(sent: str) -> Roles | None:
    """The roles the duty styles read on a sentence rewritten without what parted its subject from its verb."""
    from kg.extract.duty_styles import sentence_roles  # (the registry holds this module's rows: read at call time)

    roles, _ = sentence_roles(sent)
    return None if roles.empty else roles


def _named_list(text: str) -> list[str] | None:
    """The bodies of a list when every item is a named body (no class), else None."""
    units, generic = split_units(text)
    return units if units and not generic and all(is_unit(u) and not is_generic(u) for u in units) else None


# "凯里市(含凯里经济开发区)要重点解决好老城区交通拥堵问题" (黔东南府发〔2015〕3号): the area a place includes, in brackets before its
# 要 / 将, is no part of its name
_INCLUDED = re.compile(r"^(?P<subj>[\u4e00-\u9fff]{2,12}?[市县区旗州镇])[（(]含[^（）()，,。；;]{2,24}[)）](?=要|将)")


def included_area(sent: str) -> Roles | None:
    m = _INCLUDED.match(sent)
    return _reread(m["subj"] + sent[m.end():]) if m else None


# "近期盘龙区将重拳出击,全面整治“保健”市场、…的经营乱象" (春城晚报's 盘龙 item): a phrase of resolve, no duty, between the future 将
# and the duty after its comma
_RESOLVE = re.compile(r"(?<=将)(?:重拳出击|强力出击|主动出击|全面出击|迅速行动|铁腕出击|重拳整治)[，,](?=[\u4e00-\u9fff])")


def resolve_before_duty(sent: str) -> Roles | None:
    m = _RESOLVE.search(sent)
    return _reread(sent[: m.start()] + sent[m.end():]) if m else None


# "从9月1日起,高新区石桥铺街道、渝州路街道,将开展持续100天的社会治安集中整治行动" (重庆晨报's 九龙坡 item): the named subjects, a
# comma, then their 将 / 要 (the time they start from before them)
_COMMA_BEFORE = re.compile(r"^(?P<head>(?:(?:从|自)\d{1,2}月\d{1,2}[日号]起[，,])?)(?P<subj>[^，,。；;：:“”]{2,40}?)[，,](?=将|要(?!求))")


def comma_before_future(sent: str) -> Roles | None:
    m = _COMMA_BEFORE.match(sent)
    # (a modified thing or a clause is no body: "残疾人托养服务机构的建设和运行，要参照…", the sample's 周村 plan, names the
    # work of a kind of institution; "该镇成立了工作专班,将负责日常巡查" (tasks135's negative) tells a deed before its 将)
    if not (m and not re.search(r"[的了着过]", m["subj"]) and _named_list(m["subj"])):
        return None
    return _reread(m["head"] + m["subj"] + sent[m.end():])


# "工作中,五华区市场监管局积极响应“党建引领,街道吹哨,部门报到”工作机制,配合各街道办事处和区级相关职能部门开展无证无照专项整治"
# (五华): the subject's response to a mechanism or a call, then the help it gives; read as "X配合…"
_RESPONSE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}中[，,])?(?P<subj>[^，,。；;：:“”]{2,20}?)(?:积极|主动|认真)?(?:响应|落实|贯彻)"
                       r"[^。；;]{2,60}?(?:机制|号召|要求|部署)[”\"]?[，,](?=配合)")


def response_before_help(sent: str) -> Roles | None:
    m = _RESPONSE.match(sent)
    if not (m and _named_list(m["subj"]) == [m["subj"]]):
        return None
    return _reread(m["subj"] + sent[m.end():])


# "此次行动由县政府集中统一领导,要求相关单位…严格履职,密切配合" (鹿邑): the action led as a whole by one named body
_OVERALL = re.compile(r"(?:^|[，,])(?:此次|本次|这次|该)?(?:行动|活动|整治|工作|会战)?由(?P<x>[^，,。；;由]{2,20}?)(?:集中)?统一(?:领导|指挥)"
                      r"(?=[，,。；;]|$)")


def overall_leadership(sent: str) -> Roles | None:
    m = _OVERALL.search(sent)
    return Roles.of(([m["x"]], [])) if m and _named_list(m["x"]) == [m["x"]] else None


# "近日,省农业厅联合省发展和改革委员会等九部门发文公布农业产业化省级重点龙头企业递补名单" (大众日报's 淄博 item): a body issuing a
# text with named partners and a count of the rest
_ISSUED = re.compile(r"(?:^|[，,])(?:近日|日前|近期)?[，,]?(?P<subj>[^，,。；;：:“”]{2,20}?)联合(?P<list>[^，,。；;：:“”]{2,80}?)"
                     r"(?P<rest>等(?:[一二三四五六七八九十\d]{1,3}个?)?(?:部门|单位))?(?:联合)?(?:发文|印发|下发|出台|发布)")


def joint_issuing(sent: str) -> Roles | None:
    m = _ISSUED.search(sent)
    if not (m and _named_list(m["subj"]) == [m["subj"]] and (partners := _named_list(m["list"]))):
        return None
    return Roles.of(([m["subj"]], []), (partners, []))


# "据介绍,通州区城管执法局持续加大占道经营检查和社区宣传普及力度,加强与成员单位以及各街道办事处、乡镇政府的沟通协作,定期牵头组织联合
# 执法活动,形成整治合力" (tasks28's 通州, a converter copy: beijing_tongzhou-chengguan-dingqi-qiantou-zuzhi-converter.txt:3; its gold: the
# bureau leads, no partner named): the body opening the sentence goes on, clauses later, to lead the joint action it organises — a
# clause of its own opening with (an adverb and) 牵头组织 / 牵头开展 a joint enforcement, naming no partner (who is named after 牵头 is
# joint_action's)
_LEADS_LATER = re.compile(r"[，,](?:并|还|同时|定期|经常|常态化|多次|每月|每周)?牵头(?:组织|开展|组织开展)了?(?:多次|\d+次)?"
                          r"联合(?:执法|检查|整治|巡查|督查)(?:活动|行动)?(?=[，,。；;]|$)")


# a station or squad of the bureau the clause opens with, printed right after it: "满归森林公安局北岸派出所及时增加警力…" (满归) — one body
_SUB_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:派出所|分局|大队|中队|支队|检查站|管理站|林场)")


def _opening_body(clause: str) -> list[str] | None:
    """The one body a sentence's first clause opens with (joint_leads' opening_lead), with its station or squad printed after it."""
    from kg.extract.joint_leads import opening_lead  # (joint_leads reads through the duty registry's modules)

    subject = opening_lead([clause])
    if subject and clause.startswith(subject[0]) and (sub := _SUB_BODY.match(clause, len(subject[0]))):
        subject = [subject[0] + sub[0]]
    return subject if subject and _named_list(subject[0]) == subject else None


def later_joint_lead(sent: str) -> Roles | None:
    m = _LEADS_LATER.search(sent)
    if not m:
        return None
    subject = _opening_body(re.split(r"[，,]", sent[: m.start()])[0])
    return Roles.of((subject, [])) if subject else None


# "近期,满归森林公安局北岸派出所及时增加警力加大森林生态防火管控力度,与北岸林场安全防火专职人员联合开展了春防以来第二次森林生态防火
# “三清”隐患排查工作" (fresh33's 满归, a converter copy: neimenggu_mangui-senlin-gonganju-beian-paichusuo-fanghuo-converter.txt:2; its gold:
# both cooperate): the body opening the sentence goes on, in a clause of its own opening with 与, to act jointly with its partner — read
# as "X与Y联合开展…" (joint_partners' reading)
_PARTNER_LATER = re.compile(r"[，,](?:并|还|同时|积极|主动)?与(?=[^，,。；;]{2,30}?联合(?:开展|执法|检查|整治|巡查|行动))")


def later_partners(sent: str) -> Roles | None:
    m = _PARTNER_LATER.search(sent)
    subject = _opening_body(re.split(r"[，,]", sent[: m.start()])[0]) if m else None
    return _reread(subject[0] + sent[m.end() - 1:]) if subject else None


# "新华社南昌12月21日电(记者秦宏)以确保…为目标,江西决定在三年内划定3500万亩水稻功能区和油菜籽生产保护区,并力争到2020年完成“两区”内
# 高标准农田建设。" (fresh62 jiangxi_sheng-2017-liangqu-huading-gaobiaozhun-nongtian-tunong.txt:13; its README, the integrator's ruling:
# a place that decides and 力争 leads): the subject of 决定 is the subject of the 并力争 clause after it — a named body, or a place standing
# for its administration (rule 2). A decision alone (the 核心提示 line cut before 力争), a meeting's 决定 and a 提出 before 力争 (no
# subject of its own, the README's doubtful reading) are no task.
_DECIDED_THEN_STRIVING = re.compile(r"(?:^|[，,])(?P<subj>[^，,。；;：:“”《》()（）]{2,20}?)(?:决定|決定)[^。；;：:]{2,80}?[，,]并(?:力争|力爭)"
                                    r"(?=[^，,。；;]{2})")


def decided_then_striving(sent: str) -> Roles | None:
    from kg.extract.duty_subjects import _place_party  # (duty_subjects reads the registry's first rows: read at call time)

    m = _DECIDED_THEN_STRIVING.search(sent)
    if not m:
        return None
    subj = m["subj"]
    return Roles.of(([subj], [])) if _named_list(subj) == [subj] or _place_party(subj, True) else None


# "…,天津市出台相关文件,大力发展设施农业,到2025年,将发展100万亩设施农业,今年将先发展20万亩,…" (fresh58 tianjin_shi-sheshi-nongye-
# zhiwu-gongchang-ytjhdl-converter.txt:13, a converter copy; its gold: the place leads, rule 2): the body or place that issues its
# documents or measures is the subject of the 将 clause that follows them, the clauses between (what it does, by when) having no
# subject of their own. A document issued alone (no 将 after it) is its own deed: no task.
_ISSUED_THEN_FUTURE = re.compile(r"(?:^|[，,])(?P<subj>[^，,。；;：:“”《》()（）]{2,20}?)出台了?(?:相关|一系列|多项|系列)?"
                                 r"(?:文件|政策|措施|方案|意见|办法)[^。；;：:“”]{0,60}?[，,](?:到\d{4}年[，,]?)?将(?=[^，,。；;]{2})")


def issued_then_future(sent: str) -> Roles | None:
    from kg.extract.duty_subjects import _place_party  # (duty_subjects reads the registry's first rows: read at call time)

    m = _ISSUED_THEN_FUTURE.search(sent)
    if not m:
        return None
    subj = m["subj"]
    return Roles.of(([subj], [])) if _named_list(subj) == [subj] or _place_party(subj, True) else None


CARRIED_SUBJECT_STYLES = [
    ("duty_sentence", included_area),
    ("duty_sentence", resolve_before_duty),
    ("duty_sentence", comma_before_future),
    ("assisted", response_before_help),
    ("led_by", overall_leadership),
    ("joint", joint_issuing),
    ("duty_sentence", later_joint_lead),
    ("joint", later_partners),
    ("duty_sentence", decided_then_striving),
    ("duty_sentence", issued_then_future),
]
