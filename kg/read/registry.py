"""Which reader reads a file: chosen by its content (magic bytes), the extension only to break ties."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult

__all__ = ["Reader", "READERS", "sniff", "read", "UnsupportedFormat"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_IMAGES = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"II*\x00", "TIFF"),
           (b"MM\x00*", "TIFF"), (b"BM", "BMP"))
# Formats recognised but not read, with the reason given to the user.
_OTHER = ((b"Rar!", "RAR archive"), (b"7z\xbc\xaf\x27\x1c", "7z archive"), (b"\x1f\x8b", "gzip archive"),
          (b"{\\rtf", "RTF document"), (b"%!PS", "PostScript"))


class UnsupportedFormat(InputError):
    """A file of a format no reader handles (an archive, a spreadsheet): listed with its kind, never read as text."""


@dataclass(frozen=True)
class Reader:
    """A named reader: `match(head, path)` says whether it reads the file, `read(path, data)` reads it."""

    name: str
    match: Callable[[bytes, Path], bool]
    read: Callable[..., ReadResult]


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        return "broken zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx spreadsheet"
    if "ppt/presentation.xml" in names:
        return "pptx presentation"
    if "mimetype" in names:
        return "OpenDocument file"
    return "zip archive"


def _pdf(data: bytes, path: Path) -> bool:
    return b"%PDF-" in data[:1024]


def _docx(data: bytes, path: Path) -> bool:
    return data.startswith(b"PK\x03\x04") and _zip_kind(path) == "docx"


def _doc(data: bytes, path: Path) -> bool:
    return data.startswith(_OLE)


def _html(data: bytes, path: Path) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 pages: sniff their decoded start
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return bool(_HTML.match(head)) or path.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml") and b"<" in head


def _image(data: bytes, path: Path) -> bool:
    return any(data.startswith(m) for m, _ in _IMAGES)


def _read_pdf(path, data=None, ocr=None):
    from kg.read.pdf import read_pdf

    return read_pdf(path, ocr=ocr)


def _read_docx(path, data=None, ocr=None):
    from kg.read.docx import read_docx

    return read_docx(path)


def _read_doc(path, data=None, ocr=None):
    from kg.read.doc import read_doc

    return read_doc(path)


def _read_html(path, data=None, ocr=None):
    from kg.read.html import read_html

    return read_html(path, data)


def _read_image(path, data=None, ocr=None):
    from kg.read.ocr import read_image

    return read_image(path, ocr=ocr)


def _read_text(path, data=None, ocr=None):
    from kg.read.text import read_text

    return read_text(path, data)


# Tried in order; text is the fallback for anything with no known signature (decode_bytes then decides).
READERS: tuple[Reader, ...] = (
    Reader("pdf", _pdf, _read_pdf),
    Reader("docx", _docx, _read_docx),
    Reader("doc", _doc, _read_doc),
    Reader("html", _html, _read_html),
    Reader("image", _image, _read_image),
    Reader("text", lambda data, path: True, _read_text),
)


def _ole_kind(path: Path) -> str | None:
    """Excel and PowerPoint binaries share Word's OLE container: told apart by their stream names."""
    try:
        data = path.read_bytes()[: 64 << 20]
    except OSError:
        return None
    name = lambda s: s.encode("utf-16-le")
    if name("WordDocument") in data:
        return None
    if name("Workbook") in data or name("Book") in data:
        return "xls spreadsheet"
    if name("PowerPoint Document") in data:
        return "ppt presentation"
    return None


def _unsupported(data: bytes, path: Path) -> str | None:
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(path)
        return None if kind == "docx" else kind
    if data.startswith(_OLE):
        return _ole_kind(path)
    for magic, kind in _OTHER:
        if data.startswith(magic):
            return kind
    return None


def sniff(path: str | Path, data: bytes | None = None) -> str:
    """The name of the reader for a file, from its first bytes (the extension only breaks ties)."""
    path = Path(path)
    head = data[:8192] if data is not None else _head(path)
    kind = _unsupported(head, path)
    if kind:
        raise UnsupportedFormat(path, f"unsupported format: {kind}")
    return next(r.name for r in READERS if r.match(head, path))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(8192)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc


def read(path: str | Path, ocr: bool | None = None, warnings: list[str] | None = None) -> ReadResult:
    """Read any supported file into lines with provenance.

    Args:
        ocr: scanned pages: True/None read them by OCR when the `ocr` extra is installed, False refuses.
        warnings: when given, a text file's replaced invalid bytes are reported here (line, byte offset).

    Raises:
        InputError: unreadable, corrupt, empty, or of an unsupported format (UnsupportedFormat); the
            message names the file and the reason on one line.
    """
    from kg.parse.read import check_readable

    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    check_readable(path)  # a FIFO or a device is refused before anything opens it
    name = sniff(path)
    if name == "text":
        from kg.read.text import text_result

        return text_result(path, path.read_bytes(), warnings)
    reader = next(r for r in READERS if r.name == name)
    data = path.read_bytes() if name == "html" else None
    return reader.read(path, data, ocr)
