"""The build on a Ray cluster: the per-file map (read, parse, extract, chunk, embed) on workers, the
cross-file reduce (departments, document references) once, then the usual writer and store.

Knobs: `workers` (actors, one file at a time each), `cpus_per_worker` (keep it below 1 on a small
machine: with a full CPU per actor, two actors on two cores leave nothing for Ray's own tasks and the
map deadlocks), `address` (None: a private local cluster on 127.0.0.1; "auto" or ray://…: an existing one).
The embedding model is loaded once per worker; vectors travel back keyed by text hash and reach the
build through a temporary embedding cache, so the writer embeds nothing again.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path

import numpy as np

from kg.config import Config
from kg.errors import GazetteError, InputError

log = logging.getLogger(__name__)

__all__ = ["distributed_facts", "distributed_build", "FileMapper"]


def _ray():
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("the distributed build needs Ray: pip install 'gazette-kg[engines]'") from exc
    return ray


class FileMapper:
    """One worker's state: the config, and the embedder and embedding cache once loaded."""

    def __init__(self, config: Config, cache_dirs: list[str]):
        self.config = config
        self.cache_dirs = cache_dirs
        self._cache = None

    def _embed(self, texts: list[str]) -> tuple[list[str], np.ndarray | None, int]:
        if self.config.embedder == "none" or not texts:
            return [], None, 0
        from index.embed import EmbeddingCache, get_embedder, text_key

        emb = get_embedder(self.config.embedder)  # loaded on the first file of this worker only
        if self._cache is None:
            self._cache = EmbeddingCache.load(self.cache_dirs, emb.name, emb.dim)
        vectors, embedded = self._cache.embed(emb, texts)
        return [text_key(t) for t in texts], vectors, embedded

    def map_file(self, path: str, skip_bad: bool = False) -> dict:
        """Read, parse, extract, chunk and embed one gazette file."""
        from index.chunk import chunk_issue
        from kg.extract import extract_issue
        from kg.parse import parse_issue

        try:
            issue = parse_issue(Path(path))
        except InputError as exc:
            if not skip_bad:
                raise
            return {"error": str(exc)}
        facts = extract_issue(issue)
        texts = [p.for_embedding() for p in
                 chunk_issue(issue, self.config.chunk_max_chars, self.config.chunk_min_chars)]
        keys, vectors, embedded = self._embed(texts)
        return {"issue": issue, "facts": facts, "keys": keys, "vectors": vectors, "embedded": embedded}


def _start(address: str | None, workers: int):
    ray = _ray()
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
        return True
    for attempt in (1, 2):
        try:
            ray.init(address="local", num_cpus=max(2, workers), include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1")
            return True
        except Exception as exc:
            # Ray waits a fixed 30 s for its raylet to register; on a loaded 2-core machine that start can
            # miss it once (seen in CI). Stop what was started and try once more.
            if attempt == 2 or "timed out during startup" not in str(exc):
                raise
            log.warning("Ray's local node did not start in time; starting it once more")
            ray.shutdown()
    return True


def map_files(paths: list[Path], config: Config, workers: int = 2, cpus_per_worker: float = 0.5,
              address: str | None = None, skip_bad: bool = False) -> list[dict]:
    """Run `FileMapper.map_file` over `paths` on `workers` Ray actors; results in file order."""
    ray = _ray()
    from ray.util import ActorPool

    started = _start(address, workers)
    try:
        Mapper = ray.remote(num_cpus=cpus_per_worker)(FileMapper)
        cache_dirs = [str(d) for d in config.cache_dirs] + _previous_index(config.data_dir)
        pool = ActorPool([Mapper.remote(config, cache_dirs) for _ in range(workers)])
        return list(pool.map(lambda a, p: a.map_file.remote(str(p), skip_bad), paths))
    except ray.exceptions.RayTaskError as exc:
        cause = exc.cause if isinstance(getattr(exc, "cause", None), GazetteError) else None
        if cause:
            raise cause from None
        raise
    finally:
        if started:
            ray.shutdown()


def distributed_facts(paths, config: Config | None = None, workers: int = 2, **kw) -> tuple[list, list[str], dict, list[dict]]:
    """Map on Ray, reduce here: (issues, errors, facts, per-file results)."""
    from kg.extract import resolve_all
    from kg.pipeline import gazette_paths

    config = config or Config(embedder="none")
    results = map_files(gazette_paths(paths), config, workers=workers, **kw)
    errors = [r["error"] for r in results if "error" in r]
    done = [r for r in results if "error" not in r]
    issues = [r["issue"] for r in done]
    return issues, errors, resolve_all(issues, [r["facts"] for r in done]), done


def distributed_build(paths, config: Config, workers: int = 2, skip_bad: bool = False, progress=None,
                      wait: float = 0, as_of: str | None = None, recursive: bool = True, ocr: bool | None = None, **kw):
    """The whole build with the per-file map on Ray: same data dir (and store) as `kg.pipeline.build`.

    `wait` and `as_of` go to the writing build; `recursive` and `ocr` are the single-process build's
    reading options (the Ray map reads every file the folder walk lists, OCR as installed).
    """
    from kg.pipeline import build

    t = time.perf_counter()
    issues, errors, facts, done = distributed_facts(paths, config, workers=workers, skip_bad=skip_bad, **kw)
    if progress:
        progress(f"mapped {len(done)} files on {workers} Ray workers in {time.perf_counter() - t:.1f}s")
    with tempfile.TemporaryDirectory(prefix="gazette-ray-emb-") as tmp:
        vectors = [(k, v) for r in done if r["vectors"] is not None for k, v in zip(r["keys"], r["vectors"])]
        if vectors:
            from index.embed import EmbeddingCache, get_embedder

            name = get_embedder(config.embedder).name
            np.savez(Path(tmp) / EmbeddingCache.file_name(name), keys=np.array([k for k, _ in vectors]),
                     vectors=np.stack([v for _, v in vectors]).astype(np.float32))
            config = config.with_(cache_dirs=(Path(tmp), *config.cache_dirs))
        return build(paths, config, skip_bad=skip_bad, progress=progress, mapped=(issues, errors, facts),
                     wait=wait, as_of=as_of, recursive=recursive, ocr=ocr)


def _previous_index(data_dir) -> list[str]:
    """The index folder of the data dir's current generation (its embedding cache), when there is one."""
    from kg.store import generation_dir

    try:
        return [str(generation_dir(data_dir) / "index")]
    except GazetteError:
        return []
