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

from .fts import _CONTROL, parse_query


SORTS = ("relevance", "date", "oldest")
UNDATED = "-"       # the month facet's value for articles of editions with no date
FACETS = ("newspaper", "month", "kind", "person", "organization", "place")
FACET_SIZE = 12
# The most hits ranked, grouped and counted for facets (see find): a query that matches
# half of a 100,000-article store would otherwise score, and join the mentions of, every one.
WINDOW = 2000
# People, organisations and places are counted over the articles of this many best stories
# (each article's mentions are looked up: 5,000 articles took 55 ms).
ENTITY_SAMPLE = 500
# Copies of one story are no more than this many times as long as one another.
COPY_RATIO = 1.5


_MONTH = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def is_month(value: str) -> bool:
    """Is `value` what Filters.month takes: YYYY, YYYY-MM, or UNDATED?"""
    return value == UNDATED or _MONTH.fullmatch(value) is not None


@dataclass
class Filters:
    """What hits must be: each None for any. Dates are ISO (YYYY-MM-DD); `month` a YYYY or
    YYYY-MM prefix of the edition date, or UNDATED for editions with no date; names as
    stored (a place by its full name or as printed)."""
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
    `total`: articles matched (exact); `stories`: distinct stories among them; `facets`:
    name -> [(value, count)], most first; `sampled`: more than WINDOW matched, and
    `stories`, the facets and the ranking are those of the WINDOW (see find)."""
    hits: list[dict]
    total: int
    stories: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    sampled: bool = False


# A number as printed, with its decimals, its percent sign, its 万/亿 and a 元 after them: a
# highlight that reaches into one covers all of it (85.5%, 647.1亿元 are never split).
_NUMBER = re.compile(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[%％‰]|[万亿]+元?|元)?")


def _widen(plain: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Highlights widened to the whole of any number they cut into, overlapping ones merged."""
    numbers = [(m.start(), m.end()) for m in _NUMBER.finditer(plain)]
    wide: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        for a, b in numbers:
            if a < e and s < b:
                s, e = min(s, a), max(e, b)
        if wide and s <= wide[-1][1]:
            wide[-1] = (wide[-1][0], max(e, wide[-1][1]))
        else:
            wide.append((s, e))
    return wide


_TOKENS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")


def term_pattern(terms: list[str]) -> re.Pattern | None:
    """A pattern that finds in printed text what the index matched for `terms` (parse_query's):
    a term's tokens in order with only spaces or punctuation between them (as FTS5's
    tokenizer reads them: 金昌 in 金昌 or 金、昌; 6 1 in 6.1), letters in any case, a word of
    letters or digits only as a whole word (5 in 85.5%'s last 5, never in 85)."""
    alts = []
    for term in terms:
        toks = _TOKENS.findall(term)
        if not toks:
            continue
        parts = [re.escape(t) if len(t) == 1 and not t.isascii()
                 else rf"(?<![A-Za-z0-9]){re.escape(t)}(?![A-Za-z0-9])" for t in toks]
        alts.append(r"[\W_]*".join(parts))
    return re.compile("|".join(alts), re.IGNORECASE) if alts else None


_BREAK = re.compile(r"\n+")


