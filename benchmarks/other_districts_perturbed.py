"""Metamorphic test of the other-districts sets: the same page laid out another real way must give the same facts.

Run: python -m benchmarks.other_districts_perturbed [--sets other_districts,other_districts_fresh | development]
     [--only NAME,..] [--errors] [--files N] [--save NAME]
     (`--sets development`: every folder whose records are all development, never-seen ones left out; the script
     transforms on all of them: `--sets development --only s2tw,pinyin,s2twp --save other_districts_perturbed_script`)

Every file of the development sets (benchmarks/data/other_districts, _fresh … _fresh4) is rewritten by each
transform of TRANSFORMS, a small pure layout change seen on real pages (each row names where). The copy is
parsed and scored with the same gold as its source (benchmarks.other_districts.score_file): gold line numbers
are carried through the transform's line map, so a fact that moved to another line is not a miss (a transform
that changes the line count is also scored on the source's lines, since a reader may undo it, and the better
alignment counts; names and titles must match either way), and gold strings pass through the transform's own
string map where a row has one (none does now: zh-TW copies keep the simplified gold, which the scorer compares
through OpenCC t2s). Only the files a
transform changes are scored for it, and its drop is taken against the unperturbed scores of the same files.
A transform that leaves the text genuinely ambiguous to a human reader is marked `ambiguous` and reported
apart, out of the summed drop. Results are printed as a transform × column table and saved as JSON under
benchmarks/out/other_districts_perturbed.json.
"""

from __future__ import annotations

import argparse
import copy
import json
import logging
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from benchmarks.common import save, table
from benchmarks.converter_pinyin import converter_copy
from benchmarks.other_districts import DATA, load_gold, score_file, summarise

SETS = ["other_districts", "other_districts_fresh", "other_districts_fresh2", "other_districts_fresh3",
        "other_districts_fresh4"]
COLUMNS = ["doc_number", "title", "date", "issuer", "tasks_found", "lead_f1", "units_f1", "repeal_recall",
           "false_repeals", "ent_class"]
CJK = "\u3400-\u9fff"


@dataclass(frozen=True)
class Perturbed:
    """A rewritten file: its lines, and for each source line (0-based) the (first, last) new line numbers."""

    lines: list[str]
    where: list[tuple[int, int]]


@dataclass(frozen=True)
class Transform:
    name: str
    apply: Callable[[list[str]], Perturbed]
    where: str  # the real pages that print the text this way
    gold: Callable[[str], str] | None = None  # the same change on the gold's strings (names, titles)
    ambiguous: bool = False  # a reader could not tell the facts apart either: reported, not scored


# ---------------------------------------------------------------- line-map helpers

def per_line(fn: Callable[[str], list[str]]) -> Callable[[list[str]], Perturbed]:
    """A transform that rewrites each line into zero or more lines; a removed line maps to the next one."""
    def run(lines: list[str]) -> Perturbed:
        out, where = [], []
        for ln in lines:
            new = fn(ln)
            first = len(out) + 1
            out.extend(new)
            where.append((first, max(first, len(out))))
        return Perturbed(out, where)
    return run


def grouped(groups: Callable[[list[str]], list[tuple[int, int, list[str]]]]) -> Callable[[list[str]], Perturbed]:
    """A transform that replaces runs of lines [i, j) by new lines; every line of a run maps to the whole block."""
    def run(lines: list[str]) -> Perturbed:
        out, where, i = [], [], 0
        for a, b, new in sorted(groups(lines), key=lambda g: g[0]) + [(len(lines), len(lines), [])]:
            while i < a:
                out.append(lines[i])
                where.append((len(out), len(out)))
                i += 1
            if b > a:
                first = len(out) + 1
                out.extend(new)
                where.extend([(first, max(first, len(out)))] * (b - a))
                i = b
        return Perturbed(out, where)
    return run


# ---------------------------------------------------------------- character transforms

_ASCII_PUNCT = {":": "\uff1a", ",": "\uff0c", ";": "\uff1b", "(": "\uff08", ")": "\uff09", "?": "\uff1f",
                "!": "\uff01"}
_HALF = {v: k for k, v in _ASCII_PUNCT.items()} | {"\u3000": " "}


def fullwidth_punct(s: str) -> str:
    """ASCII : , ; ( ) ? ! → full-width where a neighbour is not ASCII (12:30, 1,000 and (a) stay)."""
    chars = list(s)
    for i, ch in enumerate(chars):
        if ch in _ASCII_PUNCT:
            a = s[i - 1] if i else " "
            b = s[i + 1] if i + 1 < len(s) else " "
            if not (a.isascii() and b.isascii()):
                chars[i] = _ASCII_PUNCT[ch]
    return "".join(chars)


