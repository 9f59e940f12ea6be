"""What a line of a web page or a headerless file reads as: navigation, menus, footers, bylines, dates and list
items that are never a title, and the title-shaped lines that are (a headline over its byline, a 《…》 reported or
announced in full, a headline led by its place, a catalogue entry over the title). Apart from pages.py (metadata
blocks read as headers) and fallback_header.py (the header of a file with none) because both ask these questions
of one line and neither owns them."""
from __future__ import annotations

import re

from kg.model import Line
from kg.parse import patterns as P
from kg.parse.header_lines import _date_and_number, _unglue, drop_betting_path
from kg.parse.headers import _c, _nonblank_after
from kg.parse.chrome import chrome_style, is_chrome, strip_counter
from kg.parse.metadata import FIELDS, find_metadata_blocks
from kg.parse.normalize import compact

__all__ = ["drop_catalogue_region"]


_NAV = re.compile(r"^(?:首页|当前位置|您当前的位置|您现在的位置|返回|打印|关闭|分享|字号|扫一扫|【|\[)|>|＞|›|^[（(][^（）()]*[)）]$"
                  r"|^(?:政府)?信息公开$|^政务公开$|^政策解读$|^[^：:]{2,10}[：:]"  # site navigation, a "label:" line
                  # a site's buttons and link lists ("全文检索", "推荐阅读", "最新文章")
                  r"|^(?:全文检索|站内搜索|搜索|高级搜索|无障碍|关怀版|长者版|繁体版|简体版|本站地图|网站地图|推荐阅读|相关阅读"
                  r"|相关新闻|相关链接|精彩热图|最热新闻|精彩推荐|新闻推荐|最新文章|推荐文章|热门文章|热点新闻|延伸阅读"
                  r"|搜索位置|匹配度|排序|全站搜索)$"
                  # a metadata block's bare value under its label ("公开方式:" ⏎ "主动公开"): never a title
                  r"|^(?:主动公开|依申请公开|不予公开|免予公开|不公开)$")
# a menu of place names set apart by spaces ("今日四川 成都市 绵阳市 自贡市 …"): never a title
_MENU = re.compile(r"^(?:\S{2,6}\s+){4,}\S{2,6}$")
# a news headline opening with its tag ("【喜讯】荣昌173户企业获评…", "【文字解读】某县…的通知"): a title, not a button
_TAGGED_TITLE = re.compile(r"^【[^】【:：\s]{1,6}】[^【】]{6,}$"
                           # (or a forum's board tag in square brackets: "[中國內地] 那曲完成撤地設市 成為西藏第六個地級市",
                           # www2.tvboxnow.com/thread-4277626-1-226.html)
                           # (no label in it: "[返回]上一篇:…" is a link to a neighbour)
                           r"|^[\[［][\u4e00-\u9fff]{2,6}[\]］][^\[\]［］【】:：]{6,}$")
# a 解读 page reposted under its kind ("转发:《威县2023年政务公开工作要点》政策解读")
_REPOST_PREFIX = re.compile(r"^(?:转发|转载)[:：]\S{4,}")
# a news page's byline ("来源:四川经济日报 2022-01-12", "时間:2019-07-31 13:31:36信息來源:", "栏目:… 发布时间:…"):
# the title-like line just above it is the page's headline
_NEWS_BYLINE = re.compile(r"^(?:来源|信息来源|文章来源|——来源|作者|发布者|发布人|时间|发布时间|发布日期|日期)[:：]"
                          r"|(?:发布时间|发布日期|时间)[:：]\s*(?:19|20)\d{2}[-./年]")
# a headline printed only at the end, as the item's original title ("原标题:佛山手心制药公司环保不合格领红牌")
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(\S.{3,79})$")


