"""Whether the evidence is about the place a question names: the places a question names (jieba's place words, runs of
characters before an administrative suffix, areas, towns, units named with their place), the places a page names as
its own, and the checks the no-answer features (index/confidence.py) make with them — a place printed nowhere in the
first passages (scope_miss, place_top), a document of unknown place that could be the place's page, the place and
the topic standing in different passages (place_apart)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.places import ADMIN_SUFFIX, city_counties, city_provinces, place_stem, province_cities

__all__ = ["area_off", "area_place", "cities_before", "collective_towns", "could_be_page_of", "GENERIC_AREAS_TAIL",
           "government_place", "is_place_word", "join_place_runs", "joined_places", "lists_places", "named_areas",
           "number_fits", "number_names", "one_character_county", "page_places", "page_towns", "place_apart",
           "place_level", "place_out_of_scope", "places_off", "prefecture_stem", "prints_name", "question_places",
           "record_district", "short_district_after", "town_off", "towns_fit", "towns_speak", "unit_place",
           "unit_places"]

# a year opening a question ("2024年…"): no place
_YEAR = re.compile(r"(?:19|20)\d{2}")


# Administrative place names (ADMIN_SUFFIX, place_stem: kg.places, the national list's module): a word of two or more
# characters before one of these suffixes names a place (临淄区, 高青县, 东营市); jieba's part-of-speech tags miss many
# of them (高青县 is tagged as a person's name).
_ADMIN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}(?:省|市|区|县|旗)")
# Kinds of area that end like a place name but name none. A word ending in one of the longer ones is one
# (周村经济开发区: its place is found as 周村); the two-character ones see is_place_word (博山区 ends in 山区,
# 苏州工业园区 in 园区: both are places).
GENERIC_AREAS_TAIL = ("开发区", "高新区", "经开区", "示范区", "服务区", "棚户区", "功能区", "保护区", "试验区", "集聚区",
                      "保税区", "合作区", "实验区", "核心区", "工业区", "商业区", "住宅区", "风景区", "旅游区", "度假区", "自贸区",
                      "经济区", "生态区", "先行区", "集中区", "卫生城市", "文明城市")
# A kind's short name and the full names its pages print (济宁经开区 is 济宁经济技术开发区, whose 公示 is signed
# 济宁经济开发区…领导小组: o1421, o1423); a kind not listed is looked for by its first two characters (高新区: 高新技术
# 产业开发区 too).
AREA_KIND_SPELLINGS = {"经开区": ("经开", "经济技术开发", "经济开发")}
# 城区 ends the generic 主城区 / 中心城区 but also names (德城区, 市中区's neighbours): a three-character X城区 is a
# place unless it is one of the generic ones listed here.
GENERIC_AREAS_WORD = frozenset("园区 城区 社区 小区 景区 校区 学区 街区 片区 辖区 郊区 山区 城市 市区 县区 县市 省市 "
                               "老区 新区 库区 矿区 牧区 林区 灾区 湖区 城乡 主城区 老城区 新城区 中心城区".split())
# First characters of a two-character word in 县 that is no county's name (本县, 全县, 各县, 邻县, 知县).
_NOT_A_COUNTY = frozenset("本全该各我此外邻郊一两每县市区州省郡知")
# Single characters that are words of their own, never part of a place's name a run of characters spells
# (我/在/本/区 is no place 我在本区).
_FUNCTION_CHARS = frozenset("我你他她它们在到去从来回的地得了是和与及或也都就还又把被给对向往于为本该此这那各全每哪啥")
# A place's change of kind inside a run of single characters (月塘乡改镇, 某县改市, 某县升市): the name is the place
# before it (月塘乡), not the run to the new kind's suffix — 月塘乡改镇要花的钱是省里出还是莆田自己出 (o3118) was read as
# asking a place 月塘乡改镇 that no page prints, over the 批复 of 月塘乡's 撤乡设镇 that answers it.
_CHANGE_OF_KIND = re.compile(r"[乡镇县区市旗](?:改|升)")
# The suffix characters jieba may cut off a name it does not know (章丘 + 区, 双台子 + 区政府, 文登 + 区).
_SPLIT_SUFFIX = ("省", "市", "区", "县", "旗")
# Words after which a question names a place (我想问问在杭州…, 外地人到青岛…).
_PLACE_PREPOSITIONS = frozenset("在 到 去 从 来 来自 回 住在 位于".split())
# jieba's dictionary frequency from which a word is common vocabulary, not a place's name: the names jieba cuts
# off their suffix count 2–70 (达川, 沾化, 章丘, 盐池), the words beside a place in questions 700 and more (现任,
# 是不是).
COMMON_FREQ = 200


def is_place_word(word: str, ns_words) -> bool:
    """A word that names a place: an administrative name (two or more characters before 省/市/区/县…) that is
    not a kind of area (开发区, 小区, 产业园区), or one of jieba's place words (`ns_words`) that is the stem of such
    a name (杭州 → 杭州市): jieba also tags 庆典, 城市 or 中考 as places."""
    if len(word) == 2 and word.endswith("县"):
        # a county of one character (莒县, 沛县), not a determiner before 县 (本县, 全县, 该县) nor 知县
        return word in ns_words and word[0] not in _NOT_A_COUNTY
    if not (ADMIN_SUFFIX.search(word) and len(word) >= 3):
        # (a bare name of one character is none: a county of one character is written with its 县 — above —, while
        # jieba's abbreviations 河区 / 北市 / 中区 made 河 of 河长制 and 总河长 a place no page prints beside 宁夏 or
        # 河北省, so the 河长制 方案 of 河北 read as of no place apart from 宁夏's pages: u4405, u4401)
        if len(word) < 2:
            return False
        # (written out, not any() over a generator: a question's every word is asked, twice or more)
        return (word + "市" in ns_words or word + "区" in ns_words or word + "县" in ns_words or word + "省" in ns_words
                or prefecture_stem(word) or region_stem(word))
    if word in GENERIC_AREAS_WORD or word.endswith(GENERIC_AREAS_TAIL):
        return False
    # A two-character kind of area after a word of its own (产业园区, 居住小区) is one too; after one character it
    # ends a name (博山区, 黄山区), and jieba's own place names keep theirs (苏州工业园区, 滨海新区).
    return word in ns_words or not (word[-2:] in GENERIC_AREAS_WORD and len(word) >= 4)


def prefecture_stem(word: str) -> bool:
    """Whether a bare name of two or more characters is the stem of a prefecture (州 or 盟) of the national list
    (index.places.division_levels): jieba cuts 迪庆州 into 迪庆 / 州, and no 迪庆市 or 迪庆县 makes 迪庆 a place word,
    so 迪庆's own page named no place of a 州's level and passed for 德宏州's (u3613). One character (杭 of 杭州) is
    no stem, nor a word the list does not give a prefecture (五大 of jieba's 五大州)."""
    return len(word) >= 2 and word in _prefecture_stems()


def region_stem(word: str) -> bool:
    """Whether a bare name is the stem of a province-level autonomous region of the national list (division_levels):
    西藏 of 西藏自治区, 内蒙古 of 内蒙古自治区. No 西藏省 or 西藏市 makes it a place word, so a question asking of 西藏
    named no place, and 金乡县's page passed for 西藏's (u4371)."""
    return word in _region_stems()


@lru_cache(maxsize=1)
def _region_stems() -> frozenset[str]:
    """The X of every X自治区 of the national list's province level (division_levels), made once."""
    from index.places import division_levels

    return frozenset(name[:-3] for name, level in division_levels().items() if level == 0 and name.endswith("自治区"))


@lru_cache(maxsize=1)
def _prefecture_stems() -> frozenset[str]:
    """The X of every prefecture-level X州 / X盟 of the national list (division_levels), made once: prefecture_stem is
    asked of each word of a question, and two dictionary look-ups of a concatenated name cost more than one of a set."""
    from index.places import division_levels

    return frozenset(name[:-1] for name, level in division_levels().items() if level == 1 and name[-1:] in ("州", "盟"))


def question_places(tagged: list[tuple[str, str]], ns_words, known_stems, freq=lambda w: 0) -> list[str]:
    """The places a question names: its words that are place names (is_place_word; `tagged` as
    index.places.PlaceTagger gives them, in order, covering the question), and the stems of the corpus's own
    districts (`known_stems`: 周村 for 周村区), since a resident writes 周村 for 周村区. A stem counts where a word
    starts with it (jieba may cut 张店 into 张/店, but 市中区's stem 市中 in 城市中心 starts inside 城市). Names jieba
    cut off their suffix are joined back (joined_places, with `freq`)."""
    tagged = join_place_runs(tagged, ns_words)
    found, place_end = [], -1
    for i, (w, flag) in enumerate(tagged):
        # a bare name (no suffix) is also a word (盐都 in 卖的盐都是): it names the place where a question names
        # it, among its first three words, after another place or after a word of place (在杭州, 到青岛)
        named = i <= 2 or place_end == i - 1 or tagged[i - 1][0] in _PLACE_PREPOSITIONS
        bare = not ADMIN_SUFFIX.search(w) and not named
        place = is_place_word(w, ns_words) or (i == 0 and flag.startswith("ns") and one_character_county(w))
        # a question's first word that is a city's name without its 市 (黄石, 武威: jieba tags neither as a place),
        # or a county's without its 县 (桓台 of 桓台县, u1705: a resident names the county so)
        city = i == 0 and len(w) >= 2 and (w + "市" in ns_words or w + "县" in ns_words)
        if (flag.startswith("ns") or _ADMIN_WORD.fullmatch(w) or city) and place and not bare:
            found.append(w)
            place_end = i
        # a unit's name the searcher's jieba holds as one word names the place it starts with (unit_places):
        # 松岭区公安局森保大队的大队长叫什么 asks of 松岭区 (u2918), 龙门县打假办这次扣押的… of 龙门县 (u2920)
        found += unit_places(w, ns_words)
    joined = joined_places(tagged, ns_words, freq)
    found += joined
    found += cities_before(tagged, ns_words, found)
    found = [area_place(w, ns_words) for w in found]
    text, starts, at = "", set(), 0
    for w, _flag in tagged:
        starts.add(at)
        text += w
        at += len(w)
    # The stems starting at a word's start, in sorted order: each start's substrings of a stem's length looked up
    # (a few hundred stems at 200x the sample: not each tried at each start).
    found += sorted({text[i:i + n] for i in starts for n in _lengths(known_stems)}.intersection(known_stems))
    return list(dict.fromkeys(w for w in found if not suffix_cut_off(w, joined, text)))


def suffix_cut_off(word: str, joined: list[str], text: str) -> bool:
    """Whether `word` is a name jieba cut off its suffix (安康/县) that joined_places joined back (`joined`: 安康县),
    written nowhere in the question (`text`) but before that suffix: the question names the one place it writes
    (安康县), not the city of the bare name too (安康市, which the corpus prints: o2404's 安康县政协 page, of unknown
    place, says only 县 and 陕西, and may be 安康县's own page, never 安康市's)."""
    longer = [j for j in joined if j != word and j.startswith(word) and len(j) == len(word) + 1]
    return bool(longer) and text.count(word) == sum(text.count(j) for j in longer)


@lru_cache(maxsize=8)
def _lengths(stems) -> frozenset[int]:
    """The lengths of `stems` (a frozenset or tuple: hashable, one per searcher)."""
    return frozenset(map(len, stems))


def join_place_runs(tagged: list[tuple[str, str]], ns_words) -> list[tuple[str, str]]:
    """Runs of single characters joined back into the place name jieba cut into them (唐/山 → 唐山, 麦/积/区 →
    麦积区): the longest start of the run that is a place word (is_place_word: 唐山 as the stem of 唐山市, 麦积区),
    where a question names its place — among its first two words, or after a word of place. Elsewhere a run is
    left as it is (在/本/区 mid-sentence names no place)."""
    out: list[tuple[str, str]] = []
    # a year leading the question (2024年新吴区…, 2023年度…) is no part of the name after it, which stands where a
    # question names its place (u2913: 年/新/吴/区 read as 年新吴区)
    lead = 2 if len(tagged) >= 2 and _YEAR.fullmatch(tagged[0][0]) and tagged[1][0] in ("年", "年度") else 0
    out += tagged[:lead]
    i = lead
    while i < len(tagged):
        j = i
        while j < len(tagged) and len(tagged[j][0]) == 1 and re.match(r"[\u4e00-\u9fff]", tagged[j][0]) \
                and tagged[j][0] not in _FUNCTION_CHARS:
            j += 1
        where = i <= 1 + lead or (out and out[-1][0] in _PLACE_PREPOSITIONS)
        # a city of the national list cut into a character and a word (项/城市 of 项城市: u4117, whose first page is
        # 沈丘's 老城镇 meeting; jieba keeps 宣城市 or 晋城市 whole) — only a name the list gives, never 大/城市
        if where and j == i + 1 and i + 1 < len(tagged) and len(tagged[i + 1][0]) == 2 \
                and _national_name(tagged[i][0] + tagged[i + 1][0]):
            out.append((tagged[i][0] + tagged[i + 1][0], "ns"))
            i += 2
            continue
        for end in range(j, i + 1, -1) if where else ():
            name = "".join(w for w, _flag in tagged[i:end])
            if _CHANGE_OF_KIND.search(name):
                continue
            if is_place_word(name, ns_words) or (i == 0 and one_character_county(name)):
                out.append((name, "ns"))
                i = end
                break
        else:
            out.append(tagged[i])
            i += 1
    return out


def _national_name(word: str) -> bool:
    """Whether `word` is a county-level or higher division of the national list (index.places.division_levels)."""
    from index.places import division_levels

    return len(word) >= 3 and ADMIN_SUFFIX.search(word) is not None and word in division_levels()


def one_character_county(word: str) -> bool:
    """A county of one character that jieba does not know (曹县, cut 曹/县), written where a question names its
    place (join_place_runs: its first word): X县, X no determiner (本县, 全县, 各县: _NOT_A_COUNTY)."""
    return len(word) == 2 and word[1] == "县" and word[0] not in _NOT_A_COUNTY


def cities_before(tagged: list[tuple[str, str]], ns_words, found: list[str]) -> list[str]:
    """Words jieba did not tag as places that are the stem of one of its place names (盘锦 of 盘锦市) written right
    before a place found (盘锦双台子区: the district's city): a city named before its district."""
    out = []
    for (w, _flag), (nxt, _f) in zip(tagged, tagged[1:]):
        if w not in found and len(w) >= 2 and is_place_word(w, ns_words) and any(f.startswith(nxt) for f in found):
            out.append(w)
    return out


def area_place(word: str, ns_words) -> str:
    """The place of a kind of area written after it (北京郊区 → 北京, as jieba keeps it one word); other words
    as they are (博山区: 博 names nothing; 苏州工业园区: 苏州工业 is no place word)."""
    head = word[:-2]
    return head if len(head) >= 2 and word[-2:] in GENERIC_AREAS_WORD and head in ns_words else word


def joined_places(tagged: list[tuple[str, str]], ns_words, freq=lambda w: 0) -> list[str]:
    """Place names jieba cut in two: a word followed by a word that starts with an administrative suffix
    (章丘 + 区 → 章丘区, 双台子 + 区政府 → 双台子区, 岚山 + 区 → 岚山区) where the joined word is a place name
    (is_place_word). A name stands where a question names its place: the left word is a place word itself, or it
    is among the question's first two words or follows another place (章丘 区…, 盘锦 双台子 区政府, 威海 文登 区) and
    is a jieba place word (嘉兴 南湖 区) or no common word (`freq`, jieba's dictionary frequency, under COMMON_FREQ:
    是不是 after 盐池县 is common) — mid-sentence, 取消 + 区级 or 上报 + 区水务局 name no place. The suffix stands alone or before a word
    of its own (区 + 政府): 市场准入, 区域 or 县长 lend no suffix."""
    out, place_end = [], -1
    for i, (w, flag) in enumerate(tagged):
        if (flag.startswith("ns") or _ADMIN_WORD.fullmatch(w)) and is_place_word(w, ns_words):
            place_end = i
        if i + 1 == len(tagged) or len(w) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", w) or ADMIN_SUFFIX.search(w):
            continue
        nxt = tagged[i + 1][0]
        where = is_place_word(w, ns_words) or ((i <= 1 or place_end == i - 1)
                                               and (flag.startswith("ns") or freq(w) < COMMON_FREQ))
        suffix = nxt.startswith(_SPLIT_SUFFIX) and (len(nxt) == 1 or (len(nxt) >= 3 and freq(nxt[1:]) > 0))
        if suffix and where and is_place_word(w + nxt[0], ns_words):
            out.append(w + nxt[0])
            place_end = i + 1
    return out


def places_off(places: list[str], in_evidence, query: str = "") -> list[str]:
    """The places whose stem the evidence does not print (`in_evidence(stem)`). A place written right before
    one the evidence prints is not among them (三门峡市陕州区: 陕州区 lies in 三门峡市, and 陕州区's page need not
    print its city), nor a place whose town (a town of the national list that lies in it: index.places.towns_of)
    the question names and the evidence prints (郑州蜜蜂张街道: 蜜蜂张街道 lies in 二七区 of 郑州, and the
    sub-district's news need not print its city, o909). Nor a province whose own office the evidence speaks of
    (省渔政局, 全省: a 省) together with one of its cities (the 安徽 fishery news says 省渔政局 and 马鞍山, 铜陵,
    never 安徽: o1134; province_speaks). Nor a city two of whose counties the evidence prints (the
    通辽 notice 通农牧发 that forwards a plan to 库伦旗 and 科左后旗 never prints 通辽: o1307, o1308; county_speaks)."""
    inside = [p for p in places if in_evidence(place_stem(p))]
    off = [p for p in places if p not in inside and not any(p + q in query for q in inside)]
    # nor a city one of whose counties the question names too and the evidence prints by its full name (宣城市里派人到
    # 宣州区: the 宣州区 news says 市农业农村局, never 宣城, o910; a stem is not enough: 市中 of 城市中心 is no 市中区 of 济南, u364)
    off = [p for p in off if not any(q != place_stem(q) and in_evidence(q) and place_stem(p) in county_cities_of(q)
                                     for q in inside)] if off else off
    off = [p for p in off if not province_speaks(p, in_evidence) and not county_speaks(p, in_evidence)]
    return [p for p in off if not towns_asked(p, query, in_evidence)] if off and query else off


def county_cities_of(county: str) -> frozenset[str]:
    """The stems of the cities a county-level division lies in (kg.places.county_cities, by name; by stem for a name
    of three characters or more: 宣州 → 宣城); none for a name the list does not hold."""
    from kg.places import county_cities

    cities = county_cities()
    return cities.get(county) or (cities.get(place_stem(county)) if len(place_stem(county)) >= 2 else None) or frozenset()


def county_speaks(place: str, in_evidence) -> bool:
    """Whether `place` is a prefecture-level city (by its name or stem) and the evidence prints two or more of its
    counties (kg.places.city_counties: 库伦旗 and 科左后旗 of 通辽; 龙华区, of 深圳 and of 海口, is none): a city's own
    notice addresses its banners and counties and need not print its name. One county is not enough: a county's own
    page prints itself (红安县's 2号令 is no order of 黄冈市, u1909)."""
    return sum(any(in_evidence(n) for n in names) for names in city_counties().get(place_stem(place), ())) >= 2


def province_speaks(place: str, in_evidence) -> bool:
    """Whether `place` is a province (kg.places.province_cities) and the evidence prints 省 (省渔政局, 全省) and one
    of its cities' stems: a province's own page need not print its name."""
    cities = province_cities().get(place)
    return bool(cities) and in_evidence("省") and any(in_evidence(c) for c in cities)


# the most characters a kind of area has: jieba's pieces of a kind are joined up to it, never past
_LONGEST_AREA_KIND = max(map(len, GENERIC_AREAS_TAIL))


def named_areas(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The named areas a question asks of (index.places.PlaceTagger's words, in order): a kind of area
    (GENERIC_AREAS_TAIL: 高新区, 开发区, 保护区) written right after a place name of two or more characters that jieba
    tags (乌拉山保护区, 济宁高新区, 东湖高新区), as (name, kind); the kind as one word or cut in pieces (济宁 经/开/区:
    jieba knows no 经开区). A kind after a word of topic (中医药服务区, 慢性病综合防控示范区, 高速服务区) names
    none."""
    out = []
    for i, (w, flag) in enumerate(tagged[:-1]):
        if not (flag.startswith("ns") and len(w) >= 2):
            continue
        kind = ""
        for x, _f in tagged[i + 1:i + 1 + _LONGEST_AREA_KIND]:  # (each piece at least one character)
            kind += x
            if kind in GENERIC_AREAS_TAIL or len(kind) >= _LONGEST_AREA_KIND:
                break
        if kind in GENERIC_AREAS_TAIL:
            out.append((w, kind))
    return out


def area_off(areas: list[tuple[str, str]], evidence: str, ns_words) -> bool:
    """A named area (named_areas) the evidence does not print: a city's or county's own area (淄博高新区, 济宁高新区:
    governed apart from its districts) by the place followed within six characters by the kind's first two
    characters (济宁高新区, 淄博高新技术产业开发区: the same kind; 周村's plan citing 《淄博市…预案》 is no plan of the
    高新区, u1903; a kind's full name printed for its short one: AREA_KIND_SPELLINGS, 济宁经济技术开发区 for 济宁经开区);
    an area of any other name (乌拉山保护区) by its name (the 大青山保护区 news is no page of it, u2005)."""
    for name, kind in areas:
        admin = is_place_word(name, ns_words) or any(name + x in ns_words for x in ("市", "县", "区"))
        spelt = "|".join(map(re.escape, AREA_KIND_SPELLINGS.get(kind, (kind[:2],))))
        pattern = re.escape(name) + r"[\u4e00-\u9fff]{0,6}?(?:" + spelt + ")" if admin else re.escape(name)
        if not re.search(pattern, evidence):
            return True
    return False


def towns_asked(place: str, query: str, in_evidence) -> list[str]:
    """The towns of `place` (index.places.towns_of, by name or stem) the question names and the evidence prints."""
    return [t for t in towns_named(place, query) if in_evidence(t)]


def towns_named(place: str, query: str) -> list[str]:
    """The towns of `place` (index.places.towns_of, by name or stem) the question (`query`) names."""
    from index.places import towns_of

    own = towns_of(place) or towns_of(place_stem(place)) or ()
    return [t for t in own if t in query]


def place_out_of_scope(places: list[str], in_evidence, printed, unknown_place, query: str = "",
                       unknown_prints=lambda w: False, unknown_may_be=lambda p, printing=None: True) -> bool:
    """A place the question (`query`) names that the evidence does not print (`in_evidence`; places_off) —
    unless a candidate document's place is unknown (`unknown_place()`, asked only then) and each such place is
    printed by such a document (`unknown_prints(stem)`: 上思县's 涉农资金 办法 names 上思县 only in its text) or
    nowhere in the corpus as the question writes it (`printed`): that document may be the place's own page,
    which need not print its name (the 广丰区 notice says 区政府 throughout). The name as written, not its stem:
    保康 is "printed" inside 确保康复. A place written right after another one (its city: 达州通川区, 威海文登区)
    is excused only by such a document that prints the one or the other: the 广丰区 notice prints its city 上饶,
    while a page of 三门峡 says nothing of 达州. A place printed nowhere is excused only by such a document that
    may be its page (`unknown_may_be(place)`: one that names no other place of its level, could_be_page_of): the
    官渡区 page is no page of 高青县, the 福州 news none of 厦门. A district written after its city and printed nowhere is
    excused only by one page that both prints the city and may be the district's (`unknown_may_be(place, stem)`
    reads only the pages printing `stem`): 重庆大足区 is not excused by the 铜梁 news, which prints 重庆 and names
    铜梁区, together with a 福州 page, which may be anywhere's but says nothing of 重庆 (u541)."""
    off = places_off(places, in_evidence, query)
    if not off:
        return False
    if not unknown_place():
        return True

    def excused(p: str) -> bool:
        # a town of the place asked (溪湖区彩屯街道) is excused only by a page that prints it: a page of unknown
        # place that may be 溪湖区's says nothing of 彩屯街道 where it does not print it (u2210)
        towns = towns_named(p, query)
        if towns and not any(unknown_prints(place_stem(t)) for t in towns):
            return False
        city = [q for q in places if q != p and q + p in query]
        if city:
            # the city alone printed (the 仓山区 news prints 福州) excuses the district only on a page that may be the
            # district's own: the 仓山区 page is no page of 福州鼓楼区 (u439)
            return unknown_prints(place_stem(p)) or any(unknown_prints(place_stem(x))
                                                        and unknown_may_be(p, place_stem(x)) for x in city)
        return (unknown_prints(place_stem(p)) or (not printed(p) and unknown_may_be(p))
                or any(unknown_prints(d) for d in short_district_after(p, query)))

    return not all(excused(p) for p in off)


# A town's suffix (镇, 乡, 街道) at the end of its name.
_TOWN_END = re.compile(r"(?:镇|乡|街道)$")


def town_off(towns: list[str], printed, district_stems) -> bool:
    """Whether a town the question names (西峰区南街街道, 青浦区金泽镇) is printed by none of the first passages and
    their documents (`printed`): where its county is printed the page is another town's of it (解放路街道, 朱家角镇;
    u3303, u3304). A town named like a district of the corpus (`district_stems`: 张店镇卫生院, 张店乡镇) is the district
    written loosely, no town (n1359, n002)."""
    return any(not printed(t) for t in towns if _TOWN_END.sub("", t) not in district_stems)


def short_district_after(place: str, query: str) -> list[str]:
    """The district a question may name by its short name right after its city (宁波前湾 for 前湾新区, o676): the
    two characters after `place` in `query` with a district's suffix, never a generic area (开发区)."""
    i = query.find(place)
    m = re.match(r"[\u4e00-\u9fff]{2}", query[i + len(place):]) if i >= 0 else None
    # (自治 after a place begins its 自治条例, no district: 恩施州自治条例 names no 自治区, u2606)
    if not m or m.group(0) == "自治":
        return []
    names = [m.group(0) + suffix for suffix in ("新区", "区", "县")]
    return [n for n in names if n not in GENERIC_AREAS_WORD and not n.endswith(GENERIC_AREAS_TAIL)]


# A government named by its place (随县人民政府, 铜梁区人民政府): the place stands before 人民政府 whatever the tagger
# knows of it (jieba takes 随县 for no place).
_GOVERNMENT_OF = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市县区旗]人民政府")


def government_place(text: str) -> str | None:
    """The place whose 人民政府 a text names (a page title: 您访问的链接即将离开“随县人民政府”门户网站 → 随县), None
    where it names none (区人民政府办公室关于… names no place: a bare suffix is none)."""
    for m in _GOVERNMENT_OF.finditer(text):
        place = m.group(0)[:-4]
        # (no place holds 的: a title's tail run on into a bare 市人民政府, 《政府工作报告》的通知市人民政府办公室, o2030)
        if len(place) >= 2 and place[0] not in _NOT_A_COUNTY and "的" not in place:
            return place
    return None


# A verb or preposition that runs before a bare level's 人民政府/政府 in a page's body (经区政府研究, 经旗人民政府同意,
# 报县政府审定, 由市政府负责): the extraction may read it and the level as a district. No county is named by one.
_VERB_BEFORE_GOVERNMENT = frozenset("经由报请向按据对")


def record_district(district: str | None) -> str | None:
    """A document record's district, None where it is a body formula's verb and a bare level (经区, read from
    经区政府研究 in the 惠济区 清理 decision, which names no place of its own: fresh35's o2207): no place."""
    if district and len(district) == 2 and district[0] in _VERB_BEFORE_GOVERNMENT and district[1] in "市县区旗":
        return None
    return district


def place_apart(about: list[bool], shares: list[float], low: float = 1 / 3, high: float = 2 / 3) -> bool:
    """Whether the place asked and the topic asked stand apart among the first passages: `about[j]` tells whether
    passage j (or its document) prints every place the question names, `shares[j]` the share of the topic it prints.
    Apart: the passages about the place hold under `low` of the topic at best, and another passage holds at least
    `high` of it (the place's page is of another topic; the topic's page is of another place).

    The bars, checked by leave-one-set-out over the 25 groups (stop 16, noanswer19 grid): every `low` from 0.2 to
    1/3 with every `high` from 0.6 to 0.75 gives the same rates (0.883 unanswerable flagged at 0.025 answerable);
    `high` ≥ 0.85 loses questions (0.879), `high` = 0.5 or `low` = 0.5 fires on 2–7 answerable questions. `low` = 0.4
    gains two older questions (0.888) on a feature that fires a dozen times: within the noise, so 1/3 stays."""
    on = [s for a, s in zip(about, shares) if a]
    off = [s for a, s in zip(about, shares) if not a]
    return bool(on) and bool(off) and max(on) < low and max(off) >= high


def prints_name(name: str, tokens: list[str]) -> bool:
    """Whether a text cut into jieba's words (`tokens`) prints `name` as a name of its own, bare or with its
    administrative suffix (南京, 南京市, 临淄区), not inside a longer name (南京军区福州总医院 names a hospital: the
    福州 page that prints it is no sign that the corpus speaks of 南京)."""
    return any(t == name or (t.startswith(name) and place_stem(t) == name) for t in tokens)


# Administrative levels by suffix, the longer suffixes first: a province (0), a prefecture-level city, prefecture or
# league (1), a district, county or banner (2), a town, township or street (3). A county-level city (乳山市) reads
# as a city: the level only orders places that cannot both be a page's own.
_LEVELS = (("自治区", 0), ("省", 0), ("自治州", 1), ("市", 1), ("州", 1), ("盟", 1), ("自治县", 2), ("新区", 2),
           ("区", 2), ("县", 2), ("旗", 2), ("街道", 3), ("镇", 3), ("乡", 3))


def place_level(place: str, ns_words) -> int | None:
    """The administrative level of a place name: a county-level division of the national list
    (index.places.division_levels: 兰溪市 and 监利市 are county-level cities, 2) or else its suffix (_LEVELS); for
    a bare name (福州, 江北, 监利) the coarsest level the list gives it (福州市 → 1), None where the list has none:
    jieba's place words hold regions and old names (鲁南, 鲁南区) that are no division, and say nothing of a
    page's level."""
    from index.places import division_levels

    levels = division_levels()
    if ADMIN_SUFFIX.search(place) and levels.get(place) == 2:
        return 2
    for suffix, level in _LEVELS:
        if place.endswith(suffix) and len(place) > len(suffix):
            return level
    return levels.get(place)


# A town, township or sub-district written as one word (双桥镇, 活水乡, 中枢街道).
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)")


# Adverbs that only a verb follows: a bare name (no suffix) right after one is a verb of its own, no place — 上街
# (郑州's district to jieba) in the 西安 街道 page's 分管主任全天候上街检查 and 早9:00、…、下午5:00分别上街巡查 (o1827-o1829:
# read as the page's own county, 上街 made it no page of 西安), 新建 in 再新建1所. A place as a page's subject stands
# before such a word (太原开展夜查行动, 山东将…), never after it.
_BEFORE_A_VERB = frozenset("分别 全天候 定期 每天 每日 经常 随时 及时 轮流 主动 亲自 都 均 也 又 再 还".split())


def _after_its_own(county: str, before: str) -> bool:
    """Whether `before` is the city of `county` or its province, as the national list knows them, by its name or
    the start of it (梧州 / 梧州市 / 广西 for 藤县: 广西 starts 广西壮族自治区)."""
    from index.places import county_cities

    if len(before) < 2:
        return False
    cities = county_cities().get(county, frozenset())
    stem = place_stem(before)
    if stem in cities or before in cities:
        return True
    provinces = {p for c in cities for p in city_provinces().get(c, ())}
    return any(p.startswith(before) or p.startswith(stem) for p in provinces)


def _county_cut(tagged: list[tuple[str, str]], k: int, ns_words) -> str | None:
    """A county-level name of the national list that jieba cut into single characters, from `tagged[k]` on: the
    characters, then the suffix alone or starting the next word (新/吴/区, 新/吴/区应急管理局 → 新吴区: jieba knows no
    新吴区, made in 2015; the 新吴区 安全示范企业 page named only 无锡 and might be 梁溪区's, u2901). None where the run
    joins to no such name (其/中/区 …)."""
    from index.places import division_levels

    name = ""
    for w, _flag in tagged[k:k + 4]:
        if not re.fullmatch(r"[\u4e00-\u9fff]+", w):
            return None
        if len(w) > 1 or w in "区县旗市":
            name += w[0]
            break
        name += w
    return name if (len(name) >= 3 and name[-1] in "区县旗市" and name[0] not in _NOT_A_COUNTY
                    and division_levels().get(name) == 2 and name in ns_words) else None


def page_places(tagged: list[tuple[str, str]], ns_words, freq=lambda w: 0) -> list[str]:
    """The places a page's text names (`tagged` as index.places.PlaceTagger gives it), as place words
    (is_place_word): jieba's place words (福州, 上饶, 江苏省), and other administrative names that are rare words
    with a rare stem (`freq`, jieba's dictionary frequency, under COMMON_FREQ: 官渡区 3, its stem 官渡 50) — not
    kinds of place (自治区, 贫困县: 贫困 is common), determiners (各县区, 全市) or one-character counties (大县 is a
    place word to jieba) — except a county of the national list written before one of its towns (寿县双桥镇: a
    town's county is named so, as a 大县 is not)."""
    from index.places import division_levels

    out = []
    for k, (w, flag) in enumerate(tagged):
        lead = unit_places(w, ns_words)
        if lead:
            out += lead
            continue
        cut = _county_cut(tagged, k, ns_words)
        if cut:
            out.append(cut)
            continue
        nxt = tagged[k + 1][0] if k + 1 < len(tagged) else ""
        # (or after its own city or province, as the list knows them: 今日广西藤县讯 — the 藤县 news, no page of
        # 岑溪市, u2808; a 大县 after 广西 is none)
        if len(w) == 2 and w[-1] == "县" and division_levels().get(w) == 2 and (
                _TOWN.fullmatch(nxt) or (k > 0 and _after_its_own(w, tagged[k - 1][0]))):
            out.append(w)
            continue
        # a county and its town held as one word (寿县双桥镇)
        county = next((w[:n] for n in range(2, min(len(w) - 1, 8)) if ADMIN_SUFFIX.search(w[:n])
                       and division_levels().get(w[:n]) == 2 and _TOWN.fullmatch(w[n:])), None)
        if county:
            out.append(county)
            continue
        short = len(w) < 2 or (len(w) == 2 and w[-1] in "县区旗镇乡")  # 福州, 徐州 are names, 大县 is none
        verb = k > 0 and tagged[k - 1][0] in _BEFORE_A_VERB and not ADMIN_SUFFIX.search(w)  # 分别上街巡查
        if short or verb or w[0] in _NOT_A_COUNTY or not is_place_word(w, ns_words):
            continue
        rare = _ADMIN_WORD.fullmatch(w) and freq(w) < COMMON_FREQ and freq(place_stem(w)) < COMMON_FREQ
        if flag.startswith("ns") or rare:
            out.append(w)
    return list(dict.fromkeys(out))


# The kinds of unit whose name starts with its place (漯河市恒润物业服务有限公司, 淄博市生态环境局, 兰溪市综合行政执法局灵洞中队:
# a squad, brigade or detachment, 中队 / 大队 / 支队, of a bureau); an office by its short name (莲池区安委办, the 安委会's
# 办公室) and the departments of a field (孝南区市场监管部门): the news of 莲池区 and of 孝南区 name their district so only.
_UNIT_KIND = re.compile(r"(?:公司|局|委员会|委|办公室|办|部门|中心|医院|学校|小学|中学|银行|协会|商会|厂|站|所|院|馆|队)$")


def unit_place(word: str, ns_words) -> str | None:
    """The place a unit's name starts with, where the searcher's jieba holds the whole name as one word (the
    build adds enterprise and department names to its dictionary: 漯河市恒润物业服务有限公司 → 漯河市): the shortest
    start of three or more characters that ends in an administrative suffix and is a place jieba knows (the name or
    its stem among `ns_words`); None for a word that is no unit's name or starts with no such place (县自然资源
    和规划局, 市住建局)."""
    places = unit_places(word, ns_words)
    return places[0] if places else None


def unit_places(word: str, ns_words) -> list[str]:
    """The places a unit's name starts with, one after the other (郑州市中原区百花艺术小学 → 郑州市, 中原区: the city and
    its district; unit_place for each), [] for a word that is no unit's name."""
    if len(word) < 6 or not _UNIT_KIND.search(word):
        return []
    out, at = [], 0
    while True:
        for end in range(at + 3, min(len(word) - 2, at + 7) + 1):
            head = word[at:end]
            if ADMIN_SUFFIX.search(head) and is_place_word(head, ns_words) \
                    and (head in ns_words or place_stem(head) in ns_words):
                out.append(head)
                at = end
                break
        else:
            return out


_TOWN_SUFFIX = re.compile(r"镇|乡|街道")


def collective_towns(text: str) -> str:
    """`text` with every 街镇 set apart (、街镇) where the page names 各街镇: there 街镇 is its word for the streets and
    towns of its district (宝山's 2008 分解: 各委办局、各街镇和工业园区), so 服务于块上街镇的工作 is 块上 and 街镇 — no
    上街 (郑州's district, a place word to jieba) and no town 上街镇 (o1523, o1525). A page that does not name 各街镇 keeps
    its towns (马街镇信息公开)."""
    return text.replace("街镇", "、街镇") if "各街镇" in text else text


def page_towns(tokens: list[str], towns) -> list[str]:
    """The towns of the national list (`towns`: index.places.town_names) a page prints, its text cut into jieba's
    words (`tokens`): before each 镇 / 乡 / 街道, the longest run of three to seven characters ending there that starts
    at a word and is a town (县公安局、平凯街道 → 平凯街道; 三江镇人民政府 → 三江镇). A run starting inside a word is none
    (关于城镇燃气 prints no 于城镇); 乡镇 and 城乡 name none, nor the 乡 of 乡下 read as one word, the countryside
    (樟树乡下小店卖假种子 names 樟树市's countryside, not the 樟树乡 of the national list: o3376), nor the 乡 of a word
    乡村 (闵行's 研究制定“一带六村”乡村振兴方案, jieba's 六/村/乡村/振兴, prints no 六村乡: o3462, o3464); a 乡 cut alone
    before 村 stays one (城关/乡/村民委员会 prints 城关乡)."""
    text, starts = "", set()
    for t in tokens:
        starts.add(len(text))
        text += t
    out = []
    for m in _TOWN_SUFFIX.finditer(text):
        if m.start() in starts and (text.startswith("乡下", m.start())
                                    or text.startswith("乡村", m.start()) and m.start() + 1 not in starts):
            continue
        end = m.end()
        for n in range(min(7, end), 2, -1):
            if end - n in starts and text[end - n:end] in towns:
                out.append(text[end - n:end])
                break
    return list(dict.fromkeys(out))


def _towns_of_place(place: str, towns_of):
    """The national list's towns of `place`, looked up by its name as asked, else by its stem (闵行 for 闵行区); None where
    the list knows none (a province, a region)."""
    own = towns_of(place)
    return towns_of(place_stem(place)) if own is None else own


def towns_fit(place: str, printed: list[str], towns_of) -> bool:
    """Whether a page printing the towns `printed` (page_towns) may be `place`'s page by its towns: it prints none,
    the national list knows no towns of the place (`towns_of(place)` None: a province, a region), or one of them is
    the place's (a county's own news names its towns: the 秀山 news its 平凯街道, the 锦屏 news its 三江镇, neither of
    them a town of 酉阳县 or 天柱县)."""
    own = _towns_of_place(place, towns_of)
    return not printed or own is None or any(t in own for t in printed)


# A government's 文号 led by one character of its place's name and its organ (宝府办〔2008〕18号: 宝山区人民政府办公室; 张政发;
# 竹府办 of 大竹县): the page is that place's.
_NUMBER_ORGAN = re.compile(r"([\u4e00-\u9fff])(?:府|政)(?:办|发)")


def number_fits(place: str, number: str | None) -> bool:
    """Whether a page of unknown place whose 文号 is `number` may be the page of the county or district `place` (宝山区,
    嘉定区): a number led by one character and 府办 / 府发 / 政办 / 政发 is a government's whose place's name holds that
    character (宝山区's 宝府办, 大竹县's 竹府办), so 宝府办〔2008〕18号 is no page of 嘉定区 (u2509) but may be 宝山区's
    (o1523). A number of another form (晋市政办, 沪府办 asked of 上海), none, or a place that is no county or district,
    says nothing."""
    m = _NUMBER_ORGAN.match(number or "")
    if not m or not place.endswith(("区", "县")):
        return True
    return m.group(1) in place_stem(place)


def number_names(stem: str, number: str | None) -> bool:
    """Whether a page's 文号 `number` names the place of `stem` (潜江, a place's stem as place_stem gives it): a number
    led by the stem's first character and 府办 / 府发 / 政办 / 政发 is its government's (潜政办发〔2024〕1号 of 潜江's
    分解落实《政府工作报告》 notice, whose title and text say only 市 and 全市: o2030, o2031). Only the first character
    names it — 张政发 names 张店, not 周村; a government whose abbreviation is another character (竹府办 of 大竹县,
    沪府办) is not named so."""
    m = _NUMBER_ORGAN.match(number or "")
    return bool(m) and len(stem) >= 2 and stem[0] == m.group(1)


# The one-character names a province-level unit goes by after a verb of coming, staying or going (驻京部队, 来沪, 在津,
# 赴渝): a page of unknown place printing 驻京 prints 北京 (the 环境秩序 整治 duties list says 驻京部队 and 全市, never 北京:
# o2512, o2514). Only characters no city or county is called by as well (宁, 青, 吉 and 苏 are; 川 and 新 run on
# into other words).
SHORT_NAMES = {"北京": "京", "上海": "沪", "天津": "津", "重庆": "渝", "广东": "粤", "福建": "闽", "安徽": "皖", "江西": "赣",
               "湖北": "鄂", "湖南": "湘", "河南": "豫", "山东": "鲁", "河北": "冀", "贵州": "黔", "云南": "滇", "海南": "琼"}
_SHORT_NAME_VERBS = "驻进来在赴抵返离"


def written_as(stem: str) -> list[str]:
    """The ways a page may print the place `stem` (a place_stem): the name itself, and for a province-level unit
    its one-character name after a verb of coming or staying (SHORT_NAMES: 驻京, 来京 … for 北京)."""
    short = SHORT_NAMES.get(stem)
    return [stem] + ([verb + short for verb in _SHORT_NAME_VERBS] if short else [])


# The four municipalities: province-level units and cities at once.
MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})


