"""Document titles, numbers, issuers and dates on page layouts first seen in docmeta144 (stop 29): one row per layout, the
real lines of the page it was found on (benchmarks/data/other_districts_docmeta144/texts, URL in each row's comment), cut;
guards keep layouts that must stay as they were."""

import pytest
from conftest import assert_document_fields

from kg.parse import patterns as P
from kg.parse.chrome import chrome_style
from kg.parse.metadata import _pairs
from kg.parse.page_top import _headline_less_tags

# (what, text, {field: value} of the document the page is; whole_page: the page's top is no document of its own)
PAGES = [
    # www.tuliu.com/read-64903.html (hunan_guidong-…, lines 1-11 and 25-27, cut): a land portal's repost of a county's
    # 通告 — its column's home in the breadcrumb, a headline adding the 文号 after the title, the county's own header, and
    # the printing line in place of a signature
    ("a headline with its number over the header, dated by the printing line",
     "资讯首页 > 农业快讯\n\n桂东县关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号\n\n2017年10月23日 09:24来源:桂东县人民政府点击量:0\n\n"
     "桂政通〔2017〕6号\n\n桂东县人民政府\n\n关于禁止露天焚烧秸秆的通告\n\n为切实做好秸秆禁烧工作,改善城乡生态环境,防止引发火灾,维护公共安全,"
     "县人民政府决定在全县范围内禁止露天焚烧秸秆,现将有关事项通告如下:\n\n一、本县行政区域内禁止任何单位和个人露天焚烧秸秆。\n\n"
     "桂东县人民政府办公室2017年5月27日印发\n",
     {"title": "桂东县人民政府关于禁止露天焚烧秸秆的通告", "doc_number": "桂政通〔2017〕6号", "issuer": "桂东县人民政府",
      "date": "2017-05-27", "whole_page": True}),
    # www.xhyb.net.cn/news/shiju/2022/0322/178922.html (gansu_yongdeng-…, lines 1-5 and 23-27, cut): a news site's
    # headline dating the title with the day it posted it
    ("a headline dated with the day before the title",
     "3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告\n\n永登县公安局关于对县城部分道路实施临时交通管制的通告\n\n"
     "为全力做好我县新冠疫情防控工作,从严从细落实防控措施,现决定对以下路段实施临时交通管制。\n\n此通告自发布之日起执行。\n\n"
     "永登县公安局\n\n2022年3月21日\n",
     {"title": "永登县公安局关于对县城部分道路实施临时交通管制的通告", "issuer": "永登县公安局", "date": "2022-03-21",
      "whole_page": True}),
    # wap.axnews.cn/content/646843/91/14252426.html (hunan_anxiang-…, lines 1-8, cut): a police brigade's organ line
    # over its 关于 title, no 文号 or 主送
    ("a bureau's brigade as the organ line over the title",
     "安乡县公安局交通警察大队\n关于对上东门街实行限时交通管制的通告\n为确保城东小学放学期间道路交通安全、畅通,安乡县公安局交警大队决定"
     "在每周一至周五 17:10—17:40对上东门街实施限时交通管制。\n本通告自发布之日起实施。\n安乡县公安局交通警察大队\n2024年 9 月 9 日\n"
     "来源:安乡县公安局交通警察大队\n编辑:安乡融媒\n",
     {"title": "安乡县公安局交通警察大队关于对上东门街实行限时交通管制的通告", "issuer": "安乡县公安局交通警察大队",
      "date": "2024-09-09"}),
    # law517.infoeach.com/view-NTE3fDEwNzA1NQ==.html (quanguo-canlian-…, lines 1-24, cut): a law site's imprint naming a
    # national people's organisation between two printings of the title, the number and a date alone below
    ("a law site's imprint naming a national people's organisation",
     "您的位置: 首页 » 法律资料网 » 法律法规 »\n\n关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知\n\n"
     "时间:2024-07-23 02:14:22 来源: 法律资料网 作者:法律资料网 阅读:8313\n下载地址: 点击此处下载\n\n"
     "关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知\n\n中国残疾人联合会\n\n\n"
     "关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知\n\n全康办〔2007〕9号\n\n\n"
     "各省、自治区、直辖市及计划单列市残疾人康复工作办公室,新疆生产建设兵团残联,黑龙江农垦总局残联:\n\n"
     "为贯彻落实《残疾人辅助器具供应服务“十一五”实施方案》提出的任务要求,现印发给你们,请结合本地实际,认真组织实施。\n\n\n\n"
     "二○○七年一月二十三日\n",
     {"title": "关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知", "doc_number": "全康办〔2007〕9号",
      "issuer": "中国残疾人联合会", "date": "2007-01-23", "whole_page": True}),
    # admin.yzcity.gov.cn:8888/dx/xzfgzwj/202206/eac019c0dc55472882fc7f2e41a7ab49.shtml (hunan_daoxian-…, lines 6-9, cut):
    # fields three to a line, the registration row opening with its own label and holding the 文号
    ("a registration row holding the 文号",
     "索引号: 4311240007/2022-32393 发文日期: 2021-07-25 发布机构: 道县人民政府\n公开方式: 主动公开 公开范围: 面向社会 主题词:\n"
     "统一登记号: DXDR-2021-00008 信息时效性: 有效 文号 : 道政发〔2021〕12号\n"
     "道县人民政府关于禁止在河道、水库、山塘、河坝、水渠、坑塘等危险水域游泳、戏水的通告\n\n"
     "   当前,正值高温炎热季节,极易引发溺水事故。现就禁止擅自到非指定水域游泳、戏水的有关事项通告如下:\n",
     {"doc_number": "道政发〔2021〕12号", "issuer": "道县人民政府", "date": "2021-07-25"}),
    # guard (constructed): a signed document keeps its signature's date over its printing line's
    ("a signature's date before the printing line's",
     "某县人民政府\n关于某事的通告\n各乡镇人民政府:\n现将有关事项通告如下。\n某县人民政府\n2017年5月20日\n"
     "某县人民政府办公室2017年5月27日印发\n",
     {"date": "2017-05-20"}),
]


