"""Compact BM25 postings: per term, Elias-Fano coded rows and bit-packed term counts; weights made at query time.

bm25s keeps a float32 weight and an int32 row per (passage, term): 8 bytes, 3.4× the input text on its
own. Here a posting is ~1.1 bytes (format 2: ~1.7, varint gaps and 4-bit counts):

- a term's rows (ascending, below N = the passage count) as an Elias-Fano sequence: with d = its document
  frequency and L = floor(log2(N / d)), each row's low L bits packed in `low` (term after term, each its
  d·L bits), and its high part (row >> L) in unary in `high` (bit (row >> L) + i set for the term's i-th
  row; the term's d + ((N - 1) >> L) bits rounded up to whole bytes): ~L + 2 bits a row, against 9.5 for
  the varint gaps. Both offsets follow from the document frequencies alone: no pointer per term is stored;
- the term's count in the passage, less one, bit-packed in blocks of 64 postings (posting order, across
  terms), each block as wide as its largest value (`tf_width`, one byte a block): a block of counts of 1
  takes no bits at all; no count is escaped or clipped;
- the document frequencies `df` (LEB128 varints), the idf recomputed from them per query term by bm25s'
  own formula (math.log, then float32: the very value the build computed), the passages' token counts
  `lengths` in the narrowest unsigned type that holds them.

Bit streams are little-endian within a byte (bit k is bit k % 8 of byte k // 8) and end with 8 spare
bytes, so a value of up to 57 bits is read with one unaligned 64-bit load, shift and mask (numpy
gathers, every posting of a query at once; no Python loop over postings).

A posting's weight is not stored: it is made from the count when a query reads the term, by the very
arithmetic of bm25s' "lucene" weights (idf per term in float32, the passage's length norm in float64,
the product cast to float32), so scores are bm25s' own float32 scores bit for bit. `weight_bits=32`
stores those float32 weights instead of the counts (tests compare the two).

Saved as plain numpy arrays (no pickle) and a JSON parameter file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

__all__ = ["Postings", "PostingsBuilder", "encode_varints", "decode_varints", "idf_of", "FORMAT"]

FORMAT = "gazette-kg-postings/3"
_ARRAYS = ("df", "high", "low", "tf", "tf_width", "lengths", "weights")
_STEP = 1 << 18  # postings per chunk while encoding (bounded temporaries; a multiple of _BLOCK)
_BLOCK = 64  # postings per count block (one bit width each; Postings._counts shifts by its log2)
_PAD = 8  # spare bytes after a bit stream: a 64-bit load at its last bit stays inside
_ESCAPE = np.iinfo(np.uint16).max  # the builder's 16-bit gaps: this or more is kept whole aside


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


def _varint_sizes(d: np.ndarray) -> np.ndarray:
    size = np.ones(len(d), dtype=np.int64)
    for k in (7, 14, 21, 28, 35, 42):
        size += d >= (1 << k)
    return size


def _bit_length(v: np.ndarray) -> np.ndarray:
    """int.bit_length of each non-negative integer (below 2**53: exact as a float64's exponent)."""
    return np.frexp(np.asarray(v, dtype=np.float64))[1].astype(np.int64)


def idf_of(df: np.ndarray, n_docs: int) -> np.ndarray:
    """bm25s' "lucene" idf (float32) of the document frequencies `df`: math.log per term, as bm25s does
    (np.log may differ in the last bit); 0 for a term without postings."""
    return np.array([math.log(1 + (n_docs - d + 0.5) / (d + 0.5)) if d else 0.0 for d in np.asarray(df).tolist()],
                    dtype=np.float32)


def _layout(df: np.ndarray, n_docs: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per term: its low bit width L, and where its low bits (bit offsets) and high bytes begin (T + 1 each)."""
    d = np.asarray(df, dtype=np.int64)
    has = d > 0
    low_bits = np.where(has, _bit_length(n_docs // np.maximum(d, 1)) - 1, 0)  # floor(log2(N / d))
    high_bytes = np.where(has, (d + ((n_docs - 1) >> low_bits) + 7) >> 3, 0)
    low_at = np.zeros(len(d) + 1, dtype=np.int64)
    np.cumsum(d * low_bits, out=low_at[1:])
    high_at = np.zeros(len(d) + 1, dtype=np.int64)
    np.cumsum(high_bytes, out=high_at[1:])
    return low_bits, low_at, high_at


def _stream(n_bits: int, pad: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """A zeroed bit stream of `n_bits` (+ `pad` spare bytes): its bytes, and the same memory as 64-bit words
    to write into (`_put_bits`)."""
    words = np.zeros((n_bits + 63) // 64 + 1 + (pad + 7) // 8, dtype="<u8")
    return words.view(np.uint8)[:(n_bits + 7) // 8 + pad], words


def _put_bits(words: np.ndarray, at: np.ndarray, values, widths) -> None:
    """OR `values` (each below 2**`widths`, at most 57 bits) into the stream of 64-bit `words` at bit offsets
    `at`: each value lands in its word and spills its top bits into the next (the values never overlap,
    so OR-ing them word by word in any order is their sum)."""
    at = np.asarray(at, dtype=np.int64)
    v = np.broadcast_to(np.asarray(values, dtype=np.int64), at.shape).astype(np.uint64)
    w = np.broadcast_to(widths, at.shape)
    k, s = at >> 6, at & 63
    np.bitwise_or.at(words, k, v << s.astype(np.uint64))
    spill = np.flatnonzero(s + w > 64)
    np.bitwise_or.at(words, k[spill] + 1, v[spill] >> (64 - s[spill]).astype(np.uint64))


def _words(stream: np.ndarray) -> np.ndarray:
    """The stream as overlapping little-endian 64-bit words, word k starting at byte k (a strided view)."""
    s = np.ascontiguousarray(stream, dtype=np.uint8)
    return np.ndarray((max(len(s) - 7, 0),), dtype="<u8", buffer=s, strides=(1,))


_MASKS = (np.uint64(1) << np.arange(64, dtype=np.uint64)) - np.uint64(1)  # the low k bits set, by k


def _get_bits(words: np.ndarray, at: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """The `widths`-bit values (int64) at bit offsets `at` (int64) of the stream `words` was made of."""
    at = np.ascontiguousarray(at, dtype=np.int64)
    v = words[at >> 3]
    v >>= at.view(np.uint64) & np.uint64(7)
    v &= _MASKS[widths]
    return v.view(np.int64)  # every value is under 2**57: the same bits


def _encode(indptr: np.ndarray, n_docs: int, rows_of, counts_of=None, rows_done=None) -> dict:
    """The stored arrays of postings given chunk by chunk in column order: `rows_of(s, e)` the rows (int64)
    of postings s..e-1, `counts_of(s, e)` their counts (None: weights are stored apart).

    Every offset follows from the document frequencies (and the count blocks' widths, made in a first
    pass), so each output is allocated once at its size and filled chunk by chunk. `rows_done` is called
    once the rows are encoded, before the counts are: the builder frees its 16-bit gaps there."""
    indptr = np.asarray(indptr, dtype=np.int64)
    df = np.diff(indptr)
    nnz = int(indptr[-1])
    steps = [(s, min(s + _STEP, nnz)) for s in range(0, nnz, _STEP)]
    low_bits, low_at, high_at = _layout(df, n_docs)
    low, low_words = _stream(int(low_at[-1]), _PAD)
    high, high_words = _stream(int(high_at[-1]) * 8)
    for s, e in steps:
        r = rows_of(s, e)
        p = np.arange(s, e)
        t = np.searchsorted(indptr, p, side="right") - 1  # each posting's term
        i = p - indptr[t]  # its place among the term's rows
        w = low_bits[t]
        _put_bits(low_words, low_at[t] + i * w, r & ((1 << w) - 1), w)
        _put_bits(high_words, high_at[t] * 8 + (r >> w) + i, 1, 1)
    if rows_done is not None:
        rows_done()
    out = {"df": encode_varints(df), "high": high, "low": low}
    if counts_of is None:
        return out
    width = np.zeros((nnz + _BLOCK - 1) // _BLOCK, dtype=np.uint8)
    for s, e in steps:
        width[s // _BLOCK:(e + _BLOCK - 1) // _BLOCK] = _bit_length(
            np.maximum.reduceat(np.asarray(counts_of(s, e), dtype=np.int64) - 1, np.arange(0, e - s, _BLOCK)))
    tf_at = _block_offsets(width)
    tf, tf_words = _stream(int(tf_at[-1]), _PAD)
    for s, e in steps:
        p = np.arange(s, e)
        w = width[p // _BLOCK].astype(np.int64)
        _put_bits(tf_words, tf_at[p // _BLOCK] + (p % _BLOCK) * w, np.asarray(counts_of(s, e), dtype=np.int64) - 1, w)
    out.update(tf=tf, tf_width=width)
    return out


def _block_offsets(width: np.ndarray) -> np.ndarray:
    at = np.zeros(len(width) + 1, dtype=np.int64)
    np.cumsum(width.astype(np.int64) * _BLOCK, out=at[1:])
    return at


def _narrow(lengths) -> np.ndarray:
    """The passages' token counts in the narrowest unsigned type that holds them (exact either way)."""
    n = np.asarray(lengths, dtype=np.int64)
    top = int(n.max()) if len(n) else 0
    return n.astype(np.uint16 if top < 2**16 else np.uint32 if top < 2**32 else np.int64)


class Postings:
    """The columns of a passages × terms BM25 matrix.

    Attributes:
        df: uint8, the terms' document frequencies as varints; `indptr` (int64, in memory) their running sum:
            term t's postings are [indptr[t], indptr[t+1]).
        high, low: uint8 bit streams, every term's rows as Elias-Fano sequences (see the module docstring).
        tf, tf_width: the counts less one, bit-packed in blocks of 64 postings, and each block's width;
            with lengths (tokens per passage) they make the weights. None when `weights` (float32 per
            posting) are stored instead.
        num_docs: the number of rows (passages). k1, b: the BM25 parameters.
    """

    def __init__(self, df, high, low, num_docs: int, *, tf=None, tf_width=None, lengths=None, weights=None,
                 k1: float = 1.2, b: float = 0.75):
        self.df_bytes, self.high, self.low = df, high, low
        self.tf, self.tf_width, self.lengths = tf, tf_width, lengths
        self.weights, self.num_docs, self.k1, self.b = weights, int(num_docs), float(k1), float(b)
        counts = decode_varints(df)
        self.indptr = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=self.indptr[1:])
        self._low_bits, self._low_at, self._high_at = _layout(counts, self.num_docs)
        self._low_words = _words(low)
        self._norm = None
        if weights is None:
            # Posting p of block k starts at bit tf_at[k] + (p - 64 k) · width[k]: the part that depends on
            # the block alone is folded once here.
            width = np.asarray(tf_width, dtype=np.int64)
            self._tf_base = _block_offsets(width)[:-1] - np.arange(len(width)) * _BLOCK * width
            self._tf_words = _words(tf)
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
        float32 `weights`, or the counts `tf` with `lengths` (weights made at query time).

        Args:
            idf: optional, checked only: the idf is bm25s' of the columns' sizes (`idf_of`), made per query.
        """
        indptr = np.asarray(indptr, dtype=np.int64)
        if idf is not None and not np.array_equal(np.asarray(idf, dtype=np.float32), idf_of(np.diff(indptr), num_docs)):
            raise ValueError("idf is not bm25s' idf of the document frequencies: the postings recompute it")
        arrays = _encode(indptr, num_docs, lambda s, e: np.asarray(indices[s:e], dtype=np.int64),
                         None if weights is not None else lambda s, e: np.asarray(tf[s:e]))
        if weights is not None:
            return cls(**arrays, num_docs=num_docs, weights=np.asarray(weights, dtype=np.float32), k1=k1, b=b)
        return cls(**arrays, num_docs=num_docs, lengths=_narrow(lengths), k1=k1, b=b)

    @property
    def df(self) -> np.ndarray:
        return np.diff(self.indptr)

    def idf(self, terms) -> np.ndarray:
        """bm25s' idf (float32) of `terms` (term ids), from their document frequencies."""
        return idf_of(self.indptr[np.asarray(terms, dtype=np.int64) + 1] - self.indptr[np.asarray(terms, dtype=np.int64)],
                      self.num_docs)

    def rows(self, t: int) -> np.ndarray:
        """The rows (passages) holding term `t`, ascending."""
        return self._rows(np.array([t], dtype=np.int64))[0]

    def counts(self, t: int, dtype=np.int64) -> np.ndarray:
        """Term `t`'s count in each of its rows."""
        p, q = int(self.indptr[t]), int(self.indptr[t + 1])
        return self._counts(np.arange(p, q, dtype=np.int64)).astype(dtype)

    def _counts(self, pos: np.ndarray) -> np.ndarray:
        """The counts (int64) of the postings at index positions `pos`."""
        blk = pos >> 6  # _BLOCK = 64 postings a block
        w = self.tf_width[blk]
        at = pos * w
        at += self._tf_base[blk]
        c = _get_bits(self._tf_words, at, w)
        c += 1
        return c

    def _rows(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows of every posting of the terms `t`, term after term, with each term's size `n` and each
        posting's position `pos` in the whole index.

        All terms are decoded at once (a query has ~40 terms with bigrams: a few numpy calls in all instead
        of a dozen per term): the low bits by one gather, the high parts by one unpacking of the terms'
        high bytes laid end to end (a term's bytes hold its ones only, in order). Per-term constants are
        folded before they are repeated over the postings: posting k of the concatenation is the
        (k - start)-th of its term."""
        a = self.indptr[t]
        n = self.indptr[t + 1] - a
        start = np.cumsum(n) - n  # each term's first posting in the concatenation
        k = np.arange(int(n.sum()))
        bits = self._low_bits[t]
        w = np.repeat(bits, n)
        at = k * w
        at += np.repeat(self._low_at[t] - start * bits, n)
        low = _get_bits(self._low_words, at, w)
        h0, h1 = self._high_at[t].tolist(), self._high_at[t + 1].tolist()
        ones = np.flatnonzero(np.unpackbits(np.concatenate([self.high[x:y] for x, y in zip(h0, h1)] or
                                                           [np.zeros(0, np.uint8)]), bitorder="little"))
        size = np.subtract(h1, h0)
        ones -= k
        ones -= np.repeat((np.cumsum(size) - size) * 8 - start, n)  # the bit's place in the term's bytes, less i
        ones <<= w
        ones |= low
        k += np.repeat(a - start, n)
        return ones, n, k

    def _gather(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows and float32 weights of every posting of the terms `t`, term after term."""
        rows, n, pos = self._rows(t)
        if not len(rows):
            return rows, np.zeros(0, dtype=np.float32)
        if self.weights is not None:
            return rows, np.asarray(self.weights)[pos]
        tf = self._counts(pos).astype(np.float64)
        # As index.lexical.bm25_matrix: idf (float32) × tf / (tf + norm) in float64, then float32 (in place:
        # a common term has a row in most passages).
        w = self._norm[rows]
        w += tf
        np.divide(tf, w, out=w)
        w *= np.repeat(self.idf(t).astype(np.float64), n)
        return rows, w.astype(np.float32)

    def column(self, t: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows holding term `t` and their float32 weights."""
        return self._gather(np.array([t], dtype=np.int64))

    def scores(self, term_ids: list[int]) -> np.ndarray:
        """The sum of each passage's weights over `term_ids` (a term given twice counts twice, as in bm25s),
        added in the order of `term_ids` (np.add.at adds in order): the sums of a per-term loop to the bit."""
        s = np.zeros(self.num_docs, dtype=np.float32)
        rows, w = self._gather(np.asarray(term_ids, dtype=np.int64))
        np.add.at(s, rows, w)
        return s

    def save(self, folder: Path, extra: dict) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in _ARRAYS:
            arr = self.df_bytes if name == "df" else getattr(self, name)
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


class PostingsBuilder:
    """BM25 postings made from per-file term counts without holding them all: the arrays `Postings.from_csc`
    makes of `index.lexical.bm25_matrix`, equal to the bit, with only the postings themselves in memory.

    Files are added in row order (`add`: a block of `index.lexical.token_rows`); each is counted (document
    frequencies, lengths, its terms' ids in the joint vocabulary) and dropped. `finish` reads every block
    once more through its loader to place its 16-bit row gaps and counts (or float32 weights) in their
    columns, then encodes them. The matrix of float32 weights and int32 rows is never made.

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
        vocab = dict(self.vocab)
        vocab.setdefault("", len(vocab))
        n_vocab = len(vocab)
        df = np.zeros(n_vocab, dtype=np.int64)
        df[:min(n_vocab, len(self._df))] = self._df[:n_vocab]
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0, dtype=np.int64)
        n_docs = self.num_docs
        # As index.lexical.bm25_matrix: math.log per term, length norms in float64, weights to float32.
        idf = idf_of(df, n_docs)
        norm = self.k1 * ((1 - self.b) + self.b * lengths / lengths.mean()) if n_docs else None
        indptr = np.zeros(n_vocab + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        nnz = int(indptr[-1])
        exact = self.weight_bits == 32
        # Placed in column order first (16-bit gaps, escaped; 8-bit counts, clipped), then encoded.
        out = np.empty(nnz, dtype=np.float32) if exact else np.empty(nnz, dtype=np.uint8)
        gaps = np.empty(nnz, dtype=np.uint16)
        free = indptr[:-1].copy()  # next free slot of each term's column
        last = np.full(n_vocab, -1, dtype=np.int64)  # the last row placed in each column
        esc_at, esc_gap, big_at, big_tf = [], [], [], []
        for start, ids, kept in self._blocks:
            cols, rows, tf = self._read(start, ids, kept)
            order = np.argsort(cols, kind="stable")  # stable: rows stay ascending within a column
            c, r, f = cols[order], rows[order], tf[order]
            first = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
            counts = np.diff(np.r_[first, len(c)])
            pos = np.repeat(free[c[first]] - first, counts) + np.arange(len(c))
            prev = np.empty_like(r)
            prev[1:] = r[:-1]
            before = last[c[first]]
            prev[first] = np.where(before >= 0, before, 0)  # a column's first row is kept whole
            d = r - prev
            big = np.flatnonzero(d >= _ESCAPE)
            esc_at.append(pos[big])
            esc_gap.append(d[big])
            d[big] = _ESCAPE
            gaps[pos] = d
            if exact:
                t = f.astype(np.float64)
                out[pos] = (idf[c].astype(np.float64) * (t / (norm[r] + t))).astype(np.float32)
            else:
                many = np.flatnonzero(f >= 255)
                big_at.append(pos[many])
                big_tf.append(f[many].astype(np.int64))
                out[pos] = np.minimum(f, 255)
            free[c[first]] += counts
            last[c[first]] = r[first + counts - 1]
        at = np.concatenate(esc_at) if esc_at else np.zeros(0, np.int64)
        o = np.argsort(at, kind="stable")
        at, gap = at[o], (np.concatenate(esc_gap) if esc_gap else np.zeros(0, np.int64))[o]
        bat = np.concatenate(big_at) if big_at else np.zeros(0, np.int64)
        o = np.argsort(bat, kind="stable")
        bat, btf = bat[o], (np.concatenate(big_tf) if big_tf else np.zeros(0, np.int64))[o]
        held = {"gaps": gaps}  # freed once the rows are encoded (`_encode` calls held.clear), before the counts
        del gaps

        def gaps_of(s, e):
            d = held["gaps"][s:e].astype(np.int64)
            lo, hi = np.searchsorted(at, [s, e])
            d[at[lo:hi] - s] = gap[lo:hi]
            return d

        starts = indptr[:-1][df > 0]  # each column's first posting (its row kept whole, not as a gap)
        carry = [0]  # the last row of the chunk before: a column running on into this chunk adds its gaps to it

        def rows_of(s, e):
            d = gaps_of(s, e)
            lo, hi = np.searchsorted(starts, [s, e])
            f = starts[lo:hi] - s
            if not len(f) or f[0]:
                d[0] += carry[0]
            c = np.cumsum(d)
            first = int(f[0]) if len(f) else len(d)
            rows = c - np.concatenate([np.zeros(first, dtype=np.int64),
                                       np.repeat(c[f] - d[f], np.diff(np.r_[f, len(d)]))])
            carry[0] = int(rows[-1])
            return rows

        def counts_of(s, e):
            f = out[s:e].astype(np.int64)
            lo, hi = np.searchsorted(bat, [s, e])
            f[bat[lo:hi] - s] = btf[lo:hi]
            return f

        arrays = _encode(indptr, n_docs, rows_of, None if exact else counts_of, held.clear)
        if exact:
            return vocab, Postings(**arrays, num_docs=n_docs, weights=out, k1=self.k1, b=self.b)
        del out
        return vocab, Postings(**arrays, num_docs=n_docs, lengths=_narrow(lengths), k1=self.k1, b=self.b)
