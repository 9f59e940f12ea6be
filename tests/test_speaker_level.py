"""The level of the place a page speaks for, and a county-level city's page (kg/extract/speaker_level.py): each
addressee style on its real line, and the 乐清 notice's table (entrep118) read at 县级."""
import pytest

from kg.extract.speaker_level import TOWNSHIP_ADDRESSEES, addresses_townships, county_city_level, speaker_level


@pytest.mark.parametrize("style", TOWNSHIP_ADDRESSEES, ids=lambda s: s.name)
def test_each_addressee_style_reads_its_example(style):
    assert style.pattern.match(style.example)
    assert addresses_townships(style.example)


@pytest.mark.parametrize("line", [
    "各县(市、区)人民政府,市政府各部门、各直属单位:",  # a prefecture's city addresses its counties
    "各乡镇企业要积极参与",  # no addressees
    "2006年,我市积极推进农业和农村经济结构调整",
])
def test_other_lines_address_no_townships(line):
    assert not addresses_townships(line)


def test_speaker_level_of_a_county_level_city():
    line = "2006年,我市积极推进农业和农村经济结构调整,大力发展效益农业"
    assert speaker_level(line) == "市级"
    assert speaker_level(line, townships=True) == "县级"
    assert speaker_level("我县今年新增3家省级龙头企业", townships=True) == "县级"
    assert speaker_level("全省新增企业") is None


def test_county_city_level_keeps_other_levels():
    assert county_city_level("市级", True) == "县级"
    assert county_city_level("市级", False) == "市级"
    assert county_city_level("省级", True) == "省级"
    assert county_city_level(None, True) is None


def test_a_county_level_citys_honoured_table_is_county_level():
    from kg.extract.holder_reader import HolderReader
    reader = HolderReader()
    reader.read("各乡镇人民政府,市政府直属各单位:")
    reader.read("2006年,我市积极推进农业和农村经济结构调整,大力发展效益农业,经市政府研究,决定对2006年度获得浙江名牌产品"
                "称号的乐清市雁荡山茶场等27家农业企业予以通报表彰,并给予奖励。")
    assert reader.speaker == "县级"
    assert reader.organ in ("县级", None)


def test_a_list_printed_at_its_citys_own_level_keeps_it():
    from kg.extract.holder_reader import HolderReader
    from kg.extract.speaker_level import prints_city_level
    line = ("决定认定鹤山市古劳镇卓裕水产养殖场、鹤山市址山镇伦福农场、鹤山市双合镇平岗农场3个家庭农场为“鹤山市本级示范"
            "家庭农场”。")
    assert prints_city_level(line)
    assert not prints_city_level("2006年度受表彰的农业企业名单")
    reader = HolderReader()
    reader.read("各镇人民政府、沙坪街道办:")
    assert reader.townships
    reader.read(line)
    assert not reader.townships
