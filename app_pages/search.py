"""搜索: drawn by kg.ui.search (app.py registers this file with st.navigation)."""

from kg.ui import search

search.render()
