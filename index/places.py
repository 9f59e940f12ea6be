"""Place names in a question, as jieba's part-of-speech tagger finds them, without loading that tagger.

`jieba.posseg` costs ~1.7 s before its first answer (its import builds HMM tables; its tagger reads all
349k lines of jieba's dictionary for the tags). The no-answer features only need the words it tags `ns*`
with HMM off: those are jieba's own words (cut with the searcher's dictionary) whose tag in jieba's
dictionary starts with "ns". That set (~18k words) is read from the dictionary once and kept in a small
file in the private jieba cache folder, keyed by the dictionary file, so later processes read 150 KB.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

__all__ = ["city_names", "county_names", "county_cities", "division_levels", "PlaceTagger", "place_names", "short_name", "town_names", "towns_of"]

# jieba.posseg's `re_han_internal`: the tagger cuts each run of these characters on its own (jieba's
# plain cut also keeps % and - inside a run; splitting as the tagger does gives the tagger's words).
_HAN_RUN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_lock = threading.Lock()


def _dict_path(tk) -> Path:
    import jieba

    return Path(tk.dictionary) if tk.dictionary else Path(jieba.__file__).parent / "dict.txt"


def _read_places(path: Path) -> frozenset[str]:
    """Words whose tag starts with "ns", the last tag of a word winning as in posseg's load_word_tag."""
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.strip().split(" ")
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return frozenset(w for w, t in tags.items() if t.startswith("ns"))


_COUNTIES = Path(__file__).parent / "data" / "counties.tsv"
_TOWNS = Path(__file__).parent / "data" / "towns.tsv"
_AUTONOMOUS = re.compile(r"自治[县旗]$")


def short_name(county: str) -> str | None:
    """The short name of an autonomous county named by its peoples, as pages and questions write it (酉阳土家族苗族
    自治县 → 酉阳县, 孟村回族自治县 → 孟村县): its first two characters and 县 or 旗; None for another name (鄂伦春
    自治旗 names no 族 after its place)."""
    if not _AUTONOMOUS.search(county) or "族" not in county[2:] or len(county) < 6:
        return None
    return county[:2] + county[-1]


