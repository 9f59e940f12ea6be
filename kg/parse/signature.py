"""A document's signature: the signing date and the organ(s) signed above it (落款), in the layouts pages print."""

from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import _c
from kg.parse.metadata import parse_any_date
from kg.parse.normalize import compact, fold

__all__ = ["signature_date", "glued_signing_date", "after_address", "signature_organs", "closing_signers", "sealed_for", "is_signer",
           "self_named_signer", "signer_over_cut_date", "signer_under_date", "undated_closing_signer"]

_SPACED_DATE = re.compile(r"^\W*(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s+(?P<d>\d{1,2})\W*$")
# a signing date alone on its line with its 日 lost ("芜湖县人民代表大会常务委员" ⏎ "2017年4月18", a hijacked copy of a county
# congress's 公告, docmeta119): the day it names, where the page goes on after it; on the excerpt's last line the day may
# be cut short ("2022年12月7", entrep37's 内蒙古 page, whose 成文日期 is 2022-12-08): no date
_DAY_WITHOUT_RI = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}")


def _riless_day(lines: list[Line], j: int, c: str) -> str | None:
    """The day of line j printed without its 日 (`_DAY_WITHOUT_RI`), when a non-blank line follows it; else None."""
    if not _DAY_WITHOUT_RI.fullmatch(c) or not any(not ln.blank for ln in lines[j + 1:]):
        return None
    return P.parse_date(c + "日")


def _spaced_date(text: str) -> str | None:
    """'{ 2017 6 23' — a signing date whose 年月日 the page dropped, digits kept apart by spaces."""
    m = _SPACED_DATE.match(text)
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None


_NUMERIC_DATE = re.compile(r"^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])$")
# "202626": a signing date whose 年月日 the page dropped, one-digit month and day; read only under a signer,
# where a six-digit line cannot be a count or a year-month
# ("2022827日", "2020928": month and day run together, read where only one split is a date; the 年 kept, 月 and 日 lost:
# "2025年47", "2021年920")
_SHORT_STRIPPED = re.compile(r"^(?P<y>(?:19|20)\d{2})年?(?P<md>\d{2,4})日?$")

# The name of a signing organ that is longer or less regular than `patterns.ORGAN` allows
# ("金华经济技术开发区管理委员会党政综合办公室", "蚌埠市…工作领导小组办公室", "安溪县融媒体中心"): it names its place
# and ends in an organ's kind; only read where a signature stands (over the signing date).
# (a joint meeting's office names its quoted slogan, 、 and all: "上海市嘉定区市场监管领域联合“双随机、一公开”监管联席会议办公室")
# (an emergency command signs too, its long name and all: "红安县新型冠状病毒感染的肺炎防控指挥部" over "2020年1月24日")
_SIGNER = re.compile(r"^(?=.{3,40}$)(?:[\u4e00-\u9fff（）()]|“[\u4e00-\u9fff、]{1,12}”)+?(?:人民政府|政府|办公室|办公厅|行政公署|局|委员会|管委会|领导小组|中心|办事处|指挥部|"
                     r"委|办|院|所|站|社|会|厅|署|兵团|[大支][队隊])$")  # (the 兵团 signs as itself: "新疆生产建设兵团")
# (a police or fire brigade signs its own 通告: "廣饒縣公安局交通管理大隊", docmeta38 shandong_guangrao-2020-…-traditional)


# a port's or a frontier's authority, named by the state it acts for and its port (a 航行通告's signer: "中华人民共和国连云
# 渔港监督", docmeta38 jiangsu_lianyungang-2022-gaogongdao-yugang-hangbiao-hangxing-tonggao-traditional; "中华人民共和国
# 连云港海事局", "中华人民共和国上海海关"): no place word, the state's name in its place
_STATE_PORT_AUTHORITY = re.compile(r"^中华人民共和国[\u4e00-\u9fff]{2,10}?(?:渔港监督|港务监督|海事局|海事处|海关|出入境边防检查站)$")


# a national trade association, named by the state's short name and its trade ("中国蜂产品协会" ⏎ "2017年10月15日",
# "中国腐植酸工业协会" signing its 决定, entrep118): its own notices' signer
_NATIONAL_ASSOCIATION = re.compile(r"^中国[\u4e00-\u9fff]{2,12}?(?:协会|学会|联合会|商会)$")

# a national leading group or its office, named by its scope and its task ("全国农村义务教育学生营养改善计划领导小组办公室" ⏎
# "2019年4月18日", the list a town's page reposts, docmeta47): no place, the nation its scope
_NATIONAL_GROUP = re.compile(r"^全国[\u4e00-\u9fff]{4,30}?(?:领导小组办公室|领导小组|工作委员会|委员会)$")


def is_signer(c: str) -> bool:
    """A compact line (or part of one) that names a signing organ."""
    if c.startswith("中华人民共和国") and _STATE_PORT_AUTHORITY.match(c):
        return True
    if c.startswith("中国") and _NATIONAL_ASSOCIATION.match(c) or c.startswith("全国") and _NATIONAL_GROUP.match(c):
        return True
    if "/" in c:  # one body under two names, the second without its place: "山东省企业联合会/企业家协会"
        first, *also = c.split("/")
        return is_signer(first) and all(_ALSO_NAMED.fullmatch(a) for a in also)
    return P.is_organ(c) or bool(_SIGNER.match(c) and (P.ORGAN_PLACE.match(c) or _TOWN_PLACE.match(c)) and "丨" not in c) \
        or P.is_national_organ(c)  # 丨: a column mark; a national organ names no place ("国家药监局综合司")


