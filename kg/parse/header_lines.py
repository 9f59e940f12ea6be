"""What one line of a document's header reads as: whether a title is complete and what may still follow it (a
tail such as "（试行）的通知", a last line "…的通知"), the lines that stop a title (文号, 主送, a date, a page's field
label), a 文号 glued to the title or printed with the signing date, the page's labels and tags around a title
(【栏目】, "山东:", 原标题:, a validity mark) and organs printed apart before 关于. Apart from headers.py, which walks
the lines and scores each place, because these are pure tests of one line's text."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.normalize import compact, fold, normalize_doc_number

__all__ = ["VALIDITY_MARK", "TITLE_WRAPPINGS", "drop_betting_path", "drop_column_tag", "drop_title_label",
           "drop_title_wrapping"]


_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"))


# A 关于… title ends in a 公文 type; the looser endings (分解, 分工, 清单, 解读 …) only name other pages.
_OFFICIAL_TYPE_END = re.compile(
    r"(?:通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|函|命令|通报|决议|要点|计划|纲要|预案|条例|规则|名单)"
    r"(?:[（(][^（）()]{1,8}[）)])?$"
)


# a title that prints (印发) or forwards (转发) a text is itself a 通知 (通报, 决定): "关于印发某县城市管理办法" is cut
_ISSUING_END = re.compile(r"(?:通知|通报|决定|请示)(?:[（(][^（）()]{1,8}[）)])?$")  # (…关于提请印发《…》的请示)


def _title_complete(title: str) -> bool:
    """A title is complete when it ends in a document type and no bracket is left open."""
    bare = re.sub(r"《[^》]*》", "", title)  # not a cited 《关于…》
    if re.search(r"印发|转发", bare) and not _ISSUING_END.search(title):
        return False
    # (a 解读 page's title "关于《…》文件解读" ends in its own kind, never an official type)
    ends = _OFFICIAL_TYPE_END if "关于" in bare and not P.READING_TITLE.search(title) else P.DOC_TYPE_END
    return bool(ends.search(title)) and all(title.count(a) <= title.count(b) for a, b in _PAIRS)


# the rest of a title cut after its type word: "（试行）的通知", "（征求意见稿）", "》的通知", "的通知", a plan's years
# "(2023—2025年)的通知"
_TITLE_TAIL = re.compile(r"^(?=.)(?![（(](?:此件|全文))(?:[（(](?:[^（）()〔〕\d]{1,10}"
                         r"|(?:19|20)\d{2}年?(?:\s*[—\-－–~～至]\s*(?:19|20)\d{2})?年?)[)）])?》?(?:的(?:通知|通报|决定|意见|批复))?$")


# a title's last line after a line that ended on a type word by chance ("关于分解落实2019年市政府工作报告" ⏎ "主要目标任务的通知":
# the 报告 is what the notice is about): a short line ending in 的 + an official type, opening no title of its own
_TITLE_LAST_LINE = re.compile(r"^[^。，,；;:：\s]{1,30}的(?:通知|通报|决定|意见|批复|请示|函)$")


# a 关于 title broken after a type word its subject ends on, no 的 before it: "关于海南省2021年国民经济和社会发展计划" ⏎ "执行情况与2022年
# 国民经济和社会发展" ⏎ "计划的报告" (fresh52's 海南 2021 计划 report): the lines after it, up to one ending in 的 + a kind, are the title's
_ABOUT_CUT_AT_KIND = re.compile(r"^关于[^的。，,；;:：]{4,40}$")
_ABOUT_LAST = re.compile(r"的(?:报告|通知|通报|决定|意见|批复|请示|函|公告|通告)$")


def about_title_run(title: str, nexts: list[str]) -> int:
    """How many of the short lines after a 关于 title cut at a type word are still its own (0 when none): up to the one
    ending in 的 + a kind, at most two lines, each short and with no stop, none a header field."""
    if not _ABOUT_CUT_AT_KIND.match(title):
        return 0
    for k, c in enumerate(nexts[:2], start=1):
        if not c or len(c) > 40 or re.search(r"[。，,；;:：]", c) or _is_header_stop(c) or "关于" in c:
            return 0
        if _ABOUT_LAST.search(c):
            return k
    return 0


def _title_last_line(c: str) -> bool:
    return bool(_TITLE_LAST_LINE.match(c)) and not P.TITLE_START.match(c) and not P.ORGAN_TITLE.match(c) \
        and "关于" not in c


def _is_header_stop(c: str) -> bool:
    return bool(P.DOC_NUMBER_LINE.match(c) or P.RECIPIENTS.match(c) or P.REGISTRATION.search(c) or P.parse_date(c)
                or _LABEL_LINE.match(c))


# a metadata label opening a line ("来源:", "浏览量:", "发布时间:") ends a title
# (上载日期 / 更新时间 …: the page's upload line between the title and the 文号, "上载日期: 2019-11-21 来源: 市人民政府办公室")
# (bulleted too, a site's list of them under the title: "• 时间:2012-04-28" ⏎ "• 点击:21" ⏎ "• 来源:")
_LABEL_LINE = re.compile(r"^[•·●◆■▪]?(?:来源|浏览量|浏览次数|阅读次数|点击次数|点击量|点击|发布时间|发布日期|日期|时间|作者|字号|【字体"
                         r"|上载日期|上传日期|上传时间|更新时间|更新日期|发稿时间|录入时间|信息来源|文章来源)[:：]")


# a page's index number or disclosure mark printed under the title ("QH10232-29", "主动公开"): never a title's line
_PAGE_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-/.]{5,}$|^(?:主动公开|依申请公开|不予公开|免予公开)$")


# the body's first part heading ("一、出台《…》的必要性"): never a title's continuation
_PART_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、")


_NUMBER_AT_END = re.compile(rf"(?:{P.DOC_NUMBER.pattern})$")
_NUMBER_AT_START = re.compile(rf"^(?:{P.DOC_NUMBER.pattern})")
# a web page's bare metadata values (索引号, 2024-01-10 15:30:00); a signing date (年月日) is not one
_PAGE_VALUE = re.compile(r"^[0-9A-Z]{6,}[-/]\d{4}[-/]?\d{3,}$|^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$")
# the signing date and the 文号 on one line under the title: "2002年4月23日 财税〔2002〕59号" (a law site),
# "（2023年5月6日 某政发〔2023〕5号）" (a gazette's reprint), "某政发〔2023〕5号（2023年5月6日）", "川府发〔2011〕8号 二○一一年三月十七日"
# (the number first inside one parenthesis too: "(宁政办发〔2001〕99号 2001年5月29日)", fresh53's 宁夏 law-site copy, line 3)
_DATE_AND_NUMBER = (
    re.compile(rf"^[（(]?(?P<d>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[，,、]?(?P<num>{P.DOC_NUMBER.pattern})[)）]?$"),
    re.compile(rf"^(?P<num>{P.DOC_NUMBER.pattern})[（(]?(?P<d>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[)）]?$"),
    re.compile(rf"^[（(](?P<num>{P.DOC_NUMBER.pattern})[，,、]?(?P<d>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[)）]$"),
)


def _date_and_number(c: str) -> re.Match | None:
    return next((m for m in (r.match(c) for r in _DATE_AND_NUMBER) if m and P.parse_date(m["d"])), None)


# a document-sharing site's chunk number before a 文号 glued to the title ("1、滨教函202011号滨州市教育局关于印发…的通知各县
# (市、区)教体局…", m.zixin.com.cn/doc/5669703): the site's, dropped with the 文号
_ITEM_INDEX = re.compile(r"^\d{1,2}、(?=[\u4e00-\u9fff]{1,10}[〔\[［(（]?(?:19|20)\d{2})")


_NUMBER_IN_PARENS = re.compile(rf"[（(](?P<num>{P.DOC_NUMBER.pattern})[)）]$")


# a page's validity mark after the title ("…的意见(废止)", "…的通知[全文废止]"): the page's note on the document, not its
# title (a 文号 glued before the title is found once the mark is off)
# (or before it: "(已废止)微政办字〔2019〕24号 关于印发…的通知"; a mark of force too: "…的通知(有效)", "(现行有效)")
_MARK = r"[（(\[【〔](?:(?:全文|部分)?已?(?:废止|失效|作废)|(?:现行)?有效)[）)\]】〕]"
# (a law database's mark: the year in parentheses, then the status unbracketed: "…的通知(2017) 失效")
_DATED_MARK = r"[（(](?:19|20)\d{2}[)）]\s*(?:(?:全文|部分)?已?(?:废止|失效|作废)|(?:现行)?有效)"
VALIDITY_MARK = re.compile(rf"^{_MARK}\s*|{_MARK}$|(?<=[\u4e00-\u9fff）)]){_DATED_MARK}$")


# organs issuing jointly before the title's 关于 ("山东省国家税务局 山东省地方税务局关于印发《…》的通知")
_JOINT_ORGANS_TITLE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,20}}?{P._ORGAN_TAIL}[、\s]?){{2,4}}(?:关于|印发|转发)")


# words of a title's tail that no 文号's organ part holds (常政发, 国办函, 浙政办发明电)
_TITLE_TAIL_IN_NUMBER = re.compile(r"的|通知|意见|方案|决定|通告|公告|办法|规定|细则|报告|通报")


# the dash a document site prints between a title and the 文号 it glues on
_GLUE_DASHES = "-－—–"


def _unglue(c: str) -> tuple[str, str | None]:
    """A title line with its 文号 glued on ("…的通知某政办发〔2023〕12号", "鲁政发〔2014〕20号《…》"): (title, 文号)."""
    c = VALIDITY_MARK.sub("", c)
    is_title = lambda t: len(t) >= 8 and bool(P.TITLE_START.search(t) or P.ORGAN_TITLE.match(t)
                                              or _JOINT_ORGANS_TITLE.match(t)) and bool(P.DOC_TYPE_END.search(t))
    m = _NUMBER_AT_END.search(c)
    if m:
        bracket = next((i for i in range(m.start(), m.end()) if c[i] in "〔[［【(（﹝"), m.end())
        # the organ part of the 文号 starts after the title's type word; a part that still holds the title's tail
        # ("…任务分解落实方案的通知常政发〔2023〕1号": 分解 is a type word too, 落实方案的通知常政发 no organ part) is passed over
        # (a document site glues them by a dash: "…实施方案的通知-青政办[2008]172号", docmeta134's 青海 page)
        cuts = [k for k in range(m.start(), bracket) if is_title(c[:k].rstrip(_GLUE_DASHES))]
        k = next((k for k in cuts if not _TITLE_TAIL_IN_NUMBER.search(c[k:bracket])), cuts[0] if cuts else None)
        if k is not None:
            return c[:k].rstrip(_GLUE_DASHES), normalize_doc_number(c[k:])
    m = _NUMBER_IN_PARENS.search(c)  # "2021年县政府重点工作任务(华政发〔2021〕2号)"
    if m and len(c[: m.start()]) >= 6:
        return c[: m.start()], normalize_doc_number(m["num"])
    index = _ITEM_INDEX.match(c)  # (a sharing site's chunk number before it: "1、滨教函202011号滨州市教育局关于…")
    m = _NUMBER_AT_START.match(c[index.end():] if index else c)
    if m:
        title = (c[index.end():] if index else c)[m.end():]
        if title.startswith("《") and title.endswith("》"):  # 鲁政发〔2014〕20号《山东省人民政府关于…》
            title = title[1:-1]
        if is_title(title):
            return title, normalize_doc_number(m[0])
    return c, None


# "【市政府重点工作及责任分解】滁州市人民政府关于…": a page's column or short-title label before the title
# ("【文字解读】某县…的通知" is a 解读 page's own title: the page reads the notice, it is not the notice)
_COLUMN_LABEL = re.compile(r"^【(?![^】]*(?:解读|图解))[^】【]{2,30}】(?=.{0,40}?(?:关于|印发))")


# a page's column tag before a headline ("【林长制】青龙乡2022年1季度护林员工作小结", "【工作动态】格咱市场监督管理所开展…",
# "【东湖区招商】2015年东湖区政府工作报告"): the section the site files the item under, not its title. A tag saying what
# the page is stays ("【文字解读】某县…的通知", "【喜讯】…", "【上级文件转载】…", "【起草说明】…", "【公众征集】…"), except over a
# headline that repeats its words ("【政府工作报告】2020年政府工作报告(…)") or a reading that names its reader ("【领导解读】
# 西安市雁塔区民政局局长曹颖解读《…》"), where the headline says it already
_TAG = re.compile(r"^【(?P<tag>[^】【]{2,12})】(?P<rest>\S.{5,})$"
                  # (a forum's board in square brackets likewise: "[中國內地] 那曲完成撤地設市…", a thread's title)
                  r"|^[\[［](?P<board>[\u4e00-\u9fff]{2,6})[\]］]\s*(?P<after>[^\s\[\]［］].{5,})$")
_NAMED_READER = re.compile(r"解读[《“]")
# what a page is, as its tag says it: a reading, a chart, good news, a repost, an explanation, a call for comments, a notice
_PAGE_KIND_TAG = re.compile(r"解读|图解|喜讯|捷报|转载|转发|说明|征集|公示|公告|通报")
# a tag naming only the medium of a reading ("【文字解读】", "【图文解读】") over a headline that names itself a reading: the
# headline says it already ("【文字解读】关于泉州市泉港区人民政府关于公布…的通告的政策解读", fresh42 泉港); a tag naming the
# reader ("【部门解读】《…》的政策解读") stays, and so does the medium tag over the notice's own title ("【文字解读】…的通知")
_MEDIUM_READING_TAG = re.compile(r"^(?:文字|图文|图片|视频|音频|动漫)解读$")
_READING_HEADLINE = re.compile(r"解读$")


def drop_column_tag(title: str | None) -> str | None:
    """The title without a column tag the page filed it under (see _TAG)."""
    m = _TAG.match(title or "")
    if not m:
        return title
    tag, rest = (m["tag"], m["rest"]) if m["tag"] else (m["board"], m["after"])
    repeated = any(tag[k:k + 3] in rest for k in range(len(tag) - 2)) \
        or bool(_MEDIUM_READING_TAG.match(fold(tag)) and _READING_HEADLINE.search(fold(rest)))
    says_kind = _PAGE_KIND_TAG.search(fold(tag)) and not (tag.endswith("解读") and _NAMED_READER.search(rest))
    return rest if repeated or not says_kind else title


# a page's label before a document's title, set off by a colon: the place ("山东:关于发布…的公告") or the page's topic
# ("杭州市萧山区高新技术企业奖励政策:关于深入实施…的若干政策意见"); what follows is a whole 关于/organ+关于 title, so the
# label is the page's. A news headline led by its place keeps it ("铜梁:4家企业获评…": no 关于 title after the colon).
_TITLE_LABEL = re.compile(r"^(?P<label>[^:：∶《》“”\s]{2,24}?)[:：∶](?P<rest>.+)$")
# (a label saying what the page is stays: "图解：关于…", "转发:《…》政策解读", as the 解读 pages print it)
_KIND_LABEL = re.compile(r"关于|解读|图解|读懂|转发|转载")
# a news item's credit naming the headline it was first printed under ("原标题:山东公布新一批省级绿色制造单位名单"), taken as
# the title where nothing else names the item: the words after the label are the headline, whatever their shape
_HEADLINE_LABEL = re.compile(r"^(?:原标题|原题)[:：∶]\s*(?P<rest>\S.{3,})$")
# a page's field label glued after the title, the cell that followed it on the line ("…的督查报告文件下载:")
_TRAILING_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[:：∶]$")


def drop_title_label(title: str | None) -> str | None:
    """The title without a page's label before it (see _TITLE_LABEL) or a field label glued after it
    (see _TRAILING_LABEL), when what remains is a whole document title."""
    if not title:
        return title
    m = _HEADLINE_LABEL.match(title)
    if m:
        return m["rest"]
    m = _TITLE_LABEL.match(title)
    if m and not _KIND_LABEL.search(m["label"]) and (P.TITLE_START.match(m["rest"]) or P.ORGAN_TITLE.match(m["rest"])) \
            and P.DOC_TYPE_END.search(m["rest"]):
        title = m["rest"]
    m = _TRAILING_LABEL.search(title)
    cuts = [title[:m.start() + k] for k in range(len(m[0]) - 2)] if m else []  # the shortest label first
    return next((rest for rest in reversed(cuts) if P.DOC_TYPE_END.search(rest)), title)


# What a page prints around a whole document title on the title's own line, a registry of named styles tried in order;
# each cut is kept only where the rest is still a whole title (an organ's or a 关于 title ending on its kind). Real lines
# of each style in tests/test_docmeta111_layouts.py.
TITLE_WRAPPINGS: tuple[tuple[str, re.Pattern], ...] = (
    # a 通告's or 令's serial number printed after the kind in brackets, as a wiki's page title prints it
    # ("潛江市新型冠狀病毒感染的肺炎防控指揮部通告(1號)", zh.wikisource, docmeta111): the order's number, never the
    # title's words (the title is the kind's; a 提案 reply naming its proposal "(第20号)答复" goes on after the bracket)
    ("serial_number_after_kind", re.compile(r"^(?P<rest>.{4,}?(?:通告|公告|命令|令))\s*[（(]\s*第?\s*[0-9一二三四五六七八九十〇○零]{1,4}"
                                            r"\s*[号號]\s*[）)]$")),
    # a sharing site's year before an organ's 关于 title ("2018年农业部关于修改和废止部分规章、规范性文件的决定",
    # doc88-style one-line copy, repeal62): the file's year label; a plan's or a report's own year is printed before its
    # place with no organ and 关于 after it ("2022年乌恰县政府工作报告", "2025年微山县南阳镇人民政府主动公开基本目录")
    ("year_before_organ_title", re.compile(r"^(?:19|20)\d{2}年(?:度)?(?P<rest>.+)$")),
    # a gambling brand a hijacked mirror put where the organ's name stood, before the title's 关于 ("365体育投注关于开展规章
    # 清理工作的通知", a spam mirror of 辽宁's gazette, fresh43): a number and a betting word, never an organ's name; the
    # title is read from 关于 (the organ is not printed)
    ("gambling_brand_before_about", re.compile(r"^(?P<brand>\d{3,}[\u4e00-\u9fff]{0,4}?(?:体育|投注|娱乐|彩票|棋牌|博彩|官网|平台"
                                               r"|入口)[\u4e00-\u9fff]{0,4}?)(?P<rest>关于.+)$")),
    # a betting mirror's path before the organ's whole title, its parts set apart by dashes ("首页『摩臣5注册登陆』-摩臣5
    # 娱乐平台-首页-隆安县人民政府办公室关于印发…的通知", fresh45's 隆安 mirror): a betting word in its first part, never an
    # organ's; the title is the organ's, after the last dash
    ("betting_path_before_title", re.compile(r"^(?P<path>.{0,20}?(?:注册|登陆|登录|娱乐|投注|彩票|棋牌|博彩)[^-—]{0,12}"
                                             r"(?:[-—][^-—]{1,12}){0,3}[-—])(?P<rest>[\u4e00-\u9fff].+)$")),
    # a forum's scrambled anti-copy marks glued before the organ's whole title ("' R6 B7 g2 Y! p. T1 |6 u重庆市潼南区人民政府关于
    # 下达…工作任务的通知", fresh49's 潼南 repost): letters, digits and marks mixed, never a title's words; the title is the organ's
    ("scrambled_marks_before_title", re.compile(r"^(?P<marks>(?=[^\u4e00-\u9fff]*[A-Za-z])(?=[^\u4e00-\u9fff]*[!-/:-@\[-`{-~])"
                                                r"[!-~\s]{4,40})(?P<rest>[\u4e00-\u9fff].+)$")),
    # a site's path from its column's home glued before the title ("EHS中国 法规首页 太原市消防条例", fresh48's 太原 条例 on a law
    # site): the site and its column, ending in 首页, never a title's words; the title is the document's, after it
    ("site_home_before_title", re.compile(r"^(?P<path>[A-Za-z]{0,8}[\u4e00-\u9fff]{0,10}?首页)\s*(?P<rest>[\u4e00-\u9fff].+)$")),
    # a repost's mark that the whole text follows ("西藏自治区“十三五”时期国民经济和社会发展规划纲要(全文)", fresh48's 西藏 纲要; fresh7's
    # 黔西南 "(贵州省)2021年黔西南州人民政府工作报告(全文)" read so): the page's note, no part of the document's name
    ("whole_text_mark_after_title", re.compile(r"^(?P<rest>.{4,}?)\s*[（(](?:附)?全文[)）]$")),
)


# an organ's name (a ministry's too, which names no place: "农业部") right before the title's 关于
_ORGAN_THEN_ABOUT = re.compile(r"^[\u4e00-\u9fff]{1,24}?(?:部|委员会|委|局|厅|署|院|政府|办公室|办公厅|办)关于")


def _organ_title(rest: str) -> bool:
    """`rest` reads as a whole organ's title: the organ, 关于, and the kind at its end."""
    return bool((P.ORGAN_TITLE.match(rest) or _ORGAN_THEN_ABOUT.match(rest)) and P.DOC_TYPE_END.search(rest))


