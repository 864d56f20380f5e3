"""Full-text search for Chinese with SQLite's FTS5: every CJK character is indexed as a word
of its own, and a query is turned into phrases of characters, so that 金昌 finds 金昌 and not
金 ... 昌 apart, one-character queries work, and Latin words stay words."""
from __future__ import annotations

import re

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# A space with a CJK character, CJK punctuation or a highlight mark on either side was put
# there for the index; one between two Latin words was printed.
_SPACED = re.compile(r"(?<=[^\x00-\x7f\x02\x03]) | (?=[^\x00-\x7f\x02\x03])|(?<=[\x02\x03]) | (?=[\x02\x03])")
_WORD = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
MAX_TERMS = 12
MAX_TERM = 40


# Control characters (the snippets' highlight marks \x02 and \x03 among them) are no text a
# reader looks for: out of the index, so a page holding them cannot break its highlights.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def spaced(text: str) -> str:
    """The text as indexed: a space around every CJK character, control characters out."""
    return " ".join(_CJK.sub(r" \1 ", _CONTROL.sub(" ", text or "")).split())


def unspaced(text: str) -> str:
    """Indexed text back as printed (the spaces between CJK characters go)."""
    return _SPACED.sub("", text)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed: each word a phrase of its
    characters, all of them required. None if nothing searchable is left. Long or odd input
    is cut down, never passed through raw."""
    terms = [t[:MAX_TERM] for t in _WORD.findall(query or "")][:MAX_TERMS]
    phrases = ['"' + spaced(t).replace('"', "") + '"' for t in terms if spaced(t)]
    return " AND ".join(phrases) if phrases else None
