"""Validity: the clause matchers on real lines, every printed validity period of the sample corpus read by
hand, one document walked through its timeline, the CLI at a date, and documents from other districts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.extract.amendments import sentence_amendments
from kg.extract.validity import add_period, clause_sentences, listed_fields, sentence_clauses
from kg.validity import STATE_LABELS, is_in_force, parse_as_of, state_at, status_at

TODAY = "2026-11-28"  # the date the expected states below were read for
OTHER = Path(__file__).parent / "data" / "validity"


def _by_line(facts) -> dict:
    """{(file prefix, line): validity clause record} of the document's own clauses."""
    return {(v["source"]["file"][:3], v["source"]["line_start"]): v for v in facts["validity"]
            if v["kind"] in ("clause", "extension")}


# ---- the matchers, on the real lines they were written for ---------------------------------------
# (file, line, expected fields or None). None: the line names a 有效期 or a date that is not the
# document's own validity, and must not be taken.
CORPUS_LINES = [
    # 有效期至 a date, start stated
    ("001", 1336, {"effective_from": "2017-11-01", "valid_until": "2019-09-30"}),   # 本实施办法自 2017 年 11 月 1 日起施行，有效期至 2019 年 9 月 30 日。
    ("001", 2179, {"effective_from": "2018-01-01", "valid_until": "2022-12-31"}),   # 本通知自2018年1月1日起施行，有效期至2022年12月31日。
    ("003", 168, {"effective_from": "2022-01-29", "valid_until": "2027-01-28"}),    # …本政策自2022年1月29日起施行，有效期至2027年1月28日。 (after another sentence)
    ("004", 124, {"effective_from": "2021-06-17", "valid_until": "2023-12-24"}),    # (七)本政策自2021年6月17日起施行,有效期至2023年12月24日。
    ("004", 464, {"effective_from": "2021-06-17", "valid_until": "2025-12-24"}),    # 本意见自 2021 年 6 月 17 日起施行,有效期至 2025 年 12 月 24 日。
    # 试行: 自…起试行，有效期至…
    ("003", 462, {"effective_from": "2022-02-01", "valid_until": "2023-02-01", "trial": True}),
    ("003", 828, {"effective_from": "2022-02-01", "valid_until": "2024-02-01", "trial": True}),   # 第三十四条  本办法自…起试行
    ("003", 1536, {"effective_from": "2022-02-01", "valid_until": "2024-02-01", "trial": True}),
    ("003", 2491, {"effective_from": "2022-02-01", "valid_until": "2024-02-01", "trial": True}),
    ("003", 3342, {"effective_from": "2022-02-01", "valid_until": "2023-02-01", "trial": True}),
    # 有效期N年 counted from the signing date: 自印发之日起
    ("004", 710, {"effective_from_rule": "signing", "period": {"years": 3}}),       # (三)本通告自印发之日起执行,有效期3年。
    # 自印发/发布/公布之日起施行, no end
    ("000", 1094, {"effective_from_rule": "signing"}),                              # 本规定自印发之日起施行。
    ("001", 2254, {"effective_from_rule": "signing"}),                              # 本办法由区水务局负责解释，自公布之日起施行。
    ("002", 2499, {"effective_from_rule": "signing"}),                              # 本预案自发布之日起施行，《…》同时废止。
    ("003", 3653, {"effective_from_rule": "signing"}),                              # （3）本预案自发布之日起实施。 (under 8 附则)
    ("004", 654, {"effective_from": "2021-06-01"}),                                 # 第十六条 本规定自 2021 年 6 月 1 日起实行。
    # false friends: what the document regulates, conditions, periods of a measure
    ("002", 318, None),    # 对安全生产许可证有效期满未办理延期手续…的处罚 (a table cell)
    ("002", 750, None),    # 危险化学品登记证有效期满后…
    ("003", 1495, None),   # （五）信用评价时效。信用评价有效期一般为1年…
    ("003", 1511, None),   # …在信息评价有效期内又重复发生同一类失信信息的…
    ("003", 2467, None),   # 1. 失信信息评价有效期：…有效期为1年；…
    ("003", 2469, None),   # 诚信守信信息和失信信息评价有效期均自信息形成之日起计算
    ("004", 88, None),     # 本政策所称企业上市挂牌是指本政策有效期内注册地在我区的企业…
    ("000", 942, None),    # (四) 保障期：2023年11月25日0时至2024年11月24日24时止。
    ("000", 960, None),    # 凡废止或宣布失效的行政规范性文件，自本决定发布之日起一律停止执行
    ("001", 288, None),    # 自本方案印发之日起至2017年12月31日为改革过渡期
    ("001", 2053, None),   # 自 2018 年 4 月 1 日起，对限期内仍未整改到位…的失信主体
    ("003", 4754, None),   # 其标准地名自发文之日起使用
    ("004", 706, None),    # (一)自本通告执行之日起,在…区域内,全面禁止使用高排放非道路移动机械。
]


