"""Document headers: the places whose evidence (organ, 关于… title, 文号, 主送, 登记号) scores enough, read
line by line — titles over several lines, 文号 glued to the title, joint issuers, bare page values above; decrees,
banners and whole notices printed on one line. What one line reads as (a title's tail, a glued 文号, a page's
label) is header_lines.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.header_lines import (_LABEL_LINE, _NUMBER_AT_START, _PAGE_CODE, _PAGE_VALUE, _PART_HEADING, _TITLE_TAIL,
                                   _column_label, _date_and_number, _is_header_stop, _joint_organs, _kind_tag,
                                   _organ_parts, _organs_apart, _title_complete, _title_last_line, _unglue)
from kg.parse.chrome import is_chrome
from kg.parse.metadata import is_metadata_line, parse_any_date
from kg.parse.normalize import compact, fold, normalize_doc_number

__all__ = ["Header", "EVIDENCE_WEIGHTS", "HEADER_SCORE", "header_score", "find_headers", "MAX_TITLE_LINES"]

MAX_TITLE_LINES = 4

@dataclass(frozen=True)
class Header:
    """The header block of one document, as found in the text (all line numbers 1-based)."""

    start: int
    issuer: str | None
    title: str
    title_start: int
    title_end: int
    end: int
    doc_number: str | None = None
    doc_number_line: int | None = None
    registration: str | None = None
    registration_line: int | None = None
    recipients: str | None = None
    evidence: tuple[str, ...] = ()
    metadata: dict = field(default_factory=dict)
    date: str | None = None
    date_line: int | None = None

    @property
    def score(self) -> int:
        return header_score(self.evidence)


# Evidence that a run of lines is a document's header, and what each kind weighs. A header is the
# best-scoring reading of a place that reaches HEADER_SCORE; none is required on its own.
EVIDENCE_WEIGHTS = {
    "metadata": 3,  # a web page's metadata block (索引号, 发布机构, 发文字号, 成文日期 …)
    "doc_number": 2,  # a 文号 line right before or after the title
    "registration": 2,  # a 登记号 line
    "recipients": 1,  # 主送: "各镇人民政府、街道办事处：" right after the title
    "organ": 1,  # an issuing organ before or at the start of the title
    "title": 1,  # a 关于… / 印发… title
    "one_line": 1,  # organ + complete title printed on one line
}
HEADER_SCORE = 3



# a date alone in brackets on its line ("(2021年6月4日)", "（二〇二一年六月四日）")
_DATE_IN_BRACKETS = re.compile(r"[（(](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[)）]")

def header_score(evidence) -> int:
    return sum(EVIDENCE_WEIGHTS.get(e, 0) for e in evidence)



def _c(line: Line) -> str:
    return compact(line.text)


def _nonblank_after(lines: list[Line], i: int, n: int) -> list[int]:
    """Indexes of the next `n` non-blank lines after index i."""
    out = []
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            out.append(j)
            if len(out) == n:
                break
    return out



def _collect_title(lines: list[Line], i: int, first: str) -> tuple[str, int]:
    """Join the title lines starting at index i (whose compact text is `first`); returns (title, last index)."""
    title, last = first, i
    for _ in range(MAX_TITLE_LINES - 1):
        nxt = _nonblank_after(lines, last, 1)
        if _title_complete(title):
            tail = _c(lines[nxt[0]]) if nxt else ""
            if nxt and nxt[0] - last <= 2 and (_TITLE_TAIL.match(tail) or _title_last_line(tail)):
                title, last = title + _c(lines[nxt[0]]), nxt[0]  # "…管理办法" ⏎ "（试行）的通知"
            break
        if not nxt or nxt[0] - last > 3:
            break
        ln = lines[nxt[0]]
        c = _c(ln)
        if "\t" in ln.text or _is_header_stop(c) or P.is_organ(c) or (P.ORGAN_TITLE.match(c) and not _forwards_open(title)) \
                or len(c) > 60 or _PART_HEADING.match(c) or _PAGE_CODE.match(c):
            break
        title, last = title + c, nxt[0]
    return title, last


# a 转发 title broken before the forwarded organ's name ends ("清遠市農業農村局 清遠市財政局轉發省農業" ⏎ "農村廳 省財政廳關于申報
# 廣東省2020年" ⏎ "農業產業強鎮建設項目的通知", a city's 转发 of two provincial bodies' notice, zyrhbw.com/gdqy): the next line
# opens with the rest of that organ and the forwarded 关于, so it goes on the title rather than heading a document of its own
_FORWARDS_OPEN = re.compile(r"(?:转发|批转)[\u4e00-\u9fff]{0,12}$")


def _forwards_open(title: str) -> bool:
    """The title so far forwards an organ's document whose 关于 is still to come (see _FORWARDS_OPEN)."""
    return "关于" not in title and bool(_FORWARDS_OPEN.search(title))


