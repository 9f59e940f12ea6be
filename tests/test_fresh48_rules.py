"""fresh48's writing styles (benchmarks/data/other_districts_fresh48, opened to development at stop 29), each with the
line as printed in its file: the rules they were fixed by live in the registries of the modules named per section."""

import pytest
from conftest import page_tasks as _tasks, page_documents as _docs


def _names(units):
    return [u["name"] for u in units]


# ---------------------------------------------------------------- tasks (kg/extract/duty_subjects.py, joint_groups.py, joint_partners.py)

@pytest.mark.parametrize("text,lead,cooperate", [
    # hebei_sheng-2012-zhengfu-guizhang-guifanxing-wenjian-jizhong-qingli.txt:1, a place with the future 将 and the span of
    # time it gives itself (利用 as 用)
    ("法制网石家庄11月19日电 记者马竞 实习生周宵鹏 从本月开始,河北省将利用两个月的时间对全省现行有效的政府规章、规范性文件集中进行"
     "一次全面清理,切实解决政府规章、规范性文件中存在的明显不适应经济社会发展需要的问题。", ["河北省"], []),
    # jiangxi_nongye-nongcunting-2019-nongchanpin-jiagongye-xinwen-fabuhui-converter.txt:1, 从 before the group whose event
    # the report learnt from: no part of the first body's name
    ("近日,從省政府新聞辦、省農(nóng)業(yè)農(nóng)村廳聯(lián)合召開的新聞發(fā)布會(huì)上獲悉,今年前三季度,我省規(guī)模以上農(nóng)產(chǎn)品"
     "加工企業(yè)為2867家。", [], ["省政府新聞辦", "省農(nóng)業(yè)農(nóng)村廳"]),
    # hainan_baoting-xian-shichang-jianguanju-2021-yingshang-huanjing-jinsu-trad.txt:3-4, 該局與當地的X協同: both cooperate,
    # 該局 the bureau named in full before it, 當地的 no part of the partner's name
    ("在“禁塑”工作方面,保亭縣市場監管局通過宣傳巡查、社會共治、嚴懲違法等多措并舉,查扣不可降解塑料袋15.8萬個。\n"
     "為嚴厲打擊進口商品假冒偽劣等違法違規行為,今年3月、4月期間,該局與當地的綜合執法局協同打擊假冒知名進口品牌,針對洋酒開展專項執法檢查。",
     [], ["保亭县市场监管局", "綜合執法局"]),
])
def test_fresh48_task_styles(tmp_path, text, lead, cooperate):
    from kg.parse.normalize import fold

    got = _tasks(tmp_path, text)
    assert len(got) == 1
    assert [fold(n) for n in _names(got[0]["lead"])] == [fold(n) for n in lead]
    assert [fold(n) for n in _names(got[0]["cooperate"])] == [fold(n) for n in cooperate]


# ---------------------------------------------------------------- documents (kg/parse/issuers.py, headers.py, header_lines.py, metadata.py, chrome.py)

# guangxi_zizhiqu-2019-quanmian-duijie-yuegangao-dawanqu-shishi-fangan.txt:1-6, joint organs by their level only, 党委 short
GUANGXI = ("自治区党委办公厅自治区人民政府办公厅关于印发《广西全面对接粤港澳大湾区实施方案(2019-2021年)》的通知\n"
           "各市、县党委和人民政府,自治区党委和自治区级国家机关各部委办厅局,各人民团体,各高等学校:\n"
           "《广西全面对接粤港澳大湾区实施方案(2019-2021年)》已经自治区党委、自治区人民政府同意,现印发给你们,请认真贯彻落实。\n"
           "中共广西壮族自治区委员会办公厅\n广西壮族自治区人民政府办公厅\n2019年5月20日\n"
           "为紧抓国家实施粤港澳大湾区建设重大历史机遇,特制定本方案。")

