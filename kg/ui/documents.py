"""文件与废止: find any document (文号 in any form, 登记号, title), its state as of a date with evidence and
timeline, what it repeals, cites and is cited by, and its text with the passage in view."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import streamlit as st

from kg import views
from kg.ui import common
from kg.validity import STATE_LABELS

# A fixed script (nothing from the data in it): bring the highlighted passage into view.
_SCROLL = ("<script>setTimeout(() => { const m = document.getElementById('focus');"
           " if (m) m.scrollIntoView({block: 'center'}); }, 400);</script>")


def _lookup(ctx) -> None:
    q = common.url_widget(st.text_input, "查找文件：文号（任意括号写法）、登记号或标题中的词", "find", default="",
                      placeholder="例如：张政发〔2017〕56号、张政发[2017]56号、ZDDR-2021-0010003、齐惠保")
    if not q:
        return
    hits = ctx.store.lookup(q, as_of=ctx.as_of.isoformat())
    if not hits:
        st.info("没有找到这份文件。可以只输入文号中的数字和年份，或标题中的几个词。")
        return
    for i, h in enumerate(hits[:10]):
        with st.container(border=True):
            status = ctx.status(h["doc_id"]) if h["in_corpus"] else h["status"]
            st.markdown(f"**{views.esc(h['title'])}** {common.badge(status)}")
            meta = " · ".join(x for x in (h["doc_number"], h["registration"]) if x)
            if not h["in_corpus"]:  # what the changing documents say, and since when (their date)
                since = f"{status['label']}，自 {status['since']} 起" if status.get("since") else ""
                meta = " · ".join(x for x in (meta, since, "本库未收录原文，状态来自以下文件的记载") if x)
            st.caption(views.esc(meta))
            for j, m in enumerate(h["mentions"]):
                st.markdown(f"依据 **{views.esc(m['by_title'])}**（{views.esc(m.get('by_doc_number') or '无文号')}）"
                            f"{views.esc(m['kind'])}" + (f"，原有效期 {views.esc(m['target_validity'])}" if m.get("target_validity") else ""))
                common.html(f"<span class='src'>来源：{views.esc(views.source_label(m['source'], ctx.gazettes))}</span>")
                st.text(m["source"]["text"])
                cite = views.citation(m["by_title"], m.get("by_doc_number"), m["source"], ctx.gazettes)
                common.nav_buttons(f"m{i}_{j}", m["by_doc_id"], m["source"], cite,
                                   h["doc_id"] or _external_node(h))
            if h["in_corpus"] and st.button("打开这份文件", key=f"find_open_{i}"):
                common.set_params(doc=h["doc_id"], lines=None)


def _external_node(h: dict) -> str:
    """The graph's node id of a document known only from repeal lists (see kg.graph.build_graph)."""
    return "extdoc:" + (h["doc_number"] or h["title"] or "?")


PAGE_ROWS = 200  # documents per page of the list (11k at 200x the sample: the list is read one page at a time)


