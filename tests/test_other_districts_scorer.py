"""The other-districts scorer gives full marks to the gold itself, in any script, and takes marks off for the
errors it is meant to catch (roles swapped, a continuing document taken as repealed, a wrong class)."""

import copy
from collections import Counter
from types import SimpleNamespace

import pytest

from benchmarks.other_districts import (DATA, load_gold, norm, norm_class, norm_number, norm_unit, score_documents,
                                        score_enterprises, score_repeals, score_tasks, summarise)

GOLD = load_gold("all")


def as_prediction(rec: dict) -> tuple:
    """What a perfect pipeline would return for one gold file."""
    docs = [SimpleNamespace(line_start=d["line_start"], line_end=d["line_start"] + 10_000, title=d["title"] or "",
                            doc_number=d["doc_number"], issuer=d["issuer"], date=d["date"]) for d in rec["documents"]]
    tasks = [{"text": t["text_anchor"], "lead": [{"name": n} for n in t["lead"]],
              "cooperate": [{"name": n} for n in t["cooperate"]],
              "source": {"line_start": t["text_line"], "line_end": t["line_end"], "text": ""}} for t in rec["tasks"]]
    repeals = [{"target_title": r["target_title"], "target_doc_number": r["target_doc_number"], "kind": r["kind"],
                "source": {"line_start": r["line"]}} for r in rec["repeals"]]
    ents = [{"name": e["name"], "classifications": [{"class": e["class"]}]} for e in rec["enterprises"]]
    return SimpleNamespace(documents=docs), {"tasks": tasks, "repeals": repeals, "enterprises": ents}


def score(rec, issue, facts) -> dict:
    c, errs = Counter(files=1), []
    score_documents(rec, issue, c, errs)
    score_tasks(rec, facts, c, errs)
    score_repeals(rec, facts, c, errs)
    score_enterprises(rec, facts, c, errs)
    return summarise(c)


def total(transform=lambda rec, issue, facts: (issue, facts)) -> dict:
    c = Counter()
    for rec in GOLD:
        issue, facts = transform(rec, *as_prediction(rec))
        cc, errs = Counter(files=1), []
        score_documents(rec, issue, cc, errs)
        score_tasks(rec, facts, cc, errs)
        score_repeals(rec, facts, cc, errs)
        score_enterprises(rec, facts, cc, errs)
        c += cc
    return summarise(c)


def test_gold_as_prediction_scores_full_marks():
    s = total()
    for key in ("doc_yield", "doc_number", "title", "date", "tasks_found", "lead_f1", "units_f1", "repeal_recall",
                "ent_class"):
        assert s[key] == 1.0, key
    assert s["false_repeals"] == 0 and s["num_invented"] == 0


def test_names_are_compared_across_scripts():
    assert norm("區(qū)發(fā)改委") == norm("区发改委") == "区发改委"
    assert norm("負(fù)責(zé)") == "负责"
    # the 陜 variant (fresh63's 陕西 2023 press item, entrep66's 陜西建新環保…) is 陕 as 陝 is
    assert norm("陜西建新環保科技發展有限公司") == norm("陝西建新環保科技發展有限公司") == "陕西建新环保科技发展有限公司"
    assert norm_unit("县民政局等") == "县民政局"
    assert norm_number("宁政办发[2020]47号") == norm_number("宁政办发〔2020〕47号")
    # a 令 number with its whole 第N号 in brackets is the same number; a year in brackets is not an ordinal
    assert norm_number("江西省人民政府令(第273号)") == norm_number("江西省人民政府令第273号")
    assert norm_number("赣府发〔2023〕5号") != norm_number("赣府发2023第5号")


def test_a_traditional_prediction_of_a_simplified_file_still_scores():
    import opencc

    cc = opencc.OpenCC("s2t")

    def to_traditional(rec, issue, facts):
        facts = copy.deepcopy(facts)
        for t in facts["tasks"]:
            for u in t["lead"] + t["cooperate"]:
                u["name"] = cc.convert(u["name"])
        for e in facts["enterprises"]:
            e["name"] = cc.convert(e["name"])
        return issue, facts

    s = total(to_traditional)
    assert s["units_f1"] == 1.0 and s["ent_class"] == 1.0


