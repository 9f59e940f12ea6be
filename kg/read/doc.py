"""Legacy Word / WPS binary documents (OLE2): converted by antiword, catdoc or LibreOffice, whichever is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult, clean_line

__all__ = ["read_doc", "converters", "INSTALL_MESSAGE"]

INSTALL_MESSAGE = ("DOC/WPS (legacy Word): no converter installed; install Debian's antiword "
                   "(apt-get install antiword) or catdoc, or LibreOffice")
_TIMEOUT = 120


def _antiword(path: str) -> str:
    # -w 0: no wrapping, one paragraph per line; tables come out as |cell|cell| rows.
    return _run(["antiword", "-w", "0", "-m", "UTF-8.txt", path])


def _catdoc(path: str) -> str:
    return _run(["catdoc", "-d", "utf-8", "-w", path])


def _soffice(path: str) -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="gazette-kg-doc-") as out:
        _run([exe, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, path])
        produced = list(Path(out).glob("*.txt"))
        if not produced:
            raise RuntimeError("LibreOffice wrote no text")
        return produced[0].read_text(encoding="utf-8-sig")


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, timeout=_TIMEOUT)
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(err[0] if err else f"exit {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


# (name, executable, convert) in order of preference: antiword keeps tables as rows.
_CONVERTERS = (("antiword", "antiword", _antiword), ("catdoc", "catdoc", _catdoc),
               ("soffice", "soffice", _soffice), ("libreoffice", "libreoffice", _soffice))
_NOISE = re.compile(r"^\s*\[(?:pic|This was fast-saved[^\]]*)\]\s*$")


def converters() -> list[str]:
    """The converters installed on this machine, in the order they are tried."""
    return [name for name, exe, _ in _CONVERTERS if shutil.which(exe)]


def _lines(text: str) -> list[str]:
    out = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n"):
        if _NOISE.match(raw):
            continue
        s = raw.strip()
        if len(s) >= 2 and s.startswith("|") and s.endswith("|"):  # an antiword table row
            s = "\t".join(c.strip() for c in s[1:-1].split("|"))
        out.append(clean_line(s))
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


def read_doc(path: str | Path) -> ReadResult:
    """Read a .doc/.wps file with the first converter that succeeds.

    Raises:
        InputError: no converter installed (names the Debian package), or none could read the file.
    """
    path = str(path)
    tried = []
    for name, exe, convert in _CONVERTERS:
        if not shutil.which(exe):
            continue
        try:
            lines = _lines(convert(path))
        except (RuntimeError, subprocess.TimeoutExpired, OSError) as exc:
            tried.append(f"{name}: {exc}")
            continue
        if any(ln.strip() for ln in lines):
            return ReadResult(path, "doc", lines, None, f"doc ({name})")
        tried.append(f"{name}: no text")
    if not tried:
        raise InputError(path, INSTALL_MESSAGE)
    raise InputError(path, "DOC/WPS file no converter could read (" + "; ".join(tried) + ")")
