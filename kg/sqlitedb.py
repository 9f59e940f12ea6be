"""`kg.sqlite`: the tables of one generation (schema, format version, read-only connections, row helpers).

One SQLite file per generation (standard library, transparent, no pickle), written once by
`kg.writer.SqliteWriter` and opened read-only (`mode=ro` URI) by every reader. `PRAGMA user_version`
holds SQLITE_FORMAT; a file of another format is a one-line "rebuild" error.

Records keep the row exactly as `gazette-kg facts` prints it (a JSON `data` column, which keeps key
order) beside the columns the queries look up, as the PostgreSQL store does. Each line's text is
stored once (`raw`, and `text` only where normalising changed it); a passage is a line range, its
text stored only where it is not the join of its lines (a long line cut into pieces).

Format 2 stores the cold text packed (`pack`): the fact records' JSON (`tasks`, `indicators`, `cites`,
`repeals`, `enterprises`, `fact_rows`, a document's `status`: read by id or position, never searched
inside by SQL) and the lines, 64 lines of one file per row of `line_blocks` (a JSON array of
[raw, text, page] rows). Packed = raw deflate (zlib, `wbits=-15`) with a preset dictionary of the
records' key layout, PACK_DICT, which `meta.pack` also holds: any zlib reads it back
(`zlib.decompressobj(-15, zdict=...)`); no pickle. The columns the queries look up are not packed.

Format 4 stores no graph rows: kg.graphstore makes the graph's nodes and edges again from the records
that touch them (`graph_refs` says which records touch a node when no record index does; `graph_names`
holds the names the explorer searches). It packs the tasks, indicators, cites and enterprises in blocks of
one document's records (kg.recordblocks: JSON lines, one stream per block), with one small row per record
for what the queries look up (an id's hash, an indicator's name, a cite's target), and names departments
and documents by position in `task_units` and `indicator_names`; a department's `data` leaves out its id,
district and canonical name (its columns).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

__all__ = ["DB_FILE", "SQLITE_FORMAT", "SCHEMA", "INDEXES", "connect_ro", "connect_new", "dumps", "loads",
           "passage_text", "passage_id", "check_header", "pack", "pack_text", "unpack_text", "unpack_bytes",
           "DEPARTMENT_COLUMNS", "department_data", "department_record", "PACK_DICT", "PACK_CHARSET", "LINE_BLOCK",
           "line_blocks", "read_line_rows"]

DB_FILE = "kg.sqlite"
# 4: no nodes/edges rows: the graph is made again from the records (kg.graphstore: graph_refs, graph_names);
#    tasks, indicators, cites and enterprises in blocks of one document's records (kg.recordblocks), task_units
#    and indicator_names by position, departments' data without its columns; packed JSON in GB18030
#    (PACK_CHARSET), 128-line blocks; 3: documents.doc packed (title, doc_number, issuer columns), passages
#    name a `sections` row, 16 KiB pages; 2: packed fact records and line blocks; 1: plain JSON
SQLITE_FORMAT = 4

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (file_id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, sha256 TEXT, encoding TEXT,
    format TEXT, path TEXT, district TEXT, page_count INTEGER, n_lines INTEGER NOT NULL, first_line INTEGER NOT NULL,
    warnings TEXT, toc TEXT);
CREATE TABLE line_blocks (first_id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE documents (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, file_id INTEGER NOT NULL,
    line_start INTEGER, line_end INTEGER, doc BLOB NOT NULL, source TEXT, status BLOB, state TEXT,
    doc_number_norm TEXT, registration_norm TEXT, title_compact TEXT NOT NULL, district TEXT, date TEXT,
    title TEXT, doc_number TEXT, issuer TEXT);
CREATE TABLE tasks (first_ord INTEGER PRIMARY KEY, n INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE tasks_ids (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
CREATE TABLE task_units (dep_ord INTEGER NOT NULL, role INTEGER NOT NULL, task_ord INTEGER NOT NULL,
    PRIMARY KEY (dep_ord, role, task_ord)) WITHOUT ROWID;
CREATE TABLE departments (ord INTEGER PRIMARY KEY, id TEXT, district TEXT, canonical TEXT, data TEXT NOT NULL);
CREATE TABLE department_names (name TEXT NOT NULL, dep_ord INTEGER NOT NULL, PRIMARY KEY (name, dep_ord))
    WITHOUT ROWID;
CREATE TABLE repeals (ord INTEGER PRIMARY KEY, by_doc_id TEXT, target_doc_id TEXT, target_number_norm TEXT,
    target_title_compact TEXT, kind TEXT, data BLOB NOT NULL);
CREATE TABLE cites (first_ord INTEGER PRIMARY KEY, n INTEGER NOT NULL, by_doc_id TEXT, data BLOB NOT NULL);
CREATE TABLE cite_targets (target_doc_id TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (target_doc_id, ord))
    WITHOUT ROWID;
CREATE TABLE enterprises (first_ord INTEGER PRIMARY KEY, n INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE enterprises_ids (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
CREATE TABLE enterprise_classes (ent_ord INTEGER NOT NULL, class TEXT, list TEXT, year TEXT, doc_id TEXT);
CREATE TABLE indicators (first_ord INTEGER PRIMARY KEY, n INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE indicators_ids (key INTEGER NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
CREATE TABLE indicator_names (name TEXT NOT NULL, ord INTEGER NOT NULL, doc_ord INTEGER, PRIMARY KEY (name, ord))
    WITHOUT ROWID;
CREATE TABLE fact_rows (kind TEXT NOT NULL, ord INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (kind, ord))
    WITHOUT ROWID;
CREATE TABLE graph_refs (node TEXT NOT NULL, kind TEXT NOT NULL, first INTEGER NOT NULL, n INTEGER NOT NULL,
    role INTEGER NOT NULL, PRIMARY KEY (node, kind, first)) WITHOUT ROWID;
CREATE TABLE graph_names (first INTEGER PRIMARY KEY, types TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE passages (pos INTEGER PRIMARY KEY, id TEXT, doc_ord INTEGER NOT NULL, section INTEGER,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, page INTEGER, text TEXT);
CREATE TABLE sections (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE passage_terms (term TEXT NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (term, pos)) WITHOUT ROWID;
CREATE TABLE doc_terms (term TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (term, doc_id)) WITHOUT ROWID;
"""

