"""Every file is at least one document: headers are a scored choice among evidence, web-page metadata
blocks in any layout, and files with no header at all. Real pages (tests/data/pages, source URL per row)."""

from pathlib import Path

import pytest

from kg.parse.metadata import find_metadata_blocks, parse_any_date
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue

PAGES = Path(__file__).parent / "data" / "pages"

# (file, source URL, [(title, 文号, issuer, date, line_start, title_line_start, header_found)])
DOCUMENTS = [
    # title above a pipe-table metadata block with label cells ending in a colon
    ("hanyin_pipe_metadata.txt", "https://www.hanyin.gov.cn/Content-2331720.html",
     [("汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知", "汉政办发〔2021〕88号",
       "汉阴县人民政府办公室", "2021-09-28", 1, 1, True)]),
    # bullets with each value on the next line; the page title above, the document title after
    ("zhenba_bullet_metadata.txt", "http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml",
     # 发文机构 "县政府网站" names the web site, not an issuer: the title opens with the issuing organ
     [("镇巴县人民政府工作规则", "镇政发〔2024〕7号", "镇巴县人民政府", "2024-04-06", 3, 28, True)]),
    # traditional page: page title, 发布时间 line, 登记号, 文号, organ, title over three lines — one document
    ("huaihua_traditional.txt", "http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml",
     [("怀化市人民政府办公室关于印发《怀化市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知",
       "怀政办发〔2023〕9号", "怀化市人民政府办公室", "2023-03-15", 1, 1, True)]),
    # converter output: pinyin after polyphonic characters, 文号 above the one-line title
    ("shanghai_converter.txt", "http://htgfsre.cn/nw41430/20200823/0001-41430_54611.html",
     [("上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知", "沪府发〔2017〕92号", "上海市人民政府",
       "2017-12-20", 1, 2, True)]),
    # 文号 glued before the 《title》 of the page, then the document's own header
    ("shandong_number_first.txt", "https://0798ci.com/law/8240.html",
     [("山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", "山东省人民政府", None, 1, 5, True)]),
    # 政策解读 page: no header; title from its heading line, date from the line under it
    ("putuo_policy_reading.txt", "http://www.shpt.gov.cn/shpt/zcjd-zcwjzhzwqfbzfwj2021/20220817/849934.html",
     [("关于《普陀区行政机关政策文件解读实施办法》的政策解读", None, None, "2022-08-12", 1, 3, False)]),
    # a gazette page: masthead, the page's byline (作者 / 发布时间 / 信息来源: a metadata block), a list of
    # titles, then the notice with a broken 文号 (歙政办秘〔202361) and a stripped signing date (20231128):
    # one document from the byline, its title line the notice's own (16)
    ("shexian_gazette_stripped.txt", "https://www.ahshx.gov.cn/zwgk/public/6615887/11283352.html",
     [("歙县人民政府办公室关于印发《歙县政府投资项目管理办法》的通知", "歙政办秘〔2023〕61号", "歙县人民政府办公室",
       "2023-11-28", 3, 16, True)]),
    # metadata labels without colons ("索 引 号 MB1534522/2023-05475 发文日期 2023-01-03") under the page title
    ("caidian_item_notes.txt", "https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml",
     [("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", "蔡政办〔2023〕1号",
       "蔡甸区人民政府办公室", "2023-01-03", 1, 1, True)]),  # the signature names the place
    # pipe metadata with the 文号 glued before the 标题 value, then the title over three lines (责任分解 ⏎ 方案的通知:
    # a 关于… title ends in a 公文 type, not in 分解)
    ("jiangan_pipe_title_three_lines.txt", "https://nucsns.com/www/zwgk_8u7y6r/xxgkml/qzfbwj/202004/t20200419_1185129",
     [("区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知", "江政办〔2020〕2号",
       "区人民政府办公室", "2020-04-19", 1, 6, True)]),  # title lines: the document's own (6-8)
    # pipe metadata with an empty 成文日期 cell next to 发布日期, 发文字号 "无"
    ("bozhou_pipe_misaligned.txt", "https://www.bzqc.gov.cn/XxgkContent/show/1465541.html",
     [("亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", None, "谯城区政府(办公室)",
       "2020-04-09", 1, 1, True)]),
    # a converter copy printed on one line: 文号 glued to the 主送, the signing date glued after the last sentence
    ("huhehaote_one_line_page.txt", "http://www.6065bob.com/fagui/33218.html",
     [("关于印发呼和浩特市政府信息公开目录编制规则的通知", "呼政办发〔2008〕68号", None, "2008-05-23", 1, 1, True)]),
    # four joint issuers printed apart before the 关于 of one title line
    ("chengdu_joint_issuers.txt", "https://lr5.cn/2024/08/07/47893.html",
     [("成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
       None, "成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局", None, 1, 1, True)]),
    # page title and bullets, then the notice with its 文号 broken (广安区府办发〔202026) and a two-line title
    ("guangan_broken_number.txt",
     "https://www.guanganqu.gov.cn/gaqrmzf/zdjc/pc/content/content_1717747978409553920.html",
     [("广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知", "广安区府办发〔2020〕26号",
       "广安市广安区人民政府办公室", "2020-10-28", 3, 11, True)]),
    # converter copy, the title spaced apart ("通 知"), a 时间/点击次数 page line between the title and its 文号
    ("fengqiu_traditional_time_line.txt", "http://www.ybie.cn/xxgk/zfwj/1560755393726.html",
     [("封丘县人民政府办公室关于推进全县政务信息资源共享工作的通知", "封政办〔2019〕26号", "封丘县人民政府办公室",
       "2019-06-17", 1, 1, True)]),
    # the page starts at 主送: no title, no issuer; the annexed rules' heading names it, but heads no lines
    # (title_line_start 0: the text above it is body, extracted like the rest)
    ("ganxian_no_title.txt", "http://www.ganxian.gov.cn/gxqxxgk/c110840/202208/7d183befc03d4842ae2c5313bf2bc91a.shtml",
     [("赣州市赣县区重大行政决策程序工作指引", None, None, "2022-05-10", 1, 0, False)]),
]


