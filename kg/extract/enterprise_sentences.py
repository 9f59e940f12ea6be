"""Enterprises a sentence puts in a class: narrative sentences ("X、Y等55家为A类（优先发展类）企业", "A级企业3家：
X、Y、Z"), colour cards named by the card or its level, a class changed in its clause (红牌变黄牌, 调整为A级: the class
it ends in), a counted list (5家…企业分别是:) that vouches for items without an enterprise ending, designations
printed in quotes (QUOTED_DESIGNATIONS) and classes of a named scale (4A级物流企业) that vouch for their holders,
level-rated designations (守合同重信用, LEVEL_RATINGS) and designations a named list confers at a level (绿色矿山名录,
国家示范社: LISTED_DESIGNATIONS), and the places printed before a name that are no part of it (placed, list_placed).
Apart from the list and table readers (enterprises) because these read one sentence's grammar, those the layout of
lines."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from kg.places import MUNICIPALITIES, county_city_tail, place_rank, prefecture_tiers
from kg.extract.enterprise_classes import (BARE_LEVEL_PATTERN, CARD_PATTERN, CLASS_PATTERN, ENDING_PATTERN,
                                           DESIGNATION_SHAPE, LETTER_SCALES, RECOMMENDS,
                                           SITE_RATINGS, TITLE_MARKERS, card_class,
                                           is_enterprise, numbered_unit, one_class, rating_of, token_class)

__all__ = ["narrative_classes", "counted_ranks", "level_classes", "designation_levels", "joined_level", "procedure_levels", "quoted_holders", "scale_holders", "given_to",
           "placed", "short_run", "listed_levels", "listed_holders", "list_placed",
           "listed_rating", "designation_name", "BARE_NAME", "NOT_MEMBER", "CLAUSE_WORDS",
           "NAMES_FOLLOW", "MUNICIPALITIES", "place_level", "bare_place_level", "tier_places", "tier_level", "prose_placed", "farm_placed", "farm_key", "named_list_levels",
           "page_designations"]


# a letter class, quoted or not ("A类", "“AAA”级", "AAA级”"); a count's letter doubled after it is the count's class
# misprinted ("质量信誉4AA级企业" where the same page prints "质量信誉4A级", 厦门)
_LETTER = rf"(?<![A-Za-z])(?P<cls>{CLASS_PATTERN})(?:(?<=\dA)A)?[”\"]?(?:类|级)(?:[(（](?P<label>[^()（）]{{2,8}})[)）])?"
# what a sentence may print between its verb and the class: the year, the level, the awarding place and the rating's
# own name, quoted or not ("被认定为“2023年度省级劳动保障守法诚信A级企业”", "获评成为2023年度区级环保诚信企业",
# "被评为2019年度规模以上工业企业“亩产效益”A类企业"); never a clause break, nor a company or a second verb (a 为
# inside a name, "广东省深圳市为海科技有限公司被评为A级", must not start the qualifier)
_QUALIFIER = r"(?:(?!公司|集团|被|评为|认定|获评)[^，,。；;：:、!！?？]){0,24}?"
# words a sentence opens with that are no part of the first name ("最终X等113家企业被认定为…")
_OPENERS = r"最终|最后|目前|近日|日前|此外|另外|同时|今年|去年|经评定|经审核|经评审|经核查|不仅有|既有|还有|也有|其中有"
# names before the class: "X等55家为A类(优先发展类)企业", "X、Y等173户企业获评A级", "X等28家物业服务企业获得AAA级",
# "…被认定为D级", "X被列为环保警示企业"
# "X作为“AAA”级企业代表": a company's speaker standing for the class (the person is trimmed off the name)
# (获 alone too — "X公司获A类企业称号" — though never as in 获嘉县: the qualifier after a verb admits no company name, so a
# 获 inside a name, "丰获农业有限公司被评为A级", cannot start it)
# (a card hung on a firm, as 亮 shows it: "X、Y、Z等9家企业环境信用差被挂“红牌”", docent59 宁夏 converter)
# (a grade raised on the list from the one held before, the new grade held: "绿色工厂48家(其中,上海申美饮料食品有限公司、上海
# 华谊新材料有限公司从四星级提升至五星级,包含在名单内)", 上海 2024 第一批绿色制造示范名单, fresh39 — the old grade is no class)
# (or lowered, the new grade held just the same: "崇阳县昌华实业有限公司由B级降为C级", 湖北省2025年第二批重污染天气重点行业
# 企业绩效评级结果, https://www.zhcement.com/article/23377.html, entrep101)
_RAISED = r"(?:从|由)[^，,。；;：:、]{1,8}?(?:提升|晋升|升级|升|下调|降级|降)(?:至|为|到)"
_VERBS = r"(?:作为|为|评为|评定为|确定为|认定为|定为|列为|获评|获得|荣获|荣膺|授予|入选|晋升为|升级为|亮|(?<=被)挂|获(?!嘉)" \
         rf"|{_RAISED})(?:成为)?"
# (an adverb and the approval may stand before the verb: "河钢石钢公司新区正式被批准为环保绩效A级企业", 河北; the news's 喜
# before 获: "中国铁建港航局喜获公路工程施工AA级、水运工程施工AA级", entrep31 广东 converter)
_ADVERBS = r"成功|顺利|再次|正式|均|也|还|喜(?=获)"
# the words a list's names follow ("…的企业分别是:X、Y", "包括X", "名单为X"): one set for every reader of a counted or
# entered list, here and in held_lists
NAMES_FOLLOW = r"(?:分别是|分别为|包括|名单为)"
# (a count may be a round one: "X、Y、Z等200多家北京企业入选最高信用等级AAA级")
_NAMES_BEFORE = r"(?P<names>[^，,。；;：:]{4,300}?)(?:等\d+多?[家户个][\u4e00-\u9fff]{0,6}?)?(?:企业)?" \
                rf"(?:{_ADVERBS})?被?(?:批准|核准)?{_VERBS}[“\"]?"
_NARRATIVE = re.compile(_NAMES_BEFORE + _QUALIFIER + _LETTER)
# (a named grade that is no star stands where the star does: "批准杭州蝶来望湖宾馆等13家饭店为金树叶级绿色旅游饭店")
_STAR_NARRATIVE = re.compile(_NAMES_BEFORE + _QUALIFIER + r"(?P<star>(?<![十\d])[一二三四五1-5]星级?|[金银]树叶级)")
# one name, a short clause, then the class it entered across a comma: "山东荣信集团榜上有名,被评为2019年度…A类企业"
_SUBJECT_THEN_CLASS = re.compile(rf"(?P<names>[^，,。；;：:]{{4,80}}?(?:{ENDING_PATTERN}))[\u4e00-\u9fff]{{0,6}}[，,]"
                                 rf"(?:并|还|也|均)?被?{_VERBS}[“\"]?" + _QUALIFIER + _LETTER)
# the names counted, what they did, then the class they entered, across a comma: "X、Y、Z等122家佼佼者脱颖而出,
# 荣登A类企业榜单" (义乌 news). The count (等N家) is required: it is what ties the names to the class.
_COUNTED_THEN_CLASS = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)等\d+[家户个][^。；;：:]{0,16}?"
                                 r"(?:荣登|登上|入选|跻身|列入|进入|获评|评为|认定为)[“\"]?(?:[\u4e00-\u9fff]{0,6}?)" + _LETTER)
# a counted group printed with its grade, whatever the act around it: "对宝鸡市星海工贸有限责任公司等37户AAA级优秀企业予以通报
# 表扬" (宝鸡 机动车维修企业质量信誉考核, entrep46), "X等8家5A级企业" — the count's grade is its members'
_COUNTED_GRADED = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)等\d+[家户个]" + _LETTER
                             + r"[\u4e00-\u9fff]{0,8}?(?:企业|单位|纳税人)")
# counted groups each printed with a rank of an enterprise-grade scale, several lists in one sentence: "现将通过评定的
# X等2家客运特级企业、Y等6家客运一级企业…;Z客运东站等10家五星级服务汽车客运站…进行公布" (道路运输企业等级, 中国道路运输
# 协会, entrep92) — 特级 / 一级 / 二级 and star grades of stations and schools, the kind (客运, 货运) before or after the rank
_RANK = r"(?P<grade>特级|(?<![\u4e00-\u9fff])[一二三]级|(?<=[\u4e00-\u9fff])[一二三]级|(?<![十\d])[一二三四五]星级)"
_COUNTED_RANKED = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)等\d+[家户个](?P<kind>[\u4e00-\u9fff]{0,8}?)" + _RANK
                             + r"(?:服务)?[\u4e00-\u9fff]{0,12}?(?:企业|单位|客运站|汽车站|培训机构)(?=[、，,。；;(（]|名单|$)")


def counted_ranks(sentence: str) -> list[tuple[str, str, str | None]]:
    """(name, rank, None) for each counted group a sentence prints with its rank (_COUNTED_RANKED); none in a clause that
    withdraws or lowers the rank."""
    return [(n, m["grade"], None) for m in _COUNTED_RANKED.finditer(sentence)
            if not re.search(r"撤销|取消|降为|降级|摘牌|移出", m[0]) for n in _names(m["names"])]


# the class first, then the names it covers: "A级企业3家：X、Y、Z；B级企业2家：…", "…“AAA”级企业称号的企业包括X、Y"
# ("…企业有X、Y": only where a name follows 有 at once — "A类企业有所增加" names nothing)
_HAS_NAMES = rf"(?:企业|单位)?有[：:]?(?=[^、，,。；;：:]{{2,40}}?(?:{ENDING_PATTERN})(?:[、，,和及等。；;]|$))"
_CLASS_FIRST = re.compile(_LETTER + r"(?:企业)?(?:共?\d+家)?(?:[：:]|[^：:，,。；;]{0,12}?(?:包括|分别是|名单为|" + _HAS_NAMES + "))"
                          r"(?P<names>[^；;。：:]{4,400})")
# the class first and counted, then its names in brackets: "在6家新评企业中,4A级企业1家(青岛家哇云网络科技有限公司),3A级企业
# 5家(青岛开源国际物流有限公司、…、青岛天地通宇物流有限公司)" (青岛, A级物流企业); a name's own brackets stay in it
_CLASS_BRACKETED = re.compile(_LETTER + r"(?:企业|单位)?共?\d+[家户个][(（]"
                              r"(?P<names>(?:[^()（）；;。]|[(（][^()（）]{1,12}[)）]){4,600}?)[)）]")
# the customs credit class a company passed into: "内蒙古鄂尔多斯国际贸易有限公司和内蒙古王璐羊绒有限公司先后通过AEO高级认证,
# 正式成为该关“高级认证企业”" (呼和浩特海关); never a company's unnamed subsidiary ("浙江正泰集团子公司通过认证后")
_CUSTOMS_CREDIT = re.compile(rf"(?P<names>[^，,。；;：:]{{2,300}}?(?:{ENDING_PATTERN}))(?:{_ADVERBS}|先后)*"
                             r"(?:通过|获得|获评|成为)(?:海关)?(?:AEO)?(?P<cls>高级认证|一般认证)")
# a body passing the names, counted with 共, into the class: "会议通过了申通快递有限公司、…、商洛陆港实业(集团)有限公司共27家
# 5A级物流企业" (中国物流与采购联合会's 评估委员会; a long list: up to 1500 characters of names)
_PASSED_COUNTED = re.compile(r"(?:审议通过了?|评审通过了?|通过了)(?P<names>[^，,。；;：:]{4,1500}?)共\d+[家户个]" + _LETTER)
# a grade that is a letter class or a star (or a named grade standing for a star)
_GRADE = rf"(?:{_LETTER}|(?P<star>(?<![十\d])[一二三四五1-5]星级|[金银]树叶级))"
# the verb first, then the names, then the quoted designation whose class they are given: "拟授予X、Y等13家旅行社
# “厦门市旅行社质量信誉3A级企业”称号" (厦门), "授予X、Y为“…A级企业”", "授予X、Y“四星级农家乐”称号" — the quotes close
# the names, so no verb need stand between them and the class, and the list vouches for its bare names
_GRANTED = re.compile(r"(?:授予|颁授|颁发给)(?P<names>[^，,。；;：:“”\"]{4,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,6}?)?为?[“\"]"
                      + _QUALIFIER + _GRADE)
_LEAD_IN = re.compile(r"^.*(?:确认|认定|评定|确定|批准|授予|推荐|其中|包括|分别是|名单如下|企业中|单位中)(?:(?<=定)的)?[：:，,]?"
                      # (and the place that has them: "我省有齐齐哈尔轨道交通装备有限责任公司等7家企业榜上有名" (fresh62
                      # heilongjiang_sheng-2013-guojia-huoju-jihua-zhongdian-gaoxin-qiye-dbw.txt:9))
                      r"|^[我全本][区县市州省镇](?:的|(?:共|还|也)?有)?"
                      # (the source the names were learnt from: "從通知中得知新疆天山水泥股份有限公司、…等145家企業通過復核評價"
                      # (fresh62 quanguo_gongxinbu-2019-jishu-chuangxin-shifan-qiye-fuhe-tianshan-shuini-ivfcd.txt:2))
                      r"|^从[\u4e00-\u9fff]{1,10}?[中上]?(?:得知|获悉|了解到)"
                      rf"|^(?:{_OPENERS})[，,]?"
                      # (a place that already has them: "青岛已有青岛啤酒集团、…入选首批…")
                      r"|^[\u4e00-\u9fff]{0,8}?(?:已有|现有)"
                      # (the preposition of "对X等142家监测合格的企业予以重新公布"; after 现 in a notice's 公示: "现对奥戈恩(广州)
                      # 泵业有限公司等4022家拟进入广东省2017年高新技术企业培育库的企业…予以公示", 广东 科技厅, fresh47)
                      r"|^对(?!外)(?=[\u4e00-\u9fff]{4})|^现对(?=[\u4e00-\u9fff]{2})")


def _card_patterns(levels: str) -> tuple[re.Pattern, re.Pattern]:
    # "X被列为环保警示企业", "X等49家企业被评为“环保诚信企业”"; "拟评为红牌(环保不良企业)——X",
    # "登上诚信企业榜的集团公司企业有:X、Y"
    card = rf"(?P<card>{levels})[”\"]?(?:[(（](?P<label>[^()（）]{{2,8}})[)）])?"
    return (re.compile(_NAMES_BEFORE + _QUALIFIER + card),
            re.compile(card + r"[^：:，,。；;“”\"]{0,14}?(?:[：:]|——|为|包括|分别是|名单为|" + _HAS_NAMES + ")"
                       r"(?P<names>[^；;。：:]{4,400})"))


_CARD_BEFORE, _CARD_FIRST = _card_patterns(CARD_PATTERN)
# a red or black list (红榜 / 黑榜) of a check or a survey, its entrants named after it or before it: "黑榜曝光的四家单位
# 分别是:文昌市文城博视眼镜店、…、陵水县光明眼镜店" (海南 商业计量抽查 红黑榜, entrep46), "X、Y等3家企业被列入黑榜" — the
# board is the class, as printed; the pair's own name (红黑榜) is none
_BOARD = r"(?<![红黑])(?P<card>[红黑]榜)(?![单])"
_BOARD_FIRST = re.compile(_BOARD + r"[^：:，,。；;“”\"]{0,14}?(?:[：:]|分别是|分别为|包括|名单为|" + _HAS_NAMES + r")[：:]?"
                          r"(?P<names>[^；;。：:]{4,400})")
def _board_names(text: str) -> bool:
    """Whether a board's entrants are named one by one, every item a name (no kind spoken of: "部分加油站、液化气充装站和
    眼镜店等进入红榜" names none)."""
    parts = [p for p in re.split(r"[、，,]", re.sub(r"等\d*[家户个]?[\u4e00-\u9fff]{0,6}?$", "", text.strip("。"))) if p]
    return bool(parts) and all(is_enterprise(p) and not re.search(r"[和及与]|^(?:部分|一些|各|有关|其他|其它|多家)", p)
                               for p in parts)


