"""Web pages and files without a recognised header: metadata blocks attached to (or read as) headers,
page titles repeated by the document's own header, list entries, and the fallback header of a file."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.header_lines import _TITLE_TAIL, _date_and_number, _is_header_stop, _title_complete, _unglue
from kg.parse.headers import MAX_TITLE_LINES, Header, _c, _collect_title, _nonblank_after
from kg.parse.chrome import is_chrome, strip_counter
from kg.parse.title_organs import title_organ
from kg.parse.metadata import FIELDS, find_metadata_blocks
from kg.parse.normalize import compact, normalize_doc_number

__all__ = ["with_metadata", "merge_repeated", "drop_list_entries", "fallback_header", "drop_catalogue_region"]

_NAV = re.compile(r"^(?:首页|当前位置|您当前的位置|您现在的位置|返回|打印|关闭|分享|字号|扫一扫|【|\[)|>|＞|›|^[（(][^（）()]*[)）]$"
                  r"|^(?:政府)?信息公开$|^政务公开$|^政策解读$|^[^：:]{2,10}[：:]"  # site navigation, a "label:" line
                  # a site's buttons and link lists ("全文检索", "推荐阅读", "最新文章")
                  r"|^(?:全文检索|站内搜索|搜索|高级搜索|无障碍|关怀版|长者版|繁体版|简体版|本站地图|网站地图|推荐阅读|相关阅读"
                  r"|相关新闻|相关链接|精彩热图|最热新闻|精彩推荐|新闻推荐|最新文章|推荐文章|热门文章|热点新闻|延伸阅读"
                  r"|搜索位置|匹配度|排序)$")
# a menu of place names set apart by spaces ("今日四川 成都市 绵阳市 自贡市 …"): never a title
_MENU = re.compile(r"^(?:\S{2,6}\s+){4,}\S{2,6}$")
# a news headline opening with its tag ("【喜讯】荣昌173户企业获评…", "【文字解读】某县…的通知"): a title, not a button
_TAGGED_TITLE = re.compile(r"^【[^】【:：\s]{1,6}】[^【】]{6,}$")
# a 解读 page reposted under its kind ("转发:《威县2023年政务公开工作要点》政策解读")
_REPOST_PREFIX = re.compile(r"^(?:转发|转载)[:：]\S{4,}")
# a news page's byline ("来源:四川经济日报 2022-01-12", "时間:2019-07-31 13:31:36信息來源:", "栏目:… 发布时间:…"):
# the title-like line just above it is the page's headline
_NEWS_BYLINE = re.compile(r"^(?:来源|信息来源|文章来源|——来源|作者|发布者|发布人|时间|发布时间|发布日期|日期)[:：]"
                          r"|(?:发布时间|发布日期|时间)[:：]\s*(?:19|20)\d{2}[-./年]")
# a headline printed only at the end, as the item's original title ("原标题:佛山手心制药公司环保不合格领红牌")
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(\S.{3,79})$")


# "图解：某县人民政府关于…": a 解读 page's title opening with its kind, not a "label:" line
_READING_PREFIX = re.compile(r"^(?:图解|解读|政策解读|一图读懂|图文解读|视频解读|文字解读)[:：]\S{4,}")
# "秭归:县住建局为基层办实事", "铜梁:4家企业获评…": a news headline led by its place, not a "label:" line (never a field's label nor a
# letter's parts: 附件, 主送, 地址 …, nor a link list's)
_PLACE_HEADLINE = re.compile(r"^(?!附件|地址|主送|抄送|联系|邮箱|网址|电话|传真|关键|标签|摘要|备注|说明|注"
                             r"|相关|延伸|推荐|热门|链接"  # (a page's link list: "相关链接:关于《…》的政策图解")
                             r"|政策文件|原文|文件)"  # (a 解读 page's label naming the document it reads: "政策文件:《…》")
                             r"(?P<label>[\u4e00-\u9fff]{2,4})[:：][\u4e00-\u9fff“《\d][^:：]{7,}$")
# an item of a numbered list ("2.区政府修订规范性文件目录", "一、总则") heads a part, never the document
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])")


# a site's footer ("…版权所有", "技术支持：…", "网站标识码…"): never a title
# (and its share buttons: "用微信扫描二维码分享至好友和朋友圈")
_FOOTER = re.compile(r"版权所有|技术支持|主办单位|承办单位|网站标识码|ICP|备案号|联系我们|网站地图|Copyright|扫描二维码|扫一扫"
                     r"|分享至(?:好友|朋友圈|微信)|分享到(?:好友|朋友圈|微信)", re.IGNORECASE)
# a page's date on its own or leading its info line ("2022/7/27", "2024-03-01 10:12:15",
# "2014-09-17 00:00:00 | 湖北省建设信息中心 |"): never a title
_WEB_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")


# a 解读 page opening with its title as a lead-in ("《…的通知》文件解读如下:"): the title without 如下:
_READING_LEAD = re.compile(r"(解读)如下[:：]$")
# a user handle under a headline on a sharing site ("美友24252702"): never a title nor part of one
_HANDLE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}\d{5,}")
# a table's header row whose two cells repeat one word ("职责分工 职责分工"): never a title
_REPEATED_CELL = re.compile(r"(\S{2,10})\s*\1")
# a column label in quotes before a headline ("“党政混合信息公开” 中共…办公室印发《…》的通知")
_QUOTED_LABEL = re.compile(r"^“[^”]{2,12}”\s*(?=\S{8,})")


# a document library's catalogue entry over the document's own title, opening with its region in brackets
# ("(江西省)吉安市遂川县国民经济和社会发展十四五规划(2022年更新)"): never the title when a title line follows it
_CATALOGUE_ENTRY = re.compile(r"^[（(][\u4e00-\u9fff]{2,8}(?:省|自治区|市)[)）]")


def drop_catalogue_region(title: str | None) -> str | None:
    """A catalogue entry standing as the title ("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案"): the region in
    brackets is the catalogue's, not the title's."""
    m = _CATALOGUE_ENTRY.match(title or "")
    return title[m.end():] if m and len(title) - m.end() >= 8 else title


# the last line of a compound title, opening with its conjunction ("…第十四个五年规划" ⏎ "和二〇三五年远景目标纲要")
_TITLE_AND = re.compile(r"^(?:和|及|与|暨)[^。：:；;，,]{2,40}$")


_FIELD_LABEL_END = re.compile(r"(?:单位|部门|领导|人|者|时间|时限|日期|地点|内容|事项|任务|目标|措施|要求|依据|标准|对象|范围|方式"
                              r"|类别|类型|名称|编号|电话|地址|来源|原因|结果|情况|说明|意见|备注)$")


def _place_headline(c: str) -> bool:
    """A headline led by its place ("秭归:…"): its label is no field's, no form's ("责任单位:市市场监督管理局",
    "完成时限:…"), and nothing on the line is navigation ("当前位置:首页新闻…正文")."""
    m = _PLACE_HEADLINE.match(c)
    return (bool(m) and m["label"] not in FIELDS and not _FIELD_LABEL_END.search(m["label"])
            and not _NEWS_BYLINE.match(c) and not _NAV.search(c[m.end("label") + 1:])
            and not re.search(r"位置|首页|正文$", c))


def _title_like(c: str) -> bool:
    """A line that could be a page's or a document's title (not a date, a 文号, a label or navigation)."""
    c = _READING_LEAD.sub(r"\1", c)
    # (a line opening with dashes is a subtitle or a credit: "----2025年1月15日龚正市长在…的政府工作报告")
    return (4 <= len(c) <= 80 and not c.endswith(("。", "：", ":", "∶", "；", ";")) and "。" not in c[:-1]
            and not c.startswith(("-", "—", "–", "－"))
            and not P.parse_date(c) and not _WEB_DATE.match(c) and not P.STAMP.search(c) and not _FOOTER.search(c)
            and not P.DOC_NUMBER_LINE.match(c) and not P.BARE_NUMBER_LINE.match(c) and not _date_and_number(c)
            and (not _NAV.search(c) or bool(_READING_PREFIX.match(c) or _TAGGED_TITLE.match(c)
                                            or _REPOST_PREFIX.match(c) or _place_headline(c)))
            and not _LIST_ITEM.match(c) and not _HANDLE.fullmatch(c) and not _REPEATED_CELL.fullmatch(c)
            and not find_metadata_blocks([Line(1, c, c), Line(2, c, c)], min_fields=1)
            and not P.TOC_PAGE_TAIL.fullmatch(c) and not is_chrome(c))


def _signs(lines: list[Line], j: int) -> bool:
    """Line j is a signing organ: an organ name over a date line (a signature names no document)."""
    nxt = _nonblank_after(lines, j, 1)
    c = _c(lines[j])
    return bool(nxt) and bool(P.parse_date(_c(lines[nxt[0]]))) and bool(
        P.is_organ(c) or re.fullmatch(r"[\u4e00-\u9fff（）()]{3,40}(?:办公室|局|委员会|领导小组|中心|政府)", c))


# a line closing a book title it never opened ("市人民政府关于加强新时代街道工作的意见》相关要求,以首善…"): the middle of
# broken prose (or a title's last line), never where a title starts
_CLOSES_FIRST = re.compile(r"^[^《]*》")


def _first_title(lines: list[Line], start: int, end: int, limit: int = 40, prefer: bool = True) -> int | None:
    """Index of the best title line among the first `limit` non-blank lines of [start, end) (with
    `prefer`, a 关于… or document-type line before any other)."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank and "\t" not in lines[j].text][:limit]
    titled = [j for j in cands if _title_like(_c(lines[j])) and not _signs(lines, j)
              and not _MENU.match(lines[j].text.strip()) and not _CLOSES_FIRST.match(_c(lines[j]))]
    titled = [j for k, j in enumerate(titled) if not (_CATALOGUE_ENTRY.match(_c(lines[j])) and titled[k + 1:k + 2]
                                                       and titled[k + 1] - j <= 3)]
    if prefer:
        headline = _headline(lines, cands, titled)
        if headline is not None:
            return headline
    for prefer in () if not prefer else (lambda c: P.TITLE_START.search(c) or P.ORGAN_TITLE.match(c),
                   lambda c: P.DOC_TYPE_END.search(c) or c.endswith(("解读", "图解", "答记者问"))):
        hit = next((j for j in titled if prefer(_c(lines[j]))), None)
        if hit is not None:
            return _title_head(lines, titled, hit)
    return titled[0] if titled else None