@pytest.mark.parametrize("what,text,want", PAGES, ids=[p[0] for p in PAGES])
def test_document_fields_of_first_sight_layouts(what, text, want):
    assert_document_fields(what, text, want)


# (page headline, the title it repeats) — a news site's day before it, a 文号 after it, and guards
HEADLINES = [
    ("3月21日永登县公安局关于对县城部分道路实施临时交通管制的通告", "永登县公安局关于对县城部分道路实施临时交通管制的通告"),  # gansu_yongdeng, 1
    ("桂东县关于禁止露天焚烧秸秆的通告桂政通〔2017〕6号", "桂东县关于禁止露天焚烧秸秆的通告"),  # hunan_guidong, line 3
    ("桂政通〔2017〕6号", "桂政通〔2017〕6号"),  # guard: a number alone stays
    ("关于调整2023年度最低工资标准的通知", "关于调整2023年度最低工资标准的通知"),  # guard: a year inside the title stays
]


@pytest.mark.parametrize("line,want", HEADLINES)
def test_a_headline_less_its_day_and_number(line, want):
    assert _headline_less_tags(line) == want


# (line, is it an organ) — a bureau's brigade signs its own 通告; a national people's organisation issues through its
# offices
ORGANS = [
    ("安乡县公安局交通警察大队", True),  # hunan_anxiang, lines 1, 5
    ("安乡县公安局交警大队", True),  # hunan_anxiang, line 3 (the body's short name)
    ("县城管执法大队", False),  # guard: no place, no bureau
]


@pytest.mark.parametrize("line,want", ORGANS)
def test_a_bureaus_brigade_is_an_organ(line, want):
    assert P.is_organ(line) == want


def test_national_peoples_organisations():
    assert P.is_national_organ("中国残疾人联合会")  # quanguo-canlian, line 10
    assert P.is_national_organ("中华全国总工会") and not P.is_national_organ("中国残疾人福利基金会")


def test_a_columns_home_in_a_breadcrumb():
    assert chrome_style("资讯首页 > 农业快讯") == "breadcrumb"  # hunan_guidong, line 1


def test_a_registration_row_opening_the_line():
    pairs = dict(_pairs("统一登记号: DXDR-2021-00008 信息时效性: 有效 文号 : 道政发〔2021〕12号"))  # hunan_daoxian, line 8
    assert pairs["文号"] == "道政发〔2021〕12号" and pairs["统一登记号"] == "DXDR-2021-00008"