# a town's, a township's or a street's own office named after it ("园洲镇应急管理办", signing the town's 通告 with its date
# glued after, ln19.com/archiver/tid-648063.html): the town is its place (never 城镇, 村镇, 乡镇 of a subject)
# (or its headquarters for a campaign: "東源鄉新型冠狀病毒感染肺炎防控工作指揮部" signing the township's 通告, a converter mirror,
# arkombiservisi.com/portal.php?aid=62112&mod=view)
_TOWN_PLACE = re.compile(r"^(?!各|全|本)[\u4e00-\u9fff]{2,6}?(?<![城村乡])(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,24}$)")


_ALSO_NAMED = re.compile(rf"[\u4e00-\u9fff]{{1,10}}(?:{P._ORGAN_TAIL}|协会|联合会|商会)")


# a news item's close: the organ, then the writer's name set apart ("涡阳县应急局 王文成" ⏎ "2020-6-3")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def organ_with_writer(raw: str) -> str | None:
    """The organ of a closing line "organ  person" (a news item's byline under its last paragraph)."""
    parts = [compact(p) for p in fold(raw).split()]
    if len(parts) == 2 and is_signer(parts[0]) and P.ORGAN_PLACE.match(parts[0]) and _PERSON.match(parts[1]) \
            and not is_signer(parts[1]) and not re.search(r"[局委办院所站社会厅署心组府]$", parts[1]):
        return parts[0]
    return None


# the signing organ and the date printed together as the whole line ("某县人民政府2023年5月6日")
_ORGAN_DATE = re.compile(r"^(?P<organ>[\u4e00-\u9fff（）()]{2,40}?)(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\|?$")


def _organ_and_date(c: str) -> tuple[str, str] | None:
    m = _ORGAN_DATE.match(c)
    return (m["organ"], P.parse_date(m["d"])) if m and is_signer(m["organ"]) and P.parse_date(m["d"]) else None


# a signing date dressed by the page: in brackets, with 印发, a full stop, or the 此件 remark after it (or before it, on the
# date's line: "(此件发至乡)                  2017年6月13日")
_DRESSED_DATE = re.compile(r"^(?:[（(]此件[^（）()]{2,12}[)）])?[（(]?(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[)）]?(?:印发|发布|签发)?[。.，,]?"
                           r"(?:[（(]此件[^（）()]{2,12}[)）])?$")


# a signing date whose 日 the page lost ("都安瑶族自治县人民政府办公室" ⏎ "2014年5月14"): read only under the signing organ
_NO_DAY_MARK = re.compile(r"^(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2})$")


def _dressed(c: str) -> str | None:
    m = _DRESSED_DATE.match(c)
    if m is None and _NO_DAY_MARK.match(c):
        return P.parse_date(c + "日")
    return P.parse_date(m["d"]) if m else None


def _short_stripped(c: str) -> str | None:
    """The date of a stripped signing date, when exactly one split of its month-day digits is a date."""
    m = _SHORT_STRIPPED.match(c)
    if not m:
        return None
    md = m["md"]
    # (neither part printed with a leading zero: a page that drops 年月日 drops those too)
    splits = {(int(md[:k]), int(md[k:])) for k in (1, 2) if 1 <= len(md[k:]) <= 2 and "0" not in (md[0], md[k])}
    dates = sorted({f"{m['y']}-{mo:02d}-{d:02d}" for mo, d in splits if 1 <= mo <= 12 and 1 <= d <= 31})
    return dates[0] if len(dates) == 1 else None


# a mirror's lost characters printed as "?" after a line's words ("浮山縣人民政府辦公室 ???????")
_RESIDUE_TAIL = re.compile(r"[?？|｜]+$")  # (or a table's pipe residue: "深圳市…委员会 2017年12月19日 |")


def signature_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None]:
    """The signing date: the first date line under an organ line, else the first date line. A date in web
    form under an organ ("2023-5-6", "202626") counts only where no 年月日 date is signed: a page's values-only
    metadata prints its publisher over its publication date.

    Returns:
        (date as YYYY-MM-DD, 0-based index of its line), or (None, None) between `start` and `end` (inclusive).
    """
    first = numeric = byline = None
    prev_c = ""
    for j in range(start, end + 1):
        c = _RESIDUE_TAIL.sub("", _c(lines[j]))  # ("2025年7月8日 ?????????": a mirror's lost characters after it)
        if not c:
            continue
        d = P.parse_date(c) or _spaced_date(lines[j].text) \
            or _riless_day(lines, j, c)
        if (d or _signed_on_line(lines[j].text, c)) and _addresses_next(lines, j, end):
            # the page's byline over the 主送, before the body: its posting, never the signing, which closes the body
            # ("市政府办公厅 2017年06月28日" ⏎ "各区、县(市)人民政府,市政府各部门、各直属单位:" … "沈阳市人民政府办公厅" ⏎
            # "2017年6月26日"); read only where no date is signed after the body
            byline = byline or (d or _signed_on_line(lines[j].text, c), j)
            prev_c = c
            continue
        if d is None and is_signer(prev_c):
            dressed = _dressed(c)  # "2023年5月6日（此件公开发布）" under the signing organ: the signing date
            if dressed:
                return dressed, j
            if numeric is None:  # "2023.05.06", "2023-5-6", "202626" under the signing organ
                web = parse_any_date(c) if _NUMERIC_DATE.match(c) else _short_stripped(c)
                numeric = (web, j) if web else None
        if d is None and numeric is None and _over_disclosure_note(lines, j, end):
            web = _short_stripped(c)  # "202158" ⏎ "(此件主动公开)": a date stripped of 年月日 over the note, the organ a seal
            numeric = (web, j) if web else None
        if d is None:
            # 003 prints organ and date on one line with wide spaces: "淄博市张店区人民政府   2021年12月31日"
            signed = _signed_on_line(lines[j].text, c)
            if signed:
                return signed, j
        if d:
            if is_signer(prev_c):
                return d, j
            if first is None:
                first = (d, j)
        prev_c = organ_with_writer(lines[j].raw) or c
    return numeric or first or byline or (None, None)


