"""Web pages without a recognised header: metadata blocks attached to (or read as) headers, page titles repeated
by the document's own header, and list entries. What a line reads as is page_titles.py; the header of a file with
none at all is fallback_header.py."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.fallback_header import _untagged_copy, fallback_header
from kg.parse.header_lines import _unglue
from kg.parse.chrome import is_chrome, strip_site_suffix
from kg.parse.headers import Header, _c, _collect_title, _nonblank_after
from kg.parse.issuing_notice import issuing_notice_below, joint_organs_of
from kg.parse.title_organs import organs_set_apart, title_organ
from kg.parse.metadata import is_metadata_line
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.page_titles import _NEWS_BYLINE, _bare_title, _first_title, _title_like, _title_shaped

__all__ = ["with_metadata", "merge_repeated", "drop_list_entries"]


def _trailing_byline(lines: list[Line], block, limit: int) -> bool:
    """The block is a byline (a date, a source, an author: no title, 文号 or issuer) under a page's running text
    (a sentence before it) with no title after it."""
    text = [ln for ln in lines[: block.start] if not ln.blank]
    return bool(block.date) and not (block.title or block.doc_number or block.issuer) \
        and any("。" in ln.text for ln in text) and not _titled_after(lines, block.end, limit)


def _fields_under_text(lines: list[Line], block, limit: int) -> bool:
    """The block names a 文号 or an issuer but no title, under a page's running text (a sentence before it) that opens
    with a title line, and no title follows it ("关于对…进行表彰的决定" ⏎ … ⏎ "二○一一年二月二十三日" ⏎ "主题词:…" ⏎ "索 引 号
    文 号 发布机构 …" ⏎ "N001-2011-000627 宛政〔2011〕7号" ⏎ …, a policy site's copy of a city portal's page)."""
    text = [ln for ln in lines[: block.start] if not ln.blank]
    return bool(block.doc_number or block.issuer) and not block.title and bool(text) \
        and any("。" in ln.text for ln in text) and "。" not in text[0].text and _title_shaped(_c(text[0])) \
        and not _titled_after(lines, block.end, limit)


def _over_byline(lines: list[Line], j: int) -> bool:
    """Line j is printed right over a page's byline (发布时间 / 信息来源 …): the page's headline."""
    k = _nonblank_after(lines, j, 1)
    return bool(k) and bool(_NEWS_BYLINE.search(_c(lines[k[0]])))


# a 公告's serial alone on its line, no organ or year ("第2254号"; a 令's "第48号" goes with its 令 line, see headers)
_SERIAL = re.compile(r"第\d{1,5}号")


# a post's bare date (with its time) or bare view count on its own line
_BARE_POST_LINE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,7}")


