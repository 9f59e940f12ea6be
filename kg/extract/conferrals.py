"""Conferral sentences: an organ of known level confers a designation on enterprises it names.

A page that tells of an act of conferring ("市政府决定授予X、Y等2家企业“…市长质量奖”", "耀州区评选出了…X、Y等18家“放心
消费单位”", "福建省科学技术厅公布了…名单,X等92家泉州企业入库") gives every enterprise it names in that act the level of
the conferring body as its class (the gold convention: 区级 for a district's list, 市级 for a city's, 省级 for a province's,
国家级 for the state's) and the act's object phrase as its rating. The organ is read from the sentence itself, else from
the document's title when the title is itself a conferral ("中共福州市委 福州市人民政府关于表彰福州市优秀民营企业的决定").

Bounds: a recommendation (推荐 / 申报) confers nothing here (a proposed list, 拟 / 公示, is read, and its holders marked
"proposed" by enterprises.mark_proposed; a recommendation to a higher level's designation is such a list, read by
held_lists); only names that read as enterprises (is_enterprise)
are holders, so persons, departments, places and projects on a list are never taken; the sentence itself must name the
act, so a conferral document's other counted groups ("全市各企业要向获奖单位学习") give nothing.
"""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.enterprise_sentences import prose_placed
from kg.places import county_city_tail

__all__ = ["organ_level", "conferral_level", "conferred_holders", "conferred_classes", "CONFERRING_ORGANS",
           "CONFER_ACTS", "VENUE", "NATIONAL_ORGANS"]

# The organs whose level is known, as (name, pattern, level): a government, a party committee or a bureau of a place
# ("市水利局"; 市场监管局 is no city's organ by its 市). A place printed before its organ, or before the act itself
# ("耀州区评选出"), gives the place's level; a short organ with no place ("市政府", "市委", "市长") gives its own.
CONFERRING_ORGANS = (
    # (a national federation ranks as the state: "中华全国供销合作总社", "中华全国工商业联合会", "中华全国总工会")
    ("state", re.compile(r"国务院|国家[\u4e00-\u9fff]{1,10}?(?:局|委|部|总局)|中共中央|中华全国[\u4e00-\u9fff]{0,12}?(?:总社|总会|联合会|总工会)|[\u4e00-\u9fff]{1,6}部(?!门)"
                         r"(?=[、，,]|[\u4e00-\u9fff]{0,4}(?:公布|授予|命名|认定|评定|表彰|决定))"), "国家级"),
    # (a bare 省 after a preposition is the province's own organ: "受省工业和信息化厅委托,由第三方机构…开展的…评选", 贵州;
    # an organ named 委员会 ranks as its place: "重庆市经济和信息化委员会", a bureau's committee form)
    ("province", re.compile(r"(?:[\u4e00-\u9fff]{2,3}?省|(?<![\u4e00-\u9fff])省|(?<=[受由经据向])省)"
                            r"(?:委(?!员会)|人民政府|政府|[\u4e00-\u9fff]{2,10}?厅|[\u4e00-\u9fff]{2,10}?委员会)"), "省级"),
    ("city", re.compile(r"(?:[\u4e00-\u9fff]{2,4}?市|(?<![县区镇乡])市)(?!场)"
                        r"(?:委(?!员会)|人民政府|政府|[\u4e00-\u9fff]{1,8}?局|长|[\u4e00-\u9fff]{2,10}?委员会)"), "市级"),
    ("district", re.compile(r"(?:[\u4e00-\u9fff]{2,4}?区|(?<![市县镇乡])区)(?:委|人民政府|政府|[\u4e00-\u9fff]{1,8}?局)"), "区级"),
    ("county", re.compile(r"(?:[\u4e00-\u9fff]{2,4}?县|(?<![市区镇乡])县)(?:委|人民政府|政府|[\u4e00-\u9fff]{1,8}?局)"), "县级"),
    # a place acting by itself: "耀州区评选出了首批…", or convening the meeting that honours ("奇台县召开农产品招商洽谈暨
    # 表彰大会" ⏎ "会上,X被授予…“特别贡献奖”", entrep92)
    ("place_acting", re.compile(r"(?P<place>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}?[省市区县])"
                                r"(?=评选出|评定|命名|授予|认定|召开[^，,。；;]{0,20}?表彰(?:大会|会))"), None),
)
_PLACE_LEVEL = {"省": "省级", "市": "市级", "区": "区级", "县": "县级"}

