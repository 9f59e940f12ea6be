"""Enterprise names and classes: what reads as an enterprise's name, whether a list is proposed, and what reads as a
class of every rating scale. Registries: ENTERPRISE_ENDS (how an enterprise's name ends), PROPOSED (a list before its
final decision), LETTER_SCALES and CLASS_TOKENS (the class tokens of every scale: letters, nA, colour cards, star grades,
government levels), _RATINGS (known rating names) and RATING_SHAPES (an unknown rating read from the text's shape),
and the mentions of a class in running text (one_class). Apart from the readers (enterprise_sentences, enterprises)
because both use them and they change for a new scale, not a new layout."""

from __future__ import annotations

import re

from kg.parse.normalize import compact, fold

__all__ = ["canonical_class", "counted_owners", "owns_counted", "unbranded", "split_alias", "is_enterprise", "NUMBERED_UNITS", "numbered_unit", "proposal", "publicity_confers", "PROPOSED", "parse_class", "token_class",
           "rating_of", "rating_named", "card_class", "one_class", "ENTERPRISE_ENDS", "ENDING_PATTERN", "CLASS_PATTERN",
           "CARD_PATTERN", "BARE_LEVEL_PATTERN", "CLASS_MENTION", "CARD_MENTION", "ENV_CREDIT"]


# How an enterprise's name ends. An enterprise is a market entity holding a designation, rating or award: a legal form
# (公司, 集团), a works (厂), a bank's branch (四川省分行), a farm (农场, 家庭农场), a co-operative (合作社), a shop or a
# 老字号 store trading without a company ending (菜馆, 商场, 眼镜店), a branch (分公司). Associations (协会, 用水户协会),
# schools, hospitals, villages, government bodies, parks and scenic areas, persons and products are none, on whatever
# list they stand (a 劳动保障 list rates every employer; a 环境信用 list every polluter, hospitals among them).
# (a federation of co-ops is registered as a co-op under its own name, "心辉生态农业专业合作社联社" (全国农民专业合作社
# 示范社, 潜江), "…农民专业合作社联合社": its name ends after 联社, not at 合作社 — an ending before the shorter one it holds)
ENTERPRISE_ENDS = ("有限公司", "有限责任公司", "股份公司", "集团", "公司", "厂", "研究所", "研究院", "合作社联社", "合作社联合社",
                   # (a spun page's 专业协作社 is a co-op: "五峰高峰林业专业协作社", 湖北日报's 林下经济示范基地 holders)
                   "合作社", "协作社", "分公司", "商行",
                   # (so is a union of specialised co-ops printed 专业合作联社: "敦化市联益农副产品供销专业合作联社荣获吉林省粮食
                   # 生产突出贡献生产标兵", fresh57 jilin_yanbian-…-tuchu-gongxian-jlncb.txt:6)
                   "专业合作联社",
                   "店", "酒店", "工作室", "银行", "分行", "支行", "营业部", "农场", "林场", "牧场", "渔场", "茶场",
                   "养殖场", "种植场", "经营部", "门市部", "服务部", "批发部", "事务所", "超市", "药房", "诊所",
                   "宾馆", "酒家", "餐厅", "菜馆", "饭店", "商场", "加油站", "煤矿", "合伙企业",
                   # a gas station trades as a filling station does ("陜西泰来贸易公司甘谷液化气贮配站" among 天水's 诚信计量示范
                   # 单位, entrep46; "爱民液化气充装站", a checked 充装站, fresh19 宿州)
                   "加气站", "充装站", "贮配站",
                   # a 老字号 studio trading under its company ("宁波市升阳泰商贸有限公司天胜照相馆", 浙江老字号)
                   "照相馆",
                   # a travel agency and a resort trade under their names alone ("厦门中星国际旅行社", "西湖闲庭度假村")
                   "旅行社", "度假村",
                   # a mine is rated under its own name, with its company or alone ("本溪市明山区馨利石灰石矿", "…有限公司
                   # 木利锑矿", "…一号矿山": 绿色矿山名录), as is a quarry (采石场)
                   "矿", "矿山", "采石场",
                   # a farm stay trades under its name ("鳄鱼湖山庄", "永强农庄", "大西塘农家乐": 星级农家乐 lists)
                   "山庄", "农庄", "农家乐",
                   # a winery trades under its name too ("青岛华东百利酒庄", "烟台君顶酒庄": 工业旅游示范基地 lists)
                   "酒庄",
                   # a wholesale market's operator is a market entity under the market's name ("青岛粮油综合批发交易市场",
                   # given a 守合同重信用 plaque among 21 companies)
                   "交易市场", "批发市场",
                   # a restaurant, a food hall and a beauty salon trade under their shop names alone ("西宁城中区马忠食府",
                   # "后子河良盛餐饮美食城": 拟认定“青海老字号” list, 青海省商务厅; "驿城区施百丽美容美发苑": 全省“文明诚信
                   # 商户”, 驻马店)
                   "食府", "美食城", "美容院", "美发苑",
                   # (and a restaurant printed 酒楼, under its company or alone: "上海豫园旅游商城(集团)股份有限公司绿波廊酒楼", 2022年
                   # 上海老字号拟认定名录(第二批), entrep31 shanghai-laozihao-2pi-nirending-minglu-pipe-table.txt:15)
                   "酒楼",
                   # (and a 老字号 shop trading under its shop's name, an old store or a dealer's 行: "福州鼓楼区同利肉燕老铺",
                   # "福州台江老天华乐器行", "福州青芝田(正记)寿山石雕精品行", 第一批“福建老字号” 公示, entrep25
                   # fujian-laozihao-1pi-gongshi-forum-table.txt:1)
                   "老铺", "乐器行", "琴行", "精品行",
                   # a 实业社 is a collective's trading name ("厦门市南普陀寺实业社", 品牌“南普陀”: 中华老字号 复核, 厦门)
                   "实业社",
                   # a breeding farm is a market entity under its name alone ("如东县狼山鸡种鸡场", holder of a 江苏省现代农业
                   # 全产业链标准化基地 beside companies)
                   "种鸡场", "种猪场", "种禽场", "种畜场", "良种场", "原种场",
                   # a 老字号 workshop trades under its workshop's name alone ("山西祁縣元盛德手工老醋坊" among 晉中老字號's
                   # fifteen companies, fresh17 shanxi_jinzhong-2025-jinzhong-laozihao-news-converter.txt:3); its trade
                   # before 坊, never 作坊 alone ("小作坊", "黑作坊" are a kind of workshop, no name)
                   "醋坊", "酒坊", "油坊", "糟坊", "酱坊", "染坊")
