"""图谱浏览: start from any entity, rings by hop, documents coloured by state, capped with 显示更多."""

from __future__ import annotations

import streamlit as st

from kg import graphview as gv
from kg import views
from kg.ui import common

_STEP = 100  # nodes added by each 显示更多


def _start(store) -> str | None:
    """The start node: `start` in the URL (set by 在图谱中查看 links or by picking one here)."""
    text = common.url_widget(st.text_input, "从任一实体开始（文件、部门、企业、指标…）", "gq", default="",
                         placeholder="例如：区发改局 或 张政字〔2023〕84号")
    options = store.search_nodes(text, limit=40) if text else []
    current = st.query_params.get("start")
    attrs = store.node(current) if current else None
    if attrs is not None and (not text or current not in dict(options)) and (not options or not text):
        options.insert(0, (current, f"{gv.type_name(attrs.get('type'))} · {gv.node_title(attrs)[:60]}"))
    if not options:
        if text:
            st.info("没有匹配的实体。")
        return None
    labels = dict(options)
    ids = list(labels)
    # A new widget for each list of choices, opened at the URL's start: nothing stale is kept.
    picked = st.selectbox("起点", ids, index=ids.index(current) if current in ids else 0, format_func=labels.get,
                          key=f"g_pick_{abs(hash((text, current)))}")
    if picked != current:
        st.query_params["start"] = picked
    return picked


def render() -> None:
    ctx = common.context()
    st.header("图谱浏览")
    from st_link_analysis.component.events import Event

    from kg.ui.graph_component import graph_component
    from kg.graph import RELATIONS

    store = ctx.store
    start = _start(store)
    with st.expander("范围与类型", expanded=False):
        hops = common.url_widget(st.radio, "范围", "hops", default=1, decode=int, options=[1, 2], horizontal=True,
                                 format_func=lambda h: f"{h} 跳")
        types = common.url_widget(st.pills, "实体类型", "types", default=list(gv.NODE_COLOURS), multi=True,
                                  options=list(gv.NODE_COLOURS), selection_mode="multi", format_func=gv.type_name)
        rels = common.url_widget(st.pills, "关系类型", "rels", default=list(RELATIONS), multi=True, options=list(RELATIONS),
                                 selection_mode="multi", format_func=gv.relation_name)
    if not start:
        st.caption("输入名称、文号或部门简称，选一个起点，显示它周围的文件、任务、部门和指标。")
        return
    if not types or not rels:
        st.info("请至少选择一种实体类型和一种关系类型。")
        return
    cap = st.session_state.setdefault("g_cap", {}).get(start, _STEP)
    full = store.neighbourhood(start, hops=hops, max_elements=10**6, node_types=set(types), relations=set(rels))
    H = store.neighbourhood(start, hops=hops, max_elements=2 * cap, node_types=set(types), relations=set(rels))
    expanded = st.session_state.setdefault("g_expanded", {}).setdefault(start, [])
    for extra in expanded:
        if store.node(extra) is not None:
            H = store.subgraph(set(H) | set(store.neighbourhood(extra, 1, _STEP, set(types), set(rels))))
    statuses = {n: ctx.status(n) for n, a in H.nodes(data=True) if a.get("type") == "document" and ctx.status(n)}
    st.caption(f"显示 {H.number_of_nodes()} 个节点、{H.number_of_edges()} 条关系（共 {full.number_of_nodes()} 个节点）"
               " · 单击节点或关系查看来源，双击节点展开，滚轮缩放后显示更多名称")
    if full.number_of_nodes() > H.number_of_nodes() and st.button("显示更多", key="g_more"):
        st.session_state["g_cap"][start] = cap + _STEP
        st.rerun()
    node_styles, edge_styles = gv.graph_styles()
    # One component for the session (no reload of its frame); a new `stamp` in the layout makes it lay
    # out and fit again whenever what is shown changes (a new start, a filter, 显示更多).
    layout = {**gv.graph_layout(start, H.number_of_nodes()),
              "stamp": f"{start}|{hops}|{','.join(types)}|{','.join(rels)}|{cap}|{len(expanded)}"}
    ret = graph_component(gv.graph_elements(H, start, statuses), layout, node_styles, edge_styles, key="gazette_graph",
                          events=[Event("select", "tap", "node, edge")])
    _legend()
    event = gv.graph_event(ret, st.session_state.get("g_last_event"))
    if event:
        st.session_state["g_last_event"] = ret["timestamp"]
        kind, target = event
        if kind == "expand" and any(n not in expanded for n in target):
            expanded.extend(n for n in target if n not in expanded)
            st.rerun()
        elif kind == "node" and target in H:
            st.session_state["g_sel"], st.session_state["g_edge"] = target, None
        elif kind == "edge":
            st.session_state["g_edge"], st.session_state["g_sel"] = target, None
    _details(ctx, H, start)


def _legend() -> None:
    colours = {"现行有效 / 已修改（修改后有效）": "green", "部分废止 / 已宣布失效": "orange", "尚未施行": "blue", "已失效（有效期届满）": "gray",
               "已被代替": "violet", "已废止": "red"}
    st.caption("文件颜色：" + " ".join(f":{c}-badge[{k}]" for k, c in colours.items())
               + f" · 虚线：{gv.PROPOSED_LABEL}，尚未正式认定")


def _details(ctx, H, start) -> None:
    chosen = [r for r in gv.edge_rows(H, H, gazettes=ctx.gazettes) if r["id"] == st.session_state.get("g_edge")]
    if chosen:
        r = chosen[0]
        st.markdown(f"**所选关系：** {views.esc(r['从'])} —{views.esc(r['关系'])}→ {views.esc(r['到'])}")
        common.html(f"<span class='src'>来源：{views.esc(r['来源'])}</span>")
        st.text(r["原文"])
        return
    sel = st.session_state.get("g_sel")
    sel = sel if sel in H else start
    a = H.nodes[sel]
    status = ctx.status(sel) if a.get("type") == "document" else None
    label = views.status_view(status)["label"] if status else (views.status_view({"state": a.get("status")})["label"]
                                                            if a.get("type") == "document" else None)
    st.markdown(f"**所选节点：** {views.esc(gv.node_title(a))}")
    st.dataframe([{"项目": k, "内容": v} for k, v in gv.node_rows(a, label)], hide_index=True, width="stretch")
    if a.get("type") == "document" and ctx.store.get(sel):
        common.link(st, "documents", "打开这份文件", "g_open", doc=sel)
    edges = [{k: v for k, v in r.items() if k != "id"} for r in gv.edge_rows(H, H, sel, ctx.gazettes)]
    if edges:
        st.dataframe(edges, hide_index=True, width="stretch")
