"""News of a joint action: a county, town or street item reporting that one body acted together with others —
"县教体局联合公安、城管、市场监管、烟草专卖等部门开展…整治行动", "县综治办牵头组织公安、城管…等综治成员单位,开展了…",
"由市农业农村局联合市食药监、市公安局等多部门联合开展…", "云霄县安办牵头联合应急局、消防大队、公安交警大队,抽调…组成…",
"…保卫处组织沈阳市公安局文保分局…等单位成立联合安全检查组" — the body before the verb leads, the bodies named after
it cooperate (fresh3's 屏边 / 龙华 rules); and "县教委、县公安局、县市场监管局等部门联合开展…" with no lead: all cooperate
(fresh3's 略阳 rule), as do "A、B、C组成联合检查组" and "A与B…联合执法"; "X还将牵头Y、Z等部门" (牵头 with its object) and
"X…,并牵头Y…" (the subject carried from the clause before) lead X; "各乡镇要配合X、Y开展…" and "X在其他部门的协同管理下"
name who is helped (X leads). Apart from the sentence styles (duty_styles) because its list reader is its own: in a
report of an action, bodies named by their field ("公安、城管、市场监管等部门") stand for their departments even beside
named units, a trailing 等N部门 / 等相关单位 is dropped, and staff joined to the list ("及气站技术人员") are no unit."""

from __future__ import annotations

import re

from kg.extract.back_refs import _BACK_REF
from kg.extract.duty_units import _PERSON
from kg.places import county_names, division_levels
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["commas_closed", "joint_action", "joint_group", "joint_without_lead", "listed_actors", "led_shares", "partners", "signed_together", "assisted_leads", "assisted_by", "without_when",
           "experts_organised", "opening_lead", "organised_alone", "organised_jointly", "places_together", "working_closely"]

# the verbs by which one body draws others into its action
# ("镇应急办牵头,联合公安、消防…" and "县应急管理局还将牵头商务、市场监管等部门": 牵头 taking the bodies it leads as its
# object, fresh13's 房县 / 安乡 rule)
# (协同 / 协调 taking the partners as object: "…派出所协同镇市场监管所等相关部门,对…开展" (fresh18's 干汊河),
# "三原县自然资源局协调住建局、水利局组织召开了…会" (fresh18's 三原); _cooperating still wants bodies and an action after them)
# (联动 taking the partners as object: "平武县市场监督管理局联动县综合行政执法局、县卫健局开展…联合巡查" (fresh21's 平武);
# "A、B联动开展" has no partner after it and stays a group's marker)
# (a body sending its staff along with the partners: "济宁市中区南苑街道组织工作人员联合综合执法、公安、工商等部门,对…"
# (http://gjhbw.com/info/detail/49-14563.html): 组织…人员联合 is one verb, the staff no partner)
# (联络 taking the partners as object: "市农业局执法支队积极联络市公安局、市市场监督管理局、市质监局相关执法部门,…对…进行督查"
# (http://mcjidi.com/ninfo.asp?id=63126))
# (带领 / 率领 taking the partners along: "区体育局已带领区游泳场所夏季开放联席会议成员单位对游泳场所夏季开放进行联合执法检查"
# (fresh20's 闵行, its gold: 带领 as 牵头); a person leading the way is no body: _lead wants units)
# (结合 right after a body's name, as 联合: "绛县市场监管局结合县教体局、县查察院构成结合查抄组" (fresh27's 绛县, a spun copy of 联合…组成
# 联合检查组); "结合实际" names no body and _cooperating finds none)
# (召集 drawing the bodies into an action, as 组织: "江西省新干县政府…及时召集县公安、国土、林业、城管、交警、报社、电台及相关乡镇部署安排,
# 开展…" (fresh31's 新干, its gold: the government leads, the convened bodies cooperate); a meeting it calls them to is none)
# (邀请 drawing the bodies into a joint strike: "安监局邀请京九办事处、工商分局、行政执法大队联合出击,…对40多家非法生产非煤矿山分别
# 进行了处罚" (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/0310/26884.html: the body that invites leads);
# only with 联合 after the invited, never guests invited to a meeting)
_VERB = re.compile(r"邀请(?=[^，,。；;]{2,60}?联合)|组织[\u4e00-\u9fff]{0,4}?(?:人员|干部|力量)联合|牵头组织|牵头[，,]?联合|牵头[，,]?会同|组织协调|协调组织|联合|会同|协同|协调|联动|联络|组织|召集|责成|[带率]领|牵头(?![，,])"
                   r"|(?<=[局委办所队站心院厅])结合(?=[省市县区镇乡])")
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
                   r"|\d{4}年(?:\d{1,2}月)?(?=[\u4e00-\u9fff\d]))")
# a report's lead-in before the body: "活动由", "本次行动由", "由"
# (the work named in any words after 此次: "此次排查整治由朔城区市场监督管理局和朔城区教育局联合开展" (fresh23's 朔城), "本次专项
# 检查由…")
_BY = r"(?:(?:本次|此次|这次)[\u4e00-\u9fff]{0,6}?|活动|行动|检查|整治|工作)?由"
_LEAD_IN = re.compile(r"^" + _BY)
# what closes the list of bodies: the trailing 等-phrase ("等部门", "等七部门", "等多部门", "等相关职能部门",
# "等综治成员单位", "等单位"), then the action ("开展", "对…", "组成…", "一行7人", "共计183人", "按照…")
# (a count alone closes it too: "…、县计生协6家单位", "…、市农委六个重点职能部门组成联合督查组", fresh15's 丹东; the field the
# bodies share, 涉X: "…、海事处等涉海职能单位组成工作组", fresh15's 葫芦岛)
# (and a named campaign's members: "…、市场监管等燃气安全专项整治专班成员单位", fresh16's 荆州)
# (a count glued to the last name with no 个: "…、市场监管局四部门联合开展", fresh17's 大连; "等6个部门单位", fresh17's 周宁)
# (and 等政府职能部门: "武汉公安联合交通、城管、施救等政府职能部门成立了…" (fresh21's 武汉); 等联席单位: "由区公安局治安支队、…、
# 区游泳救生协会等联席单位组成的检查组" (fresh20's 虹口); 等县直部门: "鄄城黄河河务局联合县公安局等县直部门开展…" (fresh27's 鄄城))
# (多部门 glued to the last name with no 等: "…联合五接鎮消防、公安、住建多部門開展…" (fresh22's 海门))
# (a count of 大 departments: "…卫生局和文化广电新闻出版局七大职能部门联合组织" (http://epaper.jzrb.com/rb/html/2012-06/20/
# content_122245.htm); and the forces a town or street draws: "…、市场中心及村(社区)辅警等多方力量,组成专项检查组"
# (http://m.ycrmtzx.cn/p/111639.html), "…组织公服、安监、执法、交通、社区等力量" (http://shareonl.com/xxgk/xwzx/lgyw/jddt/
# content/post_12053526.html))
# (the count after a comma, with 共: "由丰台区旅游委牵头,会同区环食药旅中队、…、右安门街道办事处,共7个部门,对…开展…专项执法检查行动"
# (fresh38's 丰台))
_TAIL = (r"(?:(?:等(?:[一二三四五六七八九十\d]+[个家大]?|多[个家方]?)?|(?:[，,]?共计?)?[一二三四五六七八九十\d]+[个家大]?|多[个家方]?)(?:有关|相关|重点|涉[\u4e00-\u9fff])?(?:政府|[省市县区旗]直)?(?:职能|成员|行政执法|执法|综治成员|联席)?"
         r"(?:部门和单位|部门单位|部门|单位|机构|部委局|部委|力量)"
         # (a class of places joined after the 等-phrase: "…、峃口镇人民政府等部门、乡镇在…开展" (http://xs.66wz.com/xs/system/2021/02/03/
         # 013978762.shtml): the towns the bodies act with, part of the closing phrase)
         r"(?:、(?:乡镇|镇街|街道|社区|村居))?|等[\u4e00-\u9fff]{2,12}?(?:专班|工作组|小组|指挥部)成员单位"
         # (places counted after the last, each standing for its own body: "…联合与海淀接壤的门头沟、朝阳、丰台等6区,签订联动执法合作
         # 协议" (fresh31's 海淀))
         r"|等[\d一二三四五六七八九十]{1,2}个?(?:区|县|市|旗)(?![\u4e00-\u9fff]{0,3}(?:局|委|办|政府|部门|单位))"
         # (a mechanism named in quotes: "…、清源街道林长办等“林长+警长”联勤联动成员单位组成的…" (fresh30's 丰泽))
         r"|等“[^“”，,。；;]{1,12}”[\u4e00-\u9fff]{0,8}?成员单位"
         # (the bodies' sections, no 等: "…、市质监局相关执法部门,…" (http://mcjidi.com/ninfo.asp?id=63126))
         r"|(?<=[局委办所队站])(?:相关|有关)(?:执法|职能)(?:部门|单位)"
         # (a bare 等 right before the action: "…、消防中心、郑州公用城联公司等开展燃气安全联合执法行动" (tasks31's 郑东,
         # http://mttkb.830036.com/kjkx/2023/0708/59669.html))
         # (only after a body's name: "利用妇女之家、图书馆、网络课堂等开展…培训" (sample 003, line 4483) lists places)
         r"|(?<=[局委办所队站心司])等(?=(?:共同|联合)?(?:开展|展开|进行)))")
# a class or staff joined after the list ("…等部门和各乡镇党委、政府", "…及曾都区、随州高新区的有关单位", "…及气站技术人员");
# only after a whole name or the 等-phrase, so the 和 inside 区城市管理和综合执法局 joins nothing
# (and "…、高速交警及全县客货运企业负责人" (fresh17's 山阴): the persons invited are no unit)
# (and experts taken along: "…、消防救援支队及城镇燃气领域安全专家,成立专项检查组", fresh19's 宿州)
# (and auxiliary police: "…、市场中心及村(社区)辅警等多方力量" (http://m.ycrmtzx.cn/p/111639.html): persons, no unit)
# (never across a named body joined before the staff: "…派出所积极联合秀英区农林局和综合执法局及乡镇执法人员开展…" (fresh36's 海口):
# 综合执法局 is a partner, the town staff after it persons)
_CLASS = (r"(?P<cls>各[^，,。；;]{1,30}?|[^，,。；;]{1,20}?(?:有关|相关)(?:部门|单位)|"
          r"(?![^，,。；;、]{0,10}?[局委办所队站心院厅][和及])[^，,。；;、]{1,12}?(?:人员|负责人|专家|辅警|协警))")
# the head count of the staff the bodies sent: "联合农技、农机等部门共20余人,成立8个工作专班" (fresh19's 罗店)
# ("…联合交警大队共出动执法队员30余人,环卫处职工200余人,主要对…" (https://www.dongliao.gov.cn/xxgk/zwwgk/fwgk/202203/
# t20220310_600692.html): the count closes the list, whatever the clause after it says)
_HEADCOUNT = r"(?:共(?:计)?(?:出动|抽调|派出)?[\u4e00-\u9fff]{0,4}?[\d一二三四五六七八九十百]+[余多]?(?:名|人|个)(?:次)?(?:工作人员|执法人员|人员)?)"
# an adverb between the list and its action: "…等部门先后到…开展" (清远), "…联合医疗保障部门迅速组织对…进行联合检查" (孝南),
# "…交警九大队,分别在…开展" (阳山) — fresh19; and a verb of focus opening the action: "…联合市场监管所聚焦电梯安全领域,开展…" (上街)
# (after a comma, any short adverb before 开展: "…联合乌达区公安分局,突击开展打击…" (https://daluzixun.com/news/1639451639218319))
# (and the manner words of a report: "…联合住建、交通等部门,重点对施工工地…进行全面排查" (fresh23's 夷陵), "…平安办联合辖区派出所、
# 应急管理部门扎实开展…" (fresh23's 奉新))
_ACT_ADVERB = r"(?:先后|分别|迅速|随即|立即|及时|积极|主动|近日|重点|扎实|认真|切实|大力|全力|不定期|定期)?"
# (and the parts the work is split into: "…联合执法中队分区域、分地段、全方位、无死角排查…" (fresh26's 郑东 街道), "…分片开展")
# (a comma after the closing 等-phrase ends the list whatever follows: "市城管局联合工商、交通等多个部门,每天派出300多人,…"
# (http://www.yangjiang.gov.cn/zwgk/ztzl/cjgjwscs/content/post_137467.html); and 重拳 opening the action: "…联合市公安局、
# 市农牧业行政执法大队林草中队重拳出击" (http://xzfxzy.com/News/show/1284231.html), "…等相关职能部门重拳出击" (隆回,
# http://furuntx.com/p/103759.html))
# the staff the bodies sent and the hardship they braved, before the group they formed: "组织县环保局、…及农业综合服务中心成员
# 冒着炎热高温天气,组成联合执法队" (fresh25's 太湖), "…执法人员顶着烈日,组成…"; only before 组成 / 成立 / 组建 after the comma
# (and before what they did after the comma: "…联合通海县秀山自然保护区管护局工作人员头顶烈日、翻山越岭,对涉及…的部分核心保护区、
# 实验区进行了武装巡护" (fresh35's 通海))
_HARDSHIP = r"(?:(?:(?:工作|执法|技术)?(?:成员|人员)|干部|队员|民警|辅警)(?:冒着|顶着|头顶|不顾|克服)[^，,。；;]{1,12}?(?=[，,](?:组成|成立|组建|对|深入|前往|赴)))"
# (共出动 after the comma closes the list as 出动 does: "…联合区执法局、社区片长,共出动20多人,对…" (fresh27's 西南街))
_ACTION = re.compile(
    r"(?:" + _TAIL + r"(?:的)?(?:工作|执法(?=人员|力量)|技术)?(?:人员|力量)?)?(?:(?<=[局委办所队站心院部会处室门位构警])[和及]" + _CLASS + r"(?:" + _TAIL + r")?)?"
    + _HEADCOUNT + r"?" + _HARDSHIP + r"?[，,]?"
    r"(?=(?<=[人名次][，,])|(?<=(?:部门|单位|力量)[，,])|(?<=[\d一二三四五六七八九十][区县市旗][，,])|(?<=[，,])(?:并|同时)?协同|(?<=[，,])[\u4e00-\u9fff]{1,4}?(?:开展|展开|进行)|" + _ACT_ADVERB + r"(?:共同|联合|集中|全面|深入|再次|持续|同步|组成|构成(?=[\u4e00-\u9fff]{0,6}?组)|成立|开展|展开|启动|进行|实施|针对|对|按照|根据|在|从|于|自(?=[\d一二三四五六七八九十]{1,4}[年月日])|赴|前往|重拳|"
    r"抽调|起草|制定|研究|召开|举行|举办|部署|隆重|一行|齐聚|共计|共?出动|组织|组建|依法|采取|围绕|聚焦|走访|督查|检查|排查|整治|严厉|严格|坚决|打击|"
    # (the means the bodies work by, before the action after a comma: "该局…会同相关职能部门通过定期、不定期和定点、流动巡查的方式,
    # 开展联合执法" (fresh24's 泰州), "与市优化经济环境办公室于8月4日下午、8月5日上午,通过采取“看”…形式,对…进行暗访督查"
    # (https://www.hljszw.org.cn/home/book/info/get_id/303792.html))
    r"通过(?=[^，,。；;]{1,40}?(?:方式|形式|手段|途径))|"
    # (staff the bodies hire together: "鹰潭市市场监管局联合市教育局聘请78名…业务骨干,作为…" (fresh28's 鹰潭))
    # (部署 the work with the bodies convened: "…召集县公安、…、电台及相关乡镇部署安排,开展…" (fresh31's 新干))
    r"(?:聘请|选聘|聘任)(?=[\d一二三四五六七八九十百]+名)|"
    r"分(?:区域|地段|片区?|路段|时段)|"
    # (执法 itself after the closing 等-phrase: "中国海监海南省总队(以下简称“省总队”)联合多部门执法,严厉打击非法采砂行为" (fresh36's
    # 海南 海监); never the name of a squad or of its staff)
    r"(?<=部门|单位|力量)执法(?!大队|支队|中队|总队|人员|队员|局|队)|"
    # (来 as 到 after a body's name: "市林政稽查办联合宝山林业站来金山检查" (fresh30's 金山))
    r"(?:到|(?<=[局委办所队站心院厅])来)(?=[^，,。；;]{2,30}?(?:开展|进行|检查|督导|督查|核实|核查))))")
