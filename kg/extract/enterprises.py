"""Enterprises: classified lists (亩产效益 A+/A/B/C/D/T, 环保绩效 and 信用 ratings on the same pattern,
规模以上/以下) in tables (tab, pipe, one pipe cell per line), in paragraphs of names under text that names one class,
names one a line under a class heading ("一、A类企业（2家）"), names each printed with its class ("X公司(A级)、…"),
and employer columns of name lists; the sentences that put names in a class are read by enterprise_sentences, and
what a name or a class is by enterprise_classes. A list's title naming one class ("2019年度湖南省五星级乡村旅游区(点)
名单", over two lines, or a heading counting what it lists) vouches for its items as rated operators whatever they
are called (农庄, 沃园, 一木居; `titled_class`), except on a list of a site rating (5A级旅游景区: SITE_RATINGS), whose
places are no enterprise; a list announced by 名单如下 takes the one class the text before it names; a list
titled or entered ("27家…矿山被纳入“…全国绿色矿山名录”。") at one level of a listed designation takes that level, across
its place groups ("河北省"), an image placeholder, numbered items that are no name, and items glued onto one line. A
holder no reader here takes, named beside an act of designating, rating or awarding whatever the designation's words
(企业技术中心 评为优秀, 省长质量奖, 老字号), is read by holder_reader (each act by held_lists), as are the rows under a list's own title at a level."""

from __future__ import annotations

import re

from kg.extract.base import CELL_LINE as _CELL_LINE, doc_lines, pipe_cell_rows, source
from kg.extract.card_counts import card_counts, counted_card_holders
from kg.extract.card_groups import card_holders
from kg.extract.cell_tables import numbered_cell_tables
from kg.extract.conferrals import conferral_level, conferred_classes, organ_level
from kg.extract.holder_reader import HolderReader, warned_held
from kg.extract.holder_shapes import company_of, unexampled
from kg.extract.list_shapes import Context, clean_holder, shaped_records
from kg.extract.name_twins import merge_twins
from kg.extract.published_lists import published_list_holders
from kg.extract.ranking_tiers import reports, tier_holders
from kg.extract.grade_events import grade_events
from kg.extract.held_lists import GRADES
from kg.extract.implied_holders import implied_holders
from kg.extract.told_lists import told_list_holders
from kg.extract.entrant_lists import site_footer
from kg.extract.proposed_holders import (centre_holder, numbered_heading_level, proposed_holders, publicized_above,
                                         row_score, scored_columns)
from kg.extract.enterprise_classes import (CARD_MENTION, CLASS_MENTION, CLASS_PATTERN, ENDING_PATTERN, ENV_CREDIT,
                                           FINAL_AFTER_PUBLICITY,
                                           SITE_RATINGS,
                                           canonical_class, card_class, counted_owners, is_enterprise, one_class,
                                           owns_counted, parse_class, proposal, publicity_confers,
                                           rating_of, split_alias, token_class, unbranded)
from kg.extract.cut_names import cut_in_form
from kg.extract.enterprise_sentences import (BARE_NAME, CLAUSE_WORDS, NOT_MEMBER, designation_levels, procedure_levels,
                                             named_list_levels,
                                             page_designations, farm_placed, level_classes, listed_rating,
                                             listed_levels, narrative_classes, warned_holders)
from kg.parse.normalize import compact, fold, printed_form
from kg.parse.segment import ParsedIssue

__all__ = ["extract_enterprises", "listed_names"]

_YEAR = re.compile(r"(20\d{2})\s*年")
_PERSON_GENDER = re.compile(r"[（(](男|女)[）)]$")


# "一、A类企业（2家）", "A类（优先发展类）企业", "AA级：", "“AAA”级劳动关系和谐企业名单" — a heading naming one
# class; "1.某某化工有限公司" — a name item
_CLASS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            rf"(?:\d{{4}}年度?)?[\u4e00-\u9fff]{{0,12}}?[“\"]?(?P<cls>{CLASS_PATTERN})[”\"]?(?:类|级)"
                            r"(?:[(（](?P<label>[^()（）\d]{2,8})[)）])?"
                            r"(?:[\u4e00-\u9fff]{0,10}?(?:企业|单位|纳税人)(?:名单)?)?"
                            r"(?:[(（]?共?\d+[家户个][)）]?)?[:：]?$")
# "(一)红牌企业(8家):", "五星级企业", "省级“守合同重信用”企业:", "二、省级专精特新中小企业:" — a heading naming one class
# of another scale (its count may follow its colon: "1、四星级:7个" under "5、山东省好客人家星级农家乐(33个)", 莒县, entrep81)
_TOKEN_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            r"(?P<tok>[^，,。；;：:()（）]{2,14}?)(?P<org>企业|单位)?(?:[(（]?共?\d+[家户个][)）]?)?[:：]?"
                            r"(?:(?<=[:：])共?\d+[家户个])?$")
# (up to 64 characters: a mine printed with its company is named long, is_enterprise holds every other name to 40)
_NAME_ITEM = re.compile(r"^(?:\d{1,3}[.、．。]|[（(]\d{1,3}[)）])?(?P<name>[^、，,。；;：:]{4,64}?)[。；;]?$")

# "2019年度湖南省五星级乡村旅游区(点)名单", "2023年度红牌企业名单": a list's title naming one class. What it lists are
# rated operators whatever they are called (a farm stay 农庄, a scenic spot 山庄, a homestay 居): the title vouches for
# each numbered item that reads as a name (BARE_NAME, not a clause: NOT_MEMBER); a title printed over two lines is
# read with the fragment above it
_ATTACHMENT_ITEM = re.compile(r"^(?:附件|\W*\d{1,2}[.．、])")
# (a title ends in 名单, or counts what it lists: "一、五星级乡村旅游区(点)(8家)")
_LIST_TITLE = re.compile(r"(?:(?:名单|名录)(?:[(（]共?\d+[家户个处][)）])?|[(（]共?\d+[家户个处][)）])[:：]?$")
# "1.长沙市(3家)", "二、衡阳市:": a group of the list by place, inside the list (its items keep the title's class)
_GROUP_HEADING = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?"
                            r"[\u4e00-\u9fff]{1,8}?(?:[省市区县州盟旗]|自治州|地区)(?:[(（]共?\d+[家户个处][)）])?[:：]?$")


_HEADLINE_ENTRY = re.compile(r"\d+[家户个][\u4e00-\u9fff]{0,6}?(?:上榜|入选|入围|榜上有名|荣登|跻身|获评)")


def titled_class(title: str) -> tuple[str, str | None] | None:
    """The one class a list's title names (a star grade, a colour card, a letter class), or None: the text must be a
    title (ends in 名单, no sentence punctuation) and name exactly one class."""
    if not _LIST_TITLE.search(title) or len(title) > 60 or re.search(r"[。；;，,！!？?]", title):
        return None
    # "附件:1.山东省…A级企业名单", "3.…引领性企业名单": a list of attachments names lists printed elsewhere
    if _ATTACHMENT_ITEM.match(title) or _CLASS_HEADING.match(title):  # (a letter heading keeps its own reading)
        return None
    # "永修县3家企业上榜2022年江西省专业化小巨人企业公示名单" (a news headline): a count entering a list is news of it,
    # no list's own title — its holders are the ones the text names
    if _HEADLINE_ENTRY.search(title):
        return None
    # (or the one level of a listed designation: "纳入云南省省级绿色矿山名录" ⏎ "14家矿山名单", 云南)
    return one_class(title) or listed_class(title)


def listed_designation(text: str) -> str | None:
    """The one listed designation a text names at one level ("2023年度省级专精特新中小企业名单" → 专精特新中小企业)."""
    levels = listed_levels(text)
    return levels.pop()[1] if len(levels) == 1 else None


def listed_class(text: str) -> tuple[str, None] | None:
    """The class of the one listed designation a text names at one level ("全国绿色矿山名录" → 国家级), or None."""
    levels = listed_levels(text)
    return (levels.pop()[0] + "级", None) if len(levels) == 1 else None


# "其中,共有11个省市的27家石材相关矿山被纳入“2020年度全国绿色矿山名录”。" ⏎ "河北省" ⏎ "易县盛奇达建材有限公司…矿": a
# sentence that enters a counted set in a named list of one level, ending there; its members follow one a line
_ENTERED_LIST = re.compile(r"\d+[家个处][^，,。；;：:]{0,12}?被?(?:纳入|列入|入选|进入)[^，,。；;：:]{0,30}?"
                           r"(?:名录|名单)[”\"》]?[。：:]?$")
