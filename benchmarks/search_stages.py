"""Where a warm hybrid answer spends its time: each stage of `Searcher.answer`, timed on its own.

The searcher's stages are wrapped with timers (on this searcher object and for this process only); each stage
is charged its own time, without the stages it calls (an exclusive profile, so the rows add up to the answer).
Questions run as benchmarks/search.py runs them: the 40 dev questions in a shuffled order, `--rounds` times,
interleaved with the query embedding alone and (`--txtai`) txtai's hybrid search, whose work between two
answers leaves the caches as a real mixed load would. Timed with one BLAS thread, as benchmarks/search.py's
speed run is (txtai's numpy search wakes OpenBLAS's second thread, whose spinning would be charged to the next
run). Printed per stage: the median wall and CPU ms over the
answers, and the mean CPU ms; then, measured first without the timers, the CPU ms a question of the answer, of the
embedding alone and the rest (the least of `--rounds` rounds).

    python -m benchmarks.search_stages --data DIR [--rounds 3] [--txtai]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import random
import statistics
import time
from pathlib import Path

from benchmarks.common import OUT, load_gold, table
from kg.config import Config


class StageClock:
    """Exclusive wall and CPU time per stage name: a stage's time less that of the stages it called."""

    def __init__(self):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._stack: list[list[float]] = []  # per open stage: time spent in the stages it called (wall, cpu)
        self.on = False

    def wrap(self, name: str, fn):
        @functools.wraps(fn)
        def timed(*a, **kw):
            if not self.on:
                return fn(*a, **kw)
            self._stack.append([0.0, 0.0])
            c, t = time.process_time(), time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                dt, dc = time.perf_counter() - t, time.process_time() - c
                inner = self._stack.pop()
                self.wall[name] = self.wall.get(name, 0.0) + dt - inner[0]
                self.cpu[name] = self.cpu.get(name, 0.0) + dc - inner[1]
                if self._stack:
                    self._stack[-1][0] += dt
                    self._stack[-1][1] += dc

        return timed


def instrument(searcher, clock: StageClock) -> None:
    """Wrap the searcher's stages (instance attributes and the functions index.search calls by name)."""
    import index.search as s

    for name in ("answer", "_rank", "_allowed", "_lexical_scores", "_lexical", "_dense", "_in_force_first",
                 "_exact_first", "_result", "_confidence", "_evidence", "_docs_print", "_place_unknown",
                 "_sentence_margin", "_routes_agree", "_corpus_has", "_idf", "_pos_tagger", "_fuse_sentences",
                 "_passage_in_force", "_place_apart", "_place_unknown_now", "_prints_name",
                 "_dense_arrays", "_fuse_sentence_arrays", "_in_force_arrays"):
        if hasattr(searcher, name):  # (a stage an older searcher lacks: its time stays with its caller)
            setattr(searcher, name, clock.wrap(name, getattr(searcher, name)))
    searcher._pos_tagger()  # built once: its lcut is wrapped on the object
    tagger = searcher._pos
    tagger.lcut = clock.wrap("places.lcut", tagger.lcut)
    searcher.embedder.query = clock.wrap("embedding", searcher.embedder.query)
    if searcher.dense is not None:
        searcher.dense.search = clock.wrap("faiss.search", searcher.dense.search)
        searcher.dense.scores = clock.wrap("faiss.scores", searcher.dense.scores)
        if hasattr(searcher.dense, "search_arrays"):
            searcher.dense.search_arrays = clock.wrap("faiss.search", searcher.dense.search_arrays)
            searcher.dense.scores_array = clock.wrap("faiss.scores", searcher.dense.scores_array)
    searcher.lexical.postings.scores = clock.wrap("bm25.postings", searcher.lexical.postings.scores)
    searcher.lexical.tokenizer = _Called(clock.wrap("bm25.tokenize", searcher.lexical.tokenizer))
    searcher.aliases.within = clock.wrap("aliases.within", searcher.aliases.within)
    if searcher.sentences is not None:
        searcher.sentences.best_of = clock.wrap("sentences.best_of", searcher.sentences.best_of)
        searcher.sentences.best = clock.wrap("sentences.best", searcher.sentences.best)
    lex = s.load_lexicon()  # the cached table answer() uses: its expand timed on the object
    object.__setattr__(lex, "expand", clock.wrap("lexicon.expand", lex.expand))
    import index.answer_features as af

    for fn in ("rewrite_query", "convex", "convex_head_routes", "convex_head_arrays", "lift_route_tops",
               "lift_route_top_arrays", "route_top", "top_n", "without_filler",
               "normalise_numbers", "protected_terms", "load_lexicon", "share_printed",
               "question_places", "place_out_of_scope", "scope_miss", "content_words", "join_single_runs",
               "load_calibration", "phrase_pairs", "features", "service_cues", "compact"):
        for module in (s, af):  # the ranking's module and the confidence features'
            if hasattr(module, fn):
                setattr(module, fn, clock.wrap(fn, getattr(module, fn)))


