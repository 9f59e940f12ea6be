"""A document's issuer, chosen among the places that name one: the organ(s) the title opens with (short and joint forms
too, or printed on the line over its 关于 line), the header's organ, the signature, the page's metadata (a town
portal's 发布机构 giving way to the byline's 来源; a 发布机构 naming only a place giving way to that place's organ as signed),
the title (an organ's own disclosure catalogue, a 解读 headed by an organ's official, a work report's government), a
解读单位 line or heading, a document's title line reprinted under a news headline, a byline's 来源 (in any field order, or
under a one-paragraph body), a plan's cover, a law site's imprint under a regulation's title (a government, or a
legislature of the regulation's own place), a signer the body names as 我局, a headerless body's own government, and
last the organ a 文号 prefix stands for (华政发 → 华容县人民政府). What a title, report or speech names is read by
`kg.parse.title_organs`; this module reads the page around the document and chooses
(its source fields — 来源 / 发布机构 / 供稿 / 作者 / a closing credit — by `kg.parse.source_fields`)."""

from __future__ import annotations

import re
from collections import Counter

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.headers import Header, _c
from kg.parse.normalize import compact
from kg.parse.page_titles import organ_level_field
from kg.resolve import full_name
from kg.parse.signature import (glued_signing_date, is_signer, month_dated_signer, self_named_signer,
                                signer_over_cut_date, signer_under_date, undated_closing_signer)
from kg.parse.title_organs import (opening_organs, organs_over_title, organs_set_apart, reading_organ, report_organ,
                                   speaker_organ, split_organs, title_organ, town_title_organ)
from kg.parse.source_fields import _UNIT_OF_LEVEL, byline_source, closing_source, news_source
from kg.parse.unsigned_issuers import (adopted_by_meeting, committee_title_organ, department_field, issuing_notice_organ,
                                      organ_line_heading, organ_over_recipients, organ_under_title, place_title_decider,
                                      signed_in_full, town_plan_notice)
from kg.parse.number_issuers import _NUMBER_ORGAN, _PROVINCE_ABBR, issuer_from_number

__all__ = ["choose_issuer", "issued_in_full", "page_issuer", "title_organ"]

_READING_UNIT = re.compile(r"^(?:政策)?解读(?:单位|机关|部门|机构)[:：](?P<organ>[\u4e00-\u9fff]{4,30})$")
# the same label as a section heading, its organ on the next line ("五、解读机关" ⏎ "静宁县司法局")
_READING_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])?"
                              r"(?:政策)?解读(?:单位|机关|部门|机构)[:：]?$")


# A page that is no issued document though its title ends on a document's kind: a news headline telling that a body issued
# one ("东城区正式出台落实与怀柔区结对协作框架协议的工作方案", 北京政法网, fresh40 — the verb before the kind, no 关于 and no
# 《》 before it), or a government's work report delivered to its congress ("天津市和平区2018年政府工作报告", fresh40)
_ISSUED_NEWS = re.compile(r"^[^关《》“”]{2,30}?(?:正式|近日|日前)?(?:出台|印发|发布|出炉)(?!的)[^《》]{4,60}$")
_WORK_REPORT = re.compile(r"政府工作报告$")


def _no_issued_document(title: str | None, numbered: bool) -> bool:
    """Whether a page is no issued document (a news item, a report): it prints no 文号 and its title names no document's
    kind, or names one only as news (_ISSUED_NEWS) or a work report (_WORK_REPORT)."""
    t = compact(title or "")
    return not numbered and (not P.DOC_TYPE_END.search(t) or bool(_ISSUED_NEWS.match(t) or _WORK_REPORT.search(t)))


def _unsigned_plan(title: str | None, numbered: bool) -> bool:
    """Whether a page prints a plan under its own name, no organ and no 关于 in it and no 文号 (its header and signature
    naming no issuer): its page's dated source field names who published it ("日喀则市国民经济和社会发展第十四个五年规划和
    二〇三五年远景目标纲要" under "来源:市发改委" ⏎ "日期:2021-12-30 16:26", fresh40; fresh16's 南江 预案 under "时间:… 来源:应急办";
    fresh37's rule for a rules page whose title names no organ)."""
    t = compact(title or "")
    return not numbered and bool(t) and "关于" not in t and not opening_organs(t)


# the closing words of a notice ("特此通告。"), the organs signing under them on lines of their own
_CLOSING_FORMULA = re.compile(r"^特此(?:通告|公告|通知|公示|函告)[。！!]?$")


def signed_after_closing(lines: list[Line], start: int, end: int) -> list[str]:
    """The placed organs signed on their own lines right under a notice's last "特此通告。" where no date follows them
    (a news copy that dropped the date: "特此通告。" ⏎ "廣饒縣公安局交通管理大隊" ⏎ "廣饒縣住房和城鄉建設局" ⏎ "封路通告", the
    caption repeated)."""
    rows = [j for j in range(start, end + 1) if not lines[j].blank]
    k = next((k for k in range(len(rows) - 1, -1, -1) if _CLOSING_FORMULA.match(_c(lines[rows[k]]))), None)
    organs: list[str] = []
    for j in rows[k + 1:] if k is not None else []:
        c = _c(lines[j])
        if not (is_signer(c) and P.ORGAN_PLACE.match(c)) or len(organs) >= 6:
            break
        organs.append(c)
    return organs


# a street's or town's office as the acting subject of the body's sentence, where nothing else names the issuer: "…,西城街道
# 辦事處將于2023年12月26日開展“政務開放日”活動" (docmeta38 sichuan_dazhou-2023-xicheng-jiedao-zhengwu-kaifangri-converter, a
# notice to residents with no signature), "南市街道办事处和执法大队将持续高度重视…" (fresh28 tianjin_heping-nanshi-jiedao-
# 2025-zhengxie-tian-dafu, a reply with no signature)
_ACTING_OFFICE = re.compile(r"(?:^|[，,。；;:：])(?P<o>[\u4e00-\u9fff]{2,8}(?:街道办事处|镇人民政府|乡人民政府))"
                            r"(?:和[\u4e00-\u9fff]{2,10})?将")


def acting_office(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The street or town office the body says will act (see _ACTING_OFFICE), in a document with no title or one
    titled by a document's kind (a news headline reports, never issues), the same office every time it is so named."""
    t = compact(title or "")
    if t and not (P.DOC_TYPE_END.search(t) or t.endswith("答复")):
        return None
    named = {m["o"] for j in range(start, end + 1) for m in _ACTING_OFFICE.finditer(_c(lines[j]))
             if _TOWN_OFFICE.match(m["o"])}
    return named.pop() if len(named) == 1 else None


# a legislature alone on its line: "上海市人大常委会", "甘肃省人民代表大会常务委员会"
_LEGISLATURE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|盟|县|区|旗))(?:人大常委会|人民代表大会常务委员会|人民代表大会)$")


# a cover's year-month whose 月 the page lost, its month digits closing the line: "万宁市生态环境局" ⏎ "2021年9" (fresh64 hainan_wanning-
# shi-shengtai-huanjingju-2021-shisiwu-shengtai-huanjing-baohu-guihua.txt:17-19; its gold: the bureau on the cover is the issuer)
_CUT_YEAR_MONTH = re.compile(r"(?:19|20)\d{2}年(?:0?[1-9]|1[0-2])")


