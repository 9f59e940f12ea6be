"""The knowledge graph in kg.sqlite: made again from the fact records on read, never stored node by node.

Every node and edge of `kg.graph.build_graph` comes from one record (a document, a department, a task,
a repeal …): a task's node, its `contains` edge and its 牵头/配合 edges are its record's, an indicator's
node and `states` edge are its record's. Store format 4 keeps no `nodes`/`edges` rows (10.5 MB of 36 at
10x the sample); a reader replays `build_graph` over the records that touch the nodes it is asked about:

- `graph_refs` (node, kind, first, n): the records `first .. first+n-1` of the fact list `kind` touch
  `node`, for every touch no index of the record tables finds (a task's, indicator's or enterprise's own
  id is found by its table's id hashes, `tasks_ids` …, kg.recordblocks; a department's tasks by
  `task_units`, which holds the units that are a department's). A document's tasks are a run or two, so
  this is a few rows per document.
- `graph_names`: packed blocks of every node's id and the attributes the explorer's search ranks by
  (kg.graphview.SEARCH_KEYS), in the graph's node order: a search reads no record but its hits'.

Why a replay gives the same graph: build_graph adds nodes and edges record by record, in list order,
and every call that adds a node, sets its attributes or adds an edge at it comes from a record that
touches it. Replaying, in list order, only the records that touch a set of nodes S makes the same calls
on S in the same relative order, so S's nodes, attributes, edges among S and their order (networkx keeps
insertion order) are the whole graph's; the records' other nodes are then dropped (`_induced`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cached_property
from types import SimpleNamespace

from kg.recordblocks import BLOCK_TABLES, RecordBlocks, id_key
from kg.sqlitedb import loads, pack, unpack_text

__all__ = ["GRAPH_FACTS", "OWN_ID", "graph_refs", "name_blocks", "GraphReader"]

# The fact lists build_graph reads, in the order it reads them (documents and their status aside).
GRAPH_FACTS = ("departments", "tasks", "repeals", "amendments", "validity", "cites", "enterprises", "indicators")
# Lists whose records are found by their own id through their block table's id hashes (kg.recordblocks).
OWN_ID = {"tasks": "tasks", "indicators": "indicators", "enterprises": "enterprises"}
NAME_BLOCK = 256  # nodes per row of graph_names (~21 kB of JSON at 10x, packed to about half)


class _Touches:
    """A stand-in graph for build_graph that records the calls of one record: the nodes it adds and its
    edges (it says no node is there yet, so every conditional add counts: a superset is harmless)."""

    def __init__(self):
        self.adds: dict = {}
        self.edges: list = []

    def add_node(self, n, **attr) -> None:
        self.adds[n] = None

    def add_edge(self, u, v, key, **attr) -> None:
        self.edges.append((u, v))

    def __contains__(self, n) -> bool:
        return False


def _calls(key: str, record: dict) -> _Touches:
    """What build_graph does for one record of `facts[key]`."""
    from kg.graph import build_graph

    g = _Touches()
    build_graph([], {key: [record]}, {}, into=g)
    return g


def _indexed(key: str, record: dict, departments: set) -> set:
    """The touches of a record that an index of the record tables finds: its own id (tasks, indicators,
    enterprises) and a task's units that are a department's (task_units holds a unit by its department's
    position, kg.writer; a unit no department has is found by graph_refs)."""
    out = {record.get("id")} if key in OWN_ID else set()
    if key == "tasks":
        out.update(u.get("id") for role in ("lead", "cooperate") for u in record.get(role, ())
                   if u.get("id") and u.get("id") in departments)
    return out


# graph_refs.role: what a record does at the node. ADDS: adds it (sets its attributes); EDGE: only an edge
# at it, which a sub-graph needs; FOUND: only an edge at it from a record every edge of which touches a
# node that record adds (a task's 牵头 edge touches the task) when the node was added before: such a record
# matters to a sub-graph only through a node it adds (found then as ADDS), so only a walk reads FOUND.
ADDS, EDGE, FOUND = 0, 1, 2


def graph_refs(facts: dict, documents=()) -> tuple[list[tuple[str, str, int, int, int]], list[str]]:
    """The `graph_refs` rows of the facts: (node, fact list, first position, count, role), sorted; and
    the nodes an edge made before any record added them (none in build_graph's order: its documents,
    departments … come before the records that link them), which a reader then reads by every touch.

    Args:
        documents: the ids of the documents (build_graph adds their nodes before any record's).
    """
    found: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    added = set(map(str, documents))  # nodes whose first touch was an add
    seen = set(added)
    departments = {d.get("id") for d in facts.get("departments", ())}
    for key in GRAPH_FACTS:
        for i, r in enumerate(facts.get(key, [])):
            g = _calls(key, r)
            adds = {str(n) for n in g.adds}
            anchored = all(str(u) in adds or str(v) in adds for u, v in g.edges)
            skip = {str(n) for n in _indexed(key, r, departments)}
            touched = dict.fromkeys(str(n) for n in (*g.adds, *(x for e in g.edges for x in e)))
            for n in touched:
                if n not in seen:
                    seen.add(n)
                    if n in adds:
                        added.add(n)
            for n in touched:
                if n in skip:
                    continue
                role = ADDS if n in adds else FOUND if anchored and n in added else EDGE
                found[(n, key, role)].append(i)
    rows = []
    for (node, key, role), ords in sorted(found.items()):
        first = prev = ords[0]
        for o in ords[1:] + [None]:
            if o != prev + 1:
                rows.append((node, key, first, prev - first + 1, role))
                first = o
            prev = o
    rows.sort()
    return rows, sorted(seen - added)


def name_blocks(graph) -> list[tuple[int, str, bytes]]:
    """The `graph_names` rows: [id, type, label, doc_number, variants, aliases] per node (trailing nulls
    left out), NAME_BLOCK nodes a row, in node order; `first` = the block's first node position, `types`
    its nodes' types (space-separated)."""
    from kg.graphview import SEARCH_KEYS

    entries = []
    for n, a in graph.nodes(data=True):
        e = [str(n), *(a.get(k) for k in SEARCH_KEYS)]
        while e[-1] is None:
            e.pop()
        entries.append(e)
    blocks = (entries[i:i + NAME_BLOCK] for i in range(0, len(entries), NAME_BLOCK))
    # The block's node types beside it: a search of one type inflates only the blocks holding that type.
    return [(i * NAME_BLOCK, " ".join(sorted({str(e[1]) if len(e) > 1 else "" for e in b})), pack(b, window=15))
            for i, b in enumerate(blocks)]


def _ids_param(ids) -> str:
    return json.dumps([str(n) for n in ids], ensure_ascii=False)


class GraphReader:
    """The graph of one kg.sqlite, or the part of it about some nodes, by replaying build_graph.

    Args:
        conn: a read-only connection to the generation's kg.sqlite.
        records: where decoded records are kept between questions ({(list, position): record}); the
            explorer asks about the same neighbourhood several times per page.
        blocks: the block-table readers to use ({table: RecordBlocks}), shared with the store that asks, so
            where each block starts is read once per connection.
    """

    def __init__(self, conn, records: dict | None = None, blocks: dict | None = None):
        self.conn = conn
        self._records = {} if records is None else records
        self._blocks: dict[str, RecordBlocks] = {} if blocks is None else blocks

    def _block(self, key: str) -> RecordBlocks:
        """The reader of `key`'s block table, kept (it caches where each block starts)."""
        if key not in self._blocks:
            self._blocks[key] = RecordBlocks(self.conn, key)
        return self._blocks[key]

    # -- what touches a set of nodes -------------------------------------------------------------
    # What each question reads: a node's attributes come from the records that add it; a sub-graph also
    # needs the records whose edges join two of its nodes without adding either (a repeal, a cite); a
    # walk needs every edge at a node (a document's tasks, a department's tasks by task_units).
    _ROLES = {"attrs": (ADDS,), "subgraph": (ADDS, EDGE), "walk": (ADDS, EDGE, FOUND)}

    def _touching(self, ids: list[str], need: str) -> dict[str, list[int]]:
        """{fact list: positions} of the records `need` ("attrs", "subgraph", "walk") reads for `ids`."""
        if need != "walk" and not self._edge_first.isdisjoint(ids):
            need = "walk"  # a node an edge made first: its place is that edge's record's
        want = _ids_param(ids)
        found: dict[str, set[int]] = defaultdict(set)
        roles = self._ROLES[need]
        for key, first, n, role in self.conn.execute("SELECT kind, first, n, role FROM graph_refs WHERE node IN "
                                                     "(SELECT value FROM json_each(?))", (want,)):
            if role in roles:
                found[key].update(range(first, first + n))
        keys = json.dumps(sorted({id_key(n) for n in ids}))
        wanted = set(ids)
        for key, table in OWN_ID.items():
            ords = sorted(o for (o,) in self.conn.execute(
                f"SELECT ord FROM {table}_ids WHERE key IN (SELECT value FROM json_each(?))", (keys,)))
            # a hash names its records' ids only probably: a record of another id (a collision) is left out
            # (replaying it would change no answer, only cost: its nodes are dropped as not asked for)
            found[key].update(o for o, r in zip(ords, self._rows(key, ords)) if str(r.get("id")) in wanted)
        if need == "walk":
            found["tasks"].update(o for (o,) in self.conn.execute(
                "SELECT task_ord FROM task_units WHERE dep_ord IN (SELECT value FROM json_each(?))",
                (json.dumps(self._department_ords(ids)),)))
        return {k: sorted(v) for k, v in found.items() if v}

    def _department_ords(self, ids: list[str]) -> list[int]:
        """The positions of the department records of `ids` (task_units names a unit by them). departments.id
        has no index (no other query looks it up); an id made as kg.resolve makes them names its district and
        canonical name, found by the departments_key index. Reading every id into a dict instead cost 270 ms
        at 200x the sample (the explorer's first walk), a scan of the column 5 ms a walk."""
        if not self._ids_are_keys:
            return [o for (o,) in self.conn.execute("SELECT ord FROM departments WHERE id IN "
                                                    "(SELECT value FROM json_each(?))", (_ids_param(ids),))]
        out: list[int] = []
        for n in ids:
            district, sep, canonical = n[5:].partition(":") if n.startswith("dept:") else ("", "", "")
            if sep:
                out += [o for (o,) in self.conn.execute(
                    "SELECT ord FROM departments WHERE district IS ? AND canonical = ? AND id = ?",
                    (None if district == "-" else district, canonical, n))]
        return out

    @cached_property
    def _ids_are_keys(self) -> bool:
        """Whether every department's id is "dept:{district or '-'}:{canonical}" (kg.resolve makes them so), with
        no ':' in a district and no district named '-': then an id names one (district, canonical), and a node
        whose id is not of that form has no department record. Checked once, by one scan of the table."""
        return self.conn.execute(
            "SELECT 1 FROM departments WHERE id IS NOT NULL AND (id IS NOT 'dept:' || coalesce(district, '-') || ':' "
            "|| canonical OR district = '-' OR instr(district, ':')) LIMIT 1").fetchone() is None

    @cached_property
    def _edge_first(self) -> frozenset:
        return frozenset(self._meta("graph_edge_first") or ())

    @cached_property
    def _unstated(self) -> frozenset:
        return frozenset(self._meta("graph_unstated") or ())

    @cached_property
    def _graph_attrs(self) -> dict:
        return self._meta("graph") or {}

    def _rows(self, key: str, ords: list[int]) -> list[dict]:
        """The records of `key` at `ords`, decoded once (the app's threads share the cache: what is read
        is kept locally, so a clear by another thread loses nothing here)."""
        from kg.backends.sqlite import read_fact_rows_at

        out = [self._records.get((key, o)) for o in ords]
        missing = [o for o, r in zip(ords, out) if r is None]
        if missing:
            if len(self._records) > 50_000:  # bounded: a walk from a large unit reads tens of thousands
                self._records.clear()
            blocks = self._block(key) if key in BLOCK_TABLES else None
            got = dict(zip(missing, read_fact_rows_at(self.conn, key, missing, blocks)))
            self._records.update(((key, o), r) for o, r in got.items())
            out = [got[o] if r is None else r for o, r in zip(ords, out)]
        return out

    def _documents(self, ids=None) -> tuple[list, dict, dict]:
        """(documents, header sources, statuses) of the documents among `ids` (None: all), in build order."""
        from kg.store import document_from_dict

        sql = "SELECT id, doc, status, source FROM documents"
        params: tuple = ()
        if ids is not None:
            sql, params = sql + " WHERE id IN (SELECT value FROM json_each(?))", (_ids_param(ids),)
        docs, headers, status = [], {}, {}
        for i, doc, st, source in self.conn.execute(sql + " ORDER BY ord", params):
            docs.append(document_from_dict(loads(doc)))
            headers[i] = loads(source)
            if i not in self._unstated:  # build_graph read no status for it (the writer keeps one for every document)
                status[i] = loads(st)
        return docs, headers, status

    def _meta(self, key: str):
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return loads(row[0]) if row else None

    # -- the replay ------------------------------------------------------------------------------
    def _replay(self, ids: list[str] | None = None, need: str = "walk"):
        """build_graph over every record (ids None: a networkx graph) or over those `need` reads for
        `ids` (a kg.leangraph.LeanMultiDiGraph: the same order, no networkx to import for a node's page)."""
        from kg.backends.sqlite import read_fact_rows_at
        from kg.graph import build_graph

        docs, headers, status = self._documents(ids)
        if ids is None:
            import networkx as nx

            into = nx.MultiDiGraph()
            facts = {k: read_fact_rows_at(self.conn, k, None) for k in GRAPH_FACTS}
        else:
            from kg.leangraph import LeanMultiDiGraph

            into = LeanMultiDiGraph()
            facts = {k: self._rows(k, ords) for k, ords in self._touching(ids, need).items()}
        G = build_graph([SimpleNamespace(documents=docs)], {**facts, "status": status}, headers, into=into)
        G.graph.update(self._graph_attrs)
        return G

    @staticmethod
    def _induced(R, ids):
        """The nodes `ids` of a replay and the edges among them, in the replay's (= the graph's) order."""
        import networkx as nx

        keep = {str(n) for n in ids} & set(R.nodes)
        H = nx.MultiDiGraph()
        H.graph.update(R.graph)
        H.add_nodes_from((n, a) for n, a in R.nodes(data=True) if n in keep)
        H.add_edges_from((u, v, k, a) for u, v, k, a in R.edges(keys=True, data=True) if u in keep and v in keep)
        return H

    # -- the questions ---------------------------------------------------------------------------
    def graph(self):
        """The whole graph, as the build made it."""
        return self._replay()

    def subgraph(self, ids):
        """The nodes `ids` that exist and every edge among them (graph order)."""
        ids = list(dict.fromkeys(str(n) for n in ids))
        return self._induced(self._replay(ids, "subgraph"), ids)

    def attrs(self, ids) -> dict[str, dict]:
        """{node id: attributes} of the nodes `ids` that exist (read from the records that add them)."""
        ids = [str(n) for n in ids]
        R = self._replay(ids, "attrs")
        return {n: dict(R.nodes[n]) for n in ids if n in R}

    def node(self, node_id) -> dict | None:
        return self.attrs([node_id]).get(str(node_id))

    def ball(self, node, hops: int) -> list[str]:
        """Every node within `hops` of `node`, either direction: each hop replays what touches the last."""
        seen, frontier = {str(node)}, [str(node)]
        for _ in range(hops):
            if not frontier:
                break
            R = self._replay(frontier, "walk")
            at = set(frontier)
            nxt = []
            for u, v, _, _ in R.edges(keys=True, data=True):
                for a, b in ((u, v), (v, u)):
                    if a in at and b not in seen:
                        seen.add(b)
                        nxt.append(b)
            frontier = nxt
        return sorted(seen)

    def search(self, text: str, limit: int = 30, node_type: str | None = None) -> list[tuple[str, str]]:
        """kg.graphview.search_graph_nodes over the stored names; only the hits' records are read."""
        from kg.graphview import SEARCH_KEYS, rank_graph_nodes, search_caption

        t = (text or "").strip()
        # A block whose JSON text lacks `t` has no hit (JSON keeps CJK as is; it escapes only quotes,
        # backslashes and control characters, so other text is looked for as it is).
        plain = t and not any(c in t for c in '"\\') and t.isprintable()
        nodes = []
        for types, data in self.conn.execute("SELECT types, data FROM graph_names ORDER BY first"):
            if node_type and node_type not in types.split(" "):
                continue
            block = unpack_text(data)
            if plain and t not in block:
                continue
            nodes += ((e[0], dict(zip(SEARCH_KEYS, e[1:]))) for e in json.loads(block))
        ids = rank_graph_nodes(nodes, text, limit, node_type)
        found = self.attrs(ids)
        return [(n, search_caption(found[n])) for n in ids]
