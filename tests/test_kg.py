"""The knowledge graph over the sample corpus: tasks, repeals (also across issues), departments,
enterprises, indicators, citations — each checked against the printed text."""

import networkx as nx
import pytest

from kg.extract.repeals import sentence_repeals, table_kind
from kg.resolve import DepartmentResolver, department_key


def task_at(facts, file_prefix, line):
    return next(t for t in facts["tasks"] if t["source"]["file"].startswith(file_prefix) and t["line"] == line)


def names(units):
    return [u["name"] for u in units]


@pytest.mark.parametrize("seed,line,lead,coop", [
    ("002", 24, ["区气象局"], ["区发展改革局", "区自然资源局", "区生态环境分局", "区农业农村局", "区文化和旅游局", "区综合行政执法局"]),
    ("004", 152, ["区司法局"], []),
    ("003", 4352, ["区人力资源社会保障局"], []),
    ("001", 366, ["区人社局"], ["区委组织部", "区编办", "区经信局", "区食药局", "区盐业公司"]),  # table cell X牵头，Y配合
    ("001", 804, ["区民政局"], ["区财政局", "区残联"]),  # 负责单位 column, first listed leads (footnote)
    ("002", 2221, ["区卫生健康局"], ["区市场监管局"]),  # working group 由X牵头，Y参加
    ("000", 392, ["区发展改革局"], []),  # 区X局负责… sentence
    ("001", 1461, ["区卫计局"], []),  # 区X：负责… colon duty
    # scoring table whose rows gained or lost empty cells: aligned on the 权重分值 cell
    ("001", 1605, ["区人社局", "区民政局"], []),
    ("001", 1604, ["区卫计局", "区疾控中心"], ["市中医医院"]),
    ("001", 1610, ["区卫计局", "区疾控中心"], ["区公安分局", "区民政局"]),
    # 协办 cell holding a numbered sub-list "1 健康家庭…: 各镇办; 2 健康企业…: 区总工会; …"
    ("001", 1554, ["区爱卫办"], ["区总工会", "区教体局", "区卫计局", "区工商局", "区食药局"]),
])
def test_tasks_lead_and_cooperate_as_printed(facts, seed, line, lead, coop):
    t = task_at(facts, seed, line)
    assert names(t["lead"]) == lead and names(t["cooperate"]) == coop
    assert t["source"]["line_start"] <= line <= t["source"]["line_end"]
    assert t["source"]["text"]


def test_task_deadline_and_provenance(facts):
    t = task_at(facts, "003", 391)
    assert t["deadline"] == "实时推进"
    assert "完成时间" in t["source"]["text"]


def test_bold_lead_is_unrecoverable(facts):
    t = task_at(facts, "000", 641)
    assert t["lead"] == [] and t["lead_unrecoverable"] and names(t["cooperate"]) == ["区卫健局"]


def test_every_task_has_a_source_span(facts):
    for t in facts["tasks"]:
        s = t["source"]
        assert s["file"] and 1 <= s["line_start"] <= s["line_end"] and s["text"], t["id"]


def test_repeal_lists_and_cross_issue_targets(facts, issues):
    reps = [r for r in facts["repeals"] if r["by_doc_number"] == "张政字〔2023〕84号"]
    assert len(reps) == 10  # "废止…1件、宣布失效…9件" (000:958)
    assert sum(r["kind"] == "废止" for r in reps) == 1
    r86 = next(r for r in reps if r["target_doc_number"] == "张政字〔2021〕86号")
    target = next(d for d in issues["003"].documents if d.doc_number == "张政字〔2021〕86号")
    assert r86["kind"] == "宣布失效" and r86["target_doc_id"] == target.id  # printed in another issue
    assert r86["target_registration"] == "ZDDR-2021-0010003"
    assert facts["status"][target.id]["state"] == "invalidated"
    assert facts["status"][target.id]["since"] == "2023-08-31"
    r90 = next(r for r in reps if r["target_doc_number"] == "张政字〔2021〕90号")
    t90 = next(d for d in issues["003"].documents if d.doc_number == "张政字〔2021〕90号")
    assert r90["target_doc_id"] == t90.id and t90.line_start == 3293
    outside = [r for r in reps if r["target_doc_id"] is None]
    assert len(outside) == 8  # the other targets are not printed in the sample issues


