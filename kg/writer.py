"""Writing one generation of a data dir: each parsed file as it streams past, then the cross-file results.

The streaming build (kg/pipeline.py) calls a writer in this order, inside the new generation folder
that kg.datadir hands it:

    writer = open_writer(tmp, config)
    for each file, in build order:  writer.reuse_file(file_record, key, documents)  # rows of the previous generation
                                    or writer.add_file(issue, file_record, passages, key)  # the issue may then be dropped
    manifest_entries = writer.finish(documents, facts, graph)                     # after the cross-file reduce

`file_record` = {"file", "sha256", "encoding", "format", "path", "district", "page_count"}.
`passages` are the file's passages as kg/parts.py keeps them (`Passage.to_json()` dicts, the ones the
search index is built from), or None to chunk the issue here. `documents` are the `kg.model.Document`s
of every file in build order, `facts` the reduced facts (kg.extract.resolve_all), `graph` the
`networkx.MultiDiGraph` of kg.graph.build_graph. `finish` returns entries for the generation's manifest.
`key` is the file's part key (kg/parts.py): a writer given the previous generation (`previous`) copies
the rows of a file whose part key is unchanged instead of being handed its lines again (`reuse_file`).

Writers are registered by name in `WRITERS`; a build writes every one of `DEFAULT_WRITERS`, fed the
same stream (`open_writer`). `SqliteWriter` (the default, and the only one a generation of format 3
needs) writes `kg.sqlite` (kg/sqlitedb.py): lines, documents and passages per file, then status,
facts and the graph.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import lru_cache
from pathlib import Path

from kg.model import to_dict
from kg.parse.normalize import compact, normalize_doc_number, normalize_registration
from kg.recordblocks import BLOCK_TABLES, block_rows, id_key
from kg.sqlitedb import (DB_FILE, INDEXES, PACK_CHARSET, PACK_DICT, SQLITE_FORMAT, check_header, connect_new,
                          department_data, dumps, line_blocks, loads, pack, passage_text)

__all__ = ["GenerationWriter", "SqliteWriter", "Writers", "WRITERS", "DEFAULT_WRITERS", "open_writer", "FACT_TABLES",
           "FILE_RECORD_KEYS"]


FILE_RECORD_KEYS = ("file", "sha256", "encoding", "format", "path", "district", "page_count")


class GenerationWriter:
    """Writes one generation into `out_dir` (a fresh folder of kg.datadir.new_generation).

    The contract (see the module docstring): `add_file` once per parsed file in build order, `finish`
    once after the reduce, `close` always (also when the build fails).

    Args:
        out_dir: the generation folder being written.
        config: the build's `kg.config.Config` (chunking parameters).
    """

    def __init__(self, out_dir: Path, config, previous: Path | None = None):
        self.out_dir = Path(out_dir)
        self.config = config
        self.files: list[dict] = []

    def reuse_file(self, file_record: dict, key: str, documents: list) -> list[str] | None:
        """Take one file's per-file rows from the previous generation, where they are provably what
        `add_file` would write (same part key, same writer code); in build order, like `add_file`.

        Returns:
            the file's parse warnings, or None: not reused (the caller then calls `add_file`).
        """
        return None

    def add_file(self, issue, file_record: dict, passages: list[dict] | None = None, key: str | None = None) -> None:
        """One parsed file (`kg.parse.ParsedIssue`), in build order: its lines, pages, documents and
        warnings. The issue is not kept: the caller may drop it afterwards.

        Args:
            file_record: {"file", "sha256", "encoding", "format", "path", "district", "page_count"}.
            passages: the file's passages (`Passage.to_json()` dicts, as the index gets them), or None:
                chunked from the issue with the config's parameters.
            key: the file's part key (kept, so that the next build can reuse the rows).
        """
        raise NotImplementedError

    def finish(self, documents: list, facts: dict, graph) -> dict:
        """The cross-file results: every document, the facts (as kg.extract returns them) and the graph
        (a networkx.MultiDiGraph or its node-link dict). Returns entries for the manifest (at least "corpus")."""
        raise NotImplementedError

    def close(self) -> None:
        """Release open files; called also when the build fails (the generation folder is then removed)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def corpus(self) -> list[dict]:
        """The manifest's corpus: `path` and `format` let the app show a PDF page as printed."""
        return [{k: f[k] for k in ("file", "sha256", "encoding", "format", "path")} for f in self.files]


