"""Jumps across pages: an article that stops with （下转第3版） on one page and goes on under
（上接第1版） on another is stitched into one article for the edition. The page articles keep
their parts, with `continued_to` / `continued_from` naming the other page."""
from __future__ import annotations

from dataclasses import replace

from ..cjk import ends_closed
from ..model import Article, Page


def _label(page: Page, number: int) -> str:
    # The printed page number when the header gave one, else the page's place in the file.
    return (page.edition.page_number or str(number)).upper()


def _pick(part: Article, candidates: list[Article]) -> Article | None:
    """The continuation of `part`: the one under the same title, else the only one."""
    same = [c for c in candidates if part.title and c.title and (c.title in part.title or part.title in c.title)]
    if same:
        return same[0]
    untitled = [c for c in candidates if not c.title]
    return untitled[0] if len(untitled) == 1 else (candidates[0] if len(candidates) == 1 else None)


def _join(head: Article, tail: Article) -> Article:
    paras = list(head.paragraphs)
    more = list(tail.paragraphs)
    if paras and more and not ends_closed(paras[-1]):
        paras[-1] += more.pop(0)            # the jump fell inside a paragraph
    return replace(head, paragraphs=paras + more, subtitles=list(head.subtitles),
                   authors=head.authors + [a for a in tail.authors if a not in head.authors],
                   lines=head.lines + tail.lines, continued_to=tail.continued_to, box=None)


def stitch(pages: list[Page]) -> list[Article]:
    """All articles of the edition in page order, each jumped article once and whole."""
    labels = {_label(p, k): k for k, p in enumerate(pages, 1)}
    parts = {k: [a for a in p.articles if a.continued_from] for k, p in enumerate(pages, 1)}
    following: dict[int, Article] = {}
    taken: set[int] = set()
    for k, p in enumerate(pages, 1):
        for a in p.articles:
            target = labels.get((a.continued_to or "").upper())
            if target is None or target == k:
                continue
            free = [c for c in parts[target] if id(c) not in taken]
            back = [c for c in free if c.continued_from.upper() == _label(p, k)]
            nxt = _pick(a, back or free)
            if nxt is not None:
                following[id(a)] = nxt
                taken.add(id(nxt))
    out: list[Article] = []
    for p in pages:
        for a in p.articles:
            if id(a) in taken:
                continue                    # joined to the part before it
            whole, cur = a, a
            while id(cur) in following:
                cur = following.pop(id(cur))
                whole = _join(whole, cur)
            out.append(whole)
    return out
