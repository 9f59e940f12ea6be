"""BM25 over jieba tokens with bm25s; saved with bm25s' own (pickle-free) format."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.tokenize import Tokenizer

__all__ = ["LexicalIndex"]


def _bm25s():
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    return bm25s


class LexicalIndex:
    """A BM25 index of passages.

    Args:
        tokenizer: the `Tokenizer` used for both passages and queries.
    """

    def __init__(self, tokenizer: Tokenizer, k1: float = 1.2, b: float = 0.75):
        self.tokenizer = tokenizer
        self.bm25 = _bm25s().BM25(k1=k1, b=b)
        self.size = 0

    def index(self, texts: list[str]) -> "LexicalIndex":
        corpus = [self.tokenizer(t) or ["<empty>"] for t in texts]
        self.bm25.index(corpus, show_progress=False)
        self.size = len(texts)
        return self

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every passage for `query` (zeros when no query token is known)."""
        toks = [t for t in self.tokenizer(query) if t in self.bm25.vocab_dict]
        if not toks:
            return np.zeros(self.size, dtype=np.float32)
        return self.bm25.get_scores(toks)

    def search(self, query: str, k: int = 10) -> list[tuple[int, float]]:
        s = self.scores(query)
        if not s.any():
            return []
        k = min(k, len(s))
        top = np.argpartition(-s, k - 1)[:k]
        top = top[np.argsort(-s[top], kind="stable")]
        return [(int(i), float(s[i])) for i in top if s[i] > 0]

    def save(self, path: Path) -> None:
        self.bm25.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path, tokenizer: Tokenizer) -> "LexicalIndex":
        obj = cls.__new__(cls)
        obj.tokenizer = tokenizer
        obj.bm25 = _bm25s().BM25.load(str(path), show_progress=False)
        obj.size = int(obj.bm25.scores["num_docs"])
        return obj
