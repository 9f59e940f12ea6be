"""Site chrome registry (kg/parse/chrome.py): each style with the real lines it was written for, the lines it must leave
alone, and what a page's chrome does to the document (no preamble of its own, never a title)."""

import pytest

from kg.parse.chrome import CHROME_STYLES, chrome_style, strip_counter, strip_full_text_note, strip_site_suffix
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue

# (line as printed, style) — set and file the line comes from
CHROME = [
    ('          市标图案以“辽”字为主创元素,用狂草手法演变出“旭日初升、祥龙飞天、神鹿跳跃、辽水奔腾”的形态造型,巧妙蕴含了龙山、辽水、鹿乡等辽源元素,寓', "emblem_text"),  # fresh14 jilin_liaoyuan-2020-shipin-anquan-shigu-yingji-yuan: the site's emblem described
    ('          整个市标简洁明快、动感十足、色彩标准采用红黄绿蓝渐变成五彩图腾,分别代表“五城辽源”,勾勒出辽源天蓝、日丽、水碧、山青的美丽画卷。', "emblem_text"),  # fresh14 辽源
    ("  • 无障碍浏览", "buttons"),  # fresh9 jiangsu_zhonglou-2020-liangshi-yingji-yuan-tongzhi
    ("  • 登录个人中心", "buttons"),  # fresh9 钟楼
    ("• 繁体版", "buttons"),  # fresh9 钟楼
    (" 无障碍    长者助手 我的收藏   收藏", "buttons"),  # fresh9 guangdong_zhaoqing-2014-zhusanjiao-guihua-renwu-anpai
    ("【当前位置】:首页->区信息公开指南", "breadcrumb"),  # fresh9 jiangdu (traditional page, normalised)
    ("当前位置: 首页 > 政务公开 > 法规公文 > 市政府文件", "breadcrumb"),  # fresh9 guangdong_guangzhou-2021
    ("花草资讯网", "site_name"),  # fresh9 gansu_lanzhou-2022-siji-linzhang-tixi-news
    ("重庆市政府网 - 信息公开 - 重庆市渝北区政府", "site_name"),  # fresh9 chongqing_yubei-2017
    ("重庆市渝北区政府信息公开", "disclosure_heading"),  # fresh9 渝北
    ("肇庆市人民政府办公室政府信息公开", "disclosure_heading"),  # fresh9 肇庆
    ("政府信息公开 规章库", "disclosure_heading"),  # fresh9 肇庆
    ("您好,欢迎访问我们的网站,我们将竭诚为您服务!", "greeting"),  # fresh9 兰州
    ("  • 今日钟楼", "menu_item"),  # fresh9 钟楼
    ("  • 走进钟楼", "menu_item"),  # fresh9 钟楼
    ("友善列印、收藏", "buttons"),
    ("分享到:65.3K", "share_count"),  # fresh41 guangxi_pinglu-yunhe-…-tongzhi: under the repost's 发布时间
    ("分享:1200", "share_count"),  # constructed: the same button with a plain count
    ("相關新聞", "related_heading"),  # docmeta134 guangdong_guangzhou-zhengfu-xinxi-gongkai-guiding-ling8: over the breadcrumb
    ("本規章已修訂 請點擊閱讀最新版本", "revision_note"),  # docmeta134 广州 rules page: under its date and source bullets
    ("  • -", "lone_mark"),  # docmeta134 广州 rules page: a bullet under the share button, its item lost
    # a template site's entry heading over the copy (fresh41 yunnan_xishuangbanna-…-zhidu; oh100.com/ahsrst/a/201608/
    # 184514.html; alatiku.com/fanwen/zhidu/69wpw5.html)
    ("第一篇:规范性文件制定备案和清理制度(精选)", "template_heading"),
    ("车间工作服管理制度(精选11篇)", "template_heading"),
    ("生产企业管理制度【推荐5篇】", "template_heading"),
    ("下载法规", "law_site_tools"),  # fresh48 shanxi_taiyuan-renda-changweihui-2024-xiaofang-tiaoli: an EHS law site's tools
    ("资料来自公开网络,仅提供网友学习讨论使用", "law_site_tools"),  # (and its disclaimer)
    ("原文版权归原版权人拥有", "law_site_tools"),
    ("详细信息", "section_label"),  # fresh11 hunan_nanxian-2018-zhujianju-zhengti-zhichu-jixiao-pingjia-baogao
    ("公开具体内容", "section_label"),  # fresh11 南县
    # fresh12 (each file's first lines, as printed)
    ("网站首页 >> 公开信息内容", "breadcrumb"),  # fresh12 yunnan_shuangbai-2023-senlin-caoyuan-huozai-pujiu-yingji-yuan
    ("您现在所在的位置: 网站首页> 市卫健委> 重大决策预公开> 意见征集", "breadcrumb"),  # fresh12 anhui_xuancheng-2020
    ("• 设为首页|", "buttons"),  # fresh12 宣城 (a bar's cell with its separator)
    ("微信 微博 手机版 无障碍 | 适老化 | |", "buttons"),  # fresh12 henan_huaxian-2025-huozai-shigu-jiuyuan-yuan-xiudinggao
    ("收藏本站| 设为首页| 首页", "buttons"),  # fresh12 shandong_weihai-2012 (a law site)
    ("智能问答 无障碍浏览 长者模式 数据开放平台", "buttons"),  # fresh12 shandong_linshu-2022-quanyu-lvyou-shifanqu-gongzuo-fangan-jiedu
    ("长者模式 南华县人民政府", "buttons_banner"),  # fresh12 yunnan_nanhua-2019-anquan-gongcheng-sannian-xingdong-jihua-yijian
    ("热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛", "site_links"),  # fresh12 shandong_weihai-2012, shandong_jinan-1991
    ("Document", "page_widget"),  # fresh12 shanxi_sanjiazhen-2024 (an untitled HTML page's tab)
    # docmeta38 quanguo-2018-zhengfu-gongzuo-baogao-neirong-jiegou-journal-abstract (lines 1, 6, 7; 218.28.6.71:81/Qikan, a
    # journal database's mirror): its bar around the article's record
    ("期刊文献+", "journal_database"),
    ("下载PDF", "journal_database"),
    ("导出", "journal_database"),
    ("搜索位置", "page_widget"),  # fresh12 三甲镇
    ("匹配度", "page_widget"),  # fresh12 三甲镇
    ("今天是:2025年12月06日", "today"),  # fresh12 sichuan_suining-2019-fangxunban-fangxun-yingji-yuan-zhengqiu-yijian-han
    ("区政府办公室文件 字体(    )  打印", "page_tools"),  # fresh12 neimenggu_xinchengqu-2018-dizhen-yingji-yuan-gazette
    # fresh13 (and the same menus in earlier sets)
    ("首   页 走进略阳 新闻中心 政府信息公开 政务服务 政民互动 专题专栏", "main_menu"),  # fresh13 shaanxi_lueyang-2022
    ("首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城", "main_menu"),  # fresh6 heilongjiang_qiqihar-huanjing-wuran-yingji-yuan
    ("首页 政府信息公开 新闻中心 网上办事 政民互动 走进海原", "main_menu"),  # fresh13 ningxia_haiyuan-2020-xiangzhen-shequ-xiaofang-anquan-zhize-qingdan
    (">政民互动>民意征集", "breadcrumb"),  # fresh13 gansu_wuwei-2022-zhigong-yibao-shiji-tongchou-zhengqiu-yijian (under "首页")
    ("> 政务公开 > 重点工作落实情况", "breadcrumb"),  # fresh zhejiang_liandu-zerenfenjie-cells-reversed
    ("![]()", "markup_residue"),  # fresh13 zhejiang_shaoxing-2025-fuxu-youdai-duixiang-yiliao-baozhang-shishi-banfa
    ('      3. <th id="8vqxz"><track id="8vqxz"></track></th>', "markup_residue"),  # fresh13 jiangxi_jian-2022 mirror
    # fresh15: a disclosure column's path with no 首页, and a portal's bar of sister sites and language versions
    ("延吉市政府信息公开专栏 >> 延吉市人民政府办公室 >> 政府信息公开基础平台", "breadcrumb"),  # fresh15 jilin_yanji-2024 (line 1)
    ("中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委", "sister_sites"),  # fresh15 heilongjiang_qiqihar-2019 (line 1)
    ("首 页 新闻中心 政务公开 政务服务 放管服改革 政民互动 知识产权", "menu_bar"),  # fresh15 liaoning_dalian-2020 (line 1): items unknown to main_menu
    # fresh16: page tops over a document (each file's first lines)
    ("无标题文档", "page_widget"),  # fresh16 hunan_jiangyong-2022-tufa-shijian-zongti-yuan (line 1): an editor's default tab title
    ("搜索位置排序", "page_widget"),  # fresh16 qinghai-2022-lanzhou-xining-chengshiqun-fazhan-shisiwu-shishi-fangan (line 1): run together
    ("【字体:", "page_tools"),  # fresh16 yunnan-2022-shisiwu-quyu-xietiao-fazhan-guihua-mirror (line 3)
    # the tools each in brackets of their own, or run on after the sizes (stop 18: the perturbed benchmark's chrome line,
    # then real lines of the development sets)
    ("【字体:大 中 小】 打印 分享到:", "page_tools"),  # benchmarks/other_districts_perturbed.py CHROME
    ("字号: 分享到:", "page_tools"),  # fresh16 hubei_xianning-2022-zhengfu-gongzuo-baogao-mubiao-renwu-fenjie-tongzhi (line 12)
    ("字体大小: 打印", "page_tools"),  # fresh8 shandong_qingdao-2021-shenji-jieguo-gonggao (line 3)
    ("【字体：大 中 小】【打印】【关闭】", "page_tools"),
    ("[字体:大 中 小] [打印本页] [关闭窗口]", "page_tools"),
    ("  • 字体【      】", "page_tools"),  # fresh16 江永 (line 8)
    ("武汉文化产业政策服务平台", "site_name"),  # fresh16 hubei_wuhan-2018-sheng-zhengfu-gongzuo-baogao-renwu-zeren-fenjie (line 4)
    ("财政部网站 |", "site_name"),  # repeal45 national-2020-caizheng-nongye-zhuanyi-zhifu-banfa-ci-qian-san-ge-tongshi-feizhi-wikisource (line 3, the library's source cell under its header row)
    ("法搜网--中国法律信息搜索网", "site_name"),  # tasks99 yunnan-menglian-zizhixian-linye-tiaoli-zizhixian-renmin-zhengfu-yingdang (line 1, a law site's name over its copy, its parts apart by a doubled dash)
    ("主办单位:中共武汉市委宣传部", "site_credits"),  # fresh16 武汉 (line 1)
    ("承办单位:长江网", "site_credits"),  # fresh16 武汉 (line 2)
    ("合集下载", "download_button"),  # fresh17 district-2008-chuangwei-zeren-fenjie-jindubiao-doc-site (line 2, under the file's name)
    ("下载地址: 点击此处下载", "download_button"),  # fresh18 fujian_xiamen-2002-xinxing-qiangti-cailiao-guanli-guiding-law-site (line 4, the law site's link under its byline; 38 pages of the sets)
    ("江西-九江-德安县", "region_path"),  # fresh17 jiangxi_dean-2025-binzang-gaige-sange-wenjian-qicao-shuoming-jiedu (line 4)
    ("发布信息", "wiki_section"),  # fresh7 shanxi-xiangcun-zhenxing-zerenzhi-xize-wiki (traditional page, normalised; line 1, an encyclopedia page's section heading)
    ("内容全文", "wiki_section"),  # fresh7 山西 (line 3)
    ("基本介绍", "wiki_section"),  # fresh9 heilongjiang-wending-zengzhang-ruogan-cuoshi-wiki-traditional (line 5)
    ("制定进程", "wiki_section"),  # https://newton.com.tw/wiki/%E6%B5%99%E6%B1%9F%E7%9C%81%E9%87%8D%E6%B1%A1%E6%9F%93%E5%A4%A9%E6%B0%A3%E6%87%89%E6%80%A5%E9%A0%90%E6%A1%88/64230797
    ("草案全文", "wiki_section"),  # the same page (浙江省重污染天氣應急預案; traditional, normalised)
    # hijacked sites' spam keyword bars over copied pages (in no set: nakedoat.com/banshi/2006-02/04/content_177413.htm,
    # megontherun.com/2016/01-07/2746947.html, v8tv.cn/p/82740.html)
    ("久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频_成人高辣h视频一区二区在线观看", "spam_bar"),
    ("不卡一区二区三区四区,天天干天天插天天射,欧美日韩大片在线观看,先锋资源国产精品", "spam_bar"),
    ("亚洲精品综合色区二区|人妻碰碰免费视频|高清无码中文字幕在线播放|欧美成在线精品视频", "spam_bar"),
    ("1. 大听网   > 正文", "breadcrumb"),  # v8tv.cn/p/82740.html: the mirror's path to the item (zh-TW page, normalised)
    # a pop-up bar opening the site's elderly mode, its close mark after it: fresh37
    # yunnan_tengchong-gudong-zhen-xinxi-gongkai-mulu-beian-zhidu-meta-converter (line 3, https://www.dhap.com.cn/info/13751/
    # 4978633.htm, a converter copy, normalised) and fresh2 gansu_minle-yingji-tongshi-feizhi (line 1, the mode named in a bar)
    ("打开适老化模式 无障碍浏览 x", "buttons"),
    ("网站支持IPV6 | 无障碍阅读 | 适老化模式", "buttons"),
    ("长者助手 无障碍 网站支持IPv6", "buttons"),  # http://nyncj.zhanjiang.gov.cn/zwgk/xztz/content/post_859706.html (in no set)
    ("不支持Flash", "player_fallback"),  # fresh11 jilin-2007-feizhi-65xiang-zhengfu-guizhang-news (a portal's video box)  # fresh10 neimenggu-2023-guowuyuan-gaozhiliang-fazhan-yijian-traditional (a Taiwan site)
    ("欧美杯是什么比赛-nba在线直播免费观看-男足亚洲杯2023赛程直播-五人制足球场划线|www.jncul.com", "keyword_bar_domain"),  # docmeta111 heilongjiang_datong-…-trad: a spam mirror's keyword bar over 大同区's 公告
    ("编辑: 麒麟兔爷 2019-03-14", "editor_credit"),  # tasks50 hubei-jianli-daqi-…: the poster's handle and date over the duty list
    ("责任编辑:张佳丽", "editor_credit"),  # constructed: the credit without its date
]