# Built after the rows are in (faster, and smaller pages): one per lookup the queries make (none for a
# column no query looks up: departments.id). The block tables' lookups are their side tables'
# primary keys (tasks_ids, indicators_ids, enterprises_ids, indicator_names, cite_targets): no index; the
# `*_ids` tables also find a graph node's record (kg.graphstore).
INDEXES = """
CREATE INDEX documents_number ON documents (doc_number_norm);
CREATE INDEX documents_registration ON documents (registration_norm);
CREATE INDEX documents_title ON documents (title_compact);
CREATE INDEX departments_key ON departments (district, canonical);
CREATE INDEX repeals_by ON repeals (by_doc_id);
CREATE INDEX repeals_target ON repeals (target_doc_id);
CREATE INDEX repeals_number ON repeals (target_number_norm);
CREATE INDEX repeals_title ON repeals (target_title_compact);
CREATE INDEX cites_by ON cites (by_doc_id);
CREATE INDEX enterprise_classes_ent ON enterprise_classes (class, ent_ord);
CREATE INDEX passage_terms_pos ON passage_terms (pos);
-- Read whole when a searcher opens, without the rows' text and JSON: each document's run of passages
-- (index.passages.PassageRows) and the columns the filters and the in-force prior read (index.search);
-- a file's documents' district and date (the app's gazette names).
CREATE INDEX passages_doc ON passages (doc_ord, pos);
CREATE INDEX documents_fields ON documents (file_id, district, date, state, id);
"""


# One encoder for every row: json.dumps with options makes a new JSONEncoder per call (a fifth of the
# writer's time for ~100k small rows); the text is the same.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(obj) -> str:
    return _ENCODE(obj)


def loads(text: str | bytes | None):
    """A JSON column's value: plain JSON text, or a packed record (bytes, see `pack`)."""
    if text is None:
        return None
    return json.loads(unpack_text(text) if isinstance(text, bytes) else text)