def drop_title_wrapping(title: str | None) -> str | None:
    """The title without what the page printed around it on its line (see TITLE_WRAPPINGS), where the rest is a whole
    title; else the title as it is."""
    if not title:
        return title
    for name, pattern in TITLE_WRAPPINGS:
        m = pattern.match(title)
        if not m:
            continue
        if name == "serial_number_after_kind" and P.DOC_TYPE_END.search(m["rest"]):
            return m["rest"]
        if name == "year_before_organ_title" and _organ_title(m["rest"]):
            return m["rest"]
        if name == "gambling_brand_before_about" and P.DOC_TYPE_END.search(m["rest"]):
            return m["rest"]
        if name in ("betting_path_before_title", "scrambled_marks_before_title") and _organ_title(m["rest"]):
            return m["rest"]
        if name in ("site_home_before_title", "whole_text_mark_after_title") and P.DOC_TYPE_END.search(m["rest"]):
            return m["rest"]
    return title


def drop_betting_path(line: str) -> str:
    """The line without a betting mirror's dashed path before an organ's whole title (TITLE_WRAPPINGS'
    betting_path_before_title), where the rest is one; else the line as it is (read before a line is judged a title)."""
    m = dict(TITLE_WRAPPINGS)["betting_path_before_title"].match(line)
    return m["rest"] if m and _organ_title(m["rest"]) else line