def halfwidth_punct(s: str) -> str:
    return "".join(_HALF.get(ch, ch) for ch in s)


def fullwidth_digits(s: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" else ch for ch in s)


_NUMBER = re.compile(r"〔((?:19|20)\d\d)〕")


def number_brackets(open_: str, close: str) -> Callable[[str], str]:
    return lambda s: _NUMBER.sub(lambda m: f"{open_}{m[1]}{close}", s)


@lru_cache(maxsize=None)
def _cc(config: str):
    import opencc

    return opencc.OpenCC(config)


def s2twp(s: str) -> str:
    return _cc("s2twp").convert(s)


def _s2tw(s: str) -> str:
    return _cc("s2tw").convert(s)


# ---------------------------------------------------------------- layout transforms

_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?[\s\-:|]+\|[\s\-:|]*$")


def _cells(line: str) -> list[str] | None:
    m = _PIPE_ROW.match(line)
    if not m or _PIPE_RULE.match(line):
        return None
    return [c.strip() for c in m[1].split("|")]


def pipe_to_cells(blank: bool) -> Callable[[str], list[str]]:
    """A markdown pipe row → one cell a line (rule rows dropped); with blank lines between cells if asked."""
    def one(line: str) -> list[str]:
        if _PIPE_RULE.match(line) and "|" in line:
            return []
        cells = _cells(line)
        if cells is None:
            return [line]
        cells = [c for c in cells if c] or [""]
        if not blank:
            return cells
        out = []
        for c in cells:
            out += [c, ""]
        return out
    return one


_LABEL = re.compile(rf"^(\s*(?:[•·\-*]\s*)?)([{CJK}]{{2,6}})(\s*[:\uff1a])")


def spaced_label(line: str) -> list[str]:
    """'索引号:' → '索 引 号:', and the header cells of a pipe table the same way."""
    m = _LABEL.match(line)
    if m:
        return [m[1] + " ".join(m[2]) + line[m.end(2):]]
    cells = _cells(line)
    if cells and all(re.fullmatch(rf"[{CJK}]{{2,6}}|", c) for c in cells):
        return ["| " + " | ".join(" ".join(c) for c in cells) + " |"]
    return [line]


_WRAP_AT = 30
_PROSE_END = "。；;!！?？"


def hard_wrap(line: str) -> list[str]:
    """A prose line longer than _WRAP_AT characters cut every _WRAP_AT characters (table rows kept)."""
    if len(line) <= _WRAP_AT or "|" in line or "\t" in line:
        return [line]
    return [line[i:i + _WRAP_AT] for i in range(0, len(line), _WRAP_AT)]


def indent_fullwidth(line: str) -> list[str]:
    """Two ideographic spaces before every non-blank line that is not a table row."""
    return [line if not line.strip() or "|" in line else "\u3000\u3000" + line.lstrip()]


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s) > 12 and s[-1] in _PROSE_END and "|" not in s