# The preset dictionary of packed columns: the key layout of the records (kg.extract's fact rows and a
# document's status), values left out. A record of a few hundred bytes has no history of its own for
# deflate to match its keys against; with these it packs to about a third (measured: the tasks of the
# 10x corpus 15.7 -> 5.7 MB). Part of the format: changing it needs a new SQLITE_FORMAT.
PACK_DICT = "".join((
    '{"effective_from":null,"valid_until":null,"as_of":"","timeline":[{"date":"","event":"","label":"",'
    '"by_doc_id":"","by_doc_number":"","by_title":""}],"state":"","label":"","since":"","evidence":[]}',
    '{"department":"","district":"","variants":[""],"uncertain_variants":[""]}',
    '{"doc_id":"","doc_date":"","kind":"","source":{"file":"","line_start":0,"line_end":0,"text":""}}',
    '{"by_doc_id":"","by_doc_number":"","by_title":"","kind":"","target_doc_id":null,"target_title":"",'
    '"target_doc_number":"","target_registration":"","target_validity":"","target_issued":null,"row_no":"",'
    '"evidence":"","source":{"file":"","line_start":0,"line_end":0,"text":""}}',
    '{"id":"","name":"","name_as_printed":"","aliases":[],"classifications":[{"class":"","label":"","rating":"",'
    '"list":"","doc_id":"","year":null,"row_no":""}],"doc_id":"","source":{"file":"","line_start":0,"line_end":0,'
    '"text":""},"person":"","person_as_printed":""}',
    '{"by_doc_id":"","target_doc_id":null,"target_title":"","target_doc_number":null,"source":{"file":"",'
    '"line_start":0,"line_end":0,"text":""}}',
    '{"id":"","name":"","value":"","value_norm":"","number":0,"unit":null,"comparator":"","year":null,"kind":"",'
    '"doc_id":"","extracted_from":"","source":{"file":"","line_start":0,"line_end":0,"text":""},"evidence":"",'
    '"unit_printed":null,"measure":null}',
    '{"id":"","doc_id":"","doc_title":"","district":"","task_id":"","section":[""],"text":"","lead":[{"name":"",'
    '"canonical":"","id":"dept:"}],"cooperate":[{"name":"","canonical":"","id":"dept:"}],"generic_lead":[],'
    '"generic_cooperate":[],"deadline":null,"lead_unrecoverable":false,"style":"","line":0,"source":{"file":"",'
    '"line_start":0,"line_end":0,"text":""}}',
)).encode("utf-8")


# The character set packed JSON is deflated in. GB18030 writes a CJK character in 2 bytes where UTF-8 takes 3,
# and deflate's byte-level matches and Huffman codes then cover a third fewer bytes: line blocks of the 10x
# corpus 4.46 -> 3.82 MB, the same with 128-line blocks 4.14 -> 3.57 MB. It is a Unicode encoding (every
# scalar value round-trips through Python's codec: checked over all of them in tests/test_store_sqlite.py),
# so nothing is lost; any GB18030 decoder reads it (`meta.pack.charset`).
PACK_CHARSET = "gb18030"


def pack(obj, window: int = 13) -> bytes:
    """`obj` as packed JSON: raw deflate (level 6, deterministic for the same zlib) over PACK_DICT, of the
    JSON text in PACK_CHARSET.

    A record is a few hundred bytes: an 8 KiB window (2**13) holds it and the dictionary, and the
    compressor's state is a sixth of the default one (setting it up was most of the time: 45 -> 30 us a
    record); a line block (~6 KiB) gets the full window. Any raw inflater with a 32 KiB window reads both.
    """
    c = zlib.compressobj(6, zlib.DEFLATED, -window, max(1, window - 9), zlib.Z_DEFAULT_STRATEGY, PACK_DICT)
    return c.compress(_ENCODE(obj).encode(PACK_CHARSET)) + c.flush()


def pack_text(text: str) -> bytes:
    """`text` (JSON already) packed as `pack` packs a line block: raw deflate, full window, over PACK_DICT."""
    c = zlib.compressobj(6, zlib.DEFLATED, -15, 6, zlib.Z_DEFAULT_STRATEGY, PACK_DICT)
    return c.compress(text.encode(PACK_CHARSET)) + c.flush()


def unpack_text(blob: bytes | str) -> str:
    """The JSON text of a packed value (a `str` is already JSON text)."""
    if isinstance(blob, str):
        return blob
    return unpack_bytes(blob).decode(PACK_CHARSET)


def unpack_bytes(blob: bytes) -> bytes:
    """The PACK_CHARSET bytes of a packed value (a reader of a few records of a block decodes only those)."""
    d = zlib.decompressobj(-15, PACK_DICT)
    return d.decompress(blob) + d.flush()


