"""Dense vectors in FAISS: exact inner product at this size, HNSW above a configurable size.

FAISS stores the vectors as float16 by default (a scalar quantizer, `storage="fp16"`): half the bytes of
float32, so that the index, HNSW links included, takes less memory than the float32 vectors it indexes (issue
15). A unit vector's inner products change by about 1e-4 (benchmarks/dense_memory.py measures the top-10
agreement with float32 storage); `storage="fp32"` keeps FAISS's flat float32 storage. The build adds the
vectors in slices (`create` then `add`), so no second whole matrix is made for FAISS to copy.

A search restricted to some passages (filters) or asking for more neighbours than HNSW explores is
answered exactly, by a brute-force scan of the stored vectors with a FAISS ID selector: HNSW would
return only the part of the corpus its graph walk reaches, and a filter would then drop results.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kg.errors import GazetteError

__all__ = ["DenseIndex", "STORAGES"]

STORAGES = ("fp16", "fp32")


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("dense search needs faiss: pip install 'gazette-kg[dense]'") from exc
    return faiss


def _reserve(index, count: int) -> None:
    """Give the index's growing arrays their final capacity before the first add.

    FAISS grows its code array (and HNSW its neighbour table) as a std::vector does, doubling and copying:
    with the vectors added a slice at a time, the last copy alone held the codes twice. Resizing to the final
    size and back to 0 keeps that capacity (std::vector never shrinks it), so the adds fill it in place.
    """
    hnsw = getattr(index, "hnsw", None)
    storage = _faiss().downcast_index(index.storage) if hnsw is not None else index
    storage.codes.resize(count * storage.code_size)
    storage.codes.resize(0)
    if hnsw is not None:
        # Level 0 holds 2M neighbours a vector; a vector reaches level l >= 1 with probability M^-l (FAISS's
        # level multiplier is 1/ln M) and holds M there: 2M + M/(M-1) a vector expected, +2% for the draw.
        m = hnsw.nb_neighbors(1)
        hnsw.neighbors.resize(int(count * (2 * m + m / (m - 1)) * 1.02) + 1024)
        hnsw.neighbors.resize(0)


class DenseIndex:
    """Inner-product search over L2-normalised vectors (= cosine similarity)."""

    def __init__(self, index, kind: str):
        self.index, self.kind = index, kind
        self.rows: np.ndarray | None = None  # the stored vectors as FAISS gives them back (float32), if kept

    # Stored vectors kept as float32 (`keep_rows`) up to this many bytes: FAISS widens float16 codes at ~1 ns an
    # element, ~0.1 ms for the ~200 candidates a query scores (`scores`) against ~0.01 ms to read them kept.
    KEEP_ROWS_MAX = 32 * 2**20

    def keep_rows(self, rows: np.ndarray) -> None:
        """Keep every stored vector as `reconstruct_n(0, size)` returned it (float32, row i = passage i), so that
        `scores` reads them instead of asking FAISS to decode them each query; not above KEEP_ROWS_MAX bytes."""
        if rows.shape[0] == self.size and rows.dtype == np.float32 and rows.nbytes <= self.KEEP_ROWS_MAX:
            self.rows = rows

    @classmethod
    def create(cls, dim: int, count: int, exact_max: int = 50_000, hnsw_m: int = 32,
               storage: str = "fp16") -> "DenseIndex":
        """An empty index for `count` vectors of width `dim`: exact up to `exact_max`, HNSW above.

        Args:
            storage: "fp16" (FAISS's float16 scalar quantizer) or "fp32" (flat float32).
        """
        if storage not in STORAGES:
            raise GazetteError(f"unknown dense storage {storage!r}: use one of {', '.join(STORAGES)}")
        faiss = _faiss()
        ip, suffix = faiss.METRIC_INNER_PRODUCT, "" if storage == "fp32" else f"-{storage}"
        if count <= exact_max:
            index = (faiss.IndexFlatIP(dim) if storage == "fp32"
                     else faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, ip))
            kind = "flat-ip"
        else:
            index = (faiss.IndexHNSWFlat(dim, hnsw_m, ip) if storage == "fp32"
                     else faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_fp16, hnsw_m, ip))
            index.hnsw.efSearch = 128
            kind = f"hnsw{hnsw_m}"
        _reserve(index, count)
        return cls(index, kind + suffix)

    def add(self, vectors: np.ndarray) -> None:
        """Append vectors (the next passages in order); float32 rows are copied into FAISS's storage."""
        self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    @classmethod
    def build(cls, vectors: np.ndarray, exact_max: int = 50_000, hnsw_m: int = 32, storage: str = "fp16",
              slice_rows: int = 4096) -> "DenseIndex":
        """An index over a whole matrix of vectors (added a slice at a time, as the build does)."""
        index = cls.create(vectors.shape[1], len(vectors), exact_max, hnsw_m, storage)
        for start in range(0, len(vectors), slice_rows):
            index.add(vectors[start : start + slice_rows])
        return index

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
        ids, scores = self.search_arrays(query, k, allowed)
        return list(zip(ids.tolist(), scores.tolist()))  # tolist: one C call

    def search_arrays(self, query: np.ndarray, k: int = 10,
                      allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """`search` as arrays: the ids (int64) and inner products (float32), best first."""
        faiss = _faiss()
        k = min(k, self.size if allowed is None else int(np.count_nonzero(allowed)))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
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
        ids, scores = ids[0].astype(np.int64, copy=False), scores[0]
        # (-1: a slot FAISS found no passage for, only where fewer than k are allowed or reachable)
        return (ids, scores) if ids.min() >= 0 else (ids[ids >= 0], scores[ids >= 0])

    def scores(self, query: np.ndarray, ids) -> list[tuple[int, float]]:
        """The inner product of `query` with the stored vectors of `ids` (exact, in the order given)."""
        ids = np.asarray(list(ids), dtype=np.int64)
        if not len(ids):
            return []
        return list(zip(ids.tolist(), self.scores_array(query, ids).tolist()))

    def scores_array(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """`scores` as an array (float32) over the int64 array `ids`."""
        if not len(ids):
            return np.zeros(0, dtype=np.float32)
        if self.rows is not None:  # the same float32 values reconstruct_batch gives: the same products
            vectors = self.rows[ids]
        else:
            flat = _faiss().downcast_index(self.index.storage) if self._approximate() else self.index
            vectors = flat.reconstruct_batch(ids)
        return vectors @ np.asarray(query, dtype=np.float32)

    def save(self, path: Path) -> None:
        _faiss().write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str) -> "DenseIndex":
        return cls(_faiss().read_index(str(path)), kind)
