"""gazette-kg in the browser: search, who leads, documents and repeals, graph explorer, enterprises and indicators.

Run: GAZETTE_KG_DATA=DIR streamlit run app.py   (DIR defaults to the CLI's default data dir)
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from kg.config import Config, default_data_dir
from kg.errors import GazetteError

st.set_page_config(page_title="区政府公报知识图谱", layout="wide")

PAGES = ["搜索", "谁牵头", "文件与废止", "图谱浏览", "企业与指标"]
DATA_DIR = Path(os.environ.get("GAZETTE_KG_DATA") or default_data_dir())


@st.cache_resource(show_spinner="加载知识图谱…")
def load_kb(data_dir: str):
    from kg.query import KnowledgeBase

    return KnowledgeBase.load(Path(data_dir))


@st.cache_resource(show_spinner="加载检索索引与模型…")
def load_searcher(data_dir: str):
    from index.search import Searcher

    return Searcher.load(Config(data_dir=Path(data_dir)))


@st.cache_resource(show_spinner="加载图…")
def load_graph(data_dir: str):
    from kg.graph import load_graph as _load

    return _load(Path(data_dir))


def open_document(doc_id: str, lines: tuple[int, int] | None = None) -> None:
    st.session_state["page"] = "文件与废止"
    st.session_state["doc"] = doc_id
    st.session_state["focus_lines"] = (doc_id, lines) if lines else None


def no_data(reason: str) -> None:
    st.title("区政府公报知识图谱")
    st.error(f"还没有可用的数据目录：{reason}")
    st.markdown("先构建知识图谱和检索索引：")
    st.code(f"gazette-kg build --data {DATA_DIR}", language="bash")
    st.stop()


from kg.store import has_data  # noqa: E402

if not has_data(DATA_DIR):
    no_data(f"{DATA_DIR} 中没有构建好的数据")

# The first page is the search box, and it is drawn before anything else: the browser fetches each
# element's code on first use, so the search box goes first, the sidebar second, and nothing that needs
# raw HTML (the style sheet below) is sent until there is a question. On 2 cores the browser building
# the first page competes with Python for the CPU; see benchmarks/app_startup.py.
page = st.session_state.get("page", PAGES[0])
if page == "搜索":
    st.header("搜索")
    st.text_input("用中文提问或输入关键词", key="q", placeholder="例如：学生参加齐惠保一年要交多少钱")
st.sidebar.title("区政府公报知识图谱")
page = st.sidebar.radio("页面", PAGES, key="page")
st.sidebar.caption(f"数据目录：{DATA_DIR}")
if page == "搜索" and not st.session_state.get("q"):
    st.caption("输入问题后显示答案段落，并可按区、发文机关、年份、文件类型筛选。")
    st.stop()

st.markdown(
    "<style>mark {background:#fde68a; padding:0 2px;} .src {color:#6b7280; font-size:0.85em;}</style>",
    unsafe_allow_html=True,
)

try:
    kb = load_kb(str(DATA_DIR))
except GazetteError as exc:
    no_data(str(exc))

from kg import views  # noqa: E402  (after the data dir check: no import cost on the error page)

st.sidebar.caption(f"{len(kb.documents)} 份文件 · {len(kb.facts.get('tasks', []))} 项任务 · "
                   f"{len(kb.facts.get('departments', []))} 个部门")

# ---- 搜索 ------------------------------------------------------------------------------------------
if page == "搜索":
    q = st.session_state.get("q", "")
    rows = views.document_rows(kb)
    c1, c2, c3, c4, c5 = st.columns(5)
    any_ = {"index": None, "placeholder": "全部"}
    district = c1.selectbox("区", sorted({r["区"] for r in rows if r["区"]}), key="f_district", **any_)
    issuer = c2.selectbox("发文机关", sorted({r["发文机关"] for r in rows if r["发文机关"]}), key="f_issuer", **any_)
    year = c3.selectbox("年份", sorted({r["年份"] for r in rows if r["年份"]}, reverse=True), key="f_year", **any_)
    dtype = c4.selectbox("文件类型", sorted({r["类型"] for r in rows}), key="f_type", **any_)
    include_repealed = c5.checkbox("包含已失效文件", value=True, key="f_repealed")
    mode = st.radio("检索方式", ["hybrid", "bm25", "dense"], horizontal=True, key="mode",
                    format_func={"hybrid": "混合", "bm25": "关键词 BM25", "dense": "语义"}.get)
    if q:
        try:
            searcher = load_searcher(str(DATA_DIR))
            results = searcher.search(q, k=20, mode=mode, district=district or None, issuer=issuer or None,
                                      year=int(year) if year else None, include_repealed=include_repealed)
        except GazetteError as exc:
            st.error(str(exc))
            results = []
        if dtype:
            results = [r for r in results if views.document_type(r.title) == dtype]
        results = results[:10]
        if not results:
            st.info("没有找到相关段落。")
        for r in results:
            with st.container(border=True):
                st.markdown(f"**{r.rank}. {r.title}**  {views.status_badge(r.status)}")
                meta = " · ".join(x for x in (r.doc_number, r.issuer, r.date, r.section) if x)
                st.caption(meta)
                st.markdown(views.highlight(r.text, q, searcher.tokenizer).replace("\n", "<br>"), unsafe_allow_html=True)
                st.markdown(f"<span class='src'>来源：{views.source_label(r.source)} · 得分 {r.score:.3f}</span>", unsafe_allow_html=True)
                st.button("打开原文", key=f"open_{r.passage_id}", on_click=open_document,
                          args=(r.doc_id, (r.source["line_start"], r.source["line_end"])))

# ---- 谁牵头 ----------------------------------------------------------------------------------------
elif page == "谁牵头":
    st.header("谁牵头、谁配合")
    tab_task, tab_dept = st.tabs(["按任务查", "按部门查"])
    with tab_task:
        q = st.text_input("用自己的话描述任务", key="task_q", placeholder="例如：布设精密气象监测系统")
        if q:
            hits = kb.who_leads(q, k=8)
            if not hits:
                st.info("没有匹配的任务。")
            for t in hits:
                with st.container(border=True):
                    st.markdown(f"**{t['text'][:120]}**")
                    st.caption(f"{t['doc_title']} · {' > '.join(t['section'])}")
                    lead = "、".join(u["canonical"] + ("" if u["name"] == u["canonical"] else f"（原文：{u['name']}）")
                                    for u in t["lead"]) or ("—（原文以黑体标注，文本中无法识别）" if t["lead_unrecoverable"] else "—")
                    st.markdown(f"**牵头：** {lead}")
                    coop = [u["canonical"] + ("" if u["name"] == u["canonical"] else f"（原文：{u['name']}）") for u in t["cooperate"]]
                    st.markdown(f"**配合：** {'、'.join(coop + t['generic_cooperate']) or '—'}")
                    if t.get("deadline"):
                        st.markdown(f"**完成时限：** {t['deadline']}")
                    st.markdown(f"<span class='src'>来源：{views.source_label(t['source'])}</span>", unsafe_allow_html=True)
                    st.code(t["source"]["text"], language=None, wrap_lines=True)
                    st.button("打开原文", key=f"task_{t['id']}", on_click=open_document,
                              args=(t["doc_id"], (t["source"]["line_start"], t["source"]["line_end"])))
    with tab_dept:
        deps = kb.facts.get("departments", [])
        name = st.text_input("部门名称（任一别名，如 区发改局）", key="dept_q")
        matches = kb.department(name) if name else []
        if name and not matches:
            st.info("没有这个部门。")
        for dep in matches:
            st.subheader(f"{dep['canonical']}（{dep['district']}）")
            st.caption("原文写法：" + "、".join(dep["variants"]))
            c1, c2 = st.columns(2)
            c1.metric("牵头任务", len(dep["leads"]))
            c2.metric("配合任务", len(dep["cooperates"]))
            for role, key in (("牵头", "leads"), ("配合", "cooperates")):
                by_doc: dict[str, list] = {}
                for t in dep[key]:
                    by_doc.setdefault(t["doc_title"], []).append(t)
                for title, ts in by_doc.items():
                    with st.expander(f"[{role}] {title}（{len(ts)}）"):
                        for t in ts:
                            st.markdown(f"- {t['text'][:100]}  <span class='src'>{views.source_label(t['source'])}</span>",
                                        unsafe_allow_html=True)

# ---- 文件与废止 ------------------------------------------------------------------------------------
elif page == "文件与废止":
    st.header("文件与废止")
    import pandas as pd

    rows = views.document_rows(kb)
    c1, c2, c3 = st.columns(3)
    f_state = c1.multiselect("状态", ["现行有效", "已废止", "已宣布失效"], key="d_state", placeholder="全部")
    f_district = c2.multiselect("区", sorted({r["区"] for r in rows if r["区"]}), key="d_district", placeholder="全部")
    f_year = c3.multiselect("年份", sorted({r["年份"] for r in rows if r["年份"]}), key="d_year", placeholder="全部")
    shown = [r for r in rows if (not f_state or r["状态"] in f_state) and (not f_district or r["区"] in f_district)
             and (not f_year or r["年份"] in f_year)]
    st.dataframe(pd.DataFrame(shown).drop(columns=["state"]), hide_index=True, width="stretch", height=240)
    ids = [r["id"] for r in shown] or [r["id"] for r in rows]
    if st.session_state.get("doc") not in ids:
        st.session_state["doc"] = ids[0]
    doc_id = st.selectbox("打开文件", ids, key="doc", format_func=lambda i: f"{kb.document(i).title}（{kb.document(i).doc_number or '无文号'}）")
    d = kb.document(doc_id)
    status = kb.status(doc_id)
    st.subheader(d.title)
    st.markdown(views.status_badge(status["state"]))
    meta = {"文号": d.doc_number, "登记号": d.registration, "发文机关": d.issuer, "区": d.district, "成文日期": d.date,
            "主送": d.recipients, "来源": f"{d.file} 第{d.line_start}–{d.line_end}行"}
    st.table(pd.DataFrame([(k, v) for k, v in meta.items() if v], columns=["字段", "内容"]).set_index("字段"))
    if status["state"] != "in_force":
        st.markdown(f"**{status['label']}**（{status.get('since') or '日期不详'}）")
        for ev in status["evidence"]:
            by = kb.document(ev["by_doc_id"])
            st.markdown(f"- 依据 **{by.title}**（{by.doc_number}）{ev['kind']} · <span class='src'>{views.source_label(ev['source'])}</span>",
                        unsafe_allow_html=True)
            st.code(ev["source"]["text"], language=None, wrap_lines=True)
            st.button("打开废止文件", key=f"by_{doc_id}_{ev['source']['line_start']}", on_click=open_document,
                      args=(ev["by_doc_id"], (ev["source"]["line_start"], ev["source"]["line_end"])))
    st.markdown("**时间线**")
    st.dataframe(pd.DataFrame(views.repeal_timeline(kb, doc_id)), hide_index=True, width="stretch")
    outgoing = kb.repeals_of(doc_id)
    if outgoing:
        st.markdown(f"**本文件废止或宣布失效的文件（{len(outgoing)}）**")
        st.dataframe(pd.DataFrame([{"类型": r["kind"], "文件": r["target_title"], "文号": r["target_doc_number"],
                                    "在本库中": "是" if r["target_doc_id"] else "否", "来源": views.source_label(r["source"])}
                                   for r in outgoing]), hide_index=True, width="stretch")
    cites, cited_by = kb.cites(doc_id), kb.cited_by(doc_id)
    with st.expander(f"引用（{len(cites)}） · 被引用（{len(cited_by)}）"):
        for c in cites:
            st.markdown(f"- 引用《{c['target_title']}》{c['target_doc_number'] or ''} <span class='src'>{views.source_label(c['source'])}</span>",
                        unsafe_allow_html=True)
        for c in cited_by:
            st.markdown(f"- 被 {kb.document(c['by_doc_id']).title} 引用 <span class='src'>{views.source_label(c['source'])}</span>",
                        unsafe_allow_html=True)
    with st.expander("提纲", expanded=False):
        for h in d.outline:
            st.markdown(f"{'&nbsp;' * 4 * h.level}{h.marker} {h.title} <span class='src'>第{h.line}行</span>",
                        unsafe_allow_html=True)
    from kg.store import load_issue_lines

    focus = st.session_state.get("focus_lines")
    focus = focus[1] if focus and focus[0] == doc_id else None  # a passage of another document is no focus
    lines = load_issue_lines(DATA_DIR)[d.file][d.line_start - 1 : d.line_end]
    whole = not focus or st.toggle("显示全文", key="doc_whole")
    st.markdown("**原文**" + ("（高亮为检索到的段落，前后各 12 行）" if focus and not whole else
                              "（高亮为检索到的段落）" if focus else ""))
    st.markdown(views.text_block([(ln.no, ln.raw) for ln in lines], focus, context=None if whole else 12),
                unsafe_allow_html=True)

# ---- 图谱浏览 --------------------------------------------------------------------------------------
elif page == "图谱浏览":
    st.header("图谱浏览")
    from st_link_analysis import st_link_analysis
    from st_link_analysis.component.events import Event

    from kg.graph import RELATIONS, neighbourhood

    G = load_graph(str(DATA_DIR))
    c1, c2, c3 = st.columns([3, 1, 1])
    text = c1.text_input("从任一实体开始（文件、部门、企业、指标…）", key="g_q", placeholder="例如：区发改局 或 张政字〔2023〕84号")
    hops = c2.radio("范围", [1, 2], horizontal=True, key="g_hops", format_func=lambda h: f"{h} 跳")
    cap = c3.number_input("最多元素", 50, 400, 200, step=50, key="g_cap")
    types = st.multiselect("实体类型", list(views.NODE_COLOURS), default=list(views.NODE_COLOURS), key="g_types",
                           placeholder="选择实体类型", format_func=views.type_name)
    rels = st.multiselect("关系类型", list(RELATIONS), default=list(RELATIONS), key="g_rels",
                          placeholder="选择关系类型", format_func=views.relation_name)
    options = views.search_graph_nodes(G, text, limit=40)
    if not options:
        st.info("没有匹配的实体。")
    else:
        labels = dict(options)
        start = st.selectbox("起点", list(labels), format_func=labels.get, key="g_start")
        expanded = st.session_state.setdefault("g_expanded", {}).setdefault(start, [])
        H = neighbourhood(G, start, hops=hops, max_elements=int(cap), node_types=set(types), relations=set(rels))
        for extra in expanded:
            if extra in G:
                H = G.subgraph(set(H) | set(neighbourhood(G, extra, 1, int(cap) // 2, set(types), set(rels)))).copy()
        if H.number_of_nodes() + H.number_of_edges() > cap:
            H = neighbourhood(G, start, hops=1, max_elements=int(cap), node_types=set(types), relations=set(rels))
        st.caption(f"{H.number_of_nodes()} 个节点 · {H.number_of_edges()} 条关系（上限 {cap}）· "
                   "单击节点或关系查看属性与来源，双击节点展开")
        node_styles, edge_styles = views.graph_styles()
        ret = st_link_analysis(views.graph_elements(H), layout="cose", node_styles=node_styles,
                               edge_styles=edge_styles, key=f"graph_{start}_{hops}", node_actions=["expand", "remove"],
                               events=[Event("select", "tap", "node, edge")])
        event = views.graph_event(ret, st.session_state.get("g_last_event"))
        if event:
            st.session_state["g_last_event"] = ret["timestamp"]
            kind, target = event
            if kind == "expand" and any(n not in expanded for n in target):
                expanded.extend(n for n in target if n not in expanded)
                st.rerun()
            elif kind == "node" and target in H:
                st.session_state["g_sel"], st.session_state["g_edge"] = target, None
            elif kind == "edge":
                st.session_state["g_edge"] = target
        import pandas as pd

        chosen = [r for r in views.edge_rows(G, H) if r["id"] == st.session_state.get("g_edge")]
        if chosen:
            st.markdown(f"**所选关系：** {chosen[0]['从']} —{chosen[0]['关系']}→ {chosen[0]['到']}")
            st.caption(f"来源：{chosen[0]['来源']}")
            st.code(chosen[0]["原文"], language=None, wrap_lines=True)
        sel = st.selectbox("查看节点属性", sorted(H.nodes, key=str), key="g_sel",
                           format_func=lambda n: f"{views.type_name(G.nodes[n].get('type'))} · {str(G.nodes[n].get('label') or n)[:50]}")
        if sel:
            st.json(dict(G.nodes[sel]), expanded=True)
            edges = views.edge_rows(G, H, sel)
            if edges:
                st.dataframe(pd.DataFrame(edges).drop(columns=["id"]), hide_index=True, width="stretch")

# ---- 企业与指标 ------------------------------------------------------------------------------------
elif page == "企业与指标":
    import pandas as pd

    st.header("企业与指标")
    tab_e, tab_i = st.tabs(["企业", "指标"])
    with tab_e:
        ents = kb.enterprises()
        rows = [{"企业": e["name"], "别名": "、".join(e["aliases"]), "分类": c["class"] or "", "类别": c["label"] or "",
                 "名单": c["list"], "年份": c["year"], "来源": views.source_label(e["source"])}
                for e in ents for c in e["classifications"]]
        df = pd.DataFrame(rows)
        c1, c2, c3 = st.columns(3)
        f_cls = c1.multiselect("分类", ["A", "B", "C", "D"], key="e_cls", placeholder="全部")
        f_list = c2.multiselect("名单", sorted(df["名单"].unique()) if len(df) else [], key="e_list", placeholder="全部")
        f_eyear = c3.multiselect("年份", sorted({int(y) for y in df["年份"].dropna()}) if len(df) else [], key="e_year",
                                 placeholder="全部")
        if f_cls:
            df = df[df["分类"].isin(f_cls)]
        if f_list:
            df = df[df["名单"].isin(f_list)]
        if f_eyear:
            df = df[df["年份"].isin(f_eyear)]
        st.dataframe(df, hide_index=True, width="stretch")
        counts = df[df["分类"] != ""].groupby(["分类", "名单"]).size().unstack(fill_value=0) if len(df) else None
        if counts is not None and len(counts):
            st.markdown("**亩产效益分类企业数**")
            st.bar_chart(counts)
    with tab_i:
        inds = kb.indicators()
        df = pd.DataFrame([{"指标": r["name"], "数值": r["value"], "数": r["number"], "单位": r["unit"], "比较": r["comparator"],
                            "年份": r["year"], "类型": views.INDICATOR_KINDS.get(r["kind"], r["kind"]), "文件": kb.document(r["doc_id"]).title[:30],
                            "来源": views.source_label(r["source"])} for r in inds])
        c1, c2, c3 = st.columns(3)
        name = c1.text_input("指标名称包含", key="i_name")
        kinds = c2.multiselect("类型", list(views.INDICATOR_KINDS.values()), key="i_kind", placeholder="全部")
        years = c3.multiselect("年份", sorted({int(y) for y in df["年份"].dropna()}) if len(df) else [], key="i_year", placeholder="全部")
        if name:
            df = df[df["指标"].str.contains(name, regex=False)]
        if kinds:
            df = df[df["类型"].isin(kinds)]
        if years:
            df = df[df["年份"].isin(years)]
        st.dataframe(df, hide_index=True, width="stretch")
        targets = df[(df["类型"] == views.INDICATOR_KINDS["target"]) & df["数"].notna() & (df["单位"] == "%")].head(20)
        if len(targets):
            st.markdown("**百分比目标值（前 20 项）**")
            st.bar_chart(targets.set_index("指标")["数"])
