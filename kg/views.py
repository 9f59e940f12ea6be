"""View models for the app: pure functions from query results to rows, graph elements and HTML.

Nothing here imports streamlit, so every function is tested without a browser.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # networkx is not needed to draw the search page
    import networkx as nx

__all__ = ["NODE_COLOURS", "RELATION_IDS", "graph_elements", "highlight", "status_badge", "document_rows", "search_graph_nodes",
           "repeal_timeline", "document_type"]

NODE_COLOURS = {"document": "#2b6cb0", "task": "#718096", "department": "#c05621", "enterprise": "#2f855a",
                "indicator": "#6b46c1", "class": "#b7791f"}
_TYPE_LABEL = {"document": "文件", "task": "任务", "department": "部门", "enterprise": "企业", "indicator": "指标",
               "class": "分类"}
# Cytoscape style selectors match on these ASCII labels; the Chinese names are shown as captions.
RELATION_IDS = {"contains": "contains", "牵头": "lead", "配合": "cooperate", "废止": "repeal", "宣布失效": "invalidate",
                "同时废止": "repeal_with", "cites": "cites", "分类": "classified", "lists": "lists", "states": "states"}
_STATUS = {"in_force": ("现行有效", "green"), "repealed": ("已废止", "red"), "invalidated": ("已宣布失效", "orange")}


def status_badge(state: str) -> str:
    """Streamlit markdown badge for a document state."""
    label, colour = _STATUS.get(state, (state, "gray"))
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


def graph_elements(H: nx.MultiDiGraph) -> dict:
    """Cytoscape elements for st-link-analysis: node `label` = type (for colours), `name` = caption."""
    nodes, edges = [], []
    for n, a in H.nodes(data=True):
        t = a.get("type", "document")
        name = str(a.get("label") or n)
        nodes.append({"data": {"id": str(n), "label": t, "name": name[:24], "kind": _TYPE_LABEL.get(t, t),
                               "full": name}})
    for i, (u, v, k, a) in enumerate(H.edges(keys=True, data=True)):
        prov = a.get("prov") or {}
        edges.append({"data": {"id": f"e{i}", "source": str(u), "target": str(v), "label": RELATION_IDS.get(k, "other"),
                               "relation": str(k),
                               "file": prov.get("file", ""), "lines": f"{prov.get('line_start', '')}-{prov.get('line_end', '')}"}})
    return {"nodes": nodes, "edges": edges}


def search_graph_nodes(G: nx.MultiDiGraph, text: str, limit: int = 30, node_type: str | None = None) -> list[tuple[str, str]]:
    """(node id, "类型 · label") of nodes whose label or id contains `text`."""
    out = []
    t = (text or "").strip()
    for n, a in G.nodes(data=True):
        if node_type and a.get("type") != node_type:
            continue
        label = str(a.get("label") or n)
        if not t or t in label or t in str(n) or t in str(a.get("doc_number") or "") or any(t in v for v in a.get("variants") or []):
            out.append((n, f"{_TYPE_LABEL.get(a.get('type'), a.get('type'))} · {label[:60]}"))
            if len(out) >= limit:
                break
    return out


def repeal_timeline(kb, doc_id: str) -> list[dict]:
    """Events of one document in date order: signed, printed, repealed/invalidated (with evidence)."""
    d = kb.document(doc_id)
    events = [{"日期": d.date, "事件": "成文", "文件": d.title, "来源": f"{d.file}:{d.line_start}"}]
    for ev in kb.status(doc_id).get("evidence", []):
        by = kb.document(ev["by_doc_id"])
        events.append({"日期": by.date, "事件": ev["kind"], "文件": by.title,
                       "来源": f"{ev['source']['file']}:{ev['source']['line_start']}"})
    return sorted(events, key=lambda e: e["日期"] or "")
