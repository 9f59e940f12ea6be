"""How sure a fused result is: a few corpus-independent features and a logistic model fitted offline.

The features describe the evidence behind the first page, not the query alone. "Content words" are the query's
jieba words of two or more characters that are not stopwords, not question fillers (多久, 什么时候, 有没有 …: they
say how the question is asked, not what it is about), not lay words the lay ↔ official lexicon translated (their
official words, appended to the query, stand in for them) and not common in this corpus (document frequency
under 20 %: the district's own name says nothing):
- `cover`: IDF-weighted share of the content words printed in the first passage (title and text);
- `seen`: IDF-weighted share of the content words the corpus prints at all (a topic it never mentions scores low);
- `pair_cover`: share of the query's adjacent content-word pairs (离婚+登记, 公积金+贷款) that the first three
  passages print as one phrase — both words may be printed while the thing they name together is not;
- `agree`: 1 when the first passage's document is among the first three documents of both the BM25 and the dense
  route (two different views of the question point at the same text);
- `dense_top`: the best cosine of the dense route (e5 cosines sit in a narrow band; the level still counts);
- `scope_miss`: 1 when the question is about somewhere or some year the evidence is not: it names a place
  (`question_places`) that none of the first five passages or their documents (title, district, issuer, text)
  prints — another city, or another district of the same city (临淄区, 周村区 where the topic is printed for
  张店区 only) — or a year that neither the first passages nor their documents' dates carry (those about the
  place asked, where any print it: years_about), or an edition (2024年度, 2024版, 第四批, 第三版) or plan period
  (2021-2025, 十四五) or season (春季, 秋冬季, 暑假 / 暑期: seasons) the first passages do not print, or a plan of a
  period (十三五…规划) no first document's title names. A place printed nowhere in the corpus is excused while a document of unknown place that may be its page
  (it answers the topic as well as the first passage and names no other place of that level) is among the
  candidates: a page need not print its own place (a district's own notice says 区政府, never its name); a place the
  corpus prints is excused by such a document printing it, of the first three passages or answering the topic as
  well as the first one (the 大连 危险货物 news is no page of 大连's 政协 提案: u3413);
- `place_top`: 1 when a place the question names is printed neither in the first passage nor in its document
  (softer than `scope_miss`: the first passage is often another district's version of the topic);
- `type_miss`: 1 when the question asks for a value of a type (ANSWER_TYPES: a phone number, an address, an email
  address, a prize, hours, an amount of money, a share, an area, a length, a count, a number in another measure
  word, a window number or floor, a date, firms by name, the holder of a post) and the first three passages that
  print its words hold no value of that type (a price question answered by a page of rules with no amount in it;
  县长是谁 over a rule that names the post but no one in it);
- `sent_margin`: the best cosine between the query and one *sentence* of the first three passages, less the best
  passage cosine of the dense route (index/sentences.py): a question that one sentence answers scores higher on
  that sentence than on any whole passage (lay questions about one rule of a long article); a question near a
  topic but not answered matches whole passages at least as well as any sentence of them. 0 without sentence
  vectors;
- `place_apart`: 1 when the place the question names and its topic stand in different candidates: some of the first
  five passages are about the place (they or their documents print every place it names) but none of those prints
  a third of the topic (topic_words, two or more, IDF-weighted), while a passage about no such place prints two
  thirds of it — the corpus holds the place's page of another topic and another place's page of this one (犍为县土坯房改造 over
  西乡's 土坯房 news and 犍为's 四公一农 news);
- `chat`: 1 when the message is no question to a gazette (CHAT_CUES: 你好, 你是谁开发的, 帮我写一首诗, 明天淄博的天气);
- `service`: 1 when the question asks for a consumer-service fact (a price, a phone number, where or when to go,
  how to apply): gazettes publish policies, plans and rules, rarely such facts, so the evidence has to be
  clearer before such a question counts as answered. A prior on the kind of question, not on its topic; it
  lowers the confidence, the evidence features can still carry it (张店区低保标准每人每月多少钱 is answered).

The places a question and a page name, and the place checks of `scope_miss`, `place_top` and `place_apart`, are read
in index/place_scope.py.

The weights live in `confidence.json` beside this file, fitted by `python -m benchmarks.fit_confidence` on every
question set (answerable vs unanswerable), with the threshold (leave-one-set-out) and the data it was fitted on.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from kg.parse.numerals import cn_small_int
from kg.places import ADMIN_SUFFIX, city_counties, city_provinces, place_stem, province_cities  # noqa: F401 - served here as before
from index.question_kinds import (ANSWER_TYPES, CHAT_CUES, SERVICE_CUES, answer_type_miss, chat_cues,  # noqa: F401
                                  service_cues)

__all__ = ["answer_type_miss", "ANSWER_TYPES", "Calibration", "CHAT_CUES", "chat_cues", "content_words", "features",
           "FEATURES", "idf_table", "join_single_runs", "load_calibration", "ordinals", "order_off", "orders",
           "own_number_year", "periods", "phrase_pairs", "plan_period_off", "revisions", "place_stem", "QUESTION_FILLERS", "scope_miss",
           "seasons", "sessions", "SERVICE_CUES", "service_cues", "share_printed", "topic_words", "years_about",
           "years_in"]

FEATURES = ("cover", "seen", "pair_cover", "agree", "dense_top", "scope_miss", "service", "sent_margin", "place_top",
            "type_miss", "chat", "place_apart")
# Words of asking, not of topic: interrogatives, quantity and time questions, colloquial frames and deixis.
# Kept out of the coverage counts because an answer never prints them (多久 is answered by "3年").
QUESTION_FILLERS = frozenset(
    "多久 多长 多长时间 多大 多高 多远 多少岁 几个 几天 几年 几点 几岁 几月 几号 几分 几回 几次 一共 "
    "时候 什么时候 哪天 哪年 哪家 哪位 哪儿 哪条 那里 这里 那边 这边 那个 这个 一个 一家 东西 "
    "有没有 能不能 不能 可不可以 是不是 怎么样 怎样 怎么办 为什么 咋 啥 请问 一下 大概 大约 还是 或者 "
    "才能 为了 已经 现在 目前 今年 明年 去年 明天 今天 以后 平时 打算 整年 "
    "老百姓 我们 你们 他们 自己 别人 知道 告诉".split()
)
# An ordinal edition (第四批, 第三版, 第十八届): the evidence must print that one, not only another (宁海's 第三批
# 绿色工厂 list for the 第四批); 第N次 is left out: 第四次会议 and 第七次人口普查 name meetings and surveys.
# (a numbered event of a series, 第2场新闻发布会: the page of another one, or of none, is no answer — fresh35's u3210)
_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]+)(批|版|届|期|轮|场)")
# A quarter (第二季度, 二季度, 1季度): the evidence must print that quarter, not only another (莲都区's 第一季度
# 进展 for the 第二季度 asked: fresh35's u3206); written with or without 第.
_QUARTER = re.compile(r"([一二三四1-4])\s*季度")
# A draft's reading (修正草案·二审稿, 三审稿): the evidence must print that reading's draft, not only another (湘西's
# 二审稿 notice for the 三审稿 asked: u2616).
_READING = re.compile(r"([一二三四五六七八九十\d]+)审稿")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A year naming an edition or a reporting year (2024年度, 2024版): the evidence must print it as such; a bare year
# may stand in a date (2024 in 2024-07-24 is not the 2024年度 results).
_EDITION = re.compile(r"(?:19|20)\d{2}(?:年度|版)")
# A year naming a revision (2024年修订, 2019年修正, 2025修订版): the evidence must print a revision of that year (办法
# (2025年修订), 应急预案》(2019年修订), 1998年4月30日修订), not the year only in a date or another revision's (爱张店诚信分
# 2024年修订的新版指标 over the 诚信分 pages of 2023: u1420).
_REVISION = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日\s*)?)?修[订正]")
# A plan's period (2021-2025, 2021—2025年, 十四五): the evidence must print that period, not another plan's
# (周村区残疾人事业发展十四五规划 where only the 十三五 one is printed), nor only one of its years.
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-－—–~～至到]+\s*((?:19|20)\d{2})")
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")
# The same period written out in a plan's full title (《南京市国民经济和社会发展第十一个五年规划纲要》 is the 十一五 纲要:
# o1410; 第十二个五年规划 → 十二五).
_FIVE_YEAR_LONG = re.compile(r"第十([一二三四五六七八九])个五年")
_MODEL = Path(__file__).with_name("confidence.json")


def idf_table(bm25) -> tuple[np.ndarray, float, np.ndarray]:
    """Lucene IDF of every vocabulary id of a bm25s index, the IDF of an unseen word, and each id's share of
    passages (document frequency / N)."""
    n = int(bm25.scores["num_docs"])
    df = np.diff(bm25.scores["indptr"]).astype(np.float64)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    return idf, math.log(1 + (n + 0.5) / 0.5), df / max(n, 1)


def content_words(words: list[str], vocab: dict, df_share: np.ndarray, stop, lay_terms=(),
                  common: float = 0.2) -> list[str]:
    """Words that carry the query's topic: ≥ 2 characters, not stopwords or question fillers, not a lay word the
    lexicon translated (inside one of `lay_terms`), not common in the corpus."""
    out = []
    for w in dict.fromkeys(words):
        if len(w) < 2 or w in stop or w in QUESTION_FILLERS or not re.search(r"[\u4e00-\u9fffA-Za-z]", w):
            continue
        if any(w in lay or lay in w for lay in lay_terms):
            continue
        tid = vocab.get(w)
        if tid is not None and tid < len(df_share) and df_share[tid] >= common:
            continue
        out.append(w)
    return out


def join_single_runs(tokens: list[str], printed, stop_chars) -> list[str]:
    """Runs of two or more single-character tokens joined into one where the corpus prints the joined string:
    jieba cuts a name it does not know (齐惠保, a local insurance product) into characters, which no coverage
    count would see. Runs the corpus does not print stay as they are (卖/盐 is not a name)."""
    out: list[str] = []
    run: list[str] = []

    def flush():
        joined = "".join(run)
        out.extend([joined] if len(run) >= 2 and printed(joined) else run)
        run.clear()

    for t in tokens:
        if len(t) == 1 and re.match(r"[\u4e00-\u9fff]", t) and t not in stop_chars:
            run.append(t)
        else:
            flush()
            out.append(t)
    flush()
    return out


def share_printed(words: list[str], text: str, weight) -> float:
    """`weight`-weighted share of `words` printed in `text` (0 when there are none)."""
    total = sum(weight(w) for w in words)
    return sum(weight(w) for w in words if w in text) / total if total else 0.0


def read_as_official(text: str, said: list[tuple[str, tuple[str, ...]]]) -> str:
    """`text` as the lexicon reads a question: each lay term of the question's (`said`: lay term, its official
    terms) that `text` prints stands for its official terms too, appended. content_words drops a lay word the lexicon
    translated, so a page printing the question's own 网吧 would print none of 互联网上网服务营业场所's words (the 黑河
    news on 网吧 checked for 未成年人, o2132, against the 未央区 news that writes 互联网上网服务场所)."""
    extra = [o for lay, officials in said if lay in text for o in officials if o not in text]
    return text + "".join(extra) if extra else text


def phrase_pairs(tokens: list[str], words: list[str]) -> list[str]:
    """Adjacent pairs of content words in the query's token sequence, joined (离婚, 登记 → 离婚登记)."""
    keep = set(words)
    return [a + b for a, b in zip(tokens, tokens[1:]) if a in keep and b in keep]


