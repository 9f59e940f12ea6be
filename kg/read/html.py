"""Web pages saved from government sites: the 信息公开 metadata as "字段：值" lines, then the main content.

The metadata block (索引号, 发布机构, 发文字号, 成文日期, 发布日期, 有效性 …) is read from the whole page, as a
table of label/value cells or as "label：value" text, and put at the top so the segmenter sees the 文号 and
dates. The main content is found by trafilatura (tables kept, one line per row with tab-separated cells);
when it finds nothing (a very short page), the page's text blocks are used instead. Navigation, scripts and
styles never reach the text.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.read.base import ReadResult, clean_line

__all__ = ["read_html", "html_metadata", "html_lines", "METADATA_LABELS"]

# The labels of the metadata table of 政府信息公开 pages, in the order they are emitted when present.
METADATA_LABELS = ("标题", "名称", "索引号", "信息分类", "主题分类", "组配分类", "体裁分类", "分类", "发布机构", "发文机关", "发文机构",
                   "发文单位", "发文字号", "文号", "成文日期", "发文日期", "发布日期", "生效日期", "实施日期", "废止日期",
                   "失效日期", "有效性", "是否有效", "主题词", "来源")
# Sites pad labels to one width with spaces ("索 引 号", "文    号"): a label matches with spaces between its characters.
_LABEL = re.compile(r"^\s*(?P<label>" + "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(METADATA_LABELS, key=len, reverse=True))
                    + r")\s*[:：]?\s*(?P<rest>.*)$", re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "dd", "dt",
           "blockquote", "pre", "br", "table", "ul", "ol", "dl", "center", "font"}


def _decode(data: bytes, name: str) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii").lower()
        enc = "gb18030" if enc in ("gb2312", "gbk", "gb18030") else enc
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    from kg.parse.read import decode_bytes

    return decode_bytes(data, name)[0]


def _tree(html: str):
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises ParserError on an empty document
        raise ValueError(str(exc)) from exc
    for bad in tree.xpath("|".join(f"//{t}" for t in _DROP)):
        bad.drop_tree()
    return tree


def _chunks(tree) -> list[str]:
    """The page's text pieces in order (each element's own text and tail), whitespace folded."""
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for t in (el.text, el.tail):
            t = re.sub(r"\s+", " ", t or "").strip()
            if t:
                out.append(t)
    return out


def _field(chunk: str) -> tuple[str, str | None] | None:
    """(label, value or None when the value is the next piece) of a metadata piece, else None."""
    m = _LABEL.match(chunk)
    if not m:
        return None
    label = re.sub(r"\s+", "", m["label"])
    after = m["rest"].strip()
    if not after:
        return label, None
    # "来源于…", "名称为…": the label word starts a sentence, it is not a field
    colon = re.match(r"\s*[:：]", chunk[m.end("label"):])
    return (label, after) if colon else None


def html_metadata(tree) -> list[tuple[str, str]]:
    """(label, value) pairs of the 信息公开 block: "索引号：X" in one piece, or the label and the value in two."""
    chunks = _chunks(tree)
    found: dict[str, str] = {}
    for i, c in enumerate(chunks):
        f = _field(c)
        if not f or f[0] in found:
            continue
        label, value = f
        if value is None:
            nxt = chunks[i + 1] if i + 1 < len(chunks) else ""
            value = None if not nxt or _field(nxt) else nxt
        if value and len(value) <= 120:
            found[label] = value
    return [(k, found[k]) for k in METADATA_LABELS if k in found]


def _xml_lines(xml: str) -> list[str]:
    """trafilatura's XML → lines: one per paragraph, heading or list item, one per table row."""
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    main = main if main is not None else root
    lines: list[str] = []

    def text_of(el) -> str:
        return re.sub(r"\s+", " ", "".join(el.itertext())).strip()

    def walk(el):
        for child in el:
            tag = child.tag
            if tag == "table":
                for row in child.iter("row"):
                    cells = [text_of(c) for c in row.findall("cell")]
                    if any(cells):
                        lines.append("\t".join(cells) if len(cells) > 1 else cells[0])
            elif tag in ("list", "div", "quote"):
                walk(child)
            elif tag in ("p", "head", "item", "code"):
                parts = []
                buf = [child.text or ""]
                for sub in child:
                    if sub.tag == "lb":
                        parts.append("".join(buf))
                        buf = [sub.tail or ""]
                    else:
                        buf.append("".join(sub.itertext()) + (sub.tail or ""))
                parts.append("".join(buf))
                lines.extend(p for p in (re.sub(r"\s+", " ", x).strip() for x in parts) if p)
            else:
                t = text_of(child)
                if t:
                    lines.append(t)

    walk(main)
    return lines


