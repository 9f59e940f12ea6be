"""Score the pipeline on the multi-province development set (benchmarks/data/other_districts).

Run: python -m benchmarks.other_districts [--split dev|heldout|was_heldout|all] [--errors]
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh --split was_fresh
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh2 --split was_fresh2
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh3 --split was_fresh3
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh4 --split was_fresh4
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh5 --split fresh5
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh6 --split fresh6
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh7 --split fresh7
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh8 --split fresh8
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh9 --split fresh9
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh10 --split fresh10
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh11 --split fresh11
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh12 --split fresh12
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh13 --split fresh13
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh14 --split fresh14
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh15 --split fresh15
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh16 --split fresh16
     python -m benchmarks.other_districts --data benchmarks/data/other_districts_fresh17 --split fresh17

Each text file is parsed and extracted on its own with the project's pipeline (kg.parse.parse_issue +
kg.extract.extract_all) and compared with the hand-made gold.json of that folder: documents (the file yields
its document; 文号, title, date), tasks (found, lead F1, lead+cooperate F1), repeals (recall; not_repeals taken
as repeals), enterprises (final holders found with the right class: ent_class; holders of proposed lists, gold
`"proposed": true`, scored apart: ent_proposed and its precision; predicted names no gold record holds:
ent_unlisted; a farm's or 合作社's name is compared less its leading places on both sides, norm_holder). Figures are printed overall, per genre, per style, per
script and per province, and saved as JSON under benchmarks/out/.

Matching is done here, independent of the code under test: names and titles are compared after removal of HTML
tags a page left in its text, NFKC, removal of whitespace, removal of converter pinyin (`發(fā)` → `發`), OpenCC t2s and the zh-TW phrases an s2twp converter
writes (最佳化 → 优化, 專案 → 项目), so a traditional or zh-TW copy is scored against the same simplified reading. The "heldout" split is for final figures only: do not tune on it. Files
once held out and since opened to development keep `"was_heldout": true`: `--split heldout` (or `was_heldout`)
selects them together with any record still split "heldout", and `--split dev` leaves them out. A fresh set
scored once and then opened to development keeps `"was_fresh": true` the same way (`--split fresh` or
`was_fresh` selects it with any record still split "fresh"); the second fresh set, opened likewise, keeps
`"was_fresh2": true` (`--split fresh2` or `was_fresh2`), the third `"was_fresh3": true` (`--split fresh3` or
`was_fresh3`), the fourth (other_districts_fresh4, county-level pages) `"was_fresh4": true`. The fifth fresh set
(other_districts_fresh5: districts and city / prefecture / provincial organs) is split "fresh5" until it is scored
once; the sixth (other_districts_fresh6, any place level) "fresh6" and the seventh (other_districts_fresh7, any
place level, mostly metadata-first pages) "fresh7" likewise, and the eighth (other_districts_fresh8, any place
level, collected independently of all seven) "fresh8"; the ninth (other_districts_fresh9, any place level in
sixteen provinces, collected beside a sibling set) "fresh9"; the tenth (other_districts_fresh10, the sibling
collector's fifteen provinces) "fresh10"; the eleventh (other_districts_fresh11, any place level, collected after all
ten by one collector) "fresh11"; the twelfth (other_districts_fresh12, any place level, collected after all eleven by
one collector) "fresh12"; the thirteenth (other_districts_fresh13, any place level, collected after all twelve by one
collector) "fresh13"; the fourteenth (other_districts_fresh14, any place level, collected after all thirteen by one
collector) "fresh14"; the fifteenth (other_districts_fresh15, its collector's fifteen provinces and national ministries,
collected beside a sibling set) "fresh15"; the sixteenth (other_districts_fresh16, its collector's sixteen provinces, collected beside the
fifteenth) "fresh16"; the seventeenth (other_districts_fresh17, any place level, collected after all fifteen merged
sets and beside the sixteenth) "fresh17"; the eighteenth (other_districts_fresh18, any place level, collected after all
seventeen merged sets) "fresh18"; the nineteenth (other_districts_fresh19, any place level, collected after all
eighteen merged sets) "fresh19"; the twentieth (other_districts_fresh20, its collector's fifteen north and east
provinces and national offices, collected beside a sibling set) "fresh20"; the twenty-first (other_districts_fresh21, its collector's sixteen provinces, collected beside the twentieth) "fresh21"; the twenty-second (other_districts_fresh22, any place level, collected after all
merged sets, fresh20, fresh21 and entrep21) "fresh22"; the twenty-third (other_districts_fresh23, any place level, a small
set collected after all of those and fresh22) "fresh23"; the twenty-fourth (other_districts_fresh24, any place level,
collected after all of those and fresh23) "fresh24"; the twenty-fifth (other_districts_fresh25, any place
level, collected after all of those and beside fresh24) "fresh25"; the twenty-sixth (other_districts_fresh26, any place
level, a small set collected after all of those, tasks28, entrep25, docmeta28 and tasks31 included) "fresh26"; the twenty-seventh (other_districts_fresh27, any place
level, collected after all of those, fresh26 included) "fresh27"; the twenty-eighth (other_districts_fresh28, any place
level, collected after all of those and beside fresh27, whose gold URLs only it read) "fresh28"; the twenty-ninth (other_districts_fresh29, any place level, a small
set collected after all of those, fresh28 included) "fresh29"; the thirtieth (other_districts_fresh30, any place level,
collected after all of those, fresh29, tasks34, entrep31 and docmeta33 included) "fresh30"; the thirty-first
(other_districts_fresh31, any place level, collected after all of those, fresh30 included: its URLs and texts were
checked by the gold tests, never read) "fresh31"; the thirty-second (other_districts_fresh32, any place level,
collected after all of those, fresh31 included, and beside fresh33, apart by claimed URLs) "fresh32"; the thirty-third
(other_districts_fresh33, any place level, collected after all of those and beside fresh32, the two kept apart by a
shared claims file) "fresh33"; the thirty-fourth (other_districts_fresh34, any place level, collected after all of
those and beside fresh35, the two kept apart by a shared claims file) "fresh34"; the thirty-fifth
(other_districts_fresh35, collected beside fresh34 the same way) "fresh35"; the thirty-sixth (other_districts_fresh36,
any place level, collected after all of those and beside fresh37, the two kept apart by a shared claims file) "fresh36";
the thirty-seventh (other_districts_fresh37, collected beside fresh36 the same way) "fresh37"; the thirty-eighth (other_districts_fresh38, any
place level, collected after all of those and beside fresh39, the two kept apart by a shared claims file) "fresh38";
the thirty-ninth (other_districts_fresh39, collected beside fresh38 the same way) "fresh39"; the fortieth
(other_districts_fresh40, any place level, collected after all of those and beside fresh41, the two kept apart by a shared
claims file) "fresh40"; the forty-first (other_districts_fresh41, collected beside fresh40 the same way) "fresh41"; the
forty-second (other_districts_fresh42, any place level, collected after all of those and beside fresh43, the two kept apart by
province lists) "fresh42"; the
forty-third (other_districts_fresh43, any place level, pages of fifteen provinces only, collected after all of those and
beside fresh42, which took the other provinces) "fresh43"; the forty-fourth (other_districts_fresh44, any place level, pages
of sixteen provinces only (all held), collected after all of those and beside another helper's set of the other provinces) "fresh44"; the forty-fifth (other_districts_fresh45, any place level, pages
of fifteen provinces only, collected after all of those and beside fresh44, which took the other provinces) "fresh45"; the
forty-sixth (other_districts_fresh46, any place level, pages of fifteen provinces only, collected after all of those and
beside fresh47, which took the other provinces) "fresh46"; the forty-seventh (other_districts_fresh47, any place level,
pages of sixteen provinces only, collected after all of those and beside fresh46, which took the other provinces)
"fresh47"; the forty-eighth (other_districts_fresh48, any place level, pages of sixteen provinces only, collected after all
of those and beside another helper's set of the other provinces) "fresh48"; the forty-ninth (other_districts_fresh49, any
place level, pages of fifteen provinces only, collected after all of those and beside another helper's set of the other
provinces) "fresh49"; the fiftieth (other_districts_fresh50, any place level, pages of fifteen provinces only, collected
after all of those and beside another helper's set of the other provinces) "fresh50"; the fifty-first (other_districts_fresh51, any place level, pages of sixteen provinces only,
collected after all of those and beside another helper's set of the other provinces) "fresh51"; the fifty-second
(other_districts_fresh52, any place level, pages of eighteen provinces and national pages, collected after all of those)
"fresh52"; the fifty-third (other_districts_fresh53, any place level, pages of twenty provinces and national pages,
collected after all of those) "fresh53"; the fifty-fourth (other_districts_fresh54, any place level, pages of twenty
provinces, collected after all of those) "fresh54"; the fifty-fifth (other_districts_fresh55, any place level, pages of
seventeen provinces, collected after all of those) "fresh55"; the fifty-sixth (other_districts_fresh56, any place
level, pages of fifteen provinces, collected after all of those) "fresh56"; the fifty-seventh
(other_districts_fresh57, any place level, pages of nineteen provinces, collected after all of those) "fresh57"; the
fifty-eighth (other_districts_fresh58, any place level, pages of nineteen provinces, collected after all of those) "fresh58";
the fifty-ninth (other_districts_fresh59, any place level, pages of seventeen provinces, collected after all of those)
"fresh59"; the sixtieth (other_districts_fresh60, any place level, pages of fourteen provinces, collected after all of
those) "fresh60"; the sixty-first (other_districts_fresh61, any place level, pages of fourteen provinces, collected after
all of those) "fresh61"; the sixty-second (other_districts_fresh62, any place level, pages of sixteen provinces, collected
after all of those) "fresh62"; the sixty-third (other_districts_fresh63, any place level, pages of seven provinces, collected
after all of those) "fresh63"; the sixty-fourth (other_districts_fresh64, any place level, pages of nine provinces, collected
after all of those) "fresh64"; the sixty-fifth (other_districts_fresh65, any place level, pages of nine provinces, collected
after all of those) "fresh65".
Development sets of one
field gathered by
helpers
(other_districts_docmeta18, _tasks18, _entrep21, _tasks28: task pages of wordings no set held, _entrep25: enterprise
lists in wordings earlier sets lacked, _tasks34: 协同 / 带队 / prose division lists and member-list negatives, _entrep31:
enterprise lists in layouts and designations entrep25 lacked, _docmeta33: document pages in layouts earlier sets lacked,
_docmeta38: 文号 / issuer / date layouts of other provinces, non-government bodies, joint and body-only issuers, journal
records and converter pages, _tasks39: joint actions of towns, streets, 苏木 and 乡, firms as leads, prose 牵头 wordings
and their negatives,
_tasks40: tasks in tables and numbered lists with column names earlier sets lacked,
_entrep37: enterprise lists of trades and ratings entrep31 lacked,
_docmeta47: 转发 chains, 批复 / 决定 / 公示 of counties, party-government and multi-line joint titles, lost-bracket numbers,
stripped or yearless dates, values before labels and English labels,
_repeal45: validity pages — named repeals in news items, 同时废止 of an old edition of the same title, 拟废止 consultations,
amendments and cited upper documents as negatives, _entrep46: enterprise lists of ratings and trades of other provinces -
repair-shop credit grades, 计量 red / black lists, safety levels, evaluation grades, 降级 / 撤销 notices,
_tasks44: tasks of towns, streets, communities, the corps, forest regions and autonomous prefectures in wordings earlier
sets lacked, with 领导小组 / meeting negatives, _tasks50: division documents — space-flattened 职责清单 rows, 〔〕 notes
split over lines, person-led `X牵头,Y配合` paragraphs, a `列第一位` declaration, 批示 divisions, converter and s2twp
copies, _tasks58: division pages of 年度工作要点 / 政府工作报告分解 / 民生实事 / 督查通报 / 整改 kinds — cells one a
line with person columns, `(牵头单位:X;共同责任单位:…)`, bare `“项目”(X)` brackets, inline `项目,牵头单位:X。`, shared
suffixes over several bodies, town meetings, a spam mirror, converter and s2twp copies, _repeal62: validity pages
repeal45 lacked - named 比如 examples in converter news, ministry orders that amend by `对《X》(令号)作如下修改`, bare
titles under 修改的规章 with history parentheses, party-regulation cleanups, a partial `應即作廢`, law-database validity
notes, consultations on draft amendments, counts without names,
_docent59: document fields and enterprise classes of the provinces and place levels the sets held least — towns,
a 行委, zones, a prefecture's bureau, numbers in a file name or bare 第N号, 分别 / 获此荣誉 / 榜上有名 lists, 环境信用 cards), _entrep66: enterprise lists of list forms earlier sets
lacked — 绿牌 short names, 链主 / 链核 / 领跑者, 500强 / 百强 in prose, proposed 绿色工厂 at two levels, 撤销 and exits as
negatives), _tasks76: joint-work pages — 主办 / 承办 / 协办, `A、B联合开展的`, `X邀请Y联合`, `X协助Y`, a zone's duty lines,
项目责任单位 beside persons, an annal's group duties, towns and streets of the provinces the sets held least), _entrep81: short narrative sentences of towns to provinces, 盟级 / 州级 lists, 保留 / 取消 /
检测合格 / 警告 lines, lists beside towns, parks, clusters, products and persons, numbered category headings, earlier
holders as background), _entrep92: grade systems and list forms earlier sets lacked — customs 高级认证, 道路运输 特级 / 一级 and
star-rated stations, 五星级 hotels under 限期整改 beside 取消星级, 优秀 centres, short-name 单项冠军 lists with converter pinyin
inside names, 公示 of 复核 and 场景, zones and a county), _entrep101: proposed lists read during their 公示 (入选 / 上榜 /
正式入选 news, 拟认定 / 复核拟通过 / 拟推荐 / 拟授予, candidates in 专家评审), ranked lists with short names, 二级 / 4A / 金奖 grades,
shops and works, products, institutes, persons and plain 申报 recommendations as negatives), _entrep118: list shapes
earlier sets lacked — numbered names glued on one line, ranks and award codes glued after names, sub-lists by category,
种鸡场 / 种猪场 works, a pipe table of a city's 表彰, short names with dropped characters, 拟认定 and 待完成程序 candidates,
association lists, 一级 grades, counts and products as negatives), _entrep138: designations of unseen kinds — 市长质量奖 and
提名奖 of cities and county-level cities, 老字号 推荐名单 / 推荐名录 公示, 示范社 and 家庭农场 拟名单 / 拟命名 / 申报 公示, 区级
farms in one line, candidates `进入专家评审`, subsidiaries' short names with AA / A credit grades, counts, clusters, organs and
survey lists as negatives), _docmeta89: pages that are not a clean notice — forum posts, reposts and news about a
document, spam mirrors and a hijacked organ name, 解读 pages naming the read document, joint and multi-line titles,
numbered bracket labels and labels glued to values, towns, banners, 北京 / 天津 / 西藏), _docmeta111: hard title and
date layouts — titles over two lines or under a banner's date, after an empty field, under spam and chrome lines, wiki and
law-site headers, `二OO八` and day-less dates, body-only pages, news items), _docmeta119: hard issuer and date
layouts — 政府令 pages, people's congress 公告 and presidium signatures, spam-replaced organs and stripped dates, organ
lines without a signing organ, 【】 label blocks with code publishers, a gazette masthead and a rules list as negatives),
_docmeta134: first-sight layouts — orders and 通告 on news portals cut before their signature, bracket-label blocks with a
filing number, stripped numbers and dates, body-only and recipient-first pages, a glued masthead, joint titles, status
labels and renamed banners, news and body-only negatives),
_tasks99: responsibility wordings
earlier sets lacked — colon-headed 职责分工 lists, 第N条 articles naming bodies beside classes, 三定 `将X职责划归Y`, `由X行使`,
`A、B、C联动D、E`, place lists sharing one organ word, back-references, persons' words and 我局 deeds as negatives), _tasks107: task-division wordings of other districts — `由X委托Y负责管理`, `行业管理为X`, `(N)X。负责` duty lists,
`〔X牵头,A、B参与〕` printing 市 once, plain 责任单位 lists, bare fields beside a named town, `市、区X`, persons' words and
classes as negatives) use split "dev".

"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from benchmarks.common import save, table
from benchmarks.score_tasks import _prf

DATA = Path(__file__).resolve().parent / "data" / "other_districts"
# (a converter may print a syllable twice, "上(shang)(shang)海": the run after a character goes as one)
PINYIN = re.compile(r"(?<=[\u3400-\u9fff])(?:[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[)）])+")
NUMBER_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕",
                                 "（": "〔", "）": "〕", "﹝": "〔", "﹞": "〕"})
TITLE_MARKS = re.compile(r"[《》〈〉<>“”\"'‘’]")
# Markup a page left in a title (`<br/>` where a 解读 heading broke its line, `&nbsp;`, a stray tag): the gold keeps the
# title as printed, the extractor displays it cleaned; both sides are compared with it removed.
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>|&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);?")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# zh-TW wording an s2twp converter writes for a mainland word (OpenCC TWPhrases: 优化 → 最佳化, 项目 → 專案): a copy in
# zh-TW usage is scored against the same mainland reading, like a traditional copy against the simplified one. Only
# phrases whose mainland reading is certain in government text (not 档案, 程式, 支援, 数位, 稽核: mainland words too);
# applied to both sides after t2s, so a pair that matched before still matches.
TAIWAN_PHRASES = (("最佳化", "优化"), ("网际网路", "互联网"), ("资讯", "信息"), ("网路", "网络"), ("软体", "软件"),
                  ("硬体", "硬件"), ("专案", "项目"), ("智慧财产", "知识产权"))


# variant forms t2s leaves as printed, compared as the simplified character: 陜 (U+965C), the 陝 of a Hong Kong font and of
# 《陜西日報》 (fresh63's 陕西 2023 press item; the extractor folds it the same way, kg.parse.normalize.to_simplified) — a
# name the extractor writes in its matching form (陕西建新环保…) meets the gold's printed 陜西建新環保…
VARIANT_FORMS = str.maketrans({"陜": "陕"})


# HTML tags a page left in its text ("<b>一是</b>秀英区城市管理局要…", fresh39's 海口 page): gold anchors copy them as
# printed, the extraction reads the line without them
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]{0,1000}>")


def norm(s: str | None) -> str:
    """The comparison form of a printed name, title or number."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", _HTML_TAG.sub("", s))
    s = _t2s().convert(PINYIN.sub("", "".join(s.split()))).translate(VARIANT_FORMS)
    for tw, cn in TAIWAN_PHRASES:
        if tw in s:
            s = s.replace(tw, cn)
    return s


