"""Regular expressions for the header parts of an official document (公文), as small matchers."""

from __future__ import annotations

import re

from kg.parse.numerals import cn_small_int  # (re-exported: the one reader of small Chinese numbers)

__all__ = [
    "ORGAN", "ORGAN_PLACE", "TITLE_ORGAN", "REPLY_ORGAN", "DOC_NUMBER_LINE", "BARE_NUMBER_LINE", "DOC_NUMBER", "REGISTRATION", "DOC_TYPE_END", "RECIPIENTS",
    "DATE_LINE", "parse_date", "is_organ", "district_of", "TOC_HEADING", "TOC_PAGE_TAIL", "READING_TITLE", "NATIONAL_ORGAN",
    "is_national_organ", "NATIONAL_ORGANISATION", "cn_small_int", "YEAR_MONTH_LINE",
]

_HAN = r"\u4e00-\u9fff"
# (a province may be an autonomous region: "新疆维吾尔自治区和田地区行署办公室", "广西壮族自治区…")
# (a development zone is a district whose name runs longer: "经济技术开发区应急管理局 县级", a 郑州 grassroots page's organ)
_PLACE = rf"(?:[{_HAN}]{{2,4}}省|[{_HAN}]{{2,5}}自治区)?(?:[{_HAN}]{{2,4}}市)?(?:[{_HAN}]{{1,5}}?(?:区|县|旗)|[{_HAN}]{{2,6}}?开发区)?"
# (厅: a province's department, "贵州省国土资源厅"; never a hall, "政务服务大厅")
# (a coordinating body issues as well: "鹿寨县防汛抗旱指挥部", "陇南市农业产业化协调工作领导小组办公室")
_ORGAN_TAIL = (r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|管理委员会|委员会|人大常委会|管委会|领导小组办公室|领导小组|指挥部办公室|"
               r"指挥部|办公室|行政公署|"
               # (a bureau's brigade named under it, which signs 通告 of its own: "安乡县公安局交通警察大队", "泰顺县公安局交通
               # 警察大队", docmeta144)
               r"局[\u4e00-\u9fff]{2,8}?(?:大队|支队)|"
               r"局|(?<![大客餐展])厅)")
# An issuing organ printed alone: 张店区人民政府办公室, 淄博市张店区人民政府, 张店区民政局.
# (a title's words are never in an organ's name: "关于印发金华市人民政府", a title cut short at its organ, is none)
_TITLE_WORDS = r"(?!.*(?:关于|印发|转发|批转))"
# (a placed leading group's subject runs longer: "中山市公共卫生与重大疾病防治工作领导小组办公室", wjj.zs.gov.cn)
ORGAN = re.compile(rf"^{_TITLE_WORDS}(?P<organ>{_PLACE}[{_HAN}]{{0,10}}?{_ORGAN_TAIL}"
                   rf"|(?:[{_HAN}]{{2,4}}省|[{_HAN}]{{2,5}}自治区|[{_HAN}]{{2,4}}市|[{_HAN}]{{1,5}}?[区县旗])"
                   rf"[{_HAN}]{{11,16}}?工作领导小组(?:办公室)?)$")
# The organ at the start of a one-line title: 张店区人民政府关于…, 张店区人民政府印发关于…, 某市人民政府办公厅转发…
# (an organ never opens with the title's own verb: "转发县财政局关于…" is no organ 转发县财政局)
# (a body of the government may name it between its place and its own name: "遂宁市人民政府防汛抗旱指挥部办公室关于…")
ORGAN_TITLE = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organ>{_PLACE}(?:人民政府)??[{_HAN}]{{0,10}}?{_ORGAN_TAIL}"
                         rf"|(?:[{_HAN}]{{2,4}}省|[{_HAN}]{{2,5}}自治区|[{_HAN}]{{2,4}}市|[{_HAN}]{{1,5}}?[区县旗])"
                         rf"[{_HAN}]{{11,16}}?工作领导小组(?:办公室)?)(?=关于|印发|转发|批转)")
