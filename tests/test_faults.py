"""Faults: builds killed at every phase, concurrent builds, readers during builds, damaged data dirs.

Builds use one or two issues of the sample corpus without a dense index (a few seconds each);
the dense cases use one issue with the default embedder, whose vectors the shipped cache holds.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from kg.cli import main
from kg.config import Config
from kg.datadir import build_lock
from kg.errors import DataDirCorrupt
from kg.store import POINTER, generation_dir, load_issue_lines, read_json

ROOT = Path(__file__).resolve().parents[1]
ONE = "003_4e5ccb238a0f172a.txt"
OTHER = "004_02113af7f14ec3cd.txt"
QUERY = "区发改局牵头 重点项目"


def cli(*args, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """`gazette-kg ARGS` in a fresh process (the one a fault kills)."""
    e = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          env=e, timeout=300, **kw)


def popen(*args, env: dict | None = None) -> subprocess.Popen:
    e = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=e)


def run_main(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def answers(data: Path) -> tuple[str, str]:
    """What a reader sees: `facts` and a BM25 `search`, as printed."""
    code1, facts, err1 = run_main("facts", "--data", data)
    code2, hits, err2 = run_main("search", QUERY, "--mode", "bm25", "--json", "--data", data)
    assert code1 == code2 == 0, err1 + err2
    return facts, hits


def one_line_error(code: int, err: str) -> bool:
    """A non-zero exit with one `error:` line, the last one (progress lines may come before it)."""
    lines = err.splitlines()
    return (code == 2 and bool(lines) and lines[-1].startswith("error: ")
            and sum(ln.startswith("error: ") for ln in lines) == 1 and "Traceback" not in err)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, corpus) -> tuple[Path, Path]:
    """Two one-issue corpora whose builds differ in every file."""
    out = []
    for name in (ONE, OTHER):
        folder = tmp_path_factory.mktemp("in")
        shutil.copy(corpus / name, folder / name)
        out.append(folder)
    return out[0], out[1]


@pytest.fixture(scope="module")
def base(tmp_path_factory, corpora) -> tuple[Path, tuple[str, str]]:
    """A data dir built from the first corpus, and what readers answer from it."""
    data = tmp_path_factory.mktemp("base") / "data"
    code, _, err = run_main("build", corpora[0], "--data", data, "--embedder", "none")
    assert code == 0, err
    return data, answers(data)


@pytest.fixture(scope="module")
def other(tmp_path_factory, corpora) -> tuple[str, str]:
    """What readers answer from a clean build of the second corpus."""
    data = tmp_path_factory.mktemp("other") / "data"
    assert run_main("build", corpora[1], "--data", data, "--embedder", "none")[0] == 0
    return answers(data)


def copy_of(data: Path, tmp_path: Path) -> Path:
    out = tmp_path / "data"
    shutil.copytree(data, out, symlinks=True)
    return out


# -- crashes ---------------------------------------------------------------------------------------

PHASES = ["parse", "extract", "index", "swap", "rename", "switched"]


@pytest.mark.slow
@pytest.mark.parametrize("phase", PHASES)
def test_a_build_killed_at_any_phase_loses_nothing(base, other, corpora, phase, tmp_path):
    data0, before = base
    data = copy_of(data0, tmp_path)
    r = cli("build", corpora[1], "--data", data, "--embedder", "none", env={"GAZETTE_KG_FAULT": phase})
    assert r.returncode == 137, r.stderr
    # Killed after the switch, the new build is complete and current; before it, the old one answers.
    assert answers(data) == (other if phase == "switched" else before)
    assert run_main("verify", "--data", data)[0] == 0


@pytest.mark.slow
def test_the_next_build_removes_what_killed_builds_left(base, other, corpora, tmp_path):
    data0, before = base
    data = copy_of(data0, tmp_path)
    old = generation_dir(data).name
    gens = lambda: sorted(p.name for p in data.iterdir() if p.name.startswith("gen-"))
    # A half-written folder; the next (killed) build removes it and leaves a complete one never made current.
    for phase, left in (("index", ".tmp"), ("rename", "")):
        assert cli("build", corpora[1], "--data", data, "--embedder", "none",
                   env={"GAZETTE_KG_FAULT": phase}).returncode == 137
        assert len(gens()) == 2 and gens()[1].endswith(left) and generation_dir(data).name == old
    code, out, err = run_main("build", corpora[1], "--data", data, "--embedder", "none")
    assert code == 0, err
    new = generation_dir(data).name
    assert gens() == sorted([old, new])  # the previous generation is kept until the next build
    assert answers(data) == other


@pytest.mark.slow
def test_sigkill_of_a_running_build_keeps_the_previous_generation(base, corpus, tmp_path):
    data0, before = base
    data = copy_of(data0, tmp_path)
    p = popen("build", corpus, "--data", data, "--embedder", "none")
    deadline = time.monotonic() + 120
    while not any(q.name.endswith(".tmp") for q in data.iterdir()):  # the new generation is being written
        assert p.poll() is None and time.monotonic() < deadline, "the build ended before it could be killed"
        time.sleep(0.02)
    p.send_signal(signal.SIGKILL)
    assert p.wait() == -signal.SIGKILL
    assert answers(data) == before
    assert run_main("verify", "--data", data)[0] == 0


# -- one build at a time ---------------------------------------------------------------------------

@pytest.mark.slow
def test_a_second_build_names_the_holder_then_waits_for_it(base, other, corpora, tmp_path):
    data = copy_of(base[0], tmp_path)
    held, release = threading.Event(), threading.Event()

    def holder():
        with build_lock(data):
            held.set()
            release.wait(120)

    t = threading.Thread(target=holder)
    t.start()
    held.wait(30)
    try:
        r = cli("build", corpora[1], "--data", data, "--embedder", "none")
        assert r.returncode == 2 and f"pid {os.getpid()}" in r.stderr and r.stderr.count("\n") == 1, r.stderr
        assert "--wait" in r.stderr
        waiting = popen("build", corpora[1], "--data", data, "--embedder", "none", "--wait", "120")
        time.sleep(2)
        assert waiting.poll() is None  # still waiting for the lock
    finally:
        release.set()
        t.join()
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert answers(data) == other


@pytest.mark.slow
def test_two_builds_started_together_both_finish_one_after_the_other(base, other, corpora, tmp_path):
    data = copy_of(base[0], tmp_path)
    procs = [popen("build", c, "--data", data, "--embedder", "none", "--wait", "-1") for c in corpora]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    assert answers(data) in (base[1], other)
    assert run_main("verify", "--data", data)[0] == 0


@pytest.mark.slow
def test_readers_during_builds_see_whole_generations(base, corpora, tmp_path):
    data = copy_of(base[0], tmp_path)
    script = ("import sys; from kg.cli import main\n"
              f"for src in {[str(corpora[1]), str(corpora[0])]!r}:\n"
              f"    assert main(['build', src, '--data', {str(data)!r}, '--embedder', 'none', '--wait', '-1']) == 0\n")
    builder = subprocess.Popen([sys.executable, "-c", script], env=dict(os.environ, PYTHONPATH=str(ROOT)))
    seen: set[str] = set()
    try:
        _read_while_building(builder, data, seen)
    finally:
        if builder.poll() is None:
            builder.kill()
    assert builder.wait() == 0
    assert len(seen) >= 2


def _read_while_building(builder, data: Path, seen: set) -> None:
    from index.search import Searcher
    from kg.query import KnowledgeBase

    loads = 0
    while builder.poll() is None or loads < 2:
        kb = KnowledgeBase.load(data)
        files = {c["file"] for c in kb.generation.manifest["corpus"]}
        assert {d.file for d in kb.documents} == files
        assert [d.id for d in kb.documents] == [r["id"] for r in kb.facts["documents"]]
        s = Searcher.load(Config(data_dir=data, embedder="none"))
        assert {p["file"] for p in s.passages} == {c["file"] for c in s.generation.manifest["corpus"]}
        assert all(p["doc_id"] in s.docs for p in s.passages)
        assert s.search(QUERY, k=3, mode="bm25")
        seen |= {kb.generation.path.name, s.generation.path.name}
        loads += 1


# -- damaged data dirs -----------------------------------------------------------------------------

from benchmarks.reliability import DAMAGE, _garble  # noqa: E402  (one definition for the benchmark and the tests)
# Every file of a build without a dense index, and a command that reads it.
FILES = {
    "kg.sqlite": "lines",
    "index/manifest.json": "search",
    "index/user_words.txt": "search",
    "index/rows.json": "verify",  # read by the next build only (index/previous.py)
    "index/bm25/gap_ptr.npy": "search",
    "index/bm25/gaps.npy": "search",
    "index/bm25/idf.npy": "search",
    "index/bm25/indptr.npy": "search",
    "index/bm25/lengths.npy": "search",
    "index/bm25/tf.npy": "search",
    "index/bm25/tf_at.npy": "search",
    "index/bm25/tf_big.npy": "search",
    "index/bm25/params.json": "search",
    "index/bm25/vocab.json": "search",
    "index/tasks_bm25/task_index.json": "who-leads",
    "index/tasks_bm25/gap_ptr.npy": "who-leads",
    "index/tasks_bm25/gaps.npy": "who-leads",
    "index/tasks_bm25/idf.npy": "who-leads",
    "index/tasks_bm25/indptr.npy": "who-leads",
    "index/tasks_bm25/lengths.npy": "who-leads",
    "index/tasks_bm25/tf.npy": "who-leads",
    "index/tasks_bm25/tf_at.npy": "who-leads",
    "index/tasks_bm25/tf_big.npy": "who-leads",
    "index/tasks_bm25/params.json": "who-leads",
    "index/tasks_bm25/vocab.json": "who-leads",
}


def read_with(command: str, data: Path, tmp_path: Path) -> tuple[int, str]:
    if command == "lines":
        try:
            load_issue_lines(data)
        except DataDirCorrupt as exc:
            return 2, f"error: {exc}\n"
        return 0, ""
    extra = {"export": ["-o", tmp_path / "g.graphml"], "search": [QUERY, "--mode", "bm25"],
             "who-leads": [QUERY]}.get(command, [])
    code, _, err = run_main(command, *extra, "--data", data)
    return code, err


def test_the_manifest_lists_every_file_of_a_build(base):
    data = base[0]
    manifest = read_json(generation_dir(data) / "manifest.json")
    assert set(manifest["files"]) == set(FILES)
    gen = generation_dir(data)
    on_disk = {p.relative_to(gen).as_posix() for p in gen.rglob("*") if p.is_file()}
    assert on_disk == set(FILES) | {"manifest.json"}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("rel", [*FILES, "manifest.json", POINTER])
def test_a_damaged_file_is_named_with_the_rebuild_command(base, rel, damage, tmp_path):
    data = copy_of(base[0], tmp_path)
    path = data / POINTER if rel == POINTER else generation_dir(data) / rel
    DAMAGE[damage](path)
    for command in ("verify", FILES.get(rel, "docs")):
        code, err = read_with(command, data, tmp_path)
        if rel == POINTER and damage == "deleted":  # no pointer: nothing was built here
            assert code == 2 and "gazette-kg build --data" in err
            continue
        assert one_line_error(code, err), (command, err)
        assert Path(rel).name in err and f"gazette-kg build --data {data}" in err, (command, err)


def test_a_rebuild_repairs_a_damaged_data_dir(base, corpora, tmp_path):
    data = copy_of(base[0], tmp_path)
    (data / POINTER).write_text("{garbage")
    assert one_line_error(*run_main("docs", "--data", data)[::2])
    code, _, err = run_main("build", corpora[0], "--data", data, "--embedder", "none")
    assert code == 0, err
    assert answers(data) == base[1]


@pytest.fixture(scope="module")
def dense(tmp_path_factory, corpora) -> tuple[Path, tuple[int, str]]:
    """One issue built with the default embedder (its vectors come from the shipped cache)."""
    data = tmp_path_factory.mktemp("dense") / "data"
    code, _, err = run_main("build", corpora[0], "--data", data)
    assert code == 0, err
    code, hits, err = run_main("search", QUERY, "--json", "--data", data)
    assert code == 0, err
    return data, hits


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_dense_index_is_named(dense, damage, tmp_path):
    data = copy_of(dense[0], tmp_path)
    DAMAGE[damage](generation_dir(data) / "index" / "dense.faiss")
    code, _, err = run_main("search", QUERY, "--data", data)
    assert one_line_error(code, err) and "dense.faiss" in err and "gazette-kg build --data" in err, err


@pytest.mark.slow
def test_a_dense_index_too_big_to_hash_on_load_is_still_checked(dense, tmp_path, monkeypatch):
    """With the hash check off (an index over HASH_AT_LOAD_MAX) an altered vector is caught by its norm."""
    import kg.store
    from index.search import Searcher

    data = copy_of(dense[0], tmp_path)
    _garble(generation_dir(data) / "index" / "dense.faiss")
    monkeypatch.setattr(kg.store, "HASH_AT_LOAD_MAX", 0)
    with pytest.raises(DataDirCorrupt, match="dense.faiss: holds vectors that are not unit length"):
        Searcher.load(Config(data_dir=data))


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_embedding_cache_is_recomputed_not_fatal(dense, corpora, damage, tmp_path):
    data = copy_of(dense[0], tmp_path)
    cache = next((generation_dir(data) / "index").glob("emb-*.npz"))
    DAMAGE[damage](cache)
    code, hits, err = run_main("search", QUERY, "--json", "--data", data)
    assert code == 0 and hits == dense[1], err  # readers never need the cache
    code, out, err = run_main("verify", "--data", data)
    assert code == 0 and (damage == "deleted" or "damaged embedding cache" in err), err
    if damage != "garbled":
        return
    code, _, err = run_main("build", corpora[0], "--data", data)  # reuses no damaged vector
    assert code == 0, err
    assert run_main("search", QUERY, "--json", "--data", data)[1] == dense[1]
    assert run_main("verify", "--data", data)[0] == 0


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_sentence_vectors_are_named(dense, damage, tmp_path):
    data = copy_of(dense[0], tmp_path)
    DAMAGE[damage](generation_dir(data) / "index" / "sentences.npy")
    code, _, err = run_main("search", QUERY, "--data", data)
    assert one_line_error(code, err) and "sentences.npy" in err and "gazette-kg build --data" in err, err


@pytest.mark.slow
def test_sentence_vectors_too_big_to_hash_on_load_are_still_checked(dense, tmp_path, monkeypatch):
    """With the hash check off an altered sentence vector is caught by its norm."""
    import kg.store
    from index.search import Searcher

    data = copy_of(dense[0], tmp_path)
    _garble(generation_dir(data) / "index" / "sentences.npy")
    monkeypatch.setattr(kg.store, "HASH_AT_LOAD_MAX", 0)
    with pytest.raises(DataDirCorrupt, match="sentences.npy: holds vectors that are not unit length"):
        Searcher.load(Config(data_dir=data))
