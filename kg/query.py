"""Queries over a built data dir: documents, status, who leads, departments, enterprises, indicators."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from kg.errors import GazetteError
from kg.model import Document
from kg.parse.normalize import compact, normalize_doc_number, normalize_registration
from kg.resolve import department_key
from kg.store import generation_dir, load_documents, load_manifest, read_json

__all__ = ["KnowledgeBase"]


class KnowledgeBase:
    """Read-only access to the facts of one data dir (built by `gazette-kg build`)."""

    def __init__(self, data_dir: Path, documents: list[Document], facts: dict):
        self.data_dir = Path(data_dir)
        self.documents = documents
        self.facts = facts
        self._by_id = {d.id: d for d in documents}
        self._records = {r["id"]: r for r in facts["documents"]}

    @classmethod
    def load(cls, data_dir: Path) -> "KnowledgeBase":
        load_manifest(data_dir)
        return cls(data_dir, load_documents(data_dir), read_json(generation_dir(data_dir) / "facts.json"))

    # -- documents -------------------------------------------------------------------------------
    def document(self, doc_id: str) -> Document:
        return self._by_id[doc_id]

    def find_document(self, ref: str) -> Document:
        """A document by id, 文号, 登记号, exact title, or a unique title substring."""
        ref = ref.strip()
        if ref in self._by_id:
            return self._by_id[ref]
        num, reg, c = normalize_doc_number(ref), normalize_registration(ref), compact(ref)
        for d in self.documents:
            if d.doc_number and normalize_doc_number(d.doc_number) == num:
                return d
            if d.registration and normalize_registration(d.registration) == reg:
                return d
            if compact(d.title) == c:
                return d
        hits = [d for d in self.documents if c and c in compact(d.title)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            raise GazetteError(f"{ref!r} matches {len(hits)} documents: " + "; ".join(f"{d.id} {d.title}" for d in hits[:5]))
        ext = self.external_status(ref)
        if ext:
            raise GazetteError(f"{ref!r} is not printed in this corpus, but {ext['label']} by {ext['by_title']} "
                               f"({ext['source']['file']}:{ext['source']['line_start']})")
        raise GazetteError(f"no document matches {ref!r} (try `gazette-kg docs`)")

    def external_status(self, ref: str) -> dict | None:
        """The repeal of a document that is named in a repeal list but not printed in the corpus."""
        num, c = normalize_doc_number(ref), compact(ref)
        for r in self.facts.get("repeals", []):
            if (r["target_doc_number"] and normalize_doc_number(r["target_doc_number"]) == num) or \
               (r["target_title"] and compact(r["target_title"]) == c):
                label = "已宣布失效" if r["kind"] == "宣布失效" else "已废止"
                return {"label": label, **r}
        return None

    def status(self, doc_id: str, as_of: str | None = None) -> dict:
        """The state of a document (see kg/validity.py) as of `as_of` (YYYY-MM-DD; default: today)."""
        rec = self._records.get(doc_id)
        return rec["status"] if rec else {"state": "in_force", "label": "现行有效", "evidence": []}

    def document_record(self, doc_id: str) -> dict:
        return self._records[doc_id]

    def cites(self, doc_id: str) -> list[dict]:
        return [c for c in self.facts.get("cites", []) if c["by_doc_id"] == doc_id]

    def cited_by(self, doc_id: str) -> list[dict]:
        return [c for c in self.facts.get("cites", []) if c["target_doc_id"] == doc_id]

    def repeals_of(self, doc_id: str) -> list[dict]:
        """What `doc_id` repeals (outgoing)."""
        return [r for r in self.facts.get("repeals", []) if r["by_doc_id"] == doc_id]

    # -- tasks and departments -------------------------------------------------------------------
    @cached_property
    def _task_index(self):
        """The who-leads BM25 index: the one saved with the data dir, or built here for an older data dir."""
        from index.tasks import TASK_INDEX_DIR, build_task_index, load_task_index

        saved = load_task_index(generation_dir(self.data_dir) / "index" / TASK_INDEX_DIR, self.facts)
        return saved if saved is not None else build_task_index(self.facts)

    def who_leads(self, text: str, k: int = 5) -> list[dict]:
        """The tasks that best match `text`, with their lead and cooperating units and source."""
        tasks = self.facts.get("tasks", [])
        if not tasks:
            return []
        return [tasks[i] for i, _ in self._task_index.search(text, k)]

    @cached_property
    def _departments(self):
        from kg.lookup import DepartmentIndex

        return DepartmentIndex(self.facts.get("departments", []), self.facts.get("tasks", []))

    def department(self, name: str, district: str | None = None) -> list[dict]:
        """Every department (per district) that `name` or one of its aliases resolves to, with its tasks."""
        ix = self._departments
        c = compact(name)
        hits = set(ix.by_name.get(c, ()))
        for d in ([district] if district else ix.districts):
            key, _ = department_key(name, d)  # the resolution key depends on the district only
            hits.update(ix.by_key.get((d, key), ()))
        out = []
        for i in sorted(hits):  # the order of facts["departments"]
            dep = ix.departments[i]
            if district and dep["district"] != district:
                continue
            leads, coops = ix.tasks.get(dep["id"], ((), ()))
            out.append({**dep, "leads": list(leads), "cooperates": list(coops)})
        return out

    # -- enterprises and indicators --------------------------------------------------------------
    def enterprises(self, cls: str | None = None, list_name: str | None = None) -> list[dict]:
        rows = self.facts.get("enterprises", [])
        if cls:
            rows = [e for e in rows if any(c["class"] == cls.upper() for c in e["classifications"])]
        if list_name:
            rows = [e for e in rows if any(list_name in (c["list"] or "") for c in e["classifications"])]
        return rows

    def indicators(self, text: str | None = None) -> list[dict]:
        rows = self.facts.get("indicators", [])
        if text:
            c = compact(text)
            rows = [r for r in rows if c in r["name"] or c in r["source"]["text"]]
        return rows
