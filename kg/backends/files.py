"""The in-memory store (`--store memory`): the data dir's kg.sqlite read whole into `KnowledgeBase`; the reference the SQL store is tested against."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from kg.backends.base import FactStore
from kg.model import Document

__all__ = ["FilesStore"]


class FilesStore(FactStore):
    """Every query answered in memory from the files of one data dir; needs no server."""

    def __init__(self, kb):
        self.kb = kb

    @classmethod
    def load(cls, data_dir: Path) -> "FilesStore":
        from kg.query import KnowledgeBase

        return cls(KnowledgeBase.load(data_dir))

    @property
    def documents(self) -> list[Document]:
        return self.kb.documents

    def document(self, doc_id):
        return self.kb.document(doc_id)

    def get(self, doc_id):
        return self.kb.get(doc_id)

    def find_document(self, ref):
        return self.kb.find_document(ref)

    def lookup(self, text, as_of=None, limit=20):
        return self.kb.lookup(text, as_of=as_of, limit=limit)

    def external_status(self, ref):
        return self.kb.external_status(ref)

    def status(self, doc_id, as_of=None):
        return self.kb.status(doc_id, as_of)

    def statuses(self, as_of=None, ids=None):
        return self.kb.statuses(as_of) if ids is None else super().statuses(as_of, ids)

    def document_record(self, doc_id, as_of=None):
        return self.kb.document_record(doc_id, as_of)

    def cites(self, doc_id):
        return self.kb.cites(doc_id)

    def cited_by(self, doc_id):
        return self.kb.cited_by(doc_id)

    def repeals_of(self, doc_id):
        return self.kb.repeals_of(doc_id)

    def repeals(self):
        return self.kb.facts.get("repeals", [])

    def amendments(self):
        return self.kb.facts.get("amendments", [])

    def who_leads(self, text, k=5):
        return self.kb.who_leads(text, k=k)

    def department(self, name, district=None):
        return self.kb.department(name, district=district)

    def departments(self, district=None):
        return [d for d in self.kb.facts.get("departments", []) if not district or d["district"] == district]

    def counts(self):
        return {"documents": len(self.kb.documents), "tasks": len(self.kb.facts.get("tasks", [])),
                "departments": len(self.kb.facts.get("departments", []))}

    def merge_report(self):
        return self.kb.facts.get("merge_report", [])

    def enterprises(self, cls=None, list_name=None):
        return self.kb.enterprises(cls=cls, list_name=list_name)

    def indicators(self, text=None):
        return self.kb.indicators(text)

    def facts_export(self):
        return {k: v for k, v in self.kb.facts.items() if k != "merge_report"}

    @cached_property
    def _graph(self):
        from kg.graph import load_graph

        return load_graph(self.kb.data_dir)

    def graph(self):
        return self._graph

    def neighbourhood(self, node, hops=1, max_elements=300, node_types=None, relations=None):
        from kg.graph import neighbourhood

        return neighbourhood(self._graph, node, hops, max_elements, node_types, relations)

    def node(self, node_id):
        return dict(self._graph.nodes[node_id]) if node_id in self._graph else None

    def search_nodes(self, text, limit=30, node_type=None):
        from kg.graphview import search_graph_nodes

        return search_graph_nodes(self._graph, text, limit, node_type)

    def subgraph(self, node_ids):
        return self._graph.subgraph(node_ids).copy()
