"""Small numbers as printed in Chinese numerals or Arabic digits (counts, ordinals, months, days): one reader for all.

Kept apart from patterns.py (which re-exports it) so that index/ can read a question's numbers without compiling the
header patterns (about 0.4 s at import).
"""

from __future__ import annotations

__all__ = ["cn_small_int"]

# The digits of a small number in Chinese numerals (cn_small_int): 两 is the counting form of 二 ("两家"); the zeros
# read 0 standing alone only.
_SMALL_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                 "九": 9}


def cn_small_int(printed: str) -> int | None:
    """A number as printed in Arabic digits, or in Chinese numerals up to 99 (a count, an ordinal, a month or a day).

    The one reader of small Chinese numbers for kg/ and index/ (counts of a list, validity periods, dates, question
    features). Read: Arabic digits of any length ("12", "238", full-width "１２"); one numeral 一…九 (两 = 2, 〇 零 ○ =
    0); 十 = 10; 十D = 11…19; D十 = 20…90 (一十 = 10); D十D = 21…99 (两 may stand for any 二: 两十 = 20, as the
    copies this replaced read it). Malformed, None: "" ; two numerals without 十 ("一二": a year's digits or a list's
    numbers, never a count); 十十 and anything with two 十; a zero beside 十 ("十〇", "零十"); 廿 / 卅 (no caller's
    pattern admits them, and no development text prints them); any other character or more than three.

    Args:
        printed: the number as printed, spaces removed.

    Returns:
        The number, or None where `printed` is no number of that form.

    >>> cn_small_int("4"), cn_small_int("四"), cn_small_int("十二"), cn_small_int("二十"), cn_small_int("两")
    (4, 4, 12, 20, 2)
    >>> cn_small_int("一二") is None, cn_small_int("十十") is None, cn_small_int("") is None
    (True, True, True)
    """
    if printed.isdecimal():
        return int(printed)
    if len(printed) == 1:
        return 10 if printed == "十" else _SMALL_DIGITS.get(printed)
    tens, ten, ones = printed.partition("十")
    if not ten or len(tens) > 1 or len(ones) > 1:
        return None
    t = _SMALL_DIGITS.get(tens, 0) if tens else 1
    o = _SMALL_DIGITS.get(ones, 0) if ones else 0
    if (tens and t == 0) or (ones and o == 0):
        return None
    return t * 10 + o
