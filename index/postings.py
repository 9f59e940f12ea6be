"""Compact BM25 postings: per term, varint-coded row gaps and 4-bit term counts; weights made at query time.

bm25s keeps a float32 weight and an int32 row per (passage, term): 8 bytes, 3.4× the input text on its
own. Here a posting is ~1.7 bytes:

- the gap to the previous row of the same term (the first: the row itself) as an unsigned LEB128 varint
  (7 bits a byte, the high bit set on every byte but a number's last): ~80 % of the gaps are under 128,
  one byte; `gap_ptr[t]` is the byte offset of term t's first gap;
- the term's count in the passage as a 4-bit nibble, two a byte (posting i: byte i // 2, low nibble when i
  is even); a count of 15 or more is written 15 and kept whole in `tf_big` at the posting positions
  `tf_at` (under 1 % of the postings).

A posting's weight is not stored: it is made from the count when a query reads the term, by the very
arithmetic of bm25s' "lucene" weights (idf per term in float32, the passage's length norm in float64,
the product cast to float32; `idf` and the passages' token counts `lengths` are stored), so scores are
bm25s' own float32 scores bit for bit. `weight_bits=32` stores those float32 weights instead of the
counts (6 bytes a posting; tests compare the two).

Saved as plain numpy arrays (no pickle) and a JSON parameter file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

__all__ = ["Postings", "PostingsBuilder", "encode_varints", "decode_varints", "lucene_idf", "idf_array", "sorted_ranks",
           "FORMAT"]

FORMAT = "gazette-kg-postings/2"
_ARRAYS = ("indptr", "gap_ptr", "gaps", "tf", "tf_at", "tf_big", "idf", "lengths", "weights")
_STEP = 1 << 18  # postings per chunk while encoding (bounded temporaries: ~8 int64 arrays of it; even)
_NIBBLE = 15  # a count of this or more is written 15 and kept whole in tf_big


def lucene_idf(n_docs: int, df: int) -> float:
    """BM25's idf in bm25s' "lucene" form of a term in `df` of `n_docs` documents (math.log, as bm25s: np.log
    may differ in the last bit)."""
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def idf_array(n_docs: int, df: np.ndarray) -> np.ndarray:
    """Every term's `lucene_idf` as float32 (0 for a term in no document), as bm25s stores them."""
    return np.array([lucene_idf(n_docs, int(d)) if d else 0.0 for d in df], dtype=np.float32)


def sorted_ranks(vocab: dict[str, int]) -> tuple[list[str], np.ndarray]:
    """The terms of `vocab` (term -> id) in sorted order, and each old id's new id (its term's rank): an
    index's vocabulary numbered by its terms only, not by the order they came in (index.lexical.Rows and
    PostingsBuilder number alike, so postings merged from an older index equal those made from the texts)."""
    terms = sorted(vocab)
    rank = np.empty(len(terms), dtype=np.int32)
    rank[np.fromiter(map(vocab.__getitem__, terms), dtype=np.int64, count=len(terms))] = np.arange(len(terms))
    return terms, rank


def encode_varints(values: np.ndarray) -> np.ndarray:
    """Non-negative integers as unsigned LEB128 bytes (7 bits a byte, low bits first, high bit = more)."""
    d = np.asarray(values, dtype=np.int64)
    size = _varint_sizes(d)
    out = np.empty(int(size.sum()), dtype=np.uint8)
    at = np.cumsum(size) - size
    for k in range(int(size.max()) if len(d) else 0):
        sel = np.flatnonzero(size > k)
        out[at[sel] + k] = ((d[sel] >> (7 * k)) & 127) | np.where(size[sel] > k + 1, 128, 0)
    return out


def decode_varints(data: np.ndarray) -> np.ndarray:
    """The integers `encode_varints` wrote (int64).

    Most numbers are one byte: only the few bytes with the high bit set (and the byte ending each of
    their numbers) are worked on; the rest is one conversion and one selection."""
    b = np.asarray(data)
    more = b >= 128
    cont = np.flatnonzero(more)
    v = b.astype(np.int64)
    if not len(cont):
        return v
    first = np.r_[True, cont[1:] != cont[:-1] + 1]  # the first continuation byte of each number
    start = cont[first]
    run = np.cumsum(first) - 1  # each continuation byte's number
    end = np.r_[cont[np.flatnonzero(first)[1:] - 1], cont[-1]] + 1  # the byte ending each number
    v[end] <<= 7 * (end - start)
    np.add.at(v, end[run], (v[cont] & 127) << (7 * (cont - start[run])))
    return v[~more]


