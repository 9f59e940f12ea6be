"""Each app page opened on a data dir of any size, server side (streamlit.testing, no browser): the time
from the request to the page's script finishing, cold (a fresh process: the page loads what it needs)
and warm (the same page again), with the CPU seconds beside the wall ones.

Run: python -m benchmarks.app_pages --data DIR [--data DIR2 …] [--label L]
Target (issue 15): every page opens in ≤ 2 s at 200× the sample. The browser's own drawing is the same at
every size (benchmarks/app_startup.py measures it on the sample).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
if sys.path and Path(sys.path[0]).resolve() == HERE.parent:
    sys.path.pop(0)  # run as a script (one page): benchmarks/kg.py must not shadow the kg package
APP = ROOT / "app.py"
# (page, what the reader does on it): a question, a task, a document opened from a link, the document list,
# a unit's neighbourhood, the indicator printed most (the first of the list).
STEPS = [("search", ("text_input", "q", "外资银行来张店开分行有什么奖励")),
         ("who", ("text_input", "task", "布设精密气象监测系统")),
         ("documents", ("doc", None, None)),
         ("documents", ("list", None, None)),
         ("graph", ("text_input", "gq", "张政字〔2023〕84号")),
         ("indicators", ("first_option", "ind", None))]


def _page(data: Path, page: str, action) -> dict:
    """One page in this process: open it (cold), act on it, open it again (warm)."""
    from streamlit.testing.v1 import AppTest

    os.environ["GAZETTE_KG_DATA"] = str(data)
    out = {"page": page}

    def timed(name, fn):
        w, c = time.perf_counter(), time.process_time()
        fn()
        out[f"{name}_s"], out[f"{name}_cpu_s"] = time.perf_counter() - w, time.process_time() - c

    # Streamlit's own start in a process (its component registry scans every installed package's metadata:
    # ~0.8 s) happens once when a server starts, not per page: done before the clock starts.
    AppTest.from_string("import streamlit as st\nst.write('')").run()
    at = AppTest.from_file(str(APP), default_timeout=600)
    kind, key, value = action
    if kind == "doc":  # the document page opened from a link: the first document with a 文号
        from kg.store import open_db, open_generation

        db = open_db(open_generation(data))
        at.query_params["doc"] = db.execute("SELECT id FROM documents WHERE doc_number_norm IS NOT NULL "
                                            "ORDER BY ord LIMIT 1").fetchone()[0]
    timed("open", lambda: at.switch_page(f"app_pages/{page}.py").run() if page != "search" else at.run())
    if kind == "text_input":
        timed("act", lambda: at.text_input(key=key).set_value(value).run())
    elif kind == "first_option":
        box = at.selectbox(key=key)
        timed("act", lambda: box.set_value(box.options[0]).run())
    timed("again", lambda: at.run())
    out["errors"] = [str(e.value)[:200] for e in at.exception] + [str(e.value)[:200] for e in at.error]
    return out


def measure(data: Path) -> list[dict]:
    rows = []
    for i, (page, _action) in enumerate(STEPS):
        p = subprocess.run([sys.executable, str(HERE), "--one", str(data), str(i)], cwd=ROOT, capture_output=True,
                           text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if p.returncode:
            sys.stderr.write(p.stderr[-3000:])
            raise SystemExit(f"page {page} failed on {data}")
        rows.append({"data": str(data), **json.loads(p.stdout.strip().splitlines()[-1])})
    return rows


def main(argv=None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, action="append", help="a built data dir (repeat for several)")
    ap.add_argument("--label", default="app-pages")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        page, action = STEPS[int(args.one[1])]
        out = _page(Path(args.one[0]), page, action)
        out["page"] += "-list" if action[0] == "list" else ""
        print(json.dumps(out, ensure_ascii=False))
        return []
    sys.path.insert(0, str(ROOT))
    from benchmarks.common import machine, save, table

    rows = [r for d in args.data for r in measure(d)]
    print(f"cores: {machine()['cpus']}; load average {os.getloadavg()[0]:.1f}")
    print(table(rows, ["data", "page", "open_s", "open_cpu_s", "act_s", "act_cpu_s", "again_s", "again_cpu_s"]))
    bad = [r for r in rows if r["errors"]]
    for r in bad:
        print("errors:", r["page"], r["errors"])
    print(f"saved {save(args.label, {'rows': rows, 'load_avg': os.getloadavg()[0]})}")
    return rows


if __name__ == "__main__":
    main()
