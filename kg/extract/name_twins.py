"""One holder printed twice on a page by two forms of its name (issue #16): the shorter record takes the fuller name,
the shorter kept among its aliases. Each way two forms differ is a function here; merge_twins applies them all.

- `place_level_twins`: the place's level printed in one form only ("十堰昌欣香菇产业发展有限公司" in the text,
  "十堰市昌欣香菇产业发展有限公司" on the list below it, fresh43's 十堰);
- `inserted_word_twins`: a word of the registered name (INSERTED_WORDS) left out before the kind ("荆州晶崴大酒店今年被
  评定为五星级饭店" below "…、荆州晶崴国际大酒店被核准为五星级饭店", entrep154's 湖北 converter news) — the same class held,
  so that a list's hotel is not counted again by its everyday name;
- `legal_form_twins`: the legal form printed short in one form (`金昌市源达农副果品有限责任公司榜上有名` in the news's lead,
  `金昌市源达农副果品有限公司主营…` in its portrait of the holder, fresh52's 金昌) — 有限公司 for 有限责任公司, the same holder.
"""

from __future__ import annotations

from kg.extract.enterprise_classes import is_enterprise
from kg.places import division_levels

__all__ = ["merge_twins", "place_level_twins", "inserted_word_twins", "legal_form_twins", "is_place_stem"]

# words a registered name carries that a page's later mention leaves out (a hotel's 国际)
INSERTED_WORDS = ("国际",)


def is_place_stem(place: str) -> bool:
    """A prefecture, county or district named with its level ("十堰市"), as the place table knows it."""
    return place in division_levels()


def _rename(record: dict, fuller: str) -> None:
    record["aliases"] = sorted({*record["aliases"], record["name"]})
    record["name"], record["id"] = fuller, f"ent:{fuller}"


def place_level_twins(records: list[dict]) -> None:
    """Give a record the name of another of the page that is the same but for its place's level printed after the place
    ("十堰昌欣香菇产业发展有限公司" → "十堰市昌欣香菇产业发展有限公司")."""
    names = {r["name"] for r in records}
    for r in records:
        n = r["name"]
        fuller = next((f for k in (2, 3) for lv in "市县区州" if (f := n[:k] + lv + n[k:]) in names
                       and is_place_stem(n[:k] + lv)), None)
        if fuller:
            _rename(r, fuller)


def _classes(record: dict) -> set[str]:
    return {k["class"] for k in record["classifications"]}


def inserted_word_twins(records: list[dict]) -> None:
    """Give a record the name of another of the page holding a class it holds that is the same but for a word of
    INSERTED_WORDS inside it, not at its start ("荆州晶崴大酒店" → "荆州晶崴国际大酒店")."""
    by_name = {r["name"]: r for r in records}
    for r in records:
        n = r["name"]
        fuller = next((f for w in INSERTED_WORDS for i in range(2, len(n) - 1)
                       if (f := n[:i] + w + n[i:]) in by_name and is_enterprise(f)
                       and _classes(by_name[f]) & _classes(r)), None)
        if fuller:
            _rename(r, fuller)


# the long legal forms and the short form a page may print them by
LEGAL_FORMS = (("有限责任公司", "有限公司"),)


def legal_form_twins(records: list[dict]) -> None:
    """Give a record the name of another of the page that is the same but for its legal form printed in full
    ("金昌市源达农副果品有限公司" → "金昌市源达农副果品有限责任公司")."""
    names = {r["name"] for r in records}
    for r in records:
        n = r["name"]
        fuller = next((f for full, short in LEGAL_FORMS if n.endswith(short) and not n.endswith(full)
                       and (f := n[: -len(short)] + full) in names), None)
        if fuller:
            _rename(r, fuller)


def merge_twins(records: list[dict]) -> None:
    """Every twin rule of this module, over one document's records."""
    place_level_twins(records)
    inserted_word_twins(records)
    legal_form_twins(records)