def _names_kind(c: str) -> bool:
    """The line names a document kind somewhere (a type word ends one of its prefixes)."""
    return any(P.DOC_TYPE_END.search(c[:n]) for n in range(1, len(c) + 1))


def _title_head(lines: list[Line], titled: list[int], j: int) -> int:
    """The first line of a title whose type word the page broke onto line j ("苏尼特右旗国民经济和社会发展第十四个五年"
    ⏎ "规划和2035年远景目标纲要"): the line right above, when it reads as a title's opening, not a whole one."""
    k = j - 1
    c, tail = (_c(lines[k]), _c(lines[j])) if k >= 0 else ("", "")
    # (a line naming a document kind anywhere is a title of its own: "…政府工作报告—全文" over "政府工作报告")
    if (k in titled and len(c) >= 8 and len(c + tail) <= 80 and not _names_kind(c) and not P.is_organ(c)
            and not _CATALOGUE_ENTRY.match(c) and not P.TITLE_START.search(tail) and not P.ORGAN_TITLE.match(tail)
            and not _NAV.search(c) and not re.search(r"[)）】\]]$", c)):
        return k
    return j


def _headline(lines: list[Line], cands: list[int], titled: list[int]) -> int | None:
    """A news page's headline: the title-like line at most three lines above its byline, when the byline
    comes before any body text (a column name or a menu above the headline, a 名单 heading below, are not it)."""
    for k, j in enumerate(cands):
        c = _c(lines[j])
        if len(c) > 80 or "。" in c:
            return None  # body text first: no byline heads this page
        if _NEWS_BYLINE.search(c) or (len(c) <= 60 and P.STAMP.search(c)):  # ("鲤城微事 2024-05-20 10:25")
            above = [i for i in titled if i < j and i in cands[max(0, k - 3):k]]
            return above[-1] if above else None
    return None


