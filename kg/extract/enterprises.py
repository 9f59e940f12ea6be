"""Enterprises: classified lists (亩产效益 A+/A/B/C/D/T, 环保绩效 and 信用 ratings on the same pattern,
规模以上/以下) in tables (tab, pipe, one pipe cell per line), in narrative sentences
("X、Y等55家为A类（优先发展类）企业", "A级企业3家：X、Y、Z"), in paragraphs of names under text that names one class,
names one a line under a class heading ("一、A类企业（2家）"), names each printed with its class ("X公司(A级)、…"),
and employer columns of name lists. Registries: ENTERPRISE_ENDS (how an employer's name ends), LETTER_SCALES and
CLASS_TOKENS (the class tokens of every scale: letters, nA, colour cards, star grades, government levels), _RATINGS
(known rating names) and RATING_SHAPES (an unknown rating read from the text's shape). A class changed in its clause
(红牌变黄牌, 调整为A级) gives the class it ends in; a counted list (5家…企业分别是:) vouches for items without an
enterprise ending; a level-rated designation (守合同重信用) named without its level takes the document's one level.
A list's title naming one class ("2019年度湖南省五星级乡村旅游区(点)名单", over two lines, or a heading counting what
it lists) vouches for its items as rated operators whatever they are called (农庄, 沃园, 一木居; `titled_class`); so
does a designation printed in quotes for the names it is given to (QUOTED_DESIGNATIONS: "荣获“四星级农家乐”称号的八达",
"评出了“老码头”等四星级农家乐4家"). Rated sites that are no employer (5A级旅游景区: SITE_ENDS) are members only of a list
of a site rating, and a list announced by 名单如下 takes the one class the text before it names."""

from __future__ import annotations

import re

from kg.extract.base import CELL_LINE as _CELL_LINE, doc_lines, pipe_cell_rows, source
from kg.extract.cell_tables import numbered_cell_tables
from kg.parse.normalize import compact, fold, printed_form
from kg.parse.segment import ParsedIssue

__all__ = ["extract_enterprises", "split_alias", "is_enterprise", "parse_class", "narrative_classes", "listed_names",
           "level_classes"]

# How an employer's name ends: a legal form (公司, 集团), a works (厂), a bank's branch (四川省分行), a farm (农场), a
# co-operative, a shop, a hospital (a 劳动保障 list rates every employer, not only companies)
ENTERPRISE_ENDS = ("有限公司", "有限责任公司", "股份公司", "集团", "公司", "厂", "研究所", "研究院", "合作社", "分公司", "商行",
                   "店", "酒店", "医院", "工作室", "银行", "分行", "支行", "营业部", "农场", "林场", "牧场", "渔场", "茶场",
                   "养殖场", "种植场", "经营部", "门市部", "服务部", "批发部", "事务所", "超市", "药房", "诊所", "卫生院",
                   "宾馆", "酒家", "餐厅", "加油站", "煤矿", "学校", "幼儿园", "合伙企业")
_PARTNERSHIP = r"|[(（](?:有限|普通)合伙[)）]"  # "某某投资中心(有限合伙)": the legal form printed after any name
_ENDS = "|".join(ENTERPRISE_ENDS) + _PARTNERSHIP
_ENTERPRISE_END = re.compile(rf"({_ENDS})(?:[(（][^()（）]+[)）])?$")
_NOT_ENTERPRISE = re.compile(r"(村|社区|街道|办事处|政府|委员会|局)$")
# Rating scales whose classes are letters, as (name, classes): A+/A–D/T (亩产效益, 环保绩效), AAA/AA (信用等级: AA级、
# A级、B级、C级和D级), 5A–2A (劳动保障信誉单位: "…等8家企业获评5A级"; 苏州's scale, 5A the highest), 5A–1A (A级物流企业,
# 中国物流与采购联合会's: "船货代公司获批全国4A级物流企业", 宁波). A scale of its own name holds only on a page of that rating.
# 5A–1A (旅游景区质量等级, GB/T 17775: "确定以下21家旅游景区为国家5A级旅游景区", 文化和旅游部).
LETTER_SCALES = (("letters", r"AAA|AA|A\+|[A-DT]"), ("劳动保障信誉", r"[2-5]A"), ("A级物流企业", r"[1-5]A"),
                 ("旅游景区", r"[1-5]A"))
_CLASSES = "|".join(f"(?<!\\d){classes}" for _, classes in reversed(LETTER_SCALES))
_CLASS = re.compile(rf"^(?P<cls>{_CLASSES})\s*(?:类|级)?\s*(?:[（(](?P<label>[^（）()]{{2,8}})[）)])?$")
_LABELS = {"A": "优先发展类", "B": "支持发展类", "C": "提升发展类", "D": "限制发展类"}  # 亩产效益's own words
# The rating a list gives, named as the document names it (kept beside the class).
_RATINGS = (("A级旅游景区", "旅游景区"), ("A级景区", "旅游景区"), ("绿色旅游饭店", "绿色旅游饭店"),
            ("守合同重信用", "守合同重信用"), ("亩产效益", "亩产效益"), ("亩均", "亩均效益"), ("绩效", "环保绩效"), ("劳动保障信誉", "劳动保障信誉"), ("A级物流", "A级物流企业"),
            ("劳动保障", "劳动保障诚信"),
            ("环境信用", "环境信用"), ("环保信用", "环境信用"), ("信用", "信用评价"))
