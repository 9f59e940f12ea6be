"""Duty-sentence styles: 由X牵头，Y配合 · X会同Y · 分别由A、B负责 · 由X负责 · X负责/要/将 · X：负责 · 第N条 X负责 ·
由(领导)牵头，X负责，Y配合 · X履行下列职责 · X为牵头单位，Y为配合单位 — a registry of named styles
(`SENTENCE_STYLES`), each with its example lines in tests/test_task_styles.py, and `sentence_roles`, the roles one
sentence assigns. Apart from the line reader (duties) because a new style is a new row here, while duties cuts
lines into sentences and folds a sentence of cooperating units into the duty before it."""

from __future__ import annotations

import re

from kg.extract.duty_units import _PERSON, _coop_units, _units_only
from kg.extract.joint_action import (_bodies, places_together, working_closely, organised_alone, organised_jointly, experts_organised, _cooperating, commas_closed, partners_without_subject, staff_together, action_taken_part_in, assisted_by, assisted_leads, composed_group, joint_action, joint_group, led_team, joint_without_lead, led_shares, listed_actors, partners, signed_together,
                                     opening_lead, without_when)
from kg.extract.handed_duties import HANDED_STYLES
from kg.extract.joint_action import _FIELD_NAME, named_after_me
from kg.extract.units import Roles, _is_division, is_generic, is_unit, split_units, states_convention_only
from kg.places import division_levels, place_rank

__all__ = ["SENTENCE_STYLES", "sentence_roles"]


# ---- duty sentences -------------------------------------------------------------------------------

_SUBJECT = re.compile(
    r"(?:^|[。；;：:]|^\d+[.．、]|^[（(][一二三四五六七八九十\d]+[）)])"
    r"(?P<subj>(?:由)?(?:[\u4e00-\u9fffA-Za-z0-9（）()]{2,40}?))"
    r"(?P<verb>牵头负责|负责(?!同志|人)|要|：负责|:负责|：|:|是[^。]{0,20}牵头(?:实施)?(?:单位|部门))"
)
# (and "由市人社局牵头,与市住建委等部门合作", fresh16's 仙桃: the partners 与…合作 / 协作)
_LED_BY = re.compile(r"由(?P<lead>[^，,。；;]{2,80}?)(?:负责)?牵头(?:负责|管理)?[，,](?P<with>与)?(?P<coop>[^，,。；;]{2,120}?)(?:共同|积极|密切)?"
                     r"(?P<verb>配合|参加|参与|共同推进|协助|协同|协管|(?<=[门位构局委办])(?:合作|协作)(?=[，,。；;]|$))")
_LED_ONLY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:负责)?牵头")
# "县发改委要会同县督查落实办对相关工作进行督导": the cooperating units end where the duty's verb begins
# "X商Y、Z…统筹提出": X consults Y and Z (they cooperate), like 会同; "由X牵头Y、Z核查…": X leads, Y and Z take part
# "县教体局已联合县公安局启动…", "区安委办组织区教育局、…及各街道统一…开展…": the bodies joined or organised take part
_JOINT = re.compile(r"^(?P<lead>[^，,。；;]{2,30}?)(?:牵头(?:负责)?[，,]?)?(?:已|要|将|应当|应)?"
                    r"(?:会同|(?:联合|组织)(?=[区县市省各])|商(?=[区县市省]))"
                    r"(?P<rest>[^，,。；;]{2,120})|^由(?P<lead2>[^，,。；;由]{2,30}?)牵头(?=[区县市省])(?P<rest2>[^，,。；;]{2,120})")
# the words that may begin the duty after the cooperating units ("…会同县督查落实办对相关工作进行督导")
# (及时 / 转交: "县政协提案委员会将会同县委办公室、县政府办公室及时转交有关部门办理", fresh16's 安康 提案 审查)
_DUTY_START = re.compile(r"按照|根据|依据|制定|做好|开展|抓好|研究|对|就|进行|共同|联合|组织|加强|建立|完善|落实|推进|督导|负责|"
                         r"统筹|核查|审核|提出|协调|指导|督促|监督|检查|启动|统一|查处|及时|转交")
_NAME_END = re.compile(r"(?:[局委办院会队所处站部室社行厅区]|中心|部门|单位|街道|[）)])$")


# "县自然资源局全体班子成员要…": the members of a unit act for it
_MEMBERS = r"(?:(?:全体)?(?:领导)?班子成员|全体(?:干部职工|党员干部|干部|职工))?"
# X将…: only before the words that open a duty (not "将于…", "将X纳入…")
# (会 the same in a spoken answer: "县农业局会发布下一年的项目申报指南"; 会同 is read as joint work)
# (and the means or the occasion it will act by: "下一步,錦和鎮將通過駐村干部宣講、…等方式持續宣傳" (fresh35's 徐闻), "下一步,五一街将以
# 元旦期间安全防控为契机,持续排查整治" (fresh35's 乌兰浩特))
# (强化 as 加强, and the starting point it builds from: "八里台镇将强化网格化管理,建立…禁烧责任区划分表" (tasks76's 八里台,
# https://twgreatdaily.com/zh-hans/gT6mC3EBnkjnB-0zzr5i.html), "西夏公安将以西夏万达金街治安联防志愿服务队为起点,打造…" (tasks76's 西夏))
# (the future in any wording a body commits itself with (stop 24's convention, rule 2, benchmarks/data/other_districts/README.md):
# "下一步,市工信局将聚焦国家工信部“三新”…" (docent59's 包头), "西城街道办事处将于2023年12月26日开展“政务开放日”活动" (docmeta38's
# 达州), "区住建局将与相关部门加强配合" (fresh22's 台儿庄), "三穗县将在2012年春节期间举办丰富多彩的文化活动" (tasks76's 三穗),
# "辽宁省将投入5560万元对…进行奖励" (fresh30's 辽宁); and the same wording on other pages:
# "下一步,县农业农村局将聚焦…" (https://www.ningjin.gov.cn/col/1596096917046/2023/08/30/1693379433624.html),
# "区应急局将继续加大执法检查力度" (the convention's own line). Never 将 as 把 before a noun and its verb of putting — "X将该项
# 工作纳入考核", "承包商会将该复核意见提请…表决" (entrep25), "工业和信息化部将拟入选的…名单进行公示" (entrep25), "督查组将每周督查情况进行
# 汇总通报" (fresh5): the words that open a duty come straight after 将, and no 纳入 / 列入 / 作为 / 提请 / 报送 / 公示 … closes
# its clause; "将把…纳入" is the same putting ("区政府将把此项工作纳入对部门、镇(街道)年终考核的重要内容", sample 001:1209; "铜梁区将把企业
# 纳入正面管理清单", fresh5's 铜梁): rule 4's own example, `X将该项工作纳入考核`, judged by its other words, none of which charges)
# (将会 as 将, and 尽职尽责 as its way of acting: "在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会尽职尽责做好…工作" (fresh40's
# 乌海 督导简报))
# (the span of time it gives itself, and the whole area it acts over: "从6月开始,广西将用100天左右的时间集中开展…“百日攻坚”行动",
# "广西将明确时间表、路线图以及职责分工" (fresh40's 广西 自建房), "春节前,自治区食品药品监督管理局将在全区范围内开展食品安全专项抽检工作"
# (fresh40's 宁夏 食药局); never 在 before the place a thing was found: "将在市州级党委和政府发现的问题,归口溯源到相关成员单位"
# (fresh40's 青海 巡查, rule 4))
_WILL_WORDS = (r"对|根据|依据|会同|联合|定期|适时|加强|强化|及时|严格|严肃|按照|继续|持续|进一步|切实|全力|认真|发布|组织"
               r"|以[^，,。；;]{2,30}?为(?:契机|抓手|重点|目标|起点)|通过|通過|用(?=[^，,。；;]{1,16}?(?:时间|時間))|明确(?!的)"
               r"|于(?=[\d一二〇○今明本下近年月])|在(?=[^，,。；;]{1,40}?(?:期间|前后|之前|以前|年内|月内|方面))|在(?=全[省市县区州旗盟镇乡国]|辖区|本[省市县区])"
               r"|按规定|按要求|与(?=[^，,。；;]{1,16}?(?:配合|协作|合作|联系|对接|联动))"
               r"|不断|积极|深入|坚决|聚焦|引导|探索|坚定|再接再厉|多措并举|长期|依法|常年|跟踪|投入|每年|派出|严厉|开展|推进|深化"
               r"|加大|加快|建立|健全|做好|抓好|大力|着力|采取|启动|逐步|尽快|力争|确保|不定期|构建|打造|推动|督促|指导|集中|紧盯|始终"
               r"|牵头|结合|围绕|坚持|扎实|陆续|密切|主动|充分|统筹|出台|举办|严查|严把|筑牢|保持|巩固|努力|着眼|立足|全面|全方位|多渠道|对标|紧扣|打好|用好"
               r"|尽职尽责|全力以赴"
               # (a sanction or a measure it commits to: "…的人和事,市人民政府督查室将予以通报" (tasks107's 武汉), "新区将实施约谈和问责"
               # (tasks99's 西咸); 予以公示 stays closed by _PUT_CLOSES)
               r"|予以|实施(?=[\u4e00-\u9fff]{2})")
_PUT_CLOSES = r"(?![^，,。；;]{0,40}?(?:纳入|列入|作为|提请|报送|上报|报给|转交|提交|交由|用于|划分为|移交|移送|进行公示|予以公示))"
_WILL = (r"(?:将会?(?=" + _PUT_CLOSES + r"(?:" + _WILL_WORDS + r"))|(?<=[局办院队所处站部室厅心])会(?=对|根据|依据|会同|联合|定期|适时|加强|"
         r"强化|及时|严格|严肃|按照|继续|持续|进一步|切实|全力|认真|发布|组织|以[^，,。；;]{2,30}?为(?:契机|抓手|重点|目标|起点)|通过|通過))")
# the other words that charge a named body or commit it (stop 24's convention, rule 2): 须 (not 须知), 确保, 力争, 计划 (not 计划财务 /
# 计划单列 …), 拟 (not 拟废止, a repeal matter; nor 拟定 / 拟订, a draft already made, nor the proposed lists' 拟认定 / 拟推荐 / 拟入选 …):
# "为实施年度土地利用计划,巩义市人民政府拟征收竹林镇…集体土地" (docmeta28's 巩义, 征收 notice). A bare 应 is not read yet: in the sample
# corpus's regulations it would add two tasks no gold holds ("行政执法机构应严格执行罚缴分离…" 001:1052, "区政府办公室应将备案情况及时进行
# 公布" 004:642) — left to the integrator (应当 reads as before)
# (定于 + its date, the 将于 kind: "我局定于11月5日组织专家组对…企业开展实地核查工作" (fresh40's 海口 科工信局 notice; its README, decision
# C: 我局 as printed leads, filed under the signed bureau); "会议定于…" names no body)
_PROPOSE = r"拟(?!废止|廢止|定|订|訂|草|认定|認定|推荐|推薦|入选|入選|命名|确定|確定|授予|列入|新增|任|聘)"
_COMMIT = (r"(?P<commit>须(?!知)|確保|确保|力争|力爭|定于(?=[\d一二三四五六七八九十今明本下近年月])|"
           r"计划(?=[于在到将开投实完新建启对]|[\d一二三四五六七八九十])|" + _PROPOSE + ")")
# (and 还 / 也 between the body and its word: "市公安局还将联合消防、住建、文化等相关部门出台专项整治方案" (fresh20's 南通))
_STILL = r"(?:还|還|也|亦|则|則|仍然|仍)?"
# "县财政局和县农业局一起来管": units that manage together all lead
_TOGETHER = r"一起来?(?:管理?|负责)"
# "年底前市政府要…": a time before the subject is no part of it
_WHEN = r"(?:(?:今年|明年|年底|年内|年初|近期|下一步|\d{1,2}月底?)前?)?"
# a bare 应 only before its deadline: "武汉市、宜昌市、襄阳市、荆州市应在2014年6月底前制定并印发实施" (tasks107's 湖北 大气污染防治
# 实施意见); a bare 应 otherwise is not read (the sample's regulations: "行政执法机构应严格执行…")
_DUE = r"应(?=(?:在|于)?\d{4}年|在\d{1,2}月)"
_SUBJECT_AT_START = re.compile(
    r"^(?:[一二三四五六七八九十]是)?" + _WHEN + r"(?P<subj>[^，,。；;：:“”《》]{2,60}?)" + _MEMBERS +
    # "(三)商务局、市场监督管理局根据各自职责负责…" (唐山 病媒生物防制管理办法): each by its own duties, before the verb
    r"(?:(?:根据|按照|依照)(?:各自|自身)(?:的)?(?:职责|职能)(?:分工)?)?" +
    # (the lead's part taken up: "三是生态环境局做好牵头作用,对上级督察的所有问题,逐一高质量整改到位" (http://hscmw.cn/a/a/g/
    # content_pc_90034.shtml; tasks44: X leads), as tasks18's `X要发挥牵头作用`)
    r"(?P<verb>(?:做好|发挥好?|履行好?|起好)牵头(?:抓总)?作用|：负责|:负责|牵头负责|具体负责|分工负责|负责(?!同志|人)|牵头(?=[\u4e00-\u9fff])(?!单位|部门|领导|责任|抓总|的)|"
    r"(?:(?<=部门)|(?<=街道)|(?<=[乡镇]))[，,]要(?!求)|" + _STILL + r"(?:要(?!求)|必须|应当|" + _DUE + "|" + _WILL + "|" + _COMMIT + ")|" + _TOGETHER + "|"
    r"是[^。，]{0,20}牵头(?:实施)?(?:单位|部门|机构)|"
    # (its duties stated: "管委会的主要职责是维护开发区的形象,强化园区安全、环境和效能的统一性" (tasks76's 涟水 开发区,
    # http://www.lianshui.gov.cn/col/1164_823538/art/17329824/17349438466004RSksfTj.html))
    r"的(?:主要)?职责(?:是|为)(?=[\u4e00-\u9fff])|"
    r"是[^。，；;]{0,20}(?:主管部门|责任单位|责任部门|责任主体|实施主体)(?=[，,。；;]|$)|[：:])"
)
# (a later clause's subject: the words it had before stop 24, 牵头 before its work, 还将 / 也将, and 拟 — "为实施年度土地利用计划,巩义市人民政府拟征收…" (docmeta28);
# 应 / 须 / 确保 / 力争 / 计划 open a duty at the sentence's start only: a regulation's "…的，X应…" stays its conditions' reading;
# 应当 after a condition charges a named body only, never a class nor a field (decision D, stop 25: "对部队按规定退回的新兵，市人民政府
# 征兵办公室应当通知…" (fresh14's 北京 征兵 regulation), "…敷衍塞责的，市人民代表大会常务委员会应当对有关机关和组织提出改进意见" (fresh14),
# "涉及跨区域重大线性基础设施布局调整的，大江东集聚区管委会应当先征求…" (fresh19's 杭州 regulation)))
_SUBJECT_IN_CLAUSE = re.compile(r"^" + _WHEN + r"(?P<subj>[^，,。；;：:“”《》]{2,40}?)" + _MEMBERS + "(?P<verb>牵头负责|负责(?!同志|人)|"
                                # (牵头 before the work it leads: "…,南平市司法局牵头组织开展对市政府行政规范性文件…清理" (fresh9's 南平),
                                # "根据市政府主要领导要求,近日,督查室牵头对50件重点民生实事项目推进落实情况进行了专项督查" (fresh6's 连云港))
                                "牵头(?=组织|对|开展|召开|推进|制定|负责)|"
                                + _STILL + "(?:要(?!求)|" + _WILL + "|(?P<commit>" + _PROPOSE + "|应当)))")
