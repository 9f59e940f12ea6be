"""index.jieba_dict: jieba's dictionary looked up on demand from SQLite cuts the same words as the loaded one."""

import json
from pathlib import Path

import pytest

from index.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]
USER_WORDS = ["张店区", "周村区", "区发改局", "区卫生健康局", "淄博齐惠保", "马尚街道"]


def _questions() -> list[str]:
    out = []
    for path in sorted((ROOT / "benchmarks" / "data" / "questions").glob("*.json")):
        rows = json.loads(path.read_text(encoding="utf-8"))
        out += [r["query"] for r in (rows if isinstance(rows, list) else []) if isinstance(r, dict) and "query" in r]
    return out


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A private cache folder of its own: the SQLite copy is written there on first use."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()


def test_same_tokens_as_the_loaded_dictionary(cache):
    from index.jieba_dict import LazyFreq, dictionary_db

    full = Tokenizer(USER_WORDS)
    first = Tokenizer(USER_WORDS, lazy_dictionary=True, unigrams=True)
    first._jieba()  # the first time: the dictionary is loaded whole and the SQLite copy written
    assert dictionary_db(first._jieba()).is_file()
    lazy = Tokenizer(USER_WORDS + ["再来一个词"], lazy_dictionary=True)  # another instance: answers from SQLite
    assert isinstance(lazy._jieba().FREQ, LazyFreq)
    from index import tokenize

    tokenize._JIEBA.pop(first._jieba_key)  # the first instance holds the whole dictionary: a new one
    lazy_same = Tokenizer(USER_WORDS, lazy_dictionary=True)
    assert isinstance(lazy_same._jieba().FREQ, LazyFreq)
    sample = (ROOT / "data" / "gazettes" / "000_47a7f2ad322c84aa.txt").read_text(encoding="utf-8")[:20_000]
    texts = _questions() + sample.split("\n")
    assert len(texts) > 300
    assert [lazy_same(t) for t in texts] == [full(t) for t in texts]
    tk_full, tk_lazy = full._jieba(), lazy_same._jieba()
    for t in texts[:200]:  # with jieba's HMM for unknown words too
        assert tk_lazy.lcut(t) == tk_full.lcut(t)
    # user words are kept whole by both; a prefix of one is not a word
    assert "淄博齐惠保" in lazy_same("学生参加淄博齐惠保一年要交多少钱")
    assert tk_lazy.FREQ.get("淄博齐") == 0 and "淄博齐惠保" in tk_lazy.FREQ and "没有这个词语啊" not in tk_lazy.FREQ


def test_a_damaged_copy_falls_back_to_the_loaded_dictionary(cache):
    from index.jieba_dict import dictionary_db

    probe = Tokenizer(["某某词"], lazy_dictionary=True)
    probe._jieba()
    db = dictionary_db(probe._jieba())
    db.write_bytes(b"not a database")
    tok = Tokenizer(["另一个词"], lazy_dictionary=True)
    assert isinstance(tok._jieba().FREQ, dict)  # loaded whole, same words
    assert tok("区发改局牵头") == Tokenizer(["另一个词"])("区发改局牵头")
    again = Tokenizer(["第三个词"], lazy_dictionary=True)  # the copy was written again
    assert type(again._jieba().FREQ).__name__ == "LazyFreq"


def test_much_text_swaps_in_the_whole_dictionary(cache, monkeypatch):
    """A tokenizer that cuts much text (filling a Milvus index) loads the whole dictionary once, with
    its added words kept: the same tokens before, during and after the swap."""
    from index import jieba_dict, tokenize

    Tokenizer(["某个词语"], lazy_dictionary=True)._jieba()  # make sure the SQLite copy exists
    monkeypatch.setattr(jieba_dict, "SWAP_AFTER", 300)
    tokenize._JIEBA.clear()
    lazy, full = Tokenizer(USER_WORDS, lazy_dictionary=True), Tokenizer(USER_WORDS)
    assert isinstance(lazy._jieba().FREQ, jieba_dict.LazyFreq)
    lines = (ROOT / "data" / "gazettes" / "000_47a7f2ad322c84aa.txt").read_text(encoding="utf-8").split("\n")[:400]
    assert [lazy(t) for t in lines] == [full(t) for t in lines]
    assert isinstance(lazy._jieba().FREQ, dict)  # swapped on the way
    assert lazy._jieba().FREQ.get("淄博齐惠保") == full._jieba().FREQ.get("淄博齐惠保") == 2000
    assert lazy._jieba().total == full._jieba().total


