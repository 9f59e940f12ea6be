"""The multi-province gold (benchmarks/data/other_districts/gold.json) is well formed: every record cites a line
of its own text file that really holds what the record claims, so an annotation slip fails here."""

import datetime as dt
import json

import pytest

from benchmarks.other_districts_fill import GOLD, MAX_NOTE_SPAN, TEXTS, compact, read_lines

GOLD_RECS = json.loads(GOLD.read_text(encoding="utf-8"))
GENRES = {"tasks", "repeal", "jiedu", "enterprises", "metadata"}
SCRIPTS = {"simplified", "traditional", "converter"}
KINDS = {"废止", "失效", "宣布失效", "修改", "废止(部分)"}
WHY = {"拟废止", "继续有效", "cited"}
CASES = [pytest.param(r, id=r["file"]) for r in GOLD_RECS]


def _on_line(lines, no, text):
    return 1 <= no < len(lines) and compact(text) in compact(lines[no])


def test_files_and_texts_match_one_to_one():
    names = [r["file"] for r in GOLD_RECS]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(p.name for p in TEXTS.glob("*.txt"))


def test_coverage_and_split():
    provinces = {r["province"] for r in GOLD_RECS}
    assert len(GOLD_RECS) >= 60 and len(provinces) >= 20
    # the files once held out are now development material and keep was_heldout
    held = [r for r in GOLD_RECS if r["split"] == "heldout" or r.get("was_heldout")]
    assert 0.25 <= len(held) / len(GOLD_RECS) <= 0.40
    # the held-out files spread over genres and provinces, not one corner of the set
    assert {r["genre"] for r in held} == {r["genre"] for r in GOLD_RECS}
    assert len({r["province"] for r in held}) >= 10


@pytest.mark.parametrize("rec", CASES)
def test_record_fields(rec):
    assert rec["genre"] in GENRES and rec["script"] in SCRIPTS and rec["split"] in {"dev", "heldout"}
    assert rec.get("was_heldout", True) is True, "was_heldout is true or absent"
    assert rec["url"].startswith("http") or rec.get("synthetic_from", "").startswith("http")
    assert rec["province"] and rec["place"] and rec["styles"]
    assert rec["documents"], "every file stands for at least one document"
    text = (TEXTS / rec["file"]).read_bytes().decode("utf-8")  # UTF-8, no BOM, no CR
    assert not text.startswith("\ufeff") and "\r" not in text


@pytest.mark.parametrize("rec", CASES)
def test_documents_cite_their_lines(rec):
    lines = read_lines(rec["file"])
    whole = compact("".join(lines))
    for d in rec["documents"]:
        assert _on_line(lines, d["line_start"], d["start_anchor"]), d
        if d["title"]:
            assert compact(d["title"]) in whole, d["title"]
        if d["doc_number"]:
            assert compact(d.get("doc_number_as_printed") or d["doc_number"]) in whole, d["doc_number"]
        if d["issuer"] and not d.get("issuer_inferred"):
            assert compact(d["issuer"]) in whole, d["issuer"]
        if d["date"]:
            dt.date.fromisoformat(d["date"])


@pytest.mark.parametrize("rec", CASES)
def test_tasks_cite_their_lines(rec):
    lines = read_lines(rec["file"])
    for t in rec["tasks"]:
        assert _on_line(lines, t["text_line"], t["text_anchor"]), t
        assert t["text_line"] <= t["line"] <= t["line_end"] <= t["line"] + MAX_NOTE_SPAN, t
        block = compact("".join(lines[t["line"]:t["line_end"] + 1]))
        for name in t["lead"] + t["cooperate"] + t["generic"]:
            assert compact(name) in block, (t["line"], name)
            assert not name.endswith("等") or name == "等", name  # a trailing 等 is not part of a name
        assert not set(t["lead"]) & set(t["cooperate"]), t
        if t.get("sole"):
            assert len(t["lead"] + t["cooperate"]) == 1, t


@pytest.mark.parametrize("rec", CASES)
def test_repeals_and_enterprises_cite_their_lines(rec):
    lines = read_lines(rec["file"])
    for r in rec["repeals"]:
        assert r["kind"] in KINDS, r
        assert _on_line(lines, r["line"], r.get("anchor") or r["target_title"] or r["target_doc_number"]), r
    for r in rec["not_repeals"]:
        assert r["why"] in WHY, r
        assert _on_line(lines, r["line"], r.get("anchor") or r["title"]), r
    for e in rec["enterprises"]:
        assert e["class"] and e["rating"], e
        assert _on_line(lines, e["line"], e.get("anchor") or e["name"]), e
