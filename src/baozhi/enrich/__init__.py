"""Enrich stages: who, what, where, when and how much, read from finished articles without
changing their text. Each extractor is a module of its own; every item carries where it
stands (paragraph index and character offsets in that paragraph).

    baozhi.parse(path, enrich=True)        or `baozhi parse --enrich [--date 2024-03-18]`

Needs the `nlp` extra (jieba, jionlp, cn2an); without it the rules still run, with fewer
word boundaries and no date resolution.
"""
from __future__ import annotations

import re

from ..model import Article, Issue, Page
from . import dates, lexical, organizations, people, places, quantities

__all__ = ["enrich", "enrich_article"]


def _fields(a: Article) -> list[tuple[str, int | None, str]]:
    """The article's text as the enrich stages read it: (field, index in the field's list or
    None, text) for its title, each subtitle, its dateline and each paragraph."""
    out: list[tuple[str, int | None, str]] = []
    if a.title:
        out.append(("title", None, a.title))
    out += [("subtitles", i, t) for i, t in enumerate(a.subtitles) if t]
    if a.dateline:
        out.append(("dateline", None, a.dateline))
    out += [("paragraphs", i, t) for i, t in enumerate(a.paragraphs)]
    return out


def _place(where: dict, fields: list[tuple[str, int | None, str]]) -> None:
    """A mention's `paragraph` (an index into the texts read) made into where it stands: the
    field, and for a list field the index in it (`paragraph` for a paragraph, as before)."""
    field, index, _ = fields[where.pop("paragraph")]
    where["field"] = field
    if field == "paragraphs":
        where["paragraph"] = index
    elif index is not None:
        where["index"] = index


# A foot credit printed inside the text: （作者为北京大学哲学系教授）, （作者单位：清华大学国情
# 研究院）, （作者系…）. It says who wrote the piece, not what the piece is about: not read
# (RULES.md). One level of brackets inside it is allowed (…（北京）有限公司…).
_FOOT_CREDIT = re.compile(r"[（(]作者(?:为|系|是|单位[：:]?)(?:[^（）()]|[（(][^（）()]*[）)])*[）)]")


def _unread(text: str) -> str:
    """`text` with its foot credits blanked out, character for character, so that offsets
    into it are offsets into the text."""
    return _FOOT_CREDIT.sub(lambda m: "\u3000" * len(m.group()), text)


def _title_spans(texts: list[str], people_found: list[dict]) -> set[tuple[int, int, int]]:
    """(text, start, end) of the titles printed before each mention of a person (the chain
    people.title_spans reads)."""
    out = set()
    for person in people_found:
        for m in person["mentions"]:
            text = texts[m["paragraph"]]
            # (a place inside a team's name in a title counts, RULES.md: 江苏紧急医学救援队队长)
            out.update((m["paragraph"], a, b) for a, b in people.title_spans(text, m["start"]) or ()
                       if "队" not in text[a:b])
    return out


def _outside(found: list[dict], orgs: list[dict], titles: set = frozenset()) -> list[dict]:
    """The places whose mentions stand outside every organisation's name and every person's
    title (RULES.md: a place inside an organisation's name is part of it: 法国驻武汉总领馆 names
    neither 法国 nor 武汉; a place inside a title is none: 泰国外长敦, 西班牙女作家); a place left
    without a mention is none. (The places stage reads LAC's names of organisations and the
    titles it knows; the organisations and people stages find more, by their own rules.)"""
    spans = {(m["paragraph"], m["start"], m["end"]) for o in orgs for m in o["mentions"]} | set(titles)
    out = []
    for p in found:
        p["mentions"] = [m for m in p["mentions"] if not any(
            k == m["paragraph"] and a <= m["start"] and m["end"] <= b for k, a, b in spans)]
        if p["mentions"]:
            out.append(p)
    return out


def enrich_article(a: Article, date: str | None = None) -> Article:
    """Fill the article's people, organizations, places, dates and quantities, read from its
    title, subtitles, dateline and paragraphs. Each mention says where it stands: `field`
    (title, subtitles, dateline or paragraphs), `paragraph` (a paragraph's index) or `index`
    (a subtitle's), and `start` / `end`, character offsets in that text. The reporters of the
    dateline and byline (the article's authors) are no people mentioned."""
    fields = _fields(a)
    texts = [_unread(t) for _, _, t in fields]
    lexical.prime(texts)
    a.people = people.find(texts, a.authors)
    a.organizations = organizations.find(texts, sum(f in ("title", "subtitles") for f, _, _ in fields))
    a.places = _outside(places.find(texts), a.organizations, _title_spans(texts, a.people))
    a.dates = dates.find(texts, date)
    a.quantities = quantities.find(texts)
    for items in (a.people, a.organizations, a.places):
        for item in items:
            for m in item["mentions"]:
                _place(m, fields)
    for item in a.dates + a.quantities:
        _place(item, fields)
    return a


def enrich(doc: Page | Issue, date: str | None = None) -> Page | Issue:
    """Enrich every article of a page or an edition. `date` (YYYY-MM-DD) is the time base for
    relative dates; by default the edition date printed on the page, if any."""
    pages = doc.pages if isinstance(doc, Issue) else [doc]
    # The model reads a whole page's texts in one run (pieces of a length together): faster
    # than article by article, the words the same.
    lexical.prime([_unread(t) for page in pages for a in page.articles for _, _, t in _fields(a)])
    for page in pages:
        base = date or page.edition.date
        for a in page.articles:
            enrich_article(a, base)
    if isinstance(doc, Issue):
        # The edition's list holds the pages' own articles, bar the stitched jumps: only
        # those are new here.
        done = {id(a) for page in pages for a in page.articles}
        base = date or next((p.edition.date for p in doc.pages if p.edition.date), None)
        for a in doc.articles:
            if id(a) not in done:
                enrich_article(a, base)
    return doc
