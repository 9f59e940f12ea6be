"""Normalise gazette text line by line, keeping a map from every normalised character to its line."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Line

__all__ = [
    "normalize_line",
    "normalize_lines",
    "compact",
    "NormalizedText",
    "to_simplified",
    "is_traditional",
    "normalize_doc_number",
    "normalize_registration",
]

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0x00A0: ord(" "), 0x3000: ord(" ")})

_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?(?:p|div|span|br|td|tr)\b[^>]*>|\*\*")
_MD_TABLE_RULE = re.compile(r"^[\s\-|:]*\|[\s\-|:]*$|^\s*-\s*(\|\s*)+$")
_MD_BULLET = re.compile(r"^(\s*)-\s+(?=\S)")
_SPACES = re.compile(r"[ \u00a0\u3000]+")
_PAGE_NUMBER = re.compile(r"^\s*[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}\s*$|^\s*第\s*\d{1,4}\s*页\s*$")
_LONE_NUMBER = re.compile(r"^ *\d{1,3} *$")
_MASTHEAD = re.compile(r"^.{2,16}(人民政府)?公报(\d{4}年第\d+期)?$")


def _drop_space(match: re.Match, s: str) -> str:
    a = s[match.start() - 1] if match.start() > 0 else ""
    b = s[match.end()] if match.end() < len(s) else ""
    # Keep the space around ASCII words ("and", "etc", "APP") and between two ASCII tokens;
    # elsewhere (补助 200 万元, 2017 年, 王 旭) PDF spaces are noise.
    letter = lambda c: c.isascii() and c.isalpha()
    both_ascii = a.isascii() and a.isalnum() and b.isascii() and b.isalnum()
    return " " if both_ascii or (letter(a) and b.strip()) or (letter(b) and a.strip()) else ""


def normalize_line(raw: str) -> str:
    """Normalise one line: markup removed, full-width ASCII folded, PDF spaces dropped, tabs kept.

    >>> normalize_line("补助 200 万元，“２０２１ 年”")
    '补助200万元，“2021年”'
    """
    s = _MARKUP.sub("", raw).translate(_FULLWIDTH)
    if _MD_TABLE_RULE.match(s):
        return ""
    s = _MD_BULLET.sub(r"\1", s)
    cells = s.rstrip().split("\t")
    out = []
    for i, cell in enumerate(cells):
        cell = cell.strip(" ") if i else cell.lstrip(" ")
        out.append(_SPACES.sub(lambda m, c=cell: _drop_space(m, c), cell))
    return "\t".join(out).rstrip()


def compact(s: str) -> str:
    """All whitespace removed: the form titles and 文号 are compared in."""
    return re.sub(r"\s+", "", s)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(s: str) -> str:
    return _t2s().convert(s)


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """True when converting to simplified changes more than `threshold` of the CJK characters."""
    sample = text[:20000]
    cjk = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return False
    simp = to_simplified(sample)
    changed = sum(1 for a, b in zip(sample, simp) if a != b)
    return changed / len(cjk) > threshold


def normalize_lines(text: str) -> list[Line]:
    """Split decoded text into `Line`s with normalised text.

    Page numbers (``— 15 —``, a lone number between blank lines) and a repeated gazette
    masthead become blank lines; the raw text of every line is kept. Traditional Chinese
    is converted to simplified in `Line.text` only.
    """
    raws = text.split("\n")
    if raws and raws[-1] == "":
        raws.pop()
    convert = is_traditional(text)
    texts = [normalize_line(to_simplified(r) if convert else r) for r in raws]
    mastheads = Counter(compact(t) for t in texts if _MASTHEAD.match(compact(t)))
    for i, t in enumerate(texts):
        if _PAGE_NUMBER.match(t):
            texts[i] = ""
        elif _LONE_NUMBER.match(t) and "\t" not in raws[i]:
            before = i == 0 or not texts[i - 1].strip()
            after = i + 1 >= len(texts) or not texts[i + 1].strip()
            if before and after:
                texts[i] = ""
        elif mastheads.get(compact(t), 0) >= 3:
            texts[i] = ""
    return [Line(no=i + 1, raw=r, text=t) for i, (r, t) in enumerate(zip(raws, texts))]


@dataclass(frozen=True)
class NormalizedText:
    """A run of lines joined with newlines, and the original line of every character."""

    text: str
    line_of: array

    @classmethod
    def from_lines(cls, lines: list[Line], sep: str = "\n") -> "NormalizedText":
        parts, owners = [], array("i")
        for line in lines:
            if parts:
                parts.append(sep)
                owners.extend([line.no] * len(sep))
            parts.append(line.text)
            owners.extend([line.no] * len(line.text))
        return cls("".join(parts), owners)

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """The (first, last) original line of the characters text[start:end]."""
        if not self.line_of:
            raise ValueError("empty text has no lines")
        end = max(end, start + 1)
        start = min(max(start, 0), len(self.line_of) - 1)
        end = min(end, len(self.line_of))
        return self.line_of[start], self.line_of[end - 1]


_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕", "﹝": "〔", "﹞": "〕"})


def normalize_doc_number(s: str) -> str:
    """One spelling of a 文号: no spaces, 〔〕 brackets (张政字[2021]86 号 → 张政字〔2021〕86号)."""
    return compact(s).translate(_FULLWIDTH).translate(_BRACKETS)


def normalize_registration(s: str) -> str:
    """One spelling of a 登记号: upper case, ASCII hyphens (ZCDR—2017—0020009 → ZCDR-2017-0020009)."""
    return re.sub(r"[—–\-－_]+", "-", compact(s).translate(_FULLWIDTH)).upper()
