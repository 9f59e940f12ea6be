"""A sentence printed one phrase a line (a poster-style post): its joint opening read with the phrase lines that finish it."""
from __future__ import annotations

import re

from kg.extract.duty_styles import _sentence_roles
from kg.extract.units import is_unit
from kg.model import Line
from kg.parse.normalize import compact
from kg.parse.outline import match_heading

__all__ = ["OPEN_HEADS", "phrase_sentence"]

# A WeChat-style post sets each phrase on its own line, a blank line between: "市公安局联合崇川区安委会" ⏎ ⏎ "对市区部分" ⏎ ⏎
# "“剧本杀”“密室逃生”场馆" ⏎ ⏎ "进行了一次突击检查" (fresh20's 南通 forum repost of the police's item, lines 35-41). The opening
# names the lead and its partner but no action, so it reads as nothing alone; with the phrase lines after it, up to the
# paragraph's end (a run of blank lines) or a stop, it is one joint-work sentence.
# Each style: (name, the opening line's shape, the real line it was written for).
OPEN_HEADS = (
    ("X联合Y_open", re.compile(r"^[^，,。；;：:！!？?]{2,24}?(?:联合|聯合|会同|會同)[^，,。；;：:！!？?]{2,30}$"),
     "市公安局联合崇川区安委会"),
)
_OPEN_MAX = 40
_PHRASE_MAX = 30  # a phrase line; a longer line is prose of its own
_PHRASES = 6  # phrase lines read after the opening at most


def _opening(c: str) -> bool:
    # (what follows 联合 is the partners' names, nothing else: "沈阳沈北新区多部门联合执法整治背街小巷" is a headline whose
    # 联合 is an adverb, fresh50's 沈北, and the caption after it no action)
    tail = re.split(r"联合|聯合|会同|會同", c)[-1]
    return (len(c) <= _OPEN_MAX and any(shape.match(c) for _, shape, _ in OPEN_HEADS) and _sentence_roles(c)[1] is None
            and all(is_unit(x) for x in re.split(r"[、和及与與]", tail) if x))


def phrase_sentence(lines: list[Line], k: int) -> tuple[str, int] | None:
    """(the sentence, the index of its last line) when line k opens a joint-work sentence that the next phrase lines finish,
    read up to the paragraph's end (a blank-line run, a stop, a heading, a line of prose); None when it never reads as a named lead's joint
    work ("我县多部门联合开展…" names no body)."""
    text = compact(lines[k].text)
    if not _opening(text):
        return None
    j, blanks, read = k, 0, None
    while j + 1 < len(lines) and j - k < 2 * _PHRASES:
        j += 1
        if lines[j].blank:
            blanks += 1
            if blanks > 1:
                break  # (the paragraph ended: a run of blank lines)
            continue
        blanks = 0
        c = compact(lines[j].text)
        if len(c) > _PHRASE_MAX or match_heading(lines[j].text) or re.search(r"[，,。；;：:！!？?]", c[:-1]):
            break
        text += c
        roles, style = _sentence_roles(text)
        if style is not None and roles.lead and roles.cooperate:
            read = text, j  # (the longest reading: "…对市区部分" reads already, its object and verb still to come)
        if re.search(r"[。；;！!？?]$", c):
            break
    return read
