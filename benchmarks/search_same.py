"""Whether a change leaves every answer as it was: each question's ranking and confidence, bit for bit.

A speed change (a cache, a precompiled pattern, a thread setting) must not change any result. This writes, for
every question of every set of `benchmarks.search.question_sets()` (less the sets `--skip` names: the
never-seen ones) in each mode, the answer's page and fold (passage ids, scores and their parts), `no_answer`
and `confidence`, floats as Python writes them (repr round-trips a float exactly); with `--against`, it
compares with a file written before the change and lists every question that differs.

    python -m benchmarks.search_same --data DIR --out before.json
    (change the code)
    python -m benchmarks.search_same --data DIR --out after.json --against before.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.common import OUT
from kg.config import Config

MODES = ("hybrid", "bm25", "dense")


def answers(searcher, sets: dict[str, list[dict]], modes=MODES) -> dict[str, dict]:
    """Each question's answer in each mode, keyed "set|mode|index|query"."""
    out = {}
    for name, questions in sets.items():
        for mode in modes:
            for j, q in enumerate(questions):
                r = searcher.answer(q["query"], k=10, mode=mode)
                row = lambda x: [x.passage_id, x.rank, repr(x.score), {k: repr(v) for k, v in x.scores.items()}]
                out[f"{name}|{mode}|{j}|{q['query']}"] = {
                    "no_answer": r.no_answer, "confidence": repr(r.confidence),
                    "results": [row(x) for x in r.results], "folded": [row(x) for x in r.folded]}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--against", type=Path)
    ap.add_argument("--skip", default="fresh15", help="leave out every set whose name holds this (never-seen)")
    args = ap.parse_args(argv)
    from benchmarks.search import question_sets
    from index.search import Searcher

    sets = {k: v for k, v in question_sets().items() if not (args.skip and args.skip in k)}
    searcher = Searcher.load(Config(data_dir=args.data))
    now = answers(searcher, sets)
    args.out.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(now)} answers over {len(sets)} sets x {len(MODES)} modes -> {args.out}")
    if args.against is None:
        return 0
    before = json.loads(args.against.read_text(encoding="utf-8"))
    differ = [k for k in sorted(before.keys() | now.keys()) if before.get(k) != now.get(k)]
    for k in differ[:20]:
        print("differs:", k.split("|")[:3])
    print(f"{len(differ)} of {len(before)} answers differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
