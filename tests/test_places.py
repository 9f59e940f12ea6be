"""index.places: the place names jieba.posseg finds (HMM off), found without loading jieba.posseg, and the county-level
divisions of the national list it does not tag as places."""

import json
from pathlib import Path

import pytest

from index.places import (PlaceTagger, city_names, county_cities, county_names, division_levels, place_names,
                          prefecture_short_names, short_name, towns_of)
from index.tokenize import Tokenizer

QUESTIONS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "questions"


def _queries() -> list[str]:
    out = []
    for path in sorted(QUESTIONS.glob("*.json")):
        rows = json.loads(path.read_text(encoding="utf-8"))
        out += [r["query"] for r in (rows if isinstance(rows, list) else []) if isinstance(r, dict) and "query" in r]
    return out


@pytest.fixture(scope="module")
def taggers():
    """Ours and jieba's tagger over one jieba with a user dictionary (unit and place names, as the index has)."""
    import jieba.posseg

    tk = Tokenizer(["张店区", "周村区", "区发改局", "马尚街道", "淄博齐惠保"])._jieba()
    return PlaceTagger(tk), jieba.posseg.POSTokenizer(tk)


def _places(tagger, text, also=frozenset()):
    return [w for w, flag in tagger.lcut(text, HMM=False) if flag.startswith("ns") or w in also]


# Real questions of every set, and text where jieba's plain cut and the tagger split differently (% and -
# belong to a run in the plain cut only) or where places sit beside numbers and Latin letters.
EXTRA = ["北京-上海的补贴标准%是多少", "淄博市张店区马尚街道2021年的规划", "上海市浦东新区和杭州 asdfqwer", "",
         "重庆、成都GDP对比", "广州市天河区A类企业名单"]


def test_same_places_as_jieba_posseg_on_every_question_set(taggers):
    ours, jiebas = taggers
    queries = _queries() + EXTRA
    assert len(queries) > 100
    found = 0
    for q in queries:
        # (and the autonomous prefectures' short names, 恩施州, 楚雄州: stop 23, u2606)
        assert _places(ours, q) == _places(jiebas, q, county_names() | city_names() | prefecture_short_names()), q
        found += bool(_places(ours, q))
    assert found >= 10  # the sets name other cities and districts: the comparison is not between empty lists


def test_runs_kept_from_the_calls_before_tag_the_same(taggers):
    """A question cut right after its expanded form, or again (the runs of the calls before reused), is tagged as
    alone; the kept runs are bounded."""
    ours, _ = taggers
    for q in _queries() + EXTRA:
        expanded = ours.lcut(q + " 托育 区发改局")
        assert ours.lcut(q) == PlaceTagger(ours.tk).lcut(q), q
        assert expanded == PlaceTagger(ours.tk).lcut(q + " 托育 区发改局"), q
        assert ours.lcut(q) == PlaceTagger(ours.tk).lcut(q), q  # asked again: every run from the memo
    assert ours._runs  # the runs are kept
    small = PlaceTagger(ours.tk)
    small.RUNS_KEPT = 3
    for q in _queries()[:20]:
        assert small.lcut(q) == PlaceTagger(ours.tk).lcut(q), q
        assert len(small._runs) <= 3 + len(q)  # emptied when full (a question's own runs added after)


def test_known_places(taggers):
    ours, _ = taggers
    assert _places(ours, "北京市朝阳区垃圾分类不按规定投放罚多少钱") == ["北京市", "朝阳区"]
    assert _places(ours, "学生参加齐惠保一年要交多少钱") == []


def test_place_names_are_cached_and_read_back(taggers, tmp_path, monkeypatch):
    ours, _ = taggers
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    place_names.cache_clear()
    try:
        dict_path = str(Path(__import__("jieba").__file__).parent / "dict.txt")
        first = place_names(dict_path)
        files = list((tmp_path / "gazette-kg").glob("jieba-places-*.txt"))
        assert len(files) == 1 and "北京市" in first and len(first) > 10_000
        place_names.cache_clear()
        assert place_names(dict_path) == first and ours.places == first | county_names() | city_names() | prefecture_short_names()
    finally:
        place_names.cache_clear()


def test_hmm_is_refused(taggers):
    with pytest.raises(ValueError):
        taggers[0].lcut("北京", HMM=True)


# The national list of county-level divisions (kg/data/counties.tsv, 国家统计局 2023年统计用区划代码): names jieba's
# dictionary holds but does not tag as places (师宗县, 陆良县) or does not hold (监利市) are places.
@pytest.mark.parametrize("word", ["监利市", "师宗县", "陆良县", "兰溪市", "二七区", "中原区", "酉阳土家族苗族自治县"])
def test_county_level_divisions_are_places(taggers, word):
    ours, _ = taggers
    assert word in county_names() and word in ours.places


# The prefecture-level cities of the same list: jieba's dictionary holds 保定市, 东营市, 大同市 as words it does not tag
# as places (fresh16's u1309 保定 打击黑出租… over the 廊坊 news named no place).
@pytest.mark.parametrize("word", ["保定市", "东营市", "大同市", "襄阳市", "荆州市"])
def test_prefecture_level_cities_are_places(taggers, word):
    ours, _ = taggers
    assert word in city_names() and word in ours.places and word not in county_names()


def test_no_city_of_the_list_is_a_province():
    # the cities without counties (东莞市, 儋州市) are also rows of their own in the county column
    assert city_names() & county_names() == {"东莞市", "中山市", "儋州市", "嘉峪关市"}
    assert "山东省" not in city_names() and "北京市" not in city_names()
    assert len(city_names()) > 300


# The cities the list puts each county in, by name and stem: a name several counties share (江北区 of 重庆 and of
# 宁波) lies in each; a municipality's district in none ("").
def test_county_cities():
    assert county_cities()["宜章县"] == county_cities()["宜章"] == {"郴州"}
    assert county_cities()["铜山区"] == {"徐州"} and county_cities()["监利市"] == {"荆州"}
    assert county_cities()["江北区"] == {"宁波", ""} and county_cities()["荣昌区"] == {""}
    assert "南京" not in county_cities()


@pytest.mark.parametrize("word", ["寿县", "新县", "东区",  # two characters: left out of the tagger (和县 in 区和县)
                                  "城区", "矿区", "郊区", "市辖区",  # generic
                                  "郑州经济技术开发区", "苏州工业园区"])  # zones, no divisions
def test_left_out_of_the_tagger(word):
    assert word not in county_names()


@pytest.mark.parametrize("name,level", [("监利市", 2), ("监利", 2), ("荆州市", 1), ("荆州", 1), ("湖北省", 0), ("湖北", 0),
                                        ("北京市", 0), ("寿县", 2), ("吉林", 0), ("鲁南", None), ("鲁南区", None)])
def test_division_levels(name, level):
    assert division_levels().get(name) == level


@pytest.mark.parametrize("county,short", [("酉阳土家族苗族自治县", "酉阳县"), ("孟村回族自治县", "孟村县"),
                                          ("鄂伦春自治旗", None), ("师宗县", None)])
def test_short_name(county, short):
    assert short_name(county) == short


def test_towns_of():
    assert "平凯街道" in towns_of("秀山县") and "平凯街道" in towns_of("秀山")  # by the short name and its stem
    assert "三江镇" in towns_of("锦屏县") and "三江镇" not in towns_of("天柱县")
    assert towns_of("荆州") >= towns_of("监利市")  # a city holds its counties' towns
    assert towns_of("鲁南") is None and towns_of("贵州省") is None
