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
from kg.parse.metadata import find_metadata_blocks, is_metadata_line, parse_any_date
from kg.parse.outline import build_outline
from kg.parse.read import read_gazette

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
    issuer: str | None
    title: str
    title_start: int
    title_end: int
    end: int
    doc_number: str | None = None
    doc_number_line: int | None = None
    registration: str | None = None
    registration_line: int | None = None
    recipients: str | None = None
    evidence: tuple[str, ...] = ()
    metadata: dict = field(default_factory=dict)
    date: str | None = None
    date_line: int | None = None

    @property
    def score(self) -> int:
        return header_score(self.evidence)


# Evidence that a run of lines is a document's header, and what each kind weighs. A header is the
# best-scoring reading of a place that reaches HEADER_SCORE; none is required on its own.
EVIDENCE_WEIGHTS = {
    "metadata": 3,  # a web page's metadata block (索引号, 发布机构, 发文字号, 成文日期 …)
    "doc_number": 2,  # a 文号 line right before or after the title
    "registration": 2,  # a 登记号 line
    "recipients": 1,  # 主送: "各镇人民政府、街道办事处：" right after the title
    "organ": 1,  # an issuing organ before or at the start of the title
    "title": 1,  # a 关于… / 印发… title
    "one_line": 1,  # organ + complete title printed on one line
}
HEADER_SCORE = 3


def header_score(evidence) -> int:
    return sum(EVIDENCE_WEIGHTS.get(e, 0) for e in evidence)


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
    return bool(P.DOC_NUMBER_LINE.match(c) or P.RECIPIENTS.match(c) or P.REGISTRATION.search(c) or P.parse_date(c)
                or _LABEL_LINE.match(c))


# a metadata label opening a line ("来源:", "浏览量:", "发布时间:") ends a title
_LABEL_LINE = re.compile(r"^(?:来源|浏览量|浏览次数|阅读次数|发布时间|发布日期|日期|时间|作者|字号|【字体)[:：]")


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


