"""Fusion against hand computations; FAISS against brute-force numpy; BM25 tokens for 文号 and units."""

import numpy as np
import pytest

from index.fusion import convex, convex_head_routes, convex_routes, minmax, rrf
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


@pytest.mark.parametrize("seed", range(3))
def test_convex_routes_of_two_routes_is_convex_and_adds_a_third(seed):
    rng = np.random.default_rng(seed)
    lex = {int(i): float(s) for i, s in zip(rng.choice(300, 80, replace=False), rng.random(80) * 9)}
    den = {int(i): float(s) for i, s in zip(rng.choice(300, 60, replace=False), rng.random(60))}
    want = convex(lex, den, dense_weight=0.4)
    got = convex_routes([lex, den], [0.6, 0.4])
    assert [i for i, _ in got] == [i for i, _ in want]
    assert [s for _, s in got] == pytest.approx([s for _, s in want])
    # a third route with weight 0 changes nothing; with weight it is added as its min-max share
    assert convex_routes([lex, den, {next(iter(den)): 1.0}], [0.6, 0.4, 0.0]) == got
    three = dict(convex_routes([{1: 2.0, 2: 0.0}, {1: 0.5, 2: 1.0}, {1: 0.0, 2: 3.0, 3: 1.0}], [0.6, 0.32, 0.08]))
    assert three == pytest.approx({1: 0.6, 2: 0.32 + 0.08, 3: 0.08 * (1 / 3)})


@pytest.mark.parametrize("seed", range(6))
def test_convex_head_routes_is_the_two_fusions_it_replaces(seed):
    """The head of convex(lex, den) scored by a third route, then convex_routes of the three: the same list and
    third-route scores to the bit (ties among the scores and in the third route's values, routes left empty,
    a weight of 0, a head longer than the candidates, candidates the third route does not score)."""
    rng = np.random.default_rng(seed)
    lex = {int(i): float(s) for i, s in zip(rng.choice(400, 150, replace=False), rng.integers(0, 6, 150) / 3)}
    den = {int(i): float(s) for i, s in zip(rng.choice(400, 120, replace=False), rng.random(120).round(2))}
    third = lambda ids: np.where(np.asarray(ids) % 7 == 0, -np.inf, (np.asarray(ids) % 5) / 4.0)
    for a, b, w, share, head in ((lex, den, 0.35, 0.3, 40), (lex, den, 0.5, 0.0, 40), (lex, {}, 0.35, 0.3, 40),
                                 ({}, den, 0.35, 0.3, 500), ({1: 2.0}, {1: 0.5, 2: 0.5}, 0.4, 0.5, 40),
                                 (lex, den, 0.0, 0.3, 10)):
        ids = [i for i, _ in convex(a, b, w)[:head]]
        sent = {i: float(c) for i, c in zip(ids, third(np.asarray(ids, dtype=np.int64)).tolist()) if c != -np.inf}
        want = convex_routes([a, b, sent], [1 - w, w * (1 - share), w * share])
        got, got_sent = convex_head_routes(a, b, w, share, head, third)
        assert got == want and got_sent == sent and list(got_sent) == list(sent)


