"""Web-page metadata blocks (索引号 / 发布机构 / 发文字号 / 成文日期 / 发布日期 / 有效性) in any printed layout.

Layouts read: "label：value" one per line, several on one line (tabs or glued), a table (label and
value cells, tab or pipe rows), bullets with the value on the next line, and a label cell alone with
its value on the next line. Pure functions over normalised `Line`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.chrome import is_chrome
from kg.parse.normalize import compact, fold, normalize_doc_number

__all__ = ["MetadataBlock", "FIELDS", "find_metadata_blocks", "parse_any_date", "is_metadata_line"]

# printed label → field; longer labels first so that 发文字号 wins over 文号
FIELDS = {
    "索引号": "index_no", "信息索引号": "index_no", "发布机构": "issuer", "发文机构": "issuer", "发文机关": "issuer",
    "发文单位": "issuer", "制发机关": "issuer", "发布单位": "issuer", "成文机关": "issuer", "主题分类": "topic",
    "发文字号": "doc_number", "文号": "doc_number", "发文文号": "doc_number", "成文日期": "date", "成文时间": "date",
    "发文日期": "issued", "签发日期": "issued", "发布日期": "published", "公布日期": "published", "效力级别": "level", "发布时间": "published", "公开日期": "published",
    "生效日期": "effective", "实施日期": "effective", "施行日期": "effective", "有效性": "validity", "时效性": "validity",
    "效力状态": "validity", "标题": "title", "文件名称": "title", "公文标题": "title", "名称": "title",
    "废止日期": "expires", "失效日期": "expires", "有效期": "valid_period", "来源": "source_site",
    "文章来源": "source_site", "发表时间": "published", "责任编辑": "editor", "作者": "author",
    "发布文号": "doc_number", "政策文号": "doc_number", "文件编号": "doc_number", "所属类别": "topic", "文件来源": "source_site", "发布部门": "issuer", "制定机关": "issuer",
    "发文号": "doc_number", "文件字号": "doc_number", "文件文号": "doc_number", "发文编号": "doc_number", "发文序号": "doc_number",
    "日期": "published", "印发日期": "issued", "印发时间": "issued", "发文时间": "issued", "签署日期": "issued", "制发日期": "issued",
    "公布时间": "published", "文件标题": "title", "信息名称": "title", "公文种类": "topic",
    "组配分类": "topic", "体裁分类": "topic", "发布机关": "issuer", "发文部门": "issuer", "成文单位": "issuer",
    "信息来源": "source_site", "颁布日期": "issued", "颁布单位": "issuer", "颁布机关": "issuer", "法规层次": "level",
    "首选类别": "topic", "次选类别": "topic", "其它类别": "topic", "其他类别": "topic", "关键字": "keywords", "生成日期": "published", "公开范围": "disclosure", "浏览量": "views", "浏览次数": "views",
    "阅读次数": "views", "访问量": "views", "信息分类": "topic", "文件分类": "topic", "所属机构": "issuer_unit", "主题词": "keywords", "关键词": "keywords", "内容概述": "summary", "摘要": "summary",
    "所属主题": "topic", "公开目录": "topic", "公开形式": "disclosure", "公开责任部门": "issuer", "政策解读": "summary", "公开方式": "disclosure", "统一编号": "registration", "登记号": "registration",
    "文件有效性": "validity", "字号": "doc_number", "效力等级": "level", "公文生成日期": "date",
    "生效时间": "effective", "实施时间": "effective", "施行时间": "effective", "失效时间": "expires", "废止时间": "expires",
    "是否有效": "validity", "文件状态": "validity", "有效状态": "validity", "时效": "validity", "时效状态": "validity",
    "公开时间": "published", "印发机关": "issuer", "签发时间": "issued", "文种": "topic",
    # a bare 分类 cell ("分  类: 规范性文件 ; 通知", "索   引   号 20191202-189769 分        类 其他;…"): the page's filing
    "分类": "topic",
    # a portal's upload stamp and a town site's posting stamp ("文  号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02",
    # "作者:郑逸菲   信息发布:黄晓强   添加日期:2017-10-26"), and a catalogue's filing date, its 成文日期
    # ("著录日期: 2017-07-06 公开日期: 2017-7-10")
    "上载日期": "published", "添加日期": "published", "著录日期": "date",
    # a district portal's disclosure stamp cut to 公开日 ("发布机构 高昌区政府办公室 公开日 2023-07-04")
    "公开日": "published",
    # a law database's glued bracket fields, its source field left empty after the issuer's ("【颁布时间】1988-1-6【标题】
    # 铁路委外装卸管理办法(试行)【发文号】【失效时间】1998-5-1【颁布单位】铁道部【法规来源】", m.qbzhguj.cn/showinfo-4-382-0.html,
    # other_districts_repeal62)
    "法规来源": "source_site", "颁布时间": "issued",
    # a law database's citation code over the title ("【法宝引证码】CLI.1.304262 【时效性】尚未施行"): its catalogue number
    "法宝引证码": "index_no",
    # and its category field ("【法规类别】建设综合规定" over "【发文字号】惠市委发[2010]5号", a document-sharing site's copy of a law
    # database page, doczj.com/doc/3511446647.html)
    "法规类别": "topic",
    "状态": "validity",  # a law site's "状态:失效 发布日期:… 发布部门:…"
    # a normative document's registration row opening the line ("统一登记号: DXDR-2021-00008 信息时效性: 有效 文号 :
    # 道政发〔2021〕12号", a city portal's county page, docmeta144): the row's first label must be known for its 文号 to be read
    "统一登记号": "registration", "信息时效性": "validity",
    # a news page's byline ("作者: 来源: 发表于:2011年03月02日 文章点击数:2310"); a bare 时间 is not one: a law
    # site's "作者:法律资料网 时间:2024-05-25" is its posting, never a regulation's date
    "发表于": "published", "点击数": "views", "文章点击数": "views", "预览次数": "views",
    # county sites' tables: "索引号 whq_sfj/2021-08936 效力属性", "效力状况 有效 公开程序 部门编制,经办公室审核后公开",
    # "关键词 文件,通知,行政 分类词 文秘工作,行政事务", "发布时间:2021-12-15 点击量:6"
    "效力属性": "validity", "效力状况": "validity", "公开时限": "disclosure", "公开程序": "disclosure",
    "分类词": "keywords", "点击量": "views",
    # a CSR site's law database, label and value a line each with the cell bar after ("颁布机构: |" ⏎ "兰州市人民政府 |" ⏎
    # "生效状态: |" ⏎ "在用 |" ⏎ "所属类型: |" ⏎ "地方规范性文件 |" ⏎ "适用地区: |" ⏎ "兰州市 |" ⏎ "适用领域: |" ⏎ "应急管理 |")
    "颁布机构": "issuer", "生效状态": "validity", "所属类型": "level", "适用地区": "topic", "适用领域": "topic",
    # and the same tables' disclosure rows ("公开属性: 全部公开 公开期限: 长期公开", "- 公開對象:", "- 發文類型:")
    "公开属性": "disclosure", "公开期限": "disclosure", "公开对象": "disclosure", "发文类型": "topic",
    # a policy library's bullets naming each field "文件…" ("• 文件发文字号:威文政办字〔2022〕22号", "• 文件成文日期:2022-08-25")
    # ("公开类别 | 主动公开 | 发布时间 | 2020-01-16 |", a street's pipe table)
    "公开类别": "disclosure",
    "文件所属单位": "issuer_unit", "文件发文字号": "doc_number", "文件成文日期": "date", "文件公开发布日期": "published",
    "文件开始实施的时间": "effective", "文件类型": "topic", "文件类别": "topic", "文件废止时间": "expires", "文件失效时间": "expires",
    # the office a county's catalogue files the document under ("责任部门: 吉安县政府办 发文日期: 2022-11-02 10:03:07"):
    # its issuer when the document names no organ of its own
    "责任部门": "issuer",
    # a policy database's catalogue labels glued after the field before them ("发布机构:湖北省民政厅项目类别:公益慈善",
    # "所属地区:湖北政策文号:鄂民政发〔2016〕16号", "来源网站:湖北省民政厅 原文链接 产业类型:节能环保"): each ends the value
    # before it
    "项目类别": "topic", "产业类型": "topic", "所属地区": "region", "来源网站": "source_site",
    # an encyclopedia's infobox, its fields run two to a line without colons ("中文名 《…實施細則》 頒布時間 2017年12月19日"
    # ⏎ "實施時間 2018年3月1日 發布單位 泰州市人民政府", a baike copy of a 市政府令): 中文名 the entry's name, the rule's title
    "中文名": "title", "颁布时间": "issued",
    # a city portal's disclosure table (宜兴: "主题(一) | 城乡建设、环境保护 | 主题(二) | 城乡建设(含住房) | 体裁 | 批复 |",
    # "内容概况 | 市政府关于同意…的批复 |"): the filing topics and genre, and a summary (the title, or the head of the
    # text run together: "内容概况 宜兴市人民政府文件宜政发〔2020〕160号市政府关于印发…的通知")
    "主题(一)": "topic", "主题(二)": "topic", "主题(三)": "topic", "体裁": "topic", "内容概况": "summary",
    # a law site's fields, one a line ("发文字号:——" ⏎ "颁布部门:太原市人民代表大会常务委员会" ⏎ "法律效力:地方性法规" ⏎
    # "应用分类:消防安全类" ⏎ "颁布日期:2024-01-18生效日期:2024-03-01", fresh48's 太原 条例 on an EHS law site)
    "颁布部门": "issuer", "法律效力": "level", "应用分类": "topic",
    # a wiki's infobox on a regulation, its adoption date a bullet ("• 發布單位:廣西壯族自治區人大常委會" ⏎ "• 通過日期:2022年3月24日",
    # fresh54's 广西 乡村振兴促进条例 page): the day its congress adopted it, a regulation's date
    "通过日期": "date", "通过时间": "date",
}
# The labels as OpenCC s2twp writes them (釋出日期, 資訊來源, 點選數 …: a page converted to zh-TW wording), back in
# simplified characters: read whether or not the file's wording was detected as zh-TW (a copy may print only one
# marker: "釋出機構 司法局").
_TW_LABELS = {
    "释出机构": "发布机构", "释出单位": "发布单位", "释出日期": "发布日期", "释出时间": "发布时间", "释出文号": "发布文号",
    "释出部门": "发布部门", "释出机关": "发布机关", "资讯索引号": "信息索引号", "资讯名称": "信息名称", "资讯来源": "信息来源",
    "资讯分类": "信息分类", "档名称": "文件名称", "点选数": "点击数", "文章点选数": "文章点击数", "点选量": "点击量",
    "公开程式": "公开程序", "公开物件": "公开对象", "发文型别": "发文类型",
    # (文件 → 檔案: a value read under these must still look like its field, a 文号 like a 文号)
    "档案编号": "文件编号", "档案字号": "文件字号", "档案文号": "文件文号", "档案标题": "文件标题", "档案来源": "文件来源",
    "档案分类": "文件分类", "档案有效性": "文件有效性", "档案状态": "文件状态",
}
FIELDS.update({tw: FIELDS[cn] for tw, cn in _TW_LABELS.items()})
# A summary's value is never taken from the next line: that line is the page's title or body.
_INLINE_ONLY = {"summary"}
_LABELS = [re.escape(label) for label in sorted(FIELDS, key=len, reverse=True)]  # (as patterns: "主题(一)")
_LABEL = re.compile("(?:" + "|".join(_LABELS) + r")\s*[：:]")
_LABEL_CELL = re.compile("^(?:" + "|".join(_LABELS) + r")\s*[：:]?$")
_LABEL_BARE = re.compile("(?:" + "|".join(_LABELS) + ")")
# (and a mirror's list number before the block's first field: "4. 索 引 号: D21-02-2022-0030 分 类: 其他有关文件")
_LEAD = re.compile(r"^[\s•·●▪◆∙\-*]*(?:\d{1,2}[.．](?!\d)\s*)?")
_BRACKETED_FIELD = re.compile("[【\\[]((?:" + "|".join(_LABELS) + ")\\s*[：:][^】\\]]*)[】\\]]")
# (or in square brackets, a pipe table's label cell: "[ 索引号 ] | 1150…/2020-00022 | [ 发文字号 ] | …")
_LENTICULAR = re.compile("^[\\s•·●▪◆∙\\-*]*[【\\[](" + "|".join(_LABELS) + ")\\s*[】\\]]")
# the same label cells with the pipes lost ("[ 索引号 ] 1150…/2024-00974 [ 发文字号 ] 市生态环境局办公室便函〔2024〕210号"):
# each square-bracketed label starts a cell
_LENTICULAR_ANY = re.compile("【(" + "|".join(_LABELS) + ")\\s*】")
_SQUARE_LABEL = re.compile("[\\[［]\\s*(?:" + "|".join(_LABELS) + ")\\s*[\\]］]")
# "备注/文号:…": a label cell naming two fields, the last one read
_COMPOUND_LABEL = re.compile("^([\\s•·●▪◆∙\\-*]*)[\u4e00-\u9fff]{1,6}[/／](?=(?:" + "|".join(_LABELS) + "))")
# 【制定机关】…•【字号】…•【施行日期】…: a law site's fields glued into one long line with the title and body
_GLUED_FIELD = re.compile("【(" + "|".join(_LABELS) + ")】([^【】•·]{1,40})")
# the value of a label printed alone before it without a colon ("文件编号 北区政办发〔2020〕11号"): it must look
# like its field, so that a sentence opening with a label word is not read as one
_LONE_VALUE = {
    "index_no": re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-/.]{5,}$"),
    "validity": re.compile(r"^(?:有效|失效|废止|现行有效|已失效|已废止|部分失效)$"),
    "issuer": re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|办公厅|政府办|局|委员会|管委会|中心|行政公署)$"),
    # "名称 关于报送…的通知", "信息名称 平凉市崆峒区人民政府工作规则": a document's title, never a sentence
    "title": re.compile(rf"^(?=[^。；;]{{6,80}}$)(?:{P.TITLE_START.pattern[1:]}|.*(?:{P.DOC_TYPE_END.pattern}))"),
}
# a 文号 field's whole value, its organ part longer than a 文号 found in running text may have
# ("市生态环境局办公室便函〔2024〕210号")
_WHOLE_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,20}〔(?:19|20)\d{2}〕第?\d{1,5}号")
# a 文号 field that holds a decree's number, which has no bracketed year: "国令第707号", "厦门市人民政府令第136号"
# (a local government's with the year before its serial, "广西壮族自治区人民政府令2016年第116号": its decrees are numbered
# in one series, the year no part of the number, which is "…令第116号" as its order line prints it; a ministry's
# yearly series, "交通运输部令2016年第1号", keeps its year)
_DECREE_VALUE = re.compile(r"[\u4e00-\u9fff]{1,20}令[（(]?(?:(?:19|20)\d{2}年)?第[〇零一二三四五六七八九十百\d]{1,5}号[)）]?")
# a 文号 field that holds a bulletin's serial, which has no bracketed year: "督察通报第十七期", "督查通报2023年第5期"
# (a supervision office's 通报 and 简报 are numbered in their series' issues); never a gazette's or a journal's issue
# ("歙县人民政府公报2023年第11期"), nor a bare year and issue, which names no series ("二〇二四年第十六期")
_SERIAL_ISSUE_VALUE = re.compile(r"[\u4e00-\u9fff]{0,12}(?:通报|简报|快报|专报|要报|督办单)"
                                 r"(?:(?:19|20)\d{2}年)?第[〇零一二三四五六七八九十百\d]{1,5}期")
# a 文号 field that holds a people's congress standing committee's 公告 serial, which has no bracketed year either
# ("【发布文号】安徽省人大常委会第43号", a law library's field over `安徽省人民代表大会常务委员会公告` ⏎ `(第四十三号)`, docmeta119)
_CONGRESS_NOTICE_VALUE = re.compile(r"[\u4e00-\u9fff]{1,20}?(?:人大常委会|人民代表大会常务委员会)(?:公告)?[（(]?"
                                   r"第[〇零一二三四五六七八九十百\d]{1,5}号[)）]?")
# a 文号 field that holds a notice's yearly serial, the year bare ("[ 发文字号 ] 2023年第2号", 重庆市应急管理局's 通告 whose
# number line prints it cut, "2023年第2", entrep101): the number, as the field prints it
_YEAR_SERIAL_VALUE = re.compile(r"(?:19|20)\d{2}年第[〇零一二三四五六七八九十百\d]{1,5}[号號]")
_GOVERNMENT_DECREE_YEAR = re.compile(r"(?<=人民政府令)(?:19|20)\d{2}年(?=第)")
_DATE_ANY = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-./])\s*(?P<m>\d{1,2})\s*(?:月|[-./])\s*(?P<d>\d{1,2})")


# a 来源 naming an organ (not a site, a paper or a news agency): the page's publisher
# (a fire and rescue brigade too: "来源: 滑县消防救援大队")
_SOURCE_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,30}(?:局|委员会|办公室|办公厅|人民政府|政府办|管委会|管理委员会|改革委|救援大队|救援支队)")
# page buttons and counters printed after a 来源 on the same line ("区发展改革委 打印页面 关闭页面",
# "公安局    预览次数: 【字体:"): not part of the publisher's name
_SOURCE_CHROME = re.compile(r"(?:打印|关闭|预览|浏览|阅读|点击|访问|字体|字号|分享|收藏|【|\[).*$")


# a clock time after a date, set off by a space ("2018/3/1 9:41:33")
_CLOCK = re.compile(r"\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")


def parse_any_date(s: str) -> str | None:
    """A date written 2023-05-06, 2023.5.6, 2023/5/6, 2023年5月6日 (time after it ignored) → 2023-05-06."""
    s = _CLOCK.sub("", s)  # (before compacting: "2018/3/1 9:41:33" is the 1st, never "2018/3/19")
    m = _DATE_ANY.search(compact(s))
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return P.parse_date(compact(s))


@dataclass
class MetadataBlock:
    """A run of metadata fields: 0-based first and last line index, values as printed by field."""

    start: int
    end: int
    fields: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)  # field → 0-based line index of its value
    field_lines: set = field(default_factory=set)  # every line holding a label or a value

    @property
    def doc_number(self) -> str | None:
        v = normalize_doc_number(self.fields.get("doc_number") or "")
        if _WHOLE_NUMBER.fullmatch(compact(v)):
            return compact(v)  # the field holds the 文号 alone: its organ part is all of it
        if _DECREE_VALUE.fullmatch(compact(v)):
            return _GOVERNMENT_DECREE_YEAR.sub("", compact(v))  # the field holds the 文号 alone: its organ part is all of it
        if _SERIAL_ISSUE_VALUE.fullmatch(compact(v)):
            return compact(v)  # a bulletin's serial, as printed: the number the page gives it
        if _CONGRESS_NOTICE_VALUE.fullmatch(compact(v)):
            return compact(v)  # a 常委会 公告's serial, as the field prints it
        if _YEAR_SERIAL_VALUE.fullmatch(compact(v)):
            return compact(v)  # a notice's yearly serial, as the field prints it
        return normalize_doc_number(P.DOC_NUMBER.search(v)[0]) if v and P.DOC_NUMBER.search(v) else None

    @property
    def date(self) -> str | None:
        for key in ("date", "issued", "published"):  # 成文日期 (signing) before 发文日期 before 发布日期
            if self.fields.get(key) and parse_any_date(self.fields[key]):
                return parse_any_date(self.fields[key])
        return None

    @property
    def issuer(self) -> str | None:
        v = compact(self.fields.get("issuer") or "")
        site = _SOURCE_CHROME.sub("", compact(self.fields.get("source_site") or ""))
        site = site.rstrip("?？")  # "县司法局????": a mis-encoded page's residue
        # an organ as 作者 wrote the page ("作者:富民县政府办 发布时间:… 来源:富民县人民政府"): before the site it came from
        author = _SOURCE_CHROME.sub("", compact(self.fields.get("author") or ""))
        # the organ the catalogue files the page under ("所属机构: | 景泰县政府办公室 | 发布机构: |", its 信息来源 the county's
        # government, a 解读 page, jingtai.gov.cn/zfxxgk/zc/zcjd/xzcjd/art/2023/art_faca60a092ca4c2fbc9b67fe9ba2f827.html):
        # the page's own organ, before the site it came from
        unit = compact(self.fields.get("issuer_unit") or "")
        if not v and P.is_organ(unit) and P.ORGAN_PLACE.match(unit):
            v = unit
        if not v and (P.is_organ(author) or _SOURCE_ORGAN.fullmatch(author)):
            v = author
        if not v and (P.is_organ(site) or _SOURCE_ORGAN.fullmatch(site)):
            v = site  # 文章来源: 灵璧县卫生健康委员会; 来源: 北京市规划和自然资源委员会门头沟分局
        # a value that is a 文号, a date or a web site is a misaligned cell, not an issuer ("县政府网站")
        if re.search(r"\d|网站|网$|门户", v):
            return None
        return v if 2 <= len(v) <= 40 else None

    @property
    def title(self) -> str | None:
        v = compact(self.fields.get("title") or "")
        # (no title field: a summary that is a whole title, and nothing else, names it: "内容概况 | 市政府关于同意…的批复 |"; a
        # summary opening the text, "开发区、…各街道,区各有关单位:现将…", or running the 文号 into it, is none)
        summary = compact(self.fields.get("summary") or "").strip("|｜")
        if not v and _title_value(summary) and len(summary) <= 80 and not re.search(r"[。:：;；〔\[]|\d+号", summary):
            v = summary
        return v if 4 <= len(v) <= 120 else None


# a value printed before its label, the label in brackets after it (a sharing site's copy of a rule's field table:
# "济南市人民政府(颁布单位)" ⏎ "19911102(颁布时间)" ⏎ "19911102(实施时间) 19980228 …失效时间)" ⏎ "济南市人民政府令第35号(文号)",
# 360docs.net/doc/5718012278): the labels of a rule's promulgation only, each value of its field's shape (_fits)
_VALUE_THEN_LABEL = re.compile(r"(?P<value>[^\s()（）]{2,40}?)[（(](?P<label>颁布单位|颁布机关|发布单位|发布机关|颁布时间|颁布日期|"
                               r"发布时间|发布日期|实施时间|实施日期|施行日期|生效日期|失效时间|失效日期|废止日期|文号|发文字号)[)）]")
_DIGITS_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")


def _value_then_label(text: str) -> list[tuple[str, str]]:
    """The fields of a line printed value first, label after in brackets (see _VALUE_THEN_LABEL); [] for any other."""
    t = text.strip()
    first = _VALUE_THEN_LABEL.match(t)
    if not first:
        return []
    out = []
    for m in _VALUE_THEN_LABEL.finditer(t):
        value = m["value"]
        d = _DIGITS_DATE.fullmatch(value)
        if d:  # (a date with 年月日 stripped, "19911102")
            value = f"{d['y']}-{d['m']}-{d['d']}"
        if _fits(FIELDS[m["label"]], value) and (FIELDS[m["label"]] != "issuer" or _LONE_VALUE["issuer"].match(value)):
            out.append((m["label"], value))
    return out


def _pairs(text: str) -> list[tuple[str, str | None]]:
    """(label, value or None when the value is on the next line) for one line, in any layout."""
    out: list[tuple[str, str | None]] = []
    valued = _value_then_label(text)
    if valued:
        return valued
    text = "\t".join(_COMPOUND_LABEL.sub(r"\1", c) for c in text.split("\t"))
    # 【发布文号】新政发〔1994〕103号: a label in lenticular brackets, at the start of any cell
    # 【发布时间：2023-05-06】【来源：县应急局】: fields each in its own brackets
    if _BRACKETED_FIELD.search(text):
        text = _BRACKETED_FIELD.sub(r"\1\t", text).rstrip("\t")
    # (several bare 【label】s on one line, each value after its label: "【发布文号】广西壮族自治区人民政府令2016年第116号
    # 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 【所属类别】地方法规": each label starts a cell)
    if "\t" not in text and len(_LENTICULAR_ANY.findall(text)) >= 2:
        text = _LENTICULAR_ANY.sub(lambda m: "\t" + m[1] + "：", text.strip()).lstrip("\t")
    # (a numbered list of them, "  1. [索引号]11S000/ZK-2018-000034" ⏎ "  6. [发文字号] 密镇政字〔2018〕36号", a district
    # portal's page of a town's plan, bjmy.gov.cn/zwgk/zcwj/202405/t20240516_419681.html: the list number goes first)
    if "\t" not in text and _SQUARE_LABEL.match(_LEAD.sub("", text.strip())):
        text = _SQUARE_LABEL.sub(lambda m: "\t" + m[0], _LEAD.sub("", text.strip())).lstrip("\t")
    cells = [_LENTICULAR.sub(r"\1：", c.strip()) for c in text.split("\t")]
    i = 0
    while i < len(cells):
        cell = _LEAD.sub("", cells[i])
        if _LABEL_CELL.match(cell):  # a label cell: its value is the next cell, or the next line
            label = re.sub(r"[：:\s]", "", cell)
            # (an empty label's next cell opening with a label of its own is that field, not this one's value:
            # "主题词: | 发布日期:2014年09月02日 | 文 号: |")
            nxt = _LEAD.sub("", cells[i + 1]) if i + 1 < len(cells) else ""
            if i + 1 < len(cells) and not _LABEL_CELL.match(nxt) and not (cell.rstrip().endswith(("：", ":"))
                                                                         and _LABEL.match(nxt)):
                out.append((label, cells[i + 1]))
                i += 2
                continue
            out.append((label, None if i + 1 >= len(cells) else ""))
            i += 1
            continue
        found = list(_LABEL.finditer(cell))
        if not (found and found[0].start() == 0):
            # "索引号 MB1534522/2023-05475 发文日期 2023-01-03": labels without colons, two or more
            bare = list(_LABEL_BARE.finditer(cell))
            # the last label may be left empty ("索 引 号 010605548/2023-00027 发布机构")
            # (a sentence is no row of bare labels, though it opens with a label's words and names another: "制定机关企事业
            # 单位、公共场所等公共机构分类评估实施办法。", a task table's measure cell, fresh42 渝中)
            if len(bare) >= 2 and bare[0].start() == 0 and all(b.end() < len(cell) for b in bare[:-1]) \
                    and not cell.rstrip().endswith("。"):
                found = bare
        if not found and i == 0 and len(cells) == 1:
            lone = _lone_pair(cell)
            if lone:
                return [lone]
        if found and found[0].start() == 0:
            for k, m in enumerate(found):
                end = found[k + 1].start() if k + 1 < len(found) else len(cell)
                # (a row's last date run on into the page's number, its own label left on a line below: "印发日期:
                # 2021-07-02 发布日期:2021-07-02 长宁公报〔2021〕2 号" ⏎ "字号:")
                dated = _DATE_THEN_NUMBER.match(cell[m.end():end].strip()) if k + 1 == len(found) else None
                if dated and FIELDS.get(re.sub(r"[：:\s]", "", m[0])) in _DATE_FIELDS:
                    out += [(re.sub(r"[：:\s]", "", m[0]), dated["d"]), ("文号", dated["num"])]
                    continue
                # (a value that is only a table's cell bar is none: the value is on the next line, "生效日期: |" ⏎
                # "2012/11/02 |")
                out.append((re.sub(r"[：:\s]", "", m[0]), cell[m.end():end].strip().strip("|｜").strip() or None))
        elif out or i == 0:
            if not found and i == 0:
                return []
        i += 1
    return out


_DATE_THEN_NUMBER = re.compile(rf"^(?P<d>(?:19|20)\d{{2}}(?:[-./]\d{{1,2}}[-./]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))\s*"
                               rf"(?P<num>{P.DOC_NUMBER.pattern})$")


def _lone_pair(cell: str) -> tuple[str, str] | None:
    """"文件编号 北区政办发〔2020〕11号", "索引号 2950798/2020-38134": one label, then a value of its shape
    (the space between them is gone in the normalised line)."""
    m = _LABEL_BARE.match(cell.strip())
    value = cell.strip()[m.end():].strip() if m else ""
    if not value:
        return None
    label = m[0]
    key = FIELDS[label]
    shape = _LONE_VALUE.get(key)
    if shape is not None:
        return (label, value) if shape.match(value) else None
    if key in _DATE_FIELDS or key == "doc_number":
        return (label, value) if _fits(key, value) else None
    return None


# the separator a flattened bullet list leaves between a value and the next label ("… - 文 号:")
_BULLET_SEP = re.compile(r"\s*[-•·]\s*$")


def _value_then_fields(text: str) -> tuple[str, list[tuple[str, str | None]]] | None:
    """(value, the fields after it) for a line holding a value, a bullet's separator, then labels of their own (a block
    printed as bullets and flattened: "儋州市公开…整改落实情况 - 文 号:发布日期: 2024-05-31 22:14"); None for any other (a
    sentence naming a label word, "请于发布日期:…前", has no separator before it)."""
    m = _LABEL.search(text)
    if not m or m.start() == 0:
        return None
    sep = _BULLET_SEP.search(text[:m.start()])
    rest = _pairs(text[m.start():]) if sep else []
    value = text[:sep.start()].strip() if sep else ""
    return (value, rest) if value and rest else None


def _glued_pairs(text: str) -> list[tuple[str, str]]:
    """The 【label】value fields of a long line that glues a law site's field list between title and body."""
    if text.count("【") < 2:
        return []
    found = [(m[1], m[2].strip()) for m in _GLUED_FIELD.finditer(text) if m[2].strip()]
    return found if len(found) >= 2 else []


