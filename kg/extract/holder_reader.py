"""The page reader of held lists: HolderReader reads a page's titles, sections, list rows and sentences in order, the
page's level, published lists, enumerations and counted sets carrying from one to the next, and hands each sentence to
held_lists.act_holders; beside the acts it reads the layouts that name holders with no act of their own — a list
titled at a level with its names one a line or numbered on one line (titled_level, run_holders), a phrase that names
what a list holds (phrase_holders, listed_groups, counted_entrants, place_grouped, kind_examples), a recommendation
(recommended_holders), a warning to a holder (warned_held)."""

from __future__ import annotations

import re

from kg.extract.conferrals import organ_level
from kg.extract.enterprise_classes import ENDING_PATTERN, is_enterprise, one_class
from kg.extract.enterprise_sentences import CLAUSE_WORDS, NAMES_FOLLOW, NOT_MEMBER
from kg.extract.counted_lists import (RANKING_PUBLISHED, count_matches, count_value, counted_items, entrant_items,
                                      first_count, more_counted, ranked_names, ranking_class, vouched_names)
from kg.extract.counted_then_named import counted_then_named
from kg.extract.held_lists import (GRADES, _ACT, _DESIGNATION_OBJECT, _NOT_DESIGNATION, _NOT_HELD, _PROPOSED,
                                   _PUBLISHED, _PUBLISHES, _UNGRADED, _mask, act_holders, enumerations, list_level,
                                   object_class)
from kg.extract.honour_headings import honour_heading
from kg.extract.firm_items import short_name
from kg.places import division_levels
from kg.extract.japanese_lists import japanese_counted_holders
from kg.extract.speaker_level import addresses_townships, county_city_level, prints_city_level, speaker_level
from kg.extract.review_sections import passed_section, review_table
from kg.extract.held_names import (GENERIC_NAME, LEAD_WORDS, NOT_NAME, PLACE_OR_ORGAN_ITEM, enterprise_name,
                                   enterprise_names)
from kg.parse.normalize import normalize_line


# A list's own title on its line ("2011年国家技术创新示范企业名单", "附件:2022年省级节水标杆企业名单(第一批)"): the names
# printed one a line below it are its holders, at its level; its header cells, place groups and row numbers between them
# are no names and keep the list open, a sentence closes it.
# (a title may close on a colon before its names: "“誠信計量示範單位”名單:" ⏎ names, 天水, entrep46)
_LIST_TITLE = re.compile(r"(?:名单|名录)(?:[(（][^()（）]{1,12}[)）])?[:：]?$")
# an award's heading over its holders, numbered one a line: "第八届重庆市市长质量管理奖获奖单位" ⏎ "1.重庆青山工业有限责任公司" …
# "第八届重庆市市长质量管理奖提名奖获奖单位" ⏎ … (重庆日报, entrep46): the award's level is the holders' class, as a list title's
_AWARD_TITLE = re.compile(r"奖(?:获奖|获得|受表彰)(?:单位|企业)(?:名单|名录)?[:：]?$")
# a row naming a site by its operator and what it grows or rears, "三亚南鹿实业股份有限公司莲雾基地", "海南冯家湾花螺养殖专业
# 合作社花螺基地" (海口网's 2023 “海南鲜品” 示范基地 list): the operator, a legal name, then a few words and 基地
_OPERATED_SITE = re.compile(r"^(?P<name>.{4,40}?(?:公司|合作社|农场|牧场|厂))[\u4e00-\u9fff]{1,8}?基地$")
# A site named by its operator, then the designation it carries: "在众多参与者中,我市金泽伊利乳粉智能制造示范工厂成功入选"
# (呼和浩特's paper under 《2023年度智能制造示范工厂揭榜单位名单》, fresh22): the operator holds it, named as printed less
# the designation (as a 基地's operator does: _OPERATED_SITE); a workshop's own name ("…沭河农科装备公司动四车间", a
# 青年文明号) carries none of these, and an operator of fewer than four characters is left whole
_CARRIED_SITE = re.compile(r"(?<=[\u4e00-\u9fff()（）A-Za-z]{4})(?:智能制造(?:示范|标杆)工厂|(?:示范|标杆)?智能工厂|灯塔工厂"
                           r"|(?:示范)?(?:数字化|智能)车间)$")


def site_operator(name: str) -> str:
    """The operator of a site a holder's name prints with the designation it carries (_CARRIED_SITE), else the name."""
    return _CARRIED_SITE.sub("", name)


_ITEM_NO = re.compile(r"^(?:\d{1,3}[.、．]?|[（(]\d{1,3}[)）])")


# "此次宁波入选第二批“浙江老字号”的9家企业分别是:" ⏎ "宁波药材股份有限公司,品牌“冯存仁”,…。" (宁波): a counted set, then
# its names announced with nothing after the colon
_NAMES_BELOW = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})[家户个][\u4e00-\u9fff]{0,6}?(?:分别是|分别为|名单如下|如下)[：:]$")
# "中兴镇  上海万禾农业科技发展有限公司;", "庙  镇  上海瀛庙果蔬专业合作社。" (崇明区农委 2018, fresh61): a row of a list named
# one a line opening with its town's label, set apart from the name by two spaces or more, is the name alone
_TOWN_LABEL = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s{0,3}){1,6}?(?:镇|乡|街道|苏木)\s{2,}(?=\S)")
# "2019年河北省“十佳”农民合作社名单:石家庄市栾城区天亮种植专业合作社,元氏县生源种养专业合作社,…。" (河北 农业农村厅's
# 公示, as 燕赵都市报 prints it, fresh61): a list's title at one level, a colon, then its names on the same line, each a name
_TITLED_RUN = re.compile(r"^(?P<title>[^，,。；;：:]{4,40}?(?:名单|名录))[：:](?P<names>[^：:]+?)[。；;]?$")


def titled_run(line: str) -> list[tuple[str, str]]:
    """(holder, level) of a list printed on one line after its title and a colon (_TITLED_RUN), every item a name, else []."""
    if not (m := _TITLED_RUN.match(line)) or not (level := titled_level(m["title"])):
        return []
    names = [p for p in re.split(r"[、，,；;]", m["names"]) if p]
    ok = len(names) >= 2 and all(is_enterprise(n) and not NOT_NAME.search(n) and not GENERIC_NAME.match(n) for n in names)
    return [(n, level) for n in names] if ok else []


# "经乡镇培育推荐和区级评定,授予以下5家单位崇明区博士农场称号:" ⏎ "中兴镇  上海万禾农业科技发展有限公司;" (崇明区农委 2018,
# fresh61): a conferral on a counted set "below" (以下), its object's level read from the object, names one a line after it
_CONFERRED_BELOW = re.compile(r"(?:授予|认定|命名|评定|确定)以下(?:\d+|[一二三四五六七八九十两]{1,3})[家户个]"
                              r"(?:单位|企业|合作社|农场|主体)?(?:为)?(?P<obj>[^，,。；;：:]{2,30}?)(?:称号)?[：:]$")


# "其中,来自长沙的有湖南天马山食品科技有限公司(天马山)、湖南茶业集团股份有限公司(合作)…等" (长沙晚报, 湖南老字号): the
# holders of the published list from one place; a brand in brackets after each name is no part of it
_FROM_PLACE = re.compile(r"其中[，,]?(?:来自)?[\u4e00-\u9fff]{2,8}?的?(?:企业)?(?:有|包括)[：:]?(?P<names>[^。；;：:]{4,1500}?)"
                         r"(?:等[\u4e00-\u9fff\d]{0,8})?$")
# "省林业局公布第七批安徽省林业产业化龙头企业名单,黄山市58家企业上榜。其中,复审X等49家,新增Y等9家。" (黄山日报): the
# published list's holders from one place, told in groups of those that passed its re-examination and those added,
# each group named by one holder and counted
_KEPT_OR_ADDED = re.compile(r"(?:^|[，,])(?:其中[，,]?)?(?:通过)?(?:复审|复核|复评|新增|新认定|新入选)(?:通过)?的?"
                            r"(?P<names>[^，,。；;：:]{4,200}?)等\d+[家户个](?:企业|单位)?(?=[，,。；;]|$)")
# "…示范基地”认定名单日前发布,我省10家单位当选。" ⏎ "当选的10家单位为:保康、罗田、英山3县;A、B、C、D4家企业;E、F、G3个专业
# 协作社。" (湖北日报, a spun copy): the counted set an entry took, named after the colon in groups, each closed by its
# count and kind (the counties are places, no holder); its holders take the level the page's list has
_ENTERED_NAMED = re.compile(r"(?:当选|入选|上榜|获评|入围)的(?:\d+|[一二三四五六七八九十两]{1,3})[家户个](?:单位|企业)?"
                            r"(?:为|是|分别是|分别为|有|包括)[：:](?P<names>[^。]{4,1500})")