_CLASS_WORD = re.compile(r"^(?:社区|村|村居|村组|乡镇|镇村|街道|村\(居\)|村（居）|企业|学校|多(?:个|家)?(?:部门|单位))$")  # "…、社区等多部门": a class
# words no body's name holds: "区残联组织拟受助残疾儿童到定点康复评估机构进行评估" lists no bodies
# (and a way of working: "宿松縣采取省際聯合與部門聯動相結合方式,組織跨區域多部門執法力量…" (fresh22's 宿松): 采取 names no body)
# (and the role a body plays, never its name: "该局充分发挥部门联动协调作用,会同…" (fresh24's 泰州) reads no "该局充分发挥部门")
_NOT_BODY = re.compile(r"负责|[拟到向把将被的]|进行|鼓励|推动|开展|采取|发挥")
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# no field: a class, an action, or a verb glued to the first field ("联合公安、消防…等部门": 联合 is the verb, fresh13's 中子)
# ("共与公安、公商等部门联合执法6次": 共 is "in all", fresh16's 贞丰)
# (跨区域 / 跨部门 are a scope, no field: "组织跨区域多部门执法力量" (fresh22's 宿松))
# (a verb setting a mechanism up glued to the first field: "建立公安、城市管理部门联合执法工作机制" (fresh32's 重庆 plan))
_NOT_FIELD = re.compile(r"有关|相关|其他|开展|进行|^(?:联合|会同|组织|牵头|建立|健全|完善)|^[共并]与|^跨")
# ("组织蕲春县公安局、县市场监督管理局相关人员,开展…" (http://www.ctfzzz.com/show-8-42771-1.html): the body's staff)
# (and police officers: "碧涌镇执法队、派出所民警、市场监管所等多部门开展联合行动" (http://www.zhijiangrongmei.cn/content/12396035):
# the officers stand for their station)
_STAFF = re.compile(r"(?:相关|有关)?(?:专业)?(?:技术|工作|执法|专业)?(?:人员|干部|同志|骨干|专家|成员)$|(?:相关)?(?:责任人|负责人)$|"
                    # (officers and auxiliaries together: "…和辖区派出所民辅警共同组成的巡护队" (http://www.5aisb.com/internet/2023/0319/
                    # 10971.html))
                    r"民辅警$|(?:辅警|协警)$|民警$|"
                    # (a community's own staff: "…联合区执法局、社区片长,共出动20多人" (fresh27's 西南街))
                    r"(?:片长|网格员|楼栋长|楼长)$|"
                    # (and a village's activists: "…、村治安积极分子等组成的义务巡逻队" (tasks39's 三家馆))
                    r"积极分子$")


# a named village doing its share ("…资产公司和金栅桥村分别负责") is a unit of the list (fresh3's 迁西 rule)
# (and a named community: "塘下办事处和赵宅社区属地管理"; a town's school or clinic: "镇中心校、卫生院")
_VILLAGE = re.compile(r"^(?!各|本|所在|辖区|相关|有关)(?:[\u4e00-\u9fff]{2,5}(?:村|社区|社群)|[\u4e00-\u9fff]{1,6}(?:中心校|中心学校|中学|小学|卫生院))$")
# "南京路街道办事处", "书院街道办事处": a street office named by its street is a unit (各街道办事处 is a class)
# (and "嫘祖镇村镇办": a named town's own office)
_NAMED_OFFICE = re.compile(r"^(?!各|本|所在|所属|下属|属地|辖区|相关|有关|周边)(?:[\u4e00-\u9fff]{2,6}街道办事处|[\u4e00-\u9fff]{2,4}[镇乡][\u4e00-\u9fff]{1,4}办)$")


# "郑州市中原区百花艺术小学联合郑州市中原区市场监管局林山寨所" (fresh16's 中原区): a school named with its place acts as a body
_NAMED_SCHOOL = re.compile(r"^(?![全本各所辖相有])(?!.*各)(?:[\u4e00-\u9fff]{2,8}?[省市州县区]){1,3}[\u4e00-\u9fff]{2,8}(?:小学|中学|学校|幼儿园)$")


# "凤冈县天桥镇联合辖区内市管分局、…" (fresh18's 天桥): a town named with its county acts as a body (_TOWN takes the bare name)
# (a town named 古城 / 新城 after its county: "甘肃静宁县古城镇" (fresh32's 隆德); 城镇 alone after the county stays out)
# (a town's name of five or six characters: "新疆生产建设兵团第十四师皮山农场联合皮山县科克铁热克镇…共同举办兵地联谊活动" (http://www.bt.chinanews.com.cn/
# shehui/2023-05-06/doc-ihcpafep6637971.shtml))
_NAMED_TOWN = re.compile(r"^(?![全本各所辖相有该])(?:[\u4e00-\u9fff]{2,8}?[省市州县区旗]){1,3}(?:[\u4e00-\u9fff]{2,6}(?<![城各乡])|[\u4e00-\u9fff]城)[镇乡]$")


# a body printed with its other name in brackets: "…、消防救援大队、经信局(商务局)、八廓街道办事处等单位" (fresh21's 拉萨城关,
# one bureau under two names): one unit, named as printed
_ALIASED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,16})[（(](?P<alias>[\u4e00-\u9fff]{2,10}[局委办厅])[）)]$")


# a county's body printed with its city (and province) before it: "昭通市昭阳区龙泉街道办事处" (fresh22's 昭阳) is a unit as
# printed when the county's body is one (stop 18's convention: the city stays in the name)
_CITY_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,6}?[省市州盟](?![省市州盟])(?P<name>[\u4e00-\u9fff]{2,4}?[县区旗][\u4e00-\u9fff（）()]{2,20})$")


# a converter's garble standing for one character inside a name: "锡尼河?xùn)|苏木人民政府" (fresh29's 鄂温克, 东 printed as
# ?xùn)|): the name is read with one character in its place and kept as printed
_GARBLE = re.compile(r"(?<=[\u4e00-\u9fff])\?[^\u4e00-\u9fff\s、，,。；;（(?]{1,6}(?=[\u4e00-\u9fff])")


# an office's short name printed in quotes: "吴川市“三打办”、兰石镇“三打办”联合该市水务、国土、公安等部门…" (fresh25's 吴川 converter
# page; its gold keeps the quotes in the names): the name is read without its quotes and kept as printed
_QUOTED = re.compile(r"[“\"]([\u4e00-\u9fff]{2,8})[”\"]")


def _unit(name: str) -> bool:
    if ("“" in name or '"' in name) and _QUOTED.search(name):
        return _unit(_QUOTED.sub(r"\1", name))
    if "?" in name and _GARBLE.search(name):
        return _unit(_GARBLE.sub("某", name))
    if (m := _ALIASED.match(name)) and _unit(m["name"]):
        return True
    if (m := _CITY_FIRST.match(name)) and _unit(m["name"]):
        return True
    return is_unit(name) or bool(_NAMED_OFFICE.match(name) or _NAMED_SCHOOL.match(name) or _NAMED_TOWN.match(name))


# (市场监督管理局 opens with 市场, no level: "于都县市场监督管理局" keeps its county, fresh15)
_LEVEL_START = re.compile(r"^(?:[省县区镇乡]|市(?!场))")


def _body_of_staff(item: str) -> str:
    """"县疾控中心专业技术人员" → "县疾控中心": staff named with their body stand for it (a name of four characters or more;
    "气站技术人员" stays staff)."""
    body = _STAFF.sub("", item)
    # (a police station's officers: "派出所民警" → "派出所", the bare station a unit as every set records it)
    # (and a short name with its level: "县市场监管局联合县教委工作人员前往…" (fresh27's 石柱) → "县教委")
    return body if body != item and (len(body) >= 4 or item.endswith(("民警", "民辅警")) or len(body) == 3 and _LEVEL_START.match(body)) \
        and (_unit(body) or _SCOPED_BODY.match(body)) else item


# "联合对竹镇、勍香镇政府开展…" (汾西, fresh15): towns listed before the last one's 政府 share it, as fields share 部门
_TOWN = re.compile(r"^[\u4e00-\u9fff]{2,6}[镇乡]$")
_TOWN_ORGAN = re.compile(r"^[\u4e00-\u9fff]{2,6}[镇乡](?P<organ>人民政府|政府)$")


def _shared_organ(items: list[str]) -> list[str]:
    """Bare towns before a town's 政府 at the end of a list, each given the organ."""
    m = _TOWN_ORGAN.match(items[-1]) if len(items) >= 2 else None
    if not (m and all(_TOWN.match(x) for x in items[:-1])):
        return items
    return [x + m["organ"] for x in items[:-1]] + items[-1:]


# a county whose name opens with a joining word: "呼和浩特市公安局和林格尔县公安局环食药侦大队联合相关执法部门开展…" (fresh27's 和林格尔):
# the 和 of 和林格尔县 joins nothing (和平区, 和顺县, 和田县 …: kg/data/counties.tsv)
_JOINER_COUNTY = None


def _joiner_county() -> re.Pattern:
    global _JOINER_COUNTY
    if _JOINER_COUNTY is None:
        names = sorted((x for x in county_names() if x[0] == "和"), key=len, reverse=True)
        _JOINER_COUNTY = re.compile(r"(?<=[局委办所队站心院部会处室司门])(?=" + "|".join(map(re.escape, names)) + r")和")
    return _JOINER_COUNTY


def _list_items(text: str) -> list[str]:
    protected = _joiner_county().sub("\x00", text)
    if protected != text:
        return [x.replace("\x00", "和") for x in _list_items_of(protected)]  # (the joining word restored as printed)
    return _list_items_of(text)


_BRACKETED = re.compile(r"[(（][^(（)）]*[)）]")
_SHIELD = str.maketrans("、，,", "\x01\x02\x03")
_UNSHIELD = str.maketrans("\x01\x02\x03", "、，,")


def _list_items_of(text: str) -> list[str]:
    # ("…、龙文区教育局以及芗城区巷口派出所等部门": 以及 joins the last name as 和 / 及 do, fresh14's 漳州)
    # (and after a named town or street: "…、老池镇及辖区派出所" (fresh17's 船山), "联合街道以及区住建局" (fresh17's 前进区))
    # (and a named community: "…、海福新城社区以及物业单位", fresh17's 海虞)
    # (and a named school: "…、平口镇中心学校及平口镇中学护校队", fresh18's 平口)
    # (and after a town's government: "组织县环保局、城市执法大队、晋熙镇政府及农业综合服务中心成员…" (fresh25's 太湖); 政府及其
    # 部门 stays whole)
    # ("休宁县劳动和社会保障局局与建委…" (fresh19's 休宁): a name's last character printed twice is the page's slip)
    # (以及 after a body named by its field too: "…、社发、应急以及华润燃气等6家部门和单位", fresh18's 前湾)
    # (和 before a class, after any name, and no 、 inside brackets: "组织区森林公安、森林消防和各镇(街、场)林业站开展的…"
    # (fresh22's 集美)) (and before a class of related bodies: "…、报社、电台及相关乡镇部署安排" (fresh31's 新干))
    # (an adverb before 与: "…执法支队杭锦旗大队积极与市交管支队机动勤务大队、杭锦旗交管大队等多部门联合执法"
    # (http://news.43b.com.cn/tag_298282))
    # (and the future's 将: "睢宁县交通运输局将与公安局、城管局、市监局等部门组成联合执法组" (http://nbjinyuxuan.cn/jishi/2020/0619/
    # 384781.html))
    # (and after a named farm: "是第十三师红星一场和哈密市陶家宫镇合办的" (fresh32's 兵团 page); 市场和 stays whole, 市场和质量监督管理局)
    # (and after a body of the forest's or road's keepers: "县森林公安局、县天然林管护单位和厅属华坪木材检查站等相关执法部门密切配合"
    # (fresh37's 华坪; its gold: each cooperates))
    # (a separator inside a bracket pair splits nothing: "各镇(街、场)"; a converter's garble holding a lone closing bracket,
    # "…融媒体中心及锡尼河?xùn)|苏木人民政府" (fresh29's 鄂温克, 东 printed as ?xùn)|), shields none of the separators before it)
    text = _BRACKETED.sub(lambda m: m[0].translate(_SHIELD), text)
    items = [_body_of_staff(re.sub(r"([局委办厅])\1$", r"\1", x.translate(_UNSHIELD))) for x in re.split(r"[、，,]|以及|(?:(?<=[局委办所队站心院部会处室司村门员人镇道校])|(?<=社区)|(?<=农场|林场|牧场|验场|[一二三四五六七八九十]场|小学|中学)|(?<=管护单位|养护单位|管理单位))(?:积极|主动|还将|将)?[和及与]|(?<=[镇乡]政府)[和及](?!其)|[和及](?=各|相关|有关)", text) if x]
    # (two bodies named by their field joined by 和 / 及: "营口南楼经济开发区组织国土和公安等相关职能部门对…开展…" (fresh22's 营口);
    # only where both sides are field names, so 住房和城乡建设 stays one)
    items = [y for x in items for y in (re.split(r"[和及]", x) if re.fullmatch(r"[^和及]{2,8}[和及][^和及]{2,8}", x)
                                        and all(_FIELD_NAME.match(z) for z in re.split(r"[和及]", x)) else [x])]
    # (该 pointing back to the place the report named, before a partner: "亭亮镇乡村建设管理中心联合该镇派出所,对…" (fresh22's
    # 宁明): the town's 镇派出所, as 该县 before a subject)
    # (but before a body named by its field alone, 该市 is the place of the whole list, no part of the field: "…联合该市水务、国土、
    # 公安等部门" (fresh25's 吴川; its gold: 水务))
    items = [x[2:] if re.match(r"^该[县市区镇乡旗]", x) and _FIELD_NAME.match(x[2:]) else x for x in items]
    items = _shared_organ([re.sub(r"^该(?=[县市区镇乡旗][\u4e00-\u9fff]{2})", "", x) for x in items])
    # (a body's role in the place's work printed before its name: "砖井镇会同县林业局、安边森林派出所、包抓责任部门县应急管理局开展…"
    # (tasks31's 定边, https://www.fabugov.com/html/fabuting/yulin/yl_xianquliangdian/2023/0227/26329.html): no part of it)
    items = [re.sub(r"^(?:包抓|包保|包联)(?:责任)?(?:部门|单位)(?=[县市区镇乡省][\u4e00-\u9fff]{3})", "", x) for x in items]
    # (two bodies printed without a separator, the second named by where it serves: "…、市场局辖区派出所联合对…" (fresh24's
    # 涡阳): the named bureau, then whichever station covers the place, a class (_SCOPED_BODY))
    items = [y for x in items for y in re.split(r"(?<=[\u4e00-\u9fff]{2}[局委办])(?=(?:辖区|属地)(?![内各])[\u4e00-\u9fff]{2,6}$)", x)]
    # a unit keeps its name as printed, the place before it included (the integrator's convention of stop 18): "玉林市陆川县
    # 市场监督管理局与县教育局…" (fresh14's 陆川), "江西共青城市市监局、农林水务局…等单位联合开展" and "仓山区对湖街道、金山街道联合…"
    # (fresh12's 共青城 and 仓山, their gold aligned to it) — no place is cut from the first body of a list
    return items


_BARE_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def _shared_department(items: list[str]) -> list[str]:
    """Fields listed bare before the last one's 部门, each named bare (the 部门 is the whole list's); as printed otherwise."""
    if len(items) < 2 or not items[-1].endswith("部门"):
        return items
    fields = items[:-1] + [items[-1][:-2]]
    if all(_BARE_FIELD.match(x) and not _NAME_END.search(x) and not is_generic(x) and not _NOT_FIELD.search(x)
           and not x.startswith(("各", "该", "本", "我")) for x in fields):
        return fields
    return items


# "福州市海洋与渔业执法支队牵头辖区沿海各县级渔业执法机构开展…" (fresh15): a class with its scope printed before 各
_SCOPED_CLASS = re.compile(r"^(?:辖区|全[省市县区镇]|本[省市县区镇]|沿海|沿江|沿河|所属|下属|属地)+各")


# a body named by where it serves, no place of its own: whichever office covers the place names no unit, a class:
# "属地街道" (fresh17's 永川), "辖区派出所" (fresh17's 船山, fresh23's 仰山; the integrator's convention of stop 18, fresh13's
# 伏龙坪 aligned to it), "所在地工商所" (fresh15's 虹口); a body with a name of its own stays one: "东城派出所"
# (辖区内 / 辖区各 say where the partners are or are a class: _SCOPE and _SCOPED_CLASS)
_SCOPED_BODY = re.compile(r"^(?:属地|所在地?|辖区(?![内各]))(?![\u4e00-\u9fff]*[省市县区镇乡](?:[\u4e00-\u9fff]{2,}))[\u4e00-\u9fff]{2,8}$")


# places listed bare before one that carries the body's name they all share: "…联合市水务执法总队、汉川、东西湖、硚口、江汉水政大队、
# 武汉市公安局水上分局…" (fresh25's 蔡甸, https://ycrusher.com/news/145373.html; four brigades, its README: each named as printed
# between the separators); two bare places or more, the last item a short place and a brigade's, station's or bureau's name
# (and a corps: "…联合内蒙古、西藏、青海、宁夏、新疆、兵团交警总队,…开展…" (fresh33's 甘肃, https://fcgxiehui.com/shnews/2024-08/20/
# content_506511021.htm))
_SUFFIXED = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?P<suffix>[\u4e00-\u9fff]{2,6}(?:总队|大队|支队|中队|派出所|所|站|局))$")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


