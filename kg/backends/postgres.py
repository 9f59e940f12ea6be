"""The PostgreSQL store: documents, facts, entities and typed, sourced edges in tables, queried by SQL.

Rows keep the record exactly as `gazette-kg facts` prints it (a `json` column, which keeps key order)
beside the columns the queries filter on; the status dict is also kept as `jsonb` for queries by state.
Loaded from any built data dir (`load_data_dir`), so it works after every embedded build.
"""

from __future__ import annotations

import json
from functools import cached_property, lru_cache
from pathlib import Path

from kg.backends.base import FactStore
from kg.extract.enterprise_classes import canonical_class  # (a class asked in its canonical form, as stored)
from kg.errors import GazetteError
from kg.model import Document
from kg.parse.normalize import compact, normalize_doc_number, normalize_registration

__all__ = ["PostgresStore", "load_data_dir", "load_rows", "SCHEMA"]

# One table per record kind; `ord` keeps build order so answers list rows as the embedded store does.
SCHEMA = """
DROP TABLE IF EXISTS kg_meta, kg_documents, kg_tasks, kg_departments, kg_enterprises, kg_indicators,
    kg_repeals, kg_cites, kg_fact_rows, kg_nodes, kg_edges CASCADE;
CREATE TABLE kg_meta (key text PRIMARY KEY, value json NOT NULL);
CREATE TABLE kg_documents (ord int PRIMARY KEY, id text UNIQUE NOT NULL, doc json NOT NULL, record json NOT NULL,
    status jsonb, state text, doc_number_norm text, registration_norm text, title_compact text NOT NULL,
    file text, line_start int, line_end int);
CREATE TABLE kg_tasks (ord int PRIMARY KEY, id text, doc_id text, data json NOT NULL,
    file text, line_start int, line_end int, text text);
CREATE TABLE kg_departments (ord int PRIMARY KEY, id text, district text, canonical text, variants jsonb,
    data json NOT NULL);
CREATE TABLE kg_enterprises (ord int PRIMARY KEY, id text, name text, classifications jsonb, data json NOT NULL);
CREATE TABLE kg_indicators (ord int PRIMARY KEY, id text, doc_id text, name text, source_text text,
    data json NOT NULL);
CREATE TABLE kg_repeals (ord int PRIMARY KEY, by_doc_id text, target_doc_id text, target_number_norm text,
    target_title_compact text, kind text, data json NOT NULL);
CREATE TABLE kg_cites (ord int PRIMARY KEY, by_doc_id text, target_doc_id text, data json NOT NULL);
CREATE TABLE kg_fact_rows (kind text, ord int, data json NOT NULL, PRIMARY KEY (kind, ord));
CREATE TABLE kg_nodes (ord int PRIMARY KEY, id text UNIQUE NOT NULL, type text, label text, attrs json NOT NULL);
CREATE TABLE kg_edges (ord int PRIMARY KEY, src text NOT NULL, dst text NOT NULL, rel text NOT NULL,
    file text, line_start int, line_end int, text text, attrs json NOT NULL);
"""

INDEXES = """
CREATE INDEX ON kg_documents (doc_number_norm);
CREATE INDEX ON kg_documents (registration_norm);
CREATE INDEX ON kg_documents (state);
CREATE INDEX ON kg_tasks (id);
CREATE INDEX ON kg_departments USING gin (variants);
CREATE INDEX ON kg_departments (district, canonical);
CREATE INDEX ON kg_repeals (by_doc_id);
CREATE INDEX ON kg_cites (by_doc_id);
CREATE INDEX ON kg_cites (target_doc_id);
CREATE INDEX ON kg_edges (src, rel);
CREATE INDEX ON kg_edges (dst, rel);
ANALYZE;
"""