_YEAR = re.compile(r"(20\d{2})\s*年")
_PERSON_GENDER = re.compile(r"[（(](男|女)[）)]$")


def split_alias(name: str) -> tuple[str, list[str]]:
    """'A公司（B公司）' → ('A公司', ['B公司']); a half-width '(有限公司)' legal form stays in the name."""
    m = re.match(r"^(?P<name>.+?)[（(](?P<alias>[^（）()]+)[）)]$", name)
    legal_form = m and re.fullmatch(r"(?:有限|股份|有限责任|股份有限)?(?:公司|集团)", m["alias"])
    if m and is_enterprise(m["alias"]) and not legal_form:
        return m["name"], [m["alias"]]
    return name, []


def is_enterprise(name: str) -> bool:
    return 4 <= len(name) <= 40 and bool(_ENTERPRISE_END.search(name)) and not _NOT_ENTERPRISE.search(name)


# Rated places that are no employer: a scenic area graded on 旅游景区's scale, named as its list prints it ("河北省承德市
# 金山岭长城景区", "黄河壶口瀑布旅游区(陕西省延安市•山西省临汾市)"); a member only of a list of that rating (SITE_RATINGS).
SITE_ENDS = ("景区", "旅游区", "风景区", "风景名胜区", "旅游度假区")
SITE_RATINGS = ("旅游景区",)
_SITE_END = re.compile(rf"(?:{'|'.join(SITE_ENDS)})(?:[(（][^()（）]+[)）])?$")
# (a count or a pointer is no site's name: "确定以下21家旅游景区为…")
_NOT_SITE = re.compile(r"[，,。；;：:]|\d+[家个处]|^(?:以下|上述|下列|这些|各)")


def is_site(name: str, rating: str | None) -> bool:
    """A rated site's name on a page of a site rating (a 景区 elsewhere is no member of anything)."""
    return rating in SITE_RATINGS and 4 <= len(name) <= 40 and bool(_SITE_END.search(name)) and \
        not _NOT_SITE.search(name)


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
     re.compile(rf"[“\"](?P<name>[\u4e00-\u9fff]{{2,10}})[”\"][“\"]?(?:{_CLASSES})[”\"]?(?:类|级)")),
    # "2023年度省级劳动保障守法诚信A级企业", "获广州市劳动关系和谐“AAA”级企业称号"
    ("after a year or level, before a class",
     re.compile(rf"(?:^|年度?|级|[“\"]|获|为)(?P<name>[\u4e00-\u9fff]{{2,12}}?)[“\"]?"
                rf"(?<![为评得获列])(?:{_CLASSES})[”\"]?(?:类|级)")),
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
)
_PLACE_PREFIX = re.compile(r"^(?:全国|国家级|省本级|[省市区县]级|[\u4e00-\u9fff]{2,4}?[省市区县](?=[\u4e00-\u9fff]{4}))+")


def rating_named(text: str) -> str | None:
    """The rating a text names by its shape (RATING_SHAPES), or None."""
    for _, shape in RATING_SHAPES:
        for m in shape.finditer(text or ""):
            name = _PLACE_PREFIX.sub("", m["name"]).removeprefix("企业")
            if len(name) >= 2:
                return name
    return None


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
    # "五星级", "3星", "四星级企业", "宁波市三星级绿色工厂": a star grade, kept in Chinese numerals as such lists print
    # it; a type column may print the awarding place before it and what is graded after it (工厂, 园区, 户)
    ("star grade", re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?[省市区县])*(?P<n>[一二三四五1-5])星级?"
                              r"(?:[\u4e00-\u9fff]{0,6}?(?:企业|单位|工厂|园区|户))?$"),
     lambda m, rating: (_STARS.get(m["n"], m["n"]) + "星级", None)),
    # "金树叶级", "银树叶级绿色旅游饭店": the grade of 绿色旅游饭店 (LB/T 007), kept as printed
    ("leaf grade", re.compile(r"^(?P<g>[金银])树叶级(?:绿色旅游饭店|饭店)?$"), lambda m, rating: (m["g"] + "树叶级", None)),
    # "省级", "市级“守合同重信用”": the level of a level-rated designation (LEVEL_RATINGS)
    ("government level", re.compile(r"^(?P<l>国家|省|市|县|区)级(?:[“\"]?守合同重信用[”\"]?)?$"),
     lambda m, rating: (m["l"] + "级", None)),
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
_CARD = r"(?:[红黄蓝绿黑]牌|环保(?:诚信|良好|警示|不良)企业)"
# a bare level, or the card's colour ("信用等级为绿色", "被评定为红色等级"), once the page is about 环境信用
_BARE_LEVEL = r"(?:诚信|良好|警示|不良)企业|[红黄蓝绿黑]色(?:等级)?(?![\u4e00-\u9fff])|[红黄蓝绿黑]色等级"
_ENV_CREDIT = re.compile(r"环境信用|环保信用|[红黄蓝绿黑]牌|环保(?:诚信|良好|警示|不良)企业")
# a letter class, quoted or not ("A类", "“AAA”级", "AAA级”")
_LETTER = rf"(?<![A-Za-z])(?P<cls>{_CLASSES})[”\"]?(?:类|级)(?:[(（](?P<label>[^()（）]{{2,8}})[)）])?"
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
_VERBS = r"(?:作为|为|评为|评定为|确定为|认定为|定为|列为|获评|获得|荣获|荣膺|授予|入选|晋升为|升级为|亮|获(?!嘉))(?:成为)?"
_NAMES_BEFORE = r"(?P<names>[^，,。；;：:]{4,300}?)(?:等\d+[家户个][\u4e00-\u9fff]{0,6}?)?(?:企业)?被?" \
                rf"{_VERBS}[“\"]?"