# (and any run of places, one or more, bare or with their level, before the last one's body: "…组织通州、廊坊支队开展跨区域联合执法
# 行动" (tasks31's 武清, http://www.tjwq.gov.cn), "…牵头,联合北京、天津、山西、内蒙古公安交管部门开展…" (tasks31's 河北), "由…监督局组织,
# 乌鲁木齐市、吐鲁番市、昌吉回族自治州文化市场综合执法部门抽调精兵强将,组成…" (tasks31's 乌鲁木齐): each named as printed, as the
# brigades above; each place of the run a division's name (kg/data/counties.tsv), the last item a place and a body's name: a force,
# a station, a bureau or a 部门)
_LEVELLED_PLACE = re.compile(r"^[一-鿿]{2,7}[省市州县区旗盟]$")
_PLACE_THEN_BODY = re.compile(r"^(?:[一-鿿]{2,3}|[一-鿿]{2,7}[省市州县区旗盟])[一-鿿]{0,12}(?:大队|支队|中队|派出所|所|站|局|部门)$")


def _sharing_suffix(items: list[str]) -> set[int]:
    """The indexes of the bare places that share the name of the item after them (see above)."""
    shared, run = set(), []
    for at, item in enumerate(items):
        if ((_BARE_NAME.match(item) or _LEVELLED_PLACE.match(item)) and not _FIELD_NAME.match(item) and not _unit(item)
                and not _NOT_FIELD.search(item) and not _CLASS_WORD.match(item) and not is_generic(item)):
            run.append(at)
            continue
        m = _SUFFIXED.match(item)
        if (len(run) >= 2 and m and _unit(item)
                or run and at == len(items) - 1 and _PLACE_THEN_BODY.match(item) and (_unit(item) or item.endswith("部门"))
                and all(items[x] in division_levels() for x in run)):
            shared.update(run)
        run = []
    return shared


def _bodies(text: str, closed: bool, generic_ok: bool = False) -> tuple[list[str], list[str]] | None:
    """The bodies of a list: named units; with a closing 等-phrase, also fields ("公安", "市场监管") and named
    places' offices ("季庙社区"); staff joined to the list are dropped; None when an item is neither."""
    units, generic = [], []
    items = _list_items(text)
    # (fields sharing one 部门 printed after the last: "由太原市迎泽区执法分局牵头,联合交警、交通、环卫部门组成夜查队" (fresh20's 迎泽):
    # each field named bare, as before 等部门 (other_districts/README.md, stop 20); a list holding a body's name keeps it:
    # "联合辖区派出所、应急管理部门" (fresh23's 仰山))
    fields = _shared_department(items)
    if fields is not items:
        return fields, []
    # (and before a class joined after them: "组织公安、交通、市场监管部门和相关镇(街道)开展联合检查" (fresh22's 绵竹): the fields bare,
    # the class generic)
    if len(items) > 2 and (is_generic(items[-1]) or _BODY_CLASS.match(items[-1])) and items[-2].endswith("部门") and "等" not in items[-2]:
        fields = _shared_department(items[:-1])
        if fields is not items[:-1]:
            return fields, [items[-1]]
    # (two fields printed with no mark between them before the closing 等-phrase: "海淀分局会同交通城管等部门全力开展联合执法…"
    # (fresh34's 海淀; the page's own translation reads "transportation and urban management departments"): two fields, each bare)
    if closed:
        items = [x for item in items for x in _glued_fields(item)]
    shared = _sharing_suffix(items)
    for at, item in enumerate(items):
        if at in shared:
            units.append(item)
            continue
        # (the one 局 printed after the last of a run of places is the whole run's: "宕昌县局将与岷县、舟曲县局联合…" (fresh38's 宕昌);
        # each place is a unit, the last named as printed (decision B, stop 25: 岷县, 舟曲县局; the shared 局 goes on each place's
        # canonical, kg/extract/task_record.py's shared_organ_canonicals))
        if at and at == len(items) - 1 and at - 1 in shared and item.endswith("局") and item[:-1] in division_levels():
            units.append(item)
            continue
        # (a brigade named with its city and detachment runs longer: "鄂尔多斯市交通运输综合行政执法支队杭锦旗大队", 22)
        if "等" in item or len(item) > 20 and not (len(item) <= 26 and _unit(item)) or _NOT_BODY.search(item):
            return None
        if _STAFF.search(item) or _PERSON.search(item):
            continue
        # (in an open list only, as is_generic's classes: "…、供电所、物业公司等单位成立联合安全检查组" (fresh12's 辽宁 机关) names
        # the compound's own company)
        if _KIND_OF_BODY.match(item) and not closed:
            generic.append(item)
        elif _COMMITTEE.match(item):
            units.append(item)
        elif _MILITIA.match(item):
            generic.append(item)
        elif (item.startswith("各") or _SCOPED_CLASS.match(item) or _SCOPED_BODY.match(item) or _CLASS_WORD.match(item)
                or _TRADE_KIND.match(item) or is_generic(item) and not closed and not _NAMED_OFFICE.match(item)):
            generic.append(item)
        elif (_unit(item) or _VILLAGE.match(item) or _FIELD_NAME.match(item)
              or _BARE_PLACE.match(item) and _PLACE_ORGAN.match(items[-1]) and _unit(items[-1])
              or closed and _FIELD.match(item) and not _NOT_FIELD.search(item)):
            units.append(item)
        else:
            return None
    # "区综合行政执法局牵头组织多部门对…", "联合有关部门组建…": one class of bodies alone after a named lead is its partners
    # ("组织对相关药品进行统计" names none)
    # ("由驻村工作队联合村(社区)两委组成巡查队伍" (fresh27's 莆美): the kind of body every village has, the partners a class)
    # (and bodies counted, not named: "由嘉興市工商聯會同長三角地區9個城市工商聯聯合主辦的…" (http://www.3gvb.com/News_View.asp?AID=3172;
    # tasks39: X leads, the nine federations a class))
    return (units, generic) if units or generic_ok and (len(generic) == 1 and (_BODY_CLASS.match(generic[0]) or _COUNTED_CLASS.search(generic[0]))
                                                        or generic and all(_KIND_OF_BODY.match(x) for x in generic)) else None


def _glued_fields(item: str) -> list[str]:
    """An item that is two fields printed with no mark between them ("交通城管"), split; any other item as it is."""
    if len(item) < 4 or len(item) > 12 or _FIELD_NAME.match(item) or _unit(item):
        return [item]
    for cut in range(2, len(item) - 1):
        head, tail = item[:cut], item[cut:]
        if _FIELD_NAME.match(head) and _FIELD_NAME.match(tail) and not re.match(r"[市县区]", tail):
            return [head, tail]
    return [item]


_COUNTED_CLASS = re.compile(r"(?:[0-9０-９]+|[两三四五六七八九十]{1,2})[个家](?=[\u4e00-\u9fff]{2})")


# the militia or volunteers in a list of departments: "由公安、城管、…、交警、民兵、食药监、烟草等部门组成的…执法队伍" (fresh28's
# 镇雄; its gold: the militia no unit, a class of persons)
# (and volunteers named by their cause: "…、绥化市公安局庆安森林分局、野生动物保护志愿者等多家单位" (fresh30's 庆安))
_MILITIA = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?)?(?:民兵|志愿者|义工)$")


# businesses named by their kind, no name of their own, among the bodies of a list: "…、消防所、燃气网点等部门单位" (fresh26's
# 塘渡口), "…、社区及物业等多部门" (fresh26's 漳浒寨): whichever outlet or property company, a class (a named one, "XX物业公司",
# ends as a business and stays a unit)
_TRADE_KIND = re.compile(r"^(?:物业|物业单位|物管|商户|业主|[\u4e00-\u9fff]{0,4}(?:网点|门店|商户|经营户|经营者))$")


# the bodies every community or village has, named by their kind alone, among the partners of a report: "…、社区居委会、物业公司
# 联合行动" (fresh27's 华明), "由驻村工作队联合村(社区)两委组成巡查队伍" (fresh27's 莆美), "联合执法中队、城管分队、社区网格开展…"
# (fresh27's 一马路; its README: bare classes, generic) — whichever committee, grid or property company serves the place, no unit
# (a named one stays a unit: "海福新城社区", "XX物业公司"; and one closed by its 等-phrase: _bodies)
_KIND_OF_BODY = re.compile(r"^(?:社区居委会|社区居民委员会|村居委会|村委会|(?:村|社区|村[（(]社区[）)]|村[（(]居[）)]|村居|村社)?两委|社区网格|网格|"
                           r"物业(?:服务)?(?:公司|企业))$")


# a residents' or villagers' committee printed bare in a report's list: "支队联合社发局、派出所、居委会对…" (fresh15's 天津保税)
# (各居委会, 辖区居委会 stay a class)
_COMMITTEE = re.compile(r"^(?!各|本|所在|辖区|相关|有关|全)(?:[\u4e00-\u9fff]{2,6})?(?:居委会|村委会|居民委员会|村民委员会)$")
# bare places before a place's body that ends the list share that body, names as printed: "支队组织连江县、长乐区渔业执法机构开展…"
# (fresh15's 福州)
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}[市县区旗]$")
# (an autonomous prefecture's too: "联合遵义市、毕节市、安顺市、黔南布依族苗族自治州长江流域重点水域禁捕退捕专班共同启动" (fresh30's 清镇))
_PLACE_ORGAN = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[市县区旗]|[\u4e00-\u9fff]{2,8}自治州)(?![\u4e00-\u9fff]*[市县区旗]$)[\u4e00-\u9fff]{2,16}$")


# ("新和縣農業局、種子管理站聯合其他相關部門…進行了兩次全面的執法檢查" (fresh22's 新和): 其他相关部门 is one class too)
# (and a body's members: "…带领区游泳场所夏季开放联席会议成员单位对…进行联合执法检查" (fresh20's 闵行))
# (and 相关执法部门: "…环食药侦大队联合相关执法部门开展烟酒类行业专项执法检查" (fresh27's 和林格尔))
# (and the town where the place lies: "…执法大队联合属地镇政府严格保护…" (fresh28's 文昌): whichever town it is, a class)
_BODY_CLASS = re.compile(r"^(?:(?:辖区|全[省市县区镇]|本[省市县区镇]|沿海|沿江|所属|下属|属地)*各[\u4e00-\u9fff]{1,10}|属地(?:[镇乡]|乡镇|街道|镇街)(?:党委)?(?:人民)?(?:政府|办事处)|(?:[省市县区镇乡]|街道)?(?:其他)?(?:有关|相关|其他|多个?|多家)(?:职能|执法)?(?:部门|单位|机构)|[\u4e00-\u9fff]{2,24}(?:联席会议|领导小组|委员会)成员单位)$")


_NAME_END = re.compile(r"[局委办所队站心院部会处室司村厅]$")


# (and the places the leads named: "联合两镇的市场监管所、派出所" (fresh15's 廊下): the partners of both towns)
# (and the levels the partners are at: "组织市县两级水务、检察、公安…等部门" (fresh20's 张家口))
_SCOPE = re.compile(r"^(?:本?辖区内|区域内|与[\u4e00-\u9fff]{2,8}?(?:接壤|毗邻|相邻|交界)的|[两三四五六双][镇乡县区市省地方]的|[省市县区镇乡]{2,4}[两三四五]级)的?")


_FORMED = re.compile(r"^[，,]?(?:共同|联合)?(?:组成|组建|成立)")


def _cooperating(rest: str) -> tuple[list[str], list[str]] | None:
    """The bodies after the verb, up to the action: the shortest list of bodies that closes where an action word
    begins, but not at a word inside a name that the list goes on after ("区委组织部、…", "对湖街道、…")."""
    # "联合辖区内市管分局、…" (fresh18's 天桥): 辖区内 says where the partners are, no part of a name (辖区派出所, without 内,
    # is whichever station covers the place, a class: _SCOPED_BODY)
    rest = _SCOPE.sub("", rest)
    for m in _ACTION.finditer(rest):
        head, after = rest[: m.start()], rest[m.start():]
        if not head:
            continue
        if re.search(r"[，,。；;“”《》]", head):
            return None
        whole = _list_items(head)[-1:] and _list_items(head)[-1] + re.split(r"[、，,。；;]", after)[0]
        # (never across the action's verb: "…、回民派出所开展人员密集场所、高层住宅…" ends no name in 场所)
        # (nor across 对 after a whole name, the objects listed after it: "检查组一行联合拉萨市应急管理局对西藏志成气体生产有限公司、
        # 高争建材股份有限公司、…进行了检查" (fresh37's 西藏); a name the list goes on after follows a 、: "…、对湖街道")
        if after.startswith("对") and not head.endswith("、") and _unit(_list_items(head)[-1:] and _list_items(head)[-1] or ""):
            pass
        elif (not re.match(_TAIL, after) and re.match(r"[^、，,。；;“”《》]*、", after) and whole and _unit(whole)
                and _NAME_END.search(whole) and not _NOT_BODY.search(whole)):
            continue
        got = _bodies(head, bool(re.match(_TAIL, after)), generic_ok=True)
        # staff of unnamed bodies drawn in to form a group: "邻水县公安局、…、农业农村局等部门联合乡镇工作人员组成联合检查组,共同
        # 开展…" (fresh33's 邻水, http://kjb.sckjw.com.cn/837c19ff697f4933aa0324bc7ee201b1; its gold: the bureaus lead, the town staff are persons): no partner, and the group's name is none
        if got is None and _STAFF.search(head) and _FORMED.match(after):
            return [], []
        if got is None:
            continue
        if m["cls"] and not _STAFF.search(m["cls"]):
            got[1].append(m["cls"])
        return got
    return _units_before_verb(rest)


# a verb of the action that no closing word above knows, read from its first character: "…交通执法支队三大队联合市公安交警五大队
# 打击非法营运" (fresh14's 宣城); only after a run of named units, the longest one the clause begins with
_VERB_START = re.compile(r"^(?:打击|查处|清理|拆除|取缔|查扣|查获|巡逻|巡航|蹲守|设卡|夜查|突击|走进|进驻|入户|上门|联查|联检|宣传|治理|处置|劝导|核查|抽查|暗访|护航)")


def _units_before_verb(rest: str) -> tuple[list[str], list[str]] | None:
    """The named units opening the clause up to a verb of the action (_VERB_START), the longest such run; None when
    there is none."""
    clause = re.split(r"[，,。；;“”《》]", rest)[0]
    best = None
    for m in re.finditer(r"[局委办所队站心院厅部]", clause):
        head, after = clause[: m.end()], clause[m.end():]
        if not _VERB_START.match(after):
            continue
        items = _list_items(head)
        if items and all(_unit(x) and len(x) <= 20 and not _NOT_BODY.search(x) for x in items):
            best = (items, [])
    return best


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
    return rest if (_unit(bare) or _FIELD_NAME.match(bare)) and not (_unit(first) and len(first) - len(bare) < 2) else text


def _after_purpose(text: str) -> str:
    """A purpose run into the subject with no comma between ("为防范交通运输安全事故维护人民生命财产安全交通执法支队三大队",
    fresh14's 宣城): the subject is the longest named unit (at most 16 characters) ending the text that opens with a level
    or a field; the text as it is otherwise."""
    if not text.startswith("为"):
        return text
    for i in range(max(1, len(text) - 16), len(text) - 2):
        tail = text[i:]
        if _unit(tail) and (_LEVEL_START.match(tail) or re.match(_FIELD_NAME.pattern.rstrip("$"), tail)):
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
# it is a unit of a partners' list, _VILLAGE)
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
    head = re.split(r"(?=按照|根据|依据|遵照|依照|结合|围绕|经过|通过|依托|借助|依靠|将[^，,。；;]{2,30}?作为)", opening)[0]
    if head != opening and 4 <= len(head) <= 24 and (_unit(head) or _VILLAGE.match(head)) and not _NOT_BODY.search(head):
        return [head]
    # an official leading one body out, the clause after going on with it: "马连洼街道办事处副主任谢宏伟带领平安建设办公室(安全生产),
    # 会同中关村小型消防站工作人员,对…开展" (https://www.bjwmb.gov.cn/xxgk/wmcj/202202/t20220211_878660.htm): the body led is
    # the subject (its remit in brackets no part of its name), not the official's office
    who = _PERSON_LEADING.match(opening)
    if who and (_OFFICIAL.search(who["who"]) or _LEADERS.search(who["who"])):
        body = re.sub(r"[（(][^（）()]{1,8}[)）]$", "", opening[who.end():])
        if _unit(body) and not _NOT_BODY.search(body) and "、" not in body:
            return [body]
    m = _OPENING.match(opening) if clauses else None
    if not m and (place := _PLACE_FOCUSING.match(opening)):
        return [place["place"]]
    return [m["unit"]] if m and _unit(m["unit"]) and not _NOT_BODY.search(m["unit"]) else None