# "一是由承担总部经济发展任务的各责任单位根据部门职能…": 由 + units + the verb of the duty
# (承办 / 主办 charge the lead as 负责 does: "由省经贸委承办,省农业厅、卫生厅…协办", 福建 餐桌污染 方案)
_BY_UNITS = re.compile(r"^(?:[一二三四五六七八九十]是)?由(?P<subj>[^，,。；;由]{2,40}?)(?:根据|按照|负责|承办|主办|组织|统筹|综合|汇总|审核)")


_DISTRIBUTIVE = re.compile(r"分别由(?P<units>[^，,。；;由]{2,80}?)(?:牵头)?(?:具体)?负责")
# (主办 closing its clause: a proposal's handling, "1006号提案由我局主办,市发展改革委、公安局…会办" (tasks31's 广州,
# http://yjglj.gz.gov.cn/gzajj/ajxw_xzgw/201909/e10d534da448456d8c711db19d0f232c.shtml); "由X主办的…" names an event's host)
# (and the one body that arranges the work or reports on it, closing its clause: "每次巡查的内容和路线都由安办统一安排,巡查后,…"
# (https://m.yybnet.net/luzhou/news/201501/4588080.html), "…汇总给市教育局,由市教育局按要求通报。" (http://scghcdc.cn/html/
# gongzuodongtai/jikongyaowen/20180604/8662.html; tasks44: the body leads, sole))
# (a fix's measure urged by the body in charge: "整改措施:由县住建局督促商户更换。", "由包片单位县文广局督促住户移走晾晒的衣物"
# (平利 市容环境综合整治 通报, https://www.pingli.gov.cn/Content-1108393.html): the body, its role word before it dropped)
# (组织协调并实施 as 组织实施: "此次督查由延吉市委、延吉市政府督查室組織協調並實施,督查工作結束後,督查室負責…" (fresh40's 延吉; its README:
# both bodies lead, decision B's shared 督查室 on each canonical))
_CHARGED_BY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:具体|统一|牵头|共同)?(?:负责(?![人同])|主管(?![部单机])|组织(?:(?:协调(?:并|和|与)?)?实施|进行|开展)|督促(?=[\u4e00-\u9fff])|(?P<power>行使)(?=[\u4e00-\u9fff]{2})|实施(?=[\u4e00-\u9fff]{0,8}(?:管理|监督|审批|评审|审计))|主办(?=[，,])|"
                         r"(?<=统一)安排(?=[，,。；;]|$)|(?:按要求|按规定)?通报(?=[，,。；;]|$)|"
                         # (a sanction's measures: "对…的地区,由省生态环境厅采取区域限批措施" (fresh26's 安徽 秸秆禁烧))
                         r"(?P<measure>采取)(?=[\u4e00-\u9fff]{0,8}?措施))")
_ROLE_WORD = re.compile(r"^(?:包片|包保|挂包|包联|责任|属地)(?:单位|部门)(?=[\u4e00-\u9fff]{3})")
# "…由X负责，Y配合": the cooperating units after the charge (and a proposal's 会办 units after its 主办)
# (and 协管: "由县公安局负责牵头管理,县交通局协管" (tasks107's 大竹))
_THEN_COOP = re.compile(r"^[，,](?P<coop>[^，,。；;]{2,120}?)(?:配合|参与|参加|协助|协办|会办|协管)")
# "县发改局牵头，县财政局、县商务局配合": lead and cooperating units opening the sentence, no 由
_LEAD_THEN_COOP = re.compile(r"^(?P<lead>[^，,。；;由]{2,40}?)牵头(?:负责|抓总)?[，,、](?P<coop>[^，,。；;]{2,120}?)(?:配合|参与|参加|协助|协办|协管)")


# "由县教育体育局牵头召开了由县财政局、民政局…七部门主管领导参加的…会议": the lead convenes, the others attend
_LED_ATTENDED = re.compile(
    r"由(?P<lead>[^，,。；;由]{2,60}?)牵头[^。；;由]{0,30}?由(?P<coop>[^。；;由]{2,120}?)"
    r"(?:[一二三四五六七八九十\d]+个?(?:部门|单位))?(?:的)?(?:主管领导|主要负责同志|负责同志|分管领导|主要负责人|负责人|相关负责人)?"
    r"(?:参加|参与)")


def _led_attended(sent: str) -> Roles | None:
    """由X牵头…由Y参加: X leads, the attending units cooperate."""
    m = _LED_ATTENDED.search(sent)
    if not (m and _units_only(m["lead"]) and _units_only(m["coop"])):
        return None
    return Roles.of(_units_only(m["lead"]), _units_only(m["coop"]))


def _led_by(sent: str) -> Roles | None:
    """由X牵头，Y配合/参加/共同推进; also Y共同参与 ("由林业局牵头,自然资源局、县农业农村局共同参与的联席会议制度", 旬阳)."""
    m = _LED_BY.search(sent)
    # a person leading (persons are no units): "专项整治工作具体由乡党委副书记胡煜寰牵头负责,乡执法大队、清洁办、村委会共同参与"
    # (fresh31's 万里 乡; its gold: no lead, the bodies taking part cooperate)
    led_by_person = bool(m) and not _units_only(m["lead"]) and bool(_PERSON.search(m["lead"]))
    if not (m and (_units_only(m["lead"]) or led_by_person)):
        return None
    roles = Roles()
    if not led_by_person:
        roles.add("lead", *_units_only(m["lead"]))
    # (a partner's trailing 等部门 is dropped, as in a joint list: "与市住建委等部门合作")
    coop = re.sub(r"等(?:有关|相关)?(?:部门|单位)$", "", m["coop"]) if m["with"] else m["coop"]
    if led_by_person and not (_units_only(coop) or [[]])[0]:
        return None  # a person leading the classes ("由副县长李四牵头,各乡镇配合") names no body
    if _units_only(coop):
        roles.add("cooperate", *_units_only(coop))
    return roles


def _names_before_verb(text: str) -> bool:
    """True when text is a list of names only: a verb may sit inside a unit's name (区委组织部), never inside a
    generic phrase ("县督查落实办对相关工作进行" is a name and the start of the duty)."""
    units = _units_only(text)
    if not (units and _NAME_END.search(text)):
        return False
    if any(_ACT_IN_NAME.search(u) for u in units[0]):
        return False  # "县消防大队对全县养老机构安全生产工作进行" (fresh16's 陆良): a name, then its action
    return not any(_DUTY_START.search(g) for g in units[1])


# a body's name closed, then 对 + what it acts on: the action glued to the name, no part of it
# ("县市场监管局会同县公安局对辖区加油站开展…": the run up to 开展 ends in a body's 站 too — what it acts on, no name;
# 对外 / 对台 / 对口 open names of their own)
# (and 在 + where it acts: "…联合县公安交警大队在G351线连接线处开展", http://m.fqjz1.com/gongkai/show/20190923175204-27840-00-000.html)
_ACT_IN_NAME = re.compile(r"(?<=[局委办所队站心院厅])(?:对(?![外台口])|在)[^，,。；;、]{2,}$")