# "图解：某县人民政府关于…": a 解读 page's title opening with its kind, not a "label:" line
_READING_PREFIX = re.compile(r"^(?:图解|解读|政策解读|一图读懂|图文解读|视频解读|文字解读)[:：]\S{4,}")
# "秭归:县住建局为基层办实事", "铜梁:4家企业获评…": a news headline led by its place, not a "label:" line (never a field's label nor a
# letter's parts: 附件, 主送, 地址 …, nor a link list's)
_PLACE_HEADLINE = re.compile(r"^(?!附件|地址|主送|抄送|联系|邮箱|网址|电话|传真|关键|标签|摘要|备注|说明|注"
                             r"|相关|延伸|推荐|热门|链接"  # (a page's link list: "相关链接:关于《…》的政策图解")
                             r"|政策文件|政策原文|原文|文件"  # (a 解读 page's label naming the document it reads: "政策文件:《…》",
                             # "政策原文: 天津市宝坻区人民政府关于…的通知", fresh38's 宝坻: the page's byline stays the 解读's)
                             # (a link to the neighbouring item: "上一篇:常州市政府关于印发《…》的通知", fresh39's hebei-sthjt)
                             r"|[上下]一(?:篇|条|页|则))"
                             r"(?P<label>[\u4e00-\u9fff]{2,4})[:：][\u4e00-\u9fff“《\d][^:：]{7,}$")
# an item of a numbered list ("2.区政府修订规范性文件目录", "一、总则") heads a part, never the document
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])")


# a site's footer ("…版权所有", "技术支持：…", "网站标识码…"): never a title
# (and its share buttons: "用微信扫描二维码分享至好友和朋友圈"; and who keeps the site: "杭州市临安区清凉峰镇官方网站  临安新闻网制作维护")
_FOOTER = re.compile(r"版权所有|技术支持|主办单位|承办单位|网站标识码|ICP|备案号|联系我们|网站地图|Copyright|扫描二维码|扫一扫"
                     r"|(?:制作|建设|运行)(?:与|和)?维护|网站维护"
                     r"|分享至(?:好友|朋友圈|微信)|分享到(?:好友|朋友圈|微信)", re.IGNORECASE)
# a page's date on its own or leading its info line ("2022/7/27", "2024-03-01 10:12:15",
# "2014-09-17 00:00:00 | 湖北省建设信息中心 |"): never a title
_WEB_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")


# a 解读 page opening with its title as a lead-in ("《…的通知》文件解读如下:"): the title without 如下:
_READING_LEAD = re.compile(r"(解读)如下[:：]$")
# a user handle under a headline on a sharing site ("美友24252702"): never a title nor part of one
_HANDLE = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}\d{5,}")
# a table's header row whose two cells repeat one word ("职责分工 职责分工"): never a title
_REPEATED_CELL = re.compile(r"(\S{2,10})\s*\1")
# a column label in quotes before a headline ("“党政混合信息公开” 中共…办公室印发《…》的通知")
_QUOTED_LABEL = re.compile(r"^“[^”]{2,12}”\s*(?=\S{8,})")


# a document library's catalogue entry over the document's own title, opening with its region in brackets
# ("(江西省)吉安市遂川县国民经济和社会发展十四五规划(2022年更新)"): never the title when a title line follows it
_CATALOGUE_ENTRY = re.compile(r"^[（(][\u4e00-\u9fff]{2,8}(?:省|自治区|市)[)）]")


def drop_catalogue_region(title: str | None) -> str | None:
    """A catalogue entry standing as the title ("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案"): the region in
    brackets is the catalogue's, not the title's."""
    m = _CATALOGUE_ENTRY.match(title or "")
    return title[m.end():] if m and len(title) - m.end() >= 8 else title


# the last line of a compound title, opening with its conjunction ("…第十四个五年规划" ⏎ "和二〇三五年远景目标纲要")
_TITLE_AND = re.compile(r"^(?:和|及|与|暨)[^。：:；;，,]{2,40}$")


_FIELD_LABEL_END = re.compile(r"(?:单位|部门|领导|人|者|时间|时限|日期|地点|内容|事项|任务|目标|措施|要求|依据|标准|对象|范围|方式"
                              r"|类别|类型|名称|编号|电话|地址|来源|原因|结果|情况|说明|意见|备注)$")


