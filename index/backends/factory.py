"""Pick the passage index named by a config string: "local" (the data dir) or "milvus:<uri>"."""

from __future__ import annotations

from kg.errors import GazetteError

__all__ = ["open_passage_index"]


def open_passage_index(spec: str, searcher=None, tokenizer=None):
    """The passage index `spec` names.

    Args:
        spec: "local" (bm25s + FAISS of the data dir), or "milvus:<file.db or http://host:19530>"
            with an optional "#collection" and "?analyzer=jieba|project".
        searcher: the data dir's `Searcher` (for "local": its loaded indexes).
        tokenizer: the project's tokenizer (for the Milvus "project" analyzer).
    """
    if spec in ("local", "files"):
        from index.backends.local import LocalPassageIndex

        return LocalPassageIndex.from_searcher(searcher)
    if spec.startswith("milvus:"):
        from index.backends.milvus import MilvusPassageIndex

        return MilvusPassageIndex.from_spec(spec[len("milvus:"):], tokenizer=tokenizer)
    raise GazetteError(f"unknown passage index {spec!r}: use 'local' or 'milvus:<file.db or http://host:19530>'")
