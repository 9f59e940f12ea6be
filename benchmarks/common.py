"""Shared helpers of the benchmark scripts: where the gold sets are, tables, JSON output."""

from __future__ import annotations

import json
import os
import platform
import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"


def eval_dir() -> Path:
    """The dev gold sets: $GAZETTE_KG_EVAL, else ../shared/eval beside the project."""
    env = os.environ.get("GAZETTE_KG_EVAL")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "eval", ROOT / "tests" / "gold"]:
        if (cand / "documents_dev.json").exists():
            return cand
    raise SystemExit("dev gold sets not found: set GAZETTE_KG_EVAL to the folder holding *_dev.json")


def load_gold(name: str) -> list[dict]:
    return json.loads((eval_dir() / f"{name}_dev.json").read_text(encoding="utf-8"))


def machine() -> dict:
    return {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count()}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(rows: list[dict], cols: list[str]) -> str:
    widths = [max([len(c), *(len(_fmt(r.get(c))) for r in rows)]) for c in cols]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths))
    out = [line(cols), line(["-" * w for w in widths])]
    out += [line([_fmt(r.get(c)) for c in cols]) for r in rows]
    return "\n".join(out)


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return "" if v is None else str(v)


def save(name: str, payload: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    payload = {"machine": machine(), **payload}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
