"""round39f64: fresh64's never-seen misses (issue #16; fresh64 opened to development), each rule with the real lines it was
written from and plain negatives:

- a place's 一方面将 … 另一方面: the first of a pair of sides it will act on stands between the place and its 将 (duty_subjects._STILL;
  rule 2, one task for the pair);
- X会同Y、Z审查论证后: the review the bodies make together begins the duty after the partners (duty_led._DUTY_START; rule 1, 我厅
  filed under the signing 厅 by decision C);
- X以…原则,与Y共同推进…: joint work after a clause of the subject's own way of working, no lead (joint_groups._JOINT_MARK; fresh31's
  A与B rule), a partner firm's kind printed before its name no part of it (joint_groups.without_firm_kind);
- 由当地农牧民施工队负责: teams named only by the people they are made of are a class (units._GENERIC);
- a plan's cover whose year-month lost its 月 ("2021年9") still dates the organ over it (issuers.cover_organ);
- a one-line work report: its title glued to its delivery line (fallback_header._GLUED_REPORT) and the delivery date
  (printed_dates._GLUED_DELIVERY).
"""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.joint_groups import without_firm_kind
from kg.extract.units import is_generic
from kg.model import Line
from kg.parse.fallback_header import _GLUED_REPORT
from kg.parse.issuers import cover_organ
from kg.parse.printed_dates import _delivery_date

JILIN = "jilin_sheng-2022-wen-jingji-zengzhang-dahui-gongye-huisheng-inpai.txt"
GONGXINTING = "jilin_sheng-gongxinting-2015-yingji-chanye-shifan-jidi-shenbao-tongzhi.txt"
RIKAZE = "xizang_rikaze-shi-linyeju-2021-zhishu-zaolin-tuijin-tyjgjz.txt"