_STAR_CLASS = re.compile(r"^(?:(?P<n>[一二三四五1-5])星|(?P<signs>★{1,5}))级?$")
_LETTER_CLASS = re.compile(r"^(?P<cls>[A-DT]|A\+|A{2,3}|[1-5]A)(?:级|类)$")


def norm_class(s: str | None) -> str:
    """The comparison form of a class (benchmarks/data/other_districts/README.md): a class is written as printed, and
    equal grades printed differently meet — a star grade in Chinese numerals with 级 (五星 = 5星 = ★★★★★ = 五星级), a
    letter class less 级 / 类 (AA级 = AA); every other class in the comparison form of names (國家級 = 国家级)."""
    s = norm(s).upper()
    if m := _STAR_CLASS.match(s):
        n = len(m["signs"]) if m["signs"] else "一二三四五".find(m["n"]) + 1 or int(m["n"])
        return "一二三四五"[n - 1] + "星级"
    if m := _LETTER_CLASS.match(s):
        return m["cls"]
    return "省级" if s == "自治区级" else s


def norm_holder(s: str | None) -> str:
    """The comparison form of an enterprise's name: a farm's or 合作社's less every leading administrative place, on
    both sides (gold prints a farm as printed or less its places; the integrator's decision, stop 19), with the
    extractor's own helper (farm_key), so either gold form scores the same."""
    from kg.extract.enterprise_sentences import farm_key

    return farm_key(norm(s))


