"""kg.places: the national list of administrative divisions, shared by the extraction and the searcher, and the rank a
place's own designations are named at (place_rank), for a name printed bare (常州, 上海) or as written."""

import pytest

import index.places
import kg.places
from kg.extract.enterprise_sentences import bare_place_level


def test_the_searcher_reads_the_same_list():
    # index.places serves the list's names as before: they are kg.places's own
    for name in ("city_names", "county_names", "county_cities", "division_levels", "short_name", "town_names",
                 "towns_of"):
        assert getattr(index.places, name) is getattr(kg.places, name), name
    from index.confidence import ADMIN_SUFFIX, place_stem
    assert place_stem is kg.places.place_stem and ADMIN_SUFFIX is kg.places.ADMIN_SUFFIX


@pytest.mark.parametrize("place,rank", [
    # a prefecture-level city, bare or as written
    ("常州", "市"), ("常州市", "市"), ("枣庄", "市"), ("荆州", "市"),
    # a municipality names its own designations 市级, as its documents print them ("上海市市级企业技术中心")
    ("上海", "市"), ("上海市", "市"), ("北京", "市"), ("重庆", "市"), ("天津市", "市"),
    # a province or a region
    ("江苏", "省"), ("江苏省", "省"), ("广西壮族自治区", "省"),
    # an autonomous region printed short, less its peoples ("入選第二批廣西龍頭企業培育庫", fresh31 华银铝业)
    ("广西", "省"), ("新疆", "省"), ("内蒙古", "省"), ("宁夏", "省"), ("西藏", "省"),
    # a name of two ranks takes the coarser: 吉林省, 吉林市
    ("吉林", "省"),
    # a county-level division: its suffix
    ("临淄", "区"), ("临淄区", "区"), ("师宗", "县"),
    # a county-level city ranks with a county (the lead's ruling, stop 37: 溧阳, 溧阳市 → 县); a prefecture of the same stem
    # stays a city (楚雄 of 楚雄州 beside the county-level 楚雄市)
    ("溧阳", "县"), ("溧阳市", "县"), ("楚雄", "市"), ("楚雄市", "县"),
    # no place of the list
    ("金牌", None), ("品质", None), ("市中小", None), ("内蒙", None), ("广西壮", None),
])
def test_place_rank(place, rank):
    assert kg.places.place_rank(place) == rank


@pytest.mark.parametrize("text,level", [
    # fresh17 常州 (附:第四批“常州老字号”拟认定名单), fresh20 上海 (入圍2017年度上海名牌榜單), 杭州
    # (http://wenwuchina.com/a/183/172224.html: "…为第二批“杭州老字号”"); the longer name first (吉林市 of a city's list)
    ("第四批“常州老字号”拟认定名单", "市"), ("入围2017年度上海名牌榜单", "市"), ("第二批“杭州老字号”", "市"),
    ("江苏老字号", "省"), ("2023年度吉林市老字号", "市"),
    # a name opening with a level or a speaker's word, or no place at all (the 杭州 page's 第二届“金牌老字号”)
    ("2023年度市中小企业名单", None), ("全省老字号", None), ("第二届“金牌老字号”名单", None), ("第三批“小巨人”企业", None),
])
def test_a_bare_place_opening_a_list_name(text, level):
    assert bare_place_level(text) == level
