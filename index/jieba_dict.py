"""jieba's prefix dictionary read on demand from SQLite, for tokenizers that cut only short questions.

A jieba tokenizer starts by loading its whole prefix dictionary (498k words and prefixes, ~0.9 s on an
idle 2-core machine, 3 s under load; the GIL is held throughout), although cutting a question looks up
only a few hundred of them. `attach(tk)` gives a `jieba.Tokenizer` a dictionary that answers each
lookup from an SQLite copy (`LazyFreq`), built once per jieba dictionary in the private jieba cache
folder: the words it cuts are the same, word for word, because jieba only ever asks the dictionary
`w in FREQ`, `FREQ[w]`, `FREQ.get(w)` and sets `FREQ[w]` for added words. A lookup here costs a few
microseconds instead of tens of nanoseconds, so a tokenizer that turns out to cut much text (a Milvus
index filled from the searcher's tokenizer) swaps in the whole dictionary after `SWAP_AFTER` lookups
that went to SQLite: questions never get there, bulk cutting pays the load once, as before.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

__all__ = ["LazyFreq", "attach", "dictionary_db"]

_MEMO_MAX = 200_000  # looked-up keys kept in memory (a question touches a few hundred)
SWAP_AFTER = 50_000  # lookups sent to SQLite before the whole dictionary is loaded instead (~0.3 s of them)
_build_lock = threading.Lock()


def dictionary_db(tk) -> Path:
    """Where the SQLite copy of `tk`'s dictionary lives: keyed by the dictionary file and jieba's version."""
    import jieba

    from index.tokenize import jieba_cache_dir

    path = Path(tk.dictionary) if tk.dictionary else Path(jieba.__file__).parent / "dict.txt"
    st = path.stat()
    key = f"{jieba.__version__}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return jieba_cache_dir() / f"jieba-dict-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sqlite"


def _write(db: Path, freq: dict, total: int) -> None:
    tmp = db.with_name(f"{db.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE f (w TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            con.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL)")
            con.executemany("INSERT INTO f VALUES (?, ?)", sorted(freq.items()))
            con.execute("INSERT INTO meta VALUES ('total', ?)", (int(total),))
        con.close()
        os.replace(tmp, db)
    except (OSError, sqlite3.Error):  # a full or read-only cache folder: the in-memory dictionary serves
        tmp.unlink(missing_ok=True)


class LazyFreq:
    """jieba's `FREQ` (word or prefix → frequency, 0 for a bare prefix) answered from the SQLite copy;
    words added to the tokenizer live in memory on top of it."""

    def __init__(self, db: Path, tk=None):
        self._con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # one connection shared by the app's session threads
        self._added: dict[str, int] = {}  # in the order set: replayed onto the whole dictionary on a swap
        self._memo: dict[str, int | None] = {}
        self._user_list: list[str] = []  # add_words: user words, sorted, their entries made on lookup
        self._user: frozenset[str] = frozenset()
        self._user_freq = 0
        self._tk, self._misses = tk, 0
        with self._lock:
            self.total = int(self._con.execute("SELECT v FROM meta WHERE k = 'total'").fetchone()[0])

    def get(self, word, default=None):
        v = self._added.get(word)
        if v is None:
            # The memo holds the whole answer (user word, dictionary entry, prefix of a user word), not only
            # SQLite's: jieba asks each fragment of a question several times, and most are no word at all.
            v = self._memo.get(word, -1)
            if v == -1:
                v = self._user_freq if word in self._user else None
                if v is None:
                    with self._lock:
                        row = self._con.execute("SELECT n FROM f WHERE w = ?", (word,)).fetchone()
                    v = row[0] if row else None
                    self._misses += 1
                    if self._misses == SWAP_AFTER and self._tk is not None:
                        self._swap()
                if v is None and self._user_prefix(word):
                    v = 0
                if len(self._memo) >= _MEMO_MAX:
                    self._memo.clear()
                self._memo[word] = v
        return default if v is None else v

    def _user_prefix(self, word) -> bool:
        """Whether `word` begins some user word (one longer than it)."""
        from bisect import bisect_right

        i = bisect_right(self._user_list, word)
        return i < len(self._user_list) and self._user_list[i].startswith(word)

    def add_words(self, words, freq: int) -> None:
        """What `jieba.Tokenizer.add_word(w, freq)` does to the dictionary for each of `words` (the word's
        entry set to `freq`, a 0 for each prefix not yet in it), answered when a key is looked up: tens
        of thousands of user words at scale, of which a question meets a few. The entries do not depend
        on the order the words are added in: a user word is `freq`, a word of the dictionary keeps its
        value, another prefix of a user word is 0. The caller keeps the total (add_word raises it).

        Args:
            words: the user words, sorted (a prefix is found by bisection).
        """
        self._user_list = list(words) if list(words) == sorted(words) else sorted(words)
        self._user = frozenset(self._user_list)
        self._user_freq = freq
        self._memo.clear()  # its answers counted the user words before these

    # jieba asks `w in FREQ` and then `FREQ[w]` of each fragment of a text, most of them looked up before: these
    # two answer from the added words and the memo as `get` does, calling it only for a word not yet looked up.
    def __contains__(self, word) -> bool:
        v = self._added.get(word)
        if v is None:
            v = self._memo.get(word, -1)
            if v == -1:
                v = self.get(word)
        return v is not None

    def __getitem__(self, word) -> int:
        v = self._added.get(word)
        if v is None:
            v = self._memo.get(word, -1)
            if v == -1:
                v = self.get(word)
        if v is None:
            raise KeyError(word)
        return v

    def __setitem__(self, word, freq: int) -> None:
        self._added[word] = freq

    def _swap(self) -> None:
        """Give the tokenizer the whole dictionary, with the words added to it set again in their order
        (what add_word did to this one it does to that one: the same words, the same frequencies)."""
        import jieba

        full = jieba.Tokenizer()
        full.tmp_dir = self._tk.tmp_dir
        full.initialize()
        freq = full.FREQ
        for word in self._user_list:  # what add_word does, word by word
            freq[word] = self._user_freq
            for i in range(1, len(word)):
                freq.setdefault(word[:i], 0)
        for word, n in self._added.items():
            freq[word] = n
        self._tk.FREQ = freq


def attach(tk) -> bool:
    """Give the uninitialised jieba tokenizer `tk` the on-demand dictionary. The first time for a
    dictionary, `tk` loads it whole (jieba's own cache) and the SQLite copy is written from it.

    Returns:
        True when `tk` answers from SQLite, False when it holds the whole dictionary in memory.
    """
    db = dictionary_db(tk)
    try:
        freq = LazyFreq(db, tk)
    except sqlite3.Error:
        freq = None
    if freq is None:  # no copy yet, or a damaged one: written (again) from the loaded dictionary
        tk.initialize()
        with _build_lock:
            _write(db, tk.FREQ, tk.total)
        return False
    with tk.lock:
        tk.FREQ, tk.total, tk.initialized = freq, freq.total, True
    return True