# a repost's kind tag before the title ("【上级文件转载】中共郎溪县委 郎溪县人民政府关于…"): like a 解读 page's "【文字解读】",
# it says what the page is and stays in its title (as the page's 名称 prints it); the organ is read after it
_KIND_TAG = re.compile(r"^【[^】【]{0,10}(?:转载|转发)】")


def _kind_tag(printed: str, read: str) -> str:
    """The kind tag `printed` opens with and `read` (the line without its label) left off."""
    m = _KIND_TAG.match(printed)
    return m[0] if m and not read.startswith(m[0]) else ""


def _column_label(c: str) -> str:
    """The line without a 【…】 label printed before its title, or the 《》 a page put around it
    ("《某县人民政府关于…的通知》")."""
    rest = _COLUMN_LABEL.sub("", c, count=1)
    if rest == c and c.startswith("《") and c.endswith("》") and c.count("《") == 1:
        rest = c[1:-1]
    return rest if rest != c and (P.ORGAN_TITLE.match(rest) or P.TITLE_START.match(rest)) else c


def _joint_organs(text: str) -> str | None:
    """"A局 B委 C局 关于…": the issuers of a joint document printed apart before the 关于 of its title (or before the
    转发 / 批转 that forwards another organ's: "清遠市農業農村局 清遠市財政局轉發省農業" ⏎ "農村廳 省財政廳關于…")."""
    at = min((k for k in (text.find(w) for w in ("关于", "转发", "批转")) if k > 0), default=-1)
    if at <= 0 and text.rstrip().endswith("印发"):
        at = len(text.rstrip()) - 2  # "鹤岗市人民政府 鹤岗市中级人民法院印发", the title on the next line
    if at <= 0:
        return None
    return _organ_parts(text[:at].split())


def _organ_parts(parts: list[str]) -> str | None:
    """"A、B" when the two or more parts are each an organ's name ("落实《淄博市人民政府" is the start of a title that
    cites one, no name of its own)."""
    if len(parts) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,30}", p) and (
            P.is_organ(compact(p)) or re.search(r"(?:部|委|局|厅|办公室|政府|法院|检察院)$", p)) for p in parts):
        return None
    return "、".join(compact(p) for p in parts)


def _organs_apart(ln: Line, c: str) -> str:
    """An organ line's issuers: "A局、B局" where the printed line sets organs apart with spaces, else `c`."""
    parts = [compact(p) for p in fold(ln.raw).split()]
    return "、".join(parts) if len(parts) >= 2 and all(P.is_organ(p) for p in parts) else c
