"""The lead's ruling (stop 36): a level the extractor derives from the awarding or printing place takes that place's own
tier word, as a league's 盟 gives 盟级 and a region 自治区级: an autonomous prefecture printed as …州 (楚雄州, 楚雄彝族自治州)
gives 州级, not 市级. 州 inside a city's name (杭州, 广州, 郑州) is no tier: those are cities (市级); a place printed bare
(楚雄, 锡林郭勒) prints no tier and stays a city's. Real lines with their sources, negatives beside them."""

import pytest

from kg.extract.held_lists import act_holders, object_class
from kg.extract.holder_reader import HolderReader
from kg.parse.normalize import compact, fold, normalize_line
from kg.places import prefecture_tiers


def _read(*lines: str) -> list[tuple[str, str]]:
    """The holders a HolderReader takes from lines read in order (the page's state carried)."""
    reader, out = HolderReader(), []
    for line in lines:
        out += reader.read(compact(normalize_line(line)), line)
    return [(fold(n), c) for n, c in out]


# entrep81 yunnan-yuanmou-chuxiongzhou-guangrongbang-qiye-5hu-dash-list.txt line 1 (http://yncxym.gov.cn/info/1041/62850.htm)
_YUANMOU = ("2024年,广大企业家主动担当、攻坚克难,深耕主业、做强实业,诚信经营、依法纳税,为元谋县经济社会发展作出重大贡献。我县5户规模"
            "以上工业企业——华能新能源(元谋)有限公司、清能(楚雄)新能源科技有限公司、元谋金蓬环保科技有限公司、元谋聚元食品有限公司、"
            "元谋美跃新能源科技有限公司在楚雄州“工业强州、开放兴州、科技立州”大会上获得表彰,授予楚雄州2024年工业特别贡献奖“光荣榜企业”"
            "荣誉称号。")


def test_an_honour_received_then_its_title_granted_is_the_honoured_holders_at_the_prefectures_tier():
    # (the honoured are the subject of 获得表彰; the title granted after it names no recipient of its own; the
    # prefecture awarding prints itself 楚雄州: 州级 — the slogan's 强州 / 兴州 / 立州 no place)
    want = ["华能新能源(元谋)有限公司", "清能(楚雄)新能源科技有限公司", "元谋金蓬环保科技有限公司", "元谋聚元食品有限公司",
            "元谋美跃新能源科技有限公司"]
    assert _read(_YUANMOU) == [(n, "州级") for n in want]


def test_the_same_line_with_a_county_level_city_awarding_is_a_countys():
    # (楚雄市 is the prefecture's seat, a county-level city: 县级, the lead's ruling, stop 37; 昆明市, a prefecture-level
    # city, stays 市级)
    assert {c for _, c in _read(_YUANMOU.replace("楚雄州", "楚雄市"))} == {"县级"}
    assert {c for _, c in _read(_YUANMOU.replace("楚雄州", "昆明市"))} == {"市级"}


def test_an_honour_with_no_title_granted_holds_nothing():
    # (获得表彰 alone names no designation)
    holders, _ = act_holders(compact(normalize_line("元谋聚元食品有限公司在楚雄州大会上获得表彰。")))
    assert holders == []


@pytest.mark.parametrize("obj,want", [
    ("楚雄州2024年工业特别贡献奖“光荣榜企业”荣誉称号", "州级"),  # (entrep81 元谋, the ruling's line)
    ("楚雄彝族自治州第三批农业产业化重点龙头企业", "州级"),  # (the prefecture's full name: the same tier)
    ("锡林郭勒盟农牧业产业化重点龙头企业", "盟级"),  # (a league printed with its tier, as 盟级 printed: entrep81 锡林郭勒)
    ("第七批盟级农牧业产业化重点龙头企业", "盟级"),  # (the tier word printed, read before)
    # negatives: a city whose name holds 州 is a city; a place printed after the prefecture within one name is the list's;
    # a county-level city is a county's (stop 37); the prefecture whose entries enter another's list is not the list's
    ("2022年度广州市市长质量奖", "市级"),  # (entrep138 guangdong-guangzhou-2022-shizhang-zhiliangjiang-5jia-zizhu-zijin.txt)
    ("“郑州老字号”", "市级"),
    ("杭州市第三批农业龙头企业", "市级"),
    # (a county-level city gives 县级, the lead's ruling, stop 37: tests/test_county_level_cities.py)
    ("楚雄市2024年工业特别贡献奖", "县级"),
    ("红河州个旧市第三批农业产业化重点龙头企业", "县级"),
    ("楚雄州此次纳入全国绿色矿山名录", "国家级"),
])
def test_a_prefectures_tier_as_printed(obj, want):
    assert object_class(obj) == want


def test_only_the_lists_prefectures_and_leagues_have_a_tier():
    tiers = prefecture_tiers()
    assert tiers["楚雄州"] == tiers["楚雄彝族自治州"] == "州" and tiers["锡林郭勒盟"] == "盟"
    assert not {"杭州", "广州", "郑州", "杭州市", "楚雄", "锡林郭勒", "和田地区"} & set(tiers)
