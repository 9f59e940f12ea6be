"""unsigned_issuers.organ_under_title: the organ printed alone between a title and its addressee, with the real lines
it was written for."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.unsigned_issuers import organ_under_title

CASES = [
    # benchmarks/data/other_districts_fresh47/texts/beijing_fagaiwei-2020-renda-changweihui-shenyi-yijian-yanjiu-chuli-qingkuang-baogao.txt:3-9
    (["关于对“提高城市精治共治法治水平持续改善人居环境”议案办理情况审议意见研究处理情况的报告", "", "【字号: 收藏收藏 打印打印", "",
      "北京市发展和改革委员会", "", "市人大常委会:"], "北京市发展和改革委员会"),
    # (a 主送 of classes of units)
    (["关于做好2023年防汛工作的通知", "某县水利局", "各乡镇人民政府,县直各有关单位:"], "某县水利局"),
    # no addressee under the organ: a byline, not the issuer's line
    (["关于做好2023年防汛工作的通知", "某县水利局", "为切实做好今年防汛工作,确保安全度汛,现将有关事项通知如下。"], None),
    # an addressee right under the title, no organ between
    (["关于做好2023年防汛工作的通知", "各乡镇人民政府,县直各有关单位:"], None),
    # a label with a colon under a unit's name is no addressee
    (["关于做好2023年防汛工作的通知", "某县水利局", "联系人:"], None),
]


@pytest.mark.parametrize("rows,organ", CASES)
def test_organ_under_title(rows, organ):
    assert organ_under_title(normalize_lines("\n".join(rows)), 0) == organ
