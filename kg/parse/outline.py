"""A document's heading hierarchy (一、 / （一） / 1. / （1） / 第X条 / 附件) and section paths."""

from __future__ import annotations

import bisect
import re

from kg.model import Heading, Line

__all__ = ["HEADING_PATTERNS", "match_heading", "build_outline", "section_path"]

_CN = "一二三四五六七八九十百零〇"
# Ordered matchers: (level, pattern). The first that matches a line wins.
HEADING_PATTERNS: list[tuple[int, re.Pattern]] = [
    (0, re.compile(r"^(?P<m>附件\s*\d{0,2})$")),
    (1, re.compile(rf"^(?P<m>第[{_CN}\d]+[章编])\s*(?P<t>.*)$")),
    (1, re.compile(rf"^(?P<m>[{_CN}]+、)\s*(?P<t>.+)$")),
    (2, re.compile(rf"^(?P<m>[（(][{_CN}]+[）)])\s*(?P<t>.+)$")),
    (2, re.compile(rf"^(?P<m>第[{_CN}\d]+[节条])\s*(?P<t>.*)$")),
    (3, re.compile(r"^(?P<m>\d{1,2}[.．、])(?!\d)\s*(?P<t>.+)$")),
    (4, re.compile(r"^(?P<m>[（(]\d{1,2}[）)])\s*(?P<t>.+)$")),
    # Decimal numbering of 预案: "1.1 编制目的" ("1  总则" is read from the raw line)
    (2, re.compile(r"^(?P<m>\d{1,2}\.\d{1,2})\s*(?P<t>[\u4e00-\u9fff].{0,24})$")),
    (3, re.compile(r"^(?P<m>\d{1,2}\.\d{1,2}\.\d{1,2})\s*(?P<t>[\u4e00-\u9fff].{0,30})$")),
]
_TITLE_END = re.compile(r"[。：:；;]")


def match_heading(text: str, raw: str | None = None) -> tuple[int, str, str] | None:
    """(level, marker, short title) when `text` opens a numbered heading, else None.

    `raw` (the line as printed) tells "1  总则" (decimal numbering) from "1总则"-like running text.
    """
    if raw is not None:
        m = re.match(r"^\s*(\d{1,2})\s+([\u4e00-\u9fff]{2,16})\s*$", raw)
        if m:
            return 1, m[1], m[2]
    s = text.strip()
    if not s or s.startswith("\t") or "\t" in s:
        return None
    for level, pat in HEADING_PATTERNS:
        m = pat.match(s)
        if m:
            title = m.groupdict().get("t") or ""
            cut = _TITLE_END.search(title)
            title = title[: cut.start()] if cut else title
            return level, m["m"].replace(" ", ""), title[:40]
    return None


def build_outline(lines: list[Line]) -> tuple[Heading, ...]:
    """The headings of a run of lines, in order."""
    out = []
    for ln in lines:
        h = match_heading(ln.text, ln.raw)
        if h:
            out.append(Heading(level=h[0], marker=h[1], title=h[2], line=ln.no))
    return tuple(out)


def section_path(outline: tuple[Heading, ...], line_no: int) -> list[Heading]:
    """The chain of headings (outermost first) that `line_no` sits under."""
    lines = [h.line for h in outline]
    k = bisect.bisect_right(lines, line_no)
    stack: list[Heading] = []
    for h in outline[:k]:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        stack.append(h)
    return stack
