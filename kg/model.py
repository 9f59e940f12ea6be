"""Frozen records of the pipeline: lines, provenance, documents and their outline."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["Line", "Provenance", "Heading", "Document", "to_dict"]


@dataclass(frozen=True)
class Line:
    """One line of a gazette file: its 1-based number, the text as read and as normalised, and the
    1-based page it starts on when the file is paged (PDF, OCR), else None."""

    no: int
    raw: str
    text: str
    page: int | None = None

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from: file name, 1-based inclusive line span, the exact source text, and the
    page of the first line when the file is paged."""

    file: str
    line_start: int
    line_end: int
    text: str = ""
    page: int | None = None

    def as_source(self, with_text: bool = True) -> dict:
        out = {"file": self.file, "line_start": self.line_start, "line_end": self.line_end}
        if with_text:
            out["text"] = self.text
        if self.page is not None:
            out["page"] = self.page
        return out


@dataclass(frozen=True)
class Heading:
    """One heading of a document's outline (一、 / （一） / 1. / （1） / 第X条 / 附件)."""

    level: int
    marker: str
    title: str
    line: int


@dataclass(frozen=True)
class Document:
    """One official document of a gazette issue, with its metadata as printed and normalised."""

    id: str
    file: str
    title: str
    doc_number: str | None
    issuer: str | None
    district: str | None
    date: str | None
    registration: str | None
    line_start: int
    line_end: int
    title_line_start: int
    title_line_end: int
    recipients: str | None = None
    attachments: tuple[str, ...] = ()
    doc_number_line: int | None = None
    date_line: int | None = None
    registration_line: int | None = None
    toc_title: str | None = None
    outline: tuple[Heading, ...] = field(default=(), compare=False)
    # False when no header was recognised: the file (or the text before its first header) is kept
    # as a document with what could be found, so it is still indexed and extracted.
    header_found: bool = True
    # Fields of a web page's metadata block as printed (索引号, 发布机构, 发文字号, 成文日期, 有效性 …),
    # plus "part": "preamble" for the text before the first header.
    metadata: dict = field(default_factory=dict, compare=False)

    @property
    def source(self) -> Provenance:
        return Provenance(self.file, self.line_start, self.line_end, self.title)

    def header_source(self, lines: list[Line]) -> dict:
        """`source` of the whole document, its text the header as printed (登记号, 文号, issuer, title).

        Args:
            lines: every line of the document's file.
        """
        head = "".join(ln.text.strip() for ln in lines[self.line_start - 1 : self.title_line_end])
        page = lines[self.line_start - 1].page if 0 < self.line_start <= len(lines) else None
        return Provenance(self.file, self.line_start, self.line_end, head, page).as_source()


def to_dict(record) -> dict:
    """A JSON-ready dict of any record dataclass (tuples become lists)."""
    return asdict(record)