def topic_words(words: list[str], places: list[str]) -> list[str]:
    """The content `words` that say what a question is about rather than where: not a place it names, a part of
    one or a word holding one's stem (任城 of 任城区, 济宁任城)."""
    return [w for w in words if not any(w in p or place_stem(p) in w for p in places)]


# A title wholly in brackets and closing on the act that adopted the text ((…会议通过), （…批准）): a note, no name.
_NOTE_TITLE = re.compile(r"[（(][^（()）]*(?:通过|批准|审议|修订|修正)[)）]")
# A question that names a plan, programme or scheme (周村区残疾人事业发展“十二五”规划): its period names one plan.
_PLAN = re.compile(r"规划|计划|纲要|方案")


def plan_period_off(query: str, titles: list[str], evidence: str = "") -> bool:
    """Whether the question asks for a plan of a period (periods: 十三五, 2021-2025, with 规划/计划/纲要/方案) that
    none of the first documents' `titles` names: a plan's period stands in its title, while another period's plan
    prints the one before in its review (the 十四五 卫生与健康规划 prints 十三五: u450, u392). A span of years the
    `evidence` prints as the period of a plan it cites (气象高质量发展纲要（2022—2035年）: n1530, asked of 周村's 方案
    that carries out that 纲要) is one the documents hold."""
    asked = periods(query)
    # a title that is only a bracketed note of the plan's adoption ((2021年1月18日伊吾县第十七届人民代表大会第六次会议通过),
    # the record's title of 伊吾县's 十四五 纲要, o3567) names no plan: its document is left to the evidence's periods
    titles = [t for t in titles if not _NOTE_TITLE.fullmatch(t)]
    if not asked or not _PLAN.search(query) or not titles or any(asked & periods(t) for t in titles):
        return False
    return not asked <= {f"{a}-{b}" for a, b in _PLAN_SPAN.findall(evidence)}