def _joint(sent: str) -> Roles | None:
    """X会同Y…: X leads, Y cooperates; also in a clause after a leading condition ("按照…部署,区安委办组织…")."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        roles = _joint_at(sent[at:]) or (_class_carried(sent[:at], sent[at:]) if at else None)
        if roles:
            return roles
    return None


# a clause with no subject of its own, after a clause a class of bodies opens: "各派出所紧盯对加油加气站、…等各类行业场所,主动会同
# 应急、消防、住建、市场监管等部门,全方面开展…" (fresh36's 中卫): the class goes on (generic), the fields cooperate; the named body
# organising the campaign in the clause before the class's leads ("中卫市公安局组织并且开展安全生产隐患治理行动,各派出所…": its
# README, the bureau leads, its stations a class)
_ADVERB_ONLY = re.compile(r"^(?:主动|积极|及时|立即|迅速|随即|同时|全力|切实|认真|密切)(?=会同|联合)")
_CLASS_OPENING = re.compile(r"^各[\u4e00-\u9fff]{1,8}?(?:派出所|所|站|局|队|中队|大队|部门|单位)(?=[\u4e00-\u9fff])")
_ORGANISER = re.compile(r"^(?P<body>[^，,。；;“”《》]{3,24}?)(?:组织(?:并且|并)?|部署|牵头)开展(?=[^，,。；;]{2,30}?(?:行动|整治|检查|工作)$)")


def _class_carried(before: str, clause: str) -> Roles | None:
    adverb = _ADVERB_ONLY.match(clause)
    # (the clauses before read from the last 160 characters only: a long line stays linear)
    window = before[-160:].rstrip("，,")
    clauses = re.split(r"[，,]", window) if adverb and (len(before) <= 160 or re.search(r"[，,]", window)) else [""]
    opening = _CLASS_OPENING.match(clauses[-1])
    coop = _cooperating(clause[adverb.end() + 2:]) if opening else None
    if not (coop and coop[0]):
        return None
    organiser = _ORGANISER.match(clauses[-2]) if len(clauses) > 2 or len(clauses) == 2 and len(before) <= 160 else None
    organiser_units = _units_only(organiser["body"]) if organiser else None
    roles = Roles()
    if organiser_units and len(organiser_units[0]) == 1 and not organiser_units[1] and is_unit(organiser_units[0][0]):
        roles.add("lead", organiser_units[0], [])
    roles.add("lead", [], [opening[0]])
    roles.add("cooperate", *coop)
    return roles


# (and 等职能部门: "县双打办组织县市场监管局、…、县农业农村局等职能部门开展…"
# (http://www.lowongankerja-keluarnegeri.com/bmzb/xscjdglj/zwgk/gzdt/content/post_4414254.html))
# (and the county's own departments: "鄄城黄河河务局联合县公安局等县直部门开展…" (fresh27's 鄄城))
_COUNTED_TAIL = re.compile(r"等(?:多|[一二三四五六七八九十\d]+)?[个家]?(?:[省市县区旗]直)?(?:职能)?(部门|单位)")


# a field for its department asked to act with other fields: "3.请国土会同发改、财政等部门,在半个月之内制定出…收费标准" (tasks31's 永康,
# a meeting's minutes): the field leads, as printed, only before fields closed by 等部门 (the fields stand for their departments)
_FIELD_SUBJECT = re.compile(r"^(?:[\d一二三四五六七八九十]+[.、．])?(?:请|由)?(?P<field>[\u4e00-\u9fff]{2,4})$")
_FIELDS_CLOSED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*等(?:有关|相关)?部门")
# (nor an adverb left before the verb: "各派出所紧盯…各类行业场所,主动会同应急、消防、住建、市场监管等部门,全方面开展…" (fresh36's
# 中卫): 主动 is how the stations act, no field)
_NO_FIELD = re.compile(r"会议|要求|同意|研究|我们|各|有关|相关|其他|[要将应并还也已的是]|^(?:主动|积极|及时|立即|迅速|随即|随后|同时|共同|全力|切实|认真|密切)$")


def _field_lead(lead: str, rest: str | None) -> tuple[list[str], list[str]] | None:
    m = _FIELD_SUBJECT.match(lead or "")
    if not (m and rest and _FIELDS_CLOSED.match(rest) and not _NO_FIELD.search(m["field"]) and not is_generic(m["field"])):
        return None
    return [m["field"]], []


_WHERE_GLUED = re.compile(r"(?<=[\u4e00-\u9fff]{2})在[\u4e00-\u9fff]{2,24}?处$")


def _joint_at(sent: str) -> Roles | None:
    # (a comma as a pause mark inside the partners' list closed by its 等-phrase: "…牵头,联合县委统战部,县文化体育广播电视和旅游局、
    # 公安局、教育局、市场监管局等部门,组织开展…" (fresh27's 泽普))
    sent = re.sub(r"(?<=联合|会同)[^。；;]+", lambda x: commas_closed(x[0]), sent, count=1)
    m = _JOINT.search(sent)
    lead, rest = (m["lead"], m["rest"]) if m and m["lead"] else (m["lead2"], m["rest2"]) if m else (None, None)
    lead = lead and without_when(lead)  # "行动开展以来大洼区民政局联合…"
    lead_units = m and (_units_only(lead) or _field_lead(lead, m["rest"] if m["lead"] else None))
    if not lead_units:
        return None
    # the longest run of names before a verb: "区委组织部、区财政局…" is not cut at its 组织
    ends = [x.start() for x in _DUTY_START.finditer(rest) if x.start() >= 2] + [len(rest)]
    # "…、公安局等多部门", "…等七部门": the count is no part of the last name
    rest = _COUNTED_TAIL.sub(r"等\1", rest)
    coop = next((rest[:e] for e in reversed(ends) if _names_before_verb(rest[:e])), None)
    # (where the bodies act, glued to the last one: "…、峃口镇人民政府等部门、乡镇在峃口镇城东村文成驿站处开展…" (tasks34's 文成,
    # http://xs.66wz.com/xs/system/2021/02/03/013978762.shtml): 在 and a place ending in 处 make no name; joint_action reads it)
    if coop is None or _WHERE_GLUED.search(coop):
        return None
    # (a closing 等部门 stays as printed among the generics: the sample gold keeps it, 张店区 5.3(1))
    roles = Roles.of(lead_units, _units_only(coop))
    # X会同Y组织Z…: the bodies the two organise work with them ("市水务局会同市检察院组织市县两级水务、检察、公安、生态环境、
    # 自然资源和规划等部门,在全市范围内开展…" (fresh20's 张家口))
    after = sent[m.start("rest" if m["lead"] else "rest2"):]
    organised = (_cooperating(after[len(coop) + 2:]) if after.startswith(coop) and after[len(coop):].startswith("组织")
                 else None)
    if organised:
        roles.add("cooperate", *organised)
    return roles


def _distributive(sent: str) -> Roles | None:
    """分别由A、B、C负责: each leads its own part, so all lead."""
    m = _DISTRIBUTIVE.search(sent)
    if not (m and _units_only(m["units"])):
        return None
    return Roles.of(_units_only(m["units"]))


def _led_only(sent: str) -> Roles | None:
    """由X牵头 (no cooperating units named)."""
    m = _LED_ONLY.search(sent)
    if not (m and _units_only(m["lead"])):
        return None
    roles = Roles.of(_units_only(m["lead"]))
    # (the bodies the leads organise after the comma: "这次联合入山巡逻由东部森林警察大队和坪山新区城管局牵头,组织了东部大队、石井街道
    # 森林巡防队和田头山自然保护区森林巡防队约30人,…开展巡逻" (fresh34's 坪山; its gold: the teams cooperate); a lead printed again in
    # short form among them ("东部大队": its name's first two characters and its kind) is that lead, no partner)
    after = _ORGANISED_AFTER.match(sent[m.end():])
    organised = _bodies(after["list"], False) if after else None
    # (the bodies or places the lead works with after the comma: "由乌海市“扫黄打非”办公室牵头,与阿拉善盟、巴彦淖尔市两家兄弟盟市主动沟通、
    # 积极协调,于7月15日开启了…区域联防协作工作" (tasks99's 乌海, https://app.wuhainews.org.cn/folder17/folder18/folder25/folder39/
    # 2024-07-19/31179.html): each named body or place cooperates; a class among them ("与有关部门沟通") names no partner)
    worked_with = _WORKED_WITH.match(sent[m.end():])
    if worked_with and not organised:
        items = [x for x in _PLACE_ITEMS.split(worked_with["list"]) if x]
        if items and all(is_unit(x) and not is_generic(x) or _is_division(x) for x in items):
            roles.add("cooperate", items, [])
            return roles
    if organised:
        leads = roles.lead
        named = [x for x in organised[0] if x not in leads and not any(
            len(x) < len(y) and x[:2] == y[:2] and x[-2:] == y[-2:] for y in leads)]
        roles.add("cooperate", named, organised[1])
    return roles


_WORKED_WITH = re.compile(r"^[，,]与(?P<list>[^，,。；;]{2,60}?)(?:[两二三四五六七八九十\d]+[家个](?:兄弟)?(?:盟市|市|县|区|单位|部门))?"
                          r"(?:主动|积极|密切)?(?:沟通|协调|对接|联系|合作|协作|配合)")
_ORGANISED_AFTER = re.compile(r"^[，,](?:并|还)?组织(?:了)?(?P<list>[^，,。；;]{2,120}?)(?:约|共|计|共计)?[\d一二三四五六七八九十百]+[余多]?(?:名|人)(?=[，,])")


# a body leading the whole work, after the official answerable for it: "任务分工:吕维峰副省长负责,省农委总牵头。" (fresh34's 黑龙江
# 十大工程; its gold: a person is no unit, the committee leads); the clause ends the sentence
_OVERALL_LEAD = re.compile(r"(?:^|[，,：:])(?P<lead>[^，,。；;：:]{2,24}?)(?:总牵头|牵头抓总)(?:负责)?(?=[。；;]?$)")


def _overall_lead(sent: str) -> Roles | None:
    """…,X总牵头。: X leads."""
    m = _OVERALL_LEAD.search(sent[-60:])
    got = _units_only(m["lead"]) if m else None
    if not (got and got[0]) or _PERSON.search(m["lead"]):
        return None
    return Roles.of(got)


def _by_units(sent: str) -> Roles | None:
    """一是由X根据/按照/负责…: the units opening the sentence with 由."""
    m = _BY_UNITS.match(sent)
    if not (m and _units_only(m["subj"])):
        return None
    roles = Roles.of(_units_only(m["subj"]))
    _add_then_coop(roles, sent[m.end():])
    return roles


def _charged_by(sent: str) -> Roles | None:
    """…由X负责 anywhere in the sentence ("项目资金的申报审核由县财政局负责")."""
    m = _CHARGED_BY.search(sent)
    if not m:
        return None
    lead, _, coop = m["lead"].partition("会同")  # 由X会同Y负责
    # (the partners' bracketed alternate names and closing 等部门 are no part of any name: "由市消防安全应急指挥部办公室会同市委宣传部、
    # 市外宣办、市政府外办(港澳办)、市台办等部门共同组织开展" (tasks107's 北京 火灾事故应急预案))
    coop = re.sub(r"等(?:有关|相关)?(?:部门|单位)$", "", re.sub(r"[（(][^（）()]{1,10}[)）]", "", coop))
    lead = _ROLE_WORD.sub("", lead)  # 由包片单位X督促…
    # (a place named as the one responsible stands for its administration, as a place the subject of 负责 / 将 does: "由榆次区行使
    # 晋中市城区城市管理工作" (tasks99's 晋中))
    led = _units_only(lead) or (([lead], []) if _is_division(lead) and not coop else None)
    # (powers exercised by a place only: "由区林业工作站承担原区木材检查站行使的…其他行政权力" (sample 001:974) names a body taking over
    # what another exercised, the sample's gold (not ours) no task there)
    if m["power"] and not _is_division(lead):
        return None
    if not led or coop and not _units_only(coop):
        return None
    if m["measure"] and (led[1] or not led[0]):
        return None  # "由古树名木行政主管部门责令有关单位…限期采取措施", "由污染责任单位采取措施…": only named bodies take measures
    roles = Roles.of(led)
    if coop:
        roles.add("cooperate", *_units_only(coop))
    _add_then_coop(roles, sent[m.end():])
    return roles


# the body 由 names going out on the check it does, the partners closed by a counted 等-phrase: "由该团农业发展服务中心等多部门深入到河北的
# 东干渠、…等重点部位进行安全检查" (fresh41's 182团; its README: X leads, 多部门 generic; 该团 a back-reference to the regiment, no part
# of the name); a named body only (a class, "由各乡镇深入…", names none), the check within its own clause
_BY_VISITING = re.compile(r"(?:^|[，,])由(?:(?:该|本)[团县区市镇乡旗])?(?P<lead>[^，,。；;由等]{2,30}?)"
                         r"(?P<tail>等(?:多|[一二三四五六七八九十\d]+)?个?(?:相关|有关)?(?:部门|单位))?"
                         r"(?:组成[^，,。；;]{0,12}?(?:组|队))?(?:深入到?|前往|赴)(?=[^，,。；;]{2,120}?(?:检查|督查|督导|排查|巡查))")


def _by_visiting(sent: str) -> Roles | None:
    """由X(等多部门)深入到…进行检查: X leads, the partners its 等-phrase counts generic."""
    m = _BY_VISITING.search(sent)
    if not (m and is_unit(m["lead"]) and not is_generic(m["lead"])):
        return None
    return Roles.of(([m["lead"]], []), ([], [m["tail"][1:]] if m["tail"] else []))


def _add_then_coop(roles: Roles, rest: str) -> None:
    """The units cooperating after the charge ("…由X负责，Y配合"), else the body of staff named later (_STAFF_COOP)."""
    after = _THEN_COOP.match(rest)
    if after and _units_only(after["coop"]):
        roles.add("cooperate", *_units_only(after["coop"]))
    else:
        _add_staff_coop(roles, rest)


# "由高新区负责为入园企业提供全程无偿代办服务,县政务服务中心代办人员对应实施“绿色通道”服务" (湘阴): a later clause in
# which another body's staff do their share of the charged task; staff are no unit, their body cooperates
_STAFF_COOP = re.compile(r"[，,](?P<coop>[^，,。；;]{2,30}?)(?:代办|窗口|工作|服务|专职)?(?:人员|干部)"
                         r"(?:要|应|须)?(?:对应|相应|同步|积极|全程)?(?:实施|办理|提供|做好|开展|配合|协助)")


def _add_staff_coop(roles: Roles, rest: str) -> None:
    """The body of the staff named in a later clause cooperates (named units only)."""
    m = _STAFF_COOP.search(rest)
    units = _units_only(m["coop"]) if m else None
    if units and units[0] and not units[1]:
        roles.add("cooperate", units[0], [])


def _lead_then_coop(sent: str) -> Roles | None:
    """X牵头，Y配合… (the sentence opens with the lead)."""
    m = _LEAD_THEN_COOP.match(sent)
    if not (m and _units_only(m["lead"]) and _units_only(m["coop"])):
        return None
    return Roles.of(_units_only(m["lead"]), _units_only(m["coop"]))


# "形成由县统一领导,建设主管部门牵头,乡镇政府组织实施,相关部门积极配合的工作机制": a working mechanism named
# clause by clause; the clause "X牵头" names the lead, the clauses after it the bodies that implement or cooperate
_LEAD_CLAUSE = re.compile(r"^(?P<lead>[^，,。；;由]{2,30}?)牵头(?:负责|抓总)?$")
_SHARE_CLAUSE = re.compile(r"^(?P<coop>[^，,。；;]{2,40}?)(?:积极|密切|紧密|全力|主动)?(?:配合|协助|参与|组织实施|具体实施)")


def _mechanism(sent: str) -> Roles | None:
    clauses = [c.strip() for c in re.split(r"[，,]", sent.rstrip("。；;"))]
    for i, c in enumerate(clauses[1:], 1):
        m = _LEAD_CLAUSE.match(c)
        if not (m and _units_only(m["lead"])):
            continue
        roles = Roles.of(_units_only(m["lead"]))
        for later in clauses[i + 1 :]:
            share = _SHARE_CLAUSE.match(later)
            if not (share and _units_only(share["coop"])):
                break
            roles.add("cooperate", *_units_only(share["coop"]))
        return roles if len(roles.cooperate + roles.generic_cooperate) else None
    return None


# a working group's duties opening with its head, then the body that leads it: "(4)群众安置组。由县人民政府分管民政的副县长任组长,
# 县民政局牵头,受灾乡(镇、街道)及时选择集中安置点…", "由县人民政府副县长、公安局局长任组长,县公安局牵头、武警曲靖支队三大队、
# 武警中队、信访局、司法局参与,…" (tasks76's 会泽 抗震救灾志, http://book.ynsfun.com/2019/hzkzjz/files/basic-html/page401.html):
# the head is a person (no unit); the body before 牵头 leads, the bodies listed before 参与 / 参加 / 配合 cooperate
_GROUP_HEAD_THEN_LEAD = re.compile(r"^由[^，,。；;由]{2,40}?任(?:组长|副组长|指挥长|总指挥)[，,](?P<lead>[^，,。；;、]{2,30}?)牵头"
                                   r"(?:[、，,](?P<coop>[^，,。；;]{2,120}?)(?:参与|参加|配合))?(?=[，,。；;]|$)")


def _group_head_then_lead(sent: str) -> Roles | None:
    m = _GROUP_HEAD_THEN_LEAD.match(sent)
    lead = _units_only(m["lead"]) if m else None
    if not (lead and lead[0]):
        return None
    roles = Roles.of(lead)
    coop = _coop_units(m["coop"]) if m["coop"] else None
    if coop:
        roles.add("cooperate", *coop)
    return roles


# "…，县财政局配合" and "…，县委办、县政府办配合做好相关工作": a later clause of cooperating units
_CLOSING_COOP = re.compile(r"[，,](?P<coop>[^，,。；;]{2,60}?)(?:要|应)?(?:积极|密切|紧密|相互|互相|全力|主动|加强)?"
                          r"(?:配合|协助|协办|参与|参加|协同)")


# "会议强调国庆节期间卫生健康和教育部门要…" (fresh16's 郴州): a meeting's words, reported; the meeting is no body and its words
# name no unit of their own
_REPORTED_SPEECH = re.compile(r"^(?:会议|大会|文件|通知|讲话|[\u4e00-\u9fff]{0,6}(?:会议|会上))(?:强调|指出|要求|提出|明确)")


_COORDINATED = re.compile(r"^(?:负责)?协调(?P<list>[^，,。；;]{2,30}?)(?:做好|开展|落实|共同)")
_ORGANISED = re.compile(r"^组织[：:](?P<list>[^。；;：:]{2,200}?)(?:参加|参与)?(?:[。；;]|$)")


# a meeting's requirement naming the bodies that carry it out, with no 要 of their own: "会议要求,镇秸秆禁烧巡查队、镇村两级包保干部
# 严格按照《…工作方案》执行24小时值班巡查" (澧南镇 秸秆禁烧 调度会, http://www1.ekgqq.com/zcmbhl/7983.html): the named bodies lead,
# the cadres beside them are persons; only bodies named by their own name (not "教育部门") and an adverb of the order after them
# (and a visit's request to the body visited, later in the sentence: "到疾控中心进行调研,要求疾控中心做好各类防范" (fresh35's 成安),
# "…,并要求经开区督促生产经营单位按照要求及时整改到位" (fresh35's 郑州经开区): a named body only, as above)
# (and a visiting team's, after its visit: "督导组要求大兴区、通州区政府进一步对标对表,严格落实安全生产和消防安全责任" (fresh36's 北京
# 住建委; its README: the districts required lead))
_REQUIRED = re.compile(r"^(?:会议|会上|[\u4e00-\u9fff]{2,8}(?:强调|指出)[，,]?|[\u4e00-\u9fff]{0,8}(?:督导|督查|检查|调研|考核|巡查|暗访|验收)组(?:还|并|同时)?)?"
                       r"要求[，,：:]?(?P<subj>[^，,。；;：:《》]{2,60}?)"
                       r"(?:要|应|须|必须|务必)?(?:进一步)?(?:严格|认真|切实|迅速|立即|加快|抓紧|全力|扎实|对标对表)")
_REQUIRED_LATER = re.compile(r"[，,](?:并|还|同时)?要求(?P<subj>[^，,。；;：:《》、和及]{2,30}?)(?:要|应|须|必须|务必)?(?:做好|督促|落实)")
# (or in a later clause of a visiting group's report, the bodies' own 要 after them: "督查组对…工作做出了具体部署,要求银川市及西夏区、贺兰县
# 政府要进一步高度重视…,切实落实属地监管和整治主体责任" (fresh39's 宁夏 环保厅 督查), "并要求各相关部门要…" (a class: none))
_REQUIRED_CLAUSE = re.compile(r"[，,](?:并|还|同时)?要求(?P<subj>[^，,。；;：:《》]{2,40}?)(?:要|须|必须|务必)"
                              r"(?=进一步|高度|严格|认真|切实|迅速|立即|加快|抓紧|全力|扎实|继续|强化|加强|落实|做好)")
_STAFF_ITEM = re.compile(r"(?:干部|人员|同志|负责人|领导|专干|网格员|党员)$")


def _listed_place(name: str) -> bool:
    """A place of the national list printed with its level (大兴区, 通州区)."""
    return name[-1:] in "省市州县区旗盟" and name in division_levels()


def _required_subjects(sent: str) -> Roles | None:
    m = _REQUIRED.match(sent) or _REQUIRED_LATER.search(sent) or _REQUIRED_CLAUSE.search(sent)
    if not m:
        return None
    items = [x for x in re.split(r"[、和及]", m["subj"]) if x and not _STAFF_ITEM.search(x)]
    named = _units_only("、".join(items)) if items else None
    # (places listed before the one that prints its body's word: "银川市及西夏区、贺兰县政府" — each a place of the national list)
    if not named and len(items) > 1 and all(_listed_place(x) for x in items[:-1]) and is_unit(items[-1]):
        named = (items, [])
    # (a district required stands for its government, as a place acting as a party does: "督导组要求大兴区、通州区政府…"
    # (fresh36's 北京 住建委); only a place of the national list, printed with its level)
    if not (named and named[0] and all(is_unit(u) and not u.endswith("部门") or _listed_place(u) for u in named[0])
            and any(is_unit(u) for u in named[0])):
        return None
    return Roles.of(named)


# a duty's subjects printed over a comma, the named bodies (and classes) first, then a class of members: "各镇、街道、莘庄工业区,区“平安市场”
# 创建活动联席会议各成员单位要从…的高度,充分认识…" (fresh38's 闵行 平安市场 plan; its README: the named zone leads, the rest generic)
# (only a class of members, departments or units after the comma, each side one run with no stop)
_SUBJECTS_OVER_COMMA = re.compile(r"^(?P<named>[^，,。；;：:“”《》]{2,40}?)[，,](?P<cls>[^，,。；;：:《》]{0,30}?(?:成员单位|有关部门|相关部门|有关单位|相关单位|各部门|各单位))"
                                  r"(?:要(?!求)|必须|应当|务必|负责(?!同志|人))")


_NOT_SUBJECT_NAME = re.compile(r"召开|主持|要求|表示|指出|强调|组织|开展")


def _subjects_over_comma(sent: str) -> Roles | None:
    m = _SUBJECTS_OVER_COMMA.match(sent)
    named = _units_only(m["named"]) if m else None
    # (a mixed list before the comma, named bodies among classes, each a name only: never a report's clause, "县委书记马尚云主持召开全县
    # 项目建设专题办公会,会议要求各乡镇、县直各部门要…" (fresh4's 长阳))
    if not (named and named[0] and named[1] and all(is_unit(u) and not _NOT_SUBJECT_NAME.search(u) for u in named[0])
            and is_generic(m["cls"]) and not is_unit(m["cls"]) and not _NOT_SUBJECT_NAME.search(m["cls"])):
        return None
    return Roles.of((named[0], named[1] + [m["cls"]]))


# a funded project's own line of the bodies answerable for it, among its other fields: "项目责任单位:洛克乡、水利局" between
# "项目责任领导:<person>" and "项目责任人:张海龙、王平" (tasks76's 叶城 公示, http://www.xjyc.gov.cn/ycx/c109164/202601/
# c1cf5e0ea9ac45499c7259291b88a985.shtml): a plain 责任单位 list, read on its own line (the project's prose above names its own duties)
_PROJECT_FIELD = re.compile(r"^(?:项目|专案|工程)(?:责任|实施|建设)单位$")  # (专案: 項目 in zh-TW usage, 專案)


def _project_units(subj: str, verb: str, rest: str) -> Roles | None:
    if verb not in ("：", ":") or not _PROJECT_FIELD.match(subj):
        return None
    units = _units_only(rest.rstrip("。；;"))
    if not (units and units[0]):
        return None
    roles = Roles()
    roles.add("lead" if len(units[0]) == 1 and not units[1] else "cooperate", *units)
    return roles


_PLACE_ITEMS = re.compile(r"[、和及与]")


def _subject_units(subj: str, verb: str, committed: bool = False) -> tuple[list[str], list[str]] | None:
    """The units a duty's subject names; a place (营口市, 铜梁区) stands for its administration as the subject of a word that
    charges or commits it (fresh32's rule for a place as a party; stop 24's convention, rule 2: "今后,营口市将继续加大专精特新培育工作
    宣传力度" (fresh37's 营口), "下一步,菏泽市将聚焦优势资源" (entrep25's 菏泽)), never before a colon (a heading's place)."""
    if committed:
        # (a word stop 24 added charges a named body only, never a class, a section's number before it set aside: "各级政府须…",
        # "4.6.5各级政府…" (sample 002:2430))
        units = _units_only(re.sub(r"^\d+(?:[.．]\d+)*", "", subj))
        return units if units and units[0] and not units[1] else None
    if _COUNTED_BACK_REF.match(subj):
        return None
    subj = named_after_me(subj)
    units = _units_only(subj)
    if units and not units[0] and units[1] and all(_WORK_AS_SUBJECT.search(g) for g in units[1]):
        return None  # the work itself as a passive subject names no body, not even a class
    if units:
        return units
    if verb.startswith(("：", ":")):
        return None
    if _place_party(subj):
        return [subj], []
    # (a list of places, each for its administration: "拉萨市、那曲市、山南市将统筹协调安排搬迁前期…各项工作" (tasks99's 西藏 森布日,
    # 新华社), "吕梁市、晋中市要加快推进…" — every item a division with its level; a list with anything else is no subject here)
    places = _PLACE_ITEMS.split(subj)
    return (places, []) if len(places) > 1 and all(_is_division(x) for x in places) else None


# "据了解,全区初步判定存在严重和一定安全隐患的经营性自建房分类整治工作将加快推动,确保到9月底整治销号率至少达到50%及以上" (fresh40's
# 广西 自建房; its README: a passive with 工作 as subject, no task)
_WORK_AS_SUBJECT = re.compile(r"(?:工作|任务|行动|活动)$")
# the bodies named before, pointed back to by their count: "下一步,两部门将加大联合执法力度" (fresh20's 泰安), "下一步,三部门将采取突击
# 检查、…等有效手段" (fresh22's 鹤壁), "今后,两地生态环境部门将按照联合执法协议不断加强沟通" (fresh21's 张掖): no body printed (their
# golds hold no task there)
_COUNTED_BACK_REF = re.compile(r"^(?:[两三四五六七八九十]|\d{1,2})个?(?:地|市|县|区)?[\u4e00-\u9fff]{0,6}?(?:部门|单位)$")


def _place_party(subj: str) -> bool:
    """A place that may stand for its administration: a division with its level (营口市, 黑龙江省), or a province-level one
    printed short, as news prints it ("从6月开始,广西将用100天左右的时间集中开展…" (fresh40's 广西 自建房), 河北, 北京)."""
    return _is_division(subj) or division_levels().get(subj) == 0 or place_rank(subj) == "省"


# a letter's addressees before its colon, its body run on after it: "各市(含定州、辛集市)工业和信息化局、雄安新区改革发展局:根据《河北省
# 优质中小企业梯度培育管理实施细则》…规定和…,经企业自主申报、各市推荐、专家审核,现将…名单予以公布" (fresh40's 河北 converter page,
# its items on one line) — the 主送 list, no duty of the bodies named
# (and any letter whose addressees open with a class, its body opening with the basis it acts on: "各区县(市)、市直开发园区应急管理局:
# 根据《浙江省企业安全生产标准化建设…" (entrep66's 宁波 撤销 notice); the 河北 page's 现将 is lost to its converter's residue)
_LETTER_BODY = re.compile(r"^\s*(?:根据|按照|依据|依照|为)[^。；;]{0,300}?(?:现将|现就|特将|现予|特此)")
_LETTER_OPENING = re.compile(r"^\s*(?:根据|按照|依据|依照|为|现将|经)")


# a page's metadata field before its colon, no body: "发布部门:济宁市任城区人民政府" (the dev set's 任城), "发布机关:黄冈市新型冠状病毒
# 感染的肺炎防控指挥部" (docmeta33's 黄冈), "批准机关:河北省人民政府" (docmeta38's 唐县), "联系部门:株洲市自然资源和规划局…" (docmeta38's
# 株洲), "解读机构:漳州市龙海区司法局" (fresh3's 龙海), "政策咨询机关:暂无" (fresh9's 宿州), "(联系处室:市工业和信息化局中小企业服务发展处"
# (fresh31's 天津), "内容出处:《石嘴山年鉴2021》图书" (fresh27's 石嘴山), "出处:中国水产养殖网综合" (fresh15's 马祖): the field's value is
# no duty
_FIELD_LABEL = re.compile(r"^[（(·]?(?:[\u4e00-\u9fff]{0,12}?(?:发布|制定|批准|联系|联络|解读|咨询|投诉处理|发文|印发|公开)"
                          r"(?:部门|机关|机构|单位|处室|科室)|(?:内容)?出处|(?:信息)?来源)$")


def _letter_body(subj: str, rest: str) -> bool:
    return bool(_LETTER_BODY.match(rest) or subj.startswith("各") and _LETTER_OPENING.match(rest))


def _subject(sent: str) -> Roles | None:
    """X负责… / X要… / X：负责… / X是…牵头单位 — the subject of the duty leads; X：配合… cooperates."""
    m = _SUBJECT_AT_START.match(sent)
    if not (m and _subject_units(m["subj"], m["verb"], bool(m["commit"]))) or _REPORTED_SPEECH.match(m["subj"]):
        return None
    u, g = _subject_units(m["subj"], m["verb"], bool(m["commit"]))
    if m["verb"].endswith("应") and not u:
        return None  # a bare 应 before its deadline charges named bodies only ("各级各部门原则上应于2017年年底前完成…", sample 001)
    rest = sent[m.end():]
    roles = Roles()
    project = _project_units(m["subj"], m["verb"], rest)
    if project:
        return project
    if m["verb"] in ("：", ":") and (len(rest) <= 6 or _letter_body(m["subj"], rest) or _FIELD_LABEL.match(m["subj"])):
        return roles
    if m["verb"] in ("：", ":") and _helps(rest) and not re.search(r"负责", rest):
        roles.add("cooperate", u, g)  # "区公安分局：提供…，配合卫计部门…"
        # (the named body a colon entry helps leads, as `X协助Y检查…` reads (tasks76): "2.6.1县救灾办:协助县政府做好特、重大自然灾害的
        # 信息收集…工作" (tasks99's 铜梁 预案); a field helped ("配合卫计部门") names no lead)
        helped = _HELPED_BODY.search(rest)
        named = _units_only(helped["body"]) if helped else None
        if named and named[0] and all(is_unit(x) and not x.endswith("部门") for x in named[0]):
            roles.add("lead", named[0], [])
    elif _works_together(u, m["verb"], rest) or _shared_entry(u, m["verb"]) or _partners_will(m["subj"], u, m["verb"]):
        roles.add("cooperate", u, g)
    else:
        roles.add("lead", u, g)
        # "政府办负责组织:政府机关(…)、中医院、法院、运管所、党校。" (http://www.fsou.net.cn/html/text/lar/173198/17319833_1.html,
        # a county's 卫生整治 road sections): the units the subject organises take part; the subject listed again, persons
        # (教师和学生) and classes are none of them
        # (a colon entry coordinating named bodies in its duty: "商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求" (tasks99's 海淀
        # 禁放 职责分工, http://www.fymate.net/html/text/lar/173991/17399174_1.html): the named bodies cooperate, a bare field (公安) is none)
        coordinated = _COORDINATED.match(rest) if m["verb"] in ("：", ":") else None
        if coordinated:
            named = [x for x in _PLACE_ITEMS.split(coordinated["list"]) if x and is_unit(x) and not is_generic(x)]
            if named:
                roles.add("cooperate", named, [])
                return roles
        listed = _ORGANISED.match(rest) if m["verb"] == "负责" else None
        if listed:
            items = [x for x in re.split(r"[、，,](?![^(（)）]*[)）])", listed["list"]) if x]
            roles.add("cooperate", [x for x in items if x not in u and is_unit(x) and not _PERSON.search(x)], [])
            return roles
        # "县发改局负责项目审批，县财政局配合": the units of a closing 配合 clause cooperate
        after = _CLOSING_COOP.search(rest)
        coop = _coop_units(after["coop"]) if after else None
        if coop and coop[0]:
            roles.add("cooperate", *coop)
        else:
            _add_joined(roles, m["subj"], rest)
    return roles


# "市社会办:指导各区县社会办配合有关部门做好…" (fresh15 北京): the bodies the subject guides or urges help, not the subject
_DIRECTED_HELP = re.compile(r"(?:指导|督促|组织|要求|引导|动员|推动)[^，,。；;]{2,30}?(?:配合|协助)")


_HELPED_BODY = re.compile(r"^(?:积极|主动|负责)?(?:配合|协助)(?P<body>[^，,。；;、]{2,24}?)(?:做好|开展|进行|实施|落实|完成|处置|组织)")


def _helps(rest: str) -> bool:
    """True when a colon entry's duty has the subject itself 配合 / 协助, not a body it directs."""
    return bool(re.search(r"配合|协助", rest)) and not _DIRECTED_HELP.search(rest)


def _shared_entry(units: list[str], verb: str) -> bool:
    """A duty list's entry naming several units before its colon, no lead marked ("农业服务中心、水利站:负责农业生物灾害
    应急工作…", a town's 站所 list): they share the duty and cooperate, as the units of a 责任单位 list do (and as
    `duties._headed_roles` reads the same entry printed "X、Y。负责…")."""
    return verb[:1] in ("：", ":") and len(units) > 1


# "自治区财政厅负责编制补助资金预算,确定…,对资金的使用情况进行监督,会同自治区住房和城乡建设厅组织指导…" (内蒙古): a later
# clause of the subject's duties opening with 会同 names the bodies it works with on them; the duty itself may open so
# ("市文化执法总队:负责会同公安、城管部门查处…", "市工商局:负责协同城管执法部门查处…", a member-unit duty list, fresh15)
# (协同 only opening the duty: "…,协同配合单位要服从工作大局" names a role, fresh2's 谯城)
# (联合 the same in a later clause, closed by 等部门: "二是各乡镇政府要切实落实好属地责任,联合商务、公安、市场监管等部门依法予以严厉打击"
# (fresh28's 泊头 meeting; its gold: the class no lead, the fields it joins cooperate))
_JOINED_CLAUSE = re.compile(r"(?:^|[，,])(?:并|还|同时)?会同|^协同(?!配合)(?=[^，,。；;]{2,40}?(?:部门|单位|[局委办院队所]))"
                            r"|[，,](?:并|还|同时)?联合(?=[^，,。；;]{2,40}?等(?:有关|相关)?(?:部门|单位))")


# the subject's duty opening with the partners it deepens its work with: "下一步,刘阁街道办事处城管中队将继续深化与公安、巡防队伍的协作
# 机制,推动治安巡逻常态化" (fresh36's 刘阁; its README: `X將…深化與A、B的協作`, X leads, A and B cooperate); only the duty's
# opening words, the partners closed by 的 and the kind of joint work
_DEEPENED_WITH = re.compile(r"^(?:继续|进一步|持续|不断)?(?:深化|加强|强化)与(?P<with>[^，,。；;的与]{2,40}?)的"
                            r"(?:协作|合作|联动|协同|配合)")


def _deepened_partners(rest: str) -> tuple[list[str], list[str]] | None:
    """The partners of a duty opening 深化与A、B的协作 (named or fields), None when it does not open so."""
    deepened = _DEEPENED_WITH.match(rest)
    if not deepened:
        return None
    closing = re.search(r"等(?:有关|相关)?(?:部门|单位)$", deepened["with"])
    partners = _bodies(deepened["with"][: closing.start()] if closing else deepened["with"], True)
    # (a government body or field among them: "加强与国内外知名跨境电商平台的合作", "深化与浙江大学…的合作" name no partner in the work)
    if not (partners and partners[0] and any(re.search(r"(?:[局委办厅所队站]|部门|政府)$", x) and is_unit(x) or _FIELD_NAME.match(x)
                                             for x in partners[0])):
        return None
    return partners


def _add_joined(roles: Roles, subj: str, rest: str) -> None:
    """The bodies a 会同 / 协同 clause of the subject's own duties names cooperate."""
    partners = _deepened_partners(rest)
    if partners:
        roles.add("cooperate", *partners)
        return
    for m in _JOINED_CLAUSE.finditer(rest):
        if m[0].endswith("联合"):  # (a joint action's list of partners, read as joint_action reads it)
            got = _cooperating(rest[m.end():])
            if got and got[0]:
                roles.add("cooperate", *got)
                return
            continue
        joint = _joint_at(subj + "会同" + rest[m.end():])
        if joint and joint.cooperate:
            roles.add("cooperate", joint.cooperate, joint.generic_cooperate)
            return


# "…;参加了市林业局牵头组织的联合执法行动,1月9日对…进行了检查" (辽源, fresh14): the body that organised the action a report's
# subject took part in leads it (the subject, named sentences before, is not read here)
_TOOK_PART = re.compile(r"^(?:还|并|也)?(?:参加|参与)了?(?P<lead>[^，,。；;的]{2,30}?)牵头(?:组织|开展|举办)?的")


def _took_part(sent: str) -> Roles | None:
    """参加了X牵头组织的…: X leads."""
    for clause in re.split(r"[，,；;]", sent):
        m = _TOOK_PART.match(clause)
        if m and _units_only(m["lead"]) and _units_only(m["lead"])[0]:
            return Roles.of(_units_only(m["lead"]))
    return None


# a functional name (a field: "卫生健康行政部门", "市教育行政部门", "公安机关"), no named body for a later clause's 应当
_FUNCTIONAL_NAME = re.compile(r"(?:部门|机关|机构)$")


def _clause_subject(sent: str) -> Roles | None:
    """"根据…，各镇办要定向开展跟踪服务": the subject opens a later clause."""
    for clause in re.split(r"[，,]", sent)[1:]:
        m = _SUBJECT_IN_CLAUSE.match(clause)
        if m and m["verb"].endswith("应当") and any(_FUNCTIONAL_NAME.search(u) for u in m["subj"].split("、")):
            continue  # (a field, decision D: "…造成人员伤害的，卫生健康行政部门应当立即启动…" (sample 002:2477) names no body)
        if m and _subject_units(m["subj"], m["verb"], bool(m["commit"])):
            roles = Roles()
            units = _subject_units(m["subj"], m["verb"], bool(m["commit"]))
            together = _works_together(units[0], m["verb"], clause[m.end():]) or _partners_will(m["subj"], units[0], m["verb"])
            roles.add("cooperate" if together else "lead", *units)
            partners = None if together else _deepened_partners(clause[m.end():])
            if partners:
                roles.add("cooperate", *partners)
            return roles
    return None


# "开江生态环境局、县住建局…等部门要分工协作,全力做好…" (开江): several bodies told to work together, none named to
# lead: each cooperates (as a 责任单位 list with no lead marked)
_TOGETHER_VERB = re.compile(r"^(?:密切|紧密|相互|互相|通力|加强|积极)?(?:分工协作|协作配合|协同配合|协作|配合|协同|合作)")


def _works_together(units: list[str], verb: str, rest: str) -> bool:
    return len(units) >= 2 and verb in ("要", "必须", "应当") and bool(_TOGETHER_VERB.match(rest))


# "下一步,万州区生态环境局与达州市生态环境局将持续贯彻落实…" (fresh35's 万州), "83团与精河县将共建工作纳入…考核" (a 兵团 set):
# two partners joined by 与 state their joint next step, neither named to lead: both cooperate (as `X与Y共同…`); a list
# (、 和 及) before 将 is left as it was read
_PARTNER_PAIR = re.compile(r"^[^、和及与，,]{2,30}与[^、和及与，,]{2,30}$")


def _partners_will(subj: str, units: list[str], verb: str) -> bool:
    return len(units) == 2 and verb == "将" and bool(_PARTNER_PAIR.match(subj))


# a person who leads a check joined by a body: "…发现问题及时整改,保洁队长会同城管科开展一周一次建筑工地检查" (tasks76's 西安 街道,
# http://m.news.wmxa.cn/n/201408/141080.html): the person (a post, no body) is no unit; the body joins as cooperating unit
_PERSON_WITH = re.compile(r"(?:^|[，,])(?P<person>[\u4e00-\u9fff]{1,8}?(?:队长|组长|站长|所长|经理|主任|班长))会同"
                          r"(?P<units>[^，,。；;]{2,60}?)(?=开展|对|进行|检查)")


def _person_with(sent: str) -> Roles | None:
    m = _PERSON_WITH.search(sent)
    units = _units_only(m["units"]) if m else None
    if not (units and units[0] and not units[1] and not is_unit(m["person"])):
        return None
    return Roles.of(cooperate=(units[0], []))


_PERSON_LED = re.compile(r"^(?:[一二三四五六七八九十]是)?由?(?P<person>[^，,。；;由]{2,20}?)(?:亲自)?牵头(?:抓总)?[，,]")
_COOP_CLAUSE = re.compile(r"^(?P<coop>[^，,。；;]{2,80}?)(?:要|应)?(?:加强|积极|密切|全力|主动|做好)?(?:配合|协助|参与|协同)")


def _person_led(sent: str) -> Roles | None:
    """由相关县领导牵头，X负责，Y等单位加强配合…: the leader is a person; X leads, Y cooperates."""
    m = _PERSON_LED.match(sent)
    if not (m and _PERSON.search(m["person"])):
        return None
    rest = sent[m.end():]
    roles = _subject(rest)
    if roles is None or roles.empty:
        return None
    if not roles.cooperate:
        for clause in re.split(r"[，,]", rest)[1:]:
            c = _COOP_CLAUSE.match(clause)
            if c and _units_only(c["coop"]):
                roles.add("cooperate", *_units_only(c["coop"]))
                break
    return roles


# a government's head of the place printed with the place, taking other bodies' heads out: "16日上午,自治区副主席甲热·洛桑丹增率拉萨市
# 和自治区相关部门负责人赴拉萨城关万达广场,调研检查食品安全、产品质量等工作" (fresh40's 西藏 epaper; its README: the official stands
# for the body of his post, printed only as its place, `自治区`, which leads; the city's heads stand for the city, which cooperates;
# the region's departments are a class). A head printed with no place ("副省长郭宁宁带领省直有关部门负责同志,深入莆田市开展…工作
# 检查", http://hepingcm.com/gtx/2021-07/17/content_1490526.html; "副县长、公安局局长张家和带领交警大队、…等部门负责人一行到…"
# (fresh13's 苍溪)), a party post or leaders by rank alone ("秀洲区相关领导率…" (fresh25)) give no lead (person_led_group's reading)
_PLACE_HEAD_LEADS = re.compile(
    r"(?:^|[，,])(?P<place>[\u4e00-\u9fff]{1,10}?)(?:人民政府)?副?(?:主席|省长|市长|州长|县长|区长|旗长|盟长)"
    r"[\u4e00-\u9fff·]{2,8}?(?:率领|率(?![先领])|带领)(?P<list>[^，,。；;]{2,80}?)的?(?:主要|相关|有关)?(?:负责同志|负责人)"
    r"(?:一行)?(?=赴|到|前往|深入)")
_LEVEL_WORD = re.compile(r"^(?:自治区|省|市|州|县|区|旗|盟)$")


def _place_head_leads(sent: str) -> Roles | None:
    m = _PLACE_HEAD_LEADS.search(sent)
    if not (m and (_LEVEL_WORD.match(m["place"]) or _place_party(m["place"]))):
        return None
    named, classes = [], []
    for item in re.split(r"[、和及与]", m["list"]):
        if _place_party(item) or is_unit(item) and not is_generic(item):
            named.append(item)
        elif is_generic(item):
            classes.append(item)
        else:
            return None
    return Roles.of(([m["place"]], []), (named, classes)) if named else None


# "市人民政府设立厦门市…管理委员会(以下简称管委会),履行下列职责:" — the body set up, or the subject, holds the duties
_LISTED_DUTIES = re.compile(
    r"^(?:[^，,。；;：:]{0,20}?(?:设立|成立|组建))?(?P<subj>[^，,。；;：:“”《》]{2,60}?)(?:[（(]以下简称[^（）()]{1,20}[）)])?[，,]?"
    r"(?:依法|具体|主要|分别)?(?:履行|承担|行使)(?:下列|以下|如下)(?:主要)?职责")


def _listed_duties(sent: str) -> Roles | None:
    """X履行下列职责: (the list of duties follows)."""
    m = _LISTED_DUTIES.match(sent)
    if not (m and _units_only(m["subj"])):
        return None
    return Roles.of(_units_only(m["subj"]))


# "联席会议由街道办事处分管负责人、所在地工商所主要负责人任召集人,工商分局、区商务委、…等部门为成员单位" (虹口, fresh15):
# the bodies whose heads convene a 联席会议 lead it, its member units take part; a convener who is only a person
# ("由分管民政工作的县领导担任召集人", sample corpus) names no body
_CONVENERS = re.compile(r"由(?P<heads>[^，,。；;由]{4,80}?)(?:担任|任)(?:总)?召集人[，,；;](?P<members>[^，,。；;]{2,240}?)"
                        r"(?:为|是|作为)成员(?:单位)?(?=[，,。；;]|$)")
_HEAD_OF = re.compile(r"(?:分管|主要)?(?:负责人|负责同志|领导|局长|主任)$")
_CLASS_HEAD = re.compile(r"各|有关|相关|其他|其它|所在|属地|辖区")


def _convened(sent: str) -> Roles | None:
    """由A负责人、B负责人任召集人，C、D…为成员单位: A and B lead (by their bodies), C and D cooperate."""
    m = _CONVENERS.search(sent)
    if not m:
        return None
    heads = [x for x in re.split(r"[、和]", m["heads"]) if x]
    bodies = [_HEAD_OF.sub("", x) for x in heads]
    if any(b == h or len(b) < 2 for b, h in zip(bodies, heads)):
        return None  # a person, not the head of a named body
    lead = split_units("、".join(bodies))
    # (a body whose head convenes is one body, though its name reads as a kind: "街道办事处分管负责人" (虹口, fresh15) — the
    # street's own office; 各… / 有关… stay a class, and so does the office named by where it serves, whichever covers the
    # place: "所在地工商所主要负责人" (the integrator's convention of stop 18: 所在地X, 属地X, 辖区X name no unit))
    lead = (lead[0] + [g for g in lead[1] if not _CLASS_HEAD.match(g)], [g for g in lead[1] if _CLASS_HEAD.match(g)])
    coop = _coop_units(m["members"])
    if not (coop and coop[0] and len(lead[0]) + len(lead[1]) == len(bodies)):
        return None
    return Roles.of(lead, (coop[0], [x for x in coop[1] if x != "等部门"]))


# "县发改局为牵头单位，县财政局为配合单位" / "X作为牵头单位，要会同Y…" / "X是此项工作的牵头单位"
# ("县文广新局作为创建牵头单位要抓好…", 崇阳: the work named before 牵头单位, in a clause after others)
# (and the work it leads before the role: "市工商局为城区菜市场监管工作的市级牵头部门,受市政府委托制订…" (http://www.fymate.net/html/
# text/lar/169684/16968457_1.html; tasks39: X leads))
# (and the joint body it leads named before the role, no 的: "市民政局为联席会议牵头单位" (fresh41's 北京 联席会议制度))
_ROLE_NAMED = re.compile(r"^(?P<lead>[^，,。；;由（(]{2,40}?)(?:为(?:[^，,。；;为]{2,20}?(?:工作)?的(?:[省市县区]级)?"
                         r"|[\u4e00-\u9fff]{0,10}?(?:联席会议|领导小组|工作小组|委员会|指挥部))?|作为[\u4e00-\u9fff]{0,6}?|"
                         r"是[^，,。；;]{0,12}?的?)牵头(?:单位|部门)")
_COOP_NAMED = re.compile(r"[，,；;](?P<coop>[^，,。；;]{2,80}?)(?:为|作为|是)(?:配合|协办|参与|协同|责任)(?:单位|部门)")


# "联席会议由教育部、发展改革委、…扶贫办9个部门和单位组成，教育部为牵头单位" (国务院 批复): the members a body is made
# of, listed in the clause before the one naming its lead, take part (a 领导小组 / 联席会议's member units)
_COMPOSED_OF = re.compile(r"由(?P<members>[^，,。；;由]{2,200}?)(?:等)?(?:[0-9０-９一二三四五六七八九十]+个)?"
                          r"(?:成员)?(?:部门|单位)?(?:和|及)?(?:单位|部门)?(?:共同)?组成[，,]$")


def _members_before(prefix: str, lead: list[str]) -> tuple[list[str], list[str]]:
    """The member units of a 由A、B…组成 clause ending `prefix`, less the lead."""
    m = _COMPOSED_OF.search(prefix)
    if not m:
        return [], []
    u, g = split_units(m["members"])
    parts = [x for x in re.split(r"[、，,]", m["members"]) if x.strip()]
    if len(u) < 2 or len(u) != len(parts) or not all(is_unit(x) for x in u):
        return [], []  # every member must be a named unit: "成员由…有关部门负责同志组成" lists persons
    return [x for x in u if x not in lead and not any(l.endswith(x) for l in lead)], []


def _role_named(sent: str) -> Roles | None:
    """X为牵头单位，Y为配合单位 — the roles named outright; X作为牵头单位，要会同Y… — Y cooperates; also in a
    clause after others ("…,县文广新局作为创建牵头单位要抓好…"); a clause before it listing the members the body is
    made of (由A、B、C组成，A为牵头单位) names who take part."""
    prefix = ""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ROLE_NAMED.match(sent[at:])
        if m and _units_only(m["lead"]) and _units_only(m["lead"])[0]:
            prefix, sent = sent[:at], sent[at:]
            break
    else:
        return None
    roles = Roles.of(_units_only(m["lead"]))
    members, generic = _members_before(prefix, roles.lead)
    if members:
        roles.add("cooperate", members, generic)
    rest = sent[m.end():]
    c = _COOP_NAMED.search(rest)
    if c and _units_only(c["coop"]):
        roles.add("cooperate", *_units_only(c["coop"]))
    elif "会同" in rest:
        joint = _joint(m["lead"] + rest[rest.index("会同"):])
        if joint:
            roles.add("cooperate", joint.cooperate, joint.generic_cooperate)
    return roles


# "作为牵头部门,县农业局全面动员、精心组织…" (济宁): the role named in a clause before the body that holds it
_ROLE_BEFORE = re.compile(r"(?:^|[，,])作为(?:[\u4e00-\u9fff]{0,8}?的?)?牵头(?:单位|部门)[，,]")


def _role_before(sent: str) -> Roles | None:
    """作为牵头部门，X…: X, the body opening the next clause, leads."""
    m = _ROLE_BEFORE.search(sent)
    lead = opening_lead(re.split(r"[，,]", sent[m.end():])[:1]) if m else None
    if not lead:
        return None
    return Roles.of((lead, []))


# "…联席会议的牵头部门为县住房城乡建设局", "市级行政许可项目管理机关为市政府法制办公室": a clause naming who holds
# the role; "成员包括Y、Z等" later in the sentence names who take part (they cooperate, the lead among them excepted)
_ROLE_HOLDER = re.compile(r"^[^，,。；;“”]{0,50}?(?:牵头部门|牵头单位|主管部门|主管机关|管理机关|责任部门|责任主体|实施主体)"
                          r"为(?P<lead>[^，,。；;]{2,30})$")
_MEMBERS_ARE = re.compile(r"成员(?:单位)?(?:包括|有|为)(?P<coop>[^。；;：:]{2,120}?)[。；;]?$")
# the partners named the same way in a clause after the lead's: "牵头单位为市生态环境局,协作单位为市公安局、市农业农村局…"
# (拉萨's 行政执法联动协作工作机制, https://www.lasa.gov.cn/lasa/wjzl/202506/e8e6de986b934d8784145bf83aa1660d.shtml)
_PARTNERS_ARE = re.compile(r"^(?:协作|配合|协办|协同|参与|协助)(?:单位|部门)为(?P<coop>[^，,。；;]{2,200})$")


def _role_holder(sent: str) -> Roles | None:
    for n, clause in enumerate(re.split(r"[，,]", sent.rstrip("。；;"))):
        m = _ROLE_HOLDER.match(clause)
        if m and _units_only(m["lead"]) and _units_only(m["lead"])[0]:
            roles = Roles.of(_units_only(m["lead"]))
            clauses = re.split(r"[，,]", sent.rstrip("。；;"))
            partners = next((c for c in (_PARTNERS_ARE.match(x) for x in clauses[n + 1:]) if c), None)
            if partners and _units_only(partners["coop"]) and _units_only(partners["coop"])[0]:
                roles.add("cooperate", *_units_only(partners["coop"]))
            members = _MEMBERS_ARE.search(sent)
            if members:
                u, g = split_units(members["coop"])
                roles.add("cooperate", [x for x in u if is_unit(x) and not any(l.endswith(x) for l in roles.lead)],
                          [x for x in g if x not in ("等", "等部门")] + [x for x in u if is_generic(x)])
            return roles
    return None


# "在县住房城乡建设局设置办公室并负责总牵头工作", "联席会议办公室设在区金融办，具体负责联席会议日常工作": the body
# whose office is seated in a unit works through that unit, which leads
_OFFICE_SEAT = re.compile(r"(?:^|[，,])(?:在(?P<at>[^，,。；;在]{2,30}?)设(?:置|立)?办公室|"
                          r"(?:[^，,。；;]{0,30}?)办公室设在(?P<in>[^，,。；;]{2,30}?)(?=[，,。；;]|$))")


def _office_seat(sent: str) -> Roles | None:
    m = _OFFICE_SEAT.search(sent)
    unit = m and (m["at"] or m["in"])
    if not (unit and _units_only(unit) and _units_only(unit)[0] and re.search(r"负责|牵头|承担", sent[m.end():])):
        return None
    return Roles.of(_units_only(unit))


# a meeting's minutes asking a body to lead: "会议原则同意该实施意见,要求水务部门牵头,根据本次会议精神,…修改完善后,提交市委常委会研究"
# (tasks31's 永康 常务会议纪要, http://nbxinxi.com/a/yongkangshi/20210606/268822.html): the body asked leads alone
_ASKED_TO_LEAD = re.compile(r"(?:^|[，,：:])(?:会议)?(?:要求|请|责成)(?P<lead>[^，,。；;：:]{2,24}?)牵头(?=[，,。；;]|$)")


def _asked_to_lead(sent: str) -> Roles | None:
    m = _ASKED_TO_LEAD.search(sent)
    units = _units_only(m["lead"]) if m else None
    if not (units and units[0] and not units[1]):  # named units only, no class among them
        return None
    return Roles.of(units)


# a leader's instruction pairing two bodies: "海洋局认真抓紧整改,市督查室搞好配合" (a mayor's 批示 quoted in a news item, tasks50's
# 锦州, http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html): the body told to act leads, the body told to
# help cooperates; both named, the helping clause closing with 配合
_INSTRUCTED_PAIR = re.compile(r"(?:^|[：:“‘])(?P<lead>[^，,。；;：:“”‘’]{2,30}?)(?:认真|抓紧|切实|尽快|加快|立即|迅速)"
                              r"[^，,。；;“”]{1,16}[，,](?P<coop>[^，,。；;“”]{2,40}?)(?:搞好|做好|全力|积极|主动)配合(?=[。；;，,”’]|$)")


def _instructed_pair(sent: str) -> Roles | None:
    m = _INSTRUCTED_PAIR.search(sent)
    lead = _units_only(m["lead"]) if m else None
    coop = _units_only(m["coop"]) if m else None
    if not (lead and lead[0] and not lead[1] and coop and coop[0]):  # named bodies on both sides
        return None
    return Roles.of(lead, coop)


# bodies named as the ones answerable for the work, then their duty: "锦江、青羊、金牛、武侯、成华区政府和成都高新区管委会作为属地内
# 菜市场监管工作的责任主体,负责本辖区菜市场监管工作的组织协调,…" (http://www.fymate.net/html/text/lar/169684/16968457_1.html;
# tasks39: each leads; places printed before one 区政府 as printed, tasks31's convention); "街道办事处是…的落实主体" names a class
_SUBJECT_ROLE = re.compile(r"^(?P<lead>[^，,。；;]{2,80}?)作为[^，,。；;]{2,30}?(?:责任|落实|监管|工作)?主体[，,]?(?:负责|要|应|承担)")
_SHARED_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,4}?[区县市旗](?:人民)?政府$")