@pytest.mark.parametrize("prefix,line,expected", CORPUS_LINES, ids=[f"{p}:{n}" for p, n, _ in CORPUS_LINES])
def test_clause_lines_of_the_sample_corpus(facts, prefix, line, expected):
    rec = _by_line(facts).get((prefix, line))
    if expected is None:
        assert rec is None, rec
        return
    assert rec is not None, f"{prefix}:{line} not taken"
    for k, v in expected.items():
        assert rec.get(k) == v, (k, rec)


# Lines from other districts' pages and constructed phrasings (marked) run through the pure functions.
SENTENCE_TABLE = [
    # (line, closing position, expected fields or None)
    ("本通告自2021年2月1日起施行。", True, {"effective_from": "2021-02-01"}),             # ruian_2020_nonroad.txt:7
    ("2023年2月6日起至2023年4月30日止。", True, None),                                    # wuhua_2022_fireworks.txt:7 (a period of the ban)
    ("本办法自印发之日起施行，有效期五年。", False, {"effective_from_rule": "signing", "period": {"years": 5}}),  # constructed
    ("本办法试行两年。", False, {"period": {"years": 2}, "trial": True}),                 # constructed: 试行N年
    ("有效期至2025年12月31日。", True, {"valid_until": "2025-12-31"}),                    # constructed: no subject, closing
    ("有效期至2025年12月31日。", False, None),                                            # the same, mid-text: not taken
    ("本通知有效期延长至2025年12月31日。", False, {"extended_until": "2025-12-31"}),       # constructed: 延长有效期至
    ("本方案自二〇二二年二月一日起施行，有效期至二〇二四年一月三十一日。", False,
     {"effective_from": "2022-02-01", "valid_until": "2024-01-31"}),                     # constructed: Chinese numerals
]


@pytest.mark.parametrize("line,closing,expected", SENTENCE_TABLE)
def test_sentence_matchers(line, closing, expected):
    found = [f for s in clause_sentences(line) if (f := sentence_clauses(s, closing))]
    if expected is None:
        assert found == []
        return
    assert len(found) == 1
    for k, v in expected.items():
        assert found[0].get(k) == v, (k, found[0])


LISTED_TABLE = [
    # web-page metadata lines as printed (the any-district readers keep them inside the document)
    ("废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",       # taihu_2019_rules.txt:6
     {"ended_on": "2020-01-23", "ended_field": "废止时间"}),
    ("发文日期: 2019-01-23 生效时间: 2019-01-23", {"effective_from": "2019-01-23"}),            # taihu_2019_rules.txt:5
    ("            时 效 有效 文件下载 连政发〔2019〕91号.pdf", {"value": "有效"}),                 # 连云港 page (lyg.gov.cn mirror)
    ("时效性现行有效", {"value": "现行有效"}),                                                  # m.yestaryl.com/law/1/26804.html
    ("  • 有效性:", {}),                                                                        # zb.gov.cn: the field left empty
    ("切实提高监管的时效性和有效性。", {}),                                                     # prose, no field
    # a law database's bracket fields glued into one line (m.qbzhguj.cn/showinfo-4-382-0.html, a converter copy folded;
    # other_districts_repeal62 …1988-tielu-weiwai…-converter.txt:1), and the same line with its 失效时间 left empty
    ("【颁布时间】1988-1-6【标题】铁路委外装卸管理办法(试行)【发文号】【失效时间】1998-5-1【颁布单位】铁道部【法规来源】",
     {"ended_on": "1998-05-01", "ended_field": "失效时间"}),
    ("【颁布时间】1988-1-6【标题】铁路委外装卸管理办法(试行)【发文号】【失效时间】【颁布单位】铁道部【法规来源】", {}),
    ("∙【时效性】现行有效", {"value": "现行有效"}),  # 武汉 law library bullets (tests/test_headers.py, fresh hubei_wuhan)
]


@pytest.mark.parametrize("line,expected", LISTED_TABLE)
def test_listed_fields(line, expected):
    assert listed_fields(line) == expected


def test_period_convention():
    # 有效期N年 ends the day before the same calendar day N years on (有效期3年 from 2021-06-17: 至2024-06-16).
    assert add_period("2021-06-17", years=3) == "2024-06-16"
    assert add_period("2021-05-27", years=3) == "2024-05-26"       # 004:710, signed 2021-05-27
    assert add_period("2020-02-29", years=1) == "2021-02-28"
    assert add_period("2021-12-31", months=2) == "2022-02-28"


