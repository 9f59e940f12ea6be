"""The build's graph without networkx's reverse index: what kg.writer needs, in networkx's own order.

`kg.graph.build_graph` fills a graph once and the writer reads it once (nodes, then keyed edges).
networkx.MultiDiGraph keeps every edge twice (successors and predecessors) and an empty adjacency
dict per node; during the build the whole graph is in memory beside the facts, so the build fills a
`LeanMultiDiGraph`: the same calls (add_node, add_edge, `in`, nodes, edges), the same node and edge
order and attribute updates as networkx (nodes in insertion order; edges by source node, then target
in first-insertion order, then key), and only the successors kept.

`NamesGraph` keeps less still, for the build: kg.writer stores no node or edge rows (kg.graphstore makes
them again from the records), only each node's searchable attributes in node order and the node and edge
counts; the edges' attributes (a provenance per edge) were most of the build's graph.
"""

from __future__ import annotations

__all__ = ["LeanMultiDiGraph", "NamesGraph"]


class _Nodes(dict):
    """`G.nodes`: node -> attributes, and `G.nodes(data=True)` as networkx's NodeView gives it."""

    def __call__(self, data: bool = False):
        return self.items() if data else self.keys()


class _NodeGraph:
    """Nodes in insertion order with networkx's update rules (a node named by an edge first gets no
    attributes; `add_node` again updates them), as both graphs below keep them."""

    def __init__(self):
        self.graph: dict = {}
        self.nodes = _Nodes()

    def __contains__(self, n) -> bool:
        return n in self.nodes

    def _kept(self, attr: dict) -> dict:
        return attr

    def add_node(self, n, **attr) -> None:
        attr = self._kept(attr)
        if n in self.nodes:
            self.nodes[n].update(attr)
        else:
            self.nodes[n] = attr

    def _touch(self, u, v) -> None:
        for n in (u, v):
            if n not in self.nodes:
                self.nodes[n] = {}

    def number_of_nodes(self) -> int:
        return len(self.nodes)


class LeanMultiDiGraph(_NodeGraph):
    """An insert-only directed multigraph with networkx's iteration order (see the module docstring)."""

    def __init__(self):
        super().__init__()
        self._succ: dict = {}  # u -> {v -> {key -> attributes}}, made at u's first edge

    def add_edge(self, u, v, key, **attr) -> None:
        self._touch(u, v)
        keys = self._succ.setdefault(u, {}).setdefault(v, {})
        if key in keys:
            keys[key].update(attr)
        else:
            keys[key] = attr

    def edges(self, keys: bool = True, data: bool = True):
        """(u, v, key, attributes) in networkx's order: sources in node order, then targets, then keys."""
        if not (keys and data):
            raise ValueError("LeanMultiDiGraph.edges gives (u, v, key, attributes) only")
        for u in self.nodes:
            for v, kd in self._succ.get(u, {}).items():
                for k, a in kd.items():
                    yield u, v, k, a

    def number_of_edges(self) -> int:
        return sum(len(kd) for nbrs in self._succ.values() for kd in nbrs.values())


class NamesGraph(_NodeGraph):
    """What kg.writer reads of the build's graph: the nodes in insertion order with only the attributes in
    `keep` (kg.graphview.SEARCH_KEYS), and how many distinct (source, target, key) edges there are.

    Filled by the same calls as `LeanMultiDiGraph` (add_node, add_edge, `in`), so the nodes, their kept
    attributes and the counts are those of the full graph; it has no edges to iterate.
    """

    def __init__(self, keep: tuple[str, ...]):
        super().__init__()
        self._keep = frozenset(keep)
        self._edges: set[tuple] = set()

    def _kept(self, attr: dict) -> dict:
        return {k: v for k, v in attr.items() if k in self._keep}

    def add_edge(self, u, v, key, **attr) -> None:
        self._touch(u, v)
        self._edges.add((u, v, key))

    def number_of_edges(self) -> int:
        return len(self._edges)
