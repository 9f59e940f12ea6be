"""Whether the corpus prints a string, answered from the BM25 postings instead of the whole corpus text.

The no-answer features (index/confidence.py) ask `word in corpus`, where the corpus is every passage's
title and text, lower-cased, one passage a line. Joining that string reads every passage of kg.sqlite
(seconds at 50× the sample, once per process). `PrintedText` answers the same question from what the
searcher already holds:

- a word with CJK character pairs: the BM25 index holds every pair of adjacent CJK characters of each
  passage (the tokenizer's bigrams, stopword pairs aside), so the passages holding all the word's pairs
  are the only ones that can print it; each is read and checked, in order, until one prints it;
- the pairs the tokenizer does not see are those inside a 文号/登记号 (blanked out before cutting, with up
  to ten characters before the bracket): those are looked up in the stored 文号 terms;
- a word of Latin letters and digits: jieba keeps such a run whole, so the passages holding a token that
  contains the word are the only candidates;
- anything else (a single character, mixed scripts without a CJK pair) falls back to the joined text.

Known differences, none seen on any word the features ask of the sample questions (tests/test_printed.py):
a word that runs from the end of a passage's title into its text (the joined string put nothing between
them; the index does when the passage has a section path), and a word that runs across the edge of a
printed 文号 ("…17号文件" asked as 号文件), whose pairs on the edge are blanked out in the index.
"""

from __future__ import annotations

import re

import numpy as np

from index.tokenize import STOPWORDS

__all__ = ["PrintedText", "cjk_pairs"]

_CJK = re.compile(r"[\u4e00-\u9fff]")  # the tokenizer's bigram range (index.tokenize)
_SPACE = re.compile(r"\s")
_ALNUM = re.compile(r"[a-z0-9]+")  # what jieba's cut keeps as one run (lower case: the tokenizer lowers)


def cjk_pairs(word: str) -> list[str]:
    """The pairs of adjacent CJK characters of `word` that the BM25 tokenizer indexes as bigrams."""
    return [word[i:i + 2] for i in range(len(word) - 1)
            if _CJK.match(word[i]) and _CJK.match(word[i + 1]) and word[i:i + 2] not in STOPWORDS]


class PrintedText:
    """`word in text`, for text = "\\n".join(title + text of each passage).lower(), without that string.

    Args:
        passages: the searcher's passages (index.passages.PassageRows, or a list of passage dicts).
        lexical: its index.lexical.LexicalIndex (vocab + postings), built with bigrams.
        conn: its kg.sqlite connection (the 文号 terms), or None.
        full_text: a function returning the joined text, for the words the postings cannot answer.
    """

    def __init__(self, passages, lexical, conn, full_text):
        self.passages, self.lexical, self.conn, self._full_text = passages, lexical, conn, full_text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        hit = self._known.get(word)
        if hit is None:
            hit = self._known[word] = self._printed(word)
        return hit

    def _printed(self, word: str) -> bool:
        # Whitespace: the tokenizer removed it before cutting, so neither the pairs nor the 文号 terms can tell.
        pairs = cjk_pairs(word) if not _SPACE.search(word) else []
        if pairs:
            rows = self._holding_all(pairs)
        elif _ALNUM.fullmatch(word):
            rows = self._holding_any([t for t in self._alnum_terms() if word in t])
        else:
            return word in self._full_text()
        for i in rows.tolist():
            p = self.passages[i]
            if word in (p["title"] + p["text"]).lower():
                return True
        return self._in_terms(word)

    def _holding_all(self, terms: list[str]) -> np.ndarray:
        """The passages holding every one of `terms` (rarest first: the intersection shrinks fastest)."""
        vocab, postings = self.lexical.vocab, self.lexical.postings
        if any(t not in vocab for t in terms):
            return np.zeros(0, dtype=np.int64)
        rows = None
        for t in sorted({vocab[p] for p in terms}, key=lambda t: int(postings.indptr[t + 1]) - int(postings.indptr[t])):
            col = postings.rows(t)
            rows = col if rows is None else np.intersect1d(rows, col, assume_unique=True)
            if not len(rows):
                break
        return rows

    def _holding_any(self, terms: list[str]) -> np.ndarray:
        cols = [self.lexical.postings.rows(self.lexical.vocab[t]) for t in terms]
        return np.unique(np.concatenate(cols)) if cols else np.zeros(0, dtype=np.int64)

    def _alnum_terms(self) -> list[str]:
        """The vocabulary terms holding a Latin letter or digit (listed once)."""
        if getattr(self, "_alnum", None) is None:
            self._alnum = [t for t in self.lexical.vocab if _ALNUM.search(t)]
        return self._alnum

    def _in_terms(self, word: str) -> bool:
        """Printed inside a 文号 or 登记号 (text the tokenizer blanks out before cutting)."""
        if self.conn is None:
            return word in self._full_text()
        return self.conn.execute("SELECT 1 FROM passage_terms WHERE instr(lower(term), ?) > 0 LIMIT 1",
                                 (word,)).fetchone() is not None