def _table(ctx) -> None:
    facets = ctx.facets("district", "year")
    states = list(STATE_LABELS.values())
    with st.expander("筛选文件列表", expanded=False):
        pills = lambda label, param, options: common.url_widget(st.pills, label, param, multi=True, options=options,
                                                                selection_mode="multi")
        f_state = pills("状态", "state", states)
        f_district = pills("区", "dist", facets["district"])
        f_year = pills("年份", "yr", facets["year"])
    page = st.session_state.get("docpage") or 1
    if f_state:  # a state as of the date is computed from each document's timeline: every status is read
        shown = [r for r in ctx.document_rows if r["状态"] in f_state and (not f_district or r["区"] in f_district)
                 and (not f_year or r["年份"] in f_year)]
        total = len(shown)
        page = min(page, max(1, -(-total // PAGE_ROWS)))
        rows = shown[(page - 1) * PAGE_ROWS : page * PAGE_ROWS]
    else:  # one page of the list and its documents' statuses, read by the store's query
        heads_of = lambda p: ctx.store.document_heads(f_district or None, f_year or None, (p - 1) * PAGE_ROWS, PAGE_ROWS)
        total, heads = heads_of(page)
        if not heads and page > 1:  # the filters left fewer pages than the one shown
            page = max(1, -(-total // PAGE_ROWS))
            total, heads = heads_of(page)
        rows = views.document_rows(SimpleNamespace(documents=[SimpleNamespace(**h) for h in heads]),
                                   {h["id"]: ctx.status(h["id"]) for h in heads})
    if not total:
        st.info("没有符合筛选条件的文件。")
        return
    pages = -(-total // PAGE_ROWS)
    st.caption(f"共 {total} 份文件，点选一行打开" + (f"（每页 {PAGE_ROWS} 份，第 {page}/{pages} 页）" if pages > 1 else ""))
    cols = ["标题", "状态", "文号", "日期", "区", "发文机关"]
    event = st.dataframe([{c: r[c] for c in cols} for r in rows], hide_index=True, width="stretch", height=260,
                         on_select="rerun", selection_mode="single-row", key=f"doc_table_{st.session_state.get('_tbl', 0)}")
    if pages > 1:
        st.session_state["docpage"] = page  # within the pages there are now (the filters may have changed)
        st.number_input("页码", min_value=1, max_value=pages, step=1, key="docpage")
    picked = (event.selection.rows if event and event.selection else [])
    if picked and picked[0] < len(rows):
        # A fresh table next time: a kept selection would open the same document again on return.
        st.session_state["_tbl"] = st.session_state.get("_tbl", 0) + 1
        common.set_params(doc=rows[picked[0]]["id"], lines=None)


def _status(ctx, d, status: dict) -> None:
    v = views.status_view(status)
    facts = [("状态", v["label"]), ("施行日期", v["effective_from"]), ("有效期至", v["valid_until"]),
             ("状态变化日期", v["since"] if v["state"] != "in_force" else None), ("状态截至", ctx.as_of.isoformat())]
    st.dataframe([{"项目": k, "内容": str(x)} for k, x in facts if x], hide_index=True, width="stretch")
    for i, ev in enumerate(v["evidence"]):
        src = ev.get("source") or {}
        by_title = ev.get("by_title") or ctx.title(ev.get("by_doc_id")) or d.title
        st.markdown(f"依据 **{views.esc(by_title)}**（{views.esc(ev.get('by_doc_number') or '本文件')}）{views.esc(ev.get('kind') or '')}")
        if src:
            common.html(f"<span class='src'>来源：{views.esc(views.source_label(src, ctx.gazettes))}</span>")
            st.text(src.get("text", ""))
            if ev.get("by_doc_id") and ev["by_doc_id"] != d.id:
                cite = views.citation(by_title, ev.get("by_doc_number"), src, ctx.gazettes)
                common.nav_buttons(f"ev{i}", ev["by_doc_id"], src, cite)
    titles = common.Titles(ctx.store)  # the few documents the timeline names, not every document
    st.markdown("**时间线**")
    st.dataframe(views.timeline_rows(d, status, titles), hide_index=True, width="stretch")


def _document(ctx, doc_id: str, lines_param: str | None) -> None:
    store = ctx.store
    d = store.get(doc_id)
    if d is None:
        st.warning("这份文件不在当前数据中（数据可能已重新构建）。请用上面的查找框重新查找。")
        return
    status = ctx.status(doc_id)
    focus = None
    if lines_param and "-" in lines_param:
        a, _, b = lines_param.partition("-")
        if a.isdigit() and b.isdigit():
            focus = (int(a), int(b))
    st.subheader(views.esc(d.title))
    st.markdown(common.badge(status) + (" " + views.esc(d.doc_number) if d.doc_number else ""))
    src = {"file": d.file, "line_start": d.line_start, "line_end": d.line_end}
    common.nav_buttons("doc", None, None, views.citation(d.title, d.doc_number, focus and {**src, "line_start": focus[0],
                       "line_end": focus[1]} or src, ctx.gazettes), doc_id)
    text_lines = ctx.file_lines(d.file, d.line_start, d.line_end)
    if focus:
        _text(ctx, d, text_lines, focus)
    meta = {"文号": d.doc_number, "登记号": d.registration, "发文机关": d.issuer, "区": d.district, "成文日期": d.date,
            "主送": d.recipients, "刊载于": views.source_label(src, ctx.gazettes)}
    st.dataframe([{"项目": k, "内容": v} for k, v in meta.items() if v], hide_index=True, width="stretch")
    _status(ctx, d, status)
    outgoing = store.repeals_of(doc_id)
    if outgoing:
        st.markdown(f"**本文件废止或宣布失效的文件（{len(outgoing)}）**")
        st.dataframe([{"文件": r["target_title"] or "", "文号": r["target_doc_number"] or "", "类型": r["kind"],
                       "在本库中": "是" if r["target_doc_id"] else "否",
                       "来源": views.source_label(r["source"], ctx.gazettes, with_file=False)} for r in outgoing],
                     hide_index=True, width="stretch")
    cites, cited_by = store.cites(doc_id), store.cited_by(doc_id)
    with st.expander(f"引用（{len(cites)}） · 被引用（{len(cited_by)}）"):
        for c in cites:
            common.html(f"引用《{views.esc(c['target_title'])}》{views.esc(c['target_doc_number'] or '')} "
                        f"<span class='src'>{views.esc(views.source_label(c['source'], ctx.gazettes, with_file=False))}</span>")
        for c in cited_by:
            common.html(f"被《{views.esc(ctx.title(c['by_doc_id']))}》引用 "
                        f"<span class='src'>{views.esc(views.source_label(c['source'], ctx.gazettes, with_file=False))}</span>")
    with st.expander("提纲"):
        st.text("\n".join(f"{'    ' * (h.level - 1)}{h.marker} {views.clean_text(h.title)}（第{h.line}行）" for h in d.outline)
                or "（无提纲）")
    if not focus:
        _text(ctx, d, text_lines, None)


def _page_image(ctx, d, text_lines, focus) -> None:
    """For a PDF source: 第N页 of the passage, and its page image on request (rendered by the PDF reader
    when it is installed; without it, or without the original file, nothing is offered)."""
    at = [ln for ln in text_lines if focus[0] <= ln.no <= focus[1]] if focus else text_lines[:1]
    page = next((getattr(ln, "page", None) for ln in at if getattr(ln, "page", None)), None)
    if not page:
        return
    st.caption(f"原件第{page}页")
    if not d.file.lower().endswith(".pdf"):
        return
    try:
        from kg.read.pdf import render_page_png
        from kg.store import load_manifest
    except ImportError:
        return
    entry = next((e for e in load_manifest(ctx.data_dir).get("corpus", []) if e.get("file") == d.file), {})
    path = entry.get("path")
    if path and Path(path).is_file() and st.button(f"显示第{page}页原件", key="page_image"):
        st.image(render_page_png(Path(path), page, 2.0), caption=f"{d.file} 第{page}页")


def _text(ctx, d, text_lines, focus) -> None:
    _page_image(ctx, d, text_lines, focus)
    whole = not focus or st.toggle("显示全文", key="doc_whole")
    st.markdown("**原文**" + ("（高亮为检索到的段落，前后各 12 行）" if focus and not whole else
                              "（高亮为检索到的段落）" if focus else ""))
    common.html(views.text_block([(ln.no, ln.raw) for ln in text_lines], focus, context=None if whole else 12))
    if focus:
        st.html(_SCROLL, unsafe_allow_javascript=True)


def render() -> None:
    ctx = common.context()
    st.header("文件与废止")
    _lookup(ctx)
    doc = st.query_params.get("doc")
    if doc:
        if st.button("← 返回文件列表", key="doc_back"):
            common.set_params(doc=None, lines=None)
        _document(ctx, doc, st.query_params.get("lines"))
    else:
        _table(ctx)
