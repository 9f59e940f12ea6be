"""Segment a gazette issue into its documents: 目录, headers (登记号, 文号, issuer, title, 主送), bodies."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import Document, Line
from kg.parse import patterns as P
from kg.parse.normalize import compact, normalize_doc_number, normalize_lines
from kg.parse.outline import build_outline

__all__ = ["ParsedIssue", "TocEntry", "Header", "parse_issue", "segment_issue", "find_toc", "find_headers"]

log = logging.getLogger(__name__)

MAX_TITLE_LINES = 4


@dataclass(frozen=True)
class TocEntry:
    line: int
    title: str


@dataclass(frozen=True)
class Header:
    """The header block of one document, as found in the text (all line numbers 1-based)."""

    start: int
    issuer: str
    title: str
    title_start: int
    title_end: int
    end: int
    doc_number: str | None = None
    doc_number_line: int | None = None
    registration: str | None = None
    registration_line: int | None = None
    recipients: str | None = None


@dataclass
class ParsedIssue:
    """One gazette file: its lines, its 目录 and its documents, plus what looked wrong."""

    file: str
    encoding: str
    lines: list[Line]
    documents: list[Document]
    toc: list[TocEntry] = field(default_factory=list)
    district: str | None = None
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # the reader that read the file (kg.read): text, pdf, pdf-ocr, docx, doc, html
    path: str | None = None  # the file as given to the build
    page_count: int | None = None

    def line(self, no: int) -> Line:
        return self.lines[no - 1]

    def span(self, start: int, end: int) -> list[Line]:
        return self.lines[start - 1 : end]


def _c(line: Line) -> str:
    return compact(line.text)


def _nonblank_after(lines: list[Line], i: int, n: int) -> list[int]:
    """Indexes of the next `n` non-blank lines after index i."""
    out = []
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            out.append(j)
            if len(out) == n:
                break
    return out


def _toc_title(text: str) -> str:
    return compact(P.TOC_PAGE_TAIL.sub("", text.split("\t")[0] if "\t" in text and not text.startswith("\t") else text))


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], int | None]:
    """The 目录 entries and the index of the 目录's last line (None when the issue has none)."""
    start = next((i for i, ln in enumerate(lines[:200]) if _c(ln) in {"目录", "目次"}), None)
    if start is None:
        return [], None
    entries, last = [], start
    for i in range(start + 1, len(lines)):
        ln = lines[i]
        c = _c(ln)
        if not c:
            continue
        if P.TOC_HEADING.match(c):
            last = i
            continue
        # An entry ends in a page number (sometimes glued to the title) or dot leaders.
        if P.TOC_PAGE_TAIL.search(c) and ("关于" in c or P.DOC_TYPE_END.search(P.TOC_PAGE_TAIL.sub("", c))):
            entries.append(TocEntry(ln.no, compact(P.TOC_PAGE_TAIL.sub("", c))))
            last = i
            continue
        break
    return entries, last


_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))


def _title_complete(title: str) -> bool:
    """A title is complete when it ends in a document type and no bracket is left open."""
    return bool(P.DOC_TYPE_END.search(title)) and all(title.count(a) <= title.count(b) for a, b in _PAIRS)


def _is_header_stop(c: str) -> bool:
    return bool(P.DOC_NUMBER_LINE.match(c) or P.RECIPIENTS.match(c) or P.REGISTRATION.search(c) or P.parse_date(c))


def _collect_title(lines: list[Line], i: int, first: str) -> tuple[str, int]:
    """Join the title lines starting at index i (whose compact text is `first`); returns (title, last index)."""
    title, last = first, i
    for _ in range(MAX_TITLE_LINES - 1):
        if _title_complete(title):
            break
        nxt = _nonblank_after(lines, last, 1)
        if not nxt or nxt[0] - last > 3:
            break
        ln = lines[nxt[0]]
        c = _c(ln)
        if "\t" in ln.text or _is_header_stop(c) or P.is_organ(c) or P.ORGAN_TITLE.match(c) or len(c) > 60:
            break
        title, last = title + c, nxt[0]
    return title, last


