"""The fallback header of a file (or a part of one) with no recognised header: its title read from the first
title-shaped line, a page's link to the document's own file, a responsibility list's item, a 文号 run on into
its 主送, a fuller or untagged copy of the title further down, a title glued into the first sentence, or a
sharing site's file name. Apart from pages.py, which reads headers from metadata blocks, because this is the
last resort of segmentation, tried only where nothing else named the document."""
from __future__ import annotations

import re
from pathlib import Path

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.header_lines import (_TITLE_TAIL, about_title_run, _date_and_number, _is_header_stop, _title_complete, _unglue,
                                   drop_betting_path)
from kg.parse.headers import MAX_TITLE_LINES, Header, _c, _nonblank_after
from kg.parse.metadata import is_metadata_line, parse_any_date
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.signature import is_signer
from kg.parse.page_titles import (_CLOSES_FIRST, _FULL_TEXT_FOLLOWS, _ORIGINAL_TITLE, _QUOTED_LABEL, _READING_LEAD,
                                  _TITLE_AND, _bare_title, _first_title, _full_text_named, _original_title,
                                  _NEWS_BYLINE, _reported_document, _title_like, _title_shaped)
from kg.parse.title_organs import opening_organs
from kg.parse.decree_page import flattened_decree, flattened_notice
from kg.parse.congress_notices import congress_notice
from kg.parse.glued_titles import glued_page_title

__all__ = ["fallback_header"]


# a document-sharing site's caption of one page of the file, a line each ("街辦創建工作方案_第1頁" ⏎ "…_第2頁", boteman.cn)
_PAGE_CAPTION = re.compile(r"^(?P<stem>\S{4,60}?)_第\d{1,3}页$")


_PUBLICITY_END = re.compile(r"关于.{4,}的公示$")


def _closes_quote(lines: list[Line], title: str, last: int, nxt: list[int], end: int | None) -> bool:
    """Whether the short line right after a title whose 《 is still open closes it."""
    if title.count("《") <= title.count("》") or not nxt or nxt[0] - last > 2 or (end is not None and nxt[0] >= end):
        return False
    c = _c(lines[nxt[0]])
    return "》" in c and len(c) <= 40 and "。" not in c


def _fallback_title(lines: list[Line], j: int, end: int | None = None) -> tuple[str, int]:
    """The title at line j, joined with short title-like lines after it (before index `end`) until it ends
    like a title."""
    title, last = _c(lines[j]), j
    caption = _PAGE_CAPTION.match(title)
    if caption:  # a sharing site's caption of the file's first page: the file's name, no line joined to it
        return caption["stem"], j
    for _ in range(MAX_TITLE_LINES - 1 if not _FILE_NAME.match(title) else 0):  # (a file's name is one line)
        nxt = _nonblank_after(lines, last, 1)
        if _closes_quote(lines, title, last, nxt, end):
            # a quoted name the title opened is closed on the next line, its inner quotes as angle brackets: the title's
            # own line, even after a kind word and where it reads as a breadcrumb ("…国家体育总局<冰雪旅游发展行动计划" ⏎
            # "(2021-2023年)>的实施方案》的通知", fresh55 jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt)
            title, last = title + _c(lines[nxt[0]]), nxt[0]
            continue
        # (a 公示 titled "关于…的公示" ends there too: the short organ on the value line under it is no part of it,
        # "关于2024年度金华市小微企业园…的公示" ⏎ "市经信局" ⏎ "2025-08-11", a city bureau's value-only metadata block)
        if P.DOC_TYPE_END.search(title) or _PUBLICITY_END.search(title):
            c = _c(lines[nxt[0]]) if nxt and nxt[0] - last <= 2 and (end is None or nxt[0] < end) else ""
            if _TITLE_AND.match(c) and P.DOC_TYPE_END.search(c):
                title, last = title + c, nxt[0]  # a compound title's "和…纲要" line
            elif c and not _title_complete(title) and _TITLE_TAIL.match(c):
                title, last = title + c, nxt[0]  # "关于印发…三年行动计划" ⏎ "(2023—2025年)的通知"
            elif c and (run := _about_run(lines, last, end, title)):
                title, last = title + "".join(_c(lines[k]) for k in run), run[-1]  # "关于…计划" ⏎ "执行情况与…" ⏎ "计划的报告"
            break
        if not nxt or nxt[0] - last > 3 or (end is not None and nxt[0] >= end):
            break  # a preamble's name never runs into the header after it
        c = _c(lines[nxt[0]])
        if last == j and _byline_over_title(title, c):
            title, last = c, nxt[0]  # "山东省人民政府" ⏎ "山东省实施《…》办法(2004年修正)": the organ signs, the title is below
            continue
        if (P.is_organ(title) or is_signer(title)) and c in _KIND_WORDS:
            # (or a command signing under its long name: "石门县新型冠状病毒感染的" ⏎ "肺炎疫情防控指挥部" ⏎ "通 告")
            title, last = title + c, nxt[0]  # "某县人民政府" ⏎ "通告": the organ's notice
            break
        if title.startswith("关于") and title.endswith("的") and c in _KIND_WORDS | _REPLY_KINDS:
            # "关于禁止在公路上打场晒粮的" ⏎ "通告": a 关于 title broken before its kind, the kind alone on the last line
            title, last = title + c, nxt[0]
            break
        if last == j and (P.is_organ(title) or is_signer(title)) and _NUMBERED_ORDER.fullmatch(c):
            title, last = title + c, nxt[0]  # "红安县新型冠状病毒感染的肺炎防控指挥部" ⏎ "2号令": the command's order
            break
        # (nor a byline of a name, the posting day and the view counter: "廣東裝配式建筑分會(huì ) 2021-04-27 3632" under a converter's
        # 解读 headline, fresh49's 广东)
        if len(c) > 40 or not _title_like(c) or re.search(r"来源|时间|日期|浏览|发布", c) or _is_header_stop(c) \
                or re.search(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\d{1,7})?$", c) \
                or _ORIGINAL_TITLE.match(c) or _BULLETED.fullmatch(lines[nxt[0]].raw):
            break  # (the item's 原标题 credit under its headline is no line of it, nor a page's bulleted tab under an
            # title: "• 会议题目 • 于晓东主持召开区政府第4次常务会议" ⏎ "  • 会议内容" ⏎ "  • 提纲速读")
        if title.endswith(c):
            last = nxt[0]  # the title's last line printed twice (a page's layout echo): once is the title
            break
        if last > j and title.startswith(c):
            break  # the whole title printed again from its first line ("…“金树叶级”" ⏎ "“银树叶级”…出炉", twice)
        title, last = title + c, nxt[0]
    return title, last


