"""Pick the fact store named by `Config.store`: the embedded SQLite store, the in-memory one, or PostgreSQL.

- "files" (the default) and "sqlite": the data dir's kg.sqlite queried by SQL (kg/backends/sqlite.py).
  "files" keeps its old meaning, the embedded store of the data dir, so existing commands and configs work.
- "memory": the same data dir read whole into memory (kg/backends/files.py over kg.query.KnowledgeBase),
  the reference the SQL store is tested against.
- "postgresql://…": PostgreSQL (kg/backends/postgres.py), loaded from the data dir by the build.
"""

from __future__ import annotations

from kg.backends.base import FactStore
from kg.errors import GazetteError

__all__ = ["open_store", "store_kind", "load_store", "EMBEDDED"]

EMBEDDED = ("files", "sqlite", "memory")  # stores that read the data dir itself: nothing to load


def store_kind(store: str) -> str:
    """"files" (embedded SQLite), "memory" or "postgres"; anything else is a clear error."""
    s = (store or "files").strip()
    if s in ("files", "sqlite"):
        return "files"
    if s == "memory":
        return "memory"
    if s.startswith(("postgresql://", "postgres://")):
        return "postgres"
    raise GazetteError(f"unknown store {store!r}: use 'files' (the data dir), 'memory' or a URL "
                       "postgresql://user@host:port/dbname")


def open_store(config) -> FactStore:
    """The store of `config` (its data dir for "files" and "memory"), opened for queries."""
    kind = store_kind(config.store)
    if kind == "files":
        from kg.backends.sqlite import SqliteStore

        return SqliteStore.load(config.data_dir)
    if kind == "memory":
        from kg.backends.files import FilesStore

        return FilesStore.load(config.data_dir)
    from kg.backends.postgres import PostgresStore

    return PostgresStore.connect(config.store)


def load_store(config) -> dict:
    """Copy the built data dir of `config` into its store (a no-op for the embedded stores); returns row counts."""
    if store_kind(config.store) != "postgres":
        return {}
    from kg.backends.postgres import load_data_dir

    return load_data_dir(config.store, config.data_dir)