# a county or city acting by its government, focusing its work before drawing others in: "马关县聚焦违法采伐、运输…等行为,
# 联合文山州林业和草原局、…共同开展…" (https://nginx-maguan.yn.ynurl.com/maguan/site1/mweb/202508/04/c100508.html): the place
# leads as printed (only before 聚焦 / 围绕 / 针对, never 该县 or a class)
# (and before what it strengthens: "清镇市强化执法联动,组织公安、交通、市场监管、农业等重点执法部门不定期开展联合执法检查" (fresh30's 清镇;
# its README: the city leads))
_PLACE_FOCUSING = re.compile(r"^(?![全本该各我])(?P<place>[\u4e00-\u9fff]{2,5}[县市区旗])(?=聚焦|围绕|针对|强化|加强)")


# "华容区河湖办联合武汉东湖高新区水务科、左岭街道河湖长办,葛店开发区河湖办组织开展…" (fresh16's 华容): a comma for the last 、
# of a list already begun, before a name the action follows
_COMMA_PAUSE = re.compile(r"(?<=[局委办所队站心院部科室处])[，,](?=[\u4e00-\u9fff（）()]{2,20}?[局委办所队站心院部科室处](?:组织)?(?:开展|展开|进行))")


def _comma_as_pause(rest: str) -> str:
    head = re.split(r"[，,]", rest, maxsplit=1)[0]
    return _COMMA_PAUSE.sub("、", rest, count=1) if "、" in head else rest


# a list of named units printed with commas, closed by its 等-phrase: "…联合经开区特巡警大队,辖区交警大队,高速交警大队等多部门在…开展"
# (http://jtj.cngy.gov.cn/ygj/News/show/20210311120659294.html): each comma a pause mark
# (and a comma after the first name only, the rest a list with its pause marks: "由泽普县委宣传部牵头,联合县委统战部,县文化体育广播电视和
# 旅游局、公安局、教育局、市场监管局等部门,组织开展…" (fresh27's 泽普))
_COMMA_LIST = re.compile(r"^(?P<list>(?:[\u4e00-\u9fff（）()]{2,20}?[局委办所队站心院部科室处][，,]){1,8}[\u4e00-\u9fff（）()]{2,20}?"
                         r"(?:、[\u4e00-\u9fff（）()]{2,20}?[局委办所队站心院部科室处]){0,8})(?=" + _TAIL + r")")


def commas_closed(rest: str) -> str:
    m = _COMMA_LIST.match(rest)
    return re.sub(r"[，,]", "、", m["list"]) + rest[m.end():] if m else rest


def _named_closed_by_comma(rest: str) -> tuple[list[str], list[str]] | None:
    """Two or more named units (each ending as a body's name does) up to the first comma, whatever the clause after it
    says: "区政府协调区公安分局、交警大队、行政执法局,放弃周末休息,…分成五个整治组开展工作" (fresh23's 沈河); a field or a class
    among them, or one name alone, reads nothing here."""
    head = re.split(r"[，,。；;]", _SCOPE.sub("", rest), maxsplit=1)[0]
    if len(head) == len(rest) or re.search(r"[“”《》]", head):
        return None
    items = _list_items(head)
    # (named towns too: "連城縣人社局聯合北團鎮、文亨鎮,為落戶連城工業園區的重點項目…送上了40多名新員工" (http://www.ghqlgyb.cn/
    # longyan/liancheng/1589944.html; tasks39: the bureau leads, the towns cooperate, as stop 18's 惠阳 `X联动良井镇`))
    if len(items) >= 2 and all(len(x) <= 20 and _unit(x) and (_NAME_END.search(x) or _TOWN.match(x)) and not _NOT_BODY.search(x)
                               and not x.startswith("各") for x in items):
        return items, []
    return None


def _with_shared_place(text: str, lead: list[str], partners: list[str]) -> list[str]:
    """The lead's place kept where a partner prints the same place: "郑州市中原区百花艺术小学联合郑州市中原区市场监管局林山寨所"
    (fresh16's 中原区) names both in full, so the city is part of the names, not where a list of short names is."""
    full = without_when(_ADVERB.sub("", _LEAD_IN.sub("", _LED_BY_HEAD.sub("", text))))
    if len(lead) != 1 or full == lead[0] or not full.endswith(lead[0]) or not _unit(full):
        return lead
    place = full[: -len(lead[0])]
    return [full] if any(p.startswith(place) for p in partners) else lead


# a meeting the bodies host: "此次会议由县林业局联合梅山镇政府共同筹办" (https://www.ahjinzhai.gov.cn/public/6596451/37682188.html):
# a meeting is no task
_MEETING_BY = re.compile(r"^(?:本次|此次|这次)?[\u4e00-\u9fff]{0,8}?会议?由")
# what comes between the verb and the bodies it draws in: the aspect mark ("漳浒寨中队联合了交警、公安、社区及物业等多部门",
# fresh26's 漳浒寨) and the drawing of staff from them ("县住建局燃气办牵头抽调建管股、监察大队、质安站成立联合检查组", fresh26's
# 白河; "县商务局牵头抽调公安、消防、市场监管等部门业务骨干组成检查组"): no part of the first body's name
_DRAWN = re.compile(r"^(?:了(?!解)|(?:抽调|调集|召集)(?=[\u4e00-\u9fff]{2}))")


# a bracket counting what a partner brought, after its name: "…执法大队联合街道保洁队(保洁车辆1台,保洁队员3名)对主次干道进行巡查治理"
# (fresh28's 南市): no part of the list
_COUNTED = re.compile(r"(?<=[局委办所队站心院组])[（(](?=[^（）()]*?[\d一二三四五六七八九十]+[台名人辆艘个])[^（）()]{2,40}[）)]")


# staff of no named body drawn into the action: "桑植县五道水镇交管站联合相关执法人员开展了路面超限超载执法行动" (tasks28's 五道水;
# its gold: the station leads, the staff are persons); a body's staff ("县林业局工作人员") is its body, read above
_STAFF_ONLY = re.compile(r"^(?:相关|有关)?(?:执法|工作|技术|专业)?人员(?=开展|对|进行|深入|前往|赴|一起|一道|共同)")


_OWN_KIND = re.compile(r"(?:大队|中队|支队|总队|分局|派出所)")


def joint_action(sent: str) -> Roles | None:
    """X联合/会同/组织/牵头组织 A、B…等部门 + the action: X leads, A, B … cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        clause = sent[at:]
        if _MEETING_BY.match(clause):
            continue
        for v in _VERB.finditer(clause):
            if v.start() > 40 or re.search(r"[，,。；;]", clause[: v.start()].rstrip("，,")):
                break
            lead = _lead(clause[: v.start()].rstrip("，,"))
            if not lead and at and _CARRIED.match(clause) and _CARRIED.match(clause).end() == v.start():
                lead = opening_lead(re.split(r"[，,]", sent[:at].rstrip("，,")))
            # (a town pointed back to, the report's subject, drawing named partners in: "2021年度,該鎮會同縣路政執法大隊在轄區範圍內共開展
            # 聯合執法2次" (tasks28's 五道水; its gold: 該鎮 leads as printed); never alone ("该镇积极开展…", tasks71)
            pointed = not lead and v[0] in ("会同", "联合") and bool(_TOWN_POINTED.fullmatch(clause[: v.start()]))
            if pointed:
                lead = [clause[: v.start()]]
            if not lead:
                continue
            after = _COUNTED.sub("", _DRAWN.sub("", clause[v.end():]))
            if v[0] in ("组织", "召集") and _CONVENED_MEETING.match(after):
                continue  # a meeting the body calls its partners to is no joint action
            coop = (_cooperating(after) or _cooperating(_comma_as_pause(after))
                    or _cooperating(commas_closed(after)) or _named_closed_by_comma(after))
            # "宝龙街道组织公服、安监、执法、交通、社区等力量,并联合教育、文体执法,深入…" (http://shareonl.com/xxgk/xwzx/lgyw/
            # jddt/content/post_12053526.html): a second list drawn in right after the first, by the same body, cooperates too
            # (and by 协同 after the comma: "…带队联合A、B和三社区工作人员,协同C、D开展…" (http://www.donghe.gov.cn/ywdt/bmjdxx/202512/
            # t20251209_717440.html))
            # (and by a bare 联合 opening the next clause, no subject of its own: "該鎮會同縣路政執法大隊在轄區範圍內共開展聯合執法2次,聯合交警
            # 部門開展路面執法10余次" (tasks28's 五道水; its gold: one task, both cooperate))
            # (never a group named by the word: "…开展联合检查,联合检查组对北极村游客中心…进行了突击检查" (fresh22's 漠河))
            more = re.match(r"[^，,。；;]+[，,](?:(?:并|还|同时)(?:联合|会同)|(?:联合|会同)(?!执法|检查|整治|行动|督查|巡查|[\u4e00-\u9fff]{0,4}?[组队])|"
                            r"(?:并|还|同时)?协同)(?P<rest>[^。；;]+)", clause[v.end():]) if coop else None
            extra = _cooperating(more["rest"]) if more else None
            if extra:
                coop = (coop[0] + [x for x in extra[0] if x not in coop[0]], coop[1] + [x for x in extra[1] if x not in coop[1]])
            # (the lead's own field among the fields it draws in is itself, no partner: "市应急局…统一协调组织公安、交通、应急、市场监管
            # 部门…开展联合检查" (fresh22's 绵竹; its gold: 应急 is the leading bureau's own field))
            # (only a bureau named by that field alone: "城管交通执法大队联合住建、交通等部门" (fresh23's 夷陵) draws in the 交通 bureau)
            if coop and len(lead) == 1 and (own := [x for x in coop[0] if _FIELD_NAME.match(x) and re.fullmatch(
                    rf"(?:[\u4e00-\u9fff]{{2,6}}?[省市州县区旗]|[省市州县区旗])?{re.escape(x)}(?:管理)?[局委办厅]", lead[0])]) \
                    and len(own) < len(coop[0]):
                coop = ([x for x in coop[0] if x not in own], coop[1])
            # (the body's own staff, named by its kind: "东京城分局森侦大队认真研判…,组织大队民警开展森林巡防工作" (fresh38's 东京城; its
            # README: one body's own work, an event) — no partner)
            if coop and coop[0] and not coop[1] and all(_OWN_KIND.fullmatch(x) and x in sent[:at + v.start()] for x in coop[0]):
                continue
            if coop and coop[0] and not coop[1] and all(_COUNTED_TEAMS.match(x) for x in coop[0]):
                continue
            if coop and coop[0] and pointed:
                return Roles.of((lead, []), coop)
            if pointed:
                continue
            if coop:
                lead = _with_shared_place(clause[: v.start()].rstrip("，,"), lead, coop[0])
                return Roles.of((lead, []), coop)
            if v[0] == "联合" and (_BUSINESS.match(after) or _STAFF_ONLY.match(after)):
                # businesses (or staff of no named body) taken along are no units: the body leads alone
                return Roles.of((lead, []))
            # the bodies drawn in named only as many departments: "X(下称Y)牵头组织多部门协作、联勤联动开展…" (tasks31's 海口,
            # http://kingfishertimes.com/zt/14/2022/0601/93931.html): X leads alone, the departments a class
            many = _MANY_DEPARTMENTS.match(after)
            if many and v[0] in ("牵头组织", "组织", "联合"):
                return Roles.of((lead, []), ([], [many["cls"]]))
            classes = _class_partners(after) if v[0] in ("联合", "联动") else None
            if classes is not None:
                return Roles.of((lead, []), ([], classes))
    return None


# the partners a community or street draws in named only by their kind, with the residents and volunteers who join: "黎海社区
# 联合物业及志愿者,重点清理…", "碧海社区联动物业和居民分组作业", "黎苑社区联合“双报到”单位及物业开展全覆盖清扫", "金湖社区…联合共建
# 单位党支部,凝聚…" (https://reportify.cn/news/1214102806944944128, 观山湖区金阳街道; tasks44: the community leads, the kinds
# are generic, persons none): no named body among them, the subject leads alone
_PARTNER_KIND = re.compile(r"^(?:“?双报到”?(?:单位|党组织)|共建单位(?:党支部|党组织)?|(?:小区)?物业(?:公司|企业|服务企业)?|"
                           r"辖区单位|驻区单位|社会组织)$")
_PARTNER_PERSONS = re.compile(r"^(?:志愿者|居民|群众|网格员|楼栋长|党员|社区党员|机关党员)(?:[\d一二三四五六七八九十]+余?人)?$")
_KINDS_END = re.compile(r"(?:等多方力量|等力量)?(?:[\d一二三四五六七八九十]+余?人)?(?=[，,]|开展|分组|重点|共同|深入|对|进行|参与)")


def _class_partners(after: str) -> list[str] | None:
    """The kinds of partner drawn in (generic), when the list names kinds and persons only; None otherwise."""
    end = _KINDS_END.search(after)
    if not end or end.start() > 40:
        return None
    items = [x for x in re.split(r"[、和及与]", after[: end.start()]) if x]
    kinds = [x for x in items if _PARTNER_KIND.match(x)]
    if not kinds or not all(_PARTNER_KIND.match(x) or _PARTNER_PERSONS.match(x) for x in items):
        return None
    return kinds


# (and the level they are of: "莲塘社区联合街道多个部门,对辖区的主次干道…开展环境卫生专项整治行动" (https://szbbsapp.sznews.com/
# thread-4088933-1-1.html; tasks39: the community leads, the departments a class))
# X组织A、B等部门召开联席会议 (http://www.zzswgk.cn/article/58467.html; tasks39: a meeting is no task)
# (and the meeting the body calls alone, 组织召开 one verb: "1月20日,省安委办组织召开安全生产巡查专题培训动员会,对巡查工作进行专题培训
# 和部署" (fresh40's 青海 巡查; its README: a meeting is no task) — the meeting's name is no partner)
_CONVENED_MEETING = re.compile(r"^(?:[^，,。；;]{2,60}?(?:等[^，,。；;]{0,8}?(?:部门|单位))?)?(?:召开|举行)(?:了)?[^，,。；;]{0,16}?(?:会议|会|座谈会)(?=[，,。；;]|$)")
# the body's own teams it sends out, counted: "近日,省森防指办公室再次组织5个明察暗访组,对昆明市、…等7个州、市的森林草原防灭火工作
# 落实情况开展了明察暗访" (fresh40's 云南 通报; its README: one body's past narrative, rule 3), "从8月2日起,省政府组成了9个督查组,对全省
# 18个省辖市…进行实地督查" (http://news.xinxuanze.com.cn/2017/shehui_0807/6501.html) — no partner
_COUNTED_TEAMS = re.compile(r"^[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{1,10}?(?:组|队|小组|专班|工作组)$")


_MANY_DEPARTMENTS = re.compile(r"^(?P<cls>(?:街道|[镇乡区县市]级?)?多(?:个|家)?(?:职能)?部门)(?=协作|协同|联合|共同|联勤|开展|展开|[，,])")


# a report's sentence opening with 联合 / 会同, its subject unprinted: "联合公安、市场监管等部门力量,开展场镇违建专项整治行动"
# (fresh24's 绵阳 town, whose name the excerpt never prints; its README: no lead, the partners cooperate); only a list closed
# by its 等-phrase, so a plan's "联合有关部门开展…" reads nothing here
_UNPRINTED_SUBJECT = re.compile(r"^(?:联合|会同)(?P<rest>[^，,。；;]{2,60}?" + _TAIL + r")")


def partners_without_subject(sent: str) -> Roles | None:
    """联合A、B等部门(力量),开展…: no subject printed, no lead; the partners cooperate."""
    m = _UNPRINTED_SUBJECT.match(without_when(sent))
    coop = m and _cooperating(without_when(sent)[2:])
    if not coop or not coop[0]:
        return None
    return Roles.of(cooperate=coop)


# a body's action that others take part in: "雨山公安分局在長江雨山區水域開展打擊非法捕撈聯動執法巡查行動,雨山區禁捕辦、農業農村水利局、
# 采石街道、城管中隊以及市漁政執法大隊等有關部門參加" (fresh24's 雨山; its README: X leads, the bodies taking part cooperate, as
# 由X牵头…Y参加 reads)
_JOINED_ACTION = re.compile(r"^(?P<lead>[^，,。；;在]{2,30}?)在[^，,。；;]{1,30}?(?:组织)?(?:开展|展开)[^，,。；;]{2,40}?"
                            r"(?:行动|检查|整治|巡查)[，,](?P<coop>[^，,。；;]{2,120}?)(?P<tail>" + _TAIL + r")?(?:共同)?参加(?!了?[^，,。；;]{0,20}?会)")


def action_taken_part_in(sent: str) -> Roles | None:
    """X在…开展…行动,A、B等有关部门参加: X leads, A, B cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _JOINED_ACTION.match(sent[at:])
        lead = m and _lead(m["lead"])
        got = lead and _bodies(m["coop"], bool(m["tail"]))
        if got and got[0]:
            return Roles.of((lead, []), got)
    return None