def _subject_role(sent: str) -> Roles | None:
    """A、B作为…责任主体，负责…: A and B lead."""
    m = _SUBJECT_ROLE.match(sent)
    if not m:
        return None
    items = [x for x in re.split(r"、|(?<=[局委办会府心])[和及]", m["lead"]) if x]
    if not all(is_unit(x) and not is_generic(x)
               or re.fullmatch(r"[\u4e00-\u9fff]{2,3}", x) and any(_SHARED_GOVERNMENT.match(y) for y in items[k + 1:])
               for k, x in enumerate(items)):
        return None
    return Roles.of((items, []))


# two bodies told to act together, neither named to lead: "一是交警队要和小沙江政府联手开展交通安全宣传,…" (http://che.qc188.com/
# news/201304/31300.html; tasks39: both cooperate, the rule for A与B)
_JOINED_HANDS = re.compile(r"(?:^|[:：])(?:[一二三四五六七八九十]是)?(?P<a>[^，,。；;、和与同]{2,20}?)(?:要|将|应|须)?(?:和|与|同)(?P<b>[^，,。；;、]{2,30}?)(?:联手|携手)"
                           r"(?=开展|对|进行|做好|推进|抓好|打击|整治|查处|宣传)")


def _joined_hands(sent: str) -> Roles | None:
    """X要和Y联手开展…: X and Y cooperate."""
    m = _JOINED_HANDS.search(sent)
    if not (m and all(is_unit(x) and not is_generic(x) for x in (m["a"], m["b"]))):
        return None
    return Roles.of(cooperate=([m["a"], m["b"]], []))