def test_many_user_words_are_not_read_ahead_and_cut_the_same(cache):
    """A 200x corpus brings tens of thousands of user words (every copy's units and companies): their
    entries are made when a cut looks them up, not read ahead (a bulk read of every prefix cost ~0.5 s
    of each cold search; one lookup each also reached the swap and loaded the whole dictionary), with
    the same entries and the same tokens."""
    from index import tokenize
    from index.jieba_dict import LazyFreq

    Tokenizer(["某个词语"], lazy_dictionary=True)._jieba()  # make sure the SQLite copy exists
    many = USER_WORDS + [f"{a}{b}区{c}局" for a in "甲乙丙丁戊己庚辛壬癸" for b in "东南西北中上下左右前"
                         for c in ("发改", "财政", "卫健", "民政", "教体", "市场监管", "审批服务", "自然资源")]
    tokenize._JIEBA.clear()
    lazy, full = Tokenizer(many, lazy_dictionary=True), Tokenizer(many)
    freq = lazy._jieba().FREQ
    assert isinstance(freq, LazyFreq) and freq._misses == 0 and not freq._added  # nothing read or made yet
    tk_full = full._jieba()
    for w in many[:50] + ["甲东", "甲东区", "乙南区市", "区发", "没有这个词语啊"]:
        assert freq.get(w) == tk_full.FREQ.get(w)
    texts = _questions() + [f"{w}牵头负责{w[:2]}的工作" for w in many[::37]]
    assert [lazy(t) for t in texts] == [full(t) for t in texts]
    assert freq._misses < 20 * len(texts)


def test_user_words_equal_add_word(cache):
    """LazyFreq.add_words answers every key as add_word one word at a time leaves the dictionary (user
    words that are prefixes of others, or words of jieba's dictionary, included), in any order, and a
    swap to the whole dictionary keeps them."""
    from index.jieba_dict import LazyFreq, dictionary_db

    Tokenizer(["某个词语"], lazy_dictionary=True)._jieba()  # make sure the SQLite copy exists
    import jieba

    words = sorted(set(USER_WORDS + ["区发改", "区发改局", "淄博齐", "马尚街道办事处", "张店区卫健局", "人民政府", "政府"]))
    db = dictionary_db(jieba.Tokenizer())
    keys = sorted({w[:i] for w in words for i in range(1, len(w) + 1)}) + ["没有这个词语啊", "区发改局长", "张"]
    for order in (words, words[::-1]):
        tk = jieba.Tokenizer()
        one = LazyFreq(db)
        tk.FREQ, tk.total, tk.initialized = one, one.total, True
        for w in order:
            tk.add_word(w, freq=2000)
        lazy = LazyFreq(db)
        lazy.add_words(words, 2000)
        assert [lazy.get(k) for k in keys] == [one.get(k) for k in keys]
        assert lazy.get("区发") == 0 and lazy.get("区发改局") == 2000 and lazy.get("政府") == 2000
    from index.tokenize import jieba_cache_dir

    full, swapped = jieba.Tokenizer(), jieba.Tokenizer()
    swapped.tmp_dir = full.tmp_dir = str(jieba_cache_dir())
    full.initialize()
    for w in words:
        full.add_word(w, freq=2000)
    lazy = LazyFreq(db, swapped)
    lazy.add_words(words, 2000)
    lazy._swap()
    assert swapped.FREQ == full.FREQ