# lines of documents that look a little like chrome: never chrome
NOT_CHROME = [
    "关于加快农村电网改造的通知 |",  # constructed guard: a pipe table's title cell, its bar after it (no site's name)
    "综合政务-文秘工作",  # fresh4 shandong_gaoqing-guifanxing-meta: a column path, ending on no place
    "京津冀-长三角",  # constructed guard: regions named together in a heading, no place's level at the end
    "附件下载",  # a link list's heading (fresh4's texts), no button
    "导出货物清单",  # constructed guard: the journal bar's word opening a line of a document
    "期刊文献目录",  # constructed guard: no + after it
    "文件下载 下载",  # a county table's row (fresh4 jiangsu_yixing)
    "下载",  # constructed guard: a bare word, a cell of tables
    "关于打印机采购的通知",  # constructed guard: a tool's word inside a title
    "字体设计大赛获奖名单",  # constructed guard: 字体 opening a heading, no sizes or tools after it
    "下载地址:见附件",  # constructed guard: a field naming where a form is, no site's link
    "市标准化研究院关于开展2023年标准化试点的通知",  # constructed guard: 市标准化 is no emblem
    "会宁县民政局政府信息公开目录",  # fresh4 gansu_huining: a 目录 is a document
    "扬州市江都区人民政府办公室政府信息公开指南",  # fresh9 jiangdu: the guide's title
    "甘肃兰州建立四级林长体系",  # fresh9 兰州: the news headline
    "区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知",  # fresh9 钟楼
    "钟政办发〔2020〕51号",  # fresh9 钟楼
    "• 《常州市钟楼区粮食应急预案》政策解读",  # fresh9 钟楼: a link to the page's reading
    "南华县人民政府关于实施安全工程三年行动计划(2018—2020 年)的意见",  # fresh12 南华: the banner's organ opens a title
    "今天是全国防灾减灾日",  # a sentence opening 今天是, no date: never the site's date line
    "牵头单位|县发改局|县财政局",  # a pipe table's row of units: no site links
    "字体设计大赛获奖名单",  # a title opening on 字体: no page tools
    "首页新闻中心区县动态德江县",  # a path ending on a place name: the items alone make a menu
    "政务服务中心关于延长服务时间的公告",  # a title opening on a menu's word, no 首页
    "[1]关于加快推进农村电网建设的意见(链接)",  # a cited title in brackets: words, no markup alone
    "关于加快推进农村电网",
    "市人大常委会关于批准市政协提案办理工作的决定",  # a title naming 人大 and 政协: words, not a bar of names
    "延吉市人民政府办公室关于印发《延吉市城市建设管理暂行办法》的通知",  # fresh15 延吉: the title under the path
    "市人大 市政协",  # two names only: no bar of three
    "首页 关于 我们",  # a menu opening with 首页 needs four names after it
    # guards for the fresh16 rows
    "无标题文档整理工作的通知",  # the tab title's words opening a title: only alone
    "排序结果公示",  # a sort label opening a headline: only labels
    "关于建设全省政务服务平台的通知",  # a platform named in a title (关于): no site name
    "主办单位:市文化和旅游局、市教育局联合举办",  # an event's organisers in prose: no site's credit (the value is no bare name)
    "主办单位负责活动的组织实施",  # no colon: a sentence
    "发布信息公开工作年度报告的通知",  # constructed guard: a title opening on a section's words, not the heading alone
    "《浙江省重污染天氣應急預案(徵求意見稿)》全文公布,公開徵求意見。",  # the newton page's sentence naming 全文
    "关于支持国产高清视频设备进入欧美、日韩市场的通知",  # constructed guard: spam's words in a title, no bar of them
    "DOC文库 - 千万精品文档,你想要的都能搜到,下载即用。",  # a sharing site's slogan (fresh texts): one spam word only
    "全省农资打假专项治理行动视频会议",  # a title naming a video conference
    "关于做好政府网站支持IPv6改造工作的通知",  # constructed guard: a title naming IPv6
    "关于开展适老化模式改造工作的通知",  # constructed guard: a title naming the mode
    "实施生活困难老年人家庭适老化改造260户",  # fresh texts (traditional, normalised): the word in a report's sentence
    "相关新闻报道汇编",  # constructed guards for related_heading / revision_note: more words after the heading's,
    "本规定已修订的条款自公布之日起施行",  # a rule's sentence naming its revision, no link to a newer version
    "分享到朋友圈",  # constructed guards for share_count / template_heading: a button's words with no count,
    "第一篇 总则",  # a code's part heading (no 精选), a title naming a selection
    "关于公布2023年度精选案例的通知",
    "2018年度部门整体支出绩效评价报告及具体内容",
    "关于印发某县方案的通知_某县人民政府|www.x.gov.cn",  # constructed: a tab title naming its document, closed by a domain
    "某县人民政府关于禁牧的通告-政策文件-某县人民政府网-www.abc.gov.cn",  # constructed: the same, the kind before a dash
    "编辑部关于征集稿件的通知",  # constructed: an editorial office's title opens with 编辑, no credit
    "地址:http://www.nickbaillie.com/kfxw/14028.html",  # docmeta111 henan_yuwangtai-…: a page's address line, no bar  # a title naming 具体内容 among other words: a section label only alone  # a title's first line ending on 网 (a grid), not a site's name
]


