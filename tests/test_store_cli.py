"""The data dir and the CLI: builds that keep the previous generation, the facts shape, queries, exports, clear errors."""

import json
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.config import Config
from kg.errors import GazetteError
from kg.pipeline import build
from kg.datadir import new_generation
from kg.store import generation_dir, load_documents


@pytest.fixture(scope="module")
def small(tmp_path_factory, corpus):
    """Two issues (the repeal notice in 000 and its targets in 003), built without a dense index."""
    src = tmp_path_factory.mktemp("corpus")
    for name in ("000_47a7f2ad322c84aa.txt", "003_4e5ccb238a0f172a.txt"):
        shutil.copy(corpus / name, src / name)
    data = tmp_path_factory.mktemp("data") / "d"
    assert main(["build", str(src), "--data", str(data), "--embedder", "none"]) == 0
    return src, data


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_facts_shape(small, capsys):
    _, data = small
    code, out, _ = run(capsys, "facts", "--data", str(data))
    facts = json.loads(out)
    assert code == 0
    assert {"documents", "tasks", "departments", "repeals", "enterprises", "indicators"} <= set(facts)
    d = facts["documents"][0]
    assert {"id", "title", "doc_number", "issuer", "district", "date", "registration", "source"} <= set(d)
    assert set(d["source"]) == {"file", "line_start", "line_end", "text"}
    t = facts["tasks"][0]
    assert {"lead", "cooperate", "generic_cooperate", "deadline", "source"} <= set(t)
    assert all({"name", "canonical", "id"} <= set(u) for u in t["lead"] + t["cooperate"])
    r = facts["repeals"][0]
    assert {"by_doc_id", "by_doc_number", "kind", "target_doc_id", "target_title", "target_doc_number",
            "target_registration", "target_validity", "source"} <= set(r)
    for key in ("tasks", "repeals", "enterprises", "indicators"):
        for rec in facts[key]:
            assert rec["source"]["text"] and rec["source"]["line_start"] >= 1, key


def test_docs_show_and_status(small, capsys):
    _, data = small
    code, out, _ = run(capsys, "docs", "--data", str(data))
    assert code == 0 and out.count("\n") == 19  # 8 + 10 documents and the 目录 of 000
    code, out, _ = run(capsys, "show", "ZDDR-2021-0010003", "--data", str(data))
    assert code == 0 and "张政字〔2021〕86号" in out and "状态: 已宣布失效" in out and "提纲:" in out
    code, out, _ = run(capsys, "status", "张政字〔2021〕86号", "--data", str(data))
    assert "张政字〔2023〕84号" in out and "000_47a7f2ad322c84aa.txt:982-982" in out


def test_status_of_a_document_outside_the_corpus(small, capsys):
    """A document only a repeal list names: its state as the list prints it, with the list's line and source."""
    _, data = small
    code, out, _ = run(capsys, "status", "张政办发〔2018〕14号", "--data", str(data))
    assert code == 0 and "（本库未收录原文）" in out and "状态: 已宣布失效" in out
    assert "张政字〔2023〕84号）宣布失效  000_47a7f2ad322c84aa.txt:" in out
    code, _, err = run(capsys, "status", "张政办发〔2099〕1号", "--data", str(data))
    assert code == 2 and "no document matches" in err


DEV = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


@pytest.fixture(scope="module")
def changes(tmp_path_factory, corpus):
    """Issue 000 with 甘肃 令第153号 (修改《甘肃省城市市容和环境卫生管理办法》, fresh21) and 镇江's 2020 市级绿色工厂 公示
    (擬認定, a big5 page, fresh20), built on copies without a dense index."""
    src = tmp_path_factory.mktemp("changes")
    for p in (corpus / "000_47a7f2ad322c84aa.txt",
              DEV / "other_districts_fresh21" / "texts" / "gansu-2019-xiugai-shirong-huanjing-weisheng-guanli-banfa-deng-5jian-guizhang-jueding.txt",
              DEV / "other_districts_fresh20" / "texts" / "jiangsu_zhenjiang-2020-shiji-lvse-gongchang-niren-ding-big5.txt"):
        shutil.copy(p, src / p.name)
    data = tmp_path_factory.mktemp("changes_data") / "d"
    assert main(["build", str(src), "--data", str(data), "--embedder", "none"]) == 0
    return data


def test_status_of_an_amended_document_says_amended_not_repealed(changes, capsys):
    code, out, _ = run(capsys, "status", "甘肃省城市市容和环境卫生管理办法", "--data", str(changes))
    assert code == 0 and "状态: 已修改（修改后有效）（截至" in out and "，自 2019-12-23）" in out
    assert "依据: 甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定（第153号）修改  " \
           "gansu-2019-xiugai-shirong-huanjing-weisheng-guanli-banfa-deng-5jian-guizhang-jueding.txt:3-3" in out
    assert "废止" not in out and "失效" not in out
    code, out, _ = run(capsys, "status", "甘肃省城市市容和环境卫生管理办法", "--data", str(changes), "--json")
    st = json.loads(out)["status"]
    assert (st["state"], st["since"]) == ("amended", "2019-12-23") and {e["kind"] for e in st["evidence"]} == {"修改"}


