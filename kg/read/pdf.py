"""PDF with a text layer: pdfplumber's characters and table finder → lines and table rows, CJK damage repaired.

Per page, the characters outside the tables are grouped into visual lines; each table becomes one line per
row, its cells joined by a tab, at the table's place in the flow (its text never appears twice). Then, over
the whole document: running headers/footers and page numbers are dropped, a line that reaches the right
margin without ending a sentence is joined with its continuation, a table row split over two pages is joined
again, and a table header repeated on the next page is dropped. Spaces the layout puts inside CJK words and
numbers ("2005 年 6 月", "二 00 五年") are removed.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult, clean_line
from kg.read.cjk import ends_sentence, join_wrapped, repair_spaces

__all__ = ["read_pdf", "render_page_png", "has_text_layer", "NoTextLayer"]

# A gap wider than this (in character sizes) between two characters of a line is a space.
_SPACE_GAP = 0.3
# A gap of about a character is a deliberate (ideographic) space, not justification.
_WIDE_GAP = 0.8
# A gap wider than this is a column break (a table drawn without rules, a signature block).
_COLUMN_GAP = 2.5
# Running headers/footers are looked for among the first and last lines of a page, inside this share of its height.
_MARGIN_BAND = 0.15
_PAGE_NO = re.compile(
    r"^[-—–－_~·•\s]*(?:\d{1,4}|[ivxlcIVXLC]{1,6})[-—–－_~·•\s]*$"  # — 3 —, - 3 -, 3, iv
    r"|^(?:第\s*\d{1,4}\s*页)?\s*(?:共\s*\d{1,4}\s*页)?\s*(?:第\s*\d{1,4}\s*页)?$"  # 第3页 共5页
    r"|^\d{1,4}\s*/\s*\d{1,4}$|^page\s*\d+(?:\s*of\s*\d+)?$",
    re.I,
)


class NoTextLayer(InputError):
    """A PDF whose pages hold no text: a scan, to be read by OCR."""


@dataclass
class _Item:
    """A visual line or a table row on a page, with the geometry the document-level repairs need."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    cells: list[str] | None = None  # a table row
    table: int | None = None  # which table of the page (for rows)
    page_width: float = 0.0
    page_height: float = 0.0
    gap_before: bool = False  # a visible vertical gap above (a paragraph or block break)
    extra: dict = field(default_factory=dict)


def _pdfplumber():
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover - the extra is installed in CI
        raise InputError("pdfplumber", "PDF support needs the formats extra: pip install 'gazette-kg[formats]'") from exc
    return pdfplumber