def norm_unit(s: str) -> str:
    s = norm(s)
    return s[:-1] if s.endswith("等") and len(s) > 2 else s


def norm_title(s: str | None) -> str:
    return TITLE_MARKS.sub("", norm(MARKUP.sub("", s or "")))


# "江西省人民政府令(第273号)": a 令 number printed with its 第N号 in brackets is the same number as 令第273号 (the
# bracket wraps the whole ordinal; a 文号's 〔2023〕 bracket holds a year and never 第…号)
BRACKETED_ORDINAL = re.compile(r"〔(第\d+号)〕")


def norm_number(s: str | None) -> str:
    return BRACKETED_ORDINAL.sub(r"\1", norm(s).translate(NUMBER_BRACKETS))


FRESH_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
              "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
              "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
              "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36",
              "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43",
              "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52",
              "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60",
              "fresh61", "fresh62", "fresh63", "fresh64", "fresh65")


def in_split(rec: dict, split: str) -> bool:
    """Whether a gold record belongs to a split: "heldout" and "was_heldout" also take the files once held out,
    "freshN" and "was_freshN" the files of the Nth fresh set, still never-seen (split "freshN") or scored once and
    since opened to development (split "dev" with "was_freshN": true); "dev" is what none of those claims."""
    held = rec["split"] == "heldout" or bool(rec.get("was_heldout"))
    fresh = {name for name in FRESH_SETS if rec["split"] == name or rec.get("was_" + name)}
    if split in ("heldout", "was_heldout"):
        return held
    name = split.removeprefix("was_")
    if name in FRESH_SETS:
        return name in fresh
    if split == "dev":
        return rec["split"] == "dev" and not held and not fresh
    return split in ("all", rec["split"])  # another set's own split name


