"""The pinyin a web converter prints after characters of a zh-TW copy, harvested from the real converter pages.

Run: python -m benchmarks.converter_pinyin  (prints the table harvested from the development sets' real pages)
     python -m benchmarks.converter_pinyin --write  (rewrites PINYIN below as that harvest: after a set is opened)

Real converter copies of mainland pages (gold `script: converter`, not `synthetic_from`) print the toned pinyin of
some characters in brackets after them: `南(nán)沙開(kāi)發區管委會`, `自治區(qū)工業(yè)和信息化廳`. PINYIN is what
those pages print — every character seen annotated with a tone mark at least MIN_SEEN times in the development
folders, with its most frequent reading — not a guess at which characters are polyphonic. It is shared by the
synthetic copies (benchmarks.other_districts_synthetic) and the metamorphic `pinyin` transform
(benchmarks.other_districts_perturbed). Never-seen folders (records whose split is not `dev`) are not read.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

DATA_ROOT = Path(__file__).resolve().parent / "data"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# 字(pīnyīn): a CJK character and a bracketed syllable holding a tone mark (toneless converters are another style)
ANNOTATION = re.compile(rf"([\u3400-\u9fff])\((?=[a-zü{TONED}]*[{TONED}])([a-zü{TONED}]{{1,7}})\)")
MIN_SEEN = 2  # a reading printed once may be a converter's slip

# harvested by `python -m benchmarks.converter_pinyin` from 511 real converter pages of the development folders
# (stop 30; re-harvest with `--write` whenever a set is opened); most frequent first
PINYIN = {
    "業": "yè", "發": "fā", "區": "qū", "農": "nóng", "關": "guān", "產": "chǎn", "規": "guī", "經": "jīng", "鎮": "zhèn",
    "進": "jìn", "聯": "lián", "現": "xiàn", "實": "shí", "環": "huán", "設": "shè", "動": "dòng", "務": "wù", "執": "zhí",
    "監": "jiān", "鄉": "xiāng", "據": "jù", "網": "wǎng", "責": "zé", "內": "nèi", "點": "diǎn", "會": "huì", "態": "tài",
    "導": "dǎo", "項": "xiàng", "強": "qiáng", "對": "duì", "創": "chuàng", "質": "zhì", "時": "shí", "領": "lǐng",
    "場": "chǎng", "報": "bào", "續": "xù", "優": "yōu", "個": "gè", "結": "jié", "級": "jí", "標": "biāo", "認": "rèn",
    "學": "xué", "機": "jī", "統": "tǒng", "節": "jié", "評": "píng", "衛": "wèi", "調": "diào", "國": "guó", "協": "xié",
    "號": "hào", "應": "yīng", "護": "hù", "長": "zhǎng", "開": "kāi", "數": "shù", "構": "gòu", "術": "shù", "復": "fù",
    "隊": "duì", "轉": "zhuǎn", "濟": "jì", "團": "tuán", "準": "zhǔn", "計": "jì", "戰": "zhàn", "權": "quán", "負": "fù",
    "嚴": "yán", "穩": "wěn", "財": "cái", "營": "yíng", "達": "dá", "當": "dāng", "養": "yǎng", "價": "jià", "運": "yùn",
    "細": "xì", "預": "yù", "來": "lái", "堅": "jiān", "礎": "chǔ", "門": "mén", "見": "jiàn", "請": "qǐng", "醫": "yī",
    "過": "guò", "風": "fēng", "獎": "jiǎng", "習": "xí", "問": "wèn", "專": "zhuān", "災": "zāi", "萬": "wàn", "樂": "lè",
    "貿": "mào", "費": "fèi", "補": "bǔ", "臺": "tái", "車": "chē", "絡": "luò", "驗": "yàn", "識": "shí", "購": "gòu",
    "勢": "shì", "誠": "chéng", "陽": "yáng", "獻": "xiàn", "譽": "yù", "大": "dà", "訓": "xùn", "擔": "dān", "書": "shū",
    "側": "cè", "樹": "shù", "險": "xiǎn", "南": "nán", "産": "chǎn", "藍": "lán", "無": "wú", "頁": "yè", "爭": "zhēng",
    "遠": "yuǎn", "類": "lèi", "績": "jī", "測": "cè", "工": "gōng", "簡": "jiǎn", "勵": "lì", "擴": "kuò", "稱": "chēng",
    "中": "zhōng", "資": "zī", "紀": "jì", "銷": "xiāo", "新": "xīn", "競": "jìng", "線": "xiàn", "一": "yī", "驅": "qū",
    "揚": "yáng", "戶": "hù", "覺": "jué", "下": "xià", "體": "tǐ", "說": "shuō", "獨": "dú", "庫": "kù", "儲": "chǔ", "冊": "cè",
    "鳥": "niǎo", "分": "fēn", "訪": "fǎng", "作": "zuò", "盤": "pán", "電": "diàn", "愛": "ài", "潤": "rùn", "都": "dōu",
    "話": "huà", "放": "fàng", "為": "wèi", "用": "yòng", "有": "yǒu", "錢": "qián", "顒": "dòng", "成": "chéng", "滿": "mǎn",
    "範": "fàn", "詢": "xún", "安": "ān", "小": "xiǎo",
}


def development_converter_pages(root: Path = DATA_ROOT):
    """(folder, file, text) of every real converter page of the development folders (split `dev` records only)."""
    for gold in sorted(root.glob("other_districts*/gold.json")):
        for rec in json.loads(gold.read_text(encoding="utf-8")):
            if rec.get("split") == "dev" and rec.get("script") == "converter" and not rec.get("synthetic_from"):
                yield gold.parent.name, rec["file"], (gold.parent / "texts" / rec["file"]).read_text(encoding="utf-8")


def harvest(pages) -> dict[str, str]:
    """Each character annotated at least MIN_SEEN times, with its most frequent reading; most frequent first."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for *_, text in pages:
        for m in ANNOTATION.finditer(text):
            seen[m[1]][m[2]] += 1
    kept = [(ch, c) for ch, c in seen.items() if sum(c.values()) >= MIN_SEEN]
    kept.sort(key=lambda x: -sum(x[1].values()))
    return {ch: c.most_common(1)[0][0] for ch, c in kept}


