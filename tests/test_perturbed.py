"""Metamorphic checks: real development pages laid out another real way give the same facts.

A few cheap transforms of benchmarks/other_districts_perturbed run on a handful of real files of the
other-districts sets; each copy must score exactly as its source against the same gold (carried through the
transform's line map). The whole table is `python -m benchmarks.other_districts_perturbed`.
"""

import logging

import pytest

from benchmarks.other_districts import DATA, load_gold, score_file, summarise
from benchmarks.other_districts_perturbed import BY_NAME, carry_gold, perturb, score_variant

# (set folder, file): metadata blocks, pipe tables, repeals, enterprises, 文号 in brackets and zh-TW wording
FILES = [
    ("other_districts", "jiangsu_wujiang-zhongdian-pipe.txt"),
    ("other_districts", "hunan_huayuan-qingli.txt"),
    ("other_districts", "chongqing_huanbao-jixiao-pipe.txt"),
    ("other_districts", "shaanxi_zhenba-gongzuoguize.txt"),
    ("other_districts", "henan_zhoukou-guifan-taiwanusage.txt"),
    ("other_districts", "anhui_mengcheng-muju-meta.txt"),
    ("other_districts_fresh", "shaanxi_hanyin-sheenong-meta-pipe.txt"),
    ("other_districts_fresh", "zhejiang_jiangbei-laojiu-meta-lines.txt"),
    ("other_districts_fresh2", "yunnan_kunming-chuzuche-feizhi-jiedu.txt"),
]
CHEAP = ["fullwidth_punct", "fullwidth_digits", "number_round", "number_stripped", "spaced_labels", "chrome_before",
         "pipe_to_cells_blank", "meta_one_line", "glued_paragraphs", "s2tw", "pinyin"]


def _rec(folder: str, name: str) -> dict:
    return next(r for r in load_gold("all", DATA.parent / folder) if r["file"] == name)


@pytest.fixture(scope="module")
def base() -> dict:
    logging.disable(logging.WARNING)
    yield {(f, n): summarise(score_file(_rec(f, n), DATA.parent / f)[0]) for f, n in FILES}
    logging.disable(logging.NOTSET)


@pytest.mark.parametrize("transform", CHEAP)
def test_same_facts_under_layout_change(transform, base, tmp_path):
    applied = 0
    for folder, name in FILES:
        got = score_variant(_rec(folder, name), DATA.parent / folder, BY_NAME[transform], tmp_path)
        if got is None:
            continue  # nothing of this layout in the file
        applied += 1
        assert summarise(got[0]) == base[(folder, name)], f"{transform} changes the facts of {folder}/{name}: {got[1]}"
    assert applied, f"{transform} changed none of the files: the check would prove nothing"


def test_line_map_carries_gold_lines():
    lines = ["标题", "| 序号 | 任务 | 牵头单位 |", "|---|---|---|", "| 1 | 推进项目 | 区发改局 |", "正文"]
    p = BY_NAME["pipe_to_cells_blank"].apply(lines)
    assert p.lines[p.where[3][0] - 1] == "1" and p.lines[p.where[3][1] - 2] == "区发改局"
    assert p.lines[p.where[4][0] - 1] == "正文"
    rec = {"documents": [{"line_start": 5}], "tasks": [{"text_line": 4, "line": 4, "line_end": 4}],
           "repeals": [], "not_repeals": [], "enterprises": [{"line": 1}]}
    moved = carry_gold(rec, p, None)
    assert moved["documents"][0]["line_start"] == p.where[4][0]
    assert (moved["tasks"][0]["line"], moved["tasks"][0]["line_end"]) == p.where[3]


def test_glued_lines_map_to_one_line():
    lines = ["一、总体要求。", "全面推进各项工作落到实处，确保取得实效。", "区发改局负责牵头抓好落实，按时报送进展。", "附件"]
    p = perturb("\n".join(lines), BY_NAME["glued_paragraphs"])
    assert p.lines == [lines[0], lines[1] + lines[2], lines[3]]
    assert p.where == [(1, 1), (2, 2), (2, 2), (3, 3)]