@pytest.mark.parametrize("line,style", CHROME)
def test_chrome_line(line, style):
    assert chrome_style(line) == style


@pytest.mark.parametrize("line", NOT_CHROME)
def test_not_chrome(line):
    assert chrome_style(line) is None


def test_every_style_has_an_example():
    assert {name for name, _ in CHROME_STYLES} == {style for _, style in CHROME}


@pytest.mark.parametrize("title,want", [
    # fresh9 hunan-2023-zhongdian-gongzuo-fengong-yijian-tongzhi (and fresh6 hunan-2019): the browser tab's title
    ("湖南省人民政府关于印发《落实〈政府工作报告〉重点工作分工的意见》的通知-湖南省人民政府门户网站",
     "湖南省人民政府关于印发《落实〈政府工作报告〉重点工作分工的意见》的通知"),
    ("关于印发《某县2023—2025年行动计划》的通知", "关于印发《某县2023—2025年行动计划》的通知"),  # a dash inside: kept
    # fresh9 beijing_xicheng-2016-shisanwu-guihua-gangyao-mirror (line 1): the column path, then the city's portal
    ("北京市西城区国民经济和社会发展第十三个五年规划纲要-规划-政务公开-首都之窗",
     "北京市西城区国民经济和社会发展第十三个五年规划纲要"),
    # the same tab title naming the organ whose site it is (the layout of the fresh14 浦江 page's title line)
    ("浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知-浦江县人民政府",
     "浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知"),
    ("某市人民政府关于加强安全生产工作的意见（试行）_政策文件_某市人民政府",
     "某市人民政府关于加强安全生产工作的意见（试行）"),
    # guards: the tail names a document, or the title does not end on its kind before the dash
    ("关于印发某县实施方案的通知-关于某县的补充通知", "关于印发某县实施方案的通知-关于某县的补充通知"),
    # fresh5 sichuan_gongjing-rencaiji-feiyi-news: a headline's dash before its second half
    ("贡井区2023年专家人才“感知贡井”——非遗文化主题活动顺利举行", "贡井区2023年专家人才“感知贡井”——非遗文化主题活动顺利举行"),
    ("国务院关于河北雄安新区总体规划（2018—2035年）的批复", "国务院关于河北雄安新区总体规划（2018—2035年）的批复"),
    ("某县突发事件总体应急预案-2021年修订版", "某县突发事件总体应急预案-2021年修订版"),
    # fresh45 anhui_luan-2021-zhongdian-gongzuo-ji-zeren-fenjie-spam-title (line 1): a spam mirror's tab names its platform
    ("六安市人民政府关于2021年重点工作及责任分解的通知-欧洲杯网络平台", "六安市人民政府关于2021年重点工作及责任分解的通知"),
])
def test_site_suffix(title, want):
    assert strip_site_suffix(title) == want


