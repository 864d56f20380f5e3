"""The store's tables, created and upgraded by numbered migrations (PRAGMA user_version).

A page's articles carry their text as printed, and are indexed in `article_fts` (contentless:
no second copy), where each run of CJK characters is indexed as its overlapping pairs and its
last character (fts.index_text), so that FTS5 finds two-character words (金昌, 市长) as words
and one-character ones as prefixes. The index also carries each article's newspaper, date and kind
(unindexed), so that a filtered search ranks inside the index without a join."""
from __future__ import annotations

import os
import sqlite3

MIGRATIONS: list[str] = [
    # 1: files, editions, pages, articles, paragraphs, the extracted facts, full-text search
    """
    CREATE TABLE files (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT, size INTEGER,
        status TEXT NOT NULL, error TEXT, ingested_at TEXT);
    CREATE INDEX files_sha ON files(sha256);
    CREATE TABLE editions (
        id INTEGER PRIMARY KEY, newspaper TEXT, date TEXT, UNIQUE (newspaper, date));
    CREATE TABLE pages (
        id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        edition_id INTEGER REFERENCES editions(id), page_no INTEGER NOT NULL, page_number TEXT,
        section TEXT, format TEXT, raw_text TEXT, first_line INTEGER, UNIQUE (file_id, page_no));
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL, kind TEXT, title TEXT, subtitles TEXT, dateline TEXT, authors TEXT,
        line_from INTEGER, line_to INTEGER, bbox TEXT, body TEXT, continued_from TEXT, continued_to TEXT);
    CREATE INDEX articles_page ON articles(page_id);
    CREATE TABLE paragraphs (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
        text TEXT NOT NULL, PRIMARY KEY (article_id, ordinal));
    CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE person_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id), paragraph INTEGER, start INTEGER, "end" INTEGER);
    CREATE INDEX person_mentions_person ON person_mentions(person_id);
    CREATE INDEX person_mentions_article ON person_mentions(article_id);
    CREATE TABLE titles (
        person_id INTEGER NOT NULL REFERENCES people(id),
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, title TEXT NOT NULL);
    CREATE INDEX titles_person ON titles(person_id);
    CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, short_for TEXT);
    CREATE TABLE organization_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL REFERENCES organizations(id), paragraph INTEGER, start INTEGER, "end" INTEGER);
    CREATE INDEX organization_mentions_org ON organization_mentions(organization_id);
    CREATE TABLE places (
        id INTEGER PRIMARY KEY, full TEXT NOT NULL UNIQUE, province TEXT, city TEXT, county TEXT, town TEXT);
    CREATE TABLE place_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        place_id INTEGER NOT NULL REFERENCES places(id), name TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER);
    CREATE TABLE dates (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, text TEXT, date_from TEXT,
        date_to TEXT, relative INTEGER, paragraph INTEGER, start INTEGER, "end" INTEGER);
    CREATE TABLE quantities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, text TEXT, value REAL, unit TEXT,
        measure TEXT, period TEXT, change TEXT, paragraph INTEGER, start INTEGER, "end" INTEGER);
    CREATE INDEX quantities_article ON quantities(article_id);
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, body, newspaper UNINDEXED, date UNINDEXED, kind UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 0');
    """,
    # 2: permalinks (an article's uid, from its place and content, kept across re-ingest),
    # copies of one story grouped by a fingerprint, and the indexes browsing and facets use.
    # article_keys repeats what search filters, groups and counts by, a narrow row an
    # article: read from article_fts's own columns, each hit cost a read of its whole text
    # (50,000 hits: 210 ms; from article_keys: a few)
    """
    ALTER TABLE articles ADD COLUMN uid TEXT;
    ALTER TABLE articles ADD COLUMN fingerprint TEXT;
    CREATE INDEX articles_uid ON articles(uid);
    CREATE INDEX articles_fingerprint ON articles(fingerprint);
    CREATE INDEX pages_edition ON pages(edition_id);
    CREATE INDEX titles_article ON titles(article_id);
    CREATE INDEX organization_mentions_article ON organization_mentions(article_id);
    CREATE INDEX place_mentions_place ON place_mentions(place_id);
    CREATE INDEX place_mentions_article ON place_mentions(article_id);
    CREATE INDEX dates_article ON dates(article_id);
    CREATE INDEX quantities_measure ON quantities(measure);
    CREATE TABLE article_keys (
        id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, newspaper TEXT, date TEXT, kind TEXT,
        fingerprint TEXT, length INTEGER);
    CREATE INDEX article_keys_date ON article_keys(date);
    """,
    # 3: the index re-made of CJK pairs (fts.index_text), from the stored articles, and
    # contentless: it keeps no copy of the indexed text (snippets come from the articles;
    # newspaper, date and kind from article_keys), a third of a store's size
    """
    DROP TABLE article_fts;
    CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 0');
    """,
]


