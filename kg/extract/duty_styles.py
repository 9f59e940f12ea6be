"""Duty-sentence styles: 由X牵头，Y配合 · X会同Y · 分别由A、B负责 · 由X负责 · X负责/要/将 · X：负责 · 第N条 X负责 ·
由(领导)牵头，X负责，Y配合 · X履行下列职责 · X为牵头单位，Y为配合单位 — a registry of named styles
(`SENTENCE_STYLES`), each with its example lines in tests/test_task_styles.py, and `sentence_roles`, the roles one
sentence assigns. Apart from the line reader (duties) because a new style is a new row here, while duties cuts
lines into sentences and folds a sentence of cooperating units into the duty before it. The styles' readers are in
duty_led (a lead marked: 由X牵头 / 会同 / 负责…配合), duty_subjects (a duty's subject: X负责/要/将), duty_roles (roles
named: X为牵头单位, 召集人, 职责划归) and duty_reports (a report's officials, hosts and organisers), and in joint_* (news of
joint action)."""

from __future__ import annotations

import re

from kg.extract.joint_partners import in_concert_with_local, partners, places_together, signed_together, working_closely
from kg.extract.joint_groups import joint_group
from kg.extract.joint_action import (action_taken_part_in, composed_group, experts_organised, joint_action, joint_without_lead, led_team,
                                     listed_actors, organised_alone, organised_jointly, partners_without_subject, staff_together)
from kg.extract.joint_assisted import assisted_by, assisted_leads, led_shares
from kg.extract.units import Roles, states_convention_only
from kg.extract.duty_led import (_by_units, _by_units_after, _by_visiting, _charged_by, _distributive, _group_head_then_lead,
                                 _joint, _lead_over_basis, _lead_then_coop, _lead_then_shares, _led_attended, _led_by, _led_only,
                                 _mechanism, _overall_lead)
from kg.extract.duty_subjects import (_SUBJECT_AT_START, _clause_subject, _person_led, _person_with, _required_subjects, _subject,
                                      _subjects_over_comma, _took_part)
from kg.extract.duty_roles import (_asked_to_lead, _consulted_issue, _convened, _counted_leads, _duty_heading, _duty_moved,
                                   _duty_taken_over, _instructed_pair, _joined_hands, _led_persons_with, _listed_duties, _office_seat,
                                   _place_head_leads, _reorganised, _role_before, _role_holder, _role_named, _staff_to_assist,
                                   _subject_role)
from kg.extract.duty_reports import _ALSO, _handles_proposal, _head_leads_members, _helping_unnamed, _hosted, _under_leadership
from kg.extract.joint_in_concert import JOINT_PARTNER_STYLES
from kg.extract.handed_duties import HANDED_STYLES
from kg.extract.named_charges import LATE_CHARGE_STYLES, NAMED_CHARGE_STYLES
from kg.extract.street_charges import STREET_CHARGE_STYLES
from kg.extract.campaign_charges import CAMPAIGN_CHARGE_STYLES, LATE_CAMPAIGN_STYLES
from kg.extract.role_word_charges import ROLE_WORD_STYLES
from kg.extract.joint_counted import COUNTED_JOINT_STYLES
from kg.extract.carried_subjects import CARRIED_SUBJECT_STYLES
from kg.extract.news_charges import NEWS_CHARGE_STYLES
from kg.extract.joint_reports import JOINT_REPORT_STYLES
from kg.extract.reported_roles import REPORTED_ROLE_STYLES
from kg.extract.clause_roles import CLAUSE_ROLE_STYLES
from kg.extract.short_item_charges import SHORT_ITEM_STYLES, pointed_charge
from kg.extract.kind_closed_lists import KIND_CLOSED_STYLES
from kg.extract.stated_charges import STATED_STYLES
from kg.extract.partner_shapes import PARTNER_SHAPE_STYLES
from kg.extract.joint_deeds import JOINT_DEED_STYLES