_NARRATIVE = re.compile(_NAMES_BEFORE + _QUALIFIER + _LETTER)
# (a named grade that is no star stands where the star does: "批准杭州蝶来望湖宾馆等13家饭店为金树叶级绿色旅游饭店")
_STAR_NARRATIVE = re.compile(_NAMES_BEFORE + _QUALIFIER + r"(?P<star>(?<![十\d])[一二三四五1-5]星级?|[金银]树叶级)")
# one name, a short clause, then the class it entered across a comma: "山东荣信集团榜上有名,被评为2019年度…A类企业"
_SUBJECT_THEN_CLASS = re.compile(rf"(?P<names>[^，,。；;：:]{{4,80}}?(?:{_ENDS}))[\u4e00-\u9fff]{{0,6}}[，,]"
                                 rf"(?:并|还|也|均)?被?{_VERBS}[“\"]?" + _QUALIFIER + _LETTER)
# the names counted, what they did, then the class they entered, across a comma: "X、Y、Z等122家佼佼者脱颖而出,
# 荣登A类企业榜单" (义乌 news). The count (等N家) is required: it is what ties the names to the class.
_COUNTED_THEN_CLASS = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)等\d+[家户个][^。；;：:]{0,16}?"
                                 r"(?:荣登|登上|入选|跻身|列入|进入|获评|评为|认定为)[“\"]?(?:[\u4e00-\u9fff]{0,6}?)" + _LETTER)
# the class first, then the names it covers: "A级企业3家：X、Y、Z；B级企业2家：…", "…“AAA”级企业称号的企业包括X、Y"
# ("…企业有X、Y": only where a name follows 有 at once — "A类企业有所增加" names nothing)
_HAS_NAMES = rf"(?:企业|单位)?有[：:]?(?=[^、，,。；;：:]{{2,40}}?(?:{_ENDS})(?:[、，,和及等。；;]|$))"
_CLASS_FIRST = re.compile(_LETTER + r"(?:企业)?(?:共?\d+家)?(?:[：:]|[^：:，,。；;]{0,12}?(?:包括|分别是|名单为|" + _HAS_NAMES + "))"
                          r"(?P<names>[^；;。：:]{4,400})")
_LEAD_IN = re.compile(r"^.*(?:确认|认定|评定|确定|批准|其中|包括|分别是|名单如下|企业中|单位中)[：:，,]?|^[我全本][区县市州省镇]的?"
                      rf"|^(?:{_OPENERS})[，,]?")


def _card_patterns(levels: str) -> tuple[re.Pattern, re.Pattern]:
    # "X被列为环保警示企业", "X等49家企业被评为“环保诚信企业”"; "拟评为红牌(环保不良企业)——X",
    # "登上诚信企业榜的集团公司企业有:X、Y"
    card = rf"(?P<card>{levels})[”\"]?(?:[(（](?P<label>[^()（）]{{2,8}})[)）])?"
    return (re.compile(_NAMES_BEFORE + _QUALIFIER + card),
            re.compile(card + r"[^：:，,。；;“”\"]{0,14}?(?:[：:]|——|为|包括|分别是|名单为|" + _HAS_NAMES + ")"
                       r"(?P<names>[^；;。：:]{4,400})"))


_CARD_BEFORE, _CARD_FIRST = _card_patterns(_CARD)
_ANY_BEFORE, _ANY_FIRST = _card_patterns(f"{_CARD}|{_BARE_LEVEL}")


def card_class(printed: str) -> tuple[str, str | None]:
    """'红牌' → ('红牌', None); '环保不良企业' / '不良企业' / '红色' → ('红牌', the level as printed)."""
    if printed.endswith("牌"):
        return printed, None
    if re.match(r"[红黄蓝绿黑]色", printed):  # "绿色(等级)": the card of that colour
        return printed[0] + "牌", printed
    return next(card for card, level in _CARD_LEVELS if level in printed), printed


_NAMES_LEAD = re.compile(r"^(?:被?(?:公示|公布|评定|认定|获评|入选|上榜)|[我本全][区县市州省镇])的(?P<name>.+)$")


_SPEAKER = re.compile(rf"^(?P<name>.+?(?:{_ENDS}))(?:[\u4e00-\u9fff]{{2,4}}|的[\u4e00-\u9fff]{{2,10}})$")


def _speaker_trimmed(part: str) -> str:
    """'广汽丰田汽车有限公司陈锐' (a company, then the person who speaks for it, or an adverb: 本次, 连续三年) and
    '某某公司的环境信用等级' (the company's rating) → the company."""
    m = _SPEAKER.match(part)
    return m["name"] if m and not is_enterprise(part) and is_enterprise(m["name"]) else part


