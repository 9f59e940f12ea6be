"""Segment a gazette issue into its documents: 目录, headers (登记号, 文号, issuer, title, 主送), bodies."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import Document, Line
from kg.parse import patterns as P
from kg.parse.chrome import chrome_style, is_chrome, strip_counter, strip_full_text_note, strip_site_suffix
from kg.parse.header_lines import VALIDITY_MARK, drop_column_tag, drop_title_label, drop_title_wrapping
from kg.parse.headers import Header, _c, _nonblank_after, find_headers
from kg.parse.metadata import find_metadata_blocks, is_metadata_line, parse_any_date
from kg.parse.normalize import compact, normalize_doc_number, normalize_lines
from kg.parse.issuers import choose_issuer, issued_in_full
from kg.parse.fallback_header import fallback_header
from kg.parse.page_titles import drop_catalogue_region
from kg.parse.pages import drop_list_entries, merge_repeated, with_metadata
from kg.parse.serials import dated_number_under_title, filed_number, notice_serial, number_under_organ
from kg.parse.signature import closing_signers, glued_signing_date, is_signer, sealed_for, signature_date, signature_organs
from kg.parse.outline import build_outline
from kg.parse.decree_page import banner_decree, head_government, head_signed_decree

__all__ = ["ParsedIssue", "TocEntry", "Header", "parse_issue", "segment_issue", "find_toc", "find_headers"]

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class TocEntry:
    line: int
    title: str


@dataclass
class ParsedIssue:
    """One gazette file: its lines, its 目录 and its documents, plus what looked wrong."""

    file: str
    encoding: str
    lines: list[Line]
    documents: list[Document]
    toc: list[TocEntry] = field(default_factory=list)
    district: str | None = None
    warnings: list[str] = field(default_factory=list)
    format: str = "text"  # the reader that read the file (kg.read): text, pdf, pdf-ocr, docx, doc, html
    path: str | None = None  # the file as given to the build
    page_count: int | None = None

    def line(self, no: int) -> Line:
        return self.lines[no - 1]

    def span(self, start: int, end: int) -> list[Line]:
        return self.lines[start - 1 : end]


def _toc_title(text: str) -> str:
    return compact(P.TOC_PAGE_TAIL.sub("", text.split("\t")[0] if "\t" in text and not text.startswith("\t") else text))


def _toc_line(lines: list[Line]) -> int | None:
    return next((i for i, ln in enumerate(lines[:200]) if _c(ln) in {"目录", "目次"}), None)


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], int | None]:
    """The 目录 entries and the index of the 目录's last line (None when the issue has none)."""
    start = _toc_line(lines)
    if start is None:
        return [], None
    entries, last = [], start
    for i in range(start + 1, len(lines)):
        ln = lines[i]
        c = _c(ln)
        if not c:
            continue
        if P.TOC_HEADING.match(c):
            last = i
            continue
        # An entry ends in a page number (sometimes glued to the title) or dot leaders.
        if P.TOC_PAGE_TAIL.search(c) and ("关于" in c or P.DOC_TYPE_END.search(P.TOC_PAGE_TAIL.sub("", c))):
            entries.append(TocEntry(ln.no, compact(P.TOC_PAGE_TAIL.sub("", c))))
            last = i
            continue
        break
    return entries, last


_ATTACH = re.compile(r"^附件[：:]\s*(?P<rest>.*)$")
_NUMBERED = re.compile(r"^\d{1,2}[.．、]\s*")


def _attachments(lines: list[Line], start: int, end: int) -> tuple[str, ...]:
    for j in range(start, end + 1):
        m = _ATTACH.match(lines[j].text.strip())
        if not m:
            continue
        items = [m["rest"]] if m["rest"] else []
        for k in range(j + 1, min(end + 1, j + 12)):
            t = lines[k].text.strip()
            if not t:
                continue
            if _NUMBERED.match(t):
                items.append(t)
                continue
            break
        return tuple(compact(_NUMBERED.sub("", it)) for it in items if compact(_NUMBERED.sub("", it)))
    return ()


def _issue_district(lines: list[Line], headers: list[Header]) -> str | None:
    votes = Counter(P.district_of(h.issuer) for h in headers if P.district_of(h.issuer))
    if votes:
        return votes.most_common(1)[0][0]
    for ln in lines[:20]:
        d = P.district_of(_c(ln).replace("公报", "").split("人民政府")[0] + "人民政府")
        if d:
            return d
    return None


def _match_toc(docs: list[Document], toc: list[TocEntry], warnings: list[str]) -> list[Document]:
    if not toc:
        return docs
    out, used = [], set()
    for d in docs:
        hit = None
        for e in toc:
            if e.line in used:
                continue
            a, b = compact(e.title), compact(d.title)
            if a == b or a in b or b in a or (len(a) > 12 and a[:12] == b[:12]):
                hit = e
                break
        if hit:
            used.add(hit.line)
            out.append(replace(d, toc_title=hit.title))
        else:
            out.append(d)
    for e in toc:
        if e.line not in used:
            warnings.append(f"目录 entry at line {e.line} has no document body: {e.title}")
    return out


def _issued_day(lines: list[Line], h: Header, end: int, posted: str) -> tuple[str, int] | None:
    """(date, line) of the day a page's body says the document it heads by a short title was issued, quoting its full
    title (`kg.parse.issuers.issued_in_full`), the year the posting's when the body prints none: on or before the
    posting, within a year of it."""
    quoted = issued_in_full(lines, h.title_end + 1, end, h.title) if not P.ORGAN_TITLE.match(compact(h.title or "")) else None
    if quoted is None:
        return None
    (year, month, day), j = quoted[1], quoted[2]
    py, pm = int(posted[:4]), int(posted[5:7])
    year = year or (py if month <= pm else py - 1)
    try:
        issued = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return (issued, j) if issued <= posted and _days_apart(issued, posted) <= 366 else None


def _page_date(lines: list[Line], title_end: int) -> tuple[str | None, int | None]:
    """The date a page prints under its title ("2022年08月12日 来源: 上海普陀"); a repost's credit of the original
    ("——来源:东南快报 2017-07-06") dates it over the reposting site's 发布时间."""
    for j in _nonblank_after(lines, title_end, 4):
        m = _CREDIT.match(_c(lines[j]))
        if m and parse_any_date(m[1]):
            return parse_any_date(m[1]), j
    near = _nonblank_after(lines, title_end, 2)
    # (the site's lines between are no part of the page: "…的起草说明" ⏎ "审批" ⏎ "江西-九江-德安县" ⏎ "发布时间:2025年10月14日";
    # a line reached past them only as a short byline, never the news lead's sentence "2020年3月31日,广东省…印发《…》")
    past = [j for j in _nonblank_after(lines, title_end, 4) if not is_chrome(lines[j].text)][:2]
    for j in near + [j for j in past if j not in near and len(_c(lines[j])) <= 40 and not re.search("[。，,]", _c(lines[j]))]:
        c = _c(lines[j])
        if _UPLOADED.search(c):
            continue  # a sharing site's upload stamp dates the upload, not the document
        m = re.match(r"^[【\[（(]?(?:发布时间|发布日期|时间|日期)?[:：]?((?:19|20)\d{2}(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?)", c)
        if m:
            return parse_any_date(m[1]), j
        # a byline: "来源:县司法局 2020-12-25 15:20", "作者:… 发布时间:2023-11-30 10:59 浏览次数:"
        m = _BYLINE_DATE.search(c)
        if m and len(c) <= 80 and _BYLINE.search(c):
            return parse_any_date(m[1]), j
        # (or the column it was filed under and its day: "行業(yè)新聞 | 2023-09-11", a company site's copy of a notice)
        m = P.FILED_DATE.fullmatch(c)
        if m:
            return parse_any_date(m["d"]), j
        # a byline of a source's name and a timestamp ("鲤城微事   2024-05-20 10:25", "30.11.2017  22:01")
        if len(c) <= 60 and P.stamp_date(lines[j].text):
            return P.stamp_date(lines[j].text), j
    return None, None