__all__ = ["SENTENCE_STYLES", "sentence_roles"]


# Duty-sentence styles, tried in this order; the first that reads roles wins. A new style is a new row
# here and a new example in tests/test_task_styles.py.
SENTENCE_STYLES = [
    ("duty_heading", _duty_heading),
    *HANDED_STYLES,  # (handed_duties.py: 由X委托Y负责, 行业管理为X, 由X指挥 / 设置 / 成立…, bare fields beside a named body)
    *NAMED_CHARGE_STYLES,  # (named_charges.py: 移交X承担, 以X牵头的…负责, 請X就…予以主政, X于近期联合, 在X指导下Y联合, Y配合X…)
    *CAMPAIGN_CHARGE_STYLES,  # (campaign_charges.py: 联席会议由A、B…共N个单位组成,X为牵头单位)
    *STREET_CHARGE_STYLES,  # (street_charges.py: X召集/整合A、B开展, X联合社区、单位…, X局长带队与Y一起, 设立Y,负责, Y职责是, 发挥牵头抓总, X监管)
    ("person_led", _person_led),
    ("led_by", _place_head_leads),
    ("listed_duties", _listed_duties),
    ("convened", _convened),
    ("role_named", _counted_leads),
    ("role_named", _role_named),
    ("role_named", _subject_role),
    ("role_holder", _role_holder),
    ("role_named", _role_before),
    ("office_seat", _office_seat),
    ("charged_by", _consulted_issue),
    ("led_by", _hosted),
    ("joint_action", _under_leadership),
    ("led_attended", _led_attended),
    ("joint_action", _head_leads_members),
    ("took_part", _took_part),
    ("led_by", led_shares),
    ("led_by", _led_by),
    ("led_by", _lead_then_coop),
    ("led_by", _lead_then_shares),
    ("joint", _joint),
    ("joint_no_lead", _led_persons_with),
    ("joint_no_lead", _person_with),
    ("joint_action", led_team),
    ("joint_action", joint_action),
    ("joint_action", action_taken_part_in),
    ("joint_no_lead", joint_without_lead),
    ("joint_no_lead", staff_together),
    ("joint_no_lead", joint_group),
    ("joint_no_lead", partners),
    ("joint_no_lead", signed_together),
    ("joint_no_lead", places_together),
    ("joint_no_lead", working_closely),
    ("joint_no_lead", in_concert_with_local),
    ("joint_no_lead", _joined_hands),
    *JOINT_PARTNER_STYLES,  # (与…沟通协调, 由A、B等多个部门协同开展, X等多个科室联合执法: kg.extract.joint_in_concert)
    *COUNTED_JOINT_STYLES,  # (由A、B…以及F六家单位…成立, A、B根据…制定: kg.extract.joint_counted)
    ("assisted", _staff_to_assist),
    ("assisted", assisted_leads),
    ("assisted", assisted_by),
    ("mechanism", _mechanism),
    ("led_by", _group_head_then_lead),
    ("distributive", _distributive),
    ("led_by", _led_only),
    ("led_by", _asked_to_lead),
    ("led_by", _instructed_pair),
    ("led_by", organised_alone),
    ("duty_sentence", _by_units),
    ("charged_by", _handles_proposal),
    ("charged_by", _charged_by),
    ("charged_by", _duty_moved),
    ("charged_by", _duty_taken_over),
    ("charged_by", _reorganised),
    ("charged_by", _by_visiting),
    ("charged_by", _by_units_after),
    ("required_subject", _required_subjects),
    ("duty_sentence", _subjects_over_comma),
    ("duty_subject", _subject),
    ("duty_sentence", _clause_subject),
    ("joint_no_lead", composed_group),
    ("joint_no_lead", organised_jointly),
    ("joint_no_lead", experts_organised),
    ("joint_no_lead", listed_actors),
    ("joint_no_lead", partners_without_subject),
    ("led_by", _overall_lead),
    ("joint", _lead_over_basis),
    *LATE_CHARGE_STYLES,  # (named_charges.py: X于近期联合…, read without its time word when nothing else read it)
    *LATE_CAMPAIGN_STYLES,  # (campaign_charges.py: X连同 / 与…一同, X迅速联合Y, …带领Y联合Z, X积极…,联合A、B开展, 该镇将 …)
    *ROLE_WORD_STYLES,  # (role_word_charges.py: X为主体, 由X带队, X组织A、B人员, X在A、B的支持和配合下, 在X的牵头组织下 …)
    *CARRIED_SUBJECT_STYLES,  # (carried_subjects.py: X(含Y)要, X将重拳出击,…, A、B,将, X响应…,配合, 由X统一领导, X联合Y发文)
    *NEWS_CHARGE_STYLES,  # (news_charges.py: A等N个部门和B将共同努力, long lists 将负责, A、B对…开展, 由X领导指挥,Y牵头, X从A、B抽调…组成, X联合N家…相关单位, 经X等部门联合评选)
    *JOINT_REPORT_STYLES,  # (joint_reports.py: A与B、C以及class之间对接, A、B为…,部署, 由A、B、C为成员单位的…组)
    *REPORTED_ROLE_STYLES,  # (reported_roles.py: 主责单位是A、B, 如X,亦表示要, A、B和C经…程序,认定)
    *CLAUSE_ROLE_STYLES,  # (clause_roles.py: 请X通知Y…, X牵头…工作组,会同Y, X…,牵头实施了…,A、B…相互协作配合)
    *SHORT_ITEM_STYLES,  # (short_item_charges.py: Y按照X的统一部署开展, X县计划搬迁N户)
    *KIND_CLOSED_STYLES,  # (kind_closed_lists.py: X…,联合A,B,C等社区物业、D管理方,…开展)
    *STATED_STYLES,  # (stated_charges.py: X表示,将…, 如X负责…, 以X为牵头单位,联合Y, X组织Y等部门评审, A、B制定了, X会同Y等部门印发了)
    *PARTNER_SHAPE_STYLES,  # (partner_shapes.py: X及所属Y(class)对…, X联合A、B、<cut stub>, A与B、C社区社工人员对…)
    *JOINT_DEED_STYLES,  # (joint_deeds.py: A、B、C和村组干部多次深入…, A、B、C、D对…进行检查)
]