def _names(text: str) -> list[str]:
    out = []
    for part in re.split(r"[、，,]", _LEAD_IN.sub("", text)):
        part = re.sub(r"等$", "", part).strip("“”\"")
        # "被公示的X", "我市的X": a short phrase ending in 的 before the first name is no part of it
        lead = _NAMES_LEAD.match(part)
        if lead and not out and is_enterprise(lead["name"]):
            part = lead["name"]
        # "X和Y": two names only when both sides are names (福建医科大学附属协和医院 is one)
        # (each side trimmed first: "X和Y成功升级" — the words after the last name are no part of it)
        pieces = [_speaker_trimmed(p) for p in re.split(r"[和及]", part)]
        out += pieces if len(pieces) > 1 and all(map(is_enterprise, pieces)) else [_speaker_trimmed(part)]
    return [n for n in out if is_enterprise(n)]


# A list the text counts and says what its members are ("5家被挂红牌的企业分别是:", "48家五星级民俗旅游户有X、Y、Z等")
# vouches for its items: a name without an enterprise's ending (东莞市民成工业污水处理中心, a homestay's brand name 繁星小院)
# is a member when every item of the list reads as a name. A place (村, 镇, 街道) or an office is never one.
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{3,25}$")
# (a clause among the items reads as none: the function words and verbs of a sentence)
_NOT_MEMBER = re.compile(r"(?:村|镇|乡|街道|社区|政府|委员会|局|[省市区县州])$|[是为被有占共已将了在对把均]|责令|整改|进行|开展|实施")
_COUNT_BEFORE = re.compile(r"\d+[家户个][^，,。；;：:]{0,8}$")


def _member_names(text: str) -> list[str]:
    """The names of a counted list: every item an enterprise or a bare name, else only the enterprises."""
    parts = [re.sub(r"等$", "", p).strip("“”\"") for p in re.split(r"[、，,]", _LEAD_IN.sub("", text))]
    parts = [t if is_enterprise(t := _speaker_trimmed(p)) else p for p in parts if p]
    bare = lambda p: is_enterprise(p) or bool(_BARE_NAME.match(p)) and not _NOT_MEMBER.search(p)
    return parts if len(parts) >= 2 and all(map(bare, parts)) else _names(text)


def _counted(sentence: str, m: re.Match) -> bool:
    """A count of the members stands just before the class, or between the class and its names."""
    return bool(_COUNT_BEFORE.search(sentence[: m.start()]) or
                re.search(r"\d+[家户个]", sentence[m.start() : m.start("names")]))


# the class first, a star grade counted before it: "其中,48家五星级民俗旅游户有繁星小院、一搏山吧、先生的院子等"
_STAR_FIRST = re.compile(r"(?<![\d])\d+[家户个](?P<star>[一二三四五1-5]星级)[\u4e00-\u9fff]{0,8}?(?:有|包括|分别是|名单为|为)[：:]?"
                         r"(?P<names>[^；;。：:]{4,400})")


def narrative_classes(sentence: str, env_credit: bool = False) -> list[tuple[str, str, str | None]]:
    """(enterprise, class, label) for every enterprise a sentence puts in a class; `env_credit`: the page is about
    企业环境信用, so a bare level (不良企业) names its card."""
    out = []
    # the layouts in order; the first that yields names decides (a verb with no names before it is not a list)
    for layout in (_NARRATIVE, _COUNTED_THEN_CLASS, _CLASS_FIRST, _SUBJECT_THEN_CLASS):
        out = [(n, *_final_class(sentence, m)) for m in layout.finditer(sentence) for n in _names(m["names"])]
        if out:
            break
    # a star grade: "X等12家企业被评为五星级劳动关系和谐企业"
    out += [(n, token_class(m["star"])[0], None) for m in ([] if out else _STAR_NARRATIVE.finditer(sentence))
            for n in _names(m["names"])]
    out += [(n, token_class(m["star"])[0], None) for m in ([] if out else _STAR_FIRST.finditer(sentence))
            for n in _member_names(m["names"])]
    out += [] if out else quoted_holders(sentence)
    out += [x for x in scale_holders(sentence) if x[0] not in {n for n, _, _ in out}]
    before, first = (_ANY_BEFORE, _ANY_FIRST) if env_credit else (_CARD_BEFORE, _CARD_FIRST)
    for m in list(before.finditer(sentence)) + list(first.finditer(sentence)):
        card, level = card_class(m["card"])
        changed = _CLASS_CHANGE.search(sentence, m.start("card") + 1, _clause_end(sentence, m.end()))
        if changed:  # "…——X,经过及时修复,红牌变黄牌": the class the names end in
            card, level = changed["card"], None
        names = _member_names(m["names"]) if m.re in (_ANY_FIRST, _CARD_FIRST) and _counted(sentence, m) else \
            _names(m["names"])
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
# introduced by (a parent's 下属/旗下, a kind ending in 企业) is no part of it.
_NAMED_SCALES = "|".join(f"(?<!\\d){classes}" for name, classes in LETTER_SCALES if name != "letters")
_SCALE_NARRATIVE = re.compile(r"(?P<names>[^，,。；;：:]{2,300}?)(?:被|均)?(?:获批|通过了?|" + _VERBS + r")[“\"]?"
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
        # (a site rating's holders are named as sites: "拟确定为国家5A级旅游景区" has no holder 拟确)
        named = (lambda n: is_enterprise(n) or is_site(n, rating)) if rating in SITE_RATINGS else holder
        if names and all(map(named, names)):
            out += [(n, m["cls"], None) for n in names]
    return out


def holder(name: str) -> bool:
    """A name a quoted designation is given to: an enterprise, or a short bare name that is no clause and no place."""
    return is_enterprise(name) or (bool(re.fullmatch(r"[\u4e00-\u9fff（）()]{2,25}", name)) and not _NOT_MEMBER.search(name)
                                   and not _CLAUSE_WORDS.search(name))


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
                            rf"(?P<cls>{_CLASSES})[”\"]?(?:类|级)")


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
_LEVEL_MENTION = re.compile(r"(?:(?P<lvl>国家|省|市|区|县)级|(?P<place>全国|[\u4e00-\u9fff]{2,8}?[省市区县]))"
                            r"(?:第[一二三四五六七八九十\d]{1,3}届)?(?:\d{4}[-—~～]\d{4}年度)?[“\"]?"
                            rf"(?P<rating>{'|'.join(LEVEL_RATINGS)})[”\"]?(?:企业|单位)")