# fresh9 jiangsu_zhonglou-2020-liangshi-yingji-yuan-tongzhi (first lines, as printed)
ZHONGLOU = """• 繁体版
  • 无障碍浏览
  • 智能问答
  • 今日钟楼
  • 登录个人中心
  • 网站首页
  • 走进钟楼
信息名称:区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知
索 引 号:014119467/2020-00556
文件编号:钟政办发〔2020〕51号 发布机构:政府办
产生日期: 2020-12-10 发布日期: 2020-12-11 废止日期: 有效

区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知
钟政办发〔2020〕51号

开发区、高新园(邹区镇)、各街道,区各有关单位:
现将《常州市钟楼区粮食应急预案》印发给你们,请结合实际,认真贯彻执行。
"""


def test_chrome_preamble_belongs_to_the_document():
    issue = segment_issue(normalize_lines(ZHONGLOU), "zhonglou.txt")
    assert len(issue.documents) == 1
    d = issue.documents[0]
    assert (d.line_start, d.title, d.doc_number) == (
        1, "区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知", "钟政办发〔2020〕51号")


# fresh9 gansu_lanzhou-2022-siji-linzhang-tixi-news: a site name and greeting over a news headline
LANZHOU = """花草资讯网

您好,欢迎访问我们的网站,我们将竭诚为您服务!

甘肃兰州建立四级林长体系

2022-01-07分类:园林资讯 阅读:40

2021年以来,甘肃省兰州市八个县区相继成立全面推行林长制工作领导小组和办公室,制定了工作方案。
"""