# the disclosure note a notice prints right under its signing date ("(此件主动公开)", "(此件公开发布)")
_DISCLOSURE_NOTE = re.compile(r"^[（(]此件[^（）()]{2,12}[)）]$")


def _over_disclosure_note(lines: list[Line], j: int, end: int) -> bool:
    """Line j is followed (blank lines apart) by the disclosure note that closes a notice under its date."""
    k = next((k for k in range(j + 1, min(end + 1, len(lines))) if not lines[k].blank), None)
    return k is not None and bool(_DISCLOSURE_NOTE.match(_c(lines[k])))


def _signed_on_line(text: str, c: str) -> str | None:
    """The date of an organ and its date printed as one line: with wide spaces between ("淄博市张店区人民政府   2021年12月31日",
    003's layout) or glued (`_ORGAN_DATE`)."""
    parts = text.split()
    if len(parts) == 2 and P.is_organ(compact(parts[0])) and P.parse_date(compact(parts[1])):
        return P.parse_date(compact(parts[1]))
    return _organ_and_date(c)[1] if _organ_and_date(c) else None


def _addresses_next(lines: list[Line], j: int, end: int) -> bool:
    """The next non-blank line after j (up to `end`) is a 主送 ("各区、县(市)人民政府,市政府各部门、各直属单位:"): the
    document's body, and so its signature, are still to come."""
    k = next((k for k in range(j + 1, min(end, j + 4) + 1) if not lines[k].blank), None)
    return k is not None and bool(P.RECIPIENTS.match(_c(lines[k])))


# (a province's department signs as 厅: "…抓好组织实施。 甘肃省工业和信息化厅 2025年8月6日 甘肃省智能工厂…")
# (or after an exclamation closing the body, the date ending the line: "…做出新的更大的贡献! 二○○八年二月二十九日 |")
# (or the organ and date after the exclamation, set apart from the list the page runs on into: "…作出新的更大贡献! 徐州市
# 人民政府 2024年6月27日 2023年徐州市市长质量奖获奖名单 …")
_GLUED_ORGAN = r"[\u4e00-\u9fff]{2,30}(?:政府|办公室|办公厅|厅|局|委员会|领导小组|部|司)"
# (or the attachment's label between the body and the signature: "…认真抓好贯彻落实。 附件:吉林省教育厅2015年工作要点 吉林省教育厅
# 2015年3月10日", fresh44's 吉林 notice printed on one line)
_GLUED_DATE = re.compile(r"(?:。|(?P<excl>[!！])(?=\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$|"
                         rf"{_GLUED_ORGAN}\s*(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)))"
                         r"(?:\s*附件[:：][^。！!:：]{2,40}?(?:通知|意见|方案|办法|规定|细则|要点|计划|名单|清单|目录|表))?"
                         rf"\s*(?P<organ>{_GLUED_ORGAN})?\s*"
                         r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?![起前后至])")


