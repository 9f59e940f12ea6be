"""More enterprise list shapes (issue #16, entrep147): candidate lists, ranked rows, honour lists by count, single
holders of an award or grade, and the names a brand list or an example glues before a company.

Each shape is a row of SHAPES (a list_shapes.Shape) with the real line it was written for; list_shapes.shaped_holders
reads them after its own, so that a holder another reader named is never read again:

- `proposed_as`: `拟推荐A为<award>候选企业,B、C为<award>提名奖候选企业` — candidates of a 公示 (proposed), at the level of the
  award's head (区长 → 区级, 市政府 → 市级);
- `entered_initial_list`: `发布<award>初选企业名单公告,A、B、C、D入列` — a first selection (proposed) at the award's level;
- `ranked_rows`: `N家“X”分别为:` ⏎ `序号 企业名称` ⏎ `rank name` rows (the rank is the list's, so not 1, 2, 3 …): as many rows
  as counted, at the level of the organ that published the list (省工商联 → 省级);
- `honoured_groups`: `A、B和C等50家私营企业,D…等100家个体工商户在通报榜上有名` after `市委、市政府发布的表彰通报` — the groups
  counted as enterprises, at the organ's level (a group of 个体工商户 holds nothing);
- `held_elsewhere`: `已获得福建省政府质量奖的X同时享受…待遇` — X holds the award it already has, at that award's level;
- `earlier_holders`: `自…以来,…共有A和B两家企业获得此荣誉` — the earlier holders of the award the line names before;
- `grade_won`: `其中,X凭借…最终摘得A级` — one holder of a grade as printed (a supermarket or 购物广场 is a market entity);
- `counted_awarded`: `X等80家企业被授予2022年“10大名品”…称号` — the first holder of a counted honour list, at the level of
  the place the page prints before its quoted titles (`云南省“10大名品”` → 省级);
- `brands_on_list`: `在…“10大名花”榜单中,A的“brand”牌product、B的…` (and `除A…、B的…和C的“brand”牌…外`) — the companies a
  sentence about a list names with their brands, at that same level;
- `kept_on_review`: `X等973家企业监测合格,保留省级重点龙头企业资格` — the first of those kept, at the kept title's level;
- `named_one_a_line` (entrep154): `新增6家全国文明单位分别是——` ⏎ `X;` ⏎ `Y;` ⏎ … `Z。` — the market entities among the
  items one a line (organs, hospitals and villages among them hold nothing), at the level of the counted title;
- `passed_review`: `A、B两家单位也顺利通过了全国文明单位复查` — holders kept, as many as counted, at the title's level;
- `added_are`: `2011年度新增省级文明单位有A、B、C等11家省管企业` — the named holders of the added set, at its level;
- `news_reached`: `一条喜讯传到X:…公布了…名单,<X's short name>名列其中` — X, at the level of the list published;
- `honour_went_to`: `颁发了…“<award>”,我市的X获得这一殊荣` — X, at the award's level;
- `marked_grade`: `而A、B和C3家公司排名垫底,被评为“很差”,贴上了“黑标”` — each holder of the colour mark as printed;
- `plaque_awarded`: `宝安区工商联授予X“诚信商家”牌匾` — X as printed (a short name too: the plaque is a business's), at the
  level of the organ's place.
- `granted_among` (round206): `推荐2家企业申报<designation>,其中X获认定` — the recommended that won it, final, at its level.
- `top_taxpayers` (round184): `对去年全区纳税前3名的企业——A、B` — a place's top taxpayers it rewards, at the place's level (fewer
  than counted only where the list runs unclosed to the line's end, an excerpt cut there).

`company_of` cuts what a brand list glues before a company (`“庆沣祥”牌正山古树普洱茶(生茶)昆明七彩云南庆沣祥茶业股份有限
公司` → `昆明七彩云南庆沣祥茶业股份有限公司`), and `unexampled` the word that offers a name as an example (`如通海锦海…`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.counted_lists import count_value
from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_lists import object_class
from kg.extract.list_shapes import _WITHDRAWN, Context, Shape, _names, clean_holder

_LEVELS = {"国家": "国家级", "自治区": "自治区级", "省": "省级", "市": "市级", "县": "县级", "区": "区级"}

# an award headed by a government or its head: "区长质量管理奖", "市政府质量奖", "自治区人民政府质量奖", "福建省政府质量奖"
_AWARD_HEAD = re.compile(r"(?P<l>国家|自治区|省|市|县|区)(?:长|人民政府|政府)[\u4e00-\u9fff]{0,6}?奖")


def award_level(text: str) -> str | None:
    """The level of the one government-headed award a text names ('第二届大渡口区区长质量管理奖' → '区级'), else none."""
    levels = {_LEVELS[m["l"]] for m in _AWARD_HEAD.finditer(text)}
    return levels.pop() if len(levels) == 1 else None


# ---- names ---------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Every place name of the national list (provinces, cities, counties; full and stem, two characters and longer),
    and for each the places it lies in or holds (itself included)."""
    from kg.places import city_provinces, county_cities, division_levels, place_stem, province_cities

    related: dict[str, set[str]] = {}
    for county, cities in county_cities().items():
        for c in cities:
            if c:
                for p in {county, c} | set(city_provinces().get(c, ())):
                    related.setdefault(county, set()).add(p)
                    related.setdefault(p, set()).add(county)
    for province, cities in province_cities().items():
        for c in cities:
            related.setdefault(province, set()).add(c)
            related.setdefault(c, set()).add(province)
    names = {n for n in division_levels() if len(n) >= 2} | {place_stem(n) for n in division_levels()} | set(related)
    names = {n for n in names if len(n) >= 2}
    return frozenset(names), {k: frozenset(v | {k}) for k, v in related.items()}