# The state's organs by their short names, when an object names the list by its organ ("入选工信部第五批专精特新“小巨人”
# 企业名单"): a closed list of the ministries and commissions that publish enterprise lists (held_lists.object_class;
# beside CONFERRING_ORGANS so that one module says which organ ranks at which level)
NATIONAL_ORGANS = ("国务院", "工信部", "工业和信息化部", "科技部", "科学技术部", "商务部", "财政部", "农业农村部", "农业部",
                   "文化和旅游部", "国家旅游局", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部", "人力资源和社会保障部",
                   "国家发展改革委", "国家发改委", "国家市场监管总局", "国家市场监督管理总局", "国家知识产权局",
                   "国资委")  # (国务院国资委's 创建世界一流示范企业 / 专精特新示范企业 lists)

# Acts of conferring: the organ's act names the holders.
CONFER_ACTS = re.compile(r"表彰|命名|授予|认定|评定|评选出|入库|获评|决定[\u4e00-\u9fff]{0,4}为|公布[^。；;]{0,40}?名单")
# A recommendation or an application confers nothing. (A proposed list — 拟认定, 公示 — is read like a final one: its
# holders take status "proposed", enterprises.mark_proposed.)
_PROPOSAL = re.compile(r"推荐|申报单位")


def _county_city_organ(organ: str) -> bool:
    """Whether a city organ's name opens with a county-level city written with its 市 (如皋市人民政府, 津市市人民政府)."""
    return any(county_city_tail(organ[: i + 1]) for i, c in enumerate(organ[:7]) if c == "市")


def organ_level(text: str) -> str | None:
    """The level of the organ of known level the text names last ('市政府决定授予…' → '市级'): the one nearest the act
    that ends the text."""
    best = None
    for name, pattern, level in CONFERRING_ORGANS:
        for m in pattern.finditer(text):
            if best is None or m.start() > best[0]:
                # (a municipality's organ names its lists 市级, as its documents print them: "上海市人社局…联合下发了
                # 《关于授予“上海市和谐劳动关系达标企业”…》")
                # (a county-level city's organ ranks with a county's: "如皋市人民政府" → 县级, the lead's ruling, stop 37)
                if level == "市级" and _county_city_organ(m[0]) or not level and county_city_tail(m["place"]):
                    best = (m.start(), "县级")
                    continue
                best = (m.start(), level or _PLACE_LEVEL[m["place"][-1]])
    return best[1] if best else None


def _clause(text: str, start: int, end: int) -> str:
    """The clause (between commas) an act stands in."""
    left = max(text.rfind(c, 0, start) for c in "，,")
    right = min([i for i in (text.find(c, end) for c in "，,") if i >= 0] or [len(text)])
    return text[left + 1 : right]


def conferral_level(text: str) -> str | None:
    """The level of a conferral the text tells of: an act of conferring by an organ of known level named before it in
    the sentence, in a clause that proposes nothing. Quoted words are no act ("“成熟一个、认定一个”的原则"), and a cited
    title names no organ that acts ("根据《广东省水利厅关于…的通知》…经市水利局…决定授予" is the city's)."""
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"|《[^》]*》", lambda m: "＿" * len(m[0]), text)
    for m in CONFER_ACTS.finditer(unquoted):
        if _PROPOSAL.search(_clause(unquoted, m.start(), m.end())):
            continue
        level = organ_level(unquoted[: m.end()])
        if level:
            return level
    return None


# A counted group of holders: "X、Y等N家(企业)“rating”", "X等16户农民专业合作社“优秀农民专业合作社”称号" (平昌), "对…、
# X等20个“民营企业优秀纳税大户”、Y等20个“优秀民营企业”…进行命名表彰" (连云港), or "X等N家泉州企业入库".
_COUNTED = re.compile(r"(?P<names>[^，,。；;：:“”\"]{4,400}?)等\d+[家户个](?P<kind>[\u4e00-\u9fff]{0,8}?)"
                      r"(?:[“\"](?P<quoted>[^”\"]{2,30})[”\"]|(?P<act>入库|入选))")
# words of the act before the first name ("决定授予", "评选出了首批…符合申报条件的")
_BEFORE_NAMES = re.compile(r"^.*(?:授予|命名|评选出了?|认定|确定|的)")