_BOARD_BEFORE = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,6}?)?被?(?:列入|登上|上了|进入|纳入)了?"
                           + _BOARD)
_ANY_BEFORE, _ANY_FIRST = _card_patterns(f"{CARD_PATTERN}|{BARE_LEVEL_PATTERN}")


# (or one that passed a review: "通过复核的沈阳鼓风机集团齿轮压缩机有限公司等51家企业授予辽宁省专精特新中小企业称号", 辽宁)
# (or the 的 alone, its act word already dropped as the list's lead-in (_LEAD_IN): "对2021年通过省级“专精特新”中小企业认定的
# 通化茂祥制药有限公司等22户企业一并认定为…", 通市工信民营〔2022〕72号, fresh39 — no name opens with 的)
_NAMES_LEAD = re.compile(r"^(?:被?(?:公示|公布|评定|认定|获评|入选|上榜)|通过(?:复核|复评|复审|评审|评价|认定)|[我本全][区县市州省镇])?"
                         r"的(?P<name>.+)$")


_SPEAKER = re.compile(rf"^(?P<name>.+?(?:{ENDING_PATTERN}))(?:[\u4e00-\u9fff]{{2,4}}|的[\u4e00-\u9fff]{{2,10}})$")


def _speaker_trimmed(part: str) -> str:
    """'广汽丰田汽车有限公司陈锐' (a company, then the person who speaks for it, or an adverb: 本次, 连续三年) and
    '某某公司的环境信用等级' (the company's rating) → the company."""
    m = _SPEAKER.match(part)
    return m["name"] if m and not is_enterprise(part) and is_enterprise(m["name"]) else part


# (a count after the last name closes the list, with what it counts: "…、招商局重工(深圳)有限公司等31家深圳企业", 深圳)
# (or 这 before the count, "…、天津银龙预应力材料股份有限公司这6家天津企业一起成功入选", 天津, entrep92)
_COUNT_AFTER = re.compile(r"等(?:\d+[家户个][\u4e00-\u9fff]{0,8})?$|这$")


# (a group's subsidiary is printed after its group: "中林集团所属中国林木种子集团有限公司" names the subsidiary, entrep37)
# (or owned by it, 权属: "金潮公司權屬江蘇寧城農林科技有限公司榮獲…市級龍頭企業" names the owned company, entrep81 连云港)
# (or under its group's short name: "上海电气下属上海电器股份有限公司人民电器厂和上海华普电缆有限公司升级为国家级“绿色工厂”",
# http://www.longdan-industry.cn/manufacturing-news/91.html, fresh39; "望美集团旗下子公司望美实业集团有限公司入选国家级“绿色工厂”",
# http://www.uoef.cn/news.asp?id=1039)
# (its short name in brackets between: "中建西部建设新疆有限公司(简称新疆公司)所属伊犁公司察县子公司、霍城子公司…获得…“安全生产
# 标准化三级企业”证书", docent59 伊犁)
GROUP_OWNED = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:(?:集团|公司)(?:[(（][^()（）]{1,12}[)）])?(?:所属|旗下|权属)|下属|旗下)"
                         r"(?:的|子公司)?(?=[\u4e00-\u9fff]{4})")


def _names(text: str) -> list[str]:
    out = []
    for part in re.split(r"[、，,]", _LEAD_IN.sub("", text)):
        part = GROUP_OWNED.sub("", _COUNT_AFTER.sub("", part).strip("“”\""))
        # "被公示的X", "我市的X": a short phrase ending in 的 before the first name is no part of it
        lead = _NAMES_LEAD.match(part)
        # (the first name, after an item number the split left alone: "二、通过复核的X等51家企业…")
        if lead and not any(map(is_enterprise, out)) and is_enterprise(lead["name"]):
            part = lead["name"]
        # "X和Y", "X与Y": two names only when both sides are names (福建医科大学附属协和医院 is one)
        # (each side trimmed first: "X和Y成功升级" — the words after the last name are no part of it)
        # ("X与Y、Z这6家企业一起入选": 与 joins the first two, 天津, entrep92)
        pieces = [_speaker_trimmed(p) for p in re.split(r"以及|[和及与]", part)]
        out += pieces if len(pieces) > 1 and all(map(is_enterprise, pieces)) else [_speaker_trimmed(part)]
    # (a construction group's numbered units printed short are firms too: "一航局、一公司获得“AA”级信用评价;二公司、三公司、
    # 五公司获得“A”级评价", 天津 一航局 news, entrep138 — enterprise_classes.numbered_unit)
    return [n for n in out if is_enterprise(n) or numbered_unit(n)]


# A list the text counts and says what its members are ("5家被挂红牌的企业分别是:", "48家五星级民俗旅游户有X、Y、Z等")
# vouches for its items: a name without an enterprise's ending (东莞市民成工业污水处理中心, a homestay's brand name 繁星小院)
# is a member when every item of the list reads as a name. A place (村, 镇, 街道, 景区, 公园), an office, a hospital, a
# school or an association is never one (no market entity: benchmarks/data/other_districts/README.md).
BARE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{3,25}$")
# (a clause among the items reads as none: the function words and verbs of a sentence)
# (a 渔村 or a 度假村 is a farm stay's or a resort's trade name, no village: "池州市石台县秋浦渔村" on a 农家乐 list)
NOT_MEMBER = re.compile(r"(?:(?<!渔)(?<!度假)村|镇|乡|街道|社区|政府|委员会|局|[省市区县州]|医院|防治院|学校|幼儿园|协会"
                        r"|景区|旅游区|公园)$|[是为被有占共已将了在对把均]|责令|整改|进行|开展|实施"
                        r"|记者|通讯员|编辑|报道$")  # (a byline under a list's title, "闪电新闻记者贾鑫济宁报道", is none)
_COUNT_BEFORE = re.compile(r"\d+[家户个][^，,。；;：:]{0,8}$")


# A town printed before a name places it: a registered name opens with a county or a higher place, never a bare town
# ("龙水镇兴博山庄", "宝顶镇足香园", 大足; "浏阳市官渡镇嘉园度假山庄" opens with its county and keeps it)
_TOWN_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2}镇(?=[\u4e00-\u9fff]{2})")
# So does a city and a county in it, printed before a trade name as a list sorted by place prints them ("巢湖市和县白果
# 山庄", "宣城市宁国市青龙农家小院", 安徽): a name carries one place at most (fresh9's "长沙县沃园" keeps its county). A
# registered legal name (…有限公司, …合作社, …厂) keeps what it prints. The city may be printed short where the list
# prints it in full elsewhere ("马鞍山雨山区鱼乐多农家乐" beside "马鞍山市雨山区大西塘农家乐"): `cities`.
_CITY = r"[\u4e00-\u9fff]{2,4}?市"
_COUNTY_IN = r"(?:[\u4e00-\u9fff]{1,4}?[县区旗]|[\u4e00-\u9fff]{2,3}?市)(?=[\u4e00-\u9fff]{2})"
_LEGAL_NAME = re.compile(r"(?:公司|集团|合作社|厂|企业|(?:有限|普通)合伙[)）]?)$")


def placed(name: str, cities: tuple[str, ...] = ()) -> str:
    """'龙水镇兴博山庄' → '兴博山庄', '巢湖市和县白果山庄' → '白果山庄': the name less the town, or the city and county,
    it is placed in."""
    if not _LEGAL_NAME.search(name):
        city = "|".join([_CITY] + [re.escape(c) for c in cities])
        name = re.sub(rf"^(?:{city}){_COUNTY_IN}", "", name)
    return _TOWN_BEFORE.sub("", name)


def list_cities(parts: list[str]) -> tuple[str, ...]:
    """The cities a list's items open with, less 市 ("马鞍山市雨山区…" → 马鞍山), to read the short form elsewhere."""
    return tuple({m[1] for p in parts if (m := re.match(r"^([\u4e00-\u9fff]{2,4}?)市", p))})