def cover_organ(lines: list[Line], start: int, end: int) -> str | None:
    """The organ printed on a plan's cover, under its title and over a year-month ("苏尼特右旗人民政府" ⏎ "2021 年 9 月";
    a mirror's page puts its fields and buttons over the cover: "[发布日期]…" ⏎ title ⏎ "打印本页" ⏎ organ ⏎ "二〇一六年一月")."""
    rows = [j for j in range(start, end + 1) if not lines[j].blank][:14]
    for a, b in zip(rows, rows[1:]):
        # (the year-month may be bracketed under the organ: a white paper's repost, "中華人民共和國國務院新聞辦公室" ⏎
        # "(2015年9月)", docmeta38 xinjiang-2015-gexinzu-pingdeng-tuanjie-fazhan-baipishu-traditional)
        ym = re.sub(r"^[（(](.+)[)）]$", r"\1", _c(lines[b]))
        if (P.YEAR_MONTH_LINE.fullmatch(ym) or _CUT_YEAR_MONTH.fullmatch(ym)) and _cover_organ_name(_c(lines[a])):
            return _c(lines[a])
    for a, b in zip(rows, rows[1:]):
        # a white paper's cover: the year-month in brackets under the title, the organ under it ("西藏的发展与进步" ⏎
        # "(2013年10月)" ⏎ "中华人民共和国国务院新闻办公室")
        if P.YEAR_MONTH_LINE.fullmatch(_c(lines[a]).strip("()（）")) and re.match(r"^[（(].+[)）]$", _c(lines[a])) \
                and _cover_organ_name(_c(lines[b])):
            return _c(lines[b])
    # a gazette issue's cover: the office that runs it under the masthead ("上海市长宁区人民政府公报" ⏎ "二○二一年第二期" ⏎
    # "上海市长宁区人民政府办公室主办" ⏎ "二○二一年七月二日出版")
    if any(_c(lines[j]).endswith("公报") for j in rows):
        return next((m["o"] for m in (_GAZETTE_RUN_BY.match(_c(lines[j])) for j in rows)
                     if m and _cover_organ_name(m["o"])), None)
    return None


_GAZETTE_RUN_BY = re.compile(r"^(?P<o>[\u4e00-\u9fff]{4,30}?)主办$")


def _cover_organ_name(c: str) -> bool:
    """An organ named in full with its place, or a national organ (the state's name before it or not)."""
    return P.is_organ(c) and bool(P.ORGAN_PLACE.match(c)) or bool(_PREFECTURE_GOVERNMENT.match(c)) \
        or P.is_national_organ(re.sub(r"^中华人民共和国", "", c))


# a prefecture's government under its long name, which the organ pattern's short places do not cover
# ("克孜勒苏柯尔克孜自治州人民政府", "某地区行政公署")
_PREFECTURE_GOVERNMENT = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:自治州|州|盟|地区)(?:人民政府|行政公署)$")


# the congress that adopted a regulation, in the dateline under its title: "(2003年7月18日河北省第十届人民代表大会常务委员会
# 第四次会议通过)"; a city's regulation names its own congress first ("无锡市第十届…制定 … 江苏省第七届…批准")
_ADOPTED_BY = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=日))(?!日)"
                         r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|盟|县|区|旗))第[一二三四五六七八九十]{1,4}届"
                         r"人民代表大会(?:常务委员会)?第[一二三四五六七八九十]{1,4}次(?:全体)?会议")


# a government by its place and 政府, 人民 left out, printed alone under the title as the law site prints it ("宁夏回族自治区社会办医
# 和个体行医管理办法" ⏎ "宁夏回族自治区政府", fresh55 ningxia_zizhiqu-zhengfu-shehui-banyi-geti-xingyi-guanli-banfa.txt:9-11): the
# organ as printed
_SHORT_GOVERNMENT = re.compile(r"^(?!各|全|本)[\u4e00-\u9fff]{2,10}?(?:省|自治区|市|州|盟|县|区|旗)政府$")


