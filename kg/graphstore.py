"""The knowledge graph in kg.sqlite: made again from the fact records on read, never stored node by node.

Every node and edge of `kg.graph.build_graph` comes from one record (a document, a department, a task,
a repeal …): a task's node, its `contains` edge and its 牵头/配合 edges are its record's, an indicator's
node and `states` edge are its record's. Store format 4 keeps no `nodes`/`edges` rows (10.5 MB of 36 at
10x the sample); a reader replays `build_graph` over the records that touch the nodes it is asked about:

- `graph_refs` (node, kind, first, n): the records `first .. first+n-1` of the fact list `kind` touch
  `node`, for every touch no index of the record tables finds (a task's, indicator's or enterprise's own
  id is found by its table's id index; a department's tasks by `task_units`). A document's tasks are a
  run or two, so this is a few rows per document.
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
from types import SimpleNamespace

from kg.sqlitedb import loads, pack, unpack_text

__all__ = ["GRAPH_FACTS", "OWN_ID", "graph_refs", "name_blocks", "GraphReader"]

# The fact lists build_graph reads, in the order it reads them (documents and their status aside).
GRAPH_FACTS = ("departments", "tasks", "repeals", "amendments", "validity", "cites", "enterprises", "indicators")
# Lists whose records are found by their own id through their table's index (kg.sqlitedb INDEXES).
OWN_ID = {"tasks": "tasks", "indicators": "indicators", "enterprises": "enterprises"}
NAME_BLOCK = 256  # nodes per row of graph_names (~25 kB of JSON, packed to about a third)


class _Touches:
    """A stand-in graph for build_graph that records the node ids each call touches (and says no node is
    there yet, so every conditional add is recorded too: a superset is harmless, see the module doc)."""

    def __init__(self):
        self.ids: list = []

    def add_node(self, n, **attr) -> None:
        self.ids.append(n)

    def add_edge(self, u, v, key, **attr) -> None:
        self.ids += (u, v)

    def __contains__(self, n) -> bool:
        return False


def _touches(key: str, record: dict) -> list:
    """The node ids build_graph touches for one record of `facts[key]`."""
    from kg.graph import build_graph

    g = _Touches()
    build_graph([], {key: [record]}, {}, into=g)
    return g.ids


def _indexed(key: str, record: dict) -> set:
    """The touches of a record that an index of the record tables finds: its own id (tasks, indicators,
    enterprises) and a task's units (task_units, kg.writer)."""
    out = {record.get("id")} if key in OWN_ID else set()
    if key == "tasks":
        out.update(u.get("id") for role in ("lead", "cooperate") for u in record.get(role, ()) if u.get("id"))
    return out


def graph_refs(facts: dict) -> list[tuple[str, str, int, int]]:
    """The `graph_refs` rows of the facts: (node, fact list, first position, count), sorted."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for key in GRAPH_FACTS:
        for i, r in enumerate(facts.get(key, [])):
            skip = _indexed(key, r)
            for n in dict.fromkeys(_touches(key, r)):
                if n not in skip:
                    found[(str(n), key)].append(i)
    rows = []
    for (node, key), ords in sorted(found.items()):
        first = prev = ords[0]
        for o in ords[1:] + [None]:
            if o != prev + 1:
                rows.append((node, key, first, prev - first + 1))
                first = o
            prev = o
    return rows


def name_blocks(graph) -> list[tuple[int, bytes]]:
    """The `graph_names` rows: [id, type, label, doc_number, variants, aliases] per node (trailing nulls
    left out), NAME_BLOCK nodes a row, in node order; `first` = the block's first node position."""
    from kg.graphview import SEARCH_KEYS

    entries = []
    for n, a in graph.nodes(data=True):
        e = [str(n), *(a.get(k) for k in SEARCH_KEYS)]
        while e[-1] is None:
            e.pop()
        entries.append(e)
    return [(i, pack(entries[i:i + NAME_BLOCK], window=15)) for i in range(0, len(entries), NAME_BLOCK)]


def _ids_param(ids) -> str:
    return json.dumps([str(n) for n in ids], ensure_ascii=False)


