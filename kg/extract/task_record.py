"""One task record: text, roles (names as printed), item number, section and source span."""

from __future__ import annotations

import re

from kg.extract.base import section_titles, source
from kg.extract.units import Roles
from kg.model import Document, Line
from kg.parse.normalize import normalize_line, printed_form
from kg.parse.outline import match_heading
from kg.parse.segment import ParsedIssue

__all__ = ["task_record", "_item_id", "_item_start", "shared_organ_canonicals", "first_person_canonical", "split_committee_government"]


# decision B (stop 25, benchmarks/data/other_districts/README.md): a list of places before one organ word printed once after the
# last — "督导组要求大兴区、通州区政府进一步对标对表" (fresh36), "要求银川市及西夏区、贺兰县政府要…" (fresh39), "偃师市、孟津县、洛龙区
# 人民政府应当…" (fresh19's 洛阳 regulation), "黄埔区、南沙区政府" (fresh9's 广州 配合 cell): the organ word is every place's; each place
# keeps its printed name and is filed under the place with the organ word. (A run of fields before a shared 部门 is no list of
# places: "市发改、工信、商务部门" stays bare fields, rule 5.)
_ORGAN_WORD = r"(?:人民政府|政府|党委|管委会|局)"  # (局: "宕昌县局将与岷县、舟曲县局联合…", fresh38)
_LISTED_PLACE = r"[一-鿿]{1,10}?(?:区|县|市|旗|镇|乡)"


def shared_organ_canonicals(names: list[str], text: str) -> dict[str, str]:
    """{bare place: place + organ word} for the units of `names` that a printed list ends with one shared organ word."""
    out = {}
    for n in names:
        # (a bare name before a street, town or township printed in full shares its place word: "梁山、双桂街道、各职能部门要…"
        # (fresh44's 梁平), "清河、西三旗街道和东北旺乡,要组织…" (tasks99's 海淀) → 梁山街道, 清河街道)
        word = re.search(r"(?<![一-鿿])" + re.escape(n) + r"、[一-鿿]{2,4}?(?P<word>街道|镇|乡)(?=[、和及与，,]|要|将|负责|必须|应当)", text) \
            if re.fullmatch(r"[一-鿿]{2,3}", n) and not re.search(r"[区县市镇乡村省州旗]$|街道$", n) else None
        if word:
            out[n] = n + word["word"]
            continue
        if not re.fullmatch(_LISTED_PLACE, n):
            continue
        m = re.search(re.escape(n) + r"(?:[、和及与]" + _LISTED_PLACE + r"){0,8}?[、和及与](?P<last>" + _LISTED_PLACE + r")(?P<organ>"
                      + _ORGAN_WORD + r")", text)
        if m and m["last"] + m["organ"] in names:
            out[n] = n + m["organ"]
    return out


# decision C (stop 25): a first-person organ word as the subject ("下步,我局将严格按照《条例》的总体要求…" (fresh18's 苍溪 annual
# report), "1006号提案由我局主办" (tasks31's 广州), "我局文体市场行政综合执法队联合市文化执法队" (fresh13's 迎泽)) is the page's own
# issuer: filed under the issuer the page prints; with none printed the unit cannot be named and is no unit
_FIRST_PERSON = re.compile(r"^(?:我|本)(?:局|委|办|厅|中心|县|区|市|镇|乡|街道|单位|院|所|队)")  # (not 本站: a site, decision A)


def first_person_canonical(name: str, issuer: str | None) -> str | None:
    """The canonical name of a first-person unit: the issuer (its first part where several issued the page) for the
    pronoun, what follows kept ("我局文体市场行政综合执法队" → "迎泽区文化局文体市场行政综合执法队"); "" when the page prints no
    issuer (no unit); None when `name` is no first-person organ word."""
    m = _FIRST_PERSON.match(name)
    if not m:
        return None
    return (issuer.split()[0] + name[m.end():]) if issuer else ""


