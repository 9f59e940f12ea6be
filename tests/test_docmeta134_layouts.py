"""Document titles, numbers and issuers on page layouts first seen in docmeta134 (stop 28): one row per layout, the real
lines of the page it was found on (benchmarks/data/other_districts_docmeta134/texts, URL in each row's comment), cut;
guards keep layouts that must stay as they were."""

import pytest
from conftest import assert_document_fields

from kg.parse.header_lines import _unglue, drop_title_wrapping
from kg.parse.title_organs import title_organ

# (what, text, {field: value} of the document the page is)
PAGES = [
    # heihe.dbw.cn/system/2018/03/15/057949785.shtml (heilongjiang_heihe-…, lines 5-9, cut): a city's yearly order on a
    # news portal, titled by the organ and the year, cut before any signature
    ("an order titled by its organ and its year",
     "  您当前的位置 : 东北网  >  黑河新闻网  >  黑河时政\n黑河市人民政府2018年森林防火命令\n//heihe.dbw.cn  2018-03-15 10:28:44\n\n"
     "  为有效预防森林火灾、保障人民生命财产安全、保护森林资源,确保不发生重特大森林火灾,根据《森林防火条例》发布如下命令:\n\n"
     "  一、2018年全市春季森林防火期为3月15日—6月15日,秋季森林防火期为9月15日—11月15日。\n",
     {"title": "黑河市人民政府2018年森林防火命令", "issuer": "黑河市人民政府", "date": "2018-03-15"}),
    # slcyfh.mem.gov.cn/Item/27311.aspx (heilongjiang-2019-…, lines 1-7, cut): the same kind of order reposted by another
    # organ's site, its source a website
    ("a province's yearly order reposted, its source a website",
     "功能栏:\n您现在的位置:中国森林草原防灭火网>> 信息公开>> 政务公开>> 正文\n\n黑龙江省人民政府2019年森林草原防火命令\n\n"
     "作者: 发布时间:2019年03月01日 来源:应急管理部网站\n\n"
     "    为有效预防和扑救森林草原火灾,确保人民生命财产和国家森林草原资源安全,根据《森林防火条例》《草原防火条例》和《黑龙江省森林防火条例》有关规定,"
     "结合我省实际,特发布如下命令:\n",
     {"issuer": "黑龙江省人民政府", "date": "2019-03-01"}),
    # m.110.com/fagui/226940.html (guangxi-dangwei-zhengfu-…, lines 1-5, cut): a joint decision titled by the party
    # committee and the government set apart by 、
    ("a joint title's organs set apart by 、",
     "法律法规\n登录        电话咨询\n中共广西壮族自治区委员会、广西壮族自治区人民政府关于命名南宁市等为自治区第四轮文明城市、城区、县城和授予北海市等为"
     "创建文明城市、城区、县城工作先进单位的决定\n\n  从2000年起,我区在21个城市、69个县城开展了创建自治区第四轮文明城市、城区、县城活动。\n",
     {"issuer": "中共广西壮族自治区委员会、广西壮族自治区人民政府"}),
    # 360docs.net/doc/1c19312000.html (qinghai-jiben-caoyuan-…, lines 1-2, cut): a document site's heading naming another
    # document, then the notice's title glued to its number by a dash
    ("a title glued to its number by a dash",
     "青海省实施《中华人民共和国草原法》细则\n青海省人民政府办公厅转发省农牧厅关于基本草原划定试点工作实施方案的通知-青政办[2008]172号\n"
     "西宁市、各自治州人民政府,海东行署,省政府各委、办、厅、局:省农牧厅制定的《青海省基本草原划定试点工作实施方案》已经省人民政府同意,"
     "现转发给你们,请认真组织实施。\n",
     {"title": "青海省人民政府办公厅转发省农牧厅关于基本草原划定试点工作实施方案的通知", "doc_number": "青政办〔2008〕172号"}),
    # scholarmate.com/S/astXb3 (liaoning-quxiao-xiafang-…, the whole excerpt): an abstract gluing the masthead, the number
    # and the recipients on one line
    ("an abstract's masthead glued to the number and the recipients",
     "摘要\n\n<正>辽宁省人民政府文件辽政发[2021]19号各市人民政府,省政府各厅委、各直属机构:根据党中央、国务院和省委相关要求,以及法律、法规、规章等"
     "\"立改废释\"情况,经研究论证,省政府决定取消下放调整一批行政许可等职权事项59项。其中:取消25项,下放1项,调整至省直相关部门行使职权26项,"
     "因法律法规增加行政职权事项3项,承接国家下放职权事项4项。相关行政职权事项目录将通过省政府门户网站向社会发布。\n",
     {"doc_number": "辽政发〔2021〕19号", "issuer": "辽宁省人民政府"}),
    # m.c6h6o6.com/zwgk/fggw/zfgz/content/post_2837908.html (guangdong_guangzhou-…-ling8-…, lines 3-23, cut; converter,
    # normalised): a related-news heading, the breadcrumb, the title behind a validity label, bullets, a revision note,
    # then the decree: the page's top is the decree's
    ("a rules page's top over the decree, its title behind a validity label",
     "相關新聞\n當前位置:首頁 > 政務公開 > 法規(guī)公文\n\n已失效 廣州市政府信息公開規(guī)定\n\n  • 2002-11-06\n"
     "  • 來源: 市政府辦公廳 本網(wǎng)\n  • 分享到\n  • -\n本規章已修訂 請點擊閱讀最新版本\n\n廣州市人民政府令\n\n第8號\n\n"
     "  《廣州市政府信息公開規(guī)定》已經(jīng)第11屆108次市政府常務會議討論通過,現(xiàn)予公布,自2003年1月1日起施行。\n\n"
     "市長 林樹森\n二○○二年十一月六日\n\n廣州市政府信息公開規(guī)定\n\n第一章  總 則\n",
     {"title": "广州市政府信息公开规定", "doc_number": "广州市人民政府令第8号", "issuer": "广州市人民政府",
      "date": "2002-11-06", "whole_page": True}),
    # www.zgq.gov.cn/zgqxxgk/c108335/202106/4575292fe42e4437a91dafd760175e2d.shtml (fresh45 jiangxi_ganzhou-zhanggong-…,
    # lines 9-19, cut): the signing date stripped of 年月日, alone over the disclosure note, the organ a seal
    ("a stripped signing date alone over the disclosure note",
     "赣州市章贡区人民政府\n\n关于印发《赣州市章贡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的通知\n\n"
     "各镇人民政府、街道办事处,区政府各部门,驻区有关单位、区属各单位:\n\n"
     "现将《赣州市章贡区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》印发给你们,请认真贯彻执行。    \n\n202158\n\n(此件主动公开)\n",
     {"date": "2021-05-08"}),
    # jlgjxh.com.cn/article/9/shengjiaoyutingwenjian/2015/0401/3411.html (fresh44 jilin_jiaoyuting-2015-…, lines 1-4):
    # a notice on one line, the attachment's label between its last sentence and its signature
    ("an attachment's label between the body and the signature on one line",
     "吉林省教育厅文件\n吉教发[2015]1号关于印发《吉林省教育厅2015年工作要点》的通知\n"
     "各市(州)、长白山管委会教育局,梅河口、公主岭市教育局,各高等学校,厅机关各处室和直属单位:\n"
     "现将《吉林省教育厅2015年工作要点》印发给你们,请结合实际,认真抓好贯彻落实。 附件:吉林省教育厅2015年工作要点 吉林省教育厅 2015年3月10日\n",
     {"date": "2015-03-10", "issuer": "吉林省教育厅"}),
    # tanjiaoyi.com/article-79575-1.html (fresh45 zhejiang_jingxinting-2024-…, lines 1-9, cut): the title twice, a 文号 field
    # alone on the line under the second copy, then the 主送
    ("a 文号 field alone under the title",
     "省经信厅 省发展改革委 省生态环境厅关于公布2024年浙江省级绿色低碳工业园区、工厂名单及动态管理结果的通知\n\n"
     "2024-11-20 09:20 来源: 浙江省经济和信息化厅\n\n"
     "省经信厅 省发展改革委 省生态环境厅关于公布2024年浙江省级绿色低碳工业园区、工厂名单及动态管理结果的通知\n\n"
     "文号:浙经信绿色〔2024〕243号\n\n各市、县(市、区)经信局、发展改革委(局)、生态环境局:\n\n"
     "为深入实施绿色制造标杆引领,加快推进制造业绿色低碳转型,根据《绿色工厂梯度培育及管理暂行办法》(工信部节〔2024〕13号)要求,现予以公布。\n",
     {"doc_number": "浙经信绿色〔2024〕243号"}),
    # gaxf.apcreports.org.cn/zfzc/news/10751.html (fresh44 jilin_yanbian-huangnihe-…, lines 1-12, cut): a news item whose only organ credit closes
    # its last paragraph in brackets, the writer after it
    ("a news item's credit closing its last paragraph",
     "中国报道网——中国外文局亚太传播中心唯一官方中文网\n位置:当前位置:首页 >> 金融\n\n积极开展联合检查 确保节日消防安全\n\n"
     "发布时间:2019-01-30 19:22:55 推广 来源:中国报道\n\n"
     "为深入推进冬春火灾防控工作,确保“春节”期间辖区火灾形势稳定。1月28日,吉林省黄泥河森林公安局消防大队联合治安大队,深入辖区内重点单位、"
     "人员密集场所开展节前四防安全检查行动。\n\n"
     "此次联合安全检查,共出动车辆2台次、警力8人次,检查单位场所7家,下发检查意见书7份,未发现火险安全隐患。通过此次检查进一步提高了社会单位"
     "管理人员消防安全意识,为“新春佳节”期间消防安全奠定了良好的社会基础。(稿源:黄泥河森林公安局 通讯员:刘树鑫)\n\n责任编辑:马尧\n",
     {"issuer": "黄泥河森林公安局"}),
    # guard (constructed): the same credit naming a newspaper names no organ
    ("a news item's closing credit naming a newspaper",
     "积极开展联合检查 确保节日消防安全\n\n发布时间:2019-01-30 19:22:55\n\n"
     "此次联合安全检查,共出动车辆2台次、警力8人次,检查单位场所7家,下发检查意见书7份,未发现火险安全隐患。通过此次检查进一步提高了社会单位"
     "管理人员消防安全意识,为“新春佳节”期间消防安全奠定了良好的社会基础。(稿源:吉林日报 通讯员:刘树鑫)\n",
     {"issuer": None}),
    # kefan21.com/news/html/?616.html (fresh45 guangxi_nanning-longan-…, lines 1-4, cut): a betting mirror's headline: its path, then the
    # notice's title after the last dash
    ("a betting mirror's path before the title",
     "全站搜索\n首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知\n"
     "作者:管理员    发布于:2023-03-15 21:50:16    文字:【】【】【\n\n"
     "  经县人民政府同意,现将《隆安县财政专项扶贫资金管理办法》印发给你们,请结合实际认真贯彻执行。\n",
     {"title": "隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知", "issuer": "隆安县人民政府办公室"}),
    # guard (constructed): a stripped number alone under the body with no disclosure note stays no date
    ("a stripped number with no disclosure note under it",
     "某县人民政府\n\n关于印发《某县工作方案》的通知\n\n各乡镇人民政府:\n\n现将《某县工作方案》印发给你们,请认真贯彻执行。\n\n202158\n",
     {"date": None}),
]


