"""The Streamlit app on a PostgreSQL fact store: every page shows what it shows on the embedded store."""

from pathlib import Path

import pytest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
pytestmark = [pytest.mark.engines, pytest.mark.slow]


def _text(at) -> str:
    parts = list(at.markdown) + list(at.caption) + list(at.code) + list(at.subheader) + list(at.text) \
        + list(at.warning) + list(at.info) + list(at.metric)
    tables = [df.value.to_csv() for df in at.dataframe]
    buttons = [b.label for b in at.button]
    return "\n".join([str(getattr(m, "value", m)) for m in parts] + tables + buttons)


def _button_group(at, key):
    return next(w for w in at.get("button_group") if w.key == key)


# (page, query params, widget steps): each a reader's question the page answers from the fact store.
VISITS = [
    ("who", {}, [("text_input", "task", "布设精密气象监测系统")]),
    ("who", {}, [("button_group", "by", "按部门查"), ("text_input", "dept", "区卫健局")]),
    ("who", {}, [("button_group", "by", "按部门查"), ("text_input", "dept", "区卫健委")]),
    ("documents", {}, [("text_input", "find", "张政发[2017]56号")]),
    ("documents", {"doc": "003_4e5ccb238a0f172a-03"}, []),
    ("documents", {"doc": "000_47a7f2ad322c84aa-07"}, []),
    ("documents", {}, [("button_group", "dist", ["周村区"])]),
    ("graph", {}, [("text_input", "gq", "张政字〔2023〕84号")]),
    ("graph", {"start": "dept:张店区:区发展和改革局", "hops": "2"}, []),
    ("indicators", {}, [("selectbox", "ind", "人均预期寿命")]),
    ("indicators", {}, [("button_group", "tab", "企业"), ("button_group", "cls", ["D"])]),
    ("search", {}, [("text_input", "q", "学生参加齐惠保一年要交多少钱")]),
]


def _app(data_dir, monkeypatch, store):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GAZETTE_KG_DATA", str(data_dir))
    if store:
        monkeypatch.setenv("GAZETTE_KG_STORE", store)
    else:
        monkeypatch.delenv("GAZETTE_KG_STORE", raising=False)
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    return at


def _visit(at, page, params, steps) -> str:
    """Open `page` with `params` in the URL, take the widget steps; what the page shows, as text."""
    at.query_params.clear()
    at.query_params.update(params)
    at.switch_page(f"app_pages/{page}.py").run()
    for kind, key, value in steps:
        widget = _button_group(at, key) if kind == "button_group" else getattr(at, kind)(key=key)
        widget.set_value(value).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return _text(at) + "\n" + "\n".join(str(c.value) for c in at.sidebar.caption)


def test_pages_same_on_postgres(built, pg_built, monkeypatch):
    """One reader's walk through every page, once per store (one app session each): the same pages."""
    shown = {}
    for name, store in (("files", None), ("postgres", pg_built.store)):
        at = _app(built.data_dir, monkeypatch, store)
        shown[name] = [_visit(at, *v) for v in VISITS]
    for (page, params, steps), files, pg in zip(VISITS, shown["files"], shown["postgres"]):
        assert pg == files, (page, params, steps)
        assert len(files) > 200, (page, params, steps)  # the page drew an answer, not an empty frame
    from kg.backends import open_store

    pg = open_store(pg_built)
    try:
        n = pg.counts()
    finally:
        pg.close()
    assert f"{n['documents']} 份文件 · {n['tasks']} 项任务 · {n['departments']} 个部门" in shown["postgres"][0]


def test_the_app_queries_postgres(built, pg_built, monkeypatch):
    """With the store set, the pages' facts come from SQL: a known answer read after the app ran is
    served by the PostgreSQL store the app opened."""
    from kg.backends.postgres import PostgresStore
    from kg.ui import common

    at = _app(built.data_dir, monkeypatch, pg_built.store)
    text = _visit(at, "documents", {}, [("text_input", "find", "张政发[2017]56号")])
    assert "本库未收录原文" in text and ":red-badge[已废止]" in text
    store = common.load_store(str(built.data_dir), common.build_key(built.data_dir))
    assert isinstance(store, PostgresStore)

