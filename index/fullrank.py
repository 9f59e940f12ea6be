"""The BM25 ranking of every passage, vectorised: what a question naming a 文号 asks for.

A 文号 question ranks every passage (the 文号 picks the document, the rest of the question orders its
passages, and every other passage follows). Done with Python lists that is three sorts of every passage
that scores (≈100 ms at 50× the sample, seconds at 200×). Here the same order comes from one numpy
lexsort, and the ranking is a lazy sequence: answer() reads it only until its page is full.

Same result as `Searcher._rank`'s general path, tuple for tuple (tests/test_scale.py): the in-force
prior's penalty is computed from the same float64 values, and ties are broken by position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

import numpy as np

__all__ = ["rank_all", "Ranking", "ScoreMap"]

_CHUNK = 256  # tuples made at a time while the ranking is read in order
_FIRST = 4096  # passages sorted at once; the others only when the ranking is read past them


class ScoreMap(Mapping):
    """{passage: BM25 score} of the passages that score above 0 (the general path's `lex` dict)."""

    def __init__(self, scores: np.ndarray, positive: np.ndarray):
        self._s, self._pos = scores, positive

    def __getitem__(self, i) -> float:
        if not (0 <= i < len(self._s)) or not self._s[i] > 0:
            raise KeyError(i)
        return float(self._s[i])

    def __iter__(self) -> Iterator[int]:
        return iter(self._pos.tolist())

    def __len__(self) -> int:
        return len(self._pos)


class Ranking(Sequence):
    """(passage, score) pairs: `head` (a list) then the passages `rest` with scores `rest_scores` (arrays),
    made into tuples only as far as they are read; then, where `later` is given, the `later_len` passages
    it returns (ids, scores), called only when the ranking is read past `rest` (a page seldom is)."""

    def __init__(self, head: list[tuple[int, float]], rest: np.ndarray, rest_scores: np.ndarray,
                 later: Callable[[], tuple[np.ndarray, np.ndarray]] | None = None, later_len: int = 0):
        self._head, self._rest, self._rest_scores = head, rest, rest_scores
        self._later, self._later_len = later, later_len if later is not None else 0

    def __len__(self) -> int:
        return len(self._head) + len(self._rest) + self._later_len

    def _tail(self, a: int, b: int) -> list[tuple[int, float]]:
        if self._later is not None and b > len(self._rest):
            ids, sc = self._later()
            self._rest, self._rest_scores = np.concatenate([self._rest, ids]), np.concatenate([self._rest_scores, sc])
            self._later, self._later_len = None, 0
        return list(zip(self._rest[a:b].tolist(), self._rest_scores[a:b].tolist()))

    def __getitem__(self, key):
        h = len(self._head)
        if isinstance(key, slice):
            a, b, step = key.indices(len(self))
            if step != 1:
                return [self[i] for i in range(a, b, step)]
            return self._head[a:b] + (self._tail(max(a - h, 0), b - h) if b > h else [])
        n = len(self)
        if not -n <= key < n:
            raise IndexError("ranking index out of range")
        key = key + n if key < 0 else key
        return self._head[key] if key < h else self._tail(key - h, key - h + 1)[0]

    def __iter__(self) -> Iterator[tuple[int, float]]:
        yield from self._head
        a = 0
        while a < len(self._rest) + self._later_len:
            yield from self._tail(a, a + _CHUNK)
            a += _CHUNK

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"Ranking({len(self)} passages)"


def _sorted_first(cand: np.ndarray, key: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """Positions into `cand` (ascending passage ids) in (key, id) order: (the first ~_FIRST of them, sorted;
    the others, unsorted, or None when all are in the first). A page reads a few hundred at most; sorting all of
    a 文号 question's scoring passages (370k at 200x the sample) cost ~40 ms. Each of the first has a key no
    greater than any other's (every tie of the cut is among the first), so the two sorted one after the other
    are the whole sort."""
    if len(cand) <= 4 * _FIRST:
        return np.lexsort((cand, key)), None
    kth = np.partition(key, _FIRST - 1)[_FIRST - 1]
    first = np.flatnonzero(key <= kth)
    return first[np.lexsort((cand[first], key[first]))], np.flatnonzero(key > kth)


def rank_all(searcher, q: str, allowed, wanted: set[str], validity: bool):
    """Every scoring passage in BM25 order with the in-force prior applied, then the 文号 rule: the
    passages of the document the 文号 names (or printing it) first. Returns (ranked, lex, exact)."""
    s = searcher._lexical_scores(q, allowed)
    cand = np.flatnonzero(s > 0)
    sc = s[cand].astype(np.float64)  # the general path's Python floats: float32 values, exactly
    prior = searcher.config.in_force_prior
    if prior and len(cand):
        mx, mn = float(sc.max()), float(sc.min())
        penalty = prior * ((mx - mn) or abs(mx) or 1.0)
        live = np.asarray(searcher._passage_in_force(), dtype=bool)[cand]
        key = -np.where(live, sc, sc - penalty)
    else:
        key = -sc
    first, others = _sorted_first(cand, key)
    lex = ScoreMap(s, cand)
    have = set()
    if wanted:
        docs = searcher.exact.documents(wanted)
        have = {i for i in searcher.exact.passages(wanted, docs) if allowed is None or allowed[i]}
    named = np.fromiter(have, dtype=np.int64, count=len(have))

    def part(order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ids, scores = cand[order], sc[order]
        if not have:
            return ids, scores
        keep = ~np.isin(ids, named)
        return ids[keep], scores[keep]

    later = None if others is None else (lambda: part(others[np.lexsort((cand[others], key[others]))]))
    later_len = 0 if others is None else len(others) - int(np.isin(cand[others], named).sum() if have else 0)
    if not have:
        return Ranking([], *part(first), later, later_len), lex, False
    score = lambda i: float(s[i]) if s[i] > 0 else 0.0
    evidence = lambda i: validity and wanted <= searcher.exact_terms[i] and searcher.passages[i]["doc_id"] not in docs
    top = sorted(have, key=lambda i: (not evidence(i), -score(i), i))
    return Ranking([(i, score(i)) for i in top], *part(first), later, later_len), lex, True