@pytest.mark.parametrize("what,text,want", PAGES, ids=[p[0] for p in PAGES])
def test_document_fields_of_first_sight_layouts(what, text, want):
    assert_document_fields(what, text, want)


# (title, the organ it names) — an organ then a year (docmeta134's 黑河 / 黑龙江 orders) and guards
TITLE_ORGANS = [
    ("黑河市人民政府2018年森林防火命令", "黑河市人民政府"),  # docmeta134 heilongjiang_heihe-…, line 6
    ("黑龙江省人民政府2019年森林草原防火命令", "黑龙江省人民政府"),  # docmeta134 heilongjiang-2019-…, line 4
    ("托克逊县人民政府工作规则", "托克逊县人民政府"),  # guard: the organ before its subject, as before
    ("黑河市人民政府2018年第一次常务会议纪要", None),  # constructed guard: a year after the organ, no document's kind
    ("市人民政府2018年森林防火命令", None),  # constructed guard: no place named
]


@pytest.mark.parametrize("title,want", TITLE_ORGANS)
def test_the_organ_a_title_opens_with_before_its_year(title, want):
    assert title_organ(title) == want


# (title line, (title, 文号)) — a number glued after the title by a dash, and guards
UNGLUED = [
    ("青海省人民政府办公厅转发省农牧厅关于基本草原划定试点工作实施方案的通知-青政办[2008]172号",  # docmeta134 青海, line 2
     ("青海省人民政府办公厅转发省农牧厅关于基本草原划定试点工作实施方案的通知", "青政办〔2008〕172号")),
    ("关于印发某县实施方案的通知-关于某县的补充通知", ("关于印发某县实施方案的通知-关于某县的补充通知", None)),  # no number
    ("某县人民政府关于加强管理的通知某政发〔2023〕12号", ("某县人民政府关于加强管理的通知", "某政发〔2023〕12号")),  # no dash
]


@pytest.mark.parametrize("line,want", UNGLUED)
def test_a_number_glued_after_the_title(line, want):
    assert _unglue(line) == want


# (line, title) — a betting mirror's dashed path before the organ's title (fresh45's 隆安 mirror, line 2) and guards
UNWRAPPED = [
    ("首页『摩臣5注册登陆』-摩臣5娱乐平台-首页-隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知",
     "隆安县人民政府办公室关于印发隆安县财政专项扶贫资金管理办法的通知"),
    ("首页-新闻中心-某县人民政府关于加强管理的通知", "首页-新闻中心-某县人民政府关于加强管理的通知"),  # no betting word: kept
    ("某市体育彩票中心-关于开展彩票销售活动", "某市体育彩票中心-关于开展彩票销售活动"),  # no organ's whole title after: kept
]


@pytest.mark.parametrize("line,want", UNWRAPPED)
def test_a_betting_path_before_the_title(line, want):
    assert drop_title_wrapping(line) == want