def test_of_tasks_sharing_a_line_the_one_whose_text_holds_the_anchor_is_meant():
    """Two tasks read from one line (贵池 fresh11:21) both carry that line as their source text; the second gold task
    must meet the task whose own text holds its anchor, not the first task of the line."""
    rec = {"tasks": [{"text_anchor": "完善食品安全标准管理制度", "lead": ["区卫生健康委"], "cooperate": [], "text_line": 21,
                      "line": 21, "line_end": 21},
                     {"text_anchor": "严格贯彻落实农药残留限量新标准", "lead": ["区农业农村局"], "cooperate": [], "text_line": 21,
                      "line": 21, "line_end": 21}]}
    line = "完善食品安全标准管理制度。(区卫生健康委负责)严格贯彻落实农药残留限量新标准。(区农业农村局负责)"
    facts = {"tasks": [{"text": text, "lead": [{"name": lead}], "cooperate": [],
                        "source": {"line_start": 21, "line_end": 21, "text": line}}
                       for text, lead in (("完善食品安全标准管理制度。", "区卫生健康委"), ("严格贯彻落实农药残留限量新标准。", "区农业农村局"))]}
    c, errs = Counter(files=1), []
    score_tasks(rec, facts, c, errs)
    assert errs == [] and summarise(c)["lead_f1"] == 1.0


def test_swapped_roles_lose_unit_marks_not_tasks():
    def swap(rec, issue, facts):
        for t in facts["tasks"]:
            t["lead"], t["cooperate"] = t["cooperate"], t["lead"]
        return issue, facts

    s = total(swap)
    assert s["tasks_found"] == 1.0
    assert s["units_f1"] < 0.5 and s["lead_f1"] < 0.5


@pytest.mark.parametrize("rec", [r for r in GOLD if any(n["why"] == "继续有效" for n in r["not_repeals"])],
                         ids=lambda r: r["file"])
def test_a_continuing_document_taken_as_repealed_is_a_false_repeal(rec):
    issue, facts = as_prediction(rec)
    keep = next(n for n in rec["not_repeals"] if n["why"] == "继续有效")
    facts["repeals"].append({"target_title": keep["title"], "target_doc_number": None, "kind": "废止",
                             "source": {"line_start": keep["line"]}})
    assert score(rec, issue, facts)["false_repeals"] == 1


_NANTONG = "jiangsu_nantong-2025-ziran-zaihai-jiuzhu-yingji-yuan-tongzhi-traditional.txt"


def test_the_old_plan_repealed_under_the_title_issued_anew_is_no_false_repeal():
    """南通 (fresh15) issues a plan and repeals the 2020 plan of the same title by its number: the gold as prediction
    takes no cited not_repeal, while a prediction of the new plan (no number, or another) still does."""
    rec = next(r for r in load_gold("was_fresh15", DATA.parent / "other_districts_fresh15") if r["file"] == _NANTONG)
    issue, facts = as_prediction(rec)
    assert score(rec, issue, facts)["false_repeals"] == 0
    for number in (None, "通政辦函〔2025〕2號"):
        wrong = copy.deepcopy(facts)
        wrong["repeals"] = [{"target_title": "南通市自然災害救助應急預案", "target_doc_number": number, "kind": "废止",
                             "source": {"line_start": 6}}]
        assert score(rec, issue, wrong)["false_repeals"] == 1


def test_a_wrong_class_is_not_counted():
    rec = next(r for r in GOLD if r["enterprises"])
    issue, facts = as_prediction(rec)
    facts["enterprises"][0]["classifications"] = [{"class": "Z"}]
    s = score(rec, issue, facts)
    assert s["ent_class"] == (len(rec["enterprises"]) - 1) / len(rec["enterprises"])


def test_a_class_is_compared_across_scripts():
    """五星級 in a traditional copy's gold (other_districts_fresh9) is the class 五星级 the extractor gives."""
    rec = {"file": "x.txt", "documents": [], "tasks": [], "repeals": [], "not_repeals": [],
           "enterprises": [{"name": "長沙縣沃園", "class": "五星級", "line": 7}]}
    facts = {"tasks": [], "repeals": [], "enterprises": [{"name": "长沙县沃园", "classifications": [{"class": "五星级"}]}]}
    assert score(rec, SimpleNamespace(documents=[]), facts)["ent_class"] == 1.0
    facts["enterprises"][0]["classifications"] = [{"class": "四星级"}]
    assert score(rec, SimpleNamespace(documents=[]), facts)["ent_class"] == 0.0