def _offsets(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.int64)
    return a.astype(np.uint32) if not len(a) or a[-1] < 2**32 else a  # half the size while every offset fits


def _varint_sizes(d: np.ndarray) -> np.ndarray:
    size = np.ones(len(d), dtype=np.int64)
    for k in (7, 14, 21, 28, 35, 42):
        size += d >= (1 << k)
    return size


def _encode(indptr: np.ndarray, gaps_of, counts_of=None) -> dict:
    """The stored arrays of postings given chunk by chunk in column order: `gaps_of(s, e)` the row gaps
    (int64) of postings s..e-1, `counts_of(s, e)` their counts (None: weights are stored apart).

    The gaps are read twice (their byte size, then their bytes), so the output is allocated once at its
    size: no list of pieces joined at the end (at 200x the sample, hundreds of MB twice)."""
    indptr = np.asarray(indptr, dtype=np.int64)
    nnz = int(indptr[-1])
    steps = [(s, min(s + _STEP, nnz)) for s in range(0, nnz, _STEP)]
    total = sum(int(_varint_sizes(gaps_of(s, e)).sum()) for s, e in steps)
    data = np.empty(total, dtype=np.uint8)
    gap_ptr = np.full(len(indptr), total, dtype=np.int64)  # terms with no posting after the last: the end
    done = 0
    for s, e in steps:
        d = gaps_of(s, e)
        size = _varint_sizes(d)
        start = done + np.cumsum(size) - size
        lo, hi = np.searchsorted(indptr, [s, e])  # the terms whose first posting is in this chunk
        gap_ptr[lo:hi] = start[indptr[lo:hi] - s]
        code = encode_varints(d)
        data[done:done + len(code)] = code
        done += len(code)
    out = {"indptr": _offsets(indptr), "gap_ptr": _offsets(gap_ptr), "gaps": data}
    if counts_of is None:
        return out
    tf = np.zeros((nnz + 1) // 2, dtype=np.uint8)
    tf_at, tf_big = [], []
    for s, e in steps:
        f = counts_of(s, e)
        big = np.flatnonzero(f >= _NIBBLE)
        tf_at.append(big + s)
        tf_big.append(np.asarray(f)[big])
        nib = np.minimum(f, _NIBBLE).astype(np.uint8)
        if len(nib) % 2:
            nib = np.r_[nib, np.uint8(0)]
        tf[s // 2:s // 2 + len(nib) // 2] = nib[0::2] | (nib[1::2] << 4)
    at = np.concatenate(tf_at) if tf_at else np.zeros(0, np.int64)
    big = np.concatenate(tf_big) if tf_big else np.zeros(0, np.int64)
    out.update(tf=tf, tf_at=at.astype(np.uint32 if nnz < 2**32 else np.int64),
               tf_big=big.astype(np.uint16 if not len(big) or big.max() < 2**16 else np.uint32))
    return out


class Postings:
    """The columns of a passages × terms BM25 matrix.

    Attributes:
        indptr: uint32 (int64 past 2**32 postings), term t's postings are [indptr[t], indptr[t+1]).
        gap_ptr: term t's row gaps are the varint bytes gaps[gap_ptr[t]:gap_ptr[t+1]].
        gaps: uint8, every term's row gaps (`encode_varints`), in term order.
        tf, tf_at, tf_big: the counts as nibbles (uint8, two a byte) and the escaped ones; with
            idf (float32 per term) and lengths (tokens per passage) they make the weights. None when
            `weights` (float32 per posting) are stored instead.
        num_docs: the number of rows (passages). k1, b: the BM25 parameters.
    """

    def __init__(self, indptr, gap_ptr, gaps, num_docs: int, *, tf=None, tf_at=None, tf_big=None, idf=None,
                 lengths=None, weights=None, k1: float = 1.2, b: float = 0.75):
        self.indptr, self.gap_ptr, self.gaps = indptr, gap_ptr, gaps
        self.tf, self.tf_at, self.tf_big, self.idf, self.lengths = tf, tf_at, tf_big, idf, lengths
        self.weights, self.num_docs, self.k1, self.b = weights, int(num_docs), float(k1), float(b)
        self._norm = None
        if weights is None:
            n = np.asarray(lengths, dtype=np.int64)
            # bm25s' length norm: float64, over the average length as numpy computes it.
            self._norm = k1 * ((1 - b) + b * n / n.mean()) if len(n) else np.zeros(0)

    @property
    def weight_bits(self) -> int:
        return 32 if self.weights is not None else 4

    @classmethod
    def from_csc(cls, indices: np.ndarray, indptr: np.ndarray, num_docs: int, *, weights=None, tf=None,
                 idf=None, lengths=None, k1: float = 1.2, b: float = 0.75) -> "Postings":
        """From a CSC matrix (rows ascending within each column, e.g. index.lexical.bm25_matrix's): its
        float32 `weights`, or the counts `tf` with `idf` and `lengths` (weights made at query time)."""
        indptr = np.asarray(indptr, dtype=np.int64)
        nnz = int(indptr[-1])
        first = np.zeros(nnz + 1, dtype=bool)
        first[indptr[:-1]] = True

        def gaps_of(s, e):
            rows = indices[s:e].astype(np.int64)
            prev = np.empty_like(rows)
            prev[1:] = rows[:-1]
            prev[0] = indices[s - 1] if s else 0
            return np.where(first[s:e], rows, rows - prev)

        arrays = _encode(indptr, gaps_of, None if weights is not None else lambda s, e: np.asarray(tf[s:e]))
        if weights is not None:
            return cls(**arrays, num_docs=num_docs, weights=np.asarray(weights, dtype=np.float32), k1=k1, b=b)
        return cls(**arrays, num_docs=num_docs, idf=np.asarray(idf, dtype=np.float32),
                   lengths=np.asarray(lengths, dtype=np.int32), k1=k1, b=b)

    @property
    def df(self) -> np.ndarray:
        return np.diff(self.indptr.astype(np.int64))

    def rows(self, t: int) -> np.ndarray:
        """The rows (passages) holding term `t`, ascending."""
        return np.cumsum(decode_varints(self.gaps[int(self.gap_ptr[t]):int(self.gap_ptr[t + 1])]))

    def counts(self, t: int, dtype=np.int64) -> np.ndarray:
        """Term `t`'s count in each of its rows."""
        return self._term_counts(int(self.indptr[t]), int(self.indptr[t + 1]), dtype)

    def _term_counts(self, a: int, b: int, dtype) -> np.ndarray:
        """The counts (as `dtype`) of the postings [a, b) of one term: its nibbles, contiguous, unpacked from
        their bytes; a nibble of 15 is replaced by its whole count from tf_big."""
        packed = np.asarray(self.tf[a >> 1:(b + 1) >> 1])
        nib = np.empty(2 * len(packed), dtype=np.uint8)
        np.bitwise_and(packed, 15, out=nib[0::2])
        np.right_shift(packed, 4, out=nib[1::2])
        c = nib[a & 1:(a & 1) + b - a].astype(dtype)
        # keys of tf_at's own dtype: other keys make numpy convert the whole array first, on every call
        lo, hi = np.searchsorted(self.tf_at, np.array([a, b], dtype=self.tf_at.dtype)).tolist()
        if hi > lo:
            c[np.asarray(self.tf_at[lo:hi], dtype=np.int64) - a] = self.tf_big[lo:hi]
        return c

    def _terms(self, t: np.ndarray, allowed: np.ndarray | None = None):
        """Per term of `t`, in order: its rows and their float32 weights (only the rows `allowed` keeps).

        Term by term, each on contiguous slices: no index arrays the size of all the query's postings
        (millions at 200x the sample) are made to restart the rows or find the counts, and under a filter
        only the kept postings are weighed. Each term costs ~15 numpy calls: `scores` takes this path for
        queries with many postings only."""
        t = np.asarray(t, dtype=np.int64)
        a_s, b_s = self.indptr[t].astype(np.int64).tolist(), self.indptr[t + 1].astype(np.int64).tolist()
        g0, g1 = self.gap_ptr[t].tolist(), self.gap_ptr[t + 1].tolist()
        for k, (a, b) in enumerate(zip(a_s, b_s)):
            if b == a:
                continue
            rows = decode_varints(self.gaps[g0[k]:g1[k]])
            np.cumsum(rows, out=rows)
            keep = None if allowed is None else allowed[rows]
            if keep is not None:
                rows = rows[keep]
                if not len(rows):
                    continue
            if self.weights is not None:
                w = np.asarray(self.weights[a:b])
                yield rows, (w if keep is None else w[keep])
                continue
            tf = self._term_counts(a, b, np.float64)
            tf = tf if keep is None else tf[keep]
            # As index.lexical.bm25_matrix: idf (float32) × tf / (tf + norm) in float64, then float32.
            w = self._norm[rows]
            w += tf
            np.divide(tf, w, out=w)
            w *= np.float64(self.idf[t[k]])
            yield rows, w.astype(np.float32)

    # Postings up to this many are decoded and weighed once, by the first query (`_decoded`): rows (int64) and
    # float32 weights, 12 bytes a posting (the sample's 536k: 6.4 MB, ~15 ms once); a query then gathers its
    # terms' slices (~0.03 ms) instead of decoding and weighing its ~11k postings again (~0.17 ms). The same
    # elementwise arithmetic on the same values: the same weights to the bit. Above it (200x the sample: 107M
    # postings) every query decodes what it reads from the memory-mapped arrays.
    DECODE_MAX = 2_000_000

    def _decoded(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Every posting's row and float32 weight, in posting order (term t's at [indptr[t], indptr[t+1])),
        made once; None above DECODE_MAX postings."""
        dec = self.__dict__.get("_dec")
        if dec is None:
            indptr = np.asarray(self.indptr, dtype=np.int64)
            total = int(indptr[-1]) if len(indptr) else 0
            if total > self.DECODE_MAX:
                dec = False
            else:
                rows, w = np.empty(total, dtype=np.int64), np.empty(total, dtype=np.float32)
                n_terms, t0 = len(indptr) - 1, 0
                while t0 < n_terms:  # ~_STEP postings at a time: bounded temporaries
                    t1 = min(max(int(np.searchsorted(indptr, indptr[t0] + _STEP, side="right")) - 1, t0 + 1), n_terms)
                    rows[indptr[t0]:indptr[t1]], w[indptr[t0]:indptr[t1]] = self._gather_coded(np.arange(t0, t1))
                    t0 = t1
                dec = (rows, w)
            self._dec = dec  # (the app's threads may each make it once: the same arrays)
        return dec or None

    def _gather(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows and float32 weights of every posting of the terms `t`, term after term: slices of the
        decoded postings where they are kept (`_decoded`), else decoded now (`_gather_coded`)."""
        dec = self._decoded()
        if dec is None:
            return self._gather_coded(t)
        a, b = self.indptr[t].astype(np.int64), self.indptr[t + 1].astype(np.int64)
        n = b - a
        total = int(n.sum())
        if not total:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        pos = np.repeat(a - (np.cumsum(n) - n), n) + np.arange(total)  # each posting's position in the index
        return dec[0][pos], dec[1][pos]

    def _gather_coded(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows and float32 weights of every posting of the terms `t`, term after term, decoded from the
        stored arrays.

        All terms are decoded at once (a query has ~40 terms with bigrams: a few numpy calls in all instead
        of a dozen per term; `_terms` is faster once the postings run to a few hundred thousand)."""
        a, b = self.indptr[t].astype(np.int64), self.indptr[t + 1].astype(np.int64)
        n = b - a
        total = int(n.sum())
        if not total:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        g0, g1 = self.gap_ptr[t].tolist(), self.gap_ptr[t + 1].tolist()
        d = decode_varints(np.concatenate([self.gaps[x:y] for x, y in zip(g0, g1)]))  # varints end per term
        start = np.cumsum(n) - n  # each term's first posting in the concatenation
        c = np.cumsum(d)
        first = np.minimum(start, total - 1)  # (a term without postings has no first one; never read)
        rows = c - np.repeat(c[first] - d[first], n)  # the running sum restarted at each term's first posting
        if self.weights is not None:
            return rows, np.concatenate([np.asarray(self.weights[x:y]) for x, y in zip(a.tolist(), b.tolist())])
        pos = np.repeat(a - start, n) + np.arange(total)  # each posting's position in the whole index
        tf = self._counts(pos, a, b, start)
        # As index.lexical.bm25_matrix: idf (float32) × tf / (tf + norm) in float64, then float32 (in place:
        # a common term has a row in most passages).
        w = self._norm[rows]
        w += tf
        np.divide(tf, w, out=w)
        w *= np.repeat(self.idf[t].astype(np.float64), n)
        return rows, w.astype(np.float32)

    def _counts(self, pos: np.ndarray, a: np.ndarray, b: np.ndarray, start: np.ndarray) -> np.ndarray:
        """The counts (float64) of the postings at index positions `pos`: the terms' postings [a, b) laid end
        to end, term k's first at `start[k]`. A nibble of 15 is replaced by its whole count from tf_big."""
        packed = np.asarray(self.tf)[pos >> 1]
        c = np.where(pos & 1, packed >> 4, packed & 15).astype(np.float64)
        at = self.tf_at.dtype  # keys of its own dtype: others make numpy convert the whole array first
        lo, hi = np.searchsorted(self.tf_at, a.astype(at)), np.searchsorted(self.tf_at, b.astype(at))
        n = (hi - lo).astype(np.int64)
        total = int(n.sum())
        if total:  # every term's big counts at once: [lo[k], hi[k]) end to end, each put where its posting lies
            first = np.cumsum(n) - n
            big = np.repeat(lo.astype(np.int64) - first, n) + np.arange(total)
            at = np.asarray(self.tf_at[big], dtype=np.int64)
            c[at - np.repeat(a - start, n)] = self.tf_big[big]
        return c

    def column(self, t: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows holding term `t` and their float32 weights."""
        return self._gather(np.array([t], dtype=np.int64))

    # Postings of a query above which `scores` weighs them term by term (`_terms`); below, all at once
    # (`_gather`): ~25 µs of calls a term against ~12 ns a posting saved (measured at the sample and 200x).
    PER_TERM = 100_000

    def scores(self, term_ids: list[int], allowed: np.ndarray | None = None) -> np.ndarray:
        """The sum of each passage's weights over `term_ids` (a term given twice counts twice, as in bm25s),
        added in the order of `term_ids` (np.add.at adds in order): the sums of a per-term loop to the bit.
        0 outside `allowed` (a bool per passage; None: every passage)."""
        t = np.asarray(term_ids, dtype=np.int64)
        s = np.zeros(self.num_docs, dtype=np.float32)
        if int((self.indptr[t + 1].astype(np.int64) - self.indptr[t]).sum()) < self.PER_TERM:
            rows, w = self._gather(t)
            np.add.at(s, rows, w)
            if allowed is not None:
                s[~allowed] = 0  # a passage's sum does not depend on the others': the same bits as weighing fewer
            return s
        for rows, w in self._terms(t, allowed):
            np.add.at(s, rows, w)
        return s

    def save(self, folder: Path, extra: dict) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in _ARRAYS:
            arr = getattr(self, name)
            if arr is not None:
                np.save(folder / f"{name}.npy", arr, allow_pickle=False)
        params = {**extra, "format": FORMAT, "num_docs": self.num_docs, "weight_bits": self.weight_bits,
                  "k1": self.k1, "b": self.b}
        (folder / "params.json").write_text(json.dumps(params), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> tuple["Postings", dict]:
        folder = Path(folder)
        params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
        if params.get("format") != FORMAT:
            raise ValueError(f"not a postings folder of this version ({params.get('format')!r})")
        # Memory-mapped: a query reads the pages of its terms' postings only, not every posting (hundreds of
        # MB at 200x the sample); the generation's files never change while they are in use.
        # Held as plain arrays over the mapped pages (np.asarray): numpy.memmap's Python-level hooks ran on
        # every slice and cost more than the scoring itself.
        arrays = {n: (np.asarray(np.load(folder / f"{n}.npy", mmap_mode="r", allow_pickle=False))
                      if (folder / f"{n}.npy").exists() else None) for n in _ARRAYS}
        return cls(**arrays, num_docs=params["num_docs"], k1=params["k1"], b=params["b"]), params


class _Segment:
    """Rows `start`..`start + n - 1` of older postings (4-bit counts), read term range by term range."""

    def __init__(self, postings: "Postings", start: int, n: int):
        if postings.tf is None:
            raise ValueError("postings of float32 weights keep no counts")
        self.postings, self.start, self.n = postings, int(start), int(n)

    def pieces(self, step: int = _STEP // 2):
        """(term ids, rows, counts) of the postings in these rows, for ~`step` postings at a time (~10 int64
        temporaries of that size: the builder's peak is at `finish`, where the pieces are placed); a term's
        postings are all in one piece, rows ascending."""
        p = self.postings
        indptr = np.asarray(p.indptr, dtype=np.int64)
        n_terms, t0, lo, hi = len(indptr) - 1, 0, self.start, self.start + self.n
        while t0 < n_terms:
            t1 = min(max(int(np.searchsorted(indptr, indptr[t0] + step, side="right")) - 1, t0 + 1), n_terms)
            a, b = int(indptr[t0]), int(indptr[t1])
            if b > a:
                d = decode_varints(p.gaps[int(p.gap_ptr[t0]):int(p.gap_ptr[t1])])
                cnt = np.diff(indptr[t0:t1 + 1])
                first = np.cumsum(cnt) - cnt
                c = np.cumsum(d)
                base = np.zeros(len(cnt), dtype=np.int64)
                has = cnt > 0
                base[has] = c[first[has]] - d[first[has]]
                rows = c - np.repeat(base, cnt)  # each term's running sum from its first posting: its rows
                sel = np.flatnonzero((rows >= lo) & (rows < hi))
                if len(sel):
                    tf = p._counts(np.arange(a, b), np.array([a]), np.array([b]), np.array([0])).astype(np.int64)
                    yield np.repeat(np.arange(t0, t1), cnt)[sel], rows[sel], tf[sel]
            t0 = t1


class PostingsBuilder:
    """BM25 postings made from per-file term counts without holding them all: the arrays `Postings.from_csc`
    makes of `index.lexical.bm25_matrix`, equal to the bit, with only the encoded postings in memory.

    Files are added in row order (`add`: a block of `index.lexical.token_rows`); each is counted (document
    frequencies, lengths, its terms' ids in the joint vocabulary, and the bytes its row gaps take as
    varints, which rows come in order to know) and dropped. `finish` reads every block once more through
    its loader and writes its row gaps as varints and its counts as nibbles (or float32 weights) straight
    into their final places: the output arrays are allocated once at their size, and no array of a value
    per posting is made besides them (the 16-bit gaps and 8-bit counts placed first and encoded after were
    ~3 bytes a posting more, the build's second highest peak at 200x the sample). The matrix of float32
    weights and int32 rows is never made.

    Args:
        k1, b: BM25 parameters. weight_bits: 4 (counts; weights made at query time) or 32 (float32 weights).
        keep_bytes: blocks are kept in memory (not read back) while they take no more than this.
    """

    def __init__(self, k1: float, b: float, weight_bits: int = 4, keep_bytes: int = 0):
        from collections import defaultdict
        from itertools import count

        if weight_bits not in (4, 32):
            raise ValueError(f"weight_bits must be 4 or 32, not {weight_bits}")
        self.k1, self.b, self.weight_bits = k1, b, weight_bits
        self.vocab: dict[str, int] = defaultdict(count().__next__)  # a new term gets the next id
        self._df = np.zeros(1024, dtype=np.int64)
        self._bytes = np.zeros(1024, dtype=np.int64)  # each term's row gaps so far, in varint bytes
        self._last = np.full(1024, -1, dtype=np.int64)  # each term's last row so far (-1: none yet)
        self._lengths: list[np.ndarray] = []
        self._blocks: list[tuple[int, np.ndarray, object]] = []  # (first row, term ids, loader or block)
        self.num_docs = 0
        self._room = keep_bytes

    def __len__(self) -> int:
        return self.num_docs

    def _grow(self, n: int) -> None:
        if n <= len(self._df):
            return
        size = max(n, 2 * len(self._df))

        def grown(a, fill):
            return np.concatenate([a, np.full(size - len(a), fill, dtype=a.dtype)])

        self._df, self._bytes, self._last = grown(self._df, 0), grown(self._bytes, 0), grown(self._last, -1)

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
        self._grow(len(self.vocab))
        for cols, rows, _ in self._pieces(self.num_docs, ids, block):
            self._count(cols, rows)
        self._lengths.append(np.asarray(block["lengths"], dtype=np.int64))
        kept = {k: block[k] for k in ("cols", "tf", "nnz")}
        size = sum(a.nbytes for a in kept.values())
        if load is not None and size > self._room:
            kept = load  # read back at finish
        elif load is not None:
            self._room -= size
        self._blocks.append((self.num_docs, ids, kept))
        self.num_docs += len(block["lengths"])

    def add_segment(self, postings: "Postings", terms: list[str], start: int, n: int) -> None:
        """The next `n` rows: rows `start`.. of an older index's `postings` (counts kept, `weight_bits` 4), whose
        term i is `terms[i]`: the same passages, tokenised alike, without their token rows. The older postings
        are decoded twice (here to count them and their gaps' bytes, at `finish` to place them), term range by
        term range; a term's postings in the rows are all in one range."""
        if n <= 0:
            return
        seg = _Segment(postings, start, n)
        ids = np.full(len(terms), -1, dtype=np.int32)
        shift = self.num_docs - seg.start
        for old, rows, _ in seg.pieces():
            new = np.unique(old)
            new = new[ids[new] < 0]
            ids[new] = np.fromiter((self.vocab[terms[t]] for t in new.tolist()), dtype=np.int32, count=len(new))
            self._grow(len(self.vocab))
            self._count(ids[old], rows + shift)
        self._lengths.append(np.asarray(postings.lengths[start:start + n], dtype=np.int64))
        self._blocks.append((self.num_docs, ids, seg))
        self.num_docs += n

    def _count(self, cols: np.ndarray, rows: np.ndarray) -> None:
        """Counts postings (term ids, rows ascending per term) into each term's df, gap bytes and last row."""
        if not len(cols):
            return
        c, r, _, first, counts, gaps = _by_column(cols, rows, None, self._last)
        terms_here = c[first]
        self._df[terms_here] += counts
        self._bytes[terms_here] += np.add.reduceat(_varint_sizes(gaps), first)
        self._last[terms_here] = r[first + counts - 1]

    def _pieces(self, start: int, ids: np.ndarray, kept):
        """One block's postings in its own order, in one piece or (an older index's rows) several, each
        column's postings of the block within one piece: (term ids, rows, counts)."""
        if isinstance(kept, _Segment):
            for old, rows, tf in kept.pieces():
                yield ids[old], rows + (start - kept.start), tf
            return
        block = kept if isinstance(kept, dict) else kept()
        if block is None:
            raise ValueError("token rows gone during the build")
        nnz = np.asarray(block["nnz"], dtype=np.int64)
        rows = np.repeat(np.arange(start, start + len(nnz), dtype=np.int64), nnz)
        yield ids[block["cols"]], rows, block["tf"]

    def finish(self) -> tuple[dict[str, int], Postings]:
        """The vocabulary (with bm25s' empty token, as index.lexical adds it) and the postings."""
        # Terms numbered in sorted order: an older index's rows come in its own term order.
        terms, rank = sorted_ranks(self.vocab)
        vocab = dict(zip(terms, range(len(terms))))
        vocab.setdefault("", len(vocab))
        n_vocab = len(vocab)
        df, n_bytes = np.zeros(n_vocab, dtype=np.int64), np.zeros(n_vocab, dtype=np.int64)
        df[rank], n_bytes[rank] = self._df[:len(rank)], self._bytes[:len(rank)]
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0, dtype=np.int64)
        n_docs = self.num_docs
        # As index.lexical.bm25_matrix: idf per term, length norms in float64, weights to float32.
        idf = idf_array(n_docs, df)
        norm = self.k1 * ((1 - self.b) + self.b * lengths / lengths.mean()) if n_docs else None
        indptr = np.zeros(n_vocab + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        gap_ptr = np.zeros(n_vocab + 1, dtype=np.int64)  # term t's first gap byte (as `_encode` places it)
        np.cumsum(n_bytes, out=gap_ptr[1:])
        nnz = int(indptr[-1])
        exact = self.weight_bits == 32
        data = np.empty(int(gap_ptr[-1]), dtype=np.uint8)
        weights = np.empty(nnz, dtype=np.float32) if exact else None
        tf = None if exact else np.zeros((nnz + 1) // 2, dtype=np.uint8)
        free = indptr[:-1].copy()  # next free posting of each term's column
        free_byte = gap_ptr[:-1].copy()  # and its first byte
        last = np.full(n_vocab, -1, dtype=np.int64)  # the last row placed in each column
        big_at, big_tf = [], []
        for start, ids, kept in self._blocks:
            new_ids = np.where(ids >= 0, rank[np.maximum(ids, 0)], -1).astype(np.int32)
            for cols, rows, counts_in in self._pieces(start, new_ids, kept):
                if not len(cols):
                    continue
                c, r, f, first, counts, d = _by_column(cols, rows, counts_in, last)
                terms_here = c[first]
                pos = np.repeat(free[terms_here] - first, counts) + np.arange(len(c))  # each posting's index
                size = _varint_sizes(d)
                at = np.cumsum(size) - size  # each gap's first byte within this block's gaps of its term, below
                at += np.repeat(free_byte[terms_here] - at[first], counts)
                _put_varints(data, at, d, size)
                if exact:
                    t = f.astype(np.float64)
                    weights[pos] = (idf[c].astype(np.float64) * (t / (norm[r] + t))).astype(np.float32)
                else:
                    f = f.astype(np.int64)
                    many = np.flatnonzero(f >= _NIBBLE)  # kept whole in tf_big
                    big_at.append(pos[many])
                    big_tf.append(f[many])
                    nib = np.minimum(f, _NIBBLE).astype(np.uint8)
                    odd = (pos & 1).astype(bool)  # (two postings of a byte may be in one block: each half alone)
                    tf[pos[~odd] >> 1] |= nib[~odd]
                    tf[pos[odd] >> 1] |= nib[odd] << 4
                free[terms_here] += counts
                free_byte[terms_here] += np.add.reduceat(size, first)
                last[terms_here] = r[first + counts - 1]
        arrays = {"indptr": _offsets(indptr), "gap_ptr": _offsets(gap_ptr), "gaps": data}
        if exact:
            return vocab, Postings(**arrays, num_docs=n_docs, weights=weights, k1=self.k1, b=self.b)
        at = np.concatenate(big_at) if big_at else np.zeros(0, np.int64)
        o = np.argsort(at, kind="stable")
        at, big = at[o], (np.concatenate(big_tf) if big_tf else np.zeros(0, np.int64))[o]
        arrays.update(tf=tf, tf_at=at.astype(np.uint32 if nnz < 2**32 else np.int64),
                      tf_big=big.astype(np.uint16 if not len(big) or big.max() < 2**16 else np.uint32))
        return vocab, Postings(**arrays, num_docs=n_docs, idf=idf, lengths=lengths.astype(np.int32), k1=self.k1,
                               b=self.b)


def _by_column(cols: np.ndarray, rows: np.ndarray, tf, last: np.ndarray):
    """One block's postings sorted by term (rows ascending within a term), with each term's first posting
    in the block, its count of postings, and each posting's row gap: to the term's previous row in the
    block, or to `last[term]` (its last row before the block; the row itself when -1).

    Returns:
        (terms, rows, counts or None, first, counts per term, gaps), each int64 but the terms.
    """
    order = np.argsort(cols, kind="stable")  # stable: rows stay ascending within a column
    c, r = cols[order], rows[order]
    f = None if tf is None else np.asarray(tf)[order]
    first = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
    counts = np.diff(np.r_[first, len(c)])
    prev = np.empty_like(r)
    prev[1:] = r[:-1]
    before = last[c[first]]
    prev[first] = np.where(before >= 0, before, 0)  # a column's first row is kept whole
    return c, r, f, first, counts, r - prev


def _put_varints(out: np.ndarray, at: np.ndarray, values: np.ndarray, size: np.ndarray) -> None:
    """Write `values` as LEB128 varints (as `encode_varints`) into `out`, each at its byte `at` (`size`
    bytes: `_varint_sizes(values)`)."""
    for k in range(int(size.max()) if len(size) else 0):
        sel = np.flatnonzero(size > k)
        out[at[sel] + k] = ((values[sel] >> (7 * k)) & 127) | np.where(size[sel] > k + 1, 128, 0)
