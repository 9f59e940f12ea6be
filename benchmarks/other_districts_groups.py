"""Every other-district development folder pooled into one table by province, genre, script and style.

`python -m benchmarks.other_districts` scores one folder; this runs the same scorer (`score_file`) over every
`benchmarks/data/other_districts*` folder holding a gold.json (its split `dev` records: opened never-seen sets
included, sets still never seen left out) and sums the counts before taking ratios, so a group's figure weighs each
file's records, not each folder. Styles held by fewer than `--min-files` files are left out of the table (they stay
in the JSON). Prints a markdown table and saves `benchmarks/out/other_districts_groups.json`.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.common import save
from benchmarks.other_districts import load_gold, score_file, summarise
from benchmarks.other_districts_compare import development_records

DATA_ROOT = Path(__file__).parent / "data"
COLS = ["files", "doc_number", "title", "date", "issuer", "tasks", "tasks_found", "lead_f1", "units_f1", "repeals",
        "repeal_recall", "false_repeals", "enterprises", "ent_class"]


def group_keys(rec: dict) -> list[str]:
    keys = ["all", f"province:{rec['province']}", f"genre:{rec['genre']}", f"script:{rec.get('script', 'simplified')}"]
    return keys + [f"style:{s}" for s in rec.get("styles", [])]


def pooled(folders: list[Path]) -> dict[str, dict]:
    """Summed counts per group over every record of the folders, as `summarise` rows with a file count."""
    counts: dict[str, Counter] = defaultdict(Counter)
    files: Counter = Counter()
    # (development records only: a never-seen set, split "freshN" until its one scoring, is not run here)
    for folder, rec in development_records(folders):
        c, _ = score_file(rec, folder)
        for k in group_keys(rec):
            counts[k] += c
            files[k] += 1
    return {k: {"files": files[k], **summarise(c)} for k, c in counts.items()}


def _cell(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else ("" if v is None else str(v))


def markdown(rows: dict[str, dict], min_files: int) -> str:
    order = sorted(rows, key=lambda k: (k != "all", k.split(":")[0], -rows[k]["files"], k))
    lines = ["| group | " + " | ".join(COLS) + " |", "|" + "---|" * (len(COLS) + 1)]
    lines += ["| " + k + " | " + " | ".join(_cell(rows[k].get(c)) for c in COLS) + " |"
              for k in order if not (k.startswith("style:") and rows[k]["files"] < min_files)]
    return "\n".join(lines)


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-files", type=int, default=5, help="print a style's row only when this many files hold it")
    args = ap.parse_args(argv)
    folders = sorted(p for p in DATA_ROOT.glob("other_districts*")
                     if (p / "gold.json").exists() and any(r["split"] == "dev" for r in load_gold("all", p)))
    rows = pooled(folders)
    print(f"{len(folders)} folders, {rows['all']['files']} files")
    print(markdown(rows, args.min_files))
    payload = {"folders": [p.name for p in folders], "groups": rows}
    save("other_districts_groups", payload)
    return payload


if __name__ == "__main__":
    main()