# a bureau's own section given the detailed work, beside its leaders' parts: "州局成立了以局长为组长,…相关科室为成员的…领导小组,由市场科
# 负责具体工作" (http://huanlegouqql.com/html/xw/jjgz/30583.html), "该局由主要负责人定路子,分管负责人抓统筹,法规监察科负责具体实施"
# (tasks39's 荣成): one body's own people and section, no division of work between bodies (tasks39, tasks44)
_OWN_SECTION_WORK = re.compile(r"(?:^|[，,])(?:然后|并)?由?(?P<sec>[\u4e00-\u9fff]{2,6}科)(?:负责|承担)具体(?:工作|实施|事务)")


def _own_section_only(roles: Roles, sent: str) -> bool:
    m = _OWN_SECTION_WORK.search(sent)
    return bool(m and roles.lead == [m["sec"]] and not roles.cooperate and not re.match(r"^(?:[省县区州]|市(?!场))", m["sec"]))


# (never a government body's other bureau, the subject opening with its level: "市发改委(粮食局)负责落实粮食安全行政首长负责制考核…"
# (fresh62 hubei_qianjiang-shi-nongyenongcunju-2021-liangshi-shengchan-gongzuo-fangan-jiedu.txt:34; its README: one unit as printed))
_SUBJECT_SECOND_NAME = re.compile(r"(?P<subject>^(?![省市县区])[\u4e00-\u9fff]{1,10}[处科室局委办厅])[（(][\u4e00-\u9fff]{2,10}[处科室局委办厅][)）]"
                                  r"(?=\s*(?:负责|牵头|要|将|承担))")