def _joined(part: str) -> list[str]:
    """'X和Y' → [X, Y] where both sides read as members (a list's last two joined by 和/及), else [part]."""
    pieces = re.split(r"以及|[和及]", part)
    # (each side read less its place: "芜湖市繁昌县芜湖和睦园生态农庄" is one name, its 芜湖 no member)
    member = lambda p: is_enterprise(p) or bool(BARE_NAME.match(placed(p))) and not NOT_MEMBER.search(p)
    # (a company's name holds 和 in its trade name: "深圳市誉和钻石工具有限公司", 小巨人, entrep92 — a short bare side before
    # it, its place and a character or two, is the name's own start, no member)
    if is_enterprise(part) and len(pieces) == 2 and not is_enterprise(pieces[0]) \
            and len(re.sub(r"^[\u4e00-\u9fff]{1,4}?[省市县区旗]", "", pieces[0])) <= 2:
        return [part]
    return pieces if len(pieces) == 2 and all(map(member, pieces)) else [part]


def _member_names(text: str) -> list[str]:
    """The names of a counted list: every item an enterprise or a bare name, else only the enterprises."""
    parts = [re.sub(r"等$", "", p).strip("“”\"") for p in re.split(r"[、，,]", _LEAD_IN.sub("", text))]
    cities = list_cities(parts)
    parts = [placed(q, cities) for p in parts if p for q in _joined(p)]
    parts = [t if is_enterprise(t := _speaker_trimmed(p)) else p for p in parts if p]
    bare = lambda p: is_enterprise(p) or bool(BARE_NAME.match(p)) and not NOT_MEMBER.search(p)
    return parts if len(parts) >= 2 and all(map(bare, parts)) else _names(text)


# A run of short names with no count, the subject of an act: "港隆化工、康达塑胶、鸿港化工、金谷炭材、宏伟粮库、富强生物获评
# 省级绿色工厂" (辽阳, docent59), "珠海紅塔仁恒紙業、東莞建暉紙業、…、廣東亞太森博紙業獲得最高環保級別的綠牌" (广东 造纸,
# entrep66; the same page at https://heicmy.com/data/show.php?itemid=161110). Three items or more, each a trade name of
# four to ten characters (no person's name, two or three; no bare place, two or three), none a place, an organ, a park or
# a clause (NOT_MEMBER), nor a thing a firm has or builds (_NOT_TRADE_NAME: "宁乡经开区、望城经开区、…被认定为国家绿色园区",
# http://chinamomentum.com/article/29151.html; a project, a product, a school)
_SHORT_RUN_ITEM = re.compile(r"^[\u4e00-\u9fff]{4,10}$")
# (nor a household, a 文明家庭's: "自贡市的赖桂芳家庭、王淑华家庭、罗健家庭…荣获“第二届四川省文明家庭”称号", fresh53's 自贡 line 8)
_NOT_TRADE_NAME = re.compile(r"(?:项目|工程|产品|品牌|商标|技术|工艺|平台|基地|中心|园|馆|站|所|院|校|学|队|会|部|室|处|办|厅|委"
                             r"|组|班|车间|工厂|企业|单位|模式|经验|案例|活动|工作|体系|系统|示范|家庭)$")


def short_run(text: str) -> list[str]:
    """The items of a run of three or more short names that is the whole of `text` (its lead-in words dropped: 其中, 我区),
    else []."""
    parts = re.split(r"、", _LEAD_IN.sub("", text.strip().strip("“”\"")))
    if len(parts) >= 3 and (pair := re.split(r"以及|[和及与]", parts[-1])) and len(pair) == 2:
        parts = parts[:-1] + pair  # ("X、Y和Z": the last two joined by 和)
    ok = lambda p: bool(_SHORT_RUN_ITEM.match(p)) and not NOT_MEMBER.search(p) and not _NOT_TRADE_NAME.search(p)
    return parts if len(parts) >= 3 and all(map(ok, parts)) else []


def _counted(sentence: str, m: re.Match) -> bool:
    """A count of the members stands just before the class, or between the class and its names."""
    return bool(_COUNT_BEFORE.search(sentence[: m.start()]) or
                re.search(r"\d+[家户个]", sentence[m.start() : m.start("names")]))


# the class first, a star grade counted before it: "其中,48家五星级民俗旅游户有繁星小院、一搏山吧、先生的院子等"
_STAR_FIRST = re.compile(r"(?<![\d])\d+[家户个](?P<star>[一二三四五1-5]星级)[\u4e00-\u9fff]{0,8}?(?:有|包括|分别是|名单为|为)[：:]?"
                         r"(?P<names>[^；;。：:]{4,400})")


# the class first, named without a count, then the word that enumerates its holders: "代表长沙入围五星级企业(园区)的
# 分别是:X、Y、…" (长沙), "被重庆市评定为三星级农家乐还有X、Y和Z" (大足): what follows is the list of that grade; or a
# colon alone after the grade and what it grades, a list's heading run on with its list ("安徽省五星级农家乐:巢湖市和县
# 白果山庄、巢湖市庐江县金孔雀度假村古堡山庄、…", 安徽)
_STAR_ENUMERATED = re.compile(r"(?P<star>(?<![十\d])[一二三四五1-5]星级)[\u4e00-\u9fff（）()]{0,10}?的?"
                              r"(?:还有|有[：:]|包括|分别是|分别为|名单为|名单如下|(?=[：:]))[：:]?(?P<names>[^；;。：:]{4,400})")
# a holder of a grade put under a time-limited rectification keeps the grade meanwhile (a warning, no withdrawal: the
# integrator's decision, stop 19): "四星级酒店中,乌江明珠酒店被取消星级,中华茶艺山庄因消防未达标被限期整改" (重庆晚报) — the
# grade the clause opens with, the holder closing the clause of 限期整改 (a 取消 clause beside it holds nothing)
_STAR_WARNED = re.compile(r"(?P<star>(?<![十\d])[一二三四五1-5]星级)[\u4e00-\u9fff]{0,6}?中[，,](?:[^；;。：:]*?[，,])?"
                          r"(?P<names>[^，,；;。：:、]{2,40}?)(?:因[^，,；;。：:]{1,24}?)?被?(?:限期整改|责令限期整改)")
# …and a group put under it, on a page of one star grade (its grade is the page's, enterprises._kept_grade): "被要求限期
# 整改12个月的5家饭店分别为X、Y…" (http://cmen.cc/news/202105/116704.html), "对发现问题相对较轻的X、Y、Z等6家饭店予以限期
# 整改12个月的处理" (新华社, http://xiaofei.people.com.cn/n1/2020/0119/c425315-31554748.html)
_WARNED_GROUP = re.compile(r"限期整改[^，,。；;：:]{0,12}?的\d+家[\u4e00-\u9fff]{0,6}?(?:分别为|分别是)[：:]?(?P<names>[^。；;：:]{4,600})"
                           r"|对(?:[^，,。；;：:]{0,16}?的)?(?P<group>[^，,。；;：:的]{4,600}?)等\d+家[\u4e00-\u9fff]{0,6}?"
                           r"予以限期整改")


def warned_holders(sentence: str, grade: str) -> list[tuple[str, str, None]]:
    """(holder, grade, None) for a group a sentence puts under 限期整改 (_WARNED_GROUP): a warning, the page's grade kept."""
    return [(n, grade, None) for m in _WARNED_GROUP.finditer(sentence) for n in _names(m["names"] or m["group"])]


# the grant told from the giver's side: "向宝顶镇足香园等5家餐饮店颁发了重庆市三星级农家乐匾牌" (大足) — the holders
# between 向 and the verb, the grade in what is given (a plaque, a certificate, a title)
_GIVEN_TO = re.compile(r"向(?P<names>[^，,。；;：:向]{2,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,6}?)?(?:颁发|授予|颁授)了?"
                       r"[^，,。；;：:]{0,12}?" + _GRADE + r"[”\"]?[\u4e00-\u9fff]{0,8}?[”\"]?(?:匾牌|牌匾|标牌|铜牌|证书|称号|奖牌)")


# (who a grant is given to may be told, not named: "向获评单位颁发…", "向参评企业代表颁发…")
_UNNAMED = re.compile(r"^(?:获评|获奖|入选|参评|上榜|评定|这些|该)|(?:单位|企业|商户|经营户|主体|代表|对象)$")


def given_to(sentence: str) -> list[tuple[str, str, str | None]]:
    """(holder, grade, None) for a grade given to named holders (_GIVEN_TO), each a holder less its town."""
    out = []
    for m in _GIVEN_TO.finditer(sentence):
        names = [placed(n) for p in re.split(r"[、，,]", m["names"]) for n in _joined(p)]
        if names and all(holder(n) and not (_UNNAMED.search(n) and not is_enterprise(n)) for n in names):
            out += [(n, *_grade(m)) for n in names]
    return out


# a withdrawal that opens the list after it: "取消下列11家饭店星级资格:五星级:A;四星级:B、C;…" (上海市旅游饭店星级评定委员会,
# entrep92) — the grade printed before each group is the one its names lose
_WITHDRAWS_LIST = re.compile(r"(?:取消|撤销|撤銷|摘除|摘牌|移出|除名)[^。；;：:]{0,20}?(?:资格|星级|等级|称号|名单)?[：:]")


def _withdrawn_before(sentence: str, at: int) -> bool:
    """Whether the sentence, before `at`, opens a list with a withdrawal (_WITHDRAWS_LIST)."""
    start = max(sentence.rfind(x, 0, at) for x in "。！？") + 1
    return bool(_WITHDRAWS_LIST.search(sentence, start, at))


def _grade(m: re.Match) -> tuple[str, str | None]:
    """(class, label) of a _GRADE match: the star grade as a star list prints it, else the letter class."""
    return (token_class(m["star"])[0], None) if m["star"] else (m["cls"], m["label"])


def _subjects_before(sentence: str, at: int) -> list[str]:
    """The names of the clause just before `at`, where that clause is nothing but names: subjects of the act after it
    printed apart by a comma ("省土畜公司下属的A、B、C,省纺织公司正式通过海关AEO高级认证企业复审", 杭州, entrep92); else []."""
    if at == 0 or sentence[at - 1] not in "，,":
        return []
    clause = re.split(r"[，,。；;：:]", sentence[: at - 1])[-1]
    # (the parent before 下属的 is where they stand, no subject: "省土畜公司下属的A、B、C")
    clause = re.sub(r"^[\u4e00-\u9fff]{2,10}?(?:集团|公司)(?:所属|旗下|下属)的(?=[\u4e00-\u9fff]{4})", "", clause)
    parts = [p for p in clause.split("、") if p]
    return parts if len(parts) >= 1 and all(map(is_enterprise, parts)) and not CLAUSE_WORDS.search(clause) else []


# grades printed as alternatives set a condition, no class (中国公路建设行业协会, entrep138: "对A、B等全国134家…连续两年在
# 交通运输部信用评价中评为AA级或A级的公路施工企业进行表彰")
_ALTERNATIVE_GRADES = re.compile(r"[A-Z]{1,3}[级类]或者?[A-Z]{1,3}[级类]")