def _lone_field(lines: list[Line], k: int) -> bool:
    """Line k is a page's field line on its own, not part of a metadata block (blocks are read whole)."""
    prev = [j for j in range(max(0, k - 3), k) if not lines[j].blank]
    return not (prev and (is_metadata_line(lines[prev[-1]].text) or _LABEL_LINE.match(_c(lines[prev[-1]]))))


# joint organs printed on one line apart by spaces or by 、 ("国务院办公厅、中央军委办公厅" over its 关于 line)
_ORGAN_SEP = re.compile(r"\s+|、")
_DECREE_NUMBER = re.compile(r"^[（(]?第[〇零一二三四五六七八九十百\d]{1,5}号[)）]?$")
# a decree's name and number on one line: "厦门市人民政府令第136号"
# (or the head of state's, the congress's session before the number: "中华人民共和国主席令(九届第37号)")
_DECREE_LINE = re.compile(r"^(?P<organ>.{2,30}?)令(?P<no>[（(]?(?:[一二三四五六七八九十]{1,3}届)?第[〇零一二三四五六七八九十百\d]{1,5}号[)）]?)$")
_HEAD_OF_STATE = "中华人民共和国主席"
# a national organ's decree banner, the state's name first: "中华人民共和国国务院令", "中华人民共和国公安部令"
_NATIONAL_DECREE = re.compile(r"^中华人民共和国(?P<organ>[\u4e00-\u9fff]{2,20})令$")
# the marks a 公文 prints above its 文号 (分类标识, 公开属性, 密级, 紧急程度, 份号): part of the header
_HEADER_MARK = re.compile(r"^(?:分类标识|是否同意公开|公开属性|公开类型|信息公开选项|密级|紧急程度|缓急|份号|签发人)[:：]?"
                          r"[【\[(（]?[\u4e00-\u9fffA-Z\d]{1,8}[】\])）]?$")
_FIELD_DATE = re.compile(r"^(?:发布时间|发布日期|公布日期|公开日期|日期|时间|发文日期|成文日期|印发日期)[:：](?P<d>.{6,30})$")
# (文件 as s2twp writes it, 檔案, in a zh-TW copy: "鞍山市立山區人民政府檔案"; only after an organ that names its place)
_BANNER = re.compile(r"^(?P<organ>.{2,30})(?:文件|档案)$")


# a rule printed as a run of dashes or box-drawing strokes
_RULE = re.compile(r"[-—─━_=＝－–]{4,}")


def _banner(lines: list[Line], k: int) -> tuple[str, int] | None:
    """(organ, first line index) of a 发文机关标志 ending at line k — "某县人民政府文件", or printed over two
    lines ("新疆维吾尔自治区" ⏎ "人民政府文件", "新疆维吾尔自治区人民政府" ⏎ "文件"); None when line k is not one."""
    m = _BANNER.match(_c(lines[k]))
    prev = [j for j in range(max(0, k - 3), k) if not lines[j].blank]
    if _c(lines[k]) in ("文件", "档案") and prev:
        organ = _c(lines[prev[-1]])  # the organ on its line, 文件 alone under it: "新疆维吾尔自治区人民政府" ⏎ "文件"
        return (organ, prev[-1]) if P.is_organ(organ) and P.ORGAN_PLACE.match(organ) else None
    if not m:
        return None
    if P.is_organ(m["organ"]) and P.ORGAN_PLACE.match(m["organ"]) or P.is_national_organ(m["organ"]):
        return m["organ"], k  # (a national organ names no place: "国资委精神文明建设指导委员会文件")
    if prev and P.is_organ(_c(lines[prev[-1]]) + m["organ"]):
        return _c(lines[prev[-1]]) + m["organ"], prev[-1]
    return None


# a gazette's issue line a law site prints over the decree it copied ("黄山市人民政府公报(2004年第7号)", "…公报2019年第3期")
_GAZETTE_ISSUE = re.compile(r"^[\u4e00-\u9fff]{2,30}公报[（(]?(?:19|20)\d{2}年(?:第\d{1,3}[号期])?[)）]?$")