_GROUP_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十两]{1,3})[家户个县市区][\u4e00-\u9fff]{0,8}$")
def counted_entrants(sentence: str, page_level: str | None) -> list[tuple[str, str]]:
    """(holder, class) for a counted set of entrants named after it (counted_lists: entered_count_names,
    count_entered_names): every item a name, as many as the count, at the level the kind or the object names (入选的5家
    省级…企业), else the page's list's; else []."""
    m = first_count(sentence, "entered_count_names", "count_entered_names")
    if not m or _NOT_HELD.search(sentence) or _PROPOSED.search(sentence[: m.start("names")]):
        return []
    obj = re.sub(r"[（(][^()（）]*[)）]", "", m.groupdict().get("obj") or "").strip()
    # (what the count entered is a designation, a list or nothing said; a product's, a project's or money is none)
    # (a letter or star grade is the grade readers' to give, a graded scheme named without its grade gives none)
    if obj and (not _DESIGNATION_OBJECT.search(obj) or _NOT_DESIGNATION.search(obj) or re.search(r"产品[”\"]?$", obj)
                or one_class(obj) or _UNGRADED.search(obj)) or one_class(m["kind"]) or _UNGRADED.search(m["kind"]):
        return []
    klass = object_class(obj) or object_class(m["kind"]) or page_level
    n = count_value(m["n"])
    items = entrant_items(m["names"], n)
    if not klass or klass in GRADES or n < 2 or not items or not vouched_names(items):
        return []
    return [(enterprise_name(i) or i, klass) for i in items]


# "请福州、泉州、三明市商务局做好2015-2016年度国家电子商务示范企业(福州:海都公众、纵腾网络;泉州:环球鞋网;三明:春舞枝)工作
# 总结" (闽商务电商〔2017〕9号, entrep46, http://www.chinacir.com/2017_zcjd/555320.shtml): a designation at a level, then
# its holders in brackets grouped by place (place:X、Y;place:Z) — short names as printed, vouched for by the labels that
# group them, at the designation's level (place_grouped)
_PLACE_GROUPED = re.compile(r"(?P<obj>(?:\d{4}(?:[-—~至]\d{4})?年度?)?[^，,。；;：:()（）、\d]{2,24}?(?:企业|单位))"
                            r"[(（](?P<groups>[\u4e00-\u9fff]{2,6}[:：][^()（）]{2,400}?)[)）]")
_PLACE_GROUP = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：](?P<items>[^:：]{2,200})$")


def place_grouped(sentence: str) -> list[tuple[str, str]]:
    """(holder, class) for the holders of a designation printed after it in brackets, grouped by place (_PLACE_GROUPED),
    at the level the designation names; [] where it names none, or an item reads as no name."""
    out = []
    for m in _PLACE_GROUPED.finditer(sentence):
        klass = object_class(m["obj"])
        if not klass or klass in GRADES or _PROPOSED.search(m["obj"]) or _NOT_HELD.search(m["obj"]) \
                or not _DESIGNATION_OBJECT.search(m["obj"]):
            continue
        groups = [_PLACE_GROUP.match(g.strip()) for g in re.split(r"[;；]", m["groups"]) if g.strip()]
        items = [i.strip() for g in groups if g for i in re.split(r"[、，,]", g["items"])]
        if groups and all(groups) and items and vouched_names(items):
            out += [(enterprise_name(i) or i, klass) for i in items]
    return out


# "现将X等25家企业进行公示" / "现将X、Y等N家单位予以公示": the candidates a 公示 puts up, named by the first of a count
_PUT_TO_PUBLICITY = re.compile(r"将(?P<names>[^。；;，,]{4,600}?)等\d+[家户个](?:[\u4e00-\u9fff]{0,6}?(?:企业|单位))?"
                               r"(?:予以|进行)公示")
# the place's share of a published list counted after its names, "其中,包头市推荐的X技术中心、Y技术中心以及Z技术中心共5家企业
# 技术中心获得认定" (包头, entrep37), and the examples a sentence on the place's entries gives, "本次荆门上榜企业中,既有…的龙头
# 企业,如X、Y等,也有…,如主攻锂电池的Z,主攻新材料的W等" (荆门, entrep37)
_SHARE_COUNTED = re.compile(r"其中[，,]?(?:[\u4e00-\u9fff]{2,8}?(?:推荐|申报)?的)?(?P<names>[^。；;：:]{4,1500}?)(?:共|等)\d+[家户个]"
                            r"[^，,。；;]{0,12}?(?:获得?认定|入选|入围|上榜|榜上有名)")
# or counted before them: "其中我市2个品牌获得认定分别是四特酒有限责任公司的“四特”、仁和(集团)发展有限公司的“药都”" (樟树,
# entrep37)
_SHARE_NAMED = re.compile(r"其中[，,]?[^，,。；;]{0,12}?\d+[家个户](?:企业|品牌|单位)?[^，,。；;]{0,6}?(?:获得?认定|入选|入围|上榜)"
                          r"[，,]?(?:分别是|分别为|包括|是)[：:]?(?P<names>[^。；;：:]{4,1500}?)(?:等[\u4e00-\u9fff\d]{0,8})?$")
_SHARE_OF_LIST = re.compile(r"(?:上榜|入选|入围)(?:的)?(?:企业|单位)中")
# an earlier batch's holders told beside the page's list: "加上此前首批入选的南京钢铁股份有限公司、波司登羽绒服装有限公司、江苏中天
# 科技股份有限公司,我省国家“数字领航”企业累计达8家" (新华日报's copy, entrep46): every item a name, at the page's level
# (or an earlier year's entrants counted in with this year's: "X、Y等4户企业入围省2018年度…培育名单,包括2017年入围的A、B、C
# 3家企业,我市…总共达到7家", 雅安, a converter copy, entrep81)
_EARLIER_ENTRANTS = re.compile(r"(?:(?:此前|之前|早前|先前|去年|前年)[已曾]?|包括(?:\d{4}年度?|上年度?|往年))(?:首批|第[一二三四五六七八九十\d]{1,3}批)?"
                               r"(?:入选|上榜|获评|认定|入围)的(?P<names>[^，,。；;：:]{4,600}?)(?=[，,。；;]|$)")
# or named in the share it includes, counted after them: "记者在名单中看到,拟认定的哈市企业中,共有包括X、Y、Z、W等56户企业" (哈尔滨
# 日报, 黑龙江省专精特新中小企业 拟认定名单, entrep46)
_SHARE_INCLUDES = re.compile(r"(?:上榜|入选|入围|认定|公示)的[\u4e00-\u9fff]{0,6}?(?:企业|单位)中[，,]?(?:共有|共|有)?包括[：:]?"
                             r"(?P<names>[^。；;：:]{4,1500}?)等\d+[家户个]")
# a warning (or an order to put things right) given to a counted group for what it holds: "对评价分数在60—65分的青海久美藏药
# 药业有限公司、正平路桥建设股份有限公司2家省级企业技术中心给予警告" — the group keeps its designation's level
_WARNED_HELD = re.compile(r"对(?:[^，,。；;：:的]{0,16}?的)?(?P<names>[^，,。；;：:的]{4,600}?)(?:等)?\d+[家个户](?P<obj>[^，,。；;：:]{2,20}?)"
                          r"(?:给予|予以)(?:警告|黄牌警告|限期整改)")


# (or the group first, its score, then the warning: "其中,山西华彩包装印刷有限公司技术中心、山西腾耀电力设备科技有限公司技术中心等
# 13个企业技术中心得分低于65分(含65分),给予黄牌警告。", 晋中 2023 市级企业技术中心 评价 — among those that passed)
_WARNED_AFTER_SCORE = re.compile(r"(?P<names>[^，,。；;：:]{4,600}?)等\d+[家个户](?P<obj>[^，,。；;：:]{2,20}?)得分[^。；;]{0,30}?"
                                 r"[，,](?:给予|予以)(?:黄牌)?警告")
# a counted group whose designation passed its evaluation: "一、山西瑞光热电有限责任公司技术中心、山西山地物探技术有限公司技术中心
# 等41户企业技术中心得分在60分(含60分)以上,评价结果为合格。" (晋中 2023) — the group keeps it (不合格 is no pass)
_EVALUATION_PASSED = re.compile(r"(?P<names>[^，,。；;：:]{4,600}?)等\d+[家个户](?P<obj>[^，,。；;：:]{2,20}?)得分[^。；;]{0,30}?"
                                r"[，,](?:评价|考核|复核)结果(?:为|是|均为)?(?:合格|良好|优秀)")


def warned_held(text: str, page_level: str | None = None) -> list[tuple[str, str]]:
    """(holder, level) of each group a text warns for a designation it holds (_WARNED_HELD, _WARNED_AFTER_SCORE), or
    tells passed its evaluation (_EVALUATION_PASSED): held, and final even on a 公示 proposing the warning (enterprises
    keeps its status); a designation printed with no level holds the page's (`page_level`: 晋中市市级企业技术中心's page)."""
    masked = _mask(text)
    # (the object's own level first; only the score-led rows, whose page names the list, fall back on the page's)
    found = [(m, object_class(m["obj"])) for m in _WARNED_HELD.finditer(masked)]
    found += [(m, object_class(m["obj"]) or page_level) for r in (_WARNED_AFTER_SCORE, _EVALUATION_PASSED)
              for m in r.finditer(masked)]
    return [(n, klass) for m, klass in found
            if _DESIGNATION_OBJECT.search(m["obj"]) and not _PROPOSED.search(m["obj"])
            and klass and klass not in GRADES for n in enterprise_names(m["names"])]


