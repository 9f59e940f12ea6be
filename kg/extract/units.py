"""Responsible units in a note: split lists, tell named units from generic phrases, read roles.

Everything here is a pure function over one string, so each writing style is one table of tests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from kg.extract.converter_names import is_converter_body

__all__ = ["BOLD_REMARK", "Roles", "split_units", "is_generic", "is_unit", "holds_de", "all_named", "is_name", "parse_roles",
           "ROLE_LABELS", "has_role_cue", "Convention", "document_convention", "split_deadline"]

# A named unit ends like an organisation (局, 委, 办, 中心, 街道, 开发区, 公司 …).
_UNIT_END = re.compile(
    r"(局|委|办|中心|部|院|会|队|所|处|站|公司|街道|开发区|管委会|专班|联|法院|检察院|分局|大队|科协|妇联|残联|"
    r"工会|组|室|社|行|集团|供电部|分中心|部门|机构|党校|监委|机关|团区委|人武部|办事处|小组|政府|厅|总队|支队|"
    r"团县委|团市委|管理处|公安处|海关|科|股|高新区|新区|园区|示范区|试验区|(?<=.{2})馆|(?<=.{2})协|"
    # a named industrial cluster zone, as a 开发区 / 园区 (decision D, stop 25: "第七条 大江东集聚区应当深化行政执法体制改革" (fresh19's
    # 杭州 regulation, a place standing for its administration); "…由大江东产业集聚区管委会负责…" on 杭州's own pages)
    r"(?<=[\u4e00-\u9fff]{2})(?<![各本该])(?<!相关|有关|所在)(?<!^产业)集聚区|"
    # an economic development zone by its short name ("各乡镇、县经开区负责组织本辖区…", 枞阳; a 配合单位 cell "经开区" ⏎
    # "高新园" ⏎ "(邹区镇)", 钟楼)
    r"经开区|"
    # a radio or television station, as a newspaper is a 社: "及时召集县公安、国土、…、报社、电台及相关乡镇部署安排" (fresh31's 新干)
    r"电台|电视台|"
    # a park named by its trade, as its administration ("高新园(邹区镇)" in a 配合单位 cell, 钟楼; no 公园 / 幼儿园)
    r"(?:高新|产业|工业|科技|物流|创业|软件|农业|科创|开发)园|"
    # a named forest farm, a forestry bureau's unit ("…、纪检政法委、新兴林场,对…进行了联合执法" (tasks31's 露水河,
    # http://855696.cn/newshow.asp?id=7564); "国有林场" with no name of its own stays out: (?<!国有))
    # (and a level's own farm: "县资规局、县应急管理局、县林场、上冈消防站联合举办…演练" (http://jianhunews.com/article/
    # lists-content.html?key=66d6f80c614f89413d8b4568&parentkey=5bf273102dd4284f048b458b))
    r"(?:(?<=.{2})|(?<=^[省市县区镇乡]))(?<!国有)林场|"
    # (and a named farm, ranch or trial station of its own: "黄田农场、大泉湾乡、红星四场、中铁九局联合举办…" (fresh32's 兵团 page),
    # "平山派出所联合平山野生动物实验场组织开展森林资源巡查" (fresh32's 尚志); a corps farm named by its number, 红星一场 / 红星四场,
    # after a name of two characters, never after a verb or a measure: "举办一场", "第一场", "这场" stay out)
    # (家庭农场 is a kind of farm, a class; 牧场 stays out: "建设美丽牧场" is a task row's item (fresh12's 嵊泗))
    r"(?<=.{2})(?<!国有)(?<!家庭)(?:农场|实验场|试验场)|(?<=[\u4e00-\u9fff]{2})(?<![了办行展是响演这那每第])[一二三四五六七八九十]场|"
    # a road's or railway's section office: "由交警、交通、公路段组成专项整治工作组" (http://m.dg-xinl.com/html/2021/tz_0204/
    # 189716.shtml)
    r"(?:公路|养护|工务|电务|车务|机务)段|"
    # the production corps, by its name or the short name its page defines: "新疆生产建设兵团(以下简称“兵团”)" … "兵团将充分发挥
    # 优势棉区生产优势" (fresh55 xinjiang_bingtuan-2024-mianhua-youshi-quyu-tuanchang.txt:3,6; rule 2: a named body with 将 leads)
    r"(?:^|(?<=生产建设))兵团|"
    # a 署 by its name (海关总署, 审计署, 社会福利署) or a reply's addressee by it: "由你署会同有关部门进行验收" (fresh56
    # quanguo_guowuyuan-bangongting-2000-chukou-jiagongqu-shidian-fuhan-law101.txt:21, its README: 你署 leads); the verbs 部署 /
    # 签署 / 连署 / 副署 are none
    r"(?<=[\u4e00-\u9fff])(?<![部签连副])署|"
    # a flood-control headquarters by its short name: "三、在汛期内防指要组织区应急局、…等部门建立联合会商和预警发布制度" (fresh56
    # jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt:29; its README: 防指 leads), 省防指 / 市防指 on other pages
    r"防指|"
    # a property firm by its short name: "海湾镇综合行政执法队联合海滨新二村居委会、镇环卫部门及东杭物业,共同开展…" (https://www.
    # fengxian.gov.cn/cgzfj/jcdt/20250422/87828.html; tasks44: the firm cooperates); a kind ("小区物业", "物业") is none
    r"(?<=[\u4e00-\u9fff]{2})(?<!小区|社区|社群|辖区|相关|有关|各类|所在|属地)物业|"
    # a level's people's congress named short: "鹿邑县观堂镇人大组织镇派出所、司法所、工商所等7个部门的执法人员,对…进行了集中整治"
    # (fresh29's 观堂; its gold: the congress leads); never 人大 alone
    r"(?<=[\u4e00-\u9fff])人大|"
    # a named community (its 居委会): "下一步,同德巷社區將繼續聯合東北街道城市管理綜合執法中隊加大占道經營整治力度" (tasks39's 肃州; the
    # sets' gold names 同德巷社区, 华安社区, 加措社区 … as units); a kind or a place to go to ("城市社区", "进社区", "各社区") is none
    # (and as an s2twp converter writes it, 社群: "…環衛執法局聯合阿幹鎮政府、中街社群及民意社群,出動…" (fresh46 gansu_lanzhou-qilihe-
    # shifogou-jingqu-huanwei-zhifaju-lianhe-zhengzhi-s2twp.txt:9; its gold: both communities cooperate, named as printed))
    r"(?<=[\u4e00-\u9fff]{2})(?<![各本该进入到驻在向])(?<!相关|有关|所在|辖区|城市|农村|城乡|小区|全体|基层|和谐|智慧|文明|美丽|平安|示范|走进|深入|"
    r"服务|涉及|所属|下辖|全市|全区|全县|全镇|村居|居民|试点|老旧)(?<!无物业|无物管|商品房)(?:社区|社群))$"  # 文化馆, 图书馆, 博物馆; 计生协, 政协
)
# Generic phrases: they name no one unit (各镇办, 区相关部门, …成员单位, 属地政府).
# ("区属各重点国企": every enterprise a level owns is a class, fresh18's 渝中 目标任务分解 row)
# (whichever office covers the place names no unit: "辖区派出所", "属地街道", "所在地工商所", the integrator's convention of
# stop 18)
_GENERIC = re.compile(
    r"^(各|有关|相关|其他|其|全区|属地|所在|所辖|辖区|承担)|^[省市州县区]属各|有关|相关|成员单位|(?<!治)镇办|职能部门|行业主管部门|^(?:项目|企业)主管部门$|^[区市县省]?主管部门$|涉改部门|各镇|街道办事处$|"
    r"^乡镇(?:人民)?政府$|^乡镇$|^镇(?:人民)?政府$|^(?:村|居)(?:[(（][村居][)）])?(?:民委员会|委会)$|^建制镇(?:人民)?政府$|^行业主管|^[省市县区乡镇]级(?:人民)?政府$|^[省市县区乡镇]级以上|^乡[(（]镇[)）]|"
    r"^(等|等部门|等单位)$|^区直|行业组织|群团组织|各部门|单位$|^[^区市县]{0,3}单位$|的(?:[县市区]级)?(?:单位|部门|机构)$|"
    # a level's body named for every place of the level: "县(市、区)爱卫办", "县（市、区）政府" (唐山 病媒生物防制管理办法)
    # (one alternative level, "县(市)政府", names one government: kept)
    r"^[市州县区][（(][市县区旗]、[市县区旗、]{1,6}[)）]|"
    # the stations of two levels, none named: "食药环森大队联合区乡派出所、森警中队深入村组…" (http://www.5aisb.com/internet/2023/
    # 0319/10971.html; tasks44: the stations a class, the squadron cooperates)
    r"^(?:区乡|县乡|乡镇|镇乡|乡村|镇村)(?:派出所|司法所|财政所|林业站|卫生院|兽医站)$|"
    # the organs of a whole branch, several kinds of body: "二是政法机关要坚定不移地贯彻“严打”工作方针" (fresh38's 贞丰; its README: a
    # class) — the courts, procuratorates, police and justice bureaus; one field's organ ("工商行政管理机关", fresh2) stays a body
    r"^(?:[省市县区]级)?(?:政法|司法|执法|行政|国家|党政|党政群)机关$|"
    # a body's own offices out in the field, none named: "第十六条 开发区管委会及派出机构应当依据《大同市政务信息公开条例》实行政务公开
    # 制度" (tasks99's 大同 开发区 条例, http://www.fymate.net/html/text/lar/168397/16839756_1.html; its gold: the 管委会 leads, its 派出
    # 机构 a class), as "区应急局及所属单位" reads
    r"^(?:其)?(?:派出|内设|直属|下属)机构$|"
    # the mass organisations as a kind, and the sections a street pairs with its villages or markets, none named: "由镇政法委员、社治办、
    # 派出所、司法所和群团部门、属地村社区联合开展调解工作" (fresh42's 自贡 狮市), "城市综合管理办联合包抓科室,重点对…进行燃气安全督导"
    # (fresh43's 雁塔 小寨路; both golds: a class)
    r"^群团(?:部门|单位|组织)$|^包(?:抓|联|片|保)(?:科室|部门|单位)$|"
    # (a market's management company, none named: "我街道办联合市城管局、市交警大队、市农业农村局和市场管理公司协同行动" (tasks107))
    r"^市场管理(?:服务)?(?:公司|企业)$|"
    # (teams named only by the people they are made of, none named: "投資400萬元以下的項目由當地農牧民施工隊負責實施" (fresh64
    # xizang_rikaze-shi-linyeju-2021-zhishu-zaolin-tuijin-tyjgjz.txt:13; its gold: a class of teams, as fresh26's 由各社区负责))
    r"^(?:当地)?(?:农牧民|农民|牧民|村民|居民|群众)(?:施工|建设|务工|劳务|工程)?(?:队伍|队)$"
)
# Words that continue a 各… phrase after a 、: "各镇、街道", "各县、市、区政府" (every county, city and district).
_GENERIC_TAIL_WORDS = {"街道办事处", "街道", "街道办", "镇办", "社区", "村", "市", "县", "区", "乡", "镇", "乡镇", "区政府",
                       "县政府", "市政府", "区人民政府", "县人民政府", "市人民政府", "管委会",
                       # a park's organ named by its kind, not its name: "各县区人民政府、园区管委会" (淮安)
                       "园区管委会", "开发区管委会",
                       # (a resort zone's by its kind: "各县(市)区人民政府、开发(度假)区管委会", fresh49's 昆明 — every
                       # development zone's and resort zone's committee)
                       "度假区管委会",
                       # a city's functional zones named by their kind: "各县区、功能板块" (连云港 民生实事)
                       "功能板块", "功能区"}
# The first character of a unit named by its government's level: 区/县/市/省, and 州 (an autonomous prefecture's:
# 州委编办, 州司法局) and 旗 (an Inner Mongolian banner's: 旗发改委)
_LEVEL_PREFIXES = "区县市省州旗"
# ("…、龙文区教育局以及芗城区巷口派出所等部门": 以及 after a whole name joins the last name of the list, fresh14's 漳州)
# (and after a named community or district: "…、海福新城社区以及物业单位", fresh17's 海虞)
# ("区发改局/区财政局/区统计局": a slash between two names parts them, as a 、 does; a lone "/" cell means none)
# (及 after a named school: "…、派出所、平口镇中心学校及平口镇中学护校队", fresh18's 平口)
_SPLIT = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff）)])[/／](?=[\u4e00-\u9fff])|(?:及|和|以及)(?=其|各|有关|相关|(?:派出|内设|直属|下属)机构)|(?<=[局委办所队站院厅区])以及(?=[\u4e00-\u9fff]{3})|(?<=学校)(?:以及|及|和)(?=[\u4e00-\u9fff]{3})|(?<=街道办事处)(?:以及|及|和)(?=[\u4e00-\u9fff]{2})|(?<!平)等(?=[^、，,；;]{0,10}(?:有关|相关|成员单位))"
                    r"|(?<!平)等(?=[^、，,；;]{2,16}的(?:[县市区]级)?(?:单位|部门|机构)$)")
_ROLE_VERB = re.compile(
    r"(?P<verb>共同牵头|为牵头单位|为牵头部门|为配合单位|为配合部门|为协办单位|牵头负责|牵头实施|牵头落实|牵头推进|牵头|主办|按(?:照)?职(?:责|能)分工分别负责|分别负责|按照职责分工负责|按职责分工负责|按照职能分工负责|按职能分工负责|按职责负责|共同负责|"
    r"负责落实|负责|配合|参加|参与|协办|协助|为责任单位|具体负责|组织实施|主责|协责|协同|"
    # a 责任单位 cell of bodies that help carry the item out: "市发改委、市人力社保局、市科技局、团市委配合落实" (杭州
    # 重点工作责任分解, https://m.wxycw.com/fanwen/134701.html)
    r"配合落实|配合完成|协助落实|协助完成|"
    # (按职责分工 before 分别负责 is the verb's, not the last name's: "责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府
    # 按职责分工分别负责", 西平 2020 法治政府建设工作安排, http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm)
    # the verb after 牵头 / 按职责分工 in any wording ("牵头卖力", "按职责分工卖力": a synonym-spun copy, 广东)
    r"牵头(?!单位|部门|领导)[\u4e00-\u9fff]{2}|按(?:照)?职(?:责|能)分工(?!负责)[\u4e00-\u9fff]{2})$"
)
ROLE_LABELS = {
    "lead": ("主要牵头部门", "牵头协调部门", "牵头责任单位", "牵头单位", "牵头部门", "牵头实施单位", "牵头机构", "主办单位",
             "主责单位", "主责部门", "主要责任单位", "主要负责单位", "牵头汇总单位", "牵头科室", "牵头处室", "牵头股室",
             # the body that starts a joint 双随机 check (发起部门 | 配合部门 抽查 plans: 郴州, 长治, 武汉开发区; an office's
             # own 发起处室 | 联合处室, 石家庄 文广旅局)
             "发起部门", "发起单位", "发起处室", "发起科室"),
    "cooperate": ("配合部门和单位", "配合单位", "配合部门", "协办部门", "协办单位", "参与单位", "参与部门", "主要协作单位",
                  "协作单位", "协同单位", "协同责任单位", "配合责任单位", "协同部门", "协同配合单位", "协助单位", "配合责任部门",
                  "配合科室", "协办科室", "配合处室",
                  # the bodies that share an item with its lead ("(牵头单位:市教育局;共同责任单位:市发改委、市财政局,各县区、
                  # 功能板块)", 连云港 民生实事 2023, http://rd.lyg.gov.cn/lygrd/rdgg/content/2d35dff7-8846-4ce5-92c6-c7af4b552216.html)
                  "共同责任单位",
                  # 主责 / 协责 pairs, and a proposal's 会办 units beside its 主办 (人大建议 / 政协提案 办理)
                  "协责单位", "协责部门", "会办单位", "会办部门", "会办处室",
                  # the sections joining a 发起处室's check, and the body that supplies an indicator's figures beside its
                  # lead ("(牵头领导:…,牵头单位:市发改委,数据提供单位:市统计局)", 成都 责任分解)
                  "联合处室", "联合科室", "联合部门", "参加部门", "参加单位", "数据提供单位",
                  # a level's partners and supervisor printed under a 责任单位 line ("责任单位:各县(区)人民政府" ⏎ "市级督导单位:
                  # 市民政局" ⏎ "市级配合单位:市发展改革委、…", fresh62 yunnan_lincang-shi-zhengfu-2020-binzang-gaige-tuijin-
                  # fangan-bongotimes.txt:16-18; its README, the integrator's ruling: a supervisor takes part, cooperate)
                  "省级配合单位", "市级配合单位", "县级配合单位", "区级配合单位", "省级督导单位", "市级督导单位", "县级督导单位",
                  "区级督导单位"),
    "responsible": ("责任单位", "责任部门", "负责单位", "负责部门", "责任主体", "责任科室", "实施单位", "责任处室", "责任股室",
                    "落实单位", "承办单位", "部门分工", "实施机构",
                    # a 双随机 plan's column of the body that checks (上高 `序号 | 检查主体 | 年度计划名称 | …`)
                    "检查主体", "实施主体"),
    "deadline": ("完成时间", "完成时限", "时间节点", "完成期限"),
    # people, never units: "（牵头领导：张三；牵头单位：县发改局…）"
    "person": ("牵头领导", "牵头负责领导", "责任领导", "分管领导", "联系领导", "包保领导", "总责任人", "责任人", "联系人",
               # a funded project's leader and answerable persons in a 公示 (tasks76's 叶城, "项目责任领导:<person>", "项目责任人:…")
               "项目责任领导", "项目责任人"),
}
_LABEL_RE = re.compile(
    "(" + "|".join(sorted((l for ls in ROLE_LABELS.values() for l in ls), key=len, reverse=True)) + r")[:：]?"
)
_BRACKET_LABEL = re.compile(
    r"[【\[［〔]\s*(" + "|".join(sorted((l for ls in ROLE_LABELS.values() for l in ls), key=len, reverse=True)) + r")\s*[】\]］〕][:：]?")
BOLD_REMARK = _BOLD = re.compile(r"[（(][^（）()]*(黑体|加粗|粗体)[^（）()]*[）)]|其中黑体标注单位为牵头单位|标黑体的为牵头部门")
_CUE = re.compile(r"牵头|负责|配合|协办|参加|责任单位|责任部门|牵头单位|牵头部门|职责分工")


def has_role_cue(s: str) -> bool:
    return bool(_CUE.search(s))


# a body's 各… ending like a body is the class of its parts ("市疫情防控指挥部各工作组", 武汉); "…体制各项准备工作" is no body
_PARTS_OF = re.compile(r"(?<=[\u4e00-\u9fff]{2})各[\u4e00-\u9fff]{2,6}$")


# a region's places ("大湾区内地各市", fresh16's 大湾区 plan): each city of it, a class
# (only after a place: "会议要求各乡镇" is a sentence, no class)
# (and a town's communities or villages: "落實單位:民政局、**鎮各社區" (tasks142's 文明县城 plan, a template's town) is every
# community of the town, a class)
_PLACES_OF = re.compile(r"(?<=[\u4e00-\u9fff])(?:[区省市州县旗盟]|内地|境内)各(?:市|县|区|县区|县市区|市县|乡镇|镇|街道)$"
                        r"|[镇乡]各(?:社区|村|村居|居委会|村委会)$")


# bodies counted, not named: "由嘉興市工商聯會同長三角地區9個城市工商聯聯合主辦的…對接會" (http://www.3gvb.com/News_View.asp?AID=3172;
# tasks39: the nine federations a class), "三个乡镇政府"; departments by their count alone, "并会同18个部门联合制定了《…方案》"
# (fresh35's 西藏: generic)
_COUNTED_BODIES = re.compile(r"^(?![^的了]*[的了])[\u4e00-\u9fff]{0,8}?(?:[0-9０-９]+|[两三四五六七八九十]{1,2})[个家]"
                             r"[\u4e00-\u9fff]{0,8}?(?:工商联|政府|局|委|办|联|中心|所|站|队|协会|商会|部门|单位)$")


# a street office named by its street is one body ("南市街道办事处和执法大队将持续…对…实施整治" (fresh28's 天津和平, its gold: both lead),
# "李七庄街道办事处", "书院街道办事处"); the bare kind, 各 / 有关 / 辖区 / 城区 街道办事处 and a level's, "区街道办事处", stay a class
_NAMED_STREET_OFFICE = re.compile(r"^(?!本|全|所在|所属|下属|属地|辖区|周边|城区|乡镇|[镇区市县乡])(?![\u4e00-\u9fff]{0,6}?(?:各|有关|相关|[个家]))"
                                  r"[\u4e00-\u9fff]{2,6}街道办事处$")


def is_generic(name: str) -> bool:
    if _NAMED_STREET_OFFICE.match(name):
        return False
    return bool(_GENERIC.search(name) or _PARTS_OF.search(name) and _UNIT_END.search(name) or _PLACES_OF.search(name)
                or _COUNTED_BODIES.search(name))


# Text that is never part of a unit's name: sentence fragments glued to a list by the PDF.
# ("政府主导与社会参与": 社会 is the public, not a 社 or 会 body)
# (and a verb of compliance glued before a body: "严格落实县委、县政府出台的…办法" (http://dzzcxx.com/news/mqyw/23933.html; tasks44:
# 严格落实县委 is no body))
# (and a duty's modal inside, the clause it opens glued to a name: "单位和个人应当按照市爱卫办、各县(市、区)爱卫办的要求积极参加…"
# (tasks40 hebei-tangshan-bingmei-banfa-fengong-x-fuze-inline.txt:1, read as one cooperating "unit" before))
_NOT_A_NAME = re.compile(r"由|本办法|本意见|本政策|本规定|第[一二三四五六七八九十百\d]+条|印发|抄送|注[:：]|[:：。；;]|\d{4}年|社会$|应当|"
                         r"^(?:严格|认真|切实|全面|坚决)(?:落实|贯彻|执行)")


def is_name(name: str) -> bool:
    """Plausible as the name of a unit or a generic phrase (not a glued sentence fragment)."""
    return 2 <= len(name) <= 30 and not _NOT_A_NAME.search(name)


# a named town or township (亭子镇, 浙水乡): a unit of its own, unlike the class 各乡镇
_TOWN = re.compile(r"^[\u4e00-\u9fff]{2,4}(?<![城各])(?:镇|乡|苏木)$")  # (苏木: a township of Inner Mongolia, 吉忽伦图苏木 (fresh28))


# Persons and a verb phrase that end as a unit's name does: cadres (干部 ends in 部) and a team's leading (带队 ends in 队):
# "由镇执法队、包村干部、村干部分组带队,做好巡查工作" (http://www.julu.gov.cn/content/32766.html; tasks39: the team leads, the
# cadres are persons)
_PERSONS_END = re.compile(r"干部$|带队$")


# a role word ending like an office is no body: a site's footer "主办:北京市西城区人民政府办公室 承办:北京市西城区政务服务管理局、…"
# (fresh38's 西城 page), a proposal's 主办 / 会办
_ROLE_WORD = re.compile(r"^(?:主办|承办|协办|会办|交办|转办)$"
                        # and a table's column label ending like a place: "责任街镇", "责任乡镇", "牵头镇街" (fresh58's 闵行 任务分工
                        # header, one cell a line, read as a cell of units under "责任部门")
                        r"|^(?:责任|牵头|配合|参与|协办)(?:街镇|镇街|乡镇|镇乡|街道|镇|乡)$")


# an industrial zone by its own short name, as its administration (the README's named development-zone body): "各镇、街道、莘庄工业区。
# 负责将…纳入社区综合管理范围" (fresh38's 闵行); never the bare word, a class or a run holding more ("区卫生监督部门对嘉定工业区", fresh20)
_NAMED_ZONE = re.compile(r"^(?!各|本|该|全|辖区|相关|有关|老|新|原)[\u4e00-\u9fff]{2,4}工业区$")


def holds_de(name: str) -> bool:
    """True where a name holds 的, which no named body does: of 7,150 gold units of the development sets, none named does;
    a clause glued before a body word does, "对于久拖不结的案件上级部门要加强督导检查" (fresh53's 景德镇 烟草 item, once a
    lead `于久拖不结的案件上级部门`). (A class by 的, "有资金整合任务的县级部门", is read by `is_generic`.)"""
    return "的" in name


# a place's police by its short name, the place printed short or whole before a bare 公安: "西夏公安将以西夏万达金街治安联防志愿服务队为
# 起点,打造“商圈治理样板”" (tasks76 ningxia-xixia-gonganfenju-you-paichusuo-qiantou-zujian-zhi-an-lianfang-dui.txt:3; its gold: the
# 分局's short name leads, as printed); only a division the place tables know, so a field or a kind ("交通公安", "辖区公安", "全市公安")
# stays none
_PLACE_POLICE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,5}?)公安$")


def _place_police(name: str) -> bool:
    from kg.places import place_rank

    m = _PLACE_POLICE.match(name)
    return bool(m) and place_rank(m["place"]) is not None


def is_unit(name: str) -> bool:
    # (and a body a converter printed by its Latin short name, "CPPCC" for 市政协: converter_names.CONVERTER_NAMES)
    return (is_name(name) and bool(_UNIT_END.search(name) or _TOWN.match(name) or _NAMED_ZONE.match(name) or _place_police(name)
                                   or is_converter_body(name))
            and not is_generic(name)
            and not _PERSONS_END.search(name) and not _ROLE_WORD.match(name) and not holds_de(name))


def all_named(items) -> bool:
    """Every item a named unit, none a generic phrase (a list of bodies only; True for an empty list, as `all`)."""
    return all(is_unit(x) and not is_generic(x) for x in items)


# "黄埔区、南沙区政府": places listed before a government printed once after the last; each bare place stands for its
# own government (the suffix is shared), so it is a unit of the list, kept as printed
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|镇|乡)$")
_PLACE_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗|镇|乡)(?:人民政府|政府)$")


def listed_units(names: list[str]) -> list[bool]:
    """Which names of one printed list are units: is_unit, or a bare place followed in the list by a place's
    government ("黄埔区、南沙区政府" → [True, True]; a bare "黄埔区" alone is no unit)."""
    return [is_unit(n) or bool(_BARE_PLACE.match(n)) and not is_generic(n)
            and any(_PLACE_GOVERNMENT.match(x) for x in names[k + 1:])
            or _shares_body_word(names, k) for k, n in enumerate(names)]


# fields of work sharing the body word of the last name of a cell: "人力资源和社会保障、市场监管部门", "城乡建设、卫生健康、
# 市场监管部门" (武汉开发区 抽查计划's 配合部门 cells, https://www.whkfq.gov.cn/xxgk/fdzdgk/qtzdgk/zfgb/202205/
# t20220523_1975521.html): each is a body of its field, named as printed
_FIELD_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_FIELD_BODY = re.compile(r"^[\u4e00-\u9fff]{2,10}部门$")


def _shares_body_word(names: list[str], k: int) -> bool:
    n = names[k]
    if not _FIELD_NAME.match(n) or is_generic(n) or n.endswith(("部门", "单位")):
        return False
    rest = names[k + 1:]
    j = next((i for i, x in enumerate(rest) if _FIELD_BODY.match(x)), None)
    return j is not None and not is_generic(rest[j]) and all(_FIELD_NAME.match(x) and not is_unit(x) for x in rest[:j])


@dataclass
class Roles:
    """Who leads and who cooperates, as printed; `lead_unrecoverable` when bold type marked the lead."""

    lead: list[str] = field(default_factory=list)
    cooperate: list[str] = field(default_factory=list)
    generic_lead: list[str] = field(default_factory=list)
    generic_cooperate: list[str] = field(default_factory=list)
    deadline: str | None = None
    lead_unrecoverable: bool = False

    def add(self, role: str, names: list[str], generics: list[str]) -> None:
        (self.lead if role == "lead" else self.cooperate).extend(n for n in names)
        (self.generic_lead if role == "lead" else self.generic_cooperate).extend(generics)

    @classmethod
    def of(cls, lead: tuple[list[str], list[str]] = ((), ()),
           cooperate: tuple[list[str], list[str]] = ((), ())) -> Roles:
        """Roles read at once from each role's (units, generics) pair, added as `add` adds them (copied; the lead's,
        then the partners'): `Roles.of(units_only(lead), units_only(coop))`, `Roles.of(cooperate=(names, []))`;
        a reader building roles step by step (conditions, loops) still uses `add`."""
        roles = cls()
        roles.add("lead", *lead)
        roles.add("cooperate", *cooperate)
        return roles

    @property
    def empty(self) -> bool:
        return not (self.lead or self.cooperate or self.generic_lead or self.generic_cooperate)


def _clean(name: str) -> str:
    name = re.sub(r"\s+", "", name).strip("。.：:，,；; ")
    # a leading preposition, but not the first character of a name (经济开发区, 对外…, 和平…); 经 is also the first
    # character of 经济's short forms in names (经信局 = 经济和信息化局, 经开区, 经发局, 经贸委, 经合局, 经管站; 经委 = 经济委员会,
    # "由市发展改革委、经委、农办…负责" (fresh46's 黄冈), but not 经委托, "entrusted")
    # (and a county named 和…: 和县, 和顺县, 和林格尔县 (fresh29's 安徽 "马鞍山市、和县渔政站"))
    if name.startswith("和") and any(name.startswith(c) for c in _joiner_places()):
        return name
    name = re.sub(r"^(由|请|经(?![济信开发贸合管]|委(?!托))|是|并|将|在|对(?!外)|和(?!平)|与|当地)", "", name)
    return name


_ORGANS = "党工委|管委会|管理委员会|党委|人民政府|政府"
_GUARD = str.maketrans({"、": "\x00", "，": "\x01", ",": "\x02"})
_UNGUARD = str.maketrans({"\x00": "、", "\x01": "，", "\x02": ","})


# "城乡一体化示范区、高新区党工委和管委会" (平顶山): bare places listed before organs printed once after the last; the
# organs belong to every place of the run, so the page names bodies it never spells out: the run is kept whole, as a
# phrase, not read as units ("高新区党工委和管委会" alone is two units: the organs of one place)
_SHARED_ORGANS = re.compile(rf"(?:^|(?<=[，,；;、]))(?P<run>(?:[\u4e00-\u9fff]{{2,12}}?(?:区|县|市)、)+[\u4e00-\u9fff]{{2,12}}?"
                            rf"(?:{_ORGANS})(?:和|及|、)(?:{_ORGANS}))(?=$|[，,；;])")


# "各县、特区、区人民政府" (六盘水, https://newton.com.tw/wiki/六盤水市人民政府關於進一步做好新形勢下就業創業工作的實施意見):
# 各 before a run of places whose organ is printed once after the last — one class, not the bare places it lists
# (bare places only: "各市人民政府,省沈抚示范区管委会" (fresh10's 辽宁) is a class and a unit)
_RUN_PLACE = r"(?:(?!人民|政府|管委|党委|委员)[\u4e00-\u9fff]){1,4}"
_CLASS_RUN = re.compile(r"(?:^|(?<=[，,；;]))(?P<run>各" + _RUN_PLACE + r"(?:、" + _RUN_PLACE + r")+?(?:人民政府|政府|管委会|党委))(?=$|[，,；;等]|、各)")


# bare fields listed before one 主管部门 printed once after the last ("农业、渔业、农垦、气象主管部门负责本行业相关灾情的统计",
# 海南 农业救灾资金 实施细则, fresh58 hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt:28): the competent
# departments of every field of the run, named by no place — one class (decision D's functional name), not the bare fields
_FIELD = r"[\u4e00-\u9fff]{1,3}(?<![局委办厅所站队院署会处科部])"
# (a class of levels may stand before the run: "市县农业、渔业主管部门(以下简称市县主管部门)和省农垦总局、省气象局具体负责…", the
# same article — the class beside the named bureaus)
_FIELD_RUN = re.compile(r"(?:^|(?<=[，,；;]))(?P<run>(?:省市县|市县|县市|省级|市级|县级)?(?:" + _FIELD + r"、)+" + _FIELD
                        + r"(?:行政)?主管(?:部门|机关))(?=$|[，,；;等(（和及与])")


# a level's bodies as a class ("市直园区管委会", "县直单位"): never 市直机关工委 (the working committee of the level's organs)
_AFTER_CLASS = re.compile(r"(?:省|市|州|盟|县|区|旗)直(?!机关工委|机关党工委)[\u4e00-\u9fff]{2,8}$")


_FORCES_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])等各[\u4e00-\u9fff]{1,6}力量$")
_COUNT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:等|共)?(?:\d{1,3}|[两二三四五六七八九十]{1,3})[家个](?:单位|部门|成员单位)$")


_CLASS_OF_PLACES = re.compile(r"(?:相关|有关)(?:[省市区县州旗]|乡镇|街道)")


# people's organisations a page names bare, with no level: each is one body
_BARE_ORGANISATION = re.compile(r"残联|妇联|科协|侨联|文联|工商联|总工会|团委|老龄委|老龄办|关工委|红十字会")


def _tail_word(part: str) -> bool:
    """A word continuing a 各… phrase: "街道", also with its alternative in brackets ("各开发区、镇(街道)", 海城), an
    alternative level inside the word ("各区、县(市)政府", 沈阳: 县政府 or 市政府), and two such words joined by 及/和
    ("县(市)政府及开发区管委会": every county's government and every development zone's committee)."""
    joined = [w for w in re.split(r"及|和", part) if w]
    return bool(joined) and all(map(_one_tail_word, joined))


def _one_tail_word(word: str) -> bool:
    inner = re.findall(r"[（(]([^（）()]+)[)）]", word)
    outer = re.sub(r"[（(][^（）()]+[)）]", "", word)
    # (an alternative standing for the word before it inside the name: "开发(度假)区管委会" is 开发区管委会 or 度假区管委会)
    swapped = [re.sub(rf"[\u4e00-\u9fff]{{{len(m[1])}}}[（(]{re.escape(m[1])}[)）]", m[1], word)
               for m in re.finditer(r"[（(]([^（）()]+)[)）]", word)]
    return bool(outer) and (all(w in _GENERIC_TAIL_WORDS for w in [outer, *inner])
                            or bool(swapped) and all(w in _GENERIC_TAIL_WORDS for w in [outer, *swapped]))


# A 股 is the lowest section of a county bureau: it holds no body of its own, so a name after it is a second unit
# glued on by a lost line break ("文化宣传股文化馆", 略阳); 股份 (a company's shares) and 股室 are no such end.
_GLUED_SECTION = re.compile(r"^(?P<a>[\u4e00-\u9fff]{2,8}股)(?![份室])(?P<b>[\u4e00-\u9fff]{3,})$")


def _unglue_sections(name: str) -> list[str]:
    m = _GLUED_SECTION.match(name)
    return [m["a"], m["b"]] if m and is_unit(m["b"]) else [name]


# an official's title closing a name is a person, not a body: 分管副省长, 协管副秘书长 ("党委领导、政府负责" is no list
# of persons: 领导 there is the verb)
_PERSON = re.compile(r"(?:省长|市长|县长|区长|州长|旗长|秘书长|书记|主席|同志)$")


_ROLE_BEFORE_NAME = re.compile(r"^(?:包抓|包保|包联)(?:责任)?(?:部门|单位)(?=[县市区镇乡省][\u4e00-\u9fff]{3})")


# a place's party committee and government printed as one word, the level repeated: "麻章区太平镇委镇政府、太平镇城市综合执法中队、里光派出所、
# 太平派出所等政府部门给予了大力支持" (tasks162's 太平, https://lzly.cfgc.cn/g2181/s5426/t26038.aspx), "市委市政府": two bodies, each
# named with the place
_COMMITTEE_AND_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]*?(?P<level>[省市县区镇乡]))委(?P=level)(?P<gov>(?:人民)?政府)$")


def _committee_and_government(part: str) -> list[str]:
    """`X镇委镇政府` as its two bodies, X镇委 and X镇政府; any other part as it is."""
    m = _COMMITTEE_AND_GOVERNMENT.match(part)
    return [m["place"] + "委", m["place"] + m["gov"]] if m else [part]


# bureaus a list prints glued, its 、 lost between them: "防指要组织区应急局、水利局气象局、农业农村局自然资源局、住建局、交通局教育局等
# 部门建立…" (fresh56 jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt:29; its README: split at their names) — never a
# body under its parent (国家税务总局X市税务局, 公安局交通管理局, 市公安局龙华分局)
_GLUED_BUREAU = re.compile(r"[\u4e00-\u9fff]+?局")


def _glued_bureaus(part: str) -> list[str]:
    """A list item made of two or more whole bureau names glued, as those names; any other item as it is."""
    pieces = _GLUED_BUREAU.findall(part)
    if len(pieces) < 2 or "".join(pieces) != part or not all(3 <= len(p) <= 7 for p in pieces):
        return [part]
    if any(p.endswith("总局") for p in pieces[:-1]) or any(p.endswith("分局") or p.startswith(("交通管理", "交管", "公安")) for p in pieces[1:]):
        return [part]
    from kg.places import division_levels

    # (nor a body of a place printed after its city's: "市生态环境局张店区生态环境局" names the district's own bureau under it)
    if any(p[0] in "省市县区州旗" or p[:2] in division_levels() or p[:3] in division_levels() for p in pieces[1:]):
        return [part]
    return pieces


def split_units(text: str) -> tuple[list[str], list[str]]:
    """Split a unit list into (named units, generic phrases), keeping printed order.

    >>> split_units("区司法局、区大数据中心等部门")
    (['区司法局', '区大数据中心'], ['等部门'])
    >>> split_units("各镇政府、街道办事处，区政府有关部门")
    ([], ['各镇政府、街道办事处', '区政府有关部门'])
    """
    text = _clean(text)
    # "…、县卫健局、县计生协6家单位": the count closing a list is no part of its last name (易门)
    text = _COUNT_TAIL.sub("", text)
    # "县人武部、消防大队、…、民兵应急大队等各救援力量负责搭建帐篷" (tasks76's 会泽 抗震救灾志, http://book.ynsfun.com/2019/hzkzjz/
    # files/basic-html/page401.html): the forces the named bodies are counted among close the list as 等 does
    text = _FORCES_TAIL.sub("等", text)
    tail = None
    for t in ("等有关部门", "等相关部门", "等部门", "等单位", "等"):
        if text.endswith(t) and not text.endswith("平等"):
            text, tail = text[: -len(t)], ("等部门" if "部门" in t else "等")
            break
    units, generics = [], []
    # "各县(市、区)党委和人民政府": a list inside brackets belongs to its name (angle brackets too, where a page
    # prints the inner pair so: "各县<市、区>人民政府", 云浮; and the hexagonal pair official style prints inside round
    # brackets: "(市发展改革委,各县〔市、区〕政府)", fresh51's 三门峡)
    guard = lambda m: m[0].translate(_GUARD)
    text = re.sub(r"[（(<〈〔][^（）()<>〈〉〔〕]{1,12}[)）>〉〕]", guard, text)
    shared = {m["run"] for m in _SHARED_ORGANS.finditer(text)} | {m["run"] for m in _CLASS_RUN.finditer(text)} \
        | {m["run"] for m in _FIELD_RUN.finditer(text)}
    text = _SHARED_ORGANS.sub(lambda m: m["run"].translate(_GUARD), text)
    text = _CLASS_RUN.sub(lambda m: m["run"].translate(_GUARD), text)
    text = _FIELD_RUN.sub(lambda m: m["run"].translate(_GUARD), text)
    parts = [p.translate(_UNGUARD) for p in (_clean(x) for x in _SPLIT.split(text)) if p]
    # (a body's role in the place's work printed before its name: "…、包抓责任部门县应急管理局" (tasks31's 定边,
    # https://www.fabugov.com/html/fabuting/yulin/yl_xianquliangdian/2023/0227/26329.html): no part of it)
    parts = [_ROLE_BEFORE_NAME.sub("", p) for p in parts]
    parts = [y for p in parts for y in _committee_and_government(p)]
    if len(parts) > 1:  # (only inside a list, where its other items are printed apart)
        parts = [y for p in parts for y in _glued_bureaus(p)]
    i = 0
    while i < len(parts):
        p = parts[i]
        if p in shared:
            generics.append(p)
            i += 1
            continue
        # "各县(区)政府、市直园区管委会": a 市直 / 县直 class after a 各 class of the same list is of that class too (the
        # city-level park committees, unnamed); a named 市直 body (市直机关工委) is not (tasks50's 遂宁,
        # https://www.suining.gov.cn/gongkai/show/59c771049d684296b517a8c985056f68.html)
        if i and _AFTER_CLASS.match(p) and parts[i - 1].startswith("各") and parts[i - 1] in generics:
            generics.append(p)
            i += 1
            continue
        if p.startswith("等") and len(p) > 1:  # "等区妇儿工委有关成员单位"
            p = p[1:]
        if p.endswith("等") and not p.endswith("平等") and len(p) > 2:  # "区水利局等、区财政局"
            p = p[:-1]
        for inner_tail in ("等部门", "等单位"):  # "区水务局等部门,区国投公司": a tail inside the list
            if p.endswith(inner_tail) and len(p) > len(inner_tail) + 1:
                p = p[: -len(inner_tail)]
                if inner_tail not in generics:
                    generics.append(inner_tail)
        if re.search(r"的(?:单位|部门|机构)$", p):
            # "全区有行政许可、行政处罚职权的单位": the phrase was split at 、; join it back.
            while units and not is_unit(units[-1]):
                p = units.pop() + "、" + p
        # "区财政局和区服务业发展中心": two units joined by 和 / 及 / 与
        # "重庆警备区司令部和市公安局交管局": each side a unit name of its own (a 和 inside one name,
        # 住房和城乡建设局, leaves a side that is no unit)
        # (a county whose name opens with 和 is no joining word: "由马鞍山市、和县渔政站和当涂县渔检站负责…" (fresh29's 安徽))
        joiner_place = next((c for c in _joiner_places() if p.startswith(c)), "")
        joined = [x for x in re.split(r"和|及|与", p[len(joiner_place):]) if x] if joiner_place else []
        joined = [joiner_place + joined[0]] + joined[1:] if joined else [x for x in re.split(r"和|及|与", p) if x]
        # "高新区党工委和管委会": a bare organ after 和 shares the place of the organ before it
        organ = re.fullmatch(rf"(?P<place>.{{2,}}?)(?:{_ORGANS})", joined[0]) if len(joined) == 2 else None
        if organ and re.fullmatch(_ORGANS, joined[1]):
            joined[1] = organ["place"] + joined[1]
        # a list's closing "A、B和C" joins units of the list; "保密部门和公安部门": functional names, each its 部门
        list_end = i > 0 and i == len(parts) - 1 and bool(units) and all(map(is_unit, units))
        # (and the people's organisations printed bare: "残联和老龄委负责做好有关补贴政策的宣传工作" (http://www.fymate.net/html/text/
        # lar/169365/16936524_4.html))
        named = lambda x: is_unit(x) and (x[0] in _LEVEL_PREFIXES or len(x) >= 5 or list_end and len(x) >= 3
                                          or len(x) >= 4 and x.endswith("部门") and not x.startswith(("各", "有关", "相关"))
                                          or bool(_BARE_ORGANISATION.fullmatch(x)))
        # "…主管部门和省农垦总局": a run of fields before one 主管部门 (a class, _FIELD_RUN; its short-name note no part of
        # it) joined to named units
        runs = [x in shared or re.sub(r"[（(](?:以下简称|以下称|下称|简称)[^（）()]{1,16}[)）]$", "", x) in shared for x in joined]
        if len(joined) > 1 and any(runs) and all(r or is_unit(x) for r, x in zip(runs, joined)):
            units.extend(x for r, x in zip(runs, joined) if not r)
            generics.extend(x for r, x in zip(runs, joined) if r)
            i += 1
            continue
        # (a place standing for its own body of the kind the next place's names: "由铜陵市和无为县渔政站负责土桥至刘渡水域联合执法管理"
        # (fresh29's 安徽; tasks31's convention for places before a shared body: each named as printed))
        if len(joined) == 2 and _is_division(joined[0]) and _placed_unit(joined[1]):
            units.extend(joined)
            i += 1
            continue
        if len(joined) > 1 and all(named(x) for x in joined):
            units.extend(joined)
            i += 1
            continue
        # "县发改局和行业主管部门": a unit joined to a class
        placed = lambda x: is_unit(x) and x[0] in _LEVEL_PREFIXES  # (定点康复训练机构 is no named unit)
        if len(joined) > 1 and any(placed(x) for x in joined) and all(placed(x) or is_generic(x) for x in joined):
            units.extend(x for x in joined if placed(x))
            generics.extend(x for x in joined if not placed(x))
            i += 1
            continue
        # Parenthesised subordinate bodies printed after a space: "区卫计局 (区疾控中心)"
        sub = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", p)
        if _PERSON.search(p):
            pass  # "分管副省长、协管副秘书长负责": persons, never units
        elif is_generic(p):
            phrase = p
            # "各市、县政府", "相关市、县政府": a class of places whose levels share the body printed once at the end
            while (p.startswith("各") or _CLASS_OF_PLACES.fullmatch(p)) and i + 1 < len(parts) and _tail_word(parts[i + 1]):
                i += 1
                phrase += "、" + parts[i]
            if is_name(phrase.replace("、", "")):
                generics.append(phrase)
        elif not is_name(p):
            pass  # a fragment of a sentence, not a name
        elif sub and is_unit(sub[1]) and is_unit(sub[2]) and sub[2].startswith("区") and not sub[1].endswith("局）"):
            units.append(p)
        elif p:
            units.extend(_unglue_sections(p))
        i += 1
    if tail:
        generics.append(tail)
    return units, generics


@lru_cache(maxsize=1)
def _joiner_places() -> tuple[str, ...]:
    from kg.places import division_levels

    return tuple(sorted((x for x in division_levels() if x[0] == "和" and x[-1] in "省市州县区旗盟"), key=len, reverse=True))


def _is_division(name: str) -> bool:
    """A division's name with its level (铜陵市, 和县): a place, no unit of its own."""
    from kg.places import division_levels

    return len(name) >= 2 and name[-1] in "省市州县区旗盟" and name in division_levels()


