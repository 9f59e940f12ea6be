"""Duty sentences that mark their lead: 由X牵头，Y配合 · X会同Y · 分别由A、B负责 · 由X负责，Y配合 · X牵头，Y配合 · a working
mechanism's or group's lead — the readers of those rows of `duty_styles.SENTENCE_STYLES`."""

from __future__ import annotations

import re

from kg.extract.attendance import attends_at
from kg.extract.duty_units import PERSON_BY_POST, coop_units, units_only
from kg.extract.joint_lists import _bodies, _cooperating, commas_closed
from kg.extract.joint_leads import without_when
from kg.extract.units import Roles, _is_division, is_generic, is_unit


# (and "由市人社局牵头,与市住建委等部门合作", fresh16's 仙桃: the partners 与…合作 / 协作)
_LED_BY = re.compile(r"由(?P<lead>[^，,。；;]{2,80}?)(?:负责)?牵头(?:负责|管理)?[，,](?P<with>与)?(?P<coop>[^，,。；;]{2,120}?)(?:共同|积极|密切)?"
                     # (分工 before 协作: "由固安縣市場監督管理局牽頭,縣公安局、…、生態環境分局等7個職能部門分工協作,啟動…" (fresh46's 固安))
                     r"(?P<verb>配合|参加|参与|共同推进|协助|协同|协管|(?<=[门位构局委办])(?:分工)?(?:合作|协作)(?=[，,。；;]|$))")
_LED_ONLY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:负责)?牵头")
# "县发改委要会同县督查落实办对相关工作进行督导": the cooperating units end where the duty's verb begins
# "X商Y、Z…统筹提出": X consults Y and Z (they cooperate), like 会同; "由X牵头Y、Z核查…": X leads, Y and Z take part
# "县教体局已联合县公安局启动…", "区安委办组织区教育局、…及各街道统一…开展…": the bodies joined or organised take part
# (a plan's adverbs before the joint verb: "下一步,城建科将继续联合市场监管部门加大…" (fresh42 相桥))
_JOINT = re.compile(r"^(?P<lead>[^，,。；;]{2,30}?)(?:牵头(?:负责)?[，,]?)?(?:(?:还|仍|也)?将继续|(?:还|仍|也)将|继续|已|要|将|应当|应)?"
                    r"(?:会同|(?:联合|组织)(?=[区县市省各])|商(?=[区县市省]))"
                    r"(?P<rest>[^，,。；;]{2,120})|^由(?P<lead2>[^，,。；;由]{2,30}?)牵头(?=[区县市省])(?P<rest2>[^，,。；;]{2,120})")
# the words that may begin the duty after the cooperating units ("…会同县督查落实办对相关工作进行督导")
# (及时 / 转交: "县政协提案委员会将会同县委办公室、县政府办公室及时转交有关部门办理", fresh16's 安康 提案 审查)
# (an adverb before the duty's verb begins it too, never part of the last partner's name: "…委托市发展改革委按照审议意见要求,会同市相关
# 部门扎实做好落实工作" (fresh47 beijing_fagaiwei-2020-renda-changweihui-shenyi-yijian-yanjiu-chuli-qingkuang-baogao.txt:11))
_DUTY_START = re.compile(r"(?:扎实|认真|切实|全力|努力)(?=做好|开展|推进|落实|抓好|加强)|"
                         r"按照|根据|依据|制定|做好|开展|抓好|研究|对|就|进行|共同|联合|组织|加强|建立|完善|落实|推进|督导|负责|"
                         r"统筹|核查|审核|提出|协调|指导|督促|监督|检查|启动|统一|查处|及时|转交|加大|"
                         # (a plan the bodies issue: "市市场监管局会同市政务服务局印发《北京市关于深化“证照分离”改革…的工作方案》"
                         # (fresh56 beijing_shi-shichang-jianguanju-2022-xiaofei-huanjing-youhua-058290.txt:7; its README: rule 1);
                         # a notice's own title, "…印发《…》的通知", is no action)
                         r"(?:印发|出台)(?=《)(?![^》]*》的(?:通知|函|批复|意见|决定))|"
                         # (the ground the bodies work on, before their action: "市財政局會同市農委等部門結合上海市財政支農實際開展了…"
                         # (fresh58 shanghai_shi-caizheng-zhinong-zhengce-zhenghe-yanjiu-handmsg-converter.txt:5; rule 1))
                         r"结合(?=[^，,。；;]{2,24}?实际)|"
                         # (the review the bodies make together, 审核's kin: "我厅会同省发展改革委、科技厅审查论证后,联合向国家工业和
                         # 信息化部、发展改革委和科技部报送材料" (fresh64 jilin_sheng-gongxinting-2015-yingji-chanye-shifan-jidi-shenbao-
                         # tongzhi.txt:4; its gold: rule 1, 我厅 filed under the signing 厅 by decision C))
                         r"审查|论证")
