"""Single-check vetoes (noanswer73): when one check flags an answerable question, what did the evidence look like?

Issue #14's never-seen sets flag answerable questions at 0.10-0.15 while leave-one-set-out (LOSO) promises 0.025:
nearly every such miss had confidence ~0.000 because ONE check (scope_miss, place_top, type_miss, place_apart,
service, chat) misread the question or the page while the first passage was the right one. This module tabulates,
per question, the checks that fired and the retrieval evidence — the first passage's fused score and its margin
over the second, `cover` (the IDF share of the question's content words the first passage prints), whether the
routes agree, whether the first passage is the gold one — and measures rules that would let strong evidence
overrule a lone check, by pooled LOSO and by a replay of the never-seen sets.

The replay (`benchmarks/data/replay/never_seen_replay.json`) holds each question of `fresh20` … `fresh54` as the
code of its never-seen score read it (the commit named in its `*_never_seen_score.txt`, run from a `git archive`
on one data dir): the checks as they misfired then, before the round that opened the set mended them — the
"design leak" a pooled LOSO cannot see, since every set's own misfires were fixed before it was fitted on.

    python -m benchmarks.single_check questions --out Q.json     the fitted questions (id, set, label, gold)
    python -m benchmarks.single_check rows --data DIR --questions Q.json --out ROWS.json [--ids a,b]
        one row per question with the code on sys.path; the same file replays an old commit's checks:
        cp benchmarks/single_check.py /tmp/sc.py; PYTHONPATH=<git archive of the commit> python /tmp/sc.py rows …
    python -m benchmarks.single_check report --rows ROWS.json [--replay never_seen_replay.json]
        the never-seen misses' table and every rule's LOSO / replay figures (the README's table)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CHECKS = ("scope_miss", "place_top", "type_miss", "place_apart", "service", "chat")
# Checks reading the same thing count as one signal: scope_miss, place_top and place_apart all read the places
# the question and the evidence name (of the 715 fitted questions, hybrid, at which scope_miss or place_top fires,
# both fire at 455).
FAMILY = {"scope_miss": "place", "place_top": "place", "place_apart": "place", "type_miss": "value",
          "service": "service", "chat": "chat"}
# beside the question sets, not among them: every *.json under questions/ is read as a list of questions
REPLAY = Path(__file__).parent / "data" / "replay" / "never_seen_replay.json"


def fired(features: dict) -> list[str]:
    """The checks at 1 (type_miss and scope_miss are 0/1 in practice: over 0.5 counts)."""
    return [c for c in CHECKS if features.get(c, 0.0) > 0.5]


def families(features: dict) -> set[str]:
    return {FAMILY[c] for c in fired(features)}


def lone_check_released(row: dict, min_cover: float, min_margin: float = 0.0, kinds=tuple(CHECKS)) -> dict:
    """The rule measured (prompt's "two independent signals where the first passage carries most of the question's
    words"): where the checks that fired are of one family, of `kinds`, while the routes agree on a first passage
    printing at least `min_cover` of the question's content words and leading by `min_margin`, the checks are
    set to 0 (the other evidence decides). Returns the features the model would read."""
    f = dict(row["features"])
    on = fired(f)
    if (on and len(families(f)) == 1 and all(c in kinds for c in on) and f["agree"] > 0.5
            and f["cover"] >= min_cover and row["margin"] >= min_margin):
        for c in on:
            f[c] = 0.0
    return f


def _compact(text: str) -> str:
    return "".join(text.split())


def _gold_hit(result, q: dict) -> bool:
    """benchmarks.search.is_hit without its normalisation of evidence strings (kept free of benchmarks.search so
    an old commit's index/ can run it; the gold line decides nearly all)."""
    if not q.get("seed") or Path(result.source["file"]).name != Path(q["seed"]).name:
        return False
    if q.get("line") and result.source["line_start"] <= q["line"] <= result.source["line_end"]:
        return True
    return any(_compact(e) in _compact(result.text) for e in q.get("evidence", []))


def question_rows(searcher, questions: list[dict], mode: str = "hybrid") -> list[dict]:
    """Features, the model's p and the first passage's evidence for each question (a 文号 pick is left out: the
    model is not asked)."""
    from index.confidence import load_calibration

    model = load_calibration(mode)
    out = []
    for q in questions:
        r = searcher._rank(q["query"], 10, mode, None, None, None, True)
        if r.exact or not r.ranked:
            continue
        f = searcher.confidence_features(r)
        (i1, s1), s2 = r.ranked[0], (r.ranked[1][1] if len(r.ranked) > 1 else 0.0)
        top = searcher._result(i1, 1, s1, r)
        out.append({"id": q["id"], "set": q["set"], "label": q["label"], "query": q["query"], "features": f,
                    "p": model.probability(f) if model else None, "threshold": model.threshold if model else None,
                    "top_score": float(s1), "margin": float(s1 - s2),
                    "top_gold": bool(q["label"]) and _gold_hit(top, q)})
    return out


def evaluate(rows: list[dict], replay: list[dict], transform=lambda r: r["features"], max_false: float = 0.025
             ) -> dict:
    """Pooled LOSO over the fitted rows (benchmarks.fit_confidence's protocol and threshold) with `transform`
    applied to every row's features, and the never-seen replay scored by the model fitted on all rows."""
    import numpy as np

    from benchmarks.fit_confidence import LOSO_GROUPS, _predict, fit, leave_one_set_out
    from index.confidence import FEATURES

    def matrix(rs):
        return np.array([[transform(r)[n] for n in FEATURES] for r in rs])

    X, y = matrix(rows), np.array([r["label"] for r in rows])
    sets = np.array([r["set"] for r in rows])
    groups = np.array([LOSO_GROUPS.get(s, s) for s in sets])
    m = fit(X, y, max_false, groups=groups, sets=sets)
    t = m["threshold"]
    P = leave_one_set_out(X, y, groups)[0]
    over = sorted(str(g) for g in np.unique(groups)
                  if ((groups == g) & (y == 1)).any() and np.mean(P[(groups == g) & (y == 1)] < t) > 0.03)
    out = {"threshold": t, "vetoes": m["vetoes"],
           "loso_unanswerable": int((P[y == 0] < t).sum()), "unanswerable": int((y == 0).sum()),
           "loso_answerable": int((P[y == 1] < t).sum()), "answerable": int((y == 1).sum()), "over": over}
    if replay:
        w = np.array([m["weights"][n] for n in FEATURES])
        Xr, yr = matrix(replay), np.array([r["label"] for r in replay])
        pr = _predict(Xr, w, m["bias"], [FEATURES.index(v) for v in m["vetoes"]])
        out.update(replay_answerable=int(((pr < t) & (yr == 1)).sum()), replay_answerable_n=int((yr == 1).sum()),
                   replay_unanswerable=int(((pr < t) & (yr == 0)).sum()), replay_unanswerable_n=int((yr == 0).sum()))
    return out


def evaluate_cap(rows: list[dict], replay: list[dict], cap: float, one_family_only: bool = False,
                 max_false: float = 0.025) -> dict:
    """The prompt's "cap each check's pull": the checks' summed logit held at or above -cap (where one family
    fired, with `one_family_only`), the weights fitted as usual; pooled LOSO and the replay as `evaluate` gives."""
    import numpy as np

    from benchmarks.fit_confidence import LOSO_GROUPS, _logistic, pick_threshold
    from index.confidence import FEATURES

    cols = [FEATURES.index(c) for c in CHECKS]

    def matrix(rs):
        return np.array([[r["features"][n] for n in FEATURES] for r in rs])

    def one_family(rs):
        return np.array([len(families(r["features"])) <= 1 for r in rs])

    def predict(X, lone, w, b):
        checks = X[:, cols] @ w[cols]
        held = np.maximum(checks, -cap)
        if one_family_only:
            held = np.where(lone, held, checks)
        return 1 / (1 + np.exp(-(X @ w + b - checks + held)))

    X, y, lone = matrix(rows), np.array([r["label"] for r in rows]), one_family(rows)
    groups = np.array([LOSO_GROUPS.get(r["set"], r["set"]) for r in rows])
    P = np.zeros(len(y))
    for g in np.unique(groups):
        te = groups == g
        w, b = _logistic(X[~te], y[~te])
        P[te] = predict(X[te], lone[te], w, b)
    t = pick_threshold(P[y == 1], max_false)
    w, b = _logistic(X, y)
    yr = np.array([r["label"] for r in replay])
    pr = predict(matrix(replay), one_family(replay), w, b)
    return {"threshold": t, "loso_unanswerable": int((P[y == 0] < t).sum()), "unanswerable": int((y == 0).sum()),
            "loso_answerable": int((P[y == 1] < t).sum()), "answerable": int((y == 1).sum()),
            "replay_answerable": int(((pr < t) & (yr == 1)).sum()), "replay_answerable_n": int((yr == 1).sum()),
            "replay_unanswerable": int(((pr < t) & (yr == 0)).sum()), "replay_unanswerable_n": int((yr == 0).sum())}


def design_leak(rows: list[dict], replay: list[dict]) -> dict:
    """Pooled LOSO with each replayed question's row as its never-seen code read it (the checks first added for
    its set not yet there): what LOSO promises once the design leak of fresh20 … fresh54 is put back, and those
    sets' own rates left out."""
    import numpy as np

    from benchmarks.fit_confidence import LOSO_GROUPS, fit, leave_one_set_out
    from index.confidence import FEATURES

    then = {r["id"]: r for r in replay}
    mixed = [then.get(r["id"], r) for r in rows]
    X = np.array([[r["features"][n] for n in FEATURES] for r in mixed])
    y = np.array([r["label"] for r in mixed])
    sets = np.array([r["set"] for r in mixed])
    groups = np.array([LOSO_GROUPS.get(s, s) for s in sets])
    t = fit(X, y, 0.025, groups=groups, sets=sets)["threshold"]
    P = leave_one_set_out(X, y, groups)[0]
    old = np.array([r["id"] in then for r in mixed])
    return {"threshold": t, "loso_unanswerable": float(np.mean(P[y == 0] < t)),
            "loso_answerable": float(np.mean(P[y == 1] < t)),
            "replayed_answerable": int(((P < t) & (y == 1) & old).sum()), "replayed_answerable_n": int(((y == 1) & old).sum()),
            "replayed_unanswerable": int(((P < t) & (y == 0) & old).sum()),
            "replayed_unanswerable_n": int(((y == 0) & old).sum())}


def report(rows: list[dict], replay: list[dict]) -> None:
    print("never-seen answerable questions flagged, as their never-seen code read them:")
    for r in replay:
        if r["label"] == 1 and r["p"] < r["threshold"]:
            f = r["features"]
            print(f"  {r['split']:8s} {r['id']:6s} p={r['p']:.3f} checks={'+'.join(fired(f)) or '-':32s} "
                  f"margin={r['margin']:.3f} cover={f['cover']:.2f} agree={f['agree']:.0f} gold_first={r['top_gold']}")
    rules = [("main: every check weighed", lambda r: r["features"])]
    rules += [(f"lone family released, cover>={c} margin>={mg}", lambda r, c=c, mg=mg: lone_check_released(r, c, mg))
              for c in (0.5, 0.7, 0.9) for mg in (0.0, 0.2, 0.4)]
    rules += [(f"lone type_miss/service/place_top released, cover>={c}",
               lambda r, c=c: lone_check_released(r, c, 0.0, ("type_miss", "service", "place_top")))
              for c in (0.3, 0.5, 0.7)]
    for name, tf in rules:
        e = evaluate(rows, replay, tf)
        print(f"{name:48s} LOSO unanswerable {e['loso_unanswerable'] / e['unanswerable']:.4f} "
              f"answerable {e['loso_answerable'] / e['answerable']:.4f} threshold {e['threshold']:.4f} | replay "
              f"answerable {e.get('replay_answerable')}/{e.get('replay_answerable_n')} unanswerable "
              f"{e.get('replay_unanswerable')}/{e.get('replay_unanswerable_n')} | groups over 0.03: {len(e['over'])}")
    for cap in (5.0, 4.0, 3.0):
        for one in (False, True):
            e = evaluate_cap(rows, replay, cap, one)
            print(f"checks' pull capped at -{cap}{' (one family)' if one else ''}: LOSO unanswerable "
                  f"{e['loso_unanswerable'] / e['unanswerable']:.4f} answerable {e['loso_answerable'] / e['answerable']:.4f}"
                  f" threshold {e['threshold']:.4f} | replay answerable {e['replay_answerable']}/{e['replay_answerable_n']}"
                  f" unanswerable {e['replay_unanswerable']}/{e['replay_unanswerable_n']}")
    print("design-leak LOSO (fresh20 … fresh54 as never seen):", json.dumps(design_leak(rows, replay)))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("questions", "rows", "report"))
    ap.add_argument("--data", type=Path)
    ap.add_argument("--questions", type=Path)
    ap.add_argument("--rows", type=Path)
    ap.add_argument("--replay", type=Path, default=REPLAY)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--ids", default="", help="comma-separated question ids (rows of these only)")
    args = ap.parse_args(argv)
    if args.what == "report":
        report(json.loads(args.rows.read_text()), json.loads(args.replay.read_text()))
        return
    if args.what == "questions":
        from benchmarks.fit_confidence import NEGATIVE_SETS, POSITIVE_SETS, fitted
        from benchmarks.search import question_sets

        sets = question_sets()
        qs = [{**q, "set": n, "label": int(n in POSITIVE_SETS)} for n in POSITIVE_SETS + NEGATIVE_SETS
              for q in sets.get(n, []) if fitted(q)]
        args.out.write_text(json.dumps(qs, ensure_ascii=False))
        return
    from index.search import Searcher
    from kg.config import Config

    qs = json.loads(args.questions.read_text())
    if args.ids:
        wanted = set(args.ids.split(","))
        qs = [q for q in qs if q["id"] in wanted]
    searcher = Searcher.load(Config(data_dir=args.data))
    args.out.write_text(json.dumps(question_rows(searcher, qs), ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