def _decree(h: Header) -> bool:
    """An order (令): its number names one ("吉林省人民政府令第147号") or its title is one ("…的令")."""
    return "令" in (h.doc_number or "") or compact(h.title or "").endswith("令")


def _stamp_over_title(lines: list[Line], title_start: int) -> tuple[str | None, int | None]:
    """The page's posting, printed as a short site-and-timestamp line right over a title that nothing under it dates
    ("吉林市人民政府规章和行政规范性文件管理网| 2013-05-10 16:11" ⏎ "吉林省人民政府关于…的若干规定" ⏎ "吉林省人民政府令第147号" ⏎
    "第一条…", a repost of an order with no signature): the date the order's page gives it. Only the nearest
    non-blank line counts, and only a timestamp (a date with its clock time) on a line with no sentence's stop."""
    j = next((k for k in range(title_start - 1, -1, -1) if not lines[k].blank), None)
    if j is None:
        return None, None
    c = _c(lines[j])
    if len(c) > 60 or re.search("[。，,；;]", c):
        return None, None
    stamp = P.stamp_date(lines[j].text)
    return (stamp, j) if stamp else (None, None)


# a page's index number printed as a bare value, opening a run of the page's field values without their labels
_INDEX_VALUE = re.compile(r"^[0-9A-Z]{6,}[-/][A-Z]?/?\d{4}[-/]?\d{3,}$")


def _bare_values_date(lines: list[Line], title_end: int) -> tuple[str | None, int | None]:
    """The first date of the page's field values printed bare under its title, its index number first
    ("113701130042070099-A/2021-4059841" ⏎ "综合政务" ⏎ "济长政办字〔2021〕3号" ⏎ "长清区政府" ⏎ "2021-04-01" ⏎ "2021-04-01"
    ⏎ "有效"): the values stand in the labels' order, 成文日期 the first date."""
    run = _nonblank_after(lines, title_end, 8)
    if not run or not _INDEX_VALUE.match(_c(lines[run[0]])):
        return None, None
    for j in run[1:]:
        c = _c(lines[j])
        if len(c) > 30 or re.search(r"[。，,：:]", c):
            return None, None  # a sentence or a labelled field: no run of bare values
        if re.fullmatch(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}", c) and parse_any_date(c):
            return parse_any_date(c), j
    return None, None


# a page's calendar badge over its title, the day big and the year and month under it, one piece a line
# ("27" ⏎ "2022" ⏎ "-" ⏎ "05", "27" ⏎ "2022-05")
_BADGE = re.compile(r"^(?P<d>\d{1,2})\|(?P<y>(?:19|20)\d{2})\|?[-./]\|?(?P<m>\d{1,2})$")


def _badge_date(lines: list[Line], start: int, title_start: int) -> tuple[str | None, int | None]:
    """The date of the calendar badge the lines before the title are made of, if they are (see _BADGE); read from the
    raw lines, as normalising blanks a lone number (a page number's shape)."""
    rows = [j for j in range(start, title_start) if lines[j].raw.strip()]
    m = _BADGE.match("|".join("".join(lines[j].raw.split()) for j in rows)) if 2 <= len(rows) <= 4 else None
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", rows[0]
    return None, None


# a document-sharing site's file line ("上传人:b****5 文档编号:11623267 上传时间:2023-03-29 格式:DOCX"), naming the
# uploader or the file's number (a company page's "上传时间:2020-12-01" alone is its posting date)
_UPLOADED = re.compile(r"上传(?:人|者|用户)[:：]|文档编号[:：]")
_CREDIT = re.compile(r"^[—-]{1,2}\s*来源[:：][^\d]{1,20}((?:19|20)\d{2}(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?)")
_BYLINE = re.compile(r"^[【\[（(]?[—-]*(?:来源|信息来源|文章来源|作者|发布者|发布人|发布时间|发布日期|时间|日期)[:：]"
                     # a page-info line with its date label anywhere ("浏览量: 时间:2020-02-16 04:20:51")
                     r"|(?:发布时间|发布日期|时间|日期)[:：]\s*(?:19|20)\d{2}[-./年]"
                     # (or the date, then the 来源 / 作者 field: "中央政府门户网站 www.nakedoat.com   2006年02月04日   来源:浙江省…")
                     r"|(?:19|20)\d{2}(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?[|｜]?"
                     r"(?:来源|信息来源|文章来源|作者)[:：]")
# a regulation's adoption line under its title: "(1990年9月26日无锡市第十届人民代表大会常务委员会第十九次会议制定 …)"
# (or the date alone in brackets where the title was: "(2018年8 月20 日)")
# (or set off by a dash, the verb always printed: "——2026年2月3日西藏自治区第十二届人民代表大会第四次会议通过")
# (a law site's 【题注】 label before it: "【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年6月3日…批准)")
_ADOPTION = re.compile(r"^(?:【题注】)?(?:[（(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:[^（）()]{0,60}?(?:通过|制定|批准|公布|发布|颁布)|[)）]$)"
                       r"|[—\-－–]{1,4}\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^（）()。]{0,60}?(?:通过|制定|批准)[)）]?$)")

# a dash line opening with a day and naming a congress, its meeting and verb left for the next line
_DASHED_DAY = re.compile(r"^[—\-－–]{1,4}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）()。]{2,40}?(?:人民代表大会|常务委员会)$")


def _adoption_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The date of a regulation's adoption line among the document's first lines (a law site prints no signing)."""
    first = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:25]
    for k, j in enumerate(first):
        c = _c(lines[j])
        m = _ADOPTION.match(c)
        if m is None and _DASHED_DAY.match(c) and k + 1 < len(first):
            # (a dash line broken after the congress's name, the meeting and its verb on the next line: "——2021年12月11日
            # 日喀则市第二届人民代表大会" ⏎ "第二次会议通过", a city's 纲要 page)
            c += _c(lines[first[k + 1]])
            m = _ADOPTION.match(c) if len(c) <= 80 else None
        if m:
            # "根据2003年4月24日…《关于修改〈…〉的决定》修正)": the version printed is the latest amendment's
            note = "".join(_c(lines[i]) for i in first[k:k + 4]) if m[1] else c  # (a dash line is one line)
            note = note[: note.find("）") + 1 or note.find(")") + 1 or len(note)]
            amended = _AMENDED.findall(note)
            return parse_any_date(amended[-1] if amended else m[1] or m[2]), j
    return None, None


# a rule's revision line under its title, unbracketed, broken after the congress's name and the date's 月 lost
# ("2017822日阿坝藏族羌族自治州第十二届人民代表大会" ⏎ "常务委员会第六次主任会议修订"): the first printed dates it
_REVISION = re.compile(r"^(?P<d>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}|\d{3,4})日)[\u4e00-\u9fff]{2,20}?第[一二三四五六七八九十]{1,4}届"
                       r"人民代表大会常务委员会第[一二三四五六七八九十]{1,4}次(?:主任|全体)?会议(?:通过|修订|制定|批准)$")


def _revision_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The date of the first revision line among the document's first 20 lines (a line read with the next)."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:20]
    for k, j in enumerate(rows):
        c = _c(lines[j])
        m = _REVISION.match(c) or (_REVISION.match(c + _c(lines[rows[k + 1]])) if k + 1 < len(rows) and len(c) <= 40
                                   else None)
        if m:
            return P.parse_date(m["d"]) or P.parse_date(m["d"][:-1]), j
    return None, None


# a regulation's promulgation note under its title, naming the decree that published it ("(1991年3月26日济南市人民政府令19号
# 发布)"): the decree's number is the regulation's 文号, as printed; not where the note goes on to an amendment ("(1998年
# 11月17日山东省人民政府令第96号发布 根据2004年7月15日…令第172号修订)": the text printed is the amended one, which that
# decree did not publish)
# (or unbracketed, a repository's note line, by a ministry too: "2022年4月14日 国家市场监督管理总局令第56号公布")
# (the adoption before it, the note cut before its bracket closes: "(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日
# 省人民政府令第18号发布" (fresh43's 江西 1992 办法, a law site); the decree's organ printed by its level only, "省人民政府")
_NOTE_DECREE = re.compile(r"^(?P<open>[（(])?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，,；;()（）]{2,40}?(?:通过|批准)[，,；;]\s*)?"
                          r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?P<num>[\u4e00-\u9fff]{2,20}?"
                          r"(?:人民政府|政府|总局|部|委员会|局|署|行|国务院|军委会|军委)令"
                          r"[（(]?第?[〇零一二三四五六七八九十百\d]{1,5}号[)）]?)(?:发布|公布)"
                          # (the note going on to the day it takes effect: "(2022年1月29日芜湖市人民政府令第65号公布 自2022年
                          # 3月1日起施行)", "…令第262号公布,自2023年12月1日起施行)")
                          r"(?:[,，;；]?自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起(?:施行|实施|生效))?(?(open)[)）]?)$")
# a note line reporting an amendment: the text printed is the amended one, which the first decree did not publish
_AMENDED_NOTE = re.compile(r"(?:修订|修正|修改)[)）]?$|^根据")


# a decree's number alone on its line, its organ abbreviated as in a 文号 ("渝府令第 121 号" under "重庆市人民政府")
_SHORT_DECREE = re.compile(r"^[\u4e00-\u9fff]{1,4}府令第[〇零一二三四五六七八九十百\d]{1,5}号$")


# the State Council, alone or with the Central Military Commission, publishing a regulation: "(1993年4月27日国务院中央军委会令
# 第113号发布)", "(2001年11月16日中华人民共和国国务院令第321号公布)"
_STATE_COUNCIL_DECREE = re.compile(r"^(?:中华人民共和国)?国务院(?:[、]?中央军委会?)?$")


def _note_organ(organ: str) -> bool:
    """Whether a promulgation note's decree is an organ's: a local government's or ministry's, or the State Council's."""
    return P.is_organ(organ) or P.is_national_organ(organ) or bool(_STATE_COUNCIL_DECREE.match(organ)) \
        or bool(_LEVEL_GOVERNMENT.fullmatch(organ))