# (a county's company among the partners: "英山縣應急管理局牽頭,會同縣公安局、…、縣供銷社、縣鞭炮公司對2021年收繳的…煙花爆竹進行統一
# 集中銷毀" (fresh45's 英山, a converter copy; its gold: the company cooperates); never whichever property company serves the place,
# a class ("…联合县公安局、县住建局、物业公司对辖区内…开展", fresh34's 托里: joint_lists reads it)
_NAME_END = re.compile(r"(?:[局委办院会队所处站部室社行厅区]|中心|部门|单位|街道|(?<!物业|管理|服务)公司|[）)])$")


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
# (each its own part, 分别 after the bodies as before them (_DISTRIBUTIVE): "由重庆市、四川省分别设立4个现场检查组,…开展跨区域交叉执法现场
# 检查" (fresh35 chongqing-sichuan-2023-kuajie-liuyu-shuihuanjing-lianhe-zhifa.txt:14; its gold: each place leads, the README's
# 分别由…负责 rule) — and the groups each sets up to act, only after 分别)
_CHARGED_BY = re.compile(r"由(?P<lead>[^，,。；;由]{2,60}?)(?:分别|具体|统一|牵头|共同)?(?:负责(?![人同])|"
                         r"(?<=分别)(?:设立|成立|组建|组成)(?=[^，,。；;]{0,12}?(?:检查组|督查组|督导组|执法组|巡查组|工作组|专班|执法队|工作队))|主管(?![部单机])|组织(?:(?:协调(?:并|和|与)?)?实施|进行|开展)|督促(?=[\u4e00-\u9fff])|(?P<power>行使)(?=[\u4e00-\u9fff]{2})|实施(?=[\u4e00-\u9fff]{0,8}(?:管理|监督|审批|评审|审计))|主办(?=[，,])|"
                         r"(?<=统一)安排(?=[，,。；;]|$)|(?:按要求|按规定)?通报(?=[，,。；;]|$)|"
                         # (a cost or staff left to the body to meet itself: "所需人員編制和經(jīng)費(fèi)由你市自行解決" (fresh55
                         # tianjin_wuqing-qu-2000-guowuyuan-pifu-guohan67-converter.txt:10, a State Council reply; its README: 你市 leads))
                         r"自行(?:解决|承担)(?=[，,。；;]|$)|"
                         # (the work the bodies take on, its remit after: "日常工作由自治区国资委、兵团国资委承担,负责与…的联络协调"
                         # (fresh58 xinjiang_zizhiqu-guoziwei-chanye-yuanjiang-pingtai-xsgou.txt:2; its README: both lead))
                         r"承担(?=[，,](?:并|具体)?负责)|"
                         # (a check or review it carries out, its object between: "由市场监管所对25家商铺的经营情况进行排摸"
                         # (fresh44's 彭浦新村), "由区政府投资项目和财政预算评审中心进行预结算评审" (fresh44's 深汕 办法))
                         # (a named body's own word closing the lead: "由各乡镇深入到村组进行排查" names none)
                         r"(?<=[局委办所队站心院厅室部])(?:对[^，,。；;由]{2,40}?)?进行"
                         r"(?=[\u4e00-\u9fff]{0,6}?(?:评审|审计|审查|审核|排摸|排查|检查|核查|核实))|"
                         # (a matter the bodies hand straight on for handling: "閉會期間提出的建議和提案,由市人大常委會辦事機構和CPPCC直接交
                         # 有關承辦單位辦理" (tasks117 buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4,
                         # 第六條; its README: both lead, the 承办单位 a class); 直接 before 交, so 交 inside a name (交通局) is never a verb)
                         r"直接交(?=[^，,。；;]{2,30}?办理)|"
                         # (a sanction's measures: "对…的地区,由省生态环境厅采取区域限批措施" (fresh26's 安徽 秸秆禁烧))
                         r"(?P<measure>采取)(?=[\u4e00-\u9fff]{0,8}?措施)|"
                         # (the work handed to named bodies by law or by the rules' procedure, the form it takes between: "…设立前,由南沙
                         # 开发区管委会、南沙区政府依法实施", "具体由省编办会省有关部门以负面清单形式按规定程序办理" (fresh44 guangdong_nansha-
                         # xinqu-kaifa-jianshe-ruogan-yijian-converter.txt:1, the province's 若干意见; its gold: the bodies lead, a class
                         # after 会 generic))
                         r"(?:以[^，,。；;由]{2,12}?(?:形式|方式))?(?:依法|按(?:照)?规定(?:程序)?)(?:实施|办理)(?=[，,。；;)）]|$))")
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
    if not (m and units_only(m["lead"]) and units_only(m["coop"])):
        return None
    return Roles.of(units_only(m["lead"]), units_only(m["coop"]))