# organ + date closing a page printed on one line (the organ may name its district in brackets after a development
# zone's name: "…名单(33家).无锡高新区(新吴区)应急管理局2023年7月1日。", never a list's "(第一批)"): at the line's end, before "(此件公开发布)", before the attached file's
# name ("…遂昌县经济商务局2023年5月23日企业用地面积公示表5.23.xlsx附件:"), or before the title and first chapter of the
# rules the notice issues ("…成都市市场监督管理局2022年9月20日成都市“守合同重信用”企业公示办法第一章总则第一条…")
_ATTACHED_FILE = r"[^，,。；;：:]{2,40}?\.(?:xlsx?|docx?|pdf|wps|et|ofd|zip|rar)"
_ISSUED_RULES = r"[^，,。；;：:]{4,60}?(?:办法|规定|细则|规则|条例|制度|标准|指引)(?:[（(][^（）()]{1,12}[)）])?第一[章条]"
# (or before the annex it announced, printed after it: "…附件:拟评选2022年度省级示范农业产业化联合体吉林省农业农村厅2022年10月
# 28日附件拟评选2022年度省级示范农业产业化联合体(20个)长春市:6个…", fresh55 jilin_sheng-nongyenongcunting-2022-shengji-shifan-
# lianheti-nipingxuan-gongshi.txt:1 — the annex's name, glued before the organ too, is no part of it: _after_repeated_annex)
_ANNEX_AFTER = re.compile(r"^附件\d?[：:]?(?P<annex>[^，,。；;：:（(]{4,40})")
_SIGNED_AT_END = re.compile(
    r"(?P<organ>(?:[\u4e00-\u9fff“”]|[（(][\u4e00-\u9fff]{1,5}(?:区|县|市|旗)[)）]){2,40}?"
    r"(?:人民政府|政府|办公室|办公厅|厅|局|委员会|领导小组|支[队隊]|大[队隊]))"
    r"(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    rf"(?=[（(]此件[^（）()]{{2,12}}[)）]|[，,。.]*$|{_ATTACHED_FILE}|{_ISSUED_RULES}|{_ANNEX_AFTER.pattern[1:]})", re.IGNORECASE)


# the closing words a notice prints before its glued signature ("…敬請諒解。 特此通告 汕尾市公安局交通警察支隊 2023年1月20日",
# 023dajian.cn, a converter copy; a police detachment, 支队 / 大队, signs its own 通告): no part of the organ
_CLOSING_WORDS = re.compile(r"^特此(?:通告|公告|通知|函告)")


def _set_apart(raw: str, date: str) -> bool:
    """The printed date is followed by a space, a bracket or the line's end in the raw line."""
    spaced = r"\s*".join(map(re.escape, date))
    return bool(re.search(spaced + r"(?:\s|$|[（(])", raw))


# the annex's name the signature is glued after on a one-line page ("附件:2023年长春市市级“专精特新”中小企业认定名单长春市工业
# 和信息化局2023年9月19日", "附件:2022年度遂昌县“亩均论英雄”综合评价企业用地情况表遂昌县经济商务局2023年5月23日"): a
# list's or table's name ends where the organ begins, and no organ's name holds one
# (nor a report's or an annex's, numbered annexes of a 请示: "…5.福建明一生态营养品有限公司绿色工厂第三方评价报告附件建宁县工业和
# 信息化局2022年9月6日。", 建宁, entrep101)
# (nor a rule's or a notice's, the forwarded notice's attachments: "…附件1.关于开展2023年江西省制造业单项冠军企业申报工作的通知
# 附件2.江西省制造业单项冠军企业认定办法赣州经济技术开发区企业服务和工信局2023年8月21日,。", fresh56 jiangxi_ganzhou-jingkaiqu-
# 2023-danxiang-guanjun-shenbao-zhuanfa-converter.txt:1)
_ANNEX_NAME_END = re.compile(r"^.*(?:名单|名录|清单|表|目录|报告|附件|办法|通知|规定|细则|方案|意见|指南|规则)(?P<organ>.+)$")


def _after_repeated_annex(organ: str, after: str) -> str:
    """The organ of a glued signature less the end of the annex's name glued before it, where the annex is printed after
    the date (_ANNEX_AFTER): the longest start of `organ` (4 characters at least) that ends the annex's name is cut."""
    if not (a := _ANNEX_AFTER.match(after)):
        return organ
    cut = next((k for k in range(len(organ) - 2, 3, -1) if a["annex"].endswith(organ[:k])), 0)
    return organ[cut:] if cut and is_signer(organ[cut:]) else organ


# the contact address the signature is glued after, itself ending at a body ("…联系地址:进贤县民和镇东门桥头农业农村局进贤县农业农村局
# 2022年1月5日。", fresh58 jiangxi_nanchang-jinxian-nongyenongcunju-2022-lvse-youji-jidi-gongshi-chacewang.txt:1): the address runs
# to the first organ ending after which a signer naming its place begins
_ADDRESS_LABEL = re.compile(r"地址[:：]$")
_ADDRESS_END = re.compile(r"(?:局|委|办|厅|院|中心|政府)")


def after_address(organ: str, before: str) -> str:
    """The organ of a glued signature less the contact address printed before it (after an 地址: label)."""
    if not _ADDRESS_LABEL.search(before):
        return organ
    for m in _ADDRESS_END.finditer(organ):
        rest = organ[m.end():]
        if len(rest) >= 4 and P.ORGAN_PLACE.match(rest) and is_signer(rest):
            return rest
    return organ


def _after_annex_name(organ: str) -> str:
    """The organ of a glued signature, less the annex name printed before it."""
    m = _ANNEX_NAME_END.match(organ)
    return m["organ"] if m and is_signer(m["organ"]) and P.ORGAN_PLACE.match(m["organ"]) else organ


def _national_signers(raw: str, date: str) -> str | None:
    """National organs signed together before a glued date, set apart by spaces in the raw line ("…健康有序。   公安部
    国家旅游局   2013年10月30日"): joined with "、"; None unless every piece between the last full stop and the date is one."""
    spaced = r"\s*".join(map(re.escape, date))
    m = re.search(r"。(?P<signers>[^。]{2,80}?)" + spaced + r"\s*$", fold(raw))  # (traditional copies too)
    pieces = m["signers"].split() if m else []
    return "、".join(pieces) if pieces and all(P.is_national_organ(compact(p)) for p in pieces) else None


_DASHED_RULE = re.compile(r"[-—─=_]{6,}(?:\s|$)")
_DATE_SET_APART = re.compile(r"(?<=\s)(?P<d>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=\s|$)")


def _spaced_signers(raw: str) -> tuple[str, str] | None:
    """(organs joined with "、", date) of a signature set apart by spaces inside a page printed on one line: the organs
    (each naming its place), one after another, then the date, then the annex or the line's end ("…名单(共4家) 海盐县农业
    农村局 海盐县财政局 海盐县供销合作总社 2023年8月23日 附件1: …"); two organs at least, or one before its 附件 or a
    rule of dashes."""
    text = fold(raw)
    for m in _DATE_SET_APART.finditer(text):
        tokens = text[: m.start()].split()
        organs = []
        while tokens and is_signer(tokens[-1]) and (P.ORGAN_PLACE.match(tokens[-1]) or P.is_national_organ(tokens[-1])) \
                and len(organs) < 8:
            organs.insert(0, tokens.pop())
        after = text[m.end():].lstrip()
        # (a national organ, no place, only right after the body's last full stop: "…相关工作。 农业部办公厅 2013年10月30日
        # 2013年国家生猪核心育种场名单: 1.…", entrep118's print copy, its list after the date)
        closed = bool(tokens) and tokens[-1].endswith("。")
        if organs and not closed and not all(P.ORGAN_PLACE.match(o) for o in organs):
            continue
        # (or one before a rule of dashes, the drafts it publishes printed after it: "…法制办公室 2016年12月1日 -----…
        # 迪庆藏族自治州…条例(草案)")
        if organs and P.parse_date(m["d"]) and (len(organs) >= 2 or after.startswith("附件") or not after
                                                or _DASHED_RULE.match(after) or closed):
            return "、".join(organs), P.parse_date(m["d"])
    return None


def glued_signing_date(lines: list[Line], start: int, end: int) -> tuple[str | None, int | None, str | None]:
    """The signing date (and the organ signed before it) glued after the notice's last sentence, when a
    page printed it all on one line ("…认真组织编制工作。2008年5月23日 呼和浩特市…规则", "…研究通过,
    天台县人民政府办公室2023年9月21日(此件公开发布)", "…结果.xls景宁…领导小组办公室2023年8月23日,。")."""
    for j in range(start, min(end + 1, start + 40)):
        c = _c(lines[j])
        m = _GLUED_DATE.search(c)
        if m and m["excl"] and m["organ"] and not (P.ORGAN_PLACE.match(m["organ"]) and _set_apart(lines[j].raw, m["d"])):
            m = None  # "…贡献!市政府2024年6月27日印发了…": a sentence going on, no signature
        if m:  # (the organ signed before the date, where it names its place: "。中共某县委…领导小组 2021年9月3日")
            # (…set apart from the text after it: "…领导小组 2021年9月3日 某县…方案", never a sentence going on,
            # "。铜川市政府2025年1月3日印发了《…》")
            organ = m["organ"] if m["organ"] and P.ORGAN_PLACE.match(m["organ"]) and _set_apart(lines[j].raw, m["d"]) \
                else _national_signers(lines[j].raw, m["d"]) if m["organ"] else None
            joint = _spaced_signers(lines[j].raw) if organ is None and len(c) >= 150 else None
            if joint and joint[1] == P.parse_date(m["d"]):
                organ = joint[0]  # (the organ set apart before the same date, the page's list after it: see _spaced_signers)
            return P.parse_date(m["d"]), j, organ
        joint = _spaced_signers(lines[j].raw) if len(c) >= 150 else None
        if joint:
            return joint[1], j, joint[0]
        m = _SIGNED_AT_END.search(c)
        # only on a page printed as one long line, or before its 此件 remark (not a table row "县财政局 ⇥ 2023年5月6日")
        if m and P.parse_date(m["d"]) and (len(c) >= 150 or "此件" in c[m.end():m.end() + 4]):
            organ = after_address(_after_repeated_annex(_CLOSING_WORDS.sub("", m["organ"]), c[m.end():]), c[: m.start()])
            return P.parse_date(m["d"]), j, _after_annex_name(organ)
    return None, None, None


# "(沂水县住房和城乡建设局代章)": another organ stamps for a signer that has no seal of its own
# (or signs for it: "吉林省旅游产业发展领导小组" ⏎ "(吉林省文化和旅游厅代签)" ⏎ "2021年4月13日", fresh55
# jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt:8-10 — the group signs)
_SEAL_FOR = re.compile(r"[（(][\u4e00-\u9fff]{2,40}代(?:章|签|印)[)）]")


def sealed_for(lines: list[Line], date_i: int | None) -> bool:
    """The signature over line date_i carries another organ's "(…代章)" note: its signer is named as the issuer
    (the stamp says so), whatever organ the title opens with."""
    if date_i is None:
        return False
    above = next((j for j in range(date_i - 1, max(-1, date_i - 4), -1) if not lines[j].blank), None)
    return above is not None and bool(_SEAL_FOR.fullmatch(_c(lines[above])))


# what sets joint signers apart on their line: spaces, or a mirror's "?" residue where the spaces were
_SIGNER_GAP = re.compile(r"(?:\s|[?？])+")
# a line of nothing but that residue ("??", "?? ?")
_RESIDUE_LINE = re.compile(r"[\s?？]*[?？][\s?？]*")


# an organ's name cut by its last character, as a page's copy cuts the signature's line, and the character it lost
# ("芜湖县人民代表大会常务委员" ⏎ "2017年4月18", docmeta119): only the endings no other word ends with
_CUT_ENDINGS = {"常务委员": "会", "人民政": "府"}


def _cut_organ(c: str) -> str | None:
    """The whole name of an organ c names cut by its last character (see _CUT_ENDINGS), where that name is a signer."""
    tail = next((t for t in _CUT_ENDINGS if c.endswith(t)), None)
    return c + _CUT_ENDINGS[tail] if tail and is_signer(c + _CUT_ENDINGS[tail]) else None


# a signer whose place a spam copy masked ("**市制造业高质量发展(市数字经济发展)联席会议" ⏎ "****点击查看信息化局" ⏎ "2025年8月8日",
# fresh46's 慈溪 公告 on a bid site, a stray ")" of a broken bracket pair before the first): the name as printed after the mask
# (and its "点击查看" bait), the mask standing for the place it hides
_MASKED_SIGNER = re.compile(r"^[)）]?\*{2,}(?:点击查看)?(?P<rest>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{2,40})$")


def _masked_signer(raw: str) -> str | None:
    """The signer a masked line names after its mask (see _MASKED_SIGNER), or None."""
    m = _MASKED_SIGNER.match(raw.strip())
    rest = compact(fold(m["rest"])) if m else ""
    # (a joint meeting signs as itself: "…联席会议")
    return rest if rest and (_SIGNER.match(rest) or P.is_organ(rest) or rest.endswith("联席会议")) else None


def signature_organs(lines: list[Line], date_i: int | None) -> list[str]:
    """The organs signed above the signing date (or before it on the same line), in printed order: one, or
    several for a joint document ("安溪县教育局     安溪县卫生健康局" ⏎ … ⏎ "安溪县融媒体中心" ⏎ date)."""
    if date_i is None:
        return []
    parts = lines[date_i].text.split()
    if len(parts) == 2 and P.is_organ(compact(parts[0])):
        return [compact(parts[0])]
    dated = _organ_and_date(_RESIDUE_TAIL.sub("", _c(lines[date_i])))
    if dated:
        return [dated[0]]
    above = next((j for j in range(date_i - 1, max(-1, date_i - 3), -1) if not lines[j].blank), None)
    if above is not None and organ_with_writer(lines[above].raw):
        return [organ_with_writer(lines[above].raw)]  # "涡阳县应急局 王文成" ⏎ date: the organ, not its writer
    organs: list[str] = []
    j, taken, last = date_i - 1, 0, date_i
    # (up to eight lines of them, blank lines between: a joint notice of ten ministries and four provinces signs so)
    # (further up while rows of two or more joint signers go on, each a few blank lines over the last, the room left for
    # the seals: twelve departments signed two a row, "青海省卫生厅      青海省发展和改革委员会" ⏎ 7 blank ⏎ … ⏎ date)
    while j >= 0 and (date_i - j <= 16 or taken >= 2 and last - j <= 10) and taken < 8:
        if lines[j].blank or not taken and _SEAL_FOR.fullmatch(_c(lines[j])) or _RESIDUE_LINE.fullmatch(lines[j].raw):
            j -= 1  # (a stamping organ's note "(某局代章)" between the signer and the date: the signer signs)
            continue  # (and a mirror's line of lost characters, "??", between the signers)
        masked = _masked_signer(lines[j].raw)
        if masked:
            organs = [masked] + organs
            taken, last = taken + 1, j
            j -= 1
            continue
        parts = [compact(p) for p in _SIGNER_GAP.split(fold(lines[j].raw)) if p]
        # (the spaces between organs are in the raw line only; "?" residue after them is none, and a run of it between
        # them sets them apart as spaces do: "內蒙古自治區財政廳? ? ? ? ?內蒙古自治區住房和城鄉建設廳")
        # (or a 、 between them: "农业部办公厅、发展改革委办公厅、教育部办公厅、科技部办公厅" ⏎ … ⏎ "二○一一年十一月十八日")
        listed = [q for p in parts for q in p.split("、") if q]
        if parts and len(listed) > len(parts) and all(is_signer(q) for q in listed):
            parts = listed
        if not parts or not all(is_signer(p) for p in parts):
            # one organ, printed with spaces or after or before page residue ("??上海市…办公室", "…办公室 ???")
            parts = [_RESIDUE_TAIL.sub("", _c(lines[j]))]
        if not taken and len(parts) == 1 and not is_signer(parts[0]) and (whole := _cut_organ(parts[0])):
            parts = [whole]  # (right over the date, an organ's name cut by its last character: its whole name)
        # the first line up must be a signer; further lines only while every part of them names its place (or is a
        # national organ: "国家卫生健康委办公厅        中央网信办秘书局" ⏎ "公安部办公厅 …" ⏎ … ⏎ date)
        # (or, where the signers name their level alone, the same level as those below: a province's departments
        # signing together, "省工业和信息化厅" ⏎ "省发展和改革委" ⏎ … ⏎ "省税务局" ⏎ date)
        # (right over the date, a commission signing by its level and short name alone: "省工信委" ⏎ "2018年1月12日")
        if not all(is_signer(p) and (not taken or P.ORGAN_PLACE.match(p) or P.is_national_organ(p))
                   or taken and _same_level(p, organs) or not taken and _LEVEL_COMMISSION.match(p) for p in parts) \
                and not _level_row_over(parts, organs):
            columns = _column_halves(lines, j)
            if columns:  # (two columns, each organ's place on the row over its kind: assembled)
                organs = columns[0] + organs
                taken, last = taken + 1, columns[1]
                j = columns[1] - 1
                continue
            break
        organs = parts + organs
        taken, last = taken + 1, j
        j -= 1
    return _broken_signer(lines, j, organs)


# an organ named by its level alone ("省财政厅", "市教育局", "县农业农村局"): its place is the document's own
_LEVEL_NAMED = re.compile(r"^[省市县区](?![省市县区])[\u4e00-\u9fff]{2,20}$")


# a commission named by its level and its short name ("省工信委", "市卫健委", "县发改委"; a party committee, "市委", "县纪委",
# has no name between)
_LEVEL_COMMISSION = re.compile(r"^[省市县区旗](?![省市县区])[\u4e00-\u9fff]{2,8}委$")


# a place's whole name alone in a column of a signature's row ("广西壮族自治区", "某某市")
_PLACE_HALF = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟)$")


