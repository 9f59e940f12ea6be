"""What every reader returns: the extracted lines of one file, each with the page it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ReadResult", "clean_line"]

# Characters that would split or corrupt a line of the saved text: line and page breaks, NUL, soft hyphen.
_BREAKS = str.maketrans({"\r": " ", "\n": " ", "\f": " ", "\v": " ", "\x00": "", "\u2028": " ", "\u2029": " ",
                         "\u00ad": ""})


def clean_line(s: str) -> str:
    """One output line: no line-breaking characters inside, no trailing spaces."""
    return s.translate(_BREAKS).rstrip()


@dataclass
class ReadResult:
    """The text of one file as the readers extract it.

    Line numbers everywhere downstream are 1-based positions in `lines`; the app shows these lines.

    Attributes:
        path: the file read (as given).
        format: text / pdf / pdf-ocr / docx / doc / html / image-ocr.
        lines: extracted lines, table rows as cells joined by a tab.
        pages: the 1-based page of each line for paged formats (PDF, OCR), else None.
        encoding: the text encoding for text files, else the format.
        page_count: pages in the file when paged.
        warnings: what the reader had to guess or leave out.
    """

    path: str
    format: str
    lines: list[str]
    pages: list[int] | None = None
    encoding: str = ""
    page_count: int | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.pages is not None and len(self.pages) != len(self.lines):
            raise ValueError("one page per line")

    @property
    def text(self) -> str:
        """The lines joined, newline-terminated: splitting it again gives exactly `lines`."""
        return "".join(f"{ln}\n" for ln in self.lines)
