"""Document fields on pages that are not a clean notice (docmeta89, stop 24): one row per layout, the real lines of the
page it was found on (benchmarks/data/other_districts_docmeta89/texts, URL in each row's comment), with real or
constructed negatives that must not be read so. Whole-page rows run the segmenter; reader rows call the reader."""

import pytest

from kg.parse import patterns as P
from kg.parse.header_lines import drop_column_tag
from kg.parse.number_issuers import county_department
from kg.parse.metadata import _fits, _pairs
from kg.parse.normalize import normalize_lines
from kg.parse.page_titles import _title_like, column_headings
from kg.parse.segment import segment_issue
from kg.parse.signature import is_signer
from kg.parse.title_organs import opening_organs, organs_set_apart, title_organ


# (what, text, {field: value} of the document the page is)
PAGES = [
    # bjmy.gov.cn/zwgk/zcwj/202405/t20240516_419681.html (docmeta89 beijing_miyun-…, lines 1-18): a numbered list of
    # square-bracketed labels, a validity tag glued before the heading
    ("numbered bracket labels",
     "当前位置: 首页 > 政务公开 > 政策文件\n  1. [索引号]11S000/ZK-2018-000034\n  2. [有效性] 现行有效\n  3. [文种分类] 其他\n"
     "  4. [主题分类] 综合政务/应急管理\n  5. [发文机关] 北京市密云区密云镇人民政府\n  6. [发文字号] 密镇政字〔2018〕36号\n"
     "  7. [标题] 北京市密云区密云镇人民政府突发事件应急预案\n  8. [成文日期] 2018-06-29\n  9. [发布日期] 2018-06-29\n"
     "  10. [实施日期] 2018-06-29\n  11. [失效日期]\n【现行有效】北京市密云区密云镇人民政府突发事件应急预案\n"
     "  • 来源:北京市密云区密云镇人民政府\n  • 发布时间:2018-06-29 14:25\n  • 【 字体:      】\n\n密镇政字〔2018〕36号\n\n一、总则\n",
     {"title": "北京市密云区密云镇人民政府突发事件应急预案", "doc_number": "密镇政字〔2018〕36号",
      "issuer": "北京市密云区密云镇人民政府", "date": "2018-06-29", "line_start": 2}),
    # anhua.gov.cn/199/2808/2809/2810/content_2077611.html (docmeta89 hunan_anhua-…, lines 1-6): the 文号 alone between
    # the title and the page's fields
    ("number between the title and the fields",
     "|\n安化县乡村道路命名工作实施方案\n安民函〔2025〕15号\n作者: 发布时间:2025-06-23 10:06 信息来源: 安化县民政局 浏览数:\n"
     "安化县乡村道路命名工作实施方案\n根据湖南省委办公厅、省政府办公厅印发的《湖南省乡村建设行动实施方案》要求,制定本方案。\n",
     {"title": "安化县乡村道路命名工作实施方案", "doc_number": "安民函〔2025〕15号", "date": "2025-06-23"}),
    # yyx.gov.cn/37586/38025/38495/content_1755013.html (docmeta89 hunan_yueyangxian-…, lines 1-23): the 文号 with its
    # disclosure mark; the issuer read from the county bureau's prefix and the county the text names
    ("number with 同意公开, a county bureau's prefix",
     "对县十七届人大四次会议第35号建议的答复\n来源:经研中心   2020-10-20 09:37\n浏览量:1 | | | |\n\n"
     "岳县民字〔2020〕5号 同意公开\n\n对县十七届人大四次会议第35号建议的\n\n答  复\n\n许东望委员:\n\n"
     "您在岳阳县十七届人大第四次会议提出的《关于对我县地名进行标准化命名的建议》已收悉,现回复如下:\n",
     {"doc_number": "岳县民字〔2020〕5号", "issuer": "岳阳县民政局"}),
    # m.fortlauderdaleshuttlelimo.com/zytg/show-1229.html (docmeta89 quanguo-nongyenongcunbu-…, lines 3-18, converted): the
    # breadcrumb's inner column (重要通告) printed as a heading, a sidebar list of it, then the 通告
    ("a breadcrumb's inner column over the title",
     "回頂部\n 2025年09月19日 星期五 16時46分\n當前位置: 首頁 » 重要通告 » 時政通告 » 正文\n\n重要通告\n\n\n推薦圖文\n推薦重要通告\n"
     "點擊排行\n\n農業農村部關於實行海河、遼河、松花江和錢塘江等4個流域禁漁期制度的通告\n\n"
     "放大字體  縮小字體🕓2019-01-18  來源:🔗農業部  💛5724\n\n為養護水生生物資源、保護生物多樣性,我部決定自2019年起實行禁漁期制度。\n",
     {"title": "农业农村部关于实行海河、辽河、松花江和钱塘江等4个流域禁渔期制度的通告", "issuer": "农业农村部",
      "date": "2019-01-18"}),
    # www2.tvboxnow.com/thread-4277626-1-226.html (docmeta89 xizang_naqu-…, lines 1-5): a forum board's tag
    ("a forum board's tag before the headline",
     "返回列表 回復 發帖\n\n[中國內地] 那曲完成撤地設市 成為西藏第六個地級市\n\n"
     "5月7日電/7日上午,西藏那曲市舉行撤地設市掛牌儀式。那曲市從而成為西藏第六個地級市。\n",
     {"title": "那曲完成撤地设市成为西藏第六个地级市", "doc_number": None, "issuer": None}),
    # tlxxw.com/mobile/MShowNews.asp?dadid=801746&lei=3 (docmeta89 neimenggu_kezuozhongqi-…, lines 1-13): a quoted phrase
    # the title's words go on from is the title's
    ("a title opening with a quoted phrase",
     "“四城共创”工作的具体安排部署公告\n\n作者:科左中旗公安局交警大队 通辽日报 2016/5/23(点击:1140)\n\n"
     "按照科左中旗“四城共创”工作的具体安排部署,科左中旗公安局交警大队决定开展交通安全劝导活动。\n\n此公告\n\n"
     "科左中旗公安局交警大队\n\n2016年5月1日\n",
     {"title": "“四城共创”工作的具体安排部署公告", "issuer": "科左中旗公安局交警大队", "date": "2016-05-01"}),
    # jingtai.gov.cn/zfxxgk/zc/zcjd/xzcjd/art/2023/art_faca60a092ca4c2fbc9b67fe9ba2f827.html (docmeta89 gansu_jingtai-…,
    # lines 1-6): an empty 发布机构 cell never takes the 解读 title in the pipe row under it
    ("an empty 发布机构 over a 解读 title row",
     "索 引 号: | 1262042378404828X7/1970-172854 | 生成日期: | 2021-10-15 |\n文 号: | 关键字: | 森林草原,防火 | |\n"
     "所属机构: | 景泰县政府办公室 | 发布机构: |\n解读《景泰县人民政府2021年度森林草原防火命令》 | |\n信息来源:景泰县人民政府\n"
     "发布时间:2021-10-15 09:57\n2021年9月30日,景泰县人民政府发布2021年度森林草原防火命令,现解读如下:\n",
     {"title": "解读《景泰县人民政府2021年度森林草原防火命令》", "doc_number": None, "date": "2021-10-15",
      "issuer": "景泰县政府办公室"}),  # (the 所属机构 the catalogue files it under, before the 信息来源 site)
    # m.v15510.com/news/ceheng/20170303/369606.htm (docmeta89 guizhou_ceheng-…, lines 1-13, converted): a news headline,
    # a lead, then the 通告's red header over three lines
    ("a red header over three lines under a news headline",
     "禁漁期 冊亨境內天然水域的魚釣不得了\n2017年03月03日 14:43:36來源:生態冊亨 作者:\n網絡圖片。\n"
     "三月,不僅是春回大地,萬物復蘇,也是大部分動物繁衍下一代的時間。\n冊亨縣人民政府\n關於實施2017年境內天然水域禁漁期的\n通告\n"
     "為加強我縣漁業資源保護、增殖、開發和合理利用,現將有關事宜通告如下:\n一、禁漁範圍\n全縣行政區內所有天然水域。\n",
     {"title": "册亨县人民政府关于实施2017年境内天然水域禁渔期的通告", "issuer": "册亨县人民政府"}),
    # hfren.cc/forum.php?goto=lastpost&mod=redirect&tid=983 (docmeta89 guangdong_lufeng-…, lines 1-2, cut): a 关于 title
    # whose kind was lost, the 文号 glued after it, the whole 通告 on one line
    ("a kindless title glued to its number",
     "关于春节、元宵期间禁止在陆城规划区内及各镇政府所在地生产、销售、储存和燃放烟花爆竹、孔明灯(许愿灯)的 陆府通〔2019〕2号 "
     "为减少城市环境污染,巩固创文创卫成果,杜绝火灾事故发生,确保人民群众生命财产安全,市政府决定春节、元宵期间禁止燃放烟花爆竹、"
     "孔明灯(许愿灯),现将有关事项通告如下: 一、任何单位和个人未经许可,严禁燃放烟花爆竹。 此告\n陆丰市人民政府 2019年1月21日\n|\n",
     {"title": "关于春节、元宵期间禁止在陆城规划区内及各镇政府所在地生产、销售、储存和燃放烟花爆竹、孔明灯(许愿灯)的",
      "doc_number": "陆府通〔2019〕2号", "issuer": "陆丰市人民政府", "date": "2019-01-21"}),
    # doczj.com/doc/3511446647.html (docmeta89 guangdong_huizhou-…, lines 5-16): a joint title over two lines above a
    # law site's 【】 fields
    ("a joint title over two lines above 【】 fields",
     "中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高新技术产\n- 格式:doc\n- 大小:24.00 KB\n- 文档页数:2\n"
     "中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高\n新技术产业开发区发展的决定\n【法规类别】建设综合规定\n"
     "【发文字号】惠市委发[2010]5号\n【发布部门】惠州市政府\n【发布日期】2010.02.11\n【实施日期】2010.02.11\n【时效性】现行有效\n"
     "【效力级别】地方规范性文件\n中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高新技术产业开发区发展的决\n定\n"
     "(惠市委发〔2010〕5号2010年2月11日)\n为进一步加快惠州仲恺高新技术产业开发区的发展,经研究决定,赋予仲恺高新区行使市一级经济管理权限。\n",
     {"title": "中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高新技术产业开发区发展的决定",
      "doc_number": "惠市委发〔2010〕5号", "issuer": "中共惠州市委、惠州市人民政府", "date": "2010-02-11", "line_start": 5}),
    # wisor.cc/policy/show.php?from=client&itemid=51370 (docmeta89 tianjin-…, lines 1-8): body first, signed, then the
    # forwarded 批复 under its own title: the text above signs for itself
    ("a body-first notice signed over the forwarded document's title",
     "各区、县人民政府,各委、局,各直属单位:\n现将《国务院关于同意天津市调整部分行政区划的批复》(国函〔2009〕125号)转发给你们。\n"
     "调整我市部分行政区划,是实施国家发展战略的重大部署,望结合实际,认真贯彻执行。\n天津市人民政府\n二○○九年十一月八日\n"
     "国务院关于同意天津市调整部分行政区划的批复(国函〔2009〕125号)\n天津市人民政府:\n"
     "你市《关于调整天津市部分行政区划的请示》(津政报〔2009〕39号)收悉。现批复如下:\n",
     {"issuer": "天津市人民政府", "date": "2009-11-08"}),
    # ln19.com/archiver/tid-648063.html (docmeta89 guangdong_boluo-…, lines 3-12): a town's office signs with its date glued
    ("a town's office signing with its date glued",
     "园洲镇关于严禁在镇中心区、人员密集场所、危险区域等地燃放烟花爆竹、孔明灯的通告\n\n广大市民朋友:\n"
     "为有效防范和遏制烟花爆竹行业安全事故发生,让全镇人民度过一个欢乐祥和的中秋、国庆节,现通告如下:\n"
     "严禁在镇中心区、人员密集场所、危险区域等地燃放烟花爆竹、孔明灯,一经发现,将由公安机关处以行政拘留。\n\n"
     "园洲镇应急管理办2023年9月27日\n",
     {"title": "园洲镇关于严禁在镇中心区、人员密集场所、危险区域等地燃放烟花爆竹、孔明灯的通告", "date": "2023-09-27",
      "issuer": "园洲镇"}),
    # fresh37 yunnan_tengchong-gudong-zhen-xinxi-gongkai-mulu-beian-zhidu-meta-converter.txt lines 1-11 (real, converted): a
    # spam line over the fields, the heading printed twice under them (its kind 制度, no 通知 / 办法)
    ("a heading printed twice under the fields",
     "mm131杨晨晨喷水视频,mm137美女大尺度写真|mm356快播_mm625亚洲人成电影网\n\n打開適老化模式 無障礙瀏覽 x\n"
     "索引號 01526089-2-02_D/2016-0510008 發布機構 騰沖市固東鎮\n公開目錄 公開制度 發布日期 2016-05-10 16:49:05\n文號 瀏覽量\n主題詞\n"
     "固東鎮政府信息公開信息目錄管理和備案制度\n\n 固東鎮政府信息公開信息目錄管理和備案制度\n\n"
     "第一條 為保證政府公開信息的規範、適時、真實,特制定政府信息公開信息目錄管理和備案制度。\n",
     {"title": "固东镇政府信息公开信息目录管理和备案制度", "issuer": "腾冲市固东镇", "date": "2016-05-10", "line_start": 4}),
    # constructed negative: the same town title signed by another organ (the county's): the signature names the issuer
    ("a town's title signed by another organ",
     "园洲镇关于严禁燃放烟花爆竹、孔明灯的通告\n\n广大市民朋友:\n为有效防范烟花爆竹安全事故发生,现通告如下:\n严禁燃放烟花爆竹。\n\n"
     "博罗县人民政府\n2023年9月27日\n",
     {"issuer": "博罗县人民政府", "date": "2023-09-27"}),
]


