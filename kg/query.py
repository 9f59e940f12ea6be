"""Queries over a built data dir: documents, status, who leads, departments, enterprises, indicators."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from kg.errors import GazetteError
from kg.model import Document
from kg.parse.normalize import compact, normalize_doc_number, normalize_registration
from kg.resolve import department_key
from kg.store import generation_dir, load_documents, load_facts, read_generation
from kg.validity import is_in_force, parse_as_of, repeal_state, state_label, status_at

__all__ = ["KnowledgeBase", "external_record_status", "lookup_records"]


def external_record_status(mentions: list[dict], dates: dict | None = None) -> dict:
    """The status of a document known only from the repeal and amendment rows naming it: repealed (废止 /
    同时废止), declared invalid (宣布失效) or amended (修改 / 修订: still in force, as amended), with each row
    as evidence. An amendment is no repeal: it gives the state only where no row ends the document.

    Args:
        mentions: the rows naming the document, in build order.
        dates: {document id: date} of the corpus, for `since` (the changing document's date; None if unknown).
    """
    from kg.validity import STATE_LABELS

    if not mentions:
        return {"state": "in_force", "label": STATE_LABELS["in_force"], "evidence": []}
    states = [(repeal_state(r["kind"]), r) for r in mentions]
    ending = [(s, r) for s, r in states if not is_in_force(s)]
    state, last = (ending or states)[-1]
    if ending:  # (a repeal list's 同时废止 row reads as repealed here, as it always has; an amendment's 代替 as replaced)
        state = {"宣布失效": "invalidated", "代替": "replaced"}.get(last["kind"], "repealed")
    evidence = [{"kind": r["kind"], "by_doc_id": r["by_doc_id"], "by_doc_number": r.get("by_doc_number"),
                 "by_title": r.get("by_title"), "source": r["source"]} for r in mentions]
    period = last.get("target_validity")
    # since: the latest known date of the documents that give the state (one decision may be split in parts,
    # only one of them dated)
    known = [d for d in ((dates or {}).get(r["by_doc_id"]) for s, r in (ending or states)) if d]
    return {"state": state, "label": STATE_LABELS[state], "by_doc_id": last["by_doc_id"], "evidence": evidence,
            "validity_printed": period, "since": max(known) if known else None}


def lookup_records(documents, repeals: list[dict], text: str, status, as_of: str | None = None,
                   limit: int = 20, amendments: list[dict] = ()) -> list[dict]:
    """Every document `text` names: any 文号 form (〔2021〕 [2021] （2021） (2021), spaces, 号 left
    off), a 登记号, a title or a title fragment. Documents printed in the corpus and documents known
    only as repeal or amendment targets (their status then comes from what the changing documents say).

    Args:
        documents: the printed documents, in build order; repeals: every repeal row (facts["repeals"]).
        status: `status(doc_id, as_of) -> status dict` of a printed document.
        amendments: every amendment row (facts["amendments"]: 修改 / 修订 / 部分废止 / 代替), mentions as the
            repeal rows are; an amended document outside the corpus is found, and is in force as amended.

    Returns:
        records {doc_id (None when not in the corpus), title, doc_number, registration, in_corpus,
        status (the status dict), mentions (the repeal and amendment rows naming it)}, exact matches first.
    """
    q = compact(text or "")
    if not q:
        return []
    num = normalize_doc_number(q)
    num = num + "号" if re.search(r"〕\d+$", num) else num
    reg = normalize_registration(q)
    exact, partial = [], []
    for d in documents:
        rec = {"doc_id": d.id, "title": d.title, "doc_number": d.doc_number, "registration": d.registration,
               "in_corpus": True}
        if q == d.id or (d.doc_number and normalize_doc_number(d.doc_number) == num) or \
                (d.registration and normalize_registration(d.registration) == reg) or compact(d.title) == q:
            exact.append(rec)
        elif len(q) >= 2 and q in compact(d.title):
            partial.append(rec)
    changes = [*repeals, *amendments]
    outside: dict[str, dict] = {}
    for r in changes:
        if r["target_doc_id"]:
            continue
        key = normalize_doc_number(r["target_doc_number"] or "") or compact(r["target_title"] or "")
        rec = outside.setdefault(key, {"doc_id": None, "title": r["target_title"] or r["target_doc_number"] or "",
                                       "doc_number": r["target_doc_number"],
                                       "registration": r.get("target_registration"), "in_corpus": False,
                                       "mentions": []})
        rec["mentions"].append(r)
    for rec in outside.values():
        if (rec["doc_number"] and normalize_doc_number(rec["doc_number"]) == num) or \
                (rec["registration"] and normalize_registration(rec["registration"]) == reg) or compact(rec["title"]) == q:
            exact.append(rec)
        elif len(q) >= 2 and q in compact(rec["title"]):
            partial.append(rec)
    out = []
    by_id = {d.id: d for d in documents} if any(not r["in_corpus"] for r in (exact + partial)[:limit]) else {}
    for rec in (exact + partial)[:limit]:
        if rec["in_corpus"]:
            rec["status"] = status(rec["doc_id"], as_of)
            rec["mentions"] = [r for r in changes if r["target_doc_id"] == rec["doc_id"]]
        else:
            dates = {r["by_doc_id"]: getattr(by_id.get(r["by_doc_id"]), "date", None) for r in rec["mentions"]}
            rec["status"] = external_record_status(rec["mentions"], dates)
        out.append(rec)
    return out


class KnowledgeBase:
    """Read-only access to the facts of one data dir (built by `gazette-kg build`), all held in memory.

    The reference the SQL store (kg/backends/sqlite.py) is compared with; `--store memory` uses it.
    """

    def __init__(self, data_dir: Path, documents: list[Document], facts: dict):
        self.data_dir = Path(data_dir)
        self.generation = None  # the kg.store.Generation it was loaded from (pass it to load_issue_lines)
        self.documents = documents
        self.facts = facts
        self._by_id = {d.id: d for d in documents}
        self._records = {r["id"]: r for r in facts["documents"]}

    @classmethod
    def load(cls, data_dir: Path) -> "KnowledgeBase":
        def read(gen):  # resolved once: documents and facts come from one build
            kb = cls(gen.data_dir, load_documents(gen), load_facts(gen))
            kb.generation = gen
            return kb

        return read_generation(data_dir, read)

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

    def lookup(self, text: str, as_of: str | None = None, limit: int = 20) -> list[dict]:
        """Every document `text` names (see `lookup_records`)."""
        return lookup_records(self.documents, self.facts.get("repeals", []), text, self.status, as_of, limit,
                              self.facts.get("amendments", []))

    def external_status(self, ref: str) -> dict | None:
        """The repeal (else the amendment) of a document that a repeal list or an amending decision names but
        the corpus does not print."""
        num, c = normalize_doc_number(ref), compact(ref)
        for r in [*self.facts.get("repeals", []), *self.facts.get("amendments", [])]:
            if (r["target_doc_number"] and normalize_doc_number(r["target_doc_number"]) == num) or \
               (r["target_title"] and compact(r["target_title"]) == c):
                state = repeal_state(r["kind"])
                return {"state": state, "label": state_label(state), **r}
        return None

    def status(self, doc_id: str, as_of: str | None = None) -> dict:
        """The state of a document (see kg/validity.py) as of `as_of` (YYYY-MM-DD; default: today).

        Recomputed from the timeline stored at build time, so any date can be asked.

        Raises:
            GazetteError: `as_of` is not a YYYY-MM-DD date.
        """
        rec = self._records.get(doc_id)
        return status_at(rec.get("status") if rec else None, self._as_of(as_of))

    @staticmethod
    def _as_of(as_of: str | None) -> str:
        try:
            return parse_as_of(as_of)
        except ValueError as exc:
            raise GazetteError(str(exc)) from None

    def statuses(self, as_of: str | None = None) -> dict[str, dict]:
        """{doc id: status} of every document at one date."""
        day = self._as_of(as_of)
        return {d.id: self.status(d.id, day) for d in self.documents}

    def in_force(self, doc_id: str, as_of: str | None = None) -> bool:
        return is_in_force(self.status(doc_id, as_of)["state"])

    def timeline(self, doc_id: str) -> list[dict]:
        """Every event of a document (issued, effective, expired, repealed …) with its evidence."""
        rec = self._records.get(doc_id) or {}
        return (rec.get("status") or {}).get("timeline", [])

    def amendments_of(self, doc_id: str) -> list[dict]:
        """What `doc_id` amends, replaces or partly repeals (outgoing)."""
        return [a for a in self.facts.get("amendments", []) if a["by_doc_id"] == doc_id]

    def document_record(self, doc_id: str, as_of: str | None = None) -> dict:
        """The facts record of a document; with `as_of`, its status recomputed at that date."""
        rec = self._records[doc_id]
        return rec if as_of is None else {**rec, "status": self.status(doc_id, as_of)}

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
        """The who-leads index (index.tasks.TaskIndex): the one saved with the data dir, or built here for an
        older data dir."""
        from index.tasks import TASK_INDEX_DIR, build_task_index, load_task_index

        # The generation this knowledge base was loaded from, so the saved index matches its facts;
        # its files are checked against the manifest first (a damaged one is a named error).
        if self.generation is not None:
            self.generation.files(f"index/{TASK_INDEX_DIR}/")
            gen = self.generation.path
        else:
            gen = generation_dir(self.data_dir)
        saved = load_task_index(gen / "index" / TASK_INDEX_DIR, self.facts)
        return saved if saved is not None else build_task_index(self.facts)

    def get(self, doc_id: str | None) -> Document | None:
        """The document printed in the corpus with this id, or None (e.g. after a rebuild)."""
        return self._by_id.get(doc_id or "")

    def task_matches(self, text: str, k: int = 5) -> list[tuple[dict, float]]:
        """The tasks that best match `text`, each with its BM25 score."""
        from index.tasks import task_texts

        tasks = self.facts.get("tasks", [])
        if not tasks:
            return []
        hits = self._task_index.search(text, k, lambda ords: task_texts([tasks[i] for i in ords]))
        return [(tasks[i], s) for i, s in hits]

    def who_leads(self, text: str, k: int = 5) -> list[dict]:
        """The tasks that best match `text`, with their lead and cooperating units and source."""
        return [t for t, _ in self.task_matches(text, k)]

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
        if cls:  # (asked in its canonical form: "五星" or "5星" finds the class 五星级, "AA级" the class AA)
            from kg.extract.enterprise_classes import canonical_class

            cls = canonical_class(cls)
            rows = [e for e in rows if any(c["class"] == cls for c in e["classifications"])]
        if list_name:
            rows = [e for e in rows if any(list_name in (c["list"] or "") for c in e["classifications"])]
        return rows

    def indicators(self, text: str | None = None) -> list[dict]:
        rows = self.facts.get("indicators", [])
        if text:
            c = compact(text)
            rows = [r for r in rows if c in r["name"] or c in r["source"]["text"]]
        return rows