def _decree_title(lines: list[Line], i: int) -> int | None:
    """The title a law site prints above a decree ("厦门市…管理规定" ⏎ [福建省厦门市人民政府] ⏎ "厦门市人民政府令第136号"):
    the nearest title-shaped line above it, over organ lines only."""
    for j in [j for j in range(max(0, i - 8), i) if not lines[j].blank][::-1][:3]:
        c = _c(lines[j])
        if P.is_organ(c) or P.is_national_organ(c) or _GAZETTE_ISSUE.match(c):
            continue  # (a national organ's imprint too, "生猪屠宰管理条例" ⏎ "国务院" ⏎ "中华人民共和国国务院令"; an organ's imprint, or the gazette issue the site copied it from: "黄山市人民政府公报(2004年第7号)")
        if 6 <= len(c) <= 60 and "。" not in c and (P.DOC_TYPE_END.search(c) or _LAW_NAME.fullmatch(c)) \
                and not P.DOC_NUMBER.search(c):
            return j
        return None
    return None


# a law's name over the order promulgating it ("中华人民共和国国家通用语言文字法" ⏎ … ⏎ "中华人民共和国主席令(九届第37号)")
_LAW_NAME = re.compile(r"中华人民共和国[\u4e00-\u9fff]{2,30}法")


# a decree's promulgation sentence under its number: "《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日…通过"
_PROMULGATION = re.compile(r"^《(?P<title>[^《》]{4,60})》已(?:经)?")


# a bilingual copy's English line under each Chinese one ("天津市人民政府令" ⏎ "The Decree of Tianjin Municipal People's
# Government" ⏎ "第20号" ⏎ "No. 20"): no line of the decree's header
_ENGLISH_LINE = re.compile(r"^[^\u4e00-\u9fff]*[A-Za-z]{2,}[^\u4e00-\u9fff]*$")


def _own_lines_after(lines: list[Line], i: int, n: int) -> list[int]:
    """The next `n` non-blank lines after index i, a copy's English translation lines and URL lines passed over."""
    return [k for k in _nonblank_after(lines, i, n + 4)
            if not _ENGLISH_LINE.match(lines[k].text.strip()) and not _URL_LINE.search(lines[k].text)][:n]


def _promulgated_title(lines: list[Line], j: int) -> str | None:
    """The title a decree promulgates in the sentence right under its number, if it prints one."""
    nxt = _own_lines_after(lines, j, 1)
    m = _PROMULGATION.match(_c(lines[nxt[0]])) if nxt else None
    return m["title"] if m and P.DOC_TYPE_END.search(m["title"]) else None


_URL_LINE = re.compile(r"^\s*(?:\S{0,12}\s?URL\s*[:：]\s*)?https?://\S+\s*$", re.IGNORECASE)


def _decree_at(lines: list[Line], i: int, c: str) -> Header | None:
    """A government decree: "某县人民政府令" ⏎ "第5号", or "某市人民政府令第136号" on one line (its number is the
    name and the 第N号); titled by the title printed above it, where there is one."""
    one = _DECREE_LINE.match(c)
    if one and one["organ"] == _HEAD_OF_STATE:
        organ, j, number = one["organ"], i, c  # (kept as printed: its session is part of the number)
    elif one and P.is_organ(one["organ"]) and P.ORGAN_PLACE.match(one["organ"]) and "届" not in one["no"]:
        organ, j, number = one["organ"], i, one["organ"] + "令" + one["no"].strip("()（）")
    elif (national := _NATIONAL_DECREE.match(c)) and P.is_national_organ(national["organ"]) \
            and _decree_title(lines, i) is not None:
        # a national organ's decree banner over its number, the rule's title printed above it ("生猪屠宰管理条例" ⏎ "国务院"
        # ⏎ "中华人民共和国国务院令" ⏎ "第238号", law522.infoeach.com): the number joins them, as a local government's; the
        # organ is named without the state's name (a page whose fields name the decree, 发文字号 "国令第707号", keeps them)
        nxt = _own_lines_after(lines, i, 1)
        if not nxt or nxt[0] - i > 4 or not _DECREE_NUMBER.match(_c(lines[nxt[0]])):
            return None
        organ, j, number = national["organ"], nxt[0], c + _c(lines[nxt[0]]).strip("()（）")
    elif c.endswith("令") and P.is_organ(c[:-1]) and P.ORGAN_PLACE.match(c):
        # (a copy's "Original URL: http://…" line may stand between the decree's name and its number)
        # (or, in a bilingual copy, the name's English line: "The Decree of Tianjin Municipal People's Government")
        nxt = _own_lines_after(lines, i, 1)
        if not nxt or nxt[0] - i > 4 or not _DECREE_NUMBER.match(_c(lines[nxt[0]])):
            return None
        organ, j, number = c[:-1], nxt[0], c + _c(lines[nxt[0]]).strip("()（）")
    else:
        return None
    t = _decree_title(lines, i)
    title, start = (_c(lines[t]), t) if t is not None else (organ + "令", i)
    promulgated = _promulgated_title(lines, j) if t is None else None
    if promulgated:
        title = promulgated  # "《潍坊市…应急办法》已经…会议研究通过,现予发布施行": the decree issues that title
    above = [k for k in range(max(0, start - 4), start) if not lines[k].blank]
    if t is not None and above and _banner_organ(lines, above[-1]):
        start = above[-1]  # the law site's banner organ above the title ("福建省厦门市人民政府")
    at = t if t is not None else i
    if organ == _HEAD_OF_STATE:
        # the president promulgates a law the congress made: the law site's imprint between the title and the order names
        # its maker ("中华人民共和国国家通用语言文字法" ⏎ "全国人民代表大会常务委员会" ⏎ "中华人民共和国主席令(九届第37号)", law633)
        made = [_c(lines[k]) for k in range(at + 1, i) if not lines[k].blank and P.is_organ(_c(lines[k]))]
        organ = made[0] if made and t is not None else None
    return Header(start=start, issuer=organ, title=title, title_start=at, title_end=at, end=j,
                  doc_number=number, doc_number_line=j, evidence=("organ", "doc_number"))


