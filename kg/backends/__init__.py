"""Fact stores behind one interface: the embedded data dir ("files") or PostgreSQL ("postgresql://…")."""

from kg.backends.base import FactStore
from kg.backends.factory import open_store, store_kind

__all__ = ["FactStore", "open_store", "store_kind"]
