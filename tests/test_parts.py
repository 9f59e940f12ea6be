"""The per-file parts cache (kg/parts.py): token rows saved small read back exactly, and rows saved the
old way still load."""

import numpy as np
import pytest

from index.lexical import token_rows
from index.tokenize import Tokenizer
from kg.parts import PartStore


@pytest.fixture(scope="module")
def rows():
    """The token rows of a real passage run: sample gazette 002's first lines, cut as the build cuts them."""
    from kg.pipeline import gazette_paths

    path = sorted(gazette_paths())[2]
    lines = path.read_text(encoding="utf-8").splitlines()
    texts = ["\n".join(lines[i:i + 12]) for i in range(0, 1200, 12)] + ["", "区大数据局" * 400]
    return token_rows(Tokenizer(["区大数据局"]), texts)


def _same(a: dict, b: dict) -> None:
    assert sorted(a) == sorted(b)
    for k in a:
        assert a[k].dtype == b[k].dtype and a[k].tolist() == b[k].tolist(), k


def test_token_rows_read_back_exactly(tmp_path, rows):
    store = PartStore(tmp_path)
    store.save_tokens("x.bm25-1", rows)
    _same(store.load_tokens("x.bm25-1"), {**rows, "terms": np.array(rows["terms"].tolist(), dtype=object)})
    assert int(rows["tf"].max()) >= 255  # the long run of one name: a count beyond a byte goes to the side array


def test_token_rows_saved_small(tmp_path, rows):
    """Gaps and counts as bytes: the file is well under int32 ids + uint16 counts deflated."""
    store = PartStore(tmp_path)
    store.save_tokens("small", rows)
    terms = np.frombuffer("\n".join(rows["terms"].tolist()).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(tmp_path / "plain.npz", **{**rows, "terms": terms})  # the previous layout
    assert (tmp_path / "parts" / "small.npz").stat().st_size < 0.85 * (tmp_path / "plain.npz").stat().st_size


def test_token_rows_of_the_previous_layout_still_load(tmp_path, rows):
    store = PartStore(tmp_path)
    store.folder.mkdir(parents=True)
    terms = np.frombuffer("\n".join(rows["terms"].tolist()).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(store.folder / "old.npz", **{**rows, "terms": terms})
    _same(store.load_tokens("old"), {**rows, "terms": np.array(rows["terms"].tolist(), dtype=object)})
