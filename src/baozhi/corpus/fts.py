"""Full-text search for Chinese with SQLite's FTS5: each run of CJK characters is indexed as
its overlapping pairs (金昌市长: 金昌 昌市 市长) and then its last character alone (长), and a
query is turned into phrases of those pairs, so that 金昌 is one word of the index (found
without reading a position list: a two-character query over 100,000 articles counts its
matches in a fifth of the time that a phrase of two single characters took), 金昌 never
matches 金 ... 昌 apart, a one-character query is a prefix (昌*) that meets every pair
opening on it and every run ending on it, and Latin words and numbers stay words."""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
MAX_TERMS = 12
MAX_TERM = 40


# Control characters are no text a reader looks for: out of the index and the snippets.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_PIECE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _pairs(run: str) -> str:
    return run if len(run) == 1 else " ".join([run[k:k + 2] for k in range(len(run) - 1)] + [run[-1]])


def index_text(text: str) -> str:
    """The text as indexed: each CJK run as its pairs and its last character, spaces
    between, control characters out (the rest as printed: FTS5's unicode61 splits it)."""
    return " ".join(_RUN.sub(lambda m: " " + _pairs(m.group()) + " ", _CONTROL.sub(" ", text or "")).split())


def phrase(words: list[str]) -> str | None:
    """The FTS5 phrase that finds `words` in order in index_text's text (a quoted phrase's
    words, or one word): CJK words together are one run (市委 书记: 市委书记); a run of two or
    more is its pairs, with its last character after them where something follows it in
    the phrase (a run in the text ends there too); a single character is itself, or a
    prefix where it ends the phrase (it may open a longer run in the text)."""
    if words and all(_RUN.fullmatch(w) for w in words):
        words = ["".join(words)]
    pieces = [p for w in words for p in _PIECE.findall(w)]
    toks: list[str] = []
    prefix = False
    for k, p in enumerate(pieces):
        last = k == len(pieces) - 1
        if not _RUN.fullmatch(p):
            toks.append(p)
        elif len(p) == 1:
            toks.append(p)
            prefix = last
        else:
            toks += [p[j:j + 2] for j in range(len(p) - 1)]
            if not last:
                toks.append(p[-1])
    if not toks:
        return None
    return '"' + " ".join(toks).replace('"', "") + '"' + (" *" if prefix else "")


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

    @property
    def expression(self) -> str | None:
        """One MATCH expression, the exclusions as NOT (where FTS5 merges the lists): None if
        nothing is required (no words, or only exclusions)."""
        if self.match is None:
            return None
        return self.match if self.exclude is None else f"({self.match}) NOT ({self.exclude})"


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
        expr = phrase(words)
        if expr is None:
            pending_or = False
            continue
        if not sign:
            terms.append("".join(words) if _RUN.fullmatch("".join(words)) else " ".join(words))
        if sign:
            excluded.append(expr)
        elif pending_or:
            groups[-1].append(expr)
        else:
            groups.append([expr])
        pending_or = False
    match = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups) or None
    exclude = " OR ".join(excluded) or None
    return Query(match, exclude, terms)