def imprint_organ(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The organ a law site prints alone under a regulation's title ("沈阳市鼓励…的规定" ⏎ "辽宁省沈阳市人民政府",
    "承德避暑山庄…条例" ⏎ "河北省人大常委会"); a legislature only where it is the regulation's own place's: the title
    opens with its place, or the dateline's first congress is its place's (not "江苏省人大常委会" over "无锡市…条例",
    which 无锡市's congress made and the province approved)."""
    t = compact(title or "")
    rows = [j for j in range(start, min(end + 1, start + 16)) if not lines[j].blank]
    for a, b in zip(rows, rows[1:]):
        o = _c(lines[b])
        if not t or P.without_year_tag(_c(lines[a])) != t:  # (the site's headline may carry its year tag)
            continue
        enacted = _LEGISLATURE.match(o)
        if enacted:
            head = "".join(_c(lines[j]) for j in rows)
            first = _ADOPTED_BY.search(head)
            if t.startswith(enacted["place"]) or first and first["place"] == enacted["place"]:
                return o
        elif ((P.is_organ(o) or _SHORT_GOVERNMENT.match(o)) and P.ORGAN_PLACE.match(o) or P.is_national_organ(o)) \
                and not t.startswith(("关于", "印发", "转发")):
            # (a national organ too: "海洋预报业务管理暂行规定" ⏎ "国家海洋局"; a ministry by its name alone, which reads
            # as no organ by its form: "铁路货物集装化用具准运证管理办法" ⏎ "铁道部", law732-style law-site pages)
            return o
    return None


# a regulation's adoption line among its first lines, the congress named with its 届 as printed ("1997年10月16日 北京市第十届
# 人民代表大会常务委员会第四十次会议通过", "(2003年7月18日河北省第十届人民代表大会常务委员会第四次会议通过)"): the first congress
# named adopted it (a city's regulation names its own congress first, the province's approving one after)
# (or its revision by the 常委会's 主任会议, the date's 月 lost and the line broken after 大会: "2017822日阿坝藏族羌族自治州
# 第十二届人民代表大会" ⏎ "常务委员会第六次主任会议修订", a 人大常委会's own rules)
_ADOPTING = re.compile(r"^(?:【题注】)?[（(]?(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}|\d{3,4})日(?P<organ>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|盟|县|区|旗)"
                       r"第[一二三四五六七八九十]{1,4}届人民代表大会(?:常务委员会)?)第[一二三四五六七八九十]{1,4}次(?:全体|主任)?会议"
                       r"(?:通过|制定|修订)")


# an attachment's label, what follows it the attachment's ("附件:1", "附件1", "附件:1、…的决定;")
_ATTACHMENT_LABEL = re.compile(r"^附件\s*(?:[：:]|[0-9一二三四五六七八九十]+$)")


def adopting_congress(lines: list[Line], start: int, end: int) -> str | None:
    """The congress a regulation's adoption line names (see _ADOPTING), among the document's first 16 lines (a line
    broken in the congress's name read with the next)."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:16]
    for k, j in enumerate(rows):
        c = _c(lines[j])
        if _ATTACHMENT_LABEL.match(c):
            return None  # (an attachment's adoption line is the attachment's: a 公告's 附件 "…的决定" ⏎ "(…会议通过)")
        m = _ADOPTING.match(c) or (_ADOPTING.match(c + _c(lines[rows[k + 1]])) if k + 1 < len(rows) and len(c) <= 40
                                   else None)
        if m:
            return m["organ"]
    return None


# a title run on into its bracketed 文号 and the body on one line: "某市人民政府办公室关于印发《…》的通知(鄂州政办发〔2010〕10号)各区…"
_RUN_ON_TITLE = re.compile(r"^(?P<title>.{6,150}?(?:通知|意见|决定|方案|办法|规定|批复|通报|公告|通告|函))"
                           r"(?=[（(][\u4e00-\u9fff]{1,10}[〔\[［][12]\d{3}[〕\]］])")


def reprinted_title(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The organ(s) of a document's own title line printed under a news page's headline ("做好九个方面!…这样干" ⏎
    "来源:龙头新闻 | 2022-03-08" ⏎ "中共黑龙江省委黑龙江省人民政府关于…的实施意见"): the page reprints the document, whose
    title names its issuer; not on a page that reads another document (解读, 答记者问), whose quoted title is that
    document's."""
    if P.READING_TITLE.search(compact(title or "")):
        return None
    rows = [j for j in range(start, end + 1) if not lines[j].blank][:8]
    for j in rows:
        # the whole line, or its first piece where the title runs on into its 文号 and body on one line
        # ("鄂州市人民政府办公室关于印发《…》的通知 (鄂州政办发〔2010〕10号) 各区人民政府…")
        run_on = _RUN_ON_TITLE.match(_c(lines[j]))
        # a breadcrumb's last step is the page's own title: "乡村研究数据库 > 地方政策 > 西藏自治区人民政府关于…的实施意见"
        steps = re.split(r"\s*[>›»]+\s*", lines[j].text)
        crumb = compact(steps[-1]) if len(steps) >= 3 else ""
        for c in dict.fromkeys((_c(lines[j]), run_on["title"] if run_on else "", crumb)):
            if c and c != compact(title or "") and len(c) <= 150 and P.DOC_TYPE_END.search(c):
                organs = opening_organs(c)
                if organs:
                    return "、".join(organs)
    return None


# a news item's lead naming the organ(s) that issued the document it reports (and often reprints in full): "近日,中共重庆市委
# 办公厅、重庆市人民政府办公厅印发了《重庆市推进…实施方案》,并发出通知,…"
_LEAD_ISSUED = re.compile(r"^(?:(?:近日|日前|近期|(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?[,，])?"
                          r"(?P<organs>[\u4e00-\u9fff、]{4,60}?)(?:联合)?(?:印发|发布|出台|公布)了?《")


# or the organ, the day, the verb and the document's subject as its title words it, with no 《》 ("山东省生态环境厅9月30日发布
# 2023年度重污染天气重点行业绩效评级及抽查复核结果," over "关于发布2023年度…抽查复核结果的公告")
_LEAD_DATED = re.compile(r"^(?P<organs>[\u4e00-\u9fff、]{4,60}?)(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:联合)?"
                         r"(?P<verb>印发|发布|出台|公布)了?(?P<what>[^,，。；;]{6,80})")


def lead_organs(lines: list[Line], start: int, end: int, title: str | None = None) -> list[str]:
    """The organs the first sentence of a news item names as issuing a document (each named from its place); []
    when the item opens otherwise."""
    first = next((j for j in range(start, end + 1) if not lines[j].blank), None)
    m = _LEAD_ISSUED.match(_c(lines[first])) if first is not None else None
    dated = _LEAD_DATED.match(_c(lines[first])) if first is not None and m is None and title else None
    if dated and dated["verb"] + dated["what"] in compact(title or ""):
        m = dated  # the lead reports the very document the title names
    pieces = [split_organs(p) for p in m["organs"].split("、")] if m else []
    return [o for p in pieces for o in p] if pieces and all(pieces) else []


# the document's issuing-organ field printed as an item of a list or in brackets ("  3. [发文单位] 北京市西城区人民政府",
# "∙【制定机关】武汉市人民政府办公厅"): the organ that issued it (a 发布机构 is the site's, and is not read here)
# (or a law site's 发布部门 with the empty 发布文号 field after it on its line: "发布部门: 湖北省人民代表大会常务委员会 发布文号:",
# fresh50, under a 发文单位 line whose name is garbled: the first field that names a placed organ)
_ISSUING_FIELD = re.compile(r"^(?:\d{1,2}[.、．])?[∙·•]?[【\[]?(?:制定机关|发文机关|发文单位|制发机关|成文机关|发布部门)[】\]]?[:：]?"
                            r"(?P<organ>[\u4e00-\u9fff]{4,30}?)(?:(?:发布文号|发文字号|文号)[:：]?)?$")


# a form page's filling unit, on its line under the form's title ("行政规范性文件清理情况(清理建议)表" ⏎ "填表单位: 宣城市林业局
# 联系人: 孙小园 电话: …"): the organ that made and posted the form. Only where the document is the form itself (its
# title ends in 表) and only among its first lines: a notice's attached blank form names no issuer of the notice
_FILLING_UNIT = re.compile(r"^(?:填表|填报|报送)单位[:：](?P<organ>[\u4e00-\u9fff]{4,30}?)(?=联系人|填表人|填报人|电话|日期|时间|$)")


def filling_unit(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The placed organ a form page's 填表单位 line names under the form's title; None if none."""
    if not title or not compact(title).endswith("表"):
        return None
    rows = [j for j in range(start, end + 1) if not lines[j].blank][:4]
    m = next((m for m in (_FILLING_UNIT.match(_c(lines[j])) for j in rows) if m), None)
    return m["organ"] if m and P.is_organ(m["organ"]) and P.ORGAN_PLACE.match(m["organ"]) else None


# the Party group (党组 / 党委) of a placed organ, issuing under the Party's name ("发文机关中共安徽省交通运输厅党组", repeal62's
# law-database copy, signed by the same name over its date)
_PARTY_GROUP = re.compile(r"^中共(?P<organ>[\u4e00-\u9fff]{4,24})(?:党组|党委)$")


def issuing_field(lines: list[Line], start: int, end: int) -> str | None:
    """The placed organ (or a placed organ's Party group) an issuing-organ field near the page's top names; None if
    none."""
    rows = [j for j in range(start, end + 1) if not lines[j].blank][:16]
    for m in (m for m in (_ISSUING_FIELD.match(_c(lines[j])) for j in rows) if m):
        party = _PARTY_GROUP.match(m["organ"])
        placed = party["organ"] if party else m["organ"]
        if P.is_organ(placed) and P.ORGAN_PLACE.match(placed):
            return m["organ"]
    return None


# the body's words for the day the document was issued, its full title quoted ("1月10日,县政府发布《饶平县人民政府关于春节
# 元宵期间禁止在县城部分区域销售燃放烟花爆竹和孔明灯的通告》"): day, the issuing words (no sentence break), the title
_ISSUED_QUOTED = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[,，]?[^。；;《》]{0,20}?"
                            r"(?:印发|发布|出台|公布|下发|发出)了?《(?P<title>[^《》]{8,120})》")


def _subsequence(short: str, full: str) -> bool:
    """Every character of `short` in `full`, in order (a page's short title that leaves words of the full one out)."""
    it = iter(full)
    return all(ch in it for ch in short)


def issued_in_full(lines: list[Line], start: int, end: int, title: str | None) -> tuple[list[str], tuple, int] | None:
    """(organs, (year or None, month, day), line) of the document a page heads with a short title naming no organ
    ("关于春节元宵期间禁止销售燃放烟花爆竹和孔明灯的通告") where its body says the day it was issued under its full title,
    the organ first ("1月10日,县政府发布《饶平县人民政府关于春节元宵期间禁止在县城部分区域销售…孔明灯的通告》"): the full
    title has the same kind and holds the short one's words in order. None otherwise (a title naming its organ, a 解读)."""
    head = compact(title or "")
    if not head.startswith("关于") or P.READING_TITLE.search(head) or not P.DOC_TYPE_END.search(head):
        return None
    kind = P.DOC_TYPE_END.search(head)[0]
    subject = head[2: len(head) - len(kind)]
    for j in range(max(start, 0), min(end + 1, len(lines))):
        for m in _ISSUED_QUOTED.finditer(_c(lines[j])):
            full = m["title"]
            organs = opening_organs(full)
            at = full.find("关于")
            if not organs or at < 0 or not full.endswith(kind) or len(subject) < 8:
                continue
            if _subsequence(subject, full[at + 2: len(full) - len(kind)]):
                return organs, (int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"])), j
    return None


# the organ a 公示 or 公告 names, with its place, as the one that takes the public's objections and looks into them ("如发现
# 企业评定等级有不符合实际情况的,可通过来电、来信、来访等方式反映,郑州市生态环境局将对所反映的问题进行调查、核实和处理"; "如有
# 异议,请以书面形式向某市工业和信息化局反映"): the notice's own organ, where nothing else names one (a discipline
# commission that takes complaints on a cadre's 任前公示 is not the notice's organ)
_OBJECTIONS_TO = re.compile(r"(?:^|[，,。；;：:])(?P<organ>[\u4e00-\u9fff]{4,24}?)将对(?:所)?(?:反映|反馈)的(?:问题|情况|意见)"
                            r"|向(?P<to>[\u4e00-\u9fff]{4,24}?)(?:反映|提出|反馈)")
_SELF_PUBLISHED = re.compile(r"现(?:将[^。]{0,60}?)?予以(?:公示|公告)")
_NOT_OBJECTIONS_ORGAN = re.compile(r"纪委|纪律检查|监察委|监委|信访")


# the place a title opens with, after its 关于 and year ("关于2019年度洛阳市“隐形冠军”(培育)企业拟认定名单的公示")
_TITLE_PLACE = re.compile(r"^(?:关于)?(?:(?:19|20)\d{2}年度?)?(?P<place>[\u4e00-\u9fff]{2,4}?[市县区])")
# a bureau named by its level only ("向市工信局反映"): the level, the department (short or full)
_LEVEL_ONLY = re.compile(r"^(?P<level>[市县区])(?P<dept>[\u4e00-\u9fff]{2,12}(?:局|委))$")


# a province's department named by its level only ("向省商务厅反映")
_PROVINCE_LEVEL_ONLY = re.compile(r"^省(?P<dept>[\u4e00-\u9fff]{2,12}厅)$")


def _province_department(organ: str, text: str) -> str | None:
    """A province's department named by its level only ("省商务厅") in full, with its province: the one province the
    text names (its name printed twice at least, no other province's), the department's full name from the alias table
    (its 局 form: 商务厅 as 商务局 is full; 工信厅 → 工业和信息化厅) (青海 公示, 省商务厅 → 青海省商务厅)."""
    m = _PROVINCE_LEVEL_ONLY.match(compact(organ))
    if not m:
        return None
    full = department_in_full(m["dept"])
    named = {p for p in set(_PROVINCE_ABBR.values()) if p.endswith("省") and text.count(p[:-1]) >= 2}
    return named.pop() + full if full and len(named) == 1 else None


# a regional or provincial government, or its office, a title names by its level only ("自治区人民政府办公厅关于印发…",
# "省人民政府关于…"); and a government of that level the page names with its place ("寧夏回族自治區人民政府網站發布了《…》")
_REGION_LEVEL_ONLY = re.compile(r"^(?P<level>自治区|省)(?P<organ>(?:人民)?政府(?:办公厅|办公室)?)$")
_REGION_GOVERNMENT = re.compile(r"(?<![\u4e00-\u9fff])(?P<place>[\u4e00-\u9fff]{2,6}?)(?:自治区|自治區|省)(?:人民)?政府")


def region_in_full(organ: str, lines: list[Line], start: int, end: int) -> str | None:
    """A region's or province's government (or its office) a title names by its level only, with the place of the one
    government of that level the page names in full (tasks50's 銀川 page: "…寧夏回族自治區人民政府網站發布了《自治區人民政府
    辦公廳關于…》" → 宁夏回族自治区人民政府办公厅); None where the page names none, or more than one."""
    m = _REGION_LEVEL_ONLY.match(compact(organ))
    if not m:
        return None
    text = "".join(_c(lines[j]) for j in range(max(start, 0), min(end + 1, len(lines))))
    places = {g["place"] for g in _REGION_GOVERNMENT.finditer(text)
              if text[g.start("place"): g.end()].replace("區", "区").find(m["level"]) >= 0}
    places = {p for p in places if not p.startswith(("各", "全", "本", "我", "该"))}
    return places.pop() + m["level"] + m["organ"] if len(places) == 1 else None


def department_in_full(dept: str) -> str | None:
    """The full name of a department named short, from the alias table (工信局 → 工业和信息化局); a province's 厅 read
    in its 局 form and given back as a 厅 (工信厅 → 工业和信息化厅). None where the table does not make it certain."""
    if dept.endswith("厅"):
        full = full_name(dept[:-1] + "局")
        return full[:-1] + "厅" if full and full.endswith("局") else None
    return full_name(dept)


def _document_text(lines: list[Line], start: int, end: int) -> str:
    """The document's lines start..end (clipped to the page) compacted and joined: where a full name is looked for."""
    return "".join(_c(lines[j]) for j in range(max(start, 0), min(end + 1, len(lines))))


def placed_department(organ: str, title: str | None, lines: list[Line], start: int, end: int) -> str | None:
    """A department named by its level only ("市工信局") in full, with its place: the place the title opens with, of the
    same level and printed again in the document, and the department's full name where the alias table makes it
    certain (洛阳 page, 市工信局 → 洛阳市工业和信息化局); None where either is not certain. (A province's department:
    `_province_department`.)"""
    text = _document_text(lines, start, end)
    if (province := _province_department(organ, text)) is not None:
        return province
    m, t = _LEVEL_ONLY.match(compact(organ)), _TITLE_PLACE.match(compact(title or ""))
    if not m or not t or not t["place"].endswith(m["level"]) or not P.ORGAN_PLACE.match(t["place"]):
        return None
    full = full_name(m["dept"])
    return t["place"] + full if full and text.count(t["place"]) >= 2 else None


def objection_organ(lines: list[Line], start: int, end: int, title: str | None) -> str | None:
    """The organ, with its place, a 公示 / 公告 with no organ of its own names as taking and examining objections (a
    department named by its level only is placed by the title's place: `placed_department`)."""
    # (or, where no title is printed, a body that says it publishes itself: "…拟认定…为“青海老字号”,现予以公示")
    if not re.search(r"(?:公示|公告)$", compact(title or "")) \
            and not any(_SELF_PUBLISHED.search(_c(lines[j])) for j in range(max(start, 0), min(end + 1, len(lines)))):
        return None
    for j in range(max(start, 0), min(end + 1, len(lines))):
        for m in _OBJECTIONS_TO.finditer(_c(lines[j])):
            organ = m["organ"] or m["to"]
            organ = re.sub(r"^(?:请|可|以)?(?:以书面形式|书面)?", "", organ)
            if _NOT_OBJECTIONS_ORGAN.search(organ) or organ.startswith(("各", "全", "本", "我")):
                continue
            if P.is_organ(organ) and P.ORGAN_PLACE.match(organ):
                return organ
            placed = placed_department(organ, title, lines, start, end)
            if placed:
                return placed
    return None


# a department named by its short name after its place ("内蒙古自治区工信厅", "某市发改委"): the place, the short name
_PLACED_SHORT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,}?(?:自治区|省|市|区|县|旗|州|盟))(?P<dept>[\u4e00-\u9fff]{2,8}(?:局|厅|委))$")


def printed_in_full(organ: str, lines: list[Line], start: int, end: int) -> str:
    """The full name of a department a byline or a lead names short, where the document prints that full name with
    the same place ("来源:內蒙古自治區工信廳" over a 公示 whose body says "反饋內蒙古自治區工業和信息化廳": the notice's own
    name for its organ); the alias table makes the full name certain (工信 → 工业和信息化, a 厅 as its 局 form). The
    organ as given otherwise."""
    m = _PLACED_SHORT.match(compact(organ))
    if not m:
        return organ
    full = department_in_full(m["dept"])
    if not full or full == m["dept"]:
        return organ
    return m["place"] + full if m["place"] + full in _document_text(lines, start, end) else organ


def page_issuer(lines: list[Line], start: int, end: int, title: str | None = None,
                numbered: bool = False) -> str | None:
    """The issuer of a page that names none in its header: its 解读单位 line, else its issuing-organ field (发文单位,
    制定机关) where no metadata block was read, else the organ its byline names as
    the source, else the organs a news item's lead says issued the document, else the organ on its cover (over a
    year-month), else a legislature alone on a line near its top (a law site's imprint under a regulation's title),
    else an organ without a level word over the closing date that the body calls 我局, else the organ(s) signed before
    a date glued to the body's end, else, on a page that is no issued document (numbering none, `numbered` False, and
    titled by no document's kind), the organ its own source field names (a news item's, decision A),
    else an organ alone on its last line (a signature whose date the page dropped)."""
    for j in range(start, end + 1):
        m = _READING_UNIT.match(_c(lines[j]))
        if m:
            return m["organ"]
        nxt = next((k for k in range(j + 1, end + 1) if not lines[k].blank), None)
        if nxt is not None and _READING_HEADING.match(_c(lines[j])) and P.is_organ(_c(lines[nxt])):
            return _c(lines[nxt])
    field = issuing_field(lines, start, end)
    if field:
        return field  # "3. [发文单位] 北京市西城区人民政府": the document's own organ field, in a layout no block was read from
    level = next((o for j in range(start, min(end + 1, start + 6)) if (o := organ_level_field(_c(lines[j])))), None)
    if level:
        return level  # a grassroots page's bare fields over its headline: "经济技术开发区应急管理局 县级" ⏎ "2022-07-20 …"
    filled = filling_unit(lines, start, end, title)
    if filled:
        return filled  # "…清理情况(清理建议)表" ⏎ "填表单位: 宣城市林业局 联系人: …": the form's own unit
    reprinted = reprinted_title(lines, start, end, title)
    if reprinted:
        return reprinted  # the title names the issuer, over the page's byline (the organ that posted it)
    quoted = issued_in_full(lines, start, end, title)
    if quoted:
        return "、".join(quoted[0])  # the page's short title, its full title (the organ first) quoted in the body
    issuing = issuing_notice_organ(lines, start, end, title)
    if issuing:
        return issuing  # "…江西省人民政府办公厅关于印发支持…分工方案,…" over the plan's own heading: the notice's organ
    byline = byline_source(lines, start, end, title=title) or closing_source(lines, start, end, title)
    if byline:
        # (a bureau by its level only, "来源:县司法局", the page signed "平江县司法局" at its end: the signature's full name)
        return signed_in_full(byline, lines, start, end) or printed_in_full(byline, lines, start, end)
    lead = lead_organs(lines, start, end, title)
    if lead:
        return "、".join(printed_in_full(o, lines, start, end) for o in lead)
    cover = cover_organ(lines, start, end)
    if cover:
        return cover
    imprint = imprint_organ(lines, start, end, title)
    if imprint:
        return imprint
    enacted = next((m for m in (_LEGISLATURE.match(_c(lines[j])) for j in range(start, min(end + 1, start + 12))) if m),
                   None)
    # a law site prints the enacting legislature alone under a regulation's title: the regulation's own place's (not
    # the province's that approved a city's regulation, "江苏省人大常委会" under "无锡市…条例")
    if enacted and compact(title or "").startswith(enacted["place"]):
        return enacted[0]
    unplaced = self_named_signer(lines, start, end)
    if unplaced:
        return unplaced  # "…我局依据…" ⏎ "湄洲岛人力资源和社会保障局" ⏎ date: the organ the body calls 我局
    monthly = month_dated_signer(lines, start, end)
    if monthly:
        return monthly  # "中国腐植酸工业协会" ⏎ "二○一四年十一月": signed over a date without its day
    glued = glued_signing_date(lines, start, end)[2]
    if glued:
        return glued  # "…健康有序。   公安部   国家旅游局   2013年10月30日": signed at a one-line body's end (dated elsewhere)
    closing = signed_after_closing(lines, start, end)
    if closing:
        return "、".join(closing)  # "特此通告。" ⏎ two organs on their own lines, the date dropped
    undated = undated_closing_signer(lines, start, end) if not _no_issued_document(title, numbered) else None
    if undated:
        return undated  # "…。" ⏎ "六安市民生办" ⏎ the page's controls: an issued document signed, its date dropped
    cut = signer_over_cut_date(lines, start, end)
    if cut:
        return cut  # "河北省工業和信息化廳" ⏎ "201": signed over a date the excerpt cut short
    under = signer_under_date(lines, start, end)
    if under:
        return under  # "2019年10月23日" ⏎ "青海省科学技术厅": the signature printed date first
    # (a page numbering its document, or titled by a document's kind — 通知, 预案, 办法 … — is an issued document, whose
    # issuer its header, signature or number names; its page's 来源 is where the site took it from)
    source = news_source(lines, start, end) if _no_issued_document(title, numbered) \
        else news_source(lines, start, end, dated=True) if _unsigned_plan(title, numbered) else None
    if source:
        # a page without an issued document's header or signature (a news item): the organ its own source field names
        # (decision A), before any reading of the body's acting organ below; a bureau it names by its level only
        # ("来源:县司法局") by the full name the page signs with at its end ("平江县司法局"), as printed there
        return signed_in_full(source, lines, start, end) or source
    objections = objection_organ(lines, start, end, title)
    if objections:
        return objections  # "…郑州市生态环境局将对所反映的问题进行调查…": the organ a 公告 sends objections to
    acting = acting_office(lines, start, end, title)
    if acting:
        return acting  # "…,西城街道辦事處將于…開展…活動": a street office's notice that signs nowhere
    last = [j for j in range(start, end + 1) if not lines[j].blank]
    # signed under the last sentence (not the last cell of a table of units)
    if len(last) >= 2 and P.is_organ(_c(lines[last[-1]])) and P.ORGAN_PLACE.match(_c(lines[last[-1]])) \
            and _c(lines[last[-2]]).endswith(("。", "，", ",")):
        return _c(lines[last[-1]])
    return None


# an issuer printed without its place: "区人民政府办公室", "县政府办公室", "市人民政府"
_PLACELESS = re.compile(r"^(?P<level>[区县市旗省])(?:人民)?政府")


# a government's general office, named with its place ("南阳市人民政府办公室", "某县政府办公室")
_GOVERNMENT_OFFICE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟|自治区))(?:人民)?政府(?:办公室|办公厅)$")


# an organ named by its kind alone, no place and no level: never an issuer as it stands
_BARE_ORGAN = re.compile(r"^(?:人民)?政府(?:办公室|办公厅)?$")


# a street's or a township's organ named under the government it belongs to ("上海市闵行区人民政府古美路街道办事处", a 发文机关
# field): the same organ as "闵行区古美路街道办事处" (its banner and signature)
_UNDER_GOVERNMENT = re.compile(r"(?<=[区县市旗])人民政府(?=[\u4e00-\u9fff]{2,}?(?:街道|镇|乡))")


def _same_organ(a: str, b: str) -> bool:
    """Two spellings of one organ ("下陆区政府办公室" and "区人民政府办公室"): one ends with the other's tail."""
    # (a commission's short name drops 员会: "市城市管理委" for "天津市城市管理委员会", as a title prints it)
    fold = lambda s: re.sub(r"委员会$", "委", _UNDER_GOVERNMENT.sub("", compact(s)).replace("人民政府", "政府"))
    fa, fb = fold(a), fold(b)
    return fa.endswith(fb[1:]) or fb.endswith(fa[1:])


def _signed_with_its_place(issuer: str, signer: str) -> bool:
    """The same organ signed with the place it stands under: 发布机构 "崇明区农业委员会", signed "上海市崇明区农业委员会"."""
    full, bare = compact(signer), compact(issuer)
    return full.endswith(bare) and bool(P.ORGAN_PLACE.fullmatch(full[: len(full) - len(bare)]))


# the province a law site's banner prints before a city's or county's organ: "湖北省武汉市人民政府"
_PROVINCE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,7}?(?:省|自治区)(?=[\u4e00-\u9fff]{2,}?[市州盟县区])")