# a headline led by the organ it reports on, named longer than a place ("金坛城管局:整治集镇乱象 助力光采小镇", fresh50's 金坛
# item): a name of five to eight characters ending on an organ's word, the headline after the colon
_ORGAN_HEADLINE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{3,6}(?:局|委|办|厅|中心|大队|中队|镇|乡|街道|政府))[:：]"
                             r"[\u4e00-\u9fff“《\d][^:：]{7,}$")


def _place_headline(c: str) -> bool:
    """A headline led by its place ("秭归:…") or by an organ (_ORGAN_HEADLINE): its label is no field's, no form's
    ("责任单位:市市场监督管理局", "完成时限:…"), and nothing on the line is navigation ("当前位置:首页新闻…正文")."""
    m = _PLACE_HEADLINE.match(c) or _ORGAN_HEADLINE.match(c)
    return (bool(m) and m["label"] not in FIELDS and not _FIELD_LABEL_END.search(m["label"])
            and not _NEWS_BYLINE.match(c) and not _NAV.search(c[m.end("label") + 1:])
            and not re.search(r"位置|首页|正文$", c))


# a government gazette's masthead, its name alone on the line ("政府公报", "辽宁省人民政府公报", "國務院公報"), or the gazette's
# blurb under it ("《辽宁省人民政府公报》是由辽宁省人民政府主管、…主办并公开发行的政府出版物,…", a spam mirror of 辽宁's gazette,
# fresh43): the gazette's, never the title of a document it prints (a 统计公报's title names what it reports and stays).
# Not site chrome: an issue's masthead heads the issue, over every document in it, not the first one's page
GAZETTE_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:人民政府|政府|国务院|國務院)(?:公报|公報)$|^[\u4e00-\u9fff]{2,8}政(?:报|報)$"
                              r"|^《[\u4e00-\u9fff]{2,20}(?:公报|公報|政报|政報)》(?:是由|是|由)[^。]{0,40}(?:主办|主管|编辑|出版)")


# a content farm's search-bait headline over the document it copies ("三亚物业管理条例全文,最新三亚物业管理条例(修订版)" over
# "三亚市物业管理实施办法(2011)", fresh46's 三亚): the farm's words, no title
_BAIT_HEADLINE = re.compile(r"(?:全文|原文)[，,]\s*最新")


# a gazette issue's label, its year (a 民国 year too) and number ("◆ 民國100年度第05期" over "專載" ⏎ "桃園縣政府第615次主管會議紀錄",
# tasks117's 桃园 gazette, "2021年第5期"): the issue's, never a document's title
_ISSUE_LABEL = re.compile(r"^[◆◇•·●■□▪]?(?:民国)?\d{2,4}年度?第[\d一二三四五六七八九十]{1,3}期$")


def _title_like(c: str) -> bool:
    """A line that could be a page's or a document's title (not a date, a 文号, a label or navigation)."""
    c = _READING_LEAD.sub(r"\1", c)
    c = drop_betting_path(c)  # (a betting mirror's path before the title: the title after it)
    # (a line opening with dashes is a subtitle or a credit: "----2025年1月15日龚正市长在…的政府工作报告")
    # (a line without a Chinese character is a site's line: "- 9 years ago", "Transcription")
    return (4 <= len(c) <= 80 and not c.endswith(("。", "：", ":", "∶", "；", ";")) and "。" not in c[:-1]
            and re.search(r"[\u4e00-\u9fff]", c) is not None
            and not c.startswith(("-", "—", "–", "－"))
            and not P.parse_date(c) and not _WEB_DATE.match(c) and not P.FILED_DATE.fullmatch(c) and not P.YEAR_MONTH_LINE.fullmatch(c)
            and not P.STAMP.search(c) and not _FOOTER.search(c)
            and not P.DOC_NUMBER_LINE.match(c) and not P.BARE_NUMBER_LINE.match(c) and not _date_and_number(c)
            and (not _NAV.search(c) or bool(_READING_PREFIX.match(c) or _TAGGED_TITLE.match(c)
                                            or _REPOST_PREFIX.match(c) or _place_headline(c)))
            and not _LIST_ITEM.match(c) and not _HANDLE.fullmatch(c) and not _REPEATED_CELL.fullmatch(c)
            and not find_metadata_blocks([Line(1, c, c), Line(2, c, c)], min_fields=1)
            and not P.TOC_PAGE_TAIL.fullmatch(c) and not is_chrome(c) and not organ_level_field(c)
            and not GAZETTE_MASTHEAD.search(c) and not _ISSUE_LABEL.match(c))