# a news item reprinting a document announces it by name ("《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。")
_FULL_TEXT_FOLLOWS = re.compile(r"^《(?P<title>[^《》]{6,80})》(?:全文|原文|具体内容)如下[。:：]?$")


def _full_text_named(lines: list[Line], start: int, end: int) -> int | None:
    """The line naming the document whose full text follows, among the first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:10]
    return next((j for j in cands if _FULL_TEXT_FOLLOWS.match(_c(lines[j]))), None)


# a news lead reporting an organ's document by its full title ("文旅部网站12月30日发布《文化和旅游部关于确定…的公告》。",
# "记者昨日从省政府获悉,《吉林省人民政府关于修改、废止…的决定》已经省政府第11次常务会议通过"): the item is that document's
# (释出: 发布 as OpenCC s2twp words it)
_REPORTED = re.compile(r"(?:发布|释出|印发|公布|出台|下发)了?《(?P<a>[^《》]{8,80})》|《(?P<b>[^《》]{8,80})》(?:已经|已于|已由)")


def _reported_title(c: str) -> str | None:
    """The document a news lead reports, when its title opens with its organ (placed, or a national organ) + 关于 and
    ends on its kind: a title naming no organ could be any body's."""
    m = _REPORTED.search(c)
    t = (m["a"] or m["b"]) if m else ""
    organ = t[: t.index("关于")] if "关于" in t[2:] else ""
    return t if organ and P.DOC_TYPE_END.search(t) and (P.ORGAN_TITLE.match(t) or P.is_national_organ(organ)) \
        else None


