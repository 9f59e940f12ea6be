"""Fusion of ranked lists: reciprocal rank fusion and convex (weighted) fusion of normalised scores."""

from __future__ import annotations

import numpy as np

__all__ = ["rrf", "convex", "convex_routes", "convex_head_routes", "convex_head_arrays", "minmax",
           "lift_route_tops", "lift_route_top_arrays", "route_top"]


def rrf(rankings: list[list[int]], k: int = 60, weights: list[float] | None = None) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score(d) = Σ w_i / (k + rank_i(d)), ranks starting at 1.

    Args:
        rankings: each a list of ids, best first.
        k: the damping constant (60 in Cormack et al. 2009).
        weights: one per ranking (default 1).
    """
    weights = weights or [1.0] * len(rankings)
    scores: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for r, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + w / (k + r)
    return sorted(scores.items(), key=lambda x: (-x[1], x[0]))


def minmax(scores: dict[int, float]) -> dict[int, float]:
    """Scale scores to [0, 1]; a constant list maps to 1."""
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    if hi == lo:
        return {d: 1.0 for d in scores}
    return {d: (s - lo) / (hi - lo) for d, s in scores.items()}


def convex(lexical: dict[int, float], dense: dict[int, float], dense_weight: float = 0.5) -> list[tuple[int, float]]:
    """Convex fusion: (1-w)·minmax(lexical) + w·minmax(dense); a missing score counts as 0. Ordered by fused
    score, then id."""
    if set(map(type, lexical)) | set(map(type, dense)) <= {int}:
        return _convex_arrays(lexical, dense, dense_weight)
    a, b = minmax(lexical), minmax(dense)
    ids = set(a) | set(b)
    fused = {d: (1 - dense_weight) * a.get(d, 0.0) + dense_weight * b.get(d, 0.0) for d in ids}
    return sorted(fused.items(), key=lambda x: (-x[1], x[0]))


def _minmax_array(scores: np.ndarray) -> np.ndarray:
    if not len(scores):
        return scores
    lo, hi = scores.min(), scores.max()
    return np.ones_like(scores) if hi == lo else (scores - lo) / (hi - lo)


def _convex_arrays(lexical: dict[int, float], dense: dict[int, float], w: float) -> list[tuple[int, float]]:
    """`convex` for integer ids (passage positions), in numpy: the same float64 operations on the same values
    as the dicts above, so the same scores to the bit and the same order; ~10× faster on the few hundred
    candidates of a query."""
    lk = np.fromiter(lexical.keys(), dtype=np.int64, count=len(lexical))
    dk = np.fromiter(dense.keys(), dtype=np.int64, count=len(dense))
    ids = np.concatenate([lk, dk])
    ids.sort()  # ascending: a stable sort then breaks ties by id
    if len(ids):  # each once (np.unique hashes first: slower here)
        ids = ids[np.concatenate(([True], ids[1:] != ids[:-1]))]
    a, b = np.zeros(len(ids)), np.zeros(len(ids))
    a[np.searchsorted(ids, lk)] = _minmax_array(np.fromiter(lexical.values(), dtype=np.float64, count=len(lk)))
    b[np.searchsorted(ids, dk)] = _minmax_array(np.fromiter(dense.values(), dtype=np.float64, count=len(dk)))
    fused = (1 - w) * a + w * b
    order = np.argsort(-fused, kind="stable")
    return list(zip(ids[order].tolist(), fused[order].tolist()))


def convex_routes(routes: list[dict[int, float]], weights: list[float]) -> list[tuple[int, float]]:
    """Convex fusion of any number of routes over the same integer ids: Σ w_r·minmax(route r); a missing score
    counts as 0. Ordered by fused score, then id."""
    ids = np.array(sorted(set().union(*routes)), dtype=np.int64)
    fused = np.zeros(len(ids))
    for route, w in zip(routes, weights):
        if not route or not w:
            continue
        k = np.fromiter(route.keys(), dtype=np.int64, count=len(route))
        fused[np.searchsorted(ids, k)] += w * _minmax_array(np.fromiter(route.values(), dtype=np.float64, count=len(k)))
    order = np.argsort(-fused, kind="stable")
    return list(zip(ids[order].tolist(), fused[order].tolist()))


def convex_head_routes(lexical: dict[int, float], dense: dict[int, float], w: float, a: float, head: int,
                       third) -> tuple[list[tuple[int, float]], dict[int, float]]:
    """`convex_routes([lexical, dense, third_scores], [1 - w, w·(1 - a), w·a])`, where the third route scores
    only the first `head` of `convex(lexical, dense, w)` (`third(ids)`: an array over those ids, -inf for none),
    with the ids and the two routes' normalised scores worked out once for both fusions: the same float64
    operations on the same values as the two calls, so the same scores to the bit and the same order (adding
    a missing route's 0 changes no sum of these non-negative terms). Returns the fused list and the third
    route's scores. (`convex_head_arrays` on the routes' arrays.)"""
    lk = np.fromiter(lexical.keys(), dtype=np.int64, count=len(lexical))
    dk = np.fromiter(dense.keys(), dtype=np.int64, count=len(dense))
    lv = np.fromiter(lexical.values(), dtype=np.float64, count=len(lk))
    dv = np.fromiter(dense.values(), dtype=np.float64, count=len(dk))
    ids, fused, sk, sv = convex_head_arrays(lk, lv, dk, dv, w, a, head, third)
    return list(zip(ids.tolist(), fused.tolist())), dict(zip(sk.tolist(), sv.tolist()))


def convex_head_arrays(lk: np.ndarray, lv: np.ndarray, dk: np.ndarray, dv: np.ndarray, w: float, a: float,
                       head: int, third) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`convex_head_routes` over the routes' arrays (each route's ids distinct; its scores float64, in any
    order: min-max scaling and the fused sums do not depend on it): the fused ids and scores, best first (by
    score, then id), and the third route's ids and scores (the head's order, those it scores)."""
    ids = np.concatenate([lk, dk])
    ids.sort()
    if len(ids):
        ids = ids[np.concatenate(([True], ids[1:] != ids[:-1]))]
    pl, pd = np.searchsorted(ids, lk), np.searchsorted(ids, dk)
    ml, md = _minmax_array(lv), _minmax_array(dv)
    la, da = np.zeros(len(ids)), np.zeros(len(ids))
    la[pl], da[pd] = ml, md
    two = (1 - w) * la + w * da
    at = np.argsort(-two, kind="stable")[:head]  # the head's positions in `ids`
    best = np.asarray(third(ids[at]))
    keep = best != -np.inf
    at, sv = at[keep], best[keep].astype(np.float64)
    fused = np.zeros(len(ids))
    # (the third route as convex_routes reads it from its dict: its ids are distinct, so the dict's values are
    # `sv` in the same order, and their positions in `ids` are `at`)
    for pos, m, wr in ((pl, ml, 1 - w), (pd, md, w * (1 - a)), (at, _minmax_array(sv), w * a)):
        if not len(pos) or not wr:
            continue
        fused[pos] += wr * m
    order = np.argsort(-fused, kind="stable")
    return ids[order], fused[order], ids[at], sv


