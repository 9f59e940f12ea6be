"""Dense vectors in FAISS: exact inner product at this size, HNSW above a configurable size.

A search restricted to some passages (filters) or asking for more neighbours than HNSW explores is
answered exactly, by a brute-force scan of the stored vectors with a FAISS ID selector: HNSW would
return only the part of the corpus its graph walk reaches, and a filter would then drop results.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kg.errors import GazetteError

__all__ = ["DenseIndex"]


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("dense search needs faiss: pip install 'gazette-kg[dense]'") from exc
    return faiss


class DenseIndex:
    """Inner-product search over L2-normalised vectors (= cosine similarity)."""

    def __init__(self, index, kind: str):
        self.index, self.kind = index, kind

    @classmethod
    def build(cls, vectors: np.ndarray, exact_max: int = 50_000, hnsw_m: int = 32) -> "DenseIndex":
        faiss = _faiss()
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if len(vectors) <= exact_max:
            index, kind = faiss.IndexFlatIP(dim), "flat-ip"
        else:
            index, kind = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT), f"hnsw{hnsw_m}"
            index.hnsw.efSearch = 128
        index.add(vectors)
        return cls(index, kind)

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def _approximate(self) -> bool:
        return hasattr(self.index, "hnsw")

    def search(self, query: np.ndarray, k: int = 10, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The `k` nearest passages by inner product, best first.

        Args:
            query: one L2-normalised vector.
            k: how many neighbours.
            allowed: a boolean mask over passages; when given, the search is exact over those passages.
        """
        faiss = _faiss()
        k = min(k, self.size if allowed is None else int(np.count_nonzero(allowed)))
        if k <= 0:
            return []
        q = np.ascontiguousarray(query[None, :], dtype=np.float32)
        if allowed is None and (not self._approximate() or k <= self.index.hnsw.efSearch):
            scores, ids = self.index.search(q, k)
        else:
            flat = faiss.downcast_index(self.index.storage) if self._approximate() else self.index
            params = None
            if allowed is not None:
                bitmap = np.packbits(np.asarray(allowed, dtype=bool), bitorder="little")  # kept alive here
                params = faiss.SearchParameters(sel=faiss.IDSelectorBitmap(bitmap))
            scores, ids = flat.search(q, k, params=params)
        return [(i, s) for i, s in zip(ids[0].tolist(), scores[0].tolist()) if i >= 0]  # tolist: one C call

    def scores(self, query: np.ndarray, ids) -> list[tuple[int, float]]:
        """The inner product of `query` with the stored vectors of `ids` (exact, in the order given)."""
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids):
            return []
        flat = _faiss().downcast_index(self.index.storage) if self._approximate() else self.index
        vectors = flat.reconstruct_batch(ids)
        return list(zip(ids.tolist(), (vectors @ np.asarray(query, dtype=np.float32)).tolist()))

    def save(self, path: Path) -> None:
        _faiss().write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> "DenseIndex":
        return cls(_faiss().read_index(str(path)), kind)