@pytest.mark.parametrize("what,text,want", PAGES, ids=[r[0] for r in PAGES])
def test_document_fields_of_pages_that_are_not_a_clean_notice(what, text, want):
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    doc = docs[-1]
    if "line_start" in want:  # the document the gold starts on: the one spanning that line
        doc = next(d for d in docs if d.line_start <= want["line_start"] <= d.line_end)
    for field, value in want.items():
        if field != "line_start":
            assert getattr(doc, field) == value, (field, getattr(doc, field))


@pytest.mark.parametrize("line,fields", [
    ("  1. [索引号]11S000/ZK-2018-000034", [("索引号", "11S000/ZK-2018-000034")]),  # docmeta89 密云镇
    ("  6. [发文字号] 密镇政字〔2018〕36号", [("发文字号", "密镇政字〔2018〕36号")]),
    ("  11. [失效日期]", [("失效日期", None)]),
    ("[索引号]11S000/ZK-2018-000034", [("索引号", "11S000/ZK-2018-000034")]),  # (unnumbered, as before)
    # fresh9 beijing_xicheng-2016-shisanwu-guihua-gangyao-mirror.txt lines 3-6 (real, another 首都之窗 page's mirror,
    # csglxh.com/wwwcsglxhcom/gongkai/guihua/2841/6590/6620/1700280/1538770/index.htm): the same numbered list
    ("  3. [发文单位] 北京市西城区人民政府", [("发文单位", "北京市西城区人民政府")]),
    ("  4. [发布日期]2018-01-16", [("发布日期", "2018-01-16")]),
    # negatives: a list item with a bracketed word that is no field; a numbered sentence
    ("1. [附件] 说明", []),
    ("2. 严禁在镇中心区燃放烟花爆竹", []),
])
def test_numbered_square_bracket_labels(line, fields):
    assert _pairs(normalize_lines(line)[0].text) == fields


