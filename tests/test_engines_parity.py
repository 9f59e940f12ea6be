"""Parity: every CLI query answers the same on the embedded store and on PostgreSQL (sample corpus)."""

from __future__ import annotations

import json

import pytest

from kg.cli import main

pytestmark = [pytest.mark.engines, pytest.mark.slow]

# (command line after the command name) — every query command of the CLI, with the arguments that reach
# each branch: lookups by id, 文号, 登记号 in another spelling, title substring, ambiguous and unknown refs,
# a document repealed outside the corpus, aliases, a district filter, classes and lists.
QUERIES = [
    ["docs"],
    ["show", "003_4e5ccb238a0f172a-03"],
    ["show", "张政字[2021]86 号", "--json"],
    ["show", "ZCDR-2017-0020009"],
    ["show", "残疾儿童抢救性康复救助"],
    ["show", "张店区人民政府关于印发"],
    ["show", "张政发〔2017〕56号"],
    ["show", "没有这个文件"],
    ["status", "张政字〔2021〕90号"],
    ["status", "张政字〔2021〕90号", "--json"],
    ["status", "000_47a7f2ad322c84aa-07", "--json"],
    ["status", "000_47a7f2ad322c84aa-01"],
    ["who-leads", "安全生产", "--json"],
    ["who-leads", "残疾儿童康复救助", "-k", "8"],
    ["who-leads", "招商引资 总部经济", "--json"],
    ["department", "区发改局", "--json"],
    ["department", "区教育局"],
    ["department", "区发展改革局", "--district", "周村区", "--json"],
    ["department", "不存在的部门"],
    ["departments"],
    ["departments", "--district", "张店区", "--json"],
    ["departments", "--uncertain", "--json"],
    ["enterprises", "--json"],
    ["enterprises", "--class", "a"],
    ["enterprises", "--list", "规模以上", "--json"],
    ["indicators", "--json"],
    ["indicators", "寿命"],
    ["facts"],
]


def _run(capsys, argv):
    rc = main(argv)
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.mark.parametrize("query", QUERIES, ids=[" ".join(q) for q in QUERIES])
def test_cli_query_same_on_postgres(capsys, built, pg_built, query):
    cmd, rest = query[0], query[1:]
    files = _run(capsys, [cmd, "--data", str(built.data_dir), *rest])
    pg = _run(capsys, [cmd, "--data", str(built.data_dir), "--store", pg_built.store, *rest])
    assert pg == files
    assert files[1] or files[2]  # every query printed an answer or an error


def test_export_same_nodes_and_edges(capsys, tmp_path, built, pg_built):
    outs = {}
    for name, store in (("files", []), ("pg", ["--store", pg_built.store])):
        path = tmp_path / f"{name}.json"
        assert main(["export", "--data", str(built.data_dir), *store, "--format", "json", "-o", str(path)]) == 0
        outs[name] = json.loads(path.read_text(encoding="utf-8"))
    a, b = outs["files"], outs["pg"]
    assert len(a["nodes"]) > 1000 and len(a["links"]) > 3000  # documents, tasks, departments … and their edges
    assert a == b
    assert main(["export", "--data", str(built.data_dir), "--store", pg_built.store, "-o", str(tmp_path / "g.graphml")]) == 0
    assert main(["export", "--data", str(built.data_dir), "-o", str(tmp_path / "f.graphml")]) == 0
    assert (tmp_path / "g.graphml").read_bytes() == (tmp_path / "f.graphml").read_bytes()


def _same_graph(a, b):
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(a.edges(keys=True, data=True), key=key) == sorted(b.edges(keys=True, data=True), key=key)