# (the set a page's act added, opening a paragraph: "本次新增省级农业龙头企业都是…", "此次新认定的省级专精特新企业中")
_ADDED_SET = re.compile(r"^(?:本次|此次|这次|今年|本批|这批)(?:新增|新认定|新评定|新入选|入选|上榜|认定|获评)的?"
                        r"(?P<obj>[^，,。；;：:的]{2,24}?(?:企业|单位|合作社|农场))")
# A paragraph on the place's share of a published list, opening with it ("此次上榜的四川企业覆盖粮油、种业…"), then
# examples of its holders, each group closed by 等 and what kind of enterprise they are ("既有新希望集团、五粮液、泸州老窖
# 等全国知名龙头企业,也有天味食品、棒棒娃…等特色鲜明的食品企业", "同时,华侨凤凰、回春堂…等生物医药企业也表现亮眼",
# 中国农业网 2024 on 四川's 111 国家重点龙头企业): the items are holders of the list as printed, short names too (the
# enterprises the text calls them), at the published list's class
_SHARE_LINE = re.compile(r"^(?:此次|本次|这次|今年)(?:新)?(?:上榜|入选|入围|获评|认定)的?[一-鿿]{0,8}?(?:企业|单位)")
_KIND_EXAMPLES = re.compile(r"(?:既有|也有|还有|^|[，,])(?P<names>[^，,。；;：:]{3,400}?)等(?P<kind>[\u4e00-\u9fff]{0,10}?)企业")
_EXAMPLE_ITEM = re.compile(r"^[\u4e00-\u9fff]{3,14}$")
# (or a group that entered on behalf of its trade: "仲衍种业、国豪种业代表我省种业力量成功入选" (四川, entrep37))
_REPRESENTING = re.compile(r"(?:^|[，,])(?P<names>[^，,。；;：:]{3,400}?)代表[\u4e00-\u9fff]{2,16}?(?:成功|顺利)?(?:入选|上榜|入围)")


def kind_examples(sentence: str) -> list[str]:
    """The holders a sentence of a share paragraph gives as examples (_KIND_EXAMPLES): every item of a group a name as
    printed (an enterprise, or a run of 3 to 14 characters that is no clause, place or generic word), else none of it."""
    out = []
    for m in (*_KIND_EXAMPLES.finditer(sentence), *_REPRESENTING.finditer(sentence)):
        items = [LEAD_WORDS.sub("", i.strip()) if k == 0 else i.strip() for k, i in enumerate(m["names"].split("、"))]
        if len(items) > 1 and all(is_enterprise(i) or _EXAMPLE_ITEM.match(i) and not NOT_NAME.search(i)
                                  and not NOT_MEMBER.search(i) and not CLAUSE_WORDS.search(i) and not GENERIC_NAME.match(i)
                                  for i in items):
            out += [enterprise_name(i) or i for i in items]
    return out


_SUCH_AS = re.compile(r"如(?P<names>[^。；;：:如]{4,600}?)等(?=[，,。；;]|$)")
# the entrants of a designation, named by what they entered and then listed: "第二批认定“江苏老字号”的吴江企业(品牌)包括
# 苏州辑里丝绸有限公司(辑里)、…等" (吴江, entrep37)
# (or with a bare 是: "此次获评国家级绿色工厂的兵团企业是天能水泥有限公司、乌鲁木齐正大畜牧有限公司、…", 兵团日报, fresh40)
_ENTRANTS = re.compile(r"(?:认定|入选|入围|获评|评为|进入(?=[^，,。；;：:]{2,40}?(?:名单|名录)))为?(?P<obj>[^，,。；;：:]{2,40}?)的[\u4e00-\u9fff]{0,6}?(?:企业|单位)"
                       r"(?:[(（]品牌[)）])?(?:" + NAMES_FOLLOW + r"|是)[：:]?(?P<names>[^。；;：:]{4,1500}?)(?:等[\u4e00-\u9fff\d]{0,8})?$")
_BRACKET_AFTER = re.compile(r"^(?P<name>.{4,40}?)[(（][^()（）\d]{1,8}[)）]$")


def _unbranded_items(names: str) -> str:
    """A run of names less the bracket closing an item that reads as a name without it ("X有限公司(天马山)" → X有限公司)."""
    return "、".join(m["name"] if (m := _BRACKET_AFTER.match(p)) and is_enterprise(m["name"]) else p
                    for p in names.split("、"))


def titled_level(line: str) -> str | None:
    """The level of the list a line titles (a short line ending in 名单 / 名录, or an award's heading over its holders,
    no sentence in it), or None."""
    if len(line) > 60 or re.search(r"[。；;，,！!？?]", line):
        return None
    if _AWARD_TITLE.search(line) and not _NOT_HELD.search(line) and (klass := object_class(line)) not in GRADES:
        return klass
    if not _LIST_TITLE.search(line):
        return None
    return list_level(re.sub(r"^附件\d*[:：]?(?:\d{1,2}[.．、])?", "", line))


def levelless_title(line: str) -> bool:
    """A short line titling a list of a designation that names no level ("“诚信计量示范单位”名单:"): its holders take the
    level of the organ that published it (HolderReader)."""
    return len(line) <= 40 and bool(_LIST_TITLE.search(line)) and not re.search(r"[。；;，,！!？?]", line) \
        and _levelless_list(line) and bool(_DESIGNATION_OBJECT.search(re.sub(r"(?:名单|名录).*$", "", line)))


# a heading's Chinese number ("一、", "（二）"), opening a class's heading or a list's section
_HEADING_NO = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"

# Classes a page declares by name, each its holders' own ("决定命名X、Y等5家企业分别为“航母”、“巨人”企业"), and the
# headings that then list each class's holders run on ("一、“航母”企业1家 铁牛集团有限公司。二、“巨人”企业4家 X,Y,Z。"):
# the class is the quoted word as printed.
_DECLARED = re.compile(r"分别(?:为|是|授予|评为|命名为)(?P<classes>(?:[“\"][^”\"]{1,8}[”\"][、和及]?){2,})")
_CLASS_HEADING = re.compile(rf"(?:^|(?<=[。；;：:])){_HEADING_NO}"
                            r"[“\"](?P<cls>[^”\"]{1,8})[”\"](?:企业|单位)?\d+[家户个][:：]?(?P<names>[^。；;：:]+)")


# "现将X、Y等备案的辽宁省雏鹰瞪羚独角兽企业名单予以公布": the names a published list is named by, at the list's level
_NAMED_LIST = re.compile(r"将(?P<names>[^。；;，,]{4,600}?)等(?:\d+[家户个])?(?P<obj>[^，,。；;“\"]{0,40}?(?:名单|名录))"
                         r"(?:予以|正式|进行)?(?:公布|发布)")
# "现将重庆水泵厂有限责任公司等10家“隐形冠军”企业、途作林杰科技有限公司等20家“小巨人”企业、重庆市金顺玻璃有限公司等186家
# “专精特新”企业名单予以公布" (重庆市经济和信息化委员会, a converter copy, entrep46): the lists of several designations
# published at once, each named by its first holder and counted; each first name holds its own designation, at the level
# it names, else the page's
_NAMED_LISTS = re.compile(r"将(?P<groups>(?:[^、。；;，,]{4,60}?等\d+[家户个][^、。；;，,]{2,24}?、){1,5}"
                          r"[^、。；;，,]{4,60}?等\d+[家户个][^、。；;，,]{2,24}?)名单(?:予以|正式|进行)?(?:公布|发布)")
_LIST_GROUP = re.compile(r"(?P<first>[^、]{4,60}?)等\d+[家户个](?P<obj>[^、]{2,24})")


def _levelless_list(obj: str) -> bool:
    """A list named with no level, no proposal and no withdrawal ("首批农民专业合作社示范社名录"): it takes the page's."""
    return bool(_PUBLISHES.search(obj)) and not (_PROPOSED.search(obj) or _NOT_HELD.search(obj) or _UNGRADED.search(obj)) \
        and object_class(obj) is None