_NUMBER_AT_END = re.compile(rf"(?:{P.DOC_NUMBER.pattern})$")
_NUMBER_AT_START = re.compile(rf"^(?:{P.DOC_NUMBER.pattern})")
# a web page's bare metadata values (索引号, 2024-01-10 15:30:00); a signing date (年月日) is not one
_PAGE_VALUE = re.compile(r"^[0-9A-Z]{6,}[-/]\d{4}[-/]?\d{3,}$|^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUMBER_IN_PARENS = re.compile(rf"[（(](?P<num>{P.DOC_NUMBER.pattern})[)）]$")


def _unglue(c: str) -> tuple[str, str | None]:
    """A title line with its 文号 glued on ("…的通知某政办发〔2023〕12号", "鲁政发〔2014〕20号《…》"): (title, 文号)."""
    is_title = lambda t: len(t) >= 8 and bool(P.TITLE_START.search(t) or P.ORGAN_TITLE.match(t)) and bool(P.DOC_TYPE_END.search(t))
    m = _NUMBER_AT_END.search(c)
    if m:
        bracket = c.index("〔", m.start()) if "〔" in c[m.start():] else m.end()
        for k in range(m.start(), bracket):  # the organ part of the 文号 starts after the title's type word
            if is_title(c[:k]):
                return c[:k], normalize_doc_number(c[k:])
    m = _NUMBER_IN_PARENS.search(c)  # "2021年县政府重点工作任务(华政发〔2021〕2号)"
    if m and len(c[: m.start()]) >= 6:
        return c[: m.start()], normalize_doc_number(m["num"])
    m = _NUMBER_AT_START.match(c)
    if m:
        title = c[m.end():]
        if title.startswith("《") and title.endswith("》"):  # 鲁政发〔2014〕20号《山东省人民政府关于…》
            title = title[1:-1]
        if is_title(title):
            return title, normalize_doc_number(m[0])
    return c, None


def _header_at(lines: list[Line], i: int) -> Header | None:
    ln = lines[i]
    if "\t" in ln.text:
        return None
    c, glued_number = _unglue(_c(ln))
    inline = P.ORGAN_TITLE.match(c)
    evidence = []
    if inline:
        organ, title_i, first = inline["organ"], i, c
        evidence.append("organ")
    elif P.is_organ(c):
        nxt = _nonblank_after(lines, i, 2)
        if not nxt or nxt[0] - i > 4:
            return None
        # joint issuance: a second organ line before the title
        if P.is_organ(_c(lines[nxt[0]])) and len(nxt) == 2 and nxt[1] - nxt[0] <= 4:
            c = c + "、" + _c(lines[nxt[0]])
            nxt = nxt[1:]
        first, glued_number = _unglue(_c(lines[nxt[0]]))
        if not P.TITLE_START.match(first) or "\t" in lines[nxt[0]].text:
            return None
        organ, title_i = c, nxt[0]
        evidence.append("organ")
    elif P.TITLE_START.match(c) and len(c) <= 80:
        # a title printed without its organ (web pages): it needs a 文号 or a metadata block
        organ, title_i, first = None, i, c
    else:
        return None
    if "。" in first:
        return None
    rest, title_end = _collect_title(lines, title_i, first) if glued_number is None else (first, title_i)
    # the printed organ line(s) + the 关于… line(s); joint issuers are kept as "A、B" in `issuer`
    title = organ.replace("、", "") + rest if organ and title_i != i else rest
    if P.TITLE_START.search(rest[len(organ):] if inline else rest):
        evidence.append("title")
    if inline and _title_complete(title):
        evidence.append("one_line")
    h = dict(start=i, issuer=organ, title=title, title_start=i, title_end=title_end, end=title_end)
    if glued_number:
        h.update(doc_number=glued_number, doc_number_line=title_i)
        evidence.append("doc_number")
    for j in [j for j in _nonblank_after(lines, title_end, 6) if not is_metadata_line(lines[j].text)][:3]:
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
        elif _PAGE_VALUE.match(ck) and i - k <= 4:
            h.update(start=k)  # a page's metadata printed as bare values: 索引号, 发布时间
        else:
            break
        k -= 1
    evidence += [k for k in ("doc_number", "recipients", "registration") if k in h and k not in evidence]
    if organ is None and not {"doc_number", "registration"} & set(evidence):
        return None  # a 关于… line in running text
    if header_score(evidence) < HEADER_SCORE:
        return None
    return Header(**h, evidence=tuple(evidence))


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


_SPACED_DATE = re.compile(r"^\W*(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s+(?P<d>\d{1,2})\W*$")


def _spaced_date(text: str) -> str | None:
    """'{ 2017 6 23' — a signing date whose 年月日 the page dropped, digits kept apart by spaces."""
    m = _SPACED_DATE.match(text)
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None


def _signature_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The signing date: the first date line under an organ line, else the first date line."""
    first = None
    prev_c = ""
    for j in range(start, end + 1):
        c = _c(lines[j])
        if not c:
            continue
        d = P.parse_date(c) or _spaced_date(lines[j].text)
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


_NAV = re.compile(r"^(?:首页|当前位置|您当前的位置|您现在的位置|返回|打印|关闭|分享|字号|扫一扫|【|\[)|>|＞|›|^[（(][^（）()]*[)）]$"
                  r"|^(?:政府)?信息公开$|^政务公开$|^政策解读$|^[^：:]{2,10}[：:]")  # site navigation, a "label:" line


def _title_like(c: str) -> bool:
    """A line that could be a page's or a document's title (not a date, a 文号, a label or navigation)."""
    return (4 <= len(c) <= 80 and not c.endswith(("。", "：", ":", "；", ";")) and "。" not in c[:-1]
            and not P.parse_date(c) and not P.DOC_NUMBER_LINE.match(c) and not _NAV.search(c)
            and not find_metadata_blocks([Line(1, c, c), Line(2, c, c)], min_fields=1)
            and not P.TOC_PAGE_TAIL.fullmatch(c))


def _first_title(lines: list[Line], start: int, end: int, limit: int = 40, prefer: bool = True) -> int | None:
    """Index of the best title line among the first `limit` non-blank lines of [start, end) (with
    `prefer`, a 关于… or document-type line before any other)."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank and "\t" not in lines[j].text][:limit]
    titled = [j for j in cands if _title_like(_c(lines[j]))]
    for prefer in () if not prefer else (lambda c: P.TITLE_START.search(c) or P.ORGAN_TITLE.match(c),
                   lambda c: P.DOC_TYPE_END.search(c) or c.endswith(("解读", "图解", "答记者问"))):
        hit = next((j for j in titled if prefer(_c(lines[j]))), None)
        if hit is not None:
            return hit
    return titled[0] if titled else None


def _title_shaped(c: str) -> bool:
    """Shaped like a document's title: 关于…, organ + 关于, a document-type ending, a glued 文号, a 解读 page."""
    return bool(P.TITLE_START.search(c) or P.ORGAN_TITLE.match(c) or P.DOC_TYPE_END.search(c) or _unglue(c)[1]
                or re.search(r"解读|图解", c) or re.search(r"《[^》]+(?:通知|决定|意见|办法|方案|规定)》", c))


def _header_from_block(lines: list[Line], block, limit_end: int, file: str) -> Header | None:
    """A header read from a metadata block with no recognised header after it: its 标题 field, or the
    title line right after (or right before) the block."""
    # the title: the block's own 标题 field, else a title-shaped line after it (before any 主送)
    inside = [j for j in range(block.start, block.end + 1) if not lines[j].blank and j not in block.field_lines]
    after = inside + [j for j in range(block.end + 1, limit_end) if not lines[j].blank][:6]
    stop = next((j for j in after if P.RECIPIENTS.match(_c(lines[j]))), limit_end)
    title_i = None if block.title else next(
        (j for j in after if j < stop and _title_like(_c(lines[j])) and _title_shaped(_c(lines[j]))), None)
    number = None
    if title_i is not None:
        title, number = _unglue(_c(lines[title_i]))
        title, title_end = (title, title_i) if number else _collect_title(lines, title_i, title)
        title, number = _unglue(title) if not number else (title, number)
    else:
        before = [j for j in range(max(0, block.start - 6), block.start) if not lines[j].blank]
        title_i = before[-1] if before and _title_like(_c(lines[before[-1]])) else None
        title, title_end = (_c(lines[title_i]), title_i) if title_i is not None else (None, block.end)
    title = _unglue(block.title)[0] if block.title else title  # "济高新管发〔2024〕4号 济宁高新区管委会关于…"
    if not title:
        if not (block.doc_number or block.date or block.issuer):
            return None
        # a block with 文号 / date / issuer but no title: named by the first heading-like line after it
        j = _first_title(lines, block.end + 1, limit_end)
        title = _c(lines[j]) if j is not None else Path(file).stem
    start = min(block.start, title_i if title_i is not None else block.start)
    # the page's title printed right above the block belongs to the header too
    above = [j for j in range(max(0, start - 4), start) if not lines[j].blank]
    if above and _title_like(_c(lines[above[-1]])) and compact(title).endswith(_c(lines[above[-1]])[-6:]):
        start = above[-1]
    return Header(start=start, issuer=block.issuer, title=title,
                  title_start=title_i if title_i is not None else block.start,
                  title_end=max(title_end, block.end) if title_i is None or title_i < block.start else title_end,
                  end=max(title_end, block.end), doc_number=block.doc_number or number,
                  doc_number_line=block.lines.get("doc_number", title_i if number else None), evidence=("metadata",),
                  metadata=dict(block.fields), date=block.date,
                  date_line=block.lines.get("date", block.lines.get("published")))


def _more_specific(a: str | None, b: str | None) -> str | None:
    """Of two spellings of one issuer, the one that names the place ("嘉鱼县人民政府办公室" over "县人民政府办公室")."""
    if a and b and len(b) > len(a) and compact(b).endswith(compact(a)[1:]):
        return b
    return a or b


def _with_metadata(lines: list[Line], headers: list[Header], blocks, file: str) -> list[Header]:
    """Attach each metadata block to the header printed right after it, or read a header from it."""
    out = list(headers)

    def merged(h: Header, b, **extra) -> Header:
        return replace(h, metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                       issuer=_more_specific(h.issuer, b.issuer), doc_number=h.doc_number or b.doc_number,
                       doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                       date=b.date, date_line=b.lines.get("date", b.lines.get("issued", b.lines.get("published"))),
                       **extra)

    for b in blocks:
        inside = [k for k, h in enumerate(out) if h.start <= b.start <= h.end]
        if inside:  # printed between the title and the 主送
            if not out[inside[0]].metadata:
                out[inside[0]] = merged(out[inside[0]], b)
            continue
        before = [k for k, h in enumerate(out) if h.end < b.start]
        if before and not out[before[-1]].metadata:
            h = out[before[-1]]
            gap = len([j for j in range(h.end + 1, b.start) if not lines[j].blank])
            if gap <= 2:  # the title printed above the page's metadata block
                out[before[-1]] = replace(
                    h, end=b.end, metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                    issuer=h.issuer or b.issuer, doc_number=h.doc_number or b.doc_number,
                    doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                    date=b.date, date_line=b.lines.get("date", b.lines.get("published")))
                continue
        after = [k for k, h in enumerate(out) if h.start > b.end]
        k = after[0] if after else None
        gap = len([j for j in range(b.end + 1, out[k].start) if not lines[j].blank]) if k is not None else None
        if k is not None and gap <= 2:  # nothing but a line or two (a repeated title) between
            h = out[k]
            out[k] = replace(
                h, start=b.start, metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                issuer=h.issuer or b.issuer, doc_number=h.doc_number or b.doc_number,
                doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                date=b.date, date_line=b.lines.get("date", b.lines.get("published")))
            continue
        limit = out[k].start if k is not None else len(lines)
        h = _header_from_block(lines, b, limit, file)
        if h is not None and not any(o.start <= h.start <= o.end or h.start <= o.start <= h.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def _drop_list_entries(lines: list[Line], headers: list[Header]) -> list[Header]:
    """One-line titles with nothing under them before the next header are entries of a list (a 目录
    printed without page numbers), not documents, unless a 文号, 主送 or metadata block backs them."""
    out = []
    for k, h in enumerate(headers):
        nxt = headers[k + 1].start if k + 1 < len(headers) else None
        weak = set(h.evidence) <= {"organ", "title", "one_line"}
        if nxt is not None and weak and not any(not ln.blank for ln in lines[h.end + 1 : nxt]):
            continue
        out.append(h)
    return out


def _bare_title(title: str) -> str:
    """A title without book-title marks and quotes: 关于印发《X》的通知 and 关于印发X的通知 are one title."""
    return re.sub(r"[《》〈〉“”\"'‘’]", "", compact(title))


def _merge_repeated(lines: list[Line], headers: list[Header]) -> list[Header]:
    """A web page prints the document's title, then the document's own header with the same title:
    one document, starting at the page title, with the fields of both."""
    out: list[Header] = []
    for h in headers:
        prev = out[-1] if out else None
        if prev is not None:
            between = [lines[j] for j in range(prev.end + 1, h.start) if not lines[j].blank]
            a, b = _bare_title(prev.title), _bare_title(h.title)
            same = a == b or a.endswith(b) or b.endswith(a)
            if same and len(between) <= 8 and not any("。" in ln.text for ln in between):
                out[-1] = replace(
                    h, start=prev.start, evidence=tuple(dict.fromkeys(h.evidence + prev.evidence)),
                    metadata={**prev.metadata, **h.metadata}, issuer=h.issuer or prev.issuer,
                    doc_number=h.doc_number or prev.doc_number,
                    doc_number_line=h.doc_number_line if h.doc_number else prev.doc_number_line,
                    date=h.date or prev.date, date_line=h.date_line if h.date else prev.date_line)
                continue
        out.append(h)
    return out


def _fallback_title(lines: list[Line], j: int) -> tuple[str, int]:
    """The title at line j, joined with short title-like lines after it until it ends like a title."""
    title, last = _c(lines[j]), j
    for _ in range(MAX_TITLE_LINES - 1):
        if P.DOC_TYPE_END.search(title):
            break
        nxt = _nonblank_after(lines, last, 1)
        if not nxt or nxt[0] - last > 3:
            break
        c = _c(lines[nxt[0]])
        if len(c) > 40 or not _title_like(c) or re.search(r"来源|时间|日期|浏览|发布", c) or _is_header_stop(c):
            break
        title, last = title + c, nxt[0]
    return title, last


def _fallback_header(lines: list[Line], file: str, start: int, end: int, preamble: bool = False) -> Header:
    """The header of a file (or of the text before its first header) where none was recognised."""
    j = _first_title(lines, start, end, prefer=not preamble)  # a preamble is named by its first line
    if j is not None:
        title, title_end = _fallback_title(lines, j)
        title, number = _unglue(title)
    else:
        title, title_end, number = Path(file).stem, start - 1, None
    num_i = next((k for k in range(start, min(end, start + 40)) if P.DOC_NUMBER_LINE.match(_c(lines[k]))), None)
    if number is None and num_i is not None:
        number = normalize_doc_number(P.DOC_NUMBER_LINE.match(_c(lines[num_i]))["num"])
    if j is not None and any(len(_c(ln)) > 40 or "。" in ln.text for ln in lines[start:j]):
        # the title was found below body text: only its own lines are the title, nothing above is header
        return Header(start=start, issuer=None, title=title, title_start=j, title_end=title_end, end=start - 1,
                      doc_number=number, doc_number_line=num_i if number else None, evidence=(),
                      metadata={"title_below_text": True})
    return Header(start=start, issuer=None, title=title, title_start=j if j is not None else start - 1,
                  title_end=title_end, end=title_end if j is not None else start - 1, doc_number=number,
                  doc_number_line=num_i if number else None, evidence=())


def _page_date(lines: list[Line], title_end: int) -> tuple[str | None, int | None]:
    """The date a page prints under its title ("2022年08月12日 来源: 上海普陀")."""
    for j in _nonblank_after(lines, title_end, 2):
        m = re.match(r"^(?:发布时间|发布日期|时间|日期)?[:：]?((?:19|20)\d{2}(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?)", _c(lines[j]))
        if m:
            return parse_any_date(m[1]), j
    return None, None


def _signer(lines: list[Line], date_i: int | None) -> str | None:
    """The organ signed above the signing date (or before it on the same line)."""
    if date_i is None:
        return None
    parts = lines[date_i].text.split()
    if len(parts) == 2 and P.is_organ(compact(parts[0])):
        return compact(parts[0])
    prev = [j for j in range(max(0, date_i - 3), date_i) if not lines[j].blank]
    if prev and P.is_organ(_c(lines[prev[-1]])):
        return _c(lines[prev[-1]])
    return None


def _document(lines: list[Line], file: str, doc_id: str, h: Header, end: int, district: str | None,
              warnings: list[str], header_found: bool = True, metadata: dict | None = None) -> Document:
    # a recognised header is followed by its body; a fallback's title may stand anywhere in the text
    date, date_i = _signature_date(lines, max(h.end + 1, h.start) if header_found else h.start, end)
    if h.date and (date is None or "metadata" in h.evidence and parse_any_date(h.metadata.get("date") or "")):
        date, date_i = h.date, h.date_line  # 成文日期 of the metadata block; a 发文/发布日期 only without a signature
    if date is None and not header_found and h.title_end >= 0:
        date, date_i = _page_date(lines, h.title_end)
    if date is None and header_found:
        warnings.append(f"line {h.start + 1}: no signing date found for {h.title}")
    signer = _signer(lines, date_i)
    issuer = h.issuer or signer
    if issuer and signer and issuer != signer and re.match(r"^[区县市旗](?:人民)?政府", issuer) \
            and compact(signer).endswith(issuer.replace("县政府", "县人民政府").replace("区政府", "区人民政府")[1:]):
        issuer = signer  # 发布机构 "县政府办公室", signed "涟水县人民政府办公室": the signature names the place
    body_lines = lines[max(h.end + 1, h.start) : end + 1]
    meta = dict(h.metadata)
    meta.update(metadata or {})
    below = bool(meta.pop("title_below_text", False))
    if below:
        meta["title_line"] = h.title_start + 1
    if not header_found or "metadata" in h.evidence or h.evidence:
        meta.setdefault("header_evidence", list(h.evidence))
    return Document(
        id=doc_id,
        file=file,
        title=h.title,
        doc_number=h.doc_number,
        issuer=issuer,
        district=P.district_of(issuer) or district,
        date=date,
        registration=h.registration,
        line_start=h.start + 1,
        line_end=end + 1,
        # a title found below body text names the document but heads none of it: no line is skipped as header
        title_line_start=h.start if below else h.title_start + 1,
        title_line_end=h.start if below else h.title_end + 1,
        recipients=h.recipients,
        attachments=_attachments(lines, h.end + 1, end),
        doc_number_line=None if h.doc_number_line is None else h.doc_number_line + 1,
        date_line=None if date_i is None else date_i + 1,
        registration_line=None if h.registration_line is None else h.registration_line + 1,
        outline=build_outline(body_lines),
        header_found=header_found,
        metadata=meta,
    )


def _last_content(lines: list[Line], start: int, end: int) -> int:
    while end > start and lines[end].blank:
        end -= 1
    return end


_MASTHEAD_LINE = re.compile(r"公报|^第\d+期$|^\d{4}年第\d+期$|^主管|^主办|编发$|^\d{4}年\d{1,2}月\d{1,2}日$|^.{2,24}文件$")


def _has_content(lines: list[Line]) -> bool:
    """More than a masthead (公报, 第N期, 主管主办, a date): text a reader could search for."""
    return sum(len(_c(ln)) for ln in lines if not ln.blank and not _MASTHEAD_LINE.search(_c(ln))) >= 10


def segment_issue(lines: list[Line], file: str) -> ParsedIssue:
    """Split the lines of one gazette issue into `Document`s (pure: no I/O).

    Every file gives at least one document: headers are the places whose evidence scores at least
    `HEADER_SCORE` (see `EVIDENCE_WEIGHTS`); a file with none becomes one document with what could be
    found (`header_found=False`); text before the first header (a 目录, a page preamble) becomes a
    document of its own, id ``<file>-00``, marked ``metadata["part"] = "preamble"``, so that it is
    indexed and searched like the rest.
    """
    toc, toc_end = find_toc(lines)
    headers = find_headers(lines, -1 if toc_end is None else toc_end)
    headers = _with_metadata(lines, headers, find_metadata_blocks(lines), file)
    headers = _merge_repeated(lines, _drop_list_entries(lines, headers))
    district = _issue_district(lines, headers)
    stem = Path(file).stem
    warnings: list[str] = []
    docs = []
    if not any(not ln.blank for ln in lines):
        return ParsedIssue(file=file, encoding="", lines=lines, documents=[], toc=toc, district=district,
                           warnings=["no text"])
    if not headers:
        warnings.append("no document header found (issuer + 关于… title + 文号 or 主送, or a metadata block): "
                        "the file is one document")
        h = _fallback_header(lines, file, 0, len(lines))
        docs.append(_document(lines, file, f"{stem}-01", h, _last_content(lines, 0, len(lines) - 1), district,
                              warnings, header_found=False))
        return ParsedIssue(file=file, encoding="", lines=lines, documents=docs, toc=toc, district=district,
                           warnings=warnings)
    first = headers[0].start
    if toc or _has_content(lines[:first]):
        h = _fallback_header(lines, file, 0, first, preamble=True)
        if toc:
            h = replace(h, title="目录", title_start=-1, title_end=-1, end=-1, doc_number=None, doc_number_line=None)
        docs.append(_document(lines, file, f"{stem}-00", h, _last_content(lines, 0, first - 1), district, warnings,
                              header_found=False, metadata={"part": "preamble"}))
    for n, h in enumerate(headers):
        nxt = headers[n + 1].start if n + 1 < len(headers) else len(lines)
        end = _last_content(lines, h.end, nxt - 1)
        docs.append(_document(lines, file, f"{stem}-{n + 1:02d}", h, end, district, warnings))
    docs = _match_toc(docs, toc, warnings)
    return ParsedIssue(file=file, encoding="", lines=lines, documents=docs, toc=toc, district=district, warnings=warnings)


def parse_issue(path: str | Path) -> ParsedIssue:
    """Read, normalise and segment one gazette file.

    Raises:
        InputError: the file is empty, binary or not decodable.
    """
    path = Path(path)
    text, encoding = read_gazette(path)
    issue = segment_issue(normalize_lines(text), path.name)
    issue.encoding = encoding
    for w in issue.warnings:
        log.warning("%s: %s", path.name, w)
    return issue
