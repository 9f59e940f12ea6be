"""The warm answer's precomputed arrays give what they replace to the bit (perf18): BM25 postings decoded and
weighed once against the per-query decoding, sentence rows widened once against widening the rows a query
reads, the exact index's vectors kept against FAISS's reconstruct_batch."""

import numpy as np
import pytest


def _postings(stored: str):
    from index.postings import Postings

    rng = np.random.default_rng(18)
    n_docs, n_terms = 50_000, 14
    cols = [np.sort(rng.choice(n_docs, size=int(rng.integers(0, 600)), replace=False)) for _ in range(n_terms)]
    cols[2] = np.array([0, 40_000, 40_001, 49_999])  # three-byte varint gaps
    cols[5] = cols[13] = np.zeros(0, dtype=np.int64)  # terms without postings, the last one too
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in cols])])
    indices = np.concatenate(cols).astype(np.int32)
    if stored == "weights":
        return Postings.from_csc(indices, indptr, n_docs, weights=rng.random(int(indptr[-1])).astype(np.float32))
    # counts up to 40: many of 15 and more, kept whole in tf_big (the escaped counts, several terms at once)
    return Postings.from_csc(indices, indptr, n_docs, tf=rng.integers(1, 40, int(indptr[-1])),
                             idf=rng.random(n_terms).astype(np.float32) * 5, lengths=rng.integers(1, 300, n_docs))


@pytest.mark.parametrize("stored", ["counts", "weights"])
def test_decoded_postings_equal_decoding_per_query(stored):
    p = _postings(stored)
    q = _postings(stored)
    q.DECODE_MAX = -1  # never decoded whole: every query decodes what it reads
    assert q._decoded() is None and p._decoded() is not None
    rng = np.random.default_rng(3)
    allowed = rng.random(p.num_docs) < 0.4
    for terms in ([2], [0, 2, 2, 4], [5], [13], [1, 13], list(range(14)) * 2, [], [6, 6, 6]):
        t = np.asarray(terms, dtype=np.int64)
        (r1, w1), (r2, w2) = p._gather(t), q._gather(t)
        assert r1.dtype == r2.dtype and w1.dtype == w2.dtype
        assert np.array_equal(r1, r2) and np.array_equal(w1, w2), terms
        assert np.array_equal(p.scores(terms), q.scores(terms)), terms
        assert np.array_equal(p.scores(terms, allowed), q.scores(terms, allowed)), terms
    big = _postings(stored)
    big.DECODE_MAX = int(big.indptr[-1]) - 1  # one posting over: not kept
    assert big._decoded() is None


def test_counts_of_many_escaped_terms_equal_each_term_alone():
    """`_counts` puts every term's escaped counts (tf_big) at once: as `counts(t)` reads each term's."""
    p = _postings("counts")
    t = np.arange(14)
    a, b = p.indptr[t].astype(np.int64), p.indptr[t + 1].astype(np.int64)
    n = b - a
    start = np.cumsum(n) - n
    got = p._counts(np.repeat(a - start, n) + np.arange(int(n.sum())), a, b, start)
    want = np.concatenate([p.counts(int(k), np.float64) for k in t])
    assert (want >= 15).sum() > 50 and np.array_equal(got, want)


def test_widened_sentence_rows_give_the_same_cosines():
    from index.sentences import SentenceVectors

    rng = np.random.default_rng(7)
    v = rng.standard_normal((300, 32)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    start = np.concatenate([[0], np.cumsum(rng.integers(0, 9, 60))])
    start[-1] = 300
    wide, narrow = SentenceVectors(v.astype(np.float16), start), SentenceVectors(v.astype(np.float16), start, 0)
    assert wide._rows32 is not None and narrow._rows32 is None
    for q in v[:20]:
        ids = rng.integers(0, 60, 25)
        assert np.array_equal(wide.best_of(q, ids), narrow.best_of(q, ids))
        assert wide.best(q, ids) == narrow.best(q, ids)


@pytest.mark.parametrize("storage", ["fp16", "fp32"])
def test_kept_vectors_score_as_faiss_reconstructs_them(storage):
    pytest.importorskip("faiss")
    from index.dense import DenseIndex

    rng = np.random.default_rng(11)
    v = rng.standard_normal((500, 48)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    kept, plain = DenseIndex.build(v, storage=storage), DenseIndex.build(v, storage=storage)
    kept.keep_rows(kept.index.reconstruct_n(0, kept.size))
    assert kept.rows is not None and plain.rows is None
    for q in v[:10]:
        ids = rng.integers(0, 500, 150).tolist()
        assert kept.scores(q, ids) == plain.scores(q, ids)
    small = DenseIndex.build(v, storage=storage)
    small.KEEP_ROWS_MAX = 100
    small.keep_rows(small.index.reconstruct_n(0, small.size))
    assert small.rows is None
