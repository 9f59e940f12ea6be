"""BM25 over jieba tokens: bm25s' "lucene" weights, kept and scored as compact postings (index/postings.py).

The index is built from token ids streamed passage by passage into compact arrays (a term id and a
16-bit count per distinct term of a passage), not from a list of token strings per passage: the
build's memory is the sparse matrix itself. The postings keep the counts (index/postings.py: ~1.7
bytes each) and a query makes its terms' weights exactly as bm25s computes them (tests compare the two).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import count
from pathlib import Path

import numpy as np

from index.postings import Postings, idf_array, sorted_ranks
from index.tokenize import Tokenizer

__all__ = ["LexicalIndex", "Rows", "top_n", "bm25_matrix", "token_rows"]

_EMPTY = "<empty>"  # the one token of a passage with no token (bm25s needs a non-empty document)
_CHUNK = 4096  # passages per array chunk while indexing


def top_n(scores: np.ndarray, n: int) -> np.ndarray:
    """Indices of the `n` highest positive scores, by score then index (as a stable full sort would).

    Only the positive scores are looked at (under a filter most are 0, and partitioning many equal values is
    slow: 36 ms for 370k passages against 3); argpartition finds the n-th of them in O(N); only the
    candidates are sorted.
    """
    if n <= 0:
        return np.zeros(0, dtype=np.int64)
    pos = np.flatnonzero(scores > 0)
    if n < len(pos):
        sc = scores[pos]
        kth = np.partition(sc, len(sc) - n)[len(sc) - n]
        above = pos[sc > kth]
        tied = pos[sc == kth][: n - len(above)]  # ties at the cut: lowest index first
        cand = np.concatenate([above, tied])
    else:
        cand = pos
    return cand[np.lexsort((cand, -scores[cand]))]


def bm25_matrix(rows: "Rows", k1: float, b: float, weights: bool = True):
    """The CSC matrix (passages × terms) of BM25 "lucene" weights, as bm25s' index builder computes them.

    The CSC arrays are filled chunk by chunk (a counting sort by term), each chunk of rows released as
    it is placed: the build holds the rows and the matrix, never a second copy of either.

    Returns:
        {"data": float32 weights (None with `weights=False`), "indices": int32 rows, "indptr": int64,
        "tf": the counts, "idf": float32 per term, "lengths": tokens per passage} of the CSC matrix.
    """
    chunks, lengths = rows.take()
    n_docs, n_vocab = len(lengths), rows.vocab_size
    avg = lengths.mean()
    df = np.zeros(n_vocab, dtype=np.int64)
    for c in chunks:
        df += np.bincount(c.cols, minlength=n_vocab)
    idf = idf_array(n_docs, df)
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    nnz = int(indptr[-1])
    indices = np.empty(nnz, dtype=np.int32)
    tf = np.empty(nnz, dtype=np.uint16 if all(c.tf.dtype == np.uint16 for c in chunks) else np.int64)
    free = indptr[:-1].copy()  # next free slot of each term's column
    while chunks:
        c = chunks.pop(0)
        order = np.argsort(c.cols, kind="stable")  # stable: rows stay ascending within a column
        cols = c.cols[order]
        first = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
        counts = np.diff(np.r_[first, len(cols)])
        pos = np.repeat(free[cols[first]] - first, counts) + np.arange(len(cols))
        indices[pos] = c.rows()[order]
        tf[pos] = c.tf[order]
        free[cols[first]] += counts
    out = {"data": None, "indices": indices, "indptr": indptr, "tf": tf, "idf": idf, "lengths": lengths}
    if not weights:
        return out
    # Length normalisation per passage, in float64 like bm25s (its average length is a numpy float64).
    norm = k1 * ((1 - b) + b * lengths / avg)
    data = out["data"] = np.empty(nnz, dtype=np.float32)
    step = 1 << 18  # bounded temporaries: ~6 float64 arrays of this length at once
    for s in range(0, nnz, step):
        e = min(s + step, nnz)
        col = np.searchsorted(indptr, np.arange(s, e), side="right") - 1
        t = tf[s:e].astype(np.float64)
        data[s:e] = idf[col].astype(np.float64) * (t / (norm[indices[s:e]] + t))
    return out


class _Chunk:
    """Consecutive passages as (term id, count) entries: `nnz[j]` entries for passage `start + j`."""

    def __init__(self, start: int, cols: list[np.ndarray], tf: list[np.ndarray]):
        self.start = start
        self.nnz = np.array([len(x) for x in cols], dtype=np.int64)
        self.cols = np.concatenate(cols)
        self.tf = np.concatenate(tf)

    def rows(self) -> np.ndarray:
        return np.repeat(np.arange(self.start, self.start + len(self.nnz), dtype=np.int32), self.nnz)


class Rows:
    """Passages as sparse rows of (term id, count), appended chunk by chunk."""

    def __init__(self):
        self.vocab: dict[str, int] = defaultdict(count().__next__)  # a new token gets the next id
        self._chunks: list[_Chunk] = []
        self._len: list[int] = []
        self._buf_cols: list[np.ndarray] = []
        self._buf_tf: list[np.ndarray] = []

    @property
    def vocab_size(self) -> int:
        return len(self.vocab)

    def __len__(self) -> int:
        return len(self._len)

    def add(self, tokens: list[str]) -> None:
        ids = np.fromiter(map(self.vocab.__getitem__, tokens), dtype=np.int32, count=len(tokens))
        cols, counts = np.unique(ids, return_counts=True)
        self._buf_cols.append(cols)
        self._buf_tf.append(counts.astype(np.uint16) if counts.max() < 65536 else counts)
        self._len.append(len(tokens))
        if len(self._buf_cols) >= _CHUNK:
            self._flush()

    def merge(self, block: dict) -> None:
        """Append one file's passages as counted by `token_rows`, its terms mapped into this vocabulary
        (a new term gets the next id, as if the passages were added one by one)."""
        if not len(block["lengths"]):
            return  # a file without passages
        terms = block["terms"]
        ids = np.fromiter(map(self.vocab.__getitem__, terms.tolist()), dtype=np.int32, count=len(terms))
        self.add_block(ids[block["cols"]], block["tf"], block["nnz"], block["lengths"])

    def add_block(self, cols: np.ndarray, tf: np.ndarray, nnz: np.ndarray, lengths: np.ndarray) -> None:
        """Append passages already counted (`token_rows`, ids of this index's vocabulary): `nnz[j]`
        (term id, count) entries of `cols`/`tf` for each passage, `lengths[j]` its tokens."""
        self._flush()
        chunk = _Chunk.__new__(_Chunk)
        chunk.start, chunk.nnz, chunk.cols, chunk.tf = len(self._len), nnz.astype(np.int64), cols, tf
        self._chunks.append(chunk)
        self._len.extend(lengths.tolist())

    def sort_vocab(self) -> None:
        """Number the terms in sorted order, once every passage is in: an index's vocabulary then depends on
        its terms only, not on the order they came in (index.postings.PostingsBuilder does the same, so an
        index merged from an older one's postings is the one made from the texts)."""
        self._flush()
        terms, rank = sorted_ranks(self.vocab)
        for c in self._chunks:
            c.cols = rank[c.cols]
        self.vocab = dict(zip(terms, range(len(terms))))

    def _flush(self) -> None:
        if self._buf_cols:
            start = len(self._len) - len(self._buf_cols)
            self._chunks.append(_Chunk(start, self._buf_cols, self._buf_tf))
            self._buf_cols, self._buf_tf = [], []

    def take(self) -> tuple[list[_Chunk], np.ndarray]:
        """The chunks (handed over: the caller releases them) and every passage's length in tokens."""
        self._flush()
        chunks, self._chunks = self._chunks, []
        return chunks, np.asarray(self._len, dtype=np.int64)


def token_rows(tokenizer: Tokenizer, texts: Iterable[str]) -> dict:
    """The BM25 term counts of some passages (one file's) with a vocabulary of their own.

    Returns:
        {"terms": the distinct tokens in order of first occurrence, "cols": int32 term ids (into
        "terms") and "tf": their counts, per passage in turn ("nnz" entries each, ascending ids),
        "lengths": every passage's token count}: what `LexicalIndex.index_rows` merges.
    """
    rows = Rows()
    for t in texts:
        rows.add(tokenizer(t) or [_EMPTY])
    chunks, lengths = rows.take()
    empty = np.zeros(0, dtype=np.int32)
    tf = [c.tf for c in chunks]
    return {"terms": np.array(list(rows.vocab), dtype=str),
            "cols": np.concatenate([c.cols for c in chunks]) if chunks else empty,
            "tf": np.concatenate(tf) if tf else np.zeros(0, dtype=np.uint16),
            "nnz": np.concatenate([c.nnz for c in chunks]).astype(np.int32) if chunks else empty,
            "lengths": lengths.astype(np.int32)}


class _Stats:
    """What other modules read of a bm25s object (vocabulary, document frequencies, passage count)."""

    def __init__(self, vocab: dict[str, int], postings: Postings, k1: float, b: float):
        self.vocab_dict, self.k1, self.b = vocab, k1, b
        self.scores = {"num_docs": postings.num_docs, "indptr": postings.indptr}


class LexicalIndex:
    """A BM25 index of passages: bm25s' "lucene" weights, kept as compact postings (index/postings.py).

    Args:
        tokenizer: the `Tokenizer` used for both passages and queries.
        weight_bits: 4 (default; counts stored, ~1.7 bytes a posting) or 32 (float32 weights stored); both
            score as bm25s does, bit for bit.
    """

    def __init__(self, tokenizer: Tokenizer, k1: float = 1.2, b: float = 0.75, weight_bits: int = 4):
        if weight_bits not in (4, 32):
            raise ValueError(f"weight_bits must be 4 or 32, not {weight_bits}")
        self.tokenizer = tokenizer
        self.k1, self.b, self.weight_bits = k1, b, weight_bits
        self.vocab: dict[str, int] = {}
        self.postings: Postings | None = None
        self.bm25 = None
        self.size = 0

    def index(self, texts: Iterable[str]) -> "LexicalIndex":
        """Index `texts` (any iterable: each passage is tokenised, counted and dropped in turn)."""
        rows = Rows()
        for t in texts:
            rows.add(self.tokenizer(t) or [_EMPTY])
        return self._from_rows(rows)

    def index_rows(self, rows: "Rows") -> "LexicalIndex":
        """Index passages counted file by file (`token_rows`, merged in order into `rows`): the same index
        as `index` over their texts."""
        return self._from_rows(rows)

    def _from_rows(self, rows: "Rows") -> "LexicalIndex":
        if not len(rows):
            rows.add([_EMPTY])  # an index of nothing: one empty passage, as bm25s needs
        rows.sort_vocab()
        n_docs = len(rows)
        m = bm25_matrix(rows, self.k1, self.b, weights=self.weight_bits == 32)
        vocab = dict(rows.vocab)
        vocab.setdefault("", len(vocab))  # bm25s' empty token, as its own index() adds it
        indptr, idf = m["indptr"], m["idf"]
        if len(indptr) - 1 < len(vocab):
            indptr = np.concatenate([indptr, np.full(len(vocab) - len(indptr) + 1, indptr[-1], dtype=np.int64)])
            idf = np.concatenate([idf, np.zeros(len(vocab) - len(idf), dtype=np.float32)])
        self._set(vocab, Postings.from_csc(m["indices"], indptr, n_docs, weights=m["data"], tf=m["tf"], idf=idf,
                                           lengths=m["lengths"], k1=self.k1, b=self.b))
        return self

    @classmethod
    def from_postings(cls, tokenizer: Tokenizer, vocab: dict[str, int], postings: Postings, k1: float = 1.2,
                      b: float = 0.75, weight_bits: int = 4) -> "LexicalIndex":
        """An index over postings built elsewhere (index.postings.PostingsBuilder)."""
        obj = cls(tokenizer, k1=k1, b=b, weight_bits=weight_bits)
        obj._set(vocab, postings)
        return obj

    def _set(self, vocab: dict[str, int], postings: Postings) -> None:
        self.vocab, self.postings, self.size = vocab, postings, postings.num_docs
        self.bm25 = _Stats(vocab, postings, self.k1, self.b)

    def scores(self, query: str, allowed: np.ndarray | None = None) -> np.ndarray:
        """The BM25 score of every passage for `query` (zeros when no query token is known), 0 outside
        `allowed` (a bool per passage; None: every passage)."""
        ids = [i for i in map(self.vocab.get, self.tokenizer(query)) if i is not None]
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return self.postings.scores(ids, allowed)

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        s = self.scores(query)
        top = top_n(s, k)
        return list(zip(top.tolist(), s[top].tolist()))

    def save(self, path: Path) -> None:
        """The postings arrays, the vocabulary (a JSON list: term i is the i-th) and the parameters."""
        path = Path(path)
        self.postings.save(path, {"k1": self.k1, "b": self.b})
        terms = [""] * len(self.vocab)
        for t, i in self.vocab.items():
            terms[i] = t
        (path / "vocab.json").write_text(json.dumps(terms, ensure_ascii=False, separators=(",", ":")),
                                         encoding="utf-8")

    @classmethod
    def load(cls, path: Path, tokenizer: Tokenizer) -> "LexicalIndex":
        path = Path(path)
        postings, params = Postings.load(path)
        terms = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
        obj = cls(tokenizer, k1=params["k1"], b=params["b"], weight_bits=params["weight_bits"])
        obj._set({t: i for i, t in enumerate(terms)}, postings)
        return obj
