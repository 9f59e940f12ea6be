"""The data dir: written into a temporary folder and swapped in whole, read back as plain JSON."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from kg.errors import DataDirMissing, GazetteError
from kg.model import Document, Heading, Line

__all__ = [
    "FORMAT_VERSION", "atomic_data_dir", "write_json", "read_json", "write_jsonl", "read_jsonl",
    "load_manifest", "load_documents", "load_issue_lines", "sha256_file", "document_from_dict",
    "generation_dir", "has_data",
]

FORMAT_VERSION = 1


def sha256_file(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_json(path: Path, obj) -> None:
    Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")


def read_json(path: Path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@contextmanager
def atomic_data_dir(target: Path):
    """Yield a fresh temporary folder beside `target`; on success it replaces `target`.

    A failure inside the block removes the temporary folder and leaves `target` as it was,
    so the previous build stays usable.
    """
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = target.parent / f".{target.name}.old-{os.getpid()}-{int(time.time())}"
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)


def generation_dir(data_dir: Path) -> Path:
    """The folder that holds the current build of `data_dir`: every reader opens its files here."""
    return Path(data_dir)


def has_data(data_dir: Path) -> bool:
    """True when `data_dir` holds a finished build."""
    return (generation_dir(data_dir) / "manifest.json").exists()


def load_manifest(data_dir: Path) -> dict:
    path = generation_dir(data_dir) / "manifest.json"
    if not path.exists():
        raise DataDirMissing(data_dir)
    manifest = read_json(path)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise GazetteError(
            f"{data_dir} was written by format {manifest.get('format_version')}, this version reads "
            f"{FORMAT_VERSION}; rebuild it with: gazette-kg build --data {data_dir}"
        )
    return manifest


def document_from_dict(d: dict) -> Document:
    d = dict(d)
    d["attachments"] = tuple(d.get("attachments") or ())
    d["outline"] = tuple(Heading(**h) for h in d.get("outline") or ())
    return Document(**d)


def load_documents(data_dir: Path) -> list[Document]:
    load_manifest(data_dir)
    return [document_from_dict(d) for d in read_jsonl(generation_dir(data_dir) / "documents.jsonl")]


def load_issue_lines(data_dir: Path) -> dict[str, list[Line]]:
    """{file name: its lines} as stored by the build (raw and normalised text, page when paged)."""
    out = {}
    for row in read_jsonl(generation_dir(data_dir) / "issues.jsonl"):
        pages = row.get("pages") or [None] * len(row["raw"])  # paged files (PDF) store each line's page
        out[row["file"]] = [Line(no=i + 1, raw=r, text=t, page=p)
                            for i, (r, t, p) in enumerate(zip(row["raw"], row["text"], pages))]
    return out
