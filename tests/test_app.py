"""The Streamlit app driven by streamlit.testing: every page, known answers, no tracebacks, and no data dir."""

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
    return "\n".join(str(m.value) for m in list(at.markdown) + list(at.caption) + list(at.code) + list(at.subheader)
                     + list(at.text) + list(at.warning) + list(at.info))


def _ok(at):
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def _page(at, name):
    at.switch_page(f"app_pages/{name}.py").run()
    _ok(at)
    return at


def _by_department(at):
    next(w for w in at.get("button_group") if w.key == "by").set_value("按部门查").run()
    _ok(at)


def test_search_returns_the_known_passage_with_gazette_and_citation(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    _ok(app)
    text = _text(app)
    assert "淄博齐惠保" in text and "69" in text  # the 69元/人 student premium is shown
    assert "张店区人民政府公报 2023年9月" in text  # the source is named by its gazette…
    assert "000&#95;47a7f2ad322c84aa&#46;txt" in text  # …with the file beside it (escaped)
    assert "《张店区人民政府办公室关于做好“淄博齐惠保”宣传推广工作的通知》，张店区人民政府公报 2023年9月，第9" in text
    assert "得分" not in text and "数据目录" not in text
    assert {b.label for b in app.get("download_button")} >= {"导出 CSV", "导出 Markdown"}


def test_search_filters_narrow_the_results_and_nonsense_has_no_answer(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    app.selectbox(key="district").set_value("周村区").run()
    _ok(app)
    sources = [m.value for m in app.markdown if "来源：" in str(m.value)]
    # 001 and 002 are the 周村区 issues; 齐惠保 is printed in 张店区's 000
    assert sources and all("周村区人民政府公报" in s for s in sources)
    app.selectbox(key="district").set_value(None).run()
    app.selectbox(key="year").set_value("2017").run()
    metas = [c.value for c in app.caption if "·" in str(c.value) and "份文件" not in str(c.value)]
    assert metas and all("2017&#45;" in m for m in metas)


def test_clicking_a_result_opens_the_document_at_the_passage(app):
    app.text_input(key="q").set_value("学生参加齐惠保一年要交多少钱").run()
    links = [link for link in app.get("page_link") if link.proto.label == "打开原文"]
    assert links and all(link.proto.page == "documents" for link in links)
    # what the first link opens (the browser suite clicks the real link)
    app.query_params.update({"doc": "000_47a7f2ad322c84aa-06", "lines": "942-946"})
    _page(app, "documents")
    assert "齐惠保" in app.subheader[0].value
    text = _text(app)
    assert "<mark id='focus'>  942  &#40;四&#41; 保障期" in text  # the passage is highlighted in context…
    assert "  873  " not in text  # …which opens at the passage, not at the document's first line (873)
    app.toggle(key="doc_whole").set_value(True).run()
    assert "  873  " in _text(app) and "<mark id='focus'>  942  " in _text(app)


def test_who_leads_shows_the_lead_and_no_answer_for_a_loose_question(app):
    _page(app, "who")
    app.text_input(key="task").set_value("布设精密气象监测系统").run()
    _ok(app)
    text = _text(app)
    assert "**牵头：** 区气象局" in text and "没有找到可靠的答案" not in text
    assert "周村区人民政府公报 2023年4月 · 第24行" in text
    app.text_input(key="task").set_value("亩产效益评价由哪个部门负责").run()
    _ok(app)
    assert [w.value for w in app.warning] == ["没有找到可靠的答案"]


def test_lead_unrecoverable_is_shown_as_responsible_not_cooperating(app):
    _page(app, "who")
    app.text_input(key="task").set_value("加强残疾预防专业队伍建设和培训").run()
    _ok(app)
    text = _text(app)
    assert "**责任单位（牵头未能识别）：** 区残联、区卫生健康局（原文：区卫健局）" in text


def test_department_by_alias_counts_unrecoverable_apart(app):
    _page(app, "who")
    _by_department(app)
    app.text_input(key="dept").set_value("区卫健局").run()
    _ok(app)
    subs = [s.value for s in app.subheader]
    assert "区卫生健康局（张店区）" in subs and "区卫生健康局（周村区）" in subs  # one unit per district
    metrics = {(m.label, m.value) for m in app.metric}
    assert any(label == "责任单位（牵头未能识别）" and int(v) >= 20 for label, v in metrics)


def test_department_box_suggests_the_unit_for_an_old_name(app):
    _page(app, "who")
    _by_department(app)
    app.text_input(key="dept").set_value("区卫健委").run()
    _ok(app)
    assert {b.label for b in app.button} >= {"区卫生健康局（张店区）", "区卫生健康局（周村区）"}
    next(w for w in app.get("button_group") if w.key == "by").set_value("按任务查").run()
    app.text_input(key="task").set_value("区卫健委").run()
    _ok(app)
    assert any("像是一个部门名称" in i.value for i in app.info)
    app.button(key="route_dept").click().run()  # routed to 按部门查 with the unit filled in
    _ok(app)
    assert app.text_input(key="dept").value == "区卫生健康局"
    assert "区卫生健康局（张店区）" in [s.value for s in app.subheader]


def test_lookup_finds_an_out_of_corpus_repeal_target(app):
    _page(app, "documents")
    app.text_input(key="find").set_value("张政发[2017]56号").run()
    _ok(app)
    text = _text(app)
    assert "张店区人民政府关于印发张店区特困人员救助供养实施意见的通知** :red-badge[已废止]" in text
    assert "本库未收录原文" in text and "第975行" in text


@pytest.mark.parametrize("pills", [{"state": ["已废止"]}, {"dist": ["周村区"], "state": ["已宣布失效"]}])
def test_filters_that_leave_no_document_give_a_message(app, pills):
    _page(app, "documents")
    for key, value in pills.items():  # st.pills are button groups
        next(w for w in app.get("button_group") if w.key == key).set_value(value).run()
    _ok(app)
    # no document of the sample corpus is in either state: a message, no table, no traceback
    assert any("没有符合筛选条件的文件" in i.value for i in app.info) and not app.dataframe


def test_invalidated_document_shows_state_evidence_and_timeline(app):
    app.query_params["doc"] = "003_4e5ccb238a0f172a-03"
    _page(app, "documents")
    text = _text(app)
    assert ":orange-badge[已宣布失效]" in text
    assert "张店区人民政府关于废止和宣布失效相关行政规范性文件的通知" in text
    assert "第982行" in text


def test_a_document_gone_after_a_rebuild_is_a_message(app):
    app.query_params["doc"] = "999_gone-01"
    _page(app, "documents")
    assert any("不在当前数据中" in w.value for w in app.warning)


def test_graph_explorer_renders_a_neighbourhood_without_raw_properties(app):
    _page(app, "graph")
    app.text_input(key="gq").set_value("张政字〔2023〕84号").run()
    _ok(app)
    caption = next(c.value for c in app.caption if "个节点" in c.value)
    n_nodes = int(caption.split("显示 ")[1].split(" 个节点")[0])
    assert 2 <= n_nodes <= 200
    assert not app.json  # no raw JSON of node properties
    assert "所选节点" in _text(app)


def test_enterprises_and_indicators_page(app):
    _page(app, "indicators")
    next(w for w in app.get("button_group") if w.key == "tab").set_value("企业").run()
    next(w for w in app.get("button_group") if w.key == "cls").set_value(["D"]).run()
    _ok(app)
    ents = app.dataframe[-1].value
    assert len(ents) == 4 and set(ents["分类"]) == {"D"} and set(ents["名单"]) == {"规模以上"}  # NOTES: 4 D, all 规模以上
    next(w for w in app.get("button_group") if w.key == "tab").set_value("指标").run()
    app.selectbox(key="ind").set_value("人均预期寿命").run()
    _ok(app)
    inds = app.dataframe[0].value
    assert ("79.53", "2020", "基期值", "张店区") in set(zip(inds["数值"], inds["年份"], inds["类型"], inds["区"]))
    assert "百分比目标值" not in _text(app)


def test_a_rebuild_under_a_running_app_loads_the_new_build(tmp_path, monkeypatch):
    """The cache is keyed on the data dir's build, not its path: after a rebuild the open document is
    read from the new build, and a document the new build lacks is a message, not a KeyError."""
    import shutil

    from streamlit.testing.v1 import AppTest

    from kg.config import SAMPLE_CORPUS, Config
    from kg.pipeline import build

    src = tmp_path / "in"
    src.mkdir()
    for name in ("002_a74681798106870b.txt", "003_4e5ccb238a0f172a.txt"):
        shutil.copy(SAMPLE_CORPUS / name, src / name)
    cfg = Config(data_dir=tmp_path / "data", embedder="none")
    build([src], cfg)
    monkeypatch.setenv("GAZETTE_KG_DATA", str(cfg.data_dir))
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.query_params["doc"] = "003_4e5ccb238a0f172a-03"
    _page(at, "documents")
    assert "张店区社会信用体系建设实施方案" in at.subheader[0].value
    (src / "003_4e5ccb238a0f172a.txt").unlink()
    build([src], cfg)  # the same data dir, rebuilt without that issue
    at.run()
    _ok(at)
    assert any("不在当前数据中" in w.value for w in at.warning)
    assert any(c.value.startswith("6 份文件") for c in at.sidebar.caption)  # 002 holds 6 documents


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_no_data_dir_gives_a_message_not_a_traceback(tmp_path, monkeypatch, make):
    from streamlit.testing.v1 import AppTest

    d = tmp_path / "data"
    if make == "empty":
        d.mkdir()
    monkeypatch.setenv("GAZETTE_KG_DATA", str(d))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "还没有可用的数据" in at.error[0].value
    assert f"gazette-kg build --data {d}" in at.code[0].value


@pytest.fixture(scope="module")
def pdf_data(tmp_path_factory):
    """A data dir built from a real PDF (the CAAC repeal decision, 5 pages with tables)."""
    from kg.cli import main

    src = Path(__file__).resolve().parent / "data" / "pdf" / "CCAR-19LR-I中国民用航空总局关于废止部分民用航空规章和规章性文件的决定.pdf"
    data = tmp_path_factory.mktemp("pdf") / "data"
    assert main(["build", str(src), "--data", str(data), "--embedder", "none", "--no-ocr"]) == 0
    return data


def test_a_pdf_passage_shows_its_page_and_the_page_as_printed(pdf_data, monkeypatch):
    """Search results from a PDF carry the page; the document view names it and renders that page on request."""
    from streamlit.testing.v1 import AppTest

    from kg.config import Config
    from index.search import Searcher

    hit = Searcher.load(Config(data_dir=pdf_data)).search("单方经营中国大陆与台湾间民用航空运输补偿费的规定", k=1, mode="bm25")[0]
    assert hit.source["page"] == 3 and hit.to_json()["source"]["page"] == 3
    monkeypatch.setenv("GAZETTE_KG_DATA", str(pdf_data))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    at.switch_page("app_pages/documents.py")
    at.query_params.update({"doc": hit.doc_id, "lines": f"{hit.source['line_start']}-{hit.source['line_end']}"})
    at.run()
    _ok(at)
    assert "原件第3页" in _text(at) and not at.get("image")
    next(b for b in at.button if b.label == "显示第3页原件").click().run()
    _ok(at)
    assert len(at.get("image")) == 1


def test_store_comes_from_the_manifest(tmp_path, monkeypatch):
    """A data dir built with --store names its store in the manifest; the app opens that one. The
    manifest keeps no password: its placeholder is dropped, for libpq to fill in (PGPASSWORD, .pgpass)."""
    import json

    from kg.store import FORMAT_VERSION
    from kg.ui import common

    def manifest(**kw):
        (tmp_path / "manifest.json").write_text(json.dumps({"format_version": FORMAT_VERSION, "files": {}, **kw}),
                                               encoding="utf-8")

    monkeypatch.delenv("GAZETTE_KG_STORE", raising=False)
    manifest(store="postgresql://kg:***@db.example:5432/gazette")
    assert common.store_config(tmp_path).store == "postgresql://kg@db.example:5432/gazette"
    manifest()  # a build from before stores
    assert common.store_config(tmp_path).store == "files"
    monkeypatch.setenv("GAZETTE_KG_STORE", "postgresql://other/db")  # the environment decides first
    assert common.store_config(tmp_path).store == "postgresql://other/db"


def test_the_document_list_is_read_a_page_at_a_time(app, monkeypatch):
    """The 文件与废止 list shows one page of documents (in build order) with a page number; filters count
    every matching document, a state filter too."""
    from kg.backends import open_store
    from kg.config import Config
    from kg.ui import documents

    monkeypatch.setattr(documents, "PAGE_ROWS", 5)
    docs = open_store(Config(data_dir=Path(__import__("os").environ["GAZETTE_KG_DATA"]))).documents
    _page(app, "documents")
    pages = -(-len(docs) // 5)
    assert any(c.value == f"共 {len(docs)} 份文件，点选一行打开（每页 5 份，第 1/{pages} 页）" for c in app.caption)
    assert list(app.dataframe[0].value["标题"]) == [d.title for d in docs[:5]]
    app.number_input(key="docpage").set_value(2).run()
    _ok(app)
    assert list(app.dataframe[0].value["标题"]) == [d.title for d in docs[5:10]]
    next(w for w in app.get("button_group") if w.key == "dist").set_value(["周村区"]).run()
    _ok(app)
    zc = [d for d in docs if d.district == "周村区"]
    assert any(c.value.startswith(f"共 {len(zc)} 份文件") for c in app.caption)
    assert set(app.dataframe[0].value["区"]) == {"周村区"}
    next(w for w in app.get("button_group") if w.key == "state").set_value(["现行有效"]).run()
    _ok(app)
    shown = app.dataframe[0].value
    assert set(shown["状态"]) == {"现行有效"} and set(shown["区"]) == {"周村区"} and 0 < len(shown) <= 5


# -- amendments and proposed lists (stop 18's conventions, benchmarks/data/other_districts/README.md) -----------------
DEV = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
# 甘肃 令第153号 amends (修改) 《甘肃省城市市容和环境卫生管理办法》, a document this corpus does not print; 镇江's 2020
# 市级绿色工厂 公示 (a big5 page) proposes 18 companies (擬認定…為市級綠色工廠): none of them holds the class yet.
GANSU = DEV / "other_districts_fresh21" / "texts" / "gansu-2019-xiugai-shirong-huanjing-weisheng-guanli-banfa-deng-5jian-guizhang-jueding.txt"
ZHENJIANG = DEV / "other_districts_fresh20" / "texts" / "jiangsu_zhenjiang-2020-shiji-lvse-gongchang-niren-ding-big5.txt"


@pytest.fixture(scope="module")
def changes_data(tmp_path_factory):
    """Issue 000 of the sample (its repeal notice) with the two development pages above, built on copies."""
    import shutil

    from kg.config import SAMPLE_CORPUS, Config
    from kg.pipeline import build

    src = tmp_path_factory.mktemp("changes")
    for p in (SAMPLE_CORPUS / "000_47a7f2ad322c84aa.txt", GANSU, ZHENJIANG):
        shutil.copy(p, src / p.name)
    cfg = Config(data_dir=tmp_path_factory.mktemp("changes_data") / "data")
    build([src], cfg)
    return cfg.data_dir


@pytest.fixture
def changes_app(changes_data, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GAZETTE_KG_DATA", str(changes_data))
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    _ok(at)
    return at


def test_an_amended_document_is_in_force_as_amended_with_its_evidence(changes_app):
    """Looked up by title, the amended regulation says 已修改 (in force), by which decision, since when, with the
    decision's line and its source; it is not called repealed."""
    _page(changes_app, "documents")
    changes_app.text_input(key="find").set_value("甘肃省城市市容和环境卫生管理办法").run()
    _ok(changes_app)
    text = _text(changes_app)
    assert "**甘肃省城市市容和环境卫生管理办法** :green-badge[已修改（修改后有效）]" in text
    assert "已修改（修改后有效），自 2019&#45;12&#45;23 起 · 本库未收录原文" in text  # the decision's date
    assert "依据 **甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定**（第153号）修改" in text
    assert "gansu&#45;2019&#45;xiugai" in text and "第3行" in text  # the evidence line's source
    assert "已废止" not in text and "已宣布失效" not in text and "已被代替" not in text
    # the repealed one of the same notice stays repealed, since its notice's date
    changes_app.text_input(key="find").set_value("张政发[2017]56号").run()
    assert ":red-badge[已废止]" in _text(changes_app) and "已废止，自 2023&#45;08&#45;31 起" in _text(changes_app)


def test_an_amended_document_outside_the_corpus_in_the_graph(changes_app):
    changes_app.query_params["start"] = "extdoc:甘肃省城市市容和环境卫生管理办法"
    _page(changes_app, "graph")
    rows = dict(zip(changes_app.dataframe[0].value["项目"], changes_app.dataframe[0].value["内容"]))
    assert rows["状态"] == "已修改（修改后有效）" and "修改决定" in rows["说明"] and "废止" not in rows["说明"]
    edges = changes_app.dataframe[1].value
    assert set(edges["关系"]) == {"修改"} and not changes_app.json


def test_a_proposed_holder_is_never_shown_holding_the_class(changes_app):
    """拟认定 (公示) holders: the search card, the graph's relations and the enterprises page all say 拟认定（公示中）."""
    changes_app.text_input(key="q").set_value("江苏山宝集团 市级绿色工厂").run()
    _ok(changes_app)
    notes = [c.value for c in changes_app.caption if "尚未正式认定" in str(c.value)]
    assert notes and notes[0].startswith("拟认定（公示中），尚未正式认定：")
    assert "江苏山宝集团有限公司（市级绿色工厂）" in notes[0]
    changes_app.query_params["start"] = "ent:江苏山宝集团有限公司"
    _page(changes_app, "graph")
    edges = changes_app.dataframe[1].value
    assert set(edges["关系"]) == {"分类（拟认定，公示中）", "列入名单（拟认定，公示中）"}
    assert "虚线：拟认定（公示中），尚未正式认定" in _text(changes_app)
    _page(changes_app, "indicators")
    next(w for w in changes_app.get("button_group") if w.key == "tab").set_value("企业").run()
    _ok(changes_app)
    ents = changes_app.dataframe[-1].value
    zhenjiang = ents[ents["名单"].str.startswith("jiangsu_zhenjiang")]  # (the page names its list by its file)
    assert len(zhenjiang) >= 5 and set(zhenjiang["状态"]) == {"拟认定（公示中）"}
    assert set(ents[ents["名单"] == "规模以上"]["状态"]) == {""}  # 亩产效益's final classes hold