@pytest.mark.parametrize("node,hops,kw", [
    ("000_47a7f2ad322c84aa-07", 1, {}),
    ("000_47a7f2ad322c84aa-07", 2, {}),
    ("dept:张店区:区发展和改革局", 2, {"max_elements": 60}),
    ("class:A", 1, {"relations": {"分类"}}),
    ("000_47a7f2ad322c84aa-01", 2, {"node_types": {"document", "department", "task"}}),
])
def test_ego_network_same(built, pg_built, node, hops, kw):
    from kg.backends import open_store

    files, pg = open_store(built), open_store(pg_built)
    try:
        _same_graph(files.neighbourhood(node, hops, **kw), pg.neighbourhood(node, hops, **kw))
    finally:
        pg.close()


def test_postgres_answers_known_facts(pg_built):
    """Known answers of the sample corpus, read back from SQL (not only equal to the files store)."""
    from kg.backends import open_store
    from kg.errors import GazetteError

    pg = open_store(pg_built)
    try:
        # 张政字〔2021〕90号 is declared invalid by 张政字〔2023〕84号, the evidence line cited.
        doc = pg.find_document("张政字[2021]90号")
        st = pg.status(doc.id)
        assert st["state"] == "invalidated"
        assert any(ev["by_doc_number"] == "张政字〔2023〕84号" and ev["source"]["file"] == "000_47a7f2ad322c84aa.txt"
                   for ev in st["evidence"])
        repealed = {r["target_doc_number"] for r in pg.repeals_of("000_47a7f2ad322c84aa-07")}
        assert {"张政发〔2017〕56号", "张政字〔2021〕90号"} <= repealed
        with pytest.raises(GazetteError, match="已废止"):
            pg.find_document("张政发〔2017〕56号")
        # An alias resolves to its canonical department, which leads tasks with their source lines.
        deps = pg.department("区发改局", district="周村区")
        assert [d["canonical"] for d in deps] == ["区发展和改革局"]
        assert deps[0]["leads"] and all(t["source"]["file"] and t["source"]["line_start"] for t in deps[0]["leads"])
        # The k-hop ball comes from a recursive CTE: the repeal notice reaches the documents it repeals.
        ball = set(pg.ball("000_47a7f2ad322c84aa-07", 1))
        assert {"003_4e5ccb238a0f172a-03", "003_4e5ccb238a0f172a-07", "extdoc:张政发〔2017〕56号"} <= ball
    finally:
        pg.close()


def test_unknown_store_is_one_line_error(capsys, built):
    rc, out, err = _run(capsys, ["docs", "--data", str(built.data_dir), "--store", "mysql://x"])
    assert rc == 2 and err.startswith("error: unknown store") and len(err.strip().splitlines()) == 1


def test_unreachable_postgres_is_one_line_error(capsys, built):
    rc, out, err = _run(capsys, ["docs", "--data", str(built.data_dir), "--store",
                                 "postgresql://nobody:secret@127.0.0.1:1/none"])
    assert rc == 2 and "cannot connect" in err and "secret" not in err and len(err.strip().splitlines()) == 1


