"""The no-answer confidence's features of a ranking (index.confidence): what the first passages and their
documents print about the question's words, places and years, read through a searcher's index."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import numpy as np

from index.confidence import (content_words, features, idf_table, join_single_runs, load_calibration, orders,
                              own_number_year, periods, phrase_pairs, place_stem, read_as_official, scope_miss,
                              share_printed, topic_words, years_about, years_in)
from index.place_scope import (GENERIC_AREAS_TAIL, area_off, collective_towns, could_be_page_of, government_place,
                               named_areas, lists_places, number_fits, number_names, page_places, page_towns,
                               place_apart, town_off, towns_fit, towns_speak, place_out_of_scope, prints_name,
                               question_places, record_district, written_as)
from index.lexicon import load_lexicon
from index.question_kinds import answer_type_miss, chat_cues, service_cues
from index.tokenize import STOP_CHARS, STOPWORDS
from kg.parse.normalize import compact

if TYPE_CHECKING:
    from index.search import _Ranked

__all__ = ["AnswerFeatures"]

# How much of a document of unknown place is read for the places it names (its own is named early: in its title,
# its first lines or its signature; a long page is not cut whole for one question).
PAGE_PLACES_CHARS = 3000
# How many of the passages that hold a place's characters are read to tell whether one prints it as a name.
PRINTS_NAME_ROWS = 50
# How many words' passage rows _docs_print keeps (emptied when full: a long-lived searcher asks ever more words).
HOLDING_MEMO = 1024


class AnswerFeatures:
    """The confidence features of `index.search.Searcher` (its base class: they read its passages, documents,
    BM25 postings, tokenizer and sentence vectors, and cache what they read once on it)."""

    def _pos_tagger(self):
        """Place names as jieba's part-of-speech tagger finds them, over this searcher's own jieba (built
        once); index.places does it without loading jieba.posseg (≈1.7 s before the first answer)."""
        if getattr(self, "_pos", None) is None:
            from index.places import PlaceTagger

            from index.places import county_cities

            self._pos = PlaceTagger(self.tokenizer._jieba())
            county_cities()  # read once with the tagger's lists, not in a question's time (could_be_page_of)
        return self._pos

    def confidence_features(self, r: "_Ranked") -> dict:
        """The calibration features of a ranking (see index.confidence)."""
        vocab = self.lexical.bm25.vocab_dict
        idf, unseen, df_share = self._idf()
        lexicon = load_lexicon()
        query = lexicon.expand(r.query).lower()
        said = [(t, official) for t, official, _src in lexicon.present(query)] if self.config.lexicon else []
        lay = [t for t, _official in said]
        tagged = self._pos_tagger().lcut(query, HMM=False)
        tokens = join_single_runs([w for w, _flag in tagged], self._corpus_has, STOP_CHARS)
        words = content_words(tokens, vocab, df_share, STOPWORDS, lay)
        # (kept per word for this answer: share_printed weighs each word once per text, ~65 asks an answer)
        weight = functools.cache(lambda w: float(idf[vocab[w]]) if w in vocab and vocab[w] < len(idf) else unseen)
        top = [self.passages[i] for i, _ in r.ranked[:3]]
        texts = [(p["title"] + p["text"]).lower() for p in top]
        cover = share_printed(words, texts[0], weight) if texts else 0.0
        seen = share_printed(words, self._corpus(), weight)
        pairs = phrase_pairs(tokens, words)
        first3 = "".join(texts)
        # Places from the question as asked: the department aliases rewrite_query adds name the corpus's districts.
        asked = compact(r.asked or r.query)
        places = question_places(self._pos_tagger().lcut(asked.lower()), self._pos_tagger().places,
                                 self._district_stems(), self._word_freq)
        scope = self._evidence(r, 5)  # what each of the first passages and its document's record print
        # candidates of unknown place (found once, and only when a place is off the evidence)
        unknown_ids = functools.cache(
            lambda: [i for i, _ in r.ranked[:10] if self._place_unknown(self.passages[i]["doc_id"])])
        unknown = lambda: bool(unknown_ids())
        ns = self._pos_tagger().places
        from index.places import towns_of
        # a page of unknown place may be the place's own page only where it answers the question's topic as well
        # as the first passage does (the 石柱 page of 民生实事 is no page of 高青县's 开放日: u423)
        # (a page printing the question's own lay word prints its official words: read_as_official — the 黑河 news's
        # 网吧 for 互联网上网服务营业场所, o2132)
        topic = topic_words(words, places)
        bar = share_printed(topic, read_as_official(texts[0], said), weight) if texts else 0.0
        on_topic = lambda i: share_printed(
            topic, read_as_official((self.passages[i]["title"] + self.passages[i]["text"]).lower(), said),
            weight) >= bar
        # a candidate of unknown place printing a place may be that place's page — for scope_miss, where it is among
        # the first three passages' documents or answers the question's topic as well as the first passage does
        # (on_topic: the 大连 危险货物 news, seventh, is 大连's page but none of its 政协's 提案, u3413, whose first page
        # is a county's of 陕西) —, unless it names the place among two
        # or more others of its level (lists_places): the 安徽 list of 农家乐 naming 芜湖市 among 巢湖市, 宣城市, 马鞍山市
        # is no page of 芜湖 (u2605); a town's or a stem of unknown level stays printed
        # (or, among the first three passages, whose 文号 names it — number_names: 潜政办发 of 潜江's 分解 notice, which
        # says only 市 and 全市, o2030, o2031; one character names 潜山 as well, and the notice, fifth under 潜山市人民政府
        # 工作规则's four 工作规则, is none of its: u215)
        first_docs = {self.passages[i]["doc_id"] for i, _ in r.ranked[:3]}
        unknown_prints_of = lambda w, docs: any(
            not lists_places(w, self._page_places(d), ns) and (
                any(self._docs_print(x, [i for i in unknown_ids() if self.passages[i]["doc_id"] == d])
                    for x in written_as(w))
                or (d in first_docs and number_names(w, self.docs[d].get("doc_number"))))
            for d in docs)
        # (place_top, which reads the first passage alone, takes any candidate printing the place: held to the topic
        # it newly fired at o046 and o242, answerable, whose own pages of unknown place rank below another's)
        unknown_docs = lambda: dict.fromkeys(self.passages[i]["doc_id"] for i in unknown_ids())
        unknown_prints_any = lambda w: unknown_prints_of(w, unknown_docs())
        unknown_prints = lambda w: unknown_prints_of(w, dict.fromkeys(
            self.passages[i]["doc_id"] for i in unknown_ids()
            if self.passages[i]["doc_id"] in first_docs or on_topic(i)))
        # (of the pages printing `printing`, where given: the city written before the district asked)
        unknown_may_be = lambda p, printing=None: any(
            could_be_page_of(p, towns_speak(p, self._page_places(d), self._page_towns(d), towns_of), ns)
            and towns_fit(p, self._page_towns(d), towns_of)
            and number_fits(p, self.docs[d].get("doc_number"))
            for d in dict.fromkeys(
                self.passages[i]["doc_id"] for i in unknown_ids()
                if on_topic(i) and (printing is None or self._docs_print(printing, [i]))))
        ids = [i for i, _ in r.ranked[:5]]
        joined = "".join(scope)
        off = place_out_of_scope(places, lambda w: w in joined or self._docs_print(w, ids), self._prints_name, unknown,
                                 asked, unknown_prints, unknown_may_be)
        # a named area asked (乌拉山保护区, 淄博高新区) that the first passages and their documents' records do not print
        # (read only for a question that names a kind of area)
        off = off or (any(kind in asked for kind in GENERIC_AREAS_TAIL) and area_off(
            named_areas(self._pos_tagger().lcut(asked.lower())), joined, ns))
        # a town the question names (西峰区南街街道, 青浦区金泽镇) that neither the first passages nor their documents
        # print: where its county is printed, the page is another town's of it (解放路街道, 朱家角镇; u3303, u3304)
        off = off or town_off(self._question_towns(asked), lambda t: t in joined or self._docs_print(t, ids),
                              self._district_stems())
        # years: the first five passages, as for places, and their documents' dates
        # — of the candidates about the place asked, where the question names one the evidence prints (濮阳县's
        # 2024 is not printed by 三门峡's page)
        # (a document of no date: the year of its own number, the year it was issued — 国办发〔2018〕117号 of the 国务院
        # notice that raised the 督查激励 measures to 30 answers 国务院2018年把…调整增加为多少项, o2835; a number the
        # passage cites stays unread, years_about)
        dates = [self.docs[self.passages[i]["doc_id"]].get("date")
                 or own_number_year(self.docs[self.passages[i]["doc_id"]].get("doc_number")) for i in ids]
        # (read only for a question that names a year: scope_miss looks for the years asked in it)
        # (where none prints the place, a page of unknown place that may be its own page: the 博爱 news of u1815)
        unknown_of = lambda j: self._place_unknown(self.passages[ids[j]]["doc_id"]) and all(
            could_be_page_of(p, self._page_places(self.passages[ids[j]]["doc_id"]), ns)
            and number_fits(p, self.docs[self.passages[ids[j]]["doc_id"]].get("doc_number")) for p in places)
        year_text = years_about(places, scope, dates, lambda w, j: self._docs_print(w, [ids[j]]), unknown_of,
                                r.query) \
            if years_in(r.query) else ""
        # the first documents' titles, read only for a question that names a plan period or a numbered order
        # (plan_period_off, order_off)
        titles = [compact(self.docs[self.passages[i]["doc_id"]].get("title") or "") for i in ids] \
            if periods(r.query) or orders(r.query) else []
        miss = scope_miss(r.query, off, year_text, "".join(scope[:3]), titles)
        first = scope[0] if scope else ""
        top_off = place_out_of_scope(places, lambda w: w in first or self._docs_print(w, ids[:1]), self._prints_name,
                                     unknown, asked, unknown_prints_any, unknown_may_be)
        dense_top = max(r.den.values(), default=None)
        # the words of the question as asked and their official words, not the department aliases rewrite_query
        # appends (区财政局 for 县财政局 would find a contact table of 周村's units)
        asked_words = lexicon.expand(asked).lower()
        # a first passage is about the place asked when it or its document prints it (asked only of a typed
        # question); a town the question names counts as its place (砖井镇: u2320, whose first passages hold 安乡's
        # 亩 of another case)
        stems = [place_stem(p) for p in places]
        about_stems = functools.cache(lambda: stems + [place_stem(t) for t in self._question_towns(asked)])
        about = lambda j: not about_stems() or any(w in texts[j] or self._docs_print(w, ids[j:j + 1])
                                                   for w in about_stems())
        # the passage after a first passage in its document (its closing contact lines), read only for a typed question
        follow = lambda j: self._next_text(ids[j])
        return features(cover, seen, [p in first3 for p in pairs], self._routes_agree(r), dense_top, miss,
                        bool(service_cues(r.query)), self._sentence_margin(r, dense_top), top_off,
                        answer_type_miss(asked, texts, [w for w in words if w in asked_words], about, follow),
                        bool(chat_cues(asked)), self._place_apart(ids, stems, topic, weight))

    def _question_towns(self, asked: str) -> list[str]:
        """The towns of the national list a question names (index.place_scope.page_towns over its jieba words)."""
        from index.places import town_names

        if not any(x in asked for x in ("镇", "乡", "街道")):
            return []
        return page_towns([w for w, _flag in self._pos_tagger().lcut(asked.lower())], town_names())

    def _next_text(self, i: int) -> str:
        """The text of the passage after passage `i` in its document ("" at the document's end)."""
        if i + 1 >= len(self.passages) or self.passages[i + 1]["doc_id"] != self.passages[i]["doc_id"]:
            return ""
        return self.passages[i + 1]["text"]

    def _place_apart(self, ids: list[int], stems: list[str], topic: list[str], weight) -> bool:
        """index.place_scope.place_apart over the first passages `ids`: which print every place stem asked (they or
        their documents) and how much of the topic each prints. False without a place or two topic words asked."""
        # one topic word is too thin to tell what a page is about (兰州看草场的人: its page says 草原, o131)
        if not stems or len(topic) < 2:
            return False
        texts = [(self.passages[i]["title"] + self.passages[i]["text"]).lower() for i in ids]
        about = [all(w in t or self._docs_print(w, [i]) for w in stems) for i, t in zip(ids, texts)]
        return place_apart(about, [share_printed(topic, t, weight) for t in texts])

    def _evidence(self, r: "_Ranked", k: int) -> list[str]:
        """For each of the first `k` passages: its title and text and its document's title, district and issuer,
        compacted and lower-cased (what the scope features look for a place or an edition in)."""
        # (made once per passage, as _shown_fields is: the first passages of one question are mostly those of
        # others; at most HOLDING_MEMO kept)
        memo = self.__dict__.setdefault("_evidence_memo", {})
        out = []
        for i, _ in r.ranked[:k]:
            e = memo.get(i)
            if e is None:
                p = self.passages[i]
                d = self.docs[p["doc_id"]]
                e = compact("".join(x or "" for x in (p["title"], p["text"], d.get("title"), d.get("district"),
                                                      d.get("issuer")))).lower()
                if len(memo) >= HOLDING_MEMO:
                    memo.clear()
                memo[i] = e
            out.append(e)
        return out

    def _docs_print(self, word: str, ids: list[int]) -> bool:
        """Whether a passage of the documents of passages `ids` prints `word` (a place named only in another
        part of the document the evidence comes from is still its place): the passages holding the word's
        character pairs (index.printed), read to check. False where the index has no pairs."""
        from index.printed import PrintedText

        if not ids or not isinstance(self._corpus(), PrintedText):
            return False
        rows = self._rows_holding(word)
        if rows is None:
            return False
        _order, doc_of = self._passage_docs()
        # of those, the rows of the documents asked (a handful: one comparison each, np.isin's sort costs more)
        rows = rows[(doc_of[rows][:, None] == doc_of[np.asarray(ids)]).any(axis=1)]
        return any(word in (self.passages[i]["title"] + self.passages[i]["text"]).lower() for i in rows.tolist())

    def _rows_holding(self, word: str) -> np.ndarray | None:
        """The passages holding every CJK pair of `word` (None: it has none), kept for the next asks: an
        answer asks of the same place word for each of its first passages (_place_apart, about, the scope)."""
        from index.printed import cjk_pairs

        memo = self.__dict__.setdefault("_holding", {})
        if word not in memo:
            if len(memo) >= HOLDING_MEMO:
                memo.clear()
            pairs = cjk_pairs(word)
            memo[word] = self._corpus()._holding_all(pairs) if pairs else None
        return memo[word]

    def _place_unknown(self, doc_id: str) -> bool:
        """A document with no district whose title and issuer name no place either (区政府办公室关于…): it may be
        any place's page. (济宁高新区管委会关于… is 济宁's.) Decided once per document."""
        known = self._unknown_place
        if doc_id not in known:
            known[doc_id] = self._place_unknown_now(doc_id)
        return known[doc_id]

    def _place_unknown_now(self, doc_id: str) -> bool:
        d = self.docs[doc_id]
        # (a district read off a body formula, 经区政府研究 → 经区, is none)
        if record_district(d.get("district")) is not None:
            return False
        head = compact((d.get("title") or "") + (d.get("issuer") or ""))
        # 随县人民政府's page is 随县's, though the tagger knows no 随县 — read in the title and the issuer apart: the
        # title's tail is no place of the issuer's bare 市人民政府 (潜江's 关于分解落实《政府工作报告》的通知 by
        # 市人民政府办公室 is of unknown place, its 潜政办发 文号 its own: o2030)
        if government_place(compact(d.get("title") or "")) or government_place(compact(d.get("issuer") or "")):
            return False
        return not question_places(self._pos_tagger().lcut(head), self._pos_tagger().places, (), self._word_freq)

    def _page_places(self, doc_id: str) -> list[str]:
        """The places a document of unknown place names in its first PAGE_PLACES_CHARS characters
        (index.place_scope.page_places): its own place where it names one. Read once per document."""
        known = self._page_place_names
        if doc_id not in known:
            order, doc_of = self._passage_docs()
            rows = np.flatnonzero(doc_of == order.index(doc_id)) if doc_id in order else []
            text = "".join(self.passages[int(i)]["title"] + self.passages[int(i)]["text"] for i in rows[:20])
            tagged = self._pos_tagger().lcut(collective_towns(compact(text[:PAGE_PLACES_CHARS]).lower()))
            known[doc_id] = page_places(tagged, self._pos_tagger().places, self._word_freq)
        return known[doc_id]

    def _page_towns(self, doc_id: str) -> list[str]:
        """The towns of the national list a document of unknown place prints in its first PAGE_PLACES_CHARS
        characters (index.place_scope.page_towns). Read once per document."""
        known = self.__dict__.setdefault("_page_town_names", {})
        if doc_id not in known:
            from index.places import town_names

            order, doc_of = self._passage_docs()
            rows = np.flatnonzero(doc_of == order.index(doc_id)) if doc_id in order else []
            text = "".join(self.passages[int(i)]["title"] + self.passages[int(i)]["text"] for i in rows[:20])
            head = compact(text[:PAGE_PLACES_CHARS]).lower()
            tokens = [w for w, _flag in self._pos_tagger().lcut(collective_towns(head))]
            # (the tagger drops the 、 collective_towns sets: a page naming 各街镇 has no town X街镇)
            known[doc_id] = [t for t in page_towns(tokens, town_names())
                             if not (t.endswith("街镇") and collective_towns(head) != head)]
        return known[doc_id]

    def _prints_name(self, name: str) -> bool:
        """Whether the corpus prints a place `name` as a name of its own (index.place_scope.prints_name), in the
        first PRINTS_NAME_ROWS passages that hold it, each cut around the name; asked only of a place that is off
        the evidence while a page of unknown place is among the candidates."""
        from index.printed import PrintedText, cjk_pairs

        if not self._corpus_has(name):
            return False
        corpus, pairs = self._corpus(), cjk_pairs(name)
        if not isinstance(corpus, PrintedText) or not pairs:
            return True
        tk = self.tokenizer._jieba()
        seen = 0
        for i in corpus._holding_all(pairs).tolist():
            text = (self.passages[i]["title"] + self.passages[i]["text"]).lower()
            for m in re.finditer(re.escape(name), text):
                window = text[max(0, m.start() - 12):m.end() + 12]
                if prints_name(name, tk.lcut(window, HMM=False)):
                    return True
            seen += 1
            if seen == PRINTS_NAME_ROWS:
                break
        return False

    def _word_freq(self, word: str) -> int:
        """The word's frequency in this searcher's jieba dictionary (0 for a word it does not hold)."""
        return self.tokenizer._jieba().FREQ.get(word, 0)

    def _district_stems(self) -> frozenset[str]:
        """The stems of the districts the corpus's documents belong to (张店区 → 张店), read once."""
        if getattr(self, "_stems", None) is None:
            rows = self.db.execute("SELECT DISTINCT district FROM documents WHERE district IS NOT NULL").fetchall()
            self._stems = frozenset(s for s in (place_stem(d) for (d,) in rows) if len(s) >= 2)
        return self._stems

    def _sentence_margin(self, r: "_Ranked", dense_top: float | None) -> float:
        """How much better the best sentence of the first three passages matches the query than the best
        passage of the dense route does (0 without sentence vectors or a dense route)."""
        if self.sentences is None or r.qv is None or dense_top is None:
            return 0.0
        best = [c for c in self.sentences.best(r.qv, [i for i, _ in r.ranked[:3]]) if c is not None]
        return max(best) - dense_top if best else 0.0

    def _routes_agree(self, r: "_Ranked") -> bool:
        """The first passage's document is among the first three documents of both routes."""
        if not r.ranked or not r.lex or not r.den:
            return False
        doc = self.passages[r.ranked[0][0]]["doc_id"]

        def first_docs(ids: np.ndarray, sc: np.ndarray) -> set:
            # the first three by (-score, id), as a sort of the items gives them (heapq.nsmallest(3, items,
            # key=(-score, id))), without a Python key call per candidate
            return {self.passages[i]["doc_id"] for i in ids[np.lexsort((ids, -sc))[:3]].tolist()}

        def arrays(scores: dict) -> tuple[np.ndarray, np.ndarray]:
            return (np.fromiter(scores.keys(), dtype=np.int64, count=len(scores)),
                    np.fromiter(scores.values(), dtype=np.float64, count=len(scores)))

        # (the routes' arrays where _rank kept them: the same ids and scores as the dicts)
        lk, lv, dk, dv = r.routes if r.routes is not None else (*arrays(r.lex), *arrays(r.den))
        return doc in first_docs(lk, lv) and doc in first_docs(dk, dv)

    def _corpus(self):
        """Every passage's title and text, lower-cased, one passage a line, for `word in` questions: answered
        from the BM25 bigram postings (index.printed) where the index has bigrams, else the joined string."""
        if self._corpus_text is None:
            if self.tokenizer.bigrams and getattr(self.lexical, "postings", None) is not None:
                from index.printed import PrintedText

                self._corpus_text = PrintedText(self.passages, self.lexical, self.db, self._corpus_joined)
            else:
                self._corpus_text = self._corpus_joined()
        return self._corpus_text

    def _corpus_joined(self) -> str:
        """The corpus text as one string (reads every passage; built once)."""
        if getattr(self, "_joined", None) is None:
            self._joined = "\n".join(p["title"] + p["text"] for p in self.passages).lower()
        return self._joined

    def _corpus_has(self, word: str) -> bool:
        return word.lower() in self._corpus()

    def _idf(self):
        if self._idf_cache is None:
            self._idf_cache = idf_table(self.lexical.bm25)
        return self._idf_cache

    def _confidence(self, r: "_Ranked") -> float | None:
        model = load_calibration(r.mode)
        if model is None:
            return None
        return model.probability(self.confidence_features(r))