# A notice addressed to every province ("各省、自治区、直辖市…厅(委、办、局)") is a national organ's: the page speaks for
# the nation (农业部 and ten ministries' 示范社 notice)
_NATIONAL_ADDRESSEES = re.compile(r"^各省[、,，]自治区[、,，]直辖市")
# "此次上榜的第五批省级服务型制造示范企业为X、Y、Z": the holders after the designation they entered, at its level
_ENTERED_AS = re.compile(r"(?:上榜|入选|获评|认定|评出)的(?P<obj>[^，,。；;：:]{2,30}?)(?P<verb>为|是|既有|有)[：:]?(?P<names>[^。；;，,]{4,1500})")
# (an object that is only the holders' kind, "入选的企业既有X", names no designation of its own: the page's list is it)
_KIND_ONLY = re.compile(r"^(?:[我本全该]?[省市区县])?(?:企业|单位|公司|家庭农场|合作社)$")
# "入选的企业既有X、Y等国企“中坚力量”,也有不少…的中小企业,如A、B、C等" (广州日报's copy, 国家企业技术中心): the second half of
# 既有…也有… names its holders after 如 / 包括
_ALSO_HAS = re.compile(r"[，,]也有[^。；;]{0,40}?[，,]?(?:比如|例如|如|包括)[：:]?(?P<names>[^。；;，,]{4,1500})")
# "这次公布的绿色工厂包括了X等企业", "绿色供应链管理示范企业名单中包含了Y等" (工信部's 绿色制造名单, news): the holders a
# published list, or one part of it, includes, at the level the part names, else the page's (a product or a park named
# the same way is no enterprise: "绿色设计产品名单则有X公司设计的洗衣液等", "绿色园区包括了北京经济技术开发区等")
# (or the published set, then 中: "近期发布的20家省级制造业单项冠军企业中,包含X、Y、Z、W等15家哈市企业", entrep81 哈尔滨 — a
# product's list so named, "20个省级制造业单项冠军产品中,包含X、Y等…企业主营产品", is none: its object is no enterprise's)
_INCLUDED = re.compile(r"(?:(?:公布|发布|入选|上榜|认定|评选|命名|获评)的(?P<obj>[^，,。；;：:的]{2,30}?)(?:(?<=企业)中[，,]?)?"
                       r"|(?P<part>[^，,。；;：:的]{2,30}?)名单中)(?:包括|包含)了?[：:]?(?P<names>[^。；;，,：:]{4,600}?)等")
_ALSO_AS = re.compile(r"[，,](?P<obj>[^，,。；;：:为“\"]{2,16})为(?P<names>[^。；;，,]{4,600})")
# "创建世界一流示范企业有上海汽车集团股份有限公司、…等7家地方国有企业;专精特新示范企业共有中国核工业集团有限公司等200家"
# (国资委's lists, news): a designation, then the holders it has, counted — at the level the designation names, else the
# page's
_HAS_HOLDERS = re.compile(r"(?:^|(?<=[，,；;]))(?P<obj>[^，,。；;：:]{2,24}?(?:企业|单位))(?:共有|有|包括)"
                          r"(?P<names>[^。；;，,：:]{4,1500}?)等\d+[家户个]")
# "“秸秆变肉”肉牛振兴养殖10强企业分别是X、Y、…、Z" (亳州's 通报表彰 of five lists, a converter copy, entrep81): a designation
# of enterprises, a ranked one among them ("10强企业", "百强企业"), then every holder to the sentence's end, at the level it
# names, else the page's (a list of towns so named, "农业产业10强镇分别是…", names no enterprise)
_EACH_HOLDERS = re.compile(r"(?:^|(?<=[，,；;]))(?P<obj>[^，,。；;：:]{2,30}?(?:企业|单位))(?:分别是|分别为)[：:]?"
                           r"(?P<names>[^。；;：:]{4,1500})$")
_RANKED = re.compile(r"(?:\d{1,3}|[十百千])强$")
# "X和Y,分别入选省级服务型制造示范企业和省级服务型制造示范平台": each holder its own designation, in order
_EACH = re.compile(r"(?P<names>[^，,。；;：:]{4,300}?)[，,]?分别(?:入选|被?评为|被?认定为|获评|荣获)(?P<objs>[^，,。；;]{4,120})")
# "授予X等5家企业…奖 … 一、…奖(5家企业) (1)X (2)Y … (5)Z": a counted group's members numbered later on the line, the
# first of them the group's first name
_NUMBERED = re.compile(r"[（(](?P<no>\d{1,3})[)）]")
# a section of a list that withdraws ("二、撤销鹿城区农业龙头企业(2家)"): its rows hold nothing; the next section resumes
_SECTION = re.compile(rf"^{_HEADING_NO}")


def numbered_runs(line: str) -> list[list[str]]:
    """The runs of items a line numbers (1), (2), … (each run starting at 1), as the names they open with."""
    runs, marks = [], list(_NUMBERED.finditer(line))
    for i, m in enumerate(marks):
        item = line[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(line)].split()[0:1]
        name = enterprise_name(item[0]) if item else None
        if m["no"] == "1":
            runs.append([])
        if runs and name and len(runs[-1]) == int(m["no"]) - 1:
            runs[-1].append(name)
    return [r for r in runs if r]


# A run of numbered names after a title, on one line ("(一)全国和谐劳动关系创建示范企业" ⏎ "1.福耀玻璃工业集团股份有限公司
# 2.福建福光股份有限公司 … 13.福建亚南电机有限公司", a forum's repost, 福建; "附件1: 海盐县2023年监测合格县级农业龙头企业名单
# (共25家) 1.浙江青莲食品股份有限公司 2.… 12.海盐县农副产品综合市场", an attachment run into its notice, 海盐): the
# list is told by its structure — a title naming a designation, then items numbered 1, 2, 3 … that are names — whatever the
# designation's words; each name holds the title's level. Items run together once spaces are gone: the next item starts
# at the next number.
_RUN_FIRST = re.compile(r"(?<![\d.．])1[.．、](?=[\u4e00-\u9fff])")
_RUN_NEXT = re.compile(r"(?<=[\u4e00-\u9fff)）])(?P<no>\d{1,3})[.．、](?=[\u4e00-\u9fff])")
# (an item that names no company but a bare trading name stands in the run: "海盐县农副产品综合市场", a market entity)
_BARE_MEMBER = re.compile(r"^(?:(?![的是为被有和与及在对把了])[\u4e00-\u9fff()（）]){4,25}$")


def numbered_run(line: str) -> tuple[str, list[str]] | None:
    """(the text before, the items) of the last run of items numbered 1, 2, 3 … on a line (at least two), or None."""
    for first in reversed(list(_RUN_FIRST.finditer(line))):
        items, start, want = [], first.end(), 2
        for m in _RUN_NEXT.finditer(line, first.end()):
            if int(m["no"]) == want:
                items.append(line[start : m.start()])
                start, want = m.end(), want + 1
        if items:
            last = re.split(r"[，,。；;：:！!？?]", line[start:])[0]
            return line[: first.start()], items + [enterprise_name(last) or last]
    return None


def run_holders(line: str, above: str = "") -> tuple[str, list[tuple[str, str]]]:
    """(the text before the run, (holder, level) for each) for a run of numbered names under a title naming a
    designation at a level (numbered_run): the title ends the text before the run on its line, else it is the line
    above; the items are names (two thirds of them enterprises, the rest bare trading names), else ("", []) — the run
    is no such list."""
    run = numbered_run(line)
    if not run:
        return "", []
    before, items = run
    # (the title after an attachment's label or a colon: "附件1: 海盐县…名单 (共25家)")
    title = re.split(r"[。；;！!？?:：]", before)[-1] or above
    if len(title) > 60 or not _DESIGNATION_OBJECT.search(title) or _NOT_HELD.search(title):
        return "", []
    klass = object_class(title)
    items = [i.strip() for i in items]
    firms = [i for i in items if is_enterprise(i) and not NOT_NAME.search(i)]
    bare = [i for i in items if i not in firms and _BARE_MEMBER.match(i) and not PLACE_OR_ORGAN_ITEM.search(i)]
    if not klass or klass in GRADES or len(firms) * 3 < len(items) * 2 or len(firms) + len(bare) < len(items):
        return "", []
    return before, [(i, klass) for i in items]


# an entry into a bare list ("我市6家企业顺利完成评审并入选公示名单", 周口晚报 2023: counted_lists count_act): it holds
# the page's level
_BARE_LIST = re.compile(r"^(?:成功|顺利)?(?:公示)?(?:名单|榜单)?$")


# A county's or a city's honours counted by kind ("重奖2010年度全县12个…先进单位、…和12家纳税先进企业", 岑巩), then one
# holder named among the honoured ("该县金源冶金有限公司赢得了10万元的最高奖,其余的11家受表彰的企业…"): the named one and
# the rest make the counted group of enterprises, at the level of its 全县 / 全市 / 全省.
_HONOURED_SCOPE = re.compile(r"(?:重奖|表彰|奖励)[^。；;]{0,40}?全(?P<p>省|市|县|区)")
_HONOURED_GROUP = re.compile(r"(?<!\d)(?P<n>\d+)家(?P<obj>[\u4e00-\u9fff]{2,12}?企业)(?=[、，,。；;和及与]|$)")
_REST_HONOURED = re.compile(r"(?P<names>[^，,。；;]{4,80}?)(?:赢得|获得|荣获|夺得)了?[^，,。；;]{0,20}?奖[，,]"
                            r"其余的?(?P<n>\d+)家受表彰的?(?:企业|单位)")
# (a product in brackets after a name the count vouches for: "这6家企业及主营产品是:X公司(乳酸)、…", counted_lists
# this_count_names)
_PRODUCT_AFTER = re.compile(r"(?P<end>" + ENDING_PATTERN + r")[(（][^()（）]{1,40}[)）]")


