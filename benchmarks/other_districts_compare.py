"""Before / after on every other-district development record, error by error.

`python -m benchmarks.other_districts_compare run OUT.json [--jobs N]` scores every development record of every
`benchmarks/data/other_districts*` folder (opened never-seen sets included, sets still never seen left out, as
`benchmarks.other_districts_groups`) with the same `score_file`, and saves each file's counts and error rows to
OUT.json; it prints the pooled figures. `... cmp BEFORE.json AFTER.json` prints both pooled figures and every error
row that one run has and the other has not (FIXED: only before; BROKEN: only after), so a change to an extractor is
judged by what it fixes and what it breaks, not by a pooled figure alone.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks.other_districts import load_gold, score_file, summarise

DATA_ROOT = Path(__file__).parent / "data"


def development_records(folders: list[Path] | None = None) -> list[tuple[Path, dict]]:
    """(folder, record) for every split-"dev" record of the folders (default: every other-district folder holding a
    gold.json); `benchmarks.other_districts_groups` pools the same records."""
    if folders is None:
        folders = sorted(f for f in DATA_ROOT.glob("other_districts*") if (f / "gold.json").exists())
    return [(folder, rec) for folder in folders for rec in load_gold("all", folder) if rec["split"] == "dev"]


def _score(item: tuple[Path, dict]) -> tuple[str, dict]:
    folder, rec = item
    counts, errors = score_file(rec, folder)
    return f"{folder.name}/{rec['file']}", {"counts": dict(counts), "errors": [list(map(str, e)) for e in errors]}


def pooled(run: dict[str, dict]) -> dict:
    """The summarised figures of a run's summed counts."""
    return summarise(sum((Counter(r["counts"]) for r in run.values()), Counter()))


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[tuple[str, str, tuple]]:
    """("FIXED" | "BROKEN", file key, error row) for every error row in one run and not in the other."""
    out = []
    for key in sorted(set(before) | set(after)):
        old = {tuple(e) for e in before.get(key, {}).get("errors", [])}
        new = {tuple(e) for e in after.get(key, {}).get("errors", [])}
        out += [("FIXED", key, e) for e in sorted(old - new)] + [("BROKEN", key, e) for e in sorted(new - old)]
    return out


def _line(figures: dict) -> str:
    return " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="score every development record and save the run")
    run.add_argument("out", type=Path)
    run.add_argument("--jobs", type=int, default=2, help="worker processes (default 2: this machine's cores)")
    cmp = sub.add_parser("cmp", help="compare two saved runs")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "run":
        with ProcessPoolExecutor(args.jobs) as pool:
            result = dict(pool.map(_score, development_records(), chunksize=4))
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        print(f"{len(result)} files; {_line(pooled(result))}")
        return
    for path in (args.before, args.after):
        if not path.exists():
            ap.exit(2, f"error: no saved run at {path} (make one with: run {path})\n")
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    print(f"before: {_line(pooled(before))}\nafter:  {_line(pooled(after))}")
    rows = differences(before, after)
    for kind, key, error in rows:
        print(kind.ljust(6), key, *error)
    print(f"{sum(k == 'FIXED' for k, _, _ in rows)} fixed, {sum(k == 'BROKEN' for k, _, _ in rows)} broken")


if __name__ == "__main__":
    main()
