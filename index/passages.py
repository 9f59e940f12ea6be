"""The passages of a generation, read from its kg.sqlite by position: only the rows a query shows.

`PassageRows` is a list numbered as the BM25 and FAISS indexes are (row `pos` of `passages`). Each
item is a dict with the keys of `index.chunk.Passage` (id, doc_id, title, section, text, file,
line_start, line_end, page) that holds its `doc_id` from the start (ranking asks it of every candidate)
and reads the rest from SQLite on first use; a scan in order reads each file's passages at once.
"""

from __future__ import annotations

import itertools

import numpy as np

from kg.sqlitedb import passage_id, passage_text, read_line_rows

__all__ = ["PassageRows", "PassageRow"]

_KEYS = ("id", "doc_id", "title", "section", "text", "file", "line_start", "line_end", "page")
# A passage's section path is a row of `sections` (a path is shared by many passages).
_ROW_SQL = ("SELECT pos, p.id, doc_ord, s.text, line_start, line_end, page, p.text FROM passages p "
            "LEFT JOIN sections s ON s.id = p.section")


class PassageRow(dict):
    """One passage: a dict holding its `doc_id` from the start (ranking asks it of every candidate, at dict
    speed) and the rest of its row once any other field is asked for (`__missing__`).

    Every way of reading the whole row (keys, items, get, iteration, ==, `**row`) loads it first.
    """

    __slots__ = ("_rows", "_pos")

    def __init__(self, rows: "PassageRows", pos: int, doc_id: str):
        super().__init__(doc_id=doc_id)
        self._rows, self._pos = rows, pos

    def _load(self) -> "PassageRow":
        if dict.__len__(self) < len(_KEYS):
            self._rows.fill(self._pos)
        return self

    def set_row(self, data: dict) -> None:
        dict.clear(self)
        dict.update(self, data)  # in the key order of index.chunk.Passage

    def __missing__(self, key):
        if dict.__len__(self) < len(_KEYS):
            self._load()
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        return dict.get(self._load(), key, default)

    def keys(self):
        return dict.keys(self._load())

    def items(self):
        return dict.items(self._load())

    def values(self):
        return dict.values(self._load())

    def __iter__(self):
        return dict.__iter__(self._load())

    def __len__(self) -> int:
        return dict.__len__(self._load())

    def __contains__(self, key) -> bool:
        return dict.__contains__(self._load(), key)

    def __eq__(self, other) -> bool:
        if isinstance(other, PassageRow):
            other._load()
        return dict.__eq__(self._load(), other)

    __hash__ = None

    def copy(self) -> dict:
        return dict(self._load())

    def __repr__(self) -> str:
        return f"PassageRow({dict.__repr__(self._load())})"


