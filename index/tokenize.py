"""Chinese tokenisation for BM25: jieba words, with 文号, 登记号, unit and company names kept whole."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

from kg.parse.normalize import compact, normalize_doc_number, normalize_registration

__all__ = ["Tokenizer", "STOPWORDS", "protected_terms", "jieba_cache_dir"]

# Function words and gazette boilerplate that carry no meaning for retrieval.
STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 在 对 为 以 于 是 将 把 被 由 从 向 按 按照 根据 其 之 并 且 也 还 就 都 而 及其 以及 "
    "有关 相关 进行 开展 加强 推进 做好 工作 一 个 各 中 上 下 年 月 日 要 应 可 能 不 有 无 这 那 该 此 我 区 "
    "吗 呢 吧 啊 什么 怎么 多少 哪些 哪个 如何 是否 还有 能 会 想 可以 需要 谁 哪里 几 多 ， 。 、 ： ； ？ ！ “ ” 《 》 （ ） ( ) "
    "? ! , . : ; - — 「 」".split()
)
_PROTECT = re.compile(
    r"[\u4e00-\u9fff]{1,10}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号"
    r"|[A-Z]{4}\s*[—–\-－]{1,2}\s*\d{4}\s*[—–\-－]{1,2}\s*\d{5,8}"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Single characters that carry no meaning on their own (function characters, gazette boilerplate).
STOP_CHARS = frozenset("的了和与及或等在对为以于是将把被由从向按其之并且也还就都而有无这那该此我区年月日要应可能不一个中上下吗呢吧啊么什怎多少哪如何谁几")
_lock = threading.Lock()
# jieba instances by dictionary hash: the app's search and who-leads tokenizers (different user words)
# each keep theirs instead of evicting each other (building one costs ~0.5 s).
_JIEBA: OrderedDict[str, object] = OrderedDict()
_JIEBA_KEEP = 4
_RUN_CACHE_MAX = 50_000
_CUT_VERSION = b"base-total"  # how user words enter jieba (see Tokenizer._jieba); part of every hash  # ~0.5 KB a run: bounded at ~25 MB (the sample has 23k distinct runs)


def protected_terms(text: str) -> list[str]:
    """文号 and 登记号 in `text`, normalised, as single tokens."""
    out = []
    for m in _PROTECT.finditer(text):
        s = m.group(0)
        out.append(normalize_registration(s) if s[:4].isascii() else normalize_doc_number(s))
    return out


def jieba_cache_dir() -> Path:
    """A cache folder only this user can write: $XDG_CACHE_HOME/gazette-kg (or ~/.cache/…), mode 0700.

    Falls back to a fresh private temporary folder when that one cannot be made or is not ours.
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "gazette-kg"
    try:
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(base)
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid():
            if stat.S_IMODE(st.st_mode) != 0o700:
                os.chmod(base, 0o700)
            return base
    except OSError:
        pass
    return Path(_private_tmp())


@lru_cache(maxsize=1)
def _private_tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="gazette-kg-jieba-")  # created 0700


