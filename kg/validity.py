"""The states a document can be in (时效性), their Chinese labels, and which of them count as in force.

The state at a date is a pure function of a document's events (issued, effective, expired, amended,
replaced, repealed, invalidated, extended), each with its evidence line.
"""

from __future__ import annotations

__all__ = ["STATES", "STATE_LABELS", "IN_FORCE_STATES", "is_in_force", "state_label"]

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


def is_in_force(state: str | None) -> bool:
    """True for a state in which the document still applies; an unknown state counts as in force."""
    return state is None or state in IN_FORCE_STATES or state not in STATE_LABELS


def state_label(state: str | None) -> str:
    return STATE_LABELS.get(state or "in_force", state or "")
