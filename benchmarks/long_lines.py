"""CPU time of each extraction stage on one long line (2k, 8k, 32k, 128k characters): extraction must stay about linear.

A real file can hold a very long line: a web page flattened to one line, a table pasted as one row. Each line here
is REAL text joined end to end: the lines of the sample corpus and of the development document sets, in file order,
cut at the length measured (no synthetic words). Each length is one .txt file that holds only that line, parsed
(segment and headers) and run through every extractor; the stages inside the extractors (held lists, units) are timed
by wrapping their entry points (only the outermost call of a stage counts, its time is also in its extractor's).

Times are CPU seconds of this process (time.process_time), not wall: the machine is shared. `ratio` is a stage's time
at one length over its time at the length 4x shorter: about 4 is linear, 16 is quadratic.

Run: python -m benchmarks.long_lines [--lengths 2000,8000,32000,128000] [--repeat 1] [--texts zh-tw]
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import save
from kg.config import SAMPLE_CORPUS

ROOT = Path(__file__).resolve().parent
# development document sets whose texts the line is joined from (every one is development material)
SETS = ("other_districts", "other_districts_tasks44", "other_districts_entrep46", "other_districts_repeal45",
        "other_districts_docmeta47")
# development sets that hold zh-TW copies of pages (file names with -s2twp or -trad): `--texts zh-tw` joins their lines
TW_SETS = ("other_districts", "other_districts_docmeta28", "other_districts_docmeta33", "other_districts_entrep25",
           "other_districts_entrep31", "other_districts_entrep37", "other_districts_entrep46", "other_districts_fresh8")
EXTRACTORS = ("tasks", "enterprises", "repeals", "amendments", "indicators", "cites", "validity")
# stages inside the extractors: (label, module, attribute); a function is wrapped wherever a kg module imported it
INNER = (
    ("held lists", "kg.extract.holder_reader", "HolderReader.read"),
    ("held lists", "kg.extract.holder_reader", "HolderReader.count_sets"),
    ("held lists", "kg.extract.holder_reader", "warned_held"),
    ("units", "kg.extract.units", "split_units"),
    ("units", "kg.extract.units", "parse_roles"),
    ("units", "kg.extract.units", "is_unit"),
    ("units", "kg.extract.units", "listed_units"),
)


def real_lines(texts: str = "simplified") -> list[str]:
    """Every non-blank line of the sample corpus, then of the development sets, in file order; `texts="zh-tw"`: of
    the development sets' zh-TW copies of pages only."""
    files = [] if texts == "zh-tw" else sorted(Path(SAMPLE_CORPUS).glob("*.txt"))
    for name in TW_SETS if texts == "zh-tw" else SETS:
        files += [f for f in sorted((ROOT / "data" / name / "texts").glob("*.txt"))
                  if texts != "zh-tw" or "-s2twp" in f.name or "-trad" in f.name]
    out = []
    for f in files:
        out += [ln.strip() for ln in f.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    return out


def long_line(lines: list[str], n: int, start: int = 0) -> str:
    """Real lines joined from `start` until n characters, cut at n."""
    parts, size, i = [], 0, start
    while size < n:
        parts.append(lines[i % len(lines)])
        size += len(parts[-1])
        i += 1
    return "".join(parts)[:n]


class Clock:
    """CPU seconds per stage, only the outermost call of each stage counted."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.depth: dict[str, int] = {}

    def wrap(self, label: str, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            if self.depth.get(label, 0):
                return fn(*args, **kwargs)
            self.depth[label] = 1
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.process_time() - t
                self.depth[label] = 0
        return timed


def install(clock: Clock) -> None:
    """Wraps every INNER function in its module, in each kg module that imported it, and on its class."""
    import importlib

    from kg.extract import extractors
    extractors()  # imports every extractor module, so that the names they imported are there to wrap
    for label, mod, attr in INNER:
        m = importlib.import_module(mod)
        if "." in attr:
            cls, meth = attr.split(".")
            c = getattr(m, cls)
            setattr(c, meth, clock.wrap(label, getattr(c, meth)))
            continue
        orig = getattr(m, attr)
        timed = clock.wrap(label, orig)
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("kg") and getattr(other, attr, None) is orig:
                setattr(other, attr, timed)


def measure(text: str, clock: Clock) -> dict[str, float]:
    from kg.extract import extractors
    from kg.parse import parse_issue

    clock.seconds.clear()
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "long.txt"
        p.write_text(text + "\n", encoding="utf-8")
        t = time.process_time()
        issue = parse_issue(p)
        out = {"segment/headers": time.process_time() - t}
    facts = 0
    for name, fn in extractors().items():
        t = time.process_time()
        facts += len(fn(issue))
        out[name] = time.process_time() - t
    out.update(clock.seconds)
    out["total"] = out["segment/headers"] + sum(out[k] for k in EXTRACTORS)
    out["facts"] = facts
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lengths", default="2000,8000,32000,128000")
    ap.add_argument("--repeat", type=int, default=1, help="the least CPU time of this many runs is kept")
    ap.add_argument("--starts", default="0,0.2,0.4,0.6,0.8",
                    help="where in the real lines each text starts, as a share of them (several texts per length)")
    ap.add_argument("--texts", choices=("simplified", "zh-tw"), default="simplified",
                    help="zh-tw: the lines of the development sets' zh-TW copies of pages")
    ap.add_argument("--out", default=None, help="the JSON's name under benchmarks/out (default long_lines[_zh-tw])")
    args = ap.parse_args(argv)
    lengths = [int(x) for x in args.lengths.split(",")]
    lines = real_lines(args.texts)
    starts = [int(float(x) * len(lines)) for x in args.starts.split(",")]
    clock = Clock()
    install(clock)
    rows: dict[int, dict[str, float]] = {}
    for n in lengths:
        total: dict[str, float] = {}
        for s in starts:
            best: dict[str, float] = {}
            for _ in range(args.repeat):
                got = measure(long_line(lines, n, s), clock)
                best = {k: min(v, best.get(k, v)) for k, v in got.items()}
            for k, v in best.items():
                total[k] = total.get(k, 0.0) + v
        rows[n] = total
        print(f"{n:>7} chars: {total['total']:.2f} s CPU", file=sys.stderr, flush=True)
    stages = ["segment/headers", *EXTRACTORS, "held lists", "units", "total"]
    head = f"{'stage':<16}" + "".join(f"{n // 1000:>8}k" for n in lengths) + "".join(
        f"{'x' + str(b // 1000) + 'k':>8}" for a, b in zip(lengths, lengths[1:]))
    print(f"CPU seconds over {len(starts)} texts per length (ratio = time / time at the length before)")
    print(head)
    for st in stages:
        vals = [rows[n].get(st, 0.0) for n in lengths]
        ratios = [(f"{b / a:.1f}" if a > 0.005 else "-") for a, b in zip(vals, vals[1:])]
        print(f"{st:<16}" + "".join(f"{v:>9.3f}" for v in vals) + "".join(f"{r:>8}" for r in ratios))
    print(f"{'facts':<16}" + "".join(f"{int(rows[n]['facts']):>9}" for n in lengths))
    save(args.out or ("long_lines" if args.texts == "simplified" else "long_lines_zh-tw"), {"texts": args.texts, "process": {"node": platform.node(), "cpus": os.cpu_count(), "python": platform.python_version(),
                                "load": os.getloadavg(), "clock": "time.process_time (CPU seconds)"},
                    "starts": starts, "repeat": args.repeat,
                    "seconds": {str(n): rows[n] for n in lengths}})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
