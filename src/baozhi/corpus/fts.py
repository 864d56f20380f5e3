"""Full-text search for Chinese with SQLite's FTS5: every CJK character is indexed as a word
of its own, and a query is turned into phrases of characters, so that 金昌 finds 金昌 and not
金 ... 昌 apart, one-character queries work, and Latin words stay words."""
from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass
class Query:
    """What a person typed, as FTS5 MATCH expressions: `match` what a hit must hold (None:
    every article), `exclude` what it must not (None: nothing), `terms` the words and
    phrases looked for, as typed (for highlighting)."""
    match: str | None
    exclude: str | None
    terms: list[str]

    @property
    def empty(self) -> bool:
        return self.match is None and self.exclude is None


# A quoted phrase (its closing quote may be missing), a bare word, either with a leading -
# to exclude it; full-width quotes count as quotes. OR between two terms (in capitals, as in
# web search engines) makes them alternatives.
_TOKEN = re.compile(r'(-?)(?:["“”]([^"“”]*)["“”]?|([^\s"“”]+))')


def parse_query(query: str) -> Query:
    """The search syntax people type: words (all required), "quoted phrases" (their words in
    that order; a CJK word is always a phrase of its characters, so 金昌 never matches 金 …
    昌), -word or -"phrase" to exclude, OR between alternatives (金昌 OR 张掖 市长: one of
    the two, and 市长). Punctuation and FTS5 operators typed in are words' edges, never
    syntax; long input is cut to MAX_TERMS terms of MAX_TERM characters."""
    groups: list[list[str]] = []       # alternatives, each group required
    excluded: list[str] = []
    terms: list[str] = []
    count = 0
    pending_or = False
    for sign, quoted, bare in _TOKEN.findall(query or ""):
        if quoted == "" and bare == "OR" and not sign:
            pending_or = bool(groups)
            continue
        words = [w[:MAX_TERM] for w in _WORD.findall(quoted if bare == "" else bare)]
        if not words or count >= MAX_TERMS:
            pending_or = False
            continue
        count += 1
        phrase = '"' + " ".join(spaced(w) for w in words).replace('"', "") + '"'
        if not sign:
            terms.append("".join(words) if all(_CJK.fullmatch(c) for w in words for c in w) else " ".join(words))
        if sign:
            excluded.append(phrase)
        elif pending_or:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        pending_or = False
    match = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups) or None
    exclude = " OR ".join(excluded) or None
    return Query(match, exclude, terms)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed (`parse_query`), exclusions as NOT:
    None if nothing is required (no words, or only exclusions)."""
    q = parse_query(query)
    if q.match is None:
        return None
    return q.match if q.exclude is None else f"({q.match}) NOT ({q.exclude})"