def _led_by(sent: str) -> Roles | None:
    """由X牵头，Y配合/参加/共同推进; also Y共同参与 ("由林业局牵头,自然资源局、县农业农村局共同参与的联席会议制度", 旬阳)."""
    m = _LED_BY.search(sent)
    # a person leading (persons are no units): "专项整治工作具体由乡党委副书记胡煜寰牵头负责,乡执法大队、清洁办、村委会共同参与"
    # (fresh31's 万里 乡; its gold: no lead, the bodies taking part cooperate)
    led_by_person = bool(m) and not units_only(m["lead"]) and bool(PERSON_BY_POST.search(m["lead"]))
    if not (m and (units_only(m["lead"]) or led_by_person)):
        return None
    roles = Roles()
    if not led_by_person:
        roles.add("lead", *units_only(m["lead"]))
    # (a partner's trailing 等部门 is dropped, as in a joint list: "与市住建委等部门合作")
    coop = re.sub(r"等(?:有关|相关)?(?:部门|单位)$", "", m["coop"]) if m["with"] else m["coop"]
    # (and a count closing the named list: "…、生态环境分局等7个职能部门分工协作" (fresh46's 固安): the named ones)
    coop = re.sub(r"(?<=[局委办所队站心院厅])等[\d一二三四五六七八九十]{1,3}个(?:职能|有关|相关)?(?:部门|单位)$", "", coop)
    if led_by_person and not (units_only(coop) or [[]])[0]:
        return None  # a person leading the classes ("由副县长李四牵头,各乡镇配合") names no body
    if units_only(coop):
        roles.add("cooperate", *units_only(coop))
    return roles


def _names_before_verb(text: str) -> bool:
    """True when text is a list of names only: a verb may sit inside a unit's name (区委组织部), never inside a
    generic phrase ("县督查落实办对相关工作进行" is a name and the start of the duty)."""
    units = units_only(text)
    if not (units and _NAME_END.search(text)):
        return False
    if any(_ACT_IN_NAME.search(u) or _STAFF_IN_NAME.search(u) for u in units[0]):
        return False  # "县消防大队对全县养老机构安全生产工作进行" (fresh16's 陆良): a name, then its action
    if _ACT_IN_NAME.search(text):
        return False  # (and where the split left that last name out: "…、縣鞭炮公司對2021年收繳的非法和違法儲存的煙花爆竹進行", 英山)
    return not any(_DUTY_START.search(g) for g in units[1])


