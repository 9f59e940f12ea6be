"""The Streamlit app driven by streamlit.testing: every page, known answers, and no data dir."""

from pathlib import Path

import pytest

APP = str(Path(__file__).resolve().parents[1] / "app.py")
pytestmark = pytest.mark.slow


@pytest.fixture
def app(built, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GAZETTE_KG_DATA", str(built.data_dir))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception
    return at


def _text(at) -> str:
    return "\n".join(str(m.value) for m in list(at.markdown) + list(at.caption) + list(at.code) + list(at.subheader))


def test_search_returns_the_known_passage(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    assert not app.exception
    text = _text(app)
    assert "淄博齐惠保" in text and "000_47a7f2ad322c84aa.txt" in text
    assert "69" in text  # the 69元/人 student premium is shown


def test_search_filters_narrow_the_results(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    app.selectbox(key="f_district").set_value("周村区").run()
    assert not app.exception
    sources = [m.value for m in app.markdown if "来源：" in str(m.value)]
    # 001 and 002 are the 周村区 issues; 齐惠保 is printed in 张店区's 000
    assert sources and all("001_" in s or "002_" in s for s in sources)
    app.selectbox(key="f_district").set_value(None).run()
    app.selectbox(key="f_year").set_value("2017").run()
    metas = [c.value for c in app.caption if "·" in str(c.value) and "份文件" not in str(c.value)]
    assert metas and all("2017-" in m for m in metas)


def test_clicking_a_result_opens_the_document(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    app.button[0].click().run()
    assert not app.exception
    assert app.session_state["page"] == "文件与废止"
    assert "齐惠保" in app.subheader[0].value
    text = _text(app)
    assert "<mark>  942  (四) 保障期" in text  # the passage is highlighted in context…
    assert "  873  " not in text  # …which opens at the passage, not at the document's first line (873)
    app.toggle(key="doc_whole").set_value(True).run()
    assert "  873  " in _text(app) and "<mark>  942  " in _text(app)


def test_who_leads_shows_the_lead(app):
    app.sidebar.radio(key="page").set_value("谁牵头").run()
    app.text_input(key="task_q").set_value("布设精密气象监测系统").run()
    assert not app.exception
    text = _text(app)
    assert "**牵头：** 区气象局" in text
    assert "002_a74681798106870b.txt 第24–24行" in text


def test_department_reverse_lookup_by_alias(app):
    app.sidebar.radio(key="page").set_value("谁牵头").run()
    app.text_input(key="dept_q").set_value("区发改局").run()
    assert not app.exception
    subs = [s.value for s in app.subheader]
    assert any(s.startswith("区发展和改革局（张店区）") for s in subs)
    assert any(s.startswith("区发展和改革局（周村区）") for s in subs)  # one unit per district


def test_repealed_document_shows_status_and_repealing_document(app, built):
    from kg.query import KnowledgeBase

    kb = KnowledgeBase.load(built.data_dir)
    target = kb.find_document("张政字〔2021〕86号")
    app.sidebar.radio(key="page").set_value("文件与废止").run()
    app.selectbox(key="doc").set_value(target.id).run()
    assert not app.exception
    text = _text(app)
    assert "已宣布失效" in text
    assert "张店区人民政府关于废止和宣布失效相关行政规范性文件的通知" in text
    assert "000_47a7f2ad322c84aa.txt 第982–982行" in text


def test_graph_explorer_renders_a_neighbourhood(app):
    app.sidebar.radio(key="page").set_value("图谱浏览").run()
    app.text_input(key="g_q").set_value("张政字〔2023〕84号").run()
    assert not app.exception
    caption = next(c.value for c in app.caption if "个节点" in c.value)
    n_nodes = int(caption.split(" 个节点")[0])
    assert 2 <= n_nodes <= 200
    assert app.json  # properties of the selected node


def test_enterprises_and_indicators_page(app):
    app.sidebar.radio(key="page").set_value("企业与指标").run()
    assert not app.exception
    app.multiselect(key="e_cls").set_value(["D"]).run()
    ents = app.dataframe[0].value
    assert len(ents) == 4 and set(ents["分类"]) == {"D"} and set(ents["名单"]) == {"规模以上"}  # NOTES: 4 D, all 规模以上
    app.multiselect(key="e_year").set_value([2023]).run()
    assert len(app.dataframe[0].value) == 4
    app.text_input(key="i_name").set_value("预期寿命").run()
    app.multiselect(key="i_kind").set_value(["基期值"]).run()
    inds = app.dataframe[1].value
    assert sorted(zip(inds["指标"], inds["数值"], inds["年份"])) == [("人均预期寿命", "79.53", 2020), ("健康预期寿命", "69.53", 2020)]


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_no_data_dir_gives_a_message_not_a_traceback(tmp_path, monkeypatch, make):
    from streamlit.testing.v1 import AppTest

    d = tmp_path / "data"
    if make == "empty":
        d.mkdir()
    monkeypatch.setenv("GAZETTE_KG_DATA", str(d))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "还没有可用的数据目录" in at.error[0].value
    assert f"gazette-kg build --data {d}" in at.code[0].value
