"""谁牵头: drawn by kg.ui.who (app.py registers this file with st.navigation)."""

from kg.ui import who

who.render()
