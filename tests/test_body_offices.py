"""A bare office of a named body (`联席会议办公室`, `领导小组办公室`) is the office of the body its document names in full nearest
before it (kg/offices.py): the department node is keyed by the full office name, the printed name kept as a variant. Real
lines of the sample corpus and the development sets, with the negatives (no full name printed: nothing changes)."""

import pytest

from kg.offices import bare_body_kind, body_office_name
from kg.resolve import DepartmentResolver


@pytest.mark.parametrize("where,office,before,full", [
    # set up by name (建立 / 成立 / 设立 …), the name after the setting-up word or after the 的 that ends its clause
    ("sample 001_ace590f4be284911.txt:131", "联席会议办公室",
     "(一) 加强组织领导。我区建立公平竞争审查工作部门联席会议（以下简称联席会议）制度，由区政府分管副区长任总召集人，区物价局主要负责人"
     "任副召集人，区发改局、区财政局、区商务局、区工商局、区政府法制办、区物价局为成员单位，负责统筹协调公平竞争审查制度的实施工作。",
     "公平竞争审查工作部门联席会议办公室"),
    ("sample 001_ace590f4be284911.txt:232", "联席会议办公室",
     "（一）加强组织保障。建立区委宣传部、区扶贫办、区发改局、区经信局、区教体局、区科技局、区公安分局、区民政局、区财政局、区人社局、"
     "区农业局、区林业局、区商务局、区金融办、区残联等单位共同参加的区级推进普惠金融发展工作联席会议制度，制定普惠金融发展政策，"
     "统筹推进普惠金融工作。", "区级推进普惠金融发展工作联席会议办公室"),
    ("sample 000_47a7f2ad322c84aa.txt:789 (office at 812)", "领导小组办公室",
     "成立以区长任组长、以相关副区长任副组长的总部经济发展工作领导小组，统筹协调推进总部经济发展重大问题。领导小组下设办公室。\n"
     "（六）完善督促机制。建立总部经济联席会议制度和工作通报机制，由", "总部经济发展工作领导小组办公室"),
    ("sample 003_4e5ccb238a0f172a.txt:33 (office at 111)", "联席会议办公室",
     "建立促进3岁以下婴幼儿照护服务发展联席会议制度。\n2.促进3岁以下婴幼儿照护服务发展联席会议组成人员名单\n附件2\n"
     "促进3岁以下婴幼儿照护服务发展联席会议", "促进3岁以下婴幼儿照护服务发展联席会议办公室"),
    ("fresh11 guangdong_yangxi-2021-binzang-guanli-lianxi-huiyi-zhidu.txt:3", "联席会议办公室",
     "为进一步加强部门间协作配合,扎实推进全县殡葬管理工作,县人民政府决定建立阳西县殡葬管理工作联席会议(以下简称联席会议)。",
     "阳西县殡葬管理工作联席会议办公室"),
    ("fresh25 jiangsu_zhonglou-2022-bangong-yongfang-guanli-lingdao-xiaozu-persons.txt:2", "领导小组办公室",
     "办法》(常办发〔2020〕8号)文件精神,决定成立钟楼区党政机关办公用房管理工作领导小组(以下简称领导小组)。",
     "钟楼区党政机关办公用房管理工作领导小组办公室"),
    ("fresh5 shaanxi_yanta-yanglaoyuan-zhuanban-jiedu.txt:9", "工作专班办公室",
     "地进程,强化统筹推进力度,经区政府研究,决定成立“雁塔区公办示范性养老院项目推进工作专班”。", "雁塔区公办示范性养老院项目推进工作专班办公室"),
    ("tasks18 national-2018-zhiye-jiaoyu-lianxi-huiyi-chengyuan-danwei.txt:6", "联席会议办公室",
     "同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度。联席会议由教育部、人力资源社会保障部组成。",
     "国务院职业教育工作部际联席会议办公室"),
    ("fresh59 heilongjiang_sheng-zhengfu-bangongting-2016-nongye-sanjian-lianxi-huiyi-wisor.txt:9", "联席会议办公室",
     "减”工作,确保实现农业可持续发展目标,经省政府同意,建立黑龙江省农业“三减”行动联席会议制度。", "黑龙江省农业“三减”行动联席会议办公室"),
    # named with its place or level, no setting-up word
    ("sample 001_ace590f4be284911.txt:292", "领导小组办公室",
     "（三）加强部门协作。过渡期内，区盐业体制改革和食盐监管体制改革领导小组成员单位要密切配合，加强对相关部门的指导监督；",
     "区盐业体制改革和食盐监管体制改革领导小组办公室"),
    ("fresh41 beijing_liulang-qitao-jiuzhu-lianxi-huiyi-zhidu-chengyuan-danwei.txt:6", "联席会议办公室",
     "北京市流浪乞讨人员救助管理工作联席会议", "北京市流浪乞讨人员救助管理工作联席会议办公室"),
    # traditional script: matched in the folded form
    ("tasks142 shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt", "聯席會議辦公室",
     "決定建立高陵區社會救助工作聯席會議", "高陵区社会救助工作联席会议办公室"),
    # no body named in full before the office: nothing changes
    ("a body set up by its kind alone", "联席会议办公室", "成立联席会议。联席会议由召集人主持。", None),
    ("a body set up with a generic word", "领导小组办公室", "成立工作领导小组，", None),
    ("the kind named in a duty, no name", "联席会议办公室", "工作推进中出现的新情况、新问题要及时报联席会议。", None),
    ("the abbreviation alone", "联席会议办公室", "（以下简称联席会议）", None),
    ("fresh41 beijing_liulang-qitao-jiuzhu-lianxi-huiyi-zhidu-chengyuan-danwei.txt:16 (a clause, not a name)", "联席会议办公室",
     "市民政局为联席会议牵头单位,市民政局局长为联席会议召集人,", None),
    ("tasks142 shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt:11 (a clause)", "聯席會議辦公室",
     "聯席會議召集人由區民政局局長擔任聯席會議", None),
    ("the nearest body unnamed, another named before it", "领导小组办公室",
     "根据市食品安全工作领导小组要求，区政府成立由区长任组长的领导小组，", None),
    # not a bare office: the full office as printed is resolved as it is
    ("sample 001_ace590f4be284911.txt:430", "区社会信用体系建设联席会议办公室", "建立区社会信用体系建设联席会议", None),
])
def test_bare_office_of_a_named_body(where, office, before, full):
    assert body_office_name(office, before) == full


