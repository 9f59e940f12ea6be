"""End to end in a real browser: Debian's headless Chromium driven by Playwright against `streamlit run`."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "tests" / "_artifacts"
pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(built):
    port = _free_port()
    env = {**os.environ, "GAZETTE_KG_DATA": str(built.data_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    t0 = time.time()
    while time.time() - t0 < 60:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield url, time.time() - t0
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (scripts/setup.sh test installs it)")
def test_search_open_result_and_graph_in_chromium(server):
    from playwright.sync_api import sync_playwright

    url, _ = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        t0 = time.time()
        page.goto(url)
        box = page.get_by_label("用中文提问或输入关键词")
        box.wait_for(timeout=60_000)
        first_page_s = time.time() - t0
        box.fill("学生参加齐惠保一年要交多少钱")
        box.press("Enter")
        page.get_by_text("淄博齐惠保", exact=False).first.wait_for(timeout=120_000)
        page.get_by_text("000_47a7f2ad322c84aa.txt", exact=False).first.wait_for(timeout=30_000)
        page.get_by_role("button", name="打开原文").first.wait_for(timeout=30_000)
        page.screenshot(path=str(SHOTS / "search.png"), full_page=False)

        page.get_by_role("button", name="打开原文").first.click()
        # Streamlit keeps the search page's elements on screen while the document page runs: wait for
        # what only the document page draws, the highlighted passage inside the document's text.
        page.get_by_text("高亮为检索到的段落", exact=False).first.wait_for(timeout=60_000)
        marked = page.locator("mark", has_text="新增学生款")
        marked.first.wait_for(timeout=60_000)
        marked.first.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "document.png"))

        page.get_by_text("图谱浏览", exact=True).first.click()
        q = page.get_by_label("从任一实体开始（文件、部门、企业、指标…）").last
        q.wait_for(timeout=60_000)
        q.fill("张政字〔2023〕84号")
        q.press("Enter")
        page.get_by_text("个节点", exact=False).first.wait_for(timeout=60_000)
        # While Streamlit re-renders, the previous component iframe can linger: take the newest.
        frame = page.locator("iframe[title*='st_link_analysis']").last.content_frame
        frame.locator("canvas").first.wait_for(timeout=60_000)
        page.locator("iframe[title*='st_link_analysis']").last.scroll_into_view_if_needed()
        page.wait_for_timeout(2500)  # let the cose layout settle before the picture
        page.screenshot(path=str(SHOTS / "graph.png"))

        # Captions are drawn only where font size x zoom clears min-zoomed-font-size: check it on the
        # component's own Cytoscape instance, at the zoom the layout fitted.
        cy = "document.getElementById('cy')._cyreg.cy"
        shown = frame.locator("#cy").evaluate(f"""() => {{ const cy = {cy};
            return cy.nodes().map(n => [n.style('label'),
                parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size'))]); }}""")
        assert shown and all(label and visible for label, visible in shown), shown
        assert any("张政字〔2021〕86号" == label for label, _ in shown)  # a repealed document, captioned by 文号

        # A tap on an edge in the canvas comes back to Python: its provenance is shown.
        frame.locator("#cy").evaluate(f"() => {{ const cy = {cy}; cy.edges().filter("
                                      f"e => e.target().data('name') === '张政字〔2021〕86号')[0].emit('tap'); }}")
        page.get_by_text("所选关系", exact=False).first.wait_for(timeout=30_000)
        page.get_by_text("000_47a7f2ad322c84aa.txt 第", exact=False).first.wait_for(timeout=30_000)
        page.get_by_text("所选关系", exact=False).first.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "graph_edge.png"))

        # A tap on a node selects it for the properties panel.
        frame = page.locator("iframe[title*='st_link_analysis']").last.content_frame
        node = f"{cy}.nodes().filter(n => n.data('name') === '张政字〔2021〕86号')[0]"
        full = frame.locator("#cy").evaluate(f"() => {node}.data('full')")
        assert page.get_by_text(f'"{full}"', exact=False).count() == 0  # not the node shown before the tap
        frame.locator("#cy").evaluate(f"() => {node}.emit('tap')")
        page.get_by_text(f'"{full}"', exact=False).first.wait_for(timeout=30_000)  # its properties (JSON)
        browser.close()
    (SHOTS / "first_page_seconds.txt").write_text(f"{first_page_s:.2f}\n")
    assert (SHOTS / "search.png").stat().st_size > 10_000