class GraphReader:
    """The graph of one kg.sqlite, or the part of it about some nodes, by replaying build_graph.

    Args:
        conn: a read-only connection to the generation's kg.sqlite.
        records: where decoded records are kept between questions ({(list, position): record}); the
            explorer asks about the same neighbourhood several times per page.
    """

    def __init__(self, conn, records: dict | None = None):
        self.conn = conn
        self._records = {} if records is None else records

    # -- what touches a set of nodes -------------------------------------------------------------
    def _touching(self, ids, edges: bool = True) -> dict[str, list[int]]:
        """{fact list: positions} of the records that touch any node of `ids` (edges False: not a
        department's tasks, whose records add only edges at it)."""
        want = _ids_param(ids)
        found: dict[str, set[int]] = defaultdict(set)
        for key, first, n in self.conn.execute("SELECT kind, first, n FROM graph_refs WHERE node IN "
                                               "(SELECT value FROM json_each(?))", (want,)):
            found[key].update(range(first, first + n))
        for key, table in OWN_ID.items():
            found[key].update(o for (o,) in self.conn.execute(
                f"SELECT ord FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (want,)))
        if edges:
            found["tasks"].update(o for (o,) in self.conn.execute(
                "SELECT task_ord FROM task_units WHERE dept_id IN (SELECT value FROM json_each(?))", (want,)))
        return {k: sorted(v) for k, v in found.items() if v}

    def _rows(self, key: str, ords: list[int]) -> list[dict]:
        from kg.backends.sqlite import read_fact_rows_at

        if len(self._records) > 200_000:
            self._records.clear()
        missing = [o for o in ords if (key, o) not in self._records]
        if missing:
            self._records.update(((key, o), r) for o, r in zip(missing, read_fact_rows_at(self.conn, key, missing)))
        return [self._records[(key, o)] for o in ords]

    def _documents(self, ids=None) -> tuple[list, dict, dict]:
        """(documents, header sources, statuses) of the documents among `ids` (None: all), in build order."""
        from kg.store import document_from_dict

        sql = "SELECT id, doc, status, source FROM documents"
        params: tuple = ()
        if ids is not None:
            sql, params = sql + " WHERE id IN (SELECT value FROM json_each(?))", (_ids_param(ids),)
        docs, headers, status = [], {}, {}
        unstated = set(self._meta("graph_unstated") or ())
        for i, doc, st, source in self.conn.execute(sql + " ORDER BY ord", params):
            docs.append(document_from_dict(loads(doc)))
            headers[i] = loads(source)
            if i not in unstated:  # build_graph read no status for it (the writer keeps one for every document)
                status[i] = loads(st)
        return docs, headers, status

    def _meta(self, key: str):
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return loads(row[0]) if row else None

    # -- the replay ------------------------------------------------------------------------------
    def _replay(self, ids=None, edges: bool = True):
        """build_graph over every record (ids None) or those that touch `ids`, into a networkx graph."""
        import networkx as nx

        from kg.backends.sqlite import read_fact_rows_at
        from kg.graph import build_graph

        docs, headers, status = self._documents(ids)
        if ids is None:
            facts = {k: read_fact_rows_at(self.conn, k, None) for k in GRAPH_FACTS}
        else:
            facts = {k: self._rows(k, ords) for k, ords in self._touching(ids, edges).items()}
        G = build_graph([SimpleNamespace(documents=docs)], {**facts, "status": status}, headers, into=nx.MultiDiGraph())
        G.graph.update(self._meta("graph") or {})
        return G

    @staticmethod
    def _induced(R, ids):
        """The nodes `ids` of a replay and the edges among them, in the replay's (= the graph's) order."""
        import networkx as nx

        keep = {str(n) for n in ids} & set(R)
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
        return self._induced(self._replay(ids), ids)

    def attrs(self, ids) -> dict[str, dict]:
        """{node id: attributes} of the nodes `ids` that exist. A node's attributes are set by the records
        that add it, not by those that only add an edge at it, so a department's tasks are not read
        (unless it has no record of its own: a node made by its edges)."""
        ids = [str(n) for n in ids]
        R = self._replay(ids, edges=False)
        if any(n not in R for n in ids):
            R = self._replay(ids)
        return {n: dict(R.nodes[n]) for n in ids if n in R}

    def node(self, node_id) -> dict | None:
        return self.attrs([node_id]).get(str(node_id))

    def ball(self, node, hops: int) -> list[str]:
        """Every node within `hops` of `node`, either direction: each hop replays what touches the last."""
        seen, frontier = {str(node)}, [str(node)]
        for _ in range(hops):
            if not frontier:
                break
            R = self._replay(frontier)
            nxt = []
            for n in frontier:
                if n in R:
                    for m in (*R.successors(n), *R.predecessors(n)):
                        if m not in seen:
                            seen.add(m)
                            nxt.append(m)
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
        for (data,) in self.conn.execute("SELECT data FROM graph_names ORDER BY first"):
            block = unpack_text(data)
            if plain and t not in block:
                continue
            nodes += ((e[0], dict(zip(SEARCH_KEYS, e[1:]))) for e in json.loads(block))
        ids = rank_graph_nodes(nodes, text, limit, node_type)
        found = self.attrs(ids)
        return [(n, search_caption(found[n])) for n in ids]
