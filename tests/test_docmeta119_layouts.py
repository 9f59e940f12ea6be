"""Document titles, numbers and issuers on pages that print them beside site captions, gazette lines and law-library
labels (docmeta119, stop 27): one row per layout, the real lines of the page it was found on (benchmarks/data/
other_districts_*/texts, URL in each row's comment), cut; guards keep layouts that must stay as they were."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue

# (what, text, {field: value} of the document the page is)
PAGES = [
    # m.zuomama.com/news/jiaodian/280595.html (docmeta119 fujian_quanzhou-…, lines 1-26, cut): a content farm's headline
    # echoing itself in brackets, an empty 来源 and its update time, then the 通告's own title, body and signature
    ("a content farm's echoed headline over the notice's own title",
     "首页 > 资讯 > 焦点关注\n\n泉州开发区禁止燃放烟花爆竹通知(泉州开发区禁止燃放烟花爆竹通知文件)\n\n来源: 更新时间:2022-10-05 23:18:54\n"
     "The Beginning\n\n  关于禁止在泉州开发区所辖区域燃放烟花爆竹的通告\n\n"
     "  为保障人民群众的生命财产安全和正常生活工作秩序,有效防止环境污染和噪音污染,根据国务院《烟花爆竹安全管理条例》等法律、法规规定及"
     "泉州市人民政府【2018】2号文件精神,现就禁止燃放烟花爆竹有关事项通告如下:\n\n  一、严禁在泉州开发区所辖区域内燃放烟花爆竹。\n\n"
     "  特此通告。\n\n  泉州市公安局经济技术开发区分局\n\n   2021年1月9日\n\nTHE END\n",
     {"title": "关于禁止在泉州开发区所辖区域燃放烟花爆竹的通告", "doc_number": None, "date": "2021-01-09",
      "issuer": "泉州市公安局经济技术开发区分局"}),
    # law377.infoeach.com/view-Mzc3fDc1NDEz.html (docmeta119 guangdong_zhanjiang-…, lines 1-22, cut): a law site's heading
    # naming the rule, the organ line, then the notice issuing it with its own title, signature and date
    ("a law site's heading naming the rule a notice below issues",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n湛江市城市规划区内户外广告设置管理规定\n\n"
     "时间:2024-07-02 05:10:37 来源: 法律资料网 作者:法律资料网 阅读:9231\n下载地址: 点击此处下载\n\n湛江市城市规划区内户外广告设置管理规定\n\n"
     "广东省湛江市人民政府\n\n\n颁布《湛江市城市规划区内户外广告设置管理规定》的通知\n\n"
     "各县(市、区)人民政府,湛江经济技术开发区、东海岛经济开发试验区管委会,市府直属各单位:现将《湛江市城市规划区内户外广告设置管理规定》"
     "发给你们,请认真贯彻执行。\n\n湛江市人民政府\n二○○二年十二月十九日\n\n湛江市城市规划区内户外广告设置管理规定\n\n"
     "第一条 为加强城市规划区内户外广告设置的管理,维护市容整洁和交通安全,结合我市实际,制定本规定。\n",
     {"title": "颁布《湛江市城市规划区内户外广告设置管理规定》的通知", "date": "2002-12-19", "issuer": "湛江市人民政府"}),
    # fresh43 liaoning_zhengfu-bangongting-2007-… (lines 1-6, cut; a spam mirror of 辽宁's gazette): the gazette's masthead
    # and blurb over a notice whose organ the mirror replaced with a gambling brand
    ("a gazette's masthead over a notice with a gambling brand for its organ",
     "政府公报\n\n《辽宁省人民政府公报》是由辽宁省人民政府主管、365体育投注主办并公开发行的政府出版物,坚持“传达政令、宣传政策、指导工作、服务社会”的办刊宗旨\n"
     "365体育投注关于开展规章清理工作的通知\n辽政办发〔2007〕19号\n\n沈阳、365体育投注、鞍山、抚顺、本溪市人民政府,省政府各厅委、各直属机构:\n"
     "  为了更好地适应加快建设法治政府,全面推进依法行政的要求,现就开展规章清理工作通知如下:\n",
     {"title": "关于开展规章清理工作的通知", "doc_number": "辽政办发〔2007〕19号"}),
    # mzt333.com/flfgk/30278.html (docmeta119 anhui-renda-changweihui-gonggao-43hao-…, lines 1-14, cut; a converter copy,
    # normalised): a law library's 【】 labels, the 文号 field a 常委会 公告's serial, the publisher a code
    ("a law library's number field holding a 常委会 公告's serial",
     "- 【發(fā)布單位】81201\n- 【發(fā)布文號】安徽省人大常委會第43號\n- 【發(fā)布日期】1996-12-31\n- 【生效日期】1997-03-01\n"
     "- 【失效日期】--\n- 【文件來源】\n- 【所屬類別】地方法規(guī)\n安徽省人民代表大會常務委員會公告\n安徽省人民代表大會常務委員會公告\n(第四十三號)\n"
     "《安徽省通信管理?xiàng)l例》已經(jīng)1996年12月31日安徽省第八屆人民代表大會常務委員會第二十八次會議通過,,現(xiàn)予公布,自1997年3月1日起施行,。\n"
     "安徽省人民代表大會常務委員會\n1996年12月31日\n安徽省通信管理?xiàng)l例\n",
     {"doc_number": "安徽省人大常委会第43号", "date": "1996-12-31"}),
    # wy16328.com/html/DocHtml163520175918168007113297.html (docmeta119 anhui_wuhuxian-…, lines 1-27, cut): a hijacked
    # copy of a county congress's 公告, its page date, a stripped date in the body, the signature cut and its date without 日
    ("a signing date whose 日 was lost, under a page date",
     "当前位置\n248365365公告\n日期:2017/5/9  文章来源:王功伟  阅读次数: 次  [ 关 闭 ]\n \n\n248365365\n\n      \n\n第一号\n\n \n\n"
     "《248365365关于修改〈248365365议事规则〉的决定》已经2017418日芜湖县第十七届人民代表大会常务委员会第一次会议通过,现予公布,自公布之日起施行。\n\n"
     "附件:1、248365365关于修改《248365365议事规则》的决定;\n\n \n\n                 芜湖县人民代表大会常务委员\n\n"
     "                                  2017年4月18\n\n \n\n附件:1\n\n248365365\n",
     {"title": "248365365公告", "doc_number": "第一号", "date": "2017-04-18"}),
    # entrep37 neimenggu-zizhiqu-jishu-chuangxin-shifan-qiye-1pi-metadata (the whole excerpt, real): the excerpt ends on a
    # day-less date, maybe cut short (`2022年12月7`): the 成文日期 dates the notice
    ("a day-less date on the excerpt's last line",
     "当前位置: 首页 > 政务公开 > 法定主动公开内容 > 通知公告\n索 引 号 000014348/2023-00537 主题分类 工业、交通 \\ 其他\n发布机构 自治区工业和信息化厅 文  号 内工信科电字〔2022〕452号\n成文日期 2022-12-08 公文时效\n\n关于公布第一批自治区技术创新示范企业名单的通知\n\n来源:内蒙古自治区工业和信息化厅  发布日期:2022-12-08 15:35  \n字体:[ | | ] 分享到:\n打印本页\n\n各盟市工业和信息化局,满洲里市、二连浩特市工业和信息化局\n\n根据《内蒙古自治区技术创新示范企业管理办法(试行)》(内工信科电字〔2021〕444号),经各地申报、审核、公示等程序,认定金宇保灵生物药品有限公司等20家企业为自治区技术创新示范企业(名单见附件),现予公布。\n\n自治区技术创新示范企业实行动态管理,每三年评价一次,对合格的示范企业予以确认,不合格的撤销称号。各地工业和信息化主管部门要认真做好自治区技术创新示范企业管理工作,充分发挥其示范带动作用,强化企业创新主体地位,结合本地区实际,不断把企业技术创新工作引向深入。\n\n附件:第一批自治区技术创新示范企业名单\n\n2022年12月7",
     {"date": "2022-12-08"}),
    # Layouts the readers already held on first sight, kept as guards (docmeta119's first_score.txt):
    # law374.infoeach.com/view-Mzc0fDEyNDkzMw==.html (liaoning_anshan-…, lines 1-17, cut): an order on one line, the
    # meeting's date in the promulgation sentence, the mayor's `市长:X` and the signing date
    ("an order signed by the mayor after the meeting's date",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n鞍山市行政复议程序规定\n\n作者:法律资料网 时间:2024-07-12 15:53:57  浏览:8047   来源:法律资料网\n"
     "下载地址: 点击此处下载\n\n鞍山市行政复议程序规定\n\n辽宁省鞍山市人民政府\n\n\n鞍山市人民政府令第16号\n\n\n"
     "  《鞍山市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过,现予发布实施。\n\n"
     "                               市长:董伟\n                          一九九四年五月十八日\n"
     "             鞍山市行政复议程序规定\n\n\n\n  第一条 为保证各级行政机关依法行政,根据《行政复议条例》,制定本规定。\n",
     {"title": "鞍山市行政复议程序规定", "doc_number": "鞍山市人民政府令第16号", "date": "1994-05-18", "issuer": "鞍山市人民政府"}),
    # m-wufeng.cjyun.org/p/11563.html (hubei_wufeng-…, lines 1-9, cut): news paragraphs, then a 常委会's banner, the spaced
    # kind and its serial with a year bracket
    ("a congress 公告's banner and serial after news paragraphs",
     "4月23日,县人大常委会主任廖忠华主持召开自治县九届人大常委会第三十七次会议。\n"
     "会议听取和审议了自治县人大常委会关于老县城改造情况的视察报告;审议通过了关于召开自治县九届人大七次会议的决定。\n"
     "五峰土家族自治县人民代表大会常务委员会\n公 告\n〔2021〕第2号\n(2021年4月23日自治县九届人大常委会第三十七次会议通过)\n"
     "自治县九届人大常委会第三十七次会议决定:五峰土家族自治县第九届人民代表大会第七次会议于2021年5月7日至8日在县城渔洋关镇召开。\n"
     "特此公告。\n五峰土家族自治县人民代表大会常务委员会\n2021年4月23日\n",
     {"title": "五峰土家族自治县人民代表大会常务委员会公告", "doc_number": "〔2021〕第2号", "date": "2021-04-23",
      "issuer": "五峰土家族自治县人民代表大会常务委员会"}),
    # a law site's heading that is the rule itself, printed with no notice under it: the heading stays (贵州, lines 1-14)
    ("a law site's rule with no notice under it",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n贵州省维护工交企业生产秩序的暂行规定\n\n"
     "时间:2024-07-22 09:05:36 来源: 法律资料网 作者:法律资料网 阅读:8720\n下载地址: 点击此处下载\n\n贵州省维护工交企业生产秩序的暂行规定\n\n"
     "贵州省人民政府\n\n\n贵州省维护工交企业生产秩序的暂行规定\n贵州省人民政府\n\n\n\n"
     "第一条 为了有效地维护企业正常生产秩序,保护企业的合法权益,结合我省实际情况,制定本规定。\n",
     {"title": "贵州省维护工交企业生产秩序的暂行规定", "issuer": "贵州省人民政府"}),
]


@pytest.mark.parametrize("what,text,want", PAGES, ids=[p[0] for p in PAGES])
def test_document_fields_of_pages_with_site_and_gazette_lines(what, text, want):
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    assert docs, what
    d = docs[0]
    for field, value in want.items():
        assert getattr(d, field) == value, (what, field, getattr(d, field))


# a government gazette's masthead or blurb is never a document's title (kg.parse.page_titles.GAZETTE_MASTHEAD); real lines:
# fresh43 liaoning_zhengfu-bangongting-2007-… (lines 1 and 3, a spam mirror of 辽宁's gazette), docmeta119
# quanguo-guowuyuan-gongbao-1993-… (line 9, Wikisource, traditional), tests/test_other_districts.py's 临淄 issue (line 1)
MASTHEADS = [
    "政府公报",
    "《辽宁省人民政府公报》是由辽宁省人民政府主管、365体育投注主办并公开发行的政府出版物,坚持“传达政令、宣传政策、指导工作、服务社会”的办刊宗旨",
    "國務院公報",
    "临淄区人民政府公报",
]
# titles that end on 公报 or name a gazette, and stay titles
NOT_MASTHEADS = [
    "2023年国民经济和社会发展统计公报",  # a 统计公报's title names what it reports
    "关于公布《湖北省人民政府公报》编辑部地址的公告",  # constructed: a title quoting a gazette
]


@pytest.mark.parametrize("line", MASTHEADS)
def test_a_gazette_masthead_is_no_title(line):
    from kg.parse.page_titles import GAZETTE_MASTHEAD, _title_like
    assert GAZETTE_MASTHEAD.search(line) and not _title_like(line)


@pytest.mark.parametrize("line", NOT_MASTHEADS)
def test_a_title_naming_a_gazette_stays(line):
    from kg.parse.page_titles import GAZETTE_MASTHEAD, _title_like
    assert not GAZETTE_MASTHEAD.search(line) and _title_like(line)