def _about_run(lines: list[Line], last: int, end: int | None, title: str) -> list[int]:
    """The indices of the lines after a 关于 title cut at a type word that are still its own (header_lines.about_title_run)."""
    rows, at = [], last
    for _ in range(2):
        nxt = _nonblank_after(lines, at, 1)
        if not nxt or nxt[0] - at > 2 or (end is not None and nxt[0] >= end):
            break
        rows.append(nxt[0])
        at = nxt[0]
    n = about_title_run(title, [_c(lines[k]) for k in rows])
    return rows[:n]


def _headline_over_text(lines: list[Line], start: int, j: int) -> int:
    """The page's headline, its first line, where the title found at line j stands below the item's text and opens with
    no organ ("浙江省省长、副省长2024年牵头重点工作公布" ⏎ "2024年是…。" ⏎ "近日,…印发…的通知,公布…。" ⏎ "2024年政府工作报告重点
    工作责任分解", the heading of the list the item reports): the item is the headline's (a document reprinted under the
    text opens with its organ, "天津市人民政府印发关于…的通知", and is the item's own)."""
    rows = [k for k in range(start, j) if not lines[k].blank]
    if not rows or not any("。" in lines[k].text for k in rows):
        return j  # (a sentence: a site's long contact line is no text)
    first, c = rows[0], _c(lines[j])
    head = _c(lines[first])
    text = next(k for k in rows if "。" in lines[k].text)
    if text == first or any(not _NEWS_BYLINE.search(_c(lines[k])) for k in rows[1:rows.index(text)]):
        return j  # (only the headline, and its byline, over the text: a site's chrome above is another page's top)
    if not _title_like(head) or len(head) > 60 or opening_organs(c) or P.ORGAN_TITLE.match(c) \
            or P.is_organ(head) or _NEWS_BYLINE.search(head):
        return j
    return first


# a page's label for the title set off by a bullet on the title's line ("• 会议题目 • 于晓东主持召开区政府第4次常务会议",
# file2019.huancui.gov.cn): the label is no part of it
_BULLET_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:题目|标题|名称)\s*[•·●]\s*(?=\S{6,})")
# an e-book viewer's page head run into the title on its line ("Page 22 - 内蒙古自治区人民政府办公厅关于印发…的通知", a
# flipbook page's text layer, its "P. 22" on the next line): the page's, not the title's
_PAGE_HEAD = re.compile(r"^(?:Page|P\.)\s*\d{1,4}\s*[-–—]\s*(?=[\u4e00-\u9fff]\S{5,})", re.IGNORECASE)
# a line the page printed as a short bulleted item (a menu's or a tab bar's)
_BULLETED = re.compile(r"\s*[•·●◆■▪○]\s*[\u4e00-\u9fff]{2,6}\s*")


def _byline_over_title(organ: str, c: str) -> bool:
    """An organ line over a whole title that opens with the organ's own place and names no 关于 ("山东省人民政府" ⏎ "山东省
    实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)"): the title names its subject itself, so the organ line is the
    law site's byline, not the title's first words (an organ over "关于…" opens the title, see organs_over_title)."""
    place = P.ORGAN_PLACE.match(organ) if P.is_organ(organ) else None
    return bool(place) and len(place[0]) >= 2 and c.startswith(place[0]) and not P.is_organ(c) \
        and "关于" not in c and bool(P.DOC_TYPE_END.search(c)) and len(c) <= 60


# an order or notice of a series named by its number alone under its organ ("2号令", "第3号令", "第9号通告")
_NUMBERED_ORDER = re.compile(r"第?[〇零一二三四五六七八九十\d]{1,4}号(?:令|通告|公告)")
# a notice's kind printed alone under its organ ("某县人民政府" ⏎ "通告")
_KIND_WORDS = {"公告", "通告", "布告", "通知", "决定", "命令", "公报"}
# (the kinds a 关于 title ends in that no organ prints alone under its name: "关于同意…的" ⏎ "批复")
_REPLY_KINDS = {"批复", "意见", "函", "通报", "公示", "请示"}


def _organ_over_title(lines: list[Line], start: int, j: int, title: str) -> tuple[int, str]:
    """The title with the organ line printed right above its 关于 line ("安平县交通运输局" ⏎ "关于禁止在公路上打场晒粮的" ⏎
    "通告", a county bureau's 通告 with no 文号 or 主送, copied to a forum): the organ opens the title, as a header's organ line
    does (headers._header_at). A line standing apart (a blank between) or a page's heading over it is no part of it, nor
    an organ over an attachment's title under the text and its signature ("金乡县农业局 金乡县财政局" ⏎ "2018年6月22日" ⏎
    "山东省农业厅" ⏎ "山东省财政厅" ⏎ "关于深入推进…的通知", as title_organs.organs_over_title reads it)."""
    k = j - 1
    top = [a for a in range(start, k) if not lines[a].blank]
    if not title.startswith("关于") or k < start or lines[k].blank or len(top) > 6 \
            or any(len(_c(lines[a])) > 40 or "。" in lines[a].text for a in top):
        return j, title
    c = _c(lines[k])
    above = next((a for a in range(k - 1, max(start, k - 3) - 1, -1) if not lines[a].blank), None)
    if not P.is_organ(c) or (above is not None and _c(lines[above]).endswith(title)):
        return j, title
    return k, c + title


# A page's link to the document's own file: "[文号]关于…的通知.pdf"
_LINKED_FILE = re.compile(
    rf"(?P<num>{P.DOC_NUMBER.pattern})?(?P<title>关于[^。，,；;：:]{{4,80}}?(?:通知|意见|决定|通报|公告|通告|批复|办法|方案|规定))"
    r"\.(?:pdf|docx?|wps|ofd)", re.IGNORECASE)
# a 文号 whose organ part is set off by a bracket or punctuation: where its organ part starts is certain
_SET_OFF_NUMBER = re.compile(rf"(?<![\u4e00-\u9fff])(?:{P.DOC_NUMBER.pattern})")


def _number_start(num: str, text: str) -> str | None:
    """A 文号 found glued to the words before it ("名单天政办函〔2023〕23号"): cut where the place's other numbers
    in the same text start ("(天政发〔2018〕11号)" → 天政办函〔2023〕23号); None when nothing tells."""
    firsts = {m[0][0] for m in _SET_OFF_NUMBER.finditer(text) if m[0] != num}
    prefix = num[: num.index("〔")] if "〔" in num else num
    for k in range(len(prefix) - 1):
        if prefix[k] in firsts:
            return normalize_doc_number(num[k:])
    return None


def _linked_file(lines: list[Line], start: int, end: int) -> tuple[str, str | None] | None:
    """(title, 文号 or None) of the first document file a page links to, in its first lines."""
    for j in range(start, min(end, start + 40)):
        c = _c(lines[j])
        m = _LINKED_FILE.search(c)
        if m:
            return m["title"], _number_start(normalize_doc_number(m["num"]), c) if m["num"] else None
    return None


