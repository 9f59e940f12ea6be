"""Decision G (stop 36): a place's N大名品 title of a product kind (十大名茶, 10大名菜, 10大名果 …), printed with its maker,
is the maker's, at the level of the place that awards it (a province's list: 省级). Real lines, each with its source;
real negatives beside them: a product named with no maker, a famous-tea market's name, a bare 名茶 product."""

import pytest

from kg.extract.held_lists import act_holders
from kg.extract.holder_reader import HolderReader
from kg.parse.normalize import compact, fold, normalize_line


def _read(*lines: str) -> list[tuple[str, str]]:
    """The holders a HolderReader takes from lines read in order (the page's state carried)."""
    reader, out = HolderReader(), []
    for line in lines:
        out += reader.read(compact(normalize_line(line)), line)
    return [(fold(n), c) for n, c in out]


@pytest.mark.parametrize("source,lines,want", [
    # https://chalv.net/xinwen/3687.html (南方农村报 2021, entrep101 line 2): the province's 十大名茶, printed with the
    # makers, is theirs (省级, the province's list); the 10强企业 beside it the company's own
    ("云南 A、B、C获2020年云南省“十大名茶”称号",
     ["其中,普洱澜沧古茶股份有限公司、云南中茶茶业有限公司、勐海陈升茶业有限公司获2020年云南省“十大名茶”称号。勐海茶业有限责任公司"
      "(勐海茶厂)入选云南省绿色食品“10强企业”。"],
     [("普洱澜沧古茶股份有限公司", "省级"), ("云南中茶茶业有限公司", "省级"), ("勐海陈升茶业有限公司", "省级"),
      ("勐海茶业有限责任公司(勐海茶厂)", "省级")]),  # (the works' name in brackets is an alias the record splits off)
    # 楚雄州人民政府网 (entrep66 yunnan-chuxiong-lvse-shipin-shida-mingcai-ershijia-chuangxin-qiye-paiming.txt line 1): the
    # act told in a clause before the count of its holders ends at its 的 (the prize money after it is another act's), so
    # the page's level is the province's titles'; each maker then takes its 10大名菜 / 10大名果 place at that level
    ("楚雄 我州荣获…“10大名品”…的4家企业…其中,X获“10大名菜”第4名",
     ["近期,我州荣获2019年云南省绿色食品“10大名品”和“20佳创新企业”的4家企业各获省级奖励资金100万元。其中,元谋县蔬菜有限责任公司获"
      "“10大名菜”第4名,元谋县果然好农业科技有限公司获“10大名果”第6名,云南爱尔发生物技术股份有限公司和云南摩尔农庄生物科技开发"
      "有限公司入选“20佳创新企业”。"],
     [("元谋县蔬菜有限责任公司", "省级"), ("元谋县果然好农业科技有限公司", "省级"), ("云南爱尔发生物技术股份有限公司", "省级"),
      ("云南摩尔农庄生物科技开发有限公司", "省级")]),
])
def test_a_places_n_famous_products_title_is_its_makers(source, lines, want):
    assert _read(*lines) == want, source


@pytest.mark.parametrize("source,sentence", [
    # products with a title and no maker printed hold nothing (entrep92 xinjiang-qitai-tebie-gongxianjiang-dagua-zhixiang.txt)
    ("奇台 products 荣获全国名优特新农产品称号",
     "新疆加勒胖巴依草原羊肉、新疆加勒胖巴依草原牛肉荣获全国名优特新农产品称号。"),
    # a bare 名茶 (no N大 title) is a product's word, no designation
    ("a product's 名茶", "该公司的产品获评名茶。"),
])
def test_a_products_title_with_no_maker_holds_nothing(source, sentence):
    holders, _ = act_holders(compact(normalize_line(sentence)))
    assert holders == [], source