# helpers told to name staff to assist one body: "三是各乡镇政府要确定专人负责配合交警队的交通安全宣传、交通安全管理工作"
# (http://che.qc188.com/news/201304/31300.html; tasks39: the body assisted leads, the towns a class — fresh29's `各镇政府、
# 街道办事处将配合X`)
_STAFF_TO_ASSIST = re.compile(r"^(?P<helpers>[^，,。；;]{2,30}?)(?:要|将|应|须)(?:确定|明确|安排|指定|抽调)(?:专人|专门人员|专职人员)"
                              r"(?:负责)?(?:配合|协助)(?P<lead>[^，,。；;的、]{2,20}?)(?=的|做好|开展|对)")


def _staff_to_assist(sent: str) -> Roles | None:
    """X要确定专人负责配合Y的…工作: Y leads; X helps (a class: generic; named units: cooperate)."""
    m = _STAFF_TO_ASSIST.match(sent)
    if not (m and is_unit(m["lead"]) and not is_generic(m["lead"])):
        return None
    helpers = split_units(m["helpers"])
    if not helpers or not (helpers[0] or helpers[1]) or not all(is_unit(x) for x in helpers[0]):
        return None
    return Roles.of(([m["lead"]], []), helpers)


# a body taking persons along, then acting with others: "近日,城管中队带领志愿者与交警、市场监管、派出所等部门开展联合整治"
# (http://town.zjol.com.cn/czjsb/201810/t20181017_8502404.shtml; tasks39: the persons are no unit; 与 joins the body to the
# others, none named to lead: all cooperate)
_LED_PERSONS_WITH = re.compile(r"^(?:(?:近日|日前|近期|连日来|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?)?)[，,]?)?"
                               r"(?P<a>[^，,。；;、]{2,24}?)(?:带领|率领)(?:志愿者|队员|党员|网格员|干部|群众|居民|工作人员)"
                               r"(?:与|和|同)(?P<list>[^，,。；;]{2,80}?)(?:等(?:有关|相关)?(?:职能)?(?:部门|单位))?"
                               r"(?=开展|对|进行|联合|一起|共同)")