# A numbered order (指挥部3号令, 第2号令, 国务院令第238号): its number is the order's name, printed in its title.
_ORDER = re.compile(r"([一二三四五六七八九十\d]+)\s*号令|令\s*第\s*([一二三四五六七八九十\d]+)\s*号")


def orders(text: str) -> set[int | str]:
    """The numbers of the numbered orders a text names (第三号令 and 3号令 → 3; 国务院令第238号 → 238)."""
    return {_cn_number(a or b) for a, b in _ORDER.findall(text)}


def order_off(query: str, titles: list[str]) -> bool:
    """Whether the question asks for a numbered order (orders: 防控指挥部3号令) that the first documents' `titles`
    do not name where they name orders of their own: an order's number stands in its title, while its text cites the
    orders it carries out (红安县's 2号令 says 严格落实省防控指挥部3号令: u1914). Titles that name no order leave it to
    the evidence's text."""
    asked = orders(query)
    named = set().union(*(orders(t) for t in titles)) if titles else set()
    return bool(asked and named and not asked & named)


# The period of a plan a text names, in brackets right after its plan word: 纲要（2022—2035年）, 规划(2021-2025年).
_PLAN_SPAN = re.compile(r"(?:规划|计划|纲要|方案)[》\"”]?[（(]((?:19|20)\d{2})\s*年?\s*[-－—–~～至到]+\s*((?:19|20)\d{2})")