def _column_halves(lines: list[Line], j: int) -> tuple[list[str], int] | None:
    """The organs of a joint signature printed in columns with each name broken over two rows, the places on the row
    over the kinds ("广西壮族自治区               广西壮族自治区" ⏎ "工业和信息化委员会              科学技术厅", then the
    third signer and the date: fresh41's guangxi_gongxinwei 研发中心 notice): (the organs, the place row's index), or
    None where row j and the row over it are not two such halves."""
    kinds = [compact(p) for p in _SIGNER_GAP.split(fold(lines[j].raw)) if p]
    above = next((k for k in range(j - 1, max(-1, j - 3), -1) if not lines[k].blank), None)
    if len(kinds) < 2 or above is None:
        return None
    places = [compact(p) for p in _SIGNER_GAP.split(fold(lines[above].raw)) if p]
    if len(places) != len(kinds) or not all(_PLACE_HALF.match(p) for p in places):
        return None
    organs = [p + k for p, k in zip(places, kinds)]
    if not all(is_signer(o) and P.ORGAN_PLACE.match(o) and not P.ORGAN_PLACE.match(k) for o, k in zip(organs, kinds)):
        return None
    return organs, above


def _level_row_over(parts: list[str], organs: list[str]) -> bool:
    """A row of two or more organs named by one level alone over a signer that names a place of that level: a province's
    departments signing with a vertical bureau ("省科技厅 省财政厅" ⏎ "国家税务总局广东省税务局" ⏎ "2019年11月8日", entrep31
    guangdong-quxiao-gaoxin-jishu-qiye-zige-fuhe; a lone "省科技厅" row signs nothing: its place is only guessed)."""
    return len(parts) >= 2 and bool(organs) and all(_LEVEL_NAMED.match(p) and _SIGNER.match(p) and p[0] == parts[0][0]
                                                    for p in parts) \
        and all(is_signer(o) and P.ORGAN_PLACE.match(o) and parts[0][0] in o for o in organs)


