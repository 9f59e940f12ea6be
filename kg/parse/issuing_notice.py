"""A law site's page headed by the document a notice issues, the notice's own title printed under the page's fields."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.normalize import compact

__all__ = ["issuing_notice_below", "joint_organs_of"]

# a law database's version tag after a title ("…管理办法(2025修改)", "…的通知(2019修订)"): the site's, not the title's
_VERSION_TAG = re.compile(r"[（(](?:19|20)\d{2}年?(?:\d{1,2}月)?(?:修订|修正|修改)本?[)）]$")
# the notice issuing a named document: "…关于印发《X》的通知", its organs (if any) before 关于/印发
_ISSUING = re.compile(r"^(?P<organs>[^《》。，,；;:：]{0,400}?)(?:关于)?(?:印发|发布|转发|修订|修改)《(?P<named>[^《》]{4,80})》的"
                      r"(?:通知|决定|公告|通告)$")
# a page's issuer field, its organs run on or set apart by spaces ("颁布机构: 黑龙江省农业农村厅 黑龙江省发展和改革委员会 …")
_ISSUER_FIELD = re.compile(r"^\s*[【\[]?(?:颁布机构|发布机构|发布部门|发文机关|制定机关|发布单位)[】\]]?\s*[:：]?\s*(?P<organs>.+)$")
# a body's own name ending: those of the financial and tax regulators' provincial branches and cooperative unions too
_BODY_END = re.compile(r"(?:厅|局|委员会|委|办公室|办公厅|办|部|院|政府|分行|联合社|总社|监管局|中心|署|会)$")


def untagged(title: str) -> str:
    """The title without the law site's version tag after it."""
    return _VERSION_TAG.sub("", compact(title))


def issuing_notice_below(lines: list[Line], start: int, limit: int, heading: str) -> tuple[int, str] | None:
    """The notice issuing the page's `heading` document, printed as its own title line among the few lines from index
    `start` (before `limit`): (its line, its title without the site's version tag); else None.

    A law site heads the page with the attached 办法's name and its version tag, prints its fields, then the notice
    that issues it with the notice's 文号 under it (fresh53's 黑龙江 农业农村厅 page, lines 1 and 15: "黑龙江省农业产业化
    重点龙头企业认定和运行监测管理办法(2025修改)" … "黑龙江省农业农村厅、…联合社关于印发《黑龙江省农业产业化重点龙头企业
    认定和运行监测管理办法》的通知(2025修改)" ⏎ "黑农厅联规〔2025〕11号"): the document is the notice.
    """
    named = untagged(heading)
    for j in [j for j in range(start, min(limit, len(lines))) if not lines[j].blank][:3]:
        title = untagged(lines[j].text)
        m = _ISSUING.match(title)
        if m and compact(m["named"]) == named:
            return j, title
    return None


def joint_organs_of(title: str, lines: list[Line], field_line: int | None) -> list[str]:
    """The organs a joint notice's title opens with, set apart by 、, when each is a body's name and the page's issuer
    field (at `field_line`) names the same ones in the same order, the last one whole or cut short (the field's
    "…黑龙江省供销合作社" for the title's "…黑龙江省供销合作社联合社"); [] otherwise."""
    m = _ISSUING.match(compact(title))
    parts = [p for p in (m["organs"].split("、") if m else []) if p]
    if len(parts) < 2 or not all(_BODY_END.search(p) and len(p) >= 4 for p in parts):
        return []
    field = _ISSUER_FIELD.match(compact(lines[field_line].text)) if field_line is not None else None
    printed = re.sub(r"[\s、，,]", "", field["organs"]) if field else ""
    joined = "".join(parts)
    return parts if printed and joined.startswith(printed) and len(printed) > len(joined) - len(parts[-1]) else []
