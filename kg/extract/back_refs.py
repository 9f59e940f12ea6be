"""Back-references to a unit a text named before: "该中队联合灵洞市场监管所开展…" (兰溪, fresh15) — 该 + the kind of body
(中队, 大队, 局, 所…) stands for the last body of that kind the text named in full ("兰溪市综合行政执法局灵洞中队"). A task's
lead or partner printed so is read as that body; where the text named none, it stays as printed."""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_unit

__all__ = ["has_back_ref", "head_before_ref", "resolve_back_refs"]

# 该 / 这个 / 此 + a body's kind; the kinds are the ends of unit names (not 区 or 市: 该区 / 该市 name a place)
_BACK_REF = re.compile(r"^(?:该|这个|此)(?P<kind>中队|大队|支队|分局|局|所|站|中心|队|委员会|办)$")
# what no body's name holds: a verb or particle of the prose around it ("在做好疫情防控工作的同时,兰溪市…中队")
_NOT_NAME = re.compile(r"[的在对将把被和与及、]|做好|开展|继续|同时|联合|组织")
_MAX_NAME = 24
# a reporter's source before the body: "记者从兰州市公安局森林分局获悉,近日该局牵头联合…" (fresh37's 兰州 森林分局; its gold: the
# 分局 leads) — the reporter and the preposition are no part of the name
_REPORTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?记者(?:从|在|向|来到|走进)")


def _named_before(kind: str, before: str) -> str | None:
    """The last body of that kind named in full in `before`: the longest run ending in the kind, after the last mark
    of punctuation, that is a unit's name (and not itself a back-reference)."""
    for m in reversed(list(re.finditer(re.escape(kind), before))):
        if before[m.end() : m.end() + 1] in ("长", "员"):
            continue  # 中队长, 队员: a person, not the body
        clause = _REPORTER.sub("", re.split(r"[，,。；;：:“”《》()（）\s]", before[: m.end()])[-1])[-_MAX_NAME:]
        for s in range(len(clause) - len(kind) - 1):
            name = clause[s:]
            # (nor the copula before a name: "这是安徽阜阳经济技术开发区安监局探索的…新路子" (tasks76's 阜阳开发区) names the bureau, not
            # "是安徽…安监局")
            if not _NOT_NAME.search(name) and not _BACK_REF.match(name) and not name.startswith(("该", "这", "此", "是")) \
                    and is_unit(name):
                return name
    return None


def has_back_ref(roles: Roles) -> bool:
    return any(_BACK_REF.match(n) for n in roles.lead + roles.cooperate)


def head_before_ref(roles: Roles, sentence: str) -> str:
    """The part of the sentence before its first back-reference: the body may be named earlier in the same sentence
    ("…记者从兰州市公安局森林分局获悉,近日该局牵头联合…")."""
    at = [sentence.find(n) for n in roles.lead + roles.cooperate if _BACK_REF.match(n) and n in sentence]
    return sentence[: min(at)] if at else ""


def resolve_back_refs(roles: Roles, before: str) -> Roles:
    """The roles with each 该X lead or partner read as the last X the text named in full before it."""
    def resolved(names: list[str]) -> list[str]:
        out = []
        for n in names:
            m = _BACK_REF.match(n)
            full = _named_before(m["kind"], before) if m else None
            out.append(full or n)
        return out

    roles.lead[:] = resolved(roles.lead)
    roles.cooperate[:] = resolved(roles.cooperate)
    return roles
