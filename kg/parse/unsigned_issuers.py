"""Issuers of documents that sign nowhere and print no organ in a header the other readers know: a title opened by a
行委 (an administrative committee, a county-level administration of 海西州), a notice whose body says the government's
executive meeting adopted the plans it issues, a street's or town's notice issuing its own plan to its own units, an
organ printed alone over its list's name, a portal's 部门 field, the organ of a title's bare place the body says
decided the notice, and a byline naming a bureau by its level only where the page signs with the bureau's full name.
`kg.parse.issuers` chooses among them (after the header, the signature and the page's own fields); each reads only
the document's own lines. (A department opening a reply's title by its level only is title_organs.title_organ's.)"""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.chrome import is_chrome
from kg.parse.headers import _c
from kg.parse.normalize import compact
from kg.parse.title_organs import opening_organs

__all__ = ["adopted_by_meeting", "committee_title_organ", "department_field", "issuing_notice_organ", "organ_line_heading",
           "organ_over_recipients", "organ_under_title", "place_title_decider", "signed_in_full", "town_plan_notice"]


# an administrative committee (行政委员会, short 行委) opening its own title: "大柴旦行委关于全面做好草原禁牧工作的令"
# (docent59's 大柴旦 总林长令); 行委 is the organ of a place named without its level (大柴旦, 冷湖, 茫崖)
_COMMITTEE_TITLE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,4}行委)(?=关于)")


def committee_title_organ(title: str | None) -> str | None:
    """The 行委 a title opens with before its 关于, the title ending in its kind (or an order's 的令); None otherwise."""
    t = compact(title or "")
    m = _COMMITTEE_TITLE.match(t)
    return m["organ"] if m and (P.DOC_TYPE_END.search(t) or t.endswith("的令")) else None


# a notice issuing plans its government's executive meeting adopted: "《开封市推动制造业高质量发展实施方案》《…》已经市政府第48次
# 常务会议研究通过,现印发给你们" (fresh3's 开封, a 市政府文件 copy opening at its 主送): the government itself issues them (an
# office's notice says 经市政府同意 instead); its place is the one the issued plans' titles open with
_ADOPTED_BY_MEETING = re.compile(r"(?P<titles>(?:《[^《》]{4,60}》[、和及]?){1,6})[^。；;《》]{0,10}?已?经(?P<level>[市县区旗])"
                                 r"(?:人民)?政府(?:第[\d一二三四五六七八九十百]{1,5}次)?常务会议(?:研究|审议)?(?:通过|同意)"
                                 r"[^。；;]{0,6}?现(?:予)?印发")


def adopted_by_meeting(lines: list[Line], start: int, end: int) -> str | None:
    """The government whose executive meeting adopted the plans a notice's first lines issue, named with the place
    every issued plan's title opens with (of the meeting's level); None where the titles name no one place."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:6]
    for j in rows:
        m = _ADOPTED_BY_MEETING.search(_c(lines[j]))
        if not m:
            continue
        titles = re.findall(r"《([^《》]+)》", m["titles"])
        places = {re.match(rf"^([\u4e00-\u9fff]{{2,4}}?{m['level']})", t)[1] if re.match(
            rf"^[\u4e00-\u9fff]{{2,4}}?{m['level']}", t) else None for t in titles}
        if len(places) == 1 and None not in places:
            return places.pop() + "人民政府"
    return None


# a street's or town's notice issuing its own plan to its own units: "各科室、各社区及有关单位:" ⏎ "现将《东丽湖街2025年城市管理
# 提升专项行动方案》印发给你们" (fresh28's 东丽湖街): the place the plan's title opens with, as printed
_TOWN_RECIPIENTS = re.compile(r"^各(?:科室|社区|村|站所|居委会|村委会|村[（(]居[)）]委会)[^：:]{0,40}[：:]$")
_ISSUES_PLAN = re.compile(r"现将《(?P<place>[\u4e00-\u9fff]{2,8}?(?:街道|街|镇|乡))(?:(?:19|20)\d{2}年度?)?[^《》]{4,60}》"
                          r"印发给你们")


def town_plan_notice(lines: list[Line], start: int, end: int) -> str | None:
    """The street or town whose plan a notice issues to the units a street or town addresses (its 科室, 社区, 村), the
    place as the plan's title names it; None otherwise."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:8]
    for a, b in zip(rows, rows[1:]):
        m = _ISSUES_PLAN.search(_c(lines[b])) if _TOWN_RECIPIENTS.match(_c(lines[a])) else None
        if m and not m["place"].startswith(("各", "全", "本", "我")):
            return m["place"]
    return None