_DATE_FIELDS = {"date", "issued", "published", "effective", "expires"}


# fields whose value is a short word or a code, never a title printed under an empty label
_SHORT_FIELDS = {"validity", "views", "disclosure", "level", "index_no", "registration"}


def _title_value(value: str) -> bool:
    """A whole document title (a 关于 title, or a long one, ending on its kind; a table's cell bar after it kept), never
    the kind alone a 公文种类 field takes ("通知")."""
    c = compact(value).strip("|｜")
    return bool(P.DOC_TYPE_END.search(c)) and ("关于" in c or len(c) >= 16)


def _fits(key: str, value: str) -> bool:
    """A value on the line after its label must look like that field: a date for a date field, a 文号
    for the number field (an empty 成文日期: must not take the 文号 printed under it)."""
    if key in _DATE_FIELDS:
        return parse_any_date(value) is not None
    if key == "doc_number":
        return bool(P.DOC_NUMBER.search(normalize_doc_number(value)) or _DECREE_VALUE.fullmatch(compact(value))
                    or _SERIAL_ISSUE_VALUE.fullmatch(compact(value)))
    if key == "issuer" and (P.DOC_TYPE_END.search(compact(value).strip("|｜")) or "《" in value):
        # an empty "发布机构:" never takes the title printed under it ("大理市城镇燃气安全…实施方案"), its cell bars after it
        # or its kind inside book marks ("发布机构: |" ⏎ "解读《景泰县人民政府2021年度森林草原防火命令》 | |", a 解读 page,
        # jingtai.gov.cn/zfxxgk/zc/zcjd/xzcjd/art/2023/art_faca60a092ca4c2fbc9b67fe9ba2f827.html): no organ prints 《》
        return False
    if is_chrome(value):
        return False  # an empty "发布机构:" never takes the page's text tools printed under it ("字体【      】")
    if key == "source_site" and re.match(r"注[:：]", compact(value)):
        return False  # an empty "【法规来源】" never takes the note printed under it ("注:本法规1998-5-1已经被…废止")
    if key == "views":
        return bool(re.fullmatch(r"\d{1,9}次?", compact(value)))  # an empty "访问量:" never takes the next field line
    if key == "keywords" and len(compact(value).strip("|｜")) >= 12 and not re.search(r"[,，、;；\s]", value.strip().strip("|｜")):
        # an empty "主题词" never takes the heading printed under it, one long phrase and no list of words ("主题词" ⏎
        # "固东镇政府信息公开信息目录管理和备案制度", a town's page, other_districts_fresh37 yunnan_tengchong-gudong-…)
        return False
    if key in _SHORT_FIELDS and _title_value(value):
        return False  # nor an empty "有效性:" ("海盐县人民政府办公室关于印发…的通知|"): a whole title is no such value
    # an empty "浏览次数:" never takes the 文号 printed under it
    return not P.DOC_NUMBER_LINE.match(compact(value))


