"""Enrich stages: who, what, where, when and how much, read from finished articles without
changing their text. Each extractor is a module of its own; every item carries where it
stands (paragraph index and character offsets in that paragraph).

    baozhi.parse(path, enrich=True)        or `baozhi parse --enrich [--date 2024-03-18]`

Needs the `nlp` extra (jieba, jionlp, cn2an); without it the rules still run, with fewer
word boundaries and no date resolution.
"""
from __future__ import annotations

from ..model import Article, Issue, Page
from . import dates, organizations, people, places, quantities

__all__ = ["enrich", "enrich_article"]


def enrich_article(a: Article, date: str | None = None) -> Article:
    """Fill the article's people, organizations, places, dates and quantities."""
    paras = a.paragraphs
    a.people = people.find(paras, a.authors)
    a.organizations = organizations.find(paras)
    a.places = places.find(paras)
    a.dates = dates.find(paras, date)
    a.quantities = quantities.find(paras)
    return a


def enrich(doc: Page | Issue, date: str | None = None) -> Page | Issue:
    """Enrich every article of a page or an edition. `date` (YYYY-MM-DD) is the time base for
    relative dates; by default the edition date printed on the page, if any."""
    pages = doc.pages if isinstance(doc, Issue) else [doc]
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
