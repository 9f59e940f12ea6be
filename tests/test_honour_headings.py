"""Section headings naming an honour over its holders (kg/extract/honour_headings.py), and the fresh42 styles of held
lists read beside them (kg/extract/held_lists.py): real lines, each with the holders and class expected."""

import pytest

from kg.extract.held_lists import object_class
from kg.extract.holder_reader import HolderReader
from kg.extract.honour_headings import HONOUR_HEADINGS, honour_heading
from kg.parse.normalize import compact, fold

# (line, style expected or None)
HEADINGS = [
    # fresh42 绍兴 (绍政办发〔2010〕11号, a 表彰 通报's lists under numbered honours)
    ("一、十强农业龙头企业", "numbered_honour_企业"),
    ("三、十强农业产业升级投资企业", "numbered_honour_企业"),
    # (constructed, the same layout) a rank of another size, a merit, a count after the kind
    ("（二）2023年度50强民营企业(10家)", "numbered_honour_企业"),
    ("四、安全生产先进单位:", "numbered_honour_企业"),
    # negatives: a section of towns (fresh42 绍兴's second list), a section of a plan, a proposal, a withdrawal, a
    # sentence, an unnumbered line
    ("二、十强农业特色乡镇", None),
    ("一、培育壮大龙头企业", None),
    ("二、拟推荐示范企业", None),
    ("三、撤销优秀企业", None),
    ("一、支持龙头企业做大做强,鼓励企业兼并重组", None),
    ("十强农业龙头企业", None),
]


@pytest.mark.parametrize("line,style", HEADINGS)
def test_honour_heading(line, style):
    assert honour_heading(line) == style


def test_every_style_has_a_real_line():
    assert {s for _, s in HEADINGS if s} == {name for name, _ in HONOUR_HEADINGS}


def _read(lines: list[str], **levels) -> list[tuple[str, str]]:
    reader = HolderReader(**levels)
    return [h for line in lines for h in reader.read(compact(fold(line)))]


def test_numbered_names_under_an_honour_heading_take_the_conferring_level():
    """fresh42 绍兴 (绍兴市人民政府办公室关于表彰…先进单位和个人的通报): each list's enterprises at the level of the page's
    act (市级); the towns of the list between are no enterprises, and the next honour's heading opens its list again."""
    lines = ["一、十强农业龙头企业", "1.绍兴市咸亨酒店食品有限公司", "2.浙江中大饲料有限公司",
             "二、十强农业特色乡镇", "1.越城区东湖镇", "2.绍兴县陶堰镇",
             "三、十强农业产业升级投资企业", "1.绍兴市老百姓食品有限公司", "2.绍兴县中泰畜牧有限公司"]
    assert _read(lines, title_level="市级") == [
        ("绍兴市咸亨酒店食品有限公司", "市级"), ("浙江中大饲料有限公司", "市级"),
        ("绍兴市老百姓食品有限公司", "市级"), ("绍兴县中泰畜牧有限公司", "市级")]
    # (no level known: no holder)
    assert _read(lines) == []


@pytest.mark.parametrize("where,lines,want", [
    # fresh42 福建 (news): the entrants of a list named by what they entered (进入…名单的…企业是), at the list's level; the
    # words 建议继续支持 are about funding, the firms hold the title
    ("fresh42 福建 进入…名单的企业是", [
        "近日,工信部公布了建议继续支持的国家级专精特新“小巨人”企业名单(第二批第二年),福建省有6家企业在名单之中。",
        "进入建议继续支持的国家级专精特新“小巨人”企业名单(第二批第二年)的福建企业是福建亿榕信息技术有限公司、福建飞通通讯科技股份有限公司、"
        "泉州恒毅机械有限公司、福建省南安市巨轮机械有限公司、福建南方制药股份有限公司、杰讯光电(福建)有限公司。"],
     [(n, "国家级") for n in ("福建亿榕信息技术有限公司", "福建飞通通讯科技股份有限公司", "泉州恒毅机械有限公司",
                           "福建省南安市巨轮机械有限公司", "福建南方制药股份有限公司", "杰讯光电(福建)有限公司")]),
    # fresh42 衢州 (衢州日报): a letter grade of an evaluation printed in the published result (绩效评价A级) is the class,
    # not the level of the province's organ publishing it
    ("fresh42 衢州 绩效评价A级", [
        "近日,省农业农村厅公布2022年农产品标准化生产绩效评价A级主体绩效评价结果,我市3家农业生产主体上榜,分别是浙江大夫第现代农业有限公司、"
        "浙江云翠茶业发展有限公司、浙江森古生物科技有限公司。"],
     [(n, "A") for n in ("浙江大夫第现代农业有限公司", "浙江云翠茶业发展有限公司", "浙江森古生物科技有限公司")]),
    # fresh42 新都 (a one-paragraph 拟推荐 公示): a scheme of projects whose list names enterprises is a designation of
    # theirs, at the level of the scheme (四川省: 省级; enterprises.mark_proposed marks them proposed)
    ("fresh42 新都 符合…示范项目拟推荐企业名单要求", [
        "各相关单位:按照成都市经济和信息化局《关于开展第二批四川省产教融合示范项目申报的通知》要求,经企业自愿申报,各镇(街道)、功能区管委会初审,"
        "区经信局复审,四川科伦药业股份有限公司、成都中电锦江信息产业有限公司符合第二批四川省产教融合示范项目拟推荐企业名单要求,现予公示,"
        "公示时间:2022年8月3日-2022年8月3日"],
     [("四川科伦药业股份有限公司", "省级"), ("成都中电锦江信息产业有限公司", "省级")]),
])
def test_fresh42_held_list_styles(where, lines, want):
    assert _read(lines) == want, where


@pytest.mark.parametrize("obj,klass", [
    ("2022年农产品标准化生产绩效评价A级主体绩效评价结果", "A"),
    ("全省A级纳税信用企业名单", "A"),  # (the credit grade it was written for)
    ("国家AAA级旅游景区", None),  # (a site's rating is no evaluation's letter grade)
])
def test_a_letter_grade_of_an_evaluation_is_the_class(obj, klass):
    got = object_class(obj)
    assert (got if got in ("A", "AAA") else None) == klass
