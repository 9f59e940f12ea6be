"""Duty sentences on the lines of a document: each line cut into sentences (a "…，由X综合…" clause, a later clause
a named unit opens, the parts a numbered directive gives), each read by the sentence styles (duty_styles:
`SENTENCE_STYLES`), and a following sentence of cooperating units folded into the duty before it; a duty list's
entry printed as its units, a full stop and its 负责 duty ("县环保局。负责…") is read as one duty (`headed_duties`)."""

from __future__ import annotations

import re

from kg.extract.back_refs import has_back_ref, head_before_ref, resolve_back_refs
from kg.extract.campaign_charges import place_ref_will
from kg.extract.future_partners import with_future_partners
from kg.extract.duty_subjects import _SUBJECT_AT_START, _place_party
from kg.extract.duty_roles import _DUTY_HEADING, reorganised_subject
from kg.extract.duty_reports import accompanying_bodies, attended_after, head_led_group, joined_officials, visiting_group
from kg.extract.duty_styles import _ARTICLE, _sentence_roles
from kg.extract.modal_duties import modal_duty
from kg.extract.named_charges import assisting_clauses
from kg.extract.news_charges import drawn_subject
from kg.extract.joint_reports import team_drawn_after_sender
from kg.extract.reported_roles import pledged_subject
from kg.extract.short_item_charges import planned_subject
from kg.extract.duty_units import coop_units, units_only
from kg.extract.joint_leads import opening_lead
from kg.extract.joint_partners import partners
from kg.extract.joint_groups import joint_group
from kg.extract.joint_action import joint_action, joint_without_lead
from kg.extract.joint_headlines import joint_headline
from kg.extract.phrase_lines import phrase_sentence
from kg.extract.task_record import _item_id, _item_start, task_record
from kg.extract.units import Roles, is_generic, is_unit
from kg.model import Document, Line
from kg.parse.normalize import compact, printed_form
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["sentence_tasks"]


# "二要完善学生通勤机制。教育部门整理统计走读生居住信息,联运公司针对学生上、下学的时段及流量,推广“校园通勤车”" (迁西):
# the sentence after a numbered directive of a speech (一要…。 二要…。) gives each named body its part with no 要/负责.
# Only there is a clause that opens with a whole unit name and goes on with its work read as that unit's duty.
_DIRECTIVE = re.compile(r"^[一二三四五六七八九十]要[^。；;，,]{2,30}[。；;]$")
# the ends of a body's name there (not 行 or 社, which end everyday words: 出行, 社会)
# (and a committee: "安昌镇管委会共整治…", fresh15; not a bare 会, which ends 大会, 社会)
# (and a zone's or party's 部 named by its work: "综合工作部做好舆情和处置;…" (tasks76's 涟水 开发区); never 干部 / 全部 / 内部)
_BODY_END = re.compile(r"(?:部门|公司|局|委|办|中心|院|队|所|站|厅|集团|街道|政府|委员会|管委会|协会|联合会|"
                       r"(?:工作|促进|宣传|组织|统战|武装|服务|发展|建设|规划)部)$")


def _opening_unit(clause: str) -> list[str] | None:
    """The named units a clause opens with (the longest opening that is a list of units only), None when the
    clause opens with no named unit, with a class, or is nothing but the name."""
    for e in range(min(len(clause) - 2, 24), 1, -1):
        head = clause[:e]
        if (not _BODY_END.search(head) or re.search(r"[，,。；;“”《》…]", head) or clause[e : e + 1] in ("员", "长")
                or re.match(r"[将把向从在]|对(?!外)", head)):
            continue  # (城管队员, 中队长: persons; a name holds no ellipsis; "将规划方案…征求…部门": a clause opening with a preposition names no subject)
        units = units_only(head)
        if units and units[0] and not units[1] and all(is_unit(u) or u.endswith("部门") for u in units[0]):
            return units[0]
    return None


# "在现场,城管中队清理…;龙岗市场监管所督促食品加工经销店保持店面卫生…;交警整治…" (临安), "城管队员已整治…;安昌镇管委会共整治…;
# 市场监督管理所共检查…" (安昌), both fresh15: a report gives each body its part in sibling clauses parted by semicolons; where
# two or more of them open with a named body, each such clause is that body's part, as a directive's parts are
_SIBLING_END = ("；", ";")


# (a zone's duty list giving each body its share in such clauses: "综合工作部做好舆情和处置;财政审计局保障园区管理资金使用;区派出所及时
# 处置社会治理问题,保护企业的合法权益" (tasks76's 涟水 开发区, http://www.lianshui.gov.cn/col/1164_823538/art/17329824/
# 17349438466004RSksfTj.html): the words of a share to keep up (做好 / 保障 / 及时处置). A report's parts, each body and what it did —
# "城管中队清理…;龙岗市场监管所督促…" (fresh15's 临安), "安昌镇管委会共整治…;市场监督管理所共检查…" (fresh15's 安昌) — are single
# bodies' deeds, events and no tasks (stop 24's convention, rule 3): 督促 / 清理 / 共整治 / 已检查 open no part)
_DID = re.compile(r"^(?:及时)?(?:做好|保障|处置)")


def _opens_with_unit(sent: str) -> bool:
    for at in [0] + [m.end() for m in re.finditer(r"[，,]", sent)]:
        units = _opening_unit(sent[at:])
        if units and _DID.match(sent[at + len("、".join(units)):]):
            return True
    return False


def _sibling_parts(sentences: list[str]) -> set[int]:
    """The sentences that are a report's sibling parts, each opening with a named body (none when fewer than two)."""
    parted = [n for n, sent in enumerate(sentences)
              if (sent.endswith(_SIBLING_END) or n and sentences[n - 1].endswith(_SIBLING_END)) and _opens_with_unit(sent)]
    return set(parted) if len(parted) >= 2 else set()


# "(一)决策征求群众意见。市自然资源局在详细规划等编制时,…" (连云港 提案 reply, fresh15): a numbered item's short title, then
# the body that acts on it — the title is the item's directive, as 一要… is a speech's
_ITEM_TITLE = re.compile(r"^[^。；;，,：:“”《》]{2,16}[。]$")


# (the body acting on the item: a named level's body, then how it acts — "市自然资源局在…时", "市住建局在…时")
_ACTS = re.compile(r"^(?:在|要|将|已|积极|持续|通过|围绕|坚持|按照)")


