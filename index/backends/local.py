"""The embedded passage index: today's bm25s and FAISS classes, filters applied as a mask."""

from __future__ import annotations

import numpy as np

from index.backends.base import PassageFilter, PassageIndex

__all__ = ["LocalPassageIndex"]


class LocalPassageIndex(PassageIndex):
    """bm25s (index/lexical.py) and FAISS (index/dense.py) in this process.

    Args:
        lexical: a built `LexicalIndex`.
        dense: a built `DenseIndex`, or None for a BM25-only data dir.
        metadata: one dict per passage (see `passage_metadata`).
    """

    def __init__(self, lexical, dense, metadata: list[dict]):
        self.lexical, self._dense, self.metadata = lexical, dense, list(metadata)

    @classmethod
    def from_searcher(cls, searcher) -> "LocalPassageIndex":
        from index.backends.base import passage_metadata

        return cls(searcher.lexical, searcher.dense, passage_metadata(searcher.passages, searcher.docs))

    @property
    def size(self) -> int:
        return len(self.metadata)

    def add(self, texts, vectors, metadata):
        # bm25s indexes a whole corpus at once: the embedded build writes it (index/build.py).
        raise NotImplementedError("the local index is written by `gazette-kg build`")

    def _mask(self, where: PassageFilter | None) -> np.ndarray | None:
        if not where:
            return None
        return np.array([where.matches(m) for m in self.metadata], dtype=bool)

    def bm25(self, query, n, where=None):
        s = self.lexical.scores(query)
        mask = self._mask(where)
        if mask is not None:
            s = np.where(mask, s, 0.0)
        top = np.argsort(-s, kind="stable")[:n]
        return {int(i): float(s[i]) for i in top if s[i] > 0}

    def dense(self, vector, n, where=None):
        if self._dense is None:
            return {}
        mask = self._mask(where)
        hits = self._dense.search(vector, n if mask is None else self._dense.size)
        if mask is not None:
            hits = [(i, s) for i, s in hits if mask[i]][:n]
        return dict(hits)