def _place_at(text: str, i: int) -> str | None:
    """The longest place name starting at text[i], else none."""
    names, _ = _places()
    return next((text[i : i + n] for n in range(8, 1, -1) if text[i : i + n] in names), None)


def _wide_place_at(text: str, i: int) -> str | None:
    """The longest province, city (stem or full) or county (full name only: a county's stem, 贡山 of 高黎贡山, stands
    inside many trade names) starting at text[i], else none."""
    from kg.places import city_provinces, county_names

    for n in range(8, 1, -1):
        p = text[i : i + n]
        if p in city_provinces() or p in _province_names() or p in county_names():
            return p
    return None


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    from kg.places import province_cities
    return frozenset(province_cities())


def _starts_company(text: str, i: int) -> bool:
    """Whether a company's name begins at text[i]: a place, a rest of Chinese characters alone (a product's "(生茶)" or
    "-博君熟茶" is no part of it), and every province, city or county the rest names after it lies in it or holds it
    (`普洱茶腾冲市高黎贡山…`: 腾冲市 is no part of 普洱, so the company begins at 腾冲市)."""
    first = _place_at(text, i)
    if not first or not is_enterprise(text[i:]) or not re.fullmatch(r"[\u4e00-\u9fff]+", text[i:]):
        return False
    near = _places()[1].get(first, frozenset({first}))
    j = i + len(first)
    while j < len(text):
        if (p := _wide_place_at(text, j)) and p not in near:
            return False
        j += len(p) if p else 1
    return True


_BRAND_BEFORE = re.compile(r"^[“\"][^”\"]{1,10}[”\"]牌")


def company_of(name: str, brand_before: bool = False) -> str:
    """The company of a name a brand list glued its brand and product before (`“勐库”牌普洱茶-博君熟茶云南双江勐库茶叶有限
    责任公司` → `云南双江勐库茶叶有限责任公司`), or of a name whose row printed the brand before it (brand_before:
    `“岩冷”牌0081` ⏎ `大饼普洱澜沧古茶股份有限公司` → `普洱澜沧古茶股份有限公司`): it begins at the first place whose
    rest is the company's (_starts_company); a name that opens with a place, or holds none, is kept."""
    m = _BRAND_BEFORE.match(name)
    if not m and not brand_before:
        return name
    rest = name[m.end() :] if m else name
    if not m and _place_at(rest, 0):
        return name
    return next((rest[i:] for i in range(len(rest) - 3) if _starts_company(rest, i)), name)


_EXAMPLE_WORD = re.compile(r"^(?:其中)?(?:例如|比如|譬如|如)")


def unexampled(name: str) -> str:
    """A name less the word that offers it as an example (`如通海锦海农业科技发展有限公司`), where the rest opens with a
    place and the whole does not (如皋 is a place)."""
    m = _EXAMPLE_WORD.match(name)
    if m and _place_at(name, m.end()) and not _place_at(name, 0) and is_enterprise(name[m.end() :]):
        return name[m.end() :]
    return name


# ---- readers -------------------------------------------------------------------------------------------------------

Holder = tuple[str, str, "str | None", bool]

_PROPOSED_AS = re.compile(r"拟推荐(?P<first>[^，,。；;]+?)为(?P<d>[^，,。；;]{2,40}?候选(?:企业|单位))(?P<more>(?:[，,][^，,。；;]+?为"
                          r"[^，,。；;]{2,40}?候选(?:企业|单位))*)")
_MORE_AS = re.compile(r"[，,](?P<names>[^，,。；;]+?)为(?P<d>[^，,。；;]{2,40}?候选(?:企业|单位))")


def proposed_as(text: str, ctx: Context) -> list[Holder]:
    """"拟推荐A为第二届大渡口区区长质量管理奖候选企业,B、C为…提名奖候选企业": candidates (proposed) at their award's level."""
    out = []
    for m in _PROPOSED_AS.finditer(text):
        groups = [(m["first"], m["d"])] + [(x["names"], x["d"]) for x in _MORE_AS.finditer(m["more"])]
        for names, d in groups:
            if level := award_level(d):
                out += [(n, level, d, True) for n in _names(names)]
    return out


_INITIAL_LIST = re.compile(r"(?:发布|公布)了?(?P<d>[^，,。；;]{2,40}?)(?P<stage>初选|候选|入围|拟[\u4e00-\u9fff]{1,4})(?:企业|单位)?"
                           r"名单(?:公告|公示)?[，,](?P<names>[^，,。；;]+?)(?:入列|入围|入选|上榜)")


