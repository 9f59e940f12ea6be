"""Names cut inside their legal form's words, where a copy ends mid-name (issue #16, ent39).

A copy cut at its end leaves the last row of a list short: "新余高新區天意種養農民專業合" (fresh41's 江西 2020 申报国家农民
合作社示范社名单, the file's last line) is "…农民专业合作社" with 作社 lost. Such a name is no holder: the registered name is
unknown, and the piece left would stand in the graph as a firm of its own. A cut is a proper start of a legal form's
words, three characters or more, that the name ends on (CUT_FORMS, each with the full form it was cut from); a name that
ends on a full form, or on a form's start that is itself a name's end ("…股份", "…集团"), is no cut.
"""

from __future__ import annotations

__all__ = ["CUT_FORMS", "cut_in_form"]

# (the legal forms whose proper starts of three characters or more end no registered name)
_FORMS = ("专业合作社", "专业合作联社", "股份合作社", "有限公司", "有限责任公司", "股份有限公司", "合伙企业")
CUT_FORMS: tuple[str, ...] = tuple(sorted({f[:k] for f in _FORMS for k in range(3, len(f))} - set(_FORMS),
                                          key=len, reverse=True))


def cut_in_form(name: str) -> bool:
    """Whether a name ends inside a legal form's words ("…农民专业合", "…科技有限公"): a copy cut mid-name."""
    return name.endswith(CUT_FORMS)
