"""Passage search over parsed gazettes: chunking, BM25 (jieba), dense FAISS, fusion, and the on-disk store."""

__all__ = ["build", "chunk", "dense", "embed", "fusion", "lexical", "search", "tokenize"]
