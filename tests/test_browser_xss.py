"""Stored XSS, end to end: a gazette whose file name, title, headings, body, task text, repeal rows and
文号 carry script, img onerror, iframe srcdoc, svg onload, markdown image/link, style and object payloads
is built (`--embedder none`) and walked through every page in Chromium. No dialog may fire, no request
may leave 127.0.0.1, no payload may become an element, and each payload shows as text."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from browser_support import BROWSER_ARGS, CHROMIUM, settle, streamlit_server, visible_text

pytestmark = [pytest.mark.slow, pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (scripts/setup.sh test)")]

P = {
    "script": "<script>alert('s1')</script>",
    "img": "<img src=x onerror=alert('i1')>",
    "iframe": "<iframe srcdoc=\"<svg onload=alert('f1')>\"></iframe>",
    "svg": "<svg onload=alert('v1')>",
    "mdimg": "![m](http://evil.example/x.png)",
    "mdlink": "[点我](javascript:alert('l1'))",
    "style": "<style>body{display:none}</style>",
    "object": '<object data="http://evil.example/o"></object>',
}
FILE_NAME = "<img src=x onerror=alert('fn')>.txt"
GAZETTE = f""" 张店区人民政府

关于推进测试{P['script']}工作的通知
张政发〔2024〕7号
各镇政府、街道办事处，区政府有关部门：

为做好测试工作{P['img']}，现将有关事项通知如下。

一、总体要求{P['iframe']}

（一）指导思想{P['svg']}

坚持问题导向{P['mdimg']}，加强统筹{P['mdlink']}。

二、主要任务

1．建设测试平台{P['style']}系统。完善检测机制{P['object']}。（区发展改革局牵头，区卫生健康局等部门按照职责分工负责）
2．提升监测能力{P['img']}。（区气象局牵头，区应急局等部门按照职责分工负责）

淄博市张店区人民政府
2024年3月1日

 张店区人民政府

关于废止测试文件的决定
张政字〔2024〕9号
各镇政府、街道办事处，区政府有关部门：

经区政府研究，决定废止下列文件。

附件1

决定废止的行政规范性文件目录

序号	文件名称	文号	登记号	施行日期
1	张店区人民政府关于{P['svg']}印发测试办法的通知	张政发〔2019〕{P['img']}5号	ZDDR-2019-0010005	2019年1月1日至2024年12月31日
2	张店区人民政府关于印发监测{P['mdimg']}办法的通知	张政发〔2019〕6号	ZDDR-2019-0010006	2019年1月1日至2024年12月31日

淄博市张店区人民政府
2024年3月5日
"""
# Elements none of the payloads may create, in the page or in any frame.
INJECTED = "img[src='x'], img[src*='evil'], iframe[srcdoc], svg[onload], object[data*='evil'], a[href^='javascript']"
# …nor a script or style element of its own (the app's fixed scripts never contain alert or display:none).
INJECTED_JS = """() => Array.from(document.querySelectorAll('script, style'))
    .filter(e => /alert\\(|body\\{display:none\\}/.test(e.textContent)).length"""


@pytest.fixture(scope="module")
def xss_data(tmp_path_factory):
    from kg.config import Config
    from kg.pipeline import build

    src = tmp_path_factory.mktemp("xss-in")
    (src / FILE_NAME).write_text(GAZETTE, encoding="utf-8")
    cfg = Config(data_dir=tmp_path_factory.mktemp("xss") / "data", embedder="none")
    build([src], cfg)
    return cfg.data_dir


@pytest.fixture(scope="module")
def walk(xss_data):
    """Every page, visited once; returns what was seen: texts, dialogs, outside requests, injected elements."""
    from playwright.sync_api import sync_playwright

    from kg.query import KnowledgeBase

    kb = KnowledgeBase.load(xss_data)
    doc = next(d for d in kb.documents if "测试" in d.title and "废止" not in d.title)
    repeal = next(d for d in kb.documents if "废止" in d.title)
    paths = ["/?q=" + quote("测试平台系统"), "/?q=" + quote("问题导向"),
             "/documents?find=" + quote("测试"), "/documents?find=" + quote("印发监测"),
             "/documents?find=" + quote("张政发[2019]6号"), "/documents",
             f"/documents?doc={quote(doc.id)}", f"/documents?doc={quote(doc.id)}&lines={doc.line_start + 9}-{doc.line_start + 9}",
             f"/documents?doc={quote(repeal.id)}", "/who?task=" + quote("建设测试平台系统"),
             "/who?task=" + quote("提升监测能力"), "/who?by=" + quote("按部门查") + "&dept=" + quote("区发展改革局"),
             f"/graph?start={quote(doc.id)}", f"/graph?start={quote(repeal.id)}&hops=2", "/graph?gq=" + quote("测试"),
             "/indicators", "/indicators?tab=" + quote("企业")]
    seen = {"dialogs": [], "outside": [], "injected": {}, "texts": {}}
    with streamlit_server(xss_data) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", None) and r.url.startswith("http")
                and seen["outside"].append(r.url))
        for path in paths:
            page.goto(url + path)
            page.locator("h1, h2").first.wait_for(timeout=90_000)
            settle(page)
            page.wait_for_timeout(700)
            for popover in page.get_by_text("复制引用").all()[:2]:  # citations hold titles too
                try:
                    popover.click(timeout=5000)
                except Exception:  # a page an injected style has hidden: counted below, not a crash here
                    break
                page.wait_for_timeout(200)
                page.keyboard.press("Escape")
            injected = sum(f.locator(INJECTED).count() + f.evaluate(INJECTED_JS) for f in page.frames)
            injected += page.evaluate("() => getComputedStyle(document.body).display === 'none' ? 1 : 0")
            seen["injected"][path] = injected
            seen["texts"][path] = visible_text(page)
        browser.close()
    return seen


def test_no_dialog_fires_and_nothing_is_fetched_from_outside(walk):
    assert walk["dialogs"] == []
    assert walk["outside"] == []


def test_no_payload_becomes_an_element(walk):
    assert {p: n for p, n in walk["injected"].items() if n} == {}


@pytest.mark.parametrize("name", list(P))
def test_every_payload_shows_as_text_somewhere(walk, name):
    shown = [p for p, text in walk["texts"].items() if P[name] in text]
    assert shown, f"{name} never shown as text"


def test_payloads_in_file_name_title_heading_and_repeal_rows_show_as_text(walk):
    texts = walk["texts"]
    doc_page = next(t for p, t in texts.items() if p.startswith("/documents?doc=") and "lines" not in p and "测试" in t
                    and "关于推进测试" in t)
    assert f"关于推进测试{P['script']}工作的通知" in doc_page  # title
    assert f"一、总体要求{P['iframe']}" in doc_page and f"（一）指导思想{P['svg']}" in doc_page  # headings
    assert FILE_NAME in doc_page  # file name, in the 刊载于 line
    found = texts["/documents?find=" + quote("印发监测")]
    assert f"张店区人民政府关于印发监测{P['mdimg']}办法的通知" in found  # a repeal target known only by the row
    assert any(f"张政发〔2019〕{P['img'].replace(' ', '')}5号" in t or f"张政发〔2019〕{P['img']}5号" in t
               for t in texts.values())  # 文号 with a payload, as extracted
