"""benchmarks.other_districts_compare: the before / after of every development record, error by error (issue #16)."""

import json

import pytest

from benchmarks.other_districts import DATA, load_gold
from benchmarks.other_districts_compare import _score, development_records, differences, main, pooled


def test_only_development_records_are_taken_never_a_never_seen_one():
    records = development_records()
    assert records and all(rec["split"] == "dev" for _, rec in records)
    never_seen = {(f.name, r["file"]) for f in DATA.parent.glob("other_districts*") if (f / "gold.json").exists()
                  for r in load_gold("all", f) if r["split"] != "dev"}
    assert not never_seen & {(f.name, r["file"]) for f, r in records}


def test_a_real_record_scored_then_an_error_fixed_and_one_broken():
    folder, rec = next((f, r) for f, r in development_records() if r.get("tasks"))
    key, run = _score((folder, rec))
    assert key == f"{folder.name}/{rec['file']}" and run["counts"]["files"] == 1
    before = {key: run}
    invented = ["task", "1", "not found", "某某"]
    after = {key: {"counts": run["counts"], "errors": run["errors"] + [invented]}}
    assert differences(before, after) == [("BROKEN", key, tuple(invented))]
    assert differences(after, before) == [("FIXED", key, tuple(invented))]
    assert differences(before, before) == []
    assert pooled(before)["tasks"] == len(rec["tasks"])


def test_cmp_of_a_missing_run_is_a_one_line_error(tmp_path, capsys):
    saved = tmp_path / "before.json"
    saved.write_text(json.dumps({}), encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["cmp", str(saved), str(tmp_path / "after.json")])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: no saved run at") and "\n" not in err
