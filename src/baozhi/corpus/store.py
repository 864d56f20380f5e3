"""Writing processed files into the store, each file in one transaction: a file is either
wholly in (status 'done' or 'failed', with its error) or not at all, so an interrupted ingest
resumes by doing again what was not committed."""
from __future__ import annotations

import json
import sqlite3
import time

from .schema import indexed, subtitles_of
from .identity import fingerprint, uids


def _id(conn: sqlite3.Connection, table: str, key: str, value: str, extra: dict | None = None) -> int:
    row = conn.execute(f"SELECT id FROM {table} WHERE {key} = ?", (value,)).fetchone()
    if row:
        return row[0]
    cols = [key] + list(extra or {})
    cur = conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                       [value, *(extra or {}).values()])
    return cur.lastrowid


def known(conn: sqlite3.Connection, sha256: str) -> bool:
    """Is this content already in, under this path or another (a copy)?"""
    return conn.execute("SELECT 1 FROM files WHERE sha256 = ? AND status IN ('done', 'failed') LIMIT 1",
                        (sha256,)).fetchone() is not None


def _body(a: dict) -> str:
    return "\n".join(a.get("paragraphs") or [])


def _article(conn: sqlite3.Connection, page_id: int, ordinal: int, a: dict, edition: dict, uid: str) -> None:
    span = a.get("span") or {}
    lines = span.get("lines") or [None, None]
    body = _body(a)
    fp = fingerprint(a.get("title"), body, a.get("dateline"))
    cur = conn.execute(
        "INSERT INTO articles (page_id, ordinal, kind, title, subtitles, dateline, authors, line_from, line_to,"
        " bbox, body, continued_from, continued_to, uid, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (page_id, ordinal, a.get("kind"), a.get("title"), json.dumps(a.get("subtitles") or [], ensure_ascii=False),
         a.get("dateline"), json.dumps(a.get("authors") or [], ensure_ascii=False),
         lines[0] if lines else None, lines[-1] if lines else None,
         json.dumps(span.get("bbox")) if span.get("bbox") else None, body,
         a.get("continued_from"), a.get("continued_to"), uid, fp))
    aid = cur.lastrowid
    conn.execute("INSERT INTO article_keys (id, newspaper, date, kind, fingerprint, length) VALUES (?,?,?,?,?,?)",
                 (aid, edition.get("newspaper"), edition.get("date"), a.get("kind"), fp, len(body)))
    conn.executemany("INSERT INTO paragraphs (article_id, ordinal, text) VALUES (?,?,?)",
                     [(aid, k, p) for k, p in enumerate(a.get("paragraphs") or [])])
    conn.execute("INSERT INTO article_fts (rowid, title, body) VALUES (?,?,?)",
                 (aid, *indexed(a.get("title"), list(a.get("subtitles") or []), a.get("dateline"), body,
                                list(a.get("authors") or []))))
    for p in a.get("people") or []:
        pid = _id(conn, "people", "name", p["name"])
        conn.executemany('INSERT INTO person_mentions (article_id, person_id, paragraph, start, "end") VALUES (?,?,?,?,?)',
                         [(aid, pid, m.get("paragraph"), m["start"], m["end"]) for m in p.get("mentions") or []])
        conn.executemany("INSERT INTO titles (person_id, article_id, title) VALUES (?,?,?)",
                         [(pid, aid, t) for t in p.get("titles") or []])
    for o in a.get("organizations") or []:
        oid = _id(conn, "organizations", "name", o["name"], {"short_for": o.get("short_for")})
        conn.executemany('INSERT INTO organization_mentions (article_id, organization_id, paragraph, start, "end")'
                         " VALUES (?,?,?,?,?)", [(aid, oid, m.get("paragraph"), m["start"], m["end"]) for m in o["mentions"]])
    for pl in a.get("places") or []:
        plid = _id(conn, "places", "full", pl["full"], {k: pl.get(k) for k in ("province", "city", "county", "town")})
        conn.executemany('INSERT INTO place_mentions (article_id, place_id, name, paragraph, start, "end") VALUES (?,?,?,?,?,?)',
                         [(aid, plid, pl["name"], m.get("paragraph"), m["start"], m["end"]) for m in pl["mentions"]])
    conn.executemany('INSERT INTO dates (article_id, text, date_from, date_to, relative, paragraph, start, "end")'
                     " VALUES (?,?,?,?,?,?,?,?)",
                     [(aid, d["text"], d.get("from"), d.get("to"), int(bool(d.get("relative"))), d.get("paragraph"),
                       d["start"], d["end"]) for d in a.get("dates") or []])
    conn.executemany('INSERT INTO quantities (article_id, text, value, unit, measure, period, change, paragraph, start,'
                     ' "end") VALUES (?,?,?,?,?,?,?,?,?,?)',
                     [(aid, q["text"], q["value"], q["unit"], q.get("measure"), q.get("period"), q.get("change"),
                       q.get("paragraph"), q["start"], q["end"]) for q in a.get("quantities") or []])


def write(conn: sqlite3.Connection, result: dict) -> None:
    """Put one processed file in the store (replacing what that path held before)."""
    with conn:
        old = conn.execute("SELECT id FROM files WHERE path = ?", (result["path"],)).fetchone()
        if old:
            # (the index keeps no copy of what it indexed: it is given the same text again)
            for aid, title, subs, dateline, body, authors in conn.execute(
                    "SELECT a.id, a.title, a.subtitles, a.dateline, a.body, a.authors FROM articles a"
                    " JOIN pages p ON a.page_id = p.id WHERE p.file_id = ?", (old[0],)).fetchall():
                conn.execute("INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                             (aid, *indexed(title, subtitles_of(subs), dateline, body, subtitles_of(authors))))
            conn.execute("DELETE FROM files WHERE id = ?", (old[0],))
        status = "failed" if result.get("error") else "done"
        fid = conn.execute("INSERT INTO files (path, sha256, size, status, error, ingested_at) VALUES (?,?,?,?,?,?)",
                           (result["path"], result.get("sha256"), result.get("size"), status, result.get("error"),
                            time.strftime("%Y-%m-%dT%H:%M:%S"))).lastrowid
        # An edition's jumped articles are stored once, whole, where they begin (the page
        # parts they were stitched from are left out).
        whole = {a["id"]: a for a in result.get("articles") or []}
        for page_no, p in enumerate(result.get("pages") or [], 1):
            doc = p["doc"]
            if whole:
                doc = dict(doc, articles=[whole[a["id"]] for a in doc.get("articles") or [] if a["id"] in whole])
            ed = doc.get("edition") or {}
            eid = None
            if ed.get("newspaper") or ed.get("date"):
                row = conn.execute("SELECT id FROM editions WHERE newspaper IS ? AND date IS ?",
                                   (ed.get("newspaper"), ed.get("date"))).fetchone()
                eid = row[0] if row else conn.execute("INSERT INTO editions (newspaper, date) VALUES (?,?)",
                                                      (ed.get("newspaper"), ed.get("date"))).lastrowid
            pid = conn.execute("INSERT INTO pages (file_id, edition_id, page_no, page_number, section, format, raw_text,"
                               " first_line) VALUES (?,?,?,?,?,?,?,?)",
                               (fid, eid, page_no, ed.get("page_number"), ed.get("section"),
                                (doc.get("source") or {}).get("format"), p.get("raw"), p.get("first_line"))).lastrowid
            articles = doc.get("articles") or []
            ids = uids(ed, result["path"], page_no, [(a.get("title"), _body(a)) for a in articles])
            for k, (a, uid) in enumerate(zip(articles, ids)):
                _article(conn, pid, k, a, ed, uid)