# the staff of several bodies acting together in a joint action: "市禁捕辦、市農業綜合行政執法支隊、市公安局森警支隊、三區禁捕辦、
# 沿河各街道辦的相關工作人員一起登上了執法船,對…開展聯合執法行動" (fresh24's 邵阳): none leads, the bodies cooperate
# (and staff gathering before they join hands: "新兴街道综合执法中队、市场监管所、安监站、派出所、交警中队的执法人员在文昌菜场东侧集合,
# “联手”对文昌路开展集中整治" (http://nhhistory.zjol.com.cn/nhnews/system/2019/04/10/031577776.shtml))
_STAFF_TOGETHER = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)的(?:相关|有关)?(?:工作|执法)?人员(?:一起|一道|共同|在[^，,。；;]{1,20}?集合)"
                             r"(?=[^。；;]{0,60}?(?:联合|联手))")


def staff_together(sent: str) -> Roles | None:
    """A、B、C的相关工作人员一起…开展联合…: the bodies cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _STAFF_TOGETHER.match(without_when(sent[at:]))
        got = m and _bodies(m["list"], False)
        if got and len(got[0]) >= 2:
            return Roles.of(cooperate=got)
    return None


# a business taken along, no unit: "交管部门联合保险公司强化交通事故“快勘、快处、快撤”" (fresh21's 武汉, its README: the bureau
# leads alone)
_BUSINESS = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:有限公司|公司|集团)(?:等(?:企业|单位)?)?(?=[\u4e00-\u9fff]{2})(?!的|和|及|与|、)")


# also "A、B、C组成联合检查组" (a team the bodies form, fresh13's 恭城 / 青海) and "A、B…等相关职能部门在全县范围内开展…联合宣传
# 整治行动" (崇阳: the joint action named later in the clause)
# (a team of any name: "…组成联合排查整治组" (fresh17's 西城), "由A、B、C及辖区派出所组成集中整治执法工作小组" (fresh17's 船山);
# never a 领导小组, whose members the duty styles read)
# the joint marker before where the bodies act: "武冈市人社局、住建局、总工会等部门联合在全市建筑企业开展…专项检查" (fresh19's 武冈)
# (or before whom they send: "金溪县文化、政法、工商、公安、教育、卫生等部门联合组织执法人员,深入…"
# (http://www.txwb.com/AT/hyzx/wbzx/201207/118668.html))
_WHERE_ACT = r"在[^，,。；;]{1,20}?(?:开展|展开|进行)"
# (the time since the bodies deployed a campaign: "据介绍,自生态环境部、国家林草局等7部门部署开展“绿盾2017”…专项行动以来,…" (fresh30's
# 青海; its README: a joint action with no lead, all cooperate))
_TOGETHER = re.compile(r"^(?:" + _BY + r"|自(?!然)(?=[^，,。；;]{4,80}?以来))?(?P<list>[^，,。；;由]{4,120}?)(?P<tail>" + _TAIL + r")?"
                       # (where they act may list places over commas: "宕昌县局将与岷县、舟曲县局联合在宕昌县八力乡、阿坞乡、两河口乡,岷县
                       # 闾井镇、麻子川,舟曲县东山乡等毗邻区域同时开展专项整治行动" (fresh38's 宕昌))
                       r"(?:联合(?=开展|执法|检查|行动|整治|组成|成立|督查|排查|组织(?!的)|" + _WHERE_ACT + r"|在[^。；;]{1,80}?(?:等|各)[^，,。；;]{0,12}?(?:区域|地区|乡镇|地方)[^，,。；;]{0,8}?(?:开展|展开|进行))|"
                       # (联动 as the joint marker: "县交通运输局、县公安局交警大队联动开展…", "…等部门联动执法")
                       r"(?:协同)?联动(?=开展|展开|执法|检查|整治|督查|排查|巡查|查处)|"
                       # (and before a comma after the closing 等-phrase: "派出所,市场监督所等多部门联动,实行地毯式排查" (fresh27's 莆美))
                       r"(?<=部门|单位)联动(?=[，,])|"
                       r"(?<=部门|单位)(?:联合|共同)?部署(?=开展)|"
                       # (bodies working hand in hand: "城管、公安、工商等相关部门通力协作,…综合整治全面启动" (tasks31's 顺义,
                       # http://bj.chinadaily.com.cn/2017-07/04/content_29983543.htm))
                       # (and after the bodies' own names: "石门县林业局执法大队、木材检查站、木材巡查大队和石门县森林公安局紧密配合,采取了…"
                       # (fresh30's 石门))
                       r"(?<=部门|单位)(?:通力|密切|紧密)(?:协作|配合)(?=[，,])|"
                       # (only 配合 there: "行动中,泾川县公安局交警大队城区中队和县交通局密切协作,以…为原则" (fresh16's 泾川) restates the
                       # squad's joint action its gold reads on an earlier line)
                       r"(?<=[局委办所队站心院厅])(?:密切|紧密)配合(?=[，,])|"
                       # (a comma before 组成: "市局林政稽查办和林木种苗管理部门,组成联合检查组对…进行抽查" (fresh30's 金山))
                       # (the bodies' heads forming it: "县委考核办、果业局、农牧局、林业局和等单位负责人组成联合督查组,对…进行了督查指导"
                       # (https://www.chinaqingcheng.gov.cn/zwxx/jjfz/content_8455; tasks44: the bodies cooperate))
                       r"(?:(?<=[局委办所队站心院厅门])[，,])?(?:(?<=部门|单位)(?:主要|分管)?(?:负责人|负责同志))?组成(?!的|[^，,。；;]{0,10}?领导小组)(?=[\u4e00-\u9fff“”]{0,10}?(?:组|队|专班|队伍)(?:[，,。；;]|$|开展|对|赴|前往|深入|在))|"
                       r"(?<=部门|单位|机构)(?=(?:在|从|自)[^，,。；;]{1,12}(?:开展|进行)[^，,。；;]{0,30}联合)|"
                       # (where and how long before the joint marker: "今后城管、交管、公安等部门将在上述区域24小时不间断联合执法" (fresh33's
                       # 北京, http://chinanews.com.cn/gn/news/2008/01-02/1121624.shtml))
                       r"(?<=部门|单位|机构)(?=(?:将|还将|也将|已)在[^，,。；;]{1,24}?联合(?:执法|检查|行动|整治|巡查|巡逻|开展))|"
                       # (bodies setting up a working group: "县纪委、督查局、农业农村局等成立督导组,明察暗访每月通报排名" (http://dzzcxx.com/
                       # news/mqyw/23933.html; tasks44: a group formed to act, all cooperate); never a 领导小组
                       r"(?:(?<=[局委办所队站心院厅门位])|(?<=[局委办所队站心院厅]等))(?:成立|组建)(?![^，,。；;]{0,10}?领导小组)"
                       r"(?=[\u4e00-\u9fff“”]{0,10}?(?:检查组|督查组|督导组|执法组|巡查组|工作组|专班|检查队|执法队|工作队)(?:[，,。；;]|$|开展|对|赴|前往|深入|在|明察)))")
# a place named in such a list stands for its government ("青海省“扫黄打非”办公室、西宁市、海西州文化市场执法局组成…")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}[省市州县区盟旗]$")


def joint_without_lead(sent: str) -> Roles | None:
    """A、B、C等部门联合开展…: bodies acting together, none named to lead, all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        # (a comma for a pause mark inside a list closed by its 等-phrase: "以各村(社区)、片为单位,派出所,市场监督所等多部门联动,实行地毯式
        # 排查" (fresh27's 莆美))
        clause = commas_closed(_list_without_when(sent[at:]))
        m = _TOGETHER.match(clause)
        if not m or _person_led_group(clause):
            continue  # (an official leading the group out: joint_group's reading, the person no body of the list)
        closed = bool(re.search(_TAIL + "$", clause[: m.end()].removesuffix("联合").removesuffix("组成")))
        # "北京城管部门将以…为重点…增加执法力量,与交管、公安等部门组成联合执法组" (tasks31's 北京, http://big5.cctv.com/gate/big5/
        # news.cctv.cn/china/20090916/108544.shtml): a clause opening with 与 goes on with the body the clause before opens
        # with; it forms the group with them (as A与B联合: none leads)
        linked = _linked_up(clause, m)
        if linked:
            return linked
        listed, subject = m["list"], []
        # (a stray 和 before the closing 等-phrase, "…、林业局和等单位负责人", and a bare 等 before 成立: no part of the last name)
        if re.search(r"[和及]$", listed) and m["tail"]:
            listed = listed[:-1]
        if listed.endswith("等") and not m["tail"]:
            listed, closed = listed[:-1], True
        if listed.startswith("与"):
            subject = opening_lead(re.split(r"[，,]", sent[:at].rstrip("，,"))) if at else None
            if not subject:
                continue
            listed = listed[1:]
        got = _bodies(listed, closed) or _bodies_with_places(listed, closed)
        if got and subject:
            got = (subject + [x for x in got[0] if x not in subject], got[1])
        if got and len(got[0]) >= 2:
            drawn = None if subject else _drawn_by_subject(listed, got)
            if drawn:
                return drawn
            return Roles.of(cooperate=got)
    return None


# a subject joint_action's _lead knows no body form of, glued by its verb to the first body it draws in: "长安镇宣教文体旅系统联合水务
# 工程运营中心、公安分局、网格管理中心等部门开展…" (fresh25's 长安, a town's 系统), "交警联合县城市管理行政执法局、县交通局联合执法队成员,…开展
# 集中治理行动" (tasks31's 大厂, a bare 交警): the words before 联合 / 会同 lead, as printed; the bodies after it cooperate (never a name
# of its own holding 联合: 工商业联合会, 联合执法大队, 联合办公室)
_DRAWING_SUBJECT = re.compile(r"^(?P<subject>(?!各|有关|相关|其他)[\u4e00-\u9fff]{2,16}?)(?:联合|会同)(?!会|执法|办公|党委|支部|工会)"
                              r"(?P<first>[\u4e00-\u9fff（）()]{2,24})$")


def _drawn_by_subject(listed: str, got: tuple[list[str], list[str]]) -> Roles | None:
    """The roles of a list whose first name holds the verb by which its subject drew the others in: the subject leads."""
    drawing = _DRAWING_SUBJECT.match(got[0][0])
    if not (drawing and listed.startswith(got[0][0]) and _unit(drawing["first"])):
        return None
    return Roles.of(([drawing["subject"]], []), ([drawing["first"]] + got[0][1:], got[1]))


# a report's subject that is a list of bodies, none named to lead, acting at once: "连日来,市应急管理局、市公安局开展清缴…统一行动"
# (阜新), "市农业农村局、公安局、有关区镇对重点海域开展不间断联合执法巡查" (海安), "江华公安局、应急管理局、市场监督管理局等有关
# 部门和各乡镇按照县人民政府的统一部署,…" (江华), "此次行动由街道卫健办、…、市场监管等多部门联合组建专项治理专班" (杨市),
# "A、B、C,联合开展…" (大杨树, a comma before the verb) — all fresh14; the list closes at the action that follows it
# "建德市城管局、…、交警大队等部门与乾潭镇全体干部分成4组,对…开展了集中整治" (乾潭, fresh15): the bodies 等部门 and a
# town's cadres (the town, as a place stands for its government in a team's list) work side by side, none leads
_TOWN_STAFF = r"(?:全体)?(?:干部职工|党员干部|机关干部|干部|工作人员)"
_ACTORS = re.compile(
    r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r")?(?:(?<=[局委办所队站心院部会处室门位构])[和及](?P<cls>各[^，,。；;、]{1,10}?))?"
    r"(?:(?<=[门位构])与(?P<town>[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))" + _TOWN_STAFF + r")?"
    # (where the bodies go to act, no body of the list: "嘉定区国资委、区应急管理局赴嘉定住房集团开展…检查" (tasks31's 嘉定,
    # http://guozi.jiading.cn/gzdt/content_943490))
    r"(?:(?<=[局委办所队站心院部会处室门位构])(?:赴|前往)[^，,。；;、]{2,20}?(?=开展|展开))?"
    # (an adverb of haste before the action: "随后,执法队、司法所立即开展入户法律法规宣传" (fresh39's 雁翅镇; its README: both cooperate))
    # (and bodies arriving at the scene at once to act there: "副镇长白鹤桥、镇综合行政执法队、司法所、包村组以及村“两委”第一时间到达现场核实具体
    # 情况" (fresh39's 雁翅镇; the person dropped))
    r"[，,]?(?:联合(?=开展|展开|执法|检查|行动|整治|组成|成立|组建|督查|排查|巡查)|(?:立即|随即|迅速|第一时间)?(?=(?:开展|展开)(?!的))|"
    r"(?:立即|随即|迅速|第一时间)(?=(?:到达|赶到|赶赴)现场(?:核实|查看|处置|调查|检查|开展))|"
    r"(?=分成[一二三四五六七八九十\d]+[个支]?(?:组|队|小组))|"
    # (a long object after a closing 等-phrase and its comma: "兴宁区民生街道办、…、兴宁公安分局等部门,对新华西关路口、人民西关路口、…等
    # 问题开展专项联合整治" (fresh27's 兴宁))
    r"(?:联合)?(?=对[^，,。；;]{1,30}(?:开展|展开|进行)[^，,。；;]{0,20}(?:联合|统一|专项))|"
    r"(?<=[门位][，,])(?=对[^，,。；;]{1,90}?(?:开展|展开|进行)[^，,。；;]{0,20}(?:联合|统一|专项))|"
    r"(?=按照[^，,。；;]{1,20}(?:统一部署|部署|要求))|"
    # (bodies taking part in a joint drill or action: "县消防大队、县森林消防大队参加了协同演练" (https://www.ahjinzhai.gov.cn/
    # public/6596451/37682188.html); never a meeting: 协同 / 联合 before the action)
    r"(?=参加了?(?:协同|联合)(?:演练|行动|检查|整治|执法))|"
    # (bodies closed by their 等-phrase taking part in the work: "天涯区旅游警察、交通运输、市场监督、应急管理、住房与建设等14个相关单位也
    # 参与综合整治" (fresh27's 三亚; its README: functional names kept as printed, all cooperate))
    r"(?<=[门位构])(?:也|均|都|还)?(?:共同|积极)?参与(?=[\u4e00-\u9fff]{0,6}?(?:整治|执法|行动|检查|巡查|治理)))")


# a verb inside the list: the list is no subject but an object ("支持残疾人专门协会和村(社区)残疾人协会开展…", "上级党委、
# 政府及相关部门指导下级党委、政府及相应部门开展…", sample corpus)
# (nor where the bodies go: "…组织应急办安监组、消防事务中心工作人员,前往广东友联钢结构材料有限公司、英德市佐桐化学品有限公司开展企业安全
# 检查" (fresh33's 英德, http://www.yingde.gov.cn/zwgk/zwdt/zjdt/content/post_2066131.html): the companies are the places inspected)
# (nor what is to be set up: "农村要建立护村队、护寨队,开展“十户联防”…" (fresh38's 贞丰): the teams are the objects of 建立)
_NOT_ACTORS = re.compile(r"支持|鼓励|引导|指导|督促|帮助|推动|要求|协调|动员|组织(?!部)|^各|^(?:前往|赴|奔赴|来到|走进|深入)|建立|组建|设立")