def _acts_on_item(sent: str) -> bool:
    units = _opening_unit(sent)
    return bool(units and len(units) == 1 and re.match(r"[省市县区]", units[0]) and _ACTS.match(sent[len(units[0]):]))


# "行动中各部门分工协作,镇综合执法大队文明劝导…,市监所检查…,派出所疏导交通…" (fresh18's 平口): a sentence that opens by
# announcing a division of labour gives each body named at the head of a later clause its own part, as a directive does
_DIVISION = re.compile(r"^[^，,。；;]{0,8}?各(?:部门|单位|成员单位)(?:之间)?(?:分工协作|分工合作|分工负责|各司其职|各负其责)[，,]")


def _directive_parts(sentences: list[str], titled: bool = False) -> list[tuple[str, list[str] | None]]:
    """Each sentence with the units whose part it states: a sentence after a directive (or after a numbered item's
    title, `titled`), or a report's sibling part, is cut before each clause that opens with named units; elsewhere no
    units (the sentence styles read it)."""
    out = []
    siblings = _sibling_parts(sentences)
    for n, sent in enumerate(sentences):
        after_directive = n > 0 and (_DIRECTIVE.match(sentences[n - 1])
                                     or titled and n == 1 and _ITEM_TITLE.match(sentences[0]) and _acts_on_item(sent))
        after_directive = after_directive or bool(_DIVISION.match(sent))
        if not (after_directive or n in siblings) or _sentence_roles(sent)[1] is not None:
            out.append((sent, None))
            continue
        cuts = [0] + [m.end() for m in re.finditer(r"[，,]", sent) if _opening_unit(sent[m.end():])]
        for a, b in zip(cuts, cuts[1:] + [len(sent)]):
            out.append((sent[a:b], _opening_unit(sent[a:b])))
    return out


# "各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督…。县交通局、公路局。负责对…" (a duty list): each
# entry printed as its units, a full stop, then its duty opening with 负责 — the units' sentence heads the duty sentence
_HEAD_UNITS = re.compile(r"(?:^|[:：])(?P<units>[^:：，,。；;“”《》]{2,60})。$")
_DUTY_OPENS = re.compile(r"^负责(?!同志|人)")


def _head_units(sent: str, nxt: str) -> list[str] | None:
    """The units a sentence names as the heading of the next, a duty opening with 负责; None when it is no such heading."""
    m = _HEAD_UNITS.search(sent)
    if not (m and _DUTY_OPENS.match(nxt)):
        return None
    units = units_only(m["units"])
    if not (units and units[0] and all(is_unit(u) for u in units[0])):
        return None
    # (a named body among classes: "8、各镇、街道、莘庄工业区。负责将…纳入社区综合管理范围" (fresh38's 闵行 平安市场 plan; its README: the
    # named zone answers for the duty, the towns and streets are a class) — the classes kept beside it, read apart by _headed_roles)
    if units[1] and not (len(units[0]) == 1 and all(is_generic(g) for g in units[1])):
        return None
    return units[0] + units[1]


def headed_duties(parts: list[tuple[str, list[str] | None]]) -> list[tuple[str, list[str] | None, str | None]]:
    """Each (sentence, units, style): a units-only sentence is joined to the 负责 sentence it heads (style
    "unit_duty"); a directive's part keeps its units (style "directive_part"); any other sentence has none."""
    out, skip = [], False
    for n, (sent, units) in enumerate(parts):
        if skip:
            skip = False
            continue
        nxt = parts[n + 1][0] if n + 1 < len(parts) else ""
        head = None if units else _head_units(sent, nxt)
        if head:
            out.append((sent[_HEAD_UNITS.search(sent).start("units"):] + nxt, head, "unit_duty"))
            skip = True
        else:
            out.append((sent, units, "directive_part" if units else None))
    return out


def _headed_roles(units: list[str], style: str) -> Roles:
    """A directive's part: its units lead. A duty list's entry: one unit answers for its duty (leads); several listed
    with no lead marked share it (cooperate), as a 责任单位 list does."""
    classes = [x for x in units if is_generic(x) and not is_unit(x)] if style == "unit_duty" else []
    if classes:
        return Roles(lead=[x for x in units if x not in classes], generic_lead=classes)  # (one named body among classes: _head_units)
    if style == "unit_duty" and len(units) > 1:
        return Roles(cooperate=list(units))
    return Roles(lead=list(units))


_LEAD_IN_MAX = 16
# a news headline naming its body before two slogans parted by a space: "圖強林業局潮中林場:靶向發力護生態 筑牢野生動植物保護屏障"
# (http://www.txfzv.com/content/2025-12/18/content_873671.html; tasks44: no task), "海湾中队:多方联动共建美丽家园 助力社区环境焕新颜"
# (https://www.fengxian.gov.cn/cgzfj/jcdt/20250422/87828.html): no duty after the colon
# (and the two parted by a comma, the first a four-character phrase: "嘉定城管工业区中队:多措并举,提升城乡结合部管理效能" (fresh40's 嘉定),
# "真新城管中队:美丽商区,从我做起" (http://chengguan.jiading.cn/gzdt/zxzd/content_508066), "蜜蜂张街道:重拳出击,整治占道经营"
# (fresh24's 二七区); never a duty after the colon, "X：负责…,配合…", "X:加强巡查,…")
_HEADLINE = re.compile(r"^[^\s，,。；;:：]{2,24}[:：](?:[^\s，,。；;:：]{4,18}\s+|(?!负责|牵头|配合|协助|参与|做好|落实|加强|强化|加大|开展|组织|推进|严格|及时|督促|指导|完善|建立|抓好|确保)[\u4e00-\u9fff]{4}[，,])"
                       r"[^\s，,。；;:：]{4,18}$")
# (具体 before it: "市政府将对各目标任务实施动态管理,具体由市发改委牵头负责" (fresh46's 苏州; its README: two tasks, the government's
# future 将 and the commission's 牵头))
_BY_CLAUSE = re.compile(r"(?<=[，,])(?=(?:具体)?由[^，,。；;由]{2,20}?(?:综合|汇总|负责|牵头|统筹|组织|审核))")
_ITEM_MARK = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）](?=[\u4e00-\u9fff])|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))")


