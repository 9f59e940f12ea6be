"""Shared by the browser suites: one `streamlit run` per data dir, Debian's headless Chromium, and the
checks every page must pass (no traceback, no English UI string, no raw id)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "docs" / "screenshots"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
# Latin tokens the UI itself may show: search mode, export formats, the date format.
UI_LATIN = {"BM", "CSV", "Markdown", "YYYY", "MM", "DD"}
RAW_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}-\d{2}\b|\b(?:dept|task|ind|ent|extdoc|class):\S|:t\d{2,}\b")
TRACE = re.compile(r"Traceback|KeyError|Exception|Error:|File \"/")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(data_dir: Path, timeout: float = 90):
    """`streamlit run app.py` on a free port of 127.0.0.1 for `data_dir`; yields the base URL."""
    port = free_port()
    env = {**os.environ, "GAZETTE_KG_DATA": str(data_dir), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    t0 = time.time()
    try:
        while time.time() - t0 < timeout:
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("streamlit did not start: " + proc.stdout.read1(4000).decode(errors="replace"))
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def settle(page, timeout: float = 90_000) -> None:
    """Wait until Streamlit has finished the current run (its status widget gone) and drawn."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout)
    page.wait_for_timeout(300)


def visible_text(page) -> str:
    """What the reader sees: the app's text without Material icon ligatures ("expand_more") and without Streamlit's
    keyboard skip link, which sits off screen until focused by Tab (innerText still counts it) and which the app's
    style sheet hides once a page run has drawn it: read before that sheet lands, it failed one run in 3,500."""
    return page.evaluate("""() => {
        const root = document.querySelector('[data-testid=stApp]').cloneNode(true);
        root.querySelectorAll('[data-testid=stIconMaterial], .material-icons, [data-testid=stSkipToContent], style, script, noscript').forEach(e => e.remove());
        return root.innerText; }""")


def corpus_latin(lines_by_file: dict) -> set[str]:
    """Latin tokens printed in the documents themselves (APP, PM2.5 …): data, not UI."""
    out = set()
    for lines in lines_by_file.values():
        for ln in lines:
            out.update(re.findall(r"[A-Za-z]{2,}", ln.raw))
    return out


def check_page(page, allowed_latin: set[str], where: str) -> str:
    """No traceback, no English UI string, no raw id on the settled page; returns its text.

    Read when no script run is in progress (Streamlit's running indicator is restyled to 处理中… by the
    app's style sheet, which a run that starts before the sheet is applied can still show in English)."""
    for _ in range(10):
        settle(page)
        if not page.locator("[data-testid=stStatusWidget]").count():
            break
    text = visible_text(page)
    assert not TRACE.search(text), f"{where}: traceback or error shown: {TRACE.search(text)[0]}"
    without_files = re.sub(r"[\w.\-]+\.txt", " ", text)
    latin = set(re.findall(r"[A-Za-z]{2,}", without_files)) - allowed_latin - UI_LATIN
    assert not latin, f"{where}: English or Latin strings on the page: {sorted(latin)[:20]}"
    assert not RAW_ID.search(text), f"{where}: raw id shown: {RAW_ID.search(text)[0]}"
    escaped = re.search(r"&(#\d+|amp|lt|gt|quot);", text)
    assert not escaped, f"{where}: text escaped twice (shown as an entity): {text[max(0, escaped.start() - 30):escaped.end()]}"
    return text