def _header_from_block(lines: list[Line], block, limit_end: int, file: str) -> Header | None:
    """A header read from a metadata block with no recognised header after it: its 标题 field, or the
    title line right after (or right before) the block."""
    # the title: the block's own 标题 field, else a title-shaped line after it (before any 主送)
    inside = [j for j in range(block.start, block.end + 1) if not lines[j].blank and j not in block.field_lines]
    after = inside + [j for j in range(block.end + 1, limit_end) if not lines[j].blank][:6]
    stop = next((j for j in after if P.RECIPIENTS.match(_c(lines[j]))), limit_end)
    # (or the page's headline over its byline, though it names no kind: "2024年金东区政府民生实事项目" ⏎ "发布时间: 2024-03-29
    # 12:33 信息来源: …" ⏎ "2024年金东区政府民生实事任务分解方案", the heading of the table under it)
    title_i = None if block.title else next(
        (j for j in after if j < stop and _title_like(_c(lines[j])) and (_title_shaped(_c(lines[j])) or _over_byline(lines, j))),
        None)
    decreed = None  # (a title glued to the decree the fields name, see `_decree_off`)
    if not block.title and block.doc_number and "令" in block.doc_number:
        decreed = next(((j, t) for j in after if j < stop for t in [_decree_off(lines[j], block.doc_number)] if t), None)
        # (before any other title line after the fields: the rule's own heading over its articles comes after it)
        decreed = decreed if decreed and (title_i is None or decreed[0] <= title_i) else None
        title_i = decreed[0] if decreed else title_i
    if title_i is not None and title_i > block.end and _headline_over(lines, block.start) \
            and any("。" in lines[j].text for j in range(block.end + 1, title_i)):
        # the block is the byline of the headline right over it, the title after the item's lead the notice it reports
        # ("淄博市发布…评估结果" ⏎ "更新时间:2023-06-29 15:35" ⏎ "来源:淄博市生态环境局" ⏎ … ⏎ "【…网讯】…。" ⏎ "关于发布…的公告")
        title_i = None
    if title_i is None and not block.title:  # a news report filed under the fields: its headline over its byline
        title_i = next((j for j, k in zip(after, after[1:]) if j > block.end and _title_like(_c(lines[j]))
                        and _NEWS_BYLINE.search(_c(lines[k]))), None)
    if title_i is None and not block.title:
        # a heading printed twice under the fields, whatever its kind ("固东镇政府信息公开信息目录管理和备案制度" ⏎ "" ⏎ the
        # same, a town's rules on its portal, other_districts_fresh37 yunnan_tengchong-gudong-…): the page's title over
        # the document's own, never a line above the fields (a mirror's spam line)
        twice = next((j for j, k in zip(after, after[1:]) if block.end < j < stop and _title_like(_c(lines[j]))
                      and _c(lines[k]) == _c(lines[j]) and len(_c(lines[j])) >= 8), None)
        title_i = twice
    else:
        twice = None
    number, number_under = None, None
    if title_i is not None:
        headline = next((_c(lines[j]) for j in reversed(range(max(0, block.start - 3), block.start))
                         if not lines[j].blank), "")
        title_i = _opened_above(lines, after, title_i, headline)
        title, number = _unglue(_c(lines[title_i]))
        title, title_end = (title, title_i) if number else _collect_title(lines, title_i, title)
        title, number = _unglue(title) if not number else (title, number)
        if twice is not None:  # (the heading alone: the text under its second copy is the document's)
            title, number, title_end = _c(lines[twice]), None, twice
        if not number:  # (a law site's headline with its year tag, the document's own copy below it without the tag)
            title = _untagged_copy(lines, title_i, title, title_end, limit_end)[1]
    else:
        before = [j for j in range(max(0, block.start - 6), block.start) if not lines[j].blank]
        # (the byline's bare date and view count between the headline and the fields are passed over: "《…办法(试行)》发布"
        # ⏎ "2024/8/20 11:59:00" ⏎ "21865" ⏎ "来源:河北省生态环境厅", fresh39's hebei-sthjt news item)
        before = [j for j in before if not _BARE_POST_LINE.fullmatch(_c(lines[j]))]
        if len(before) >= 2 and P.DOC_NUMBER_LINE.match(_c(lines[before[-1]])) \
                and P.READING_TITLE.search(_c(lines[before[-2]])):
            before = before[:-1]  # a 解读 title over the read document's 文号, then the page's fields
        # (a credit line between the headline and the fields, "——某县应急管理局供稿", is passed over)
        title_i = next((j for j in reversed(before[-2:]) if _title_like(_c(lines[j]))), None)
        title, title_end = (_c(lines[title_i]), title_i) if title_i is not None else (None, block.end)
        opened = _opened_above(lines, before, title_i) if title_i is not None else None
        if opened is not None and opened != title_i:
            # (the title broken before its kind over the fields: "中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高" ⏎
            # "新技术产业开发区发展的决定" ⏎ "【法规类别】…", doczj.com/doc/3511446647.html: both lines)
            title, title_i = _c(lines[opened]) + title, opened
        # the 文号 alone on the line between that title and the fields ("安化县乡村道路命名工作实施方案" ⏎ "安民函〔2025〕15号" ⏎
        # "作者: 发布时间:2025-06-23 10:06 信息来源: 安化县民政局", anhua.gov.cn/199/2808/2809/2810/content_2077611.html)
        between = [j for j in range(title_i + 1, block.start) if not lines[j].blank] if title_i is not None else []
        m = P.DOC_NUMBER_LINE.match(_c(lines[between[0]])) if len(between) == 1 else None
        if m and not block.doc_number and not P.READING_TITLE.search(title or ""):  # (a 解读's: the read document's)
            number, number_under = normalize_doc_number(m["num"]), between[0]
    if decreed:
        (title_i, title), title_end = decreed, decreed[0]
    issuing = issuing_notice_below(lines, block.end + 1, limit_end, title) \
        if title and title_i is not None and title_i < block.start else None
    heading_i = None  # (the page's heading line over the fields, when the document is the notice under them)
    if issuing:  # (the page headed by the 办法 a joint notice issues: the notice, see kg.parse.issuing_notice)
        heading_i, (title_i, title) = title_i, issuing
        title_end = title_i
    number_line = title_i if number_under is None else number_under  # a 文号 glued to the title line, or under it
    title = _unglue(block.title)[0] if block.title else title  # "济高新管发〔2024〕4号 济宁高新区管委会关于…"
    if not title:
        if not (block.doc_number or block.date or block.issuer):
            return None
        # a block with 文号 / date / issuer but no title: named by the first heading-like line after it
        j = _first_title(lines, block.end + 1, limit_end)
        title = _c(lines[j]) if j is not None else Path(file).stem
    if not (number or block.doc_number):  # the 文号 printed right under the block ("日期:… 来源:…" ⏎ "陇政办发〔2025〕7号")
        # (a law site prints the organ and the title again over it: "辽宁省沈阳市人民政府" ⏎ "沈阳市鼓励…的规定" ⏎ "沈政令[1997]29号";
        # a number under the title printed a third time and a short organ line is serials.number_under_organ's)
        under = [j for j in range(max(block.end, title_end or 0) + 1, limit_end) if not lines[j].blank][:4]
        for k, j in enumerate(under):
            m = P.DOC_NUMBER_LINE.match(_c(lines[j]))
            if m:
                number, number_line = normalize_doc_number(m["num"]), j
                break
            if k == 0 and title and title.endswith("公告") and _SERIAL.fullmatch(_c(lines[j])):
                number, number_line = _c(lines[j]), j  # a 公告's serial right under its title ("…农业部公告" ⏎ "第2254号")
                break
            if k >= 1 and not (P.is_organ(_c(lines[j])) or title and _c(lines[j]) == compact(title)):
                break
    start = _title_above(lines, min(block.start, title_i if title_i is not None else block.start), title)
    start = heading_i if heading_i is not None else start
    # the organ the title opens with issues the document; the page's 发布机构 is who posted it ("谯城区政府(办公室)")
    # ("平凉市崆峒区人民政府工作规则" under 发布机构 "区政府办": the government's rules)
    organ = P.ORGAN_TITLE.match(compact(title))
    organ = organ["organ"] if organ and P.ORGAN_PLACE.match(organ["organ"]) else title_organ(title)
    # (or the organs it opens with set apart by 、, a joint title over a law site's 发布部门 naming one of them: "中共惠州市委、
    # 惠州市人民政府关于…的决定" under "【发布部门】惠州市政府", doczj.com/doc/3511446647.html)
    organ = organ or "、".join(organs_set_apart(title))
    if issuing:  # (its organs as the title prints them, the page's issuer field naming the same ones)
        organ = "、".join(joint_organs_of(title, lines, block.lines.get("issuer"))) or organ
    issuer = organ or block.issuer
    return Header(start=start, issuer=issuer, title=title,
                  title_start=title_i if title_i is not None else block.start,
                  title_end=max(title_end, block.end) if title_i is None or title_i < block.start else title_end,
                  end=max(title_end, block.end, number_line if number and number_line is not None else -1),
                  doc_number=block.doc_number or number,
                  doc_number_line=block.lines.get("doc_number", number_line if number else None), evidence=("metadata",),
                  metadata=dict(block.fields), date=block.date,
                  date_line=block.lines.get("date", block.lines.get("published")))