# a body's name closed, then 对 + what it acts on: the action glued to the name, no part of it
# ("县市场监管局会同县公安局对辖区加油站开展…": the run up to 开展 ends in a body's 站 too — what it acts on, no name;
# 对外 / 对台 / 对口 open names of their own)
# (and 在 + where it acts: "…联合县公安交警大队在G351线连接线处开展", http://m.fqjz1.com/gongkai/show/20190923175204-27840-00-000.html)
_ACT_IN_NAME = re.compile(r"(?<=[局委办所队站心院厅司社])(?:对(?![外台口])|在)[^，,。；;、]{2,}$")
# (and the staff a body sends, then what they do: "相桥街道城建科联合市场监管所工作人员利用集会开展…" (fresh42's 相桥; its gold:
# the staff stand for their unit) — the run up to 开展 ends in 集会's 会, no name; joint_action reads the staff as their body)
_STAFF_IN_NAME = re.compile(r"(?<=[局委办所队站心院厅科])的?(?:相关|有关)?(?:工作|执法)?人员[^，,。；;、]{2,}$")


# 由X会同Y after the thing they handle, in the clause: "农牧业产业发展资金由自治区财政厅会同农牧厅按照“…”的原则分配、使用和管理"
# (fresh59 neimenggu_zizhiqu-2024-nongmuye-chanye-fazhan-zijin-shiyong-guanli-xize-izst.txt:6), "乡村振兴产业综合发展项目资金由市财政局
# 会同市农业农村局共同管理" (fresh59's 北京 办法; its README: 共同 does not undo the 会同 order): read from 由, as a clause opening with it
_BY_JOINT = re.compile(r"(?<=[\u4e00-\u9fff])由(?=[^，,。；;由]{2,30}?会同)")


def _joint(sent: str) -> Roles | None:
    """X会同Y…: X leads, Y cooperates; also in a clause after a leading condition ("按照…部署,区安委办组织…")."""
    starts = sorted([0] + [x.end() for x in re.finditer(r"[，,]", sent)] + [x.start() for x in _BY_JOINT.finditer(sent)])
    for at in starts:
        roles = _joint_at(sent[at:]) or (_class_carried(sent[:at], sent[at:]) if at and sent[at : at + 1] != "由" else None)
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
    organiser_units = units_only(organiser["body"]) if organiser else None
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


# the basis a named body works on between it and its 会同, and the one entrusting it before: "市政府高度重视,委托市发展改革委按照审议意见
# 要求,会同市相关部门扎实做好落实工作" (fresh47 beijing_fagaiwei-2020-renda-changweihui-shenyi-yijian-yanjiu-chuli-qingkuang-baogao.txt:11;
# its gold: the commission leads, the class generic): read as X会同Y…
_BASIS_BETWEEN = re.compile(r"(?:^|[，,])(?:委托|责成)?(?P<lead>[^，,。；;]{2,20}?)(?:按照|根据|依据)[^，,。；;]{2,30}?(?:要求|部署|规定|精神)"
                            r"[，,](?:积极|主动)?(?=会同)")


def _lead_over_basis(sent: str) -> Roles | None:
    """(委托)X按照…要求,会同Y…: X leads, as X会同Y… does."""
    m = _BASIS_BETWEEN.search(sent)
    lead = units_only(m["lead"]) if m else None
    if not (lead and lead[0] and not lead[1]):
        return None
    return _joint_at(m["lead"] + sent[m.end():])