def connect(path: str, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the schema up to date (read-only: as it is, never written)."""
    if readonly:
        import pathlib
        uri = pathlib.Path(path).resolve().as_uri()
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        except sqlite3.DatabaseError as e:
            if "not a database" in str(e) or not isinstance(e, sqlite3.OperationalError):
                conn.close()
                raise ValueError(f"{path}: not a baozhi store ({e})") from None
            # a store in a folder it cannot write (a read-only share, a CD): the WAL's shared
            # memory file cannot be made there; read it as a file nobody changes
            conn.close()
            conn = sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)
    else:
        # (a second writer waits for the first, up to a minute, instead of failing at once;
        # BAOZHI_STORE_WAIT sets the seconds)
        conn = sqlite3.connect(path, timeout=float(os.environ.get("BAOZHI_STORE_WAIT", "60")))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.row_factory = sqlite3.Row
    if readonly:
        check(conn, path)
    else:
        migrate(conn)
    return conn


def check(conn: sqlite3.Connection, path: str) -> None:
    """Refuse, in one line, a file that is no baozhi store (or one from a newer baozhi)."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT 1 FROM articles LIMIT 1")
    except sqlite3.DatabaseError as e:
        raise ValueError(f"{path}: not a baozhi store ({e})") from None
    if not 1 <= version <= len(MIGRATIONS):
        raise ValueError(f"{path}: not a baozhi store this version can read (schema {version})")


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the database has not had; returns its version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for n, sql in enumerate(MIGRATIONS[version:], version + 1):
        # One transaction a migration, its version number and its back-fill with it: a run
        # killed (or a disk full) part-way leaves the store as it was, never a partial schema
        # that every later run would take for no baozhi store. (Statements one by one:
        # executescript commits what came before it.)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            if n in BACKFILL:
                BACKFILL[n](conn)
            conn.execute(f"PRAGMA user_version = {n}")
            conn.commit()
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
    return len(MIGRATIONS)


def _uids(conn: sqlite3.Connection) -> None:
    """Migration 2's back-fill: the uid and fingerprint of every article already stored, and
    its article_keys row."""
    from .identity import fingerprint, uids

    rows = conn.execute(
        "SELECT a.id, a.page_id, a.title, a.body, a.dateline, p.page_no, p.page_number, fi.path, e.newspaper, e.date"
        " FROM articles a JOIN pages p ON p.id = a.page_id JOIN files fi ON fi.id = p.file_id"
        " LEFT JOIN editions e ON e.id = p.edition_id ORDER BY a.page_id, a.ordinal").fetchall()
    by_page: dict[int, list] = {}
    for r in rows:
        by_page.setdefault(r[1], []).append(r)
    for page in by_page.values():
        _, _, _, _, _, page_no, page_number, path, newspaper, date = page[0]
        ids = uids({"newspaper": newspaper, "date": date, "page_number": page_number}, path, page_no,
                   [(r[2], r[3]) for r in page])
        fps = [fingerprint(r[2], r[3], r[4]) for r in page]
        conn.executemany("UPDATE articles SET uid = ?, fingerprint = ? WHERE id = ?",
                         [(u, fp, r[0]) for u, fp, r in zip(ids, fps, page)])
    conn.execute("INSERT INTO article_keys (id, newspaper, date, kind, fingerprint, length) SELECT a.id, e.newspaper,"
                 " e.date, a.kind, a.fingerprint, length(a.body) FROM articles a JOIN pages p ON p.id = a.page_id"
                 " LEFT JOIN editions e ON e.id = p.edition_id")


def _reindex(conn: sqlite3.Connection) -> None:
    """Migration 3's back-fill: every article into the index again, as index_text gives it."""
    rows = conn.execute("SELECT id, title, subtitles, dateline, body, authors FROM articles")
    while batch := rows.fetchmany(2000):
        conn.executemany("INSERT INTO article_fts (rowid, title, body) VALUES (?,?,?)",
                         [(i, *indexed(t, subtitles_of(s), d, b, subtitles_of(au))) for i, t, s, d, b, au in batch])


def indexed(title: str | None, subtitles: list[str], dateline: str | None, body: str | None,
            authors: list[str]) -> tuple[str, str]:
    """An article's two index columns, as inserted and, the index keeping no copy of them, as
    given again to delete the article from it: the headline (title and subtitles) and the
    text (its dateline, paragraphs and authors: 新华社北京2月22日电（记者林晖） is searched too)."""
    from .fts import index_text

    text = "\n".join(x for x in (dateline or "", body or "", " ".join(authors)) if x)
    return index_text(" ".join([title or "", *subtitles])), index_text(text)


def subtitles_of(s: str | None) -> list[str]:
    """A JSON list column (subtitles, authors) as a list of strings, [] for anything else."""
    import json
    try:
        v = json.loads(s) if s else []
    except ValueError:
        return []
    return [x for x in v if isinstance(x, str)] if isinstance(v, list) else []


BACKFILL = {2: _uids, 3: _reindex}