def scope_miss(query: str, place_miss: bool, year_text: str, evidence: str, titles: list[str] | None = None) -> float:
    """1.0 when the query is about somewhere or some year the evidence is not: a place out of scope
    (place_out_of_scope), a year printed in neither the first passages nor their documents' dates
    (`year_text`), or an edition (2024年度, 2024版) or revision (2024年修订), a plan period (periods: 2021-2025, 十四五) or an ordinal edition
    (ordinals: 第四批, 第三版, a draft's 三审稿), a congress's session (sessions: 十八届人大二次会议) or a season (seasons: 春季, 寒假) the
    first passages (`evidence`) do not print, or a plan's period or a numbered order none of their documents' `titles`
    names (plan_period_off, order_off), or a list's year where the evidence names that list of other years only
    (list_year_off)."""
    if place_miss or (titles is not None and (plan_period_off(query, titles, evidence) or order_off(query, titles))):
        return 1.0
    years = years_in(query)
    if years and not any(y in year_text for y in years):
        return 1.0
    editions = _EDITION.findall(query)
    if editions and not any(e in evidence for e in editions):
        return 1.0
    revised = revisions(query)
    if revised and not revised & revisions(evidence):
        return 1.0
    asked = periods(query)
    if asked and not asked & periods(evidence):
        return 1.0
    asked_seasons = seasons(query)  # (the evidence's ~3,000 characters read only for a question naming one)
    if asked_seasons and asked_seasons - seasons(evidence):
        return 1.0
    held = sessions(query)
    if held and not held & sessions(evidence):
        return 1.0
    if list_year_off(query, evidence):
        return 1.0
    wanted = ordinals(query)
    return float(bool(wanted) and not wanted & ordinals(evidence))