def _wraps_title(block: "MetadataBlock", i: int, text: str) -> bool:
    """Line i continues the block's 标题 value, printed on the line before and cut before its type word."""
    title = compact(block.fields.get("title") or "")
    c = compact(text)
    return (bool(title) and block.lines.get("title") == block.end == i - 1 and not P.DOC_TYPE_END.search(title)
            and 2 <= len(c) <= 60 and "。" not in c and bool(P.DOC_TYPE_END.search(title + c)))


_INTERLEAVED = 0.95  # of the non-blank lines, the share followed by a blank line in a page that spaces every line


def _gap_positions(lines: list[Line]) -> list[int]:
    """Where each line stands for the gap between fields: its index, or in a page copied with a blank line after
    every line (web <p> margins), its index less those spacing lines (the first blank after a filled line), so the
    spacing neither splits a block nor joins two that a real blank line kept apart. (A line the page printed that reads
    as blank, an empty cell's bar "|", is a printed line: the spacing line after it is no gap either.)"""
    printed = [bool(ln.raw.strip()) for ln in lines]
    filled = [i for i, p in enumerate(printed) if p]
    spaced = sum(1 for i in filled if i + 1 < len(lines) and not printed[i + 1])
    if not filled or spaced < _INTERLEAVED * (len(filled) - 1):
        return list(range(len(lines)))
    out, k = [], 0
    for i in range(len(lines)):
        k += not (not printed[i] and i and printed[i - 1])
        out.append(k)
    return out