_PARTNERSHIP = r"|[(（](?:有限|普通)合伙[)）]"  # "某某投资中心(有限合伙)": the legal form printed after any name
# (the endings as one alternation, for the readers that find where a name ends inside a longer text)
ENDING_PATTERN = "|".join(ENTERPRISE_ENDS) + _PARTNERSHIP
# (a group word printed in brackets ends a name too: "格尔木农垦(集团)", fresh58 qinghai_sheng-nongken-…-hainiu11-trad.txt:5)
_ENTERPRISE_END = re.compile(rf"(?:({ENDING_PATTERN})(?:[(（][^()（）]+[)）])?|[(（]集团[)）])$")
# (a 度假村 is a resort, no village; a 供销合作社联合社, or a place's 供销合作社, is the organ over its co-ops, one of the
# departments that sign a joint notice: "福建省农业厅、…、福建省供销合作社联合社、福建省财政厅联合下发《…》", fresh49's 福建)
# (nor is the central bank, a state organ among the ministries that sign a joint notice, or any of its branches: "农业农村部、国家发展
# 改革委、商务部、中国人民银行、中国证券监督管理委员会、中华全国供销合作总社联合发布《…》", fresh52's 兰州新区 item)
# (nor is a mining right named by its place, its ore and the ore's use in brackets, with no company before it: "新疆博乐市
# 阿克塔什北3号(水泥用)石灰岩矿" on 新疆's 绿色矿山 list, docent59 xinjiang_zizhiqu-2025-lvse-kuangshan-…-trad-cells.txt:28 —
# the 采矿权's name, no market entity; "…有限公司…(建筑用)石料矿" stays the company's works)
_NOT_ENTERPRISE = re.compile(r"((?<!度假)村|社区|街道|办事处|政府|委员会|局|供销合作(?:总)?社联合社|[省市县区州]供销合作(?:总)?社)$"
                             r"|^(?:中国)?人民银行"
                             r"|^(?!.*(?:公司|集团|厂))[^()（）]+[(（][\u4e00-\u9fff]{1,6}用[)）][\u4e00-\u9fff]{1,8}矿$"
                             # (or printed without the brackets, or named by the town its site lies in: "景谷縣高橋水泥用石灰巖礦"
                             # (fresh13 yunnan-2021-…-converter.txt:13), "赣榆区柘汪镇魏斗沟片麻岩矿" (fresh30 jiangsu-2022-dierpi-…
                             # -gonggao.txt:33) — those sets' convention: a place's mine with no company is no market entity; a coal
                             # mine keeps its registered name, "…乡…煤矿", and a trade name stays: "本溪市明山区馨利石灰石矿")
                             r"|^(?!.*(?:公司|集团|厂)).*(?:[\u4e00-\u9fff]用|[镇乡](?=[\u4e00-\u9fff]{3})).*(?<!煤)矿$")
# Rating scales whose classes are letters, as (name, classes): A+/A–D/T (亩产效益, 环保绩效), AAA/AA (信用等级: AA级、
# A级、B级、C级和D级), 5A–2A (劳动保障信誉单位: "…等8家企业获评5A级"; 苏州's scale, 5A the highest), 5A–1A (A级物流企业,
# 中国物流与采购联合会's: "船货代公司获批全国4A级物流企业", 宁波). A scale of its own name holds only on a page of that rating.
# 5A–1A (旅游景区质量等级, GB/T 17775: "确定以下21家旅游景区为国家5A级旅游景区", 文化和旅游部).
# 5A–1A (旅行社质量信誉等级: "拟授予X等13家旅行社“厦门市旅行社质量信誉3A级企业”称号", 厦门).
LETTER_SCALES = (("letters", r"AAA|AA|A\+|[A-DT]"), ("劳动保障信誉", r"[2-5]A"), ("A级物流企业", r"[1-5]A"),
                 ("旅游景区", r"[1-5]A"), ("旅行社质量信誉", r"[1-5]A"))
# (no class starts right after a digit: the letters of "4AA级" are no AA; _LETTER reads it as the misprinted 4A)
# (the letter classes as one alternation, for the readers that find a class inside a sentence or a heading)
CLASS_PATTERN = "|".join(f"(?<!\\d)(?:{classes})" for _, classes in reversed(LETTER_SCALES))
_CLASS = re.compile(rf"^(?P<cls>{CLASS_PATTERN})\s*(?:类|级)?\s*(?:[（(](?P<label>[^（）()]{{2,8}})[）)])?$")
_LABELS = {"A": "优先发展类", "B": "支持发展类", "C": "提升发展类", "D": "限制发展类"}  # 亩产效益's own words
# The rating a list gives, named as the document names it (kept beside the class).
_RATINGS = (("A级旅游景区", "旅游景区"), ("A级景区", "旅游景区"), ("绿色旅游饭店", "绿色旅游饭店"),
            ("守合同重信用", "守合同重信用"), ("亩产效益", "亩产效益"), ("亩均", "亩均效益"), ("绩效", "环保绩效"), ("劳动保障信誉", "劳动保障信誉"), ("A级物流", "A级物流企业"),
            ("劳动保障", "劳动保障诚信"), ("绿色矿山", "绿色矿山"), ("示范社", "农民专业合作社示范社"),
            ("绿色工厂", "绿色工厂"), ("重点龙头企业", "农业产业化重点龙头企业"), ("示范家庭农场", "示范家庭农场"),
            ("家庭农场示范场", "家庭农场示范场"), ("能效清单", "能效清单"), ("能效先进", "能效清单"), ("能效落后", "能效清单"),
            ("环境信用", "环境信用"), ("环保信用", "环境信用"), ("信用", "信用评价"))