def _group_lines(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into visual lines: same baseline band, left to right."""
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        for row in reversed(rows[-3:]):
            ref = row[0]
            # Same line when the vertical centres are within half a character of each other.
            if abs((c["top"] + c["bottom"]) / 2 - (ref["top"] + ref["bottom"]) / 2) <= 0.5 * max(ref["size"], c["size"], 1):
                row.append(c)
                break
        else:
            rows.append([c])
    for row in rows:
        row.sort(key=lambda c: c["x0"])
    rows.sort(key=lambda r: min(c["top"] for c in r))
    return rows


def _line_text(row: list[dict], tabs: bool = True) -> str:
    """The text of a visual line; a gap of several characters separates columns of a table drawn
    without rules (name | sex | unit) and becomes a tab, a smaller one a space (dropped between CJK)."""
    parts, out, prev = [], [], None
    for c in row:
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            size = max(prev["size"], 1)
            if tabs and gap > _COLUMN_GAP * size:
                parts.append(repair_spaces("".join(out).strip()))
                out = []
            elif gap > _WIDE_GAP * size:
                out.append("\u3000")  # a deliberate space (名 字  性别): kept in the raw text
            elif gap > _SPACE_GAP * size:
                out.append(" ")
        out.append(c["text"])
        prev = c
    parts.append(repair_spaces("".join(out).strip()))
    return "\t".join(parts)


def _size(row: list[dict]) -> float:
    return statistics.median(c["size"] for c in row)


def _cell_text(chars: list[dict], right: float) -> str:
    """A table cell's text on one line: a line that fills the cell was wrapped by the layout and is joined
    directly; a shorter one ended on purpose (one unit per line) and keeps a space before the next."""
    text = ""
    for n, row in enumerate(_group_lines(chars)):
        t = _line_text(row, tabs=False)
        if n == 0:
            text = t
        elif prev_full:
            text = join_wrapped(text, t)
        else:
            text = f"{text} {t}"
        prev_full = row[-1]["x1"] >= right - 1.5 * _size(row)
    return text


def _inside(c: dict, bbox) -> bool:
    x = (c["x0"] + c["x1"]) / 2
    y = (c["top"] + c["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _table_items(page_no: int, table, chars: list[dict], n: int, used: set[int]) -> list[_Item]:
    """One item per row of a table found by pdfplumber; cells built from the characters inside them.
    The ids of the characters placed in a cell are added to `used` (the others stay in the text flow)."""
    out = []
    for row in table.rows:
        cells = []
        for bbox in row.cells:
            if bbox is None:  # covered by a merged cell: an empty cell keeps the columns aligned
                cells.append("")
                continue
            inside = [c for c in chars if id(c) not in used and _inside(c, bbox)]
            used.update(id(c) for c in inside)
            cells.append(clean_line(_cell_text(inside, bbox[2])) if inside else "")
        if not any(cells):
            continue
        size = statistics.median([c["size"] for c in chars if _inside(c, row.bbox)] or [10.0])
        out.append(_Item(page_no, row.bbox[1], row.bbox[3], row.bbox[0], row.bbox[2], size, "\t".join(cells),
                         cells=cells, table=n))
    return out


def _dedupe(chars: list[dict]) -> list[dict]:
    """Drop the copies of a character some PDFs print two or three times over itself (fake bold)."""
    seen, out = set(), []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _layout(chars: list[dict], tables: list, page_no: int, width: float, height: float) -> list[_Item]:
    """The items of one page: a row item per table row, a line item per visual line of the other characters."""
    chars = _dedupe([c for c in chars if c["text"].strip()])
    items: list[_Item] = []
    table_chars: set[int] = set()
    for n, t in enumerate(tables):
        inside = [c for c in chars if _inside(c, t.bbox)]
        items.extend(_table_items(page_no, t, inside, n, table_chars))
    flow = [c for c in chars if id(c) not in table_chars]
    for row in _group_lines(flow):
        text = _line_text(row)
        if text:
            items.append(_Item(page_no, min(c["top"] for c in row), max(c["bottom"] for c in row), row[0]["x0"],
                               row[-1]["x1"], _size(row), text))
    items.sort(key=lambda it: (it.top, it.x0))
    for it in items:
        it.page_width, it.page_height = width, height
    return items


def _page_items(page, page_no: int) -> list[_Item]:
    """A pdfplumber page: its characters and the tables its table finder sees in the ruling lines."""
    tables = [t for t in page.find_tables() if len(t.rows) >= 1 and max(len(r.cells) for r in t.rows) >= 2]
    return _layout(page.chars, tables, page_no, float(page.width), float(page.height))


def _pdfium_chars(page) -> list[dict]:
    """The characters of a pypdfium2 page with the geometry pdfplumber gives (its loose boxes match them)."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    height = page.get_height()
    out = []
    try:
        for i in range(textpage.count_chars()):
            if raw.FPDFText_IsGenerated(textpage.raw, i):  # spaces and line breaks pdfium adds itself
                continue
            ch = textpage.get_text_range(i, 1)
            if not ch.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            out.append({"text": ch, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                        "size": top - bottom})
    finally:
        textpage.close()
    return out


def _has_paths(page) -> bool:
    """Ruling lines or boxes on the page (tables may be there); without any, no table finder is needed."""
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2))


def _header_footer_keys(pages: list[list[_Item]]) -> set[str]:
    """Text (digits folded) that heads or foots at least half of the pages: a running header or footer."""
    from collections import Counter

    counts: Counter = Counter()
    for items in pages:
        seen = set()
        for it in _band_lines(items):
            seen.add(re.sub(r"\d+", "#", re.sub(r"\s+", "", it.text)))
        counts.update(seen)
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, v in counts.items() if v >= need} if len(pages) >= 2 else set()


def _band_lines(items: list[_Item]) -> list[_Item]:
    """The first two and last two text lines of a page when they lie in its top or bottom band."""
    text = [it for it in items if it.cells is None]
    ends = text[:2] + text[-2:]
    out = []
    for it in ends:
        h = it.page_height or 1
        if it.top < _MARGIN_BAND * h or it.bottom > (1 - _MARGIN_BAND) * h:
            if it not in out:
                out.append(it)
    return out