# (where, paragraphs run together on one line, the leads of its duties): the later item keeps no marker
GLUED = [
    ("chongqing_shi-changtong-article-fuze.txt:4-5 (benchmarks/data/other_districts_fresh), glued",
     "  (九)市园林局负责对影响交通的行道树进行修枝。(十)重庆警备区司令部负责对军车的整治。", [["市园林局"], ["重庆警备区司令部"]]),
    ("the same items numbered 9. 10.", "  9.市园林局负责对影响交通的行道树进行修枝。10.重庆警备区司令部负责对军车的整治。",
     [["市园林局"], ["重庆警备区司令部"]]),
]


@pytest.mark.parametrize("where,line,leads", GLUED)
def test_glued_items_keep_their_units(where, line, leads):
    from kg.extract.tasks import extract_tasks
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    text = "\n".join(["重庆市人民政府办公厅转发重庆市2001年城市道路交通畅通工程实施意见的通知", "各区县(自治县、市)人民政府:", line])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "glued.txt"))
    assert [[u["name"] for u in t["lead"]] for t in tasks] == leads


def test_spaced_table_in_traditional_characters():
    """henan_pingdingshan-hezhang-fenjie-rows.txt (benchmarks/data/other_districts_fresh3) in OpenCC s2tw: the
    header's 牽頭單位 / 參與單位 columns are read as in the simplified page."""
    from kg.extract.tasks import extract_tasks
    from kg.parse.normalize import fold, normalize_lines
    from kg.parse.segment import segment_issue

    text = "\n".join([
        "平頂山市全面推行河長制工作任務分解",
        "序號 類別 主要任務 細化措施 牽頭單位 參與單位 責任單位",
        "1 加強水資源保 護 嚴守水資源開發利用控制紅線 實施水資源消耗總量和強度雙控行動,防止不合理新增取水。"
        " 市水利局 市發展改革委、工業和信息化委、住房和城鄉建設局、農業局等 各縣(市、區)黨委和人民政府"])
    [task] = extract_tasks(segment_issue(normalize_lines(text), "pds.txt"))
    assert [u["name"] for u in task["lead"]] == ["市水利局"]
    assert sorted(fold(u["name"]) for u in task["cooperate"]) == sorted(["市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局"])


# (where, texts before a list of names, nearest first last, the class read)
NEAREST = [
    ("guangdong_dongguan-hongpai-trad.txt:1-6 (other_districts_fresh2), paragraphs run together",
     ["全省21家被亮“红牌”的企业中,东莞占了8家。“黄牌”企业中,五金、电子、印染以及地方污水处理企业较多。",
      "被亮“红牌”的8家企业:", "东莞建通电子五金有限公司、东莞三兴五金制品有限公司。"], "红牌"),
    ("the nearest names two classes", ["被亮“红牌”的企业", "“红牌”“黄牌”企业如下:", "东莞建通电子五金有限公司。"], None),
    ("the list and the text above name two", ["获评A类企业和B类企业。", "四川永贵科技有限公司……绵阳A类企业中不乏电子信息"], None),
    ("no class near", ["现将结果公布如下:", "东莞建通电子五金有限公司。"], None),
]


@pytest.mark.parametrize("where,texts,want", NEAREST)
def test_list_class_from_the_nearest_mention(where, texts, want):
    from kg.extract.enterprises import nearest_class

    assert nearest_class(texts) == want


# a byline (来源 / 编辑 / 时间) laid out as a pipe table or as labels over their values names the same issuer and date
# (kg.parse.source_fields.byline_text; tests/test_byline_layouts.py holds their lines)
BYLINE_FILES = [
    ("other_districts_docmeta38", "quanguo-2026-zhusuan-xinsuan-xiehui-changwu-lishi-huiyi-tongzhi-association.txt"),
    ("other_districts_tasks107", "tianjin-beichen-shuangjie-zhen-nonglvban-reng-jiang-luoshi.txt"),
]


@pytest.mark.parametrize("transform", ["meta_pipe", "meta_value_below"])
@pytest.mark.parametrize("folder, name", BYLINE_FILES)
def test_byline_facts_under_layout_change(transform, folder, name, tmp_path):
    logging.disable(logging.WARNING)
    rec = _rec(folder, name)
    got = score_variant(rec, DATA.parent / folder, BY_NAME[transform], tmp_path)
    assert got is not None, f"{transform} changes nothing in {folder}/{name}: the check would prove nothing"
    assert summarise(got[0]) == summarise(score_file(rec, DATA.parent / folder)[0]), got[1]