def test_repeal_sentence_and_false_friends(facts):
    r = next(r for r in facts["repeals"] if r["by_doc_number"] == "周政办字〔2023〕15号")
    assert r["target_title"] == "周村区药品和医疗器械安全突发事件应急预案" and r["kind"] == "同时废止"
    assert len(facts["repeals"]) == 11
    assert sentence_repeals("要及时废止或者修改完善") == []
    assert sentence_repeals("凡废止或宣布失效的行政规范性文件，自本决定发布之日起一律停止执行") == []
    assert table_kind("宣布失效的行政规范性文件目录") == "宣布失效"
    assert table_kind("决定废止的行政规范性文件目录") == "废止"


@pytest.mark.parametrize("a,b", [("区发改局", "张店区发展和改革局"), ("区发展改革局", "区发改局"), ("区教体局", "区教育和体育局"),
                                 ("区人社局", "区人力资源社会保障局"), ("区卫健局", "区卫生健康局"), ("区市场监管局", "区市场监督管理局"),
                                 ("张店交警大队", "张店区交警大队"), ("区税务局", "张店税务局")])
def test_alias_groups_merge_within_a_district(a, b):
    assert department_key(a, "张店区")[0] == department_key(b, "张店区")[0]


# A unit printed under its own province, city or county keeps its place; only a bare organ takes the district's 区 / 县
# (fresh40's 海口 page: 我局 filed under the issuer 海口市科学技术和工业信息化局 had become "区海口市…", stop 25)
@pytest.mark.parametrize("name,district,key", [
    ("海口市科学技术和工业信息化局", None, "海口市科学技术和工业信息化局"),
    ("海口市工业和信息化局", "张店区", "海口市工业和信息化局"),
    ("广州市南沙区应急管理局", "张店区", "广州市南沙区应急管理局"),
    ("广东省应急管理厅", None, "广东省应急管理厅"),
    ("沂源县财政局", "张店区", "沂源县财政局"),
    # a bare organ, and one whose own word opens like a place (城市管理局), still take the district's level
    ("财政局", "张店区", "区财政局"),
    ("城市管理局", "张店区", "区城市管理局"),
    ("财政局", "沂源县", "县财政局"),
])
def test_a_placed_unit_keeps_its_place(name, district, key):
    assert department_key(name, district)[0] == key


def test_units_are_not_merged_across_districts_or_renamings():
    r = DepartmentResolver()
    a = r.add("区财政局", "张店区")
    b = r.add("区财政局", "周村区")
    assert a.id != b.id
    assert department_key("区卫计局", "周村区")[0] != department_key("区卫健局", "周村区")[0]
    assert department_key("市生态环境局张店分局", "张店区")[0] != department_key("区生态环境分局", "张店区")[0]


def test_enterprise_classes_and_aliases(facts):
    ents = {e["name"]: e for e in facts["enterprises"]}
    assert ents["山东辰祥电气设备有限公司"]["classifications"][0]["class"] == "A"
    lm = ents["山东联美弹簧有限公司"]
    assert lm["aliases"] == ["山东联美弹簧科技股份有限公司"]
    assert "淄博计保互感器研究所(有限公司)" in ents  # half-width legal form is not an alias
    d_class = [e for e in facts["enterprises"] if e["classifications"][0]["class"] == "D"]
    assert len(d_class) == 4
    assert "周村区南郊镇山头村" not in ents  # a village, not an enterprise
    assert ents["淄博大力矿机公司"]["person"] == "刘民"