def _joint_at(sent: str) -> Roles | None:
    # (a comma as a pause mark inside the partners' list closed by its 等-phrase: "…牵头,联合县委统战部,县文化体育广播电视和旅游局、
    # 公安局、教育局、市场监管局等部门,组织开展…" (fresh27's 泽普))
    sent = re.sub(r"(?<=联合|会同)[^。；;]+", lambda x: commas_closed(x[0]), sent, count=1)
    m = _JOINT.search(sent)
    lead, rest = (m["lead"], m["rest"]) if m and m["lead"] else (m["lead2"], m["rest2"]) if m else (None, None)
    lead = lead and without_when(lead)  # "行动开展以来大洼区民政局联合…"
    lead_units = m and (units_only(lead) or _field_lead(lead, m["rest"] if m["lead"] else None))
    if not lead_units:
        return None
    # the longest run of names before a verb: "区委组织部、区财政局…" is not cut at its 组织
    ends = [x.start() for x in _DUTY_START.finditer(rest) if x.start() >= 2] + [len(rest)]
    # "…、公安局等多部门", "…等七部门": the count is no part of the last name
    rest = _COUNTED_TAIL.sub(r"等\1", rest)
    # (a bare 等 closing the partners' list before the verb is no part of it: "2020年,区商务委会同区大调研办、区投促办等组织30余家“专精
    # 特新”中小企业开展专题座谈" (fresh63 shanghai_putuo-qu-difangzhi-2020-zhuanjingtexin-zhongxiao-qiye-peiyu.txt:5; its README:
    # past joint work with its roles is a task, rule 1))
    coop = next((_list_closed(rest[:e]) for e in reversed(ends) if _names_before_verb(_list_closed(rest[:e]))), None)
    # (where the bodies act, glued to the last one: "…、峃口镇人民政府等部门、乡镇在峃口镇城东村文成驿站处开展…" (tasks34's 文成,
    # http://xs.66wz.com/xs/system/2021/02/03/013978762.shtml): 在 and a place ending in 处 make no name; joint_action reads it)
    if coop is None or _WHERE_GLUED.search(coop):
        return None
    # (a closing 等部门 stays as printed among the generics: the sample gold keeps it, 张店区 5.3(1))
    roles = Roles.of(lead_units, units_only(coop))
    # X会同Y组织Z…: the bodies the two organise work with them ("市水务局会同市检察院组织市县两级水务、检察、公安、生态环境、
    # 自然资源和规划等部门,在全市范围内开展…" (fresh20's 张家口))
    after = sent[m.start("rest" if m["lead"] else "rest2"):]
    verb = after[len(coop):].removeprefix("等") if after.startswith(coop) else ""
    organised = _cooperating(verb[2:]) if verb.startswith("组织") else None
    if organised:
        roles.add("cooperate", *organised)
    return roles


_BARE_CLOSE = re.compile(r"(?<=[\u4e00-\u9fff)）])等$")


def _list_closed(names: str) -> str:
    """A list of names without the bare 等 that closes it ("区大调研办、区投促办等"); 等部门 / 等单位 stay as printed."""
    return _BARE_CLOSE.sub("", names)


def _distributive(sent: str) -> Roles | None:
    """分别由A、B、C负责: each leads its own part, so all lead."""
    m = _DISTRIBUTIVE.search(sent)
    if not (m and units_only(m["units"])):
        return None
    return Roles.of(units_only(m["units"]))


def _led_only(sent: str) -> Roles | None:
    """由X牵头 (no cooperating units named)."""
    m = _LED_ONLY.search(sent)
    if not (m and units_only(m["lead"])):
        return None
    roles = Roles.of(units_only(m["lead"]))
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
    got = units_only(m["lead"]) if m else None
    if not (got and got[0]) or PERSON_BY_POST.search(m["lead"]):
        return None
    return Roles.of(got)


# the same after a clause that says what is handed over: "…,安排省级专项补助,由南沙新区按照国家和省关于…的管理规定,专项用于…"
# (fresh44's 南沙 意见; its gold: the zone leads, a place standing for its administration); named bodies or places only
# (a penalty after a condition, "违反…的,由公安机关按照…处罚", is a regulation's sanction, not a charge read here; 按照 only: with 根据
# the sample corpus's "…人员,由区政府根据工作需要安置" and "刻制新章时,由区政府办公室根据领导签批件,出具…" would be read, two tasks its
# gold, not ours, does not hold)
_BY_UNITS_AFTER = re.compile(r"(?<!的)[，,]由(?P<subj>[^，,。；;由]{2,20}?)按照")


def _by_units_after(sent: str) -> Roles | None:
    """…,由X按照…: the named body or place 由 names after a clause leads."""
    m = _BY_UNITS_AFTER.search(sent)
    if not m:
        return None
    got = units_only(m["subj"])
    if got and got[0] and not got[1]:
        return Roles.of(got)
    return Roles.of(([m["subj"]], [])) if _is_division(m["subj"]) else None


def _by_units(sent: str) -> Roles | None:
    """一是由X根据/按照/负责…: the units opening the sentence with 由."""
    m = _BY_UNITS.match(sent)
    if not (m and units_only(m["subj"])):
        return None
    roles = Roles.of(units_only(m["subj"]))
    _add_then_coop(roles, sent[m.end():])
    return roles


_ADDRESSEE = re.compile(r"(?:你|贵)(?:省|市|州|县|区|旗|盟)")


