"""The states a document can be in (时效性), their Chinese labels, and which of them count as in force.

Status is a timeline: events (issued, effective, expired, extended, amended, replaced, repealed,
invalidated, partly_repealed), each with its evidence line, are stored in the facts at build time; the
state at a date is a pure function of the events and the date (`state_at`), computed at query time.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["STATES", "STATE_LABELS", "IN_FORCE_STATES", "EVENT_LABELS", "REPEAL_EVENTS", "is_in_force",
           "state_label", "parse_as_of", "today", "document_events", "state_at", "status_at", "repeal_state", "document_statuses"]

# Ordered as a user reads them: in force first, then the ways a document stops being in force.
STATE_LABELS: dict[str, str] = {
    "in_force": "现行有效",
    "amended": "已修改（修改后有效）",
    "partly_repealed": "部分废止",
    "not_yet_effective": "尚未施行",
    "expired": "已失效（有效期届满）",
    "replaced": "已被代替",
    "repealed": "已废止",
    "invalidated": "已宣布失效",
}
STATES = tuple(STATE_LABELS)
# States in which the document (or what is left of it) still applies.
IN_FORCE_STATES = frozenset({"in_force", "amended", "partly_repealed"})

EVENT_LABELS: dict[str, str] = {
    "issued": "成文",
    "effective": "施行",
    "expired": "有效期届满",
    "extended": "延长有效期",
    "amended": "被修改",
    "partly_repealed": "部分废止",
    "replaced": "被代替",
    "repealed": "废止",
    "invalidated": "宣布失效",
    "listed": "网页标注",
}
# How a repeal or amendment record, by its printed kind, changes the target's state. 同时废止 is printed
# by a new document that takes the old one's place ("本预案自发布之日起施行，《旧预案》同时废止").
REPEAL_EVENTS: dict[str, str] = {
    "废止": "repealed",
    "宣布失效": "invalidated",
    "同时废止": "replaced",
    "代替": "replaced",
    "修改": "amended",
    # a 修订 decision naming a document amends it (benchmarks/data/other_districts/README.md, amendments): the
    # document stays in force as revised, no repeal (代替 / 同时废止 are how a new text takes an old one's place)
    "修订": "amended",
    "部分废止": "partly_repealed",
}
_ENDING = ("repealed", "invalidated", "replaced")
# When two ending events fall on one day, the stronger wins.
_STRENGTH = {"replaced": 1, "repealed": 2, "invalidated": 3, "expired": 0}


def is_in_force(state: str | None) -> bool:
    """True for a state in which the document still applies; an unknown state counts as in force."""
    return state is None or state in IN_FORCE_STATES or state not in STATE_LABELS


def state_label(state: str | None) -> str:
    return STATE_LABELS.get(state or "in_force", state or "")


def repeal_state(kind: str) -> str:
    """The state a repeal/amendment record of printed `kind` (废止, 宣布失效, 同时废止 …) leaves its target in."""
    return REPEAL_EVENTS.get(kind, "repealed")


def today() -> str:
    return date.today().isoformat()


def parse_as_of(value) -> str:
    """A YYYY-MM-DD date (default: today; a `datetime.date` is taken as is), or ValueError with a one-line reason."""
    if value is None or value == "":
        return today()
    if isinstance(value, date):
        return value.isoformat()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"--as-of wants a date as YYYY-MM-DD, not {value!r}")
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"--as-of: {value!r} is not a calendar date") from None


def _next_day(d: str) -> str:
    return (date.fromisoformat(d) + timedelta(days=1)).isoformat()


def _event(when, event, source, doc=None, **extra) -> dict:
    out = {"date": when, "event": event, "label": EVENT_LABELS[event], "source": source}
    if doc is not None:
        out.update({"by_doc_id": doc["id"], "by_doc_number": doc.get("doc_number"), "by_title": doc.get("title")})
    out.update({k: v for k, v in extra.items() if v is not None})
    return out


# ---- building the timeline (build time) ---------------------------------------------------------

def _own_validity(doc: dict, clauses: list[dict]) -> tuple[dict | None, dict | None, str | None]:
    """(effective clause, end clause, valid_until) from the document's own clauses.

    The last clause that states an end wins (the closing article of the attached 办法 over a line of the
    cover notice), a stated start over 自印发之日起; the start of a period is the stated date, else the
    signing date.
    """
    # A stated date (the attached 办法: 自2022年2月1日起施行) says more than the cover notice's 自印发之日起.
    effective = next((c for c in clauses if c.get("effective_from")), None) or \
        next((c for c in clauses if c.get("effective_from_rule")), None)
    ends = [c for c in clauses if c.get("valid_until") or c.get("period")]
    end = ends[-1] if ends else None
    if end is None:
        return effective, None, None
    if end.get("valid_until"):
        return effective, end, end["valid_until"]
    start = end.get("effective_from") or (effective or {}).get("effective_from") or doc.get("date")
    if not start:
        return effective, end, None
    from kg.extract.validity import add_period

    return effective, end, add_period(start, **end["period"])


def _clause_kind(c: dict) -> str:
    return "、".join(c.get("matchers", [])) or c.get("kind", "")


def document_events(doc: dict, clauses: list[dict], changes: list[dict], docs_by_id: dict) -> list[dict]:
    """Every event of one document, in date order (undated events last), each with its evidence.

    Args:
        doc: {id, title, doc_number, date} of the document.
        clauses: its validity records (kg/extract/validity.py), extensions by other documents included.
        changes: repeal and amendment records whose target is this document.
        docs_by_id: {id: {id, title, doc_number, date}} of the corpus, for the date of a changing document.
    """
    events = []
    signed = next((c for c in clauses if c["kind"] == "issued" and c["doc_id"] == doc["id"]), None)
    if doc.get("date"):
        events.append(_event(doc["date"], "issued", signed["source"] if signed else None, doc))
    own = [c for c in clauses if c["doc_id"] == doc["id"] and c["kind"] == "clause"]
    effective, end, valid_until = _own_validity(doc, own)
    if effective:
        start = effective.get("effective_from") or (doc.get("date") if effective.get("effective_from_rule") else None)
        events.append(_event(start, "effective", effective["source"], doc, kind=_clause_kind(effective),
                             counted_from="signing date" if not effective.get("effective_from") else None,
                             trial=effective.get("trial")))
    if end and valid_until:
        counted = None
        if end.get("period"):
            counted = "stated start" if (end.get("effective_from") or (effective or {}).get("effective_from")) else "signing date"
        events.append(_event(_next_day(valid_until), "expired", end["source"], doc, kind=_clause_kind(end),
                             valid_until=valid_until, period=end.get("period"), counted_from=counted))
    for c in clauses:
        if c["kind"] == "extension" and c.get("extended_until"):
            by = docs_by_id.get(c["doc_id"], {"id": c["doc_id"]})
            events.append(_event(by.get("date"), "extended", c["source"], by, kind=_clause_kind(c),
                                 valid_until=c["extended_until"]))
        elif c["kind"] == "listed" and c["doc_id"] == doc["id"]:
            events.append(_event(None, "listed", c["source"], doc, value=c["listed"].get("value"),
                                 listed=c["listed"]))
            events.extend(_listed_dates(doc, c, text_effective=bool(effective),
                                        text_end=bool(end and valid_until) or bool(changes)))
    for r in changes:
        by = docs_by_id.get(r["by_doc_id"], {"id": r["by_doc_id"], "title": r.get("by_title"),
                                               "doc_number": r.get("by_doc_number")})
        events.append(_event(by.get("date"), repeal_state(r["kind"]), r["source"], by, kind=r["kind"],
                             part=r.get("part"), target_validity=r.get("target_validity")))
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or "", _STRENGTH.get(e["event"], 0)))


def _listed_dates(doc: dict, c: dict, text_effective: bool, text_end: bool) -> list[dict]:
    """Dated fields of a web-page metadata block (生效时间, 废止时间, 失效日期) as events, used only where
    the text itself says nothing on the matter: when both speak, the text decides and the listing is
    reported beside it (`listed`, `agrees_with_text`)."""
    out = []
    L = c["listed"]
    if L.get("effective_from") and not text_effective:
        out.append(_event(L["effective_from"], "effective", c["source"], doc, kind="网页标注生效时间", from_listing=True))
    if L.get("ended_on") and not text_end:
        field = L.get("ended_field") or "废止时间"
        if field.startswith("废止"):
            out.append(_event(L["ended_on"], "repealed", c["source"], doc, kind=f"网页标注{field}", from_listing=True))
        else:
            last = (date.fromisoformat(L["ended_on"]) - timedelta(days=1)).isoformat()
            out.append(_event(L["ended_on"], "expired", c["source"], doc, kind=f"网页标注{field}",
                              valid_until=last, from_listing=True))
    return out


# ---- the state at a date (query time) ------------------------------------------------------------

def _evidence(e: dict) -> dict:
    return {"kind": e.get("kind") or e["label"], "event": e["event"], "date": e.get("date"),
            "by_doc_id": e.get("by_doc_id"), "by_doc_number": e.get("by_doc_number"),
            "by_title": e.get("by_title"), "source": e.get("source")}


def _unique_evidence(events: list[dict]) -> list[dict]:
    """One evidence entry per source line (施行 and 有效期至 printed in one sentence are one line)."""
    out: dict = {}
    for e in events:
        s = e.get("source") or {}
        key = (s.get("file"), s.get("line_start"), e.get("by_doc_id"))
        if key in out:
            if e.get("kind") and e["kind"] not in out[key]["kind"]:
                out[key]["kind"] += "、" + e["kind"]
            continue
        out[key] = _evidence(e)
    return list(out.values())


def state_at(events: list[dict], as_of: str | None = None) -> dict:
    """The status of a document at `as_of` (YYYY-MM-DD, default today) from its events (pure).

    Rules: an ending event (废止, 宣布失效, 代替) counts from its date; the validity period ends the day
    after `valid_until`, where an extension known at `as_of` moves `valid_until` to the later date. When
    several ending events have happened, the latest one gives the state (expired, then declared invalid:
    invalidated). Before its effective date (or its signing date) a document is not yet in force.

    Returns:
        {state, label, effective_from, valid_until, since, by_doc_id, evidence, as_of, timeline, listed}
    """
    as_of = as_of or today()
    happened = lambda e: e.get("date") is not None and e["date"] <= as_of
    issued = next((e for e in events if e["event"] == "issued"), None)
    effective = next((e for e in events if e["event"] == "effective"), None)
    expiry = next((e for e in events if e["event"] == "expired"), None)
    extensions = [e for e in events if e["event"] == "extended" and (e.get("date") is None or e["date"] <= as_of)]
    valid_until = expiry.get("valid_until") if expiry else None
    validity_evidence = [expiry] if expiry else []
    for x in extensions:  # the later date wins; both evidence lines are kept
        if valid_until is None or x["valid_until"] > valid_until:
            valid_until = x["valid_until"]
        validity_evidence.append(x)

    # An ending event printed by a document whose date is unknown has happened by now all the same
    # (its evidence exists): it counts, with no `since`, and any dated ending event after it wins.
    ending = [(e.get("date"), _STRENGTH[e["event"]], e["event"], [e]) for e in events
              if e["event"] in _ENDING and (happened(e) or e.get("date") is None)]
    if valid_until and as_of > valid_until:
        ending.append((_next_day(valid_until), 0, "expired", validity_evidence))
    effective_from = effective["date"] if effective else None
    out = {"effective_from": effective_from, "valid_until": valid_until, "as_of": as_of, "timeline": events}
    if ending:
        since, _, state, ev = max(ending, key=lambda t: (t[0] or "", t[1]))
    elif issued and as_of < issued["date"] or effective_from and as_of < effective_from:
        state, since, ev = "not_yet_effective", None, [e for e in (effective,) if e]
    else:
        partial = [e for e in events if e["event"] in ("partly_repealed", "amended") and happened(e)]
        if any(e["event"] == "partly_repealed" for e in partial):
            state = "partly_repealed"
            ev = [e for e in partial if e["event"] == "partly_repealed"]
        elif partial:
            state, ev = "amended", partial
        else:
            state, ev = "in_force", [e for e in (effective, *validity_evidence) if e]
        since = ev[-1]["date"] if state != "in_force" else (effective_from or (issued or {}).get("date"))
    by = next((e.get("by_doc_id") for e in ev if e.get("by_doc_id")), None) if state not in ("in_force", "not_yet_effective") else None
    out.update({"state": state, "label": STATE_LABELS[state], "since": since, "by_doc_id": by,
                "evidence": _unique_evidence(ev)})
    listings = [e for e in events if e["event"] == "listed"]
    # A metadata block spreads its fields over several lines: the one with a value or an end date speaks.
    listed = next((e for e in listings if e.get("value") or (e.get("listed") or {}).get("ended_on")), None)
    if listed:
        fields = {k: v for e in listings for k, v in (e.get("listed") or {}).items()}
        value = listed.get("value")
        if value is None and fields.get("ended_on"):
            value = "失效" if as_of >= fields["ended_on"] else "有效"
        if value:
            # The state the text alone gives, to say whether the web page agrees with it.
            text_state = state if not any(e.get("from_listing") for e in ev) else \
                state_at([e for e in events if not e.get("from_listing") and e["event"] != "listed"], as_of)["state"]
            said_in_force = value in ("有效", "现行有效", "部分失效", "部分废止")
            out["listed"] = {"value": value, "fields": fields, "source": listed["source"],
                             "agrees_with_text": said_in_force == is_in_force(text_state)}
    return out


def status_at(status: dict | None, as_of: str | None = None) -> dict:
    """Recompute a stored status dict (with its `timeline`) at another date; tolerant of old facts."""
    if not status:
        return {"state": "in_force", "label": STATE_LABELS["in_force"], "evidence": [], "as_of": as_of or today(),
                "timeline": []}
    if "timeline" not in status:  # facts built before the timeline existed: the state as stored
        return {"effective_from": None, "valid_until": None, "since": None, "by_doc_id": None, "evidence": [],
                **status, "as_of": as_of or today(), "timeline": []}
    return state_at(status["timeline"], as_of)


def document_statuses(docs, changes: list[dict], validity: list[dict], as_of: str | None = None) -> dict:
    """{doc id: status at `as_of`} for corpus documents, from resolved repeal/amendment records (with
    `target_doc_id`) and validity records (extensions resolved to their `target_doc_id`)."""
    info = {d.id: {"id": d.id, "title": d.title, "doc_number": d.doc_number, "date": d.date} for d in docs}
    by_target: dict[str, list] = {}
    for r in changes:
        if r.get("target_doc_id"):
            by_target.setdefault(r["target_doc_id"], []).append(r)
    clauses: dict[str, list] = {}
    for c in validity:
        owner = c.get("target_doc_id") if c["kind"] == "extension" else c["doc_id"]
        if owner:
            clauses.setdefault(owner, []).append(c)
    return {d.id: state_at(document_events(info[d.id], clauses.get(d.id, []), by_target.get(d.id, []), info), as_of)
            for d in docs}
