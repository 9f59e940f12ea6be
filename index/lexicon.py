"""Lay ↔ official government terms (index/data/lexicon.tsv): a lay word in a query brings its official words.

The table is general vocabulary with the national text that defines each official term; it is data, kept in
one file, and never holds a line written for one question.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.parse.normalize import compact

__all__ = ["Lexicon", "load_lexicon", "LEXICON_FILE"]

LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.tsv"


@dataclass(frozen=True)
class Lexicon:
    """lay term → official terms, longest lay term first (so 五保户 wins over 五保)."""

    entries: tuple[tuple[str, tuple[str, ...], str], ...]

    @cached_property
    def _by_char(self) -> dict[str, list[int]]:
        """{character: the positions of the entries whose lay term starts with it}."""
        out: dict[str, list[int]] = {}
        for i, (lay, _official, _src) in enumerate(self.entries):
            out.setdefault(lay[:1], []).append(i)
        return out

    def present(self, text: str) -> list[tuple[str, tuple[str, ...], str]]:
        """The entries whose lay term is in `text`, in table order: only those starting with one of the text's
        characters are looked for (a question holds a few dozen of them; the table has ~570 entries)."""
        by_char = self._by_char
        at = sorted({i for c in (*set(text), "") for i in by_char.get(c, ())})  # "": an empty lay term (none)
        return [e for e in map(self.entries.__getitem__, at) if e[0] in text]

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
        extra = self.expansions(query)
        return query if not extra else query + " " + " ".join(extra)


def parse_lexicon(text: str) -> Lexicon:
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0] or not parts[1] or not parts[2].strip():
            raise ValueError(f"lexicon line {n}: want lay<TAB>official|official<TAB>source, got {line!r}")
        rows.append((compact(parts[0]), tuple(o for o in parts[1].split("|") if o), parts[2].strip()))
    rows.sort(key=lambda r: -len(r[0]))
    return Lexicon(tuple(rows))


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    return parse_lexicon(path.read_text(encoding="utf-8"))