# 会 printed short for 会同 between a named body and the class it acts with: "由省编办会省有关部门…办理" (fresh44's 南沙 意见); the
# part after 会 must open with a level and name only a class (有关 / 相关 部门 or 单位), so a 会 of "will" or 会议 stays whole
_SHORT_CONCERT = re.compile(r"^(?P<lead>[^会]{2,20}?)会(?P<coop>(?:省|市|县|区|州|盟|旗)?(?:有关|相关)(?:部门|单位))$")


def _short_in_concert(lead: str) -> tuple[str, str]:
    """(lead, the class after a short 会) of 由X会省有关部门…; (lead, "") when it is no such pair."""
    m = _SHORT_CONCERT.match(lead)
    if m and units_only(m["lead"]) and units_only(m["lead"])[0]:
        return m["lead"], m["coop"]
    return lead, ""


def _charged_by(sent: str) -> Roles | None:
    """…由X负责 anywhere in the sentence ("项目资金的申报审核由县财政局负责")."""
    m = _CHARGED_BY.search(sent)
    # (a power the law gives another, named first, is no charge; a later 由X… of the same sentence still is: "对法律、法规和规章规定由
    # 省政府及省有关部门行使的…职权,…原则上下放或委托南沙新区管理机构依法实施(南沙新区管理机构设立前,由南沙开发区管委会、南沙区政府依法
    # 实施)" (fresh44's 南沙 意见))
    # (nor a 由 naming a meeting's attendants: "…召开由各承办单位主管领导和相关工作人员参加的会议" (tasks117's 建议提案 rules), who only
    # attend: attendance.ATTENDANCE)
    while m and (m["power"] and not _is_division(_ROLE_WORD.sub("", m["lead"].partition("会同")[0])) or attends_at(sent, m.start())):
        m = _CHARGED_BY.search(sent, m.end())
    if not m:
        return None
    lead, _, coop = m["lead"].partition("会同")  # 由X会同Y负责
    if not coop:
        lead, coop = _short_in_concert(lead)
    # (the partners' bracketed alternate names and closing 等部门 are no part of any name: "由市消防安全应急指挥部办公室会同市委宣传部、
    # 市外宣办、市政府外办(港澳办)、市台办等部门共同组织开展" (tasks107's 北京 火灾事故应急预案))
    coop = re.sub(r"等(?:有关|相关)?(?:部门|单位)$", "", re.sub(r"[（(][^（）()]{1,10}[)）]", "", coop))
    lead = _ROLE_WORD.sub("", lead)  # 由包片单位X督促…
    # (a place named as the one responsible stands for its administration, as a place the subject of 负责 / 将 does: "由榆次区行使
    # 晋中市城区城市管理工作" (tasks99's 晋中))
    # (or the reply's addressee named by 你 / 贵, as printed, as 我厅 is: "…由你市自行解決" (fresh55's 武清 reply, its README))
    led = units_only(lead) or (([lead], []) if (_is_division(lead) or _ADDRESSEE.fullmatch(lead)) and not coop else None)
    # (and a list of places, each for its administration: "由重庆市、四川省分别设立…" (fresh35's 川渝 joint enforcement))
    places = lead.split("、")
    if not led and not coop and len(places) > 1 and all(_is_division(x) for x in places):
        led = (places, [])
    # (powers exercised by a place only: "由区林业工作站承担原区木材检查站行使的…其他行政权力" (sample 001:974) names a body taking over
    # what another exercised, the sample's gold (not ours) no task there)
    if m["power"] and not _is_division(lead):
        return None
    if not led or coop and not units_only(coop):
        return None
    if m["measure"] and (led[1] or not led[0]):
        return None  # "由古树名木行政主管部门责令有关单位…限期采取措施", "由污染责任单位采取措施…": only named bodies take measures
    roles = Roles.of(led)
    if coop:
        roles.add("cooperate", *units_only(coop))
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
    if after and units_only(after["coop"]):
        roles.add("cooperate", *units_only(after["coop"]))
    else:
        _add_staff_coop(roles, rest)


