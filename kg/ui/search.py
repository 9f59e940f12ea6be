"""搜索: a question or keywords → passages with their document's state, source, citation and links."""

from __future__ import annotations

import streamlit as st

from kg import views
from kg.ui import common

_MODES = {"hybrid": "混合", "bm25": "关键词 BM25", "dense": "语义"}


def _filters(ctx) -> dict:
    facets = ctx.facets("district", "issuer", "year", "title_end")  # the options only: no rows, no statuses
    active = sum(bool(st.session_state.get(k)) for k in ("district", "issuer", "year", "type")) + \
        bool(st.session_state.get("current"))
    with st.expander("筛选" + (f"（已选 {active} 项）" if active else ""), expanded=False):
        c1, c2 = st.columns(2)
        pick = lambda where, label, param, options: common.url_widget(where.selectbox, label, param, options=options,
                                                                      placeholder="全部")
        f = {"district": pick(c1, "区", "district", facets["district"]),
             "issuer": pick(c2, "发文机关", "issuer", facets["issuer"])}
        c3, c4 = st.columns(2)
        f["year"] = pick(c3, "年份", "year", facets["year"][::-1])
        f["type"] = pick(c4, "文件类型", "type", views.document_types(facets["title_end"]))
        f["current"] = common.url_widget(st.toggle, "只看现行有效的文件", "current", default=False,
                                         decode=lambda v: v == "1", encode=lambda v: "1" if v else "")
        f["mode"] = common.url_widget(st.radio, "检索方式", "mode", default="hybrid", options=list(_MODES),
                                      horizontal=True, format_func=_MODES.get)
    return f


def _proposed_note(ctx, r) -> str:
    """What the passage's proposed holders are (a 公示 list names candidates: none of them holds the class yet)."""
    proposed = views.proposed_in_passage(r.text, r.doc_id, ctx.proposed_holders)
    if not proposed:
        return ""
    return (f"{views.PROPOSED_LABEL}，尚未正式认定：" + "、".join(proposed[:5])
            + (f" 等 {len(proposed)} 家" if len(proposed) > 5 else ""))


def _card(ctx, r, q: str, tokenizer, i: int) -> None:
    status = ctx.status(r.doc_id)
    with st.container(border=True):
        st.markdown(f"**{r.rank}. {views.esc(r.title)}** {common.badge(status)}")
        meta = " · ".join(x for x in (r.doc_number, r.issuer, r.date, r.section) if x)
        st.caption(views.esc(meta))
        common.html(views.highlight(r.text, q, tokenizer))
        note = _proposed_note(ctx, r)
        if note:
            st.caption(views.esc(note))
        common.html(f"<span class='src'>来源：{views.esc(views.source_label(r.source, ctx.gazettes))}</span>")
        cite = views.citation(r.title, r.doc_number, r.source, ctx.gazettes)
        common.nav_buttons(f"{i}_{r.passage_id}", r.doc_id, r.source, cite, r.doc_id)


def render() -> None:
    ctx = common.context()
    st.header("搜索")
    q = common.url_widget(st.text_input, "用中文提问或输入关键词", "q", default="",
                      placeholder="例如：学生参加齐惠保一年要交多少钱")
    if not q:
        st.caption("输入问题后显示答案段落，并可按区、发文机关、年份、文件类型筛选。")
    f = _filters(ctx)
    if not q:
        return
    searcher = ctx.searcher
    resp = searcher.answer(q, k=40, mode=f["mode"] or "hybrid", district=f["district"] or None,
                           issuer=f["issuer"] or None, year=int(f["year"]) if f["year"] else None)
    results = [r for r in resp.results if (not f["type"] or views.document_type(r.title) == f["type"])
               and (not f["current"] or views.status_view(ctx.status(r.doc_id))["in_force"])][:10]
    for n, r in enumerate(results, start=1):
        r.rank = n
    if not results:
        st.info("没有找到相关段落。可以换个说法，或放宽筛选条件。")
        return
    rows = [{"序号": r.rank, "标题": r.title, "文号": r.doc_number or "", "文件状态": views.status_view(ctx.status(r.doc_id))["label"],
             "段落": r.text, "说明": _proposed_note(ctx, r),
             "引用": views.citation(r.title, r.doc_number, r.source, ctx.gazettes)} for r in results]
    if not any(row["说明"] for row in rows):  # the column only where a passage names proposed holders
        rows = [{k: v for k, v in row.items() if k != "说明"} for row in rows]
    if resp.no_answer:
        st.warning("没有找到可靠的答案")
        with st.expander(f"最接近的 {len(results)} 个段落（可能与问题无关）"):
            for i, r in enumerate(results):
                _card(ctx, r, q, searcher.tokenizer, i)
    else:
        common.export_buttons(rows, "检索结果", f"检索结果：{q}", "search")
        for i, r in enumerate(results):
            _card(ctx, r, q, searcher.tokenizer, i)