def _restated(name: str, before: str) -> bool:
    """True when a later clause's body is the tail of a longer name printed before it in the sentence: the bodies just named,
    pointed back to ("此次督查由延吉市委、延吉市政府督查室組織協調並實施,督查工作結束後,督查室負責第一時間…進行督查通報" (fresh40's
    延吉; its README: 督查室負責 commits the two just named, one task). Only a bare organ word, no place or level before it: "…报区人民
    政府办公室,区人民政府办公室将对…" (a 2023 督办 notice, tests/test_task_styles.py) names its body in full again, a clause of its own."""
    if len(name) > 6 or re.match(r"^(?:[省市县区州旗盟镇乡]|自治)", name):
        return False
    return bool(re.search(r"[\u4e00-\u9fff]" + re.escape(name), before))


def _subject_clauses(sent: str) -> list[str]:
    """One sentence cut before each later clause that a named unit opens with its own duty ("县财政局要做好…,
    及时拨付项目资金,县自然资源和规划局要及时跟进…"): each unit answers for its own clause."""
    cuts = []
    for m in re.finditer(r"[，,]", sent):
        clause = sent[m.end():]
        # (a body drawing staff from named units to form its team opens a clause of its own: "…,拉萨铁路公安处牵头,成立…领导小组,为保证…,
        # 自治区公安厅决定从拉萨市公安局、那曲地区公安处、拉萨铁路公安处三个单位抽调…组成护乘队" (fresh52's 西藏 护乘 item: two tasks))
        subj = drawn_subject(clause)
        # (and a body reorganised into a new one given its duties: "…的职能由中央农村工作领导小组来承担,国务院扶贫办重组为国家乡村振兴局,归口农业
        # 农村部管理,主要负责…" (fresh60's 天津 item: two tasks))
        subj = subj or reorganised_subject(clause)
        # (and a place's pledge after another's 将: "…,北京則將在5年內斥資72億支援和田地區,…,如安徽省,亦表示要在5年內投入13億…"
        # (fresh54's 援疆 item): each place its own task, reported_roles.pledged_subject)
        # (a place is no unit name: the pledge reader has read it as the lead already)
        pledged = None if subj else pledged_subject(clause)
        # (and a place's plan of a counted amount: "其中,尼玛县计划搬迁1368户4105人,双湖县计划搬迁2396户4442人,…" (tasks99's 西藏
        # item): each county its own task, short_item_charges.planned_subject)
        pledged = pledged or (None if subj else planned_subject(clause))
        subj = subj or pledged
        if subj is None:
            s = _SUBJECT_AT_START.match(clause)
            # (the words stop 24 added — 应 / 须 / 确保 / 力争 / 计划 / 拟 — open a duty at a sentence's start only, and cut none)
            if not s or s["verb"] in ("：", ":") or s["commit"] or len(s["subj"]) > 20 or re.match(r"[并由且而及和]", clause):
                continue
            subj = s["subj"]
        units = ([subj], []) if pledged else units_only(subj)
        if units and len(units[0]) == 1 and _restated(units[0][0], sent[: m.start()]):
            continue
        # only after a part that states a duty of its own: a leading condition ("…的，X要…") stays with X
        if units and units[0] and not units[1] and not _sentence_roles(sent[cuts[-1] if cuts else 0 : m.end()])[0].empty:
            cuts.append(m.end())
    if not cuts:
        return [sent]
    bounds = [0] + cuts + [len(sent)]
    return [sent[a:b] for a, b in zip(bounds, bounds[1:]) if sent[a:b]]



# the examples after a report's joint action: "…,天涯区旅游警察、交通运输、…等14个相关单位也参与综合整治,如旅游警察负责在三亚湾组织开展
# 海上巡查…,住房与城乡建设局负责完善…" (fresh27's 三亚): the bodies taking part are one task, each example's duty its own
_EXAMPLE = re.compile(r"[，,](?=(?:如|比如|例如)[^，,。；;]{2,16}?负责)")


# a later example of the same kind, a named unit and its own duty: ",住房与城乡建设局负责完善…" (fresh27's 三亚)
_NEXT_EXAMPLE = re.compile(r"[，,](?=(?P<subj>[^，,。；;、]{2,16}?)负责)")
# the body an example names: one of the bodies taking part, printed short ("天涯区旅游警察" → "如旅游警察负责…")
_EXAMPLE_OF = re.compile(r"^(?:如|比如|例如)(?P<body>[\u4e00-\u9fff]{2,10}?)负责")


def _examples_cut(sent: str) -> list[str]:
    """One sentence cut before its 如X负责… examples when the part before is a joint action a news reader reads, and
    before each later example a named unit opens."""
    m = _EXAMPLE.search(sent)
    if not m or _sentence_roles(sent[: m.end()])[1] not in _NEWS_STYLES:
        return [sent]
    rest, cuts = sent[m.end():], [0]
    for e in _NEXT_EXAMPLE.finditer(rest):
        units = units_only(e["subj"])
        if units and units[0] and not units[1]:
            cuts.append(e.end())
    bounds = cuts + [len(rest)]
    return [sent[: m.end()]] + [rest[a:b] for a, b in zip(bounds, bounds[1:]) if rest[a:b]]


def _example_of(sent: str, before: Roles | None) -> Roles | None:
    """如X负责…, X one of the bodies the joint action before named (as printed there or its end): X leads."""
    m = _EXAMPLE_OF.match(sent)
    if not (m and before) or not any(x.endswith(m["body"]) for x in before.cooperate + before.lead):
        return None
    return Roles(lead=[m["body"]])


# a report of several joint actions in one sentence, each clause opening with bodies of its own: "…,海西州与酒泉市生态环境部门
# 2次组成跨省区执法巡查组对…进行联合巡查,海北州与张掖市生态环境部门联合对…进行执法检查,果洛州与阿坝州联合开展…" (fresh21's
# 青海): each is a task of its own
_JOINT_READERS = (joint_action, joint_without_lead, joint_group, partners)


_BRACKETED_CLAUSE = re.compile(r"(?:[^，,。；;（(]|[（(][^（()）。；;]{0,40}[)）])*")


