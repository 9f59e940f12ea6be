"""A review's results table and its sections by result: the passed section's rows keep the designation reviewed."""
from __future__ import annotations

import re

from kg.extract.held_lists import object_class

__all__ = ["REVIEW_TABLES", "review_table", "passed_section"]

# A review's results (复核 of a designation already held) printed as a table under its title, its rows grouped by result,
# each group under a label of its own: "中华老字号复核结果汇总表(广东省)" ⏎ "(通过复核)" ⏎ "序号 地区 企业 品牌" ⏎ "1 广东
# 佛山市海天调味食品股份有限公司 海天" … (entrep31's 广东 page, http://sta426.com/news/show.aspx?id=1740). A row under the
# passed label keeps the designation at its level; the other groups (附条件通过, 移出) name no holder of it.
# Each style: (name, the title's shape, the real line it was written for).
REVIEW_TABLES = (
    ("X复核结果汇总表", re.compile(r"^(?P<obj>[^，,。；;：:]{2,30}?)(?:复核|复评|复审)结果(?:汇总表|一览表|统计表)"
                                r"(?:[(（][^()（）]{1,10}[)）])?[:：]?$"),
     "中华老字号复核结果汇总表(广东省)"),
)
# the passed group's label, alone on its line, bracketed or not
_PASSED = re.compile(r"^[(（【]?(?:通过复核|复核通过|通过复评|复评通过|通过复审|复审通过)[)）】]?[:：]?$")
# another group's label: a conditional pass, a removal, a failure
_OTHER = re.compile(r"^[(（【]?(?:附条件通过|有条件通过|移出|未通过|不通过|限期整改|整改)[^()（）【】]{0,8}[)）】]?[:：]?$")


def review_table(line: str) -> str | None:
    """The level of the designation a review's results table is titled with ("中华老字号复核结果汇总表" → 国家级), or None."""
    for _, shape, _ in REVIEW_TABLES:
        if (m := shape.match(line)) and (klass := object_class(m["obj"])):
            return klass
    return None


def passed_section(line: str) -> bool | None:
    """True for the passed group's label, False for another result's label, None for any other line."""
    return True if _PASSED.match(line) else False if _OTHER.match(line) else None
