"""Engines side by side: load time and query p50/p95 of the fact stores (files, PostgreSQL) and the
passage indexes (local bm25s+FAISS, Milvus) at 1×, 10× (and 50×) the sample corpus.

The larger corpora are the sample's files copied under new names (new document ids, same text), so the
embedding cache covers them and a 10× build takes a minute. A throwaway PostgreSQL cluster is started
and removed; Milvus runs as milvus-lite files in a temp dir.

Run: python -m benchmarks.engines [--scales 1 10 50] [--milvus-scales 1 10] [--ray]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import machine, save, table
from kg.config import SAMPLE_CORPUS, Config

# 文号 and 登记号 (a copied corpus prints each one several times: the first document wins, as embedded).
REFS = ["张政字〔2021〕90号", "ZCDR-2017-0020009", "张政发〔2021〕18号", "周政办字〔2017〕152号"]


def replicate(scale: int, folder: Path) -> Path:
    """`scale` copies of the sample's files, each copy under its own file names."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(scale):
        for p in sorted(SAMPLE_CORPUS.glob("*.txt")):
            dst = folder / (p.name if k == 0 else f"r{k:02d}-{p.name}")
            if not dst.exists():
                shutil.copyfile(p, dst)
    return folder


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * (len(xs) - 1) + 0.5))]