def _reported_document(lines: list[Line], start: int, end: int) -> tuple[int, str] | None:
    """(line, title) of the document the item's first sentence lines report, among its first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:6]
    return next(((j, t) for j in cands if (t := _reported_title(_c(lines[j])))), None)


def _original_title(lines: list[Line], start: int, end: int) -> int | None:
    """The line printing the item's headline as 原标题:…, among the first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:40]
    return next((j for j in cands if _ORIGINAL_TITLE.match(_c(lines[j]))), None)


def _title_shaped(c: str) -> bool:
    """Shaped like a document's title: 关于…, organ + 关于, a document-type ending, a glued 文号, a 解读 page."""
    return bool(P.TITLE_START.search(c) or P.ORGAN_TITLE.match(c) or P.DOC_TYPE_END.search(c) or _unglue(c)[1]
                or re.search(r"解读|图解", c) or re.search(r"《[^》]+(?:通知|决定|意见|办法|方案|规定)》", c))


def _header_from_block(lines: list[Line], block, limit_end: int, file: str) -> Header | None:
    """A header read from a metadata block with no recognised header after it: its 标题 field, or the
    title line right after (or right before) the block."""
    # the title: the block's own 标题 field, else a title-shaped line after it (before any 主送)
    inside = [j for j in range(block.start, block.end + 1) if not lines[j].blank and j not in block.field_lines]
    after = inside + [j for j in range(block.end + 1, limit_end) if not lines[j].blank][:6]
    stop = next((j for j in after if P.RECIPIENTS.match(_c(lines[j]))), limit_end)
    title_i = None if block.title else next(
        (j for j in after if j < stop and _title_like(_c(lines[j])) and _title_shaped(_c(lines[j]))), None)
    if title_i is None and not block.title:  # a news report filed under the fields: its headline over its byline
        title_i = next((j for j, k in zip(after, after[1:]) if j > block.end and _title_like(_c(lines[j]))
                        and _NEWS_BYLINE.search(_c(lines[k]))), None)
    number = None
    if title_i is not None:
        title, number = _unglue(_c(lines[title_i]))
        title, title_end = (title, title_i) if number else _collect_title(lines, title_i, title)
        title, number = _unglue(title) if not number else (title, number)
    else:
        before = [j for j in range(max(0, block.start - 6), block.start) if not lines[j].blank]
        if len(before) >= 2 and P.DOC_NUMBER_LINE.match(_c(lines[before[-1]])) \
                and P.READING_TITLE.search(_c(lines[before[-2]])):
            before = before[:-1]  # a 解读 title over the read document's 文号, then the page's fields
        # (a credit line between the headline and the fields, "——某县应急管理局供稿", is passed over)
        title_i = next((j for j in reversed(before[-2:]) if _title_like(_c(lines[j]))), None)
        title, title_end = (_c(lines[title_i]), title_i) if title_i is not None else (None, block.end)
    number_line = title_i  # a 文号 glued to the title line
    title = _unglue(block.title)[0] if block.title else title  # "济高新管发〔2024〕4号 济宁高新区管委会关于…"
    if not title:
        if not (block.doc_number or block.date or block.issuer):
            return None
        # a block with 文号 / date / issuer but no title: named by the first heading-like line after it
        j = _first_title(lines, block.end + 1, limit_end)
        title = _c(lines[j]) if j is not None else Path(file).stem
    if not (number or block.doc_number):  # the 文号 printed right under the block ("日期:… 来源:…" ⏎ "陇政办发〔2025〕7号")
        # (a law site prints the organ and the title again over it: "辽宁省沈阳市人民政府" ⏎ "沈阳市鼓励…的规定" ⏎ "沈政令[1997]29号")
        under = [j for j in range(max(block.end, title_end or 0) + 1, limit_end) if not lines[j].blank][:4]
        for k, j in enumerate(under):
            m = P.DOC_NUMBER_LINE.match(_c(lines[j]))
            if m:
                number, number_line = normalize_doc_number(m["num"]), j
                break
            if k >= 1 and not (P.is_organ(_c(lines[j])) or title and _c(lines[j]) == compact(title)):
                break
    start = _title_above(lines, min(block.start, title_i if title_i is not None else block.start), title)
    # the organ the title opens with issues the document; the page's 发布机构 is who posted it ("谯城区政府(办公室)")
    # ("平凉市崆峒区人民政府工作规则" under 发布机构 "区政府办": the government's rules)
    organ = P.ORGAN_TITLE.match(compact(title))
    organ = organ["organ"] if organ and P.ORGAN_PLACE.match(organ["organ"]) else title_organ(title)
    issuer = organ or block.issuer
    return Header(start=start, issuer=issuer, title=title,
                  title_start=title_i if title_i is not None else block.start,
                  title_end=max(title_end, block.end) if title_i is None or title_i < block.start else title_end,
                  end=max(title_end, block.end, number_line if number and number_line is not None else -1),
                  doc_number=block.doc_number or number,
                  doc_number_line=block.lines.get("doc_number", number_line if number else None), evidence=("metadata",),
                  metadata=dict(block.fields), date=block.date,
                  date_line=block.lines.get("date", block.lines.get("published")))