@lru_cache(maxsize=1)
def _town_table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each county-level division's towns (index/data/towns.tsv), keyed by its name, its short name (short_name),
    its stem and its city's name and stem (a city holds its counties' towns), and all towns."""
    from index.confidence import place_stem

    table: dict[str, set[str]] = {}
    every: set[str] = set()
    with open(_TOWNS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            county, city, towns = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            names = set(towns.split())
            every |= names
            short = short_name(county)
            for key in {county, place_stem(county), city, place_stem(city) if city else ""} | (
                    {short, place_stem(short)} if short else set()):
                if len(key) >= 2:
                    table.setdefault(key, set()).update(names)
    return {k: frozenset(v) for k, v in table.items()}, frozenset(every)


def town_names() -> frozenset[str]:
    """Every town, township and sub-district of the national list (中枢街道, 三江镇, 平凯街道)."""
    return _town_table()[1]


def towns_of(place: str) -> frozenset[str] | None:
    """The towns of a county-level division or of a city's counties, by name or stem (师宗县, 师宗, 酉阳县, 荆州);
    None for a place the national list does not know (a province's are not read)."""
    return _town_table()[0].get(place)


@lru_cache(maxsize=1)
def _county_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of index/data/counties.tsv as (county-level division, its city, its province), read once for every
    table built from them; a missing column is ""."""
    rows = []
    with open(_COUNTIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            county, city, province = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            rows.append((county, city, province))
    return tuple(rows)


@lru_cache(maxsize=1)
def county_names() -> frozenset[str]:
    """The county-level divisions of China (区, 县, 县级市, 旗, 自治县: index/data/counties.tsv, from 国家统计局's
    统计用区划代码), three characters and longer: jieba's dictionary knows 兰溪市 but not 监利市, 师宗县 or 陆良县. The
    two-character ones (寿县, 新县, 和县, 东区) are left out: a determiner or a word before 县/区 spells many of them."""
    return frozenset(name for name in (county.strip() for county, _city, _province in _county_rows()) if len(name) >= 3)


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """The prefecture-level cities of index/data/counties.tsv (its second column: 保定市, 东营市, 大同市, 襄阳市): jieba's
    dictionary holds 22 of the 332 as words it does not tag as places (保定 is also a common word), so a question
    naming one (保定 打击黑出租…) named no place the evidence could lack."""
    return frozenset(name for name in (city.strip() for _county, city, _province in _county_rows()) if len(name) >= 3)


@lru_cache(maxsize=1)
def county_cities() -> dict[str, frozenset[str]]:
    """The stems of the prefecture-level cities each county-level division of index/data/counties.tsv lies in, by
    its name and its stem (宜章县, 宜章 → 郴州; 江北 → 重庆, 宁波: a name several counties share has all their cities);
    a municipality's district or a province's directly administered county has none."""
    from index.confidence import place_stem

    out: dict[str, set[str]] = {}
    for county, city, _province in _county_rows():
        short = short_name(county)
        for key in {county, place_stem(county)} | ({short} if short else set()):
            if len(key) >= 2:
                out.setdefault(key, set()).add(place_stem(city) if city else "")
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def division_levels() -> dict[str, int]:
    """The administrative level of each name of index/data/counties.tsv, bare (福州 of 福州市) and as written: a
    province 0 (山东省, 北京市), a prefecture-level city 1 (荆州市), a county-level division 2 (监利市, 二七区,
    寿县). A name of two levels (吉林省, 吉林市) takes the coarser."""
    from index.confidence import place_stem

    out: dict[str, int] = {}

    def add(name: str, level: int) -> None:
        for key in {name, place_stem(name)}:
            if len(key) >= 2:
                out[key] = min(level, out.get(key, level))

    for county, city, province in _county_rows():
        add(county, 2)
        if short_name(county):
            add(short_name(county), 2)
        if city:
            add(city, 1)
        if province:
            add(province, 0)
    return out


@lru_cache(maxsize=4)
def place_names(dict_path: str) -> frozenset[str]:
    """The `ns*` words of the jieba dictionary at `dict_path`, from the cache file when it is there."""
    from index.tokenize import jieba_cache_dir

    path = Path(dict_path)
    st = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
    cache = jieba_cache_dir() / f"jieba-places-{key}.txt"
    with _lock:
        try:
            return frozenset(cache.read_text(encoding="utf-8").split("\n")) - {""}
        except OSError:
            pass
        words = _read_places(path)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text("\n".join(sorted(words)), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:  # a read-only cache folder: answer from the dictionary each time
            tmp.unlink(missing_ok=True)
        return words


class PlaceTagger:
    """`lcut(text)` → (word, flag) pairs over jieba's words of `text` (HMM off): flag "ns" for a place
    name as jieba.posseg tags it, "x" for every other word (only places are told apart)."""

    def __init__(self, tk):
        self.tk = tk
        # jieba's place words and the county-level divisions and prefecture-level cities it does not tag as places
        # (监利市, 师宗县; 保定市, 东营市)
        self.places = place_names(str(_dict_path(tk))) | county_names() | city_names()
        self._last: dict[str, list[tuple[str, str]]] = {}  # the previous call's runs, tagged

    def lcut(self, text: str, HMM: bool = False) -> list[tuple[str, str]]:
        if HMM:
            raise ValueError("PlaceTagger tags as jieba.posseg does with HMM=False only")
        # The no-answer features cut a question twice in a row (as expanded, as asked): the runs of the call
        # before are kept, so a run both hold is cut once (the same words: a run is cut on its own).
        last, now = self._last, {}
        out = []
        # (split on a group, the text's runs are every second piece: what lies between two holds none of their
        # characters)
        for run in _HAN_RUN.split(text or "")[1::2]:
            tagged = now.get(run)
            if tagged is None:
                tagged = last.get(run)
            if tagged is None:
                tagged = [(w, "ns" if w in self.places else "x") for w in self.tk.lcut(run, HMM=False)]
            now[run] = tagged
            out += tagged
        self._last = now
        return out