def _placed_unit(name: str) -> bool:
    """A unit printed with the division it serves before its name (无为县渔政站)."""
    from kg.places import division_levels

    # (a county since renamed is known by its stem: 无为县, now 无为市)
    return is_unit(name) and any(p[-1] in "省市州县区旗盟" and (p in division_levels() or p[:-1] in division_levels())
                                 for p in (name[:k] for k in range(2, min(9, len(name) - 1))))


_EACH = re.compile(r"(?:分别|各自)$")


def _role_clause(clause: str) -> tuple[str | None, str]:
    """(role, unit text) of one clause such as "区气象局牵头" or "区X等部门按照职责分工负责"."""
    c = _clean(clause)
    c = re.sub(r"^由", "", c)
    m = _ROLE_VERB.search(c)
    if not m:
        return None, c
    verb = m["verb"]
    # "市人力社保局、市农业农村局分别牵头" (丽水): an adverb between the list and its verb says each unit leads on its
    # own; it is no part of the last name
    body = _EACH.sub("", c[: m.start()])
    if verb.startswith(("牵头", "共同牵头", "为牵头")) or verb in ("负责", "负责落实", "具体负责", "组织实施", "主办", "分别负责", "主责"):
        role = "lead"
    else:
        role = "cooperate"
    return role, body