# the names, counted ("X、Y等230家企业", "X、Y、Z6家企业榜上有名"), perhaps with what they share between the count and
# 企业 ("X、Y等5家连续三十年以上的老牌守信企业")
_LEVEL_NAMES = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)(?:等\d*[家户个]?|(?<!\d)\d+[家户个])[^，,。；;：:\d]{0,16}?"
                          r"(?:企业|单位)")


def designation_levels(text: str) -> set[tuple[str, str]]:
    """The (level, rating) pairs a text names ("国家级“守合同重信用”企业" → ("国家", "守合同重信用"))."""
    return {(m["lvl"] or {"全国": "国家"}.get(m["place"], m["place"][-1]), m["rating"])
            for m in _LEVEL_MENTION.finditer(text)}


# the names, then the award verb and the level: "X荣获省级“守合同重信用”企业称号", "X、Y被认定为2022年度省级守合同重信用企业"
_LEVEL_AWARDED = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)被?" + _VERBS + r"[“\"]?(?:\d{4}(?:[-—~～至]\d{4})?年度?)?"
                            + _LEVEL_MENTION.pattern)


def level_classes(paragraph: str, doc_levels: set[tuple[str, str]] = frozenset()) -> list[tuple[str, str, str]]:
    """(enterprise, level, rating) for the names a paragraph lists ("X、Y等230家企业") when it names exactly one
    level of one level-rated designation; several levels ("省级267家、市级468家") name no class. A paragraph that
    names the designation with no level ("此次被评定为守合同重信用企业的单位…") takes the one level its document
    names (`doc_levels`, e.g. the title's "2023年度湖南省守合同重信用企业")."""
    levels = designation_levels(paragraph)
    if not levels and len(doc_levels) == 1 and any(r in paragraph for _, r in doc_levels):
        levels = set(doc_levels)
    if len(levels) != 1:
        return []
    (level, rating), = levels
    names = [n for m in _LEVEL_NAMES.finditer(paragraph) for n in _names(m["names"])]
    names += [n for m in _LEVEL_AWARDED.finditer(paragraph) for n in _names(m["names"]) if n not in names]
    return [(n, level + "级", rating) for n in names]


# "…A类企业名单的通知,全省共有2597家企业…获评A类企业。" ⏎ "四川长虹电子控股集团有限公司、四川永贵科技有限公司、
# ……": a paragraph of names only, under text that names one class: each name is in that class
# "A类企业", "“AAA”级劳动关系和谐企业" (the rating's name may come between the class and 企业)
_CLASS_MENTION = re.compile(rf"(?<![A-Za-z])[“\"]?({_CLASSES})[”\"]?(?:类|级)[”\"]?(?:[\u4e00-\u9fff]{{0,8}}?)(?:企业|单位)")


# "一、A类企业（2家）", "A类（优先发展类）企业", "AA级：", "“AAA”级劳动关系和谐企业名单" — a heading naming one
# class; "1.某某化工有限公司" — a name item
_CLASS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            rf"(?:\d{{4}}年度?)?[\u4e00-\u9fff]{{0,12}}?[“\"]?(?P<cls>{_CLASSES})[”\"]?(?:类|级)"
                            r"(?:[(（](?P<label>[^()（）\d]{2,8})[)）])?"
                            r"(?:[\u4e00-\u9fff]{0,10}?(?:企业|单位|纳税人)(?:名单)?)?"
                            r"(?:[(（]?共?\d+[家户个][)）]?)?[:：]?$")
# "(一)红牌企业(8家):", "五星级企业", "省级“守合同重信用”企业:" — a heading naming one class of another scale
_TOKEN_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            r"(?P<tok>[^，,。；;：:()（）]{2,14}?)(?:企业|单位)?(?:[(（]?共?\d+[家户个][)）]?)?[:：]?$")
_NAME_ITEM = re.compile(r"^(?:\d{1,3}[.、．。]|[（(]\d{1,3}[)）])?(?P<name>[^、，,。；;：:]{4,40}?)[。；;]?$")

