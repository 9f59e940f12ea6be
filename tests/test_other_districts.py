"""Rules are general: a county gazette with [] brackets, Chinese-numeral dates and 县 units."""

from kg.extract.tasks import extract_tasks
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue
from kg.resolve import department_key

COUNTY = """临淄区人民政府公报

沂源县人民政府办公室
关于印发沂源县2022年
农村人居环境整治工作方案的通知
源政办字[2022]5号
各乡镇人民政府、街道办事处，县政府各部门：
《沂源县2022年农村人居环境整治工作方案》已经县政府同意，现印发给你们。

沂源县人民政府办公室
二〇二二年三月五日

一、工作目标
（一）到2022年底，农村卫生厕所普及率达到95%以上。（县农业农村局牵头，县卫健局配合）

淄博市临淄区人民政府
关于公布第一批区级非物质文化遗产代表性项目名录的通知
临政发〔2022〕 12 号
各镇人民政府、街道办事处：
现将名录公布。
淄博市临淄区人民政府
2022年6月1日
"""


def test_county_and_other_district_documents():
    issue = segment_issue(normalize_lines(COUNTY), "county.txt")
    got = [(d.title, d.doc_number, d.district, d.date, d.line_start) for d in issue.documents]
    assert got == [
        ("沂源县人民政府办公室关于印发沂源县2022年农村人居环境整治工作方案的通知", "源政办字〔2022〕5号", "沂源县", "2022-03-05", 3),
        ("淄博市临淄区人民政府关于公布第一批区级非物质文化遗产代表性项目名录的通知", "临政发〔2022〕12号", "临淄区", "2022-06-01", 16),
    ]
    tasks = extract_tasks(issue)
    assert [[u["name"] for u in t["lead"]] for t in tasks] == [["县农业农村局"]]
    assert [u["name"] for u in tasks[0]["cooperate"]] == ["县卫健局"]


def test_county_units_resolve_within_the_county():
    keys = {department_key(n, "沂源县")[0] for n in ("县卫健局", "沂源县卫生健康局", "卫健局")}
    assert keys == {"县卫生健康局"}
    assert department_key("区财政局", "周村区")[0] == department_key("财政局", "周村区")[0] == "区财政局"
