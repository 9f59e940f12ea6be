"""Plain text cut at a fixed width (a PDF viewer's or a mail client's copy): the cut lines joined back.

A text file keeps its paragraphs one a line, so its long lines vary in length. A copy wrapped at N characters
instead ends most of its long lines at exactly N, and none runs past N: that is the sign read here. Each line
that reaches the width (and does not end in a colon) is joined with the next, unless the next is blank, a table
row, or starts a heading or numbered item (the same rule as the PDF reader's margin joins). Line numbers
downstream are positions in the joined lines, as for a PDF's extracted lines.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.read.cjk import join_wrapped

__all__ = ["wrap_width", "unwrap_fixed_width"]

_MIN_WIDTH = 12  # shorter cuts are lists and headings, not a wrapped page
_MIN_CUT_LINES = 5  # no real text of the sets (352 files) reads as cut even at 3; 5 leaves a margin
_CUT_SHARE = 0.3  # of the long lines, at least this many end at the width …
_OVER_SHARE = 0.05  # … and at most this many run past it
_SENTENCE_END = ("。", "！", "？", "!", "?")


def _cells(s: str) -> bool:
    return "\t" in s or s.count("|") >= 2


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was cut at, or None when its lines are paragraphs as typed."""
    lens = [len(s.rstrip()) for s in lines if len(s.rstrip()) >= _MIN_WIDTH and not _cells(s)]
    if len(lens) < _MIN_CUT_LINES:
        return None
    width, n = Counter(lens).most_common(1)[0]
    over = sum(1 for x in lens if x > width)
    if n >= _MIN_CUT_LINES and n >= _CUT_SHARE * len(lens) and over <= _OVER_SHARE * len(lens):
        return width
    return None


def _starts_block(text: str) -> bool:
    """A line that starts a heading or numbered item, never the continuation of a sentence."""
    from kg.parse.outline import match_heading

    return bool(match_heading(text)) or bool(re.match(r"^(?:附件|抄送|主送|第[一二三四五六七八九十百零〇\d]+[条章节])", text))


def _splits_a_run(cut: str, rest: str) -> bool:
    """The cut fell inside a run of characters (no space either side of it): "品牌创立于193" ⏎ "3年"."""
    return bool(cut) and bool(rest) and not cut[-1].isspace() and not rest[0].isspace()


def _splits_a_number(cut: str, rest: str) -> bool:
    """The cut fell inside a number, so the rest is no numbered item: "…有限公司 1" ⏎ "7.清远市龙发种猪有限公司"."""
    return _splits_a_run(cut, rest) and cut[-1].isdigit() and rest[0].isdigit()


def _join_cut(cut: str, rest: str) -> str:
    # A cut at a fixed width drops no character: where it fell inside a run the two halves are one word or number
    # ("qq.co" ⏎ "m", "193" ⏎ "3年"); where it fell on spaces, one space stays between the two fields it parted
    # ("敬请谅解。 特此通告" ⏎ " 汕尾市公安局交通警察支队 2023年1月20日": the closing words, then the signature).
    if _splits_a_run(cut, rest):
        return cut + rest
    joined = join_wrapped(cut, rest)
    a, b = cut.rstrip(), rest.lstrip()
    return f"{a} {b}" if a and b and joined == a + b else joined


def unwrap_fixed_width(lines: list[str]) -> list[str]:
    """The lines of a text with its fixed-width cuts joined back; other texts are returned as they are.

    >>> unwrap_fixed_width(["一二三四五六七八九十一二", "三。"] * 6)[:2]
    ['一二三四五六七八九十一二三。', '一二三四五六七八九十一二三。']
    """
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    reaches = False
    for s in lines:
        if reaches and s.strip() and not _cells(s) and (_splits_a_number(out[-1], s) or not _starts_block(s.strip())):
            out[-1] = _join_cut(out[-1], s)
        else:
            out.append(s)
        # A line of exactly the width is a cut even after ”: a paragraph ends there once in `width` times, and a
        # sentence cut in two costs more than two paragraphs read as one. After 。！？ no sentence is cut: left
        # apart, a cut there reads as two whole sentences, while a paragraph that ends at the width joined to the
        # next glues two facts (a title and its addressees, two list items: "宁波药材股份有限公司,品牌“冯存仁”,品牌创立
        # 于1851年。" is 30 characters). A colon announces a list.
        # (a cut may end in spaces: "索引号 : 0110/2024 文  " ⏎ "     号 : 嘉政办发…", so the length as printed counts too)
        reaches = width in (len(s), len(s.rstrip())) and not s.rstrip().endswith((":", "：", *_SENTENCE_END)) and not _cells(s)
    return out
