"""Read a gazette file as text: detect its encoding (BOM, UTF-8, GB18030, UTF-16) or say why not."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kg.errors import InputError

__all__ = ["read_gazette", "decode_bytes"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when there is no BOM; GB18030 is a superset of GBK and GB2312.
_FALLBACKS = ("utf-8", "gb18030", "big5")


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e\t\r\n\f"
                        r"\u00a0-\u00ff\u2100-\u22ff\u2460-\u24ff\u3400-\u4dbf\ufe30-\ufe4f\u25a0-\u25ff]")


def _looks_like_text(text: str) -> bool:
    """Few control bytes, and nearly every character one a Chinese document would print."""
    if not text.strip():
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    if bad / len(text) >= 0.01:
        return False
    sample = text[:20000]
    return len(_PLAUSIBLE.findall(sample)) / len(sample) > 0.9


def _utf16_without_bom(data: bytes) -> str | None:
    # UTF-16 without BOM: every other byte is NUL for ASCII, and CJK decodes to CJK.
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and len(_CJK.findall(text)) > len(text) * 0.1:
            return text
    return None


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a gazette file.

    Returns:
        (text, encoding) with line endings normalised to ``\\n``.

    Raises:
        InputError: empty input, binary data, or no encoding that yields text.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    text = encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(name, f"has a {enc} byte-order mark but does not decode: {exc}") from exc
            break
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(name, "binary data (NUL bytes), not a text file")
        encoding = "utf-16"
    if text is None:
        for enc in _FALLBACKS:
            try:
                text, encoding = data.decode(enc), enc
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(name, "not text in any known encoding (binary file?)")
        text, encoding = str(best), best.encoding
    if not _looks_like_text(text):
        raise InputError(name, f"decodes as {encoding} but holds control bytes: binary file?")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text, encoding


def read_gazette(path: str | Path) -> tuple[str, str]:
    """Read one gazette text file; returns (text, encoding). Raises InputError with the file name."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    return decode_bytes(data, str(path))
