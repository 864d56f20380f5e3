"""Searching the store: ranked hits with highlighted snippets, filtered by newspaper, date
range, kind and person. Every value reaches SQLite as a parameter."""
from __future__ import annotations

import html
import sqlite3
from dataclasses import dataclass

from .fts import match_expression, unspaced

OPEN, CLOSE = "\x02", "\x03"      # highlight marks: no page text holds them


@dataclass
class Filters:
    newspaper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    person: str | None = None


def highlight_html(snippet: str) -> str:
    """A snippet as safe HTML: the text escaped, the hits in <mark>."""
    return html.escape(unspaced(snippet)).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


def highlight_text(snippet: str) -> str:
    return unspaced(snippet).replace(OPEN, "【").replace(CLOSE, "】")


def search(conn: sqlite3.Connection, query: str, filters: Filters | None = None, limit: int = 20,
           offset: int = 0) -> tuple[list[dict], int]:
    """(hits, how many there are in all). A query with nothing searchable finds nothing."""
    expr = match_expression(query)
    if expr is None:
        return [], 0
    f = filters or Filters()
    where, args = ["article_fts MATCH ?"], [expr]
    if f.newspaper:
        where.append("e.newspaper = ?")
        args.append(f.newspaper)
    if f.date_from:
        where.append("e.date >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append("e.date <= ?")
        args.append(f.date_to)
    if f.kind:
        where.append("a.kind = ?")
        args.append(f.kind)
    if f.person:
        where.append("a.id IN (SELECT pm.article_id FROM person_mentions pm JOIN people pe ON pe.id = pm.person_id"
                     " WHERE pe.name = ?)")
        args.append(f.person)
    details = ("SELECT a.id, a.title, a.kind, e.newspaper, e.date, p.page_number, p.page_no, fi.path,"
               f" snippet(article_fts, 1, '{OPEN}', '{CLOSE}', '…', 24) AS snip,"
               f" highlight(article_fts, 0, '{OPEN}', '{CLOSE}') AS head"
               " FROM article_fts JOIN articles a ON a.id = article_fts.rowid JOIN pages p ON p.id = a.page_id"
               " JOIN files fi ON fi.id = p.file_id LEFT JOIN editions e ON e.id = p.edition_id WHERE ")
    if len(where) == 1:
        # No filter: rank inside the full-text index alone (joins only for the page of hits),
        # which keeps two-character queries over a large store fast.
        total = conn.execute("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", args).fetchone()[0]
        ids = [r[0] for r in conn.execute(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY bm25(article_fts, 5.0, 1.0)"
            " LIMIT ? OFFSET ?", [*args, limit, offset])]
        if not ids:
            return [], total
        rows = conn.execute(details + f"article_fts MATCH ? AND article_fts.rowid IN ({','.join('?' * len(ids))})",
                            [*args, *ids]).fetchall()
        order = {i: k for k, i in enumerate(ids)}
        return sorted((dict(r) for r in rows), key=lambda r: order[r["id"]]), total
    total = conn.execute("SELECT count(*) FROM article_fts JOIN articles a ON a.id = article_fts.rowid"
                         " JOIN pages p ON p.id = a.page_id LEFT JOIN editions e ON e.id = p.edition_id WHERE "
                         + " AND ".join(where), args).fetchone()[0]
    rows = conn.execute(details + " AND ".join(where) + " ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ? OFFSET ?",
                        [*args, limit, offset]).fetchall()
    return [dict(r) for r in rows], total