def _joint_clauses(sent: str) -> list[str]:
    """One sentence cut before each later clause that a joint reader reads by itself, when a joint reader reads the part
    before it too (a lead named before a group, "由X牵头,A、B联合开展…", stays one task)."""
    cuts = []
    for m in re.finditer(r"[，,]", sent):
        clause = re.split(r"[，,。；;]", sent[m.end():])[0]
        # (a lead's clause and the partners it draws in after its comma: "…自A、B等7部门部署开展…行动以来,青海省生态环境厅牵头,会同省林草局、…
        # 等部门,将…纳入…" (fresh30's 青海): the two clauses read together)
        two = clause.endswith("牵头") and re.match(r"[^，,。；;]+[，,][^，,。；;]+", sent[m.end():])
        if two:
            clause = two[0]
        if len(clause) < 8 or not any(read(clause + "，") for read in _JOINT_READERS):
            # (a comma inside a remark in brackets is no end of the clause: "…执法大队联合街道保洁队(保洁车辆1台,保洁队员3名)对主次
            # 干道进行巡查治理" (fresh28's 天津和平))
            whole = _BRACKETED_CLAUSE.match(sent[m.end():])[0]
            if whole == clause or len(whole) < 8 or not any(read(whole + "，") for read in _JOINT_READERS):
                continue
            clause = whole
        before = sent[cuts[-1] if cuts else 0 : m.end()]
        if not any(read(before) for read in _JOINT_READERS):
            # (or a duty of named subjects of its own before it, which the whole sentence's joint reading would lose:
            # "南市街道办事处和执法大队将持续…对…非法占路经营实施整治,每日上午和下午执法大队联合街道保洁队…对主次干道进行巡查治理"
            # (fresh28's 天津和平 政协提案答复; its gold: two tasks))
            own_duty, style = _sentence_roles(before)
            if style == "duty_sentence" and own_duty.lead and not cuts \
                    and not set(own_duty.lead) <= set(_sentence_roles(sent)[0].lead):
                cuts.append(m.end())
            continue
        read_before = _sentence_roles(before)[0]
        # (or bodies acting with none to lead, then a lead of its own drawing others in: two actions — the 青海 sentence above)
        # (and a group issuing with none to lead, told as what the page carries out, then a lead drawing others in: "为全面落实
        # 文化和旅游部、国家发展改革委、国家体育总局联合印发的《…》,深入推动…,省文旅厅会同省发改委、…等部门联合起草了…" (fresh55's 吉林 方案 :6))
        own = _sentence_roles(clause + "，")[0] if two or (not read_before.lead and read_before.cooperate) else None
        if (read_before == _sentence_roles(before + clause)[0]
                or own and own.lead and own.cooperate and not read_before.lead and not set(own.lead) & set(read_before.cooperate)):
            cuts.append(m.end())
    if not cuts:
        return [sent]
    bounds = [0] + cuts + [len(sent)]
    return [sent[a:b] for a, b in zip(bounds, bounds[1:]) if sent[a:b]]

# "市场监管局负责化肥、农业执法大队负责农药、种子管理站负责种子…" (宁县): charges listed with 、, each a unit and its
# own object; the sentence is cut before each later "UNIT负责"
_CHARGE = re.compile(r"^(?P<subj>[^，,。；;、：:“”《》]{2,16}?)负责(?!同志|人)")


def _charge_list(sent: str) -> list[str]:
    """A list of charges run together with 、 cut into one sentence per unit; any other sentence as it is."""
    if not ((m := _CHARGE.match(sent)) and (u := units_only(m["subj"])) and u[0] and not u[1]):
        return [sent]
    cuts = [p.end() for p in re.finditer("、", sent)
            if (c := _CHARGE.match(sent[p.end():])) and (u := units_only(c["subj"])) and u[0] and not u[1]]
    if not cuts:
        return [sent]
    bounds = [0] + cuts + [len(sent)]
    return [sent[a:b].rstrip("、") for a, b in zip(bounds, bounds[1:])]


_NEWS_STYLES = ("joint_action", "joint_no_lead")


def _from_actor(sent: str, roles: Roles, style: str) -> str:
    """A news report's task from the clause its bodies open: "为进一步…,2月10日,县教体局联合…等部门开展…" → "县教体局联合…
    等部门开展…" (the purpose and the date before it are no part of the action)."""
    if style not in _NEWS_STYLES:
        return sent
    for m in re.finditer(r"[，,]", sent):
        again, how = _sentence_roles(sent[m.end():])
        if how != style or (again.lead, again.cooperate) != (roles.lead, roles.cooperate):
            break
        sent = sent[m.end():]
    return sent


# a numbered point of a news item goes on with the item's subject: "一季度,前湾新区市监分局以…为重点,…开展隐患排查整治工作。" ⏎
# "二是通过系统平台实时监控和线下突击检查,联合资规建、经信、…以及华润燃气等6家部门和单位开展联合检查" (fresh18's 前湾): a clause
# opening with 联合 / 会同, no subject of its own, in a point opened by 一是 / 二是 …, is done by the body the item's first
# sentence opens with (a news report's joint action only)
_POINT = re.compile(r"^[一二三四五六七八九十]是")
_JOINT_OPEN = re.compile(r"[，,](?=(?:联合|会同)[^，,。；;]{2,})")


def _report_subject(lines: list[Line], doc: Document) -> str | None:
    """The body the first sentence of the text opens with (after a time: "一季度,X…"), or None."""
    first = next((ln for ln in lines if not ln.blank and ln.no > doc.title_line_end), None)
    for clause in re.split(r"[，,]", re.split(r"[。；;]", compact(first.text))[0])[:3] if first else []:
        got = opening_lead([clause])
        if got:
            return got[0]
    return None


def _point_of_report(sent: str, subject: str | None) -> tuple[Roles, str | None]:
    """A point's joint action read with the report's subject before its 联合 clause; (empty roles, None) when none."""
    for m in _JOINT_OPEN.finditer(sent) if subject else []:
        roles, style = _sentence_roles(subject + sent[m.end():])
        if style in _NEWS_STYLES and roles.lead == [subject]:
            return roles, style
    return Roles(), None


# a sentence going on with the subject of the sentence before it on the line, its own unprinted: "省生态环境厅于全年…工作结束后,
# …对各市秸秆禁烧工作进行考评,…。同时,会同省财政厅按照…进行清算" (fresh26's 安徽 秸秆禁烧; its gold: the department leads,
# the finance department cooperates) — only 同时 / 此外 / 随后 / 并 before 会同 / 联合
# (and after the staff it sent out: "一是由城管办牵头,大力做好道路环境整治工作。出动100余人次,联合执法中队分区域、分地段…排查…"
# (fresh26's 郑东 街道; its gold: the squadron cooperates on the office's task))
_CARRIED_JOINT = re.compile(r"^(?:同时|此外|随后|另外|并|还|(?:共)?出动[^，,。；;]{0,12}?\d+[余多]?(?:人次|人|名)[^，,。；;]{0,8}?)[，,]?"
                            r"(?=(?:会同|联合)[^，,。；;]{2,})")


