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

__all__ = ["gazette_paths", "parse_corpus", "build", "BuildReport"]

log = logging.getLogger(__name__)


def gazette_paths(paths: list[str | Path] | None = None) -> list[Path]:
    """Expand files and folders (``*.txt`` inside) into a sorted list; default: the sample corpus."""
    out: list[Path] = []
    for p in map(Path, paths or [SAMPLE_CORPUS]):
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() == ".txt"))
        elif p.exists():
            out.append(p)
        else:
            raise InputError(p, "no such file or folder")
    if not out:
        raise GazetteError(f"no gazette files (*.txt) under {', '.join(map(str, paths or [SAMPLE_CORPUS]))}")
    names = [p.name for p in out]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise GazetteError(f"two gazette files share a name (provenance is by file name): {sorted(dupes)}")
    return out


def parse_corpus(paths: list[Path], skip_bad: bool = False) -> tuple[list[ParsedIssue], list[str]]:
    """Parse every file; a bad file raises, or with `skip_bad` is reported and left out."""
    issues, errors = [], []
    for p in paths:
        try:
            issues.append(parse_issue(p))
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
          mapped=None) -> BuildReport:
    """Build the data dir of `config` from gazette files; the previous data dir survives any failure.

    Args:
        mapped: (issues, errors, facts) already computed by a distributed map and reduce
            (kg/distributed.py); the build then only writes them.
    """
    say = progress or (lambda msg: None)
    t0 = time.perf_counter()
    files = gazette_paths(paths)
    issues, errors = mapped[:2] if mapped else parse_corpus(files, skip_bad=skip_bad)
    if not issues:
        raise GazetteError("no readable gazette file: " + "; ".join(errors))
    warnings = [f"{i.file}: {w}" for i in issues for w in i.warnings]
    documents = [d for i in issues for d in i.documents]
    timings = {"parse": time.perf_counter() - t0}
    say(f"parsed {len(issues)} files into {len(documents)} documents")

    from kg.extract import extract_all
    from kg.graph import build_graph, graph_to_json

    t1 = time.perf_counter()
    facts = mapped[2] if mapped else extract_all(issues)
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
             "text": [ln.text for ln in i.lines]} for i in issues))
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
            "store": _safe_store(config.store),
        })
    if config.store != "files":  # the data dir is complete; copy its facts and graph into the store
        from kg.backends.factory import load_store

        t3 = time.perf_counter()
        load_store(config)
        timings["store"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    return BuildReport(config.data_dir, len(issues), len(documents), counts, errors, warnings, timings)


def _safe_store(store: str) -> str:
    """The store URL as saved in the manifest: never its password."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", store)


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
