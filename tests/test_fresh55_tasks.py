"""fresh55's task misses (issue #16, round171; benchmarks/data/other_districts_fresh55/texts), each reader with the real line it
was written from and a plain negative: a place that will 研究制定 (duty_subjects._WILL_WORDS), the production corps by its
name or defined short name (units._UNIT_END), bodies that will host an event hand in hand with no lead
(joint_action._TOGETHER), 及 after a province's department (joint_lists._list_items_of), 由你市自行解决
(duty_led._CHARGED_BY, _ADDRESSEE), a joint issuance told after 落实 (joint_groups._GROUP_OPENING) cut from a lead's
clause after it (duties._joint_clauses), national organs glued where spaces were (joint_lists._glued_national)."""

import pytest

from kg.extract.tasks import extract_tasks
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    issue = segment_issue(normalize_lines(text), "x.txt")
    name = lambda u: u["name"] if isinstance(u, dict) else u
    return [([name(u) for u in t["lead"]], [name(u) for u in t["cooperate"]]) for t in extract_tasks(issue)]


@pytest.mark.parametrize("text,want", [
    # heilongjiang_haerbin-shi-2008-shangwu-gongzuo-huiyi-dbw.txt:2 (its opening clauses): a place with 将 leads (rule 2)
    ("据介绍,今年哈尔滨市将研究制定重要商品供应的专项预案,确保重要节日和活动期间市场供应。", [(["哈尔滨市"], [])]),
    # xinjiang_bingtuan-2024-mianhua-youshi-quyu-tuanchang.txt:3 and :6: the corps' defined short name with 将 leads
    ("为进一步优化兵团棉花生产布局,日前,新疆生产建设兵团(以下简称“兵团”)确立一师一团、二团等73个棉花优势区域团场。\n"
     "根据《方案》,兵团将充分发挥优势棉区生产优势,通过政策扶持、项目支持、科技引领、产业链提升,引导各类生产要素向优势区域集聚。",
     [(["兵团"], [])]),
    # the same file's negative: a field with 将 is no unit (rule 5)
    ("兵团棉花生产将进一步提升质量。", []),
    # jilin_changbaishan-2019-xuewenhua-lvyoujie-converter.txt:1 (normalised, its clause): three bodies with 将 and 携手, no lead
    ("做大做强冰雪经济,长白山管委会、吉林省文化和旅游厅及浙江省杭州市政府将于2019年12月至2020年4月,携手主办第十四届长白山雪文化旅游节"
     "暨第二届长白山粉雪节。", [([], ["长白山管委会", "吉林省文化和旅游厅", "浙江省杭州市政府"])]),
    # tianjin_wuqing-qu-2000-guowuyuan-pifu-guohan67-converter.txt:10 (normalised): the reply's addressee meets the cost itself
    ("武清区的各类机构要按照“精简、效能”的原则设置,所需人员编制和经费由你市自行解决。", [(["你市"], [])]),
    # jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt:6 (its first sentence, cut): a joint issuance told as
    # what the page carries out (no lead, all cooperate), then the province's lead drawing others in — two tasks (its README)
    ("为全面落实文化和旅游部、国家发展改革委、国家体育总局联合印发的《冰雪旅游发展行动计划(2021-2030年)》,深入推动我省冰雪旅游高质量发展,"
     "省文旅厅会同省发改委、省工信厅、省教育厅、省科技厅、省体育局等部门联合起草了实施方案。",
     [([], ["文化和旅游部", "国家发展改革委", "国家体育总局"]), (["省文旅厅"], ["省发改委", "省工信厅", "省教育厅", "省科技厅", "省体育局"])]),
    # the same file's :15 (its first sentence): the national organs apart by spaces as printed
    ("为深入贯彻习近平总书记关于冰雪经济发展的重要讲话重要指示精神,全面落实文化和旅游部 国家发展改革委 国家体育总局联合印发的《冰雪旅游发展"
     "行动计划(2021-2023年)》,以2022北京冬奥会为契机,推动冰雪旅游高质量发展,制定本方案。",
     [([], ["文化和旅游部", "国家发展改革委", "国家体育总局"])]),
    # (constructed guard) a plan cited after 按照 with 的 stays no task, as before
    ("按照市市场监管局、市发改委联合印发的《方案》要求,开展检查。", []),
])
def test_fresh55_task_lines(text, want):
    assert _roles(text) == want
