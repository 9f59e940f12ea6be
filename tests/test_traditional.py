"""A traditional copy and a converter copy (pinyin after polyphonic characters) of sample gazettes give
the same documents, tasks, units, enterprises and indicators as the original."""

import pytest

from kg.config import PROJECT_ROOT, SAMPLE_CORPUS
from kg.extract import extract_all
from kg.parse.normalize import fold, normalize_lines
from kg.parse.segment import segment_issue

# What a zh-CN → zh-TW web converter prints after a polyphonic character.
PINYIN = [("發", "發(fā)"), ("區", "區(qū)"), ("負責", "負(fù)責(zé)"), ("行", "行(xíng)"), ("長", "長(zhǎng)"),
          ("重", "重(zhòng)"), ("和", "和(hé)")]


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def _converter(text: str) -> str:
    text = _traditional(text)
    for a, b in PINYIN:
        text = text.replace(a, b)
    return text


def _facts(text: str, name: str) -> dict:
    issue = segment_issue(normalize_lines(text), name)
    facts = extract_all([issue])
    return {
        "documents": [(d.line_start, d.line_end, d.title, d.doc_number, d.issuer, d.date) for d in issue.documents],
        "tasks": [(t["line"], [u["canonical"] for u in t["lead"]], [u["canonical"] for u in t["cooperate"]],
                   [fold(g) for g in t["generic_lead"] + t["generic_cooperate"]], t["source"]["line_start"])
                  for t in facts["tasks"]],
        "departments": sorted(d["canonical"] for d in facts["departments"]),
        "enterprises": [(fold(e["name"]), [c["class"] for c in e["classifications"]], e["source"]["line_start"])
                        for e in facts["enterprises"]],
        "indicators": [(fold(i["name"]), fold(i["value"]), i["year"], i["kind"], i["source"]["line_start"])
                       for i in facts["indicators"]],
        "leads": [u["canonical"] for t in facts["tasks"] for u in t["lead"]],
    }


@pytest.fixture(scope="module", params=["002", "000"])
def original(request):
    path = next(SAMPLE_CORPUS.glob(f"{request.param}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, _facts(text, path.name)


@pytest.mark.parametrize("convert", [_traditional, _converter], ids=["s2t", "converter-pinyin"])
def test_copies_give_the_same_facts(original, convert):
    text, want = original
    got = _facts(convert(text), "copy.txt")
    assert convert(text) != text
    for key in want:
        assert got[key] == want[key], key
    assert want["tasks"] and want["documents"] and want["indicators"]


def test_a_traditional_copy_keeps_printed_names_and_simplified_canonicals():
    path = next(SAMPLE_CORPUS.glob("002_*.txt"))
    text = path.read_text(encoding="utf-8")
    orig, copy = _facts(text, "o.txt"), _facts(_traditional(text), "t.txt")
    assert orig["leads"].count("区大数据局") == copy["leads"].count("区大数据局") == 7
    assert copy["departments"] == orig["departments"]  # 48 units before this change split them 48 → 79
    issue = segment_issue(normalize_lines(_traditional(text)), "t.txt")
    tasks = extract_all([issue])["tasks"]
    big_data = [u for t in tasks for u in t["lead"] if u["canonical"] == "区大数据局"]
    assert {u["name"] for u in big_data} == {"區大數據局"}  # as printed


# Pages of the development sets whose s2twp copy once read differently from the page (zh-TW wording of the page's
# fields and banner: 檔案 for 文件, 釋出 for 发布): (set, file, lines kept)
ZH_TW_PAGES = [
    ("other_districts", "liaoning_lishan-fengong-labels", 12),  # 鞍山市立山區人民政府檔案: the red header banner
    ("other_districts_fresh", "zhejiang_jiangbei-laojiu-meta-lines", 16),  # 檔案編號 北區政辦發〔2020〕11號
    ("other_districts_fresh2", "zhejiang_lishui-chaiqian-lawsite-shixiao", 14),  # 釋出文號: 麗水市人民政府令[2001]7號
    ("other_districts_fresh3", "hunan_yueyangxian-jiaoti-yuan-number-first", 12),  # 岳陽縣教育體育局檔案
    ("other_districts_fresh4", "neimenggu_wulatehouqi-qingli-tonggao-qa", 8),  # 釋出機構 司法局, one zh-TW marker only
]


@pytest.mark.parametrize("folder,name,keep", ZH_TW_PAGES, ids=[p[1] for p in ZH_TW_PAGES])
def test_a_zh_tw_copy_of_a_page_gives_its_documents(folder, name, keep):
    """An OpenCC s2twp copy of a real page (the sets' zh-TW copies are made so) gives the page's documents: the same
    start lines, 文号 and dates (titles may keep zh-TW words where the page's wording is not detected as such)."""
    import opencc

    path = PROJECT_ROOT / "benchmarks" / "data" / folder / "texts" / f"{name}.txt"
    text = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:keep])
    t2s = opencc.OpenCC("t2s").convert
    read = lambda t: [(d.line_start, t2s(d.doc_number or ""), d.date)
                      for d in segment_issue(normalize_lines(t), f"{name}.txt").documents]
    assert read(opencc.OpenCC("s2twp").convert(text)) == read(text)
