"""Reading the data dir: the current generation behind the `CURRENT` pointer, checked against its manifest.

Layout of a data dir (written by kg.datadir, read here)::

    DATA/.gazette-kg.json        marker: this folder belongs to gazette-kg (layout version)
    DATA/CURRENT                 {"generation": "gen-…", "manifest_sha256": …}, replaced atomically
    DATA/gen-<time>-<pid>/       one immutable build: manifest.json, kg.sqlite, index/
    DATA/.build.lock(.json)      the build lock and who holds it

A reader resolves `CURRENT` once (`open_generation`) and reads every file of that generation, so
a build that switches the pointer meanwhile cannot mix two builds. The manifest lists each file's
size and SHA-256: opening checks every size, reading a file checks its hash (up to HASH_AT_LOAD_MAX
bytes), and `verify_data_dir` checks every hash.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataDirCorrupt, DataDirMissing, GazetteError, rebuild_hint
from kg.model import Document, Heading, Line

__all__ = [
    "FORMAT_VERSION", "MARKER", "POINTER", "Generation", "open_generation", "read_generation", "generation_dir", "has_data",
    "write_json", "read_json", "write_jsonl", "read_jsonl", "load_manifest", "load_documents",
    "load_issue_lines", "load_lines", "load_files", "load_facts", "open_db", "sha256_file", "document_from_dict", "verify_data_dir",
    "owning_data_dir",
]

# 2: generation folders behind CURRENT, file sizes and hashes in the manifest;
# 3: documents, lines, facts, graph and passages in one kg.sqlite (kg/sqlitedb.py) instead of JSON files;
# 4: kg.sqlite of store format 2 (packed fact records, lines in packed blocks: a third of the size);
# 5: BM25 postings of format 2 (index/postings.py: varint row gaps, 4-bit counts; weights made at query time),
#    kg.sqlite of store format 3 (section paths in their own table, 16 KiB pages);
# 6: kg.sqlite of store format 4 (no nodes/edges rows: the graph is made from the records; fact records in blocks;
#    packed JSON in GB18030), the who-leads index of words (index/tasks.py TaskIndex)
FORMAT_VERSION = 6
MARKER = ".gazette-kg.json"
POINTER = "CURRENT"
GENERATION = re.compile(r"gen-[0-9A-Za-z_.-]+")
# Files up to this size are hashed on every load (64 MiB hash in ~0.1 s); larger ones only by `verify`.
HASH_AT_LOAD_MAX = 64 * 2**20
# Embedding caches are rebuilt from text when damaged: `verify` reports them, loading never needs them.
CACHE_FILE = re.compile(r"(^|/)emb-[^/]*\.npz$")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_json(path: Path, obj) -> None:
    Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")


def owning_data_dir(path: Path) -> Path | None:
    """The data dir (the folder holding the marker) that `path` lies in, if any."""
    for parent in Path(path).absolute().parents:
        if (parent / MARKER).is_file():
            return parent
    return None


def _corrupt(path: Path, reason: str) -> DataDirCorrupt:
    return DataDirCorrupt(path, reason, owning_data_dir(path))


def read_json(path: Path):
    """Parse a JSON file; a damaged file is a DataDirCorrupt naming it, not a traceback."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise _corrupt(path, "missing") from exc
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise _corrupt(path, f"not valid JSON ({exc})") from exc


def write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except FileNotFoundError as exc:
        raise _corrupt(path, "missing") from exc
    except ValueError as exc:
        raise _corrupt(path, f"not valid JSON lines ({exc})") from exc


def _read_pointer(data_dir: Path) -> dict:
    path = data_dir / POINTER
    try:
        pointer = json.loads(path.read_text(encoding="utf-8"))
        name = pointer["generation"]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataDirCorrupt(path, "not a valid generation pointer", data_dir) from exc
    if not isinstance(name, str) or not GENERATION.fullmatch(name):
        raise DataDirCorrupt(path, f"names no generation folder ({name!r})", data_dir)
    if not (data_dir / name).is_dir():
        raise DataDirCorrupt(path, f"points to {name}, which is missing", data_dir)
    return pointer


def generation_dir(data_dir: Path) -> Path:
    """The folder that holds the current build of `data_dir`: every reader opens its files here.

    Resolves `CURRENT` once; given a generation folder (or a data dir of the old flat layout) it
    returns that folder itself, so a caller can pin one generation and pass it on.
    """
    data_dir = Path(data_dir)
    if (data_dir / POINTER).exists():
        return data_dir / _read_pointer(data_dir)["generation"]
    return data_dir


def has_data(data_dir: Path) -> bool:
    """True when `data_dir` holds a build (a damaged one too: loading it then says what is wrong)."""
    data_dir = Path(data_dir)
    return (data_dir / POINTER).exists() or (data_dir / "manifest.json").exists()


