"""The pipeline: a list of pure stages, each Page -> Page, run over a page's lines."""
from __future__ import annotations

from typing import Callable

from .layout.assemble import assemble
from .layout.blocks import segment
from .model import Edition, Page

Stage = Callable[[Page], Page]


def layout(page: Page) -> Page:
    """Lines -> articles: blocks, roles, assembly and reflow."""
    edition = Edition()
    units, feats = segment(page.lines, edition)
    page.articles, page.unassigned = assemble(units, feats, page.lines)
    page.edition = edition
    return page


DEFAULT_STAGES: list[Stage] = [layout]


def run(page: Page, stages: list[Stage] | None = None) -> Page:
    for stage in stages or DEFAULT_STAGES:
        page = stage(page)
    return page