# A 老字号 list prints each holder with its brand after it, as a clause of its own: "厦门白鹭食品工业有限公司,品牌为“白鹭”;
# 厦门茶叶进出口有限公司,品牌为“海堤”;…" (厦门, 中华老字号 复核), "宁波药材股份有限公司,品牌“冯存仁”,品牌创立于1851年。" (宁波,
# 浙江老字号). The brand is no holder and no part of the name: the clause is dropped, and items it ended with a semicolon
# are joined as a list's items ("X、Y、…").
_BRAND_CLAUSE = r"[,，]品牌(?:为|為|是|名为|名為)?[“\"][^“”\"]{1,12}[”\"](?:[,，]品牌(?:创立|創立)(?:于|於)[^,，;；。]{2,12})?"
_BRAND_ITEM_END = re.compile(_BRAND_CLAUSE + r"[;；](?=\S)")
_BRAND_END = re.compile(_BRAND_CLAUSE)


def unbranded(text: str) -> str:
    """A text less the brand clauses printed after its names (_BRAND_CLAUSE), its items joined by 、."""
    return _BRAND_END.sub("", _BRAND_ITEM_END.sub("、", text))


# a registered company printed in brackets after the name of what it runs, a place, a trade name or a brand, which
# is no company ("绿岛山庄(益阳市绿岛山庄服务有限公司)" in a 休闲农业庄园 table, entrep37 益阳; "儲氏鐵畫(蕪湖儲氏鐵畫工藝品
# 有限公司)", 芜湖): the company is the holder, what it runs its other name
COMPANY_IN_BRACKETS = re.compile(r"^(?P<run>[^（）()]{2,14}?)(?<!公司)(?<!集团)(?<!集團)[（(]"
                                 r"(?P<company>[^（）()]{4,40}(?:公司|公司[（(][^（）()]{1,6}[）)]))[）)]$")


def split_alias(name: str) -> tuple[str, list[str]]:
    """'A公司（B公司）' → ('A公司', ['B公司']); a half-width '(有限公司)' legal form stays in the name; 'A（B有限公司）',
    A no company (COMPANY_IN_BRACKETS), → ('B有限公司', ['A'])."""
    if (run := COMPANY_IN_BRACKETS.match(name)) and is_enterprise(run["company"]) \
            and not re.fullmatch(r"(?:有限|股份|有限责任|股份有限)?公司", run["company"]):
        return run["company"], [run["run"]]
    m = re.match(r"^(?P<name>.+?)[（(](?P<alias>[^（）()]+)[）)]$", name)
    legal_form = m and re.fullmatch(r"(?:有限|股份|有限责任|股份有限)?(?:公司|集团)", m["alias"])
    if m and is_enterprise(m["alias"]) and not legal_form:
        return m["name"], [m["alias"]]
    return name, []


# (a count is no name: "共有27家矿山被纳入…名录" counts mines, it names none; nor is a title quoted in a sentence, nor
# a group told by 等: "《…关于将X等矿山纳入…名录的公告》")
# (nor a count told with 大 before the kind it counts: "松江六大超市榜上有名" speaks of six shops, fresh17
# shanghai_songjiang-xindeguo-chaoshi-news.txt:3)
_COUNT_IN = re.compile(r"\d+[家个户座处]|[《》]|等(?:矿山|矿|企业|公司|单位)$"
                       r"|[一二三四五六七八九十两几\d]+大(?:超市|商场|商超|集团|企业|公司|酒店|饭店|市场)$")


# (a kind of place or business spoken of in prose is no name: "各大商场", "大型超市", "全市饭店"; a short phrase only, as
# "该市双钱实业有限公司" is a name after its place)
_GENERIC_NAME = re.compile(r"^(?:各大?|大型|大中型|中小|全[市省县区]|本[市省县区]|有关|相关|其他|这些|部分|一些|多家)"
                           r"[\u4e00-\u9fff]{1,4}$")
# (nor are a company's kind words alone: "公司下属分公司、控股公司中有4个单位获“市级文明单位”" counts unnamed units, and
# "集团公司被授予…省最佳文明单位" is the site's own group, never named — entrep154's 陕西 and 襄阳 company pages)
_KIND_WORDS_ONLY = re.compile(r"^(?:控股|集团|股份|有限|有限责任|分|子|母|总|参股|全资|下属|所属|旗下|该|本|我)+(?:公司|集团)$")


# (nor does a name open with a level or a grade: "卓越级智能工厂", "省级绿色工厂" are a designation's words)
_LEVEL_OPENING = re.compile(r"^(?:国家|省|市|县|区|基础|先进|卓越|领航|[一二三四五1-5]星)级")
# (nor is an institute named by its government's level alone, "省机械研究院", "市农科所": a public institute of that
# government, no enterprise — stop 18's rule for schools and public institutes; a registered institute names its place
# or its company, "湖北省中科产业技术研究院", "…研究院有限公司")
LEVEL_INSTITUTE = re.compile(r"^[省市县区](?![级长委场块])[\u4e00-\u9fff]{0,12}?(?:研究院|研究所|科学院|设计院|科研所|[农林牧]科[院所])$")


