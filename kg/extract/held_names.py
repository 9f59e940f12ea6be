"""Enterprise names in a holder list: the words before a group's first name, what no name is, the names a group holds."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.conferrals import VENUE
from kg.extract.enterprise_classes import COMPANY_IN_BRACKETS, ENDING_PATTERN, is_enterprise
from kg.extract.enterprise_sentences import GROUP_OWNED, prose_placed
from kg.places import city_names, county_names

__all__ = ["LEAD_WORDS", "NOT_NAME", "GENERIC_NAME", "PLACE_OR_ORGAN_ITEM", "enterprise_name", "enterprise_names"]

# Words before the first name of a group that are no part of it ("此次共有X", "我市X", "包括X", "市工商局还推荐X")
LEAD_WORDS = re.compile(r"^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[⑴-⒇]|[和及与]|此次|本次|今年|其中|此外|另外|目前|近日|日前|同时|最终|最后|经评价|经审核)*"
                   r"(?:[\u4e00-\u9fff]{0,8}?(?:已有|现有)|共有|还有|也有|包括|分别是|分别为|有|其中有)?(?:[我本全该][省市区县州镇])?(?:的)?"
                   # (an association's members: "我会会员企业武汉理工光科股份有限公司…被纳入了…", 湖北 converter page)
                   r"(?:[我本该]会(?:会员)?(?:企业|单位)?)?"
                   r"(?:[\u4e00-\u9fff]{0,12}?[还也又]?拟?推荐)?"  # (a recommending organ: "咸宁市工商局还推荐X等16家企业为…")
                   r"(?:决定|同意|认为)?(?:拟(?:授予|认定|确定|命名|定)|授予|认定|确定|确认|命名|批准|表彰"
                   # (a substitute entered in the place of those removed: "…取消农业产业化国家重点龙头企业资格,相应递补北京德润通农业科技
                   # 发展有限公司等112家企业为农业产业化国家重点龙头企业", fresh52's 兰州新区 item)
                   r"|(?:相应)?递补)?"
                   # (a place adding them: "宜昌市新增科力生天然气股份有限公司宜都分公司等5家企业为…安全生产标准化三级达标企业",
                   # http://ahappybud.com/Article/Detail_4574_13_20_4_31.html)
                   r"(?:(?:[\u4e00-\u9fff]{2,4}?[省市区县])?新增)?[“\"「]?")


# (no name opens with a preposition, a pronoun, a count or a bracket: "在六大超市中" speaks of six shops, "我集团公司技术中心" of
# the speaker's own group, "(集团)公司" is the tail of "326家市企业(集团)公司下属企业"; they name none)
# nor holds a clause or a date ("区教育行政部门应当加强对幼儿园", "去年被环保部通报…的X公司", "温州港集团下属温州港服公司",
# "到2019年底基本实现区域内所有义务段学校"; never the 所 of an institute's name before its legal ending: "南宁金域医学检验所有限
# 公司", docent59 广西)
# nor a news item's lead-in, the source the reporter heard it from ("记者从市供销合作社获悉,我市X合作社联社获评…", 潜江)
# (本 opens a pronoun before a noun of the speaker's own, "本公司", "本市", "本次", "本着", never a name's first character: the
# place 本溪, "本溪县凤驰玉米种植家庭农场", 全国家庭农场典型案例, 辽宁; the company 本钢, "授予…、本钢板材股份有限公司2019年
# 省长质量奖金奖", 辽政发〔2019〕25号, entrep101)
# (nor one that opens with the company word itself, the speaker's own: "公司控股子公司奇新光电入选…", 证券时报网, entrep46)
NOT_NAME = re.compile(r"^(?:[在对从由向经据于将把给到我该其这(（]|本(?=[公企单集厂店社网站报台刊次届批年月期轮项文市省区县镇乡村会院局部委级地土着人行系]))|^[一二三四五六七八九十两几\d]+[大家个户所]|^(?:本报|本台|本刊)?记者"
                       r"|^(?:公司|集团)(?:[控全]股|所属|下属|旗下)"
                       # (nor a clause building the designation: "推行绿色设计,建设绿色工厂,兰石化、…等8家企业荣获…", docent59 兰州)
                       # (nor a clause applying for it: "申报绿色工厂也有利于提高绿色示范企业形象", smetz.cn 枣庄, entrep101)
                       r"|^(?:建设|创建|打造|培育|推行|推进|申报|申请|争创)(?=绿色|示范|标杆)"
                       # (nor a clause telling how a firm came to be: "大地集团入驻舞阳组建成立贾湖酒业集团以来", 舞政〔2016〕18号, entrep81)
                       r"|[的被]|\d{2,4}年|应当|部门|下属|下发|批准|决定|授予|通报|带动|参照|加强|实现|所有(?!限公司|限责任公司)|造假"
                       r"|入驻|组建"
                       # (nor a purpose clause before the act, its object a kind: "为加快推动长治市农民合作社高质量发展,…,近日,
                       # 市农业农村局公布…名单,全市14家农民合作社上榜", fresh57 shanxi_changzhi-…-shifanshe-sxrb.txt:10)
                       r"|^为了?(?:加快|推动|推进|促进|进一步|深入|全面|加强|提升|做好|切实|更好|确保|贯彻|落实|鼓励|支持|引导)"
                       # (nor a policy's words for its kind, a joint meeting's name: "…和市供销合作总社等市促进农民专业合作社发展联席会议成员
                       # 单位联合评审", fresh58 beijing_shi-nongyenongcunju-tongzhi-zhaiyao-liebiao-kuajiezhengce.txt:3)
                       r"|^[省市区县州]?(?:促进|扶持|推动|推进)(?=[\u4e00-\u9fff])"
                       # (nor what a group has built up: "上海电气累计已拥有绿色工厂29家(国家级20家)", fresh39)
                       r"|拥有"
                       # (nor an institute of the academies, no market entity: "中科院合肥物质科学研究院等离子体物理研究所", entrep101;
                       # a company the academy founded keeps its ending: "中科院成都信息技术股份有限公司")
                       r"|^(?:中科院|中国科学院|中国工程院|中国农业科学院|中国林业科学研究院|中国社会科学院)(?=[^、，,]*?(?:研究院|研究所|所)$)")
# nor is a designation's own words a name ("国家农民专业合作社", "绿色工厂", "家庭农场"): what is left less them is its ending
# (a bare level word before them too: "经县级申报、市级审查、市农民合作社发展联席会议审定" names the city's co-ops' joint
# meeting, no 市农民合作社, fresh57 shanxi_changzhi-…-shifanshe-sxrb.txt:12)
GENERIC_NAME = re.compile(rf"^(?:[全我本该]?[省市区县州](?=[^级]))?(?:国家|全国|[省市区县]级|家庭|农民|专业|示范|绿色|重点|龙头|高新技术|科技型|中小|工业|农业|现代|"
                      rf"企业|技术|创新|先进|优秀|诚信)*(?:{ENDING_PATTERN}|工厂)$")
# (a name is whole where its ending ends a word: "河北省唐山开滦国家矿山公园" is a park, no 矿; "X公司的高压辊磨机入选…" is a
# product's entry, no holder; but "X公司的“淄博大染坊”进入公示名单" is its trade name's, a 老字号 brand the company holds)
_MADE_BY = re.compile(r"^(?:生产|研制|研发|制造)的")
_TAIL_OF_WORD = re.compile(r"^(?:山|公园|园|景区|基地|建设|(?:生产|研制|研发|制造)?的(?![“\"「]))")  # ("X公司生产的小粒度海绵钛,进入…")


# a unit of a company printed after its name, its technology or design centre: "北京当升材料科技股份有限公司技术中心"
_UNIT_OF = re.compile(r"^(?:企业)?(?:技术|研发|工业设计|设计|工程(?:技术)?(?:研究)?)(?:分)?中心")


# (a step of the procedure the holders passed is a qualifier too, though it opens with 经: "经公示无异议的福耀集团通辽有限公司等108家
# 企业予以高新技术企业备案", https://www.cinic.org.cn/xy/nmg/688811.html, fresh39)
_PASSED_STEP = re.compile(r"^经[\u4e00-\u9fff]{1,8}?(?:无异议|通过|合格)的$")


@lru_cache(maxsize=1)
def _conjunction_places() -> tuple[str, ...]:
    """The counties and cities whose names open with a conjunction's character (和龙市, 和县, 和平区, 和田市)."""
    return tuple(sorted(p for p in county_names() | city_names() if p[0] in "和及与"))


