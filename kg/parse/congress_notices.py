"""A people's congress notice (公告) that opens its page with its banner — a session's or a standing committee's name on
its own line — the kind printed apart (`公 告`) and its serial under it ("攸县第十八届人民代表大会第二次会议" ⏎ "公 告" ⏎
"(第4号)"; a 公告 its session's presidium signs over two lines, "攸县第十八届人民代表大会" ⏎ "第二次会议主席团", then the
rules it announces, their own title after the signature). The banner with its kind is the notice's title, the serial its
number, the body whose name it closes with the signer (`congress_notice` reads them into a header where no header was
recognised; the rules printed after the signature are the notice's text, never its title)."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import Header, _c

__all__ = ["congress_notice"]

# the banner: a congress's session ("攸县第十八届人民代表大会第二次会议") or its standing committee ("五峰土家族自治县人民代表大会
# 常务委员会"), named with its place
_BANNER = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:第[一二三四五六七八九十]{1,3}届)?人民代表大会"
                     r"(?:常务委员会|第[一二三四五六七八九十]{1,3}次(?:全体)?会议)$")
# the notice's serial under its kind: "(第4号)", "〔2021〕第2号", "第一号"
_SERIAL = re.compile(r"^[（(]?(?P<num>(?:〔(?:19|20)\d{2}〕)?第[〇零一二三四五六七八九十百\d]{1,5}号)[)）]?$")
# the signer's name, over at most two lines: the session's presidium or the committee
_SIGNER_END = re.compile(r"(?:主席团|常务委员会)$")


def _signer(lines: list[Line], date_i: int) -> str | None:
    """The congress body signing over the date line date_i, its name maybe broken over the two lines above."""
    above = [k for k in range(date_i - 1, max(date_i - 4, -1), -1) if not lines[k].blank][:2]
    for n in (1, 2):
        name = "".join(_c(lines[k]) for k in reversed(above[:n]))
        if len(above) >= n and _SIGNER_END.search(name) and "人民代表大会" in name and "。" not in name:
            return name
    return None


def congress_notice(lines: list[Line], start: int, end: int) -> Header | None:
    """The header of a congress notice opening the page (see the module's doc) among the first three non-blank lines of
    lines[start:end], its signer and date from the first date line after it; else None."""
    rows = [k for k in range(start, min(end, len(lines))) if not lines[k].blank][:5]
    for n, k in enumerate(rows[:3]):
        if not _BANNER.match(_c(lines[k])) or n + 2 >= len(rows):
            continue
        kind, serial = _c(lines[rows[n + 1]]), _SERIAL.match(_c(lines[rows[n + 2]]))
        if kind != "公告" or serial is None:
            continue
        below = rows[n + 2]
        date_i = next((j for j in range(below + 1, min(end, len(lines), below + 30)) if P.parse_date(_c(lines[j]))), None)
        signer = _signer(lines, date_i) if date_i is not None else None
        return Header(start=k, issuer=signer, title=_c(lines[k]) + kind, title_start=k, title_end=rows[n + 1],
                      end=below, doc_number=serial["num"], doc_number_line=below, evidence=(),
                      date=P.parse_date(_c(lines[date_i])) if signer else None, date_line=date_i if signer else None,
                      metadata={"congress_notice": True})
    return None
