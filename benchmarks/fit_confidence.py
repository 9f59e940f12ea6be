"""Fit the no-answer calibration (index/confidence.json) on the tuning questions only.

Positives: the 40 old dev questions and the `tune` half of the new answerable questions; negatives: the `tune`
half of the unanswerable questions. A logistic regression over index.confidence.FEATURES; the threshold is the
highest one that flags at most `--max-false` of the tuning answerable questions. Held-out questions are never
read here; benchmarks/search.py scores them.

Run: python -m benchmarks.fit_confidence --data DIR
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


def feature_rows(searcher, queries: list[dict], mode: str) -> list[dict]:
    return [searcher.confidence_features(searcher._rank(q["query"], 10, mode, None, None, None, True))
            for q in queries]


def fit(X: np.ndarray, y: np.ndarray, max_false: float) -> dict:
    from sklearn.linear_model import LogisticRegression

    # Standardised features (the dense cosines live in a narrow band), weights mapped back to raw units.
    mu, sd = X.mean(axis=0), X.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)  # a constant feature (no dense route in bm25 mode) gets weight 0
    lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit((X - mu) / sd, y)
    w = np.where(X.std(axis=0) > 0, lr.coef_[0] / sd, 0.0)
    b = float(lr.intercept_[0] - (lr.coef_[0] * mu / sd).sum())
    p = 1 / (1 + np.exp(-(X @ w + b)))
    pos = np.sort(p[y == 1])
    # The largest threshold that leaves at most max_false of the answerable questions below it.
    allowed = int(np.floor(max_false * len(pos)))
    threshold = float(pos[allowed]) - 1e-6 if allowed < len(pos) else 0.0
    return {"features": list(FEATURES), "weights": dict(zip(FEATURES, map(float, w))),
            "bias": b, "threshold": threshold,
            "tune_answerable_flagged": float(np.mean(p[y == 1] < threshold)),
            "tune_unanswerable_flagged": float(np.mean(p[y == 0] < threshold))}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--max-false", type=float, default=0.03)
    ap.add_argument("--cached", action="store_true", help="refit from the features of the last run")
    args = ap.parse_args(argv)
    from index.search import Searcher

    searcher = Searcher.load(Config(data_dir=args.data))
    sets = question_sets()
    pos = sets["old_dev40"] + sets["new_tune"]
    neg = sets["unanswerable_tune"]
    cache = OUT / "confidence_features.json"
    rows = json.loads(cache.read_text()) if args.cached and cache.exists() else {}
    models = {}
    for mode in ("hybrid", "bm25"):  # dense-only search makes no verdict (rarely used; see README)
        if mode != "bm25" and searcher.dense is None:
            continue
        if mode not in rows:
            rows[mode] = feature_rows(searcher, pos, mode) + feature_rows(searcher, neg, mode)
        X = np.array([[f[name] for name in FEATURES] for f in rows[mode]])
        y = np.array([1] * len(pos) + [0] * len(neg))
        models[mode] = fit(X, y, args.max_false)
        print(mode, json.dumps(models[mode], ensure_ascii=False))
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(rows))
    out = {"fitted_on": {"answerable": f"old_dev40 + new_tune ({len(pos)})",
                         "unanswerable": f"unanswerable tune ({len(neg)})",
                         "model": searcher.manifest.get("model"), "max_false": args.max_false},
           "models": models}
    _MODEL.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
