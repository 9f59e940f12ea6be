"""Build the search index of a data dir: BM25 (compact postings), embeddings (cached) and FAISS, plus a manifest.

The passages themselves are rows of kg.sqlite (kg.writer.SqliteWriter), fed the same passages in the same
order: passage N of kg.sqlite is row N of every index here.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from index.chunk import Passage
from index.lexical import LexicalIndex, token_rows
from index.postings import PostingsBuilder
from index.previous import ROWS_FILE, PreviousRows, rows_json
from index.sentences import split_sentences
from index.tasks import TASK_INDEX_DIR, save_task_index, task_tokenizer
from index.tokenize import Tokenizer
from kg.config import Config
from kg.errors import GazetteError
from kg.store import write_json

__all__ = ["IndexBuilder", "user_words", "INDEX_FORMAT"]

INDEX_FORMAT = 1
# Token rows kept in memory while the index is made (not read back from the parts at the end): a
# 200× corpus has ~600 MB of them; more kept is a faster `add` and a higher peak of the index pass.
KEEP_ROWS_BYTES = 64 << 20


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


class IndexBuilder:
    """The search index written file by file, after the cross-file reduce (the user dictionary needs it):
    each file's BM25 term counts (passages, and tasks for who-leads) are merged at once; BM25, the task index and the dense index are written at `finish`.

    Args:
        facts: the reduced facts (departments and enterprises make the user dictionaries; not kept).
        rows: a store of token rows by name (`load(name) -> dict | None`, `save(name, rows)`; kg.parts.PartStore),
            or None to tokenise everything.
    """

    def __init__(self, config: Config, out_dir: Path, facts: dict, previous_dir: Path | None = None, progress=None,
                 rows=None):
        self.config = config
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.previous_dir = previous_dir
        self.say = progress or (lambda m: None)
        self.store = rows
        self.tok = Tokenizer(user_words(facts), bigrams=True, unigrams=config.unigrams)
        self.task_tok = task_tokenizer(facts)
        self._hash = hashlib.sha256()
        self._texts: list[str] = []  # every passage's text, kept only for the embedder
        self._sentences: list[list[str]] = []  # each passage's sentences (index/sentences.py), likewise
        # Only counts per file are kept; the postings are made at `finish` from the rows read back.
        # The rows of the first files stay in memory (up to KEEP_ROWS_BYTES); the others are read back.
        self._rows = PostingsBuilder(config.bm25_k1, config.bm25_b, config.bm25_weight_bits,
                                     keep_bytes=KEEP_ROWS_BYTES * 3 // 4)
        task_index = LexicalIndex(self.task_tok)
        self._task_rows = PostingsBuilder(task_index.k1, task_index.b, task_index.weight_bits,
                                          keep_bytes=KEEP_ROWS_BYTES // 4)
        self.passages = self.tasks = self.files = self.tokenised = self.reused = 0
        # Names of the stored rows this index cannot give back (float32 weights keep no counts): the build
        # keeps them in DATA/parts; the others are in this index (rows.json) and go from there.
        self.used: list[str] = []
        # Rows of unchanged files come from the previous index's postings (index/previous.py), consecutive
        # ones as one range: `_run` is the range not yet handed to the builder, per kind.
        self._previous = PreviousRows.load(previous_dir) if rows is not None else None
        self._spans: dict[str, dict] = {"bm25": {}, "tasks": {}}  # this index's rows.json
        self._next = {"bm25": 0, "tasks": 0}
        self._run: dict[str, list | None] = {"bm25": None, "tasks": None}
        self.seconds = {"chunk_and_bm25": 0.0, "tasks_bm25": 0.0}

    def _add_rows(self, builder: PostingsBuilder, tok: Tokenizer, kind: str, key: str | None,
                  texts: list[str]) -> None:
        """One file's token rows (from the previous index, stored, or made and stored) into `builder`, which
        reads them back at the end."""
        first = self._next[kind]
        self._next[kind] += len(texts)
        if self.store is None or key is None:
            self._flush(kind, builder)
            builder.add(token_rows(tok, texts))
            return
        name = f"{key}.{kind}-{tok.rows_key(texts)}"
        if builder.weight_bits == 4:
            self._spans[kind][name] = [first, len(texts)]
        span = self._previous.span(kind, name, len(texts)) if self._previous is not None else None
        if span is not None:
            run = self._run[kind]
            if run is not None and run[0] + run[1] == span[0]:
                run[1] += span[1]
            else:
                self._flush(kind, builder)
                self._run[kind] = list(span)
            self.reused += kind == "bm25"
            return
        self._flush(kind, builder)
        if builder.weight_bits != 4:
            self.used.append(name)
        rows = self.store.load_tokens(name)
        if rows is None:
            rows = token_rows(tok, texts)
            self.store.save_tokens(name, rows)
            self.tokenised += kind == "bm25"
        builder.add(rows, load=lambda: self.store.load_tokens(name, terms=False))

    def _flush(self, kind: str, builder: PostingsBuilder) -> None:
        """Hand the pending range of the previous index's rows to `builder` (before any other rows)."""
        run, self._run[kind] = self._run[kind], None
        if run is not None:
            postings, terms = self._previous.postings(kind)
            builder.add_segment(postings, terms, run[0], run[1])

    def add_file(self, passages: list[dict], tasks: list[str], key: str | None = None) -> None:
        """The next file's passages (`Passage.to_json()` dicts) and tasks (index.tasks.task_texts), in build order.

        Args:
            key: the file's part key: its token rows are looked up and stored under it.
        """
        self.add_passages(passages, key)
        self.add_tasks(tasks, key)

    def add_passages(self, passages: list[dict], key: str | None = None) -> None:
        """The next file's passages alone (a build may add every file's passages, `finish_passages`, then
        every file's tasks: one jieba dictionary in memory at a time)."""
        t0 = time.perf_counter()
        texts = [Passage(**p).for_embedding() for p in passages]
        for t in texts:
            # The same hash as of "\n".join(all texts), computed as the texts pass.
            self._hash.update((("\n" if self.passages else "") + t).encode("utf-8"))
            self.passages += 1
        if texts:
            self._add_rows(self._rows, self.tok, "bm25", key, texts)
        if self.config.embedder != "none":
            self._texts += texts
            if self.config.sentence_vectors:
                self._sentences += [split_sentences(p["text"]) for p in passages]
        self.files += 1
        self.seconds["chunk_and_bm25"] += time.perf_counter() - t0

    def add_tasks(self, tasks: list[str], key: str | None = None) -> None:
        """The next file's tasks alone (index.tasks.task_texts), in build order."""
        t1 = time.perf_counter()
        if tasks:
            self._add_rows(self._task_rows, self.task_tok, "tasks", key, tasks)
            self.tasks += len(tasks)
        self.seconds["tasks_bm25"] += time.perf_counter() - t1

    def close(self) -> None:
        """Nothing is held open between files (kept for the build's try/finally)."""

    def finish_passages(self) -> None:
        """Write BM25 (after the last passages): its rows and the passages' jieba dictionary are freed."""
        if self._rows is None:
            return
        if not self.passages:  # an index of nothing; say so instead of its traceback
            raise GazetteError("no passage to index: the documents found have no text")
        config, out_dir, tok = self.config, self.out_dir, self.tok
        t0 = time.perf_counter()
        self._flush("bm25", self._rows)
        tok.release()  # before the postings arrays are made: the largest allocation of the build's end
        vocab, postings = self._rows.finish()
        self._rows = None
        LexicalIndex.from_postings(tok, vocab, postings, k1=config.bm25_k1, b=config.bm25_b,
                                   weight_bits=config.bm25_weight_bits).save(out_dir / "bm25")
        del vocab, postings
        (out_dir / "user_words.txt").write_text("\n".join(tok.user_words), encoding="utf-8")
        self.seconds["chunk_and_bm25"] += time.perf_counter() - t0
        self.say(f"indexed {self.passages} passages with BM25 ({self.tokenised} of {self.files} files tokenised, "
                 f"{self.reused} taken from the previous index, the others' rows from DATA/parts)")

    def finish(self) -> dict:
        """Write BM25 (unless `finish_passages` did), the task index and (with an embedder) the dense
        index; returns the index manifest."""
        self.finish_passages()
        config, out_dir, tok = self.config, self.out_dir, self.tok
        timings = dict(self.seconds)
        t0 = time.perf_counter()
        # who-leads loads this instead of indexing every task
        tasks = LexicalIndex(self.task_tok)
        self._flush("tasks", self._task_rows)
        if self.tasks:
            self.task_tok.release()
            vocab, postings = self._task_rows.finish()
            tasks = LexicalIndex.from_postings(self.task_tok, vocab, postings, tasks.k1, tasks.b, tasks.weight_bits)
        else:
            tasks = tasks.index([""])
        save_task_index(tasks, self.tasks, out_dir / TASK_INDEX_DIR)
        (out_dir / ROWS_FILE).write_text(json.dumps(rows_json(self._spans), separators=(",", ":")), encoding="utf-8")
        self.task_tok.release()
        timings["tasks_bm25"] += time.perf_counter() - t0
        manifest = {
            "format": INDEX_FORMAT,
            "passages": self.passages,
            "chunk_max_chars": config.chunk_max_chars,
            "chunk_min_chars": config.chunk_min_chars,
            "tokenizer": {"kind": "jieba+bigrams" + ("+unigrams" if tok.unigrams else ""), "bigrams": tok.bigrams,
                          "unigrams": tok.unigrams, "dictionary_hash": tok.dictionary_hash},
            "bm25": {"k1": config.bm25_k1, "b": config.bm25_b, "weight_bits": config.bm25_weight_bits},
            "corpus_hash": self._hash.hexdigest()[:16],
            "embedder": config.embedder,
        }
        if config.embedder != "none":
            manifest.update(self._dense(timings))
        manifest["seconds"] = timings
        write_json(out_dir / "manifest.json", manifest)
        return manifest

    def _dense(self, timings: dict) -> dict:
        from index.dense import DenseIndex
        from index.embed import EmbeddingCache, get_embedder, threads

        config, texts = self.config, self._texts
        t1 = time.perf_counter()
        emb = get_embedder(config.embedder)
        folders = [self.previous_dir] if self.previous_dir else []
        cache = EmbeddingCache.load(folders + list(config.cache_dirs), emb.name, emb.dim)
        with threads(config.embed_threads):
            embedded = cache.embed_missing(emb, texts, progress=self.say)
        cache.save(self.out_dir, keep=texts)
        embed_s = time.perf_counter() - t1
        # The vectors are held once, by the cache; FAISS gets them a slice at a time into its float16 storage,
        # which with HNSW's links adds under 1x their float32 bytes (benchmarks/dense_memory.py: 0.86-0.94x).
        dense = DenseIndex.create(emb.dim, len(texts), config.faiss_exact_max, config.hnsw_m, config.dense_storage)
        for part in cache.slices(texts):
            dense.add(part)
        del cache
        dense.save(self.out_dir / "dense.faiss")
        kind = dense.kind
        del dense
        timings["embed"] = embed_s
        timings["embed_per_s"] = embedded / embed_s if embedded and embed_s else None
        self.say(f"embedded {embedded} passages ({len(set(texts)) - embedded} reused from cache) with {emb.name}")
        out = {"model": emb.name, "dim": emb.dim, "faiss": kind, "embedded": embedded,
               "reused": len(set(texts)) - embedded}
        if config.sentence_vectors:
            out["sentences"] = self._sentence_vectors(emb, folders, timings)
        return out

    def _sentence_vectors(self, emb, folders: list, timings: dict) -> dict:
        """Every passage's sentences embedded (cached by text like the passages, in float16) and saved as
        index/sentences.npy (index/sentences.py)."""
        import numpy as np

        from index.embed import EmbeddingCache, threads
        from index.sentences import SentenceVectors, cache_model

        t0 = time.perf_counter()
        units = [s for sents in self._sentences for s in sents]
        cache = EmbeddingCache.load(folders + list(self.config.cache_dirs), cache_model(emb.name), emb.dim,
                                    dtype=np.float16)
        with threads(self.config.embed_threads):
            vectors, embedded = cache.embed(emb, units, progress=self.say)
        cache.save(self.out_dir, keep=units)
        SentenceVectors.save(self.out_dir, vectors, [len(s) for s in self._sentences])
        timings["embed_sentences"] = time.perf_counter() - t0
        self.say(f"embedded {embedded} sentences ({len(set(units)) - embedded} reused from cache)")
        return {"count": len(units), "embedded": embedded}