class Tokenizer:
    """jieba with a user dictionary (department and company names), stopwords, CJK bigrams and unigrams.

    Args:
        user_words: extra words jieba must keep whole (unit names, enterprise names, place names).
        bigrams: also emit overlapping character bigrams of CJK runs; helps paraphrased questions.
        unigrams: also emit single content characters ("果农" and "果业" share 果); measured to help
            paraphrased questions on the dev set (benchmarks/search.py).
        lazy_dictionary: look jieba's dictionary up on demand (index/jieba_dict.py) instead of loading it
            whole: the same words, ~1 s sooner, slower per character; for tokenizers of questions.
    """

    def __init__(self, user_words: list[str] | None = None, bigrams: bool = True, unigrams: bool = True,
                 lazy_dictionary: bool = False):
        self.user_words = sorted(set(w for w in (user_words or []) if 2 <= len(w) <= 30))
        self.bigrams = bigrams
        self.unigrams = unigrams
        h = hashlib.sha256("\n".join(self.user_words).encode("utf-8"))
        h.update(b"bigrams" if self.bigrams else b"words")
        h.update(b"unigrams" if self.unigrams else b"")
        h.update(_CUT_VERSION)
        self._hash = h.hexdigest()[:16]  # computed once: __hash__ is called on every cache lookup
        self._words_hash = hashlib.sha256("\n".join(self.user_words).encode("utf-8")).hexdigest()
        self.lazy_dictionary = lazy_dictionary
        self._jieba_key = self._words_hash + ("|lazy" if lazy_dictionary else "")
        self._tk = None
        self._automaton = None
        self._runs: dict[str, list[str]] = {}

    @property
    def dictionary_hash(self) -> str:
        return self._hash

    def _jieba(self):
        """The jieba tokenizer with this user dictionary, shared by every Tokenizer with the same words."""
        if self._tk is not None:
            return self._tk
        import logging

        import jieba

        with _lock:
            tk = _JIEBA.get(self._jieba_key)
            if tk is None:
                jieba.setLogLevel(logging.WARNING)
                tk = jieba.Tokenizer()
                # jieba's default cache is the fixed /tmp/jieba.cache, which another local user could plant.
                tk.tmp_dir = str(jieba_cache_dir())
                if lazy := self.lazy_dictionary:
                    from index.jieba_dict import attach

                    lazy = attach(tk)
                if not lazy:
                    tk.initialize()
                total = tk.total
                if lazy:  # add_word's entries, made when looked up: index.jieba_dict
                    tk.FREQ.add_words(self.user_words, 2000)
                else:
                    for w in self.user_words:
                        tk.add_word(w, freq=2000)
                # jieba scores a cut by log(freq / total) per word, and add_word raises the total: every
                # user word would then shift cuts everywhere. With the total of the base dictionary, a
                # text is cut the same under any dictionary holding the same user words found in it, so
                # a file's BM25 rows stay valid while those words do (see `words_in`).
                tk.total = total
                _JIEBA[self._jieba_key] = tk
                while len(_JIEBA) > _JIEBA_KEEP:
                    _JIEBA.popitem(last=False)
            else:
                _JIEBA.move_to_end(self._jieba_key)
        # jieba.Tokenizer.cut first splits the text on this pattern and cuts each piece on its own, so
        # cutting piece by piece (and caching the pieces) gives exactly jieba's tokens.
        self._split = jieba.re_han_default.split
        self._tk = tk
        return tk

    def release(self) -> None:
        """Drop the jieba dictionary this tokenizer loaded (~70 MB): a build done cutting with it frees the
        memory before the next step; cutting again loads it again."""
        with _lock:
            _JIEBA.pop(self._jieba_key, None)
        self._tk = None
        self._runs = {}

    def body(self, text: str) -> str:
        """The text jieba cuts: compacted, 文号 and 登记号 blanked out, lower case."""
        return _PROTECT.sub(" ", compact(text)).lower()

    def words_in(self, texts) -> list[str]:
        """The user words found in `texts` (sorted; a superset of those in their `body`): tokens of these
        texts depend on the dictionary only through them, so (this list, bigrams, unigrams) keys their
        stored token rows."""
        if self._automaton is None:
            import ahocorasick

            a = ahocorasick.Automaton()
            for w in self.user_words:
                a.add_word(w, w)
            if self.user_words:
                a.make_automaton()
            self._automaton = a
        if not self.user_words:
            return []
        found = set()
        for t in texts:
            # Searched in the compacted text before 文号/登记号 are blanked out (the blanking regex is the
            # slow part of `body`): a word found only inside one is listed though it cannot change the cut,
            # which keeps the list a superset of the words that can; the key stays valid, at worst a few
            # rows are made again.
            found.update(w for _, w in self._automaton.iter(compact(t).lower()))
        return sorted(found)

    def rows_key(self, texts) -> str:
        """A hash of what these texts' tokens depend on besides the texts: user words found, options."""
        h = hashlib.sha256("\n".join(self.words_in(texts)).encode("utf-8"))
        h.update(b"bigrams" if self.bigrams else b"words")
        h.update(b"unigrams" if self.unigrams else b"")
        h.update(_CUT_VERSION)
        return h.hexdigest()[:16]

    def _words(self, body: str) -> list[str]:
        """jieba's words of `body` without stopwords, run by run, each distinct run cut once."""
        tk, runs, out = self._jieba(), self._runs, []
        for run in self._split(body):
            if not run:
                continue
            words = runs.get(run)
            if words is None:
                words = [w for w in tk.cut(run, HMM=False) if w.strip() and w not in STOPWORDS]
                if len(runs) >= _RUN_CACHE_MAX:
                    runs.clear()  # bounded memory; gazettes repeat the same clauses, so it refills with them
                runs[run] = words
            out += words
        return out

    def __call__(self, text: str) -> list[str]:
        text = compact(text)
        tokens = protected_terms(text)
        body = _PROTECT.sub(" ", text).lower()  # as `body`
        tokens += self._words(body)
        if self.bigrams:
            for run in re.findall(r"[\u4e00-\u9fff]{2,}", body):
                tokens += [run[i : i + 2] for i in range(len(run) - 1) if run[i : i + 2] not in STOPWORDS]
        if self.unigrams:
            tokens += [c for c in _CJK.findall(body) if c not in STOP_CHARS]
        return tokens

    def __hash__(self):
        return hash(self.dictionary_hash)

    def __eq__(self, other):
        return isinstance(other, Tokenizer) and other.dictionary_hash == self.dictionary_hash
