"""kg.extract.list_shapes: each registered list shape reads the holders of the real line it was written for (entrep118),
names lose what a list glues to them, and a maker named for its products' models holds nothing."""

import pytest

from dataclasses import replace

from kg.extract.list_shapes import SHAPES, Context, clean_holder, product_maker, shaped_holders

# the one list the page names (enterprise_sentences.named_list_levels of its lines): the nation's
NATIONAL_PAGE = Context(frozenset({"国家"}), "")
ASSOCIATION_PAGE = Context(frozenset(), "关于表彰第五届全国腐植酸行业“乌金杯”获奖者的决定…我会决定授予…中国腐植酸工业协会")
# entrep143's pages, their real lines (dy001.cn's 丹阳 news of a province's 公示; infohc.com's news of four ministries' 公告)
DANYANG_PAGE = Context(frozenset(), "近日,省市场监督管理局官网发布《关于2020年度省级诚信计量示范单位认定结果的公示》,我市8家单位进榜。")
MINISTRIES_PAGE = Context(frozenset(), "工业和信息化部、水利部、发展改革委、市场监管总局组织开展了2020年重点用水企业水效领跑者引领行动")
PAGES = {"winners_are": DANYANG_PAGE, "list_includes": MINISTRIES_PAGE}


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_the_holders_of_its_real_line(shape):
    ctx = ASSOCIATION_PAGE if shape.name.startswith("association_") else PAGES.get(shape.name, NATIONAL_PAGE)
    if shape.spaced:  # (a shape reading names separated by spaces reads the line as printed)
        ctx = replace(ctx, line=shape.example)
    got = shape.read("".join(shape.example.split()), ctx)
    assert [n for n, *_ in got] == list(shape.holders)
    assert {level for _, level, *_ in got} == {shape.level}


def test_candidates_awaiting_the_procedure_are_proposed_and_a_published_list_is_not():
    pending = next(s for s in SHAPES if s.name == "pending_candidates")
    assert all(proposed for *_, proposed in pending.read(pending.example, NATIONAL_PAGE))
    listed = next(s for s in SHAPES if s.name == "inline_numbered_list")
    assert not any(proposed for *_, proposed in listed.read("".join(listed.example.split()), NATIONAL_PAGE))


def test_a_chosen_list_needs_the_one_level_of_the_page_lists():
    line = "据悉,本次入围的是湖北三湖畜牧有限公司,武汉市江夏区金龙畜禽有限责任公司及湖北省畜牧兽医局桑梓湖种猪场。"
    assert shaped_holders(line, Context(frozenset(), "")) == []
    assert shaped_holders(line, Context(frozenset({"国家", "省"}), "")) == []


def test_a_counted_set_that_lost_its_designation_holds_nothing():
    line = "记者对比了第八次监测合格名单发现,四川有2家企业被取消了农业产业化国家重点龙头企业资格,分别是四川哈哥集团有限公司、四川省福元肉类食品有限公司。"
    assert shaped_holders(line, NATIONAL_PAGE) == []


def test_an_award_sentence_off_a_national_association_page_is_left_to_other_readers():
    line = "授予鲁西化工集团股份有限公司、辽宁普天科技有限公司、山东佐田氏生物科技有限公司等3家企业“优秀企业奖”,并授予奖牌各1块。"
    assert shaped_holders(line, Context(frozenset(), "市政府决定")) == []
    assert [n for n, *_ in shaped_holders(line, ASSOCIATION_PAGE)] == [
        "鲁西化工集团股份有限公司", "辽宁普天科技有限公司", "山东佐田氏生物科技有限公司"]


def test_these_n_are_takes_the_level_of_the_result_the_page_published():
    page = Context(frozenset(), "省工信委、省财政厅12月3日共同发布甘肃2011年度工业百强评选结果。金川集团公司、酒钢集团公司")
    line = "这11家企业是西北永新集团有限公司、徽县鸿瑞金业有限公司、甘肃众友药业中药饮片加工有限公司、华亭县豫华冶金炉料有限责任公司、兰"
    assert shaped_holders(line, page) == [(n, "省级", "甘肃2011年度工业百强", False) for n in (
        "西北永新集团有限公司", "徽县鸿瑞金业有限公司", "甘肃众友药业中药饮片加工有限公司", "华亭县豫华冶金炉料有限责任公司")]
    assert shaped_holders(line, Context(frozenset(), "")) == []


def test_numbered_items_out_of_order_are_no_list():
    line = "2013年国家生猪核心育种场名单:1.天津市惠康种猪育种有限公司3.安平县浩源养殖有限公司"
    assert shaped_holders(line, NATIONAL_PAGE) == []


@pytest.mark.parametrize("printed, name", [
    ("五得利面粉集团有限公司(16位)", "五得利面粉集团有限公司"),       # 河北 100强: a rank glued after the name
    ("山西美邦大富农科技有限公司(HA·B04~2014(5)/G5)", "山西美邦大富农科技有限公司"),  # 乌金杯: an award code
    ("中集团所属包头业", "包头业"),                                  # 中铝: the owning group before 所属
    ("大众一汽发动机(大连)有限公司", "大众一汽发动机(大连)有限公司"),  # a place inside a registered name stays
    ("361度(中国)有限公司", "361度(中国)有限公司"),
])
def test_clean_holder(printed, name):
    assert clean_holder(printed) == name