def test_bare_kinds():
    assert [bare_body_kind(n) for n in ("联席会议办公室", "领导小组办", "指挥部办公室", "專班辦公室", "区联席会议办公室", "办公室",
                                        "区政府办公室")] == ["联席会议", "领导小组", "指挥部", "专班", None, None, None]


def test_the_department_is_the_full_office_with_the_printed_name_kept():
    tasks = [{"district": "周村区", "cooperate": [], "lead": [{"name": "联席会议办公室", "canonical": full,
                                                               "office_alias": "联席会议办公室"}]}
             for full in ("公平竞争审查工作部门联席会议办公室", "区级推进普惠金融发展工作联席会议办公室")]
    r = DepartmentResolver.from_tasks(tasks)
    deps = r.departments()
    assert sorted(d["canonical"] for d in deps) == ["公平竞争审查工作部门联席会议办公室", "区级推进普惠金融发展工作联席会议办公室"]
    assert all(d["variants"] == ["联席会议办公室"] for d in deps)
    leads = [r.annotate_task(t)["lead"][0] for t in tasks]
    assert [u["name"] for u in leads] == ["联席会议办公室"] * 2 and leads[0]["id"] != leads[1]["id"]
    assert r.resolve("联席会议办公室", "周村区") is None  # the bare name stands for both: no lookup by it


def test_two_offices_of_the_sample_are_two_departments(corpus):
    """Sample 001's two documents each seat a 联席会议办公室 (lines 131 and 232): two department nodes, the tasks' leads printed
    as they are."""
    from kg.extract import extract_all
    from kg.parse import parse_issue

    facts = extract_all([parse_issue(next(corpus.glob("001_*.txt")))])
    leads = {t["line"]: u for t in facts["tasks"] for u in t["lead"] if u["name"] == "联席会议办公室"}
    assert leads[131]["canonical"] == "公平竞争审查工作部门联席会议办公室"
    assert leads[232]["canonical"] == "区级推进普惠金融发展工作联席会议办公室"
    assert leads[131]["id"] != leads[232]["id"]
    offices = [d for d in facts["departments"] if "联席会议办公室" in d["variants"]]
    assert len(offices) == 2
    # the printed name still finds them (the data dir's look-up by any variant): both offices, each with its own task
    from kg.lookup import DepartmentIndex

    index = DepartmentIndex(facts["departments"], facts["tasks"])
    found = [index.departments[i] for i in index.by_name["联席会议办公室"]]
    assert sorted(d["canonical"] for d in found) == sorted(d["canonical"] for d in offices)
    assert all(len(index.tasks[d["id"]][0]) == 1 for d in found)
