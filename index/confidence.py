"""How sure a fused result is: a few corpus-independent features and a logistic model fitted offline.

The features describe the evidence behind the first page, not the query alone. "Content words" are the query's
jieba words of two or more characters that are not stopwords and not common in this corpus (document frequency
under 20 %: the district's own name says nothing), with the lay ↔ official lexicon's words added:
- `coverage`: IDF-weighted share of the content words printed in the first three fused passages;
- `seen`: share of the content words the corpus prints at all (a topic it never mentions scores low);
- `dense_top`: the best cosine of the dense route (e5 cosines sit in a narrow band; the level still counts);
- `dense_margin`: best cosine minus the mean of ranks 2–10 (a clear winner vs a flat list);
- `scope_miss`: 1 when the query names a place the corpus never prints (another city) or a year that neither
  the first passages nor their documents carry.

The weights live in `confidence.json` beside this file, fitted by `python -m benchmarks.fit_confidence` on the
tuning questions only (answerable vs unanswerable), with the threshold and the data it was fitted on.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["FEATURES", "Calibration", "content_words", "features", "idf_table", "load_calibration",
           "scope_miss", "word_coverage"]

# dense_top is computed and reported but not weighted: on the tuning questions it added nothing once the
# others were in (answerable and unanswerable cosines overlap, 0.88–0.94).
FEATURES = ("coverage", "seen", "dense_margin", "scope_miss")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_MODEL = Path(__file__).with_name("confidence.json")


def idf_table(bm25) -> tuple[np.ndarray, float, np.ndarray]:
    """Lucene IDF of every vocabulary id of a bm25s index, the IDF of an unseen word, and each id's share of
    passages (document frequency / N)."""
    n = int(bm25.scores["num_docs"])
    df = np.diff(bm25.scores["indptr"]).astype(np.float64)
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    return idf, math.log(1 + (n + 0.5) / 0.5), df / max(n, 1)


def content_words(words: list[str], vocab: dict, df_share: np.ndarray, stop, common: float = 0.2) -> list[str]:
    """Words that carry the query's topic: ≥ 2 characters, not stopwords, not common in the corpus."""
    out = []
    for w in dict.fromkeys(words):
        if len(w) < 2 or w in stop or not re.search(r"[\u4e00-\u9fffA-Za-z]", w):
            continue
        tid = vocab.get(w)
        if tid is not None and tid < len(df_share) and df_share[tid] >= common:
            continue
        out.append(w)
    return out


def word_coverage(words: list[str], text: str, vocab: dict, idf: np.ndarray, unseen: float) -> float:
    """IDF-weighted share of `words` printed in `text` (0 when there are none)."""
    weight = lambda w: float(idf[vocab[w]]) if w in vocab and vocab[w] < len(idf) else unseen
    total = sum(weight(w) for w in words)
    return sum(weight(w) for w in words if w in text) / total if total else 0.0


def scope_miss(query: str, places: list[str], corpus_has, top_text: str) -> float:
    """1.0 when the query is about somewhere or some year the evidence is not: a place name the corpus never
    prints, or a year printed in neither the first passages nor their documents' dates."""
    if any(len(p) >= 2 and not corpus_has(p) for p in places):
        return 1.0
    years = _YEAR.findall(query)
    return float(bool(years) and not any(y in top_text for y in years))


def features(cover: float, seen: float, dense_scores: list[float], miss: float) -> dict:
    """The feature dict from the route outputs (dense scores best first)."""
    top = dense_scores[0] if dense_scores else 0.0
    rest = dense_scores[1:10]
    margin = top - (sum(rest) / len(rest)) if rest else 0.0
    return {"coverage": cover, "seen": seen, "dense_top": top, "dense_margin": margin, "scope_miss": miss}


@dataclass(frozen=True)
class Calibration:
    """Logistic model p(answerable) = σ(b + Σ w_i·x_i); below `threshold` the answer is "no good answer"."""

    weights: dict
    bias: float
    threshold: float
    features: tuple = FEATURES

    def probability(self, x: dict) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * x.get(f, 0.0) for f in self.features)
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_calibration(mode: str = "hybrid", path: Path = _MODEL) -> Calibration | None:
    """The fitted model for a search mode (None if none was fitted: then no verdict is made)."""
    if not path.exists():
        return None
    models = json.loads(path.read_text(encoding="utf-8"))["models"]
    m = models.get(mode)
    if not m:
        return None
    return Calibration(weights=m["weights"], bias=m["bias"], threshold=m["threshold"], features=tuple(m["features"]))
