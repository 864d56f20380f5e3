"""baozhi: Chinese newspaper pages -> clean, structured articles.

    >>> import baozhi
    >>> page = baozhi.parse("page.txt")
    >>> page.articles[0].title
"""
from __future__ import annotations

import os

from .errors import InputError, shown
from .model import Article, Edition, Issue, Line, Page
from .layout.jumps import stitch
from .pipeline import run
from .readers import text as _text

__all__ = ["parse", "parse_text", "parse_bytes", "parse_pdf", "Issue", "Page", "Article", "Edition", "Line", "InputError"]
__version__ = "0.1.0"


def parse_text(text: str, source: str = "<text>") -> Page:
    """Parse the raw text of one page."""
    lines = _text.split_lines(text)
    page = Page(source={"path": source, "format": "text", "page": 1}, lines=lines, encoding="str")
    return run(page)


def parse_bytes(data: bytes, source: str = "<bytes>") -> Page | Issue:
    """Parse a page given as bytes: a PDF where the bytes open as one (%PDF-; one page: a
    Page, more: an Issue), else a text page in any supported encoding (detected, not
    assumed). `source` names it in messages and in the output's `source`."""
    if data.startswith(b"%PDF-"):
        issue = parse_pdf(source, data=data)
        return issue.pages[0] if len(issue.pages) == 1 else issue
    return _text_page(*_text.from_bytes(data, source), source)


def _text_page(lines: list[Line], enc: str, source: str) -> Page:
    page = Page(source={"path": shown(source), "format": "text", "page": 1, "encoding": enc},
                lines=lines, encoding=enc)
    if "replaced" in enc:
        page.source["problem"] = f"not all valid UTF-8: {enc.split('(', 1)[1].rstrip(')')}"
    return run(page)


def parse_pdf(path: str | os.PathLike, on_page=None, data: bytes | None = None) -> Issue:
    """Parse every page of an e-paper PDF through its text layer (needs the `pdf` extra).
    `on_page(page)` sees each page with its lines, before an edition lets them go. `data`:
    the file's bytes, already read (then `path` only names the file)."""
    from .readers import pdf as _pdf

    path = os.fspath(path)
    issue = Issue(source={"path": shown(path), "format": "pdf"})
    for number, lines in enumerate(_pdf.read(path, data), 1):
        page = Page(source={"path": shown(path), "format": "pdf", "page": number}, lines=lines)
        if getattr(lines, "problem", None):
            page.source["problem"] = lines.problem
        page = run(page)
        if on_page is not None:
            on_page(page)
        for a in page.articles:
            a.id = f"p{number}-{a.id}"      # unique over the edition, where parts are stitched
        issue.pages.append(page)
        if number > 1:
            # An edition keeps its articles, not every printed line: memory stays flat over
            # hundreds of pages. (A one-page PDF keeps its lines, as a text page does.)
            issue.pages[0].lines = page.lines = []
    issue.articles = stitch(issue.pages)
    return issue


def parse(path: str | os.PathLike) -> Page | Issue:
    """Parse a page file: a text dump of an e-paper page, or a PDF (one page: a Page; more:
    an Issue of pages)."""
    path = os.fspath(path)
    if _is_pdf(path):
        issue = parse_pdf(path)
        return issue.pages[0] if len(issue.pages) == 1 else issue
    return _text_page(*_text.read(path), path)


def _is_pdf(path: str) -> bool:
    if path.lower().endswith(".pdf"):
        return True
    try:
        with open(path, "rb") as f:
            return f.read(5) == b"%PDF-"
    except OSError:
        return False