# a copy site's line naming the page it copied: its title glued to its address (printed once or more), under the text
# ("…自治区发展和改革委员会" ⏎ "2020年10月15日" ⏎ "关于自治区2020年度第八批棉花加工企业通过验收的公示http://xjdrc….shtmlhttp://…")
_URL_TITLED = re.compile(r"^(?P<title>[^。，,；;：:《》]{0,30}?关于[^。；;：:]{4,80}?的(?:通知|意见|决定|通报|公告|通告|批复|公示|办法|方案|规定))"
                         r"(?:https?://[\x21-\x7e]+)+$")


def _url_titled(lines: list[Line], start: int, end: int) -> str | None:
    """The title a copy site prints glued to the copied page's address, on a line of its own."""
    return next((m["title"] for k in range(start, min(end, len(lines))) if (m := _URL_TITLED.match(_c(lines[k])))), None)


# a responsibility list's entry names its item: "管理事项 中考、高考保障" (责任清单 / 职责边界 pages)
_ITEM_FIELD = re.compile(r"^(?:管理事项|事项名称|职责事项)[:：]?(?P<v>[\u4e00-\u9fff、（）()“”]{2,40})$")


def _item_field(lines: list[Line], start: int, end: int) -> tuple[int, str] | None:
    """(line, item) of the 管理事项 field among the first lines."""
    for k in [k for k in range(start, min(end, len(lines))) if not lines[k].blank][:10]:
        m = _ITEM_FIELD.match(_c(lines[k]))
        if m:
            return k, m["v"]
    return None


# a page's first line opening with the 文号, the 主送 run on after it up to its colon (a page printed as one long line;
# a title between them, "某政发〔2023〕5号 关于…的通知 各乡镇:", is a glued notice's header, not this)
_NUMBER_THEN_RECIPIENTS = re.compile(rf"^(?P<num>{P.DOC_NUMBER.pattern})(?P<to>[^。；;:：《》]{{2,120}}[：:])")


# a scholarly index's tag opening an abstract's text ("<正>津政办发〔2021〕42号各区人民政府,…:"), and the label over it
_ABSTRACT_TAG = re.compile(r"^[<＜〈‹]正[>＞〉›]")
_ABSTRACT_LABEL = re.compile(r"^[【\[]?(?:内容)?摘要[】\]]?[:：]?$")


# the masthead the abstract keeps glued before the 文号 ("<正>辽宁省人民政府文件辽政发[2021]19号各市人民政府,…", docmeta134)
_GLUED_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{4,30}?文件(?=[\u4e00-\u9fff]{1,10}[〔\[［【(（﹝]\s*(?:19|20)\d{2})")


def _number_then_recipients(c: str, title: str = "") -> re.Match | None:
    c = _GLUED_MASTHEAD.sub("", _ABSTRACT_TAG.sub("", c))
    m = _NUMBER_THEN_RECIPIENTS.match(c) if len(c) >= 150 else None
    # (the title the page printed over it may run between, the attached file flattened onto its line under the page's
    # title: "云县人民政府文件 云县政府发〔2018〕29 号 云县人民政府关于印发云县人民政府 工作规则的通知 各乡、…:", fresh51's 云县)
    to = m["to"][len(title):] if m and len(title) >= 8 and m["to"].startswith(title) else m["to"] if m else ""
    return m if m and "关于" not in to and P.RECIPIENTS.match(to) else None


def _fuller_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a document site's heading ("贯彻落实《…》的任务分解方案") is the tail of the title the
    document prints below it over two lines ("石景山区贯彻落实《关于加强新时代" ⏎ "街道工作的意见》的任务分解方案"): the
    document's own, fuller copy is its title."""
    bare = _bare_title(title)
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:12]:
        # (a labelled copy, "原标题:省企业…", is the item's credit, not the document's own title)
        if not _title_like(_c(lines[k])) or _CLOSES_FIRST.match(_c(lines[k])) or re.search(r"[:：]", _c(lines[k])):
            continue
        fuller, last = _fallback_title(lines, k, end)
        # (an organ line over a title that names its own place is the banner, not the title's start: "耒阳市人民政府" ⏎
        # "耒阳市省直管县经济体制" ⏎ "改革试点工作方案" under the heading "耒阳市省直管县经济体制改革试点工作方案")
        banner = _bare_title(fuller)[: len(_bare_title(fuller)) - len(bare)]
        # (nor a wiki's navigation line, the previous text's whole title and this one's apart by a space: "西藏自治区国民经济和社会
        # 发展第十三个五年规划纲要 西藏自治区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要" under the page's title
        # (fresh61 xizang_zizhiqu-2021-shisiwu-guihua-gangyao-wikisource.txt:4))
        if P.DOC_TYPE_END.search(banner) and len(banner) >= 8 and k == last \
                and [compact(x) for x in lines[k].raw.split()][-1:] == [bare]:
            continue
        if len(bare) >= 8 and _bare_title(fuller).endswith(bare) and len(_bare_title(fuller)) > len(bare) \
                and not re.search(r"[:：]", fuller) \
                and not _FILE_STAMP.fullmatch(_bare_title(fuller)[: len(_bare_title(fuller)) - len(bare)]) \
                and not _PERSON_CREDIT.fullmatch(banner):
            # (nor a template's author line over the copy: "关于…实施方案" ⏎ "王明刚老师" ⏎ "关于…实施方案", tasks117)
            # (nor a label joined to it: "基本介绍" ⏎ "中文名:…"; nor the page's file stamp before it: "20260108-(2026年
            # 第1号)光泽县人民政府森林防火禁火令" under the headline "光泽县人民政府森林防火禁火令")
            # (or any organ printed on its own line over the copy of a rule's title, a law site's byline: "海洋预报业务管理暂行
            # 规定" ⏎ "国家海洋局" ⏎ "海洋预报业务管理暂行规定" ⏎ "1999年7月13日,国家海洋局")
            if P.is_organ(banner) and not P.TITLE_START.match(bare) \
                    and (P.ORGAN_PLACE.match(bare) or banner == _c(lines[k]) and P.DOC_TYPE_END.search(bare)):
                return k, title, last  # the document's copy, its title as the heading prints it
            return k, fuller, last
    return j, title, title_end


# a person credited by name and title, no organ ("王明刚老师"): an author's line, never a title's first words
_PERSON_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:老师|教授|同志)")
# a file's date stamp and serial before a title, no word of it ("20260108-(2026年第1号)")
_FILE_STAMP = re.compile(r"[\d\-—_.()（）年第号\s]+")


