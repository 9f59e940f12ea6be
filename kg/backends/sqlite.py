"""The embedded store: every query answered by SQL over the generation's `kg.sqlite`, nothing loaded whole.

The answers are the records of `gazette-kg facts`, in build order, exactly as the in-memory
`KnowledgeBase` gives them (tests/test_engines_parity.py compares the two on every CLI query).
The row readers below (`read_documents`, `read_facts`, `read_graph`, `read_lines`) are also what the
data-dir loaders of kg/store.py use.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from kg.backends.base import FactStore
from kg.errors import GazetteError
from kg.model import Document, Line
from kg.parse.normalize import compact, normalize_doc_number, normalize_registration
from kg.recordblocks import BLOCK_TABLES, RecordBlocks
from kg.sqlitedb import PACK_CHARSET, department_record, loads, read_line_rows

__all__ = ["SqliteStore", "DocumentRecords", "read_documents", "read_records", "read_facts", "read_graph", "read_lines", "read_heads", "read_all_lines", "GazetteNames",
           "read_fact_rows_at",
           "LazyRows"]

# The table of each fact list that has one (the rest are in fact_rows by kind); those of BLOCK_TABLES
# hold blocks of records (kg.recordblocks).
_TABLES = {"tasks": "tasks", "departments": "departments", "repeals": "repeals", "cites": "cites",
           "enterprises": "enterprises", "indicators": "indicators"}
_RECORD_KEYS = ("id", "title", "doc_number", "issuer", "district", "date", "registration", "recipients", "attachments")


def _record(doc: dict, status: dict | None, source: dict) -> dict:
    """A document's row of `gazette-kg facts` (what format 2 wrote in facts.json) from its stored columns."""
    from kg.validity import status_at

    rec = {k: doc[k] for k in _RECORD_KEYS}
    rec["attachments"] = list(rec["attachments"] or ())
    rec["status"] = status or status_at(None)
    rec["source"] = source
    return rec