# "南京汤山地热开发有限公司地热井", "邳州市艾山矿泉水有限公司矿泉水井", "…有限公司…矿区": a well or a mine field printed as a
# company's site is that company's works, a market entity like its 厂 (江苏's 绿色矿山 公告); a well alone is none
# (a company's bus station rated under the company: "晋城市汇通汽车运输有限公司客运东站", 五星级服务汽车客运站, entrep92)
_COMPANY_SITE = re.compile(r"(?:有限公司|有限责任公司|股份公司)[\u4e00-\u9fff]{0,16}?(?:井|矿区|汽车站|客运[东西南北中]?站)$")


# A construction group's numbered units as its own news prints them, too short for an enterprise's name (is_enterprise wants
# four characters) yet a firm by their words: a numbered engineering bureau and a bureau's numbered company (中交第一航务
# 工程局 is 一航局, its 第一工程有限公司 一公司). Each way is a row (name, pattern, its real line); a bureau of an organ is
# never printed with a number alone before 局 (公安局, 税务局), nor a company with one alone before 公司.
_ORDINAL = r"[一二三四五六七八九十]{1,3}"
NUMBERED_UNITS = (
    # tianjin-yihangju-2020-gonglu-shuiyun-xinyong-aa-ji-zigongsi-jiancheng.txt (entrep138) line 5: the bureau (a 航务,
    # 铁路 or 建筑 group's, its group's two characters before it or none: 一航局, 中交一航局, 中铁十一局, 中建三局)
    ("numbered bureau", re.compile(rf"^(?:中[铁建交冶])?{_ORDINAL}航?局$"),
     "在水运工程施工板块,一航局、一公司获得“AA”级信用评价;二公司、三公司、五公司获得“A”级评价。"),
    # guangdong-gonglu-shuiyun-xinyong-pingjia-aa-ji-converter.txt (entrep31) line 1: a bureau printed under its central
    # group's name (中國鐵建港航局, 中铁大桥局, 中交一航局): the group's words make the bureau a firm
    ("group's bureau", re.compile(r"^(?:中国铁建|中国中铁|中国交建|中国建筑|中国中冶|中铁|中建|中交|中冶)[\u4e00-\u9fff]{1,4}局$"),
     "近日,广东省交通运输厅分别公布了2019年度广东省公路工程、水运工程从业单位信用评价结果,中国铁建港航局喜获公路工程施工AA级、"
     "水运工程施工AA级,港航局勘察设计院获得水运工程设计AA级。"),
    # the same line: the bureau's numbered companies (一公司, 五公司)
    ("numbered company", re.compile(rf"^{_ORDINAL}公司$"),
     "在水运工程施工板块,一航局、一公司获得“AA”级信用评价;二公司、三公司、五公司获得“A”级评价。"),
)


def numbered_unit(name: str) -> bool:
    """Whether a name is a construction group's unit printed short (NUMBERED_UNITS): 一航局, 中铁十一局, 二公司, 中国铁建港航局."""
    return any(pattern.match(name) for _, pattern, _ in NUMBERED_UNITS)


# (a mine printed with its company is named long: the company, the mine's place, its ore and what it feeds, "普洱昆鋼嘉華
# 水泥建材有限公司鎮沅縣者東鎮學堂村鎮沅縣日處理4000噸干法水泥生產線灰巖礦", 44 characters, on 云南's 省级绿色矿山 list, fresh13
# yunnan-2021-shengji-lvse-kuangshan-minglu-news-converter.txt:14 — a company's works up to 64, any other name up to 40)
_COMPANY_MINE = re.compile(r"^.{4,30}?(?:有限公司|有限责任公司|股份公司)[^，,。；;、：:]{2,40}?(?:矿|矿山|矿区|井)$")


def _name_length(name: str) -> bool:
    return 4 <= len(name) <= 40 or (len(name) <= 64 and bool(_COMPANY_MINE.match(name)))


def is_enterprise(name: str) -> bool:
    return _name_length(name) and bool(_ENTERPRISE_END.search(name) or _COMPANY_SITE.search(name)) and \
        not _NOT_ENTERPRISE.search(name) and \
        not _COUNT_IN.search(name) and not _GENERIC_NAME.match(name) and not _LEVEL_OPENING.match(name) \
        and not _KIND_WORDS_ONLY.match(name) \
        and not LEVEL_INSTITUTE.match(name)


# A group named alone in its clause with a count of its own units right after it ("龙江森工集团9家单位的10个基地上榜",
# 黑龙江's 省级林下经济示范基地, fresh33; "柳工集团旗下共有7家子公司获评国家级“小巨人”企业", www.aeir.cn/news/20251027):
# the count is of the group's units or subsidiaries, unnamed, and the group holds nothing. A count after the last of
# several names ("X、Y、Z三家林业公司榜上有名") counts those names: a name after 、 / 和 / 等 is no group alone.
_OWNER_OF_COUNT = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<name>[^、，,。；;：:和及与等\s]{4,40}?)(?:下属|所属|旗下)?(?:共有|共|有)?"
                             r"(?:[2-9]|\d{2,4}|[两二三四五六七八九十]{1,3})[家户个](?:下属|所属|旗下)?"
                             r"(?:单位|企业|子公司|分公司|公司|成员单位|成员企业)")


# (a designating act before the name makes the count the act's object, the holders counted with the name first: "经考评并
# 公示,核准招商局新材料科技(重庆)有限公司29家企业(单位)(详见附件)为国家安全生产标准化二级企业", 重庆市应急管理局 2023年
# 第2号, entrep101)
_ACT_BEFORE_OWNER = re.compile(r"^(?:核准|认定|确定|确认|授予|命名|批准|同意|表彰)")


def counted_owners(text: str) -> set[str]:
    """The enterprises a text names as the owners of a count of units (_OWNER_OF_COUNT), each as printed."""
    return {m["name"] for m in _OWNER_OF_COUNT.finditer(text) if is_enterprise(m["name"])
            and not _ACT_BEFORE_OWNER.match(m["name"])}


def owns_counted(name: str, owners: set[str]) -> bool:
    """Whether a holder read from a text is one of its counted owners (counted_owners), perhaps printed after a lead-in
    ("其中龙江森工集团")."""
    return any(o.endswith(name) for o in owners)


