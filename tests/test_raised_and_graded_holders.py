"""Holders raised to a grade or a level, holders of a standardisation grade, holders filed by a region's batch, and the
lead-ins no name opens with (kg/extract/held_lists.py, kg/extract/enterprise_sentences.py): real lines of fresh39 and
of other public pages with the same wordings, each with its holders and class, and real negatives."""

import pytest

from kg.extract.enterprise_sentences import level_classes, narrative_classes
from kg.extract.holder_reader import HolderReader
from kg.parse.normalize import compact, fold


def _read(lines: list[str]) -> list[tuple[str, str]]:
    reader = HolderReader()
    return [(fold(n), k) for line in lines for n, k in reader.read(compact(fold(line)))]


# (where from, [lines of one page, in order], [(name, class)] the page gives, exactly)
HELD = [
    # fresh39 山西 (converter copy, http://m.sjbk.net.cn/system/2021/02/01/030302895.shtml): the organ's verb, the count,
    # then 为 and a standardisation grade; the set named by its count on the next line holds the grade (二级), not the
    # province's level; a name holding 和 inside it (阳煤集团和顺化工) is one name
    ("fresh39 山西 确定N家企业为…标准化二级企业 ⏎ 这N家企业分别是", [
        "省應急管理廳1月29日發布消息,經企業自主申請、評審單位評審、省應急廳審核,我省近期確定6家企業為危險化學品安全生產標準化二級企業。",
        "這6家企業分別是:陽煤集團和順化工有限公司、陽煤集團壽陽化工有限公司、陽煤集團太原化工新材料有限公司、山西陽煤豐喜泉稷能源有限公司、"
        "山西光大焦化氣源有限公司、山西信發化工有限公司(氯堿廠)。",
        "下一步,省應急廳將…繼續推動合成氨、氯堿(劇毒)…的精細化工企業在2022年全部達到二級及以上水平,普通化工、醫藥生產企業必須達到三級及以上水平。"],
     [(n, "二级") for n in ("阳煤集团和顺化工有限公司", "阳煤集团寿阳化工有限公司", "阳煤集团太原化工新材料有限公司",
                           "山西阳煤丰喜泉稷能源有限公司", "山西光大焦化气源有限公司",
                           "山西信发化工有限公司(氯堿厂)")]),  # (堿, a variant the fold keeps)
    # 应急管理部 2019年1号公告 (中国化工报, http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=76205&inner_table=new_notprod_mrjd):
    # the list of a standardisation grade, its names after 名单为
    ("ccaon.com 应急管理部 一级企业名单为", [
        "获评危化品从业单位安全生产标准化一级企业名单为苏州诺华制药科技公司、天津渤海石化公司、中国石化齐鲁分公司。"],
     [("苏州诺华制药科技公司", "一级"), ("天津渤海石化公司", "一级"), ("中国石化齐鲁分公司", "一级")]),
    # 宜昌 (中国安全生产网, http://ahappybud.com/Article/Detail_4574_13_20_4_31.html, traditional): a place adding them
    # (宜昌市新增) is no part of the first name; the group that passed a re-review (复评达标) is no new holder here
    ("ahappybud.com 宜昌 新增X等N家企业为…三级达标企业", [
        "記者12日獲悉,經過嚴格評審,宜昌市新增科力生天然氣股份有限公司宜都分公司等5家企業為危險化學品從業單位安全生產標準化三級達標企業,"
        "宜昌市璜時得粘合劑開發有限公司等3家危化企業復評達標。"],
     [("科力生天然气股份有限公司宜都分公司", "三级")]),
    # docent59 伊犁 (company news): the certificate of a standardisation grade; the parent with its short name in brackets
    # before 所属 is no part of the first name
    ("docent59 伊犁 获得…“安全生产标准化三级企业”证书", [
        "(通讯员 张洁)3月25日,中建西部建设新疆有限公司(简称新疆公司)所属伊犁公司察县子公司、霍城子公司顺利通过考评,获得由伊犁哈萨克"
        "自治州安全生产监督管理局颁发的“安全生产标准化三级企业”证书,标志着伊犁公司安全生产标准化建设有了阶段性成果。"],
     [("伊犁公司察县子公司", "三级"), ("霍城子公司", "三级")]),
    # entrep46 梅州 (https://www.yyh998.com/zwgk/zfjg/mzgxq/aqsc/content/post_2504643.html, traditional): a
    # standardisation grade reached, told by 成为; the ministry's count (确定88家企业为…一级企业) names none, nor does a certification passed
    ("entrep46 梅州 成为…首家安全生产标准化一级企业", [
        "近日,國家應急管理部公布了一批安全生產標準化一級企業名單,按照《企業安全生產標準化建設定級辦法》(應急〔2021〕83號)規定,經過企業"
        "自評、申請、評審、公示,確定88家企業為2022年度工貿行業安全生產標準化一級企業。",
        "梅州伊利冷凍食品有限責任公司成為梅州高新區首家安全生產標準化一級企業。",
        "梅州伊利冷凍食品有限責任公司本次成功通過一級認證,將為園區企業樹立安全生產管理的行業標杆。"],
     [("梅州伊利冷冻食品有限责任公司", "一级")]),
    # fresh39 上海电气 (http://www.longdan-industry.cn/manufacturing-news/91.html): holders raised to the nation's level
    # (升级为国家级…), the group's short name with 下属 before them no part of the first; what the group has built up
    # (累计已拥有绿色工厂29家) names no holder
    ("fresh39 上海电气 下属A和B升级为国家级", [
        "近日,工业和信息化部公布2024年度绿色制造名单。上海电气下属上海电器股份有限公司人民电器厂和上海华普电缆有限公司升级为国家级“绿色工厂”,"
        "上海电气集团上海电机厂有限公司升级为国家级“绿色供应链管理企业”称号。此外,由上海电气参建的上海闵行经济技术开发区获评“绿色园区”称号。"
        "至此,上海电气累计已拥有绿色工厂29家(国家级20家)、绿色供应链管理获评企业4家、绿色产品系列8个。"],
     [("上海电器股份有限公司人民电器厂", "国家级"), ("上海华普电缆有限公司", "国家级"), ("上海电气集团上海电机厂有限公司", "国家级")]),
    # fresh39 内蒙古 (https://www.cinic.org.cn/xy/nmg/688811.html): a filing (予以…备案) of a region's batch of a fixed-level
    # designation, named with its place and batch earlier in the sentence (内蒙古自治区2019年第一批高新技术企业): the region's
    # level, not the state's; the step passed (经公示无异议的) is no part of the name
    ("fresh39 内蒙古 予以高新技术企业备案", [
        "记者从自治区科技局获悉,近日,全国高新技术企业认定管理工作领导小组办公室下发关于内蒙古自治区2019年第一批高新技术企业备案的复函,"
        "对自治区高新技术企业认定管理工作领导小组办公室上报、经公示无异议的福耀集团通辽有限公司等108家企业予以高新技术企业备案。"],
     [("福耀集团通辽有限公司", "省级")]),
]