def _block_lines(tree) -> list[str]:
    """Fallback when trafilatura finds no main content: the body's text blocks, tables as rows."""
    body = tree.find("body")
    body = body if body is not None else tree
    lines: list[str] = []
    for tr in body.iter("tr"):
        cells = [re.sub(r"\s+", " ", c.text_content()).strip() for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        tr.text = ("\t".join(cells) if len(cells) > 1 else (cells[0] if cells else "")) + "\n"
        for c in list(tr):
            tr.remove(c)
    for br in body.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "") if el.tag != "tr" else el.text
    for raw in body.text_content().split("\n"):
        s = raw.strip() if "\t" not in raw else "\t".join(c.strip() for c in raw.split("\t"))
        if s.strip():
            lines.append(s)
    return lines


def _page_title(tree) -> str | None:
    """The page's own title when the metadata names none: its first <h1>, else <title>."""
    for xpath in ("//h1", "//title"):
        for el in tree.xpath(xpath):
            t = re.sub(r"\s+", " ", el.text_content()).strip()
            if len(t) >= 4:
                return t
    return None


def html_lines(html: str) -> list[str]:
    """The lines of a saved page: metadata first ("字段：值"), a blank line, then the main content."""
    tree = _tree(html)
    meta = html_metadata(tree)
    content: list[str] = []
    try:
        import trafilatura

        xml = trafilatura.extract(html, include_tables=True, include_comments=False, include_images=False,
                                  include_links=False, output_format="xml", favor_recall=True)
        if xml:
            content = _xml_lines(xml)
    except ImportError:  # pragma: no cover - trafilatura is in the formats extra
        content = []
    if sum(len(x) for x in content) < 50:
        content = _block_lines(_tree(html))
    if not any(k in ("标题", "名称") for k, _ in meta):
        title = _page_title(_tree(html))
        if title:
            meta.insert(0, ("标题", title))
    values = {re.sub(r"\s+", "", v) for _, v in meta}

    def only_meta(line: str) -> bool:
        """A line of the metadata block itself (the content kept it): labels and their values only."""
        parts = [p for p in (x.strip() for x in re.split(r"\t|(?<=[：:])", line)) if p]
        labels = [p for p in parts if _field(p) and _field(p)[1] is None]
        rest = [re.sub(r"\s+", "", p) for p in parts if p not in labels]
        return bool(labels) and all(r in values or _field(r) and re.sub(r"\s+", "", _field(r)[1] or "") in values
                                    for r in rest)

    content = [c for c in content if not only_meta(c)]
    lines = [f"{k}：{v}" for k, v in meta]
    if lines and content:
        lines.append("")
    return [clean_line(x) for x in lines + content]


def read_html(path: str | Path, data: bytes | None = None) -> ReadResult:
    """Read a saved web page.

    Raises:
        InputError: the page cannot be decoded or holds no text.
    """
    data = Path(path).read_bytes() if data is None else data
    html = _decode(data, str(path))
    try:
        lines = html_lines(html)
    except ValueError as exc:
        raise InputError(path, f"not a readable HTML page ({exc})") from exc
    if not any(ln.strip() for ln in lines):
        raise InputError(path, "the HTML page holds no text")
    return ReadResult(str(path), "html", lines, None, "html")