def listed_actors(sent: str) -> Roles | None:
    """A、B(等部门)(和各X) 开展… / 对…开展联合… / 按照…部署 / ,联合…: several named bodies acting, none leads: all
    cooperate (a class joined to them is generic). Read last, when no other style named a lead."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ACTORS.match(_list_without_when(_LEAD_IN.sub("", sent[at:])))
        if not m or _NOT_ACTORS.search(m["list"]):
            continue
        got = _bodies(m["list"], bool(m["tail"]))
        if got and len(got[0]) >= 2:
            got = (got[0] + ([m["town"]] if m["town"] else []), got[1] + ([m["cls"]] if m["cls"] else []))
            roles = _drawn_by_subject(m["list"], got) or Roles()
            if roles.empty:
                roles.add("cooperate", *got)
            return roles
    return None


# "连日来,由县民政局、县消防大队、县安监局相关人员组成的联合检查组,对…开展…" (霍山), "汛期(…)由应急管理局、水利局、…各派出
# 一名主管副职,两名业务骨干组成防汛专班" (赞皇) — both fresh15: a working group made up of several bodies' staff, none named
# to lead: all take part (fresh14's 杨市 …等多部门联合组建专班 rule). Only a working group (检查组, 专班, 工作组…), never a
# 领导小组 or 联席会议, whose members and lead the duty styles read.
# (the 等-phrase naming the kinds the bodies are: "由长安镇宣传教育文体旅游办公室、…、新安社区等职能部门、社区组成的检查工作组" (fresh25's
# 长安, its gold: the kinds dropped))
_COMPOSED = re.compile(
    r"由(?P<list>[^，,。；;由]{4,120}?)(?P<tail>" + _TAIL + r"(?:、(?:社区|村居|村|乡镇|街道|学校|企业))?)?(?:的)?(?:相关|有关)?(?:执法|工作|业务|技术)?(?:人员|干部)?"
    r"(?:各(?:派出|抽调|派|抽|选派)[^。；;由]{1,30}?)?(?:等)?(?:共同|联合)?组成(?:的)?"
    # (the team's head count before it: "由公安、城管、…、烟草等部门组成的160多人的执法队伍" (fresh28's 镇雄))
    r"(?:[\d一二三四五六七八九十百]+[余多]?(?:名|人)的?)?[\u4e00-\u9fff“”]{0,10}?"
    # (patrols of two kinds and a team of any name: "由林长办、区公安分局、…等“林长+警长”联勤联动成员单位组成的车巡、步巡队伍" (fresh30's 丰泽))
    r"(?:、[\u4e00-\u9fff]{1,6}?)?"
    r"(?:检查组|督查组|督导组|执法组|巡查组|工作组|专班|检查队|执法队|工作队"
    # (a patrol brigade or team: "成立了由市容办、农业办及综合执法队组成的巡查大队" (tasks31's 武清 城关镇,
    # http://news.big5.enorth.com.cn/system/2016/04/07/030907653.shtml))
    r"|巡查大队|巡查队|(?:检查|巡查|督查)小组|(?<=[巡查检防护])队伍"
    # (a patrol of bodies and persons: "三家館鄉日前成立了一支由鄉政府、鄉綜治辦、村治安積極分子等組成的義務巡邏隊,現已正式開展工作"
    # (http://easyclosetorganizer.com/news/zhengfa/zhengfa_104578.html; tasks39: the two bodies cooperate, the activists are persons))
    r"|巡逻队|巡逻大队|巡防队"
    # (a check's acceptance team and a forest patrol: "由自治区水利厅、兵团水利局、自治区水政监察总队等单位组成的验收组,对…进行验收"
    # (https://p2.ttnews.xyz/a/5b114fc67943e3038873afd6), "由白玉县公安局食药环森大队和辖区派出所民辅警共同组成的巡护队" (http://www.
    # 5aisb.com/internet/2023/0319/10971.html; tasks44: the bodies cooperate, the station covering the area generic))
    r"|验收组|巡护队)")


# the group named first, then who makes it up: "联合执法检查组由市公安局川汇分局、区卫健委、…、区文旅局等单位工作人员组成,持续检查…"
# (http://zhld.com/szb/pc/col/202201/19/content_158102.html); a working group only (a 领导小组's or 专班's members are no
# action: "…专班执法队…由交警、市场监管、城管、治安巡逻队员组成" names persons)
_GROUP_THEN_MEMBERS = re.compile(
    r"(?:检查组|督查组|督导组|执法组|巡查组|工作组|检查队|执法队|工作队|巡查大队|巡查队|(?:检查|巡查|督查)小组)由(?P<list>[^，,。；;由]{4,120}?)"
    r"(?P<tail>" + _TAIL + r")?(?:的)?(?:相关|有关)?(?:执法|工作|业务|技术)?(?:人员|干部)?(?:共同|联合)?组成(?=[，,]?(?:持续|先后|分别|对|开展|深入|前往|赴|在))")


# an office or group two bodies or more set up together: "燃气专项治理联合检查办公室由市公安局与市公用事业局联手成立" (fresh28's
# 保定), "…由A、B共同组建"
_FOUNDED_BY = re.compile(r"由(?P<list>[^，,。；;由]{4,80}?)(?P<tail>" + _TAIL + r")?(?:联手|共同|联合)(?:成立|组建|设立)")


def composed_group(sent: str) -> Roles | None:
    """由A、B、C(相关人员 / 各派出…)组成的检查组 / 专班: the bodies making up a working group all cooperate."""
    m = _COMPOSED.search(sent) or _GROUP_THEN_MEMBERS.search(sent) or _FOUNDED_BY.search(sent)
    if not m or _NOT_ACTORS.search(m["list"]):
        return None
    got = _bodies(m["list"], bool(m["tail"]), generic_ok=True)
    # (one named body with the station covering the area: the team is still theirs; the class generic)
    if not (got and (len(got[0]) >= 2 or got[0] and got[1] and _COMPOSED.search(sent))):
        return None
    return Roles.of(cooperate=got)


# "此次行动分两个检查组,分别由局党组成员贾虹带领综合行政执法队一中队、对竹片区,联合对竹镇政府、派出所对…" (汾西, fresh15): an
# official leads a team of bodies and joins others; the persons are no units, the bodies of the team lead, the partners
# cooperate. Only where the one who leads is a person (a title and a name): "X局带领…" is the bodies' own joint work.
_LED_TEAM = re.compile(r"(?:^|[，,])(?:分别)?由?(?P<who>[^，,。；;由]{2,30}?)带领(?P<team>[^，,。；;]{2,60}?)[，,]?(?:并)?联合"
                       r"(?P<partners>[^，,。；;]{2,80}?)(?=对|开展|进行|前往|赴|深入|在|[，,])")
_OFFICIAL = re.compile(r"(?:主任|局长|成员|书记|队长|组长|县长|区长|市长|镇长|乡长|所长|站长|主席)[\u4e00-\u9fff]{2,3}$")
# a team's part named by its area ("对竹片区", "勍香片区"): a body of the team, as its squadrons are
_AREA_TEAM = re.compile(r"^[\u4e00-\u9fff]{2,4}片区$")


def led_team(sent: str) -> Roles | None:
    """(分别由)局党组成员贾虹带领A、B,联合C、D…: A and B lead, C and D cooperate."""
    m = _LED_TEAM.search(sent)
    if not (m and _OFFICIAL.search(m["who"])):
        return None
    team = _list_items(m["team"])
    if not team or not all(_unit(x) or _AREA_TEAM.match(x) for x in team):
        return None
    partners = _bodies(m["partners"], False)
    if not partners:
        return None
    return Roles.of((team, []), partners)


def _bodies_with_places(text: str, closed: bool) -> tuple[list[str], list[str]] | None:
    """The bodies of a team's list in which a place stands for its government (at least one named unit beside it)."""
    items = _list_items(text)
    places = [x for x in items if _PLACE.match(x)]
    if not places or len(places) == len(items):
        return None
    rest = _bodies("、".join(x for x in items if x not in places), closed)
    return ([x for x in items if x in places or x in rest[0]], rest[1]) if rest else None


# "长乐区市场监督管理局与区公安分局打破部门壁垒、创新协作机制,…开展了一系列联合执法行动", "市公安局森林警察支队与市农业农村局
# 法规科执法人员前往上思县,会同当地工作人员联合开展…": two bodies joined by 与 opening a report of a joint action, no lead
# (fresh12's A、B联合开展 rule): both cooperate
# (a count of times before the action: "海西州与酒泉市生态环境部门2次组成跨省区执法巡查组" (fresh21's 青海))
# (A a body of two characters, named in short form: "大队与公安交管部门持续深化“联合检查、信息互通、结果共享”的协作机制" (fresh24's 沙坪坝);
# _unit still wants a body's name: "双方与…", "他们与…" name none)
# (B a list of bodies: "丰宁满族自治县交通运输综合执法大队与北京市交通运输综合执法总队十支队、怀柔区交通运输局深入合作" (tasks31's
# 丰宁, http://jtaqlb.org.cn/show-95096.html): each of them a partner)
_PARTNERS = re.compile(r"^(?:\d{4}年(?:\d{1,2}月)?)?(?P<a>(?:第[一二三四五六七八九十]{1,3}师)?\d{1,3}团(?:“[\u4e00-\u9fff]{2,8}”)?|[\u4e00-\u9fff（）()“”]{2,30}?)(?P<hand>(?:将|已|也|还将)?携手|紧紧|紧密|密切)?与(?P<b>[\u4e00-\u9fff（）()“”、]{3,60}?)(?:的)?(?:执法|工作|技术)?(?:人员)?"
                       # (again: "该中队与长城中路街道办事处、望湖景苑物业再次开展联合行动" (fresh33's 金凤, https://szb.nxrb.cn/nxfzb/pc/con/202309/
                       # 15/content_90052.html; its gold: none leads, the squadron named before and both partners cooperate))
                       # (many times, and hand in hand: "该局与技术监督分局、卫生分局、消防大队等单位多次联合举办…培训班", "区安监局紧紧与公安分局、
                       # 工商分局和京九办事处等部门和单位联手,依法摧毁…" (tasks76's 阜阳开发区, http://anquan.com.cn/html/news/enterprises/2009/
                       # 0310/26884.html; none leads, all cooperate))
                       r"(?:\d+|[一二两三四五六七八九十]+)?次?(?:再次|再度|又|多次)?"
                       # (the aim set between commas before the joint work: "黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局,针对秋季森林防火
                       # 和森林资源管护工作,联合开展了专项检查行动" (fresh41's 凉水; its README: A与B联合, no lead))
                       r"(?:[，,](?:针对|围绕|为了?)[^，,。；;]{2,40}?[，,])?"
                       r"(?=打破|共同|联合|联手|前往|赴|深入|在|于|对|组成|成立|开展|建立|携手|达成|(?:不断|持续)(?:完善|加强|深化))")


# "中央纪委国家监委第七督导组与省纪委监委联合督导时发现的城区管理问题": the joint work qualifies a noun; it is no task here
_QUALIFYING = re.compile(r"(?:时|中|期间)(?:发现|指出|反馈|交办)的|(?:发现|指出|反馈|交办)的问题")


# (and a regiment of the production and construction corps, a place with its own administration as a county is: "83团与托里镇共同
# 成立…共建领导小组" (fresh31's 83团))
_PARTNER_PLACE = re.compile(r"^(?!由|我|本|该|各|全|相邻|周边|其他|其它|有关|相关|兄弟|所在|辖区)(?![\u4e00-\u9fff]*(?:区县|县区|市县|县市)$)"
                            r"(?:[\u4e00-\u9fff]{2,6}[省市州县区盟旗]|(?:第[一二三四五六七八九十]{1,3}师)?(?:\d{1,3}|[〇一二三四五六七八九十百]{2,5})团"
                            # (a named nature reserve, which has its own administration: "黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局,…,
                            # 联合开展了专项检查行动" (fresh41's 凉水; its README: the reserve stands for its administration))
                            r"|[\u4e00-\u9fff]{2,12}?(?:国家级|省级)?自然保护区)$")
# two bodies or places setting up one body for the work together: "…与…共同成立…领导小组" (fresh31's 83团)
_SET_UP_TOGETHER = r"共同(?:成立|组建)[^，,。；;]{0,24}?(?:领导小组|工作专班|专班|指挥部|工作组)"


# the departments of places counted, not named: "津冀两地城管执法部门", "两市生态环境部门", "三地公安机关" — a class
_PLACES_COUNTED = re.compile(r"^[\u4e00-\u9fff]{0,6}?[两三四五六七八九十双多](?:地|市|省|县|区|国)(?:的)?[\u4e00-\u9fff]{2,12}(?:部门|单位|机关|机构)$")


# two parties signing an agreement and acting on it together: "2002年136团“人影办”与克拉玛依区气象局达成《小拐地区人工影响天气合作
# 协议》,共同编织防雹网" (fresh32's 兵团 page; its README: A与B达成…,共同… has no lead); only with 共同 acting after the agreement
_AGREED = r"达成(?:了)?[^，,。；;]{0,30}?(?:协议|共识)》?[，,]?(?:并)?共同"


# bodies paired off with others for the work, none named to lead: "中庆燃气公司道里一分公司、四分公司开始分别与抚顺街道办事处、康安
# 街道办事处工作人员进入居民家中检查用气安全情况" (fresh29's 道里; its README: all four cooperate, as A与B); every name on both sides a unit
_PAIRED_OFF = re.compile(r"^(?P<a>[\u4e00-\u9fff（）()、]{3,40}?)(?:开始|将|已|也)?分别与(?P<b>[\u4e00-\u9fff（）()、]{3,60}?)(?:的)?"
                         r"(?:执法|工作|技术)?(?:人员)?(?=进入|开展|对|深入|前往|赴|入户|上门|检查|一起|一道|共同|联合)")


def _paired_off(sent: str) -> Roles | None:
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PAIRED_OFF.match(sent[at:])
        if not m:
            continue
        names = _list_items(without_when(m["a"])) + _list_items(m["b"])
        if len(names) >= 2 and all(_unit(x) and not _NOT_BODY.search(x) for x in names):
            return Roles.of(cooperate=(names, []))
    return None


def _partner_list(b: str) -> list[str]:
    """The partners after 与, their closing 等-phrase dropped and a last 和 splitting two names ("公安分局、工商分局和京九办事处等部门和
    单位", tasks76's 阜阳开发区)."""
    b = re.sub(_TAIL + "$", "", b) if re.search(r"[局委办所队站心院厅处]" + _TAIL + "$", b) else b
    return [x for x in re.split(r"、|(?<=[局委办所队站心院厅处])和(?=[\u4e00-\u9fff]{3})", b) if x]


def partners(sent: str) -> Roles | None:
    """A与B … 联合…: two partners, no lead; both cooperate (only in a sentence reporting joint work: 联合 / 会同); A、B分别与C、D
    …进入…: all cooperate."""
    if "分别与" in sent and (paired := _paired_off(sent)):
        return paired
    # (or a team formed: "海西州与酒泉市生态环境部门2次组成跨省区执法巡查组对…" (fresh21's 青海))
    if not re.search(r"联合|联手|会同|协作|深入合作|组成[^，,。；;]{0,12}?(?:组|队|专班)|" + _SET_UP_TOGETHER + "|" + _AGREED, sent) \
            or _QUALIFYING.search(sent):
        return None
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PARTNERS.match(sent[at:])
        if not m:
            continue
        a, b = without_when(m["a"]), m["b"]
        # a place stands for its government or its bureau of the work in hand, partnered with another place or a body of
        # another place: "青海省与西藏自治区生态环境厅在阿里地区联合开展…", "果洛州与阿坝州联合开展…" (fresh21's 青海)
        # (only where the clause itself reports the joint work: "青海省与甘肃省在祁连山的交界线…" names two places)
        # (a place by its name only: "由我区与相邻区县联合成立应急指挥机构" (/work/shared/gazettes 003_4e5ccb238a0f172a.txt:3410)
        # names none)
        placed = _PARTNER_PLACE.match(a) or _PARTNER_PLACE.match(b)
        if placed and not re.search(r"联合|会同|协作|组成|" + _SET_UP_TOGETHER + "|" + _AGREED, re.split(r"[，,。；;]", sent[at + m.end():])[0]):
            continue
        bs = _partner_list(b)
        # (a body joining hands with the departments of other places counted, not named: "北京城管执法部门将携手与津冀两地城管执法部门
        # 不断完善执法协作工作体系" (fresh32's 北京; its README: the subject leads, the two regions' departments a class))
        if m["hand"] and len(bs) == 1 and _PLACES_COUNTED.match(bs[0]) and _unit(a) and not is_generic(a):
            return Roles.of(([a], []), ([], bs))
        # (深入合作 alone reports a partnership of bodies only: "区政府与某某科技有限公司深入合作" is business, no joint task)
        if not re.search(r"联合|会同|协作|组成", sent) and any(re.search(r"(?:公司|集团)$", x) for x in [a] + bs):
            continue
        # (a body named before, 该中队: the sentence reader reads it as that body, kg/extract/back_refs.py)
        named = _unit(a) or bool(_BACK_REF.match(a))
        # (B a list closed by its 等-phrase: "州交通运输综合行政执法支队泸水大队与公安边境、交警等执法部门共同组织联合检查7次",
        # "怒江州交通运输综合行政执法部门与公安交通、边境管理等部门建立了…协同共治工作机制,开展了…联合执法工作" (fresh36's 泸水):
        # the fields stand for their departments, as in joint_without_lead's lists; none leads)
        closing = re.search(r"(?:" + _TAIL + r")$", b)
        listed = _bodies(b[: closing.start()], True) if named and closing and closing.start() else None
        if listed and listed[0] and not _NOT_BODY.search(a + b[: closing.start()]):
            return Roles.of(cooperate=([a] + [x for x in listed[0] if x != a], listed[1]))
        if (named or _PARTNER_PLACE.match(a)) and bs and all(_unit(x) or _PARTNER_PLACE.match(x) for x in bs) \
                and not _NOT_BODY.search(a + b) and (len(bs) == 1 or named and all(_unit(x) for x in bs)):
            return Roles.of(cooperate=([a] + bs, []))
    return None


# parties signing an agreement of joint work, none named to lead: "维西县与怒江州兰坪县、丽江市玉龙县森林公安机关签订案件协查和治安管理
# 协作协议,联手打击…" (fresh35's 维西, http://www.xgll.com.cn/xwzx/2013-10/30/content_108172.htm), "安吉县天荒坪镇综合行政执法队党支部日前
# 与余山供电所党支部签署“党建共建共创”协议书,双方将通过…联勤联动" (tasks39's 天荒坪, http://szb.hz66.com/hzrb/html/2024-06/28/
# content_117517_17564642.htm), "天津市蓟县林业局与北京平谷区林业局签订了森林防火联防协议" (http://lygc.lknet.ac.cn/d/zgly/
# a8a23c4dbc69719f82d5f43d51c80727.html): every party cooperates (as A与B联合, fresh32's 达成…协议 rule); a place stands for its
# body (the suffix printed once after the list, fresh33's rule). A business on either side, a class ("与各乡镇"), a letter of
# responsibility (责任书, a duty handed down) or a signing ceremony named only ("举行…签约仪式") is no joint work here
_SIGNED = re.compile(r"(?P<a>[\u4e00-\u9fff（）()]{2,30}?)(?:日前|近日|近期|已|也|还)?与"
                     r"(?P<b>[\u4e00-\u9fff（）()、]{2,60}?)(?:日前|近日|共同|正式)?签[订署定]了?(?=[^，,。；;]{0,30}?(?:协议|备忘录))")