# a clause of a semicolon series opening with 联合 / 会同, its subject the body that opens the series: "荔浦县交警大队以此为契机,深入乡镇
# 积极推动…,提高群众对整治活动的知晓率;联合工商、市容、交通、农机等部门对占道经营…进行整治;重新施划交通标线…" (tasks162's 荔浦,
# http://gy.fzbdw.org.cn/huanjingyufa/20130521/5929.html; its gold: the brigade leads, the fields cooperate)
_SERIES_JOINT = re.compile(r"^(?:联合|会同)[^，,。；;]{2,}")


def _series_subject_joint(sent: str, before: list[str]) -> tuple[Roles, str | None]:
    """A 联合 clause of a semicolon series read with the body that opens the series; (empty roles, None) when none."""
    j = len(before)
    while j and before[j - 1].endswith(("；", ";")):
        j -= 1
    subject = opening_lead(re.split(r"[，,]", before[j])[:1]) if j < len(before) else None
    roles, style = _sentence_roles(subject[0] + sent) if subject else (Roles(), None)
    return (roles, style) if style == "joint_action" and roles.lead == subject[:1] and roles.cooperate else (Roles(), None)


def _carried_joint(sent: str, before: str, prev: Roles | None) -> tuple[Roles, str | None]:
    """The joint action of a sentence carried on from the one before: its one lead, else the body it opens with."""
    subject = prev.lead if prev and len(prev.lead) == 1 else opening_lead(re.split(r"[，,]", before)[:1])
    if not subject:
        return Roles(), None
    roles, style = _sentence_roles(subject[0] + sent[_CARRIED_JOINT.match(sent).end():])
    if style in ("joint", "joint_action") and roles.lead == subject and roles.cooperate:
        return roles, style
    return Roles(), None


# a line longer than this is no title line, though the header reader counted it one: a page flattened to one line
# ("自然灾害应急预案(2023版)1总则编制目的…(34)县民政局:支持引导…", fresh14's county plan on a document site)
_TITLE_LINE_MAX = 300
# a paragraph of the body that the header reader counted among a title's lines: several clauses closed by a full stop, no
# title's wording ("2022年秋季學期即將開學,漷縣鎮市場監督管理所聯合鎮相關部門對轄區的中小學校…進行日常檢查,重點檢查…。" (fresh26's
# 漷县, a news page whose headline is printed again above it))
_BODY_SENTENCES = re.compile(r"^(?=[^。]{20,}[，,][^。]{20,}[，,])[^《》]{60,}。$")
# (or a news paragraph whose first clause is short, a wire credit and its time: "香格里拉网讯(通讯员 何晓华)近日,维西县与怒江州兰坪县、…
# 签订…协作协议,联手打击…、维护林区治安秩序。" (fresh35's 维西, a page whose headline the header reader ran to its editor's line):
# a full stop closing the line, a comma, and a long clause after it, which no title holds)
_BODY_CLAUSE_MIN = 40
# (or a news paragraph with no full stop whose date opens a clause after its purpose: "为切实保障相桥辖区居民用气安全,1月10日,相桥街道
# 城建科联合市场监管所工作人员利用集会开展小摊贩用气安全检查工作" (fresh42's 相桥, its gold: no title): a date between commas, a long
# clause after it, which no title holds)
_DATED_CLAUSE = re.compile(r"[，,]\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[，,][^。《》]{20,}")


def _body_paragraph(c: str) -> bool:
    if _BODY_SENTENCES.match(c) or _DATED_CLAUSE.search(c):
        return True
    cut = re.search(r"[，,]", c)
    return bool(cut and c.endswith("。") and len(c) >= 60 and "《" not in c and len(c) - cut.end() >= _BODY_CLAUSE_MIN)


# a news headline of a named place's plan: "江西计划划定3500万亩水稻和油菜籽生产田" (fresh62 jiangxi_sheng-2017-liangqu-huading-
# gaobiaozhun-nongtian-tunong.txt:9, the header reader's title above its date line; its README, the integrator's ruling: a named place
# with 计划 leads on every line that prints it, headline included) — read as a duty line, as a headline the header reader does not
# take is ("今年海南计划新建250个和美乡村 …", the 海南 page's :8); any other title line stays unread
_PLACE_PLAN_TITLE = re.compile(r"^(?:(?:今年|明年|\d{4}年)[，,]?)?(?P<place>[\u4e00-\u9fff]{2,8}?)(?:今年|明年)?(?:计划|計劃)"
                               r"(?![^，,。；;]{0,4}?(?:单列|财务|生育|免疫|名单|项目表))")


def _place_plan_title(c: str) -> bool:
    m = _PLACE_PLAN_TITLE.match(c)
    return bool(m and _place_party(m["place"], True))


# text past the title on its line that is more than a 文号 or a date beside it
_RUN_ON = 40
# the first numbered item of a page flattened onto one line
_FIRST_ITEM = re.compile(r"(?<![\d.．])1[.．、](?![\d])(?=[\u4e00-\u9fff])")