def entered_initial_list(text: str, ctx: Context) -> list[Holder]:
    """"发布第三届自治区人民政府质量奖初选企业名单公告,A、B、C、D入列": a first selection (proposed), at the award's level."""
    out = []
    for m in _INITIAL_LIST.finditer(text):
        if level := award_level(m["d"]):
            out += [(n, level, m["d"], True) for n in _names(m["names"])]
    return out


# "我市7家“辽宁百强民企”分别为:序号企业名称15锦州万得…39锦州锦恒…" (the page compacted): a count, its rows after a header
_RANKED = re.compile(r"(?P<n>\d{1,3})家[“\"](?P<d>[^”\"]{2,20})[”\"](?:分别)?(?:为|是|有)[:：]序号(?:企业|单位)?名称(?P<rows>.+)")
_RANK_ROW = re.compile(r"(?P<rank>\d{1,3})(?P<name>[\u4e00-\u9fff()（）]{2,38}(?:有限责任公司|股份有限公司|有限公司|集团|公司))")
# the organ publishing a ranking: "省工商联发布了2019辽宁民营企业百强榜单"
_RANKING_ORGAN = re.compile(r"(?P<l>国家|自治区|省|市|县|区)(?:工商联|企业联合会|企业家协会|[\u4e00-\u9fff]{1,6}?(?:委|厅|局|部|办))"
                            r"[^。；;]{0,6}?(?:发布|公布)了?[^。；;]{2,30}?(?:榜单|排行榜|名单)")


