"""Score who-leads retrieval: questions made from the gold tasks, is the gold task (or its lead) ranked first / in 3.

Run: GAZETTE_KG_EVAL=/work/shared/eval python -m benchmarks.who_leads [--variants current,format-1,...]
     [--corpus sample,other] [--size DATA_DIR]

Every gold task (the sample's tasks_dev.json, benchmarks.common.eval_dir, and every
benchmarks/data/other_districts*/gold.json) becomes up to three questions, made by rule from the gold
record alone, never from the index under test:
- phrase: the gold writer's key phrase of the task (task_snippet / text_anchor);
- duty: the task's printed text with its units and role words (牵头, 配合, 负责 …) taken out, i.e. the
  question "who does <this>" without naming who;
- reworded: the duty's three longest content words, reversed, with 由谁牵头 after them (another order,
  fewer words, a role word the task may not print).
The gold task is found in the extracted tasks as the task scorers find it (benchmarks.score_tasks /
benchmarks.other_districts); a question whose gold task was not extracted is left out. Figures: task@1 /
task@3 (the gold task, or a task of the same text, ranked first / in the first three) and lead@1 (the first
task's lead, or its units when none leads, holds a gold lead). Each index variant (`VARIANTS`) is built
in memory over the same extracted tasks; `--size` also builds it over a scale corpus and saves it to
measure its bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import load_gold, save, table
from kg.config import PROJECT_ROOT, SAMPLE_CORPUS

__all__ = ["Question", "questions_for", "score", "VARIANTS", "main"]

DATA = PROJECT_ROOT / "benchmarks" / "data"
# Role words and unit-list labels: a who-leads question does not print them the way the task does.
_ROLE = re.compile(r"牵头单位|责任单位|配合单位|协办单位|主办单位|牵头部门|责任部门|配合部门|牵头|配合|负责|协办|主办|参与")
_PUNCT = re.compile(r"[\s:：;；，,、。.（）()〔〕\[\]【】“”\"'‘’《》<>/／—\-]+")


@dataclass(frozen=True)
class Question:
    kind: str  # phrase | duty | reworded
    text: str
    target: int  # the gold task's position in the extracted tasks
    leads: frozenset  # the gold lead names (or every gold unit when none leads), comparison form


def _units(g: dict) -> list[str]:
    return [*g.get("lead", []), *g.get("cooperate", []), *g.get("generic", []), *g.get("generic_cooperate", []),
            *g.get("generic_lead", [])]


def duty_text(printed: str, units: list[str]) -> str:
    """`printed` without its unit names, role words and punctuation (runs become one space)."""
    from kg.parse.normalize import compact

    s = compact(printed)
    for u in sorted((compact(u) for u in units), key=len, reverse=True):
        if u:
            s = s.replace(u, " ")
    s = _ROLE.sub(" ", s)
    s = re.sub(r"^[一二三四五六七八九十\d]+[、.．]", " ", s)  # an item number
    return " ".join(_PUNCT.sub(" ", s).split())


def reworded(duty: str, tokenizer) -> str:
    """The three longest content words of `duty` (first ones on a tie), reversed, then 由谁牵头."""
    words = []
    for w in tokenizer.words(duty):
        if len(w) >= 2 and w not in words and re.search(r"[\u4e00-\u9fff]", w):
            words.append(w)
    top = sorted(words, key=lambda w: (-len(w), words.index(w)))[:3]
    return " ".join(reversed(top)) + " 由谁牵头" if len(top) >= 2 else ""


def questions_for(g: dict, printed: str, target: int, leads, tokenizer) -> list[Question]:
    """The questions one gold task makes (see the module docstring); `printed` is its task text."""
    out = [Question("phrase", g.get("task_snippet") or g["text_anchor"], target, frozenset(leads))]
    duty = duty_text(printed, _units(g))
    if len(duty.replace(" ", "")) >= 4:
        out.append(Question("duty", duty, target, frozenset(leads)))
        r = reworded(duty, tokenizer)
        if r:
            out.append(Question("reworded", r, target, frozenset(leads)))
    return out


class _Words:
    """jieba's content words of a text (the Tokenizer without bigrams and unigrams), for `reworded`."""

    def __init__(self):
        from index.tokenize import Tokenizer

        self.tok = Tokenizer(bigrams=False, unigrams=False)

    def words(self, text: str) -> list[str]:
        return self.tok(text)


