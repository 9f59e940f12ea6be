"""What every page shares: the data dir and its generation, cached loaders, the as-of date, statuses,
links between pages that carry their state in the URL, and the small widgets (citation, export, HTML).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from datetime import date
from pathlib import Path

import streamlit as st

from kg import views
from kg.config import Config, default_data_dir

log = logging.getLogger("gazette_kg.app")

PAGE_PATHS = {"search": "搜索", "who": "谁牵头", "documents": "文件与废止", "graph": "图谱浏览", "indicators": "企业与指标"}
# Streamlit's running indicator says "Running… Stop" in English: its text is replaced by 处理中….
_CSS = ("<style>mark {background:#fde68a; padding:0 2px;} .src {color:#6b7280; font-size:0.85em;}"
        " .doctext mark {display:inline-block; width:100%;}"
        " [data-testid=stStatusWidget] > * {display:none !important;}"
        " [data-testid=stStatusWidget]::after {content:'处理中…'; font-size:14px; color:#6b7280;}"
        " [data-testid=stSkipToContent]:not([data-zh]) {visibility:hidden !important;}</style>")


def data_dir() -> Path:
    return Path(os.environ.get("GAZETTE_KG_DATA") or default_data_dir())


def generation_key(data_dir: Path) -> str:
    """Names the build the data dir holds now: its generation folder and the manifest's write time. A
    rebuild under a running app changes it, so every cached object below is loaded again, whole."""
    from kg.store import generation_dir

    gen = generation_dir(data_dir)
    manifest = gen / "manifest.json"
    return f"{gen}@{manifest.stat().st_mtime_ns}"


def store_config(data_dir: Path) -> Config:
    """The Config the app queries with: the fact store named by `$GAZETTE_KG_STORE`, else the one the
    build was loaded into (the manifest's `store`), else the data dir itself. The manifest keeps no
    password (`:***@`): it is left out, so libpq takes it from PGPASSWORD or ~/.pgpass."""
    import re

    from kg.store import load_manifest

    store = os.environ.get("GAZETTE_KG_STORE") or load_manifest(data_dir).get("store") or "files"
    return Config(data_dir=data_dir, store=re.sub(r"(://[^:/@]+):\*\*\*@", r"\1@", store))


@st.cache_resource(max_entries=4)
def _manifest_store(data_dir: str, generation: str) -> str:
    from kg.store import load_manifest

    return load_manifest(Path(data_dir)).get("store") or "files"


def build_key(data_dir: Path) -> str:
    """The generation key and the store the app queries: another build, or another store, is another
    cache entry of every loader below."""
    gen = generation_key(data_dir)
    return f"{gen}|{os.environ.get('GAZETTE_KG_STORE') or _manifest_store(str(data_dir), gen)}"


# Every loader takes the build key (not only the path): a new build is a new cache entry.
@st.cache_resource(show_spinner="加载知识图谱…", max_entries=2)
def load_store(data_dir: str, key: str):
    """The build's fact store (kg/backends): every page asks its questions of this, whatever holds it."""
    from kg.backends import open_store

    return open_store(store_config(Path(data_dir)))


@st.cache_resource(show_spinner="加载检索索引与模型…", max_entries=2)
def load_searcher(data_dir: str, key: str):
    from index.search import Searcher

    return Searcher.load(Config(data_dir=Path(data_dir)))


@st.cache_resource(show_spinner="加载原文…", max_entries=2)
def load_lines(data_dir: str, key: str):
    from kg.store import load_issue_lines

    return load_issue_lines(Path(data_dir))


@st.cache_resource(max_entries=2)
def load_gazettes(data_dir: str, key: str):
    """{file name: the gazette it is} (a Mapping): each file named when a page first cites it, from its
    first lines and its documents' district and date in the data dir's kg.sqlite."""
    from kg.backends.sqlite import GazetteNames
    from kg.store import open_db, read_generation

    return read_generation(Path(data_dir), lambda gen: GazetteNames(open_db(gen)))


@st.cache_resource(max_entries=8)
def load_document_rows(data_dir: str, key: str, as_of: str) -> list[dict]:
    """The document list's rows (the search filters' options, 文件与废止's table) once per build and date,
    from kg.sqlite's columns: not every Document record with its outline (≈1 s at 200x the sample)."""
    from contextlib import closing
    from types import SimpleNamespace

    from kg.store import open_db, read_generation

    def read(gen):
        with closing(open_db(gen)) as conn:
            return [SimpleNamespace(id=i, title=t, doc_number=n, date=d, district=c, issuer=s) for i, t, n, d, c, s in
                    conn.execute("SELECT id, title, doc_number, date, district, issuer FROM documents ORDER BY ord")]

    heads = read_generation(Path(data_dir), read)
    return views.document_rows(SimpleNamespace(documents=heads), load_statuses(data_dir, key, as_of))


@st.cache_resource(max_entries=4)
def load_facets(data_dir: str, key: str, fields: tuple[str, ...]) -> dict[str, list[str]]:
    """What the document filters offer (of districts, issuers, years, title endings), once per build."""
    return load_store(data_dir, key).document_facets(fields)


@st.cache_resource(max_entries=8)
def load_indicator_names(data_dir: str, key: str, district: str | None) -> dict[str, int]:
    """{printed indicator name: how many records} (of one district), once per build."""
    return load_store(data_dir, key).indicator_names(district)


@st.cache_resource(max_entries=2)
def load_proposed_holders(data_dir: str, key: str) -> dict:
    """The proposed classifications (拟认定, 公示名单) by document (views.proposed_holders), once per build."""
    return views.proposed_holders(load_store(data_dir, key).enterprises())


@st.cache_resource(max_entries=2)
def load_indicator_districts(data_dir: str, key: str) -> list[str]:
    """The districts whose documents hold indicators (the page's district filter), once per build."""
    return load_store(data_dir, key).indicator_districts()


class Titles:
    """{document id: title} for the ids asked for, each read from the store once (`get` and `[]`)."""

    def __init__(self, store):
        self.store, self._seen = store, {}

    def get(self, doc_id, default=None):
        if doc_id not in self._seen:
            d = self.store.get(doc_id) if doc_id else None
            self._seen[doc_id] = d.title if d else None
        title = self._seen[doc_id]
        return default if title is None else title

    def __getitem__(self, doc_id):
        title = self.get(doc_id)
        if title is None:
            raise KeyError(doc_id)
        return title

    def __contains__(self, doc_id) -> bool:
        return self.get(doc_id) is not None


@st.cache_resource(max_entries=8)
def load_statuses(data_dir: str, key: str, as_of: str) -> dict[str, dict]:
    """{document id: status dict as of `as_of`}; documents known only from repeal lists too (by 文号)."""
    return load_store(data_dir, key).statuses(as_of)


class StatusesSeen:
    """{document id: its status as of one date}, each read from the store when a page first asks for it
    (a page shows a few documents; every status of the corpus is read only for the document list)."""

    def __init__(self, store, as_of: str):
        self.store, self.as_of, self._seen = store, as_of, {}

    def get(self, doc_id: str) -> dict:
        """The status dict, or {} for an id that is no document of this build."""
        if doc_id not in self._seen:
            self._seen[doc_id] = self.store.statuses(self.as_of, [doc_id]).get(doc_id, {})
        return self._seen[doc_id]


@st.cache_resource(max_entries=8)
def load_statuses_seen(data_dir: str, key: str, as_of: str) -> StatusesSeen:
    return StatusesSeen(load_store(data_dir, key), as_of)


_warming: set[str] = set()


def warm_up(data_dir: Path, key: str) -> None:
    """Load the index, the embedder, the fact store and its task index in a background thread, once per build,
    with one query each: the reader's first question does not wait for them (started after the first
    page is drawn, so it does not delay it)."""
    import threading

    if key in _warming:
        return
    _warming.add(key)

    def work():
        try:
            load_searcher(str(data_dir), key).answer("政府公报", k=1)  # the first question needs it most
            load_gazettes(str(data_dir), key)
            load_store(str(data_dir), key).who_leads("任务", 1)
        except Exception:  # a failure here shows up, in Chinese, when the page itself loads the same thing
            log.warning("warm-up failed", exc_info=True)

    threading.Thread(target=work, name="gazette-kg-warm-up", daemon=True).start()


@dataclass
class Context:
    data_dir: Path
    key: str
    as_of: date

    # Each looked up in Streamlit's cache once per run (a lookup costs ~0.3 ms: a page of 1,000 rows
    # asked for the gazette names 1,000 times).
    @cached_property
    def store(self):
        """The fact store (kg.backends.base.FactStore) of this build."""
        return load_store(str(self.data_dir), self.key)

    @cached_property
    def searcher(self):
        return load_searcher(str(self.data_dir), self.key)

    @property
    def lines(self):
        return load_lines(str(self.data_dir), self.key)

    def file_lines(self, file: str, start: int, end: int) -> list:
        """Lines `start`..`end` of one gazette file (the document page), read by range from the data dir."""
        from kg.store import load_lines as read_range

        return read_range(self.data_dir, file, start, end)

    @cached_property
    def proposed_holders(self) -> dict:
        return load_proposed_holders(str(self.data_dir), self.key)

    @cached_property
    def gazettes(self):
        return load_gazettes(str(self.data_dir), self.key)

    def facets(self, *fields: str) -> dict[str, list[str]]:
        """The document filters' options of `fields` (see FactStore.document_facets)."""
        return load_facets(str(self.data_dir), self.key, fields)

    @property
    def document_rows(self) -> list[dict]:
        return load_document_rows(str(self.data_dir), self.key, self.as_of.isoformat())

    @property
    def statuses(self) -> dict[str, dict]:
        return load_statuses(str(self.data_dir), self.key, self.as_of.isoformat())

    @cached_property
    def _statuses_seen(self) -> StatusesSeen:
        return load_statuses_seen(str(self.data_dir), self.key, self.as_of.isoformat())

    def status(self, doc_id: str | None) -> dict:
        """The document's status as of the page's date ({} for no id, or an id that is no document)."""
        return self._statuses_seen.get(doc_id) if doc_id else {}

    def title(self, doc_id: str | None) -> str:
        d = self.store.get(doc_id)
        return d.title if d else ""


def context() -> Context:
    """The data dir's current build and the as-of date of this run (from the sidebar's picker)."""
    d = data_dir()
    as_of = st.session_state.get("asof") or date.today()
    return Context(d, build_key(d), as_of if isinstance(as_of, date) else date.today())


# -- navigation: every view is a URL -----------------------------------------------------------------
# Links to other pages are real links (st.page_link): one history entry each, so Back returns here. A
# change within a page sets its own query parameters and reruns (one entry too).
def link(where, page: str, label: str, key: str, **params) -> None:
    """A link to `page` with `params` in its URL; on the page itself, a button that sets them."""
    pages = st.session_state.get("_pages") or {}
    if page == st.session_state.get("_current"):
        if where.button(label, key=f"link_{key}"):
            set_params(**params)
        return
    where.page_link(pages[page], label=label, query_params={k: str(v) for k, v in params.items() if v not in (None, "")})


def doc_params(doc_id: str, source: dict | None = None) -> dict:
    lines = f"{source['line_start']}-{source['line_end']}" if source else None
    return {"doc": doc_id, "lines": lines}


def url_widget(widget, label: str, param: str, default=None, multi: bool = False, decode=str, encode=str, **kw):
    """`widget` (st.text_input, st.selectbox, st.pills …) whose value lives in the URL parameter `param`:
    opened from the URL (a shared link, Refresh, Back), written back when the reader changes it.

    Streamlit's own `bind="query-params"` rewrites the URL of the page being left when a link is
    followed, which adds a stray history entry (Back then shows the wrong view); this does not.
    """
    raw = st.query_params.get_all(param) if multi else st.query_params.get(param)
    try:
        url_value = [decode(x) for x in raw] if multi else (decode(raw) if raw not in (None, "") else default)
    except ValueError:
        url_value = [] if multi else default
    if multi and not raw:
        url_value = list(default or [])
    if "options" in kw:  # a value the widget cannot show is no value
        opts = list(kw["options"])
        url_value = [x for x in url_value if x in opts] if multi else (url_value if url_value in opts else default)
    for k in ("value", "index", "default"):  # the widget's value comes from session state, set below
        kw.pop(k, None)
    seen = f"_url_{param}"
    # The URL changed under the widget (Back, a link), or the widget is new (not drawn on the last run).
    if st.session_state.get(seen, "\0") != url_value or param not in st.session_state:
        st.session_state[param] = url_value
        st.session_state[seen] = url_value
    value = widget(label, key=param, **kw)
    if value != url_value:
        st.session_state[seen] = value
        if value in (None, "", []) or value == default:
            st.query_params.pop(param, None)
        else:
            st.query_params[param] = [encode(x) for x in value] if multi else encode(value)
    return value


def set_params(**params) -> None:
    """Change this page's URL state (None removes a parameter) and draw it again."""
    for k, v in params.items():
        if v in (None, ""):
            st.query_params.pop(k, None)
        else:
            st.query_params[k] = str(v)
    st.rerun()


def nav_buttons(key: str, doc_id: str | None, source: dict | None, cite: str | None, graph_node: str | None = None) -> None:
    """打开原文 · 复制引用 · 在图谱中查看, side by side under a result or card."""
    cols = st.columns(3)
    if doc_id:
        link(cols[0], "documents", "打开原文", f"open_{key}", **doc_params(doc_id, source))
    if cite:
        with cols[1].popover("复制引用"):
            st.caption("点击右上角图标复制")
            st.code(cite, language=None, wrap_lines=True)
    if graph_node:
        link(cols[2], "graph", "在图谱中查看", f"graph_{key}", start=graph_node)


def html(fragment: str) -> None:
    """Draw HTML built by kg.views (every untrusted string in it went through views.esc)."""
    st.markdown(fragment, unsafe_allow_html=True)


# Streamlit's keyboard "skip link" is English and has no setting: a fixed script names it in Chinese, and
# names it again whenever Streamlit draws it anew (a MutationObserver); until then the style sheet keeps
# the English one hidden.
_SKIP_LINK = ("<script>(() => { const d = window.parent.document; const fix = () => {"
              " const s = d.querySelector('[data-testid=stSkipToContent]');"
              " if (!s) return; if (s.textContent !== '跳到正文') s.textContent = '跳到正文'; s.dataset.zh = '1'; };"
              " fix(); if (!d.gazetteSkipLink) { d.gazetteSkipLink = new MutationObserver(fix);"
              " d.gazetteSkipLink.observe(d.body, {childList: true, subtree: true, characterData: true}); } })();</script>")


def style() -> None:
    html(_CSS)
    st.html(_SKIP_LINK, unsafe_allow_javascript=True)


def export_buttons(rows, name: str, title: str, key: str) -> None:
    """CSV and Markdown downloads of `rows` (their columns as shown; or a function giving them, for rows
    not all drawn on the page)."""
    if not rows:
        return
    get = rows if callable(rows) else (lambda: rows)
    c1, c2 = st.columns(2)
    # Made when clicked (a callable), not on every run of the page: tens of thousands of rows at scale.
    c1.download_button("导出 CSV", lambda: views.to_csv(get()), file_name=f"{name}.csv", mime="text/csv",
                       key=f"csv_{key}")
    c2.download_button("导出 Markdown", lambda: views.to_markdown(get(), title).encode("utf-8"), file_name=f"{name}.md",
                       mime="text/markdown", key=f"md_{key}")


def badge(status: dict | None) -> str:
    return views.status_badge(status or {})
