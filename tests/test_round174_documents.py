"""Document fields of fresh56's misses (issue #16, round174): a government's 指挥部 a title names after it
(kg/parse/title_organs.py), a signer over a date the excerpt cut short (kg/parse/signature.py), a work report's heading
glued before its first part (kg/parse/fallback_header.py). Each with the real lines it was written from and negatives."""

import pytest

from kg.model import Line
from kg.parse.fallback_header import _GLUED_REPORT
from kg.parse.signature import signer_over_cut_date
from kg.parse.title_organs import title_organ

# (title, issuer the title names)
TITLES = [
    # fresh56 jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt:9 (标题 field) and :17 (the heading)
    ("白山市江源区人民政府防汛抗旱指挥部入汛通告", "白山市江源区人民政府防汛抗旱指挥部"),
    # the 指挥部's office, the same shape with 办公室 (constructed from the 发文机关 field at :7)
    ("白山市江源区人民政府防汛抗旱指挥部办公室关于做好汛期值守工作的通知", "白山市江源区人民政府防汛抗旱指挥部办公室"),
    # negatives: a 指挥部 the 关于 speaks of is no issuer; a government's own office (the older row) still reads
    ("白山市江源区人民政府关于成立防汛抗旱指挥部的通知", "白山市江源区人民政府"),
    ("扶余市人民政府督查室关于对全市开展专项督查的通知", "扶余市人民政府督查室"),
]


@pytest.mark.parametrize("title,want", TITLES)
def test_government_headquarters_in_title(title, want):
    assert title_organ(title) == want


def _lines(texts):
    return [Line(no=i + 1, raw=t, text=t) for i, t in enumerate(texts)]


# (the page's last lines, signer); fresh56 hebei_sheng-gongxinting-2016-tese-chanye-mingxian-mingzhen-converter.txt:5-7
# (normalised), its date cut to "201" by the excerpt
CUT = [
    (["各级工业和信息化主管部门要加强对特色产业名县名镇的指导和服务。", "附件:2016年河北省特色产业名县名镇名单.doc",
      "河北省工业和信息化厅", "201"], "河北省工业和信息化厅"),
    (["……。", "附件:名单.doc", "河北省工业和信息化厅", "2016年3月"], "河北省工业和信息化厅"),
    # negatives: a whole date is no cut one (signature_date reads it); a count under a table's unit; no organ over it
    (["……。", "附件:名单.doc", "河北省工业和信息化厅", "2016年3月5日"], None),
    (["序号 单位 数量", "2021年", "河北省工业和信息化厅", "201"], None),
    (["……。", "附件:名单.doc", "特色产业名县名镇", "201"], None),
]


@pytest.mark.parametrize("texts,want", CUT)
def test_signer_over_cut_date(texts, want):
    lines = _lines(texts)
    assert signer_over_cut_date(lines, 0, len(lines) - 1) == want


def test_cut_date_only_at_the_file_end():
    lines = _lines(["……。", "附件:名单.doc", "河北省工业和信息化厅", "201", "下一篇:…"])
    assert signer_over_cut_date(lines, 0, 3) is None


# fresh56 hebei_cangzhou-dongguang-xian-2022-zhengfu-gongzuo-baogao-quyushuju.txt:1 (compact), and negatives
REPORTS = [
    ("2022年东光县政府工作报告一、2021年工作回顾2021年是建党100周年,", "2022年东光县政府工作报告"),
    ("东光县人民政府工作报告各位代表:现在,我代表县人民政府", "东光县人民政府工作报告"),
    ("2022年东光县政府工作报告指出,一、要", None),
    ("全县政府工作报告一、", None),
]


@pytest.mark.parametrize("line,want", REPORTS)
def test_glued_report_heading(line, want):
    m = _GLUED_REPORT.match(line)
    assert (m["title"] if m else None) == want
