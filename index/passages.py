"""The passages of a generation, read from its kg.sqlite by position: only the rows a query shows.

`PassageRows` is a sequence numbered as the BM25 and FAISS indexes are (row `pos` of `passages`).
Each item is a read-only mapping with the keys of `index.chunk.Passage` (id, doc_id, title, section,
text, file, line_start, line_end, page); its `doc_id` comes from an array held in memory (ranking
asks it of every candidate), the rest is read from SQLite on first use. Iterating reads the text of a
file's passages when one of them is first asked for, each file once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

import numpy as np

from kg.sqlitedb import passage_text

__all__ = ["PassageRows", "PassageRow"]

_KEYS = ("id", "doc_id", "title", "section", "text", "file", "line_start", "line_end", "page")
_ROW_SQL = "SELECT pos, id, doc_ord, section, line_start, line_end, page, text FROM passages"


class PassageRow(Mapping):
    """One passage; reads its row when a field other than `doc_id` is first asked for.

    Args:
        load: pos -> the full row (default: the sequence's own cached single-row read).
    """

    __slots__ = ("_rows", "_pos", "_data", "_load")

    def __init__(self, rows: "PassageRows", pos: int, data: dict | None = None, load=None):
        self._rows, self._pos, self._data, self._load = rows, pos, data, load

    def __getitem__(self, key):
        if key == "doc_id" and self._data is None:
            return self._rows._doc_id_of[self._pos]
        if self._data is None:
            self._data = (self._load or self._rows.row)(self._pos)
        return self._data[key]

    def __iter__(self):
        return iter(_KEYS)

    def __len__(self) -> int:
        return len(_KEYS)

    def __repr__(self) -> str:
        return f"PassageRow({dict(self)!r})"


class PassageRows(Sequence):
    """Every passage of a generation, by position.

    Args:
        conn: a read-only connection to the generation's kg.sqlite (kept open).
        cache: how many full rows to keep (the rows of the last pages shown).
    """

    def __init__(self, conn, cache: int = 4096):
        self.conn = conn
        # Per document (by ord): id, title, file name, its file's first row in `lines`; per passage: its document's ord.
        self._docs = conn.execute("SELECT d.ord, d.id, json_extract(d.doc, '$.title'), f.name, f.first_line "
                                  "FROM documents d "
                                  "JOIN files f ON f.file_id = d.file_id ORDER BY d.ord").fetchall()
        self._doc_index = {r[0]: j for j, r in enumerate(self._docs)}
        ords = np.fromiter((r[0] for r in conn.execute("SELECT doc_ord FROM passages ORDER BY pos")), dtype=np.int64)
        self.doc_ord = np.array([self._doc_index[o] for o in ords.tolist()], dtype=np.int32)
        ids = [r[1] for r in self._docs]
        self._doc_id_of = [ids[j] for j in self.doc_ord.tolist()]  # ranking asks it of every candidate
        self.row = lru_cache(maxsize=cache)(self._row)

    def __len__(self) -> int:
        return len(self.doc_ord)

    def positions_of(self, doc_ids) -> set[int]:
        """The positions of every passage of the documents `doc_ids`."""
        if not doc_ids:
            return set()
        if not hasattr(self, "_by_id"):
            self._by_id = {r[1]: j for j, r in enumerate(self._docs)}
        want = [self._by_id[d] for d in doc_ids if d in self._by_id]
        return set(np.flatnonzero(np.isin(self.doc_ord, want)).tolist())

    def doc_id(self, pos: int) -> str:
        return self._doc_id_of[pos]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        return PassageRow(self, int(i) % n)

    def _lines(self, first: int, start: int, end: int) -> list[str]:
        """The text of lines `start`..`end` of the file whose line 1 is row `first` of `lines`."""
        return [raw if text is None else text for raw, text in self.conn.execute(
            "SELECT raw, text FROM lines WHERE line_id BETWEEN ? AND ? ORDER BY line_id", (first + start - 1, first + end - 1))]

    def _make(self, row, lines) -> dict:
        pos, pid, doc_ord, section, start, end, page, text = row
        _, doc_id, title, file, _ = self._docs[self._doc_index[doc_ord]]
        if text is None:  # a passage of whole lines: its text is the join of its lines
            text = passage_text(lines(start, end))
        return {"id": pid, "doc_id": doc_id, "title": title, "section": section, "text": text, "file": file,
                "line_start": start, "line_end": end, "page": page}

    def _row(self, pos: int) -> dict:
        row = self.conn.execute(_ROW_SQL + " WHERE pos = ?", (pos,)).fetchone()
        first = self._docs[self._doc_index[row[2]]][4]
        return self._make(row, lambda s, e: self._lines(first, s, e))

    def __iter__(self) -> Iterator[PassageRow]:
        """Every passage in order. A row's text is read when first asked for, with the rest of its file's
        passages (the file's lines are read once): a scan of `doc_id`s reads nothing, a scan of texts
        reads each file once."""
        batch: dict[int, dict] = {}

        def load(pos: int) -> dict:
            if pos not in batch:
                batch.clear()
                batch.update(self._file_rows(pos))
            return batch[pos]

        for pos in range(len(self)):
            yield PassageRow(self, pos, load=load)

    def _file_rows(self, pos: int) -> dict[int, dict]:
        """Every passage of the file that passage `pos` belongs to, by position."""
        if not hasattr(self, "_first_of"):  # each passage's file (its first row in `lines`), non-decreasing
            self._first_of = np.array([r[4] for r in self._docs], dtype=np.int64)[self.doc_ord]
        first = int(self._first_of[pos])
        a = int(np.searchsorted(self._first_of, first, side="left"))
        b = int(np.searchsorted(self._first_of, first, side="right"))
        n = self.conn.execute("SELECT n_lines FROM files WHERE first_line = ?", (first,)).fetchone()[0]
        texts = [""] + self._lines(first, 1, n)
        return {row[0]: self._make(row, lambda s, e: texts[s:e + 1])
                for row in self.conn.execute(_ROW_SQL + " WHERE pos BETWEEN ? AND ? ORDER BY pos", (a, b - 1))}
