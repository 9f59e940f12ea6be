"""The lines a page prints over its document's header: the site's chrome, bylines, banners and field values, the
page's own title repeating the document's, a promulgation or a name of what the title issues — no document of their
own (segment_issue starts the first document at the page's top)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.chrome import chrome_style, is_chrome, strip_counter
from kg.parse.header_lines import drop_title_wrapping
from kg.parse.headers import Header, _c
from kg.parse.metadata import is_metadata_line
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.printed_dates import _BYLINE


def _breadcrumb_ends(lines: list[Line]) -> set[str]:
    """The column names the page's breadcrumbs end with ("首页>政府信息公开>海原县文件" → 海原县文件): the column's heading
    printed over its breadcrumb is the site's line, not a document's."""
    return {re.split(r"-?>|＞|›|»|/", _c(ln))[-1] for ln in lines if chrome_style(ln.text) == "breadcrumb"} - {""}


# a rules site's validity label before the title it heads, unbracketed ("已失效", "现行有效")
_VALIDITY_LEAD = re.compile(r"^(?:已?(?:失效|废止|作废)|现行有效)(?=[\u4e00-\u9fff]{4})")


def _page_top(lines: list[Line], title: str | None) -> bool:
    """Every line is the site's chrome (buttons, a menu, a breadcrumb, the site's name), the page's title repeating the
    document's ("…的通知0" over "政策" over the fields and "…的通知") or a column's short name: no document of its own."""
    text = [ln for ln in lines if not ln.blank]
    # (a law site's headline tags the title with its year, "厦门市新型墙体材料管理规定(2002年)": the same title)
    # (or with the rules site's validity label before it, "已失效 廣州市政府信息公開規定" over 廣州市人民政府令 第8號, docmeta134)
    # (a news site's headline dates the title with the day it posted it, "3月21日永登县公安局关于…的通告", or adds its 文号
    # after it, "桂东县关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号" (docmeta144): the same title)
    fold = lambda t: re.sub(r"[《》〈〉“”\"'‘’、]", "", strip_counter(P.without_year_tag(_headline_less_tags(
        _VALIDITY_LEAD.sub("", compact(t))))))
    # (the raw line keeps a menu's bullets, which normalising drops)
    # (a page title printed as the document's, over two lines: its organ line, then its 关于 line)
    columns = _breadcrumb_ends(text)
    kinds = ["chrome" if is_chrome(ln.text) or is_chrome(ln.raw) else "column" if _c(ln) in columns
             else "title" if title and _same_title(fold, ln.text, title)
             else "title" if title and P.is_organ(_c(ln)) and compact(title).startswith(_c(ln))
             # (or the organ's heading over its 关于 title, its second name in brackets: "清远市市场监督管理局(知识产权局)" ⏎⏎
             # "关于…的公告")
             else "title" if title and P.TITLE_START.match(compact(title)) and P.is_organ(_ALIAS.sub("", _c(ln)))
             # (or the page's title the header's less its organ, with the bare number under it: "关于印发《…》的通知" ⏎
             # "〔2022〕9号" ⏎ "文安县人民政府办公室" ⏎ "关于印发《…" ⏎ "…》的通知" (fresh43's 文安))
             else "title" if title and _organ_less_title(_c(ln), title)
             else "number" if P.BARE_NUMBER_LINE.match(_c(ln))
             else "label" if re.fullmatch(r"[\u4e00-\u9fff]{2,4}[:：]?", _c(ln)) else _page_field(ln) for ln in text]
    # (the site's own lines alone, with no byline or number of the document: chrome, labels, the site's banner, the
    # page's fields, a publisher's credit)
    # (a source byline naming an organ only, "来源:云南省人民政府办公厅", is the page's credit too)
    kinds = ["credit" if k == "byline" and _SOURCE_ONLY.fullmatch(_c(ln)) else k for k, ln in zip(kinds, text)]
    own = {"chrome", "label", "banner", "fields", "credit", "column"}
    return bool(text) and None not in kinds and kinds != ["label"] * len(kinds) and "title" in kinds + [
        "title" if all(k in own for k in kinds) else None]


# a news site's day before the headline's title ("3月21日永登县公安局关于…"), and the 文号 after it ("…的通告 桂政通〔2017〕6号")
_DAY_LEAD = re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?=[\u4e00-\u9fff]{6})")
_NUMBER_TAIL = re.compile(r"[〔\[［【(（﹝](?:19|20)\d{2}[〕\]］】)）﹞]第?\d{1,4}号$")


def _headline_less_tags(c: str) -> str:
    """A page headline less the day a news site dates it with and the 文号 it adds after the title (see _DAY_LEAD,
    _NUMBER_TAIL); a line that is a number alone stays as it is."""
    bare = _DAY_LEAD.sub("", c)
    number = _NUMBER_TAIL.search(bare)
    # (the title's kind, then the number's organ part, its year and serial: "…的通告" + "桂政通" + "〔2017〕6号")
    cut = next((k for k in range(number.start() - 1, max(number.start() - 9, 0), -1)
                if P.DOC_TYPE_END.search(bare[:k])), None) if number else None
    if cut is not None and re.fullmatch(r"[\u4e00-\u9fff]+", bare[cut: number.start()]):
        bare = bare[:cut]
    return bare if len(bare) >= 8 else c


# an organ's second name in brackets after its first ("市场监督管理局(知识产权局)"): the same organ
_ALIAS = re.compile(r"[（(][\u4e00-\u9fff]{2,12}[)）]$")


def _organ_over(lines: list[Line], h: Header) -> Header:
    """The header with the organ line printed right above its 关于 title (no blank line between) opening its title:
    under a page top whose banner names the district ("石家庄市井陉矿区人民政府" ⏎⏎ "矿区人力资源和社会保障局" ⏎ "关于开展…的通知"),
    the organ line is the title's first line, not the site's."""
    j = h.title_start - 1
    if j < 0 or not h.title or not P.TITLE_START.match(compact(h.title)) or lines[j].blank or not P.is_organ(_c(lines[j])):
        return h
    return replace(h, title=_c(lines[j]) + compact(h.title), title_start=j, issuer=h.issuer or _c(lines[j]))


# a mirror's lost characters ("?"), and a 文号 whose digits ran together ("治政办[201793", the bracket lost)
_RESIDUE = re.compile(r"[?？]+")
_BROKEN_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,8}[〔\[［【(（﹝](?:19|20)\d{2,6}[〕\]］】)）﹞]?\d{0,4}号?")


def _organ_less_title(c: str, title: str) -> bool:
    """The line is a 关于 title that the header's title is, an organ printed before it."""
    t = compact(title)
    return len(c) >= 8 and P.TITLE_START.match(c) is not None and t != c and t.endswith(c) and P.is_organ(t[: -len(c)])