# a government named by its level only in a regulation's note ("省人民政府令第18号"): the issuing government's, whose place
# the document's organ line prints ("江西省人民政府" over the title)
_LEVEL_GOVERNMENT = re.compile(r"[省市县区州旗]人民政府")


def _note_decree(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """(文号, line) of the decree a regulation's promulgation note, or a short decree number line, names among the
    document's first 12 lines."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:12]
    for k, j in enumerate(rows):
        m = _NOTE_DECREE.match(_c(lines[j]))
        amended = k + 1 < len(rows) and _AMENDED_NOTE.search(_c(lines[rows[k + 1]]))
        if m and _note_organ(m["num"].split("令")[0]) and not (amended and not m["open"]):
            return m["num"], j
        if _SHORT_DECREE.match(_c(lines[j])):
            return _c(lines[j]), j
        # (or the decree's banner over its serial, the year before it: "中华人民共和国交通运输部令" ⏎ "2018 年 第 41 号"
        # ⏎ "《…》已于…经第19次部务会议通过,现予公布": the ministry's number, "交通运输部令2018年第41号")
        banner = _DECREE_BANNER.fullmatch(_c(lines[j]))
        if banner and "令" not in banner["organ"] and _note_organ(banner["organ"]) and k + 1 < len(rows) \
                and _DATED_SERIAL.fullmatch(_c(lines[rows[k + 1]])):
            return banner["organ"] + "令" + _c(lines[rows[k + 1]]), rows[k + 1]
        # (or its serial alone, the decree's name not printed, over the sentence promulgating the document: "第153号" ⏎
        # "《甘肃省人民政府关于修改…的决定》已经2019年12月16日…常务会议审议通过,现予公布": the number as printed)
        if _SERIAL.match(_c(lines[j])) and k + 1 < len(rows) and _PROMULGATES_NEXT.match(_c(lines[rows[k + 1]])):
            return _c(lines[j]), j
    return None, None


_SERIAL = re.compile(r"^第[〇零一二三四五六七八九十百\d]{1,5}号$")
# a decree's banner line, the organ and 令 alone (its state's name before a ministry's left off the number), and the serial
# line under it with the year first, as the State Council's ministries number their orders
_DECREE_BANNER = re.compile(r"(?:中华人民共和国)?(?P<organ>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|总局|部|委员会|局|署|行))令")
_DATED_SERIAL = re.compile(r"(?:19|20)\d{2}年第\d{1,4}号")

# A Taiwan law database's history line (沿革), a rule's only header: the day in the Republic's years, the organ, its order's
# number, and the order's kind and verb on the same line or the next ("1.中华民国一百十二年十二月二十一日内政部台内消字第
# 1120827499 号" ⏎ "令订定发布全文 10 条", law.moj.gov.tw; "中华民国80年5月15日内政部台内警字第921450号函订定发布全文十一点",
# laws.taipei.gov.tw; "总统(90)华总一义字第 9000222690 号 令制定公布", law.nfa.gov.tw). Read only where the page holds one
# such line: a history of several lists the amendments too, and no one of them is the text printed
_HISTORY_LINE = re.compile(r"^(?:\d{1,3}[.．、])?(?P<d>中华民国[^年]{1,6}年[^月]{1,3}月[^日]{1,4}日)"
                           r"(?P<organ>总统|[\u4e00-\u9fff]{2,10}?(?:部|院|署|委员会|局|府))"
                           r"(?P<num>(?:[（(]\d{2,3}[)）])?[\u4e00-\u9fff]{1,10}?字第\d{3,12}号)(?P<rest>.{0,80})$")
_HISTORY_VERB = re.compile(r"^(?:令|函|公告)(?:订定|制定|修正|发布|公布|核定|废止)")


def _history_line(lines: list[Line], start: int, end: int) -> tuple[str, str, str, int] | None:
    """(文号, organ, date, line) of the one history line among a document's first 12 lines (see _HISTORY_LINE)."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:12]
    found = []
    for k, j in enumerate(rows):
        c = _c(lines[j])
        m = _HISTORY_LINE.match(c) if "中华民国" in c else None
        roc = P.ROC_DATE.fullmatch(m["d"]) if m else None
        verb = m["rest"] if m and m["rest"] else _c(lines[rows[k + 1]]) if m and k + 1 < len(rows) else ""
        if roc and P.roc_date(roc) and _HISTORY_VERB.match(verb):
            found.append((m["num"], m["organ"], P.roc_date(roc), j))
    return found[0] if len(found) == 1 else None

_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:省|市|自治区|自治州|州|盟|县|区|旗)人民政府")
# (or the adopting meeting first, a 常委会公告's: "深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《…条例》
# 业经…批准,现予公布")
# (or without 已, the day first: "《〈泰州市房屋安全管理条例〉实施细则》于2017年12月4日经市政府第9次常务会议审议通过,现予公布")
_PROMULGATES_NEXT = re.compile(r"^《[^《》]{4,80}》(?:已(?:经|于)?|于|经)[^。]{0,60}?(?:会议|常务会)[^。]{0,6}?通过"
                               r"|^[^。《》]{4,60}?会议(?:于[^。《》]{6,14}?)?(?:审议|讨论)?通过的《[^《》]{4,80}》")


# a speech's delivery line under its title ("——2023年1月5日在醴陵市第十七届" ⏎ "人民代表大会第三次会议上",
# "(2023年1月10日在乌恰县第十七届人民代表大会第三次会议上"): the date the report was given, its own date
# (or the occasion first, the date after it: "——在区第十八届人民代表大会第四次会议上" ⏎ "(2024年1月8日)"; or the speaker
# between: "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告"). A subtitle, never a
# paragraph: a news lead opening "2023年5月6日在县会议中心召开…。" is no delivery line (see `_delivery_date`).
_DELIVERY = re.compile(r"^[（(—\-－–\s]*(?:(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:[\u4e00-\u9fff·]{2,10}?)?"
                       r"在[^。；;，,]{2,60}?(?:会议|大会|会)(?:上|的)"
                       r"|在[^。；;，,（()）]{2,60}?(?:会议|大会|会)上(?:的[^。；;，,（()）]{2,8})?[）)]?[\s—\-]*[（(]?"
                       r"(?P<d2>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[）)]?$)")