def _dashed_heading(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a page heading that puts the series an item belongs to before a dash and the item's
    title after it ("青岛市审计局审计结果公告2021年第3号(总第69号)——关于…整改情况的报告"), the document printing that
    title below on its own (over two lines): the document's copy is its title."""
    head = compact(title)
    if "——" not in head:
        return j, title, title_end
    tail = head.rsplit("——", 1)[1]
    if len(tail) < 8 or not P.TITLE_START.match(tail) or not P.DOC_TYPE_END.search(tail):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:12]:
        if not tail.startswith(_c(lines[k])[:6]):
            continue
        copy, last = _fallback_title(lines, k, end)
        if compact(copy) == tail:
            return k, copy, last
    return j, title, title_end


def _opening_organ(heading: str) -> str | None:
    """The organ, named with its place, that a heading opens with ("青岛市审计局审计结果公告…" → 青岛市审计局)."""
    head = compact(heading)
    return next((head[:n] for n in range(min(len(head), 24), 3, -1)
                 if P.is_organ(head[:n]) and P.ORGAN_PLACE.match(head[:n])), None)


def _formal_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a site's own headline for the page ("鄄城县封路通知"), its place first and no 关于 in
    it, over the document's formal title a few short lines below, the same place opening it ("鄄城县关于解除部分管控区的
    通告"): the formal title is the document's (the first, where the page prints two); likewise a heading naming only
    what a 关于 title printed a few lines below is about."""
    head = compact(title)
    named = _bare_title(head)
    if "关于" not in head and len(named) >= 8:
        # (or a heading naming the list the page's 关于 title is about, the site's lines and a lead between:
        # "《湖北省2021年…引领性企业名单》" … "关于湖北省2021年…引领性企业名单的公示")
        for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:10]:
            c = _c(lines[k])
            if len(c) <= 100 and "。" not in c and P.TITLE_START.match(c) and (P.DOC_TYPE_END.search(c) or c.endswith("公示")) \
                    and named in _bare_title(c) and len(_bare_title(c)) > len(named):
                return k, c, k
    place = P.ORGAN_PLACE.match(head)
    if "关于" in head or not place or len(place[0]) < 3 or len(head) > 30 or not P.DOC_TYPE_END.search(head):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:4]:
        c = _c(lines[k])
        if len(c) > 60 or "。" in c or re.search(r"[:：]", c):
            break  # the body (or a field) begins
        if c.startswith(place[0] + "关于") and P.DOC_TYPE_END.search(c) and c != head:
            return k, c, k
    return j, title, title_end


# a site's caption closing a headline with the source it credits: "(长垣市交通管理局)"
_CREDIT_TAIL = re.compile(r"^[（(][\u4e00-\u9fff]{2,20}[)）]$")
# the place the caption names before the title: "新乡长垣市", "某省某县"
_CAPTION_PLACE = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:省|市|区|县|旗|州|盟)")


def _captioned_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a news site's caption for a notice, its place before the notice's title and the credited
    source after it ("新乡长垣市关于实施交通管制的通告(长垣市交通管理局)", m.ddtbk.com), over the notice's own title printed
    alone a few lines below ("关于实施交通管制的通告"): the notice's own title is its title, the caption's place and credit
    are the site's."""
    head = compact(title)
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:8]:
        c = _c(lines[k])
        if len(c) > 60 or "。" in c:
            break  # the body begins
        at = head.find(c) if len(c) >= 8 and P.TITLE_START.match(c) and P.DOC_TYPE_END.search(c) else -1
        if at > 0 and _CREDIT_TAIL.match(head[at + len(c):]) and _CAPTION_PLACE.fullmatch(head[:at]):
            return k, c, k
    return j, title, title_end


# a content farm's headline echoing itself in brackets, a word added ("泉州开发区禁止燃放烟花爆竹通知(泉州开发区禁止燃放烟花爆竹通知
# 文件)", m.zuomama.com, docmeta119): the farm's search caption, over the notice's own 关于 title a few short lines below
_ECHOED_HEADLINE = re.compile(r"^(?P<head>[^（()）]{6,40})[（(](?P=head)[\u4e00-\u9fff]{0,4}[)）]$")


def _echoed_headline_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a headline echoing itself in brackets (`_ECHOED_HEADLINE`) over a 关于 title ending on its
    kind among the next 8 short lines (before the body): the 关于 title is the document's."""
    if not _ECHOED_HEADLINE.match(compact(title)):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:8]:
        c = _c(lines[k])
        if len(c) > 60 or "。" in c:
            break  # the body begins
        if c.startswith("关于") and P.DOC_TYPE_END.search(c):
            return k, c, k
    return j, title, title_end


# a law site's heading naming the rule a notice issues, the notice itself printed under the organ line with its own title
# ("湛江市城市规划区内户外广告设置管理规定" ⏎ … ⏎ "广东省湛江市人民政府" ⏎ "颁布《湛江市城市规划区内户外广告设置管理规定》的通知",
# 法律资料网, docmeta119): the notice, which the organ signs and dates, is the page's document
_ISSUING_NOTICE = re.compile(r"^[\u4e00-\u9fff]{0,30}?(?:关于)?(?:颁布|颁发|印发|发布)《(?P<rule>[^《》]{4,60})》的通知$")