# A completion time printed inside a note, after the units: "（牵头单位：X；责任单位：Y、Z，6月底完成）".
_DEADLINE_TAIL = re.compile(
    r"[，,；;。\s]\s*(?P<dl>(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|份|中旬|上旬|下旬|末|\d{1,2}日)?(?:前|以前)?"
    r"(?:完成|启动|到位|见效)?|(?:(?:19|20)\d{2}年)(?:底|年底)?(?:前)?(?:完成)?|年底前?完成|长期(?:坚持|推进)?|持续(?:推进|开展)|"
    r"(?:\d{4}年)?[^，,；;。]{0,8}前完成)$"
)


def split_deadline(note: str) -> tuple[str, str | None]:
    """(note without its trailing completion time, the time) — "X牵头，Y配合，6月底完成"."""
    m = _DEADLINE_TAIL.search(note)
    if not m:
        return note, None
    return note[: m.start()], m["dl"]


@dataclass(frozen=True)
class Convention:
    """What a document says about its own notes: the first listed unit leads (负责单位中列第一位者为牵头单位),
    or, where no lead is named, the responsible units lead (无牵头单位的，责任单位即为牵头单位)."""

    first_leads: bool = False
    responsible_lead: bool = False


# one family of declarations: where the first listed unit stands (列第一位者 / 排在首位的 / 排名第一的 / 第一个单位 /
# 首位单位 / 第一责任单位) and what it is (为 / 是 / 即为 牵头, also 为工作牵头单位 / 为主要牵头单位, 湖州)
# (and the list named between: "列在任务分工首位的为牵头单位,其他为主要参加单位", fresh16's 大湾区 plan)
_FIRST_PLACE = r"(?:(?:列|排|排列|排名|排序)(?:在|于)?(?:任务分工|责任分工|责任单位|分工)?)?(?:第一位|第一个|首位|第一|最前面?)"
# (or the first listed body as the subject of 由…牵头: "一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同", the legend
# closing the first note of 黄冈's 2007 分办意见, fresh46)
_FIRST_LEADS = re.compile(_FIRST_PLACE + r"(?:者|的)?(?:责任单位|责任部门|单位|部门)?(?:者|的)?(?:为|是|即为|系)(?:工作|主要)?牵头"
                          r"|由" + _FIRST_PLACE + r"(?:者|的)?(?:责任单位|责任部门|单位|部门)牵头")