# ---------------------------------------------------------------- the two corpora

def sample_set() -> tuple[dict, list[Question]]:
    """The sample corpus' facts and the questions of tasks_dev.json."""
    from benchmarks.score_tasks import match_task
    from kg.extract import extract_all
    from kg.parse import parse_issue
    from kg.parse.normalize import compact

    facts = extract_all([parse_issue(p) for p in sorted(SAMPLE_CORPUS.glob("*.txt"))])
    tasks, gold = facts["tasks"], load_gold("tasks")
    pos = {id(t): i for i, t in enumerate(tasks)}
    by_file: dict[str, list[dict]] = {}
    for t in tasks:
        by_file.setdefault(t["source"]["file"], []).append(t)
    words, out = _Words(), []
    for g in gold:
        t = match_task(g, by_file.get(g["seed"], []))
        if t is None:
            continue
        leads = {compact(u) for u in (g["lead"] or g["cooperate"])}
        out += questions_for(g, g["task_text"], pos[id(t)], leads, words)
    return facts, out


def other_set(folders: list[Path] | None = None) -> tuple[dict, list[Question]]:
    """Every other_districts* text (or those of `folders`) as one corpus (its facts), and the questions of
    their gold tasks."""
    from benchmarks.other_districts import _task_for, norm, norm_unit
    from kg.extract import extract_all
    from kg.parse import parse_issue

    issues, gold, seen = [], [], set()
    for folder in folders or sorted(DATA.glob("other_districts*")):
        if not (folder / "gold.json").exists():
            continue
        for rec in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
            path = folder / "texts" / rec["file"]
            if rec["file"] in seen or not path.exists():
                continue  # a file name is one source in the build
            seen.add(rec["file"])
            try:
                issues.append(parse_issue(path))
            except Exception:  # noqa: BLE001 - a file the pipeline cannot read has no tasks to ask about
                continue
            gold += [(rec["file"], g, path) for g in rec.get("tasks", [])]
    facts = extract_all(issues)
    tasks = facts["tasks"]
    pos = {id(t): i for i, t in enumerate(tasks)}
    by_file: dict[str, list[dict]] = {}
    for t in tasks:
        by_file.setdefault(t["source"]["file"], []).append(t)
    words, out, lines = _Words(), [], {}
    for file, g, path in gold:
        t = _task_for(g, by_file.get(file, []))
        if t is None:
            continue
        if path not in lines:
            lines[path] = path.read_text(encoding="utf-8", errors="replace").splitlines()
        lo, hi = g["line"], g.get("line_end", g["line"])
        printed = norm("".join(lines[path][lo - 1:hi]))
        leads = {norm_unit(u) for u in (g["lead"] or g["cooperate"])}
        out += questions_for(g, printed, pos[id(t)], leads, words)
    return facts, out


# ---------------------------------------------------------------- scoring

def _lead_names(task: dict) -> set[str]:
    from benchmarks.other_districts import norm_unit

    return {norm_unit(u["name"]) for u in (task["lead"] or task["cooperate"])}


def score(rank, tasks: list[dict], questions: list[Question]) -> dict:
    """task@1, task@3 and lead@1 per question kind and overall; `rank(text, k)` gives task positions."""
    from kg.parse.normalize import compact

    same = [compact(t["text"]) for t in tasks]
    rows: dict[str, list[int]] = {}
    for q in questions:
        top = rank(q.text, 3)
        hit = [same[i] == same[q.target] for i in top]
        lead = bool(top) and bool(_lead_names(tasks[top[0]]) & q.leads)
        for key in (q.kind, "all"):
            r = rows.setdefault(key, [0, 0, 0, 0])
            r[0] += 1
            r[1] += bool(hit[:1] and hit[0])
            r[2] += any(hit)
            r[3] += lead
    return {k: {"n": n, "task@1": a / n, "task@3": b / n, "lead@1": c / n} for k, (n, a, b, c) in rows.items()}


# ---------------------------------------------------------------- index variants