# "2019年度湖南省五星级乡村旅游区(点)名单", "2023年度红牌企业名单": a list's title naming one class. What it lists are
# rated operators whatever they are called (a farm stay 农庄, a scenic spot 山庄, a homestay 居): the title vouches for
# each numbered item that reads as a name (_BARE_NAME, not a clause: _NOT_MEMBER); a title printed over two lines is
# read with the fragment above it
_ATTACHMENT_ITEM = re.compile(r"^(?:附件|\W*\d{1,2}[.．、])")
# (a title ends in 名单, or counts what it lists: "一、五星级乡村旅游区(点)(8家)")
_LIST_TITLE = re.compile(r"(?:(?:名单|名录)(?:[(（]共?\d+[家户个处][)）])?|[(（]共?\d+[家户个处][)）])[:：]?$")
_STAR_MENTION = re.compile(r"(?<![十\d])(?P<n>[一二三四五1-5])星级")
_LETTER_MENTION = re.compile(rf"(?<![A-Za-z])[“\"]?(?P<cls>{_CLASSES})[”\"]?(?:类|级)")
# "1.长沙市(3家)", "二、衡阳市:": a group of the list by place, inside the list (its items keep the title's class)
_GROUP_HEADING = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            r"[\u4e00-\u9fff]{1,8}?(?:[省市区县州盟旗]|自治州|地区)(?:[(（]共?\d+[家户个处][)）])?[:：]?$")


def titled_class(title: str) -> tuple[str, str | None] | None:
    """The one class a list's title names (a star grade, a colour card, a letter class), or None: the text must be a
    title (ends in 名单, no sentence punctuation) and name exactly one class."""
    if not _LIST_TITLE.search(title) or len(title) > 60 or re.search(r"[。；;，,！!？?]", title):
        return None
    # "附件:1.山东省…A级企业名单", "3.…引领性企业名单": a list of attachments names lists printed elsewhere
    if _ATTACHMENT_ITEM.match(title) or _CLASS_HEADING.match(title):  # (a letter heading keeps its own reading)
        return None
    return one_class(title)


def one_class(text: str) -> tuple[str, str | None] | None:
    """The one class a short text names (a star grade, a colour card, a letter class), or None (none or several)."""
    found = {(_STARS.get(m["n"], m["n"]) + "星级", None) for m in _STAR_MENTION.finditer(text)}
    found |= {card_class(m[0]) for m in _CARD_MENTION.finditer(text)}
    found |= {(m["cls"], None) for m in _LETTER_MENTION.finditer(text)}
    return found.pop() if len(found) == 1 else None


# "确定以下21家旅游景区为国家5A级旅游景区。" ⏎ "名单如下:" ⏎ "1。河北省承德市金山岭长城景区", "…拟确定为国家5A级旅游景区。"
# ⏎ "据悉,12家名单如下:X、Y、Z": a list announced (名单如下) after text naming one class; its names follow the colon or
# come one a line below
_ANNOUNCED = re.compile(r"(?:名单|名录)如下[：:]?")


def announced_class(above: str, line: str) -> tuple[str, str | None] | None:
    """The one class named before a line announcing a list (名单如下), in that line or the one above, or None."""
    m = _ANNOUNCED.search(line)
    return one_class(above + line[: m.start()]) if m else None


def announced_names(line: str, rating: str | None) -> list[str]:
    """The names after a list's announcement on its own line, each an enterprise or a rated site (a cut last item
    aside), else []."""
    m = _ANNOUNCED.search(line)
    parts = [p.strip("“”\"。；;") for p in re.split(r"[、，,]", line[m.end():] if m else "")]
    parts = [re.sub(r"等$", "", p) for p in parts if p]
    names = [p for p in parts if is_enterprise(p) or is_site(p, rating)]
    return names if names and len(names) >= len(parts) - 1 else []


def list_title(text: str, above: str = "") -> str | None:
    """The list title a line ends ("旅游区(点)名单" read with "2019年度湖南省五星级乡村" above it), or None."""
    for title in (text, above + text):
        if titled_class(title):
            return title
    return None


# (an item that asks or closes is a sentence of the notice, not a member: "各市州要加强管理", "特此通知"; an organ
# signing the notice is no rated operator: "山东省生态环境厅")
_CLAUSE_WORDS = re.compile(r"[要应须需请]|特此|通知|如下|公布|公示|做好|加强|推进|落实|(?:厅|局|委|办|政府|法院|检察院)$")


def vouched_row(text: str) -> list[str]:
    """The names of a line listing several members of a titled list ("浏阳市浏河第一湾生态农庄、长沙县沃园"), each a
    vouched member, else []."""
    parts = [_ITEM_NO.sub("", p.strip()) for p in re.split(r"[、，,；;]", text.rstrip("。；;")) if p.strip()]
    return parts if len(parts) >= 2 and all(map(vouched_member, parts)) else []


def vouched_member(name: str) -> bool:
    """An item of a titled list: an enterprise, or a bare name that is no clause and no place."""
    return is_enterprise(name) or (bool(_BARE_NAME.match(name)) and not _NOT_MEMBER.search(name)
                                   and not _CLAUSE_WORDS.search(name))


# "福建奋安不锈钢有限公司(仓山区)福州晟光五金表面装饰有限公司(仓山区)…": names printed without separators, each
# followed by its district; the district (a place, not an alias) ends the name
_GLUED_PLACE = re.compile(r"(有限公司|有限责任公司|公司|厂|医院|合作社)[(（][^()（）]{1,8}?[区县市旗][)）]")


def unglue(text: str) -> str:
    return _GLUED_PLACE.sub(r"\1、", text).rstrip("、")


_ITEM_NO = re.compile(r"^(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])")