def narrative_classes(sentence: str, env_credit: bool = False) -> list[tuple[str, str, str | None]]:
    """(enterprise, class, label) for every enterprise a sentence puts in a class; `env_credit`: the page is about
    企业环境信用, so a bare level (不良企业) names its card; grades printed as alternatives (AA级或A级) are none."""
    sentence = _ALTERNATIVE_GRADES.sub("", sentence)
    out = []
    # the layouts in order; the first that yields names decides (a verb with no names before it is not a list)
    for layout in (_NARRATIVE, _COUNTED_THEN_CLASS, _CLASS_FIRST, _SUBJECT_THEN_CLASS, _PASSED_COUNTED, _COUNTED_GRADED):
        out = [(n, *_final_class(sentence, m)) for m in layout.finditer(sentence) for n in _names(m["names"])
               if layout is not _COUNTED_GRADED or not re.search(r"撤销|取消|降为|降级|摘牌|移出", m[0])]
        if out:
            break
    out = out or counted_ranks(sentence)
    # a star grade: "X等12家企业被评为五星级劳动关系和谐企业"
    out += [(n, m["cls"], None) for m in _CUSTOMS_CREDIT.finditer(sentence)
            for n in _subjects_before(sentence, m.start("names")) + _names(m["names"]) if n not in {o[0] for o in out}]
    # (counted classes with their names in brackets, beside a sentence of another layout on the same line)
    out += [(n, *_final_class(sentence, m)) for m in _CLASS_BRACKETED.finditer(sentence) for n in _names(m["names"])
            if n not in {o[0] for o in out}]
    out += [(n, token_class(m["star"])[0], None) for m in ([] if out else _STAR_NARRATIVE.finditer(sentence))
            for n in _names(m["names"])]
    out += [(n, token_class(m["star"])[0], None) for m in ([] if out else _STAR_FIRST.finditer(sentence))
            for n in _member_names(m["names"])]
    out += [(n, token_class(m["star"])[0], None) for m in ([] if out else _STAR_ENUMERATED.finditer(sentence))
            if not _withdrawn_before(sentence, m.start()) for n in _member_names(m["names"])]
    out += [(n, token_class(m["star"])[0], None) for m in _STAR_WARNED.finditer(sentence)
            for n in _member_names(m["names"]) if n not in {o[0] for o in out}]
    out += [x for x in given_to(sentence) if x[0] not in {o[0] for o in out}]
    # (a grant names its holders whatever came before: a sentence may give two classes, each its own grant)
    out += [(n, *_grade(m)) for m in _GRANTED.finditer(sentence) for n in _member_names(m["names"])
            if n not in {o[0] for o in out}]
    out += [(n, m["card"], None) for m in (*_BOARD_FIRST.finditer(sentence), *_BOARD_BEFORE.finditer(sentence))
            if not re.search(r"撤销|取消|移出|退出", m[0]) and _board_names(m["names"])
            for n in _names(m["names"]) if n not in {o[0] for o in out}]
    out += [] if out else quoted_holders(sentence)
    out += [x for x in scale_holders(sentence) if x[0] not in {n for n, _, _ in out}]
    before, first = (_ANY_BEFORE, _ANY_FIRST) if env_credit else (_CARD_BEFORE, _CARD_FIRST)
    for m in list(before.finditer(sentence)) + list(first.finditer(sentence)):
        card, level = card_class(m["card"])
        changed = _CLASS_CHANGE.search(sentence, m.start("card") + 1, _clause_end(sentence, m.end()))
        if changed:  # "…——X,经过及时修复,红牌变黄牌": the class the names end in
            card, level = changed["card"], None
        names = _member_names(m["names"]) if m.re in (_ANY_FIRST, _CARD_FIRST) and _counted(sentence, m) else \
            _names(m["names"]) or (short_run(m["names"]) if m.re in (_ANY_BEFORE, _CARD_BEFORE) else [])
        out += [(n, card, m["label"] or level) for n in names]
    return out


# A designation printed in quotes names its class and vouches for the names it is given to, whatever they are called
# (a farm stay's brand, 八达, 春和缘): the quotes set the designation apart as the page's own, so the holders it names
# are rated operators. Two layouts, as (name, pattern):
# - "荣获“四星级农家乐”称号的八达、“三星级农家乐”称号的春和缘、“二星级农家乐”称号的X、Y等6家" (南涧): the title, 称号的,
#   then its holders, up to the next quoted title or the count;
# - "评出了“老码头”等四星级农家乐4家" (汉滨): the holder named in quotes, 等, then the class it stands for, counted.
_HOLDER = r"[^“”\"「」，,。；;：:、]{2,25}?"
QUOTED_DESIGNATIONS = (
    ("title then its holders",
     re.compile(r"[“\"「](?P<title>[^“”\"「」]{2,20})[”\"」](?:荣誉)?称号的"
                rf"(?P<names>{_HOLDER}(?:、{_HOLDER})*?)(?=、?[“\"「]|等\d*[家户个名]|[，,。；;]|$)")),
    ("quoted holders then their counted class",
     re.compile(r"(?P<names>[“\"「][^“”\"「」]{2,25}[”\"」](?:、[“\"「][^“”\"「」]{2,25}[”\"」])*)等"
                r"(?P<title>[^，,。；;：:“”\"]{2,16}?)\d+[家户个]")),
)


# A class of a scale with its own name (LETTER_SCALES: 4A级物流企业, 5A级劳动保障信誉单位) names the rating as surely as
# quotes do, so it vouches for its holders' short names ("国际物流托管企业东南物流获批全国5A级综合服务型物流企业",
# "国际物流下属兴港冷链、温州港集团下属温州港服公司通过了2018年上半年3A级物流企业复核", 宁波): what the name is
# introduced by (a parent's 下属/旗下, a kind ending in 企业) is no part of it, nor is the 等 that ends the group ("湖北大通
# 运业、宜昌港务集团、武汉市西马运输等获批成为4A级物流企业", 湖北).
_NAMED_SCALES = "|".join(f"(?<!\\d){classes}" for name, classes in LETTER_SCALES if name != "letters")
_SCALE_NARRATIVE = re.compile(r"(?P<names>[^，,。；;：:]{2,300}?)等?(?:被|均)?(?:获批|通过了?|" + _VERBS + r")[“\"]?"
                              + _QUALIFIER + rf"(?<![A-Za-z])(?P<cls>{_NAMED_SCALES})[”\"]?级")
_INTRODUCED = re.compile(r"^.*(?:下属|旗下|所属|企业)(?=[\u4e00-\u9fff]{2})")


def scale_holders(sentence: str) -> list[tuple[str, str, str | None]]:
    """(name, class, None) for the holders of a named scale's class (_SCALE_NARRATIVE), every part a holder, in a
    sentence that names that scale's rating (a tourist site's 4A级 is no 物流 class)."""
    out, rating = [], rating_of(sentence)
    for m in _SCALE_NARRATIVE.finditer(sentence):
        if not any(name == rating and re.fullmatch(classes, m["cls"]) for name, classes in LETTER_SCALES):
            continue
        names = [_INTRODUCED.sub("", p) for p in re.split(r"[、和及]", _LEAD_IN.sub("", m["names"])) if p]
        # (a site rating's holders are places, no enterprise: only a name reading as an enterprise holds its grade)
        named = is_enterprise if rating in SITE_RATINGS else holder
        if names and all(map(named, names)):
            out += [(n, m["cls"], None) for n in names]
    return out


def holder(name: str) -> bool:
    """A name a quoted designation is given to: an enterprise, or a short bare name that is no clause and no place."""
    return is_enterprise(name) or (bool(re.fullmatch(r"[\u4e00-\u9fff（）()]{2,25}", name)) and not NOT_MEMBER.search(name)
                                   and not CLAUSE_WORDS.search(name))


def quoted_holders(sentence: str) -> list[tuple[str, str, str | None]]:
    """(name, class, None) for every holder of a quoted designation naming one class (QUOTED_DESIGNATIONS)."""
    out = []
    for _, pattern in QUOTED_DESIGNATIONS:
        for m in pattern.finditer(sentence):
            klass = one_class(m["title"])
            names = [n.strip("“”\"「」") for n in m["names"].split("、")]
            if klass and names and all(map(holder, names)):
                out += [(n, klass[0], klass[1]) for n in names]
    return out


# A class changed in the same sentence: "红牌变黄牌", "成功升级,得到了绿牌的奖励", "调整为蓝牌" — the names are in the
# class the change ends in (the class printed first is the one they had).
_CLASS_CHANGE = re.compile(r"(?:变为?|变成|改为|调整为|升为|升级为|降为|降级为|"
                           r"(?:升级|降级|修复)[^。；;]{0,8}?(?:得到了?|获得|获评|评为))[“\"]?(?P<card>[红黄蓝绿黑]牌)")


_LETTER_CHANGE = re.compile(r"(?:变为?|变成|改为|调整为|升为|升级为|降为|降级为)[“\"]?"
                            rf"(?P<cls>{CLASS_PATTERN})[”\"]?(?:类|级)")


def _final_class(sentence: str, m: re.Match) -> tuple[str, str | None]:
    """(class, label) of a letter-class match, or the class it changed to later in the clause ("X被评为B级,经复核
    调整为A级")."""
    changed = _LETTER_CHANGE.search(sentence, m.end("cls"), _clause_end(sentence, m.end()))
    return (changed["cls"], None) if changed else (m["cls"], m["label"])


def _clause_end(sentence: str, at: int) -> int:
    end = re.compile(r"[。；;]").search(sentence, at)
    return end.start() if end else len(sentence)


# Designations awarded at a government level (守合同重信用: 国家/省/市/县/区 级): the level is the class. It is printed
# ("市级“守合同重信用”企业") or told by the awarding place ("被认定为曾都区第八届“守合同重信用”企业" → 区级).
LEVEL_RATINGS = ("守合同重信用",)
_LEVEL_MENTION = re.compile(r"(?:(?P<lvl>国家|省|市|(?<!地)(?<!自治)区|县)级|(?P<place>全国|[\u4e00-\u9fff]{2,8}?[省市区县]))"
                            r"(?:第[一二三四五六七八九十\d]{1,3}届)?(?:\d{4}[-—~～]\d{4}年度)?[“\"]?"
                            rf"(?P<rating>{'|'.join(LEVEL_RATINGS)})[”\"]?(?:企业|单位)")
# the names, counted ("X、Y等230家企业", "X、Y、Z6家企业榜上有名"), perhaps with what they share between the count and
# 企业 ("X、Y等5家连续三十年以上的老牌守信企业")
_LEVEL_NAMES = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)(?:等\d*[家户个]?|(?<!\d)\d+[家户个])[^，,。；;：:\d]{0,16}?"
                          r"(?:企业|单位)")


def place_level(place: str) -> str:
    """The level a place printed before a designation awards at: its last character (省, 市, 区, 县), a county-level
    city's 县 (kg.places.county_city_tail: 如皋市 → 县, the lead's ruling, stop 37). A municipality
    directly under the central government (北京市, 上海市, 天津市, 重庆市: MUNICIPALITIES) names its own designations
    市级, as its documents print them ("上海市市级企业技术中心", "市农业产业化重点龙头企业"), though it ranks as a
    province."""
    # (an autonomous region ranks as a province: "自治区“专精特新”中小企业名单", "新疆维吾尔自治区")
    # (a county-level city ranks with a county, its 市 no city's: "如皋市市长质量奖" → 县, "南通如皋市…" → 县; the lead's
    # ruling, stop 37 — 常州市 and a municipality stay 市, and so does 天津市, whose tail 津市 is no name as written)
    return "省" if place.endswith("自治区") else "县" if county_city_tail(place) else place[-1]


@functools.lru_cache(maxsize=1)
def _tier_names() -> re.Pattern:
    """The names of kg.places.prefecture_tiers, longest first (楚雄彝族自治州 before 楚雄州)."""
    return re.compile("|".join(sorted(map(re.escape, prefecture_tiers()), key=len, reverse=True)))


def tier_places(text: str) -> Iterator[re.Match]:
    """The prefectures a text prints with a tier word of their own (楚雄州, 锡林郭勒盟: kg.places.prefecture_tiers), in
    order; 杭州, 广州, 郑州 are cities, never such a place."""
    return _tier_names().finditer(text)


def tier_level(name: str) -> str:
    """The tier a tier_places name awards at, as it prints it (楚雄州 → 州, 锡林郭勒盟 → 盟)."""
    return prefecture_tiers()[name]


# A place printed bare, without its rank, where a list's or a designation's name opens: at the start, or after its year,
# batch or opening quote ("第四批“常州老字号”拟认定名单", "入圍2017年度上海名牌榜單"). A name opening with a level or a
# speaker's word is none (市中 of 市中区 in "市中小企业", 全省).
# (read at every such opening, overlapping: 度 of 年度 is no name's first character)
_BARE_PLACE = re.compile(r"(?:^|(?<=[年度批届“\"「《]))(?=(?![省市区县国全本我该各])([\u4e00-\u9fff]{2,3}))")


# the ranks a bare place may print right after a bare place of each rank, as one place inside the other (山西太原, 常州溧阳);
# a county-level name before another county-level one is no place but a word, and the place after it is the one printed
# (振兴, a district of 丹东, is a verb in "振兴奇台乡村经济“特别贡献奖”", entrep92 奇台: the award is named for the county
# it revitalises, 县级)
_INSIDE = {"省": {"市", "区", "县"}, "市": {"区", "县", "市"}, "区": set(), "县": set()}


def _place_after(text: str, end: int, rank: str) -> str | None:
    """The rank of a bare place printed right at `end` that no place of `rank` holds (_INSIDE), else None: the name
    before it is then a word, no place."""
    for k in (3, 2):
        if (inner := place_rank(text[end : end + k])) and inner not in _INSIDE.get(rank, {inner}):
            return inner
    return None