# a party committee and its government joined by 和 / 及 are two bodies (fresh33's `该镇党委、政府` rule, tasks122): "河北省委和省政府要
# 切实履行主体责任" (docmeta18's 雄安 批复 → 河北省委 + 省政府); each named as printed. Printed with nothing between, the sets' gold
# differs (fresh35's `鎮黨委政府` two bodies, fresh32's `縣寶塔鄉黨委政府` and fresh42's `七里坪乡党委政府` one): kept as printed
_COMMITTEE_GOVERNMENT = re.compile(r"^(?P<committee>[一-鿿]{0,10}?(?:党委|黨委|[省市县縣区區州旗]委))(?:和|、|及|与|與)"
                                   r"(?P<government>(?:[省市县縣区區州旗镇鎮乡鄉])?(?:人民)?政府)$")


def split_committee_government(names: list[str]) -> list[str]:
    """The names with each 'committee + government' subject as its two bodies."""
    out = []
    for n in names:
        m = _COMMITTEE_GOVERNMENT.match(n)
        out.extend([m["committee"], m["government"]] if m else [n])
    return out


def _units(names: list[str], raw: str, issuer: str | None, shared: dict[str, str]) -> list[dict]:
    out = []
    for n in dict.fromkeys(split_committee_government(names)):
        canonical = first_person_canonical(n, issuer)
        if canonical == "":
            continue
        unit = {"name": printed_form(n, raw)}
        if canonical or n in shared:
            unit["canonical"] = canonical or shared[n]
        out.append(unit)
    return out


def task_record(issue: ParsedIssue, doc: Document, text: str, roles: Roles, line_start: int, line_end: int,
                note_line: int, style: str, task_id: str | None = None) -> dict:
    src = source(issue, line_start, line_end)
    names = roles.lead + roles.cooperate
    shared = (shared_organ_canonicals(names, normalize_line(src["text"]))
              if any(re.fullmatch(_LISTED_PLACE, n) or re.fullmatch(r"[一-鿿]{2,3}", n) for n in names) else {})
    printed = lambda names: _units(names, src["text"], doc.issuer, shared)
    rec = {
        "id": f"{doc.id}:t{note_line}",
        "doc_id": doc.id,
        "doc_title": doc.title,
        "district": doc.district,
        "task_id": task_id,
        "section": section_titles(doc, line_start),
        "text": text[:300],
        "lead": printed(roles.lead),  # as printed; the resolver adds the simplified canonical
        "cooperate": printed(roles.cooperate),
        "generic_lead": list(dict.fromkeys(roles.generic_lead)),
        "generic_cooperate": list(dict.fromkeys(roles.generic_cooperate)),
        "deadline": roles.deadline,
        "lead_unrecoverable": roles.lead_unrecoverable,
        "style": style,
        "line": note_line,
        "source": src,
    }
    if names and not (rec["lead"] or rec["cooperate"] or rec["generic_lead"] or rec["generic_cooperate"]):
        rec["unnamed_self"] = True  # only a first-person organ word with no issuer printed: no task (extract_tasks drops it)
    return rec


def _item_id(doc: Document, line_no: int) -> str | None:
    path = section_titles(doc, line_no)
    markers = [re.match(r"^(\S+?[、.．）)]|附件\d*|\d+(?:\.\d+)*)", p) for p in path]
    ids = "".join(m[1] for m in markers if m)
    return ids or None


def _wrapped_into(prev: str, text: str) -> bool:
    """True when a long line that ends mid-sentence (no stop, colon or bracket) runs on into the next line."""
    p, t = prev.strip(), text.strip()
    return (len(p) >= 40 and not p.endswith(("。", "；", ";", "：", ":", "）", ")", "！", "？", "”"))
            and bool(t) and not match_heading(t))


def _item_start(lines: list[Line], k: int) -> int:
    """Index of the first line of the item that line k belongs to (its heading, or itself)."""
    j = k
    while j > 0 and k - j < 8:
        if match_heading(lines[j].text):
            return j
        prev = lines[j - 1]
        if prev.blank and j - 2 >= 0 and not lines[j - 2].blank and not lines[j - 2].text.rstrip().endswith(("。", "）", ")")):
            j -= 2  # a paragraph broken by a page break
            continue
        if _wrapped_into(prev.text, lines[j].text):
            j -= 1  # a paragraph hard-wrapped mid-sentence: "…科学把握巨观经济政策对就业影响的评价机制和公" ⏎ "评估机制。…"
            continue
        break
    return k
