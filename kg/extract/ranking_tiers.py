"""Holders of a private ranking's tier: a research body's report ("胡润研究院发布《2019二季度胡润中国潜力独角兽》") counts
the firms it newly puts on a tier and names them after the count ("新发现13家潜力独角兽企业,它们分别是:X、Y…和Z"). The
report's publisher is no organ, so the list has no government level: the tier as printed is the class, the report the
rating (benchmarks/data/other_districts_entrep66's convention: "a private ranking: no level; the class is the list's tier
as printed"). Each way a page counts and names a tier is a row of TIER_LAYOUTS with its real line; the tier must be named
in the title of a report the page says a research body published, and the count vouches for the short names it gathers
(counted_lists.entrant_items, vouched_names) where they are exactly as many."""

from __future__ import annotations

import re

from kg.extract.counted_lists import count_value, entrant_items, vouched_names
from kg.extract.held_names import enterprise_name

__all__ = ["TIER_LAYOUTS", "REPORT", "reports", "tier_holders"]

# a report a research body published, named in 《》: "胡润研究院发布《2019二季度胡润中国潜力独角兽》" (a government organ's
# list is read with its level elsewhere: a 研究院 of a ministry publishes no ranking of firms under a title in 《》 here)
REPORT = re.compile(r"(?:研究院|研究所|研究中心)(?:正式|再次|首次)?(?:发布|公布|揭晓)了?《(?P<title>[^《》]{4,40})》")

# (name, pattern, real line): group `n` the count, `tier` the tier before 企业, `names` the names after the count
TIER_LAYOUTS = (
    # entrep66 quanguo-hurun-qianli-dujiaoshou-tamen-fenbieshi-short-names.txt:2
    ("新发现N家X企业,它们分别是:",
     re.compile(r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})家(?P<tier>[\u4e00-\u9fff]{2,10}?)企业[，,]"
                r"(?:它们|他们|这些企业)?(?:分别是|分别为)[：:]?(?P<names>[^。；;：:]{4,600})"),
     "报告称,今年二季度新发现13家潜力独角兽企业,它们分别是:e换电、岸迈生物、呆萝卜、叮咚买菜、鼎航医药、黑芝麻智能、诺辉健康、"
     "石头科技、树根互联、斯维登、微脉、学霸君和运去哪。"),
)


def reports(page: list[str]) -> list[str]:
    """The titles of the reports a page says a research body published (REPORT)."""
    return [m["title"] for text in page for m in REPORT.finditer(text)]


def _short(item: str) -> str:
    """An item as vouched_names reads it: a brand's one Latin letter before its characters ("e换电") is part of the name
    as printed, read past here."""
    return re.sub(r"^[A-Za-z](?=[\u4e00-\u9fff]{2})", "", item)


def tier_holders(sentence: str, titles: list[str]) -> list[tuple[str, str, str]]:
    """(holder, tier, report) for each firm a sentence names after a counted tier (TIER_LAYOUTS) of a report the page
    published (`titles`, reports), as many items as the count and each read as a name; [] otherwise."""
    out: list[tuple[str, str, str]] = []
    for _, pattern, _ in TIER_LAYOUTS:
        for m in pattern.finditer(sentence):
            title = next((t for t in titles if m["tier"] in t), None)
            n = count_value(m["n"])
            items = entrant_items(m["names"], n) if title and n >= 2 else []
            if items and vouched_names([_short(i) for i in items]):
                out += [(enterprise_name(i) or i, m["tier"], title) for i in items]
    return out
