"""Writing the data dir safely: ownership, one build at a time, generation folders and an atomic switch.

A build claims the data dir (refusing anything that is not missing, empty or ours, and any overlap
with its input), takes the lock, writes a new generation folder beside the current one, and makes it
current with one `os.replace` of the small `CURRENT` file. A crash at any instant leaves either the
old or the new generation current, never a mixture; the next build removes what a crash left.

The previous generation is kept until the next build starts (under the lock), so a reader that
resolved `CURRENT` just before a switch can finish reading it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from contextlib import contextmanager
from pathlib import Path

from kg.errors import BuildLocked, DataDirRefused, DataDirUnwritable, GazetteError
from kg.store import FORMAT_VERSION, MARKER, POINTER, generation_dir, sha256_file, write_json

__all__ = ["claim_data_dir", "check_apart", "build_lock", "new_generation", "clean_leftovers", "fault_point",
           "LOCK", "HOLDER"]

LOCK = ".build.lock"
HOLDER = ".build.lock.json"
# What a data dir of the first (flat) layout holds; such a folder is ours and is migrated by a build.
_FLAT = {"manifest.json", "facts.json", "graph.json", "documents.jsonl", "issues.jsonl", "index"}
_OURS = {MARKER, POINTER, LOCK, HOLDER}


def fault_point(phase: str) -> None:
    """Test hook: GAZETTE_KG_FAULT=<phase> kills the build here as `kill -9` would (no cleanup runs)."""
    if os.environ.get("GAZETTE_KG_FAULT") == phase:
        os._exit(137)


def _is_flat_layout(entries: set[str], data_dir: Path) -> bool:
    if "manifest.json" not in entries or not entries <= _FLAT | _OURS:
        return False
    try:
        return json.loads((data_dir / "manifest.json").read_text(encoding="utf-8")).get("format_version") == 1
    except (OSError, ValueError, AttributeError):
        return False


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary name, flushed to disk, then one rename."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_apart(data_dir: Path, inputs: list[Path]) -> None:
    """Refuse a data dir that is, holds, or lies inside an input path: a build never writes in its input."""
    d = Path(data_dir).resolve()
    for p in inputs:
        q = Path(p).resolve()
        if d == q or q in d.parents or d in q.parents:
            how = "is" if d == q else ("lies inside" if q in d.parents else "contains")
            raise DataDirRefused(f"data dir {data_dir} {how} the input {p}; choose a --data outside the input")


def claim_data_dir(data_dir: Path) -> Path:
    """Make sure `data_dir` is ours to write: missing (created), empty, ours, or of the old flat layout.

    Raises:
        DataDirRefused: a file, or a folder holding anything else (nothing there is touched).
    """
    data_dir = Path(data_dir)
    if data_dir.exists() or data_dir.is_symlink():
        if not data_dir.is_dir():
            raise DataDirRefused(f"{data_dir} exists and is not a folder; give --data a new or empty folder")
        entries = set(os.listdir(data_dir))
        if MARKER in entries:
            try:
                marker = json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
                ours = marker.get("tool") == "gazette-kg"
            except (OSError, ValueError, AttributeError):
                ours = False
            if not ours:
                raise DataDirRefused(f"{data_dir}/{MARKER} is not a gazette-kg marker; refusing to write there")
            return data_dir
        if entries and not _is_flat_layout(entries, data_dir):
            raise DataDirRefused(
                f"{data_dir} is not empty and is not a gazette-kg data dir (no {MARKER}); refusing to replace it: "
                "give --data a new or empty folder")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(data_dir / MARKER, json.dumps({"tool": "gazette-kg", "format_version": FORMAT_VERSION}) + "\n")
    except OSError as exc:
        raise DataDirUnwritable(f"cannot write the data dir {data_dir}: {exc.strerror or exc}") from exc
    return data_dir


def _holder(data_dir: Path) -> str:
    try:
        h = json.loads((data_dir / HOLDER).read_text(encoding="utf-8"))
        return f"pid {h['pid']} on {h['host']}, started {h['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a process that did not say who it is"


@contextmanager
def build_lock(data_dir: Path, wait: float = 0):
    """Hold the data dir's build lock; wait up to `wait` seconds (< 0: forever) for another build.

    Raises:
        BuildLocked: another build still holds the lock after `wait`; names its pid and start time.
    """
    from filelock import FileLock, Timeout

    data_dir = Path(data_dir)
    lock = FileLock(str(data_dir / LOCK))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise BuildLocked(f"{data_dir} is being built by {_holder(data_dir)}; wait for it to finish "
                          "or pass --wait SECONDS") from None
    except OSError as exc:
        raise DataDirUnwritable(f"cannot lock the data dir {data_dir}: {exc.strerror or exc}") from exc
    try:
        write_json(data_dir / HOLDER, {"pid": os.getpid(), "host": socket.gethostname(),
                                       "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
        yield data_dir
    finally:
        try:
            (data_dir / HOLDER).unlink(missing_ok=True)
        finally:
            lock.release()


def _current_name(data_dir: Path) -> str | None:
    try:
        gen = generation_dir(data_dir)
    except GazetteError:  # a damaged pointer: nothing is current, everything else is a leftover
        return None
    return gen.name if gen != Path(data_dir) else None


def clean_leftovers(data_dir: Path, keep: set[str] = frozenset()) -> list[str]:
    """Remove generations that are not current (crashed builds, the previous build) and stray temp files.

    Call it holding the lock. Returns the names removed.
    """
    data_dir = Path(data_dir)
    current = _current_name(data_dir)
    removed = []
    for entry in os.listdir(data_dir):
        stray = entry.startswith(("gen-", f".{POINTER}.tmp-", f".{MARKER}.tmp-")) and entry != current
        if stray and entry not in keep:
            path = data_dir / entry
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
            removed.append(entry)
    if current:  # a data dir of the flat layout, migrated: its files are no longer read
        for entry in _FLAT & set(os.listdir(data_dir)):
            path = data_dir / entry
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            removed.append(entry)
    return removed


def _file_table(folder: Path) -> dict:
    table = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel != "manifest.json":
            table[rel] = {"size": path.stat().st_size, "sha256": sha256_file(path)}
    return table


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
    for path in [folder, *(p for p in folder.rglob("*") if p.is_dir())]:
        _fsync_dir(path)


@contextmanager
def new_generation(data_dir: Path):
    """Yield an empty folder for a new build, with `commit(manifest)` to make it current.

    Yields:
        (folder, commit): write every file into `folder`, then call `commit(manifest)`: it adds the
        table of file sizes and hashes, writes manifest.json, flushes everything to disk, renames the
        folder to its final name and replaces CURRENT. Leaving the block without committing (an
        exception) removes the folder; the current generation is untouched.
    """
    data_dir = Path(data_dir)
    stamp = time.strftime("%Y%m%dT%H%M%S") + f"{time.time() % 1:.6f}"[1:]
    name = f"gen-{stamp}-{os.getpid()}"
    tmp = data_dir / f"{name}.tmp"
    tmp.mkdir()
    done = []

    def commit(manifest: dict) -> Path:
        manifest = dict(manifest, files=_file_table(tmp))
        write_json(tmp / "manifest.json", manifest)
        _fsync_tree(tmp)
        fault_point("swap")
        final = data_dir / name
        os.replace(tmp, final)
        _fsync_dir(data_dir)
        fault_point("rename")
        _write_atomic(data_dir / POINTER, json.dumps(
            {"generation": name, "manifest_sha256": sha256_file(final / "manifest.json")}) + "\n")
        done.append(final)
        fault_point("switched")
        return final

    try:
        yield tmp, commit
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not done:
        shutil.rmtree(tmp, ignore_errors=True)
