"""Readers added for fresh35's tasks left after tasks67 (stop 22's tasks71): a body's own work reported in prose, the
training it gave in many forms, and a team its head leads. Each with the real lines it was written from (and other real
pages with the same wording where the pages corpus held one) and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.extract.duty_styles import _sentence_roles
from kg.parse.normalize import normalize_line


@pytest.mark.parametrize("sentence,lead", [
    # (stop 24's convention, rule 3: each of these, read as a task by stop 22, is a single body's reported deed — an event,
    # no task; benchmarks/data/other_districts/README.md, "A body's own action: task or event")
    # a body's work reported in prose (fresh35's 代力吉, http://www.zzswgk.cn/article/55427.html: the headline and the body line)
    ("近日,代力吉镇扎实开展林草资源巡查监管工作,组织人员进村入户到地块进行监管巡查,严格管控违法开垦林地草原、违规进行林间种植、违规放牧等毁林毁草行为。",
     []),
    ("代力吉镇扎实开展林草资源巡查监管工作,组织人员进村入户到地块进行监管巡查,严格管控违法开垦林地草原、违规进行林间种植、违规放牧等毁林毁草行为",
     []),
    # the training it gave in many forms, after the purpose clauses (fresh35's 汝州)
    ("据了解,自今年重污染天气应急管控相关政策出台以来,为全力支持企业复工复产,保障实体经济发展,市环保局组织多种形式的政策培训,帮助工业企业提前、"
     "准确了解2020年重污染天气应急管控信息,并积极组织企业分批次、分行业开展绩效评级培训。", []),
    # a team its head leads (fresh35's 郑州经开区): the team leads, the person no unit
    ("7月11日至7月13日,郑州市安委会安全生产专项巡查组由郑州市总工会四级调研员霍好勇带队,分别采取明察暗访、随机抽查等方式,对郑州经济技术开发区"
     "开展了为期三天的专项巡查。", []),
])
def test_a_body_reporting_its_own_work_is_no_task(sentence, lead):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, [])


@pytest.mark.parametrize("sentence", [
    # no named body before the report: a class, people, the report's own town unnamed (the pages corpus's lines, e.g.
    # http://www.zgzyw.com.cn/zgzyw/system/2023/02/28/030246078.shtml "该镇积极组织各级林长召开专项会议"; the rest plain)
    "该镇积极开展普法宣传活动。",
    "各乡镇扎实开展春季森林防火工作。",
    "全镇干部积极开展环境整治活动。",
    "群众积极开展义务植树活动。",
    "镇村干部积极开展宣传活动。",
    "各村组织多种形式的宣传活动。",
    # a team with no named body, led by a person
    "督查组由县委书记带队。",
    # a staff of a body sent to work is read by its own rule, not this one: no task from the bare verb
    "西阳镇组织林业站工作人员深入各采伐区,对采伐现场进行逐一核查。",
])
def test_no_named_body_no_task(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == [] and roles.cooperate == []


def test_a_duty_with_yao_is_still_the_duty_reader():
    # 要 before the verb is a duty, read as before (a named body leads; a class none)
    roles, style = _sentence_roles(normalize_line("县应急管理局要认真开展隐患排查工作。"))
    assert roles.lead == ["县应急管理局"] and style == "duty_sentence"
    roles, _ = _sentence_roles(normalize_line("各级各部门要扎实开展安全生产大检查工作。"))
    assert roles.lead == []
