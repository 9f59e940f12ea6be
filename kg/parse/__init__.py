"""Reading, normalising and segmenting a gazette issue into documents with provenance."""

from kg.parse.read import decode_bytes, read_gazette
from kg.parse.normalize import NormalizedText, normalize_line, normalize_lines
from kg.parse.segment import ParsedIssue, parse_issue, segment_issue
from kg.parse.outline import build_outline, section_path

__all__ = [
    "NormalizedText",
    "ParsedIssue",
    "build_outline",
    "decode_bytes",
    "normalize_line",
    "normalize_lines",
    "parse_issue",
    "read_gazette",
    "section_path",
    "segment_issue",
]