def test_enterprises_json_marks_proposed_holders(changes, capsys):
    code, out, _ = run(capsys, "enterprises", "--data", str(changes), "--json")
    rows = json.loads(out)
    status = {e["name"]: {c["status"] for c in e["classifications"]} for e in rows}
    assert code == 0 and status["江苏山宝集团有限公司"] == {"proposed"}  # 擬認定…為市級綠色工廠 (公示)
    assert all("status" in c for e in rows for c in e["classifications"])
    assert status["山东辰祥电气设备有限公司"] == {None}  # 亩产效益 A (000:477): final, no status
    code, out, _ = run(capsys, "enterprises", "--data", str(changes))
    assert "江苏山宝集团有限公司\t市级" in out and "（拟认定，公示中）" in out.split("江苏山宝集团有限公司", 1)[1].split("\n")[0]


def test_who_leads_and_department(small, capsys):
    _, data = small
    code, out, _ = run(capsys, "who-leads", "信用信息归集工作专班", "--data", str(data), "--json")
    hits = json.loads(out)
    assert code == 0 and hits and all(h["source"]["file"] for h in hits)
    code, out, _ = run(capsys, "department", "区发改局", "--data", str(data), "--json")
    deps = json.loads(out)
    assert [d["canonical"] for d in deps] == ["区发展和改革局"]
    assert {"区发改局", "区发展改革局"} <= set(deps[0]["variants"]) and deps[0]["leads"]
    # Written out while read (each unit's tasks when it is reached): the bytes of the list printed whole.
    from kg.backends import open_store

    store = open_store(Config(data_dir=data))
    for name, district in (("区发改局", None), ("区卫生健康局", None), ("区发改局", "周村区"), ("不存在的部门", None)):
        stream = store.department_stream(name, district)
        whole = store.department(name, district)
        assert len(stream) == len(whole) and list(stream) == whole and bool(stream) == bool(whole)
        argv = ["department", name, "--data", str(data), "--json"] + (["--district", district] if district else [])
        code, out, _ = run(capsys, *argv)
        assert out == json.dumps(whole, ensure_ascii=False, indent=1) + "\n"


def test_enterprises_indicators_export(small, capsys, tmp_path):
    _, data = small
    code, out, _ = run(capsys, "enterprises", "--class", "D", "--data", str(data), "--json")
    assert code == 0 and len(json.loads(out)) == 4
    code, out, _ = run(capsys, "indicators", "人均预期寿命", "--data", str(data), "--json")
    assert any(r["value"] == "79.53" for r in json.loads(out))
    gml = tmp_path / "kg.graphml"
    assert main(["export", "--format", "graphml", "-o", str(gml), "--data", str(data)]) == 0
    G = nx.read_graphml(gml)
    assert G.number_of_edges() > 100
    js = tmp_path / "kg.json"
    assert main(["export", "--format", "json", "-o", str(js), "--data", str(data)]) == 0
    H = nx.node_link_graph(json.loads(js.read_text()), directed=True, multigraph=True, edges="links")
    assert H.number_of_nodes() == G.number_of_nodes()


def test_bm25_search_without_dense_index(small, capsys):
    _, data = small
    code, out, _ = run(capsys, "search", "张政字〔2021〕86号还有效吗", "--data", str(data), "--json", "-k", "3")
    res = json.loads(out)["results"]
    assert code == 0 and "张政字〔2021〕86号" in res[0]["text"]
    assert set(res[0]["source"]) == {"file", "line_start", "line_end"}


def test_failed_build_keeps_the_previous_data_dir(small, tmp_path, capsys):
    src, data = small
    gen = generation_dir(data)
    before = (gen / "kg.sqlite").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(src / "000_47a7f2ad322c84aa.txt", bad)
    (bad / "scan.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    code, _, err = run(capsys, "build", str(bad), "--data", str(data), "--embedder", "none")
    assert code == 2 and "scan.txt: binary" in err and err.count("\n") == 1
    assert generation_dir(data) == gen and (gen / "kg.sqlite").read_bytes() == before
    assert len(load_documents(data)) == 19  # 18 documents and the 目录 before them
    assert not [p for p in data.iterdir() if p.name.endswith(".tmp")]


def test_skip_bad_leaves_the_bad_file_out(small, tmp_path, capsys):
    src, _ = small
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(src / "000_47a7f2ad322c84aa.txt", bad)
    (bad / "empty.txt").write_text("")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "build", str(bad), "--data", str(out), "--embedder", "none", "--skip-bad")
    assert code == 0 and "empty.txt: empty file" in err and "9 documents" in stdout  # 8 and the 目录


def test_exception_inside_a_new_generation_leaves_the_current_one(small, tmp_path):
    _, data = small
    gen = generation_dir(data)
    with pytest.raises(RuntimeError):
        with new_generation(data) as (tmp, commit):
            (tmp / "kg.sqlite").write_text("new")
            raise RuntimeError("disk full")
    assert generation_dir(data) == gen and not tmp.exists()


def test_missing_data_dir_says_how_to_build(tmp_path, capsys):
    code, _, err = run(capsys, "docs", "--data", str(tmp_path / "none"))
    assert code == 2 and "gazette-kg build --data" in err


def test_departments_and_uncertain_merge_report(small, capsys):
    _, data = small
    code, out, _ = run(capsys, "departments", "--data", str(data), "--district", "张店区", "--json")
    deps = json.loads(out)
    assert code == 0 and deps and all(d["district"] == "张店区" for d in deps)
    code, out, _ = run(capsys, "departments", "--uncertain", "--data", str(data), "--json")
    report = json.loads(out)
    assert code == 0 and all(r["uncertain_variants"] for r in report)