# a column table's rows under its label row: at most this many printed lines hold the values
_COLUMN_ROWS = 4


def _column_values(lines: list[Line], i: int, pairs: list[tuple[str, str | None]]) -> list[tuple[str, str, int]] | None:
    """(label, value, line) for a table printed as a row of labels without colons and then its values, in the same
    order, on the lines below, a space between cells ("索  引  号 文       号 发布机构 发布日期 公开范围 公开方式" ⏎
    "N001-2011-000627 宛政〔2011〕7号" ⏎ "南阳市人民政府办公室 2011-03-04" ⏎ "面向社会 主动公开", a policy site's copy of a
    city portal's fields under the document); None unless every label takes one value that looks like its field (a
    label row of empty "文 号: 文件分类: 所属机构:" fields over the title is no such row)."""
    if len(pairs) < 3 or any(v is not None for _, v in pairs) or re.search(r"[：:]", lines[i].raw):
        return None
    cells: list[tuple[str, int]] = []
    for k in [k for k in range(i + 1, min(len(lines), i + 1 + 2 * _COLUMN_ROWS)) if not lines[k].blank][:_COLUMN_ROWS]:
        if _pairs(lines[k].text) or len(cells) >= len(pairs):
            break
        # (the printed line keeps the spaces between cells; folded, as every matcher reads a zh-TW or converter copy)
        cells += [(c, k) for c in fold(lines[k].raw).strip().strip("|｜").split()]
    if any(re.search(r"[：:]", c) for c, _ in cells):
        return None  # (a label of a field after the table, "标签:", is no cell of it)
    if len(cells) != len(pairs):
        return None
    out = []
    for (label, _), (value, k) in zip(pairs, cells):
        key = FIELDS[label]
        shape = _LONE_VALUE.get(key)
        if (shape is not None and not shape.match(value)) or not _fits(key, value) \
                or key == "doc_number" and not P.DOC_NUMBER.search(normalize_doc_number(value)) and not _DECREE_VALUE.fullmatch(value):
            return None
        out.append((label, value, k))
    return out