def load_gold(split: str = "all", data: Path = DATA) -> list[dict]:
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    return [g for g in gold if in_split(g, split)]


# ---------------------------------------------------------------- running the pipeline

def run_pipeline(path: Path) -> tuple[object | None, dict, str | None]:
    """(issue, facts, error) for one file; an exception is recorded, never raised."""
    from kg.extract import extract_all
    from kg.parse import parse_issue

    try:
        issue = parse_issue(path)
    except Exception as e:  # noqa: BLE001 - a crash on one file is a result to report
        return None, {}, f"parse: {type(e).__name__}: {e}"
    try:
        facts = extract_all([issue])
    except Exception as e:  # noqa: BLE001
        return issue, {}, f"extract: {type(e).__name__}: {e}"
    return issue, facts, None


# ---------------------------------------------------------------- per-file scoring

def _doc_for(g: dict, docs: list) -> object | None:
    """The predicted document standing for a gold one: it spans the gold start line, else starts near it."""
    for d in docs:
        if d.line_start <= g["line_start"] <= d.line_end:
            return d
    if g.get("title"):
        for d in docs:
            if norm_title(d.title) == norm_title(g["title"]):
                return d
    near = [d for d in docs if abs(d.line_start - g["line_start"]) <= 10]
    return min(near, key=lambda d: abs(d.line_start - g["line_start"])) if near else None


