"""Titles run into the text of a page printed as one line, in the shapes fallback_header's own glued readers
(`_glued_title`: a 关于 title, a rule's title before its 第一条, a work report) leave: a title printed twice, a title
without 关于 run into its opening sentence, an attachment's title over its table's column heads. Each shape is a row
of GLUED_TITLE_STYLES with the line it was written for (tests/test_glued_titles.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.normalize import compact, fold, normalize_doc_number

__all__ = ["GluedStyle", "GLUED_TITLE_STYLES", "glued_title_in", "glued_page_title"]

# the kinds a title ends in (patterns.DOC_TYPE_END's, less those a sentence ends in as often: 函, 分解, 答复)
_KIND = r"(?:通知|意见|方案|办法|规定|规划|细则|决定|通告|公告|通报|批复|报告|计划|预案|条例|清单|名单|指南|要点|纲要)"
# what no title holds: a sentence's stops and quotes
_TITLE_CHAR = r"[^。，,：:；;《》“”\s]"


@dataclass(frozen=True)
class GluedStyle:
    """One way a one-line page runs its title into its text: `pattern` matches the line (its `title` group the
    title), on the compacted line or, where `spaced`, on the line as printed, folded (normalising drops the spaces
    between Chinese words, and here they are the only bounds)."""

    name: str
    pattern: re.Pattern
    spaced: bool = False


GLUED_TITLE_STYLES: tuple[GluedStyle, ...] = (
    # a page's heading and its 正文's heading glued, the same title twice, then the page's fields: "关于公布2020年度省级
    # “专精特新”中小企业的通知关于公布2020年度省级“专精特新”中小企业的通知 来源:山东省工业和信息化厅 鲁工信创〔2020〕217号 各市…"
    # (the echo bounds the title, so quotes inside it are its own)
    GluedStyle("echoed_title", re.compile(rf"^(?P<title>[^。，,：:；;\s]{{6,80}}?{_KIND})(?P=title)")),
    # a title without 关于, its kind run into the opening sentence's ground or purpose: "区利用消费热点促进居民消费意见针对
    # 一季度我区商贸流通业出现销售水平整体下滑,…" (_glued_title reads 关于 titles so, before 为 / 根据 / 按照)
    GluedStyle("kind_into_opening_sentence", re.compile(
        rf"^(?!根据|依据|依照|按照|针对|为|附件)(?P<title>{_TITLE_CHAR}{{6,40}}?{_KIND})"
        r"(?=针对|根据|依据|依照|按照|为了|为进一步|为深入|为切实|为全面|为加快|为推动|为加强)")),
    # an attachment's title over its table, the column heads after it on the same line, set apart by spaces: "附件 监利县
    # 2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县…"
    GluedStyle("attachment_over_table", re.compile(
        rf"^附件\s*\d{{0,2}}[:：]?\s*(?P<title>{_TITLE_CHAR}{{6,60}}?(?:{_KIND}|表))\s+"
        r"(?=[^。]{0,30}?(?:责任单位|牵头单位|配合单位|责任部门|牵头部门|完成时限|完成时间|序号))"), spaced=True),
)


def glued_title_in(text: str, printed: str | None = None) -> tuple[str, str, str | None] | None:
    """(style name, title, 文号 printed right after it or None) of the first style matching a one-line page's line
    (`text` normalised, `printed` as read: the spaced styles read that one, folded)."""
    for style in GLUED_TITLE_STYLES:
        m = style.pattern.match(fold(printed or text).strip() if style.spaced else compact(text))
        if m is None:
            continue
        title = compact(m["title"])
        return style.name, title, _number_after(fold(printed or text), title) if style.name == "echoed_title" else None
    return None


def _number_after(text: str, title: str) -> str | None:
    """The 文号 standing alone among the words right after the echoed title ("来源:山东省工业和信息化厅 鲁工信创〔2020〕217号
    各市…"): the page's own fields before the text; a number glued to other words is no field."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if title in compact(w)), None)
    for w in words[at + 1: at + 6] if at is not None else ():
        if "。" in w:
            break
        if P.DOC_NUMBER.fullmatch(w):
            return normalize_doc_number(w)
    return None


def glued_page_title(lines: list[Line], start: int, end: int) -> tuple[int, str, str | None] | None:
    """(line, title, 文号 or None) of the first line over 80 characters, under nothing but short lines (a byline,
    a site's column), when it opens with its title in one of GLUED_TITLE_STYLES."""
    rows = [k for k in range(start, min(end, len(lines))) if not lines[k].blank][:6]
    first = next((k for k in rows if len(compact(lines[k].text)) > 80), None)
    if first is None or any(len(compact(lines[k].text)) > 40 or "。" in lines[k].text for k in rows if k < first):
        return None
    found = glued_title_in(lines[first].text, lines[first].raw)
    return (first, found[1], found[2]) if found else None
