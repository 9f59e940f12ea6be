"""Reading, normalising and segmenting a gazette issue into documents with provenance.

The names below are imported from their modules when first used: a query that only needs
`kg.parse.normalize` (every store lookup) does not compile the segmenter's patterns.
"""

from importlib import import_module

_WHERE = {
    "decode_bytes": "read",
    "read_gazette": "read",
    "NormalizedText": "normalize",
    "normalize_line": "normalize",
    "normalize_lines": "normalize",
    "ParsedIssue": "segment",
    "parse_issue": "segment",
    "segment_issue": "segment",
    "build_outline": "outline",
    "section_path": "outline",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(f"kg.parse.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg.parse' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_WHERE))
