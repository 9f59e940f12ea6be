"""The streaming build: per-file parts reused by hash, `add` and `remove` equal to full builds, progress.

Builds use files of the sample corpus without a dense index. File 000 repeals documents of file 003,
so adding and removing 003 changes cross-file results (repeal targets, document states) of 000 too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.config import Config
from kg.store import generation_dir

ROOT = Path(__file__).resolve().parents[1]
BASE = ["000_47a7f2ad322c84aa.txt", "004_02113af7f14ec3cd.txt"]
ADDED = "003_4e5ccb238a0f172a.txt"
# What may differ between two builds of the same files: when they ran and how long each stage took.
_VOLATILE = {"built_at", "seconds"}


def _strip(obj):
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in _VOLATILE}
    return obj


def table_dump(db: Path) -> list[str]:
    """Every table of an SQLite file as SQL statements (schema and rows, in row order)."""
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def generation_files(data: Path) -> dict[str, bytes | dict | list]:
    """Every file of the current generation: bytes, kg.sqlite as its table dump, manifests as JSON without
    times (and without the hash of the index manifest, which holds its own times)."""
    gen = generation_dir(data)
    out = {}
    for p in sorted(gen.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(gen).as_posix()
        if rel == "kg.sqlite":
            out[rel] = table_dump(p)
        elif rel in ("manifest.json", "index/manifest.json"):
            m = _strip(json.loads(p.read_text(encoding="utf-8")))
            m.get("files", {}).pop("index/manifest.json", None)
            out[rel] = m
        else:
            out[rel] = p.read_bytes()
    return out


def assert_same_generation(a: Path, b: Path) -> None:
    fa, fb = generation_files(a), generation_files(b)
    assert sorted(fa) == sorted(fb)
    for rel in fa:
        assert fa[rel] == fb[rel], rel


def cli(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True, env=e,
                          timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory, corpus) -> Path:
    """One input folder holding the base files and ADDED (so that every build names the same paths)."""
    f = tmp_path_factory.mktemp("input") / "gazettes"
    f.mkdir()
    for name in BASE + [ADDED]:
        shutil.copy(corpus / name, f / name)
    return f


@pytest.fixture(scope="module")
def base_files(folder) -> list[Path]:
    return [folder / name for name in BASE]


@pytest.fixture(scope="module")
def full_base(tmp_path_factory, base_files) -> Path:
    """The base files built in full."""
    from kg.pipeline import build

    data = tmp_path_factory.mktemp("base") / "data"
    build(base_files, Config(data_dir=data, embedder="none"))
    return data


@pytest.fixture(scope="module")
def full_all(tmp_path_factory, folder) -> tuple[Path, Path]:
    """The base files plus ADDED built in full: (input folder, data dir)."""
    from kg.pipeline import build

    data = tmp_path_factory.mktemp("all") / "data"
    build([folder], Config(data_dir=data, embedder="none"))
    return folder, data


# -- BM25 rows file by file ---------------------------------------------------------------------------

def test_rows_merged_file_by_file_equal_one_index_over_all_texts(issues, facts):
    """Per-file token rows, each with a vocabulary of its own, merge into exactly the index of all texts."""
    from index.build import user_words
    from index.chunk import chunk_issue
    from index.lexical import LexicalIndex, Rows, token_rows
    from index.tokenize import Tokenizer

    tok = Tokenizer(user_words(facts))
    per_file = [[p.for_embedding() for p in chunk_issue(i)] for i in issues.values()]
    per_file[1] = per_file[1] + [""]  # an empty passage too
    whole = LexicalIndex(tok, k1=1.2, b=0.6).index([t for texts in per_file for t in texts])
    rows = Rows()
    for texts in per_file:
        rows.merge(token_rows(tok, texts))
    rows.merge(token_rows(tok, []))  # a file without passages adds nothing
    merged = LexicalIndex(tok, k1=1.2, b=0.6).index_rows(rows)
    assert merged.vocab == whole.vocab and merged.size == whole.size
    for k in ("indptr", "gap_ptr", "gaps", "tf", "tf_at", "tf_big", "idf", "lengths"):
        assert np.array_equal(getattr(merged.postings, k), getattr(whole.postings, k)), k


@pytest.mark.parametrize("bits", [4, 32])
def test_postings_built_from_rows_read_back_equal_the_matrix_built_in_memory(issues, facts, bits):
    """PostingsBuilder (per-file rows counted, then read back twice) gives the arrays of the whole CSC
    matrix (index.lexical.bm25_matrix + Postings.from_csc), bit for bit, also with row gaps the builder
    held aside once (65,535 and more) and counts of 255 and more."""
    from index.build import user_words
    from index.chunk import chunk_issue
    from index.lexical import LexicalIndex, token_rows
    from index.postings import PostingsBuilder
    from index.tokenize import Tokenizer

    tok = Tokenizer(user_words(facts))
    per_file = [[p.for_embedding() for p in chunk_issue(i)] for i in issues.values()]
    per_file.insert(1, [])  # a file without passages
    # Far apart rows of one term: 70,000 passages of one token between two files (gaps ≥ 65,535 escape);
    # a passage of one word 300 times (a count the builder holds aside), 20 times (a count kept whole).
    per_file.insert(2, ["甲"] * 70_000 + ["乙" * 300, "乙" * 20])
    whole = LexicalIndex(tok, k1=1.2, b=0.6, weight_bits=bits).index([t for texts in per_file for t in texts])
    stored = {n: token_rows(tok, texts) for n, texts in enumerate(per_file)}
    # Blocks read back through their loader at the end, kept in memory within a budget, or kept (no loader).
    for budget, read_back in ((0, True), (1 << 30, False)):
        builder = PostingsBuilder(1.2, 0.6, bits, keep_bytes=budget)
        for n in stored:
            builder.add(stored[n], load=(lambda n=n: stored[n]) if n % 2 else None)
        assert any(callable(kept) for *_, kept in builder._blocks) == read_back
        vocab, postings = builder.finish()
        assert vocab == whole.vocab and postings.num_docs == whole.size
        assert postings.rows(postings.df.argmax()).max() > 70_000
        assert bits == 32 or postings.tf_big.max() >= 255
        for k in ("indptr", "gap_ptr", "gaps", "tf", "tf_at", "tf_big", "idf", "lengths", "weights"):
            a, b = getattr(postings, k), getattr(whole.postings, k)
            assert (a is None and b is None) or (a.dtype == b.dtype and np.array_equal(a, b)), k


def test_postings_merged_from_an_older_index_equal_the_index_of_the_texts(issues, facts):
    """Rows of an older index's postings (index/previous.py: a file's rows by its range, consecutive files as one
    range, renumbered) mixed with token rows give, bit for bit, the index made from the texts: the vocabulary
    is in sorted order whatever order the terms came in, counts of 15 and 255 and more and row gaps of 65,535
    and more come back whole."""
    from index.build import user_words
    from index.chunk import chunk_issue
    from index.lexical import LexicalIndex, token_rows
    from index.postings import PostingsBuilder
    from index.tokenize import Tokenizer

    tok = Tokenizer(user_words(facts))
    files = [[p.for_embedding() for p in chunk_issue(i)] for i in issues.values()]
    big = ["甲"] * 70_000 + ["乙" * 300, "乙" * 20, "丙" * 16]
    old = [files[0], big, files[1], files[2]]
    older_index = LexicalIndex(tok, k1=1.2, b=0.6).index([t for texts in old for t in texts])
    older, terms = older_index.postings, sorted(older_index.vocab, key=older_index.vocab.get)
    first = np.cumsum([0] + [len(t) for t in old])
    # The new corpus: the first file dropped, the second and third kept (one range), a new file, the fourth.
    new = [big, files[1], files[3], files[2]]
    whole = LexicalIndex(tok, k1=1.2, b=0.6).index([t for texts in new for t in texts])
    builder = PostingsBuilder(1.2, 0.6, 4)
    builder.add_segment(older, terms, int(first[1]), len(big) + len(files[1]))
    builder.add(token_rows(tok, files[3]))
    builder.add_segment(older, terms, int(first[3]), len(files[2]))
    vocab, postings = builder.finish()
    assert vocab == whole.vocab and list(vocab) == sorted(t for t in vocab if t) + [""]
    assert postings.num_docs == whole.size and postings.tf_big.max() >= 255
    for k in ("indptr", "gap_ptr", "gaps", "tf", "tf_at", "tf_big", "idf", "lengths"):
        a, b = getattr(postings, k), getattr(whole.postings, k)
        assert a.dtype == b.dtype and np.array_equal(a, b), k


def test_a_text_is_cut_alike_under_any_dictionary_with_the_same_words_in_it(issues, facts):
    """jieba keeps its base total: words a text does not contain change neither its tokens nor its rows key."""
    from index.build import user_words
    from index.chunk import chunk_issue
    from index.tokenize import Tokenizer

    words = user_words(facts)
    small = Tokenizer(words)
    # Thousands of unit and company names of other districts: none occurs in the sample.
    others = [f"{a}{b}区{unit}" for a in "甲乙丙丁戊己庚辛壬癸" for b in "东南西北中" for unit in
              ("卫生健康局", "发展和改革局", "财政局", "民政局", "市场监督管理局", "教育和体育局")]
    others += [f"淄博{a}{b}新材料有限公司" for a in "甲乙丙丁戊己庚辛壬癸" for b in "子丑寅卯辰巳午未申酉戌亥"]
    big = Tokenizer(words + others)
    assert big.dictionary_hash != small.dictionary_hash
    texts = [p.for_embedding() for i in issues.values() for p in chunk_issue(i)]
    for t in texts[::7]:
        assert big(t) == small(t)
    assert big.rows_key(texts) == small.rows_key(texts)
    assert set(big.words_in(texts)) <= set(words)
    # A word that does occur changes the key (the rows are made again).
    found = Tokenizer([w for w in words if w != small.words_in(texts)[0]])
    assert found.rows_key(texts) != small.rows_key(texts)


# -- builds, add, remove ----------------------------------------------------------------------------

@pytest.mark.slow
def test_add_equals_a_full_build_and_reads_only_the_new_file(full_base, full_all, tmp_path):
    """Build two files, add a third: every file of the generation equals a full build of the three."""
    folder, data_all = full_all
    data = tmp_path / "data"
    shutil.copytree(full_base, data)
    r = cli("add", folder / ADDED, "--data", data)
    assert r.returncode == 0, r.stderr
    assert "(1 read, 2 unchanged" in r.stderr
    # The unchanged files' rows (before and after the new one) are copied from the previous kg.sqlite.
    assert "rows of 2 unchanged files copied from the previous generation" in r.stderr
    # Their BM25 rows come from the previous index's postings (DATA/parts keeps none) unless the words of the
    # added file's units occur in them (their rows key changes: tokenised again).
    made, taken = map(int, re.search(r"\((\d+) of 3 files tokenised, (\d+) taken from the previous index", r.stderr).groups())
    assert made >= 1 and made + taken == 3
    # The manifests name the input paths: make the base copy's paths those of the full build's folder.
    assert_same_generation(data, data_all)
    from kg.store import load_facts

    facts = load_facts(data)
    assert any(r["by_doc_id"].startswith("000_") and r["target_doc_id"] and r["target_doc_id"].startswith("003_")
               for r in facts["repeals"])  # a cross-file result the added file brings


@pytest.mark.slow
def test_remove_equals_a_full_build_without_the_file(full_base, full_all, tmp_path):
    _, data_all = full_all
    data = tmp_path / "data"
    shutil.copytree(data_all, data)
    r = cli("remove", ADDED, "--data", data)
    assert r.returncode == 0, r.stderr
    assert "(0 read, 2 unchanged" in r.stderr
    assert "rows of 2 unchanged files copied" in r.stderr
    assert_same_generation(data, full_base)
    from kg.store import sha256_file

    gone = sha256_file(ROOT / "data" / "gazettes" / ADDED)
    assert not [p for p in (data / "parts").iterdir() if p.name.startswith(gone)]  # its part went too


@pytest.mark.slow
def test_a_rebuild_of_unchanged_files_reads_none_and_changes_nothing(full_all, tmp_path):
    folder, data_all = full_all
    data = tmp_path / "data"
    shutil.copytree(data_all, data)
    r = cli("build", folder, "--data", data, "--embedder", "none")
    assert r.returncode == 0, r.stderr
    assert "(0 read, 3 unchanged" in r.stderr and "0 of 3 files tokenised, 3 taken from the previous index" in r.stderr
    assert "rows of 3 unchanged files copied" in r.stderr
    assert_same_generation(data, data_all)
    # An index that cannot say where a file's rows are (rows.json gone): its passages are tokenised again.
    (generation_dir(data) / "index" / "rows.json").unlink()
    r = cli("build", folder, "--data", data, "--embedder", "none")
    assert r.returncode == 0, r.stderr
    assert "3 of 3 files tokenised, 0 taken" in r.stderr
    assert_same_generation(data, data_all)


@pytest.mark.slow
def test_parts_keep_no_lines_and_a_damaged_previous_database_means_reading_the_files(full_all, tmp_path):
    """The generation holds every line, passage and BM25 row once: a committed build leaves only the meta file
    of each part (kg/parts.py). When the previous generation's rows cannot be copied (its kg.sqlite damaged),
    the files are read again: the same data dir."""
    folder, data_all = full_all
    assert sorted(p.name.split(".", 1)[1] for p in (data_all / "parts").iterdir()) == ["meta.json.gz"] * 3
    data = tmp_path / "data"
    shutil.copytree(data_all, data)
    db = generation_dir(data) / "kg.sqlite"
    db.write_bytes(b"not a database" + db.read_bytes()[14:])
    r = cli("build", folder, "--data", data, "--embedder", "none")
    assert r.returncode == 0, r.stderr
    assert "(0 read, 3 unchanged" in r.stderr and "copied" not in r.stderr
    assert_same_generation(data, data_all)
    # Files gone, and their lines in no part nor in a readable generation: one line, and the data dir stays.
    moved = tmp_path / "moved"
    shutil.copytree(folder, moved)
    r = cli("build", moved, "--data", data, "--embedder", "none")
    assert r.returncode == 0, r.stderr
    shutil.rmtree(moved)
    db = generation_dir(data) / "kg.sqlite"
    db.write_bytes(b"not a database" + db.read_bytes()[14:])
    r = cli("remove", ADDED, "--data", data)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].endswith("lacks its lines and the file is gone; build from the files")


@pytest.mark.slow
def test_a_build_killed_after_a_part_then_run_again_equals_a_full_build(full_all, tmp_path):
    folder, data_all = full_all
    data = tmp_path / "data"
    r = cli("build", folder, "--data", data, "--embedder", "none", env={"GAZETTE_KG_FAULT": "part"})
    assert r.returncode == 137
    assert not (data / "CURRENT").exists()
    assert len(list((data / "parts").glob("*.meta.json.gz"))) == 1  # the first file's part, whole
    r = cli("build", folder, "--data", data, "--embedder", "none")
    assert r.returncode == 0, r.stderr
    assert "(2 read, 1 unchanged" in r.stderr
    assert_same_generation(data, data_all)


def test_the_index_pass_reads_back_the_passages_the_chunker_made(full_base, base_files):
    """Pass three reads every file's passages from the generation's kg.sqlite (DATA/parts keeps none): they
    are the chunker's passages of each file, field for field, in build order."""
    from index.chunk import chunk_issue
    from kg.parse import parse_issue
    from kg.pipeline import _passages_by_file

    per_file = list(_passages_by_file(generation_dir(full_base) / "kg.sqlite", len(base_files)))
    for path, got in zip(sorted(base_files, key=lambda p: p.name), per_file):
        assert got == [p.to_json() for p in chunk_issue(parse_issue(path))], path.name
    assert all(per_file)