class _Called:
    """A callable object (the tokenizer) whose calls go through `fn`."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *a, **kw):
        return self.fn(*a, **kw)


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--txtai", action="store_true", help="interleave txtai's hybrid search too")
    args = ap.parse_args(argv)
    from benchmarks.search import _embed_alone, txtai_index
    from index.search import Searcher

    searcher = Searcher.load(Config(data_dir=args.data))
    queries = [q["query"] for q in load_gold("queries")]
    runs = {"hybrid": lambda q: searcher.answer(q, k=10),
            "embedding_alone": _embed_alone(searcher.embedder, searcher.config.query_threads)}
    if args.txtai:
        e = txtai_index(searcher)
        if e is not None:
            runs["txtai"] = lambda q: e.search(q, 10)
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - comes with scikit-learn (the bench extra)
        threadpool_limits = None
    with (threadpool_limits(1, user_api="blas") if threadpool_limits else contextlib.nullcontext()):
        return _timed(searcher, queries, runs, args.rounds)


def _timed(searcher, queries: list[str], runs: dict, rounds: int) -> dict:
    plain = unwrapped(searcher, queries, rounds)
    clock = StageClock()
    instrument(searcher, clock)
    for fn in runs.values():
        fn(queries[0])
    rng = random.Random(14)
    names = list(runs)
    per_answer: list[tuple[dict, dict]] = []  # each hybrid answer's (wall, cpu) seconds by stage
    for _ in range(rounds):
        for q in queries:
            rng.shuffle(names)
            for name in names:
                clock.on = name == "hybrid"
                runs[name](q)
                clock.on = False
            per_answer.append((dict(clock.wall), dict(clock.cpu)))
            clock.wall.clear()
            clock.cpu.clear()
    n = len(per_answer)
    stages = sorted({k for w, _ in per_answer for k in w})
    ms = lambda xs: 1000 * statistics.median(xs)
    mean = lambda xs: 1000 * sum(xs) / n
    col = lambda k, j: [a[j].get(k, 0.0) for a in per_answer]
    rows = [{"stage": k, "wall_p50_ms": ms(col(k, 0)), "cpu_p50_ms": ms(col(k, 1)), "cpu_mean_ms": mean(col(k, 1))}
            for k in stages]
    rows.sort(key=lambda r: -r["cpu_mean_ms"])
    total = [sum(a[1].values()) for a in per_answer]
    rest = [sum(a[1].values()) - a[1].get("embedding", 0.0) for a in per_answer]
    rows.append({"stage": "TOTAL", "wall_p50_ms": ms([sum(a[0].values()) for a in per_answer]),
                 "cpu_p50_ms": ms(total), "cpu_mean_ms": mean(total)})
    rows.append({"stage": "TOTAL less embedding", "wall_p50_ms": ms([sum(a[0].values()) - a[0].get("embedding", 0.0)
                                                                      for a in per_answer]),
                 "cpu_p50_ms": ms(rest), "cpu_mean_ms": mean(rest)})
    print(table(rows, ["stage", "wall_p50_ms", "cpu_p50_ms", "cpu_mean_ms"]))
    print(f"{n} answers; load average {os.getloadavg()[0]:.2f}")
    print("without timers, CPU ms a question (the least round): answer {answer_ms:.2f}, embedding alone "
          "{embedding_ms:.2f}, the rest {rest_ms:.2f}".format(**plain))
    return {"rows": rows, "answers": n, "load": os.getloadavg(), "unwrapped": plain}


def unwrapped(searcher, queries: list[str], rounds: int) -> dict:
    """CPU ms a question of the answer and of the embedding alone, each question's two back to back, without
    the stage timers (which cost a little each): the least of the rounds' sums, and the difference."""
    from benchmarks.search import _embed_alone

    embed = _embed_alone(searcher.embedder, searcher.config.query_threads)
    for q in queries:
        searcher.answer(q, k=10)
    best_a = best_e = float("inf")
    for _ in range(rounds):
        ta = te = 0.0
        for q in queries:
            c = time.process_time()
            embed(q)
            c2 = time.process_time()
            searcher.answer(q, k=10)
            ta, te = ta + time.process_time() - c2, te + c2 - c
        best_a, best_e = min(best_a, ta), min(best_e, te)
    per = lambda x: 1000 * x / len(queries)
    return {"answer_ms": per(best_a), "embedding_ms": per(best_e), "rest_ms": per(best_a - best_e)}


if __name__ == "__main__":
    print(json.dumps(main()["load"]))