def _sentence_roles(sent: str) -> tuple[Roles, str | None]:
    """The roles one sentence assigns, and the style that matched (None when it assigns none)."""
    sent = _ARTICLE.sub("", sent)  # "第四条 张店区发展和改革局负责…"
    # "科学导报讯 闻喜县林业局近期组织防火办和…" (fresh35's 闻喜): a paper's or site's wire credit before the subject is no part of it
    sent = _WIRE_CREDIT.sub("", sent)
    # "四是乡应急办牵头,各村配合,…" (fresh26's 老王岗): a point's number is no part of its subject
    pointed = bool(_POINT_NUMBER.match(sent) or _ALSO.match(sent))
    sent = _ALSO.sub("", _POINT_NUMBER.sub("", sent))
    # "把好检查关镇应急办联合镇执法大队对辖区7家企业进行消防安全检查" (tasks76's 复兴镇): a point's heading glued to its subject
    sent = _POINT_HEADING.sub("", sent)
    # "制定本计划(列在任务分工首位的为牵头单位,其他为主要参加单位)" (fresh16's 大湾区 plan): the document's lead convention, no duty
    sent = _REMARK.sub(lambda m: "" if states_convention_only(m["rule"]) else m[0], sent)
    # "庆安国有林场管理局(以下简称庆安管局)联合庆安县林草局、庆安县公安局食品药品和环境犯罪侦查大队(食药环)、…" (fresh30's 庆安): the
    # short name a body is given in brackets is no part of any list
    sent = _LIST_SHORT_NAME.sub(r"\g<list>", _SHORT_NAME.sub("", sent))
    # "秘书处(组织人事处) 负责文电收发…" (fresh49's 苏州 处室 duty list; its README: the bracketed second name left out): the
    # subject's second name, the other office it also is, is no part of the subject
    sent = _SUBJECT_SECOND_NAME.sub(r"\g<subject>", sent)
    # "我厅会同省发展改革委、住房城乡建设厅、交通运输厅等部门(单位),组织开展了…" (fresh5's 四川 人社厅): the kind's alternative in
    # brackets after a closing 等部门 is no part of the list
    sent = _KIND_ALTERNATIVE.sub("", sent)
    # "同时,他强调平安法治建设办公室要持续加强安全知识宣传" (fresh41's 三十三团): the speaker is no part of the subject after him
    sent = _SPEAKER.sub("", sent)
    # "…表示肯定,希望该镇要以做好农村人居环境整治提升为基础" (tasks99's 望牛墩): a leader's wish charging a body with 要 is a charge, the
    # wish word no part of the subject ("希望市农业农村局继续关注…", no 要, stays no task)
    sent = _WISH.sub("", sent)
    # "会议上,,区财政局、区国土局,、区规划局,、区环保局均表示定会积极配合" (tasks50's 武陵源, a converter copy whose mirror doubles its
    # stops): a comma printed before the list's 、 is no stop of its own; and a body's pledge to cooperate (均表示定会 / 表示将) charges
    # it as 要 does (the lead is named elsewhere or not at all)
    sent = _PLEDGE.sub("要", _DOUBLED_STOP.sub("", sent))
    if _INTERPRETATION.search(sent):
        return Roles(), None  # "本办法由区水务局负责解释": who interprets the text, not a task
    for name, read in SENTENCE_STYLES:
        roles = read(sent)
        if roles is None:
            continue
        if roles.empty or _own_section_only(roles, sent):
            return Roles(), None
        if name == "duty_subject":
            m = _SUBJECT_AT_START.match(sent)
            name = "duty_colon" if m["verb"].startswith(("：", ":")) else "duty_sentence"
        return roles, name
    # "本报讯 (记者崔敬)2月8日上午,封丘县市场监管局牵头组织召开了…联席会,…" (fresh26's 封丘): a report's dateline and time
    # before its subject; read again without them when nothing matched with them
    opening = _REPORT_OPENING.match(sent)
    if opening and opening.end() < len(sent):
        return _sentence_roles(sent[opening.end():])
    # "到消防大队调研…时,金仓县长指出:消防大队要做好备战,做好应急值守" (fresh35's 成安): a speaker's words after the colon, read
    # again alone when nothing matched with the visit and the speaker before them
    spoken = _SPOKEN.search(sent)
    if spoken and spoken.end() < len(sent):
        return _sentence_roles(sent[spoken.end():])
    # (only a report's numbered point opens with the help it gives, its subject the report's: "三是配合X开展…"; a clause after
    # a duty list's colon, "区卫生健康局：负责…；配合药品监督管理部门做好…" (sample 002), is the subject's own duty)
    helped = _helping_unnamed(sent) if pointed else None
    if helped:
        return helped, "assisted"
    # (and a point naming its body with the order's adverb and no 要: "二是县公安交通警察大队立即起草…" (tasks34's 天柱): the
    # requirement's 要 before the points is every point's, short_item_charges.pointed_charge)
    charged = pointed_charge(sent) if pointed else None
    if charged:
        return charged, "duty_sentence"
    return Roles(), None


