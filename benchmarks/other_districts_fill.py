"""Annotator's tool for the other-districts gold: turn text anchors into 1-based line numbers, and check them.

Run: python -m benchmarks.other_districts_fill [--check] [--data DIR]

The gold (benchmarks/data/other_districts/gold.json) is written by hand with anchors — a piece of the
printed text — and this tool fills every missing `line` / `line_start` / `text_line` from its anchor, so the
numbers are never typed by hand. Lines already present are checked, never moved. An anchor must be found
exactly once where it is searched (else the record must say `nth`); text is compared with all whitespace
removed, as printed (no script conversion). `--check` only reports problems and writes nothing. `--data DIR`
works on another set of the same layout (DIR/gold.json + DIR/texts/), e.g. benchmarks/data/other_districts_fresh.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "other_districts"
GOLD = DATA / "gold.json"
TEXTS = DATA / "texts"
MAX_NOTE_SPAN = 8  # a responsibility note and its units sit within a few lines of each other


def compact(s: str) -> str:
    return "".join(s.split())


def read_lines(name: str, texts: Path = TEXTS) -> list[str]:
    """The file's lines, 1-based (index 0 is a dummy), split exactly as `sed -n Np` counts them."""
    text = (texts / name).read_text(encoding="utf-8")
    return [""] + text.split("\n")


def find(lines: list[str], anchor: str, start: int = 1, nth: int | None = None, unique: bool = True) -> int:
    """The line holding `anchor` (whitespace-insensitive) at or after `start`."""
    a = compact(anchor)
    hits = [i for i in range(max(start, 1), len(lines)) if a in compact(lines[i])]
    if not hits:
        raise ValueError(f"anchor not found: {anchor!r}")
    if nth is not None:
        return hits[nth - 1]
    if unique and len(hits) > 1:
        raise ValueError(f"anchor found on lines {hits}, give nth: {anchor!r}")
    return hits[0]


def units_span(lines: list[str], line: int, names: list[str]) -> int:
    """The last line of the note: the smallest end from which every named unit is printed in line..end."""
    want = [compact(n) for n in names]
    for end in range(line, min(line + MAX_NOTE_SPAN, len(lines) - 1) + 1):
        block = compact("".join(lines[line:end + 1]))
        if all(w in block for w in want):
            return end
    raise ValueError(f"units {names} not all within {MAX_NOTE_SPAN} lines of {line}")


def fill_record(rec: dict, lines: list[str]) -> list[str]:
    """Fill and check one file's records in place; returns the problems found."""
    problems = []

    def guard(fn):
        try:
            fn()
        except ValueError as e:
            problems.append(str(e))

    for d in rec.get("documents", []):
        def doc(d=d):
            got = find(lines, d["start_anchor"], nth=d.get("start_nth"))
            d.setdefault("line_start", got)
            if d["line_start"] != got:
                raise ValueError(f"document line_start {d['line_start']} but anchor on {got}")
        guard(doc)
    for t in rec.get("tasks", []):
        def task(t=t):
            tl = find(lines, t["text_anchor"], nth=t.get("text_nth"))
            t.setdefault("text_line", tl)
            line = find(lines, t["note_anchor"], start=tl, unique=False) if t.get("note_anchor") else tl
            t.setdefault("line", line)
            if (t["text_line"], t["line"]) != (tl, line):
                raise ValueError(f"task at {t['line']} but anchors give {line} (text {tl})")
            t.setdefault("line_end", units_span(lines, t["line"], t["lead"] + t["cooperate"] + t["generic"]))
        guard(task)
    for r in rec.get("repeals", []):
        def rep(r=r):
            got = find(lines, r.get("anchor") or r["target_title"] or r["target_doc_number"], nth=r.get("nth"))
            r.setdefault("line", got)
            if r["line"] != got:
                raise ValueError(f"repeal line {r['line']} but anchor on {got}")
        guard(rep)
    for r in rec.get("not_repeals", []):
        def notrep(r=r):
            got = find(lines, r.get("anchor") or r["title"], nth=r.get("nth"))
            r.setdefault("line", got)
            if r["line"] != got:
                raise ValueError(f"not_repeal line {r['line']} but anchor on {got}")
        guard(notrep)
    for e in rec.get("enterprises", []):
        def ent(e=e):
            got = find(lines, e.get("anchor") or e["name"], nth=e.get("nth"))
            e.setdefault("line", got)
            if e["line"] != got:
                raise ValueError(f"enterprise line {e['line']} but anchor on {got}")
        guard(ent)
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="report problems, write nothing")
    ap.add_argument("--data", type=Path, default=DATA, help="the set's folder: gold.json and texts/")
    args = ap.parse_args(argv)
    gold_path, texts = args.data / "gold.json", args.data / "texts"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    bad = 0
    for rec in gold:
        problems = fill_record(rec, read_lines(rec["file"], texts))
        for p in problems:
            print(f"{rec['file']}: {p}")
        bad += len(problems)
    if not args.check and not bad:
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