@contextmanager
def _gc_paused():
    """Cyclic GC off while many records are decoded: JSON makes no cycles, and the collections that
    hundreds of thousands of new dicts and lists trigger each scan everything held (a unit's 29k tasks
    at 200x the sample: 0.69 s decoding with it, 0.22 s without)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _column(conn, sql: str, params=()) -> list:
    return [r[0] for r in conn.execute(sql, params)]


def _json_column(conn, sql: str, params=()) -> list:
    rows = conn.execute(sql, params).fetchall()
    with _gc_paused():
        return [loads(r[0]) for r in rows]


class LazyRows(list):
    """A JSON list that reads its rows while it is written out (`json` iterates a list subclass):
    `gazette-kg facts` streams a table instead of holding it. Only len() and iteration are meant."""

    def __init__(self, count: int, rows):
        super().__init__()
        self._count, self._rows = count, rows

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def __iter__(self) -> Iterator:
        return iter(self._rows())


def read_documents(conn) -> list[Document]:
    from kg.store import document_from_dict

    rows = conn.execute("SELECT doc FROM documents ORDER BY ord").fetchall()
    with _gc_paused():
        return [document_from_dict(loads(d)) for (d,) in rows]


def read_records(conn) -> Iterator[dict]:
    for doc, status, source in conn.execute("SELECT doc, status, source FROM documents ORDER BY ord"):
        yield _record(loads(doc), loads(status), loads(source))


class DocumentRecords(Mapping):
    """{doc id: its record of `gazette-kg facts`} (what `read_records` gives, by id), each record read
    from SQLite when first asked for: a searcher shows a few documents per query, and reading all of them
    (11k at 200x the sample) cost more than the rest of opening it. Ids in build order."""

    def __init__(self, conn):
        self.conn = conn
        self._ids = _column(conn, "SELECT id FROM documents ORDER BY ord")
        self._set = frozenset(self._ids)
        self._cache: dict[str, dict] = {}

    def __getitem__(self, doc_id) -> dict:
        rec = self._cache.get(doc_id)
        if rec is None:
            if doc_id not in self._set:
                raise KeyError(doc_id)
            doc, status, source = self.conn.execute("SELECT doc, status, source FROM documents WHERE id = ?",
                                                    (doc_id,)).fetchone()
            rec = self._cache[doc_id] = _record(loads(doc), loads(status), loads(source))
        return rec

    def __contains__(self, doc_id) -> bool:
        return doc_id in self._set

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _fact_rows(conn, key: str) -> Iterator[dict]:
    if key in BLOCK_TABLES:
        yield from RecordBlocks(conn, key)
        return
    if key == "departments":
        for row in conn.execute("SELECT id, district, canonical, data FROM departments ORDER BY ord"):
            yield department_record(*row)
        return
    if key in _TABLES:
        sql, params = f"SELECT data FROM {_TABLES[key]} ORDER BY ord", ()
    else:
        sql, params = "SELECT data FROM fact_rows WHERE kind = ? ORDER BY ord", (key,)
    for (data,) in conn.execute(sql, params):
        yield loads(data)


def _fact_count(conn, key: str) -> int:
    if key in BLOCK_TABLES:
        return RecordBlocks(conn, key).count()
    if key in _TABLES:
        return conn.execute(f"SELECT count(*) FROM {_TABLES[key]}").fetchone()[0]
    if key == "documents":
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return conn.execute("SELECT count(*) FROM fact_rows WHERE kind = ?", (key,)).fetchone()[0]


def _meta(conn, key: str):
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return loads(row[0]) if row else None


def read_facts(conn, lazy: bool = False, merge_report: bool = True) -> dict:
    """The `gazette-kg facts` object as the build wrote it (facts.json of format 2), key order kept.

    Args:
        lazy: LazyRows read while iterated (for streaming), instead of lists.
        merge_report: include the department merge report (the `facts` command leaves it out).
    """
    other = _meta(conn, "facts_other") or {}
    out = {}
    for key in _meta(conn, "facts_keys") or ["documents"]:
        if key == "merge_report" and not merge_report:
            continue
        if key in other:
            out[key] = other[key]
            continue
        rows = (lambda: read_records(conn)) if key == "documents" else (lambda k=key: _fact_rows(conn, k))
        out[key] = LazyRows(_fact_count(conn, key), rows) if lazy else list(rows())
    return out


def read_fact_rows_at(conn, key: str, ords: list[int] | None, blocks: RecordBlocks | None = None) -> list[dict]:
    """The records of fact list `key` at positions `ords` (ascending; None: every record), decoded.

    Args:
        blocks: the reader of `key`'s block table to use (kept by a caller that asks again: it caches the
            blocks' first positions); None: one made here.
    """
    if ords is None:
        with _gc_paused():
            return list(_fact_rows(conn, key))
    if key in BLOCK_TABLES:
        with _gc_paused():
            return (blocks or RecordBlocks(conn, key)).records(list(ords))
    want = json.dumps(list(ords))
    if key == "departments":
        return [department_record(*row) for row in conn.execute(
            "SELECT id, district, canonical, data FROM departments WHERE ord IN (SELECT value FROM json_each(?)) "
            "ORDER BY ord", (want,))]
    if key in _TABLES:
        sql, params = (f"SELECT data FROM {_TABLES[key]} WHERE ord IN (SELECT value FROM json_each(?)) ORDER BY ord",
                       (want,))
    else:
        sql, params = ("SELECT data FROM fact_rows WHERE kind = ? AND ord IN (SELECT value FROM json_each(?)) "
                       "ORDER BY ord", (key, want))
    return _json_column(conn, sql, params)


def read_graph(conn):
    """The whole graph (nodes and edges in build order: the same networkx graph the build made), made
    again from the records (kg.graphstore)."""
    from kg.graphstore import GraphReader

    return GraphReader(conn).graph()


def _lines(rows) -> list[Line]:
    return [Line(no=no, raw=raw, text=raw if text is None else text, page=page) for no, raw, text, page in rows]


def read_lines(conn, file: str, start: int = 1, end: int | None = None) -> list[Line]:
    """Lines `start`..`end` (1-based, inclusive; end None: to the last) of one file: one rowid range."""
    row = conn.execute("SELECT first_line, n_lines FROM files WHERE name = ?", (file,)).fetchone()
    if row is None:
        return []
    first, n = row
    start, end = max(1, start), min(n, n if end is None else end)
    return _lines((i - first + 1, *r) for i, *r in read_line_rows(conn, first + start - 1, first + end - 1))


def read_heads(conn, n: int = 40) -> dict[str, list[Line]]:
    """The first `n` lines of every file (its masthead: kg.views.gazette_names), one rowid range each."""
    files = conn.execute("SELECT name, first_line, n_lines FROM files ORDER BY file_id").fetchall()
    return {name: _lines((i - first + 1, *r) for i, *r in read_line_rows(conn, first, first + min(n, count) - 1))
            for name, first, count in files}


class GazetteNames(Mapping):
    """{file name: the gazette it is} (kg.views.gazette_names), each file's name made when first asked
    for, from its first 40 lines (and the documents' district and date, read once a file's head lacks
    the masthead or issue number): a page names the files its facts come from, and reading every file's
    head (1,000 files at 200x the sample) cost more than the rest of the page."""

    def __init__(self, conn):
        self.conn = conn
        self._files = dict(conn.execute("SELECT name, file_id FROM files ORDER BY file_id").fetchall())
        self._names: dict[str, str] = {}
        self._docs: dict[int, list] | None = None

    def _documents(self, file_id: int) -> list:
        """The file's documents' (district, date), every file's read in one pass when first needed: one
        file's alone is a scan of the table too (a third of the cost), and a page may cite hundreds."""
        if self._docs is None:
            from types import SimpleNamespace

            docs: dict[int, list] = {}
            # Sorted here, not by SQL: without ORDER BY the columns come from the documents_fields index
            # (the table's rows hold each record's JSON before these columns).
            for f, d, t, _ in sorted(self.conn.execute("SELECT file_id, district, date, ord FROM documents"),
                                     key=lambda r: r[3]):
                docs.setdefault(f, []).append(SimpleNamespace(district=d, date=t))
            self._docs = docs
        return self._docs.get(file_id, [])

    def __getitem__(self, file) -> str:
        name = self._names.get(file)
        if name is None:
            file_id = self._files[file]  # KeyError for a file not in the generation
            from kg.views import gazette_name

            name = self._names[file] = gazette_name(read_lines(self.conn, file, 1, 40), lambda: self._documents(file_id))
        return name

    def __contains__(self, file) -> bool:
        return file in self._files

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def read_all_lines(conn) -> dict[str, list[Line]]:
    return {name: read_lines(conn, name) for (name,) in conn.execute("SELECT name FROM files ORDER BY file_id").fetchall()}