# a rule's title glued to the decree line promulgating it ("广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号",
# under an essay site's 【发布文号】…令2016年第116号)
def _decree_off(line: Line, decree: str) -> str | None:
    """The title of a line that glues a title to the decree `decree` (a metadata block's number), or None."""
    c, d = _c(line), compact(decree)
    t = c[:-len(d)] if c.endswith(d) and "令" in d and P.is_organ(d.split("令")[0]) else ""
    return t if _title_like(t) and P.DOC_TYPE_END.search(t) else None


def _headline_over(lines: list[Line], start: int) -> bool:
    """A headline stands right over line `start` (a byline line the block did not take between at most)."""
    above = [j for j in range(max(0, start - 4), start) if not lines[j].blank][-2:]
    if above and _NEWS_BYLINE.search(_c(lines[above[-1]])):
        above = above[:-1]
    return bool(above) and _title_like(_c(lines[above[-1]]))


def _opened_above(lines: list[Line], after: list[int], title_i: int, headline: str = "") -> int:
    """Where a title the page broke before its kind starts: the line above its last line (a blank line between at
    most) holding the organ and 关于 with no kind of its own ("市政府关于印发2023年度民生服务" ⏎ "“十百千”行动实施方案的通知"),
    or making with it the headline the page printed over its fields ("阿坝藏族羌族自治州人民代表大会" ⏎ "常务委员会机关公文
    处理办法" under the headline "阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法"); else the line itself."""
    k = after.index(title_i)
    prev = after[k - 1] if k > 0 and title_i - after[k - 1] <= 2 else None
    above, own = (_c(lines[prev]) if prev is not None else ""), _c(lines[title_i])
    if above and above + own == headline:
        return prev
    return prev if ("关于" in above and "关于" not in own and _title_like(above)
                    and not P.DOC_TYPE_END.search(above) and len(above + own) <= 100) else title_i


