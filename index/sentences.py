"""Sentence vectors: every passage cut into sentences, each embedded at build time, for a finer relevance signal.

A passage vector carries its document's title and every sentence of the passage; a question often matches one
sentence of it (a lay question asks about one rule of a long article). The best sentence cosine of the first
passages, and its margin over the passage-level cosine, feed the no-answer confidence (index/confidence.py):
measured leave-one-set-out over every question set, unanswerable questions flagged 0.505 → 0.557 at the same
2 % of answerable ones (benchmarks/fit_confidence.py). In the fusion, as a third route beside BM25 and the
passage cosine (`Config.sentence_weight`, a fifth of the dense weight; index/search.py `_fuse_sentences`), they
raise MRR on every sample-corpus set from tune to fresh10 (lay18, stop 16); a larger share loses on the short
other-district excerpts, where a passage is about one sentence already.

Stored in the index folder as `sentences.npy` (float16 rows, L2-normalised before rounding: a cosine is off by
< 1e-3, far below the margins the model reads) and `sentence_start.npy` (passage i owns rows
start[i]:start[i+1]); the vectors themselves are cached by text like the passage vectors (index/embed.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

__all__ = ["split_sentences", "SentenceVectors", "SENTENCE_MIN_CHARS", "cache_model"]

# After a sentence end, and at every line break (a table row, a list item).
_SPLIT = re.compile(r"(?<=[。！？；!?;])|\n")
# Shorter pieces (a heading number, a table cell, "一、") join the next one: alone they say nothing.
SENTENCE_MIN_CHARS = 12


def split_sentences(text: str, min_chars: int = SENTENCE_MIN_CHARS) -> list[str]:
    """The sentences of a passage's text, each at least `min_chars` long (short pieces joined to the next one,
    a short last piece to the one before); a text shorter than that is one sentence."""
    out: list[str] = []
    buf = ""
    for piece in _SPLIT.split(text):
        piece = (piece or "").strip()
        if not piece:
            continue
        buf += piece
        if len(buf) >= min_chars:
            out.append(buf)
            buf = ""
    if buf:
        if out:
            out[-1] += buf
        else:
            out.append(buf)
    return out


def cache_model(model: str) -> str:
    """The embedding-cache name of a model's sentence vectors (kept apart from its passage vectors)."""
    return f"sent-{model}"


# Sentence rows are widened to float32 once, when loaded, up to this many bytes of float32 (the sample's ~10k
# rows: 16 MB): numpy widens float16 at ~1 ns an element, so the ~200 rows a query reads cost 0.13 ms to widen
# and 0.03 ms to read already wide (the same float32 values: the same products to the bit). Above it the rows
# stay float16 and memory-mapped, each query widening the rows it reads.
WIDEN_AT_LOAD_MAX = 64 * 2**20


class SentenceVectors:
    """The sentence rows of every passage, loaded (memory-mapped) from an index folder."""

    FILES = ("sentences.npy", "sentence_start.npy")

    def __init__(self, vectors: np.ndarray, start: np.ndarray, widen_max: int = WIDEN_AT_LOAD_MAX):
        self.vectors, self.start = vectors, start
        # the rows as the products read them (float32): the float16 rows widened once when small enough
        self._rows32 = (np.asarray(vectors, dtype=np.float32) if vectors.dtype != np.float32
                        and vectors.size * 4 <= widen_max else None)

    def _wide(self, rows) -> np.ndarray:
        """Rows `rows` (an index array or a slice) as float32."""
        if self._rows32 is not None:
            return self._rows32[rows]
        return np.asarray(self.vectors[rows], dtype=np.float32)

    @classmethod
    def save(cls, folder: Path, vectors: np.ndarray, counts: list[int]) -> None:
        start = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64)
        np.save(Path(folder) / cls.FILES[0], np.asarray(vectors, dtype=np.float16))
        np.save(Path(folder) / cls.FILES[1], start)

    @classmethod
    def load(cls, folder: Path) -> "SentenceVectors | None":
        """The folder's sentence vectors, or None when it has none (built before them, or without)."""
        paths = [Path(folder) / f for f in cls.FILES]
        if not all(p.exists() for p in paths):
            return None
        # A plain array over the mapped pages (np.asarray): numpy.memmap's Python-level hooks run on every slice.
        return cls(np.asarray(np.load(paths[0], mmap_mode="r", allow_pickle=False)),
                   np.load(paths[1], allow_pickle=False))

    def unit_length(self, check_all: int = 50_000, sample: int = 4096) -> bool:
        """Whether the rows are unit vectors (float16: within 1e-2) and finite: every row up to `check_all`
        rows, an evenly spaced sample above (a file too big to hash on load is still checked this way)."""
        n = len(self.vectors)
        if not n:
            return True
        rows = np.arange(n) if n <= check_all else np.linspace(0, n - 1, sample).astype(np.int64)
        with np.errstate(all="ignore"):  # garbage floats overflow: that is what is being detected
            norms = np.linalg.norm(np.asarray(self.vectors[rows], dtype=np.float64), axis=1)
        return bool(np.all(np.isfinite(norms)) and np.abs(norms - 1).max() < 1e-2)

    @property
    def passages(self) -> int:
        return len(self.start) - 1

    def best_of(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """`best` for many passages at once (the candidates of a query): one gather and one product over their
        sentence rows; -inf for a passage without sentences."""
        ids = np.asarray(ids, dtype=np.int64)
        a, b = self.start[ids], self.start[ids + 1]
        counts = b - a
        out = np.full(len(ids), -np.inf)
        if not counts.sum():
            return out
        # where each passage's rows begin in the gathered block
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rows = np.repeat(a - offsets, counts) + np.arange(counts.sum())
        cos = self._wide(rows) @ np.asarray(query, dtype=np.float32)
        has = counts > 0
        out[has] = np.maximum.reduceat(cos, offsets[has])
        return out

    def best(self, query: np.ndarray, ids) -> list[float | None]:
        """The best sentence cosine of each passage in `ids` with the (L2-normalised) query vector; None for a
        passage without sentences."""
        q = np.asarray(query, dtype=np.float32)
        out: list[float | None] = []
        for i in ids:
            a, b = int(self.start[i]), int(self.start[i + 1])
            out.append(float((self._wide(slice(a, b)) @ q).max()) if b > a else None)
        return out