def _same_level(part: str, organs: list[str]) -> bool:
    """`part` and every organ already read are named by the same level alone (all 省…, all 市…)."""
    return bool(organs) and bool(_SIGNER.match(part)) \
        and all(_LEVEL_NAMED.match(o) and o[0] == part[0] for o in [part, *organs])


def closing_signers(lines: list[Line], start: int, end: int) -> list[str]:
    """The organs signed under a notice's closing sentence with no date under them (the page's fields date it): the
    lines right after the first line ending on "。", each made only of signers set apart by spaces or "?" residue
    ("绍兴市退役军人事务局? ? ? ?绍兴市财政局" ⏎ "??" ⏎ "绍兴市人力资源和社会保障局????绍兴市卫生健康委员会" ⏎ …), up to
    the first other line; empty when none is signed so."""
    close = next((j for j in range(max(start, 0), min(end + 1, len(lines))) if _c(lines[j]).endswith("。")), None)
    organs: list[str] = []
    for j in range(close + 1 if close is not None else end + 1, min(end + 1, len(lines))):
        if lines[j].blank or _RESIDUE_LINE.fullmatch(lines[j].raw):
            continue
        masked = _masked_signer(lines[j].raw)
        if masked:  # (read downwards here: a masked signer joins the others in printed order)
            organs.append(masked)
            continue
        parts = [compact(p) for p in _SIGNER_GAP.split(fold(lines[j].raw)) if p]
        if not parts or not all(is_signer(p) and P.ORGAN_PLACE.match(p) for p in parts):
            break
        organs += parts
    return organs