# ---- every printed validity period of the sample corpus, as of TODAY -----------------------------
# (document: file:line of its first line, 文号; clause file:line) → state, effective_from, valid_until, since.
# Read by hand from the clause lines above; 86号 and 90号 expired, then were declared invalid (000:982-983).
EXPECTED = [
    ("001:1275", "周政办字〔2017〕131号", "expired", "2017-11-01", "2019-09-30", "2019-10-01"),        # 001:1336
    ("001:2089", "周政办字〔2017〕152号", "expired", "2018-01-01", "2022-12-31", "2023-01-01"),        # 001:2179
    ("003:125", "张政发〔2021〕18号", "in_force", "2022-01-29", "2027-01-28", "2022-01-29"),           # 003:168, ends ahead
    ("003:361", "张政字〔2021〕86号", "invalidated", "2022-02-01", "2023-02-01", "2023-08-31"),        # 003:462 + 000:982
    ("003:731", "张政字〔2021〕87号", "expired", "2022-02-01", "2024-02-01", "2024-02-02"),            # 003:828
    ("003:1444", "张政字〔2021〕88号", "expired", "2022-02-01", "2024-02-01", "2024-02-02"),           # 003:1536
    ("003:2414", "张政字〔2021〕89号", "expired", "2022-02-01", "2024-02-01", "2024-02-02"),           # 003:2491
    ("003:3293", "张政字〔2021〕90号", "invalidated", "2022-02-01", "2023-02-01", "2023-08-31"),       # 003:3342 + 000:983
    ("004:24", "张政办字〔2021〕20号", "expired", "2021-06-17", "2023-12-24", "2023-12-25"),           # 004:124
    ("004:382", "张政发〔2021〕4号", "expired", "2021-06-17", "2025-12-24", "2025-12-25"),             # 004:464
    ("004:688", None, "expired", "2021-05-27", "2024-05-26", "2024-05-27"),                          # 004:710, 3 years from signing
]


def _doc(issues, ref: str):
    prefix, line = ref.split(":")
    return next(d for d in issues[prefix].documents if d.line_start == int(line))