# a bureau named by its level only ("县司法局", a 解读 page's 来源 field)
_LEVEL_UNIT = re.compile(r"^[市县区旗][\u4e00-\u9fff]{2,12}(?:局|委员会|办公室)$")


def signed_in_full(organ: str, lines: list[Line], start: int, end: int) -> str | None:
    """The full name of a bureau a page names by its level only (`organ`, "县司法局") where the page's last line signs
    it with its place ("平江县司法局", hunan_pingjiang-feizhi-jiedu): the signature names the organ the field shortens;
    None otherwise."""
    short = compact(organ)
    if not _LEVEL_UNIT.match(short):
        return None
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank]
    last = _c(lines[rows[-1]]) if rows else ""
    # (the place ends with the field's level: "平江县" + "司法局" for "县司法局")
    if len(last) > len(short) and last.endswith(short[1:]) and last[: len(last) - len(short) + 1].endswith(short[0]) \
            and P.ORGAN_PLACE.match(last) and P.is_organ(last):
        return last
    return None


def organ_line_heading(lines: list[Line], title: str | None, title_start: int) -> str | None:
    """The organ printed alone, with its place, on the first line of a title read across two lines, a list's or a
    report's name under it ("南通市崇川区城市管理局" ⏎ "2024年区政府重点工作任务落实清单推进情况(1-8月)", tasks58's 崇川): the
    organ whose list it is; None where the title's first line is no organ alone."""
    if title_start is None or not 0 <= title_start < len(lines):
        return None
    first, t = _c(lines[title_start]), compact(title or "")
    if len(t) < len(first) + 6 or not t.startswith(first) or re.match(r"^(?:关于|印发|转发)", t[len(first):]):
        return None  # (an organ over its 关于 line is title_organs.organs_over_title's)
    return first if P.is_organ(first) and P.ORGAN_PLACE.match(first) and not first.startswith(("各", "全", "本")) \
        else None


# the 主送 of an issued document: its classes of addressees up to the colon ("各区、县人民政府,各委、局,各直属单位:")
_RECIPIENTS = re.compile(r"^各[^：:。]{1,80}[：:]$")


def organ_over_recipients(lines: list[Line], title: str | None, title_start: int) -> str | None:
    """The organ printed alone, with its place, on the page's first line read as its title, where the next line is the
    document's 主送, the organ printed again before it or not ("天津市人民政府" ⏎ "天津市人民政府各區(qū)、縣人民政府,各委、局,
    各直屬單位:", fresh54's 天津 converter copy of a 2014 意见): the organ addressing its units issues the document; None
    where the title is no organ alone or no 主送 follows."""
    if title_start is None or not 0 <= title_start < len(lines):
        return None
    first = _c(lines[title_start])
    if first != compact(title or "") or not (P.is_organ(first) and P.ORGAN_PLACE.match(first)) \
            or first.startswith(("各", "全", "本")):
        return None
    nxt = next((_c(ln) for ln in lines[title_start + 1:] if not ln.blank), "")
    addressed = nxt[len(first):] if nxt.startswith(first) else nxt
    return first if _RECIPIENTS.match(addressed) else None


# the one addressee of a report or a reply, up to its colon ("市人大常委会:", "区政府:"): an organ's short name
_ADDRESSEE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:会|局|委|厅|府|部|院|办|室|处)[：:]$")


def organ_under_title(lines: list[Line], title_end: int | None) -> str | None:
    """The organ printed alone, with its place, between the title and the 主送, the page's chrome skipped ("关于…审议意见研究
    处理情况的报告" ⏎ "【字号: 收藏收藏 打印打印" ⏎ "北京市发展和改革委员会" ⏎ "市人大常委会:", fresh47's 北京 report in a
    人大常委会公报): the organ addressing the report issues it; None where no such line stands under the title."""
    if title_end is None or not 0 <= title_end < len(lines):
        return None
    rows = [k for k in range(title_end + 1, min(len(lines), title_end + 8))
            if not lines[k].blank and not is_chrome(lines[k].raw)][:2]
    if len(rows) < 2:
        return None
    organ, addressed = _c(lines[rows[0]]), _c(lines[rows[1]])
    if not (P.is_organ(organ) and P.ORGAN_PLACE.match(organ)) or organ.startswith(("各", "全", "本")):
        return None
    return organ if _RECIPIENTS.match(addressed) or _ADDRESSEE.match(addressed) else None