def _header_at(lines: list[Line], i: int) -> Header | None:
    ln = lines[i]
    if "\t" in ln.text:
        return None
    c = _c(ln)
    inline = P.ORGAN_TITLE.match(c)
    if inline:
        organ, title_i, first = inline["organ"], i, c
    elif P.is_organ(c):
        nxt = _nonblank_after(lines, i, 1)
        if not nxt or nxt[0] - i > 4:
            return None
        first = _c(lines[nxt[0]])
        if not P.TITLE_START.match(first) or "\t" in lines[nxt[0]].text:
            return None
        organ, title_i = c, nxt[0]
    else:
        return None
    if "。" in first:
        return None
    rest, title_end = _collect_title(lines, title_i, first)
    if title_i != i:
        title = organ + rest
    else:
        title = rest
    # Evidence that this is a header and not a line of body text: a 文号 or 主送 right after,
    # or a 文号 / 登记号 right before; a one-line "organ关于…通告" header may stand alone (通告).
    h = dict(start=i, issuer=organ, title=title, title_start=i, title_end=title_end, end=title_end)
    for j in _nonblank_after(lines, title_end, 3):
        cj = _c(lines[j])
        m = P.DOC_NUMBER_LINE.match(cj)
        if m and "doc_number" not in h:
            h.update(doc_number=normalize_doc_number(m["num"]), doc_number_line=j, end=j)
            continue
        if P.RECIPIENTS.match(cj):
            h.update(recipients=cj.rstrip("：:"), end=j)
            break
        if P.REGISTRATION.search(cj) and "registration" not in h:
            h.update(registration=P.REGISTRATION.search(cj)["reg"].replace(" ", ""), registration_line=j, end=j)
            continue
        break
    # Walk back over blank lines, 文号 and 登记号 printed above the issuer (003, 004).
    k = i - 1
    while k >= 0 and i - k <= 12:
        ck = _c(lines[k])
        m = P.DOC_NUMBER_LINE.match(ck)
        r = P.REGISTRATION.fullmatch(ck) if ck else None
        if not ck:
            k -= 1
            continue
        if m and "doc_number" not in h:
            h.update(doc_number=normalize_doc_number(m["num"]), doc_number_line=k, start=k)
        elif r and "registration" not in h:
            h.update(registration=r["reg"], registration_line=k, start=k)
        else:
            break
        k -= 1
    evidence = "doc_number" in h or "recipients" in h or "registration" in h
    if not evidence and not (inline and _title_complete(title)):
        return None
    return Header(**h)


def find_headers(lines: list[Line], skip_until: int = -1) -> list[Header]:
    """Every document header after index `skip_until` (the end of the 目录), in order."""
    headers: list[Header] = []
    i = skip_until + 1
    while i < len(lines):
        h = _header_at(lines, i)
        if h is not None:
            if headers and h.start <= headers[-1].end:
                i += 1
                continue
            headers.append(h)
            i = h.end + 1
            continue
        i += 1
    return headers