def _led_persons_with(sent: str) -> Roles | None:
    """X带领志愿者与A、B等部门开展…: X, A and B cooperate."""
    m = _LED_PERSONS_WITH.match(sent)
    if not m:
        return None
    items = [m["a"]] + [x for x in m["list"].split("、") if x]
    fields = re.compile(r"^(?:交警|公安|市场监管|派出所|城管|消防|应急|交通|环保|税务|工商|卫健|住建|国土|水利|林业|农业)$")
    if not all((is_unit(x) or fields.match(x)) and not is_generic(x) for x in items):
        return None
    return Roles.of(cooperate=(items, []))


# an official leading the work, the officials of other bodies joining it: "开发区管委会副主任于梅带队到西区开展安全检查,西区办、安监局、
# 消防支队、公寓管理中心等部门相关负责同志参加了检查" (fresh39's 天津开发区), "海口市城市管理局四级调研员刘波牵头组织,市容管理科黄建科、
# 李宏,秀英区城市管理局副局长(环卫局局长)周佐安,永兴镇镇长陈华祯一同到ZL133号矿坑开展督导整改工作" (fresh39's 海口; its README: the
# officials stand for their bodies, fresh33): the leader's body leads, the joining bodies cooperate, each member's body read less its
# persons (title, a remark in brackets, names); as "潍坊市工信局党组成员、副局长吴国宗带队,对我市…进行督导检查,市应急局主要负责同志、分管
# 负责同志,市工信局主要负责同志陪同检查" (http://anqiu.gov.cn/yw/bmdt/sajj/202411/t20241106_6411741.html). Only a body printed before a
# title and a name ("副市长骆金堤带队到海丰县…,市民政局…主要负责人陪同" (http://www.swsm.net/thread-366507-1-1.html) names none), and
# members that are all bodies
_HEAD_TITLE = (r"(?:党组成员、)?(?:[一二三四五六七八九十]级)?(?:副?(?:主任|局长|科长|镇长|乡长|区长|县长|所长|队长|站长|厅长|院长|书记)"
               r"|调研员|巡视员)")
