"""A bare office of a named body (`联席会议办公室`, `领导小组办公室`) filed under the body's full office name printed before it."""

from __future__ import annotations

import re
from typing import Callable

from kg.parse.normalize import compact, fold
from kg.resolve import opens_with_place

__all__ = ["BODY_KINDS", "NAMING_STYLES", "bare_body_kind", "body_office_name", "name_body_offices"]

# The kinds of body a document sets up and then names by its kind alone (`以下简称联席会议`): its office printed bare
# (`联席会议办公室`, `领导小组办`) is that body's office. Longer kinds first.
BODY_KINDS: tuple[str, ...] = ("联席会议", "工作领导小组", "领导小组", "指挥部", "工作专班", "专班", "委员会", "工作小组", "工作组")

_KIND = "|".join(BODY_KINDS)
_BARE = re.compile(rf"^(?P<kind>{_KIND})(?:办公室|办)$")
# A body's name is a run of characters back from its kind, to a punctuation mark (not a quote), a line break or a 的.
_RUN = re.compile(r"[^\s，,。；;：:、（）()《》「」【】<>〈〉的]*$")  # quotes stay: 农业“三减”行动联席会议
# The words that set a body up (`建立X联席会议制度`, `成立X领导小组`, `决定成立“X工作专班”`); what stands between the
# word and the name ends in 的 (`建立由…共同参加的X联席会议制度`).
_SET_UP_WORDS = r"(?:建立健全|建立|成立了|成立|设立|组建|调整|组成)"
_SET_UP = re.compile(_SET_UP_WORDS + r"(?:[^。；;\n]*的)?[“\"]?$")
_SET_UP_WORD = re.compile(_SET_UP_WORDS + r"[“\"]?")
# A place or a level opening the name (`区盐业体制改革…领导小组`, `萍乡市…联席会议`, `国务院…部际联席会议`).
_PLACED = re.compile(r"^(?:[区县市省州旗镇乡](?!级)|国务院|全国|(?:北京|天津|上海|重庆)市)")  # (kg.places: other places)
# A run that holds a clause, not a name: `市民政局局长为联席会议召集人` (fresh41), `区民政局局长担任联席会议…` (tasks142).
_NOT_A_NAME = re.compile(r"为|担任|兼任|是|由|向|报|经|请|召开|主持|参加|局长|主任|组长|召集人")
# A name that says no more than its kind (`成立工作领导小组`, `建立联席会议`): no body of its own.
_GENERIC = re.compile(r"^(?:[区县市省州旗镇乡]级?|全[区县市省])?(?:工作|专项|协调|应急|有关|相关|该|本|此|上述)?$")


def _set_up_name(before: str, run: str) -> str | None:
    """X of `建立X<kind>` / `成立X<kind>`: the run after a setting-up word."""
    head = before[: len(before) - len(run)]
    if _SET_UP.search(head):
        return run
    ends = [m.end() for m in _SET_UP_WORD.finditer(run)]  # `决定成立X`, no mark between: the last word's X
    return run[ends[-1]:] if ends else None


def _placed_name(before: str, run: str) -> str | None:
    """X of `，区X<kind>` / a line opening with `萍乡市X<kind>`: a run that opens with a place or a level."""
    if _NOT_A_NAME.search(run):
        return None
    return run if _PLACED.match(run) or opens_with_place(run) else None


# How a document names a body in full before it names the body's office bare: an ordered list of matchers, each
# `fn(text before the kind, the run of name characters before the kind) -> the name before the kind, or None`.
NAMING_STYLES: list[tuple[str, Callable[[str, str], str | None]]] = [
    ("set_up", _set_up_name),  # 建立公平竞争审查工作部门联席会议（以下简称联席会议）制度 (sample 001:131)
    ("placed", _placed_name),  # 过渡期内，区盐业体制改革和食盐监管体制改革领导小组成员单位要密切配合 (sample 001:292)
]


def bare_body_kind(name: str) -> str | None:
    """The body kind of an office named by its kind alone (`联席会议办公室` → 联席会议), else None.

    >>> bare_body_kind("联席会议办公室"), bare_body_kind("區社會信用體系建設聯席會議辦公室")
    ('联席会议', None)
    """
    if not name.endswith(("办公室", "辦公室", "办", "辦")) or len(name) > 12:  # most units: no fold needed
        return None
    m = _BARE.match(compact(fold(name, taiwan=True)))
    return m["kind"] if m else None


def body_office_name(name: str, before: str) -> str | None:
    """The full office name of a bare office `name`, from the body printed nearest before it in `before`.

    Args:
        name: the office as the task files it (`联席会议办公室`).
        before: the document's text before the office, lines joined with a line break.
    Returns:
        The body's full name with 办公室 (`公平竞争审查工作部门联席会议办公室`), in the matching form (kg.parse.normalize.fold);
        None when the name is not a bare office or no body of its kind is named in full before it.
    """
    kind = bare_body_kind(name)
    if kind is None:
        return None
    text = fold(before, taiwan=True)
    end = len(text)
    while (i := text.rfind(kind, 0, end)) >= 0:
        end = i
        head = text[:i]
        run = _RUN.search(head).group(0).lstrip("“\"")
        for _, style in NAMING_STYLES:
            x = style(head, run)
            if x is not None:  # the nearest body of the kind set up or placed: named in full, or by its kind alone
                return x + kind + "办公室" if len(x) >= 2 and not _GENERIC.match(x) else None
    return None


def _printed(s: str) -> str:
    return compact(fold(s, taiwan=True))


def _document_text(issue, doc, line_start: int, printed: str) -> str:
    """The document's text before `printed` on its line `line_start` (the whole line when it is not printed there)."""
    lines = [compact(ln.text) for ln in issue.span(doc.line_start, line_start)]
    if not lines:
        return ""
    last = fold(lines[-1], taiwan=True)
    cut = last.find(_printed(printed))
    lines[-1] = last[:cut] if cut >= 0 else last
    return "\n".join(lines)


def name_body_offices(issue, tasks: list[dict]) -> list[dict]:
    """File each bare office of a named body (a lead or a cooperating unit) under the body's full office name.

    A unit whose filed name is `<kind>办公室` (kind in `BODY_KINDS`) takes the office of the body its document names in
    full nearest before the unit's line (`NAMING_STYLES`) as its `canonical`; its printed `name`, the task's text and
    source are unchanged, and `office_alias` keeps the name it was filed under (the department keeps it as a variant).
    Where no full name is printed before it, the unit is left as it is.
    """
    docs = {d.id: d for d in issue.documents}
    out = []
    for t in tasks:
        units = t["lead"] + t["cooperate"]
        if not any(bare_body_kind(u.get("canonical") or u["name"]) for u in units):
            out.append(t)
            continue
        doc = docs.get(t.get("doc_id"))
        t = dict(t)
        for role in ("lead", "cooperate"):
            t[role] = [_named(u, issue, doc, t) for u in t[role]]
        out.append(t)
    return out


def _named(unit: dict, issue, doc, task: dict) -> dict:
    filed = unit.get("canonical") or unit["name"]
    if doc is None or not bare_body_kind(filed):
        return unit
    start, end = task["source"]["line_start"], task["source"]["line_end"]
    printed = _printed(unit["name"])  # the line the office is printed on, else the span's last
    line = next((no for no in range(start, end + 1) if printed in _printed(issue.line(no).text)), end)
    full = body_office_name(filed, _document_text(issue, doc, line, unit["name"]))
    if full is None:
        return unit
    return {**unit, "canonical": full, "office_alias": filed}
