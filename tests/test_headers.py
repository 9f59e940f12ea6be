"""Every file is at least one document: headers are a scored choice among evidence, web-page metadata
blocks in any layout, and files with no header at all. Real pages (tests/data/pages, source URL per row)."""

from pathlib import Path

import pytest

from kg.parse import patterns as P
from kg.parse.metadata import _TW_LABELS, FIELDS, find_metadata_blocks, parse_any_date
from kg.parse.normalize import normalize_lines, to_simplified
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
    # 文号 glued before the 《title》 of the page, then the document's own header; no signature in the excerpt: the
    # page's 时间 under its title (the gold sets' rule: signing date, else 成文日期, else the page's date)
    ("shandong_number_first.txt", "https://0798ci.com/law/8240.html",
     [("山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", "山东省人民政府", "2016-01-17", 1, 5, True)]),
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
    # (the title's organ issues it: the page's 发布机构 "谯城区政府(办公室)" is the office that posted it)
    ("bozhou_pipe_misaligned.txt", "https://www.bzqc.gov.cn/XxgkContent/show/1465541.html",
     [("亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知", None, "亳州市谯城区人民政府办公室",
       "2020-04-09", 1, 1, True)]),
    # a converter copy printed on one line: 文号 glued to the 主送, the signing date glued after the last sentence
    # (no organ printed: the issuer is the one the 文号 prefix 呼政办发 stands for, its place named in the text)
    ("huhehaote_one_line_page.txt", "http://www.6065bob.com/fagui/33218.html",
     [("关于印发呼和浩特市政府信息公开目录编制规则的通知", "呼政办发〔2008〕68号", "呼和浩特市人民政府办公室", "2008-05-23",
       1, 1, True)]),
    # four joint issuers printed apart before the 关于 of one title line
    ("chengdu_joint_issuers.txt", "https://lr5.cn/2024/08/07/47893.html",
     [("成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知",
       None, "成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局", None, 1, 1, True)]),
    # page title and bullets, then the notice with its 文号 broken (广安区府办发〔202026) and a two-line title
    ("guangan_broken_number.txt",
     "https://www.guanganqu.gov.cn/gaqrmzf/zdjc/pc/content/content_1717747978409553920.html",
     [("广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知", "广安区府办发〔2020〕26号",
       "广安市广安区人民政府办公室", "2020-10-28", 1, 11, True)]),  # (from the page's breadcrumb, its top)
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
    # fresh9 beijing_daxing-2023-gongzuo-baogao-zhongdian-gongzuo-fengong: bullets, the 文号 under 发文序号 with a space before 号
    ("发文序号 bullets", "• 索引号:11N000/ZK-2023-000021\n  • 发文单位:区政府办\n"
     "  • 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知\n  • 发文序号:京兴政办发〔2023〕1 号\n  • 信息有效性:有效\n"
     "  • 成文日期:2023年3月3日\n  • 发布日期:2023年3月9日",
     {"issuer": "区政府办", "doc_number": "京兴政办发〔2023〕1号", "date": "2023-03-03"}),
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
    # real lines, benchmarks/data/other_districts_fresh (zhejiang_jiangbei-laojiu-meta-lines,
    # zhejiang_yongjia-caizheng-joint-meta)
    ("one bare label per line, its value of the field's shape", "索引号 2950798/2020-38134\n文件有效性 有效\n"
     "文件编号 北区政办发〔2020〕11号\n文号 永财农〔2021〕471号 其他信息 下载阅读版",
     {"issuer": None, "doc_number": "北区政办发〔2020〕11号", "date": None}),
    # fujian_anxi-jinshi-joint-bullets
    ("a label naming two fields (备注/文号)", "• 索 引 号:QZ09015-0101-2021-00067\n    • 备注/文号:安教〔2021〕171号\n"
     "    • 发布机构:安溪县教育局\n    • 公文生成日期:2021-11-22",
     {"issuer": "安溪县教育局", "doc_number": "安教〔2021〕171号", "date": "2021-11-22"}),
    # hubei_wuhan-jiaotong-attribute-bullets (the title before and the body after cut here)
    ("【label】 fields glued in a long line", "…的通知文章属性•【制定机关】武汉市人民政府办公厅•【公布日期】2021.04.18•【字号】武政办〔2021〕37号"
     "•【施行日期】2021.04.18•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】交通运输综合规定正文武汉市人民政府办公厅关于…",
     {"issuer": "武汉市人民政府办公厅", "doc_number": "武政办〔2021〕37号", "date": "2021-04-18"}),
    # a law database's bracket fields glued into one line, a converter copy (m.qbzhguj.cn/showinfo-4-382-0.html,
    # other_districts_repeal62): the issuer ends at the next label (【法规来源】), whose empty value takes no note
    ("【label】 fields glued, the last one empty", "【頒布時(shí)間】1988-1-6【標(biāo)題】鐵路委外裝卸管理辦法(試行)【發(fā)文號】"
     "【失效時(shí)間】1998-5-1【頒布單位】鐵道部【法規(guī)來源】\n注:本法規(guī)1998-5-1已經(jīng)被id13868法規(guī)廢止\n【法規(guī)全文】",
     {"issuer": "铁道部", "doc_number": None, "date": "1988-01-06"}),
    # other_districts_fresh2: chongqing_kaizhou-touzi-meta-pipe, shandong_lanling-kaifangri-meta-bullets
    ("[ label ] cells of a pipe table", "[ 索引号 ] | 11500234008646164K/2020-00022 | [ 发文字号 ] | 开州府办发〔2018〕13号 |\n"
     "[ 发布机构 ] | 开州区发展改革委 | [ 有效性 ] | |\n[ 成文日期 ] | 2020-07-16 | [ 发布日期 ] | 2020-07-16 |",
     {"issuer": "开州区发展改革委", "doc_number": "开州府办发〔2018〕13号", "date": "2020-07-16"}),
    ("名称 without colon, its value a title", "  • 索引号 lanling00445754-2/2023-00238\n  • 发布机构 兰陵县政府办\n"
     "  • 发布日期 2023-07-29\n  • 文号\n  • 名称 关于报送“政府开放日”组织开展信息的通知",
     {"issuer": "兰陵县政府办", "doc_number": None, "date": "2023-07-29"}),
    # other_districts_fresh4: neimenggu_wulatehouqi-qingli-tonggao-qa-s2twp (one zh-TW marker only: the labels as
    # s2twp wrote them)
    ("zh-TW labels two to a line, values left empty", "索引號 whq_sfj/2021-08936 效力屬性\n釋出機構 司法局 文  號\n"
     "成文日期 釋出日期 2021-12-15",
     {"issuer": "司法局", "doc_number": None, "date": "2021-12-15"}),
    ("constructed: more labels (印发机关, 签发时间, 实施时间, 是否有效, 时效)", "印发机关：某县人民政府\n签发时间：2023-05-06\n"
     "实施时间：2023-06-01\n是否有效：是\n时效：现行有效",
     {"issuer": "某县人民政府", "doc_number": None, "date": "2023-05-06"}),
    # fresh5 chongqing_shisheng-huanjing-chuangbizhenga-meta-brackets: fresh2 开州's "[ 索引号 ] | … |" label cells with the
    # pipes lost; the 文号's organ part is longer than one found in running text
    ("square-bracketed labels without pipes",
     "[ 索引号 ] 11500000MB1614741U/2024-00974 [ 发文字号 ] 市生态环境局办公室便函〔2024〕210号\n"
     "[ 主题分类 ] 环境监测、保护与治理 [ 体裁分类 ] 其他公文\n[ 发布机构 ] 市生态环境局\n[ 成文日期 ] 2024-08-05 [ 发布日期 ] 2024-08-14",
     {"issuer": "市生态环境局", "doc_number": "市生态环境局办公室便函〔2024〕210号", "date": "2024-08-05"}),
    # fresh11 shandong_wendeng-2022-zijianfang-anquan-zhuanxiang-zhengzhi-fangan (lines 1-8): a policy library's bullets
    # naming each field "文件…"
    ("文件… labels of a policy library", "• 发文机关:威海市文登区人民政府办公室\n  • 文件所属单位:威海市文登区住房和城乡建设局\n"
     "  • 文件发文字号:威文政办字〔2022〕22号\n  • 公文种类:方案\n  • 主题分类:城乡建设_环境保护\n  • 文件类型:其他文件\n"
     "  • 文件成文日期:2022-08-25\n  • 文件公开发布日期:2022-08-25",
     {"issuer": "威海市文登区人民政府办公室", "doc_number": "威文政办字〔2022〕22号", "date": "2022-08-25"}),
    # fresh11 shanghai_tangqiao-2020-jiedao-shedaihui-baogao (lines 2-3): a pipe table row opening with 公开类别
    ("a pipe row opening with 公开类别", "索引号 | XD8200000-2020-002 | 发布机构 | 塘桥街道 |\n公开类别 | 主动公开 | 发布时间 | 2020-01-16 |",
     {"issuer": "塘桥街道", "doc_number": None, "date": "2020-01-16"}),
    # docmeta18 national-2018-geren-suodeshui-shishi-tiaoli-ling (lines 1-5): a decree's number, no bracketed year, as
    # the 发文字号 field's whole value, in a browser copy's tab row
    ("a decree's number as the 文号 field's value, tab rows", "索 引 号：\t000014349/2018-00218\t主题分类：\t财政、金融、审计\\税务\n"
     "发文机关：\t国务院\t成文日期：\t2018年12月18日\n标 题：\t中华人民共和国个人所得税法实施条例\n"
     "发文字号：\t国令第707号\t发布日期：\t2018年12月22日\n主 题 词：",
     {"issuer": "国务院", "doc_number": "国令第707号", "date": "2018-12-18"}),
    # docmeta18 national-2018-zhuanli-daili-tiaoli-ling (lines 1-17): the same, one cell per line
    ("a decree's number as the 文号 field's value, cell per line", "索 引 号：\n000014349/2018-00206\n主题分类：\n"
     "科技、教育\\知识产权\n发文机关：\n国务院\n成文日期：\n2018年11月06日\n标 题：\n专利代理条例\n发文字号：\n国令第706号\n"
     "发布日期：\n2018年11月19日\n主 题 词：",
     {"issuer": "国务院", "doc_number": "国令第706号", "date": "2018-11-06"}),
    # fresh15 neimenggu_hongshan-2017-pohuaixing-dizhen-yingji-yuan-tongzhi-metadata (lines 1-6): a catalogue's 著录日期, its
    # 成文日期, before the 公开日期
    ("著录日期 as the signing date", "索 引 号: 发布机构: 红山区人民政府办公室\n"
     "名  称: 赤峰市红山区人民政府办公室关于印发《红山区破坏性地震应急预案》的通知 文  号: 赤红政办字〔2017〕55号\n"
     "著录日期: 2017-07-06 公开日期: 2017-7-10\n内容概述:\n备  注:\n公开时限: 动态公开 公开形式: 网上公开",
     {"issuer": "红山区人民政府办公室", "doc_number": "赤红政办字〔2017〕55号", "date": "2017-07-06"}),
    # fresh15 heilongjiang_qiqihar-2019 (lines 3-6): letter-spaced labels two to a line, an upload stamp after the 文号
    ("letter-spaced labels two to a line, 上载日期", "索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府、市政府办公室文件;\n"
     "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
     "名        称 齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知\n"
     "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02",
     {"issuer": "市人民政府办公室", "doc_number": "齐政办发〔2019〕29号", "date": "2019-11-29"}),
    # fresh17 hubei-2016-jiedi-shengtai-anzang-shishi-yijian-policy-site (lines 3-6): a policy database's catalogue labels
    # (项目类别, 所属地区, 产业类型, 来源网站) glued after the field before them end its value
    ("a policy database's glued catalogue labels", "来源网站:湖北省民政厅 原文链接 产业类型:节能环保\n"
     "发布机构:湖北省民政厅项目类别:公益慈善\n所属地区:湖北政策文号:鄂民政发〔2016〕16号\n发布日期:2016-04-15",
     {"issuer": "湖北省民政厅", "doc_number": "鄂民政发〔2016〕16号", "date": "2016-04-15"}),
    # gansu_lanzhou-2012-jiaotong-yunshu-tufa-gonggong-shijian-yingji-yuan-pipe (other_districts_fresh21, lines 2-15): a CSR
    # site's law database, each label and each value on its own line with the table's cell bar after it
    ("label and value lines each ending on a cell bar", "颁布机构: |\n兰州市人民政府 |\n生效状态: |\n在用 |\n所属类型: |\n"
     "地方规范性文件 |\n适用地区: |\n兰州市 |\n适用领域: |\n应急管理 |\n生效日期: |\n2012/11/02 |\n颁布日期: |\n2012/11/02 |",
     {"issuer": "兰州市人民政府", "doc_number": None, "date": "2012-11-02"}),
    # (guard, constructed) a cell bar alone is no value, and a line that is no date fills no date field
    ("a cell bar is no value, nor a line of another shape", "索引号: |\n11330/2020-00012 |\n颁布机构: |\n某县人民政府 |\n颁布日期: |\n在用 |\n生效日期: |",
     {"issuer": "某县人民政府", "doc_number": None, "date": None}),
    # shanghai_changning-2021-zhengfu-gongbao-di2qi-mulu (other_districts_fresh20, lines 1-5): the portal's row runs its last
    # date on into the page's number, the number's label 字号: left alone on a line below
    ("a row's last date run on into the number", "2021年第二期(总第60期)\n\n"
     "印发日期:2021-07-02      发布日期:2021-07-02      长宁公报〔2021〕2 号\n\n字号:",
     {"issuer": None, "doc_number": "长宁公报〔2021〕2号", "date": "2021-07-02"}),
    # (guard, constructed) a date field's value that runs on into words that are no number stays as it was
    ("a date run on into no number", "印发日期:2021-07-02      发布日期:2021-07-02 区政府办公室",
     {"issuer": None, "doc_number": None, "date": "2021-07-02"}),
    # (guard) a 文号 field whose value only cites a decree in a sentence is no number
    ("a decree cited inside a field's sentence is no 文号", "索引号：1137/2019-1\n发布机构：某县人民政府\n"
     "发文字号：根据国务院令第707号制定\n成文日期：2019-03-05",
     {"issuer": "某县人民政府", "doc_number": None, "date": "2019-03-05"}),
    # docmeta47 shandong_jinan-1991-chengshi-jieyue-yongshui-banfa-labels-after-values (lines 14-17, real;
    # 360docs.net/doc/5718012278): each value printed before its label in brackets, the dates' 年月日 stripped, the
    # expiry's bracket lost to residue
    ("values before their bracketed labels", "济南市人民政府(颁布单位)\n19911102(颁布时间)\n"
     "19911102(实施时间) 19980228 Nhomakorabea失效时间)\n济南市人民政府令第35号(文号)",
     {"issuer": "济南市人民政府", "doc_number": "济南市人民政府令第35号", "date": "1991-11-02"}),
]


@pytest.mark.parametrize("layout,text,want", BLOCKS, ids=[b[0] for b in BLOCKS])
def test_metadata_block_layouts(layout, text, want):
    [block] = find_metadata_blocks(normalize_lines(text))
    assert {"issuer": block.issuer, "doc_number": block.doc_number, "date": block.date} == want


# yunnan_chuxiong-2014-dizhen-yingji-yuan-tongshi-feizhi (other_districts_fresh21, lines 3-13): a pipe row's empty label
# (主题词: |) before a cell holding its own label and value; a 成文日期 years after the page's 发布日期, a signed date
# before it
CHUXIONG = ("索引号:115323000151673132-/2017-1019061 | 公开目录:应急管理 | 发布机构:楚雄州人民政府办公室 |\n"
            "主题词: | 发布日期:2014年09月02日 | 文 号: |\n标 题:\n楚雄州地震应急预案\n|\n成文日期:2018年10月11日 |\n"
            "楚雄州地震应急预案\n各县市人民政府,州直各部门:\n《楚雄州地震应急预案》已经州人民政府同意,现印发给你们,请认真组织实施。\n"
            "楚雄州人民政府办公室\n2014年8月5日\n1 总则")


def test_an_empty_label_cell_takes_no_labelled_cell_as_its_value():
    block = find_metadata_blocks(normalize_lines(CHUXIONG))[0]
    assert block.fields.get("published") == "2014年09月02日" and not block.fields.get("keywords")


def test_a_catalogue_date_after_the_posting_is_not_the_signing():
    [doc] = segment_issue(normalize_lines(CHUXIONG), "x.txt").documents
    assert (doc.title, doc.issuer, doc.date) == ("楚雄州地震应急预案", "楚雄州人民政府办公室", "2014-08-05")
    # (guard) a 成文日期 before the posting and over 92 days from the signature still dates the document, as before
    [doc] = segment_issue(normalize_lines(CHUXIONG.replace("成文日期:2018年10月11日", "成文日期:2013年06月11日")), "x.txt").documents
    assert doc.date == "2013-06-11"


def test_a_county_table_keeps_its_rows_together():
    """jiangsu_yixing-zhongdian-gongzuo-meta-paren-units (fresh4): the rows after 发布机构 (效力状况 … 公开程序, 关键词 …
    分类词) are the table's own; the block runs to them, so the red header after the table heads the same document."""
    text = ("来源:宜兴市人民政府网站    日期:2020-09-22 16:00:15    浏览次数:\n"
            "索引号 014046317/2020-03624 生成日期 2020-09-22 公开日期 2020-09-22\n文件编号 宜政发〔2020〕160号 公开时限 长期公开\n"
            "发布机构 宜兴市人民政府网站 公开形式 网站\n公开方式 主动公开 公开范围 面向社会\n"
            "效力状况 有效 公开程序 部门编制,经办公室审核后公开\n主题(一) 国民经济管理、国有资产监管 主题(二) 重大项目建设 体裁 通知\n"
            "关键词 文件,通知,行政 分类词 文秘工作,行政事务\n文件下载 下载")
    [block] = find_metadata_blocks(normalize_lines(text))
    assert (block.start, block.end, block.fields["validity"]) == (0, 7, "有效")


@pytest.mark.parametrize("tw,cn", sorted(_TW_LABELS.items()))
def test_zh_tw_labels_are_what_s2twp_writes(tw, cn):
    """Each zh-TW label row is OpenCC s2twp's spelling of a mainland label (back in simplified characters), and
    reads as that label's field."""
    import opencc

    assert to_simplified(opencc.OpenCC("s2twp").convert(cn)) == tw
    assert FIELDS[tw] == FIELDS[cn]
    [block] = find_metadata_blocks(normalize_lines(f"{opencc.OpenCC('s2twp').convert(cn)}:X\n成文日期:2023-05-06"))
    assert block.fields[FIELDS[tw]] == "X"


@pytest.mark.parametrize("text", [
    "县人民政府(盖章)\n2023年5月6日(发布)",  # (guard, constructed) a seal mark and a kind in brackets are no labels
    # (guard, constructed) a title with its kind in brackets, and a sentence naming a date before a bracketed label word
    "关于印发某县管理办法的通知(文号)\n本办法自发布之日起施行(实施日期)",
])
def test_bracketed_words_after_text_are_no_fields(text):
    assert find_metadata_blocks(normalize_lines(text)) == []


def test_running_text_is_not_a_metadata_block():
    # (a catalogue label word inside a sentence is no field: "项目类别" opens no line of fields here)
    assert find_metadata_blocks(normalize_lines("本项目所属地区为山区。\n项目类别按省里规定确定。")) == []
    assert find_metadata_blocks(normalize_lines("根据文号和标题查找文件。\n名称为某某的单位负责。")) == []
    # a label word opening a line whose rest is not of the field's shape is no field
    assert find_metadata_blocks(normalize_lines("文号管理工作由办公室负责。\n日期另行通知。")) == []
    # nor a 名称 whose rest is a sentence, not a document's title
    assert find_metadata_blocks(normalize_lines("名称变更后，各单位要及时办理。\n索引号 2950798/2020-38134")) == []


@pytest.mark.parametrize("text,date", [("2024年04月06日 16:40", "2024-04-06"), ("2021-09-30 01:40", "2021-09-30"),
                                       ("2023.5.6", "2023-05-06"), ("二〇二一年十二月三十一日", "2021-12-31"),
                                       ("二0二三年五月六日", "2023-05-06"), ("二○一九年三月五日", "2019-03-05"),
                                       ("2023/05/06", "2023-05-06"),
                                       # fresh9 beijing-2018-zhongdian-gongzuo-198xiang-news: one-digit day, clock after it
                                       ("发布时间:2018/3/1 9:41:33", "2018-03-01")])
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
     # (the site's banner and its column heading over the fields are no document of their own: the page shows the rules;
     # the fresh12 golds start a document so at the page's first line)
     [("托克逊县人民政府工作规则", None, "托克逊县人民政府", "2021-09-18")]),
    # hunan_pingjiang-feizhi-jiedu: a 解读 page, the date in the byline under the title; its 来源 organ is the page's
    # issuer (stop 25's decision A: a page that is not itself an issued document is issued by its source organ)
    ("date in a 来源 byline", "当前位置:首页 > 政务公开 > 政策解读 > 政策解读\n\n"
     "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明\n\n来源:县司法局 2020-12-25 15:20\n"
     "| | | |\n\n一、制定的必要性\n\n为贯彻落实《湖南省规范性文件管理办法》(省政府令242号)第二十七条。",
     [("关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明", None, "县司法局", "2020-12-25")]),
    # sichuan_dachuan-qingli: a 公告 number without its organ part, alone on the first line
    ("number without organ part", "〔2019〕第4号\n为维护法制统一,确保政令畅通,我区对规范性文件进行了清理。\n"
     "一、对需继续执行的规范性文件26件宣布继续有效。\n达州市达川区人民政府\n2019年1月25日",
     # (no title printed: the file's name, not the signing organ)
     [("x", "〔2019〕第4号", "达州市达川区人民政府", "2019-01-25")]),
    # fresh17 quanguo-2020-zhongdian-yongshui-qiye-shuixiao-lingpaozhe-gonggao (lines 1-9): a joint 公告 opening with its own
    # number, 年 and 第 and no bracket
    ("a 公告 number with 年 and 第, alone on the first line", "2020年第39号\n"
     "为贯彻落实《国家节水行动方案》,持续提升工业用水效率,按照《关于组织开展2020年重点用水企业水效领跑者遴选工作的通知》(工信厅联节函〔2019〕288号)要求,工业和信息化部、水利部、发展改革委、市场监管总局组织开展了2020年重点用水企业水效领跑者引领行动,遴选出30家具备引领示范和典型带动效应的水效领跑者(名单附后),现予公告。水效领跑者称号自发布之日起有效期2年。\n"
     "水效领跑者企业应使用统一的水效领跑者标识。鼓励各省、自治区、直辖市相关部门研究出台支持鼓励政策,广泛开展水效对标达标活动,推动制造业绿色高质量发展\n"
     "附件:\n工业和信息化部\n水利部\n国家发展和改革委员会\n国家市场监督管理总局\n2020年9月29日",
     # (no title printed: the file's name, not the first of the joint signers)
     [("x", "2020年第39号", "工业和信息化部、水利部、国家发展和改革委员会、国家市场监督管理总局", "2020-09-29")]),
    # (guard, constructed) a year's count in a sentence's line is no number: "2020年第3号台风" runs on
    ("a year's count running on is no 公告 number", "2020年第3号台风过境\n各镇人民政府:\n请做好防御工作。\n某县应急管理局\n2020年8月1日",
     [("2020年第3号台风过境", None, "某县应急管理局", "2020-08-01")]),
    # fresh17 gansu-2025-zhineng-gongchang-tidu-peiyu-shishi-xize-oneline (its first 300 characters and the signature): a
    # page on one line, a province's department (…厅) signed with its date glued after the notice's close
    ("one-line page: a 厅 signed with its date after the close", "甘工信发〔2025〕152号 各市(州)工信局、兰州新区工信和数据局: "
     "为贯彻落实习近平总书记关于新型工业化重要论述,梯次培育建设智能工厂,打造智能制造“升级版”,省工信厅在原《甘肃省智能制造体系建设评价管理实施细则》基础上修订完成《甘肃省智能工厂梯度培育管理实施细则》,现印发你们,请结合实际抓好组织实施。 "
     "甘肃省工业和信息化厅 2025年8月6日 甘肃省智能工厂梯度培育管理实施细则 第一章 总 则 第一条 为认真贯彻落实国务院办公厅《制造业数字化转型行动方案》,制定本实施细则。",
     [("x", "甘工信发〔2025〕152号", "甘肃省工业和信息化厅", "2025-08-06")]),
    # fresh17 guangxi-2022-weilai-gongchang-zhineng-gongchang-rending-tongzhi (lines 6-13): the 文号's 〕 and 号 lost after an
    # organ part whose kind is no 文号 suffix (机械)
    ("a 文号 whose 〕 and 号 the page lost, any organ part", "自治区工业和信息化厅关于开展2022年广西 “未来工厂”、智能工厂和数字化车间认定工作的通知\n\n"
     "时间:2022-06-21 17:06\n\n桂工信机械〔2022172\n\n\n各市工业和信息化局:\n\n为加快推进制造业数字化转型,现就有关事项通知如下。\n",
     [("自治区工业和信息化厅关于开展2022年广西“未来工厂”、智能工厂和数字化车间认定工作的通知", "桂工信机械〔2022〕172号",
       "自治区工业和信息化厅", "2022-06-21")]),
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
     # (the navigation above is the page's chrome: it belongs to the document, tests/test_chrome.py)
     [("区领导部署调度采空棚户区改造和环境整治12个地块项目各项工作", None, "北京市规划和自然资源委员会门头沟分局",
       "2023-05-25")]),
    # gansu_longxi-shishi: title, a 日期 / 文章来源 line, the 文号 under it
    ("文号 under a page's field line", "当前位置 : 首页 \n> 信息公开 > 党政文件 > 政府文件 > 陇政办发 \n"
     "陇西县人民政府办公室《关于认真办理2025年陇西县为民实事》的通知\n 日期 : 2025-02-27  文章来源 : 政府办  字号 : [  ] 视力保护色:\n"
     "\n陇政办发〔2025〕7号\n\n\n今年,县政府确定了10件为民实事。",
     # (the breadcrumb's path on its own line is chrome too: the page top belongs to the document, fresh13 rule)
     [("陇西县人民政府办公室《关于认真办理2025年陇西县为民实事》的通知", "陇政办发〔2025〕7号", "陇西县人民政府办公室", "2025-02-27")]),
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
    # the 来源 bureau named by its level only is the issuer where nothing else names one (as 县城管局 in the 解读 row below)
    ("byline date in [ ]", "关于做好2023年防汛工作的通知\n[ 2023-05-06 ] 来源：县应急局\n各乡镇人民政府：\n正文内容。",
     [("关于做好2023年防汛工作的通知", None, "县应急局", "2023-05-06")]),
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
     # (titled by the regulation its promulgation sentence names, as every decree of the gold sets is: 厦门 136号,
     # 丽水, 潍坊 77号; this row expected "某县人民政府令" before those sets were annotated)
     [("某县城市管理办法", "某县人民政府令第5号", "某县人民政府", "2023-05-06")]),
    ("title without organ, 文号 after", "关于做好防汛工作的通知\n某政办秘20237\n各镇：\n正文。\n某县人民政府办公室\n二○二三年六月一日",
     [("关于做好防汛工作的通知", "某政办秘〔2023〕7号", "某县人民政府办公室", "2023-06-01")]),
    # real header and signature lines of benchmarks/data/other_districts_fresh (file named per row; body lines cut)
    # zhejiang_jiangbei-laojiu-meta-lines: fields without colons, one label each, the title printed among them
    ("title inside the metadata, lone label lines", "索引号 2950798/2020-38134\n组配分类 区府办文件 发布机构 江北区政府办\n"
     "生成日期 2020-05-08 公开方式 主动公开\n宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案(2020-2022年)》的通知\n"
     "文件有效性 有效\n文件编号 北区政办发〔2020〕11号\n文章正文\n\n各街道办事处、慈城镇人民政府,区政府各部门、直属单位:\n\n"
     "《江北区城镇老旧小区改造三年行动方案(2020-2022年)》已经区政府常务会议讨论同意,现予以印发。\n\n宁波市江北区人民政府办公室\n\n2020年5月8日",
     [("宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案(2020-2022年)》的通知", "北区政办发〔2020〕11号",
       "宁波市江北区人民政府办公室", "2020-05-08")]),
    # zhejiang_yongjia-caizheng-joint-meta: the organs' signature over its date wins over the site's 成文日期
    ("signed date over the metadata's 成文日期", "索引号 001008003014011/2021-283882 主题分类 财政\n"
     "组配分类 财政资金直达基层 发布机构 县财政局\n成文日期 2021-11-22 公开方式 主动公开\n文号 永财农〔2021〕471号 其他信息 下载阅读版\n\n"
     "永嘉县财政局 永嘉县农业农村局 永嘉县乡村振兴局 关于下达2021年度第三批农村基础设施和农业开发项目财政衔接补助资金的通知\n\n\n"
     "各有关乡镇(街道)人民政府(办事处):\n\n为了切实改善我县农村生产、生活基础设施条件。\n\n"
     "永嘉县财政局         永嘉县农业农村局   永嘉县乡村振兴局\n\n2021年11月16日",
     [("永嘉县财政局永嘉县农业农村局永嘉县乡村振兴局关于下达2021年度第三批农村基础设施和农业开发项目财政衔接补助资金的通知",
       "永财农〔2021〕471号", "永嘉县财政局、永嘉县农业农村局、永嘉县乡村振兴局", "2021-11-16")]),
    # jilin_changchun-fangguan-tian-daifu: 版头 marks, 文号 with its 签发人, a title without 关于 before the 主送
    ("版头 marks, 文号 with 签发人, a 答复 title", "分类标识【D】\n是否同意公开【主动公开】\n长房议字〔2025〕11号 签发人:赵洪利\n"
     "对市政协第十四届第四次会议\n第2025D048号集体提案的答复\n民建长春市委员会:\n贵会在市政协会议上提出的建议收悉,现答复如下:\n"
     "我市城市体检和城市更新工作由市建设主管部门牵头负责,我局为配合部门。\n长春市住房保障和房屋管理局\n2025年7月23日",
     [("对市政协第十四届第四次会议第2025D048号集体提案的答复", "长房议字〔2025〕11号", "长春市住房保障和房屋管理局",
       "2025-07-23")]),
    # fujian_anxi-jinshi-joint-bullets: "备注/文号" label; a title naming "等七部门" takes the seven signers
    ("备注/文号 label, 等七部门 signed two per line", "• 索 引 号:QZ09015-0101-2021-00067\n    • 备注/文号:安教〔2021〕171号\n"
     "    • 发布机构:安溪县教育局\n    • 公文生成日期:2021-11-22\n"
     "    安溪县教育局等七部门关于印发《安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案》的通知\n"
     "    时间:2021-12-02 17:04\n\n    各乡镇人民政府、县直有关单位:\n\n    为贯彻落实有关精神,制定本方案。\n\n"
     "    安溪县教育局     安溪县卫生健康局\n\n    安溪县文化体育和旅游局     安溪县财政局\n\n"
     "    安溪县人力资源和社会保障局     安溪县市场监督管理局\n\n    安溪县融媒体中心\n\n    2021年11月22日\n\n    (此件公开发布)",
     [("安溪县教育局等七部门关于印发《安溪县实施“六大工程”全面加强儿童青少年近视综合防控工作实施方案》的通知", "安教〔2021〕171号",
       "安溪县教育局、安溪县卫生健康局、安溪县文化体育和旅游局、安溪县财政局、安溪县人力资源和社会保障局、安溪县市场监督管理局、"
       "安溪县融媒体中心", "2021-11-22")]),
    # shaanxi_tongchuan-qingli-meta-pipe: 发文机构 says the office, the document is signed by the government
    ("signature over the metadata's 发文机构", "索引号: | TCXXGK-2020-011721 | 主题分类: | 政务公开 |\n"
     "发文机构: | 铜川市人民政府办公室 | 发文文号: | 铜政发〔2020〕33号 |\n发文日期: | 2020年09月28日 | 发布日期: | 2020-09-30 15:34 |\n"
     "公文时效: | 有效 | 发布机构: | 市政府办公室 (市金融办) |\n各区县人民政府,市新区管委会,市政府各工作部门、直属事业单位:\n"
     "二、宣布失效或废止的市政府行政规范性文件自本公告公布之日起停止执行。\n铜川市人民政府\n2020年9月28日",
     [("x", "铜政发〔2020〕33号", "铜川市人民政府", "2020-09-28")]),  # no title printed
    # zhejiang_jinhua-kaifaqu-meta-valuesonly: values without labels; the publisher over the page date is no signer
    ("values-only metadata, a long signing organ", "11330700MB10327095/2024-00144\n"
     "关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知\n金华市生态环境局金华经济技术开发区分局\n2024-03-01\n主动公开\n\n朗读\n"
     "各乡镇人民政府、街道办事处,管委会各有关单位:\n《金华经济技术开发区重污染天气应急预案(2024年修订)》已经管委会同意,现印发给你们。\n"
     "金华经济技术开发区管理委员会党政综合办公室\n2024年2月29日",
     [("关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知", None, "金华经济技术开发区管理委员会党政综合办公室",
       "2024-02-29")]),
    # anhui_bengbu-mujun-counts: a 领导小组办公室 signs; the page's date first, the site's footer last
    ("a 领导小组办公室 signs", "2022/7/27\n各有关单位、企业:\n根据文件规定,现将评价结果予以公示。\n"
     "附件:蚌埠市2021年度全市规上工业企业亩均效益评价结果\n蚌埠市工业企业亩均效益评价工作领导小组办公室\n2022年7月27日\n"
     "安徽偶得信息技术有限公司手机网站 k8凯发欧洲杯的版权所有",
     # (a signer or the site's footer names no document: the file's name)
     [("x", None, "蚌埠市工业企业亩均效益评价工作领导小组办公室", "2022-07-27")]),
    # shandong_heze-dongneng-spaced-number: no organ printed: the one the 文号 prefix stands for, its place in the text
    ("issuer from the 文号 prefix", "菏政办字 〔2023〕1号\n各县区人民政府 (管委会),市政府各部门、各直属机构:\n"
     "1. 菏泽市深化新旧动能转换建设绿色低碳高质量发展先行区实现重大突破,形成一批可复制可推广的成功经验。",
     [("x", "菏政办字〔2023〕1号", "菏泽市人民政府办公室", None)]),
    # guizhou_liupanshui-xinjijian-meta-pipe: the title names 市人民政府办公室 only; 六盘水府办发 names the place
    ("placeless title organ, place from the 文号", "索 引 号: | 000014349/2023-91150 | 信息分类: | |\n"
     "发布机构: | 生成日期: | 2022-12-02 08:54:33 | |\n文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |\n"
     "名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n"
     "经市人民政府同意,现将《六盘水市新型基础设施建设三年行动方案(2022—2024年)》印发给你们,请认真抓好贯彻落实。\n(此件公开发布)",
     [("市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知", "六盘水府办发〔2022〕10号",
       "六盘水市人民政府办公室", "2022-12-02")]),
    # hubei_xialu-zhongdian-squarebracket-meta: 发布机构 names the place the title's organ leaves out (政府 spelling)
    ("placeless title organ, place from 发布机构", "名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n"
     "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n文 号: 文件分类: 综合政务 所属机构:\n"
     "区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n区人民政府办公室\n关于印发2020年区政府重点工作责任分解的\n通 知\n"
     "各新区、区政府各部门、各市级垂管单位:\n《2020年区政府重点工作责任分解》已经区政府研究同意,现印发给你们,请认真抓好落实。\n2020年6月28日",
     [("区人民政府办公室关于印发2020年区政府重点工作责任分解的通知", None, "下陆区政府办公室", "2020-06-28")]),
    # neimenggu_xilinguole-wuzhangai-paren-number: 行政公署, a 文号 in round brackets, title three times
    ("行政公署, (2010) brackets", "锡林郭勒盟行政公署关于印发《锡林郭勒盟无障碍建设管理办法》的通知\n\n"
     "作者:法律资料网 时间:2024-07-12 05:06:44   浏览:8459   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "锡林郭勒盟行政公署关于印发《锡林郭勒盟无障碍建设管理办法》的通知\n\n内蒙古自治区锡林郭勒盟行政公署\n\n\n"
     "锡林郭勒盟行政公署关于印发《锡林郭勒盟无障碍建设管理办法》的通知\n\n锡署发(2010)183号\n\n\n各旗县市(区)人民政府(管委会),行署有关委、办、局:\n\n"
     "《锡林郭勒盟无障碍建设管理办法》已经2010年第三次行署常务会议研究同意,现印发给你们。\n\n                     二0一0年九月二十六日",
     [("锡林郭勒盟行政公署关于印发《锡林郭勒盟无障碍建设管理办法》的通知", "锡署发〔2010〕183号", "锡林郭勒盟行政公署", "2010-09-26")]),
    # fujian_xiamen-dadeng-decree-lawsite: a law site's banner, title, then the decree's name and number on one line
    ("decree on one line, titled by the line above", "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n厦门市大嶝对台小额商品交易市场管理规定\n\n"
     "时间:2024-05-28 02:36:56 来源: 法律资料网 作者:法律资料网 阅读:8988\n下载地址: 点击此处下载\n\n厦门市大嶝对台小额商品交易市场管理规定\n\n"
     "福建省厦门市人民政府\n\n\n厦门市大嶝对台小额商品交易市场管理规定\n\n厦门市人民政府令第136号\n\n\n"
     "  《厦门市大嶝对台小额商品交易市场管理规定》已经2009年12月10日市人民政府第88次常务会议通过,现予公布。\n\n"
     "                                 市长 刘赐贵\n\n                                 二OO九年十二月二十三日",
     # (the page's headline, byline and download link are the site's lines over the decree: no document of their own)
     [("厦门市大嶝对台小额商品交易市场管理规定", "厦门市人民政府令第136号", "厦门市人民政府", "2009-12-23")]),
    # sichuan_dazhou-feizhi-table-lawsite: the decision's title, the banner, then 达州市人民政府令 ⏎ 第48号
    ("decree over two lines under the decision's title", "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n"
     "达州市人民政府关于废止部分政策性文件的决定\n\n时间:2024-07-07 19:03:16 来源: 法律资料网 作者:法律资料网 阅读:9489\n"
     "下载地址: 点击此处下载\n\n达州市人民政府关于废止部分政策性文件的决定\n\n四川省达州市人民政府\n\n\n达州市人民政府令\n"
     "                     第48号\n  《达州市人民政府关于废止部分政策性文件的决定》已经2008年9月24日市政府第90次常务会议通过,现予公布。\n\n"
     "                         市长: 何 健\n                         \n                         二○○八年十月十三日",
     [("达州市人民政府关于废止部分政策性文件的决定", "达州市人民政府令第48号", "达州市人民政府", "2008-10-13")]),
    # guangdong_dongguan-zhufang-squarebracket-lawsite: the banner organ over the 文号 is header; the office signs
    ("law-site banner organ over the 文号", "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发东莞市困难家庭住房保障办法实施细则的通知\n\n"
     "时间:2024-07-09 21:02:23 来源: 法律资料网 作者:法律资料网 阅读:8610\n下载地址: 点击此处下载\n\n"
     "关于印发东莞市困难家庭住房保障办法实施细则的通知\n\n广东省东莞市人民政府\n\n\n东府办[2005]42号\n\n\n\n"
     "关于印发东莞市困难家庭住房保障办法实施细则的通知\n\n\n各镇人民政府(区办事处),市府直属各单位:\n"
     "  《东莞市困难家庭住房保障办法实施细则》业经市人民政府同意,现印发给你们,请认真贯彻执行。\n\n东莞市人民政府办公室\n二○○五年六月二十八日",
     # (the page's headline, byline and download link are the site's lines over the notice: no document of their own)
     [("关于印发东莞市困难家庭住房保障办法实施细则的通知", "东府办〔2005〕42号", "东莞市人民政府办公室", "2005-06-28")]),
    # shanghai_jingan-yanglao-trad-qmarks: indentation lost to "??" before the signature lines (traditional)
    ("?? residue before the signature", "區政府各委、辦、局,各街道辦事處、彭浦鎮政府:\n"
     "??區發展改革委《靜安區促進養老托育服務高質量發展實施方案》已經區政府審核通過,現轉發給你們,請認真按照執行。\n"
     "??上海市靜安區人民政府辦公室\n??2023年4月23日\n??\n靜安區促進養老托育服務高質量發展實施方案\n??一、實施背景",
     [("静安区促进养老托育服务高质量发展实施方案", None, "上海市静安区人民政府办公室", "2023-04-23")]),
    # chongqing_shi-changtong-article-fuze: a 转发 title opening with its (city) issuer, the page's body only
    ("转发 title names its issuer", "法搜网--中国法律信息搜索网\n重庆市人民政府办公厅转发重庆市2001年城市道路交通畅通工程实施意见的通知\n\n"
     "  (九)市园林局负责对影响交通的行道树进行修枝。",
     # (the site's name line before the header is chrome, chrome.py's site_name with its doubled dash: no preamble
     # document of its own)
     [("重庆市人民政府办公厅转发重庆市2001年城市道路交通畅通工程实施意见的通知", None, "重庆市人民政府办公厅", None)]),
    # hubei_wuhan-jiaotong-attribute-bullets: 【label】 fields glued between the title and the body on one line
    ("【label】 fields glued into one line", "武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知\n\n"
     "武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知文章属性•【制定机关】武汉市人民政府办公厅•【公布日期】2021.04.18"
     "•【字号】武政办〔2021〕37号•【施行日期】2021.04.18•【效力等级】地方规范性文件•【时效性】现行有效•【主题分类】交通运输综合规定"
     "正文武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知各区人民政府,市人民政府各部门:《全市交通秩序综合整治工作方案》"
     "已经市人民政府同意,现印发给你们,请认真组织实施。\n\n武汉市人民政府办公厅2021年4月18日全市交通秩序综合整治工作方案为进一步改善城市交通环境。",
     [("武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知", "武政办〔2021〕37号", "武汉市人民政府办公厅", "2021-04-18")]),
    # jiangsu_xishan-xinyong-stripped-date: a signing date whose 年月日 the page dropped, one-digit month and day
    ("stripped six-digit date under the signer", "您当前的位置:首页 > 区交通运输局 > 政府信息公开 > 通知公告\n\n"
     "2025年度锡山区道路运输经营业户信用等级评定(初评)结果公告\n\n    特此公示\n\n"
     "    附件:2025年度锡山区道路运输经营业户信用等级评定(初评)结果.xlsx\n\n锡山区交通运输局\n\n202626\n\n适老化无障碍服务",
     [("2025年度锡山区道路运输经营业户信用等级评定(初评)结果公告", None, "锡山区交通运输局", "2026-02-06")]),
    # real lines, benchmarks/data/repeal_notices (dev split; file named per row)
    # heilongjiang_tongjiang-shuiyuan: the attached plan's 目录 after the notice is no issue's table of contents
    ("a plan's 目录 after the notice", "发布时间:2021-11-12 14:53\n来源:政府办公室\n时效:现行有效\n同政办规〔2021〕7号\n"
     "同江市人民政府办公室关于印发\n同江市集中式饮用水水源地突发环境事件应急预案的通知\n各乡(镇)政府、街道办事处,市政府各有关直属单位:\n"
     "《同江市集中式饮用水水源地突发环境事件应急预案》已经市政府同意,现印发给你们,请认真贯彻落实。\n同江市人民政府办公室\n2021年10月15日\n"
     "同江市集中式饮用水水源地突发\n环境事件应急预案\n目 录\n2.2有关单位职责\n3.1.1信息处理",
     [("同江市人民政府办公室关于印发同江市集中式饮用水水源地突发环境事件应急预案的通知", "同政办规〔2021〕7号", "同江市人民政府办公室",
       "2021-10-15")]),
    # hubei_ezhou-houpingjia: joint title with and without 、, a date-then-文号 line; the next notice's placeless
    # organ named by the law site's banner
    ("date then 文号 under a law site's title; banner names the place", "财政部、国家税务总局关于发行福利彩票有关税收问题的通知\n\n"
     "作者:法律资料网 时间:2024-07-05 01:53:51   浏览:8569   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "财政部、国家税务总局关于发行福利彩票有关税收问题的通知\n\n财政部 国家税务总局\n\n\n财政部 国家税务总局关于发行福利彩票有关税收问题的通知\n\n"
     "2002年4月23日 财税〔2002〕59号\n\n各省、自治区、直辖市、计划单列市财政厅(局)、国家税务局、地方税务局,新疆生产建设兵团财务局:\n"
     "  三、本通知自2002年1月1日起执行。\n\n下载地址: 点击此处下载\n\n市人民政府关于发布《鄂州市规范性文件后评价暂行规定》的通知\n\n"
     "湖北省鄂州市人民政府\n\n\n市人民政府关于发布《鄂州市规范性文件后评价暂行规定》的通知\n\n各区人民政府,市政府各部门:\n  正文。",
     [("财政部国家税务总局关于发行福利彩票有关税收问题的通知", "财税〔2002〕59号", "财政部、国家税务总局", "2002-04-23"),
      ("市人民政府关于发布《鄂州市规范性文件后评价暂行规定》的通知", None, "鄂州市人民政府", None)]),
    # national_guofa-2015-68: the State Council's prefix names its organ
    ("国发 names 国务院", "国发[2015]68号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构∶\n"
     "经过前一阶段清理,国务院决定,对与现行法律法规不一致的文件予以宣布失效。",
     [("x", "国发〔2015〕68号", "国务院", None)]),  # the 主送 (ending in the ratio sign ∶) is no title
    # constructed families of the same causes (no real page of the set prints them; marked so)
    ("constructed: decree (第12号) on one line", "某市城市管理办法\n\n某市人民政府令（第12号）\n\n"
     "《某市城市管理办法》已经市人民政府常务会议通过，现予公布。\n\n市长  张三\n\n2023年5月6日\n\n某市城市管理办法\n第一条 为了加强管理。",
     [("某市城市管理办法", "某市人民政府令第12号", "某市人民政府", "2023-05-06")]),
    ("constructed: labels without colons, one field per line", "索引号 11330/2023-00012\n发布机构 某县人民政府办公室\n"
     "成文日期 2023-05-06\n文号 某政办发〔2023〕12号\n关于印发某县防汛预案的通知\n各乡镇人民政府：\n正文。",
     [("关于印发某县防汛预案的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    ("constructed: organ and date glued as the whole line", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n"
     "各乡镇人民政府：\n正文。\n某县人民政府2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: 等三部门, signers one per line", "某县发展和改革局等三部门关于做好价格监测工作的通知\n某发改〔2023〕9号\n"
     "各乡镇：\n正文。\n某县发展和改革局\n某县市场监督管理局\n某县财政局\n2023年5月6日",
     [("某县发展和改革局等三部门关于做好价格监测工作的通知", "某发改〔2023〕9号", "某县发展和改革局、某县市场监督管理局、某县财政局",
       "2023-05-06")]),
    ("constructed: a deadline months from the 成文日期 is no signing date", "发布机构：某县人民政府办公室\n"
     "发文字号：某政办发〔2023〕12号\n成文日期：2023-05-06\n关于印发重点工作的通知\n各乡镇：\n附件\n1\t推进项目\n某县发展和改革局\n"
     "2023年12月30日",
     [("关于印发重点工作的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    # entrep21 jiangsu-yixing-shizhang-zhiliangjiang-2022 (lines 1-11): the organ the 制发机关 field names signs a date
    # four months before the 成文日期 (a catalogue's): the signature dates the decision; `文件类别 | 决定` is a field, no title
    ("the metadata's own organ signing months before its 成文日期", "文号 | 宜政发〔2023〕3号 |\n制发机关 | 宜兴市人民政府 |\n"
     "成文日期 | 2023-05-24 |\n文件类别 | 决定 |\n文件状态 | 正在执行 |\n各开发区管委会(管理办),各镇人民政府,各街道办事处,市各委办局,市各直属单位:\n"
     "根据《宜兴市市长质量奖评定管理办法》,按照规定程序要求,经资格审查、专家评审和社会公示,市政府决定授予江苏金山环保科技有限公司等3家单位市长质量奖。\n"
     "附件:2022年度宜兴市市长质量奖获奖名单\n宜兴市人民政府\n2023年1月20日",
     [("x", "宜政发〔2023〕3号", "宜兴市人民政府", "2023-01-20")]),  # (no title printed: the file's name; 文件类别 is a field)
    ("constructed: a 转发 title without its organ", "转发县财政局关于加强专项资金管理意见的通知\n某政办发〔2023〕12号\n"
     "各乡镇人民政府：\n正文。\n某县人民政府办公室\n2023年5月6日",
     [("转发县财政局关于加强专项资金管理意见的通知", "某政办发〔2023〕12号", "某县人民政府办公室", "2023-05-06")]),
    ("constructed: the signing date with the 此件 remark on its line", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n"
     "各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日（此件公开发布）",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: the signing date in brackets", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n"
     "各乡镇人民政府：\n正文。\n某县人民政府\n（2023年5月6日）",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: 签发人 on its own line under the 文号, a 请示", "某政发〔2023〕5号\n签发人：王五\n"
     "某县人民政府关于申请防汛资金的请示\n市人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于申请防汛资金的请示", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: &nbsp; entities left in the text", "&nbsp;&nbsp;某县人民政府关于加强安全生产工作的通知\n&nbsp;某政发〔2023〕5号\n"
     "各乡镇人民政府：\n正文。\n&nbsp;&nbsp;&nbsp;某县人民政府\n&nbsp;&nbsp;2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: the 文号 in brackets on its own line", "某县人民政府关于加强安全生产工作的通知\n（某政发〔2023〕5号）\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: date and 文号 in brackets under the title", "某县人民政府关于加强安全生产工作的通知\n（2023年5月6日 某政发〔2023〕5号）\n各乡镇人民政府：\n正文。\n",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: 文号 then the date in brackets", "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号（2023年5月6日）\n各乡镇人民政府：\n正文。\n",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: the page's fields at its bottom fill the document", "某县人民政府关于加强安全生产工作的通知\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日\n\n\n"
     "发布机构：某县人民政府办公室\n发文字号：某政发〔2023〕5号\n发布日期：2023-05-08",
     [("某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: a 印发 title cut after the printed text's type word", "某县人民政府关于印发某县城市管理办法\n（试行）的通知\n"
     "某政发〔2023〕5号\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于印发某县城市管理办法（试行）的通知", "某政发〔2023〕5号", "某县人民政府", "2023-05-06")]),
    ("constructed: a draft's qualifier on the line under a complete title", "某县人民政府关于印发某县城市管理办法（试行）的通知\n"
     "（征求意见稿）\n各乡镇人民政府：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于印发某县城市管理办法（试行）的通知（征求意见稿）", None, "某县人民政府", "2023-05-06")]),
    ("constructed: two issuers set apart on the organ line", "某县财政局 某县农业农村局\n关于下达资金的通知\n某财农〔2023〕3号\n"
     "各乡镇：\n正文。\n某县财政局 某县农业农村局\n2023年5月6日",
     [("某县财政局某县农业农村局关于下达资金的通知", "某财农〔2023〕3号", "某县财政局、某县农业农村局", "2023-05-06")]),
    ("constructed: joint issuers set apart before 关于 are two, not one name", "中共某县委办公室 某县人民政府办公室关于印发防汛方案的通知\n"
     "某办发〔2023〕3号\n各乡镇：\n正文。\n中共某县委办公室 某县人民政府办公室\n2023年5月6日",
     [("中共某县委办公室某县人民政府办公室关于印发防汛方案的通知", "某办发〔2023〕3号", "中共某县委办公室、某县人民政府办公室",
       "2023-05-06")]),
    ("constructed: a 解读 page over the read document's 文号 has none of its own",
     "关于《某县城市管理办法》的政策解读\n（某政发〔2023〕5号）\n来源：县司法局 发布时间：2023-05-08\n一、起草背景\n正文。",
     [("关于《某县城市管理办法》的政策解读", None, "县司法局", "2023-05-08")]),
    ("constructed: the same with the 文号 bare", "关于《某县城市管理办法》的政策解读\n某政发〔2023〕5号\n"
     "来源：县司法局 发布时间：2023-05-08\n一、起草背景\n正文。",
     [("关于《某县城市管理办法》的政策解读", None, "县司法局", "2023-05-08")]),
    ("constructed: a notice's kind alone under its organ", "某县人民政府\n通告\n某政告〔2023〕1号\n"
     "为做好防汛工作，现通告如下：\n一、正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府通告", "某政告〔2023〕1号", "某县人民政府", "2023-05-06")]),
    ("constructed: a 通告 number without organ part under the title", "某县人民政府通告\n〔2023〕第1号\n"
     "为做好防汛工作，现通告如下：\n一、正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府通告", "〔2023〕第1号", "某县人民政府", "2023-05-06")]),
    # qinghai_xining-liutong-paren-spaced: the page date in a 发布人 byline under the title
    ("date in a 发布人 byline", "国内政策【切换】 国际政策\n\n您现在的位置: 首页 > 政策前沿\n\n加快西宁市流通业发展实施意见\n\n"
     "发布人:春秋智谷  /  发布时间:2017-11-24 10:12:15  \n\n为进一步深化流通业改革,优化我市流通业发展环境。",
     [("加快西宁市流通业发展实施意见", None, None, "2017-11-24")]),
    # real lines, benchmarks/data/other_districts_fresh3 (file named per row)
    # gansu_qingshui-dawen-gonglu-zhengzhi-news: the 来源 shares its line with a view counter and a font button
    ("来源 with page buttons after it", "您现在的位置: 首页 > 新闻中心 > 部门动态 > 正文\n\n"
     "清水县召开大温公路沿线道路交通秩序专项整治工作安排会\n\n"
     "发布时间: 2022年02月23日 08:41   来源: 公安局    预览次数: 【字体:\n\n"
     "2月22日,清水县大温公路沿线道路交通秩序专项整治工作安排会在县政府召开,会议就大温公路交通安全隐患进行了分析研判。",
     # (the breadcrumb above the headline is the page's chrome: it belongs to the document)
     [("清水县召开大温公路沿线道路交通秩序专项整治工作安排会", None, "公安局", "2022-02-23")]),
    # beijing_chaoyang-touzi-zhengqiu-breadcrumb: a 来源 naming a 发展改革委 (short form), then print/close buttons
    ("来源 naming a 发展改革委, print buttons after it", "当前位置: 首页>>政务公开>>政策文件>>政策性文件征集正文\n\n"
     "朝阳区政府投资管理办法(征求意见稿)\n\n日期:2023-04-21 16:45 来源:区发展改革委 打印页面 关闭页面\n\n第一章 总则\n\n"
     "第一条 为规范政府投资行为,提高投资效益,根据有关规定,结合本区实际,制定本办法。",
     [("朝阳区政府投资管理办法(征求意见稿)", None, "区发展改革委", "2023-04-21")]),
    # fujian_longhai-qingli-jiedu: the 解读 page's first line names it as a lead-in ending 如下:
    ("解读 title as a lead-in ending 如下:", "《漳州市龙海区人民政府关于公布2025年度区政府及区政府办公室行政规范性文件清理结果的通知》"
     "文件解读如下:\n一、制定背景\n为加强对行政规范性文件的监督管理,维护法治统一,推进依法行政,开展清理工作。\n"
     "解读机构:漳州市龙海区司法局",
     [("《漳州市龙海区人民政府关于公布2025年度区政府及区政府办公室行政规范性文件清理结果的通知》文件解读", None, "漳州市龙海区司法局", None)]),
    # hebei_qianxi-xiaoyuan-zhili-meipian: a sharing site's user handle under the headline
    ("user handle under a headline", "迁西县召开校园及周边社会治安综合治理工作会\n\n美友24252702\n\n"
     "3月15日上午,迁西县委政法委组织召开校园及周边社会治安综合治理工作会。",
     [("迁西县召开校园及周边社会治安综合治理工作会", None, None, None)]),
    # jiangsu_gaogang-zhongkao-zhize-bianjie: a table header row repeating one word is no title
    # (no title line left: the file names it)
    ("a header row repeating one word", "职责分工 职责分工\n\n公安机关负责考场周边的治安秩序维护。",
     [("x", None, None, None)]),
    # shanghai_jingan-shanghai-fuwu-label-prefix: a quoted column label before the headline
    ("quoted column label before the headline", "“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《静安区全力打响"
     "“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)》的通知\n静安区全力打响“上海服务”品牌\n"
     "加快建设“国际静安”三年行动计划\n(2018—2020年)\n为贯彻落实上海全力打响“四大品牌”的战略部署,打响“上海服务”品牌。",
     [("中共静安区委办公室静安区人民政府办公室印发《静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划(2018—2020年)》的通知",
       None, "中共静安区委办公室、静安区人民政府办公室", None)]),  # joint offices glued in the title, read apart
    # hubei_zigui-zhujianju-news: a headline led by its place ("秭归:…"), a date-led info line under it
    ("place-led headline over a date-led info line", "当前位置: 首页新闻市州动态宜昌正文\n\n秭归:县住建局为基层办实事\n\n"
     "2014-09-17 00:00:00 |  湖北省建设信息中心 | \n\n  本网讯 通讯员汪元明、胡洋报道:今年以来,秭归县住建局结合党的群众路线教育实践活动"
     "及行风评议,以农村个人建房为重点,为基层办实事。",
     [("秭归:县住建局为基层办实事", None, None, "2014-09-17")]),
    ("constructed: a letter's 附件: line is no place-led headline", "附件:某县防汛工作责任分工方案\n\n各乡镇要加强值守。",
     [("x", None, None, None)]),
    # (other_districts hebei_hbrb-fangxin-xiaofei: a table's label line is none either)
    ("a 责任单位: line is no place-led headline", "责任单位:市市场监督管理局\n\n各县(市、区)要加强监管。",
     [("x", None, None, None)]),
    # sichuan_dazhu-zhengxie-fenjie-news: empty 作者/来源, the date under 发表于 and a click counter
    ("byline with 发表于 and a click counter", "大竹县政协主要工作分解图表落实到位\n"
     "作者: 来源: 发表于:2011年03月02日 文章点击数:2310\n大竹县政协\n主要工作分解图表落实到位\n"
     "一张主要工作任务分解图表,将大竹县政协2011年的主要工作任务、牵头领导、牵头委室落实到位。",
     [("大竹县政协主要工作分解图表落实到位", None, None, "2011-03-02")]),
    # yunnan_zhenyuan-lvse-gongye-converter: a converter page whose title's second line is printed twice
    ("title's last line printed twice", "鎮(zhèn)沅縣出臺“134”措施貫徹落實\n省委九屆八次全體(擴大)會議精神\n"
     "省委九屆八次全體(擴大)會議精神\n鎮(zhèn)沅縣認真學習貫徹落實省委九屆八次全體(擴大)會議精神,在融會貫通上下功夫,"
     "加快實施工業(yè)強縣戰(zhàn)略。",
     [("镇沅县出台“134”措施贯彻落实省委九届八次全体(扩大)会议精神", None, None, None)]),
    # shandong_yishui-yingji-yuan-meta-pipe: the committee's office signs, the 住建局 stamps for it (代章), the
    # 住建局 also posts it (发布机构)
    ("代章: the signing office is the issuer", "沂水县城乡建设安全生产专业委员会关于印发《沂水县房屋建筑和市政工程建设生产安全事故应急预案》的通知\n"
     "索 引 号: | yishuixzghcxjsj2251431/2023-0000089 | 主 题 词: | 其他 | 公开方式: | 主动公开 |\n"
     "文 号: | 发布机构: | 沂水县住房和城乡建设局 | 发布日期: | 2023-06-25 | |\n"
     "浏览次数: | 有 效 性: | 成文日期: | 2023-06-25 | ||\n"
     "标 题: | 沂水县城乡建设安全生产专业委员会关于印发《沂水县房屋建筑和市政工程建设生产安全事故应急预案》的通知 |\n"
     "县城乡建设安全生产专委会各成员单位:\n现将修编后的《沂水县房屋建筑和市政工程建设生产安全事故应急预案》印发给你们,请认真抓好贯彻落实。\n"
     "沂水县城乡建设安全生产专业委员会办公室\n(沂水县住房和城乡建设局代章)\n2023年6月25日\n"
     "沂水县房屋建筑和市政工程建设生产安全事故应急预案",
     [("沂水县城乡建设安全生产专业委员会关于印发《沂水县房屋建筑和市政工程建设生产安全事故应急预案》的通知", None,
       "沂水县城乡建设安全生产专业委员会办公室", "2023-06-25")]),
    # shandong_weifang-ling-date-zero-lost: a copy's URL line between the decree's name and its number; the decree
    # promulgates the title named in the sentence under it (its 〇-less date "二三年十月十五日" is 2003's: the fresh3 gold,
    # patterns._ZEROS_LOST_YEAR)
    ("decree name, URL line, number, promulgation sentence", "潍坊市人民政府令\n\n"
     "Original URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13\n\n第77号\n"
     "《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日第七次市政\n府常务会议研究通过,现予发布施行。\n\n市长张新起\n\n"
     "二三年十月十五日\n潍坊市突发公共卫生事件应急办法\n\n第一章总则\n"
     "第一条为了有效预防、及时控制和消除突发公共卫生事件的危害,保障公众身体健康与生命安全,制定本办法。",
     [("潍坊市突发公共卫生事件应急办法", "潍坊市人民政府令第77号", "潍坊市人民政府", "2003-10-15")]),
    # anhui_tongling-2017-sheng-zhuanjingtexin-zhongxiao-qiye-news (other_districts_fresh20; http://tltaixiang.com/2018-1-8/
    # 73/699.html): a news item citing the province's notice with its number, then the attachment's title and its .pdf
    # link: the notice is reported, its number is none of the item's (the guangxi row above keeps its own number line)
    ("a news item over the link of the notice it reports: the cited number is not the item's",
     "日前,安徽省经信委发布了《2017年度安徽省“专精特新”中小企业名单的通知》(皖经信中小发展函〔2017〕1696号),我市铜陵新港塑胶"
     "制品有限公司等15户企业被认定为2017年度安徽省“专精特新”中小企业。截止2017年底,我市已有63户省“专精特新”中小企业。\n"
     "附:安徽省经济和信息化委员会关于公布2017年度安徽省“专精特新”中小企业名单的通知(皖经信中小发展函〔2017〕1696号)\n"
     "安徽省经济和信息化委员会关于公布2017年度安徽省“专精特新”中小企业名单的通知(皖经信中小发展函〔2017〕1696号).pdf",
     [("安徽省经济和信息化委员会关于公布2017年度安徽省“专精特新”中小企业名单的通知", None, "安徽省经济和信息化委员会", None)]),
    # xinjiang-2020-mianhua-jiagong-qiye-yanshou-gongshi (other_districts_fresh21, lines 2-7): a copy site's text, no
    # heading line; under the signature the copied page's title glued to its address, printed twice, names it
    ("a copy's last line: the title glued to the copied page's address",
     "在公示期内,任何单位和个人对公示中的棉花加工企业存在异议,可以书面提出意见,单位意见必须加盖公章。\n"
     "联系人:乔楷 联系电话:0991-2824794\n附件:2020年度第八批棉花加工企业公示名单(3家)\n自治区发展和改革委员会\n2020年10月15日\n"
     "关于自治区2020年度第八批棉花加工企业通过验收的公示http://xjdrc.xinjiang.gov.cn/xjfgw/c108299/202010/"
     "0c0597a4d0ab45b4aff7f31e3d492c01.shtmlhttp://xjdrc.xinjiang.gov.cn/xjfgw/c108299/202010/0c0597a4d0ab45b4aff7f31e3d492c01.shtml",
     [("关于自治区2020年度第八批棉花加工企业通过验收的公示", None, "自治区发展和改革委员会", "2020-10-15")]),
    # (guard, constructed) an address cited at the end of a sentence names no page
    ("an address ending a sentence is no copied page's title",
     "现将有关事项告知如下,详见关于开展评审工作的通知http://www.example.gov.cn/a/1.shtml。\n某县发展和改革局\n2020年10月15日",
     [("x", None, "某县发展和改革局", "2020-10-15")]),
    # gansu_lanzhou-2012-… (other_districts_fresh21, lines 1-35): the page's title, the database's fields printed twice
    # (label and value lines with cell bars), the title again over its 文号 in brackets: one document
    ("a law database's title, its bar-celled fields twice, the notice", "兰州市人民政府办公厅关于印发兰州市交通运输突发公共事件应急预案的通知\n"
     + "颁布机构: |\n兰州市人民政府 |\n生效状态: |\n在用 |\n所属类型: |\n地方规范性文件 |\n适用地区: |\n兰州市 |\n适用领域: |\n"
     "应急管理 |\n生效日期: |\n2012/11/02 |\n颁布日期: |\n2012/11/02 |\n" * 2
     + "兰州市人民政府办公厅关于印发兰州市交通运输突发公共事件应急预案的通知\n(兰政办发【2012】321号)\n"
     "各县、区人民政府,市政府有关部门,各有关单位:\n现将《兰州市交通运输突发公共事件应急预案》印发给你们,请认真抓好贯彻落实。\n"
     "兰州市人民政府办公厅\n2012年11月2日\n兰州市交通运输突发公共事件应急预案\n目 录\n1总则",
     [("兰州市人民政府办公厅关于印发兰州市交通运输突发公共事件应急预案的通知", "兰政办发〔2012〕321号", "兰州市人民政府办公厅",
       "2012-11-02")]),
    # gansu-2019-xiugai-shirong-huanjing-weisheng-guanli-banfa-deng-5jian-guizhang-jueding (other_districts_fresh21, lines
    # 3-22): an economic-information site's copy of a provincial order, its serial alone (the order's name not printed)
    # over the sentence promulgating the decision (cut by the excerpt): the number as printed
    ("a decree's serial alone over its promulgation sentence", "甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定\n"
     "  • 时间:2019-12-31\n  • 点击:9\n  • 来源:省政府办公厅\n\n第153号\n\n \n\n"
     "  《甘肃省人民政府关于修改〈甘肃省城市市容和环境卫生管理办法〉等5件政府规章的决定》已经2019年12月16日十三届省政府第74次常务会议审议通过,"
     "本决定自公布之日起30日后实施。\n\n     \n\n" + " " * 112 + "省  长  唐仁健  \n\n" + " " * 114 + "2019年12月23日\n\n \n\n"
     "甘肃省人民政府关于修改《甘肃省城市市容和\n\n环境卫生管理办法》等5件政府规章的决定\n\n \n\n"
     "  根据国家机构改革需要,现对《甘肃省城市市容和环境卫生管理办法》等5件政府规章作如下修改:",
     [("甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定", "第153号", "甘肃省人民政府", "2019-12-23"),
      ("甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定", None, "甘肃省人民政府", None)]),
    # (guard, constructed) a notice's serial over its text, no promulgation sentence: no decree number read from it; since
    # docmeta33 the serial under a 通告's title is the notice's own number (kg.parse.serials), as fresh18's "中华人民共和国
    # 农业部公告" ⏎ "第2254号" is its gold's
    ("a serial over a notice's text is no decree number", "某县人民政府通告\n第3号\n为做好防汛工作,现通告如下:\n一、各乡镇加强巡查。\n"
     "某县人民政府\n2023年6月1日",
     [("某县人民政府通告", "第3号", "某县人民政府", "2023-06-01")]),
    # tianjin-2020-xiugai-he-feizhi-bufen-guizhang-jueding-bilingual (other_districts_fresh20, lines 1-12): the city justice
    # bureau's bilingual copy, each Chinese line followed by its English: the decree's name and number with the English
    # lines between, the promulgation sentence naming the decision under them
    ("bilingual decree: name, English line, number, English line, promulgation sentence",
     "天津市人民政府令\nThe Decree of Tianjin Municipal People’s Government\n第20号\nNo. 20\n"
     "《天津市人民政府关于修改和废止部分规章的决定》已于2020年11月27日经市人民政府第130次常务会议通过,现予公布,自公布之日起施行。\n"
     "The“Decision of the Tianjin Municipal People's Government on Amending and Repealing Some Regulations”, which were "
     "adopted at the 130th executive meeting of the municipal people’s government on November 27, 2020, are hereby promulgated.\n"
     "天津市市长 廖国勋\nLiao Guoxun,\nMayor of Tianjin\n2020年12月5日\nDecember 5, 2020\n"
     "天津市人民政府关于修改和废止部分规章的决定\n"
     "The Decision of the Tianjin Municipal People's Government on Amending and Repealing Some Regulations\n"
     "根据“放管服”改革和国家机构改革工作要求,市人民政府对照规章进行了清理。",
     [("天津市人民政府关于修改和废止部分规章的决定", "天津市人民政府令第20号", "天津市人民政府", "2020-12-05"),
      ("天津市人民政府关于修改和废止部分规章的决定", None, "天津市人民政府", None)]),
    # (guard, constructed) an English line under the name, then no number: no decree
    ("a decree's name over English lines and no number is no decree", "某县人民政府令\nThe Decree of the County People's "
     "Government\nNo number printed here\n某县人民政府关于某事项的通知\n各乡镇：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府令", None, None, None), ("某县人民政府关于某事项的通知", None, "某县人民政府", "2023-05-06")]),
    # hunan_chengbu-bangfu-chejian-pipe: the notice's 文号, title, 主送, body, signer and date all on one line
    ("a whole notice on one line", "城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案\n详细信息\n"
     '城委乡振组发〔2021〕3号 关于印发《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》的通知 各乡镇(场)、县直和省市驻城各单位: 《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》已经县委实施乡村振兴战略领导小组审定通过。现印发给你们,请认真抓好贯彻落实。 中共城步苗族自治县委实施乡村振兴战略领导小组 2021年9月3日 城步苗族自治县巩固提升就业帮扶车间 专项行动实施方案 为全面落实省委省政府、市委市政府关于巩固脱贫攻坚成果助力乡村振兴的部署安排,发挥就业帮扶车间(原扶贫车间)就近吸纳就业优势,帮助脱贫人口实现家门口就业,助力全面推进乡村振兴。现结合工作实际,特制定本方案。',
     [("城步苗族自治县巩固提升就业帮扶车间专项行动实施方案", None, None, None),
      ("关于印发《城步苗族自治县巩固提升就业帮扶车间等“七大专项行动”实施方案》的通知", "城委乡振组发〔2021〕3号",
       "中共城步苗族自治县委实施乡村振兴战略领导小组", "2021-09-03")]),
    ("constructed: a one-line 文号 + 关于 sentence in a short line is no glued notice",
     "某政发〔2023〕5号 关于做好防汛工作的通知 各乡镇:请遵照执行。",
     [("x", None, None, None)]),
    # yunnan_pingbian-xiaojing-tian-dafu: a reply to a proposal opens with the answering organ ("…局对…提案的答复")
    ("reply titled by its organ, empty 来源", "登录 | 注册\n\n屏边县教育体育局对政协屏边县十届四次会议第56号提案的答复\n\n"
     "来源: 发布日期:2026-01-06 浏览次数:\n\n周文斌等委员:\n\n"
     "你们提出的《关于在我县中小学配备驻校警务人员的提案》收悉,现答复如下。",
     [("屏边县教育体育局对政协屏边县十届四次会议第56号提案的答复", None, "屏边县教育体育局", "2026-01-06")]),
    # shanxi_qinshui-zhongkao-anbao-meta: 发布机构 "县公安局" under the page's banner "沁水县公安局"
    ("placeless 发布机构 named in full by the page's banner", "沁水县公安局\n\n搜索位置\n匹配度\n排序\n\n我局圆满完成中考安保工作\n\n"
     "发布日期: 2025-06-25 发布机构: 县公安局\n\n2025年是我省中考改革落地年,为护航中考安全有序进行,我局科学统筹安保工作。",
     # (the banner and a search form's labels are the page's top, no document of their own: fresh12 三甲镇's gold)
     [("我局圆满完成中考安保工作", None, "沁水县公安局", "2025-06-25")]),
    # henan_hualong-minsheng-shishi-number-stripped: a news byline "时间:… 来源:<organ>" (no metadata block)
    ("byline 时间 + 来源 naming the publishing organ", "您当前的位置: 首页> 政务公开 > 新闻动态 > 部门动态\n\n"
     "我区上半年重点民生实事工作进展顺利\n\n时间:2023-07-28 来源:区发展和改革委员会\n\n"
     "今年以来,我区坚持以人民为中心的发展思想,扎实推进重点民生实事,上半年各项工作进展顺利。",
     [("我区上半年重点民生实事工作进展顺利", None, "区发展和改革委员会", "2023-07-28")]),
    # jiangsu_gaogang-zhongkao-zhize-bianjie: a 责任清单 page names its entry in the 管理事项 field
    ("责任清单 entry named by its 管理事项", "医药高新区(高港区)政务服务网\n当前位置:首页\n"
     " > 阳光政务 > 责任清单 > 公安分局 > 与相关部门的职责边界\n管理事项 中考、高考保障\n职责分工 职责分工\n\n相关部门\n\n"
     "职责分工\n\n区公安分局\n\n负责考点及周边治安秩序维护和交通疏导。",
     [("中考、高考保障", None, None, None)]),
    # real lines, benchmarks/data/other_districts_fresh2 (file named per row)
    # chongqing_kaizhou-touzi-meta-pipe: pipe table with [ label ] cells; the title's organ signs two years before
    # the page's 成文日期 (the web posting's, = its 发布日期)
    ("[ label ] pipe cells, signed by the title's organ", "[ 索引号 ] | 11500234008646164K/2020-00022 | [ 发文字号 ] | "
     "开州府办发〔2018〕13号 |\n[ 主题分类 ] | 重大项目建设 | [ 体裁分类 ] | 公文 |\n[ 发布机构 ] | 开州区发展改革委 | [ 有效性 ] | |\n"
     "[ 成文日期 ] | 2020-07-16 | [ 发布日期 ] | 2020-07-16 |\n"
     "重庆市开州区人民政府办公室关于印发重庆市开州区政府投资项目管理办法的通知\n开州府办发〔2018〕13号\n重庆市开州区人民政府办公室\n"
     "关于印发重庆市开州区政府投资项目\n管理办法的通知\n各镇乡人民政府(街道办事处),区政府各部门,有关单位:\n"
     "《重庆市开州区政府投资项目管理办法》已经十四届区委常委会第50次会议和十七届区政府第32次常务会议审议通过,现印发给你们。\n"
     "重庆市开州区人民政府办公室\n2018年2月27日\n重庆市开州区政府投资项目管理办法\n第一章 总 则",
     [("重庆市开州区人民政府办公室关于印发重庆市开州区政府投资项目管理办法的通知", "开州府办发〔2018〕13号",
       "重庆市开州区人民政府办公室", "2018-02-27")]),
    # sichuan_mianyang-mujun-a-news: a menu of places, a breadcrumb, the ● headline, its 来源 byline
    ("news headline above its byline, under a menu", "今日四川 成都市 绵阳市 自贡市 攀枝花市 泸州市 德阳市 广元市\n"
     "地方网 > 四川 > 今日四川 > 正文\n\n●绵阳185家企业上榜!2021年四川“亩均论英雄”结果公布\n\n"
     "来源:四川经济日报 2022-01-12 06:57   https://www.yybnet.net/\n\n"
     "四川经济日报讯(黄小芹 记者 任毅 张宇)近日,经济和信息化厅发布了A类企业名单。",
     [("绵阳185家企业上榜!2021年四川“亩均论英雄”结果公布", None, None, "2022-01-12")]),
    # zhejiang_yueqing-mujun-aplus-converter: a column name over the headline, a 時間 byline
    ("news headline under its column name", "會員風采\n中凱科技被評為2018年度“畝均論英雄”A+類企業(yè)\n"
     "時間:2019-07-31 13:31:36信息來源:點擊:662 加入收藏 】【 字體:\n\n"
     "根據(jù)樂清市人民政府《關(guān)于深化“畝均論英雄”改革優(yōu)化資源要素配置的實施意見》精神,前階段。",
     [("中凯科技被评为2018年度“亩均论英雄”A+类企业", None, None, "2019-07-31")]),
    # chongqing_rongchang-laobao-chengxin-news: a 【喜讯】 tag opens the headline; links after the body
    ("news headline with its 【tag】", "其他\n【喜讯】荣昌173户企业获评市级劳动保障守法诚信A级企业\n"
     "日前,市人力社保局发布了2020年度重庆市企业劳动保障守法诚信等级评价结果,我区173户企业获评A级。\n推荐阅读\n"
     "◆【聚焦】单项补助最高50万元!荣昌70家企业获逾千万元补助\n记者/何文杰 新媒体编辑/李双蔚",
     [("【喜讯】荣昌173户企业获评市级劳动保障守法诚信A级企业", None, None, None)]),
    # guangdong_foshan-hongpai-nipingjia-news: the headline only as 原标题 after the body
    ("headline printed only as 原标题", "日前,佛山市环境保护局公示2015年度企业环境信用拟评价结果,共有144家企业纳入本次环保信用评价。\n"
     "本次评级中,仅有1家企业拟评为红牌(环保不良企业)——佛山手心制药有限公司。\n原标题:佛山手心制药公司环保不合格领红牌\n"
     "责任编辑:hn_新闻\n精彩热图\n最热新闻",
     [("佛山手心制药公司环保不合格领红牌", None, None, None)]),
    # guizhou_liupanshui-jiankang-meta-values: 名称 field with an organ-led title ("名称市…" is no place); the
    # 成文日期 is the posting's 发布时间, the stripped date under the body the signing
    ("名称 field, the posting's 成文日期 under a stripped signing date", "适老版-新\n\n"
     "市人民政府办公室关于印发健康六盘水行动推进方案的通知\n\n  发布时间: 2020-10-15 10:08 字体:[]\n"
     "索引号 000014349/2020-3761045 成文日期 2020-10-15\n文号 发布时间 2020-10-15\n发布机构 文件有效性\n"
     "名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知\n政策解读 文字解读:《健康六盘水行动推进方案》\n\n"
     "各县、市、特区、区人民政府,六盘水高新区管委会、各经济开发区管委会,市人民政府各部门、各直属机构:\n\n"
     "经市人民政府同意,现将《健康六盘水行动推进方案》印发给你们,请认真贯彻执行。\n\n2020928\n\n(此件公开发布)\n\n"
     "健康六盘水行动推进方案",
     [("市人民政府办公室关于印发健康六盘水行动推进方案的通知", None, "市人民政府办公室", "2020-09-28")]),
    # fresh34 shanghai_pudong-zhengfu-gongzuo-guize-2022-meta (https://www.pudong.gov.cn/zwgk/qt-qzf/2022/286/31778.html):
    # the signing date stripped to "2022128" (1-28 or 12-8) on a page posted 2022-01-29: the reading on or before the
    # posting, within a season of it
    ("stripped 7-digit signing date read by the page's 发布时间", "浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知\n\n索引号 SY-310115-2022-00371\n文件编号 浦府〔2022〕1号\n"
     "发布机构 区政府\n公开类别 主动公开\n发布时间 2022-01-29\n\n \n\n \n\n浦府〔20221\n\n \n\n浦东新区人民政府关于印发\n\n"
     "《浦东新区人民政府工作规则》的通知\n\n \n\n区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府\n\n"
     "《浦东新区人民政府工作规则》已经125日召开的区政府第1次常务会议审议通过,现予印发。\n\n \n\n \n\n"
     "             2022128\n\n \n\n(此件公开发布)\n",
     [("浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知", "浦府〔2022〕1号", "浦东新区人民政府", "2022-01-28")]),
    # (the same lines posted in June: neither reading falls within a season before the posting, which dates it)
    ("stripped 7-digit date far from the 发布时间 stays unread", "浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知\n\n索引号 SY-310115-2022-00371\n文件编号 浦府〔2022〕1号\n"
     "发布机构 区政府\n公开类别 主动公开\n发布时间 2022-06-01\n\n \n\n \n\n浦府〔20221\n\n \n\n浦东新区人民政府关于印发\n\n"
     "《浦东新区人民政府工作规则》的通知\n\n \n\n区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府\n\n"
     "《浦东新区人民政府工作规则》已经125日召开的区政府第1次常务会议审议通过,现予印发。\n\n \n\n \n\n"
     "             2022128\n\n \n\n(此件公开发布)\n",
     [("浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知", "浦府〔2022〕1号", "浦东新区人民政府", "2022-06-01")]),
    # hunan_fenghuang-nongye-jiedu-qa: a 【文字解读】 label makes the line the 解读 page's title, not the notice's
    ("【文字解读】 label keeps the page a 解读", "【文字解读】凤凰县人民政府办公室关于印发《凤凰县农业发展专项资金使用管理办法》的通知\n"
     "为什么要有这个规定?\n这个规定是为了让我们县的农业发展专项资金管理得更规范,用得更有效。\n什么是农业发展专项资金?",
     [("【文字解读】凤凰县人民政府办公室关于印发《凤凰县农业发展专项资金使用管理办法》的通知", None, None, None)]),
    # jiangsu_wuxi-jishi-tiaoli-lawsite: a law site's regulation dated by its adoption line, not the site's 时间
    ("regulation dated by its adoption line", "无锡市城乡集市贸易管理条例\n\n"
     "作者:法律资料网 时间:2024-05-25 12:01:48   浏览:9474   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "无锡市城乡集市贸易管理条例\n\n江苏省人大常委会\n\n\n无锡市城乡集市贸易管理条例\n江苏省人大常委会\n\n\n\n\n"
     "(1990年9月26日无锡市第十届人民代表大会常务委员会第十九次会议制定 1990年12月19日江苏省第七届人民代表大会常务委员会"
     "第十八次会议批准)\n\n目 录\n\n第一章 总 则\n第二章 经营主体和范围\n\n第一章 总 则\n"
     "第一条 为加强城乡集市贸易管理,活跃城乡经济,维护市场经济秩序,方便群众生活,制定本条例。",
     # (its issuer the city's congress the adoption line names first, not the approving province's of the imprint)
     [("无锡市城乡集市贸易管理条例", None, "无锡市第十届人民代表大会常务委员会", "1990-09-26")]),
    # hubei_wuhan-2019-fenjie-blanklines: no signature; the page's 时间 on a 浏览量 line under its own title
    ("page date on a 浏览量 line under the page title", "武政办〔2019〕1号《武汉市人民政府办公厅关于印发2019年市〈政府工作报告〉"
     "确定的主要目标任务责任分解方案的通知》\n\n浏览量:          时间:2020-02-16 04:20:51\n\n"
     "《武汉市人民政府办公厅关于印发2019年市〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n\n\n\n"
     "武政办〔2019〕1号\n\n\n各区人民政府,市人民政府各部门,各有关单位:\n\n"
     "《2019年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意,现印发给你们,请认真组织实施。",
     [("武汉市人民政府办公厅关于印发2019年市〈政府工作报告〉确定的主要目标任务责任分解方案的通知", "武政办〔2019〕1号",
       "武汉市人民政府办公厅", "2020-02-16")]),
    # shanghai_suliaofanhe-feizhi-guizhang: a 规章 page prints the 令 text, the mayor and the date above the title
    ("promulgation text and mayor's signature above the title", "《上海市人民政府关于废止<上海市一次性塑料饭盒管理暂行办法>"
     "的决定》已经2014年5月4日市政府第46次常务会议通过,现予公布,自公布之日起生效。\n市长 杨雄\n2014年5月7日\n"
     "上海市人民政府关于废止《上海市一次性塑料饭盒管理暂行办法》的决定\n"
     "经研究,市人民政府决定废止《上海市一次性塑料饭盒管理暂行办法》。\n本决定自公布之日起生效。",
     [("上海市人民政府关于废止《上海市一次性塑料饭盒管理暂行办法》的决定", None, "上海市人民政府", "2014-05-07")]),
    # xinjiang_ruoqiang-zulin-converter: the page's title names the plan the notice issues, then 文号 and notice
    ("page title naming the issued plan, then 文号 and notice", "《若羌縣加快發(fā)展保障性租賃住房的實(shí)施方案》\n"
     "若政辦發(fā)〔2022〕31號(hào)\n關(guān)于印發(fā)《若羌縣關(guān)于加快發(fā)展保障性租賃住房的實(shí)施方案》的通知\n"
     "各鄉(xiāng)鎮(zhèn)人民政府,縣人民政府各部門、各直屬機(jī)構(gòu):\n"
     "《若羌縣關(guān)于加快發(fā)展保障性租賃住房的實(shí)施方案》已經(jīng)縣人民政府研究同意,現(xiàn)印發(fā)你們。\n"
     "若羌縣人民政府辦公室\n2022年7月6日",
     [("关于印发《若羌县关于加快发展保障性租赁住房的实施方案》的通知", "若政办发〔2022〕31号", "若羌县人民政府办公室",
       "2022-07-06")]),
    # hunan_hengdong-jiankang-jiedu-trad: "关于《…》文件解读" ends in its own kind (the part heading under it is body);
    # the issuer is the 来源 organ, mis-encoded residue after it
    ("解读 title with 关于, issuer from a 来源 line with ???? residue", "關于《關于健康衡東行動實施方案》文件解讀\n\n"
     "來源:縣司法局 ???? 發(fā)布時間:2022-09-22\n\n關于《關于健康衡東行動實施方案》文件解讀\n\n\n"
     "一、出臺《關于健康衡東行動實施方案》的必要性\n\n"
     "2016年8月,習近平總書記在全國衛(wèi)生與健康大會上指出,要加快推進健康中國建設。",
     [("关于《关于健康衡东行动实施方案》文件解读", None, "县司法局", "2022-09-22")]),
    # neimenggu_erlianhaote-fengong-jiedu: a 来源 naming a 政府办
    ("解读 page with 来源 a 政府办", "无障碍浏览 长者模式\n\n《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n\n"
     "发布日期:2024-04-02 15:35 点击量:10\n\n来源:二连浩特市政府办\n\n一、起草背景\n\n"
     "2024年1月17日至19日,二连浩特市第十六届人民代表大会第三次在二连浩特市召开。",
     [("《〈政府工作报告〉2024年重点工作任务分工方案》政策解读", None, "二连浩特市政府办", "2024-04-02")]),
    # jilin_jilinshi-xiangcun-date-first: a copy without title or issuers, only its date in brackets (spaced)
    ("date alone in brackets where the title was", "(2018年8 月20 日)\n"
     "为深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神,全面落实中共中央、国务院关于实施乡村振兴战略的意见。\n"
     "一、总体要求\n1.指导思想以习近平新时代中国特色社会主义思想为指导。",
     [("x", None, None, "2018-08-20")]),
    # anhui_huoqiu-laoqu-broken-number: an empty 浏览次数: over the stripped 文号 (五大发展办202211), a leading group's
    # office signing over a date with 年月 stripped (2022827日) months before the page's 发布时间
    ("stripped 文号 under an empty field, stripped signing date", "霍邱县实施五大发展行动计划领导小组办公室 关于印发霍邱县落实"
     "加快新时代六安大别山革命老区振兴发展的若干政策措施实施方案的通知\n\n"
     "浏览次数: 信息来源:霍邱县发改委 发布时间:2022-11-14 15:00    文字大小:[ ]   背景色:       \n\n五大发展办202211\n\n \n\n"
     "各乡镇党委、政府,开发区(现代产业园)工委、管委,县直有关单位:\n\n"
     "现将《霍邱县落实加快新时代六安大别山革命老区振兴发展的若干政策措施实施方案》印发给你们,请结合实际认真贯彻落实。\n\n\n"
     "霍邱县实施五大发展行动计划领导小组办公室  \n\n2022827日              \n\n \n\n"
     "霍邱县落实加快新时代六安大别山革命老区振兴发展的若干政策措施实施方案",
     [("霍邱县实施五大发展行动计划领导小组办公室关于印发霍邱县落实加快新时代六安大别山革命老区振兴发展的若干政策措施实施方案的通知",
       "五大发展办〔2022〕11号", "霍邱县实施五大发展行动计划领导小组办公室", "2022-08-27")]),
    # zhejiang_lishui-chaiqian-lawsite-shixiao: a lawyer site's repost fields above the title, the law site's own
    # fields (状态, 发布日期, 发布部门, 发布文号) under it; the decree number names its organ
    ("repost fields above the title, the document's own under it", "其他地方\n其他地方\n\n丽水市市区房屋拆迁管理暂行办法\n\n"
     "文章来源:京平拆迁律师\n发布日期:2024-04-19\n\n丽水市市区房屋拆迁管理暂行办法\n\n"
     "状态:失效 发布日期:2001-08-01 生效日期: 2001-08-01 发布部门: 浙江省丽水市人民政府\n"
     "发布文号: 丽水市人民政府令[2001]7号\n第一章 总则\n\n"
     "    第一条 为了加强城市房屋拆迁管理,维护拆迁当事人的合法权益,保证城市建设顺利进行,制定本暂行办法。",
     [("丽水市市区房屋拆迁管理暂行办法", "丽水市人民政府令〔2001〕7号", "丽水市人民政府", "2001-08-01")]),
    # fujian_fuzhou-huanjing-xinyong-hongpai: a credit association's repost (栏目… 发布时间:2018-08-03) of a paper's item
    # credited "——来源:东南快报 2017-07-06": the original's date; the 名单 heading below the body is no title
    ("repost crediting the original's date", "企业环境信用评价结果公布 福州17家企业被亮红牌\n\n栏目:环境信用 发布时间:2018-08-03\n"
     "分享到:\n企业环境信用评价结果公布 福州17家企业被亮红牌\n\n——来源:东南快报  2017-07-06\n\n"
     "原标题:省企业环境信用评价结果公布 福州 17家企业被亮“红牌”\n\n"
     "东快讯(记者刘兴)近日,省环保厅公布2016年度全省企业环境信用评价结果。这是我省首次发布企业环境信用评价。\n\n"
     "福州环保不良企业名单\n\n福建奋安不锈钢有限公司、福州晟光五金表面装饰有限公司。",
     [("企业环境信用评价结果公布福州17家企业被亮红牌", None, None, "2017-07-06")]),
    # gansu_kongtong-guize-meta: bare labels, 信息名称 the government's 工作规则: the title's organ, not the office that
    # posted it (发布机构 区政府办)
    ("工作规则 titled by its organ under a posting office", "甘肃崆峒\n\n<\n索引号 6208001003/2021-00341 文号\n"
     "发布机构 区政府办 生成日期 2021-11-23\n信息名称 平凉市崆峒区人民政府工作规则\n\n平凉市崆峒区人民政府工作规则\n\n"
     "发布时间:2021-11-23\n【 字体:\n\n                        (2021年11月23日第五届区政府第1次常务会议通过)\n\n 第一章 总则\n\n"
     "一、平凉市崆峒区第十九届人民代表大会第一次会议选举产生的新一届区政府,根据宪法和地方组织法,制定本规则。",
     [("平凉市崆峒区人民政府工作规则", None, "平凉市崆峒区人民政府", "2021-11-23")]),
    # tests/data/docx/2025年上海市政府工作报告.docx: a dash-led dateline between the title and the 来源 byline is no headline;
    # it dates the report (its delivery, the speaker between the date and 在: the fresh4 delivery-line class)
    ("dash-led dateline under the title, over the byline", "2025年上海市政府工作报告\n"
     "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告\n来源：解放日报\n各位代表：\n"
     "\u2003\u2003现在，我代表上海市人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。",
     # (a work report is given in its government's name: the title's place, as fresh4's 醴陵 convention)
     [("2025年上海市政府工作报告", None, "上海市人民政府", "2025-01-15")]),
    # (a regulation its congress adopted keeps its adoption's date, however amended since: the sets' regulation copies,
    # fresh12's 北京 and 浙江, fresh13's 宁波, 上海, 青岛 and 山东, docmeta119's 宁夏; a rule amended by its government's
    # decree is dated by the latest decree, fresh10's 山东 and fresh22's 毕节, as the test below)
    ("constructed: a congress's regulation printed as amended is dated by its adoption", "某市城市管理条例\n\n"
     "(2001年3月5日某市人民代表大会常务委员会第十次会议通过\n根据2005年6月7日某市人民代表大会常务委员会第二次会议"
     "《关于修改〈某市城市管理条例〉的决定》修正)\n\n第一章 总则\n第一条 为了加强城市管理,制定本条例。",
     [("某市城市管理条例", None, None, "2001-03-05")]),
    ("constructed: a government's rule printed as amended by its decree is dated by the decree", "某市城市管理办法\n\n"
     "(2001年3月5日某市人民政府令第10号发布\n根据2005年6月7日某市人民政府令第22号修订)\n\n第一章 总则\n"
     "第一条 为了加强城市管理,制定本办法。",
     [("某市城市管理办法", "某市人民政府令第10号", "某市人民政府", "2005-06-07")]),
    ("constructed: a 关于 notice over a byline keeps its own header",
     "某县人民政府关于做好防汛工作的通知\n来源：县政府办 发布时间：2023-05-06\n各乡镇：\n正文。\n某县人民政府\n2023年5月6日",
     [("某县人民政府关于做好防汛工作的通知", None, "某县人民政府", "2023-05-06")]),
    ("constructed: a credit line between the headline and its byline", "本站首页\n工作动态\n某县召开防汛工作会议\n"
     "——某县应急管理局供稿\n来源：县应急局 发布时间：2023-05-06\n5月6日，某县召开防汛工作会议。会议要求，各乡镇要加强值守。",
     [("某县召开防汛工作会议", None, "县应急局", "2023-05-06")]),
    ("constructed: a headline before the body wins over the 原标题 after it", "某县召开防汛工作会议\n"
     "5月6日，某县召开防汛工作会议。会议要求，各乡镇要加强值守。\n原标题：防汛会议召开\n",
     [("某县召开防汛工作会议", None, None, None)]),
    # hebei_weixian-zhengwugongkai-jiedu: a 解读 page reposted under 转发:
    ("解读 page reposted under 转发:", "高级\n\n转发:《威县2023年政务公开工作要点》政策解读\n\n发布时间:2023-05-20\n\n一、起草背景\n\n"
     "2023年5月,邢台市政府办公印发了《邢台市人民政府办公室关于印发邢台市2023年政务公开工作要点的通知》。",
     [("转发:《威县2023年政务公开工作要点》政策解读", None, None, "2023-05-20")]),
    # gansu_heshui-xiangmu-meta-empty: the site's 全文检索 button above empty fields, the headline after them
    ("search button above empty fields, headline after", "合水县人民政府\n\n政府信息公开\n\n全文检索\n"
     "索引号: 3070211020000013000000/2021060700000079 发布机构:\n生效日期: 2019-06-21 废止日期:\n文 号: 所属主题: 重大项目\n\n"
     "强化举措 全力推进 全县重点项目建设进展顺利\n\n来源: 发布时间:2019-06-21 浏览次数: 【字体:\n\n"
     "今年以来,全县上下聚焦实现经济“开门红”目标,密集调度,全力抓促,相继集中开工了一批重大项目。",
     # (the site's lines above the fields are the page's top, no document of their own)
     [("强化举措全力推进全县重点项目建设进展顺利", None, None, "2019-06-21")]),
    # real lines, benchmarks/data/other_districts_fresh4 (file named per row)
    ("constructed: a report's occasion, then its date, over the page's 发布日期", "某区政府工作报告\n"
     "发布日期:2024-01-20 来源:区政府办公室\n——在某区第十八届人民代表大会第四次会议上的报告 2024年1月8日\n各位代表:\n"
     "现在,我代表区人民政府向大会报告工作。",
     [("某区政府工作报告", None, "某区人民政府", "2024-01-08")]),
    ("constructed: a news lead opening with a date and a meeting is no delivery line", "某区召开防汛工作会议\n"
     "发布时间:2023-05-08 来源:区应急局\n2023年5月6日在区政府召开的防汛工作会上，区长张三对防汛工作进行了部署。\n会议要求，各街道要加强值守。",
     [("某区召开防汛工作会议", None, "区应急局", "2023-05-08")]),
    # neimenggu_ewenke-guizhang-qingli-tongzhi: an order printed from its 主送, no title; the page's share button under
    # it is no title either (the document is named by its file)
    ("share button under a body-first page", "各苏木乡镇人民政府,旗直各有关部门:\n三、时限要求\n"
     "请各苏木乡镇人民政府、旗政府各有关部门严格按照旗政府工作安排,组织实施行政规范性文件清理工作,于2022年11月23日前,将清理报告反馈旗司法局。\n"
     "联系人:包颖 联系电话:8812028\n电子邮箱:ewkfzb@163.com\n"
     "附件:《内蒙古自治区人民政府关于修改和废止部分政府规章的决定》(自治区政府令第256号)\n用微信扫描二维码分享至好友和朋友圈\n",
     [("x", None, None, None)]),
    # neimenggu_wulatehouqi-qingli-tonggao-qa: a county table's labels two to a line, 效力属性 and 文号 left empty; the
    # fields start at 索引号 (the welcome line above is the site's)
    ("empty 效力属性 label closing the 索引号 line", "您好,欢迎登录乌拉特后旗政务公开平台\n"
     "索引号 whq_sfj/2021-08936 效力属性\n发布机构 司法局 文  号\n成文日期 发布日期 2021-12-15\n"
     "乌拉特后旗人民政府办公室 关于公布规范性文件清理结果的通告\n"
     "发布单位:司法局 发布人:同力嘎 发布时间:2021-12-15 点击量:6 字体:\n\n一、本次规范性文件清理的背景是什么?\n\n"
     "    为贯彻落实《内蒙古自治区规范性文件制定和备案监督办法》第二十六条的规定,乌拉特后旗人民政府办公室对2020年12月31日"
     "之前制定出台的行政规范性文件进行了全面清理。",
     [("乌拉特后旗人民政府办公室关于公布规范性文件清理结果的通告", None, "乌拉特后旗人民政府办公室", "2021-12-15")]),
    # jiangsu_yixing-zhongdian-gongzuo-meta-paren-units: the page title, then a field table whose rows go on past
    # 发布机构 (效力状况, 主题, 关键词 … 分类词, 文件下载, 内容概况), then the red header, 文号 and the title again
    ("field table running on to the red header, the page title above it", "市政府文件\n"
     "当前位置:首页 > 政策文件库 >  市政府文件\n\n市政府关于印发2020年重点工作分解落实方案的通知\n\n"
     "来源:宜兴市人民政府网站    日期:2020-09-22 16:00:15    浏览次数:\n"
     "索引号 014046317/2020-03624 生成日期 2020-09-22 公开日期 2020-09-22\n文件编号 宜政发〔2020〕160号 公开时限 长期公开\n"
     "发布机构 宜兴市人民政府网站 公开形式 网站\n公开方式 主动公开 公开范围 面向社会\n效力状况 有效 公开程序 部门编制,经办公室审核后公开\n"
     "主题(一) 国民经济管理、国有资产监管 主题(二) 重大项目建设 体裁 通知\n关键词 文件,通知,行政 分类词 文秘工作,行政事务\n"
     "文件下载 下载\n内容概况 宜兴市人民政府文件宜政发〔2020〕160号市政府关于印发2020年重点工作分解落实方案的通知\n\n"
     "宜兴市人民政府文件\n\n宜政发〔2020〕160号\n\n市政府关于印发2020年重点工作分解落实方案的通知\n\n"
     "各镇人民政府,环科园、经济技术开发区管委会,市各街道办事处,市各委办局,市各直属单位:\n\n"
     "  市十七届人大四次会议批准了市政府工作报告,确定了政府工作目标与总体要求及2020年政府工作的主要任务。\n\n"
     "   宜兴市人民政府\n\n   2020年9月11日\n",
     [("市政府关于印发2020年重点工作分解落实方案的通知", "宜政发〔2020〕160号", "宜兴市人民政府", "2020-09-11")]),
    # sichuan_dazhu-minsheng-shishi-cells-s2twp: s2twp writes the page's 点击数 as 點選數 (and 发布日期 as 釋出日期)
    ("zh-TW 點選數 counter between the title and its 文号", "大竹縣人民政府辦公室關於對2016年民生實事進行重點督辦的通知\n"
     "來源:資訊公開辦\n釋出日期:2016-03-01\n點選數:人次\n\n竹府辦〔2016〕20號\n\n各鄉鎮人民政府、街道辦事處,縣級各部門:\n\n"
     "    為讓人民群眾生活得更有保障、更加幸福,現將2016年“民生實事”目標任務分解下達。\n\n"
     "                               大竹縣人民政府辦公室\n\n                                       2016年2月26日   \n",
     [("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知", "竹府办〔2016〕20号", "大竹县人民政府办公室",
       "2016-02-26")]),
    # xinjiang_wuqia-gongzuobaogao-empty-number: a work report dated by its delivery line, not the page's 发布日期
    ("report's delivery line under the fields", "1. 当前位置:\n  2. 首页 > 政务公开 > 乌恰县人民政府 > 政府工作报告\n"
     "  3. > 正文\n\n2022年乌恰县政府工作报告\n\n索  引  号 K45899617/2023-00501 主题分类\n"
     "发布机构 乌恰县人民政府 发布日期 2023-01-31 18:42\n名        称 2022年乌恰县政府工作报告\n文        号 〔〕号 有  效  性\n"
     "来        源 乌恰县人民政府办公室\n\n(2023年1月10日在乌恰县第十七届人民代表大会第三次会议上\n\n县长 木塔力甫·塞衣皮\n\n"
     "各位代表:\n\n现在,我代表乌恰县人民政府向大会作工作报告,请予审议,并请各位政协委员和列席人员提出意见。",
     [("x", None, None, None), ("2022年乌恰县政府工作报告", None, "乌恰县人民政府", "2023-01-10")]),
    # hunan_liling-gongzuobaogao-traditional-meta: the delivery line broken over two lines
    ("report's delivery line broken over two lines", "您當前的位置: 首頁 > 政務 > 信息公開目錄 > 政策法規 > 政府工作報告\n"
     "2023年醴陵市政府工作報告\n發布時間:2023-01-17 作者: 來源: 字體[ 大 中 小 ]\n- 索?引?號?:103/2023-00126\n- 發文機關:\n"
     "- 發布時間:2023-01-17\n- 有?效?期?:\n- 所屬主題:\n- 公開對象:\n- 發文類型:\n- 公開部門:\n- 狀???????態:\n市十七屆人大\n三次會議資料\n政 府 工 作 報 告\n——2023年1月5日在醴陵市第十七屆\n"
     "人民代表大會第三次會議上\n市長 劉新華\n各位代表:\n"
     "現在,我代表市人民政府,向大會報告工作,請予審議,并請市政協委員和其他列席同志提出意見。",
     [("2023年醴陵市政府工作报告", None, "醴陵市人民政府", "2023-01-05")]),
    # hunan_lianyuan-changwu-huiyi-rednet: a news byline (来源 作者 编辑 … date) read as the fields under the headline
    ("news byline read as fields under the headline", "当前位置:\n\n涟源市人民政府召开2016年第8次常务会议\n\n"
     "来源:红网 作者:吴一夫 编辑:曾小颖 实习编辑 于佳丽 2016-06-24 15:50:46\n时刻新闻\n—分享—\n"
     "  红网涟源站6月24日讯(分站记者 吴一夫)6月23日,湖南省涟源市委副书记、市长宋建明主持召开涟源市人民政府2016年第8次常务会议。",
     [("涟源市人民政府召开2016年第8次常务会议", None, None, "2016-06-24")]),
    # jiangxi_suichuan-shisiwu-guihua-gangyao: a document library's catalogue entry (region in brackets) over the
    # plan's own title, whose 和… line follows a line already ending in 规划
    ("catalogue entry over a compound title", "(江西省)吉安市遂川县国民经济和社会发展十四五规划(2022年更新)\n"
     "遂川县国民经济和社会发展第十四个五年规划\n和二 〇 三五年远景目标纲要\n(县十七届人大六次会议审议通过)\n"
     "第一篇继往开来 凝聚新时代新共识\n前 言\n“十四五”时期(2021-2025)是“两个一百年”奋斗目标的历史交汇期。",
     [("遂川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", None, None, None)]),
    # neimenggu_suniteyouqi-shisiwu-guihua-month-date: the plan's title broken before its type word
    ("catalogue entry over a title broken before its type word",
     "(内蒙古自治区)锡林郭勒盟苏尼特右旗国民经济和社会发展十四五规划(2022年更新)\n苏尼特右旗国民经济和社会发展第十四个五年\n"
     "规划和 2035 年远景目标纲要\n苏尼特右旗人民政府\n2021 年 9 月\n"
     "“十四五”时期(2021~2025 年),是我国全面建成小康社会、实现第一个百年奋斗目标之后的第一个五年。",
     [("苏尼特右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要", None, "苏尼特右旗人民政府", None)]),
    # guizhou_daozhen-gongzuobaogao-traditional-mirror: a line naming a kind ("…工作報告—全文") is a title of its own,
    # never the head of the one under it (passes before and after: a guard)
    ("site title naming a kind over the report's own title", "2023年遵義市道真仡佬族苗族自治縣政府工作報告—全文\n"
     "政府工作報告\n2023年1月10日在自治縣第九屆人民代表大會第二次會議上\n道真自治縣人民政府縣長? 曾 偉\n各位代表:\n"
     "現在,我代表自治縣九屆人民政府向大會報告工作,請予審議。",
     [("政府工作报告", None, "道真自治县人民政府", "2023-01-10")]),
    # anhui_langxi-qiancun-wancun-zhuanzai-meta-twice: a repost's kind tag stays in the title (as 名称 prints it)
    ("repost tag before a joint title", "县农业农村局\n您现在所在的位置: 网站首页> 政府信息公开首页 > 县农业农村局> 政策法规> 部门文件\n"
     "索引号:\n11341722003251999T/202405-00044\n组配分类: 部门文件\n发布机构: 县农业农村局\n主题分类: 农业、林业、水利\n"
     "名称: 【上级文件转载】中共郎溪县委 郎溪县人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n"
     "文号:\n成文日期: 2024-05-10\n发布日期: 2024-05-10\n"
     "【上级文件转载】中共郎溪县委 郎溪县人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见\n"
     "发布时间:2024-05-10 17:30 来源:县农业农村局 浏览次数: 字体:[ ]\n\n"
     "根据《中共宣城市委宣城市人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见》,结合我县实际,提出如下实施意见。",
     # (the site's banner and breadcrumb are the page's top, no document of their own)
     [("【上级文件转载】中共郎溪县委郎溪县人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见", None,
       "中共郎溪县委郎溪县人民政府", "2024-05-10")]),
    # real lines, benchmarks/data/other_districts_fresh5 (file named per row): a news byline of a source's name and
    # a timestamp, or of a timestamp alone, under the headline: never part of the title; it dates the page
    # fujian_licheng-rencai-lingdao-xiaozu-news
    ("byline: source name and timestamp", "PC版\n闽南网 > 泉州 > 鲤城区 > 鲤城新闻 > 正文\n\n鲤城区委人才工作领导小组会议召开\n\n"
     "鲤城微事   2024-05-20 10:25\n\n  5月16日,区委书记、区委人才工作领导小组组长黄辉灿主持召开区委人才工作领导小组会议,传达贯彻中",
     [("鲤城区委人才工作领导小组会议召开", None, None, "2024-05-20")]),
    # hubei_huangshi-sifaju-qingli-news (day first)
    ("byline: a day-first timestamp alone", "黄石市司法局顺利完成规范性文件清理工作\n\n30.11.2017  22:01\n\n"
     "规范性文件作为依法行政的制度基础,事关人民群众的切身利益和政府机关的执法形象,是司法行政法",
     [("黄石市司法局顺利完成规范性文件清理工作", None, None, "2017-11-30")]),
    # chongqing_tongliang-huanbao-chengxin-news (a place-led headline whose words open with a digit)
    ("byline: timestamp first, then 来源", "铜梁:4家企业获评2023年度区级环保诚信企业\n\n2024-08-29 06:30:01 来源: 铜梁区融媒体中心 听新闻\n\n"
     "近日,记者从铜梁区生态环境局获悉,铜梁区2023年度区级企业环境信用评价最终结果公布,4家企业获评区级环保诚信企业。\n\n记者 龙贻鑫",
     [("铜梁:4家企业获评2023年度区级环保诚信企业", None, None, "2024-08-29")]),
    # chongqing_rongchang-huanjing-tuchu-wenti-converter: no headline, the page opens with its byline
    ("byline first, no headline", "2016-11-29 11:54 來(lái)源:國(guó)家應(yīng)急廣播網(wǎng)\n"
     "應(yīng)急網(wǎng)重慶11月29日消息(記者劉湛)重慶榮昌區(qū)政府今天通報(bào):該區(qū)近日對(duì)26個(gè)未完成整改的環(huán)境突出問(wèn)題召開專題會(huì)進(jìn)行督辦。",
     [("x", None, None, "2016-11-29")]),
    # fresh5 zhejiang_hangzhou-zhengfu-gongzuo-baogao-shizhi: a report's title with its delivery line and speaker on one
    # line; the delivery date over the page's 发布时间
    ("title, delivery line and speaker on one line", "收藏本站 官方微博 欢迎浏览杭州党史与地方志\n\n"
     "政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) 杭州市人民政府市长 徐立毅\n\n发布时间:2021-08-07 点击率:\n\n"
     "各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。",
     [("政府工作报告", None, "杭州市人民政府", "2019-01-21")]),
    # fresh5 henan_xinxiang-gonggong-weisheng-sannian: a plan's years broken onto the title's last line
    ("a plan's years on the title's last line", "关于印发新乡市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n"
     "各县(市)、区人民政府,市人民政府各部门:\n《新乡市公共卫生体系建设三年行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
     "新乡市人民政府办公室\n2023年12月25日",
     [("关于印发新乡市公共卫生体系建设三年行动计划(2023—2025年)的通知", None, "新乡市人民政府办公室", "2023-12-25")]),
    # fresh5 hubei_wuhan-gongzuobaogao-fenjie-qiantou-zeren: a catalogue entry standing as the title (the region is
    # the catalogue's; fresh4 遂川 / 苏尼特右旗 print the title again under it)
    ("a catalogue entry as the title", "导航菜单\n\n(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n\n  ——推进教育高质量发展\n\n"
     "  204.推进学前教育优质普惠发展,新改扩建公办幼儿园45所、新增学位1.2万个。",
     [("武汉市2023年《政府工作报告》目标任务责任分解方案", None, None, None)]),
    # fresh5 jiangsu_nanjing-shiyiwu-fenjie-fabu-bumen: a law site's posting time ("2020年07月23日06:05:59", a timestamp)
    # between the title and the 发布部门 / 发布文号 lines is not the title (the date is that posting time, as the tests'
    # shandong_number_first rule has it; fresh5's gold leaves it null: a convention conflict, see the docmeta5 report);
    # the issuer is the organ the title names (南京市政府), over the 发布部门 field
    ("title, posting time, then the fields", "南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知\n\n"
     "2020年07月23日06:05:59\n发布部门: 江苏省南京市人民政府\n发布文号: 宁政发[2006]275号\n\n各区县人民政府,市府各委办局,市各直属单位:\n\n\n"
     "《南京市国民经济和社会发展第十一个五年规划纲要》(以下简称《纲要》)是未来五年南京经济社会发展的宏伟蓝图。",
     [("南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知", "宁政发〔2006〕275号",
       "南京市政府", "2020-07-23")]),
    # fresh5 yunnan_wuhua-zhengfu-gongzuo-baogao-meta-digits: the page's 名称 and title, then a spaced heading that lost its
    # first characters ("府 工 作 报 告"): one document, named by the page's whole title
    ("title printed twice, the heading's copy cut", "索引号: 015115177-202201-501651 主题分类: 政府工作报告\n"
     "发布机构:  昆明市五华区人民政府 发布日期: 2022-01-28 10:41\n名 称: 2022年政府工作报告\n\n2022年政府工作报告\n\n"
     "发布时间:2022-01-28 10:41     \n字号:[ ]\n编辑:徐莉      审核:朱淑敏      终审:张倩\n\n\n府 工 作 报 告\n\n"
     "——2022112日在昆明市五华区第十七届人民\n\n代表大会第次会议上\n\n昆明市五华区人民政府区长\n\n各位代表:\n\n"
     "我代表区人民政府向大会报告工作,请予审议,",
     [("2022年政府工作报告", None, "昆明市五华区人民政府", "2022-01-28")]),
    # fresh5 shanghai_qingpu-shangwuwei-qingshi-number-lines: a request to issue (…关于提请印发《…》的请示) is a whole title; the
    # page's registration number and disclosure mark printed under it are not its lines, the 文号 after them is its own
    ("a request to issue, then the page's number lines", "返回上一级\n\n字号\n\n打印\n\n"
     "青浦区商务委员会关于提请印发《关于促进标准化菜市场高质量发展的实施意见(2023年-2027年)》的请示\n\nQH10232-29\n\n主动公开\n\n"
     "青商发〔2023〕29号\n\n上海市青浦区商务委\n\n2023.06.02\n\n青浦区人民政府:",
     [("青浦区商务委员会关于提请印发《关于促进标准化菜市场高质量发展的实施意见(2023年-2027年)》的请示", "青商发〔2023〕29号",
       "青浦区商务委员会", "2023-06-02")]),
    # fresh7 hainan_haikou-2020-zhengfu-gongzuo-baogao: the report's own spaced title over its delivery line, under the
    # page's headline "2020年海口市政府工作报告" (no metadata block): titled as the report prints itself
    ("a report's own title under the page's headline", "2020年海口市政府工作报告\n\n"
     "中国海口政府门户网站  更新时间:2020-06-09 20:22   来源:海口市人民政府办公室  \n\n海口市十六届人大六次会议文件(十二)\n\n"
     "政 府 工 作 报 告\n\n——2020 年 5 月 26 日在海口市第十六届人民代表大会第六次会议上\n\n海口市市长 丁 晖\n\n各位代表:\n\n"
     "现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。",
     [("政府工作报告", None, "海口市人民政府", "2020-05-26")]),
    # fresh7 hunan_taojiang-2021-zhengfu-gongzuo-baogao: a congress file label over the title is not part of it
    ("a congress file label over a report's title", "县第十八届人民代表大会第一次会议文件\n政府工作报告\n"
     "——2021年10月19日在桃江县第十八届人民代表大会第一次会议上\n县人民政府代理县长 周登高\n各位代表:\n"
     "现在,我代表县人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。",
     [("政府工作报告", None, "桃江县人民政府", "2021-10-19")]),
    # fresh7 sichuan-2011-zhengfu-gongzuo-baogao-bumen-fengong: the 文号 and the signing date on one line under the title
    ("organ over a two-line title, then the 文号 and the date on one line", "四川省人民政府\n关于落实《政府工作报告》重点工作\n"
     "部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n省政府各部门、各直属机构:\n\n一、努力扩大内需,促进经济平稳较快发展",
     [("四川省人民政府关于落实《政府工作报告》重点工作部门分工的意见", "川府发〔2011〕8号", "四川省人民政府", "2011-03-17")]),
    # fresh7 heilongjiang-sange-tupo-nian-xingdong-fangan-news: joint organs (a party office first) printed apart on a
    # line of their own over the 关于 line
    ("joint organs on their own line over the 关于 line",
     "    中共黑龙江省委办公厅 黑龙江省人民政府办公厅\n    关于印发《黑龙江省县域经济发展突破年行动方案》的通知\n\n"
     "    各市(地)委和人民政府(行署),省委各部委,省直各单位:\n\n    《黑龙江省县域经济发展突破年行动方案》已经省委、省政府同意,"
     "现印发给你们,请结合实际认真贯彻落实。",
     [("中共黑龙江省委办公厅黑龙江省人民政府办公厅关于印发《黑龙江省县域经济发展突破年行动方案》的通知", None,
       "中共黑龙江省委办公厅、黑龙江省人民政府办公厅", None)]),
    # fresh6 guangdong_zhongshan-nanqu-feizhi-gonggao-jiedu: a 解读 page's "政策文件:《…》" names the document it reads, no
    # headline led by a place: the page's title is the line over its byline
    ("a 解读 page's 政策文件 label under its byline",
     "关于《南区街道办事处关于废止部分规范性文件的公告》的政策解读\n\n信息来源:本网 发布日期:2023-11-23 分享:\n\n"
     "政策文件:《南区街道办事处关于废止部分规范性文件的公告\n\n\n        南区街道于2023年11月17日印发了《南区街道办事处关于废止部分"
     "规范性文件的公告》(中南办〔2023〕50号),现就相关事宜作以下解读:",
     [("关于《南区街道办事处关于废止部分规范性文件的公告》的政策解读", None, None, "2023-11-23")]),
    # fresh6 jiangsu_yancheng-2019-zhengfu-gongzuo-baogao-fenjie-forum: a title line ending on 报告 by chance (the report is
    # what the notice is about), its last line "…的通知" under it
    ("a title line ending on a type word by chance", "盐城市人民政府办公室\n关于分解落实2019年市政府工作报告\n主要目标任务的通知\n"
     "各县(市、区)人民政府,市开发区、城南新区管委会,市各委、办、局,市各直属单位:\n"
     "2019年是新中国成立70周年,是决胜全面建成小康社会的关键之年。",
     [("盐城市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知", None, "盐城市人民政府办公室", None)]),
    # fresh6 hubei_ezhou-2010-gongzuo-mubiao-fenjie-yijian: a page on one line, the title first, its 文号 in brackets, the 主送
    # (the real line's first 400 characters)
    ("title, (文号) and 主送 glued on one line", "鄂州市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知 "
     "(鄂州政办发〔2010〕10号) 各区人民政府、开发区管委会,各街道办事处,市政府各部门: 市六届人大四次会议审议通过的《政府工作报告》,"
     "确定了2010年全市经济社会发展的指导思想、奋斗目标和主要措施,是指导全市2010年各项工作的重要文件。为抓好《政府工作报告》中各项任务的"
     "落实,经市政府同意,现将《市六届人大四次会议政府工作报告主要工作目标分解落实意见》印发给你们,望各责任单位抓紧制订落实方案,周密部署,"
     "扎实抓好《政府工作报告》各项工作任务的落实,确保各项工作目标按期圆满完成。现就有关事项通知如下: 一、2010年是“十一五”规划的收官年,"
     "是实现“两个率先”的关键年,做好今年的政府工作,具有十分重要的意义。各级政府、各单位要按《政府工作报告》中确定的2010年主要目标,"
     "抓紧明确工作任务,细化",
     [("鄂州市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知", "鄂州政办发〔2010〕10号",
       "鄂州市人民政府办公室", None)]),
    # fresh6 heilongjiang_qiqihar-huanjing-wuran-yingji-yuan: the page's upload line between the title and the 文号
    ("an upload line between the title and the 文号", "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和生态破坏突发事件应急预案》的通知\n"
     "上载日期: 2019-11-21 来源: 市人民政府办公室\n齐政办规〔2019〕13号\n各县(市)、区人民政府,市政府各委、办、局,各有关单位:\n"
     "  经市政府同意,现将《齐齐哈尔市环境污染和生态破坏突发事件应急预案》(2019年修订)印发给你们,请认真贯彻执行。",
     [("齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市环境污染和生态破坏突发事件应急预案》的通知", "齐政办规〔2019〕13号",
       "齐齐哈尔市人民政府办公室", "2019-11-21")]),
    # fresh8 hubei_xianan-2019-youhua-yingshang-huanjing-fangan: a 文号 whose page dropped its closing 号, alone on its line
    ("a 文号 without its closing 号", "关于印发咸安区进一步优化营商环境 实施方案的通知\n\n来源:咸安区人民政府办公室 发布日期:2019-03-15 字体:【\n\n"
     "咸安政发〔2019〕1 \n\n各乡、镇人民政府,各办事处、场,区政府各部门,咸安经济开发区,咸宁鄂南大竹海生态风景区,咸安商贸物流区,"
     "华彬金桂湖低碳经济示范区,向阳湖现代农业科技示范区:\n\n《咸安区进一步优化营商环境实施方案》已经区政府第二次常务会议审议通过,"
     "现印发给你们,请认真组织实施。\n\n咸安区人民政府\n\n2019年3月9日\n\n",
     [("关于印发咸安区进一步优化营商环境实施方案的通知", "咸安政发〔2019〕1", "咸安区人民政府", "2019-03-09")]),
    # fresh8 guangdong_guangzhou-2018-huanjing-xinyong-pingding-tongzhi: a page printed as one line, opening with its 文号
    # and the 主送 run on after it (the real line's first 300 characters; no title: the file's name stands for it)
    ("文号 then 主送 on a one-line page", "穗环[2019]131号 市生态环境局各区分局,局机关各处(室、队)、各直属单位: 根据原省环境保护厅等"
     "《转发环境保护部等四部委关于印发〈企业环境信用评价办法(试行)〉的通知》(粤环〔2014〕48号,以下简称《通知》)等规定,我局组织对纳入2018年度"
     "市级环境信用评价范围的2930家企业进行了环境信用评价。现将有关情况通知如下: 一、评定情况 经评定,2930家企业中,“环保诚信企业”(绿牌企业)51家,"
     "“环保良好企业”(蓝牌企业)1361家,“环保警示企业”(黄牌企业)347家,“环保不良企业”(红牌企业)349家,因关闭、搬迁、转型、停产半年以上等原因"
     "不评定等级企业822家。具体评价结果",
     [("x", "穗环〔2019〕131号", None, None)]),
    # fresh12 (benchmarks/data/other_districts_fresh12, each file's first lines as printed, long lines cut at 160)
    # yunnan_shuangbai-2023-senlin-caoyuan-huozai-pujiu-yingji-yuan
    ('shuangbai: a breadcrumb from 网站首页 >> over the title and one-line fields',
     '网站首页 >> 公开信息内容\n'
     '\n'
     '双柏县人民政府办公室关于印发《双柏县森林草原火灾扑救应急预案》的通知\n'
     '\n'
     '索引号:ajj-/2023-0215147 公文目录:政策文件 发文日期:2023年02月02日 文章来源: 文  号:双政办通〔2023〕4号 成文日期:\n'
     '\n'
     '各乡镇人民政府,县级有关部门:\n'
     '\n'
     '《双柏县森林草原火灾扑救应急预案》已经县人民政府同意,现印发给你们,请结合实际认真贯彻落实。\n'
     '\n'
     '2023年2月2日\n'
     '\n'
     '(此件公开发布)',
     [('双柏县人民政府办公室关于印发《双柏县森林草原火灾扑救应急预案》的通知', '双政办通〔2023〕4号', '双柏县人民政府办公室', '2023-02-02')]),
    # anhui_huaiyuan-2022-fangxun-kanghan-yingji-yuan
    ('huaiyuan: fields whose first label the page cut to 号:',
     '号: 003043524/202203-00218 信息分类: 规范性文件发布\n'
     '发文机关: 怀远县人民政府(办公室) 主题分类: 综合政务,公民,其他\n'
     '成文日期: 2022-03-26 发布日期: 2022-03-26 09:32\n'
     '发文字号: 怀政办〔2022〕15号 性: 有效\n'
     '标  题: 怀远县人民政府办公室关于印发怀远县防汛抗旱应急预案的通知\n'
     '政策咨询机关: 县应急局 > 应急指挥中心 政策咨询电话: 0552-8218106\n'
     '\n'
     ' 怀远县人民政府办公室\n'
     '\n'
     '关于印发怀远县防汛抗旱应急预案的通知\n'
     '\n'
     '怀政办〔202215\n'
     '\n'
     ' \n'
     '\n'
     '各乡、镇人民政府,县政府各部门、各直属机构:\n'
     '\n'
     '《怀远县防汛抗旱应急预案》已经县政府研究同意,现印发给你们,请认真贯彻落实。\n'
     '\n'
     ' ',
     [('怀远县人民政府办公室关于印发怀远县防汛抗旱应急预案的通知', '怀政办〔2022〕15号', '怀远县人民政府办公室', '2022-03-26')]),
    # guangxi_duan-2014-yinyongshui-shuiyuandi-tufa-huanjing-shijian-yingji-yuan
    ("duan: a publisher's credit line over the fields; the signing date's 日 lost",
     '——都安县环境保护局\n'
     '索 引 号:451228000000X0212-AA62000000-TLOO-20140516002 关 键 字: 通知 旅游、城乡建设、环保\n'
     '发布机构: 都安县环境保护局 成文日期: 2014-05-16\n'
     '名  称: 都安瑶族自治县人民政府办公室关于印发都安瑶族自治县集中式饮用水水源地突发环境事件应急预案的通知 发布日期: 2014-05-16\n'
     '文  号: 都政办发〔2014〕48号\n'
     '\n'
     '\n'
     '都安瑶族自治县人民政府办公室关于印发都安瑶族自治县集中式饮用水水源地突发环境事件应急预案的通知\n'
     '\n'
     ' \n'
     '\n'
     '都政办发〔201448\n'
     '\n'
     '都安瑶族自治县人民政府办公室\n'
     '\n'
     '关于印发都安瑶族自治县集中式饮用水\n'
     '\n'
     '水源地突发环境事件应急预案的通知\n'
     '\n'
     ' \n'
     '\n'
     '各有关乡镇人民政府,县直各有关单位:\n'
     '\n'
     '    经自治县人民政府同意,现将《都安瑶族自治县集中式饮用水水源地突发环境事件应急预案》印发给你们,请遵照执行。\n'
     '\n'
     ' \n'
     '\n'
     ' \n'
     '\n'
     '                       \n'
     '\n'
     '                         都安瑶族自治县人民政府办公室\n'
     '\n'
     '     2014年5月14\n',
     [('都安瑶族自治县人民政府办公室关于印发都安瑶族自治县集中式饮用水水源地突发环境事件应急预案的通知', '都政办发〔2014〕48号', '都安瑶族自治县人民政府办公室', '2014-05-14')]),
    # shanxi_datong-2021-senlin-caoyuan-fangmiehuo-gongzuo-tongzhi-gazette
    ("datong: an e-book page's running heads over the document",
     'Page 39 - 2022年第1期\n'
     'P. 39\n'
     '\n'
     '·大同市人民政府办公室文件·                                              1/2022      大同市人民政府公报\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '                                    大 同 市 人 民 政 府 办 公 室\n'
     '\n'
     '\n'
     '                                 关于做好大同市 2021—2022 年度\n'
     '\n'
     '\n'
     '                              防火期森林草原防灭火工作的通知\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '                                                 同政办函 〔2021〕 238 号\n'
     '\n'
     '\n'
     '\n'
     '\n'
     '\n',
     [('大同市人民政府办公室关于做好大同市2021—2022年度防火期森林草原防灭火工作的通知', '同政办函〔2021〕238号', '大同市人民政府办公室', None)]),
    # hunan_hongjiang-2014-guanweihui-fangxun-yingji-yuan
    ("hongjiang: the page's fields between its headline and the document's own title",
     '关于印发《洪江区防汛应急预案》的通知\n'
     '发布时间:2014-08-27 00:00 信息来源:洪江区管委办\n'
     '索引号:431200/2019-085587\n'
     '文号:洪管函〔2014〕32号\n'
     '统一登记号:HQDR-2014-00003\n'
     '公开方式:主动公开\n'
     '公开范围:面向社会\n'
     '信息时效期:2019-08-27\n'
     '签署日期:2014-08-27\n'
     '登记日期:2014-08-27\n'
     '所属机构:洪江区管委会\n'
     '所属主题:其他\n'
     '发文日期:2014-08-27\n'
     '公开责任部门:洪江区管委会\n'
     'HQDR-2014-00003 洪管函〔2014〕32号\n'
     '怀化市洪江区管理委员会\n'
     '关于印发《洪江区防汛应急预案》的通知\n'
     '各乡人民政府、街道办事处,区直有关单位:\n'
     '《洪江区防汛应急预案》已经区管委2014年第8次常务会议审议通过,现印发给你们,请遵照执行。\n'
     '2014年8月26日\n'
     '洪 江 区',
     [('怀化市洪江区管理委员会关于印发《洪江区防汛应急预案》的通知', '洪管函〔2014〕32号', '怀化市洪江区管理委员会', '2014-08-26')]),
    # henan_huaxian-2025-huozai-shigu-jiuyuan-yuan-xiudinggao
    ('huaxian: a fire brigade named as 来源',
     '微信 微博 手机版 无障碍 | 适老化 | |\n'
     ' \n'
     '首页 >> 政务公开 >> 政府信息公开平台 >> 法定主动公开内容 >> 应急管理 >> 应急预案\n'
     '\n'
     '滑县火灾事故救援预案(修订稿)\n'
     '\n'
     '发布时间: 2025-12-26 作者: 来源: 滑县消防救援大队\n'
     '\n'
     '  \n'
     '\n'
     '  1 总则\n'
     '\n'
     '  1.1 编制目的\n',
     [('滑县火灾事故救援预案(修订稿)', None, '滑县消防救援大队', '2025-12-26')]),
    # shandong_weishan-2019-zhong-wuran-tianqi-yingji-yuan-yifeizhi-mark
    ('weishan: a validity mark and the 文号 before the title in a pipe table',
     '当前位置:首页 |\n'
     '|\n'
     '(已废止)微政办字〔2019〕24号 关于印发微山县重污染天气应急预案的通知 |\n'
     '||||||\n'
     '|\n'
     '||||||\n'
     '各乡、镇人民政府,各街道办事处,微山经济开发区、微山岛旅游度假区、南阳古镇旅游管委会,县政府各部门,各企业: 《微山县重污染天气应急预案》已经县政府同意,现印发给你们,请认真组织实施。 微山县人民政府办公室 2019年9月22日 (此件公开发布) 微山县重污染天气应急预案 为妥善应对重污染天气,进一步完善重污染天气应急\n',
     [('关于印发微山县重污染天气应急预案的通知', '微政办字〔2019〕24号', '微山县人民政府办公室', '2019-09-22')]),
    # heilongjiang_shangzhi-2022-yanglao-tuoyu-lingyu-shishi-fangan
    ('shangzhi: a mark of force after the title',
     '无障碍\n'
     '索引号: 781309229/2022-00424 时效: 现行有效\n'
     '主题分类 扶贫 发文日期 2022-07-21\n'
     '公开方式 主动公开 文号 尚政办规〔2022〕4号\n'
     '尚志市人民政府办公室关于印发尚志市养老托育领域实施方案的通知(有效)\n'
     '  • 尚志市人民政府网站\n'
     '  • 发布日期:2022-08-04\n'
     '  • 字号:[ ]\n'
     '\n'
     '各乡镇政府,各有关单位:\n'
     '\n'
     '经市政府第7次常务会议讨论通过,现将《尚志市养老托育领域实施方案》印发给你们,请认真贯彻执行。\n'
     '\n'
     '\n'
     '尚志市人民政府办公室  \n'
     '\n'
     '2022年7月21日   \n',
     [('尚志市人民政府办公室关于印发尚志市养老托育领域实施方案的通知', '尚政办规〔2022〕4号', '尚志市人民政府办公室', '2022-07-21')]),
    # chongqing_shizhu-2024-zhongdian-minsheng-shishi-mubiao-renwu-jiedu
    ('shizhu: a tagged headline over its untagged copy',
     '【文字解读】《2024年县级重点民生实事工作目标任务》政策解读\n'
     '《2024年县级重点民生实事工作目标任务》政策解读\n'
     '近日,县政府办公室印发了《2024年县级重点民生实事工作目标任务》(石柱府办发〔2024〕10号,以下简称《目标任务》)。为方便社会公众准确了解《目标任务》内容,现作如下解读。\n'
     '一、出台背景',
     [('《2024年县级重点民生实事工作目标任务》政策解读', None, None, None)]),
    # beijing-1997-chuzu-qiche-guanli-tiaoli-repo-copy
    ('beijing: a markdown heading and the adopting congress',
     '# 北京市出租汽车管理条例\n'
     '\n'
     '1997年10月16日 北京市第十届人民代表大会常务委员会第四十次会议通过\n'
     '\n'
     '2001年5月18日 北京市第十一届人民代表大会常务委员会第二十六次会议通过的《北京市出租汽车管理条例修正案》第一次修订\n'
     '\n'
     '2002年3月29日 北京市第十一届人民代表大会常务委员会第三十三次会议通过的《北京市出租汽车管理条例修正案》第二次修订\n'
     '\n'
     '<!-- INFO END -->\n'
     '\n'
     '## 第一章  总则\n',
     [('北京市出租汽车管理条例', None, '北京市第十届人民代表大会常务委员会', '1997-10-16')]),
    # shandong_jinan-1991-wenhua-yule-shichang-guanli-guiding-law
    ('jinan: the decree a promulgation note names',
     '热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n'
     '收藏本站| 设为首页| 首页\n'
     '\n'
     '济南市文化娱乐市场管理规定\n'
     '\n'
     '作者:法律资料网 时间:2024-07-22 18:21:41  浏览:9436   来源:法律资料网\n'
     '下载地址: 点击此处下载\n'
     '\n'
     '济南市文化娱乐市场管理规定\n'
     '\n'
     '山东省济南市人民政府\n'
     '\n'
     '\n'
     '济南市文化娱乐市场管理规定\n'
     '\n'
     ' (1991年3月26日济南市人民政府令19号发布)\n'
     '\n'
     '\n'
     '\n'
     '\n'
     ' 第一条 为加强本市文化娱乐市场管理,促进社会主义精神文明建设,根据国家有关规定和《山东省文化市场管理条例》,结合本市实际情况,制定本规定。\n',
     [('济南市文化娱乐市场管理规定', '济南市人民政府令19号', '济南市人民政府', '1991-03-26')]),
    # hebei_langfang-2021-nongye-nongcunju-jiti-jingji-ruogan-yijian-zhengqiu-yijian
    ("langfang: an organ's consultation notice on a draft",
     '规范性文件草案征集意见\n'
     '廊坊市农业农村局对《关于进一步发展壮大农村集体经济的若干意见(送审稿)》公开征求意见的公告\n'
     '为贯彻落实省委办公厅、省政府办公厅印发《关于进一步发展壮大农村集体经济的若干意见》(冀办〔2021〕12号)精神,根据市有关领导批示要求,现起草了《关于进一步发展壮大农村集体经济的若干意见(送审稿)》,现公开征求意见。\n'
     '公示时间:2021年8月25日—2021年9月8日\n'
     '联系人:孙大鹏\n'
     '联系电话:0316-2266608\n'
     '电子邮箱:lfncggk@126.com\n'
     '关于进一步发展壮大农村集体经济的若干意见\n'
     '(送审稿)\n'
     '为夯实农村集体产权制度改革成果,不断激发农村经济发展活力,落实农村集体经济持续发展的政策措施,逐步改善农村集体经济相对薄弱和发展不平衡的问题,进一步发展壮大农村集体经济,提出如下意见。',
     [('廊坊市农业农村局对《关于进一步发展壮大农村集体经济的若干意见(送审稿)》公开征求意见的公告', None, '廊坊市农业农村局', '2021-08-25')]),
    # shandong_zhucheng-2021-tufa-shijian-yingji-baozhang-tixi-xingdong-jihua-doc-site
    ("zhucheng: a shared file's name with its page count, the heading glued into the preview",
     '諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx\n'
     '下載文檔\n'
     '上傳人:Le****97\n'
     '編號:928920\n'
     '2024-05-20\n'
     '18頁\n'
     '33.20KB\n'
     '1、諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)為提高突發事件應急保障能力和水平,根據山東省重大突發事件應急保障體系建設三年行動計劃(2020-2022年)(魯政辦字2020167號)等有關要求,結合我市實際,制定如下行動計劃。一、總體要求到2022年,初步形成具有諸城特色的應急保障體系框架,應急',
     [('诸城市重大突发事件应急保障体系建设行动计划(2021-2022年)', None, None, None)]),
    # neimenggu_xinchengqu-2018-dizhen-yingji-yuan-gazette
    ("xinchengqu: the page title over two lines and the page's text tools",
     '新城区人民政府办公室\n'
     '关于印发《新城区地震应急预案》的通知\n'
     '区政府办公室文件 字体(    )  打印\n'
     '\n'
     '新城区人民政府办公室\n'
     '关于印发《新城区地震应急预案》的通知\n'
     '\n'
     '新政办发〔2018〕30号    \n'
     '\n'
     '保合少镇人民政府、各街道办事处、鸿盛园区管委会,区属各有关单位:\n'
     '\n'
     '为保证地震应急工作高效、有序进行,最大限度地减轻地震灾害造成的损失,区人民政府对2014年编印的《新城区地震应急预案》进行了修订,现将新修订的《新城区地震应急预案》印发给你们,请认真遵照执行。\n',
     [('新城区人民政府办公室关于印发《新城区地震应急预案》的通知', '新政办发〔2018〕30号', '新城区人民政府办公室', None)]),
    # sichuan_suining-2019-fangxunban-fangxun-yingji-yuan-zhengqiu-yijian-han
    ("suining: the site's date line; a headquarters' office",
     '今天是:2025年12月06日\n'
     '遂宁市水利局\n'
     '征集调查\n'
     '\n'
     '主题:\n'
     '\n'
     '遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函\n'
     '\n'
     '时限:\n'
     '\n'
     '截止:2019-06-18\n'
     '\n'
     '征集状态:\n'
     '\n'
     '已结束 查看征集结果\n'
     '结果反馈日期:\n'
     '\n'
     '遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函\n'
     '\n'
     '市直有关部门: 为切实做好防汛减灾工作,按照市政府安排部署,市防汛办修订完善形成了《遂宁市防汛应急预案(征求意见稿)》。请各单位结合部门职能职责,于6月18日(星期二)上午下班前,将修改意见经单位主要负责人签字并盖章后,通过邮箱或者传真方式反馈至市防汛办,无修改意见也请反馈。联系人:邓长青,电话:2710900,传真:\n',
     [('遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函', None, '遂宁市人民政府防汛抗旱指挥部办公室', None)]),
    # anhui_xuancheng-2020-weijianwei-jiankang-xuancheng-xingdong-zhengqiu-yijianhui-yutongzhi
    ('xuancheng: a button bar with its separators',
     '• 设为首页|\n'
     '  • 加入收藏|\n'
     '  • 长辈版|\n'
     '  • 无障碍浏览|\n'
     '您现在所在的位置: 网站首页> 市卫健委> 重大决策预公开> 意见征集\n'
     '索引号: 113417000032454254/202010-00167 组配分类: 意见征集\n'
     '发布机构: 宣城市卫生健康委员会 主题分类: 卫生、体育 / 其他 / 通知\n'
     '名称: 关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知 文号:\n'
     '发布日期: 2020-10-21\n'
     '关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知\n'
     '发布时间:2020-10-21 16:21 来源:宣城市卫生健康委员会 浏览次数: 字体:[ ]\n'
     '\n'
     '宣州区人民政府、宣城经开区、合工大宣城校区、宣城职业技术学院、市直有关单位:\n'
     '\n'
     '为贯彻落实《健康安徽行动实施方案》和《健康宣城2030规划》,市卫健委牵头,会同市教体局起草了《健康宣城行动实施方案(代拟稿)》,业经多次征求意见与委托合法性审查,根据市爱卫会主任、市政府副市长黄敏批示,拟于近期由市政府办郑华主任主持召开《健康宣城行动实施方案(代拟稿)》征求意见会,具体会议时间另行通知。\n',
     [('关于召开《健康宣城行动实施方案(代拟稿)》征求意见会的预通知', None, '宣城市卫生健康委员会', '2020-10-21')]),
    # yunnan_nanhua-2019-anquan-gongcheng-sannian-xingdong-jihua-yijian
    ("nanhua: buttons before the site's organ",
     '无障碍浏览\n'
     '长者模式 南华县人民政府\n'
     '首页 >> 公开信息内容\n'
     '索  引  号:11532324015173465N-/2021-08171539 公文目录:专项规划 发文机关:南华县政府办 成文日期: 发文字号:南政发〔2019〕4号 主  题  词: 标      题:南华县人民政府关于实施安全工程三年行动计划(2018—2020 年)的意见 发布日期:2019年03月20日\n'
     '\n'
     '南华县人民政府关于实施安全工程三年行动计划(2018—2020 年)的意见\n'
     '\n'
     '\n'
     '\n'
     '南政发〔2019〕4号\n'
     '\n'
     ' \n'
     '\n'
     '    南华县人民政府关于实施安全工程三年行动计划(2018—2020 年)的意见\n'
     '\n'
     ' ',
     [('南华县人民政府关于实施安全工程三年行动计划(2018—2020年)的意见', '南政发〔2019〕4号', '南华县人民政府', '2019-03-20')]),
    # shanxi_sanjiazhen-2024-anquan-shengchan-zhiben-gongjian-sannian-xingdong-fangan
    ('sanjiazhen: a signature long before the 成文日期 that is the posting',
     'Document\n'
     '\n'
     '高平市三甲镇\n'
     '\n'
     '搜索位置\n'
     '匹配度\n'
     '排序\n'
     '索  引 号: 1114058101245507XU354/2024-00218 主题分类: 市场监管、安全生产监管\n'
     '发布机构: 三甲镇人民政府 成文日期: 2024年12月12日\n'
     '标      题: 三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)\n'
     '发文字号: 三政发〔2024〕11号 发布日期: 2024年12月12日\n'
     '\n'
     '三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)\n'
     '\n'
     '发布日期: 2024-12-12 发布机构: 三甲镇人民政府\n'
     '\n'
     '三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)\n'
     '\n'
     '\n'
     '三政发〔2024〕11号\n'
     '\n'
     '\n'
     '各行政村,各企业,各相关单位:\n'
     '\n'
     '《三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)》已经镇党委、政府同意,现印发给你们,请结合实际,抓好贯彻落实。\n'
     '\n'
     '\n'
     '                                           三甲镇人民政府\n'
     '\n'
     '                                            2024年2月29日\n',
     [('三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)', '三政发〔2024〕11号', '三甲镇人民政府', '2024-02-29')]),
    # yunnan_dali-2023-chengzhen-ranqi-anquan-zhuanxiang-zhengzhi-shishi-fangan
    ('dali: an empty 发布机构 over the title, the 来源 naming the organ',
     '• 索引号: 750687753/2023-00061\n'
     '  • 发布机构:\n'
     '\n'
     '大理市城镇燃气安全专项整治工作实施方案\n'
     '\n'
     '大理市城镇燃气安全专项整治工作实施方案\n'
     '\n'
     '  • 2023年09月15日\n'
     '  • 来源: 大理市应急管理局\n'
     '  • 【字体: 大  中 \n'
     '  • 【打印文本】\n'
     '\n'
     '为深刻汲取近年来城镇燃气安全重特大事故教训,全面加强我市城镇燃气安全风险隐患排查治理,切实保障人民群众生命财产安全,按照《全国城镇燃气安全专项整治工作方案》《云南省城镇燃气安全专项整治实施方案》《大理州城镇燃气安全专项整治实施方案》要求,结合我市实际,制定本方案。',
     [('大理市城镇燃气安全专项整治工作实施方案', None, '大理市应急管理局', '2023-09-15')]),
    # guangxi-2022-nongyenongcunting-gaobiaozhun-nongtian-tisheng-xingdong-fangan-converter
    ("guangxi: a converter's toneless pinyin",
     '歡(huan)迎訪(fang)問廣(guang)西方略土地(di)房地(di)產(chan)評(ping)估有限公司、廣(guang)西方略土地(di)規劃設計(ji)有限公司官(guan)方網站\n'
     '桂(gui)農廳發〔2022〕149號\n'
     '各市、縣人民政(zheng)府(fu),自治區人民政(zheng)府(fu)各組成部門、各直屬機構(gou):\n'
     '經自治(zhi)區(qu)(qu)人民政(zheng)府同意,現將《廣西(xi)壯(zhuang)族自治(zhi)區(qu)(qu)高標準農田建設提升(sheng)行動方案(2023—2025年)》印發(fa)給(gei)你們,請認真組織實(shi)施。\n'
     '廣西(xi)壯族自治區農(nong)業農(nong)村廳 廣西(xi)壯族自治區財政廳\n'
     '2022年11月22日\n'
     '廣西壯族自治區高標準農田建設提升(sheng)行動方案\n'
     '(2023—2025年)',
     [('广西壮族自治区高标准农田建设提升行动方案', '桂农厅发〔2022〕149号', '广西壮族自治区农业农村厅广西壮族自治区财政厅', '2022-11-22')]),
    # fresh8 chongqing-2001-caishichang-chen-wuran-tonggao-law: a decree number alone on its line, its organ abbreviated
    ("a short decree number under the organ line",
     "重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告\n\n"
     "作者:法律资料网 时间:2024-06-16 05:10:14   浏览:9355   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告\n\n重庆市人民政府\n\n\n渝府令第 121 号\n\n\n"
     "《重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告》已经2001年12月13日市人民政府第97次常务会议通过,现予发布。\n\n"
     "市 长\n\n二○○一年十二月三十日",
     [("重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告", "渝府令第121号", "重庆市人民政府", "2001-12-30")]),
    # fresh6 hebei_jingxingkuangqu-laobao-nianshen-tongzhi: the site's banner, then the organ line right over the 关于 line
    ("the organ line over the title under a district's banner",
     "石家庄市井陉矿区人民政府\n \n矿区人力资源和社会保障局\n关于开展2025年度劳动保障年审和守法诚信等级评价工作的通知\n"
     "2026-03-09 11:04\n发布时间:2026-03-09 11:04 来源: 【字体: 打印\n\n各用人单位:\n\n"
     "根据《劳动保障监察条例》、《河北省劳动和社会保障监察条例》、《企业劳动保障守法诚信等级评价办法》等规定,为深\n\n"
     "一、年审和等级评价工作对象和内容\n",
     [("矿区人力资源和社会保障局关于开展2025年度劳动保障年审和守法诚信等级评价工作的通知", None, "矿区人力资源和社会保障局",
       "2026-03-09")]),
    # fresh8 jiangxi_jian-2003-zhengwu-gongkai-xize-law: a law site's imprint (province before city) set apart over the
    # notice's 关于 title: the organ issues it, the title is printed without it
    ("a law site's imprint over the 关于 title",
     '您的位置: 首页 » 法律资料网 » 法律法规 »\n'
     '\n'
     '吉安市市本级政务公开工作实施细则\n'
     '\n'
     '作者:法律资料网 时间:2024-07-06 00:54:58  浏览:9107   来源:法律资料网\n'
     '下载地址: 点击此处下载\n'
     '\n'
     '吉安市市本级政务公开工作实施细则\n'
     '\n'
     '江西省吉安市人民政府办公室\n'
     '\n'
     '\n'
     '关于印发吉安市市本级政务公开工作实施细则的通知\n'
     '( 吉府发〔2003〕37号 )\n'
     '\n'
     '市政府各部门,市直各单位:\n'
     '\n'
     '现将《吉安市市本级政务公开工作实施细则》印发给你们,请遵照执行。各部门、各单位要按照本《实施细则》要求,结合各自行业特点、职业要求等实际,制定更具体、更明确、更有操作性的政务公开工作实施细则,并于2004年1月10日前报送市政务公开工作领导\n',
     [('吉安市市本级政务公开工作实施细则', None, None, '2024-07-06'), ('关于印发吉安市市本级政务公开工作实施细则的通知', '吉府发〔2003〕37号', '江西省吉安市人民政府办公室', None)]),
    # fresh13 layouts (each file's lines as printed, long lines cut at 160 characters)
    # fresh13 zhejiang_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie
    ('empty 有效性 over the title', '索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n发布机构: | 县政府办公室 | 有效性: |\n海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n||\n|\n||\n各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》和《2022年县政府民生实事项目责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 2022年是新一届政府的开局之年。各级各部门要高度重视,全面贯彻落实县第十五次党代会精神,深入推进“三个年”活动,聚焦聚力七大提',
     [('海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知', '盐政办发〔2022〕16号', '海盐县人民政府办公室', '2022-04-18')]),
    # fresh13 shaanxi_lueyang-2022-xiangmu-mouhua-chubei-gongzuo-renwu
    ("site's main menu over the title", '首   页 走进略阳 新闻中心 政府信息公开 政务服务 政民互动 专题专栏\n\n略阳县人民政府办公室关于下达2022年项目谋划储备工作任务的通知\n\n各镇人民政府、街道办事处,县政府各工作部门及直属机构:\n\n为确保全县项目工作接替有序,进一步发挥项目建设对县域经济社会高质量发展的支撑拉动作用,经县政府研究同意,现将2022年项目谋划储备工作任务下达给你们请抓好落实。',
     [('略阳县人民政府办公室关于下达2022年项目谋划储备工作任务的通知', None, '略阳县人民政府办公室', None)]),
    # fresh13 ningxia_haiyuan-2020-xiangzhen-shequ-xiaofang-anquan-zhize-qingdan
    ('column heading over its breadcrumb', '欢迎光临海原县人民政府门户网 登录个人中心 无障碍阅读 长者版\n首页 政府信息公开 新闻中心 网上办事 政民互动 走进海原\n海原县文件\n首页 > 政府信息公开 > 海原县文件\n\n县人民政府办公室关于印发海原县乡(镇)街道、社区(村)居委会消防安全工作职责清单的通知\n\n索引号 20210106155202648 文号 生成日期 2021-01-06 15:37:42\n公开方式 主动公开 所属机构 海原县政府办 责任部门\n\n海政办规发〔2020〕10号\n\n \n\n各乡镇人民政府,甘盐池管委会,海城街道办,政府各部门、各直属事业单位:\n\n《海原县乡(镇)街道、社区(村)居委会消防安全工作职责清单》已经县人民政府研究同意,现予印发,请认真遵照实施。\n            海原县人民政府办公室  \n\n                                          2020年11月30日',
     [('县人民政府办公室关于印发海原县乡(镇)街道、社区(村)居委会消防安全工作职责清单的通知', '海政办规发〔2020〕10号', '海原县人民政府办公室', '2020-11-30')]),
    # fresh13 jiangxi_jian-2022-quanli-zhuahao-jiegan-jinshao-tongzhi-mirror
    ("mirror's list number before the fields, 责任部门", '1. <th id="8vqxz"></th>\n      1. <dd id="8vqxz"><track id="8vqxz"></track></dd>\n      2. \n        \n      3. <th id="8vqxz"><track id="8vqxz"></track></th>\n\n\n      4. 索 引 号: D21-02-2022-0030 分 类: 其他有关文件\n        责任部门: 吉安县政府办 发文日期: 2022-11-02 10:03:07\n        标 题: 关于全力抓好秸秆禁烧工作的通知\n        公开方式: 主动公开 公开时限: 常年公开 公开范围: 面向全社会\n        有效性: 有效 浏览: 文件编号: 吉县府办字〔2022〕156号\n        关于全力抓好秸秆禁烧工作的通知\n\n\n        吉安高新区管委会,各乡镇人民政府,县政府有关部门:\n\n        自今年9月以来,我县空气质量超标天数较往年明显增多,究其原因,有外部输入性的,也有本地产生的污染源。1025日,县政府召开了2022年全县空气质量提升工作调度会,县政府主要领导和分管领导出席会议并布置大气污染防治工作。为深入贯彻落实此次会议精神,全力打好污染防治攻坚战,切实加强秋收季节农作物秸秆禁烧管理',
     [('x', None, None, None), ('关于全力抓好秸秆禁烧工作的通知', '吉县府办字〔2022〕156号', '吉安县政府办', '2022-11-02')]),
    # fresh13 jiangsu_wuxi-2023-minsheng-fuwu-shibaiqian-xingdong-fangan
    ('title broken before its kind under the fields', '發布時間:2023年04月27日 文字大小: [ 大 中 小 ] 瀏覽次數:\n文號 | 錫政發〔2023〕5號 |\n---|---|\n制發機關 | 無錫市人民政府 |\n成文日期 | 2023-03-14 10:58:43 |\n文件狀態 | 執行中 |\n市政府關于印發2023年度民生服務\n“十百千”行動實施方案的通知\n錫政發〔2023〕5號\n各市(縣)、區人民政府,市各委辦局,市各直屬單位:\n現將《2023年度民生服務“十百千”行動實施方案》印發給你們,請認真貫徹實施。\n無錫市人民政府\n2023年3月14日\n(此件公開發布)',
     [('市政府关于印发2023年度民生服务“十百千”行动实施方案的通知', '锡政发〔2023〕5号', '无锡市人民政府', '2023-03-14')]),
    # fresh13 shandong_dazhangzhuang-2021-senlin-huozai-yingji-yuan
    ("notice issuing the plan the page's 标题 names", '沂源县大张庄镇人民政府\n标题: 沂源县大张庄镇森林火灾应急预案\n索引号: 113703230045260699/2021-None 文号:\n发文日期: 2021-09-20 发布机构: 沂源县大张庄镇人民政府\n\n沂源县大张庄镇森林火灾应急预案\n\n发布日期:2021-09-20\n  • 字号:\n  • |\n  • 打印\n\n大张庄镇人民政府\n\n关于印发《大张庄镇2021年度森林火灾应急预案》的通知\n\n \n\n各办事处、各村、镇直各部门及单位:\n\n为确保大张庄镇2021年度森林火灾救助工作安全有序进行,确保大张庄镇农业丰收、农民生命财产安全,经研究特制定《大张庄镇2021年度森林火灾应急预案》。望各办事处、各村、镇直各部门及单位按照文件精神遵照执行。\n大张庄镇人民政府\n\n2021年920',
     [('大张庄镇人民政府关于印发《大张庄镇2021年度森林火灾应急预案》的通知', None, '大张庄镇人民政府', '2021-09-20')]),
    # fresh13 yunnan_fumin-2025-yiji-zhengce-jiedu-jiancha-tongbao
    ('an organ as 作者 before the 来源', '作者:富民县政府办 发布时间:2025-03-28 08:19 来源:富民县人民政府\n各镇(街道)人民政府(办事处),富民产业园区管委会,县政府各部门:\n为贯彻落实《云南省人民政府办公厅关于印发云南省行政机关政策解读工作办法的通知》(云政办发〔2023〕13号)有关工作要求,县政府办于近期组织开展了2025年一季度政策解读工作情况检查,现将检查情况通报如下:',
     [('x', None, '富民县政府办', '2025-03-28')]),
    # fresh13 shanghai_jiading-2025-youfu-duixiang-yiliao-buzhu-zijin-fafang-qudao
    ('joint signers over a glued date', '关于我区优抚对象医疗补助资金发放渠道的通知\n关于我区优抚对象医疗补助资金发放渠道的通知\n索 引 号: 00001434-9/2025-00000028 主题分类: 区政府委办局\n发布机构: 区退役军人局 发文日期: 2025-04-07\n名 称: 关于我区优抚对象医疗补助资金发放渠道的通知\n文 号: 嘉退役军人局发〔2025〕4号 公开类型: 主动公开\n公开属性: 全部公开 公开期限: 长期公开\n\n关于我区优抚对象医疗补助资金\n\n发放渠道的通知\n\n \n\n各镇、街道,嘉定工业区、菊园新区退役军人事务工作机构、财政管理部门:\n\n根据上海市退役军人事务局《关于全面推进“上海市退役军人全资金监管平台”建设的通知》要求,为进一步规范优抚对象医疗补助资金发放,自2025年1月起,优抚对象医疗补助资金由原各街镇列支调整为由嘉定区退役军人事务局列支,并通过上海市退役军人事务局规定的资金监管平台统一拨付。对于符合《嘉定区优抚对象医疗保障实施细则》范围的优抚\n\n \n\n \n\n \n\n                            嘉定区退役军人事务局                                                          嘉定区财政局\n\n \n\n                           2025年47',
     [('关于我区优抚对象医疗补助资金发放渠道的通知', '嘉退役军人局发〔2025〕4号', '嘉定区退役军人事务局、嘉定区财政局', '2025-04-07')]),
    # fresh13 neimenggu-2024-chengzhen-baozhangxing-anju-gongcheng-buzhu-zijin-banfa-tongzhi-traditional
    ('joint signers set apart by residue', '內蒙古自治區財政廳 住房和城鄉建設廳關于印發《內蒙古自治區城鎮保障性安居工程補助資金管理辦法》的通知\n內蒙古自治區財政廳 住房和城鄉建設廳\n關于印發《內蒙古自治區城鎮保障性安居工程補助資金管理辦法》的通知\n內財建〔2024〕1293號\n各盟市財政局、住房和城鄉建設局,滿洲里市、二連浩特市財政局、住房和城鄉建設局:\n為加強中央及自治區本級財政城鎮保障性安居工程補助資金管理,提高資金使用效益,根據《中華人民共和國預算法》、《財政部 住房城鄉建設部關于印發〈中央財政城鎮保障性安居工程補助資金管理辦法〉的通知》(財綜〔2024〕15號)、《內蒙古自治區對下專項轉移支付管理辦法》(內政辦發〔2016〕134號)等有關規定,結合自治區城鎮保\n內蒙古自治區財政廳? ? ? ? ?內蒙古自治區住房和城鄉建設廳\n2024年11月1日',
     [('内蒙古自治区财政厅住房和城乡建设厅关于印发《内蒙古自治区城镇保障性安居工程补助资金管理办法》的通知', '内财建〔2024〕1293号', '内蒙古自治区财政厅、内蒙古自治区住房和城乡建设厅', '2024-11-01')]),
    # fresh13 gansu_wuwei-2022-zhigong-yibao-shiji-tongchou-zhengqiu-yijian
    ('breadcrumb path under a lone 首页', '首页\n>政民互动>民意征集\n关于向社会公众征求《武威市城镇职工基本医疗保险市级统筹实施办法(征求意见稿)》的公告\n关于向社会公众征求《武威市城镇职工基本医疗保险市级统筹实施办法(征求意见稿)》的公告\n信息来源: 武威市医疗保障局 发布日期: 2022-04-01 16:05 浏览次数:\n\n为进一步完善全市城镇职工基本医疗保险制度,构建以城镇职工基本医疗保险为主,公务员医疗补助、大额医疗互助、企业补充医疗保险和商业保险为补充的多层次医疗保险制度体系,巩固职工基本医疗保险市级统筹,保障职工基本医疗需求,根据《中华人民共和国社会保险法》、《医疗保障基金使用监督管理条例》(国令第735号)和《国家医疗保障局财政\n武威市医疗保障局\n\n2022年3月31日',
     [('关于向社会公众征求《武威市城镇职工基本医疗保险市级统筹实施办法(征求意见稿)》的公告', None, '武威市医疗保障局', '2022-03-31')]),
    # fresh13 hunan_shuangfeng-2022-tufa-shijian-zongti-yingji-yuan-doc-site
    ("shared file's preview printing the whole notice on one line", 'DOC文库 - 千万精品文档,你想要的都能搜到,下载即用。\n\n邵东市双凤乡突发事件总体应急预案.doc\n\nforerunner23 页 70.977 KB下载文档\n邵东市双凤乡突发事件总体应急预案.doc邵东市双凤乡突发事件总体应急预案.doc邵东市双凤乡突发事件总体应急预案.doc邵东市双凤乡突发事件总体应急预案.doc邵东市双凤乡突发事件总体应急预案.doc邵东市双凤乡突发事件总体应急预案.doc\n当前文档共23页 2.88\n下载后继续阅读\n\n邵东市双凤乡突发事件总体应急预案.doc\n\n邵双政发〔2022〕68 号 邵东市双凤乡人民政府 关于修订印发《双凤乡突发事件 总体应急预案》的通知 各村、乡属各部门、卫生院、中心学校: 现将修订的《双凤乡突发事件总体应急预案》印发给你们, 请认真组织实施。 邵东市双凤乡人民政府 2022 年 5 月 27 日 -1- 双凤乡突发事件总体应急预案 目 录 l.总 ',
     [('邵东市双凤乡人民政府关于修订印发《双凤乡突发事件总体应急预案》的通知', '邵双政发〔2022〕68号', '邵东市双凤乡人民政府', '2022-05-27')]),
    # fresh13 ningxia_yinchuan-2020-chengshi-zhufang-baozhang-guanli-banfa-qicao-shuoming
    ('drafting note after the signed consultation notice', '当前位置:首页 > 法治政府建设 > 意见征集\n\n《银川市城市住房保障管理办法(修订草案征求意见稿)》公开征求意见\n\n来源:立法备案审查科 时间:2020-10-29 11:24\n\n用微信扫描二维码\n分享至好友和朋友圈\n\n×\n\n 为了广泛听取社会各界的意见和建议,提高立法质量和效率,现将《银川市城市住房保障管理办法(修订草案征求意见稿)》及其说明予以公布,广泛征求社会各界意见和建议,以便进一步研究、修改后报请市政府常务会议审议。\n\n 请于2020年11月28日前将书面意见和建议以邮寄、传真或者电子邮件的方式送银川市司法局。\n\n 联 系 人:邵宝艳   \n\n 联系电话:0951-6889215(传真)   \n\n 电子邮箱:yclfba@163.com\n\n 通信地址:银川市金凤区北京中路166号银川市司法局(邮编750021)\n\n   \n\n                    \n\n                              银川市司法局\n\n                          2020年10月28日\n\n\n\n《银川市城市住房保障管理办法(修订草案征求意见稿)》起草说明\n\n\n   现将《银川市城市住房保障管理办法(修订草案征求意见稿)》(以下简称《办法》)起草有关情况说明如下:\n',
     [('《银川市城市住房保障管理办法(修订草案征求意见稿)》公开征求意见', None, '银川市司法局', '2020-10-28'), ('《银川市城市住房保障管理办法(修订草案征求意见稿)》起草说明', None, None, None)]),
    # fresh13 sichuan_aba-2023-zhou-renda-changweihui-jiguan-gongwen-chuli-banfa
    ('revision line broken after the congress, 月 lost', '宣传人大制度 交流人大经验;推进民主法制建设 构建和谐文明阿坝。地震之后,阿坝依然美丽!\n信息搜索:\n\n主任之窗\n\n阿坝州人大常委会主任\n李为国\n自身建设\n\n阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n访问量:\n更新日期:2024-01-12\n\n阿坝藏族羌族自治州人民代表大会\n\n常务委员会机关公文处理办法\n\n2017822日阿坝藏族羌族自治州第十二届人民代表大会\n\n常务委员会第六次主任会议修订\n\n2023828日阿坝藏族羌族自治州第十届人民代表大会\n\n常务委员会第二十次主任会议修订\n\n第一章\n\n第一条为实现阿坝藏族羌族自治州人民代表大会常务委员会机关(以下简称州人大常委会机关)公文处理工作规范化、制度化、科学化,提高公文质量和公文处理工作效率,根据《中共阿坝州委办公室、阿坝州人民政府办公室关于印发<党政机关公文处理工作条例><党政机关公文格式>的通知》要求,参照《四川省人大常委会机关公文处理办法》,结合州人大',
     [('阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法', None, '阿坝藏族羌族自治州第十二届人民代表大会常务委员会', '2017-08-22')]),
    # fresh13 zhejiang_shaoxing-2025-fuxu-youdai-duixiang-yiliao-baozhang-shishi-banfa (the title is the attached rules'
    # heading, the notice printing none; the gold leaves it null, unscored)
    ('joint signers under the close, no date, 发布机构 naming the first', '![]()\n| 索引号: | 11330600MB18026628/2025-1010416344 | 公开方式: | 主动公开 |\n| 发布机构: | 绍兴市退役军人事务局 | 公开日期: | 2025-10-20 |\n| 主题分类: | 医保,卫生 | ||\n| 文件登记号: | ZJDC62-2025-0001 |\n各区、县(市)退役军人事务部门、财政局、人力资源和社会保障部门、卫生健康部门、医疗保障部门:\n现将《绍兴市抚恤优待对象医疗保障实施办法》印发给你们,请遵照执行。\n??\n绍兴市退役军人事务局? ? ? ? ? ? ? ?绍兴市财政局\n??\n绍兴市人力资源和社会保障局????绍兴市卫生健康委员会\n?\n?? ?绍兴市医疗保障局\n? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? \n绍兴市抚恤优待对象医疗保障实施办法',
     [('绍兴市抚恤优待对象医疗保障实施办法', None, '绍兴市退役军人事务局、绍兴市财政局、绍兴市人力资源和社会保障局、绍兴市卫生健康委员会、绍兴市医疗保障局', '2025-10-20')]),
    # fresh6 hubei_wuhan-2020-mubiao-renwu-zeren-fenjie
    ("law library's 【label】 fields after a ∙ bullet", '文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n∙【字 号】武政办〔2020〕1号\n∙【施行日期】2020.01.17\n∙【效力等级】地方规范性文件\n∙【时效性】现行有效\n∙【主题分类】机关工作\n正文\n市人民政府办公厅关于印发2020年市\n《政府工作报告》确定的主要目标任务责任分解方案的通知\n武政办〔2020〕1号\n各区人民政府,市人民政府各部门,各有关单位:\n《2020年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意,现印发给你们,并就有关事项通知如下,请一并贯彻执行。',
     [('市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知', '武政办〔2020〕1号', '武汉市人民政府办公厅', '2020-01-17')]),
    # fresh14 guangxi_luzhai-2019-fangxun-qiangxian-yingji-yuan-zhihuibu-wenjian (lines 1-13)
    ("a 指挥部's 红头 file under the page's column-tagged headline", '【灾害应急处置与救援】关于印发鹿寨县防汛抢险应急预案 (2019年修订)的通知\n鹿寨县防汛抗旱\n指 挥 部 文 件\n鹿防指字〔2019〕8号\n关于印发鹿寨县防汛抢险应急预案\n(2019年修订)的通知\n县防汛抗旱指挥部各成员单位,各有关单位:\n经县防汛抗旱指挥部同意,现将《鹿寨县防汛抢险应急预案(2019年修订)》印发给你们,请认真贯彻执行。\n鹿寨县防汛抗旱指挥部\n2019年6月10日\n鹿寨县防汛抢险应急预案\n(2019年修订)\n1 总则',
     [('关于印发鹿寨县防汛抢险应急预案(2019年修订)的通知', '鹿防指字〔2019〕8号', '鹿寨县防汛抗旱指挥部', '2019-06-10')]),
    # fresh14 gansu_longnan-2011-diwupi-nongye-chanyehua-zhongdian-longtou-qiye-mingdan (lines 1-9)
    ('a 领导小组办公室 over its 关于 title', '陇南市农业产业化协调工作领导小组办公室\n关于公布陇南市第五批农业产业化重点龙头企业名单的通知\n各县(区)农业产业化办公室,市直有关单位:\n为贯彻落实市委二届八次全委(扩大)会议精神,支持农业产业化经营和龙头企业发展,九县(区)农业产业化办公室和市直主管单位共推荐企业45户,市农业产业化协调工作领导小组办公室按照《陇南市农业产业化重点龙头企业申报认定和监测管理办法》规定进行初审,经市农业产业化协调工作领导小组认定,文县玉兰茶业有限公司等33家单位为陇南市第五批农业产业化重点龙头企业(名单附后)。\n希望被认定的龙头企业进一步发挥示范带动作用,积极投身全市农业特色产业开发,加强技术改造和技术进步,切实提高企业自主创新能力;大力发展农特产品精深加工,不断延伸产业链条;进一步完善与农户的利益联结机制,增强辐射带动能力,带动产业增效农民增收,为全面实现农业特色产业提质增效的奋斗目标做出更大贡献。\n各县(区)要按照《陇南市农业产业化重点龙头企业申报认定和监测管理办法》和《陇南市特色农业产业化重点龙头企业培育扶持办法》相关要求,采取有效措施,加大对农业产业化企业发展扶持力度,帮助更多的企业早日成长为市级农业产业化重点龙头企业。\n市农业产业化办公室对市级重点龙头企业实行动态管理,建立健全竞争和淘汰机制,做到有进有出。每两年开展一次监测,对于监测不合格的企业,将取消其市级农业产业化重点龙头企业资格。\n二O一一年九月二日\n陇南市第五批农业产业化重点龙头企业名单',
     [('陇南市农业产业化协调工作领导小组办公室关于公布陇南市第五批农业产业化重点龙头企业名单的通知', None, '陇南市农业产业化协调工作领导小组办公室', '2011-09-02')]),
    # fresh14 yunnan_anning-2021-tufa-zhongda-dongwu-yiqing-yingji-yuan-zhihuibu (lines 1-5)
    ('a 指挥部 opening its one-line title', '安宁市重大动物疫病防治指挥部关于印发安宁市突发重大动物疫情应急预案的通知\n各街道办事处、有关部门:\n《安宁市突发重大动物疫情应急预案》已由安宁市农业农村局修改完善,经市重大动物疫病防治指挥部研究同意,现印发给你们,请遵照执行。\n安宁市重大动物疫病防治指挥部\n2021年11月30日',
     [('安宁市重大动物疫病防治指挥部关于印发安宁市突发重大动物疫情应急预案的通知', None, '安宁市重大动物疫病防治指挥部', '2021-11-30')]),
    # fresh14 tianjin-2017-zhongwuran-tianqi-yingji-yuan-law-site (lines 1-17)
    ("a law database's headline with its year and status mark", '首页 > 法律法规 > 正文阅览\n\n天津市人民政府办公厅关于印发天津市重污染天气应急预案的通知(2017) 失效\n\n天津市人民政府办公厅关于印发天津市重污染天气应急预案的通知\n(津政办函〔2017〕107号)\n\n\n\n各区人民政府,各委、局,各直属单位:\n\n  经市人民政府同意,现将《天津市重污染天气应急预案》印发给你们,自发布之日起实施。\n\n天津市人民政府办公厅\n\n2017年10月16日\n',
     [('天津市人民政府办公厅关于印发天津市重污染天气应急预案的通知', '津政办函〔2017〕107号', '天津市人民政府办公厅', '2017-10-16')]),
    # fresh14 zhejiang_pujiang-2019-fangxun-fangtai-kanghan-yingji-yuan (lines 1-27)
    ("the organ line lost its place's first character", '当前位置: 首页\n>政务公开 >信息公开目录 >部门信息公开 >县政府办公室 >应急管理\n索引号: 330726ZF010000/2019-02448 文件编号: 浦政办发〔2019〕51号 发布机构: 县政府办公室\n生成日期: 2019-07-17 00:00:00 主题分类: 综合政务 组配分类: 应急管理\n公开形式: 网站 公开方式: 主动公开 公开范围: 面向全社会\n浦政办发〔2019〕51号 浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知\n发布日期:2019-07-17 17:09 浏览次数: 来源:浦江县人民政府办公室\n\n \n\n浦政办发〔201951\n\n \n\n \n\n江县人民政府办公室\n\n关于印发浦江县防汛防台抗旱\n\n应急预案的通知\n\n \n\n乡镇人民政府、街道办事处,县政府各部门:\n\n《浦江县防汛防台抗旱应急预案》已经县政府同意,现印发给你们,请认真组织实施。',
     [('浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知', '浦政办发〔2019〕51号', '浦江县人民政府办公室', '2019-07-17')]),
    # fresh14 shandong_huaiyin-2023-zhongwuran-tianqi-yingji-yuan-yifeizhi (lines 1-27)
    ('bare field values and a validity note between the page title and the header', '无障碍阅读 关怀版 返回首页\n政府信息公开\n槐荫区人民政府办公室关于印发槐荫区重污染天气应急预案的通知\n11370104597024629Y-A/2023-6526360\n环境监测、保护与治理\n槐政办字〔2023〕21号\n区政府办公室\n2023-12-15\n2023-12-15\n2024-11-20\n废止\n2024年11月20日,经区政府同意,修订后的《槐荫区重污染天气应急预案》印发。2023年12月15日印发的《槐荫区重污染天气应急预案》(槐政办字〔2023〕21号)同时废止。\n\n槐荫区人民政府办公室关于印发槐荫区重污染天气应急预案的通知\n\n字号:\n\n打印整页 打印内容 分享\n\n槐荫区人民政府办公室\n\n关于印发槐荫区重污染天气应急预案的通知\n\n槐政办字〔2023〕21号\n\n \n',
     [('槐荫区人民政府办公室关于印发槐荫区重污染天气应急预案的通知', '槐政办字〔2023〕21号', '槐荫区人民政府办公室', '2023-12-15')]),
    # fresh14 hunan_leiyang-2015-shengzhiguanxian-jingji-tizhi-gaige-shidian-fangan (lines 1-19, cut at 200 characters)
    # (the organ line over a title naming its own place is the banner: the plan's title as the gold has it)
    ('文号 broken after its bracket, year and count run together', '当前页面: 首页  > 政府信息公开 > 政务公开工作要点专栏 > 2016年政务公开工作要点 > 深化改革 > 经济社会政策\n\n耒阳市省直管县经济体制改革试点工作方案\n\n \n\n耒阳市人民政府\n\n耒阳市省直管县经济体制\n\n改革试点工作方案\n\n\n耒政发〔\n201527\n\n \n\n根据省委贯彻落实中央关于全面深化改革若干重大问题的决定的《实施意见》以及省委、省政府下发的《关于开展省直管县试点工作的意见》的通知精神,按照省委深改组关于开展湖南省直管县体制改革试点工作的部署,结合耒阳市市情,特制订耒阳市省直管县体制改革试点工作方案。',
     [('耒阳市省直管县经济体制改革试点工作方案', '耒政发〔2015〕27号', '耒阳市人民政府', None)]),
    # fresh14 hebei_zhangjiakou-2022-chengshi-jingxihua-guanli-wenming-chengshi-chuangjian-yijian (lines 1-6, cut at 260 characters)
    ("a 发布时间 only, the organ and date glued after the one-line notice's close", '张家口市人民政府办公室印发张家口市关于加强城市精细化管理助力全国文明城市创建工作的意见的通知\n政策\n发布部门:信息补充中\n发布时间:2022年03月18日\n有效性:有效\n各县、区人民政府,各管理区管委会,经开区管委会,市政府各部门,市直属各单位:《张家口市关于加强城市精细化管理助力全国文明城市创建工作的意见》已经市政府常务会议研究通过,现印发给你们,请认真抓好贯彻落实。 张家口市人民政府办公室 2022年3月17日 张家口市关于加强城市精细化管理助力全国文明城市创建工作的意见 为深入贯彻习近平总书记视察张家口重要指示精神,进一步提升城市精细化管理水平,助力全国文明城市创建工作,结合我市城市管理实际,提出如下意见。',
     [('张家口市人民政府办公室印发张家口市关于加强城市精细化管理助力全国文明城市创建工作的意见的通知', None, '张家口市人民政府办公室', '2022-03-17')]),
    # fresh14 zhejiang_jindong-2024-zhengfu-minsheng-shishi-renwu-fenjie-fangan (lines 1-90; the breadcrumb is a preamble of its own, titled by the file's name; the table's
    # heading read as a document of its own in a shorter excerpt, so the excerpt runs into the table's first rows)
    ('the page headline over its byline, naming no kind, the table heading under it', '首页\n>> 政务公开 >> 重点实事\n  • 信息索引号:\n\n    330703000000/2024-156900\n\n  • 体裁分类:\n\n  • 发布机构:\n\n    金东区人民政府\n\n  • 主题分类:\n\n  • 成文日期:\n\n    2024-03-29\n\n  • 公开方式:\n\n    主动公开\n\n2024年金东区政府民生实事项目\n\n发布时间: 2024-03-29 12:33 信息来源: 金东区人民政府 访问次数: 字体:[ ]\n\n2024年金东区政府民生实事任务分解方案\n\n序号\n\n事项分类\n\n事项名称\n\n项目内容\n\n牵头单位\n\n协同单位\n\n1\n\n打造区域教育高地\n\n新(改、扩)建一批中小学校\n\n实施新(改、扩)建中小学校5家。\n\n区教体局\n\n东孝街道\n\n孝顺镇\n\n傅村镇\n\n曹宅镇\n\n澧浦镇\n\n区发改局\n\n金义新区发展集团\n\n区城投集团\n\n区社发公司\n\n区资规分局\n\n2\n\n中小学校清廉阳光厨房建设\n\n对28所中小学校食堂安装数字化验收平台。\n\n区教体局\n\n/\n\n3\n\n“医”心为民工程\n\n新(改)建村卫生室\n\n新(改)建村卫生室80家。\n\n区卫健局\n',
     [('x', None, None, None), ('2024年金东区政府民生实事项目', None, '金东区人民政府', '2024-03-29')]),
    # fresh14 jilin_liaoyuan-2020-shipin-anquan-shigu-yingji-yuan (lines 1-27, cut at 160 characters)
    ('markup residue and the site emblem description over a bare title and its byline', '<legend id="h4sia"></legend><samp id="h4sia"></samp>\n<sup id="h4sia"></sup>\n<mark id="h4sia"><del id="h4sia"></del></mark>\n\n<p id="h4sia"><td id="h4sia"></td></p><track id="h4sia"></track>\n\n<delect id="h4sia"></delect>\n  • <input id="h4sia"><address id="h4sia"></address>\n\n    <menuitem id="h4sia"></menuitem>\n\n    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n      <wbr id="h4sia">\n    2. <meter id="h4sia"></meter>\n\n      <th id="h4sia"><center id="h4sia"><delect id="h4sia"></delect></center></th>\n    3. <dl id="h4sia"></dl>\n    4. <rp id="h4sia"><option id="h4sia"></option></rp>\n\n          市标图案以“辽”字为主创元素,用狂草手法演变出“旭日初升、祥龙飞天、神鹿跳跃、辽水奔腾”的形态造型,巧妙蕴含了龙山、辽水、鹿乡等辽源元素,寓意辽源充满活力、充满希望、蒸蒸日上,充分体现了“皇家鹿苑”、“东辽河畔明珠”厚重的历史文化底蕴和现代化城市魅力,展现出辽源人豪迈大气,敢为人先,创新发展,勇于开\n          整个市标简洁明快、动感十足、色彩标准采用红黄绿蓝渐变成五彩图腾,分别代表“五城辽源”,勾勒出辽源天蓝、日丽、水碧、山青的美丽画卷。\n\n        食品安全事故应急预案\n\n        发布时间:2020-11-26 11:01 信息来源:辽源市市场监督管理局\n\n          1 总 则 ',
     [('食品安全事故应急预案', None, '辽源市市场监督管理局', '2020-11-26')]),
    # docmeta18 national-1996-riben-yiqi-huaxue-wuqi-diaocha-tongzhi (lines 1-12, cut at 80 characters): two organs
    # apart by 、 on one line over the 关于 lines; the title keeps the 、 as printed
    ('joint organs apart by 、 on their line over the 关于 lines', '索 引 号：\t000014349/1996-00077\t主题分类：\t国防\\国防动员\n发文机关：\t国务院办公厅、中央军委办公厅\t成文日期：\t1996年06月29日\n标 题：\t国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知\n发文字号：\t国办发〔1996〕25号\t发布日期：\t2018年12月24日\n主 题 词：\n\n国务院办公厅、中央军委办公厅\n关于加强对侵华日军遗弃化学武器\n调查和管理工作的通知\n国办发〔1996〕25号\n北京市、天津市、河北省、山西省、内蒙古自治区、辽宁省、吉林省、黑龙江省、上海市、江苏省、浙江省、安徽省、福建省、江西省、山东省、河南省、湖北省、湖南省、广东省、\n日本军国主义在侵华战争中，公然违背国际法准则，使用化学武器，毒害中国军队和无辜民众。',
     [('国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知', '国办发〔1996〕25号', '国务院办公厅、中央军委办公厅', '1996-06-29')]),
    # fresh18 gansu_zhuoni-2022-zhengce-wenjian-jiedu-gongzuo-zhidu-converter-pipe (lines 1-19, a mirror's converter copy,
    # https://www.negevfu.com.cn/info/2335/24069.htm): blank pipe rows over a byline whose 作者 is the county's office
    # (no 来源 printed), then the rule's title run into its first article on one line
    ("a rule's title run into its first article, the office as the byline's 作者", '|\n|\n|\n|\n||||||||||\n|\n||||||||||\n|\n||||||||||\n|\n|\n|\n|\n|\n|\n|\n時間:2022-08-16 作者:卓尼縣人民政府辦公室 點擊數(shù): |\n|\n卓尼縣政策文件解讀工作制度(試行)第一條 為規(guī)范縣政府及其部門政策文件解讀工作,引導人民群眾和社會各界準確理解政策,根據(jù)《中華人民共和國政府信息公開條例》和省州縣關于全面推進政務公開工作文件精神,結合卓尼實際,制定本制度。 第二條 縣政府辦負責推進、指導、協(xié)調、督促全縣行政機關政策文件解讀工作。縣政府相關部門按照職能職責,積極推進政策文件解讀相關工作。 第三條 政策文件解讀工作堅持“誰起草、誰解讀”的原則,政策文件解讀由起草部門負責組織實施解讀;由多個部門共同起草的,由牽頭部門負責組織實施政策解讀。',
     [('卓尼县政策文件解读工作制度(试行)', None, '卓尼县人民政府办公室', '2022-08-16')]),
    # fresh18 zhejiang_yongkang-2008-mingming-biaozhang-xin-wushibai-qiye-jueding-pipe (lines 1-3, a regional information
    # site's copy, the 朗读 button over the title's pipe row): the whole decision in one cell, its 文号 before the organ and
    # the title again, the date in Chinese numerals after the body's closing exclamation
    ("the whole notice in one cell under the page's title, the date after its closing exclamation", '朗读\n| 永康市人民政府关于命名和表彰新“五十百”企业的决定 | |\n| 永政发〔2008〕23号 永康市人民政府 关于命名和表彰新“五十百”企业的决定 各镇人民政府、街道办事处,经济开发区管委会,城西新区管委会,市府各部门: 根据永委〔2007〕6号文件精神,经审定,决定命名铁牛集团有限公司、天河集团有限公司等5家企业分别为“航母”、“巨人”企业,并给予技改资金奖励: 一、“航母”企业1家 铁牛集团有限公司。 二、“巨人”企业4家 天河集团有限公司,星月集团有限公司,步阳集团有限公司,群升集团有限公司。 铁牛集团有限公司首次同时达到“航母”(销售收入20亿元以上,纳税总额6000万元以上)、“巨人”(销售收入10亿元以上,纳税总额3000万元以上)企业标准,奖励技改资金300万元;天河集团有限公司首次达到“巨人”企业标准,奖励技改资金100万元;星月集团有限公司、步阳集团有限公司和群升集团有限公司已分别于2005年(永“五十百”办〔2005〕1号)和2006年(永“五十百”办〔2006〕1号文件)给予奖励,此次不再重复给奖。 望以上企业再接再厉,不断开拓进取,以科学发展观为指导,积极推行工业创新,为我市经济社会又好又快发展做出新的更大的贡献! 二○○八年二月二十九日 |',
     [('永康市人民政府关于命名和表彰新“五十百”企业的决定', '永政发〔2008〕23号', '永康市人民政府', '2008-02-29')]),
    # fresh18 qinghai-jinrong-gaige-fazhan-ruogan-zhengce-cuoshi-tongzhi-spaced-chars (lines 1-9, cut before the signature):
    # a document site's transcription of a PDF, a space between every character, its English site lines ("- 9 years ago")
    # over the first page printed as one line: page number, red-head banner, the title, the 文号 with its digits lost,
    # then the 主送; the title names the issuer
    ("a transcribed PDF's first page on one line, the number's digits lost", '标题\n|\n|\n|\n- 屯 狄\n- 9 years ago\n- Views:\nTranscription\n1 省 政 府 文 件 青 海 省 人 民 政 府 关 于 印 发 青 海 省 深 入 推 动 金 融 改 革 发 展 若 干 政 策 措 施 的 通 知 青 政 号 各 市 自 治 州 人 民 政 府 ꎬ 省 政 府 各 委 办 厅 局 : 彻 执 行 ꎮ «青 海 省 深 入 推 动 金 融 改 革 发 展 的 若 干 政 策 措 施»ꎬ 已 经 省 政 府 同 意 ꎬ 现 印 发 给 你 们 ꎬ 请 认 真 贯',
     [('青海省人民政府关于印发青海省深入推动金融改革发展若干政策措施的通知', None, '青海省人民政府', None)]),
    # guard: a sentence citing a rule's article opens no title
    ("a sentence citing a rule's first article is no title", '首页 > 政务公开\n依照本办法第一条的规定，县政府办负责推进、指导、协调、督促全县行政机关政策文件解读工作，县政府相关部门按照职能职责，积极推进政策文件解读相关工作，政策文件解读工作坚持谁起草谁解读的原则。',
     [('x', None, None, None)]),
    # docmeta18 national-2018-zhuanli-daili-tiaoli-ling (lines 1-23): the order page under the fields, cell per line
    ("a State Council order's page: the 文号 field holds the order's number", '索 引 号：\n000014349/2018-00206\n主题分类：\n科技、教育\\知识产权\n发文机关：\n国务院\n成文日期：\n2018年11月06日\n标 题：\n专利代理条例\n发文字号：\n国令第706号\n发布日期：\n2018年11月19日\n主 题 词：\n\n中华人民共和国国务院令\n第706号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n总理\u3000\u3000李克强\n2018年11月6日\n专利代理条例',
     [('专利代理条例', '国令第706号', '国务院', '2018-11-06')]),
    # fresh22 zhejiang_jinhua-2010-banli-renda-jianyi (http://law528.infoeach.com/view-NTI4fDkxMDk2.html, real): the law
    # site's headline in full over its byline, the document's own copy of the title cut short before its kind: one
    # document, titled in full (the headline is no preamble of its own, whose issuer was its title's cut
    # "关于印发金华市人民政府" and its date the site's posting 时间)
    ("a law site's headline over the document's title cut short", "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知\n\n"
     "作者:法律资料网 时间:2024-07-12 20:48:31   浏览:9581   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知\n\n浙江省金华市人民政府办公室\n\n\n"
     "关于印发金华市人民政府办理人大代表建议\n\n金政办发〔2010〕15号\n\n\n各县(市、区)人民政府,市政府各部门:\n"
     "《金华市人民政府办理人大代表建议和政协提案工作规则》已经市政府第103次常务会议研究同意,现印发给你们,请按照执行。\n\n\n"
     "金华市人民政府办公室\n二○一○年四月七日",
     [("关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知", "金政办发〔2010〕15号", "金华市人民政府办公室",
       "2010-04-07")]),
    # fresh22 neimenggu_baotou-2001-zhiding-difangxing-fagui-tiaoli-lawsite (real, the same law site): 颁布日期 and 颁布单位
    # (the standing committee's promulgation) over a 【题注】 adoption line naming the congress that adopted it: the
    # adoption dates it and its congress issued it, 届 as printed
    ("a law site's 颁布 fields over a 【题注】 adoption line", "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n"
     "包头市人民代表大会及其常务委员会制定地方性法规条例\n\n"
     "作者:法律资料网 时间:2024-07-22 05:37:26  浏览:9174   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "包头市人民代表大会及其常务委员会制定地方性法规条例\n\n内蒙古自治区包头市人大常委会\n\n\n"
     "包头市人民代表大会及其常务委员会制定地方性法规条例\n\n颁布日期:2001-6-3\n实施日期:2001-8-1\n"
     "颁布单位:包头市人民代表大会常务委员会\n\n\n"
     "【题注】 (2001年4月29日包头市第十一届人民代表大会第四次会议通过 2001年6月3日内蒙古自治区第九届人民代表大会常务委员会"
     "第二十三次会议批准)\n【章名】 第一章 总则\n"
     "第一条 为了规范包头市人民代表大会及其常务委员会的立法活动,完善立法程序,提高立法质量,结合本市实际,制定本条例。",
     [("包头市人民代表大会及其常务委员会制定地方性法规条例", None, "包头市第十一届人民代表大会", "2001-04-29")]),
    # docmeta28 (real law-site pages, lines as printed): the page prints the 关于 title, the organ's imprint, the title again
    # (law601.infoeach.com, 上海 建委; law955.infoeach.com, 交通运输部): the imprint issues it, the title is printed without it
    ("a law site's heading, its organ, the heading again (a commission)",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发《上海市文明工地(场站)管理规定》的通知\n\n"
     "时间:2024-05-17 17:46:36 来源: 法律资料网 作者:法律资料网 阅读:8471\n下载地址: 点击此处下载\n\n"
     "关于印发《上海市文明工地(场站)管理规定》的通知\n\n上海市建设和管理委员会\n\n\n"
     "关于印发《上海市文明工地(场站)管理规定》的通知\n\n沪建建[2003]89号\n\n\n"
     "各区(县)建委(建设局),各有关局(集团、总公司),各外省市沪办建管处:\n\n"
     "现将《上海市文明工地(场站)管理规定》印发给你们,请按照执行。原规定同时废止。\n\n \n\n"
     "上海市建设和管理委员会\n\n二○○三年二月二十一日\n",
     [("关于印发《上海市文明工地(场站)管理规定》的通知", "沪建建〔2003〕89号", "上海市建设和管理委员会", "2003-02-21")]),
    ("a law site's heading, its organ, the heading again (a ministry)",
     "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n"
     "关于2009年全国交通运输系统纠风工作的实施意见\n\n作者:法律资料网 时间:2024-07-12 12:16:55  浏览:9435   来源:法律资料网\n"
     "下载地址: 点击此处下载\n\n关于2009年全国交通运输系统纠风工作的实施意见\n\n交通运输部\n\n\n"
     "关于2009年全国交通运输系统纠风工作的实施意见\n\n交监察发[2009]94号  \n\n\n"
     "各省、自治区、直辖市、新疆生产建设兵团交通厅(局、委),天津市市政公路管理局,部属各单位,部内各单位:\n\n"
     "  根据2009年全国交通运输系统廉政工作电视电话会议的部署和要求,现提出全国交通运输系统2009年纠风工作实施意见。\n",
     [("关于2009年全国交通运输系统纠风工作的实施意见", "交监察发〔2009〕94号", "交通运输部", None)]),
    # (negative: an organ line over its 关于 title with no copy of the title above it is the title's first line)
    ("an organ line over its 关于 title, no heading above: the title's first line",
     "交通运输部\n\n关于2009年全国交通运输系统纠风工作的实施意见\n\n交监察发[2009]94号\n\n"
     "各省、自治区、直辖市交通厅(局、委):\n\n现提出全国交通运输系统2009年纠风工作实施意见。\n",
     [("交通运输部关于2009年全国交通运输系统纠风工作的实施意见", "交监察发〔2009〕94号", "交通运输部", None)]),
    # docmeta28 law511.infoeach.com (铁道部) and law129.infoeach.com (最高人民法院司法行政厅): the law site's dateline
    # `date,organ` under a rule's heading dates it; a ministry alone under a rule's title is its imprint
    ("a law site's `date,organ` dateline and a ministry's imprint under a rule's title",
     "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n铁路货物集装化用具准运证管理办法\n\n"
     "作者:法律资料网 时间:2024-07-01 13:16:35  浏览:8817   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "铁路货物集装化用具准运证管理办法\n\n铁道部\n\n\n铁路货物集装化用具准运证管理办法\n\n1990年3月10日,铁道部\n\n"
     "第1条 为了加强集装化运输质量管理,确保行车、货物、人身安全,特制定本办法。\n"
     "第2条 在铁路货物运输中,用于将散装、小件包装货物组成特定单元后运输的用具称为集装化用具。\n",
     [("铁路货物集装化用具准运证管理办法", None, "铁道部", "1990-03-10")]),
    ("a law site's `date,organ` dateline over a reply letter",
     "最高人民法院司法行政厅关于侄子女代位继承权问题的复函\n\n最高人民法院司法行政厅\n\n\n"
     "最高人民法院司法行政厅关于侄子女代位继承权问题的复函\n\n1964年2月10日,最高法院司法行政厅\n\n"
     "此点由你们酌定,并告诉申诉人。\n",
     [("最高人民法院司法行政厅关于侄子女代位继承权问题的复函", None, "最高人民法院司法行政厅", "1964-02-10")]),
    # docmeta28 law633.infoeach.com: the president's order, its session in the number, promulgating a law the standing
    # committee (the site's imprint) made
    ("a law's name, the congress's imprint, the president's order with its session",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n中华人民共和国国家通用语言文字法\n\n"
     "时间:2024-04-29 19:28:23 来源: 法律资料网 作者:法律资料网 阅读:9237\n下载地址: 点击此处下载\n\n"
     "中华人民共和国国家通用语言文字法\n\n全国人民代表大会常务委员会\n\n\n中华人民共和国主席令(九届第37号)\n\n"
     "《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日通过,"
     "现予公布,自2001年1月1日起施行。\n\n                 中华人民共和国主席 江泽民\n                         2000年10月31日\n",
     [("中华人民共和国国家通用语言文字法", "中华人民共和国主席令(九届第37号)", "全国人民代表大会常务委员会", "2000-10-31")]),
    # docmeta28 law770.infoeach.com: "省人民政府关于…" under the law site's imprint "湖北省人民政府": the imprint places it
    ("a title naming its organ 省人民政府 under the province's imprint",
     "省人民政府关于印发湖北省信访事项复查复核办法的通知\n\n湖北省人民政府\n\n\n"
     "省人民政府关于印发湖北省信访事项复查复核办法的通知\n\n\n\n  各市、州、县人民政府,省政府各部门:\n\n"
     "  现将《湖北省信访事项复查复核办法》印发给你们,请结合工作实际,认真贯彻执行。\n\n\n\n\n  2011年10月9日\n",
     [("省人民政府关于印发湖北省信访事项复查复核办法的通知", None, "湖北省人民政府", "2011-10-09")]),
    # docmeta28 gy.jiceng.zhengzhou.gov.cn (巩义): a grassroots page's bare values (publisher with its level, two dates)
    # under its banner are the page's fields, no document of their own
    ("a grassroots page's bare values over the document",
     "巩义市基层政务公开\n巩义市自然资源和规划局 县级\n2023-02-24 2023-02-24\n"
     "巩义市人民政府关于拟征收竹林镇镇集体镇东街社区居民委员会石鼓街社区居民委员会土地的预公告\n\n"
     "巩政征预告字〔2023〕第5号\n\n竹林镇镇集体、镇东街社区居民委员会、石鼓街社区居民委员会:\n\n"
     "为实施年度土地利用计划,巩义市人民政府拟征收竹林镇镇集体集体土地2.8593公顷,现将有关事项公告如下:\n\n"
     "特此公告。\n\n2023年2月24日\n",
     [("巩义市人民政府关于拟征收竹林镇镇集体镇东街社区居民委员会石鼓街社区居民委员会土地的预公告", "巩政征预告字〔2023〕第5号",
       "巩义市人民政府", "2023-02-24")]),
    # fresh25 quanguo-2011-gongxiao-zongshe (real, rcre.agri.cn/zcwj/zcfg/202106/t20210608_7696294.htm): a national
    # organ opening the title (no place), then the page's fields and text tools (字体 / 打印) over the 文号
    ("a national organisation's title, page fields and text tools over the number",
     "中华全国供销合作总社关于公布2011年“农民专业合作社示范社”名单的通知\n日期:2011-03-02\n来源:中国农经信息网\n"
     "作者:中华全国供销合作总社\n字体:\n打印\n供销厅合字〔2011〕29号\n各省、自治区、直辖市及新疆生产建设兵团供销合作社:\n"
     "为贯彻落实《国务院关于加快供销合作社改革发展的若干意见》(国发〔2009〕40号)精神,总社决定开展示范社建设活动。\n",
     [("中华全国供销合作总社关于公布2011年“农民专业合作社示范社”名单的通知", "供销厅合字〔2011〕29号", "中华全国供销合作总社",
       "2011-03-02")]),
    # fresh25 jiangsu_taizhou-2017 (real, bjltl.com.cn/baike/tzsfwaqgltlssxz6213589): an encyclopedia's heading and its
    # infobox, two fields a line without colons (中文名, 颁布时间, 实施时间, 发布单位): one document, titled by 中文名
    # (the bare serial `第 6 号` is left unread: fresh21's gansu gold keeps such a serial as printed, fresh25's gold
    # writes it as the issuer's 令 number)
    ("an encyclopedia's infobox fields run two to a line under its heading",
     "《泰州市房屋安全管理条例》实施细则基本信息\n\n中文名 《泰州市房屋安全管理条例》实施细则 颁布时间 2017年12月19日\n"
     "实施时间 2018年3月1日 发布单位 泰州市人民政府\n\n第 6 号\n\n"
     "《〈泰州市房屋安全管理条例〉实施细则》于2017年12月4日经市政府第9次常务会议审议通过,现予公布,自2018年3月1日起施行。\n\n"
     "市长:史立军\n\n2017年12月19日\n",
     # (the bare serial is the 发布单位 government's decree, as fresh25's gold records it)
     [("《泰州市房屋安全管理条例》实施细则", "泰州市人民政府令第6号", "泰州市人民政府", "2017-12-19")]),
    # fresh27 quanguo_fagaiwei-2022-guojia-qiye-jishu-zhongxin-28pi-tongzhi (lines 18-25, https://tj.feibaos.com/news/info/
    # 72851.html): a joint notice's one-line title naming its first organ and 等部门, its 文号 under it: the notice's own
    # header, the first organ its issuer (a trailing 等 is no part of a name)
    ("a joint notice's title naming its first organ and 等部门, the 文号 under it",
     "国家发展改革委等部门关于印发2021年(第28批)新认定及全部国家企业技术中心名单的通知\n\n发改高技〔2022〕158号\n\n\n"
     "各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、工业和信息化厅(经济和信息化委)、科技厅(委、局)、财政厅(局),"
     "海关总署广东分署、天津特派办、上海特派办、各直属海关,国家税务总局各省、自治区、直辖市和计划单列市税务局,财政部各地监管局,"
     "国家税务总局驻各地特派员办事处:\n\n  根据《国家企业技术中心认定管理办法》(国家发展改革委、科技部、财政部、海关总署、税务总局"
     "2016年第34号令),经审定,现将2021年(第28批)新认定国家企业技术中心名单及全部国家企业技术中心名单通知如下。\n",
     [("国家发展改革委等部门关于印发2021年(第28批)新认定及全部国家企业技术中心名单的通知", "发改高技〔2022〕158号",
       "国家发展改革委", None)]),
    # fresh10 tianjin-2022-guowuyuan-gongzuo-baogao-fengong-news (lines 1-3, real): the same wording as a news item's
    # related link, cut short, no 文号 under it: no header of its own
    ("the same wording as a related link, no 文号 under it",
     "国家发展改革委等部门关于印发《电解铝行业节能降碳专项行动计划》的\n天津深入打好污染防治攻坚战 实施“1+3+8”行动计划\n"
     "环保网获悉,5月10日,天津市人民政府发布了《关于落实国务院重点工作任务分工的通知》,提出加强生态环境综合治理。\n",
     [("天津深入打好污染防治攻坚战实施“1+3+8”行动计划", None, None, None)]),
    # fresh27 hunan_changde-2025-longtou-qiye-rending-banfa-tongshi-feizhi (line 1, cut, https://www.chacewang.com/
    # newsdetail/news864303.html): a policy site's digest on one line, the organ and the date glued before the rule's
    # title, its first chapter's heading between the title and its first article
    ("a rule's title after its organ and date, run into its first chapter",
     "常德市农业农村局2025年7月1日常德市农业产业化市级龙头企业认定和运行监测管理办法第一章总则第一条为进一步规范和加强我市农业"
     "产业化市级龙头企业(以下简称市级龙头企业)认定和运行监测工作,参照省农业农村厅印发的《湖南省农业产业化省级龙头企业认定和运行"
     "监测管理办法》(湘农发〔2025〕22号),第五条市级龙头企业申报认定和运行监测工作由市农业农村局负责组织,《常德市农业产业化市级"
     "龙头企业认定和运行监测管理办法》(常农发〔2020〕23号)同时废止。",
     [("常德市农业产业化市级龙头企业认定和运行监测管理办法", None, "常德市农业农村局", "2025-07-01")]),
    # (guard, constructed) words before the date that name no organ: no title glued there
    ("words before a date naming no organ, a rule's first chapter after",
     "为进一步加强和规范管理工作2025年7月1日起施行的管理办法第一章总则第一条为进一步规范和加强我市农业产业化市级龙头企业认定"
     "和运行监测工作,制定本办法,现予发布,请各单位遵照执行,有关事项另行通知,特此说明情况如上。",
     [("x", None, None, None)]),
    # fresh27 jiangsu_gongxinting-2022-shengji-qiye-jishu-zhongxin-mingdan (lines 1-30, cut, https://sz-hzd.cn/index.php?
    # a=detail&c=article&id=112): five departments of the province sign one a line, each named by its level alone
    ("a province's departments signing one a line, named by their level alone",
     "关于公布2022年省级企业技术中心名单的通知\n发布时间:2022-09-20\n\n"
     "各设区市工信局、发改委、科技局、财政局、税务局,各有关县(市)工信局,各有关单位:\n\n"
     "被认定为省级企业技术中心的企业要以此为契机,充分发挥企业技术中心在促进企业技术创新工作中的作用。\n\n"
     "附件:2022年省级企业技术中心名单\n\n" + "".join(f"{' ' * 36}{o}\n\n" for o in ("省工业和信息化厅", "省发展和改革委",
                                                                          "省科学技术厅", "省财政厅", "省税务局"))
     + "                                 2022年8月22日\n",
     [("关于公布2022年省级企业技术中心名单的通知", None, "省工业和信息化厅、省发展和改革委、省科学技术厅、省财政厅、省税务局",
       "2022-08-22")]),
    # (guard, constructed) a level-only organ over a signer that names its place: not the same level, not read
    ("a level-only organ over a signer naming its place",
     "关于公布2022年省级企业技术中心名单的通知\n\n各设区市工信局:\n\n请认真做好工作。\n\n省财政厅\n\n江苏省税务局\n\n2022年8月22日\n",
     [("关于公布2022年省级企业技术中心名单的通知", None, "江苏省税务局", "2022-08-22")]),
    # fresh27 quanguo_nongyebu-2011-shoupi-hezuoshe-shifanshe-minglu (lines 1-8, cut, http://wisor.cc/policy/show.php?
    # from=client&itemid=45684): twelve ministries' offices sign over three lines, set apart by 、, under no title: the
    # signature names the issuers and is no title (the file's name stands for it)
    ("twelve offices signing over three lines, apart by 、, no title printed",
     "各省、自治区、直辖市、计划单列市、新疆生产建设兵团农业(农牧、农村经济)厅(委、办、局),发展改革委:\n"
     "为深入推进农民专业合作社示范社建设行动,现将首批农民专业合作社示范社名录予以公布。\n附件:首批农民专业合作社示范社名录(福建省)\n"
     "农业部办公厅、发展改革委办公厅、教育部办公厅、科技部办公厅\n司法部办公厅、财政部办公厅、水利部办公厅、商务部办公厅\n"
     "税务总局办公厅、质检总局办公厅、统计局办公室、银监会办公厅\n二○一一年十一月十八日\n",
     [("x", None, "农业部办公厅、发展改革委办公厅、教育部办公厅、科技部办公厅、司法部办公厅、财政部办公厅、水利部办公厅、商务部办公厅、"
                  "税务总局办公厅、质检总局办公厅、统计局办公室、银监会办公厅", "2011-11-18")]),
    # (guard, constructed) a line of offices ending in 等部门 and their people signs nothing
    ("offices apart by 、 ending in 等部门 are no signature",
     "各县农业农村局:\n请做好示范社建设工作。\n附件:示范社名录\n农业部办公厅、发展改革委办公厅等部门有关负责同志\n二○一一年十一月十八日\n",
     [("农业部办公厅、发展改革委办公厅等部门有关负责同志", None, None, "2011-11-18")]),
]


@pytest.mark.parametrize("what,text,want", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_styles(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.issuer, d.date) for d in issue.documents] == want


def test_a_law_sites_organ_and_title_again_over_the_number():
    # fresh7 liaoning_shenyang-guli-huaqiao-touzi-guiding-law: a law site's fields, then its organ and the title again
    # over the decree's 文号 (only the title and 文号 are this layout's; the site's time is no signing date)
    text = ("沈阳市鼓励华侨、港澳同胞投资的规定\n\n"
            "作者:法律资料网 时间:2024-07-22 14:39:19   浏览:9201   来源:法律资料网\n\n下载地址: 点击此处下载\n\n"
            "沈阳市鼓励华侨、港澳同胞投资的规定\n\n辽宁省沈阳市人民政府\n\n\n沈阳市鼓励华侨、港澳同胞投资的规定\n\n沈政令[1997]29号\n\n\n"
            "第一条 为鼓励华侨、港澳同胞来我市投资兴办企业,根据国务院有关规定,结合我市实际情况,制定本规定。")
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    assert [(d.title, d.doc_number) for d in docs] == [("沈阳市鼓励华侨、港澳同胞投资的规定", "沈政令〔1997〕29号")]


# fresh34 shanxi-zhongdian-jianshe-xiangmu-guanli-banfa-1991 (a 法律资料网 copy): the title printed three times, the site's
# issuer line under the second, the document's own organ line in short form (山西省政府) under the third, then its 文号
_SHANXI_1991 = ("山西省重点建设项目管理办法\n\n作者:法律资料网 时间:2024-05-29 00:13:44   浏览:8859   来源:法律资料网\n"
                "下载地址: 点击此处下载\n\n山西省重点建设项目管理办法\n\n山西省人民政府\n\n\n山西省重点建设项目管理办法\n{organ}\n"
                "晋政发[1991]33号\n\n\n为了保证重点建设项目按合理工期组织建设,提高经济效益,根据国家对基本建设管理的有关规定,特制定本办法:\n"
                "第一条 为了加强对全省重点建设项目的统一领导和集中管理,省政府设立重点工程建设领导组。下设办公室。")


@pytest.mark.parametrize("organ,number", [
    ("山西省政府", "晋政发〔1991〕33号"),  # the organ line in short form
    ("山西省人民政府", "晋政发〔1991〕33号"),  # and in full
    # (guard: a sentence between the title and a number is the body's, its number cited, never the document's)
    ("根据省政府有关规定办理", None),
])
def test_a_law_sites_title_thrice_over_a_short_organ_and_the_number(organ, number):
    docs = segment_issue(normalize_lines(_SHANXI_1991.format(organ=organ)), "x.txt").documents
    assert [(d.title, d.doc_number) for d in docs] == [("山西省重点建设项目管理办法", number)]


def test_an_excerpt_opening_with_its_number_and_date_line():
    # fresh6 jiangxi_yichun-lvyouye-gaozhiliang-yijian: the excerpt opens on the 文号 and signing date (no title printed):
    # they are the document's, and the line is no title
    text = ("宜府办发〔2022〕38号 2022年9月27日\n"
            "宜春经济技术开发区管委会,各县(市、区)人民政府,宜阳新区管委会、明月山温泉风景名胜区管委会,市直有关单位:\n"
            "经第27次市政府常务会研究同意,现将《关于推进旅游业高质量发展的实施意见(2022—2025年)》印发给你们,请认真组织实施。")
    docs = segment_issue(normalize_lines(text), "yichun.txt").documents
    assert [(d.doc_number, d.date) for d in docs] == [("宜府办发〔2022〕38号", "2022-09-27")]
    assert "38号" not in docs[0].title


def test_a_line_about_something_in_running_text_is_not_a_header():
    text = "某县人民政府关于加强安全生产工作的通知\n某政发〔2023〕5号\n各乡镇：\n\n关于做好防汛工作，各单位要加强值守。\n"
    assert len(segment_issue(normalize_lines(text), "x.txt").documents) == 1


@pytest.mark.parametrize("printed,date", [("202626", "2026-02-06"), ("2022827日", "2022-08-27"), ("2020928", "2020-09-28"),
                                          ("20221012", "2022-10-12"), ("2023105", "2023-10-05"),
                                          ("2022111", None), ("2022100", None), ("20230", None)])
def test_stripped_signing_dates_read_only_when_one_split_is_a_date(printed, date):
    """A signing date whose 年月日 the page dropped (other_districts_fresh2 anhui_huoqiu: "2022827日"): 1/11 or
    11/1 cannot be told apart, and neither part is printed with a leading zero."""
    from kg.parse.signature import _short_stripped

    assert _short_stripped(printed) == date


# real titles (file named per row): a tag naming a column or programme is the page's section, not the title (fresh30,
# fresh35), and so is a tag whose words the headline repeats, or a 解读 tag over a reading that names its reader (fresh5);
# a tag saying what the page is stays (fresh2, fresh4, docmeta47, fresh17)
COLUMN_TAGS = [
    # fresh5 heilongjiang_pingfang-zhengfu-gongzuo-baogao
    ("【政府工作报告】2020年政府工作报告(2019年工作完成情况及2020年工作安排)", "2020年政府工作报告(2019年工作完成情况及2020年工作安排)"),
    # fresh5 jiangxi_donghu-zhengfu-gongzuo-baogao-zhaoshang
    ("【东湖区招商】2015年东湖区政府工作报告", "2015年东湖区政府工作报告"),
    # fresh5 shaanxi_yanta-yanglaoyuan-zhuanban-jiedu
    ("【领导解读】西安市雁塔区民政局局长曹颖解读《关于印发〈雁塔区公办示范性养老院项目推进工作专班实施方案〉的通知》",
     "西安市雁塔区民政局局长曹颖解读《关于印发〈雁塔区公办示范性养老院项目推进工作专班实施方案〉的通知》"),
    # fresh30 yunnan_xianggelila-2020-gezan-shijiansuo-yesheng-dongwu-zhengzhi: a news column's name
    ("【工作动态】格咱市场监督管理所开展疫情期间野生动保护专项整治行动", "格咱市场监督管理所开展疫情期间野生动保护专项整治行动"),
    ("【部门动态】园区分局“内部综合查”护航万家灯火", "园区分局“内部综合查”护航万家灯火"),
    # a programme's name as the column (fresh35 anhui_guichi-qinglong-xiang-huliyuan-gongzuo-xiaojie-2022q1; and
    # www.sixian.gov.cn/public/25592/155659721.html, "正在阅读:【河长制政策落实】丁湖镇巡河工作具体要求")
    ("【林长制】青龙乡2022年1季度护林员工作小结", "青龙乡2022年1季度护林员工作小结"),
    ("【河长制政策落实】丁湖镇巡河工作具体要求", "丁湖镇巡河工作具体要求"),
    # guards, kept: fresh2 chongqing_rongchang-laobao-chengxin-news, hunan_fenghuang-nongye-jiedu-qa,
    # anhui_jingxian-yibao-jiedu-meta; fresh4 anhui_langxi-qiancun-wancun-zhuanzai-meta-twice
    ("【喜讯】荣昌173户企业获评市级劳动保障守法诚信A级企业", "【喜讯】荣昌173户企业获评市级劳动保障守法诚信A级企业"),
    ("【文字解读】凤凰县人民政府办公室关于印发《凤凰县农业发展专项资金使用管理办法》的通知",
     "【文字解读】凤凰县人民政府办公室关于印发《凤凰县农业发展专项资金使用管理办法》的通知"),
    ("【部门解读】《关于做好2020年城乡居民基本医疗保险费征缴工作的通知》的政策解读",
     "【部门解读】《关于做好2020年城乡居民基本医疗保险费征缴工作的通知》的政策解读"),
    # fresh42 fujian_quanzhou-quangang-2022-guifanxing-wenjian-qingli-jieguo-jiedu: a tag naming only the reading's medium
    # over a headline that names itself a reading (…的政策解读): the headline says it already
    ("【文字解读】关于泉州市泉港区人民政府关于公布2022年度规范性文件清理结果的通告的政策解读",
     "关于泉州市泉港区人民政府关于公布2022年度规范性文件清理结果的通告的政策解读"),
    ("【上级文件转载】中共郎溪县委 郎溪县人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见",
     "【上级文件转载】中共郎溪县委 郎溪县人民政府关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的实施意见"),
    # docmeta47 anhui_bozhou_guantang-2019-yingyang-gaishan-jihua-, anhui_huaishang-2022-linzhangzhi-gaige-shishi-yiji
    # (a traditional copy)
    ("【转发上级】农村义务教育学生营养改善计划国家及地方试点县名单", "【转发上级】农村义务教育学生营养改善计划国家及地方试点县名单"),
    ("【公眾征集】關于《淮上區深化新一輪林長制改革實施意見》公開征求意見的通知",
     "【公眾征集】關于《淮上區深化新一輪林長制改革實施意見》公開征求意見的通知"),
    ("【文字解讀】鳳凰縣人民政府辦公室關於印發《鳳凰縣農業發展專項資金使用管理辦法》的通知",  # its s2twp copy
     "【文字解讀】鳳凰縣人民政府辦公室關於印發《鳳凰縣農業發展專項資金使用管理辦法》的通知"),
]


@pytest.mark.parametrize("printed,title", COLUMN_TAGS)
def test_a_column_tag_is_not_the_title(printed, title):
    from kg.parse.header_lines import drop_column_tag

    assert drop_column_tag(printed) == title


def test_a_link_list_under_a_reading_is_not_its_title():
    # fresh5 shaanxi_yanta-yanglaoyuan-zhuanban-jiedu: "相关链接:…" is a link, not a headline led by a place
    text = ("【领导解读】西安市雁塔区民政局局长曹颖解读《关于印发〈雁塔区公办示范性养老院项目推进工作专班实施方案〉的通知》\n\n"
            "相关链接:关于《雁塔区公办示范性养老院项目推进工作专班实施方案的通知》的政策图解\n\n"
            "一、起草背景\n\n为进一步加快雁塔区公办示范性养老院项目的建设落地进程,强化统筹推进力度,经区政府研究,决定成立工作专班。")
    titles = [d.title for d in segment_issue(normalize_lines(text), "x.txt").documents]
    assert titles == ["西安市雁塔区民政局局长曹颖解读《关于印发〈雁塔区公办示范性养老院项目推进工作专班实施方案〉的通知》"]


# real title lines (file named per row, fresh5): a page's validity mark after the title is not part of it, and a 文号
# glued before the title (one organ or two issuing jointly) is read once the mark is off
UNGLUED = [
    # docmeta47 shandong_binzhou-2020-mingxiaozhang-peiyang-fangan-han-doc-share-glued (line 1, real, the title's part; the
    # chunk's text runs on after it): a sharing site's chunk number, then the 文号 with its brackets stripped glued before
    # the title: the number and the site's index are no part of the title
    ("1、滨教函202011号滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知",
     ("滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知", "滨教函〔2020〕11号")),
    # (guard, constructed) a numbered list's title with no 文号 after its index keeps its index
    ("1、关于印发某县2020年工作要点的通知", ("1、关于印发某县2020年工作要点的通知", None)),
    # liaoning_panjin-liaodongwan-xinqu-zhize-feizhi-meta (its 标题 field)
    ("盘政发〔2014〕31号 盘锦市人民政府关于市直部门与辽东湾新区管委会推进辽东湾新区发展工作职责的意见(废止)",
     ("盘锦市人民政府关于市直部门与辽东湾新区管委会推进辽东湾新区发展工作职责的意见", "盘政发〔2014〕31号")),
    # shandong_shengshuiwu-nashui-xinyong-quanwen-feizhi (a law site's title line)
    ("鲁国税发[2004]34号 山东省国家税务局 山东省地方税务局关于印发《山东省国家税务局山东省地方税务局纳税信用等级评定管理实施办法(试行)》的通知[全文废止]",
     ("山东省国家税务局山东省地方税务局关于印发《山东省国家税务局山东省地方税务局纳税信用等级评定管理实施办法(试行)》的通知", "鲁国税发〔2004〕34号")),
    # fresh14 tianjin-2017-zhongwuran-tianqi-yingji-yuan-law-site (a law database's headline: the year, then the status)
    ("天津市人民政府办公厅关于印发天津市重污染天气应急预案的通知(2017) 失效",
     ("天津市人民政府办公厅关于印发天津市重污染天气应急预案的通知", None)),
    # fresh19 jiangsu_changzhou-2023-zhengfu-gongzuo-baogao-zhongdian-renwu-fenjie-tongzhi-converter (a mirror's pipe cell,
    # http://www.loyalmeds.com/downxxgk.php?fid=625167487403475): 分解 is a type word inside the title, and 落实方案的通知常政发
    # is no organ part of a 文号: the number starts after the title's last type word
    ("關于印發(fā)2023年《政府工作報告》重點任務分解落實方案的通知 常政發(fā)〔2023〕1號",
     ("关于印发2023年《政府工作报告》重点任务分解落实方案的通知", "常政发〔2023〕1号")),
    # guard: a 函 number's organ part holds a type word of its own (国办函), and is kept whole
    ("国务院办公厅关于同意建立数字经济发展部际联席会议制度的函国办函〔2022〕63号",
     ("国务院办公厅关于同意建立数字经济发展部际联席会议制度的函", "国办函〔2022〕63号")),
    # guard: an edition note is the title's (fresh zhejiang_jinhua keeps "(2024年修订)"): as printed
    ("关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知",
     ("关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知", None)),
]


TITLE_LABELS = [
    # fresh6 shandong-shengtaiting-jixiao-pingji-gonggao-converter: a place label before a 关于 title
    ("山东:关于发布2023年度重污染天气重点行业绩效评级及抽查复核结果的公告",
     "关于发布2023年度重污染天气重点行业绩效评级及抽查复核结果的公告"),
    # fresh6 zhejiang_xiaoshan-chuangxin-qiangqu-zhengce-yijian: the page's topic before the title
    ("杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见",
     "关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见"),
    # fresh6 jiangsu_lianyungang-minsheng-shishi-ducha-baogao: the next cell's label glued after the 信息名称 value
    ("关于十大重点民生工程50件实事推进落实情况的督查报告文件下载:", "关于十大重点民生工程50件实事推进落实情况的督查报告"),
    # guards, kept as printed (gold): fresh5 chongqing_tongliang news, fresh3 hubei_zigui news, fresh2 hebei_weixian 解读
    ("铜梁:4家企业获评2023年度区级环保诚信企业", "铜梁:4家企业获评2023年度区级环保诚信企业"),
    ("秭归:县住建局为基层办实事", "秭归:县住建局为基层办实事"),
    ("转发:《威县2023年政务公开工作要点》政策解读", "转发:《威县2023年政务公开工作要点》政策解读"),
]


@pytest.mark.parametrize("printed,title", TITLE_LABELS)
def test_a_page_label_before_or_after_a_title_is_not_the_title(printed, title):
    from kg.parse.header_lines import drop_title_label

    assert drop_title_label(printed) == title


@pytest.mark.parametrize("printed,want", UNGLUED)
def test_a_validity_mark_and_a_glued_number_are_not_the_title(printed, want):
    from kg.parse.header_lines import _unglue
    from kg.parse.headers import _c

    assert _unglue(_c(normalize_lines(printed)[0])) == want


# fresh9 chongqing-2023-quxiancheng-chengzhenhua-fangan-news: a news lead, then "《X》全文如下。" over the text: no headline,
# the document printed in full names the item (its issuer is the issuer registry's business, not asserted here)
def test_a_document_printed_in_full_names_the_item():
    issue = segment_issue(normalize_lines("近日,中共重庆市委办公厅、重庆市人民政府办公厅印发了《重庆市推进以区县城为重要载体的城镇化建设实施方案》,并发出通知,要求各区县各部门结合实际认真抓好贯彻落实。\n《重庆市推进以区县城为重要载体的城镇化建设实施方案》全文如下。\n为深入贯彻落实中共中央办公厅、国务院办公厅印发的《关于推进以县城为重要载体的城镇化建设的意见》,结合我市实际,制定本实施方案。"), "x.txt")
    assert [d.title for d in issue.documents] == ["重庆市推进以区县城为重要载体的城镇化建设实施方案"]


# (what, text, [(title, 文号, date)]): document fields only, the issuer being the issuer registry's business
FIELD_ROWS = [
    # fresh9 quanguo-2024-pingan-nongji-shifan-gongshi-forum (its first 200 characters): a forum page on one line, the
    # title run straight into the first sentence ("…名单的公示2023年,…")
    ("a title glued to the text on a one-line page", "农业农村部农业机械化管理司 应急管理部安全生产综合协调司关于2023年度全国“平安农机” 示范市、县名单的公示2023年,农业农村部和应急管理部继续组织开展“十四五”时期“平安农机”创建活动。在市县申报、省级推荐、部级审查的基础上,确定了2023年度全国“平安农机”示范市、县名单(见附件1、2),现予以公示,公示期为7个工作日。如有异议,请在公示期间实名向农业农村部农业机械化管理司统一反映。 农业",
     [("农业农村部农业机械化管理司应急管理部安全生产综合协调司关于2023年度全国“平安农机”示范市、县名单的公示", None, None)]),
    # fresh9 beijing_shijingshan-2019-jiedao-gongzuo-renwu-fenjie-essay-site (lines 1-19): a document site's heading is the
    # tail of the plan's own title printed below it over two lines; a prose line closing a 《》 it never opened
    # ("市人民政府关于…意见》相关要求,…") is no title
    ("a site heading, the document's fuller title below", "电脑桌面\n添加文秘网到电脑桌面\n安装后可以在桌面快捷访问\n\n贯彻落实《关于加强新时代街道工作的意见》的任务分解方案\n\n栏目:策划方案发布:2019-04-17浏览:3013下载230次收藏\n认真贯彻执行。\n中共北京市石景山区委办公室\n北京市石景山区人民政府办公室\n2019 年 4 月 16 日\n— — — 2 —\n石景山区贯彻落实《关于加强新时代\n街道工作的意见》的任务分解方案\n为贯彻落实北京市街道工作会议精神及《中共北京市委北京\n市人民政府关于加强新时代街道工作的意见》相关要求,以首善\n标准建设文明街道、活力街道、宜居街道、平安街道,现结合石\n景山区实际,制定如下任务分解方案。\n一、提高城市基层党建工作水平,加强党对基层治理的全面",
     [("石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案", None, "2019-04-16")]),
    # fresh2 fujian_fuzhou-huanjing-xinyong-hongpai (lines 1-10): the item's 原标题 credit is longer, yet not its title
    ("a 原标题 credit under the headline", "企业环境信用评价结果公布 福州17家企业被亮红牌\n\n栏目:环境信用 发布时间:2018-08-03\n分享到:\n企业环境信用评价结果公布 福州17家企业被亮红牌\n\n——来源:东南快报  2017-07-06\n\n原标题:省企业环境信用评价结果公布 福州 17家企业被亮“红牌”\n",
     [("企业环境信用评价结果公布福州17家企业被亮红牌", None, "2017-07-06")]),
    # fresh9 jilin_hunchun-2017-hehu-zhangzhi-fangan-gongshi (lines 12-27): joint organs over the 关于 line; the
    # distribution remark and the signing date on one line, the remark first: still the signing date
    ("(此件发至乡) before the date on its line", "中共珲春市委办公室 珲春市人民政府办公室\n\n关于印发《珲春市河(湖)长制工作实施方案》的通知\n\n珲办发〔2017〕19号\n\n各乡(镇)党委、人民政府,各街道党工委、办事处,市委各部、委、室,市政府(边合区)各办、局,各人民团体:\n\n《珲春市河(湖)长制工作实施方案》已经市委、市政府同意,现印发给你们,请结合实际认真贯彻执行。\n\n中共珲春市委办公室\n珲春市人民政府办公室\n\n \n\n(此件发至乡)                  2017年6月13日",
     [("中共珲春市委办公室珲春市人民政府办公室关于印发《珲春市河(湖)长制工作实施方案》的通知", "珲办发〔2017〕19号", "2017-06-13")]),
    # fresh9 hainan-2013-lvyoudao-ziliao-xuanbian-two-documents: a compilation printing each document on one line, its
    # title, 文号 and date in brackets before the 主送 (its first 330 characters); the breadcrumb and the title printed alone over it are the page's
    ("title, 文号 and (date) before the 主送 on one line", "您当前的位置:首页 >> 海南概览 >> 地情要览 >> 海南国际旅游岛建设资料选编(2007.4—2013.12)\n\n"
     "关于同意海南省海口市和三亚市开展边境旅游异地办证工作的通知\n\n"
     "  关于同意海南省海口市和三亚市开展边境旅游异地办证工作的通知   公境〔2013〕2688号   (2013年10月30日)   海南省人民政府:   受国务院委托,现就你省开展边境旅游异地办证工作"
     "有关事项通知如下:   根据公安部等14部门印发的《关亍规范边境旅游异地办证工作的意见》(公通字〔2013〕4号)经公安部、国家旅游局组成的工作组验收,你省海口市和三亚市符合实施边境旅游异地办证工作条"
     "件,经研究,决定同意上述两市公安机关出入境管理部门为参加边境旅游的非边境地区人员签发边境旅游出入境证件。工作中,请加强指导监督,确保边境旅游出人境证件签发便民规范,边境旅游活动健康有序。   公安部 "
     "  国家旅游局   2013年10月30日",
     [("关于同意海南省海口市和三亚市开展边境旅游异地办证工作的通知", "公境〔2013〕2688号", "2013-10-30")]),
    # fresh10 shanghai_qibao-2024-zhen-zhengfu-gongzuo-baogao (line 1, the first 60 characters of line 2): a work report's
    # title running on into its delivery line and its speaker with no 在 ("…工作报告 ——2024年1月10日七宝镇…会议上 镇长 吴昌飞")
    ("a report's delivery line (no 在) run on after its title",
     "七宝镇人民政府工作报告 ——2024年1月10日七宝镇第二十届 人民代表大会第五次会议上 镇长 吴昌飞\n"
     "各位代表: 现在,我代表七宝镇人民政府,向大会报告工作,请代表们予以审议,并请各位列席人员提出意见。",
     [("七宝镇人民政府工作报告", None, "2024-01-10")]),
    # fresh10 shandong-2025-lvse-zhizao-danwei-news (lines 1-8): a news item printing no headline but its 原标题 credit,
    # twice, among its 来源 lines: the credit's words are the title, never the label
    ("a 原标题 credit as the only headline", "来源:大众日报\n2025-10-12 13:07:10\n原标题:山东公布新一批省级绿色制造单位名单\n"
     "来源:大众日报\n原标题:山东公布新一批省级绿色制造单位名单\n来源:大众日报\n□记者 付玉婷 报道\n"
     "本报济南10月11日讯 记者今天从省工信厅了解到,经单位申报、市工信部门审核推荐、专家评审论证、征求相关部门意见、社会公示等程序,"
     "确定济南百斯杰生物工程有限公司等211家企业为省绿色工厂。",
     [("山东公布新一批省级绿色制造单位名单", None, "2025-10-12")]),
    # fresh10 sichuan_chengdu-2015-shuangliu-chexian-shequ-pifu-traditional (lines 1-12): a library page's heading tags the
    # title with a year ("(2015年)"); the document prints its own title without it below
    ("a page heading's (year) tag over the document's own title",
     "國務院關於同意四川省調整成都市部分行政區劃的批覆 (2015年)\n\n維基文庫,自由的圖書館\n國務院關於同意四川省調整成都市部分行政區劃的批覆\n"
     "國函〔2015〕207號\n中華人民共和國國務院\n2015年12月3日\n官方來源\n\n四川省人民政府:\n\n"
     "  你省《關於撤銷雙流縣設立成都市雙流區的請示》(川府〔2015〕54號)收悉。現批覆如下:",
     [("国务院关于同意四川省调整成都市部分行政区划的批复", "国函〔2015〕207号", "2015-12-03")]),
    # fresh10 shandong-2004-shiyan-jiadian-banfa-xiuzheng-law (lines 1-16): a law site's organ line between two copies of a
    # title that opens with the organ's own place: the organ signs, it is not the title's first words
    ("an organ line over a title opening with its own place",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n山东省实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)\n\n"
     "时间:2024-07-22 04:53:57 来源: 法律资料网 作者:法律资料网 阅读:9495\n下载地址: 点击此处下载\n\n"
     "山东省实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)\n\n山东省人民政府\n\n\n"
     "山东省实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)\n\n\n"
     "(1998年11月17日山东省人民政府令第96号发布 根据2004年7月15日山东省人民政府令第172号修订)",
     [("山东省实施《食盐加碘消除碘缺乏危害管理条例》办法(2004年修正)", None, "2004-07-15")]),
    # fresh10 zhejiang_suichang-2022-mujun-pingjia-yongdi-gongshi and sichuan_chengdu-2022-shouhetong-gongshi-banfa (their
    # one lines, cut as in test_issuers): the signing date glued before an attached file's name, before issued rules' title
    ("a one-line page's date before the attached file's name", '现将参评企业的用地面积予以公示,公示期内,请社会各界对公示的对象进行监督,被评价企业对公示面积如有异议可向县经济商务局反馈,公示时间:2023年5月25日—2023年6月1日,联系人:郑肖丽(县经济商务局经济运行科),附件:2022年度遂昌县“亩均论英雄”综合评价企业用地情况表遂昌县经济商务局2023年5月23日企业用地面积公示表5.23.xlsx附件:附件:。', [("x", None, "2023-05-23")]),
    ("a one-line page's date before the issued rules' 第一章", '各区(市)县市场监管局:《成都市“守合同重信用”企业公示办法》已经成都市市场监督管理局2022年第8次局长办公会审议通过,成都市市场监督管理局2022年9月20日成都市“守合同重信用”企业公示办法第一章总则第一条为了规范“守合同重信用”企业的公示与管理,申报成都市“守合同重信用”企业公示以及相关监督管理活动,第五条成都市“守合同重信用”企业公示由成都市市场监督管理局统一组织,', [("x", None, "2022-09-20")]),
    # fresh10 neimenggu-2023-guowuyuan-gaozhiliang-fazhan-yijian-traditional (lines 1-12): a law site's page title (its
    # label in 【】, the organ, the subject in 《》 without 关于) and its buttons are no document of their own; the national
    # organ's line over the 關於 line opens the title
    ("a 【site】 page title and buttons over a national organ's line and its 关于 line", '【中國法令】國務院《推動內蒙古高品質發展奮力書寫中國式現代化新篇章的意見》\n\n友善列印、收藏\n\n國務院\n關於推動內蒙古高品質發展奮力書寫中國式現代化新篇章的意見\n\n國發〔2023〕16號\n\n2023-10-05\n\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:',
     [("国务院关于推动内蒙古高品质发展奋力书写中国式现代化新篇章的意见", "国发〔2023〕16号", "2023-10-05")]),
    # fresh10 yunnan_chuxiong-1957-sheli-zizhizhou-jueding-wiki (lines 1-6): a library's header line repeats the title,
    # then its date, then the 发布机关 field
    ("the title repeated with its date and a field after it", '国务院关于設置云南省楚雄彝族自治州幷撤銷楚雄專員公署的决定\n外观\n国务院关于設置云南省楚雄彝族自治州幷 撤銷楚雄專員公署的决定 1957年10月18日 发布机关:中华人民共和国国务院 |\n|\n国务院批准云南省人民委員会1957年9月19日关于建立楚雄彝族自治州的报告,幷决定:\n設置楚维彝族自治州,撤銷楚雄專署。自治州的行政区域为原楚雄專区的楚雄、双柏、广通、鹽兴、祿丰、富民、罗次、元謀、武定、祿劝、永仁、鹽丰、大姚、姚安、南华、牟定等16县。自治州人民委員会駐楚雄县城。',
     [("国务院关于设置云南省楚雄彝族自治州并撤销楚雄专员公署的决定", None, "1957-10-18")]),
    # repeal45 national-2020-caizheng-nongye-zhuanyi-zhifu-banfa-ci-qian-san-ge-tongshi-feizhi-wikisource (lines 1-5, cut;
    # zh.m.wikisource.org): the library's header line prints the title again, its 文号 and its date, then a field; the
    # library's source cell ("财政部网站 |") under it is no line of the title
    ("a library's header line with the 文号 before the date",
     "关于修订印发农业相关转移支付资金管理办法的通知\n关于修订印发农业相关转移支付资金管理办法的通知 财农〔2020〕10号 2020年3月24日 "
     "发布机关:财政部 农业农村部 |\n财政部网站 |\n关于修订印发农业相关转移支付资金管理办法的通知\n"
     "各省、自治区、直辖市、计划单列市财政厅(局)、农业农村(农牧、畜牧兽医、渔业)厅(委、局):\n"
     "为进一步规范和加强中央财政农业生产发展资金管理,我们修订了相关资金管理办法。",
     [("关于修订印发农业相关转移支付资金管理办法的通知", "财农〔2020〕10号", "2020-03-24")]),
    # fresh10 xizang-2026-shiwuwu-guihua-gangyao-news (lines 8-13): an outline's adoption line set off by a dash (not a
    # bracket) under its title: its date, over the news site's time line below it
    ("an adoption line set off by a dash", '西藏自治区国民经济和社会发展第十五个五年规划纲要\n\n——2026年2月3日西藏自治区第十二届人民代表大会第四次会议通过\n\n2026年02月13日 07:13    来源:中国西藏新闻网    \n分享到:',
     [("西藏自治区国民经济和社会发展第十五个五年规划纲要", None, "2026-02-03")]),
    # fresh9 heilongjiang_haerbin-1990-shizhi-bianzuan-fangan-tongzhi: an archive printing the date after the title
    ("(date) after the title on its line", "哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知 ((1990年11月16日))\n"
     "各区、县(市)人民政府,市政府各委、办、局,中直、省属在哈单位,驻哈部队: 经市政府同意,现将哈尔滨市志编纂委员会办公室"
     "《哈尔滨市志编纂方案》转发给你们,请认真贯彻执行。",
     [("哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知", None, "1990-11-16")]),
    # fresh15 shanghai_yangpu-2022-shichang-jianguan-lianhe-choucha-shixiang-qingdan-tongzhi (lines 1-16): a list page's
    # heading with its posting date after a space, over the notice's own title broken over lines
    ("a page heading with its date after a space",
     "关于印发《杨浦区市场监管领域部门联合抽查事项清单(第二版)》和《2022年杨浦区市场监管领域部门联合抽查工作计划》的通知 2022-03-29\n\n \n\n\n"
     "关于印发《杨浦区市场监管领域部门联合\n\n抽查事项清单(第二版)》和《2022\n\n杨浦区市场监管领域部门联合抽查\n\n工作计划》的通知\n\n"
     "区市场监管领域联合“双随机、一公开”监管联席会议各成员单位,各有关单位:",
     [("关于印发《杨浦区市场监管领域部门联合抽查事项清单(第二版)》和《2022年杨浦区市场监管领域部门联合抽查工作计划》的通知", None,
       "2022-03-29")]),
    # fresh15 zhejiang_lin_an_qingliangfeng-2017-xiaochengzhen-lianhe-zhifa-news (lines 1-14): a news item's byline under
    # its text, only the site's footer after it: the byline dates the item, it heads no document
    ("a byline under the item's text dates it", "清凉峰镇开展小城镇环境综合整治联合执法行动\n\n"
     "    24日上午,清凉峰镇联合市场监管、城管、环保、路政等8个部门,开展小城镇环境综合整治联合执法行动。\n\n"
     "    在现场,城管中队清理沿街商户门口和沿街住房房前屋后的堆积物,清除乱贴乱挂广告,整治牛皮癣。\n\n"
     "来源:【临安新闻网】   作者:郑逸菲   信息发布:黄晓强   添加日期:2017-10-26   \n \n\n \n\n \n"
     "杭州市临安区清凉峰镇官方网站  临安新闻网制作维护\n浙新办[2004]42号 浙ICP备05002139号 未经授权禁止复制或镜像",
     [("清凉峰镇开展小城镇环境综合整治联合执法行动", None, "2017-10-26")]),
    # fresh15 shandong-2017-difang-zhengfu-guizhang-sheding-fakuan-xiane-guiding-repo (lines 1-15, body cut): a repository
    # copy's unbracketed adoption line under the title; its last article's sentence citing the decision it repeals
    # (a date after 。, no organ signing it) does not date it
    ("an adoption line, not a date cited in the last article",
     "# 山东省地方政府规章设定罚款限额规定\n\n2017年7月28日 山东省第十二届人民代表大会常务委员会第三十一次会议通过\n\n"
     "<!-- INFO END -->\n\n第一条 为了规范省人民政府和设区的市人民政府制定的规章设定罚款处罚的行为,制定本规定。\n\n"
     "第五条 本规定自2017年9月1日起施行。1996年10月14日山东省第八届人民代表大会常务委员会第二十四次会议通过的"
     "《山东省人民代表大会常务委员会关于规定地方政府规章设定罚款限额的决定》同时废止。",
     [("山东省地方政府规章设定罚款限额规定", None, "2017-07-28")]),
    # fresh15 quanguo-2022-minghao-biaojia-he-jinzhi-jiage-qizha-guiding-repo (lines 1-9, body cut): a ministry rule's
    # unbracketed promulgation line names its decree: the 文号
    ("a ministry's decree named on an unbracketed promulgation line",
     "# 明码标价和禁止价格欺诈规定\n\n2022年4月14日 国家市场监督管理总局令第56号公布\n\n2022年7月1日 施行\n\n"
     "<!-- INFO END -->\n\n第一条 为了规范经营者明码标价行为,预防和制止价格欺诈,制定本规定。",
     [("明码标价和禁止价格欺诈规定", "国家市场监督管理总局令第56号", "2022-04-14")]),
    # fresh15 shandong-2022-diwupi-zhizaoye-danxiang-guanjun-gongbu-tongzhi-company-site (lines 1-12, cut): a list page's
    # calendar badge over the title, the day, the year, a dash and the month each on a line
    ("a calendar badge over the title", "27\n\n2022\n\n-\n\n05\n\n关于公布第五批山东省制造业单项冠军企业\n\n\n"
     "根据《山东省制造业单项冠军企业培育提升专项行动实施方案》要求,共确定106家企业为第五批山东省制造业单项冠军企业。",
     [("关于公布第五批山东省制造业单项冠军企业", None, "2022-05-27")]),
    # (guard) page numbers over a title are no badge: no month 31
    ("numbers over a title that make no date", "3\n\n2022\n\n-\n\n31\n\n关于公布第五批山东省制造业单项冠军企业\n\n\n"
     "根据《山东省制造业单项冠军企业培育提升专项行动实施方案》要求,共确定106家企业为第五批山东省制造业单项冠军企业。",
     [("关于公布第五批山东省制造业单项冠军企业", None, None)]),
    # fresh15 liaoning_dalian-2020-shichang-jianguan-xingzheng-qiangzhi-cailiang-jizhun-tongzhi-list-page (lines 1-6, its
    # one line cut): a list page's item holding the whole notice, title, 文号, 主送 and signature run together, under the
    # site's menu, its breadcrumb and the column's heading (the breadcrumb's end, never the title)
    ("a list page's item holding the whole notice",
     "首 页 新闻中心 政务公开 政务服务 放管服改革 政民互动 知识产权\n首页 > 政务公开 > 文件发布\n\n文件发布\n\n"
     "  • 大连市市场监督管理局关于下发大连市市场监督管理行政强制裁量基准(试行)等三项裁量基准的通知   大市监网传〔2020〕38号"
     "                                  各区市县(先导区)市场监督管理局,市局机关各处室、执法稽查局,市市场监管事务服务中心: "
     "现将《大连市市场监督管理行政强制裁量基准》(试行)《大连市市场监督管理行政许可裁量基准》(试行)《大连市市场监督管理行政检查裁量基准》"
     "(试行)下发给你们,请认真贯彻执行。               大连市市场监督管理局 2020年8月11日 (信息公开属性:主动公开) 大连市市场监督管理"
     "  行政强制裁量基准(试行)   第一条  为规范和监督市场监督管理部门行政强制裁量权的行使,制定本基准。",
     [("大连市市场监督管理局关于下发大连市市场监督管理行政强制裁量基准(试行)等三项裁量基准的通知", "大市监网传〔2020〕38号",
       "2020-08-11")]),
    # (guard) fresh13 fujian_xiamen-2018-shehui-xinyong-tiaoli-zhengqiu-yijian-gonggao (lines 1-7, cut): a breadcrumb ending
    # on the page's own title names no column: the title line under it stays the title
    ("a breadcrumb ending on the page's title",
     "您当前的位置: 首页 > 法规草案征求意见 > 关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n"
     "关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n"
     " 发布时间:2018-11-12 17:25:15      字体大小:[大][中][小]\n4874268\n\n"
     "《厦门经济特区社会信用条例(草案)》已经市人大常委会两次审议。为了进一步提高立法质量,现将草案修改二稿征求意见稿向社会公开征求意见。",
     [("关于《厦门经济特区社会信用条例(草案修改二稿征求意见稿)》公开征求意见的公告", None, "2018-11-12")]),
    # (guard) a column's heading with no breadcrumb naming it stays a page's only title
    ("a short heading over a page's text, no breadcrumb", "文件发布\n\n本栏目发布本局的规范性文件和其他文件,欢迎查阅。",
     [("文件发布", None, None)]),
    # (guard) a period in a title's words is no posting date: "…规划(2021-2025年)" keeps its words
    ("a period closing the title is no date", "某市国土空间总体规划(2021-2035年)\n\n为落实…,制定本规划。",
     [("某市国土空间总体规划(2021-2035年)", None, None)]),
    # fresh9 jiangsu_xuzhou-2020-gongzuo-baogao-mubiao-renwu-fenjie-policy: the page's title with its counter glued on
    # ("…的通知0") and a column's name over the fields, then the document: one document from the page's top
    ("page title with a counter, a column name, fields, the document", "市政府关于印发2020年政府工作报告主要目标任务分解方案的通知0\n"
     "政策\n发布部门:市人民政府办公室\n发布时间:2020年01月28日\n政策文号:徐政发〔2020〕3号\n有效性:政策是否有效未知,请慎用\n"
     "市政府关于印发2020年政府工作报告主要目标任务分解方案的通知\n徐政发〔2020〕3号\n"
     "各县(市)区人民政府,徐州经济技术开发区、徐州高新区管委会,市各委办局(公司),市各直属单位:\n"
     "市十六届人大五次会议审议通过的《政府工作报告》明确了2020年全市经济社会发展的主要目标任务,现印发给你们。\n"
     "徐州市人民政府\n2020年1月18日",
     [("市政府关于印发2020年政府工作报告主要目标任务分解方案的通知", "徐政发〔2020〕3号", "2020-01-18")]),
    # fresh11 zhejiang-2018-jinshuye-yinshuye-lvse-lvyou-fandian-news (lines 1-5): a headline over two lines printed twice
    ("a two-line headline printed twice", "浙江省2018年度“金树叶级”\n“银树叶级”绿色旅游饭店新鲜出炉\n浙江省2018年度“金树叶级”\n"
     "“银树叶级”绿色旅游饭店新鲜出炉\n浙江是“两山”理论的发源地,是全国最先认识到生态文明、绿色发展重要性的地区之一。",
     [("浙江省2018年度“金树叶级”“银树叶级”绿色旅游饭店新鲜出炉", None, None)]),
    # fresh11 hunan_nanxian-2018-zhujianju-zhengti-zhichu-jixiao-pingjia-baogao (lines 1-14): a disclosure page's section
    # labels ("详细信息", "公开具体内容") over the title's second copy are not the title's words
    ("section labels over the title's copy", "归档时间:2023-06-15\n当前位置: 首页 > 公开领域 > 城乡规划\n\n"
     "南县住房和城乡建设局2018年度整体支出 绩效评价报告\n\n详细信息\n\n公开具体内容\n\n南县住房和城乡建设局2018年度整体支出\n\n"
     "绩效评价报告\n\n为检验预算编制的科学性、合理性、规范性,提升我局预算编制、执行、监督和绩效管理等能力水平,强化预算支出责任。",
     [("南县住房和城乡建设局2018年度整体支出绩效评价报告", None, None)]),
    # fresh11 jilin-2007-feizhi-65xiang-zhengfu-guizhang-news (lines 1-7): a portal's item with its headline glued to the
    # address and time, the lead reporting the decision by its full title in 《》: the item is the decision (its own date
    # is not printed; the portal's time dates the item)
    ("a lead reporting an organ's decision by title", "|\n|\n|\n吉林省废止65项政府规章http://www.sina.com.cn 2007年11月23日03:07 东亚经贸新闻\n"
     "东亚讯 (记者/单立国 毕成功) 记者昨日从省政府获悉,《吉林省人民政府关于修改、废止部分政府规章和公布现行有效规章目录的决定》已经省政府第11次常务会议通过,已于日前公布施行。\n"
     "【发表评论 】\n不支持Flash\n|",
     [("吉林省人民政府关于修改、废止部分政府规章和公布现行有效规章目录的决定", None, None)]),
    # fresh11 quanguo-2020-21jia-5a-jingqu-gonggao-news (lines 1-4): only a 原标题 credit heads the item, its lead names the
    # 公告 it publishes (a national organ's): the 公告
    ("a 原标题 credit over a lead publishing a 公告", "原标题:文旅部确定庐山西海、稻城亚丁等21家景区为国家5A级景区\n"
     "文旅部网站12月30日发布《文化和旅游部关于确定21家旅游景区为国家5A级旅游景区的公告》。\n"
     "依照中华人民共和国国家标准《旅游景区质量等级的划分与评定》与《旅游景区质量等级管理办法》,确定以下21家旅游景区为国家5A级旅游景区。\n名单如下:",
     [("文化和旅游部关于确定21家旅游景区为国家5A级旅游景区的公告", None, None)]),
    # fresh5 shandong_rongxin-muchan-a-lei-company-news (lines 1-7, cut): a company page's 上传时间 alone is its posting date
    # (only a sharing site's line naming the uploader or the file's number dates no document)
    ("a company page's 上传时间 under its headline", "| EN\n山东荣信集团被评为全省2019年度规模以上工业企业“亩产效益”A类企业\n"
     "上传时间:2020-12-01\n\n微信图片_20210123114321.jpg\n\n日前,山东省工信厅、省发改委联合下发了《关于公布2019年度亩产效益评价结果的通知》。",
     [("山东荣信集团被评为全省2019年度规模以上工业企业“亩产效益”A类企业", None, "2020-12-01")]),
    # fresh11 quanguo-2020-21jia-5a-jingqu-gonggao-news-s2twp (lines 1-2): the same, as OpenCC s2twp words 发布 (釋出)
    ("a 原標題 credit over a lead 釋出 a 公告", "原標題:文旅部確定廬山西海、稻城亞丁等21家景區為國家5A級景區\n"
     "文旅部網站12月30日釋出《文化和旅遊部關於確定21家旅遊景區為國家5A級旅遊景區的公告》。",
     [("文化和旅游部关于确定21家旅游景区为国家5A级旅游景区的公告", None, None)]),
    # fresh11 guizhou-2006-guotuziyuanting-tankuangquan-yanxu-tongzhi-essay-site (lines 1-6): an essay site's headline, then
    # a province department's 文件 banner, the 文号, a rule of dashes and the title
    ("a department's banner, the 文号, a dashed rule, the title", "第一篇:贵州省关于推进矿产资源勘查规范探矿权延续登记有关问题的通知\n"
     "贵州省国土资源厅文件\n黔国土资发[2006]83号\n------------------\n关于推进矿产资源勘查规范探矿权延续登记有关问题的通知\n"
     "为认真贯彻落实《国务院关于全面整顿和规范矿产资源开发秩序的通知》(国发[2005]28号),现就有关问题通知如下。",
     [("第一篇:贵州省关于推进矿产资源勘查规范探矿权延续登记有关问题的通知", None, None),
      ("关于推进矿产资源勘查规范探矿权延续登记有关问题的通知", "黔国土资发〔2006〕83号", None)]),
    # fresh11 qinghai_zhiduo-2017-kongchuo-baoxue-zhuanxiang-xingdong-fangan-mirror (lines 1-27): a mirror's breadcrumb,
    # the page title (the document's less its organ line), the byline, ? residue and the broken 文号, then the organ line
    # over the 关于 title: one document from the page's top; its glued dates are unreadable, the byline dates it
    ("a mirror's page top over the organ line and title", "您的位置:首页 > 政府文件 > 治政办文件\n关于印发治多县义务教育控辍保学专项行动方案\n"
     "来源:    时间:2018年06月18日    \n\n?\n\n?\n\n治政办[201793\n\n?\n\n治多县人民政府办公室\n\n关于印发治多县义务教育控辍保学专项\n\n"
     "行动方案\n\n各乡(镇)政府、政府各部门:\n\n????现将《治多县义务教育控辍保学专项行动方案》印发给你们,请结合实际,认真贯彻执行。\n\n?\n\n"
     "2017年1215\n\n?",
     [("治多县人民政府办公室关于印发治多县义务教育控辍保学专项行动方案", "治政办〔2017〕93号", "2018-06-18")]),
    # fresh11 shanxi_fushan-2025-senlin-caoyuan-fangmiehuo-yingji-yuan-converter (lines 6-14): a mirror's ? residue after the
    # signing organ and date; the body cites an earlier date (2024年7月18日印發的…)
    ("a signature with ? residue after it", "各鄉(鎮)人民政府,縣直有關部門:\n新修訂的《浮山縣森林草原防滅火應急預案》已經縣人民政府同意,現印發給你們,請認真貫徹執行。2024年7月18日印發的《浮山縣森林草原防滅火應急預案》(浮政辦發〔2024〕27號)同時廢止。\n?\n浮山縣人民政府辦公室 ???????\n2025年7月8日 ?????????\n(此件公開發布)\n浮山縣森林草原防滅火應急預案\n?\n1 總則",
     [("浮山县森林草原防灭火应急预案", None, "2025-07-08")]),
    # fresh6 beijing-xiangcun-lvyou-wuxing-minsuhu-news (lines 1-7): the item's 原标题 credit under the headline is no
    # line of it
    ("a 原标题 credit under a headline that ends on no kind", "首页 > 国内新闻 > 正文\n\n2018年北京乡村旅游评定出炉 五星级民俗户有48家\n\n"
     "原标题:2018年北京乡村旅游评定出炉五星级民俗户有48家\n\n还评出了4个四星级民俗旅游村,3个五星级民俗旅游村\n\n\n"
     "新京报讯 昨天,2018年北京乡村旅游评定结果公布,全市共评出五星级民俗户48家。",
     [("2018年北京乡村旅游评定出炉五星级民俗户有48家", None, None)]),
    # fresh11 sichuan_chengdu-2021-shenghuo-laji-fenlei-zhongdian-renwu-zeren-fengong-doc-site (lines 1-3, cut): a sharing
    # site's file name over the preview, which opens with the name (after the site's page number 1、) glued to the table
    ("a shared file's name, the preview opening with it", "贯彻落实生活垃圾分类制度重点任务责任分工表.docx\n"
     "《贯彻落实生活垃圾分类制度重点任务责任分工表.docx》由会员分享,可在线阅读,更多相关《贯彻落实生活垃圾分类制度重点任务责任分工表.docx(7页珍藏版)》请在第壹文秘上搜索。\n"
     "1、贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为精神文明建设的重要内容,加强生活垃圾分类宣传发动。",
     [("贯彻落实生活垃圾分类制度重点任务责任分工表", None, None)]),
    # fresh11 fujian-2015-xiang-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-doc-site (lines 1-5, 19-37): the file name and
    # the site's upload line, then the document's headings; the last, over two lines before the 主送, is its title
    ("a shared file's name over the document's own heading", "餐桌污染建设食品放心工程年度工作方案.docx\n\n"
     "上传人:b****5 文档编号:11623267 上传时间:2023-03-29 格式:DOCX 页数:8 大小:23.73KB\n下载 相关 举报\n"
     "餐桌污染建设食品放心工程年度工作方案.docx_第1页\n\n餐桌污染建设食品放心工程年度工作方案.docx\n\n"
     "《餐桌污染建设食品放心工程年度工作方案.docx》由会员分享,可在线阅读,更多相关《餐桌污染建设食品放心工程年度工作方案.docx(8页珍藏版)》请在冰豆网上搜索。\n\n"
     "餐桌污染建设食品放心工程年度工作方案.docx\n\n餐桌污染建设食品放心工程年度工作方案\n\n“餐桌污染”建设食品放心工程年度工作方案\n\n"
     "2015年度治理“餐桌污染”建设“食品放心\n\n工程”工作方案\n\n \n\n各村(场)、有关部门:\n\n"
     "根据乡党委、政府实施为民办实事项目要求,为进一步推动全县治理“餐桌污染”、建设“食品放心工程”工作的深入开展。",
     [("2015年度治理“餐桌污染”建设“食品放心工程”工作方案", None, None)]),
]


@pytest.mark.parametrize("what,text,want", FIELD_ROWS, ids=[r[0] for r in FIELD_ROWS])
def test_document_fields(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.date) for d in issue.documents] == want


# fresh9 heilongjiang-wending-zengzhang-ruogan-cuoshi-wiki-traditional (lines 1-8): a wiki's infobox label joined to its
# 中文名 field below the title is no fuller copy of the title
def test_an_infobox_field_is_no_fuller_title():
    issue = segment_issue(normalize_lines("黑龍江省促進經濟穩增長的若干措施\n\n今年以來,我省受能源工業出現負增長等因素影響,經濟增速回落,下行壓力加大。為貫徹落實黨中央、國務院關於穩增長、促改革、調結構、惠民生的決策部署,省政府決定,公布\n\n基本介紹\n\n  • 中文名:黑龍江省促進經濟穩增長的若干措施\n  • 外文名:Some measures to promote the steady economic growth of Heilongjiang Prov"), "x.txt")
    assert [d.title for d in issue.documents] == ["黑龙江省促进经济稳增长的若干措施"]


# a notice issuing the plan a page's 标题 names (fresh13 大张庄镇), and notices issuing other plans
ISSUES = [
    ("大张庄镇人民政府关于印发《大张庄镇2021年度森林火灾应急预案》的通知", "沂源县大张庄镇森林火灾应急预案", True),
    ("白水县人民政府关于印发《白水县突发事件总体应急预案》的通知", "尧禾镇突发事件总体应急预案", False),  # another place's plan
    ("某县人民政府关于印发《某县防汛应急预案》的通知", "某县森林火灾应急预案", False),  # another plan of the place
    ("某县人民政府关于印发《某县森林火灾应急预案》的通知", "关于某县森林火灾应急预案的说明", False),  # no page title
]


@pytest.mark.parametrize("notice,page,want", ISSUES)
def test_notice_issues_the_page_titles_plan(notice, page, want):
    from kg.parse.pages import _issues

    assert _issues(notice, page) is want


# (the page's copy of a title, the document's own) → the title: the own copy unless it lost its place's first characters
FULLER = [
    # fresh14 zhejiang_pujiang-2019 (its 信息名称 line, its organ line over the 关于 lines)
    ("浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知", "江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知",
     "浦江县人民政府办公室关于印发浦江县防汛防台抗旱应急预案的通知"),
    # constructed guards: a whole place before the own copy (the organ as the document prints it), a 关于 title
    ("某市某县人民政府关于印发某县防汛应急预案的通知", "某县人民政府关于印发某县防汛应急预案的通知", "某县人民政府关于印发某县防汛应急预案的通知"),
    ("某县人民政府关于印发某县防汛应急预案的通知", "关于印发某县防汛应急预案的通知", "关于印发某县防汛应急预案的通知"),
    # fresh16 guizhou-2017-jiangdi-shiti-jingji-qiye-chengben-gongzuo-shishi-fangan (lines 1, 3): the own copy names its
    # organ by its level alone (省人民政府), the headline with its place: the headline
    ("贵州省人民政府关于印发贵州省降低实体经济企业成本工作实施方案的通知", "省人民政府关于印发贵州省降低实体经济企业成本工作实施方案的通知",
     "贵州省人民政府关于印发贵州省降低实体经济企业成本工作实施方案的通知"),
    # constructed guards: a level-only organ under a page naming another organ before it (no place), and a bureau whose
    # own copy names no level alone
    ("全省各地人民政府关于印发某方案的通知", "省人民政府关于印发某方案的通知", "省人民政府关于印发某方案的通知"),
    ("贵州省财政厅关于印发某方案的通知", "财政厅关于印发某方案的通知", "财政厅关于印发某方案的通知"),
]


@pytest.mark.parametrize("page,own,want", FULLER)
def test_fuller_title(page, own, want):
    from kg.parse.pages import _fuller_title

    assert _fuller_title(page, own) == want


# (header's issuer, page's field) → the issuer: the longer spelling only where the header's names no place of its own
MORE_SPECIFIC = [
    ("县人民政府办公室", "嘉鱼县人民政府办公室", "嘉鱼县人民政府办公室"),
    ("区人民政府办公室", "下陆区政府办公室", "下陆区政府办公室"),
    ("大张庄镇人民政府", "沂源县大张庄镇人民政府", "大张庄镇人民政府"),  # fresh13 大张庄镇: the title's organ as printed
]


@pytest.mark.parametrize("a,b,want", MORE_SPECIFIC)
def test_more_specific_issuer(a, b, want):
    from kg.parse.pages import _more_specific

    assert _more_specific(a, b) == want


# (guard, constructed on fresh15's repository layout) an unbracketed decree note followed by its amendment line: the decree
# did not publish the printed text, so it gives no 文号 (as the bracketed note "(…令第96号发布 根据…修订)" gives none)
def test_an_unbracketed_decree_note_followed_by_its_amendment_gives_no_number():
    text = ("# 某省某某管理办法\n\n1998年11月17日 山东省人民政府令第96号发布\n\n根据2004年7月15日 山东省人民政府令第172号修订\n\n"
            "<!-- INFO END -->\n\n第一条 为了加强管理,制定本办法。")
    [d] = segment_issue(normalize_lines(text), "x.txt").documents
    assert d.doc_number is None


# fresh16 (each file's first lines, long lines cut): a page's top over its document (a column named as a masthead, a
# topic platform's credits, a search's sort labels run together, an editor's "无标题文档", a law database's citation
# code), a field block whose labels were pushed above their colons, a 公开日 stamp, bulleted page fields between a title
# and its 文号, a byline's short office, a zh-TW copy's 檔名稱 / 檔案型別 labels: one document, all four fields
PAGE_TOPS = [
    ("a column masthead and a source byline over the header (fresh16 yunnan-2022-shisiwu-quyu-xietiao-fazhan-guihua-mirror)",
     "您的位置:\n省政府办公厅文件\n【字体:\n来源:云南省人民政府办公厅\n\n云南省人民政府办公厅关于印发\n云南省“十四五”区域协调发展规划的通知\n\n"
     "云政办发〔2022〕25号\n\n各州、市人民政府,省直各委、办、厅、局:\n\n《云南省“十四五”区域协调发展规划》已经省人民政府同意,现印发给你们,"
     "请认真贯彻执行。\n\n\n\n云南省人民政府办公厅\n\n2022年4月14日\n",
     ("云南省人民政府办公厅关于印发云南省“十四五”区域协调发展规划的通知", "云政办发〔2022〕25号", "2022-04-14", "云南省人民政府办公厅")),
    ("a search's sort labels run together over the fields (fresh16 qinghai-2022-lanzhou-xining-chengshiqun-fazhan-shisiwu-shishi-fangan)",
     "搜索位置排序\n字号:\n分享:\n打印\n\n索 引 号 :015000185/2022-00047发文字号 :青政办〔2022〕5号\n\n"
     "发布机构 :青海省人民政府办公厅公文时效 :有效\n\n主题分类 :工业、交通;城乡建设、环境保护;商贸、海关、旅游成文日期 :2022-02-07\n\n"
     "青海省人民政府办公厅 甘肃省人民政府办公厅\n关于印发兰州—西宁城市群发展“十四五”\n实施方案的通知\n\n青政办〔2022〕5号\n\n"
     "西宁市、海东市、海南藏族自治州、海北藏族自治州、黄南藏族自治州人民政府,兰州市、白银市、定西市、临夏回族自治州人民政府:\n\n"
     "《兰州—西宁城市群发展“十四五”实施方案》已经甘肃省人民政府、青海省人民政府同意,现印发给你们,请抓好贯彻落实。\n",
     ("青海省人民政府办公厅甘肃省人民政府办公厅关于印发兰州—西宁城市群发展“十四五”实施方案的通知", "青政办〔2022〕5号", "2022-02-07",
      "青海省人民政府办公厅、甘肃省人民政府办公厅")),
    ("a topic platform's credits and name over the title (fresh16 hubei_wuhan-2018-sheng-zhengfu-gongzuo-baogao-renwu-zeren-fenjie)",
     "主办单位:中共武汉市委宣传部\n承办单位:长江网\n\n武汉文化产业政策服务平台\n\n"
     "武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知\n\n2022-10-19 14:39\n"
     "来源: 武汉市人民政府办公厅\n【字体:\n\n各区人民政府,市人民政府各部门:\n\n"
     "根据《省人民政府办公厅关于分解落实〈政府工作报告〉的通知》(鄂政办发〔2018〕4号)要求,经市人民政府同意,现将方案印发给你们。\n\n"
     "武汉市人民政府办公厅\n\n2018年2月14日\n",
     ("武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知", None, "2018-02-14", "武汉市人民政府办公厅")),
    ("an untitled page's tab, bullets with an empty 发布机构 over the text tools (fresh16 hunan_jiangyong-2022-tufa-shijian-zongti-yuan)",
     "无标题文档\n您现在所在的位置: 首页 > 专题专栏 > 安全生产\n分享到:\n江永县突发事件总体预案\n  • 2022-04-12 10:01\n"
     "  • 来源: 江永县应急管理局\n  • 发布机构:\n  • 字体【      】\n\n江永县突发事件总体预案\n\n江永县突发事件总体预案目录",
     ("江永县突发事件总体预案", None, "2022-04-12", "江永县应急管理局")),
    ("a law database's citation code over the title (fresh16 hunan_zhijiang-2016-tufa-shijian-zongti-yingji-yuan-law-site)",
     "首页 > 法律法规 > 地方法规 > 正文阅览\n【法宝引证码】CLI.1.304262 【时效性】尚未施行\n\n"
     "芷江侗族自治县人民政府关于印发《芷江侗族自治县突发事件总体应急预案》的通知\n\n"
     "芷江侗族自治县人民政府关于印发《芷江侗族自治县突发事件总体应急预案》的通知\n(芷政发〔2016〕17号)\n\n\n各乡镇人民政府,县直各单位:\n"
     "  现将《芷江侗族自治县突发事件总体应急预案》印发给你们,请认真遵照执行。\n芷江侗族自治县人民政府\n2016年12月19日",
     ("芷江侗族自治县人民政府关于印发《芷江侗族自治县突发事件总体应急预案》的通知", "芷政发〔2016〕17号", "2016-12-19", "芷江侗族自治县人民政府")),
    ("labels pushed above their colons (fresh16 sichuan_liangshan-2025-ziran-ziyuan-caizheng-shiquan-huafen-gaige-fangan)",
     "标题\n:凉山州人民政府办公室关于印发凉山州自然资源领域州与县(市)财政事权和支出责任划分改革实施方案的通知索引号\n"
     ":009050039/2025-040007主题分类\n:城乡建设、环境保护发文机关\n:凉山州人民政府办公室成文日期\n:2025-05-22发文字号\n"
     ":凉府办发〔2025〕7号发布日期\n:2025-05-26有效性\n:有效\n"
     "凉山州人民政府办公室关于印发凉山州自然资源领域州与县(市)财政事权和支出责任划分改革实施方案的通知\n凉山州人民政府办公室\n"
     "关于印发凉山州自然资源领域州与县(市)财政事权和支出责任划分改革实施方案的通知\n凉府办发〔2025〕7号\n各县(市)人民政府、州级各部门(单位):\n"
     "《凉山州自然资源领域州与县(市)财政事权和支出责任划分改革实施方案》已经州政府同意,现印发给你们,请结合实际认真贯彻落实。\n"
     "凉山州人民政府办公室\n2025年5月22日",
     ("凉山州人民政府办公室关于印发凉山州自然资源领域州与县(市)财政事权和支出责任划分改革实施方案的通知", "凉府办发〔2025〕7号",
      "2025-05-22", "凉山州人民政府办公室")),
    ("bulleted page fields between the title and its 文号 (fresh16 gansu-2012-jingji-tizhi-gaige-zhongdian-gongzuo-yijian-pizhuan)",
     "欢迎访问甘肃经济信息网!\n首页 / 文件汇编/ 正文\n甘肃省人民政府关于批转省发展改革委甘肃省2012年经济体制改革重点工作意见的通知\n"
     "  • 时间:2012-04-28\n  • 点击:21\n  • 来源:\n\n甘政发〔2012〕53号\n\n各市、自治州人民政府,省政府各部门,中央在甘各单位:\n\n"
     "  省政府同意省发展改革委《甘肃省2012年经济体制改革重点工作意见》,现转发给你们,请认真贯彻执行。\n\n"
     "                         甘肃省人民政府\n                       二○一二年四月二十八日",
     ("甘肃省人民政府关于批转省发展改革委甘肃省2012年经济体制改革重点工作意见的通知", "甘政发〔2012〕53号", "2012-04-28", "甘肃省人民政府")),
    ("a 公开日 stamp among fields three to a line (fresh16 xinjiang_gaochang-2023-caoyuan-shengtai-baohu-buzhu-jiangli-shishi-fangan)",
     "规范性文件\n\n关于印发《吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)》的通知\n\n"
     "索 引 号 010600106/2023-00071 发布机构 高昌区政府办公室 公开日 2023-07-04\n文  号 高区财农〔2023〕45号 主题分类 生态保护 失效日期\n"
     "体裁分类 服务对象 各乡镇、各部门 有效性 有效\n公开范围 各乡镇、各部门 主 题 词 草原生态、保护补助奖励\n著录日期 生效日期\n\n"
     "高昌区各相关单位、各乡镇(场、片区、街道)人民政府:\n",
     ("关于印发《吐鲁番市高昌区实施草原生态保护补助奖励政策实施方案(2023年)》的通知", "高区财农〔2023〕45号", "2023-07-04", "高昌区政府办公室")),
    ("a dated byline naming a short office (fresh16 sichuan_nanjiang-2018-ziran-zaihai-yingji-yuan)",
     "高级搜索\n \n   \n中央人民政府网站 四川省人民政府 巴中市人民政府 无障碍浏览\n"
     "     您当前的位置:首页 > 政务公开 > 重点领域信息公开 > 应急管理 > 应急预案\n\n南江县自然灾害应急预案\n\n"
     "时间:2018-03-08 09:43:33  来源:应急办  作者:  已有 人读阅此信息\n \n"
     "    我县位于四川省北缘,米仓山南麓,地形地貌复杂,自然灾害多发。\n",
     ("南江县自然灾害应急预案", None, "2018-03-08", "应急办")),
    ("a headline saying an organ issued the plan that follows (fresh16 guangdong-2019-yuegangao-dawanqu-sannian-xingdong-jihua-traditional)",
     "廣東省推進粵港澳大灣區建設領導小組印發《廣東省推進粵港澳大灣區建設三年行動計劃(2018-2020年)》\n\n"
     "來源: 廣東省發展和改革委員會          發布時間: 2019-07-05\n\n"
     "  近日,廣東省推進粵港澳大灣區建設領導小組印發《廣東省推進粵港澳大灣區建設三年行動計劃(2018-2020年)》,內容如下。\n\n"
     "  一、優化提升空間發展格局\n",
     ("广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)", None, "2019-07-05", "广东省推进粤港澳大湾区建设领导小组")),
    ("a zh-TW copy's 檔名稱 and 檔案型別 labels (fresh16 hubei_huangshi-2021-shizhengfu-zhongdian-gongzuo-zeren-fenjie-s2twp)",
     "關於印發2021年市政府重點工作責任分解的通知\n\n   時間:2021-02-25\n\n分享:\n\n"
     "檔名稱關於印發2021年市政府重點工作責任分解的通知 檔案型別黃政辦發\n發文單位黃石市人民政府辦公室 發文字號黃政辦發〔2021〕1號\n"
     "發文日期2021-02-25 10:02:04 釋出日期2021-02-25 10:02:04\n效力狀態有效 主題分類\n\n"
     "大冶市、陽新縣、各區人民政府,黃石市經濟技術開發區管委會,市政府各部門:",
     ("关于印发2021年市政府重点工作责任分解的通知", "黄政办发〔2021〕1号", "2021-02-25", "黄石市人民政府办公室")),
]


PAGE_TOPS += [
    # fresh17 shanghai_gumeilu-2022-fangxun-fangtai-zhuanxiang-yingji-yuan-meta (lines 1-14): the 发文机关 field prints the
    # street's office under its district's government; banner and signature without. The title names no organ: the field
    ("a street's office under its district's government in the 发文机关 field",
     "- 索引号:SY300202200014\n- 主题分类:其他\\其他\n- 发文机关:上海市闵行区人民政府古美路街道办事处\n- 成文日期:2022-05-29\n"
     "- 发文字号:闵古办〔2022〕10号\n- 发布日期:2022-05-31\n- 生效日期:\n- 失效日期:\n- 文件状态:\n闵行区古美路街道办事处文件\n"
     "闵古办〔2022〕10号\n关于印发《古美路街道防汛防台专项应急预案》(2022年版)的通知\n"
     "机关各部门、各企事业单位及各居民区: 为切实抓好今年街道防大汛、抗大灾、抢大险,现印发给你们,请结合实际,认真遵照执行。 特此通知。\n"
     "闵行区古美路街道办事处 2022年5月29日\n",
     ("关于印发《古美路街道防汛防台专项应急预案》(2022年版)的通知", "闵古办〔2022〕10号", "2022-05-29",
      "上海市闵行区人民政府古美路街道办事处")),
    # fresh17 district-2008-chuangwei-zeren-fenjie-jindubiao-doc-site (lines 1-6): a document site's download button under the
    # file's name is not the title's end
    ("a document site's download button under the file's name",
     "创卫工作责任分解及工作进度表\n合集下载\n- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n"
     "- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。\n"
     "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。\n区商务局\n",
     ("创卫工作责任分解及工作进度表", None, None, None)),
]


PAGE_TOPS += [
    # fresh18 fujian_xiamen-2002-xinxing-qiangti-cailiao-guanli-guiding-law-site (lines 1-13): a law site's headline tags the
    # title with its year, over its byline and download link; the regulation prints its title without the tag under the
    # imprint organ
    ("a law site's year tag on its headline, the regulation's own title below",
     "厦门市新型墙体材料管理规定(2002年)\n\n作者:法律资料网 时间:2024-06-25 14:15:56   浏览:8552   来源:法律资料网\n"
     "下载地址: 点击此处下载\n\n厦门市新型墙体材料管理规定(2002年)\n\n福建省厦门市人民政府\n\n\n厦门市新型墙体材料管理规定\n\n"
     "  第一条为推进本市墙体材料革新和建筑节能工作,鼓励发展新型墙体材料,限制生产和使用实心粘土砖,节约能源和土地,保护环境,"
     "改善建筑功能,根据《厦门市建筑条例》等有关法规、规章,制定本规定。\n",
     ("厦门市新型墙体材料管理规定", None, "2024-06-25", "福建省厦门市人民政府")),
    # fresh18 quanguo-2005-qingnian-zhongxin-jianshe-xianjin-xian-chuangjian-banfa-law-site (lines 1-24, the notice cut): the
    # law site's download link is the site's line, not text of a page document of its own
    ("a law site's download link under its byline",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发《“全国青年中心建设先进县(市)”创建办法(试行)》的通知\n\n"
     "时间:2024-07-07 08:50:53 来源: 法律资料网 作者:法律资料网 阅读:9760\n下载地址: 点击此处下载\n\n"
     "关于印发《“全国青年中心建设先进县(市)”创建办法(试行)》的通知\n\n共青团中央办公厅\n\n\n中青办发[2005]13号\n\n\n"
     "关于印发《“全国青年中心建设先进县(市)”创建办法(试行)》的通知\n\n\n\n共青团各省、自治区、直辖市委:\n\n"
     "  全国青年中心建设工作会议以来,各地积极部署,现将《“全国青年中心建设先进县(市)”创建办法(试行)》印发给你们,请认真遵照执行。\n\n"
     "                  共青团中央办公厅\n                  二○○五年五月九日\n",
     ("关于印发《“全国青年中心建设先进县(市)”创建办法(试行)》的通知", "中青办发〔2005〕13号", "2005-05-09", "共青团中央办公厅")),
]


PAGE_TOPS += [
    # fresh18 xinjiang_hetian-2008-xiaofang-anquan-guanli-banfa-law-site (lines 1-24): a law site's imprint organ right over the
    # 文号, the notice signed with its date alone: the imprint names the issuer, as printed
    ("a law site's imprint organ over the 文号, the notice signed with a date alone",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发和田地区消防安全管理办法(暂行)的通知\n\n"
     "作者:法律资料网 时间:2024-06-03 05:06:14  浏览:9597   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "关于印发和田地区消防安全管理办法(暂行)的通知\n\n新疆维吾尔自治区和田地区行署办公室\n\n\n和行办发〔2008〕31号\n\n\n"
     "关于印发和田地区消防安全管理办法(暂行)的通知\n\n各县市人民政府,行署各部门、各直属机构,各事业、企业单位,驻和各单位、各部队,各群众团体:\n"
     "  《和田地区消防安全管理办法(暂行)》已经2008年5月7日行署第二次常务会议研究通过,现印发你们,请认真遵照执行。\n\n\n\n  \n"
     "  二〇〇八年六月六日\n",
     ("关于印发和田地区消防安全管理办法(暂行)的通知", "和行办发〔2008〕31号", "2008-06-06", "新疆维吾尔自治区和田地区行署办公室")),
]


PAGE_TOPS += [
    # fresh18 gansu_gannan-2015-nongyebu-gonggao-2254-xinxi-gongkai-zhinan-zhuanzai (lines 1-20, cut after the first sentence): a
    # bureau's repost prints its own 发布日期 under the headline, the announcement's title again, its number and the ministry's
    # own 发布单位 / 发布日期 under it: the document's own fields win; the 公告's serial right under its title is its number
    ("a repost's fields over the document's own fields under its title",
     '设为首页 | 加入收藏\n通知公告\n当前位置: 网站首页 >> 通知公告\n中华人民共和国农业部公告\n发布日期:2023-04-12 作者: 来源:\n\n中华人民共和国农业部公告\n\n发布时间:2017-12-16 14:27\n\n字体:[ ]\n\n  中华人民共和国农业部公告\n\n  第2254号\n\n发布单位 :农业部   发布日期 :2015-05-04 14:33\n\n\n  为全面贯彻落实《中华人民共和国政府信息公开条例》,更好地提供方便、快捷、准确的信息公开服务,我部特编制《农业部信息公开指南》。\n',
     ("中华人民共和国农业部公告", "第2254号", "2015-05-04", "农业部")),
    # constructed guard, the same page with a 通知: a serial under a notice's title is no number read here
    ("a serial under a notice's title is no number",
     "当前位置: 网站首页 >> 通知公告\n某县农业农村局通知\n发布日期:2023-04-12 作者: 来源:\n\n某县农业农村局通知\n\n第2254号\n\n"
     "  为全面贯彻落实《中华人民共和国政府信息公开条例》,更好地提供方便、快捷、准确的信息公开服务,我局特编制《信息公开指南》。\n",
     ("某县农业农村局通知", None, "2023-04-12", "某县农业农村局")),
]


PAGE_TOPS += [
    # fresh18 shandong_juancheng-2022-jiechu-bufen-guankongqu-tonggao (lines 1-11, https://juke.outofmemory.cn/life/1635819.html):
    # a Q&A site's own headline (its place, no 关于) and the poster's line over the notice's formal title, printed twice
    # (通告 / 通知): the first formal title is the document's
    ("a site's headline over the notice's formal title",
     "鄄城县封路通知\n\n江苏高邮2022-09-15  18\n\n鄄城县关于解除部分管控区的通告\n\n鄄城县关于解除部分控制区的通知\n\n"
     "根据全县疫情变化情况,经市专家组综合分析研判,鄄城县委统筹疫情防控和经济运行领导小组(指挥部)决定,自发布之日起,鄄城县罗屋庄村、"
     "鄄城南收费站、鄄城收费站(凤凰镇)解除控制区管理措施。\n\n鄄城县委统筹疫情防控和经济运行。\n\n领导小组(总部)\n\n2022年4月6日\n",
     ("鄄城县关于解除部分管控区的通告", None, "2022-04-06", "鄄城县委统筹疫情防控和经济运行领导小组(指挥部)")),
]


PAGE_TOPS += [
    # fresh6 guangdong-2021-zhengfu-gongzuo-baogao-fengong (lines 1-18, long lines cut at 120 characters,
    # https://jiu.foodmate.net/law/show.php?itemid=985): the title with its
    # 文号, the repost's byline and summary (核心提示 and its first sentence), then the page's field block printing the same
    # 文号 and no title: one document, signed 2021年3月21日 (the byline's 时间 is the repost's)
    ("the page's field block under the titled header, the same 文号", '广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (粤府〔2021〕22号)\n时间: 2023-02-21\n来源: 广东省人民政府\n核心提示:\n《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。\n《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。\n发布单位 |\n广东省人民政府\n|\n发布文号 | 粤府〔2021〕22号 |\n发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |\n有效性状态 | 阶段性文件 | 废止日期 | 暂无 |\n属性 | 专业属性 | 其他 | |\n备注 |\n各地级以上市人民政府,省政府各部门、各直属机构:\n《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向省政府办公厅反映。\n广东省人民政府\n2021年3月21日',
     ("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知", "粤府〔2021〕22号", "2021-03-21", "广东省人民政府")),
    # fresh7 shandong_changqing-2021-gongzuo-baogao-renwu-fengong (lines 1-23,
    # http://www.jncq.gov.cn/gongkai/site_changqingquqzfbgsb/channel_6389b6fb3759918282650663/doc_638e0ffb0538052f6b08a4f3.html): the page's field values
    # printed bare under its title, the index number first (索引号, 分类, 文号, 发布机构, two dates, 有效), then the document's
    # own header; no signature on the excerpt: the first date of the values is its 成文日期
    ("the page's field values printed bare under its title", '无障碍阅读 关怀版 返回首页\n政府信息公开\n济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n113701130042070099-A/2021-4059841\n综合政务\n济长政办字〔2021〕3号\n长清区政府\n2021-04-01\n2021-04-01\n有效\n\n济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n\n字号:\n\n打印整页 打印内容 分享\n\n济南市长清区人民政府办公室\n\n关于印发《政府工作报告》重点工作任务分工的通知\n\n济长政办字〔2021〕3号\n',
     ("济南市长清区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知", "济长政办字〔2021〕3号", "2021-04-01",
      "济南市长清区人民政府办公室")),
    # fresh8 hubei-2021-zhongwuran-jixiao-pingji-gongshi (lines 1-15, https://www.gcs66.com/document_detail/30375.html): a
    # document site's heading names only the list, its column, post time, a lead and 详情 over the 公示's own 关于 title
    ("a heading naming the list a 关于 title below is about", '《湖北省2021年重污染天气重点行业绩效评级B(含B-)级及以上和引领性企业名单》\n[环境影响评价报告 - 政策法规]\n发表于:2022-06-21 16:48:45\n收藏\n前言\n日前,湖北省发布2021年重污染天气重点行业绩效评级B(含B-)级及以上和引领性企业名单的公示,共17家企业,其中全省认定A级企业3家、B级企业12家、B-级企业1家、引领性企业1家,详情如下:\n详情\n关于湖北省2021年重污染天气重点行业绩效评级B(含B-)级及以上和引领性企业名单的公示\n为精准化开展重污染天气应对,贯彻落实生态环境部《关于印发的函》(环办大气函〔2020〕340号)要求,本着公平、公正、公开的原则,省生态环境厅严格按照程序开展了湖北省2021年度重污染天气重点行业企业绩效评级工作,经企业自评、市级初审、省级复核及现场核查,全省共认定A级企业3家、B级企业12家、B-级企业1家、引领性企业1家(见附件)。现对以上17家B(含B-)级及以上和引领性企业名单予以公示,接受公众监督。如对公示信息有异议,请在公示之日起5个工作日内,向省生态环境厅进行反馈。\n联系人:虎彩娇\n联系电话:027-87592368\n邮 箱:hbdaqichu@126.com\n附 件:湖北省2021年重污染天气重点行业绩效评级B(含B-)级及以上和引领性企业名单\n湖北省生态环境厅\n2022年3月17日',
     ("关于湖北省2021年重污染天气重点行业绩效评级B(含B-)级及以上和引领性企业名单的公示", None, "2022-03-17", "湖北省生态环境厅")),
    # fresh8 shandong_qingdao-2021-shenji-jieguo-gonggao (lines 1-18,
    # http://www.qingdao.gov.cn/zwgk/zdgk/zdlyzt/zdly/pggk/sjxx/202202/t20220208_4322693.shtml): the heading names the
    # bureau's 公告 series, a dash, then the report's title, which the report prints below on two lines
    ("a series, a dash and the item's title in the heading", '青岛市审计局审计结果公告2021年第3号(总第69号)——关于青岛市2020年度市级预算执行和 其他财政收支审计查出问题整改情况的报告\n青岛政务网 发布日期 : 2021-12-30\n字体大小: 打印\n\n青岛市审计局审计结果公告2021年第3号(总第69号)\n\n20211230日公告)\n\n \n\n关于青岛市2020年度市级预算执行和\n\n其他财政收支审计查出问题整改情况的报告\n\n \n\n——20211228日在市十六届人大常委会第十七次会议上\n',
     ("关于青岛市2020年度市级预算执行和其他财政收支审计查出问题整改情况的报告", None, "2021-12-30", "青岛市审计局")),
]


@pytest.mark.parametrize("what,text,want", [
    # guard: the same site's page whose headline is a 关于 title itself (https://juke.outofmemory.cn/read/1632316.html,
    # lines 1-3): the headline stays the first document's title
    ("a 关于 headline over the organ's notice",
     "湘潭县关于解除部分区域应急措施的通告\n湘潭县新冠肺炎疫情防控指挥部关于解除部分区域应急措施的通知\n"
     "根据我县“3·23”疫情情况,经市级专家评估,新冠肺炎县疫情防控指挥部决定自2022年4月7日零时起,解除涉及石滩镇、杨家桥镇的封锁控制区、控制区、预防区应急措施。\n",
     "湘潭县关于解除部分区域应急措施的通告"),
])
def test_a_headline_with_its_own_about_stays(what, text, want):
    assert segment_issue(normalize_lines(text), "x.txt").documents[0].title == want


@pytest.mark.parametrize("title,want", [
    ("厦门市新型墙体材料管理规定(2002年)", "厦门市新型墙体材料管理规定"),  # fresh18 厦门 (line 1): a law site's tag
    ("國務院關於同意四川省調整成都市部分行政區劃的批覆 (2015年)", "國務院關於同意四川省調整成都市部分行政區劃的批覆"),  # fresh10 成都
    # fresh3 chongqing_yuzhong-gongzuobaogao-date-stripped (line 1) and fresh10 zhejiang_lishui-2023-gongzuo-baogao-zeren-fenjie:
    # a periodic document's year is its name's
    ("重庆市渝中区人民政府工作报告(2023年)", "重庆市渝中区人民政府工作报告(2023年)"),
    ("市政府工作报告重点工作责任分解(2023年)", "市政府工作报告重点工作责任分解(2023年)"),
    ("三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)", "三甲镇安全生产治本攻坚三年行动实施方案(2024-2026年)"),  # a span, no tag
])
def test_a_sites_year_tag_is_not_the_title(title, want):
    assert P.without_year_tag(title) == want


@pytest.mark.parametrize("what,text,want", PAGE_TOPS, ids=[r[0].split(" (")[0] for r in PAGE_TOPS])
def test_a_page_top_over_its_document(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.date, d.issuer) for d in issue.documents] == [want]


@pytest.mark.parametrize("title,want", [
    # fresh16 guangdong-2019 (line 1): the organ issued the plan by name
    ("广东省推进粤港澳大湾区建设领导小组印发《广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)》",
     "广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)"),
    # constructed guards: a 关于 title issuing a plan (the notice, its kind lost), a headline of a meeting naming no
    # document's kind, and a notice's whole title
    ("关于印发《某县地震应急预案》", "关于印发《某县地震应急预案》"),
    ("某市人民政府发布《某市2023年十大民生实事》", "某市人民政府发布《某市2023年十大民生实事》"),
    ("某市人民政府关于印发《某市应急预案》的通知", "某市人民政府关于印发《某市应急预案》的通知"),
])
def test_a_headline_naming_the_document_an_organ_issued(title, want):
    from kg.parse.segment import _issued_by_headline

    assert _issued_by_headline(title) == want


def test_the_page_date_under_a_title_skips_the_sites_lines():
    """fresh17 jiangxi_dean-2025-binzang-gaige-sange-wenjian-qicao-shuoming-jiedu (lines 1-5): a bid site's region path
    between the headline and its 发布时间 is the site's line, not one of the two lines a page date may stand on."""
    from kg.parse.printed_dates import _page_date

    text = ("【起草说明】进一步深化殡葬领域改革工作实施方案进一步深化殡葬改革工作实施细则德安县绿色殡葬奖补激励办法(2025年修订)的起草说明\n"
            "\n审批\n江西-九江-德安县\n发布时间: 2025年10月14日\n项目详情")
    assert _page_date(normalize_lines(text), 0) == ("2025-10-14", 4)
    # (guard) two lines of the page's own between: the date below them is no longer the title's
    assert _page_date(normalize_lines(text.replace("江西-九江-德安县", "项目概况")), 0) == (None, None)
    # (guard) fresh5 guangdong_shenzhen-shengtai-zhuanfa-tongbao-repeated (lines 7-12): past the page's buttons, the news
    # lead's sentence opening with a date dates the document it reports, not this one
    lead = ("深圳市生态环境局转发关于广东省2018年企业环境信用评价结果的通报\n\n分享\n人工智能朗读:\n\n"
            "2020年3月31日,广东省生态环境厅印发《广东省生态环境厅关于广东省2018年企业环境信用评价结果的通报》")
    assert _page_date(normalize_lines(lead), 0) == (None, None)


@pytest.mark.parametrize("line,date", [
    # fresh18 zhejiang_yongkang (line 3's end): the date ends the line after the body's closing exclamation
    ("望以上企业再接再厉,为我市经济社会又好又快发展做出新的更大的贡献!2008年2月29日", "2008-02-29"),
    # guard: a sentence going on after the exclamation with a date is no signature
    ("全年任务超额完成!2008年2月29日,市政府召开表彰大会,命名铁牛集团有限公司为“航母”企业。", None),
    # entrep21 jiangsu-xuzhou-shizhang-zhiliangjiang-2023 (line 2): the organ and date after the exclamation, set apart
    # by spaces from the award list the one-line page runs on into
    ("为高质量建设淮海经济区中心城市作出新的更大贡献! 徐州市人民政府 2024年6月27日 2023年徐州市市长质量奖获奖名单 一、徐州市市长质量奖(5家企业)",
     "2024-06-27"),
    # guard: an organ and date glued on after the exclamation, a sentence going on
    ("全年任务超额完成!市政府2024年6月27日印发了《某某办法》。", None),
])
def test_a_date_glued_after_the_bodys_close(line, date):
    from kg.parse.signature import glued_signing_date

    assert glued_signing_date(normalize_lines(line), 0, 0)[0] == date


def test_the_organ_signed_after_the_bodys_close():
    from kg.parse.signature import glued_signing_date

    line = "努力在新起点上再创佳绩、再立新功。全市…作出新的更大贡献! 徐州市人民政府 2024年6月27日 2023年徐州市市长质量奖获奖名单"
    assert glued_signing_date(normalize_lines(line), 0, 0)[2] == "徐州市人民政府"


# fresh5 shandong_zibo-jixiao-fenji-pinggu-news (lines 1-7, http://goootech.com/news/detail-10313880.html): an industry
# site's news item, its headline over the byline block (更新时间, 来源 naming the bureau, 作者, 阅读), the lead, then the 公告's
# title the item reports: the byline is the headline's, one document credited to the 来源's organ
BYLINE_UNDER_HEADLINE = [
    ("a byline block under a news headline, the notice's title after the lead",
     "淄博市发布2022年度重污染天气重点行业绩效分级评估结果\n更新时间:2023-06-29 15:35\n来源:淄博市生态环境局\n作者:\n"
     "阅读:2076\n【谷腾环保网讯】淄博市生态环境局发布2022年度重污染天气重点行业绩效分级评估结果,2022年淄博市共认定A级企业5家、"
     "B级企业14家、绩效引领性企业10家。\n关于发布2022年度重污染天气重点行业绩效分级评估的公告\n",
     [("淄博市发布2022年度重污染天气重点行业绩效分级评估结果", None, "2023-06-29", "淄博市生态环境局")]),
]


@pytest.mark.parametrize("what,text,want", BYLINE_UNDER_HEADLINE, ids=[r[0] for r in BYLINE_UNDER_HEADLINE])
def test_a_byline_block_under_a_headline_is_the_headlines(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.date, d.issuer) for d in issue.documents] == want


# a news headline shaped like no document's title over its byline, the document's own title (organs, 关于, kind) the first
# line under it: the page reprints the document, whose title it takes; a lead paragraph under the byline keeps the headline
REPRINTED_UNDER_BYLINE = [
    # fresh7 heilongjiang-2022-xiangcun-zhenxing-shishi-yijian-news (lines 1-6,
    # https://hlj.cri.cn/2022-03-08/5e558ddb-f87d-4557-fb0c-b203c8ada062.html)
    ("the document's own title under the byline",
     "做好九个方面!2022年黑龙江推进乡村振兴这样干\n来源:龙头新闻  |  2022-03-08 09:28:25\n\n"
     "  中共黑龙江省委黑龙江省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见\n\n"
     "  为全面贯彻落实《中共中央、国务院关于做好2022年全面推进乡村振兴重点工作的意见》,结合黑龙江省实际,提出如下实施意见。\n",
     ("中共黑龙江省委黑龙江省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见", "中共黑龙江省委、黑龙江省人民政府")),
    # https://thxww.com.cn/guonei/5006.html: the byline, then the report's lead naming the document: the headline stays
    ("a lead under the byline",
     "2022年中央一号文件公布 提出全面推进乡村振兴重点工作\n\n来源:新华网 编辑: 周莉 时间:2022-02-23 09:02:15\n\n"
     "       新华社北京2月22日电(记者高敬、于文静)21世纪以来第19个指导“三农”工作的中央一号文件22日由新华社受权发布。\n\n"
     "  这份文件题为《中共中央 国务院关于做好2022年全面推进乡村振兴重点工作的意见》,全文共8个部分。\n",
     ("2022年中央一号文件公布提出全面推进乡村振兴重点工作", None)),
]


@pytest.mark.parametrize("what,text,want", REPRINTED_UNDER_BYLINE, ids=[r[0] for r in REPRINTED_UNDER_BYLINE])
def test_a_documents_title_under_a_news_byline_is_the_pages(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.issuer) for d in issue.documents] == [want]


@pytest.mark.parametrize("lead,want", [
    # fresh7 shanxi-xiangcun-zhenxing-zerenzhi-xize-wiki (line 2): the organs that issued it right before 发布, the title
    # naming its own place
    ("2023年12月,中共山西省委办公厅、山西省人民政府办公厅发布《山西省乡村振兴责任制实施细则》,自发布之日起施行。",
     "山西省乡村振兴责任制实施细则"),
    # the organ + 关于 title, as before
    ("文旅部网站12月30日发布《文化和旅游部关于确定第二批国家级夜间文化和旅游消费集聚区的公告》。",
     "文化和旅游部关于确定第二批国家级夜间文化和旅游消费集聚区的公告"),
    # https://newton.com.tw/wiki/…/64230797: a draft put out for comment, no organ before the verb
    ("2024年2月,《浙江省重污染天气应急预案(征求意见稿)》全文公布,公开征求意见。", None),
    # no organ right before the verb (a reporter's source), or a title naming no place: the item names another document
    ("记者从省政府获悉,近日发布《山西省乡村振兴责任制实施细则》。", None),
    ("山西省人民政府办公厅发布《乡村振兴责任制实施细则》。", None),
])
def test_a_lead_reporting_a_document_by_its_issuers(lead, want):
    from kg.parse.page_titles import _reported_title
    assert _reported_title(lead) == want


HEADLINE_OVER_TEXT = [
    # fresh10 zhejiang-2024-shengzhang-qiantou-zhongdian-gongzuo-news-traditional (lines 1-11,
    # https://bg3.co/a/zhe-jiang-sheng-sheng-chang-fu-sheng-chang-2024nian-qian-tou-zhong-dian-gong-zuo-gong-bu.html): the
    # headline, two sentences of the item, then the heading of the list it reports (no organ): the item is the headline's
    ("the list's heading under the item's text",
     "浙江省省長、副省長2024年牽頭重點工作公佈\n\n2024年是中華人民共和國成立75週年,是實施“十四五”規劃的關鍵一年,也是浙江“勇當"
     "先行者、譜寫新篇章”的再出發之年。\n\n近日,浙江省人民政府辦公廳印發2024年政府工作報告重點工作責任分解的通知,公佈省長、副省長"
     "牽頭的重點工作和十方面民生實事的責任分解等。\n\n2024年政府工作報告重點工作責任分解\n\n一、王浩省長牽頭重點工作\n\n"
     "1.一般公共預算收入與經濟增長同步。\n",
     "浙江省省长、副省长2024年牵头重点工作公布"),
    # constructed guard from fresh10 tianjin-2022-guowuyuan-gongzuo-baogao-fengong-news (http://tastyfever.com/huanbao/
    # article-60752.html): the notice reprinted under the text opens with its organ: the notice is a document of its own
    ("an organ's notice under the item's text",
     "天津深入打好污染防治攻坚战 实施“1+3+8”行动计划\n环保网获悉,5月10日,天津市人民政府发布了《关于落实国务院<政府工作报告>"
     "重点工作任务分工的通知》,提出加强生态环境综合治理,深入打好污染防治攻坚战。\n"
     "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知\n各区人民政府,市政府各委、办、局:\n",
     "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"),
]


@pytest.mark.parametrize("what,text,want", HEADLINE_OVER_TEXT, ids=[r[0] for r in HEADLINE_OVER_TEXT])
def test_a_headline_over_the_items_text_keeps_a_heading_below(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert issue.documents[-1].title == want


def test_a_standing_committees_notice_serial_over_its_adoption_sentence():
    """http://law277.infoeach.com/view-Mjc3fDM2MTcy.html (other_districts_fresh21 guangdong_shenzhen-2001-renda-changweihui-
    tingzheng-tiaoli-lawsite, lines 13-27): the 常委会公告's serial alone, over the sentence naming the meeting that adopted
    the regulation: the number as printed."""
    text = ("深圳市人民代表大会常务委员会听证条例\n\n深圳市人民代表大会常务委员会公告\n\n第三十七号\n\n"
            "  深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《深圳市人民代表大会常务委员会听证条例》业经广东省"
            "第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准,现予公布,自2002年1月1日起施行。\n\n"
            "深圳市人民代表大会常务委员会\n\n2001年12月26日\n\n\n(2001年10月17日深圳市第三届人民代表大会常务委员会第十一次会议通过\n"
            "2001年12月3日广东省第九届人民代表大会常务委员会第二十九次会议批准)\n\n\n第一章 总 则\n"
            "  第一条 为了规范深圳市人民代表大会常务委员会(以下简称常委会)的听证活动,制定本条例。")
    [doc] = segment_issue(normalize_lines(text), "x.txt").documents
    assert (doc.doc_number, doc.date) == ("第三十七号", "2001-12-26")
    # (guard) the same serial over a sentence reporting a meeting, no title adopted: no number
    other = text.replace("审议通过的《深圳市人民代表大会常务委员会听证条例》业经", "听取了工作报告,")
    assert segment_issue(normalize_lines(other), "x.txt").documents[0].doc_number is None


def test_a_law_sites_congress_byline_and_the_adopting_committee():
    """The same page whole (lines 1-31): the law site's byline 广东省深圳市人大常委会 (the committee's short name, an organ) on
    its own line over the title's copy is no part of the title; the 公告 signed by the committee names it with its 届 in the
    adoption line: the adopting committee issues it."""
    top = ("您的位置: 首页 » 法律资料网 » 法律法规 »\n\n深圳市人民代表大会常务委员会听证条例\n\n"
           "时间:2024-07-23 15:15:41 来源: 法律资料网 作者:法律资料网 阅读:8077\n下载地址: 点击此处下载\n\n"
           "深圳市人民代表大会常务委员会听证条例\n\n广东省深圳市人大常委会\n\n\n")
    body = ("深圳市人民代表大会常务委员会听证条例\n\n深圳市人民代表大会常务委员会公告\n\n第三十七号\n\n"
            "  深圳市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《深圳市人民代表大会常务委员会听证条例》业经广东省"
            "第九届人民代表大会常务委员会第二十九次会议于2001年12月3日批准,现予公布,自2002年1月1日起施行。\n\n"
            "深圳市人民代表大会常务委员会\n\n2001年12月26日\n\n\n(2001年10月17日深圳市第三届人民代表大会常务委员会第十一次会议通过\n"
            "2001年12月3日广东省第九届人民代表大会常务委员会第二十九次会议批准)\n\n\n第一章 总 则\n"
            "  第一条 为了规范深圳市人民代表大会常务委员会(以下简称常委会)的听证活动,制定本条例。")
    doc = segment_issue(normalize_lines(top + body), "x.txt").documents[-1]
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == (
        "深圳市人民代表大会常务委员会听证条例", "第三十七号", "深圳市第三届人民代表大会常务委员会", "2001-12-26")
    # (guard) an adoption line naming another place's committee: the signer stays
    other = body.replace("(2001年10月17日深圳市第三届", "(2001年10月17日广州市第十一届")
    assert segment_issue(normalize_lines(top + other), "x.txt").documents[-1].issuer == "深圳市人民代表大会常务委员会"


# guangdong_qingyuan-2022-canyin-lianghua-fenji-aji-gonggao-trad (other_districts_fresh21, lines 3-23; the page's spam
# keyword bar above it left out, a chrome line in its place): the bureau's heading with its second name in brackets over its
# 关于 title, blank lines between: the page's top, one document with the notice
QINGYUAN = ("首页\n\n清遠市市場監督管理局(知識產權局)\n\n關于清遠市餐飲服務食品安全量化分級A級單位的公告\n\n來源:本網訪問量:-發布時間:2022-01-26\n\n"
            "    為深入開展餐飲業質量安全提升工程,提高我市食品安全水平,按照《廣東省餐飲服務食品安全量化分級管理規定》,市市場監管局組織對全市餐飲服務"
            "單位進行食品安全量化分級評定。\n\n    現將全市餐飲服務單位食品安全量化分級A級單位予以公告。建議消費者用餐時優先選擇等級較高的餐飲服務單位。\n\n\n"
            "    附件:清遠市餐飲服務量化分級A級名單\n\n\n" + " " * 47 + "清遠市市場監督管理局\n\n" + " " * 50 + "2022年1月26日\n")


def test_an_organs_heading_with_its_second_name_over_its_title():
    docs = segment_issue(normalize_lines(QINGYUAN), "x.txt").documents
    assert [(d.line_start, d.title, d.issuer, d.date) for d in docs] == [
        (1, "关于清远市餐饮服务食品安全量化分级A级单位的公告", "清远市市场监督管理局", "2022-01-26")]
    # (guard) a bracket that is no organ's second name leaves the line its own
    other = QINGYUAN.replace("(知識產權局)", "(2022年第1期)")
    assert len(segment_issue(normalize_lines(other), "x.txt").documents) == 2


# shanghai_changning-2021-zhengfu-gongbao-di2qi-mulu (other_districts_fresh20, lines 1-31): a gazette issue's page, the
# issue's own number at the end of the fields row, its cover (masthead, issue, the office that runs it, publication date)
CHANGNING = ("2021年第二期(总第60期)\n\n印发日期:2021-07-02      发布日期:2021-07-02      长宁公报〔2021〕2 号\n\n字号:\n\n"
             "上海市长宁区人民政府公报\n\n \n\n二○二一年第二期\n\n \n\n \n\n(总第60期)\n\n上海市长宁区人民政府办公室主办\n\n \n\n"
             "二○二一年七月二日出版\n\n \n\n目     录\n\n【区政府文件】\n\n"
             "上海市长宁区人民政府关于印发《长宁区深化“一网通办”改革 构建全方位服务体系的工作方案》的通知………………(1)\n")


def test_a_gazette_issue_is_run_by_the_office_its_cover_names():
    doc = segment_issue(normalize_lines(CHANGNING), "x.txt").documents[0]
    assert (doc.doc_number, doc.issuer, doc.date) == ("长宁公报〔2021〕2号", "上海市长宁区人民政府办公室", "2021-07-02")
    # (guard) the same 主办 line on a page with no gazette masthead names no issuer
    plain = CHANGNING.replace("上海市长宁区人民政府公报", "政务公开专栏")
    assert segment_issue(normalize_lines(plain), "x.txt").documents[0].issuer != "上海市长宁区人民政府办公室"


# pages from the `pages` corpus in no set, read whole (title, 文号, date, issuer)
UNSEEN_PAGES = [
    # http://law957.infoeach.com/view-OTU3fDE5ODA0.html: a law site's headline, its byline, then the national organ on its own
    # line over the rule's title again, the dateline naming it: the title is the rule's, the organ its issuer
    ("a law site's national organ over the rule's title",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n海洋预报业务管理暂行规定\n\n时间:2024-07-09 20:26:51 来源: 法律资料网 作者:法律资料网 "
     "阅读:8081\n下载地址: 点击此处下载\n\n海洋预报业务管理暂行规定\n\n国家海洋局\n\n\n海洋预报业务管理暂行规定\n1999年7月13日,国家海洋局\n\n\n"
     "第一章 总则\n第一条 为充分发挥海洋预报系统的整体效益,加强对海洋预报业务规范化、标准化、制度化的管理,特制订本规定。\n",
     ("海洋预报业务管理暂行规定", None, "1999-07-13", "国家海洋局")),
    # http://nakedoat.com/banshi/2006-02/04/content_177413.htm (a converter's zh-TW copy): the byline names the site, then
    # the date, then 來源 (a portal: no issuer): the date dates the item
    ("a byline of the site's name, the date, then 来源",
     "久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频_成人高辣h视频一区二区在线观看\n\n  當前位置: 公民>> 服務資訊\n \n"
     "浙江:空氣和水的變化將于每月5日通報\n中央政府門戶網(wǎng)站 www.nakedoat.com   2006年02月04日   來源:浙江省人民政府門戶網(wǎng)站\n\n"
     "    從2月5日開始,浙江省環(huán)保局將在每個月的5日向公眾通報全省的水和空氣情況。\n",
     ("浙江:空气和水的变化将于每月5日通报", None, "2006-02-04", None)),
    # http://tastyfever.com/huanbao/article-38484.html: a notice reprinted under a news site's lead, signed by ten ministries
    # (short names) and four provinces on seven lines, blank lines between: all fourteen issue it
    ("a joint notice signed on seven lines",
     "大气网讯:日前,大气网获悉,《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》印发。全文如下:\n\n"
     "关于印发《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》的通知\n\n南京、无锡、徐州、常州、苏州、南通、连云港、淮安、"
     "盐城、扬州、镇江、泰州、宿迁、杭州、宁波、温州、湖州、嘉兴、绍兴、金华、衢州、舟山、台州、丽水、合肥、淮北、亳州、宿州、阜阳、蚌埠、"
     "淮南、滁州、六安、马鞍山、芜湖、宣城、铜陵、池州、安庆、黄山市人民政府,中国石油天然气集团有限公司、中国石油化工集团有限公司、"
     "中国海洋石油集团有限公司、中国国家铁路集团有限公司:\n\n现将《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》印发给你们,"
     "请遵照执行。\n\n生态环境部 发展改革委\n\n工业和信息化部 公安部\n\n财政部 住房城乡建设部\n\n交通运输部 商务部\n\n"
     "市场监管总局 能源局\n\n上海市人民政府 江苏省人民政府\n\n浙江省人民政府 安徽省人民政府\n\n2020年10月30日\n\n(此件社会公开)\n",
     ("关于印发《长三角地区2020-2021年秋冬季大气污染综合治理攻坚行动方案》的通知", None, "2020-10-30",
      "生态环境部、发展改革委、工业和信息化部、公安部、财政部、住房城乡建设部、交通运输部、商务部、市场监管总局、能源局、上海市人民政府、"
      "江苏省人民政府、浙江省人民政府、安徽省人民政府")),
    # http://www.redhongan.com/p/113675.html: an emergency command's numbered order, its name over "2号令", signed by it
    # (the serial is its number since docmeta33, as a 公告's "第2254号" is: kg.parse.serials)
    ("a command's numbered order",
     "红安县新型冠状病毒感染的肺炎防控指挥部\n2号令\n各乡镇(场、处)人民政府,县政府各相关部门:\n"
     "当前我县疫情防控形势异常严峻复杂,为加强人员流动管理,最大限度阻断疫情传播扩散渠道,现下达如下命令:\n"
     "一、严格落实“六个所有”。即日起,全县范围内所有大型社会活动一律取消。\n"
     "红安县新型冠状病毒感染的肺炎防控指挥部\n2020年1月24日\n",
     ("红安县新型冠状病毒感染的肺炎防控指挥部2号令", "2号令", "2020-01-24", "红安县新型冠状病毒感染的肺炎防控指挥部")),
    # http://qingyuan.gov.cn/ins.asp?s=12&i=10599: a county command's notice, signed by it over the date (spaces before both)
    ("a command's notice signed by it",
     "今天是:2025年7月1日 星期二\n公告公示\n清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部通知\n浏览:7456次'时间:2020年2月7日\n\n"
     "紧急通知:2月8日为传统的元宵佳节,我县有回乡祭祖的习俗。县疫情防控指挥部要求全县广大居民及外地亲友不要回乡祭祖、送灯,特此通知。\n\n\n"
     "                                                              清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部\n\n"
     "                                                                                              2020年2月7日\n",
     ("清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部通知", None, "2020-02-07", "清原满族自治县新型冠状病毒感染的肺炎疫情防控指挥部")),
]


# docmeta47 pages (real lines; the set's gold wants the same fields): title layouts and fields earlier sets lacked
DOCMETA47_PAGES = [
    # hebei_anping-jinzhi-gonglu-dachang-shailiang-tonggao-year-missing-forum (lines 1-6, real; bbs.anpingzx.com): a bureau's
    # 通告 with no 文号 or 主送, its organ on the line over the 关于 line and the kind alone under it: one title, the organ
    # first; the date's year is lost (`年6月12日`), so no date
    ("an organ over a 关于 line broken before its kind",
     "安平县交通运输局\n关于禁止在公路上打场晒粮的\n通告\n为确保夏收期间我县公路安全畅通,预防交通事故发生,现将严禁在公路上打场晒粮的有关事宜"
     "通告如下:一、严禁任何单位和个人在公路上打场晒粮。特此通告。\n安平县交通运输局\n年6月12日\n",
     ("安平县交通运输局关于禁止在公路上打场晒粮的通告", None, None, "安平县交通运输局")),
    # (guard, constructed) a site's name standing apart over the 关于 line (a blank line between) is no part of the title
    ("a site name apart over a 关于 title",
     "某县人民政府门户网站\n\n关于禁止在公路上打场晒粮的\n通告\n为确保公路安全畅通,现将有关事宜通告如下:一、严禁在公路上打场晒粮。特此通告。\n"
     "某县交通运输局\n2023年6月12日\n",
     ("关于禁止在公路上打场晒粮的通告", None, "2023-06-12", "某县交通运输局")),
    # guangdong_qingyuan-2020-nongye-chanye-qiangzhen-zhuanfa-title-three-lines-traditional (lines 1-5 and 17-18, real;
    # zyrhbw.com/gdqy): a 转发 title over three lines, broken inside the forwarded organ's name (省農業 ⏎ 農村廳): one
    # document, two forwarding bureaus its issuers, signed with the date
    ("a 转发 title broken inside the forwarded organ's name",
     "清遠市農業農村局 清遠市財政局轉發省農業\n農村廳 省財政廳關于申報廣東省2020年\n農業產業強鎮建設項目的通知\n"
     "各縣(市、區)農業農村局、財政局:\n現將省農業農村廳 省財政廳《關于申報廣東省2020年農業產業強鎮建設項目的通知》(粵農農計〔2020〕5號)"
     "轉發給你們,請根據通知要求認真組織申報。\n清遠市農業農村局 清遠市財政局\n2020年2月27日\n",
     ("清远市农业农村局清远市财政局转发省农业农村厅省财政厅关于申报广东省2020年农业产业强镇建设项目的通知", None, "2020-02-27",
      "清远市农业农村局、清远市财政局")),
    # (constructed, the same break at the 转发 itself) the forwarding office's line ends on 转发, the forwarded organ's
    # 关于 line under it: one title
    ("a 转发 title broken right after 转发",
     "某县人民政府办公室转发\n市财政局关于做好2023年预算管理工作的通知\n各乡镇人民政府,县直各部门:\n"
     "现将市财政局《关于做好2023年预算管理工作的通知》转发给你们,请认真贯彻执行。\n某县人民政府办公室\n2023年3月1日\n",
     ("某县人民政府办公室转发市财政局关于做好2023年预算管理工作的通知", None, "2023-03-01", "某县人民政府办公室")),
    # shandong_binzhou-2020-mingxiaozhang-peiyang-fangan-han-doc-share-glued (line 1, real, cut after the plan's first
    # sentence; m.zixin.com.cn/doc/5669703): a sharing site's chunk, the stripped 文号 glued before the title, the 主送,
    # text, signature and date run on: the number is the letter's, the cited 滨教201313号 another's
    ("a chunk's stripped number glued before its title",
     "1、滨教函202011号滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知各县(市、区)教体局,"
     "各市属开发区教育管理机构,市直各学校:现将滨州市第三期名校长培养工程人选培养方案(2019-2022年)印发给你们,请遵照执行。 滨州市教育局 "
     "2020年1月8日滨州市第三期名校长培养工程人选培养方案(2019-2022年)为落实关于实施滨州市名校长名教师名班主任培养工程的意见(滨教201313号)精神\n",
     ("滨州市教育局关于印发滨州市第三期名校长名教师名班主任培养工程人选培养方案(2019-2022年)的通知", "滨教函〔2020〕11号",
      "2020-01-08", "滨州市教育局")),
    # sichuan_ganzi-2021-senlin-caoyuan-fangmiehuo-tiaoli-wiki-fields-traditional (lines 1-15, real; newton.com.tw/wiki):
    # the page's title twice, its lead, then an infobox naming the same title (中文名): the infobox's 制定機關 and 公布日期
    # are the regulation's, one document
    ("a wiki infobox under the page's title and lead",
     "甘孜藏族自治州森林草原防滅火條例\n\n甘孜藏族自治州森林草原防滅火條例\n\n甘孜藏族自治州森林草原防滅火條例,於2020年12月30日由甘孜藏族"
     "自治州第十二屆人民代表大會常務委員會第二十六次會議通過,2021年1月27日四川省第十三屆人民代表大會常務委員會第二十五次會議批准。\n\n"
     "基本介紹\n\n  • 中文名: 甘孜藏族自治州森林草原防滅火條例\n  • 法律效力:地方性法規\n  • 制定機關:甘孜藏族自治州人大常務委員會\n"
     "  • 時效性:有效\n  • 公布日期: 2021/1/28\n第一章 總則\n第一條 為了科學預防和撲救森林草原火災,制定本條例。\n",
     ("甘孜藏族自治州森林草原防灭火条例", None, "2021-01-28", "甘孜藏族自治州人大常务委员会")),
    # (guard) fresh23 hunan-2022-xiaofeipin-gongye-sanpin-biaogan-qiye-mingdan (lines 1-30, real): the fields follow the
    # page's title straight, no lead between, and the 文号 line comes under them: the block heads the document, its
    # number read (the wiki reading above wants a lead sentence between the title and the infobox)
    ("fields straight under the page's title, the number under them",
     '关于公布2022年湖南省消费品工业“三品”标杆企业名单的通知\n文件名称: |\n关于公布2022年湖南省消费品工业“三品”标杆企业名单的通知\n|\n索引号: |\n4305000026/2022-03360 |\n|\n|\n公开目录: |\n通知公告 |\n公开责任部门: |\n工业和信息化局 |\n发文日期: |\n2022-08-17\n|\n公开形式: |\n主动公开 |\n生效日期 : |\n2022-08-17\n|\n有效期: |\n永久 |\n湘工信消费品〔2022〕395号\n各市州工信局、财政省直管县(市、区)工信部门,有关企业:\n根据《湖南省工业和信息化厅关于印发<湖南省消费品工业“三品”标杆企业培育办法>的通知》(湘工信消费品〔2021〕194号)和《湖南省财政厅湖南省工业和信息化厅关于印发<湖南省打造国家重要先进制造业高地若干财政支持政策>的通知》(湘财企〔2022〕10号)的要求,经企业自愿申报,各市州工信局、财政省直管县(市、区)工信部门审核推荐,专家评审和公示,现认定澳优乳业(中国)有限公司等40家企业为2022年湖南省消费品工业“三品”标杆企业(名单见附件),现予公布。\n附件:2022年湖南省消费品工业“三品”标杆企业名单\n湖南省工业和信息化厅\n2022年8月15日\n\n',
     ("关于公布2022年湖南省消费品工业“三品”标杆企业名单的通知", "湘工信消费品〔2022〕395号", "2022-08-15", "湖南省工业和信息化厅")),
]


def test_a_whole_forwarding_title_is_not_continued():
    """(guard, constructed) a whole 转发 title (its 关于 printed) ends on its line: the organ's 关于 line under it is a
    heading of its own, never the rest of the title."""
    text = ("某县人民政府办公室转发市财政局关于做好预算管理工作的通知\n市财政局关于做好2023年预算管理工作的通知\n各乡镇人民政府,县直各部门:\n"
            "现将通知转发给你们,请认真贯彻执行。\n某县人民政府办公室\n2023年3月1日\n")
    first = segment_issue(normalize_lines(text), "x.txt").documents[0]
    assert first.title == "某县人民政府办公室转发市财政局关于做好预算管理工作的通知"


@pytest.mark.parametrize("what,text,want", DOCMETA47_PAGES, ids=[r[0] for r in DOCMETA47_PAGES])
def test_docmeta47_pages(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.date, d.issuer) for d in issue.documents] == [want]


# docmeta47 jiangsu_lianyungang-2023-xindong-jiedao-daolu-mingming-pifu-number-as-filename (lines 1-21, real, the body cut
# to its first item; llqcyx.com/zglygzfmhwz): a mirror's 批复 page whose signature line is the mirror's spam, the number
# printed only as the document's file name under the date; the request's number in the body is cited, not its own
LIANYUNGANG = ("市政府关于同意海州区新东街道部分道路命名的批复\n\n来源:市政府办 发布日期:2023-04-19 09:15 访问量:\n\n海州区人民政府:\n\n"
               "你区《关于海州区新东街道紫金桃花源小区周边道路命名的请示》(海政发〔2023〕31号)收悉。经研究,现批复如下:\n\n"
               "1.高渠巷。东起港城大道,西至陇海铁路。长1600米,宽15米,因该区域原有高渠道而命名。\n\n"
               "ju111.net九州手机版欢迎您!\n\n2023年4月17日\n\n(此件公开发布)\n\n连政复〔2023〕12号.doc\n")


GUIZHOU = ("省农委办公室关于开展农业产业化国家重点龙头企业监测工作的通知\n有关市(州)农业委员会,农业产业化国家重点龙头企业:\n"
           "近日,农业农村部下发《关于开展农业产业化国家重点龙头企业监测工作的通知》(以下简称《通知》),经研究,我省拟由农业产业化国家"
           "重点龙头企业所在市(州)进行初审,省级全面审核后报农业农村部,现就相关工作提出以下要求:\n"
           "一、国家重点龙头企业向所在市(州)农业委员会提出监测申请,同时按照《通知》要求报送纸质材料。\n"
           "联系人及联系电话:游幸,0851-85284217\n附件:农业农村部关于开展农业产业化国家重点龙头\n企业监测工作的通知\n"
           "贵州省农业委员会\n2018年5月22日\n黔农办发(2018)93号-省农委办公室关于开展农业产业化国家重点龙头企业监测工作的通知.zip\n")


@pytest.mark.parametrize("text,want", [
    (LIANYUNGANG, ("连政复〔2023〕12号", "2023-04-17")),
    # (guards, constructed from it) two files so named are attachments, not the document's own; nor is one listed above
    # every date (an attachment list before the signature)
    (LIANYUNGANG.replace("连政复〔2023〕12号.doc\n", "连政复〔2023〕12号.doc\n海政发〔2023〕31号.pdf\n"), (None, "2023-04-17")),
    (LIANYUNGANG.replace("ju111.net九州手机版欢迎您!\n\n2023年4月17日\n\n(此件公开发布)\n\n连政复〔2023〕12号.doc\n",
                         "附件:海政发〔2023〕31号.pdf\n\n连云港市人民政府\n2023年4月17日\n"), (None, "2023-04-17")),
    # docent59 guizhou_shengnongwei-2018-longtou-jiance-paren-number-filename (lines 1-15, real, the body cut to its first
    # item; http://nynct.guizhou.gov.cn/xwzx/tzgg/201805/t20180528_25242199.html): the number, in round brackets, and the
    # document's own title name its file, an archive, under the date
    (GUIZHOU, ("黔农办发〔2018〕93号", "2018-05-22")),
    # (guard, constructed from it) a file named by a number and another document's title is that document's
    (GUIZHOU.replace("93号-省农委办公室关于开展", "93号-农业农村部关于开展"), (None, "2018-05-22")),
])
def test_a_number_printed_only_as_its_files_name(text, want):
    [doc] = segment_issue(normalize_lines(text), "x.txt").documents
    assert (doc.doc_number, doc.date) == want


@pytest.mark.parametrize("what,text,want", UNSEEN_PAGES, ids=[r[0] for r in UNSEEN_PAGES])
def test_pages_in_no_set(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.date, d.issuer) for d in issue.documents] == [want]


@pytest.mark.parametrize("text,title", [
    # http://file2019.huancui.gov.cn/ztCwhyWebList?id=85 (in no set): the title after its label and a bullet, the page's
    # tab bar under it, one bulleted tab a line: neither label nor tabs are the title's
    ("2022-04-08\n• 会议题目 • 于晓东主持召开区政府第4次常务会议\n  • 会议内容\n  • 提纲速读\n  • 解读评论\n  • 视频报道\n  • 一图读懂\n\n"
     "4月8日上午,区委副书记、区长于晓东主持召开区政府第4次常务会议,研究部署了疫情防控、烟花爆竹禁燃等工作。\n",
     "于晓东主持召开区政府第4次常务会议"),
    # guard (constructed): a title broken over two unbulleted lines is joined as before
    ("于晓东主持召开区政府\n第4次常务会议\n\n4月8日上午,区委副书记、区长于晓东主持召开区政府第4次常务会议,研究部署了疫情防控等工作。\n",
     "于晓东主持召开区政府第4次常务会议"),
])
def test_a_bulleted_tab_bar_and_label_are_not_the_title(text, title):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert issue.documents[0].title == title


@pytest.mark.parametrize("text,title,issuer", [
    # tasks28 neimenggu_zizhiqu-laojiu-xiaoqu-gaizao-zeren-bumen-pdf-columns (real): a flipbook page's text layer, its
    # viewer's "Page 22 - " run into the notice's title, "P. 22" under it: the page head is no part of the title
    ("Page 22 - 内蒙古自治区人民政府办公厅关于印发自治区全面推进城镇老旧小区改造工作实施方案的通知\nP. 22\n"
     "重 点 任 务 责 任 部 门\n充分发挥自治区城镇老旧小区改造厅际联席会议\n- 16 -\n",
     "内蒙古自治区人民政府办公厅关于印发自治区全面推进城镇老旧小区改造工作实施方案的通知", "内蒙古自治区人民政府办公厅"),
    # guard (constructed): a title that names a page in its words keeps them
    ("Page设计规范管理办法\n\n第一条 为规范页面设计,制定本办法。\n", "Page设计规范管理办法", None),
])
def test_an_ebook_page_head_is_not_the_title(text, title, issuer):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert (issue.documents[0].title, issue.documents[0].issuer) == (title, issuer)


@pytest.mark.parametrize("text,title", [
    # http://www.boteman.cn/paper/508373219.html (in no set, a converter's copy): the sharing site's captions of the file's
    # pages, one a line: the file's name
    ("街辦創(chuàng)建工作方案_第1頁(yè)\n街辦創(chuàng)建工作方案_第2頁(yè)\n街辦創(chuàng)建工作方案_第3頁(yè)\n"
     "已閱讀5頁(yè),還剩8頁(yè)未讀, 繼續(xù)免費(fèi)閱讀\n\n下載本文檔\n\n文檔簡(jiǎn)介\n\n街辦創(chuàng)建工作方案范文參考一、背景分析\n",
     "街办创建工作方案"),
    # guard (constructed): a title naming a page of a plan, no underscore caption, stays whole
    ("关于印发第1页码规范的通知\n\n各单位:\n现将规范印发给你们。\n", "关于印发第1页码规范的通知"),
])
def test_a_sharing_sites_page_captions_name_the_file(text, title):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert issue.documents[0].title == title


@pytest.mark.parametrize("text,want", [
    # https://guangze.gov.cn/cms/html/gzxrmzf/2026-01-08/521103639.html (in no set): the attachment's name at the page's foot,
    # the file's date stamp and serial before the headline's words, is no fuller copy of the title
    ("无障碍浏览\n当前位置:光泽县人民政府 >  政务公开 >  公示公告\n光泽县人民政府森林防火禁火令\n"
     "2026-01-08 15:39 来源:光泽县政府办 访问量:\n  光泽县人民政府森林防火禁火令\n\n \n\n2026年第1号)\n\n \n\n"
     "鉴于当前天气持续干旱无雨,森林火险等级较高,极易引发森林火灾,县政府决定从2026年1月9日至2026年1月16日止,在全县范围内严禁"
     "一切林区野外用火,请各单位遵照执行。\n\n \n\n 光泽县人民政府 \n\n2026年18\n\n(此件主动公开)\n\n"
     " 20260108-(2026年第1号)光泽县人民政府森林防火禁火令\n\n扫一扫在手机打开当前页\n",
     ("光泽县人民政府森林防火禁火令", "光泽县人民政府")),
])
def test_a_file_stamp_before_the_title_is_no_fuller_copy(text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.issuer) for d in issue.documents] == [want]


@pytest.mark.parametrize("text,want", [
    # http://m.faire-des-travaux.com/gonggaotongzhi/5261.html (in no set, a converter's copy): four issuers glued two to a
    # line over the 关于 line, signed one a line: all four issue it, the title printing them all
    ("我省發布關于禁止在森林防火區野外用火的通告\n\n                    發布時間:2022-09-23 15:00:02 人氣: 作者:小編\n\n\n"
     "                    江西省森林防火滅火指揮部江西省林業局\n\n\n                    江西省公安廳江西省應急管理廳\n\n\n"
     "                    關于禁止在森林防火區戶外用火的通知\n\n\n                    為預防森林火災,維護林區穩定,保障人民生命財產安全,"
     "省森林防火指揮部、省林業局、省公安廳、省應急管理廳公告如下:\n\n\n"
     "                    一是縣級人民政府根據本行政區域森林資源分布和森林火災發生規律,劃定森林防火區,并向社會公布。\n\n\n"
     "                    江西省森林防火滅火指揮部\n\n\n                    江西省林業局\n\n\n                    江西省公安廳\n\n\n"
     "                    江西省應急管理廳\n\n\n                    2022年9月20日\n",
     ("江西省森林防火灭火指挥部江西省林业局江西省公安厅江西省应急管理厅关于禁止在森林防火区户外用火的通知",
      "江西省森林防火灭火指挥部、江西省林业局、江西省公安厅、江西省应急管理厅")),
    # fresh9 fujian_xiamen-2006-rencai-youhui-zhengce-zhuanfa-doc-site (lines 2-5): the 转发 line names the organs it
    # transmits, no organ line of the issuers
    ("中共厦门市委办公厅 厦门市人民政府办公厅\n转发市委组织部 市人事局 市财政局\n《关于实施若干人才优惠政策的意见》的通知\n"
     "厦委办发[2006]39号\n各区委、区政府,市直各部、委、办、局:\n",
     ("中共厦门市委办公厅 厦门市人民政府办公厅转发市委组织部 市人事局 市财政局《关于实施若干人才优惠政策的意见》的通知",
      "中共厦门市委办公厅、厦门市人民政府办公厅")),
])
def test_joint_issuers_glued_two_to_a_line(text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    d = issue.documents[-1]
    assert (d.title.replace(" ", ""), d.issuer) == (want[0].replace(" ", ""), want[1])


# fresh24 (scored once as never-seen, then opened): the causes of its document-field misses, each a general reading; the
# texts are each file's first lines (long lines cut), with real pages in no set beside them where the `pages` corpus
# printed the same wording. Each row: (what, text, (title, 文号, date, issuer) of the document at `line` (1-based)).
FRESH24_DOCUMENTS = [
    # fresh24 anhui_wuhu-2022-diandongche-anquan-guanli-banfa-converter: the promulgation note goes on to the day it takes
    # effect, after a space: the decree's number is the regulation's 文号, its organ the issuer
    ("a decree note with its effective day (wuhu)",
     "芜湖市电动车安全管理办法\n安徽省芜湖市人民政府\n芜湖市电动车安全管理办法\n"
     "(2022年1月29日芜湖市人民政府令第65号公布 自2022年3月1日起施行)\n第一章 总 则\n"
     "第一条 为了加强电动车安全管理,预防交通、火灾等安全事故,制定本办法。\n", 1,
     ("芜湖市电动车安全管理办法", "芜湖市人民政府令第65号", "2022-01-29", "芜湖市人民政府")),
    # fresh24 neimenggu-2023-xingzheng-guifanxing-wenjian-guanli-banfa-converter: the same, after a comma, a space after the date
    ("a decree note with its effective day after a comma (内蒙古)",
     "内蒙古自治区行政规范性文件管理办法\n\n(2023年10月23日 内蒙古自治区人民政府令第262号公布,自2023年12月1日起施行)\n\n"
     "第一章  总  则\n\n第一条  为了加强对行政规范性文件的管理,推进依法行政,制定本办法。\n", 1,
     ("内蒙古自治区行政规范性文件管理办法", "内蒙古自治区人民政府令第262号", "2023-10-23", "内蒙古自治区人民政府")),
    # fresh24 shandong-2017-laodong-guanxi-hexie-qiye-gongyeyuanqu-mingming-tongzhi: the page's heading "X等4部门" over the
    # 关于 line (never the document's own header), signed by the four, one a line (one body under two names, "/")
    ("a page's 'X等4部门' heading over the 关于 title (山东)",
     "山东省人力资源和社会保障厅等4部门\n关于命名山东省劳动关系和谐企业山东省劳动关系和谐工业园区的通知\n鲁人社字〔2017〕421号\n"
     "各市人力资源社会保障局、总工会、企业联合会/企业家协会、工商业联合会,各有关企业:\n近年来,全省企业认真贯彻有关意见。\n"
     "山东省人力资源和社会保障厅\n山东省企业联合会/企业家协会\n山东省工商业联合会\n山东省总工会\n2017年12月27日\n", 1,
     ("关于命名山东省劳动关系和谐企业山东省劳动关系和谐工业园区的通知", "鲁人社字〔2017〕421号", "2017-12-27",
      "山东省人力资源和社会保障厅、山东省企业联合会/企业家协会、山东省工商业联合会、山东省总工会")),
    # fresh24 quanguo-1978-gonglu-gongcheng-biaozhun-sheji-guanli-banfa-tongzhi-law-site: a law site's page (the layout of
    # http://law604.infoeach.com/view-NjA0fDI2NA==.html and law717 …view-NzE3fDEyNTc4NA==.html): the page title, the
    # ministry of 1978 between two printings of the title, the two-digit-year 文号 under it in double brackets
    ("a 1978 ministry's notice on a law site, its (78) number in double brackets",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于颁发《公路工程标准设计管理办法》(试行)的通知\n\n"
     "作者:法律资料网 时间:2024-07-12 11:37:44  浏览:9996   来源:法律资料网\n下载地址: 点击此处下载\n\n"
     "关于颁发《公路工程标准设计管理办法》(试行)的通知\n\n交通部\n\n\n关于颁发《公路工程标准设计管理办法》(试行)的通知\n"
     " ((78)交公路字412号)\n\n\n各省(自治区)交通局、北京市交通局:\n  为了进一步加强全国公路标准设计的编制和管理工作,现制订出本办法。\n"
     "                        一九七八年三月二十三日\n", 1,
     ("关于颁发《公路工程标准设计管理办法》(试行)的通知", "〔78〕交公路字412号", "1978-03-23", "交通部")),
    # fresh24 anhui_huangshan-2004-xingzheng-xuke-tingzheng-chengxu-guiding-law-site: the gazette's issue line between the
    # law site's banner organ and the spaced decree banner: the title above it still titles the decree
    ("a gazette issue line over a spaced 令 banner (黄山)",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n黄山市行政许可听证程序规定\n\n时间:2024-05-16 15:58:38 来源: 法律资料网\n"
     "下载地址: 点击此处下载\n\n黄山市行政许可听证程序规定\n\n安徽省黄山市人民政府\n\n\n黄山市人民政府公报(2004年第7号)\n\n"
     "黄 山 市 人 民 政 府 令\n\n\n第 28 号\n\n \n《黄山市行政许可听证程序规定》已经2004年6月29日市政府第十八次常务会议通过,"
     "现予发布,自2004年7月1日起施行。\n\n\n市长 李宏鸣\n二○○四年六月二十九日\n\n \n\n黄山市行政许可听证程序规定\n\n"
     "第一条 为了规范行政许可听证程序,制定本规定。\n", 3,
     ("黄山市行政许可听证程序规定", "黄山市人民政府令第28号", "2004-06-29", "黄山市人民政府")),
    # fresh24 yunnan_kunming-2019-keyun-chuzu-qiche-guanli-tiaoli-gonggao: the page opens with the adoption note, the
    # title printed only in the 公告 promulgating it: the regulation, dated by its adoption, the 公告's number not its own
    ("a page opening with the adoption note, titled by its 公告 (昆明)",
     "(2019年4月26日昆明市第十四届人民代表大会常务委员会第十六次会议通过\n"
     "2019年11月28日云南省第十三届人民代表大会常务委员会第十四次会议批准)\n发布时间:2019-12-10\n"
     "昆明市第十四届人民代表大会常务委员会公告\n(第21号)\n"
     "《昆明市客运出租汽车管理条例》于2019年4月26日经昆明市第十四届人民代表大会常务委员会第十六次会议通过,并经云南省第十三届"
     "人民代表大会常务委员会第十四次会议批准,现予公布,自2020年3月1日起施行。\n昆明市人民代表大会常务委员会\n2019年12月9日\n"
     "云南省人民代表大会常务委员会关于批准《昆明市客运出租汽车管理条例》的决议\n"
     "云南省第十三届人民代表大会常务委员会第十四次会议审查了《昆明市客运出租汽车管理条例》,决定予以批准。\n", 1,
     ("昆明市客运出租汽车管理条例", None, "2019-04-26", "昆明市第十四届人民代表大会常务委员会")),
    # fresh24 guangdong_qingyuan-2019-shi-renmin-zhengfu-gongzuo-guize-tongzhi-pkulaw: a law database's title with its
    # version tag over the document's own title: one document from the page's title, titled as the document prints it
    ("a database's version-tagged title over the document's (清远)",
     "广东规范性文件 > 正文阅览\n转第\n下载\n保留字段信息\n页面宽度(px):\n\n页面宽度范围为200至2000\n\n"
     "清远市人民政府关于印发《清远市人民政府工作规则》的通知(2019修订)\n\n清远市人民政府关于印发《清远市人民政府工作规则》的通知\n\n\n"
     "各县(市、区)人民政府,市政府各部门、各直属机构:\n  新修订的《清远市人民政府工作规则》已经市政府常务会议审议通过。现印发给你们。\n"
     "清远市人民政府\n  2019年11月29日\n", 9,
     ("清远市人民政府关于印发《清远市人民政府工作规则》的通知", None, "2019-11-29", "清远市人民政府")),
    # fresh24 guangdong_shenzhen-2017-shiji-qiye-jishu-zhongxin-nirending-gongshi-metadata: the signature line ends in a
    # table's pipe residue
    ("a signature line ending in pipe residue (深圳)",
     "深经贸信息技术字〔2017〕242号\n各有关单位: 根据《深圳市企业技术中心认定管理办法》,现将拟认定名单予以公示。\n"
     "深圳市经济贸易和信息化委员会 2017年12月19日 |\n", 1,
     (None, "深经贸信息技术字〔2017〕242号", "2017-12-19", "深圳市经济贸易和信息化委员会")),
    # fresh24 zhejiang_haiyan-2023-xianji-nongye-longtou-qiye-jiance-jieguo-tongzhi: a notice printed on one line, its three
    # signers and date set apart by spaces between the annex list and the annex
    ("three signers spaced apart inside a one-line notice (海盐)",
     "关于公布2023年县级农业龙头企业监测结果和新认定县级农业龙头企业名单的通知\n盐农〔2023〕80号\n|\n"
     "各镇人民政府(街道办事处),县级有关单位: 根据《海盐县县级农业龙头企业认定和运行监测管理办法》,经企业申报、镇(街道)推荐、"
     "县级部门审核,确定浙江青莲食品股份有限公司等25家企业监测合格。 附件:1.海盐县2023年监测合格县级农业龙头企业名单(共25家) "
     "2.海盐县2023年新认定县级农业龙头企业名单(共4家) 海盐县农业农村局 海盐县财政局 海盐县供销合作总社 2023年8月23日 附件1: "
     "海盐县2023年监测合格县级农业龙头企业名单 (共25家) 1.浙江青莲食品股份有限公司 2.浙江万好食品有限公司\n", 1,
     ("关于公布2023年县级农业龙头企业监测结果和新认定县级农业龙头企业名单的通知", "盐农〔2023〕80号", "2023-08-23",
      "海盐县农业农村局、海盐县财政局、海盐县供销合作总社")),
]


@pytest.mark.parametrize("what,text,line,want", FRESH24_DOCUMENTS, ids=[r[0] for r in FRESH24_DOCUMENTS])
def test_fresh24_document_fields(what, text, line, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    [d] = [d for d in issue.documents if d.line_start <= line <= d.line_end]
    got = (d.title, d.doc_number, d.date, d.issuer)
    assert got[1:] == want[1:] and (want[0] is None or got[0] == want[0])


@pytest.mark.parametrize("line,num", [
    ("((78)交公路字412号)", "〔78〕交公路字412号"),  # fresh24's 1978 notice, as printed
    ("(82)财税字第111号", "〔82〕财税字第111号"),  # the form with 第
    # never a list item's count or a 文号 of today's form read twice
    ("(23)某某公司2个号", None),
    ("(12)第3号", None),
    ("某政发〔2023〕5号", "某政发〔2023〕5号"),
])
def test_a_two_digit_year_number_line(line, num):
    from kg.parse.normalize import normalize_doc_number

    m = P.DOC_NUMBER_LINE.match(line)
    assert (normalize_doc_number(m["num"]) if m else None) == num


@pytest.mark.parametrize("line,num", [
    # fresh33 ningxia-jianzhuye-longtou-qiye-20qiang-2017.txt:3 (real, a federation's decision): an office bracketed inside
    # the organ part, small-form year brackets (its s2twp copy is folded to this before the match)
    ("宁建联(市场)字﹝2018﹞18号", "宁建联(市场)字〔2018〕18号"),
    # constructed guards: a title's bracket before a year is no organ part (no kind after it), and plain numbers keep
    ("实施办法(试行)〔2018〕5号", None),
    ("宁建联字〔2017〕54号", "宁建联字〔2017〕54号"),
])
def test_a_number_with_a_bracketed_office(line, num):
    from kg.parse.normalize import normalize_doc_number

    m = P.DOC_NUMBER_LINE.match(line)
    assert (normalize_doc_number(m["num"]) if m else None) == num


@pytest.mark.parametrize("line,want", [
    ("(2022年1月29日芜湖市人民政府令第65号公布 自2022年3月1日起施行)", "芜湖市人民政府令第65号"),
    ("(2023年10月23日内蒙古自治区人民政府令第262号公布,自2023年12月1日起施行)", "内蒙古自治区人民政府令第262号"),
    ("(1991年3月26日济南市人民政府令19号发布)", "济南市人民政府令19号"),
    # in force from its publication (law.foodmate.net/show-221381.html, fresh45 guangxi_zhengfuling-7-2004-…, line 1)
    ("(2004年6月29日广西壮族自治区人民政府令第7号公布 自公布之日起施行)", "广西壮族自治区人民政府令第7号"),
    # the State Council's joint decree with the Military Commission (docmeta33's law-site page of a 1993 决定, 法律资料网)
    ("(1993年4月27日国务院中央军委会令第113号发布)", "国务院中央军委会令第113号"),
    # the adopting meeting first (https://www.ccgp-neimenggu.gov.cn/docs/… 货物进出口管理条例): not this note's shape
    ("(2001年10月31日国务院第46次常务会议通过 2001年12月10日中华人民共和国国务院令第332号公布 自2002年1月1日起施行)", None),
    # an adoption note naming the law's promulgating order after the congress (http://law633.infoeach.com/view-NjMzfDE1Mw==.html):
    # no decree of an organ's note
    ("(2000年10月31日第九届全国人民代表大会常务委员会第十八次会议通过2000年10月31日中华人民共和国主席令第三十七号公布"
     "自2001年1月1日起施行)", None),
    # a note going on to an amendment: the decree did not publish the printed text
    ("(1998年11月17日山东省人民政府令第96号发布根据2004年7月15日山东省人民政府令第172号修订)", None),
])
def test_a_decree_note_with_its_effective_day(line, want):
    from kg.parse.normalize import compact
    from kg.parse.decree_notes import _NOTE_DECREE

    m = _NOTE_DECREE.match(compact(line))  # (read on the line's compact form)
    assert (m["num"] if m else None) == want


@pytest.mark.parametrize("organ,want", [
    ("国务院中央军委会", True), ("国务院", True), ("中华人民共和国国务院", True), ("国务院、中央军委", True),
    ("国家市场监督管理总局", True), ("芜湖市人民政府", True),
    ("国务院第46次常务会议", False), ("中央军委会", False), ("某某公司", False),
])
def test_a_decree_notes_organ(organ, want):
    from kg.parse.decree_notes import _note_organ

    assert _note_organ(organ) is want


def test_a_joint_state_council_decree_note_numbers_and_issues_its_decision():
    # docmeta33: a law site's page of a joint 决定, its only number and date in the promulgation note under the title
    text = ("国务院中央军委关于修改解放军现役士兵服役条例的决定\n\n国务院\n\n"
            "国务院中央军委关于修改解放军现役士兵服役条例的决定\n\n(1993年4月27日国务院中央军委会令第113号发布)\n\n"
            "为加强中国人民解放军士官队伍建设,决定增设士官军衔等级,对《中国人民解放军现役士兵服役条例》作如下修改和补充:\n"
            "一、第十五条第(一)项修改为:\n")
    d = segment_issue(normalize_lines(text), "x.txt").documents[0]
    assert (d.doc_number, d.date, d.issuer) == ("国务院中央军委会令第113号", "1993-04-27", "国务院、中央军委")


@pytest.mark.parametrize("c,want", [
    ("山东省企业联合会/企业家协会", True),  # fresh24 山东: one body under two names
    ("山东省人力资源和社会保障厅", True),
    ("山东省企业联合会/2017", False),
    ("企业联合会/企业家协会", False),  # no place
])
def test_a_signer_under_two_names(c, want):
    from kg.parse.signature import is_signer

    assert is_signer(c) is want


@pytest.mark.parametrize("raw,want", [
    ("…名单(共4家) 海盐县农业农村局 海盐县财政局 海盐县供销合作总社 2023年8月23日 附件1: 海盐县…名单",
     ("海盐县农业农村局、海盐县财政局、海盐县供销合作总社", "2023-08-23")),
    # a sentence going on after a date, no organ before it set apart: none
    ("…经研究决定 2023年8月23日 起施行 海盐县农业农村局负责解释", None),
    # one organ and a date running on into the text: none (a news item's dateline)
    ("记者 海盐县农业农村局 2023年8月23日 召开会议,部署工作", None),
])
def test_signers_spaced_apart_inside_a_line(raw, want):
    from kg.parse.signature import _spaced_signers

    assert _spaced_signers(raw) == want


@pytest.mark.parametrize("text,issuer", [
    # fresh24 hunan_xiangxi-2023-zizhi-tiaoli-xiuzheng-caoan-zhengqiu-yijian-tongzhi: signed by its level alone, the page's
    # 来源 (an organ line under an empty label) naming it in full
    ("关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)公开征求意见的通知\n\n作者: 发布时间:2023年11月20日 来源:\n\n"
     "湘西自治州人大常委会法工委\n\n关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)\n\n公开征求意见的通知\n\n\n"
     "为了广泛征求社会各方面意见,提高立法质量,现将修正草案全文公布,征求意见。\n\n 州人大常委会法工委        \n\n"
     "  2023年11月20日          \n", "湘西自治州人大常委会法工委"),
    # a news outlet as the 来源, another organ signing by its level: never the outlet (the signature as printed)
    ("关于开展农产品质量安全检查的通知\n\n发布时间:2023年11月20日 来源:湘西日报\n\n为了保障农产品质量安全,现开展检查。\n\n"
     "州农业农村局\n\n2023年11月20日\n", "州农业农村局"),
])
def test_a_signature_by_level_named_in_full_by_the_pages_source(text, issuer):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert issue.documents[0].issuer == issuer


def test_a_joint_heading_line_with_no_title_under_it_is_no_header():
    text = ("山东省人力资源和社会保障厅等4部门\n联合开展劳动关系和谐企业创建活动,取得明显成效。\n记者从省人社厅获悉,活动将持续到年底。\n")
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert all(d.title != "联合开展劳动关系和谐企业创建活动,取得明显成效。" or d.issuer is None for d in issue.documents)


# docmeta28: a `date,organ` dateline is an organ's only (a sentence opening with a date is none); a bare value with its
# level is a field only after an organ or alone (never a phrase ending in 级)
@pytest.mark.parametrize("line,want", [("1990年3月10日,铁道部", "1990-03-10"), ("1964年2月10日,最高法院司法行政厅", "1964-02-10"),
                                       ("2019年1月4日,县政府第三次全体会议通过", None), ("2023年5月6日,我县召开会议", None)])
def test_a_dated_imprint_names_an_organ(line, want):
    from kg.parse.printed_dates import _dated_imprint

    assert _dated_imprint(normalize_lines(line + "\n正文。"), 0, 1)[0] == want


@pytest.mark.parametrize("line,want", [("巩义市自然资源和规划局 县级", "fields"), ("乡级", "fields"),
                                       ("2023-02-24 2023-02-24", "fields"), ("2022-05-19", "fields"),
                                       ("全省县级", None), ("提升到国家级", None)])
def test_a_grassroots_pages_bare_values_are_fields(line, want):
    from kg.parse.page_top import _page_field

    assert _page_field(normalize_lines(line)[0]) == want


# docmeta28 wjj.zs.gov.cn (中山): a placed leading group's long subject is an organ's name; a recipients phrase that
# names such a group's members is none
@pytest.mark.parametrize("name,want", [("中山市公共卫生与重大疾病防治工作领导小组办公室", True),
                                       ("中山市公共卫生与重大疾病防治工作领导小组", True),
                                       ("市公共卫生与重大疾病防治工作领导小组职业病防治专项小组各成员单位", False),
                                       ("关于印发中山市职业病防治工作领导小组办公室", False)])
def test_a_placed_leading_groups_long_name_is_an_organ(name, want):
    from kg.parse import patterns as P

    assert P.is_organ(name) is want


def test_a_leading_group_office_titles_and_signs_with_its_stamp_line():
    text = ("中山市公共卫生与重大疾病防治工作领导小组办公室关于印发中山市职业病防治“十四五”规划的通知\n"
            "信息来源:本网发布日期:2022-07-01\n"
            "火炬开发区管委会,翠亨新区管委会,各镇政府、街道办事处,市公共卫生与重大疾病防治工作领导小组职业病防治专项小组各成员单位:\n"
            "《中山市职业病防治“十四五”规划》已经市人民政府同意,现印发给你们,请认真组织实施。实施过程中遇到的问题,请径向市卫生健康局反映。\n"
            "中山市公共卫生与重大疾病防治工作领导小组办公室\n(代章)\n2022年6月30日")
    (d,) = segment_issue(normalize_lines(text), "x.txt").documents
    assert (d.issuer, d.date, d.doc_number) == ("中山市公共卫生与重大疾病防治工作领导小组办公室", "2022-06-30", None)


LAW_SITE_NUMBERS = [
    # fresh24 anhui_huangshan-2004-xingzheng-xuke-tingzheng-chengxu-guiding-law-site (law site): the gazette issue the page
    # copied the decree from stands between the imprint and the spaced decree name: the rule's title still heads it
    ("a gazette issue line over a spaced decree",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n黄山市行政许可听证程序规定\n\n"
     "时间:2024-05-16 15:58:38 来源: 法律资料网 作者:法律资料网 阅读:9845\n下载地址: 点击此处下载\n\n"
     "黄山市行政许可听证程序规定\n\n安徽省黄山市人民政府\n\n\n黄山市人民政府公报(2004年第7号)\n\n"
     "黄 山 市 人 民 政 府 令\n\n\n第 28 号\n\n \n"
     "《黄山市行政许可听证程序规定》已经2004年6月29日市政府第十八次常务会议通过,现予发布,自2004年7月1日起施行。\n\n\n"
     "市长 李宏鸣\n二○○四年六月二十九日\n",
     ("黄山市行政许可听证程序规定", "黄山市人民政府令第28号", "2004-06-29")),
    # fresh24 quanguo-1978-gonglu-gongcheng-biaozhun-sheji-guanli-banfa-tongzhi-law-site: an old number, its two-digit
    # year first, in brackets under the title
    ("an old number with its year first under the title",
     "关于颁发《公路工程标准设计管理办法》(试行)的通知\n\n交通部\n\n\n关于颁发《公路工程标准设计管理办法》(试行)的通知\n"
     " ((78)交公路字412号)\n\n\n各省(自治区)交通局、北京市交通局、上海市城建局:\n"
     "  为了进一步加强全国公路标准设计的编制和管理工作,现制订出《公路工程标准设计管理办法》,定于一九七八年四月一日起试行.\n",
     ("关于颁发《公路工程标准设计管理办法》(试行)的通知", "〔78〕交公路字412号", None)),
    # fresh24 anhui_wuhu-2022-diandongche-anquan-guanli-banfa-converter (its converter residue read off): the promulgation
    # note names the decree, its entry into force after it
    ("a promulgation note with the entry into force after the decree",
     "芜湖市电动车安全管理办法\n安徽省芜湖市人民政府\n芜湖市电动车安全管理办法\n"
     "(2022年1月29日芜湖市人民政府令第65号公布 自2022年3月1日起施行)\n第一章 总 则\n"
     "第一条 为了加强电动车安全管理,预防交通、火灾等安全事故,保障公众生命财产安全,制定本办法。\n",
     ("芜湖市电动车安全管理办法", "芜湖市人民政府令第65号", "2022-01-29")),
    # (negative, docmeta28 law753.infoeach.com: a 转发 notice citing the forwarded ministries' old number in its body and
    # after the attachment's title has no number of its own)
    ("a forwarded old number in the body is not the notice's",
     '您的位置: 首页 » 法律资料网 » 法律法规 »\n\n北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》\n\n时间:2024-05-04 22:31:35 来源: 法律资料网 作者:法律资料网 阅读:8308\n下载地址: 点击此处下载\n\n北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》\n\n北京市财政局 市水利局\n\n\n北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》\n北京市财政局 市水利局\n\n\n\n各区、县财政局、水利(水资源)局、市属水利管理单位:\n现将财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》(〔94〕财农字第345号)转发给你们,请遵照执行。\n\n附件:财政部 水利部关于颁发《特大防汛抗旱补助费使用管理暂行办法》的通知(94)财农字第345号\n',
     ("北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》", None, None)),
]


@pytest.mark.parametrize("what,text,want", LAW_SITE_NUMBERS, ids=[r[0] for r in LAW_SITE_NUMBERS])
def test_law_site_numbers(what, text, want):
    (d,) = segment_issue(normalize_lines(text), "x.txt").documents
    title, number, date = want
    assert (d.title, d.doc_number) == (title, number)
    assert date is None or d.date == date  # (None: the signing date is not what the row checks)


# fresh24 shandong-2017-laodong-guanxi-hexie-qiye-gongyeyuanqu-mingming-tongzhi: the joint issuers counted on a line of
# their own over the title head the document with it; a body's two names signing as one, apart by a slash
def test_a_counted_joint_issuers_line_and_a_slashed_signer():
    text = ("山东省人力资源和社会保障厅等4部门\n关于命名山东省劳动关系和谐企业山东省劳动关系和谐工业园区的通知\n鲁人社字〔2017〕421号\n"
            "各市人力资源社会保障局、总工会、企业联合会/企业家协会、工商业联合会,各有关企业:\n"
            "近年来,全省企业、工业园区认真贯彻《中共中央、国务院关于构建和谐劳动关系的意见》(中发〔2015〕10号)文件精神。\n"
            "山东省人力资源和社会保障厅\n山东省企业联合会/企业家协会\n山东省工商业联合会\n山东省总工会\n2017年12月27日")
    (d,) = segment_issue(normalize_lines(text), "x.txt").documents
    assert (d.title, d.doc_number, d.date) == ("关于命名山东省劳动关系和谐企业山东省劳动关系和谐工业园区的通知", "鲁人社字〔2017〕421号",
                                               "2017-12-27")
    assert d.issuer == "山东省人力资源和社会保障厅、山东省企业联合会/企业家协会、山东省工商业联合会、山东省总工会"


@pytest.mark.parametrize("line,want", [("山东省企业联合会/企业家协会", True), ("山东省总工会", True),
                                       ("山东省总工会/2017年", False), ("各有关企业/个人", False)])
def test_a_slashed_signer(line, want):
    from kg.parse.signature import is_signer

    assert is_signer(line) is want


@pytest.mark.parametrize("line,want", [("山东省人力资源和社会保障厅等4部门", "banner"), ("各有关单位等3个部门", None)])
def test_a_counted_joint_issuers_line_is_the_pages(line, want):
    from kg.parse.page_top import _page_field

    assert _page_field(normalize_lines(line)[0]) == want


# fresh24 guangdong_shenzhen-2017-shiji-qiye-jishu-zhongxin-nirending-gongshi-metadata: the organ and its date signed on
# one line with the table's bar after them sign the notice, and are never its title
def test_an_organ_and_date_line_with_a_bar_signs_and_titles_nothing():
    text = ("深经贸信息技术字〔2017〕242号\n各有关单位: 根据《深圳市企业技术中心认定管理办法》(深经贸信息规〔2016〕2号),"
            "市经贸信息委组织开展了2017年度市级企业技术中心的认定工作。 特此通知。 附件:2017年度深圳市级企业技术中心拟认定名单公示表\n"
            "本通知及附件均可在深圳市经济贸易和信息化委员会网站查阅及下载: http://www.szjmxxw.gov.cn/xxgk/xxgkml/qt/tzgg/201712/t20171219_10612072.htm\n"
            "深圳市经济贸易和信息化委员会 2017年12月19日 |")
    (d,) = segment_issue(normalize_lines(text), "x.txt").documents
    assert (d.doc_number, d.issuer, d.date) == ("深经贸信息技术字〔2017〕242号", "深圳市经济贸易和信息化委员会", "2017-12-19")
    assert "2017年12月19日" not in (d.title or "")


@pytest.mark.parametrize("line,want", [("交通部", True), ("铁道部", True), ("交通运输部", True), ("宣传部", False)])
def test_ministries_of_earlier_cabinets_are_national_organs(line, want):
    from kg.parse import patterns as P

    assert P.is_national_organ(line) is want


def test_an_essay_sites_decree_fields_and_a_title_glued_to_its_decree_line():
    # docmeta33 广西: bare 【label】s on one line (the decree's year before its serial), then the rule's title glued to the
    # decree line the fields name
    text = ("贵州省人民政府令116号 篇1\n\n"
            "【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 "
            "【所属类别】地方法规\n\n【文件来源】广西壮族自治区人民政府\n\n"
            "广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号\n\n"
            "《广西壮族自治区土地整治办法》已经2016年11月18日自治区十二届人民政府第84次常务会议审议通过,现予发布,"
            "自2017年3月1日起施行。\n\n自治区主席 陈 武 2016年12月6日\n\n广西壮族自治区土地整治办法\n\n第一章 总 则\n\n"
            "第一条 为了规范土地整治活动,制定本办法。\n")
    d = [d for d in segment_issue(normalize_lines(text), "x.txt").documents if d.doc_number][0]
    assert (d.title, d.doc_number, d.date, d.issuer) == (
        "广西壮族自治区土地整治办法", "广西壮族自治区人民政府令第116号", "2016-12-06", "广西壮族自治区人民政府")


@pytest.mark.parametrize("line,decree,want", [
    ("广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号", "广西壮族自治区人民政府令第116号", "广西壮族自治区土地整治办法"),
    # another decree than the fields name, or no title before it: none
    ("广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第117号", "广西壮族自治区人民政府令第116号", None),
    ("广西壮族自治区人民政府令 第116号", "广西壮族自治区人民政府令第116号", None),
    ("现予发布 广西壮族自治区人民政府令第116号", "广西壮族自治区人民政府令第116号", None),
])
def test_a_title_glued_to_a_decree_line(line, decree, want):
    from kg.model import Line
    from kg.parse.normalize import compact
    from kg.parse.pages import _decree_off

    assert _decree_off(Line(1, line, compact(line)), decree) == want


@pytest.mark.parametrize("text,want", [
    # fresh25 泰州 (a baike copy, converter text): a bare serial under an infobox whose 发布单位 is the government, the
    # promulgating sentence without 已: the government's decree
    ("《泰州市房屋安全管理條例》實施細則基本信息\n\n中文名 《泰州市房屋安全管理條例》實施細則 頒布時間 2017年12月19日\n"
     "實施時間 2018年3月1日 發布單位 泰州市人民政府\n\n第 6 號\n\n"
     "《〈泰州市房屋安全管理條例〉實施細則》于2017年12月4日經市政府第9次常務會議審議通過,現予公布,自2018年3月1日起施行。\n\n"
     "市長:史立軍\n\n2017年12月19日\n", "泰州市人民政府令第6号"),
    # fresh21 甘肃: the serial under a page naming no issuing organ (来源 the office that posted it) stays as printed
    ("甘肃省人民政府关于修改《甘肃省城市市容和环境卫生管理办法》等5件政府规章的决定\n  • 时间:2019-12-31\n  • 点击:9\n"
     "  • 来源:省政府办公厅\n\n第153号\n\n《甘肃省人民政府关于修改〈甘肃省城市市容和环境卫生管理办法〉等5件政府规章的决定》"
     "已经2019年12月16日十三届省政府第80次常务会议讨论通过,现予公布,自公布之日起施行。\n\n省长 唐仁健\n\n2019年12月23日\n",
     "第153号"),
])
def test_a_bare_decree_serial_named_by_its_government(text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [d.doc_number for d in issue.documents if d.doc_number] == [want]


# fresh28 (scored once as never-seen, then opened): the causes of its document-field misses, each a general reading.

def test_a_scholarly_abstracts_number_run_on_into_its_recipients():
    # fresh28 tianjin-2021-zhongda-xingzheng-juece-banfa-tongzhi-abstract (scholarmate.com/S/bxptLV): the index's
    # `摘要` label, then its `<正>` tag glued to the 文号, the 文号 glued to the 主送; the prefix names the issuer
    text = ("摘要\n\n<正>津政办发〔2021〕42号各区人民政府,市政府各委、办、局:为进一步健全行政决策制度体系,不断提升行政决策公信力和"
            "执行力,推进重大行政决策工作规范开展,切实提升本市重大行政决策工作科学化、民主化、法治化水平,经市人民政府同意,现将"
            "《天津市重大行政决策事项目录管理办法》、《天津市重大行政决策跟踪反馈办法》印发给你们,请照此执行。\n")
    d = segment_issue(normalize_lines(text), "x.txt").documents[0]
    assert (d.doc_number, d.issuer) == ("津政办发〔2021〕42号", "天津市人民政府办公厅")
    # an abstract of a paper, no number after its tag: none
    text = ("摘要\n\n<正>为进一步健全行政决策制度体系,本文梳理了天津市各区人民政府近年来的重大行政决策实践,分析其程序、"
            "公众参与和专家论证等环节存在的问题,并就重大行政决策事项目录管理、跟踪反馈和后评估等制度提出完善建议,以期为"
            "推进重大行政决策科学化、民主化、法治化提供参考。\n")
    assert segment_issue(normalize_lines(text), "x.txt").documents[0].doc_number is None


@pytest.mark.parametrize("raw,want", [
    # fresh28 yunnan_diqing-2016-fazhiban-caoan-zhengqiu-yijian-gonggao: one organ and the date, then a rule of dashes and
    # the drafts the 公告 publishes, all on one line
    ("迪庆州人民政府法制办公室 2016年12月1日 ------------------------------------------------------------------ "
     "迪庆藏族自治州发展藏医药条例(草案) (征求意见稿) 第一章 总则 第一条 为了继承和发扬藏医药学",
     ("迪庆州人民政府法制办公室", "2016-12-01")),
    # a date in a sentence before a rule: no organ set apart before it, none
    ("本办法自 2016年12月1日 ------ 起施行", None),
])
def test_one_signer_before_a_rule_of_dashes(raw, want):
    from kg.parse.signature import _spaced_signers

    assert _spaced_signers(raw) == want


def test_joint_signers_two_a_row_with_room_for_seals():
    # fresh28 qinghai-2009-jiaxing-h1n1-liugan-yingji-yuan-tongzhi-joint-issuers: twelve departments signed two a row,
    # seven blank lines between rows (the seals' room), all of them the issuers in printed order
    from kg.parse.signature import signature_organs

    rows = [("青海省卫生厅", "青海省发展和改革委员会"), ("青海省经济委员会", "青海省教育厅"), ("青海省公安厅", "青海省财政厅"),
            ("青海省人力资源和社会保障厅", "青海省交通厅"), ("青海省农牧厅", "青海省外事办公室"), ("青海省妇女联合会", "青海省旅游局")]
    text = "现印发给你们,请认真贯彻执行。\n\n \n\n" + "\n\n \n\n \n\n \n\n".join(f"{a}                        {b}" for a, b in rows) \
        + "\n\n \n\n                                    二○○九年五月一日\n"
    lines = normalize_lines(text)
    date_i = max(j for j, ln in enumerate(lines) if not ln.blank)
    assert signature_organs(lines, date_i) == [o for row in rows for o in row]
    # one signer over the date, another organ line far above it (no joint rows): the signer alone
    text = "青海省卫生厅\n" + "\n" * 18 + "青海省农牧厅\n二○○九年五月一日\n"
    lines = normalize_lines(text)
    assert signature_organs(lines, max(j for j, ln in enumerate(lines) if not ln.blank)) == ["青海省农牧厅"]


@pytest.mark.parametrize("text,want", [
    # fresh28 qinghai-2015-qinghai-laozihao-ni-rending-gongshi-cells: no title, no signature; the body publishes itself
    # (现予以公示) and sends objections to the province's department named by its level
    ("根据省政府办公厅《关于印发“青海老字号”认定管理办法的通知》,省商务厅于2015年7月20日起在全省范围内开展了“青海老字号”"
     "申报工作。拟认定西宁宾馆等11家企业品牌为“青海老字号”,现予以公示,公示期10天。公示期内,任何单位和个人如有异议,请署实名"
     "向省商务厅反映。\n通讯地址:青海省西宁市海晏路2号国贸大厦1710\n", "青海省商务厅"),
    # the same with two provinces named: which province is not certain, none
    ("根据省政府办公厅《关于印发“青海老字号”认定管理办法的通知》,拟认定西宁宾馆等11家企业品牌为“青海老字号”,甘肃兰州的"
     "甘肃老店不在其列,现予以公示。任何单位和个人如有异议,请署实名向省商务厅反映。\n通讯地址:青海省西宁市;甘肃省兰州市\n",
     None),
    # a body that does not publish itself (a report of a 公示 elsewhere): none
    ("省商务厅于2015年7月20日起在全省范围内开展了“青海老字号”申报工作,青海各地企业踊跃参加。任何单位和个人如有异议,"
     "请向省商务厅反映。\n通讯地址:青海省西宁市\n", None),
])
def test_an_untitled_notice_publishing_itself_names_its_province_department(text, want):
    from kg.parse.issuers import objection_organ

    lines = normalize_lines(text)
    assert objection_organ(lines, 0, len(lines) - 1, None) == want


# docmeta38 jiangxi-2018-senlin-fanghuo-zeren-mubiao-kaohe-gazette-journal-record (real) and a second record of the same
# gazette the pages search returned ("<正>赣府厅字[2020]28号2020年4月9日各市、县(区)人民政府,…", real): a gazette database's
# abstract runs number, date and recipients together; the date dates the document where nothing signs it. Guards: a date
# of another year after the number (a body citing a basis, then telling what happened) and a cited number in a sentence.
@pytest.mark.parametrize("text,number,want", [
    ("摘要\n赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府,省政府各部门:一年来,全省各地按照省委、省政府的部署,"
     "认真落实森林防火责任和各项措施。\n出处\n《江西省人民政府公报》\n", "赣府厅字〔2018〕87号", "2018-09-18"),
    ("<正>赣府厅字[2020]28号2020年4月9日各市、县(区)人民政府,省政府各部门:2019年,全省各地以习近平生态文明思想为指导,"
     "积极推进林长制由\"全面建立\"向\"全面见效\"转变。\n", "赣府厅字〔2020〕28号", "2020-04-09"),
    ("赣府厅字[2018]87号2019年3月1日起施行的办法同时废止。\n", "赣府厅字〔2018〕87号", None),
    ("根据赣府厅字[2018]87号2018年9月18日下达的任务,现通知如下。\n", "赣府厅字〔2019〕5号", None),
])
def test_a_date_glued_after_the_documents_own_number(text, number, want):
    from kg.parse.printed_dates import _date_after_number

    lines = normalize_lines(text)
    assert _date_after_number(lines, 0, len(lines) - 1, number)[0] == want


# docmeta38 shanxi-2011-renmin-fayuan-gonggao-changyong-geshi-court-site (line 2, real): a converter that cannot write 〇
# prints "?" for it in the signing date's year; read once in a year only (guards: two or four of them)
@pytest.mark.parametrize("line,date", [("二?一一年五月十三日", "2011-05-13"), ("二？一一年五月十三日", "2011-05-13"),
                                       ("二??一年五月十三日", None), ("????年五月十三日", None)])
def test_a_converters_question_mark_for_zero_in_a_year(line, date):
    assert P.parse_date(normalize_lines(line)[0].text) == date


# fresh3 shandong_weifang-ling-date-zero-lost (line 11, real; line 6 prints 二三年九月二十九日 in its sentence): a
# converter that writes nothing for 〇 leaves 二〇〇三 as 二三; read for 二〇〇三 … 二〇〇九 only (二一 is 2001 or 2010)
@pytest.mark.parametrize("line,date", [("二三年十月十五日", "2003-10-15"), ("二三年九月二十九日", "2003-09-29"),
                                       ("二一年五月一日", None), ("三年十月十五日", None)])
def test_a_year_whose_zeros_a_converter_dropped(line, date):
    assert P.parse_date(normalize_lines(line)[0].text) == date


# a date in the Republic's years (Taiwan's pages): law.moj.gov.tw LawHistory pcode=D0120072 (docmeta38 taiwan-2023-
# neizhengbu-ling-lawhistory-roc-date), laws.taipei.gov.tw LawHistory (中華民國80年5月15日), law.nfa.gov.tw FLAWDAT09
# lsid=FL073384 (中華民國一百零八年八月八日, 一百零三年三月十日); no bare ROC year, no 中华民国 in a sentence
@pytest.mark.parametrize("line,date", [
    ("中華民國一百十二年十二月二十一日", "2023-12-21"), ("中華民國80年5月15日", "1991-05-15"),
    ("中華民國一百零八年八月八日", "2019-08-08"), ("中華民國一百零三年三月十日", "2014-03-10"),
    ("中華民國九十一年七月八日", "2002-07-08"), ("中華民國一百年一月一日", "2011-01-01"),
    ("112年12月21日", None), ("中华民国十三年月日", None), ("中華民國一百十二年十三月一日", None),
    ("中华民国三十八年十月一日以前的旧法统", None),
])
def test_a_date_in_the_republics_years(line, date):
    assert P.parse_date(normalize_lines(line)[0].text) == date


# a law database's history line (沿革) as a rule's only header: its order's number, organ and day. Real lines:
# law.moj.gov.tw LawHistory pcode=D0120072 (the verb on the next line), laws.taipei.gov.tw LawInformation
# lawId=A040040100005500-20131023 and LawHistory lawId=A040040041000200-19910515 (verb on the line), law.nfa.gov.tw
# FLAWDAT09 lsid=FL001576 (总统 with its (90) year). Not read: a history of several lines (FL073384: amendments and a
# stop listed, no one of them the text printed), a number with no order's verb after it
@pytest.mark.parametrize("text,want", [
    ("跳至主要內容\n:::\n\n沿革\n\n1.中華民國一百十二年十二月二十一日內政部台內消字第 1120827499 號\n令訂定發布全文 10 條;並自發布日施行\n",
     ("台内消字第1120827499号", "内政部", "2023-12-21")),
    ("法規資訊中央現行法規\n\n行政/內政/營建\n中華民國67年1月23日\n"
     "中華民國102年10月23日內政部臺內營字第1020320943號令修正發布全文二十五條,自發布日施行\n快速回到頁首按鈕\n",
     ("台内营字第1020320943号", "内政部", "2013-10-23")),
    ("中央法規歷史沿革\n\n行政/內政/戶政\n中華民國80年5月15日\n"
     "中華民國80年5月15日內政部臺內警字第921450號函訂定發布全文十一點,並自80年6月1日起實施\n",
     ("台内警字第921450号", "内政部", "1991-05-15")),
    ("1.中華民國九十年十一月十二日總統(90)華總一義字第 9000222690 號\n令制定公布全文 10 條\n",
     ("(90)华总一义字第9000222690号", "总统", "2001-11-12")),
    ("3.中華民國一百十三年六月五日內政部內授消字第 11316024921 號函自 即日停止適用\n"
     "2.中華民國一百零八年八月八日內政部內授消字第 10808227283 號函修 正全文 5 點\n"
     "1.中華民國一百零三年三月十日內政部內授消字第 1030821600 號函訂定 全文 5 點\n", None),
    ("中華民國一百十二年十二月二十一日內政部台內消字第 1120827499 號\n附件下載\n", None),
])
def test_a_law_databases_history_line_numbers_dates_and_issues_its_rule(text, want):
    from kg.parse.decree_notes import _history_line

    lines = normalize_lines(text)
    got = _history_line(lines, 0, len(lines) - 1)
    assert (got[:3] if got else None) == want


def test_a_history_line_is_a_one_document_pages_header():
    issue = segment_issue(normalize_lines("跳至主要內容\n:::\n\n沿革\n\n1.中華民國一百十二年十二月二十一日內政部台內消字第 "
                                          "1120827499 號\n令訂定發布全文 10 條;並自發布日施行\n"), "t.txt")
    (doc,) = issue.documents
    assert (doc.doc_number, doc.issuer, doc.date) == ("台内消字第1120827499号", "内政部", "2023-12-21")


# a province's departments signing by their level alone in a row over a vertical bureau that names the province (entrep31
# guangdong-quxiao-gaoxin-jishu-qiye-zige-fuhe, real): all of them, in printed order. Not joined: a lone level-named
# organ over it (its place only guessed), a row of another level (市… over a bureau naming no 市)
@pytest.mark.parametrize("text,want", [
    ("附件:取消高新技术企业资格的企业名单\n省科技厅 省财政厅\n国家税务总局广东省税务局\n2019年11月8日\n",
     ["省科技厅", "省财政厅", "国家税务总局广东省税务局"]),
    ("附件:名单\n省科技厅\n国家税务总局广东省税务局\n2019年11月8日\n", ["国家税务总局广东省税务局"]),
    ("附件:名单\n市科技局 市财政局\n国家税务总局广东省税务局\n2019年11月8日\n", ["国家税务总局广东省税务局"]),
])
def test_a_row_of_level_named_departments_over_a_vertical_bureau(text, want):
    from kg.parse.signature import signature_organs

    lines = normalize_lines(text)
    assert signature_organs(lines, max(j for j, ln in enumerate(lines) if not ln.blank)) == want


# a port authority named by the state it acts for, over its 航行通告's date (docmeta38 jiangsu_lianyungang-2022-gaogongdao-
# yugang-hangbiao-hangxing-tonggao-traditional, real: the signer is the issuer, never the page's 发布机构 bureau); a law's
# or a rule's name opening with the state's name is no signer
@pytest.mark.parametrize("name,want", [
    ("中华人民共和国连云渔港监督", True), ("中华人民共和国连云港海事局", True), ("中华人民共和国上海海关", True),
    ("中华人民共和国海关法", False), ("中华人民共和国渔业船舶检验条例", False), ("中华人民共和国连云渔港监督管理办法", False),
])
def test_a_state_named_port_authority_signs(name, want):
    from kg.parse.signature import is_signer

    assert is_signer(name) is want


def test_a_port_authoritys_signature_over_the_pages_publishing_bureau():
    text = ("索 引 號 | 01425838-7/2022-00031 | 分 類 | 農業、林業、水利/農業、畜牧業、漁業 / 公告 |\n"
            "發布機構 | 林業和海洋局 | 發文日期 | 2022-12-05 |\n"
            "標 題 | 關于在連云區高公島漁港航道設置漁用航標施工的航行通告 | ||\n文 號 | 無〔〕號 | 主 題 詞 | |\n"
            "關于在連云區高公島漁港航道設置漁用航標施工的航行通告\n各有關單位、船舶:\n"
            "因連云區高公島漁港航道設置漁用航標,為確保過往船舶的航行安全,現將有關事項通告如下:\n"
            "一、航標安裝施工日期:2022年12月6日至2022年12月30日。\n中華人民共和國連云漁港監督\n2022年12月5日\n")
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert (doc.issuer, doc.date) == ("中华人民共和国连云渔港监督", "2022-12-05")


# fresh36 liaoning_shenyang-2017-zhengwu-gongkai-yaodian-renwu-mingxibiao (lines 1-14, real,
# http://www.shenyang.gov.cn/zwgk/zfxxgkzd/sszf/202112/t20211201_1729584.html): the portal's office-and-date byline
# ("市政府办公厅 2017年06月28日", the posting) stands over the 主送, before the body; the document is signed after its body
# (2017年6月26日). The same portal prints the byline with the 来源 field on other pages
# (http://www.shenyang.gov.cn/zwgk/qtzfxx/szfdsj/202201/t20220122_2593730.html: "市委党史研究室(市政府地方志办公室)
# 2022年01月20日"; https://www.shenyang.gov.cn/zwgk/zcwj/zfwj/szfwj/202601/t20260130_4979729.html: the date first,
# "2026年01月30日来源:市政府办公厅", signed 2026年1月25日)
SHENYANG_HEAD = ("首页 -> 政务公开 -> 政府信息公开制度 -> 市政府信息公开制度\n"
                 "沈阳市人民政府办公厅关于印发沈阳市2017年政务公开工作要点任务明细表的通知\n沈政办发〔2017〕39号\n"
                 "时间:2017年06月28日来源:市政府办公厅\n[字体: ] 打印\n{byline}\n\n"
                 "各区、县(市)人民政府,市政府各部门、各直属单位:\n\n"
                 "  经市政府同意,现将《沈阳市2017年政务公开工作要点任务明细表》印发给你们,请结合实际,认真贯彻执行。\n\n")


@pytest.mark.parametrize("byline,signature,want", [
    ("市政府办公厅 2017年06月28日", "  沈阳市人民政府办公厅\n\n  2017年6月26日\n\n  (此件公开发布)\n", "2017-06-26"),
    ("市委党史研究室(市政府地方志办公室) 2022年01月20日", "  沈阳市人民政府办公厅\n\n  2017年6月26日\n", "2017-06-26"),
    ("2017年06月28日", "  沈阳市人民政府办公厅\n\n  2017年6月26日\n", "2017-06-26"),
    # (guard) no date signed after the body: the byline's is the only date the document has
    ("市政府办公厅 2017年06月28日", "  (此件公开发布)\n", "2017-06-28"),
])
def test_a_dated_byline_over_the_recipients_is_no_signature(byline, signature, want):
    text = SHENYANG_HEAD.format(byline=byline) + signature
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert (doc.doc_number, doc.date) == ("沈政办发〔2017〕39号", want)


@pytest.mark.parametrize("text,want", [
    # an organ signing over its date, the 主送 of the next document after it: still this one's signature
    ("沈阳市人民政府办公厅\n2017年6月26日\n\n沈阳市人民政府关于某事的通知\n各区、县(市)人民政府:\n", ("2017-06-26", 1)),
    # the byline over the 主送 is read only where nothing is signed after it
    ("市政府办公厅 2017年06月28日\n各区、县(市)人民政府,市政府各部门:\n经研究,现通知如下。\n", ("2017-06-28", 0)),
    ("市政府办公厅 2017年06月28日\n各区、县(市)人民政府,市政府各部门:\n经研究,现通知如下。\n沈阳市人民政府办公厅\n"
     "2017年6月26日\n", ("2017-06-26", 4)),
])
def test_the_signature_date_skips_a_byline_over_the_recipients(text, want):
    from kg.parse.signature import signature_date

    lines = normalize_lines(text)
    assert signature_date(lines, 0, len(lines) - 1) == want


# fresh36 jilin_jilinshi-guizhang-guifanxing-wenjian-queren-gongbu-ruogan-guiding (lines 1-5, real,
# http://gfxwj.jlcity.gov.cn/gfxwj_zcfg/201708/t20170818_284273.html): a city's rules site reposts a provincial order with
# no signature; the site's name and its posting timestamp stand right over the title: the date the page gives it
JILIN_ORDER = ("政策法规 首页>政策法规\n{stamp}\n吉林省人民政府关于规章和其他规范性文件确认和公布的若干规定\n吉林省人民政府令第147号\n"
               "第一条为了保证本省的规章和政府及其部门的其他规范性文件合法、有效和正确施行,根据国家法律、法规和其他有关规定,"
               "结合本省实际,制定本规定。\n第三条县级以上人民政府法制工作机构,负责本规定在本行政区域内的实施的监督。\n")


@pytest.mark.parametrize("stamp,want", [
    ("吉林市人民政府规章和行政规范性文件管理网| 2013-05-10 16:11", "2013-05-10"),
    ("吉林市人民政府规章和行政规范性文件管理网 2013年05月10日 16:11:02", "2013-05-10"),
    # (guard) a date with no clock time, a sentence with a time, a long line: no posting stamp
    ("吉林市人民政府规章和行政规范性文件管理网| 2013-05-10", None),
    ("2013年5月10日10:00,省政府召开常务会议,审议通过了本规定。", None),
    ("吉林市人民政府规章和行政规范性文件管理网 首页 政策法规 政府规章 行政规范性文件 备案审查 清理结果 政策解读 互动交流 意见征集 "
     "2013-05-10 16:11", None),
])
def test_a_sites_timestamp_over_an_unsigned_orders_title_dates_it(stamp, want):
    issue = segment_issue(normalize_lines(JILIN_ORDER.format(stamp=stamp)), "t.txt")
    doc = next(d for d in issue.documents if d.doc_number)
    assert (doc.doc_number, doc.issuer, doc.date) == ("吉林省人民政府令第147号", "吉林省人民政府", want)


# repeal62 national-2018-jiaotong-bu-ling41-xiugai-fazhi-chengxu-guiding (lines 2-6, real, https://qinglite.cn/doc/408966f3f7f497c6a)
# and the State Council portal's copy of an earlier order in the same layout
# (https://www.gov.cn/ziliao/flfg/2006-07/18/content_338571.htm: "中华人民共和国交通部令" ⏎ "2006 年第 8 号"): a ministry's
# decree banner over its serial with the year first, then the promulgation: the number is the ministry's, its organ the
# issuer. Not read: two ministries' banners on one line (a joint order,
# http://www.qinzhouqu.gov.cn/info/30932/379206.htm), a year-first serial with no banner over it, a banner over a
# line that is no serial
@pytest.mark.parametrize("head,want", [
    ("中华人民共和国交通运输部令\n2018 年 第 41 号\n", "交通运输部令2018年第41号"),
    ("中华人民共和国交通部令\n2006 年第 8 号\n", "交通部令2006年第8号"),
    ("中华人民共和国卫生部令 中华人民共和国交通部令\n2004年第2号\n", None),
    ("2018 年 第 41 号\n", None),
    ("中华人民共和国交通运输部令\n2018年11月27日\n", None),
])
def test_a_ministrys_decree_banner_over_its_year_first_serial(head, want):
    text = (head + "《交通运输部关于修改〈交通运输法规制定程序规定〉的决定》已于2018年11月21日经第19次部务会议通过,现予公布,"
            "自公布之日起施行。\n部 长 李小鹏\n2018年11月27日\n交通运输部关于修改\n《交通运输法规制定程序规定》的决定\n"
            "交通运输部决定对《交通运输法规制定程序规定》(交通运输部令2016年第66号)作如下修改:\n")
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert doc.doc_number == want
    if want:  # (the minister signs by his post: the organ issues it, as the title names it)
        assert doc.issuer == "交通运输部"


# docent59 qinghai_dachaidan-xingwei-2024-jinmu-ling-di3hao-linzhang (lines 1-8, real,
# http://www.dachaidan.gov.cn/info/1044/47573.htm): a 总林(草)长令 prints its serial alone first, then its preamble, the
# post that signs it and the date, and only then its title ("…的令"): the serial is the order's number, as printed. Not
# read: the same serial over a title that is no order (a 通知), a serial line that is no serial
DACHAIDAN = ("{serial}\n为深入贯彻落实习近平生态文明思想,牢固树立和践行“绿水青山就是金山银山”的理念,根据《中华人民共和国草原法》等法律法规的"
             "规定,现就进一步做好禁牧工作颁令如下。\n行委级总林(草)长:\n2024年10月29日\n(此件公开发布)\n"
             "大柴旦行委关于全面做好草原禁牧\n{kind}\n"
             "为扎实推进禁牧工作,加强禁牧管理,结合全区实际,特发布此令。\n一、禁牧范围\n")


@pytest.mark.parametrize("serial,kind,want", [
    ("第3号", "工作的令", "第3号"),
    ("第8号", "工作的令", "第8号"),
    ("第3号", "工作的通知", None),
    ("第3批", "工作的令", None),
])
def test_an_orders_serial_alone_over_its_preamble_and_signature(serial, kind, want):
    (doc,) = segment_issue(normalize_lines(DACHAIDAN.format(serial=serial, kind=kind)), "t.txt").documents
    assert (doc.doc_number, doc.date) == (want, "2024-10-29")
    assert doc.title == "大柴旦行委关于全面做好草原禁牧" + kind


def test_a_sites_timestamp_over_a_reposted_notice_is_no_date_of_it():
    """(guard) fresh6 ningxia_yinchuan-chuangxin-qudong-xingdong-jihua (lines 1-9, real, https://cxcy.nxu.edu.cn/info/1486/19774.htm):
    a university park site's timestamp over the 通知 it reposts is the repost's date, not the notice's (gold: null);
    only an order, which prints no signature, takes its page's date."""
    text = ("首页 >> 下载中心 >> 国家大学科技园 >> 政策法规\n\n银川市推进创新驱动发展战略行动计划(2022—2025年)\n\n-2023- 11/08 08:20\n\n"
            "中共银川市委办公室银川市人民政府办公室关于印发《银川市推进创新驱动发展战略行动计划(2022—2025年)》的通知\n\n"
            "为深入贯彻党中央、国务院关于创新驱动发展战略的各项决策部署,结合我市实际,制定本行动计划。\n")
    issue = segment_issue(normalize_lines(text), "t.txt")
    doc = next(d for d in issue.documents if d.title.endswith("的通知"))
    assert doc.date is None


# a page's column (or site) and its day set off by a bar: the page's info line, never a title's line; its day dates a page
# that prints no other (fresh40 hebei-gongxinting-2023-disanpi-chuangxinxing-zhongxiao-qiye-mingdan-converter, lines 1-3,
# http://msvuvu.cn/list_19/199.html; fresh36 jilin_jilinshi-guizhang-guifanxing-wenjian-queren-gongbu-ruogan-guiding's
# site line; negatives: a 来源 field with its time, a title holding a bar, metadata rows of a date's label and value cells)
@pytest.mark.parametrize("line,want", [
    ("行業(yè)新聞 | 2023-09-11", "2023-09-11"),
    ("吉林市人民政府规章和行政规范性文件管理网| 2013-05-10 16:11", "2013-05-10"),
    ("来源:龙头新闻  |  2022-03-08 09:28:25", None),
    ("成文日期 | 2024-08-13 |", None),
    ("关于公布2023年第三批河北省创新型中小企业名单的通知", None),
    ("签发日期 | 2019-12-17 | 实施日期 | 2019-12-30 |", None),
    ("通知公告|关于开展2023年度安全生产检查的通知", None),
])
def test_a_column_and_its_day_set_off_by_a_bar(line, want):
    m = P.FILED_DATE.fullmatch("".join(line.split()))
    assert (m["d"] if m else None) == want


def test_a_column_and_day_line_between_two_copies_of_the_title():
    """fresh40 河北 converter copy (lines 1-4, cut): the title, the site's `行業新聞 | date` line, the title again: the
    title once, dated by the site's line (the page prints no signature)."""
    text = ("關(guān)于公布2023年第三批河北省創(chuàng)新型中小企業(yè)名單的通知\n行業(yè)新聞 | 2023-09-11\n"
            "關(guān)于公布2023年第三批河北省創(chuàng)新型中小企業(yè)名單的通知\n"
            "各市(含定州、辛集市)工業(yè)和信息化局、雄安新區(qū)改革發(fā)展局: 根據(jù)《河北省優(yōu)質(zhì)中小企業(yè)梯度培育管理實施細"
            "則》(冀工信企業(yè)函〔2022〕611號)規(guī)定,省工業(yè)和信息化廳按程序組織完成了評價審核工作。\n")
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert (doc.title, doc.date) == ("关于公布2023年第三批河北省创新型中小企业名单的通知", "2023-09-11")


# an adoption line set off by a dash and broken after the congress's name, its meeting and verb on the next line: the
# adoption dates the outline over the page's 日期 field (fresh40 xizang_shigatse-shi-shisiwu-guihua-gangyao-renda-pizhun-
# laiyuan, lines 1-16, http://www.rikaze.gov.cn/wap/m-news-detail.thtml?cid=214901); a next line that is no meeting
# and verb (constructed) joins nothing: the page's date stays
SHIGATSE = ("日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n来源:市发改委\n浏览人数:0\n日期:2021-12-30 16:26\n\n"
            "日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景\n\n目标纲要\n\n——2021年12月11日日喀则市第二届人民代表大会\n\n"
            "{next}\n\n\n日喀则市第二届人民代表大会第二次会议审查了市人民政府提出的《日喀则市国民经济和社会发展第十四个五年规划和二〇三五年"
            "远景目标纲要(草案)》,会议同意日喀则市第二届人民代表大会财政经济农牧环资委员会的审查结果报告。\n")


@pytest.mark.parametrize("next_line,want", [
    ("第二次会议通过", "2021-12-11"),
    ("财政经济农牧环资委员会审查", "2021-12-30"),
])
def test_an_adoption_line_broken_after_the_congress(next_line, want):
    (doc,) = segment_issue(normalize_lines(SHIGATSE.format(next=next_line)), "t.txt").documents
    assert (doc.title, doc.date) == ("日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", want)


# a signing date whose day closes with the spoken 号 (entrep92 quanguo-xingji-fandian-quxiao-wuxing-xianqi-zhenggai-2012,
# line 37, a gov.cn repost: "二零一二年五月八号" under 全国旅游星级饭店评定委员会); a year's serial (2012年第3号) or a
# day with no month is no date
@pytest.mark.parametrize("line,want", [
    ("二零一二年五月八号", "2012-05-08"), ("2020年3月18号", "2020-03-18"), ("2012年5月8日", "2012-05-08"),
    ("2012年第3号", None), ("2012年8号", None),
])
def test_a_day_closed_with_hao(line, want):
    assert P.parse_date(line) == want
# fresh41's misses on first sight (real lines, shortened), each a general layout:
# a joint signature printed in two columns, each organ's place on the row over its kind, the third signer and the date
# under them (guangxi_gongxinwei-2014-zizhiquji-yanfa-zhongxin-rending-mingdan): the three organs, assembled in order
@pytest.mark.parametrize("rows,want", [
    (["广西壮族自治区               广西壮族自治区", "工业和信息化委员会              科学技术厅", "", "",
      "广西壮族自治区发展和改革委员会", "                        2014年11月27日"],
     ["广西壮族自治区工业和信息化委员会", "广西壮族自治区科学技术厅", "广西壮族自治区发展和改革委员会"]),
    # guards: a row of kinds under a row that is no pair of places (a sentence), and one place over two kinds
    (["各有关企业要加强中心建设", "工业和信息化委员会              科学技术厅", "广西壮族自治区发展和改革委员会", "2014年11月27日"],
     ["广西壮族自治区发展和改革委员会"]),
    (["广西壮族自治区", "工业和信息化委员会              科学技术厅", "广西壮族自治区发展和改革委员会", "2014年11月27日"],
     ["广西壮族自治区发展和改革委员会"]),
])
def test_a_signature_printed_in_two_columns(rows, want):
    from kg.parse.signature import signature_organs

    lines = normalize_lines("附件:2014年新认定广西壮族自治区级研发中心名单\n\n" + "\n".join(rows) + "\n")
    assert signature_organs(lines, max(j for j, ln in enumerate(lines) if not ln.blank)) == want


# a title opening with an autonomous region's or prefecture's organ, its place's name longer than six characters
# (xinjiang_gongxinting-2020-zhuanjingtexin-xiaojuren-peiyu-qiye-gongshi, signed "自治区工业和信息化厅": the title's organ,
# as printed, over the signature's placeless long form)
@pytest.mark.parametrize("title,want", [
    ("新疆维吾尔自治区工信厅关于2020年自治区专精特新“小巨人”培育企业名单的公示", ["新疆维吾尔自治区工信厅"]),
    ("黔东南苗族侗族自治州人民政府关于印发黔东南州森林防火工作方案的通知", ["黔东南苗族侗族自治州人民政府"]),
    ("延边朝鲜族自治州人民政府办公室关于印发延边州应急预案的通知", ["延边朝鲜族自治州人民政府办公室"]),
    ("关于开展民族自治地方经济社会发展情况调研的通知", []),  # guard: 自治 inside a 关于 title names no organ
])
def test_a_title_opening_with_an_autonomous_places_organ(title, want):
    from kg.parse.title_organs import opening_organs

    assert opening_organs(title) == want


def test_an_autonomous_regions_title_organ_over_its_placeless_signature():
    text = ("新疆维吾尔自治区工信厅关于2020年自治区专精特新“小巨人”培育企业名单的公示\n\n科技工作者之家 2020-09-27\n\n"
            "现将2020年自治区专精特新“小巨人”企业名单予以公示。\n\n附件:2020年自治区专精特新“小巨人”培育企业名单\n\n"
            "自治区工业和信息化厅\n\n2020年9月25日\n")
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert (doc.issuer, doc.date) == ("新疆维吾尔自治区工信厅", "2020-09-25")


# a repost's own headline naming the organ by its place alone, its post date and share count over the notice, whose
# excerpt ends before any signature (guangxi_pinglu-yunhe-xiangmu-jianshe-lingdao-xiaozu-chengli-tongzhi): one document,
# dated by the post (the README's fallback)
def test_a_reposts_headline_naming_the_organ_by_its_place():
    text = ("欢迎访问西部陆海新通道网\n当前位置:主页 > 新闻资讯 > 国内新闻 >\n"
            "广西关于成立西部陆海新通道(平陆)运河项目建设工作领导小组的通知\n发布时间:2021-07-31\n分享到:65.3K\n\n"
            "广西壮族自治区人民政府办公厅关于成立西部陆海新通道(平陆)运河项目建设工作领导小组的通知\n \n桂政办函〔2021〕14号\n \n"
            "各市、县人民政府,自治区人民政府各组成部门、各直属机构:\n \n"
            "为加快西部陆海新通道(平陆)运河项目建设,自治区人民政府决定成立领导小组。现将有关事项通知如下:\n \n一、主要职责\n")
    (doc,) = segment_issue(normalize_lines(text), "t.txt").documents
    assert (doc.issuer, doc.doc_number, doc.date) == ("广西壮族自治区人民政府办公厅", "桂政办函〔2021〕14号", "2021-07-31")
    # guard: a headline naming another subject after 关于 is no copy of the notice's title
    issue = segment_issue(normalize_lines(text.replace("广西关于成立", "广西关于印发", 1)), "t.txt")
    assert len(issue.documents) == 2 and issue.documents[-1].date is None


# a news item whose metadata block (来源, 关键词) sits under its headline, the post's bare date and view count between, and
# whose page ends with links to its neighbours (fresh39 hebei-sthjt-qiye-shengtai-huanjing-xinyong-guanli-banfa-tongshi-
# feizhi): the headline heads the item, never the "上一篇:" link, and its source field names its issuer (decision A)
def test_a_news_items_headline_over_its_bare_date_and_count_not_its_neighbours_link():
    text = ("资讯中心\n\n《河北省企业生态环境信用管理办法(试行)》发布\n\n2024/8/20 11:59:00\n21865\n来源:河北省生态环境厅\n"
            "关键词:环境信用管理环境企业\n导读:《河北省企业生态环境信用管理办法(试行)》施行。\n"
            "  近日,河北省生态环境厅通知发布《河北省企业生态环境信用管理办法(试行)》。\n\n热门评论\n\n"
            "上一篇:常州市政府关于印发《常州市空气质量持续改善行动计划实施方案》的通知\n\n"
            "下一篇:《天津市固定污染源自动监控管理办法(修订)》(征求意见稿)公开征求意见\n")
    docs = segment_issue(normalize_lines(text), "t.txt").documents
    doc = next(d for d in docs if d.line_start <= 3 <= d.line_end)
    assert (doc.title, doc.issuer) == ("《河北省企业生态环境信用管理办法(试行)》发布", "河北省生态环境厅")
    assert not any((d.title or "").startswith("上一篇") for d in docs)


def test_a_sentence_opening_with_a_labels_words_is_no_row_of_bare_labels():
    """fresh42 chongqing_yuzhong-wufei-chengshi-jianshe-shidian-mubiao-renwu-fenjie: a task table's measure cell,
    "制定机关企事业单位、公共场所等公共机构分类评估实施办法。", opens with 制定机关 and names 分类 further on; a sentence (its full
    stop) is no row of fields, while the bare labels of a real row still are."""
    from kg.parse.metadata import _pairs

    assert _pairs("制定机关企事业单位、公共场所等公共机构分类评估实施办法。") == []
    assert _pairs("索引号 MB1534522/2023-05475 发文日期 2023-01-03") == [("索引号", "MB1534522/2023-05475"),
                                                                    ("发文日期", "2023-01-03")]


# Stop 27's document-field conventions (issuer_convention.md, "An organ line over the title; a 令 banner over its number")
@pytest.mark.parametrize("text,title,number", [
    # fresh43 hebei_langfang-wenan-2022-…: the page's heading without the organ, the number, then the organ line over the
    # title: the title is the organ line + the title under it
    ("关于印发《2022年文安县县城建设提质升级攻坚行动工作方案》的通知\n〔2022〕9号\n文安县人民政府办公室\n"
     "关于印发《2022年文安县县城建设提质升级\n攻坚行动工作方案》的通知\n文安镇人民政府,经济开发区管委会,县政府有关部门:\n"
     "《2022年文安县县城建设提质升级攻坚行动工作方案》已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n"
     "文安县人民政府办公室\n2022年5月19日\n",
     "文安县人民政府办公室关于印发《2022年文安县县城建设提质升级攻坚行动工作方案》的通知", "〔2022〕9号"),
    # tasks107 sichuan-dazhu-…: heading, page fields, the 文号, then organ line over the title
    ("关于进一步明确城市规划区环境综合治理职责的通知\n来源:信息公开办\n发布日期:2009-01-04\n点击数:人次\n\n"
     "竹府办〔2008〕214号\n\n \n\n \n\n大竹县人民政府办公室\n\n关于进一步明确城市规划区环境综合治理职责的通知\n\n \n\n"
     "各乡镇人民政府,县级各部门:\n\n    经县政府研究,决定对城市规划区环境综合治理责任予以明确。现将有关乡镇和部门明确后的职责通知如下:\n",
     "大竹县人民政府办公室关于进一步明确城市规划区环境综合治理职责的通知", "竹府办〔2008〕214号"),
    # a law site's page title printed right above the organ line (its imprint): the title without it (docmeta28's 上海)
    ("关于印发《上海市文明工地(场站)管理规定》的通知\n上海市建设和管理委员会\n\n关于印发《上海市文明工地(场站)管理规定》的通知\n"
     "沪建建[2003]89号\n各区(县)建委(建设局),各有关局(集团、总公司),各外省市沪办建管处:\n"
     "现将《上海市文明工地(场站)管理规定》印发给你们,请按照执行。\n上海市建设和管理委员会\n二○○三年二月二十一日\n",
     "关于印发《上海市文明工地(场站)管理规定》的通知", "沪建建〔2003〕89号"),
    # tasks107 neimenggu-cunzhuang-…: a government 令 banner over a bare `第N号`: the 文号 is the banner's order number in full
    ("内蒙古自治区村庄和集镇规划建设管理实施办法\n\n内蒙古自治区人民政府\n\n\n内蒙古自治区村庄和集镇规划建设管理实施办法\n\n\n"
     "内蒙古自治区人民政府令\n第82号\n\n\n《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过,"
     "现予发布施行。\n\n\n自治区主席 乌力吉\n1997年7月23日\n\n第一章 总 则\n",
     "内蒙古自治区村庄和集镇规划建设管理实施办法", "内蒙古自治区人民政府令第82号"),
])
def test_an_organ_line_over_the_title_and_a_decree_banner_over_its_number(text, title, number):
    doc = segment_issue(normalize_lines(text), "x.txt").documents[0]
    assert (doc.title, doc.doc_number) == (title, number)


# The district an organ names (kg.parse.patterns.district_of). A body formula's verb before a bare level — 经区人民政府
# 研究同意 in the 惠济区 清理 decision's body, 由县政府负责 — is no place: the graph showed 经区 as a document's district.
@pytest.mark.parametrize("organ,district", [
    ("淄博市张店区人民政府", "张店区"),
    ("周村区人民政府办公室", "周村区"),
    ("科左后旗人民政府", "科左后旗"),
    ("经区人民政府", None),
    ("由县人民政府", None),
    ("报旗政府", None),
    ("各县市区人民政府", None),
    ("区人民政府", None),
])
def test_district_of_an_organ(organ, district):
    from kg.parse.patterns import district_of

    assert district_of(organ) == district


# fresh47 beijing_shizhengfu-bangongting-2006-chengli-duiwai-lianluo-fuwu-bangongshi-converter.txt:1-3 (a converter copy,
# pinyin residues kept as printed): the document's 文号 alone over its fields is its number, no preamble of its own
NUMBER_OVER_FIELDS = ("京政辦發(fā)[2006]4號\n"
                      "頒布時間:2006-01-24 09:46:03.000 發(fā)文單位:北京市人民政府辦公廳\n"
                      "各區(qū)、縣人民政府,市政府各委、辦、局,各市屬機構(gòu):\n"
                      "市政府聯(lián)絡(luò)辦辦公地點設(shè)在宣武區(qū)棗林前街70號中環(huán)廣場。\n"
                      "二〇〇六年一月二十四日\n")


def test_a_number_alone_over_the_fields_is_the_documents():
    [doc] = segment_issue(normalize_lines(NUMBER_OVER_FIELDS), "x.txt").documents
    assert (doc.doc_number, doc.issuer, doc.date) == ("京政办发〔2006〕4号", "北京市人民政府办公厅", "2006-01-24")


def test_only_a_number_printed_alone_is_taken_over_the_fields():
    from kg.parse.page_top import number_alone
    lines = normalize_lines(NUMBER_OVER_FIELDS)
    assert number_alone(lines[:1]) == ("京政办发〔2006〕4号", 0)
    assert number_alone(lines[:2]) is None  # (a second printed line: more than the number)
    assert number_alone(normalize_lines("首页 > 政策文件\n")) is None