# a grassroots open-government page's bare field: the publishing organ and its level ("巩义市自然资源和规划局 县级",
# "经济技术开发区应急管理局 县级" over "2022-07-20 2022-07-20" and the headline): the page's field, never a title
_ORGAN_LEVEL = re.compile(r"^(?P<organ>[\u4e00-\u9fff（）()]{2,40}?)(?:省|市|县|区|乡|镇|村)级$")


def organ_level_field(c: str) -> str | None:
    """The organ of a compact line that is only an organ and its level ("经济技术开发区应急管理局县级"), else None."""
    m = _ORGAN_LEVEL.match(c)
    return m["organ"] if m and P.is_organ(m["organ"]) else None


def _signs(lines: list[Line], j: int) -> bool:
    """Line j is a signing organ: an organ name over a date line, or the organ and its date on one line ("深圳市经济贸易和
    信息化委员会 2017年12月19日 |", its table's bar after it) (a signature names no document)."""
    nxt = _nonblank_after(lines, j, 1)
    c = _c(lines[j])
    from kg.parse.signature import _organ_and_date  # (signature reads page titles' helpers: imported when first used)

    if _organ_and_date(c):
        return True
    if bool(nxt) and bool(P.parse_date(_c(lines[nxt[0]]))) and bool(
            P.is_organ(c) or re.fullmatch(r"[\u4e00-\u9fff（）()]{3,40}(?:办公室|局|委员会|领导小组|中心|政府)", c)):
        return True
    # (or one line of a joint signature over several: "农业部办公厅、发展改革委办公厅、…" ⏎ "司法部办公厅、…" ⏎ … ⏎ date)
    # (every line from it down to the date one of the signature's: an organ heading the page names itself again there)
    from kg.parse.signature import signature_organs
    dated = next((k for k in _nonblank_after(lines, j, 8) if P.parse_date(_c(lines[k]))), None)
    if dated is None:
        return False
    signed = set(signature_organs(lines, dated))

    def organs(k: int) -> set[str]:
        return {q for p in lines[k].text.split() for q in compact(p).split("、") if q}

    return all(organs(k) and organs(k) <= signed for k in range(j, dated) if not lines[k].blank)


# a line closing a book title it never opened ("市人民政府关于加强新时代街道工作的意见》相关要求,以首善…"): the middle of
# broken prose (or a title's last line), never where a title starts
_CLOSES_FIRST = re.compile(r"^[^《]*》")


_SIDEBAR_LIST = ("推荐", "热门", "热点", "最新", "相关")