_RESPONSIBLE_LEAD = re.compile(r"(?:无|没有|未明确)牵头单位的?[，,]?(?:其)?责任单位(?:即)?为牵头单位")


# the convention stated inside a note, closing it: "…中储粮株洲直属库。排名第一的为牵头单位,下同", also as a bracketed
# remark after the list: "市发改委、市财政局(第一责任单位为牵头单位,下同)" (厦门)
_NOTE_CONVENTION = re.compile(r"(?:[。；;，,]|[（(](?=[^（）()]*[）)]$))\s*(?P<rule>[^。；;（）()]*(?:牵头)[^。；;（）()]*?)"
                              r"(?:[。，,]\s*(?:下同|以下同|余同))?\s*[）)]?$")
_SAME_BELOW = re.compile(r"[。；;，,]\s*(?:下同|以下同|余同)\s*[。；;]?\s*$")


def _stated_convention(note: str) -> tuple[str, Convention]:
    """(the note without a convention or 下同 closing it, the convention it states). The rule is the shortest clause
    closing the note that states one: "(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)" (云浮) keeps
    every unit before it; "无牵头单位的,责任单位即为牵头单位" is one rule over two clauses."""
    inline = _inline_convention(note)
    if inline:
        return inline
    for at in reversed([m.start() for m in re.finditer(r"[。；;，,（(]", note)]):
        if len(re.findall(r"[（(]", note[:at])) > len(re.findall(r"[）)]", note[:at])):
            continue  # inside a bracket: "(除标注“分别牵头”外,排名第一的为牵头单位)" is one rule
        m = _NOTE_CONVENTION.match(note, at)
        conv = document_convention([m["rule"]]) if m else Convention()
        if conv != Convention():
            return note[: m.start()], conv
    return _SAME_BELOW.sub("", note), Convention()


