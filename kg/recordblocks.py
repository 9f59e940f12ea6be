"""Fact records packed in blocks (kg.sqlite format 4): the rows of a block table, and the records read back.

A block table (`tasks`, `indicators`, `cites`, `enterprises`) holds a list of fact records in build order, up to
RECORD_BLOCK consecutive records of one document per row: `first_ord` (the position of its first
record; the row's records are first_ord .. first_ord + n - 1), `n`, and `data`, the records' JSON texts
one per line ("JSON lines": JSON escapes every newline inside a string, so a line is one record),
packed like every cold column (kg.sqlitedb.pack_text: raw deflate over PACK_DICT). The records of a
document repeat its id, title, district, file name, section paths and unit names; one deflate stream
over them keeps each once (measured on the 10x corpus: the tasks 5.56 -> 2.3 MB of packed data,
the indicators 1.57 -> 0.6, the cites 0.98 -> 0.44, the enterprises 0.20 -> 0.06).

What the queries look up is beside the blocks, one small row per record: a record's id by a 32-bit
hash of it (`<table>_ids`, verified against the record read), an indicator's name and document
(`indicator_names`), a cite's target (`cite_targets`). A reader inflates a block for the records it
asks for and parses only those lines.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable, Iterator

from kg.sqlitedb import PACK_CHARSET, pack_text, unpack_bytes

__all__ = ["RECORD_BLOCK", "BLOCK_BYTES", "BLOCK_TABLES", "block_rows", "id_key", "RecordBlocks"]

# Records per block, and the JSON bytes that close a block early (a cite quoting a long paragraph):
# 16 records of a document keep ~90 % of what a whole document's stream saves, and a read of one
# record inflates at most ~20 KB.
RECORD_BLOCK = 16
BLOCK_BYTES = 16384

# {table: the record key whose value a block shares (one document's records per block)}
BLOCK_TABLES = {"tasks": "doc_id", "indicators": "doc_id", "cites": "by_doc_id", "enterprises": "doc_id"}


def block_rows(records: Iterable[dict], group: str) -> Iterator[tuple[int, int, object, bytes]]:
    """(first ord, record count, the records' `group` value, packed JSON lines) of each block of
    `records` (in order): a block ends where `group` changes, at RECORD_BLOCK records or past BLOCK_BYTES."""
    from kg.sqlitedb import dumps

    lines: list[str] = []
    first = size = 0
    key = None
    for i, r in enumerate(records):
        if lines and (r.get(group) != key or len(lines) >= RECORD_BLOCK or size >= BLOCK_BYTES):
            yield first, len(lines), key, pack_text("\n".join(lines))
            lines, size = [], 0
        if not lines:
            first, key = i, r.get(group)
        text = dumps(r)
        lines.append(text)
        size += len(text)
    if lines:
        yield first, len(lines), key, pack_text("\n".join(lines))


def id_key(record_id) -> int:
    """The lookup key of a record id: a signed 32-bit hash (4 bytes a row instead of the id's ~35;
    a collision only costs reading one more record, the id is compared after reading)."""
    return int.from_bytes(hashlib.blake2b(str(record_id).encode("utf-8"), digest_size=4).digest(), "big", signed=True)


class RecordBlocks:
    """The records of one block table over a read-only connection: by position, by id, all in order."""

    def __init__(self, conn, table: str):
        if table not in BLOCK_TABLES:
            raise ValueError(f"{table} is no block table")
        self.conn, self.table = conn, table
        self._starts: list[int] | None = None

    def count(self) -> int:
        row = self.conn.execute(f"SELECT first_ord + n FROM {self.table} ORDER BY first_ord DESC LIMIT 1").fetchone()
        return row[0] if row else 0

    def starts(self) -> list[int]:
        """Every block's first position (one small read, kept: the generation never changes)."""
        if self._starts is None:
            self._starts = [r[0] for r in self.conn.execute(f"SELECT first_ord FROM {self.table} ORDER BY first_ord")]
        return self._starts

    def texts(self, ords: Iterable[int]) -> dict[int, str]:
        """{position: the record's JSON text} of the positions asked for that exist."""
        starts = self.starts()
        want: dict[int, list[int]] = {}
        for o in ords:
            b = bisect.bisect_right(starts, o) - 1
            if b >= 0 and o >= 0:
                want.setdefault(starts[b], []).append(o)
        out: dict[int, str] = {}
        if not want:
            return out
        for first, data in self.conn.execute(f"SELECT first_ord, data FROM {self.table} WHERE first_ord IN "
                                             "(SELECT value FROM json_each(?))", (json.dumps(sorted(want)),)):
            # split as bytes, only the records asked for decoded (no GB18030 character holds a newline byte:
            # its multi-byte sequences are made of bytes 0x30-0x39 and 0x40-0xFE)
            lines = unpack_bytes(data).split(b"\n")
            for o in want[first]:
                if o - first < len(lines):
                    out[o] = lines[o - first].decode(PACK_CHARSET)
        return out

    def records(self, ords: list[int]) -> list[dict]:
        """The records at `ords` (in that order; every position must exist), parsed as one JSON array."""
        texts = self.texts(ords)
        return json.loads("[" + ",".join(texts[o] for o in ords) + "]")

    def blocks(self, where: str = "", params=()) -> Iterator[tuple[int, bytes]]:
        """(first position, JSON lines in PACK_CHARSET) of the blocks `where` (SQL on the block row) selects, in
        order."""
        for first, data in self.conn.execute(f"SELECT first_ord, data FROM {self.table} {where} ORDER BY first_ord",
                                             params):
            yield first, unpack_bytes(data)

    def lines(self, where: str = "", params=()) -> Iterator[tuple[int, str]]:
        """(position, JSON text) of every record in order, of the blocks `where` selects."""
        for first, data in self.blocks(where, params):
            yield from enumerate(data.decode(PACK_CHARSET).split("\n"), first)

    def __iter__(self) -> Iterator[dict]:
        for _, text in self.lines():
            yield json.loads(text)

    def by_ids(self, ids: Iterable) -> dict:
        """{id: its first record (lowest position)} of the ids that have one."""
        wanted = set(ids)
        if not wanted:
            return {}
        keys = sorted({id_key(i) for i in wanted})
        ords = sorted({o for (o,) in self.conn.execute(f"SELECT ord FROM {self.table}_ids WHERE key IN "
                                                        "(SELECT value FROM json_each(?))", (json.dumps(keys),))})
        out: dict = {}
        for r in self.records(ords) if ords else ():
            if r.get("id") in wanted and r["id"] not in out:
                out[r["id"]] = r
        return out
