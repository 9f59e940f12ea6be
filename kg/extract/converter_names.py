"""Bodies a converter printed under a Latin short name in place of their Chinese one, read as units by that name as printed.

A page run through a converter may carry a body's English abbreviation where the page had its Chinese name: tasks117's 建议提案
rules print 市政协 as `CPPCC` ("市人大常委會、CPPCC應在休會後30日內,聯合市委辦公廳、市政府辦公廳召開…", buxiang-jianyi-tian-renda-
changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:4; its gold: CPPCC leads, the name as printed). Such a name ends
in no Chinese organ word, so `units.is_unit` asks this registry too. A new abbreviation is a new row with the real line it was
seen on (tests/test_converter_names.py); an abbreviation of a thing, not a body (GDP, ICP, AAA, KTV, PPP, WTO), is never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ConverterName", "CONVERTER_NAMES", "is_converter_body"]


@dataclass(frozen=True)
class ConverterName:
    latin: str  # as the converter prints it
    chinese: str  # the body it stands for
    example: str  # a real line


CONVERTER_NAMES = [
    # 中国人民政治协商会议 (政协): tasks117 buxiang-jianyi-tian-renda-changweihui-lianhe-shiwei-bangongting-zhuban-traditional.txt:3-4
    ConverterName("CPPCC", "政协", "市人大常委會、CPPCC應在休會後30日內,聯合市委辦公廳、市政府辦公廳召開由各承辦單位主管領導和相關工作人員參加的會議"),
]

# the abbreviation alone or after a level ("市CPPCC"), never glued inside a Latin word
_NAME = re.compile(r"^(?:[省市县区州盟旗镇乡])?(?:" + "|".join(re.escape(c.latin) for c in CONVERTER_NAMES) + r")$")


def is_converter_body(name: str) -> bool:
    """True when the name is a body's Latin short name a converter printed (CPPCC), alone or after its level."""
    return bool(_NAME.match(name))