def _header_organs(lines: list[Line], h: Header) -> list[str]:
    """Organs printed alone on a line of the header (a law site's banner "湖北省鄂州市人民政府"), without the province
    before a city or county."""
    out = []
    for j in range(max(h.start, 0), min(h.end, len(lines) - 1) + 1):
        c = _c(lines[j])
        if P.is_organ(c) and P.ORGAN_PLACE.match(c):
            out.append(_PROVINCE_BEFORE.sub("", c))
    return out


def organ_over_number(lines: list[Line], h: Header) -> str | None:
    """The organ printed alone right over the document's 文号, as printed (a law site's imprint: "新疆维吾尔自治区和田地区
    行署办公室" ⏎ "和行办发〔2008〕31号" over a notice signed with its date alone); the last resort when nothing else names one."""
    if h.doc_number_line is None:
        return None
    above = [j for j in range(max(h.start, 0), h.doc_number_line) if not lines[j].blank][-1:]
    c = _c(lines[above[0]]) if above else ""
    return c if P.is_organ(c) and P.ORGAN_PLACE.match(c) else None


# a page's field naming the issuing organ, over the document: "∙【制定机关】武汉市人民政府办公厅", "发文机关:某县人民政府"
_ORGAN_FIELD = re.compile(r"^[∙·•]?[【\[]?(?:制定机关|发文机关|发布机构|发布机关|发布单位)[】\]]?[:：]?(?P<organ>[\u4e00-\u9fff]{4,30})$")