def bare_place_level(text: str) -> str | None:
    """The level of a place the national list knows (kg.places.place_rank), printed bare where a list's name opens
    (_BARE_PLACE: 常州 → 市, 上海 → 市, 江苏 → 省, 临淄 → 区), the first such place; the longer name first (吉林市
    before 吉林). A prefecture printed with a tier word of its own names its list at that tier (kg.places.
    prefecture_tiers: "楚雄州2024年工业特别贡献奖" → 州, the lead's ruling, stop 36; 楚雄 bare stays 市). A county-level
    name before another place it cannot hold is a word, and the place after it the one printed (振兴奇台 → 县:
    _place_after)."""
    for m in _BARE_PLACE.finditer(text):
        if (tier := _tier_names().match(text, m.start())):
            return tier_level(tier[0])
        for name in (m[1], m[1][:2]):
            if (rank := place_rank(name)):
                return _place_after(text, m.start() + len(name), rank) or rank
    return None


def designation_levels(text: str) -> set[tuple[str, str]]:
    """The (level, rating) pairs a text names ("国家级“守合同重信用”企业" → ("国家", "守合同重信用"), "纳入全国绿色矿山名录"
    → ("国家", "绿色矿山")); two levels joined before one designation name both ("国家、自治区级农业产业化重点龙头企业")."""
    found = {(m["lvl"] or {"全国": "国家"}.get(m["place"], place_level(m["place"])), m["rating"])
             for m in _LEVEL_MENTION.finditer(text)}
    found |= {(lvl, m["rating"]) for m in _LEVEL_MENTION.finditer(text) if (lvl := joined_level(text, m.start()))}
    return found | listed_levels(text)


# a level joined to the one printed right after it, both before one designation: "国家、自治区级农业产业化重点龙头企业达110家"
# (新疆: the holders of either level counted together, so the page names two levels, no one), "国家级、省级企业技术中心"
_JOINED_LEVEL = re.compile(r"(?P<lvl>国家|全国|省|自治区|市|县)级?(?:、|和|及|与|以及)$")


def joined_level(text: str, start: int) -> str | None:
    """The level joined before the level printed at `start` (_JOINED_LEVEL: 国家 in "国家、自治区级…"), else None."""
    m = _JOINED_LEVEL.search(text, 0, start)
    return m and {"全国": "国家", "自治区": "省"}.get(m["lvl"], m["lvl"])


# A sentence telling how a national designation is conferred names it, and its level, as the page's own: "据了解,全国放心
# 粮油示范工程认定经各省(区、市)粮食行业协会、大企业集团遴选推荐,并经中国粮食行业协会组织专家认证。" (新疆, after "这9家
# 企业分别是:…" — the page's subject; the 示范工程's holders are its 示范企业)
_PROCEDURE_TOLD = re.compile(r"(?:全国|国家级?)(?P<rating>[\u4e00-\u9fff“”\"]{2,14}?)(?:工程)?(?:认定|评定|评选|命名)(?:工作)?"
                             r"(?:须|要|需)?经")


def procedure_levels(text: str) -> set[tuple[str, str]]:
    """(国家, rating) for each national designation whose conferral the text tells (_PROCEDURE_TOLD); the rating is the
    designation's holder ("放心粮油示范" → "放心粮油示范企业")."""
    return {("国家", re.sub(r"[“”\"]", "", m["rating"]) + "企业") for m in _PROCEDURE_TOLD.finditer(text)}


# Designations a named list confers at a government level, as (rating, how the text prints it): a mine entered in the
# 全国 or a province's 绿色矿山名录 (创建名录), a 国家 农民专业合作社示范社 (国家示范社), a 绿色工厂 of a 绿色制造名单
# ("全国第三批绿色工厂", "2022年省级绿色工厂"), an 农业产业化 重点龙头企业 ("陇南市第五批农业产业化重点龙头企业",
# "农业产业化国家重点龙头企业"), a 示范家庭农场 ("省级示范家庭农场", "四川省第四批家庭农场示范场"). The level is the class:
# printed (国家级, 省级), told by 全国 / 国家, by the province or city before the designation ("云南省绿色矿山名录",
# "陇南市第五批…"), by the province whose department publishes the list ("山西省自然资源厅公布了2025年第一批绿色矿山创建
# 名录"), or printed inside the designation's own name ("农业产业化国家重点龙头企业", "家庭农场省级示范场").
_INFIX = r"(?:(?:国家|省|市|县)级?)?"
LISTED_DESIGNATIONS = (("绿色矿山", r"绿色矿山"), ("农民专业合作社示范社", r"(?:农民(?:专业)?合作社)?(?:百强)?示范社"),
                       ("绿色工厂", r"绿色工厂"),
                       # (the 绿色制造名单's supply-chain row, held by the company that manages the chain: "奥赛科膜科技(天津)
                       # 有限公司入选区级绿色供应链", 宝坻; "绿色供应链管理示范企业", 工信部's lists)
                       ("绿色供应链管理企业", r"绿色供应链(?:管理)?(?:示范)?(?:企业)?"),
                       ("农业产业化重点龙头企业", rf"农业产业化(?:经营)?{_INFIX}重点龙头企业"),
                       ("示范家庭农场", r"示范家庭农场"), ("家庭农场示范场", rf"家庭农场{_INFIX}示范场"))
LISTED_RATINGS = frozenset(name for name, _ in LISTED_DESIGNATIONS)
# a page presents such a phrase as a conferred status: a list, its naming, or an entry in it, or a list's group heading
# counting its members ("二、省级专精特新中小企业(1家)")
# (or the holder's receiving it: "荣获山东省制造业单项冠军", "获批2023年省级…")
_CONFERRED = re.compile(r"名单|名录|认定|评定|评选出|命名|授予|公布|入选|确定为|评为|获评|荣获|获批|荣膺|上榜|榜单|称号|纳入|列入|[(（]共?\d+[家户个][)）]")


def listed_rating(rating: str | None) -> bool:
    """Whether a rating is a designation a list confers at a level (a registry row, or a phrase of its shape)."""
    return bool(rating) and (rating in LISTED_RATINGS or bool(re.fullmatch(DESIGNATION_SHAPE, rating)))


# (the first batch may be printed 首批: "山东省首批制造业单项冠军企业名单"; the years a list holds for may be a range:
# "衡水市2020-2022年度农民合作社示范社")
_BATCH = r"(?:\d{4}(?:[-—－~～至]\d{4})?年度?)?(?:第[一二三四五六七八九十\d]{1,3}批|首批)?"
# (a year may stand before the level: "2023年度省级绿色工厂"; the place before 市 is a city's name, never 我/全/本/城; the
# place may be printed with its level after it: "吉林省省级“专精特新”中小企业", "长春市市级…"; right after the verb that
# confers it a bare 省 / 市 is the level: "确定X等211家企业为省绿色工厂", "入选市专精特新企业"; a county before it is
# the county's level: "某某县第三批示范家庭农场名单" → 县级)
# (a phrase of the designation's shape is one only with its level printed before it: the conditional (?(lev)…))
# (a province's name holds no verb or function word: "经信委公布全省", "家企业为省" are no province)
_PROVINCE_NAME = r"(?:(?![为的了和与及在是等全我本该各公布])[\u4e00-\u9fff]){2,6}?"
# a city's name ("陇南市"), never the speaker's own city or a counted time (我市, 全市, 本市, 城市, 本次我市)
_CITY_NAME = r"(?<![我全本城])(?:(?![我次])[\u4e00-\u9fff]){2,4}?市(?!域)"
_SHAPE_ALT = rf"|(?(lev)(?P<shape>{DESIGNATION_SHAPE})|(?!))"
# (a region's list printed bare after the verb or the year is provincial: "获认定为2020年度自治区“专精特新”中小企业", 梧州;
# the holder may 获 the verb: 获认定为)
# (a region's level printed as such is its own, "为第七批自治区级农民专业合作社示范社" (额敏): no 区级; nor is a prefecture's
# 地区级, a district's)
_LISTED = (rf"{_BATCH}(?P<lev>(?P<lvl>国家|省|市|(?<!地)(?<!自治)区|县)级(?!及?以上)|(?P<bare>(?<=[为入选])[我本]?[省市]|(?<=[为选]\d{{4}}年)[省市])|(?P<region>(?<=[为入选度年])自治区|自治区(?=级))级?|(?P<nation>全国|国家)|(?P<whole>全省|全市)(?!首家|第一家|唯一)|(?P<prov>{_PROVINCE_NAME}(?:省|自治区))"
           r"(?:省级|[\u4e00-\u9fff]{2,8}?(?:厅|局|委)(?:公布|发布|印发|公告)了?)?|(?P<city>" + _CITY_NAME + r")(?:市级)?"
           r"|(?P<county>(?<![我全本该各])(?![我全本该各])[\u4e00-\u9fff]{1,4}?县(?!域))(?:县级)?)?"
           rf"[“\"《「]?{_BATCH}[“\"《「]?(?P<rating>{'|'.join(f'(?:{p})' for _, p in LISTED_DESIGNATIONS)}"
           rf"{_SHAPE_ALT})")
_LISTED_MENTION = re.compile(_LISTED)
_INFIX_LEVEL = re.compile(r"(国家|省|市|县)级?(?=重点|示范)")


def _listed_level(m: re.Match) -> tuple[str, str] | None:
    """(level, rating) of a _LISTED match, or None where no level is told ("入选绿色工厂")."""
    infix = _INFIX_LEVEL.search(m["rating"])
    region = m["region"] and ("自治区" if m.string.startswith("级", m.end("region")) else "省")  # (自治区级 as printed)
    level = m["lvl"] or m["bare"] and m["bare"][-1] or region or m["whole"] and m["whole"][1] or ("国家" if m["nation"] else "省" if m["prov"] else _city_level(m) if m["city"] else
                                      "县" if m["county"] else infix[1] if infix else None)
    return level and (level, designation_name(m["rating"]))


def _city_level(m: re.Match) -> str:
    """The level of a city's list: 市 where the page prints 市级 after the city ("北京市市级…", as printed), else the
    city's own rank (place_level)."""
    return "市" if m.string.startswith("市级", m.end("city")) else place_level(m["city"])


def designation_name(printed: str) -> str:
    """The registry's name of a designation as printed, or (a designation read by its shape) the phrase less quotes."""
    # (a batch printed inside the phrase is no part of its name: "首批制造业单项冠军企业" is the 制造业单项冠军企业 list's)
    printed = re.sub(rf"^{_BATCH}", "", printed)
    name = re.sub(r"[“”\"]", "", printed)
    # (a title printed without its head is the same list's: "山东省制造业单项冠军" and "…单项冠军企业名单" on one page)
    name += "企业" if name.endswith(TITLE_MARKERS) else ""
    return next((name for name, p in LISTED_DESIGNATIONS if re.fullmatch(p, printed)), name)