def _broken_signer(lines: list[Line], j: int, organs: list[str]) -> list[str]:
    """A long organ name broken over two lines of the signature ("下陆区安全生产和防灾" ⏎ "减灾救灾委员会办公室"): the
    line over the one signer read, no organ itself, opens its name with the place the signer lacks."""
    if len(organs) != 1 or P.ORGAN_PLACE.match(organs[0]) or j < 0 or lines[j].blank:
        return organs
    head = _c(lines[j])
    joined = head + organs[0]
    if len(head) <= 20 and not is_signer(head) and P.ORGAN_PLACE.match(joined) and is_signer(joined):
        return [joined]
    return organs


# An organ whose name carries no level word (湄洲岛 is a district-level island run by a 管委会) signs over the date
# at the end of a notice that calls itself by the organ's kind ("我局依据…"): the kind the body names confirms
# that the line is its signer, where a place cannot.
_SELF_KIND = {"局": "我局", "委员会": "我委", "办公室": "我办", "中心": "我中心", "管委会": "我委"}
_UNPLACED_SIGNER = re.compile(r"^[\u4e00-\u9fff]{4,30}?(?P<kind>局|委员会|办公室|中心|管委会)$")


def self_named_signer(lines: list[Line], start: int, end: int) -> str | None:
    """The organ on the line over a notice's closing date ("湄洲岛人力资源和社会保障局" ⏎ "2024年3月12日") when the
    notice names itself by that organ's kind (我局); None otherwise."""
    rows = [j for j in range(start, end + 1) if not lines[j].blank]
    if len(rows) < 3 or not P.parse_date(_c(lines[rows[-1]])):
        return None
    m = _UNPLACED_SIGNER.match(_c(lines[rows[-2]]))
    body = "".join(_c(lines[j]) for j in rows[:-2])
    return m[0] if m and _SELF_KIND[m["kind"]] in body else None


