"""Site chrome: the lines a web page prints around a document (buttons, menus, breadcrumbs, site names, greetings).

A registry of named styles, each a pattern on the compact (simplified, spaceless) line, tried in order; each
style's real lines are in tests/test_chrome.py. A chrome line is never a title, and a page preamble made only of
chrome is no document of its own: it belongs to the document the page shows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.parse.normalize import fold

__all__ = ["CHROME_STYLES", "chrome_style", "is_chrome", "strip_site_suffix", "strip_counter", "strip_full_text_note"]

# a page's text tools: its font sizes, then print / close / share / bookmark buttons, each maybe in brackets
_FONT_TOOL = r"[【\[]?(?:字体大小|字体|字号)[:：]?[(（\[【]?(?:[大中小][)）\]】]?[【\[]?)*[)）\]】]?"
_PAGE_TOOL = r"[【\[]?(?:我要)?(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|分享(?:到)?|收藏(?:本页)?|纠错)[】\]]?[:：]?"

# a site's buttons and user links, one or several run together ("无障碍长者助手我的收藏收藏", "登录个人中心")
_BUTTON = (r"(?:无障碍(?:浏览|阅读|版)?|关怀版|长者(?:助手|版|模式)|长辈版|适老版|(?:打开|开启|切换|进入|退出)?适老化(?:模式)?|网站无障碍|繁体(?:版|中文)?|简体(?:版|中文)?|English"
           r"|智能问答|智能客服|我的收藏|收藏本站|收藏|加入收藏|设为首页|登录|登入|注册|个人中心|用户中心|返回首页|网站首页|首页"
           r"|APP下载|数据开放平台|手机版|移动版|微信|微博|打印|关闭|分享|搜索|站内搜索|全文检索|高级搜索|读屏|网站地图|本站地图"
           r"|友善(?:列印|打印)|列印"
           # (the site's IPv6 badge: "长者助手 无障碍 网站支持IPv6", nyncj.zhanjiang.gov.cn)
           r"|(?:网站)?支持IPv6)")

# an item of a site's main menu: "新闻中心", "政府信息公开", "政民互动", "走进略阳" (the site's place after 走进)
_MENU_ITEM = (r"(?:新闻中心|新闻动态|政务公开|政府信息公开|信息公开|政务服务|网上办事|办事服务|互动交流|政民互动|公众参与"
              r"|专题专栏|专题专题|数据开放|走进[\u4e00-\u9fff]{2,4}?)")

# an item of a portal's sister-site bar: a government site (…政府网), a language version, the place's congress,
# political consultative conference or discipline commission
_SISTER = (r"[\u4e00-\u9fff]{2,10}?政府网|English|Русскаяверсия|Русский|日本語|한국어|繁體|繁体"
           r"|[省市县区州旗]?(?:人大|政协|纪委监委|纪委|监委)")

CHROME_STYLES: tuple[tuple[str, re.Pattern], ...] = (
    # buttons only: "无障碍浏览", "无障碍长者助手我的收藏收藏", "登录个人中心", "• 繁体版", set apart by 、 or |: "友善列印、收藏"
    # (a bar's empty trailing cells kept: "微信 微博 手机版 无障碍 | 适老化 | |", "设为首页|加入收藏|长辈版|")
    # (a pop-up bar's close mark after its buttons: "打開適老化模式 無障礙瀏覽 x", a converter copy of a 腾冲 town page)
    ("buttons", re.compile(rf"^{_BUTTON}(?:[、|｜/]?{_BUTTON})*(?:[xX×✕])?[|｜]*$", re.IGNORECASE)),
    # a portal's top bar of links to sister sites, its language versions and the place's other organs, three or more
    # ("中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委"): names only, never a title's words
    ("sister_sites", re.compile(rf"^(?:{_SISTER}){{3,}}$", re.IGNORECASE)),
    # the site's banner: its buttons, then the organ whose site it is ("长者模式 南华县人民政府")
    ("buttons_banner", re.compile(rf"^{_BUTTON}+[\u4e00-\u9fff]{{2,16}}(?:人民政府|政府|局|委员会)$")),
    # the site's main menu from its 首页 ("首   页 走进略阳 新闻中心 政府信息公开 政务服务 政民互动 专题专栏",
    # "首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城"): menu items only, never a title's words
    ("main_menu", re.compile(rf"^(?:网站)?首页{_MENU_ITEM}{{2,}}$")),
    # a breadcrumb: "【当前位置】:首页->区信息公开指南", "当前位置: 首页 > 政务公开", "您现在的位置:首页 > …"
    ("breadcrumb", re.compile(r"^[【\[]?您?(?:现在|当前)?(?:所在)?的?位置[】\]]?[:：]"
                              # (or from a column's home: "资讯首页 > 农业快讯", a land portal's news column, docmeta144)
                              r"|^(?:网站|资讯|新闻)?首页(?:-?>|＞|›|»|/)"
                              # (or its path on the line under a lone "首页": "> 政民互动 > 民意征集")
                              r"|^(?:-?>|＞|›|»)[\u4e00-\u9fff]{2,16}(?:(?:-?>|＞|›|»)[\u4e00-\u9fff]{2,16})*$"
                              # (or a path from the site's column, three names or more set apart by ">>" / "›", no
                              # 首页: "延吉市政府信息公开专栏 >> 延吉市人民政府办公室 >> 政府信息公开基础平台")
                              r"|^[\u4e00-\u9fff]{2,20}(?:(?:>>|-?>|＞|›|»)[\u4e00-\u9fff]{2,20}){2,}$"
                              # (or the site's name and 正文, after a mirror's list number: "1. 大聽網   > 正文")
                              r"|^(?:\d{1,2}[.、])?[\u4e00-\u9fff]{2,16}(?:>>|-?>|＞|›|»)正文$")),
    # the site's name, or its section path: "花草资讯网", "重庆市政府网-信息公开-重庆市渝北区政府",
    # "…人民政府门户网站"
    # (never a title's words: "关于加快农村电网…" names a grid, not a site)
    # (or a topic platform the site hosts: "武汉文化产业政策服务平台")
    # (a library's source cell closes it with its bar: "财政部网站 |" under a wikisource copy's header row)
    ("site_name", re.compile(r"^(?!.*(?:关于|的))[\u4e00-\u9fff]{2,16}(?:网|门户网站|网站|政务网|信息网|资讯网|服务平台|信息平台)[|｜]?$"
                             # (its parts may be set apart by a doubled dash: "法搜网--中国法律信息搜索网" over a law site's copy,
                             # tasks99 yunnan-menglian-zizhixian-linye-tiaoli)
                             r"|^[\u4e00-\u9fff]{2,16}网(?:[-—_|>]{1,2}[\u4e00-\u9fff]{2,16}){1,4}$")),
    # a disclosure column's heading over the fields: "重庆市渝北区政府信息公开", "肇庆市人民政府办公室政府信息公开",
    # "政府信息公开规章库"
    ("disclosure_heading", re.compile(r"^[\u4e00-\u9fff]{0,20}(?:政府信息公开|政务公开)(?:规章库|专栏|平台)?$")),
    # a greeting: "您好,欢迎访问我们的网站,我们将竭诚为您服务!", "欢迎来到平顶山市水利局!"
    ("greeting", re.compile(r"^(?:您好|你好)[,，!！]?欢迎|^欢迎(?:访问|来到|光临|登录|登入)")),
    # the site's date line: "今天是:2025年12月06日", "今天是2024年5月6日 星期一"
    ("today", re.compile(r"^今天是[:：]?(?:19|20)\d{2}年")),
    # a page's text tools, maybe after its column's name: "区政府办公室文件 字体(    )  打印", "字号:[大 中 小] 打印本页"
    # (or opened by a bracket the page's cell cut: "【字体:")
    # (each size or tool in brackets of its own: "【字体:大中小】打印分享到:", "字体：【大】【中】【小】", "[字体:大 中 小] [打印本页]
    # [关闭窗口]"; or the tools alone, two or more: "【打印】【关闭】", "打印 分享到:")
    ("page_tools", re.compile(rf"^[\u4e00-\u9fff]{{0,12}}?{_FONT_TOOL}(?:{_PAGE_TOOL})*$|^(?:{_PAGE_TOOL}){{2,}}$")),
    # a share button with its count: "分享到:65.3K" (fresh41's 平陆运河 repost, under its post date)
    ("share_count", re.compile(r"^分享(?:到|至)?[:：]?\d+(?:\.\d+)?[KkWw万]?$")),
    # a template site's heading over the copy it carries: "第一篇:规范性文件制定备案和清理制度(精选)" over the rules' own
    # title (fresh41's 西双版纳 rules), "车间工作服管理制度(精选11篇)" (oh100.com/ahsrst/a/201608/184514.html), "生产企业管理制度
    # 【推荐5篇】" (alatiku.com/fanwen/zhidu/69wpw5.html): the site's entry, never the document's title
    ("template_heading", re.compile(r"^第[一二三四五六七八九十\d]{1,3}篇[:：]\S{2,60}[(（【](?:精选|推荐)[)）】]$"
                                    r"|^\S{2,40}[(（【](?:精选|推荐)\d{1,3}篇[)）】]$")),
    # a law site's tools and its disclaimer over the regulation ("下载法规" ⏎ "我要纠错" ⏎ "条款摘要" ⏎ "资料来自公开网络,仅提供网友
    # 学习讨论使用" ⏎ "原文版权归原版权人拥有", fresh48's 太原 条例 on an EHS law site): the site's lines, never the document's
    ("law_site_tools", re.compile(r"^(?:下载(?:法规|条例|全文)|我要纠错|条款摘要|法规摘要)$"
                                  r"|^(?:资料|内容|信息|文章)(?:来自|来源于|源于|均来自)(?:公开)?(?:网络|互联网)[,，](?:仅|只)(?:提供|供)"
                                  r"|^(?:原文)?版权归原(?:版权人|作者|权利人)(?:所有|拥有)$")),
    # a disclosure page's section labels over the document: "详细信息", "公开具体内容" (a label alone on its line)
    ("section_label", re.compile(r"^(?:详细信息|信息详情|内容详情|具体内容|公开具体内容|正文内容|文章内容|信息内容)$")),
    # an encyclopedia page's section headings, alone on their line ("发布信息", "内容全文", "基本介绍": 發布信息 ⏎ "2023年12月,
    # …发布《…》" ⏎ 內容全文 ⏎ "第一章 总则"): the page's outline, never the document's title
    ("wiki_section", re.compile(r"^(?:基本介绍|基本信息|发布信息|颁布信息|施行信息|修订信息|修订历程|修订过程|制定过程|制定进程"
                                r"|内容全文|政策全文|文件全文|条例全文|办法全文|全文内容|草案全文|出台背景|内容简介|词条目录)$")),
    # the site's credits printed at the top ("主办单位:中共武汉市委宣传部", "承办单位:长江网"): who runs the site
    ("site_credits", re.compile(r"^(?:主办单位|承办单位|协办单位|主办|承办|技术支持)[:：][\u4e00-\u9fff]{2,30}$")),
    # a media player's fallback message where the page had a video: "不支持Flash", "您的浏览器不支持播放此视频"
    ("player_fallback", re.compile(r"^(?:您的)?(?:浏览器|播放器)?不支持(?:Flash|HTML5|视频|播放)|^请(?:安装|升级)Flash",
                                   re.IGNORECASE)),
    # a row of links to sister sites, set apart by bars ("热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛")
    ("site_links", re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[|｜][\u4e00-\u9fff]{0,8}(?:网|网论坛|站点|平台)){2,}[|｜]?$")),
    # an HTML page's untitled tab ("Document", an editor's default "无标题文档") and a site search's sort labels ("搜索位置",
    # "匹配度", "排序"), alone or run together on one line ("搜索位置排序")
    ("page_widget", re.compile(r"^(?:Document|Untitled(?:Document)?|无标题文档|无标题页|新建网页\d*"
                               r"|(?:搜索位置|匹配度|排序|相关度|按时间|按相关度)+)$", re.IGNORECASE)),
    # a document-sharing site's download button printed under the file's name ("创卫工作责任分解及工作进度表" ⏎ "合集下载"),
    # alone on its line: never the end of the title ("附件下载", a link list's heading, is no button)
    # (and a law site's download link under its byline, labelled: "下载地址: 点击此处下载")
    ("download_button", re.compile(r"^(?:合集|文档|全文|免费|立即|点击)下载(?:文档|此文档|全文)?$|^下载(?:文档|此文档|全文)$"
                                   r"|^下载(?:地址|链接)[:：]\s*点击(?:此处|这里)下载$")),
    # a journal database's bar around an article's record ("期刊文献+" over the title, "下载PDF" ⏎ "导出" under it;
    # docmeta38 quanguo-2018-zhengfu-gongzuo-baogao-neirong-jiegou-journal-abstract, 218.28.6.71:81/Qikan): never the
    # title's words
    ("journal_database", re.compile(r"^(?:期刊文献|学位论文|会议论文|报纸文章)\+$|^(?:下载PDF|下载CAJ|在线阅读|导出|引用本文)$",
                                    re.IGNORECASE)),
    # a bid site's region path over its item, province to county set apart by hyphens ("江西-九江-德安县", under the
    # headline, over 发布时间): the item's place, never its title (a column path, "综合政务-文秘工作", ends on no place)
    ("region_path", re.compile(r"^[\u4e00-\u9fff]{2,8}(?:-[\u4e00-\u9fff]{2,8}){0,2}-[\u4e00-\u9fff]{1,8}?[省市县区旗州盟]$")),
    # markup left where the page had an image or an empty element: "![]()", "<track id="8vqxz"></track>" (after a
    # mirror's list number: "3. <th id="8vqxz"><track id="8vqxz"></track></th>")
    ("markup_residue", re.compile(r"^!?\[[^\]]{0,40}\]\([^)]{0,200}\)$|^(?:\d{1,2}\.)?(?:<[^<>]{1,60}>)+$")),
    # the description of the site's emblem its template prints on every page ("市标图案以“辽”字为主创元素,…", "整个市标简洁
    # 明快、…"): never a document's sentence ("市标准化研究院" is no emblem: the emblem's words follow 标)
    ("emblem_text", re.compile(r"^(?:整个)?[省市县区州旗]标(?:图案|标志|设计|整体|造型|以|由|简洁|寓意)")),
    # a hijacked site's keyword bar over the copied page, three spam terms or more set apart by | _ , (never a government
    # line: "久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频_…", "亚洲精品综合色区二区|人妻碰碰免费视频|…")
    ("spam_bar", re.compile(r"^(?=(?:.*?(?:精品|无码|在线观看|在线播放|免费观看|免费视频|国产|日韩|欧美|亚洲|久久|人妻|成人|"
                            r"一区二区|中文字幕|天天)){3})(?=(?:[^|｜_,，]*[|｜_,，]){2})[^。]{10,120}$")),
    # a page's keyword bar (its <title> tag) closed by the site's domain, three segments or more set apart by - _ | and
    # none naming a document ("欧美杯是什么比赛-nba在线直播免费观看-男足亚洲杯2023赛程直播-五人制足球场划线|www.jncul.com",
    # a spam mirror over 大同区's 禁牧公告, docmeta111): the site's line, never a title (a tab title "…的通知_某县人民政府"
    # ends on no domain, and one that names its document opens with 关于 or ends a segment on the kind)
    ("keyword_bar_domain", re.compile(r"^(?!.*关于)(?!.*(?:通知|公告|通告|意见|方案|办法|规定|决定)[-—_|｜])"
                                      r"(?:[^-—_|｜]{2,40}[-—_|｜]{1,2}){3,}(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?$",
                                      re.IGNORECASE)),
    # an editor's credit at the top of a page, the person's handle and the post date ("编辑: 麒麟兔爷 2019-03-14" over a
    # county's duty list, tasks50's 监利): who posted the page, never its title
    ("editor_credit", re.compile(r"^(?:责任)?编辑[:：][^:：,，。]{1,12}?(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})?$")),
    # a site menu's item as a bullet: "• 今日钟楼", "• 走进钟楼", "• 政民互动" (a short name, no sentence)
    ("menu_item", re.compile(r"^[•·●◆■▪○]\s*[\u4e00-\u9fff]{2,6}$")),
    # a site's menu bar whatever its items, read on the printed line: 首页 (maybe letter-spaced), then four or more short
    # names set apart by spaces ("首 页 新闻中心 政务公开 政务服务 放管服改革 政民互动 知识产权"); a title's words are never
    # set apart so
    ("menu_bar", re.compile(r"^首\s*页(?:\s+(?!关于)[\u4e00-\u9fff]{2,6}){4,}$")),
    # a column's heading of related links, alone on its line over the page's title ("相關新聞", docmeta134's 广州 rules page)
    ("related_heading", re.compile(r"^相关(?:新闻|文章|阅读|链接|信息|文件|推荐)$")),
    # a rules site's note that a newer version exists ("本規章已修訂 請點擊閱讀最新版本", docmeta134's 广州 rules page)
    ("revision_note", re.compile(r"^本(?:规章|规定|文件|法规|条例|办法)已(?:修订|修改|废止|失效)[,，。]?请?点击(?:阅读|查看)"
                                 r"最新(?:版本|文本)?$")),
    # a bullet left without its item, a lone dash or dots ("  • -" under a page's share button, docmeta134's 广州 rules page)
    ("lone_mark", re.compile(r"^[-—–_|｜.。…~～]+$")),
)
# the styles matched on the printed line, spaces kept (the others on the spaceless line)
_ON_RAW = {"menu_bar"}


@lru_cache(maxsize=8192)
def chrome_style(raw: str) -> str | None:
    """The name of the chrome style the line is printed in, or None (a line of the document).

    The line is read folded, as every matcher reads text: a printed (raw) line of a traditional or converter copy
    ("热门站点| 世界資料網 | 專利資料網", pinyin after its characters) is the same chrome as its simplified line."""
    raw = fold(raw)
    c = "".join(raw.split())
    for name, pattern in CHROME_STYLES:
        if pattern.search(raw.strip() if name in _ON_RAW else c.lstrip("•·●◆■▪○") if name != "menu_item" else c):
            return name
    return None


def is_chrome(raw: str) -> bool:
    return chrome_style(raw) is not None


# a page title's site suffix: "…的通知-湖南省人民政府门户网站", "…的意见_某市人民政府网"
_SITE_SUFFIX = re.compile(r"\s*[-—_|｜]\s*[\u4e00-\u9fff]{2,20}(?:门户网站|政府网|人民政府网站|网站)$")


# the browser tab's title in general: the document's title, ending on its kind (a bracketed tail such as （试行） kept),
# then after a dash, underscore or bar the page's column path and the site, which is a web site, a portal ("首都之窗") or
# the organ whose site it is ("…的通知-某某县人民政府", "…纲要-规划-政务公开-首都之窗", "…的通知_政策文件_某市人民政府")
_KIND = r"(?:通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|函|命令|通报|决议|要点|计划|纲要|预案|条例|规则|名单|答复)"
_SEP = r"\s*[-—_|｜]{1,2}\s*"
_SEGMENT = r"[\u4e00-\u9fff]{2,20}"
# (or a platform: "…的通知-欧洲杯网络平台", a spam mirror's tab, fresh45 luan)
_SITE_END = (r"(?:门户网站|网站|政府网|网|之窗|平台|人民政府|政府|办公室|办公厅|管理委员会|管委会|委员会|局|政务公开|信息公开|政府信息公开|"
             r"政策文件|政府文件|部门文件|规范性文件|政策法规|通知公告|公示公告|文件通知)")
_TAB_TITLE = re.compile(rf"^(?P<title>.{{6,}}?{_KIND}(?:[（(][^（）()]{{1,10}}[）)])?)(?P<tail>(?:{_SEP}{_SEGMENT}){{1,4}})$")


def _site_tail(tail: str) -> bool:
    """The segments after a title are the page's column path and site: none names a document (关于, 的, 印发), and
    the last is a site, a portal, an organ or a column."""
    parts = [p for p in re.split(r"[-—_|｜\s]+", tail) if p]
    return bool(parts) and not any(re.search(r"关于|的|印发|转发", p) for p in parts) \
        and bool(re.search(rf"{_SITE_END}$", parts[-1]))


def strip_site_suffix(title: str) -> str:
    """A page title without the site name the browser tab appends after a dash."""
    m = _SITE_SUFFIX.search(title)
    if m and m.start() >= 8:
        return title[: m.start()]
    tab = _TAB_TITLE.match(title)
    return tab["title"] if tab and _site_tail(tab["tail"]) else title


# Right after a title's last word, a kind of document: what is glued after it is no part of the title
_AFTER_KIND = (r"(?<=通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|命令|通报|决议|要点|计划|纲要|预案"
               r"|条例|规则|名单|指南|清单)")
# a page's view or comment counter glued after a title that ends on its kind ("…目标任务分解方案的通知0")
_COUNTER = re.compile(_AFTER_KIND + r"\d{1,3}$")


# a journal database's citation count glued after an article's title ("…内容结构分析 被引量:3")
_CITED_COUNT = re.compile(r"\s*被引量[:：]\s*\d{1,6}$")


# a gazette's issue glued after a title that ends on its kind ("国务院关于同意…设立地级乌兰察布市的批复(2004年3号)", a
# reposted 国务院公报 item, fresh34 neimenggu-wulanchabu-che-meng-she-shi-pifu): the bulletin's issue, never the title's
# (a revision's year stays: "…奖补激励办法(2025年修订)")
_GAZETTE_ISSUE = re.compile(_AFTER_KIND + r"[(（](?:19|20)\d{2}年第?\d{1,3}[号號期][)）]$")


def strip_counter(title: str) -> str:
    """A title without the page counter glued after its last word (a title never ends on digits after its kind), a
    journal database's citation count, or a gazette's issue (see _GAZETTE_ISSUE)."""
    return _GAZETTE_ISSUE.sub("", _CITED_COUNT.sub("", _COUNTER.sub("", title)))


# a reposter's note glued after a title that ends on its kind ("市政府关于授予2023年徐州市市长质量奖…的决定全文如下"): the page
# announcing the text, never part of the title (the 《X》全文如下 line of a news item is read in kg/parse/page_titles.py)
_FULL_TEXT_NOTE = re.compile(r"(?<=通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|细则|报告|请示|命令|通报|决议|要点|计划|纲要"
                             r"|预案|条例|规则|名单)[，,]?(?:全文|原文|具体内容)如下[。:：]?$")


def strip_full_text_note(title: str) -> str:
    """A title without a reposter's 全文如下 after its kind word."""
    return _FULL_TEXT_NOTE.sub("", title)