# A named group: "授予X、Y、Z为首批国家工业旅游创新单位" (the act, the names, 为 and the designation).
_NAMED_AS = re.compile(r"(?:授予|命名|确定|认定|评定)(?P<names>[^，,。；;：:“”\"为]{4,1500})为(?P<rating>[^，,。；;：:、]{2,30})")


# Trading venues a conferral names among its holders, no enterprise's legal ending ("华原购物中心广场" among 耀州's
# 放心消费单位): a holder where the act counts its holders (等N家); held_lists takes them beside named enterprises.
VENUE = re.compile(r"^(?:(?!的)[\u4e00-\u9fff]){2,20}(?:广场|商场|商城|购物中心)$")


def _holders(names: str, counted: bool = False) -> list[str]:
    holder = lambda p: is_enterprise(p) or counted and bool(VENUE.match(p))
    # (the act's words end before the first name, whichever organs stand before it: "县委、县政府授予X")
    parts = [p.strip() for p in re.split(r"[、，,和]", _BEFORE_NAMES.sub("", names))]
    # (nor is the preposition that brings the names to the act: "决定对上海展华电子有限公司等70家企业命名为“…”", 青浦, entrep46)
    # (nor the commending organ before it: "会上,省政府还对辽宁省大连海洋渔业集团公司等105家获得“辽宁省诚信示范企业”称号的
    # 企业进行了表彰", fresh35 liaoning-2010-chengxin-shifan-qiye-biaozhang.txt:4)
    parts = [re.sub(r"^(?:研究决定|决定|同意|[\u4e00-\u9fff]{1,8}?(?:政府|厅|局|委|部)[还也又]?)?对(?!外)(?=[\u4e00-\u9fff]{4})", "", p)
             for p in parts]
    # (the qualifier a list's items open with ends in 的: "…符合申报条件的华原购物中心广场")
    parts = [p if holder(p) else re.sub(r"^.*的", "", p) for p in parts]
    # (less a place printed before the name: "崇明区上海东平森林公园有限公司等69家企业", a district column)
    return [prose_placed(p) for p in parts if holder(p)]


def conferred_holders(sentence: str, doc_level: str | None = None) -> list[tuple[str, str, str | None]]:
    """(name, level, rating) for every enterprise a conferral sentence names in a counted group; the level is the
    sentence's conferring organ's, else the document's (doc_level, a conferral title's) when the sentence names an act."""
    acts = [m for m in CONFER_ACTS.finditer(sentence) if not _PROPOSAL.search(_clause(sentence, m.start(), m.end()))]
    if not acts:
        return []
    level = conferral_level(sentence) or doc_level
    if not level:
        return []
    out = []
    for m in _NAMED_AS.finditer(sentence):
        # (each name at most a name's length; "X、Y等5家企业分别为“航母”、“巨人”企业" names one class each, no one rating)
        if all(len(p) <= 40 for p in re.split(r"[、和]", m["names"])) and not m["names"].endswith("分别"):
            out += [(n, level, m["rating"].strip("“”\"")) for n in _holders(m["names"])]
    if out:
        return out
    for m in _COUNTED.finditer(sentence):
        if "分别" in m["kind"]:
            continue  # ("…等5家企业分别为“航母”、“巨人”企业": each its own class, no one rating)
        if re.search(r"品牌|商标", m["kind"]):
            continue  # (a group counted as brands names brands, no holders: "拟认定西宁宾馆等11家企业品牌为“青海老字号”",
            # 青海省商务厅, its table printing each brand beside the company holding it)
        # (a group that 入选 / 入库 takes the designation the sentence quotes or the list it names: "首批“晋中老字号”认定…
        # X等15家企业入选", "公布了2018年福建省第一批入库科技型中小企业名单,X等92家泉州企业入库")
        named = re.search(r"[“\"]([^”\"]{2,30})[”\"]|公布了?([^，,。；;：:]{2,40}?)名单", sentence[: m.start("kind")])
        rating = m["quoted"] or (named and (named[1] or named[2])) or m["kind"] or None
        out += [(n, level, rating) for n in _holders(m["names"], counted=True)]
    return out


def conferred_classes(line: str, title_level: str | None = None) -> list[tuple[str, str, str | None]]:
    """conferred_holders over a line's sentences; the level falls back to the title's conferral (title_level), else to
    the line's own first conferral ("市政府决定授予X等2家…；授予Y等3家…": the second act is the same organ's)."""
    fallback = title_level or conferral_level(line)
    return [h for s in re.split(r"[。；;]", line) for h in conferred_holders(s, fallback)]
