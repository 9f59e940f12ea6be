"""文件与废止: drawn by kg.ui.documents (app.py registers this file with st.navigation)."""

from kg.ui import documents

documents.render()