def score_documents(rec: dict, issue, c: Counter, errs: list) -> None:
    """Yield, and each field over every gold document that prints it: a document not found counts as wrong."""
    docs = list(getattr(issue, "documents", []) or [])
    checks = [("doc_number", norm_number), ("title", norm_title), ("date", lambda s: s or ""),
              ("issuer", lambda s: norm(s).replace("、", ""))]  # joint issuers: "A B" in the gold, "A、B" printed
    for g in rec["documents"]:
        c["doc_gold"] += 1
        d = _doc_for(g, docs)
        if d is None:
            errs.append(("document", g["line_start"], "no document", g.get("title")))
        else:
            c["doc_found"] += 1
        for field, f in checks:
            want = g.get(field)
            got = getattr(d, field, None) if d is not None else None
            if want is None:
                if field == "doc_number" and got:
                    c["num_invented"] += 1
                    errs.append(("document", g["line_start"], "文号 where none is printed", got))
                continue
            c[f"{field}_n"] += 1
            if d is not None and f(got) == f(want):
                c[f"{field}_ok"] += 1
            elif d is not None:
                errs.append(("document", g["line_start"], f"{field}: got {got!r}", f"want {want!r}"))


def _task_for(g: dict, tasks: list[dict]) -> dict | None:
    snip = norm(g["text_anchor"])
    lo, hi = min(g["text_line"], g["line"]), max(g["line"], g.get("line_end", g["line"]))

    def span(t):
        s = t.get("source", {})
        return s.get("line_start", t.get("line", 0)), s.get("line_end", t.get("line", 0))

    def text(t):
        return norm(t.get("text", "")) + norm(t.get("source", {}).get("text", ""))

    covering = [t for t in tasks if span(t)[0] <= hi and lo <= span(t)[1]]
    # several tasks read from one line share its source text: the one whose own text holds the anchor is meant
    own = [t for t in covering if snip in norm(t.get("text", ""))]
    if own:
        return own[0]
    for t in covering:
        if snip in text(t):
            return t
    near = [t for t in tasks if abs(span(t)[0] - lo) <= 12 and snip in text(t)]
    return (near or covering or [None])[0]


