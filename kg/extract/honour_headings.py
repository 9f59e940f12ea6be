"""Section headings that name an honour over its holders, printed one a line below it ("一、十强农业龙头企业").

A 表彰 通报 (or any page conferring honours) may list its honoured enterprises under numbered section headings that
name the honour and no level: "一、十强农业龙头企业" ⏎ "1.绍兴市咸亨酒店食品有限公司" ⏎ … ⏎ "三、十强农业产业升级投资企业" ⏎ …
(绍兴市人民政府办公室's 2009 现代农业建设竞赛 通报, fresh42). The holders take the level of the page's act or of its issuer
(holder_reader.HolderReader); a section naming no enterprises ("二、十强农业特色乡镇") lists no holder (its items are no
enterprises). Each style is a named pattern tried in order; tests/test_honour_headings.py holds their real lines.
"""

from __future__ import annotations

import re

__all__ = ["HONOUR_HEADINGS", "honour_heading"]

# a section's Chinese number ("一、", "（二）")
_NO = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
# the words that make a heading an honour: a rank (十强, 50强), a merit (先进, 优秀, 突出贡献), a model (示范, 标兵, 明星)
_HONOUR = r"(?:(?:\d{1,3}|[十百千])强|十佳|百佳|先进|优秀|突出贡献|示范|标兵|明星|模范|龙头)"
# (what the heading ends in: the holders' kind, an optional count and colon)
_HOLDERS = r"(?:企业|单位)(?:[(（]共?\d{1,4}[家户个][)）])?[:：]?$"

HONOUR_HEADINGS: list[tuple[str, re.Pattern]] = [
    # "一、十强农业龙头企业", "三、十强农业产业升级投资企业" (绍兴 通报, fresh42)
    ("numbered_honour_企业", re.compile(rf"^{_NO}(?:\d{{4}}年度?)?[\u4e00-\u9fff“”\"]{{0,12}}?{_HONOUR}"
                                       rf"[\u4e00-\u9fff“”\"]{{0,12}}?{_HOLDERS}")),
]

# an application, a proposal or a withdrawal names no honour held
_NOT_HELD = re.compile(r"申报|推荐|候选|拟|撤销|取消|整改|警示|黄牌|红牌|培育")


def honour_heading(line: str) -> str | None:
    """The name of the style a section heading naming an honour over its holders matches, or None."""
    if len(line) > 30 or _NOT_HELD.search(line):
        return None
    return next((name for name, pattern in HONOUR_HEADINGS if pattern.match(line)), None)