def _issuing_notice_below(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a heading that is a rule's bare name (no 关于, no 《》) over, among the next 10 lines
    before the body, a notice titled `颁布《that name》的通知` (`_ISSUING_NOTICE`): the notice's title is the document's."""
    head = compact(title)
    if "关于" in head or "《" in head or not P.DOC_TYPE_END.search(head):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:10]:
        c = _c(lines[k])
        if "。" in c:
            break  # the body begins
        m = _ISSUING_NOTICE.match(c)
        if m and m["rule"] == head:
            return k, c, k
    return j, title, title_end


def _red_header_below(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a news page's own headline, neither a 关于 title nor ending on a document's kind ("禁漁期
    冊亨境內天然水域的魚釣不得了"), over a lead and the document itself printed as its red header does it — the organ alone on
    its line, the 关于 line under it, the kind alone under that ("冊亨縣人民政府" ⏎ "關於實施2017年境內天然水域禁漁期的" ⏎
    "通告", m.v15510.com/news/ceheng/20170303/369606.htm): the document's title is the organ's three lines (within the
    page's first 12 lines after the headline)."""
    head = compact(title)
    if "关于" in head or P.DOC_TYPE_END.search(head) or _title_shaped(head):
        return j, title, title_end
    rows = [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:12]
    for n, k in enumerate(rows[:-1]):
        organ, about = _c(lines[k]), _c(lines[rows[n + 1]])
        if not (P.is_organ(organ) and P.ORGAN_PLACE.match(organ) and about.startswith("关于") and len(about) <= 60
                and "。" not in about and rows[n + 1] == k + 1):
            continue
        kind = _c(lines[rows[n + 2]]) if n + 2 < len(rows) and rows[n + 2] == rows[n + 1] + 1 else ""
        if P.DOC_TYPE_END.search(about):
            return k, organ + about, rows[n + 1]
        if kind and P.DOC_TYPE_END.fullmatch(kind):
            return k, organ + about + kind, rows[n + 2]
    return j, title, title_end


def _reprinted_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a news site's own headline, shaped like no document's title ("做好九个方面!2022年黑龙江推进
    乡村振兴这样干"), over its byline, the document's own title (its organs, 关于, its kind) the first line under the byline:
    the page reprints the document, whose title it is (a 关于 title after the item's lead is only what the item reports)."""
    head = compact(title)
    if _title_shaped(head) or P.READING_TITLE.search(head):
        return j, title, title_end
    rows = [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:4]
    bylines = 0
    for k in rows:
        c = _c(lines[k])
        if _NEWS_BYLINE.search(c) or is_metadata_line(lines[k].text):
            bylines += 1
            continue
        if bylines and len(c) <= 150 and "。" not in c and P.DOC_TYPE_END.search(c) and opening_organs(c) \
                and re.search(r"关于|印发|转发", c):
            copy, last = _fallback_title(lines, k, end)
            return k, copy, last
        break
    return j, title, title_end


# a page heading's year tag after a whole title ("國務院關於同意四川省調整成都市部分行政區劃的批覆 (2015年)", a library
# telling apart its pages of one name)
_YEAR_TAG = P.YEAR_TAG


_LEADING_TAG = re.compile(r"^【[^】【]{2,10}】(?=\S{6,})")


def _untagged_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a page heading that is the document's title with a year tag after it, the document
    printing its title without the tag a few lines below: the document's own copy is its title (a year printed as
    part of the title, "…责任分解(2023年)" with no bare copy below, stays); or with a page's 【】 tag before it, the copy
    right below printed without it ("【文字解读】《2024年…目标任务》政策解读" ⏎ "《2024年…目标任务》政策解读"; a tag the
    page prints on every copy, "【部门解读】《…》的政策解读" in its 名称 and headline, stays). A periodic document's year
    (a 工作报告's, a 计划's) is its name's, never a tag."""
    bare = _YEAR_TAG.sub("", title)
    if bare == title:
        bare = _LEADING_TAG.sub("", title)
    if bare == title or not P.DOC_TYPE_END.search(bare) or P.PERIODIC_KIND.search(bare):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:6]:
        if _c(lines[k]) == compact(bare):
            return k, _c(lines[k]), k
    return j, title, title_end


# a page printed on one line, its title (organs, 关于…, the kind) run straight into the first sentence ("…示范市、县名单的
# 公示2023年,农业农村部和应急管理部继续组织…"): the sentence opens on a year, 为, 根据, 按照, 近日 or 经
# (or into its 文号, then the 主送: "• 大连市市场监督管理局关于下发…的通知   大市监网传〔2020〕38号   各区市县…: 现将…", a
# list page's item holding the whole notice)
# (or a transcribed PDF's first page: its page number and red-head banner before the title, the 主送 a few characters after
# it, where the 文号's digits were lost: "1 省 政 府 文 件 青 海 省 人 民 政 府 关 于 印 发 … 的 通 知 青 政 号 各 市 自 治 州 …:")
_GLUED_TITLE = re.compile(r"^[•·●◆■▪]?(?:\d{0,3}[\u4e00-\u9fff]{2,20}?文件(?=[^。，,：:；;《》]{0,60}?关于))?"
                          r"(?P<title>[^。，,：:；;《》]{0,60}?关于[^。：:；;]{4,100}?的(?:公示|通知|公告|通告|通报|决定|意见|批复))"
                          r"(?=(?:19|20)\d{2}年|为|根据|按照|近日|经|(?P<num>[\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕\d{1,5}号)"
                          r"|[^。，,：:；;《》]{0,8}?各[^。:：]{2,60}[:：])")
# (or a 关于 title whose kind was lost after its 的, the 文号 glued after it: "关于春节、元宵期间禁止…孔明灯(许愿灯)的 陆府通〔2019〕2号
# 为减少…", a forum's one-line copy of a city's 通告, hfren.cc/forum.php?goto=lastpost&mod=redirect&tid=983: the number
# vouches for the title as printed)
_GLUED_KINDLESS = re.compile(r"^[•·●◆■▪]?(?P<title>关于[^。，,：:；;《》]{4,100}?的)"
                             r"(?=(?P<num>[\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕\d{1,5}号))")
# (or a rule's title, its kind and edition note, run into its first article: "卓尼县政策文件解读工作制度(试行)第一条 为规范…")
# (a sentence citing a rule's article is no title: "依照本办法第一条…")
# (or its first chapter's heading between: "…管理办法第一章总则第一条为…"; and a policy site's digest puts the issuing organ
# and the date before the title, all glued: "常德市农业农村局2025年7月1日常德市…认定和运行监测管理办法第一章总则第一条为进一步…",
# chacewang.com)
_GLUED_RULE = re.compile(r"^[•·●◆■▪]?(?:(?P<organ>[\u4e00-\u9fff]{4,30}?)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?"
                         r"(?!根据|依照|依据|按照|本|对|经)(?P<title>[^。，,：:；;《》]{4,60}?(?:制度|办法|规定|细则|规则|条例|章程|准则|规程|守则)"
                         r"(?:[（(](?:试行|暂行|修订|草案|征求意见稿)[)）])?)(?=(?:第一章[\u4e00-\u9fff]{2,6}?)?第一条)")

# (or a government's work report, its heading set apart before its first part's heading: "2022年东光县政府工作报告 一、2021年
# 工作回顾 2021年是建党100周年,…", a forum's one-line repost, fresh56 hebei_cangzhou-dongguang-xian-2022-zhengfu-gongzuo-
# baogao-quyushuju.txt:1; the heading names the place the report is given for)
# (or before its delivery line: "2024年疏附县政府工作报告 2023年1月5日在疏附县第十七届人民代表大会第三次会议上 疏附县人民政府县长
# 阿卜拉江·萨迪克 各位代表:…", a forum's one-line copy, fresh64 xinjiang_shufu-xian-2024-zhengfu-gongzuo-baogao-quyushuju.txt:1;
# its README: the report takes its name as printed and the delivery date, printed_dates._GLUED_DELIVERY)
_GLUED_REPORT = re.compile(r"^(?P<title>(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{2,14}?(?:省|市|区|县|旗|州|盟|镇|乡)(?:人民)?政府工作报告)"
                           r"(?=一、|各位代表|[（(—\-－–]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在?[^。；;，,（()）]{2,60}?(?:会议|大会)上)")


# a document-sharing site's file name standing as a heading ("贯彻落实…责任分工表.docx"): the uploader's name for the file,
# at best the title when the document prints none of its own
# (the site's page count after the name is no part of it: "…行动计划方案(2021-2022年)(18页).docx")
_FILE_NAME = re.compile(r"^(?P<stem>\S.{2,80}?)(?:[（(]\d{1,4}页[)）])?\.(?:docx?|wps|pdf|xlsx?|pptx?|ofd|txt)$",
                        re.IGNORECASE)
# a sharing site's facts about the file, a line each ("下载文档", "18页", "33.20KB", "2024-05-20"): never its heading
_FILE_FACTS = re.compile(r"^(?:下载文档|立即下载|\d{1,4}页|\d+(?:\.\d+)?[KMG]B|(?:19|20)\d{2}-\d{1,2}-\d{1,2})$", re.IGNORECASE)
# the site's page number glued before a preview's first words ("1、贯彻落实…分工表序号工作内容…")
_PREVIEW_PAGE = re.compile(r"^\d{1,3}[、.．]")


# a shared file's preview printing the notice as one line: its 文号, organ and 关于 title, then the 主送 up to its colon
# ("邵双政发〔2022〕68 号 邵东市双凤乡人民政府 关于修订印发《双凤乡突发事件 总体应急预案》的通知 各村、乡属各部门…: 现将…")
_PREVIEW_NOTICE = re.compile(rf"^(?P<num>{P.DOC_NUMBER.pattern})(?P<organ>[^。:：《》（()）]{{0,30}}?)(?P<title>关于[^。:：]{{4,100}}?"
                             r"(?:通知|意见|决定|批复|通报|通告|公告))(?=[^。:：《》]{2,60}[:：])")


def _preview_notice(c: str) -> str | None:
    """The 文号 and title (glued, as `_unglue` reads them) a preview line opens with, when the organ before 关于 is one."""
    m = _PREVIEW_NOTICE.match(c)
    if not m or m["organ"] and not P.is_organ(m["organ"]):
        return None
    return m["num"] + m["organ"] + m["title"]


def _printed_heading(lines: list[Line], j: int, stem: str, end: int) -> tuple[int, str, int] | None:
    """(line, title, last line) of the heading a shared file's preview prints under its file name: a preview line
    opening with the name itself (after the site's page number), else the last title run before the body (the 主送
    line or a sentence) after the file name's last echo ("《….docx》由会员分享…")."""
    cands = [k for k in range(j + 1, min(end, len(lines))) if not lines[k].blank][:40]
    named = [k for k in cands if f"{stem}." in _c(lines[k])]
    after = [k for k in cands if k > (named[-1] if named else j)]
    best, k = None, 0
    while k < len(after):
        c = _c(lines[after[k]])
        notice = _preview_notice(c) if best is None else None
        if notice:
            return after[k], notice, after[k]  # the preview's first line: the whole notice glued, its 文号 first
        if len(c) > 40 or "。" in c or P.RECIPIENTS.match(c):
            break  # the body begins
        if _title_like(c) and not _FILE_FACTS.match(c):
            title, last = _fallback_title(lines, after[k], end)
            best = (after[k], title, last)
            k = next((i for i, x in enumerate(after) if x > last), len(after))
            continue
        k += 1
    if best is not None:
        return best
    for k in cands:
        c = _PREVIEW_PAGE.sub("", _c(lines[k]))
        if c.startswith(stem) and f"{stem}." not in c:
            return k, stem, k
        cut = _glued_heading(c, stem)
        if cut:
            return k, cut, k
    return None


def _glued_heading(preview: str, stem: str) -> str | None:
    """The heading a preview line opens with, glued to its first sentence, where the uploader's file name says it a
    little differently ("1、諸城市…行動計劃(2021-2022年)為提高…" under "諸城市…行動計劃方案(2021-2022年).docx"): the preview's
    words from the name's first 6 characters to the first place the name's last 6 are printed."""
    if len(stem) < 12 or not preview.startswith(stem[:6]) or "。" in preview[: len(stem)]:
        return None
    end = preview.find(stem[-6:], 6)
    return preview[: end + 6] if 0 < end and end + 6 <= len(stem) + 8 else None


def _glued_title(lines: list[Line], start: int, end: int) -> tuple[int, str, str | None] | None:
    """(line, title, 文号 glued after it or None) of the first line over 80 characters opening with its title glued to
    the text, under nothing but short lines (the site's menu, breadcrumb and column heading: "首 页 新闻中心 …" ⏎
    "首页 > 政务公开 > 文件发布" ⏎ "文件发布" ⏎ "• 大连市…的通知 大市监网传〔2020〕38号 各区市县…: 现将…")."""
    rows = [k for k in range(start, min(end, len(lines))) if not lines[k].blank][:6]
    first = next((k for k in rows if len(_c(lines[k])) > 80), None)
    if first is None or any(len(_c(lines[k])) > 40 or "。" in lines[k].text for k in rows if k < first):
        return None
    m = _GLUED_TITLE.match(_c(lines[first])) or _GLUED_RULE.match(_c(lines[first])) \
        or _GLUED_KINDLESS.match(_c(lines[first])) or _GLUED_REPORT.match(_c(lines[first]))
    if not m or m.groupdict().get("organ") and not (P.is_organ(m["organ"]) or is_signer(m["organ"])) \
            or re.search(r"(?:19|20)\d{2}年\d{1,2}月", m["title"]):
        return None  # (the words before the date name no organ, or the "title" runs over a date: no title glued there)
    num = m.groupdict().get("num")
    if num:
        return first, m["title"], normalize_doc_number(num)
    return (first, *_unglue(m["title"]))  # (or glued before it: "1、滨教函202011号滨州市教育局关于…的通知各县…:")


# a 文号 broken after its opening bracket, the year and the count run together on the next line, 〕 and 号 lost
# ("耒政发〔" ⏎ "201527"): the year is four digits, so the split is sure
_NUMBER_OPENED = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:发|函|字|文|办|规)[〔\[［【﹝]$")
_YEAR_AND_COUNT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<n>\d{1,4})$")