# "四川省农业厅日前评选出200家第二批省级示范农庄并予以公示。" ⏎ "成都市:" ⏎ "都江堰市青城道茶山庄" ⏎ … (四川日报 2018, and its
# 凉山 and 广安 copies, scxc.wenming.cn/yw/201801/t20180112_2846272.htm): an organ's choice of a counted set of one
# listed designation, ending the line, then its members one a line under their cities; the count vouches for them,
# whatever they are called (农业园, 庄园, 山水人家), as a list's title does
_CHOSEN_LIST = re.compile(r"(?:评选出|遴选出|评定出|评出)了?\d+[家个处][^，,。；;：:]{2,30}?(?:并(?:予以|进行)?公示|予以公示)?[。：:]?$")


# a heading that says which list the names on the lines below entered: "其中,纳入能效先进清单(能效优于或等于标杆水平)的有:"
# (安徽省发展改革委's 能效清单 公告, as a news item prints it); the class is the list's (CLASS_TOKENS), and a names line
# may repeat the act after its names ("X、Y纳入能效落后清单(能效低于基准水平)。")
_ENTERED_HEADING = re.compile(r"^(?:其中[，,]?)?(?:被)?(?:纳入|列入|进入)(?P<list>[^，,。；;：:()（）]{2,20}?)"
                              r"(?:[(（][^()（）]{0,30}[)）])?的(?:企业|单位)?(?:有|是|为|包括)[：:]$")
_ENTRY_REPEATED = re.compile(r"(?<=[^、，,])(?:被)?(?:纳入|列入|进入)[^、，,；;]{2,40}?[。；;]?$")


def entered_heading(text: str) -> tuple[str, str | None] | None:
    """The class of the list a heading says the names below it entered (_ENTERED_HEADING), or None."""
    m = _ENTERED_HEADING.match(text)
    return token_class(m["list"]) if m else None


def entered_row(text: str) -> list[str]:
    """The names of a line under an _ENTERED_HEADING, an act repeating the entry after them dropped; every item a
    name, else []."""
    parts = [p for p in re.split(r"[、，,；;]", _ENTRY_REPEATED.sub("", text).rstrip("。；;")) if p]
    return parts if parts and all(map(is_enterprise, parts)) else []


def entered_class(text: str) -> tuple[str, None] | None:
    """The class of the list a sentence says a counted set entered, the sentence's last words (_ENTERED_LIST)."""
    return listed_class(text) if _ENTERED_LIST.search(text) or _CHOSEN_LIST.search(text) else None


def chosen_list(text: str) -> bool:
    """Whether a sentence's last words choose a counted set whose members follow one a line (_CHOSEN_LIST)."""
    return bool(_CHOSEN_LIST.search(text))


# "4.云南华新水泥(富民)有限公司富民县砂锅村山石灰岩矿5.宜良县耿家营石灰岩矿": numbered items a converter glued onto one
# line; the next item starts at the next number, printed right after the last character of the one before
_GLUED_NO = re.compile(r"(?<=[\u4e00-\u9fff)）])(?P<no>\d{1,3})[.．、](?=[\u4e00-\u9fff])")


def glued_items(text: str) -> list[str]:
    """The numbered items of a line, split where the next number follows (one item: [text])."""
    first = re.match(r"(\d{1,3})[.．、]", text)
    if not first:
        return [text]
    parts, start, want = [], 0, int(first[1]) + 1
    for m in _GLUED_NO.finditer(text):
        if int(m["no"]) == want:
            parts.append(text[start : m.start()])
            start, want = m.start(), want + 1
    return parts + [text[start:]]


_LIST_ITEM_NO = re.compile(r"^\d{1,3}[.．、](?=[\u4e00-\u9fff])")
_ENTRY_ACT = re.compile(r"^(?:成功|顺利|均|也)?(?:入选|入围|上榜|榜上有名|获评|荣获|被评为|被认定为)")
_BARE_ROW_NO = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff])")
# "湖北福鑫新材料科技有限公司" ⏎ … ⏎ "湖北曙光食品有限公司" ⏎ "8家企业" ⏎ "荣获湖北省专精特新中小企业称号" (a county's post,
# 黄梅): names one a line, then the count that gathers them and the act that designates them (on that line or the next):
# the names are the count's members, read as "X、Y…等8家企业荣获…"
_COUNT_AFTER_NAMES = re.compile(r"^(?:等|以上|上述|这|共)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个](?:企业|单位)?")
# the column labels of a table printed one cell a line, between a list's title and its first row ("2025年第二批拟纳入自治区
# 绿色矿山名录矿山名单" ⏎ "序号" ⏎ "地(州、市)" ⏎ "矿山名称" ⏎ "1" ⏎ "昌吉州" ⏎ "新疆天池能源有限责任公司…煤矿", docent59 新疆,
# traditional): labels, no text that ends the list
_COLUMN_LABEL = re.compile(r"^(?:序号|编号|排名|排序|名称|[\u4e00-\u9fff]{1,6}(?:名称|名单)|所在地|所在地区|地区|区域|市州|县区|县市区"
                           r"|地[(（][州市县、]{2,5}[)）]|[\u4e00-\u9fff]{0,4}(?:所属地区|所属行业|类别|等级|级别|星级|评级|结果|备注|行业|得分|分数))$")
# a count of the place's entrants over their names, and an arrow pointing down at them, under a list's title ("第三批国家
# 专精特新“小巨人”企业名单" ⏎ "海口2家企业入选" ⏎ "↓↓↓" ⏎ "海南赛诺实业有限公司" ⏎ "海南金域医学检验中心有限公司", docent59 海口,
# a city's WeChat post): no text that ends the list
_LIST_MARKER = re.compile(r"^(?:[↓⬇▼▽↘]+|[\u4e00-\u9fff]{0,8}?\d{1,3}[家户个](?:企业|单位)?(?:成功|顺利)?(?:入选|上榜|入围|榜上有名)[:：]?)$")
# a page's placeholder for an image ("图片") stands between a list's lead-in and its items: no text of the page; nor is a
# caption of a file photo in brackets ("(資料圖片)" over 海南日报's 第三批高新技术种子企业 item, fresh38, a bare name to
# BARE_NAME), nor its credit ("(图片来源:…)")
_PLACEHOLDER = re.compile(r"^(?:图片|图|\[图片\]|image|img)$|^[(（\[【](?:资料|配|示意)?(?:图片|图|照片)(?:来源[:：][^()（）]{0,20})?[)）\]】]$",
                          re.I)




# "确定以下21家旅游景区为国家5A级旅游景区。" ⏎ "名单如下:" ⏎ "1。河北省承德市金山岭长城景区", "…拟确定为国家5A级旅游景区。"
# ⏎ "据悉,12家名单如下:X、Y、Z": a list announced (名单如下) after text naming one class; its names follow the colon or
# come one a line below
# ("决定推荐3家…为第七批自治区级农民专业合作社示范社,具体名单公布如下:", 额敏: the list published or put to 公示 as
# announced; a designation at one level names the class where no grade is printed)
_ANNOUNCED = re.compile(r"(?:名单|名录)(?:公布|公示)?如下[：:]?")


def announced_class(above: str, line: str) -> tuple[str, str | None] | None:
    """The one class named before a line announcing a list (名单如下), in that line or the one above, or None."""
    m = _ANNOUNCED.search(line)
    if not m:
        return None
    if klass := one_class(above + line[: m.start()]):
        return klass
    # (else, where the names follow on the announcing line itself, the level of the designation in the clause nearest
    # the announcement: the page's earlier clauses speak of the scheme at other levels, "进一步推动全县农民合作社示范社
    # 建设工作", "开展第七批自治区农民合作社示范社创建工作"; an announcement whose names come below is left to the
    # readers of the lines below, "现将名单公示如下,公示期为3天" (九江) or "具体名单如下:" ⏎ names (马关))
    clauses = [c for c in re.split(r"[，,。；;]", above + line[: m.start()]) if c]
    return next(filter(None, map(listed_class, reversed(clauses))), None) if announced_names(line) else None


def announced_names(line: str) -> list[str]:
    """The names after a list's announcement on its own line, each an enterprise (a cut last item aside), else []."""
    m = _ANNOUNCED.search(line)
    parts = [p.strip("“”\"。；;") for p in re.split(r"[、，,]", line[m.end():] if m else "")]
    parts = [re.sub(r"等$", "", p) for p in parts if p]
    names = [p for p in parts if is_enterprise(p)]
    return names if names and len(names) >= len(parts) - 1 else labelled_names(line[m.end():] if m else "")


# "玉什喀拉苏镇:额敏县成福养殖农民专业合作社杰勒阿尕什镇:额敏县福乐家农业专业合作社上户镇:额敏县丰汇农业专业合作社如有异议,
# 请…" (额敏, a 公示 flattened onto one line): each name printed after its place's label and a colon, the next label glued
# to it; the list ends at the first name no label follows (what follows it is the text's next clause)
_PLACE_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|县|区|市|旗|苏木)")