# A list named with its year (2022年亩均效益领跑者名单, 2021年全省…领跑者名单): the year is the list's edition. A year
# followed by a 月 or a date is no list's (the name between holds Chinese characters only). The results of a yearly
# evaluation (国家企业技术中心2021年评价结果, 2023年度亩产效益评价结果) are such a list: its year names the round.
_LIST_KINDS = ("名单", "榜单", "名录", "排行榜", "评价结果", "考核结果", "评估结果")
_LIST_YEAR = re.compile(r"([\u4e00-\u9fff]{2})?\s*((?:19|20)\d{2})\s*年度?([\u4e00-\u9fff]{0,30}?)(" + "|".join(_LIST_KINDS) + ")")


def list_years(text: str) -> dict[tuple[str, str], set[str]]:
    """The years of the lists a text names, by the list's kind and the last two characters of its name (领跑者名单
    → ("名单", "跑者")), or of what it is of, printed before the year, where the name is shorter (国家企业技术中心2021年
    评价结果 → ("评价结果", "中心")): 浙江省2021年亩均效益领跑者名单 → {("名单", "跑者"): {"2021"}}."""
    out: dict[tuple[str, str], set[str]] = {}
    for before, year, name, kind in _LIST_YEAR.findall(text):
        out.setdefault((kind, name[-2:] if len(name) >= 2 else before), set()).add(year)
    return out


def list_year_off(query: str, evidence: str) -> bool:
    """Whether the question asks for a list of a year (2022年亩均效益领跑者名单) the evidence names only as a list of
    other years (浙江省2021年亩均效益领跑者名单, published in 2022: the 2022 of its date is no list's year; u3903), or a
    yearly evaluation's results of a round the evidence names only as other rounds (国家企业技术中心2022年评价结果 over
    the 2021年评价结果 news of 2022-02-15: u4003). A list the evidence names with no year leaves it to the year check."""
    if "年" not in query or not any(k in query for k in _LIST_KINDS):
        return False
    asked = list_years(query)
    if not asked or not any(k in evidence for k in _LIST_KINDS):
        return False
    printed = list_years(evidence)
    return any(len(key[1]) == 2 and printed.get(key) and not years & printed[key] for key, years in asked.items())


def revisions(text: str) -> set[str]:
    """The years of the revisions a text names (2024年修订, 2019修订版, 1998年4月30日修订 → 1998), read only before each
    修订 / 修正 it prints (the year pattern tried at every character of 3,000 characters of evidence costs ~80 µs; this ~2)."""
    out, i = set(), text.find("修")
    while i >= 0:
        if text[i + 1:i + 2] in ("订", "正"):
            out.update(_REVISION.findall(text[max(0, i - 24):i + 2]))
        i = text.find("修", i + 1)
    return out


# A season or school holiday (春季, 秋冬季, 暑假 / 暑期, 寒假): a campaign of one season is not another's (于都县's 秋季
# 开学 check for the 春季 one, u933).
_SEASON = re.compile(r"([春夏秋冬])季|([暑寒])[假期]")


def seasons(text: str) -> set[str]:
    """The seasons a text names (秋冬季 → 冬; 暑假 and 暑期 → 暑)."""
    return {a or b for a, b in _SEASON.findall(text)}


