"""View models for the app: pure functions from query results to rows, graph elements and HTML.

Nothing here imports streamlit, so every function is tested without a browser.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # networkx is not needed to draw the search page
    import networkx as nx

__all__ = ["NODE_COLOURS", "RELATION_IDS", "RELATION_NAMES", "INDICATOR_KINDS", "type_name", "relation_name", "node_caption", "edge_id", "edge_rows", "graph_event", "source_label", "RELATION_COLOURS", "CytoscapeStyle", "graph_styles", "graph_elements",
           "highlight", "status_badge", "document_rows", "search_graph_nodes", "repeal_timeline", "text_block", "document_type"]

NODE_COLOURS = {"document": "#2b6cb0", "task": "#718096", "department": "#c05621", "enterprise": "#2f855a",
                "indicator": "#6b46c1", "class": "#b7791f"}
_TYPE_LABEL = {"document": "文件", "task": "任务", "department": "部门", "enterprise": "企业", "indicator": "指标",
               "class": "分类"}
# Cytoscape style selectors match on these ASCII labels; the Chinese names are shown as captions.
RELATION_IDS = {"contains": "contains", "牵头": "lead", "配合": "cooperate", "废止": "repeal", "宣布失效": "invalidate",
                "同时废止": "repeal_with", "cites": "cites", "分类": "classified", "lists": "lists", "states": "states"}
# What the relations are called in the UI; the graph keeps its keys (GraphML, JSON, CLI stay stable).
RELATION_NAMES = {"contains": "包含任务", "cites": "引用", "lists": "列入名单", "states": "提出指标"}
INDICATOR_KINDS = {"baseline": "基期值", "target": "目标值", "actual": "实际值"}
RELATION_COLOURS = {"contains": "#a0aec0", "lead": "#c53030", "cooperate": "#dd6b20", "repeal": "#1a202c",
                    "invalidate": "#4a5568", "repeal_with": "#1a202c", "cites": "#3182ce", "classified": "#b7791f",
                    "lists": "#38a169", "states": "#805ad5"}
# st-link-analysis draws captions at 3.6 units and hides any text under 10 px on screen, i.e. below zoom
# 2.8, while a fitted neighbourhood sits near zoom 1: without these, no caption is ever seen.
_NODE_TEXT = {"font-size": 9, "min-zoomed-font-size": 5, "text-wrap": "ellipsis", "text-max-width": 120}
_EDGE_TEXT = {"font-size": 7, "min-zoomed-font-size": 5, "color": "#1a202c", "text-background-color": "#ffffff",
              "text-background-opacity": 0.85}
_STATE_COLOURS = {"in_force": "green", "amended": "green", "partly_repealed": "orange", "not_yet_effective": "blue",
                  "expired": "gray", "replaced": "violet", "repealed": "red", "invalidated": "orange"}


def status_badge(state: str) -> str:
    """Streamlit markdown badge for a document state."""
    from kg.validity import state_label

    label, colour = state_label(state), _STATE_COLOURS.get(state, "gray")
    return f":{colour}-badge[{label}]"


def document_type(title: str) -> str:
    m = re.search(r"(通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|报告|函)$", title or "")
    return m[1] if m else "其他"


def document_rows(kb) -> list[dict]:
    rows = []
    for d in kb.documents:
        st = kb.status(d.id)
        rows.append({"id": d.id, "标题": d.title, "文号": d.doc_number or "", "发文机关": d.issuer or "",
                     "区": d.district or "", "日期": d.date or "", "年份": (d.date or "")[:4],
                     "类型": document_type(d.title), "状态": st["label"], "state": st["state"]})
    return rows


def highlight(text: str, query: str, tokenizer=None) -> str:
    """HTML-escaped `text` with the query's terms (2+ characters) marked."""
    terms = tokenizer(query) if tokenizer else re.findall(r"[\u4e00-\u9fff]{2,}|\w{2,}", query)
    terms = sorted({t for t in terms if len(t) >= 2 and t in text}, key=len, reverse=True)
    out = html.escape(text)
    if not terms:
        return out
    pat = re.compile("|".join(re.escape(html.escape(t)) for t in terms))
    return pat.sub(lambda m: f"<mark>{m.group(0)}</mark>", out)


def type_name(node_type: str) -> str:
    return _TYPE_LABEL.get(node_type, node_type)


def relation_name(relation: str) -> str:
    return RELATION_NAMES.get(relation, relation)


def node_caption(attrs: dict, node_id: str = "", width: int = 16) -> str:
    """A short caption that tells neighbours apart: a document's titles mostly begin with the same
    issuer (张店区人民政府关于…), so a document shows its 文号, or its title from 关于 on."""
    label = str(attrs.get("label") or node_id)
    if attrs.get("type") == "document":
        label = attrs.get("doc_number") or re.sub(r"^.{2,30}?关于", "", label) or label
    return label if len(label) <= width else label[: width - 1] + "…"