@pytest.mark.parametrize("ref,number,state,effective,until,since", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_every_printed_validity_period(facts, issues, ref, number, state, effective, until, since):
    d = _doc(issues, ref)
    assert d.doc_number == number
    st = status_at(facts["status"][d.id], TODAY)
    assert (st["state"], st["effective_from"], st["valid_until"], st["since"]) == (state, effective, until, since)
    assert st["label"] == STATE_LABELS[state] and st["as_of"] == TODAY
    assert st["evidence"] and all(e["source"]["text"] for e in st["evidence"])


def test_no_other_document_has_a_validity_period(facts, issues):
    expected = {_doc(issues, e[0]).id for e in EXPECTED}
    with_period = {i for i, s in facts["status"].items() if s.get("valid_until")}
    assert with_period == expected
    ended = {i for i, s in facts["status"].items() if not is_in_force(status_at(s, TODAY)["state"])}
    assert len(ended & expected) >= 8  # the issue's target: at least eight print a period that has ended
    # 权责清单 (002: 许可证有效期满 …) and the 诚信积分 方案 (003: 评价有效期 …) end only by their own clause
    assert status_at(facts["status"][_doc(issues, "002:280").id], TODAY)["state"] == "in_force"
    assert status_at(facts["status"][_doc(issues, "003:2414").id], TODAY)["valid_until"] == "2024-02-01"


def test_one_document_through_its_timeline(facts, issues):
    """张政字〔2021〕86号: signed 2021-12-31, 试行 from 2022-02-01 to 2023-02-01, declared invalid 2023-08-31."""
    d = _doc(issues, "003:361")
    timeline = facts["status"][d.id]["timeline"]
    walk = [(day, state_at(timeline, day)) for day in
            ("2021-12-30", "2022-01-15", "2022-02-01", "2022-06-01", "2023-02-01", "2023-02-02", "2023-08-30", "2023-08-31", TODAY)]
    assert [(day, s["state"]) for day, s in walk] == [
        ("2021-12-30", "not_yet_effective"), ("2022-01-15", "not_yet_effective"), ("2022-02-01", "in_force"),
        ("2022-06-01", "in_force"), ("2023-02-01", "in_force"), ("2023-02-02", "expired"),
        ("2023-08-30", "expired"), ("2023-08-31", "invalidated"), (TODAY, "invalidated")]
    expired, invalid = walk[5][1], walk[7][1]
    assert expired["since"] == "2023-02-02" and expired["evidence"][0]["source"]["line_start"] == 462
    assert invalid["by_doc_id"] == _doc(issues, "000:950").id and invalid["evidence"][0]["source"]["line_start"] == 982
    events = [(e["date"], e["event"], e["source"]["file"][:3], e["source"]["line_start"]) for e in timeline]
    assert events == [("2021-12-31", "issued", "003", 379), ("2022-02-01", "effective", "003", 462),
                      ("2023-02-02", "expired", "003", 462), ("2023-08-31", "invalidated", "000", 982)]


def test_states_along_the_calendar_never_come_back(facts):
    """For every document, walking day by day: once no longer in force (without an extension), never again;
    every state is a known one with its Chinese label."""
    from datetime import date, timedelta

    days = [(date(2017, 1, 1) + timedelta(days=n)).isoformat() for n in range(0, 3650, 7)]
    for doc_id, status in facts["status"].items():
        ended = False
        for day in days:
            s = state_at(status["timeline"], day)
            assert s["label"] == STATE_LABELS[s["state"]]
            if ended:
                assert not is_in_force(s["state"]), (doc_id, day)
            ended = ended or (s["state"] != "not_yet_effective" and not is_in_force(s["state"]))


def test_extension_later_date_wins_and_keeps_both_lines():
    src = lambda n: {"file": "x.txt", "line_start": n, "line_end": n, "text": f"line {n}"}
    events = [
        {"date": "2021-06-17", "event": "effective", "label": "施行", "source": src(1), "by_doc_id": "a"},
        {"date": "2023-12-25", "event": "expired", "label": "有效期届满", "source": src(2), "by_doc_id": "a",
         "valid_until": "2023-12-24"},
        {"date": "2023-12-01", "event": "extended", "label": "延长有效期", "source": src(9), "by_doc_id": "b",
         "valid_until": "2025-12-31"},
    ]
    assert state_at(events, "2023-11-30")["valid_until"] == "2023-12-24"  # the extension is not yet issued
    s = state_at(events, "2024-06-01")
    assert (s["state"], s["valid_until"]) == ("in_force", "2025-12-31")
    assert [e["source"]["line_start"] for e in s["evidence"]] == [1, 2, 9]
    s = state_at(events, "2026-01-01")
    assert (s["state"], s["since"]) == ("expired", "2026-01-01")
    assert {e["source"]["line_start"] for e in s["evidence"]} == {2, 9}


def test_as_of_is_checked():
    from datetime import date

    assert parse_as_of("2022-06-01") == "2022-06-01" and parse_as_of(date(2022, 6, 1)) == "2022-06-01"
    old = status_at({"state": "invalidated", "label": "已宣布失效", "evidence": []}, "2022-06-01")  # facts of an older build
    assert (old["state"], old["as_of"], old["timeline"], old["valid_until"]) == ("invalidated", "2022-06-01", [], None)
    for bad in ("2022-6-1", "2022-02-30", "yesterday"):
        with pytest.raises(ValueError, match="as-of"):
            parse_as_of(bad)


def test_amendment_matchers():
    # 牟定县 notice (mouding_2017_env_plan.txt:6): the old plan of the same name is replaced by the new one.
    line = "经县人民政府同意，现将《牟定县突发环境事件应急预案（试行）》印发给你们，请认真贯彻执行，原2007年印发的《牟定县突发环境事件应急预案》同时废止。"
    assert [(a["kind"], a["title"]) for a in sentence_amendments(line)] == [("代替", "牟定县突发环境事件应急预案")]
    # constructed phrasings (no such line in the sample corpus)
    assert sentence_amendments("区政府决定对《张店区某某管理办法》作如下修改：")[0]["kind"] == "修改"
    part = sentence_amendments("《张店区某某管理办法》（张政发〔2015〕3号）第五条、第六条同时废止。")[0]
    assert (part["kind"], part["part"], part["doc_number"]) == ("部分废止", "第五条、第六条", "张政发〔2015〕3号")
    assert sentence_amendments("本办法自2020年1月1日起施行，代替《张店区某某管理办法》。")[0]["kind"] == "代替"
    # a law revised by someone else, a citation of an article: not amendments by this document
    assert sentence_amendments("国家对《中华人民共和国安全生产法》进行了修订") == []
    assert sentence_amendments("依据《淄博市某某办法》第十条规定执行") == []



# An amending decision's numbered items (the decision speaking, its subject left out): real lines, and real lines
# that must stay none (a report of someone else's revision, an article citation, a change inside an item).
AMENDING_SENTENCES = [
    # 湖南 令第289号 (other_districts_fresh9 hunan-2018-feizhi-xiugai-guizhang-jueding-ling289.txt:47)
    ("(一)对《湖南省规范性文件管理办法》作出修改。", True, [("修改", "湖南省规范性文件管理办法")]),
    # 甘肃 令第153号 (other_districts_fresh21 gansu-2019-xiugai-…-jueding.txt:30)
    ("一、对《甘肃省城市市容和环境卫生管理办法》作出修改", True, [("修改", "甘肃省城市市容和环境卫生管理办法")]),
    # the same item outside an amending document: no subject, no record
    ("(一)对《湖南省规范性文件管理办法》作出修改。", False, []),
    # 甘肃省人大常委会 修改部分地方性法规的决定 (https://ytlst.com/gansu/6343.html): an addition inside an item is no
    # amendment sentence of its own (the target is named by the item, not by 在《X》…增加)
    ("1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项", True, []),
    ("国家对《中华人民共和国安全生产法》进行了修订", True, []),
]


# Several texts amended in one clause (stop 21, repeal45): a meeting amends a list of named rules, a cleanup names the
# amended ones before their count (passive); real lines, and real lines that must stay none.
LISTED_AMENDMENTS = [
    # 中方县人大常委会 news (https://hnrd.gov.cn/content/2017/06/12/7254398.html)
    ("根据组织法和监督法有关规定,会议对《中方县人民代表大会常务委员会议事规则》、《中方县人民代表大会常务委员主任会议议事规则》、"
     "《中方县人民代表大会常务委员会人事任免办法》进行修改。",
     [("修改", "中方县人民代表大会常务委员会议事规则"), ("修改", "中方县人民代表大会常务委员主任会议议事规则"),
      ("修改", "中方县人民代表大会常务委员会人事任免办法")]),
    # 济南 规章清理 news (https://news.sohu.com/20060305/n242131622.shtml): passive, before the count
    ("《济南市医疗机构使用药品管理办法》(市政府令第60号)、《济南市园林绿化工程施工管理办法》(市政府令第71号)等13件政府规章被修改,"
     "新修订的《济南市暂住人口管理办法》则要求,",
     [("修改", "济南市医疗机构使用药品管理办法"), ("修改", "济南市园林绿化工程施工管理办法")]),
    # the same item: approvals of reports are no amendment
    ("会议一致通过关于批准《2016年全县城乡规划工作情况的报告》的决议(草案)、关于批准《2016年全县环境状况和环境保护目标完成情况"
     "以及2017年环境保护目标计划安排的报告》的决议(草案)。", []),
    # 安徽省人大常委会 解读 (http://www.ahrd.gov.cn/article.jsp?…strId=17472989173432217): a revision explained, no list
    ("《议事规则》制定以来,对提高省人大常委会议事质量和效率,保障省人大常委会依法行使职权发挥了重要作用。对《议事规则》进行修改:"
     "一是贯彻落实中央和省委关于人大工作决策部署的客观要求。", []),
    # a journal article (http://m.jizihe.com/page/2021/0324/7918237.shtml): drafts reviewed, nothing amended
    ("2020年8月8日第十三届全国人大常委会第二十一次会议初次审议了《中华人民共和国全国人民代表大会组织法(修正草案)》"
     "(以下简称《全国人大组织法》)和《中华人民共和国全国人民代表大会议事规则(修正草案)》", []),
    # 财农〔2020〕10号 (wikisource): the old editions revised by the page itself are repealed there (repeals.py), and
    # "对2017年发布的《A》…" names no amendment here
    ("为进一步规范和加强中央财政农业生产发展资金、农业资源及生态保护补助资金、动物防疫等补助经费等三项农业相关转移支付资金管理,"
     "提高资金使用效益,服务乡村振兴战略,我们对2017年发布的《农业生产发展资金管理办法》(财农〔2017〕41号)、《农业资源及生态保护"
     "补助资金管理办法》(财农〔2017〕42号)、《动物防疫等补助经费管理办法》(财农〔2017〕43号)进行了修订。", []),
    # still to be amended (constructed)
    ("会议决定,拟对《某县议事规则》、《某县任免办法》进行修改。", []),
    # 青海政报 (http://soolun.net/periodical/f41dc9e78bfecd12a9249ef0bfe0b97c.html, repeal62): the old edition (原) a notice
    # issues revised (现印发), the drafting department as subject
    ("省财政厅对原《省政府奖励基金管理办法》进行了修改和补充,已经省政府同意,现印发给你们,请认真遵照执行。",
     [("修改", "省政府奖励基金管理办法")]),
    # the same words with nothing issued, and a revision without 原 (constructed): none
    ("省财政厅对原《省政府奖励基金管理办法》进行了修改和补充,请各地参照执行。", []),
    ("省财政厅对《省政府奖励基金管理办法》进行了修改和补充,现印发给你们。", []),
]


@pytest.mark.parametrize("line,expected", LISTED_AMENDMENTS)
def test_listed_amendments(line, expected):
    assert [(a["kind"], a["title"]) for a in sentence_amendments(line)] == expected


@pytest.mark.parametrize("line,amending,expected", AMENDING_SENTENCES)
def test_amending_decision_items(line, amending, expected):
    assert [(a["kind"], a["title"]) for a in sentence_amendments(line, amending)] == expected


# The 修改 section of an amending decision: its heading, then its items (each an amended document); a repeal section,
# a list still to be amended and the numbered changes under an item are none.
SECTIONS = [
    # 天津 令第20号 (other_districts_fresh20 tianjin-2020-xiugai-he-feizhi-bufen-guizhang-jueding-bilingual.txt:16-18)
    (["一、对17部规章的部分条款予以修改", "(一)关于《天津市防止拆船污染环境管理实施办法》",
      "1.将第三条、第五条、第六条中的“环境保护行政主管部门”修改为“生态环境主管部门”。"],
     [("修改", "天津市防止拆船污染环境管理实施办法")]),
    # 江西 令第250号 (other_districts_fresh10 jiangxi-2021-feizhi-xiugai-shengzhengfu-guizhang-jueding.txt:10-17): the
    # 废止 section's items are repeals (kg/extract/repeals.py), the 修改 section's bare titles amendments
    (["一、废止4件省政府规章", "(一)江西省人事争议处理办法(2006年11月16日江西省人民政府令第153号公布)。",
      "二、对16件省政府规章的部分条款予以修改", "(一)江西省行政执法监督实施办法。",
      "1.将第十二条第一款修改为:“各级人民政府和行政执法部门制定的规范性文件应当依法向社会公布。”"],
     [("修改", "江西省行政执法监督实施办法")]),
    # 湖南 令第289号 (…ling289.txt:45-47)
    (["二、对下列省人民政府规章作出修改", "(一)对《湖南省规范性文件管理办法》作出修改。"],
     [("修改", "湖南省规范性文件管理办法")]),
    # 甘肃省人大常委会 (https://ytlst.com/gansu/6343.html): the heading opens the section; its items are numbered
    # changes ("1.在《X》第七条中增加…"), never bracketed titles
    (["一、对下列明显不适应经济社会发展要求和我省实际的法规进行修改",
      "1.在《甘肃省农村能源建设管理条例》第七条中增加一项作为第六项,即:“负责农村节能减排工作;”"], []),
    # 陕西 (other_districts_fresh11 shaanxi-2011-xiugai-bufen-shengzhengfu-guizhang-tongzhi-law.txt:10): to be amended
    (["一、需修改的省政府规章目录", "(一)陕西省某某管理办法"], []),
    # changes under an item, written as bracketed sub-items
    (["一、对《某某条例》作如下修改", "(一)将第三条中的规定", "(二)删去第五条。"], []),
    # 农业部关于修改和废止部分规章、规范性文件的决定 2018 (repeal62): items numbered with digits, each bare title with its
    # history (the order that published it, those that revised it); a forum repost lost the years
    # (http://bbs.iparentsbook.com/showtopic.aspx?page=end&topicid=2815, …forum-years-stripped.txt:9-18) …
    (["一、修改的规章", "8.饲料和饲料添加剂生产许可管理办法(年5月2日农业部令年第3号公布,年12月31日农业部令年第5号、年5月30日"
      "农业部令年第3号修订)", "删去第十七条。", "12.兽药生产质量管理规范(年3月19日农业部令第11号公布)",
      "将第三十三条修改为:“兽药生产企业必须具备与所生产产品相适应的生产和检验设备。”"],
     [("修改", "饲料和饲料添加剂生产许可管理办法"), ("修改", "兽药生产质量管理规范")]),
    # … and a document site flattened the decision onto one line, so an item runs on into its changes
    # (https://www.gongwk.com/doc/350979.jhtml, …docshare-one-line.txt:7)
    (["一、修改的规章", "1.农业基本建设项目管理办法(2004年7月12日农业部令第39号公布)将第十三条第二款修改为:“地方和直属直供垦区承担项目,"
      "由省级农业行政主管部门评估和审批,批复文件抄报农业部备案。"],
     [("修改", "农业基本建设项目管理办法")]),
    # the same decision's list of attachments and its 废止 section are none; a numbered change is none
    (["二、对3部规章和36部规范性文件予以废止。(附件2)", "1.农业部决定修改的规章和规范性文件", "2.农业部决定废止的规章和规范性文件"], []),
    (["一、修改的规章", "1.将第十三条第二款修改为:“地方和直属直供垦区承担项目(2004年修订)”"], []),
    (["一、废止的规章", "1.农业基本建设项目管理办法(2004年7月12日农业部令第39号公布)"], []),
]


@pytest.mark.parametrize("pieces,expected", SECTIONS)
def test_amending_decision_sections(pieces, expected):
    from kg.extract.amendments import section_amendments

    assert [(a["kind"], a["title"]) for a in section_amendments(pieces)] == expected

# A constructed issue (no extension, amendment or partial repeal is printed in the sample corpus): a 办法
# valid to 2023-12-31, extended to 2025-12-31 by a later notice, then amended and partly repealed.
CONSTRUCTED = """张店区人民政府公报

张店区人民政府办公室
关于印发张店区示范管理办法的通知
张政办字〔2020〕1号
各镇人民政府、街道办事处，区政府各部门：
现将《张店区示范管理办法》印发给你们，请认真贯彻执行。

张店区人民政府办公室
2020年12月1日

第一条 为规范示范管理，制定本办法。
第二条 本办法自2021年1月1日起施行，有效期至2023年12月31日。

张店区人民政府办公室
关于延长张店区示范管理办法有效期的通知
张政办字〔2023〕9号
各镇人民政府、街道办事处，区政府各部门：
经区政府同意，决定将《张店区示范管理办法》（张政办字〔2020〕1号）有效期延长至2025年12月31日。

张店区人民政府办公室
2023年12月20日

张店区人民政府
关于修改部分行政规范性文件的决定
张政发〔2024〕2号
各镇人民政府、街道办事处，区政府各部门：
区政府决定对《张店区示范管理办法》作如下修改：将第一条中的“示范管理”修改为“示范创建管理”。
《张店区示范管理办法》（张政办字〔2020〕1号）第二条第二款同时废止。

张店区人民政府
2024年3月1日
"""


def test_extension_amendment_and_partial_repeal_across_documents():
    from kg.extract import extract_all
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    issue = segment_issue(normalize_lines(CONSTRUCTED), "constructed.txt")
    base, ext, dec = issue.documents
    facts = extract_all([issue], as_of=TODAY)
    kinds = sorted((a["kind"], a["target_doc_id"], a["part"]) for a in facts["amendments"])
    assert kinds == [("修改", base.id, None), ("部分废止", base.id, "第二条第二款")]
    tl = facts["status"][base.id]["timeline"]
    s = state_at(tl, "2024-01-15")  # past the printed end, within the extension
    assert (s["state"], s["valid_until"]) == ("in_force", "2025-12-31")
    s = state_at(tl, "2024-06-01")
    assert (s["state"], s["since"], s["by_doc_id"]) == ("partly_repealed", "2024-03-01", dec.id)
    s = state_at(tl, "2026-01-01")
    assert (s["state"], s["since"]) == ("expired", "2026-01-01")
    assert [(e["source"]["line_start"], e["by_doc_id"]) for e in s["evidence"]] == [(13, base.id), (19, ext.id)]


# ---- other districts -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def other():
    from kg.extract import extract_all
    from kg.parse import parse_issue

    issues = [parse_issue(p) for p in sorted(OTHER.glob("*.txt"))]
    facts = extract_all(issues, as_of=TODAY)
    docs = {d.file.split("_")[0]: d for i in issues for d in i.documents}
    return docs, facts


def test_sources_of_other_districts_are_recorded():
    sources = json.loads((OTHER / "sources.json").read_text(encoding="utf-8"))
    for p in OTHER.glob("*.txt"):
        assert sources[p.name]["url"].startswith("http")


def test_other_district_effective_date_after_signing(other):
    docs, facts = other
    tl = facts["status"][docs["ruian"].id]["timeline"]
    assert state_at(tl, "2021-01-15")["state"] == "not_yet_effective"  # signed 2020-12-19
    s = state_at(tl, "2021-02-01")
    assert (s["state"], s["effective_from"], s["valid_until"]) == ("in_force", "2021-02-01", None)


def test_other_district_ban_period_is_not_the_validity(other):
    docs, facts = other
    s = status_at(facts["status"][docs["wuhua"].id], TODAY)
    assert (s["state"], s["valid_until"]) == ("in_force", None)


def test_other_district_metadata_block_is_evidence_kept_apart(other):
    """太湖县: the page's metadata says 生效时间 2019-01-23, 废止时间 2020-01-23; the text is silent on both."""
    docs, facts = other
    tl = facts["status"][docs["taihu"].id]["timeline"]
    s = state_at(tl, "2019-06-01")
    assert (s["state"], s["effective_from"], s["listed"]["value"]) == ("in_force", "2019-01-23", "有效")
    s = state_at(tl, "2020-06-01")
    assert (s["state"], s["since"]) == ("repealed", "2020-01-23")
    assert s["evidence"][0]["source"]["line_start"] == 6 and s["evidence"][0]["kind"] == "网页标注废止时间"
    assert s["listed"] == {**s["listed"], "value": "失效", "agrees_with_text": False}


def test_text_wins_over_a_disagreeing_listing(facts, issues):
    """A listing that says 有效 beside a text whose period has ended: the text decides, the disagreement shows."""
    d = _doc(issues, "004:24")
    tl = facts["status"][d.id]["timeline"] + [
        {"date": None, "event": "listed", "label": "网页标注", "value": "有效", "listed": {"value": "有效"},
         "source": {"file": "page.html", "line_start": 1, "line_end": 1, "text": "有效性：有效"}}]
    s = state_at(tl, TODAY)
    assert s["state"] == "expired" and s["listed"]["agrees_with_text"] is False


def test_other_district_replacement_and_trial(other):
    docs, facts = other
    a = next(a for a in facts["amendments"] if a["by_doc_id"] == docs["mouding"].id)
    assert (a["kind"], a["target_title"], a["target_doc_id"]) == ("代替", "牟定县突发环境事件应急预案", None)
    trial = [v for v in facts["validity"] if v["doc_id"] == docs["mouding"].id and v["kind"] == "provisional"]
    assert trial and trial[0]["provisional"] == "试行"


# ---- the command line at a date --------------------------------------------------------------------

@pytest.fixture(scope="module")
def data(tmp_path_factory, corpus):
    from kg.cli import main

    src = tmp_path_factory.mktemp("corpus")
    for name in ("000_47a7f2ad322c84aa.txt", "003_4e5ccb238a0f172a.txt", "004_02113af7f14ec3cd.txt"):
        shutil.copy(corpus / name, src / name)
    out = tmp_path_factory.mktemp("data") / "d"
    assert main(["build", str(src), "--data", str(out), "--embedder", "none"]) == 0
    return out


def _run(capsys, *args):
    from kg.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_status_as_of(data, capsys):
    code, out, _ = _run(capsys, "status", "张政字〔2021〕86号", "--as-of", "2022-06-01", "--data", str(data))
    assert code == 0 and "状态: 现行有效（截至 2022-06-01）" in out and "有效期至: 2023-02-01" in out
    assert "2023-02-02  有效期届满（尚未到来）" in out and "2023-08-31  宣布失效" not in out.split("时间线")[0]
    code, out, _ = _run(capsys, "status", "张政字〔2021〕86号", "--as-of", "2023-03-01", "--data", str(data))
    assert "已失效（有效期届满）" in out and "003_4e5ccb238a0f172a.txt:462-462" in out
    code, out, _ = _run(capsys, "status", "张政字〔2021〕86号", "--as-of", "2024-01-01", "--data", str(data))
    assert "已宣布失效" in out and "000_47a7f2ad322c84aa.txt:982-982" in out and "有效期届满" in out  # both in the timeline
    code, _, err = _run(capsys, "status", "张政字〔2021〕86号", "--as-of", "2022-13-01", "--data", str(data))
    assert code == 2 and err.count("\n") == 1 and "not a calendar date" in err


def test_cli_facts_and_docs_as_of(data, capsys):
    code, out, _ = _run(capsys, "facts", "--as-of", "2022-06-01", "--data", str(data))
    facts = json.loads(out)
    rec = next(d for d in facts["documents"] if d["doc_number"] == "张政字〔2021〕86号")
    assert {"state", "label", "effective_from", "valid_until", "since", "by_doc_id", "evidence", "as_of",
            "timeline"} <= set(rec["status"])
    assert (rec["status"]["state"], rec["status"]["as_of"]) == ("in_force", "2022-06-01")
    assert all(e["source"]["text"] for e in rec["status"]["timeline"])
    assert any(v["kind"] == "clause" for v in facts["validity"]) and "amendments" in facts
    code, out, _ = _run(capsys, "docs", "--as-of", TODAY, "--data", str(data))
    assert out.count("[expired]") == 6 and out.count("[invalidated]") == 2


def test_graph_node_carries_the_state_at_build(data):
    from kg.graph import load_graph
    from kg.query import KnowledgeBase

    kb = KnowledgeBase.load(data)
    g = load_graph(data)
    d = kb.find_document("张政字〔2021〕86号")
    node = g.nodes[d.id]
    assert node["status"] == kb.status(d.id, node["status_as_of"])["state"]
    assert node["valid_until"] == "2023-02-01"


def test_a_converter_copys_bracket_fields_are_read_folded():
    """The listed fields are read from the printed line folded (traditional with converter pinyin: 失效時(shí)間 is 失效时间),
    so a converter copy's validity field is kept (other_districts_repeal62 …1988-tielu-weiwai…-converter.txt:1-4)."""
    from kg.extract.validity import extract_validity
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    text = ("【頒布時(shí)間】1988-1-6【標(biāo)題】鐵路委外裝卸管理辦法(試行)【發(fā)文號】【失效時(shí)間】1998-5-1【頒布單位】鐵道部【法規(guī)來源】\n"
            "注:本法規(guī)1998-5-1已經(jīng)被id13868法規(guī)廢止\n【法規(guī)全文】\n鐵路委外裝卸管理辦法(試行)\n1988年1月6日,鐵道部\n"
            "第1條 為加強(qiáng)鐵路委外裝卸工作的管理,特制定本辦法。")
    issue = segment_issue(normalize_lines(text), "x.txt")
    listed = [v["listed"] for v in extract_validity(issue) if v["kind"] == "listed"]
    assert listed == [{"ended_on": "1998-05-01", "ended_field": "失效时间"}]

