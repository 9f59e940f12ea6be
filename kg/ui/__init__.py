"""The pages of the Streamlit app, one module per page (`render()`); app_pages/*.py call them, `app.py` wires those into `st.navigation`.

Imported by the app alone: `import kg` never loads streamlit.
"""