def _signature_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The signing date: the first date line under an organ line, else the first date line."""
    first = None
    prev_c = ""
    for j in range(start, end + 1):
        c = _c(lines[j])
        if not c:
            continue
        d = P.parse_date(c)
        if d is None:
            # 003 prints organ and date on one line with wide spaces: "淄博市张店区人民政府   2021年12月31日"
            parts = lines[j].text.split()
            if len(parts) == 2 and P.is_organ(compact(parts[0])) and P.parse_date(compact(parts[1])):
                return P.parse_date(compact(parts[1])), j
        if d:
            if P.is_organ(prev_c):
                return d, j
            if first is None:
                first = (d, j)
        prev_c = c
    return first if first else (None, None)


_ATTACH = re.compile(r"^附件[：:]\s*(?P<rest>.*)$")
_NUMBERED = re.compile(r"^\d{1,2}[.．、]\s*")


def _attachments(lines: list[Line], start: int, end: int) -> tuple[str, ...]:
    for j in range(start, end + 1):
        m = _ATTACH.match(lines[j].text.strip())
        if not m:
            continue
        items = [m["rest"]] if m["rest"] else []
        for k in range(j + 1, min(end + 1, j + 12)):
            t = lines[k].text.strip()
            if not t:
                continue
            if _NUMBERED.match(t):
                items.append(t)
                continue
            break
        return tuple(compact(_NUMBERED.sub("", it)) for it in items if compact(_NUMBERED.sub("", it)))
    return ()


def _issue_district(lines: list[Line], headers: list[Header]) -> str | None:
    votes = Counter(P.district_of(h.issuer) for h in headers if P.district_of(h.issuer))
    if votes:
        return votes.most_common(1)[0][0]
    for ln in lines[:20]:
        d = P.district_of(_c(ln).replace("公报", "").split("人民政府")[0] + "人民政府")
        if d:
            return d
    return None


def _match_toc(docs: list[Document], toc: list[TocEntry], warnings: list[str]) -> list[Document]:
    if not toc:
        return docs
    out, used = [], set()
    for d in docs:
        hit = None
        for e in toc:
            if e.line in used:
                continue
            a, b = compact(e.title), compact(d.title)
            if a == b or a in b or b in a or (len(a) > 12 and a[:12] == b[:12]):
                hit = e
                break
        if hit:
            used.add(hit.line)
            out.append(replace(d, toc_title=hit.title))
        else:
            out.append(d)
    for e in toc:
        if e.line not in used:
            warnings.append(f"目录 entry at line {e.line} has no document body: {e.title}")
    return out


def segment_issue(lines: list[Line], file: str) -> ParsedIssue:
    """Split the lines of one gazette issue into `Document`s (pure: no I/O)."""
    toc, toc_end = find_toc(lines)
    headers = find_headers(lines, -1 if toc_end is None else toc_end)
    district = _issue_district(lines, headers)
    stem = Path(file).stem
    warnings: list[str] = []
    docs = []
    for n, h in enumerate(headers):
        nxt = headers[n + 1].start if n + 1 < len(headers) else len(lines)
        end = nxt - 1
        while end > h.end and lines[end].blank:
            end -= 1
        date, date_i = _signature_date(lines, h.end + 1, end)
        if date is None:
            warnings.append(f"line {h.start + 1}: no signing date found for {h.title}")
        body_lines = lines[h.end + 1 : end + 1]
        docs.append(
            Document(
                id=f"{stem}-{n + 1:02d}",
                file=file,
                title=h.title,
                doc_number=h.doc_number,
                issuer=h.issuer,
                district=P.district_of(h.issuer) or district,
                date=date,
                registration=h.registration,
                line_start=h.start + 1,
                line_end=end + 1,
                title_line_start=h.title_start + 1,
                title_line_end=h.title_end + 1,
                recipients=h.recipients,
                attachments=_attachments(lines, h.end + 1, end),
                doc_number_line=None if h.doc_number_line is None else h.doc_number_line + 1,
                date_line=None if date_i is None else date_i + 1,
                registration_line=None if h.registration_line is None else h.registration_line + 1,
                outline=build_outline(body_lines),
            )
        )
    if not docs:
        warnings.append("no document header found (issuer + 关于… title + 文号 or 主送)")
    docs = _match_toc(docs, toc, warnings)
    return ParsedIssue(file=file, encoding="", lines=lines, documents=docs, toc=toc, district=district, warnings=warnings)


def parse_issue(path: str | Path, ocr: bool | None = None) -> ParsedIssue:
    """Read (any supported format, see kg.read), normalise and segment one gazette file.

    Args:
        ocr: read scanned pages by OCR (None: when the `ocr` extra is installed; False: never).

    Raises:
        InputError: the file is empty, corrupt, of an unsupported format or not decodable.
    """
    from dataclasses import replace as _with

    from kg.read import read

    path = Path(path)
    read_warnings: list[str] = []
    result = read(path, ocr=ocr, warnings=read_warnings)
    lines = normalize_lines(result.text)
    if result.pages is not None:  # paged formats: each line keeps the page it starts on
        lines = [_with(ln, page=p) for ln, p in zip(lines, result.pages)]
    issue = segment_issue(lines, path.name)
    issue.encoding = result.encoding
    issue.format = result.format
    issue.path = str(path.resolve())  # where the app finds the original (page images)
    issue.page_count = result.page_count
    issue.warnings = read_warnings + result.warnings + issue.warnings
    for w in issue.warnings:
        log.warning("%s: %s", path.name, w)
    return issue