def _cn_number(text: str) -> int | str:
    """A number written in digits or in Chinese numerals up to 99 (三 → 3, 十八 → 18, 二十 → 20; cn_small_int); a
    malformed one ("一二", "1十") as printed, so that a question and a passage agree on it only where both print it so."""
    n = cn_small_int(text)
    return text if n is None else n


# A session of a congress (十八届人大二次会议, 第十八届人民代表大会第四次会议): the evidence must print that session, not
# only another of the same term (大田县's answer to a proposal of the 一次会议 for one of the 二次会议: u2016).
_SESSION = re.compile(r"([一二三四五六七八九十\d]+)\s*届[\u4e00-\u9fff]{0,10}?第?\s*([一二三四五六七八九十\d]+)\s*次"
                      r"(?:会议|全体会议|全会)")


def sessions(text: str) -> set[str]:
    """The sessions of a congress a text names, written one way (十八届人大二次会议, 第18届…第2次会议 → 18届2次)."""
    return {f"{_cn_number(term)}届{_cn_number(n)}次" for term, n in _SESSION.findall(text)}


def ordinals(text: str) -> set[str]:
    """The ordinal editions a text names, written one way (第三批 and 第3批 → 3批; 第2场 → 2场), a draft's readings
    (二审稿 → 2审稿) and the quarters (第二季度, 二季度 → 2季度)."""
    return ({f"{_cn_number(n)}{kind}" for n, kind in _ORDINAL.findall(text)}
            | {f"{_cn_number(n)}审稿" for n in _READING.findall(text)}
            | {f"{_cn_number(n)}季度" for n in _QUARTER.findall(text)})


def years_about(places: list[str], evidence: list[str], dates: list[str], doc_prints=lambda w, j: False,
                may_be=lambda j: False, query: str = "") -> str:
    """What a year asked is looked for in: the first passages' `evidence` and their documents' `dates` — those of
    the candidates about a place the question names (its stem printed by the passage, or by its document:
    `doc_prints(stem, j)`) where there are any: 濮阳县2024年 is not answered by 三门峡's page that prints 2024. Where
    none prints it, those of the candidates that `may_be` its own page (a page of unknown place: the 博爱 news of 2022
    says only 我县, and 博爱县2023年 is not answered by a 张店 plan that prints 2023: u1815); where none is either, all.
    A year printed only in a document number (〔2021〕20号) is not read, unless the number is that of a document the
    passage cites by a title of a kind the `query` names (cited_years: 晋城2018年那个…应急预案 and 《晋城市突发性地质灾害
    应急预案》(晋市政办〔2018〕45号)同时废止)."""
    stems = [place_stem(p) for p in places]
    about = [j for j, e in enumerate(evidence) if any(w in e or doc_prints(w, j) for w in stems)]
    if stems and not about:
        about = [j for j in range(len(evidence)) if may_be(j)]
    return " ".join((_DOC_NUMBER_YEAR.sub("", evidence[j]) + cited_years(evidence[j], query) if "号" in evidence[j]
                     else evidence[j]) + " " + dates[j]
                    for j in (about or range(len(evidence))))


# A document cited by its title and number (《晋城市突发性地质灾害应急预案》(晋市政办〔2018〕45号)同时废止, 《槐荫区重污染天气
# 应急预案》(槐政办字〔2023〕21号)): the number's year is the year of that document, the one a question means by 2018年那个
# 应急预案 (o1536); the title's last word is its kind.
_CITED_NUMBER = re.compile(r"《[^《》]{2,60}?(预案|办法|规定|意见|方案|规划|计划|条例|细则|决定|纲要|制度|通知)》\s*"
                           r"[（(][^（()）《》]{0,20}?[〔\[［]((?:19|20)\d{2})[〕\]］]\s*(?:第\s*)?\d+\s*号")


def own_number_year(doc_number: str | None) -> str:
    """The year in a document's own number's brackets (国办发〔2018〕117号 → 2018; "" for none): the year it was issued,
    read as its date where it has none."""
    m = re.search(r"[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]", doc_number or "")
    return m.group(1) if m else ""


