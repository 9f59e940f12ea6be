"""Time from `streamlit run app.py` to a usable first page (the search box) in headless Chromium.

Run: python -m benchmarks.app_startup --data DIR [--runs 3]
"""

from __future__ import annotations

import argparse
import os
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


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


BASELINE = 'import streamlit as st\nst.text_input("用中文提问或输入关键词")\n'


def one_run(data: Path, browser, app: Path = ROOT / "app.py") -> dict:
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
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return {"server_ready_s": server_s, "first_page_usable_s": usable_s}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=3)
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
            runs.append(one_run(args.data, browser))
            base_runs.append(one_run(args.data, browser, base))
        browser.close()
    summary = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    baseline = {k: statistics.median(r[k] for r in base_runs) for k in base_runs[0]}
    rows = [{"app": "gazette-kg", **r} for r in runs] + [{"app": "empty streamlit", **r} for r in base_runs]
    rows += [{"app": "gazette-kg (median)", **summary}, {"app": "empty streamlit (median)", **baseline}]
    print(table(rows, ["app", "server_ready_s", "first_page_usable_s"]))
    within = sum(r["first_page_usable_s"] <= TARGET_S for r in runs)
    print(f"gazette-kg: first page usable within {TARGET_S:g} s in {within} of {len(runs)} runs "
          f"(max {max(r['first_page_usable_s'] for r in runs):.2f} s)")
    save("app_startup", {"runs": runs, "median": summary, "target_s": TARGET_S, "runs_within_target": within,
                         "empty_streamlit_runs": base_runs, "empty_streamlit_median": baseline})
    return summary


if __name__ == "__main__":
    main()