def _placed_from_field(issuer: str, lines: list[Line], h: Header) -> str | None:
    """A title's organ printed without its place ("市人民政府办公厅关于…") named in full by the page's organ field
    above the title, where the page's fields stand apart from it ("∙【制定机关】武汉市人民政府办公厅")."""
    for j in range(0, min(max(h.title_start, h.start, 0), len(lines))):
        m = _ORGAN_FIELD.match(_c(lines[j]))
        if m and len(m["organ"]) > len(compact(issuer)) and _same_organ(issuer, m["organ"]) \
                and P.ORGAN_PLACE.match(m["organ"]):
            return m["organ"]
    return None


def _placed_from_banner(issuer: str, lines: list[Line], h: Header) -> str | None:
    """A unit printed without its place ("县公安局") named in full by an organ line at the page's top or in the
    header ("沁水县公安局"): that full name."""
    c = compact(issuer)
    if not re.match(r"^[区县市旗][\u4e00-\u9fff]{2,}$", c) or P.ORGAN_PLACE.match(c):
        return None
    for j in range(0, min(max(h.end, 0), len(lines) - 1) + 1):
        # (or a breadcrumb's step: "网站首页 > 政府信息公开 > 东至县住房和城乡建设局 > 重大决策预公开", the organ's column)
        for o in [_c(lines[j])] + [compact(p) for p in _CRUMB.split(lines[j].text) if ">" in lines[j].text
                                   or "＞" in lines[j].text]:
            if len(o) > len(c) and o.endswith(c) and P.is_organ(o) and P.ORGAN_PLACE.match(o):
                return o
    return None