# shanghai_shizhengfu-bangongting-2021-shichang-jianguan-xiandaihua-shisiwu-guihua-wiki-trad.txt:15-19, the date in
# brackets over the 文号
SHANGHAI = ("上海市人民政府辦公廳關於印發《上海市市場監管現代化“十四五”規劃》的通知\n  (2021年6月4日)\n  滬府辦發〔2021〕4號\n"
            "各區人民政府,市政府各委、辦、局:\n  經市政府同意,現將《上海市市場監管現代化“十四五”規劃》印發給你們,請認真按照執行。")

# xizang_zizhiqu-shisanwu-guomin-jingji-shehui-fazhan-guihua-gangyao.txt:1-3, a repost's (全文) after the title
XIZANG = ("首页 >十三五规划\n西藏自治区“十三五”时期国民经济和社会发展规划纲要(全文)\n中金国研智库网 www.zjgyzk.cn\n\n"
          "西藏自治区“十三五”时期(2016-2020年)国民经济和社会发展规划纲要,主要阐明自治区战略意图。")

# shanxi_taiyuan-renda-changweihui-2024-xiaofang-tiaoli.txt:1-31, a law site's path glued before the title, its tools and
# disclaimer, its 颁布部门 fields, the regulation's adoption line
TAIYUAN = ("欢迎来到EHS平台! 设为首页 收藏\nEHS中国 法规首页 太原市消防条例\n\n太原市消防条例\n\n收藏\n\n下载法规\n\n我要纠错\n\n"
           "条款摘要\n\n资料来自公开网络,仅提供网友学习讨论使用\n\n原文版权归原版权人拥有\n\n发文字号:——\n\n"
           "颁布部门:太原市人民代表大会常务委员会\n\n法律效力:地方性法规\n\n应用分类:消防安全类\n\n"
           "颁布日期:2024-01-18生效日期:2024-03-01\n\n\n太原市消防条例\n\n"
           "(2023年12月28日太原市第十五届人民代表大会常务委员会第十四次会议通过\n"
           "2024年1月18日山西省第十四届人民代表大会常务委员会第七次会议批准)\n\n  第一章 总则\n"
           "  第一条 为了预防火灾和减少火灾危害,制定本条例。")


@pytest.mark.parametrize("text,title,number,issuer,date", [
    (GUANGXI, None, None, "中共广西壮族自治区委员会办公厅、广西壮族自治区人民政府办公厅", "2019-05-20"),
    (SHANGHAI, None, "滬府辦發〔2021〕4號", None, "2021-06-04"),
    (XIZANG, "西藏自治区“十三五”时期国民经济和社会发展规划纲要", None, None, None),
    (TAIYUAN, "太原市消防条例", None, "太原市第十五届人民代表大会常务委员会", "2023-12-28"),
])
def test_fresh48_document_styles(tmp_path, text, title, number, issuer, date):
    from kg.parse.normalize import fold

    doc = _docs(tmp_path, text)[0]
    if title:
        assert doc.title == title
    if number:
        assert fold(doc.doc_number) == fold(number)
    if issuer:
        assert doc.issuer == issuer
    assert doc.date == date


@pytest.mark.parametrize("line,style", [
    ("下载法规", "law_site_tools"), ("我要纠错", "law_site_tools"), ("条款摘要", "law_site_tools"),
    ("资料来自公开网络,仅提供网友学习讨论使用", "law_site_tools"), ("原文版权归原版权人拥有", "law_site_tools"),
])
def test_fresh48_chrome_lines(line, style):
    from kg.parse.chrome import chrome_style

    assert chrome_style(line) == style


@pytest.mark.parametrize("title,want", [
    ("EHS中国法规首页太原市消防条例", "太原市消防条例"),
    ("西藏自治区“十三五”时期国民经济和社会发展规划纲要(全文)", "西藏自治区“十三五”时期国民经济和社会发展规划纲要"),
    # (kept: no document's kind after the path, or a bracket that is the title's own)
    ("网站首页新闻中心", "网站首页新闻中心"),
    ("关于印发《某某办法(试行)》的通知", "关于印发《某某办法(试行)》的通知"),
])
def test_fresh48_title_wrappings(title, want):
    from kg.parse.header_lines import drop_title_wrapping

    assert drop_title_wrapping(title) == want