# A city's recommendation of holders to a designation's 认定 (a 推荐 list before the decision, proposed: enterprises.
# mark_proposed): "推荐中通客车控股股份有限公司等36家企业参加2020年度山东省第二批高新技术企业认定申报" (聊城), at the level of
# the designation's place. (A recommendation to apply for an award, "推荐X等三家企业申报市政府质量奖", names no 认定 and
# holds nothing.)
_RECOMMENDED_FOR = re.compile(r"推荐(?P<names>[^。；;，,]{4,600}?)等\d+[家户个](?:企业|单位)?(?:参加|申请)"
                              r"(?P<obj>[^，,。；;]{2,60}?)认定(?:申报)?(?=[，,。；;]|$)")
# The candidates a body proposes to recommend to a higher one (拟推荐 / 拟择优向X推荐 …等N家企业申报<designation>, a 公示 of
# a 推荐名单: proposed): "拟择优向工信部推荐A(产品)、B(产品)…等7家企业申报2024年制造业单项冠军企业" (吉林省工信厅), at the
# level the designation names or else of the body it goes to (工信部: the state's). (Only with 拟: a recommendation
# decided, "确定推荐X等三家企业申报市政府质量奖" (长兴), and an invitation to apply hold nothing; each name may carry
# its product in brackets, and a converter copy doubles a comma before 、.)
_PROPOSED_FOR = re.compile(r"拟[\u4e00-\u9fff]{0,4}?(?:向(?P<to>[\u4e00-\u9fff]{2,16}?))?推荐"
                           r"(?P<names>(?:[^。；;，,]|[，,](?=、)){4,600}?)等\d+[家户个](?:企业|单位)?申报"
                           r"(?P<obj>[^，,。；;]{2,60}?)(?=[，,。；;]|$)")


def recommended_holders(masked: str) -> list[tuple[str, str]]:
    """(holder, class) of a recommendation to a designation's 认定 (_RECOMMENDED_FOR) or of the candidates proposed for
    one (_PROPOSED_FOR), at the level its object (or the body recommended to) names."""
    out = [(n, klass) for m in _RECOMMENDED_FOR.finditer(masked)
           if (klass := object_class(re.sub(r"[（(][^()（）]*[)）]", "", m["obj"]))) and klass not in GRADES
           for n in enterprise_names(m["names"])]
    return out + [(n, klass) for m in _PROPOSED_FOR.finditer(masked)
                  if (klass := object_class(re.sub(r"[（(][^()（）]*[)）]", "", m["obj"])) or object_class(m["to"] or ""))
                  and klass not in GRADES
                  for n in enterprise_names(re.sub(r"[（(][^()（）]*[)）]", "", m["names"]))]


def listed_groups(masked: str, page_level: str | None, speaker: str | None = None) -> list[tuple[str, str]]:
    """(holder, class) of the lists of several designations a sentence publishes at once (_NAMED_LISTS): each group's
    first name at its designation's level, else the page's; the steps before the act in other clauses (企业自愿申报,
    公示等程序) withdraw nothing."""
    found = []
    for m in _NAMED_LISTS.finditer(masked):
        groups = list(_LIST_GROUP.finditer(m["groups"]))
        if not _NOT_HELD.search(m[0]) and all(_DESIGNATION_OBJECT.search(g["obj"]) and not _PROPOSED.search(g["obj"])
                                              for g in groups):
            found += [(n, klass) for g in groups if (klass := object_class(g["obj"]) or page_level or speaker)
                      and klass not in GRADES for n in enterprise_names(g["first"])]
    return found


def phrase_holders(masked: str, page_level: str | None, speaker: str | None = None) -> list[tuple[str, str]]:
    """(holder, class) a sentence with no act of its own names by its phrases (_NAMED_LIST, _ENTERED_AS and the
    designations run on after it, _INCLUDED, _HAS_HOLDERS, _EACH); `masked`: the sentence with its cited titles masked,
    `page_level`: the level of a list that names none; `speaker`: the level the page speaks for, a published list's
    last resort ("现将“X”等6663家首批农民专业合作社示范社名录予以发布" in a notice to 各省、自治区、直辖市: 国家级)."""
    found = [(n, klass) for m in _NAMED_LIST.finditer(masked)
             if (klass := list_level(m["obj"]) or (page_level or speaker if _levelless_list(m["obj"]) else None))
             for n in enterprise_names(m["names"])]
    for m in _ENTERED_AS.finditer(masked):
        klass = object_class(m["obj"]) or (page_level if _KIND_ONLY.match(m["obj"]) else None)
        if _PROPOSED.search(m["obj"]) or not _DESIGNATION_OBJECT.search(m["obj"]) or klass in GRADES + (None,):
            continue
        found += [(n, klass) for n in enterprise_names(m["names"])]
        at = m.end()
        if m["verb"] == "既有" and (also := _ALSO_HAS.match(masked, at)):
            found += [(n, klass) for n in enterprise_names(also["names"])]
            at = also.end()
        # (and the designations run on after it, at its level: "…,示范平台为浠水县金信金融服务有限公司")
        while (more := _ALSO_AS.match(masked, at)) and _DESIGNATION_OBJECT.search(more["obj"]):
            found += [(n, object_class(more["obj"]) or klass) for n in enterprise_names(more["names"])]
            at = more.end()
    for m in _INCLUDED.finditer(masked):
        obj = m["obj"] or m["part"]
        klass = object_class(obj) or page_level
        if _DESIGNATION_OBJECT.search(obj) and not _PROPOSED.search(obj) and klass not in GRADES + (None,):
            found += [(n, klass) for n in enterprise_names(m["names"])]
    for m in _HAS_HOLDERS.finditer(masked):
        klass = object_class(m["obj"]) or page_level
        if _DESIGNATION_OBJECT.search(m["obj"][:-2]) and klass not in GRADES + (None,):
            found += [(n, klass) for n in enterprise_names(m["names"])]
    for m in _EACH_HOLDERS.finditer(masked.strip()):
        klass = object_class(m["obj"]) or page_level
        if (_DESIGNATION_OBJECT.search(m["obj"][:-2]) or _RANKED.search(m["obj"][:-2])) and not _PROPOSED.search(m["obj"]) \
                and klass not in GRADES + (None,):
            found += [(n, klass) for n in enterprise_names(m["names"])]
    for m in _EACH.finditer(masked):
        names, objs = enterprise_names(m["names"]), re.split(r"[和及、]", m["objs"])
        klasses = [object_class(o) for o in objs]
        if len(names) == len(objs) > 1 and all(k and k not in GRADES for k in klasses) \
                and all(map(_DESIGNATION_OBJECT.search, objs)):
            found += list(zip(names, klasses))
    return found


def _row_run(item: str) -> list[str]:
    """The names of a list's row run on apart by 、: two or more, every item but the last an enterprise (the last, where
    it is none, no name: a page cut inside it), no sentence among them; else []."""
    parts = [p.strip() for p in item.rstrip("。；;").split("、")]
    names = [p for p in parts if is_enterprise(p) and not NOT_NAME.search(p) and not GENERIC_NAME.match(p)]
    return names if len(names) >= 2 and len(names) >= len(parts) - 1 and names == parts[: len(names)] \
        and not re.search(r"[。；;！!？?，,]", item.rstrip("。；;")) else []


# A company's profile telling the titles it has held, the company named as the subject of an earlier sentence of the paragraph
# and the titles quoted after 先后 / 曾 / 多次 and the act: "山东景阳冈酒厂有限公司已成为一个集…的综合性工业旅游景区。企业广泛开展…。
# 先后被评为“聊城市社会科学普及教育基地”、“山东省文化产业示范基地”、…、“山东省工业旅游示范点”、“国家AAA级旅游景区”" (meijiu.com,
# entrep101; "泉州市高吕阁…股份有限公司种植茶叶303亩,…。…2021年企业获选为“泉州知名农产品品牌”、“南安市诚信示范企业”等称号",
# 泉州农情, http://www.ydxx.net/show/209/8834.html); "该公司2010年被评为全国优秀食用菌龙头企业" names no title quoted and is read
# as any sentence. A title of a site, a
# craft, a project or a product is none of the company's (景区, 遗产, 项目, 产品, 品牌), but a place's N大名品 title (十大名茶)
# is its maker's (decision G).
_TITLES_HELD = re.compile(r"^(?:\d{4}年)?(?:(?:该|这家)?(?:公司|企业)(?:\d{4}年)?(?:先后|曾经?|多次|相继|陆续)?|先后|曾经?|多次|相继|陆续)"
                          r"(?:还|又|也)?(?:被评为|被认定为|被授予|"
                          r"被命名为|荣获|获评|获选为|获得)(?P<titles>(?:[“\"][^”\"]{2,40}[”\"](?:[、，,和及与]|等)*)+)")