@dataclass(frozen=True)
class Generation:
    """One build of a data dir, resolved once: read every file through it.

    Attributes:
        data_dir: the data dir as the user named it (for messages and the rebuild command).
        path: the generation folder.
        manifest: its manifest.json, with "files": {relative path: {"size", "sha256"}}.
    """

    data_dir: Path
    path: Path
    manifest: dict

    def corrupt(self, rel: str, reason: str) -> DataDirCorrupt:
        return DataDirCorrupt(self.path / rel, reason, self.data_dir)

    def file(self, rel: str, hash_max: float | None = None) -> Path:
        """The path of `rel`, after checking its size (and its hash when it is small enough).

        Args:
            hash_max: hash files up to this size (default HASH_AT_LOAD_MAX; < 0: never).
        """
        hash_max = HASH_AT_LOAD_MAX if hash_max is None else hash_max
        path = self.path / rel
        want = self.manifest["files"].get(rel)
        if want is None:
            raise self.corrupt(rel, "not listed in the manifest")
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise self.corrupt(rel, "missing") from None
        if size != want["size"]:
            raise self.corrupt(rel, f"is {size} bytes, the manifest says {want['size']} (truncated or altered)")
        if size <= hash_max and sha256_file(path) != want["sha256"]:
            raise self.corrupt(rel, "its SHA-256 differs from the manifest (altered)")
        return path

    def files(self, prefix: str) -> list[Path]:
        """Check every file under `prefix` (e.g. "index/bm25/"); returns their paths."""
        return [self.file(rel) for rel in sorted(self.manifest["files"]) if rel.startswith(prefix)]

    def json(self, rel: str):
        return _parse(self, rel, read_json)

    def jsonl(self, rel: str) -> list:
        return _parse(self, rel, read_jsonl)


def _parse(gen: Generation, rel: str, reader):
    path = gen.file(rel)
    try:
        return reader(path)
    except DataDirCorrupt as exc:
        raise gen.corrupt(rel, exc.reason) from exc


def open_generation(data_dir: Path | Generation) -> Generation:
    """Resolve the current generation once, read its manifest, check the format and every file's size.

    Raises:
        DataDirMissing: nothing was built at `data_dir`.
        DataDirCorrupt: the pointer, the manifest or a file is damaged (names which, and how to rebuild).
        GazetteError: the data dir was written by another format version.
    """
    if isinstance(data_dir, Generation):
        return data_dir
    data_dir = Path(data_dir)
    pointer = _read_pointer(data_dir) if (data_dir / POINTER).exists() else None
    path = data_dir / pointer["generation"] if pointer else data_dir
    top = owning_data_dir(path) if pointer is None and (path.parent / MARKER).is_file() else data_dir
    mpath = path / "manifest.json"
    if not mpath.exists():
        if pointer:
            raise DataDirCorrupt(mpath, "missing", top)
        raise DataDirMissing(data_dir)
    if pointer and pointer.get("manifest_sha256") and sha256_file(mpath) != pointer["manifest_sha256"]:
        raise DataDirCorrupt(mpath, "its SHA-256 differs from the one in CURRENT (altered)", top)
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise DataDirCorrupt(mpath, f"not valid JSON ({exc})", top) from exc
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        version = manifest.get("format_version") if isinstance(manifest, dict) else None
        raise GazetteError(f"{data_dir} was written by format {version}, this version reads {FORMAT_VERSION}; "
                           f"{rebuild_hint(data_dir)}")
    gen = Generation(top, path, manifest)
    for rel in manifest.get("files", {}):
        if not CACHE_FILE.search(rel):
            gen.file(rel, hash_max=-1)  # sizes only: cheap, and catches truncation and emptied files
    return gen


def read_generation(data_dir: Path | Generation, read, attempts: int = 3):
    """`read(gen)` on the current generation, read whole.

    A build removes generations that stopped being current; a slow reader of one that has just
    stopped may find files gone. Then the pointer has moved on, and the new generation is read
    instead. A damaged file in a generation that is still current is raised at once.
    """
    for attempt in range(attempts):
        gen = None
        try:
            gen = open_generation(data_dir)
            return read(gen)
        except (DataDirCorrupt, OSError):
            if isinstance(data_dir, Generation) or attempt == attempts - 1:
                raise
            try:
                moved = gen is None or generation_dir(data_dir) != gen.path
            except GazetteError:
                moved = False
            if not moved:
                raise


def load_manifest(data_dir: Path | Generation) -> dict:
    return open_generation(data_dir).manifest