@lru_cache(maxsize=64)
def _ranked_rows(page: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """The names of the ranked rows a page prints after its count and header (as many as counted, ranks rising), the
    list's quoted title and the publishing organ's level."""
    m = _RANKED.search(page)
    organ = _RANKING_ORGAN.search(page)
    if not m or not organ:
        return (), None, None
    rows, pos, last = [], 0, 0
    while len(rows) < int(m["n"]) and (r := _RANK_ROW.match(m["rows"], pos)):
        if int(r["rank"]) <= last or not is_enterprise(r["name"]):
            break
        rows.append(r["name"])
        pos, last = r.end(), int(r["rank"])
    if len(rows) != int(m["n"]):
        return (), None, None
    return tuple(rows), m["d"], _LEVELS[organ["l"]]


def ranked_rows(text: str, ctx: Context) -> list[Holder]:
    """"15 锦州万得汽车集团有限公司" under "我市7家“辽宁百强民企”分别为:" ⏎ "序号 企业名称": the row's holder, at the level of the
    organ that published the ranking, where the page prints exactly as many ranked rows as it counts."""
    names, d, level = _ranked_rows(ctx.page)
    row = re.fullmatch(r"\d{1,3}(?P<name>.+)", text)
    if not names or not row or row["name"] not in names:
        return []
    return [(row["name"], level, d, False)]


_HONOUR_ORGAN = re.compile(r"(?P<l>自治区|省|市|县|区)(?:委|人民政府|政府)[^。；;]{0,12}?表彰(?:通报|决定)")
_HONOURED = re.compile(r"(?P<names>[^，,。；;]+?)等\s*(?P<n>\d+)家(?P<what>[^，,。；;\d]{0,8}?)(?=[，,]|在)")
_LISTED = re.compile(r"(?:在[^，,。；;]{0,8}?榜上有名|受到表彰|获得表彰)[。；;]?$")


def honoured_groups(text: str, ctx: Context) -> list[Holder]:
    """"A、B、C和D等50家私营企业,E…等100家个体工商户在通报榜上有名" on a page naming a government's 表彰通报: the groups counted
    as enterprises (企业, 公司), at that government's level; individual businesses (个体工商户) hold nothing."""
    organ = _HONOUR_ORGAN.search(ctx.page)
    if not organ:
        return []
    out = []
    for sentence in re.split(r"(?<=[。；;])", text):
        if not _LISTED.search(sentence):
            continue
        for m in _HONOURED.finditer(sentence):
            if re.search(r"企业|公司", m["what"]):
                names = _names(re.sub(r"^.*。", "", m["names"]))
                out += [(n, _LEVELS[organ["l"]], m["what"], False) for n in names]
    return out


_HELD_ELSEWHERE = re.compile(r"已获得?(?P<d>[^，,。；;的]{2,30}?奖)的(?P<name>[^，,。；;]{4,40}?)同时享受")


def held_elsewhere(text: str, ctx: Context) -> list[Holder]:
    """"已获得福建省政府质量奖的三棵树涂料股份有限公司同时享受莆田市政府质量奖获奖企业待遇": the holder of the award it has,
    at that award's level (the treatment it shares is no award)."""
    return [(clean_holder(m["name"]), lv, m["d"], False) for m in _HELD_ELSEWHERE.finditer(text)
            if is_enterprise(clean_holder(m["name"])) and (lv := award_level(m["d"]))]


_EARLIER = re.compile(r"共有(?P<names>[^，,。；;]{8,200}?)(?P<n>\d+|[两二三四五六七八九十])家企业获得(?:此|该|这一)(?:荣誉|奖项|殊荣|称号)")


def earlier_holders(text: str, ctx: Context) -> list[Holder]:
    """"湖州市政府质量奖是…最高质量荣誉…自2010开展首届市政府质量奖以来,长兴县共有A和B两家企业获得此荣誉": as many holders as
    counted, at the level of the one award the line names before them."""
    out = []
    for m in _EARLIER.finditer(text):
        level = award_level(text[: m.start()])
        names = _names(m["names"])
        if level and len(names) == count_value(m["n"]):
            out += [(n, level, None, False) for n in names]
    return out


_GRADE_WON = re.compile(r"其中[，,](?P<name>[^，,。；;]{4,40}?)(?:凭借|凭|以|因)[^。；;]{0,40}?(?:最终|最後)?(?:摘得|获评|获得|评为|被评为)"
                        r"(?P<g>A{1,3}|[B-D])级")
_MARKET_ENTITY = re.compile(r"(?:超市|购物广场|商场|商厦|百货)$")


def grade_won(text: str, ctx: Context) -> list[Holder]:
    """"其中,三亚崖城新佳美购物广场凭借销售额纳入国家统计获加分,最终摘得A级": one holder of a grade, as printed."""
    return [(m["name"], m["g"] + "级", None, False) for m in _GRADE_WON.finditer(text)
            if is_enterprise(m["name"]) or _MARKET_ENTITY.search(m["name"])]


_COUNTED_AWARDED = re.compile(r"(?:^|(?<=[。；;，,]))(?P<name>[^，,。；;、]{4,40}?)等\d+家企业被授予(?P<d>[^。；;]{0,12}?[“\"](?P<q>[^”\"]{2,16})"
                              r"[”\"][^。；;]{0,40}?)称号")


def titled_place_level(page: str) -> str | None:
    """The one level of the places a page prints before a quoted title ("云南省“10大名品”", "云南“10大名品”": a province,
    省级; a city, 市级), else none."""
    from kg.places import city_provinces, province_cities

    levels = set()
    for m in re.finditer(r"(?P<p>[\u4e00-\u9fff]{2,8})[“\"]", page):
        for i in range(len(m["p"]) - 1):  # (the place ends the run: "2020年云南", "会议揭晓了云南省")
            place = m["p"][i:]
            if place in province_cities():
                levels.add("自治区级" if place.endswith("自治区") else "省级")
                break
            if place in city_provinces() or place.endswith("市") and place[:-1] in city_provinces():
                levels.add("市级")
                break
    return levels.pop() if len(levels) == 1 else None


def counted_awarded(text: str, ctx: Context) -> list[Holder]:
    """"云南芸岭鲜生农业发展有限公司等80家企业被授予2022年“10大名品”和…称号": the first holder, at the level of the place the
    page prints before its quoted titles ("云南省“10大名品”")."""
    out = []
    for m in _COUNTED_AWARDED.finditer(text):
        if is_enterprise(name := clean_holder(m["name"])) and (level := titled_place_level(ctx.page)):
            out.append((name, level, m["d"], False))
    return out


_ON_LIST = re.compile(r"在[^，,。；;]{2,40}?榜单中")
_BRANDED = re.compile(r"(?:^|(?<=[、，,和除如]))(?P<name>[^、，,和除如“”\"]{4,40}?)的?[“\"][^”\"]{1,10}[”\"]牌")


def brands_on_list(text: str, ctx: Context) -> list[Holder]:
    """"在2020年云南“10大名品”的“10大名花”榜单中,A的“虹华园艺”牌菊花种苗、B的“云秀”牌月季鲜切花…获…第一、二、三名": the
    companies a sentence about a list names with their brands, at the level of the place the page prints before its
    quoted titles."""
    out = []
    for sentence in re.split(r"(?<=。)", text):
        if not _ON_LIST.search(sentence) or _WITHDRAWN.search(sentence):
            continue
        level = titled_place_level(ctx.page)
        names = [clean_holder(m["name"]) for m in _BRANDED.finditer(sentence)]
        out += [(n, level, None, False) for n in names if level and is_enterprise(n)]
    return out


_KEPT = re.compile(r"(?:^|(?<=[，,。；;]))(?:经[^，,。；;]{2,30}?[，,])?(?P<name>[^，,。；;、]{4,40}?)等\d+家企业(?:监测|复核|复评|复查|复审)合格[，,]"
                   r"保留(?P<d>[^，,。；;]{2,30}?)资格")


def kept_on_review(text: str, ctx: Context) -> list[Holder]:
    """"经专家评审及联席会议审定,福州福民茶叶有限公司等973家企业监测合格,保留省级重点龙头企业资格": the first holder of those
    kept, at the level the kept title prints (the clause that takes the title from others, 取消…资格, names none)."""
    out = []
    for clause in re.split(r"[；;]", text):
        for m in _KEPT.finditer(clause):
            name = clean_holder(m["name"])
            level = re.match(r"(国家|自治区|省|市|县|区)级", m["d"])
            if level and is_enterprise(name):
                out.append((name, _LEVELS[level[1]], m["d"], False))
    return out


# ---- entrep154: designations held by firms among other units (文明单位), grades and plaques ------------------------

# "新增6家全国文明单位分别是——" ⏎ "戚研所公司;" ⏎ … ⏎ "戚机公司。" (中国江苏网's 常州 news, 2015): a count of a titled set, a
# dash, then its items one a line, each closed by ; and the last by 。 — the page (compacted) holds them after the dash
_NAMED_BELOW_DASH = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})[家个户](?P<d>[^，,。；;：:—]{2,20}?)(?:分别)?(?:是|为)"
                               r"[—－-]{1,2}(?P<items>[^。]{4,1200}?)。")


