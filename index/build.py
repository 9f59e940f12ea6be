"""Build the search index of a data dir: passages, BM25, embeddings (cached) and FAISS, plus a manifest."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from index.chunk import chunk_issue
from index.lexical import LexicalIndex
from index.tasks import TASK_INDEX_DIR, build_task_index
from index.tokenize import Tokenizer
from kg.config import Config
from kg.errors import GazetteError
from kg.store import write_json

__all__ = ["build_index", "user_words", "INDEX_FORMAT"]

INDEX_FORMAT = 1


def user_words(facts: dict) -> list[str]:
    """Words jieba must keep whole: department names as printed and canonical, enterprise names."""
    words = set()
    for d in facts.get("departments", []):
        words.update(d["variants"])
        words.add(d["canonical"])
    for e in facts.get("enterprises", []):
        words.add(e["name"])
        words.update(e["aliases"])
    return sorted(words)


def build_index(issues, facts: dict, config: Config, out_dir: Path, previous_dir: Path | None = None,
                progress=None) -> dict:
    """Write bm25/, vectors (cache) and dense.faiss under `out_dir`; returns the manifest.

    The passages themselves are rows of kg.sqlite (kg.writer), chunked the same way in the same order.
    """
    say = progress or (lambda m: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    passages = [p for issue in issues for p in chunk_issue(issue, config.chunk_max_chars, config.chunk_min_chars)]
    if not passages:  # bm25s cannot index nothing; say so instead of its traceback
        raise GazetteError("no passage to index: the documents found have no text")
    tok = Tokenizer(user_words(facts), bigrams=True, unigrams=config.unigrams)
    texts = [p.for_embedding() for p in passages]
    LexicalIndex(tok, k1=config.bm25_k1, b=config.bm25_b, weight_bits=config.bm25_weight_bits).index(texts).save(
        out_dir / "bm25")
    (out_dir / "user_words.txt").write_text("\n".join(tok.user_words), encoding="utf-8")
    timings = {"chunk_and_bm25": time.perf_counter() - t0}
    say(f"indexed {len(passages)} passages with BM25")
    t0 = time.perf_counter()
    build_task_index(facts, out_dir / TASK_INDEX_DIR)  # who-leads loads it instead of indexing every task
    timings["tasks_bm25"] = time.perf_counter() - t0
    corpus_hash = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    manifest = {
        "format": INDEX_FORMAT,
        "passages": len(passages),
        "chunk_max_chars": config.chunk_max_chars,
        "chunk_min_chars": config.chunk_min_chars,
        "tokenizer": {"kind": "jieba+bigrams" + ("+unigrams" if tok.unigrams else ""), "bigrams": tok.bigrams,
                      "unigrams": tok.unigrams, "dictionary_hash": tok.dictionary_hash},
        "bm25": {"k1": config.bm25_k1, "b": config.bm25_b, "weight_bits": config.bm25_weight_bits},
        "corpus_hash": corpus_hash,
        "embedder": config.embedder,
    }
    if config.embedder != "none":
        from index.dense import DenseIndex
        from index.embed import EmbeddingCache, get_embedder, threads

        t1 = time.perf_counter()
        emb = get_embedder(config.embedder)
        folders = [previous_dir] if previous_dir else []
        cache = EmbeddingCache.load(folders + list(config.cache_dirs), emb.name, emb.dim)
        with threads(config.embed_threads):
            vectors, embedded = cache.embed(emb, texts, progress=say)
        cache.save(out_dir, keep=texts)
        embed_s = time.perf_counter() - t1
        dense = DenseIndex.build(vectors, config.faiss_exact_max, config.hnsw_m)
        dense.save(out_dir / "dense.faiss")
        manifest.update(model=emb.name, dim=emb.dim, faiss=dense.kind, embedded=embedded,
                        reused=len(set(texts)) - embedded)
        timings["embed"] = embed_s
        timings["embed_per_s"] = embedded / embed_s if embedded and embed_s else None
        say(f"embedded {embedded} passages ({len(set(texts)) - embedded} reused from cache) with {emb.name}")
    manifest["seconds"] = timings
    write_json(out_dir / "manifest.json", manifest)
    return manifest
