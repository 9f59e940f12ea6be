"""The list reader of a joint action's report: the bodies named after its verb ("联合公安、城管、市场监管等部门"). Its own,
apart from the sentence styles' (duty_styles): in a report of an action, bodies named by their field ("公安、城管、市场监管等部门")
stand for their departments even beside named units, a trailing 等N部门 / 等相关单位 is dropped, and staff joined to the list
("及气站技术人员") are no unit. Also what closes such a list (_TAIL, _ACTION) and a list closed by commas alone."""

from __future__ import annotations

import re

from kg.extract.duty_units import PERSON_BY_POST
from kg.places import county_names, division_levels
from kg.extract.units import is_generic, is_unit

__all__ = ["FIELD_NAME", "VILLAGE", "commas_closed"]


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
    r"利用|抽调|起草|制定|研究|召开|举行|举办|部署|隆重|一行|齐聚|共计|共?出动|组织|组建|依法|采取|围绕|聚焦|走访|督查|检查|排查|整治|严厉|严格|坚决|打击|"
    # (紧盯 as 聚焦, what the bodies watch together: "吉林省水利厅联合相关部门紧盯山洪灾害危险区,做好山洪灾害监测预警工作" (fresh56
    # jilin_sheng-shuiliting-fangxun-guanjianqi-kaizha-xiehong-cuiru123.txt:2; its README: X leads, the class generic))
    r"紧盯|盯紧|"
    # (the means the bodies work by, before the action after a comma: "该局…会同相关职能部门通过定期、不定期和定点、流动巡查的方式,
    # 开展联合执法" (fresh24's 泰州), "与市优化经济环境办公室于8月4日下午、8月5日上午,通过采取“看”…形式,对…进行暗访督查"
    # (https://www.hljszw.org.cn/home/book/info/get_id/303792.html))
    # (or by a meeting or an act they hold: "綜合執法大隊聯合河南里社區、安陽社區通過召開專題部署會,…明確各方職責分工" (fresh43's
    # 大沽街, a converter page))
    r"通过(?=[^，,。；;]{1,40}?(?:方式|形式|手段|途径)|召开|举办|举行|开展|组织)|"
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
                    r"积极分子$|"
                    # (and a party committee's member by post: "由镇政法委员、社治办、派出所、司法所和群团部门…联合开展调解工作" (fresh42's
                    # 自贡 狮市; its gold: a post, a person, no unit); a committee (委员会) ends otherwise)
                    r"委员$")


# a named village doing its share ("…资产公司和金栅桥村分别负责") is a unit of the list (fresh3's 迁西 rule)
# (and a named community: "塘下办事处和赵宅社区属地管理"; a town's school or clinic: "镇中心校、卫生院")
VILLAGE = re.compile(r"^(?!各|本|所在|辖区|相关|有关)(?:[\u4e00-\u9fff]{2,5}(?:村|社区|社群)|[\u4e00-\u9fff]{1,6}(?:中心校|中心学校|中学|小学|卫生院))$")
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


# (staff named by the post they hold full or part time, what they do before it: "满归森林公安局北岸派出所…,与北岸林场安全防火专职人员联合
# 开展了…隐患排查工作" (fresh33 neimenggu_mangui-senlin-gonganju-beian-paichusuo-fanghuo-converter.txt:2; its gold: the farm, acting
# through its fire staff, cooperates) — only after a body's own last character, so the body is what stands before)
_POSTED_STAFF = re.compile(r"(?<=[局委办所队站心院厅场部])[\u4e00-\u9fff]{0,6}?(?:专职|兼职)(?:工作)?人员$")


def _body_of_staff(item: str) -> str:
    """"县疾控中心专业技术人员" → "县疾控中心": staff named with their body stand for it (a name of four characters or more;
    "气站技术人员" stays staff)."""
    body = _STAFF.sub("", item)
    if body.endswith(("专职", "兼职")) and (posted := _POSTED_STAFF.sub("", item)) != item and len(posted) >= 4 and _unit(posted):
        return posted
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


# a converter's lost character, printed as "?" and its pinyin, where 等 stood before the list's closing class ("联合公安、交通運(yùn)
# 輸?shù)扔嘘P(guān)職能部門", fresh46's 固安 converter page, 等有關 garbled): the name ends at the "?", the class is dropped
_LOST_DENG = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,12})[?？][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）][^、，,]{0,12}?(?:部门|单位)$")