def test_a_damaged_part_is_made_again(full_base, base_files, tmp_path):
    from kg.pipeline import build

    data = tmp_path / "data"
    shutil.copytree(full_base, data)
    meta = sorted((data / "parts").glob("*.meta.json.gz"))[0]
    meta.write_bytes(meta.read_bytes()[:100])  # truncated
    said = []
    build(base_files, Config(data_dir=data, embedder="none"), progress=said.append)
    assert any("(1 read, 1 unchanged" in m for m in said)
    assert_same_generation(data, full_base)


def test_add_and_remove_refuse_with_one_line(full_base, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(full_base, data)
    r = cli("remove", "nope.txt", "--data", data)
    assert r.returncode == 2 and r.stderr.strip().splitlines()[-1] == f"error: not in the corpus of {data}: nope.txt"
    r = cli("remove", *BASE, "--data", data)
    assert r.returncode == 2 and "without any file" in r.stderr and "Traceback" not in r.stderr
    r = cli("add", ROOT / "data" / "gazettes" / ADDED, "--data", tmp_path / "empty")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "gazette-kg build --data" in r.stderr


# -- progress ---------------------------------------------------------------------------------------

def test_progress_reports_counts_and_time_left_in_chinese(full_base, base_files, tmp_path):
    from kg.pipeline import build
    from kg.progress import Step, cli_progress, time_left_text

    steps: list[Step] = []
    data = tmp_path / "data"
    shutil.copytree(full_base, data)  # parts there: the steps come quickly
    build(base_files, Config(data_dir=data, embedder="none"), on_step=steps.append)
    for stage in ("parse", "write", "index"):
        mine = [s for s in steps if s.stage == stage]
        assert [s.done for s in mine] == [0, 1, 2] and {s.total for s in mine} == {2}
        assert mine[0].eta is None and mine[1].eta is not None and mine[-1].text().endswith("完成")
    assert steps[1].text().startswith("解析 1/2 份文件 · 剩余约 ")
    assert [time_left_text(s) for s in (0.2, 59, 61, 3 * 60, 3 * 3600 + 120)] == [
        "剩余约 1 秒", "剩余约 59 秒", "剩余约 2 分钟", "剩余约 3 分钟", "剩余约 3 小时 2 分钟"]

    class Tty:
        def __init__(self):
            self.out = []

        def isatty(self):
            return True

        def write(self, s):
            self.out.append(s)

        def flush(self):
            pass

    assert cli_progress(stream=Tty(), quiet=True) is None
    assert cli_progress(stream=type("Pipe", (Tty,), {"isatty": lambda self: False})()) is None
    tty = Tty()
    bars = cli_progress(stream=tty)
    for s in steps:
        bars(s)
    shown = "".join(tty.out)
    assert "解析" in shown and "2/2 份文件" in shown and "剩余约" in shown


# -- writers ----------------------------------------------------------------------------------------

def test_writers_fed_one_stream_write_the_same_database(issues, facts, tmp_path):
    """Two SQLite writers behind one (as a second database beside kg.sqlite would be) each write the whole
    generation; one is handed the passages as the build hands them (from the parts), the other chunks
    the files itself: the same tables, row for row."""
    from index.chunk import chunk_issue
    from kg.graph import build_graph
    from kg.writer import DEFAULT_WRITERS, FILE_RECORD_KEYS, WRITERS, SqliteWriter, Writers, open_writer

    assert DEFAULT_WRITERS == ("sqlite",) and WRITERS["sqlite"] is SqliteWriter
    assert isinstance(open_writer(tmp_path / "c", Config()), SqliteWriter)
    files = list(issues.values())[:2]
    docs = [d for i in files for d in i.documents]
    sub = {**facts, "tasks": [t for t in facts["tasks"] if t["source"]["file"] in {i.file for i in files}]}
    graph = build_graph(files, sub)
    a, b = SqliteWriter(tmp_path / "a", Config()), SqliteWriter(tmp_path / "b", Config())
    for i in files:
        record = {k: getattr(i, k, None) for k in FILE_RECORD_KEYS} | {"sha256": "0" * 64}
        a.add_file(i, record, [p.to_json() for p in chunk_issue(i)])
        b.add_file(i, record)
    entries = Writers([a, b]).finish(docs, sub, graph)
    assert entries["documents"] == len(docs) and [c["file"] for c in entries["corpus"]] == [i.file for i in files]
    assert entries["sqlite"]["rows"]["passages"] == sum(len(chunk_issue(i)) for i in files) > 0
    dump_a, dump_b = table_dump(tmp_path / "a" / "kg.sqlite"), table_dump(tmp_path / "b" / "kg.sqlite")
    assert dump_a == dump_b and len(dump_a) > 1000
    # The build's lean graph (no reverse index) gives the writer networkx's nodes and edges, in its order.
    from kg.leangraph import LeanMultiDiGraph

    lean = build_graph(files, sub, into=LeanMultiDiGraph())
    assert list(lean.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(lean.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert (lean.number_of_nodes(), lean.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    c = SqliteWriter(tmp_path / "d", Config())
    for i in files:
        c.add_file(i, {k: getattr(i, k, None) for k in FILE_RECORD_KEYS} | {"sha256": "0" * 64})
    c.finish(docs, sub, lean)
    assert table_dump(tmp_path / "d" / "kg.sqlite") == dump_a
    # The build's NamesGraph keeps only what the writer reads: the same nodes in the same order with their
    # searchable attributes, the same counts, and so the same database.
    from kg.graphview import SEARCH_KEYS
    from kg.leangraph import NamesGraph

    names = build_graph(files, sub, into=NamesGraph(SEARCH_KEYS))
    assert list(names.nodes) == list(graph.nodes)
    assert [{k: a[k] for k in SEARCH_KEYS if k in a} for a in graph.nodes.values()] == list(names.nodes.values())
    assert any(len(a) < len(b) for a, b in zip(names.nodes.values(), graph.nodes.values()))  # it holds less
    assert (names.number_of_nodes(), names.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    e = SqliteWriter(tmp_path / "e", Config())
    for i in files:
        e.add_file(i, {k: getattr(i, k, None) for k in FILE_RECORD_KEYS} | {"sha256": "0" * 64})
    e.finish(docs, sub, names)
    assert table_dump(tmp_path / "e" / "kg.sqlite") == dump_a


def test_the_reduce_releasing_the_per_file_facts_gives_the_same_facts(issues, facts):
    from kg.extract import extract_issue, resolve_all

    files = list(issues.values())
    per_file = [extract_issue(i) for i in files]
    released = resolve_all(files, per_file, release=True)
    assert released == facts and len(facts["tasks"]) > 100 and any(u["id"] for t in facts["tasks"] for u in t["lead"])
    assert not any(records for part in per_file for records in part.values())  # each file's lists emptied


@pytest.mark.slow
def test_files_parsed_on_two_processes_give_the_same_data_dir(full_all, tmp_path):
    folder, data_all = full_all
    data = tmp_path / "data"
    r = cli("build", folder, "--data", data, "--embedder", "none", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "(3 read, 0 unchanged" in r.stderr
    assert_same_generation(data, data_all)
