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

from kg.places import (city_names, county_cities, county_names, division_levels, prefecture_short_names, short_name,
                       town_names, towns_of)

__all__ = ["city_names", "county_names", "county_cities", "division_levels", "PlaceTagger", "place_names", "prefecture_short_names",
           "short_name", "town_names", "towns_of"]

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


# The national list of divisions (county_names, city_names, …) is kg.places's, shared with the extraction; its names
# are served here too, as before.
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
        # (监利市, 师宗县; 保定市, 东营市), and the autonomous prefectures' short names (恩施州, 湘西州: u2606)
        self.places = place_names(str(_dict_path(tk))) | county_names() | city_names() | prefecture_short_names()
        self._runs: dict[str, list[tuple[str, str]]] = {}  # runs cut before, tagged (at most RUNS_KEPT)

    # Runs kept tagged: a few hundred bytes each; the questions' and the pages' heads' runs (a page's head is read
    # once) are far fewer than this on a long-lived searcher, which empties the memo when full.
    RUNS_KEPT = 20_000

    def lcut(self, text: str, HMM: bool = False) -> list[tuple[str, str]]:
        if HMM:
            raise ValueError("PlaceTagger tags as jieba.posseg does with HMM=False only")
        # The no-answer features cut a question twice in a row (as expanded, as asked), and the app asks a question
        # again on each rerun (a filter changed): runs cut before are kept, so a run is cut once (the same words: a
        # run is cut on its own, as index.tokenize.Tokenizer keeps its runs for BM25). The tagged lists are shared:
        # `out` copies their pairs, never hands one out.
        runs = self._runs
        out = []
        # (split on a group, the text's runs are every second piece: what lies between two holds none of their
        # characters)
        for run in _HAN_RUN.split(text or "")[1::2]:
            tagged = runs.get(run)
            if tagged is None:
                tagged = [(w, "ns" if w in self.places else "x") for w in self.tk.lcut(run, HMM=False)]
                if len(runs) >= self.RUNS_KEPT:
                    runs.clear()  # (the app's threads share it: a run lost is cut again)
                runs[run] = tagged
            out += tagged
        return out