def _prov(row: dict) -> dict:
    return row.get("source") or {}


# (table, facts key, columns after ord, row -> values after ord) of the lists with a row per record; the
# block tables of kg.recordblocks (tasks, indicators, cites, enterprises) are written by `_blocks`; every
# other list goes to fact_rows. The records are packed (kg.sqlitedb.pack), except departments: SQL reads their
# variants (json_each); their `data` leaves out what the columns hold (kg.sqlitedb.department_data).
FACT_TABLES = (
    ("departments", "departments", ("id", "district", "canonical", "data"),
     lambda r: (r["id"], r["district"], r["canonical"], dumps(department_data(r)))),
    ("repeals", "repeals", ("by_doc_id", "target_doc_id", "target_number_norm", "target_title_compact", "kind", "data"),
     lambda r: (r["by_doc_id"], r["target_doc_id"],
                normalize_doc_number(r["target_doc_number"]) if r.get("target_doc_number") else None,
                compact(r["target_title"]) if r.get("target_title") else None, r["kind"], pack(r))),
)

class SqliteWriter(GenerationWriter):
    """Writes `kg.sqlite` in one transaction; indexes are made at `finish`, after every row is in."""

    def __init__(self, out_dir: Path, config, previous: Path | None = None):
        super().__init__(out_dir, config)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.out_dir / DB_FILE
        self.conn = connect_new(self.path)
        self._files = 0
        self._doc_ord: dict[str, int] = {}
        self._passages = 0
        self._lines = 0
        self._sections: dict[str, int] = {}  # a passage's section path -> its row in `sections`
        self._keys: dict[str, str] = {}  # file name -> part key, saved in meta for the next build
        self._old = _Previous.attach(self.conn, previous)
        self.conn.execute("BEGIN")

    def _file_row(self, cur, file_record: dict, district, n_lines: int, warnings: str, toc: str) -> int:
        self.files.append({k: file_record.get(k) for k in FILE_RECORD_KEYS})
        file_id = self._files = self._files + 1
        cur.execute("INSERT INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", (
            file_id, file_record["file"], file_record.get("sha256"), file_record.get("encoding"),
            file_record.get("format"), file_record.get("path"), file_record.get("district", district),
            file_record.get("page_count"), n_lines, self._lines + 1, warnings, toc))
        return file_id

    def _section(self, cur, text: str | None) -> int | None:
        """The `sections` row of a passage's section path (added at its first passage)."""
        if text is None:
            return None
        i = self._sections.get(text)
        if i is None:
            i = self._sections[text] = len(self._sections) + 1
            cur.execute("INSERT INTO sections VALUES (?, ?)", (i, text))
        return i

    @staticmethod
    def _doc_terms(cur, documents: list) -> None:
        from index.tokenize import protected_terms

        # 文号 / 登记号 of each document and printed in each passage: search looks them up (index.exact).
        cur.executemany("INSERT OR IGNORE INTO doc_terms VALUES (?,?)", (
            (t, d.id) for d in documents for t in protected_terms((d.doc_number or "") + " " + (d.registration or ""))))

    def reuse_file(self, file_record: dict, key: str, documents: list) -> list[str] | None:
        """Copy the file's rows from the previous kg.sqlite by SQL, shifted to this build's positions: the
        same statements in the same order as `add_file`, so the tables (and the file's bytes) are those a
        full build writes. Only when the previous generation holds this part key, written by this code."""
        old = self._old
        name = file_record["file"]
        if old is None or old.keys.get(name) != key:
            return None
        cur = self.conn.cursor()
        state = (self._files, self._lines, self._passages, dict(self._doc_ord), len(self.files))
        cur.execute("SAVEPOINT reuse")
        try:
            got = old.copy(self, cur, file_record, documents)
        except sqlite3.DatabaseError:  # a damaged previous file: this one is written from its part instead
            got = None
        if got is None:
            cur.execute("ROLLBACK TO reuse")
            self._files, self._lines, self._passages, self._doc_ord, n = state
            del self.files[n:]
        else:
            self._keys[name] = key
        cur.execute("RELEASE reuse")
        return got

    def add_file(self, issue, file_record: dict, passages: list[dict] | None = None, key: str | None = None) -> None:
        from index.chunk import Passage, chunk_issue
        from index.tokenize import protected_terms

        cur = self.conn.cursor()
        first = self._lines + 1
        file_id = self._file_row(cur, file_record, issue.district, len(issue.lines), dumps(issue.warnings),
                                 dumps([to_dict(e) for e in issue.toc]))
        if key is not None:
            self._keys[file_record["file"]] = key
        cur.executemany("INSERT INTO line_blocks VALUES (?,?)", line_blocks(first, [
            (ln.raw, None if ln.text == ln.raw else ln.text, ln.page) for ln in issue.lines]))
        self._lines += len(issue.lines)
        for d in issue.documents:
            ord_ = self._doc_ord[d.id] = len(self._doc_ord)
            cur.execute("INSERT INTO documents (ord, id, file_id, line_start, line_end, doc, source, doc_number_norm, "
                        "registration_norm, title_compact, district, date, title, doc_number, issuer) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                ord_, d.id, file_id, d.line_start, d.line_end, pack(to_dict(d), window=15),
                dumps(d.header_source(issue.lines)),
                normalize_doc_number(d.doc_number) if d.doc_number else None,
                normalize_registration(d.registration) if d.registration else None,
                compact(d.title), d.district, d.date, d.title, d.doc_number, d.issuer))
        self._doc_terms(cur, issue.documents)
        rows, terms = [], []
        if passages is None:
            chunks = chunk_issue(issue, self.config.chunk_max_chars, self.config.chunk_min_chars)
        else:
            chunks = (Passage(**q) for q in passages)
        for p in chunks:
            # sorted: a set's order follows the process's string hashes, and kg.sqlite's bytes would too
            terms += [(t, self._passages) for t in sorted(set(protected_terms(p.title + "\n" + p.text)))]
            joined = passage_text([ln.text for ln in issue.span(p.line_start, p.line_end)])
            rows.append((self._passages, None if p.id == f"{p.doc_id}:{p.line_start}" else p.id,
                         self._doc_ord[p.doc_id], self._section(cur, p.section), p.line_start, p.line_end, p.page,
                         None if joined == p.text else p.text))  # stored only when it is not its lines' join
            self._passages += 1
        cur.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?,?)", rows)
        cur.executemany("INSERT OR IGNORE INTO passage_terms VALUES (?,?)", terms)

    def finish(self, documents: list, facts: dict, graph) -> dict:
        from kg.validity import status_at

        cur = self.conn.cursor()
        statuses = facts.get("status", {})
        missing = [d.id for d in documents if d.id not in self._doc_ord]
        if missing:
            raise ValueError(f"documents of no added file: {missing[:3]}")
        for d in documents:
            st = statuses.get(d.id) or status_at(None)
            cur.execute("UPDATE documents SET status = ?, state = ? WHERE id = ?", (pack(st), st.get("state"), d.id))
        counts = {"documents": len(documents), "passages": self._passages, "files": self._files}
        tabled = {"status"}
        for table, key, cols, values in FACT_TABLES:
            tabled.add(key)
            rows = facts.get(key, [])
            cur.executemany(f"INSERT INTO {table} (ord, {', '.join(cols)}) VALUES ({', '.join('?' * (len(cols) + 1))})",
                            ((i, *values(r)) for i, r in enumerate(rows)))
            counts[key] = len(rows)
        counts.update(self._blocks(cur, facts))
        tabled.update(BLOCK_TABLES)
        # A unit by its department's position: every department of that id (an id no department has is no
        # answer of `department`).
        dep_ords: dict = {}
        for i, dep in enumerate(facts.get("departments", [])):
            dep_ords.setdefault(dep["id"], []).append(i)
        cur.executemany("INSERT OR IGNORE INTO task_units VALUES (?,?,?)", (
            (d, role, i) for i, t in enumerate(facts.get("tasks", []))
            for role, units in ((0, t["lead"]), (1, t["cooperate"])) for dep in (u.get("id") for u in units) if dep
            for d in dep_ords.get(dep, ())))
        cur.executemany("INSERT OR IGNORE INTO department_names VALUES (?,?)", (
            (n, i) for i, dep in enumerate(facts.get("departments", []))
            for n in dict.fromkeys([*dep["variants"], dep["canonical"]])))
        cur.executemany("INSERT INTO enterprise_classes VALUES (?,?,?,?,?)", (
            (i, c.get("class"), c.get("list"), None if c.get("year") is None else str(c["year"]), c.get("doc_id"))
            for i, e in enumerate(facts.get("enterprises", [])) for c in e["classifications"]))
        other = [(k, i, pack(r)) for k, v in facts.items() if k not in tabled and isinstance(v, list)
                 for i, r in enumerate(v)]
        cur.executemany("INSERT INTO fact_rows VALUES (?,?,?)", other)
        counts.update({k: len(v) for k, v in facts.items() if k not in tabled and isinstance(v, list)})
        meta = {"facts_keys": ["documents", *(k for k in facts if k != "status")],
                "facts_other": {k: v for k, v in facts.items() if k != "status" and not isinstance(v, list)}}
        # (the facts are not kept on the writer: the build frees them before the index pass)
        counts.update(self._graph(cur, graph, meta, facts))
        meta["rows"] = {"version": rows_version(), "parts": self._keys}  # what reuse_file checks
        meta["pack"] = {"codec": "deflate-raw", "charset": PACK_CHARSET, "zdict": PACK_DICT.decode("utf-8")}  # how packed columns read
        cur.executemany("INSERT INTO meta VALUES (?,?)", ((k, dumps(v)) for k, v in meta.items()))
        cur.executescript(INDEXES)  # executescript commits the open transaction first
        if self._old is not None:
            self.conn.execute("DETACH old")
            self._old = None
        self.conn.execute("ANALYZE")
        out = {"corpus": self.corpus(), "documents": len(documents),
               "sqlite": {"file": DB_FILE, "format": SQLITE_FORMAT, "rows": counts}}
        self.close()
        return out

    def close(self) -> None:
        self.conn.close()
        # The build holds its writer to the end; what the rows needed (a string per section path, file and
        # document) goes now, not to sit among the freed facts' memory while the index is made.
        self._sections, self._doc_ord, self._keys, self.files = {}, {}, {}, []

    def _blocks(self, cur, facts: dict) -> dict:
        """The block tables (kg.recordblocks) and their lookup rows: each record's id by its hash, an
        indicator's name and document position, a cite's target."""
        counts = {}
        for table, group in BLOCK_TABLES.items():
            rows = facts.get(table, [])
            if table == "cites":
                cur.executemany("INSERT INTO cites VALUES (?,?,?,?)", block_rows(rows, group))
                cur.executemany("INSERT OR IGNORE INTO cite_targets VALUES (?,?)", (
                    (r["target_doc_id"], i) for i, r in enumerate(rows) if r.get("target_doc_id") is not None))
            else:
                cur.executemany(f"INSERT INTO {table} VALUES (?,?,?)", ((a, n, data) for a, n, _, data in
                                                                       block_rows(rows, group)))
                cur.executemany(f"INSERT OR IGNORE INTO {table}_ids VALUES (?,?)",
                                ((id_key(r["id"]), i) for i, r in enumerate(rows)))
            counts[table] = len(rows)
        cur.executemany("INSERT INTO indicator_names VALUES (?,?,?)", (
            (r["name"], i, self._doc_ord.get(r.get("doc_id"))) for i, r in enumerate(facts.get("indicators", []))))
        return counts

    def _graph(self, cur, graph, meta: dict, facts: dict) -> dict:
        """No node or edge rows: every one is made again from the records (kg.graphstore). Kept: which
        records touch a node where no record index finds them, the names the explorer searches, the
        graph's attributes and the documents build_graph had no status for (this writer stores one)."""
        from kg.graphstore import graph_refs, name_blocks

        if isinstance(graph, dict):  # node-link data
            from kg.graph import graph_from_json

            graph = graph_from_json(graph)
        meta["graph"] = dict(graph.graph)
        statuses = facts.get("status", {})
        meta["graph_unstated"] = [i for i in self._doc_ord if i not in statuses]
        refs, meta["graph_edge_first"] = graph_refs(facts, self._doc_ord)
        cur.executemany("INSERT INTO graph_refs VALUES (?,?,?,?,?)", refs)
        cur.executemany("INSERT INTO graph_names VALUES (?,?,?)", name_blocks(graph))
        return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


