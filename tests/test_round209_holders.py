"""round209's enterprise misses (issue #16; the four records stop 37 added to development gold and the extractor missed), each
rule with the real line it was written from and plain negatives: a counted group whose designation no reader holds (a park's
list) is passed over, not the end of the verb's groups (enterprise_sentences._groups_after, _OTHER_GROUP); the ways a group
passed, joined by 、 and closed by 等方式, are a step before its list (_PASSED_CLAUSE); a 老字号 workshop trades under its
workshop's name (醋坊, 酒坊: enterprise_classes.ENTERPRISE_ENDS); a mine printed with its company may run to 64 characters
(enterprise_classes._COMPANY_MINE, enterprises._NAME_ITEM)."""

from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.extract.enterprise_classes import is_enterprise
from kg.extract.enterprise_sentences import listed_holders
from kg.parse import parse_issue

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _holders(folder: str, file: str) -> dict[str, set[str]]:
    found = {}
    for e in extract_all([parse_issue(DATA / folder / "texts" / file)])["enterprises"]:
        found.setdefault(e["name"], set()).update(k["class"] for k in e["classifications"])
    return found


# (paragraph, the holders with their level, in order)
LISTED_ROWS = [
    # fresh10 shandong-2025-lvse-zhizao-danwei-news.txt:8: three counted groups of one 确定, the parks' between the firms'
    ("经单位申报、社会公示等程序,确定济南百斯杰生物工程有限公司等211家企业为省绿色工厂、济南刁镇化工产业园等34个园区为省绿色工业"
     "园区、积成电子股份有限公司等42家企业为省绿色供应链管理企业。",
     [("济南百斯杰生物工程有限公司", "省级"), ("积成电子股份有限公司", "省级")]),
    # (the two firms' groups alone, as before)
    ("确定济南百斯杰生物工程有限公司等211家企业为省绿色工厂、积成电子股份有限公司等42家企业为省绿色供应链管理企业。",
     [("济南百斯杰生物工程有限公司", "省级"), ("积成电子股份有限公司", "省级")]),
    # fresh8 jilin_changchun-2023-zhuanjingtexin-rending-converter.txt:1 (normalised): the ways the group passed before 认定为
    ("经过专家评审、集体讨论、对外公示等严格程序,,吉林省燚盟科技股份有限公司等408户企业通过新认定、复核等方式,,认定为2023年长春市"
     "市级“专精特新”中小企业,,现予公布",
     [("吉林省燚盟科技股份有限公司", "市级")]),
    # (one way, as before)
    ("吉林省燚盟科技股份有限公司等408户企业通过复核,认定为2023年长春市市级“专精特新”中小企业", [("吉林省燚盟科技股份有限公司", "市级")]),
    # negatives: a group that failed the ways names nothing held; a park's group alone holds nothing an enterprise holds
    ("济南刁镇化工产业园等34个园区为省绿色工业园区。", []),
]


@pytest.mark.parametrize("paragraph,want", LISTED_ROWS, ids=[r[0][:14] for r in LISTED_ROWS])
def test_listed_rows(paragraph, want):
    assert [(n, lvl) for n, lvl, _ in listed_holders(paragraph)] == want


# (name, is an enterprise)
NAME_ROWS = [
    # fresh17 shanxi_jinzhong-2025-jinzhong-laozihao-news-converter.txt:3: a 老字号 workshop among fifteen companies
    ("山西祁县元盛德手工老醋坊", True),
    ("杏花村明清酒坊", True),
    # fresh13 yunnan-2021-shengji-lvse-kuangshan-minglu-news-converter.txt:14 (normalised, its converter residue kept): 49 characters
    ("普洱昆钢嘉华水泥建材有限公司镇沅县者东镇学堂村镇沅县日处理4000吨干法水泥生产线灰?guī)r矿", True),
    ("云南能源投资股份有限公司普洱市磨黑盐矿", True),
    # entrep31 shanghai-laozihao-2pi-nirending-minglu-pipe-table.txt:15: a restaurant printed 酒楼 under its company
    ("上海豫园旅游商城(集团)股份有限公司绿波廊酒楼", True),
    # entrep25 fujian-laozihao-1pi-gongshi-forum-table.txt:1 (ent39): 老字号 shops named 老铺 / 乐器行 / 精品行
    ("福州鼓楼区同利肉燕老铺", True),
    ("福州台江老天华乐器行", True),
    ("福州青芝田(正记)寿山石雕精品行", True),
    # negatives: a kind of workshop, no name; a long name that is no company's mine; a place's mine with no company
    ("食品加工小作坊", False),
    ("黑作坊", False),
    ("本市将对辖区内全部食品生产加工小作坊开展专项整治行动并建立台账实行动态管理确保全部纳入监管范围有限公司", False),
    ("新疆博乐市阿克塔什北3号(水泥用)石灰岩矿", False),
    # a place's mine with no company, its ore's use printed bare or its town named (fresh13 yunnan-2021-…:13, fresh30
    # jiangsu-2022-dierpi-shengji-lvse-kuangshan-gonggao.txt:33): no market entity, by those sets' convention
    ("景谷县高桥水泥用石灰?guī)r矿", False),
    ("赣榆区柘汪镇魏斗沟片麻岩矿", False),
    # (a company's mine so printed stays, as do a coal mine's registered name and a trade name's mine)
    ("龙陵海螺水泥有限责任公司龙陵县镇安镇白石头坡水泥用石灰?guī)r矿", True),
    ("大同市南郊区口泉乡杏儿沟煤矿", True),
    ("本溪市明山区馨利石灰石矿", True),
]