def _under_number(lines: list[Line], i: int) -> bool:
    """Line i comes right after a 文号 line (only blank lines between)."""
    prev = [j for j in range(max(0, i - 3), i) if not lines[j].blank]
    return bool(prev) and "号" in lines[prev[-1]].text and bool(P.DOC_NUMBER_LINE.match(_c(lines[prev[-1]])))


def _banner_organ(lines: list[Line], k: int) -> bool:
    """Line k is a law site's banner organ ("广东省东莞市人民政府") printed above the 文号, not the signature
    closing the document before (a signature stands under a sentence or over a date)."""
    ck = _c(lines[k])
    if not (P.is_organ(ck) and P.ORGAN_PLACE.match(ck)):
        return False
    above = [j for j in range(max(0, k - 4), k) if not lines[j].blank]
    if not above:
        return True
    ca = _c(lines[above[-1]])
    return not (ca.endswith(("。", "）", ")", "：", ":")) or P.parse_date(ca))


# a whole notice printed on one line: "城委乡振组发〔2021〕3号 关于印发《…》的通知 各乡镇(场)、县直…: 《…》已经…"
# (or the title first, its 文号 in brackets after it: "鄂州市人民政府办公室关于印发《…》的通知 (鄂州政办发〔2010〕10号) 各区人民政府、…:")
_GLUED_NOTICE = (
    re.compile(rf"^(?P<num>{P.DOC_NUMBER.pattern})(?P<title>(?:关于|印发|转发)[^。:：]{{4,100}}?"
               r"(?:通知|意见|决定|批复|通报|通告|公告))(?=[^。:：《》]{2,60}[:：])"),
    re.compile(r"^(?P<title>[^。:：《》（()）]{0,30}?(?:关于|印发|转发)[^。:：]{4,100}?(?:通知|意见|决定|批复|通报|通告|公告))"
               rf"[（(](?P<num>{P.DOC_NUMBER.pattern})[)）](?=[^。:：《》]{{2,60}}[:：])"),
    # (or, in a compilation, the title, its 文号 and its date in brackets: "关于同意…的通知 公境〔2013〕2688号 (2013年10月30日)
    # 海南省人民政府: …")
    re.compile(r"^(?P<title>[^。:：《》（()）]{0,30}?(?:关于|印发|转发)[^。:：]{4,100}?(?:通知|意见|决定|批复|通报|通告|公告))"
               rf"(?P<num>{P.DOC_NUMBER.pattern})[（(](?P<d>(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[)）]"
               r"(?=[^。:：《》]{2,60}[:：])"),
    # (or no 文号 at all, the organ's title run on with its 主送 and body, an office named short: "西藏自治区文明办关于做好第四届
    # 自治区文明村镇 文明县城 … 推荐工作的通知 各地市文明办、区(中)直各部门:党的十八大以来,…", fresh53's 西藏 essay-site copy, line 9)
    re.compile(rf"^(?P<title>(?P<organ>{P._PLACE}[\u4e00-\u9fff]{{0,8}}?(?:办|委|办公室|委员会|局|厅))关于[^。:：《》]{{4,100}}?"
               r"(?:通知|意见|决定|通报))(?=各[^。:：《》]{1,60}[:：])"),
)


def _glued_notice(lines: list[Line], i: int, c: str) -> Header | None:
    """A notice whose 文号, title, 主送 and body share one line: its header is that line's start."""
    m = next((m for m in (r.match(c) for r in _GLUED_NOTICE) if m), None)
    if not m or len(c) < 200:
        return None
    organ = P.ORGAN_TITLE.match(m["title"])
    dated, number = m.groupdict().get("d"), m.groupdict().get("num")
    if not number:  # (the organ naming its place, its recipients after the title: the 主送 stands for the 文号)
        if not P.ORGAN_PLACE.match(m["organ"]):
            return None
        return Header(start=i, issuer=m["organ"], title=m["title"], title_start=i, title_end=i, end=i,
                      evidence=("organ", "title", "recipients", "one_line"))
    return Header(start=i, issuer=organ["organ"] if organ else None, title=m["title"], title_start=i, title_end=i,
                  end=i, doc_number=normalize_doc_number(number), doc_number_line=i,
                  evidence=("organ", "title", "doc_number") if organ else ("title", "doc_number"),
                  date=P.parse_date(dated) if dated else None, date_line=i if dated else None)