def _j(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _prov(row: dict, key: str = "source") -> tuple:
    s = row.get(key) or {}
    return s.get("file"), s.get("line_start"), s.get("line_end"), s.get("text")


def _document_row(i: int, doc: dict, rec: dict) -> tuple:
    st = rec.get("status") or {}
    return (i, doc["id"], _j(doc), _j(rec), _j(st), st.get("state", "in_force"),
            normalize_doc_number(doc["doc_number"]) if doc.get("doc_number") else None,
            normalize_registration(doc["registration"]) if doc.get("registration") else None,
            compact(doc["title"]), doc["file"], doc["line_start"], doc["line_end"])


# (table, facts key, columns after ord, row -> values after ord)
_FACT_TABLES = (
    ("kg_tasks", "tasks", ("id", "doc_id", "data", "file", "line_start", "line_end", "text"),
     lambda r: (r["id"], r["doc_id"], _j(r), *_prov(r))),
    ("kg_departments", "departments", ("id", "district", "canonical", "variants", "data"),
     lambda r: (r["id"], r["district"], r["canonical"], _j(r["variants"]), _j(r))),
    ("kg_enterprises", "enterprises", ("id", "name", "classifications", "data"),
     lambda r: (r["id"], r["name"], _j(r["classifications"]), _j(r))),
    ("kg_indicators", "indicators", ("id", "doc_id", "name", "source_text", "data"),
     lambda r: (r["id"], r["doc_id"], r["name"], r["source"]["text"], _j(r))),
    ("kg_repeals", "repeals", ("by_doc_id", "target_doc_id", "target_number_norm", "target_title_compact", "kind", "data"),
     lambda r: (r["by_doc_id"], r["target_doc_id"],
                normalize_doc_number(r["target_doc_number"]) if r.get("target_doc_number") else None,
                compact(r["target_title"]) if r.get("target_title") else None, r["kind"], _j(r))),
    ("kg_cites", "cites", ("by_doc_id", "target_doc_id", "data"),
     lambda r: (r["by_doc_id"], r["target_doc_id"], _j(r))),
)


def _connect(dsn: str):
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise GazetteError("the PostgreSQL store needs psycopg: pip install 'gazette-kg[engines]'") from exc
    try:
        return psycopg.connect(dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GazetteError(f"cannot connect to the PostgreSQL store {_safe(dsn)}: {first}") from None


def _safe(dsn: str) -> str:
    """The URL without its password, for messages."""
    import re

    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", dsn)


def _copy(cur, table: str, cols: tuple, rows) -> int:
    n = 0
    with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
        for row in rows:
            cp.write_row(row)
            n += 1
    return n


def load_rows(dsn: str, documents: list[dict], facts: dict, graph: dict, manifest: dict | None = None) -> dict:
    """Replace the store's tables with one corpus.

    Args:
        documents: every Document as a dict (outline included).
        facts: the `gazette-kg facts` object with the merge report (kg.store.load_facts).
        graph: the node-link object of the graph (kg.graph.graph_to_json).
        manifest: the data dir's manifest, kept in kg_meta.

    Returns:
        {table: rows written}.
    """
    records = {r["id"]: r for r in facts["documents"]}
    counts = {}
    with _connect(dsn) as conn, conn.transaction(), conn.cursor() as cur:
        cur.execute(SCHEMA)
        counts["kg_documents"] = _copy(cur, "kg_documents", (
            "ord", "id", "doc", "record", "status", "state", "doc_number_norm", "registration_norm", "title_compact",
            "file", "line_start", "line_end"), (_document_row(i, d, records[d["id"]]) for i, d in enumerate(documents)))
        tabled = {"documents"}
        for table, key, cols, values in _FACT_TABLES:
            tabled.add(key)
            counts[table] = _copy(cur, table, ("ord", *cols),
                                  ((i, *values(r)) for i, r in enumerate(facts.get(key, []))))
        # Any other fact list (the merge report, lists added later) round-trips through one table.
        extra = [(k, i, _j(r)) for k, v in facts.items() if k not in tabled and isinstance(v, list)
                 for i, r in enumerate(v)]
        counts["kg_fact_rows"] = _copy(cur, "kg_fact_rows", ("kind", "ord", "data"), extra)
        counts["kg_nodes"] = _copy(cur, "kg_nodes", ("ord", "id", "type", "label", "attrs"), (
            (i, n["id"], n.get("type"), None if n.get("label") is None else str(n["label"]),
             _j({k: v for k, v in n.items() if k != "id"})) for i, n in enumerate(graph["nodes"])))
        counts["kg_edges"] = _copy(cur, "kg_edges", (
            "ord", "src", "dst", "rel", "file", "line_start", "line_end", "text", "attrs"), (
            (i, e["source"], e["target"], e["key"], *_prov(e, "prov"),
             _j({k: v for k, v in e.items() if k not in ("source", "target", "key")}))
            for i, e in enumerate(graph["links"])))
        meta = {"manifest": manifest or {}, "facts_keys": list(facts),
                "facts_other": {k: v for k, v in facts.items() if not isinstance(v, list)},
                "graph": {k: graph[k] for k in ("directed", "multigraph", "graph") if k in graph}}
        for k, v in meta.items():
            cur.execute("INSERT INTO kg_meta (key, value) VALUES (%s, %s)", (k, _j(v)))
        cur.execute(INDEXES)
    return counts


def load_data_dir(dsn: str, data_dir: Path) -> dict:
    """Copy a built data dir's documents, facts and graph into the PostgreSQL store at `dsn`."""
    from kg.graph import graph_to_json, load_graph
    from kg.model import to_dict
    from kg.store import load_documents, load_facts, open_generation

    gen = open_generation(data_dir)  # one build: documents, facts and graph from the same kg.sqlite
    return load_rows(dsn, [to_dict(d) for d in load_documents(gen)], load_facts(gen), graph_to_json(load_graph(gen)),
                     gen.manifest)


@lru_cache(maxsize=2)
def _task_bm25(names: tuple[str, ...], texts: tuple[str, ...]):
    """The who-leads index (index.tasks.TaskIndex) of these task texts, built once per process for the
    same rows (each connection to an unchanged store, e.g. the app after a reload, reuses it)."""
    from index.tasks import TaskIndex

    return TaskIndex.from_texts(list(names), list(texts))


class PostgresStore(FactStore):
    """Queries answered by SQL against one loaded corpus."""

    def __init__(self, conn, dsn: str):
        self.conn = conn
        self.dsn = dsn

    @classmethod
    def connect(cls, dsn: str) -> "PostgresStore":
        conn = _connect(dsn)
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('kg_meta') IS NOT NULL")
            if not cur.fetchone()[0]:
                conn.close()
                raise GazetteError(f"the PostgreSQL store {_safe(dsn)} holds no corpus; load it with: "
                                   f"gazette-kg build --store {_safe(dsn)}")
        return cls(conn, dsn)

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, params=()) -> list:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()

    def _col(self, sql: str, params=()) -> list:
        return [r[0] for r in self._rows(sql, params)]

    def _meta(self, key: str):
        rows = self._col("SELECT value FROM kg_meta WHERE key = %s", (key,))
        return rows[0] if rows else None

    # -- documents -------------------------------------------------------------------------------
    @cached_property
    def _documents(self) -> list[Document]:
        from kg.store import document_from_dict

        return [document_from_dict(d) for d in self._col("SELECT doc FROM kg_documents ORDER BY ord")]

    @property
    def documents(self) -> list[Document]:
        return self._documents

    def document(self, doc_id):
        from kg.store import document_from_dict

        rows = self._col("SELECT doc FROM kg_documents WHERE id = %s", (doc_id,))
        if not rows:
            raise KeyError(doc_id)
        return document_from_dict(rows[0])

    def find_document(self, ref):
        from kg.store import document_from_dict

        ref = ref.strip()
        num, reg, c = normalize_doc_number(ref), normalize_registration(ref), compact(ref)
        rows = self._col("SELECT doc FROM kg_documents WHERE id = %s", (ref,)) or self._col(
            "SELECT doc FROM kg_documents WHERE doc_number_norm = %s OR registration_norm = %s OR title_compact = %s "
            "ORDER BY ord LIMIT 1", (num, reg, c))
        if rows:
            return document_from_dict(rows[0])
        hits = self._rows("SELECT id, doc->>'title' FROM kg_documents WHERE strpos(title_compact, %s) > 0 ORDER BY ord",
                          (c,)) if c else []
        if len(hits) == 1:
            return self.document(hits[0][0])
        if hits:
            raise GazetteError(f"{ref!r} matches {len(hits)} documents: " + "; ".join(f"{i} {t}" for i, t in hits[:5]))
        ext = self.external_status(ref)
        if ext:
            raise GazetteError(f"{ref!r} is not printed in this corpus, but {ext['label']} by {ext['by_title']} "
                               f"({ext['source']['file']}:{ext['source']['line_start']})")
        raise GazetteError(f"no document matches {ref!r} (try `gazette-kg docs`)")

    def external_status(self, ref):
        rows = self._col("SELECT data FROM kg_repeals WHERE target_number_norm = %s OR target_title_compact = %s "
                         "ORDER BY ord LIMIT 1", (normalize_doc_number(ref), compact(ref)))
        if not rows:  # an amended document (修改 / 修订): in force as amended, named by the amending decision
            num, c = normalize_doc_number(ref), compact(ref)
            rows = [a for a in self.amendments() if not a.get("target_doc_id") and (
                (a.get("target_doc_number") and normalize_doc_number(a["target_doc_number"]) == num)
                or (a.get("target_title") and compact(a["target_title"]) == c))][:1]
            if rows:
                from kg.validity import repeal_state, state_label

                state = repeal_state(rows[0]["kind"])
                return {"state": state, "label": state_label(state), **rows[0]}
        if not rows:
            return None
        r = rows[0]
        return {"label": "已宣布失效" if r["kind"] == "宣布失效" else "已废止", **r}

    def status(self, doc_id, as_of=None):
        # The stored status keeps the whole timeline: the state at any date is computed from it,
        # as the embedded store does.
        from kg.validity import status_at

        rows = self._col("SELECT record->'status' FROM kg_documents WHERE id = %s", (doc_id,))
        return status_at(rows[0] if rows else None, as_of)

    def document_record(self, doc_id, as_of=None):
        rows = self._col("SELECT record FROM kg_documents WHERE id = %s", (doc_id,))
        if not rows:
            raise KeyError(doc_id)
        return rows[0] if as_of is None else {**rows[0], "status": self.status(doc_id, as_of)}

    def cites(self, doc_id):
        return self._col("SELECT data FROM kg_cites WHERE by_doc_id = %s ORDER BY ord", (doc_id,))

    def cited_by(self, doc_id):
        return self._col("SELECT data FROM kg_cites WHERE target_doc_id = %s ORDER BY ord", (doc_id,))

    def repeals_of(self, doc_id):
        return self._col("SELECT data FROM kg_repeals WHERE by_doc_id = %s ORDER BY ord", (doc_id,))

    def repeals(self):
        return self._col("SELECT data FROM kg_repeals ORDER BY ord")

    def amendments(self):
        # (a fact list without a table of its own: kg_fact_rows, not the whole facts_export per lookup)
        return self._col("SELECT data FROM kg_fact_rows WHERE kind = 'amendments' ORDER BY ord")

    # -- tasks and departments -------------------------------------------------------------------
    @cached_property
    def _tasks(self) -> list[dict]:
        return self._col("SELECT data FROM kg_tasks ORDER BY ord")

    @cached_property
    def _task_index(self):
        # Ranking is the project's own BM25 (index/lexical.py) over rows read from SQL, so that
        # who-leads ranks exactly as the embedded store does; PostgreSQL has no jieba tokenizer.
        from index.tasks import task_texts

        names = tuple(v for vs in self._col("SELECT variants FROM kg_departments ORDER BY ord") for v in vs)
        return _task_bm25(names, tuple(task_texts(self._tasks)))

    def who_leads(self, text, k=5):
        from index.tasks import task_texts

        if not self._tasks:
            return []
        hits = self._task_index.search(text, k, lambda ords: task_texts([self._tasks[i] for i in ords]))
        return [self._tasks[i] for i, _ in hits]

    def department(self, name, district=None):
        from kg.resolve import department_key

        c = compact(name)
        districts = self._col("SELECT DISTINCT district FROM kg_departments")
        keys = [department_key(name, d)[0] for d in districts]
        deps = self._col(
            "SELECT data FROM kg_departments d WHERE (%(district)s::text IS NULL OR d.district = %(district)s) AND "
            "(d.variants ? %(c)s OR d.canonical = %(c)s OR EXISTS (SELECT 1 FROM unnest(%(ds)s::text[], %(ks)s::text[]) "
            "AS k(district, canonical) WHERE k.district IS NOT DISTINCT FROM d.district AND k.canonical = d.canonical)) "
            "ORDER BY d.ord", {"district": district or None, "c": c, "ds": districts, "ks": keys})
        out = []
        for dep in deps:
            roles = {}
            for role, rel in (("leads", "牵头"), ("cooperates", "配合")):
                roles[role] = self._col(
                    "SELECT t.data FROM kg_tasks t WHERE t.id IN (SELECT src FROM kg_edges WHERE dst = %s AND rel = %s) "
                    "ORDER BY t.ord", (dep["id"], rel))
            out.append({**dep, **roles})
        return out

    def departments(self, district=None):
        return self._col("SELECT data FROM kg_departments WHERE %(d)s::text IS NULL OR district = %(d)s ORDER BY ord",
                         {"d": district or None})

    def counts(self):
        row = self._rows("SELECT (SELECT count(*) FROM kg_documents), (SELECT count(*) FROM kg_tasks), "
                         "(SELECT count(*) FROM kg_departments)")[0]
        return dict(zip(("documents", "tasks", "departments"), row))

    def merge_report(self):
        return self._col("SELECT data FROM kg_fact_rows WHERE kind = 'merge_report' ORDER BY ord")

    # -- enterprises and indicators --------------------------------------------------------------
    def enterprises(self, cls=None, list_name=None):
        return self._col(
            "SELECT data FROM kg_enterprises e WHERE "
            "(%(cls)s::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(e.classifications) c "
            " WHERE c->>'class' = %(cls)s)) AND "
            "(%(ln)s::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(e.classifications) c "
            " WHERE strpos(coalesce(c->>'list', ''), %(ln)s) > 0)) ORDER BY ord",
            {"cls": canonical_class(cls) if cls else None, "ln": list_name or None})

    def indicators(self, text=None):
        if not text:
            return self._col("SELECT data FROM kg_indicators ORDER BY ord")
        return self._col("SELECT data FROM kg_indicators WHERE strpos(name, %(c)s) > 0 OR strpos(source_text, %(c)s) > 0 "
                         "ORDER BY ord", {"c": compact(text)})

    # -- whole-graph views -----------------------------------------------------------------------
    def facts_export(self):
        tables = {key: table for table, key, *_ in _FACT_TABLES}
        other = self._meta("facts_other") or {}
        out = {}
        for key in self._meta("facts_keys") or []:
            if key == "merge_report":
                continue
            if key == "documents":
                out[key] = self._col("SELECT record FROM kg_documents ORDER BY ord")
            elif key in tables:
                out[key] = self._col(f"SELECT data FROM {tables[key]} ORDER BY ord")
            elif key in other:
                out[key] = other[key]
            else:
                out[key] = self._col("SELECT data FROM kg_fact_rows WHERE kind = %s ORDER BY ord", (key,))
        return out

    def _subgraph(self, node_where: str, edge_where: str, params=()):
        import networkx as nx

        G = nx.MultiDiGraph()
        G.graph.update((self._meta("graph") or {}).get("graph") or {})
        G.add_nodes_from((i, a) for i, a in self._rows(f"SELECT id, attrs FROM kg_nodes {node_where} ORDER BY ord", params))
        G.add_edges_from((u, v, k, a) for u, v, k, a in self._rows(
            f"SELECT src, dst, rel, attrs FROM kg_edges {edge_where} ORDER BY ord", params))
        return G

    def graph(self):
        return self._subgraph("", "")

    def ball(self, node: str, hops: int) -> list[str]:
        """Every node within `hops` of `node`, either direction (a recursive CTE over kg_edges)."""
        return self._col(
            "WITH RECURSIVE ball(id, depth) AS (SELECT %(n)s::text, 0 UNION "
            " SELECT x.id, b.depth + 1 FROM ball b CROSS JOIN LATERAL ("
            "  SELECT dst AS id FROM kg_edges WHERE src = b.id UNION ALL SELECT src FROM kg_edges WHERE dst = b.id) x"
            " WHERE b.depth < %(h)s) "
            "SELECT id FROM ball GROUP BY id", {"n": node, "h": hops})

    def neighbourhood(self, node, hops=1, max_elements=300, node_types=None, relations=None):
        from kg.graph import neighbourhood

        # The ball holds every node and edge the embedded walk can reach; the same walk then applies
        # the type/relation filters and the cap, so both stores draw the same picture.
        ids = self.ball(node, hops)
        G = self._subgraph("WHERE id = ANY(%(ids)s)", "WHERE src = ANY(%(ids)s) AND dst = ANY(%(ids)s)", {"ids": ids})
        return neighbourhood(G, node, hops, max_elements, node_types, relations)

    def node(self, node_id):
        rows = self._col("SELECT attrs FROM kg_nodes WHERE id = %s", (node_id,))
        return rows[0] if rows else None

    def search_nodes(self, text, limit=30, node_type=None):
        from kg.graphview import search_graph_nodes

        # SQL narrows to the nodes whose attributes mention `text` anywhere (a superset of the names,
        # 文号 and aliases the explorer matches on); the explorer's own ranking then orders them. Text
        # that JSON would escape cannot be found in the attributes' text: every node is a candidate.
        t = (text or "").strip()
        if t and not any(c in t for c in '"\\') and t.isprintable():
            G = self._subgraph("WHERE (%(t)s::text IS NULL OR type = %(t)s) AND strpos(attrs::text, %(q)s) > 0",
                               "WHERE false", {"t": node_type, "q": t})
        else:
            G = self._subgraph("WHERE %(t)s::text IS NULL OR type = %(t)s", "WHERE false", {"t": node_type})
        return search_graph_nodes(G, text, limit, node_type)

    def subgraph(self, node_ids):
        ids = [str(n) for n in node_ids]
        return self._subgraph("WHERE id = ANY(%(ids)s)", "WHERE src = ANY(%(ids)s) AND dst = ANY(%(ids)s)", {"ids": ids})