def _names(units) -> set[str]:
    return {norm_unit(u["name"] if isinstance(u, dict) else u) for u in units or []}


def score_tasks(rec: dict, facts: dict, c: Counter, errs: list) -> None:
    tasks = facts.get("tasks", []) or []
    for g in rec["tasks"]:
        c["task_gold"] += 1
        gl, gc = _names(g["lead"]), _names(g["cooperate"])
        t = _task_for(g, tasks)
        if t is None:
            c["ng_l"] += len(gl)
            c["ng_a"] += len(gl) + len(gc)
            errs.append(("task", g["line"], "not found", g["text_anchor"]))
            continue
        c["task_found"] += 1
        lead, coop = _names(t.get("lead")), _names(t.get("cooperate"))
        if g.get("sole") and (lead | coop) == (gl | gc):
            lead, coop = gl, gc  # a sole 责任单位: either reading is accepted
        c["tp_l"] += len(lead & gl)
        c["np_l"] += len(lead)
        c["ng_l"] += len(gl)
        pa = {("L", x) for x in lead} | {("C", x) for x in coop}
        ga = {("L", x) for x in gl} | {("C", x) for x in gc}
        c["tp_a"] += len(pa & ga)
        c["np_a"] += len(pa)
        c["ng_a"] += len(ga)
        if pa != ga:
            errs.append(("task", g["line"], f"lead {sorted(lead)} coop {sorted(coop)}",
                         f"want lead {sorted(gl)} coop {sorted(gc)}"))


def _same_target(r: dict, title: str | None, number: str | None) -> bool:
    num = norm_number(r.get("target_doc_number"))
    if number and num and num == norm_number(number):
        return True
    # Titles must be equal once marks and script are normalised: containment would let the new
    # 《…(试行)》 issued on the same line pass for the old 《…》 it repeals.
    got, want = norm_title(r.get("target_title")), norm_title(title)
    return bool(got and want) and got == want


def score_repeals(rec: dict, facts: dict, c: Counter, errs: list) -> None:
    preds = facts.get("repeals", []) or []
    used = set()
    for g in rec["repeals"]:
        c["rep_gold"] += 1
        hit = next((i for i, r in enumerate(preds) if _same_target(r, g["target_title"], g["target_doc_number"])), None)
        if hit is None:
            errs.append(("repeal", g["line"], "missing", g["target_title"] or g["target_doc_number"]))
            continue
        used.add(hit)
        c["rep_found"] += 1
        c["rep_kind_ok"] += norm(preds[hit].get("kind")) == norm(g["kind"])
    # A prediction whose number is a gold repeal's is that document, whatever its title: a notice repealing the old plan
    # of the title it issues anew (南通: 2020年…《南通市自然災害救助應急預案》(通政辦發〔2020〕54號)同時廢止) has the new plan
    # as a cited not_repeal of the same title, and the one right prediction must not count as taking it.
    repealed_numbers = {norm_number(g["target_doc_number"]) for g in rec["repeals"] if g["target_doc_number"]}
    for g in rec["not_repeals"]:
        c["notrep_n"] += 1
        hits = [i for i, r in enumerate(preds) if _same_target(r, g["title"], None)
                and norm_number(r.get("target_doc_number")) not in repealed_numbers]
        if hits:
            c["false_rep"] += 1
            used.update(hits)
            errs.append(("repeal", g["line"], f"taken as repealed ({g['why']})", g["title"]))
    for i, r in enumerate(preds):
        if i not in used:
            c["rep_unlisted"] += 1
            errs.append(("repeal", r.get("source", {}).get("line_start"), "repeal not in gold (check by eye)",
                         r.get("target_title") or r.get("target_doc_number")))


def _proposed(e: dict) -> bool:
    """Whether a predicted enterprise record is a holder of a proposed list (拟认定, 公示名单: status "proposed")."""
    return any(k.get("status") == "proposed" for k in e.get("classifications", []))


def score_amendments(rec: dict, facts: dict, c: Counter, errs: list) -> None:
    """An amendment (修改 / 修订 of a named document) is a validity event, never a repeal: recall over the gold amendments
    against the extractor's amendment records; one predicted as repealed counts as a false repeal."""
    preds, repeals = facts.get("amendments", []) or [], facts.get("repeals", []) or []
    for g in rec.get("amendments", []):
        c["amend_gold"] += 1
        if any(_same_target(a, g["target_title"], g["target_doc_number"]) for a in preds):
            c["amend_found"] += 1
        else:
            errs.append(("amendment", g["line"], "missing", g["target_title"] or g["target_doc_number"]))
        if any(_same_target(r, g["target_title"], g["target_doc_number"]) for r in repeals):
            c["false_rep"] += 1
            errs.append(("repeal", g["line"], "taken as repealed (amended)", g["target_title"]))