def _top_number(lines: list[Line]) -> tuple[str, int] | None:
    """(文号, line) of the number line a page top prints, if any (a bare one, "〔2022〕9号", under the page's title too)."""
    for j, ln in enumerate(lines):
        m = P.DOC_NUMBER_LINE.match(_c(ln)) or P.BARE_NUMBER_LINE.match(_c(ln))
        if m:
            return normalize_doc_number(m["num"]), j
    return None


def number_alone(lines: list[Line]) -> tuple[str, int] | None:
    """(文号, line) where the lines above the first header print nothing but the document's number: "京政辦發(fā)[2006]4號"
    ⏎ "頒布時間:2006-01-24 09:46:03.000 發(fā)文單位:北京市人民政府辦公廳" (a converter copy of a 北京 办公厅 notice, fresh47)
    — the number of the document whose fields follow, no preamble of its own."""
    printed = [(j, ln) for j, ln in enumerate(lines) if not ln.blank]
    if len(printed) != 1:
        return None
    j, ln = printed[0]
    m = P.DOC_NUMBER_LINE.fullmatch(_c(ln))
    return (normalize_doc_number(m["num"]), j) if m else None


# a site's banner: the place whose site it is ("高平市三甲镇"), or an organ's name alone (see `_page_field`); never a
# gazette's masthead ("临淄区人民政府公报")
_SITE_BANNER = re.compile(r"[\u4e00-\u9fff]{2,6}(?:省|市|县|区|旗|州)(?:[\u4e00-\u9fff]{1,6}(?:镇|乡|街道))?")
# a page's source byline naming the organ and nothing else ("来源:云南省人民政府办公厅"): who posted the page
_SOURCE_ONLY = re.compile(r"(?:来源|信息来源|文章来源)[:：][\u4e00-\u9fff]{2,30}(?:人民政府|政府|办公厅|办公室|局|委员会|中心)")
# a publisher's credit over the page's fields ("——都安县环境保护局")
_CREDIT_LINE = re.compile(r"[—\-－–]{1,2}[\u4e00-\u9fff]{2,20}(?:局|委员会|办公室|人民政府|中心|大队)")
# a fields row whose first label the page's narrow cell cut to its last character, a whole label after it
# ("号: 003043524/202203-00218 信息分类: 规范性文件发布")
_CUT_LABEL = re.compile(r"[\u4e00-\u9fff][:：]\S{2,40}?[\u4e00-\u9fff]{2,6}[:：]")