def test_empty_postgres_says_how_to_load(capsys, built, postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE empty_store")
    url = postgres_url.rsplit("/", 1)[0] + "/empty_store"
    rc, out, err = _run(capsys, ["docs", "--data", str(built.data_dir), "--store", url])
    assert rc == 2 and "holds no corpus" in err and "gazette-kg build --store" in err


def test_build_writes_to_postgres(capsys, tmp_path, postgres_url):
    """`build --store URL` fills the store itself; the manifest names the store, never a password."""
    import psycopg

    from kg.config import SAMPLE_CORPUS
    from kg.store import load_manifest

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE built_direct")
    url = postgres_url.rsplit("/", 1)[0] + "/built_direct"
    data = tmp_path / "data"
    # the smallest sample file (90 KB): what is claimed is where the build writes, not what it extracts
    rc, out, err = _run(capsys, ["build", str(SAMPLE_CORPUS / "004_02113af7f14ec3cd.txt"), "--data", str(data),
                                 "--embedder", "none", "--store", url])
    assert rc == 0, err
    assert load_manifest(data)["store"] == url
    files = _run(capsys, ["docs", "--data", str(data)])
    # The store answers without the data dir's facts: point --data at an empty folder.
    pg = _run(capsys, ["docs", "--data", str(tmp_path / "elsewhere"), "--store", url])
    assert pg == files and "张政办字〔2021〕20号" in files[1]


# The queries the app asks beyond the CLI's: each answered by the files store, by PostgreSQL, and by the
# interface's own default (what a new store inherits), all three the same.
APP_QUERIES = [
    ("lookup", ("张政发[2017]56号",), {}),  # known only as a repeal target, another bracket form
    ("lookup", ("张政字（2021）90",), {"as_of": "2022-01-01"}),  # 号 left off; state as of a date
    ("lookup", ("ZCDR-2017-0020009",), {}),
    ("lookup", ("齐惠保",), {}),
    ("lookup", ("没有这个文件",), {}),
    ("get", ("000_47a7f2ad322c84aa-07",), {}),
    ("get", ("no-such-document",), {}),
    ("get", (None,), {}),
    ("repeals", (), {}),
    ("counts", (), {}),
    ("node", ("dept:张店区:区发展和改革局",), {}),
    ("node", ("extdoc:张政发〔2017〕56号",), {}),
    ("node", ("no-such-node",), {}),
    ("search_nodes", ("发改",), {"limit": 40}),
    ("search_nodes", ("张政字〔2023〕84号",), {}),
    ("search_nodes", ("A",), {"node_type": "class"}),
    ("search_nodes", ('"\\',), {}),
]


@pytest.mark.parametrize("method,args,kw", APP_QUERIES, ids=[f"{m}{a}" for m, a, _ in APP_QUERIES])
def test_app_queries_same(built, pg_built, method, args, kw):
    from kg.backends import FactStore, open_store

    files, pg = open_store(built), open_store(pg_built)
    try:
        want = getattr(files, method)(*args, **kw)
        assert getattr(pg, method)(*args, **kw) == want
        assert getattr(FactStore, method)(files, *args, **kw) == want
    finally:
        pg.close()


def test_app_queries_known_answers(pg_built):
    """What the app's lookup box, sidebar and explorer are given, read back from SQL."""
    from kg.backends import open_store

    pg = open_store(pg_built)
    try:
        hit = pg.lookup("张政发(2017)56号")[0]
        assert hit["in_corpus"] is False and hit["status"]["state"] == "repealed"
        assert hit["mentions"][0]["by_doc_id"] == "000_47a7f2ad322c84aa-07"
        n = pg.counts()
        assert n["documents"] == len(pg.documents) and n["tasks"] > 100 and n["departments"] > 20
        assert pg.node("dept:张店区:区发展和改革局")["type"] == "department"
        # an alias printed in both districts: both units first, named with their district
        assert {label for _, label in pg.search_nodes("区发改局")[:2]} == {"部门 · 区发展和改革局（张店区）",
                                                                         "部门 · 区发展和改革局（周村区）"}
        ids = ["000_47a7f2ad322c84aa-07", "extdoc:张政发〔2017〕56号", "no-such-node"]
        H = pg.subgraph(ids)
        assert set(H) == set(ids[:2]) and ("000_47a7f2ad322c84aa-07", "extdoc:张政发〔2017〕56号", "废止") in H.edges(keys=True)
    finally:
        pg.close()


def test_subgraph_same(built, pg_built):
    from kg.backends import FactStore, open_store

    files, pg = open_store(built), open_store(pg_built)
    try:
        ids = set(files.neighbourhood("000_47a7f2ad322c84aa-07", 2)) | {"dept:张店区:区发展和改革局"}
        _same_graph(files.subgraph(ids), pg.subgraph(ids))
        _same_graph(files.subgraph(ids), FactStore.subgraph(files, ids))
    finally:
        pg.close()
