"""Property tests: random bytes and mutated real gazette lines never raise anything but our own errors."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import SAMPLE_CORPUS
from kg.errors import GazetteError
from kg.parse import decode_bytes, normalize_lines, parse_issue, segment_issue

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters the matchers key on: brackets of 文号, dates, roles, list markers, full-width forms.
SIGNIFICANT = list("〔〕[]（）()【】《》年月日号第条一二三四五六七八九十0123456789：:；;，,。、\t 　") + [
    "牵头", "配合", "负责", "责任单位", "关于", "的通知", "废止", "宣布失效", "附件", "区人民政府", "办公室",
    "张政字", "ZDDR-2023-0010001", "目 录", "（此件公开发布）", "\u200b", "\ufeff", "\ufffd",
]


@lru_cache(maxsize=1)
def real_lines() -> list[str]:
    return [ln for p in sorted(SAMPLE_CORPUS.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()]


@st.composite
def mutated_window(draw) -> str:
    """A window of real gazette lines with lines dropped, repeated, cut and spliced with odd characters."""
    lines = real_lines()
    start = draw(st.integers(0, len(lines) - 1))
    window = lines[start : start + draw(st.integers(1, 80))]
    for _ in range(draw(st.integers(0, 12))):
        if not window:
            break
        i = draw(st.integers(0, len(window) - 1))
        op = draw(st.sampled_from(["drop", "repeat", "cut", "insert", "splice", "blank"]))
        line = window[i]
        if op == "drop":
            del window[i]
        elif op == "repeat":
            window.insert(i, line)
        elif op == "cut":
            window[i] = line[: draw(st.integers(0, len(line)))]
        elif op == "insert":
            window.insert(i, draw(st.text(max_size=40)))
        elif op == "blank":
            window.insert(i, "")
        else:
            at = draw(st.integers(0, len(line)))
            window[i] = line[:at] + draw(st.sampled_from(SIGNIFICANT)) + line[at:]
    return "\n".join(window)


def parse_and_extract(text: str):
    from kg.extract import extract_all

    issue = segment_issue(normalize_lines(text), "fuzz.txt")
    facts = extract_all([issue])
    for d in issue.documents:  # provenance stays inside the text
        assert 1 <= d.line_start <= d.line_end <= len(issue.lines)
    for key in ("tasks", "repeals", "enterprises", "indicators", "cites"):
        for rec in facts[key]:
            src = rec["source"]
            assert 1 <= src["line_start"] <= src["line_end"] <= len(issue.lines), key
    return issue, facts


@FUZZ
@given(st.binary(max_size=4000))
def test_decode_bytes_of_random_bytes(data):
    try:
        text, enc = decode_bytes(data, "fuzz")
    except GazetteError:
        return
    assert isinstance(text, str) and enc and "\r" not in text


@FUZZ
@given(mutated_window(), st.sampled_from(["utf-8", "gb18030", "utf-16"]), st.data())
def test_decode_bytes_of_damaged_real_text(text, encoding, data):
    raw = bytearray(text.encode(encoding))
    for _ in range(data.draw(st.integers(0, 6))):
        if raw:
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    warnings: list[str] = []
    try:
        out, enc = decode_bytes(bytes(raw), "fuzz", warnings)
    except GazetteError:
        return
    assert isinstance(out, str) and all(w.startswith(("line ", "invalid")) or "invalid" in w for w in warnings)


@FUZZ
@given(mutated_window(), st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]), st.binary(max_size=8),
       st.integers(0, 10_000))
def test_parse_issue_of_a_damaged_file(text, encoding, junk, at):
    """The whole path from a file on disk: read, decode, normalise, segment."""
    raw = text.encode(encoding)
    at = min(at, len(raw))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.txt"
        path.write_bytes(raw[:at] + junk + raw[at:])
        try:
            issue = parse_issue(path)
        except GazetteError:
            return
    assert issue.file == "fuzz.txt" and all(d.line_end <= len(issue.lines) for d in issue.documents)


@FUZZ
@given(st.text(max_size=3000))
def test_parse_and_extract_random_text(text):
    parse_and_extract(text)


@FUZZ
@given(mutated_window())
def test_parse_and_extract_mutated_gazette_lines(text):
    parse_and_extract(text)


@pytest.mark.slow
@settings(max_examples=15, deadline=None)
@given(st.lists(mutated_window(), min_size=2, max_size=3))
def test_extract_across_mutated_issues(texts):
    """Cross-issue resolution (departments, repeal targets) over several damaged issues."""
    from kg.extract import extract_all

    issues = [segment_issue(normalize_lines(t), f"fuzz{i}.txt") for i, t in enumerate(texts)]
    extract_all(issues)