# a news wire's credit: "本报讯", "科学导报讯", "人民网讯", "本報訊(記者 惠玉蘭)" (http://www.jz8899.net/zgq/2022/1109/120345.html); the
# credit's name is a paper, site, agency or station (ends 报/网/社/台/刊, or 本报/本网), never a body: one bounded run, no look-ahead
_WIRE_CREDIT = re.compile(r"^(?:[\u4e00-\u9fff]{0,10}(?:报|報|网|網|社|台|刊)|本)[讯訊]\s*"
                          r"(?:[（(](?:记者|記者|通讯员|通訊員)[^（）()]{0,20}[）)]\s*)?")
_REPORT_OPENING = re.compile(r"^(?:(?:本报讯|本网讯|讯)\s*)?(?:[（(](?:记者|通讯员)[^（）()]{0,20}[）)]\s*)?"
                             r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?|凌晨)?|近日|日前|近期|连日来"
                             # (the reporter's source: "据了解,四川省委农办、农业农村厅牵头组织开展了…考评工作" (fresh30's 四川))
                             r"|据了解|据悉|据介绍|记者了解到"
                             # (the field a report's paragraph turns to: "在推动乡村建设提质升级方面,天津计划打造10个…重点片区,…今年将
                             # 提升改造210公里农村公路" (fresh61 tianjin_shi-2026-lianghui-xiangcun-zhenxing-chinanewsonline.txt:17))
                             r"|在[^，,。；;：:“”]{2,24}?方面)[，,]")


_SPOKEN = re.compile(r"(?:^|[，,])[^，,。；;：:“”]{2,16}?(?:指出|强调|要求|表示|提出)[：:]")


_REMARK = re.compile(r"[（(](?P<rule>[^（）()]{4,60})[）)]")
# (以下简称 / 下称 X after any name; a bare short form of two to four characters only after a body's name, and never a body's other
# name: "经信局(商务局)" is one bureau under two names, kept (fresh21's 拉萨城关))
# (a short name standing for a class of the bodies listed stays: "区发改局、…、周村国土资源局（以下简称“各有关部门”）应当…" (sample 001): the
# list's own remark, which no duty reader has read as a list)
_SHORT_NAME = re.compile(r"(?:[（(](?:以下简称|以下称|下称|简称)(?![^（）()]*(?:各|有关|相关))[^（）()，,。；;]{1,16}[）)]"
                         r"|(?<=[局委办所队站心院厅])[（(][\u4e00-\u9fff]{2,4}(?<![局委办所队站心院厅部会处室])[）)])"
                         # (inside a list or before the verb that draws others in only: "上海市滩涂管理处（以下简称市滩涂管理处）具体负责…"
                         # (fresh18's 上海 条例) is a regulation's definition, left as the duty readers have read it)
                         r"(?=[、和及与]|联合|会同|协同|组织|牵头)")