# a report's title printing its delivery line on the same line, the speaker maybe after it ("政府工作报告 (2019年1月21日在
# 杭州市第十三届人民代表大会第四次会议上) 杭州市人民政府市长 徐立毅"; the 在 left out: "七宝镇人民政府工作报告 ——2024年
# 1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞"): the title is the words before the delivery line
_TITLE_DELIVERY = re.compile(r"^(?P<title>[^（()）]{2,40}?(?:报告|讲话|发言|致辞))[（(—\-－–]+"
                             r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在?[^。；;，,（()）]{2,60}?(?:会议|大会|会)上")


# a compilation or archive printing the document's date in brackets after its title ("哈尔滨市人民政府办公厅关于转发
# 哈尔滨市志编纂方案的通知 ((1990年11月16日))"): the title is the words before it, the date is the document's
_TITLE_DATED = re.compile(r"^(?P<title>.{6,}?(?:通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|函|命令|通报"
                          r"|决议|要点|计划|纲要|预案|条例|规则|名单|指南))"
                          r"(?:[（(]+(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[)）]+"
                          # (or a list page's heading with the posting date after a space: "关于印发《…》的通知 2022-03-29")
                          r"|(?P<posted>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)))$")


# a library's header line: the title again, its date, then an empty field label ("国务院关于設置云南省楚雄彝族自治州幷 撤銷
# 楚雄專員公署的决定 1957年10月18日 发布机关:中华人民共和国国务院 |")
# (its 文号 before the date: "关于修订印发农业相关转移支付资金管理办法的通知 财农〔2020〕10号 2020年3月24日 发布机关:财政部
# 农业农村部 |", zh.m.wikisource.org, repeal45)
_DATE_THEN_LABELS = re.compile(rf"^(?P<num>{P.DOC_NUMBER.pattern})?(?P<d>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)"
                               r"(?:$|[\u4e00-\u9fff]{2,6}[:：])")


def _title_line(lines: list[Line], start: int, end: int, title: str | None) -> tuple[re.Match | None, int | None]:
    """The fields (_DATE_THEN_LABELS: its 文号, its date) printed after the document's title repeated on a line of its
    own among the first lines, and that line."""
    t = compact(title or "")
    for j in [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:8]:
        c = _c(lines[j])
        m = _DATE_THEN_LABELS.match(c[len(t):]) if len(t) >= 8 and c.startswith(t) else None
        if m:
            return m, j
    return None, None


def _title_line_date(lines: list[Line], start: int, end: int, title: str | None) -> tuple[str | None, int | None]:
    """The date printed after the document's title repeated on a line of its own among the first lines."""
    m, j = _title_line(lines, start, end, title)
    return (parse_any_date(m["d"]), j) if m else (None, None)


def _without_delivery(title: str | None) -> str | None:
    """The title without the delivery line (see _TITLE_DELIVERY) or the date (_TITLE_DATED) printed on its line."""
    m = _TITLE_DELIVERY.match(compact(title or "")) or _TITLE_DATED.match(compact(title or ""))
    return m["title"] if m else title


# a markdown copy's heading mark before the title ("# 北京市出租汽车管理条例", a repository of regulations)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s*(?=[^#\s])")


# a news headline saying an organ issued a document by name, no kind after the 》 ("广东省推进粤港澳大湾区建设领导小组印发
# 《广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)》"): the item prints that document, titled by its name
_ISSUED_HEADLINE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{4,40}?(?:领导小组|委员会|办公室|办公厅|人民政府|政府|厅|局))"
                              r"(?:印发|发布|出台)《(?P<doc>[^《》]{6,80})》$")


def _issued_by_headline(title: str) -> str:
    """The document a headline says its organ issued (see _ISSUED_HEADLINE), when the 《》 names a document's kind; else
    the title as it is."""
    m = _ISSUED_HEADLINE.match(compact(title))
    return m["doc"] if m and P.DOC_TYPE_END.search(re.sub(r"[（(][^（）()]{1,20}[)）]$", "", m["doc"])) else title


def _printed_title(title: str | None) -> str | None:
    """The document's title without what the page printed around it on its line: a delivery line, a column tag, a
    catalogue's region, a validity mark, a label before it or after it, the site's name a page title ends with, a
    pipe table's cell bars around it ("…的通知|")."""
    title = title.strip("|｜") if title else title
    title = drop_title_label(drop_catalogue_region(drop_column_tag(_without_delivery(_MARKDOWN_HEADING.sub("", title or "") or title))))
    title = drop_title_wrapping(title)
    return _issued_by_headline(strip_full_text_note(strip_counter(strip_site_suffix(VALIDITY_MARK.sub("", title))))) \
        if title else title


# a speech's own title line over its delivery subtitle ("政 府 工 作 报 告" ⏎ "——2020 年 5 月 26 日在海口市第十六届人民代表大会
# 第六次会议上", "政府工作报告" ⏎ "(2021年3月29日在州八届人大七次会议第一次全体会议上)")
_SPEECH_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:报告|讲话|致辞|发言)$")
_DELIVERY_SUBTITLE = re.compile(r"^[（(—\-－–]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?在[^。；;，,]{2,60}?(?:会议|大会|会)上")


def _speech_title(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The speech's own title printed over its delivery subtitle, when the page's headline holds it with more around
    it ("2020年海口市政府工作报告", "(贵州省)2021年黔西南州人民政府工作报告(全文)", "政 府 工 作 报 告(2022年)", a congress
    file label above "县第十八届人民代表大会第一次会议文件"): the page's words are the page's; the report is titled as printed."""
    first = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:20]
    whole = compact(title or "")
    for above, j in zip(first, first[1:]):
        speech = compact(lines[above].text)
        if (_SPEECH_TITLE.match(speech) and _DELIVERY_SUBTITLE.match(compact(lines[j].text))
                and speech in whole and speech != whole):
            return speech
    return None


# a law site's dateline under a rule's heading: the date, a comma, the organ that made it ("1990年3月10日,铁道部",
# "1964年2月10日,最高法院司法行政厅"): the document's date where nothing is signed
_DATED_IMPRINT = re.compile(r"^(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[,，]\s*(?P<organ>[\u4e00-\u9fff]{2,30})$")


def _dated_imprint(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The date of a law site's `date,organ` line among the document's first lines (see _DATED_IMPRINT)."""
    first = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:16]
    for j in first:
        m = _DATED_IMPRINT.match(_c(lines[j]))
        if m and (P.is_organ(m["organ"]) or P.is_national_organ(m["organ"])):
            return parse_any_date(m["d"]), j
    return None, None


# a gazette database's abstract runs the number, the date and the recipients together: "赣府厅字[2018]87号2018年9月18日各市、
# 县(区)人民政府,省政府各部门:…" (docmeta38 jiangxi-2018-…-gazette-journal-record; a second record of the same gazette,
# "<正>赣府厅字[2020]28号2020年4月9日各市、县(区)人民政府,…", was returned by the same search): the date glued to the number,
# in the number's own year, is the document's
_NUMBER_THEN_DATE = re.compile(rf"(?P<num>{P._NUM_BODY})(?P<d>(?P<y>(?:19|20)\d{{2}})年\d{{1,2}}月\d{{1,2}}日)")


def _date_after_number(lines: list[Line], start: int, end: int, number: str | None) -> tuple[str | None, int | None]:
    """The date printed right after the document's own number on its line (see _NUMBER_THEN_DATE)."""
    first = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:12]
    for j in first if number else []:
        m = _NUMBER_THEN_DATE.search(_c(lines[j]))
        year = re.search(r"(?:19|20)\d{2}", m["num"]) if m else None
        if m and year and year[0] == m["y"] and re.sub(r"\D", "", m["num"]) == re.sub(r"\D", "", compact(number)):
            return parse_any_date(m["d"]), j
    return None, None


