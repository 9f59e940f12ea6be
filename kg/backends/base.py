"""`FactStore`: the queries the CLI and the app ask of a built knowledge graph, whatever holds it."""

from __future__ import annotations

from abc import ABC, abstractmethod

from kg.model import Document

__all__ = ["FactStore"]


class FactStore(ABC):
    """Read-only queries over one built corpus.

    Every implementation answers with the same records (plain dicts as in `gazette-kg facts`, and
    `kg.model.Document`), in the same order, so the CLI and the app do not know which one they hold.
    """

    # -- documents -------------------------------------------------------------------------------
    @property
    @abstractmethod
    def documents(self) -> list[Document]:
        """Every document, in build order."""

    @abstractmethod
    def document(self, doc_id: str) -> Document:
        """A document by id (KeyError when unknown)."""

    def get(self, doc_id: str | None) -> Document | None:
        """The printed document with this id, or None (no id, or not in this build)."""
        if not doc_id:
            return None
        try:
            return self.document(doc_id)
        except KeyError:
            return None

    @abstractmethod
    def find_document(self, ref: str) -> Document:
        """A document by id, 文号, 登记号, exact title or a unique title substring (GazetteError if none)."""

    def lookup(self, text: str, as_of: str | None = None, limit: int = 20) -> list[dict]:
        """Every document `text` names (any 文号 form, 登记号, title or fragment), printed or known only
        as a repeal or amendment target, exact matches first (see kg.query.lookup_records for the records)."""
        from kg.query import lookup_records

        return lookup_records(self.documents, self.repeals(), text, self.status, as_of, limit, self.amendments())

    @abstractmethod
    def external_status(self, ref: str) -> dict | None:
        """The repeal of a document named in a repeal list but not printed in the corpus."""

    @abstractmethod
    def status(self, doc_id: str, as_of: str | None = None) -> dict:
        """The status dict of a document (see kg/validity.py)."""

    @abstractmethod
    def document_record(self, doc_id: str, as_of: str | None = None) -> dict:
        """The document's row of `gazette-kg facts` (metadata, source, and its status as of `as_of`)."""

    def statuses(self, as_of: str | None = None, ids=None) -> dict[str, dict]:
        """{document id: its status as of `as_of`} for every document, or for those of `ids` that are
        documents of this build (a page's few, not the whole corpus)."""
        from kg.validity import parse_as_of

        day = parse_as_of(as_of)
        if ids is not None:
            return {i: self.status(i, day) for i in dict.fromkeys(ids) if self.get(i) is not None}
        return {d.id: self.status(d.id, day) for d in self.documents}

    # The document list's questions (filter options, one page of the list). The defaults read every
    # document; a store with them in a database answers each with a query.
    FACETS = ("district", "issuer", "year", "title_end")

    def document_facets(self, fields=FACETS) -> dict[str, list[str]]:
        """What the document filters offer, each sorted, empty values left out: of `fields` among
        {"district", "issuer", "year" (the date's first four characters), "title_end" (a title's last two
        characters, all that kg.views.document_type reads; "" for an empty title)}."""
        values = {k: set() for k in fields}
        for d in self.documents:
            for k, v in (("district", d.district), ("issuer", d.issuer), ("year", (d.date or "")[:4]),
                         ("title_end", (d.title or "")[-2:])):
                if k in values and (v or k == "title_end"):
                    values[k].add(v)
        return {k: sorted(v) for k, v in values.items()}

    def document_heads(self, districts=None, years=None, offset: int = 0, limit: int | None = None,
                       ids=None) -> tuple[int, list[dict]]:
        """(how many documents are of one of `districts`, dated in one of `years` and among `ids` (any when
        None), the heads {id, title, doc_number, date, district, issuer} of those from `offset`, at most
        `limit`), in build order."""
        wanted = None if ids is None else set(ids)
        docs = [d for d in self.documents if (districts is None or (d.district or "") in districts)
                and (years is None or (d.date or "")[:4] in years) and (wanted is None or d.id in wanted)]
        end = None if limit is None else offset + limit
        return len(docs), [{"id": d.id, "title": d.title, "doc_number": d.doc_number, "date": d.date,
                            "district": d.district, "issuer": d.issuer} for d in docs[offset:end]]

    @abstractmethod
    def cites(self, doc_id: str) -> list[dict]:
        """The references `doc_id` makes."""

    @abstractmethod
    def cited_by(self, doc_id: str) -> list[dict]:
        """The references made to `doc_id`."""

    @abstractmethod
    def repeals_of(self, doc_id: str) -> list[dict]:
        """What `doc_id` repeals or invalidates."""

    def repeals(self) -> list[dict]:
        """Every repeal row (`facts["repeals"]`), in build order."""
        return self.facts_export().get("repeals", [])

    def amendments(self) -> list[dict]:
        """Every amendment row (`facts["amendments"]`: 修改 / 修订 / 代替 / 部分废止), in build order."""
        return self.facts_export().get("amendments", [])

    # -- tasks, departments, enterprises, indicators ---------------------------------------------
    @abstractmethod
    def who_leads(self, text: str, k: int = 5) -> list[dict]:
        """The `k` tasks that best match `text`, with lead and cooperating units and source."""

    @abstractmethod
    def department(self, name: str, district: str | None = None) -> list[dict]:
        """Every department `name` (or an alias) resolves to, with the tasks it leads and cooperates on."""

    def department_stream(self, name: str, district: str | None = None):
        """`department`'s list to write out (len() and iteration): a store may read each department's
        tasks only when it is reached."""
        return self.department(name, district)

    @abstractmethod
    def departments(self, district: str | None = None) -> list[dict]:
        """All departments (of one district) with their printed variants."""

    def counts(self) -> dict[str, int]:
        """{"documents", "tasks", "departments": how many} of this build."""
        return {"documents": len(self.documents), "tasks": len(self.facts_export().get("tasks", [])),
                "departments": len(self.departments())}

    @abstractmethod
    def merge_report(self) -> list[dict]:
        """Department merges to review (uncertain variants)."""

    @abstractmethod
    def enterprises(self, cls: str | None = None, list_name: str | None = None) -> list[dict]:
        """Enterprises, optionally of one class (A–D) or on a list whose name contains `list_name`."""

    @abstractmethod
    def indicators(self, text: str | None = None) -> list[dict]:
        """Indicators whose name or source line contains `text`."""

    # The indicators page's questions (its name list, then one indicator's rows). The defaults read
    # every indicator; a store with them in a database answers each with one query.
    def _indicator_district(self):
        """{document id: its district} of the documents holding indicators (read once per call)."""
        ids = dict.fromkeys(r["doc_id"] for r in self.indicators())
        return {i: ((d.district if d else "") or "") for i in ids for d in (self.get(i),)}

    def indicator_names(self, district: str | None = None) -> dict[str, int]:
        """{printed indicator name: how many indicator records carry it}, of the documents of `district`
        (all when None)."""
        from collections import Counter

        rows = self.indicators()
        if district:
            where = self._indicator_district()
            rows = [r for r in rows if where[r["doc_id"]] == district]
        return dict(Counter(r["name"] for r in rows))

    def indicator_districts(self) -> list[str]:
        """The districts (sorted) of the documents that hold indicators."""
        return sorted({d for d in self._indicator_district().values() if d})

    def indicator_records(self, names=None, district: str | None = None, limit: int | None = None) -> list[dict]:
        """Indicator records in build order whose printed name is one of `names` (any when None), in a
        document of `district` (any when None), at most `limit` of them (all when None)."""
        rows = self.indicators()
        if names is not None:
            wanted = set(names)
            rows = [r for r in rows if r["name"] in wanted]
        if district:
            where = self._indicator_district()
            rows = [r for r in rows if where[r["doc_id"]] == district]
        return rows if limit is None else rows[:limit]

    # -- whole-graph views -----------------------------------------------------------------------
    @abstractmethod
    def facts_export(self) -> dict:
        """The `gazette-kg facts` object (documents and every fact list, merge report left out)."""

    @abstractmethod
    def graph(self):
        """The whole graph as a `networkx.MultiDiGraph` (relation as edge key), for export."""

    @abstractmethod
    def neighbourhood(self, node: str, hops: int = 1, max_elements: int = 300,
                      node_types: set[str] | None = None, relations: set[str] | None = None):
        """The sub-graph within `hops` of `node` (see kg.graph.neighbourhood), for the explorer."""

    # The explorer's questions of the graph. The defaults read the whole graph; a store with the
    # graph in a database answers them with queries.
    def node(self, node_id: str) -> dict | None:
        """The attributes of a graph node, or None when there is no such node."""
        G = self.graph()
        return dict(G.nodes[node_id]) if node_id in G else None

    def search_nodes(self, text: str, limit: int = 30, node_type: str | None = None) -> list[tuple[str, str]]:
        """(node id, "类型 · name") of the nodes whose name, 文号 or an alias contains `text`, best first
        (see kg.graphview.search_graph_nodes)."""
        from kg.graphview import search_graph_nodes

        return search_graph_nodes(self.graph(), text, limit, node_type)

    def subgraph(self, node_ids):
        """The given nodes (those that exist) and every edge among them, as a `networkx.MultiDiGraph`."""
        return self.graph().subgraph(node_ids).copy()

    def close(self) -> None:
        """Release connections; the embedded store holds none."""