# the convention as a bracketed remark on the first unit, inside the list: "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、
# 县税务局" (海盐) — the remark is no part of the name, and the list it opens follows it
_INLINE_CONVENTION = re.compile(r"[（(](?P<rule>[^（）()]{4,40})[）)](?=[、，,])")


def _inline_convention(note: str) -> tuple[str, Convention] | None:
    """(the note without a convention remark printed inside its list, the convention), or None when it has none."""
    for m in _INLINE_CONVENTION.finditer(note):
        conv = document_convention([m["rule"]])
        if conv != Convention():
            return note[: m.start()] + note[m.end():], conv
    return None


def states_convention_only(note: str) -> bool:
    """True when a bracket only states the lead convention of the lists ("第一责任单位为牵头单位,下同"): no note."""
    # (with the others' part: "列在任务分工首位的为牵头单位,其他为主要参加单位", fresh16's 大湾区 plan)
    return document_convention([note]) != Convention() and bool(re.fullmatch(
        r"[^、，,；;。]+(?:[，,]\s*(?:其他|其余|其它)(?:单位|部门)?为(?:主要)?(?:参加|参与|配合|协办|责任)单位)?(?:[，,]\s*(?:下同|以下同|余同))?", note))


def document_convention(texts) -> Convention:
    """The convention a document states anywhere in its text (None found: the plain reading)."""
    joined = "".join(texts)
    return Convention(first_leads=bool(_FIRST_LEADS.search(joined)), responsible_lead=bool(_RESPONSIBLE_LEAD.search(joined)))


