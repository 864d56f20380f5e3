"""Markdown writer: the rebuilt page as a person reads it."""
from __future__ import annotations

from ..model import Page


def _edition_line(page: Page) -> str:
    e = page.edition
    bits = [x for x in (e.newspaper, e.date, f"第{e.page_number}版" if e.page_number else None, e.section) if x]
    return " · ".join(bits)


def dumps(page) -> str:
    if hasattr(page, "pages"):      # an Issue: its pages one after another
        return "\n".join(_page(p) for p in page.pages)
    return _page(page)


def _page(page: Page) -> str:
    out = [f"<!-- {page.source.get('path', '')} -->"]
    if ed := _edition_line(page):
        out.append(f"_{ed}_")
    for a in page.articles:
        out.append("")
        if a.kind == "photo":
            out.append("## [图片]" + (f" {a.title}" if a.title else ""))
        else:
            out.append(f"## {a.title}" if a.title else "## （无标题）")
        for s in a.subtitles:
            out.append(f"### {s}")
        meta = []
        if a.dateline:
            meta.append(f"**{a.dateline}**")
        if a.authors:
            meta.append(("摄影：" if a.kind == "photo" else "作者：") + "、".join(a.authors))
        if a.continued_from:
            meta.append(f"（上接第{a.continued_from}版）")
        if meta:
            out.append("")
            out.append(" ".join(meta))
        for p in a.paragraphs:
            out.append("")
            out.append(p)
        if a.continued_to:
            out.append("")
            out.append(f"（下转第{a.continued_to}版）")
    if page.unassigned:
        out.append("")
        out.append("---")
        out.append("")
        out.append("Unassigned lines: " + "; ".join(f"{u['line']}: {u['text']}" for u in page.unassigned))
    return "\n".join(out) + "\n"
