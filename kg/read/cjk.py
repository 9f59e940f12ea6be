"""Repairs of CJK text extracted from layout formats: spaces inside words and numbers, broken lines."""

from __future__ import annotations

import re

__all__ = ["repair_spaces", "is_cjk", "join_wrapped", "ends_sentence"]

_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019〔〕]")
# Ideographic spaces (U+3000) are typed on purpose and kept; the layout's spaces are ASCII.
_SPACE_RUN = re.compile(r"[ \u00a0]+")
_SENTENCE_END = re.compile(r"[。！？；：!?;:…」』”]$|[。！？]”$")


def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CHAR.match(ch))


def repair_spaces(s: str) -> str:
    """Drop the spaces a PDF puts between CJK characters and numbers.

    A space survives only between two ASCII letters/digits ("CCAR 19", "SOS, or") — the layout
    spreads justified CJK text, it does not mean a word break there. Ideographic spaces are kept.

    >>> repair_spaces("2005 年 6 月 8 日，二 00 五年")
    '2005年6月8日，二00五年'
    """
    def keep(m: re.Match) -> str:
        a = s[m.start() - 1] if m.start() > 0 else ""
        b = s[m.end()] if m.end() < len(s) else ""
        if not a or not b:
            return m.group(0) if not a else ""  # leading indent kept, trailing dropped
        return "" if is_cjk(a) or is_cjk(b) else " "

    return _SPACE_RUN.sub(keep, s)


def ends_sentence(s: str) -> bool:
    return bool(_SENTENCE_END.search(s.rstrip()))


def join_wrapped(a: str, b: str) -> str:
    """Join a line wrapped by the layout with its continuation (a space only between two ASCII words)."""
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b

