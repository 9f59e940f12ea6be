"""A county-level name printed bare before a place it cannot hold is a word, and the place after it the one printed
(kg.extract.enterprise_sentences.bare_place_level, _place_after): real lines and real negatives."""

import pytest

from kg.extract.enterprise_sentences import bare_place_level
from kg.extract.held_lists import object_class
from kg.extract.holder_reader import HolderReader

# xinjiang-qitai-tebie-gongxianjiang-dagua-zhixiang.txt (entrep92) line 4: 振兴 (a district of 丹东 by the national list)
# is the verb whose object, 奇台, names the county's award
QITAI = "会上,武汉旭东食品有限公司被授予振兴奇台乡村经济、发展奇台“三农”产业“特别贡献奖”,农产品企业和种植大户代表分别发言。"


@pytest.mark.parametrize("text,rank", [
    ("振兴奇台乡村经济“特别贡献奖”", "县"),
    # a place inside the one before it is still the first's (a province's city, a city's county-level city)
    ("山西太原", "省"), ("江苏南京", "省"), ("常州溧阳", "市"),
    # a district or a county printed bare with nothing after it, or its own rank word
    ("振兴区", "区"), ("临淄区名牌", "区"), ("奇台", "县"), ("2019年常州老字号", "市"),
])
def test_bare_place_level(text, rank):
    assert bare_place_level(text) == rank


def test_the_award_named_for_the_county_is_the_countys():
    assert object_class("振兴奇台乡村经济、发展奇台“三农”产业“特别贡献奖”") == "县级"
    assert HolderReader().read(QITAI) == [("武汉旭东食品有限公司", "县级")]