def find_metadata_blocks(lines: list[Line], min_fields: int = 2, gap: int = 3) -> list[MetadataBlock]:
    """Every run of at least `min_fields` metadata fields (lines with none at most `gap` apart)."""
    blocks: list[MetadataBlock] = []
    cur: MetadataBlock | None = None
    pending: str | None = None  # a field whose value is on a later line
    last_hit = -10
    pos = _gap_positions(lines)
    far = lambda i: last_hit < 0 or pos[i] - pos[last_hit] > gap
    read_to = -1  # the last line of a column table's values, read with its label row
    for i, ln in enumerate(lines):
        if ln.blank or i <= read_to:
            continue
        pairs = (_pairs(ln.text) if len(ln.text) <= 300 else []) or _glued_pairs(ln.text)  # prose is never a field line
        columns = _column_values(lines, i, pairs) if pairs else None
        if columns:  # a label row, its values in the rows below: one block (with the fields just before it)
            if cur is None or far(i):
                if cur is not None:
                    blocks.append(cur)
                cur = MetadataBlock(start=i, end=i)
            pending = None
            for label, value, k in columns:
                cur.fields.setdefault(FIELDS[label], value)
                cur.lines.setdefault(FIELDS[label], k)
                cur.field_lines.update((i, k))
            read_to = columns[-1][2]
            cur.end, last_hit = read_to, read_to
            continue
        if not pairs and cur is not None and _wraps_title(cur, i, ln.text):
            cur.fields["title"] = cur.fields["title"].strip() + ln.text.strip()  # a 标题 value over two lines
            cur.field_lines.add(i)
            cur.end, last_hit = i, i
            continue
        if not pairs and pending and cur is not None and len(ln.text) <= 300:
            glued = _value_then_fields(ln.text)
            if glued and _fits(pending, glued[0]):
                # the value of the label above, run on into the next fields (a bulleted block flattened: "标 题:" ⏎
                # "儋州市公开…整改落实情况 - 文 号:发布日期: 2024-05-31 22:14", yangpu.hainan.gov.cn, fresh37)
                cur.fields.setdefault(pending, glued[0])
                cur.lines.setdefault(pending, i)
                pending = None
                pairs = glued[1]
        if not pairs:
            # (its cell bar after it is none of the value: "2012/11/02 |")
            value = ln.text.strip().rstrip("|｜").strip() if pending else ""
            if pending and cur is not None and len(compact(ln.text)) <= 120 and not compact(ln.text).endswith(("：", ":")) \
                    and value and _fits(pending, value):
                cur.fields.setdefault(pending, value)
                cur.lines.setdefault(pending, i)
                cur.field_lines.add(i)
                cur.end, pending, last_hit = i, None, i
                continue
            pending = None
            if cur is not None and far(i):
                blocks.append(cur)
                cur = None
            continue
        if cur is None or far(i):
            if cur is not None:
                blocks.append(cur)
            cur = MetadataBlock(start=i, end=i)
        pending = None
        cur.field_lines.add(i)
        for label, value in pairs:
            key = FIELDS[label]
            if value:
                if key == "issuer" and key in cur.fields and len(compact(value)) > len(compact(cur.fields[key])) \
                        and compact(value).endswith(compact(cur.fields[key])[1:]):
                    cur.fields[key] = value  # 发文单位 "嘉鱼县人民政府办公室" names the place 发布机构 left out
                cur.fields.setdefault(key, value)
                cur.lines.setdefault(key, i)
            elif key not in _INLINE_ONLY:
                pending = key
        cur.end, last_hit = i, i
    if cur is not None:
        blocks.append(cur)
    return [b for b in blocks if len(b.fields) >= min_fields]


def is_metadata_line(text: str) -> bool:
    """True when a line holds metadata fields ("索引号:… 发文日期:…"), whatever its layout."""
    return bool(_pairs(text))