def _drop_running(pages: list[list[_Item]]) -> list[list[_Item]]:
    keys = _header_footer_keys(pages)
    out = []
    for items in pages:
        band = {id(it) for it in _band_lines(items)}
        keep = []
        for it in items:
            if id(it) in band:
                t = re.sub(r"\s+", "", it.text)
                if _PAGE_NO.match(it.text.strip()) or re.sub(r"\d+", "#", t) in keys:
                    continue
            keep.append(it)
        out.append(keep)
    return out


def _margins(items: list[_Item]) -> tuple[float, float] | None:
    """(left, right) text margins from the lines of at least 8 characters."""
    long = [it for it in items if it.cells is None and len(it.text) >= 8]
    if len(long) < 3:
        return None
    xs0 = sorted(it.x0 for it in long)
    xs1 = sorted(it.x1 for it in long)
    return xs0[len(xs0) // 10], xs1[min(len(xs1) - 1, (len(xs1) * 9) // 10)]


def _starts_block(text: str) -> bool:
    """A line that starts a heading or numbered item, never the continuation of a sentence."""
    from kg.parse.outline import match_heading

    return bool(match_heading(text)) or bool(re.match(r"^(?:附件|抄送|主送|第[一二三四五六七八九十百零〇\d]+[条章节])", text))


def _join_wrapped(pages: list[list[_Item]]) -> list[_Item]:
    """Flatten the pages, joining a text line that reached the right margin with its continuation."""
    doc_margin = _margins([it for items in pages for it in items])
    out: list[_Item] = []
    for items in pages:
        margin = _margins(items) if len([it for it in items if it.cells is None]) >= 8 else None
        margin = margin or doc_margin
        for it in items:
            prev = out[-1] if out else None
            if (
                margin
                and prev is not None
                and prev.cells is None
                and it.cells is None
                and prev.extra.get("reaches")
                and not ends_sentence(prev.text)
                and it.x0 <= margin[0] + 0.6 * it.size
                and abs(it.size - prev.size) <= 1.5
                and not _starts_block(it.text)
            ):
                prev.text = join_wrapped(prev.text, it.text)
                prev.extra["reaches"] = it.x1 >= margin[1] - 1.2 * it.size
                continue
            it.extra["reaches"] = bool(margin) and it.cells is None and it.x1 >= margin[1] - 1.2 * it.size
            out.append(it)
    return out


def _join_table_pages(pages: list[list[_Item]]) -> list[list[_Item]]:
    """A table continued on the next page: a repeated header row is dropped, and a first row whose first
    cell is empty (the rest of a row the page break cut) is joined cell by cell to the last row."""
    header: list[str] | None = None  # the header row of the last table begun
    last: _Item | None = None  # the last item of the previous page
    for items in pages:
        same_table = lambda it: it.cells is not None and last is not None and last.cells is not None \
            and len(it.cells) == len(last.cells)
        if items and same_table(items[0]) and items[0].cells == header:
            items.pop(0)
        if items and same_table(items[0]) and not items[0].cells[0] and any(items[0].cells[1:]):
            first = items.pop(0)
            last.cells = [join_wrapped(a, b) for a, b in zip(last.cells, first.cells)]
            last.text = "\t".join(last.cells)
        begun = set()
        for it in items:
            if it.cells is not None and it.table not in begun:
                begun.add(it.table)
                if it.cells[0] in ("序号", "编号") or not any(re.search(r"\d", c) for c in it.cells):
                    header = it.cells
        last = items[-1] if items else last
    return pages


def _mark_gaps(items: list[_Item]) -> None:
    """A vertical gap of well over a line's height between two lines of a page marks a block break."""
    pitches = [b.top - a.top for a, b in zip(items, items[1:]) if a.page == b.page and b.top > a.top]
    if not pitches:
        return
    pitch = statistics.median(pitches)
    for a, b in zip(items, items[1:]):
        if a.page == b.page and b.top - a.bottom > max(1.2 * pitch, 1.5 * b.size):
            b.gap_before = True


def items_to_result(path: str, pages: list[list[_Item]], fmt: str = "pdf", warnings: list[str] | None = None) -> ReadResult:
    """Document-level repairs over the pages' items, then the lines with their pages."""
    pages = _drop_running(pages)
    pages = _join_table_pages(pages)
    for items in pages:
        _mark_gaps(items)
    items = _join_wrapped(pages)
    lines: list[str] = []
    page_of: list[int] = []
    for it in items:
        if it.gap_before and lines and lines[-1]:
            lines.append("")
            page_of.append(it.page)
        lines.append(clean_line(it.text))
        page_of.append(it.page)
    return ReadResult(path, fmt, lines, page_of, fmt, len(pages), list(warnings or []))


def _open(pdfplumber, path: str):
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages  # parses the page tree: a truncated or corrupt file fails here
    except Exception as exc:
        raise InputError(path, f"not a readable PDF ({_reason(exc)})") from exc
    return pdf


def _has_images(page) -> bool:
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _open_pdfium(path: str):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(path)
    except Exception as exc:
        raise InputError(path, f"not a readable PDF ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted: it needs a password"
    msg = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{name}: {msg}" if msg else name


def read_pdf(path: str | Path, ocr: bool | None = None) -> ReadResult:
    """Read a PDF; pages without a text layer go to OCR.

    Args:
        ocr: scanned pages (images, no text): True requires OCR (an error when it is not installed),
            False refuses it, None uses it when installed. A blank page is no scan and is left empty.

    Raises:
        InputError: a corrupt or encrypted PDF; a scan when OCR is off or not installed.
    """
    path = str(path)
    pages: list[list[_Item]] = []
    empty: list[int] = []
    # pypdfium2 reads a page's characters several times faster than pdfminer; pdfplumber's table finder
    # is used only on the pages that draw lines or boxes (where a ruled table can be).
    doc = _open_pdfium(path)
    plumber = None
    try:
        for n in range(1, len(doc) + 1):
            page = doc[n - 1]
            if _has_paths(page):
                if plumber is None:
                    plumber = _open(_pdfplumber(), path)
                pl_page = plumber.pages[n - 1]
                items = _page_items(pl_page, n)
                pl_page.close()  # frees the page's parsed objects: memory stays flat over long PDFs
            else:
                w, h = page.get_size()
                items = _layout(_pdfium_chars(page), [], n, float(w), float(h))
            if not items and _has_images(page):  # a scanned page; a blank page is simply empty
                empty.append(n)
            pages.append(items)
            page.close()
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"not a readable PDF ({_reason(exc)})") from exc
    finally:
        if plumber is not None:
            plumber.close()
        doc.close()
    if not pages:
        raise InputError(path, "not a readable PDF (no pages: truncated or corrupt file)")
    warnings = []
    if empty:
        from kg.read import ocr as ocr_mod

        if len(empty) == len(pages) and ocr is not False and ocr_mod.available():
            return ocr_mod.read_scanned_pdf(path)
        if len(empty) == len(pages) or ocr is True and not ocr_mod.available():
            raise NoTextLayer(path, ocr_mod.SCAN_MESSAGE)
        if ocr is not False and ocr_mod.available():
            for n in empty:
                pages[n - 1] = ocr_mod.ocr_page_items(path, n)
            warnings.append(f"pages {', '.join(map(str, empty))} are images: read by OCR")
        else:
            warnings.append(f"pages {', '.join(map(str, empty))} are images without text: {ocr_mod.SCAN_MESSAGE}")
    if not any(pages):
        raise InputError(path, "the PDF holds no text (blank pages)")
    return items_to_result(path, pages, "pdf", warnings)


def has_text_layer(path: str | Path) -> bool:
    """Whether any page of the PDF holds text (pypdfium2: fast, no layout analysis)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            if doc[i].get_textpage().count_chars() > 0:
                return True
        return False
    finally:
        doc.close()


def render_page_png(path: str | Path, page_no: int, scale: float = 1.5) -> bytes:
    """The image of one page (1-based) as PNG bytes, rendered on demand with pypdfium2.

    Raises:
        InputError: the file is not a readable PDF or has no such page.
    """
    import io

    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(str(path))
    except Exception as exc:
        raise InputError(path, f"not a readable PDF ({_reason(exc)})") from exc
    try:
        if not 1 <= page_no <= len(doc):
            raise InputError(path, f"no page {page_no} (the PDF has {len(doc)})")
        image = doc[page_no - 1].render(scale=scale).to_pil()
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
    finally:
        doc.close()
