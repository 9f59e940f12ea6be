"""Enterprise lists in shapes the sentence readers (enterprise_sentences, held_lists) do not meet (issue #16,
entrep118).

Each shape is a named style in SHAPES with the real line it was written for (tests/test_enterprise_list_shapes.py reads
them as table tests). A reader gives (name, class, rating, proposed) for the holders of one line; enterprises adds a
holder only where no other reader of the document named it, so a shape never overrides a reading already made:

- `inline_numbered_list`: a list's title and its numbered items glued on one line, the notice's body before them
  ("…农业部办公厅 2013年10月30日 2013年国家生猪核心育种场名单: 1.X 2.Y … 18.Z");
- `chosen_are`: the holders a sentence says were chosen, `入围的是A,B及C`, and the category sub-lists that follow it in
  the same sentence (`入选的农业农村类示范合作社有A、B;林草类示范合作社是C;供销类示范合作社是D、E`), at the level of
  the one list the page names;
- `pending_candidates`: `X等N家公司已经通过了<organ>的相关审核,待完成相关程序后,将成为<D>` — candidates before the
  decision, proposed at the organ's level;
- `association_award`: `授予A(code)、B(code)…等N家企业“Y”称号` on a page of a national association (中国…协会) — the
  association's awards are 国家级 (entrep101's rule for national associations), each name less its award code.
- `association_commended`: `发布了首批“Y”表彰决定,对A、B等全国N家…企业进行表彰` on a national association's page (中国公路建设行业
  协会, entrep138) — 国家级, the quoted title of the same sentence its rating;
- `spaced_counted_groups`: headings counting their holders, each followed by that many names separated by spaces, all on
  one line as printed (`附件 2021年区级示范性家庭农场名单 一、…(3家) A B C 二、…(21家) D …`, entrep138's 瓯海), at the level the
  line's own list title prints;
- `counted_in_brackets`: a count entering a list with its holders in brackets after it (`我成功创建自治区级绿色工厂2家(A和B)`,
  `成都有4家企业入选(A、B、C、D)`), as many names as counted, at the level the clause prints, else the nation's for a
  `“中华…”` / `“全国…”` title the page names, else the page's one list level; applicants counted (`现申报…的共4家企业(…)`)
  hold nothing.

- `first_of_counted_list`: the first holder of a counted list an act determines, one of several lists of the sentence
  (`确定A(园区)等10个…园区名单、B等100家省级绿色低碳工厂名单,现予以公布`, fresh45's 浙江), at the level the list prints.

- `glued_table_rows`: a table flattened into its line, header and rows glued (`…申报名单序号名称经营规模经营地点负责人1X油茶种植
  1200亩…2Y…`, entrep138's 建宁): the rows numbered 1, 2, 3 … in order, each number glued to a holder's name, at the level
  the line prints before the header.

A chosen list (`chosen_are`) on a page whose lists name no level takes the one level the page prints (`…省级示范场`,
entrep138's 巴中 `其中巴中共有9家,分别是A、B…`).

Names are also cleaned of what a list glues to them (`clean_holder`): a rank in brackets (`五得利面粉集团有限公司(16位)`),
an award code (`(HA·B01~2014(5)/G5)`), the owning group before 所属 (`中集团所属包头业`); and a maker named only for its
products' models (`佳木斯电机厂7个型号电动机产品…入选`) holds nothing (`product_maker`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from kg.extract.counted_lists import count_value
from kg.extract.enterprise_classes import ENDING_PATTERN, is_enterprise
from kg.extract.enterprise_sentences import joined_level
from kg.parse.normalize import compact, fold


@dataclass(frozen=True)
class Shape:
    """A named list shape: its reader and the real line it was written for (with the holders and class it must give);
    `spaced`: the reader reads the line as printed, its spaces kept (Context.line)."""
    name: str
    read: Callable[[str, "Context"], list[tuple[str, str, str | None, bool]]]
    example: str
    holders: tuple[str, ...]
    level: str = "国家级"
    spaced: bool = False


@dataclass(frozen=True)
class Context:
    """What a shape may know of its page beyond its line: the levels of the lists the page names ('国家', '省', …;
    enterprise_sentences.named_list_levels), the page's text (for the organ that signs it) and the line as printed, its
    spaces kept (names separated by spaces alone)."""
    list_levels: frozenset[str] = frozenset()
    page: str = ""
    line: str = ""
    lines: tuple[str, ...] = ()  # (the document's lines, whitespace removed, "" for a blank one: a reader of several lines)
    index: int = -1  # (the line's place in `lines`)


def _level(short: str) -> str:
    """'国家' → '国家级', '省' → '省级' (a level as the lists name it, with 级)."""
    return short if short.endswith("级") else short + "级"


def page_level(ctx: Context) -> str | None:
    """The one level of the lists the page names, else none."""
    return _level(next(iter(ctx.list_levels))) if len(ctx.list_levels) == 1 else None


# a level as a page prints it: "省级示范场", "区级示范性家庭农场", "自治区级绿色工厂"
_PRINTED_LEVEL = re.compile(r"(国家|自治区|省|市|县|区)级")


def printed_level(text: str) -> str | None:
    """The one level a text prints ('…拟命名…为四川省第八批家庭农场省级示范场…省级示范场监测' → '省级'), else none; a
    level joined before a printed one is printed too ("国家、自治区级农业产业化重点龙头企业": two levels, none)."""
    levels = {x for m in _PRINTED_LEVEL.finditer(text) for x in (m[1], joined_level(text, m.start())) if x}
    return _level(levels.pop()) if len(levels) == 1 else None


# ---- names ---------------------------------------------------------------------------------------------------------

# a rank or an award code in brackets after a name: "(16位)", "(第3名)", "(排名第5)", "(HA·B01~2014(5)/G5)"
_RANK_OR_CODE_AFTER = re.compile(r"[(（](?:第?\d{1,4}[位名]|排名第?\d{1,4}|[A-Za-z]{1,4}[·・][^、，,；;]*)[)）]$")
# the group a list names before its members: "中集团所属包头业" (a copy that dropped 铝 from 中铝集团 and 包头铝业)
_OWNER_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,12}?所属的?(?=[\u4e00-\u9fff]{2})")


def clean_holder(name: str) -> str:
    """A holder's name less a rank or code glued after it and less the owning group named before it."""
    return _OWNER_BEFORE.sub("", _RANK_OR_CODE_AFTER.sub("", name))


