"""China's administrative divisions: the national list of county-level divisions, their cities, provinces and
towns (kg/data/counties.tsv, towns.tsv: 国家统计局's 统计用区划代码), read once and shared by the extraction (the level
of a place printed bare: 常州, 溧阳) and the searcher's place features (index.places, index.confidence)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["ADMIN_SUFFIX", "MUNICIPALITIES", "city_names", "county_cities", "county_names", "division_levels",
           "place_rank", "place_stem", "county_level_city", "county_city_tail", "city_stems", "prefecture_short_names", "prefecture_tiers", "province_cities",
           "short_name", "town_names", "towns_of"]

_COUNTIES = Path(__file__).parent / "data" / "counties.tsv"
_TOWNS = Path(__file__).parent / "data" / "towns.tsv"
_AUTONOMOUS = re.compile(r"自治[县旗]$")
# Administrative place names: a word of two or more characters before one of these suffixes names a place
# (临淄区, 高青县, 东营市); jieba's part-of-speech tags miss many of them (高青县 is tagged as a person's name).
ADMIN_SUFFIX = re.compile(r"(?:自治县|新区|街道|省|市|区|县|镇|乡|州|旗|盟)$")
# The municipalities directly under the central government (直辖市): provinces in the national list, cities by name.
MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")


def place_stem(place: str) -> str:
    """The place without its administrative suffix (临淄区 → 临淄), as text often prints it; a stem under two
    characters is no name (the place itself is kept)."""
    stem = ADMIN_SUFFIX.sub("", place)
    return stem if len(stem) >= 2 else place


def short_name(county: str) -> str | None:
    """The short name of an autonomous county named by its peoples, as pages and questions write it (酉阳土家族苗族
    自治县 → 酉阳县, 孟村回族自治县 → 孟村县): its first two characters and 县 or 旗; None for another name (鄂伦春
    自治旗 names no 族 after its place)."""
    if not _AUTONOMOUS.search(county) or "族" not in county[2:] or len(county) < 6:
        return None
    return county[:2] + county[-1]


@lru_cache(maxsize=1)
def _town_table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each county-level division's towns (kg/data/towns.tsv), keyed by its name, its short name (short_name),
    its stem and its city's name and stem (a city holds its counties' towns), and all towns."""
    table: dict[str, set[str]] = {}
    every: set[str] = set()
    with open(_TOWNS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            county, city, towns = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            names = set(towns.split())
            every |= names
            short = short_name(county)
            for key in {county, place_stem(county), city} | (city_stems(city) if city else set()) | (
                    {short, place_stem(short)} if short else set()):
                if len(key) >= 2:
                    table.setdefault(key, set()).update(names)
    return {k: frozenset(v) for k, v in table.items()}, frozenset(every)


def town_names() -> frozenset[str]:
    """Every town, township and sub-district of the national list (中枢街道, 三江镇, 平凯街道)."""
    return _town_table()[1]


def towns_of(place: str) -> frozenset[str] | None:
    """The towns of a county-level division or of a city's counties, by name or stem (师宗县, 师宗, 酉阳县, 荆州);
    None for a place the national list does not know (a province's are not read)."""
    return _town_table()[0].get(place)


@lru_cache(maxsize=1)
def _county_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of kg/data/counties.tsv as (county-level division, its city, its province), read once for every
    table built from them; a missing column is ""."""
    rows = []
    with open(_COUNTIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            county, city, province = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            rows.append((county, city, province))
    return tuple(rows)


@lru_cache(maxsize=1)
def county_names() -> frozenset[str]:
    """The county-level divisions of China (区, 县, 县级市, 旗, 自治县: kg/data/counties.tsv, from 国家统计局's
    统计用区划代码), three characters and longer: jieba's dictionary knows 兰溪市 but not 监利市, 师宗县 or 陆良县. The
    two-character ones (寿县, 新县, 和县, 东区) are left out: a determiner or a word before 县/区 spells many of them."""
    return frozenset(name for name in (county.strip() for county, _city, _province in _county_rows()) if len(name) >= 3)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """The prefecture-level cities of kg/data/counties.tsv (its second column: 保定市, 东营市, 大同市, 襄阳市): jieba's
    dictionary holds 22 of the 332 as words it does not tag as places (保定 is also a common word), so a question
    naming one (保定 打击黑出租…) named no place the evidence could lack."""
    return frozenset(name for name in (city.strip() for _county, city, _province in _county_rows()) if len(name) >= 3)


# An autonomous prefecture's name: its place, then its peoples (土家族苗族, 蒙古族藏族, 哈萨克, 柯尔克孜), then 自治州.
_PREFECTURE = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:(?:回|哈萨克|柯尔克孜|彝|蒙古|白|朝鲜|傣|景颇|傈僳|土家|苗|壮|藏|羌|哈尼|侗"
                         r"|布依)族?)+自治州")


def _prefecture_place(city: str) -> str | None:
    """An autonomous prefecture's place, before its peoples (恩施土家族苗族自治州 → 恩施); None for any other city."""
    m = _PREFECTURE.fullmatch(city.strip())
    return m.group(1) if m else None


@lru_cache(maxsize=1)
def prefecture_short_names() -> frozenset[str]:
    """The short names of the autonomous prefectures of kg/data/counties.tsv (its second column), as pages and
    questions write them: the place before its peoples and 州 (恩施土家族苗族自治州 → 恩施州, 黔东南苗族侗族自治州 →
    黔东南州, 西双版纳傣族自治州 → 西双版纳州, 伊犁哈萨克自治州 → 伊犁州)."""
    return frozenset(place + "州" for _county, city, _province in _county_rows() if (place := _prefecture_place(city)))


@lru_cache(maxsize=1)
def prefecture_tiers() -> dict[str, str]:
    """The prefecture-level places of kg/data/counties.tsv that print a tier word of their own, not 市, by each name
    they are printed with it: an autonomous prefecture's full and short names (楚雄彝族自治州, 楚雄州 → 州), a league's
    (锡林郭勒盟 → 盟). A place awarding under such a name names its own designations at that tier (州级, 盟级, as
    printed: the lead's ruling, stop 36); printed bare (楚雄, 锡林郭勒) it prints no tier and stays a city's (place_rank).
    杭州, 广州 are cities, their 州 no tier: only the list's prefectures are here."""
    out: dict[str, str] = {}
    for _county, city, _province in _county_rows():
        if (place := _prefecture_place(city)):
            out[city.strip()] = out[place + "州"] = "州"
        elif city.strip().endswith("盟") and len(city.strip()) >= 3:
            out[city.strip()] = "盟"
    return out


def city_stems(city: str) -> frozenset[str]:
    """The stems a prefecture-level city of kg/data/counties.tsv is named by: place_stem, and an autonomous
    prefecture's short stem (恩施土家族苗族自治州 → 恩施土家族苗族自治, 恩施), so that its counties and its province know it
    by the name pages print (恩施州, 恩施)."""
    place = _prefecture_place(city)
    return frozenset({place_stem(city)} | ({place} if place else set()))


@lru_cache(maxsize=1)
def county_cities() -> dict[str, frozenset[str]]:
    """The stems of the prefecture-level cities each county-level division of kg/data/counties.tsv lies in, by
    its name and its stem (宜章县, 宜章 → 郴州; 江北 → 重庆, 宁波: a name several counties share has all their cities);
    a municipality's district or a province's directly administered county has none."""
    out: dict[str, set[str]] = {}
    for county, city, _province in _county_rows():
        short = short_name(county)
        for key in {county, place_stem(county)} | ({short} if short else set()):
            if len(key) >= 2:
                out.setdefault(key, set()).update(city_stems(city) if city else {""})
    return {k: frozenset(v) for k, v in out.items()}


# A banner of a 左翼 / 右翼 as pages write it: its first character, 左 or 右, and its rank (科尔沁左翼后旗 → 科左后旗,
# 察哈尔右翼前旗 → 察右前旗).
_WING_BANNER = re.compile(r"(.)[\u4e00-\u9fff]*?([左右])翼([前中后])旗")


@lru_cache(maxsize=1)
def city_counties() -> dict[str, tuple[frozenset[str], ...]]:
    """The county-level divisions of kg/data/counties.tsv that lie in each prefecture-level city, by the city's stem,
    each as the names pages write it by: its full name, an autonomous county's short name (short_name) and a wing
    banner's (科左后旗) — never a bare stem (库伦 may stand inside another word), nor a name a county of another city
    bears too (龙华区 lies in 深圳 and in 海口: it is neither's here). 通辽 → (科尔沁区), (开鲁县), (库伦旗),
    (科尔沁左翼后旗, 科左后旗) …"""
    cities = county_cities()
    out: dict[str, list[frozenset[str]]] = {}
    for county, city, _province in _county_rows():
        if not city:
            continue
        wing = _WING_BANNER.fullmatch(county)
        names = {county, short_name(county) or county} | ({"".join(wing.groups()) + "旗"} if wing else set())
        names = frozenset(n for n in names if len(n) >= 3 and ADMIN_SUFFIX.search(n)
                          and cities.get(n, city_stems(city)) == city_stems(city))
        if names:
            for stem in city_stems(city):
                out.setdefault(stem, []).append(names)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def province_cities() -> dict[str, frozenset[str]]:
    """The stems of the prefecture-level cities of each province of kg/data/counties.tsv, by its name and its stem
    (安徽省, 安徽 → 合肥, 芜湖, 马鞍山, 铜陵 …); a municipality (北京市, 上海市) has none: its districts are no cities."""
    out: dict[str, set[str]] = {}
    for _county, city, province in _county_rows():
        if not province or not city or province in MUNICIPALITIES or len(place_stem(city)) < 2:
            continue
        for key in {province, place_stem(province)}:
            if len(key) >= 2:
                out.setdefault(key, set()).update(city_stems(city))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def city_provinces() -> dict[str, frozenset[str]]:
    """The provinces, by name and stem, each prefecture-level city's stem lies in: province_cities turned round
    (芜湖 → 安徽省, 安徽)."""
    out: dict[str, set[str]] = {}
    for province, cities in province_cities().items():
        for c in cities:
            out.setdefault(c, set()).add(province)
    return {c: frozenset(v) for c, v in out.items()}


@lru_cache(maxsize=1)
def division_levels() -> dict[str, int]:
    """The administrative level of each name of kg/data/counties.tsv, bare (福州 of 福州市) and as written: a
    province 0 (山东省, 北京市), a prefecture-level city 1 (荆州市), a county-level division 2 (监利市, 二七区,
    寿县). A name of two levels (吉林省, 吉林市) takes the coarser."""
    out: dict[str, int] = {}

    def add(name: str, level: int) -> None:
        for key in {name, place_stem(name)}:
            if len(key) >= 2:
                out[key] = min(level, out.get(key, level))

    for county, city, province in _county_rows():
        add(county, 2)
        if short_name(county):
            add(short_name(county), 2)
        if city:
            add(city, 1)
            place = _prefecture_place(city)
            if place and place != place_stem(city):  # (an autonomous prefecture's short name: 恩施州)
                add(place + "州", 1)
        if province:
            add(province, 0)
    return out


def renamed_county(name: str) -> bool:
    """A county printed by the name it had before it became a district or a city (静海县, now 静海区: "同时,静海县将进一步提升城乡
    人居环境", fresh56 tianjin_jinghai-xian-2014-shi-xiang-minxin-gongcheng-house-china.txt:11): its stem names a county-level
    division of the national list under another suffix, and no division of another level."""
    if len(name) < 3 or not name.endswith("县") or name in division_levels():
        return False
    stem = name[:-1]
    return division_levels().get(stem) == 2 and any(stem + x in division_levels() for x in "区市")


@lru_cache(maxsize=1)
def _county_level_cities() -> frozenset[str]:
    """The county-level cities (县级市) of kg/data/counties.tsv, as written and bare (如皋市, 如皋, 芒市, 津市市, 津市),
    less any name some prefecture or province also bears (division_levels takes the coarser: 楚雄 of 楚雄州 beside the
    county-level 楚雄市; 东莞市 and 中山市, prefecture-level cities with no counties, listed as their own divisions)."""
    names = {key for county, _city, _province in _county_rows() if county.endswith("市")
             for key in (county, place_stem(county)) if len(key) >= 2}
    return frozenset(name for name in names if division_levels().get(name) == 2)


def county_level_city(place: str) -> bool:
    """Whether a place is a county-level city (县级市) of the national list, printed with its 市 or bare (如皋市, 如皋,
    萊西 read simplified as 莱西): its own designations rank with a county's, 县级, not with its prefecture's (the lead's
    ruling, stop 37, beside stop 36's for prefectures: a level derived from a place takes the place's own tier). A
    prefecture printed with the same stem is none (楚雄, 楚雄州; 楚雄市 is the county-level city)."""
    return place in _county_level_cities()


def county_city_tail(place: str) -> str | None:
    """The county-level city a place name written with 市 ends in, the whole name or after the places that hold it
    (如皋市, 南通如皋市, 红河州个旧市 → 个旧市), else None. Only names as written count at the end (天津市 ends in no
    county-level city, though 津市 is the bare name of 津市市)."""
    if not place.endswith("市"):
        return None
    return next((place[i:] for i in range(len(place) - 1) if place[i:] in _written_county_cities()), None)


@lru_cache(maxsize=1)
def _written_county_cities() -> frozenset[str]:
    """The county-level cities of the list as written, with their 市 (如皋市, 芒市, 津市市)."""
    return frozenset(county for county, _city, _province in _county_rows() if county_level_city(county))


@lru_cache(maxsize=1)
def _ranks() -> dict[str, str]:
    """The rank each name of the national list, bare and as written, names its own designations by (place_rank)."""
    order = {"省": 0, "市": 1, "区": 2, "县": 2}
    out: dict[str, str] = {}

    def add(name: str, rank: str) -> None:
        for key in {name, place_stem(name)}:
            # (a county-level city ranks with a county, as written or bare: 溧阳市, 溧阳 → 县, the lead's ruling, stop
            # 37; a name some prefecture also bears keeps the prefecture's rank: 楚雄, 东莞)
            rank_here = "县" if rank == "市" and key in _county_level_cities() else rank
            if len(key) >= 2 and order[rank_here] <= order[out.get(key, rank_here)]:
                out[key] = rank_here

    for county, city, province in _county_rows():
        # (a county-level division's own rank is its suffix, as place names print it: 区 of 二七区, 县 of 寿县 and of
        # a 旗; a county-level city, 溧阳市, ranks with a county: 县, the lead's ruling, stop 37)
        add(county, county[-1] if county[-1] in "区县市" else "县")
        if city:
            add(city, "市")
        if province:
            add(province, "市" if province in MUNICIPALITIES else "省")
            # (an autonomous region printed short, less its peoples: 广西 of 广西壮族自治区, 新疆 of 新疆维吾尔自治区,
            # 内蒙古: "入选第二批广西龙头企业培育库")
            if province.endswith("自治区"):
                add(re.match(r"^([\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{1,3}族|维吾尔)?$", province[:-3])[1], "省")
    return out


def place_rank(place: str) -> str | None:
    """The level a place's own designations are named at, by the national list, for a name printed bare or as
    written: 省 for a province (江苏, 广西), 市 for a prefecture-level city (常州, 荆州) and for a municipality (上海,
    北京: a 直辖市 names its own lists 市级, as its documents print them), else a county-level division's suffix (区 of
    临淄, 县 of 师宗, 市 of 溧阳); None for a name the list does not know. A name of two ranks (吉林省, 吉林市) takes
    the coarser."""
    return _ranks().get(place)
