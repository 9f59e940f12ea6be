"""Holders of a proposed list that the readers of final acts (held_lists, enterprise_sentences) leave: the sentence
styles in which a list still under its 公示, or a set of candidates, names its holders in words no final act uses —
"拟授予A、B…C2016-2017年度河南省省长质量奖" (short names ending in 股份 or in their trade, the last glued to the year),
"首届市长质量奖组织奖分别是:A、B…" in a paragraph of a 建议授奖名单 put to 公示, "A、B…4户企业进入…省级企业技术中心认定专家评审
环节" (candidates before the decision), "X复核拟通过第三批省制造业单项冠军", "现对拟认定A、B验收通过名单予以公示"
(an acceptance's holders, at the level of the designation the sentence names before them), and numbered "X技术中心" lines after "其分别为:"
under a 拟认定名单 put to 公示. Each style is one entry of PROPOSED_STYLES with its real line (tests/test_proposed_holders.py);
every holder read here is proposed (enterprises marks its classification "proposed"), at the level of the designation
applied for. (Issue #16, entrep101's proposed lists; conventions in benchmarks/data/other_districts_entrep101/README.md.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.enterprise_classes import FINAL_AFTER_PUBLICITY, is_enterprise, proposal
from kg.extract.held_lists import list_level, object_class
from kg.extract.held_names import enterprise_name, enterprise_names
from kg.places import division_levels

__all__ = ["PROPOSED_STYLES", "ProposedStyle", "award_level", "centre_holder", "counted_group_firsts",
           "numbered_heading_level", "proposed_holders", "publicized_above", "scored_columns", "short_items"]

# a year or a session before an award's name, where a list of short names glued to it ends ("…郑州旭飞光电科技2016-2017年度…")
_AWARD_TIME = r"(?:\d{4}(?:[-—~至]\d{4})?年度?|首届|第[一二三四五六七八九十\d]{1,3}届)"
# an item of a list of short names: a name as printed, 3 to 25 characters, no clause in it
_SHORT_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z()（）]{3,25}$")
# (a person, or a person's post after an employer, is no holder: "X公司副总经理朱卫东")
_PERSON_WORDS = re.compile(r"个人|先生|女士|同志|总经理|董事长|经理|厂长|书记|主任")


def short_items(names: str) -> list[str]:
    """The items of a list of names apart by 、/ 和 as printed, short names too ("许继电气股份", "河南省矿山起重机"); none
    where an item reads as a clause or a person, or the list is one item."""
    items = [x.strip("“”\"") for x in re.split(r"[、]|(?<=[\u4e00-\u9fff])和(?=[\u4e00-\u9fff]{3})", names)]
    if len(items) < 2 or not all(_SHORT_ITEM.match(x) and not _PERSON_WORDS.search(x) for x in items):
        return []
    return items


# "首届章丘市市长质量奖": a 市长质量奖 of a county-level city (章丘, 叶县) is 县级, its place's own rank, not a prefecture's
_MAYOR_AWARD = re.compile(r"(?<=[\u4e00-\u9fff]{2})市市长质量奖")


def _mayor_city_level(text: str) -> str | None:
    """The level of the first 市长质量奖 a text names with its city ("章丘市市长质量奖" → 县级): the city's name is the
    longest run before 市 the national list knows (2 to 4 characters)."""
    if not (m := _MAYOR_AWARD.search(text)):
        return None
    levels = division_levels()
    place = next((text[m.start() - k : m.start()] for k in (4, 3, 2) if text[m.start() - k : m.start()] in levels), None)
    if place is None:
        return None
    return "县级" if levels[place] == 2 else "市级"


def award_level(obj: str, context: str = "") -> str | None:
    """The level of a designation or an award: its object's (object_class), where a 市长质量奖 is the level of the city
    the object or its paragraph (`context`) names — 县级 for a county-level city."""
    if "市长质量奖" in obj and (level := _mayor_city_level(obj) or _mayor_city_level(context)):
        return level
    return object_class(obj)


def centre_holder(name: str) -> str:
    """The company a 技术中心 belongs to ("合肥美亚光电技术股份有限公司技术中心" → the company); other names as they are."""
    bare = re.sub(r"(?:企业)?技术中心$", "", name)
    return bare if bare != name and is_enterprise(bare) else name


@dataclass(frozen=True)
class ProposedStyle:
    """A sentence style that names a proposed list's holders: its pattern (groups `names` and `obj`), how its names are
    read, whether it proposes by its own words (else the sentence must tell of a 拟 / 公示: enterprise_classes.proposal),
    its real line, and whether a designation it names with no level takes its document's title's (`title_level`)."""
    name: str
    pattern: re.Pattern
    read_names: Callable[[str], list[str]]
    proposes_itself: bool
    example: str
    title_level: bool = False


# a counted group named by its first holder: "肥东县昊锐生态农业种植专业合作社等51个农业类农民合作社"
_GROUP_FIRST = re.compile(r"(?:^|(?<=[、，,]))(?P<first>[^、，,]{4,60}?)等(?:\d+|[一二三四五六七八九十两]{1,3})[家户个]")


def counted_group_firsts(names: str) -> list[str]:
    """The first holder of each counted group of a run of groups apart by 、 (the count's kind, 农业类农民合作社, is no
    holder); none where a group's first is no enterprise's name."""
    firsts = [enterprise_name(m["first"]) for m in _GROUP_FIRST.finditer(names)]
    return firsts if firsts and all(firsts) else []


def _full_or_short(names: str) -> list[str]:
    return enterprise_names(names) or short_items(names)


PROPOSED_STYLES: tuple[ProposedStyle, ...] = (
    # 河南省质监局's 公示 (河南报业, entrep101): an award proposed to short names, the last glued to the award's year
    ProposedStyle(
        "拟授予A、B…C<year>…奖",
        re.compile(rf"[拟擬]授予(?P<names>[^，,。；;：:]{{6,800}}?)(?P<obj>{_AWARD_TIME}[^，,。；;：:、]{{2,30}}?奖)"),
        short_items, True,
        "河南省人民政府拟授予许继电气股份、河南省矿山起重机、雏鹰农牧集团股份、许昌远东传动轴股份、安阳市翔宇医疗设备有限责任公司、"
        "开封清明上河园股份、河南凯旺电子科技股份、郑州旭飞光电科技2016-2017年度河南省省长质量奖,现予以公示"),
    # 章丘 (齐鲁晚报, entrep101): an award's companies named after 分别是 in a paragraph whose 建议授奖名单 is put to 公示
    # (the persons' award after it, "个人奖包括:X公司副总经理Y…", names no company)
    ProposedStyle(
        "…奖组织奖分别是:A、B…",
        re.compile(r"(?P<obj>[^，,。；;：:]{2,30}?奖)(?:组织奖|企业奖|单位奖)分别(?:是|为)[：:]?(?P<names>[^。；;：:]{4,1500})"),
        enterprise_names, False,
        "首届市长质量奖组织奖分别是:山东华凌电缆有限公司、山东省章丘鼓风机股份有限公司、山东大汉建设机械有限公司、山东百脉泉酒业有限公司、"
        "济南市冶金科学研究所。"),
    # 楚雄 (州工信局, entrep101): candidates entering a designation's expert review, before its decision (候选)
    ProposedStyle(
        "A、B…N户企业进入…认定专家评审环节",
        re.compile(r"(?P<names>[^，,。；;：:]{4,1500}?)(?:\d+|[一二三四五六七八九十两]{1,3})[家户个](?:企业|单位)?进入"
                   r"(?P<obj>[^，,。；;：:]{2,40}?)(?:专家)?(?:评审|评选|答辩|终审|复审)(?:环节|阶段)"),
        enterprise_names, True,
        "经省工信厅评价,我州天宝动物营养科技股份有限公司、云南爱尔康生物技术有限公司、楚雄和创药业有限责任公司、楚雄云星铜材有限公司"
        "4户企业进入2020年省级企业技术中心认定专家评审环节"),
    # 长沙 (entrep81): short names entering a list put to 公示, by its own name (…公示名单, …拟…名单)
    ProposedStyle(
        "A、B成功入选…公示名单",
        re.compile(r"(?:^|(?<=[，,。；;：:]))(?P<names>[^，,。；;：:]{4,400}?)(?:成功|顺利)?(?:入选|上榜|入围|进入)"
                   r"(?P<obj>[^，,。；;：:]{2,40}?(?:公示名单|[拟擬][^，,。；;：:]{0,6}?名单))(?=[，,。；;]|$)"),
        _full_or_short, True,
        "特别值得一提的是,中联重科、三一汽车成功入选国家工业产品绿色设计示范企业公示名单。"),
    # 华容 (fresh49, a county's 公示 on one line): the holders chosen, counted by their kind, each kind's names in brackets after it,
    # then what they are chosen as; the 公示 of the same sentence proposes them
    ProposedStyle(
        "N家龙头企业(A、B),N家合作社(C…)作为…",
        re.compile(r"(?P<names>(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[家户个][\u4e00-\u9fff]{0,8}?[（(][^（）()]{4,1500}[)）][，,、和及]?){1,6})"
                   r"作为(?P<obj>[^，,。；;：:]{2,60})"),
        lambda names: [n for part in re.findall(r"[（(]([^（）()]+)[)）]", names) for n in enterprise_names(part)], False,
        "经局党委研究从2024年项目库中择优两家龙头企业(湖南智宸药业股份有限公司、海南海霸食品有限公司),十一家合作社(华容县明杰水稻种植专业"
        "合作社、华容县家之康蔬菜种植专业合作社)作为我县2024年省巩固拓展产业扶贫成果重点项目实施主体,向省、市农业农村厅申报,现予以公示"),
    # 达拉特旗 (fresh53, a banner bureau's 公示 on one line): companies recommended to apply for a higher level's designation,
    # the recommendation put to 公示 — proposed holders of the designation applied for (the test's 咸宁 reading)
    ProposedStyle(
        "拟推荐A、B、C申报…认定",
        re.compile(r"[拟擬]推荐(?P<names>[^，,。；;：:]{4,800}?)申报(?P<obj>[^，,。；;：:]{2,40}?)(?:认定|评定|评选|遴选|复核)"),
        enterprise_names, True,
        "经企业自主申报,申报材料审核,旗农牧局党组研究,拟推荐达拉特旗优然牧业有限责任公司、内蒙古璞瑞农牧业有限公司、内蒙古蒙藏魂乳业有限公司"
        "申报2024年自治区农牧业产业化龙头企业认定工作,现将企业名单予以公示,接受社会的监督"),
    # 炎陵 (fresh63 hunan_yanling-xian-nongyenongcunju-2022-chanye-ronghe-xiangmu-ni-tuijian-gongshi.txt:5, a county bureau's 公示
    # on one line): a company recommended to apply for a higher level's project, each with its own 拟推荐 — a proposed holder at
    # the project's level, else at the level its 公示's title names (`title`; its README: the 百企培育工程 line prints none);
    # a product recommended in the same words ("拟推荐“炎陵黄桃”申报…") is no enterprise
    ProposedStyle(
        "拟推荐A申报…项目,拟推荐B申报…项目",
        re.compile(r"[拟擬]推荐(?P<names>[^，,。；;：:]{4,800}?)申报(?P<obj>[^，,。；;：:]{2,40}?项目)(?=[，,。；;]|$)"),
        enterprise_names, True,
        "经过综合考评,拟推荐炎陵县坳头新希望生态农业科技有限公司申报2022年度省级农业特色产业园项目,拟推荐湖南耕夫子农产品开发股份有限公司"
        "申报2022年度百企培育工程项目,拟推荐“炎陵黄桃”申报地理标志农产品保护工程项目。", title_level=True),
    # 崇明 (fresh54, a district's 请示 to the city's commission on one line): companies recommended to apply for the higher
    # body's designation, in a request for its decision (特此请示) — proposed holders of the designation applied for, as a
    # 推荐名单 put to 公示 is (README rule 2); a recommendation decided with no 请示, 拟 nor 公示 holds nothing
    ProposedStyle(
        "推荐X等N家…申报…,特此请示",
        re.compile(r"推荐(?P<names>[^，,。；;：:]{4,800}?)(?:等(?:\d+|[一二三四五六七八九十两]{1,3})[家户个][\u4e00-\u9fff]{0,6}?)?申报"
                   r"(?P<obj>[^，,。；;：:]{2,40}?)[，,]?特此请示"),
        enterprise_names, True,
        "上海市崇明区农业农村委员会按照“深挖潜力、应报尽报”的原则,依程序完成政策宣传、属地申报、逐级审核等工作,现推荐上海捷锐农业发展"
        "有限公司等18家农业企业申报2023年农业产业化上海市重点龙头企业,特此请示,盼复"),
    # 安徽省农业农村厅's 公示 quoted by a company's item (fresh55 anhui_anqing-qianshan-shi-2020-guojia-shifanshe-ni-tuijian-gongshi.txt:4):
    # the designation recommended, then counted groups each named by its first holder, put to 公示 — the first of each
    # group is a proposed holder at the designation's level (the state's: 国家农民合作社示范社, whoever recommends)
    ProposedStyle(
        "拟推荐的<designation>A等N个…、B等N个…予以公示",
        re.compile(r"[拟擬](?:等额|差额)?推荐的?(?P<obj>\d{4}年度?[^，,。；;：:、等]{2,40}(?:示范社|示范企业|龙头企业|示范组织|示范基地))"
                   r"(?P<names>[^，,。；;：:]{4,1500}?等(?:\d+|[一二三四五六七八九十两]{1,3})[家户个][^，,。；;：:]{0,20}?)"
                   r"(?:予以|进行|现予)公示"),
        lambda names: counted_group_firsts(names), True,
        "现将我省拟等额推荐的2020年国家农民合作社示范社肥东县昊锐生态农业种植专业合作社等51个农业类农民合作社、庐江县九草春铁皮石斛种植"
        "专业合作社等12个林业类农民合作社、合肥青峰岭有机富硒果蔬专业合作社等21个供销类农民合作社、亳州市谯城区田慎森种植专业合作社等6个"
        "用水示范组织予以公示"),
    # 铜梁 (fresh60, a district bureau's 公示 on one line): companies it proposes to recommend as a product's producers, the list
    # reported to a higher body for its record (并报X备案) — proposed holders at the level of the body reported to (市农业农村委:
    # the city's 名优百品 list), as a 推荐名单 put to 公示 is (README rule 2)
    ProposedStyle(
        "拟推荐A、B等N家企业为…并报X备案",
        re.compile(r"[拟擬]推荐(?P<names>[^，,。；;：:]{4,800}?)等(?:\d+|[一二三四五六七八九十两]{1,3})[家户个](?:企业|单位)?为"
                   r"[^，,。；;：:]{2,60}?并(?:上)?报(?P<obj>[^，,。；;：:]{2,30}?)(?:备案|审核|审定|认定)"),
        enterprise_names, True,
        "区农业农村委在企业申报、资料审核基础上,拟推荐重庆特牧农业开发有限公司、重庆鑫佳宝食品有限公司、重庆金亿食品有限公司、"
        "重庆辣媳妇德宝食品有限公司等4家企业为“铜梁黑鸡”生产经营主体并报市农业农村委备案,现予以公示"),
    # 进贤县农业农村局 (fresh58 jiangxi_nanchang-jinxian-…-gongshi-chacewang.txt:1, a county bureau's 公示 on one line): the
    # holders of an acceptance proposed for a designation, named after 拟认定 in the list put to 公示 — proposed, at the
    # level of the designation the clause just before names ("…符合省级绿色有机…基地建设任务要求" → 省级; the sentence's
    # earlier clauses tell of the steps, "县级推荐、市级审定", no level of the list)
    ProposedStyle(
        "…符合<designation>要求,现对拟认定A、B验收通过名单予以公示",
        re.compile(r"(?:^|(?<=[，,。；;]))(?P<obj>[^，,。；;]{2,400}?)[，,](?:现将|现对|现就|特将)?[拟擬]认定的?"
                   r"(?P<names>[^，,。；;：:]{4,800}?)(?:验收通过|通过验收)?的?名单(?:予以|进行|现予以?)公示"),
        enterprise_names, True,
        "经省厅专家2021年12月29日验收认定江西省进贤县军山湖鱼蟹开发公司、江西军山湖生态农业发展有限公司分别已“通过”和“基本通过”符合"
        "省级绿色有机地理标志农产品标准化生产基地建设任务要求,现对拟认定江西省进贤县军山湖鱼蟹开发公司、江西军山湖生态农业发展有限公司"
        "验收通过名单予以公示,公示期2022年1月5日至10月14日"),
    # 枣庄 (converter, entrep101): a review proposed to pass, beside the 拟认定 list of the same 公示
    ProposedStyle(
        "X复核拟通过…",
        re.compile(r"(?:^|(?<=[，,。；;]))(?P<names>[^，,。；;：:]{4,600}?)(?:复核|复评)[拟擬]通过(?P<obj>[^，,。；;：:]{2,40})"),
        _full_or_short, True,
        "山东辛化硅胶有限公司复核拟通过第三批省制造业单项冠军。"),
)


def proposed_holders(sentence: str, context: str = "", title: str = "") -> list[tuple[str, str, str]]:
    """(holder, class, style) for each holder a proposed list's sentence names in one of PROPOSED_STYLES; `context`:
    the paragraph around it, where a style that does not propose by its own words finds its 公示 (or 拟…); `title`: the
    document's title, whose level a designation applied for that names none takes in a style that says so (title_level:
    炎陵's 百企培育工程项目 under its "关于推荐2022年省级农业产业融合发展项目创建主体的公示"; a 拟创建名单 entered, a review
    passed, keep to their own words)."""
    out: list[tuple[str, str, str]] = []
    for style in PROPOSED_STYLES:
        for m in style.pattern.finditer(sentence):
            if not style.proposes_itself and not (proposal(sentence) or _PUT_TO_PUBLICITY.search(context or sentence)):
                continue
            level = award_level(m["obj"], context or sentence) or (object_class(title) if title and style.title_level
                                                                     else None)
            if not level:
                continue
            out += [(n, level, style.name) for n in style.read_names(m["names"]) if n not in {h for h, *_ in out}]
    return out


# a paragraph that puts a list of an award to 公示 by its own words ("建议授奖名单开始公示", "5家拟获奖企业")
_PUT_TO_PUBLICITY = re.compile(r"(?:授奖|获奖|拟奖)名单[^。；;]{0,6}?公示|拟获奖(?:企业|单位)")

# "该名单于10月8日进行了公示,名单中,有五家…企业技术中心获得入选,其分别为:" — a line that closes on the names below it
_NAMES_BELOW = re.compile(r"(?:分别为|分别是|名单如下|如下)[：:]$")


def numbered_heading_level(line: str, before: str) -> str | None:
    """The level of the proposed list whose holders the numbered lines below `line` name: the line tells of a 公示 (or
    a 拟 list) and closes on 分别为: / 如下:; the level is the list named in it or in the text `before` it ("…初步提出了
    2013年第20批国家认定企业技术中心拟认定名单。" → 国家级)."""
    if not _NAMES_BELOW.search(line) or not proposal(line):
        return None
    return list_level(line) or list_level(before) or object_class(before[-120:])


# A table of expert-review scores put to 公示 ("2024年武汉标杆智能工厂专家评审结果": 序号 ⏎ 企业 ⏎ 分数, one cell a line,
# fresh21 武汉 — "现将…专家评审结果予以公示"): the score as printed is its row's class (the sets' rule for scored lists)
_HOLDER_HEADERS = ("企业", "企业名称", "单位", "单位名称", "申报单位", "申报企业")
_SCORE_HEADERS = ("分数", "得分", "评分", "总分", "综合得分", "评审得分", "专家评分")


def scored_columns(header: list[str]) -> tuple[int, int] | None:
    """(holder column, score column) of a table's header naming both (_HOLDER_HEADERS, _SCORE_HEADERS), or None."""
    holder = next((i for i, h in enumerate(header) if h in _HOLDER_HEADERS), None)
    score = next((i for i, h in enumerate(header) if h in _SCORE_HEADERS), None)
    return (holder, score) if holder is not None and score is not None else None


_SCORE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")


def row_score(cell: str) -> str | None:
    """A score cell as printed ("94.7"), or None."""
    return cell if _SCORE.match(cell) else None


# "以上结果在白城市农业机械化信息网上进行公示,公示时间自2015年1月27日—2015年2月3日止" after five co-ops one a line (fresh55
# jilin_baicheng-shi-nongwei-2015-sixingji-nongji-hezuoshe-gongshi.txt:8): a line that puts what stands above it to 公示
_ABOVE_PUT_TO_PUBLICITY = re.compile(r"^(?:以上|上述)[^。；;]{0,40}?(?:进行|予以|现予|现予以)?公示")


def publicized_above(lines, records: list[dict]) -> None:
    """Mark "proposed" the records of the run of lines just above a line that puts 以上 to 公示 (_ABOVE_PUT_TO_PUBLICITY;
    never a 公示 already ended, FINAL_AFTER_PUBLICITY): the run reaches back over blank lines and lines holding records."""
    by_line: dict[int, list[dict]] = {}
    for r in records:
        by_line.setdefault(r["source"]["line_start"], []).append(r)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not _ABOVE_PUT_TO_PUBLICITY.match(text) or FINAL_AFTER_PUBLICITY.search(text):
            continue
        for above in reversed(lines[:i]):
            if above.blank:
                continue
            if above.no not in by_line:
                break
            for r in by_line[above.no]:
                for k in r["classifications"]:
                    k["status"] = "proposed"