def route_top(ids: np.ndarray, scores: np.ndarray) -> int:
    """A route's best candidate, the smallest id among equal scores: max(route, key=(score, -id)) over its arrays
    (scores are finite numbers: no NaN, for which max and == disagree)."""
    return int(ids[scores == scores.max()].min())


def lift_route_top_arrays(ids: np.ndarray, tops: list[int], at: int) -> np.ndarray:
    """`lift_route_tops` on the fused ids alone (a lifted candidate takes the score of the one whose place it
    takes: the scores stay where they are)."""
    if at < 1 or not len(ids):
        return ids
    head = set(ids[:at].tolist())
    if all(t in head for t in tops):  # the usual case: nothing moves
        return ids
    order = ids.tolist()  # (lift_route_tops' moves on the ids alone)
    for t in tops:
        if t not in order:
            continue
        pos = order.index(t)
        if pos < at:
            continue
        order.pop(pos)
        order.insert(at - 1, t)
    return np.array(order, dtype=np.int64)


def lift_route_tops(ranked: list[tuple[int, float]], tops: list[int], at: int) -> list[tuple[int, float]]:
    """Raise each route's best candidate (`tops`, in route order) to position `at` (1-based) of the fused list
    when it stands below it; the others keep their order. A candidate one route puts clearly first is seldom
    wrong when the fusion sinks it (BM25's many generic words, a long passage's one matching sentence).
    The lifted one takes the score of the candidate whose place it takes, so scores still fall down the list."""
    if at < 1 or not ranked:
        return ranked
    head = {i for i, _ in ranked[:at]}
    if all(t in head for t in tops):  # each already at `at` or above (the usual case): nothing moves
        return ranked
    order = [i for i, _ in ranked]
    scores = [sc for _, sc in ranked]
    for t in tops:
        if t not in order:
            continue
        pos = order.index(t)
        if pos < at:
            continue
        order.pop(pos)
        order.insert(at - 1, t)
    return list(zip(order, scores))