def glued_paragraphs(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """Each pair of neighbouring prose paragraphs (ending 。/；) printed as one line."""
    out, i = [], 0
    while i + 1 < len(lines):
        if _is_prose(lines[i]) and _is_prose(lines[i + 1]):
            out.append((i, i + 2, [lines[i].rstrip() + lines[i + 1].strip()]))
            i += 2
        else:
            i += 1
    return out


META_LABELS = ("索引号", "发布机构", "发文机关", "发文机构", "发文单位", "发文字号", "文号", "成文日期", "发布日期", "发文日期",
               "主题分类", "公文种类", "主题词", "有效性", "生效日期", "信息来源", "来源", "标题", "名称", "发布时间",
               "公开方式", "目录组配分类", "组配分类", "公开范围", "信息分类", "体裁分类")
_SPACED = lambda w: r"\s*".join(w)
_META_START = re.compile(rf"^\s*(?:[•·\-*]\s*)?(?:{'|'.join(_SPACED(w) for w in sorted(META_LABELS, key=len, reverse=True))})\s*[:\uff1a]")
# every label of a metadata line before a colon, at the start or after a space: a known label (spaced or not)
# or 2-6 characters
_KNOWN = "|".join(_SPACED(w) for w in sorted(META_LABELS, key=len, reverse=True))
_PAIR_LABEL = re.compile(rf"(?:^\s*(?:[•·\-*]\s*)?|\s+)(?P<label>{_KNOWN}|[{CJK}]{{2,6}})\s*[:\uff1a]")


def meta_pairs(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a metadata line ('索引号: X 文 号: Y' gives two), or None for another line."""
    if "|" in line or not _META_START.match(line):
        return None  # a table row already (| 索引号: | X |): laid out its own way
    marks = list(_PAIR_LABEL.finditer(line))
    return [(m["label"], line[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(line)].strip())
            for k, m in enumerate(marks)]


def _meta_blocks(lines: list[str]) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Runs of metadata lines holding two or more pairs (blank lines inside a run allowed) in the first 60 lines."""
    blocks, i, n = [], 0, min(len(lines), 60)
    while i < n:
        if meta_pairs(lines[i]) is None:
            i += 1
            continue
        pairs, j, last = [], i, i
        while j < n and (not lines[j].strip() or meta_pairs(lines[j]) is not None):
            if lines[j].strip():
                pairs += meta_pairs(lines[j])
                last = j
            j += 1
        if len(pairs) >= 2 and all(v for _, v in pairs):
            blocks.append((i, last + 1, pairs))
        i = last + 1
    return blocks


def meta_layout(how: str) -> Callable[[list[str]], list[tuple[int, int, list[str]]]]:
    """A metadata block of label lines laid out as one line, a pipe table of two pairs a row, or values below."""
    def fmt(pairs: list[tuple[str, str]]) -> list[str]:
        if how == "one_line":
            return ["  ".join(f"{k}:{v}" for k, v in pairs)]
        if how == "pipe":
            rows = []
            for k in range(0, len(pairs), 2):
                cells = [x for p in pairs[k:k + 2] for x in p]
                rows.append("| " + " | ".join(cells) + " |")
            return [rows[0], "| " + " | ".join(["---"] * (rows[0].count("|") - 1)) + " |"] + rows[1:]
        return [x for k, v in pairs for x in (f"{k}:", v)]  # value on the line below its label

    return lambda lines: [(a, b, fmt(pairs)) for a, b, pairs in _meta_blocks(lines)]


CHROME = ["首页 > 政务公开 > 政府文件", "【字体:大 中 小】 打印 分享到:"]


def chrome_before(lines: list[str]) -> Perturbed:
    """A breadcrumb and a share line above the page's text."""
    return Perturbed(CHROME + lines, [(i + 1 + len(CHROME), i + 1 + len(CHROME)) for i in range(len(lines))])


def blank_between(line: str) -> list[str]:
    """A blank line after every non-blank line."""
    return [line, ""] if line.strip() else [line]


def pipe_to_tabs(line: str) -> list[str]:
    """A markdown pipe row → its cells joined by tabs (a table copied out of a spreadsheet); rule rows dropped."""
    if _PIPE_RULE.match(line) and "|" in line:
        return []
    cells = _cells(line)
    return [line] if cells is None else ["\t".join(cells)]


_CN_DIGITS = "〇一二三四五六七八九"
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


def _cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN_DIGITS[tens]) + "十" if tens else "") + (_CN_DIGITS[ones] if ones or not tens else "")


def chinese_dates(s: str) -> str:
    """2024年3月5日 → 二〇二四年三月五日, as signatures of official documents print it."""
    return _DATE.sub(lambda m: "".join(_CN_DIGITS[int(c)] for c in m[1]) + f"年{_cn_number(int(m[2]))}月"
                     f"{_cn_number(int(m[3]))}日", s)


def chars(fn: Callable[[str], str]) -> Callable[[list[str]], Perturbed]:
    return per_line(lambda s: [fn(s)])