def _title_above(lines: list[Line], start: int, title: str) -> int:
    """Where a header reaching back to the page's title starts: the page prints the document's title right above
    the metadata block the header opens with (the title line, then 索引号 / 文件编号 …, then the document)."""
    above = [j for j in range(max(0, start - 4), start) if not lines[j].blank]
    if above and _title_like(_c(lines[above[-1]])) and compact(title).endswith(_c(lines[above[-1]])[-6:]):
        return above[-1]
    return start


def _titled_after(lines: list[Line], end: int, limit: int) -> bool:
    """A title-shaped line among the few lines after index `end` (the document a block heads)."""
    after = [j for j in range(end + 1, limit) if not lines[j].blank][:6]
    return any(_title_like(_c(lines[j])) and _title_shaped(_c(lines[j])) for j in after)


def _more_specific(a: str | None, b: str | None) -> str | None:
    """Of two spellings of one issuer, the one that names the place ("嘉鱼县人民政府办公室" over "县人民政府办公室",
    "下陆区政府办公室" over "区人民政府办公室")."""
    fold = lambda s: compact(s).replace("人民政府", "政府")
    # a longer spelling names a place, not a page's column ("政务服务丨济宁市人民政府")
    if a and b and len(fold(b)) > len(fold(a)) and fold(b).endswith(fold(a)[1:]) and not re.search(r"[丨|｜:：]", b):
        return b
    return a or b


