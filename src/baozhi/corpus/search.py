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
    # Newspaper, date and kind are in the index itself: the search ranks there alone, and
    # joins only for the page of hits (a person filter needs the mentions table).
    where, args = ["article_fts MATCH ?"], [expr]
    for column, op, value in (("newspaper", "=", f.newspaper), ("date", ">=", f.date_from),
                              ("date", "<=", f.date_to), ("kind", "=", f.kind)):
        if value:
            where.append(f"{column} {op} ?")
            args.append(value)
    if f.person:
        where.append("rowid IN (SELECT pm.article_id FROM person_mentions pm JOIN people pe ON pe.id = pm.person_id"
                     " WHERE pe.name = ?)")
        args.append(f.person)
    cond = " AND ".join(where)
    total = conn.execute("SELECT count(*) FROM article_fts WHERE " + cond, args).fetchone()[0]
    ids = [r[0] for r in conn.execute("SELECT rowid FROM article_fts WHERE " + cond +
                                      " ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ? OFFSET ?", [*args, limit, offset])]
    if not ids:
        return [], total
    rows = conn.execute(
        "SELECT a.id, a.title, a.kind, e.newspaper, e.date, p.page_number, p.page_no, fi.path,"
        f" snippet(article_fts, 1, '{OPEN}', '{CLOSE}', '…', 24) AS snip,"
        f" highlight(article_fts, 0, '{OPEN}', '{CLOSE}') AS head"
        " FROM article_fts JOIN articles a ON a.id = article_fts.rowid JOIN pages p ON p.id = a.page_id"
        " JOIN files fi ON fi.id = p.file_id LEFT JOIN editions e ON e.id = p.edition_id"
        f" WHERE article_fts MATCH ? AND article_fts.rowid IN ({','.join('?' * len(ids))})", [expr, *ids]).fetchall()
    order = {i: k for k, i in enumerate(ids)}
    return sorted((dict(r) for r in rows), key=lambda r: order[r["id"]]), total
