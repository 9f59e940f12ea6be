"""The who-leads index: BM25 over task sentences, built with the data dir and loaded by `who-leads`."""

from __future__ import annotations

from pathlib import Path

from index.lexical import LexicalIndex
from index.tokenize import Tokenizer
from kg.store import read_json, write_json

__all__ = ["task_texts", "task_tokenizer", "build_task_index", "save_task_index", "load_task_index", "TASK_INDEX_DIR"]

TASK_INDEX_DIR = "tasks_bm25"


def task_texts(tasks: list[dict]) -> list[str]:
    """What a who-leads question is matched against: the task, its section path and its document's title."""
    return [t["text"] + " " + " ".join(t["section"]) + " " + t["doc_title"] for t in tasks]


def task_tokenizer(facts: dict, lazy_dictionary: bool = False) -> Tokenizer:
    """jieba with every printed department name kept whole (`lazy_dictionary`: for questions only)."""
    return Tokenizer([v for d in facts.get("departments", []) for v in d["variants"]], lazy_dictionary=lazy_dictionary)


def build_task_index(facts: dict, folder: Path | None = None, rows=None) -> LexicalIndex:
    """The BM25 index of `facts["tasks"]`; saved in `folder` (with what it was built from) when given.

    Args:
        rows: the tasks' term counts already merged file by file (index.lexical.Rows, the streaming
            build); None: tokenise the task texts here.
    """
    tasks = facts.get("tasks", [])
    tok = task_tokenizer(facts)
    index = LexicalIndex(tok).index_rows(rows) if rows is not None else LexicalIndex(tok).index(task_texts(tasks) or [""])
    if folder is not None:
        save_task_index(index, len(tasks), folder)
    return index


def save_task_index(index: LexicalIndex, n_tasks: int, folder: Path) -> None:
    """Save the who-leads index with what it was built from (the task count and the dictionary)."""
    folder = Path(folder)
    index.save(folder)
    write_json(folder / "task_index.json", {"tasks": n_tasks, "dictionary_hash": index.tokenizer.dictionary_hash})


def load_task_index(folder: Path, facts: dict) -> LexicalIndex | None:
    """The saved index of these facts' tasks, or None when it is missing or was built from other facts."""
    folder = Path(folder)
    if not (folder / "task_index.json").exists():
        return None
    info = read_json(folder / "task_index.json")
    tok = task_tokenizer(facts, lazy_dictionary=True)  # a loaded index only cuts questions
    if info.get("tasks") != len(facts.get("tasks", [])) or info.get("dictionary_hash") != tok.dictionary_hash:
        return None
    return LexicalIndex.load(folder, tok)
