"""Counted holder lists: a count of entrants ("N家企业…") tied to the names printed around it, each layout a registry row.

A page counts the holders of a designation and prints their names before the count ("威达重工、大汉智能科技2家企业成功
上榜"), after it ("我市共有3家企业入选国家级绿色工厂,分别是…"), or in a later sentence that names the set by its count
("山西省9家企业荣获…称号" … "这9家企业分别是:…"). Each way is a `CountLayout` in `COUNT_LAYOUTS`, with the real lines
it was written for; the count vouches for the items it gathers as names (short names too, that no legal ending vouches
for) where they are exactly as many as it counts. What the holders hold is held_lists' to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.enterprise_classes import LEVEL_INSTITUTE, is_enterprise
from kg.extract.enterprise_sentences import CLAUSE_WORDS, NAMES_FOLLOW, NOT_MEMBER
from kg.extract.held_names import GENERIC_NAME, LEAD_WORDS, NOT_NAME, PLACE_OR_ORGAN_ITEM, enterprise_name
from kg.parse.numerals import cn_small_int

__all__ = ["CountLayout", "COUNT_LAYOUTS", "LAYOUT", "count_value", "count_matches", "first_count",
           "short_names_before", "counted_items", "entrant_items", "vouched_names", "more_counted",
           "RANK_LAYOUTS", "RANKING_PUBLISHED", "ranking_class", "ranked_names"]


@dataclass(frozen=True)
class CountLayout:
    """One way a page prints a count of entrants with their names.

    Attributes:
        name: what the layout is called in code and tests.
        pattern: the count as printed; group `n` is the count, `names` / `items` the names where the layout prints them.
        names_stand: where the names stand relative to the count: "before" (the names, then the count: "X、Y等6家企业"),
            "after" (the count, then the names: "这9家企业分别是:X、Y"), "later" (the count alone; a later sentence
            names the set by it: "这9家企业分别是…").
        examples: real lines the layout was written for, each with the count it reads (a "before" layout reads the
            clause up to the act that follows the count).
    """

    name: str
    pattern: re.Pattern
    names_stand: str
    examples: tuple[tuple[str, int], ...]


# the count's kind of holder: any noun of holders ending in 企业 / 单位 / 主体 / a farm's, a co-op's or a farm stay's word
# ("丰县7家家庭农场拟被评为省级示范家庭农场", 丰县; "…等17家休闲农业经营主体被认定为榆林市最佳休闲农家", 榆林日报 2017)
_COUNT_KIND = r"(?:[\u4e00-\u9fff]{0,6}?(?:企业|单位|主体|农场|合作社|农家|农庄|山庄))?"
_ENTRANT_COUNT = r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个]"

COUNT_LAYOUTS = (
    # "我市威达重工、大汉智能科技2家企业成功上榜" (济宁): short names, no ending of a registered one, vouched for by the count
    # that gathers them just before the act — as many items as the count, each a short run of characters that names no
    # place, organ or list; or two or more items named of a larger count after 等 ("滨海区高信化学、门捷新材料等34家企业
    # 获评…", 潍坊); the kind may stand after the act's start: "南南铝业、南南铝箔等6家企业被认定为…" is read from 企业被认定为,
    # the count's 家 closing the group (南宁 fresh36)
    CountLayout("names_then_count",
                re.compile(r"(?P<items>[^，,。；;：:]{4,200}?)(?P<etc>等|共)?(?<![\d])(?P<n>\d{1,4}|[两二三四五六七八九十])[家户个](?P<kind>企业|单位|公司|字号)?"
                           r"(?:成功|顺利|均|也|一同|同时)?$"),
                "before",
                (("我市威达重工、大汉智能科技2家企业成功", 2),
                 ("滨海区高信化学、门捷新材料等34家企业", 34),
                 ("目前,位于该集群的南南铝业、南南铝箔等6家企业", 6),
                 ("我市兰州石化、天华院、蓝科石化、兰州电机、德福新材料、长飞光纤光缆共6家企业", 6),
                 ("龙抄手、赖汤圆、东来顺、荣宝斋等434家字号", 434))),
    # "我市此次入选的9个智能工厂的载体企业,分别是重庆海螺水泥、赛力斯电动汽车、…、重庆盟讯电子;17个应用场景涉及…" (重庆日报
    # 2023-12-07, under the five ministries' 智能制造示范工厂揭榜单位 list published above): the place's entrants counted,
    # what kind of enterprise they are, then their names after a comma
    CountLayout("entered_count_names",
                re.compile(r"(?:当选|入选|上榜|获评|入围)的" + _ENTRANT_COUNT + r"(?P<kind>[^，,。；;：:]{0,16}?(?:企业|单位|公司))"
                           r"[，,]?(?:分别是|分别为|名单为)[：:]?(?P<names>[^。；;：:]{4,1500})"),
                "after",
                (("我市此次入选的9个智能工厂的载体企业,分别是重庆海螺水泥、赛力斯电动汽车、重庆美的、华峰重庆、益海嘉里(重庆)粮油、"
                  "重庆博腾制药、OPPO(重庆)移动智能终端、重庆海康威视、重庆盟讯电子;17个应用场景涉及重庆华兴玻璃精准配送", 9),)),
    # or the count, its act and what it entered, then the names ("我市共有3家企业入选国家级绿色工厂,分别是…", the wording of
    # 福州's full names, fznews.com.cn 2018-11-27)
    CountLayout("count_entered_names",
                re.compile(r"(?<![\d])" + _ENTRANT_COUNT + r"(?P<kind>[\u4e00-\u9fff]{0,8}?(?:企业|单位|公司))(?:成功|顺利|均)?"
                           r"(?:入选|上榜|入围|获评|荣获|被?认定为|被?评为)(?P<obj>[^，,。；;：:]{0,30})[，,]"
                           r"(?:分别是|分别为|名单为)[：:]?(?P<names>[^。；;：:]{4,1500})"),
                "after",
                (("近日,国家工信部公布第三批绿色制造名单,我市共有三家企业入选绿色工厂,分别是宏港纺织、新纤科技和冠城瑞闽,"
                  "占全省总数的37.5%", 3),)),
    # "这16家市级农业龙头企业分别是X、Y、Z": a counted set of holders of a designation that names its own level, then their
    # names (a comma may close the counted set before its names: "其中有3家省级企业技术中心所在企业位于高新区,分别是A、B、C",
    # 蚌埠, entrep92)
    CountLayout("count_kind_names",
                re.compile(r"(?P<n>\d+)[家户个](?P<obj>[^，,。；;：:]{2,30}?)[，,]?" + NAMES_FOLLOW
                           + r"[：:，,]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("这16家市级农业龙头企业分别是新平东绿食品有限公司、通海金茂农产品有限公司、玉溪市鑫达现代农业发展有限公司等", 16),)),
    # "14家绿色工厂来自电子、建材、…等行业,分别为:X、Y…" (北京, after "北京市经信委公布了2018年北京市绿色制造名单",
    # entrep92): a counted set of the list the page published, told where it comes from before its names
    CountLayout("count_from_names",
                re.compile(r"(?P<n>\d+)[家户个](?P<obj>[^，,。；;：:]{2,16}?)(?:来自|分布在|分布于|涉及|涵盖)[^。；;：:]{2,60}?[，,]"
                           + NAMES_FOLLOW + r"[：:]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("14家绿色工厂来自电子、建材、钢铁、汽车、家具、食品、化工、制药等行业,分别为:富泰京精密电子(北京)有限公司、"
                  "北京东陶有限公司、北京首钢冷轧薄板有限公司", 14),)),
    # "这34家继续认定为“广西现代林业产业龙头企业”的是:X、Y…" (广西林业厅, entrep37): a counted set named by the act it
    # names with its count
    CountLayout("this_count_acted_names",
                re.compile(r"这(?P<n>\d+)[家户个](?:企业|单位)?被?(?:继续|重新)?(?:认定|评定|命名|确定|评)为(?P<obj>[^，,。；;：:]{2,30}?)"
                           r"的(?:是|有|分别是|分别为|为)[：:]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("这34家继续认定为“广西现代林业产业龙头企业”的是:广西壮族自治区国有高峰林场、广西高峰林浆纸业(集团)有限责任公司、"
                  "广西壮族自治区国有派阳山林场", 34),)),
    # "这9家企业分别是:X、Y…和Z" (山西), after the act that counted the set (count_act, act_count_as): the set named by its
    # count; ("这6家企业及主营产品是:X公司(乳酸)、…以及Z公司(贯流式蒸汽锅炉)", 周口晚报 2023: each with its product in
    # brackets, no part of its name)
    CountLayout("this_count_names",
                re.compile(r"这(?P<n>\d+)[家户个]" + _COUNT_KIND + r"(?P<products>及其?(?:主营|主要)?产品)?(?:" + NAMES_FOLLOW
                           + r"|是)[：:，,]?(?P<names>[^。；;]{4,1500})"),
                "after",
                (("这6家企业及主营产品是:河南凯旺电子科技股份有限公司(安防领域视频监控精密连接器及线缆连接组件)、河南金丹乳酸科技股份有限公司", 6),
                 ("这17家休闲农家包括,榆阳区治宇休闲农家,神木市陕北民俗文化大观园、盘龙湾近郊农业体验园", 17))),
    # "山西省9家企业荣获“全国模范劳动关系和谐企业”称号" (山西): a counted set that an act gave a designation, unnamed, for a
    # later sentence that names it by its count; ("我市6家企业顺利完成评审并入选公示名单", "全市6家企业上榜", 周口晚报 2023:
    # a step done before the entry, joined by 并; an entry into the page's own list, 上榜 / 入选 with no object or a bare
    # 名单, holds the page's level)
    CountLayout("count_act",
                re.compile(r"(?<!\d)(?P<n>\d+)[家户个]" + _COUNT_KIND + r"(?:[\u4e00-\u9fff]{2,10}?并)?拟?"
                           r"(?P<act>荣获|获评|获得|被?评为|被?命名为|被?认定为|入选|位列|上榜|入围)"
                           r"(?P<obj>[^，,。；;]{0,40})"),
                "later",
                (("山西省9家企业荣获“全国模范劳动关系和谐企业”称号", 9),
                 ("我市6家企业顺利完成评审并入选公示名单", 6),
                 ("丰县7家家庭农场拟被评为省级示范家庭农场", 7))),
    # or the organ's verb first, the count then 为 and the designation: "我省近期确定6家企业为危险化学品安全生产标准化二级
    # 企业。" ⏎ "这6家企业分别是:…" (山西, http://m.sjbk.net.cn/system/2021/02/01/030302895.shtml; "确定15家企业为…",
    # "认定3户企业为…")
    CountLayout("act_count_as",
                re.compile(r"(?P<act>确定|认定|评定|命名)了?(?P<n>\d+)[家户个]" + _COUNT_KIND + r"为(?P<obj>[^，,。；;]{2,40})"),
                "later",
                (("我省近期确定6家企业为危险化学品安全生产标准化二级企业", 6),
                 ("经市农业产业化领导小组审定、市政府同意,认定16家企业为玉溪市第七批农业产业化经营重点龙头企业", 16))),
)
LAYOUT = {row.name: row for row in COUNT_LAYOUTS}

def count_value(printed: str) -> int:
    """The count as a number: digits, or one Chinese numeral (三, 两); 0 for a Chinese count of more characters (十二家
    vouches for no names here) or none."""
    if len(printed) > 1 and not printed.isdigit():
        return 0
    return cn_small_int(printed) or 0


def count_matches(text: str, *layouts: str) -> list[re.Match]:
    """Every match of the named layouts in `text`, layout by layout in the order named."""
    return [m for name in layouts for m in LAYOUT[name].pattern.finditer(text)]


def first_count(text: str, *layouts: str) -> re.Match | None:
    """The first match of the first named layout that matches `text`, else None."""
    return next((m for name in layouts if (m := LAYOUT[name].pattern.search(text))), None)


_SHORT_ITEM = re.compile(r"^(?=.{4,14}$)[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{2,3}[)）])?[\u4e00-\u9fff]{0,8}$")  # (a person's name, 2–3 characters, is none)
_TRADE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_THREE_OR_SHORT = re.compile(r"^(?=.{3,14}$)[\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{2,3}[)）])?[\u4e00-\u9fff]{0,8}$")


def short_names_before(region: str) -> list[str]:
    """The items of a counted group of short names closing a clause (names_then_count), else []."""
    m = LAYOUT["names_then_count"].pattern.search(re.split(r"[，,]", region)[-1])
    if not m:
        return []
    n = count_value(m["n"])
    items = m["items"].split("、")
    items[0] = re.sub(r"^[\[【][\u4e00-\u9fff]{2,8}[\]】]", "", items[0])  # (a wire's tag: "[世华财讯]龙抄手、…")
    for _ in range(3):  # ("今年我市共有X": lead-in words in any order)
        items[0] = LEAD_WORDS.sub("", items[0])
    # (where they stand, told before the first: "位于该集群的南南铝业、南南铝箔等6家企业被认定为国家级专精特新“小巨人”", 南宁
    # fresh36, http://fjleihong.cn/zixun/2023/0114/011479236.html — a short name holds no 的)
    items[0] = re.sub(r"^[\u4e00-\u9fff]{1,8}的(?=[\u4e00-\u9fff]{4})", "", items[0])
    # (a district, a county or the city printed before the first: "石嘴山市大窑饮品、吉元君泰、天地奔牛等5家企业荣列其中", 宁夏)
    items[0] = re.sub(r"^[\u4e00-\u9fff]{2,3}[市区县](?=[\u4e00-\u9fff]{4})", "", items[0])
    counted = len(items) == n or m["etc"] == "等" and 2 <= len(items) < n
    # (trade names counted as 字号 are short as printed: "龙抄手、赖汤圆、东来顺、荣宝斋等434家字号,被商务部初步确定为
    # “中华老字号”", 世华财讯 2006 — a 字号 of 2 or 3 characters is no person's name there)
    # (nor is a firm's three-character short name among longer ones, in a run of three or more: "我市兰州石化、天华院、蓝科石化、
    # 兰州电机、德福新材料、长飞光纤光缆共6家企业入围…", "兰石化、天华院、庄园牧场、蓝科石化、鸿丰电石等8家企业荣获省级绿色工厂
    # 称号", docent59 兰州 converter — a list of persons has no four-character items among its names)
    longer = len(items) >= 3 and sum(len(i) >= 4 for i in items) * 2 >= len(items)
    short_item = _SHORT_ITEM if m["kind"] != "字号" else _TRADE_NAME
    short_item = _THREE_OR_SHORT if longer and short_item is _SHORT_ITEM else short_item
    if n < 2 or not counted or not all(short_item.match(i) and not NOT_NAME.search(i) and not PLACE_OR_ORGAN_ITEM.search(i)
                                       and not GENERIC_NAME.match(i) for i in items):
        return []
    # (a public institute counted among the firms is one of the count, no enterprise: "我市中农威特、大方电子、省机械研究院
    # 等76家企业通过认定", 兰州 — the two firms are the holders)
    return [i for i in items if not LEVEL_INSTITUTE.match(i)]


# A county or a city heading a group of several names in a list grouped by place ("神木市A、B、C,府谷县D"): the group's
# place, no part of its first name
_GROUP_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:市|县|区|旗)(?=[\u4e00-\u9fff]{3})")


# (an item the count vouches for may be a short name of two characters or open with a Latin brand: "天锻", "TCL中环",
# 天津's 12 单项冠军, entrep92)
_COUNTED_ITEM = re.compile(r"^(?:[A-Za-z]{2,6})?[\u4e00-\u9fff（）()]{2,25}$")


def counted_items(text: str, n: int) -> list[str]:
    """The members of a counted set named by its count ("这17家休闲农家包括,榆阳区治宇休闲农家,神木市陕北民俗文化大观园、
    盘龙湾近郊农业体验园…,子洲县西峰山庄、柏全山庄", 榆林日报 2017): the count vouches for its items as the set's holders
    whatever they are called (a farm stay 大观园, 庄苑, 农园), where the items, split at 、，, are exactly n and each reads
    as a name (an enterprise, or a bare name that is no clause and no place); a county heading a group of several is
    the group's (a county before a single name stays with it, as printed). [] where they are not."""
    out = []
    for group in (g.strip() for g in re.split(r"[，,]", text)):
        items = [i.strip().strip("“”\"「」") for i in group.split("、")]
        if len(items) > 1 and (head := _GROUP_PLACE.match(items[0])) \
                and not any(_GROUP_PLACE.match(i) for i in items[1:]):
            items[0] = items[0][head.end():]
        out += items
    if len(out) != n or not all(is_enterprise(i) or _COUNTED_ITEM.match(i) and not NOT_MEMBER.search(i)
                                and not CLAUSE_WORDS.search(i) and not NOT_NAME.search(i) for i in out):
        return []
    return [enterprise_name(i) or i for i in out]


def entrant_items(names: str, n: int) -> list[str]:
    """The n items of a count's entrants printed after it (entered_count_names, count_entered_names), as printed, else
    []: the names end at a comma after the last, "…、冠城瑞闽,占全省总数的37.5%", unless a comma parts them; the last two
    may be joined by 和 / 及: "…、学霸君和运去哪"."""
    for run in (re.split(r"、", re.split(r"[，,]", names)[0]), re.split(r"[、，,]", names)):
        run = [i.strip().strip("“”\"「」") for i in run]
        if len(run) == n - 1 and len(last := re.split(r"以及|[和及]", run[-1])) == 2:
            run = run[:-1] + last
        if len(run) == n:
            return run
    return []


_ENTRANT_ITEM = re.compile(r"^(?:[A-Za-z]{2,10})?[\u4e00-\u9fff（）()]{2,25}$")  # ("OPPO(重庆)移动智能终端": a brand's letters)


def vouched_names(items: list[str]) -> bool:
    """Whether every item a layout vouches for (a count, place labels) reads as a name as printed: an enterprise, or a
    short name — three characters only where most items are longer (a run of persons' names is none), no place, organ,
    clause or designation's words."""
    longer = sum(len(i) >= 4 for i in items) * 2 >= len(items)
    vouched = lambda i: is_enterprise(i) or _ENTRANT_ITEM.match(i) and (len(i) >= 4 or longer) \
        and not NOT_MEMBER.search(i) and not CLAUSE_WORDS.search(i) and not GENERIC_NAME.match(i) \
        and not NOT_NAME.search(re.sub(r"的$", "", i))  # (a brand ending in 的 is a name: 重庆美的)
    return all(map(vouched, items))


def more_counted(found: list[tuple[str, str]], counted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The holders a sentence's other readers found, or those of its counted set where that set holds them all and
    more: the count vouches for the short names the others, which want an enterprise's ending, left out ("…12家国家制造业
    单项冠军企业分别是高盛钢丝绳、鹏翎集团、…": 鹏翎集团 alone has one, 天津, entrep92)."""
    if not found or counted and {n for n, _ in found} < {n for n, _ in counted}:
        return counted or found
    return found


# A ranking's members told by their place in it, on a page that published the ranking (RANKING_PUBLISHED: "省工商联正式发布
# “2015河南民营企业100强榜单”", "在长春发布2012中国企业500强", "全国工商联也曾发布过中国民营500强企业榜"). Each way a page
# tells a place is a row: (name, pattern, how the names are vouched for). A span of places or a top count vouches for
# exactly as many items, short names too ("中石油、国家电网、…、中海油分列第二至第十位"); a single name at a place is read as
# a name (an enterprise's ending, or a short name that is no place, organ, clause or designation).
RANKING_PUBLISHED = re.compile(r"(?:公布|发布|揭晓|推出)(?:了|过|的)?[“\"]?(?P<obj>[^，,。；;：:“”\"]{2,40}?(?:\d{1,4}|[百千])强"
                               r"[^，,。；;：:“”\"]{0,6}?)(?=[”\"，,。；;]|$)")
_RANK_N = r"[一二三四五六七八九十\d]{1,3}"
RANK_LAYOUTS = (
    # "中国企业联合会…发布2012中国企业500强,中石化以…连续8年领跑榜单,中石油、国家电网、…、中海油分列第二至第十位"
    # (https://chinavalue.com.cn/article/2012/9/3/927834.html, entrep101)
    ("span", re.compile(rf"(?P<names>[^，,。；;：:]{{2,400}}?)(?:分列|分居|分别位列|分别位居|依次位列|依次为)第?(?P<a>{_RANK_N})"
                        rf"(?:位|名)?(?:至|到|—|-)第?(?P<b>{_RANK_N})(?:位|名)")),
    # "而民营企业100强净利润前三名,则分别为宇通集团有限公司、天瑞集团股份有限公司、辅仁药业集团有限公司" (hnr.cn 2015,
    # entrep101); "前三也同样被苏宁、联想和魏桥占据" (ihas.com.cn 2014, converter, entrep101)
    ("top", re.compile(rf"前(?P<n>{_RANK_N})(?:名|位|强)?[，,]?(?:则|也)?(?:同样)?(?:分别)?(?:为|是|被)(?P<names>[^，,。；;：:]{{2,200}}?)"
                       r"(?:占据|包揽|摘得)?$")),
    # "中石化以2011年营业收入25519.5亿元连续8年领跑榜单"; "天瑞集团股份有限公司以356.01亿元的年度营业收入总额居于首位";
    # "华为控股有限公司以营业收入总额3950.09亿元荣登榜首,苏宁控股集团、…、正威国际集团有限公司分列2-5位" (全国工商联
    # “2016中国民营企业500强榜单”, http://epaper.gmw.cn/gmrb/html/2016-08/26/nw.D110000gmrb_20160826_2-07.htm)
    ("first", re.compile(r"(?:^|[，,])(?P<names>[^，,。；;：:以]{2,40}?)以[^，,。；;]{2,40}?(?:居于?首位|位居榜首|高居榜首|领跑榜单"
                         r"|位列第一|排名第一|位居第一|排名首位|居榜首|蝉联榜首|荣登榜首|登上榜首)")),
    # "全威(铜陵)铜业科技有限公司排名91位,…,铜陵精达铜材(集团)有限责任公司今年入榜,排名477位" (ihas.com.cn, entrep101)
    ("place", re.compile(r"(?:^|[，,])(?P<names>[^，,。；;：:]{4,40}?)(?:[，,]?(?:今年|首次)?(?:首次)?(?:入榜|上榜)[，,])?"
                         r"(?:排名|位列|位居)第?(?P<rank>\d{1,4})(?:位|名)")),
    # "排名第500的哈药集团的资产规模和营业收入仅为…" (chinavalue.com.cn, entrep101)
    ("place_before", re.compile(r"排名第?(?P<rank>\d{1,4})(?:位|名)?的(?P<names>[^，,。；;：:的]{2,20}?)(?=的|[，,。；;]|$)")),
)


def ranking_class(obj: str) -> str | None:
    """The class of a published ranking, from its name: the place it ranks (a province's: 省级), the nation's (中国 /
    全国: 国家级), a year before it read past."""
    from kg.extract.held_lists import object_class  # (held_lists reads counted lists: imported where used)
    bare = re.sub(r"^[“\"]?(?:\d{4}年?度?)?", "", obj).strip("“”\"")
    return object_class(bare) or ("国家级" if re.search(r"中国|全国|中华", obj) else None)


def _rank_value(printed: str) -> int:
    return count_value(printed)  # (read as a count is: one Chinese numeral, or digits)


def ranked_names(sentence: str) -> list[str]:
    """The names a sentence places in a ranking (RANK_LAYOUTS), each vouched for by its layout, else []."""
    out: list[str] = []
    for name, pattern in RANK_LAYOUTS:
        for m in pattern.finditer(sentence):
            items = [i.strip().strip("“”\"「」") for i in re.split(r"、|以及|(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2})",
                                                                  m["names"]) if i.strip()]
            if not items:
                continue
            for _ in range(3):
                items[0] = LEAD_WORDS.sub("", re.sub(r"^(?:而|其中|另外)[，,]?", "", items[0]))
            if name == "span":
                want = _rank_value(m["b"]) - _rank_value(m["a"]) + 1
            elif name == "top":
                want = _rank_value(m["n"])
            else:
                want = 1
            if len(items) != want:
                continue
            if want > 1 and not all(is_enterprise(i) or _RANKED_ITEM.match(i) and not _not_ranked(i) for i in items):
                continue
            if want == 1 and not (is_enterprise(items[0]) and not NOT_NAME.search(items[0])
                                  or _RANKED_ITEM.match(items[0]) and not _not_ranked(items[0])):
                continue
            out += [enterprise_name(i) or i for i in items]
    return list(dict.fromkeys(out))


# (a ranked short name: 2 to 12 characters, a Latin brand before them; counted places vouch for two-character ones, "苏宁")
_RANKED_ITEM = re.compile(r"^(?:[A-Za-z]{2,10})?[\u4e00-\u9fff（）()]{2,16}$")


def _not_ranked(item: str) -> bool:
    """An item no ranking names as a member: a place, an organ, a clause, a designation's words, a person's lead-in."""
    return bool(NOT_MEMBER.search(item) or CLAUSE_WORDS.search(item) or GENERIC_NAME.match(item) or NOT_NAME.search(item)
                or PLACE_OR_ORGAN_ITEM.search(item) or re.search(r"\d|年|亿|万|营业|收入|利润|资产|榜单|名单", item))