@lru_cache(maxsize=None)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def annotate(traditional: str, table: dict[str, str] = PINYIN) -> str:
    """`發展區` → `發(fā)展區(qū)`: the table's pinyin in brackets after every character it holds."""
    return "".join(f"{c}({table[c]})" if c in table else c for c in traditional)


def converter_copy(simplified: str) -> str:
    """A simplified text as a converter page prints it: OpenCC s2t, then the pinyin of PINYIN's characters."""
    return annotate(_s2t().convert(simplified))


def table_source(table: dict[str, str], width: int = 120) -> str:
    """The `PINYIN = {…}` block of this module for a table: its entries in order, lines under `width` characters."""
    lines, line = [], "   "
    for entry in (f'"{ch}": "{syllable}",' for ch, syllable in table.items()):
        if len(line) + 1 + len(entry) > width:
            lines.append(line)
            line = "   "
        line += " " + entry
    return "PINYIN = {\n" + "\n".join(lines + [line]) + "\n}"


def write_harvest(path: Path = Path(__file__)) -> tuple[int, int]:
    """Rewrite this module's PINYIN block and its page count as the harvest of today's development pages (the table
    test requires it once a set with converter pages is opened); (pages, characters)."""
    pages = list(development_converter_pages())
    table = harvest(pages)
    src = path.read_text(encoding="utf-8")
    src = re.sub(r"PINYIN = \{\n.*?\n\}", lambda _: table_source(table), src, count=1, flags=re.S)
    src = re.sub(r"from \d+ real converter pages", f"from {len(pages)} real converter pages", src, count=1)
    path.write_text(src, encoding="utf-8")
    return len(pages), len(table)


if __name__ == "__main__":
    import sys

    if "--write" in sys.argv[1:]:
        print("%d pages, %d characters: PINYIN rewritten" % write_harvest())
    else:
        pages = list(development_converter_pages())
        table = harvest(pages)
        print(f"{len(pages)} pages, {len(table)} characters")
        print(json.dumps(table, ensure_ascii=False))