def _title_above(lines: list[Line], start: int, title: str) -> int:
    """Where a header reaching back to the page's title starts: the page prints the document's title right above
    the metadata block the header opens with (the title line, then 索引号 / 文件编号 …, then the document)."""
    above = [j for j in range(max(0, start - 4), start) if not lines[j].blank]
    if above and _title_like(_c(lines[above[-1]])) and compact(title).endswith(_c(lines[above[-1]])[-6:]):
        return above[-1]
    # (the page's title with the browser tab's site path after it, a breadcrumb between: "北京市西城区…规划纲要-规划-政务公开-
    # 首都之窗" ⏎ "政务公开 > 规划 > 区级规划纲要" ⏎ "1. [主题分类] …", fresh9's 首都之窗 mirror)
    top = [j for j in above if strip_site_suffix(_c(lines[j])) != _c(lines[j])
           and compact(title) == compact(strip_site_suffix(_c(lines[j])))]
    if top and all(is_chrome(lines[j].text) for j in above if j > top[-1]):
        return top[-1]
    return start


def _forwarding_title(lines: list[Line], start: int, title: str) -> tuple[int, str] | None:
    """The page's own 转发 heading printed right above the metadata block, forwarding the document whose title the
    header below reads ("转发山西省住房和城乡建设厅城镇燃气经营许可管理办法" ⏎ "发布日期: … 发布机构: …" ⏎ "山西省住房和城乡建设厅
    城镇燃气经营许可管理办法", 晋城 城区): (its line, its text), the page's title; else None."""
    above = next((j for j in range(start - 1, max(-1, start - 4), -1) if not lines[j].blank), None)
    text = _c(lines[above]) if above is not None else ""
    return (above, text) if re.fullmatch(r"(?:转发|转载)(?P<t>.{6,})", text) and text[2:] == compact(title) else None


def _titled_after(lines: list[Line], end: int, limit: int) -> bool:
    """A title-shaped line among the few lines after index `end` (the document a block heads)."""
    after = [j for j in range(end + 1, limit) if not lines[j].blank][:6]
    return any(_title_like(_c(lines[j])) and _title_shaped(_c(lines[j])) for j in after)


# an organ's name opening with its own place ("大张庄镇", "下陆区"), not a level word alone ("县人民政府办公室")
_NAMES_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:省|市|区|县|旗|州|盟|镇|乡|街道)")


def _more_specific(a: str | None, b: str | None) -> str | None:
    """Of two spellings of one issuer, the one that names the place ("嘉鱼县人民政府办公室" over "县人民政府办公室",
    "下陆区政府办公室" over "区人民政府办公室")."""
    fold = lambda s: compact(s).replace("人民政府", "政府")
    # a longer spelling names a place, not a page's column ("政务服务丨济宁市人民政府"); a spelling that names its own place
    # is kept as printed ("大张庄镇人民政府", the title's organ, over the page's "沂源县大张庄镇人民政府")
    if a and b and len(fold(b)) > len(fold(a)) and fold(b).endswith(fold(a)[1:]) and not re.search(r"[丨|｜:：]", b) \
            and not _NAMES_PLACE.match(fold(a)):
        return b
    return a or b


