"""Markdown writer: the rebuilt page as a person reads it; after an enriched article's text, a
short list of who and what it names (`baozhi parse --enrich`), one line per kind."""
from __future__ import annotations

import calendar

from ..model import Article, Page


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
        if named := _named(a):
            out.append("")
            out += named
    if page.unassigned:
        out.append("")
        out.append("---")
        out.append("")
        out.append("Unassigned lines: " + "; ".join(f"{u['line']}: {u['text']}" for u in page.unassigned))
    return "\n".join(out) + "\n"


def _span(first: str, last: str) -> str:
    """An ISO range as short as it reads: one day, a whole month (2023-05), a whole year (2023)."""
    if first == last:
        return first
    y, m = first[:4], first[5:7]
    if first[5:] == "01-01" and last == f"{y}-12-31":
        return y
    if first[:7] == last[:7] and first[8:] == "01" and \
            last[8:] == f"{calendar.monthrange(int(y), int(m))[1]:02d}":
        return first[:7]
    return f"{first}至{last}"


def _with(text: str, notes: list) -> str:
    """`text（note，note）`, or the text alone where it has no notes."""
    notes = [n for n in notes if n]
    return f"{text}（{'，'.join(notes)}）" if notes else text


def _line(label: str, items: list[str]) -> str | None:
    items = list(dict.fromkeys(items))        # each once, in the order the article names them
    return f"- {label}: " + "、".join(items) if items else None


def _named(a: Article) -> list[str]:
    """The enrich results, a line per kind the article has: people with their titles,
    organisations (a short form with the full name it stands for), places (with the full
    name they resolve to), dates (with the days they cover; ? where no edition date
    resolved them) and figures (with what they measure, when, and the change they state).
    Nothing for an article not enriched, or one that names nothing."""
    lines = [
        _line("人物 People", [_with(p["name"], ["、".join(p.get("titles") or [])]) for p in a.people]),
        _line("机构 Organisations", [_with(o["name"], [o.get("short_for")]) for o in a.organizations]),
        _line("地点 Places", [_with(p["name"], [p.get("full") if p.get("full") != p["name"] else None])
                             for p in a.places]),
        _line("日期 Dates", [_with(d["text"], [_span(d["from"], d["to"]) if d.get("from") else "?"])
                            for d in a.dates]),
        _line("数字 Figures", [_with(q["text"], [q.get("measure"), q.get("period"), q.get("change")])
                              for q in a.quantities]),
    ]
    return [ln for ln in lines if ln]
