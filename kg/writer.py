"""Writing one generation of a data dir: each parsed file as it streams past, then the cross-file results.

The streaming build (kg/pipeline.py) calls a writer in this order, inside the new generation folder
that kg.datadir hands it:

    writer = JsonWriter(tmp, config)
    for each file, in build order:  writer.add_file(issue, file_record)   # the issue may then be dropped
    manifest_entries = writer.finish(documents, facts, graph)             # after the cross-file reduce

`file_record` = {"file", "sha256", "encoding", "format", "path", "district", "page_count"}.
`documents` are the `kg.model.Document`s of every file in build order, `facts` the reduced facts
(kg.extract.resolve_all), `graph` the `networkx.MultiDiGraph` of kg.graph.build_graph.
A writer keeps from each issue only what it needs later (here: each document's header source);
the lines themselves go to disk at once. `finish` returns entries for the generation's manifest.

Writers: `JsonWriter` (the files `kg.store` reads: issues.jsonl, documents.jsonl, facts.json,
graph.json). Another writer (a database) implements the same three methods and is registered in
`WRITERS`; a build uses `open_writer` (every writer of `DEFAULT_WRITERS`, fed the same stream).
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.model import to_dict

__all__ = ["GenerationWriter", "JsonWriter", "Writers", "WRITERS", "DEFAULT_WRITERS", "open_writer", "FILE_RECORD_KEYS",
           "issue_row", "facts_json", "dump_json", "graph_records"]

FILE_RECORD_KEYS = ("file", "sha256", "encoding", "format", "path", "district", "page_count")


def issue_row(issue) -> dict:
    """One line of issues.jsonl: a file's lines (as read and normalised), 目录, warnings and pages."""
    return {"file": issue.file, "encoding": issue.encoding, "district": issue.district, "warnings": issue.warnings,
            "toc": [to_dict(e) for e in issue.toc], "raw": [ln.raw for ln in issue.lines],
            "text": [ln.text for ln in issue.lines], "format": issue.format, "path": issue.path,
            "page_count": issue.page_count, "pages": [ln.page for ln in issue.lines] if issue.page_count else None}


def facts_json(documents, headers: dict, facts: dict) -> dict:
    """The `gazette-kg facts` object: documents (an iterator) plus every extracted fact, each with `source`.

    `documents[].status` is the state at build time with the whole `timeline`; `validity` and
    `amendments` hold the clauses and relations the timelines were built from.

    Args:
        documents: every `Document`, in build order.
        headers: {document id: its header source} (`Document.header_source` over its file's lines).
    """
    from kg.validity import status_at

    docs = ({
        "id": d.id, "title": d.title, "doc_number": d.doc_number, "issuer": d.issuer,
        "district": d.district, "date": d.date, "registration": d.registration,
        "recipients": d.recipients, "attachments": list(d.attachments),
        "status": facts.get("status", {}).get(d.id) or status_at(None),
        "source": headers[d.id],
    } for d in documents)
    out = {"documents": docs}
    for k, v in facts.items():
        if k != "status":
            out[k] = v
    return out


def dump_json(path: Path, obj: dict) -> None:
    """Write `obj` (a dict whose values may be lists or iterators of records) as JSON, record by record.

    The text equals `json.dumps(obj, ensure_ascii=False)` for the same values: each record goes through
    json's C encoder on its own, so neither the whole text nor (with iterators) the whole list is ever
    in memory, and it is several times faster than an indented dump.
    """
    enc = json.JSONEncoder(ensure_ascii=False).encode
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("{")
        for i, (k, v) in enumerate(obj.items()):
            fh.write((", " if i else "") + enc(k) + ": ")
            if isinstance(v, (list, tuple)) or hasattr(v, "__next__"):
                fh.write("[")
                for j, rec in enumerate(v):
                    fh.write((", " if j else "") + enc(rec))
                fh.write("]")
            else:
                fh.write(enc(v))
        fh.write("}")


def graph_records(G) -> dict:
    """`networkx.node_link_data(G, edges="links")` of a multigraph, its nodes and links as iterators."""
    return {"directed": G.is_directed(), "multigraph": True, "graph": G.graph,
            "nodes": ({**G.nodes[n], "id": n} for n in G),
            "links": ({**d, "source": u, "target": v, "key": k} for u, v, k, d in G.edges(keys=True, data=True))}


class GenerationWriter:
    """Writes one generation into `out_dir` (a fresh folder of kg.datadir.new_generation).

    Args:
        out_dir: the generation folder being written.
        config: the build's `kg.config.Config`.
    """

    def __init__(self, out_dir: Path, config):
        self.out_dir = Path(out_dir)
        self.config = config
        self.files: list[dict] = []

    def add_file(self, issue, file_record: dict) -> None:
        """Write one parsed file (`kg.parse.ParsedIssue`); called once per file, in build order."""
        raise NotImplementedError

    def finish(self, documents: list, facts: dict, graph) -> dict:
        """Write the cross-file results; returns entries for the manifest (at least "corpus")."""
        raise NotImplementedError

    def close(self) -> None:
        """Release open files; called also when the build fails (the generation folder is then removed)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class JsonWriter(GenerationWriter):
    """The JSON generation files: issues.jsonl streamed per file; documents.jsonl, facts.json, graph.json at the end."""

    def __init__(self, out_dir: Path, config):
        super().__init__(out_dir, config)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._issues = open(self.out_dir / "issues.jsonl", "w", encoding="utf-8")
        self.headers: dict[str, dict] = {}

    def add_file(self, issue, file_record: dict) -> None:
        self._issues.write(json.dumps(issue_row(issue), ensure_ascii=False) + "\n")
        for d in issue.documents:
            self.headers[d.id] = d.header_source(issue.lines)
        self.files.append({k: file_record.get(k) for k in FILE_RECORD_KEYS})

    def finish(self, documents: list, facts: dict, graph) -> dict:
        from kg.store import write_jsonl

        self.close()
        write_jsonl(self.out_dir / "documents.jsonl", (to_dict(d) for d in documents))
        dump_json(self.out_dir / "facts.json", facts_json(documents, self.headers, facts))
        dump_json(self.out_dir / "graph.json", graph_records(graph))
        # The manifest's corpus as before: `path` and `format` let the app show a PDF page as printed.
        corpus = [{k: f[k] for k in ("file", "sha256", "encoding", "format", "path")} for f in self.files]
        return {"corpus": corpus, "documents": len(documents)}

    def close(self) -> None:
        if not self._issues.closed:
            self._issues.close()


class Writers(GenerationWriter):
    """Several writers fed the same stream (e.g. the JSON files and a database); manifest entries merged."""

    def __init__(self, writers: list[GenerationWriter]):
        self.writers = writers

    def add_file(self, issue, file_record: dict) -> None:
        for w in self.writers:
            w.add_file(issue, file_record)

    def finish(self, documents: list, facts: dict, graph) -> dict:
        out: dict = {}
        for w in self.writers:
            out.update(w.finish(documents, facts, graph))
        return out

    def close(self) -> None:
        for w in self.writers:
            w.close()


# Writers by name; a build writes every one of DEFAULT_WRITERS into each generation.
WRITERS: dict[str, type] = {"json": JsonWriter}
DEFAULT_WRITERS: tuple[str, ...] = ("json",)


def open_writer(out_dir: Path, config, names: tuple[str, ...] | None = None) -> GenerationWriter:
    """The writer of a build: the named writers (default DEFAULT_WRITERS) over one generation folder."""
    writers = [WRITERS[n](out_dir, config) for n in (names or DEFAULT_WRITERS)]
    return writers[0] if len(writers) == 1 else Writers(writers)