def test_indicators_from_tables_and_sentences(facts):
    inds = facts["indicators"]
    life = [i for i in inds if i["name"] == "人均预期寿命" and i["source"]["file"].startswith("000")]
    assert {(i["value"], i["year"], i["kind"]) for i in life} >= {("79.53", 2020, "baseline"), ("80.5", 2025, "target")}
    sent = next(i for i in inds if i["source"]["file"].startswith("002") and i["source"]["line_start"] == 17)
    assert sent["value"] == "95%以上" and sent["comparator"] == "≥" and sent["number"] == 95.0


@pytest.mark.parametrize("sentence, expected", [
    # statements of an indicator
    ("家庭医生签约服务覆盖率35%以上", [("家庭医生签约服务覆盖率", "=", "35%以上")]),
    ("经常参加体育锻炼人数达到43%以上", [("经常参加体育锻炼人数", "达到", "43%以上")]),
    ("适龄儿童国家免疫规划疫苗接种率以镇（街道）为单位保持在90%以上",
     [("适龄儿童国家免疫规划疫苗接种率", "保持在", "90%以上")]),
    # conditions, rewards, rubrics and time limits (003 总部经济, 信用评价; 004 政务服务)
    ("经认定的总部企业，年营业收入首次超过30亿元、50亿元的，分别给予企业奖励", []),
    ("实缴注册资本5000万元以上的企业，按照实际注册资本的1%给予补助", []),
    ("最高不超过500万元", []),
    ("信用评价有效期一般为1年", []),
    ("A级分值1000", []),
    ("在10个工作日内提出审核意见", []),
])
def test_sentence_indicators_keep_statements_and_drop_conditions(sentence, expected):
    from kg.extract.indicators import sentence_indicators

    assert sentence_indicators(sentence) == expected


def test_sentence_kind_follows_the_stated_year():
    from kg.extract.indicators import _sentence_kind

    plan = "关于印发《张店区“十四五”卫生与健康规划》的通知"
    assert _sentence_kind("2020年人均期望寿命达到79.53岁", plan, 2020, 2023) == "actual"
    assert _sentence_kind("到2025年人均预期寿命达到80.5岁", plan, 2025, 2023) == "target"
    # "主要" is not the modal 要
    assert _sentence_kind("主要污染物排放总量减少", "关于公布2022年工作情况的报告") == "actual"


def test_graph_relations_are_typed_and_sourced(facts, issues):
    from kg.graph import build_graph, neighbourhood

    G = build_graph(list(issues.values()), facts)
    assert isinstance(G, nx.MultiDiGraph)
    rels = {k for _, _, k in G.edges(keys=True)}
    assert {"contains", "牵头", "配合", "宣布失效", "废止", "分类", "states"} <= rels
    for u, v, k, a in G.edges(keys=True, data=True):
        assert a["prov"]["file"] and a["prov"]["line_start"] >= 1, (u, v, k)
    by = next(n for n, a in G.nodes(data=True) if a.get("doc_number") == "张政字〔2023〕84号")
    H = neighbourhood(G, by, hops=1, max_elements=50)
    assert by in H and H.number_of_nodes() + H.number_of_edges() <= 50


def test_one_grade_printed_two_ways_is_one_class_node():
    """五星 and 五星级 (fresh29's 湘西 prints `被评为五星`; most lists print 五星级) meet in one canonical class node; each
    分类 edge keeps the class as printed (benchmarks/data/other_districts/README.md, enterprises rule 5)."""
    from kg.extract.enterprises import extract_enterprises
    from kg.graph import build_graph
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    ents = []
    for n, text in enumerate(["古丈青竹山茶业有限公司等两家被评为五星。", "其中,48家五星级民俗旅游户有某某茶业有限公司、某某农业有限公司等。"]):
        ents += extract_enterprises(segment_issue(normalize_lines(text), f"x{n}.txt"))
    G = build_graph([], {"enterprises": ents})
    edges = [(u, v, a["printed"]) for u, v, k, a in G.edges(keys=True, data=True) if k == "分类"]
    assert {v for _, v, _ in edges} == {"class:五星级"}
    assert {p for _, _, p in edges} == {"五星", "五星级"}
