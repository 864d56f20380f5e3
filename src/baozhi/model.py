"""The data model: lines in, articles out, and the `baozhi.page/1` schema between them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

SCHEMA = "baozhi.page/1"
# Type this much larger than the body's is a headline's (readers and layout stages alike).
HEADLINE_TYPE = 1.15


def headline_type(size: float, body: float) -> bool:
    return size >= HEADLINE_TYPE * body


class Line(NamedTuple):
    """One printed line as a reader found it. `index` is 1-based over non-blank lines.
    (A named tuple: immutable, and cheap to make by the hundred thousand.)"""

    index: int
    text: str
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    size: float | None = None
    under_picture: bool = False     # a picture stands right above it (a PDF caption's first line)
    indent: float = 0.0             # cells in from its column's left edge, where the reader measured it
    after_gap: bool = False         # a blank line stands right above it (a text dump's)
    over_picture: bool = False      # set over a picture (a PDF's photo credit in its corner, a banner's words)


@dataclass(slots=True)
class Edition:
    newspaper: str | None = None
    date: str | None = None
    page_number: str | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"newspaper": self.newspaper, "date": self.date,
                "page_number": self.page_number, "section": self.section}


@dataclass(slots=True)
class Article:
    kind: str = "article"
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    continued_from: str | None = None
    continued_to: str | None = None
    lines: list[int] = field(default_factory=list)
    box: tuple[int, tuple[float, float, float, float]] | None = None   # PDF: page, union of boxes
    id: str = ""
    people: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        span: dict[str, Any] = {"lines": [min(self.lines), max(self.lines)]} if self.lines else {"lines": []}
        if self.box is not None:
            span["page"], span["bbox"] = self.box[0], list(self.box[1])
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "subtitles": list(self.subtitles),
            "dateline": self.dateline,
            "authors": list(self.authors),
            "paragraphs": list(self.paragraphs),
            "continued_from": self.continued_from,
            "continued_to": self.continued_to,
            "span": span,
            "people": self.people,
            "organizations": self.organizations,
            "places": self.places,
            "dates": self.dates,
            "quantities": self.quantities,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        span = (d.get("span") or {}).get("lines") or []
        return cls(
            kind=d.get("kind") or "article",
            title=d.get("title"),
            subtitles=list(d.get("subtitles") or []),
            dateline=d.get("dateline"),
            authors=list(d.get("authors") or []),
            paragraphs=list(d.get("paragraphs") or []),
            continued_from=d.get("continued_from"),
            continued_to=d.get("continued_to"),
            lines=list(range(span[0], span[1] + 1)) if len(span) == 2 else [],
            id=d.get("id") or "",
            people=list(d.get("people") or []),
            organizations=list(d.get("organizations") or []),
            places=list(d.get("places") or []),
            dates=list(d.get("dates") or []),
            quantities=list(d.get("quantities") or []),
        )


@dataclass(slots=True)
class Page:
    source: dict[str, Any]
    lines: list[Line] = field(default_factory=list)
    edition: Edition = field(default_factory=Edition)
    articles: list[Article] = field(default_factory=list)
    unassigned: list[dict[str, Any]] = field(default_factory=list)
    encoding: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": dict(self.source),
            "edition": self.edition.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
            "unassigned": list(self.unassigned),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Page":
        ed = d.get("edition") or {}
        return cls(
            source=dict(d.get("source") or {}),
            edition=Edition(**{k: ed.get(k) for k in ("newspaper", "date", "page_number", "section")}),
            articles=[Article.from_dict(a) for a in d.get("articles") or []],
            unassigned=list(d.get("unassigned") or []),
        )


@dataclass(slots=True)
class Issue:
    """The pages of one edition (a multi-page PDF), in order, and its articles with every
    jumped article stitched whole (`articles`; the pages keep the parts)."""

    source: dict[str, Any]
    pages: list[Page] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": "baozhi.edition/1", "source": dict(self.source),
                "pages": [p.to_dict() for p in self.pages],
                "articles": [a.to_dict() for a in self.articles]}


def fill_edition(doc: Page | Issue, date: str | None = None, newspaper: str | None = None) -> Page | Issue:
    """Give each page that prints no edition date `date` (YYYY-MM-DD) and no newspaper name
    `newspaper`, both given by hand (`parse --date`, `ingest --date --newspaper`); what the
    page prints stands. A text dump often has no header line: without an edition date a page
    is stored undated and its relative dates (今天, 17日) stay unresolved, and without a name
    an archive's folder of one paper is filed under no paper."""
    for page in doc.pages if isinstance(doc, Issue) else [doc]:
        if date and not page.edition.date:
            page.edition.date = date
        if newspaper and not page.edition.newspaper:
            page.edition.newspaper = newspaper
    return doc
