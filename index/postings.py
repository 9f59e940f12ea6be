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

__all__ = ["Postings", "PostingsBuilder", "ESCAPE"]

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
        """The sum of each passage's weights over `term_ids` (a term given twice counts twice, as in bm25s).

        Every term's postings are decoded at once (a query has ~40 terms with bigrams: a few numpy calls in
        all instead of a dozen per term) and added term after term in float32, as a loop over the terms adds
        them: the same sums to the bit."""
        s = np.zeros(self.num_docs, dtype=np.float32)
        t = np.asarray(term_ids, dtype=np.int64)
        a, b = self.indptr[t].astype(np.int64), self.indptr[t + 1].astype(np.int64)
        n = b - a
        total = int(n.sum())
        if not total:
            return s
        spans = list(zip(a.tolist(), b.tolist()))
        d = np.concatenate([self.gaps[x:y] for x, y in spans]).astype(np.int64)
        start = np.cumsum(n) - n  # each term's first posting in the concatenation
        if len(self.escape_at):
            lo, hi = np.searchsorted(self.escape_at, a), np.searchsorted(self.escape_at, b)
            for j in np.flatnonzero(hi > lo).tolist():
                at = self.escape_at[lo[j]:hi[j]]
                d[at - a[j] + start[j]] = self.escape_gap[lo[j]:hi[j]]
        c = np.cumsum(d)
        first = np.minimum(start, total - 1)  # (a term without postings has no first one; never read)
        rows = c - np.repeat(c[first] - d[first], n)  # the running sum restarted at each term's first posting
        w = np.concatenate([self.weights[x:y] for x, y in spans])
        if self.scale is not None:
            w = w.astype(np.float32) * np.repeat(self.scale[t], n)
        np.add.at(s, rows, w)  # in order, so a passage's terms add up in the order of `term_ids`
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
        # Held as plain arrays over the mapped pages (np.asarray): numpy.memmap's Python-level hooks ran on
        # every slice and cost more than the scoring itself.
        arrays = {n: (np.asarray(np.load(folder / f"{n}.npy", mmap_mode="r", allow_pickle=False))
                      if (folder / f"{n}.npy").exists() else None) for n in _ARRAYS}
        return cls(**arrays, num_docs=params["num_docs"]), params


