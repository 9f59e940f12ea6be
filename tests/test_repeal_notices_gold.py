"""The repeal-notices set (benchmarks/data/repeal_notices) is well formed: one record per text, every cited line
holds what its record claims, about a third of it is held out, and none of its pages is in the development set."""

import json

from benchmarks.other_districts_fill import DATA, compact, read_lines

SET = DATA.parent / "repeal_notices"
GOLD = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
WHY = {"拟废止", "继续有效", "cited"}
KINDS = {"废止", "失效", "宣布失效", "同时废止"}


def _on_line(lines, no, text):
    return 1 <= no < len(lines) and compact(text) in compact(lines[no])


def test_texts_and_records_match_and_split():
    assert sorted(r["file"] for r in GOLD) == sorted(p.name for p in (SET / "texts").glob("*.txt"))
    assert len(GOLD) >= 15
    held = [r for r in GOLD if r["split"] == "heldout"]
    assert 0.25 <= len(held) / len(GOLD) <= 0.40
    dev_urls = {r["url"] for r in json.loads((DATA / "gold.json").read_text(encoding="utf-8"))}
    assert not {r["url"] for r in GOLD} & dev_urls


def test_every_record_cites_its_line():
    for r in GOLD:
        lines = read_lines(r["file"], SET / "texts")
        for d in r["documents"]:
            assert _on_line(lines, d["line_start"], d["start_anchor"]), (r["file"], d)
        for x in r["repeals"]:
            assert x["kind"] in KINDS
            assert _on_line(lines, x["line"], x.get("anchor") or x["target_title"] or x["target_doc_number"]), x
        for x in r["not_repeals"]:
            assert x["why"] in WHY
            assert _on_line(lines, x["line"], x.get("anchor") or x["title"]), (r["file"], x)