TRANSFORMS: list[Transform] = [
    Transform("fullwidth_punct", chars(fullwidth_punct),
              "most government pages (the sample corpus): ：，；（） printed full-width"),
    Transform("halfwidth_punct", chars(halfwidth_punct),
              "pages typed or copied through an ASCII keyboard setting: 发文字号:  (2024)"),
    Transform("fullwidth_digits", chars(fullwidth_digits),
              "Word-typed notices and WPS exports: ２０２４年３月５日, 〔２０２４〕７号"),
    Transform("number_square", chars(number_brackets("[", "]")), "pages whose 〔〕 became [] (镇政发[2024]7号)"),
    Transform("number_round", chars(number_brackets("(", ")")), "pages printing 文号 with round brackets (县政发(2024)7号)"),
    Transform("number_fullwidth_round", chars(number_brackets("\uff08", "\uff09")),
              "pages printing 文号 with full-width round brackets (县政发（2024）7号)"),
    Transform("number_stripped", chars(number_brackets("", "")),
              "copies whose bracket characters were lost in encoding (镇政发20247号)"),
    Transform("spaced_labels", per_line(spaced_label),
              "metadata labels and table headers spaced to align (索 引 号:, 责 任 单 位)"),
    Transform("chrome_before", chrome_before, "a page's breadcrumb and 字体/分享 line left above the text"),
    Transform("indent_fullwidth", per_line(indent_fullwidth), "paragraphs indented with two ideographic spaces"),
    Transform("chinese_dates", chars(chinese_dates), "signed dates in Chinese numerals (二〇二四年三月五日)"),
    Transform("blank_between", per_line(blank_between), "web copies with a blank line between paragraphs (<p> margins)"),
    Transform("hard_wrap_30", per_line(hard_wrap), "text copied from a PDF or a fixed-width page: lines cut every ~30 characters"),
    Transform("glued_paragraphs", grouped(glued_paragraphs), "pages whose <p> breaks were lost: paragraphs run together"),
    Transform("pipe_to_cells", per_line(pipe_to_cells(False)), "tables copied from a page without their grid: one cell a line"),
    Transform("pipe_to_cells_blank", per_line(pipe_to_cells(True)), "the same with a blank line between cells (one <p> a cell)"),
    Transform("pipe_to_tabs", per_line(pipe_to_tabs), "tables pasted from a spreadsheet: cells joined by tabs"),
    Transform("meta_one_line", grouped(meta_layout("one_line")), "metadata printed as one line (索引号:… 发布机构:… 文号:…)"),
    Transform("meta_pipe", grouped(meta_layout("pipe")), "metadata printed as a two-pair table (| 索引号 | … | 发布机构 | … |)"),
    Transform("meta_value_below", grouped(meta_layout("below")), "metadata values on the line below their label (bullet lists)"),
    # The gold stays simplified: the scorer reads both sides through OpenCC t2s. s2tw changes characters only;
    # s2twp also swaps words (创建 → 建立, 调度 → 排程, 塑料 → 塑胶) that no reader can turn back into the
    # mainland original, so its drops are reported apart (ambiguous), not counted as misses.
    Transform("s2tw", chars(_s2tw), "zh-TW character copies of mainland pages (OpenCC s2tw: 發展, 區政府)"),
    # converter copies: OpenCC s2t, then the pinyin the real converter pages print after their characters
    # (benchmarks.converter_pinyin.PINYIN, harvested from those pages): 南(nán)沙開(kāi)發區管委會
    Transform("pinyin", chars(converter_copy),
              "web-converter zh-TW copies with toned pinyin in brackets (自治區(qū)工業(yè)和信息化廳)"),
    Transform("s2twp", chars(s2twp), "zh-TW copies with Taiwan wording (OpenCC s2twp: 文件 → 檔案, 项目 → 專案)",
              ambiguous=True),
]
BY_NAME = {t.name: t for t in TRANSFORMS}


# ---------------------------------------------------------------- applying a transform to a gold record

_GOLD_TEXT_KEYS = {"title", "doc_number", "issuer", "start_anchor", "text_anchor", "lead", "cooperate", "generic",
                   "target_title", "target_doc_number", "name"}


def carry_gold(rec: dict, p: Perturbed, gold: Callable[[str], str] | None) -> dict:
    """The gold record of a perturbed copy: line numbers through the line map, strings through `gold`."""
    rec = copy.deepcopy(rec)
    first = lambda n: p.where[n - 1][0] if 1 <= n <= len(p.where) else n
    last = lambda n: p.where[n - 1][1] if 1 <= n <= len(p.where) else n
    for d in rec["documents"]:
        d["line_start"] = first(d["line_start"])
    for t in rec["tasks"]:
        t["text_line"], t["line"] = first(t["text_line"]), first(t["line"])
        if "line_end" in t:
            t["line_end"] = last(t["line_end"])
    for key in ("repeals", "not_repeals", "enterprises"):
        for r in rec[key]:
            r["line"] = first(r["line"])
    if gold is None:
        return rec

    def walk(v, key=None):
        if isinstance(v, str) and key in _GOLD_TEXT_KEYS:
            return gold(v)
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items()}
        return v

    return walk(rec)


def perturb(text: str, t: Transform) -> Perturbed:
    return t.apply(text.split("\n"))


def score_variant(rec: dict, data: Path, t: Transform, scratch: Path) -> tuple[Counter, list] | None:
    """The counts of one file perturbed by `t` (None where the transform changes nothing in it)."""
    text = (data / "texts" / rec["file"]).read_text(encoding="utf-8")
    p = perturb(text, t)
    new = "\n".join(p.lines)
    if new == text:
        return None
    (scratch / "texts").mkdir(parents=True, exist_ok=True)
    (scratch / "texts" / rec["file"]).write_text(new, encoding="utf-8")
    carried = score_file(carry_gold(rec, p, t.gold), scratch)
    if len(p.lines) == len(text.split("\n")) and t.gold is None:
        return carried
    # A reader may undo the transform (joined wrapped lines): the facts then stand on the source's lines.
    # A fact found on either line is found; the content must still match.
    source = score_file(carry_gold(rec, Perturbed(p.lines, [(i + 1, i + 1) for i in range(len(p.where))]), t.gold),
                        scratch)
    return min(carried, source, key=lambda r: len(r[1]))


