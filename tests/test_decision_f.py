"""Decision F (benchmarks/data/other_districts/README.md, "An office seated in a department"): a sentence that only seats an
office in a department (and names its head or members) assigns no task; an office given a duty — in the seat's sentence
(`X办公室设在Y，负责…`) or its own (`联席会议办公室主要职责:…`) — is itself the lead, not the department it sits in
(kg/extract/duty_roles.py, `_office_seat`). Real lines of the sample corpus and the development sets, with the real negatives."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("where,sentence,lead", [
    # an office given a duty in its seat's sentence: the office leads, as printed
    ("fresh59 heilongjiang_sheng-zhengfu-bangongting-2016-nongye-sanjian-lianxi-huiyi-wisor.txt:37",
     "联席会议办公室设在省农委,负责联席会议日常工作。", ["联席会议办公室"]),
    ("sample 001_ace590f4be284911.txt:131", "联席会议办公室设在区物价局，承担联席会议日常工作。", ["联席会议办公室"]),
    ("sample 001_ace590f4be284911.txt:232", "联席会议办公室设在区金融办，具体负责联席会议日常工作，各成员单位按照工作职责各负其责、协同推进，"
     "根据职责分工完善并推动落实各项配套政策措施。", ["联席会议办公室"]),
    ("sample 003_4e5ccb238a0f172a.txt:111", "联席会议办公室设在区卫生健康局，具体承担联席会议日常工作，办公室主任由区卫生健康局分管负责同志"
     "兼任。", ["联席会议办公室"]),
    # (printed bare after the clause that sets it up: the office as printed; the gold files it under its body's office)
    ("fresh14 town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site.txt:1", "镇应急领导小组设立应急领导小组办公室,办公室设在镇政综合"
     "办公室,负责组织、协调和联络防灾减灾领导小组的日常工作。", ["办公室"]),
    ("fresh40 xinjiang_tulufan-shi-zhengfuban-guojia-zhiwuyuan-jianshe-zhuanban-converter.txt:18", "專班下設辦公室,辦公室設在市科技局,"
     "負責專班的日常工作,辦公室主任由競中梅同志兼任。", ["办公室"]),
    # the office's own sentence stating its duties
    ("tasks142 shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt:11", "聯席會議辦公室主要職責:一是負責"
     "聯席會議召開的籌備工作。", ["联席会议办公室"]),
    # the other side: an office set up in a unit by a body that takes up the work itself names no office as 负责's subject
    ("fresh2 sichuan_qianwei-sigongyinong-news.txt:4", "按照市委、市政府要求建立县级“四公一农”建设提升行动工作专班,在县住房城乡"
     "建设局设置办公室并负责总牵头工作,负责统筹推进全县工作。", ["县住房城乡建设局"]),
])
def test_an_office_given_a_duty_leads(where, sentence, lead):
    roles, style = sentence_roles(sentence)
    assert style is not None and roles.lead == lead and roles.cooperate == []


@pytest.mark.parametrize("where,sentence", [
    # a sentence that only seats the office (and staffs it): no task
    ("sample 001_ace590f4be284911.txt:2196", "领导小组办公室设在区残联，马红霞同志兼任办公室主任。"),
    ("sample 001_ace590f4be284911.txt:2087", "协调推进领导小组办公室设在区发改局，朱玉刚同志兼任办公室主任。"),
    ("sample 001_ace590f4be284911.txt:1135", "领导小组下设办公室，办公室设在区编办，朱梅同志兼任办公室主任。"),
    ("sample 002_a74681798106870b.txt:2199", "设立区指挥部办公室，办公室设在区市场监管局，办公室成员由区市场监管局主要负责同志及有关部门分管"
     "负责同志担任。"),
    ("tasks142 shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt:11", "聯席會議辦公室設在區民政局,"
     "辦公室主任由區民政局局長兼任,副主任由區民政局分管局長兼任。"),
    ("tasks99 guangdong-yunfu-binzang-lianxi-huiyi-zhidu-chengyuan-fenguan-fuze-tongzhi-persons.txt:12",
     "(二)联席会议办公室设在市民政局,办公室主任由市民政局分管负责同志兼任。"),
])
def test_a_seat_alone_is_no_task(where, sentence):
    roles, style = sentence_roles(sentence)
    assert style is None and roles.lead == [] and roles.cooperate == []


def test_seated_offices_on_their_pages():
    """fresh14's town plan (line 1): the office leads its duty; tasks142's 高陵 notice (line 11): the seat is no task, the
    office's duties are its own task, beside the joint meeting's membership led by 區民政局."""
    town = dev_set_tasks("fresh14", "town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site.txt", names=True)
    assert (1, ["办公室"], []) in town
    gaoling = dev_set_tasks("tasks142", "shaanxi-xian-gaoling-shehui-jiuzhu-lianxi-huiyi-27-bumen-qiantou-traditional.txt",
                            names=True)
    assert any(line == 11 and lead == ["聯席會議辦公室"] for line, lead, _ in gaoling)
    assert not any("區民政局" in lead and not coop for line, lead, coop in gaoling if line == 11)