def sentence_tasks(issue: ParsedIssue, doc: Document, lines: list[Line], taken: set[int]) -> list[dict]:
    """Duty sentences; one line may hold several ("区X负责…；区Y负责…")."""
    out = []
    last = None  # (line index, the last duty read on it, its record's index in out): a next line may cooperate
    subject = None  # the report's subject, read when a numbered point needs it
    for k, ln in enumerate(lines):
        c = compact(ln.text)
        # (a page flattened to one line opens with its title: the title line is its whole text, read past the title)
        # (or the title runs straight into the first article on its line: "…工作制度(试行)第一条 为规范…")
        runs_on = doc.title and len(c) > len(compact(doc.title)) + _RUN_ON and c.startswith(compact(doc.title))
        if runs_on and ln.no in taken and (first := _FIRST_ITEM.search(c)):
            # (its numbered items read by the note finder: the body before them is still read here, fresh49's 豫政's
            # "省政府办公厅要对…跟踪督办" before "1.把恢复…(省商务厅…按职责分工负责)")
            c, taken = c[: first.start()], taken - {ln.no}
        # (a news headline that is a whole joint-work sentence: read, and dropped later where the body restates it)
        headline = ln.no <= doc.title_line_end and not runs_on and joint_headline(c)
        if (ln.no in taken or "\t" in ln.text
                or ln.no <= doc.title_line_end and len(c) <= _TITLE_LINE_MAX and not runs_on and not _body_paragraph(c)
                and not _place_plan_title(c) and not headline):
            continue
        if len(c) < 8 or _HEADLINE.match(ln.raw.strip()):
            continue
        last_no = ln.no  # the record's last line: a sentence set one phrase a line ends on a later one
        if joined := phrase_sentence(lines, k):
            c, last_no = joined[0], lines[joined[1]].no
        h = match_heading(ln.text)
        if h and c.startswith(compact(h[1])):
            full = c[len(compact(h[1])):]  # the heading's own marker: 一、 / （一） / 1. / 第三条
        else:
            full = re.sub(r"^\S+?[、.．）)]", "", c, count=1) if h else c
        # sentences, and a "…，由X综合/负责…" clause of its own: another body's duty inside one sentence
        # a converter's flattened page: ",、" for 、, and ",," (an emptied cell or line break) between sentences
        full = re.sub(r"[，,]+、", "、", full)
        # (a page digest running numbered duties into one line after commas and colons: "…监督管理工作:(一)卫生健康委负责…,
        # (二)市场监督管理局负责监督管理…,(六)教育局负责…" (唐山 病媒生物防制管理办法, https://www.chacewang.com/newsdetail/
        # news122778.html): each point naming its body's duty is a sentence of its own)
        # (a machine digest of a report, its points on one line each closed by a source mark: "…重点清理主干道…,引导居民…
        # [1] - 帝景社区聚焦楼道…" (https://reportify.cn/news/1214102806944944128, tasks44): each point a sentence)
        if re.search(r"\[\d{1,2}\]-", full):  # (its section headings joined to their first point by " - " as well)
            full = re.sub(r"(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])", "。", full)
        sentences = [x for x in re.split(r"(?<=[。；;])|[，,]{2,}|(?<=[，,：:])(?=[（(][一二三四五六七八九十]{1,3}[)）]"
                                         r"[^，,。；;:：]{2,20}?负责)|\[\d{1,2}\]-?|(?<=[，,])(?=第[一二三四五六七八九十百]{1,4}[条條][^，,。；;]{2,40}?(?:应|應)(?!当|當))", full) if x]
        # (a converter's doubled comma inside one sentence: "由甘肃省公安厅交警总队牵头,,联合内蒙古、西藏,、青海,、宁夏、新疆,、兵团交警总队,,
        # 自8月12日起开展…" (fresh33's 甘肃, https://fcgxiehui.com/shnews/2024-08/20/content_506511021.htm): the bodies a 由X牵头
        # draws in are its own sentence's)
        sentences = [y for y in _rejoined_after_lead(sentences)]
        # (a short clause before the 由-clause with no body of its own is what the 由-clause's bodies do: "建立联席会议制度,
        # 由市市场监管局牵头,教育局配合" (fresh16's 郑州 答复): kept in the task's text)
        lead_ins = {}
        for x in sentences:
            pieces = [y for y in _BY_CLAUSE.split(x) if y]
            for a, b in zip(pieces, pieces[1:]):
                if len(a) <= _LEAD_IN_MAX:
                    lead_ins[b] = a
        sentences = [y for x in sentences for y in _BY_CLAUSE.split(x) if y]
        sentences = [y for x in sentences for y in _examples_cut(x)]
        sentences = [y for x in sentences for y in _subject_clauses(x)]
        sentences = [y for x in sentences for y in _joint_clauses(x)]
        sentences = [y for x in sentences for y in _charge_list(x)]
        sentences = assisting_clauses(sentences)  # (a duty line's `…,配合X…` clause, its subject carried: named_charges.py)
        # paragraphs run together on one line: a later sentence opens with its item's marker ("…。(十)X负责…")
        # (the marker stays in the task's printed text: "…组织工作。3、区城管执法局负责联系…" (tasks50's 雁塔) — the item as printed)
        marks = {_ITEM_MARK.sub("", x): m[0] for x in sentences[1:] if (m := _ITEM_MARK.match(x))}
        sentences = sentences[:1] + [_ITEM_MARK.sub("", x) for x in sentences[1:]]
        parts = headed_duties(_directive_parts(sentences, titled=bool(h)))
        sentences = [x for x, _, _ in parts]
        start = _item_start(lines, k)
        read = []
        span_from = {}  # a sentence read with the line before it: the record's first line
        prev_k = next((j for j in range(k - 1, -1, -1) if not lines[j].blank), None)
        if last and last[0] == prev_k and not h and sentences:
            # "第六条 …由X实施管理。" ⏎ "物价、税务…等部门应按各自的职责，与X相互配合…": the article's next line
            # names the units that cooperate on its duty
            _, (n0, sent0, roles0, style0, start0), at = last
            first = _sentence_roles(sentences[0])[0]
            if _cooperating_only(first, sentences[0]) and _joins_previous(roles0, first, sentences[0]):
                rec = task_record(issue, doc, sent0, roles0, lines[start0].no, ln.no, out[at]["line"], style0,
                                  out[at]["task_id"])
                rec["id"] = out[at]["id"]
                out[at] = rec
                sentences = sentences[1:]
        for n, sent in enumerate(sentences):
            if (h and n == 0 and len(sent) <= 20 and not re.search(r"负责|牵头|要", sent) and not _ARTICLE.match(c)
                    and not _DUTY_HEADING.match(sent)):
                continue  # the heading's own title ("强化组织领导。"); an article (第四条) has none; "(七)卫生部门职责、任务" names its body
            if parts[n][2] == "unit_duty":
                roles, style = _headed_roles(parts[n][1], "unit_duty"), "unit_duty"
            else:
                roles, style = _sentence_roles(sent)
            if style is None and (modal := modal_duty(sent, c)):
                roles, style = modal  # (a bare 应 in a regulation's article, a standing practice: modal_duties.MODAL_DUTIES)
            if style is None and parts[n][1]:
                roles, style = _headed_roles(parts[n][1], parts[n][2]), parts[n][2]
            if n and read and read[-1][0] == n - 1 and read[-1][3] in _NEWS_STYLES and (ex := _example_of(sent, read[-1][2])):
                roles, style = ex, "duty_sentence"  # (an example of the joint action's bodies: _examples_cut)
            if style is None and n and _CARRIED_JOINT.match(sent):
                prev = read[-1][2] if read and read[-1][0] == n - 1 else None
                roles, style = _carried_joint(sent, sentences[n - 1], prev)
                if style and prev and roles.lead == prev.lead and not prev.cooperate:
                    prev.add("cooperate", roles.cooperate, roles.generic_cooperate)  # the same body's action, gone on with
                    continue
            if n and style == "joint_no_lead" and not roles.lead and _SERIES_JOINT.match(sent) and sentences[n - 1].endswith(("；", ";")):
                carried, carried_style = _series_subject_joint(sent, sentences[:n])
                if carried_style:
                    roles, style = carried, carried_style
            if style is None and _POINT.match(c) and _JOINT_OPEN.search(sent):
                subject = subject or _report_subject(lines, doc)
                roles, style = _point_of_report(sent, subject)
            if style is None and n and (took_part := attended_after(sentences[n - 1], sent)):
                roles, style, sent = took_part, "joint_action", sentences[n - 1] + sent  # (the organising sentence, then who took part)
            # (never a helper's sentence after another helper's: "昌平分局配合昌平区发展改革委制定了…;密云分局配合密云县相关部门,开展了…"
            # (fresh56 beijing_shi-gongshangju-2014-shangbannian-gongzuo-tongbao-workerbj.txt:2; its README: two works, each its own
            # helped body) — parallel items, not the first one's partners)
            parallel_help = style == "assisted" and bool(read) and read[-1][3] == "assisted"
            # (nor a numbered point of its own after the point before, its bodies by their own duties: "…,(二)市场监督管理局负责监督
            # 管理餐饮服务场所…,(三)商务局、市场监督管理局根据各自职责负责集贸市场…" (tasks40 hebei-tangshan-bingmei-banfa-fengong-x-
            # fuze-inline.txt:1; its gold: both lead point 3) — the list's next duty, never the first point's partners)
            own_point = bool(read) and read[-1][0] == n - 1 and sent in marks
            if read and not parallel_help and not own_point and _joins_previous(read[-1][2], roles, sent):
                continue
            if style is None and read and read[-1][0] == n - 1 and _accompanied(read[-1][2], read[-1][3], sent):
                continue
            if style is None and not read and n and (group := _accompanied_group(sentences[:n], sent)):
                read.append(group)  # (a group an official led out, the bodies accompanying it: one joint action)
                continue
            if style is None and (ref := place_ref_will(sent)):
                # "…長洲區成立聯合執法組…。據了解,該區將繼續加大…" (tasks142's 长洲): the district named before, when the text named one
                before = "，".join([compact(x.text) for x in lines[:k] if not x.blank] + sentences[:n])
                place = resolve_back_refs(Roles.of(([ref], [])), before)
                if place.lead != [ref]:
                    roles, style = place, "duty_sentence"
            if style is None and (n or prev_k is not None and lines[prev_k].no not in taken):
                # "X派出12个督察组…。" ⏎ "督察组由…从A和B抽调…组成" (fresh53's 内蒙古): the team's make-up read with its sender
                before = sentences[n - 1] if n else ([x for x in re.split(r"(?<=[。；;])", compact(lines[prev_k].text)) if x][-1:] or [""])[0]
                if drawn := team_drawn_after_sender(before, sent):
                    roles, style, sent = drawn, "joint_action", before + sent
                    if not n:
                        span_from[n] = prev_k
            if style is None or roles.empty:
                continue
            if n == 0 and style == "role_named" and not roles.cooperate and prev_k is not None and lines[prev_k].no not in taken:
                joined = _composed_before(compact(lines[prev_k].text), sent, roles)
                if joined:
                    sent, roles = joined
                    span_from[n] = prev_k
            elif n and style == "role_named" and not roles.cooperate:
                # (the composition a sentence or two before on the same line, what comes between naming persons only: "聯席會議由
                # 區民政局、區財政局…等27個部門組成。總召集人為常務副區長,召集人為分管副區長。區民政局為牽頭單位" (tasks142's 高陵))
                for j in range(n - 1, max(n - 3, -1), -1):
                    if any(r[0] == j for r in read):
                        break
                    if joined := _composed_before(sentences[j], sent, roles):
                        sent, roles = joined
                        break
            if has_back_ref(roles):  # "该中队联合…": the squadron the text named before
                before = "，".join([compact(x.text) for x in lines[:k] if not x.blank] + sentences[:n]
                                  + [head_before_ref(roles, sent)])
                roles = resolve_back_refs(roles, before)
            if style == "duty_sentence":  # "X将联合A、B等部门…": the partners of its will-clause cooperate
                roles = with_future_partners(sent, roles)
            lead_in = lead_ins.get(sent)
            if lead_in and _sentence_roles(lead_in)[1] is None:
                sent = lead_in + sent
            read.append((n, _from_actor(sent, roles, style), roles, style))
        for n, sent, roles, style in read:
            rec = task_record(issue, doc, sent, roles, lines[span_from.get(n, start)].no, last_no, ln.no, style,
                              _item_id(doc, ln.no))
            rec["id"] = f"{rec['id']}.{n}"
            if headline:
                rec["headline"] = True  # (joint_headlines.without_restated_headlines: kept only where the body is silent)
            if len(sentences) > 1:
                # several duties on one line: the source text is this sentence as printed (after the item's
                # earlier lines), not its neighbours
                before = [x.raw.strip() for x in lines[start:k] if not x.blank]
                mark = marks.get(sentences[n], "") if sentences[n].startswith(sent) else ""
                rec["source"]["text"] = "\n".join(before + [printed_form(mark + sent, ln.raw)])
            out.append(rec)
        last = (k, (read[-1][0], read[-1][1], read[-1][2], read[-1][3], start), len(out) - 1) if read else None
    return out


