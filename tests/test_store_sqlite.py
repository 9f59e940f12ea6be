"""The embedded SQLite store (kg.sqlite, kg/backends/sqlite.py): the same answers as the in-memory store on
every CLI query, the explorer's questions by indexed reads, passages read back exactly, and its checks."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from kg.cli import main
from tests.test_engines_parity import QUERIES

EGO = [
    ("000_47a7f2ad322c84aa-07", 1, {}),
    ("000_47a7f2ad322c84aa-07", 2, {}),
    ("dept:张店区:区发展和改革局", 2, {"max_elements": 60}),
    ("class:A", 1, {"relations": {"分类"}}),
    ("000_47a7f2ad322c84aa-01", 2, {"node_types": {"document", "department", "task"}}),
]


def _run(capsys, argv):
    rc = main(argv)
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture(scope="module")
def stores(built):
    from kg.backends import open_store

    sql, mem = open_store(built), open_store(built.with_(store="memory"))
    yield sql, mem
    sql.close()


def test_the_default_store_is_sqlite(stores):
    from kg.backends.files import FilesStore
    from kg.backends.sqlite import SqliteStore

    assert isinstance(stores[0], SqliteStore) and isinstance(stores[1], FilesStore)


@pytest.mark.parametrize("query", QUERIES, ids=[" ".join(q) for q in QUERIES])
def test_cli_query_same_on_sqlite_and_in_memory(capsys, built, query):
    cmd, rest = query[0], query[1:]
    sql = _run(capsys, [cmd, "--data", str(built.data_dir), *rest])
    mem = _run(capsys, [cmd, "--data", str(built.data_dir), "--store", "memory", *rest])
    assert sql == mem
    assert sql[1] or sql[2]


def test_facts_streamed_are_the_whole_object(capsys, built, stores):
    """`facts` writes its tables row by row; the bytes are those of the object dumped whole."""
    from kg.validity import status_at

    rc, out, _ = _run(capsys, ["facts", "--data", str(built.data_dir), "--as-of", "2022-06-01"])
    facts = stores[1].facts_export()
    facts = {**facts, "documents": [{**d, "status": status_at(d["status"], "2022-06-01")} for d in facts["documents"]]}
    assert rc == 0 and out == json.dumps(facts, ensure_ascii=False, indent=1) + "\n"
    assert len(facts["tasks"]) > 1000 and "merge_report" not in facts


def test_export_same_graph(tmp_path, built):
    for fmt in ("json", "graphml"):
        paths = []
        for name, store in (("sql", []), ("mem", ["--store", "memory"])):
            paths.append(tmp_path / f"{name}.{fmt}")
            assert main(["export", "--data", str(built.data_dir), *store, "--format", fmt, "-o", str(paths[-1])]) == 0
        assert paths[0].read_bytes() == paths[1].read_bytes()
    g = json.loads(paths[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert len(g["nodes"]) > 1000 and len(g["links"]) > 3000
    # Every edge carries its provenance, the text included (stored once when an end's own source has it).
    assert all(e["prov"]["file"] and e["prov"]["line_start"] and e["prov"]["text"] for e in g["links"])


def test_graph_made_again_from_the_records_is_the_one_build_graph_makes(built, issues, facts):
    """kg.sqlite keeps no node or edge rows (store format 4): the graph read back, made again from the
    records, is the one kg.graph.build_graph makes of the parsed sample, node for node and edge for edge,
    in order, attributes and provenance included (so every partial read compared below with the whole
    graph is compared with the build's)."""
    from kg.graph import build_graph, graph_to_json, load_graph
    from kg.sqlitedb import DB_FILE
    from kg.store import generation_dir

    got, want = graph_to_json(load_graph(built.data_dir)), graph_to_json(build_graph(list(issues.values()), facts))
    dump = lambda g: json.dumps(g, ensure_ascii=False, default=list)  # noqa: E731 (tuples of the parse are lists)
    assert dump(got) == dump(want) and len(got["nodes"]) > 1000 and len(got["links"]) > 3000
    conn = sqlite3.connect(generation_dir(built.data_dir) / DB_FILE)
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "nodes" not in tables and "edges" not in tables
    size = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    # the graph's rows cost less than the task records it is mostly made of (packed in blocks, kg.recordblocks)
    assert size["graph_refs"] + size["graph_names"] < size["tasks"]


def test_graph_refs_are_runs_of_the_records_no_index_finds():
    """A document's tasks are runs, read only by a walk (each task's edges touch the task, which a sub-graph
    finds by its id); a task's own id and its units that are a department's are left to tasks_ids and
    task_units; a repeal of a document outside the corpus adds that node; one between two documents is read
    by every sub-graph holding both; a unit no department record adds is made by an edge first, and its
    task is found through graph_refs (task_units holds departments only)."""
    from kg.graphstore import ADDS, EDGE, FOUND, graph_refs

    src = {"file": "a.txt", "line_start": 1, "line_end": 1, "text": "x"}
    task = lambda i, doc, lead: {"id": f"t{i}", "doc_id": doc, "text": "任务", "deadline": None,  # noqa: E731
                                 "generic_cooperate": [], "lead": [{"name": lead, "id": f"dept:{lead}"}],
                                 "cooperate": [], "source": src}
    repeal = lambda by, target, number: {"by_doc_id": by, "target_doc_id": target, "target_doc_number": number,  # noqa: E731
                                         "target_title": None, "kind": "废止", "source": src}
    facts = {"departments": [{"id": "dept:甲", "canonical": "甲", "district": None, "variants": ["甲"]}],
             "tasks": [task(0, "d1", "甲"), task(1, "d1", "乙"), task(2, "d2", "甲"), task(3, "d1", "甲")],
             "repeals": [repeal("d2", None, "张政发〔2017〕56号"), repeal("d1", "d2", "张政发〔2018〕1号")]}
    assert graph_refs(facts, ["d1", "d2"]) == ([
        ("d1", "repeals", 1, 1, EDGE), ("d1", "tasks", 0, 2, FOUND), ("d1", "tasks", 3, 1, FOUND),
        ("d2", "repeals", 0, 1, FOUND), ("d2", "repeals", 1, 1, EDGE), ("d2", "tasks", 2, 1, FOUND),
        ("dept:乙", "tasks", 1, 1, EDGE), ("dept:甲", "departments", 0, 1, ADDS),
        ("extdoc:张政发〔2017〕56号", "repeals", 0, 1, ADDS)], ["dept:乙"])


@pytest.mark.parametrize("node,hops,kw", EGO)
def test_ego_network_same(stores, node, hops, kw):
    sql, mem = stores
    a, b = sql.neighbourhood(node, hops, **kw), mem.neighbourhood(node, hops, **kw)
    # networkx lists a sub-graph's nodes in the order of a set: compare as sets, attributes included.
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(a.edges(keys=True, data=True), key=key) == sorted(b.edges(keys=True, data=True), key=key)
    assert a.number_of_nodes() > 1


def test_explorer_and_document_page_questions(stores):
    sql, mem = stores
    G = mem.graph()
    for n in ("000_47a7f2ad322c84aa-07", "dept:张店区:区发展和改革局", "class:A", "nothing"):
        assert sql.node(n) == (dict(G.nodes[n]) if n in G else None)
    ids = ["000_47a7f2ad322c84aa-07", "003_4e5ccb238a0f172a-03", "extdoc:张政发〔2017〕56号", "nothing"]
    sub, ref = sql.subgraph(ids), G.subgraph(ids)
    assert dict(sub.nodes(data=True)) == dict(ref.nodes(data=True))
    assert sorted(sub.edges(keys=True)) == sorted(ref.edges(keys=True)) and sub.number_of_edges() >= 2
    from kg.graphview import search_graph_nodes

    for text, kind in (("发改", None), ("张政字", "document"), ("卫生", "department"), ("", "class")):
        assert sql.search_nodes(text, 30, kind) == search_graph_nodes(G, text, 30, kind)
    for text in ("张政字[2021]90号", "张政发〔2017〕56号", "残疾", "zcdr 2017 0020009"):
        assert sql.lookup(text, as_of="2024-01-01") == mem.kb.lookup(text, as_of="2024-01-01")
    assert sql.counts() == {"documents": len(mem.documents), "tasks": len(mem.kb.facts["tasks"]),
                            "departments": len(mem.kb.facts["departments"])}
    assert sql.get(None) is None and sql.get("nothing") is None
    d = sql.get("000_47a7f2ad322c84aa-07")
    assert d == mem.document(d.id)
    # The document page: a range of lines, read by rowid, equal to the whole file's slice.
    from kg.store import load_issue_lines

    lines = load_issue_lines(sql.generation)[d.file]
    assert sql.lines(d.file, d.line_start, d.line_end) == lines[d.line_start - 1 : d.line_end]
    assert lines[0].no == 1 and [ln.no for ln in lines] == list(range(1, len(lines) + 1))


def test_known_answers_by_sql(stores):
    """Known answers of the sample corpus read by SQL (not only equal to the in-memory store)."""
    from kg.errors import GazetteError

    sql = stores[0]
    doc = sql.find_document("张政字[2021]90号")
    st = sql.status(doc.id)
    assert st["state"] == "invalidated"
    assert any(ev["by_doc_number"] == "张政字〔2023〕84号" for ev in st["evidence"])
    repealed = {r["target_doc_number"] for r in sql.repeals_of("000_47a7f2ad322c84aa-07")}
    assert {"张政发〔2017〕56号", "张政字〔2021〕90号"} <= repealed
    with pytest.raises(GazetteError, match="已废止"):
        sql.find_document("张政发〔2017〕56号")
    deps = sql.department("区发改局", district="周村区")
    assert [d["canonical"] for d in deps] == ["区发展和改革局"] and deps[0]["leads"]
    assert {"003_4e5ccb238a0f172a-03", "extdoc:张政发〔2017〕56号"} <= set(sql.ball("000_47a7f2ad322c84aa-07", 1))


def test_passages_read_back_exactly(built):
    """Every passage of kg.sqlite (text rebuilt from its lines, or stored where a long line was cut)
    equals the chunker's passage, by position and when iterated."""
    from index.chunk import chunk_issue
    from index.search import Searcher
    from kg.parse import parse_issue
    from kg.pipeline import gazette_paths

    want = [p.to_json() for f in gazette_paths() for p in chunk_issue(parse_issue(f), built.chunk_max_chars,
                                                                         built.chunk_min_chars)]
    s = Searcher.load(built)
    rows = s.passages
    assert len(rows) == len(want) > 1000
    assert [dict(p) for p in rows] == want
    assert [dict(rows[i]) for i in (0, 7, len(want) - 1, -1)] == [want[0], want[7], want[-1], want[-1]]
    assert [rows[i]["doc_id"] for i in range(len(want))] == [p["doc_id"] for p in want]
    stored = s.db.execute("SELECT count(*) FROM passages WHERE text IS NOT NULL").fetchone()[0]
    assert 0 < stored < len(want) // 5  # only the pieces of cut lines keep their own text


def test_tables_hold_each_line_once(built):
    from kg.sqlitedb import DB_FILE, SQLITE_FORMAT, loads
    from kg.store import generation_dir

    conn = sqlite3.connect(generation_dir(built.data_dir) / DB_FILE)
    rows = [r for (data,) in conn.execute("SELECT data FROM line_blocks ORDER BY first_id") for r in loads(data)]
    n_lines, with_text = len(rows), sum(text is not None for _, text, _ in rows)
    assert n_lines == conn.execute("SELECT sum(n_lines) FROM files").fetchone()[0]
    assert with_text < n_lines // 2  # normalised text only where it differs from the raw line
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SQLITE_FORMAT == 4
    # department, who-leads, a node's record, a walk from a department (kg.graphstore), cites: indexed reads
    # only (the ids asked for are json_each's)
    for sql in ("SELECT dep_ord, role, group_concat(task_ord) FROM task_units WHERE dep_ord IN "
                "(SELECT value FROM json_each('[1,2]')) GROUP BY dep_ord, role",
                "SELECT first_ord, data FROM tasks WHERE first_ord IN (SELECT value FROM json_each('[0,16]'))",
                "SELECT ord FROM indicators_ids WHERE key IN (SELECT value FROM json_each('[1,2]'))",
                "SELECT ord FROM tasks_ids WHERE key IN (SELECT value FROM json_each('[1,2]'))",
                "SELECT task_ord FROM task_units WHERE dep_ord IN (SELECT value FROM json_each('[1,2]'))",
                "SELECT kind, first, n, role FROM graph_refs WHERE node IN (SELECT value FROM json_each('[\"a\"]'))",
                "SELECT ord FROM cite_targets WHERE target_doc_id = 'x' ORDER BY ord",
                "SELECT first_ord, data FROM cites WHERE by_doc_id = 'x' ORDER BY first_ord",
                "SELECT ord FROM indicator_names WHERE name IN (SELECT value FROM json_each('[\"a\"]')) ORDER BY ord"):
        plan = " ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "SEARCH" in plan and "SCAN" not in plan.replace("SCAN json_each", ""), (sql, plan)


def test_packed_columns_read_back_with_zlib_and_the_stored_dictionary(built, stores):
    """Packed is still transparent: any zlib reads every packed record and line block with the dictionary
    kg.sqlite keeps in `meta.pack`, giving the rows `gazette-kg facts` prints and every line of the files
    as parsed; the records take under half of their JSON's bytes."""
    import zlib

    from kg.parse import parse_issue
    from kg.pipeline import gazette_paths
    from kg.sqlitedb import DB_FILE, LINE_BLOCK
    from kg.store import generation_dir

    conn = sqlite3.connect(generation_dir(built.data_dir) / DB_FILE)
    meta = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'pack'").fetchone()[0])
    assert meta["codec"] == "deflate-raw" and meta["charset"] == "gb18030"
    zdict = meta["zdict"].encode("utf-8")

    def inflate(blob: bytes) -> str:
        d = zlib.decompressobj(-15, zdict)
        return (d.decompress(blob) + d.flush()).decode(meta["charset"])

    facts = stores[0].facts_export()
    packed = text = 0
    for table in ("tasks", "indicators", "cites", "enterprises", "repeals"):
        if table in ("tasks", "indicators", "cites", "enterprises"):  # blocks of records: JSON lines, first_ord, n
            blocks = conn.execute(f"SELECT first_ord, n, data FROM {table} ORDER BY first_ord").fetchall()
            lines = [inflate(b).split("\n") for _, _, b in blocks]
            assert [(a, n) for a, n, _ in blocks] == [(sum(map(len, lines[:i])), len(x)) for i, x in enumerate(lines)]
            rows = [json.loads(x) for block in lines for x in block]
            blobs = [b for _, _, b in blocks]
        else:
            blobs = [b for (b,) in conn.execute(f"SELECT data FROM {table} ORDER BY ord")]
            rows = [json.loads(inflate(b)) for b in blobs]
        assert rows == facts[table] and len(rows) > 0, table
        packed += sum(map(len, blobs))
        text += sum(len(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()) for r in rows)
    assert packed < text / 4  # 21 % on the sample
    files = conn.execute("SELECT name, first_line, n_lines FROM files ORDER BY file_id").fetchall()
    blocks = dict(conn.execute("SELECT first_id, data FROM line_blocks"))
    lines = {f.name: parse_issue(f).lines for f in gazette_paths()}  # the files as parsed, not as read back
    assert sorted(lines) == sorted(name for name, _, _ in files)
    for name, first, n in files:
        got = [row for i in range(first, first + n, LINE_BLOCK) for row in json.loads(inflate(blocks[i]))]
        assert [(raw, raw if t is None else t, page) for raw, t, page in got] == [
            (ln.raw, ln.text, ln.page) for ln in lines[name]]


@pytest.mark.parametrize("old", [2, 3, 4, 5])
def test_a_data_dir_of_the_previous_format_says_rebuild(built, tmp_path, capsys, old):
    from kg.store import POINTER, generation_dir, sha256_file

    data = tmp_path / "old"
    shutil.copytree(built.data_dir, data)
    gen = generation_dir(data)
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    (gen / "manifest.json").write_text(json.dumps({**manifest, "format_version": old}), encoding="utf-8")
    (data / POINTER).write_text(json.dumps({"generation": gen.name, "manifest_sha256": sha256_file(gen / "manifest.json")}))
    for argv in (["docs"], ["search", "奖励", "--mode", "bm25"]):
        rc, out, err = _run(capsys, [*argv, "--data", str(data)])
        assert rc == 2 and not out and len(err.strip().splitlines()) == 1
        assert f"format {old}" in err and f"gazette-kg build --data {data}" in err


def test_a_sqlite_file_of_the_previous_store_format_says_rebuild(built, tmp_path, capsys):
    """kg.sqlite of store format 1 (plain JSON, a row per line) under a current manifest: one line, rebuild."""
    from kg.sqlitedb import DB_FILE, check_header
    from kg.store import POINTER, generation_dir, sha256_file

    data = tmp_path / "old-store"
    shutil.copytree(built.data_dir, data)
    gen = generation_dir(data)
    path = gen / DB_FILE
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert check_header(path) == "holds store format 1, this version reads 4"
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][DB_FILE] = {"size": path.stat().st_size, "sha256": sha256_file(path)}  # only the format differs
    (gen / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (data / POINTER).write_text(json.dumps({"generation": gen.name, "manifest_sha256": sha256_file(gen / "manifest.json")}))
    rc, out, err = _run(capsys, ["docs", "--data", str(data)])
    assert rc == 2 and not out and len(err.strip().splitlines()) == 1
    assert "store format 1" in err and "gazette-kg build --data" in err


def test_a_sqlite_file_cut_short_is_named(built, tmp_path, capsys):
    """A large kg.sqlite is not hashed on every open: its header must still catch a truncation."""
    from kg.sqlitedb import DB_FILE, check_header
    from kg.store import generation_dir

    data = tmp_path / "cut"
    shutil.copytree(built.data_dir, data)
    path = generation_dir(data) / DB_FILE
    assert check_header(path) is None
    path.write_bytes(path.read_bytes()[:-4096])
    assert "truncated" in check_header(path)


def test_stored_exact_terms_equal_the_scan(built):
    """The 文号/登记号 maps stored by the build answer as ExactTerms' scan of every passage does."""
    from index.exact import ExactTerms
    from index.search import Searcher

    s = Searcher.load(built)
    passages = [dict(p) for p in s.passages]
    scan = ExactTerms(passages, s.docs)
    nums = sorted({t for ts in scan.passage_terms for t in ts})
    assert len(nums) > 20
    for num in nums[::3] + ["不存在〔2099〕1号"]:
        own = scan.documents({num})
        assert s.exact.documents({num}) == own, num
        assert s.exact.passages({num}, own) == scan.passages({num}, own), num
    pair = set(nums[:2])
    assert s.exact.passages(pair) == scan.passages(pair)
    assert all(s.exact_terms[i] == scan.passage_terms[i] for i in range(0, len(passages), 7))


def test_page_questions_by_sql_equal_the_whole_corpus_answers(stores):
    """The app's narrow questions (indicator names and counts, one indicator's rows, a few documents'
    statuses) answered by SQL = the FactStore defaults, which read every indicator or document."""
    from collections import Counter

    from kg.backends.base import FactStore
    from kg.views import indicator_name, merged_counts

    sql, mem = stores
    every = mem.indicators()
    districts = FactStore.indicator_districts(sql)
    assert sql.indicator_districts() == districts == mem.indicator_districts() and {"张店区", "周村区"} <= set(districts)
    assert sql.indicator_names() == dict(Counter(r["name"] for r in every)) == FactStore.indicator_names(sql)
    for district in districts + ["不存在的区"]:
        assert sql.indicator_names(district) == FactStore.indicator_names(sql, district) == mem.indicator_names(district)
    # 人均预期寿命 with its synonyms: every printed name merged into it, rows in build order
    life = [n for n in sql.indicator_names() if indicator_name(n) == "人均预期寿命"]
    assert len(life) >= 2 and merged_counts(sql.indicator_names())["人均预期寿命"] == \
        sum(indicator_name(r["name"]) == "人均预期寿命" for r in every)
    for names, district, limit in ((life, None, None), (life, "张店区", None), (None, None, 7), (None, "周村区", None),
                                   ([], None, None), (["不存在的指标"], None, None), (life, None, 2)):
        want = FactStore.indicator_records(sql, names, district, limit)
        assert sql.indicator_records(names, district, limit) == want == mem.indicator_records(names, district, limit)
    assert any(r["value"] == "79.53" for r in sql.indicator_records(life, "张店区"))
    assert sql.indicator_records(None, None, 7) == every[:7]
    ids = ["003_4e5ccb238a0f172a-03", "nothing", None, "000_47a7f2ad322c84aa-07", "003_4e5ccb238a0f172a-03"]
    for as_of in ("2020-01-01", "2030-01-01"):
        whole = sql.statuses(as_of)
        assert sql.statuses(as_of, ids) == FactStore.statuses(sql, as_of, ids) == mem.statuses(as_of, ids)
        assert list(sql.statuses(as_of, ids)) == ["003_4e5ccb238a0f172a-03", "000_47a7f2ad322c84aa-07"]
        assert all(sql.statuses(as_of, ids)[i] == whole[i] for i in sql.statuses(as_of, ids))
    assert sql.statuses("2024-01-01", ["003_4e5ccb238a0f172a-03"])["003_4e5ccb238a0f172a-03"]["state"] == "invalidated"


def test_document_list_questions_by_sql_equal_the_whole_corpus_answers(stores):
    """The document list's filter options and pages read by SQL = the FactStore defaults over every document."""
    from kg.backends.base import FactStore
    from kg.views import document_type, document_types

    sql, mem = stores
    facets = sql.document_facets()
    assert facets == FactStore.document_facets(sql) == mem.document_facets()
    for fields in (("district", "year"), ("title_end",), ()):
        assert sql.document_facets(fields) == FactStore.document_facets(sql, fields) == {k: facets[k] for k in fields}
    assert {"张店区", "周村区"} <= set(facets["district"]) and "2023" in facets["year"]
    assert document_types(facets["title_end"]) == sorted({document_type(d.title) for d in mem.documents})
    n = len(mem.documents)
    for districts, years, offset, limit in ((None, None, 0, None), (None, None, 5, 7), (["周村区"], None, 0, 3),
                                            (["张店区", "周村区"], ["2023", "2021"], 2, 100), ([], None, 0, None),
                                            (None, ["1900"], 0, 5), (None, None, n + 3, 5)):
        want = FactStore.document_heads(sql, districts, years, offset, limit)
        assert sql.document_heads(districts, years, offset, limit) == want == mem.document_heads(districts, years, offset, limit)
    ids = [mem.documents[7].id, "nothing", mem.documents[2].id, mem.documents[7].id]
    for districts, ids_ in ((None, ids), (["周村区"], ids), (None, [])):
        want = FactStore.document_heads(sql, districts, None, 0, None, ids_)
        assert sql.document_heads(districts, ids=ids_) == want == mem.document_heads(districts, ids=ids_)
    assert [h["id"] for h in sql.document_heads(ids=ids)[1]] == [mem.documents[2].id, mem.documents[7].id]
    total, heads = sql.document_heads(None, None, 5, 7)
    assert total == n and [h["id"] for h in heads] == [d.id for d in mem.documents[5:12]]
    total, heads = sql.document_heads(["周村区"])
    assert total == len(heads) == sum(d.district == "周村区" for d in mem.documents) > 0


def test_packed_text_round_trips_every_unicode_scalar_value():
    """Packed JSON is deflated in GB18030: every character a file can hold (all of Unicode but the
    surrogates) comes back as written, through pack/unpack and through the codec alone."""
    from kg.sqlitedb import PACK_CHARSET, pack, unpack_text

    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert chars.encode(PACK_CHARSET).decode(PACK_CHARSET) == chars
    for i in range(0, len(chars), 0x10000):
        piece = chars[i:i + 0x10000]
        assert json.loads(unpack_text(pack([piece, "區(qū)大數據局", None]))) == [piece, "區(qū)大數據局", None]
