"""KnowledgeBase.lookup: any 文号 form, 登记号 or title fragment, and documents known only as repeal targets."""

import pytest


@pytest.fixture(scope="module")
def kb(built):
    from kg.query import KnowledgeBase

    return KnowledgeBase.load(built.data_dir)


@pytest.mark.parametrize("text", ["张政发〔2017〕56号", "张政发[2017]56号", "张政发（2017）56号", "张政发(2017)56号",
                                  "张政发 〔2017〕 56 号", "张政发［2017］56号", "张政发〔2017〕56", "ZDDR-2017-0010006",
                                  "zddr—2017—0010006", "特困人员救助供养实施意见"])
def test_a_document_known_only_as_repeal_target_is_found_with_its_status(kb, text):
    hits = kb.lookup(text)
    assert hits, text
    h = hits[0]
    assert (h["in_corpus"], h["doc_id"], h["doc_number"]) == (False, None, "张政发〔2017〕56号")
    assert h["title"] == "张店区人民政府关于印发张店区特困人员救助供养实施意见的通知"
    st = h["status"]
    assert (st["state"], st["label"]) == ("repealed", "已废止")
    ev = st["evidence"][0]
    # the evidence is the row of 张政字〔2023〕84号's 决定废止的行政规范性文件目录
    assert ev["by_doc_number"] == "张政字〔2023〕84号" and ev["source"]["line_start"] == 975
    assert "张政发〔2017〕56号" in ev["source"]["text"]


@pytest.mark.parametrize("text", ["张政字〔2021〕86号", "张政字[2021]86号", "张政字(2021)86号", "ZDDR-2021-0010003"])
def test_a_document_in_the_corpus_by_any_form_carries_its_state_and_who_said_so(kb, text):
    h = kb.lookup(text)[0]
    assert h["in_corpus"] and h["doc_id"] == "003_4e5ccb238a0f172a-03"
    assert h["status"]["state"] == "invalidated"
    assert [m["by_doc_number"] for m in h["mentions"]] == ["张政字〔2023〕84号"]


def test_title_fragments_list_every_match_and_nonsense_finds_nothing(kb):
    hits = kb.lookup("齐惠保")
    assert [h["title"] for h in hits] == ["张店区人民政府办公室关于做好“淄博齐惠保”宣传推广工作的通知"]
    assert kb.lookup("asdfqwer") == [] and kb.lookup("  ") == []
    many = kb.lookup("试行")
    assert len(many) >= 5 and all("试行" in h["title"] for h in many)


def _row(kind, by, text, line):
    return {"kind": kind, "by_doc_id": by, "by_doc_number": None, "by_title": None,
            "source": {"file": f"{by}.txt", "line_start": line, "line_end": line, "text": text}}


# 甘肃 令第153号 (other_districts_fresh21 gansu-2019-xiugai-…-jueding.txt:30) amends; 张政字〔2023〕84号 (000:975) repeals
AMEND = _row("修改", "gansu-01", "一、对《甘肃省城市市容和环境卫生管理办法》作出修改", 30)
REPEAL = _row("废止", "000-07", "1\t张店区人民政府关于印发张店区特困人员救助供养实施意见的通知\t张政发〔2017〕56号", 975)


@pytest.mark.parametrize("mentions, state, since", [
    ([AMEND], "amended", "2019-12-23"),                       # in force as amended, since the decision's date
    ([{**AMEND, "kind": "修订"}], "amended", "2019-12-23"),   # a 修订 decision amends too
    ([REPEAL, AMEND], "repealed", "2023-08-31"),              # an amendment never undoes a repeal
    ([AMEND, REPEAL], "repealed", "2023-08-31"),
    ([{**REPEAL, "kind": "宣布失效"}], "invalidated", "2023-08-31"),
])
def test_an_external_document_is_amended_or_ended_by_what_names_it(mentions, state, since):
    from kg.query import external_record_status

    st = external_record_status(mentions, {"gansu-01": "2019-12-23", "000-07": "2023-08-31"})
    assert (st["state"], st["since"]) == (state, since)
    assert [e["source"]["line_start"] for e in st["evidence"]] == [m["source"]["line_start"] for m in mentions]