def labelled_names(text: str) -> list[str]:
    """The names of a list printed as place label, colon, name, the next label glued to each name, else []."""
    segments = re.split(r"[：:]", text)
    if len(segments) < 3 or not _PLACE_LABEL.fullmatch(segments[0]):
        return []
    names = []
    for seg in segments[1:]:
        ends = [m.end() for m in re.finditer(ENDING_PATTERN, seg) if is_enterprise(seg[: m.end()])]
        glued = next((e for e in reversed(ends) if _PLACE_LABEL.fullmatch(seg[e:])), None)
        if glued is not None:
            names.append(seg[:glued])
            continue
        # (the last name, and the clause after it: "…合作社如有异议,请在公示期内…")
        last = [e for e in ends if not re.search(r"[，,。；;、]", seg[:e])]
        if last:
            names.append(seg[: last[-1]])
        break
    return names if len(names) >= 2 else []


def list_title(text: str, above: str = "") -> str | None:
    """The list title a line ends ("旅游区(点)名单" read with "2019年度湖南省五星级乡村" above it), or None."""
    for title in (text, above + text):
        if titled_class(title):
            return title
    return None




def vouched_row(text: str) -> list[str]:
    """The names of a line listing several members of a titled list ("浏阳市浏河第一湾生态农庄、长沙县沃园"), each a
    vouched member, else []."""
    parts = [_ITEM_NO.sub("", p.strip()) for p in re.split(r"[、，,；;]", text.rstrip("。；;")) if p.strip()]
    return parts if len(parts) >= 2 and all(map(vouched_member, parts)) else []


def vouched_member(name: str) -> bool:
    """An item of a titled list: an enterprise, or a bare name that is no clause and no place."""
    return is_enterprise(name) or (bool(BARE_NAME.match(name)) and not NOT_MEMBER.search(name)
                                   and not CLAUSE_WORDS.search(name))


# "福建奋安不锈钢有限公司(仓山区)福州晟光五金表面装饰有限公司(仓山区)…": names printed without separators, each
# followed by its district; the district (a place, not an alias) ends the name
_GLUED_PLACE = re.compile(r"(有限公司|有限责任公司|公司|厂|医院|合作社)[(（][^()（）]{1,8}?[区县市旗][)）]")


def unglue(text: str) -> str:
    return _GLUED_PLACE.sub(r"\1、", text).rstrip("、")


_ITEM_NO = re.compile(r"^(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])")
# "1、山东国际合作联合有限公司:AA级→AAA级" (a chamber's 公示 of grades raised on review): an arrow between the old
# grade and the new one
_CHANGED_TO = re.compile(r"\s*(?:→|->|—>|=>|⇒|调整为|上调为|下调为|调为)\s*")


def paired_classes(text: str, rating: str | None = None) -> list[tuple[str, tuple[str, str | None]]]:
    """(enterprise, class) for a line of names each printed with its own class: "1.某某化工有限公司 A类",
    "某某化工有限公司(A级)、某某机械有限公司(B级)", "某某公司:红牌". Every part must pair, else []."""
    out = []
    for part in (p for p in re.split(r"[、，,；;]", _ITEM_NO.sub("", text).rstrip("。；;")) if p):
        # the name ends at one of its ending words; what follows (less brackets and a colon) must be a class
        # (a grade changed on a review, "X:AA级→AAA级", is the grade it became: the one after the last arrow)
        pairs = ((part[: m.end()], re.sub(r"^[\s(（:：—-]+|[)）\s]+$", "", _CHANGED_TO.split(part[m.end():])[-1]))
                 for m in re.finditer(ENDING_PATTERN, part))
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




def mentioned_class(*texts: str) -> str | None:
    """The one class the text before a list of names speaks of (None when none or several): a letter class, or a
    colour card named by the card or its level ("被亮“红牌”的8家企业:", "福州环保不良企业名单")."""
    found = {m[1] for t in texts for m in CLASS_MENTION.finditer(t or "")}
    found |= {card_class(m[0])[0] for t in texts for m in CARD_MENTION.finditer(t or "")}
    return found.pop() if len(found) == 1 else None


def nearest_class(texts: list[str]) -> str | None:
    """The class of a list of names (the last text) from the list itself and the nearest text before it that speaks
    of any: "被亮“红牌”的8家企业:" just above the names decides, though a paragraph run together with it further up
    also names the 黄牌 ones (None when these two name several classes)."""
    *before, own = texts or [""]
    near = next((t for t in reversed(before) if CLASS_MENTION.search(t or "") or CARD_MENTION.search(t or "")), "")
    return mentioned_class(near, own)


def _list_name(heading: str, doc_title: str) -> str:
    for key in ("规模以上", "规模以下"):
        if key in heading:
            return key
    m = re.search(r"《?([^《》]*名单)", doc_title)
    return (m[1] + "（工作单位）") if m else (heading or doc_title)


_ROW_PART = re.compile(r"^[\u4e00-\u9fff()（）]{4,40}$")


def joint_holders(cell: str) -> list[str]:
    """The enterprises of a cell that joins bare names with 、 (a row's several 依托单位), or [] where a part is no bare
    name (a clause, a count) or none is an enterprise."""
    parts = cell.split("、")
    if len(parts) < 2 or not all(_ROW_PART.match(q) for q in parts):
        return []
    return [q for q in parts if is_enterprise(q)]


def _row_cells(raw: str) -> list[str]:
    # (tabs only before the text are its indentation, one cell: "\t\t中华老字号复核结果汇总表(广东省)", entrep31's 广东 page)
    if "\t" in raw.strip():
        return [c.strip() for c in raw.split("\t")]
    # "王 旭 山东知味斋餐饮娱乐有限公司": a two-character name printed with an inner space (a sentence before a name is
    # no cell: "…市人民政府决定授予X等5家企业… (5)徐州江煤科技有限公司", a decision and its list glued on one line)
    parts = raw.split()
    # ("1.福耀玻璃工业集团股份有限公司 2.福建福光股份有限公司 …": a run of numbered items, one paragraph, no row)
    if len(parts) >= 2 and all(re.match(r"\d{1,3}[.．、]", p) for p in parts[-2:]):
        return [raw.strip()]
    if len(parts) >= 2 and is_enterprise(compact(parts[-1])) and not re.search(r"[，,。；;]", " ".join(parts[:-1])):
        return [" ".join(parts[:-1]), parts[-1]]
    # "1 某某化工有限公司 某某镇 A类": a numbered row printed with spaces between its cells
    if len(parts) >= 3 and parts[0].isdigit() and any(is_enterprise(compact(p)) for p in parts[1:]):
        return parts
    return [raw.strip()]


# the header cell of a table's column of holders: "企业名称", "名称", or "主体" / "申报主体" / "建设主体" (江苏省农业农村厅's
# 首批现代农业全产业链标准化基地: "序号 | 市别 | 主体 | 产品", one pipe cell a line, the city cell spanning rows)
_HOLDER_COLUMN = re.compile(r"名称|^(?:[\u4e00-\u9fff]{0,4})?主体$|^企业$")


def counted_table_class(counted: dict[str, tuple[int, str]], cells: list[str], table_class) -> str | None:
    """The class of a table's rows: the one the table already took, else the class of the counted group ("X等22家…")
    whose first holder this row names, else None."""
    if table_class:
        return table_class[0]
    return next((counted[c][1] for c in cells if c in counted), None)