@pytest.mark.parametrize("line,num", [
    ("岳县民字〔2020〕5号 同意公开", "岳县民字〔2020〕5号"),  # docmeta89 岳阳县 (real)
    ("宁建字〔2021〕3号 A类 主动公开", "宁建字〔2021〕3号"),  # constructed: a graded reply
    ("长房议字〔2025〕11号 签发人:赵洪利", "长房议字〔2025〕11号"),  # (as before)
    # negatives: words going on after the mark, or another phrase
    ("岳县民字〔2020〕5号 同意公开办理", None),
    ("岳县民字〔2020〕5号 公开征求意见", None),
])
def test_a_number_line_with_its_disclosure_mark(line, num):
    m = P.DOC_NUMBER_LINE.match(line)
    assert (m["num"] if m else None) == num


def test_a_breadcrumb_s_inner_columns_and_their_sidebar_lists():
    # docmeta89 农业农村部 spam mirror: "当前位置: 首页 » 重要通告 » 时政通告 » 正文"
    cols = column_headings(normalize_lines("当前位置: 首页 » 重要通告 » 时政通告 » 正文"))
    assert {"重要通告", "时政通告", "推荐重要通告", "正文"} <= cols
    # fresh4 henan_suixian-fenbao-xiangmu-fangan-source.txt:1 (real, suixian.gov.cn/xwzx/tzgg/content_7094) and fresh27
    # shanxi_zhangzi-2019-…-tonggao-page.txt:6 (real, dym6789.nync.com/article/2206754.html): a column ending on 公告
    assert "公示公告" in column_headings(normalize_lines("您的位置: 首页 >要闻动态>公示公告>详细内容"))
    assert "通知公告" in column_headings(normalize_lines("    首页 > 通知公告 > 正文"))
    # a breadcrumb ending on the page's own title names no column (as before)
    assert not any("关于" in c for c in column_headings(normalize_lines("首页 > 法规草案征求意见 > 关于征求意见的公告")))


