"""`word in corpus` from the BM25 postings (index.printed) answers exactly as the joined corpus string does:
for every word the no-answer features ask on the sample questions, for words inside 文号, for Latin words,
and for substrings cut from real passages (and the same with one character changed)."""

import json
import random
from pathlib import Path

import pytest

from index.printed import PrintedText, cjk_pairs
from index.tokenize import protected_terms

QUESTIONS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "questions"


@pytest.fixture(scope="module")
def searcher(built):
    from index.search import Searcher

    return Searcher.load(built)


@pytest.fixture(scope="module")
def joined(searcher):
    return searcher._corpus_joined()


def _asked(searcher) -> list[str]:
    """Every word the confidence features test against the corpus, over all sample questions (BM25 mode)."""
    asked = []
    printed = searcher._corpus()
    assert isinstance(printed, PrintedText)

    class Spy:
        def __contains__(self, word):
            asked.append(word)
            return word in printed

    searcher._corpus_text = Spy()
    try:
        for f in sorted(QUESTIONS.glob("*.json")):
            for q in json.loads(f.read_text(encoding="utf-8")):
                searcher.answer(q["query"] if isinstance(q, dict) else q, k=10, mode="bm25")
    finally:
        searcher._corpus_text = printed
    return sorted(set(asked))


@pytest.mark.slow
def test_every_word_the_features_ask_gets_the_joined_strings_answer(searcher, joined):
    words = _asked(searcher)
    assert len(words) > 500
    fresh = PrintedText(searcher.passages, searcher.lexical, searcher.db, lambda: joined)
    got = {w: w in fresh for w in words}
    assert got == {w: w in joined for w in words}
    assert 0 < sum(got.values()) < len(words)  # both answers occur (e.g. 齐惠保 printed, 北京市 not)


@pytest.mark.slow
def test_substrings_of_passages_and_altered_ones(searcher, joined):
    rnd = random.Random(7)
    fresh = PrintedText(searcher.passages, searcher.lexical, searcher.db, lambda: pytest.fail("joined text read"))
    cut, changed = [], []
    while len(cut) < 300:
        p = searcher.passages[rnd.randrange(len(searcher.passages))]
        text = (p["title"] + p["text"]).lower()
        n = rnd.randint(2, 6)
        if len(text) <= n or protected_terms(p["text"]):
            continue  # the documented differences: the edge of a printed 文号, and a title running into the text
        i = rnd.randrange(len(text) - n)
        w = text[i:i + n]
        if i < len(p["title"]) < i + n or not cjk_pairs(w) or any(c.isspace() for c in w):
            continue
        cut.append(w)
        j = rnd.randrange(n)
        other = w[:j] + rnd.choice("的区局政府卫健发改财民") + w[j + 1:]
        if cjk_pairs(other) and not any(c.isspace() for c in other):
            changed.append(other)
    assert all(w in fresh for w in cut)
    spaced = PrintedText(searcher.passages, searcher.lexical, searcher.db, lambda: joined)
    assert ("的意见\t" in spaced) == ("的意见\t" in joined)  # whitespace: the joined text answers
    assert {w: w in fresh for w in changed} == {w: w in joined for w in changed}


@pytest.mark.slow
def test_words_inside_document_numbers_and_latin_words(searcher, joined):
    terms = [t for (t,) in searcher.db.execute("SELECT DISTINCT term FROM passage_terms")]
    # The characters before a 文号's bracket are blanked out before tokenising: only the stored terms hold them.
    inside = sorted({t.split("〔")[0][-k:] for t in terms if "〔" in t for k in (2, 3)})
    latin = sorted({t for t in searcher.lexical.vocab if t.isascii() and t.isalnum()})[:200] + ["zddr", "hpv", "qq"]
    words = [w for w in inside if cjk_pairs(w)] + latin
    assert len(words) > 50
    fresh = PrintedText(searcher.passages, searcher.lexical, searcher.db, lambda: pytest.fail("joined text read"))
    assert {w: w in fresh for w in words} == {w: w in joined for w in words}
