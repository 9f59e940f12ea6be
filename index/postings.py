"""Compact BM25 postings: per term, delta-coded 16-bit row ids and 8-bit weights with one scale per term.

bm25s keeps a float32 weight and an int32 row per (passage, term): 8 bytes, 3.4× the input text on its
own. Here a posting is 3 bytes: the gap to the previous row of the same term as uint16 (a gap of 65,535
or more is written as 65,535 and kept whole in a small escape table), and the weight as uint8, a step of
1/255 of the term's largest weight (rounded; never 0, so a passage that holds the term always scores).
Scores are summed over the query terms' postings in float32, as bm25s sums its weights; the rankings are
checked against the exact float32 scores (tests/test_scale.py, benchmarks/search.py). `weight_bits=32`
keeps the exact float32 weights (bm25s' own scores, bit for bit).

Saved as plain numpy arrays (no pickle) and a JSON parameter file.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

__all__ = ["Postings", "ESCAPE"]

ESCAPE = np.iinfo(np.uint16).max
_ARRAYS = ("indptr", "gaps", "escape_at", "escape_gap", "weights", "scale")
_STEP = 1 << 20  # postings per chunk while quantising (bounded temporaries)


class Postings:
    """The columns of a passages × terms BM25 matrix.

    Attributes:
        indptr: uint32 (int64 past 2**32 postings), term t's postings are [indptr[t], indptr[t+1]).
        gaps: uint16 per posting, the row minus the previous row of its term (the first: the row itself);
            ESCAPE where the gap is in `escape_gap` (at the posting positions `escape_at`).
        weights: uint8 per posting (× scale[t]) or float32 (scale None).
        num_docs: the number of rows (passages).
    """

    def __init__(self, indptr, gaps, escape_at, escape_gap, weights, scale, num_docs: int):
        self.indptr, self.gaps, self.escape_at, self.escape_gap = indptr, gaps, escape_at, escape_gap
        self.weights, self.scale, self.num_docs = weights, scale, int(num_docs)

    @classmethod
    def from_csc(cls, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, num_docs: int,
                 weight_bits: int = 8) -> "Postings":
        """From a CSC matrix (rows ascending within each column), e.g. index.lexical.bm25_matrix's."""
        indptr = np.asarray(indptr, dtype=np.int64)
        nnz = int(indptr[-1])
        gaps = np.empty(nnz, dtype=np.uint16)
        esc_at, esc_gap = [], []
        starts = indptr[:-1][np.diff(indptr) > 0]
        first = np.zeros(nnz, dtype=bool)
        first[starts] = True
        scale = None
        if weight_bits == 8:
            nonempty = np.diff(indptr) > 0
            top = np.zeros(len(indptr) - 1, dtype=np.float32)
            if nnz:
                top[nonempty] = np.maximum.reduceat(data, starts)
            scale = np.where(top > 0, top / 255, 1).astype(np.float32)
            weights = np.empty(nnz, dtype=np.uint8)
        elif weight_bits == 32:
            weights = np.asarray(data, dtype=np.float32)
        else:
            raise ValueError(f"weight_bits must be 8 or 32, not {weight_bits}")
        for s in range(0, nnz, _STEP):
            e = min(s + _STEP, nnz)
            rows = indices[s:e].astype(np.int64)
            prev = np.empty_like(rows)
            prev[1:] = rows[:-1]
            prev[0] = indices[s - 1] if s else 0
            d = np.where(first[s:e], rows, rows - prev)
            big = np.flatnonzero(d >= ESCAPE)
            esc_at.append(big + s)
            esc_gap.append(d[big])
            d[big] = ESCAPE
            gaps[s:e] = d
            if scale is not None:
                col = np.searchsorted(indptr, np.arange(s, e), side="right") - 1
                q = np.rint(data[s:e].astype(np.float64) / scale[col])
                weights[s:e] = np.clip(q, 1, 255)
        if nnz < 2**32:  # half the size; every offset still fits
            indptr = indptr.astype(np.uint32)
        return cls(indptr, gaps, np.concatenate(esc_at) if esc_at else np.zeros(0, np.int64),
                   np.concatenate(esc_gap) if esc_gap else np.zeros(0, np.int64), weights, scale, num_docs)

    @property
    def df(self) -> np.ndarray:
        return np.diff(self.indptr.astype(np.int64))

    def column(self, t: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows holding term `t` and their weights."""
        a, b = int(self.indptr[t]), int(self.indptr[t + 1])
        d = self.gaps[a:b].astype(np.int64)
        lo, hi = np.searchsorted(self.escape_at, [a, b])
        if hi > lo:
            d[self.escape_at[lo:hi] - a] = self.escape_gap[lo:hi]
        rows = np.cumsum(d)
        w = self.weights[a:b]
        return rows, (w if self.scale is None else w.astype(np.float32) * self.scale[t])

    def scores(self, term_ids: list[int]) -> np.ndarray:
        """The sum of each passage's weights over `term_ids` (a term given twice counts twice, as in bm25s)."""
        s = np.zeros(self.num_docs, dtype=np.float32)
        for t in term_ids:
            rows, w = self.column(t)
            s[rows] += w  # rows are distinct within a column
        return s

    def save(self, folder: Path, extra: dict) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in _ARRAYS:
            arr = getattr(self, name)
            if arr is not None:
                np.save(folder / f"{name}.npy", arr, allow_pickle=False)
        params = {"format": "gazette-kg-postings/1", "num_docs": self.num_docs,
                  "weight_bits": 32 if self.scale is None else 8, **extra}
        (folder / "params.json").write_text(json.dumps(params), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> tuple["Postings", dict]:
        folder = Path(folder)
        params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
        if params.get("format") != "gazette-kg-postings/1":
            raise ValueError(f"not a postings folder of this version ({params.get('format')!r})")
        # Memory-mapped: a query reads the pages of its terms' postings only, not every posting (hundreds of
        # MB at 200x the sample); the generation's files never change while they are in use.
        arrays = {n: (np.load(folder / f"{n}.npy", mmap_mode="r", allow_pickle=False)
                      if (folder / f"{n}.npy").exists() else None) for n in _ARRAYS}
        return cls(**arrays, num_docs=params["num_docs"]), params