def _rows(lines):
    """(cells in matching form, cells as printed, first line index, last line index) of every line, and
    of every row of a table printed one pipe cell per line."""
    # tables printed one cell per line (pipe cells or bare lines) with numbered rows under a 名称 column
    wanted = lambda header, no_col: (len(header) - no_col - 1) if any(_HOLDER_COLUMN.search(h) for h in header) else None
    tables = {first: (cells, first, last) for _, _, rows in numbered_cell_tables(lines, wanted, indented=True)
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
            # (a numbered table inside the run, a cell merged over rows, "2 |" ⏎ "X有限公司 |" ⏎ "草莓 |" under "序号 | 市别
            # | 主体 | 产品": its rows are the numbered ones; the pipe rows stop at its first)
            inner = min((t for t in tables if k < t < end), default=None)
            if rows and inner is not None:
                rows, end = [r for r in rows if r[2] < inner], inner
            if rows:
                for cells, a, b in rows:
                    yield [c.strip() for c in cells], [c.strip() for c in cells], a, b
                k = end
                continue
        # cells in their matching form, printed spaces kept (pipe rows come split from the text)
        cells = _row_cells(fold(ln.raw) if "\t" in ln.raw or "\t" not in ln.text else ln.text)
        if not site_footer(ln.text):  # (a site's footer names its keeper, no holder: "© 2017-2022 zhengsoso.com 版权所有 … X有限公司")
            yield cells, _row_cells(ln.raw), k, k
        k += 1


# "1. 山西大同市天贵国际酒店(星牌号:1450007)" (文化和旅游部's list of hotels whose stars were withdrawn): a code printed
# in brackets after a name, labelled or not, is no part of it
# "认为沙湾市腾乐棉业有限公司(详见公示名单)符合…验收合格" (克拉玛依 棉花加工企业 验收公示), "X有限公司(名单附后)": a pointer to
# the list printed in brackets after a name is no part of it
_SEE_ALSO_AFTER = re.compile(r"[(（](?:详见|见|具体见|附)[^()（）]{0,10}[)）]$|[(（](?:名单|详情)附后[)）]$")
_CODE_AFTER = re.compile(r"[(（](?:[\u4e00-\u9fff]{1,8}[:：])?[A-Za-z0-9-]{5,}[)）]$")
# "一、取消星级" ⏎ "1. X酒店(星牌号:…)" … "二、限期整改12个月" ⏎ "10. Y酒店(…)": a section of a list whose heading withdraws
# what its rows held (取消, 撤销, 摘牌, 除名, 移出, 未通过复核) holds nothing; the next section heading ends it
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[^，,。；;]{1,30}$")
_WITHDRAWN_SECTION = re.compile(r"取消|撤销|撤銷|摘牌|除名|移出|[不未]通[过過]|不合格")
# a section whose rows are put under a time-limited rectification ("二、限期整改12个月", 文化和旅游部's 五星级 hotels): a
# warning, no withdrawal (the integrator's decision, stop 19) — its rows keep the one grade the page spoke of above it
# ("对9家饭店予以取消五星级旅游饭店资格的处理,对6家饭店予以限期整改12个月的处理")
_WARNED_SECTION = re.compile(r"限期整改")
_STAR_GRADE = re.compile(r"(?<![十\d])[一二三四五]星级")


# A table whose header names a column of enterprises' names ("序号 | 所属重点产业链 | “链主”企业名称 | 镇街(园区) | 牵头服务部门",
# entrep66 东莞, http://ad-model.com/news/675797.html) under text that published a list ("2023年6月5日,东莞市工业和信息化局
# 发布首批重点产业链“链主”企业名单"): its rows with no class of their own are that list's, at its level (HolderReader.
# list_published); a row's department cell is no holder (the name column's enterprise is)
# (or a column of the list's 主体, "序号 | 市别 | 主体 | 产品", _HOLDER_COLUMN)
_NAME_COLUMN = re.compile(r"(?:企业|单位)(?:名称|全称)[”\"]?$|^[\u4e00-\u9fff]{0,4}主体$")


# "编号 | 区/单位 | 单位 | 验收结果 |" ⏎ "1 | 闵行区 | 智耕股份有限公司 | 优秀 |" ⏎ "3 | 上海士开蔬菜种植专业合作社 | 合格 | |" (上海市农业
# 农村委 2021 标准园 验收结果, fresh61): a table with a column of a check's result; each row's holder takes the grade its
# cell prints (GRADES, wherever a row with an empty cell shifted it)
_RESULT_COLUMN = re.compile(r"^(?:验收|评价|考核|复核|评定|评审|监测)(?:结果|等次|等级)$")


def row_grade(cells: list[str]) -> str | None:
    """The one grade a row of a results table prints in a cell of its own (优秀 / 良好 / 合格 / 基本合格), else None."""
    grades = {c for c in cells if c in GRADES}
    return grades.pop() if len(grades) == 1 else None


def _kept_grade(texts: list[str]) -> str | None:
    """The one star grade the texts name (a warned section's rows keep it), or None where they name none or several."""
    grades = {g for t in texts for g in _STAR_GRADE.findall(t)}
    return grades.pop() if len(grades) == 1 else None


# "4、徐州新河矿泉水有限责任公司(矿泉水)" (江苏's 绿色矿山 list): the mineral a listed mine yields, printed in brackets
# after its holder's name, is no part of the name (a partnership's "(有限合伙)" is)
_MINERAL_AFTER = re.compile(r"(?:(?<=公司)|(?<=矿))[(（][\u4e00-\u9fff]{0,6}(?:矿泉水|地热|岩|石|砂|土|矿)[)）]$")


# "海南北部湾盆地花场凝析油气田/海南福山油田勘探开发有限责任公司" (海南's 绿色矿山 list): a field or mine printed before a
# slash, then the company that works it: the company holds the listed site (a site alone names no holder)
_SITE_BEFORE_SLASH = re.compile(r"^[^/／]{2,40}?(?:油气田|油田|气田|矿区|矿|井)[/／](?=[^/／]{4,40}(?:公司|集团)$)")


# A locator printed before a holder's name, glued to it: the park it stands in ("天易经开区园区内湘潭离心机有限公司",
# lifecn.com.cn 湘潭; "高新区内X"), the kind of firm it is in a place ("安康高新区民营企业陕西智宇寰宸医疗器械有限公司",
# audientise.com 安康), or a place that has it ("湖北省有武大吉奥信息技术有限公司等9家企业入围", hb.cri.cn; "该市有X") —
# no part of the name; cut only where a whole enterprise's name is left ("…有色金属…", "…有机…" are names' own words)
# (or what is left of "我市共有X、Y…等七家企业受到表彰" once 我市 is read off: 共有, 0539.rz114.cn 临沂)
# ("名单中,黑龙江省共有包括黑龙江娃哈哈饮料有限公司、…等38家绿色工厂入选", 黑龙江 fresh36: the place, 共有 and 包括)
# (or a place with 的 before the name, or the 的 of a clause cut off before it: "青州市的山东青州中外运储运有限公司成功获评4A级
# 物流企业", https://qingzhou.sd.cn/guanzhu/283048.html, entrep101; "…名单,包括全市32家企业…的通化茂祥制药有限公司", fresh39 通化)
_LOCATOR_BEFORE = re.compile(r"^(?:[\u4e00-\u9fff]{1,10}?(?:园区内|区内|境内|辖区内|(?<=[区县市镇])民营企业|[省市区县州旗]共?有(?![色机线限效]))"
                             r"|[共还另]有|[\u4e00-\u9fff]{1,8}?[省市区县州旗镇]的|的)(?:包括)?(?=[\u4e00-\u9fff]{4})")


def _unlocated(name: str) -> str:
    """The name less a locator glued before it (_LOCATOR_BEFORE), where an enterprise's name is left."""
    cut = _LOCATOR_BEFORE.sub("", name)
    return cut if cut != name and is_enterprise(cut) else name


def _record(issue, doc, name: str, printed: str, cls, rating, heading, year, row_no, line_no, end_no=None) -> dict:
    name, printed = clean_holder(_CODE_AFTER.sub("", name)), clean_holder(_CODE_AFTER.sub("", printed.strip()))
    name, printed = _SEE_ALSO_AFTER.sub("", name), _SEE_ALSO_AFTER.sub("", printed)
    name, printed = _MINERAL_AFTER.sub("", name), _MINERAL_AFTER.sub("", printed)
    name = unexampled(company_of(_unlocated(_SITE_BEFORE_SLASH.sub("", name))))  # (holder_shapes: a brand, 如)
    name, aliases = split_alias(name)
    return {
        "id": f"ent:{name}",
        "name": name,
        "name_as_printed": printed,
        "aliases": aliases,
        "classifications": [{
            # (the class in its canonical form, in which equal grades printed differently meet: 五星 = 五星级, AA级 =
            # AA; the class as the text prints it beside it)
            "class": canonical_class(cls[0]) if cls else None,
            "class_as_printed": cls[0] if cls else None,
            "label": cls[1] if cls else None,
            "rating": rating if cls else None,
            "list": _list_name(heading, doc.title) if cls else _list_name("", doc.title),
            "doc_id": doc.id,
            "year": year,
            "row_no": row_no,
            "status": None,  # "proposed" for a holder of a list before its final decision (mark_proposed)
        }],
        "doc_id": doc.id,
        "source": source(issue, line_no, end_no),
    }


# a sentence of a final act of its own, or of an earlier list: its holders are final whatever the page proposed before
# it ("今年1月底,省工信厅公布了海南省第一批创新型中小企业名单,X等215家企业成为…", after a 公示 of the second batch; "此前,
# 青岛已有X、Y入选首批山东省工业旅游示范基地", after a 拟确定 of the third; "自然资源部发布《…关于将X等矿山纳入全国绿色矿山
# 名录的公告》", after its 公示)
# (a byline's label is no act: "发布时间:2022-11-30 | 来源:中国网", 公布日期)
# (the decision that ends the steps before it, a 公示 among them: "经过赤峰市推荐、自治区专家评审及工信部最终确定,A、B、C、D四户
# 企业被评选为“国家级绿色工厂”" after "国家工信部公示了第四批…名单" (赤峰, fresh36); an entry into a list, "A和B被列入自治区有色
# 行业绿色工厂示范名单" — an entry into a 公示名单 is a proposal, read before this: proposal)
_FINAL_ACT = re.compile(r"(?:公布|发布)(?!时间|日期|者|人)|印发|决定|公告|被?(?:认定|评|评选|命名|确定)为|授予|成为|荣获|获评|复核通过"
                        r"|最终(?:确定|认定|审定|评定)|被(?:列入|纳入)"
                        r"|此前|之前|早前|先前|去年|前年|已有|已经有|曾"
                        # (a standing count of holders to date: "截至目前四子王旗共有…国家级龙头企业2家(A、B)" after "每个苏木乡镇拟评定3家…"
                        # (fresh58 neimenggu_wulanchabu-siziwang-qi-2024-shifan-hezuoshe-jiating-nongmuchang-028wgk.txt:14; its README:
                        # final holders))
                        r"|截至(?:目前|当前|现在|\d{4}年(?:\d{1,2}月)?(?:底|末)?)[^，,。；;]{0,12}?(?:共有|现有|拥有)")
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
# (the final act after names one a line: one of _FINAL_ACT, a review passed, a title kept: "等8家企业通过复核" ⏎ "保留…称号")
_FINAL_GATHERED = re.compile(rf"{_FINAL_ACT.pattern}|通过[^，,。；;]{{0,6}}?(?:复核|复评)|保留[^，,。；;]{{0,24}}?称号")
_PROPOSED_ACT = re.compile(r"[拟擬](通过|通過|认定|認定|命名|确定|確定|授予)")
# (a result word that points back to the list the page just reported is no act of its own: "据了解,此次获评国家级绿色工厂的
# 兵团企业是A、B、C" after "工业和信息化部公示2024年度绿色制造名单" (兵团, fresh40) — proposed while that list is)
# (nor a 成为 that tells what the entry just told made of its holder: "辽宁省科学技术厅公示了2023年度第一批…榜单,…。其中,沈阳市的
# 十月稻田集团股份有限公司成功上榜,成为辽宁省第一家也是唯一一家独角兽企业", entrep46 沈阳 — proposed while that list is)
_RESULT_OF_REPORTED = re.compile(r"(?:此次|本次|这次|这批)[^，,。；;]{0,4}?(?:获评|荣获|成为)|(?<=上榜|入选|入围)[，,]成为")


def _own_act(sentence: str) -> re.Match | None:
    """The first final act (_FINAL_ACT) of a sentence that is its own, not a result word of the list the page just
    reported (_RESULT_OF_REPORTED)."""
    back = [m.span() for m in _RESULT_OF_REPORTED.finditer(sentence)]
    return next((m for m in _FINAL_ACT.finditer(sentence) if not any(a <= m.start() < b for a, b in back)), None)


# a clause of its own that confers the record's class, in a sentence whose other clause proposes another list ("兰石化、天华院…
# 等8家企业荣获省级绿色工厂称号,兰石化、天华院、蓝科石化等6家企业入围工信部2021年度绿色制造公示名单", 兰州): the record's
# clause is final (never a clause of an act still to come: "如无异议,X将被评为…", "拟评为…")
_CLAUSE_END = re.compile(r"[，,]")
_NOT_YET = re.compile(r"将|拟|如|若|待|候选|公示|推荐")


def _final_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence that confer a class of their own (_FINAL_ACT, nothing still to come)."""
    return [c for c in _CLAUSE_END.split(sentence)
            if _FINAL_ACT.search(c) and not _NOT_YET.search(c) and proposal(c) is None]


def _in_final_clause(clauses: list[str], record: dict) -> bool:
    printed = record["classifications"][0]["class_as_printed"]
    return bool(printed) and any(record["name"] in c and printed in c for c in clauses)


# A company named short on its list ("赛象公司与A、B…这6家天津企业一起成功入选", 天津, entrep92) whose page prints its full name
# elsewhere ("天津赛象科技股份有限公司副总经理王红军…介绍"): the record takes the full name, the short one its alias
_SHORT_COMPANY = re.compile(r"^(?P<core>[\u4e00-\u9fff]{2,4})(?:公司|集团)$")
_LEGAL_END = r"(?:股份有限公司|有限责任公司|有限公司)"


def _name_in_full(records: list[dict], text: str) -> None:
    """Give a record named by a short company name the one full name of the page that holds its core (_SHORT_COMPANY),
    the short name kept among its aliases; none where the page prints no such name or several."""
    for r in records:
        if not (m := _SHORT_COMPANY.match(r["name"])):
            continue
        full = {f for f in re.findall(rf"[\u4e00-\u9fff()（）]{{0,12}}{m['core']}[\u4e00-\u9fff()（）]{{0,16}}?{_LEGAL_END}", text)
                if is_enterprise(f) and not f.startswith(r["name"]) and not re.search(r"[与和及]", f)}
        if len(full) == 1:
            r["aliases"] = sorted({*r["aliases"], r["name"]})
            r["name"] = full.pop()
            r["id"] = f"ent:{r['name']}"


def _closing_act(pieces: list[str], i: int, confers: bool) -> re.Match | None:
    """The final act (_FINAL_ACT) that closes the sentence piece i continues: pieces apart by ；/; are the clauses of one
    sentence ("现将通过评定的X等2家客运特级企业…;Y等2家货运特级企业…;Z等10家…名单进行公布", 道路运输企业等级, entrep92),
    whose act is printed once, in its last clause — none where a clause on the way proposes."""
    for piece in pieces[i + 1 :]:
        if proposal(piece, confers) is not None:
            return None
        if act := _FINAL_ACT.search(piece):
            return act
        if not piece.endswith(("；", ";")):
            return None
    return None


def mark_proposed(title: str, lines, records: list[dict]) -> None:
    """Give status "proposed" to the classifications of a document's records that a proposed list holds (PROPOSED:
    拟认定, 公示名单, 候选 …): a record whose own sentence proposes, or whose sentence tells of no final act of its own
    (_FINAL_ACT) after the page last spoke of a proposed list — its title, then each sentence in order ("此次上榜的第五批…
    企业为X" after "省经信厅公示第五批…名单"; a 公示 that has ended speaks of a final one), or whose paragraph's next
    sentence puts it to 公示 ("…验收合格。现予以公示"), or whose final act is one its paragraph's proposed list named with
    拟 (复核拟通过名单 … 复核通过). A record whose own clause of a proposing sentence confers its class is final
    (_final_clauses). A row of a table takes what the page said before its line."""
    confers = publicity_confers(compact(title) + "".join(ln.text for ln in lines))
    state = proposal(compact(title), confers) is True
    by_line: dict[int, list[dict]] = {}
    for r in records:
        by_line.setdefault(r["source"]["line_start"], []).append(r)
    done, before = set(), {}
    for ln in lines:
        before[ln.no] = state
        proposed_acts: set[str] = set()  # (the acts this paragraph's proposed lists name with 拟: 复核拟通过 → 通过)
        sentences = [x for x in _SENTENCE_END.split(compact(ln.text)) if x]
        for i, sentence in enumerate(sentences):
            said = proposal(sentence, confers)
            # (a list the paragraph's next sentence puts to 公示, naming none of its own, is proposed: "认为X、Y、Z…符合
            # 自治区棉花加工企业基本技术条件的要求,验收合格。依据相关政策规定,现予以公示", 新疆)
            nxt = sentences[i + 1] if i + 1 < len(sentences) else ""
            if said is None and nxt and proposal(nxt, confers) \
                    and not any(r["name"] in nxt for r in by_line.get(ln.no, [])):
                said = True
            act = _own_act(sentence) or (sentence.endswith(("；", ";")) and _closing_act(sentences, i, confers))
            # (a final act the paragraph's proposed list named just before is that list's, still proposed: "公布…拟认定
            # 名单和…复核拟通过名单,X等5家企业入选…;Y等3家企业复核通过", 威海)
            final = said is None and bool(act) and not any(a in act[0] for a in proposed_acts)
            if said:
                proposed_acts |= set(_PROPOSED_ACT.findall(sentence))
            clauses = None  # (the sentence's conferring clauses, read once for its records: _final_clauses)
            for r in by_line.get(ln.no, []):
                if id(r) not in done and r["name"] in sentence:
                    done.add(id(r))
                    if said and clauses is None:
                        clauses = _final_clauses(sentence)
                    if (said and not _in_final_clause(clauses, r)) or (said is None and not final and state):
                        for k in r["classifications"]:
                            k["status"] = "proposed"
            state = said if said is not None else state
    for r in records:
        if id(r) not in done and before.get(r["source"]["line_start"]):
            for k in r["classifications"]:
                k["status"] = "proposed"


# A numbered item below a proposed list's heading (numbered_heading_level): "1、合肥美亚光电技术股份有限公司技术中心"
_PROPOSED_ITEM = re.compile(r"^(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])(?P<name>[^、，,。；;：:]{4,40}?)[。；;]?$")


def _proposed_records(issue, doc, lines, out: list[dict], year) -> None:
    """Add the holders of the proposed lists no reader above took (proposed_holders: 拟授予 short names, an award's
    分别是 under its 公示, candidates entering a review, 复核拟通过; numbered_heading_level: numbered lines below a
    公示's 分别为:), each "proposed"; a record of the same line whose name is the start of a holder read here (a short
    name cut: 雏鹰农牧集团 of 雏鹰农牧集团股份) gives way to it."""
    mine = [r for r in out if r["doc_id"] == doc.id]
    known = {r["name"] for r in mine}
    added: list[dict] = []

    def add(name: str, klass: str, ln) -> None:
        cut = [r for r in mine if r["source"]["line_start"] == ln.no and name.startswith(r["name"]) and name != r["name"]]
        if name in known or (any(k.endswith(name) for k in known) and not cut):
            return
        for r in cut:
            out.remove(r)
            mine.remove(r)
        known.add(name)
        rec = _record(issue, doc, name, printed_form(name, ln.raw), (klass, None), None, "", year, None, ln.no)
        rec["classifications"][0]["status"] = "proposed"
        added.append(rec)

    # (a table of scores, where the page puts its results to 公示: each row's score as printed, scored_columns)
    if any(proposal(compact(x.text)) for x in lines) and not any(FINAL_AFTER_PUBLICITY.search(compact(x.text)) for x in lines):
        def wanted(header, no_col):
            cols = scored_columns(header)
            return max(cols) - no_col if cols and min(cols) > no_col else None
        for header, no_col, rows in numbered_cell_tables(lines, wanted):
            holder, score = (i - no_col - 1 for i in scored_columns(header))
            for cells, first, last in rows:
                cells = [compact(c) for c in cells]
                if len(cells) > max(holder, score) and is_enterprise(cells[holder]) and (klass := row_score(cells[score])):
                    at = next((x for x in lines[first : last + 1] if compact(x.text) == cells[holder]), lines[first])
                    add(cells[holder], klass, at)
    below, before = None, ""
    for ln in lines:
        text = compact(ln.text)
        if ln.blank or _filler(ln):
            continue
        if below and (item := _PROPOSED_ITEM.match(text)) and is_enterprise(name := centre_holder(item["name"])):
            add(name, below, ln)
            continue
        below = numbered_heading_level(text, before)
        for name, klass, _ in proposed_holders(text, text, compact(doc.title or "")):
            add(name, klass, ln)
        before = (before + text)[-400:]
    out.extend(added)


# "1、金坛盘固采石有限公司大石包山水泥用灰岩矿" ⏎ "?" ⏎ "?" ⏎ "2、…" (a repost printing a "?" line between every two
# lines, 江苏's 绿色矿山 公告): a line of nothing but punctuation is a filler, no text of the page — it neither ends the
# list above it nor stands as the line above the next
_FILLER = re.compile(r"^[\s?？�·.。,，、*＊…—\-_=~]+$")


def _filler(line) -> bool:
    return not line.blank and bool(_FILLER.match(line.text))


def _unfilled(lines, a: int) -> list:
    """The two lines before line a, fillers (_filler) skipped."""
    before = [x for x in lines[max(0, a - 8) : a] if not _filler(x)]
    return before[-2:]


# (how far past its title a title line must run to be read as a sentence too)
_RUN_ON = 20
_LEAD_LINE = 60  # (a headerless page's first line this long, with two stops or commas at least, is a paragraph, no title)


def extract_enterprises(issue: ParsedIssue) -> list[dict]:
    out = []
    for doc, lines in doc_lines(issue):
        year_m = _YEAR.search(doc.title)
        year = int(year_m[1]) if year_m else None
        heading, under, under_text = "", None, ""
        row_no_above = -1  # the number of the last numbered row read (a row that lost its dot follows it)
        vouched = False  # the names below come from a titled list (titled_class): bare names are members
        if titled_class(compact(doc.title)):
            under, under_text, vouched = titled_class(compact(doc.title)), compact(doc.title), True
        is_name_list = "名单" in doc.title
        env_credit = any(ENV_CREDIT.search(compact(x.text)) for x in lines) or bool(ENV_CREDIT.search(doc.title))
        # the title and every line, compacted once for the page-wide readings below
        page = [compact(doc.title)] + [compact(x.text) for x in lines]
        # (a page telling how one national designation is conferred is that designation's page: its counted lists hold
        # it, whatever other designations a later paragraph counts — procedure_levels)
        told = set().union(*map(procedure_levels, page))
        doc_levels = told if len(told) == 1 else set().union(*map(designation_levels, page))
        cards = card_counts("".join(page)) if env_credit else {}  # (the card each count is given: card_counts)
        doc_lists = set().union(*map(named_list_levels, page))
        designations = frozenset().union(*map(page_designations, page))
        titles = reports(page)  # (the reports a research body published: their tiers are classes as printed, ranking_tiers)
        # a conferral the title itself tells of gives its level to the holders of lines that name no organ
        title_level = conferral_level(page[0])
        # the holders of the page's acts of designating, rating or awarding, whatever the designation's words
        # (the document's own issuer, read from its header or signature, ranks the lists it publishes with no level named)
        holders = HolderReader(title_level, page[0], organ_level(compact(doc.issuer or "")))
        named_above: list[tuple[str, object]] = []  # names one a line, each alone, that no reader took (_COUNT_AFTER_NAMES)
        acted: dict[int, str] = {}  # a record of names one a line: the act on the lines after them (_COUNT_AFTER_NAMES)
        withdrawn = False  # the rows below stand in a section that withdraws their class (_WITHDRAWN_SECTION)
        kept = None  # the grade the rows below keep, in a section that warns them (_WARNED_SECTION)
        chosen = None  # a counted set an organ chose (_CHOSEN_LIST): its members follow a place heading, prose between
        name_column = False  # the table read has a column of enterprises' names (_NAME_COLUMN)
        result_column = False  # the table read has a column of a check's result (_RESULT_COLUMN)
        counted_table = None  # the class the table read takes from the counted group it opens with (counted_table_class)
        for cells, printed, a, b in _rows(lines):
            ln = lines[a]
            # ("发布时间:… | 来源:中国网 | 作者:… | 责任编辑:郭顶近日,江西省…公示…,分别是:X、Y、Z,…。": a byline's
            # fields apart by pipes, the body glued to the last — a cell holding a sentence makes the line no table row)
            # (nor one whose cells are a counted list's label and its names apart by spaces: "10家国家级示范社分别是:
            # X合作社 Y合作社 …", 贵州 — published_lists reads it whole)
            if len(cells) > 1 and a == b and (any("。" in x and len(x) > 60 for x in cells)
                                              or published_list_holders(compact(ln.text))):
                cells = [compact(ln.text)]
            if len(cells) == 1 and _SECTION_HEADING.match(compact(ln.text)):
                withdrawn = bool(_WITHDRAWN_SECTION.search(compact(ln.text)))
                warned = _WARNED_SECTION.search(compact(ln.text))
                kept = _kept_grade(page[: lines.index(ln) + 1]) if warned and not withdrawn else None
            elif withdrawn and not ln.blank:
                continue
            # (the line above, across one blank line a page may print between any two, and across filler lines)
            above = next((compact(x.text) for x in reversed(_unfilled(lines, a)) if not x.blank), "")
            title = len(cells) == 1 and not ln.blank and list_title(compact(ln.text), above if len(above) < 40 else "")
            if title:  # "2019年度湖南省五星级乡村⏎旅游区(点)名单" (the document's title too): the names below are in that class
                under, under_text, vouched = titled_class(title), title, True
                continue
            # (a row of a cell-per-line table starts at its number, a line the normaliser blanks as a page number)
            # (a page flattened onto one line opens with its title: that line is read past the title, "关于拟推荐申报
            # 2024年制造业单项冠军企业的公示根据…拟择优向工信部推荐X…等7家企业申报…", 吉林)
            title_c = compact(doc.title or "")
            past = len(title_c) if (ln.no == doc.title_line_end and len(cells) == 1 and title_c
                                    and compact(ln.text).startswith(title_c)
                                    and len(compact(ln.text)) > len(title_c) + _RUN_ON) else 0
            # (a line the header took in that is no part of the title but the body's first sentences, a byline glued
            # to them: "…责任编辑:郭顶近日,江西省工业和信息化厅网站公示…,分别是:X、Y、Z,助推了…。", 永修)
            glued_body = (ln.no <= doc.title_line_end and len(cells) == 1 and title_c
                          and compact(ln.text) not in title_c and len(compact(ln.text)) > len(title_c) + _RUN_ON
                          and "。" in ln.text)
            # (a page with no header whose first line is its lead paragraph, the document's "title" only for want of one,
            # is read as any line: "近日商务部等5部门发布关于公布第三批中华老字号名单的通知,其中我市2个品牌获得认定分别是X的
            # “四特”、Y的“药都”", 樟树, entrep37)
            lead = (not doc.header_found and ln.no == doc.title_line_end and len(cells) == 1
                    and len(compact(ln.text)) > _LEAD_LINE and len(re.findall(r"[，,、。]", compact(ln.text))) >= 2)
            if all(x.blank or _filler(x) for x in lines[a : b + 1]) or ln.no <= doc.title_line_end and not past \
                    and not glued_body and not lead:
                continue
            if len(cells) == 1:
                name_column, counted_table, result_column = False, None, False  # (prose closes a table)
                c, line_out = unbranded(compact(ln.text)[past:]), len(out)
                # "6.宜章县浆水乡…" ⏎ "7宜章县伟腾种养专业合作社": a row whose number lost its dot is still numbered when it
                # is the number after the row above's (a name opening with digits, 361度, is no such row)
                if (bare := _BARE_ROW_NO.match(c)) and int(bare[1]) == row_no_above + 1:
                    c = f"{bare[1]}.{c[bare.end():]}"
                row_no_above = int(n[1]) if (n := re.match(r"(\d{1,3})[.、．]", c)) else row_no_above
                if under and (_COLUMN_LABEL.match(c) or _LIST_MARKER.match(c)):  # "序号" ⏎ "地(州、市)" ⏎ "矿山名称": the
                    continue  # table's labels keep its list, as do the count of the page's entrants and an arrow over them
                found = narrative_classes(c, env_credit) or card_holders(c) or published_list_holders(c) \
                    or implied_holders(c) or told_list_holders(c) or grade_events(c) or counted_card_holders(c, cards)
                tiers = tier_holders(c, titles) if titles and not found else []
                tiered = {n: report for n, _, report in tiers}  # (a private ranking's tier: ranking_tiers)
                found = found or [(n, tier, None) for n, tier, _ in tiers]
                if not found and "限期整改" in c and (grade := _kept_grade(page)):  # (a group warned, its grade kept)
                    found = warned_holders(c, grade)
                # (a name one a line in a section that warns its rows: "(二)限期整改(6个月)" ⏎ "1、上海裕景大酒店", 全国旅游星级
                # 饭店评定委员会公告, entrep92 — the grade the page names is kept)
                if not found and kept and (item := _NAME_ITEM.match(c)) and is_enterprise(item["name"]):
                    found = [(item["name"], kept, None)]
                # ("成都市:" after paragraphs of prose: the chosen set's members follow, one a line)
                if not under and chosen and _GROUP_HEADING.match(c) and re.search(r"[:：]$|\d+[家户个处]", c):
                    (under, under_text), vouched = chosen, True
                    continue
                if under and _GROUP_HEADING.match(c) or _PLACEHOLDER.match(c):  # "1.长沙市(3家)": a group inside the list
                    continue
                if not found and (entered := entered_class(c)):  # "27家…矿山被纳入“…全国绿色矿山名录”。": items below
                    under, under_text, vouched = entered, c, chosen_list(c)
                    chosen = (entered, c) if vouched else None
                    holders.count_sets(c)  # (or the set named by its count later: "这6家企业及主营产品是:X、Y…")
                    continue
                if not found and (heading_class := entered_heading(c)):  # "纳入能效先进清单(…)的有:": names below
                    under, under_text, vouched = heading_class, c, False
                    continue
                if not found and (announced := announced_class(above, c)):  # "名单如下:" after text naming one class
                    under, under_text, vouched = announced, above + c, False
                    found = [(n, *announced) for n in announced_names(c)]
                    if not found:
                        continue
                head = _CLASS_HEADING.match(c)
                if head and not found:  # "一、A类企业（2家）": the names below it, one a line, are in that class
                    under, vouched = (head["cls"], head["label"]), False
                    continue
                token = _TOKEN_HEADING.match(c)
                scale = rating_of(c, heading, doc.title) or ("环境信用" if env_credit else None)
                # (a level with a designation ends in its head: "二、省级专精特新中小企业:" is read with its 企业)
                token = token and (token_class(token["tok"], scale) or token_class(token["tok"] + (token["org"] or ""), scale))
                if token:  # "二、红牌企业(8家)", "五星级企业:": the same, on another scale
                    under, under_text, vouched = token, c, False
                    continue
                member = lambda item: item and (
                    is_enterprise(item["name"]) or vouched and not c.endswith("。") and vouched_member(item["name"])
                    and rating_of(under_text) not in SITE_RATINGS)
                items = [_NAME_ITEM.match(p) for p in glued_items(c)]
                if not found and under and len(items) > 1 and all(map(member, items)):  # "4.X矿5.Y矿": glued items
                    found = [(item["name"], under[0], under[1]) for item in items]
                elif not found and under and member(item := _NAME_ITEM.match(c)):
                    found = [(item["name"], under[0], under[1])]
                elif not found and under and vouched and (row := vouched_row(c)):  # "X、Y、Z" under the title
                    found = [(n, under[0], under[1]) for n in row]
                elif not found and under and _ENTERED_HEADING.match(under_text) and (row := entered_row(c)):
                    found = [(n, under[0], under[1]) for n in row]  # "X、Y" under "纳入…清单的有:"
                elif not found and not (under and vouched and _LIST_ITEM_NO.match(c) and
                                        not CLAUSE_WORDS.search(c) and not re.search(r"[，,。；;：:]", c)):
                    under, vouched = None, False  # (a numbered item that is no name, "2.云南省…磷矿二采区", keeps the list)
                leveled = [] if found else level_classes(c, doc_levels, doc_lists, designations)
                # (else an organ of known level conferring on the enterprises the line names: its level is their class)
                conferred = [] if found or leveled or under else conferred_classes(c, title_level)
                for n, level, rating in leveled + conferred:
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), (level, None), rating, heading, year,
                                       None, ln.no))
                pairs = [] if found or under or conferred else paired_classes(c, rating_of(c, heading, doc.title))
                for n, cls in pairs:  # "某某化工有限公司(A级)、某某机械有限公司(B级)": each name with its class
                    rating = "环境信用" if cls[0].endswith("牌") else rating_of(c, heading, doc.title)
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), cls, rating, heading, year, None, ln.no))
                if not found and not pairs and not conferred and listed_names(c):
                    before = [compact(x.text) for x in lines[max(0, a - 3) : a]] + [c]
                    klass = nearest_class(before) or mentioned_class(doc.title)
                    found = [(n, klass, None) for n in listed_names(c)] if klass else []
                for n, klass, label in found:
                    if n in tiered:  # a private ranking's tier, kept as printed, its report the rating (ranking_tiers)
                        rating, cls = tiered[n], (klass, None)
                    elif klass.endswith("牌"):  # a colour card of 企业环境信用评价, kept as printed
                        rating, cls = "环境信用", (klass, label)
                    elif klass.endswith(("榜", "名单")):  # a red or black list, kept as printed (海南 计量 红黑榜; 信用 红名单)
                        rating, cls = rating_of(c, heading, doc.title), (klass, label)
                    elif klass.endswith("级") and not klass[0].isascii():  # a star grade or a government level
                        rating = rating_of(c, under_text, heading, doc.title) or listed_designation(under_text)
                        cls = (klass, label)
                    else:
                        rating = rating_of(c, heading, doc.title, under_text)
                        cls = parse_class(klass + (f"（{label}）" if label else ""), rating)
                    if listed_rating(rating):  # (a farm on a designation's list is named less its places)
                        n = farm_placed(n)
                    out.append(_record(issue, doc, n, printed_form(n, ln.raw), cls, rating, heading, year, None, ln.no))
                # (a holder no reader above took: the act beside it gives its grade or its level)
                # (nor one another reader recorded in the document, printed with or without its place: "长沙县田茂现代农庄")
                taken = {n for n, *_ in found + leveled + conferred + pairs} | {r["name"] for r in out if r["doc_id"] == doc.id}
                # (a numbered run under its own title is read there even under a titled list: its title is nearer)
                # "其中" ⏎ "河南豫光金铅集团有限责任公司" ⏎ "成功入选": a name on its own line before the act that enters it
                alone = is_enterprise(above) and _ENTRY_ACT.match(c)
                read = above + c if alone else c
                gathered = {}
                if len(named_above) > 1 and _COUNT_AFTER_NAMES.match(c) and not found:
                    after = next((compact(x.text) for x in lines[b + 1 : b + 3] if not x.blank), "") if len(c) < 16 else ""
                    gathered = dict(named_above)
                    read = "、".join(gathered) + ("" if c.startswith("等") else "等") + c + after
                line_held: dict[str, set] = {}  # (the classes this line's acts gave each holder: one act may give two levels)
                line_taken = {n for n, *_ in found + leveled + conferred + pairs}
                earlier: dict[str, set] | None = None  # (the classes, printed and compared, of the document's earlier holders)
                read_held: dict[str, set] = {}  # (the classes the sentence reader gave each holder on this line)
                for n, klass in holders.read(read, "" if gathered or alone else ln.raw):
                    if n in gathered and n not in taken:  # (a name one a line above, at its own line)
                        taken.add(n)
                        x = gathered[n]
                        out.append(_record(issue, doc, n, printed_form(n, x.raw), (klass, None), None, c + after,
                                           year, None, x.no))
                        acted[id(out[-1])] = c + after
                        continue
                    n = farm_placed(n)  # (a farm is named less its places, as on a designation's list)
                    again = klass not in line_held.get(n, {klass})  # ("已培育X为国家级、省级…": X at each level)
                    # (or a second act of the reader's giving a holder another reader took on this line a second class:
                    # "X被工信部评为“国家级绿色工厂”,同时被自治区确定为第一批绿色制造示范企业", fresh36 赤峰:3)
                    if not again and n in read_held and klass not in read_held[n] and n in line_taken:
                        again = klass not in {k["class"] for r in out[line_out:] if r["name"] == n
                                              for k in r["classifications"]}
                    read_held.setdefault(n, set()).add(klass)
                    # (a holder an earlier line's act put on a list of another level holds this one too: "天地奔牛…等5家
                    # 企业荣列其中" (自治区级) ⏎ "天地奔牛、大地循环…等4家企业成功创建国家级绿色工厂", 石嘴山)
                    if earlier is None:  # (read once a line, and only on a line whose acts name holders)
                        earlier = {}
                        for r in out[:line_out]:
                            if r["doc_id"] == doc.id:
                                earlier.setdefault(r["name"], set()).update(
                                    v for k in r["classifications"] for v in (k["class"], k["class_as_printed"]))
                    again = again or (n in earlier and klass not in earlier[n] and n not in line_taken)
                    if again or not any(n.endswith(t) or t.endswith(n) for t in taken) and not (under and vouched and not holders.ran):
                        taken.add(n)
                        line_held.setdefault(n, set()).add(klass)
                        out.append(_record(issue, doc, n, printed_form(n, ln.raw), (klass, None), None, heading, year,
                                           None, ln.no))
                # (a group named alone before a count of its own units holds nothing: "龙江森工集团9家单位的10个基地上榜")
                if owners := counted_owners(c):
                    out[line_out:] = [r for r in out[line_out:] if not owns_counted(r["name"], owners)]
                # (a line that is a name alone, which no reader took, waits for a count and an act below it)
                lone = is_enterprise(c) and not CLAUSE_WORDS.search(c) and not re.search(r"[，,。；;：:、]", c)
                named_above = named_above + [(c, ln)] if lone and len(out) == line_out else []
                if len(c) < 60 and not c.endswith("。"):
                    heading = c
                continue
            names = [compact(c) for c in cells]
            name_column = name_column or any(_NAME_COLUMN.search(c) for c in names)
            result_column = result_column or any(_RESULT_COLUMN.match(c) for c in names)
            rating = rating_of(heading, doc.title, *names)
            cls = next((parse_class(c, rating) for c in names if parse_class(c, rating)), None)
            if not cls and vouched and (listed := listed_class(under_text)):
                # a table's row with no class of its own under a list titled with one designation at one level
                # ("2023年度省级专精特新中小企业名单" ⏎ "1\t某某精密机械有限公司\t某某市"): the row is in that list
                cls, rating = listed, listed_designation(under_text)
            elif not cls and holders.listing:  # (or under a list's own title at a level, whatever its words)
                cls = (holders.listing, None)
            elif not cls and name_column and holders.list_published:  # (or a table of the list the text above published)
                cls = (holders.list_published, None)
            elif not cls and name_column and (counted := counted_table_class(holders.counted, names, counted_table)):
                # (or a table whose first holder is the first of a counted group the text above gave a class: "确定
                # 南京禄口禽业发展有限公司等22家首批江苏省现代农业全产业链标准化基地(详见附件)" ⏎ its attachment's table)
                cls = counted_table = (counted, None)
            elif not cls and result_column and (grade := row_grade(names)):  # (or a results table's row: its grade)
                cls = (grade, None)
            elif not cls and kept:  # (or a warned section's row, at the grade it keeps)
                cls, rating = (kept, None), rating or rating_of(doc.title, *page)
            if cls and cls[0].endswith("牌"):
                rating = "环境信用"
            ent_i = next((i for i, c in enumerate(names) if is_enterprise(_PERSON_GENDER.sub("", c))), None)
            # (a cell naming several 依托单位 of a row, "青海大学、中国电信股份有限公司青海分公司、…" (青海 2024 工程技术研究
            # 中心 list): the enterprises among its bare names each hold the row's class, a school beside them none)
            if cls and (ent_i is None or "、" in names[ent_i]) \
                    and (joint := next((j for j in map(joint_holders, names) if j), None)):
                row_raw = "".join(x.raw for x in lines[a : b + 1])
                for n in joint:
                    out.append(_record(issue, doc, n, printed_form(n, row_raw), cls, rating, heading, year,
                                       names[0] if names[0].isdigit() else None, ln.no, lines[b].no))
                continue
            if ent_i is None or not (cls or is_name_list):
                continue
            row_no = names[0] if names[0].isdigit() else None
            as_printed = printed[ent_i] if len(printed) == len(cells) else printed_form(names[ent_i], ln.raw)
            # (a brand list's row, "4.“岩冷”牌0081 大饼普洱澜沧古茶股份有限公司": the product's end before the company)
            ent = company_of(names[ent_i], brand_before=any("”牌" in x for x in names[:ent_i]))
            rec = _record(issue, doc, ent, as_printed, cls, rating, heading, year, row_no, ln.no, lines[b].no)
            if not cls and ent_i > 0:
                person = _PERSON_GENDER.sub("", names[ent_i - 1])
                if 2 <= len(person) <= 4:
                    rec["person"] = person
                    rec["person_as_printed"] = printed[ent_i - 1] if len(printed) == len(cells) else person
            out.append(rec)
        _name_in_full([r for r in out if r["doc_id"] == doc.id], "".join(compact(x.text) for x in lines))
        merge_twins([r for r in out if r["doc_id"] == doc.id])
        _proposed_records(issue, doc, lines, out, year)
        # (list shapes no reader above met, list_shapes: their holders no reader named; makers of products' models dropped)
        def make(n, k, rating, x):
            return _record(issue, doc, n, printed_form(n, x.raw), (k, None), rating, "", year, None, x.no)
        ctx = Context(frozenset(doc_lists), "".join(page))
        shaped, makers = shaped_records(lines, [r for r in out if r["doc_id"] == doc.id], ctx, make)
        out[:] = [r for r in out if not any(r is m for m in makers)] + shaped
        mark_proposed(doc.title or "", lines, [r for r in out if r["doc_id"] == doc.id])
        publicized_above(lines, [r for r in out if r["doc_id"] == doc.id])  # ("以上结果…进行公示" after names one a line)
        # (a holder a 公示 proposes to warn keeps what it holds: the warning is proposed, its holding final)
        warned = {ln.no: {n for n, _ in warned_held(compact(ln.text))} for ln in lines
                  if re.search(r"给予警告|予以警告|限期整改", ln.text)}
        for r in out:
            if r["doc_id"] == doc.id and r["name"] in warned.get(r["source"]["line_start"], ()):
                for k in r["classifications"]:
                    k["status"] = None
        # (names one a line take the status of the act after them: "8家企业" ⏎ "荣获…称号" is final, though the page
        # spoke of the province's 公示 above)
        confers = publicity_confers(page[0] + "".join(page))
        for r in out:
            if id(r) in acted and proposal(acted[id(r)], confers) is None and _FINAL_GATHERED.search(acted[id(r)]):
                for k in r["classifications"]:
                    k["status"] = None
    out[:] = [r for r in out if not cut_in_form(r["name"])]  # (a copy cut mid-name leaves no holder: cut_names)
    return out