# a maker named for its products' models: "佳木斯电机厂7个型号电动机产品和建龙西钢、建龙北满特钢3个型号钢材产品入选"
_MODELS_AFTER = r"\d+[个款种](?:型号|规格|品种)"


def product_maker(name: str, line: str) -> bool:
    """Whether the line names the holder only as the maker of some models of a product."""
    return bool(re.search(re.escape(name) + _MODELS_AFTER, line))


# ---- readers -------------------------------------------------------------------------------------------------------

_SPLIT_NAMES = re.compile(r"[、，,]|以及|(?<=[司社场厂店])及|(?<=[司社场厂店])和")
# the province a name is told with: "江苏省的苏州市建筑材料再生资源利用有限公司", "浙江省的杭州富丽华建材有限公司"
_PLACE_OF = re.compile(r"^[\u4e00-\u9fff]{2,7}?(?:省|自治区|市)的(?=[\u4e00-\u9fff]{4})")


_TAIL_CLAUSE = re.compile(r"(?<=[\u4e00-\u9fff)）])[，,]([^、，,]+)$")


def _names(run: str, cut: bool = False) -> list[str]:
    """The enterprise names of a run "A、B,C及D" (each must be an enterprise's name; where the run is cut at the end of
    the excerpt, its last piece may be a name's start: "…江西星火狮达科技有限公司、江西电化乐丰化工股")."""
    # (a clause after the list, behind a comma, is no name: "…、通江县森青家庭农场,目前正在公示中", 巴中)
    if (tail := _TAIL_CLAUSE.search(run)) and not is_enterprise(clean_holder(tail[1])):
        run = run[: tail.start()]
    names = [clean_holder(_PLACE_OF.sub("", x)) for x in _SPLIT_NAMES.split(run) if x]
    if cut and len(names) > 1 and not is_enterprise(names[-1]):
        names = names[:-1]
    return names if names and all(map(is_enterprise, names)) else []


_INLINE_LIST = re.compile(r"(?P<title>[^，,。；;：:\s]{4,40}?)名单[:：](?P<items>1[.．、].+)$")
_ITEM_NO = re.compile(r"(?<![\d.．])(\d{1,3})[.．、](?=[\u4e00-\u9fff])")