_NOT_A_TITLE = re.compile(r"景区|遗产|项目|产品|品牌|名牌|商标|(?<![\d十百]大)名茶|奖章|劳模|个人")
# the holders of the sentence before, pointed back to by a pronoun, given a designation of their own in a clause: "其中,
# 南寧百貨大樓股份有限公司等9家企業,此前已被商務部認定為“中華老字號”。按照“廣西老字號”的認定辦法,它們被直接認定為“廣西老字號”"
# (entrep138 guangxi-shoupi-guangxi-laozihao-27jia-zhonghua-laozihao-zhijie-rending-traditional.txt:3) — each holds both
_THEY_DESIGNATED = re.compile(r"(?:^|(?<=[，,]))(?:它们|他们|这些企业|上述企业)(?:也|均|都|还|亦)?(?:被|经)?(?:直接|同时|一并)?"
                              r"(?:认定|评定|确定|命名|授予)为?(?P<obj>[“\"][^”\"]{2,30}[”\"](?:称号)?)(?=[，,]|$)")
# A firm named by its short name alone as the whole subject of a clause that enters it into an enterprise designation at a
# level, the subsidiary told as the company's: "亚世光电确定入选辽宁省瞪羚企业,公司控股子公司奇新光电入选辽宁省雏鹰企业"
# (证券时报网, entrep46 liaoning-dengling-chuying-gongshi-jieshu-short-names-zigongsi.txt:2 — a listed firm and its
# subsidiary by the short names the market knows them by). The name is a short name (firm_items.short_name: no place,
# organ, clause or kind), four characters or more (a person's name is shorter), none that opens with a speaker's word.
_SHORT_SUBJECT_ENTERED = re.compile(r"(?:^|(?<=[，,]))(?:(?:该)?公司(?:控股|全资)?子公司)?(?P<name>[\u4e00-\u9fff]{4,8}?)"
                                    r"(?P<proposed>拟|将|有望|申报)?(?:确定|成功|正式|顺利)?(?:入选|获评|被认定为|被评为)"
                                    r"(?P<obj>[^，,。；;“”\"]{2,30}?企业)(?=[，,。；;]|$)")


# (a kind of thing entered is no firm's name: "高新技术入选…", "该项目入选…")
_THING_ENTERED = re.compile(r"(?:技术|产品|项目|品牌|基地|园区|中心|行业|产业|领域|工程|平台|集群|成果)$")


def short_subject_holders(sentence: str) -> list[tuple[str, str]]:
    """(short name, level) for each clause of a sentence whose whole subject is a firm's short name entered into an
    enterprise designation at a level (_SHORT_SUBJECT_ENTERED), else []."""
    out = []
    for m in _SHORT_SUBJECT_ENTERED.finditer(sentence):
        name = m["name"]
        if m["proposed"] or is_enterprise(name) or not short_name(name) or NOT_MEMBER.search(name) or name in division_levels() \
                or _THING_ENTERED.search(name) \
                or re.match(r"[我本该全其各这此]", name) or not _DESIGNATION_OBJECT.search(m["obj"]):
            continue
        if (klass := object_class(m["obj"])) and klass.endswith("级") and klass not in GRADES:
            out.append((name, klass))
    return out


_SUBJECT = re.compile(r"^[^，,。；;：:、“”\"]{4,40}?(?:公司|集团|厂|合作社|农场)")
# A company named as the subject of a sentence (its place before it, "位于…的", set aside), then pointed back to by 该公司 / 这家企业
# opening a later sentence whose act enters it into a designation: "位于黔西市洪水镇新桥村的贵州高原蓝梦菇业科技有限公司,是一家集…的
# 现代生物技术企业。" ⏎ "该公司牵头建成了黔西市22个食用菌种植基地,…,在2021年被评选为国家级农业产业化重点龙头企业。" (fresh62
# guizhou_bijie-shi-2023-nongye-longtou-qiye-gznews.txt:17, 19; its README: the record on the designation's line, named by the
# paragraph's subject) — the sentence read with the company's name for its pointer (act_holders' reading)
_FIRM_OPENING = re.compile(r"^(?:位于[^，,。；;：:、“”\"]{2,24}?的)?(?P<firm>[^，,。；;：:、“”\"的]{4,40}?(?:公司|集团|厂|合作社|农场))"
                           r"(?=[，,]?(?:是|为|始建|成立|创建|创办|位于|地处|坐落|主要|现有|拥有|以|集|专业|一直))")
_THAT_FIRM = re.compile(r"^(?:该|這家|这家|該)(?:公司|企业|企業)")


_SHORT_NAME_NOTE = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[:：]?[^（）()]{1,20}[)）]")