# "由高新区负责为入园企业提供全程无偿代办服务,县政务服务中心代办人员对应实施“绿色通道”服务" (湘阴): a later clause in
# which another body's staff do their share of the charged task; staff are no unit, their body cooperates
_STAFF_COOP = re.compile(r"[，,](?P<coop>[^，,。；;]{2,30}?)(?:代办|窗口|工作|服务|专职)?(?:人员|干部)"
                         r"(?:要|应|须)?(?:对应|相应|同步|积极|全程)?(?:实施|办理|提供|做好|开展|配合|协助)")


def _add_staff_coop(roles: Roles, rest: str) -> None:
    """The body of the staff named in a later clause cooperates (named units only)."""
    m = _STAFF_COOP.search(rest)
    units = units_only(m["coop"]) if m else None
    if units and units[0] and not units[1]:
        roles.add("cooperate", units[0], [])


def _lead_then_coop(sent: str) -> Roles | None:
    """X牵头，Y配合… (the sentence opens with the lead)."""
    m = _LEAD_THEN_COOP.match(sent)
    if not (m and units_only(m["lead"]) and units_only(m["coop"])):
        return None
    return Roles.of(units_only(m["lead"]), units_only(m["coop"]))


# the lead, then the bodies that each take their part by their remit, as a 责任部门 cell prints it: "自治区住房城乡建设厅牵头,联席会议
# 成员单位按职责分工负责;…" (tasks28 neimenggu_zizhiqu-laojiu-xiaoqu-gaizao-zeren-bumen-pdf-columns.txt:5; its gold: the department
# leads, the members a class); and the cell's first line alone when the page's columns cut it from the rest ("自治区住房城乡建设厅牵头,"
# on a line of its own, the same page's line 15); a named lead only
_LEAD_THEN_SHARES = re.compile(r"^(?P<lead>[^，,。；;由]{2,40}?)牵头[，,](?P<coop>[^，,。；;]{2,60}?)(?:按照?|根据)(?:各自)?职责(?:分工)?"
                               r"(?:分别)?负责")
_LEAD_CELL = re.compile(r"^(?P<lead>[^，,。；;由]{2,40}?)牵头[，,]?$")


def _lead_then_shares(sent: str) -> Roles | None:
    """X牵头,Y按职责分工负责 (X leads, Y its partners or a class) — or the cell's X牵头, alone."""
    m = _LEAD_THEN_SHARES.match(sent) or _LEAD_CELL.match(sent.strip())
    lead = units_only(m["lead"]) if m else None
    if not (lead and lead[0] and not lead[1]) or PERSON_BY_POST.search(m["lead"]):
        return None
    coop = m.groupdict().get("coop")
    return Roles.of(lead, (units_only(coop) or ([], [coop])) if coop else ([], []))


# "形成由县统一领导,建设主管部门牵头,乡镇政府组织实施,相关部门积极配合的工作机制": a working mechanism named
# clause by clause; the clause "X牵头" names the lead, the clauses after it the bodies that implement or cooperate
_LEAD_CLAUSE = re.compile(r"^(?P<lead>[^，,。；;由]{2,30}?)牵头(?:负责|抓总)?$")
_SHARE_CLAUSE = re.compile(r"^(?P<coop>[^，,。；;]{2,40}?)(?:积极|密切|紧密|全力|主动)?(?:配合|协助|参与|组织实施|具体实施)")


def _mechanism(sent: str) -> Roles | None:
    clauses = [c.strip() for c in re.split(r"[，,]", sent.rstrip("。；;"))]
    for i, c in enumerate(clauses[1:], 1):
        m = _LEAD_CLAUSE.match(c)
        if not (m and units_only(m["lead"])):
            continue
        roles = Roles.of(units_only(m["lead"]))
        for later in clauses[i + 1 :]:
            share = _SHARE_CLAUSE.match(later)
            if not (share and units_only(share["coop"])):
                break
            roles.add("cooperate", *units_only(share["coop"]))
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
    lead = units_only(m["lead"]) if m else None
    if not (lead and lead[0]):
        return None
    roles = Roles.of(lead)
    coop = coop_units(m["coop"]) if m["coop"] else None
    if coop:
        roles.add("cooperate", *coop)
    return roles


_PLACE_ITEMS = re.compile(r"[、和及与]")