# the composition a joint body's members are listed in, closing the line before its lead is named: "联席会议由市民政局、首都综治办、…
# 市人民检察院等20个部门组成。" ⏎ "市民政局为联席会议牵头单位,…" (fresh41's 北京 联席会议制度; its README: the 牵头单位 leads, the
# other members cooperate) — the same reading as one sentence "由A、B…组成，A为牵头单位" (duty_roles._role_named)
_COMPOSITION = re.compile(r"由[^，,。；;由]{2,200}?组成。?$")


def _composed_before(prev_line: str, sent: str, roles: Roles) -> tuple[str, Roles] | None:
    """(text, roles) of a lead's role read with the composition closing the line before it, when that names its members."""
    last = [x for x in re.split(r"(?<=[。；;])", prev_line) if x][-1:] or [""]
    if not _COMPOSITION.search(last[0]):
        return None
    text = last[0].rstrip("。") + "，" + sent
    joined, style = _sentence_roles(text)
    if style != "role_named" or joined.lead != roles.lead or not joined.cooperate:
        return None
    return text, joined


# "规划、公安、房产等部门依据各自职责，协同做好…": a sentence of cooperating units after a duty sentence
_COOP_SENTENCE = re.compile(r"^(?P<coop>[^，,。；;]{2,80}?)(?:要|应当|应)?(?:依据|根据|按照|依照|按)?(?:各自)?(?:职责|职能)?(?:分工)?[，,]?"
                            r"(?:(?:依据|根据|按照|依照|按)[^，,。；;]{2,20}?[，,])?(?:与[^，,。；;]{2,20}?)?"
                            r"(?:要|应当|应)?(?:积极|密切|紧密|相互|互相|全力|主动|加强)?(?:协同|配合|协助)(?!单位|部门)")


