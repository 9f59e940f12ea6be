"""round211: two of the lead's rulings at stop 38 made general rules (issue #16; kg/extract/modal_duties.py MODAL_DUTIES): a named
body with a bare 应 in a regulation's article leads (`article_should`: an article number 第N条 on the line), and a body's standing
practice stated with 坚持 + 常态化 is a standing duty (`standing_practice`). Each row a real line and plain negatives: a bare 应 with
no article number on its line (the sample corpus's two lines), a class or 单位和个人 before 应, a plan's analysis, 应急 / 应对, a bare
past deed, 坚持 with no 常态化."""

import pytest

from conftest import dev_set_tasks
from kg.extract.modal_duties import modal_duty
from kg.parse.normalize import normalize_line

TANGSHAN_LINE = ("…单位和个人应当按照市爱卫办、各县(市、区)爱卫办的要求积极参加病媒生物防制活动,第十六条市爱卫办、各县(市、区)爱卫办应定期开展"
                 "病媒生物预防控制检查工作,第二十条本办法具体解释工作由市爱卫办承担。")

# (sentence, the line it is on, lead, generic lead); None: no task read
ROWS = [
    # tasks40 hebei-tangshan-bingmei-banfa-fengong-x-fuze-inline.txt:1 (the 唐山 办法's digest; article_should)
    ("第十六条市爱卫办、各县(市、区)爱卫办应定期开展病媒生物预防控制检查工作,", TANGSHAN_LINE, ["市爱卫办"], ["各县(市、区)爱卫办"]),
    ("第十二条市卫生健康委应加强对医疗机构的监督检查。", "第十二条市卫生健康委应加强对医疗机构的监督检查。", ["市卫生健康委"], []),
    # fresh37 neimenggu_baiyintaohai-sumu-jinmu-zhifa-zhifadui-lianhe-sifasuo.txt:2 (standing_practice; 、 prints two units)
    ("苏木党委、政府坚持高点站位、高标推进,将禁牧工作作为一项长期任务抓实抓细,常态化开展禁牧整治行动。",
     "苏木党委、政府坚持高点站位、高标推进,将禁牧工作作为一项长期任务抓实抓细,常态化开展禁牧整治行动。", ["苏木党委", "政府"], []),
    # negatives: a bare 应 with no article number on its line (the sample corpus's 004:644, its 第十三条 on the line before; 001:1054,
    # a class), 单位和个人 / a class before 应, a plan's analysis, 应急 / 应对 (no modal), a bare past deed, 坚持 with no 常态化
    ("区政府办公室应将备案情况及时进行公布。", "关印章管理制度。区政府办公室应将备案情况及时进行公布。", None, None),
    ("行政执法机构应严格执行罚缴分离和收支两条线管理制度,", "行政执法机构应严格执行罚缴分离和收支两条线管理制度,", None, None),
    ("第九条单位和个人应积极参加病媒生物防制活动。", "第九条单位和个人应积极参加病媒生物防制活动。", None, None),
    ("第九条有关部门应加强监督检查。", "第九条有关部门应加强监督检查。", None, None),
    ("经开区应牢牢把握大势,加快转型发展。", "经开区应牢牢把握大势,加快转型发展。", None, None),
    ("第五条县应急管理局负责全县的安全生产监督管理。", "第五条县应急管理局负责全县的安全生产监督管理。", None, None),
    ("苏木党委、政府常态化开展禁牧整治行动。", "苏木党委、政府常态化开展禁牧整治行动。", None, None),
    ("苏木党委、政府坚持高点站位、高标推进,抓实抓细禁牧工作。", "苏木党委、政府坚持高点站位、高标推进,抓实抓细禁牧工作。", None, None),
    ("群众坚持常态化开展巡护。", "群众坚持常态化开展巡护。", None, None),
]


@pytest.mark.parametrize("sentence,line,lead,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round211_rows(sentence, line, lead, generic):
    got = modal_duty(normalize_line(sentence), normalize_line(line))
    if lead is None:
        assert not (got and got[0].lead), got
        return
    roles, style = got
    assert (roles.lead, roles.generic_lead, style) == (lead, generic, "duty_sentence")


def test_the_tangshan_digest_reads_its_article_16():
    got = dev_set_tasks("tasks40", "hebei-tangshan-bingmei-banfa-fengong-x-fuze-inline.txt", names=True)
    assert (1, ["市爱卫办"], []) in got


def test_the_sumu_standing_practice_leads_as_two():
    got = dev_set_tasks("fresh37", "neimenggu_baiyintaohai-sumu-jinmu-zhifa-zhifadui-lianhe-sifasuo.txt", names=True)
    assert got == [(2, ["苏木党委", "政府"], []), (2, ["苏木综合行政执法队"], ["司法所"])]