TITLE_START = re.compile(r"^(?:关于|印发|转发)")
# An organ that names its place (张店区人民政府, 新疆维吾尔自治区人民政府), not a bare tail (人民政府, 办公室)
# (the 兵团 is a province's peer: "中共新疆生产建设兵团委员会")
# (an autonomous region is often named short, without 自治区: "宁夏建筑业联合会" signing a federation's decision)
ORGAN_PLACE = re.compile(rf"^(?:[{_HAN}]{{1,}}?(?:省|市|区|县|旗|州|盟|兵团)|(?:宁夏|寧夏|新疆|广西|廣西|西藏|内蒙古|內蒙古)(?![省市区县]))")
# The organ a title opens with when the title names no 关于: "镇巴县人民政府工作规则", "某区人民政府落实《…》的工作方案"
# (a title opening with its own verb opens with no organ: "关于印发金华市人民政府办理…的通知" names none)
TITLE_ORGAN = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organ>{_PLACE}[{_HAN}]{{0,10}}?(?:人民政府办公室|人民政府办公厅|人民政府))(?=[{_HAN}《“])")
# The organ a reply opens with: "屏边县教育体育局对政协屏边县十届四次会议第56号提案的答复"
# (or its notice of a consultation on a draft: "廊坊市农业农村局对《…若干意见(送审稿)》公开征求意见的公告")
REPLY_ORGAN = re.compile(rf"^(?!转发|印发|关于|批转)(?P<organ>{_PLACE}[{_HAN}]{{0,10}}?{_ORGAN_TAIL})对(?=.{{4,}}(?:答复|复函)$"
                         rf"|《.{{4,}}》(?:公开)?征求(?:意见|建议)的(?:公告|通知|公示)$)")

# (the organ part may hold a bracketed office between the organ and its kind: "宁建联(市场)字﹝2018﹞18号", a federation's
# decision; the bracket is followed by the kind 字 / 发 / 函, so a title's "(试行)" before a year is not taken)
_NUM_BODY = r"[\u4e00-\u9fff]{1,10}(?:[(（][\u4e00-\u9fff]{1,6}[)）][\u4e00-\u9fff]{0,2}?(?:字|发|函))?\s*[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]\s*第?\s*\d{1,4}\s*号"
DOC_NUMBER = re.compile(_NUM_BODY)
# an old 文号 printing its two-digit year first, in brackets, alone on its line under the title ("((78)交公路字412号)",
# law site copy of a 1978 交通部 notice): a line of the header only, never a citation in running text
_NUM_YEAR_FIRST = r"[〔\[［【(（﹝]\s*[5-9]\d\s*[〕\]］】)）﹞]\s*[\u4e00-\u9fff]{1,8}字\s*第?\s*\d{1,4}\s*号"
# a 文号 whose page dropped its closing 号, alone on its line ("咸安政发〔2019〕1"): the organ part ends in its kind (发, 函,
# 字 …), so a bare bracketed year and count are not taken for one
_NUM_UNCLOSED = r"[\u4e00-\u9fff]{1,8}(?:发|函|字|文|办|规)\s*[〔\[［【﹝]\s*(?:19|20)\d{2}\s*[〕\]］】﹞]\s*\d{1,4}(?=\s*$)"
# a 文号 of the 1950s to 1980s, its two-digit year in brackets before the organ part ("(78)交公路字412号", "(82)财税字第
# 111号"): the organ part ends in its kind, so a list item "(23)某某…号" is not taken for one
_NUM_OLD = r"[(（]\s*[4-9]\d\s*[)）]\s*[\u4e00-\u9fff]{1,10}?(?:字|发|函)\s*第?\s*\d{1,4}\s*号"
# the 文号 alone on its line (after its label, "文号 某政办发〔2023〕12号", or in brackets, "（某政发〔2023〕5号）"), or
# with the 签发人 printed beside it ("长房议字〔2025〕11号 签发人:赵洪利"), or with the reply's disclosure mark after it, its
# grade first where it has one ("岳县民字〔2020〕5号 同意公开": a county bureau's reply to a deputy's suggestion,
# yyx.gov.cn/37586/38025/38495/content_1755013.html)
DOC_NUMBER_LINE = re.compile(rf"^\s*(?:(?:发文字号|文件编号|文件字号|发文号|发布文号|文号|字号|释出文号|档案编号|档案字号)[:：]?\s*|[（(](?=.*[)）]\s*$))?"
                             rf"(?P<num>{_NUM_BODY}|{_NUM_UNCLOSED}|{_NUM_OLD}|{_NUM_YEAR_FIRST})[)）]?"
                             rf"\s*(?:签发人[:：]\s*[{_HAN}]{{2,4}}(?:[\s、，,]+[{_HAN}]{{2,4}})*\s*"
                             rf"|(?:[A-DＡ-Ｄ]类\s*)?(?:同意公开|主动公开|依申请公开|不予公开|不公开)\s*)?$")