class PassageRows(list):
    """Every passage of a generation, by position: a list of PassageRow (each holding its doc_id).

    A row object is made when its position is first asked for (opening a searcher at 200× the sample
    would otherwise make ~370k of them); a row's other fields are read from SQLite when first asked for:
    one row by itself, or, when rows are read in order (a scan), the rest of its file's passages with it
    (the file's lines read once). Indexing, slicing and iteration give rows; the list's own slots hold
    None until then.

    Args:
        conn: a read-only connection to the generation's kg.sqlite (kept open).
    """

    def __init__(self, conn):
        self.conn = conn
        # Per document (by ord): id, title (read when first needed: each is in its record's JSON), file name,
        # its file's first line id; per passage: its document.
        self._docs = conn.execute("SELECT d.ord, d.id, NULL, f.name, f.first_line "
                                  "FROM documents d JOIN files f ON f.file_id = d.file_id ORDER BY d.ord").fetchall()
        self._titles: dict[int, str] = {}
        self._doc_index = {r[0]: j for j, r in enumerate(self._docs)}
        self._ids = [r[1] for r in self._docs]
        self.doc_ord = self._passage_docs(conn)
        super().__init__(itertools.repeat(None, len(self.doc_ord)))
        self._last = -2

    def _passage_docs(self, conn) -> np.ndarray:
        """Each passage's document (its index in `_docs`), as int32 by position. A document's passages are
        consecutive positions (the build writes them so): one row per document, checked, instead of one
        per passage; read row by row otherwise."""
        runs = conn.execute("SELECT doc_ord, min(pos), max(pos), count(*) FROM passages GROUP BY doc_ord "
                            "ORDER BY min(pos)").fetchall()
        n = sum(r[3] for r in runs)
        expect = 0
        for _, lo, hi, count in runs:
            if lo != expect or hi - lo + 1 != count:
                break
            expect = hi + 1
        else:
            return np.repeat(np.array([self._doc_index[r[0]] for r in runs], dtype=np.int32),
                             [r[3] for r in runs]) if runs else np.zeros(0, dtype=np.int32)
        ords = [r[0] for r in conn.execute("SELECT doc_ord FROM passages ORDER BY pos")]
        assert len(ords) == n
        return np.array([self._doc_index[o] for o in ords], dtype=np.int32)

    def _row(self, pos: int) -> PassageRow:
        row = list.__getitem__(self, pos)
        if row is None:
            row = PassageRow(self, pos, self._ids[self.doc_ord[pos]])
            list.__setitem__(self, pos, row)
        return row

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [self._row(i) for i in range(*key.indices(len(self)))]
        n = len(self)
        if not -n <= key < n:
            raise IndexError("passage position out of range")
        return self._row(key + n if key < 0 else int(key))

    def __iter__(self):
        return (self._row(i) for i in range(len(self)))

    def positions_of(self, doc_ids) -> set[int]:
        """The positions of every passage of the documents `doc_ids`."""
        if not doc_ids:
            return set()
        if not hasattr(self, "_by_id"):
            self._by_id = {r[1]: j for j, r in enumerate(self._docs)}
        want = [self._by_id[d] for d in doc_ids if d in self._by_id]
        return set(np.flatnonzero(np.isin(self.doc_ord, want)).tolist())

    def doc_id(self, pos: int) -> str:
        return self._ids[self.doc_ord[pos]]

    def _lines(self, first: int, start: int, end: int) -> list[str]:
        """The text of lines `start`..`end` of the file whose line 1 is line id `first`."""
        return [raw if text is None else text for _, raw, text, _ in read_line_rows(self.conn, first + start - 1,
                                                                                    first + end - 1)]

    def _make(self, row, lines) -> dict:
        pos, pid, doc_ord, section, start, end, page, text = row
        _, doc_id, _, file, _ = self._docs[self._doc_index[doc_ord]]
        title = self._titles.get(doc_ord)
        if title is None:
            title = self._titles[doc_ord] = self.conn.execute(
                "SELECT title FROM documents WHERE ord = ?", (doc_ord,)).fetchone()[0]
        if text is None:  # a passage of whole lines: its text is the join of its lines
            text = passage_text(lines(start, end))
        return {"id": passage_id(pid, doc_id, start), "doc_id": doc_id, "title": title, "section": section, "text": text, "file": file,
                "line_start": start, "line_end": end, "page": page}

    def fill(self, pos: int) -> None:
        """Read passage `pos` (and, in a scan, the rest of its file's passages) into its row."""
        sequential = pos == self._last + 1
        self._last = pos
        if sequential:
            for p, data in self._file_rows(pos).items():
                if p >= pos:
                    self._row(p).set_row(data)
            return
        row = self.conn.execute(_ROW_SQL + " WHERE pos = ?", (pos,)).fetchone()
        first = self._docs[self._doc_index[row[2]]][4]
        self._row(pos).set_row(self._make(row, lambda s, e: self._lines(first, s, e)))

    def file_passages(self, pos: int) -> list[dict]:
        """Passage `pos` and the rest of its file's passages, in order, as plain dicts not kept here (a build's
        index pass reads each file's passages back from the generation it writes)."""
        return list(self._file_rows(pos).values())

    def _file_rows(self, pos: int) -> dict[int, dict]:
        """Every passage of the file that passage `pos` belongs to, by position."""
        if not hasattr(self, "_first_of"):  # each passage's file (its first line id), non-decreasing
            self._first_of = np.array([r[4] for r in self._docs], dtype=np.int64)[self.doc_ord]
        first = int(self._first_of[pos])
        b = int(np.searchsorted(self._first_of, first, side="right"))
        n = self.conn.execute("SELECT n_lines FROM files WHERE first_line = ?", (first,)).fetchone()[0]
        texts = [""] + self._lines(first, 1, n)
        return {row[0]: self._make(row, lambda s, e: texts[s:e + 1])
                for row in self.conn.execute(_ROW_SQL + " WHERE pos BETWEEN ? AND ? ORDER BY pos", (pos, b - 1))}
