"""Readers: one module per file format behind `read(path) -> ReadResult` (lines, each with its page)."""

from kg.read.base import ReadResult
from kg.read.registry import READERS, Reader, UnsupportedFormat, read, sniff

__all__ = ["ReadResult", "Reader", "READERS", "UnsupportedFormat", "read", "sniff"]
