"""Joint deeds of a bare list of named bodies (kg/extract/joint_deeds.py): each style with the real lines it was written
for, and negatives; the real lines read through duty_styles.SENTENCE_STYLES give the same roles."""

import pytest

from kg.extract.duty_styles import _sentence_roles
from kg.extract.joint_deeds import JOINT_DEED_STYLES, bodies_and_persons_went, bodies_inspected
from kg.parse.normalize import normalize_line

# (reader, where, sentence, cooperating bodies) — None: the reader takes nothing
ROWS = [
    (bodies_and_persons_went, "tasks39 盐边 l.3 (converter copy)",
     normalize_line("2017年7月26日至8月15日,鹽邊縣林業(yè)局、森林派出所、鄉(xiāng)林業(yè)站和村組干部多次深入實(shí)地勘驗(yàn)檢尺取證,"
                    "宣傳警示教育群眾"),
     ["盐边县林业局", "森林派出所", "乡林业站"]),
    (bodies_inspected, "fresh30 金江 l.1 (converter copy)",
     normalize_line("香格里拉網(wǎng)訊 近日,香格里拉市金江鎮(zhèn)黨委、政府、派出所、林場(chǎng)(站)對(duì)轄區(qū)內(nèi)涉林企業(yè)安全生產(chǎn)、"
                    "征占用林地情況進(jìn)行檢查。"),
     ["香格里拉市金江镇党委", "政府", "派出所", "林场(站)"]),
    # negatives: one body's own deed (stop 24, rule 3), persons or a class in the list, an object list after 对
    (bodies_and_persons_went, "one body and persons (constructed)", "县林业局和村组干部多次深入实地勘验取证", None),
    (bodies_and_persons_went, "a class in the list (constructed)", "县林业局、各乡镇和村组干部多次深入实地勘验取证", None),
    (bodies_inspected, "one body (constructed)", "近日,县市场监管局对辖区内超市、商场进行检查。", None),
    (bodies_inspected, "persons listed (constructed)", "近日,张三、李四对辖区内超市进行检查。", None),
    (bodies_inspected, "a class in the list (constructed)", "县林业局、有关部门对辖区内林地进行检查。", None),
]


@pytest.mark.parametrize("reader,where,sent,coop", ROWS, ids=[r[1] + " " + r[0].__name__ for r in ROWS])
def test_joint_deed_styles(reader, where, sent, coop):
    roles = reader(sent)
    if coop is None:
        assert roles is None, where
        return
    assert roles.lead == [] and roles.cooperate == coop and roles.generic_cooperate == [], where


def test_every_style_has_a_real_line():
    assert {fn for _, fn in JOINT_DEED_STYLES} == {r[0] for r in ROWS if "constructed" not in r[1]}


@pytest.mark.parametrize("row", [r for r in ROWS if r[3] is not None], ids=lambda r: r[1])
def test_read_through_the_sentence_styles(row):
    roles, style = _sentence_roles(row[2])
    assert (roles.lead, roles.cooperate, style) == ([], row[3], "joint_no_lead")