def with_metadata(lines: list[Line], headers: list[Header], blocks, file: str) -> list[Header]:
    """Attach each metadata block to the header printed right after it, or read a header from it."""
    out = list(headers)

    def merged(h: Header, b, **extra) -> Header:
        return replace(h, metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                       issuer=_more_specific(h.issuer, b.issuer), doc_number=h.doc_number or b.doc_number,
                       doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                       date=b.date, date_line=b.lines.get("date", b.lines.get("issued", b.lines.get("published"))),
                       **extra)

    for b in blocks:
        within = [k for k, h in enumerate(out) if b.start < h.start and h.end < b.end and not h.metadata]
        if within:  # the title printed among the fields ("生成日期 …" ⏎ title ⏎ "文件编号 …"): one header
            h = out[within[0]]
            out[within[0]] = merged(h, b, start=b.start, end=b.end)
            continue
        inside = [k for k, h in enumerate(out) if h.start <= b.start <= h.end]
        if inside:  # printed between the title and the 主送
            h = out[inside[0]]
            if not h.metadata:
                out[inside[0]] = merged(h, b)
            elif b.start > h.title_start and (b.issuer or b.doc_number):
                # a repost's own fields (文章来源, 发布日期) above the title, the document's (发布部门, 发布文号, its
                # 发布日期) under it: the document's win
                out[inside[0]] = replace(merged(h, b), metadata={**h.metadata, **b.fields})
            continue
        before = [k for k, h in enumerate(out) if h.end < b.start]
        if before and not out[before[-1]].metadata:
            h = out[before[-1]]
            gap = len([j for j in range(h.end + 1, b.start) if not lines[j].blank])
            if gap <= 2:  # the title printed above the page's metadata block
                out[before[-1]] = replace(
                    h, end=b.end, metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                    issuer=_more_specific(h.issuer, b.issuer), doc_number=h.doc_number or b.doc_number,
                    doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                    date=b.date, date_line=b.lines.get("date", b.lines.get("published")))
                continue
        # a header whose title line is the block's own 标题 value starts inside the block: it follows it
        after = [k for k, h in enumerate(out) if h.start > b.end or (b.start < h.start <= b.end and h.end >= b.end)]
        k = after[0] if after else None
        gap = len([j for j in range(b.end + 1, out[k].start) if not lines[j].blank]) if k is not None else None
        if k is not None and gap <= 2:  # nothing but a line or two (a repeated title) between
            h = out[k]
            out[k] = replace(
                h, start=_title_above(lines, b.start, h.title), metadata=dict(b.fields), evidence=h.evidence + ("metadata",),
                issuer=_more_specific(h.issuer, b.issuer), doc_number=h.doc_number or b.doc_number,
                doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                date=b.date, date_line=b.lines.get("date", b.lines.get("published")))
            continue
        limit = out[k].start if k is not None else len(lines)
        if k is None and before and not b.title and not _titled_after(lines, b.end, limit):
            # a page's fields printed at its bottom, under the document: they fill what its header left open
            h = out[before[-1]]
            out[before[-1]] = replace(
                h, metadata={**b.fields, **h.metadata}, issuer=h.issuer or b.issuer,
                doc_number=h.doc_number or b.doc_number,
                doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                date=h.date or b.date,
                date_line=h.date_line if h.date else b.lines.get("date", b.lines.get("published")))
            continue
        h = _header_from_block(lines, b, limit, file)
        if h is not None and not any(o.start <= h.start <= o.end or h.start <= o.start <= h.end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


def drop_list_entries(lines: list[Line], headers: list[Header]) -> list[Header]:
    """One-line titles with nothing under them before the next header are entries of a list (a 目录
    printed without page numbers), not documents, unless a 文号, 主送 or metadata block backs them."""
    out = []
    for k, h in enumerate(headers):
        nxt = headers[k + 1].start if k + 1 < len(headers) else None
        weak = set(h.evidence) <= {"organ", "title", "one_line"}
        if nxt is not None and weak and not any(not ln.blank for ln in lines[h.end + 1 : nxt]):
            continue
        out.append(h)
    return out


def _bare_title(title: str) -> str:
    """A title without book-title marks, quotes and the 、 between joint issuers: 关于印发《X》的通知 and 关于印发X的通知
    are one title, and so are "财政部、国家税务总局关于…" and "财政部 国家税务总局关于…"."""
    return re.sub(r"[《》〈〉“”\"'‘’、]", "", strip_counter(compact(title)))


def _fuller_title(page: str, own: str) -> str:
    """Of a title printed twice, the document's own copy, unless it lost the first characters of the page's (a spaced
    heading "府 工 作 报 告" under the 名称 "2022年政府工作报告"): then the page's."""
    return page if _bare_title(page).endswith(_bare_title(own)) and not P.TITLE_START.search(compact(own)) \
        and not re.match(r".*?(?:关于|印发|转发)", compact(page)) else own


def merge_repeated(lines: list[Line], headers: list[Header]) -> list[Header]:
    """A web page prints the document's title, then the document's own header with the same title:
    one document, starting at the page title, with the fields of both."""
    out: list[Header] = []
    for h in headers:
        prev = out[-1] if out else None
        if prev is not None:
            between = [lines[j] for j in range(prev.end + 1, h.start) if not lines[j].blank]
            a, b = _bare_title(prev.title), _bare_title(h.title)
            same = a == b or a.endswith(b) or b.endswith(a)
            if same and len(between) <= 8 and not any("。" in ln.text for ln in between):
                out[-1] = replace(
                    h, start=prev.start, evidence=tuple(dict.fromkeys(h.evidence + prev.evidence)),
                    title=_fuller_title(prev.title, h.title),
                    metadata={**prev.metadata, **h.metadata}, issuer=_more_specific(h.issuer, prev.issuer),
                    doc_number=h.doc_number or prev.doc_number,
                    doc_number_line=h.doc_number_line if h.doc_number else prev.doc_number_line,
                    date=h.date or prev.date, date_line=h.date_line if h.date else prev.date_line)
                continue
        out.append(h)
    return out


def _fallback_title(lines: list[Line], j: int, end: int | None = None) -> tuple[str, int]:
    """The title at line j, joined with short title-like lines after it (before index `end`) until it ends
    like a title."""
    title, last = _c(lines[j]), j
    for _ in range(MAX_TITLE_LINES - 1):
        nxt = _nonblank_after(lines, last, 1)
        if P.DOC_TYPE_END.search(title):
            c = _c(lines[nxt[0]]) if nxt and nxt[0] - last <= 2 and (end is None or nxt[0] < end) else ""
            if _TITLE_AND.match(c) and P.DOC_TYPE_END.search(c):
                title, last = title + c, nxt[0]  # a compound title's "和…纲要" line
            elif c and not _title_complete(title) and _TITLE_TAIL.match(c):
                title, last = title + c, nxt[0]  # "关于印发…三年行动计划" ⏎ "(2023—2025年)的通知"
            break
        if not nxt or nxt[0] - last > 3 or (end is not None and nxt[0] >= end):
            break  # a preamble's name never runs into the header after it
        c = _c(lines[nxt[0]])
        if last == j and _byline_over_title(title, c):
            title, last = c, nxt[0]  # "山东省人民政府" ⏎ "山东省实施《…》办法(2004年修正)": the organ signs, the title is below
            continue
        if P.is_organ(title) and c in _KIND_WORDS:
            title, last = title + c, nxt[0]  # "某县人民政府" ⏎ "通告": the organ's notice
            break
        if len(c) > 40 or not _title_like(c) or re.search(r"来源|时间|日期|浏览|发布", c) or _is_header_stop(c) \
                or _ORIGINAL_TITLE.match(c):
            break  # (the item's 原标题 credit under its headline is no line of it)
        if title.endswith(c):
            last = nxt[0]  # the title's last line printed twice (a page's layout echo): once is the title
            break
        if last > j and title.startswith(c):
            break  # the whole title printed again from its first line ("…“金树叶级”" ⏎ "“银树叶级”…出炉", twice)
        title, last = title + c, nxt[0]
    return title, last


def _byline_over_title(organ: str, c: str) -> bool:
    """An organ line over a whole title that opens with the organ's own place and names no 关于 ("山东省人民政府" ⏎ "山东省
    实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)"): the title names its subject itself, so the organ line is the
    law site's byline, not the title's first words (an organ over "关于…" opens the title, see organs_over_title)."""
    place = P.ORGAN_PLACE.match(organ) if P.is_organ(organ) else None
    return bool(place) and len(place[0]) >= 2 and c.startswith(place[0]) and not P.is_organ(c) \
        and "关于" not in c and bool(P.DOC_TYPE_END.search(c)) and len(c) <= 60


# a notice's kind printed alone under its organ ("某县人民政府" ⏎ "通告")
_KIND_WORDS = {"公告", "通告", "布告", "通知", "决定", "命令", "公报"}


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


def _number_then_recipients(c: str) -> re.Match | None:
    m = _NUMBER_THEN_RECIPIENTS.match(c) if len(c) >= 150 else None
    return m if m and "关于" not in m["to"] and P.RECIPIENTS.match(m["to"]) else None


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
        if len(bare) >= 8 and _bare_title(fuller).endswith(bare) and len(_bare_title(fuller)) > len(bare) \
                and not re.search(r"[:：]", fuller):  # (nor a label joined to it: "基本介绍" ⏎ "中文名:…")
            return k, fuller, last
    return j, title, title_end


# a page heading's year tag after a whole title ("國務院關於同意四川省調整成都市部分行政區劃的批覆 (2015年)", a library
# telling apart its pages of one name)
_YEAR_TAG = re.compile(r"\s*[（(]\s*(?:19|20)\d{2}年\s*[)）]$")


def _untagged_copy(lines: list[Line], j: int, title: str, title_end: int, end: int) -> tuple[int, str, int]:
    """(line, title, last line): a page heading that is the document's title with a year tag after it, the document
    printing its title without the tag a few lines below: the document's own copy is its title (a year printed as
    part of the title, "…责任分解(2023年)" with no bare copy below, stays)."""
    bare = _YEAR_TAG.sub("", title)
    if bare == title or not P.DOC_TYPE_END.search(bare):
        return j, title, title_end
    for k in [k for k in range(title_end + 1, min(end, len(lines))) if not lines[k].blank][:6]:
        if _c(lines[k]) == compact(bare):
            return k, _c(lines[k]), k
    return j, title, title_end


# a page printed on one line, its title (organs, 关于…, the kind) run straight into the first sentence ("…示范市、县名单的
# 公示2023年,农业农村部和应急管理部继续组织…"): the sentence opens on a year, 为, 根据, 按照, 近日 or 经
_GLUED_TITLE = re.compile(r"^(?P<title>[^。，,：:；;《》]{0,60}?关于[^。：:；;]{4,100}?的(?:公示|通知|公告|通告|通报|决定|意见|批复))"
                          r"(?=(?:19|20)\d{2}年|为|根据|按照|近日|经)")


# a document-sharing site's file name standing as a heading ("贯彻落实…责任分工表.docx"): the uploader's name for the file,
# at best the title when the document prints none of its own
_FILE_NAME = re.compile(r"^(?P<stem>\S.{2,80}?)\.(?:docx?|wps|pdf|xlsx?|pptx?|ofd|txt)$", re.IGNORECASE)
# the site's page number glued before a preview's first words ("1、贯彻落实…分工表序号工作内容…")
_PREVIEW_PAGE = re.compile(r"^\d{1,3}[、.．]")


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
        if len(c) > 40 or "。" in c or P.RECIPIENTS.match(c):
            break  # the body begins
        if _title_like(c):
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
    return None


def _glued_title(lines: list[Line], start: int, end: int) -> tuple[int, str] | None:
    """(line, title) of a first line over 80 characters opening with its title glued to the text."""
    first = next((k for k in range(start, min(end, len(lines))) if not lines[k].blank), None)
    c = _c(lines[first]) if first is not None else ""
    m = _GLUED_TITLE.match(c) if len(c) > 80 else None
    if not m:
        return None
    return first, m["title"]


def fallback_header(lines: list[Line], file: str, start: int, end: int, preamble: bool = False) -> Header:
    """The header of a file (or of the text before its first header) where none was recognised."""
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
    if item is not None:  # a 责任清单 page: its 管理事项 names the entry
        j, title = item
        title_end, number = j, None
    elif j is not None:
        title, title_end = _fallback_title(lines, j, end)
        if (named := _FILE_NAME.match(title)) is not None:  # a shared file's name: its printed heading, else the name
            j, title, title_end = _printed_heading(lines, j, named["stem"], end) or (j, named["stem"], title_end)
        j, title, title_end = _fuller_copy(lines, j, title, title_end, end)
        j, title, title_end = _untagged_copy(lines, j, title, title_end, end)
        title = _READING_LEAD.sub(r"\1", title)
        if _QUOTED_LABEL.match(title) and _title_shaped(_QUOTED_LABEL.sub("", title)):
            title = _QUOTED_LABEL.sub("", title)
        title, number = _unglue(title.lstrip("●◆■□▪•·○◇★☆"))  # a news list's bullet is not the headline's
    elif (glued := _glued_title(lines, start, end)) is not None:  # a page on one line, the title run into the text
        j, title = glued
        title_end, number = j, None
    else:
        title, title_end, number = Path(file).stem, start - 1, None
        linked = _linked_file(lines, start, end)
        if linked:  # no heading line: the page's download link names the document ("…号关于….pdf")
            title, number = linked
    # the 文号 line among the first lines; a number without its organ part only as the file's first line
    first = next((k for k in range(start, min(end, len(lines))) if not lines[k].blank), None)
    # (a number without its organ part also right under the title: "某县人民政府通告" ⏎ "〔2023〕第1号")
    under = _nonblank_after(lines, title_end, 1) if j is not None else []
    # (or the 文号 and the signing date on one line: "宜府办发〔2022〕38号 2022年9月27日", the excerpt's first line)
    # (or the 文号 run on into the 主送 on a page printed as one line: "穗环[2019]131号 市生态环境局各区分局,…:  根据…")
    num_i = next((k for k in range(start, min(end, start + 40)) if P.DOC_NUMBER_LINE.match(_c(lines[k]))
                  or (k == first or k in under) and (P.BARE_NUMBER_LINE.match(_c(lines[k]))
                                                     or _date_and_number(_c(lines[k])))
                  or k == first and _number_then_recipients(_c(lines[k]))), None)
    dated = {}
    if number is None and num_i is not None and not P.READING_TITLE.search(compact(title)):
        # (a 解读 page's nearby 文号 is the read document's)
        c = _c(lines[num_i])
        m = P.DOC_NUMBER_LINE.match(c) or P.BARE_NUMBER_LINE.match(c) or _date_and_number(c) \
            or _number_then_recipients(c)
        number = normalize_doc_number(m["num"])
        if "d" in m.groupdict():
            dated = dict(date=P.parse_date(m["d"]), date_line=num_i)
    if j is not None and any(len(_c(ln)) > 40 or "。" in ln.text for ln in lines[start:j]):
        # the title was found below body text: only its own lines are the title, nothing above is header
        return Header(start=start, issuer=None, title=title, title_start=j, title_end=title_end, end=start - 1,
                      doc_number=number, doc_number_line=num_i if number else None, evidence=(),
                      metadata={"title_below_text": True}, **dated)
    return Header(start=start, issuer=None, title=title, title_start=j if j is not None else start - 1,
                  title_end=title_end, end=title_end if j is not None else start - 1, doc_number=number,
                  doc_number_line=num_i if number else None, evidence=(), **dated)


