"""Holders of a list a sentence names by its own name: a graded list, a counted list of one level, a credit 红名单."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.enterprise_sentences import NOT_MEMBER
from kg.parse.numerals import cn_small_int

__all__ = ["PUBLISHED_LISTS", "published_list_holders"]

# a short trade name: the list's count vouches for it, though it has no legal ending ("信立泰药业", "天鼎丰")
_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,16}$")
# a former name printed after the holder's: the holder is recorded under its current name ("安弘制药(原齐鲁安替(临邑)制药)")
_FORMER_NAME = re.compile(r"[(（]原[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]")
# a county or city printed once before a list names where all of it is ("临邑县信立泰药业、科顺建材、…")
_LIST_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,4}?[县市区旗](?=[\u4e00-\u9fff]{2})")
# the legal endings that close each name of a run a converter or a flattened page glued together (names printed apart
# by spaces, "贵阳市南明区绿宝石生态农业专业合作社 赤水市两河口乡…合作社", compacted to one run)
_GLUED_NAME = re.compile(r".+?(?:专业合作社|联合社|合作社|股份有限公司|有限责任公司|有限公司|家庭农场)")


def _count(printed: str) -> int:
    """'18' → 18, '七' → 7, '十' → 10 (the count a list prints before or after its names; 0 for none)."""
    return cn_small_int(printed) or 0


def _counted_short_names(text: str, count: int) -> list[str]:
    """The names of an enumeration that are exactly `count` short trade names (the count vouches for each), the county
    printed before the first less; else []."""
    names = [_FORMER_NAME.sub("", p).strip("“”\"") for p in text.split("、")]
    if names and not any(_LIST_PLACE.match(n) for n in names[1:]):
        names[0] = _LIST_PLACE.sub("", names[0])
    fits = lambda n: is_enterprise(n) or _SHORT_NAME.match(n) and not NOT_MEMBER.search(n)
    return names if len(names) == count and all(map(fits, names)) else []


def _glued_names(text: str, count: int) -> list[str]:
    """A run of `count` legal names glued together, each closed by its legal ending; else []."""
    names = _GLUED_NAME.findall(text)
    whole = "".join(names) == text.rstrip("。；;")
    return names if whole and len(names) == count and all(map(is_enterprise, names)) else []


def _legal_names(text: str) -> list[str]:
    """The legal names of an enumeration ("云南省有X、Y、Z"): the words before the first name that introduce it less."""
    parts = text.split("、")
    m = re.match(r"^[\u4e00-\u9fff]{0,12}?[有是](?=[\u4e00-\u9fff]{4})", parts[0]) if parts else None
    if m and is_enterprise(parts[0][m.end():]):
        parts[0] = parts[0][m.end():]
    return parts if len(parts) >= 2 and all(map(is_enterprise, parts)) else []


@dataclass(frozen=True)
class PublishedList:
    """One printed shape of a list named by its own name: its pattern and the (name, class, label) it reads."""

    name: str
    pattern: re.Pattern
    read: Callable[[re.Match], list[tuple[str, str, str | None]]]


PUBLISHED_LISTS = (
    # "联合发布了2019年度规模以上工业企业“亩产效益”评价A类(优先发展类)企业名单,临邑县信立泰药业、科顺建材、…、恒源石化等18家
    # 企业成功入选" (临邑, fresh44): a graded list's name, then its short names, the count vouching for them
    PublishedList(
        "graded list then its counted short names",
        re.compile(r"(?P<grade>[A-D])类(?:[(（](?P<label>[\u4e00-\u9fff]{2,8}类)[)）])?(?:企业)?名单[，,]"
                   r"(?P<names>[^，,。；;：:]{4,600}?)等(?P<n>\d+)家企业(?:成功)?(?:入选|上榜|榜上有名)"),
        lambda m: [(n, m["grade"], m["label"]) for n in _counted_short_names(m["names"], _count(m["n"]))]),
    # "10家国家级示范社分别是: 贵阳市南明区绿宝石生态农业专业合作社 赤水市两河口乡兴发冷水鱼养殖农民专业合作社 …" (贵州,
    # fresh44): a counted list at one level, its names printed apart by spaces
    PublishedList(
        "counted level list of space-separated names",
        re.compile(r"(?<![\d])(?P<n>\d+|[一二三四五六七八九十])家(?P<level>国家级|省级|市级|县级)[\u4e00-\u9fff]{2,12}?"
                   r"(?:分别是|分别为|名单为|名单如下)[：:](?P<names>[^、，,：:]{8,1200})$"),
        lambda m: [(n, m["level"], None) for n in _glued_names(m["names"], _count(m["n"]))]),
    # "此次,云南省有X、Y、Z等7家企业进入全国公路工程建设信用“红名单”" (云南, fresh44): the list's name is the class, not the
    # level of the body that keeps it
    PublishedList(
        "named credit list",
        re.compile(r"(?P<names>[^，,。；;：:]{4,400}?)等\d+家企业(?:进入|入选|列入|纳入|被列入|被纳入)"
                   r"[^，,。；;：:]{0,30}?[“\"]?(?P<cls>红名单|黑名单)[”\"]?"),
        lambda m: [(n, m["cls"], None) for n in _legal_names(m["names"])]),
)


def published_list_holders(sentence: str) -> list[tuple[str, str, str | None]]:
    """(holder, class, label) for the holders of a list a compacted sentence names by its own name (PUBLISHED_LISTS,
    the first style that reads names decides)."""
    for style in PUBLISHED_LISTS:
        found = [x for m in style.pattern.finditer(sentence) for x in style.read(m)]
        if found:
            return found
    return []