# (释出文号 / 档案编号 / 档案字号: those labels as OpenCC s2twp writes them, in a zh-TW copy)
# A number printed without its organ part, alone on a line (公告 numbering: "〔2019〕第4号", or with 年 and 第 and no
# bracket: "2020年第39号", a ministries' joint 公告 opening with its number)
BARE_NUMBER_LINE = re.compile(r"^\s*(?P<num>[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]\s*第?\s*\d{1,4}\s*号"
                              r"|(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号)\s*$")
REGISTRATION = re.compile(r"\b(?P<reg>[A-Z]{4}\s*[—–\-－_]{1,2}\s*\d{4}\s*[—–\-－_]{1,2}\s*\d{5,8})\b")

DOC_TYPE_END = re.compile(
    r"(?:通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|函|命令|通报|决议|要点|计划|纲要|预案|条例|规则|名单|"
    r"解读|指引|指南|清单|分解|分工|答复)"
    r"(?:[（(][^（）()]{1,8}[）)])?$"
)
# The title of a page that reads another document (政策解读, 答记者问, 图解): a 文号 printed near it is the read
# document's, not the page's own
READING_TITLE = re.compile(r"(?:解读|答记者问|图解)(?:[（(][^（）()]{1,8}[）)])?$|^(?:图解|解读|政策解读|一图读懂)[:：]")
# 主送: "各镇政府、街道办事处，区政府各部门，各有关单位：" — short, ends with a colon.
RECIPIENTS = re.compile(r"^(?=.*(?:各|部门|单位|管委会|局|政府|办事处|委员会|公司|企业))[^。；;]{2,120}[：:]$")

# (a converter that cannot write 〇 prints "?" for it: "二?一一年五月十三日", docmeta38 shanxi-2011-renmin-fayuan-gonggao-
# changyong-geshi-court-site; read as 〇 once in a year, never for a year that is all question marks). The look-ahead
# is bounded (a year is four characters before 年): unbounded, it scanned a long line without 年 quadratically.
# (the day may close with the spoken 号: "二零一二年五月八号" under 全国旅游星级饭店评定委员会's 公告, gov.cn, entrep92)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0, "o": 0, "?": 0, "？": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# (a converter that writes nothing for 〇 drops both of 二〇〇三's: "二三年十月十五日" under 潍坊市人民政府令 第77号, fresh3
# shandong_weifang-ling-date-zero-lost, lib.sdsqw.cn; only 二〇〇三 … 二〇〇九 read so: 二一 and 二二 could be 2001/2010 or
# 2002/2020, and 二三 … 二九 as 2030 … 2090 are years no gazette has printed yet)
# (and a page that drops the year's leading 二〇 both, "一二年四月十日" signing 闽政办〔2012〕61号, fresh51's 福建 gazette copy:
# 一〇 … 一九 read as 2010 … 2019, the only years of that decade's form)
_ZEROS_LOST_YEAR = r"二[三四五六七八九](?=年)|一[〇零○一二三四五六七八九](?=年)"
DATE_LINE = re.compile(r"^(?P<y>\d{4}|(?=[^?？]{0,4}[?？]?[^?？]{0,4}年)[〇零○一二三四五六七八九Oo0?？]{4}|" + _ZEROS_LOST_YEAR + r")年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月"
                       r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]$")
TOC_HEADING = re.compile(r"^(?:【[^】]{2,20}】|[\u4e00-\u9fff]{2,12}文件[：:]?)$")
TOC_PAGE_TAIL = re.compile(r"(?:[（(][^（）()]*〔\d{4}〕\s*\d+\s*号[)）])?\s*[.·…⋯]*\s*\d{1,3}$")