def score_enterprises(rec: dict, facts: dict, c: Counter, errs: list) -> None:
    """Final holders (ent_class: found by name with their class among the predictions not marked proposed) and
    proposed ones (gold `"proposed": true`: ent_proposed, the share found by name, class and a proposed status, and
    ent_proposed_prec, the share of proposed predictions that are such a gold record). A proposed prediction neither
    earns nor costs ent_class; a predicted name no gold record of the file holds counts in ent_unlisted."""
    preds = facts.get("enterprises", []) or []
    for g in rec["enterprises"]:
        proposed = bool(g.get("proposed"))
        c["ent_prop_gold" if proposed else "ent_gold"] += 1
        hits = [e for e in preds if norm_holder(e.get("name")) == norm_holder(g["name"]) and _proposed(e) == proposed]
        if not hits:
            errs.append(("enterprise", g["line"], "missing" + (" (proposed)" if proposed else ""), g["name"]))
            continue
        if not proposed:
            c["ent_found"] += 1
        # a class is compared in its comparison form (norm_class): 五星級 in a traditional copy's gold, or 五星 as a
        # page prints it, is 五星级
        classes = [k.get("class") for e in hits for k in e.get("classifications", [])]
        if norm_class(g["class"]) in map(norm_class, classes):
            c["ent_prop_ok" if proposed else "ent_class_ok"] += 1
        else:
            errs.append(("enterprise", g["line"], f"class {classes}", f"want {g['class']}"))
    gold_names = {norm_holder(g["name"]) for g in rec["enterprises"]}
    gold_proposed = {(norm_holder(g["name"]), norm_class(g["class"])) for g in rec["enterprises"] if g.get("proposed")}
    seen = set()
    for e in preds:
        name = norm_holder(e.get("name"))
        if _proposed(e) and name not in seen:
            c["ent_prop_pred"] += 1
            c["ent_prop_pred_ok"] += any((name, norm_class(k.get("class"))) in gold_proposed for k in e["classifications"])
        if name not in gold_names and name not in seen:
            c["ent_unlisted"] += 1
            errs.append(("enterprise", e.get("source", {}).get("line_start"),
                         "enterprise not in gold" + (" (proposed)" if _proposed(e) else ""), e.get("name")))
        seen.add(name)


def score_file(rec: dict, data: Path = DATA) -> tuple[Counter, list]:
    c, errs = Counter(files=1), []
    issue, facts, error = run_pipeline(data / "texts" / rec["file"])
    if error:
        c["crashed"] += 1
        errs.append(("pipeline", 0, error, ""))
    score_documents(rec, issue, c, errs)
    score_tasks(rec, facts, c, errs)
    score_repeals(rec, facts, c, errs)
    score_amendments(rec, facts, c, errs)
    score_enterprises(rec, facts, c, errs)
    return c, errs


# ---------------------------------------------------------------- summaries

def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def summarise(c: Counter) -> dict:
    """The reported figures of a group of files from their summed counts (None where nothing was gold)."""
    _, _, lead_f1 = _prf(c["tp_l"], c["np_l"], c["ng_l"])
    _, _, units_f1 = _prf(c["tp_a"], c["np_a"], c["ng_a"])
    return {
        "files": c["files"],
        "docs": c["doc_gold"],
        "doc_yield": _ratio(c["doc_found"], c["doc_gold"]),
        "doc_number": _ratio(c["doc_number_ok"], c["doc_number_n"]),
        "title": _ratio(c["title_ok"], c["title_n"]),
        "date": _ratio(c["date_ok"], c["date_n"]),
        "issuer": _ratio(c["issuer_ok"], c["issuer_n"]),
        "num_invented": c["num_invented"],
        "tasks": c["task_gold"],
        "tasks_found": _ratio(c["task_found"], c["task_gold"]),
        "lead_f1": lead_f1 if c["ng_l"] or c["np_l"] else None,
        "units_f1": units_f1 if c["ng_a"] or c["np_a"] else None,
        "repeals": c["rep_gold"],
        "repeal_recall": _ratio(c["rep_found"], c["rep_gold"]),
        "false_repeals": c["false_rep"],
        "not_repeals": c["notrep_n"],
        "amendments": c["amend_gold"],
        "amend_recall": _ratio(c["amend_found"], c["amend_gold"]),
        "enterprises": c["ent_gold"],
        "ent_class": _ratio(c["ent_class_ok"], c["ent_gold"]),
        "proposed": c["ent_prop_gold"],
        "ent_proposed": _ratio(c["ent_prop_ok"], c["ent_prop_gold"]),
        "ent_proposed_prec": _ratio(c["ent_prop_pred_ok"], c["ent_prop_pred"]),
        "ent_unlisted": c["ent_unlisted"],
        "crashed": c["crashed"],
    }