@pytest.mark.parametrize("name,url,want", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_pages_give_their_document(name, url, want):
    text = (PAGES / name).read_text(encoding="utf-8")
    lines = normalize_lines(text)
    issue = segment_issue(lines, name)
    got = [(d.title, d.doc_number, d.issuer, d.date, d.line_start, d.title_line_start, d.header_found)
           for d in issue.documents]
    assert got == want
    d = issue.documents[-1]
    assert d.line_end == max(ln.no for ln in lines if not ln.blank)  # nothing after the header is lost


# (layout, lines, fields expected)
BLOCKS = [
    ("one field per line", "索引号：113702/2023-00012\n发布机构：某区人民政府办公室\n发文字号：某政办发[2023]12号\n成文日期：2023-05-06",
     {"issuer": "某区人民政府办公室", "doc_number": "某政办发〔2023〕12号", "date": "2023-05-06"}),
    ("tab table", "索引号\t1137/2023-1\t发布机构\t某县人民政府\n发文字号\t某政发〔2023〕3号\t成文日期\t2023年03月05日",
     {"issuer": "某县人民政府", "doc_number": "某政发〔2023〕3号", "date": "2023-03-05"}),
    ("pipe table", "| 索引号 | 11370/2023-1 | 发布机构 | 某县人民政府 |\n|---|---|---|---|\n| 发文字号 | 某政发〔2023〕3号 | 成文日期 | 2023年03月05日 |",
     {"issuer": "某县人民政府", "doc_number": "某政发〔2023〕3号", "date": "2023-03-05"}),
    ("glued on one line", "索引号：1137 发布机构：某县政府 发文字号：某政发〔2023〕3号 成文日期：二〇二三年三月五日",
     {"issuer": "某县政府", "doc_number": "某政发〔2023〕3号", "date": "2023-03-05"}),
    ("label cell over value cell", "索引号\n1137/2023\n发布机构\n某县人民政府\n成文日期\n2023-03-05",
     {"issuer": "某县人民政府", "doc_number": None, "date": "2023-03-05"}),
    ("bullets, stripped brackets", "- 发布机构：某市人民政府办公室\n- 文号：某府办发〔202312\n- 成文日期：2019305",
     {"issuer": "某市人民政府办公室", "doc_number": "某府办发〔2023〕12号", "date": "2019-03-05"}),
]


@pytest.mark.parametrize("layout,text,want", BLOCKS, ids=[b[0] for b in BLOCKS])
def test_metadata_block_layouts(layout, text, want):
    [block] = find_metadata_blocks(normalize_lines(text))
    assert {"issuer": block.issuer, "doc_number": block.doc_number, "date": block.date} == want


def test_running_text_is_not_a_metadata_block():
    assert find_metadata_blocks(normalize_lines("根据文号和标题查找文件。\n名称为某某的单位负责。")) == []


@pytest.mark.parametrize("text,date", [("2024年04月06日 16:40", "2024-04-06"), ("2021-09-30 01:40", "2021-09-30"),
                                       ("2023.5.6", "2023-05-06"), ("二〇二一年十二月三十一日", "2021-12-31"),
                                       ("二0二三年五月六日", "2023-05-06"), ("二○一九年三月五日", "2019-03-05"),
                                       ("2023/05/06", "2023-05-06")])
def test_dates_in_any_form(text, date):
    assert parse_any_date(normalize_lines(text)[0].text) == date


# Header styles that are not pages: (what, text, [(title, 文号, issuer, date)])
HEADERS = [
    ("title glued to its 文号", "某县人民政府关于加强安全生产工作的通知某政发〔2023〕5号\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("joint issuance by two offices", "某县人民政府办公室\n某县财政局\n关于规范专项资金管理的通知\n某财发〔2022〕8号\n各乡镇：\n正文。\n2022年3月1日",
     [("某县人民政府办公室某县财政局关于规范专项资金管理的通知", "某财发〔2022〕8号", "某县人民政府办公室、某县财政局", "2022-03-01")]),
    # real lines, benchmarks/data/other_districts (file named per row)
    # guangxi_ningming-yuan-squarebracket: the page title, then the document's own header with the same title
    ("title printed twice", "宁明县人民政府办公室关于印发宁明县突发公共卫生事件应急预案的通知\n"
     "宁明县人民政府办公室关于印发宁明县突发公共卫生事件应急预案的通知\n宁政办发[2020]47号\n"
     "各乡(镇)人民政府、各华侨农场、县直中区直驻县各有关单位:\n"
     "经县人民政府同意,现将《宁明县突发公共卫生事件应急预案》印发给你们,请认真组织实施。\n2020年10月27日",
     [("宁明县人民政府办公室关于印发宁明县突发公共卫生事件应急预案的通知", "宁政办发〔2020〕47号", "宁明县人民政府办公室",
       "2020-10-27")]),
    # jiangxi_ganzhou-yigai-brokenno: page title without organ, its (broken) 文号, then organ + two-line title
    ("page title, 文号, then the organ's two-line title", "关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n访问量:\n"
     "赣市府办字〔2015118\n赣州市人民政府办公厅\n关于印发2015年全市深化医药卫生\n体制改革下步工作要点的通知\n"
     "各县(市、区)人民政府,赣州经济技术开发区管委会,市政府有关部门,市属、驻市有关单位:\n"
     "2015年全市深化医药卫生体制改革下步工作要点》已经市政府同意,现印发给你们,请结合实际,认真组织实施。\n2015917",
     [("赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知", "赣市府办字〔2015〕118号",
       "赣州市人民政府办公厅", "2015-09-17")]),
    # anhui_chuzhou-xietong-labels: a 【column】 label glued before the title, the date on the page line under it
    ("【column】 label before the title", "【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n\n"
     "    发布时间:2020-02-03 17:29\n    【字体:打印\n\n    各县、市、区人民政府,市政府各部门、各直属机构:\n\n"
     "    2020年是全面建成小康社会和“十三五”规划收官之年,是谋划“十四五”关键之年,做好今年工作,意义特别重大。",
     [("滁州市人民政府关于2020年市政府重点工作及责任分解的通知", None, "滁州市人民政府", "2020-02-03")]),
    # heilongjiang_hegang-fuyuan-joint: two organs printed apart, "印发" ending the line, the title below
    ("joint issuers on a line ending in 印发", "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n"
     "关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院,市政府各部门:\n"
     "《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过。\n"
     "鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日",
     [("鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知", "鹤政发〔2025〕4号",
       "鹤岗市人民政府、鹤岗市中级人民法院", "2025-04-30")]),
    # xinjiang_tianshanbei-misaligned-meta: a law site's shifted 【label】 table (its 颁布单位 cell holds a 文号),
    # the red-head banner over two lines, 文号, title; the signing date is cut off
    ("shifted 【label】 table, banner over two lines", "【时 效 性】 | 010183242/2019-00072 | 【颁布日期】 | |\n"
     "【颁布单位】 | 新政发〔2007〕号 | 【实施日期】 | |\n【法规层次】 | 2007-03-06 | 【文 号】 | 其他 |\n"
     "【首选类别】 | 【次选类别】 | ||\n【关 键 字】 |\n新疆维吾尔自治区\n人 民 政 府 文 件\n新政发〔2007〕2号\n"
     "关于表彰2006年度自治区农田水利基本建设“天山杯”竞赛获奖地(州)、县(市)的通报\n"
     "伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构:\n"
     "加强农田水利基本建设是发展现代农业、建设社会主义新农村的基础。\n二○○七年一月十",
     [("关于表彰2006年度自治区农田水利基本建设“天山杯”竞赛获奖地(州)、县(市)的通报", "新政发〔2007〕2号",
       "新疆维吾尔自治区人民政府", None)]),
    # xinjiang_tokexun-emptynumber: labels without colons, the last one empty; 〔〕号 is no number; the title
    # opens with its issuer; the date on the page line under the title
    ("empty last label, title naming its issuer", "托克逊县人民政府\n\n政府信息公开\n\n\n"
     "索 引 号 010605548/2023-00027 发布机构\n文  号 〔〕号 有效性 有效\n公开日\n\n托克逊县人民政府工作规则\n\n"
     "发布时间: 2021-09-18     浏览次数:    【字体:\n\n为加强政府自身改革建设,使县政府工作制度化、规范化和法制化。",
     [("托克逊县人民政府", None, None, None), ("托克逊县人民政府工作规则", None, "托克逊县人民政府", "2021-09-18")]),
    # hunan_pingjiang-feizhi-jiedu: a 解读 page, the date in the byline under the title
    ("date in a 来源 byline", "当前位置:首页 > 政务公开 > 政策解读 > 政策解读\n\n"
     "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明\n\n来源:县司法局 2020-12-25 15:20\n"
     "| | | |\n\n一、制定的必要性\n\n为贯彻落实《湖南省规范性文件管理办法》(省政府令242号)第二十七条。",
     [("关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明", None, None, "2020-12-25")]),
    # sichuan_dachuan-qingli: a 公告 number without its organ part, alone on the first line
    ("number without organ part", "〔2019〕第4号\n为维护法制统一,确保政令畅通,我区对规范性文件进行了清理。\n"
     "一、对需继续执行的规范性文件26件宣布继续有效。\n达州市达川区人民政府\n2019年1月25日",
     [("达州市达川区人民政府", "〔2019〕第4号", "达州市达川区人民政府", "2019-01-25")]),
    # zhejiang_tiantai-mujun-oneline: a page on one line — organ + date before (此件公开发布), the title and 文号
    # only in the link to the document's file (its organ part told by the place's other 文号 in the text)
    ("one-line page: signature before (此件公开发布), title in the file link",
     "县级各有关单位:《2022年度天台县工业企业综合评价分类结果》已经2023年9月4日县政府第二十一次常务会议研究通过,"
     "天台县人民政府办公室2023年9月21日(此件公开发布)2022年度天台县工业企业综合评价分类结果为进一步优化资源要素配置,"
     "根据《天台县人民政府关于推进工业企业综合评价深化“亩均论英雄”改革工作的实施意见(试行)》(天政发〔2018〕11号),"
     "附件:2022年度天台县工业企业综合评价分类结果名单天政办函〔2023〕23号关于公布2022年度天台县工业企业综合评价分类结果的通知.pdf。",
     [("关于公布2022年度天台县工业企业综合评价分类结果的通知", "天政办函〔2023〕23号", "天台县人民政府办公室", "2023-09-21")]),
    # zhejiang_jingning-mujun-converter: converter copy on one line, organ + date closing it after a file name
    # (the real line: a page printed on one line, its last 260 characters)
    ("one-line page: signature at the end",
     "8月23日至8月29日,,公示期內(nèi),,對評價結(jié)果有異議的,向縣深化“畝均論英雄”改革工作領(lǐng)導(dǎo)小組辦公室提出反饋意見,,"
     "聯(lián)系電話:0578-5089792)附件1:2022年度規(guī)模以上工業(yè)企業(yè)“畝均論英雄”綜合評價結(jié)果.xls附件2"
     ":2022年度規(guī)模以下工業(yè)企業(yè)“畝均論英雄”綜合評價結(jié)果.xls景寧畬族自治縣深化“畝均論英雄”改革工作領(lǐng)導(d"
     "ǎo)小組辦公室2023年8月23日,。",
     [("x", None, "景宁畬族自治县深化“亩均论英雄”改革工作领导小组办公室", "2023-08-23")]),  # no title: the file's name
    # beijing_mentougou-penggai-news: a news page, 日期 / 来源 bullets under its title; the 来源 is an organ
    ("news page, 来源 an organ", "您现在的位置:\n首页 > 政务公开 > 工作动态 > 门头沟工作动态\n\n"
     "区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作\n\n  • 日期:2023-05-25 10:06\n"
     "  • 来源:北京市规划和自然资源委员会门头沟分局\n  • 字号:\n  • 分享:\n\n"
     "区委副书记、区长吕晨飞、区政协主席刘贵明听取了区重大项目中心、区住建委等单位对棚户区改造工作的汇报。",
     [("x", None, None, None),  # the navigation above is a preamble of its own, named by the file
      ("区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作", None, "北京市规划和自然资源委员会门头沟分局",
       "2023-05-25")]),
    # gansu_longxi-shishi: title, a 日期 / 文章来源 line, the 文号 under it
    ("文号 under a page's field line", "当前位置 : 首页 \n> 信息公开 > 党政文件 > 政府文件 > 陇政办发 \n"
     "陇西县人民政府办公室《关于认真办理2025年陇西县为民实事》的通知\n 日期 : 2025-02-27  文章来源 : 政府办  字号 : [  ] 视力保护色:\n"
     "\n陇政办发〔2025〕7号\n\n\n今年,县政府确定了10件为民实事。",
     [("x", None, None, None),
      ("陇西县人民政府办公室《关于认真办理2025年陇西县为民实事》的通知", "陇政办发〔2025〕7号", "陇西县人民政府办公室", "2025-02-27")]),
    # shandong_gaotang-fengong-jiedu: a 解读 page with no header; its 政策解读单位 line names its issuer
    ("政策解读单位 names the page's issuer", "2024年3月28日,高唐县人民政府印发了《<2024年政府工作报告目标任务分工方案>的通知》"
     "(高政字〔2024〕5号,以下简称《通知》),现将主要内容解读如下:\n一、出台背景\n解读机构及咨询方式\n"
     "政策解读单位:高唐县人民政府办公室\n具体联系人:张 超\n咨询电话:0635-7219958",
     [("解读机构及咨询方式", None, "高唐县人民政府办公室", None)]),
    # constructed rows for label, date and title variants other districts' pages print
    ("发文号 and 印发日期 labels", "发布机构：某县人民政府办公室\n发文号：某政办发〔2023〕12号\n印发日期：2023年5月6日\n"
     "关于加强安全生产工作的通知\n各乡镇人民政府：\n正文。",
     [("关于加强安全生产工作的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    ("title in 《》", "《某县人民政府关于加强安全生产工作的通知》\n某政发〔2023〕5号\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("signing date 2023.05.06", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n各乡镇人民政府：\n正文。\n某县人民政府\n2023.05.06",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("signing date 2023-5-6", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n各乡镇人民政府：\n正文。\n某县人民政府\n2023-5-6",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("page date above the title", "发布时间：2023-05-06\n某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n各乡镇人民政府：\n正文。",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("a signature wins over the page date above", "发布日期：2023-06-01\n某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n"
     "各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("byline fields each in 【】", "关于做好2023年防汛工作的通知\n【发布时间：2023-05-06】【来源：县应急局】【字号：大 中 小】\n"
     "各乡镇人民政府：\n正文内容。", [("关于做好2023年防汛工作的通知", None, "县应急局", "2023-05-06")]),
    ("byline date in [ ]", "关于做好2023年防汛工作的通知\n[ 2023-05-06 ] 来源：县应急局\n各乡镇人民政府：\n正文内容。",
     [("关于做好2023年防汛工作的通知", None, None, "2023-05-06")]),
    ("a 解读 page's title opening with 图解：", "图解：某县人民政府关于加强安全生产工作的意见\n发布时间：2023-05-08\n正文。",
     [("图解：某县人民政府关于加强安全生产工作的意见", None, None, "2023-05-08")]),
    ("a 解读 page citing its notice's 文号 has none of its own",
     "关于《某县城市管理办法》(某政发〔2023〕5号)的解读\n来源：县城管局 发布时间：2023-05-08\n一、起草背景\n正文。",
     [("关于《某县城市管理办法》(某政发〔2023〕5号)的解读", None, "县城管局", "2023-05-08")]),
    ("label lines over value lines, the 信息名称 value the title", "信息索引号\n11330/2023-00012\n生成日期\n2023-05-06\n"
     "发文机关\n某县人民政府办公室\n发文字号\n某政办发〔2023〕12号\n信息名称\n某县人民政府办公室关于印发方案的通知\n正文。",
     [("某县人民政府办公室关于印发方案的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    ("a 标题 value over two lines", "索引号：11330/2023-00012\n发布机构：某县人民政府办公室\n"
     "标题：某县人民政府办公室关于印发某县2023年\n重点工作任务分工方案的通知\n发文字号：某政办发〔2023〕12号\n成文日期：2023-05-06\n"
     "各乡镇人民政府：\n正文。",
     [("某县人民政府办公室关于印发某县2023年重点工作任务分工方案的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    ("decree: name, then 第N号", "某县人民政府令\n第5号\n《某县城市管理办法》已经2023年4月1日县人民政府第12次常务会议通过，现予公布。\n"
     "县长  某某某\n2023年5月6日",
     [("某县人民政府令", "某县人民政府令第5号", "某县人民政府", "2023-05-06")]),
    ("title without organ, 文号 after", "关于做好防汛工作的通知\n某政办秘20237\n各镇：\n正文。\n某县人民政府办公室\n二○二三年六月一日",
     [("关于做好防汛工作的通知", "某政办秘〔2023〕7号", "某县人民政府办公室", "2023-06-01")]),
]


@pytest.mark.parametrize("what,text,want", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_styles(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.issuer, d.date) for d in issue.documents] == want


def test_a_line_about_something_in_running_text_is_not_a_header():
    text = "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n各乡镇：\n\n关于做好防汛工作，各单位要加强值守。\n"
    assert len(segment_issue(normalize_lines(text), "x.txt").documents) == 1