def _under_own_title(lines: list[Line], h: Header, b) -> bool:
    """A repost prints its own fields under the headline, then the document's title again and the document's own fields
    ("中华人民共和国农业部公告" ⏎ "发布日期:2023-04-12" (the repost) … "中华人民共和国农业部公告" ⏎ "第2254号" ⏎ "发布单位 :农业部
    发布日期 :2015-05-04 14:33"): the block right under the title's copy (its number between at most) is the document's."""
    between = [j for j in range(h.title_end + 1, b.start) if not lines[j].blank]
    return bool(h.title) and h.start < h.title_start and 0 <= h.title_end < len(lines) \
        and _c(lines[h.title_end]) == compact(h.title) and len(between) <= 3 \
        and any(_c(lines[j]) == compact(h.title) for j in range(h.start, h.title_start))


def _page_titled(lines: list[Line], block) -> bool:
    """The page opens with the block's title (its 中文名 / 名称 value) as its first line and a lead sentence under it, a few
    lines above the block (a page whose fields follow its title straight, "关于…的通知" ⏎ "文件名称: |" ⏎ …, is read as the
    block's header, its 文号 line under the block included)."""
    above = [j for j in range(0, block.start) if not lines[j].blank]
    return bool(above) and len(above) <= 6 and _bare_title(_c(lines[above[0]])) == _bare_title(compact(block.title)) \
        and any("。" in lines[j].text for j in above[1:])


# a field's label alone on its line, its value (if any) on the next ("  • 文件登记号:" ⏎ "  • 公开方式:" ⏎ "    主动公开" ⏎
# "  • 有效性:" ⏎ "    有效", fields the block reader does not know, fresh45 shengsi's bullets): the block's tail, not text
_BARE_LABEL = re.compile(r"^[•·●▪\-]?\s*[\u4e00-\u9fff]{2,8}[:：]$")
_BARE_VALUE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")


