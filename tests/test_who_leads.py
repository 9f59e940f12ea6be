"""who-leads (index/tasks.py): the saved word index is a quarter of a bigram index and ranks the gold tasks as well."""

from __future__ import annotations

import json

import pytest

from benchmarks import who_leads as bench


@pytest.fixture(scope="module")
def other():
    """The first other-districts set (68 files from many provinces) and the questions of its gold tasks."""
    return bench.other_set([bench.DATA / "other_districts"])


def _score(variant, facts, questions):
    return bench.score(bench._rank(bench.VARIANTS[variant](facts), facts["tasks"]), facts["tasks"], questions)["all"]


def test_gold_tasks_ranked_as_well_as_by_the_bigram_index(other):
    facts, questions = other
    assert len(questions) > 150
    now, before = _score("current", facts, questions), _score("format-1", facts, questions)
    # measured: task@1 0.716 / task@3 0.828 / lead@1 0.728 (format 1: 0.716 / 0.822 / 0.734)
    assert now["task@1"] >= 0.70 and now["task@3"] >= 0.80 and now["lead@1"] >= 0.70
    assert now["task@3"] >= before["task@3"] - 0.01 and now["task@1"] >= before["task@1"] - 0.01


def test_a_phrase_cut_mid_word_still_finds_its_task(other):
    """The gold writers' key phrases start and end inside words (`负责定期调度立项审批的固`): the question's
    bigrams that are words of the index find the candidates, its bigrams rank them."""
    facts, questions = other
    phrases = [q for q in questions if q.kind == "phrase"]
    rank = bench._rank(bench.VARIANTS["current"](facts), facts["tasks"])
    hits = sum(q.target in rank(q.text, 3) for q in phrases)
    assert hits / len(phrases) >= 0.9


def test_the_saved_index_holds_words_only(facts):
    """The sample's who-leads index: jieba words (no character bigrams or unigrams of their own), ~a
    quarter of the bytes of the words + bigrams + unigrams index of format 1."""
    from index.tasks import estimated_df

    now, before = bench.VARIANTS["current"](facts), bench.VARIANTS["format-1"](facts)
    assert bench.index_bytes(now) <= 0.3 * bench.index_bytes(before)
    vocab = set(now.words.vocab)
    assert "区发展改革局" in vocab  # a department name kept whole
    assert "残疾儿童" not in vocab or "疾儿" not in vocab  # not every bigram of the text
    df = estimated_df(now.words)
    # a bigram's frequency: the tasks of the words holding it (康复 alone, 康复训练, 康复救助 …)
    holding = [w for w in vocab if "康复" in w]
    assert len(holding) > 1
    assert df["康复"] == sum(int(now.words.postings.df[now.words.vocab[w]]) for w in holding)


def test_saved_and_rebuilt_index_rank_alike(tmp_path, facts):
    from index.tasks import build_task_index, load_task_index, task_texts

    tasks = facts["tasks"]
    built = build_task_index(facts, tmp_path / "tasks_bm25")
    saved = load_task_index(tmp_path / "tasks_bm25", facts)
    texts = lambda ords: task_texts([tasks[i] for i in ords])  # noqa: E731
    for q in ["残疾儿童康复救助", "安全生产", "招商引资 总部经济", "亩产效益评价"]:
        assert saved.search(q, 5, texts) == built.search(q, 5, texts)
        assert built.search(q, 5, texts)
    # a format-1 folder (no "format" in task_index.json) is not loaded: the store builds the index instead
    info = tmp_path / "tasks_bm25" / "task_index.json"
    info.write_text(json.dumps({k: v for k, v in json.loads(info.read_text(encoding="utf-8")).items()
                                if k != "format"}), encoding="utf-8")
    assert load_task_index(tmp_path / "tasks_bm25", facts) is None
