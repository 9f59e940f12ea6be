"""A news page's headline that is itself one joint-work sentence, read as a task when the body does not restate it."""
from __future__ import annotations

import re

from kg.extract.duty_styles import _sentence_roles

__all__ = ["JOINT_HEADLINES", "joint_headline", "without_restated_headlines"]

# The header reader takes a news page's headline lines as the title, and title lines are not read for duties. A headline
# that is a whole joint-work sentence, lead and partner named ("县自然资源局联合县森林公安局开展现场执法", fresh22's 安乡
# forum post, whose body tells only what one bureau did) is the page's only statement of the joint action: the folder's
# gold annotates it (style headline_is_the_task). Where the body restates the action (德安's `…聯合多部門開展`, 镇巴's
# headline printed twice: fresh27, fresh32, tasks39's READMEs) the body's wording governs and the headline gives no task.
# Each style: (name, the headline's shape, the real line it was written for).
JOINT_HEADLINES = (
    ("X联合Y开展", re.compile(r"^(?!关于|關於)[^，,。；;：:！!？?]{2,24}?(?:联合|聯合|会同|會同)[^，,。；;：:！!？?]{2,30}"
                            r"(?<!通知|方案|意见|意見|办法|辦法|通报|通報|公告|决定|決定|报告|報告|规定|規定|细则|細則)$"),
     "县自然资源局联合县森林公安局开展现场执法"),
)
_MAX = 48


def joint_headline(c: str) -> str | None:
    """The style name when a title line (compact text) is one joint-work sentence naming its lead and a partner."""
    if len(c) > _MAX:
        return None
    for name, shape, _ in JOINT_HEADLINES:
        if shape.match(c):
            roles, style = _sentence_roles(c)
            if style and roles.lead and roles.cooperate:
                return name
    return None


def _names(t: dict) -> set[str]:
    return {u["name"] for u in t["lead"] + t["cooperate"]}


def _shares_unit(a: set[str], b: set[str]) -> bool:
    # (a short form in the body, "自然资源局" under the headline's "县自然资源局", is the same body)
    return any(x in y or y in x for x in a for y in b)


def without_restated_headlines(tasks: list[dict]) -> list[dict]:
    """The document's tasks less each headline task whose bodies another task of the document names (the body restates
    the action: its wording governs)."""
    heads = [t for t in tasks if t.get("headline")]
    if not heads:
        return tasks
    body = [t for t in tasks if not t.get("headline")]
    kept = [t for t in heads if not any(_shares_unit(_names(t), _names(u)) for u in body)]
    for t in heads:
        t.pop("headline", None)
    keep = {id(t) for t in body + kept}
    return [t for t in tasks if id(t) in keep]
