"""Offline OCR of scanned pages (optional extra `ocr`: rapidocr-onnxruntime, whose models ship in the wheel).

A scanned PDF page is rendered with pypdfium2, its text boxes are recognised, and the boxes are turned into
the same line items as a text-layer page, so running headers, page numbers and wrapped lines are repaired
the same way. OCR is slow (seconds per page on a small CPU): it runs only when the extra is installed and
not switched off.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult
from kg.read.cjk import join_wrapped

__all__ = ["available", "SCAN_MESSAGE", "read_scanned_pdf", "ocr_page_items", "read_image", "boxes_to_items"]

SCAN_MESSAGE = "扫描件/scan: the PDF has no text layer; to read it by OCR install gazette-kg[ocr] (pip install 'gazette-kg[ocr]')"
IMAGE_MESSAGE = "图片/image: to read it by OCR install gazette-kg[ocr] (pip install 'gazette-kg[ocr]')"
# Rendering scale for OCR: 2 × 72 dpi = 144 dpi, enough for body text at 10–16 pt.
_SCALE = 2.0
# Boxes on one line further apart than this many box heights are cells of a table.
_CELL_GAP = 1.0


def available() -> bool:
    """OCR is used when rapidocr-onnxruntime is installed and GAZETTE_KG_OCR is not 0."""
    if os.environ.get("GAZETTE_KG_OCR", "1") == "0":
        return False
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def boxes_to_items(boxes: list[tuple[float, float, float, float, str]], page_no: int, width: float, height: float):
    """OCR boxes (x0, top, x1, bottom, text) in page points → line items, boxes on one line left to right."""
    from kg.read.pdf import _Item

    rows: list[list[tuple]] = []
    for b in sorted(boxes, key=lambda b: (b[1] + b[3]) / 2):
        mid, h = (b[1] + b[3]) / 2, b[3] - b[1]
        if rows:
            r = rows[-1]
            rmid = sum((x[1] + x[3]) / 2 for x in r) / len(r)
            if abs(mid - rmid) <= 0.5 * max(h, min(x[3] - x[1] for x in r)):
                r.append(b)
                continue
        rows.append([b])
    items = []
    for r in rows:
        r.sort(key=lambda b: b[0])
        size = sorted(b[3] - b[1] for b in r)[len(r) // 2]
        text = r[0][4]
        for prev, b in zip(r, r[1:]):
            text = f"{text}\t{b[4]}" if b[0] - prev[2] > _CELL_GAP * size else join_wrapped(text, b[4])
        items.append(_Item(page_no, min(b[1] for b in r), max(b[3] for b in r), r[0][0], r[-1][2], size, text,
                           page_width=width, page_height=height))
    return items


def _recognise(image) -> list[tuple[float, float, float, float, str]]:
    import numpy as np

    result, _ = _engine()(np.asarray(image.convert("RGB")))
    boxes = []
    for points, text, score in result or []:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        if text.strip():
            boxes.append((min(xs), min(ys), max(xs), max(ys), text.strip()))
    return boxes


def ocr_page_items(path: str | Path, page_no: int):
    """The line items of one page (1-based) of a PDF, read by OCR."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        page = doc[page_no - 1]
        width, height = page.get_size()
        image = page.render(scale=_SCALE).to_pil()
    finally:
        doc.close()
    boxes = [(x0 / _SCALE, y0 / _SCALE, x1 / _SCALE, y1 / _SCALE, t) for x0, y0, x1, y1, t in _recognise(image)]
    return boxes_to_items(boxes, page_no, width, height)


def read_scanned_pdf(path: str | Path) -> ReadResult:
    """A PDF without a text layer, every page read by OCR."""
    import pypdfium2

    from kg.read.pdf import items_to_result

    doc = pypdfium2.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    pages = [ocr_page_items(path, i) for i in range(1, n + 1)]
    if not any(pages):
        raise InputError(path, "扫描件/scan: OCR found no text on any page")
    return items_to_result(str(path), pages, "pdf-ocr", [f"no text layer: {n} pages read by OCR"])


def read_image(path: str | Path, ocr: bool | None = None) -> ReadResult:
    """An image file (a photographed or scanned page) read by OCR, as one page."""
    if ocr is False or not available():
        raise InputError(path, IMAGE_MESSAGE)
    from PIL import Image

    from kg.read.pdf import items_to_result

    try:
        image = Image.open(path)
        image.load()
    except Exception as exc:
        raise InputError(path, f"not a readable image ({type(exc).__name__})") from exc
    items = boxes_to_items(_recognise(image), 1, float(image.width), float(image.height))
    if not items:
        raise InputError(path, "图片/image: OCR found no text")
    return items_to_result(str(path), [items], "image-ocr", ["an image: read by OCR"])
