"""A document's date where no signature under its text dates it: the page's byline, badge or bare field values, a
regulation's adoption or revision line, a speech's delivery line, a law site's dateline, the date printed after the
title or the 文号, a date stripped of 年月日 (segment's `_document` tries them in its order)."""

from __future__ import annotations

import datetime as dt
import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.chrome import is_chrome
from kg.parse.headers import Header, _c, _nonblank_after
from kg.parse.metadata import parse_any_date
from kg.parse.normalize import compact
from kg.parse.issuers import issued_in_full
from kg.parse.source_fields import byline_text


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


_COUNTED_BYLINE = re.compile(r"[^\s\d。，,].{1,40}?\s{2,}(?P<d>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s{2,}\d{1,7}")


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
    # (a byline printed as label lines over their values, "来源:" ⏎ "中国珠算心算协会" ⏎ … ⏎ "时间:" ⏎ "2026-01-07", is read as
    # the one line it stands for: source_fields.byline_text)
    rows = _nonblank_after(lines, title_end, 12)
    for j in near + [j for j in past if j not in near and len(_c(lines[j])) <= 40 and not re.search("[。，,]", _c(lines[j]))]:
        c = compact(byline_text(lines, rows, rows.index(j)))
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
        # (or its name, its posting day and the view counter set apart by spaces: "廣東裝配式建筑分會(huì )     2021-04-27     3632",
        # fresh49's 广东 解读 item on a converter copy)
        m = _COUNTED_BYLINE.fullmatch(lines[j].raw.strip())
        if m and len(c) <= 60:
            return parse_any_date(m["d"]), j
    return None, None


def byline_over_title(lines: list[Line], start: int, title_start: int) -> tuple[str | None, int | None]:
    """The date of a byline among the three non-blank lines over the document's own title, the page's headline above it
    naming another matter ("财政专项扶贫资金管理办法" ⏎ "该资讯由: admin 编辑 发布时间为:2014/9/5 来源:海南省人民政府网" ⏎
    "海南省农业生产防灾救灾资金管理实施细则" ⏎ "第一章 总则", fresh58 hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt)."""
    above = [j for j in range(title_start - 1, max(start, 0) - 1, -1) if not lines[j].blank][:3]
    for j in above:
        c = compact(lines[j].text)
        m = _BYLINE_DATE.search(c)
        if m and len(c) <= 80 and re.search(r"(?:发布时间|发布日期)[为是]?[:：]", c) and parse_any_date(m[1]):
            return parse_any_date(m[1]), j
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
                       r"|[—\-－–]{1,4}\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^（）()。]{0,60}?(?:通过|制定|批准)[)）]?$"
                       # (or its open bracket lost, the note closed by the day it takes effect: "2004年2月16日海南省人民政府第30次常务会议
                       # 审议通过  2004年2月26日海南省人民政府令第171号公布  自公布之日起施行)" (fresh54's 海南 令第171号))
                       r"|((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^（）()。]{2,60}?(?:通过|批准)[^（）()。]{0,80}?(?:施行|实施|生效)[)）]$)")

# an adoption note whose first clause is a congress's (or its standing committee's) meeting adopting the regulation
_CONGRESS_ADOPTED = re.compile(r"^(?:【题注】)?[（(—\-－–\s]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）()，,。]{2,40}?人民代表大会"
                               r"(?:常务委员会)?第[一二三四五六七八九十]{1,4}次(?:全体)?会议通过")

# a decree publishing the rule, dated, after its adoption in the same note ("1992年10月22日省人民政府令第18号发布")
_DECREED = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^。（）()，,；;]{0,30}?令第[\d〇零一二三四五六七八九十百]{1,5}号(?:发布|公布)")

# a dash line opening with a day and naming a congress, its meeting and verb left for the next line
# (or a bracket's: "(2021年1月18日伊吾县第十七届人民代表大会" ⏎ "第六次会议通过)" (fresh62 xinjiang_yiwu-xian-2021-shisiwu-guihua-gangyao-
# mulu.txt:1-2, a county plan's page opening with its approval; its README: the approval line as the only date dates it))
_DASHED_DAY = re.compile(r"^(?:[—\-－–]{1,4}|[（(]\s*)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^（）()。]{2,40}?(?:人民代表大会|常务委员会)$")


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
            # (a regulation its congress adopted keeps its adoption's date, however often amended since: "(1988年8月18日
            # 宁夏回族自治区第六届人民代表大会常务委员会第二次会议通过" ⏎ "根据1997年…修正" ⏎ "2011年5月27日…修订通过)", the
            # sets' regulation copies; a government's rule amended by its decree is dated by the latest decree)
            amended = _AMENDED.findall(note) if not _CONGRESS_ADOPTED.match(note) else []
            # (a rule its government's meeting adopted and its decree published later takes the decree's date: "(1992年7月
            # 25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布", fresh43's 江西)
            decreed = _DECREED.findall(note) if not amended else []
            return parse_any_date(amended[-1] if amended else decreed[0] if decreed else m[1] or m[2] or m[3]), j
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


# a page printed on one line, a report's title glued to its delivery line and the text run on after it ("2024年疏附县政府工作报告
# 2023年1月5日在疏附县第十七届人民代表大会第三次会议上 疏附县人民政府县长 …各位代表:…", fresh64 xinjiang_shufu-xian-2024-zhengfu-
# gongzuo-baogao-quyushuju.txt:1; its README: the delivery date): only the document's first line, its title no sentence
_GLUED_DELIVERY = re.compile(r"^(?P<title>[^（()）。，,：:；;]{2,40}?(?:报告|讲话|发言|致辞))[（(—\-－–]*"
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


# a document's printing line (版记), the office that prints it, the day and 印发: "桂东县人民政府办公室2017年5月27日印发" under
# a county's 通告 reposted without its signature (docmeta144), "市政府办公室 2020年3月5日印发"
_PRINTING_LINE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{4,30}?)\s*(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*印发$")


def _printing_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The day of the document's own printing line where nothing is signed (see _PRINTING_LINE): the day it was issued,
    a repost's page date being later."""
    for j in range(min(end, len(lines) - 1), max(start, 0) - 1, -1):
        m = None if lines[j].blank else _PRINTING_LINE.match(_c(lines[j]))
        if m and P.is_organ(m["organ"]):
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
        if k == 0 and (m := _GLUED_DELIVERY.match(c)):
            return parse_any_date(m["d"]), j
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
