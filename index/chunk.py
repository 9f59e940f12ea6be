"""Structure-aware passages: numbered items, table row groups and paragraphs, never across documents."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kg.model import Document, Line
from kg.parse.normalize import compact
from kg.parse.outline import match_heading, section_path

__all__ = ["Passage", "chunk_document", "chunk_issue"]


@dataclass(frozen=True)
class Passage:
    """A retrievable unit of text with its document, section path and source lines."""

    id: str
    doc_id: str
    title: str
    section: str
    text: str
    file: str
    line_start: int
    line_end: int
    page: int | None = None  # the page the passage starts on, for paged sources (PDF)

    def for_embedding(self) -> str:
        """Title and section path go with the text, so a passage is understood out of context."""
        head = self.title if not self.section else f"{self.title} {self.section}"
        return f"{head}\n{self.text}"

    def to_json(self) -> dict:
        return asdict(self)


def _flush(doc: Document, buf: list[Line], out: list[Passage]) -> None:
    lines = [ln for ln in buf if not ln.blank]
    if not lines:
        return
    text = "\n".join(ln.text.strip() for ln in lines)
    path = section_path(doc.outline, lines[0].no)
    section = " > ".join(f"{h.marker}{h.title}" for h in path)
    out.append(Passage(
        id=f"{doc.id}:{lines[0].no}",
        doc_id=doc.id,
        title=doc.title,
        section=section,
        text=text,
        file=doc.file,
        line_start=lines[0].no,
        line_end=lines[-1].no,
        page=lines[0].page,
    ))


def chunk_document(doc: Document, lines: list[Line], max_chars: int = 360, min_chars: int = 80) -> list[Passage]:
    """Cut one document into passages.

    A passage starts at every heading and at every table after prose; it grows until `max_chars`
    and is then cut at a line boundary (a long line is cut at a sentence end). Short neighbours
    under the same heading are merged up to `min_chars`.
    """
    out: list[Passage] = []
    buf: list[Line] = []
    size = 0
    for ln in lines:
        if ln.blank:
            continue
        text = ln.text.strip()
        is_table = "\t" in ln.text
        starts = bool(match_heading(text)) and size >= min_chars
        kind_change = buf and (("\t" in buf[-1].text) != is_table) and size >= min_chars
        if buf and (starts or kind_change or size + len(text) > max_chars):
            _flush(doc, buf, out)
            buf, size = [], 0
        if len(text) > max_chars and not is_table:
            # A long paragraph: its own passages, cut after 。 so that each stays readable.
            if buf:
                _flush(doc, buf, out)
                buf, size = [], 0
            piece = ""
            for sent in text.replace("。", "。\u0000").split("\u0000"):
                if piece and len(piece) + len(sent) > max_chars:
                    _flush(doc, [Line(ln.no, ln.raw, piece)], out)
                    piece = ""
                piece += sent
            if piece:
                buf, size = [Line(ln.no, ln.raw, piece)], len(piece)
            continue
        buf.append(ln)
        size += len(compact(text))
    _flush(doc, buf, out)
    # Unique ids even when one long line gave several passages.
    seen: dict[str, int] = {}
    fixed = []
    for p in out:
        n = seen.get(p.id, 0)
        seen[p.id] = n + 1
        fixed.append(p if n == 0 else Passage(**{**p.to_json(), "id": f"{p.id}.{n}"}))
    return fixed


def chunk_issue(issue, max_chars: int = 360, min_chars: int = 80) -> list[Passage]:
    out = []
    for d in issue.documents:
        out.extend(chunk_document(d, issue.span(d.line_start, d.line_end), max_chars, min_chars))
    return out