def lead_stripped(part: str) -> str:
    """The part less its lead-in words (LEAD_WORDS), but for a 和 / 及 / 与 that opens a place's name: "和龙市东城镇淳哲
    有机大米农场有限公司" is a company of 和龙市, no "…、和 龙市…" (fresh57 jilin_yanbian-…-tuchu-gongxian-jlncb.txt:6)."""
    rest = LEAD_WORDS.sub("", part)
    cut = part[: len(part) - len(rest)]
    if cut and cut[-1] in "和及与" and (cut[-1] + rest).startswith(_conjunction_places()):
        return cut[-1] + rest
    return rest


def enterprise_name(part: str) -> str | None:
    """The enterprise a part of a group opens with: the longest run from its start that ends in an enterprise ending
    and reads as one ("江西团团圆家具有限公司实木家具工业设计中心" → the company), its lead-in words dropped."""
    part = lead_stripped(part.strip().strip("“”\"「」《》 "))
    # (a group's subsidiary is named after its group: "中林集团所属中国林木种子集团有限公司" names the subsidiary)
    part = GROUP_OWNED.sub("", part)
    # (a short qualifier ending in 的 is no part of it, "各地新申报的九江市大业牧业有限公司", nor a tax band's, "上缴税收3亿元
    # 以上的中国石油天然气股份有限公司青海油田分公司", 青海; a clause is, "去年被…通报的X")
    if (q := re.match(r"^(?:[^，,、的]{1,8}|[^，,、的]{1,12}?[以]?[上下])的(?=[\u4e00-\u9fff]{4})", part)) \
            and (not NOT_NAME.search(q[0][:-1]) or _PASSED_STEP.match(q[0])):
        part = part[q.end():]
    # (a company printed in brackets after what it runs names the holder: "儲氏鐵畫(蕪湖儲氏鐵畫工藝品有限公司)", 芜湖)
    if (run := COMPANY_IN_BRACKETS.match(part)) and is_enterprise(run["company"]) and not NOT_NAME.search(run["company"]):
        return prose_placed(run["company"])
    best = None
    for m in re.finditer(ENDING_PATTERN, part):
        cand = part[: m.end()]
        if len(re.findall(r"[(（]", cand)) > len(re.findall(r"[)）]", cand)):
            # (but a bracketed group word closing the name ends it: "格尔木农垦(集团)", fresh58 qinghai_sheng-nongken-…:5)
            if not (re.search(r"[(（]集团$", cand) and part[m.end():m.end() + 1] in (")", "）")
                    and is_enterprise(part[: m.end() + 1])):
                continue  # (an ending inside a bracket ends no name: "五行科技股份有限公司(西厂区)", "X公司(集团)")
            cand = part[: m.end() + 1]
        if cand.count("“") > cand.count("”"):
            continue  # (nor one inside a quote: "X有限公司揭榜任务“低压电器智能制造示范工厂”" names X, its task is quoted)
        if m.end() < len(part) and part[m.end()] in "(（":  # a bracket after the ending closes the name ("(集团)")
            close = re.match(r"[(（][^()（）]{1,12}[)）]", part[m.end():])
            if close and is_enterprise(part[: m.end() + close.end()]):
                cand = part[: m.end() + close.end()]
        if is_enterprise(cand) and NOT_NAME.search(cand):
            return None  # (a clause runs through it: "温州港集团下属温州港服公司" names no 温州港集团 alone)
        if best and _UNIT_OF.match(part[len(best):]):
            break  # (a company's own centre, and an ending misprinted after it, are the company's: "X有限公司技术中心有限公司")
        # (the maker of a product named whole is no holder, and neither is the group its name opens with: "駱駝集團襄陽蓄電池
        # 有限公司生產的起動型鉛蓄電池…入選" (湖北日报's 綠色設計產品, entrep154) names no 骆驼集团)
        if is_enterprise(cand) and _MADE_BY.match(part[len(cand):]):
            return None
        if is_enterprise(cand) and not GENERIC_NAME.match(cand) and not _TAIL_OF_WORD.match(part[len(cand):]):
            best = cand
    # (less a place prose prints before it: "乐山市四川森态源生物科技有限公司", "宁德市安发(福建)…")
    return prose_placed(best) if best else None