def test_chrome_is_never_the_title():
    issue = segment_issue(normalize_lines(LANZHOU), "lanzhou.txt")
    assert issue.documents[0].title == "甘肃兰州建立四级林长体系"


@pytest.mark.parametrize("title,want", [
    # fresh9 jiangsu_xuzhou-2020-gongzuo-baogao-mubiao-renwu-fenjie-policy: a counter glued after the title
    ("市政府关于印发2020年政府工作报告主要目标任务分解方案的通知0", "市政府关于印发2020年政府工作报告主要目标任务分解方案的通知"),
    ("关于印发《某县2023年工作要点》的通知", "关于印发《某县2023年工作要点》的通知"),
    ("上海市城市总体规划2035", "上海市城市总体规划2035"),  # a year after the kind is part of the name: kept
    # docmeta38 quanguo-2018-zhengfu-gongzuo-baogao-neirong-jiegou-journal-abstract (line 3, real): a journal database's
    # citation count after the article's title
    ("中国政府在做什么——基于词汇关联的《政府工作报告》内容结构分析 被引量:3", "中国政府在做什么——基于词汇关联的《政府工作报告》内容结构分析"),
    ("关于印发被引量统计办法的通知", "关于印发被引量统计办法的通知"),  # constructed guard: the word inside a title
    # fresh34 neimenggu-wulanchabu-che-meng-she-shi-pifu-converter (weimomishe.com/doc/200466f4b25960467): a 国务院公报
    # issue glued after the reply's title (as normalised from the converter's text)
    ("国务院关于同意内蒙古自治区撤销乌兰察布盟设立地级乌兰察布市的批复(2004年3号)",
     "国务院关于同意内蒙古自治区撤销乌兰察布盟设立地级乌兰察布市的批复"),
    ("关于印发公报管理办法的通知（2004年第3期）", "关于印发公报管理办法的通知"),  # constructed: full-width brackets, 期
    # real guards: a revision's year, and an issue inside the title, stay (jiangxi_dean-2025-binzang… , fresh gold)
    ("德安县绿色殡葬奖补激励办法(2025年修订)", "德安县绿色殡葬奖补激励办法(2025年修订)"),
    ("关于《政府公报(2004年3号)》发行的通知", "关于《政府公报(2004年3号)》发行的通知"),
])
def test_counter(title, want):
    assert strip_counter(title) == want


