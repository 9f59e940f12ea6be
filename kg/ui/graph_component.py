"""st-link-analysis with a Chinese face: its frontend served from a private copy whose English tooltips are
translated and whose raw-property panel is hidden (the app shows a node's fields itself, in Chinese).

The package's own build is never modified; the copy lives in a folder made for this process.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

__all__ = ["graph_component", "TRANSLATIONS"]

# The strings of st-link-analysis 0.4's index.html, as the reader sees them.
TRANSLATIONS = {
    ">Streamlit Link Analysis<": ">知识图谱<",
    ">No selected elements<": "><",
    'title="Remove Nodes"': 'title="移除节点"',
    'title="Expand Node"': 'title="展开节点"',
    'title="Refresh Layout"': 'title="重新布局"',
    'title="Download as JSON"': 'title="下载图数据"',
    'title="Fullscreen"': 'title="全屏"',
    'title="Zoom In"': 'title="放大"',
    'title="Fit to Screen"': 'title="适应窗口"',
    'title="Recenter Veiw"': 'title="回到中心"',
    'title="Zoom Out"': 'title="缩小"',
}
# The info panel lists every data field of the tapped element (ids included): hidden.
_STYLE = "<style>#infopanel{display:none!important}</style></head>"


@lru_cache(maxsize=1)
def _component():
    import streamlit.components.v1 as components
    import st_link_analysis

    src = Path(st_link_analysis.__file__).parent / "frontend" / "build"
    dst = Path(tempfile.mkdtemp(prefix="gazette-kg-graph-")) / "build"
    shutil.copytree(src, dst)
    page = (dst / "index.html").read_text(encoding="utf-8")
    for en, zh in TRANSLATIONS.items():
        page = page.replace(en, zh)
    page = page.replace("<html>", '<html lang="zh">').replace("</head>", _STYLE, 1)
    (dst / "index.html").write_text(page, encoding="utf-8")
    return components.declare_component("gazette_kg_graph", path=str(dst))


def graph_component(elements: dict, layout: dict, node_styles, edge_styles, key: str, height: int = 520,
                    node_actions=("expand",), events=()):
    """Draw `elements`; returns what st-link-analysis returns (the last tap or expand)."""
    style = [s.dump() for s in node_styles] + [s.dump() for s in edge_styles]
    return _component()(elements=elements, style=style, layout=layout, height=f"{height}px", key=key,
                        nodeActions=list(node_actions), events=[e.dump() for e in events])
