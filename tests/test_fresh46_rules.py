"""fresh46's rules (issue #16, stop 28): the styles its first, never-seen score missed, each read by a general rule with
its real line as printed (file and line in the comment) and negatives. fresh46 was opened to development after that score
(benchmarks/data/other_districts_fresh46/README.md)."""

import pytest

from kg.extract.units import document_convention, parse_roles, split_units

D = "benchmarks/data/other_districts_fresh46/texts/"
HUANGGANG = "hubei_huanggang-shizhengfu-bangongshi-2007-fenjie-luoshi-zhengfu-gongzuo-baogao.txt"


# a legend making the first-listed body lead, printed as 由…牵头 (kg/extract/units.py _FIRST_LEADS)
@pytest.mark.parametrize("line,first_leads", [
    ("一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同", True),  # 黄冈 :22
    ("由列第一位的单位牵头", True),  # constructed member of the family
    ("由市发展改革委牵头负责", False), ("由各部门按职责分工负责", False),  # a named lead, a class: no legend
])
def test_a_legend_naming_the_first_listed_body_as_the_subject_of_qiantou(line, first_leads):
    assert document_convention([line]).first_leads is first_leads


@pytest.mark.parametrize("note,lead,coop", [
    # 黄冈 :22, the note that states the legend and closes with 。下同
    ("由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同",
     ["市发展改革委"], ["经委", "农办", "农业局", "商务局", "旅游局", "统计局"]),
])
def test_a_note_stating_the_first_listed_leads_legend(note, lead, coop):
    r = parse_roles(note)
    assert (r.lead, r.cooperate) == (lead, coop)


@pytest.mark.parametrize("text,units", [
    ("市商务局、经委、财政局、国税局、统计局", ["市商务局", "经委", "财政局", "国税局", "统计局"]),  # 黄冈 :25 (经委 = 经济委员会)
])
def test_jingwei_is_a_body_not_the_preposition_jing(text, units):
    assert split_units(text)[0] == units


def test_the_lines_are_printed_in_their_files():
    text = open(D + HUANGGANG, encoding="utf-8").read()
    assert "一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同" in text and "市商务局、经委、财政局、国税局、统计局" in text