def _delivery_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The date of a speech's delivery line among the document's first lines (a line the page may have broken)."""
    first = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:20]
    for k, j in enumerate(first):
        c = _c(lines[j])
        if ("在" not in c and "会议上" not in c) or len(c) > 70 or "。" in c:
            continue
        m = _DELIVERY.match(c) or _DELIVERY.match(c + (_c(lines[first[k + 1]]) if k + 1 < len(first) else ""))
        if m:
            return parse_any_date(m["d"] or m["d2"]), j
        m = _TITLE_DELIVERY.match(c)
        if m:
            return parse_any_date(m["d"]), j
    return None, None


# the 公告 sentence naming the regulation it promulgates ("《昆明市客运出租汽车管理条例》于2019年4月26日经…通过", "…会议于…
# 审议通过的《…条例》业经…批准")
_PROMULGATED_RULE = re.compile(r"《(?P<title>[^《》]{4,60}?(?:条例|办法|规定|规则|细则|决定))》(?:已|于|经|业经)"
                               r"|通过的《(?P<title2>[^《》]{4,60}?(?:条例|办法|规定|规则|细则|决定))》")


def _opened_by_adoption(lines: list[Line], h, end: int) -> tuple[str, str, int] | None:
    """(title, adoption date, its line) of a document with no header whose first line is a regulation's adoption
    note, and which promulgates one regulation by its 《title》 in its next lines; None otherwise."""
    rows = [j for j in range(max(h.start, 0), min(end + 1, len(lines))) if not lines[j].blank][:10]
    if not rows or not _ADOPTION.match(_c(lines[rows[0]])) or not _c(lines[rows[0]]).startswith(("(", "（")):
        return None
    date, date_i = _adoption_date(lines, rows[0], end)
    if date is None or date_i != rows[0]:
        return None
    named = {m["title"] or m["title2"] for j in rows[1:] for m in _PROMULGATED_RULE.finditer(_c(lines[j]))}
    return (named.pop(), date, date_i) if len(named) == 1 else None


_AMENDED = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:(?!(?:19|20)\d{2}年)[^。（）()]){0,80}?(?:修正|修订|修改)")
_BYLINE_DATE = re.compile(r"((?:19|20)\d{2}(?:年|[-./])\d{1,2}(?:月|[-./])\d{1,2}日?)")


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return 10**6


# an organ signed by its level alone ("州人大常委会法工委", "市农业农村局"), no place before it
_LEVEL_SIGNED = re.compile(r"^[州市县区旗盟][\u4e00-\u9fff]{3,20}$")


# a signing date stripped of 年月日 with two readings ("2022128": 2022-01-28 or 2022-12-08), a line to itself: the reading
# on or before the page's own 发布时间, within a season of it (a page posted 2022-01-29 prints its 1月28日 notice so)
_STRIPPED_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<md>\d{3})")


def _stripped_day(lines: list[Line], start: int, end: int, published: str) -> tuple[str | None, int | None]:
    """The last line of `start..end` that is a date stripped to 7 digits (see _STRIPPED_DAY) with exactly one reading
    on or before `published` and at most 92 days before it; (None, None) where none is."""
    for j in range(min(end, len(lines) - 1), max(start, 0) - 1, -1):
        m = _STRIPPED_DAY.fullmatch(_c(lines[j]))
        if not m:
            continue
        md = m["md"]
        days = [f"{m['y']}-{int(md[:k]):02d}-{int(md[k:]):02d}" for k in (1, 2)
                if md[k] != "0" and 1 <= int(md[:k]) <= 12 and 1 <= int(md[k:]) <= 31]
        days = [d for d in days if d <= published and _days_apart(d, published) <= 92]
        if len(days) == 1:
            return days[0], j
    return None, None


def _signed_short_of_source(lines: list[Line], date_i: int | None, source: str | None) -> str | None:
    """The page's 来源 organ where the document signs over its date by the same name less its place ("州人大常委会法工委"
    under 来源 "湘西自治州人大常委会法工委"): the organ as the page names it in full; None otherwise."""
    if date_i is None or not source:
        return None
    above = next((k for k in range(date_i - 1, max(-1, date_i - 4), -1) if not lines[k].blank), None)
    short = _c(lines[above]) if above is not None else ""
    full = compact(source)
    if not _LEVEL_SIGNED.match(short) or full == short or not full.endswith(short[1:]):
        return None
    place = full[: len(full) - len(short) + 1]  # "湘西自治州": the place, ending in the level the signature names
    return full if place.endswith(short[0]) and P.ORGAN_PLACE.match(full) else None


def _document(lines: list[Line], file: str, doc_id: str, h: Header, end: int, district: str | None,
              warnings: list[str], header_found: bool = True, metadata: dict | None = None) -> Document:
    # a recognised header is followed by its body; a fallback's title may stand anywhere in the text
    glued_signer = None
    date, date_i = signature_date(lines, max(h.end + 1, h.start) if header_found else h.start, end)
    signers = signature_organs(lines, date_i)
    # 成文日期 of the metadata block, unless an organ signs over a date the document prints close to it (the two
    # name one signing; a date months away under a unit is a table's deadline); a 发文/发布日期 only without a signature
    # (an organ the title opens with signs it: the signing, however far the page's 成文日期 is from it)
    title_signed = bool(h.title) and any(compact(h.title).startswith(compact(s)) for s in signers if len(s) >= 4)
    # (so does the organ the metadata names as the issuer, on a date before its 成文日期: 制发机关 宜兴市人民政府 signing
    # "2023年1月20日" under a 成文日期 2023-05-24 that is the catalogue's)
    meta_date = parse_any_date(h.metadata.get("date") or "")
    meta_signed = compact(h.metadata.get("issuer") or "-") in {compact(s) for s in signers} \
        and bool(date and meta_date) and date < meta_date
    # (a 成文日期 that is the page's own 发布日期 is the posting's: a date printed where the document is signed, before
    # it, is the signing even with the organ's name left off)
    posted = bool(meta_date) and meta_date == parse_any_date(h.metadata.get("published") or "") \
        and bool(date) and date < meta_date
    opened = _opened_by_adoption(lines, h, end) if not header_found else None
    if opened:
        # a page that opens with a regulation's adoption note and prints its title only in the 公告 promulgating it
        # ("(2019年4月26日昆明市第十四届…会议通过 ⏎ 2019年11月28日…批准)" ⏎ "…常务委员会公告" ⏎ "《昆明市客运出租汽车管理条例》
        # 于…通过…现予公布" ⏎ signature ⏎ date): the regulation, titled as the 公告 names it, dated by its adoption (the
        # 公告's signing publishes it later)
        h = replace(h, title=opened[0])
        date, date_i = opened[1], opened[2]  # (the 公告's signer still names the committee)
    if date is None and header_found and "令" in (h.doc_number or "") and h.start < h.title_start:
        # (a decree's promulgation note and its head's signature printed over the title, under the page's fields: "《关于修改
        # 部分市政府规章的决定》已于…通过,现予公布…" ⏎ "天津市市长 黄兴国" ⏎ "2014年4月12日" ⏎ "关于修改部分市政府规章的决定")
        above = signature_date(lines, h.start, h.title_start - 1)
        if head_signed_decree(lines, above[1], h.doc_number):
            date, date_i = above
    if date is None:  # a report with no signature: the date it was delivered, over the page's 发布日期
        date, date_i = _delivery_date(lines, h.start, end)
    if date is None and _TITLE_DATED.match(compact(h.title or "")):  # the date printed after the title
        m = _TITLE_DATED.match(compact(h.title))
        date, date_i = parse_any_date(m["d"] or m["posted"]), h.title_start
    if date is None:  # the title repeated with its date after it (a library's header line)
        date, date_i = _title_line_date(lines, h.start, end, h.title)
    if date is None and h.date and not h.metadata.get("date"):
        # (a law site's 颁布日期 / 发布日期 and no 成文日期 over a regulation's adoption line: the adoption dates it, the
        # promulgation and the approval after it are later steps)
        date, date_i = _adoption_date(lines, h.start, end)
    if date is None and h.date and not h.metadata.get("date"):
        # (a page's 发布时间 only, and the notice printed on one line with its organ and date glued after its close:
        # "…请认真抓好贯彻落实。 张家口市人民政府办公室 2022年3月17日 张家口市关于…的意见 …": the organ signs that date)
        glued, glued_i, glued_signer = glued_signing_date(lines, max(h.end + 1, h.start), end)
        if glued_signer:
            date, date_i, signers = glued, glued_i, [glued_signer]
    # (an organ signing a date before a 成文日期 that is only the page's posting signs the document, however long
    # before its posting: "三甲镇人民政府" ⏎ "2024年2月29日" under 成文日期 = 发布日期 2024年12月12日)
    # (a 成文日期 later than the page's own 发布日期 is a catalogue's date, never the signing: an organ's dated signature
    # before the posting stands, however far: 楚雄 成文日期 2018-10-11 on a page 发布 2014-09-02, signed 2014年8月5日)
    published = parse_any_date(h.metadata.get("published") or "")
    late = bool(meta_date and published and date and signers) and meta_date > published >= date
    if date is None and published and not meta_date:
        date, date_i = _stripped_day(lines, max(h.end + 1, h.start), end, published)
        signers = signature_organs(lines, date_i) if date_i is not None else signers
    if h.date and not late and (date is None or "metadata" in h.evidence and meta_date
                   and not ((signers or posted or head_signed_decree(lines, date_i, h.doc_number))
                            and (_days_apart(date, h.date) <= 92 or title_signed or meta_signed
                                                      or posted and signers))):
        date, date_i = h.date, h.date_line
        signers = signature_organs(lines, date_i) if date_i is not None and date_i > h.end else []
    if date is None:  # a signature glued into a page printed on one line: still the signing date
        date, date_i, glued_signer = glued_signing_date(lines, max(h.start, 0), end)
        signers = [glued_signer] if glued_signer else signature_organs(lines, date_i)
        # (a date after a sentence with no organ signing it, under a regulation's adoption line: a sentence of its final
        # article citing the text it repeals, "。1996年10月14日山东省…会议通过的《…》同时废止": the adoption dates it)
        adopted = _revision_date(lines, h.start, end) if date and not signers else (None, None)
        if adopted[0] is not None and adopted[1] < date_i:
            date, date_i, glued_signer, signers = *adopted, None, []
    if date is None:
        date, date_i = _adoption_date(lines, h.start, end)
    if date is None:
        date, date_i = _revision_date(lines, h.start, end)
    if date is None:
        date, date_i = _dated_imprint(lines, h.start, end)
    if date is None:
        date, date_i = _date_after_number(lines, h.start, end, h.doc_number)
    history = _history_line(lines, h.start, end) if not h.doc_number else None
    if date is None and history:  # a law database's history line: its order's day
        date, date_i = history[2], history[3]
    # (a news item reporting a document by its title dates the item, not the document: no page date for it)
    paged = not h.metadata.get("reported")
    if date is None and h.title_end >= 0 and paged:
        date, date_i = _page_date(lines, h.title_end)  # the date a page prints under the title
        issued = _issued_day(lines, h, end, date) if date else None
        if issued:  # the page's posting, its body giving the day the document it heads was issued: that day
            date, date_i = issued
    if date is None and h.title_end >= 0:  # the page's field values, bare, under its title (or the document's)
        date, date_i = next((d for d in (_bare_values_date(lines, k) for k in range(max(h.start, 0), h.title_end + 1)
                                         if not lines[k].blank) if d[0]), (None, None))
    if date is None and 0 <= h.title_start < h.title_end:
        date, date_i = _page_date(lines, h.title_start)  # a byline read as the header's fields, under its title
    if date is None and 0 <= h.start < h.title_start and paged:
        date, date_i = _page_date(lines, h.start)  # under the page's own title, above the document's
    if date is None and 0 <= h.start < h.title_start and paged:
        date, date_i = _badge_date(lines, h.start, h.title_start)  # a list page's calendar badge over the title
    if date is None and h.title_start < 0 <= h.start and (metadata or {}).get("part") != "preamble":
        date, date_i = _page_date(lines, h.start - 1)  # no title line: the byline the page opens with
        date, date_i = (date, date_i) if date_i is not None and date_i <= end else (None, None)
    if date is None and header_found and 0 <= h.title_start and paged and _decree(h):
        # an order reposted with no signature: the site-and-timestamp line over its title (a notice's repost date is no
        # date of it: fresh6's university park site, "-2023- 11/08 08:20" over the 通知 it reposts, gives none)
        date, date_i = _stamp_over_title(lines, h.title_start)
    if date is None and header_found:
        warnings.append(f"line {h.start + 1}: no signing date found for {h.title}")
    if not h.doc_number:  # a regulation's promulgation note names its decree
        number, number_i = _note_decree(lines, h.start, end)
        organ = compact((h.metadata or {}).get("issuer") or "")
        if number and _SERIAL.match(number) and _GOVERNMENT.fullmatch(organ):
            # (a bare serial under a page whose 发布单位 field names the government: its decree, "泰州市人民政府令第6号",
            # as fresh3's 第77号 under its 令 banner; a page naming no issuing organ keeps the serial as printed)
            number = organ + "令" + number
        level = _LEVEL_GOVERNMENT.match(number or "")
        over = [_c(lines[j]) for j in range(max(h.start, 0), number_i)] if level else []  # (the organ line over the note)
        placed = next((o for o in (compact(h.issuer or ""), organ, *signers, *reversed(over)) if o.endswith(level[0])
                       and len(o) > len(level[0]) and P.is_organ(o)), None) \
            if level and number.split("令")[0] == level[0] else None
        if placed:  # (the decree of the government the page names: "江西省人民政府令第18号", as printed "省人民政府令第18号")
            number = placed + number[len(level[0]):]
        if number is None and compact(h.title or "").endswith("令"):
            # (an order titled as one, "…关于全面做好草原禁牧工作的令", its serial alone opening the page over the preamble
            # and the signature it prints before its title: "第3号" ⏎ "为深入贯彻落实…,现就…颁令如下。" ⏎ …: as printed)
            first = next((j for j in range(max(h.start, 0), min(end + 1, len(lines))) if not lines[j].blank), None)
            if first is not None and first < h.title_start and _SERIAL.match(_c(lines[first])):
                number, number_i = _c(lines[first]), first
        if number is None and history:  # (a history line's order: its number, its organ the issuer)
            number, number_i = history[0], history[3]
            h = h if h.issuer or signers else replace(h, issuer=history[1])
        h = replace(h, doc_number=number, doc_number_line=number_i) if number else h
        if number and "令" in number and not h.issuer and not signers:  # (the organ whose decree published it issues it)
            organ = number.split("令")[0]
            # (the State Council's joint decree with the Military Commission: the two organs, "国务院、中央军委")
            h = replace(h, issuer="国务院、中央军委" if _STATE_COUNCIL_DECREE.match(organ) and "军委" in organ else organ)
    serial = notice_serial(lines, h)
    if serial:  # a numbered notice or order with no 文号: its serial ("…通告(第1号)", "…指挥部2号令"), see kg.parse.serials
        title, number, number_i, organ = serial
        h = replace(h, title=title, doc_number=number, doc_number_line=number_i)
        if organ and not h.issuer:  # (the organ its name opens with issues it: "鹤庆县…指挥部办公室通告")
            h = replace(h, issuer=organ, evidence=h.evidence + ("organ",))
    h = banner_decree(lines, h, end)  # (a wiki's decree page: its first line's number, its note's title)
    filed = filed_number(lines, h, end)
    if filed:  # the document's file under its signing date, named by its number ("连政复〔2023〕12号.doc")
        h = replace(h, doc_number=filed[0], doc_number_line=filed[1])
    dated = dated_number_under_title(lines, h) if not h.doc_number else None
    under = number_under_organ(lines, h) if not (h.doc_number or dated) else None
    if under:  # a law site's repeated title, its organ line and the number under it ("山西省政府" ⏎ "晋政发[1991]33号")
        h = replace(h, doc_number=under[0], doc_number_line=under[1])
    fields, fields_i = _title_line(lines, h.start, end, h.title) if not (h.doc_number or dated) else (None, None)
    if fields and fields["num"]:  # a library's header line: the title again, its 文号 and its date
        h = replace(h, doc_number=normalize_doc_number(fields["num"]), doc_number_line=fields_i)
    if dated:  # a law site's date line over the number, under the title ("2001-10-26" ⏎ "教基〔2001〕26号")
        h = replace(h, doc_number=dated[0], doc_number_line=dated[1])
        # (over the page's upload time, its byline above the title or its field, never a signature's)
        if date is None or date_i is not None and date_i < h.title_start or date_i == h.date_line and not signers:
            date, date_i = dated[2], dated[3]
    # a signature dated months from the metadata's date is a unit over a table's deadline, not the signer
    issuer = choose_issuer(h, signers, lines, h.start, end,
                           signed_as_dated=not h.date or bool(date) and (_days_apart(date, h.date) <= 92 or title_signed
                                                                         or meta_signed))
    if issuer is None and (government := head_government(lines, date_i, h.doc_number)):
        issuer = government  # (a decree its government's head signs, "天津市市长 黄兴国": the government's, 天津市人民政府)
    if not header_found and signers and date_i is not None and h.start <= date_i < h.title_start:
        # a page printed body first, signed, then the document it forwards under its own title ("各区、县人民政府…:" ⏎
        # "现将《国务院关于…的批复》…转发给你们。" ⏎ "天津市人民政府" ⏎ "二○○九年十一月八日" ⏎ "国务院关于…的批复(国函〔2009〕125号)",
        # wisor.cc/policy/show.php?from=client&itemid=51370): the text above signs for itself, the title below is the
        # attached document's
        issuer = "、".join(signers)
    if issuer is None and not signers:
        issuer = _signed_short_of_source(lines, date_i, h.metadata.get("source_site"))
    joint = closing_signers(lines, max(h.end + 1, h.start), end) if not signers and issuer else []
    if len(joint) >= 2 and compact(issuer) in joint:
        issuer = "、".join(joint)  # 发布机构 names the first of the organs signed jointly under the notice: all of them
    if signers and sealed_for(lines, date_i):
        issuer = "、".join(signers)  # "某委员会办公室" ⏎ "(某局代章)": the office signs, another organ stamps for it
    body_lines = lines[max(h.end + 1, h.start) : end + 1]
    meta = dict(h.metadata)
    meta.update(metadata or {})
    below = bool(meta.pop("title_below_text", False))
    meta.pop("reported", None)
    if below:
        meta["title_line"] = h.title_start + 1
    if not header_found or "metadata" in h.evidence or h.evidence:
        meta.setdefault("header_evidence", list(h.evidence))
    # (a page with a metadata block titles the report by its block or headline: 名称 "2022年政府工作报告", fresh4/5 gold)
    speech = None if "metadata" in h.evidence or h.metadata.get("title") else _speech_title(lines, h.start, end, h.title)
    return Document(
        id=doc_id,
        file=file,
        title=speech or _printed_title(h.title),
        doc_number=h.doc_number,
        issuer=issuer,
        district=P.district_of(issuer) or district,
        date=date,
        registration=h.registration,
        line_start=h.start + 1,
        line_end=end + 1,
        # a title found below body text names the document but heads none of it: no line is skipped as header
        title_line_start=h.start if below else h.title_start + 1,
        title_line_end=h.start if below else h.title_end + 1,
        recipients=h.recipients,
        attachments=_attachments(lines, h.end + 1, end),
        doc_number_line=None if h.doc_number_line is None else h.doc_number_line + 1,
        date_line=None if date_i is None else date_i + 1,
        registration_line=None if h.registration_line is None else h.registration_line + 1,
        outline=build_outline(body_lines),
        header_found=header_found,
        metadata=meta,
    )


def _last_content(lines: list[Line], start: int, end: int) -> int:
    while end > start and lines[end].blank:
        end -= 1
    return end


# (and an e-book's page heads: "Page 39 - 2022年第1期", "P. 39")
_MASTHEAD_LINE = re.compile(r"公报|^第\d+期$|^\d{4}年第\d+期$|^主管|^主办|编发$|^\d{4}年\d{1,2}月\d{1,2}日$|^.{2,24}文件$"
                            r"|^(?:Page|P\.)\d{1,4}(?:-(?:\d{4}年)?第\d+期)?$", re.IGNORECASE)


def _has_content(lines: list[Line]) -> bool:
    """More than a masthead (公报, 第N期, 主管主办, a date): text a reader could search for."""
    return sum(len(_c(ln)) for ln in lines if not ln.blank and not _MASTHEAD_LINE.search(_c(ln))) >= 10


def _breadcrumb_ends(lines: list[Line]) -> set[str]:
    """The column names the page's breadcrumbs end with ("首页>政府信息公开>海原县文件" → 海原县文件): the column's heading
    printed over its breadcrumb is the site's line, not a document's."""
    return {re.split(r"-?>|＞|›|»|/", _c(ln))[-1] for ln in lines if chrome_style(ln.text) == "breadcrumb"} - {""}


def _page_top(lines: list[Line], title: str | None) -> bool:
    """Every line is the site's chrome (buttons, a menu, a breadcrumb, the site's name), the page's title repeating the
    document's ("…的通知0" over "政策" over the fields and "…的通知") or a column's short name: no document of its own."""
    text = [ln for ln in lines if not ln.blank]
    # (a law site's headline tags the title with its year, "厦门市新型墙体材料管理规定(2002年)": the same title)
    fold = lambda t: re.sub(r"[《》〈〉“”\"'‘’、]", "", strip_counter(P.without_year_tag(compact(t))))
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


def _page_field(ln: Line) -> str | None:
    """A page-top line under the page's title that is no text of its own: its byline ("来源: 时间:2018年06月18日"),
    a mirror's residue, the document's 文号 (whole or broken)."""
    c = _c(ln)
    if _BYLINE.match(c) and len(c) <= 60:
        return "byline"
    if _SITE_BANNER.fullmatch(c) or P.is_organ(c) or (c.endswith("文件") and P.is_organ(c[:-2])):
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


def _same_title(fold, line: str, title: str) -> bool:
    """The page's title line repeats the document's: the same words, or, less a site label in 【】, the organ and the
    subject without 关于 ("【中国法令】国务院《推动…的意见》" for "国务院" ⏎ "关于推动…的意见")."""
    if fold(line) == fold(title):
        return True
    if len(fold(line)) >= 8 and fold(title).endswith(fold(line)) and P.is_organ(fold(title)[: -len(fold(line))]):
        return True  # the page's title without the organ line the document prints over its 关于 line
    if _cut_short(fold, line, title):
        return True  # the page's title in full over the document's own copy cut short (a law site's third print)
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


# a drafting note's title: "《银川市城市住房保障管理办法(修订草案征求意见稿)》起草说明" (编制说明, 修订说明 likewise)
_NOTE_TITLE = re.compile(r"[^。，,；;：:]{4,80}?(?:起草|编制|修订|制定)说明")


def _drafting_notes(lines: list[Line]) -> list[Header]:
    """The headers of the drafting notes a page prints after a signed document (its organ, its date, then the note's
    title alone on its line): a 起草说明 is a text of its own, with no organ, number or date of its own, not the body of
    the notice it follows (an attached plan, titled by its kind, stays the notice's)."""
    out = []
    for j, ln in enumerate(lines):
        if ln.blank or not _NOTE_TITLE.fullmatch(_c(ln)):
            continue
        above = [k for k in range(max(0, j - 8), j) if not lines[k].blank][-2:]
        if len(above) == 2 and P.parse_date(_c(lines[above[1]])) and is_signer(_c(lines[above[0]])):
            out.append(Header(start=j, issuer=None, title=_c(ln), title_start=j, title_end=j, end=j, doc_number=None,
                              doc_number_line=None, evidence=("note",)))
    return out


# a 文号 printed alone on its line, in brackets or not: "(荣昌府办〔2025〕35号)"
_NUMBER_ALONE = re.compile(r"^[(（]?(?P<number>[\u4e00-\u9fff]{2,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号)[)）]?$")


def _first_entry_heads_body(lines: list[Line], listed: list[Header], kept: list[Header]) -> list[Header]:
    """A gazette issue's body that starts with a number line under its contents: the contents list their documents in
    the body's order, so the first entry names the document the body opens with (a district gazette's "目 录" ⏎ six
    titles ⏎ its running head "重庆市荣昌区人民政府公报 2025年第3期" ⏎ "(荣昌府办〔2025〕35号)" ⏎ 主送 ⏎ text, the
    document's own title not printed again): its title, organ and 文号 there, the document from its number line. The
    list's last entry, kept as a header only because nothing follows it, names another document."""
    if not kept or kept[0] not in listed:
        return kept
    k = listed.index(kept[0])
    first, h = listed[0], kept[0]
    toc = _toc_line(lines)
    above = next((j for j in range(first.title_start - 1, -1, -1) if not lines[j].blank), None)
    if k < 1 or toc is None or above != toc or not all(set(e.evidence) <= {"organ", "title", "one_line"}
                                                       for e in listed[: k + 1]):
        return kept
    rows = [j for j in range(h.end + 1, min(len(lines), h.end + 4)) if not lines[j].blank]
    if rows and _MASTHEAD_LINE.search(_c(lines[rows[0]])):
        rows = rows[1:]  # the issue's running head between the contents and the body
    m = _NUMBER_ALONE.match(_c(lines[rows[0]])) if rows else None
    if not m:
        return kept
    j = rows[0]
    head = replace(h, start=j, end=j, title=first.title, title_start=first.title_start, title_end=first.title_end,
                   issuer=first.issuer, doc_number=normalize_doc_number(m["number"]), doc_number_line=j,
                   evidence=tuple(dict.fromkeys(first.evidence + ("doc_number",))))
    return [head] + kept[1:]


def segment_issue(lines: list[Line], file: str) -> ParsedIssue:
    """Split the lines of one gazette issue into `Document`s (pure: no I/O).

    Every file gives at least one document: headers are the places whose evidence scores at least
    `kg.parse.headers.HEADER_SCORE` (see `EVIDENCE_WEIGHTS` there); a file with none becomes one
    document with what could be found (`header_found=False`); text before the first header (a 目录, a page preamble) becomes a
    document of its own, id ``<file>-00``, marked ``metadata["part"] = "preamble"``, so that it is
    indexed and searched like the rest.
    """
    toc, toc_end = find_toc(lines)
    if toc_end is not None and find_headers(lines[: _toc_line(lines)]):
        toc, toc_end = [], None  # a document before the 目录: it is the table of contents of its attached plan
    headers = find_headers(lines, -1 if toc_end is None else toc_end)
    headers = with_metadata(lines, headers, find_metadata_blocks(lines), file)
    # a title printed twice (page title, then the document's own header) is merged before lone titles are
    # dropped as list entries (the first copy names the same document, it is not an entry of a list), and
    # again after: a page title and its document's header may have had a list of titles between them
    merged = merge_repeated(lines, headers)
    headers = _first_entry_heads_body(lines, merged, merge_repeated(lines, drop_list_entries(lines, merged)))
    if headers:  # a drafting note after a signed document heads a document of its own
        headers = sorted(headers + [n for n in _drafting_notes(lines) if not any(h.start <= n.start <= h.end
                                                                               for h in headers)], key=lambda h: h.start)
    district = _issue_district(lines, headers)
    stem = Path(file).stem
    warnings: list[str] = []
    docs = []
    if not any(not ln.blank for ln in lines):
        return ParsedIssue(file=file, encoding="", lines=lines, documents=[], toc=toc, district=district,
                           warnings=["no text"])
    notes = _drafting_notes(lines)
    if not headers:
        warnings.append("no document header found (issuer + 关于… title + 文号 or 主送, or a metadata block): "
                        "the file is one document" + (" and its drafting notes" if notes else ""))
        stop = notes[0].start if notes else len(lines)
        h = fallback_header(lines, file, 0, stop)
        docs.append(_document(lines, file, f"{stem}-01", h, _last_content(lines, 0, stop - 1), district,
                              warnings, header_found=False))
        for n, note in enumerate(notes):
            nxt = notes[n + 1].start if n + 1 < len(notes) else len(lines)
            docs.append(_document(lines, file, f"{stem}-{n + 2:02d}", note, _last_content(lines, note.start, nxt - 1),
                                  district, warnings, header_found=False))
        return ParsedIssue(file=file, encoding="", lines=lines, documents=docs, toc=toc, district=district,
                           warnings=warnings)
    first = headers[0].start
    if not toc and _promulgates(lines[:first], headers[0].title):
        # "《…的决定》已经…常务会议通过,现予公布" ⏎ 市长 X ⏎ date, then the decision: one document, signed above
        date, date_i = signature_date(lines, 0, first - 1)
        headers[0] = replace(headers[0], start=0, date=headers[0].date or date,
                             date_line=headers[0].date_line if headers[0].date else date_i)
        first = 0
    elif not toc and _names_issued(lines[:first], headers[0].title):
        headers[0] = replace(headers[0], start=0)  # the page's title: the plan the notice issues
        first = 0
    if not toc and _page_top(lines[:first], headers[0].title):
        headers[0] = replace(headers[0], start=0)  # the page's chrome and title over the document: the page shows it
        whole = next((k for k in range(first) if not lines[k].blank and headers[0].title
                      and _cut_short(compact, lines[k].text, headers[0].title)), None)
        if whole is not None:  # the header's title cut short: the page's title line is the whole of it
            headers[0] = replace(headers[0], title=_c(lines[whole]), title_start=whole, title_end=whole)
        number = _top_number(lines[:first]) if not headers[0].doc_number else None
        if number:  # (the 文号 the page printed over the organ line: "治政办[201793")
            headers[0] = replace(headers[0], doc_number=number[0], doc_number_line=number[1])
        headers[0] = _organ_over(lines, headers[0])
        first = 0
    if toc or _has_content(lines[:first]):
        h = fallback_header(lines, file, 0, first, preamble=True)
        if toc:
            h = replace(h, title="目录", title_start=-1, title_end=-1, end=-1, doc_number=None, doc_number_line=None)
        docs.append(_document(lines, file, f"{stem}-00", h, _last_content(lines, 0, first - 1), district, warnings,
                              header_found=False, metadata={"part": "preamble"}))
    for n, h in enumerate(headers):
        nxt = headers[n + 1].start if n + 1 < len(headers) else len(lines)
        end = _last_content(lines, h.end, nxt - 1)
        docs.append(_document(lines, file, f"{stem}-{n + 1:02d}", h, end, district, warnings))
    docs = _match_toc(docs, toc, warnings)
    return ParsedIssue(file=file, encoding="", lines=lines, documents=docs, toc=toc, district=district, warnings=warnings)


def parse_issue(path: str | Path, ocr: bool | None = None) -> ParsedIssue:
    """Read (any supported format, see kg.read), normalise and segment one gazette file.

    Args:
        ocr: read scanned pages by OCR (None: when the `ocr` extra is installed; False: never).

    Raises:
        InputError: the file is empty, corrupt, of an unsupported format or not decodable.
    """
    from dataclasses import replace as _with

    from kg.read import read

    path = Path(path)
    read_warnings: list[str] = []
    result = read(path, ocr=ocr, warnings=read_warnings)
    lines = normalize_lines(result.text)
    if result.pages is not None:  # paged formats: each line keeps the page it starts on
        lines = [_with(ln, page=p) for ln, p in zip(lines, result.pages)]
    issue = segment_issue(lines, path.name)
    issue.encoding = result.encoding
    issue.format = result.format
    issue.path = str(path.resolve())  # where the app finds the original (page images)
    issue.page_count = result.page_count
    issue.warnings = read_warnings + result.warnings + issue.warnings
    for w in issue.warnings:
        log.warning("%s: %s", path.name, w)
    return issue
