"""The level of the place a page speaks for ("我市", "我县"): a 市 is a prefecture's city (市级) unless the page shows it
is a county-level city — its notice addressed to townships (乡镇), which only a county-level government governs directly
("各乡镇人民政府,市政府直属各单位:", 乐清, entrep118). A prefecture's city addresses its counties ("各县(市、区)人民政府").

Kept out of holder_reader (which reads the acts) so that the rule and its styles can grow on their own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AddresseeStyle:
    """A way a notice addresses the townships of its own place, with a real line printing it."""
    name: str
    pattern: re.Pattern
    example: str


# the townships a county-level government addresses first; a 市 that addresses them is a county-level city
TOWNSHIP_ADDRESSEES: tuple[AddresseeStyle, ...] = (
    AddresseeStyle("各乡镇人民政府", re.compile(r"^各乡镇(?:人民)?政府"), "各乡镇人民政府,市政府直属各单位:"),
    AddresseeStyle("各乡、镇人民政府", re.compile(r"^各乡、镇(?:人民)?政府"), "各乡、镇人民政府,街道办事处,市直各单位:"),
    AddresseeStyle("各乡(镇)人民政府", re.compile(r"^各乡[(（]镇[)）](?:人民)?政府"), "各乡(镇)人民政府,市级各部门:"),
    AddresseeStyle("各镇人民政府", re.compile(r"^各镇(?:人民)?政府"), "各镇人民政府、街道办事处,市政府各部门:"),
)


def addresses_townships(line: str) -> bool:
    """Whether a line is a notice's addressees opening with the townships of its place."""
    text = "".join(line.split())
    return any(s.pattern.match(text) for s in TOWNSHIP_ADDRESSEES)


# a page that prints its list's level as its city's own ("2023年鹤山市本级示范家庭农场", fresh27) names its class itself:
# the county-level reading is no longer wanted there (the list is 市级 as printed)
_CITY_LEVEL_PRINTED = re.compile(r"市本级")


def prints_city_level(line: str) -> bool:
    """Whether a line names a list at its city's own level, printed ("鹤山市本级示范家庭农场")."""
    return bool(_CITY_LEVEL_PRINTED.search("".join(line.split())))


_SPEAKER = re.compile(r"我(?P<p>[省市区县])(?![场])")


def speaker_level(sentence: str, townships: bool = False) -> str | None:
    """The level of the place a sentence speaks for ("我市积极推进…" → 市级), 县级 for a 市 whose page addressed its
    townships (`townships`: a county-level city); None where it names none."""
    if not (m := _SPEAKER.search(sentence)):
        return None
    if m["p"] == "市" and townships:
        return "县级"
    return m["p"] + "级"


def county_city_level(level: str | None, townships: bool) -> str | None:
    """A 市's level on a page that addressed its townships (a county-level city's: "经市政府研究,决定对…予以通报表彰" →
    县级); other levels, and any level on other pages, as they are."""
    return "县级" if townships and level == "市级" else level
