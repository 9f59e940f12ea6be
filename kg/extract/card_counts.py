"""Holders of a colour card named by the card's count: a page that counts a card ("17家拟亮“红牌”") and elsewhere names a
group of that count ("包括X、Y、Z等17家企业") gives the group's named members that card (企业环境信用评价's 红牌 / 黄牌 /
蓝牌 / 绿牌 / 黑牌). (Issue #16, fresh55 guangdong_zhongshan-shi-huanbaoju-2017-huanjing-xinyong-nipingjia-hongpai.txt:9-11;
a 公示's members are marked proposed by enterprises.mark_proposed.)"""

from __future__ import annotations

import re

from kg.extract.held_names import enterprise_names

__all__ = ["card_counts", "counted_card_holders"]

# "有17家拟亮“红牌”", "17家企业拟挂“红牌”", "17家红牌(环保不良企业)": a count and the card it is given
_CARD_COUNT = re.compile(r"(?P<n>\d+)家(?:企业)?(?:拟|被)?(?:亮|挂|评为|评定为|定为|获)?[“\"]?(?P<card>[红黄蓝绿黑])牌")
# "包括X、Y、Z等17家企业": a group named by some of its members and its count
_COUNTED_GROUP = re.compile(r"(?:包括|分别是|分别为|如|有)[：:]?(?P<names>[^。；;：:]{4,800}?)等(?P<n>\d+)家(?:企业|单位)")


def card_counts(page: str) -> dict[str, str]:
    """The card each count of the page is given ("17" → "红牌"); a count given two cards is none's."""
    seen: dict[str, set[str]] = {}
    for m in _CARD_COUNT.finditer(page):
        seen.setdefault(m["n"], set()).add(m["card"] + "牌")
    return {n: cards.pop() for n, cards in seen.items() if len(cards) == 1}


def counted_card_holders(sentence: str, counts: dict[str, str]) -> list[tuple[str, str, None]]:
    """(holder, card, None) for the named members of each group whose count the page gives one card (card_counts)."""
    out: list[tuple[str, str, None]] = []
    for m in _COUNTED_GROUP.finditer(sentence):
        if (card := counts.get(m["n"])) and not _CARD_COUNT.search(m[0]):
            out += [(n, card, None) for n in enterprise_names(m["names"].split("，")[-1].split(",")[-1])]
    return out