# a body, its official's post and name ("…区应急管理局副局长向霆"): the opening both readings below share
_BODY_HEAD = (r"(?:^|[，,])(?P<body>[\u4e00-\u9fff（）()]{2,24}?(?:局|委|办|中心|院|队|所|站|厅|政府|管委会))" + _HEAD_TITLE
              + r"[\u4e00-\u9fff]{2,3}(?:同志)?")
_HEAD_LEADS = re.compile(_BODY_HEAD + r"(?:带队|牵头组织)")
_JOINING = re.compile(r"(?:一同|陪同|参加)")
_STAFF_TAIL = re.compile(r"(?:等(?:部门|单位))?(?:相关|有关|主要|分管)?(?:负责同志|负责人|领导|同志|人员)$")
_MEMBER = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?(?:局|科|委|办|中心|院|队|所|站|厅|镇|乡|街道|政府|管委会))" + _HEAD_TITLE
                     + r"?(?:[（(][^（）()]{1,10}[)）])?[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*$")


def _member_bodies(clause: str) -> list[str] | None:
    """The bodies of one clause of members: "A、B等部门相关负责同志" → [A, B]; "A主要负责同志、分管负责同志" → [A];
    "市容管理科黄建科、李宏" → [市容管理科]."""
    m = _MEMBER.match(clause)
    if m and is_unit(m["body"]) and not is_generic(m["body"]):
        return [m["body"]]
    if not _STAFF_TAIL.search(clause):
        return None
    items = [x for x in (_STAFF_TAIL.sub("", y) for y in clause.split("、")) if x]
    return items if items and all(is_unit(x) and not is_generic(x) for x in items) else None


def _head_leads_members(sent: str) -> Roles | None:
    """X<title><name>带队/牵头组织…,A、B…负责同志参加 / A<person>,B<person>一同…: X leads, A and B cooperate."""
    m = _HEAD_LEADS.search(sent)
    if not (m and is_unit(m["body"]) and not is_generic(m["body"])):
        return None
    rest = re.split(r"[。；;]", sent[m.end():], maxsplit=1)[0]
    joined = _JOINING.search(rest)
    if not joined:
        return None
    members = []
    for clause in reversed([c for c in re.split(r"[，,]", rest[: joined.start()]) if c]):
        if members and _STAFF_TAIL.fullmatch(clause):
            continue  # (another rank of the same body's staff: "市应急局主要负责同志、分管负责同志,…")
        bodies = _member_bodies(clause)
        if not bodies:
            break
        members = bodies + members
    members = [x for x in members if x != m["body"]]
    return Roles.of(([m["body"]], []), (members, [])) if members else None


# the bodies whose officials accompany the work the sentence before reported, closing a sentence of their own: "…近日,在县检察院协同配合下,
# 黎平县环保局执法风暴专项行动正式拉开序幕,…。工作组首先对敖市镇五家石材厂进行了现场执法检查,敖市镇政府相关领导陪同。" (fresh39's 黎平; its
# README: `负责人陪同` and `相关领导陪同` make the accompanying bodies cooperate); a person's rank alone ("副县长崔全华,县直有关部门负责同志
# 陪同活动", http://www.zltai.com/show-180-47467-1.html) names no body
_ACCOMPANYING = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;]{2,80}?)陪同(?:检查|督察|督查|调研|活动)?[。；;]?$")


# a group an official leads out, read only with the bodies accompanying it (a group's own inspection alone is an event, stop 24's rule 3):
# "2023年8月23日,市生态环境局党组成员、副局长向霆带队督察五组到璧山区开展2023年市级生态环境保护专项督察,…。他强调,…。区生态环境局、区住房
# 城乡建委、璧山高新区管委会负责人陪同。" (fresh39's 璧山; its README: the group led by a person leads (fresh35), the bodies accompanying
# it cooperate)
_HEAD_LEADS_GROUP = re.compile(_BODY_HEAD + r"(?:带队|带领|率领?)(?P<group>(?:[\u4e00-\u9fff]{0,8}?)(?:督察|督查|督导|检查|巡查|考核)"
                               r"[一二三四五六七八九十\d]{0,3}组)(?=到|赴|前往|对|深入|在)")


def head_led_group(sent: str) -> str | None:
    """The group an official leads out (…副局长向霆带队督察五组到…), or None."""
    m = _HEAD_LEADS_GROUP.search(sent)
    return m["group"] if m else None


def accompanying_bodies(sent: str) -> list[str] | None:
    """The named bodies of a closing "A、B负责人陪同" clause, or None."""
    m = _ACCOMPANYING.search(sent) if "陪同" in sent else None
    return _member_bodies(m["list"]) if m and _STAFF_TAIL.search(m["list"]) else None


# a group's visit reported on its own, then the officials who joined it, each standing for the body printed with his post (fresh33's
# staff rule) and a district's head for the district (fresh32's place-as-party rule): "12月13日,自治区安全生产和消防考核组在乃东区昌珠镇
# 考核安全生产和消防工作。副市长江嘎,市应急管理局局长达娃次仁,乃东区委副书记、区长张维一同开展考核。" (fresh41's 乃东; its README: the
# group leads, 市应急管理局 and 乃东区 cooperate; a post printing no body, 副市长, is none)
_GROUP_VISITS = re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午)?|近日|日前)[，,])?"
                           r"(?P<group>[\u4e00-\u9fff]{2,30}?(?:考核|督查|督导|检查|巡查|督察)组)(?:一行)?(?:在|到|赴|深入)")
_JOINED_IN = re.compile(r"^(?P<list>[^。；;]{4,120}?)一同(?:开展|参加|进行)?(?:考核|检查|督查|督导|巡查|督察|调研)(?:工作)?[。；;]?$")
_OFFICIAL = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,24}?(?:局|委|办|中心|院|队|所|站|厅|政府|管委会))" + _HEAD_TITLE
                       + r"[\u4e00-\u9fff]{2,4}$")
_PLACE_HEAD = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?[区县市旗])(?:委副?书记、)?(?P<post>[区县市旗])长[\u4e00-\u9fff]{2,4}$")


def visiting_group(sent: str) -> str | None:
    """The group whose visit a sentence reports (…考核组在…考核…), or None."""
    m = _GROUP_VISITS.match(sent)
    return m["group"] if m else None


def _official_body(item: str) -> str | None:
    m = _OFFICIAL.match(item)
    if m and is_unit(m["body"]) and not is_generic(m["body"]):
        return m["body"]
    m = _PLACE_HEAD.match(item)
    return m["place"] if m and m["place"][-1] == m["post"] and _listed_place(m["place"]) else None


def joined_officials(sent: str) -> list[str] | None:
    """The bodies of the officials a closing "A,B…一同开展考核" names (a post printing no body is none), or None."""
    m = _JOINED_IN.match(sent)
    bodies = [b for b in (_official_body(x) for x in re.split(r"[，,]", m["list"])) if b] if m else []
    return list(dict.fromkeys(bodies)) or None


# a 督查通报's item naming the body that handles a deputy's proposal: "1.农业和科技委员会承办的“关于解决沙坡头区柔远镇夹渠村自来水并网的
# 建议”(第1号)", "2.财政局承办的“关于将镇罗、宣和、常乐等工业园区基础设施建设资金纳入市财政预算的建议”(第2号)" (fresh39's 沙坡头 督查
# 通报第13期): 承办 names the one responsible (rule 2's 由X负责 kind), X leads. The proposal's quoted title is required, and a named
# body: "由我局承办的市五届人大五次会议议案建议共17件" (https://public.xinmi.gov.cn/D49Y/4606450.jhtml: a back-reference and a count),
# "政府承办的代表建议得到解决的56件" (http://yueyang.gov.cn/yysqw/43332/43335/44292/47078/47137/content_1284618.html) and "对各部门承办的
# …人大建议、政协提案办理情况进行了督查" (a class) are none
_HANDLES_PROPOSAL = re.compile(r"^(?P<unit>[^，,。；;：:“”《》\"]{2,24}?)(?:主办|承办)的[“\"《](?P<title>[^“”\"《》]{4,120})[”\"》]")


def _handles_proposal(sent: str) -> Roles | None:
    """X承办的“关于…的建议”: the body handling a proposal leads."""
    m = _HANDLES_PROPOSAL.match(sent)
    if not (m and re.search(r"(?:建议|提案|议案)$", m["title"])):
        return None
    units = _units_only(m["unit"])
    if not (units and len(units[0]) == 1 and not units[1]) or re.match(r"[我本该]", units[0][0]):
        return None
    return Roles.of((units[0], []))


# Duty-sentence styles, tried in this order; the first that reads roles wins. A new style is a new row
# here and a new example in tests/test_task_styles.py.
# a heading naming whose duties the numbered lines under it are: "(七)卫生部门职责、任务" (a 2006 school-surroundings plan,
# http://www.fymate.net/html/text/lar/169527/16952764_4.html) — that body leads, alone
# an event's hosts and the bodies that run it: "此次活动由省三防办、省应急管理厅、市三防指挥部联合主办,连平县三防指挥部、上坪镇和内莞镇
# 政府承办" (http://www.heyuanxw.com/2020/ms_0501/64908.html), "此次演练由县政府主办,张场镇人民政府、县水利局、…县消防救援大队承办"
# (https://www.scdl.gov.cn/info/1559/253232.htm; tasks44: beside 承办 the 主办 bodies lead, the 承办 bodies cooperate; beside 协办,
# 承办 leads: _BY_UNITS); places before one printed 政府 kept as printed ("上坪镇", "内莞镇政府")
# (the event named at length before 由: "2012年三穗县春节文化活动由中共三穗县委、三穗县人民政府主办,中共三穗县委宣传部、…承办"
# (tasks76's 三穗, http://www.zhxpm.cn/html/2012/ss_0127/16402.shtml); and the 协办 bodies after the 承办 ones, which cooperate too:
# "由黔西南州人民政府主办,安龙县人民政府承办,黔西南州委宣传部等6家单位协办" (tasks76's 安龙, http://ldqxn.com/news/anlong/
# 20120629/65166.htm; the count closing the list dropped))
_HOSTED = re.compile(r"(?:^|[，,])(?:(?:本次|此次|这次|该次)?[\u4e00-\u9fff\d年]{0,20}?)?由(?P<hosts>[^，,。；;由]{2,80}?)(?:联合|共同)?主办[，,]"
                     r"(?P<runs>[^，,。；;]{2,120}?)(?:共同|联合)?承办(?:[，,](?P<aids>[^，,。；;]{2,80}?)(?:共同|联合)?协办)?(?=[，,。；;]|$)")
# an event named by its host and the body that assists, as its attribute: "冷水江市总工会主办、市妇联协办的全市第六届庆“三八”女职工
# 趣味运动会精彩上演" (tasks76's 冷水江, a converter copy of the city media centre's item, http://yxmy98.cn/content/9782755): 主办
# leads, 协办 cooperates; and the body that runs it, 承办, as tasks44's 主办 / 承办 pair reads: "2月9日晚,由xx县文广新局主办、xx县广场舞
# 文化协会承办的2018春节联欢晚会在东山演出厅举行" (a county 文广新局's year report, http://e.wenmi.ren/Article/ShowArticle.asp?
# ArticleID=238263)
_HOSTED_EVENT = re.compile(r"(?:^|[，,])由?(?P<hosts>[^，,。；;由的在]{2,40}?)主办[、，,](?P<aids>[^，,。；;的]{2,60}?)(?:协办|承办)的")


