"""The who-leads index: BM25 over the tasks' jieba words, its best candidates rescored with bigrams at query time.

The saved index holds jieba words only (department names kept whole) of each task's text, section path and
document title: ~0.26× the bytes of an index that also holds every character bigram and unigram (3.6 MB →
0.93 MB at 10× the sample). Bigrams still decide the order: a question's `CANDIDATES` best tasks by their
words are read back and scored by BM25 over their words and bigrams, each term's document frequency
estimated from the word index (`estimated_df`). benchmarks/who_leads.py measured this as good as the
bigram and unigram index on questions made from the gold tasks (docs/store-design.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from index.lexical import LexicalIndex, top_n
from index.postings import lucene_idf
from index.tokenize import Tokenizer
from kg.store import read_json, write_json

__all__ = ["task_texts", "task_tokenizer", "question_tokenizer", "build_task_index", "save_task_index",
           "load_task_index", "estimated_df", "TaskIndex", "TASK_INDEX_DIR", "TASK_INDEX_FORMAT", "CANDIDATES"]

TASK_INDEX_DIR = "tasks_bm25"
# 2: jieba words only, rescored with bigrams at query time (1, unversioned: words, bigrams and unigrams).
TASK_INDEX_FORMAT = 2
# Tasks rescored per question: 30, 100 and 300 ranked the gold tasks alike (benchmarks/who_leads.py);
# 100 leaves room for questions whose words match many tasks equally.
CANDIDATES = 100
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def task_texts(tasks: list[dict]) -> list[str]:
    """What a who-leads question is matched against: the task, its section path and its document's title."""
    return [t["text"] + " " + " ".join(t["section"]) + " " + t["doc_title"] for t in tasks]


def _names(facts: dict) -> list[str]:
    return [v for d in facts.get("departments", []) for v in d["variants"]]


def task_tokenizer(facts: dict, lazy_dictionary: bool = False) -> Tokenizer:
    """What the saved index holds: jieba words with every printed department name kept whole."""
    return Tokenizer(_names(facts), bigrams=False, unigrams=False, lazy_dictionary=lazy_dictionary)


def question_tokenizer(facts: dict, lazy_dictionary: bool = True) -> Tokenizer:
    """Words and bigrams (the same jieba dictionary): questions, and the candidates they rescore.

    No unigrams: they ranked the gold tasks no better (benchmarks/who_leads.py)."""
    return Tokenizer(_names(facts), bigrams=True, unigrams=False, lazy_dictionary=lazy_dictionary)


def estimated_df(index: LexicalIndex) -> dict[str, int]:
    """The number of tasks holding each word or bigram, from the word index alone: a word's own count, and
    for a bigram, the sum over the words it is part of (an over-count where one task has two such words,
    and bigrams across two words are not seen: measured to rank as the exact counts do)."""
    df = index.postings.df
    out: dict[str, int] = {}
    for term, i in index.vocab.items():
        d = int(df[i]) if i < len(df) else 0
        if not d:
            continue
        out[term] = out.get(term, 0) + d
        inside = {run[j:j + 2] for run in _CJK_RUN.findall(term) for j in range(len(run) - 1)}
        inside.discard(term)
        for b in inside:
            out[b] = out.get(b, 0) + d
    return out