def listed_levels(text: str, designations: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    """The (level, rating) pairs of the listed designations a text names (LISTED_DESIGNATIONS, or a phrase of the
    designation's shape in a text that presents it as conferred: _CONFERRED, or one of the page's own `designations`)."""
    conferred = bool(_CONFERRED.search(text))
    found = {(m, x) for m in _with_page(_LISTED_MENTION, designations).finditer(text) if (conferred or not m["shape"])
             and not (m["shape"] and _SHAPE_NOT.search(m["shape"])) and (x := _listed_level(m))}
    # (a level joined before the one printed: "国家、自治区级农业产业化重点龙头企业" names both)
    return {x for _, x in found} | {(lvl, x[1]) for m, x in found if (lvl := joined_level(text, m.start()))}


# a phrase of the shape that holds a verb of entering or another level is a clause, no designation: "海南省此次纳入全国绿色
# 矿山名录" is the 全国 list's, its province the holders' home
_SHAPE_NOT = re.compile(r"纳入|列入|入选|此次|本次|全国|国家级")


# the holders named first, perhaps a short clause after them, then the list they entered: "莒县X、Y、Z、W榜上有名,被授予
# “国家示范社”荣誉称号" (莒县), "X(以下简称“乌山”)又顺利通过自然资源部评审,进入《全国绿色矿山名录》" (内蒙古); the
# counted group and the organ that named them may stand between ("X、Y等44家家庭农场被省农业农村厅认定为2020年省级示范家庭
# 农场", 盐城), or a bare 等 ("X、Y、Z等上榜2023年度省级绿色工厂名单", 河南); an adverb may stand before the verb, and the
# verb may be one of receiving ("X成功入选…名单", "X荣获国家级专精特新“小巨人”企业称号", "X、Y获批2023年省级…")
_ENTERED = (r"(?:等(?:\d+[家户个][\u4e00-\u9fff]{0,8}?)?|(?<=[司厂社])\d+[家户个][\u4e00-\u9fff]{0,8}?)?(?:被[\u4e00-\u9fff]{2,10}?(?:厅|局|委|部|政府))?"
            rf"[被获]?(?:{_ADVERBS})?(?:授予|评为|评定为|认定为|确定为|纳入|列入|进入|入选|上榜|荣获|获评|获批|荣膺|跻身|成为|递补为|复准为)"
            r"了?为?[“\"《「]?")
# (the clause between may tell a step the holders passed before the list: "X等11家企业已通过全国高新技术企业认定管理工作领导
# 小组办公室备案,被认定为国家级高新技术企业", 中国西藏网)
# (or the ways it passed, several joined by 、 and closed by 等方式: "吉林省燚盟科技股份有限公司等408戶企業通過新認定、復核等方式,,
# 認定為2023年長春市市級“專精特新”中小企業", fresh8 jilin_changchun-2023-zhuanjingtexin-rending-converter.txt:1)
_PASSED_CLAUSE = (r"[^，,。；;：:、]{0,12}?(?:已|均|顺利)?通过(?:[^，,。；;：:、]{0,36}?(?:备案|审核|评审|公示|审查|初审)"
                  r"|(?:[^，,。；;：:、]{1,8}、){1,4}[^，,。；;：:、]{1,8}?等(?:方式|途径|程序))")
_LISTED_AFTER = re.compile(rf"(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))(?:[(（]以下简称[^()（）]{{1,12}}[)）])?"
                           rf"(?:(?:[^，,。；;：:、]{{0,16}}|{_PASSED_CLAUSE})[，,]+)?{_ENTERED}{_LISTED}")
# the holders keeping a listed designation on its review, the list before the review: "X、Y…共8家企业,通过了西藏自治区
# 高新技术企业复审考核" (西藏自治区高新技术企业评审委员会), "X等21家企业通过省级绿色工厂复核"
_LISTED_REVIEWED = re.compile(rf"(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))(?:[共等]\d+[家户个][\u4e00-\u9fff]{{0,8}}?)?"
                              rf"[，,]?(?:已|均|顺利)?通过了?{_LISTED}(?:称号)?的?(?:复审|复核|复评|复查)")
# (the same review of a designation printed with no level, in a paragraph that names that designation at one level: the
# paragraph's level — "认定了X等30户企业为青海省第七批专精特新中小企业,同时,Y等9户企业顺利通过第四批专精特新中小企业复核",
# fresh33 qinghai-diqipi-zhuanjingtexin-zhongxiao-qiye-rending.txt:2)
_REVIEWED_BARE = re.compile(rf"(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))(?:[共等]\d+[家户个][\u4e00-\u9fff]{{0,8}}?)?"
                            rf"[，,]?(?:已|均|顺利)?通过了?{_BATCH}[“\"]?(?P<rating>{DESIGNATION_SHAPE})[”\"]?(?:称号)?的?"
                            r"(?:复审|复核|复评|复查)")
# the holders a place applied for, then all of them granted the list: "2018年,我市申报亚洲硅业(青海)有限公司、青海伊纳维康
# 生物科技有限公司、青海百河铝业有限公司等7家为“绿色工厂”,最终,全部获批全省“绿色工厂”。" (西宁 2018: the applied names hold
# the list the closing clause grants, at its level)
_LISTED_ALL_GRANTED = re.compile(r"申报(?P<names>[^，,。；;：:]{4,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,8}?)?为[^，,。；;：:]{2,24}?"
                                 r"[，,](?:最终|最后|经[^，,。；;：:]{2,20}?)?[，,]?(?:全部|均|都)(?:获批|入选|通过|被?认定为|获评)"
                                 rf"为?[“\"《「]?{_LISTED}")
# the holders after 将, the list after the verb: "关于将X等矿山纳入全国绿色矿山名录的公告" (自然资源部)
_LISTED_OBJECT = re.compile(rf"将(?P<names>[^，,。；;：:]{{4,300}}?)(?:等[\u4e00-\u9fff]{{0,6}}?)?{_ENTERED}{_LISTED}")
# the holders between the organ's verb and 为: "决定评定「娄烦县腾凯家庭农场」等238家家庭农场为「2023年省级示范家庭农场」"
# (山西), "认定,文县玉兰茶业有限公司等33家单位为陇南市第五批农业产业化重点龙头企业" (陇南)
_LISTED_NAMED = re.compile(r"(?:评定|认定|确定|命名)了?[，,]?(?P<names>[^，,。；;：:]{4,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,8}?)?"
                           rf"为[“\"《「]?{_LISTED}")
# the organ's verb shared by a second counted group right after the first: "认定X等1919家农民合作社为国家农民合作社示范社,
# Y等54家农民用水合作组织为全国农民用水合作示范组织" (农业农村部) — read only right after a _LISTED_NAMED match
# (the groups may be joined by 、, the first designation's head and its bracket left after the match: "认定藁城市等20个县 (市、
# 区)为河北省农产品加工示范基地县 (市、区)、石家庄三鹿集团股份有限公司等230家企业为河北省农业产业化经营重点龙头企业",
# fresh48 hebei_shengzhengfu-2006-…-longtou-qiye-rending:15)
# (one group only: its names hold no count of their own, "…园区为省绿色工业园区、积成电子…等42家" is a third group's)
_LISTED_NAMED_AGAIN = re.compile(r"(?:[^，,。；;：:、（）()]{0,8}(?:[（(][^（）()]{1,8}[)）])?)?[，,、]"
                                 r"(?P<names>(?:(?!等\d+[家户个])[^，,。；;：:]){4,300}?)等\d+[家户个][\u4e00-\u9fff]{0,8}?"
                                 rf"为[“\"《「]?{_LISTED}")
# a counted group of that verb whose designation no reader holds, passed over to the groups after it: "确定X等211家企业为
# 省绿色工厂、济南刁镇化工产业园等34个园区为省绿色工业园区、积成电子股份有限公司等42家企业为省绿色供应链管理企业" (fresh10
# shandong-2025-lvse-zhizao-danwei-news.txt:8: the parks hold nothing an enterprise holds, the third group holds its list)
_OTHER_GROUP = re.compile(r"(?:[^，,。；;：:、（）()]{0,8}(?:[（(][^（）()]{1,8}[)）])?)?[，,、]"
                          r"(?:(?!等\d+[家户个])[^，,。；;：:、]){2,60}?等\d+[家户个][\u4e00-\u9fff]{0,8}?"
                          r"为[^，,。；;：:、为]{2,30}?(?=[，,、])")


def _groups_after(paragraph: str, pos: int, again: re.Pattern) -> list[re.Match]:
    """The counted groups that share a _LISTED_NAMED match's verb, read one after another from `pos` (_LISTED_NAMED_AGAIN);
    a group no listed designation is given (_OTHER_GROUP) is passed over, never the end of the run."""
    out = []
    while (a := again.match(paragraph, pos)) or (a := _OTHER_GROUP.match(paragraph, pos)):
        if a.re is not _OTHER_GROUP:
            out.append(a)
        pos = a.end()
    return out


# a counted list told before or after its names, in a paragraph about one list: "X、Y、Z4家农场榜上有名" (平昌), "我省X、
# Y、Z等21家农业产业化企业入选" (河南)
# (a list may confirm earlier holders: "山东晶导微电子股份有限公司等21家企业通过复核", 济宁 — they keep the designation)
# (or passed a monitoring of the list it names: "贵州老干爹食品有限公司等73家农业产业化经营省级重点龙头企业监测合格")
# (never a review failed: "大連機床集團有限責任公司、…等3家企業未通過復核評價" (fresh62 quanguo_gongxinbu-2019-jishu-chuangxin-shifan-qiye-
# fuhe-tianshan-shuini-ivfcd.txt:6; its README: the firms that failed hold nothing))
_LISTED_COUNTED = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)等?\d+[家户个](?:[\u4e00-\u9fff]{0,8}?(?<![未不没])"
                             r"(?:榜上有名|入选|上榜|获评|通过复核|通过复评|位列其中)|[\u4e00-\u9fff]{0,24}?(?:监测|复核|复评)合格)")
# one holder entering the paragraph's one list, the verb closing its clause, the list named before it: "在山东省工信厅公布的
# 山东省第二批制造业单项冠军企业名单中,烟台市莱山区的山东华鹏精机股份有限公司凭借其“双层预热混捏机”产品成功入选," (莱山)
# (the name runs on through its legal form: "沈阳市的十月稻田集团股份有限公司成功上榜" names the 股份有限公司, not the 集团
# inside it, entrep46 沈阳; the words between may still count it, "…有限责任公司三家林业公司榜上有名")
_LISTED_ALONE = re.compile(rf"(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))"
                           r"(?!(?:股份)?有限(?:责任)?公司|股份公司|公司|[(（])"
                           rf"[^，,。；;：:、]{{0,24}}?(?:{_ADVERBS})?(?:入选|上榜|榜上有名|获评)(?=[，,。；;]|$)")
# a list's heading run on with its list after a colon: "2020年度国家级绿色矿山名录:X、Y；Z" (its items joined by 、，；)
_LISTED_COLON = re.compile(rf"{_LISTED}[\u4e00-\u9fff]{{0,8}}?[：:](?P<names>[^。：:]{{4,600}})")
# a counted list of enterprises in a page about one listed designation: "3家非煤企业分别为X、Y、Z" (山西, under
# "…公布了2025年第一批绿色矿山创建名录"); the count may be printed in words and a clause may stand between ("我市共有三家
# 企业入选绿色工厂,分别是X、Y、Z,占全省总数的37.5%", 福州; "3家企业因…突出,获批2022年安徽省绿色工厂,分别是X、Y、Z", 亳州):
# the list is its leading run of names
_COUNTED_LIST = re.compile(r"(?P<n>\d+|[一二三四五六七八九十两]{1,3})[家户个][^。；;：:]{0,30}?" + NAMES_FOLLOW + r"[：:]?"
                           r"(?P<names>[^。；;]{4,400})")
# (a county printed once before a list names where all of it is, not the first name: "莒县明众农机服务专业合作社、中泉岭…";
# a company's registered name opens with its county, as farm_placed keeps it: "平原县江山纤维科技有限公司、中特新能源
# 有限公司、汇洋生物科技有限公司3家企业成功入选", 德州新闻网 — the others registered under no place)
_REGISTERED = re.compile(r"公司$")
_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,4}?[县市区旗](?=[\u4e00-\u9fff]{4})")


def list_placed(names: list[str]) -> list[str]:
    """The names of a list whose first alone opens with a county or city: that place is the list's, not the name's."""
    if len(names) < 2 or not _PLACE_FIRST.match(names[0]) or any(_PLACE_FIRST.match(n) for n in names[1:]) \
            or _REGISTERED.search(names[0]):
        return names
    first = _PLACE_FIRST.sub("", names[0])
    return [first] + names[1:] if is_enterprise(first) else names


# A farm or a 合作社 is named without the places printed before it ("平昌县五木镇永红家庭农场" → 永红家庭农场, "五台县蒋坊乡
# 蒋坊村双平家庭农场" → 双平家庭农场): a county, township or village is where it is. A company's registered name keeps
# the county or city it opens with ("成县绿色田园开发有限公司").
_FARM_END = re.compile(r"(?:农场|合作社|联合社|养殖场|种植场|牧场|林场|渔场|茶场)$")
_PLACE_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|旗)|[\u4e00-\u9fff]{1,3}?(?:乡|镇)|[\u4e00-\u9fff]{1,3}?村)"
                         r"(?=[\u4e00-\u9fff]{4})")