def _text_between(lines: list[Line], start: int, end: int) -> list[int]:
    """The non-blank lines in [start, end) other than bare field labels and the short values under them."""
    out, labelled = [], False
    for j in range(start, end):
        if lines[j].blank:
            continue
        c = _c(lines[j])
        if _BARE_LABEL.match(c):
            labelled = True
            continue
        if labelled and _BARE_VALUE.match(c):
            labelled = False
            continue
        labelled = False
        out.append(j)
    return out


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
                new = replace(merged(h, b), metadata={**h.metadata, **b.fields})
                # (a signing date the fields above printed, 成文日期, is not beaten by a byline's publication date under the
                # title: "成文日期 2023-06-28 发布日期 2023-06-29" ⏎ title ⏎ "发布日期:2023-06-29 16:14 来源:且末县人民政府办公室"
                # (fresh61 xinjiang_qiemo-xian-zhengfu-bangongshi-2023-guifanxing-wenjian-jizhong-qingli-tongzhi.txt:5, 9))
                if "date" in h.metadata and "date" not in b.fields and h.date:
                    new = replace(new, date=h.date, date_line=h.date_line)
                out[inside[0]] = new
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
        gap = len(_text_between(lines, b.end + 1, out[k].start)) if k is not None else None
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
            if _under_own_title(lines, h, b):  # the document's own fields under its own copy of the title: they win
                out[before[-1]] = replace(
                    h, metadata={**h.metadata, **b.fields}, issuer=b.issuer or h.issuer,
                    doc_number=b.doc_number or h.doc_number,
                    doc_number_line=b.lines.get("doc_number") if b.doc_number else h.doc_number_line,
                    date=b.date or h.date,
                    date_line=b.lines.get("date", b.lines.get("published")) if b.date else h.date_line)
                continue
            out[before[-1]] = replace(
                h, metadata={**b.fields, **h.metadata}, issuer=h.issuer or b.issuer,
                doc_number=h.doc_number or b.doc_number,
                doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                date=h.date or b.date,
                date_line=h.date_line if h.date else b.lines.get("date", b.lines.get("published")))
            continue
        if k is None and not before and _trailing_byline(lines, b, limit):
            # a news item's byline printed under its text, only the site's footer after it ("来源:【临安新闻网】 作者:…
            # 添加日期:2017-10-26"): it dates the item above and heads no document of its own
            h = fallback_header(lines, file, 0, b.start)
            out.append(replace(h, metadata={**b.fields, **h.metadata}, evidence=h.evidence + ("metadata",), date=b.date,
                               date_line=b.lines.get("date", b.lines.get("published"))))
            continue
        if k is None and not before and _fields_under_text(lines, b, limit):
            # a page's fields (文号, 发布机构) printed under the whole document, its title at the top and no header read:
            # they are the document's, filling what its own lines leave open (its signing date stays its own)
            h = fallback_header(lines, file, 0, b.start)
            out.append(replace(h, metadata={**b.fields, **h.metadata}, evidence=h.evidence + ("metadata",),
                               issuer=h.issuer or b.issuer, doc_number=h.doc_number or b.doc_number,
                               doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number")))
            continue
        if k is None and not before and b.title and _page_titled(lines, b):
            # a wiki's infobox under the page's title and its lead ("甘孜藏族自治州森林草原防滅火條例" (twice) ⏎ "…,於2020年12月30日
            # …通過,…批准。" ⏎ "基本介紹" ⏎ "• 中文名: 甘孜藏族自治州森林草原防滅火條例" ⏎ "• 制定機關:…" ⏎ "• 公布日期: 2021/1/28",
            # newton.com.tw/wiki): the fields are the document's the page is titled by, not a document of their own
            h = fallback_header(lines, file, 0, b.start)
            out.append(replace(h, metadata={**b.fields, **h.metadata}, evidence=h.evidence + ("metadata",),
                               issuer=h.issuer or b.issuer, doc_number=h.doc_number or b.doc_number,
                               doc_number_line=h.doc_number_line if h.doc_number else b.lines.get("doc_number"),
                               date=h.date or b.date,
                               date_line=h.date_line if h.date else b.lines.get("date", b.lines.get("published"))))
            continue
        h = _header_from_block(lines, b, limit, file)
        if h is not None and (forwarding := _forwarding_title(lines, b.start, h.title)):  # (the page's 转发 heading)
            h = replace(h, title=forwarding[1], title_start=forwarding[0], title_end=forwarding[0])
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


def _fuller_title(page: str, own: str) -> str:
    """Of a title printed twice, the document's own copy, unless it lost the first characters of the page's (a spaced
    heading "府 工 作 报 告" under the 名称 "2022年政府工作报告"): then the page's."""
    a, b = _bare_title(page), _bare_title(own)
    if not a.endswith(b) or P.TITLE_START.search(compact(own)):
        return own
    # (or lost the first characters of its place: "江县人民政府办公室关于…" under the page's "浦江县人民政府办公室关于…")
    # (or named its organ by its level only: "省人民政府关于…" under the headline "贵州省人民政府关于…")
    lost = a[: len(a) - len(b)]
    return page if not re.match(r".*?(?:关于|印发|转发)", compact(page)) or _place_cut(lost, b) \
        or _level_only(lost, b) else own


# an organ named by its level alone, opening a title ("省人民政府关于…", "市政府办公室关于…")
_LEVEL_ORGAN = re.compile(r"^[省市县区州旗盟](?:人民政府|政府)(?:办公厅|办公室)?(?=关于|印发|转发|批转)")


def _level_only(lost: str, own: str) -> bool:
    """The copy names its organ by its level alone and the page's title names the same organ with its place before it
    (lost "贵州" of "贵州省人民政府关于…"): the page's title names the organ in full."""
    return 2 <= len(lost) <= 8 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", lost)) and bool(_LEVEL_ORGAN.match(own)) \
        and bool(P.ORGAN_TITLE.match(lost + own)) and bool(P.ORGAN_PLACE.match(lost + own))


def _place_cut(lost: str, own: str) -> bool:
    """The characters a copy lost are the first of its place's name: one or two, the copy going on with the rest of a
    place (…县, …市, …区) and an organ ("江县人民政府办公室关于…" for "浦江县人民政府办公室关于…")."""
    return 1 <= len(lost) <= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", lost)) \
        and bool(P.ORGAN_TITLE.match(lost + own)) and bool(_NAMES_PLACE.match(lost + own)) \
        and not re.search(r"[省市区县旗州盟镇乡]$", lost)  # (a whole place lost is a longer spelling, not a cut)


# a notice issuing a plan by name ("大张庄镇人民政府关于印发《大张庄镇2021年度森林火灾应急预案》的通知")
_ISSUED = re.compile(r"(?:印发|转发)《(?P<plan>[^《》]{4,80})》")


_PLAN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|县|区|旗|镇|乡|街道)")


def _issues(notice: str, page: str) -> bool:
    """The notice issues the plan the page's title names: the 《》 it issues and the page's title end on the same words
    (at least 6, ending on its kind), the page naming it with its county or without the year ("沂源县大张庄镇森林火灾应急预案"
    for "《大张庄镇2021年度森林火灾应急预案》")."""
    m = _ISSUED.search(compact(notice))
    plan, page = _bare_title(m["plan"]) if m else "", _bare_title(page)
    k = 0
    while k < min(len(plan), len(page)) and plan[-1 - k] == page[-1 - k]:
        k += 1
    # (a plan opening with its place is that place's: the page's title names it too, or it is another plan)
    place = _PLAN_PLACE.match(plan)
    return k >= 6 and bool(P.DOC_TYPE_END.search(page)) and not P.TITLE_START.search(page) \
        and (place is None or place[0] in page)


# a page's note on its document's validity: a short sentence ending on the document's repeal or lapse
_VALIDITY_NOTE = re.compile(r"^[^。]{0,120}。?[^。]{0,120}(?:同时|自行|即行)?(?:废止|失效|停止执行|不再执行)。$")


def merge_repeated(lines: list[Line], headers: list[Header]) -> list[Header]:
    """A web page prints the document's title, then the document's own header with the same title:
    one document, starting at the page title, with the fields of both."""
    out: list[Header] = []
    for h in headers:
        prev = out[-1] if out else None
        if prev is not None:
            # (the page's fields printed between the two copies are no text: "发布时间:… 信息来源:…" ⏎ "索引号:…" ⏎ …)
            # (nor is the page's note on the document's validity: "2024年11月20日,经区政府同意,修订后的《槐荫区重污染天气应急
            # 预案》印发。2023年12月15日印发的《槐荫区重污染天气应急预案》(槐政办字〔2023〕21号)同时废止。")
            between = [lines[j] for j in range(prev.end + 1, h.start) if not lines[j].blank
                       and not (prev.metadata and is_metadata_line(lines[j].text))
                       and not _VALIDITY_NOTE.fullmatch(compact(lines[j].text))]
            a, b = _bare_title(prev.title), _bare_title(h.title)
            same = a == b or a.endswith(b) or b.endswith(a) or _issues(h.title, prev.title)
            # (or the page's field block under the titled header, no title field of its own and the same 文号: the page's
            # summary between them, "核心提示:" ⏎ its first sentence, is no text of another document)
            fields_of = "metadata" in h.evidence and "title" not in h.metadata and bool(prev.doc_number) \
                and h.doc_number == prev.doc_number and len(between) <= 8
            # (a news lead between them that reports this very document is the item's, which reprints it in full: "8月26日,
            # 福州市商务局发布关于认定首批“福州老字号”的通知,决定认定…。" between the page's headline and the notice's own)
            core = compact(h.title or "")[compact(h.title or "").find("关于"):] if "关于" in (h.title or "") else ""
            # (not a decree's promulgating sentence quoting the title it issues: "《…的决定》已于…通过,现予公布")
            lead = len(core) >= 10 and all(core in compact(ln.text) and f"{core}》" not in compact(ln.text)
                                           for ln in between if "。" in ln.text)
            if fields_of or same and len(between) <= 8 and (lead or not any("。" in ln.text for ln in between)):
                out[-1] = replace(
                    h, start=prev.start, evidence=tuple(dict.fromkeys(h.evidence + prev.evidence)),
                    title=prev.title if fields_of else _fuller_title(prev.title, h.title),
                    metadata={**prev.metadata, **h.metadata}, issuer=_more_specific(h.issuer, prev.issuer),
                    doc_number=h.doc_number or prev.doc_number,
                    doc_number_line=h.doc_number_line if h.doc_number else prev.doc_number_line,
                    date=h.date or prev.date, date_line=h.date_line if h.date else prev.date_line)
                continue
        out.append(h)
    return out
