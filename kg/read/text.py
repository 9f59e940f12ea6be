"""Plain-text files: decoded by kg.parse.read.decode_bytes (BOM, UTF-8, GB18030, UTF-16), lines as they are
(a copy cut at a fixed width joined back, kg.read.unwrap)."""

from __future__ import annotations

from pathlib import Path

from kg.read.base import ReadResult
from kg.read.unwrap import unwrap_fixed_width

__all__ = ["read_text", "text_result"]


def text_result(path: str | Path, data: bytes, warnings: list[str] | None = None) -> ReadResult:
    """Decode the bytes of a text file; raises InputError when they are not text.

    Invalid bytes in an otherwise decodable file are replaced and reported in `warnings`.
    """
    from kg.parse.read import decode_bytes

    text, encoding = decode_bytes(data, str(path), warnings)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return ReadResult(str(path), "text", unwrap_fixed_width(lines), None, encoding)


def read_text(path: str | Path, data: bytes | None = None) -> ReadResult:
    return text_result(path, Path(path).read_bytes() if data is None else data)
