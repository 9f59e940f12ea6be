"""Per-file build results on disk (`DATA/parts/`): what the per-file stage made of one gazette file.

A part is keyed by the file's SHA-256 and everything else its content depends on: the file name (ids
and provenance use it), the part format, a hash of the code that reads, parses, extracts and chunks,
the chunking parameters and the OCR choice. A build reuses a part whose key matches, so unchanged
files are neither read nor parsed again; `gazette-kg add` / `remove` rely on it.

Files of one part (gzip-compressed JSON, or numpy arrays — no pickle):

    parts/<key>.meta.json.gz        file record, documents, header sources, facts (what the reduce reads)
    parts/<key>.lines.json.gz       the file's lines, 目录, warnings and pages (`issue_row`: what a writer reads)
    parts/<key>.passages.json.gz    the file's passages (index/chunk.py)
    parts/<key>.bm25-<words>.npz    BM25 term counts of the passages (index.lexical.token_rows), keyed by
    parts/<key>.tasks-<words>.npz   the jieba user words found in them (index.tokenize.Tokenizer.rows_key);
                                    the same for the who-leads task index

Only the meta file stays after a build: what else a part holds, the generation the build made holds too,
and the next build takes it from there. Lines and passages are rows of its kg.sqlite (kg.writer copies an
unchanged file's rows; the index pass reads every passage back from it), token rows are in its postings
(index/previous.py). A part without them is whole: where the generation cannot give them (another writer
version, other user words, float32 postings), the file is read again, or its passages tokenised again.

Parts are written through a temporary name and one rename, so a killed build leaves whole parts or
none; a part that cannot be read is recomputed (it is a cache, never the only copy of anything).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import Line, to_dict

__all__ = ["PART_FORMAT", "PARTS_DIR", "FilePart", "PartStore", "part_key", "make_part", "parsed_issue", "issue_row",
           "code_version"]

log = logging.getLogger(__name__)

# The layout of a part (this module): bump it when it changes what a part holds.
# 2: whole without its lines, passages and token rows (the generation holds them).
PART_FORMAT = 2
PARTS_DIR = "parts"
_ROOT = Path(__file__).resolve().parents[1]
# The code a part's content depends on: a change to any of it makes every part stale.
_CODE = ("kg/read", "kg/parse", "kg/extract", "kg/model.py", "index/chunk.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the source of the per-file stage (reader, parser, extractors, chunker)."""
    h = hashlib.sha256()
    for rel in _CODE:
        p = _ROOT / rel
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            h.update(f.relative_to(_ROOT).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def part_key(sha256: str, name: str, config, ocr: bool | None) -> str:
    """The key of a file's part: its content hash plus a hash of everything else the part depends on."""
    spec = {"format": PART_FORMAT, "code": code_version(), "name": name, "ocr": ocr,
            "chunk": [config.chunk_max_chars, config.chunk_min_chars]}
    return f"{sha256}-{hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]}"


@dataclass
class FilePart:
    """One file's per-file results.

    Attributes:
        key: the part key. record: the file record (kg.writer.FILE_RECORD_KEYS).
        issue: the file's `issue_row` (lines, 目录, warnings; heavy: None when loaded, see PartStore.lines).
        documents: `Document` dicts. headers: {document id: header source}. facts: {fact type: records}
        (kg.extract.extract_issue). passages: passage dicts (index/chunk.py), when loaded.
    """

    key: str
    record: dict
    issue: dict | None
    documents: list[dict]
    headers: dict
    facts: dict
    passages: list[dict] | None = None

    def parsed_issue(self):
        """The `ParsedIssue` again, lines included (for a writer)."""
        from kg.store import document_from_dict

        return parsed_issue(self.issue, [document_from_dict(d) for d in self.documents])


def issue_row(issue) -> dict:
    """What a part keeps of a parsed file besides its documents: lines (as read and normalised), 目录,
    warnings and pages (the issues.jsonl row of data dir format 2)."""
    return {"file": issue.file, "encoding": issue.encoding, "district": issue.district, "warnings": issue.warnings,
            "toc": [to_dict(e) for e in issue.toc], "raw": [ln.raw for ln in issue.lines],
            "text": [ln.text for ln in issue.lines], "format": issue.format, "path": issue.path,
            "page_count": issue.page_count, "pages": [ln.page for ln in issue.lines] if issue.page_count else None}


def parsed_issue(row: dict, documents: list):
    """A `ParsedIssue` from its `issue_row` and its `Document`s."""
    from kg.parse.segment import ParsedIssue, TocEntry

    pages = row.get("pages") or [None] * len(row["raw"])
    lines = [Line(no=i + 1, raw=r, text=t, page=p) for i, (r, t, p) in enumerate(zip(row["raw"], row["text"], pages))]
    return ParsedIssue(file=row["file"], encoding=row["encoding"], lines=lines, documents=list(documents),
                       toc=[TocEntry(**e) for e in row["toc"]], district=row["district"],
                       warnings=list(row["warnings"]), format=row["format"], path=row["path"],
                       page_count=row["page_count"])


def make_part(path: Path, key: str, sha256: str, config, ocr: bool | None = None):
    """The per-file stage: read, parse, extract and chunk one file.

    Returns:
        (FilePart, ParsedIssue).

    Raises:
        InputError (and kg.read.UnsupportedFormat): the file cannot be read.
    """
    from index.chunk import chunk_issue
    from kg.extract import extract_issue
    from kg.parse import parse_issue

    issue = parse_issue(Path(path), ocr=ocr)
    facts = extract_issue(issue)
    passages = [p.to_json() for p in chunk_issue(issue, config.chunk_max_chars, config.chunk_min_chars)]
    record = {"file": issue.file, "sha256": sha256, "encoding": issue.encoding, "format": issue.format,
              "path": issue.path, "district": issue.district, "page_count": issue.page_count}
    part = FilePart(key, record, issue_row(issue), [to_dict(d) for d in issue.documents],
                    {d.id: d.header_source(issue.lines) for d in issue.documents}, facts, passages)
    return part, issue


def _dump_gz(path: Path, obj) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as fh:
        json.dump(obj, fh, ensure_ascii=False, separators=(",", ":"))
    os.replace(tmp, path)


def _load_gz(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


class PartStore:
    """The parts folder of a data dir."""

    def __init__(self, data_dir: Path):
        self.folder = Path(data_dir) / PARTS_DIR

    def _path(self, key: str, what: str) -> Path:
        return self.folder / f"{key}.{what}.json.gz"

    def save(self, part: FilePart) -> None:
        """Write a part: lines and passages first, the small record last (its presence marks a whole part)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _dump_gz(self._path(part.key, "lines"), part.issue)
        _dump_gz(self._path(part.key, "passages"), part.passages)
        _dump_gz(self._path(part.key, "meta"), {"format": PART_FORMAT, "key": part.key, "record": part.record,
                                                "documents": part.documents, "headers": part.headers,
                                                "facts": part.facts})

    def _read(self, key: str, what: str):
        try:
            return _load_gz(self._path(key, what))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, EOFError) as exc:
            log.warning("part %s (%s) cannot be read (%s); the file is processed again", key, what, exc)
            return None

    def load(self, key: str) -> FilePart | None:
        """The part of `key` without its lines and passages (`lines`, `passages`), or None when it is
        missing or cannot be read. Its lines and passages may be gone (see `names`)."""
        d = self._read(key, "meta")
        try:
            if d is None or d.get("format") != PART_FORMAT or d.get("key") != key:
                return None
            return FilePart(key, d["record"], None, d["documents"], d["headers"], d["facts"])
        except (KeyError, TypeError, AttributeError):
            return None

    def has(self, key: str) -> bool:
        """The part is there (whether it can be read is found when it is; its lines may be gone)."""
        return self._path(key, "meta").is_file()

    def lines(self, key: str) -> dict | None:
        """The `issue_row` of the part (None: gone or damaged since the build checked it)."""
        return self._read(key, "lines")

    def passages(self, key: str) -> list[dict] | None:
        return self._read(key, "passages")

    def names(self, key: str, lines: bool = True) -> list[str]:
        """The part's file names; `lines=False`: its meta file alone, what a build keeps once the generation
        it made holds the file's lines and passages (a later build copies them from there, or reads the
        file again)."""
        return [self._path(key, w).name for w in ("meta", "lines", "passages") if lines or w == "meta"]

    def save_tokens(self, name: str, arrays: dict) -> None:
        import numpy as np

        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{name}.npz"
        tmp = path.with_name(f".{path.stem}.tmp-{os.getpid()}.npz")
        arrays = dict(arrays)
        # The terms as one UTF-8 buffer: a numpy string array pads every term to the longest one.
        arrays["terms"] = np.frombuffer("\n".join(arrays["terms"].tolist()).encode("utf-8"), dtype=np.uint8)
        arrays.update(_small_rows(arrays.pop("cols"), arrays.pop("tf"), arrays["nnz"]))
        np.savez_compressed(tmp, **arrays)
        os.replace(tmp, path)

    def load_tokens(self, name: str, terms: bool = True) -> dict | None:
        """Token rows saved by `save_tokens` (`terms=False`: without decoding the terms, which a second
        read does not need)."""
        import numpy as np

        path = self.folder / f"{name}.npz"
        try:
            with np.load(path, allow_pickle=False) as z:
                out = {k: z[k] for k in z.files if terms or k != "terms"}
            if "col_gaps" in out:
                out.update(_full_rows(out, out["nnz"]))
            if terms:
                text = out["terms"].tobytes().decode("utf-8")
                out["terms"] = np.array(text.split("\n") if text else [], dtype=object)
            return out
        except FileNotFoundError:
            return None
        except (OSError, ValueError, EOFError, KeyError, UnicodeDecodeError) as exc:
            log.warning("token rows %s cannot be read (%s); tokenised again", name, exc)
            return None

    def prune(self, keep: set[str]) -> int:
        """Remove every file of the parts folder not in `keep` (names): parts of files no longer in the
        corpus, token rows of an older dictionary, what killed builds left. Returns how many went."""
        if not self.folder.is_dir():
            return 0
        gone = 0
        for p in self.folder.iterdir():
            if p.name not in keep:
                p.unlink(missing_ok=True)
                gone += 1
        return gone


# Token rows are saved small: a row's term ids ascend, so each is kept as its gap from the one before (from 0 at a
# row's start), and gaps and counts as one byte each with the rare larger ones (255 and up) in a side array. Deflated,
# that is ~2/3 of int32 ids + uint16 counts (the 10x corpus: 13.8 -> ~9.4 MB of DATA/parts); reading back is two
# cumulative sums. Rows saved the old way ("cols", "tf") still load.
_BYTE = 255


def _escape(values):
    import numpy as np

    small = np.minimum(values, _BYTE).astype(np.uint8)
    return small, values[values >= _BYTE]


def _unescape(small, big):
    import numpy as np

    out = small.astype(np.int64)
    out[small == _BYTE] = big
    return out


def _small_rows(cols, tf, nnz) -> dict:
    """`cols` (ascending within each row of `nnz` entries) and `tf` as escaped byte gaps and counts."""
    import numpy as np

    cols = np.asarray(cols, dtype=np.int64)
    gaps = cols.copy()
    gaps[1:] -= cols[:-1]
    starts = (np.cumsum(nnz) - nnz)[np.asarray(nnz) > 0]
    gaps[starts] = cols[starts]
    col_gaps, col_big = _escape(gaps)
    tf8, tf_big = _escape(np.asarray(tf, dtype=np.int64))
    return {"col_gaps": col_gaps, "col_big": col_big.astype(np.uint32), "tf8": tf8, "tf_big": tf_big.astype(np.uint16)}


def _full_rows(saved: dict, nnz) -> dict:
    """The int32 `cols` and uint16 `tf` of rows saved by `_small_rows`."""
    import numpy as np

    gaps = _unescape(saved.pop("col_gaps"), saved.pop("col_big"))
    total = np.cumsum(gaps)
    nnz = np.asarray(nnz, dtype=np.int64)
    ends = np.cumsum(nnz)
    base = np.zeros(len(nnz), dtype=np.int64)
    base[1:] = np.where(ends[:-1] > 0, total[np.maximum(ends[:-1] - 1, 0)], 0)
    cols = total - np.repeat(base, nnz)
    return {"cols": cols.astype(np.int32), "tf": _unescape(saved.pop("tf8"), saved.pop("tf_big")).astype(np.uint16)}
