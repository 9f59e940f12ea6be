"""The build: read → normalise → segment → extract → graph → index, written to one data dir."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import SAMPLE_CORPUS, Config
from kg.errors import GazetteError, InputError
from kg.model import to_dict
from kg.parse import ParsedIssue, parse_issue
from kg.store import FORMAT_VERSION, atomic_data_dir, sha256_file, write_json, write_jsonl

__all__ = ["gazette_paths", "walk_inputs", "parse_corpus", "build", "BuildReport"]

log = logging.getLogger(__name__)


def _walk(folder: Path, recursive: bool, seen: set | None = None) -> tuple[list[Path], list[str]]:
    """Files under a folder, sorted; hidden files, Office lock files and (without recursion) sub-folders are
    listed with the reason instead. A folder linked back into the tree is read once."""
    files, notes = [], []
    seen = set() if seen is None else seen
    if folder.resolve() in seen:
        return files, [f"{folder}: folder already read (a link back into the tree)"]
    seen.add(folder.resolve())
    for q in sorted(folder.iterdir()):
        if q.name.startswith(".") or q.name.startswith("~$"):
            notes.append(f"{q}: {'hidden' if q.name.startswith('.') else 'Office lock'} {'folder' if q.is_dir() else 'file'}, not read")
        elif q.is_dir():
            if recursive:
                sub, sub_notes = _walk(q, recursive, seen)
                files += sub
                notes += sub_notes
            else:
                notes.append(f"{q}: folder not read (--no-recursive)")
        elif q.is_file():
            files.append(q)
        else:
            notes.append(f"{q}: not a regular file, not read")
    return files, notes


def walk_inputs(paths: list[str | Path] | None = None, recursive: bool = True) -> tuple[list[Path], list[str]]:
    """Expand files and folders (every file inside, sub-folders too unless `recursive` is False).

    Returns:
        (files, notes): the files to read, sorted per folder; one note per path left out, with the reason.

    Raises:
        InputError: a path does not exist. GazetteError: no file at all, or two files share a name stem
            (provenance is by file name and document ids by its stem).
    """
    out: list[Path] = []
    notes: list[str] = []
    for p in map(Path, paths or [SAMPLE_CORPUS]):
        if p.is_dir():
            files, why = _walk(p, recursive)
            out += files
            notes += why
        elif p.exists():
            out.append(p)
        else:
            raise InputError(p, "no such file or folder")
    if not out:
        raise GazetteError(f"no gazette files under {', '.join(map(str, paths or [SAMPLE_CORPUS]))}")
    stems: dict[str, list[Path]] = {}
    for p in out:
        stems.setdefault(p.stem, []).append(p)
    dupes = {k: v for k, v in stems.items() if len(v) > 1}
    if dupes:
        raise GazetteError("two gazette files share a name (provenance is by file name, ids by its stem): "
                           + "; ".join(" and ".join(map(str, v)) for v in dupes.values()))
    return out, notes


def gazette_paths(paths: list[str | Path] | None = None, recursive: bool = True) -> list[Path]:
    """The files to read under `paths` (see walk_inputs); default: the sample corpus."""
    return walk_inputs(paths, recursive)[0]


def parse_corpus(paths: list[Path], skip_bad: bool = False, ocr: bool | None = None) -> tuple[list[ParsedIssue], list[str]]:
    """Parse every file, whatever its format (kg.read chooses the reader by content).

    A file of a format no reader handles (an archive, a spreadsheet) is listed with its kind and left out;
    any other unreadable file (corrupt PDF, binary .txt, empty) raises, or with `skip_bad` is listed and
    left out.

    Returns:
        (issues, errors): the parsed files and one "path: reason" line per file left out.
    """
    from kg.read import UnsupportedFormat

    issues, errors = [], []
    for p in paths:
        try:
            issues.append(parse_issue(p, ocr=ocr))
        except UnsupportedFormat as exc:
            errors.append(str(exc))
            log.warning("%s", exc)
        except InputError as exc:
            if not skip_bad:
                raise
            errors.append(str(exc))
            log.error("%s", exc)
    return issues, errors


@dataclass
class BuildReport:
    data_dir: Path
    files: int
    documents: int
    counts: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: dict = field(default_factory=dict)


def build(paths: list[str | Path] | None, config: Config, skip_bad: bool = False, progress=None,
          recursive: bool = True, ocr: bool | None = None) -> BuildReport:
    """Build the data dir of `config` from gazette files; the previous data dir survives any failure.

    Args:
        recursive: walk sub-folders of the folders given.
        ocr: read scanned PDFs by OCR (None: when the `ocr` extra is installed; False: never).
    """
    say = progress or (lambda msg: None)
    t0 = time.perf_counter()
    files, notes = walk_inputs(paths, recursive)
    issues, errors = parse_corpus(files, skip_bad=skip_bad, ocr=ocr)
    errors = notes + errors
    if not issues:
        raise GazetteError("no readable gazette file: " + "; ".join(errors))
    warnings = [f"{i.file}: {w}" for i in issues for w in i.warnings]
    documents = [d for i in issues for d in i.documents]
    timings = {"parse": time.perf_counter() - t0}
    say(f"parsed {len(issues)} files into {len(documents)} documents")

    from kg.extract import extract_all
    from kg.graph import build_graph, graph_to_json

    t1 = time.perf_counter()
    facts = extract_all(issues)
    graph = build_graph(issues, facts)
    timings["extract"] = time.perf_counter() - t1
    say("extracted " + ", ".join(f"{len(v)} {k}" for k, v in facts.items() if isinstance(v, list)))

    corpus = [{"file": p.name, "sha256": sha256_file(p)} for p in files if p.name in {i.file for i in issues}]
    enc = {i.file: i.encoding for i in issues}
    for c in corpus:
        c["encoding"] = enc[c["file"]]
    previous = Path(config.data_dir)
    with atomic_data_dir(config.data_dir) as tmp:
        write_jsonl(tmp / "issues.jsonl", (
            {"file": i.file, "encoding": i.encoding, "district": i.district, "warnings": i.warnings,
             "toc": [to_dict(e) for e in i.toc], "raw": [ln.raw for ln in i.lines],
             "text": [ln.text for ln in i.lines], "format": i.format, "path": i.path, "page_count": i.page_count,
             "pages": [ln.page for ln in i.lines] if i.page_count else None} for i in issues))
        write_jsonl(tmp / "documents.jsonl", (to_dict(d) for d in documents))
        write_json(tmp / "facts.json", facts_json(issues, facts))
        write_json(tmp / "graph.json", graph_to_json(graph))
        t2 = time.perf_counter()
        from index.build import build_index

        index_info = build_index(issues, facts, config, tmp / "index", previous / "index", progress=say)
        timings["index"] = time.perf_counter() - t2
        counts = {k: len(v) for k, v in facts.items() if isinstance(v, list)}
        write_json(tmp / "manifest.json", {
            "format_version": FORMAT_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "corpus": corpus,
            "counts": counts,
            "errors": errors,
            "index": index_info,
            "config": {k: v for k, v in config.index_params().items()},
        })
    timings["total"] = time.perf_counter() - t0
    return BuildReport(config.data_dir, len(issues), len(documents), counts, errors, warnings, timings)


def facts_json(issues: list[ParsedIssue], facts: dict) -> dict:
    """The `gazette-kg facts` object: documents plus every extracted fact, each with `source`."""
    docs = []
    for i in issues:
        for d in i.documents:
            docs.append({
                "id": d.id, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer,
                "district": d.district, "date": d.date, "registration": d.registration,
                "recipients": d.recipients, "attachments": list(d.attachments),
                "status": facts.get("status", {}).get(d.id, {"state": "in_force"}),
                "source": d.header_source(i.lines),
            })
    out = {"documents": docs}
    for k, v in facts.items():
        if k != "status":
            out[k] = v
    return out
