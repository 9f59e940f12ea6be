"""Score task extraction against tasks_dev.json: found, lead F1, lead+cooperate F1 (names as printed)."""

from __future__ import annotations

from collections import defaultdict

from kg.parse.normalize import compact

__all__ = ["score_tasks"]


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_task(g: dict, tasks: list[dict]) -> dict | None:
    """The extracted task of the same file whose span holds the gold line and whose text holds the snippet."""
    snip = compact(g["task_snippet"])
    cands = [t for t in tasks if t["source"]["line_start"] <= g["line"] <= t["source"]["line_end"]]
    for t in cands:
        if snip in compact(t["text"]):
            return t
    for t in cands:
        if snip in compact(t["source"]["text"]):
            return t
    near = [t for t in tasks if abs(t["line"] - g["line"]) <= 12 and snip in compact(t["source"]["text"] + t["text"])]
    return (near or cands or [None])[0]


def score_tasks(tasks_by_file: dict[str, list[dict]], gold: list[dict]) -> dict:
    found = 0
    tp_l = np_l = ng_l = tp_a = np_a = ng_a = 0
    errors = []
    by_style = defaultdict(lambda: [0, 0])
    for g in gold:
        t = match_task(g, tasks_by_file.get(g["seed"], []))
        by_style[g["style"]][1] += 1
        if t is None:
            errors.append((g["seed"][:3], g["line"], g["style"], "not found", g["task_snippet"]))
            ng_a += len(g["lead"]) + len(g["cooperate"])
            if not g.get("lead_unrecoverable"):
                ng_l += len(g["lead"])
            continue
        found += 1
        by_style[g["style"]][0] += 1
        lead = {u["name"] for u in t["lead"]}
        coop = {u["name"] for u in t["cooperate"]}
        gl, gc = set(map(compact, g["lead"])), set(map(compact, g["cooperate"]))
        single = len(gl | gc) == 1 and not g["lead"] or len(gl | gc) == 1 and "责任单位" in g["style"]
        if single and (lead | coop) == (gl | gc):
            lead, coop = gl, gc  # a sole unit without a role: either reading is accepted
        if not g.get("lead_unrecoverable"):
            tp_l += len(lead & gl)
            np_l += len(lead)
            ng_l += len(gl)
        pa = {("L", x) for x in lead} | {("C", x) for x in coop}
        ga = {("L", x) for x in gl} | {("C", x) for x in gc}
        tp_a += len(pa & ga)
        np_a += len(pa)
        ng_a += len(ga)
        if pa != ga:
            errors.append((g["seed"][:3], g["line"], g["style"], f"lead {sorted(lead)} coop {sorted(coop)}",
                           f"want lead {sorted(gl)} coop {sorted(gc)}"))
    lp, lr, lf = _prf(tp_l, np_l, ng_l)
    ap, ar, af = _prf(tp_a, np_a, ng_a)
    return {
        "scores": {"gold": len(gold), "found": found, "found_rate": found / len(gold), "lead_p": lp, "lead_r": lr,
                   "lead_f1": lf, "units_p": ap, "units_r": ar, "units_f1": af},
        "by_style": {k: {"found": v[0], "gold": v[1]} for k, v in by_style.items()},
        "errors": errors,
    }