@pytest.mark.parametrize("title,organ", [
    ("园洲镇关于严禁在镇中心区、人员密集场所、危险区域等地燃放烟花爆竹、孔明灯的通告", "园洲镇"),  # docmeta89 (real)
    ("某某街道关于开展燃气安全排查的通知", "某某街道"),  # constructed
    # negatives: the towns as a class, a 城镇 / 乡镇 of a subject, a title cut before its kind
    ("各乡镇关于做好防汛工作的通知", None),
    ("新型城镇关于建设的通知", None),
    ("园洲镇关于严禁燃放", None),
])
def test_a_town_opening_its_title(title, organ):
    assert title_organ(title) == organ


@pytest.mark.parametrize("name,signer", [
    ("园洲镇应急管理办", True),  # docmeta89 (real): a town's office, short form
    ("西湖街道办事处", True),
    # repeal62 guangdong-dongguan-changping-2018-…-converter.txt:7 (real, a town's legal office signing a consultation,
    # sangco.com.cn/cp/hd/yjzj/dcwj/content/post_3018033.html), its traditional form folded
    ("常平镇人民政府法制办", True),
    # a township's campaign headquarters signing its 通告 (real, arkombiservisi.com/portal.php?aid=62112&mod=view, converted)
    ("东源乡新型冠状病毒感染肺炎防控工作指挥部", True),
    ("城镇规划办", False), ("乡镇农技站", False), ("园洲镇", False), ("各乡镇党委", False),
])
def test_a_town_s_office_signs(name, signer):
    assert is_signer(name) is signer


