"""Milvus passage index: dense vectors, metadata fields and BM25 full text in one collection.

Talks to Milvus through pymilvus' `MilvusClient`: a file path opens milvus-lite (embedded, for tests and
one machine), an http:// URI a Milvus server or cluster. BM25 is Milvus' own function over a text field,
tokenised either by Milvus' jieba analyzer with the project's user dictionary ("jieba"), or by the
project's tokenizer beforehand with a whitespace analyzer ("project": the same tokens as bm25s sees).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from index.backends.base import PassageFilter, PassageIndex
from kg.errors import GazetteError

__all__ = ["MilvusPassageIndex", "ANALYZERS"]

ANALYZERS = ("jieba", "project")
_BATCH = 500


def _client(uri: str):
    try:
        from pymilvus import MilvusClient
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("the Milvus passage index needs pymilvus: pip install 'gazette-kg[engines]'") from exc
    return MilvusClient(uri)


def _quote(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def filter_expr(where: PassageFilter | None) -> str:
    """A Milvus boolean expression for `where` ("" when it allows everything)."""
    if not where:
        return ""
    parts = []
    if where.district:
        parts.append(f"district == {_quote(where.district)}")
    if where.issuer:
        # `like` treats % and _ as wildcards: an issuer never contains them, so quoting is enough.
        parts.append(f"issuer like {_quote('%' + where.issuer + '%')}")
    if where.year:
        parts.append(f"year == {int(where.year)}")
    if where.in_force_only:
        parts.append("in_force == true")
    return " and ".join(parts)


class MilvusPassageIndex(PassageIndex):
    """One Milvus collection of passages.

    Args:
        uri: a milvus-lite file ("passages.db") or a server ("http://host:19530").
        collection: the collection name.
        analyzer: "jieba" (Milvus tokenises) or "project" (the project's `Tokenizer` does).
        tokenizer: the project's tokenizer; required for "project", its user words feed "jieba".
    """

    def __init__(self, uri: str, collection: str = "passages", analyzer: str = "project", tokenizer=None):
        if analyzer not in ANALYZERS:
            raise GazetteError(f"unknown Milvus analyzer {analyzer!r}: use one of {', '.join(ANALYZERS)}")
        if analyzer == "project" and tokenizer is None:
            raise GazetteError("the 'project' analyzer needs the data dir's tokenizer")
        self.uri, self.collection, self.analyzer, self.tokenizer = uri, collection, analyzer, tokenizer
        self.client = _client(uri)

    @classmethod
    def from_spec(cls, spec: str, tokenizer=None) -> "MilvusPassageIndex":
        """"<uri>[#collection][?analyzer=jieba|project]" → an index."""
        analyzer = "project"
        if "?analyzer=" in spec:
            spec, analyzer = spec.split("?analyzer=", 1)
        collection = "passages"
        if "#" in spec:
            spec, collection = spec.split("#", 1)
        return cls(spec, collection, analyzer, tokenizer)

    @property
    def is_lite(self) -> bool:
        return not self.uri.startswith(("http://", "https://", "tcp://"))

    # -- writing ---------------------------------------------------------------------------------
    def _analyzer_params(self) -> dict:
        if self.analyzer == "project":
            return {"tokenizer": "standard"}  # each token arrives as one ASCII word (see `_text`)
        words = list(self.tokenizer.user_words) if self.tokenizer else []
        return {"tokenizer": {"type": "jieba", "dict": ["_default_", *words], "mode": "exact", "hmm": False}}

    def create(self, dim: int | None, bm25_k1: float = 1.2, bm25_b: float = 0.6) -> "MilvusPassageIndex":
        """(Re)create the collection: metadata fields, BM25 over `text`, and a `dim`-wide dense field."""
        from pymilvus import DataType, Function, FunctionType

        c = self.client
        if c.has_collection(self.collection):
            c.drop_collection(self.collection)
        schema = c.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=256)
        schema.add_field("district", DataType.VARCHAR, max_length=256)
        schema.add_field("issuer", DataType.VARCHAR, max_length=1024)
        schema.add_field("year", DataType.INT64)
        schema.add_field("in_force", DataType.BOOL)
        schema.add_field("text", DataType.VARCHAR, max_length=65535, enable_analyzer=True,
                         analyzer_params=self._analyzer_params())
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["text"],
                                     output_field_names=["sparse"]))
        index = c.prepare_index_params()
        index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                        params={"bm25_k1": bm25_k1, "bm25_b": bm25_b})
        if dim:
            schema.add_field("dense", DataType.FLOAT_VECTOR, dim=int(dim))
            # Exact search in milvus-lite (as FAISS flat here); HNSW on a server, as FAISS does when large.
            if self.is_lite:
                index.add_index("dense", index_type="FLAT", metric_type="IP")
            else:
                index.add_index("dense", index_type="HNSW", metric_type="IP", params={"M": 32, "efConstruction": 200})
        c.create_collection(self.collection, schema=schema, index_params=index)
        self._dim = dim
        return self

    def _text(self, text: str) -> str:
        # The project's tokens (jieba words, bigrams, unigrams, whole 文号) are spelled as hex ASCII
        # words: the "standard" analyzer (milvus-lite has no "whitespace") then keeps each one whole.
        if self.analyzer != "project":
            return text
        return " ".join("x" + t.encode("utf-8").hex() for t in self.tokenizer(text))

    def add(self, texts, vectors, metadata):
        start = self.size
        for lo in range(0, len(texts), _BATCH):
            rows = []
            for j in range(lo, min(lo + _BATCH, len(texts))):
                m = metadata[j]
                row = {"id": start + j, "doc_id": m["doc_id"], "district": m["district"], "issuer": m["issuer"],
                       "year": int(m["year"]), "in_force": bool(m["in_force"]), "text": self._text(texts[j]) or "。"}
                if vectors is not None:
                    row["dense"] = np.asarray(vectors[j], dtype=np.float32).tolist()
                rows.append(row)
            self.client.insert(self.collection, rows)
        self.client.flush(self.collection) if hasattr(self.client, "flush") else None

    # -- reading ---------------------------------------------------------------------------------
    @property
    def size(self) -> int:
        if not self.client.has_collection(self.collection):
            return 0
        res = self.client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(res[0]["count(*)"]) if res else 0

    def _search(self, data, field: str, n: int, where, params: dict) -> list[tuple[int, float]]:
        if not getattr(self, "_loaded", False):  # a reopened collection starts released
            if not self.client.has_collection(self.collection):
                raise GazetteError(f"no Milvus collection {self.collection!r} at {self.uri}; fill it first "
                                   "(benchmarks/engines.py or index.backends.milvus.fill_from_data_dir)")
            self.client.load_collection(self.collection)
            self._loaded = True
        res = self.client.search(self.collection, data=[data], anns_field=field, limit=max(1, min(n, 16384)),
                                 filter=filter_expr(where), search_params=params, output_fields=["id"])
        return [(int(h["id"]), float(h["distance"])) for h in res[0]]

    def bm25(self, query, n, where=None):
        q = self._text(query)
        if not q.strip():
            return {}
        hits = self._search(q, "sparse", n, where, {"metric_type": "BM25"})
        # BM25 is never negative; milvus-lite reports it negated (a distance), a server as is.
        return {i: abs(s) for i, s in hits if s != 0}

    def dense(self, vector, n, where=None):
        vec = np.asarray(vector, dtype=np.float32).tolist()
        return dict(self._search(vec, "dense", n, where, {"metric_type": "IP"}))

    def close(self):
        self.client.close()


def fill_from_data_dir(index: MilvusPassageIndex, data_dir: Path, config=None) -> int:
    """Fill `index` with a built data dir's passages, metadata and stored vectors; returns how many.

    The vectors are read back from the embedded build's FAISS index, so both backends search the very
    same vectors.
    """
    from index.backends.base import passage_metadata
    from index.passages import PassageRows
    from kg.backends.sqlite import read_records
    from kg.store import open_db, open_generation, read_json

    gen = open_generation(data_dir)
    idx = gen.path / "index"
    manifest = read_json(idx / "manifest.json")
    db = open_db(gen)
    passages = [dict(p) for p in PassageRows(db)]
    docs = {d["id"]: d for d in read_records(db)}
    db.close()
    texts = [_for_embedding(p) for p in passages]
    vectors = None
    if manifest.get("embedder", "none") != "none":
        from index.dense import DenseIndex

        faiss_index = DenseIndex.load(idx / "dense.faiss", manifest["faiss"]).index
        vectors = faiss_index.reconstruct_n(0, faiss_index.ntotal)
    index.create(manifest.get("dim") if vectors is not None else None,
                 **({"bm25_k1": config.bm25_k1, "bm25_b": config.bm25_b} if config else {}))
    index.add(texts, vectors, passage_metadata(passages, docs))
    return len(passages)


def _for_embedding(p: dict) -> str:
    """The text the build indexed for a passage (index/chunk.py's `Passage.for_embedding`)."""
    from index.chunk import Passage

    return Passage(**p).for_embedding()
