"""`PassageIndex`: the two retrieval routes (BM25, dense) over passages, with metadata filters."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np

__all__ = ["PassageIndex", "PassageFilter", "passage_metadata"]


@dataclass(frozen=True)
class PassageFilter:
    """Which passages a query may return, by their document's metadata."""

    district: str | None = None
    issuer: str | None = None
    year: int | None = None
    in_force_only: bool = False

    def matches(self, meta: dict) -> bool:
        return ((not self.district or meta["district"] == self.district)
                and (not self.issuer or self.issuer in meta["issuer"])
                and (not self.year or meta["year"] == int(self.year))
                and (not self.in_force_only or meta["in_force"]))

    def __bool__(self) -> bool:
        return bool(self.district or self.issuer or self.year or self.in_force_only)


def passage_metadata(passages: list[dict], documents: dict[str, dict]) -> list[dict]:
    """Per passage, the filterable fields of its document: district, issuer, year, in force.

    Args:
        passages: the passages (index.passages.PassageRows, or dicts with their keys).
        documents: {doc id: its record of `gazette-kg facts`}.
    """
    from kg.validity import is_in_force

    out = []
    for p in passages:
        d = documents[p["doc_id"]]
        date = d.get("date") or ""
        out.append({"doc_id": p["doc_id"], "district": d.get("district") or "", "issuer": d.get("issuer") or "",
                    "year": int(date[:4]) if date[:4].isdigit() else 0,
                    "in_force": is_in_force((d.get("status") or {}).get("state", "in_force"))})
    return out


class PassageIndex(ABC):
    """Passages numbered 0..n-1 (their position in the `passages` table of kg.sqlite), searchable by two routes.

    Both routes return {passage number: score}, best first, higher is better, so that
    index/fusion.py fuses them the same way whatever engine answered.
    """

    @property
    @abstractmethod
    def size(self) -> int:
        """How many passages the index holds."""

    @abstractmethod
    def add(self, texts: list[str], vectors: np.ndarray | None, metadata: list[dict]) -> None:
        """Index passages `size..size+len(texts)-1`: the text BM25 sees, its vector, its metadata."""

    @abstractmethod
    def bm25(self, query: str, n: int, where: PassageFilter | None = None) -> dict[int, float]:
        """The `n` best passages for `query` by BM25, among those `where` allows."""

    @abstractmethod
    def dense(self, vector: np.ndarray, n: int, where: PassageFilter | None = None) -> dict[int, float]:
        """The `n` passages nearest to `vector` (inner product), among those `where` allows."""

    def close(self) -> None:
        """Release files or connections."""
