"""Passage indexes behind one interface: local (bm25s + FAISS) or Milvus (dense + BM25 full text)."""

from index.backends.base import PassageFilter, PassageIndex, passage_metadata
from index.backends.factory import open_passage_index

__all__ = ["PassageIndex", "PassageFilter", "passage_metadata", "open_passage_index"]
