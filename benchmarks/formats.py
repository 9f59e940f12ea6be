"""Reading speed per format (pages per second), peak memory on a 300-page PDF, and what real files yield.

Run: python -m benchmarks.formats [--corpora DIR] [--no-ocr] [--pages 300]

DIR holds real files in pdf/ and docx/ (default ../shared/corpora, else tests/data). Pages are the PDF's own
pages; a format without pages (DOCX, DOC, HTML, TXT) is counted in standard 公文 pages of 22 lines × 28
characters (GB/T 9704), i.e. 616 characters of extracted text per page. The 300-page PDF is made by
concatenating the real text-layer PDFs with pypdfium2 and is read in a child process, whose peak RSS is
measured alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, save, table
from kg.config import SAMPLE_CORPUS

CHARS_PER_PAGE = 22 * 28


def corpora_dir(arg: str | None) -> Path:
    for cand in ([Path(arg)] if arg else []) + [ROOT.parent / "shared" / "corpora", ROOT / "tests" / "data"]:
        if (cand / "pdf").is_dir():
            return cand
    raise SystemExit("no corpora folder with pdf/: pass --corpora DIR")


def _files(corpora: Path) -> dict[str, list[Path]]:
    from kg.read import sniff

    groups: dict[str, list[Path]] = {}
    paths = [p for p in sorted(corpora.rglob("*")) if p.is_file() and p.suffix.lower() != ".md"]
    paths += sorted(SAMPLE_CORPUS.glob("*.txt"))
    for p in paths:
        try:
            kind = sniff(p)
        except Exception:
            continue
        if kind == "pdf":
            from kg.read.pdf import has_text_layer

            kind = "pdf" if has_text_layer(p) else "pdf-ocr"
        groups.setdefault(kind, []).append(p)
    return groups


def speed(groups: dict[str, list[Path]], ocr: bool) -> list[dict]:
    from kg.read import read

    rows = []
    for kind, paths in groups.items():
        if kind == "pdf-ocr" and not ocr:
            continue
        pages = chars = 0
        t0 = time.perf_counter()
        for p in paths:
            r = read(p)
            chars += sum(len(x) for x in r.lines)
            pages += r.page_count or max(1, round(sum(len(x) for x in r.lines) / CHARS_PER_PAGE))
        dt = time.perf_counter() - t0
        rows.append({"format": kind, "files": len(paths), "pages": pages, "paged": kind.startswith("pdf"),
                     "seconds": round(dt, 2), "pages_per_s": round(pages / dt, 2), "chars_per_s": round(chars / dt)})
    return rows


def make_long_pdf(pdfs: list[Path], pages: int, out: Path) -> int:
    """Concatenate the real PDFs (repeated) into one of at least `pages` pages; returns its page count."""
    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    while len(doc) < pages:
        for p in pdfs:
            src = pypdfium2.PdfDocument(str(p))
            doc.import_pages(src)
            src.close()
            if len(doc) >= pages:
                break
    n = len(doc)
    doc.save(str(out))
    doc.close()
    return n


# Peak RSS from /proc (VmHWM, reset by exec): ru_maxrss would still count the parent's pages from the fork.
_CHILD = """
import json, re, resource, sys, time
t0 = time.perf_counter()
from kg.read import read
r = read(sys.argv[1], ocr=False)
dt = time.perf_counter() - t0
try:
    peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"pages": r.page_count, "lines": len(r.lines), "seconds": dt, "peak_rss_mb": peak}))
"""


def long_pdf(pdfs: list[Path], pages: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="gazette-kg-bench-") as tmp:
        path = Path(tmp) / "long.pdf"
        n = make_long_pdf(pdfs, pages, path)
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, cwd=ROOT,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        res = json.loads(done.stdout.strip().splitlines()[-1])
    return {"pages": n, "seconds": round(res["seconds"], 2), "pages_per_s": round(n / res["seconds"], 2),
            "peak_rss_mb": round(res["peak_rss_mb"], 1), "lines": res["lines"]}


def yields(groups: dict[str, list[Path]]) -> list[dict]:
    """Per real text-layer PDF: does it give text, and documents (by the segmenter / by a whole-file fallback)?"""
    from kg.parse import parse_issue

    rows = []
    for p in groups.get("pdf", []) + groups.get("doc", []) + groups.get("docx", []):
        issue = parse_issue(p, ocr=False)
        has_text = any(not ln.blank for ln in issue.lines)
        rows.append({"file": p.name[:40], "format": issue.format, "lines": len(issue.lines), "text": has_text,
                     "documents": len(issue.documents), "with_fallback": len(issue.documents) or int(has_text)})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=None)
    ap.add_argument("--no-ocr", action="store_true", help="leave the scanned PDF out (OCR takes seconds per page)")
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    from kg.read import ocr

    corpora = corpora_dir(args.corpora)
    groups = _files(corpora)
    use_ocr = not args.no_ocr and ocr.available()
    rows = speed(groups, use_ocr)
    print(f"reading speed ({corpora}; unpaged formats in pages of {CHARS_PER_PAGE} characters)")
    print(table(rows, ["format", "files", "pages", "seconds", "pages_per_s", "chars_per_s"]))
    big = long_pdf(groups["pdf"], args.pages)
    print(f"\n{big['pages']}-page PDF (real PDFs concatenated): {big['seconds']} s, {big['pages_per_s']} pages/s, "
          f"peak RSS {big['peak_rss_mb']} MB (child process)")
    y = yields(groups)
    pdf_rows = [r for r in y if r["format"] == "pdf"]
    share_doc = sum(1 for r in pdf_rows if r["documents"]) / max(1, len(pdf_rows))
    share_fallback = sum(1 for r in pdf_rows if r["text"] and r["with_fallback"]) / max(1, len(pdf_rows))
    print("\nwhat the real files yield")
    print(table(y, ["file", "format", "lines", "text", "documents", "with_fallback"]))
    print(f"text-layer PDFs with a document: {share_doc:.2f} by the segmenter, {share_fallback:.2f} with text and a "
          "whole-file fallback document")
    path = save("formats", {"corpora": str(corpora), "chars_per_page": CHARS_PER_PAGE, "speed": rows,
                            "long_pdf": big, "yields": y, "pdf_share_segmenter": share_doc,
                            "pdf_share_text_and_fallback": share_fallback})
    print(f"\nsaved {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