COLS = ["group", "files", "docs", "doc_yield", "doc_number", "title", "date", "issuer", "num_invented", "tasks", "tasks_found",
        "lead_f1", "units_f1", "repeals", "repeal_recall", "false_repeals", "amendments", "amend_recall", "enterprises",
        "ent_class", "proposed", "ent_proposed", "ent_proposed_prec", "ent_unlisted", "crashed"]


def group_keys(rec: dict) -> list[str]:
    keys = ["all", f"genre:{rec['genre']}", f"script:{rec.get('script', 'simplified')}", f"province:{rec['province']}"]
    return keys + [f"style:{s}" for s in rec.get("styles", [])]


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "heldout", "was_heldout", "fresh", "was_fresh", "fresh2", "was_fresh2",
                                        "fresh3", "was_fresh3", "fresh4", "was_fresh4", "fresh5", "was_fresh5",
                                        "fresh6", "was_fresh6", "fresh7", "was_fresh7", "fresh8", "was_fresh8",
                                        "fresh9", "was_fresh9",
                                        "fresh10", "was_fresh10", "fresh11", "was_fresh11",
                                        "fresh12", "was_fresh12", "fresh13", "was_fresh13",
                                        "fresh14", "was_fresh14", "fresh15", "was_fresh15",
                                        "fresh16", "was_fresh16", "fresh17", "was_fresh17", "fresh18", "was_fresh18",
                                        "fresh19", "was_fresh19",
                                        "fresh20", "was_fresh20",
                                        "fresh21", "was_fresh21",
                                        "fresh22", "was_fresh22",
                                        "fresh23", "was_fresh23",
                                        "fresh24", "was_fresh24",
                                        "fresh25", "was_fresh25",
                                        "fresh26", "was_fresh26",
                                        "fresh27", "was_fresh27",
                                        "fresh28", "was_fresh28",
                                        "fresh29", "was_fresh29",
                                        "fresh30", "was_fresh30",
                                        "fresh31", "was_fresh31",
                                        "fresh32", "was_fresh32",
                                        "fresh33", "was_fresh33",
                                        "fresh34", "was_fresh34",
                                        "fresh35", "was_fresh35",
                                        "fresh36", "was_fresh36", "fresh37", "was_fresh37",
                                        "fresh38", "was_fresh38", "fresh39", "was_fresh39",
                                        "fresh40", "was_fresh40", "fresh41", "was_fresh41",
                                        "fresh42", "was_fresh42",
                                        "fresh43", "was_fresh43",
                                        "fresh44", "was_fresh44",
                                        "fresh45", "was_fresh45",
                                        "fresh46", "was_fresh46",
                                        "fresh47", "was_fresh47",
                                        "fresh48", "was_fresh48",
                                        "fresh49", "was_fresh49",
                                        "fresh50", "was_fresh50",
                                        "fresh51", "was_fresh51",
                                        "fresh52", "was_fresh52",
                                        "fresh53", "was_fresh53",
                                        "fresh54", "was_fresh54",
                                        "fresh55", "was_fresh55",
                                        "fresh56", "was_fresh56",
                                        "fresh57", "was_fresh57",
                                        "fresh58", "was_fresh58",
                                        "fresh59", "was_fresh59",
                                        "fresh60", "was_fresh60",
                                        "fresh61", "was_fresh61",
                                        "fresh62", "was_fresh62",
                                        "fresh63", "was_fresh63",
                                        "fresh64", "was_fresh64",
                                        "fresh65", "was_fresh65",
                                        "all"], default="dev")
    ap.add_argument("--data", type=Path, default=DATA,
                    help="another set of the same layout (gold.json + texts/), e.g. benchmarks/data/other_districts_fresh")
    ap.add_argument("--errors", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    groups: dict[str, Counter] = defaultdict(Counter)
    per_file = {}
    records = list(load_gold(args.split, args.data))
    if not records:
        # an opened fresh set's records are split "dev" *and* was_freshN, which "dev" leaves out on purpose
        ap.exit(2, f"error: no gold record in {args.data} belongs to split {args.split!r}"
                   " (an opened fresh set is scored with --split was_freshN)\n")
    for rec in records:
        c, errs = score_file(rec, args.data)
        per_file[rec["file"]] = {"scores": summarise(c), "errors": [list(map(str, e)) for e in errs]}
        for k in group_keys(rec):
            groups[k] += c
    rows = [{"group": k, **summarise(v)} for k, v in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0]))]
    print(f"split: {args.split}; {len(per_file)} files; {time.perf_counter() - t0:.1f}s")
    print(table(rows, COLS))
    if args.errors:
        for name, r in per_file.items():
            for e in r["errors"]:
                print("  ", name, *e)
    payload = {"split": args.split, "groups": rows, "files": per_file}
    save(f"other_districts_{args.split}", payload)
    return payload


if __name__ == "__main__":
    main()