def _cn_number(s: str) -> int:
    """A date's part: a year written digit by digit (二〇二一, 二0一0, a lost 〇 printed ?), else cn_small_int; KeyError
    where it is neither (parse_date reads that as no date)."""
    if s.isdigit():
        return int(s)
    if len(s) == 4:  # a year written digit by digit: 二〇二一
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    n = cn_small_int(s)
    if n is None:
        raise KeyError(s)
    return n


def _stripped_date(s: str) -> str | None:
    """'2019305' (年月日 stripped) → '2019-03-05' when only one reading is a valid date."""
    if not re.fullmatch(r"(?:19|20)\d{5,6}", s):
        return None
    rest = s[4:]
    found = set()
    for k in (1, 2):
        mo, d = rest[:k], rest[k:]
        if 1 <= len(d) <= 2 and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            found.add((int(mo), int(d)))
    if len(found) != 1:
        return None
    mo, d = found.pop()
    return f"{s[:4]}-{mo:02d}-{d:02d}"


# a date in the years of the Republic (民国), as Taiwan's pages print it: "中华民国一百十二年十二月二十一日" (law.moj.gov.tw
# history lines), "中华民国80年5月15日", "中华民国一百零八年八月八日" (laws.taipei.gov.tw, law.nfa.gov.tw): year + 1911. The
# 中华民国 is required (a bare "112年" is no year of any calendar this reader knows)
_ROC_NUM = r"\d{1,3}|[一二三四五六七八九]?百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
ROC_DATE = re.compile(rf"中华民国(?P<y>{_ROC_NUM})年(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月"
                      rf"(?P<d>\d{{1,2}}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")


def _roc_number(s: str) -> int:
    """'一百十二' → 112, '一百零八' → 108, '九十一' → 91, '80' → 80."""
    if s.isdigit():
        return int(s)
    n = 0
    if "百" in s:
        h, _, s = s.partition("百")
        n += (_CN_DIGITS[h] if h else 1) * 100
        s = s.lstrip("零")
    return n + (_cn_number(s) if s else 0)


def roc_date(m: re.Match) -> str | None:
    """The 'YYYY-MM-DD' of a ROC_DATE match (None for a day no calendar has)."""
    y, mo, d = _roc_number(m["y"]) + 1911, _cn_number(m["m"]), _cn_number(m["d"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def parse_date(compact_line: str) -> str | None:
    """'2023年9月3日', '二〇二一年十二月三十一日', '中华民国112年12月21日' or '2019305' (a whole line, no spaces) → 'YYYY-MM-DD'.

    >>> parse_date("2019305"), parse_date("2019111"), parse_date("中华民国一百十二年十二月二十一日")
    ('2019-03-05', None, '2023-12-21')
    """
    m = DATE_LINE.match(compact_line)
    if not m and compact_line.startswith("中华民国"):
        roc = ROC_DATE.fullmatch(compact_line)
        return roc_date(roc) if roc else None
    if not m:
        return _stripped_date(compact_line)
    try:
        y, mo, d = (_cn_number(m[k]) for k in ("y", "m", "d")) if len(m["y"]) == 4 else \
            (2000 + (10 if m["y"][0] == "一" else 0) + _CN_DIGITS[m["y"][1]], _cn_number(m["m"]), _cn_number(m["d"]))
    except KeyError:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_organ(compact_line: str) -> bool:
    return len(compact_line) <= 24 and bool(ORGAN.match(compact_line))


_DISTRICT = re.compile(rf"^(?:[{_HAN}]{{2,4}}省)?(?:[{_HAN}]{{2,4}}市)?(?P<d>[{_HAN}]{{1,4}}?(?:区|县|旗))(?=人民政府|政府|[{_HAN}]{{1,10}}(?:局|委员会|办公室))")


# A verb or preposition that runs before a bare level's 人民政府/政府 in a page's body (经区政府研究, 经旗人民政府同意,
# 报县政府审定, 由区政府负责): read as an organ it would give the district 经区; no county is named by one of these.
_VERB_BEFORE_LEVEL = frozenset("经由报请向按据对")


def district_of(organ: str | None) -> str | None:
    """The district named by an organ: 淄博市张店区人民政府 → 张店区 (None when it names none).

    >>> district_of("淄博市张店区人民政府"), district_of("经区人民政府"), district_of("各县市区人民政府")
    ('张店区', None, None)
    """
    if not organ:
        return None
    m = _DISTRICT.match(organ)
    if not m or m["d"] in {"区", "县"} or m["d"].startswith(("各", "全")) or "县市" in m["d"]:
        return None  # 各县市区人民政府: recipients, not a district
    if len(m["d"]) == 2 and m["d"][0] in _VERB_BEFORE_LEVEL:
        return None  # 经区人民政府研究同意: a body formula's verb before a bare level names no place
    return m["d"]


# a page's timestamp: a numeric date with its clock time ("2024-05-20 10:25", "2016-11-29 11:54", day first
# "30.11.2017  22:01", "2020年07月23日06:05:59"): printed by a byline ("鲤城微事 2024-05-20 10:25"), never by a title
STAMP = re.compile(r"(?:(?P<y>(?:19|20)\d{2})(?:[-./]|年)(?P<m>\d{1,2})(?:[-./]|月)(?P<d>\d{1,2})日?"
                   r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2}))\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")