def _glued_national(item: str) -> list[str]:
    """The national organs an item glues together, split before each 国家 after a 部 / 委 / 局 / 署 ("文化和旅游部国家发展改革委
    国家体育总局"); the item whole unless every piece is a national organ."""
    from kg.parse.patterns import is_national_organ

    pieces = re.split(r"(?<=[部委局署])(?=国家[\u4e00-\u9fff]{3})", item)
    return pieces if len(pieces) > 1 and all(is_national_organ(p) for p in pieces) else [item]


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
    # (and after a province's department: "長白山管委會、吉林省文化和旅游廳及浙江省杭州市政府將於…攜手主辦" (fresh55's 长白山 converter))
    # (a separator inside a bracket pair splits nothing: "各镇(街、场)"; a converter's garble holding a lone closing bracket,
    # "…融媒体中心及锡尼河?xùn)|苏木人民政府" (fresh29's 鄂温克, 东 printed as ?xùn)|), shields none of the separators before it)
    text = _BRACKETED.sub(lambda m: m[0].translate(_SHIELD), text)
    text = "、".join(_LOST_DENG.sub(r"\g<name>", x) for x in text.split("、"))
    # (after a community as s2twp writes it too, 社群: "…、中街社群及民意社群" (fresh46's 七里河 s2twp copy))
    items = [_body_of_staff(re.sub(r"([局委办厅])\1$", r"\1", x.translate(_UNSHIELD))) for x in re.split(r"[、，,]|以及|(?:(?<=[局委办所队站心院部会处室司村门员人镇道校厅])|(?<=社区|社群)|(?<=农场|林场|牧场|验场|[一二三四五六七八九十]场|小学|中学)|(?<=管护单位|养护单位|管理单位))(?:积极|主动|还将|将)?[和及与]|(?<=[镇乡]政府)[和及](?!其)|[和及](?=各|相关|有关)", text) if x]
    # (two bodies named by their field joined by 和 / 及: "营口南楼经济开发区组织国土和公安等相关职能部门对…开展…" (fresh22's 营口);
    # only where both sides are field names, so 住房和城乡建设 stays one)
    items = [y for x in items for y in (re.split(r"[和及]", x) if re.fullmatch(r"[^和及]{2,8}[和及][^和及]{2,8}", x)
                                        and all(FIELD_NAME.match(z) for z in re.split(r"[和及]", x)) else [x])]
    # (该 pointing back to the place the report named, before a partner: "亭亮镇乡村建设管理中心联合该镇派出所,对…" (fresh22's
    # 宁明): the town's 镇派出所, as 该县 before a subject)
    # (but before a body named by its field alone, 该市 is the place of the whole list, no part of the field: "…联合该市水务、国土、
    # 公安等部门" (fresh25's 吴川; its gold: 水务))
    items = [x[2:] if re.match(r"^该[县市区镇乡旗]", x) and FIELD_NAME.match(x[2:]) else x for x in items]
    items = _shared_organ([re.sub(r"^该(?=[县市区镇乡旗][\u4e00-\u9fff]{2})", "", x) for x in items])
    # (a body's role in the place's work printed before its name: "砖井镇会同县林业局、安边森林派出所、包抓责任部门县应急管理局开展…"
    # (tasks31's 定边, https://www.fabugov.com/html/fabuting/yulin/yl_xianquliangdian/2023/0227/26329.html): no part of it)
    items = [re.sub(r"^(?:包抓|包保|包联)(?:责任)?(?:部门|单位)(?=[县市区镇乡省][\u4e00-\u9fff]{3})", "", x) for x in items]
    # (two bodies printed without a separator, the second named by where it serves: "…、市场局辖区派出所联合对…" (fresh24's
    # 涡阳): the named bureau, then whichever station covers the place, a class (_SCOPED_BODY))
    items = [y for x in items for y in re.split(r"(?<=[\u4e00-\u9fff]{2}[局委办])(?=(?:辖区|属地)(?![内各])[\u4e00-\u9fff]{2,6}$)", x)]
    # (national organs whose separating spaces the text lost: "全面落实文化和旅游部 国家发展改革委 国家体育总局联合印发的《…》" (fresh55's
    # 吉林 方案 :15, printed with spaces) — split before each 国家 where every piece is a national organ)
    items = [y for x in items for y in _glued_national(x)]
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
        if ((_BARE_NAME.match(item) or _LEVELLED_PLACE.match(item)) and not FIELD_NAME.match(item) and not _unit(item)
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
        # (the same list object back means no field was bared: "…、司法所和群团部门、属地村社区" (fresh42's 自贡 狮市) reads item by item)
        head = items[:-1]
        fields = _shared_department(head)
        if fields is not head:
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
        # (a person by post, dropped before any verb word is looked for in it: "厅办公室组织人事处、纪检负责人和消防人员对厅办公区…进行了
        # 隐患排查" (fresh47's 西藏 商务厅, line 11; its gold: 人事处 cooperates, the officer and the fire staff are persons) — 负责人's
        # 负责 is no duty verb)
        if "等" not in item and (_STAFF.search(item) or PERSON_BY_POST.search(item)):
            continue
        # (a brigade named with its city and detachment runs longer: "鄂尔多斯市交通运输综合行政执法支队杭锦旗大队", 22)
        if "等" in item or len(item) > 20 and not (len(item) <= 26 and _unit(item)) or _NOT_BODY.search(item):
            return None
        if _STAFF.search(item) or PERSON_BY_POST.search(item):
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
        elif (_unit(item) or VILLAGE.match(item) or FIELD_NAME.match(item)
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
    if len(item) < 4 or len(item) > 12 or FIELD_NAME.match(item) or _unit(item):
        return [item]
    for cut in range(2, len(item) - 1):
        head, tail = item[:cut], item[cut:]
        if FIELD_NAME.match(head) and FIELD_NAME.match(tail) and not re.match(r"[市县区]", tail):
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
# (the committees printed in quotes: "副镇长白鹤桥、镇综合行政执法队、司法所、包村组以及村“两委”第一时间到达现场" (fresh39's 门头沟 雁翅; its
# gold: a class); and a market's management company, none named: "我街道办联合市城管局、市交警大队、市农业农村局和市场管理公司协同行动"
# (tasks107; its gold: generic), as 物业公司 reads)
_KIND_OF_BODY = re.compile(r"^(?:社区居委会|社区居民委员会|村居委会|村委会|(?:村|社区|村[（(]社区[）)]|村[（(]居[）)]|村居|村社)?[“\"]?两委[”\"]?|"
                           r"社区网格|网格|(?:物业|市场管理)(?:服务)?(?:公司|企业))$")


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
# a body's name, then the verb of going to the sites the list after it names: "围场县交警大队联合围场县交通运输局深入鸿丰液化气站、
# 木兰围场公共交通有限公司等重点单位,开展安全隐患大排查" (fresh53's 围场, hebei_chengde-weichang-…-lianhe-paicha.txt:1; its gold: the
# bureau cooperates, the sites are where they went): no name holds 局深入 / 队前往, the list of partners stops at the verb
_BODY_THEN_GOING = re.compile(r"[局委办所队站心院厅](?:深入|前往|奔赴|走进|走访|赶赴|来到)(?=[\u4e00-\u9fff])")


# (and the places the leads named: "联合两镇的市场监管所、派出所" (fresh15's 廊下): the partners of both towns)
# (and the levels the partners are at: "组织市县两级水务、检察、公安…等部门" (fresh20's 张家口))
_SCOPE = re.compile(r"^(?:本?辖区内|区域内|与[\u4e00-\u9fff]{2,8}?(?:接壤|毗邻|相邻|交界)的|[两三四五六双][镇乡县区市省地方]的|[省市县区镇乡]{2,4}[两三四五]级)的?")


_WHERE_IT_LIES = re.compile(r"所在(?=的|地|村|社区|小区|单位|乡镇|镇|街道|区域)")


_FORMED = re.compile(r"^[，,]?(?:共同|联合)?(?:组成|组建|成立)")


def _cooperating(rest: str) -> tuple[list[str], list[str]] | None:
    """The bodies after the verb, up to the action: the shortest list of bodies that closes where an action word
    begins, but not at a word inside a name that the list goes on after ("区委组织部、…", "对湖街道、…")."""
    # "联合辖区内市管分局、…" (fresh18's 天桥): 辖区内 says where the partners are, no part of a name (辖区派出所, without 内,
    # is whichever station covers the place, a class: _SCOPED_BODY)
    rest = _SCOPE.sub("", rest)
    # "信访部门、综治办联合矛盾所在村干部开展…" (tasks162's 清浅): 所在 before a place word is "where it lies", no office's 所
    rest = _WHERE_IT_LIES.sub("在", rest)
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
                and _NAME_END.search(whole) and not _NOT_BODY.search(whole) and not _BODY_THEN_GOING.search(whole)):
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


# bodies named by their field alone (with or without a level): units as printed in a joint group (fresh16's README);
# an unclosed group is read only when each of its items is a named unit or one of these
# (a field's own branch: "高速交警" (fresh17's 山阴), 铁路公安, 森林公安)
# (and a field's enforcement named by it: "…,并联合教育、文体执法,深入…" (http://shareonl.com/xxgk/xwzx/lgyw/jddt/content/
# post_12053526.html))
FIELD_NAME = re.compile(r"^[市县区]?(?:高速|铁路|森林)?(?:公安(?:交警|交通|消防|边防|边境)?|交警|交通(?:运输)?|公路|路政|工商|城管|城市监察|消防|应急|市场监管|税务|卫生(?:健康)?|"
                         r"教育|文化|文体|文旅|文广|环保|生态环境|住建|国土|自然资源|林业|农业|水利|水务|商务|民政|人社|安监|"
                         # (the co-op union named by its field: "市禁鞭办组织公安、城管、应急管理、市场监管和供销等部门开展…" (fresh29's 随州))
                         r"供销|"
                         # (food and drug oversight by its short field name: "城管、公安、交警、交通、安监、食药监、城关镇等相关单位,要…"
                         # (tasks107's 湖南 县 广场整治 通告))
                         r"食药监|"
                         # (traffic control, the police's 交通管理 named short: "执法大队联合公安、交管、市…" (fresh28's 天津 南市街道,
                         # tianjin_heping-nanshi-jiedao-2025-zhengxie-tian-dafu.txt:24; its gold: 公安 and 交管 cooperate, stop 28's fields))
                         r"交管)(?:执法)?$")