@lru_cache(maxsize=64)
def _named_below_dash(page: str) -> dict[str, tuple[str, str]]:
    """Each enterprise item of a page's counted sets announced by a dash (_NAMED_BELOW_DASH): its level and title."""
    out = {}
    for m in _NAMED_BELOW_DASH.finditer(page):
        if not (level := object_class(m["d"])) or level not in _LEVELS.values():
            continue  # (a set of villages or towns, "这3个村镇分别是——", names no title of a level)
        for item in re.split(r"[；;]", m["items"]):
            if is_enterprise(item) and not re.search(r"[、，,：:]", item):  # (one name an item, never a run of them)
                out.setdefault(item, (level, m["d"]))
    return out


def named_one_a_line(text: str, ctx: Context) -> list[Holder]:
    """"戚研所公司;" under "新增6家全国文明单位分别是——": an item of the counted set, at the level of its title; the organs,
    hospitals and villages among the items are no enterprises (常州国税局, 常州市第一人民医院, 常州市西新桥三村)."""
    item = text.rstrip("；;。")
    got = _named_below_dash(ctx.page).get(item)
    return [(item, got[0], got[1], False)] if got else []


_PASSED_REVIEW = re.compile(r"(?:^|(?<=[，,。；;：:]))(?:其中|此外|另外|同时|与此同时|而|并)?(?P<names>[^，,。；;：:]{4,300}?)(?P<n>\d+|[两二三四五六七八九十])家(?:单位|企业|公司)?(?:也|均|都)?"
                            r"(?:顺利)?通过了?(?P<d>[^，,。；;]{2,30}?)的?复(?:查|审|核|评)")


def passed_review(text: str, ctx: Context) -> list[Holder]:
    """"市海峡汽车轮渡有限责任公司、中国银行普陀山支行两家单位也顺利通过了全国文明单位复查": holders kept, as many as counted,
    at the level of the title reviewed."""
    out = []
    for m in _PASSED_REVIEW.finditer(text):
        names = _names(m["names"])
        if names and len(names) == count_value(m["n"]) and (level := object_class(m["d"])) in _LEVELS.values():
            out += [(n, level, m["d"], False) for n in names]
    return out


_ADDED_ARE = re.compile(r"新增(?P<d>[^，,。；;]{2,20}?)(?:有|为|是)(?P<names>[^，,。；;]{4,300}?)等(?P<n>\d+)[家户个]"
                        r"(?P<kind>[^，,。；;]{0,6}?(?:企业|公司|单位))?"
                        # (and a member told by its rank in the set, by its short name: ",山重建机名列第六位")
                        r"(?:[，,](?P<ranked>[\u4e00-\u9fff]{2,8}?)(?:名列|位列|排在?)第[一二三四五六七八九十\d]{1,3}[位名])?")


def added_are(text: str, ctx: Context) -> list[Holder]:
    """"2011年度新增省级文明单位有莱芜钢铁集团、山东高速轨道交通集团有限公司、山东航空集团有限公司等11家省管企业,山重建机
    名列第六位": the named holders of the added set, at its level, and the one ranked in it after the count (a short name
    vouched for as one of the counted enterprises)."""
    out = []
    for m in _ADDED_ARE.finditer(text):
        if (level := object_class(m["d"])) not in _LEVELS.values() or _WITHDRAWN.search(m[0]):
            continue
        names = _names(m["names"])
        ranked = [m["ranked"]] if names and m["kind"] and m["ranked"] and m["ranked"] not in names else []
        out += [(n, level, m["d"], False) for n in names + ranked]
    return out


_NEWS_REACHED = re.compile(r"喜讯传到(?P<name>[^：:，,。；;]{4,40}?)[：:](?P<list>[^。]{2,120}?名单)[，,](?P<short>[^，,。；;]{2,12}?)"
                           r"(?:名列其中|榜上有名|位列其中)")


def news_reached(text: str, ctx: Context) -> list[Holder]:
    """"一条喜讯传到广西中烟工业有限责任公司:…公布了…文明单位名单,广西中烟名列其中": the company the news reached, named
    again on the list by its short name, at the list's level."""
    return [(m["name"], level, None, False) for m in _NEWS_REACHED.finditer(text)
            if is_enterprise(m["name"]) and m["name"].startswith(m["short"][:4])
            and (level := object_class(m["list"])) in _LEVELS.values()]


