"""Readers widened for fresh44's misses (issue #16, round120): a graded list's counted short names, a counted level list
printed apart by spaces and a credit 红名单 (kg/extract/published_lists.py); 由A、B…以及F六家单位…成立 and A、B根据…制定 /
重新修订了 (kg/extract/joint_counted.py); 由X对…进行排摸 / 由X进行…评审 (duty_led's charge); A、B…等部门,组织相关…专家
(joint_action); an amending decision's item whose change opens with its article (amendments); a wiki's decree page and a
notice flattened onto one line (kg/parse/decree_page.py). Each with the real lines it was written from and plain negatives."""

import pytest

from conftest import sentence_roles

from kg.extract.amendments import titled_item_amendments
from kg.extract.published_lists import published_list_holders
from kg.model import Line
from kg.parse.decree_page import _FLATTENED_NOTICE, flattened_notice
from kg.parse.normalize import compact, normalize_line


def _line(no: int, text: str) -> Line:
    return Line(no=no, raw=text, text=text)


@pytest.mark.parametrize("sentence,expected", [
    # a company's news page on 临邑's A类 list (fresh44, http://www.sdtyhg.com/newsshow.php?cid=22&id=64): the county opens
    # the list, a former name in brackets, the count vouching for the short names
    ("联合发布了2019年度规模以上工业企业“亩产效益”评价A类(优先发展类)企业名单,临邑县信立泰药业、科顺建材、安弘制药(原齐鲁安替(临邑)制药)"
     "等3家企业成功入选。",
     [("信立泰药业", "A", "优先发展类"), ("科顺建材", "A", "优先发展类"), ("安弘制药", "A", "优先发展类")]),
    # 贵州's 国家级 示范社, names apart by spaces (fresh44, http://nmwwt.org/html/6nmzx/20191122/141943.html)
    (compact("2家国家级示范社分别是: 贵阳市南明区绿宝石生态农业专业合作社 赤水市两河口乡兴发冷水鱼养殖农民专业合作社"),
     [("贵阳市南明区绿宝石生态农业专业合作社", "国家级", None), ("赤水市两河口乡兴发冷水鱼养殖农民专业合作社", "国家级", None)]),
    # 云南's 守信 典型企业 (fresh44, https://kuaibao.lzzcloud.net/news_info/936455.html): the list's name is the class
    ("此次,云南省有云南省交通规划设计研究院有限公司、云南云岭高速公路交通科技有限公司等7家企业进入全国公路工程建设信用“红名单”,可享受…",
     [("云南省交通规划设计研究院有限公司", "红名单", None), ("云南云岭高速公路交通科技有限公司", "红名单", None)]),
    # negatives: a count that is not the names' number; a list with no names
    ("…A类(优先发展类)企业名单,临邑县信立泰药业、科顺建材等18家企业成功入选。", []),
    ("截至目前,我省拥有国家级合作社209家,省级以上示范社343家。", []),
])
def test_published_list_holders(sentence, expected):
    assert published_list_holders(sentence) == expected


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # 彭浦新村街道's 城市综合管理服务中心 (fresh44)
    ("由街道社区管理办公室、市场监管所、城管中队、房管办、绿化和市容管理所以及静安城发集团平台管理分中心六家单位在彭浦新村街道成立了城市综合管理服务中心",
     "joint_no_lead", [], ["街道社区管理办公室", "市场监管所", "城管中队", "房管办", "绿化和市容管理所", "静安城发集团平台管理分中心"]),
    ("由市场监管所对25家商铺的经营情况进行排摸", "charged_by", ["市场监管所"], []),
    # 深汕特别合作区 政府投资项目管理办法 (fresh44)
    ("由区政府投资项目和财政预算评审中心进行预结算评审", "charged_by", ["区政府投资项目和财政预算评审中心"], []),
    # 门头沟 健康北京周 (fresh44)
    ("区卫生健康委、区疾控中心根据北京市健康提素答题活动方案要求,制定通知并号召", "joint_no_lead", [], ["区卫生健康委", "区疾控中心"]),
    # 内蒙古 工信厅 财政厅 (fresh44, converter copy)
    ("根据《方案》等有关规定,自治區(qū)工業(yè)和信息化廳、財政廳重新修訂了《內蒙古自治區(qū)工業(yè)園區(qū)發(fā)展項目資金管理辦法》",
     "joint_no_lead", [], ["自治区工业和信息化厅", "财政厅"]),
    # 河南 生态环境厅 绿色环保引领企业 公示 (fresh44, converter copy)
    ("省生態環境廳、省發展改革委、省財政廳等部門,組織相關行業、領域專家,對各省轄市推薦申報的企業進行了資料復核",
     "joint_no_lead", [], ["省生态环境厅", "省发展改革委", "省财政厅"]),
    # 达川 公安分局 文明城市创建 (fresh44): the charge 要 inside a joint A与B联合, no lead printed
    ("治安部门要与区治理部门联合开展督导工作", "joint_no_lead", [], ["治安部门", "区治理部门"]),
])
def test_round120_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    "由于天气原因对活动进行调整",
    "市发改委、市财政局负责制定实施细则",
    "由街道、社区两家单位在辖区开展宣传",  # (a count that is not the list's)
    "县公安局要与县市场监管局加强沟通",  # (no joint work: the charge stays the subject's)
])
def test_round120_negatives(sentence):
    roles, got = sentence_roles(sentence)
    assert got not in ("joint_no_lead",) or roles.lead


def test_amending_item_with_article_change():
    # 北京 令第200号 (fresh44, a wiki copy in traditional script)
    texts = ["二、《北京市公路養路費徵收管理辦法》(1991年8月6日北京市人民政府第24號令發布)", "1、第三條修改為:「本市養路費的徵收管理工作…」",
             "三、《北京市鐵路專用線共用管理辦法》(1992年3月26日北京市人民政府第5號令發布,根據1997年12月31日北京市人民政府第12號令修改)",
             "1、第三條修改為:「市運輸管理部"]
    got = [a["title"] for _, a in titled_item_amendments([normalize_line(t) for t in texts])]
    assert got == ["北京市公路养路费征收管理办法", "北京市铁路专用线共用管理办法"]


def test_flattened_notice():
    text = normalize_line("廣東省人民政府關于支持廣州南(nán)沙新區加快開(kāi)發建設的若幹意見 各地級以上市人民政府,各縣(市、區)人民政府,"
                   "省政府各部門、各直屬機構: 爲深入貫徹《廣州南(nán)沙新區發展規劃》,加快建設國家戰略新區")
    h = flattened_notice([_line(1, text)], 0, 1)
    assert (h.issuer, h.title) == ("广东省人民政府", "广东省人民政府关于支持广州南沙新区加快开发建设的若干意见")
    assert not _FLATTENED_NOTICE.match("广东省人民政府关于支持广州南沙新区加快开发建设的若干意见")


def test_forwarding_title_above_fields():
    # 晋城 城区 住建局's repost of the province's 办法 (fresh44): the page's 转发 heading over its 发布日期 fields
    from kg.parse.pages import _forwarding_title

    texts = ["转发山西省住房和城乡建设厅城镇燃气经营许可管理办法", "", "发布日期: 2024-10-08 发布机构: 区政府直属机构和事业单位"]
    lines = [_line(k + 1, t) for k, t in enumerate(texts)]
    assert _forwarding_title(lines, 2, "山西省住房和城乡建设厅城镇燃气经营许可管理办法") == (0, texts[0])
    assert _forwarding_title(lines, 2, "山西省燃气管理条例") is None