# fresh15 heilongjiang_qiqihar-2019-zhengwuyun-pingtai-guanli-shishi-xize-tongzhi-metadata (lines 1-10): a sister-site bar
# and the main menu over fields whose labels are letter-spaced, two to a line (its 分  类 cell bare)
QIQIHAR = """中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委
首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 鹤 城
索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府、市政府办公室文件;
发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29
名        称 齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知
文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02
齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知
信息来源: 市人民政府办公室

齐政办发〔2019〕29号
"""
# fresh15 jilin_yanji-2024-chengshi-jianshe-guanli-zanxing-banfa-tongzhi-metadata (lines 1-9): a column's path over the fields
YANJI = """延吉市政府信息公开专栏 >> 延吉市人民政府办公室 >> 政府信息公开基础平台

索  引 号: 112224010136088915/2024-07611
分  类: 规范性文件 ; 通知
发文机关: 延吉市人民政府办公室
成文日期: 2024年04月09日
标      题: 延吉市人民政府办公室关于印发《延吉市城市建设管理暂行办法》的通知
发文字号: 延市政办规〔2024〕6号
发布日期: 2024年04月19日
"""


@pytest.mark.parametrize("text,want", [
    (QIQIHAR, ("齐政办发〔2019〕29号", "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知",
               "2019-11-29", "齐齐哈尔市人民政府办公室")),
    (YANJI, ("延市政办规〔2024〕6号", "延吉市人民政府办公室关于印发《延吉市城市建设管理暂行办法》的通知", "2024-04-09",
             "延吉市人民政府办公室")),
], ids=["qiqihar", "yanji"])
def test_a_portal_bar_or_column_path_over_the_fields_is_no_document(text, want):
    [d] = segment_issue(normalize_lines(text), "page.txt").documents
    assert (d.line_start, d.doc_number, d.title, d.date, d.issuer) == (1, *want)


