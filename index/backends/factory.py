"""Pick the passage index named by a config string: "local" (the data dir) or "milvus:<uri>"."""

from __future__ import annotations

from kg.errors import GazetteError

__all__ = ["open_passage_index", "open_searcher", "fill_passage_index"]


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
        from pathlib import Path

        from index.backends.milvus import MilvusPassageIndex

        uri = spec[len("milvus:"):].split("#")[0].split("?")[0]
        if not uri.startswith(("http://", "https://", "tcp://")) and not Path(uri).exists():
            # milvus-lite would create an empty store there; a search needs a filled one.
            raise GazetteError(f"no milvus-lite file at {uri}; fill it with: gazette-kg build --passages milvus:{uri}")
        return MilvusPassageIndex.from_spec(spec[len("milvus:"):], tokenizer=tokenizer)
    raise GazetteError(f"unknown passage index {spec!r}: use 'local' or 'milvus:<file.db or http://host:19530>'")


def open_searcher(config, passages: str = "local"):
    """The data dir's `Searcher`, its two routes answered by the passage index `passages` names."""
    if passages in ("local", "files"):
        from index.search import Searcher

        return Searcher.load(config)
    from index.backends.searcher import RoutedSearcher

    searcher = RoutedSearcher(config.data_dir, config)
    searcher.routes = open_passage_index(passages, searcher, searcher.tokenizer)
    return searcher


def fill_passage_index(config, passages: str) -> int:
    """Copy the built data dir's passages, vectors and metadata into the index `passages` names."""
    from index.backends.milvus import MilvusPassageIndex, fill_from_data_dir
    from index.search import Searcher

    if not passages.startswith("milvus:"):
        raise GazetteError(f"nothing to fill for passage index {passages!r}")
    tokenizer = Searcher.load(config).tokenizer
    index = MilvusPassageIndex.from_spec(passages[len("milvus:"):], tokenizer=tokenizer)
    try:
        return fill_from_data_dir(index, config.data_dir, config)
    finally:
        index.close()