# a law site's imprint: the organ named with its province before its city ("湖北省武汉市人民政府", "江西省吉安市人民政府办公室")
_PROVINCE_CITY = re.compile(r"^[\u4e00-\u9fff]{2,7}?(?:省|自治区)[\u4e00-\u9fff]{2,8}?(?:市|州|盟)")


# a law database's version tag after a page title ("…的通知(2019修订)", "…办法(2010年修正本)")
_VERSION_TAG = re.compile(r"[（(](?:19|20)\d{2}年?(?:\d{1,2}月)?(?:修订|修正|修改)本?[)）]")


def _retitled(c: str, title: str) -> bool:
    """Line c is the page's title over the document's `title`: the same words, a database's version tag after them."""
    return len(title) >= 8 and c.startswith(title) and bool(_VERSION_TAG.fullmatch(c[len(title):]))


def _imprint(lines: list[Line], i: int, title_i: int, organ: str, title: str = "") -> bool:
    """The organ line at i is a law site's imprint over the document's 关于 title, not the title's first line: it names
    the province before the city, as no city's own document does, and stands apart from the title (a blank line
    between). The title is printed without it; the organ still issues it.
    (So does any organ line standing apart between two printings of the same title, a law site's page title above it:
    "关于颁发《…》的通知" ⏎ "交通部" ⏎ ⏎ "关于颁发《…》的通知"; or the page printed the same 关于 heading just above it:
    "关于印发《上海市文明工地(场站)管理规定》的通知" ⏎ "上海市建设和管理委员会" ⏎ "关于印发…", law601.infoeach.com;
    "关于2009年全国交通运输系统纠风工作的实施意见" ⏎ "交通运输部", law955.infoeach.com)"""
    apart = any(lines[k].blank for k in range(i + 1, title_i))
    if _PROVINCE_CITY.match(organ) and "、" not in organ and apart:
        return True
    above = next((k for k in range(i - 1, max(-1, i - 4), -1) if not lines[k].blank), None)
    if not apart or above is None:
        return False
    printed = _c(lines[above])
    heading = _c(lines[title_i])
    return (bool(title) and printed == title) or ("、" not in organ and len(heading) >= 8 and printed == heading)


def _glued_organs(c: str) -> list[str] | None:
    """Two organs or more printed together on an organ line, each named from its place ("江西省公安厅江西省应急管理厅");
    None for one organ, or for no run of organs."""
    from kg.parse.title_organs import split_organs  # (title_organs reads headers: imported when first used)

    if not 6 <= len(c) <= 48 or not re.fullmatch(r"[\u4e00-\u9fff]+", c) or re.match(r"转发|印发|关于|批转", c):
        return None  # (a title's line naming the organs it transmits is no organ line: "转发市委组织部 市人事局 市财政局")
    parts = split_organs(c)
    return parts if parts and len(parts) >= 2 else None


# a page's heading over a joint notice: its first organ and how many issue it ("山东省人力资源和社会保障厅等4部门")
_JOINT_HEADING = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{4,24}?)等[一二三四五六七八九十两\d]{1,3}个?(?:部门|单位|部委)$")


# a one-line title opening with a national organisation (see patterns.NATIONAL_ORGANISATION)
_NATIONAL_TITLE = re.compile(r"^(?!转发|印发|关于|批转)(?P<organ>[\u4e00-\u9fff]{2,24}?)(?=关于|印发|转发|批转)")
# a joint notice's one-line title naming its first organ and "等(N)部门" before 关于 ("国家发展改革委等部门关于印发…的通知",
# "安溪县教育局等七部门关于印发…"): the organ named is the first issuer (a trailing 等 is no part of its name)
_FIRST_OF_JOINT = re.compile(r"^(?!转发|印发|关于|批转)(?P<organ>[\u4e00-\u9fff]{2,24}?)"
                             r"(?=等[一二三四五六七八九十两\d]{0,3}个?(?:部门|单位|部委)(?:关于|印发|转发|批转))")


