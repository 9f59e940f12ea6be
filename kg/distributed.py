"""The build on a Ray cluster: the per-file stage of the build (kg.parts.make_part: read, parse, extract,
chunk) plus embedding on workers; the cross-file reduce and the writer then run as in kg.pipeline.build.

Knobs: `workers` (actors, one file at a time each), `cpus_per_worker` (keep it below 1 on a small
machine: with a full CPU per actor, two actors on two cores leave nothing for Ray's own tasks and the
map deadlocks), `address` (None: a private local cluster on 127.0.0.1; "auto" or ray://…: an existing one).
The embedding model is loaded once per worker; vectors travel back keyed by text hash and reach the
build through a temporary embedding cache, so the writer embeds nothing again.
"""

from __future__ import annotations

import logging
import os
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

    def map_file(self, path: str, skip_bad: bool = False, ocr: bool | None = None) -> dict:
        """The build's per-file stage (kg.parts.make_part: read, parse, extract, chunk) and the embedding
        of the file's passages.

        Returns:
            {"part": FilePart, "issue": ParsedIssue, "keys", "vectors", "embedded"}, or {"error": reason}
            for a file left out.
        """
        from kg.parts import make_part, part_key
        from kg.read import UnsupportedFormat
        from kg.store import sha256_file

        p = Path(path)
        try:
            sha = sha256_file(p)
            part, issue = make_part(p, part_key(sha, p.name, self.config, ocr), sha, self.config, ocr)
        except UnsupportedFormat as exc:
            return {"error": str(exc)}
        except InputError as exc:
            if not skip_bad:
                raise
            return {"error": str(exc)}
        from index.chunk import Passage

        keys, vectors, embedded = self._embed([Passage(**q).for_embedding() for q in part.passages])
        return {"part": part, "issue": issue, "keys": keys, "vectors": vectors, "embedded": embedded}


def _start(address: str | None, workers: int):
    ray = _ray()
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
        return True
    # Ray waits for its GCS server to write its port file (about 30 s by default); a loaded 2-core machine
    # can take longer to start that binary (seen in CI). A user's own setting is kept.
    os.environ.setdefault("RAY_gcs_server_port_wait_time_s", "120")
    for attempt in (1, 2):
        try:
            ray.init(address="local", num_cpus=max(2, workers), include_dashboard=False, log_to_driver=False,
                     _node_ip_address="127.0.0.1")
            return True
        except Exception as exc:
            # Ray waits a fixed 30 s for its raylet to register; on a loaded 2-core machine that start can
            # miss it once (seen in CI). Stop what was started and try once more.
            if attempt == 2 or not any(m in str(exc) for m in ("timed out during startup", "Timed out waiting for file")):
                raise
            log.warning("Ray's local node did not start in time; starting it once more")
            ray.shutdown()
    return True


def map_files(paths: list[Path], config: Config, workers: int = 2, cpus_per_worker: float = 0.5,
              address: str | None = None, skip_bad: bool = False, ocr: bool | None = None) -> list[dict]:
    """Run `FileMapper.map_file` over `paths` on `workers` Ray actors; results in file order."""
    ray = _ray()
    from ray.util import ActorPool

    started = _start(address, workers)
    try:
        Mapper = ray.remote(num_cpus=cpus_per_worker)(FileMapper)
        cache_dirs = [str(d) for d in config.cache_dirs] + _previous_index(config.data_dir)
        pool = ActorPool([Mapper.remote(config, cache_dirs) for _ in range(workers)])
        return list(pool.map(lambda a, p: a.map_file.remote(str(p), skip_bad, ocr), paths))
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
    return issues, errors, resolve_all(issues, [r["part"].facts for r in done]), done


def distributed_build(paths, config: Config, workers: int = 2, skip_bad: bool = False, progress=None,
                      wait: float = 0, as_of: str | None = None, recursive: bool = True, ocr: bool | None = None,
                      on_step=None, **kw):
    """The whole build with the per-file map on Ray: same data dir (and store) as `kg.pipeline.build`.

    The workers make each file's part (kg/parts.py) and its vectors; the build then stores the parts
    and runs the cross-file steps and the writer as a single-process build does.
    """
    from kg.pipeline import build, walk_inputs

    t = time.perf_counter()
    files = walk_inputs(paths, recursive)[0]
    results = map_files(files, config, workers=workers, skip_bad=skip_bad, ocr=ocr, **kw)
    done = [r for r in results if "error" not in r]
    if progress:
        progress(f"mapped {len(done)} files on {workers} Ray workers in {time.perf_counter() - t:.1f}s")
    mapped = {r["part"].key: r["part"] for r in done}
    with tempfile.TemporaryDirectory(prefix="gazette-ray-emb-") as tmp:
        embedded = [r for r in done if r["vectors"] is not None]
        if embedded:
            from index.embed import EmbeddingCache, get_embedder

            emb = get_embedder(config.embedder)
            cache = EmbeddingCache(emb.name, emb.dim)
            for r in embedded:
                cache.put(r["keys"], r["vectors"])
            cache.save(Path(tmp))  # the workers' vectors, read by the build as any cache folder is
            config = config.with_(cache_dirs=(Path(tmp), *config.cache_dirs))
        # Files the workers left out are tried again by the build, which reports them as a build does.
        return build(paths, config, skip_bad=skip_bad, progress=progress, mapped=mapped, wait=wait, as_of=as_of,
                     recursive=recursive, ocr=ocr, on_step=on_step)


def _previous_index(data_dir) -> list[str]:
    """The index folder of the data dir's current generation (its embedding cache), when there is one."""
    from kg.store import generation_dir

    try:
        return [str(generation_dir(data_dir) / "index")]
    except GazetteError:
        return []