@dataclass(frozen=True)
class CytoscapeStyle:
    """One Cytoscape style rule. st-link-analysis takes any object with `dump()` in `node_styles` /
    `edge_styles`; its own NodeStyle/EdgeStyle cannot set text size or edge colour."""

    selector: str
    style: dict

    def dump(self) -> dict:
        return {"selector": self.selector, "style": dict(self.style)}


def graph_styles() -> tuple[list[CytoscapeStyle], list[CytoscapeStyle]]:
    """Node styles (colour by type, caption = `name`) and edge styles (colour and caption by relation)."""
    nodes = [CytoscapeStyle(f"node[label='{t}']", {"background-color": c, "label": "data(name)", **_NODE_TEXT})
             for t, c in NODE_COLOURS.items()]
    edges = [CytoscapeStyle(f"edge[label='{rid}']", {"label": "data(relation)", "line-color": c, "target-arrow-color": c,
                                                     "target-arrow-shape": "triangle", **_EDGE_TEXT})
             for rid, c in RELATION_COLOURS.items()]
    return nodes, edges


def graph_elements(H: nx.MultiDiGraph) -> dict:
    """Cytoscape elements for st-link-analysis: node `label` = type (for colours), `name` = caption."""
    nodes, edges = [], []
    for n, a in H.nodes(data=True):
        t = a.get("type", "document")
        nodes.append({"data": {"id": str(n), "label": t, "name": node_caption(a, str(n)), "kind": type_name(t),
                               "full": str(a.get("label") or n)}})
    for u, v, k, a in H.edges(keys=True, data=True):
        prov = a.get("prov") or {}
        edges.append({"data": {"id": edge_id(u, v, k), "source": str(u), "target": str(v), "label": RELATION_IDS.get(k, "other"),
                               "relation": relation_name(str(k)),
                               "file": prov.get("file", ""), "lines": f"{prov.get('line_start', '')}-{prov.get('line_end', '')}"}})
    return {"nodes": nodes, "edges": edges}


def edge_id(u, v, key) -> str:
    """A stable element id: the graph keys its edges by relation, so (u, v, relation) is unique, and a
    selection survives the neighbourhood being redrawn."""
    return f"{u}|{key}|{v}"


def source_label(s: dict) -> str:
    """Where a fact was printed: "000_….txt 第942–946行"."""
    return f"{s['file']} 第{s['line_start']}–{s['line_end']}行"


def _prov_cells(a: dict) -> dict:
    p = a.get("prov") or {}
    return {"来源": source_label(p) if p else "", "原文": p.get("text", "")}


def edge_rows(G: nx.MultiDiGraph, H: nx.MultiDiGraph, node=None) -> list[dict]:
    """The edges of `H` (those touching `node`, if given) with their relation and provenance."""
    rows = []
    for u, v, k, a in H.edges(keys=True, data=True):
        if node is None or node in (u, v):
            rows.append({"关系": relation_name(k), "从": str(G.nodes[u].get("label", u))[:30],
                         "到": str(G.nodes[v].get("label", v))[:30], **_prov_cells(a), "id": edge_id(u, v, k)})
    return rows


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
    """(node id, "类型 · label") of nodes whose label or id contains `text`."""
    out = []
    t = (text or "").strip()
    for n, a in G.nodes(data=True):
        if node_type and a.get("type") != node_type:
            continue
        label = str(a.get("label") or n)
        if not t or t in label or t in str(n) or t in str(a.get("doc_number") or "") or any(t in v for v in a.get("variants") or []):
            out.append((n, f"{type_name(a.get('type'))} · {label[:60]}"))
            if len(out) >= limit:
                break
    return out


def text_block(lines: list[tuple[int, str]], focus: tuple[int, int] | None = None, context: int | None = None) -> str:
    """A document's lines as a scrollable HTML block with line numbers; the `focus` span is marked, and
    with `context` only that many lines either side of it are shown, so the passage opens in view."""
    if focus and context is not None:
        lines = [(no, t) for no, t in lines if focus[0] - context <= no <= focus[1] + context]
    body = []
    for no, text in lines:
        row = f"{no:>5}  {html.escape(text.rstrip())}"
        body.append(f"<mark>{row}</mark>" if focus and focus[0] <= no <= focus[1] else row)
    return ("<div style='max-height:420px;overflow:auto;white-space:pre-wrap;font-size:0.9em;"
            "border:1px solid #e5e7eb;padding:8px'>" + "\n".join(body) + "</div>")


def repeal_timeline(kb, doc_id: str) -> list[dict]:
    """Events of one document in date order: signed, printed, repealed/invalidated (with evidence)."""
    d = kb.document(doc_id)
    events = [{"日期": d.date, "事件": "成文", "文件": d.title, "来源": f"{d.file}:{d.line_start}"}]
    for ev in kb.status(doc_id).get("evidence", []):
        by = kb.document(ev["by_doc_id"])
        events.append({"日期": by.date, "事件": ev["kind"], "文件": by.title,
                       "来源": f"{ev['source']['file']}:{ev['source']['line_start']}"})
    return sorted(events, key=lambda e: e["日期"] or "")