def snippet(text: str, pattern: re.Pattern | None, width: int = 64) -> tuple[str, list[tuple[int, int]]]:
    """(a stretch of `text` about `width` characters long around its first hit, with … where
    it is cut; the hits in it as (start, end), widened over numbers). Paragraphs run on (a
    space between them only between Latin letters or digits); with no hit, the text's
    opening."""
    text = text or ""
    latin = lambda k: 0 <= k < len(text) and text[k].isascii() and text[k].isalnum()
    flat = _BREAK.sub(lambda m: " " if latin(m.start() - 1) and latin(m.end()) else "", text)
    first = pattern.search(flat) if pattern else None
    start = max(0, (first.start() if first else 0) - width // 4)
    end = min(len(flat), start + width)
    lead, tail = ("…" if start > 0 else ""), ("…" if end < len(flat) else "")
    piece = flat[start:end]
    spans = [(m.start() + len(lead), m.end() + len(lead)) for m in pattern.finditer(piece) if m.end() > m.start()] \
        if pattern else []
    out = lead + piece + tail
    return out, _widen(out, spans)


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    """Text as safe HTML, the spans in <mark>."""
    out, at = [], 0
    for s, e in spans:
        out += [html.escape(text[at:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        at = e
    out.append(html.escape(text[at:]))
    return "".join(out)


def highlight_text(text: str, spans: list[tuple[int, int]]) -> str:
    """A hit's snippet for a terminal: the highlights in 【】."""
    for s, e in reversed(spans):
        text = text[:s] + "【" + text[s:e] + "】" + text[e:]
    return text


def _conditions(q, f: Filters, exclude: bool = True) -> tuple[list[str], list]:
    """WHERE terms and their arguments over article_keys k (the hits' newspaper, date, kind,
    and the ids the entity filters and exclusions allow)."""
    where, args = [], []
    for column, op, value in (("k.newspaper", "=", f.newspaper), ("k.date", ">=", f.date_from),
                              ("k.date", "<=", f.date_to), ("k.kind", "=", f.kind)):
        if value:
            where.append(f"{column} {op} ?")
            args.append(value)
    if f.month == UNDATED:
        where.append("k.date IS NULL")
    elif f.month:
        where.append(f"substr(k.date, 1, {len(f.month)}) = ?")
        args.append(f.month)
    for value, sub in ((f.person, "SELECT pm.article_id FROM person_mentions pm JOIN people x ON x.id = pm.person_id"
                                  " WHERE x.name = ?"),
                       (f.organization, "SELECT om.article_id FROM organization_mentions om"
                                        " JOIN organizations x ON x.id = om.organization_id WHERE x.name = ?"),
                       (f.place, "SELECT lm.article_id FROM place_mentions lm JOIN places x ON x.id = lm.place_id"
                                 " WHERE x.full = ? OR lm.name = ?")):
        if value:
            where.append(f"k.id IN ({sub})")
            args += [value] * sub.count("?")
    if q.exclude and exclude:
        where.append("k.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        args.append(q.exclude)
    return where, args


def find(conn: sqlite3.Connection, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0,
         sort: str = "relevance", facets: bool = False, group: bool = True) -> Result:
    """Search the store. `query`: parse_query's syntax; empty (or exclusions alone) lists
    every article that passes the filters, newest first. `sort`: relevance (BM25, the
    title weighted 5 to the text's 1; newest first where nothing is matched), date (newest
    first) or oldest. `group`: copies of one story (one fingerprint) are one hit, at the
    rank of its best copy. `facets`: count each of FACETS over the hits.

    `total` is exact. Where more than WINDOW articles match, the hits are ranked, grouped
    and counted for facets among WINDOW of them (`sampled`): by relevance, the WINDOW most
    recently stored matches (FTS5 walks its matches newest first at no cost, but scores
    each one it ranks: 50,000 matches took 55 ms to rank); by date, the WINDOW newest or
    oldest. Raises ValueError for a sort not in SORTS."""
    if sort not in SORTS:
        raise ValueError(f"sort: one of {', '.join(SORTS)}")
    q = parse_query(query)
    f = filters or Filters()
    if q.empty and (query or "").strip():
        return Result([], 0, 0)     # (only punctuation or operators typed: nothing to find, not everything)
    indexed = q.match is not None
    where, args = _conditions(q, f, exclude=not indexed)
    if indexed:
        # (exclusions inside the MATCH; the index first, each match's keys looked up by id:
        # never the index probed per row)
        source = "FROM article_fts CROSS JOIN article_keys k ON k.id = article_fts.rowid WHERE article_fts MATCH ?"
        source += "".join(" AND " + w for w in where)
        args = [q.expression, *args]
        total = conn.execute("SELECT count(*) " + (source if where else "FROM article_fts WHERE article_fts MATCH ?"),
                             args if where else args[:1]).fetchone()[0]
    else:
        source = "FROM article_keys k" + (" WHERE " + " AND ".join(where) if where else "")
        total = conn.execute("SELECT count(*) " + source, args).fetchone()[0]
    sampled = total > WINDOW
    cols = "k.id, {r}, k.newspaper, k.date, k.kind, k.fingerprint, k.length"
    if indexed and sort == "relevance":
        extra, extra_args = "", []
        if sampled:
            edge = conn.execute(f"SELECT k.id {source} ORDER BY article_fts.rowid DESC LIMIT 1 OFFSET ?",
                                [*args, WINDOW - 1]).fetchone()
            extra, extra_args = " AND article_fts.rowid >= ?", [edge[0]]
        rows = conn.execute(f"SELECT {cols.format(r='bm25(article_fts, 5.0, 1.0)')} {source}{extra}",
                            [*args, *extra_args]).fetchall()
    else:
        direction = "ASC" if sort == "oldest" else "DESC"
        rows = conn.execute(f"SELECT {cols.format(r='0.0')} {source}"
                            f" ORDER BY k.date IS NULL, k.date {direction}, k.id {direction} LIMIT ?",
                            [*args, WINDOW]).fetchall()
    # Stories: the hits by fingerprint (each hit its own story without grouping), copies of
    # lengths within COPY_RATIO of each other (an article that ran on into the next one, or a
    # short version of a long story, opens as it does but is no copy of it); each story at
    # its best copy (by rank, then newest), ranked by its best copy, its newest or its oldest.
    by_key: dict = {}
    for row in rows:
        by_key.setdefault((row[5] or f"#{row[0]}") if group else row[0], []).append(row)
    stories: list[list] = []
    for members in by_key.values():
        members.sort(key=lambda r: r[6] or 0)
        cluster = [members[0]]
        for r in members[1:]:
            if (r[6] or 0) > COPY_RATIO * max(cluster[0][6] or 0, 1):
                stories.append(cluster)
                cluster = []
            cluster.append(r)
        stories.append(cluster)
    keyed = []
    for members in stories:
        copies = sorted(((r[1], r[3] or "", r[0]) for r in members), key=lambda c: (c[0], _desc(c[1]), c[2]))
        best = copies[0]
        newest = max(c[1] for c in copies)
        oldest = min((c[1] for c in copies if c[1]), default="9999")
        if sort == "relevance":
            k = (best[0], _desc(newest), best[2]) if indexed else (_desc(newest), -best[2])
        elif sort == "date":
            k = (_desc(newest), best[0], -best[2])
        else:
            k = (oldest, best[0], best[2])
        keyed.append((k, best[2], len(copies), [c[2] for c in copies]))
    keyed.sort(key=lambda t: t[0])
    top = [(aid, n, same) for _, aid, n, same in keyed[offset:offset + limit]]
    result = Result(_hits(conn, q, top, indexed), total, len(keyed) if group else total, sampled=sampled)
    if facets:
        result.facets = _facets(conn, rows, [i for t in keyed[:ENTITY_SAMPLE] for i in t[3]])
    return result


def _desc(date: str) -> tuple:
    """A key that sorts ISO dates newest first (an empty date last)."""
    return tuple(-ord(c) for c in date) if date else (1,)


def _hits(conn: sqlite3.Connection, q, top: list, indexed: bool) -> list[dict]:
    """The page of hits, each with its snippet and highlights (found in the printed text by
    term_pattern: FTS5's snippet() re-reads each hit's index text, a millisecond a hit)."""
    if not top:
        return []
    ids = [t[0] for t in top]
    rows = conn.execute(
        "SELECT a.id, a.uid, a.title, a.kind, a.dateline, a.authors, e.newspaper, e.date, p.page_number, p.page_no,"
        " p.id AS page_id, fi.path, coalesce(a.dateline || char(10), '') || coalesce(a.body, '') AS body"
        " FROM articles a JOIN pages p ON p.id = a.page_id"
        " JOIN files fi ON fi.id = p.file_id LEFT JOIN editions e ON e.id = p.edition_id"
        f" WHERE a.id IN ({','.join('?' * len(ids))})", ids).fetchall()
    got = {r["id"]: dict(r) for r in rows}
    pattern = term_pattern(q.terms) if indexed else None
    out = []
    for aid, copies, same in top:
        h = got.get(aid)
        if h is None:
            continue
        try:
            h["authors"] = json.loads(h["authors"] or "[]")
        except ValueError:
            h["authors"] = []
        h["snippet"], h["highlights"] = snippet(_CONTROL.sub(" ", h.pop("body") or ""), pattern)
        title = h["title"] or ""
        h["title_highlights"] = _widen(title, [(m.start(), m.end()) for m in pattern.finditer(title)]) \
            if pattern else []
        h["copies"] = copies
        h["copy_ids"] = sorted(i for i in same if i != aid)
        out.append(h)
    return out


def _facets(conn: sqlite3.Connection, rows: list, best: list[int]) -> dict[str, list[tuple[str, int]]]:
    """Each facet's values and their counts, most first (FACET_SIZE each): newspaper, month
    and kind over the hits ranked (`rows`), people, organisations and places over the
    articles of the best ENTITY_SAMPLE stories (`best`, their ids)."""
    facets = {}
    for name, key in (("newspaper", lambda r: r[2]), ("month", lambda r: r[3][:7] if r[3] else UNDATED),
                      ("kind", lambda r: r[4])):
        counts: dict[str, int] = {}
        for r in rows:
            v = key(r)
            if v:
                counts[v] = counts.get(v, 0) + 1
        facets[name] = sorted(counts.items(), key=lambda t: (-t[1], t[0]))[:FACET_SIZE]
    marks = ",".join("?" * len(best))
    for name, sql in (("person", "SELECT x.name, count(DISTINCT m.article_id) FROM person_mentions m"
                                 " JOIN people x ON x.id = m.person_id WHERE m.article_id IN ({}) GROUP BY x.id"),
                      ("organization", "SELECT x.name, count(DISTINCT m.article_id) FROM organization_mentions m"
                                       " JOIN organizations x ON x.id = m.organization_id WHERE m.article_id IN ({})"
                                       " GROUP BY x.id"),
                      ("place", "SELECT x.full, count(DISTINCT m.article_id) FROM place_mentions m"
                                " JOIN places x ON x.id = m.place_id WHERE m.article_id IN ({}) GROUP BY x.id")):
        facets[name] = [(v, n) for v, n in conn.execute(sql.format(marks) + " ORDER BY 2 DESC, 1 LIMIT ?",
                                                        [*best, FACET_SIZE])] if best else []
    return facets


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
