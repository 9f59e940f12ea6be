"""Segment a gazette issue into its documents: 目录, headers (登记号, 文号, issuer, title, 主送), bodies."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import Document, Line
from kg.parse import patterns as P
from kg.parse.chrome import strip_counter, strip_full_text_note, strip_site_suffix
from kg.parse.header_lines import VALIDITY_MARK, drop_column_tag, drop_title_label, drop_title_wrapping
from kg.parse.headers import Header, _c, find_headers
from kg.parse.metadata import find_metadata_blocks, parse_any_date
from kg.parse.normalize import compact, normalize_doc_number, normalize_lines
from kg.parse.issuers import choose_issuer
from kg.parse.fallback_header import fallback_header
from kg.parse.page_titles import drop_catalogue_region
from kg.parse.pages import drop_list_entries, merge_repeated, with_metadata
from kg.parse.serials import dated_number_under_title, filed_number, notice_serial, number_under_organ
from kg.parse.signature import closing_signers, glued_signing_date, is_signer, sealed_for, signature_date, signature_organs
from kg.parse.outline import build_outline
from kg.parse.decree_page import banner_decree, head_government, head_signed_decree
from kg.parse.decree_notes import (_GOVERNMENT, _LEVEL_GOVERNMENT, _SERIAL, _STATE_COUNCIL_DECREE, _history_line,
                                   _note_decree)
from kg.parse.printed_dates import (byline_over_title, _TITLE_DATED, _TITLE_DELIVERY, _adoption_date, _badge_date, _bare_values_date,
                                    _date_after_number, _dated_imprint, _days_apart, _decree, _delivery_date,
                                    _issued_day, _opened_by_adoption, _page_date, _printing_date, _revision_date,
                                    _stamp_over_title, _stripped_day, _title_line, _title_line_date)
from kg.parse.page_top import (_cut_short, _names_issued, _organ_over, _page_top, _promulgates, _top_number,
                              number_alone)

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


# an organ signed by its level alone ("州人大常委会法工委", "市农业农村局"), no place before it
_LEVEL_SIGNED = re.compile(r"^[州市县区旗盟][\u4e00-\u9fff]{3,20}$")


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


# a repost's kind tag opening its title ("【转发上级】", "【上级文件转载】")
_REPOST_TAG = re.compile(r"^【[^】【]{0,10}(?:转载|转发)[^】【]{0,4}】")


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
    if date is None:
        date, date_i = _printing_date(lines, h.start, end)  # the printing line's day, before a repost's page date
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
    if date is None and 0 <= h.start < h.title_start and paged:
        date, date_i = byline_over_title(lines, h.start, h.title_start)  # the posting byline under a headline above it
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
    # (a title found below a news item's text names the notice the item carries: the serial under it is that notice's,
    # no number of the item's, tasks117's 荆州区 "12月27日,在…会议上,…" ⏎ "…第二次会议公告" ⏎ "(第1号)")
    serial = notice_serial(lines, h) if not h.metadata.get("title_below_text") else None
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
    # (a repost's page dates the repost, its kind tag says so: "【转发上级】…名单" under 发文日期 2025-07-11, signed by the
    # national group's office "2019年4月18日", docmeta47: the signature is the document's)
    reposted = bool(_REPOST_TAG.match(compact(h.title or "")))
    # (nor is a page's posting date alone, no 成文日期 nor 发文日期 beside it, and no 发布机构 but the source the page came from
    # (信息来源 / 来源): an organ signing before the posting signs the document however long before, as the date above keeps
    # it — "河北省人民政府办公厅" ⏎ "2021年8月9日" on a trade site's copy 发布日期 2023-08-22, 信息来源 河北省人民政府 (fresh63
    # hebei_sheng-zhengfu-bangongting-2021-xianyu-tese-chanye-tizhi-shengji-fangan-chinasme.txt:4, 10-11; its README: the
    # signature wins); a 发布机构 field keeps its organ over a signature months away (fresh61's constructed 崇明 row))
    signed_before_posting = bool(signers and date and published) and not meta_date \
        and not h.metadata.get("issued") and not h.metadata.get("issuer") and date <= published
    if h.title and not h.issuer and (bare := drop_title_wrapping(h.title)) != h.title:
        h = replace(h, title=bare)  # (the organ a title opens with, read past what a page glued before it: scrambled marks)
    issuer = choose_issuer(h, signers, lines, h.start, end,
                           signed_as_dated=not h.date or bool(date) and (_days_apart(date, h.date) <= 92 or title_signed
                                                                         or meta_signed or reposted
                                                                         or signed_before_posting))
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
    if not toc and not headers[0].doc_number and (number := number_alone(lines[:first])):
        # (the document's 文号 alone over its fields: its number, no preamble)
        headers[0] = replace(headers[0], start=0, doc_number=number[0], doc_number_line=number[1])
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
