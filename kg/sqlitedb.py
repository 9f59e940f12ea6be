"""`kg.sqlite`: the tables of one generation (schema, format version, read-only connections, row helpers).

One SQLite file per generation (standard library, transparent, no pickle), written once by
`kg.writer.SqliteWriter` and opened read-only (`mode=ro` URI) by every reader. `PRAGMA user_version`
holds SQLITE_FORMAT; a file of another format is a one-line "rebuild" error.

Records keep the row exactly as `gazette-kg facts` prints it (a JSON `data` column, which keeps key
order) beside the columns the queries look up, as the PostgreSQL store does. Each line's text is
stored once (`raw`, and `text` only where normalising changed it); a passage is a line range, its
text stored only where it is not the join of its lines (a long line cut into pieces).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

__all__ = ["DB_FILE", "SQLITE_FORMAT", "SCHEMA", "INDEXES", "connect_ro", "connect_new", "dumps", "loads",
           "passage_text", "check_header"]

DB_FILE = "kg.sqlite"
SQLITE_FORMAT = 1

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (file_id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, sha256 TEXT, encoding TEXT,
    format TEXT, path TEXT, district TEXT, page_count INTEGER, n_lines INTEGER NOT NULL, first_line INTEGER NOT NULL,
    warnings TEXT, toc TEXT);
CREATE TABLE lines (line_id INTEGER PRIMARY KEY, raw TEXT NOT NULL, text TEXT, page INTEGER);
CREATE TABLE documents (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, file_id INTEGER NOT NULL,
    line_start INTEGER, line_end INTEGER, doc TEXT NOT NULL, source TEXT, status TEXT, state TEXT,
    doc_number_norm TEXT, registration_norm TEXT, title_compact TEXT NOT NULL, district TEXT, date TEXT);
CREATE TABLE tasks (ord INTEGER PRIMARY KEY, id TEXT, doc_id TEXT, data TEXT NOT NULL);
CREATE TABLE task_units (task_ord INTEGER NOT NULL, role INTEGER NOT NULL, dept_id TEXT NOT NULL,
    PRIMARY KEY (dept_id, role, task_ord)) WITHOUT ROWID;
CREATE TABLE departments (ord INTEGER PRIMARY KEY, id TEXT, district TEXT, canonical TEXT, data TEXT NOT NULL);
CREATE TABLE department_names (name TEXT NOT NULL, dep_ord INTEGER NOT NULL, PRIMARY KEY (name, dep_ord))
    WITHOUT ROWID;
CREATE TABLE repeals (ord INTEGER PRIMARY KEY, by_doc_id TEXT, target_doc_id TEXT, target_number_norm TEXT,
    target_title_compact TEXT, kind TEXT, data TEXT NOT NULL);
CREATE TABLE cites (ord INTEGER PRIMARY KEY, by_doc_id TEXT, target_doc_id TEXT, data TEXT NOT NULL);
CREATE TABLE enterprises (ord INTEGER PRIMARY KEY, id TEXT, name TEXT, data TEXT NOT NULL);
CREATE TABLE enterprise_classes (ent_ord INTEGER NOT NULL, class TEXT, list TEXT, year TEXT, doc_id TEXT);
CREATE TABLE indicators (ord INTEGER PRIMARY KEY, id TEXT, doc_id TEXT, name TEXT, source_text TEXT,
    data TEXT NOT NULL);
CREATE TABLE fact_rows (kind TEXT NOT NULL, ord INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, ord))
    WITHOUT ROWID;
CREATE TABLE nodes (ord INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, type TEXT, label TEXT, attrs TEXT NOT NULL);
CREATE TABLE edges (ord INTEGER PRIMARY KEY, src TEXT NOT NULL, dst TEXT NOT NULL, rel TEXT NOT NULL,
    file TEXT, line_start INTEGER, line_end INTEGER, page INTEGER, text TEXT, attrs TEXT NOT NULL);
CREATE TABLE passages (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, doc_ord INTEGER NOT NULL, section TEXT,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, page INTEGER, text TEXT);
CREATE TABLE passage_terms (term TEXT NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (term, pos)) WITHOUT ROWID;
CREATE TABLE doc_terms (term TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY (term, doc_id)) WITHOUT ROWID;
"""

# Built after the rows are in (faster, and smaller pages): one per lookup the queries make.
INDEXES = """
CREATE INDEX documents_number ON documents (doc_number_norm);
CREATE INDEX documents_registration ON documents (registration_norm);
CREATE INDEX documents_title ON documents (title_compact);
CREATE INDEX tasks_doc ON tasks (doc_id);
CREATE INDEX tasks_id ON tasks (id);
CREATE INDEX indicators_id ON indicators (id);
CREATE INDEX enterprises_id ON enterprises (id);
CREATE INDEX departments_key ON departments (district, canonical);
CREATE INDEX departments_id ON departments (id);
CREATE INDEX repeals_by ON repeals (by_doc_id);
CREATE INDEX repeals_target ON repeals (target_doc_id);
CREATE INDEX repeals_number ON repeals (target_number_norm);
CREATE INDEX repeals_title ON repeals (target_title_compact);
CREATE INDEX cites_by ON cites (by_doc_id);
CREATE INDEX cites_target ON cites (target_doc_id);
CREATE INDEX enterprise_classes_ent ON enterprise_classes (class, ent_ord);
CREATE INDEX edges_src ON edges (src);
CREATE INDEX edges_dst ON edges (dst);
CREATE INDEX nodes_type ON nodes (type);
CREATE INDEX passage_terms_pos ON passage_terms (pos);
-- Read whole when a searcher opens, without the rows' text and JSON: each document's run of passages
-- (index.passages.PassageRows) and the columns the filters and the in-force prior read (index.search);
-- a file's documents' district and date (the app's gazette names).
CREATE INDEX passages_doc ON passages (doc_ord, pos);
CREATE INDEX documents_fields ON documents (file_id, district, date, state, id);
-- The indicators page: names and counts (of a district), then one name's rows, without reading every record.
CREATE INDEX indicators_name ON indicators (name, doc_id);
"""


# One encoder for every row: json.dumps with options makes a new JSONEncoder per call (a fifth of the
# writer's time for ~100k small rows); the text is the same.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(obj) -> str:
    return _ENCODE(obj)


def loads(text: str | None):
    return None if text is None else json.loads(text)


def connect_new(path: Path) -> sqlite3.Connection:
    """A new database at `path` for the build (no journal: a failed build removes its generation)."""
    # a URI connection: the build attaches the previous generation read-only (kg.writer.SqliteWriter)
    conn = sqlite3.connect(Path(path).absolute().as_uri(), uri=True, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")  # the generation is flushed by kg.datadir before it becomes current
    conn.execute("PRAGMA page_size = 4096")
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


def passage_text(lines: list[str]) -> str:
    """The text of a passage made of whole lines: the non-blank lines, stripped, one per row (index.chunk)."""
    return "\n".join(t.strip() for t in lines if t.strip())