def test_best_sentence_of_many_passages_equals_one_at_a_time():
    from index.sentences import SentenceVectors

    rng = np.random.default_rng(7)
    v = rng.standard_normal((30, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    sv = SentenceVectors(v.astype(np.float16), np.array([0, 4, 4, 11, 12, 30]))  # passage 1 has no sentence
    q = v[9]
    ids = [3, 0, 1, 4, 2, 2]
    got = sv.best_of(q, ids)
    want = sv.best(q, ids)
    assert got[2] == -np.inf and want[2] is None
    assert [g for g, w in zip(got, want) if w is not None] == pytest.approx([w for w in want if w is not None])
    assert got[4] == pytest.approx(1.0, abs=1e-3)  # sentence 9 belongs to passage 2
    assert len(sv.best_of(q, [])) == 0 and list(sv.best_of(q, [1])) == [-np.inf]


def _as_stored(x: np.ndarray, storage: str) -> np.ndarray:
    """The vectors as FAISS holds them: float16 storage rounds each component to float16."""
    return x.astype(np.float16).astype(np.float32) if storage == "fp16" else x


@pytest.mark.parametrize("storage", ["fp16", "fp32"])
def test_faiss_equals_brute_force(storage):
    from index.dense import DenseIndex

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    q = x[17] + 0.1 * rng.normal(size=32).astype(np.float32)
    idx = DenseIndex.build(x, storage=storage, slice_rows=64)  # four slices, added in order
    assert idx.size == 200 and idx.kind == ("flat-ip" if storage == "fp32" else "flat-ip-fp16")
    x = _as_stored(x, storage)
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
    assert idx.kind == "hnsw32-fp16"
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


@pytest.mark.parametrize("storage", ["fp16", "fp32"])
@pytest.mark.parametrize("exact_max", [10_000, 100])
def test_dense_scores_of_named_passages_equal_brute_force(exact_max, storage):
    """`DenseIndex.scores` gives the exact inner product of any stored passage, flat or HNSW (hybrid search
    scores the BM25 candidates outside the dense top n with it)."""
    from index.dense import DenseIndex

    rng = np.random.default_rng(2)
    x = rng.normal(size=(300, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    idx = DenseIndex.build(x, exact_max=exact_max, storage=storage)
    x = _as_stored(x, storage)
    ids = [299, 3, 150]
    got = idx.scores(x[7], ids)
    assert [i for i, _ in got] == ids
    assert [s for _, s in got] == pytest.approx(list(x[ids] @ x[7]), rel=1e-5)
    assert idx.scores(x[7], []) == []


def test_unknown_dense_storage_is_one_clear_error():
    from index.dense import DenseIndex
    from kg.errors import GazetteError

    with pytest.raises(GazetteError, match="unknown dense storage 'int4': use one of fp16, fp32"):
        DenseIndex.create(16, 10, storage="int4")


class _Unit:
    """An embedder whose vector for a text is fixed by the text (so a re-embedding gives the same one)."""

    name, dim = "unit", 8

    def passages(self, texts):
        out = []
        for t in texts:
            v = np.random.default_rng(abs(hash(t)) % 2**32).normal(size=self.dim).astype(np.float32)
            out.append(v / np.linalg.norm(v))
        return np.stack(out)


def test_cache_saves_only_the_kept_texts_once_each_and_reads_them_back(tmp_path):
    """EmbeddingCache.save writes the .npz a slice at a time; np.load and the cache's own reader take it whole."""
    from index.embed import EmbeddingCache, text_key

    texts = [f"第{i}条 区政府办公室负责" for i in range(23)] + ["第5条 区政府办公室负责"]  # one repeated
    cache = EmbeddingCache("unit", 8)
    assert cache.embed_missing(_Unit(), texts, batch=5) == 23
    assert cache.embed_missing(_Unit(), texts[:4]) == 0  # all held now
    keep = texts[3:] + ["never embedded"]
    cache.save(tmp_path, keep=keep, rows=4)  # six slices
    with np.load(tmp_path / EmbeddingCache.file_name("unit")) as z:
        keys, vecs = z["keys"], z["vectors"]
    want = list(dict.fromkeys(text_key(t) for t in texts[3:]))
    assert keys.tolist() == want and vecs.shape == (20, 8) and vecs.dtype == np.float32
    again = EmbeddingCache.load([tmp_path], "unit", 8)
    got, embedded = again.embed(_Unit(), texts[3:])
    assert embedded == 0 and np.array_equal(got, _Unit().passages(texts[3:]))
    assert np.concatenate(list(again.slices(texts[3:], rows=7))).shape == (21, 8)
    # put (the Ray reduce hands the workers' vectors to a cache this way): a key already held keeps its first vector
    first = _Unit().passages(["甲"])
    cache.put([text_key("甲"), text_key("甲")], np.vstack([first, -first]))
    assert np.array_equal(next(cache.slices(["甲"])), first)
    empty = EmbeddingCache("unit", 8)
    empty.save(tmp_path / "..", keep=[])  # nothing kept: a valid empty file
    with np.load(tmp_path / ".." / EmbeddingCache.file_name("unit")) as z:
        assert z["vectors"].shape == (0, 8) and len(z["keys"]) == 0


@pytest.mark.parametrize("count,exact_max", [(900, 10_000), (900, 100)])
def test_an_index_filled_slice_by_slice_answers_as_one_filled_at_once(count, exact_max):
    """The build adds the vectors in slices into capacity reserved up front; a flat index then equals one
    built from the whole matrix bit for bit, and HNSW finds the same neighbours."""
    from index.dense import DenseIndex

    rng = np.random.default_rng(5)
    x = rng.normal(size=(count, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    whole = DenseIndex.create(16, count, exact_max, 16)
    whole.index.add(x)  # FAISS's own single add, no reservation
    sliced = DenseIndex.build(x, exact_max, 16, slice_rows=128)
    assert sliced.size == whole.size == count and sliced.kind == whole.kind
    flat = lambda d: faiss_flat(d)  # noqa: E731
    assert np.array_equal(flat(sliced).reconstruct_n(0, count), flat(whole).reconstruct_n(0, count))
    for q in x[:20]:
        a, b = sliced.search(q, 10), whole.search(q, 10)
        if exact_max > count:
            assert a == b
        else:
            assert len({i for i, _ in a} & {i for i, _ in b}) >= 9


def faiss_flat(dense):
    import faiss

    return faiss.downcast_index(dense.index.storage) if hasattr(dense.index, "hnsw") else dense.index


def test_lift_route_tops_raises_a_routes_best_to_its_place_and_keeps_the_rest():
    from index.fusion import lift_route_tops
    ranked = [(5, 0.9), (3, 0.8), (7, 0.7), (1, 0.6), (9, 0.5), (2, 0.4)]
    # 9 (fifth) raised to third; scores stay where they stood, so they still fall down the list
    assert lift_route_tops(ranked, [9], 3) == [(5, 0.9), (3, 0.8), (9, 0.7), (7, 0.6), (1, 0.5), (2, 0.4)]
    # already at or above the place, or not a candidate: nothing moves; 0 turns it off
    assert lift_route_tops(ranked, [3, 42], 3) == ranked
    assert lift_route_tops(ranked, [2], 0) == ranked
    # two routes' bests, in route order: the second lands at the place, above the first
    assert [i for i, _ in lift_route_tops(ranked, [1, 2], 2)] == [5, 2, 1, 3, 7, 9]


@pytest.mark.parametrize("seed", range(4))
def test_route_arrays_give_the_dict_fusion_lift_and_tops(seed):
    """The array hand-off (`convex_head_arrays`, `route_top`, `lift_route_top_arrays`) gives what the dict
    functions give to the bit, whatever order a route's arrays hold its candidates in."""
    from index.fusion import convex_head_arrays, lift_route_top_arrays, lift_route_tops, route_top
    from index.search import _route_top

    rng = np.random.default_rng(seed)
    lex = {int(i): float(s) for i, s in zip(rng.choice(400, 150, replace=False), rng.integers(0, 6, 150) / 3)}
    den = {int(i): float(s) for i, s in zip(rng.choice(400, 120, replace=False), rng.random(120).round(2))}
    third = lambda ids: np.where(np.asarray(ids) % 7 == 0, -np.inf, (np.asarray(ids) % 5) / 4.0)
    arrays = lambda d: (np.array(list(d), dtype=np.int64), np.array(list(d.values()), dtype=np.float64))
    (lk, lv), (dk, dv) = arrays(lex), arrays(den)
    back = rng.permutation(len(lk))  # another order of the same route
    for w, share, head in ((0.35, 0.3, 40), (0.5, 0.0, 40), (0.0, 0.3, 10)):
        want, want_sent = convex_head_routes(lex, den, w, share, head, third)
        for k, v in ((lk, lv), (lk[back], lv[back])):
            ids, fused, sk, sv = convex_head_arrays(k, v, dk, dv, w, share, head, third)
            assert list(zip(ids.tolist(), fused.tolist())) == want
            assert dict(zip(sk.tolist(), sv.tolist())) == want_sent
        assert route_top(lk, lv) == _route_top(lex) and route_top(sk, sv) == _route_top(want_sent)
        for tops, at in (([route_top(dk, dv), route_top(lk, lv)], 3), ([10 ** 6], 2), ([want[-1][0]], 0)):
            assert list(zip(lift_route_top_arrays(ids, tops, at).tolist(), fused.tolist())) == \
                lift_route_tops(want, tops, at)


def test_among_is_isin():
    from index.search import _among

    rng = np.random.default_rng(3)
    for na, nb in ((0, 5), (5, 0), (40, 60), (300, 400)):
        a, b = rng.integers(0, 200, na), rng.integers(0, 200, nb)
        assert _among(a, b).tolist() == np.isin(a, b).tolist()
