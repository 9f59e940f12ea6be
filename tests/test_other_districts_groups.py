"""benchmarks.other_districts_groups pools folders by summing counts: one folder's pooled `all` row is the scorer's
own `all` row for it, and two folders pooled weigh files, not folders."""
from collections import Counter

from benchmarks.other_districts import load_gold, score_file, summarise
from benchmarks.other_districts_groups import DATA_ROOT, markdown, pooled

FOLDERS = [DATA_ROOT / "other_districts_tasks107", DATA_ROOT / "other_districts_docmeta111"]


def _all_row(folder):
    total = Counter()
    for rec in load_gold("all", folder):
        total += score_file(rec, folder)[0]
    return summarise(total)


def test_one_folder_pooled_is_its_own_all_row():
    rows = pooled(FOLDERS[:1])
    assert rows["all"] == _all_row(FOLDERS[0])
    assert rows["all"]["files"] == len(load_gold("all", FOLDERS[0]))


def test_two_folders_are_summed_before_the_ratio():
    rows = pooled(FOLDERS)
    a, b = pooled(FOLDERS[:1])["all"], pooled(FOLDERS[1:])["all"]
    assert rows["all"]["files"] == a["files"] + b["files"]
    assert rows["all"]["tasks"] == a["tasks"] + b["tasks"]  # docmeta111 holds no task: tasks107's count alone
    assert rows["all"]["tasks_found"] == a["tasks_found"]
    table = markdown(rows, min_files=1000)
    assert table.splitlines()[2].startswith("| all | ")
    assert "style:" not in table  # no style is held by 1000 files


def test_a_never_seen_record_is_not_run(tmp_path):
    # a copy of tasks107 whose first record is still never seen (split "fresh99"): the pool leaves it out, as the
    # one-time scoring of a never-seen set must stay its first run
    import json

    folder = tmp_path / "other_districts_copy"
    folder.mkdir()
    (folder / "texts").symlink_to(FOLDERS[0] / "texts")
    gold = load_gold("all", FOLDERS[0])
    gold[0] = {**gold[0], "split": "fresh99"}
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rows = pooled([folder])
    assert rows["all"]["files"] == len(gold) - 1
