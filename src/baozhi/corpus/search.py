"""Searching the store: ranked hits with clean snippets and highlight offsets, filtered by
newspaper, date range, month, kind, person, organisation and place; facet counts for each;
copies of one story (one fingerprint) grouped under one hit. Every value reaches SQLite as a
parameter.

The search syntax is `fts.parse_query`'s: words, "phrases", -exclusions, OR."""
from __future__ import annotations

import html
import json
import re
import sqlite3
from dataclasses import dataclass, field

from .fts import parse_query, unspaced

OPEN, CLOSE = "\x02", "\x03"      # highlight marks: the index holds no control characters

SORTS = ("relevance", "date", "oldest")
FACETS = ("newspaper", "month", "kind", "person", "organization", "place")
FACET_SIZE = 12
# Entity facets (people, organisations, places) are counted over the best-ranked hits up to
# this many: a query that matches a third of a 100,000-article store would otherwise join
# every mention of every hit (counts are then marked `sampled`).
FACET_SAMPLE = 4000


@dataclass
class Filters:
    """What hits must be: each None for any. Dates are ISO (YYYY-MM-DD); `month` a YYYY or
    YYYY-MM prefix of the edition date; names as stored (a place by its full name)."""
    newspaper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    person: str | None = None
    organization: str | None = None
    place: str | None = None
    month: str | None = None


@dataclass
class Result:
    """`hits`: one a story (its copies counted in `copies`, their ids in `copy_ids`);
    `total`: articles matched; `stories`: distinct stories among them; `facets`: name ->
    [(value, count)], most first; `sampled`: the entity facets were counted over the first
    FACET_SAMPLE hits only."""
    hits: list[dict]
    total: int
    stories: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    sampled: bool = False


# A number as printed, with its decimals, its percent sign, its 万/亿 and a 元 after them: a
# highlight that reaches into one covers all of it (85.5%, 647.1亿元 are never split).
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[%％‰]|[万亿]+元?|元)?")


