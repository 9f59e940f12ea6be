"""企业与指标: enterprise classes (A–D) and indicators as time series (target against actual) by district."""

from __future__ import annotations

import streamlit as st

from kg import views
from kg.ui import common

SHOWN = 1000  # indicator rows drawn on the page
# a classification's status as the page prints it: a holder of a proposed list (拟认定, 公示名单) is no holder yet
STATUS_LABELS = {"proposed": views.PROPOSED_LABEL}


def _enterprises(ctx) -> None:
    import pandas as pd

    rows = [{"企业": e["name"], "分类": c["class"] or "", "类别": c["label"] or "",
             "状态": STATUS_LABELS.get(c.get("status"), ""), "名单": c["list"] or "",
             "年份": c["year"], "别名": "、".join(e["aliases"]),
             "来源": views.source_label(e["source"], ctx.gazettes, with_file=False)}
            for e in ctx.store.enterprises() for c in e["classifications"]]
    df = pd.DataFrame(rows)
    if df.empty:
        st.info("数据中没有企业名单。")
        return
    with st.expander("筛选", expanded=False):
        pills = lambda label, param, options, decode=str: common.url_widget(
            st.pills, label, param, multi=True, options=options, decode=decode, selection_mode="multi")
        f_cls = pills("分类", "cls", ["A", "B", "C", "D"])
        f_list = pills("名单", "elist", sorted(df["名单"].unique()))
        f_year = pills("年份", "eyear", sorted({int(y) for y in df["年份"].dropna()}), int)
    if f_cls:
        df = df[df["分类"].isin(f_cls)]
    if f_list:
        df = df[df["名单"].isin(f_list)]
    if f_year:
        df = df[df["年份"].isin(f_year)]
    if df.empty:
        st.info("没有符合筛选条件的企业。")
        return
    df["年份"] = df["年份"].map(lambda y: "" if pd.isna(y) else str(int(y)))
    st.dataframe(df, hide_index=True, width="stretch")
    common.export_buttons(df.to_dict("records"), "企业名单", "企业名单", "ent")
    # holders only: a proposed one (拟认定, 公示中) does not hold its class yet
    counts = df[(df["分类"] != "") & (df["状态"] == "")].groupby(["分类", "名单"]).size().unstack(fill_value=0)
    if len(counts):
        st.markdown("**亩产效益分类企业数**")
        st.bar_chart(counts)


def _indicators(ctx) -> None:
    store = ctx.store
    # Names and counts from the store (one query at scale), merged by synonym: most printed first.
    printed = common.load_indicator_names(str(ctx.data_dir), ctx.key, None)
    if not printed:
        st.info("数据中没有指标。")
        return
    freq = views.merged_counts(printed)
    names = sorted(freq, key=lambda n: (-freq[n], n))
    c1, c2 = st.columns(2)
    name = common.url_widget(c1.selectbox, "指标（同义名称已合并）", "ind", options=names, placeholder="选择或输入指标名称")
    district = common.url_widget(c2.selectbox, "区", "idist", options=common.load_indicator_districts(str(ctx.data_dir), ctx.key),
                                placeholder="全部")
    # Only the chosen indicator's rows are read (all of them: its chart and count); without a name, the first SHOWN.
    raw = [n for n in printed if views.indicator_name(n) == name] if name else None
    counts = common.load_indicator_names(str(ctx.data_dir), ctx.key, district) if district else printed
    total = sum(counts.get(n, 0) for n in raw) if raw is not None else sum(counts.values())
    records = store.indicator_records(raw, district, None if name else SHOWN)
    rows = _rows(store, records)
    if name:
        series = views.indicator_series(rows, name, district)
        if len(series) >= 2:
            st.markdown(f"**{views.esc(name)}：历年目标值与实际值**")
            st.altair_chart(_series_chart(series), width="stretch")
        elif series:
            st.caption("该指标只有一个年份的数值，无法画出变化。")
    row = lambda r: {"指标": r["指标"], "年份": "" if r["年份"] is None else str(r["年份"]), "类型": r["类型"],
                     "数值": r["数值"], "单位": r["单位"], "区": r["区"], "文件": r["文件"], "原文指标名": r["原文指标名"],
                     "来源": views.source_label(r["source"], ctx.gazettes, with_file=False)}
    # On screen at most SHOWN rows (a whole corpus of indicators is tens of thousands); the export holds all.
    st.caption(f"{total} 条指标记录" + (f"（显示前 {SHOWN} 条，可按指标或区筛选；导出包含全部）" if total > SHOWN else ""))
    st.dataframe([row(r) for r in rows[:SHOWN]], hide_index=True, width="stretch")
    if total:
        every = lambda: rows if len(rows) == total else _rows(store, store.indicator_records(raw, district))
        common.export_buttons(lambda: [row(r) for r in every()], "指标", f"指标：{name or '全部'}", "ind")


def _rows(store, records: list[dict]) -> list[dict]:
    """The page's rows of these indicator records, with their documents' district and title (read in
    one query: hundreds of documents for an indicator printed in every copy of a plan)."""
    from types import SimpleNamespace

    _, heads = store.document_heads(ids=list(dict.fromkeys(r["doc_id"] for r in records)))
    return views.indicator_rows(records, {h["id"]: SimpleNamespace(**h) for h in heads})


def _series_chart(series: list[dict]):
    """Points per year and kind (目标值 / 实际值 / 基期值), joined by kind; the y axis fits the values."""
    import altair as alt
    import pandas as pd

    long = pd.DataFrame(series).melt(id_vars="年份", var_name="类型", value_name="数值").dropna()
    long["年份"] = long["年份"].astype(str)  # years, not quantities (no 2,020 on the axis)
    base = alt.Chart(long).encode(x=alt.X("年份:O", title="年份"), y=alt.Y("数值:Q", scale=alt.Scale(zero=False), title="数值"),
                                  color=alt.Color("类型:N", title="类型"), tooltip=["年份", "类型", "数值"])
    return (base.mark_line() + base.mark_point(size=80, filled=True)).properties(height=260)


def render() -> None:
    ctx = common.context()
    st.header("企业与指标")
    tab = common.url_widget(st.segmented_control, "查看", "tab", default="指标", options=["指标", "企业"],
                            label_visibility="collapsed")
    if tab == "企业":
        _enterprises(ctx)
    else:
        _indicators(ctx)