# A 合作社 is registered under a division of county level or above, then its 字号 (农民专业合作社登记: 行政区划 + 字号 +
# 行业 + 组织形式): "武汉市金曦蔬菜专业合作社", "密云县蔡家甸东沟农民用水合作社", "泸州市龙马潭区西坛花椒专业合作社" keep
# it; a township or village printed after the county is where it is ("徽县银杏乡绿草畜牧养殖专业合作社" → 绿草…).
_COOP_END = re.compile(r"(?:合作社|联合社)$")
_TOWNSHIP_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?(?:省|市|县|区|旗))*(?:[\u4e00-\u9fff]{1,3}?(?:乡|镇)|[\u4e00-\u9fff]{1,3}?村)"
                            r"(?=[\u4e00-\u9fff]{4})")


def farm_placed(name: str) -> str:
    """A farm's or 合作社's name less the places printed before it; any other name as it is."""
    if _COOP_END.search(name) and not _TOWNSHIP_LEAD.match(name):
        return name
    while _FARM_END.search(name) and (m := _PLACE_LEAD.match(name)) and is_enterprise(name[m.end():]):
        name = name[m.end():]
    return name


# The comparison form of a farm's or co-op's name, every leading administrative place dropped (province, city, county,
# township, village: "天津市西青区田园风情家庭农场" and "田园风情家庭农场", "鹤山市古劳镇卓裕水产养殖场" and "卓裕水产养殖场" are
# one holder): the sets' gold prints a farm with or without its places (the integrator's decision, stop 19), so the
# scorer compares both sides in this form; the extractor still names it as farm_placed does. A farm stay (农庄) is
# compared so too: entrep37's 益阳 公示 prints "桃江县初寻南村农庄" in its text and "初寻南村农庄" in its table, one holder.
_KEY_END = re.compile(rf"(?:{_FARM_END.pattern[:-1]}|农庄)$")
_ANY_PLACE_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,7}?(?:省|市|县|区|旗|盟|州(?![市县区]))|[\u4e00-\u9fff]{1,3}?(?:乡|镇|村))"
                             r"(?=[\u4e00-\u9fff]{4})")


def farm_key(name: str) -> str:
    """A farm's or 合作社's name less all the administrative places printed before it; any other name as it is."""
    while _KEY_END.search(name) and (m := _ANY_PLACE_LEAD.match(name)):
        name = name[m.end():]
    return name


# Two counted groups of one act, joined by 和 / 及, each perhaps told by what it passed ("拟将通过监测的X等266家原市级示范社
# 和新申报的Y等84家农民合作社认定为…", 衡水): the first name of each group holds it; a group's qualifier before its name
# (通过监测的, 新申报的, 复核合格的), with the 拟将 before it, is no part of the name
_GROUP_JOIN = re.compile(r"等\d+[家户个][\u4e00-\u9fff]{0,8}?(?:以及|[和及、，,])")
_GROUP_QUALIFIER = re.compile(r"^(?:拟?将)?(?:通过[\u4e00-\u9fff]{0,4}|(?:新|首次)?申报|新认定|[\u4e00-\u9fff]{2,4}(?:合格|通过))的(?=[\u4e00-\u9fff]{4})")


def _holders(text: str) -> list[str]:
    """The names of a holders' group: its items less a trailing count ("Y等44家家庭农场" → Y) and corner quotes."""
    # (or counted with 共: "X、Y…共7家企业", 西藏)
    text = re.sub(r"(?:等\d*|共\d+)[家户个][\u4e00-\u9fff]{0,8}$", "", text.replace("「", "").replace("」", ""))
    groups = _GROUP_JOIN.split(text)
    if len(groups) > 1:
        return [n for g in groups for n in _holders(_GROUP_QUALIFIER.sub("", g))]
    return [prose_placed(n) for n in _names(_GROUP_QUALIFIER.sub("", text))]


# Provinces by the short names a registered company name opens with (山东太阳纸业, 安徽英力电子): the provincial-level
# divisions, a closed list
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海",
             "宁夏", "新疆", "台湾", "香港", "澳门")
# A place prose prints before a name is where the holder is, no part of its name: a place and 的 ("烟台市莱山区的山东华鹏精机
# 股份有限公司", 莱山), or a city before a name that opens with its province ("济宁市山东太阳纸业股份有限公司", 济宁) — a
# registered name opens with one place at most; nor does one whose place is printed in brackets after its firm's word
# ("宁德市安发(福建)生物科技有限公司", 宁德), nor one printed after its district or county ("浦东新区上海吉祥航空股份有限公司",
# 上海; "灌云县江苏灌云农村商业银行股份有限公司", 灌云), a city's as well as a province's ("越城区中芯集成电路制造(绍兴)有限公司",
# entrep37 绍兴). ("六安市龙兴汽车零部件有限公司" opens with its own city and keeps it.)
# A pronoun's place is the speaker's, never a registered name's opening: "该市双钱实业有限公司等19家企业获认定为…" (梧州)
# names 双钱实业有限公司, as units named after 该 / 本 are (fresh21's convention).
# A district printed with the zone it runs in brackets is where the holder is, never a registered name's opening:
# "平房区(哈经开区)思哲睿智能医疗设备股份有限公司、国铁科技集团股份有限公司…等8家企业技术中心成功上榜" (docent59 哈尔滨;
# a registered name's brackets follow its brand or trade, "亚洲硅业(青海)有限公司", never a district at its start)
_PROSE_PLACE = re.compile(rf"^(?:该|本|我)(?:省|市(?!场)|区|县|旗|镇|乡)|^[\u4e00-\u9fff]{{2,10}}?[省市区县]的|^[\u4e00-\u9fff]{{2,6}}?(?:市|新区|区|县)(?=(?:{'|'.join(PROVINCES)})"
                          rf"|[^()（）]{{2,8}}[(（](?:{'|'.join(PROVINCES)}|(?!集团|控股|中国|有限|股份)[\u4e00-\u9fff]{{2,3}}?市?)[)）])")


# (or an industrial park printed bare before the holder it hosts, no 区 after its 园: "德感工业园太极集团重庆中药二厂有限公司、
# 重庆博力生物科技有限公司2家企业被认定为…", entrep81 chongqing-jiangjin-degan-…-jiance-hege.txt:8 — a registered name
# opens with a park's full name, "苏州工业园区…有限公司", never with a bare 工业园)
_ZONE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:区|县|市)[(（][\u4e00-\u9fff]{1,8}?(?:开发区|新区|园区|经开区|高新区|示范区)[)）]"
                         r"|^[\u4e00-\u9fff]{2,4}?工业园(?![区内])(?=[\u4e00-\u9fff]{4})")


def zone_placed(name: str) -> str:
    """A holder's name less a district printed with its zone in brackets before it (_ZONE_PLACE), where what is left is
    a name."""
    rest = _ZONE_PLACE.sub("", name)
    return rest if rest != name and is_enterprise(rest) else name


def prose_placed(name: str) -> str:
    """A holder's name less the place prose printed before it (_PROSE_PLACE, _ZONE_PLACE), where what is left is a
    name."""
    rest = _PROSE_PLACE.sub("", zone_placed(name))
    return rest if rest != name and is_enterprise(rest) else name


def _leading(text: str, count: str | None = None) -> list[str]:
    """The leading run of names of an enumeration ("X、Y、Z,占全省总数的37.5%" → X, Y, Z), at least two, else []; a
    run of exactly `count` items (the count the list printed before it) gives every enterprise among them."""
    # (the last two may be joined by 和 / 及: "…安徽安凯华夏汽车配件制造有限公司和安徽永成电子机械技术有限公司", 六安)
    run = list(itertools.takewhile(is_enterprise, (q for p in re.split(r"[、，,]", text) if p for q in _joined(p))))
    # (the count vouches for the whole run, so a member that is no enterprise ends it no earlier: "纳入全国绿色矿山名录的
    # 6家矿山分别是:…公司、…金矿有限公司昌江县土外山金矿、海南省澄迈县老城开发区美造村1号井饮用天然矿泉水、…矿业股份有限公司
    # 东方市红甫门岭矿区金矿、…", 海南日报, fresh33 — the well names no company and holds nothing, the mines after it do)
    items = [q for p in re.split(r"[，,]", text)[0].split("、") if p for q in _joined(p)]
    n = int(count) if count and count.isdigit() else "一二三四五六七八九十".find(count or "-") + 1 or {"两": 2}.get(count, 0)
    whole = [q for q in items if is_enterprise(q)] if len(items) == n else []
    run = whole if len(whole) > len(run) else run
    return run if len(run) >= 2 else []


# A list a page names at a level, whatever it holds: "公示2023年拟入库湖北省科创“新物种”企业名单" (潜江) is a province's list,
# "国家第七批制造业单项冠军企业(产品)公示名单" (成都) the nation's. (A place the holders are in is no list's: "我市16家企业".)
_NAMED_LIST = re.compile(rf"(?:(?P<nation>全国|国家)|(?P<prov>{_PROVINCE_NAME}(?:省|自治区))|(?P<city>{_CITY_NAME}))"
                         r"(?:(?!名单)[^，,。；;：:、]){0,24}名单")


# A list published by an organ is at the organ's level: the place it is printed with ("国家工商总局公示了…名单", "省科技厅
# 公示2023年拟入库…名单", 潜江; "省工业和信息化厅3月23日公布海南省第二批…名单", 海南), else its kind — a ministry (部,
# 总局: "工业和信息化部公示了第三批…名单", 六安) is the nation's, a department (厅) a province's; a bureau or commission with
# no place printed (局, 委) may be of any level and tells none.
_PUBLISHED_LIST = re.compile(rf"(?:(?P<place>国家|省|市|县|区|{_PROVINCE_NAME}(?:省|自治区)|{_CITY_NAME})"
                             r"[\u4e00-\u9fff]{1,10}?(?:部|总局|厅|委|局)|[\u4e00-\u9fff]{1,10}?"
                             r"(?P<kind>部|总局|厅))(?:\d{1,2}月\d{1,2}日)?(?:公布|公示|发布|印发|认定)了?"
                             r"(?:(?!名单)[^，,。；;：:、]){0,30}名单")


def _published_level(m: re.Match) -> str:
    """The level of the organ a _PUBLISHED_LIST match names (its place, else its kind)."""
    place = m["place"]
    if not place:
        return "省" if m["kind"] == "厅" else "国家"
    return {"国家": "国家", "省": "省"}.get(place) or ("省" if place.endswith(("省", "自治区")) else place_level(place))


def named_list_levels(text: str) -> set[str]:
    """The levels of the lists a text names ("湖北省科创“新物种”企业名单" → 省): the nation, a province or a city (a
    municipality's list is the city's: 市), or the organ that publishes it (_PUBLISHED_LIST)."""
    named = {"国家" if m["nation"] else "省" if m["prov"] else place_level(m["city"]) for m in _NAMED_LIST.finditer(text)}
    return named | {_published_level(m) for m in _PUBLISHED_LIST.finditer(text)}


# A designation printed with no level takes the level of the page's lists (the convention "国家级 for a national list,
# 省级 for a province's list", fresh16): the holders entering it, "成都极米科技股份有限公司、…、成都光明光电股份有限公司入选
# 制造业单项冠军示范企业;" (成都, under 国家第七批…公示名单), or listed after it, "本次我市入选“瞪羚企业”名单的企业分别是:
# X、Y、…。" (潜江, under 湖北省科创“新物种”企业名单). A product entering a list is no holder: "X公司的高压辊磨机入选单项冠军产品".
_LEVELLESS_RATING = rf"(?P<rating>{DESIGNATION_SHAPE})"
_LEVELLESS_AFTER = re.compile(rf"(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))(?:等\d+[家户个][\u4e00-\u9fff]{{0,8}}?)?"
                              rf"(?:{_ADVERBS})?(?:入选|上榜|荣获|获评|获批|成为)[“\"《「]?{_BATCH}{_LEVELLESS_RATING}")
