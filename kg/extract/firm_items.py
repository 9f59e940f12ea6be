"""The items of a group a sentence vouches for as firms, full names or short ones as printed ("纵横、津西、河钢乐亭")."""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_names import GENERIC_NAME, NOT_NAME, PLACE_OR_ORGAN_ITEM
from kg.places import division_levels

__all__ = ["firm_items", "short_name"]

# a short name: two to ten characters, no bracket, no digit (a firm's trade name as news prints it: 縱橫, 海河乳品)
_SHORT = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# (words a sentence may open its group with: "其中,", "此外", "新增" are read off by the callers' patterns)
_LEAD = re.compile(r"^(?:其中|此外|另外|同时|目前|近日|日前|今年|去年|最终|最后)[，,]?")


def short_name(item: str) -> bool:
    """Whether an item is shaped as a firm's short name: two to ten characters, no clause, no place, organ or kind."""
    return bool(_SHORT.match(item)) and not NOT_NAME.search(item) and not PLACE_OR_ORGAN_ITEM.search(item) \
        and not GENERIC_NAME.match(item)


def _short_firm(item: str) -> bool:
    """Whether an item reads as a firm's short name (short_name), not a division's name (河北)."""
    return short_name(item) and item not in division_levels()


def firm_items(group: str) -> list[str]:
    """The items of a group apart by 、 where every item is an enterprise (is_enterprise) or a short firm's name
    (_short_firm); [] where any item is neither (a place, an organ, a clause)."""
    items = [x.strip("“”\"") for x in _LEAD.sub("", group.strip()).split("、")]
    if not items or not all(is_enterprise(x) or _short_firm(x) for x in items):
        return []
    return items