# ---------------------------------------------------------------- the report

def _delta(a, b):
    return None if a is None or b is None else b - a


def run(sets: list[str], transforms: list[Transform], limit: int | None = None) -> dict:
    base_files, results = {}, {t.name: {"base": Counter(), "var": Counter(), "files": [], "errors": {}} for t in transforms}
    with tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        for s in sets:
            data = DATA.parent / s
            for rec in load_gold("all", data)[:limit]:
                key = f"{s}/{rec['file']}"
                base, base_errs = score_file(rec, data)
                base_files[key] = summarise(base)
                for t in transforms:
                    got = score_variant(rec, data, t, Path(tmp) / t.name)
                    if got is None:
                        continue
                    c, errs = got
                    r = results[t.name]
                    r["base"] += base
                    r["var"] += c
                    r["files"].append(key)
                    if summarise(c) != summarise(base):
                        old = {str(e[2:]) for e in base_errs}
                        r["errors"][key] = [list(map(str, e)) for e in errs if str(e[2:]) not in old]
    rows = []
    for t in transforms:
        r = results[t.name]
        if not r["files"]:
            rows.append({"transform": t.name, "files": 0})
            continue
        b, v = summarise(r["base"]), summarise(r["var"])
        row = {"transform": t.name + (" (ambiguous)" if t.ambiguous else ""), "files": len(r["files"]),
               "changed": len(r["errors"])}
        for col in COLUMNS:
            row[col] = v[col]
            row[f"d_{col}"] = _delta(b[col], v[col])
        rows.append(row)
    return {"rows": rows, "transforms": {t.name: t.where for t in transforms},
            "errors": {k: r["errors"] for k, r in results.items()}, "base": base_files}


def _short(row: dict) -> dict:
    """A row for the printed table: each column as value (drop)."""
    out = {"transform": row["transform"], "files": row["files"], "changed": row.get("changed", "")}
    for col in COLUMNS:
        v, d = row.get(col), row.get(f"d_{col}")
        if v is None:
            out[col] = ""
        elif col == "false_repeals":
            out[col] = f"{v}" + (f" (+{d})" if d else "")
        else:
            out[col] = f"{v:.3f}" + (f" ({d:+.3f})" if d and abs(d) >= 0.0005 else "")
    return out


def development_sets() -> list[str]:
    """Every other_districts* folder with a gold.json whose records are all development (split `dev`): a never-seen
    folder's records carry its own split (fresh45) until it is scored once, and are not read."""
    out = []
    for gold in sorted(DATA.parent.glob("other_districts*/gold.json")):
        if all(r.get("split") == "dev" for r in json.loads(gold.read_text(encoding="utf-8"))):
            out.append(gold.parent.name)
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS),
                    help="comma-separated set folders under benchmarks/data, or `development`: every folder whose "
                         "records are all split dev (never-seen folders are left out)")
    ap.add_argument("--save", default="", help="save the JSON as benchmarks/out/NAME.json (a full run saves "
                                               "other_districts_perturbed without it)")
    ap.add_argument("--only", default="", help="comma-separated transform names (default: all)")
    ap.add_argument("--files", type=int, default=None, help="the first N files of each set (a quick look)")
    ap.add_argument("--errors", action="store_true", help="print the misses each transform adds")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)  # the parser's per-file warnings are the same for every copy
    transforms = [BY_NAME[n] for n in args.only.split(",")] if args.only else TRANSFORMS
    t0 = time.perf_counter()
    sets = development_sets() if args.sets == "development" else args.sets.split(",")
    out = run(sets, transforms, args.files)
    out["sets"] = sets
    print(f"{len(out['base'])} files, {len(transforms)} transforms; {time.perf_counter() - t0:.1f}s")
    print(table([_short(r) for r in out["rows"]], ["transform", "files", "changed", *COLUMNS]))
    if args.errors:
        for name, files in out["errors"].items():
            for f, errs in files.items():
                for e in errs:
                    print("  ", name, f, *e)
    if args.save:
        save(args.save, out)
    elif not args.files and not args.only:
        save("other_districts_perturbed", out)
    return out


if __name__ == "__main__":
    main()