@pytest.mark.parametrize("gold,predicted", [
    ("五星", "五星级"),  # fresh29's 湘西 gold writes the grade as its page prints it (`等两家被评为五星`)
    ("五星級", "5星"), ("三星", "★★★"), ("AA", "AA级"), ("A", "A类"), ("自治区级", "省级"), ("國家級", "国家级"),
])
def test_norm_class_folds_equal_grades(gold, predicted):
    """A class is written as printed; equal grades printed differently meet (benchmarks/data/other_districts/README.md,
    enterprises rule 5), in the scorer's own comparison form."""
    assert norm_class(gold) == norm_class(predicted)
    rec = {"file": "x.txt", "documents": [], "tasks": [], "repeals": [], "not_repeals": [],
           "enterprises": [{"name": "某某有限公司", "class": gold, "line": 1}]}
    facts = {"tasks": [], "repeals": [], "enterprises": [{"name": "某某有限公司", "classifications": [{"class": predicted}]}]}
    assert score(rec, SimpleNamespace(documents=[]), facts)["ent_class"] == 1.0


@pytest.mark.parametrize("a,b", [("五星", "四星级"), ("AA", "A"), ("AAA级", "AA"), ("省级", "市级"), ("3A", "A"),
                                 ("五星", "五星级以上"), ("自治区级", "区级")])
def test_norm_class_keeps_other_grades_apart(a, b):
    assert norm_class(a) != norm_class(b)


def test_splits_keep_the_once_held_out_files_apart():
    dev, held, every = load_gold("dev"), load_gold("heldout"), load_gold("all")
    assert {r["file"] for r in held} == {r["file"] for r in load_gold("was_heldout")}
    assert all(r.get("was_heldout") for r in held) and not any(r.get("was_heldout") for r in dev)
    assert len(dev) + len(held) == len(every)


# each fresh set, its size, and the set scored before it (whose mark it must not carry)
FRESH_SET_SIZES = [("fresh", 52, None), ("fresh2", 73, "fresh"), ("fresh3", 53, "fresh2"), ("fresh4", 61, "fresh3"),
              ("fresh5", 72, "fresh4"), ("fresh6", 71, "fresh5"), ("fresh7", 64, "fresh6"), ("fresh8", 61, "fresh7"),
              ("fresh9", 55, "fresh8"), ("fresh10", 51, "fresh9"), ("fresh11", 61, "fresh10"),
              ("fresh12", 90, "fresh11"), ("fresh13", 76, "fresh12"),
              ("fresh14", 84, "fresh13"), ("fresh15", 70, "fresh14"), ("fresh16", 81, "fresh14"), ("fresh17", 68, "fresh15"),
              ("fresh18", 49, "fresh17"), ("fresh19", 43, "fresh18")]


@pytest.mark.parametrize("name,size,before", FRESH_SET_SIZES)
def test_each_fresh_set_keeps_its_own_split(name, size, before):
    """A fresh set scored once and opened keeps its was_freshN mark: `--split freshN` / `was_freshN` select its
    files, `--split dev` none of them, and no other folder carries its mark."""
    folder = DATA.parent / f"other_districts_{name}"
    once = load_gold("was_" + name, folder)
    assert len(once) == size and {r["file"] for r in once} == {r["file"] for r in load_gold(name, folder)}
    assert {r["file"] for r in once} == {r["file"] for r in load_gold("all", folder)}
    assert load_gold("dev", folder) == [] and load_gold("was_" + name) == []
    assert before is None or load_gold("was_" + before, folder) == []


def test_a_split_that_selects_nothing_is_a_one_line_error(capsys):
    """`--split dev` on an opened fresh folder selects no record (its records carry was_freshN): the run stops with
    one line naming the split to use, instead of a traceback from printing an empty table."""
    from benchmarks.other_districts import main
    with pytest.raises(SystemExit) as stop:
        main(["--data", str(DATA.parent / "other_districts_fresh62"), "--split", "dev"])
    err = capsys.readouterr().err.strip()
    assert stop.value.code == 2 and len(err.splitlines()) == 1
    assert "'dev'" in err and "--split was_freshN" in err