class TaskIndex:
    """who-leads: the word index finds candidates; their words and bigrams rank them (BM25, k1 and b of
    the index; idf from `estimated_df`; a task's length against the candidates' mean length).

    Args:
        words: the saved BM25 index of the tasks' jieba words.
        tokenizer: `question_tokenizer` (a question's bigrams that are words of the index find tasks too).
    """

    def __init__(self, words: LexicalIndex, tokenizer: Tokenizer, candidates: int = CANDIDATES):
        self.words, self.tokenizer, self.candidates = words, tokenizer, candidates
        self.words.tokenizer = tokenizer
        self._df: dict[str, int] | None = None

    @property
    def size(self) -> int:
        return self.words.size

    def idf(self, term: str) -> float:
        """BM25's idf (bm25s' "lucene" form) of `term` over every task, by its estimated frequency."""
        if self._df is None:
            self._df = estimated_df(self.words)  # once, at the first question
        n = self.words.size
        d = min(self._df.get(term, 0), n)
        return lucene_idf(n, d)

    def search(self, question: str, k: int, texts_of: Callable[[list[int]], list[str]]) -> list[tuple[int, float]]:
        """The `k` best tasks for `question` as (task position, score), best first.

        Args:
            texts_of: the `task_texts` of tasks by position (the store reads the candidates' records).
        """
        s = self.words.scores(question)
        cand = top_n(s, self.candidates).tolist()
        if not cand:
            return []
        terms = self.tokenizer(question)
        counts = [Counter(self.tokenizer(t)) for t in texts_of(cand)]
        lengths = [sum(c.values()) for c in counts]
        avg = sum(lengths) / len(lengths)
        k1, b = self.words.k1, self.words.b
        idf = {t: self.idf(t) for t in set(terms)}
        ranked = []
        for pos, c, n in zip(cand, counts, lengths):
            norm = k1 * (1 - b + b * n / avg)
            score = sum(idf[t] * c[t] / (c[t] + norm) for t in terms if t in c)  # a repeated term counts again
            ranked.append((-score, -float(s[pos]), pos))  # ties: the word score, then build order
        ranked.sort()
        return [(pos, -neg) for neg, _, pos in ranked[:k]]

    @classmethod
    def from_texts(cls, names: list[str], texts: list[str]) -> "TaskIndex":
        """The index of these task texts (`task_texts`) with these department names kept whole."""
        facts = {"departments": [{"variants": list(names)}]}
        words = LexicalIndex(task_tokenizer(facts)).index(list(texts) or [""])
        return cls(words, question_tokenizer(facts, lazy_dictionary=False))  # the words' jieba, shared


def build_task_index(facts: dict, folder: Path | None = None, rows=None) -> TaskIndex:
    """The who-leads index of `facts["tasks"]`; saved in `folder` (with what it was built from) when given.

    Args:
        rows: the tasks' term counts already merged file by file (index.lexical.Rows, the streaming
            build); None: tokenise the task texts here.
    """
    tasks = facts.get("tasks", [])
    tok = task_tokenizer(facts)
    index = LexicalIndex(tok).index_rows(rows) if rows is not None else LexicalIndex(tok).index(task_texts(tasks) or [""])
    if folder is not None:
        save_task_index(index, len(tasks), folder)
    return TaskIndex(index, question_tokenizer(facts, lazy_dictionary=False))


def save_task_index(index: LexicalIndex, n_tasks: int, folder: Path) -> None:
    """Save the word index with what it was built from (its format, the task count and the dictionary)."""
    folder = Path(folder)
    index.save(folder)
    write_json(folder / "task_index.json", {"format": TASK_INDEX_FORMAT, "tasks": n_tasks,
                                            "dictionary_hash": index.tokenizer.dictionary_hash})


def load_task_index(folder: Path, facts: dict) -> TaskIndex | None:
    """The saved index of these facts' tasks, or None when it is missing, of another format (a data dir
    built before format 2) or was built from other facts."""
    folder = Path(folder)
    if not (folder / "task_index.json").exists():
        return None
    info = read_json(folder / "task_index.json")
    if info.get("format") != TASK_INDEX_FORMAT or info.get("tasks") != len(facts.get("tasks", [])) \
            or info.get("dictionary_hash") != task_tokenizer(facts).dictionary_hash:
        return None
    # a loaded index only cuts questions and a hundred candidates: jieba's dictionary looked up on demand
    return TaskIndex(LexicalIndex.load(folder, task_tokenizer(facts)), question_tokenizer(facts))