def paired_classes(text: str, rating: str | None = None) -> list[tuple[str, tuple[str, str | None]]]:
    """(enterprise, class) for a line of names each printed with its own class: "1.某某化工有限公司 A类",
    "某某化工有限公司(A级)、某某机械有限公司(B级)", "某某公司:红牌". Every part must pair, else []."""
    out = []
    for part in (p for p in re.split(r"[、，,；;]", _ITEM_NO.sub("", text).rstrip("。；;")) if p):
        # the name ends at one of its ending words; what follows (less brackets and a colon) must be a class
        pairs = ((part[: m.end()], re.sub(r"^[\s(（:：—-]+|[)）\s]+$", "", part[m.end():]))
                 for m in re.finditer(_ENDS, part))
        pair = next(((n, k) for n, k in pairs if k and is_enterprise(n) and parse_class(k, rating)), None)
        if not pair:
            return []
        out.append((pair[0], parse_class(pair[1], rating)))
    return out


def listed_names(text: str) -> list[str]:
    """The enterprises of a paragraph that is nothing but a list of names (at least three), else []."""
    text = re.split(r"…{1,2}|\.{3,6}", text)[0]  # "X、Y、Z……记者梳理名单发现": the list ends at its ellipsis
    text = unglue(text)
    # "…不良企业15家,分别是:X、Y": the words before a colon lead into the first name
    parts = [re.sub(r"^.*[：:]", "", p) for p in re.split(r"[、，,；;]", text.rstrip("。；;")) if p]
    names = [p for p in parts if is_enterprise(p)]
    return names if len(names) >= 3 and len(names) >= len(parts) - 1 else []


_CARD_MENTION = re.compile(_CARD)


def mentioned_class(*texts: str) -> str | None:
    """The one class the text before a list of names speaks of (None when none or several): a letter class, or a
    colour card named by the card or its level ("被亮“红牌”的8家企业:", "福州环保不良企业名单")."""
    found = {m[1] for t in texts for m in _CLASS_MENTION.finditer(t or "")}
    found |= {card_class(m[0])[0] for t in texts for m in _CARD_MENTION.finditer(t or "")}
    return found.pop() if len(found) == 1 else None


def nearest_class(texts: list[str]) -> str | None:
    """The class of a list of names (the last text) from the list itself and the nearest text before it that speaks
    of any: "被亮“红牌”的8家企业:" just above the names decides, though a paragraph run together with it further up
    also names the 黄牌 ones (None when these two name several classes)."""
    *before, own = texts or [""]
    near = next((t for t in reversed(before) if _CLASS_MENTION.search(t or "") or _CARD_MENTION.search(t or "")), "")
    return mentioned_class(near, own)


def _list_name(heading: str, doc_title: str) -> str:
    for key in ("规模以上", "规模以下"):
        if key in heading:
            return key
    m = re.search(r"《?([^《》]*名单)", doc_title)
    return (m[1] + "（工作单位）") if m else (heading or doc_title)


def _row_cells(raw: str) -> list[str]:
    if "\t" in raw:
        return [c.strip() for c in raw.split("\t")]
    # "王 旭 山东知味斋餐饮娱乐有限公司": a two-character name printed with an inner space
    parts = raw.split()
    if len(parts) >= 2 and is_enterprise(compact(parts[-1])):
        return [" ".join(parts[:-1]), parts[-1]]
    # "1 某某化工有限公司 某某镇 A类": a numbered row printed with spaces between its cells
    if len(parts) >= 3 and parts[0].isdigit() and any(is_enterprise(compact(p)) for p in parts[1:]):
        return parts
    return [raw.strip()]


def _rows(lines):
    """(cells in matching form, cells as printed, first line index, last line index) of every line, and
    of every row of a table printed one pipe cell per line."""
    # tables printed one cell per line (pipe cells or bare lines) with numbered rows under a 名称 column
    wanted = lambda header, no_col: (len(header) - no_col - 1) if any("名称" in h for h in header) else None
    tables = {first: (cells, first, last) for _, _, rows in numbered_cell_tables(lines, wanted)
              for cells, first, last in rows}
    k = 0
    while k < len(lines):
        ln = lines[k]
        if k in tables:
            cells, a, b = tables[k]
            no = compact(lines[a].raw.strip().rstrip("|").strip())
            yield [no] + [c.strip() for c in cells], [no] + [c.strip() for c in cells], a, b
            k = b + 1
            continue
        if _CELL_LINE.match(ln.raw):
            rows, end = pipe_cell_rows(lines, k)
            if rows:
                for cells, a, b in rows:
                    yield [c.strip() for c in cells], [c.strip() for c in cells], a, b
                k = end
                continue
        # cells in their matching form, printed spaces kept (pipe rows come split from the text)
        cells = _row_cells(fold(ln.raw) if "\t" in ln.raw or "\t" not in ln.text else ln.text)
        yield cells, _row_cells(ln.raw), k, k
        k += 1


def _record(issue, doc, name: str, printed: str, cls, rating, heading, year, row_no, line_no, end_no=None) -> dict:
    name, aliases = split_alias(name)
    return {
        "id": f"ent:{name}",
        "name": name,
        "name_as_printed": printed,
        "aliases": aliases,
        "classifications": [{
            "class": cls[0] if cls else None,
            "label": cls[1] if cls else None,
            "rating": rating if cls else None,
            "list": _list_name(heading, doc.title) if cls else _list_name("", doc.title),
            "doc_id": doc.id,
            "year": year,
            "row_no": row_no,
        }],
        "doc_id": doc.id,
        "source": source(issue, line_no, end_no),
    }


