"""The app as a reader feels it, in headless Chromium: `streamlit run` → usable first page (the search box),
first answer, warm answer, page switch, and a 100-node graph drawn.

Run: python -m benchmarks.app_startup --data DIR [--runs 3] [--skip-baseline]
Targets (issue 12): every warm interaction ≤ 1 s, the first answer ≤ 3 s; first page ≤ 5 s (issue 5).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.common import ROOT, save, table

CHROMIUM = "/usr/bin/chromium"
TARGET_S = 5.0  # issue 5: first page usable within 5 s of start
TARGETS = {"first_answer_s": 3.0, "warm_answer_s": 1.0, "page_switch_s": 1.0, "graph_100_nodes_s": 1.0}
# Not a warm interaction: the first graph of a session also loads the graph component (Cytoscape) itself.
REPORTED = [*TARGETS, "graph_first_draw_s"]
# Each question with a string only its own first result's title carries (stale results never match).
QUESTIONS = [("学生参加齐惠保一年要交多少钱", "齐惠保"), ("布设精密气象监测系统", "气象高质量发展"),
             ("工业企业亩产效益评价结果", "亩产效益")]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BASELINE = 'import streamlit as st\nst.text_input("用中文提问或输入关键词")\n'


def _idle(page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=60_000)


def _answer(page, question: str, expect: str) -> float:
    box = page.get_by_label("用中文提问或输入关键词")
    box.fill(question)
    t0 = time.perf_counter()
    box.press("Enter")
    page.locator("strong", has_text=re.compile(r"^1\. .*" + re.escape(expect))).first.wait_for(timeout=60_000)
    return time.perf_counter() - t0


def interactions(page, think_s: float = 0.0) -> dict:
    """First answer (loads the index and the embedder), a warm answer, a page switch, a 100-node graph.
    `think_s`: the reader's time to type the first question after the box appears (0: sent at once)."""
    page.wait_for_timeout(think_s * 1000)
    out = {"first_answer_s": _answer(page, *QUESTIONS[0])}
    _idle(page)
    out["warm_answer_s"] = statistics.median([_answer(page, *q) for q in QUESTIONS[1:]])
    _idle(page)
    t0 = time.perf_counter()
    page.get_by_role("link", name="谁牵头").first.click()
    page.get_by_label("用自己的话描述任务").wait_for(timeout=60_000)
    out["page_switch_s"] = time.perf_counter() - t0
    _idle(page)
    page.get_by_role("link", name="图谱浏览").first.click()
    box = page.get_by_label("从任一实体开始（文件、部门、企业、指标…）")
    box.wait_for(timeout=60_000)
    _idle(page)
    box.fill("区发改局")  # 周村区's unit, 65 nodes: the first graph of the session
    t0 = time.perf_counter()
    box.press("Enter")
    frame = page.locator("iframe[title*='gazette_kg_graph']").last.content_frame
    frame.locator("#cy").wait_for(timeout=60_000)
    _drawn(frame, "区发展和改革局（周村区）", 50)
    out["graph_first_draw_s"] = time.perf_counter() - t0
    _idle(page)
    box.fill("区卫健局")  # 张店区's unit: 111 neighbours, drawn capped at 100
    t0 = time.perf_counter()
    box.press("Enter")
    _drawn(frame, "区卫生健康局（张店区）", 100)
    out["graph_100_nodes_s"] = time.perf_counter() - t0
    return out


def _drawn(frame, start: str, at_least: int) -> None:
    """Wait until the component shows `start`'s neighbourhood (at least `at_least` nodes), laid out."""
    frame.locator("#cy").evaluate("""(el, [start, n]) => new Promise((ok, fail) => { const t0 = Date.now();
        (function poll() { const r = document.getElementById('cy')._cyreg; const cy = r && r.cy;
          const s = cy && cy.nodes('[start=1]');
          if (s && s.length && s[0].data('full') === start && cy.nodes().length >= n
              && s[0].renderedPosition().x > 0) ok(true);
          else if (Date.now() - t0 > 60000) fail('no graph'); else requestAnimationFrame(poll); })(); })""", [start, at_least])


def one_run(data: Path, browser, app: Path = ROOT / "app.py", interact: bool = False, think_s: float = 0.0) -> dict:
    port = _port()
    env = {**os.environ, "GAZETTE_KG_DATA": str(data)}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        server_s = time.perf_counter() - t0
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}")
        page.get_by_label("用中文提问或输入关键词").wait_for(timeout=60_000)
        usable_s = time.perf_counter() - t0
        extra = interactions(page, think_s) if interact else {}
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return {"server_ready_s": server_s, "first_page_usable_s": usable_s, **extra}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-baseline", action="store_true", help="do not time an empty Streamlit app alongside")
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds the reader takes to type the first question (the index loads meanwhile)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        import tempfile

        base = Path(tempfile.mkdtemp()) / "empty_app.py"
        base.write_text(BASELINE, encoding="utf-8")
        runs, base_runs = [], []
        for _ in range(args.runs):  # interleaved, so that machine noise hits both alike
            runs.append(one_run(args.data, browser, interact=True, think_s=args.think))
            if not args.skip_baseline:
                base_runs.append(one_run(args.data, browser, base))
        browser.close()
    summary = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    baseline = {k: statistics.median(r[k] for r in base_runs) for k in base_runs[0]} if base_runs else {}
    rows = [{"app": "gazette-kg", **r} for r in runs] + [{"app": "empty streamlit", **r} for r in base_runs]
    rows += [{"app": "gazette-kg (median)", **summary}] + ([{"app": "empty streamlit (median)", **baseline}] if baseline else [])
    print(table(rows, ["app", "server_ready_s", "first_page_usable_s", *REPORTED]))
    for k, target in TARGETS.items():
        worst = max(r[k] for r in runs)
        print(f"{k}: median {summary[k]:.2f} s, max {worst:.2f} s, target ≤ {target:g} s: "
              f"{'met' if worst <= target else 'NOT met'}")
    within = sum(r["first_page_usable_s"] <= TARGET_S for r in runs)
    print(f"gazette-kg: first page usable within {TARGET_S:g} s in {within} of {len(runs)} runs "
          f"(max {max(r['first_page_usable_s'] for r in runs):.2f} s)")
    save("app_startup" + (f"_think{args.think:g}" if args.think else ""), {"think_s": args.think, "runs": runs, "median": summary, "target_s": TARGET_S, "runs_within_target": within,
                         "interaction_targets_s": TARGETS,
                         "empty_streamlit_runs": base_runs, "empty_streamlit_median": baseline})
    return summary


if __name__ == "__main__":
    main()