class HolderReader:
    """The holders of a page's acts, read sentence by sentence in page order (the page's level and its enumerations
    carry from one sentence to the next)."""

    def __init__(self, title_level: str | None = None, title: str = "", issuer_level: str | None = None):
        self.level = title_level or list_level(title)
        # the level of the organ the page last named acting ("市质监局对评选出的10家…进行了公布"), and of the document's own
        # issuer (its signature's organ, read before the body): a list titled with no level is theirs, and so are the lists
        # of several designations a sentence publishes at once (listed_groups); an act's holders keep the act's own
        # reading (its object, organ, page or speaker: a graded scheme's grade, 安全生产标准化二级, is no issuer's level)
        self.organ: str | None = None
        self.issuer_level = issuer_level
        self.groups: list[tuple[list[str], str, str]] = []
        self.speaker: str | None = None  # the level of the place the page speaks for ("我市启动了…": 市级)
        self.townships = False  # whether the page addressed its townships ("各乡镇人民政府,…": a county-level city's)
        self.listing = titled_level(title)  # the level of the list whose names come one a line
        self.review: str | None = None  # the level of the designation a review's results table reviews (review_sections)
        self.declared: set[str] = set()  # the classes the page declares by name (_DECLARED)
        self.withheld: str | None = None  # the level of a list whose section now read withdraws (撤销)
        self.counted: dict[str, tuple[int, str]] = {}  # a counted group's first holder: (its count, its class)
        self.honoured: dict[str, str] = {}  # a count of enterprises a county's honours named, unnamed: its level
        # a count an act gave a designation to, unnamed: its class (counted_lists count_act, act_count_as)
        self.counted_sets: dict[str, str] = {}
        self.above = ""  # the line read before
        self.ran = False  # whether the line read last held a numbered run under its title (run_holders)
        self.published: str | None = None  # the class of the list the page last published, a proposed one too (_PUBLISHED)
        # the level of the list the line read last published, by its own words else the organ publishing it ("东莞市工业和
        # 信息化局发布首批重点产业链“链主”企业名单" → 市级): a table of its names just below takes it (enterprises)
        self.list_published: str | None = None
        # the class of the ranking the page last published ("发布2012中国企业500强": 国家级): names placed in it below hold it
        self.ranking: str | None = None
        self.subject: str | None = None  # the enterprise the paragraph read last opened a sentence with (_TITLES_HELD)
        self.firm: str | None = None  # the company the page last named as a sentence's subject (_FIRM_OPENING, _THAT_FIRM)

    def read(self, line: str, raw: str = "") -> list[tuple[str, str]]:
        """The holders a line names; `raw`: the line as printed, its spaces kept (spaced_run)."""
        line = re.sub(r"[，,]+(?=[、，,])", "", line)  # (a converter's doubled commas: "A,、B,、C等3家企业")
        # (the short name a bracket gives what precedes it is no holder, colon or not: "…组织开展了农业产业化省级重点龙头企业(以下
        # 简称:省级重点龙头企业)监测工作", fresh51's 鲁农产业字〔2022〕22号)
        line = _SHORT_NAME_NOTE.sub("", line)
        above, self.above = self.above, line
        if self.listing and (town := _TOWN_LABEL.match(raw)) and line.startswith(label := re.sub(r"\s", "", town[0])):
            line = line[len(label):]
        # (a page that prints its list as its city's own, 市本级, keeps it 市级 as printed)
        self.townships = (self.townships or addresses_townships(line)) and not prints_city_level(line)
        self.list_published = None  # (a table takes the list of the line just above it only: prose between closes it)
        # (a run of numbered names under its title: its holders, and the sentences before it read as any)
        before, run = run_holders(line, above)
        self.ran = bool(run)
        if run:
            out = self.read_sentences(before) if before else []
            out += [h for h in run if h[0] not in {n for n, _ in out}]
        else:
            # (a translated page's list, its count on the line above: kg.extract.japanese_lists)
            out = japanese_counted_holders(above, line) or self.read_sentences(line) or self.spaced_run(raw)
        if self.townships:  # (a county-level city's page: its bare 市's organs and lists rank as a county's)
            self.organ, self.level, self.listing, self.list_published, self.speaker = (
                county_city_level(x, True) for x in (self.organ, self.level, self.listing, self.list_published, self.speaker))
            out = [(n, county_city_level(k, True)) for n, k in out]
        return out

    def spaced_run(self, raw: str) -> list[tuple[str, str]]:
        """(holder, class) of a counted set an act gave a designation to, unnamed (counted_lists count_act: "丰县7家家庭
        农场拟被评为省级示范家庭农场"), whose names a later line prints apart by spaces ("…牌匾。 丰县强睿家庭农场 丰县范楼镇俊东谷物种植
        家庭农场 … 丰县成峰果蔬种植家庭农场 家庭农场的规范发展 …", a forum's repost whose line breaks became spaces): a run of
        as many items as the count, each a whole name, else []."""
        if not self.counted_sets or not re.search(r"\S\s+\S", raw):
            return []
        runs, run = [], []
        for token in raw.split():
            item = normalize_line(token).strip("、，,。；;")
            if is_enterprise(item) and enterprise_name(item) == item and not NOT_NAME.search(item):
                run.append(item)
                continue
            runs, run = runs + [run], []
        for names in runs + [run]:
            if len(names) > 1 and (klass := self.counted_sets.get(str(len(names)))):
                return [(n, klass) for n in names]
        return []

    def count_sets(self, line: str) -> None:
        """Keeps the counted sets a line's acts enter (counted_lists count_act, act_count_as), for a line another reader
        takes: "…我市6家企业顺利完成评审并入选公示名单。" (周口晚报 2023) opens a list below it, and its set is named by its count later ("这6家
        企业及主营产品是:…")."""
        for sentence in re.split(r"[。；;！!]", line):
            self._count_conferred_sets(sentence, _mask(sentence))

    def _count_conferred_sets(self, sentence: str, masked: str) -> None:
        """Keeps the class of each count an act gives a designation to, unnamed ("山西省9家企业荣获…称号": count_act),
        for the sentence that names the set by its count later."""
        for m in count_matches(masked, "count_act", "act_count_as"):
            # (a withdrawal or an application in the act's clause holds nothing; one in another clause of the sentence,
            # "通过家庭农场申报、镇(街道)审核…,丰县7家家庭农场拟被评为…", is a step before it)
            clause = masked[max(masked.rfind(c, 0, m.start()) for c in "，,；;") + 1 : m.end()]
            if _NOT_HELD.search(clause):
                continue
            # (an entry with no object of its own, or into a bare 名单, enters the list the page published: its level;
            # a recommended one's holds nothing)
            if _BARE_LIST.match(m["obj"].strip()) and m["act"] in ("入选", "上榜", "入围"):
                if self.level and self.level not in GRADES and not _PROPOSED.search(clause):
                    self.counted_sets[m["n"]] = self.level
                continue
            if _DESIGNATION_OBJECT.search(m["obj"]) and (klass := object_class(m["obj"])) and klass not in GRADES:
                self.counted_sets[m["n"]] = klass

    def _counted_set_holders(self, sentence: str, masked: str) -> list[tuple[str, str]]:
        """(holder, class) of a counted set named by its count ("这9家企业分别是:X、Y…": this_count_names) after the act
        that counted it, or of a counted set the page just named (count_kind_names), else []."""
        if (m := first_count(masked, "this_count_names")) and m["n"] in self.counted_sets:
            names = _PRODUCT_AFTER.sub(r"\g<end>", m["names"]) if m["products"] else m["names"]
            counted = counted_items(names, int(m["n"])) or enterprise_names(names)
            if (named := [(n, self.counted_sets[m["n"]]) for n in counted]):
                return named
        if (m := first_count(masked, "this_count_acted_names")) and not _NOT_HELD.search(m["obj"]) \
                and not _PROPOSED.search(m["obj"]) \
                and _DESIGNATION_OBJECT.search(m["obj"]) and (klass := object_class(m["obj"])) and klass not in GRADES \
                and (named := [(n, klass) for n in enterprise_names(m["names"])]):
            return named
        # (or "这105家企业包括X等26家内资企业,Y等29家…" after the act that counted them: the set the page just
        # named, at the page's level)
        if (m := first_count(masked, "count_kind_names")) and not _NOT_HELD.search(sentence) \
                and not _PROPOSED.search(m["obj"]) and _DESIGNATION_OBJECT.search(m["obj"]) \
                and (klass := object_class(m["obj"]) or (self.level if re.search(r"(?:这|此|上述)$",
                                                                                 sentence[: m.start()]) else None)) \
                and klass not in GRADES:
            # (the count vouches for short names where the items before the next comma are exactly that many: "12家国家
            # 制造业单项冠军企业分别是高盛钢丝绳、鹏翎集团、…、TCL中环、…、天锻、…、新宇彩板,这些企业…", 天津, entrep92)
            counted = counted_items(re.split(r"[，,]", m["names"])[0], int(m["n"]))
            return [(n, klass) for n in counted or enterprise_names(m["names"])]
        # (or a counted set of the list the page published, told where it comes from before its names: "14家绿色工厂来自
        # 电子、建材、…等行业,分别为:X、Y…" after "北京市经信委公布了2018年北京市绿色制造名单", entrep92 — the list's level)
        if self.published and (m := first_count(masked, "count_from_names")) and not _NOT_HELD.search(sentence) \
                and not _PROPOSED.search(sentence) and _DESIGNATION_OBJECT.search(m["obj"]) \
                and (klass := object_class(m["obj"]) or self.published) not in GRADES:
            counted = counted_items(re.split(r"[，,]", m["names"])[0], int(m["n"]))
            return [(n, klass) for n in counted or enterprise_names(m["names"])]
        # (or a counted set, a comma, then its names grouped by the province each comes from: "…共5家,他们分别是浙江省的X、
        # Y,河南省的Z…" (counted_then_named) — the kind's level, else that of the list the page is about; a news page
        # about no list holds what its kind names: "全区省级龙头企业达到5家,即X、Y…", 东北网 呼兰区, fresh47)
        if not _NOT_HELD.search(sentence) and not _PROPOSED.search(sentence):
            named = [(n, object_class(kind) or self.level) for n, kind in counted_then_named(sentence)]
            return [(n, klass) for n, klass in named if klass and klass not in GRADES]
        return []

    def _list_row(self, line: str) -> list[tuple[str, str]] | None:
        """What a line gives as a part of a list whose names come one a line: its title opens it ([]), a section
        withdraws or resumes it ([]), a row is a holder at its level; None where the line is no part of one (a sentence
        closes the list)."""
        if run := titled_run(line):
            return run
        # (a review's results table, then its groups by result: the passed group's rows keep the designation, review_sections)
        if klass := review_table(line):
            self.review = klass
            return []
        if self.review and (passed := passed_section(line)) is not None:
            self.listing, self.withheld = (self.review if passed else None), None
            return []
        # (or a section heading naming an honour with no level over its holders: "一、十强农业龙头企业", honour_headings)
        if (level := titled_level(line)) or (levelless_title(line) or honour_heading(line)) and \
                (level := self.level or self.organ or self.speaker or self.issuer_level):
            self.listing, self.withheld = level, None
            return []
        if (self.listing or self.withheld) and _SECTION.match(line) and not is_enterprise(_SECTION.sub("", line)):
            if _NOT_HELD.search(line):
                self.listing, self.withheld = None, self.listing or self.withheld
                return []
            if self.withheld:
                self.listing, self.withheld = self.withheld, None
                return []
        if self.listing:
            item = _ITEM_NO.sub("", line).strip()
            # (a row a brand clause closed with its full stop, "宁波药材股份有限公司。" once enterprise_classes.unbranded
            # dropped ",品牌“冯存仁”,品牌创立于1851年")
            item = item[:-1] if item[-1:] in "。；;" and is_enterprise(item[:-1]) else item
            if is_enterprise(item) and not NOT_NAME.search(item) and not GENERIC_NAME.match(item):
                return [(item, self.listing)]
            # (a site on the list named by its operator and product, "海南省印象大坡实业有限公司胡椒基地": the operator
            # holds it, the design-centre rule)
            if (run := _OPERATED_SITE.match(item)) and (name := enterprise_name(run["name"])) == run["name"] \
                    and not GENERIC_NAME.match(name):
                return [(name, self.listing)]
            # (or the names of a row run on apart by 、 under an award's heading: "五、荣获中山市2005年度企业入库税收突出贡献奖
            # 企业名单:" ⏎ "完美(中国)日用品有限公司、佳能(中山)办公设备有限公司、…", 中山, entrep92)
            if run := _row_run(item):
                return [(n, self.listing) for n in run]
            if re.search(r"[。；;！!？?]", line) or len(line) > 60:
                self.listing = None
        return None

    def read_sentences(self, line: str) -> list[tuple[str, str]]:
        """The holders of a line's titles, sections and sentences (read's work but for a numbered run)."""
        if (row := self._list_row(line)) is not None:
            return row
        # (a proposed list's set is read too, its holders marked by enterprises.mark_proposed)
        if self.level and (m := _ENTERED_NAMED.search(line)) and not _NOT_HELD.search(line):
            groups = [_GROUP_COUNT.sub("", g) for g in re.split(r"[；;]", m["names"])]
            if (named := [(n, self.level) for n in enterprise_names("、".join(g for g in groups if g))]):
                return named
        self.declared |= {c for m in _DECLARED.finditer(line) for c in re.findall(r"[“\"]([^”\"]{1,8})[”\"]", m["classes"])}
        out = [(n, m["cls"]) for m in _CLASS_HEADING.finditer(line) if m["cls"] in self.declared for n in enterprise_names(m["names"])]
        # (holders grouped by place in brackets after their designation: read on the whole line, the groups parted by ;)
        out += place_grouped(_mask(line))
        added = None
        share = bool(_SHARE_LINE.match(line))  # (a paragraph on the place's share of the list: its examples are holders)
        self.subject = None
        before: list[tuple[str, str]] = []  # (the holders of the sentence before: _THEY_DESIGNATED)
        for sentence in re.split(r"[。；;！!]", line):
            # (the company a sentence opens with is the subject of the paragraph's later sentences that name none)
            if _SUBJECT.match(sentence) and (subj := enterprise_name(re.split(r"[，,]", sentence)[0])) \
                    and sentence.startswith(subj):
                self.subject = subj
            if not self.speaker and (we := speaker_level(sentence, self.townships)):
                self.speaker = we  # (我市 of a county-level city, its notice addressed to townships: 县级)
            elif not self.speaker and _NATIONAL_ADDRESSEES.match(sentence):
                self.speaker = "国家级"
            if (opening := _FIRM_OPENING.match(sentence)) and enterprise_name(opening["firm"]) == opening["firm"]:
                self.firm = opening["firm"]
            found, self.level = act_holders(sentence, self.level, self.groups, self.speaker)
            if not found and self.firm and (that := _THAT_FIRM.match(sentence)) and not _NOT_HELD.search(sentence) \
                    and not _PROPOSED.search(sentence):
                found, self.level = act_holders(self.firm + sentence[that.end():], self.level, self.groups, self.speaker)
            self.organ = organ_level(_mask(sentence)) or self.organ
            # (a sentence that enters a counted set and announces its names, one a line below: "此次宁波入选第二批
            # “浙江老字号”的9家企业分别是:", 宁波 — the rows below are holders at the act's class)
            if not found and self.level and _NAMES_BELOW.search(sentence) and _ACT.search(_mask(sentence)) \
                    and not _NOT_HELD.search(sentence) and not _PROPOSED.search(sentence):
                self.listing = self.level
            # (the steps before it in the sentence, "经乡镇培育推荐和区级评定", propose nothing: its own clause is read)
            if not found and (m := _CONFERRED_BELOW.search(sentence)) \
                    and not (_NOT_HELD.search(own := re.split(r"[，,]", sentence)[-1]) or _PROPOSED.search(own)) \
                    and (klass := object_class(m["obj"]) or self.level) and klass not in GRADES:
                self.listing = klass
            for m in _PUBLISHED.finditer(_mask(sentence)):
                self.published = object_class(m["obj"]) or self.published
                self.list_published = object_class(m["obj"]) or organ_level(_mask(sentence)[: m.start()]) \
                    or self.list_published
            if not found and self.subject and (m := _TITLES_HELD.match(sentence)):
                found = [(self.subject, k) for t in re.findall(r"[“\"]([^”\"]{2,40})[”\"]", m["titles"])
                         if not _NOT_A_TITLE.search(t) and (k := object_class(t)) and k not in GRADES]
            # (a ranking published, and its members told by their place in it: "发布2012中国企业500强,中石化以…领跑榜单,
            # A、B…分列第二至第十位", counted_lists.RANK_LAYOUTS)
            for m in RANKING_PUBLISHED.finditer(sentence):
                self.ranking = ranking_class(m["obj"]) or self.ranking
            if not found and self.ranking and not _NOT_HELD.search(sentence):
                found = [(n, self.ranking) for n in ranked_names(sentence)]
            if not found and self.published and (m := _FROM_PLACE.search(sentence)):
                found = [(n, self.published) for n in enterprise_names(_unbranded_items(m["names"]))]
            if not found and self.published and not _NOT_HELD.search(sentence):
                found = [(n, self.published) for m in _KEPT_OR_ADDED.finditer(sentence) for n in enterprise_names(m["names"])]
            # (or the place's share of it in other words: "其中,包头市推荐的X技术中心、…以及Z技术中心共5家企业技术中心获得认定";
            # "本次荆门上榜企业中,既有…龙头企业,如X、Y等,也有…,如主攻锂电池的Z,…等")
            if not found and self.published and not _NOT_HELD.search(sentence):
                found = [(n, self.published) for m in (*_SHARE_COUNTED.finditer(sentence), *_SHARE_NAMED.finditer(sentence),
                                                       *_SHARE_INCLUDES.finditer(sentence))
                         for n in enterprise_names(m["names"])]
                if not found and _SHARE_OF_LIST.search(sentence):
                    found = [(n, self.published) for m in _SUCH_AS.finditer(sentence) for n in enterprise_names(m["names"])]
            # (a counted group whose held designation draws a warning keeps it: "对评价分数在60—65分的A、B2家省级企业技术中心
            # 给予警告" (青海 2023 企业技术中心 评价); the 撤销 clause beside it holds nothing)
            found = found or warned_held(sentence, self.level)
            # "本次新增省级农业龙头企业都是…。其中,大部分是…综合性企业,如A、B、C、D等。" (海南日报 2009): a paragraph on the
            # set the page's act added, at the level it names, gives examples of its holders
            if (m := _ADDED_SET.match(sentence.strip())) and not _NOT_HELD.search(sentence) \
                    and not _PROPOSED.search(m["obj"]) and (klass := object_class(m["obj"])) and klass not in GRADES:
                added = klass
            if not found and added and not _NOT_HELD.search(sentence):
                found = [(n, added) for m in _SUCH_AS.finditer(sentence) for n in enterprise_names(m["names"])]
            if not found and share and self.published and not _NOT_HELD.search(sentence):
                found = [(n, self.published) for n in kind_examples(sentence)]
            # "第二批认定“江苏老字号”的吴江企业(品牌)包括X(輯里)、Y(仁昌顺)…等": the entrants of a designation named by
            # what they entered, each brand in brackets no part of its name, at the designation's class
            if not found and not _NOT_HELD.search(sentence) and (m := _ENTRANTS.search(sentence)) \
                    and _DESIGNATION_OBJECT.search(m["obj"]) and (klass := object_class(m["obj"])) and klass not in GRADES:
                found = [(n, klass) for n in enterprise_names(_unbranded_items(m["names"]))]
            found = found or counted_entrants(sentence, self.level)
            if not found and (published := list_level(sentence)):
                self.level = published
            masked = _mask(sentence)
            if not found and not _NOT_HELD.search(sentence):
                found = phrase_holders(masked, self.level, self.speaker)
            found = found or listed_groups(masked, self.level, self.speaker or self.issuer_level)
            # (those counted in with this year's by 包括 stand beside the act's own holders of the sentence)
            if self.level and self.level not in GRADES and (m := _EARLIER_ENTRANTS.search(masked)) \
                    and (not found or m[0].startswith("包括")) \
                    and not _NOT_HELD.search(m[0]) and (named := enterprise_names(m["names"])) \
                    and len(named) == len([p for p in re.split(r"[、和及]", m["names"]) if p]):
                found = found + [(n, self.level) for n in named if n not in {h for h, _ in found}]
            self._count_conferred_sets(sentence, masked)
            if (scope := _HONOURED_SCOPE.search(masked)) and not _NOT_HELD.search(sentence):
                self.honoured |= {m["n"]: scope["p"] + "级" for m in _HONOURED_GROUP.finditer(masked, scope.end())}
            found = found or [(n, self.honoured[str(int(m["n"]) + 1)]) for m in _REST_HONOURED.finditer(masked)
                              if str(int(m["n"]) + 1) in self.honoured for n in enterprise_names(m["names"])]
            found = more_counted(found, self._counted_set_holders(sentence, masked))
            found = found or recommended_holders(masked)
            # (the candidates a 公示 puts up after the page published its list: "公示了第七批农业产业化国家重点龙头企业名单…现将
            # 四川雪宝乳业集团有限公司等25家企业进行公示", 遂宁 — the list's class; enterprises.mark_proposed marks them)
            if not found and self.published and not _NOT_HELD.search(masked):
                found = [(n, self.published) for m in _PUT_TO_PUBLICITY.finditer(masked) for n in enterprise_names(m["names"])]
            if not found and not _NOT_HELD.search(sentence) and not _PROPOSED.search(sentence):
                found = short_subject_holders(masked)
            # (or the holders of the sentence before, pointed back to by a pronoun: "…,它们被直接认定为“广西老字号”")
            if not found and before and (m := _THEY_DESIGNATED.search(masked)) and not _NOT_HELD.search(sentence) \
                    and not _PROPOSED.search(sentence) and (klass := object_class(m["obj"])) and klass not in GRADES:
                found = [(n, klass) for n, _ in before]
            found = [(site_operator(n), klass) for n, klass in found]
            before = found
            for n, klass in found:
                if (count := re.search(re.escape(n) + r"等(\d+)[家户个]", masked)):
                    self.counted[n] = (int(count[1]), klass)
            out += found
            self.groups += enumerations(sentence)
        # (a counted group's members numbered after it: the run opening with its first holder, of its count)
        for run in numbered_runs(line):
            if run[0] in self.counted and len(run) == self.counted[run[0]][0]:
                out += [(n, self.counted[run[0]][1]) for n in run if n not in {o for o, _ in out}]
        return out
