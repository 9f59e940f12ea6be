"""Read a gazette file as text: refuse non-files, detect the encoding (BOM, UTF-8, GB18030, UTF-16), report bad bytes."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from kg.errors import InputError

__all__ = ["read_gazette", "decode_bytes", "check_readable", "MAX_FILE_MB"]

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


# (kana too: a Japanese translation of a Chinese page prints its names in Chinese characters between kana, "それは
# 江蘇雙桂坊餐飲管理有限公司、…", entrep37 常州 — a page, not a binary file; and box-drawing characters, U+2500–257F:
# a law site prints an old decree's table as ┌──┬────┐ / │序号│规章名称│ rows, fresh54 海南 令第171号)
_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e\t\r\n\f"
                        r"\u00a0-\u00ff\u2100-\u22ff\u2460-\u24ff\u3400-\u4dbf\ufe30-\ufe4f\u2500-\u25ff\u3040-\u30ff]")


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


# Invalid bytes tolerated in a file of an otherwise valid encoding (replaced, each reported): a
# damaged byte must not cost the whole file, but a file in another encoding fails by far more.
_MAX_BAD = 16
_MAX_BAD_FRACTION = 0.002
_REPORTED = 5
_SURROGATE = re.compile(r"[\udc80-\udcff]+")
MAX_FILE_MB = 256


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def _lenient(data: bytes, enc: str) -> tuple[str, list[tuple[int, int, bytes]]] | None:
    """Decode with each invalid byte escaped; None when that is too many for one encoding.

    Returns:
        (text with U+DC80..U+DCFF for each invalid byte, [(char index, byte offset, bytes)] of the
        first runs of invalid bytes).
    """
    text = data.decode(enc, errors="surrogateescape")
    runs = list(_SURROGATE.finditer(text))
    bad = sum(len(m.group(0)) for m in runs)
    valid_wide = sum(1 for ch in text if ord(ch) > 127) - bad
    if bad > max(_MAX_BAD, _MAX_BAD_FRACTION * len(data)) or valid_wide < 10 * bad:
        return None
    where = []
    for m in runs[:_REPORTED]:
        offset = len(text[: m.start()].encode(enc, errors="surrogateescape"))
        where.append((m.start(), offset, m.group(0).encode(enc, errors="surrogateescape")))
    return text, where


def _replacement_warnings(text: str, where, enc: str, total: int) -> list[str]:
    out = []
    for index, offset, raw in where:
        line = _newlines(text[:index]).count("\n") + 1
        out.append(f"line {line}, byte offset {offset}: invalid {enc} byte(s) {raw.hex(' ')} replaced with U+FFFD")
    if total > len(where):
        out.append(f"{total - len(where)} more runs of invalid {enc} bytes replaced with U+FFFD")
    return out


def decode_bytes(data: bytes, name: str = "<bytes>", warnings: list[str] | None = None) -> tuple[str, str]:
    """Decode the bytes of a gazette file.

    A few invalid bytes in a file of one encoding are replaced with U+FFFD, and each run is reported
    in `warnings` (line and byte offset) when a list is given.

    Returns:
        (text, encoding) with line endings normalised to ``\\n``.

    Raises:
        InputError: empty input, binary data, or no encoding that yields text.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    text = encoding = None
    notes: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, encoding = data.decode(enc, errors="replace"), enc
            bad = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
            if bad:
                notes.append(f"{bad} invalid {enc} sequence(s) replaced with U+FFFD")
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
                if enc != "utf-8":
                    continue
            # UTF-8 with a few damaged bytes is still UTF-8 (GB18030 would read it as mojibake).
            lenient = _lenient(data, enc)
            if lenient:
                escaped, where = lenient
                notes += _replacement_warnings(escaped, where, enc, len(_SURROGATE.findall(escaped)))
                text, encoding = _SURROGATE.sub(lambda m: "\ufffd" * len(m.group(0)), escaped), enc
                break
    if text is None:
        lenient = _lenient(data, "gb18030")
        if lenient:
            escaped, where = lenient
            notes += _replacement_warnings(escaped, where, "gb18030", len(_SURROGATE.findall(escaped)))
            text, encoding = _SURROGATE.sub(lambda m: "\ufffd" * len(m.group(0)), escaped), "gb18030"
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(name, "not text in any known encoding (binary file?)")
        text, encoding = str(best), best.encoding
    if not _looks_like_text(text):
        raise InputError(name, f"decodes as {encoding} but holds control bytes or few printable characters: binary file?")
    if warnings is not None:
        warnings.extend(notes)
    return _newlines(text), encoding


def _size_limit() -> int:
    return int(float(os.environ.get("GAZETTE_KG_MAX_FILE_MB", MAX_FILE_MB)) * 2**20)


def _check_stat(path: Path, st: os.stat_result, max_bytes: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode)
                or stat.S_ISBLK(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise InputError(path, f"is {kind}, not a regular file; refusing to read it")
    if st.st_size > max_bytes:
        raise InputError(path, f"is {st.st_size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB limit "
                               "(raise it with GAZETTE_KG_MAX_FILE_MB)")


def check_readable(path: str | Path, max_bytes: int | None = None) -> None:
    """Refuse, without opening it, a path that is not a regular file (FIFO, device) or is too big.

    Raises:
        InputError: naming the path and the reason.
    """
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    _check_stat(path, st, _size_limit() if max_bytes is None else max_bytes)


def read_gazette(path: str | Path, warnings: list[str] | None = None) -> tuple[str, str]:
    """Read one gazette text file; returns (text, encoding). Raises InputError with the file name.

    The file is opened without blocking and checked by type on the open descriptor, so a FIFO or
    a device swapped in after `check_readable` is still refused rather than read forever.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        _check_stat(path, os.fstat(fd), _size_limit())
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    return decode_bytes(data, str(path), warnings)
