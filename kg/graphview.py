"""View models of the graph explorer: Cytoscape elements, styles and layout, start-node choices, events.

Pure functions over a networkx graph; nothing here imports streamlit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.views import PROPOSED_LABEL, STATE_COLOURS, source_label

if TYPE_CHECKING:  # networkx is not needed to draw the search page
    import networkx as nx

__all__ = ["NODE_COLOURS", "RELATION_IDS", "RELATION_NAMES", "RELATION_COLOURS", "STATE_FILL", "type_name",
           "relation_name", "node_caption", "node_title", "edge_id", "edge_rows", "node_rows", "graph_event",
           "PROPOSED_LABEL", "CytoscapeStyle", "graph_styles", "graph_elements", "graph_layout", "search_graph_nodes", "rank_graph_nodes",
           "search_caption", "SEARCH_KEYS", "hops_from"]

NODE_COLOURS = {"document": "#2b6cb0", "task": "#718096", "department": "#c05621", "enterprise": "#2f855a",
                "indicator": "#6b46c1", "class": "#b7791f"}
_TYPE_LABEL = {"document": "文件", "task": "任务", "department": "部门", "enterprise": "企业", "indicator": "指标",
               "class": "分类"}
# A document is filled by its state (in force blue as before; repealed, expired … in their colours).
STATE_FILL = {"green": "#2b6cb0", "orange": "#dd6b20", "blue": "#63b3ed", "gray": "#a0aec0", "violet": "#805ad5",
              "red": "#c53030"}
# Cytoscape style selectors match on these ASCII labels; the Chinese names are shown as captions.
RELATION_IDS = {"contains": "contains", "牵头": "lead", "配合": "cooperate", "废止": "repeal", "宣布失效": "invalidate",
                "同时废止": "repeal_with", "修改": "amend", "修订": "amend", "代替": "replace", "部分废止": "partly_repeal",
                "延长有效期": "extend", "cites": "cites", "分类": "classified", "lists": "lists", "states": "states"}
# What the relations are called in the UI; the graph keeps its keys (GraphML, JSON, CLI stay stable).
RELATION_NAMES = {"contains": "包含任务", "cites": "引用", "lists": "列入名单", "states": "提出指标"}
RELATION_COLOURS = {"contains": "#a0aec0", "lead": "#c53030", "cooperate": "#dd6b20", "repeal": "#1a202c",
                    "invalidate": "#4a5568", "repeal_with": "#1a202c", "amend": "#2f855a", "replace": "#805ad5",
                    "partly_repeal": "#dd6b20", "extend": "#63b3ed", "cites": "#3182ce", "classified": "#b7791f",
                    "lists": "#38a169", "states": "#805ad5"}
# st-link-analysis hides any text under `min-zoomed-font-size` px on screen. The start node and its
# direct neighbours are captioned at the fitted zoom; nodes two hops out only once the reader zooms in
# (about 1.6×), so a 100-node neighbourhood is not a pile of overlapping labels.
_NODE_TEXT = {"font-size": 9, "min-zoomed-font-size": 5, "text-wrap": "ellipsis", "text-max-width": 120}
_FAR_TEXT = {"font-size": 7, "min-zoomed-font-size": 11}
_EDGE_TEXT = {"font-size": 6, "min-zoomed-font-size": 12, "color": "#1a202c", "text-background-color": "#ffffff",
              "text-background-opacity": 0.85}


def type_name(node_type: str) -> str:
    return _TYPE_LABEL.get(node_type, "其他")


def relation_name(relation: str, status: str | None = None) -> str:
    """The relation as the UI names it; a proposed classification or listing says so (分类（拟认定，公示中）): the
    holder of a proposed list (拟认定, 公示名单) holds no class yet."""
    name = RELATION_NAMES.get(relation, relation)
    return f"{name}（拟认定，公示中）" if status == "proposed" else name


def node_caption(attrs: dict, node_id: str = "", width: int = 16) -> str:
    """A short caption that tells neighbours apart: a document's titles mostly begin with the same
    issuer (张店区人民政府关于…), so a document shows its 文号, or its title from 关于 on."""
    label = str(attrs.get("label") or node_id)
    if attrs.get("type") == "document":
        label = attrs.get("doc_number") or re.sub(r"^.{2,30}?关于", "", label) or label
    return label if len(label) <= width else label[: width - 1] + "…"


def node_title(attrs: dict, node_id: str = "") -> str:
    """The full name of a node as a reader knows it, with what tells two of the same name apart
    (a department's district, a document's 文号)."""
    label = str(attrs.get("label") or attrs.get("name") or "（未命名）")
    if attrs.get("type") == "department" and attrs.get("district"):
        return f"{label}（{attrs['district']}）"
    if attrs.get("type") == "document" and attrs.get("doc_number") and attrs["doc_number"] not in label:
        return f"{label}（{attrs['doc_number']}）"
    return label


@dataclass(frozen=True)
class CytoscapeStyle:
    """One Cytoscape style rule. st-link-analysis takes any object with `dump()` in `node_styles` /
    `edge_styles`; its own NodeStyle/EdgeStyle cannot set text size or edge colour."""

    selector: str
    style: dict

    def dump(self) -> dict:
        return {"selector": self.selector, "style": dict(self.style)}


def graph_styles() -> tuple[list[CytoscapeStyle], list[CytoscapeStyle]]:
    """Node styles (colour by type, documents by state, caption = `name`, far nodes captioned only when
    zoomed) and edge styles (colour and caption by relation)."""
    nodes = [CytoscapeStyle(f"node[label='{t}']", {"background-color": c, "label": "data(name)", **_NODE_TEXT})
             for t, c in NODE_COLOURS.items()]
    nodes += [CytoscapeStyle(f"node[label='document'][colour='{c}']", {"background-color": fill})
              for c, fill in STATE_FILL.items()]
    edges_proposed = [CytoscapeStyle("edge[proposed=1]", {"line-style": "dashed"})]
    nodes += [CytoscapeStyle("node[far=1]", dict(_FAR_TEXT)),
              CytoscapeStyle("node[start=1]", {"border-width": 3, "border-color": "#1a202c", "font-weight": "bold"})]
    edges = [CytoscapeStyle(f"edge[label='{rid}']", {"label": "data(relation)", "line-color": c, "target-arrow-color": c,
                                                     "target-arrow-shape": "triangle", **_EDGE_TEXT})
             for rid, c in RELATION_COLOURS.items()]
    return nodes, edges + edges_proposed


def hops_from(H: nx.MultiDiGraph, start) -> dict:
    """Distance of every node of `H` from `start`, edges taken both ways."""
    import networkx as nx

    if start not in H:
        return {}
    return nx.single_source_shortest_path_length(H.to_undirected(as_view=True), start)


def graph_elements(H: nx.MultiDiGraph, start=None, statuses: dict | None = None, label_limit: int = 24) -> dict:
    """Cytoscape elements: node `label` = type (for colours), `name` = caption, `colour` = state colour of
    a document, `far` = captioned only when zoomed in: nodes two hops out, and the start's direct
    neighbours too when there are more than `label_limit` of them (documents and departments excepted).
    No internal ids or raw properties are shown."""
    hops = hops_from(H, start) if start is not None else {}
    crowded = sum(1 for h in hops.values() if h == 1) > label_limit
    quiet = lambda n, t: hops.get(n, 0) > 1 or (crowded and hops.get(n, 0) == 1 and t not in ("document", "department"))
    nodes, edges = [], []
    for n, a in H.nodes(data=True):
        t = a.get("type", "document")
        state = (statuses or {}).get(n, {}).get("state") or a.get("status") or "in_force"
        data = {"id": str(n), "label": t, "name": node_caption(a, str(n)), "kind": type_name(t),
                "full": node_title(a, str(n)), "far": int(quiet(n, t)), "start": int(n == start)}
        if t == "document":
            data["colour"] = STATE_COLOURS.get(state, "gray")
        nodes.append({"data": data})
    for u, v, k, a in H.edges(keys=True, data=True):
        edges.append({"data": {"id": edge_id(u, v, k), "source": str(u), "target": str(v),
                               "label": RELATION_IDS.get(k, "other"), "relation": relation_name(str(k), a.get("status")),
                               "proposed": int(a.get("status") == "proposed")}})
    return {"nodes": nodes, "edges": edges}


def graph_layout(start, n_nodes: int) -> dict:
    """Read outward from the start: rings by hop (breadthfirst on circles, rooted at `start`), fitted
    to the frame each time the neighbourhood is drawn."""
    return {"name": "breadthfirst", "roots": [str(start)], "circle": True, "directed": False, "fit": True,
            "padding": 20, "spacingFactor": 1.0 if n_nodes > 60 else 1.3, "animate": False,
            "nodeDimensionsIncludeLabels": False, "avoidOverlap": True}


def edge_id(u, v, key) -> str:
    """A stable element id: the graph keys its edges by relation, so (u, v, relation) is unique, and a
    selection survives the neighbourhood being redrawn."""
    return f"{u}|{key}|{v}"


def edge_rows(G: nx.MultiDiGraph, H: nx.MultiDiGraph, node=None, gazettes: dict | None = None) -> list[dict]:
    """The edges of `H` (those touching `node`, if given) with their relation and provenance."""
    rows = []
    for u, v, k, a in H.edges(keys=True, data=True):
        if node is None or node in (u, v):
            p = a.get("prov") or {}
            rows.append({"关系": relation_name(k, a.get("status")), "从": node_title(G.nodes[u])[:40], "到": node_title(G.nodes[v])[:40],
                         "原文": p.get("text", ""), "来源": source_label(p, gazettes) if p else "", "id": edge_id(u, v, k)})
    return rows


_PROPS = [("type", "类型", type_name), ("doc_number", "文号", None), ("registration", "登记号", None),
          ("issuer", "发文机关", None), ("district", "区", None), ("date", "日期", None), ("text", "内容", None),
          ("deadline", "完成时限", None), ("value", "数值", None), ("year", "年份", None),
          ("variants", "原文写法", "、".join), ("aliases", "别名", "、".join)]


def node_rows(attrs: dict, status_label: str | None = None) -> list[tuple[str, str]]:
    """A node's properties as (Chinese field, value) pairs; empty and internal fields left out."""
    out = [("名称", node_title(attrs))]
    for key, name, fmt in _PROPS:
        v = attrs.get(key)
        if v in (None, "", [], ()):
            continue
        out.append((name, str(fmt(v) if fmt else v)))
    if attrs.get("type") == "document":
        out.append(("状态", status_label or ""))
        if attrs.get("external"):
            out.append(("说明", "本库未收录原文，仅见于其他文件的修改决定" if attrs.get("status") == "amended"
                        else "本库未收录原文，仅见于其他文件的废止或失效目录"))
    return [(k, v) for k, v in out if v]


