"""gazette-kg in the browser: search, who leads, documents and repeals, graph explorer, enterprises and indicators.

Run: GAZETTE_KG_DATA=DIR streamlit run app.py   (DIR defaults to the CLI's default data dir)
This file only wires the pages (app_pages/*.py → kg/ui/, one module per page) into Streamlit's navigation.
"""

from __future__ import annotations

import logging
from datetime import date

import streamlit as st

from kg.ui import common
from kg.errors import GazetteError

st.set_page_config(page_title="区政府公报知识图谱", layout="wide")
log = logging.getLogger("gazette_kg.app")


def no_data() -> None:
    st.title("区政府公报知识图谱")
    st.error("还没有可用的数据：请先构建知识图谱和检索索引。")
    st.code(f"gazette-kg build --data {common.data_dir()}", language="bash")
    st.stop()


from kg.store import has_data  # noqa: E402

if not has_data(common.data_dir()):
    no_data()
# One small script per page in app_pages/ (each calls its kg.ui module): every page has its own URL.
pages = {p: st.Page(f"app_pages/{p}.py", title=t, url_path=p, default=(p == "search"))
         for p, t in common.PAGE_PATHS.items()}
st.session_state["_pages"] = pages
current = st.navigation(list(pages.values()))
st.session_state["_current"] = current.url_path
common.url_widget(st.sidebar.date_input, "状态截至", "asof", default=date.today(), decode=date.fromisoformat,
                  encode=date.isoformat, format="YYYY-MM-DD",
                  help="文件在这一天是否有效：施行、有效期、废止和宣布失效都按这一天计算")
common.style()
try:
    current.run()
    n = common.context().store.counts()
    st.sidebar.caption(f"{n['documents']} 份文件 · {n['tasks']} 项任务 · {n['departments']} 个部门")
except GazetteError:
    log.exception("data dir error")
    st.error("数据目录无法读取或已损坏。请重新构建：gazette-kg build，然后刷新页面。")
except FileNotFoundError:
    log.exception("data dir changed while reading")
    st.error("数据正在重新构建，请稍后刷新页面。")
except Exception:  # st.stop / st.rerun / switch_page are not Exceptions: they pass through
    log.exception("page error")
    st.error("页面出错了。请刷新页面，或返回上一页重试。")
finally:
    # After the page is drawn (not before: its loading would compete with the page's own): the index, the
    # embedder and the fact store load while the reader reads the page and types a question.
    try:
        common.warm_up(common.data_dir(), common.build_key(common.data_dir()))
    except Exception:  # a damaged data dir: the page above said so, in Chinese
        log.warning("warm-up not started", exc_info=True)
