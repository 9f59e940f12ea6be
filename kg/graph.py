"""The knowledge graph: a `networkx.MultiDiGraph` with the relation type as edge key, and its queries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from kg.validity import repeal_state

if TYPE_CHECKING:  # networkx is imported where a graph is made: a node page replays into a lean graph
    import networkx as nx

__all__ = ["build_graph", "graph_to_json", "graph_from_json", "load_graph", "export_graph", "neighbourhood",
           "NODE_TYPES", "RELATIONS"]

NODE_TYPES = ("document", "task", "department", "enterprise", "indicator", "class")
RELATIONS = ("contains", "牵头", "配合", "废止", "宣布失效", "同时废止", "修改", "修订", "代替", "部分废止", "延长有效期",
             "cites", "分类", "lists", "states")


def _prov(source: dict) -> dict:
    out = {"file": source["file"], "line_start": source["line_start"], "line_end": source["line_end"],
           "text": source.get("text", "")}
    if source.get("page") is not None:  # paged files (PDF): the page goes with the line span
        out["page"] = source["page"]
    return out


def build_graph(issues, facts: dict, headers: dict | None = None, into=None) -> nx.MultiDiGraph:
    """Documents, tasks, departments, enterprises, indicators and their typed, sourced relations.

    Args:
        issues: parsed files (only `.documents` is read when `headers` is given, else `.lines` too).
        headers: {document id: header source}, as the streaming build keeps them instead of the lines.
        into: an empty graph to fill (default a new networkx.MultiDiGraph; the build passes a
            kg.leangraph.LeanMultiDiGraph, which kg.writer reads the same way with half the memory).
    """
    if into is None:
        import networkx as nx

        into = nx.MultiDiGraph()
    G = into
    for i in issues:
        for d in i.documents:
            status = facts.get("status", {}).get(d.id, {})
            # The state as of the build date; queries recompute it for any date from the timeline.
            G.add_node(d.id, type="document", label=d.title, doc_number=d.doc_number, issuer=d.issuer,
                       district=d.district, date=d.date, registration=d.registration,
                       status=status.get("state", "in_force"), status_as_of=status.get("as_of"),
                       effective_from=status.get("effective_from"), valid_until=status.get("valid_until"),
                       prov=headers[d.id] if headers is not None else d.header_source(i.lines))
    for dep in facts.get("departments", []):
        G.add_node(dep["id"], type="department", label=dep["canonical"], district=dep["district"],
                   variants=dep["variants"])
    for t in facts.get("tasks", []):
        # One provenance dict for the task's node and edges (equal values; the whole graph is in memory
        # during the build, and a dict per edge was a third of it).
        prov = _prov(t["source"])
        G.add_node(t["id"], type="task", label=t["text"][:40], text=t["text"], deadline=t["deadline"],
                   generic_cooperate=t["generic_cooperate"], prov=prov)
        G.add_edge(t["doc_id"], t["id"], key="contains", prov=prov)
        for role, rel in (("lead", "牵头"), ("cooperate", "配合")):
            for u in t[role]:
                if u.get("id"):
                    G.add_edge(t["id"], u["id"], key=rel, name=u["name"], prov=prov)
    for r in facts.get("repeals", []):
        target = r["target_doc_id"]
        if target is None:  # a document outside the corpus: a node of its own, known by its title
            target = "extdoc:" + (r["target_doc_number"] or r["target_title"] or "?")
            G.add_node(target, type="document", label=r["target_title"] or r["target_doc_number"],
                       doc_number=r["target_doc_number"], registration=r.get("target_registration"),
                       external=True, status=repeal_state(r["kind"]))
        G.add_edge(r["by_doc_id"], target, key=r["kind"], validity=r.get("target_validity"), prov=_prov(r["source"]))
    for a in facts.get("amendments", []):
        target = a["target_doc_id"]
        if target is None:
            target = "extdoc:" + (a["target_doc_number"] or a["target_title"] or "?")
            if target not in G:
                G.add_node(target, type="document", label=a["target_title"] or a["target_doc_number"],
                           doc_number=a["target_doc_number"], external=True, status=repeal_state(a["kind"]))
        G.add_edge(a["by_doc_id"], target, key=a["kind"], part=a.get("part"), prov=_prov(a["source"]))
    for v in facts.get("validity", []):
        if v["kind"] == "extension" and v.get("target_doc_id") and v["target_doc_id"] != v["doc_id"]:
            G.add_edge(v["doc_id"], v["target_doc_id"], key="延长有效期", valid_until=v.get("extended_until"),
                       prov=_prov(v["source"]))
    for c in facts.get("cites", []):
        if c["target_doc_id"]:
            G.add_edge(c["by_doc_id"], c["target_doc_id"], key="cites", prov=_prov(c["source"]))
    held: set[tuple] = set()  # (enterprise, class) pairs of a final classification
    for e in facts.get("enterprises", []):
        prov = _prov(e["source"])
        if e["id"] not in G:
            G.add_node(e["id"], type="enterprise", label=e["name"], aliases=e["aliases"], prov=prov)
        for c in e["classifications"]:
            # (status "proposed": the holder of a list before its final decision, 拟认定 / 公示名单, kept on both edges)
            status = c.get("status")
            G.add_edge(c["doc_id"], e["id"], key="lists", list=c["list"], status=status, prov=prov)
            if c["class"]:
                cls = f"class:{c['class']}"
                G.add_node(cls, type="class", label=c["class"] + (f"（{c['label']}）" if c["label"] else ""))
                # One 分类 edge per (enterprise, class): a final holding is never overwritten by a proposal
                # of the same class (the 公示 before the decision, or another list's). The class is canonical, so
                # one grade printed two ways (五星 / 五星级, 自治区级 / 省级) is one node; the edge keeps it as printed.
                if status is None:
                    held.add((e["id"], cls))
                elif (e["id"], cls) in held:
                    continue
                G.add_edge(e["id"], cls, key="分类", list=c["list"], year=c["year"], doc_id=c["doc_id"],
                           status=status, printed=c.get("class_as_printed"), prov=prov)
    for ind in facts.get("indicators", []):
        prov = _prov(ind["source"])
        G.add_node(ind["id"], type="indicator", label=f"{ind['name']} {ind['value']}", value=ind["value"],
                   year=ind["year"], kind=ind["kind"], prov=prov)
        G.add_edge(ind["doc_id"], ind["id"], key="states", prov=prov)
    return G


def graph_to_json(G: nx.MultiDiGraph) -> dict:
    import networkx as nx

    return nx.node_link_data(G, edges="links")


def graph_from_json(data: dict) -> nx.MultiDiGraph:
    import networkx as nx

    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")


def load_graph(data_dir: Path) -> nx.MultiDiGraph:
    """The whole graph of a data dir, made again from the records of its kg.sqlite (kg.graphstore)."""
    from kg.backends.sqlite import read_graph
    from kg.store import _with_db, read_generation

    return read_generation(data_dir, lambda gen: _with_db(gen, read_graph))


def _flat(attrs: dict) -> dict:
    out = {}
    for k, v in attrs.items():
        if k == "prov" and isinstance(v, dict):
            out.update({f"prov_{a}": b for a, b in v.items()})
        elif isinstance(v, (list, dict)):
            out[k] = json.dumps(v, ensure_ascii=False)
        elif v is None:
            continue
        else:
            out[k] = v
    return out


def export_graph(G: nx.MultiDiGraph, fmt: str, path: Path | None = None) -> Path:
    """GraphML (nested attributes flattened, for Gephi) or node-link JSON."""
    path = Path(path or f"gazette-kg.{ 'graphml' if fmt == 'graphml' else 'json'}")
    if fmt == "graphml":
        import networkx as nx

        H = nx.MultiDiGraph()
        H.add_nodes_from((n, _flat(a)) for n, a in G.nodes(data=True))
        H.add_edges_from((u, v, k, {**_flat(a), "relation": k}) for u, v, k, a in G.edges(keys=True, data=True))
        nx.write_graphml(H, path)
    else:
        path.write_text(json.dumps(graph_to_json(G), ensure_ascii=False), encoding="utf-8")
    return path


def neighbourhood(G: nx.MultiDiGraph, node: str, hops: int = 1, max_elements: int = 300,
                  node_types: set[str] | None = None, relations: set[str] | None = None) -> nx.MultiDiGraph:
    """The sub-graph within `hops` of `node` (both directions), capped at `max_elements` nodes+edges."""
    keep = {node}
    frontier = {node}
    for _ in range(hops):
        nxt = set()
        for n in frontier:
            for u, v, k in list(G.out_edges(n, keys=True)) + list(G.in_edges(n, keys=True)):
                if relations and k not in relations:
                    continue
                other = v if u == n else u
                if node_types and G.nodes[other].get("type") not in node_types:
                    continue
                nxt.add(other)
        nxt -= keep
        for n in sorted(nxt, key=lambda x: (G.nodes[x].get("type", ""), str(x))):
            if len(keep) >= max_elements // 2:
                break
            keep.add(n)
        frontier = nxt
    # Built in the order of the node ids, not of the set: a set of strings iterates in a different
    # order in every process, and the cap below keeps the first edges, so the picture (and which
    # edges survive the cap) would change from run to run and from store to store.
    order = sorted(keep, key=str)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(G.nodes[n])) for n in order)
    H.add_edges_from((u, v, k, dict(d)) for u in order for _, v, k, d in G.out_edges(u, keys=True, data=True) if v in keep)
    if relations:
        H.remove_edges_from([(u, v, k) for u, v, k in H.edges(keys=True) if k not in relations])
    edges = list(H.edges(keys=True))
    if len(keep) + len(edges) > max_elements:
        H.remove_edges_from(edges[max_elements - len(keep):])
    return H
