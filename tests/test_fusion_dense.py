"""Fusion against hand computations; FAISS against brute-force numpy; BM25 tokens for 文号 and units."""

import numpy as np
import pytest

from index.fusion import convex, minmax, rrf
from index.tokenize import Tokenizer


def test_rrf_matches_hand_computation():
    # a: ranks 1 and 2; b: ranks 2 and 1; c: rank 3 in the first list only
    got = dict(rrf([["a", "b", "c"], ["b", "a"]], k=60))
    assert got["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert got["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert got["c"] == pytest.approx(1 / 63)
    assert [d for d, _ in rrf([["a", "b", "c"], ["b", "a"]], k=60)][-1] == "c"


def test_rrf_weights():
    got = dict(rrf([[1, 2], [2, 1]], k=1, weights=[2.0, 1.0]))
    assert got[1] == pytest.approx(2 / 2 + 1 / 3)
    assert got[2] == pytest.approx(2 / 3 + 1 / 2)


def test_convex_matches_hand_computation():
    lex = {1: 10.0, 2: 5.0, 3: 0.0}
    den = {2: 0.9, 4: 0.5}
    # minmax: lex 1→1, 2→0.5, 3→0; dense 2→1, 4→0
    got = dict(convex(lex, den, dense_weight=0.3))
    assert got[1] == pytest.approx(0.7 * 1.0)
    assert got[2] == pytest.approx(0.7 * 0.5 + 0.3 * 1.0)
    assert got[3] == pytest.approx(0.0)
    assert got[4] == pytest.approx(0.0)
    assert minmax({7: 3.0}) == {7: 1.0}


@pytest.mark.parametrize("seed", range(5))
def test_convex_on_positions_equals_the_dict_computation(seed):
    """The numpy path for integer ids gives the dict computation's scores to the bit and its order (ties by id)."""
    rng = np.random.default_rng(seed)
    lex = {int(i): float(s) for i, s in zip(rng.choice(500, 120, replace=False), rng.integers(0, 8, 120) / 3)}
    den = {int(i): float(s) for i, s in zip(rng.choice(500, 100, replace=False), rng.random(100).round(2))}
    for a, b in ((lex, den), (lex, {}), ({}, den), ({1: 2.0}, {1: 0.5, 2: 0.5}), ({}, {})):
        ma, mb = minmax(a), minmax(b)
        fused = {d: (1 - 0.3) * ma.get(d, 0.0) + 0.3 * mb.get(d, 0.0) for d in set(ma) | set(mb)}
        want = sorted(fused.items(), key=lambda x: (-x[1], x[0]))
        got = convex(a, b, dense_weight=0.3)
        assert got == want and all(type(i) is int and type(s) is float for i, s in got)
    assert convex({"a": 1.0, "b": 0.0}, {"b": 1.0}) == [("a", 0.5), ("b", 0.5)]  # other ids: the dict path


def test_faiss_equals_brute_force():
    from index.dense import DenseIndex

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    q = x[17] + 0.1 * rng.normal(size=32).astype(np.float32)
    idx = DenseIndex.build(x)
    got = idx.search(q, 10)
    scores = x @ q
    want = np.argsort(-scores)[:10]
    assert [i for i, _ in got] == list(want)
    assert [s for _, s in got] == pytest.approx(list(scores[want]), rel=1e-5)


def test_hnsw_above_threshold_finds_the_same_neighbours():
    from index.dense import DenseIndex

    rng = np.random.default_rng(1)
    x = rng.normal(size=(500, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    idx = DenseIndex.build(x, exact_max=100)
    assert idx.kind.startswith("hnsw")
    want = set(np.argsort(-(x @ x[3]))[:5])
    assert len(want & {i for i, _ in idx.search(x[3], 5)}) >= 4


def test_tokens_keep_doc_numbers_and_units_whole():
    tok = Tokenizer(["区发展和改革局", "山东辰祥电气设备有限公司"], bigrams=False)
    toks = tok("张政字〔2021〕86号还有效吗")
    assert "张政字〔2021〕86号" in toks
    assert "张政字〔2021〕86号" in tok("张政字[2021]86 号")  # bracket and space variants
    assert "ZDDR-2021-0010003" in tok("ZDDR—2021—0010003")
    assert "区发展和改革局" in tok("区发展和改革局负责定期调度")
    assert "山东辰祥电气设备有限公司" in tok("山东辰祥电气设备有限公司是A类")
    assert "的" not in tok("张店区的工作")


def test_bm25_ranks_exact_company_first():
    from index.lexical import LexicalIndex

    docs = ["山东辰祥电气设备有限公司 A（优先发展类）", "山东工泵电机有限公司 A（优先发展类）", "淄博环亚钢球有限公司 B"]
    lex = LexicalIndex(Tokenizer(["山东辰祥电气设备有限公司"])).index(docs)
    assert lex.search("辰祥电气", 3)[0][0] == 0
    assert lex.search("山东辰祥电气设备有限公司", 3)[0][0] == 0


@pytest.mark.parametrize("exact_max", [10_000, 100])
def test_dense_scores_of_named_passages_equal_brute_force(exact_max):
    """`DenseIndex.scores` gives the exact inner product of any stored passage, flat or HNSW (hybrid search
    scores the BM25 candidates outside the dense top n with it)."""
    from index.dense import DenseIndex

    rng = np.random.default_rng(2)
    x = rng.normal(size=(300, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    idx = DenseIndex.build(x, exact_max=exact_max)
    ids = [299, 3, 150]
    got = idx.scores(x[7], ids)
    assert [i for i, _ in got] == ids
    assert [s for _, s in got] == pytest.approx(list(x[ids] @ x[7]), rel=1e-5)
    assert idx.scores(x[7], []) == []
