"""Pick the fact store named by `Config.store`: "files" (the data dir) or a PostgreSQL URL."""

from __future__ import annotations

from kg.backends.base import FactStore
from kg.errors import GazetteError

__all__ = ["open_store", "store_kind", "load_store"]


def store_kind(store: str) -> str:
    """"files" or "postgres"; anything else is a clear error."""
    s = (store or "files").strip()
    if s == "files":
        return "files"
    if s.startswith(("postgresql://", "postgres://")):
        return "postgres"
    raise GazetteError(f"unknown store {store!r}: use 'files' or a URL postgresql://user@host:port/dbname")


def open_store(config) -> FactStore:
    """The store of `config` (its data dir for "files"), opened for queries."""
    if store_kind(config.store) == "files":
        from kg.backends.files import FilesStore

        return FilesStore.load(config.data_dir)
    from kg.backends.postgres import PostgresStore

    return PostgresStore.connect(config.store)


def load_store(config) -> dict:
    """Copy the built data dir of `config` into its store (a no-op for "files"); returns row counts."""
    if store_kind(config.store) == "files":
        return {}
    from kg.backends.postgres import load_data_dir

    return load_data_dir(config.store, config.data_dir)
