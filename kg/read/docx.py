"""DOCX: paragraphs and tables in document order, each table row one line of tab-separated cells.

The body XML is walked in order (python-docx opens the package), so a table stays where it is printed.
Text is taken from every run, tracked insertions and hyperlinks included; Word's automatic list numbering
is not part of the text and is not invented (numbers typed as text are kept). A merged cell gives its text
once and empty cells for the columns or rows it covers, so columns stay aligned.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult, clean_line

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A text box is stored twice (mc:Choice for new Word/WPS, mc:Fallback as VML): the fallback copy is skipped.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text(el) -> str:
    """The text of a paragraph (or any element): runs in order, tabs as tabs, breaks as newlines."""
    out = []
    for node in el.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen", f"{_W}sym"):
        if any(True for _ in node.iterancestors(_FALLBACK)):
            continue
        tag = node.tag
        if tag == f"{_W}t":
            out.append(node.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _paragraph_lines(p) -> list[str]:
    """A paragraph's lines (a manual line break starts a new one); tabs inside separate columns."""
    lines = []
    for part in _text(p).split("\n"):
        part = re.sub(r"\t+", "\t", part).strip("\t").rstrip()
        lines.append(clean_line(part))
    return lines


def _val(el, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(f"{_W}val", "")


def _cell_text(tc) -> str:
    """A cell on one line: its paragraphs (and nested tables) separated by a space."""
    parts = []
    for p in tc.iter(f"{_W}p"):
        t = re.sub(r"\s+", " ", _text(p).replace("\t", " ")).strip()
        if t:
            parts.append(t)
    return clean_line(" ".join(parts))


def _table_lines(tbl) -> list[str]:
    lines = []
    for tr in tbl.findall(f"{_W}tr"):
        cells: list[str] = []
        before = _val(tr, f"{_W}trPr/{_W}gridBefore")
        cells.extend([""] * int(before or 0))
        for tc in tr.findall(f"{_W}tc"):
            span = int(_val(tc, f"{_W}tcPr/{_W}gridSpan") or 1)
            vmerge = _val(tc, f"{_W}tcPr/{_W}vMerge")
            # a vMerge without "restart" continues the cell above: its text is not repeated
            text = "" if vmerge is not None and vmerge != "restart" else _cell_text(tc)
            cells.append(text)
            cells.extend([""] * (span - 1))
        if any(cells):
            lines.append("\t".join(cells) if len(cells) > 1 else cells[0])
    return lines


def _body_lines(body) -> list[str]:
    lines: list[str] = []
    for child in body.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            lines.extend(_paragraph_lines(child))
        elif tag == f"{_W}tbl":
            lines.extend(_table_lines(child))
        elif tag == f"{_W}sdt":  # a content control: its content is body content
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_body_lines(content))
    return lines


def read_docx(path: str | Path) -> ReadResult:
    """Read a DOCX file.

    Raises:
        InputError: not a readable DOCX (corrupt zip, missing document part), or no text.
    """
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - the extra is installed in CI
        raise InputError(path, "DOCX support needs the formats extra: pip install 'gazette-kg[formats]'") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise InputError(path, f"not a readable DOCX ({type(exc).__name__})") from exc
    lines = _body_lines(document.element.body)
    while lines and not lines[-1].strip():
        lines.pop()
    if not any(ln.strip() for ln in lines):
        raise InputError(path, "the DOCX holds no text")
    warnings = []
    numbered = len(document.element.body.findall(f".//{_W}numPr"))
    if numbered:
        warnings.append(f"{numbered} paragraphs use Word's automatic numbering, which is not part of the text")
    return ReadResult(str(path), "docx", lines, None, "docx", None, warnings)