# (and the short name of a whole list before its 负责: "荣成市、文登市、乳山市、市区烟草专卖局(以下简称县级烟草专卖行政主管部门)负责各自辖区内
# 零售点布局规划的具体实施" (fresh43's 威海 regulation; a name for the list, never one of its bodies))
_LIST_SHORT_NAME = re.compile(r"^(?P<list>[^，,。；;（）()]{2,60}、[^，,。；;（）()、]{2,30})[（(](?:以下简称|以下称|下称|简称)"
                              r"(?![^（）()]*(?:各|有关|相关))[^（）()，,。；;]{1,16}[）)](?=(?:具体)?负责)")
# (and a point's own number, when points run into one line: "(三)商务局、市场监督管理局根据各自职责负责…", 唐山)
_ARTICLE = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十]{1,3}[)）]"
                      # (a plan's dotted section number glued to an entry's subject: "2.6.2县民政局:负责调查核实灾区居民房屋损失…"
                      # (tasks99's 铜梁 预案), "3.4.1县公安局:负责…" — two to four numbers, never a year or a decimal amount before a unit)
                      r"|\d{1,2}(?:[.．]\d{1,2}){1,3}\s*(?=[\u4e00-\u9fff]{2,}?(?:[局委办院队所站室厅心]|政府)[:：]))")
_POINT_NUMBER = re.compile(r"^[一二三四五六七八九十]是(?=[\u4e00-\u9fff]{2})")
# a point headed by the gate it keeps, printed with no stop before the subject: "把好检查关镇应急办联合镇执法大队对…" (tasks76's 复兴镇,
# http://www.zhongxian.gov.cn/jd/zxfxz/jddt/202008/t20200806_7757279.html, its points 把好宣传关 / 把好检查关 / 把好队伍关)
_POINT_HEADING = re.compile(r"^(?:把好|把牢|把严|守好|守牢)[\u4e00-\u9fff]{1,4}?关(?=[\u4e00-\u9fff]{3})")
_KIND_ALTERNATIVE = re.compile(r"(?<=等部门)[（(]单位[)）](?=[，,])")  # (only closing a list of named partners: "各部门（单位）" is a class, kept whole)
# a speaker and his word glued to the subject he charges, no stop between (at the sentence's start or a clause's): "他强调X要…", "苏超
# 指出X要…"; a pronoun or a short name (a person, 2–3 characters), never a meeting or a text ("会议强调…" is _REPORTED_SPEECH)
# (and on other pages: "徐孝贵指出,县教体局和县民政局要督促项目施工单位…" (https://ms.newssc.org/system/20210918/003197666.html) prints the
# comma, its clause read as before)
_SPEAKER = re.compile(r"(?:^|(?<=[，,]))(?:他|她|(?![\u4e00-\u9fff]{0,2}(?:会|文件|通知|讲话|意见|方案|报告|组))[\u4e00-\u9fff]{2,3})"
                      r"(?:还|并|也|同时|再次|进一步)?(?:强调|指出)(?=[\u4e00-\u9fff])")
_WISH = re.compile(r"(?:^|(?<=[，,]))希望(?=[^，,。；;]{2,20}?要(?!求))")
_DOUBLED_STOP = re.compile(r"[，,](?=、)|(?<=[，,])[，,]")
# (only before 配合 / 协助: a pledge to do the work itself, "表示将加大…力度", is a body's own words, left unread)
_PLEDGE = re.compile(r"(?<=[\u4e00-\u9fff])(?:均|都|纷纷)?表示(?:一定会|定会|将会|将|会|愿意)"
                     r"(?=(?:积极|全力|主动|密切|全力以赴)?(?:配合|协助))")
_INTERPRETATION = re.compile(r"负责(?:对本\S{0,6})?解释|解释权|授权\S{2,30}解释")


sentence_roles = _sentence_roles