_PARENT_OF = re.compile(r"^(?P<a>[^、，,；;]{2,60}?)及其(?:所属|下属|旗下)?(?:全资|控股)?(?:分公司|子公司)(?P<b>[^、，,；;]{4,60})$")
_SHORT_PARENT = re.compile(r"^(?![该其我本这此])[\u4e00-\u9fff]{2,8}(?<!企业)(?<!公司)(?<!集团)$")


_LIST_NAMES = re.compile(r"[^，,。；;：:]*?(?:名单|名录)(?=[，,。；;：:]|$)")
_PERSONS_GROUP = re.compile(r"(?:(?<=[和及与])|^)[^和及与，,。；;：:]{2,200}?等?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})名(?:个人|同志)")


def enterprise_names(region: str) -> list[str]:
    """The enterprises a group names: its items split at 、，, and at a count (等N家…), each read by _name."""
    # (a count with what it counts, "等9家园区", is no item)
    # (nor is what a count counts, up to the 和 that joins a second group: "X技术中心等98家技术中心和Y技术中心等6家分中心")
    # (and a count printed straight after the last name, without 等: "…、重庆市林业投资开发有限责任公司三家林业公司榜上有名")
    # (a clause closed by 名单 / 名录 names lists, not holders: "公布了2015年全省新增旅游强乡镇、特色村、…、开心农场和好客人家
    # 农家乐名单,莒县44家单位榜上有名", 莒县, entrep81)
    region = _LIST_NAMES.sub("", region)
    # (nor a group of persons an award's list names beside its companies, each with the employer printed before the
    # person: "…等4家组织和安徽江淮汽车集团控股有限公司李德斌1名个人荣获…;…等8家组织和国网安徽省电力有限公司宿州供电公司
    # 许启金、国营芜湖机械厂阚艳等2名个人荣获…提名奖", 安徽省人民政府品质奖, entrep101 — the persons hold it, no company)
    region = _PERSONS_GROUP.sub("", region)
    # (a dash between a count and its names separates them: "认定12家市场主体——西藏甘露藏药股份有限公司、…为…“西藏老字号”",
    # 西藏商报 2023, entrep101)
    parts = re.split(r"[、，,；;：:]|—+|等\d+[家户个][^、，,；;：:和及等]{0,8}(?:以及|[和及])|"
                     # (never the 等 of a word inside a name: "中科院合肥物质科学研究院等离子体物理研究所", 安徽省人民政府品质奖,
                     # entrep101 — plasma, 等离子体; nor 等级, 等同, 等效)
                     r"等(?!离子|级|同|效|待|候|值|量|比|价)\d*[家户个]?(?:[\u4e00-\u9fff]{0,4}?(?:企业|园区|基地|单位|公司))?|"
                     r"(?<=公司)(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[家户个][\u4e00-\u9fff]{0,4}?(?:企业|单位|公司)|"
                     # (a page that strips 等 and 家 prints the count glued to the name: "重庆药友制药有限责任公司6企业评价为
                     # 优秀", 重庆市经济和信息化委员会, entrep46 — the digits between a legal ending and 企业 are that count)
                     r"(?<=公司)\d{1,3}(?=企业|单位)", region)
    out = []
    for p in parts:
        # "X及其分公司Y": the company and its branch, both holders; the parent may be printed short, its branch vouching
        # for it ("中联重科及其分公司工程起重机公司同时荣获…", 湖南)
        if (pa := _PARENT_OF.match(LEAD_WORDS.sub("", p.strip()))) and (branch := enterprise_name(pa["b"])):
            parent = enterprise_name(pa["a"]) or (pa["a"] if _SHORT_PARENT.match(pa["a"]) else None)
            out += [parent, branch] if parent else []
            if parent:
                continue
        # "X和Y": two names where both sides read as names
        sides = [q for q in re.split(r"以及|[和及与]", p) if q]
        found = [enterprise_name(q) for q in sides]
        if len(sides) > 1 and all(found):
            out += found
        elif (n := enterprise_name(p)):
            out.append(n)
    # (a district printed before each group's first name is a column of the list, no part of the name)
    out = _uncolumned(out, [LEAD_WORDS.sub("", p.strip()) for p in parts])
    # (a trading venue is a holder among enterprises: "X有限公司、上海松江购物中心、Y有限公司被评为“信得过超市”")
    if out:
        out += [v for p in parts if VENUE.match(v := LEAD_WORDS.sub("", p.strip())) and not NOT_NAME.search(v)]
    return list(dict.fromkeys(out))