_LEVELLESS_LIST = re.compile(rf"(?:入选|上榜|获评)[“\"《「]?{_BATCH}{_LEVELLESS_RATING}[”\"》」]?(?:名单|榜单|名录)?的?"
                             r"(?:企业|单位)?" + NAMES_FOLLOW + r"[：:]?(?P<names>[^。；;]{4,600})")
# the organ's choice, the holders counted, then the designation with no level: "省工信厅、省水利厅评选出青岛啤酒(郴州)有限
# 公司等71家节水型企业," (湖南, under "2022年度湖南省节水型企业名单")
# (never a verb whose names are brought by 对 to another act: "确定对彩客华煜化学有限公司、晶澳太阳能科技股份有限公司等17家首批
# “领跑者”企业进行动态调整", entrep66 hebei-xianyu-tese-chanye-jiqun-lingpaozhe-dongtai-tiaozheng-trad.txt:7 — adjusted, not chosen)
_LEVELLESS_CHOSEN = re.compile(rf"(?:评选出|遴选出|评出|评定|认定|确定)(?!对)(?P<names>[^，,。；;：:]{{4,300}}?(?:{ENDING_PATTERN}))"
                               rf"等\d+[家户个]{_BATCH}{_LEVELLESS_RATING}")


# A designation the page itself names as a list, whatever its words: the reader by shape knows only phrases with a status
# marker and an organisation head, and every new set brought designations of other words (节水型企业, 上市后备企业, 老字号,
# 信得过超市). A page that names "<level or place><batch><D>(第N批)?(资源库)?名单|名录" presents D as conferred: "2021年度浙江省
# 节水型企业名单" (浙江), "附件:2022年度湖南省节水型企业名单", "“2017年省上市后备企业资源库名单”" (湖南). D is read by the
# listed layouts as any designation (its holders must still be enterprise names, so a list of persons, departments or
# places gives nothing); a list of those recommended, applying or being fostered (推荐, 申报, 培育) confers nothing, and a
# proposed one (拟认定, 公示) is read, its holders marked "proposed" by enterprises.mark_proposed.
# (D ends in a kind of holder — an organisation, a shop, a brand — so a list of persons, of items or of things to
# inspect is none: "领导小组成员名单", "非物质文化遗产名录", "全国植物检疫对象名单"; a place's name holds no year, verb
# or function word: "2023年度省级绿色工厂" is 省级, "公布2017年上市后备企业" names no city "年上市")
_PAGE_PLACE = r"(?:(?![为的了和与及在是等全我本该各公布年度次上])[\u4e00-\u9fff])"
_PAGE_HEADS = r"企业|工厂|公司|超市|便利店|商店|门店|商场|老字号|农场|合作社|示范社|矿山|基地|酒店|饭店|单位|园区"
_PAGE_LIST = re.compile(rf"(?:(?:国家|省|市|县)级|全国|国家|{_PAGE_PLACE}{{2,6}}?(?:省|自治区)|(?<![我全本城]){_PAGE_PLACE}{{2,4}}?市"
                        rf"|(?<=[年度])[省市](?!级)){_BATCH}[“\"]?"
                        rf"(?P<d>(?!级)(?:(?![的和与及、厅局委部办]|全国|此次|本次|纳入|列入|入选)[\u4e00-\u9fff]){{0,10}}?(?:{_PAGE_HEADS}))[”\"]?"
                        r"(?:[（(]第[一二三四五六七八九十\d]{1,3}批[)）])?(?:资源库)?(?:名单|名录)")
# (the place whose mines enter a national list is no list's place, nor its words a designation: "海南省此次纳入全国绿色矿山
# 名录的6家矿山" names the 全国 list's 绿色矿山)
_NOT_CONFERRED = re.compile(r"推荐|申报|预备|培育|创建")


def page_designations(text: str) -> set[str]:
    """The designations a text names as a list at a level (_PAGE_LIST), whatever their words."""
    return {m["d"] for m in _PAGE_LIST.finditer(text) if not _NOT_CONFERRED.search(m[0])}


@functools.lru_cache(maxsize=512)
def _with_page(pattern: re.Pattern, designations: frozenset[str]) -> re.Pattern:
    """A reader of listed designations that also reads the page's own (page_designations) wherever it reads a phrase of
    the designation's shape."""
    if not designations:
        return pattern
    alt = "|".join(re.escape(d) for d in sorted(designations, key=len, reverse=True))
    text = pattern.pattern
    if _SHAPE_ALT in text:
        return re.compile(text.replace(_SHAPE_ALT, _SHAPE_ALT + rf"|(?(lev)(?P<page>{alt})|(?!))", 1))
    return re.compile(text.replace(_LEVELLESS_RATING, rf"(?P<rating>{DESIGNATION_SHAPE}|{alt})", 1))


def levelless_holders(paragraph: str, level: str, designations: frozenset[str] = frozenset()
                      ) -> list[tuple[str, tuple[str, str]]]:
    """(holder, (level, rating)) for the holders a paragraph enters in a designation printed with no level, at `level`
    (the page's one level); `designations`: the page's own (page_designations)."""
    found = [(n, m["rating"]) for r in (_LEVELLESS_AFTER, _LEVELLESS_CHOSEN)
             for m in _with_page(r, designations).finditer(paragraph) for n in list_placed(_holders(m["names"]))]
    found += [(n, m["rating"]) for m in _with_page(_LEVELLESS_LIST, designations).finditer(paragraph)
              for n in _leading(m["names"])]
    return [(n, (level, designation_name(r))) for n, r in found]


def page_level(doc_levels: set[tuple[str, str]], doc_lists: set[str]) -> str | None:
    """The page's one level: that of all its listed designations and named lists, None where they name none or several."""
    levels = {level for level, _ in doc_levels} | set(doc_lists)
    return next(iter(levels)) if len(levels) == 1 else None


# a counted list the designation is taken from ("四川有2家企业被取消了农业产业化国家重点龙头企业资格,分别是X、Y"; "对20家放弃
# 监测及监测不合格的企业予以除名。它们分别是:") holds nothing
_WITHDRAWS = re.compile(r"取消|撤销|除名|摘牌|不合格|退出|降级|不再")


def _withdrawn(m: re.Match) -> bool:
    return bool(_WITHDRAWS.search(m.string[m.start() : m.start("names")]))


def listed_holders(paragraph: str, doc_levels: set[tuple[str, str]] = frozenset(),
                   doc_lists: set[str] = frozenset(), designations: frozenset[str] = frozenset()
                   ) -> list[tuple[str, str, str]]:
    """(holder, level, rating) for the holders a paragraph enters in one listed designation (_LISTED_AFTER,
    _LISTED_OBJECT, _LISTED_NAMED: at the level the sentence itself names, else the paragraph's one level;
    _LISTED_COUNTED, _LISTED_COLON, _COUNTED_LIST: at the paragraph's one level), or for a counted list of
    enterprises in a page that names exactly one (`doc_levels`), or for a designation printed with no level in a page
    whose designations and lists (`doc_lists`, named_list_levels) are all at one level."""
    levels = listed_levels(paragraph, designations)
    # (one designation printed whole and short at one level is one: "农业产业化经营省级重点龙头企业" … "省级龙头企业资格")
    whole = max(levels, key=lambda x: len(x[1]), default=None)
    if len(levels) > 1 and all(lvl == whole[0] and whole[1].endswith(r) for lvl, r in levels):
        levels = {whole}
    one = next(iter(levels)) if len(levels) == 1 else None
    named = list(_with_page(_LISTED_NAMED, designations).finditer(paragraph))
    again = _with_page(_LISTED_NAMED_AGAIN, designations)
    # (the applied names all granted a list come first: a 其中 clause after them repeats some at another level that an
    # earlier line already gave them, "…全部获批全省“绿色工厂”。其中,X…获批全国“绿色工厂”", and a name keeps one class here)
    matches = [m for r in (_LISTED_ALL_GRANTED, _LISTED_AFTER, _LISTED_OBJECT, _LISTED_REVIEWED)
               for m in _with_page(r, designations).finditer(paragraph)]
    matches += named + [a for m in named for a in _groups_after(paragraph, m.end(), again)]
    found = [(n, own) for m in matches if (own := _listed_level(m) or one) for n in list_placed(_holders(m["names"]))]
    if one:
        names = [n for r in (_LISTED_COUNTED, _LISTED_ALONE, _with_page(_LEVELLESS_CHOSEN, designations))
                 for m in r.finditer(paragraph) for n in list_placed(_holders(m["names"]))]
        for m in _with_page(_LISTED_COLON, designations).finditer(paragraph):
            parts = [p for p in re.split(r"[、，,；;]", m["names"]) if p]
            names += list_placed(parts) if parts and all(map(is_enterprise, parts)) else []
        names += [n for m in _COUNTED_LIST.finditer(paragraph) if not _withdrawn(m) for n in _leading(m["names"], m["n"])]
        names += [n for m in _REVIEWED_BARE.finditer(paragraph) if designation_name(m["rating"]) == one[1]
                  for n in list_placed(_holders(m["names"]))]
        found += [(n, one) for n in names]
    elif not levels and len(doc_levels) == 1 and listed_rating(next(iter(doc_levels))[1]):
        found = [(n, next(iter(doc_levels))) for m in _COUNTED_LIST.finditer(paragraph) if not _withdrawn(m)
                 for n in _leading(m["names"], m["n"])]
    if not levels and not found and (level := page_level(doc_levels, doc_lists)):
        found = levelless_holders(paragraph, level, designations)
    out = {}
    for n, (level, rating) in found:
        # (a farm less its places; a company less a district printed with its zone before it: zone_placed)
        out.setdefault(farm_placed(zone_placed(n)), (level + "级", rating))
    return [(n, level, rating) for n, (level, rating) in out.items()]


# the names, then the award verb and the level: "X荣获省级“守合同重信用”企业称号", "X、Y被认定为2022年度省级守合同重信用企业"
_LEVEL_AWARDED = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)被?" + _VERBS + r"[“\"]?(?:\d{4}(?:[-—~～至]\d{4})?年度?)?"
                            + _LEVEL_MENTION.pattern)


def level_classes(paragraph: str, doc_levels: set[tuple[str, str]] = frozenset(),
                  doc_lists: set[str] = frozenset(), designations: frozenset[str] = frozenset()
                  ) -> list[tuple[str, str, str]]:
    """(enterprise, level, rating) for the names a paragraph lists ("X、Y等230家企业") when it names exactly one
    level of one level-rated designation; several levels ("省级267家、市级468家") name no class. A paragraph that
    names the designation with no level ("此次被评定为守合同重信用企业的单位…") takes the one level its document
    names (`doc_levels`, e.g. the title's "2023年度湖南省守合同重信用企业")."""
    levels = designation_levels(paragraph)
    # (a recommendation to another body's list is not the document's one: "推荐X等16家企业为省政府…“守合同重信用”表彰企业"
    # on a page of the state's 守重 list is read by held_lists, at its object's level)
    if not levels and len(doc_levels) == 1 and any(r in paragraph for _, r in doc_levels) \
            and not RECOMMENDS.search(paragraph):
        levels = set(doc_levels)
    # (a listed designation's holders are read by its own layouts: "确定X等211家企业为省绿色工厂、Y等42家企业为省绿色
    # 供应链管理企业" counts two groups, and only the first holds the designation)
    if len(levels) != 1 or listed_rating(next(iter(levels))[1]):
        return listed_holders(paragraph, doc_levels, doc_lists, designations)
    (level, rating), = levels
    names = [zone_placed(n) for m in _LEVEL_NAMES.finditer(paragraph) for n in _names(m["names"])]
    names += [zone_placed(n) for m in _LEVEL_AWARDED.finditer(paragraph) for n in _names(m["names"]) if n not in names]
    out = [(n, level + "级", rating) for n in names]
    return out + [x for x in listed_holders(paragraph, doc_levels, doc_lists, designations) if x[0] not in names]


# (an item that asks or closes is a sentence of the notice, not a member: "各市州要加强管理", "特此通知"; an organ
# signing the notice is no rated operator: "山东省生态环境厅")
CLAUSE_WORDS = re.compile(r"[要应须需请]|特此|通知|如下|公布|公示|做好|加强|推进|落实|(?:厅|局|委|办|政府|法院|检察院)$")