def graph_event(ret, last_timestamp=None) -> tuple[str, object] | None:
    """What a st-link-analysis return value asks for, once: ("expand", [node ids]), ("node", id) or
    ("edge", id). The component repeats its last value on every rerun, so a value whose timestamp was
    already handled is nothing."""
    if not isinstance(ret, dict) or ret.get("timestamp") == last_timestamp:
        return None
    data = ret.get("data") or {}
    if ret.get("action") == "expand":
        return "expand", list(data.get("node_ids") or [])
    if ret.get("action") == "select" and data.get("target_id"):
        return ("edge" if data.get("target_group") == "edges" else "node"), data["target_id"]
    return None


def search_graph_nodes(G: nx.MultiDiGraph, text: str, limit: int = 30, node_type: str | None = None) -> list[tuple[str, str]]:
    """(node id, "类型 · name") of nodes whose name, 文号 or an alias contains `text`; one entry per node,
    departments named with their district, best matches (exact, then shorter names) first."""
    return [(n, search_caption(G.nodes[n])) for n in rank_graph_nodes(G.nodes(data=True), text, limit, node_type)]


# The attributes rank_graph_nodes reads (a store may keep only these for every node: kg.graphstore).
SEARCH_KEYS = ("type", "label", "doc_number", "variants", "aliases")


def rank_graph_nodes(nodes, text: str, limit: int = 30, node_type: str | None = None) -> list:
    """The ids of the best `limit` (node id, attributes) pairs for `text` (see search_graph_nodes); only
    the SEARCH_KEYS attributes are read."""
    t = (text or "").strip()
    hits = []
    for n, a in nodes:
        if node_type and a.get("type") != node_type:
            continue
        label = str(a.get("label") or "")
        names = [label, str(a.get("doc_number") or ""), *(a.get("variants") or []), *(a.get("aliases") or [])]
        if t and not any(t in x for x in names if x):
            continue
        exact = any(t == x for x in names if x)
        hits.append((not exact, a.get("type") == "task", len(label), str(n)))
    hits.sort()
    return [h[3] for h in hits[:limit]]


def search_caption(attrs: dict) -> str:
    """A search hit as the explorer lists it: "类型 · name"."""
    return f"{type_name(attrs.get('type'))} · {node_title(attrs)[:60]}"