def test_proposed_holders_are_scored_apart():
    """A gold holder of a proposed list (`"proposed": true`: 拟认定, 公示名单) is found only by a prediction marked proposed
    (ent_proposed, with its precision ent_proposed_prec); ent_class counts final holders only, where a proposed prediction
    neither earns nor costs; a predicted name no gold record holds counts in ent_unlisted."""
    rec = {"file": "x.txt", "documents": [], "tasks": [], "repeals": [], "not_repeals": [],
           "enterprises": [{"name": "甲公司", "class": "省级", "line": 1},
                           {"name": "乙公司", "class": "市级", "line": 2, "proposed": True}]}
    ent = lambda name, klass, status=None: {"name": name, "classifications": [{"class": klass, "status": status}],
                                            "source": {"line_start": 1}}
    facts = {"tasks": [], "repeals": [], "enterprises": [ent("甲公司", "省级"), ent("乙公司", "市级", "proposed")]}
    s = score(rec, SimpleNamespace(documents=[]), facts)
    assert (s["enterprises"], s["ent_class"], s["proposed"], s["ent_proposed"], s["ent_proposed_prec"], s["ent_unlisted"]) \
        == (1, 1.0, 1, 1.0, 1.0, 0)
    # a final holder predicted as proposed is missed; a proposed one predicted as final is too
    facts["enterprises"] = [ent("甲公司", "省级", "proposed"), ent("乙公司", "市级")]
    s = score(rec, SimpleNamespace(documents=[]), facts)
    assert (s["ent_class"], s["ent_proposed"], s["ent_proposed_prec"]) == (0.0, 0.0, 0.0)
    # a proposed prediction of a name no gold record holds costs precision and is listed
    facts["enterprises"] = [ent("甲公司", "省级"), ent("乙公司", "市级", "proposed"), ent("丙公司", "省级", "proposed")]
    s = score(rec, SimpleNamespace(documents=[]), facts)
    assert (s["ent_class"], s["ent_proposed"], s["ent_proposed_prec"], s["ent_unlisted"]) == (1.0, 1.0, 0.5, 1)


@pytest.mark.parametrize("gold, predicted", [
    # a national list prints the province and county before a family farm; the extractor names it less them
    ("天津市西青区田园风情家庭农场", "田园风情家庭农场"),
    ("辽宁省铁岭县蔡牛永涛家庭农场", "蔡牛永涛家庭农场"),
    ("河北省定州市伟平家庭农场", "伟平家庭农场"),  # a city named 州 is one place, not 州 + 市
    # a converter copy prints the city and town (鶴山), the prediction is simplified and placeless
    ("鶴山市古勞鎮(zhèn)卓裕水產(chǎn)養(yǎng)殖場(chǎng)", "卓裕水产养殖场"),
    # a co-op keeps its county as the extractor names it; a gold form less its places scores the same
    ("衡水市桃城区兴城韭菜种植专业合作社", "衡水市桃城区兴城韭菜种植专业合作社"),
    ("兴城韭菜种植专业合作社", "衡水市桃城區興城韭菜種植專業合作社"),
    ("五台县蒋坊乡蒋坊村双平家庭农场", "双平家庭农场"),
])
def test_a_farm_or_co_op_is_compared_less_its_places_on_both_sides(gold, predicted):
    """The integrator's decision (stop 19): a farm's or 合作社's name is compared less every leading administrative place
    (province, city, county, township, village) on both sides, so either gold form scores the same."""
    rec = {"file": "x.txt", "documents": [], "tasks": [], "repeals": [], "not_repeals": [],
           "enterprises": [{"name": gold, "class": "示范家庭农场", "line": 1}]}
    facts = {"tasks": [], "repeals": [], "enterprises": [
        {"name": predicted, "classifications": [{"class": "示范家庭农场"}], "source": {"line_start": 1}}]}
    s = score(rec, SimpleNamespace(documents=[]), facts)
    assert (s["ent_class"], s["ent_unlisted"]) == (1.0, 0)


@pytest.mark.parametrize("gold, predicted", [
    ("成县绿色田园开发有限公司", "绿色田园开发有限公司"),  # a company's registered name keeps its place
    ("西青区田园风情家庭农场", "田园家庭农场"),  # another farm
    ("铁岭县蔡牛永涛家庭农场", "蔡牛镇永涛家庭农场"),  # a place is dropped only where it leads
])
def test_a_company_or_another_farm_is_not_made_the_same(gold, predicted):
    rec = {"file": "x.txt", "documents": [], "tasks": [], "repeals": [], "not_repeals": [],
           "enterprises": [{"name": gold, "class": "A级", "line": 1}]}
    facts = {"tasks": [], "repeals": [], "enterprises": [
        {"name": predicted, "classifications": [{"class": "A级"}], "source": {"line_start": 1}}]}
    s = score(rec, SimpleNamespace(documents=[]), facts)
    assert (s["ent_class"], s["ent_unlisted"]) == (0.0, 1)


def _amendment_sets():
    """Every set's records that annotate an amendment (修改 / 修订 decisions: fresh9, fresh10, fresh20, fresh21, fresh24)."""
    import json
    from pathlib import Path

    out = []
    for d in sorted(Path(DATA).parent.glob("other_districts*")):
        if not (d / "gold.json").exists():
            continue
        out += [r for r in json.loads((d / "gold.json").read_text(encoding="utf-8")) if r.get("amendments")]
    return out


