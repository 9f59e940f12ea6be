"""A document's 文号 printed in a note under its title, not in its header: a regulation's promulgation note naming its
decree, a decree's number or serial line, a Taiwan law database's history line (沿革)."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import _c


# a regulation's promulgation note under its title, naming the decree that published it ("(1991年3月26日济南市人民政府令19号
# 发布)"): the decree's number is the regulation's 文号, as printed; not where the note goes on to an amendment ("(1998年
# 11月17日山东省人民政府令第96号发布 根据2004年7月15日…令第172号修订)": the text printed is the amended one, which that
# decree did not publish)
# (or unbracketed, a repository's note line, by a ministry too: "2022年4月14日 国家市场监督管理总局令第56号公布")
# (the adoption before it, the note cut before its bracket closes: "(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日
# 省人民政府令第18号发布" (fresh43's 江西 1992 办法, a law site); the decree's organ printed by its level only, "省人民政府")
# (or the adoption and the decree apart by spaces only, the note's open bracket lost: "2004年2月16日海南省人民政府第30次常务会议审议通过
# 2004年2月26日海南省人民政府令第171号公布  自公布之日起施行)" (fresh54's 海南 令第171号 on the ministry's site); a bracketed note
# still needs its stop after the adoption, tests/test_headers.py's State Council note stays unread)
_NOTE_DECREE = re.compile(r"^(?P<open>[（(])?(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，,；;()（）]{2,40}?(?:通过|批准)(?(open)[，,；;]|[，,；;]?)\s*)?"
                          r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?P<num>[\u4e00-\u9fff]{2,20}?"
                          r"(?:人民政府|政府|总局|部|委员会|局|署|行|国务院|军委会|军委)令"
                          r"[（(]?第?[〇零一二三四五六七八九十百\d]{1,5}号[)）]?)(?:发布|公布)"
                          # (the note going on to the day it takes effect: "(2022年1月29日芜湖市人民政府令第65号公布 自2022年
                          # 3月1日起施行)", "…令第262号公布,自2023年12月1日起施行)")
                          # (or from its publication: "(2004年6月29日广西壮族自治区人民政府令第7号公布 自公布之日起施行)", fresh45)
                          r"(?:[,，;；]?自(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|公布之日|发布之日)起(?:施行|实施|生效))?"
                          r"(?(open)[)）]?|(?:(?<=施行|实施|生效)[)）])?)$")
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