# a county portal's inline fields under the headline, the publishing department first: "部门:八里湾乡 | 栏目:应急信息 | 来源: |
# 作者: | 日期:2021-03-30 19:53:38 | 阅读: 6513" (docent59's 会宁 八里湾乡 plan); the 栏目 field after it makes the line the
# page's fields (a 部门 label alone, "…部门联合抽查…", is a title's word)
# (its bars read as tabs once the line is normalised)
_DEPARTMENT_FIELD = re.compile(r"^部门[:：]\s*(?P<organ>[\u4e00-\u9fff]{2,20}?)\s*[|\t]\s*栏目[:：]")
_TOWN_NAME = re.compile(r"^(?!各|全|本|乡镇)[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)$")


def department_field(lines: list[Line], start: int, end: int) -> str | None:
    """The department a portal's inline field line names as the page's publisher, within the document's first lines:
    a town or street by its name, or an organ with its place, as printed; None otherwise."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:8]
    for j in rows:
        m = _DEPARTMENT_FIELD.match(lines[j].text.strip())
        organ = m["organ"] if m else ""
        if organ and (_TOWN_NAME.match(organ) or P.is_organ(organ) and P.ORGAN_PLACE.match(organ)):
            return organ
    return None


# a title naming its place only before its 关于 ("鄄城县关于解除部分管控区的通告"), the body naming the organ of that place that
# decided it ("…,鄄城县委统筹疫情防控和经济运行领导小组(指挥部)决定,自发布之日起,…", fresh18's 鄄城, its signature broken over
# two lines): that organ, its bracketed other name kept as printed
_PLACE_TITLE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|旗))关于")
_ORGAN_DECIDES = (r"(?:^|[，,。；;：:])(?P<organ>{place}[\u4e00-\u9fff]{{2,30}}?(?:领导小组|指挥部|委员会|人民政府|政府|局)"
                  r"(?:[（(][\u4e00-\u9fff]{{2,6}}[)）])?)(?:研究)?决定[，,]")


def place_title_decider(title: str | None, lines: list[Line], start: int, end: int) -> str | None:
    """The organ of the place a title names alone before its 关于 that the body's first lines say decided what the
    notice announces; None otherwise."""
    t = compact(title or "")
    m = _PLACE_TITLE.match(t)
    if not m or not P.DOC_TYPE_END.search(t):
        return None
    decides = re.compile(_ORGAN_DECIDES.format(place=re.escape(m["place"])))
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:8]
    return next((d["organ"] for j in rows for d in [decides.search(_c(lines[j]))] if d), None)


# a page naming the notice that issues the document it prints, the organ first, the document's own title after 印发
# (a model-essay site's teaser: "下面是小编为大家整理的【发改方案】江西省人民政府办公厅关于印发支持…分工方案,供大家参考",
# over the plan's own heading, fresh43)
_ISSUING_NOTICE = re.compile(r"(?P<organ>[\u4e00-\u9fff]{4,30}?)关于印发《?(?P<title>[^《》,，。]{6,80}?)》?(?:的通知)?(?=[,，。;；]|$)")


def issuing_notice_organ(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The organ the page's text names as issuing, by a notice 关于印发 the document's own title, a plan or rules titled
    without an organ (see _ISSUING_NOTICE), among the document's first five lines; None otherwise."""
    head = compact(title or "")
    if len(head) < 6 or head.startswith("关于") or opening_organs(head):
        return None
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:5]
    for j in rows:
        for m in _ISSUING_NOTICE.finditer(_c(lines[j])):
            organs = opening_organs(m["organ"] + "关于印发" + m["title"] + "的通知")
            if m["title"] == head and len(organs) == 1 and m["organ"].endswith(organs[0]):
                return organs[0]
    return None