def clean_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet or highlighted title as FTS5 gives it (index spaces, OPEN/CLOSE marks) as
    (text as printed, [(start, end)] of its highlights in characters), each highlight
    widened to the whole of any number it cuts into, overlapping ones merged."""
    text = unspaced(marked or "")
    out, spans, start = [], [], None
    for ch in text:
        if ch == OPEN:
            start = len(out)
        elif ch == CLOSE:
            if start is not None and len(out) > start:
                spans.append((start, len(out)))
            start = None
        else:
            out.append(ch)
    plain = "".join(out)
    numbers = [(m.start(), m.end()) for m in _NUMBER.finditer(plain)]
    wide = []
    for s, e in spans:
        for a, b in numbers:
            if a < e and s < b:
                s, e = min(s, a), max(e, b)
        if wide and s <= wide[-1][1]:
            wide[-1] = (wide[-1][0], max(e, wide[-1][1]))
        else:
            wide.append((s, e))
    return plain, wide


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Text as safe HTML, the spans in <mark>."""
    out, at = [], 0
    for s, e in spans:
        out += [html.escape(text[at:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        at = e
    out.append(html.escape(text[at:]))
    return "".join(out)


def highlight_html(snippet: str) -> str:
    """A snippet as FTS5 marks it, as safe HTML: the text escaped, the hits in <mark>."""
    return marked_html(*clean_snippet(snippet))


def highlight_text(text: str, spans: list[tuple[int, int]]) -> str:
    """A hit's snippet for a terminal: the highlights in 【】."""
    for s, e in reversed(spans):
        text = text[:s] + "【" + text[s:e] + "】" + text[e:]
    return text


def _conditions(q, f: Filters, indexed: bool) -> tuple[list[str], list]:
    """WHERE terms and their arguments over the hits' ids: `indexed` over article_fts (the
    query has words to match), else over articles a / editions e."""
    where, args = [], []
    idc = "rowid" if indexed else "a.id"
    if indexed:
        where.append("article_fts MATCH ?")
        args.append(q.match)
    col = (lambda c: c) if indexed else (lambda c: {"kind": "a.kind"}.get(c, "e." + c))
    for column, op, value in (("newspaper", "=", f.newspaper), ("date", ">=", f.date_from),
                              ("date", "<=", f.date_to), ("kind", "=", f.kind)):
        if value:
            where.append(f"{col(column)} {op} ?")
            args.append(value)
    if f.month:
        where.append(f"substr({col('date')}, 1, {len(f.month)}) = ?")
        args.append(f.month)
    for value, sub in ((f.person, "SELECT pm.article_id FROM person_mentions pm JOIN people x ON x.id = pm.person_id"
                                  " WHERE x.name = ?"),
                       (f.organization, "SELECT om.article_id FROM organization_mentions om"
                                        " JOIN organizations x ON x.id = om.organization_id WHERE x.name = ?"),
                       (f.place, "SELECT lm.article_id FROM place_mentions lm JOIN places x ON x.id = lm.place_id"
                                 " WHERE x.full = ?")):
        if value:
            where.append(f"{idc} IN ({sub})")
            args.append(value)
    if q.exclude:
        where.append(f"{idc} NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        args.append(q.exclude)
    return where, args


def find(conn: sqlite3.Connection, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0,
         sort: str = "relevance", facets: bool = False, group: bool = True) -> Result:
    """Search the store. `query`: parse_query's syntax; empty (or exclusions alone) lists
    every article that passes the filters, newest first. `sort`: relevance (BM25, the
    title weighted 5 to the text's 1; newest first where nothing is matched), date (newest
    first) or oldest. `group`: copies of one story (one fingerprint) are one hit, at the
    rank of its best copy. `facets`: count each of FACETS over the hits.
    Raises ValueError for a sort not in SORTS."""
    if sort not in SORTS:
        raise ValueError(f"sort: one of {', '.join(SORTS)}")
    q = parse_query(query)
    f = filters or Filters()
    indexed = q.match is not None
    where, args = _conditions(q, f, indexed)
    cond = " AND ".join(where) or "1"
    if indexed:
        source = (f"SELECT rowid AS id, bm25(article_fts, 5.0, 1.0) AS r, newspaper, date, kind"
                  f" FROM article_fts WHERE {cond}")
    else:
        source = ("SELECT a.id AS id, 0.0 AS r, e.newspaper AS newspaper, e.date AS date, a.kind AS kind"
                  " FROM articles a JOIN pages p ON p.id = a.page_id LEFT JOIN editions e ON e.id = p.edition_id"
                  f" WHERE {cond}")
    # The hits once, in a temporary table (the store itself is opened read-only): ranking,
    # grouping and each facet read it instead of matching again.
    conn.execute("DROP TABLE IF EXISTS temp.hits")
    conn.execute("CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY, r REAL, newspaper TEXT, date TEXT, kind TEXT,"
                 " fp TEXT)")
    try:
        conn.execute(f"INSERT INTO temp.hits SELECT h.id, h.r, h.newspaper, h.date, h.kind, a.fingerprint"
                     f" FROM ({source}) h JOIN articles a ON a.id = h.id", args)
        total = conn.execute("SELECT count(*) FROM temp.hits").fetchone()[0]
        order = {"relevance": "best, newest DESC, id" if indexed else "newest DESC, id DESC",
                 "date": "newest DESC, best, id DESC", "oldest": "oldest, best, id"}[sort]
        key = "coalesce(fp, 'id' || id)" if group else "id"
        stories = conn.execute(f"SELECT count(DISTINCT {key}) FROM temp.hits").fetchone()[0] if group else total
        # Each story at its best copy (by rank, then date), ranked by its best copy, its
        # newest or its oldest.
        top = conn.execute(
            "SELECT id, best, newest, oldest, copies, ids FROM (SELECT id, row_number() OVER"
            f" (PARTITION BY {key} ORDER BY r, date DESC, id) AS k, min(r) OVER w AS best,"
            " max(coalesce(date, '')) OVER w AS newest, min(coalesce(date, '9999')) OVER w AS oldest,"
            f" count(*) OVER w AS copies, group_concat(id) OVER w AS ids FROM temp.hits WINDOW w AS (PARTITION BY {key}))"
            f" WHERE k = 1 ORDER BY {order} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        result = Result(_hits(conn, q, top, indexed), total, stories)
        if facets:
            result.facets, result.sampled = _facets(conn, total)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.hits")
    return result


def _hits(conn: sqlite3.Connection, q, top: list, indexed: bool) -> list[dict]:
    if not top:
        return []
    ids = [r["id"] for r in top]
    marks = ""
    args: list = []
    if indexed:
        marks = (f", snippet(article_fts, 1, '{OPEN}', '{CLOSE}', '…', 24) AS snip,"
                 f" highlight(article_fts, 0, '{OPEN}', '{CLOSE}') AS head")
        args = [q.match]
    rows = conn.execute(
        "SELECT a.id, a.uid, a.title, a.kind, a.dateline, a.authors, e.newspaper, e.date, p.page_number, p.page_no,"
        f" p.id AS page_id, fi.path, substr(a.body, 1, 80) AS opening{marks}"
        " FROM articles a JOIN pages p ON p.id = a.page_id JOIN files fi ON fi.id = p.file_id"
        " LEFT JOIN editions e ON e.id = p.edition_id"
        + (" JOIN article_fts ON article_fts.rowid = a.id WHERE article_fts MATCH ? AND" if indexed else " WHERE")
        + f" a.id IN ({','.join('?' * len(ids))})", [*args, *ids]).fetchall()
    got = {r["id"]: dict(r) for r in rows}
    out = []
    for t in top:
        h = got.get(t["id"])
        if h is None:
            continue
        opening = h.pop("opening") or ""
        try:
            h["authors"] = json.loads(h["authors"] or "[]")
        except ValueError:
            h["authors"] = []
        snip, head = h.pop("snip", None), h.pop("head", None)
        h["snippet"], h["highlights"] = clean_snippet(snip) if snip else (opening.replace("\n", " "), [])
        # (the index's title column holds the subtitles after the title: their highlights go)
        n = len(h["title"] or "")
        h["title_highlights"] = [sp for sp in (clean_snippet(head)[1] if head else []) if sp[1] <= n]
        h["copies"] = t["copies"]
        h["copy_ids"] = sorted(int(i) for i in (t["ids"] or "").split(",") if i and int(i) != t["id"])
        out.append(h)
    return out


def _facets(conn: sqlite3.Connection, total: int) -> tuple[dict[str, list[tuple[str, int]]], bool]:
    facets = {}
    for name, sql in (("newspaper", "SELECT newspaper, count(*) FROM temp.hits WHERE newspaper IS NOT NULL"
                                    " GROUP BY newspaper"),
                      ("month", "SELECT substr(date, 1, 7), count(*) FROM temp.hits WHERE date IS NOT NULL"
                                " GROUP BY substr(date, 1, 7)"),
                      ("kind", "SELECT kind, count(*) FROM temp.hits WHERE kind IS NOT NULL GROUP BY kind")):
        facets[name] = [(v, n) for v, n in conn.execute(sql + " ORDER BY 2 DESC, 1 LIMIT ?", (FACET_SIZE,))]
    sampled = total > FACET_SAMPLE
    ids = (f"(SELECT id FROM temp.hits ORDER BY r, id LIMIT {FACET_SAMPLE})" if sampled
           else "(SELECT id FROM temp.hits)")
    for name, sql in (("person", f"SELECT x.name, count(DISTINCT m.article_id) FROM person_mentions m"
                                 f" JOIN people x ON x.id = m.person_id WHERE m.article_id IN {ids} GROUP BY x.id"),
                      ("organization", f"SELECT x.name, count(DISTINCT m.article_id) FROM organization_mentions m"
                                       f" JOIN organizations x ON x.id = m.organization_id WHERE m.article_id IN {ids}"
                                       f" GROUP BY x.id"),
                      ("place", f"SELECT x.full, count(DISTINCT m.article_id) FROM place_mentions m"
                                f" JOIN places x ON x.id = m.place_id WHERE m.article_id IN {ids} GROUP BY x.id")):
        facets[name] = [(v, n) for v, n in conn.execute(sql + " ORDER BY 2 DESC, 1 LIMIT ?", (FACET_SIZE,))]
    return facets, sampled


def search(conn: sqlite3.Connection, query: str, filters: Filters | None = None, limit: int = 20,
           offset: int = 0) -> tuple[list[dict], int]:
    """(hits, how many articles match in all): `find` by relevance, copies not grouped, no
    facets. Each hit: id, uid, title, kind, dateline, authors (a list), newspaper, date,
    page_number, page_no, page_id, path, snippet (clean text) and highlights [(start, end)] in it, title_highlights. A query
    with nothing searchable finds nothing."""
    if parse_query(query).empty:
        return [], 0
    r = find(conn, query, filters, limit, offset, group=False)
    return r.hits, r.total
