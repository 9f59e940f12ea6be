"""A table flattened into lines that opens on its own header, its numbered rows run on over the next lines (issue #16).

A forum's copy of a 公示 (entrep25 fujian-laozihao-1pi-gongshi-forum-table.txt) prints its table as one run of cells,
header first, with nothing before it — "序号 单位名称 字号名称 1 福州聚春园集团有限公司 聚春园 2 福州民天集团有限公司 民天 … 8 …"
— and the rows run on over the next lines ("老卤 9 福州安泰楼酒家", the board's noise glued between them), while the prose
below says what the list is ("第一批“福建老字号”认定…初步确定37家…此次公示名单"). list_shapes.glued_table_rows reads such a
table only where the level is printed before the header on its own line; this shape reads the header's line and the
lines that continue it:

- the rows are numbered 1, 2, 3 … in order from the header on (a number in noise or in a cell, "J9", "1966年", is none);
- a row's holder is the longest enterprise name opening its cell run (the brand column after it, "聚春园", is no part of
  it), reported on the line where it is printed;
- the level is the one level of the designations the page quotes ("“福建老字号”" → 省级, held_lists.object_class), else
  the one it prints; proposed where the page tells of a 公示 or a 拟 list (enterprise_classes.proposal).
"""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import ENDING_PATTERN, is_enterprise, proposal
from kg.extract.held_lists import object_class
from kg.extract.list_shapes import Context, Shape, printed_level

__all__ = ["SHAPES", "quoted_level", "spread_table_rows"]

# a header that opens its line: "序号单位名称…", "序号企业名称…" (spaces removed)
_OPENING_HEADER = re.compile(r"^序号(?:企业|单位|合作社|农场)?名称")
_ROW_NO = re.compile(r"(?<![\d.．A-Za-z])(\d{1,3})(?=[\u4e00-\u9fff])")
# the longest run of name characters that ends with an enterprise's ending, from the cell's start
_LONGEST_NAME = re.compile(rf"[\u4e00-\u9fff()（）]{{2,40}}(?:{ENDING_PATTERN})")
_QUOTED = re.compile(r"“([^“”]{2,30})”")


def quoted_level(page: str) -> str | None:
    """The one level of the designations a page quotes ("第一批“福建老字号”认定" → 省级), else None."""
    levels = {lv for m in _QUOTED.finditer(page) if (lv := object_class(m[1]))}
    return levels.pop() if len(levels) == 1 else None


def _row_holder(cell_run: str) -> str | None:
    """The holder opening a row's cells: the longest prefix that is an enterprise's name."""
    for m in sorted(_LONGEST_NAME.finditer(cell_run[:60]), key=lambda m: -m.end()):
        if m.start() == 0 and is_enterprise(m[0]):
            return m[0]
    for end in range(min(len(cell_run), 40), 3, -1):  # (a shorter ending inside a longer one: …集团 of …集团有限公司)
        if is_enterprise(cell_run[:end]) and re.search(rf"(?:{ENDING_PATTERN})$", cell_run[:end]):
            return cell_run[:end]
    return None


def _table_start(ctx: Context) -> int | None:
    """The index of the line whose header opens the table this line belongs to: the line itself, or the nearest one
    above it with no blank line between (the rows run on line after line)."""
    k = ctx.index
    while k >= 0 and ctx.lines[k]:
        if _OPENING_HEADER.match(ctx.lines[k]):
            return k
        k -= 1
    return None


def spread_table_rows(text: str, ctx: Context) -> list[tuple[str, str, str | None, bool]]:
    """The holders of the rows of a header-led flattened table (see the module's docstring) printed on this line."""
    if not ctx.lines or (start := _table_start(ctx)) is None:
        return []
    if not (level := quoted_level(ctx.page) or printed_level(ctx.page)):
        return []
    run = "".join(ctx.lines[start : ctx.index + 1])
    mine = len(run) - len(text)  # (where this line's text starts in the run)
    numbers = list(_ROW_NO.finditer(run, _OPENING_HEADER.match(ctx.lines[start]).end()))
    proposed = bool(proposal(ctx.page))
    out, want = [], 1
    for i, m in enumerate(numbers):
        if int(m[1]) != want:
            continue
        end = next((n.start() for n in numbers[i + 1 :] if int(n[1]) == want + 1), len(run))
        want += 1  # (a row whose holder no ending marks is left, its number still counted)
        if (name := _row_holder(run[m.end() : end])) and m.start() >= mine:
            out.append((name, level, None, proposed))
    return out


SHAPES: tuple[Shape, ...] = (
    Shape("spread_table_rows", spread_table_rows,
          "序号 单位名称 字号名称 1 福州聚春园集团有限公司 聚春园 2 福州民天集团有限公司 民天 3 福州回春医药连锁有限公司 回春 "
          "4 福州豪峰食品有限公司 赛园",
          ("福州聚春园集团有限公司", "福州民天集团有限公司", "福州回春医药连锁有限公司", "福州豪峰食品有限公司"), "省级"),
)
