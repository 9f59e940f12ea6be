"""The walkthrough notebook runs from top to bottom on the sample corpus (so it cannot rot)."""

from pathlib import Path

import pytest

NB = Path(__file__).resolve().parents[1] / "notebooks" / "explore_graph.ipynb"
pytestmark = pytest.mark.slow


def test_notebook_executes(tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.delenv("GAZETTE_KG_DATA", raising=False)
    nb = nbformat.read(NB, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    out = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "56 documents" in out  # 53 and the 目录 of three issues
    assert "区气象局" in out
    assert "宣布失效  张政字〔2021〕86号  003_4e5ccb238a0f172a.txt" in out
    assert "已宣布失效" in out
