"""Score the knowledge graph against the dev gold sets: tasks, departments, repeals, enterprises, indicators.

Run: python -m benchmarks.kg [--corpus DIR]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.common import load_gold, peak_rss_mb, save, table
from benchmarks.score_tasks import score_tasks
from kg.config import SAMPLE_CORPUS
from kg.extract import extract_all
from kg.parse import parse_issue
from kg.parse.normalize import compact, normalize_doc_number, normalize_line
from kg.resolve import DepartmentResolver


def score_departments(facts: dict, gold: list[dict]) -> dict:
    """Each gold group must resolve to exactly one department, and no two groups to the same one."""
    resolver = DepartmentResolver.from_tasks(facts["tasks"])
    for g in gold:  # names printed outside the sampled tasks still need resolving
        for v in g["variants"]:
            if is_functional_name(v):
                resolver.add_functional(v, g["district"])
            else:
                resolver.add(v, g["district"])
    exact, errors, seen = 0, [], {}
    for g in gold:
        deps = {resolver.resolve(v, g["district"]).id for v in g["variants"]}
        ok = len(deps) == 1
        dep = next(iter(deps))
        if ok and dep in seen:
            ok = False
            errors.append((g["district"], g["canonical"], f"merged with group {seen[dep]}"))
        elif not ok:
            errors.append((g["district"], g["canonical"], f"split into {sorted(deps)}"))
        seen.setdefault(dep, g["canonical"])
        exact += ok
    cross = [d for d in resolver.departments() if len({d["district"]}) > 1]
    return {"scores": {"groups": len(gold), "exact": exact, "exact_rate": exact / len(gold),
                       "cross_district_merges": len(cross)}, "errors": errors}


def is_functional_name(name: str) -> bool:
    from kg.resolve import is_functional

    return is_functional(name)


def score_repeals(facts: dict, gold: list[dict], issues: dict) -> dict:
    pred = {(r["source"]["file"], normalize_doc_number(r["target_doc_number"] or "") or compact(r["target_title"] or ""), r["kind"])
            for r in facts["repeals"]}
    tp, errors = 0, []
    for g in gold:
        key = (g["seed"], normalize_doc_number(g["target_doc_number"] or "") or compact(g["target_title"]), g["kind"])
        if key in pred:
            tp += 1
        else:
            errors.append(("missing", key))
    # Precision over the files the gold covers (every repeal of those files is in the full gold).
    files = {g["seed"] for g in gold}
    gold_keys = {(g["seed"], normalize_doc_number(g["target_doc_number"] or "") or compact(g["target_title"]), g["kind"]) for g in gold}
    fp = [p for p in pred if p[0] in files and p not in gold_keys]
    # Cross-issue targets resolve to the node printed in the other issue.
    cross_ok = cross_n = 0
    for g in gold:
        if not g.get("target_in_seed"):
            continue
        cross_n += 1
        r = next((r for r in facts["repeals"] if normalize_doc_number(r["target_doc_number"] or "") == normalize_doc_number(g["target_doc_number"])), None)
        doc = next((d for d in issues[g["target_in_seed"]].documents if d.line_start == g["target_line_start"]), None)
        if r and doc and r["target_doc_id"] == doc.id:
            cross_ok += 1
        else:
            errors.append(("cross-issue target unresolved", g["target_doc_number"]))
    return {"scores": {"gold": len(gold), "recall": tp / len(gold), "found": tp, "not_in_dev_sample": len(fp),
                       "cross_issue_resolved": f"{cross_ok}/{cross_n}"},
            "errors": errors + [("not in the dev sample (check by eye)", p) for p in fp]}


def score_enterprises(facts: dict, gold: list[dict]) -> dict:
    pred = defaultdict(list)
    for e in facts["enterprises"]:
        pred[(e["source"]["file"], e["source"]["line_start"])].append(e)
    tp = cls_ok = 0
    errors = []
    for g in gold:
        hits = [e for e in pred.get((g["seed"], g["line"]), []) if compact(e["name"]) == compact(g["name"])]
        if not hits:
            errors.append((g["seed"][:3], g["line"], "missing", g["name"]))
            continue
        tp += 1
        c = hits[0]["classifications"][0]
        if c["class"] == g["class"] and (g["alias"] is None) == (not hits[0]["aliases"]):
            cls_ok += 1
        else:
            errors.append((g["seed"][:3], g["line"], "class/alias", c["class"], g["class"], hits[0]["aliases"], g["alias"]))
    return {"scores": {"gold": len(gold), "found": tp, "recall": tp / len(gold), "class_and_alias_ok": cls_ok / len(gold)},
            "errors": errors}


def score_indicators(facts: dict, gold: list[dict]) -> dict:
    pred = defaultdict(list)
    for r in facts["indicators"]:
        for line in range(r["source"]["line_start"], r["source"]["line_end"] + 1):
            pred[(r["source"]["file"], line)].append(r)
    tp = year_ok = kind_ok = 0
    errors = []
    for g in gold:
        want = normalize_line(compact(g["value"]))
        hits = [r for r in pred.get((g["seed"], g["line"]), []) if normalize_line(compact(r["value"])) == want]
        if not hits:
            errors.append((g["seed"][:3], g["line"], g["source"], g["name"], g["value"]))
            continue
        tp += 1
        year_ok += hits[0]["year"] == g["year"]
        kind_ok += hits[0]["kind"] == g["kind"]
        if (hits[0]["year"], hits[0]["kind"]) != (g["year"], g["kind"]):
            errors.append((g["seed"][:3], g["line"], g["source"], g["name"], g["value"], "year/kind",
                           (hits[0]["year"], hits[0]["kind"]), "gold", (g["year"], g["kind"])))
    n = len(gold)
    return {"scores": {"gold": n, "found": tp, "recall": tp / n, "year_acc": year_ok / n, "kind_acc": kind_ok / n},
            "errors": errors}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS)
    ap.add_argument("--errors", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    issues = {p.name: parse_issue(p) for p in sorted(args.corpus.glob("*.txt"))}
    facts = extract_all(list(issues.values()))
    seconds = time.perf_counter() - t0
    tasks_by_file = defaultdict(list)
    for t in facts["tasks"]:
        tasks_by_file[t["source"]["file"]].append(t)
    res = {
        "tasks": score_tasks(tasks_by_file, load_gold("tasks")),
        "departments": score_departments(facts, load_gold("departments")),
        "repeals": score_repeals(facts, load_gold("repeals"), issues),
        "enterprises": score_enterprises(facts, load_gold("enterprises")),
        "indicators": score_indicators(facts, load_gold("indicators")),
    }
    for name, r in res.items():
        s = r["scores"]
        print(f"\n== {name}")
        print(table([s], list(s)))
        if args.errors:
            for e in r["errors"]:
                print("  ", *e)
    totals = {k: len(v) for k, v in facts.items() if isinstance(v, list)}
    print(f"\nextracted: {totals}; parse+extract {seconds:.2f}s; peak RSS {peak_rss_mb():.0f} MB")
    save("kg", {"results": res, "totals": totals, "seconds": seconds, "peak_rss_mb": peak_rss_mb()})
    return res


if __name__ == "__main__":
    main()