_HONOUR_WENT_TO = re.compile(r"颁发了?[^。；;“\"]{0,40}?[“\"](?P<d>[^”\"]{2,30})[”\"][，,](?:我|本)(?:市|省|区|县)的?"
                             r"(?P<name>[^，,。；;]{4,40}?)获得(?:这一|此|该)(?:殊荣|荣誉|奖项|称号)")


def honour_went_to(text: str, ctx: Context) -> list[Holder]:
    """"第四届全国企业文化年会日前颁发了…“2005年度全国企业文化优秀奖”,我市的青岛公交集团有限责任公司获得这一殊荣": the
    holder of the award, at its level."""
    return [(m["name"], level, m["d"], False) for m in _HONOUR_WENT_TO.finditer(text)
            if is_enterprise(m["name"]) and (level := object_class(m["d"])) in _LEVELS.values()]


_MARKED_GRADE = re.compile(r"(?:^|(?<=[，,。；;]))(?:而|但|其中)?(?P<names>[^，,。；;]{4,300}?)(?P<n>\d+|[两二三四五六七八九十])家"
                           r"(?:公司|企业|单位)[^。；;]{0,30}?贴上了?[“\"](?P<g>[红黄蓝绿黑]标)[”\"]")


def marked_grade(text: str, ctx: Context) -> list[Holder]:
    """"而美克国际家私(天津)制造有限公司、天津彼恩特通信有限公司和天津富士达电动车有限公司3家公司排名垫底,被评为“很差”,贴上
    了“黑标”" (天津开发区's 环境诚信评价): each holder of the colour mark, as printed, as many as counted."""
    out = []
    for m in _MARKED_GRADE.finditer(text):
        names = _names(m["names"])
        if names and len(names) == count_value(m["n"]):
            out += [(n, m["g"], None, False) for n in names]
    return out


# an organ of businesses that hands a plaque: "宝安区工商联授予华讯方舟“诚信商家”牌匾" (a district's, 深圳)
_PLAQUE_AWARDED = re.compile(r"(?P<organ>[\u4e00-\u9fff]{2,10}?[省市区县])(?:工商联|工商业联合会|市场监管局|市场监督管理局|商务局)"
                             r"授予(?P<name>[^“”\"，,。；;、]{2,30}?)[“\"](?P<d>[^”\"]{2,20})[”\"]牌匾")


def plaque_awarded(text: str, ctx: Context) -> list[Holder]:
    """"宝安区工商联授予华讯方舟“诚信商家”牌匾": the business handed the plaque, by the name printed (a short one too: a
    plaque of a business title goes to a business), at the level of the organ's place."""
    return [(m["name"], level, m["d"], False) for m in _PLAQUE_AWARDED.finditer(text)
            if (level := object_class(m["organ"])) in _LEVELS.values()]


# a place's top taxpayers it rewards, counted by their rank, the names after a dash or a colon: "小店区委、区政府拿出了130万元重奖
# 了去年重点纳税企业,…对去年全区纳税前3名的企业——煤炭科学研究总院太原分院、中国东方航空股份有限公司" (山西新闻网 2005) — at the
# place's level (全区 → 区级); a list the excerpt cut at the line's end names fewer than it counts, never more
_TOP_TAXPAYERS = re.compile(r"全(?P<p>区|县|市|省)(?:[\u4e00-\u9fff]{0,4}?)纳税(?:额)?(?:排名)?前(?P<n>\d{1,2}|[一二三四五六七八九十])(?:名|位)的?"
                            r"(?:企业|单位|纳税人)?(?:——|—|:|：|分别是|分别为)(?P<names>[^。；;：:——]+)(?P<end>[。；;]?)")
_TAXPAYER_ITEM = re.compile(r"^[\u4e00-\u9fff()（）]{4,40}$")


def top_taxpayers(text: str, ctx: Context) -> list[Holder]:
    """"对去年全区纳税前3名的企业——A、B(、C)": a place's top taxpayers it rewards, each item a name (an institute the
    page counts among its 企业 too), at the place's level; as many as counted, or fewer where the list runs to the line's
    end unclosed (an excerpt cut there)."""
    out = []
    for m in _TOP_TAXPAYERS.finditer(text):
        items = [i for i in re.split(r"、|以及|(?<=[司院厂社])[和及]", m["names"]) if i]
        n, cut = count_value(m["n"]), not m["end"] and m.end() == len(text)
        if not items or not all(_TAXPAYER_ITEM.match(i) for i in items) or not (len(items) == n or cut and 2 <= len(items) < n):
            continue
        out += [(i, _LEVELS[m["p"]], f"纳税前{m['n']}名", False) for i in items]
    return out


# the ones of a counted set recommended for a designation that won it, named in a 其中 clause: "推荐2家企业申报工信部第二批专精特新
# “小巨人”企业,其中上海古鳌电子科技股份有限公司获认定" (fresh63 shanghai_putuo-qu-difangzhi-2020-zhuanjingtexin-zhongxiao-qiye-
# peiyu.txt:5, a district yearbook's entry) — final, at the designation's level (工信部's title → 国家级); no more names than
# recommended, each a whole name (a set still under review, "其中X进入公示", holds nothing)
_GRANTED_AMONG = re.compile(r"推荐(?P<n>\d+|[两二三四五六七八九十])[家户个](?:企业|单位|公司)?申报(?P<d>[^，,。；;]{2,40}?)[，,]其中[，,]?"
                            r"(?P<names>[^，,。；;]{4,300}?)(?:成功|顺利)?(?:获得?|通过)认定(?=[，,。；;]|$)")


