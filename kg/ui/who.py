"""谁牵头: a task in your own words → lead and cooperating units; a unit (any alias) → its tasks."""

from __future__ import annotations

import streamlit as st

from kg import views
from kg.ui import common

# Below this share of the question found in the best task, the match is loose: no reliable answer.
_MIN_COVERAGE = 0.6


def _task_card(ctx, t: dict, i: int) -> None:
    status = ctx.status(t["doc_id"])
    doc = ctx.store.get(t["doc_id"])
    units = views.task_units(t)
    late = views.deadline_passed(t.get("deadline"), doc.date if doc else None, ctx.as_of)
    with st.container(border=True):
        head = t["text"] if len(t["text"]) <= 60 else t["text"][:59] + "…"
        st.markdown(f"**{views.esc(head)}**")
        st.markdown(f"{common.badge(status)} {views.esc(t['doc_title'])}" +
                    (" · " + views.esc(" > ".join(t["section"])) if t.get("section") else ""))
        if units["responsible"]:
            st.markdown("**责任单位（牵头未能识别）：** " + views.esc("、".join(units["responsible"])))
            st.caption("原文以黑体标出牵头单位，文本中无法识别是哪一个。")
        else:
            st.markdown("**牵头：** " + views.esc("、".join(units["lead"]) or "—"))
            st.markdown("**配合：** " + views.esc("、".join(units["cooperate"]) or "—"))
        if t.get("deadline"):
            st.markdown("**完成时限：** " + views.esc(t["deadline"]) + (" :red-badge[已过期限]" if late else ""))
        common.html(f"<span class='src'>来源：{views.esc(views.source_label(t['source'], ctx.gazettes))}</span>")
        st.text(t["source"]["text"])
        cite = views.citation(t["doc_title"], doc.doc_number if doc else None, t["source"], ctx.gazettes)
        common.nav_buttons(f"t{i}_{t['id']}", t["doc_id"], t["source"], cite, t["id"])


def _show_department(name: str) -> None:
    """Switch to 按部门查 for `name` (a callback: bound widgets change through session state, and the
    URL follows, so Back returns to the task question)."""
    st.query_params["dept"] = name
    st.query_params["by"] = "按部门查"


def _by_task(ctx) -> None:
    q = common.url_widget(st.text_input, "用自己的话描述任务", "task", default="", placeholder="例如：布设精密气象监测系统")
    if not q:
        return
    store = ctx.store
    deps = views.suggest_departments(store.departments(), q, k=3) if views.looks_like_unit(q) else []
    if deps:
        st.info(f"“{views.esc(q)}”像是一个部门名称：按部门查可以列出它牵头和配合的全部任务。")
        st.button(f"查看 {deps[0]['canonical']} 牵头和配合的任务", key="route_dept", on_click=_show_department,
                  args=(deps[0]["canonical"],))
    tasks = store.who_leads(q, 8)
    reliable = max((views.query_coverage(q, t["text"] + "".join(t["section"])) for t in tasks), default=0) >= _MIN_COVERAGE
    hide = common.url_widget(st.toggle, "隐藏已失效文件中的任务", "hide_old", default=False, decode=lambda v: v == "1",
                             encode=lambda v: "1" if v else "")
    if hide:
        tasks = [t for t in tasks if views.status_view(ctx.status(t["doc_id"]))["in_force"]]
    if not tasks:
        st.info("没有匹配的任务。")
        return
    rows = [views.task_row({**t, "doc_date": (store.get(t["doc_id"]).date if store.get(t["doc_id"]) else None)},
                           ctx.status(t["doc_id"]), ctx.gazettes, ctx.as_of) for t in tasks]
    if not reliable:
        st.warning("没有找到可靠的答案")
        with st.expander(f"最接近的 {len(tasks)} 项任务（可能与问题无关）"):
            for i, t in enumerate(tasks):
                _task_card(ctx, t, i)
        return
    common.export_buttons(rows, "谁牵头", f"谁牵头：{q}", "who")
    for i, t in enumerate(tasks):
        _task_card(ctx, t, i)


def _department(ctx, dep: dict) -> None:
    store = ctx.store
    st.subheader(f"{views.esc(dep['canonical'])}（{views.esc(dep['district'])}）")
    st.caption("原文写法：" + views.esc("、".join(dep["variants"])))
    hide = st.toggle("隐藏已失效文件中的任务", key=f"hide_{dep['id']}")
    ok = lambda t: not hide or views.status_view(ctx.status(t["doc_id"]))["in_force"]
    dep = {**dep, "leads": [t for t in dep["leads"] if ok(t)], "cooperates": [t for t in dep["cooperates"] if ok(t)]}
    counts = views.department_counts(dep)
    cols = st.columns(3)
    for col, (name, n) in zip(cols, counts.items()):
        col.metric(name, n)
    groups = {"牵头": dep["leads"],
              "配合": [t for t in dep["cooperates"] if not (t.get("lead_unrecoverable") and not t.get("lead"))],
              "责任单位（牵头未能识别）": [t for t in dep["cooperates"] if t.get("lead_unrecoverable") and not t.get("lead")]}
    rows = []
    for role, tasks in groups.items():
        for t in tasks:
            doc = store.get(t["doc_id"])
            row = views.task_row({**t, "doc_date": doc.date if doc else None}, ctx.status(t["doc_id"]), ctx.gazettes, ctx.as_of)
            rows.append({"角色": role, **row})
    common.export_buttons(rows, f"{dep['canonical']}任务清单", f"{dep['canonical']}（{dep['district']}）任务清单",
                          f"dep_{dep['id']}")
    for role, tasks in groups.items():
        by_doc: dict[str, list] = {}
        for t in tasks:
            by_doc.setdefault(t["doc_id"], []).append(t)
        for doc_id, ts in by_doc.items():
            v = views.status_view(ctx.status(doc_id))
            mark = "" if v["in_force"] else f"（{v['label']}）"
            with st.expander(f"{role} · {views.esc(ts[0]['doc_title'])}{views.esc(mark)}（{len(ts)} 项）"):
                for t in ts:
                    common.html(f"• {views.esc(t['text'][:120])} <span class='src'>"
                                f"{views.esc(views.source_label(t['source'], ctx.gazettes, with_file=False))}</span>")


def _by_department(ctx) -> None:
    store = ctx.store
    name = common.url_widget(st.text_input, "部门名称（任一写法，如 区发改局、区卫健委）", "dept", default="")
    if not name:
        return
    matches = store.department(name)
    if not matches:
        sugg = views.suggest_departments(store.departments(), name)
        if not sugg:
            st.info("没有找到这个部门。")
            return
        st.caption("您要找的是不是：")
        for i, d in enumerate(sugg):
            st.button(f"{d['canonical']}（{d['district']}）", key=f"sugg_{i}", on_click=_show_department,
                      args=(d["canonical"],))
        matches = store.department(sugg[0]["canonical"])
        st.markdown(f"以下为 **{views.esc(sugg[0]['canonical'])}** 的任务：")
    for dep in matches:
        _department(ctx, dep)


def render() -> None:
    ctx = common.context()
    st.header("谁牵头、谁配合")
    by = common.url_widget(st.segmented_control, "查询方式", "by", default="按任务查", options=["按任务查", "按部门查"],
                           label_visibility="collapsed")
    if by == "按部门查":
        _by_department(ctx)
    else:
        _by_task(ctx)
