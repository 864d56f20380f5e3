"""Reflow column lines into paragraphs: join, drop justification spaces, peel off the
dateline at the head of an article and the photo credit at the tail of a caption."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import cjk
from . import bylines, credits, datelines, furniture


@dataclass(slots=True)
class Body:
    paragraphs: list[str] = field(default_factory=list)
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    continued_to: str | None = None
    continued_from: str | None = None


def _clean(raw: str, body: Body) -> str:
    j = furniture.jump(raw)
    while j:
        if j[0] == "to":
            body.continued_to = j[1]
        else:
            body.continued_from = j[1]
        raw = furniture.strip_jumps(raw)
        j = furniture.jump(raw)
    return cjk.normalise_spaces(raw)


def reflow(paras: list[list[str]], dateline: bool = False, photo: bool = False,
           credit: tuple[str | None, list[str]] | None = None) -> Body:
    """Paragraph texts from the raw lines of each paragraph. `credit` is the story's foot
    credit, read apart (layout/credits.py): its dateline, unless the head had one, and its
    names join the authors. A credit run on after the last words is peeled off here."""
    body = Body()
    raws = [cjk.raw_join(p) for p in paras]
    if dateline and raws:
        # at the head of the first paragraph, or of the first after a summary set over it
        for k in range(min(4, len(raws))):
            m = datelines.match(raws[k])
            if m:
                body.dateline = datelines.display(m)
                body.authors = datelines.authors(m)
                raws[k] = m.string[m.end():]
                break
    shot = False
    if photo and raws:
        c = bylines.credit(raws[-1])
        if c:
            body.authors += [n for n in c[1] if n not in body.authors]
            raws[-1] = raws[-1][:c[0]].rstrip(" \u3000（(")
            shot = True
    # (a caption may close on names in brackets instead: …设点宣传。（陈维连）)
    if credit is None and raws and not shot:
        k = max(raws[-1].rfind("（"), raws[-1].rfind("("))
        got = credits.parse(raws[-1][k:]) if k > 0 and raws[-1][:k].rstrip()[-1:] in "。！？”…" else None
        if got is not None:
            credit, raws[-1] = got, raws[-1][:k].rstrip(" \u3000")
    if credit is not None:
        body.dateline = body.dateline or (credit[0] and cjk.normalise_spaces(credit[0]))
        body.authors += [n for n in credit[1] if n not in body.authors]
    for raw in raws:
        text = _clean(raw, body)
        if text:
            body.paragraphs.append(text)
    return body
