"""What the reader shows, as plain data (JSON-ready dicts and lists) read from a store: the
newspapers and their editions, an edition's pages, a page with its articles, an article with
its facts, people with the timeline of their titles, organisations, figures. The web reader
renders these as pages and serves them as its API; each list comes with its total, limit and
offset. Every value reaches SQLite as a parameter.

Errors: LookupError (nothing of that name or id: the reader's 404)."""
from __future__ import annotations

import json
import sqlite3

from .search import COPY_RATIO

# An edition without a newspaper name (pages that print none and were ingested without one)
# is listed under this key.
UNKNOWN = "-"


def _rows(conn: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    return [dict(r) for r in conn.execute(sql, args).fetchall()]


def _list(items: list[dict], total: int, limit: int, offset: int) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _json_list(s) -> list:
    try:
        v = json.loads(s) if s else []
    except ValueError:
        return []
    return v if isinstance(v, list) else []


def _like(s: str) -> str:
    """A LIKE pattern that finds `s` as typed (its % and _ are no wildcards)."""
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _paper(newspaper: str) -> tuple[str, list]:
    """The SQL condition on e.newspaper for a newspaper key (UNKNOWN: none printed)."""
    return ("e.newspaper IS NULL", []) if newspaper == UNKNOWN else ("e.newspaper = ?", [newspaper])


def citation(a: dict) -> str:
    """The line a reader cites an article by: 《newspaper》date 第N版 title (the parts known)."""
    parts = []
    parts.append(f"《{a['newspaper']}》" if a.get("newspaper") else "")
    y, m, d = ((a.get("date") or "").split("-") + ["", ""])[:3]
    parts.append(f"{int(y)}年{int(m)}月{int(d)}日" if y.isdigit() and m.isdigit() and d.isdigit() else a.get("date") or "")
    if a.get("page_number"):
        parts.append(f"第{a['page_number']}版")
    head = ("".join(parts[:2]) + (" " + parts[2] if len(parts) > 2 else "")).strip()
    title = a.get("title") or "（无题）"
    return f"{head}：{title}" if head else title


# -- newspapers, editions, pages ---------------------------------------------------------

def newspapers(conn: sqlite3.Connection) -> dict:
    """Each newspaper with its editions' count, first and last date, and pages."""
    items = _rows(conn, "SELECT coalesce(e.newspaper, ?) AS newspaper, count(DISTINCT e.id) AS editions,"
                        " min(e.date) AS first, max(e.date) AS last, count(p.id) AS pages"
                        " FROM pages p LEFT JOIN editions e ON e.id = p.edition_id"
                        " GROUP BY e.newspaper ORDER BY e.newspaper IS NULL, e.newspaper", (UNKNOWN,))
    return _list(items, len(items), len(items), 0)


def editions(conn: sqlite3.Connection, newspaper: str, year: str | None = None) -> dict:
    """A newspaper's dated editions, newest first: date, pages, articles. `year` (YYYY) keeps
    one year. Also `years`: the years it has editions in; `undated_pages`: its pages with no
    date (listed by `edition(newspaper, UNKNOWN)`). Raises LookupError for a newspaper with
    no pages."""
    cond, args = _paper(newspaper)
    years = [r[0] for r in conn.execute(f"SELECT DISTINCT substr(e.date, 1, 4) FROM editions e WHERE {cond}"
                                        " AND e.date IS NOT NULL ORDER BY 1 DESC", args)]
    where = cond + (" AND substr(e.date, 1, 4) = ?" if year else "")
    items = _rows(conn, "SELECT e.id, e.date, count(DISTINCT p.id) AS pages, count(a.id) AS articles FROM editions e"
                        " JOIN pages p ON p.edition_id = e.id LEFT JOIN articles a ON a.page_id = p.id"
                        f" WHERE {where} AND e.date IS NOT NULL GROUP BY e.id ORDER BY e.date DESC",
                  [*args, *([year] if year else [])])
    undated = conn.execute("SELECT count(*) FROM pages p LEFT JOIN editions e ON e.id = p.edition_id"
                           f" WHERE {cond} AND e.date IS NULL", args).fetchone()[0]
    if not items and not years and not undated:
        raise LookupError(f"no newspaper {newspaper}")
    out = _list(items, len(items), len(items), 0)
    out.update(newspaper=newspaper, years=years, year=year, undated_pages=undated)
    return out


def edition(conn: sqlite3.Connection, newspaper: str, date: str) -> dict:
    """An edition's pages in printed order (page number, else their order in the files):
    id, page number, section, articles, format. `date` is ISO or UNKNOWN (pages with no
    edition at all, under the UNKNOWN newspaper). Raises LookupError."""
    if date == UNKNOWN and newspaper == UNKNOWN:
        where, args = "(p.edition_id IS NULL OR (e.newspaper IS NULL AND e.date IS NULL))", []
    else:
        cond, args = _paper(newspaper)
        where, args = cond + " AND e.date IS ?", [*args, None if date == UNKNOWN else date]
    items = _rows(conn, "SELECT p.id, p.page_no, p.page_number, p.section, p.format, count(a.id) AS articles,"
                        " (SELECT a2.title FROM articles a2 WHERE a2.page_id = p.id AND a2.title IS NOT NULL"
                        "  ORDER BY a2.ordinal LIMIT 1) AS lead"
                        " FROM pages p LEFT JOIN editions e ON e.id = p.edition_id LEFT JOIN articles a ON a.page_id = p.id"
                        f" WHERE {where} GROUP BY p.id", args)
    if not items:
        raise LookupError(f"no edition {newspaper} {date}")
    items.sort(key=_page_order)
    out = _list(items, len(items), len(items), 0)
    out.update(newspaper=newspaper, date=date)
    return out


def _page_order(p: dict) -> tuple:
    n = str(p.get("page_number") or "")
    digits = "".join(ch for ch in n if ch.isdigit())
    return (0, int(digits), n, p["id"]) if digits else (1, 0, n, p["id"])


def page(conn: sqlite3.Connection, page_id: int) -> dict:
    """A page with its articles (uid, title, kind, box in PDF points, first and last line, the
    opening of its text: what names an untitled brief)
    and its printed text as lines, each line with the uid of the article it is in (None:
    furniture or unassigned); `previous` and `next`: the page ids beside it in its edition
    (or its file, with no edition). Raises LookupError."""
    p = conn.execute("SELECT p.id, p.page_no, p.page_number, p.section, p.format, p.raw_text, p.first_line,"
                     " p.file_id, p.edition_id, e.newspaper, e.date FROM pages p"
                     " LEFT JOIN editions e ON e.id = p.edition_id WHERE p.id = ?", (page_id,)).fetchone()
    if p is None:
        raise LookupError(f"no page {page_id}")
    p = dict(p)
    arts = _rows(conn, "SELECT id, uid, title, kind, bbox, line_from, line_to, substr(body, 1, 24) AS opening"
                       " FROM articles WHERE page_id = ? ORDER BY ordinal", (page_id,))
    for a in arts:
        a["bbox"] = _json_list(a["bbox"]) or None
    raw = (p.pop("raw_text") or "").split("\n")
    first = p.pop("first_line") or 1
    owner = {}
    for a in arts:
        if a["line_from"] is not None and a["line_to"] is not None:
            for n in range(a["line_from"], min(a["line_to"], first + len(raw) - 1) + 1):
                owner.setdefault(n, a["uid"])
    p["lines"] = [{"n": first + k, "text": t, "article": owner.get(first + k)} for k, t in enumerate(raw)]
    p["articles"] = arts
    if p["edition_id"] is not None:
        siblings = edition(conn, p["newspaper"] or UNKNOWN, p["date"] or UNKNOWN)["items"]
    else:
        siblings = sorted(_rows(conn, "SELECT id, page_no, page_number FROM pages WHERE file_id = ? AND edition_id IS NULL",
                                (p["file_id"],)), key=lambda r: r["page_no"])
    ids = [s["id"] for s in siblings]
    k = ids.index(page_id) if page_id in ids else -1
    p["previous"] = ids[k - 1] if k > 0 else None
    p["next"] = ids[k + 1] if 0 <= k < len(ids) - 1 else None
    p["newspaper_key"] = p["newspaper"] or UNKNOWN
    p["date_key"] = p["date"] or UNKNOWN
    del p["file_id"], p["edition_id"]
    return p


# -- articles ------------------------------------------------------------------------------

def article(conn: sqlite3.Connection, key: int | str) -> dict:
    """An article by its row id (int) or uid (str): its fields, edition, page, citation,
    the lines of its page (`source`, those of the article marked), and its facts: people
    (with their titles here, a list), organisations, places (as printed and resolved),
    dates (resolved against the edition), figures. Raises LookupError."""
    by = "a.uid = ?" if isinstance(key, str) else "a.id = ?"
    a = conn.execute("SELECT a.id, a.uid, a.kind, a.title, a.subtitles, a.dateline, a.authors, a.line_from, a.line_to,"
                     " a.bbox, a.continued_from, a.continued_to, a.fingerprint, p.raw_text, p.first_line, p.format,"
                     " p.page_no, p.page_number, p.section, p.id AS page_id, e.newspaper, e.date,"
                     " coalesce(k.length, 0) AS length FROM articles a JOIN pages p ON p.id = a.page_id"
                     " LEFT JOIN editions e ON e.id = p.edition_id LEFT JOIN article_keys k ON k.id = a.id"
                     f" WHERE {by} ORDER BY a.id DESC LIMIT 1", (key,)).fetchone()
    if a is None:
        raise LookupError(f"no article {key}")
    a = dict(a)
    aid = a["id"]
    a["paragraphs"] = [r[0] for r in conn.execute("SELECT text FROM paragraphs WHERE article_id = ? ORDER BY ordinal",
                                                  (aid,))]
    people = _rows(conn, "SELECT pe.name, min(pm.paragraph) AS para, min(pm.start) AS at FROM person_mentions pm"
                         " JOIN people pe ON pe.id = pm.person_id WHERE pm.article_id = ? GROUP BY pe.id"
                         " ORDER BY para, at", (aid,))
    titles: dict[str, list[str]] = {}
    for name, title in conn.execute("SELECT pe.name, t.title FROM titles t JOIN people pe ON pe.id = t.person_id"
                                    " WHERE t.article_id = ? ORDER BY t.rowid", (aid,)):
        if title not in titles.setdefault(name, []):
            titles[name].append(title)
    a["people"] = [{"name": p["name"], "titles": titles.get(p["name"], [])} for p in people]
    a["organizations"] = _rows(conn, "SELECT o.name, o.short_for, count(*) AS mentions FROM organization_mentions om"
                                     " JOIN organizations o ON o.id = om.organization_id WHERE om.article_id = ?"
                                     " GROUP BY o.id ORDER BY min(om.paragraph), min(om.start)", (aid,))
    a["places"] = _rows(conn, "SELECT lm.name, pl.full, pl.province, pl.city, pl.county, pl.town, count(*) AS mentions"
                              " FROM place_mentions lm JOIN places pl ON pl.id = lm.place_id WHERE lm.article_id = ?"
                              " GROUP BY pl.id, lm.name ORDER BY min(lm.paragraph), min(lm.start)", (aid,))
    a["dates"] = _rows(conn, 'SELECT text, date_from AS "from", date_to AS "to", relative FROM dates'
                             " WHERE article_id = ? ORDER BY paragraph, start", (aid,))
    for d in a["dates"]:
        d["relative"] = bool(d["relative"])
    a["quantities"] = _rows(conn, "SELECT text, value, unit, measure, period, change FROM quantities"
                                  " WHERE article_id = ? ORDER BY paragraph, start", (aid,))
    # (copies: one fingerprint and a length within COPY_RATIO, as search groups them; the same
    # page stored from two files, a PDF and its text, is one article under one uid)
    n = a.pop("length")
    a["copies"] = _rows(conn, "SELECT a.uid, e.newspaper, e.date, p.page_number, p.id AS page_id FROM articles a"
                              " JOIN article_keys k ON k.id = a.id JOIN pages p ON p.id = a.page_id"
                              " LEFT JOIN editions e ON e.id = p.edition_id WHERE a.fingerprint = ? AND a.uid != ?"
                              " AND k.length BETWEEN ? AND ? GROUP BY a.uid ORDER BY e.date, a.id LIMIT 50",
                        (a["fingerprint"], a["uid"], n / COPY_RATIO, n * COPY_RATIO)) if a["fingerprint"] else []
    a["subtitles"], a["authors"] = _json_list(a["subtitles"]), _json_list(a["authors"])
    a["bbox"] = _json_list(a["bbox"]) or None
    raw = (a.pop("raw_text") or "").split("\n")
    lo, hi = a["line_from"] or 0, a["line_to"] or -1
    first = a.pop("first_line") or 1       # an edition numbers lines over the whole file
    a["source"] = [{"n": first + k, "text": t, "hit": lo <= first + k <= hi} for k, t in enumerate(raw)]
    a["citation"] = citation(a)
    return a


# -- people and organisations --------------------------------------------------------------

def people(conn: sqlite3.Connection, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """People by how many articles name them (most first): name, articles, titles (a list,
    each title once). `q`: part of the name."""
    where, args = (" WHERE pe.name LIKE ? ESCAPE '\\'", [_like(q)]) if q else ("", [])
    total = conn.execute("SELECT count(*) FROM people pe" + where, args).fetchone()[0]
    items = _rows(conn, "SELECT pe.name, count(DISTINCT pm.article_id) AS articles,"
                        " (SELECT json_group_array(DISTINCT t.title) FROM titles t WHERE t.person_id = pe.id) AS titles"
                        " FROM people pe JOIN person_mentions pm ON pm.person_id = pe.id" + where +
                        " GROUP BY pe.id ORDER BY articles DESC, pe.name LIMIT ? OFFSET ?", [*args, limit, offset])
    for p in items:
        p["titles"] = _json_list(p["titles"])
    return _list(items, total, limit, offset)


def _naming(conn: sqlite3.Connection, mentions: str, column: str, ident: int, limit: int, offset: int,
            titles: bool = False) -> tuple[int, list[dict]]:
    """(how many, a page of) the articles whose `mentions` rows name `ident`, earliest first
    (undated last), each article once (one uid: the same page stored from two files is one):
    id, uid, title, date, newspaper, page_number, and with `titles` the person's titles there."""
    mine = f"SELECT article_id FROM {mentions} WHERE {column} = ?"
    total = conn.execute(f"SELECT count(DISTINCT a.uid) FROM articles a WHERE a.id IN ({mine})", (ident,)).fetchone()[0]
    extra = (", (SELECT json_group_array(DISTINCT t.title) FROM titles t WHERE t.person_id = ? AND t.article_id = a.id)"
             " AS titles") if titles else ""
    items = _rows(conn, f"SELECT a.id, a.uid, a.title, e.date, e.newspaper, p.page_number{extra} FROM articles a"
                        " JOIN pages p ON p.id = a.page_id LEFT JOIN editions e ON e.id = p.edition_id"
                        f" WHERE a.id IN ({mine}) GROUP BY a.uid ORDER BY e.date IS NULL, e.date, a.id LIMIT ? OFFSET ?",
                  [*([ident] if titles else []), ident, limit, offset])
    return total, items


def person(conn: sqlite3.Connection, name: str, limit: int = 200, offset: int = 0) -> dict:
    """A person's timeline: each article that names them, earliest first (undated last),
    with the titles it gives them there (a list), its date, newspaper and uid; and the
    organisations and people most often named in the same articles. Raises LookupError."""
    row = conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise LookupError(f"no person {name}")
    pid = row[0]
    total, items = _naming(conn, "person_mentions", "person_id", pid, limit, offset, titles=True)
    for r in items:
        r["titles"] = _json_list(r["titles"])
    titles = []
    for r in items:
        for t in r["titles"]:
            if t not in [x["title"] for x in titles]:
                titles.append({"title": t, "first": r["date"], "first_article": r["uid"]})
    mine = "(SELECT article_id FROM person_mentions WHERE person_id = ?)"
    out = _list(items, total, limit, offset)
    out.update(name=name, titles=titles, with_organizations=_rows(
        conn, "SELECT o.name, count(DISTINCT om.article_id) AS articles FROM organization_mentions om"
              f" JOIN organizations o ON o.id = om.organization_id WHERE om.article_id IN {mine}"
              " GROUP BY o.id ORDER BY articles DESC, o.name LIMIT 10", (pid,)), with_people=_rows(
        conn, "SELECT pe.name, count(DISTINCT pm.article_id) AS articles FROM person_mentions pm"
              f" JOIN people pe ON pe.id = pm.person_id WHERE pm.article_id IN {mine} AND pm.person_id != ?"
              " GROUP BY pe.id ORDER BY articles DESC, pe.name LIMIT 10", (pid, pid)))
    return out


def organizations(conn: sqlite3.Connection, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Organisations by how many articles name them: name, short_for, articles. `q`: part
    of the name."""
    where, args = (" WHERE o.name LIKE ? ESCAPE '\\'", [_like(q)]) if q else ("", [])
    total = conn.execute("SELECT count(*) FROM organizations o" + where, args).fetchone()[0]
    items = _rows(conn, "SELECT o.name, o.short_for, count(DISTINCT om.article_id) AS articles FROM organizations o"
                        " JOIN organization_mentions om ON om.organization_id = o.id" + where +
                        " GROUP BY o.id ORDER BY articles DESC, o.name LIMIT ? OFFSET ?", [*args, limit, offset])
    return _list(items, total, limit, offset)


def organization(conn: sqlite3.Connection, name: str, limit: int = 200, offset: int = 0) -> dict:
    """An organisation's articles, earliest first (undated last), and the people most
    often named with it (with the titles they are given there). Raises LookupError."""
    row = conn.execute("SELECT id, short_for FROM organizations WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise LookupError(f"no organisation {name}")
    oid = row[0]
    total, items = _naming(conn, "organization_mentions", "organization_id", oid, limit, offset)
    mine = "(SELECT article_id FROM organization_mentions WHERE organization_id = ?)"
    with_people = _rows(conn, "SELECT pe.name, count(DISTINCT pm.article_id) AS articles,"
                              f" (SELECT json_group_array(DISTINCT t.title) FROM titles t WHERE t.person_id = pe.id"
                              f"  AND t.article_id IN {mine}) AS titles"
                              " FROM person_mentions pm JOIN people pe ON pe.id = pm.person_id"
                              f" WHERE pm.article_id IN {mine} GROUP BY pe.id ORDER BY articles DESC, pe.name LIMIT 20",
                        (oid, oid))
    for p in with_people:
        p["titles"] = _json_list(p["titles"])
    out = _list(items, total, limit, offset)
    out.update(name=name, short_for=row[1], with_people=with_people)
    return out


# -- figures -------------------------------------------------------------------------------

FIGURE_FILTERS = ("measure", "unit", "period", "newspaper")


def figures(conn: sqlite3.Connection, measure: str | None = None, unit: str | None = None, period: str | None = None,
            newspaper: str | None = None, limit: int = 100, offset: int = 0, exact: bool = False) -> dict:
    """Figures (quantities) oldest first: as printed (`text`, 647.1亿元), the exact number
    (`value`) and `unit`, measure, period, change, and the article's uid, title, newspaper and
    date. `measure`: part of the measure (`exact`: the whole of it); `unit`, `period`,
    `newspaper`: as stored. Also `units` and `measures`: those of the figures that pass, most
    first (a chart draws one measure in one unit)."""
    where, args = [], []
    if measure:
        where.append("q.measure = ?" if exact else "q.measure LIKE ? ESCAPE '\\'")
        args.append(measure if exact else _like(measure))
    for column, value in (("q.unit", unit), ("q.period", period), ("e.newspaper", newspaper)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    joins = (" FROM quantities q JOIN articles a ON a.id = q.article_id JOIN pages p ON p.id = a.page_id"
             " LEFT JOIN editions e ON e.id = p.edition_id")
    # (one figure once, though its article was stored from two files: one uid, one place in it)
    once = " GROUP BY a.uid, q.paragraph, q.start"
    total = conn.execute("SELECT count(*) FROM (SELECT 1" + joins + cond + once + ")", args).fetchone()[0]
    items = _rows(conn, "SELECT a.uid, a.title, e.newspaper, e.date, q.text, q.value, q.unit, q.measure, q.period,"
                        " q.change" + joins + cond + once + " ORDER BY e.date IS NULL, e.date, min(q.article_id),"
                        " q.paragraph, q.start LIMIT ? OFFSET ?", [*args, limit, offset])
    for r in items:
        if isinstance(r["value"], float) and r["value"].is_integer() and abs(r["value"]) < 2 ** 53:
            r["value"] = int(r["value"])        # (an exact count, not 100000000.0)
    units = _rows(conn, "SELECT unit, count(*) AS figures FROM (SELECT q.unit" + joins + cond + once + ")"
                        " GROUP BY unit ORDER BY 2 DESC LIMIT 20", args)
    measures = _rows(conn, "SELECT measure, count(*) AS figures FROM (SELECT q.measure" + joins + cond + once + ")"
                           " WHERE measure IS NOT NULL GROUP BY measure ORDER BY 2 DESC LIMIT 20", args)
    out = _list(items, total, limit, offset)
    out["units"], out["measures"] = units, measures
    return out


def series(conn: sqlite3.Connection, measure: str, unit: str, newspaper: str | None = None,
           limit: int = 2000) -> list[dict]:
    """The points of a chart of one measure (the whole of it) in one unit over time: date,
    value, text as printed, article uid; dated figures only, oldest first."""
    f = figures(conn, measure, unit, None, newspaper, limit, 0, exact=True)
    return [{"date": r["date"], "value": r["value"], "text": r["text"], "uid": r["uid"]}
            for r in f["items"] if r["date"] and r["value"] is not None]