def granted_among(text: str, ctx: Context) -> list[Holder]:
    """"推荐2家企业申报工信部第二批专精特新“小巨人”企业,其中上海古鳌电子科技股份有限公司获认定": the recommended that won the
    designation, final, at its level; no more than the count recommended."""
    out = []
    for m in _GRANTED_AMONG.finditer(text):
        names = _names(m["names"])
        if names and len(names) <= count_value(m["n"]) and (level := object_class(m["d"])) in _LEVELS.values():
            out += [(n, level, m["d"], False) for n in names]
    return out


SHAPES: tuple[Shape, ...] = (
    # 重庆大渡口网's repost of the district's 公示 (entrep143)
    Shape("proposed_as", proposed_as,
          "经评审组合议、一致同意,拟推荐重庆钢铁研究所有限公司为第二届大渡口区区长质量管理奖候选企业,重庆渝能滤油机制造有限公司、"
          "重庆数码模车身模具有限公司为第二届大渡口区区长质量管理奖提名奖候选企业。",
          ("重庆钢铁研究所有限公司", "重庆渝能滤油机制造有限公司", "重庆数码模车身模具有限公司"), "区级"),
    # 新疆's news of the region's 初选 公告 (entrep143)
    Shape("entered_initial_list", entered_initial_list,
          "7月24日,新疆维吾尔自治区质量强区工作领导小组办公室发布第三届自治区人民政府质量奖初选企业名单公告,新疆泰昆集团股份有限"
          "公司、中信国安葡萄酒业股份有限公司、特变电工股份有限公司新疆变压器厂、新疆金风科技股份有限公司入列。",
          ("新疆泰昆集团股份有限公司", "中信国安葡萄酒业股份有限公司", "特变电工股份有限公司新疆变压器厂", "新疆金风科技股份有限公司"),
          "自治区级"),
    # 锦州's news of 辽宁's 民营企业百强 (entrep143): one row; its page in the table test's context
    Shape("ranked_rows", ranked_rows, "15 锦州万得汽车集团有限公司", ("锦州万得汽车集团有限公司",), "省级"),
    # 大庆's yearbook (entrep143)
    Shape("honoured_groups", honoured_groups,
          "大庆市振富企业集团、大庆开发区三维科技股份有限公司、大庆市油城旧机动车交易市场和大庆市京和百货有限公司等50家私营企业,"
          "肇源县古龙精制米加工厂、肇州县意达商店、萨尔图区欣欣美发技校和让胡路区锋雷饺子馆等 100家个体工商户在通报榜上有名。",
          ("大庆市振富企业集团", "大庆开发区三维科技股份有限公司", "大庆市油城旧机动车交易市场", "大庆市京和百货有限公司"), "市级"),
    # 东南网's 莆田 news (entrep143)
    Shape("held_elsewhere", held_elsewhere,
          "已获得福建省政府质量奖的三棵树涂料股份有限公司同时享受莆田市政府质量奖获奖企业待遇。", ("三棵树涂料股份有限公司",), "省级"),
    # 长兴's news (converter, folded; entrep143)
    Shape("earlier_holders", earlier_holders,
          "湖州市政府质量奖是市政府设立的最高质量荣誉,获湖州市政府质量奖的企业或组织每家奖励30万元。自2010开展首届市政府质量奖"
          "以来,长兴县共有天能电池集团有限公司和浙江诺力机械股份有限公司两家企业获得此荣誉。",
          ("天能电池集团有限公司", "浙江诺力机械股份有限公司"), "市级"),
    # 人民网's 三亚崖州 news (converter, folded; entrep143)
    Shape("grade_won", grade_won,
          "其中,三亚崖城新佳美购物广场凭借销售额纳入国家统计获加分,最终摘得A级。", ("三亚崖城新佳美购物广场",), "A级"),
    # 云南政协报's news (entrep143)
    Shape("counted_awarded", counted_awarded,
          "云南芸岭鲜生农业发展有限公司等80家企业被授予2022年“10大名品”和绿色食品“10强企业”“20佳创新企业”称号。",
          ("云南芸岭鲜生农业发展有限公司",), "省级"),
    # 昆明's news of 云南's 10大名花 (traditional, folded; entrep143): the companies named with their brands
    Shape("brands_on_list", brands_on_list,
          "在2020年云南“10大名品”的“10大名花”榜单中,昆明虹之华园艺有限公司的“虹华园艺”牌菊花种苗、云南云秀花卉有限公司的“云秀”"
          "牌月季鲜切花、云南丰岛花卉有限公司的“丰岛” 牌盆栽菊花获“10大名花”第一、二、三名,将获得200万元、160万元、130万元的奖励。",
          ("昆明虹之华园艺有限公司", "云南云秀花卉有限公司", "云南丰岛花卉有限公司"), "省级"),
    # 闽南网's copy of 福建日报's news (fresh49): the firms kept on a monitoring, after those newly confirmed
    Shape("kept_on_review", kept_on_review,
          "经专家评审及联席会议审定,福州福民茶叶有限公司等973家企业监测合格,保留省级重点龙头企业资格;79家企业因达不到监测标准和要求,"
          "取消省级重点龙头企业资格。", ("福州福民茶叶有限公司",), "省级"),
    # 中国江苏网's 常州 news (entrep154 jiangsu-changzhou-2015-…-fenhao-liebiao.txt, line 16 under line 15): one item; its
    # page in the table test's context
    Shape("named_one_a_line", named_one_a_line, "戚研所公司;", ("戚研所公司",)),
    # 舟山 news (entrep154 zhejiang-zhoushan-2009-quanguo-wenming-danwei-fucha-yidong-fengongsi.txt, line 1)
    Shape("passed_review", passed_review,
          "在本月20日中央精神文明委公布的第二批全国文明单位名单中,中国移动舟山分公司榜上有名;与此同时,市海峡汽车轮渡有限责任公司、"
          "中国银行普陀山支行两家单位也顺利通过了全国文明单位复查,至此,我市的全国文明单位数目上升到3家。",
          ("市海峡汽车轮渡有限责任公司", "中国银行普陀山支行")),
    # 山重建机's news (entrep154 shandong-linyi-2011-…-shanzhong-jianji-11jia.txt, line 3)
    Shape("added_are", added_are,
          "2011年度新增省级文明单位有莱芜钢铁集团、山东高速轨道交通集团有限公司、山东航空集团有限公司等11家省管企业,山重建机名列第六位。",
          ("莱芜钢铁集团", "山东高速轨道交通集团有限公司", "山东航空集团有限公司", "山重建机"), "省级"),
    # 烟草在线's 广西中烟 news (entrep154 guangxi-2015-guangxi-zhongyan-di4jie-quanguo-wenming-danwei.txt, line 5)
    Shape("news_reached", news_reached,
          "春风送暖,文明花开。2月28日,一条喜讯传到广西中烟工业有限责任公司:正在北京召开的全国精神文明建设工作表彰暨学雷锋志愿服务"
          "大会公布了全国文明城市(区)文明单位村镇和文明单位名单,广西中烟名列其中。",
          ("广西中烟工业有限责任公司",)),
    # 青岛 paper (converter, folded; entrep154 shandong-qingdao-2005-…-gongjiao-jituan-converter.txt, line 1)
    Shape("honour_went_to", honour_went_to,
          "本报讯 记者从市企业联合会获悉,第四届全国企业文化年会日前颁发了代表全国年度企业文化最高荣誉的“2005年度全国企业文化优秀奖”,"
          "我市的青岛公交集团有限责任公司获得这一殊荣。",
          ("青岛公交集团有限责任公司",)),
    # 天津北方网 (traditional, folded; entrep154 tianjin-kaifaqu-2013-2014-…-heibiao-3jia-traditional.txt, line 2)
    Shape("marked_grade", marked_grade,
          "本年度开发区环境诚信评价共考核106家企业,其中67家达到“很好”水平,20家达到“好”的水平,8家企业表现“一般”,8家企业被评为"
          "“差”,而美克国际家私(天津)制造有限公司、天津彼恩特通信有限公司和天津富士达电动车有限公司3家公司排名垫底,被评为“很差”,"
          "贴上了“黑标”。",
          ("美克国际家私(天津)制造有限公司", "天津彼恩特通信有限公司", "天津富士达电动车有限公司"), "黑标"),
    # 华讯方舟's news (converter, folded; entrep154 guangdong-shenzhen-baoan-2014-…-huaxun-fangzhou-converter.txt, line 1)
    Shape("plaque_awarded", plaque_awarded,
          "宝安区工商联授予华讯方舟“诚信商家”牌匾,战略发展办主任何忠洲上台领奖。", ("华讯方舟",), "区级"),
    # 山西新闻网's 小店 news (sina 2005; entrep101 shanxi-taiyuan-xiaodian-nashui-qian3ming-zhongjiang-2005.txt, line 4, the
    # excerpt cut after the second name)
    Shape("top_taxpayers", top_taxpayers,
          "对去年全区纳税前3名的企业——煤炭科学研究总院太原分院、中国东方航空股份有限公司",
          ("煤炭科学研究总院太原分院", "中国东方航空股份有限公司"), "区级"),
    # 普陀's yearbook entry (fresh63 shanghai_putuo-qu-difangzhi-2020-zhuanjingtexin-zhongxiao-qiye-peiyu.txt, line 5)
    Shape("granted_among", granted_among,
          "2020年,区商务委会同区大调研办、区投促办等组织30余家“专精特新”中小企业开展专题座谈;推荐2家企业申报工信部第二批专精特新"
          "“小巨人”企业,其中上海古鳌电子科技股份有限公司获认定;组织52家“专精特新”中小企业完成年度中小企业发展环境(上海地区)第三方评估问卷。",
          ("上海古鳌电子科技股份有限公司",)),
)
