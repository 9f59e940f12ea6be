"""One normalisation layer for matching: printed text → the form every matcher reads.

`fold` works on characters: NFKC where it means the same character (compatibility ideographs, Kangxi
radicals, full-width letters and digits), traditional → simplified (OpenCC t2s), zh-TW usage
(最佳化 → 优化) when the file is written that way, converter pinyin annotations removed (發(fā) → 发).
`normalize_line` adds the line-level repairs: conversion markup, PDF spaces, markdown pipe rows → tab
cells, broken 文号 (某府办发〔202312 → 某府办发〔2023〕12号) and Chinese-numeral dates. The raw text of every
line and its number stay untouched (`Line.raw`); `printed_form` finds the printed spelling of a name
that was found in the normalised text, so records keep the name as printed beside the matching form.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Line
from kg.parse.numerals import cn_small_int

__all__ = [
    "fold",
    "normalize_line",
    "normalize_lines",
    "compact",
    "NormalizedText",
    "to_simplified",
    "is_traditional",
    "uses_taiwan_phrasing",
    "strip_pinyin",
    "repair_doc_numbers",
    "arabic_dates",
    "printed_form",
    "normalize_doc_number",
    "normalize_registration",
]

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({0xFF05: ord("%"), 0xFF0E: ord("."), 0x00A0: ord(" "), 0x3000: ord(" ")})
# NFKC only where it gives the same character back in its usual code point: PDF extraction prints
# Kangxi radicals (⾏ for 行) and compatibility ideographs. Full-width punctuation （：，, circled
# numbers ① and unit signs ㎡ are left as printed: the matchers read them.
_NFKC_RANGES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# "發(fā)", "負(fù)責(zé)": a converter's pinyin after a polyphonic character (a tone mark is required,
# so "(a)" list markers and ASCII words in brackets stay).
# (a space the converter left before the closing bracket too: "南樂(lè )縣", megontherun.com/2016/01-07/2746947.html)
# (a converter run over a converter copy prints the syllable twice, "聯(lián)(lián)合": the run after a character goes
# as one, as the toneless converter's "上(shang)(shang)海" does)
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[ \u00a0]?[)）])+")

# zh-TW usage written back to mainland usage (a curated part of OpenCC's tw2sp: phrases whose
# mainland reading is certain in government text; tw2sp's 指標→指针 and 執行→运行 are left out).
_TAIWAN_PHRASES = (
    ("最佳化", "优化"), ("资讯化", "信息化"), ("资讯", "信息"), ("网际网路", "互联网"), ("网路", "网络"),
    ("软体", "软件"), ("硬体", "硬件"), ("专案", "项目"), ("智慧财产", "知识产权"), ("数位", "数字"),
    ("释出", "发布"), ("稽核", "审核"), ("列印", "打印"), ("程式", "程序"), ("入口网", "门户网"),
    ("视窗", "窗口"), ("档案", "文件"), ("预设", "默认"), ("支援", "支持"),
    # a page's counters and buttons as s2twp writes them ("點選數:人次", "字型[ 大 中 小 ]"): read as the fields they are
    ("点选", "点击"), ("字型", "字体"),
    # and a portal's field labels ("檔名稱…", "檔案型別黃政辦發": 文件名称, 文件类型); 档名 before 档案 is written back
    ("档名", "文件名"), ("型别", "类型"),
)
_TAIWAN_MARKERS = ("最佳化", "資訊", "网际网路", "網際網路", "網路", "軟體", "專案", "智慧財產", "數位", "釋出", "稽核",
                   "型別", "檔名")


# a converter that writes its pinyin without tone marks ("桂(gui)農廳發", "歡(huan)迎訪(fang)問"): a bracketed lowercase
# syllable after a character, read as pinyin only in a file that prints many of them (a lone "(a)" marker stays)
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
_TONELESS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]{_SYLLABLE}[)）]")
# (a converter may print the syllable twice, "上(shang)(shang)海(hai)(hai)偉星": the run after a character goes as one)
_TONELESS_RUN = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（]{_SYLLABLE}[)）])+")
_TONELESS_MIN = 5  # bracketed syllables a file must print to be read as a toneless converter's


def strip_toneless_pinyin(text: str) -> str | None:
    """The text without a toneless converter's pinyin, or None when the file is not one (fewer than
    `_TONELESS_MIN` bracketed syllables)."""
    return _TONELESS_RUN.sub("", text) if len(_TONELESS.findall(text)) >= _TONELESS_MIN else None


def strip_pinyin(s: str) -> str:
    """Remove converter pinyin annotations: '發(fā)展' → '發展', '負(fù)責(zé)' → '負責'."""
    return _PINYIN.sub("", s) if "(" in s or "（" in s else s


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# variant forms OpenCC's t2s leaves as printed, written as the simplified character (one for one, so printed positions
# hold): 陜 (U+965C), the 陝 a Hong Kong font and 《陜西日報》 print ("下一步,陜西省將加快推進全省農業農村現代化", fresh63
# shaanxi_sheng-nongyenongcunting-2023-nongye-nongcun-fazhan-fabuhui-1000kva.txt:3) — left as printed, no place reads it
_VARIANT_FORMS = str.maketrans({"陜": "陕"})


def to_simplified(s: str) -> str:
    return _t2s().convert(s).translate(_VARIANT_FORMS)


def _nfkc(s: str) -> str:
    s = s.translate(_FULLWIDTH)
    return _NFKC_RANGES.sub(lambda m: unicodedata.normalize("NFKC", m[0]), s)


def fold(s: str, taiwan: bool = False) -> str:
    """The matching form of printed text, character by character (spaces and tabs kept).

    >>> fold("區大數據局負(fù)責")
    '区大数据局负责'
    """
    s = to_simplified(_nfkc(strip_pinyin(s)))
    return _taiwan_usage(s) if taiwan else s


def _taiwan_usage(s: str) -> str:
    """zh-TW wording written in mainland usage (资讯 → 信息), on simplified text."""
    for tw, cn in _TAIWAN_PHRASES:
        if tw in s:
            # 档案馆 / 档案局 are archives in any usage, not files
            s = re.sub(tw + r"(?!馆|局)", cn, s) if tw == "档案" else s.replace(tw, cn)
    return s


def uses_taiwan_phrasing(text: str) -> bool:
    """True when a traditional text uses zh-TW wording (two of 最佳化, 資訊, 網路, 軟體, 專案 …)."""
    sample = text[:50000]
    return sum(1 for m in _TAIWAN_MARKERS if m in sample) >= 2


# (inline emphasis too: "<b>一是</b>秀英区城市管理局要…" (海口 秀英区 城管局's 美篇-style page, fresh39) — a <b> or <strong>
# left before a subject would be read as part of the unit's name)
_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?(?:p|div|span|br|td|tr|th|table|tbody|thead|b|strong|em|i|u|font|h[1-6])\b[^<>]{0,1000}>"
                     r"|\*\*")
# HTML space entities a page left in its text ("&nbsp;&nbsp;某县人民政府"): spaces
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|#160|#12288|#x3000);?", re.IGNORECASE)
_MD_TABLE_RULE = re.compile(r"^[\s\-|:]*\|[\s\-|:]*$|^\s*-\s*(\|\s*)+$")
_MD_BULLET = re.compile(r"^(\s*)[-*•●▪◆]\s+(?=\S)")
_PIPE_ROW = re.compile(r"^\s*(?:-\s*)?\|(?P<cells>.*\|.*?)\|?\s*$")
_SPACES = re.compile(r"[ \u00a0\u3000]+")
_PAGE_NUMBER = re.compile(r"^\s*[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}\s*$|^\s*第\s*\d{1,4}\s*页\s*$")
_LONE_NUMBER = re.compile(r"^ *\d{1,3} *$")
_MASTHEAD = re.compile(r"^.{2,16}(人民政府)?公报(\d{4}年第\d+期)?$")
# "??上海市靜安區人民政府辦公室": a page's indentation (full-width spaces) lost to "?" in a wrong encoding
_LOST_INDENT = re.compile(r"^[?？]{2,8}(?=[^?？\s]|\s*$)")
# "- 索?引?號?:103/2023-00126", "狀???????態:": a field label spaced out with full-width spaces, lost to "?" the same way
_LOST_LABEL_SPACES = re.compile(r"^(?P<lead>[\s\-•·]*)(?P<label>(?:[\u4e00-\u9fff][?？]+){1,6}[\u4e00-\u9fff][?？]*)(?=\s*[:：])")


def _label_spaces(s: str) -> str:
    m = _LOST_LABEL_SPACES.match(s)
    return s if not m else m["lead"] + re.sub("[?？]", "", m["label"]) + s[m.end():]


def _drop_space(match: re.Match, s: str) -> str:
    a = s[match.start() - 1] if match.start() > 0 else ""
    b = s[match.end()] if match.end() < len(s) else ""
    # Keep the space around ASCII words ("and", "etc", "APP") and between two ASCII tokens;
    # elsewhere (补助 200 万元, 2017 年, 王 旭) PDF spaces are noise.
    letter = lambda c: c.isascii() and c.isalpha()
    both_ascii = a.isascii() and a.isalnum() and b.isascii() and b.isalnum()
    return " " if both_ascii or (letter(a) and b.strip()) or (letter(b) and a.strip()) else ""


# ---- 文号 -------------------------------------------------------------------------------------------

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
# The organ part of a 文号 ends in its kind: 张政办字, 某府办发, 鲁政发, 某政办秘, 国办函 …
# (a 发展改革委's own 发改: "湘发改2022234", fresh49's 湖南 page whose brackets and 号 were stripped)
_NUM_PREFIX = r"[\u4e00-\u9fff]{1,8}?(?:发|字|函|秘|电|令|规|呈|复|报|通|文|综|办|告|函字|发电|发改)"
_SQUARE = re.compile(rf"(?P<p>{_NUM_PREFIX})\s*[\[［【(（﹝]\s*(?P<y>{_YEAR})\s*[\]］】)）﹞]\s*第?\s*(?P<n>\d{{1,4}})\s*号")
_SPACED = re.compile(rf"(?P<p>{_NUM_PREFIX})〔\s*(?P<y>{_YEAR})\s*〕\s*第?\s*(?P<n>\d{{1,4}})\s+号")
# "某府办发〔202312" — the closing bracket and 号 lost; "某政办秘20237" — both brackets lost.
_BROKEN = re.compile(rf"(?P<p>{_NUM_PREFIX})(?P<open>[〔\[［【(（﹝]?)(?P<y>{_YEAR})(?P<n>\d{{1,4}})(?P<hao>号?)(?P<next>.?)")
# Any organ part (昆城管, 周政, 永财农, 安教): a year in brackets, or a bare year, followed by a short number and
# 号 is read as a 文号 whatever its organ's last character; 第/年/编/号 before the year mean a count or a serial.
_ANY_SQUARE = re.compile(rf"(?P<p>[\u4e00-\u9fff])\s*[\[［【(（﹝]\s*(?P<y>{_YEAR})\s*[\]］】)）﹞]\s*(?P<n>\d{{1,4}})\s*号")
_ANY_STRIPPED = re.compile(rf"(?P<p>[\u4e00-\u9fff])(?<![第年编号])(?P<y>{_YEAR})(?P<n>\d{{1,3}})号")
# "桂工信机械〔2022172": the closing bracket and 号 lost after any organ part (its kind no 文号 suffix: 机械), the hexagonal
# 〔 that only a 文号 opens, the serial running to the end of the line or cell
_OPEN_AT_END = re.compile(rf"(?P<p>[\u4e00-\u9fff]{{2,10}})〔(?P<y>{_YEAR})(?P<n>\d{{1,3}})(?=\s|$)")


def repair_doc_numbers(s: str) -> str:
    """Every 文号 spelt 〔YYYY〕N号: square or round brackets, a space before 号, lost brackets.

    >>> repair_doc_numbers("某府办发〔202312")
    '某府办发〔2023〕12号'
    >>> repair_doc_numbers("某政办秘20237")
    '某政办秘〔2023〕7号'
    >>> repair_doc_numbers("桂工信机械〔2022172")
    '桂工信机械〔2022〕172号'
    """
    if not re.search(r"(?:19|20)\d\d", s):
        return s
    s = _SQUARE.sub(lambda m: f"{m['p']}〔{m['y']}〕{m['n']}号", s)
    s = _SPACED.sub(lambda m: f"{m['p']}〔{m['y']}〕{m['n']}号", s)
    s = _ANY_SQUARE.sub(lambda m: f"{m['p']}〔{m['y']}〕{m['n']}号", s)

    def broken(m: re.Match) -> str:
        # A stripped number with neither bracket nor 号 is taken only where the organ part is a
        # 文号 prefix (no 年 follows: "印发2023年" is a date) and the number is at most 3 digits.
        nxt = m["next"]
        if nxt and (nxt.isdigit() or nxt in "年月日元万个%.．"):
            return m[0]
        if not m["hao"] and re.match(r"[\u4e00-\u9fff]", nxt):
            return m[0]  # "下发201912份": a count, not a number
        if not m["open"] and not m["hao"] and len(m["n"]) > 3:
            return m[0]
        return f"{m['p']}〔{m['y']}〕{int(m['n'])}号{nxt}"

    s = _BROKEN.sub(broken, s)
    s = _OPEN_AT_END.sub(lambda m: f"{m['p']}〔{m['y']}〕{int(m['n'])}号", s)
    return _ANY_STRIPPED.sub(lambda m: f"{m['p']}〔{m['y']}〕{int(m['n'])}号", s)


# ---- dates ------------------------------------------------------------------------------------------

_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "О": "0", "O": "0", "o": "0", "0": "0", "一": "1", "二": "2",
             "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_SMALL = "一二三四五六七八九十"
# a year in Chinese numerals, zeros possibly printed as digits or letters ("二0一0年", "二OO九年")
_CN_DATE = re.compile(rf"(?P<y>(?=[0〇零○ＯОOo]*[一二三四五六七八九])[0〇零○ＯОOo一二三四五六七八九]{{4}})年"
                      rf"(?P<m>[{_CN_SMALL}]{{1,2}})月(?:(?P<d>[{_CN_SMALL}]{{1,3}})日)?")


def arabic_dates(s: str) -> str:
    """Chinese-numeral dates in Arabic digits: 二○一九年三月五日 → 2019年3月5日."""
    if "年" not in s:
        return s

    def one(m: re.Match) -> str:
        y = "".join(_CN_DIGIT[c] for c in m["y"])
        mo, d = cn_small_int(m["m"]), cn_small_int(m["d"]) if m["d"] else None
        # (a malformed month or day, 十十月 or 一二日, or one no calendar has: the date as printed)
        if mo is None or not 1 <= mo <= 12 or m["d"] and (d is None or not 1 <= d <= 31):
            return m[0]
        return f"{y}年{mo}月" + (f"{d}日" if d else "")

    return _CN_DATE.sub(one, s)


def _pipe_cells(s: str) -> str | None:
    """'| 1 | 任务 | 区X局 |' → '1\\t任务\\t区X局' (cells kept in place, empty ones too)."""
    if s.count("|") < 2:
        return None
    m = _PIPE_ROW.match(s)
    if m and m["cells"] is not None:
        return "\t".join(c.strip() for c in m["cells"].split("|"))
    cells = [c.strip() for c in s.strip().rstrip("|").split("|")]
    return "\t".join(cells) if len(cells) >= 2 and any(cells) else None


def normalize_line(raw: str, taiwan: bool = False) -> str:
    """Normalise one line: markup removed, characters folded, PDF spaces dropped, tabs kept.

    >>> normalize_line("补助 200 万元，“２０２１ 年”")
    '补助200万元，“2021年”'
    """
    s = fold(_label_spaces(_LOST_INDENT.sub("", _SPACE_ENTITY.sub(" ", _MARKUP.sub("", raw)))), taiwan)
    if _MD_TABLE_RULE.match(s):
        return ""
    piped = _pipe_cells(s)
    if piped is not None:
        s = piped
    s = _MD_BULLET.sub(r"\1", s)
    cells = s.rstrip().split("\t")
    out = []
    for i, cell in enumerate(cells):
        cell = cell.strip(" ") if i else cell.lstrip(" ")
        out.append(_SPACES.sub(lambda m, c=cell: _drop_space(m, c), cell))
    return arabic_dates(repair_doc_numbers("\t".join(out).rstrip()))


def compact(s: str) -> str:
    """All whitespace removed: the form titles and 文号 are compared in.

    (str.split() cuts at the characters re's \\s matches, both Py_UNICODE_ISSPACE: the same string as
    re.sub(r"\\s+", "", s) for every code point, tests/test_normalize.py; 3-50x faster, and an answer compacts
    its first passages' evidence, ~1-2k characters each)"""
    return "".join(s.split())


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """True when converting to simplified changes more than `threshold` of the CJK characters."""
    sample = text[:20000]
    cjk = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return False
    simp = to_simplified(sample)
    changed = sum(1 for a, b in zip(sample, simp) if a != b)
    return changed / len(cjk) > threshold


def normalize_lines(text: str) -> list[Line]:
    """Split decoded text into `Line`s with normalised text.

    Page numbers (``— 15 —``, a lone number between blank lines) and a repeated gazette
    masthead become blank lines; the raw text of every line is kept. Every line is folded
    (traditional and converter text read as simplified); zh-TW usage is written back only in a
    file that uses it.
    """
    raws = text.split("\n")
    if raws and raws[-1] == "":
        raws.pop()
    taiwan = uses_taiwan_phrasing(text)
    toneless = strip_toneless_pinyin(text) is not None  # (raw lines keep the pinyin as printed)
    texts = [normalize_line(_TONELESS_RUN.sub("", r) if toneless else r, taiwan) for r in raws]
    mastheads = Counter(compact(t) for t in texts if _MASTHEAD.match(compact(t)))
    for i, t in enumerate(texts):
        if _PAGE_NUMBER.match(t):
            texts[i] = ""
        elif _LONE_NUMBER.match(t) and "\t" not in raws[i]:
            before = i == 0 or not texts[i - 1].strip()
            after = i + 1 >= len(texts) or not texts[i + 1].strip()
            if before and after:
                texts[i] = ""
        elif mastheads.get(compact(t), 0) >= 3:
            texts[i] = ""
    texts = relabel_colon_lines(texts)
    return [Line(no=i + 1, raw=r, text=t) for i, (r, t) in enumerate(zip(raws, texts))]


# a field's value printed after the colon that opens its line (":凉府办发〔2025〕7号发布日期")
_COLON_START = re.compile(r"^\s*[:：]")


def relabel_colon_lines(texts: list[str]) -> list[str]:
    """A field block whose every label was pushed to the end of the line above its colon ("标题" ⏎ ":…的通知索引号" ⏎
    ":009050039/2025-040007主题分类" ⏎ … ⏎ ":有效"), written back as "label:value" lines. Two such lines or more make
    the layout; a lone line opening with a colon is left as printed."""
    from kg.parse.metadata import FIELDS  # (metadata imports this module)

    labels = sorted(FIELDS, key=len, reverse=True)
    tail = lambda t: next((lb for lb in labels if t.rstrip().endswith(lb)), None)
    pairs = [i for i in range(len(texts) - 1) if _COLON_START.match(texts[i + 1]) and tail(texts[i])]
    if len(pairs) < 2:
        return texts
    out = list(texts)
    for i in pairs:
        label = tail(out[i])
        if label is None:
            continue
        out[i] = out[i].rstrip()[: -len(label)].rstrip()
        out[i + 1] = label + out[i + 1].lstrip()
    return out


def printed_form(name: str, raw: str) -> str:
    """The spelling `name` (found in the normalised text) has in the printed `raw` text.

    The raw text is folded character by character with a map back to its positions; when the
    name is found there, the printed characters are returned (whitespace removed), else `name`.

    >>> printed_form("区大数据局", "由區大數據局負(fù)責")
    '區大數據局'
    >>> printed_form("省经济和信息化厅", "省發展改革委、省經濟和資訊化廳")
    '省經濟和資訊化廳'
    """
    if name in raw:
        return name
    folded_raw = _folded_with_positions(raw)
    if folded_raw is None:
        return name
    pos, folded, mainland = folded_raw
    want = compact(name)
    at = folded.find(want)
    if at < 0:
        # a zh-TW word read in mainland usage ("省經濟和資訊化廳" read 省经济和信息化厅): found where the words keep
        # their length, so each character still maps to its printed one
        mainland = mainland()
        at = mainland.find(want) if len(mainland) == len(folded) else _window_at(folded, want)
    if at < 0:
        return name
    return compact(raw[pos[at] : pos[at + len(want) - 1] + 1])


@lru_cache(maxsize=4)
def _folded_with_positions(raw: str):
    """(the printed position of each folded character, `raw` folded, its mainland reading) for printed_form, or None
    when `raw` holds no character or folding changes its length. Kept for the last few lines: every name of one long
    line (a web page flattened to one line) is looked up in the same fold, which is folded once, not once a name."""
    keep = [(i, ch) for i, ch in enumerate(raw) if not ch.isspace()]
    if not keep:
        return None
    src = "".join(ch for _, ch in keep)
    # drop pinyin annotations, remembering which printed character each remaining one is
    spans = [(m.start(), m.end()) for m in _PINYIN.finditer(src)]
    pos, chars, k = array("i"), [], 0
    for j, ch in enumerate(src):
        while k < len(spans) and j >= spans[k][1]:
            k += 1
        if k < len(spans) and spans[k][0] <= j < spans[k][1]:
            continue
        pos.append(keep[j][0])
        chars.append(ch)
    folded = to_simplified(_nfkc("".join(chars)))
    if len(folded) != len(chars):
        return None
    return pos, folded, lru_cache(maxsize=1)(lambda: _taiwan_usage(folded))


def _window_at(folded: str, name: str) -> int:
    """Where `name` is in `folded` read in mainland usage, window by window: the first i where `folded[i]` is the name's
    first character and `folded[i : i + len(name)]` read in mainland usage is the name. A zh-TW word elsewhere on a
    long line that changes its length ("軟體" read 软件 keeps it, "計程車" read 出租车 too, others do not) must not
    hide the name.

    Only windows that can match are read, so a name costs about its own length, not the line's: a window the reading
    leaves as it is matches only where the name itself is printed (one `find`); a window it changes holds a zh-TW phrase
    the reading starts from and ends on the output of the last phrase it wrote, which the name then holds (`_FEEDS`:
    the phrases that can lead to each one); and the characters of no phrase, in or out, are never written nor taken
    away, so the window holds those of the name in the same order and no other (`_plain`)."""
    n, size = len(name), len(folded)
    if not n or n > size:
        return -1
    best = folded.find(name) if _taiwan_usage(name) == name else -1
    best = best if best >= 0 else size
    for i in _changed_windows(folded, name):
        if i >= best:
            break
        if folded[i] == name[0] and _taiwan_usage(folded[i : i + n]) == name:
            best = i
            break
    return best if best < size else -1


def _changed_windows(folded: str, name: str):
    """The windows of `folded` the mainland reading changes that may read as `name` (none where no zh-TW phrase can
    lead to one of the name's words), in order."""
    feeders = {j for k, (_, cn) in enumerate(_TAIWAN_PHRASES) if cn in name for j in _FEEDS[k]}
    if not feeders:
        return ()
    n, size = len(name), len(folded)
    starts = _phrase_starts(folded)
    plain, at = _plain(folded)
    kept = name.translate(_PHRASE_CHARS)
    # (either set of windows holds every one that can match: the one that looks fewer to read is read)
    if kept and plain.count(kept) * (size // (len(at) + 1) + 1) < sum(len(starts[j]) for j in feeders) * n:
        return _windows_keeping(kept, plain, at, n, size)
    return _windows_holding(sorted(feeders), starts, n, size)


def _windows_keeping(kept: str, plain: str, at: array, n: int, size: int):
    """The windows of n characters whose characters of no phrase are `kept` (`plain` is the line's, `at` their places),
    in order."""
    m, t = len(kept), plain.find(kept)
    while t >= 0:
        lo = max(at[t - 1] + 1 if t else 0, at[t + m - 1] - n + 1)
        hi = min(at[t], (at[t + m] if t + m < len(at) else size) - n, size - n)
        yield from range(lo, hi + 1)
        t = plain.find(kept, t + 1)


def _windows_holding(feeders: list[int], starts: list[list[int]], n: int, size: int):
    """The windows of n characters that hold a whole printed phrase of `feeders`, in order."""
    pending, done = [], set()
    occurrences = heapq.merge(*[[(s, s + len(_TAIWAN_PHRASES[j][0])) for s in starts[j]] for j in feeders])
    for s, e in occurrences:
        # a window of a later phrase starts at s + _SHORTEST_PHRASE - n or after: the ones before it come first
        while pending and pending[0] < s + _SHORTEST_PHRASE - n:
            yield heapq.heappop(pending)
        for i in range(max(0, e - n), min(s, size - n) + 1):
            if i not in done:
                done.add(i)
                heapq.heappush(pending, i)
    while pending:
        yield heapq.heappop(pending)


def _feeds() -> list[frozenset[int]]:
    """For each zh-TW phrase k, the phrases whose reading can lead to k being read: k itself, and (transitively) each
    phrase before it whose mainland output shares a character with k's zh-TW input (数位 → 数字, then 字型 → 字体)."""
    out: list[frozenset[int]] = []
    for k, (tw, _) in enumerate(_TAIWAN_PHRASES):
        out.append(frozenset({k}).union(*[out[j] for j, (_, cn) in enumerate(_TAIWAN_PHRASES[:k]) if set(cn) & set(tw)]))
    return out


_FEEDS = _feeds()
_SHORTEST_PHRASE = min(len(tw) for tw, _ in _TAIWAN_PHRASES)
# every character of a zh-TW phrase or of its mainland reading, deleted by str.translate
_PHRASE_CHARS = {ord(ch): None for pair in _TAIWAN_PHRASES for ch in "".join(pair)}


@lru_cache(maxsize=4)
def _phrase_starts(folded: str) -> list[list[int]]:
    """Where each zh-TW phrase is printed in `folded` (every start, overlapping ones too), for the last few lines."""
    out = []
    for tw, _ in _TAIWAN_PHRASES:
        found, at = [], folded.find(tw)
        while at >= 0:
            found.append(at)
            at = folded.find(tw, at + 1)
        out.append(found)
    return out


@lru_cache(maxsize=4)
def _plain(folded: str) -> tuple[str, array]:
    """The characters of `folded` that are in no zh-TW phrase nor its reading, and their places, for the last few lines."""
    return folded.translate(_PHRASE_CHARS), array("i", (k for k, ch in enumerate(folded) if ord(ch) not in _PHRASE_CHARS))


@dataclass(frozen=True)
class NormalizedText:
    """A run of lines joined with newlines, and the original line of every character."""

    text: str
    line_of: array

    @classmethod
    def from_lines(cls, lines: list[Line], sep: str = "\n") -> "NormalizedText":
        parts, owners = [], array("i")
        for line in lines:
            if parts:
                parts.append(sep)
                owners.extend([line.no] * len(sep))
            parts.append(line.text)
            owners.extend([line.no] * len(line.text))
        return cls("".join(parts), owners)

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        """The (first, last) original line of the characters text[start:end]."""
        if not self.line_of:
            raise ValueError("empty text has no lines")
        end = max(end, start + 1)
        start = min(max(start, 0), len(self.line_of) - 1)
        end = min(end, len(self.line_of))
        return self.line_of[start], self.line_of[end - 1]


_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕", "﹝": "〔", "﹞": "〕"})


def normalize_doc_number(s: str) -> str:
    """One spelling of a 文号: no spaces, 〔〕 brackets, lost brackets repaired, simplified.

    >>> normalize_doc_number("张政字[2021]86 号")
    '张政字〔2021〕86号'
    """
    s = compact(fold(s))
    fixed = repair_doc_numbers(s)
    # (an office bracketed inside the organ part keeps its round brackets: "宁建联(市场)字〔2018〕18号"; only a year
    # is bracketed 〔〕)
    return fixed if fixed != s else _INNER_OFFICE.sub(r"(\g<o>)", s.translate(_BRACKETS))


_INNER_OFFICE = re.compile(r"〔(?P<o>[\u4e00-\u9fff]{1,6})〕(?=[\u4e00-\u9fff]{0,2}?(?:字|发|函)〔)")


def normalize_registration(s: str) -> str:
    """One spelling of a 登记号: upper case, ASCII hyphens (ZCDR—2017—0020009 → ZCDR-2017-0020009)."""
    return re.sub(r"[—–\-－_]+", "-", compact(s).translate(_FULLWIDTH)).upper()
