"""Lay ↔ official government terms (index/data/lexicon.tsv): a lay word in a query brings its official words.

The table is general vocabulary with the national text that defines each official term; it is data, kept in
one file, and never holds a line written for one question. The lexicon matches substrings, so a short lay word
may carry a guard (an optional fourth column, `not_after=城超` / `not_before=事`): the characters that, next to it,
show it is part of another word (市里 in 城市里 or 超市里; 一回 in 一回事), where it must not fire.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.parse.normalize import compact

__all__ = ["Lexicon", "load_lexicon", "LEXICON_FILE"]

LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.tsv"
# How many looked-up texts a lexicon remembers (a few answers' worth; the memory is emptied when full).
_RECENT = 16


@dataclass(frozen=True)
class Lexicon:
    """lay term → official terms, longest lay term first (so 五保户 wins over 五保)."""

    entries: tuple[tuple[str, tuple[str, ...], str], ...]
    # lay term → (characters it must not follow, characters it must not precede); only guarded terms are here
    guards: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False)
    # the last few texts looked up and their answers: one answer reads the same question up to three times in
    # as many forms (expanded for BM25, then the expanded one and the one asked for the confidence), often equal
    _recent: dict = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def _automaton(self):
        """An Aho-Corasick automaton over the lay terms: each term → the positions of its entries (one pass over
        a text finds every term in it, overlapping ones too)."""
        import ahocorasick

        at: dict[str, list[int]] = {}
        for i, (lay, _official, _src) in enumerate(self.entries):
            at.setdefault(lay, []).append(i)
        a = ahocorasick.Automaton()
        for lay, positions in at.items():
            if lay:
                a.add_word(lay, tuple(positions))
        if len(a):
            a.make_automaton()
        return a, tuple(at.get("", ()))  # an empty lay term (a blank first column, compacted) is in every text

    def _remember(self, key: tuple[str, str], value):
        if len(self._recent) >= _RECENT:
            self._recent.clear()
        self._recent[key] = value
        return value

    def present(self, text: str) -> list[tuple[str, tuple[str, ...], str]]:
        """The entries whose lay term is in `text`, in table order (one pass of an automaton over the text; a
        question holds a few of the ~900 terms)."""
        found = self._recent.get(("present", text))
        if found is None:
            found = self._remember(("present", text), tuple(self._present(text)))
        return list(found)

    def _present(self, text: str) -> list[tuple[str, tuple[str, ...], str]]:
        automaton, everywhere = self._automaton
        at = set(everywhere)
        if len(automaton):
            for _end, positions in automaton.iter(text):
                at.update(positions)
        return [e for e in map(self.entries.__getitem__, sorted(at)) if self._free(e[0], text)]

    def _free(self, lay: str, text: str) -> bool:
        """Whether `lay` occurs in `text` at least once with neither neighbour its guard forbids."""
        guard = self.guards.get(lay)
        if guard is None:
            return True
        not_after, not_before = guard
        i = text.find(lay)
        while i >= 0:
            before = text[i - 1] if i else ""
            after = text[i + len(lay):i + len(lay) + 1]
            if not (before and before in not_after) and not (after and after in not_before):
                return True
            i = text.find(lay, i + 1)
        return False

    def expansions(self, query: str) -> list[str]:
        """Official terms for every lay term in `query` that the query does not already contain."""
        q = compact(query)
        out: list[str] = []
        taken = q
        # A lay term not in the query is not in `taken` either: `taken` only loses text, each piece for a space
        # (lay terms are compacted: they hold no space).
        for lay, official, _src in self.present(q):
            if lay in taken:
                taken = taken.replace(lay, " ")  # a shorter entry inside a longer one adds nothing twice
                out += [o for o in official if o not in q and o not in out]
        return out

    def expand(self, query: str) -> str:
        out = self._recent.get(("expand", query))
        if out is None:
            extra = self.expansions(query)
            out = self._remember(("expand", query), query if not extra else query + " " + " ".join(extra))
        return out


def _guard(text: str, n: int) -> tuple[str, str]:
    """`not_after=城超 not_before=事` → ("城超", "事")."""
    found = {"not_after": "", "not_before": ""}
    for item in text.split():
        key, _, chars = item.partition("=")
        if key not in found or not chars:
            raise ValueError(f"lexicon line {n}: a guard is not_after=CHARS or not_before=CHARS, got {item!r}")
        found[key] += chars
    if not any(found.values()):
        raise ValueError(f"lexicon line {n}: an empty guard column")
    return found["not_after"], found["not_before"]


def parse_lexicon(text: str) -> Lexicon:
    rows = []
    guards = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (3, 4) or not parts[0] or not parts[1] or not parts[2].strip():
            raise ValueError(f"lexicon line {n}: want lay<TAB>official|official<TAB>source[<TAB>guard], got {line!r}")
        lay = compact(parts[0])
        rows.append((lay, tuple(o for o in parts[1].split("|") if o), parts[2].strip()))
        if len(parts) == 4:
            guards[lay] = _guard(parts[3], n)
    rows.sort(key=lambda r: -len(r[0]))
    return Lexicon(tuple(rows), guards)


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    return parse_lexicon(path.read_text(encoding="utf-8"))