def _broken_number(lines: list[Line], k: int, end: int) -> tuple[str, int] | None:
    """(文号, line) of a number broken over line k and the next non-blank line, if it is one."""
    nxt = _nonblank_after(lines, k, 1)
    m = _YEAR_AND_COUNT.match(_c(lines[nxt[0]])) if nxt and nxt[0] < end else None
    if not _NUMBER_OPENED.match(_c(lines[k])) or m is None:
        return None
    return normalize_doc_number(f"{_c(lines[k])}{m['y']}〕{int(m['n'])}号"), k


# a work bulletin's masthead ("疫情防控工作领导小组办公室" ⏎ "信  息" ⏎ "第3期" ⏎ "西藏自治区林业和草原局办公室      2020124" ⏎ the
# item's heading on two lines ⏎ its text): its kind, the issue, then the office that wrote the item and its day on one line
_BULLETIN_KIND = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:信息|简报|快报|专报|动态)$")
_ISSUE = re.compile(r"^[(（]?(?:\d{4}年)?第[\d一二三四五六七八九十]{1,4}期[)）]?$")
_OFFICE_DAY = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{4,30}?)(?P<day>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|\d{3,4}))$")


def _digits_day(day: str, before: list[str]) -> str | None:
    """A day printed as digits alone ("2020124"), where one split of its month and day is a date no later than the
    page's own dates (`before`: the page posted it on 2020/02/17, so 2020-01-24, not 2020-12-04)."""
    y, md = day[:4], day[4:]
    splits = {(int(md[:k]), int(md[k:])) for k in (1, 2) if 1 <= len(md[k:]) <= 2 and md[k] != "0"}
    days = sorted(f"{y}-{mo:02d}-{d:02d}" for mo, d in splits if 1 <= mo <= 12 and 1 <= d <= 31)
    if len(days) > 1 and before:
        days = [d for d in days if d <= min(before)]
    return days[0] if len(days) == 1 else None


