"""The lead's ruling (stop 37): a level the extractor derives from the awarding or listing place is that place's own
administrative tier. A county-level city (a 县级市 of kg/data/counties.tsv), printed with its 市 or bare, gives 县级 — its
市长质量奖 ranks with a county's, not with its prefecture's — as a county gives 县级 and a district 区级 (stop 36's ruling
for prefectures extended: 州级, 盟级). A level word printed stays as printed (宜兴市市级… → 市级). Real lines with their
sources; the prefecture-level cities and the same-named places beside them."""

import pytest

import kg.places
from kg.extract.conferrals import organ_level
from kg.extract.enterprise_sentences import bare_place_level, place_level
from kg.extract.held_lists import object_class
from kg.parse.normalize import compact, normalize_line


@pytest.mark.parametrize("obj,want", [
    # entrep138 jiangsu-rugao-2022-shizhang-zhiliangjiang-zuzhilei-timingjiang-gerenlei.txt line 1 (如皋, 南通's)
    ("2022年度如皋市市长质量奖(组织类)", "县级"),
    ("2022年度如皋市市长质量奖提名奖(组织类)", "县级"),
    # entrep21 jiangsu-yixing-shizhang-zhiliangjiang-2022.txt lines 14, 18 (宜兴, 无锡's): headings of the award's lists
    ("宜兴市市长质量奖", "县级"),
    ("宜兴市质量管理优秀奖", "县级"),
    # entrep25 shandong-qingdao-shouzhong-chengxin-qiye-converter.txt line 2 (萊西, 青岛's; read simplified)
    ("莱西市诚信企业", "县级"),
    # fresh27 guangdong_heshan-2023-benji-shifan-jiating-nongchang-converter.txt line 4 (鹤山, 江门's: 本级 is no tier)
    ("2023年鹤山市本级示范家庭农场", "县级"),
    # a level word printed stays as printed
    ("宜兴市市级农业产业化龙头企业", "市级"),
    ("县级农业产业化重点龙头企业", "县级"),
    # a prefecture-level city stays 市级, printed with its 市 or bare
    ("常州市第三批农业龙头企业", "市级"),
    ("第四批“常州老字号”拟认定名单", "市级"),
    ("2022年度广州市市长质量奖", "市级"),
    # a county-level city printed bare
    ("第四批“溧阳老字号”", "县级"),
    # same-named places: the county-level 楚雄市 (县级) and the prefecture 楚雄州 (州级, stop 36); 东莞 and 中山 are
    # prefecture-level cities the list also names as their own divisions (市级); 天津市 is a municipality, though 津市
    # is the bare name of the county-level 津市市
    ("楚雄市2024年工业特别贡献奖", "县级"),
    ("楚雄州2024年工业特别贡献奖“光荣榜企业”荣誉称号", "州级"),
    ("红河州个旧市第三批农业产业化重点龙头企业", "县级"),
    ("东莞市重点产业链“链主”企业", "市级"),
    ("天津市第五批市级制造业单项冠军", "市级"),
    ("天津市第五批制造业单项冠军", "市级"),
    ("津市市第三批农业产业化重点龙头企业", "县级"),
])
def test_a_county_level_citys_own_designation_is_county_level(obj, want):
    assert object_class(compact(normalize_line(obj))) == want


@pytest.mark.parametrize("place,level", [
    # (乐清, 温州's: entrep118 zhejiang-yueqing-2006-biaozhang-nongye-qiye-pipe-biao-zhongzhuchang-chachang.txt, whose bare
    # 市政府 kg.extract.speaker_level reads by the page's address to its townships)
    ("乐清市", "县"), ("温州市", "市"),
    ("如皋市", "县"), ("南通如皋市", "县"), ("宜兴市", "县"), ("芒市", "县"), ("津市市", "县"), ("楚雄市", "县"),
    ("常州市", "市"), ("天津市", "市"), ("东莞市", "市"), ("中山市", "市"), ("上海市", "市"), ("二七区", "区"),
])
def test_place_level(place, level):
    assert place_level(place) == level


@pytest.mark.parametrize("name,want", [
    ("如皋", True), ("如皋市", True), ("莱西", True), ("津市", True), ("津市市", True), ("楚雄市", True),
    ("楚雄", False), ("东莞", False), ("东莞市", False), ("常州", False), ("天津", False), ("临淄", False),
])
def test_county_level_city(name, want):
    assert kg.places.county_level_city(name) is want


def test_bare_names_rank_with_a_county():
    assert bare_place_level("“如皋老字号”") == "县" and bare_place_level("“楚雄老字号”") == "市"


@pytest.mark.parametrize("text,want", [
    ("如皋市人民政府决定授予", "县级"),   # (a county-level city's government)
    ("常州市人民政府决定授予", "市级"),
    ("天津市人民政府决定授予", "市级"),
    ("宜兴市评选出", "县级"),            # (a county-level city acting by itself)
])
def test_a_county_level_citys_organ_ranks_with_a_county(text, want):
    assert organ_level(text) == want