# Lines per row of `line_blocks`: a block is one file's lines first_id .. first_id + LINE_BLOCK - 1 (fewer
# at the file's end), blocks of a file start at its first line. 128 lines (~11 KB of text) pack to ~34 %
# (64 lines: ~36 %; deflate's 32 KiB window finds more of a file's repeats in a longer block); a passage or
# a document page reads one or two blocks (inflating one: ~0.1 ms).
LINE_BLOCK = 128


def line_blocks(first: int, rows: list[tuple]) -> list[tuple[int, bytes]]:
    """The `line_blocks` rows of one file whose line 1 is line id `first`: `rows` = (raw, text, page) with
    text None where it equals raw."""
    return [(first + i, pack([list(r) for r in rows[i:i + LINE_BLOCK]], window=15))
            for i in range(0, len(rows), LINE_BLOCK)]


def read_line_rows(conn, a: int, b: int) -> list[tuple[int, str, str | None, int | None]]:
    """(line id, raw, text or None, page) of the lines with ids `a`..`b` (of one file), in order."""
    out = []
    for first, data in conn.execute("SELECT first_id, data FROM line_blocks WHERE first_id BETWEEN ?1 AND ?2 "
                                    "ORDER BY first_id", (a - LINE_BLOCK + 1, b)):
        for j, (raw, text, page) in enumerate(json.loads(unpack_text(data))):
            if a <= first + j <= b:
                out.append((first + j, raw, text, page))
    return out


# A department's record starts with these keys, which are also its row's columns: `data` holds the rest.
DEPARTMENT_COLUMNS = ("id", "district", "canonical")


def department_data(record: dict) -> dict:
    """What a department's `data` column holds: the record without its first keys where they are
    DEPARTMENT_COLUMNS (a third of its JSON), else the whole record (which has an "id")."""
    if tuple(record)[:len(DEPARTMENT_COLUMNS)] != DEPARTMENT_COLUMNS:
        return record
    return {k: v for k, v in record.items() if k not in DEPARTMENT_COLUMNS}


def department_record(dep_id, district, canonical, data: str) -> dict:
    """A department's record from its row (`department_data` undone; key order kept)."""
    rest = json.loads(data)
    return rest if "id" in rest else {"id": dep_id, "district": district, "canonical": canonical, **rest}


def connect_new(path: Path) -> sqlite3.Connection:
    """A new database at `path` for the build (no journal: a failed build removes its generation)."""
    # a URI connection: the build attaches the previous generation read-only (kg.writer.SqliteWriter)
    conn = sqlite3.connect(Path(path).absolute().as_uri(), uri=True, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")  # the generation is flushed by kg.datadir before it becomes current
    # 16 KiB pages: 3 % smaller than 4 KiB (less slack per page and fewer B-tree levels), same query times.
    conn.execute("PRAGMA page_size = 16384")
    conn.executescript(SCHEMA)
    conn.execute(f"PRAGMA user_version = {SQLITE_FORMAT}")
    return conn


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection (the generation never changes): no journal, no lock file written.

    `immutable=1` tells SQLite the file cannot change, so it takes no locks and never writes beside it;
    `check_same_thread=False` because the app's cached store is read from Streamlit's script threads.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB of page cache: warm queries stay in memory
    return conn


def check_header(path: Path) -> str | None:
    """Why `path` is not a whole SQLite file of this format, or None: the header's magic, page count ×
    page size against the file size (a truncated or padded file), and the format in `user_version`."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
        size = Path(path).stat().st_size
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return "is not an SQLite database"
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    if pages * page != size:
        return f"is {size} bytes, its header says {pages * page} (truncated or altered)"
    version = int.from_bytes(head[60:64], "big")
    if version != SQLITE_FORMAT:
        return f"holds store format {version}, this version reads {SQLITE_FORMAT}"
    return None


def passage_id(stored: str | None, doc_id: str, line_start: int) -> str:
    """A passage's id from its row: stored only where it is not `<doc id>:<first line>` (a cut line's pieces)."""
    return f"{doc_id}:{line_start}" if stored is None else stored


def passage_text(lines: list[str]) -> str:
    """The text of a passage made of whole lines: the non-blank lines, stripped, one per row (index.chunk)."""
    return "\n".join(t.strip() for t in lines if t.strip())