_CRUMB = re.compile(r"\s*[>＞›»]\s*")


# a town's or street's own organ: a 发布机构 of a town portal, which re-posts the county's documents
_TOWN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)")
# a body that names its own government by level only, as the one acting ("据此,市人民政府对我市…进行了清理",
# "市人民政府决定废止…"): a copy printed without header or signature
_BODY_GOVERNMENT = re.compile(r"(?:^|[，,。；;：:])(?:据此|经)?[，,]?(?P<level>[市县区旗])人民政府(?:决定|对|研究决定|同意)")


def body_government(lines: list[Line], start: int, end: int) -> str | None:
    """The government a headerless body names by level only, its place read from the organs the text names in
    full ("张家界市人民政府关于…" twice, "大庸市人民政府…" once → 张家界市人民政府); None unless one place leads."""
    rows = [j for j in range(start, end + 1) if not lines[j].blank][:6]
    m = next((m for m in (_BODY_GOVERNMENT.search(lines[j].text) for j in rows) if m), None)
    if not m:
        return None
    text = "\n".join(ln.text for ln in lines[start: end + 1])
    named = Counter(re.findall(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,6}}?{m['level']})人民政府", text)).most_common(2)
    if not named or named[0][1] < 2 or len(named) > 1 and named[1][1] == named[0][1]:
        return None
    return named[0][0] + "人民政府"


# a notice printed without header or signature whose opening paragraph names the organ deciding it, in full, before its
# 通知如下 ("…确保全市人民度过一个欢乐祥和的新春佳节。绵竹市应急管理局决定对全市烟花爆竹批发企业、零售店开展联合检查,现将有关
# 事项通知如下:")
_BODY_DECIDES = re.compile(r"(?:^|[，,。；;：:])(?P<organ>[\u4e00-\u9fff]{4,24}?)(?:研究决定|决定)[^。；;]{0,80}?[，,]"
                           r"现(?:将|就)[^。；;]{0,20}?(?:通知|通告|公告)如下")


# (or its opening sentence's purpose clause, then the organ holding the event the notice announces: "为进一步促进政府信息与
# 政务公开,提升服务质量,西城街道办事处将于2023年12月26日开展“政务开放日”活动", docmeta38's notice to residents)
_BODY_HOLDS = re.compile(r"^为[^。；;]{4,80}?[，,](?P<organ>[\u4e00-\u9fff]{4,24}?)(?:将于|定于)[^。；;]{0,30}?"
                         r"(?:开展|举办|举行|召开)")
# a street's or town's own office named by its place alone ("西城街道办事处", "三甲镇人民政府")
_TOWN_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:街道办事处|镇人民政府|乡人民政府)$")


def body_deciding_organ(lines: list[Line], start: int, end: int) -> str | None:
    """The organ a headerless notice's first lines name, with its place, as deciding what the notice announces (or as
    holding the event it announces)."""
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank][:6]
    for k, j in enumerate(rows):
        for m in _BODY_DECIDES.finditer(_c(lines[j])):
            organ = m["organ"]
            if P.is_organ(organ) and P.ORGAN_PLACE.match(organ) and not organ.startswith(("各", "全", "本", "我")):
                return organ
        # (the event's only under the notice's salutation: a news item's "为…,X将于…开展" reports it)
        m = _BODY_HOLDS.match(_c(lines[j])) if k and _c(lines[rows[k - 1]]).endswith(("：", ":")) else None
        organ = m["organ"] if m else ""
        if organ and not organ.startswith(("各", "全", "本", "我")) and (
                P.is_organ(organ) and P.ORGAN_PLACE.match(organ) or _TOWN_OFFICE.match(organ)):
            return organ
    return None


# a 发布机构 field that prints only a place ("山福镇"): the organ is the place's own, named in full where it signs over a
# date, on a line of its own or glued into a one-line page ("…(修订) 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇…")
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|区|县|市|旗)$")


# a town's or street's organ as its own text names it ("过去一年,塘桥街道办事处坚持…")
_TOWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)$")


def town_organ_named(place: str, lines: list[Line], start: int, end: int) -> str | None:
    """The organ of a bare town or street (发布机构 "塘桥街道") as the unsigned document's first lines name it (a report
    speaking for "塘桥街道办事处"); None when they name none."""
    if not _TOWN_PLACE.match(compact(place)):
        return None
    named = re.compile(rf"{re.escape(compact(place))}(?:办事处|人民政府)")
    for j in range(max(start, 0), min(end + 1, start + 12)):
        m = named.search(_c(lines[j]))
        if m:
            return m[0]
    return None