@lru_cache(maxsize=1)
def rows_version() -> str:
    """A hash of the code that turns a part into a file's rows (this writer, the schema, the 文号 terms,
    the chunker's passages): rows of a previous generation are reused only when it is the same."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(str(SQLITE_FORMAT).encode())
    for rel in ("kg/writer.py", "kg/sqlitedb.py", "index/tokenize.py", "index/chunk.py", "kg/parse/normalize.py"):
        h.update((root / rel).read_bytes())
    return h.hexdigest()[:16]


class _Previous:
    """The previous generation's kg.sqlite, attached read-only as `old`: where each of its files' rows are."""

    def __init__(self, conn, keys: dict[str, str]):
        self.conn, self.keys = conn, keys
        self._spans: dict[int, tuple[int, int]] | None = None

    @classmethod
    def attach(cls, conn, previous: Path | None) -> "_Previous | None":
        """Attach `previous/kg.sqlite` when it is whole, of this format and written by this code; else None."""
        if previous is None or not (Path(previous) / DB_FILE).is_file():
            return None
        path = Path(previous) / DB_FILE
        if check_header(path) is not None:
            return None
        try:
            conn.execute("ATTACH DATABASE ? AS old", (path.absolute().as_uri() + "?mode=ro&immutable=1",))
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS section_map (from_id INTEGER PRIMARY KEY, to_id INTEGER)")
            row = conn.execute("SELECT value FROM old.meta WHERE key = 'rows'").fetchone()
            rows = loads(row[0]) if row else None
            if not rows or rows.get("version") != rows_version():
                conn.execute("DETACH old")
                return None
        except sqlite3.DatabaseError:
            try:
                conn.execute("DETACH old")
            except sqlite3.DatabaseError:
                pass
            return None
        return cls(conn, rows.get("parts") or {})

    def spans(self) -> dict[int, tuple[int, int]]:
        """{old file id: (first passage position, passage count)}, read once (passages run in file order)."""
        if self._spans is None:
            self._spans = {f: (a, n) for f, a, n in self.conn.execute(
                "SELECT d.file_id, min(p.pos), count(*) FROM old.passages p JOIN old.documents d ON d.ord = p.doc_ord "
                "GROUP BY d.file_id")}
        return self._spans

    def copy(self, w: "SqliteWriter", cur, file_record: dict, documents: list) -> list[str] | None:
        row = cur.execute("SELECT file_id, n_lines, first_line, warnings, toc, district FROM old.files WHERE name = ?",
                          (file_record["file"],)).fetchone()
        if row is None:
            return None
        old_id, n_lines, old_first, warnings, toc, district = row
        old_docs = cur.execute("SELECT ord, id FROM old.documents WHERE file_id = ? ORDER BY ord", (old_id,)).fetchall()
        if [i for _, i in old_docs] != [d.id for d in documents]:
            return None
        first = w._lines + 1
        file_id = w._file_row(cur, file_record, district, n_lines, warnings, toc)
        cur.execute("INSERT INTO line_blocks SELECT first_id + ?1, data FROM old.line_blocks "
                    "WHERE first_id BETWEEN ?2 AND ?3 ORDER BY first_id", (first - old_first, old_first,
                                                                           old_first + n_lines - 1))
        w._lines += n_lines
        doc_shift = len(w._doc_ord) - (old_docs[0][0] if old_docs else 0)
        for _, i in old_docs:
            w._doc_ord[i] = len(w._doc_ord)
        # One statement per document, as add_file inserts them (the same B-tree operations in the same order).
        for o, _ in old_docs:
            cur.execute("INSERT INTO documents (ord, id, file_id, line_start, line_end, doc, source, doc_number_norm, "
                        "registration_norm, title_compact, district, date, title, doc_number, issuer) SELECT ord + ?1, "
                        "id, ?2, line_start, line_end, doc, source, doc_number_norm, registration_norm, title_compact, "
                        "district, date, title, doc_number, issuer FROM old.documents WHERE ord = ?3",
                        (doc_shift, file_id, o))
        w._doc_terms(cur, documents)
        start, n = self.spans().get(old_id, (0, 0))
        if n:
            shift = w._passages - start
            # Section rows in the order a build adds them (at each one's first passage), then the passages
            # with their section renumbered through a temporary map.
            cur.execute("DELETE FROM temp.section_map")
            seen = {}
            for old, text in cur.execute("SELECT p.section, s.text FROM old.passages p JOIN old.sections s ON "
                                         "s.id = p.section WHERE p.pos BETWEEN ?1 AND ?2 ORDER BY p.pos",
                                         (start, start + n - 1)).fetchall():
                if old not in seen:
                    seen[old] = w._section(cur, text)
            cur.executemany("INSERT INTO temp.section_map VALUES (?, ?)", seen.items())
            cur.execute("INSERT INTO passages SELECT pos + ?1, id, doc_ord + ?2, (SELECT to_id FROM temp.section_map "
                        "WHERE from_id = section), line_start, line_end, page, text FROM old.passages "
                        "WHERE pos BETWEEN ?3 AND ?4 ORDER BY pos", (shift, doc_shift, start, start + n - 1))
            cur.execute("INSERT OR IGNORE INTO passage_terms SELECT term, pos + ?1 FROM old.passage_terms "
                        "WHERE pos BETWEEN ?2 AND ?3 ORDER BY pos, term", (shift, start, start + n - 1))
            w._passages += n
        return loads(warnings) or []


class Writers(GenerationWriter):
    """Several writers fed the same stream (e.g. kg.sqlite and another database); manifest entries merged."""

    def __init__(self, writers: list[GenerationWriter]):
        self.writers = writers

    def add_file(self, issue, file_record: dict, passages: list[dict] | None = None, key: str | None = None) -> None:
        for w in self.writers:
            w.add_file(issue, file_record, passages, key)

    def finish(self, documents: list, facts: dict, graph) -> dict:
        out: dict = {}
        for w in self.writers:
            out.update(w.finish(documents, facts, graph))
        return out

    def close(self) -> None:
        for w in self.writers:
            w.close()


# Writers by name; a build writes every one of DEFAULT_WRITERS into each generation. The JSON files of
# format 2 (facts.json, graph.json, issues.jsonl, documents.jsonl) are gone: kg.sqlite holds all of it.
WRITERS: dict[str, type] = {"sqlite": SqliteWriter}
DEFAULT_WRITERS: tuple[str, ...] = ("sqlite",)


def open_writer(out_dir: Path, config, names: tuple[str, ...] | None = None,
                previous: Path | None = None) -> GenerationWriter:
    """The writer of a build: the named writers (default DEFAULT_WRITERS) over one generation folder;
    `previous`: the current generation, whose rows of unchanged files a writer may copy (`reuse_file`)."""
    writers = [WRITERS[n](out_dir, config, previous) for n in (names or DEFAULT_WRITERS)]
    return writers[0] if len(writers) == 1 else Writers(writers)