def test_a_maker_named_for_its_products_models_holds_nothing():
    line = "绿色设计产品入选数量历年最多。佳木斯电机厂7个型号电动机产品和建龙西钢、建龙北满特钢3个型号钢材产品入选。"
    assert product_maker("佳木斯电机厂", line)
    assert not product_maker("佳木斯电机厂", "佳木斯电机厂入选国家级绿色工厂。")


# entrep138's 巴中 (fensifuwu.com, 四川省农业农村厅's 公示): the counted set the page names with 分别是, then a clause after a
# comma; the page's lists name no level, the page prints one (省级示范场)
BAZHONG = ("其中巴中共有9家,分别是巴州区肖家大院家庭农场、巴州区曾口镇梁康家庭农场、南江县古耕家庭农场、通江县森青家庭农场,"
           "目前正在公示中。")


def test_a_chosen_list_on_a_page_without_list_levels_takes_the_one_level_the_page_prints():
    page = "拟命名成都鹿湖半岛家庭农场等277家家庭农场为四川省第八批家庭农场省级示范场,现向社会进行公示。"
    assert shaped_holders(BAZHONG, Context(frozenset(), page)) == [(n, "省级", None, False) for n in (
        "巴州区肖家大院家庭农场", "巴州区曾口镇梁康家庭农场", "南江县古耕家庭农场", "通江县森青家庭农场")]
    assert shaped_holders(BAZHONG, Context(frozenset(), page + "市级示范场")) == []  # two levels printed: none


# entrep138's 安宁 (1zhengji.com): the applicants counted, their names in brackets — they hold nothing
ANNING = ("现申报安宁市市长质量奖的共4家企业(安宁市永昌钢铁有限公司、云南新天力机械制造有限公司、云南光明化工有限公司、"
          "云南弘祥化工有限公司)。")


def test_applicants_counted_in_brackets_hold_nothing():
    assert shaped_holders(ANNING, Context(frozenset({"市"}), "")) == []


def test_a_count_in_brackets_must_name_as_many_enterprises():
    line = "我成功创建自治区级绿色工厂3家(西乌珠穆沁旗沁绿肉类食品有限责任公司和阿巴嘎旗额尔敦食品有限公司)。"
    assert shaped_holders(line, NATIONAL_PAGE) == []


# entrep138's 成都 (tgrr.com.cn, converter, folded): a province's recommendation list of a national title
CHENGDU = "名单共12家企业,其中,成都有4家企业入选(四川济生堂药业有限公司、成都天和银楼有限责任公司、成都太和坊酿造有限公司、四川简阳尽春意酒业有限公司)。"


def test_a_count_in_brackets_takes_the_nations_level_for_a_national_title():
    page = Context(frozenset({"省"}), "形成四川省“中华老字号”推荐名单,进行公示。")
    assert {level for _, level, *_ in shaped_holders(CHENGDU, page)} == {"国家级"}
    assert {level for _, level, *_ in shaped_holders(CHENGDU, Context(frozenset({"省"}), "四川省老字号名单"))} == {"省级"}


def test_spaced_groups_must_hold_as_many_names_as_counted():
    line = "附件 2021年区级示范性家庭农场名单 一、2021年新申报通过的瓯海区示范性家庭农场(3家) 温州市瓯海茶山立东家庭农场"
    assert shaped_holders("".join(line.split()), Context(frozenset(), "", line)) == []


def test_a_counted_list_taken_away_names_no_holder():
    line = "同时,根据省级绿色制造动态管理有关规定,经审核,确定将浙江美浓世纪集团有限公司等4家省级绿色低碳工厂名单予以撤销。"
    assert shaped_holders(line, Context(frozenset(), "")) == []


def test_glued_rows_need_a_glued_header_a_printed_level_and_numbers_in_order():
    rows = "1建宁县闽源鑫埠茶油专业合作社油茶种植1200亩2建宁县里心镇根源油茶专业合作社油茶种植1500亩"
    assert shaped_holders("2023省级农民专业合作社示范社申报名单" + rows, NATIONAL_PAGE) == []  # no header
    assert shaped_holders("2023农民专业合作社示范社申报名单序号名称经营规模" + rows, NATIONAL_PAGE) == []  # no level
    assert shaped_holders("2023省级示范社申报名单序号名称" + rows.replace("2建宁", "3建宁"), NATIONAL_PAGE) == []


def test_winners_reported_from_a_notice_of_results_are_proposed_and_need_one_level():
    """丹阳 (entrep143): `获奖单位为…` on a page that reports `《关于…认定结果的公示》` — proposed at the level it prints."""
    line = "获奖单位为丹阳市万新眼镜配镜中心新民路店、丹阳江天加油站、丹阳市丹金综合市场有限公司。"
    assert {(lv, p) for _, lv, _, p in shaped_holders(line, DANYANG_PAGE)} == {("省级", True)}
    final = Context(frozenset(), "市政府决定表彰省级诚信计量示范单位。")
    assert {(lv, p) for _, lv, _, p in shaped_holders(line, final)} == {("省级", False)}
    assert shaped_holders(line, Context(frozenset(), "省级和市级示范单位")) == []


def test_a_list_includes_run_needs_an_organ_or_the_page_level():
    line = "名单包括德龙钢铁有限公司、宝钢湛江钢铁有限公司等。"
    assert shaped_holders(line, Context(frozenset(), "")) == []
    assert {lv for _, lv, *_ in shaped_holders(line, Context(frozenset(), "省经信厅组织开展了遴选"))} == {"省级"}