class PostingsBuilder:
    """BM25 postings made from per-file term counts without holding them all: the arrays `Postings.from_csc`
    makes of `index.lexical.bm25_matrix`, equal to the bit, with only the postings themselves in memory.

    Files are added in row order (`add`: a block of `index.lexical.token_rows`); each is counted (document
    frequencies, lengths, its terms' ids in the joint vocabulary) and dropped. `finish` reads every block
    twice more through its loader: once for each term's largest weight (its 8-bit scale), once to place
    the quantised weights and 16-bit row gaps in their columns. The matrix of float32 weights and int32
    rows (10 bytes a posting, plus the counts: 6 more) is never made.

    Args:
        k1, b: BM25 parameters. weight_bits: 8 (uint8 weights, one scale per term) or 32 (float32).
        keep_bytes: blocks are kept in memory (not read back) while they take no more than this.
    """

    def __init__(self, k1: float, b: float, weight_bits: int = 8, keep_bytes: int = 0):
        from collections import defaultdict
        from itertools import count

        if weight_bits not in (8, 32):
            raise ValueError(f"weight_bits must be 8 or 32, not {weight_bits}")
        self.k1, self.b, self.weight_bits = k1, b, weight_bits
        self.vocab: dict[str, int] = defaultdict(count().__next__)  # a new term gets the next id
        self._df = np.zeros(1024, dtype=np.int64)
        self._lengths: list[np.ndarray] = []
        self._blocks: list[tuple[int, np.ndarray, object]] = []  # (first row, term ids, loader or block)
        self.num_docs = 0
        self._room = keep_bytes

    def __len__(self) -> int:
        return self.num_docs

    def add(self, block: dict, load=None) -> None:
        """The next file's passages as counted by `token_rows` ({"terms", "cols", "tf", "nnz", "lengths"}).

        Args:
            load: a callable giving the block again at `finish` (e.g. from kg.parts), or None to keep it;
                kept anyway while the kept blocks fit in `keep_bytes`.
        """
        if not len(block["lengths"]):
            return  # a file without passages
        terms = block["terms"]
        ids = np.fromiter(map(self.vocab.__getitem__, terms.tolist()), dtype=np.int32, count=len(terms))
        if len(self.vocab) > len(self._df):
            self._df = np.concatenate([self._df, np.zeros(max(len(self.vocab), 2 * len(self._df)) - len(self._df),
                                                          dtype=np.int64)])
        df = np.bincount(ids[block["cols"]], minlength=len(self.vocab))
        self._df[:len(df)] += df
        self._lengths.append(np.asarray(block["lengths"], dtype=np.int64))
        kept = {k: block[k] for k in ("cols", "tf", "nnz")}
        size = sum(a.nbytes for a in kept.values())
        if load is not None and size > self._room:
            kept = load  # read back at finish
        elif load is not None:
            self._room -= size
        self._blocks.append((self.num_docs, ids, kept))
        self.num_docs += len(block["lengths"])

    def _read(self, start: int, ids: np.ndarray, kept) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """One block's postings in its own order: (term ids, rows, counts)."""
        block = kept if isinstance(kept, dict) else kept()
        if block is None:
            raise ValueError("token rows gone during the build")
        nnz = np.asarray(block["nnz"], dtype=np.int64)
        rows = np.repeat(np.arange(start, start + len(nnz), dtype=np.int64), nnz)
        return ids[block["cols"]], rows, block["tf"]

    def finish(self) -> tuple[dict[str, int], Postings]:
        """The vocabulary (with bm25s' empty token, as index.lexical adds it) and the postings."""
        import math

        vocab = dict(self.vocab)
        vocab.setdefault("", len(vocab))
        n_vocab = len(vocab)
        df = np.zeros(n_vocab, dtype=np.int64)
        df[:min(n_vocab, len(self._df))] = self._df[:n_vocab]
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0, dtype=np.int64)
        avg = lengths.mean()
        n_docs = self.num_docs
        # As index.lexical.bm25_matrix: math.log per term, length norms in float64, weights to float32.
        idf = np.array([math.log(1 + (n_docs - int(d) + 0.5) / (int(d) + 0.5)) if d else 0.0 for d in df],
                       dtype=np.float32)
        norm = self.k1 * ((1 - self.b) + self.b * lengths / avg)
        indptr = np.zeros(n_vocab + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        nnz = int(indptr[-1])

        def weights(cols, rows, tf):
            t = tf.astype(np.float64)
            return (idf[cols].astype(np.float64) * (t / (norm[rows] + t))).astype(np.float32)

        scale = None
        if self.weight_bits == 8:
            top = np.zeros(n_vocab, dtype=np.float32)
            for start, ids, kept in self._blocks:
                cols, rows, tf = self._read(start, ids, kept)
                np.maximum.at(top, cols, weights(cols, rows, tf))
            scale = np.where(top > 0, top / 255, 1).astype(np.float32)
            out = np.empty(nnz, dtype=np.uint8)
        else:
            out = np.empty(nnz, dtype=np.float32)
        gaps = np.empty(nnz, dtype=np.uint16)
        free = indptr[:-1].copy()  # next free slot of each term's column
        last = np.full(n_vocab, -1, dtype=np.int64)  # the last row placed in each column
        esc_at, esc_gap = [], []
        for start, ids, kept in self._blocks:
            cols, rows, tf = self._read(start, ids, kept)
            w = weights(cols, rows, tf)
            order = np.argsort(cols, kind="stable")  # stable: rows stay ascending within a column
            c, r, w = cols[order], rows[order], w[order]
            first = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
            counts = np.diff(np.r_[first, len(c)])
            pos = np.repeat(free[c[first]] - first, counts) + np.arange(len(c))
            prev = np.empty_like(r)
            prev[1:] = r[:-1]
            before = last[c[first]]
            prev[first] = np.where(before >= 0, before, 0)  # a column's first row is kept whole
            d = r - prev
            big = np.flatnonzero(d >= ESCAPE)
            esc_at.append(pos[big])
            esc_gap.append(d[big])
            d[big] = ESCAPE
            gaps[pos] = d
            if scale is None:
                out[pos] = w
            else:
                out[pos] = np.clip(np.rint(w.astype(np.float64) / scale[c]), 1, 255)
            free[c[first]] += counts
            last[c[first]] = r[first + counts - 1]
        at = np.concatenate(esc_at) if esc_at else np.zeros(0, np.int64)
        gap = np.concatenate(esc_gap) if esc_gap else np.zeros(0, np.int64)
        o = np.argsort(at, kind="stable")
        if nnz < 2**32:
            indptr = indptr.astype(np.uint32)
        return vocab, Postings(indptr, gaps, at[o].astype(np.int64), gap[o].astype(np.int64), out, scale, n_docs)