def test_an_amendment_is_recalled_apart_and_never_a_repeal():
    """The amendment convention: a 修改 decision's named target is an amendment (its own column), not a repeal; found
    among the extractor's amendments it is recalled, predicted as repealed it is a false repeal."""
    from benchmarks.other_districts import score_amendments

    recs = _amendment_sets()
    assert len(recs) >= 6 and all(a["kind"] in ("修改", "修订") for r in recs for a in r["amendments"])
    for rec in recs:
        assert not any(norm(a["target_title"]) == norm(g["target_title"]) for a in rec["amendments"] for g in rec["repeals"])
        issue, facts = as_prediction(rec)
        facts["amendments"] = [{"target_title": a["target_title"], "target_doc_number": a["target_doc_number"],
                                "kind": a["kind"], "source": {"line_start": a["line"]}} for a in rec["amendments"]]
        c, errs = Counter(files=1), []
        score_repeals(rec, facts, c, errs)
        score_amendments(rec, facts, c, errs)
        s = summarise(c)
        assert s["amend_recall"] == 1.0 and s["false_repeals"] == 0 and s["amendments"] == len(rec["amendments"])
        facts["repeals"] = facts["repeals"] + [dict(a, kind="废止") for a in facts["amendments"]]
        facts["amendments"] = []
        c, errs = Counter(files=1), []
        score_amendments(rec, facts, c, errs)
        s = summarise(c)
        assert s["amend_recall"] == 0.0 and s["false_repeals"] == len(rec["amendments"])


@pytest.mark.parametrize("printed,cleaned", [
    # fresh23 连山: the 解读 heading printed with the page's line breaks, the extractor's title without them
    ("《连山壮族瑶族自治县关于宣布失效、废止<br/>部分县政府规范性文件的通知》<br/>政策解读",
     "《连山壮族瑶族自治县关于宣布失效、废止部分县政府规范性文件的通知》政策解读"),
    ("关于印发&nbsp;X办法的通知", "关于印发X办法的通知"),
    ("关于<span style=\"color:red\">X</span>的通知", "关于X的通知"),
])
def test_titles_are_compared_without_markup(printed, cleaned):
    from benchmarks.other_districts import norm_title

    assert norm_title(printed) == norm_title(cleaned)
    assert norm_title("关于印发<X办法>的通知") == norm_title("关于印发《X办法》的通知")  # angle quotes are title marks


@pytest.mark.parametrize("printed,mainland", [
    # fresh2 hunan_xiangyin-yingshang-qiantou-s2twp, fresh6 fujian_xiamen-yingshang-ruogan-cuoshi-s2twp, fresh14
    # zhejiang_jindong-2024-zhengfu-minsheng-shishi-renwu-fenjie-fangan-s2twp (real): an s2twp copy's title in zh-TW
    # wording, the extractor's title in the mainland wording of the page it was converted from
    ("關於印發《湘陰縣進一步最佳化營商環境的若干規定》的通知", "关于印发《湘阴县进一步优化营商环境的若干规定》的通知"),
    ("廈門市人民政府辦公廳關於印發聚焦企業關切進一步落實最佳化營商環境政策若干措施的通知",
     "厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知"),
    ("2024年金東區政府民生實事專案", "2024年金东区政府民生实事项目"),
])
def test_zh_tw_titles_are_compared_in_mainland_wording(printed, mainland):
    from benchmarks.other_districts import norm_title

    assert norm_title(printed) == norm_title(mainland)


def test_zh_tw_wording_keeps_other_words_apart():
    from benchmarks.other_districts import norm_title

    # words s2twp leaves alone, or mainland words that are not its zh-TW ones, still differ
    assert norm_title("关于印发档案管理办法的通知") != norm_title("关于印发文件管理办法的通知")
    assert norm_title("关于印发项目管理办法的通知") != norm_title("关于印发专班管理办法的通知")


def test_anchors_compare_without_html_tags():
    # fresh39's 海口 page prints "<b>一是</b>秀英区城市管理局要…" on one line; its gold anchors copy the tags, the extraction reads
    # the line without them: both sides compare alike, and a comparison sign stays
    assert norm("<b>一是</b>秀英区城市管理局要提高政治站位") == norm("一是秀英区城市管理局要提高政治站位")
    assert norm('<p class="ql-block"> 按照') == "按照"
    assert norm("PM2.5<35微克") == "PM2.5<35微克"
