"""`RoutedSearcher`: the project's `Searcher` (query rewriting, 文号 first, fusion) over any `PassageIndex`."""

from __future__ import annotations

from index.backends.base import PassageFilter, PassageIndex
from index.search import Searcher

__all__ = ["RoutedSearcher"]


class RoutedSearcher(Searcher):
    """A `Searcher` whose BM25 and dense routes are answered by `passages` (local or Milvus).

    Everything else — rewriting department aliases, the 文号 rule, index/fusion.py, result records —
    is the embedded searcher's own code, so scores mean the same thing on every backend. Passage texts
    and document records still come from the data dir.
    """

    def __init__(self, data_dir, config, passages: PassageIndex | None = None, expect=None):
        super().__init__(data_dir, config, expect)
        self.routes = passages
        self._where: PassageFilter | None = None

    def search(self, query, k=10, mode="hybrid", district=None, issuer=None, year=None, include_repealed=True):
        # The base class computes a mask from these; the routes need them as a filter for the engine.
        self._where = PassageFilter(district, issuer, year, not include_repealed)
        try:
            return super().search(query, k=k, mode=mode, district=district, issuer=issuer, year=year,
                                  include_repealed=include_repealed)
        finally:
            self._where = None

    fills_scores = False  # the engine returns each route's top n; hybrid fuses them as returned

    def _lexical(self, query, allowed, n):
        return self.routes.bm25(query, n, self._where)

    def _dense(self, query, allowed, n, vec=None):
        if self.dense is None:
            return {}
        qv = self.embedder.query(query)
        if vec is not None:  # the sentence margin of the confidence reads it (Searcher._rank)
            vec["q"] = qv
        return self.routes.dense(qv, n, self._where)
