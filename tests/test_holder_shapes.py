"""kg.extract.holder_shapes: each registered shape reads the holders of the real line it was written for (entrep147,
entrep143's and fresh49's pages), and a brand list's or an example's words are cut from the company they glue to."""

import pytest

from kg.extract.holder_shapes import SHAPES, company_of, unexampled
from kg.extract.list_shapes import Context, shaped_holders

# the pages' own context (compacted, as enterprises passes it): what a shape may need beyond its line
PAGES = {
    "ranked_rows": "会上,省工商联发布了2019辽宁民营企业百强榜单,锦州有7家企业入选。我市7家“辽宁百强民企”分别为:序号企业名称"
                   "15锦州万得汽车集团有限公司39锦州锦恒汽车安全系统股份有限公司40锦州汉拿电机有限公司44锦州吉翔钼业股份有限公司"
                   "48辽宁新华龙大有钼业有限公司54锦州奥鸿药业有限责任公司91锦州利新石油化工产品有限公司据了解,此次是我省第一次评选",
    "honoured_groups": "6月5日,大庆召开大会对评选出的“50强”私营企业和“100佳”个体工商户进行表彰。会上,宣读了市委、市政府发布的表彰通报。",
    "counted_awarded": "9月23日,以“庆丰收·奖名品”为主题的2022年云南省“10大名品”和绿色食品“10强企业”“20佳创新企业”表彰会议在云南海埂会堂召开。",
    "brands_on_list": "在2020年云南“10大名品”的“10大名花”榜单中,",
    # (entrep154's 常州 news, lines 7-10 and 15-21 compacted: a set of villages, then the firms and an organ)
    "named_one_a_line": "这3个村镇分别是——溧阳市埭头镇;武进区郑陆镇牟家村;新北区罗溪镇温寺村。新增6家全国文明单位分别是——"
                        "戚研所公司;龙城旅游控股集团有限公司;双桂坊餐饮管理有限公司;常州国税局;常州移动公司;戚机公司。",
}


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_the_holders_of_its_real_line(shape):
    got = shape.read("".join(shape.example.split()), Context(frozenset(), PAGES.get(shape.name, "")))
    assert [n for n, *_ in got] == list(shape.holders)
    assert {level for _, level, *_ in got} == {shape.level}


def test_candidates_and_a_first_selection_are_proposed_and_the_rest_final():
    read = {s.name: s.read("".join(s.example.split()), Context(frozenset(), PAGES.get(s.name, ""))) for s in SHAPES}
    proposed = {name for name, got in read.items() for *_, p in got if p}
    assert proposed == {"proposed_as", "entered_initial_list"}


def test_ranked_rows_need_as_many_rows_as_counted():
    page = PAGES["ranked_rows"].replace("91锦州利新石油化工产品有限公司", "")
    assert shaped_holders("15锦州万得汽车集团有限公司", Context(frozenset(), page)) == []


@pytest.mark.parametrize("line", [
    # a closed list must name as many as it counts (小店's line, closed after two of three)
    "对去年全区纳税前3名的企业——煤炭科学研究总院太原分院、中国东方航空股份有限公司。",
    # a clause after the dash is no name
    "对去年全区纳税前3名的企业——给予重奖,每家奖励10万元",
])
def test_top_taxpayers_need_their_count_unless_cut(line):
    assert shaped_holders(line, Context(frozenset(), line)) == []


def test_individual_businesses_honoured_beside_enterprises_hold_nothing():
    line = "肇源县古龙精制米加工厂、肇州县意达商店等100家个体工商户在通报榜上有名。"
    assert shaped_holders(line, Context(frozenset(), PAGES["honoured_groups"])) == []


def test_applicants_put_up_for_an_award_hold_nothing():
    # 长兴 (converter, folded): the county's three applicants, then its two earlier holders on the next line
    line = "确定推荐浙江金三发非织造布有限公司、浙江永达电力实业股份有限公司、浙江锦诚耐火材料有限公司等三家企业申报市政府质量奖。"
    assert shaped_holders(line, Context(frozenset(), line)) == []


@pytest.mark.parametrize("name, brand_before, company", [
    # 云南 10大名茶 (converter, folded, entrep143): brand and product glued before the company
    ("“庆沣祥”牌正山古树普洱茶(生茶)昆明七彩云南庆沣祥茶业股份有限公司", False, "昆明七彩云南庆沣祥茶业股份有限公司"),
    ("“勐库”牌普洱茶-博君熟茶云南双江勐库茶叶有限责任公司", False, "云南双江勐库茶叶有限责任公司"),
    ("“高黎贡山”牌有机普洱茶腾冲市高黎贡山生态茶业有限责任公司", False, "腾冲市高黎贡山生态茶业有限责任公司"),
    ("“无量翠环”牌有机绿茶普洱祖祥高山茶园有限公司", False, "普洱祖祥高山茶园有限公司"),
    ("大饼普洱澜沧古茶股份有限公司", True, "普洱澜沧古茶股份有限公司"),  # the row's cell before printed “岩冷”牌0081
    ("勐海茶业有限责任公司", True, "勐海茶业有限责任公司"),  # a name opening with a place is kept
    ("大饼普洱澜沧古茶股份有限公司", False, "大饼普洱澜沧古茶股份有限公司"),  # no brand before: kept
])
def test_company_of(name, brand_before, company):
    assert company_of(name, brand_before) == company


@pytest.mark.parametrize("name, kept", [
    ("如通海锦海农业科技发展有限公司", "通海锦海农业科技发展有限公司"),  # 昆明 10大名花: "其中如X的…"
    ("如皋市华亿纺织有限公司", "如皋市华亿纺织有限公司"),  # 如皋 is a place
])
def test_unexampled(name, kept):
    assert unexampled(name) == kept


@pytest.mark.parametrize("line", [
    "溧阳市埭头镇;",  # (a village set's item: "这3个村镇分别是——" names no title of a level, and a town is no enterprise)
    "常州国税局;",  # (an organ among the firms of "新增6家全国文明单位分别是——")
])
def test_items_one_a_line_that_are_no_enterprises(line):
    # entrep154 jiangsu-changzhou-2015-xinzeng-6jia-quanguo-wenming-danwei-fenhao-liebiao.txt, lines 8 and 19
    assert shaped_holders(line, Context(frozenset(), PAGES["named_one_a_line"])) == []


def test_a_graded_set_needs_as_many_names_as_counted():
    # entrep154's 天津开发区 line, its count changed: two names are no three companies
    line = "而美克国际家私(天津)制造有限公司和天津富士达电动车有限公司3家公司排名垫底,被评为“很差”,贴上了“黑标”。"
    assert shaped_holders(line, Context()) == []


def test_a_short_name_news_reached_must_open_the_full_name():
    # entrep154's 广西中烟 line with another unit on the list: the news reached the company, not what the list holds
    line = "一条喜讯传到广西中烟工业有限责任公司:大会公布了全国文明单位名单,南宁市第二中学名列其中。"
    assert shaped_holders(line, Context()) == []