@pytest.mark.parametrize("title,want", [
    # entrep21 jiangsu-xuzhou-shizhang-zhiliangjiang-2023 (line 1): a forum reposter's 全文如下 after the decision's title
    ("市政府关于授予2023年徐州市市长质量奖和市长质量奖提名奖的决定全文如下", "市政府关于授予2023年徐州市市长质量奖和市长质量奖提名奖的决定"),
    ("关于印发某县2023年工作要点的通知,全文如下:", "关于印发某县2023年工作要点的通知"),
    # kept: the words are a title's own where no kind word precedes them
    ("政府工作报告全文", "政府工作报告全文"),
    ("某县2023年工作要点", "某县2023年工作要点"),
])
def test_full_text_note(title, want):
    assert strip_full_text_note(title) == want


# the same chrome in a zh-TW copy (OpenCC s2tw) and a converter copy (pinyin after its characters): the printed line is
# read folded, as every matcher reads text (fresh12's 法律资料网 pages lost their header under s2tw: "熱門站點| 世界資料網"
# was no chrome, benchmarks.other_districts_perturbed)
def _script_copies(line: str) -> list[str]:
    import opencc

    from benchmarks.converter_pinyin import converter_copy

    return [opencc.OpenCC("s2tw").convert(line), converter_copy(line)]


@pytest.mark.parametrize("line,style", CHROME)
def test_chrome_line_in_a_traditional_or_converter_copy(line, style):
    assert [chrome_style(c) for c in _script_copies(line)] == [style, style]


@pytest.mark.parametrize("line", NOT_CHROME)
def test_not_chrome_in_a_traditional_or_converter_copy(line):
    assert [chrome_style(c) for c in _script_copies(line)] == [None, None]