class SqliteStore(FactStore):
    """Queries by SQL over one generation's kg.sqlite (opened read-only; needs no server)."""

    def __init__(self, conn, generation=None):
        self.conn = conn
        self.generation = generation  # the kg.store.Generation it was opened from

    @classmethod
    def load(cls, data_dir: Path) -> "SqliteStore":
        from kg.store import open_db, read_generation

        return read_generation(data_dir, lambda gen: cls(open_db(gen), gen))

    @property
    def data_dir(self) -> Path:
        return Path(self.generation.data_dir)

    def close(self) -> None:
        self.conn.close()

    def _col(self, sql: str, params=()) -> list:
        return _json_column(self.conn, sql, params)

    # -- documents -------------------------------------------------------------------------------
    @cached_property
    def _documents(self) -> list[Document]:
        return read_documents(self.conn)

    @property
    def documents(self) -> list[Document]:
        return self._documents

    def document(self, doc_id):
        from kg.store import document_from_dict

        row = self.conn.execute("SELECT doc FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return document_from_dict(loads(row[0]))

    def get(self, doc_id):
        try:
            return self.document(doc_id) if doc_id else None
        except KeyError:
            return None

    def find_document(self, ref):
        ref = ref.strip()
        num, reg, c = normalize_doc_number(ref), normalize_registration(ref), compact(ref)
        row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (ref,)).fetchone() or self.conn.execute(
            "SELECT id FROM documents WHERE doc_number_norm = ? OR registration_norm = ? OR title_compact = ? "
            "ORDER BY ord LIMIT 1", (num, reg, c)).fetchone()
        if row:
            return self.document(row[0])
        hits = self.conn.execute("SELECT id, title FROM documents WHERE instr(title_compact, ?) > 0 "
                                 "ORDER BY ord", (c,)).fetchall() if c else []
        if len(hits) == 1:
            return self.document(hits[0][0])
        if hits:
            raise GazetteError(f"{ref!r} matches {len(hits)} documents: " + "; ".join(f"{i} {t}" for i, t in hits[:5]))
        ext = self.external_status(ref)
        if ext:
            raise GazetteError(f"{ref!r} is not printed in this corpus, but {ext['label']} by {ext['by_title']} "
                               f"({ext['source']['file']}:{ext['source']['line_start']})")
        raise GazetteError(f"no document matches {ref!r} (try `gazette-kg docs`)")

    def lookup(self, text, as_of=None, limit=20):
        try:
            from kg.query import lookup_records
        except ImportError:  # a kg.query without the shared function: its method over the same rows
            from kg.query import KnowledgeBase

            kb = KnowledgeBase(self.data_dir, self.documents, {"documents": [], "repeals": self.repeals()})
            kb.status = self.status
            return kb.lookup(text, as_of=as_of, limit=limit)
        return lookup_records(self.documents, self.repeals(), text, self.status, as_of, limit, self.amendments())

    def external_status(self, ref):
        from kg.validity import repeal_state, state_label

        num, c = normalize_doc_number(ref), compact(ref)
        rows = self._col("SELECT data FROM repeals WHERE target_number_norm = ? OR target_title_compact = ? "
                         "ORDER BY ord LIMIT 1", (num, c))
        if not rows:  # an amended document (修改 / 修订): in force as amended, named by the amending decision
            rows = [a for a in self.amendments() if not a.get("target_doc_id") and (
                (a.get("target_doc_number") and normalize_doc_number(a["target_doc_number"]) == num)
                or (a.get("target_title") and compact(a["target_title"]) == c))][:1]
        if not rows:
            return None
        state = repeal_state(rows[0]["kind"])
        return {"state": state, "label": state_label(state), **rows[0]}

    @staticmethod
    def _as_of(as_of):
        from kg.validity import parse_as_of

        try:
            return parse_as_of(as_of)
        except ValueError as exc:
            raise GazetteError(str(exc)) from None

    def status(self, doc_id, as_of=None):
        from kg.validity import status_at

        row = self.conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return status_at(loads(row[0]) if row else None, self._as_of(as_of))

    def statuses(self, as_of=None, ids=None):
        from kg.validity import status_at

        day = self._as_of(as_of)
        if ids is None:
            rows = self.conn.execute("SELECT id, status FROM documents ORDER BY ord").fetchall()
        else:  # in the order asked (each id once), as the default does
            found = dict(self.conn.execute("SELECT id, status FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                                           (json.dumps(list(dict.fromkeys(ids)), ensure_ascii=False),)))
            rows = [(i, found[i]) for i in dict.fromkeys(ids) if i in found]
        with _gc_paused():
            return {i: status_at(loads(s), day) for i, s in rows}

    # District and year by their own DISTINCT over columns (an index holds them); issuer and title from
    # each record's JSON, read only when asked for, both in one pass (one parse of each record).
    _FACET_SQL = {"district": "district", "issuer": "issuer",
                  "year": "substr(coalesce(date, ''), 1, 4)", "title_end": "substr(title, -2)"}

    def document_facets(self, fields=FactStore.FACETS):
        values: dict[str, set] = {}
        for group in (("district",), ("year",), ("issuer", "title_end")):
            asked = [k for k in group if k in fields]
            if asked:
                rows = self.conn.execute(f"SELECT DISTINCT {', '.join(self._FACET_SQL[k] for k in asked)} FROM documents")
                for k, col in zip(asked, zip(*rows.fetchall())):
                    values[k] = set(col)
                for k in asked:
                    values.setdefault(k, set())  # no documents: no rows
        return {k: sorted({v or "" for v in values[k]} if k == "title_end" else {v for v in values[k] if v})
                for k in fields}

    _DOC_FILTER = ("(:districts IS NULL OR coalesce(district, '') IN (SELECT value FROM json_each(:districts))) AND "
                   "(:years IS NULL OR substr(coalesce(date, ''), 1, 4) IN (SELECT value FROM json_each(:years)))")

    def document_heads(self, districts=None, years=None, offset=0, limit=None, ids=None):
        args = {k: None if v is None else json.dumps(list(v), ensure_ascii=False)
                for k, v in (("districts", districts), ("years", years), ("ids", ids))}
        # The ids' test only when there are ids (by the id index; ":ids IS NULL OR …" would scan).
        where = self._DOC_FILTER + ("" if ids is None else " AND id IN (SELECT value FROM json_each(:ids))")
        total = self.conn.execute(f"SELECT count(*) FROM documents WHERE {where}", args).fetchone()[0]
        keys = ("id", "title", "doc_number", "date", "district", "issuer")
        rows = self.conn.execute(
            "SELECT id, title, doc_number, date, district, issuer FROM documents "
            f"WHERE {where} ORDER BY ord LIMIT :limit OFFSET :offset",
            {**args, "offset": offset, "limit": -1 if limit is None else limit})
        return total, [dict(zip(keys, r)) for r in rows]

    def timeline(self, doc_id):
        row = self.conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return ((loads(row[0]) if row else None) or {}).get("timeline", [])

    def document_record(self, doc_id, as_of=None):
        row = self.conn.execute("SELECT doc, status, source FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        rec = _record(loads(row[0]), loads(row[1]), loads(row[2]))
        return rec if as_of is None else {**rec, "status": self.status(doc_id, as_of)}

    @cached_property
    def _block_tables(self) -> dict[str, RecordBlocks]:
        """{table: its RecordBlocks reader}, shared with the graph reader (each caches its blocks' starts)."""
        return {}

    def _blocks(self, table: str) -> RecordBlocks:
        if table not in self._block_tables:
            self._block_tables[table] = RecordBlocks(self.conn, table)
        return self._block_tables[table]

    def _block_records(self, table: str, ords: list[int]) -> list[dict]:
        with _gc_paused():
            return self._blocks(table).records(ords)

    def cites(self, doc_id):
        # a block holds one citing document's records
        lines = self._blocks("cites").lines("WHERE by_doc_id = ?", (doc_id,))
        with _gc_paused():
            return json.loads("[" + ",".join(t for _, t in lines) + "]")

    def cited_by(self, doc_id):
        return self._block_records("cites", _column(self.conn, "SELECT ord FROM cite_targets WHERE target_doc_id = ? "
                                                               "ORDER BY ord", (doc_id,)))

    def repeals_of(self, doc_id):
        return self._col("SELECT data FROM repeals WHERE by_doc_id = ? ORDER BY ord", (doc_id,))

    def repeals(self):
        return self._col("SELECT data FROM repeals ORDER BY ord")

    def amendments(self):
        return list(_fact_rows(self.conn, "amendments"))

    def amendments_of(self, doc_id):
        return [a for a in _fact_rows(self.conn, "amendments") if a["by_doc_id"] == doc_id]

    # -- document text ---------------------------------------------------------------------------
    def lines(self, file: str, start: int = 1, end: int | None = None) -> list[Line]:
        """Lines `start`..`end` of a gazette file as stored by the build (the document page's text)."""
        return read_lines(self.conn, file, start, end)

    # -- tasks and departments -------------------------------------------------------------------
    def _task(self, ord_: int) -> dict:
        return self._tasks_of([ord_])[0]

    def _tasks_of(self, ords: list[int]) -> list[dict]:
        """Task records by position, parsed once: a unit's task list is asked again and again (the app's
        who-leads page), and parsing is most of its cost. The cache is bounded."""
        cache = self.__dict__.setdefault("_task_cache", {})
        missing = [o for o in ords if o not in cache]
        if missing:
            if len(cache) + len(missing) > 200_000:
                cache.clear()
            texts = self._blocks("tasks").texts(missing)
            # One decode of all the records as one JSON array: a call per record costs a tenth more.
            with _gc_paused():
                cache.update(zip(texts, json.loads("[" + ",".join(texts.values()) + "]")))
        return [cache[o] for o in ords]

    @cached_property
    def _task_index(self):
        """The who-leads index (index.tasks.TaskIndex) saved with the data dir (checked against the
        manifest); for a data dir without one, built here from the stored tasks."""
        from index.tasks import TASK_INDEX_DIR, build_task_index, load_task_index

        n = self.task_count()
        # Every printed department name (the tokenizer's user words), read by SQLite's JSON functions:
        # the tokenizer only takes them as one flat list.
        names = _column(self.conn, "SELECT v.value FROM departments d, json_each(d.data, '$.variants') v "
                                   "ORDER BY d.ord, v.key")
        facts = {"tasks": range(n), "departments": [{"variants": names}]}  # what the saved index is checked against
        if self.generation is not None:
            self.generation.files(f"index/{TASK_INDEX_DIR}/")
            saved = load_task_index(self.generation.path / "index" / TASK_INDEX_DIR, facts)
            if saved is not None:
                return saved
        return build_task_index({"tasks": list(_fact_rows(self.conn, "tasks")),
                                 "departments": list(_fact_rows(self.conn, "departments"))})

    def task_count(self) -> int:
        return self._blocks("tasks").count()

    def who_leads(self, text, k=5):
        return [t for t, _ in self.task_matches(text, k)]

    def task_matches(self, text, k=5):
        """The tasks that best match `text`, each with its BM25 score (the candidates the word index finds
        are read here, parsed once: index.tasks.TaskIndex rescores them from their texts)."""
        from index.tasks import task_texts

        if not self.task_count():
            return []
        hits = self._task_index.search(text, k, lambda ords: task_texts(self._tasks_of(ords)))
        return [(self._task(i), s) for i, s in hits]

    @cached_property
    def _districts(self) -> list:
        return _column(self.conn, "SELECT DISTINCT district FROM departments")

    def department(self, name, district=None):
        deps, units = self._department_units(name, district)
        self._tasks_of([o for u in units.values() for role in u for o in role])  # one query for all of them
        return list(self._department_rows(deps, units)())

    def department_stream(self, name, district=None):
        """`department` read while it is written out: the units are found first, and each unit's tasks
        are read and decoded when it is reached (399 units and 29k tasks for one name at 200x the
        sample), so the first unit is printed at once."""
        deps, units = self._department_units(name, district)
        return LazyRows(len(deps), self._department_rows(deps, units))

    def _department_rows(self, deps, units):
        tasks = lambda i, role: self._tasks_of(units[i][role])
        return lambda: ({**dep, "leads": tasks(i, 0), "cooperates": tasks(i, 1)} for i, dep in deps)

    def _department_units(self, name, district=None):
        """The departments `name` resolves to [(ord, record)] in build order, and their task positions."""
        from kg.resolve import department_key

        hits = set(_column(self.conn, "SELECT dep_ord FROM department_names WHERE name = ?", (compact(name),)))
        # The resolution key depends on the district only (its name as a prefix, its level): districts
        # sharing a key are looked up together, one indexed IN per key instead of one query per district.
        by_key: dict[str, list] = {}
        for d in ([district] if district else self._districts):
            by_key.setdefault(department_key(name, d)[0], []).append(d)
        for key, ds in by_key.items():
            named = [d for d in ds if d is not None]
            hits.update(_column(self.conn, "SELECT ord FROM departments WHERE district IN (SELECT value FROM json_each(?1)) "
                                           "AND canonical = ?2", (json.dumps(named, ensure_ascii=False), key)))
            if len(named) < len(ds):  # a department without a district
                hits.update(_column(self.conn, "SELECT ord FROM departments WHERE district IS NULL AND canonical = ?",
                                    (key,)))
        deps = [(i, department_record(*row)) for i, *row in self.conn.execute(
            "SELECT ord, id, district, canonical, data FROM departments WHERE ord IN (SELECT value FROM json_each(?)) "
            "ORDER BY ord",
            (json.dumps(sorted(hits)),))]  # build order
        deps = [(i, dep) for i, dep in deps if not district or dep["district"] == district]
        return deps, self._units_of([i for i, _ in deps])

    def _units_of(self, dep_ords: list[int]) -> dict[int, tuple[list[int], list[int]]]:
        """Each unit's (led, cooperated) task positions in build order, by the unit's position in
        `departments`, read once per unit (the generation never changes; positions are small) — SQLite
        steps a row per task, the unit's page asks again."""
        cache = self.__dict__.setdefault("_unit_cache", {})
        missing = [d for d in dict.fromkeys(dep_ords) if d not in cache]
        if missing:
            found = {d: ([], []) for d in missing}
            # One row per (unit, role), its positions as one string: a row per task costs more in Python.
            for dep, role, ords in self.conn.execute(
                    "SELECT dep_ord, role, group_concat(task_ord) FROM task_units WHERE dep_ord IN "
                    "(SELECT value FROM json_each(?)) GROUP BY dep_ord, role", (json.dumps(missing),)):
                found[dep][role][:] = sorted(map(int, ords.split(",")))
            cache.update(found)
        return {d: cache[d] for d in dep_ords}

    def departments(self, district=None):
        rows = self.conn.execute("SELECT id, district, canonical, data FROM departments WHERE ?1 IS NULL OR "
                                 "district = ?1 ORDER BY ord", (district or None,)).fetchall()
        with _gc_paused():
            return [department_record(*r) for r in rows]

    def counts(self):
        one = lambda t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        return {"documents": one("documents"), "tasks": self.task_count(), "departments": one("departments")}

    def merge_report(self):
        return list(_fact_rows(self.conn, "merge_report"))

    # -- enterprises and indicators --------------------------------------------------------------
    def enterprises(self, cls=None, list_name=None):
        from kg.extract.enterprise_classes import canonical_class  # (asked in its canonical form, as stored)

        cls, list_name = (canonical_class(cls) if cls else None), (list_name or None)
        if cls is None and list_name is None:
            lines = self._blocks("enterprises").lines()
            with _gc_paused():
                return json.loads("[" + ",".join(t for _, t in lines) + "]")
        # a classification of that class (by the class index) and one of that list (not necessarily the same one)
        tests = [("class = ?", cls)] if cls is not None else []
        tests += [("instr(coalesce(list, ''), ?) > 0", list_name)] if list_name is not None else []
        sql = " INTERSECT ".join(f"SELECT ent_ord FROM enterprise_classes WHERE {t}" for t, _ in tests)
        return self._block_records("enterprises", sorted(_column(self.conn, sql, [v for _, v in tests])))

    def indicators(self, text=None):
        blocks = self._blocks("indicators")
        if not text:
            with _gc_paused():
                return json.loads("[" + ",".join(t for _, t in blocks.lines()) + "]")
        needle = compact(text)
        # JSON keeps a string's characters as they are but '"', '\\' and control characters: a record whose
        # name or source text holds such a needle holds it in its JSON line, so only those blocks are split
        # and those lines parsed. The blocks are GB18030 (PACK_CHARSET), which is not self-synchronising: its
        # bytes of the needle may also match across two characters, so the bytes only skip blocks and the
        # decoded line decides.
        plain = not any(c in '"\\' or c < " " for c in needle)
        found = needle.encode(PACK_CHARSET)
        out = []
        with _gc_paused():
            for _, block in blocks.blocks():
                if plain and found not in block:
                    continue
                for line in block.decode(PACK_CHARSET).split("\n"):
                    if plain and needle not in line:
                        continue
                    r = json.loads(line)
                    fields = (r.get("name"), (r.get("source") or {}).get("text"))
                    if any(isinstance(v, str) and needle in v for v in fields):
                        out.append(r)
        return out

    # One query each (96k indicators at 200x the sample: the page reads names and counts, then one name's
    # rows): `indicator_names` has a row per record, its name, position and document's position.
    _IN_DISTRICT = "(?1 IS NULL OR doc_ord IN (SELECT ord FROM documents WHERE district = ?1))"

    def indicator_names(self, district=None):
        return dict(self.conn.execute(f"SELECT name, count(*) FROM indicator_names WHERE {self._IN_DISTRICT} "
                                      "GROUP BY name", (district or None,)))

    def indicator_districts(self):
        return sorted(_column(self.conn, "SELECT DISTINCT district FROM documents WHERE district IS NOT NULL AND "
                                         "district != '' AND ord IN (SELECT doc_ord FROM indicator_names)"))

    def indicator_records(self, names=None, district=None, limit=None):
        # The name test only when there are names: "?2 IS NULL OR name IN …" would not use the primary key.
        named = "" if names is None else " AND name IN (SELECT value FROM json_each(?2))"
        wanted = None if names is None else json.dumps(list(names), ensure_ascii=False)
        ords = _column(self.conn, f"SELECT ord FROM indicator_names WHERE {self._IN_DISTRICT}{named} ORDER BY ord "
                                  "LIMIT ?3", (district or None, wanted, -1 if limit is None else limit))
        return self._block_records("indicators", ords)

    # -- whole-graph views -----------------------------------------------------------------------
    def facts_export(self):
        return read_facts(self.conn, merge_report=False)

    def facts_stream(self) -> dict:
        """`facts_export` with each list read as it is written out (LazyRows)."""
        return read_facts(self.conn, lazy=True, merge_report=False)

    @cached_property
    def _graph_reader(self):
        from kg.graphstore import GraphReader

        return GraphReader(self.conn, blocks=self._block_tables)

    def graph(self):
        return read_graph(self.conn)

    def ball(self, node: str, hops: int) -> list[str]:
        """Every node within `hops` of `node`, either direction (kg.graphstore: the records that touch
        each hop's nodes, by indexed reads)."""
        return self._graph_reader.ball(node, hops)

    def neighbourhood(self, node, hops=1, max_elements=300, node_types=None, relations=None):
        from kg.graph import neighbourhood

        # The ball holds every node and edge the in-memory walk can reach; the same walk then applies
        # the type/relation filters and the cap, so both stores draw the same picture.
        return neighbourhood(self.subgraph(self.ball(node, hops)), node, hops, max_elements, node_types, relations)

    def node(self, node_id):
        return self._graph_reader.node(node_id)

    def search_nodes(self, text, limit=30, node_type=None):
        return self._graph_reader.search(text, limit, node_type)

    def subgraph(self, node_ids):
        return self._graph_reader.subgraph(node_ids)