def cited_years(text: str, query: str) -> str:
    """The years of the documents `text` cites by title and number whose kind (预案, 办法 …) the `query` names, one
    space before each ("" for none): a question asking for that kind of document of that year asks for the cited one,
    while a year in a number after no title, or of a kind the question does not name (张民〔2021〕64号 for 莲池区2021年
    还查液化气钢瓶吗: u1231), is no year the passage reports on."""
    if not query or "《" not in text:
        return ""
    return "".join(f" {year}" for kind, year in _CITED_NUMBER.findall(text) if kind in query)


# A year in a document number's brackets (张政发〔2021〕20号, 淄发〔2016〕29号, 青政办发明电[2017]7号) is the year the cited
# document was numbered, not one the passage reports on: 张店's 莲池北街 批复 cites 张民〔2021〕64号 and says nothing of
# 莲池区 in 2021 (u1231), 周村's 意见 cites 淄发〔2016〕29号 and nothing of 2016's 物业 (u930).
_DOC_NUMBER_YEAR = re.compile(r"[〔\[［(（](?:19|20)\d{2}[〕\]］)）]\s*(?:第\s*)?\d+\s*号")


def years_in(text: str) -> list[str]:
    """The years a text names (2024 of 2024年, of 2024-07-24)."""
    return _YEAR.findall(text)


def periods(text: str) -> set[str]:
    """The plan periods a text names, written one way (2021—2025年 → 2021-2025; 十四五 as printed, 第十一个五年 →
    十一五)."""
    return ({f"{a}-{b}" for a, b in _SPAN.findall(text)} | set(_FIVE_YEAR.findall(text))
            | {f"十{n}五" for n in _FIVE_YEAR_LONG.findall(text)})


def features(cover: float, seen: float, pairs_cover: list[bool], agree: bool, dense_top: float | None,
             miss: float, service: bool, sent_margin: float = 0.0, place_top: bool = False,
             type_miss: float = 0.0, chat: bool = False, apart: bool = False) -> dict:
    """The feature dict from the route outputs. In a query without a pair of adjacent content words each word
    is its own phrase: the phrase coverage is the word coverage."""
    return {"cover": cover, "seen": seen,
            "pair_cover": sum(pairs_cover) / len(pairs_cover) if pairs_cover else cover,
            "agree": float(agree), "dense_top": dense_top or 0.0, "scope_miss": miss, "service": float(service),
            "sent_margin": sent_margin, "place_top": float(place_top), "type_miss": type_miss, "chat": float(chat),
            "place_apart": float(apart)}


@dataclass(frozen=True)
class Calibration:
    """Logistic model p(answerable) = σ(b + Σ w_i·x_i); below `threshold` the answer is "no good answer".

    `vetoes` are 0/1 features that no answerable question of the fit showed (the fit picks them: see
    benchmarks/fit_confidence.py): one of them at 1 makes p = 0 — a question about a place the corpus never prints
    is not answered by it, however well its other words are covered (a logistic weight cannot say "always")."""

    weights: dict
    bias: float
    threshold: float
    features: tuple = FEATURES
    vetoes: tuple = ()

    def probability(self, x: dict) -> float:
        if any(x.get(f, 0.0) >= 1.0 for f in self.vetoes):
            return 0.0
        z = self.bias + sum(self.weights.get(f, 0.0) * x.get(f, 0.0) for f in self.features)
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_calibration(mode: str = "hybrid", path: Path = _MODEL) -> Calibration | None:
    """The fitted model for a search mode (None if none was fitted: then no verdict is made)."""
    if not path.exists():
        return None
    models = json.loads(path.read_text(encoding="utf-8"))["models"]
    m = models.get(mode)
    if not m:
        return None
    return Calibration(weights=m["weights"], bias=m["bias"], threshold=m["threshold"], features=tuple(m["features"]),
                       vetoes=tuple(m.get("vetoes", ())))
