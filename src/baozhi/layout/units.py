"""A block of a page's lines as the layout stages see it: a body (paragraphs in one column),
a headline run, a byline, furniture or a jump line."""
from __future__ import annotations

from dataclasses import dataclass, field

HEAD_RUN = 4    # lines the line walker takes into one headline run before it opens another


@dataclass(slots=True)
class Unit:
    """One block: `lines` are indices into the page's line features (flow order), `paras` the
    body's paragraphs as lists of those indices; `width` the body's column width in cells
    (or characters, where the dump is measured so)."""

    kind: str                   # body, head, byline, furniture, jump
    lines: list[int] = field(default_factory=list)
    paras: list[list[int]] = field(default_factory=list)
    photo: bool = False
    dateline: bool = False
    names: list[str] = field(default_factory=list)
    width: float | None = None
    reliable: bool = False      # width measured from full lines, not guessed
    credit: tuple[str | None, list[str]] | None = None   # foot credit: (dateline, authors)
    label: bool = False         # a box label alone (核心阅读): it opens the body after it
    ended: bool = False         # closed by a picture's credit (…摄（影像中国）): the story ends
    final: bool = False         # closed by the design or chart credit (版式设计：…): nothing joins after it