def _header_at(lines: list[Line], i: int) -> Header | None:
    ln = lines[i]
    if "\t" in ln.text:
        return None
    glued = _glued_notice(lines, i, _c(ln))
    if glued is not None:
        return glued
    c, glued_number = _unglue(_column_label(_c(ln)))
    tag = _kind_tag(_c(ln), c)
    decree = _decree_at(lines, i, c)
    if decree is not None:
        return decree
    # ("名称 市人民政府办公室关于…" is the page's 名称 field, not an organ "名称市…": the block heads the page)
    inline = P.ORGAN_TITLE.match(c)
    if inline is None and (national := _NATIONAL_TITLE.match(c)) and P.NATIONAL_ORGANISATION.match(national["organ"]):
        # a national people's organisation, which names no place: "中华全国供销合作总社关于公布…的通知" (a ministry's or the
        # State Council's title line is left to the page readers, which tell a law site's heading from its copy)
        inline = national
    first_of_joint = False
    if inline is None and (named := _FIRST_OF_JOINT.match(c)) \
            and (P.is_organ(named["organ"]) or P.is_national_organ(named["organ"])):
        # (read only with its 文号 under it, as a notice's own header: a news item's related link prints the same line,
        # a law site's heading too)
        inline, first_of_joint = named, True
    inline = inline if inline is None or not is_metadata_line(ln.text) else None
    joint = _joint_organs(fold(ln.raw))  # the spaces between organs are in the printed line only
    evidence = []
    plain = joint_heading = False
    if joint:
        # "成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…": several organs, printed apart, then the title
        # (before the one-organ reading, which would take "A局B局" for one name)
        organ, title_i, first = joint, i, c
        inline = True
        evidence.append("organ")
    elif inline:
        organ, title_i, first = inline["organ"], i, c
        evidence.append("organ")
    elif P.is_organ(c) or P.is_national_organ(c) or (organ_line := _organ_parts(_ORGAN_SEP.split(fold(ln.raw).strip()))) \
            or _glued_organs(c):
        nxt = _nonblank_after(lines, i, 2)
        if not nxt or nxt[0] - i > 4:
            return None
        # "某县财政局 某县农业农村局" on one line: two issuers (each maybe a party organ: "中共黑龙江省委办公厅 黑龙江省
        # 人民政府办公厅" over its 关于 line)
        # (a national organ alone: "國務院" ⏎ "關於推動內蒙古…的意見")
        # (or joint issuers glued two to a line, "江西省森林防火灭火指挥部江西省林业局" ⏎ "江西省公安厅江西省应急管理厅" ⏎ "关于…")
        glued = _glued_organs(c)
        c = "、".join(glued) if glued else _organs_apart(ln, c) if P.is_organ(c) else c if P.is_national_organ(c) \
            else organ_line
        # joint issuance: a second organ line before the title
        second = _c(lines[nxt[0]])
        if (P.is_organ(second) or _glued_organs(second)) and len(nxt) == 2 and nxt[1] - nxt[0] <= 4:
            c = c + "、" + ("、".join(_glued_organs(second)) if _glued_organs(second) else _organs_apart(lines[nxt[0]], second))
            nxt = nxt[1:]
        first, glued_number = _unglue(_c(lines[nxt[0]]))
        if not P.TITLE_START.match(first) or "\t" in lines[nxt[0]].text:
            return None
        organ, title_i = c, nxt[0]
        evidence.append("organ")
    elif (jointly := _JOINT_HEADING.match(c)) and P.is_organ(jointly["organ"]) \
            and (nxt := _nonblank_after(lines, i, 1)) and nxt[0] - i <= 2 and P.TITLE_START.match(_c(lines[nxt[0]])) \
            and "\t" not in lines[nxt[0]].text:
        # a page's heading naming the first of several issuers and their count over the 关于 title ("山东省人力资源和
        # 社会保障厅等4部门" ⏎ "关于命名…的通知"): a page's abbreviation, never the document's own header, so the title is
        # the 关于 line; the count names a joint issuance, signed by every organ (issuers.choose_issuer)
        organ, title_i, first = c, nxt[0], _c(lines[nxt[0]])
        evidence.append("organ")
        joint_heading = True
    elif P.TITLE_START.match(c) and len(c) <= 80 and not is_metadata_line(ln.text):
        # a title printed without its organ (web pages): it needs a 文号 or a metadata block ("印发日期：…" is a field)
        organ, title_i, first = None, i, c
    elif 4 <= len(c) <= 60 and "。" not in c and _under_number(lines, i) and not _is_header_stop(c) \
            and not is_metadata_line(ln.text) and not _RULE.fullmatch(c):
        # "长房议字〔2025〕11号" ⏎ "对市政协…" ⏎ "…提案的答复" ⏎ 主送: a title without 关于 between its 文号 and 主送
        organ, title_i, first = None, i, c
        plain = True
    else:
        return None
    if "。" in first:
        return None
    rest, title_end = _collect_title(lines, title_i, first) if glued_number is None else (first, title_i)
    if plain and not P.DOC_TYPE_END.search(rest):
        return None
    # the printed organ line(s) + the 关于… line(s); joint issuers are kept as "A、B" in `issuer`
    # (the 、 between joint organs stays in the title where the organ line prints it: "国务院办公厅、中央军委办公厅" ⏎ "关于…")
    printed = organ if organ and "、" in _c(ln) else (organ or "").replace("、", "")
    title = printed + rest if organ and title_i != i and not _imprint(lines, i, title_i, organ, rest) \
        and not joint_heading \
        else rest
    if P.TITLE_START.search(rest[len(organ.replace("、", "")):] if inline else rest):
        evidence.append("title")
    if inline and _title_complete(title):
        evidence.append("one_line")
    h = dict(start=i, issuer=organ, title=tag + title, title_start=i, title_end=title_end, end=title_end)
    if glued_number:
        h.update(doc_number=glued_number, doc_number_line=title_i)
        evidence.append("doc_number")
    below = _nonblank_after(lines, title_end, 1)
    field = _NUMBER_FIELD.match(_c(lines[below[0]])) if below and "doc_number" not in h else None
    if field:  # "…的通知" ⏎ "文号:浙经信绿色〔2024〕243号" ⏎ 主送: the page's own 文号 field right under the title (fresh45)
        h.update(doc_number=normalize_doc_number(field["num"]), doc_number_line=below[0], end=below[0])
        evidence.append("doc_number")
    after = [j for j in _nonblank_after(lines, title_end, 6)
             if not is_metadata_line(lines[j].text) and not _LABEL_LINE.match(_c(lines[j]))
             and not _PAGE_CODE.match(_c(lines[j])) and not is_chrome(lines[j].text)]  # page lines skipped
    # (the page's text tools between its fields and the 文号 too: "作者:中华全国供销合作总社" ⏎ "字体:" ⏎ "打印" ⏎
    # "供销厅合字〔2011〕29号", rcre.agri.cn)
    for j in after[:3]:
        cj = _c(lines[j])
        m = P.DOC_NUMBER_LINE.match(cj)
        if m and "doc_number" not in h:
            h.update(doc_number=normalize_doc_number(m["num"]), doc_number_line=j, end=j)
            continue
        m = _date_and_number(cj)
        if m and "doc_number" not in h:
            h.update(doc_number=normalize_doc_number(m["num"]), doc_number_line=j, end=j,
                     date=P.parse_date(m["d"]), date_line=j)
            continue
        glued = _NUMBER_AT_START.match(cj)
        if glued and "doc_number" not in h and (re.match(r"[（(]?各|[^，,。]{2,40}[：:]", cj[glued.end():])
                                                or _restated(cj[glued.end():], title)):
            # "呼政办发〔2008〕68号各旗、县、区人民政府,…:经市人民政府同意…": 文号 glued to the 主送 (a page on one line)
            # (or to the title printed again, the whole notice in one cell under the page's title: "永政发〔2008〕23号
            # 永康市人民政府 关于命名和表彰…的决定 各镇人民政府、…: 根据…")
            h.update(doc_number=normalize_doc_number(glued[0]), doc_number_line=j)
            break
        if _DATE_IN_BRACKETS.fullmatch(cj) and "doc_number" not in h:
            # "…的通知" ⏎ "(2021年6月4日)" ⏎ "滬府辦發〔2021〕4號": a copy that prints the date in brackets over the 文号 (fresh48's
            # 上海 wiki page); the date is read with the dates, the 文号 below it still belongs to the title
            continue
        if P.RECIPIENTS.match(cj):
            h.update(recipients=cj.rstrip("：:"), end=j)
            break
        if P.REGISTRATION.search(cj) and "registration" not in h:
            h.update(registration=P.REGISTRATION.search(cj)["reg"].replace(" ", ""), registration_line=j, end=j)
            continue
        break
    # Walk back over blank lines, 文号 and 登记号 printed above the issuer (003, 004).
    k = i - 1
    while k >= 0 and i - k <= 12:
        ck = _c(lines[k])
        m = P.DOC_NUMBER_LINE.match(ck)
        r = P.REGISTRATION.fullmatch(ck) if ck else None
        if not ck or _RULE.fullmatch(ck):
            k -= 1  # (a red-head's rule under the 文号, printed as dashes: "------------------")
            continue
        if m and "doc_number" not in h:
            h.update(doc_number=normalize_doc_number(m["num"]), doc_number_line=k, start=k)
        elif r and "registration" not in h:
            h.update(registration=r["reg"], registration_line=k, start=k)
        elif _HEADER_MARK.match(ck) and i - k <= 8:
            h.update(start=k)  # 分类标识【D】, 是否同意公开【主动公开】 above the 文号
        elif "doc_number" in h and h.get("doc_number_line") == h["start"] and h["start"] - k <= 4 \
                and _banner_organ(lines, k):
            h.update(start=k)  # a law site's banner organ above the 文号; the signer names the issuer
        elif _PAGE_VALUE.match(ck) and i - k <= 4:
            h.update(start=k)  # a page's metadata printed as bare values: 索引号, 发布时间
        elif i - k <= 4 and "doc_number" not in h and _retitled(ck, h["title"]):
            h.update(start=k)  # the page's own title over the document's: the same, a database's version tag after it
        elif i - k <= 4 and (_LABEL_LINE.match(ck) or is_metadata_line(lines[k].text)) and _lone_field(lines, k):
            # a page's field line above the title ("发布时间：2023-05-06"): header, and its date the page's
            h.update(start=k)
            d = _FIELD_DATE.match(ck)
            if d and h.get("date") is None and parse_any_date(d["d"]):
                h.update(date=parse_any_date(d["d"]), date_line=k)
        elif (banner := _banner(lines, k)) is not None:
            organ_banner, k = banner  # the red-head banner: "新疆维吾尔自治区 ⏎ 人 民 政 府 文 件"
            h.update(start=k, issuer=h["issuer"] or organ_banner)
            # (a title printed without its organ under the banner has its organ: "國資委精神文明建設(shè)指導(dǎo)委員會文件" ⏎
            # "關(guān)于復(fù)查推薦全國文明單位的通知" ⏎ 主送, fresh53's national converter page)
            organ = organ or organ_banner
            if "organ" not in evidence:
                evidence.append("organ")
            break
        else:
            break
        k -= 1
    if "doc_number" in h and P.READING_TITLE.search(compact(h["title"])):
        # "关于《某县城市管理办法》的政策解读" ⏎ "（某政发〔2023〕5号）": the number of the document read, not the page's
        for k in ("doc_number", "doc_number_line"):
            h.pop(k, None)
        evidence = [e for e in evidence if e != "doc_number"]
    evidence += [k for k in ("doc_number", "recipients", "registration") if k in h and k not in evidence]
    if organ is None and not {"doc_number", "registration"} & set(evidence):
        return None  # a 关于… line in running text
    if first_of_joint and "doc_number" not in evidence:
        return None
    if header_score(evidence) < HEADER_SCORE:
        return None
    return Header(**h, evidence=tuple(evidence))