def column_headings(lines: list[Line]) -> set[str]:
    """The column names the page's breadcrumbs end with ("首页 > 政务公开 > 文件发布" → 文件发布): the column's heading
    printed over its list is the site's line, never a document's title (a breadcrumb ending on the page's own title,
    "首页 > 法规草案征求意见 > 关于《…》公开征求意见的公告", names no column)."""
    paths = [re.split(r"-?>|＞|›|»|/", _c(ln)) for ln in lines if chrome_style(ln.text) == "breadcrumb"]
    ends = {p[-1] for p in paths}
    # (the path's inner names are columns whatever word they end on: "当前位置: 首页 » 重要通告 » 时政通告 » 正文", a spam
    # mirror of a ministry's 通告 printing 重要通告 as its column heading, m.fortlauderdaleshuttlelimo.com/zytg/show-1229.html)
    inner = {e for p in paths for e in p[1:-1] if 2 <= len(e) <= 12 and not P.TITLE_START.search(e)}
    columns = inner | {e for e in ends if 2 <= len(e) <= 12 and not P.TITLE_START.search(e) and not P.DOC_TYPE_END.search(e)}
    # and the sidebar's lists of those columns ("推荐图文" ⏎ "推荐重要通告" ⏎ "点击排行" under the column heading)
    return columns | {w + c for c in columns for w in _SIDEBAR_LIST}