def _bulletin_item(lines: list[Line], start: int, end: int) -> tuple[str, int, int, str, str | None, int] | None:
    """(title, its first and last line, the office, its day, the day's line) of a work bulletin's item (see
    _BULLETIN_KIND); None where the page prints no such masthead."""
    rows = [k for k in range(start, min(end, len(lines), start + 40)) if not lines[k].blank]
    for n, k in enumerate(rows[:-3]):
        m = _OFFICE_DAY.match(_c(lines[rows[n + 2]]))
        if not (_BULLETIN_KIND.match(_c(lines[k])) and _ISSUE.match(_c(lines[rows[n + 1]])) and m
                and is_signer(m["organ"])):
            continue
        heading, text = [], False
        for j in rows[n + 3: n + 6]:
            c = _c(lines[j])
            if len(c) > 40 or re.search(r"[。；;,，:：]", c):
                text = True  # the item's text under its heading
                break
            heading.append(j)
        if not heading or not text:
            return None
        before = [d for d in (parse_any_date(_c(lines[i])) for i in range(start, k)) if d]
        day = m["day"]
        date = P.parse_date(day) if "年" in day else _digits_day(day, before)
        return "".join(_c(lines[j]) for j in heading), heading[0], heading[-1], m["organ"], date, rows[n + 2]
    return None


# a circular in memo form: its addressee, sender and date fields ("致 :全體會員" ⏎ "由 :秘書長…" ⏎ "日期 :2023年12月15日"),
# the subject in a field of its own or on the line under them, the circular's serial above them ("秘書長通告2477", docmeta38's
# Hong Kong association)
_MEMO_FIELD = re.compile(r"^(?P<label>致|由|日期|发件人|收件人|事由|主题|主旨|标题)[:：](?P<value>.{0,60})$")
_MEMO_SERIAL = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:通告|通函)第?\d{1,6}号?$")


def _memo_header(lines: list[Line], start: int, end: int) -> Header | None:
    """The header of a circular in memo form (致 / 由 / 日期 fields, then its subject), among the first lines."""
    rows = [j for j in range(start, min(end + 1, len(lines))) if not lines[j].blank][:12]
    k = next((k for k, j in enumerate(rows[:4]) if _MEMO_FIELD.match(_c(lines[j]))), None)
    if k is None:
        return None
    fields: dict[str, tuple[str, int]] = {}
    n = k
    while n < len(rows) and (m := _MEMO_FIELD.match(_c(lines[rows[n]]))) and m["label"] not in fields:
        fields[m["label"]] = (m["value"], rows[n])
        n += 1
    if "致" not in fields or not {"由", "发件人"} & fields.keys():
        return None
    subject = next(((fields[f][0], fields[f][1]) for f in ("事由", "主题", "主旨", "标题") if fields.get(f, ("",))[0]), None)
    if subject is None and n < len(rows):
        c = _c(lines[rows[n]])
        if 4 <= len(c) <= 60 and "。" not in c and not c.endswith(("：", ":")):
            subject = (c, rows[n])
    if subject is None:
        return None
    serial = rows[k - 1] if k and _MEMO_SERIAL.match(_c(lines[rows[k - 1]])) else None
    day = P.parse_date(fields["日期"][0]) if "日期" in fields else None
    return Header(start=serial if serial is not None else rows[k], issuer=None, title=subject[0],
                  title_start=subject[1], title_end=subject[1], end=subject[1],
                  doc_number=_c(lines[serial]) if serial is not None else None, doc_number_line=serial, evidence=(),
                  date=day, date_line=fields["日期"][1] if day else None)