def _restated(text: str, title: str) -> bool:
    """`text` opens with the title again (its organ printed or not: "永康市人民政府关于…的决定各镇…"), and goes on."""
    bare = compact(title)
    about = bare.find("关于")
    return len(bare) >= 8 and len(text) > len(bare) and (text.startswith(bare) or about > 0 and text.startswith(bare[about:]))


def _bare(title: str) -> str:
    return re.sub(r"[《》〈〉“”\"'‘’]", "", compact(title))


def _restates(prev: Header, h: Header) -> bool:
    """`h` is the document's own header for the page title `prev` (same title, organ printed before it)."""
    a, b = _bare(prev.title), _bare(h.title)
    if len(a) >= 8 and b == a and h.doc_number and not prev.doc_number:
        return True  # the title, then a decree under it that names its number ("…的决定" ⏎ "某市人民政府令第48号")
    return len(a) >= 8 and b != a and b.endswith(a) and h.score >= prev.score


# a 文号 field alone on the line under the title ("文号:浙经信绿色〔2024〕243号", fresh45's 浙江 notice)
_NUMBER_FIELD = re.compile(rf"^(?:文号|发文字号|发文文号)[:：](?P<num>{P.DOC_NUMBER.pattern})$")


def find_headers(lines: list[Line], skip_until: int = -1) -> list[Header]:
    """Every document header after index `skip_until` (the end of the 目录), in order."""
    headers: list[Header] = []
    i = skip_until + 1
    while i < len(lines):
        h = _header_at(lines, i)
        if h is not None:
            if headers and h.start <= headers[-1].end:
                if h.start == headers[-1].start and _retitled(compact(headers[-1].title or ""), h.title or ""):
                    headers[-1] = h  # the page's title, a version tag after it, over the document's own header: one
                    i = h.end + 1
                    continue
                if _restates(headers[-1], h):
                    # a page title whose 文号 line is also the document's own header below it: one
                    # document, from the page title, with the title and issuer the document prints
                    headers[-1] = replace(h, start=headers[-1].start)
                    i = h.end + 1
                    continue
                i += 1
                continue
            headers.append(h)
            i = h.end + 1
            continue
        i += 1
    return headers
