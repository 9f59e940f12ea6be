"""文号 and 登记号 lookup for search: term → passages printing it and documents bearing it, built once."""

from __future__ import annotations

from collections import defaultdict

from index.tokenize import protected_terms

__all__ = ["ExactTerms", "StoredExactTerms"]


class ExactTerms:
    """Inverted maps from normalised 文号/登记号 to passages and documents, so a query naming one
    looks up its passages instead of scanning every passage and document.

    Args:
        passages: passage records (`title`, `text`, `doc_id`), in index order.
        docs: document records by id (`doc_number`, `registration`).
    """

    def __init__(self, passages: list[dict], docs: dict[str, dict]):
        self.passage_terms = [frozenset(protected_terms(p["title"] + "\n" + p["text"])) for p in passages]
        self._passages: dict[str, set[int]] = defaultdict(set)
        for i, terms in enumerate(self.passage_terms):
            for t in terms:
                self._passages[t].add(i)
        self._doc_passages: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(passages):
            self._doc_passages[p["doc_id"]].append(i)
        self._docs: dict[str, set[str]] = defaultdict(set)
        for d in docs.values():
            for t in protected_terms((d.get("doc_number") or "") + " " + (d.get("registration") or "")):
                self._docs[t].add(d["id"])

    def documents(self, wanted: set[str]) -> set[str]:
        """The ids of the documents whose own 文号 or 登记号 is one of `wanted`."""
        return set().union(*(self._docs.get(t, ()) for t in wanted))

    def passages(self, wanted: set[str], docs: set[str] = frozenset()) -> set[int]:
        """Passages printing every term of `wanted`, plus every passage of the documents `docs`."""
        printing = set.intersection(*(self._passages.get(t, set()) for t in wanted)) if wanted else set()
        return printing.union(*(self._doc_passages.get(d, ()) for d in docs))


class _PassageTerms:
    """passage position → the 文号/登记号 it prints, read from kg.sqlite when asked."""

    def __init__(self, conn):
        self.conn = conn

    def __getitem__(self, pos: int) -> frozenset:
        return frozenset(r[0] for r in self.conn.execute("SELECT term FROM passage_terms WHERE pos = ?", (int(pos),)))


class StoredExactTerms:
    """ExactTerms over the maps the build stored in kg.sqlite (`passage_terms`, `doc_terms`): nothing is
    scanned when a searcher opens, a query reads the rows of its terms.

    Args:
        conn: the generation's kg.sqlite (read-only).
        rows: its index.passages.PassageRows (each passage's document, in memory).
    """

    def __init__(self, conn, rows):
        self.conn, self.rows = conn, rows
        self.passage_terms = _PassageTerms(conn)

    def _in(self, sql: str, values) -> list:
        values = list(values)
        return [r[0] for r in self.conn.execute(sql.format(",".join("?" * len(values))), values)] if values else []

    def documents(self, wanted: set[str]) -> set[str]:
        return set(self._in("SELECT doc_id FROM doc_terms WHERE term IN ({})", wanted))

    def passages(self, wanted: set[str], docs: set[str] = frozenset()) -> set[int]:
        printing = set()
        if wanted:
            sets = [set(self._in("SELECT pos FROM passage_terms WHERE term IN ({})", [t])) for t in wanted]
            printing = set.intersection(*sets)
        return printing.union(self.rows.positions_of(docs))