# a grassroots open-government page's values printed bare under its banner, no labels: the publishing organ with its
# level ("巩义市自然资源和规划局 县级", gy.jiceng.zhengzhou.gov.cn; "乡级" alone on its line, zzhkgq.gov.cn) and its dates
# ("2023-02-24 2023-02-24")
# the first of joint issuers and their count, on a line of its own over the title (fresh24 shandong-2017-laodong-guanxi-
# hexie-qiye-gongyeyuanqu-mingming-tongzhi: "山东省人力资源和社会保障厅等4部门" ⏎ "关于命名…的通知" ⏎ "鲁人社字〔2017〕421号")
_ORGANS_COUNTED = re.compile(r"(?P<organ>[\u4e00-\u9fff]{4,30}?)等[一二三四五六七八九十两\d]{1,3}个?(?:部门|单位)")
_LEVEL_VALUE = re.compile(r"^(?P<organ>[\u4e00-\u9fff（）()]{2,40}?)?(?:省|市|县|区|乡|镇|村)级$")
_DATES_VALUE = re.compile(r"^(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?){1,3}$")


_ORGAN_SITE_LINE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{4,30}?)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:时间|日期|发布时间|发布日期)[:：]"
                              r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}")


def _page_field(ln: Line) -> str | None:
    """A page-top line under the page's title that is no text of its own: its byline ("来源: 时间:2018年06月18日"),
    a mirror's residue, the document's 文号 (whole or broken)."""
    c = _c(ln)
    if _BYLINE.match(c) and len(c) <= 60:
        return "byline"
    # (the organ's site line: its name, its domain, the posting time and the font control, "湖南省发展和改革委员会 fgw.hunan.gov.cn
    # 时间:2022年03月30日 09:56 【字体:" (fresh49's 湖南 发改委 page over its organ line and title))
    site = _ORGAN_SITE_LINE.match(c)
    if site and len(c) <= 90 and P.is_organ(site["organ"]):
        return "byline"
    # (a national organisation's name too, a law site's imprint between two printings of the title: "中国残疾人联合会")
    if _SITE_BANNER.fullmatch(c) or P.is_organ(c) or P.is_national_organ(c) or (c.endswith("文件") and P.is_organ(c[:-2])):
        return "banner"  # (a column named as a masthead, organ + 文件: "省政府办公厅文件", the site's not the document's)
    if _CREDIT_LINE.fullmatch(c):
        return "credit"
    joint = _ORGANS_COUNTED.fullmatch(c)
    if joint and P.is_organ(joint["organ"]):
        return "banner"  # the joint issuers' line over their 关于 title, counted: "山东省人力资源和社会保障厅等4部门"
    level = _LEVEL_VALUE.match(c)
    if level and (not level["organ"] or P.is_organ(level["organ"])) or _DATES_VALUE.match(c):
        return "fields"
    if len(c) <= 120 and (is_metadata_line(ln.text) or _CUT_LABEL.match(c)):
        return "fields"
    if _RESIDUE.fullmatch(c):
        return "residue"
    if P.DOC_NUMBER_LINE.match(c) or _BROKEN_NUMBER.fullmatch(c):
        return "number"
    return None


# a page title's site label in brackets ("【中國法令】國務院《推動內蒙古…的意見》" over "國務院" ⏎ "關於推動內蒙古…的意見")
_SITE_LABEL = re.compile(r"^【[^】]{2,10}】")