# Ratings of places, not of market entities (旅游景区质量等级, 5A级旅游景区): their holders are scenic areas, no
# enterprise ("河北省承德市金山岭长城景区"); on such a page only a name that reads as an enterprise is a holder, and
# a bare name is none.
# (a 绿色矿山 list rates mines: one printed as a company's site is that company's works, "南京汤山地热开发有限公司地热井"
# (_COMPANY_SITE), and one named by its place alone, "东海县桃林镇白岭村南矿区", is a site; 江苏's 2022 公告)
SITE_RATINGS = ("旅游景区", "绿色矿山")

# A list's holders before the final decision: a proposed list (拟认定 / 拟入选 / 拟命名 / 拟确定 / 拟授予, a 公示 of a list
# or of results, 公示名单, 推荐名单 / 拟推荐 / 拟向X推荐, 候选) is not a held class, but its holders are what a user looks for: every reader
# takes them, and their classification carries status "proposed" (PROPOSED). A 公示 as one step of the procedure before
# a decision ("经…专家评审、社会公示等程序,决定授予X…") proposes nothing; a 公示 that has ended (公示期满, 公示结束, 经公示
# 无异议) gives the final list; and a 守合同重信用 list is conferred by its 公示 (工商总局's 守合同重信用企业公示活动:
# "国家工商总局公示了2012至2013年度国家级“守合同重信用”企业", "市工商质监部门向社会公示了230家…市级“守合同重信用”企业").
_PUBLICITY_STEP = r"(?!等|、|和|及|后|程序|环节|期满|结束)"
# a recommendation of holders to a higher level's designation ("推荐X等16家企业为省政府…表彰企业"), never a step of the
# procedure ("地市推荐、专家评审", "在县区推荐的基础上") nor an application (申报)
RECOMMENDS = re.compile(r"推荐(?!阅读|申报|的)(?=[^，,。；;、：:]{2,80}?(?<![成作])为)(?![^，,。；;、]*?申报)")  # (a 公示 listed among the steps: "网上公示等程序")
# (a level's final list joined to the part of it proposed higher, "评选出省级和拟向工业和信息化部推荐的绿色工厂106家" (驻马店):
# the level's list is held, and its holders are final)
_LEVEL_AND = r"(?<!级和)(?<!级及)(?<!级与)(?<!级、)"
PROPOSED = re.compile(rf"{_LEVEL_AND}拟被?(?:认定|确定|授予|评为|评定|命名|入选|入库|列入|纳入|推荐|评价|表彰|定为|定|入围)"
                      # (a choice made before the 公示 that confirms it: "…等434家字号,被商务部初步确定为“中华老字号”")
                      r"|初步(?:确定|认定|评定)为"
                      # (a move to another level of a rating, proposed: "X拟由“环境风险”企业调整为“环境合格”企业", 潇湘晨报 2015)
                      r"|拟由[^，,。；;]{2,30}?(?:调整|变更|升级|降级)为"
                      r"|公示了|(?<![社会网站上])公示(?=第|首|新一批|\d|《|“|的?拟)"
                      # (a site's 公示 of a list named by its year or batch is the list's, no step: "国家工信部网站公示2023年度绿色
                      # 制造名单" (黑龙江, fresh36), "江西省工业和信息化厅网站公示2022年江西省专业化小巨人企业名单" (永修, fresh30);
                      # "经…网站公示,决定命名…" stays a step)
                      r"|(?<=网站)公示(?=\d{4}年|第[一二三四五六七八九十\d]{1,3}批|首批|新一批)"
                      rf"|(?:予以|现予|进行了?|正在)公示{_PUBLICITY_STEP}|公示(?:名单|稿)|(?:名单|结果)的?公示{_PUBLICITY_STEP}"
                      r"|候选|推荐名单|初评结果|推荐[^，,。；;]{2,80}?(?:参加|申请)[^，,。；;]{2,60}?认定(?:申报)?(?=[，,。；;]|$)"
                      rf"|{_LEVEL_AND}拟[\u4e00-\u9fff]{{0,4}}?向[\u4e00-\u9fff]{{2,16}}?推荐"  # ("拟择优向工信部推荐X…等7家企业申报…", 吉林)
                      rf"|{RECOMMENDS.pattern}")
FINAL_AFTER_PUBLICITY = re.compile(r"公示(?:期)?(?:已)?(?:届满|结束|期满|完毕|(?<=已)满)|(?:公示|公示期)(?:内)?无异议|正式(?:发布|公布|认定|命名)")
_PUBLICITY_CONFERS = re.compile(r"守合同重信用")
# A condition on the 公示 and what follows it ("公示无异议的,江苏省农业农村厅发文正式公布", 丰县; "如无异议,将正式命名"):
# the procedure still to come, no final list — read as if the sentence stopped before it
# (never "对公示无异议的X等20家企业予以认定" nor "经公示无异议后,现认定…": a 的 before a name, a 后 of a past step)
# ("公示期满,如无提出异议…,将上报县人民政府确认发文", 蕉岭: the term's end opens the condition)
_IF_UNOPPOSED = re.compile(r"[^，,。；;]*(?:公示期满[，,](?=[^。；;]*?(?:如|若)[^，,。；;]{0,12}?异议)|无异议的(?=[，,])"
                           r"|(?:如|若|如果|倘若)[^，,。；;]{0,12}?无异议).*$")


def publicity_confers(text: str) -> bool:
    """Whether a page's 公示 is its designation's conferral (守合同重信用企业公示)."""
    return bool(_PUBLICITY_CONFERS.search(text))