def place_signer(place: str, lines: list[Line], start: int, end: int) -> str | None:
    """The organ of a bare place (a 发布机构 naming no organ) as the document signs it over a date; None if unsigned."""
    if not _BARE_PLACE.match(compact(place)):
        return None
    signed = re.compile(rf"(?P<organ>[\u4e00-\u9fff]{{0,12}}{re.escape(compact(place))}(?:人民政府|政府|街道办事处|办事处))"
                        r"\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
    for j in range(max(start, 0), end + 1):
        m = signed.search(re.sub(r"\s+", " ", lines[j].text))
        if m and P.ORGAN_PLACE.match(m["organ"]):
            return m["organ"]
    return None


# a government or its office opening a title by its level only ("市政府关于印发…", "市政府办公厅关于推进…", "市政府贯彻国务院
# 关于…的实施意见"): the title names its issuer in short form, as printed
_PLACELESS_TITLE = re.compile(r"^(?P<organ>[市县区旗](?:人民)?政府(?:办公室|办公厅)?)(?=关于|印发|转发|批转|贯彻)")


def _set_apart(title: str | None) -> str | None:
    """The organs a title opens with set apart by 、, joined as the issuer ("中共广西壮族自治区委员会、广西壮族自治区人民政府关于命名…
    的决定", a law site's joint decision, docmeta134), where no organ line names them as printed (docmeta28's 北京 bureaus
    keep their organ line's "北京市财政局 市水利局")."""
    return "、".join(organs_set_apart(title)) or None


def placeless_title_organ(title: str | None) -> str | None:
    """The government (or its office) a title opens with by its level only; None otherwise."""
    m = _PLACELESS_TITLE.match(compact(title or ""))
    # (a whole title, ending in its kind; not a body sentence read as one: "市人民政府关于…的意见》相关要求,…现结合石")
    return m["organ"] if m and P.DOC_TYPE_END.search(compact(title or "")) else None


# a signing date printed without its day, the day left blank for the seal ("2020年4月 日"), or its month and day both
# ("2020年 月 日"): no date, but the line over it is still the signature
_DAYLESS_DATE = re.compile(r"^(?:19|20)\d{2}年(?:\d{1,2})?月日$")


def signed_over_dayless_date(issuer: str, lines: list[Line], start: int, end: int) -> str | None:
    """The organ, with its place, signed over a date printed without its day (see _DAYLESS_DATE) where the title
    names it by its level only ("市人民政府关于印发安陆市…的通知" … "安陆市人民政府" ⏎ "2020年4月 日"): its full name ends
    with the title's short one, so the place is of the same level. None where no such signature is printed."""
    short = compact(issuer)
    rows = [j for j in range(max(start, 0), min(end + 1, len(lines))) if not lines[j].blank]
    for a, b in zip(rows, rows[1:]):
        c = _c(lines[a])
        if len(c) > len(short) and c.endswith(short) and P.ORGAN_PLACE.match(c) and P.is_organ(c) \
                and _DAYLESS_DATE.match(_c(lines[b])):
            return c
    return None


_JOINT_TITLE = re.compile(r"等[一二三四五六七八九十两\d]{1,3}(?:个)?(?:部门|单位)")


def _joint_in_full(issuer: str, signers: list[str]) -> bool:
    """A joint issuer the title prints with the later organs' place left out (shared with the first: "内蒙古自治区财政厅、
    住房和城乡建设厅"), signed by the same organs in the same order, each named in full: each part ends its signer."""
    parts = [compact(p) for p in re.split(r"[、\s]+", issuer) if p]
    return len(parts) >= 2 and len(parts) == len(signers) and parts != [compact(s) for s in signers] \
        and all(compact(s).endswith(p) for p, s in zip(parts, signers))


# joint organs a title names by their level only, short ("省科技厅 省财政厅关于公布…的通知", signed "江苏省科学技术厅" ⏎ "江苏省财政厅",
# fresh49's 江苏; the convention: a level-only organ takes the place the document prints for it): each a signer in full, in order
# (an autonomous region's level, and a party committee's office by its short name: "自治区党委办公厅自治区人民政府办公厅关于印发…",
# signed "中共广西壮族自治区委员会办公厅" ⏎ "广西壮族自治区人民政府办公厅" (fresh48's 广西): 党委 is the 中共…委员会 the signature names;
# each organ ends where the next level starts)
_LEVEL_ORGAN = re.compile(r"(?:自治区|[省市区县州])(?P<core>[\u4e00-\u9fff]{1,10}?)(?P<kind>厅|局|委员会|委|办公室|办)"
                          r"(?=$|自治区|[省市区县州])")


def _level_only_joint(opened: list[str], signers: list[str]) -> str | None:
    """The signers, joined, where the title's organs are theirs by level only, one for one."""
    glued = compact("".join(opened)).replace("、", "")
    parts = [m for m in _LEVEL_ORGAN.finditer(glued)]
    if len(parts) != len(signers) or "".join(m[0] for m in parts) != glued:
        return None
    for m, signer in zip(parts, signers):
        full = compact(signer)
        place = P.ORGAN_PLACE.match(full)
        core = re.sub(r"^党委", "委", m["core"]) if full.startswith("中共") else m["core"]
        if not place or not full.endswith(m["kind"]) or not re.search(".*?".join(map(re.escape, core)), full):
            return None
    return "、".join(signers)


def choose_issuer(h: Header, signers: list[str], lines: list[Line], start: int, end: int,
                  signed_as_dated: bool = True) -> str | None:
    """The issuer of the document whose header is `h`, given the organs signed over its date.

    The header's own organ (title, banner, joint line) comes first; a title naming "X等七部门" takes the joint
    signature; a page's metadata (发布机构, the web site's field) gives way to the document's signature where
    that signature is dated as the metadata dates the document (`signed_as_dated`); then the title's opening
    organ, a 解读单位 line, and the 文号's organ. An issuer printed without its place ("区人民政府办公室") takes it
    from the signature, a law site's banner, the page's organ field above it, the 文号 or the metadata.

    Args:
        h: the document's header (its `issuer` from the title, a banner or the metadata; `evidence` says which).
        signers: the organs signed over the signing date (`signature.signature_organs`), in printed order.
        lines: the file's lines; start, end: the document's 0-based line span.
        signed_as_dated: the signing date agrees with the metadata's date (or there is none).

    Returns:
        The issuer as printed (joint issuers joined with "、"), or None when nothing names one.
    """
    signer = "、".join(signers) if signers else None
    printed = "organ" in h.evidence
    issuer = h.issuer
    if issuer and _BARE_ORGAN.match(compact(issuer)):
        # a heading that lost its place and level ("人民政府关于同意紫云自治县…的批复", a forum copy under "[贵州]省人民政府
        # 关于…"): no organ as printed; the signature's, the page's or the 文号's below, or none
        issuer, printed = None, False
    if signer and len(signers) >= 2 and (_JOINT_TITLE.search(compact(h.title or ""))
                                         or _JOINT_TITLE.search(compact(h.issuer or ""))):
        return signer  # "安溪县教育局等七部门关于…": the seven signers
    opened = opening_organs(h.title) or organs_over_title(lines, h) if not printed else []
    if len(opened) == 1 and len(signers) == 1 and _UNIT_OF_LEVEL.match(re.sub(r"委$", "委员会", compact(opened[0]))) \
            and P.ORGAN_PLACE.match(compact(signer)) and _same_organ(opened[0], signer) \
            and len(compact(signer)) > len(compact(opened[0])):
        # a title opening with a commission or bureau by its level only, its commission short ("市城市管理委关于印发…",
        # signed "天津市城市管理委员会"): the signature names it with its place, in full
        return signer
    if len(signers) >= 2 and (opened or issuer) and (joint := _level_only_joint(opened or [issuer], signers)):
        return joint
    if len(opened) == 1 and region_in_full(opened[0], lines, max(h.start, 0), end):
        return region_in_full(opened[0], lines, max(h.start, 0), end)  # "自治区人民政府办公厅" of the page's 宁夏回族自治区
    if opened:
        return "、".join(opened)  # the organ(s) the title names, over the page's field and the signature's long form
    short = placeless_title_organ(h.title) if not printed else None
    if short:
        issuer, printed = short, True  # the title's own short form, over a 发布机构 naming another organ; placed below
    if issuer and not printed and signer and signed_as_dated and not _same_organ(issuer, signer):
        issuer = signer  # 发布机构 is the site's field; the document signs for itself
    elif issuer and not printed and len(signers) == 1 and signed_as_dated and _signed_with_its_place(issuer, signer):
        # (the same organ signed with the place it stands under: 发布机构 "崇明区农业委员会", signed "上海市崇明区农业委员会"
        # (fresh61 shanghai_chongming-qu-nongwei-2018-boshi-nongchang-chenghao-zhengsoso.txt:3, 25): the signature's name)
        issuer = signer
    full = place_signer(issuer, lines, max(h.start, 0), end) if issuer and not printed and not signer else None
    full = full or (town_organ_named(issuer, lines, max(h.start, 0), end) if issuer and not printed and not signer
                    else None)
    full = full or (signed_in_full(issuer, lines, max(h.start, 0), end) if issuer and not printed and not signer
                    else None)
    if full:
        issuer = full  # 发布机构 "山福镇", signed "温州市鹿城区山福镇人民政府": the place's organ as the document names it
    report = report_organ(h.title, lines, max(h.start, 0), end) if issuer and not printed and not signer else None
    if report and not _same_organ(issuer, report):
        issuer = report  # a work report is its government's, whichever office posted it (发布机构 / 来源)
    source = byline_source(lines, max(h.start, 0), end, h.title_start) if issuer and not printed and not signer \
        and "metadata" in h.evidence and not title_organ(h.title) else None
    if source and not _same_organ(issuer, source) and _TOWN.search(compact(issuer)) and not _TOWN.search(source):
        issuer = source  # 发布机构 the town portal that re-posted it, 来源 the county bureau the notice came from
    office = _GOVERNMENT_OFFICE.match(compact(issuer)) if issuer and not printed and not signer \
        and "metadata" in h.evidence else None
    coded = _NUMBER_ORGAN.match(compact(h.doc_number or "").split("〔")[0]) if office else None
    if coded and coded["code"] in ("政", "府"):
        # 发布机构 "南阳市人民政府办公室" over a government's own 文号 (宛政〔2011〕7号, no 办 in it), no organ signing: the
        # office posted the government's document
        issuer = office["place"] + "人民政府"
    town = town_title_organ(h.title) if not issuer else None
    if town and (not signer or compact(signer).startswith(town) and len(signers) == 1):
        return town  # "园洲镇关于…的通告" signed "园洲镇应急管理办": the town its title names, its own office signing for it
    issuer = issuer or signer or title_organ(h.title) or committee_title_organ(h.title) or reading_organ(h.title) \
        or report_organ(h.title, lines, max(h.start, 0), end) or speaker_organ(lines, max(h.start, 0), end) \
        or page_issuer(lines, max(h.start, 0), end, h.title, bool(h.doc_number)) \
        or organ_line_heading(lines, h.title, h.title_start) \
        or organ_over_recipients(lines, h.title, h.title_start) \
        or organ_under_title(lines, h.title_end) \
        or _set_apart(h.title) \
        or department_field(lines, max(h.start, 0), end) \
        or adopting_congress(lines, max(h.start, 0), end) \
        or organ_over_number(lines, h)
    if issuer and (issuer == signer or not signer and not printed and "关于" not in compact(h.title or "")) \
            and compact(issuer).endswith("人民代表大会常务委员会"):
        # (or named by the page's organ line, no signature, over a regulation's title: "宁夏回族自治区人大常委会" over the
        # rules' adoption line; a decision titled "X关于…" is the organ's as its title prints it, fresh24)
        # a 常委会公告 signed by the committee, the regulation's adoption line naming it with its 届: the adopting committee
        # ("深圳市人民代表大会常务委员会" ⏎ "2001年12月26日" ⏎ "(2001年10月17日深圳市第三届人民代表大会常务委员会第十一次会议通过")
        adopted = adopting_congress(lines, max(h.start, 0), end)
        if adopted and re.sub(r"第[一二三四五六七八九十]{1,4}届", "", adopted) == compact(issuer):
            return adopted
    if issuer and not printed and not signer and "metadata" in h.evidence \
            and re.sub(r"人大常委会$", "人民代表大会常务委员会", compact(issuer)).endswith("人民代表大会常务委员会"):
        # a law site's 颁布单位 naming the standing committee that promulgated a regulation its congress adopted
        # ("颁布单位:包头市人民代表大会常务委员会" over "【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 …)"):
        # the congress of the same place that adopted it, its 届 as printed
        adopted = adopting_congress(lines, max(h.start, 0), end)
        place = re.sub(r"(?:人民代表大会常务委员会|人大常委会)$", "", compact(issuer))
        # (a committee adopting it is the promulgating one, named as the page names it: "上海市人大常委会" stays)
        if adopted and place and adopted.endswith("人民代表大会") and re.sub(r"第[一二三四五六七八九十]{1,4}届.*$", "", adopted) == place:
            return adopted
    if issuer and signer and _joint_in_full(issuer, signers):
        return signer  # "内蒙古自治区财政厅 住房和城乡建设厅关于…", signed by each in full: the signature's names
    placeless = _PLACELESS.match(issuer or "")
    # (a unit named by its level only is placeless too: 发布机构 "市发展和改革委员会", signed "海口市发展和改革委员会")
    if issuer and signer and issuer != signer and (placeless or _UNIT_OF_LEVEL.match(re.sub(r"委$", "委员会", compact(issuer)))) \
            and _same_organ(issuer, signer) and len(compact(signer)) > len(compact(issuer)):
        return signer  # 发布机构 "县政府办公室", signed "涟水县人民政府办公室": the signature names the place
    if issuer and signer and not P.ORGAN_PLACE.match(compact(issuer)) and len(compact(signer)) > len(compact(issuer)) \
            and compact(signer).endswith(compact(issuer)) and P.ORGAN_PLACE.match(compact(signer)):
        return signer  # 发布机构 "教育局" (no level, no place), signed "乌拉特后旗教育局": the signature names the place
    if issuer and signer and compact(issuer) != compact(signer) \
            and _PROVINCE_BEFORE.sub("", compact(issuer)) == compact(signer):
        return signer  # banner "湖北省武汉市人民政府", signed "武汉市人民政府": the document's own name for its organ
    if placeless:
        banner = next((o for o in _header_organs(lines, h) if _same_organ(issuer, o) and len(o) > len(issuer)), None)
        if banner:
            return banner  # "市人民政府关于…" under a law site's banner "湖北省鄂州市人民政府"
        field = _placed_from_field(issuer, lines, h)
        if field:
            return field  # "市人民政府办公厅关于…" under the page's "【制定机关】武汉市人民政府办公厅"
        undated = signed_over_dayless_date(issuer, lines, max(h.end + 1, h.start, 0), end)
        if undated:
            return undated  # "市人民政府关于印发…" signed "安陆市人民政府" ⏎ "2020年4月 日": the signature names the place
    placed = _placed_from_banner(issuer, lines, h) if issuer and not placeless else None
    if placed:
        return placed  # 发布机构 "县公安局" on the page of "沁水县公安局": the page's banner names the place
    decree = re.match(r"^(.{4,30}?)令", compact(h.doc_number or ""))
    if issuer and decree and compact(issuer) != decree[1] and compact(issuer).endswith(decree[1]):
        return decree[1]  # "浙江省丽水市人民政府" publishing "丽水市人民政府令…": the decree names its organ
    if issuer is None and not h.doc_number:
        issuer = body_government(lines, max(start, 0), end) or body_deciding_organ(lines, max(start, 0), end) \
            or adopted_by_meeting(lines, max(start, 0), end) or town_plan_notice(lines, max(start, 0), end) \
            or place_title_decider(h.title, lines, max(start, 0), end)
    if issuer is None or placeless:
        text = "\n".join(ln.text for ln in lines[max(start, 0): end + 1])
        page = "\n".join(ln.text for ln in lines[: max(start, 0)])
        from_number = issuer_from_number(h.doc_number, text, placeless["level"] if placeless else None, page)
        if from_number and (issuer is None or not printed or _same_organ(issuer, from_number)):
            return from_number
    return issuer