def fallback_header(lines: list[Line], file: str, start: int, end: int, preamble: bool = False) -> Header:
    """The header of a file (or of the text before its first header) where none was recognised."""
    item = _bulletin_item(lines, start, end) if not preamble else None
    if item is not None:  # a work bulletin's item: its heading, the office and day its masthead prints
        title, first, last, organ, date, day_i = item
        return Header(start=start, issuer=organ, title=title, title_start=first, title_end=last, end=last,
                      doc_number=None, doc_number_line=None, evidence=(), date=date,
                      date_line=day_i if date else None)
    memo = _memo_header(lines, start, end) if not preamble else None
    if memo is not None:  # a circular in memo form: its subject, serial and date field
        return memo
    decree = flattened_decree(lines, start, end) if not preamble else None
    if decree is not None:  # a decree printed on one line: its banner, number, note, signer and date apart by spaces
        return decree
    notice = congress_notice(lines, start, end) if not preamble else None
    if notice is not None:  # a congress notice opening the page: its banner and kind, serial, signing body and date
        return notice
    notice = flattened_notice(lines, start, end) if not preamble else None
    if notice is not None:  # a notice printed on one line: its title run on into its recipients
        return notice
    j = _first_title(lines, start, end, prefer=not preamble)  # a preamble is named by its first line
    original = None if preamble else _original_title(lines, start, end)
    headless = j is None or any(len(_c(ln)) > 40 or "。" in ln.text for ln in lines[start:j]) \
        or j == original  # (the headline is only the item's 原标题 credit)
    reported = _reported_document(lines, start, end) if headless and not preamble else None
    if reported is not None:  # no headline of its own (or only a 原标题 credit): the item is the document it reports
        return Header(start=start, issuer=None, title=reported[1], title_start=reported[0], title_end=reported[0],
                      end=start - 1, doc_number=None, doc_number_line=None, evidence=(),
                      metadata={"title_below_text": True, "reported": True})
    if original is not None and headless:
        # no headline before the body: the item's 原标题 names it
        title, number = _ORIGINAL_TITLE.match(_c(lines[original]))[1], None
        return Header(start=start, issuer=None, title=title, title_start=original, title_end=original,
                      end=start - 1, doc_number=None, doc_number_line=None, evidence=(),
                      metadata={"title_below_text": True})
    named = _full_text_named(lines, start, end) if j is None and not preamble else None
    if named is not None:  # no headline: the document the item prints in full names it
        return Header(start=start, issuer=None, title=_FULL_TEXT_FOLLOWS.match(_c(lines[named]))["title"],
                      title_start=named, title_end=named, end=start - 1, doc_number=None, doc_number_line=None,
                      evidence=(), metadata={"title_below_text": True})
    item = _item_field(lines, start, end) if not preamble else None
    run_on = False
    series_organ = None  # the organ a dashed heading's series names ("青岛市审计局审计结果公告…——关于…")
    if item is not None:  # a 责任清单 page: its 管理事项 names the entry
        j, title = item
        title_end, number = j, None
    elif j is not None:
        j = _headline_over_text(lines, start, j)
        title, title_end = _fallback_title(lines, j, end)
        j, title = _organ_over_title(lines, start, j, title)
        if (named := _FILE_NAME.match(title)) is not None:  # a shared file's name: its printed heading, else the name
            j, title, title_end = _printed_heading(lines, j, named["stem"], end) or (j, named["stem"], title_end)
        j, title, title_end = _fuller_copy(lines, j, title, title_end, end)
        j, title, title_end = _untagged_copy(lines, j, title, title_end, end)
        j, title, title_end = _formal_copy(lines, j, title, title_end, end)
        j, title, title_end = _reprinted_copy(lines, j, title, title_end, end)
        j, title, title_end = _red_header_below(lines, j, title, title_end, end)
        j, title, title_end = _captioned_copy(lines, j, title, title_end, end)
        j, title, title_end = _echoed_headline_copy(lines, j, title, title_end, end)
        j, title, title_end = _issuing_notice_below(lines, j, title, title_end, end)
        series, (j, title, title_end) = title, _dashed_heading(lines, j, title, title_end, end)
        series_organ = _opening_organ(series) if title != series else None
        title = _READING_LEAD.sub(r"\1", title)
        title = _BULLET_LABEL.sub("", title)
        title = _PAGE_HEAD.sub("", title)
        # (only where what follows opens a title of its own, with its organ or 关于: a quoted phrase the title's words go
        # on from is the title's, "“四城共创”工作的具体安排部署公告", tlxxw.com/mobile/MShowNews.asp?dadid=801746&lei=3)
        rest = _QUOTED_LABEL.sub("", title)
        if _QUOTED_LABEL.match(title) and _title_shaped(rest) and (_opening_organ(rest) or compact(rest).startswith("关于")):
            title = rest
        # (a news list's bullet is not the headline's, nor a pipe table's cell bars: "(已废止)微政办字〔2019〕24号 关于…的通知 |")
        title, number = _unglue(title.lstrip("●◆■□▪•·○◇★☆").strip("|｜"))
        title = drop_betting_path(title)  # (a betting mirror's path before the organ's title: its organ is read)
    elif (glued := _glued_title(lines, start, end)) is not None:  # a page on one line, the title run into the text
        j, title, number = glued
        title_end = j
        run_on = True  # the text runs on after the title on its line: that line is the body's too
    elif (glued := glued_page_title(lines, start, end)) is not None:  # or in a shape of glued_titles.py's registry
        j, title, number = glued
        title_end, run_on = j, True
    else:
        title, title_end, number = Path(file).stem, start - 1, None
        linked = _linked_file(lines, start, end)
        if linked:  # no heading line: the page's download link names the document ("…号关于….pdf")
            title, number = linked
        elif (addressed := _url_titled(lines, start, end)) is not None:  # or the copied page's title and address
            title = addressed
    # the 文号 line among the first lines; a number without its organ part only as the file's first line
    # (an abstract page's label over the text is no line of it: "摘要" ⏎ "<正>津政办发〔2021〕42号各区人民政府,…:")
    first = next((k for k in range(start, min(end, len(lines))) if not lines[k].blank
                  and not _ABSTRACT_LABEL.match(_c(lines[k]))), None)
    # (a number without its organ part also right under the title: "某县人民政府通告" ⏎ "〔2023〕第1号")
    under = _nonblank_after(lines, title_end, 1) if j is not None else []
    # (or the 文号 and the signing date on one line: "宜府办发〔2022〕38号 2022年9月27日", the excerpt's first line)
    # (or the 文号 run on into the 主送 on a page printed as one line: "穗环[2019]131号 市生态环境局各区分局,…:  根据…")
    num_i = next((k for k in range(start, min(end, start + 40)) if P.DOC_NUMBER_LINE.match(_c(lines[k]))
                  or (k == first or k in under) and (P.BARE_NUMBER_LINE.match(_c(lines[k]))
                                                     or _date_and_number(_c(lines[k])))
                  or k == first and _number_then_recipients(_c(lines[k]))
                  or k in under[:1] and _number_then_recipients(_c(lines[k]), compact(title))), None)
    if number is None and num_i is None and under:  # (or broken over two lines under the title: "耒政发〔" ⏎ "201527")
        broken = _broken_number(lines, under[0], end)
        if broken is not None:
            number, num_i = broken
    dated = {}
    if number is None and num_i is not None and not P.READING_TITLE.search(compact(title)):
        # (a 解读 page's nearby 文号 is the read document's)
        c = _c(lines[num_i])
        m = P.DOC_NUMBER_LINE.match(c) or P.BARE_NUMBER_LINE.match(c) or _date_and_number(c) \
            or _number_then_recipients(c, compact(title))
        number = normalize_doc_number(m["num"])
        if "d" in m.groupdict():
            dated = dict(date=P.parse_date(m["d"]), date_line=num_i)
    if j is not None and any(len(_c(ln)) > 40 or "。" in ln.text for ln in lines[start:j]):
        # the title was found below body text: only its own lines are the title, nothing above is header
        # (a number the text above already cites is the reported document's, not the item's: "日前,省经信委发布了《…名单的
        # 通知》(皖经信中小发展函〔2017〕1696号),我市…" over the attachment's link "附:…的通知(皖经信…号)")
        # (the page's own number line above the title is the document's: "桂农厅发〔2022〕149号" ⏎ 主送 ⏎ …)
        cited = [k for k in range(start, j) if k != num_i and not P.DOC_NUMBER_LINE.match(_c(lines[k]))]
        if number and any(normalize_doc_number(m[0]) == number for k in cited for m in P.DOC_NUMBER.finditer(_c(lines[k]))):
            number = None
        return Header(start=start, issuer=series_organ, title=title, title_start=j, title_end=title_end, end=start - 1,
                      doc_number=number, doc_number_line=num_i if number else None, evidence=(),
                      metadata={"title_below_text": True}, **dated)
    return Header(start=start, issuer=series_organ, title=title, title_start=j if j is not None else start - 1,
                  title_end=title_end, end=(title_end - run_on) if j is not None else start - 1, doc_number=number,
                  doc_number_line=num_i if number else None, evidence=(), **dated)
