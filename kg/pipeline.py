"""The build: read → normalise → segment → extract → graph → index, written as a new generation of a data dir."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import SAMPLE_CORPUS, Config
from kg.errors import DataDirUnwritable, GazetteError, InputError
from kg.parse import ParsedIssue, parse_issue
from kg.parse.read import check_readable
from kg.datadir import build_lock, check_apart, claim_data_dir, clean_leftovers, fault_point, new_generation
from kg.store import FORMAT_VERSION, generation_dir, sha256_file
from kg.validity import status_at

__all__ = ["gazette_paths", "walk_inputs", "parse_corpus", "build", "BuildReport", "drop_duplicates", "readable_files"]

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
    generation: str = ""


def readable_files(files: list[Path], skip_bad: bool = False) -> tuple[list[Path], list[str]]:
    """The files that are regular and not too big (checked before any is opened: a FIFO would hang)."""
    ok, errors = [], []
    for p in files:
        try:
            check_readable(p)
        except InputError as exc:
            if not skip_bad:
                raise
            errors.append(str(exc))
            log.error("%s", exc)
            continue
        ok.append(p)
    return ok, errors


def drop_duplicates(files: list[Path]) -> tuple[list[Path], dict[str, str], list[str]]:
    """Keep one file per content: the same bytes under two names would count every fact twice.

    Returns:
        (files kept, {file name: its SHA-256}, warnings naming each duplicate and the file kept).
    """
    kept, hashes, seen, warnings = [], {}, {}, []
    for p in files:
        digest = sha256_file(p)
        if digest in seen:
            warnings.append(f"{p.name}: same content as {seen[digest]}; counted once")
            continue
        seen[digest] = p.name
        hashes[p.name] = digest
        kept.append(p)
    return kept, hashes, warnings


def build(paths: list[str | Path] | None, config: Config, skip_bad: bool = False, progress=None,
          wait: float = 0, as_of: str | None = None, recursive: bool = True, ocr: bool | None = None,
          mapped=None) -> BuildReport:
    """Build a new generation of the data dir of `config` from gazette files and make it current.

    Document states in the facts and the graph are computed as of `as_of` (default: today); queries
    recompute them for any date from the stored timelines.

    The data dir must be missing, empty or a gazette-kg data dir, and apart from the input; one build
    runs at a time (`wait`: seconds to wait for another, < 0 forever). The previous generation stays
    current until the new one is complete, whatever happens to this process.

    Args:
        recursive: walk sub-folders of the folders given.
        ocr: read scanned PDFs by OCR (None: when the `ocr` extra is installed; False: never).
        mapped: (issues, errors, facts) already computed by a distributed map and reduce
            (kg/distributed.py); the build then only writes them.

    Raises:
        DataDirRefused, BuildLocked, DataDirUnwritable, InputError, GazetteError: one-line reasons.
    """
    data_dir = Path(config.data_dir)
    check_apart(data_dir, [Path(p) for p in (paths or [SAMPLE_CORPUS])])
    claim_data_dir(data_dir)
    try:
        with build_lock(data_dir, wait=wait):
            clean_leftovers(data_dir)
            return _build_locked(paths, config, skip_bad, progress or (lambda msg: None), as_of, recursive, ocr,
                                     mapped)
    except OSError as exc:
        if not _inside(exc.filename, data_dir):
            raise  # an input folder that cannot be listed, …: the CLI prints it as one line
        where = f" ({exc.filename})" if exc.filename else ""
        raise DataDirUnwritable(f"cannot write the data dir {data_dir}: {exc.strerror or exc}{where}") from exc


def _inside(filename, folder: Path) -> bool:
    if not filename:
        return True
    f, d = Path(filename).resolve(), Path(folder).resolve()
    return f == d or d in f.parents


def _build_locked(paths, config: Config, skip_bad: bool, say, as_of: str | None = None, recursive: bool = True,
                  ocr: bool | None = None, mapped=None) -> BuildReport:
    data_dir = Path(config.data_dir)
    t0 = time.perf_counter()
    files, notes = walk_inputs(paths, recursive)
    files, errors = readable_files(files, skip_bad)
    errors = notes + errors
    files, hashes, warnings = drop_duplicates(files)
    issues, parse_errors = mapped[:2] if mapped else parse_corpus(files, skip_bad=skip_bad, ocr=ocr)
    errors += parse_errors
    if not issues:
        raise GazetteError("no readable gazette file: " + "; ".join(errors))
    warnings += [f"{i.file}: {w}" for i in issues for w in i.warnings]
    documents = [d for i in issues for d in i.documents]
    if not documents:
        raise GazetteError(f"no document found in {len(issues)} file(s) ({', '.join(i.file for i in issues[:5])}): "
                           "no header (issuer + 关于… title + 文号 or 主送); nothing to index")
    timings = {"parse": time.perf_counter() - t0}
    say(f"parsed {len(issues)} files into {len(documents)} documents")
    fault_point("parse")

    from kg.extract import extract_all
    from kg.graph import build_graph

    t1 = time.perf_counter()
    facts = mapped[2] if mapped else extract_all(issues, as_of=as_of)
    graph = build_graph(issues, facts)
    timings["extract"] = time.perf_counter() - t1
    say("extracted " + ", ".join(f"{len(v)} {k}" for k, v in facts.items() if isinstance(v, list)))
    fault_point("extract")

    # `path` and `format` let the app show a PDF page as printed (rendered on demand from the original).
    corpus = [{"file": i.file, "sha256": hashes.get(i.file) or sha256_file(Path(i.path)), "encoding": i.encoding,
               "format": i.format, "path": i.path} for i in issues]
    try:
        previous = generation_dir(data_dir)  # its embedding cache is reused
    except GazetteError:  # a damaged pointer: build from scratch
        previous = data_dir
    with new_generation(data_dir) as (tmp, commit):
        from kg.writer import SqliteWriter

        with SqliteWriter(tmp, config) as writer:
            for i, rec in zip(issues, corpus):
                writer.add_file(i, {**rec, "district": i.district, "page_count": i.page_count})
            store_info = writer.finish(documents, facts, graph)
        t2 = time.perf_counter()
        from index.build import build_index

        index_info = build_index(issues, facts, config, tmp / "index", previous / "index", progress=say)
        timings["index"] = time.perf_counter() - t2
        fault_point("index")
        counts = {k: len(v) for k, v in facts.items() if isinstance(v, list)}
        final = commit({
            "format_version": FORMAT_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "corpus": corpus,
            "documents": len(documents),
            "counts": counts,
            "errors": errors,
            "warnings": warnings,
            "index": index_info,
            "config": {k: v for k, v in config.index_params().items()},
            "store": _safe_store(config.store),
            **store_info,
        })
    # The generation that was current until now stays (a reader may be reading it); older ones go.
    clean_leftovers(data_dir, keep={previous.name})
    if config.store != "files":  # the data dir is complete; copy its facts and graph into the store
        from kg.backends.factory import load_store

        t3 = time.perf_counter()
        load_store(config)
        timings["store"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    return BuildReport(data_dir, len(issues), len(documents), counts, errors, warnings, timings, final.name)


def _safe_store(store: str) -> str:
    """The store URL as saved in the manifest: never its password."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", store)


def facts_json(issues: list[ParsedIssue], facts: dict) -> dict:
    """The `gazette-kg facts` object: documents plus every extracted fact, each with `source`.

    `documents[].status` is the state at build time with the whole `timeline`; `validity` and
    `amendments` hold the clauses and relations the timelines were built from.
    """
    docs = []
    for i in issues:
        for d in i.documents:
            docs.append({
                "id": d.id, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer,
                "district": d.district, "date": d.date, "registration": d.registration,
                "recipients": d.recipients, "attachments": list(d.attachments),
                "status": facts.get("status", {}).get(d.id) or status_at(None),
                "source": d.header_source(i.lines),
            })
    out = {"documents": docs}
    for k, v in facts.items():
        if k != "status":
            out[k] = v
    return out
