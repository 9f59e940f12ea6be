"""Environmental-credit holders given a level of the scale in prose (kg/extract/card_groups.py): one row per layout, real
lines (file:line given), the holders expected."""

import pytest

from kg.extract.card_groups import card_holders, counted_card_groups, regraded_holders
from kg.extract.enterprise_classes import PROPOSED
from kg.parse.normalize import compact, normalize_line

_F50 = "benchmarks/data/other_districts_fresh50/texts/"
HUNAN_2021 = _F50 + "hunan_shengtai-huanjingting-2021-huanbao-xinyong-pingjia-jieguo-xinwen.txt:14"
HUNAN_2015 = _F50 + "hunan_huanbaoting-2015-sijia-qiye-huanjing-xinyong-dengji-tiaozheng-gongshi.txt:8"


@pytest.mark.parametrize("layout,source,line,want", [
    ("counted groups then a card by its level's name (环保诚信单位 → 绿牌); the counted kinds are no holders", HUNAN_2021,
     "全省有4386家企事业单位参加了此次评价。经各级生态环境主管部门审核审定,最终评价九芝堂股份有限公司等143家排污许可重点管理单位、"
     "湖南联诚轨道装备有限公司等3家重点辐射工作单位、湖南易净环保科技有限公司等14家生态环境检测机构和第三方治理机构为“环保诚信单位”;"
     "株洲华香春露环境监测有限公司等20家单位因虚假报告等原因被列入“环保黑名单”,40家单位获评“环保不良单位”。",
     [("九芝堂股份有限公司", "绿牌", "环保诚信单位"), ("湖南联诚轨道装备有限公司", "绿牌", "环保诚信单位"),
      ("湖南易净环保科技有限公司", "绿牌", "环保诚信单位")]),
    ("negative: parks counted before a card-like name are no holders (made after the same page's line 12)", "made",
     "最终评价望城经济技术开发区等10个园区为“环保诚信企业”。", []),
])
def test_counted_card_groups(layout, source, line, want):
    assert counted_card_groups(compact(normalize_line(line))) == want


@pytest.mark.parametrize("layout,source,line,want", [
    ("拟由 one level 调整为 another, a level of the province's own scale: the rating organ's level", HUNAN_2015,
     "根据省环保厅的公示内容,长沙桑德水务有限公司拟由“环境不良”企业调整为“环境合格”企业,临武县东山矿业有限责任公司拟由“环境风险”"
     "企业调整为“环境合格”企业,湖南衡阳新澧化工有限公司拟由“环境风险”企业调整为“环境合格”企业,娄底首创水务有限责任公司拟由"
     "“环境风险”企业调整为“环境合格”企业。",
     [(n, "省级", "环境合格企业") for n in ("长沙桑德水务有限公司", "临武县东山矿业有限责任公司", "湖南衡阳新澧化工有限公司",
                                      "娄底首创水务有限责任公司")]),
    ("a move to a level of the card scale is that card (made after the 2015 line)", "made",
     "根据省环保厅的公示内容,某某水务有限公司拟由“环保警示”企业调整为“环保诚信”企业。", [("某某水务有限公司", "绿牌", "环保诚信企业")]),
    ("negative: no organ of known level and no card: no class (made)", "made",
     "某某水务有限公司由“环境风险”企业调整为“环境合格”企业。", []),
    ("negative: a body that is no enterprise (made)", "made", "根据省环保厅的公示内容,某某县环保局由“环境风险”调整为“环境合格”。", []),
])
def test_regraded_holders(layout, source, line, want):
    assert regraded_holders(compact(normalize_line(line))) == want


def test_a_proposed_move_is_proposed_and_the_module_reads_both_layouts():
    line = compact("根据省环保厅的公示内容,长沙桑德水务有限公司拟由“环境不良”企业调整为“环境合格”企业。")
    assert PROPOSED.search(line)
    assert not PROPOSED.search(compact("长沙桑德水务有限公司由“环境不良”企业调整为“环境合格”企业。"))
    assert card_holders(line) == [("长沙桑德水务有限公司", "省级", "环境合格企业")]