# a page's column (or site) and its posting date, set off by a bar, compact: "行業(yè)新聞|2023-09-11" between a company
# site's two copies of a notice's title, "吉林市人民政府规章和行政规范性文件管理网|2013-05-1016:11" over an order's: the page's
# info line, never a title; its date is the page's (a date field's label before the bar is the metadata reader's:
# "成文日期 | 2024-08-13 |", "废止日期 | …")
FILED_DATE = re.compile(r"[^|｜:：。，,]{2,30}(?<![期间至])[|｜](?P<d>(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})(?:\d{1,2}:\d{2}(?::\d{2})?)?[|｜]?")

# A year and month alone on a line (fullmatch a compacted line), in digits or Chinese numerals: a cover's date under
# its organ ("2021年9月", "二〇一六年一月", issuers.cover_organ) or a chronicle's (大事记) month over its events
# ("2020年11月" ⏎ "德龍鋼鐵成為…A級企業", fresh54's 唐山 创A 大事记; "…月份", page_titles): a date, never a title.
YEAR_MONTH_LINE = re.compile(r"(?:(?:19|20)\d{2}|[〇零○Ｏ一二三四五六七八九]{4})年(?:0?[1-9]|1[0-2]|[一二三四五六七八九]|十[一二]?)月份?")


def stamp_date(text: str) -> str | None:
    """The date of the first timestamp in `text` (as printed, spaces kept) → 'YYYY-MM-DD'.

    >>> stamp_date("鲤城微事   2024-05-20 10:25"), stamp_date("30.11.2017  22:01"), stamp_date("2024年5月20日")
    ('2024-05-20', '2017-11-30', None)
    """
    m = STAMP.search(text)
    if not m:
        return None
    y, mo, d = (int(m[k]) for k in (("y", "m", "d") if m["y"] else ("y2", "m2", "d2")))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


# A national organ, which names no place: a ministry of the State Council by its own name, a 国家…局/委员会 or a 总署 /
# 总局, and a department (司, 局, 办公厅) inside one ("公安部", "国家旅游局", "农业农村部农业机械化管理司", "交通运输部"). The
# ministries are a closed list, so that a party committee's department printed without its place (组织部, 宣传部) is not one.
_MINISTRY = (r"(?:(?:外交|国防|教育|科学技术|工业和信息化|公安|国家安全|民政|司法|财政|人力资源和社会保障|自然资源|国土资源|生态环境|"
             r"环境保护|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|农业|商务|文化和旅游|文化|卫生|退役军人事务|应急管理|铁道|监察"
             r"|人力资源社会保障"
             # (and the ministries of earlier State Councils, whose documents law sites still print: "交通部" over
             # "关于颁发《公路工程标准设计管理办法》(试行)的通知 ((78)交公路字412号)")
             r"|交通|建设|劳动|人事|劳动人事|劳动和社会保障|邮电|林业|地质矿产|国土资源|水利电力|城乡建设环境保护|轻工业|纺织工业"
             r"|冶金工业|化学工业|机械工业|煤炭工业|石油工业|电力工业|信息产业|对外贸易|对外经济贸易|对外贸易经济合作|商业|粮食"
             r"|物资|国内贸易|广播电影电视|广播电视|卫生和计划生育)部"
             # (and the short names a joint notice of many ministries signs with, 国家 left off: "发展改革委", "能源局", signed
             # "生态环境部 发展改革委" ⏎ … ⏎ "市场监管总局 能源局" under the 长三角 攻坚行动方案, tastyfever.com/huanbao/article-38484)
             # (and "科技部", "统计局", the banking, securities and insurance commissions, as twelve offices sign a joint
             # notice: "科技部办公厅" … "统计局办公室、银监会办公厅", wisor.cc/policy/show.php?itemid=45684)
             r"|发展改革委|能源局|科技部|统计局|银监会|证监会|保监会|银保监会)")
