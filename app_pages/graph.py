"""图谱浏览: drawn by kg.ui.graph (app.py registers this file with st.navigation)."""

from kg.ui import graph

graph.render()