def document_from_dict(d: dict) -> Document:
    d = dict(d)
    d["attachments"] = tuple(d.get("attachments") or ())
    d["outline"] = tuple(Heading(**h) for h in d.get("outline") or ())
    return Document(**d)


def open_db(gen: Generation):
    """A read-only connection to the generation's kg.sqlite, after checking it.

    The size is checked against the manifest and the header against the size (a truncated or padded
    file) and the store format; a file up to HASH_AT_LOAD_MAX is also hashed, a larger one gets
    SQLite's `PRAGMA quick_check` only when GAZETTE_KG_QUICK_CHECK=1 (it reads the whole file;
    `gazette-kg verify` hashes it).
    """
    import os
    import sqlite3

    from kg.sqlitedb import DB_FILE, check_header, connect_ro

    path = gen.file(DB_FILE)
    why = check_header(path)
    if why:
        raise gen.corrupt(DB_FILE, why)
    try:
        conn = connect_ro(path)
        if path.stat().st_size > HASH_AT_LOAD_MAX and os.environ.get("GAZETTE_KG_QUICK_CHECK") == "1":
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise gen.corrupt(DB_FILE, f"fails SQLite's integrity check ({ok})")
    except sqlite3.DatabaseError as exc:
        raise gen.corrupt(DB_FILE, f"cannot be read ({exc})") from exc
    return conn


def _with_db(gen: Generation, read):
    """`read(conn)` on the generation's kg.sqlite; a database error is the file named as damaged."""
    import sqlite3

    from kg.sqlitedb import DB_FILE

    conn = open_db(gen)
    try:
        return read(conn)
    except sqlite3.DatabaseError as exc:
        raise gen.corrupt(DB_FILE, f"cannot be read ({exc})") from exc
    finally:
        conn.close()


def load_documents(data_dir: Path | Generation) -> list[Document]:
    return read_generation(data_dir, _documents)


def _documents(gen: Generation) -> list[Document]:
    from kg.backends.sqlite import read_documents

    docs = _with_db(gen, read_documents)
    want = gen.manifest.get("documents")
    if want is not None and len(docs) != want:
        raise gen.corrupt("kg.sqlite", f"holds {len(docs)} documents, the manifest says {want}")
    return docs


def load_facts(data_dir: Path | Generation) -> dict:
    """The `gazette-kg facts` object of the build (the merge report included), read whole."""
    from kg.backends.sqlite import read_facts

    return read_generation(data_dir, lambda gen: _with_db(gen, read_facts))


def load_issue_lines(data_dir: Path | Generation) -> dict[str, list[Line]]:
    """{file name: its lines} as stored by the build (raw and normalised text)."""
    from kg.backends.sqlite import read_all_lines

    return read_generation(data_dir, lambda gen: _with_db(gen, read_all_lines))


def load_files(data_dir: Path | Generation) -> list[dict]:
    """Every gazette file of the build: name, sha256, encoding, format, path, district, page_count,
    n_lines, warnings, toc (the `files` table of kg.sqlite), in build order."""
    def read(conn):
        cols = ("file", "sha256", "encoding", "format", "path", "district", "page_count", "n_lines", "warnings", "toc")
        rows = conn.execute("SELECT name, sha256, encoding, format, path, district, page_count, n_lines, warnings, toc "
                            "FROM files ORDER BY file_id").fetchall()
        return [{**dict(zip(cols, r)), "warnings": json.loads(r[8]), "toc": json.loads(r[9])} for r in rows]

    return read_generation(data_dir, lambda gen: _with_db(gen, read))


def load_lines(data_dir: Path | Generation, file: str, start: int = 1, end: int | None = None) -> list[Line]:
    """Lines `start`..`end` (inclusive) of one gazette file, read by range (the document page)."""
    from kg.backends.sqlite import read_lines

    return read_generation(data_dir, lambda gen: _with_db(gen, lambda conn: read_lines(conn, file, start, end)))


def verify_data_dir(data_dir: Path) -> dict:
    """Check every file of the current generation against its manifest (sizes and SHA-256).

    Returns:
        {"generation", "files", "bytes", "cache_damaged": [relative paths of damaged embedding caches]}.

    Raises:
        DataDirCorrupt: the first damaged file (embedding caches aside: they are recomputed by a build).
    """
    gen = open_generation(data_dir)
    total, damaged = 0, []
    for rel, want in sorted(gen.manifest.get("files", {}).items()):
        try:
            gen.file(rel, hash_max=float("inf"))
        except DataDirCorrupt:
            if not CACHE_FILE.search(rel):
                raise
            damaged.append(rel)
        total += want["size"]
    return {"generation": gen.path.name, "files": len(gen.manifest.get("files", {})), "bytes": total,
            "cache_damaged": damaged}
