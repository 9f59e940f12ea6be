"""Fit the no-answer calibration (index/confidence.json) on the tuning questions only.

Positives: the 40 old dev questions, the `tune` half of the new answerable questions and `tune2`; negatives: the `tune`
unanswerable questions. A logistic regression over index.confidence.FEATURES (standardised, class-balanced).

The threshold is chosen on out-of-fold probabilities (5-fold cross-validation over the tuning questions, repeated
with 10 shuffles): the highest one that flags at most `--max-false` (default 0.025, a margin under the 0.03 target)
of the tuning answerable questions *that the fold's model did not see*. An in-sample threshold would be too
optimistic — a fitted model scores its own training questions more confidently than new ones. The cross-validated
rates at that threshold are printed and stored beside the weights. Held-out and fresh questions are never read
here; benchmarks/search.py scores them.

Run: python -m benchmarks.fit_confidence --data DIR [--cached]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from benchmarks.common import OUT
from benchmarks.search import question_sets
from index.confidence import _MODEL, FEATURES
from kg.config import Config


def feature_rows(searcher, queries: list[dict], mode: str) -> list[dict | None]:
    """The features of each question's ranking; None where a 文号/登记号 picks the document (answer() then
    counts the page as sure and never asks the model)."""
    rows = []
    for q in queries:
        r = searcher._rank(q["query"], 10, mode, None, None, None, True)
        rows.append(None if r.exact else searcher.confidence_features(r))
    return rows


def _logistic(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias in raw feature units (standardised for the fit: the dense cosines live in a narrow band);
    a constant feature (no dense route in bm25 mode) gets weight 0."""
    from sklearn.linear_model import LogisticRegression

    mu, sd = X.mean(axis=0), X.std(axis=0)
    safe = np.where(sd > 0, sd, 1.0)
    lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit((X - mu) / safe, y)
    w = np.where(sd > 0, lr.coef_[0] / safe, 0.0)
    return w, float(lr.intercept_[0] - (w * mu).sum())


def out_of_fold(X: np.ndarray, y: np.ndarray, repeats: int = 10, folds: int = 5) -> np.ndarray:
    """Probabilities of every question from models that did not see it, one row per shuffle."""
    from sklearn.model_selection import StratifiedKFold

    P = np.zeros((repeats, len(y)))
    for k in range(repeats):
        for tr, te in StratifiedKFold(folds, shuffle=True, random_state=k).split(X, y):
            w, b = _logistic(X[tr], y[tr])
            P[k, te] = 1 / (1 + np.exp(-(X[te] @ w + b)))
    return P


def pick_threshold(p_pos: np.ndarray, max_false: float) -> float:
    """The largest threshold that leaves at most `max_false` of `p_pos` below it."""
    pos = np.sort(p_pos)
    allowed = int(np.floor(max_false * len(pos)))
    return float(pos[allowed]) - 1e-9 if allowed < len(pos) else 0.0


def fit(X: np.ndarray, y: np.ndarray, max_false: float) -> dict:
    P = out_of_fold(X, y)
    threshold = pick_threshold(P[:, y == 1].ravel(), max_false)
    w, b = _logistic(X, y)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return {"features": list(FEATURES), "weights": dict(zip(FEATURES, map(float, w))), "bias": b,
            "threshold": threshold,
            "cv_answerable_flagged": float(np.mean(P[:, y == 1] < threshold)),
            "cv_unanswerable_flagged": float(np.mean(P[:, y == 0] < threshold)),
            "tune_answerable_flagged": float(np.mean(p[y == 1] < threshold)),
            "tune_unanswerable_flagged": float(np.mean(p[y == 0] < threshold))}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--max-false", type=float, default=0.025)
    ap.add_argument("--cached", action="store_true", help="refit from the features of the last run")
    args = ap.parse_args(argv)
    from index.search import Searcher

    searcher = Searcher.load(Config(data_dir=args.data))
    sets = question_sets()
    pos = sets["old_dev40"] + sets["new_tune"] + sets.get("tune2", [])
    neg = sets["unanswerable_tune"]
    cache = OUT / "confidence_features.json"
    rows = json.loads(cache.read_text()) if args.cached and cache.exists() else {}
    models = {}
    for mode in ("hybrid", "bm25"):  # dense-only search makes no verdict (rarely used; see README)
        if mode != "bm25" and searcher.dense is None:
            continue
        if mode not in rows:
            rows[mode] = feature_rows(searcher, pos, mode) + feature_rows(searcher, neg, mode)
        labels = [1] * len(pos) + [0] * len(neg)
        kept = [(f, label) for f, label in zip(rows[mode], labels) if f is not None]
        X = np.array([[f[name] for name in FEATURES] for f, _ in kept])
        y = np.array([label for _, label in kept])
        models[mode] = fit(X, y, args.max_false)
        print(mode, json.dumps(models[mode], ensure_ascii=False))
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(rows))
    out = {"fitted_on": {"answerable": f"old_dev40 + new_tune + tune2 ({len(pos)}, less those a 文号/登记号 decides)",
                         "unanswerable": f"unanswerable tune ({len(neg)})",
                         "model": searcher.manifest.get("model"), "max_false": args.max_false,
                         "threshold_from": "out-of-fold probabilities, 5-fold x 10 shuffles"},
           "models": models}
    _MODEL.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