def proposal(text: str, confers: bool = False) -> bool | None:
    """Whether a sentence tells of a proposed list (True), of a final one after its 公示 (False), or of neither (None);
    `confers`: the page's 公示 is its designation's conferral (publicity_confers), and only a 拟 or a 推荐 proposes."""
    text = _IF_UNOPPOSED.sub("", text)
    if FINAL_AFTER_PUBLICITY.search(text):
        return False
    m = PROPOSED.search(text)
    if m and (confers or _PUBLICITY_CONFERS.search(text)) and "拟" not in m[0] and not m[0].startswith("推荐"):
        return None
    return True if m else None


def parse_class(cell: str, rating: str | None = "亩产效益") -> tuple[str, str | None] | None:
    """'A（优先发展类）', 'B类', 'A+', 'T' → (class, label); the label defaults to 亩产效益's words. A cell of
    another scale (a colour card, a star grade, a government level: CLASS_TOKENS) gives its class too."""
    m = _CLASS.match(compact(cell).replace("Ａ", "A").replace("Ｂ", "B").replace("Ｃ", "C").replace("Ｄ", "D"))
    if not m:
        return token_class(cell, rating)
    # a class of a named scale (5A) only on a page of that scale: 4A级 elsewhere is a tourist site's grade
    named = [name for name, classes in LETTER_SCALES if name != "letters" and re.fullmatch(classes, m["cls"])]
    if named and rating not in named:
        return None
    default = _LABELS.get(m["cls"]) if rating in (None, "亩产效益", "亩均效益") else None
    return m["cls"], m["label"] or default


# A rating no row of _RATINGS names is read from the shape of the text that gives it (the rating's name, then a
# class token or the words a result list is titled with), as (shape, pattern); the name is what the text prints,
# less the year, the level and the awarding place before it.
RATING_SHAPES = (
    # "规模以上工业企业“亩产效益”A类企业", "广州市劳动关系和谐“AAA”级企业"
    ("quoted before a class",
     re.compile(rf"[“\"](?P<name>[\u4e00-\u9fff]{{2,10}})[”\"][“\"]?(?:{CLASS_PATTERN})[”\"]?(?:类|级)")),
    # "2023年度省级劳动保障守法诚信A级企业", "获广州市劳动关系和谐“AAA”级企业称号"
    ("after a year or level, before a class",
     re.compile(rf"(?:^|年度?|级|[“\"]|获|为)(?P<name>[\u4e00-\u9fff]{{2,12}}?)[“\"]?"
                rf"(?<![为评得获列])(?:{CLASS_PATTERN})[”\"]?(?:类|级)")),
    # "…企业劳动关系和谐等级评价结果", "…纳税信用等级评定", "…诚信等级名单"
    ("a result list's title", re.compile(r"(?:年度?|[省市区县]级?|企业)(?P<name>[\u4e00-\u9fff]{2,10}?)"
                                         r"(?:等级评价|等级评定|评价结果|等级名单)")),
    # "48家五星级民俗旅游户有…", "被评为五星级劳动关系和谐企业": what a star grade is given to
    ("after a star grade", re.compile(r"(?<![十\d])[一二三四五1-5]星级(?P<name>[\u4e00-\u9fff]{2,10}?户|[\u4e00-\u9fff]{2,10}?(?=企业|单位))")),
    # "2019年度湖南省五星级乡村旅游区(点)名单": what a star-graded list's title lists
    # "荣获“四星级农家乐”称号": what a quoted star-graded designation is given to
    ("a quoted star-graded designation",
     re.compile(r"[“\"](?:[^“”\"]{0,8}?)(?<![十\d])[一二三四五1-5]星级(?P<name>[\u4e00-\u9fff]{2,10}?)[”\"](?:荣誉)?称号")),
    # "评出了“老码头”等四星级农家乐4家": what a counted star grade is given to
    ("a counted star grade", re.compile(r"(?<![十\d])[一二三四五1-5]星级(?P<name>[\u4e00-\u9fff]{2,10}?)\d+[家户个]")),
    ("a star-graded list's title", re.compile(r"(?<![十\d])[一二三四五1-5]星级(?P<name>[\u4e00-\u9fff()（）]{2,12}?)(?:名单|名录)")),
    # "湖南省第七批休闲农业与乡村旅游星级创建认定结果出炉": the scheme whose star grades a news item reports, named before
    # 星级 with no grade, after the batch or the place that awards it
    ("a star scheme named before 星级",
     re.compile(r"(?:批|届|年度?|[省市区县])(?P<name>[\u4e00-\u9fff]{2,12}?)(?<![一二三四五1-5])星级(?:企业|单位|创建|评定|认定)")),
)
# (the batch or session of an award, "第七批", is no part of the rating either)
_PLACE_PREFIX = re.compile(r"^(?:全国|国家级|省本级|[省市区县]级|[\u4e00-\u9fff]{2,4}?[省市区县](?=[\u4e00-\u9fff]{4})"
                           r"|第[一二三四五六七八九十\d]{1,3}[批届])+")


# a firm's claim to be the first or the Nth of its kind is no rating's name: "德龙钢铁成为河北第一家民营长流程钢铁A级企业"
# (fresh54's 唐山 大事记, line 7: its grade is 环保绩效's, not a rating "河北第一家民营长流程钢铁")
_COUNTED_CLAIM = re.compile(r"第[一二三四五六七八九十百\d]+[家个批位]|首家|首批|[一二三四五六七八九十两\d]+家")


def rating_named(text: str) -> str | None:
    """The rating a text names by its shape (RATING_SHAPES), or None."""
    for _, shape in RATING_SHAPES:
        for m in shape.finditer(text or ""):
            name = _PLACE_PREFIX.sub("", m["name"]).removeprefix("企业")
            if len(name) >= 2 and not _COUNTED_CLAIM.search(name):
                return name
    return None