def _standalone(words_only: bool = False, bigrams: bool = True, unigrams: bool = True, context: bool = True,
                section: bool = False):
    """A separate BM25 index of the tasks (index/tasks.py's kind) with these tokens and texts."""

    def make(facts: dict):
        from index.lexical import LexicalIndex
        from index.tokenize import Tokenizer

        names = [v for d in facts.get("departments", []) for v in d["variants"]]
        tok = Tokenizer(names, bigrams=bigrams and not words_only, unigrams=unigrams and not words_only)
        texts = [t["text"] + (" " + " ".join(t["section"]) + " " + t["doc_title"] if context else "")
                 + (" " + " ".join(t["section"]) if section and not context else "") for t in facts["tasks"]]
        return LexicalIndex(tok).index(texts or [""])

    return make


def _current(candidates: int = 100):
    """What the build saves (index/tasks.py): jieba words, the best candidates rescored with bigrams."""

    def make(facts: dict):
        from index.tasks import TaskIndex, task_texts

        ix = TaskIndex.from_texts([v for d in facts.get("departments", []) for v in d["variants"]],
                                  task_texts(facts["tasks"]))
        ix.candidates = candidates
        return ix

    return make


VARIANTS = {
    "current": _current(),  # index/tasks.py (format 2)
    "current-30": _current(30),
    "current-300": _current(300),
    "format-1": _standalone(),  # words + bigrams + unigrams over task, section and title (before format 2)
    "no-unigrams": _standalone(unigrams=False),
    "no-bigrams": _standalone(bigrams=False),
    "words": _standalone(words_only=True),
    "format-1-text-only": _standalone(context=False),
    "words-text-only": _standalone(words_only=True, context=False),
    "no-unigrams-text-only": _standalone(unigrams=False, context=False),
    "no-unigrams-text-section": _standalone(unigrams=False, context=False, section=True),
}


def _rank(index, tasks: list[dict]):
    """`rank(text, k)`: task positions, best first."""
    from index.tasks import TaskIndex, task_texts

    if isinstance(index, TaskIndex):
        texts = lambda ords: task_texts([tasks[i] for i in ords])  # noqa: E731
        return lambda text, k: [i for i, _ in index.search(text, k, texts)]
    return lambda text, k: [i for i, _ in index.search(text, k)]


def index_bytes(index) -> int:
    """The bytes of the files the build saves for `index`."""
    index = getattr(index, "words", index)  # a TaskIndex saves its word index
    with tempfile.TemporaryDirectory(prefix="who-leads-size-") as d:
        index.save(Path(d))
        return sum(p.stat().st_size for p in Path(d).iterdir())


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--corpus", default="sample,other")
    ap.add_argument("--size", type=Path, help="a built data dir (e.g. the scale benchmark's 10x) whose tasks "
                                              "each variant indexes to measure its bytes")
    args = ap.parse_args(argv)
    sets = {"sample": sample_set, "other": other_set}
    corpora = {name: sets[name]() for name in args.corpus.split(",")}
    big = None
    if args.size:
        from kg.store import load_facts, open_generation

        big = load_facts(open_generation(args.size))
    rows, out = [], {}
    for v in args.variants.split(","):
        row = {"variant": v}
        for name, (facts, qs) in corpora.items():
            ix = VARIANTS[v](facts)
            t0 = time.process_time()
            s = score(_rank(ix, facts["tasks"]), facts["tasks"], qs)
            s["cpu_ms_per_question"] = 1000 * (time.process_time() - t0) / max(len(qs), 1)
            out.setdefault(v, {})[name] = s
            for kind in ("phrase", "duty", "reworded", "all"):
                row[f"{name}_{kind}_t1/t3/l1"] = "{task@1:.3f}/{task@3:.3f}/{lead@1:.3f}".format(**s[kind])
            row[f"{name}_n"] = s["all"]["n"]
            row[f"{name}_ms"] = round(s["cpu_ms_per_question"], 2)
        if big is not None:
            t0 = time.perf_counter()
            ix = VARIANTS[v](big)
            row["build_s"] = round(time.perf_counter() - t0, 1)
            row["bytes_at_size"] = out[v]["bytes"] = index_bytes(ix)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    print(table(rows, list(rows[0])))
    save("who_leads", out)
    return out


if __name__ == "__main__":
    main()
