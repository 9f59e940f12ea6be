"""Every question's answer, written down and compared: the check that a speed-up changed no result.

Runs `Searcher.answer` on every question of every set (the 40 dev questions, benchmarks/data/questions' sample,
other-district and unanswerable questions, every split), in each mode, and the dev questions again with each
filter, and records per question the shown passages (ids and scores), the folded ones, `no_answer` and the
confidence. `--save FILE` writes that record; `--against FILE` compares a fresh run with it and lists every
question whose answer differs (exit status 1 if any does). Scores and confidences are compared exactly.

    python -m benchmarks.same_answers --data DIR --save /tmp/before.json
    (change the code)
    python -m benchmarks.same_answers --data DIR --against /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks.common import OUT, load_gold
from benchmarks.search import QUESTIONS
from kg.config import Config

# The dev questions asked again with each filter (the filters' own masks and the in-force rule run then).
FILTERS = ({"district": "张店区"}, {"include_repealed": False}, {"year": 2021}, {"issuer": "办公室"})


def questions(skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(set name, query) of every question, each set's questions in file order; none of a split named in `skip`
    (the never-seen splits: only the integrator runs the search on them)."""
    out = [("old_dev40", q["query"]) for q in load_gold("queries")]
    for name in ("sample_corpus", "other_districts", "unanswerable"):
        path = QUESTIONS / f"{name}.json"
        if path.exists():
            out += [(f"{name}/{q['split']}", q["query"]) for q in json.loads(path.read_text(encoding="utf-8"))
                    if q["split"] not in skip]
    return out


def record(resp) -> dict:
    """What must not change: shown and folded passages with their scores, the verdict and the confidence."""
    return {"results": [[r.passage_id, r.rank, repr(r.score), r.doc_id, r.status] for r in resp.results],
            "folded": [[r.passage_id, repr(r.score)] for r in resp.folded],
            "no_answer": resp.no_answer, "confidence": repr(resp.confidence)}


def answers(searcher, modes: list[str], skip: tuple[str, ...] = ()) -> dict[str, dict]:
    out: dict[str, dict] = {}
    qs = questions(skip)
    for mode in modes:
        for name, q in qs:
            out[f"{mode}|{name}|{q}"] = record(searcher.answer(q, k=10, mode=mode))
    for f in FILTERS:
        tag = ",".join(f"{k}={v}" for k, v in f.items())
        for name, q in qs[:40]:
            out[f"hybrid+{tag}|{name}|{q}"] = record(searcher.answer(q, k=10, mode="hybrid", **f))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--modes", default="hybrid,bm25,dense")
    ap.add_argument("--skip", default="fresh55,fresh56",
                    help="comma-separated splits left out (never-seen: not to be run)")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--against", type=Path)
    args = ap.parse_args(argv)
    from index.search import Searcher

    searcher = Searcher.load(Config(data_dir=args.data))
    now = answers(searcher, args.modes.split(","), tuple(x for x in args.skip.split(",") if x))
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(now)} answers written to {args.save}")
        return 0
    before = json.loads(args.against.read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ[:20]:
        print(f"differs: {key}\n  before {before.get(key)}\n  now    {now.get(key)}")
    print(f"{len(now)} answers, {len(before)} before: {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
