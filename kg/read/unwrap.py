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
        if reaches and s.strip() and not _cells(s) and not _starts_block(s.strip()):
            out[-1] = join_wrapped(out[-1], s)
        else:
            out.append(s)
        # A line of exactly the width is a cut even after 。 or ”: a paragraph ends there once in `width` times,
        # and a sentence cut in two costs more than two paragraphs read as one. A colon announces a list.
        # (a cut may end in spaces: "索引号 : 0110/2024 文  " ⏎ "     号 : 嘉政办发…", so the length as printed counts too)
        reaches = width in (len(s), len(s.rstrip())) and not s.rstrip().endswith((":", "：")) and not _cells(s)
    return out