# "浦东新区上海吉祥航空股份有限公司等316家企业、黄浦区上海华商房产发展公司等210家企业、…、宝山区福然德股份有限公司等249家企业"
# (上海's 和谐劳动关系达标企业, counted by district): a run whose groups each open with another district or county is a
# table's district column printed as prose; the name is what follows it. (Names of one county's list may all open with it,
# "海盐县粮食收储有限责任公司、海盐县金利达饲料有限公司": one place printed again is no column, and they keep it.)
_DISTRICT_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:新区|区|县)(?=[\u4e00-\u9fff]{4})")


def _uncolumned(names: list[str], parts: list[str]) -> list[str]:
    """The names less the district column a run prints before each group (at least three groups, each a district of
    its own), else the names as read."""
    heads = [m[0] for p in parts if (m := _DISTRICT_HEAD.match(p)) and enterprise_name(p[m.end():])]
    if len(heads) < 3 or len(set(heads)) < len(heads):
        return names
    out = []
    for n in names:
        head = next((h for h in heads if n.startswith(h) and is_enterprise(n[len(h):])), None)
        out.append(n[len(head):] if head else n)
    return list(dict.fromkeys(out))


# an item of a list that names a place, an organ, a site or a list, or a count in brackets, no holder (a run's item, a
# short name a count vouches for)
PLACE_OR_ORGAN_ITEM = re.compile(r"(?:村|镇|乡|街道|社区|政府|委员会|局|[省市区县州]|医院|学校|协会|园区|园|景区|开发区|中心|名单|名录)$"
                                 r"|[(（]共?\d+[家户个][)）]$")