def _hosted(sent: str) -> Roles | None:
    m = _HOSTED.search(sent)
    if not m:
        return _hosted_event(sent)
    hosts = [x for x in re.split(r"[、和及与]", m["hosts"]) if x]
    runs = [x for x in re.split(r"[、和及与]", m["runs"]) if x]
    if not (hosts and runs and all(is_unit(x) for x in hosts) and all(is_unit(x) for x in runs)):
        return None
    roles = Roles.of((hosts, []), (runs, []))
    aids = _units_only(m["aids"]) if m["aids"] else None
    if aids and aids[0]:
        roles.add("cooperate", aids[0], [])
    return roles


def _hosted_event(sent: str) -> Roles | None:
    m = _HOSTED_EVENT.search(sent)
    hosts = _units_only(m["hosts"]) if m else None
    aids = _units_only(m["aids"]) if m else None
    if not (hosts and hosts[0] and not hosts[1] and aids and aids[0]):
        return None
    return Roles.of((hosts[0], []), (aids[0], []))


# work done under the leadership or organisation of another body: "在市政府组织领导下,2018年5月22日-31日,我中心联合市教育局、市食药监局
# 对…开展…督导" (http://scghcdc.cn/html/gongzuodongtai/jikongyaowen/20180604/8662.html), "一是在市农业农村局领导下与市农业执法队、
# 市农科院联合组成人居环境工作专班" (http://www.delmunsoft.com/news/show-401955.html), "区疾控中心在区卫生健康局、区教育局的组织领导下,
# 于3月12日对…开展…" (http://jonivangill.com/html/zhongxindongtai/gongzuodongtai/20190312/6140.html; tasks44): the leading body
# leads (fresh27's organiser: `在Z的组织下`), the bodies acting under it cooperate. A party committee's leadership ("在县委的坚强领导下")
# is the frame of all work, no organiser: left
_UNDER_LEAD = re.compile(r"(?:^|[，,])在(?P<org>[^，,。；;在]{2,40}?)(?:的)?(?:统一)?(?:组织领导|领导|组织)下[，,]?(?P<rest>[^。；;]*)")
_ACTING_UNDER = re.compile(r"^(?P<subj>[^，,。；;在]{2,30}?)在(?P<org>[^，,。；;在]{2,40}?)的(?:统一)?(?:组织领导|领导)下")
_NOT_ORGANISER = re.compile(r"[党团]委|党组|党工委|[省市县区镇乡]委(?!会|员)|坚强|正确|亲切|关心|关怀")
_DATED = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[-—~至到](?:\d{1,2}月)?\d{1,2}[日号])?|近日|日前|近期)[，,]")
_WITH_LIST = re.compile(r"^与(?P<list>[^，,。；;]{2,80}?)(?:联合|共同)(?=组成|成立|组建|开展|进行)")


def _organisers(text: str) -> list[str] | None:
    orgs = [x for x in re.split(r"[、和及与]", text) if x]
    return orgs if orgs and not _NOT_ORGANISER.search(text) and all(is_unit(x) for x in orgs) else None


def _under_leadership(sent: str) -> Roles | None:
    m = _ACTING_UNDER.match(sent)
    if m and (orgs := _organisers(m["org"])) and is_unit(without_when(m["subj"])):
        return Roles.of((orgs, []), ([without_when(m["subj"])], []))
    m = _UNDER_LEAD.search(sent)
    orgs = _organisers(m["org"]) if m else None
    if not orgs:
        return None
    rest = _DATED.sub("", m["rest"])
    listed = _WITH_LIST.match(rest)
    if listed:
        acting = [x for x in re.split(r"[、和及与]", listed["list"]) if x]
        if not all(is_unit(x) for x in acting):
            return None
    else:
        joint = joint_action(rest)
        if not joint or not joint.lead:
            return None
        acting = joint.lead + joint.cooperate
    # (the acting body joined to its first partner, "在市城管局牵头组织下,我街道办联合市城管局、市交警大队…协同行动" (tasks107's 街道办
    # 创文 item): each part its own name, the organiser among them taken out below)
    acting = [part for x in acting for part in x.split("联合") if part]
    return Roles.of((orgs, []), ([x for x in acting if x not in orgs], []))


# a report's point whose subject (the reporting body) is unprinted, helping another body's work: "二是按照市农业农村局统一部署,配合开展
# “春风清洁行动”…", "三是配合市农业农村局开展乡村特色产业调研" (http://www.delmunsoft.com/news/show-401955.html; tasks44): the
# body helped leads (fresh27's `X配合Y` → Y leads); the helper, not printed, is not recorded
_DEPLOYED_HELP = re.compile(r"^按照(?P<lead>[^，,。；;]{2,30}?)(?:的)?统一(?:部署|安排)[，,](?:积极|主动|全力)?配合(?=开展|做好|实施|推进|落实)")
# (and a report's paragraph going on with what its body also did: "同时,配合技术监督分局多次开展特种设备安全隐患排查,配合企业发展局对…"
# (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/0310/26884.html))
_UNNAMED_HELPER = re.compile(r"^(?:积极|主动|全力)?配合(?P<lead>[^，,。；;]{2,40}?)(?:多次|先后|积极)?(?=开展|做好|进行|实施|完成|对[^，,。；;]{1,30}?(?:开展|进行))")
_ALSO = re.compile(r"^同时[，,](?=(?:积极|主动|全力)?配合)")


def _helping_unnamed(sent: str) -> Roles | None:
    m = _DEPLOYED_HELP.match(sent) or _UNNAMED_HELPER.match(sent)
    leads = [x for x in re.split(r"[、和及与]", m["lead"]) if x] if m else []
    if not (leads and all(is_unit(x) for x in leads)):
        return None
    return Roles.of((leads, []))


# a report's sentence of the body organising an exercise or a campaign, then a sentence of who took part: "1月25日,银河镇组织开展综合
# 应急演练活动。县应急管理局局长刘绍萍、镇应急分队全体人员、镇派出所、森林防灭火半专业队伍及消防专职队全体人员参加。" (http://xianyu.
# chinaxiaokang.com/xianyuzhanshi/luxi/jigou/2021/0130/4234503.html; tasks44: the organiser leads, the bodies taking part
# cooperate less their staff, the bureau head a person); never a meeting (组织召开…会议 is no task)
_ORGANISED_EVENT = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|中午|下午|晚上?)?[，,]?|近日[，,]?|日前[，,]?)?"
                              r"(?P<subj>[^，,。；;“”《》]{2,20}?)(?:组织开展|组织|举行|举办)(?:了)?[^，,。；;]{2,30}?"
                              r"(?:演练|专项行动|集中行动|联合行动|检查|整治|巡查)(?:活动)?[。；;]?$")
# (leaders attending first, then the bodies: "5月26日中午,白云寺镇举行2023年防灾减灾抗旱防汛应急演练。镇党委书记梁付营、镇长陈灿出席活动,
# 全体应急管理人员、派出所、供电所、卫生院等参与演练。" (http://m.worldreviewdaily.com/dfbm/xzdt/33454.html))
_TOOK_PART_LIST = re.compile(r"^(?:[^。；;，,]{2,40}?出席(?:活动|仪式)?[，,])?(?P<list>[^。；;：:]{4,160}?)(?:等(?:单位|部门)?)?(?:共同)?"
                             r"(?:参加|参与)(?:了)?(?:演练|活动|此次演练|本次演练)?[。；;]?$")
_PART_STAFF = re.compile(r"(?:全体|相关|部分)?(?:工作人员|人员|队员|干部职工|干部|职工|民兵)$")
_PART_PERSON = re.compile(r"(?:局长|副局长|主任|副主任|书记|队长|所长|站长|镇长|乡长|县长|区长)[\u4e00-\u9fff]{2,3}$")


def attended_after(prev: str, sent: str) -> Roles | None:
    """X组织开展…演练。A、B人员、C…参加。: X leads, the bodies taking part cooperate (persons dropped)."""
    m, t = _ORGANISED_EVENT.match(prev), _TOOK_PART_LIST.match(sent)
    if not (m and t and is_unit(m["subj"])) or re.search(r"会议|座谈|培训", prev):
        return None
    bodies = []
    for item in (x for x in re.split(r"[、，,]|及|和", t["list"]) if x):
        if _PART_PERSON.search(item):
            continue
        body = _PART_STAFF.sub("", item)
        if is_unit(body) or body.endswith("队伍") and len(body) >= 4:
            bodies.append(body)
        elif body != item or is_generic(body):
            continue
        else:
            return None
    if not bodies:
        return None
    return Roles.of(([m["subj"]], []), ([x for x in bodies if x != m["subj"]], []))


_DUTY_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])?"
                           r"(?P<unit>[\u4e00-\u9fff]{2,20}?)(?:的)?(?:工作)?职责[、和及与]?任务[：:。]?$")


def _duty_heading(sent: str) -> Roles | None:
    m = _DUTY_HEADING.match(sent)
    if not (m and is_unit(m["unit"]) and not is_generic(m["unit"])):
        return None
    return Roles.of(([m["unit"]], []))


# a 三定 regulation's 职责调整: a duty moved to a named body, which leads it from then on — "将开发区建设组织协调职责划归市工业和信息化局;
# 外国专家管理有关职责划归市人力资源和社会保障局;金融协调服务职责划归市发展和改革委员会" (tasks99's 长春 办公厅 三定, 长府办发〔2009〕47号,
# https://www.ehs.cn/law/45331.html); only a 职责 / 职能 moved, never land or assets put under a body ("该地块划归市土地储备中心管理")
# (划归 only: a reform's "…执法职责划入周村区水资源管理办公室" (sample 001:1014, 972) merges one body's staff and duties into
# another, and the sample's gold, not ours, holds no task there — left to the integrator, as a bare 应 is)
_DUTY_MOVED = re.compile(r"(?:^|[，,；;])(?:将)?[^，,。；;]{2,40}?(?:职责|职能)划归"
                         r"(?P<to>[^，,。；;]{2,30}?)(?:承担|负责)?(?=[，,。；;]|$)")


def _duty_moved(sent: str) -> Roles | None:
    """X职责划归Y: Y leads the duty moved to it."""
    m = _DUTY_MOVED.search(sent)
    units = _units_only(m["to"]) if m else None
    if not (units and units[0]) or not all(is_unit(x) for x in units[0]):
        return None
    return Roles.of(lead=units)


SENTENCE_STYLES = [
    ("duty_heading", _duty_heading),
    *HANDED_STYLES,  # (handed_duties.py: 由X委托Y负责, 行业管理为X, 由X指挥 / 设置 / 成立…, bare fields beside a named body)
    ("person_led", _person_led),
    ("led_by", _place_head_leads),
    ("listed_duties", _listed_duties),
    ("convened", _convened),
    ("role_named", _role_named),
    ("role_named", _subject_role),
    ("role_holder", _role_holder),
    ("role_named", _role_before),
    ("office_seat", _office_seat),
    ("led_by", _hosted),
    ("joint_action", _under_leadership),
    ("led_attended", _led_attended),
    ("joint_action", _head_leads_members),
    ("took_part", _took_part),
    ("led_by", led_shares),
    ("led_by", _led_by),
    ("led_by", _lead_then_coop),
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
    ("joint_no_lead", _joined_hands),
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
    ("charged_by", _by_visiting),
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
]


# a bureau's own section given the detailed work, beside its leaders' parts: "州局成立了以局长为组长,…相关科室为成员的…领导小组,由市场科
# 负责具体工作" (http://huanlegouqql.com/html/xw/jjgz/30583.html), "该局由主要负责人定路子,分管负责人抓统筹,法规监察科负责具体实施"
# (tasks39's 荣成): one body's own people and section, no division of work between bodies (tasks39, tasks44)
_OWN_SECTION_WORK = re.compile(r"(?:^|[，,])(?:然后|并)?由?(?P<sec>[\u4e00-\u9fff]{2,6}科)(?:负责|承担)具体(?:工作|实施|事务)")


def _own_section_only(roles: Roles, sent: str) -> bool:
    m = _OWN_SECTION_WORK.search(sent)
    return bool(m and roles.lead == [m["sec"]] and not roles.cooperate and not re.match(r"^(?:[省县区州]|市(?!场))", m["sec"]))


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
    sent = _SHORT_NAME.sub("", sent)
    # "我厅会同省发展改革委、住房城乡建设厅、交通运输厅等部门(单位),组织开展了…" (fresh5's 四川 人社厅): the kind's alternative in
    # brackets after a closing 等部门 is no part of the list
    sent = _KIND_ALTERNATIVE.sub("", sent)
    # "同时,他强调平安法治建设办公室要持续加强安全知识宣传" (fresh41's 三十三团): the speaker is no part of the subject after him
    sent = _SPEAKER.sub("", sent)
    # "…表示肯定,希望该镇要以做好农村人居环境整治提升为基础" (tasks99's 望牛墩): a leader's wish charging a body with 要 is a charge, the
    # wish word no part of the subject ("希望市农业农村局继续关注…", no 要, stays no task)
    sent = _WISH.sub("", sent)
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
    return Roles(), None


# a news wire's credit: "本报讯", "科学导报讯", "人民网讯", "本報訊(記者 惠玉蘭)" (http://www.jz8899.net/zgq/2022/1109/120345.html); the
# credit's name is a paper, site, agency or station (ends 报/网/社/台/刊, or 本报/本网), never a body: one bounded run, no look-ahead
_WIRE_CREDIT = re.compile(r"^(?:[\u4e00-\u9fff]{0,10}(?:报|報|网|網|社|台|刊)|本)[讯訊]\s*"
                          r"(?:[（(](?:记者|記者|通讯员|通訊員)[^（）()]{0,20}[）)]\s*)?")
_REPORT_OPENING = re.compile(r"^(?:(?:本报讯|本网讯|讯)\s*)?(?:[（(](?:记者|通讯员)[^（）()]{0,20}[）)]\s*)?"
                             r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?|凌晨)?|近日|日前|近期|连日来"
                             # (the reporter's source: "据了解,四川省委农办、农业农村厅牵头组织开展了…考评工作" (fresh30's 四川))
                             r"|据了解|据悉|据介绍|记者了解到)[，,]")


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
_INTERPRETATION = re.compile(r"负责(?:对本\S{0,6})?解释|解释权|授权\S{2,30}解释")


sentence_roles = _sentence_roles