# a signing date naming its month only ("二○一四年十一月", "2014年11月"): no day to date the document by
_MONTH_ONLY = re.compile(r"^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月$")


def month_dated_signer(lines: list[Line], start: int, end: int) -> str | None:
    """The organ on the line over the document's last line when that line is a signing date naming its month only
    ("中国腐植酸工业协会" ⏎ "二○一四年十一月", entrep118): the signer (the date, with no day, dates nothing)."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank]
    if len(rows) < 3 or not _MONTH_ONLY.match(_c(lines[rows[-1]])):
        return None
    organ = _c(lines[rows[-2]])
    return organ if is_signer(organ) else None


# a page's own controls under the text ("扫一扫在手机打开当前页", "打印本页", "关闭窗口"): no line of the document
_PAGE_CONTROLS = re.compile(r"^[【\[]?(?:扫一扫|扫描二维码|打印本页|关闭窗口|打印|关闭)")


def _closing_rows(lines: list[Line], start: int, end: int) -> list[int]:
    """The document's non-blank lines in [start, end], less the page's controls under its last line."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank]
    while rows and _PAGE_CONTROLS.match(_c(lines[rows[-1]])):
        rows.pop()
    return rows


def undated_closing_signer(lines: list[Line], start: int, end: int) -> str | None:
    """The organ on the document's last line, naming its place, under a body whose last sentence is closed, no date
    under it ("…进度较慢的为霍山县;秸秆产业化利用…。" ⏎ "六安市民生办" ⏎ "扫一扫在手机打开当前页", a 通报 the city's
    民生办 signs, tasks58): the signer, its date dropped by the page."""
    rows = _closing_rows(lines, start, end)
    if len(rows) < 3:
        return None
    organ, before = _c(lines[rows[-1]]), _c(lines[rows[-2]])
    placed = is_signer(organ) and P.ORGAN_PLACE.match(organ) and not P.parse_date(before)
    return organ if placed and before.endswith(("。", "！", "!")) else None


# the start of a signing date the excerpt was cut in ("201", "2016年", "2016年3月"): the file's last line, nothing after it
_CUT_DATE = re.compile(r"^(?:19|20)\d{0,2}(?:年(?:\d{1,2}(?:月\d{0,2})?)?)?$|^[12]$")


def signer_over_cut_date(lines: list[Line], start: int, end: int) -> str | None:
    """The organ, naming its place, on the line over the file's last line where that line is a signing date cut short
    by the excerpt ("附件:2016年河北省特色產業名縣名鎮名單.doc" ⏎ "河北省工業和信息化廳" ⏎ "201", fresh56 hebei_sheng-
    gongxinting-2016-tese-chanye-mingxian-mingzhen-converter.txt:6-7): the signer (the cut date dates nothing)."""
    rows = _closing_rows(lines, start, end)
    if len(rows) < 3 or any(not ln.blank for ln in lines[rows[-1] + 1:]) or not _CUT_DATE.match(_c(lines[rows[-1]])):
        return None
    organ = _c(lines[rows[-2]])
    above = _c(lines[rows[-3]])  # (a table's rows of years and units are no signature: nothing date-like over the organ)
    placed = is_signer(organ) and P.ORGAN_PLACE.match(organ) and not P.parse_date(above) and not _CUT_DATE.match(above)
    return organ if placed else None


def signer_under_date(lines: list[Line], start: int, end: int) -> str | None:
    """The organ on the document's last line, naming its place, right under the signing date: a signature printed
    date first ("2019年10月23日" ⏎ "青海省科学技术厅", a 公示 copied to a policy site with no title, fresh44)."""
    rows = _closing_rows(lines, start, end)
    if len(rows) < 3:
        return None
    organ = _c(lines[rows[-1]])
    dated = P.parse_date(_c(lines[rows[-2]])) and not P.parse_date(_c(lines[rows[-3]]))
    return organ if dated and is_signer(organ) and P.ORGAN_PLACE.match(organ) else None