def extract_enterprises(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        year_m = _YEAR.search(doc.title)
        year = int(year_m[1]) if year_m else None
        heading, under, under_text = "", None, ""
        vouched = False  # the names below come from a titled list (titled_class): bare names are members
        if titled_class(compact(doc.title)):
            under, under_text, vouched = titled_class(compact(doc.title)), compact(doc.title), True
        is_name_list = "名单" in doc.title
        env_credit = any(_ENV_CREDIT.search(compact(x.text)) for x in lines) or bool(_ENV_CREDIT.search(doc.title))
        doc_levels = designation_levels(compact(doc.title)).union(*(designation_levels(compact(x.text)) for x in lines))
        for cells, printed, a, b in _rows(lines):
            ln = lines[a]
            # (the line above, across one blank line a page may print between any two)
            above = next((compact(x.text) for x in reversed(lines[max(0, a - 2) : a]) if not x.blank), "")
            title = len(cells) == 1 and not ln.blank and list_title(compact(ln.text), above if len(above) < 40 else "")
            if title:  # "2019年度湖南省五星级乡村⏎旅游区(点)名单" (the document's title too): the names below are in that class
                under, under_text, vouched = titled_class(title), title, True
                continue
            # (a row of a cell-per-line table starts at its number, a line the normaliser blanks as a page number)
            if all(x.blank for x in lines[a : b + 1]) or ln.no <= doc.title_line_end:
                continue
            if len(cells) == 1:
                c = compact(ln.text)
                found = narrative_classes(c, env_credit)
                if vouched and under and _GROUP_HEADING.match(c):  # "1.长沙市(3家)": a group inside the list
                    continue
                if not found and (announced := announced_class(above, c)):  # "名单如下:" after text naming one class
                    under, under_text, vouched = announced, above + c, False
                    found = [(n, *announced) for n in announced_names(c, rating_of(under_text))]
                    if not found:
                        continue
                head = _CLASS_HEADING.match(c)
                if head and not found:  # "一、A类企业（2家）": the names below it, one a line, are in that class
                    under, vouched = (head["cls"], head["label"]), False
                    continue
                token = _TOKEN_HEADING.match(c)
                token = token and token_class(token["tok"], rating_of(c, heading, doc.title) or
                                              ("环境信用" if env_credit else None))
                if token:  # "二、红牌企业(8家)", "五星级企业:": the same, on another scale
                    under, under_text, vouched = token, c, False
                    continue
                item = _NAME_ITEM.match(c)
                member = item and (is_enterprise(item["name"]) or vouched and not c.endswith("。")
                                   and vouched_member(item["name"]) or is_site(item["name"], rating_of(under_text)))
                if not found and under and member:
                    found = [(item["name"], under[0], under[1])]
                elif not found and under and vouched and (row := vouched_row(c)):  # "X、Y、Z" under the title
                    found = [(n, under[0], under[1]) for n in row]
                elif not found:
                    under, vouched = None, False
                for n, level, rating in ([] if found else level_classes(c, doc_levels)):
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), (level, None), rating, heading, year,
                                       None, ln.no))
                pairs = [] if found or under else paired_classes(c, rating_of(c, heading, doc.title))
                for n, cls in pairs:  # "某某化工有限公司(A级)、某某机械有限公司(B级)": each name with its class
                    rating = "环境信用" if cls[0].endswith("牌") else rating_of(c, heading, doc.title)
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), cls, rating, heading, year, None, ln.no))
                if not found and not pairs and listed_names(c):
                    before = [compact(x.text) for x in lines[max(0, a - 3) : a]] + [c]
                    klass = nearest_class(before) or mentioned_class(doc.title)
                    found = [(n, klass, None) for n in listed_names(c)] if klass else []
                for n, klass, label in found:
                    if klass.endswith("牌"):  # a colour card of 企业环境信用评价, kept as printed
                        rating, cls = "环境信用", (klass, label)
                    elif klass.endswith("级") and not klass[0].isascii():  # a star grade or a government level
                        rating, cls = rating_of(c, under_text, heading, doc.title), (klass, label)
                    else:
                        rating = rating_of(c, heading, doc.title, under_text)
                        cls = parse_class(klass + (f"（{label}）" if label else ""), rating)
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), cls, rating, heading, year, None, ln.no))
                if len(c) < 60 and not c.endswith("。"):
                    heading = c
                continue
            names = [compact(c) for c in cells]
            rating = rating_of(heading, doc.title, *names)
            cls = next((parse_class(c, rating) for c in names if parse_class(c, rating)), None)
            if cls and cls[0].endswith("牌"):
                rating = "环境信用"
            ent_i = next((i for i, c in enumerate(names) if is_enterprise(_PERSON_GENDER.sub("", c))), None)
            if ent_i is None or not (cls or is_name_list):
                continue
            row_no = names[0] if names[0].isdigit() else None
            as_printed = printed[ent_i] if len(printed) == len(cells) else printed_form(names[ent_i], ln.raw)
            rec = _record(issue, doc, names[ent_i], as_printed, cls, rating, heading, year, row_no, ln.no, lines[b].no)
            if not cls and ent_i > 0:
                person = _PERSON_GENDER.sub("", names[ent_i - 1])
                if 2 <= len(person) <= 4:
                    rec["person"] = person
                    rec["person_as_printed"] = printed[ent_i - 1] if len(printed) == len(cells) else person
            out.append(rec)
    return out