# (sentence, lead, cooperate); None: no named body takes a role
ROWS = [
    # fresh64's 吉林 稳经济增长大会 item, line 2, and its s2twp copy
    ("为此,吉林省一方面将推动一汽集团稳定生产,加强一汽在吉林五大主机厂及502户一级供应商监测调度,另一方面动态监测14户百亿级企业"
     "生产经营、市场销售情况", ["吉林省"], []),
    ("為此,吉林省一方面將推動一汽集團穩定生產,加強一汽在吉林五大主機廠及502戶一級供應商監測調度", ["吉林省"], []),
    # fresh64's 吉林 工信厅 notice, line 4, and its s2twp copy: the first-person 厅 as printed (filed under the signer downstream)
    ("我厅会同省发展改革委、科技厅审查论证后,联合向国家工业和信息化部、发展改革委和科技部报送材料。",
     ["我厅"], ["省发展改革委", "科技厅"]),
    ("我廳會同省發展改革委、科技廳審查論證後,聯合向國家工業和信息化部、發展改革委和科技部報送材料。",
     ["我厅"], ["省发展改革委", "科技厅"]),
    # fresh64's 日喀则 林草局 page, line 11 (traditional as printed): no lead, the bureau and the company cooperate
    ("為了有效落實自治區人民政府的指示要求,更好、更快推進造林項目,日喀則市林業和草原局以“政府搭平臺、企業出資金、行業出技術”原則,"
     "與市屬國營企業珠峰生態園林綠化有限責任公司共同推進植樹造林工作,確保項目的進度和質量。",
     [], ["日喀则市林业和草原局", "珠峰生态园林绿化有限责任公司"]),
    # negatives: the second side alone, a pair with no subject, the review with no body before 会同, a class or persons as
    # partners of 共同推进, teams named by their members (line 13), villagers
    ("另一方面也能提高企业的服务质量", None, None),
    ("为此,一方面将推动一汽集团稳定生产,另一方面动态监测14户百亿级企业", None, None),
    ("审查论证后,联合向国家工业和信息化部报送材料。", None, None),
    ("日喀则市林业和草原局以“政府搭平台”原则,与各乡镇共同推进植树造林工作", None, None),
    ("张三以“政府搭平台”原则,与李四共同推进植树造林工作", None, None),
    ("按照自治區相關要求,投資400萬元以下的項目由當地農牧民施工隊負責實施,投資400-1000萬元項目法人由各縣人民政府承接", None, None),
    ("由当地村民负责实施", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round39f64_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_teams_are_a_class():
    for name in ("农牧民施工队", "当地农牧民施工队", "村民施工队", "群众队伍"):
        assert is_generic(name), name
    for name in ("县林业局施工队", "派出所", "珠峰生态园林绿化有限责任公司"):
        assert not is_generic(name), name


FIRMS = [
    ("市属国营企业珠峰生态园林绿化有限责任公司", "珠峰生态园林绿化有限责任公司"),
    ("国有企业某某建设集团", "某某建设集团"),
    # negatives: a firm whose name opens with 企业 words of its own, a body, a kind word alone
    ("珠峰生态园林绿化有限责任公司", "珠峰生态园林绿化有限责任公司"),
    ("县住建局", "县住建局"),
    ("国营企业公司", "国营企业公司"),
]


@pytest.mark.parametrize("name,want", FIRMS)
def test_without_firm_kind(name, want):
    assert without_firm_kind(name) == want


def test_the_files_read_their_tasks():
    got = {line: (lead, coop) for line, lead, coop in dev_set_tasks("fresh64", JILIN, names=True)}
    assert got.get(2) == (["吉林省"], [])
    got = {line: (lead, coop) for line, lead, coop in dev_set_tasks("fresh64", GONGXINTING, names=True)}
    assert got.get(4) == (["我厅"], ["省发展改革委", "科技厅"])
    got = {line: (lead, coop) for line, lead, coop in dev_set_tasks("fresh64", RIKAZE, names=True)}
    assert got.get(11) == ([], ["日喀則市林業和草原局", "珠峰生態園林綠化有限責任公司"])
    assert got.get(13, ([], [])) == ([], [])  # (the teams a class: no named body)


def _lines(texts):
    return [Line(no=i + 1, raw=t, text=t) for i, t in enumerate(texts)]


# (a cover's lines, the organ read); fresh64 hainan_wanning-shi-shengtai-huanjingju-2021-shisiwu-shengtai-huanjing-baohu-guihua.txt:1-19
COVERS = [
    (["万宁市“十四五”生态环境保护规划", "", "", "万宁市生态环境局", "", "2021年9", "", "2018年4月,中共中央国务院发布…。"],
     "万宁市生态环境局"),
    (["万宁市“十四五”生态环境保护规划", "万宁市生态环境局", "2021年9月", "正文。"], "万宁市生态环境局"),
    # negatives: a year and a count no month (13), no organ over the cut date
    (["万宁市“十四五”生态环境保护规划", "万宁市生态环境局", "2021年13", "正文。"], None),
    (["万宁市“十四五”生态环境保护规划", "生态环境保护", "2021年9", "正文。"], None),
]


@pytest.mark.parametrize("texts,want", COVERS)
def test_cover_with_cut_month(texts, want):
    lines = _lines(texts)
    assert cover_organ(lines, 0, len(lines) - 1) == want


# fresh64 xinjiang_shufu-xian-2024-zhengfu-gongzuo-baogao-quyushuju.txt:1 (compact), and negatives
SHUFU = ("2024年疏附县政府工作报告2023年1月5日在疏附县第十七届人民代表大会第三次会议上疏附县人民政府县长阿卜拉江·萨迪克各位代表:"
         "现在,我代表疏附县第十七届人民政府向大会作工作报告,请各位人大代表审议。")
REPORTS = [
    (SHUFU, "2024年疏附县政府工作报告", "2023-01-05"),
    ("2024年疏附县政府工作报告——2023年1月5日在疏附县第十七届人民代表大会第三次会议上各位代表:现在,…。",
     "2024年疏附县政府工作报告", "2023-01-05"),
    # negatives: a sentence citing the report and a date, a report heading with no delivery line after it
    ("县政府工作报告指出,2023年1月5日在县人民代表大会第三次会议上提出的目标。", None, None),
    ("2024年疏附县政府工作报告现在,我代表县人民政府向大会作工作报告。", None, None),
]


@pytest.mark.parametrize("line,title,date", REPORTS, ids=[r[0][:14] for r in REPORTS])
def test_one_line_report(line, title, date):
    m = _GLUED_REPORT.match(line)
    assert (m["title"] if m else None) == title
    assert _delivery_date(_lines([line]), 0, 0)[0] == date
