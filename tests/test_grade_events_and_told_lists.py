"""Letter grades told as events (kg/extract/grade_events.py) and lists told by their members (kg/extract/told_lists.py),
each row a real line (benchmarks/data/other_districts_fresh54/texts, file and line cited, traditional lines as the
normaliser reads them) or a constructed negative (issue #16, fresh54's misses)."""

import re
from pathlib import Path

import pytest

from kg.extract.grade_events import GRADE_EVENTS, grade_events
from kg.extract.told_lists import TOLD_LISTS, told_list_holders
from kg.parse import parse_issue

TEXTS54 = Path(__file__).resolve().parent.parent / "benchmarks/data/other_districts_fresh54/texts"

_TANGSHAN = "hebei_tangshan-gangtie-hangye-huanbao-jixiao-chuang-a-dashiji-trad.txt"

# (sentence, [(firm, grade)])
GRADED = [
    # (_TANGSHAN line 5) firms taking their place among the graded; the summing-up clause after 至此 names them again short
    ("唐山市大气污染防治工作领导小组办公室印发《唐山市重污染天气重点行业绩效分级结果(2020)》通知,其中,首钢股份公司迁安钢铁公司、"
     "首钢京唐钢铁联合有限责任公司、唐山正丰钢铁有限公司、唐山市玉田金州实业有限公司位列A级企业,至此,首钢京唐、正丰钢铁、玉田金州三家企业"
     "创A成功。",
     [("首钢股份公司迁安钢铁公司", "A"), ("首钢京唐钢铁联合有限责任公司", "A"), ("唐山正丰钢铁有限公司", "A"),
      ("唐山市玉田金州实业有限公司", "A")]),
    # (_TANGSHAN line 7) one firm by its short name becoming one
    ("德龙钢铁成为河北第一家民营长流程钢铁A级企业。", [("德龙钢铁", "A")]),
    # (_TANGSHAN line 9) a grade reached, short names as printed
    ("唐山市生态环境局发布,关于调整部分企业绩效级别的通知,纵横、津西、河钢乐亭创A成功。",
     [("纵横", "A"), ("津西", "A"), ("河钢乐亭", "A")]),
    # (_TANGSHAN line 11) adjusted by the notice whose title names the firm in full: the registered name
    ("唐山市生态环境局发布关于调整唐山港陆钢铁有限公司绩效等级的通知,明确调整港陆钢铁绩效等级为A级。",
     [("唐山港陆钢铁有限公司", "A")]),
    # (_TANGSHAN line 15) adjusted from B- to A (A held), the guide's category before the second firm no part of it; the
    # summing-up clause (这标志著, 著 as printed) names no new firm
    ("河北省生态环境保护委员会办公室下发了《关于加强企业环保绩效管理的通知》,通知明确了长流程钢铁,敬业集团有限公司环保绩效等级由B-调整为A级,"
     "短流程钢铁石家庄钢铁有限责任公司特殊钢分公司绩效等级调整为A级,这标志著敬业集团、石钢特钢成功创A。",
     [("敬业集团有限公司", "A"), ("石家庄钢铁有限责任公司特殊钢分公司", "A")]),
    # (_TANGSHAN line 3) a 公示's firm called the first to reach A (创A企业) tells no event of these shapes
    ("唐山市《重污染天气长流程联合钢铁行业应急减排绩效分级结果》公示,首钢股份公司迁安钢铁公司成钢铁行业全国首家创A企业。", []),
    # (constructed guards) a pledge, a place, a grade stated with no adjustment
    ("某某钢铁有限公司力争成为A级企业。", []),
    ("河北省成为全国首个拥有A级企业的省份。", []),
    ("某某钢铁有限公司绩效等级为A级。", []),
]


@pytest.mark.parametrize("sentence,want", GRADED)
def test_grade_events(sentence, want):
    assert [(n, g) for n, g, _ in grade_events(sentence)] == want


def test_every_grade_event_reads_its_example():
    for event in GRADE_EVENTS:
        assert grade_events(event.example), event.name


TOLD = [
    # (liaoning_sheng-zhuanjing-texin-zhongxiao-qiye-mingdan-dalian-qizhidao.txt line 2, the first three and the last)
    ("辽宁省专精特新中小企业名单中有富乐马鸿凯(大连)医药有限公司、大连升泰生物科技有限公司、大连海鑫化工有限公司、"
     "大连龙想催化化学股份有限公司等企业。",
     [("富乐马鸿凯(大连)医药有限公司", "省级"), ("大连升泰生物科技有限公司", "省级"), ("大连海鑫化工有限公司", "省级"),
      ("大连龙想催化化学股份有限公司", "省级")]),
    # (the same page, line 1) the question names none
    ("辽宁省专精特新中小企业名单中有哪些公司", []),
    # (tianjin_shipin-jituan-2025-nongye-chanyehua-zhongdian-longtou-qiye-xinzeng.txt line 1) short names, as many as the
    # count, at the level printed; the group monitored with no level printed is none
    ("2025年,天津食品集团农业产业化重点龙头企业培育工作取得新成效,新增海河乳品、利达粮油、和田津垦、广源公司4家国家级重点龙头企业,"
     "新增天食望月、供应链公司2家市级重点龙头企业,嘉立荷牧业公司等10家企业顺利通过年度监测。",
     [("海河乳品", "国家级"), ("利达粮油", "国家级"), ("和田津垦", "国家级"), ("广源公司", "国家级"), ("天食望月", "市级"),
      ("供应链公司", "市级")]),
    # (constructed guards) a count the items do not match, a place among the items, no level printed
    ("新增海河乳品、利达粮油3家国家级重点龙头企业", []),
    ("新增天津市、供应链公司2家市级重点龙头企业", []),
    ("新增海河乳品、利达粮油2家重点龙头企业", []),
]


@pytest.mark.parametrize("sentence,want", TOLD)
def test_told_list_holders(sentence, want):
    assert [(n, k) for n, k, _ in told_list_holders(sentence)] == want


def test_every_told_list_reads_its_example():
    for shape in TOLD_LISTS:
        assert told_list_holders(shape.example), shape.name


def test_a_firms_claim_to_be_the_first_of_its_kind_names_no_rating():
    """"德龙钢铁成为河北第一家民营长流程钢铁A级企业" (fresh54's 唐山 大事记, line 7): the words before A级 claim a first place,
    no rating's name (once the rating "河北第一家民营长流程钢铁"); a rating's own name still reads."""
    from kg.extract.enterprise_classes import rating_named

    assert rating_named("德龙钢铁成为河北第一家民营长流程钢铁A级企业。") is None
    assert rating_named("首钢股份公司迁安钢铁公司成钢铁行业全国首家A级企业") is None
    assert rating_named("获广州市劳动关系和谐“AAA”级企业称号") == "劳动关系和谐"
    assert rating_named("2023年度省级劳动保障守法诚信A级企业") == "劳动保障守法诚信"


def test_a_chronicles_month_line_is_no_title():
    """A chronicle's month alone on its line over that month's events ("2020年11月" ⏎ "德龍鋼鐵成為…A級企業", fresh54's 唐山
    大事记, line 6) is a date, never the page's title."""
    from kg.parse.page_titles import _title_like

    assert not _title_like("2020年11月") and not _title_like("2019年10月份")
    assert _title_like("2020年11月全市重点工作推进情况")
    doc = parse_issue(TEXTS54 / "hebei_tangshan-gangtie-hangye-huanbao-jixiao-chuang-a-dashiji-trad.txt").documents[0]
    assert not re.fullmatch(r"\d{4}年\d{1,2}月", doc.title or "")