def fact_queries(store, repeat: int = 3) -> dict:
    """Latency (ms) of the CLI's queries on one store, each kind run `repeat` times after a warm-up."""
    doc_ids = [d.id for d in store.documents]
    ego_nodes = [doc_ids[i] for i in range(0, len(doc_ids), max(1, len(doc_ids) // 5))][:5]
    kinds = {
        "status": lambda: [store.status(store.find_document(r).id) for r in REFS],
        "who_leads": lambda: store.who_leads("安全生产责任", k=5),
        "department": lambda: store.department("区发改局"),
        "enterprises": lambda: store.enterprises(cls="A"),
        "indicators": lambda: store.indicators("寿命"),
        "ego2": lambda: [store.neighbourhood(n, 2) for n in ego_nodes],
    }
    for fn in kinds.values():
        fn()  # warm: caches, first connection round trips, the who-leads BM25 index
    out, every = {}, []
    for name, fn in kinds.items():
        lat = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            lat.append((time.perf_counter() - t) * 1000)
        out[f"{name}_ms"] = statistics.median(lat)
        every += lat
    out["p50_ms"], out["p95_ms"] = statistics.median(every), _pct(every, 0.95)
    t = time.perf_counter()
    store.facts_export()
    store.graph()
    out["export_s"] = time.perf_counter() - t
    return out


def bench_facts(data: Path, pg_url: str | None) -> list[dict]:
    from kg.backends.files import FilesStore

    rows = []
    t = time.perf_counter()
    files = FilesStore.load(data)
    files.graph()  # the in-memory store's explorer holds the whole graph too
    rows.append({"backend": "memory", "load_s": time.perf_counter() - t, **fact_queries(files)})
    from kg.backends.sqlite import SqliteStore

    t = time.perf_counter()
    sql = SqliteStore.load(data)
    rows.append({"backend": "sqlite", "load_s": time.perf_counter() - t, **fact_queries(sql)})
    if pg_url:
        from kg.backends.postgres import PostgresStore, load_data_dir

        t = time.perf_counter()
        load_data_dir(pg_url, data)
        load_s = time.perf_counter() - t
        pg = PostgresStore.connect(pg_url)
        rows.append({"backend": "postgresql", "load_s": load_s, **fact_queries(pg)})
        pg.close()
    return rows


def bench_passages(data: Path, cfg: Config, tmp: Path, with_milvus: bool,
                   analyzers: tuple[str, ...] = ("project", "jieba")) -> list[dict]:
    from benchmarks.search import evaluate
    from index.backends.local import LocalPassageIndex
    from index.backends.searcher import RoutedSearcher

    try:
        from benchmarks.common import load_gold

        queries = load_gold("queries")
    except SystemExit:
        return []
    rows = []
    t = time.perf_counter()
    s = RoutedSearcher(data, cfg)
    s.routes = LocalPassageIndex.from_searcher(s)
    load_s = time.perf_counter() - t
    for mode in ("bm25", "hybrid"):
        r = evaluate(s, queries, mode)
        rows.append({"backend": "local", "mode": mode, "passages": len(s.passages), "load_s": load_s,
                     **{k: r[k] for k in ("hit@10", "MRR", "p50_ms", "p95_ms")}})
    if with_milvus:
        from index.backends.milvus import MilvusPassageIndex, fill_from_data_dir

        for analyzer in analyzers:
            idx = MilvusPassageIndex(str(tmp / f"milvus-{analyzer}.db"), analyzer=analyzer, tokenizer=s.tokenizer)
            t = time.perf_counter()
            fill_from_data_dir(idx, data, cfg)
            load_s = time.perf_counter() - t
            s.routes = idx
            for mode in ("bm25", "hybrid"):
                r = evaluate(s, queries, mode)
                rows.append({"backend": f"milvus-lite/{analyzer}", "mode": mode, "passages": len(s.passages),
                             "load_s": load_s, **{k: r[k] for k in ("hit@10", "MRR", "p50_ms", "p95_ms")}})
            idx.close()
    return rows


def bench_ray(corpus: Path, tmp: Path, workers: int) -> dict:
    """The same files parsed and extracted in one process and on `workers` Ray actors (map + reduce),
    and the whole build both ways (--embedder none; Ray's start-up is inside the Ray figures)."""
    from kg.distributed import distributed_build, distributed_facts
    from kg.extract import extract_all
    from kg.pipeline import build, gazette_paths, parse_corpus

    t = time.perf_counter()
    issues, _ = parse_corpus(gazette_paths([corpus]))
    extract_all(issues)
    single_map = time.perf_counter() - t
    t = time.perf_counter()
    distributed_facts([corpus], workers=workers)
    ray_map = time.perf_counter() - t
    t = time.perf_counter()
    build([corpus], Config(data_dir=tmp / "single", embedder="none"))
    single_build = time.perf_counter() - t
    t = time.perf_counter()
    distributed_build([corpus], Config(data_dir=tmp / "ray", embedder="none"), workers=workers)
    ray_build = time.perf_counter() - t
    return {"workers": workers, "files": len(gazette_paths([corpus])), "single_map_s": single_map,
            "ray_map_s": ray_map, "map_speedup": single_map / ray_map, "single_build_s": single_build,
            "ray_build_s": ray_build, "build_speedup": single_build / ray_build}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scales", type=int, nargs="*", default=[1, 10], help="none: only --ray")
    ap.add_argument("--milvus-scales", type=int, nargs="*", default=[1, 10])
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--ray", action="store_true", help="also time the Ray build against the single-process one")
    ap.add_argument("--ray-scale", type=int, default=4)
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpora and data dirs here")
    ap.add_argument("--reuse", action="store_true", help="with --keep: reuse data dirs built by an earlier run")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="gazette-engines-bench-"))
    facts_rows, passage_rows, builds = [], [], []
    from contextlib import nullcontext

    from types import SimpleNamespace

    from kg.backends.localpg import throwaway_postgres
    from kg.pipeline import build
    from kg.store import has_data, load_manifest

    pg_ctx = nullcontext(None) if args.no_postgres or not args.scales else throwaway_postgres()
    try:
        with pg_ctx as pg:
            for scale in args.scales:
                corpus = replicate(scale, tmp / f"corpus-x{scale}")
                data = tmp / f"data-x{scale}"
                cfg = Config(data_dir=data)
                t = time.perf_counter()
                if args.reuse and has_data(data):  # a data dir kept by an earlier run (--keep)
                    m = load_manifest(data)
                    rep = SimpleNamespace(files=len(m["corpus"]), documents=m["documents"], counts=m["counts"])
                    build_s = None
                else:
                    rep = build([corpus], cfg)
                    build_s = time.perf_counter() - t
                builds.append({"scale": scale, "files": rep.files, "documents": rep.documents,
                               "build_s": build_s, **{k: rep.counts.get(k) for k in ("tasks", "enterprises")}})
                print(f"scale {scale}× built", flush=True)
                for r in bench_facts(data, pg.url if pg else None):
                    facts_rows.append({"scale": scale, "documents": rep.documents, **r})
                # The jieba analyzer is measured at 1× only: filling milvus-lite is the slow part.
                passage_rows += [{"scale": scale, **r} for r in bench_passages(
                    data, cfg, tmp, scale in args.milvus_scales, ("project", "jieba") if scale == 1 else ("project",))]
                print(f"scale {scale}× done", flush=True)
        ray = bench_ray(replicate(args.ray_scale, tmp / f"corpus-x{args.ray_scale}"), tmp, 2) if args.ray else None
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    if builds:
        print(table(builds, ["scale", "files", "documents", "tasks", "build_s"]))
    if facts_rows:
        print(table(facts_rows, ["scale", "backend", "documents", "load_s", "p50_ms", "p95_ms", "status_ms", "who_leads_ms",
                                 "department_ms", "ego2_ms", "export_s"]))
    if passage_rows:
        print(table(passage_rows, ["scale", "backend", "mode", "passages", "load_s", "hit@10", "MRR", "p50_ms", "p95_ms"]))
    if ray:
        print(table([ray], list(ray)))
    result = {"machine": machine(), "builds": builds, "facts": facts_rows, "passages": passage_rows, "ray": ray}
    save("engines" if args.scales else "engines_ray", result)
    return result


if __name__ == "__main__":
    main()