# A designation no row names is read by its SHAPE: a noun phrase whose head is a kind of organisation and which carries
# a status marker ("专精特新“小巨人”企业", "高新技术企业", "科技型中小企业", "瞪羚企业", "制造业单项冠军企业", "农业产业化
# 龙头企业", "示范农民专业合作社", "节水型示范企业"). enterprise_sentences.LISTED_DESIGNATIONS's rows are instances of it, kept for the names they give. The
# marker is one of STATUS_MARKERS; the head one of DESIGNATION_HEADS: an organisation a list confers on, never a place
# (示范区, 示范县, 示范村), a body (单位) or a company's own name ("山东省诚信行物业管理有限公司": 公司 is no head). At most
# eight characters stand before the marker and between it and the head ("农业产业化" before 龙头, "中小" between 科技型
# and 企业), none a word joining two phrases (为, 的, 和, 与, 及), a level (级) or a place ("杭州市萧山区高新技术企业" is the
# district's, not the city's). 重点 marks a status, not a sector or a watch list: 重点行业企业 (重污染天气 绩效 lists),
# 重点监控企业, 重点排污 are none.
STATUS_MARKERS = ("专精特新", "小巨人", "高新技术", "科技型", "创新型", "瞪羚", "单项冠军", "隐形冠军", "独角兽", "龙头",
                  "重点(?!行业|监控|排污|用能|污染|用水)", "示范", "标杆", "领跑者", "绿色", "诚信", "星级", "贯标试点", "试点")
# (示范社, 示范场: the marker 示范 is the head's own first half, "农民专业合作社示范社", "家庭农场示范场")
DESIGNATION_HEADS = ("企业", "工厂", "农场", "合作社", "(?<=示范)社", "联合社", "(?<=示范)场", "(?<=示范)组织", "牧场", "基地", "矿山", "酒店",
                     "饭店",
                     # a farm stay a list confers on: "省级示范休闲农庄", "第二批省级示范农庄" (四川省农业厅, 2018)
                     "农庄",
                     # a market and a shop a list confers on, right after their marker: "全省“文明诚信市场”", "全省“文明
                     # 诚信商户”" (河南省工商局, 驻马店日报), "省级星级市场" (never 市场 or 商户 alone: 重点市场 is a sector)
                     "(?<=诚信|示范|星级|标杆)市场", "(?<=诚信|示范|星级|标杆)商户")
_FILLER = r"(?:(?![为的和与及级省市县区镇乡村])[\u4e00-\u9fff“”\"]){0,8}?"
# Markers that name the holder themselves stand without a head when the phrase ends there: "荣获山东省制造业单项冠军," (莱山),
# "六企业获国家级专精特新“小巨人”称号" (六安) — the title, its list or a clause break follows; a company named with one
# ("某某小巨人机械有限公司") goes on with its name and is none.
TITLE_MARKERS = ("小巨人", "单项冠军", "隐形冠军", "独角兽", "瞪羚", "青年文明号")
DESIGNATION_SHAPE = (rf"{_FILLER}(?:(?:{'|'.join(STATUS_MARKERS)}){_FILLER}(?:{'|'.join(DESIGNATION_HEADS)})"
                     rf"|(?:{'|'.join(TITLE_MARKERS)})[”\"]?(?=称号|名单|榜单|名录|荣誉|[，,。；;、!！]|$))")

# Class tokens of the scales whose classes are not letters, as (scale, pattern, class from the match); a cell or a
# heading printing exactly one of them gives the class. (Letter classes: LETTER_SCALES and _CLASS above.)
_STARS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五"}
CLASS_TOKENS = (
    # "红牌", "绿牌企业": the card of 企业环境信用评价 (黑牌: the fifth level some provinces add)
    ("colour card", re.compile(r"^(?P<c>[红黄蓝绿黑])牌(?:企业)?$"), lambda m, rating: (m["c"] + "牌", None)),
    # "环保诚信企业", "环保不良": a card told by its level's name
    ("card level name", re.compile(r"^(?P<lvl>环保(?:诚信|良好|警示|不良))(?:企业)?$"),
     lambda m, rating: card_class(m["lvl"] + "企业")),
    # "绿色", "红色等级": a card told by its colour, only on a 环境信用 page (绿色 elsewhere is no class)
    ("card colour", re.compile(r"^(?P<c>[红黄蓝绿黑])色(?:等级|企业)?$"),
     lambda m, rating: (m["c"] + "牌", m[0]) if rating == "环境信用" else None),
    # "五星级", "3星", "四星级企业", "宁波市三星级绿色工厂": a star grade, kept as printed ("3星"; canonical_class reads
    # it as 三星级); a type column may print the awarding place before it and what is graded after it (工厂, 园区, 户)
    ("star grade", re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?[省市区县])*(?P<g>[一二三四五1-5]星级?)"
                              r"(?:[\u4e00-\u9fff]{0,6}?(?:企业|单位|工厂|园区|户))?$"),
     lambda m, rating: (m["g"], None)),
    # "高级认证企业": the customs credit class (海关 AEO: 高级认证 / 一般认证), kept as printed less 企业
    ("customs credit", re.compile(r"^(?:海关)?(?:AEO)?(?P<c>高级认证|一般认证)(?:企业)?$"), lambda m, rating: (m["c"], None)),
    # "金树叶级", "银树叶级绿色旅游饭店": the grade of 绿色旅游饭店 (LB/T 007), kept as printed
    ("leaf grade", re.compile(r"^(?P<g>[金银])树叶级(?:绿色旅游饭店|饭店)?$"), lambda m, rating: (m["g"] + "树叶级", None)),
    # "省级", "市级“守合同重信用”": the level of a level-rated designation (LEVEL_RATINGS); "国家级专精特新“小巨人”企业",
    # "省级农业产业化重点龙头企业": a type column printing the level with a designation of its shape
    ("government level", re.compile(rf"^(?P<l>国家|省|市|县|区)级(?:[“\"]?守合同重信用[”\"]?|{DESIGNATION_SHAPE})?$"),
     lambda m, rating: (m["l"] + "级", None)),
    # "能效先进清单", "能效落后": the two ends of a 重点领域企业能效清单 (发展改革委: 能效优于或等于标杆水平 / 低于基准水平),
    # kept as printed less 能效; the bare word only on a page of that list
    ("energy efficiency", re.compile(r"^(?P<e>能效)?(?P<c>先进|落后)(?:水平)?(?:企业)?(?:清单|名单)?$"),
     lambda m, rating: (m["c"], None) if m["e"] or rating == "能效清单" else None),
)


