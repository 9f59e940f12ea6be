"""Extractors: one module per fact type, each `extract_X(issue) -> list[dict]` over one parsed issue."""

from __future__ import annotations

__all__ = ["extractors", "extract_all", "extract_issue", "resolve_all"]


def extractors() -> dict:
    """{fact type: extractor}; every extractor is `fn(issue) -> list[dict]`."""
    # Imported here so that `import kg` stays light.
    from kg.extract.cites import extract_cites
    from kg.extract.repeals import extract_repeals
    from kg.extract.tasks import extract_tasks
    from kg.extract.enterprises import extract_enterprises
    from kg.extract.indicators import extract_indicators
    from kg.extract.amendments import extract_amendments
    from kg.extract.validity import extract_validity

    return {
        "tasks": extract_tasks,
        "repeals": extract_repeals,
        "enterprises": extract_enterprises,
        "indicators": extract_indicators,
        "cites": extract_cites,
        "amendments": extract_amendments,
        "validity": extract_validity,
    }


def extract_all(issues, as_of: str | None = None) -> dict:
    """Run every extractor over every issue, then resolve across issues (departments, repeal targets).

    `status` holds each document's timeline and its state as of `as_of` (default: today).
    """
    return resolve_all(issues, [extract_issue(issue) for issue in issues], as_of=as_of)


def extract_issue(issue) -> dict:
    """The per-file map: every extractor over one issue ({fact type: records}); a bare office of a body the page names
    in full is filed under the body's office here, where the page's lines are at hand (kg/offices.py)."""
    from kg.offices import name_body_offices

    facts = {name: fn(issue) for name, fn in extractors().items()}
    facts["tasks"] = name_body_offices(issue, facts["tasks"])
    return facts


def resolve_all(issues, per_issue: list[dict], as_of: str | None = None, release: bool = False) -> dict:
    """The cross-file reduce, run once: concatenate in file order, resolve departments and documents.

    Args:
        release: empty each file's lists of `per_issue` once they are concatenated, so that each task is
            freed as soon as its resolved copy replaces it (the streaming build's per-file facts are all in
            memory: holding every task twice was a fifth of its peak at 200x the sample).
    """
    from kg.resolve import DepartmentResolver, resolve_documents, resolve_targets

    facts: dict = {name: [rec for part in per_issue for rec in part[name]] for name in extractors()}
    if release:
        for part in per_issue:
            for name in extractors():
                part[name].clear()
    resolver = DepartmentResolver.from_tasks(facts["tasks"])
    facts["departments"] = resolver.departments()
    tasks = facts["tasks"]
    for i, t in enumerate(tasks):  # in place: the record replaced is freed at once (when released)
        tasks[i] = resolver.annotate_task(t)
    facts["merge_report"] = resolver.report()
    docs = [d for i in issues for d in i.documents]
    facts["amendments"] = resolve_targets(docs, facts["amendments"])
    facts["validity"] = resolve_targets(docs, facts["validity"], by="doc_id")
    facts["repeals"], facts["cites"], facts["status"] = resolve_documents(
        docs, facts["repeals"], facts["cites"], facts["amendments"], facts["validity"], as_of=as_of)
    return facts