@pytest.mark.parametrize("name,want", NAME_ROWS, ids=[r[0][:12] for r in NAME_ROWS])
def test_name_rows(name, want):
    assert is_enterprise(name) is want


def test_the_four_records_stop_37_added_are_read():
    got = _holders("other_districts_fresh10", "shandong-2025-lvse-zhizao-danwei-news.txt")
    assert got.get("积成电子股份有限公司") == {"省级"}
    got = _holders("other_districts_fresh8", "jilin_changchun-2023-zhuanjingtexin-rending-converter.txt")
    assert got.get("吉林省燚盟科技股份有限公司") == {"市级"}
    got = _holders("other_districts_fresh17", "shanxi_jinzhong-2025-jinzhong-laozihao-news-converter.txt")
    assert got.get("山西祁县元盛德手工老醋坊") == {"市级"} and len(got) == 15
    got = _holders("other_districts_fresh13", "yunnan-2021-shengji-lvse-kuangshan-minglu-news-converter.txt")
    assert any(n.startswith("普洱昆钢嘉华水泥建材有限公司") and c == {"省级"} for n, c in got.items())


# A private ranking's tier (kg/extract/ranking_tiers.py): the tier as printed is the class, on a page that names the report
HURUN = "quanguo-hurun-qianli-dujiaoshou-tamen-fenbieshi-short-names.txt"
REPORT_LINE = ("扬子晚报讯(记者 李冲)“中国潜力独角兽企业总数上升至79家。”9月4日,胡润研究院发布《2019二季度胡润中国潜力独角兽》,"
               "报告称,今年二季度新发现13家潜力独角兽企业,它们分别是:e换电、岸迈生物、呆萝卜、叮咚买菜、鼎航医药、黑芝麻智能、诺辉健康、"
               "石头科技、树根互联、斯维登、微脉、学霸君和运去哪。")


def test_every_tier_layout_reads_its_own_line():
    from kg.extract.ranking_tiers import TIER_LAYOUTS, tier_holders
    for name, _, line in TIER_LAYOUTS:
        assert len(tier_holders(line, ["2019二季度胡润中国潜力独角兽"])) == 13, name


def test_a_reports_tier_holders_and_their_bounds():
    from kg.extract.ranking_tiers import reports, tier_holders
    titles = reports([REPORT_LINE])
    assert titles == ["2019二季度胡润中国潜力独角兽"]
    got = tier_holders(REPORT_LINE, titles)
    assert [n for n, *_ in got][:3] == ["e换电", "岸迈生物", "呆萝卜"] and len(got) == 13
    assert {(t, r) for _, t, r in got} == {("潜力独角兽", "2019二季度胡润中国潜力独角兽")}
    # negatives: no report published by a research body; a tier its report does not name; fewer names than counted;
    # the three named again by their sector (no tier before the count)
    assert tier_holders(REPORT_LINE, []) == []
    assert tier_holders(REPORT_LINE.replace("13家潜力独角兽", "13家瞪羚"), titles) == []
    assert tier_holders(REPORT_LINE.replace("13家", "14家"), titles) == []
    assert tier_holders("新发现潜力独角兽企业中,来自医疗健康行业的最多,有3家,它们是岸迈生物、鼎航医药和诺辉健康。", titles) == []
    assert reports(["工信部发布《2023年度专精特新中小企业名单》"]) == []


def test_the_report_pages_thirteen_tier_holders():
    got = _holders("other_districts_entrep66", HURUN)
    assert len(got) == 13 and set().union(*got.values()) == {"潜力独角兽"}