def token_class(cell: str, rating: str | None = None) -> tuple[str, str | None] | None:
    """The class a cell of a non-letter scale prints ('红牌', '环保诚信企业', '五星级', '省级'), or None."""
    c = compact(cell).strip("“”\"")
    for _, pattern, klass in CLASS_TOKENS:
        if (m := pattern.match(c)) and (got := klass(m, rating)):
            return got
    return None


def rating_of(*texts: str) -> str | None:
    """The rating a list gives (亩产效益, 环保绩效, 信用评价), from its heading or its document's title; a rating
    the registry does not know is named by the shape of those texts (rating_named)."""
    for t in texts:
        for key, name in _RATINGS:
            if key in (t or ""):
                return name
    return next((name for t in texts if (name := rating_named(t))), None)


# Rating scales whose classes are named levels rather than letters. 企业环境信用评价 has four levels, each a colour
# card; a list prints the card (被亮“红牌”), the level's name (环保不良企业), or the bare level (不良企业) once the
# page is about 环境信用. The class kept is the card; the level's name as printed is its label.
_CARD_LEVELS = (("绿牌", "诚信"), ("蓝牌", "良好"), ("黄牌", "警示"), ("红牌", "不良"))
CARD_PATTERN = r"(?:[红黄蓝绿黑]牌|环保(?:诚信|良好|警示|不良)企业)"
# a bare level, or the card's colour ("信用等级为绿色", "被评定为红色等级"), once the page is about 环境信用
BARE_LEVEL_PATTERN = r"(?:诚信|良好|警示|不良)企业|[红黄蓝绿黑]色(?:等级)?(?![\u4e00-\u9fff])|[红黄蓝绿黑]色等级"
ENV_CREDIT = re.compile(r"环境信用|环保信用|[红黄蓝绿黑]牌|环保(?:诚信|良好|警示|不良)企业")


def card_class(printed: str) -> tuple[str, str | None]:
    """'红牌' → ('红牌', None); '环保不良企业' / '不良企业' / '红色' → ('红牌', the level as printed)."""
    if printed.endswith("牌"):
        return printed, None
    if re.match(r"[红黄蓝绿黑]色", printed):  # "绿色(等级)": the card of that colour
        return printed[0] + "牌", printed
    return next(card for card, level in _CARD_LEVELS if level in printed), printed



# "…A类企业名单的通知,全省共有2597家企业…获评A类企业。" ⏎ "四川长虹电子控股集团有限公司、四川永贵科技有限公司、
# ……": a paragraph of names only, under text that names one class: each name is in that class
# "A类企业", "“AAA”级劳动关系和谐企业" (the rating's name may come between the class and 企业)
CLASS_MENTION = re.compile(rf"(?<![A-Za-z])[“\"]?({CLASS_PATTERN})[”\"]?(?:类|级)[”\"]?(?:[\u4e00-\u9fff]{{0,8}}?)(?:企业|单位)")
_STAR_MENTION = re.compile(r"(?<![十\d])(?P<n>[一二三四五1-5])星级")
_LETTER_MENTION = re.compile(rf"(?<![A-Za-z])[“\"]?(?P<cls>{CLASS_PATTERN})[”\"]?(?:类|级)")
CARD_MENTION = re.compile(CARD_PATTERN)


def one_class(text: str) -> tuple[str, str | None] | None:
    """The one class a short text names (a star grade, a colour card, a letter class), or None (none or several)."""
    found = {(m[0], None) for m in _STAR_MENTION.finditer(text)}
    found |= {card_class(m[0]) for m in CARD_MENTION.finditer(text)}
    found |= {(m["cls"], None) for m in _LETTER_MENTION.finditer(text)}
    # (one grade printed two ways, "5星级" and "五星级", is one class)
    return min(found) if len({(canonical_class(c), label) for c, label in found}) == 1 else None


# A class is kept as printed (class_as_printed: "五星", "3星级", "AA级"); its canonical form, in which equal grades
# printed differently meet, is what a record's class, the graph's class nodes (分类) and a query compare: a star grade
# in Chinese numerals with 级 ("五星", "5星", "★★★★★" → 五星级), a letter class less 级 / 类 ("AA级", "A类" → AA, A),
# a region's level as a province's (自治区级 → 省级), full-width letters and traditional characters folded ("ＡＡ",
# "國家級" → AA, 国家级). Every other class is its printed form folded (省级, 红牌, 金树叶级). The scorer folds gold and
# predictions by the same rule on its own (benchmarks.other_districts.norm_class); benchmarks/data/other_districts/
# README.md states it.
_STAR_PRINTED = re.compile(r"^(?P<n>[一二三四五1-5])星级?$")
_STAR_SIGNS = re.compile(r"^(?P<s>★{1,5})级?$")
_LETTER_PRINTED = re.compile(rf"^(?P<cls>{CLASS_PATTERN})(?:级|类)$")


def canonical_class(cls: str | None) -> str | None:
    """'五星' / '5星级' / '★★★★★' → '五星级'; 'AA级' → 'AA'; '國家級' → '国家级'; any other class folded as printed."""
    if not cls:
        return cls
    c = fold(compact(cls)).strip("“”\"").upper()
    if m := _STAR_SIGNS.match(c):
        return _STARS[str(len(m["s"]))] + "星级"
    if m := _STAR_PRINTED.match(c):
        return _STARS.get(m["n"], m["n"]) + "星级"
    if m := _LETTER_PRINTED.match(c):
        return m["cls"]
    return "省级" if c == "自治区级" else c  # (a region is a provincial-level unit: 自治区级 = 省级)