def lists_places(place: str, named: list[str], ns_words) -> bool:
    """Whether a page naming the places `named` (page_places) names `place` among two or more other places of its level:
    a list of places (the 安徽 list of 农家乐 names 芜湖市 among 巢湖市, 宣城市, 马鞍山市, 池州市: no page of 芜湖, u2605), not
    a page of one of them. One other place of the level is no list (the 渔政 news of 马鞍山 and 铜陵's joint patrol)."""
    level = place_level(place, ns_words)
    if level is None:
        return False
    stem = place_stem(place)
    return len({place_stem(q) for q in named if place_stem(q) != stem and place_level(q, ns_words) == level}) >= 2


def towns_speak(place: str, named: list[str], printed: list[str], towns_of) -> list[str]:
    """The places `named` (page_places) a page of unknown place names, less its bare words (no suffix: 新建, 上街)
    where its towns speak for `place`: it prints two or more towns (`printed`, page_towns), every one of them a town
    of `place` (`towns_of`). Such a word then is no county of the page's own: the 闵行 乡村振兴 task table prints 浦江镇,
    浦锦街道, 马桥镇, 华漕镇, 梅陇镇 and 颛桥镇, all 闵行区's, and 做好新建农房信息报送, whose 新建 (南昌's 新建区 to
    jieba) made it no page of 闵行 (o3410, o3411, o3412)."""
    own = _towns_of_place(place, towns_of)
    if not own or len(printed) < 2 or not all(t in own for t in printed):
        return named
    return [q for q in named if ADMIN_SUFFIX.search(q)]