@pytest.mark.parametrize("title,organs", [
    ("中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高新技术产业开发区发展的决定", ["中共惠州市委", "惠州市人民政府"]),
    ("安溪县教育局、安溪县财政局关于做好资助工作的通知", ["安溪县教育局", "安溪县财政局"]),  # constructed
    # negatives: placeless organs set apart are no organs; a run without 、 is opening_organs' (as before)
    ("市财政局、市教育局关于做好资助工作的通知", []),
    ("中共静安区委办公室静安区人民政府办公室印发《静安区三年行动计划》的通知", []),
])
def test_organs_set_apart_in_a_joint_title(title, organs):
    assert organs_set_apart(title) == organs
    if organs:  # (opening_organs reads no run set apart: a page's organ line keeps its own form, docmeta28's 北京 转发)
        assert opening_organs(title) == []


@pytest.mark.parametrize("prefix,text,organ", [
    ("岳县民字", "您在岳阳县十七届人大第四次会议提出的《关于对我县地名进行标准化命名的建议》已收悉", "岳阳县民政局"),
    # negatives: no county of the prefix named; two named; a code no registry row holds
    ("岳县民字", "您提出的建议已收悉", None),
    ("岳县民字", "岳阳县和岳西县的代表", None),
    ("岳县宣字", "您在岳阳县提出的建议", None),
])
def test_a_county_bureau_s_number_prefix(prefix, text, organ):
    assert county_department(prefix, text) == organ


@pytest.mark.parametrize("value,fits", [
    # fresh37 yunnan_tengchong-gudong-…-converter.txt:7-8 (real, a town's rules under an empty 主题词): one long phrase is
    # no list of keywords
    ("固东镇政府信息公开信息目录管理和备案制度", False),
    ("森林草原,防火,火,人民政府,森林", True),  # docmeta89 景泰 (real): words set apart
    ("应急预案", True),
])
def test_an_empty_keywords_cell_never_takes_a_heading(value, fits):
    assert _fits("keywords", value) is fits


@pytest.mark.parametrize("value,fits", [
    ("解读《景泰县人民政府2021年度森林草原防火命令》 | |", False),  # docmeta89 景泰 (real)
    ("大理市城镇燃气安全专项整治实施方案 |", False),
    ("景泰县政府办公室", True),
])
def test_an_empty_issuer_cell_never_takes_a_title(value, fits):
    assert _fits("issuer", value) is fits


@pytest.mark.parametrize("title,want", [
    ("[中國內地] 那曲完成撤地設市 成為西藏第六個地級市", "那曲完成撤地設市 成為西藏第六個地級市"),
    ("【林长制】青龙乡2022年1季度护林员工作小结", "青龙乡2022年1季度护林员工作小结"),  # (as before)
    ("【喜讯】荣昌173户企业获评绿色工厂", "【喜讯】荣昌173户企业获评绿色工厂"),  # (a tag saying what the page is stays)
    ("[2023]第12号文件说明", "[2023]第12号文件说明"),  # negative: a bracketed year is no board
])
def test_a_board_tag_before_a_headline(title, want):
    assert drop_column_tag(title) == want


def test_a_board_tagged_headline_is_title_like():
    assert _title_like("[中国内地]那曲完成撤地设市成为西藏第六个地级市")
    assert not _title_like("[打印本页]")
    assert not _title_like("[返回]上一篇:关于做好防汛工作的通知")