def signed_together(sent: str) -> Roles | None:
    """A与B、C签订/签署…协议: the parties to an agreement of joint work, none leading; all cooperate."""
    if "签" not in sent:
        return None
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _SIGNED.match(sent, at)  # (from each clause's start, no copy of the rest: a long line stays linear)
        if not m:
            continue
        a, bs = without_when(m["a"]), [x for x in m["b"].split("、") if x]
        names = [a] + bs
        if all((_unit(x) or _PARTNER_PLACE.match(x)) and not _NOT_BODY.search(x) and not is_generic(x)
               and not re.search(r"公司|集团|企业|银行", x) for x in names):
            return Roles.of(cooperate=(names, []))
    return None


# "各乡镇要配合辖区管理交通的派出所、交警中队开展农村道路交通秩序整治工作": the helpers before 配合, the bodies they assist
# after it — those lead (fresh13's 苍溪 rule); a qualifying phrase before the bodies ("辖区管理交通的") is no part of them
# ("决定由拉萨市林草局配合自治区动植物检疫所、拉萨市市场监督管理局对…一事进一步详细调查处置" (fresh30's 西藏): 由 before the helper, and
# the action an inquiry)
_ASSISTED = re.compile(r"^(?:决定)?由?(?P<helpers>[^，,。；;由]{2,30}?)(?:要|应当|应|须|将)?(?:在各自职责范围内|按照职责分工|依据各自职责)?"
                       # (协助 as 配合, before a check the helped body runs: "城管科协助执法中队检查早市结束时间、道路清扫情况" (tasks76's 西安
                       # 街道, http://m.news.wmxa.cn/n/201408/141080.html: the squad leads, the section cooperates))
                       r"(?:积极|主动|全力|密切)?(?:配合(?:好)?|协助(?=[^，,。；;]{2,30}?(?:检查|对)))"
                       # (the words up to 的 before the helped are no part of them, never across the 对 that opens what the helped
                       # act on: "合作区综合执法大队协助浪头镇对安民山公园的露天小市场…实施拆除" (fresh38's 丹东 合作区))
                       r"(?:[^，,。；;的对]{0,12}的)?(?P<leads>[^，,。；;的]{2,60}?)(?=开展|做好|进行|实施|完成|抓好|落实|(?<=[队局所站办])检查|"
                       # (the helped guiding the businesses of their area: "沙坪坝区市场监管局配合属地镇街指导市场主体暂停营业" (fresh34's 沙坪坝))
                       r"(?:指导|督促)(?=[\u4e00-\u9fff]{2,12}?(?:主体|经营户|商户|企业|单位|业主))|"
                       # (the helped bodies before what they act on: "县商务局配合县市场监管局对全县加油站开展…")
                       # (an object printed at length: "…等单位对位于石龙镇永兴村一处占用基本农田违建图斑(卫片图斑号HN45088120230226
                       # 03130348)进行依法拆除" (fresh39's 桂平))
                       r"对[^，,。；;]{1,60}?(?:开展|进行|实施|调查|处置|查处|核查)|"
                       # (and where they act: "道里区各镇政府、街道办事处将配合中庆燃气公司在辖区内做到燃气入户安全检查全覆盖" (fresh29's 道里))
                       r"在[^，,。；;]{1,16}?(?:开展|做好|做到|进行|实施|完成)|"
                       # (a comma before the work: "南明大队配合区城市管理局、区交管分局,制定完善“严管街”管理标准" (fresh27's 贵阳))
                       r"[，,](?:制定|研究|开展|做好|进行|实施|完成|落实|建立|推进))")
# the body that organised the work printed first: "在金乡镇人民政府的组织下,县综合行政执法局金乡中队配合金乡镇城镇综合管理中心、
# 交警队、…、村镇办等相关职能部门,以及民工与保安共计200余人对辖区内违建宗祠进行拆除" (fresh27's 金乡; its README: the organiser
# leads, the helper and the bodies it assists cooperate, as fresh24's / fresh26's organiser rule reads); the assisted bodies run
# to the first comma, a closing 等-phrase dropped
_ORGANISED_BY = re.compile(r"^在(?P<org>[^，,。；;在的]{3,30}?)的(?:统一)?(?:组织|领导|部署|指挥|统筹)(?:协调)?下[，,]?"
                           r"(?P<helpers>[^，,。；;]{3,30}?)(?:积极|主动|全力|密切)?配合(?P<assisted>[^，,。；;]{2,80}?)(?=[，,。；;]|$)")


def _organised_assist(sent: str) -> Roles | None:
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ORGANISED_BY.match(sent[at:])
        if not m:
            continue
        org, helpers = without_when(m["org"]), _list_items(m["helpers"])
        tail = re.search(r"(?:" + _TAIL + r")$", m["assisted"])
        assisted = _bodies(m["assisted"][: tail.start()] if tail else m["assisted"], bool(tail))
        if not (_unit(org) and helpers and all(_unit(x) for x in helpers) and assisted and assisted[0]):
            return None
        return Roles.of(([org], []), (helpers + [x for x in assisted[0] if x not in helpers], assisted[1]))
    return None


# a report's words for what comes next, before the helpers: "下一步,道里区各镇政府、街道办事处将配合…" (fresh29's 道里)
# (and the day of a report's entry: "13日,合作区综合执法大队协助浪头镇对…实施拆除" (fresh38's 丹东 合作区))
_NEXT_STEP = re.compile(r"^(?:下一步|下步|今后|同时|(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上?|凌晨)?)[，,]")



# the force the helper sends, printed between it and 配合: "为严守耕地红线,…,2023年10月24日,桂平市自然资源局国土资源执法监察大队出动执法
# 人员6人,车辆1台,配合西山镇政府、西山镇综合执法大队对…进行依法拆除" (fresh39's 桂平, both items): the count clauses dropped, the helper's
# clause is read from its start (a purpose and a date before it are no part of it). A dispatch with no 配合 after it ("旧镇镇重拳出击,出动
# 执法人员30名、执法车辆8辆、铲车1部,对…进行强制拆除") is no help given
_DISPATCHED = re.compile(r"(?<=[\u4e00-\u9fff])出动[^，,。；;]{0,12}?\d+(?:余|多)?[人名](?:次)?"
                         r"(?:[，,、][\u4e00-\u9fff]{0,6}?\d+(?:余|多)?[台辆部](?:次)?)*[，,](?=(?:积极|主动|全力|密切)?配合)")


def _helper_after_dispatch(sent: str) -> re.Match | None:
    d = _DISPATCHED.search(sent)
    if not d:
        return None
    clause_at = max(sent.rfind("，", 0, d.start()), sent.rfind(",", 0, d.start())) + 1
    return _ASSISTED.match(sent[clause_at : d.start()] + sent[d.end():])


def assisted_leads(sent: str) -> Roles | None:
    """X要配合Y、Z开展…: Y and Z lead; X helps (a class: generic; named units: cooperate). 在W的组织下,X配合Y、Z…: W leads,
    X, Y and Z cooperate."""
    organised = _organised_assist(sent)
    if organised:
        return organised
    m = _ASSISTED.match(_NEXT_STEP.sub("", sent)) or _helper_after_dispatch(sent)
    # (a later clause opening with 由 names its own helper: "…沟通汇报了相关情况,决定由X配合Y、Z对…调查处置" (fresh30's 西藏))
    for c in re.finditer(r"[，,](?=(?:决定)?由)", sent) if not m else ():
        m = _ASSISTED.match(sent[c.end():])
        if m:
            break
    if not m:
        return None
    # (a closing 等-phrase after the bodies helped: "配合市农业农村局、石龙镇政府、石龙镇综合执法大队等单位对…" (fresh39's 桂平))
    tail = re.search(r"(?:" + _TAIL + r")$", m["leads"])
    leads = _list_items(m["leads"][: tail.start()] if tail and tail.start() else m["leads"])
    helpers = _list_items(m["helpers"])
    # (a class of body as the helped, whichever covers the place: "X配合属地镇街指导…" (fresh34's 沙坪坝; its gold: no named lead, the
    # bureau cooperates, 属地镇街 generic); named helpers only)
    if leads and all(is_generic(x) and not _NOT_BODY.search(x) for x in leads) and helpers and all(_unit(x) for x in helpers):
        return Roles.of(([], leads), (helpers, []))
    if not (leads and all(_unit(x) for x in leads)):
        return None
    roles = Roles.of((leads, []))
    if all(_unit(x) for x in helpers):
        roles.add("cooperate", helpers, [])
    elif all(is_generic(x) and not _NOT_BODY.search(x) for x in helpers):
        roles.add("cooperate", [], helpers)
    else:
        return None
    return roles


# "新区综合行政执法队凤凰中队在其他部门的协同管理下,一边…一边…": the body acts with others' help; the others (a class here)
# cooperate
_ASSISTED_BY = re.compile(r"^(?P<lead>[^，,。；;在]{3,30}?)在(?P<helpers>[^，,。；;]{2,40}?)的(?:协同|配合|协助|支持|指导)(?:管理|配合)?下")


# the same, the help printed first: "在县公安局、县交警大队的配合下,县交通运输局对…开展" (constructed on the order of
# "在…的配合下" news openings)
# (with no 的, and the help named 协同配合, the lead's campaign opening after it: "近日,在县检察院协同配合下,黎平县环保局执法风暴专项行动
# 正式拉开序幕" (fresh39's 黎平))
_HELPED_FIRST = re.compile(r"^在(?P<helpers>[^，,。；;]{2,40}?)的?(?:大力|积极|全力|密切)?(?:协同配合|协同|配合|协助|支持)下[，,]?"
                           r"(?P<lead>[^，,。；;在]{3,30}?)(?=对|开展|联合|组织|深入|前往|赴|进行|在|于|将会|将(?=继续|持续|进一步)|"
                           r"(?<=[局委办院队所站厅])[^，,。；;]{2,16}?行动(?:正式)?(?:拉开序幕|启动|展开))")


# bodies named by the field of the places they serve: "涉农街道办", "涉海乡镇" — a class
_SERVING_CLASS = re.compile(r"^涉[农林牧渔海河矿][\u4e00-\u9fff]{0,2}(?:街道办事处|街道办|街道|乡镇|镇街|村|社区)$")


# the same, the help printed after the lead's own action: "闵行区市场监管局颛桥市场所结合文明城区创建和大联动工作的要求,冒酷暑对…开展联合
# 整治,在公安、网格中心、环卫等部门的共同配合下,出动20余人,…" (fresh32's 颛桥; its README: the station leads, the fields cooperate); the
# lead is the body the sentence opens with, and a clause before the help reports its action
_HELPED_AFTER = re.compile(r"^在(?P<helpers>[^，,。；;]{2,40}?)的(?:共同|大力|积极|全力|密切)?(?:协同|配合|协助|支持)下(?=[，,]|$)")


def _helped_after(sent: str, at: int) -> dict | None:
    m = _HELPED_AFTER.match(sent[at:])
    before = [c for c in re.split(r"[，,]", sent[:at].rstrip("，,")) if c]
    if not (m and before and re.search(r"开展|进行|展开", sent[:at])):
        return None
    first = next((c for c in before if not _WHEN.fullmatch(c)), "")
    lead = opening_lead([first])
    return {"lead": lead[0], "helpers": m["helpers"]} if lead and len(lead) == 1 else None


# the helpers' own departments standing for them: "在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会…" (fresh40's 乌海; its README:
# the town and the sub-district office cooperate, their 相关部门 stand for them, fresh33)
_THEIR_DEPARTMENTS = re.compile(r"(?<=[镇乡处区县市局委办])的?(?:相关|有关)部门$")


def _their_departments(helpers: str) -> str:
    rest = _THEIR_DEPARTMENTS.sub("", helpers)
    got = _bodies(rest, False) if rest != helpers and re.search(r"[、和及与]", rest) else None
    return rest if got and got[0] and not got[1] else helpers


