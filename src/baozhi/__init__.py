"""baozhi: Chinese newspaper pages -> clean, structured articles.

    >>> import baozhi
    >>> page = baozhi.parse("page.txt")
    >>> page.articles[0].title
"""
from __future__ import annotations

import os

from .errors import InputError
from .model import Article, Edition, Line, Page
from .pipeline import run
from .readers import text as _text

__all__ = ["parse", "parse_text", "parse_bytes", "Page", "Article", "Edition", "Line", "InputError"]
__version__ = "0.1.0"


def parse_text(text: str, source: str = "<text>") -> Page:
    """Parse the raw text of one page."""
    lines = _text.split_lines(text)
    page = Page(source={"path": source, "format": "text", "page": 1}, lines=lines, encoding="str")
    return run(page)


def parse_bytes(data: bytes, source: str = "<bytes>") -> Page:
    """Parse a page given as bytes in any supported encoding (detected, not assumed)."""
    text, enc = _text.decode(data, source)
    lines = _text.split_lines(text)
    if not lines:
        raise InputError(source, "file has no text")
    page = Page(source={"path": source, "format": "text", "page": 1, "encoding": enc},
                lines=lines, encoding=enc)
    return run(page)


def parse(path: str | os.PathLike) -> Page:
    """Parse a page file (a text dump of an e-paper page)."""
    path = os.fspath(path)
    lines, enc = _text.read(path)
    page = Page(source={"path": path, "format": "text", "page": 1, "encoding": enc},
                lines=lines, encoding=enc)
    return run(page)
