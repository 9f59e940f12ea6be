"""A file's BM25 term counts taken from the previous generation's index instead of from DATA/parts.

Each generation's index folder keeps `rows.json`: for the postings of passages ("bm25") and of tasks
("tasks"), the rows of each file's block of token rows by its name (`<part key>.<kind>-<rows key>`,
index.build.IndexBuilder). A later build whose file has the same name (same part key, same user words found,
same tokenizer) gets those rows back from the postings, which keep every count (4-bit nibbles and the
escaped larger ones): the token rows need not stay in DATA/parts, and consecutive unchanged files are one
renumbered range of the older postings (index.postings.PostingsBuilder.add_segment).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from index.tasks import TASK_INDEX_DIR

__all__ = ["ROWS_FILE", "FOLDERS", "PreviousRows", "rows_json"]

log = logging.getLogger(__name__)

ROWS_FILE = "rows.json"
ROWS_FORMAT = 1
# The postings folder of each kind of rows, inside an index folder.
FOLDERS = {"bm25": "bm25", "tasks": TASK_INDEX_DIR}


class PreviousRows:
    """The rows the previous generation's index holds, by block name; its postings read when first asked for.

    Args:
        folder: the previous generation's index folder.
        spans: {kind: {block name: [first row, rows]}} (its rows.json).
    """

    def __init__(self, folder: Path, spans: dict):
        self.folder, self.spans = Path(folder), spans
        self._postings: dict = {}

    @classmethod
    def load(cls, folder: Path | None) -> "PreviousRows | None":
        """The rows of the index in `folder`, or None where it keeps no rows.json (an index older than it)."""
        if folder is None or not (Path(folder) / ROWS_FILE).is_file():
            return None
        try:
            data = json.loads((Path(folder) / ROWS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("%s cannot be read (%s): token rows are made again", Path(folder) / ROWS_FILE, exc)
            return None
        if not isinstance(data, dict) or data.get("format") != ROWS_FORMAT:
            return None
        return cls(folder, {k: data.get(k) or {} for k in FOLDERS})

    def span(self, kind: str, name: str, n: int) -> tuple[int, int] | None:
        """(first row, rows) of block `name` when the previous index holds its `n` rows with their counts."""
        span = self.spans.get(kind, {}).get(name)
        if not span or span[1] != n or self.postings(kind) is None:
            return None
        return int(span[0]), int(span[1])

    def postings(self, kind: str):
        """(Postings, terms by id) of `kind`, or None: not there, unreadable, or float32 weights (no counts)."""
        if kind not in self._postings:
            from index.postings import Postings

            folder = self.folder / FOLDERS[kind]
            try:
                postings, _ = Postings.load(folder)
                terms = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
                ok = postings.tf is not None and len(terms) == len(postings.indptr) - 1
            except (OSError, ValueError, KeyError) as exc:
                log.warning("the postings in %s cannot be read (%s): token rows are made again", folder, exc)
                ok = False
            self._postings[kind] = (postings, terms) if ok else None
        return self._postings[kind]


def rows_json(spans: dict) -> dict:
    """What rows.json holds: {kind: {block name: [first row, rows]}} with its format."""
    return {"format": ROWS_FORMAT, **spans}