def inline_numbered_list(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"…2013年国家生猪核心育种场名单: 1.A 2.B …": the numbered items (numbered 1, 2, 3 … in order) of a list whose
    title names its level, glued on one line."""
    m = _INLINE_LIST.search(text)
    if not m:
        return []
    from kg.extract.enterprise_sentences import named_list_levels
    levels = named_list_levels(m["title"] + "名单")
    if len(levels) != 1:
        return []
    parts = _ITEM_NO.split(m["items"])  # ["", "1", "A", "2", "B", …]
    numbers, items = parts[1::2], [x.strip("。；; |") for x in parts[2::2]]
    if len(items) < 2 or [int(n) for n in numbers] != list(range(1, len(items) + 1)):
        return []
    # (the title is what follows the signature's date glued before it: "…2013年10月30日2013年国家生猪核心育种场")
    level, rating = _level(next(iter(levels))), re.sub(r"^(?:.*?\d{1,2}日)?\d{4}年度?", "", m["title"]) or None
    return [(clean_holder(x), level, rating, False) for x in items if is_enterprise(clean_holder(x))]


_CHOSEN_ARE = re.compile(r"(?:(?:入围|入选|上榜|获评|获批|新增)的|被认定为[^，,。；;]{0,40}?的)(?P<what>[^，,。；;：:是有为]{0,16}?)"
                         r"(?:是|有|为)[:：]?(?P<names>[^。；;]+)"
                         r"|\d+[家户个][^，,。；;]{0,24}?[，,]?(?:他们|它们|其)?分别(?:是|为)[:：]?(?P<counted>[^。；;]+)")
# a sentence that takes a designation away names no holder: "四川有2家企业被取消了…资格,分别是四川哈哥集团有限公司、…"
_WITHDRAWN = re.compile(r"取消|撤销|摘牌|除名|移出|不合格|未通过|降级|退出|警告|整改")
_SUBLIST = re.compile(r"^[\u4e00-\u9fff]{1,16}?(?:是|有|为)[:：]?(?P<names>[^。；;]+)")
# a published ranking or result whose holders follow in the next sentence, names alone: "省工信委、省财政厅…12月3日共同
# 发布甘肃2011年度工业百强评选结果。金川集团公司、酒钢集团公司、…" (甘肃), and the counted set the page goes on to name
# ("这11家企业是西北永新集团有限公司、…")
_RESULTS = re.compile(r"(?P<organ>(?:国家|省|市|县|区)[\u4e00-\u9fff]{1,8}?(?:委|厅|局|部|办))[^。；;]{0,60}?"
                      r"(?:发布|公布|揭晓)了?(?P<list>[^，,。；;]{2,30}?)(?:评选结果|名单|榜单)。(?P<names>[^。；;]+)")
_THESE_ARE = re.compile(r"这\d+家企业(?:是|为|分别是)[:：]?(?P<names>[^。；;]+)")
_ORGAN_LEVEL = {"国家": "国家级", "省": "省级", "市": "市级", "县": "县级", "区": "区级"}


def chosen_are(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"本次入围的是A,B及C": the holders the page's one named list chose, and the category sub-lists (…是C;…是D、E) the
    same sentence goes on to; "新增的3家…企业,分别是X省的A,Y省的B,C" likewise."""
    # (a page whose lists name no level: the one level it prints, "拟命名…为四川省第八批家庭农场省级示范场" ⏎ "其中巴中共有9家,
    # 分别是A、B…", 巴中)
    level = page_level(ctx) or (printed_level(ctx.page) if not ctx.list_levels else None)
    if not level:
        return []
    out = []
    for sentence in re.split(r"(?<=。)", text):
        if _WITHDRAWN.search(sentence):
            continue
        clauses = re.split(r"[；;]", sentence)
        for i, clause in enumerate(clauses):
            m = _CHOSEN_ARE.search(clause)
            if not m:
                continue
            cut = not sentence.endswith(("。", "；", ";")) and i == len(clauses) - 1
            runs = [m["names"] or m["counted"]] + [s["names"] for c in clauses[i + 1 :] if (s := _SUBLIST.match(c))]
            out += [(n, level, None, False) for run in runs for n in _names(run, cut)]
            break
    return out


_COUNT_CLOSING = re.compile(r"等?\d+[家户个](?:企业|单位)?[^、，,]*$")
# a member of a published ranking that is no company by its ending: "长庆油田陇东指挥部" among the 工业百强's top ten
_PLAIN_MEMBER = re.compile(r"^[\u4e00-\u9fff()（）]{4,16}$")


def _ranked_names(run: str, cut: bool) -> list[str]:
    """The names of a published ranking's run: enterprise names, and a plain name among them where at least two thirds
    of the run are enterprises' names."""
    names = [clean_holder(x) for x in _SPLIT_NAMES.split(run) if x]
    if cut and len(names) > 1 and not is_enterprise(names[-1]):
        names = names[:-1]
    firms = [n for n in names if is_enterprise(n)]
    plain = all(is_enterprise(n) or _PLAIN_MEMBER.match(n) for n in names)
    if len(firms) < 2 or 3 * len(firms) < 2 * len(names) or not plain:
        return []
    return names


def published_results(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"…省统计局…共同发布甘肃2011年度工业百强评选结果。A、B、…": the names alone after the sentence that publishes a
    result or list, at the level of the organ publishing it; and "这N家企业是A、B…" on a page that published one."""
    out = []
    for m in _RESULTS.finditer(text):
        level = _ORGAN_LEVEL[next(k for k in _ORGAN_LEVEL if m["organ"].startswith(k))]
        # (the count closing the run is no part of its last name: "…、华亭煤业集团公司10家企业排名“工业百强”前十名")
        run = _COUNT_CLOSING.sub("", m["names"])
        names = _ranked_names(run, cut=m.end() == len(text) and run == m["names"])
        out += [(n, level, m["list"], False) for n in names]
    if (first := _RESULTS.search(ctx.page)) is not None:
        level = _ORGAN_LEVEL[next(k for k in _ORGAN_LEVEL if first["organ"].startswith(k))]
        for m in _THESE_ARE.finditer(text):
            out += [(n, level, first["list"], False) for n in _ranked_names(m["names"], cut=m.end() == len(text))]
    return out


_PENDING = re.compile(r"(?P<names>[^，,。；;：:]{4,200}?)等\d+[家户个](?:公司|企业|单位)已?经?通过了?(?P<organ>[^，,。；;的]{2,12}?)"
                      r"的?(?:相关)?(?:审核|审查|评审)[，,]待[^，,。；;]{0,12}?后[，,]将成为(?P<d>[^，,。；;]{2,30})")


def pending_candidates(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"X等4328家公司已经通过了工业和信息化部的相关审核,待完成相关程序后,将成为第四批专精特新“小巨人”企业":
    candidates before the decision (proposed), at the level of the organ that reviewed them (部 / 总局: the nation's,
    厅: a province's)."""
    out = []
    for m in _PENDING.finditer(text):
        organ = m["organ"]
        level = "国家级" if organ.endswith(("部", "总局")) else "省级" if organ.endswith("厅") else None
        names = _names(re.sub(r"^(?:近日|日前|目前|近期)[，,]?", "", m["names"]))
        if level:
            out += [(n, level, m["d"], True) for n in names]
    return out


_NATIONAL_ASSOCIATION = re.compile(r"(?:中国|中华|全国)[\u4e00-\u9fff]{2,16}?(?:协会|联合会|商会)")
_AWARDED = re.compile(r"授予(?P<names>[^。；;“”\"]{4,600}?)等\d+[家户个]企业[“\"](?P<award>[^”\"]{2,20})[”\"]")


def association_award(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"我会决定授予A(HA·B01~2014(5)/G5)、B(…)…等5家企业“最佳企业奖”称号" on a national association's page: 国家级."""
    if not _NATIONAL_ASSOCIATION.search(ctx.page) or not re.search(r"[我本]会|协会", ctx.page):
        return []
    out = []
    for m in _AWARDED.finditer(text):
        names = [clean_holder(x) for x in re.split(r"(?<=[)）司社场厂])、", m["names"]) if x]
        out += [(n, "国家级", m["award"], False) for n in names if is_enterprise(n)]
    return out


_COMMENDED = re.compile(r"[“\"](?P<award>[^”\"]{2,30})[”\"][^。；;]{0,20}?[，,]对(?P<names>[^。；;“”\"]{4,600}?)等(?:全国)?\d+[家户个]"
                        r"[^。；;]{0,80}?(?:进行|予以|给予)表彰")


def association_commended(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"中国公路建设行业协会发布了首批“公路建设百家诚信施工企业”表彰决定,对A、B等全国134家…公路施工企业进行表彰" on a
    national association's page: 国家级, the quoted title its rating (the grades the sentence sets as conditions, "评为
    AA级或A级的", are no class of the holders)."""
    if not _NATIONAL_ASSOCIATION.search(ctx.page):
        return []
    return [(n, "国家级", m["award"], False) for m in _COMMENDED.finditer(text) for n in _names(m["names"])]


# "一、2021年新申报通过的瓯海区示范性家庭农场(3家)": a heading counting its holders (one token of a spaced line)
_COUNTED_GROUP = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])?(?P<what>\S{2,40}?)[(（]共?(?P<n>\d{1,4})[家户个][)）][:：]?$")


def spaced_counted_groups(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"附件 2021年区级示范性家庭农场名单 一、…(3家) A B C 二、…(21家) D …": each heading followed by as many names as it
    counts, separated by spaces on the line as printed (ctx.line), at the level the line's title prints before the
    first heading, else the page's one list level."""
    tokens = [compact(fold(t)) for t in ctx.line.split()]
    before, groups = [], []
    for tok in tokens:
        if m := _COUNTED_GROUP.match(tok):
            groups.append((m, []))
        elif groups:
            groups[-1][1].append(clean_holder(tok))
        else:
            before.append(tok)
    if not groups or any(len(names) != int(m["n"]) or not all(map(is_enterprise, names)) for m, names in groups):
        return []
    level = printed_level("".join(before)) or page_level(ctx)
    return [(n, level, m["what"], False) for m, names in groups for n in names] if level else []


_COUNT_THEN_BRACKET = re.compile(r"(?P<before>[^，,。；;()（）]{0,40}?)(?P<n>\d{1,3}|[两二三四五六七八九十])[家户个]"
                                 r"(?P<after>[^，,。；;()（）\d]{0,12}?)[(（](?P<names>[^()（）]{8,800}?)[)）]")
_ENTERED = re.compile(r"入选|入围|上榜|创建|获评|获批|认定|命名|评为|荣获|获得|榜上有名")
_APPLIED = re.compile(r"申报|推荐|参评|参加|申请")
_NATIONAL_TITLE = re.compile(r"[“\"](?:中华|全国|国家|中国)[\u4e00-\u9fff]{2,16}[”\"]")


def counted_in_brackets(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"我成功创建自治区级绿色工厂2家(A和B)", "成都有4家企业入选(A、B、C、D)": a count entering a list, its holders in
    brackets after it — exactly as many enterprise names as counted; applicants (申报, 推荐) hold nothing."""
    out = []
    for m in _COUNT_THEN_BRACKET.finditer(text):
        clause = m["before"] + m["after"]
        if not _ENTERED.search(clause) or _APPLIED.search(clause):
            continue
        names = _names(m["names"])
        if len(names) != count_value(m["n"]):
            continue
        level = printed_level(clause) or ("国家级" if _NATIONAL_TITLE.search(ctx.page) else page_level(ctx))
        if level:
            out += [(n, level, None, False) for n in names]
    return out


_COUNTED_LIST_ACT = re.compile(r"确定|认定|公布|命名|评定")
_FIRST_OF_COUNTED = re.compile(r"(?:^|(?<=[、，,]))(?:确定|认定|命名|评定)?(?P<name>[^、，,。；;]{4,40}?)等\d+[家户个]"
                               r"(?P<level>国家|自治区|省|市|县|区)级(?P<d>[^，,。；;、]{2,30}?)名单")


def first_of_counted_list(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"确定建德经济开发区(…)等10个省级绿色低碳工业园区名单、浙江三花汽车零部件有限公司等100家省级绿色低碳工厂名单,现予以
    公布": the enterprise first of each counted list (家 / 户 / 个) an act determines, at the level the list prints; a
    clause that takes a title away (移出, 取消) names no holder."""
    out = []
    for sentence in re.split(r"(?<=。)", text):
        if not _COUNTED_LIST_ACT.search(sentence):
            continue
        for clause in re.split(r"[；;]", sentence):
            if _WITHDRAWN.search(clause) or not _COUNTED_LIST_ACT.search(clause):
                continue
            for m in _FIRST_OF_COUNTED.finditer(clause):
                name = clean_holder(m["name"])
                if is_enterprise(name):
                    out.append((name, _level(m["level"]), m["level"] + "级" + m["d"], False))
    return out


# "序号名称经营规模…", "序号企业名称…", "序号单位名称…": a table's header glued into its line
_GLUED_HEADER = re.compile(r"序号(?:企业|单位|合作社|农场)?名称")
_ROW_NO = re.compile(r"(?<![\d.．])(\d{1,3})(?=[\u4e00-\u9fff])")
_ROW_NAME = re.compile(rf"[\u4e00-\u9fff()（）]{{2,40}}?(?:{ENDING_PATTERN})")


def glued_table_rows(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"…申报名单序号名称经营规模经营地点负责人1建宁县闽源鑫埠茶油专业合作社油茶种植1200亩…2建宁县里心镇根源油茶专业合作社…":
    the holders of a table flattened into its line, each glued after its row's number (1, 2, 3 … in order: a number in
    a cell, "1200亩", is no row's), at the one level the line prints before the header."""
    if not (header := _GLUED_HEADER.search(text)) or not (level := printed_level(text[: header.start()])):
        return []
    rows, want = [], 1
    for m in _ROW_NO.finditer(text, header.end()):
        if int(m[1]) == want and (name := _ROW_NAME.match(text, m.end())) and is_enterprise(name[0]):
            rows.append(name[0])
            want += 1
    return [(n, level, None, False) for n in rows] if len(rows) >= 2 else []


# "获奖单位为A、B…", "获评企业是A、B…": the holders a news page names after the word for winners (entrep143's 丹阳)
_WINNERS_ARE = re.compile(r"(?:获奖|获评|入选|上榜)(?:单位|企业)(?:为|是|有)[:：]?(?P<names>[^。；;]+)")
# a page reporting a 公示 by its title: "发布《关于2020年度省级诚信计量示范单位认定结果的公示》"
_REPORTED_NOTICE = re.compile(r"《[^》]{0,60}?(?:认定|评定|评选|评审)结果的公示》")


def winners_are(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"获奖单位为A、B、…": the holders of the page's one level (its lists' or the one it prints); proposed where the page
    reports them from a 公示 of results by its title (《关于…认定结果的公示》: the list is not final while it runs)."""
    level = page_level(ctx) or (printed_level(ctx.page) if not ctx.list_levels else None)
    if not level:
        return []
    proposed = bool(_REPORTED_NOTICE.search(ctx.page))
    out = []
    for m in _WINNERS_ARE.finditer(text):
        out += [(n, level, None, proposed) for n in _names(m["names"], cut=m.end() == len(text))]
    return out


# "名单包括A、B、C等。": some of a list's holders a news page names; the organ that chose them gives the level
_LIST_INCLUDES = re.compile(r"名单(?:包括|包含|有)[:：]?(?P<names>[^。；;]+?)等[。，,]")
_CHOOSING_ORGAN = re.compile(r"(?P<organ>部|总局|厅)[^。；;]{0,6}?(?:组织开展|开展|遴选|评选|认定|评定)")


def list_includes(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """"名单包括A、B、C等": the names of a list the page reports, at the level of the organ that chose them (部 / 总局: the
    nation's, 厅: a province's), else the page's one level."""
    if not (m := _LIST_INCLUDES.search(text)):
        return []
    organ = _CHOOSING_ORGAN.search(ctx.page)
    level = ("国家级" if organ["organ"] in ("部", "总局") else "省级") if organ else page_level(ctx)
    return [(n, level, None, False) for n in _names(m["names"])] if level else []


SHAPES: tuple[Shape, ...] = (
    Shape("inline_numbered_list", inline_numbered_list,
          "农业部办公厅 2013年10月30日 2013年国家生猪核心育种场名单: 1.天津市惠康种猪育种有限公司 2.安平县浩源养殖有限公司 "
          "3.河北吴氏润康牧业股份有限公司",
          ("天津市惠康种猪育种有限公司", "安平县浩源养殖有限公司", "河北吴氏润康牧业股份有限公司")),
    Shape("chosen_are", chosen_are,
          "宿州市此次入选的农业农村类示范合作社有宿州市伟丰集约化种植专业合作社、砀山县华泰农牧专业合作社;林草类示范合作社是"
          "宿州市埇桥区林泰种植专业合作社;供销类示范合作社是宿州市埇桥区淮河农机专业合作社、砀山县联合种植专业合作社。",
          ("宿州市伟丰集约化种植专业合作社", "砀山县华泰农牧专业合作社", "宿州市埇桥区林泰种植专业合作社",
           "宿州市埇桥区淮河农机专业合作社", "砀山县联合种植专业合作社")),
    Shape("chosen_are_及", chosen_are,
          "据悉,本次入围的是湖北三湖畜牧有限公司,武汉市江夏区金龙畜禽有限责任公司及湖北省畜牧兽医局桑梓湖种猪场。",
          ("湖北三湖畜牧有限公司", "武汉市江夏区金龙畜禽有限责任公司", "湖北省畜牧兽医局桑梓湖种猪场")),
    Shape("chosen_are_分别是", chosen_are,
          "新增的3家建筑垃圾综合利用企业,分别是江苏省的苏州市建筑材料再生资源利用有限公司,广东省的深圳市永安环保实业有限公司,"
          "深圳市绿发鹏程环保科技有限公司。",
          ("苏州市建筑材料再生资源利用有限公司", "深圳市永安环保实业有限公司", "深圳市绿发鹏程环保科技有限公司")),
    Shape("chosen_are_被认定为_cut", chosen_are,
          "据了解,被认定为2020年江西省“专精特新”中小企业的化工企业有江西巴菲特化工有限公司,、江西晶安高科技股份有限公司,、"
          "江西星火狮达科技有限公司、江西电化乐丰化工股",
          ("江西巴菲特化工有限公司", "江西晶安高科技股份有限公司", "江西星火狮达科技有限公司")),
    Shape("published_results", published_results,
          "省工信委、省财政厅、省统计局、省国税局和省地税局12月3日共同发布甘肃2011年度工业百强评选结果。金川集团公司、"
          "酒钢集团公司、中油天然气兰州石化分公司、甘肃电力公司、长庆油田陇东指挥部、华亭煤业集团公司10家企业排名“工业百强”前十名",
          ("金川集团公司", "酒钢集团公司", "中油天然气兰州石化分公司", "甘肃电力公司", "长庆油田陇东指挥部", "华亭煤业集团公司"),
          "省级"),
    Shape("pending_candidates", pending_candidates,
          "近日,杭州萧山红旗摩擦材料有限公司等4328家公司已经通过了工业和信息化部的相关审核,待完成相关程序后,将成为第四批"
          "专精特新“小巨人”企业。",
          ("杭州萧山红旗摩擦材料有限公司",)),
    Shape("association_award", association_award,
          "我会决定授予山东泉林嘉有肥料有限责任公司(HA·B01~2014(5)/G5)、北京澳佳肥业有限公司(HA·B02~2014(5)/G5)等5家企业"
          "“最佳企业奖”称号",
          ("山东泉林嘉有肥料有限责任公司", "北京澳佳肥业有限公司")),
    # 中国市政建设网's report of 中国公路建设行业协会's decision (entrep138)
    Shape("association_commended", association_commended,
          "日前,中国公路建设行业协会发布了首批“公路建设百家诚信施工企业”表彰决定,对湖南路桥建设集团公司、山东省路桥集团有限公司"
          "等全国134家具有一级及以上资质、连续两年在交通运输部信用评价中评为AA级或A级的公路施工企业进行表彰。",
          ("湖南路桥建设集团公司", "山东省路桥集团有限公司")),
    # 瓯海区农业农村局 (entrep138): the attachment's two groups on one line, names separated by spaces
    Shape("spaced_counted_groups", spaced_counted_groups,
          "附件 2021年区级示范性家庭农场名单 一、2021年新申报通过的瓯海区示范性家庭农场(3家) 温州市瓯海茶山立东家庭农场 "
          "温州市瓯海茶山宗清家庭农场 温州市瓯海泽雅郑永德家庭农场 二、2021年复评保留资格的瓯海区示范性家庭农场(2家) "
          "温州市生态园茶山盘盘红家庭农场 温州市瓯海泽雅大昌家庭农场",
          ("温州市瓯海茶山立东家庭农场", "温州市瓯海茶山宗清家庭农场", "温州市瓯海泽雅郑永德家庭农场",
           "温州市生态园茶山盘盘红家庭农场", "温州市瓯海泽雅大昌家庭农场"), "区级", spaced=True),
    # 锡林郭勒盟工信局 (entrep138): a count and its two holders in brackets, joined by 和
    Shape("counted_in_brackets", counted_in_brackets,
          "自治区工信厅组织专家评审,我成功创建自治区级绿色工厂2家(西乌珠穆沁旗沁绿肉类食品有限责任公司和阿巴嘎旗额尔敦食品有限公司)。",
          ("西乌珠穆沁旗沁绿肉类食品有限责任公司", "阿巴嘎旗额尔敦食品有限公司"), "自治区级"),
    # 浙江省经信厅 浙经信绿色〔2024〕243号 (fresh45): a park's list, then the factories' list of the same act
    Shape("first_of_counted_list", first_of_counted_list,
          "经各市组织申报初审推荐、省级部门联审、公示等程序,确定建德经济开发区(建德功能性新材料高新技术产业园区)等10个省级绿色"
          "低碳工业园区名单、浙江三花汽车零部件有限公司等100家省级绿色低碳工厂名单,现予以公布(附件1、附件2)。",
          ("浙江三花汽车零部件有限公司",), "省级"),
    # 建宁县农业农村局's 公示 (0477ly.com, converter, folded; entrep138): the attachment's table glued after the signature
    Shape("glued_table_rows", glued_table_rows,
          "建宁县农业农村局2023年12月12日2023省级农民专业合作社示范社申报名单序号名称经营规模经营地点负责人1建宁县闽源鑫埠茶油专业"
          "合作社油茶种植1200亩黄埠乡黄埠村郑林华2建宁县里心镇根源油茶专业合作社油茶种植1500亩里心镇上黎村李根仔3建宁县溪峰韵"
          "生态专业合作社蔬菜种植560亩,,野茶加工2.6吨溪源乡桐荣村余祖进4建宁县兴农植保专业合作社社会化服务面积1.25万亩",
          ("建宁县闽源鑫埠茶油专业合作社", "建宁县里心镇根源油茶专业合作社", "建宁县溪峰韵生态专业合作社", "建宁县兴农植保专业合作社"),
          "省级"),
    # 丹阳日报's news of 江苏省市场监管局's 公示 (dy001.cn, entrep143): the winners named after the word for them
    Shape("winners_are", winners_are,
          "获奖单位为丹阳市万新眼镜配镜中心新民路店、丹阳市开发区小陆眼镜商行、江苏镜暴网络科技有限公司、明月镜片股份有限公司丹阳分公司。",
          ("丹阳市万新眼镜配镜中心新民路店", "丹阳市开发区小陆眼镜商行", "江苏镜暴网络科技有限公司", "明月镜片股份有限公司丹阳分公司"),
          "省级"),
    # 上证报's news of four ministries' 水效领跑者 公告 (infohc.com, entrep143): some holders, then 等
    Shape("list_includes", list_includes,
          "名单包括德龙钢铁有限公司、天津荣程联合钢铁集团有限公司、首钢股份公司迁安钢铁公司、中国石油化工股份有限公司镇海炼化分公司等。",
          ("德龙钢铁有限公司", "天津荣程联合钢铁集团有限公司", "首钢股份公司迁安钢铁公司", "中国石油化工股份有限公司镇海炼化分公司")),
)


def all_shapes() -> tuple[Shape, ...]:
    """This module's shapes, then holder_shapes' (entrep147: candidate lists, ranked rows, single holders), then
    entrant_lists' (round158: entrants parted by semicolons, counted names one a line below their act), then news_holders'
    (round163: `以X等龙头企业为代表`, a point's example of the region's 龙头企业), then spread_tables' (ent39: a header-led
    table flattened into lines, its rows running on)."""
    from kg.extract.entrant_lists import BLOCK_SHAPES, SHAPES as ENTRANTS
    from kg.extract.holder_shapes import SHAPES as MORE
    from kg.extract.news_holders import SHAPES as EXAMPLES  # (round163: holders a news item names by example, no level)
    from kg.extract.spread_tables import SHAPES as SPREAD  # (ent39: a header-led table's rows run on over its next lines)
    return SHAPES + MORE + ENTRANTS + BLOCK_SHAPES + EXAMPLES + SPREAD


def shaped_holders(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """The holders every shape reads on a line, each once (the first shape to read a name wins)."""
    out, seen = [], set()
    for read in dict.fromkeys(s.read for s in all_shapes()):
        for h in read(text, ctx):
            if h[0] not in seen:
                seen.add(h[0])
                out.append(h)
    return out


def shaped_records(lines, known: list[dict], ctx: Context, make) -> tuple[list[dict], list[dict]]:
    """The records of the holders the shapes read on a document's lines that no other reader of it named (a name
    known, or one a known name ends or starts with, is left to its reader), and the known records that are makers
    named only for their products' models (product_maker), to be dropped. `make(name, klass, rating, line)` builds a
    record; the new records a shape reads as proposed come back with status "proposed"."""
    names = {r["name"] for r in known}
    added: list[dict] = []
    texts = tuple("" if ln.blank else "".join(ln.text.split()) for ln in lines)
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        text = texts[k]
        for name, klass, rating, proposed in shaped_holders(text, replace(ctx, line=ln.raw, lines=texts, index=k)):
            if name in names or any(k.endswith(name) or k.startswith(name) or name.endswith(k) for k in names):
                continue
            names.add(name)
            rec = make(name, klass, rating, ln)
            if proposed:
                for k in rec["classifications"]:
                    k["status"] = "proposed"
            added.append(rec)
    by_line = {ln.no: "".join(ln.text.split()) for ln in lines}
    makers = [r for r in known if product_maker(r["name"], by_line.get(r["source"]["line_start"], ""))]
    return added, makers