def _first_title(lines: list[Line], start: int, end: int, limit: int = 40, prefer: bool = True) -> int | None:
    """Index of the best title line among the first `limit` non-blank lines of [start, end) (with
    `prefer`, a 关于… or document-type line before any other)."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank and "\t" not in lines[j].text][:limit]
    columns = column_headings([lines[j] for j in cands])
    titled = [j for j in cands if _title_like(_c(lines[j])) and not _signs(lines, j) and _c(lines[j]) not in columns
              and not _MENU.match(lines[j].text.strip()) and not _CLOSES_FIRST.match(_c(lines[j]))]
    titled = [j for k, j in enumerate(titled) if not (_CATALOGUE_ENTRY.match(_c(lines[j])) and titled[k + 1:k + 2]
                                                       and titled[k + 1] - j <= 3)]
    if prefer:
        headline = _headline(lines, cands, titled)
        if headline is not None:
            return headline
    # (a notice's title whose 关于印发 was left off opens on the 《 of the plan it issues: "《关于落实…<冰雪旅游发展行动计划" ⏎
    # "(2021-2023年)>的实施方案》的通知", fresh55 jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt:1)
    for prefer in () if not prefer else (lambda c: P.TITLE_START.search(c.removeprefix("《")) or P.ORGAN_TITLE.match(c)
                                         or P.REPLY_ORGAN.match(c),
                   lambda c: P.DOC_TYPE_END.search(c) or c.endswith(("解读", "图解", "答记者问"))):
        hit = next((j for j in titled if prefer(_c(lines[j]))), None)
        if hit is not None:
            return _title_head(lines, titled, _rule_over_first_part(lines, cands, titled, hit))
    return titled[0] if titled else None


def _names_kind(c: str) -> bool:
    """The line names a document kind somewhere (a type word ends one of its prefixes)."""
    return any(P.DOC_TYPE_END.search(c[:n]) for n in range(1, len(c) + 1))


# a title's opening line that is its place alone ("吐鲁番市高昌区" ⏎ "国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
# fresh50): short, yet the title's head
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|区|县|旗|州|盟)")


def _line_above(lines: list[Line], j: int) -> int:
    """The line a title broken onto line j opens on: the one right above, or above a blank line when the page is
    double-spaced ("安徽省國民經濟和社會發展第十四個" ⏎ "" ⏎ "五年規劃和2035年遠景目標綱要", fresh50's 安徽 notice)."""
    k = j - 1
    # (across a blank line only a line opening with its place: a site's chrome over a blank line is no title's head,
    # "安装后可以在桌面快捷访问" ⏎ "" ⏎ "贯彻落实《…》的任务分解方案", fresh9's 石景山)
    if k >= 1 and lines[k].blank and not lines[k - 1].blank and P.ORGAN_PLACE.match(_c(lines[k - 1])):
        k -= 1
    return k


def _title_head(lines: list[Line], titled: list[int], j: int) -> int:
    """The first line of a title whose type word the page broke onto line j ("苏尼特右旗国民经济和社会发展第十四个五年"
    ⏎ "规划和2035年远景目标纲要"): the line right above, when it reads as a title's opening, not a whole one."""
    k = _line_above(lines, j)
    c, tail = (_c(lines[k]), _c(lines[j])) if k >= 0 else ("", "")
    # (a line naming a document kind anywhere is a title of its own: "…政府工作报告—全文" over "政府工作报告")
    if (k in titled and (len(c) >= 8 or _PLACE_ONLY.fullmatch(c)) and len(c + tail) <= 80 and not _names_kind(c) and not P.is_organ(c)
            and not _CATALOGUE_ENTRY.match(c) and not P.TITLE_START.search(tail) and not P.ORGAN_TITLE.match(tail)
            and not _NAV.search(c) and not re.search(r"[)）】\]]$", c)):
        return k
    return j


def _headline(lines: list[Line], cands: list[int], titled: list[int]) -> int | None:
    """A news page's headline: the title-like line at most three lines above its byline, when the byline
    comes before any body text (a column name or a menu above the headline, a 名单 heading below, are not it)."""
    for k, j in enumerate(cands):
        c = _c(lines[j])
        if len(c) > 80 or "。" in c:
            return None  # body text first: no byline heads this page
        if _NEWS_BYLINE.search(c) or (len(c) <= 60 and P.STAMP.search(c)):  # ("鲤城微事 2024-05-20 10:25")
            above = [i for i in titled if i < j and i in cands[max(0, k - 3):k]]
            if above and _BAIT_HEADLINE.search(_c(lines[above[-1]])):
                # (a content farm's bait over its byline: the copied document's own title is the line right under it)
                below = [i for i in titled if i in cands[k + 1:k + 2]]
                return below[0] if below else None
            return above[-1] if above else None
    return None


# a rule's own title line over its first chapter or article, below a headline naming another matter: "财政专项扶贫资金管理办法" ⏎
# "该资讯由: admin 编辑 发布时间为:2014/9/5 来源:海南省人民政府网" ⏎ "海南省农业生产防灾救灾资金管理实施细则" ⏎ "第一章 总则" (fresh58
# hainan_sheng-2014-nongye-fangzai-jiuzai-zijin-shishi-xize-ta.txt, a trade site's copy; its README: the 细则's own line)
_FIRST_PART = re.compile(r"^第一[章条]")


def _rule_over_first_part(lines: list[Line], cands: list[int], titled: list[int], hit: int) -> int:
    """The titled line after `hit` whose next line opens the rule's first chapter or article, when it names its place
    (the headline `hit` names none) and ends on a rule's kind; else `hit`."""
    if P.ORGAN_PLACE.match(_c(lines[hit])):
        return hit
    for i, j in enumerate(cands[:-1]):
        c = _c(lines[j])
        if j > hit and j in titled and P.ORGAN_PLACE.match(c) and P.DOC_TYPE_END.search(c) \
                and _FIRST_PART.match(_c(lines[cands[i + 1]])):
            return j
    return hit


# a news item reprinting a document announces it by name ("《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。")
_FULL_TEXT_FOLLOWS = re.compile(r"^《(?P<title>[^《》]{6,80})》(?:全文|原文|具体内容)如下[。:：]?$")


def _full_text_named(lines: list[Line], start: int, end: int) -> int | None:
    """The line naming the document whose full text follows, among the first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:10]
    return next((j for j in cands if _FULL_TEXT_FOLLOWS.match(_c(lines[j]))), None)


# a news lead reporting an organ's document by its full title ("文旅部网站12月30日发布《文化和旅游部关于确定…的公告》。",
# "记者昨日从省政府获悉,《吉林省人民政府关于修改、废止…的决定》已经省政府第11次常务会议通过"): the item is that document's
# (释出: 发布 as OpenCC s2twp words it)
_REPORTED = re.compile(r"(?:发布|释出|印发|公布|出台|下发)了?《(?P<a>[^《》]{8,80})》|《(?P<b>[^《》]{8,80})》(?:已经|已于|已由)")


def _reported_title(c: str) -> str | None:
    """The document a news lead reports, when its title opens with its organ (placed, or a national organ) + 关于 and
    ends on its kind: a title naming no organ could be any body's."""
    m = _REPORTED.search(c)
    t = (m["a"] or m["b"]) if m else ""
    organ = t[: t.index("关于")] if "关于" in t[2:] else ""
    if organ and P.DOC_TYPE_END.search(t) and (P.ORGAN_TITLE.match(t) or P.is_national_organ(organ)):
        return t
    # (or a title naming its own place, the lead naming the organs that issued it right before the verb: "2023年12月,
    # 中共山西省委办公厅、山西省人民政府办公厅发布《山西省乡村振兴责任制实施细则》,自发布之日起施行。")
    by = re.search(r"(?:^|[,，])(?P<organs>[\u4e00-\u9fff、]{4,60}?)(?:联合)?$", c[: m.start()]) if m and m["a"] else None
    organs = [o for o in by["organs"].split("、") if o] if by else []
    issued = bool(organs) and all(P.is_organ(o) or P.is_national_organ(o) or re.fullmatch(r"中共[\u4e00-\u9fff]{2,20}", o)
                                  for o in organs) and P.is_organ(organs[-1])
    return t if issued and P.DOC_TYPE_END.search(t) and P.ORGAN_PLACE.match(t) and "关于" not in t else None


# the line a trade or news item sets between its lead and the document it reprints ("以下为原文:", "原文如下")
_ORIGINAL_FOLLOWS = re.compile(r"^(?:以下为|以下是|附)?(?:通知|文件)?(?:原文|全文)(?:如下)?[:：]?$")


def _reprinted_title(lines: list[Line], cands: list[int], k: int) -> str | None:
    """The title a lead reports (`X发布《关于…的通知》`) when the item reprints that document untitled right after it:
    a `以下为原文` line follows the lead and the text under it opens with no title of its own (recipients, body)."""
    m = _REPORTED.search(_c(lines[cands[k]]))
    t = m["a"] if m else None
    if not t or not P.DOC_TYPE_END.search(t):
        return None
    marker = next((i for i in range(k + 1, min(k + 4, len(cands))) if _ORIGINAL_FOLLOWS.match(_c(lines[cands[i]]))), None)
    if marker is None or marker + 1 >= len(cands):
        return None
    under = _c(lines[cands[marker + 1]])
    return None if _title_shaped(under) and not under.endswith(("：", ":")) else t


def _reported_document(lines: list[Line], start: int, end: int) -> tuple[int, str] | None:
    """(line, title) of the document the item's first sentence lines report, among its first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:6]
    found = next(((j, t) for j in cands if (t := _reported_title(_c(lines[j])))), None)
    if found is None:
        found = next(((j, t) for k, j in enumerate(cands[:3]) if (t := _reprinted_title(lines, cands, k))), None)
    return found


def _original_title(lines: list[Line], start: int, end: int) -> int | None:
    """The line printing the item's headline as 原标题:…, among the first lines."""
    cands = [j for j in range(start, min(end, len(lines))) if not lines[j].blank][:40]
    return next((j for j in cands if _ORIGINAL_TITLE.match(_c(lines[j]))), None)


def _title_shaped(c: str) -> bool:
    """Shaped like a document's title: 关于…, organ + 关于, a document-type ending, a glued 文号, a 解读 page."""
    return bool(P.TITLE_START.search(c) or P.ORGAN_TITLE.match(c) or P.DOC_TYPE_END.search(c) or _unglue(c)[1]
                or re.search(r"解读|图解", c) or re.search(r"《[^》]+(?:通知|决定|意见|办法|方案|规定)》", c))




def _bare_title(title: str) -> str:
    """A title without book-title marks, quotes and the 、 between joint issuers: 关于印发《X》的通知 and 关于印发X的通知
    are one title, and so are "财政部、国家税务总局关于…" and "财政部 国家税务总局关于…"."""
    return re.sub(r"[《》〈〉“”\"'‘’、]", "", strip_counter(compact(title)))