_OPENS, _CLOSES = "（(〔[【［「", "）)〕]】］」"


def _unwrap(note: str) -> str:
    """The note without its outer brackets; a bracket that belongs to a name inside ("各街办(新区)") stays."""
    note = note.strip()
    while note and note[0] in _OPENS and note[-1] in _CLOSES:
        note = note[1:-1].strip()
    if note and note[0] in _OPENS and not any(c in note for c in _CLOSES):
        note = note[1:]  # a note broken off before its closing bracket
    depth = sum((c in _OPENS) - (c in _CLOSES) for c in note)
    while note and depth < 0 and note[-1] in _CLOSES:
        note, depth = note[:-1], depth + 1
    return note


# a role word as a field's label, with its colon: "（牵头：区发改局；配合：区财政局）", "主责：X；协责：Y"
_SHORT_LABEL = re.compile(r"(?:(?<=^)|(?<=[（(；;，,。\s]))(?:(?P<lead>牵头|主办|主责)|(?P<coop>配合|协办|协责|协同|参与|会办))[:：]")


def parse_roles(note: str, convention: Convention = Convention()) -> Roles:
    """Read one responsibility note in any of the printed styles.

    A list under 责任单位 with no lead marked cooperates, except a sole named unit, which leads (the
    unit answerable for the task), and except where the document's `convention` says otherwise.

    >>> r = parse_roles("区气象局牵头，区发展改革局、区自然资源局等部门按照职责分工负责")
    >>> r.lead, r.cooperate, r.generic_cooperate
    (['区气象局'], ['区发展改革局', '区自然资源局'], ['等部门'])
    """
    roles = Roles()
    note = _BRACKET_LABEL.sub(r"\1：", note)  # "【牵头单位】X【责任单位】Y": labels printed in brackets
    note = _SHORT_LABEL.sub(lambda m: ("牵头单位：" if m["lead"] else "配合单位："), note)
    note = _unwrap(note)
    note, stated = _stated_convention(note)
    if stated.first_leads or stated.responsible_lead:
        convention = stated
    note, deadline = split_deadline(note)
    marked = _marked_leads(note)
    if marked is not None:
        marked.deadline = deadline
        return marked
    if _BOLD.search(note):
        roles.lead_unrecoverable = True
        note = _BOLD.sub("", note)
    # Labelled fields: 牵头单位：X。责任单位：Y；完成时间：Z
    fields = []
    pos = [(m.start(), m.end(), m[1]) for m in _LABEL_RE.finditer(note)]
    if pos and pos[0][0] == 0 or (pos and note[: pos[0][0]].strip("，,。；; ") == ""):
        for k, (s, e, label) in enumerate(pos):
            end = pos[k + 1][0] if k + 1 < len(pos) else len(note)
            fields.append((label, note[e:end].strip("，,。；; ")))
    if fields:
        fields = [(label, _drop_remarks(value)) for label, value in fields]
        has_lead_col = any(l in ROLE_LABELS["lead"] for l, _ in fields)
        # a 配合单位 field beside the 责任单位 one marks the 责任单位 as those answerable: they lead ("(责任单位:县宅改办、
        # 县农业农村局、县自然资源和规划局;配合单位:各试点乡镇、街道)" (https://m.bidcenter.com.cn/newsrili-1-217915641.html))
        has_coop_col = any(l in ROLE_LABELS["cooperate"] for l, _ in fields)
        for label, value in fields:
            if label in ROLE_LABELS["person"]:
                continue
            if label in ROLE_LABELS["deadline"]:
                roles.deadline = value or None
            elif label in ROLE_LABELS["lead"]:
                inner = _parse_clauses(value)
                if inner.empty:
                    continue
                if not inner.lead and not inner.generic_lead:  # "牵头单位：X" lists leads without a verb
                    roles.add("lead", inner.cooperate, inner.generic_cooperate)
                else:
                    _merge(roles, inner)
            elif label in ROLE_LABELS["cooperate"]:
                inner = _parse_clauses(value)
                roles.add("cooperate", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
            else:  # 责任单位: a list, or "X牵头，Y配合" inside
                inner = _parse_clauses(value)
                if has_lead_col:
                    roles.add("cooperate", inner.lead + inner.cooperate, inner.generic_lead + inner.generic_cooperate)
                elif has_coop_col and label in ROLE_LABELS["responsible"] and not inner.lead and not inner.generic_lead and inner.cooperate:
                    roles.add("lead", inner.cooperate, inner.generic_cooperate)
                elif not inner.lead and not inner.generic_lead and inner.cooperate and not roles.lead_unrecoverable:
                    _responsible_list(roles, inner, convention)
                else:
                    _merge(roles, inner)
    else:
        note = _drop_remarks(note)
        inner = _parse_clauses(note)
        if convention.first_leads and _one_responsible_list(note, inner):
            # "(A、B、C等负责,列第一位者为牵头单位,下同)": the list answers together, its first unit leads
            inner = Roles(cooperate=inner.lead + inner.cooperate, generic_cooperate=inner.generic_lead + inner.generic_cooperate)
        if convention.first_leads and not inner.lead and not inner.generic_lead and inner.cooperate:
            roles.add("lead", inner.cooperate[:1], [])  # "(A、B、C。排名第一的为牵头单位,下同)"
            roles.add("cooperate", inner.cooperate[1:], inner.generic_cooperate)
        else:
            _merge(roles, inner)
    if deadline and not roles.deadline:
        roles.deadline = deadline
    if roles.lead_unrecoverable:
        roles.cooperate = roles.lead + roles.cooperate
        roles.lead = []
    roles.cooperate = without_leads(roles.lead, roles.cooperate)
    return roles


def without_leads(lead: list[str], cooperate: list[str]) -> list[str]:
    """The cooperating units less the leads: "牵头单位:省发展改革委。责任单位:省发展改革委、省统计局" (辽宁) lists its
    lead again among all the units answerable; a unit that leads does not also cooperate."""
    return [u for u in cooperate if u not in lead]


# a sign printed before or after a lead: ★/☆/* (吴江), ▲/△ ("▲发改局,各部门,各镇乡(街道)", 诸暨: the legend that
# usually says "▲为牵头单位" may be left off the copy; a sign on one unit of a list marks no other role)
_LEAD_MARK = re.compile(r"[（(]牵头[)）]|^[★☆*＊▲△]|[★☆*＊▲△]$")


def _marked_leads(note: str) -> Roles | None:
    """A list whose leads carry a mark — "区发改局（牵头）、区财政局", "★区商务局、区工信局": marked units lead,
    the others cooperate. None when no unit is marked."""
    body = re.sub(r"^(?:责任单位|责任部门|牵头单位|承办单位)[:：]", "", note)
    parts = [p for p in re.split(r"[、，,；;]", body) if p.strip()]
    if not any(_LEAD_MARK.search(p.strip()) for p in parts) or re.search(r"配合|协办|参与", body):
        return None
    roles = Roles()
    for p in parts:
        lead = bool(_LEAD_MARK.search(p.strip()))
        u, g = split_units(_LEAD_MARK.sub("", p.strip()))
        roles.add("lead" if lead else "cooperate", u, g)
    return roles if roles.lead else None


_MARKED_ROLE = re.compile(r"牵头|主办|配合|协办|协助|参与|参加|协同")


def _one_responsible_list(note: str, inner: Roles) -> bool:
    """True when the note is one list of units under a plain 负责 ("A、B、C等负责"): no unit is marked lead or
    cooperating, so a stated first-leads convention decides."""
    return len(inner.lead) > 1 and not inner.cooperate and not _MARKED_ROLE.search(note)


# a sentence saying the note holds for the items below: "以下各项工作均需各区、市政府负责落实,不再一一列出" (青岛)
_SCOPE_REMARK = re.compile(r"不再(?:一一|单独|重复|另行)?列(?:出|明)|^(?:以下|下列)[^，,]{0,12}(?:工作|措施|任务|事项)")


def _drop_remarks(value: str) -> str:
    """A labelled list without the remark sentences after it: "省发展改革委、商务厅按职责分工负责。具体任务均涉及
    相关市(州)人民政府,不再做分工" — a later sentence with no role word and a part that is no unit is a remark."""
    sentences = [x for x in value.split("。") if x.strip()]
    if len(sentences) < 2:
        return value
    keep = sentences[:1] + [x for x in sentences[1:] if not _SCOPE_REMARK.search(x)
                            and (_CUE.search(x) or all(is_unit(u) for u in split_units(x)[0]))]
    return "。".join(keep)


def _responsible_list(roles: Roles, inner: Roles, convention: Convention) -> None:
    """A 责任单位 list with no lead marked: who leads depends on the document's convention."""
    if convention.responsible_lead or (len(inner.cooperate) == 1 and not inner.generic_cooperate):
        roles.add("lead", inner.cooperate, [])  # a sole named unit answers for the task
        roles.add("cooperate", [], inner.generic_cooperate)
    elif convention.first_leads:
        roles.add("lead", inner.cooperate[:1], [])
        roles.add("cooperate", inner.cooperate[1:], inner.generic_cooperate)
    else:
        _merge(roles, inner)


def _merge(into: Roles, other: Roles) -> None:
    into.lead += other.lead
    into.cooperate += other.cooperate
    into.generic_lead += other.generic_lead
    into.generic_cooperate += other.generic_cooperate


# "(国家发展改革委会同有关部门负责)", "(国家发展改革委、财政部会同有关部门负责)" (国务院), "(由区发改局会同区财政局负责)": in one
# clause of a note, the units before 会同 answer for the task and lead, those after it work with them
_JOINED_BY = re.compile(r"(?<=[\u4e00-\u9fff）)])会同(?P<with>[^，,；;。会]{2,80}?)(?:共同|按(?:照)?职(?:责|能)分工)?"
                        r"(?:负责落实|具体负责|负责|落实|实施)(?=$|[，,；;。])")


def _parse_clauses(text: str) -> Roles:
    """Unlabelled roles: "X牵头，Y配合", "X负责", "A、B按职责分工负责", "X，Y按职责分工负责"."""
    roles = Roles()
    text = re.sub(r"(牵头|主办|牵头负责)、", r"\1，", text)  # "县发改局牵头、县财政局配合": two clauses
    text = _JOINED_BY.sub(r"牵头，\1配合", text)  # "X会同Y负责" reads as "X牵头，Y配合"
    text = re.sub(r"(牵头|主办|主责|负责)[/／]", r"\1，", text)  # "区发改局牵头/区财政局配合": two clauses
    clauses = [c for c in re.split(r"[，,；;。]", text) if _clean(c)]
    parsed = [_role_clause(c) for c in clauses]
    # A list split by commas before one verb ("区X，区Y按职责分工负责") shares that verb
    # unless a cooperating clause follows a verb-less one (parallel to "X牵头，Y负责").
    pending: list[str] = []
    any_role = any(r for r, _ in parsed)
    for k, (role, body) in enumerate(parsed):
        if role is None:
            pending.append(body)
            continue
        if pending:
            prev_units = "、".join(pending)
            pending = []
            if role == "cooperate" and k > 0 and all(r is None for r, _ in parsed[:k]):
                u, g = split_units(prev_units)
                # "(区税务局,区政府相关部门按职责分工负责)": a bare unit before the cooperating clause leads
                if u:
                    roles.add("lead", u, g)
                else:
                    roles.add("cooperate", u, g)
            else:
                body = prev_units + "、" + body if body else prev_units
        u, g = split_units(body)
        roles.add(role, u, g)
    if pending:
        u, g = split_units("、".join(pending))
        roles.add("cooperate", u, g)
    if not any_role and roles.lead:
        roles.cooperate, roles.lead = roles.lead + roles.cooperate, []
    return roles