# the bodies that gave the joint action their support, named in a sentence after it on its line: "遂溪林场分公司联合麻章区太平镇政府开展清拆
# 违法建筑执法行动,…。…。麻章区太平镇委镇政府、太平镇城市综合执法中队、里光派出所、太平派出所等政府部门给予了大力支持,为…" (tasks162's
# 太平, https://lzly.cfgc.cn/g2181/s5426/t26038.aspx; its gold: one task, the supporters cooperate)
_SUPPORTED = re.compile(r"^(?P<coop>[^，,。；;]{2,80}?)(?:等(?:政府|相关|有关|职能)?(?:部门|单位))?(?:均|都|也)?给予(?:了)?(?:大力|积极|全力|有力)?的?"
                        r"(?:支持|配合|协助)")


def _cooperating_only(roles: Roles, sent: str) -> bool:
    """A sentence that names cooperating units only: no role read, or its units read as leads by the 应 / 要 before
    their 配合 ("物价、税务…等部门应按各自的职责,与工商行政管理机关相互配合", 无锡 集市条例: the fields cooperate)."""
    if roles.empty:
        return True
    m = _COOP_SENTENCE.match(sent)
    units = coop_units(m["coop"]) if m else None
    return bool(units and units[0] and set(roles.lead) == set(units[0]))


def _accompanied(prev: Roles, style: str, sent: str) -> bool:
    """Fold the bodies accompanying a joint action the sentence before read ("…,敖市镇政府相关领导陪同。") into it as cooperating
    (True when folded)."""
    bodies = accompanying_bodies(sent) if style in _NEWS_STYLES + ("assisted",) else None
    if not bodies:
        return False
    prev.add("cooperate", [x for x in bodies if x not in prev.lead + prev.cooperate], [])
    return True


def _accompanied_group(before: list[str], sent: str) -> tuple[int, str, Roles, str] | None:
    """(sentence index, text, roles, style) of the group an official led out in an earlier sentence of the line, the bodies
    accompanying it named in this one, or None."""
    bodies = accompanying_bodies(sent)
    at = next((k for k, x in enumerate(before) if head_led_group(x)), None) if bodies else None
    if at is None:
        # (a group's visit in the sentence just before, the officials joining it in this one: "…考核组在乃东区昌珠镇考核…。副市长江嘎,
        # 市应急管理局局长达娃次仁,乃东区委副书记、区长张维一同开展考核。" (fresh41's 乃东))
        group = visiting_group(before[-1]) if before else None
        bodies = joined_officials(sent) if group else None
        if not bodies:
            return None
        return len(before) - 1, before[-1], Roles.of(([group], []), ([x for x in bodies if x != group], [])), "joint_action"
    group = head_led_group(before[at])
    return at, before[at], Roles.of(([group], []), ([x for x in bodies if x != group], [])), "joint_action"


def _joins_previous(prev: Roles, roles: Roles, sent: str) -> bool:
    """Fold a sentence into the duty before it on the same line (True when folded):
    - cooperating units of their own ("规划、公安、房产等部门依据各自职责，协同做好…");
    - the lead joined by others ("重庆警备区司令部负责…。重庆警备区司令部和市公安局交管局要建立…"): the others
      cooperate on the lead's duty."""
    m = _COOP_SENTENCE.match(sent) or _SUPPORTED.match(sent)
    # "…要各负其责，密切配合": units with a duty of their own do not merely cooperate
    units = coop_units(m["coop"]) if m and not re.search(r"负|责|牵头|要", m["coop"]) else None
    # a sentence of cooperating units after the duty: "Y等部门…协同做好…" (no role read), "Y要积极配合…" (read
    # as Y's own duty by its 要)
    # (a class joins too: "村(居)民委员会协助做好…" after the duty cooperates as a class)
    # (and one the sentence styles read as cooperating already: "人社部门作为牵头单位要精心组织…。公安、城管、供电局等部门要积极配合,
    # 确保招聘会现场秩序…" (https://www.dangtu.net.cn/article/174.html; tasks39: one task, the fields cooperate))
    # (the body they cooperate with, named after 与, is the duty's own lead: "…等部门应按各自的职责,与工商行政管理机关相互配合")
    if units and (units[0] or roles.empty and units[1]) and (roles.empty or set(roles.cooperate) <= set(prev.lead) and set(roles.lead) == set(units[0])
                                                             or not roles.lead and set(roles.cooperate) == set(units[0])):
        prev.add("cooperate", *units)
        return True
    if roles.empty:
        return False
    # (never a joint work of its own, its leads joined by persons or classes: "派出所联合案发所在的村干部开展“警情回访”;司法所、派出所、市场
    # 监督管理所等联合镇村干部开展“涉法涉诉案件回访”" (tasks162's 清浅): two works, each led by its own bodies)
    if (prev.lead and len(roles.lead) > len(prev.lead) and set(prev.lead) <= set(roles.lead) and not roles.cooperate
            and not roles.generic_cooperate):
        prev.add("cooperate", [u for u in roles.lead if u not in prev.lead], [])
        return True
    return False


def _rejoined_after_lead(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for x in sentences:
        if out and (re.search(r"(?:^|[，,])由[^，,。；;]{2,30}?牵头$", out[-1]) and re.match(r"^(?:并)?(?:联合|会同|协同)", x)
                    or re.search(r"(?:^|[，,])由[^，,。；;]{2,30}?牵头,(?:并)?(?:联合|会同|协同)[^，,。；;]{2,80}$", out[-1])
                    and re.match(r"^[^，,。；;]{0,16}?(?:开展|进行|展开)", x)):
            out[-1] = out[-1] + "," + x
        else:
            out.append(x)
    return out