def _cut_short(fold, line: str, title: str) -> bool:
    """The header's title is the page's title line cut short before its kind ("关于印发金华市人民政府办理人大代表建议" under
    the page's "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知"): the same title, the page's the whole of it."""
    whole, cut = fold(line), fold(title)
    return len(cut) >= 12 and len(whole) > len(cut) and whole.startswith(cut) and bool(P.DOC_TYPE_END.search(whole)) \
        and not P.DOC_TYPE_END.search(cut)


# a browser title's tail: the site's name (and its keywords) after an underscore
_SITE_AFTER = re.compile(r"_[^_]{2,}$")


def _same_title(fold, line: str, title: str) -> bool:
    """The page's title line repeats the document's: the same words, or, less a site label in 【】, the organ and the
    subject without 关于 ("【中国法令】国务院《推动…的意见》" for "国务院" ⏎ "关于推动…的意见")."""
    if fold(line) == fold(title):
        return True
    if fold(drop_title_wrapping(compact(line))) == fold(title):
        return True  # the page's path glued before the title: "EHS中国 法规首页 太原市消防条例" (header_lines.TITLE_WRAPPINGS)
    if len(fold(line)) >= 8 and fold(title).endswith(fold(line)) and P.is_organ(fold(title)[: -len(fold(line))]):
        return True  # the page's title without the organ line the document prints over its 关于 line
    if _cut_short(fold, line, title):
        return True  # the page's title in full over the document's own copy cut short (a law site's third print)
    if (site := _SITE_AFTER.search(compact(line))) and fold(compact(line)[: site.start()]) == fold(title):
        return True  # the browser's title, the site's name and keywords after "_" ("…,初战告捷_吉林广播网,…", fresh51's 松原)
    page, own = fold(_SITE_LABEL.sub("", compact(line))), fold(title).replace("关于", "", 1)
    if page == fold(title):
        return True  # the same title under a column's label ("【灾害应急处置与救援】关于印发…的通知")
    organ = page[: len(page) - len(own)] if own and page.endswith(own) else None
    if organ is None and "关于" in page:
        # (the page's headline naming the organ by the first words of its name, its place: "广西关于成立…的通知" over
        # "广西壮族自治区人民政府办公厅关于成立…的通知", fresh41's 平陆运河 repost)
        head, _, tail = page.partition("关于")
        whole, _, own_tail = fold(title).partition("关于")
        return len(tail) >= 8 and tail == own_tail and 2 <= len(head) < len(whole) and whole.startswith(head) \
            and P.is_organ(whole)
    return organ is not None and len(own) >= 8 and (organ == "" or P.is_organ(organ) or P.is_national_organ(organ))


_PROMULGATION = re.compile(r"《(?P<title>.{6,120}?)》(?:已经|已于|经).{0,60}(?:通过|审议|决定).{0,20}(?:公布|发布|印发)")


def _promulgates(lines: list[Line], title: str | None) -> bool:
    """The text before a header is its promulgation: it names that title in 《》 as adopted and published (a 规章
    page prints 令 text, the mayor's signature and the date above the title)."""
    if not title:
        return False
    fold = lambda t: compact(t).translate(str.maketrans("<>〈〉", "《》《》"))
    text = "".join(_c(ln) for ln in lines if not ln.blank)
    m = _PROMULGATION.search(text.translate(str.maketrans("<>〈〉", "《》《》")))
    return bool(m) and len(text) <= 400 and fold(m["title"]).replace("《", "").replace("》", "") == \
        fold(title).replace("《", "").replace("》", "")


def _names_issued(lines: list[Line], title: str | None) -> bool:
    """The text before a header is one line naming what its title issues ("《若羌县加快发展…实施方案》" over
    "关于印发《若羌县关于加快发展…实施方案》的通知"): the page's title for the same document."""
    text = [_c(ln) for ln in lines if not ln.blank]
    if not title or len(text) != 1 or "。" in text[0]:
        return False
    fold = lambda t: re.sub(r"[《》〈〉<>]|关于", "", compact(t))
    name = fold(text[0])
    # (an organ's banner over its own title is not this: "某市某区人民政府" ⏎ "某市某区人民政府关于…")
    return len(name) >= 8 and name in fold(title) and name != fold(title) and not P.is_organ(name) \
        and bool(re.search(r"印发|转发", title))
