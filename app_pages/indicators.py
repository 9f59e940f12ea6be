"""企业与指标: drawn by kg.ui.indicators (app.py registers this file with st.navigation)."""

from kg.ui import indicators

indicators.render()
