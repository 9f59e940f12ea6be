"""Score document segmentation and metadata against documents_dev.json.

Run: python -m benchmarks.documents [--corpus DIR]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.common import load_gold, save, table
from kg.config import SAMPLE_CORPUS
from kg.parse import parse_issue
from kg.parse.normalize import compact

FIELDS = ("title", "doc_number", "issuer", "date", "line_start", "line_end")


def score_documents(issues: dict, gold: list[dict]) -> dict:
    """Match each gold record to the predicted document with the same start line or title.

    Precision is measured inside the line ranges the gold covers: a predicted document that
    starts inside a gold document's range and is not that document is a false positive.
    """
    per_file = defaultdict(list)
    for g in gold:
        per_file[g["seed"]].append(g)
    tp = fp = 0
    correct = defaultdict(int)
    misses = []
    for seed, golds in per_file.items():
        docs = issues[seed].documents
        matched = set()
        for g in golds:
            hit = next((d for d in docs if d.line_start == g["line_start"]), None) or next(
                (d for d in docs if compact(d.title) == compact(g["title"])), None)
            if hit is None:
                misses.append((seed, g["line_start"], g["title"]))
                continue
            tp += 1
            matched.add(hit.id)
            for f in FIELDS:
                if getattr(hit, f) == g[f]:
                    correct[f] += 1
                else:
                    misses.append((seed, g["line_start"], f"{f}: got {getattr(hit, f)!r} want {g[f]!r}"))
        for d in docs:
            if d.id in matched:
                continue
            if any(g["line_start"] <= d.line_start <= g["line_end"] for g in golds):
                fp += 1
                misses.append((seed, d.line_start, f"spurious document: {d.title}"))
    n = len(gold)
    recall = tp / n if n else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"gold": n, "found": tp, "precision": precision, "recall": recall, "f1": f1}
    out.update({f"{f}_acc": correct[f] / n if n else 0.0 for f in FIELDS})
    return {"scores": out, "errors": misses}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    issues = {p.name: parse_issue(p) for p in sorted(args.corpus.glob("*.txt"))}
    elapsed = time.perf_counter() - t0
    res = score_documents(issues, load_gold("documents"))
    s = res["scores"]
    s["parse_seconds"] = elapsed
    s["documents_total"] = sum(len(i.documents) for i in issues.values())
    print(table([s], ["gold", "found", "precision", "recall", "f1", "title_acc", "doc_number_acc",
                      "issuer_acc", "date_acc", "line_start_acc", "line_end_acc", "documents_total", "parse_seconds"]))
    for e in res["errors"]:
        print("  ", *e)
    save("documents", res)
    return res


if __name__ == "__main__":
    main()
