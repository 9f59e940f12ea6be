"""The words a resident wraps a question in (我 / 能不能 / 怎么办 / 有没有 …), taken out of the BM25 query.

A question typed in everyday speech carries more filler than content: 我家孩子能不能报销 is 孩子 + 报销 inside
我家 / 能不能. The tokenizer drops single stopwords, but its character bigrams still read the filler and the seams
around it (我家, 能不, 不能, 能报, 子能), rare strings in a gazette, so their high IDF lets a passage that happens to
print 不能 or 我家 outrank the one about 报销. Each matcher below is a general rule of spoken Chinese, not a word of
one question; a piece is replaced by a space (or, for an A-not-A question, by its A: 报不报销 → 报销), so no bigram
spans it. Only the BM25 query is cleaned: the lexicon reads the question as typed (its lay terms may hold
filler: 找谁办), and the dense route embeds it whole.
"""

from __future__ import annotations

import re

__all__ = ["FILLERS", "without_filler"]

_CJK = "\u4e00-\u9fff"

# name → (pattern, replacement). Applied in order; every pattern reads the compacted question.
FILLERS: dict[str, tuple[re.Pattern, str]] = {
    # A-not-A questions (正反问句): 能不能, 报不报销, 有没有, 是不是 → the A (能, 报销, 有, 是)
    "a_not_a": (re.compile(rf"([{_CJK}])[不没]\1([{_CJK}]?)"), r"\1\2"),
    # asking for help: 请问, 想问一下, 我想知道, 咨询一下
    "asking": (re.compile(r"请问|想问问|想问一下|问一下|想问|想知道|想了解|想咨询|咨询一下|打听一下"), " "),
    # what to do / how: 怎么办, 咋办, 怎么弄, 该怎么, 怎么回事, 咋整
    # (怎么办 / 咋办 only at a run's end: 怎么办理 is 怎么 + 办理)
    "how": (re.compile(rf"(?:怎么办|咋办)(?![{_CJK}])|怎么弄|咋弄|咋整|怎么整|怎么回事|该怎么|要怎么|怎么样|咋样|怎么|咋"),
            " "),
    # the speaker: 我 / 我们 / 咱们 / 俺 (我家 → 家) — not 自我, nor 我国, 我省, 我市, 我区 … (the gazette's own
    # 我X, which is content)
    "speaker": (re.compile(r"我们|咱们|俺们|(?<!自)[我咱俺](?![国省市区县镇乡街村们])"), " "),
    # emphasis: 到底, 究竟, 的话 (not a bare 一下: 统一下发)
    "emphasis": (re.compile(r"到底|究竟|的话"), " "),
    # sentence-final particles: 吗, 呢, 吧, 啊, 呀, 嘛, 哦, 啦 (not the 吧 of 网吧, 酒吧)
    "particle": (re.compile(r"[吗呢啊呀嘛哦啦]|(?<![网酒贴水])吧"), " "),
    # 啥 (what): a word of its own in speech (啥时候, 干啥, 啥条件)
    "what": (re.compile(r"啥"), " "),
}


def without_filler(text: str) -> str:
    """`text` with every filler piece replaced (by a space, or an A-not-A question by its A)."""
    for pattern, repl in FILLERS.values():
        text = pattern.sub(repl, text)
    return text