@pytest.mark.parametrize("where,lines,want", HELD, ids=[h[0] for h in HELD])
def test_held(where, lines, want):
    assert _read(lines) == want, where


NOT_HELD = [
    # fresh39 上海电气 l.2's last sentence alone: a count of what a group has, no holder
    ("fresh39 上海电气 累计已拥有", ["至此,上海电气累计已拥有绿色工厂29家(国家级20家)、绿色供应链管理获评企业4家、绿色产品系列8个。"]),
    # fresh39 山西 l.3: a target grade (达到二级及以上水平) is no grade held
    ("fresh39 山西 达到二级及以上", ["下一步,省應急廳將…繼續推動合成氨、氯堿(劇毒)…的精細化工企業在2022年全部達到二級及以上水平,"
                                "普通化工、醫藥生產企業必須達到三級及以上水平。"]),
    # a filing refused holds nothing; an upgrade of a line or a plant is no level (constructed)
    ("不予以备案 (constructed)", ["对山西某某化工有限公司等3家企业不予以高新技术企业备案。"]),
    ("升级改造 (constructed)", ["山西某某化工有限公司升级改造生产线,产能提升至10万吨。"]),
    # (成为 with no standardisation grade after it is no act: constructed)
    ("成为…上市企业 (constructed)", ["山西某某化工有限公司成为全省首家上市化工企业。"]),
]


@pytest.mark.parametrize("where,lines", NOT_HELD, ids=[n[0] for n in NOT_HELD])
def test_not_held(where, lines):
    assert _read(lines) == [], where


def test_a_grade_raised_on_the_list_is_held_at_the_new_grade():
    """fresh39 上海 (2024 第一批绿色制造示范名单, traditional, http://www.ezistim.com/News/detail/58566.html): holders raised
    from one star grade to another (从四星级提升至五星级) hold the new grade; the old one is no class."""
    line = ("【包裝印刷網 地方新聞】經申報企業第三方機構評價、專家評審、現場抽查等環節,上海市確定了《上海市 2024 年度(第一批)綠色制造示範名單》。"
            "其中,綠色工廠 48 家(其中,上海申美飲料食品有限公司、上海華誼新材料有限公司從四星級提升至五星級,包含在名單內)、綠色供應鏈管理企業 16 家"
            "(其中,上海電氣集團上海電機廠有限公司從四星級提升至五星級,包含在名單內)、綠色園區 2 家,現予以公布。")
    found = {(fold(n), k) for n, k, _ in narrative_classes(compact(fold(line)))}
    assert found == {("上海申美饮料食品有限公司", "五星级"), ("上海华谊新材料有限公司", "五星级"),
                     ("上海电气集团上海电机厂有限公司", "五星级")}
    # (no grade raised, no holder: a count of the list's members)
    assert narrative_classes(compact("其中,绿色工厂48家、绿色供应链管理企业16家、绿色园区2家,现予以公布。")) == []


def test_no_name_opens_with_de():
    """fresh39 通化 (通市工信民营〔2022〕72号, https://www.chacewang.com/newsdetail/news181424.html): a group told by the
    title it held before (…认定的X等22户企业) is named less its 的, its act word already dropped as the lead-in."""
    line = ("认定通化市前进石油机械有限公司等41户企业为2022年通化市市级“专精特新”中小企业,同时,按照省级“专精特新”中小企业默认为市级“专精特新”的"
            "原则,对2021年通过省级“专精特新”中小企业认定的通化茂祥制药有限公司等22户企业一并认定为2022年通化市市级“专精特新”中小企业")
    levels = {("市", "专精特新中小企业"), ("省", "专精特新中小企业")}
    found = {(n, k) for n, k, _ in level_classes(line, levels, {"市"})}
    assert found == {("通化市前进石油机械有限公司", "市级"), ("通化茂祥制药有限公司", "市级")}