# (the State Council's own offices too: "国务院新闻办公室", "国务院扶贫开发领导小组办公室")
# (and by the short names their joint notices sign with: "国家卫生健康委办公厅", "中央网信办秘书局", "市场监管总局办公厅",
# "国家中医药管理局办公室")
# (and the national people's organisations that issue notices of their own, all named 中华全国…: "中华全国供销合作总社关于
# 公布2011年“农民专业合作社示范社”名单的通知" (rcre.agri.cn), "中华全国总工会", "中华全国妇女联合会", "中华全国工商业联合会")
# (and the people's organisations named 中国… that issue them too, through their offices: "中国残疾人联合会" over its 康复工作
# 办公室's "关于印发《…》的通知" on a law site, docmeta144; "中国科学技术协会", "中国文学艺术界联合会")
_NATIONAL_ORGANISATION = rf"(?:中华全国(?:总工会|[{_HAN}]{{2,8}}?(?:总社|联合会))|中国(?:残疾人联合会|科学技术协会|文学艺术界联合会))"
NATIONAL_ORGANISATION = re.compile(rf"^{_NATIONAL_ORGANISATION}(?:办公厅|办公室)?$")
# (and the central commissions the Party's centre and the State Council's asset commission seat, which issue
# decisions and notices of their own: "中央精神文明建設(shè)指導(dǎo)委員會(huì)" over its 决定 on a converter mirror, "國資委精神文明建設(shè)指導(dǎo)
# 委員會文件" heading its notice, fresh53's national pages)
_CENTRAL_COMMISSION = rf"(?:中央|国资委)[{_HAN}]{{2,12}}?委员会"
NATIONAL_ORGAN = re.compile(rf"^(?:国务院(?:[{_HAN}]{{2,12}}?办公室)?|{_MINISTRY}|{_CENTRAL_COMMISSION}|国家[{_HAN}]{{2,12}}?(?:总局|局|委员会|委|署)|[{_HAN}]{{2,4}}总署|审计署|"
                            rf"中国人民银行|中央[{_HAN}]{{2,6}}?办|[{_HAN}]{{2,6}}总局|{_NATIONAL_ORGANISATION})(?:[{_HAN}]{{2,16}}?(?:司|局)|办公厅|办公室)?$")


def is_national_organ(compact_name: str) -> bool:
    """A national organ's name (see NATIONAL_ORGAN).

    >>> is_national_organ("农业农村部农业机械化管理司"), is_national_organ("国家旅游局"), is_national_organ("组织部")
    (True, True, False)
    """
    return len(compact_name) <= 30 and bool(NATIONAL_ORGAN.match(compact_name))


# a page heading's year tag after a whole title ("國務院關於同意四川省調整成都市部分行政區劃的批覆 (2015年)", "厦门市新型墙体材料
# 管理规定(2002年)"): a library or law site telling apart its pages of one name, not the document's title
YEAR_TAG = re.compile(r"\s*[（(]\s*(?:19|20)\d{2}年\s*[)）]$")
# a periodic document's kind: its year names the period it covers ("重庆市渝中区人民政府工作报告(2023年)" over the report's own
# "重庆市渝中区人民政府工作报告"), part of its name, not a site's tag
PERIODIC_KIND = re.compile(r"(?:报告|计划|要点|分解|总结|预算|决算|规划)$")


def without_year_tag(title: str) -> str:
    """The title less a site's year tag, a periodic document's year kept.

    >>> without_year_tag("厦门市新型墙体材料管理规定(2002年)"), without_year_tag("重庆市渝中区人民政府工作报告(2023年)")
    ('厦门市新型墙体材料管理规定', '重庆市渝中区人民政府工作报告(2023年)')
    """
    bare = YEAR_TAG.sub("", title)
    return title if PERIODIC_KIND.search(bare) else bare
