"""Fact records in blocks (kg/recordblocks.py, kg.sqlite format 4): each block is one document's records in
build order; records read back by position, by id (through a hash collision too) and by the queries that
read a document's records, equal to the in-memory store's answers on the sample corpus; a department's row holding
its columns once."""

from __future__ import annotations

import json
import sqlite3

import pytest


@pytest.fixture(scope="module")
def stores(built):
    from kg.backends import open_store

    sql, mem = open_store(built), open_store(built.with_(store="memory"))
    yield sql, mem
    sql.close()


@pytest.fixture(scope="module")
def conn(built):
    from kg.sqlitedb import DB_FILE
    from kg.store import generation_dir

    c = sqlite3.connect(generation_dir(built.data_dir) / DB_FILE)
    yield c
    c.close()


@pytest.mark.parametrize("table,group", [("tasks", "doc_id"), ("indicators", "doc_id"), ("cites", "by_doc_id"),
                                         ("enterprises", "doc_id")])
def test_a_block_is_one_documents_run_of_records(conn, stores, table, group):
    from kg.recordblocks import BLOCK_BYTES, RECORD_BLOCK, RecordBlocks

    records = stores[1].facts_export()[table]
    blocks = [(a, n, [json.loads(x) for x in lines]) for a, n, lines in _blocks(conn, table)]
    assert [r for _, _, rs in blocks for r in rs] == records and len(records) > 50
    for (a, n, rs), nxt in zip(blocks, blocks[1:] + [(len(records), 0, [])]):
        assert n == len(rs) and a + n == nxt[0] and len({r[group] for r in rs}) == 1
        full = n == RECORD_BLOCK or sum(len(json.dumps(r, ensure_ascii=False, separators=(",", ":"))) for r in
                                        rs) >= BLOCK_BYTES
        assert full or not nxt[2] or nxt[2][0][group] != rs[0][group]  # a block ends only where it must
    assert RecordBlocks(conn, table).count() == len(records)
    assert len(blocks) < len(records) / 2  # documents of one record would make this no gain


def _blocks(conn, table):
    from kg.sqlitedb import unpack_text

    for a, n, data in conn.execute(f"SELECT first_ord, n, data FROM {table} ORDER BY first_ord"):
        yield a, n, unpack_text(data).split("\n")


def test_records_by_position_and_id(conn, stores):
    from kg.recordblocks import RecordBlocks

    facts = stores[1].facts_export()
    for table in ("tasks", "indicators"):
        rows, blocks = facts[table], RecordBlocks(conn, table)
        ords = [len(rows) - 1, 0, 17, 16, 15, 17, len(rows) // 2]
        assert blocks.records(ords) == [rows[o] for o in ords]
        assert blocks.texts([-1, len(rows), 3]).keys() == {3}
        first = {}
        for r in rows:
            first.setdefault(r["id"], r)
        ids = [rows[o]["id"] for o in ords] + ["nothing"]
        assert blocks.by_ids(ids) == {i: first[i] for i in ids if i in first}
    dup = [i for i, r in enumerate(facts["indicators"]) if [x["id"] for x in facts["indicators"]].count(r["id"]) > 1]
    assert dup  # the sample repeats an indicator id: the first record is the one a node shows


def test_ids_through_a_hash_collision(built, stores, tmp_path, monkeypatch):
    """Every id given the same key: the ids are still found, each to its first record (ids are compared)."""
    import kg.writer
    from kg.recordblocks import RecordBlocks
    from kg.writer import SqliteWriter

    facts = stores[1].facts_export()
    monkeypatch.setattr(kg.writer, "id_key", lambda i: 7)
    w = SqliteWriter(tmp_path, built)
    w._blocks(w.conn.cursor(), facts)
    w.conn.execute("COMMIT")
    rows = facts["indicators"]
    monkeypatch.setattr("kg.recordblocks.id_key", lambda i: 7)
    blocks = RecordBlocks(w.conn, "indicators")
    want = {}
    for r in rows:
        want.setdefault(r["id"], r)
    assert blocks.by_ids([r["id"] for r in rows[::25]] + ["nothing"]) == {r["id"]: want[r["id"]] for r in rows[::25]}
    w.close()


def test_document_questions_equal_the_in_memory_store(stores):
    sql, mem = stores
    for d in mem.documents:
        assert sql.cites(d.id) == mem.cites(d.id)
        assert sql.cited_by(d.id) == mem.cited_by(d.id)
    assert sum(len(sql.cited_by(d.id)) for d in mem.documents) > 0 and sql.cites("nothing") == []


@pytest.mark.parametrize("text", ["预期寿命", "人均", "≥", "%", "\t", '"', "79.53", "", " ", "不存在的指标",
                                  None])
def test_indicator_text_search_equals_the_in_memory_store(stores, text):
    """The search reads every indicator's JSON line and parses those that hold the needle (all of them for a
    needle JSON would escape): the same rows as the in-memory store's scan of names and source texts."""
    sql, mem = stores
    assert sql.indicators(text) == mem.indicators(text)


def test_every_unit_leads_what_the_in_memory_store_says(stores):
    sql, mem = stores
    names = sorted({d["canonical"] for d in mem.departments()})
    assert len(names) > 50
    for name in names:
        assert sql.department(name) == mem.department(name), name


def test_a_departments_row_holds_its_columns_once(conn, stores):
    """`data` leaves out the id, district and canonical name its columns hold; the records read back whole."""
    sql, mem = stores
    rows = conn.execute("SELECT id, district, canonical, data FROM departments ORDER BY ord").fetchall()
    assert rows and all(list(json.loads(d))[:1] == ["variants"] for *_, d in rows)
    assert sql.departments() == mem.departments() == sql.facts_export()["departments"]
    for district in ("张店区", "周村区", "不存在的区"):
        assert sql.departments(district) == mem.departments(district)
    from kg.sqlitedb import department_data, department_record

    odd = {"district": "张店区", "id": "dept:x", "canonical": "x", "variants": []}  # other key order: kept whole
    assert department_data(odd) is odd and department_record("dept:x", "张店区", "x", json.dumps(odd)) == odd
    assert list(department_record("dept:x", "张店区", "x", json.dumps(odd))) == list(odd)


@pytest.mark.parametrize("cls", [None, "A", "d", "Z"])
@pytest.mark.parametrize("list_name", [None, "规模以上", "亩产", "不存在的名单"])
def test_enterprise_filters_equal_the_in_memory_store(stores, cls, list_name):
    """A class and a list: each held by some classification of the enterprise (not necessarily one)."""
    sql, mem = stores
    assert sql.enterprises(cls, list_name) == mem.enterprises(cls, list_name)
    assert sql.enterprises("A") and sql.enterprises(None, "规模以上")