def assisted_by(sent: str) -> Roles | None:
    """X在Y的协同管理/配合/协助下…, 在Y的配合下,X…, X…开展…,在Y的共同配合下: X leads, Y cooperates (generic when a class)."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _ASSISTED_BY.match(sent[at:]) or _HELPED_FIRST.match(sent[at:]) or (at and _helped_after(sent, at))
        lead = named_after_me(without_when(m["lead"])) if m else ""
        if not (m and _unit(lead)):
            continue
        # ("在公安、交警等部门的配合下": fields before a closing 等-phrase are bodies, as in a joint action's list)
        tail = re.search(r"(?:" + _TAIL + r")$", m["helpers"])
        got = _bodies(m["helpers"][: tail.start()] if tail else _their_departments(m["helpers"]), bool(tail), generic_ok=True)
        # ("林草执法中队在各乡镇人民政府和涉农街道办的配合下开展…" (http://xzfxzy.com/News/show/1284231.html): helpers that are
        # all classes — every township, the farming streets — name no unit; the body leads alone)
        if not got and not tail:
            items = re.split(r"(?<=政府)[和及]|[、，,]", m["helpers"])
            got = ([], items) if all(x.startswith("各") or _SERVING_CLASS.match(x) for x in items) else None
        if not got:
            return None
        return Roles.of(([lead], []), got)
    return None


# "本次行动由社区发展办牵头落实,街道总工会、…资产公司和金栅桥村分别负责,城管中队联合参与", "由嫘祖镇村镇办牵头,镇应急办、
# 消防站和镇属天然气公司抽调8名工作人员组成检查专班", "县国土资源局牵头,县发改局、县住建局等部门密切配合": a clause naming
# the lead, then clauses in which the others take their share — each of those cooperates ("公安部门牵头进驻、靠前整治,塘下办事处和
# 赵宅社区属地管理": the lead's clause may name its own action; 属地管理 is a share)
_LED_CLAUSE = re.compile(r"^(?:" + _BY + r")?(?P<lead>[^，,。；;由]{2,30}?)"
                         r"牵头(?:负责|落实|抓总|组织实施|(?!单位|部门)[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2,6})?)?$")
# (负责 only as 分别负责: "由X牵头，Y负责实施" names who does the work, not a share of it)
_SHARE_CLAUSE = re.compile(r"^(?P<list>[^，,。；;]{2,120}?)(?:" + _TAIL + r")?(?:分别负责|(?:共同|联合|密切|积极|全力|主动|紧密)?"
                           r"(?:参与|参加|配合|协助|抽调)|属地管理|属地负责)")


# a body taking part in the action another leads, printed first: "2021年9月9日管理局禁牧专班一行6人深入包头五当召管理站参加了由吉忽伦图
# 苏木牵头,联合包头分局、石拐区自然资源局等相关部门共同开展的禁牧专项行动" (fresh28's 大青山; its gold: the 专班 cooperates, its staff
# count and where it went no part of its name)
_JOINING = re.compile(r"^(?P<who>[^，,。；;由]{2,30}?(?:专班|局|委|办|所|队|站|中心|组))(?:一行[\d一二三四五六七八九十]+人)?"
                      r"(?:(?:深入|前往|到|赴)[^，,。；;由]{2,16}?)?参加了?(?P<by>由)")


def led_shares(sent: str) -> Roles | None:
    """由X牵头(落实), A、B分别负责, C联合参与 / A、B抽调…: X leads, the bodies of the later clauses cooperate."""
    clauses = [c.strip() for c in re.split(r"[，,]", sent.rstrip("。；;"))]
    for i, c in enumerate(clauses):
        joining = _JOINING.match(c)
        if joining:
            c = c[joining.start("by"):]
        m = _LED_CLAUSE.match(c)
        lead = _lead(m["lead"]) if m else None
        if not lead:
            continue
        roles = Roles.of((lead, []))
        if joining and _unit(who := without_when(joining["who"])):
            roles.add("cooperate", [who], [])
        for k, later in enumerate(clauses[i + 1 :]):
            share = _SHARE_CLAUSE.match(later)
            closed = bool(share and re.search(_TAIL + r"\S{0,4}$", later[: share.end()]))
            got = _bodies(share["list"], closed) if share else None
            if not got and k == 0:
                # the next clause a joint group, none of it named to lead: "由区农业综合行政执法大队牵头,区检察院、市场监管局、
                # 公安分局食药环大队联合开展…" (fresh20's 呼兰): the group cooperates with the lead
                # (the lead's verb opening the clause: "由县安委办牵头,联合应急管理局、市场监管局…等多部门组成联合执法组" (fresh28's
                # 宝清): the bodies after it, no verb glued to the first; and a team the bodies' staff form: "由城关区八一街道牵头,
                # 加措社区、…和罗布林卡消防救援大队工作人员组成的联合执法队伍开展…" (fresh28's 拉萨 八一): the 由 governs both clauses)
                # (only after 由: "X牵头,联合A、B…开展" is joint_action's)
                by = bool(re.match(_BY, c))
                if by:
                    later = re.sub(r"^(?:并|共同)?(?:联合|会同|协同)(?=[\u4e00-\u9fff]{2})", "", later)
                group = (joint_without_lead(later + ",") or joint_group(later + ",")  # (this clause only)
                         or (composed_group("由" + later) if by else None))
                if group and not group.lead and group.cooperate and not set(group.cooperate) & set(lead):
                    roles.add("cooperate", group.cooperate, group.generic_cooperate)
                break
            if not got:
                break
            roles.add("cooperate", *got)
        return roles if roles.cooperate else None
    return None


# ---------------------------------------------------------------- one reader for a joint group (fresh16)
# A news report's subject that is a group of bodies acting together, none named to lead, in any of the forms one step
# from each other that fresh16 showed: "公安交警、交通、公路部门联合,重点对…" (蓝山: fields sharing one 部门),
# "市交通运输、公安交警联合执法人员持续…" (庆阳), "县路政大队与县公安局交警大队一道,加派…" (大英),
# "县文旅广体局、…、交通运输局等单位分为五组,将对…" (桂阳), "县教科局和县疾病预防控制中心在县电教馆三楼会议室联合举办了…"
# (大竹), "由青海省文化和旅游厅、甘肃省文化和旅游厅联合主办的…" (青海), "市商务局、…、市消防救援支队到盘州市开展…联合检查"
# (六盘水), "该县市场监管局、…和禹源集团文旅投等部门,通过综合施策、联动查处等举措" (积石山), "县卫生健康局、县教育局联合召开了…
# 会议" (郴州); and a place organising the bodies — "博白县组织公安、城市监察、工商等部门执法人员在城区联合开展" (博白),
# "虞城县组织开展了交通、公安联合执法专项治超行动" (虞城): the place is where, no unit; the bodies all cooperate (fresh16's README).
# The reader is one: an opening (由 / 该县 / a place that 组织s), the group (named units, or bare fields from _FIELD_NAME,
# with an optional 等-phrase and the staff sent), where it met (在…), and a joint marker.
# (是 before the group that held an event: "今年的春节晚会,是第十三师红星一场和哈密市陶家宫镇合办的" (fresh32's 兵团 page); a mechanism set up
# for the group with no subject: "建立公安、城市管理部门联合执法工作机制" (fresh32's 重庆 plan; its README: the two fields cooperate, named bare))
_GROUP_OPENING = re.compile(r"^(?:(?:按照|根据|依据|依照)(?=[^，,。；;]{4,80}?联合(?:印发|发布|下发|出台)(?!的))|" + _BY + r"|"
                            r"是(?=[^，,。；;]{4,60}?合办的)|(?:建立健全|建立|健全)(?=[^，,。；;]{4,60}?联合(?:执法|检查|巡查|监管|工作){1,2}机制)|"
                            r"该[县市区镇乡](?=[\u4e00-\u9fff])|(?P<place>[\u4e00-\u9fff]{2,8}?[省市州县区旗])(?:人民政府|政府)?组织(?:开展了?)?)")
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
               r"共同(?=开展|展开|进行|对[^，,。；;]{1,30}?(?:开展|进行)|(?:审核|审定|评审)(?=[，,。；;])|(?:抽调|选派)[^，,。；;]{0,8}?(?:成立|组成|组建)|(?:成立|组成|组建)[^，,。；;]{0,10}?(?:组|队|专班))|(?:将|已)?(?:开展|展开)了?(?:[^，,。；;联]{0,12}?)联合大?(?=执法|行动|检查|整治|巡查|督查|排查)|(?:共同)?(?:评选|遴选|评定)出(?!的)|"
               r"联合(?=执法|开展|展开|检查|行动|整治|督查|排查|巡查|主办|举办|召开|(?:印发|发布|下发|出台|发文)(?!的)(?![^，,。；;]*》的(?:通知|函|批复|意见))|对[^，,。；;]{1,30}?(?:授牌|开展|进行|检查|表彰|通报)|[，,])|(?:一道|一起)(?=[，,]|对[^，,。；;]{1,30}?(?:开展|进行)|开展|到|赴|深入|前往)|"
               # (联动 before a comma: "…、县公安局等部门联动,对…开展"; a notice's title "A、B联合印发《…》的通知" is no action)
               r"(?<![积极主动])联动(?=[，,])|"
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
# bodies named by their field alone (with or without a level): units as printed in a joint group (fresh16's README);
# an unclosed group is read only when each of its items is a named unit or one of these
# (a field's own branch: "高速交警" (fresh17's 山阴), 铁路公安, 森林公安)
# (and a field's enforcement named by it: "…,并联合教育、文体执法,深入…" (http://shareonl.com/xxgk/xwzx/lgyw/jddt/content/
# post_12053526.html))
_FIELD_NAME = re.compile(r"^[市县区]?(?:高速|铁路|森林)?(?:公安(?:交警|交通|消防|边防|边境)?|交警|交通(?:运输)?|公路|路政|工商|城管|城市监察|消防|应急|市场监管|税务|卫生(?:健康)?|"
                         r"教育|文化|文体|文旅|文广|环保|生态环境|住建|国土|自然资源|林业|农业|水利|水务|商务|民政|人社|安监|"
                         # (the co-op union named by its field: "市禁鞭办组织公安、城管、应急管理、市场监管和供销等部门开展…" (fresh29's 随州))
                         r"供销)(?:执法)?$")


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
    if all(_unit(x) or _FIELD_NAME.match(x) or _BARE_SCHOOL.match(x) or _place_sharing(x, items[i + 1:]) for i, x in enumerate(items)) \
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
_LED_GROUP = re.compile(r"^(?P<list>[^，,。；;]{4,120}?)(?P<tail>" + _TAIL + r")?(?:的?(?:执法|工作)人员)?(?:(?<=[局委办所队站心院])一行(?=开展|展开|进行))?"
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
            bodies = subject + [x for x in bodies[0] if x not in subject], bodies[1]
        if bodies and m.groupdict().get("cls"):
            bodies = bodies[0], bodies[1] + [m["cls"][1:]]
        # (one named body beside the kinds of body that serve the place: "随后街道城管办、社区居委会、物业公司联合行动" (fresh27's 华明))
        if bodies and (len(bodies[0]) >= 2 or bodies[0] and bodies[1] and all(_KIND_OF_BODY.match(x) for x in bodies[1])) \
                and len(set(bodies[0])) == len(bodies[0]):
            return Roles.of(cooperate=bodies)
    return None


# A single body's reported deed is an event, not a task (the integrator's convention, stop 24, rule 3; benchmarks/data/
# other_districts/README.md, "A body's own action: task or event"): "金山区林业站于2018年5月,在全区范围内组织开展了…专项行动"
# (fresh30), "近日,代力吉镇扎实开展林草资源巡查监管工作" (fresh35), "香格里拉市市场监督管理局周密部署,组成专项整治小组,对经营户开展…"
# (fresh32), "市农业农村局对宣州区秋季秸秆禁烧工作开展督导检查" (fresh25), "一是由区城管委领导带队检查了…" (fresh35), "郑州市安委会…
# 专项巡查组由…带队,…开展了为期三天的专项巡查" (fresh35), "霞寨镇组织工作人员对…进行拆除" (fresh33) — the readers stop 19–23 wrote for
# them (`_ORGANISED_ALONE`, `_REPORTED_ALONE`, `_INSPECTED_ALONE`, `_TEAM_LED`, …) were removed with their gold tasks. Two kinds of
# line stay a task of one body, for a word that charges it or a duty it hands down:
# - the body named by 由 as the one that sets up the teams for the work: "由海口市农贸市场、大型商场环境秩序整治工作领导小组办公室成立4个
#   巡查小组,每月2次对40个农贸市场整治情况进行巡查评比" (fresh32's 海口; rule 2, 由X);
# - the body sending its notice down to a class of bodies: "一是区安委会办公室对各成员单位下发《关于做好…的通知》,要求各成员单位要…",
#   "二是安监环保局对各企业单位下发《企业复工复产的安全要求》" (fresh35's 安庆经开区: a duty handed down, as a 责任书 is, rule 6).
_FORMED_BY = re.compile(r"^由(?P<by>[^，,。；;由“”《》]{3,40}?)"
                        r"(?:成立|组成|组建)了?(?:[\d一二三四五六七八九十]+个)?[\u4e00-\u9fff]{0,6}?(?:小组|工作组|检查组|巡查组|督查组|专班)"
                        r"[，,](?:[^，,。；;]{0,12}?)对[^，,。；;]{2,40}?(?:开展|进行)")
_SENT_DOWN = re.compile(r"^(?P<subj>[^，,。；;“”《》由对向要将应须拟]{3,24}?)(?<![组班行])(?:对|向)(?:各|全[省市区县镇乡])[^，,。；;“”《》]{0,16}?"
                        r"(?:下发|印发|转发|发出)了?《")
_PREAMBLE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?(?:上午|下午)?|近日|日前|近期|连日来|(?:根据|按照|为)[^，,。；;]{2,40})$")
# (a report's points opened by the body that set them, "经开区安监环保局要求,一是区安委会办公室对…" (fresh35's 安庆经开区): the first
# point read from its own number on)
_POINTS_SET = re.compile(r"^[^，,。；;]{2,30}?(?:要求|部署|安排)$")
_POINT_OPENING = re.compile(r"[一二三四五六七八九十]是")


def _sent_down(sent: str) -> re.Match | None:
    """X对各…下发《…》 at the sentence's start, after its date / 根据 / 为 clauses, or after `X要求,一是`."""
    at = 0
    for clause in re.split(r"[，,]", sent):
        if m := _SENT_DOWN.match(sent[at:]):
            return m
        after = at + len(clause) + 1
        if _POINTS_SET.match(clause) and (p := _POINT_OPENING.match(sent, after)):
            return _SENT_DOWN.match(sent[p.end():])
        if not _PREAMBLE.match(clause):
            return None
        at = after
    return None


def organised_alone(sent: str) -> Roles | None:
    """由X成立N个…小组,…对…进行 (X named by 由) and X对各…下发《…》 (a duty handed down): X leads, alone. A single body's
    reported deed with no such word is no task (stop 24, rule 3)."""
    if (m := _sent_down(sent)) and (lead := _lead(m["subj"])) and len(lead) == 1:
        return Roles.of((lead, []))
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        f = _FORMED_BY.match(sent[at:])
        if f and _unit(f["by"]) and not is_generic(f["by"]):
            # (a leading group's office named with the fields of its work keeps its 、: one body, as printed)
            return Roles.of(([f["by"]], []))
    return None


# a body and the departments with it, each organising its share: "此次评选是由辽宁省农委等相关部门分别组织专家,对各市推荐的…进行评审"
# (fresh30's 辽宁; its README: `由X等相关部门分别组织`, the one named body cooperates): none leads, the class joined to it generic
_ORGANISED_JOINTLY = re.compile(r"^" + _BY + r"(?P<list>[^，,。；;由]{2,60}?)(?P<tail>等(?:相关|有关)(?:职能)?(?:部门|单位))"
                                r"(?:分别|共同|联合)组织")


def organised_jointly(sent: str) -> Roles | None:
    """由X(、Y)等相关部门分别/共同组织…: the bodies named cooperate, none leads."""
    m = _ORGANISED_JOINTLY.match(sent)
    got = m and _bodies(m["list"], True)
    if not (got and got[0]):
        return None
    return Roles.of(cooperate=(got[0], got[1] + [m["tail"][1:]]))


# bodies organising experts together for a review, none named to lead: "自治区工业和信息化委、科技厅、发展改革委组织专家对申报自治区级
# 研发中心认定的企业进行评审" (fresh41's 广西 研发中心; its README: the issuers' joint procedure, all cooperate), "省工信厅、省财政厅组织
# 专家对申报企业进行评审" (河北 技术创新示范企业 公示, http://www.zkyjcjx.com/policy/view?id=1123): two named bodies at least, at the
# sentence's start or a clause's; one body organising experts is its own procedure (rule 3: no task)
_EXPERTS_ORGANISED = re.compile(r"^(?P<list>[^，,。；;：:“”《》由]{4,80}?)(?:共同|联合)?组织(?:有关|相关)?专家(?=对|进行|开展|评审|论证|审核)")


def experts_organised(sent: str) -> Roles | None:
    """A、B(、C)组织专家对…进行评审: the bodies named cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _EXPERTS_ORGANISED.match(sent[at:])
        got = _bodies(m["list"], False) if m else None
        if got and len(got[0]) >= 2 and not got[1] and all(_unit(x) and not is_generic(x) for x in got[0]):
            return Roles.of(cooperate=(got[0], []))
    return None


# places acting together, none named to lead: "广西南丹县和贵州省荔波县、独山县联合开展“扫黄打非”区域联防协作活动" (fresh34's 南丹),
# "重庆市长寿区、合川区与四川省邻水县三地市场监管局联手开展七大行动" (fresh34's 长寿) — each place stands for its government, or for its
# department of the work when one is printed once after their count (三地市场监管局); all cooperate, each named as printed
# (a count printed must be the number of places named: "两县三部门" is no such list; a class of places, 各县 / 相邻区县, names none)
_PLACES_TOGETHER = re.compile(r"^(?P<list>[\u4e00-\u9fff、]{5,60}?)(?:(?P<count>[两二三四五六七八九十])(?:地|县|市|区|省|县区|县市|市县)"
                              r"(?:[\u4e00-\u9fff]{2,12}?(?:局|厅|部门|机关|单位|办))?)?(?:共同|携手)?(?:联合|联手)"
                              r"(?=开展|展开|执法|检查|行动|整治|督查|排查|巡查|巡逻|打击|组成|成立)")
# (an autonomous county, its city before it: "近日,宜昌市五峰土家族自治县和恩施州鹤峰县联合开展了“扫黄打非”区域联防协作"
# (http://old.cn3x.com.cn/content/show?catid=331861&newsid=964894))
_AUTONOMOUS_COUNTY = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?[省市州])?[\u4e00-\u9fff]{2,8}自治[县旗]$")
_PLACE_JOINER = re.compile(r"、|(?<=[省市州县区盟旗])(?:和|与|及|同)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def places_together(sent: str) -> Roles | None:
    """A县和B县、C县联合开展… / A区、B区与C县三地X局联手开展…: places acting together, all cooperate."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _PLACES_TOGETHER.match(_WHEN.sub("", sent[at : at + 200], count=1))
        if not m:
            continue
        names = _PLACE_JOINER.split(m["list"])
        if len(names) < 2 or not all((_PARTNER_PLACE.match(x) or _AUTONOMOUS_COUNTY.match(x)) and not re.search(r"\d?团$", x)
                                     for x in names):
            continue
        if m["count"] and _COUNTS[m["count"]] != len(names):
            continue
        return Roles.of(cooperate=(names, []))
    return None


# one body working closely with others, none named to lead: "该林场加强与森林公安等部门密切配合,对营林生产区域进行全面排查" (fresh34's
# 阿里河; its gold: both cooperate, as X与Y等部门密切配合, the farm named with 该 dropped); the bodies after 与 a closed list
_CLOSE_WITH = re.compile(r"^(?P<a>[\u4e00-\u9fff（）()]{2,24}?)(?:还|也|将|要|并|进一步)?(?:加强|强化|积极|主动|持续|始终)?与"
                         r"(?P<b>[\u4e00-\u9fff、（）()]{2,60}?)(?P<tail>" + _TAIL + r")?(?:之间)?的?(?:密切|紧密|通力|深度)(?:配合|协作|合作|联动)"
                         r"(?=[，,]|开展|对|在|共同)")
_SAID_BODY = re.compile(r"^该(?=[\u4e00-\u9fff]{0,4}(?:林场|农场|牧场|渔场|站|所|队|局|院|中心|办|公司)$)")


def working_closely(sent: str) -> Roles | None:
    """X加强与Y等部门密切配合,…: both cooperate, none leads."""
    for at in [0] + [x.end() for x in re.finditer(r"[，,]", sent)]:
        m = _CLOSE_WITH.match(sent[at : at + 200])
        if not m:
            continue
        a = without_when(m["a"])
        a = a if _BACK_REF.match(a) else _SAID_BODY.sub("", a)
        if not (_unit(a) or _BACK_REF.match(a) or re.search(r"(?:林场|农场|牧场|渔场)$", a)) or _NOT_BODY.search(a):
            continue
        got = _bodies(m["b"], bool(m["tail"]))
        if not (got and got[0]) or _NOT_BODY.search(m["b"]):
            continue
        return Roles.of(cooperate=([a] + got[0], got[1]))
    return None