def could_be_page_of(place: str, named: list[str], ns_words) -> bool:
    """Whether a page of unknown place that names the places `named` (page_places) may be `place`'s own page:
    it names no other place of `place`'s level (the 昆明 page names its 官渡区, which no 高青县 page would; the 福州
    news is none of 厦门). Places above (a district's notice names its city 上饶) and below it (a city's page
    names its districts: 南京's names 江北) say nothing against it. A place whose level is unknown may be
    anywhere."""
    level = place_level(place, ns_words)
    if level is None:
        return True
    stem = place_stem(place)
    if any(place_stem(q) != stem and place_level(q, ns_words) == level for q in named):
        return False
    # a county's page names its own city, not another (the 铜山 news names 徐州: no page of 宜章县, a county of
    # 郴州), and a city's page names its own counties (the 南京 意见 names 江北, a district of 重庆 or 宁波, none of
    # 苏州's), where the national list knows the county's city (index.places.county_cities; a name several
    # counties share lies in each of their cities)
    from index.places import county_cities

    cities = county_cities()
    if level in (1, 2) and _other_province(place, named, ns_words, cities):
        return False
    if level == 2 and "" not in cities.get(place, cities.get(stem, {""})):
        mine = cities.get(place) or cities[stem]
        return not any(place_level(q, ns_words) == 1 and place_stem(q) not in mine for q in named)
    if level == 1:
        return not any(place_level(q, ns_words) == 2 and "" not in cities.get(q, cities.get(place_stem(q), {""}))
                       and stem not in (cities.get(q) or cities[place_stem(q)]) for q in named)
    # a province's page names its own cities, not another province's (the 安徽 渔政 notice names 马鞍山市 and 铜陵市:
    # no page of 湖北, u2110), where the national list knows the province's cities (kg.places.province_cities) and
    # the city named is one of the list's (长乐市, now a district of 福州, is none: the 福州 news is 福建's page)
    provinces = province_cities()
    mine = provinces.get(place) or provinces.get(stem)
    if level == 0 and mine:
        return not any(place_level(q, ns_words) == 1 and place_stem(q) not in mine
                       and any(place_stem(q) in c for c in provinces.values()) for q in named)
    return True


def _other_province(place: str, named: list[str], ns_words, cities) -> bool:
    """Whether a page naming the places `named` names a province and none of the provinces a city or county
    `place` lies in (by kg.places.province_cities and index.places.county_cities): the 驻马店 news names 河南省
    only, no page of 江阴市, a county-level city of 无锡 in 江苏 (u2307). A place whose province the national list
    does not know, and a district of a municipality (no cities in the list), say nothing; a municipality named is a
    province named."""
    # a municipality is a province of its own (the 重庆 news of 智能制造示范工厂 names 重庆 only: no page of 合肥, a city of
    # 安徽, u3513), though the list holds no cities of it
    named_provinces = [q for q in named if (q in province_cities() or place_stem(q) in MUNICIPALITIES)
                       and place_level(q, ns_words) == 0]
    if not named_provinces:
        return False
    stem = place_stem(place)
    mine = {p for c in cities.get(place) or cities.get(stem) or {stem} for p in city_provinces().get(c, ())}
    return bool(mine) and not any(q in mine or place_stem(q) in mine for q in named_provinces)
