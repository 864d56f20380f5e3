"""The reader's API and search over a store ingested from real pages: the real 金昌日报 page, the
real e-paper PDF, and pages laid out from the bundled real People's Daily articles; one page
printed again in a second paper (the same story in two papers). Browsing, search syntax
against a plain evaluation of the stored texts, facets against filtered totals, copies
grouped, snippets and their highlights, permalinks across re-ingest, timelines, figures,
exports, one error shape, no server path shown."""
import csv
import io
import json
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from baozhi.corpus import schema  # noqa: E402
from baozhi.corpus.ingest import ingest  # noqa: E402
from baozhi.corpus.search import find  # noqa: E402
from baozhi.web.app import create_app  # noqa: E402

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).parent))
import realistic  # noqa: E402


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    root = tmp_path_factory.mktemp("reader")
    (root / "jc").mkdir()
    shutil.copy(DATA / "jinchang-daily-p1.txt", root / "jc" / "p1.txt")
    (root / "sm").mkdir()
    shutil.copy(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf", root / "sm" / "p2.pdf")
    realistic.generate(6, str(root / "rm"), seed=3, corpus=str(DATA / "real_articles.jsonl"))
    (root / "hx").mkdir()
    # 河西晚报 prints the 金昌日报 page again under its own name (the same stories, a new file)
    (root / "hx" / "p1.txt").write_text("河西晚报\n" + (DATA / "jinchang-daily-p1.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    db = str(root / "corpus.sqlite")
    for folder, paper, date in (("jc", "金昌日报", "2024-03-18"), ("sm", "新三门", None), ("rm", "人民日报", None),
                                ("hx", "河西晚报", "2024-03-18")):
        files = sorted(str(p) for p in (root / folder).iterdir() if p.suffix in (".txt", ".pdf"))
        r = ingest(db, files, jobs=1, date=date, newspaper=paper, progress=False)
        assert r["failed"] == 0, r
    return root, db, TestClient(create_app(db))


def _texts(db: str) -> dict[int, str]:
    """What search reads of each article: its headline, and its dateline, text and authors."""
    conn = sqlite3.connect(db)
    return {i: (t or "") + " " + " ".join(json.loads(s or "[]")) + " " + (d + "\n" if d else "") + (b or "") + "\n"
            + " ".join(json.loads(au or "[]"))
            for i, t, s, d, b, au in conn.execute("SELECT id, title, subtitles, dateline, body, authors FROM articles")}


def test_browse_newspapers_calendar_edition_pages(reader):
    root, db, client = reader
    papers = client.get("/api/newspapers").json()
    names = [p["newspaper"] for p in papers["items"]]
    assert {"金昌日报", "新三门", "人民日报", "河西晚报"} <= set(names) and papers["total"] == len(names)
    eds = client.get("/api/newspapers/新三门/editions").json()
    assert [e["date"] for e in eds["items"]] == ["2011-05-24"]           # printed on the page itself
    assert client.get("/api/newspapers/金昌日报/editions").json()["items"][0]["date"] == "2024-03-18"   # --date
    cal = client.get("/browse/金昌日报").text
    assert 'href="/edition/%E9%87%91%E6%98%8C%E6%97%A5%E6%8A%A5/2024-03-18"' in cal
    pages = client.get("/api/editions/新三门/2011-05-24").json()["items"]
    assert len(pages) == 1 and pages[0]["page_number"] == "2" and pages[0]["section"] == "综合新闻"
    page = client.get(f"/api/pages/{pages[0]['id']}").json()
    assert page["format"] == "pdf" and len(page["articles"]) >= 10
    assert all(a["bbox"] and len(a["bbox"]) == 4 for a in page["articles"])      # each box drawn on the facsimile
    html = client.get(f"/pages/{pages[0]['id']}").text
    assert html.count('class="box"') == len(page["articles"]) and f"/page/{pages[0]['id']}.png" in html
    # a text page: its printed lines, each article's lines one link to it
    jc = client.get("/api/editions/金昌日报/2024-03-18").json()["items"][0]
    text_page = client.get(f"/api/pages/{jc['id']}").json()
    owned = {ln["article"] for ln in text_page["lines"] if ln["article"]}
    assert owned == {a["uid"] for a in text_page["articles"] if a["line_from"] is not None}
    # an edition of two pages: previous and next
    hx = client.get("/api/editions/河西晚报/2024-03-18").json()["items"]
    undated = client.get("/api/newspapers/人民日报/editions").json()["undated_pages"]
    rm = client.get("/api/editions/人民日报/-").json()["items"] if undated else []
    two = hx if len(hx) > 1 else rm
    if len(two) > 1:
        first, second = (client.get(f"/api/pages/{p['id']}").json() for p in two[:2])
        assert first["next"] == two[1]["id"] and second["previous"] == two[0]["id"]


def test_empty_search_lists_the_newest(reader):
    _, _, client = reader
    r = client.get("/api/search").json()
    assert r["total"] > 40 and r["items"]
    dates = [h["date"] or "" for h in r["items"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-03-18"
    assert "0 篇" not in client.get("/search").text


@pytest.mark.parametrize("query", ["金昌", "市长", "金昌 市长", '"市委 书记"', "金昌 -市长", "金昌 OR 疫情", "-金昌",
                                   "疫情 OR 防控 -金昌", '"复工 复产"', "习近平 OR 王方太 会议"])
def test_search_syntax_finds_what_the_text_holds(reader, query):
    """Every query's hits are exactly the stored articles whose title, subtitles or text
    hold it, read as people mean it (words all, "phrase" in order, -word none, OR either)."""
    _, db, _ = reader
    texts = _texts(db)

    def holds(text: str) -> bool:
        groups, pending = [], False
        for sign, quoted, bare in re.findall(r'(-?)(?:"([^"]*)"|(\S+))', query):
            word = (quoted or bare).replace(" ", "")
            if not sign and word == "OR":
                pending = True
                continue
            if sign:
                groups.append(("not", word))
            elif pending:
                groups[-1] = ("any", groups[-1][1] + [word])
            else:
                groups.append(("any", [word]))
            pending = False
        flat = text.replace(" ", "")
        return all((w not in flat) if kind == "not" else any(x in flat for x in w) for kind, w in groups)

    expected = {i for i, t in texts.items() if holds(t)}
    conn = schema.connect(db, readonly=True)
    got = find(conn, query, limit=10_000, group=False)
    assert {h["id"] for h in got.hits} == expected and got.total == len(expected)
    assert expected, query


def test_facets_count_what_their_filter_finds(reader):
    _, db, client = reader
    r = client.get("/api/search", params={"q": "金昌"}).json()
    assert sum(f["count"] for f in r["facets"]["newspaper"]) == r["total"]
    for name, param in (("newspaper", "newspaper"), ("month", "month"), ("kind", "kind"), ("person", "person"),
                        ("organization", "organization"), ("place", "place")):
        assert r["facets"][name], name
        top = r["facets"][name][0]
        narrowed = client.get("/api/search", params={"q": "金昌", param: top["value"]}).json()
        assert narrowed["total"] == top["count"], (name, top)
    html = client.get("/search", params={"q": "金昌"}).text
    assert 'id="facets"' in html and "person=" in html and "newspaper=" in html
    # every article in one month or in the undated bucket, each bucket a filter
    everything = client.get("/api/search", params={"q": "疫情"}).json()
    months = everything["facets"]["month"]
    assert sum(m["count"] for m in months) == everything["total"] and "-" in [m["value"] for m in months]
    for m in months:
        assert client.get("/api/search", params={"q": "疫情", "month": m["value"]}).json()["total"] == m["count"]


def test_copies_of_one_story_are_one_hit(reader):
    _, db, client = reader
    r = client.get("/api/search", params={"q": "金昌"}).json()
    assert r["stories"] < r["total"]
    both = [h for h in r["items"] if h["copies"] == 2]
    assert both, "the 金昌日报 stories printed again in 河西晚报 are grouped"
    conn = sqlite3.connect(db)
    for h in both:
        papers = {row[0] for row in conn.execute(
            "SELECT e.newspaper FROM articles a JOIN pages p ON p.id = a.page_id JOIN editions e ON e.id = p.edition_id"
            f" WHERE a.id IN ({','.join(str(i) for i in [h['id'], *h['copy_ids']])})")}
        assert papers == {"金昌日报", "河西晚报"}
    ungrouped = find(schema.connect(db, readonly=True), "金昌", limit=1000, group=False)
    assert ungrouped.total == r["total"] and len(ungrouped.hits) == r["total"]


def test_snippets_are_clean_text_and_highlights_keep_numbers_whole(reader):
    _, db, client = reader
    texts = _texts(db)
    for q in ("金昌", "647", "5", "亿元"):
        r = client.get("/api/search", params={"q": q}).json()
        assert r["items"], q
        for h in r["items"]:
            s = h["snippet"]
            assert not re.search(r"[\x00-\x1f]", s)
            # (the printed text itself, no space the index put between characters: a substring)
            assert s.strip("…") in texts[h["id"]].replace("\n", "") or all(
                part in texts[h["id"]] for part in s.strip("…").split("…"))
            for a, b in h["highlights"]:
                word = s[a:b]
                assert q in word
                # never a number cut: no digit (or decimal point between digits) right outside
                assert not (a > 0 and s[a - 1].isdigit() and word[0].isdigit())
                assert not (b < len(s) and s[b].isdigit() and word[-1].isdigit())
                assert not (b + 1 < len(s) and s[b] == "." and s[b + 1].isdigit())
    for q, whole in (("647", r"647\.1亿元"), ("48", r"48\.5%"), ("亿元", r"\d+(\.\d+)?亿元")):
        r = client.get("/api/search", params={"q": q}).json()["items"]
        marked = [h["snippet"][a:b] for h in r for a, b in h["highlights"]]
        assert marked and all(re.fullmatch(whole, m) for m in marked), (q, marked)


def test_permalinks_survive_a_reingest_of_a_changed_file(tmp_path):
    page = tmp_path / "p1.txt"
    text = (DATA / "jinchang-daily-p1.txt").read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    db = str(tmp_path / "corpus.sqlite")
    ingest(db, [str(page)], jobs=1, date="2024-03-18", newspaper="金昌日报", progress=False)
    conn = sqlite3.connect(db)
    before = {row[0]: row[1] for row in conn.execute("SELECT uid, body FROM articles")}
    conn.close()
    assert len(before) >= 6 and all(re.fullmatch(r"[0-9a-f]{16}", u) for u in before)
    # one article corrected: a figure changed in its text
    changed = next(b for b in before.values() if "647.1亿元" in b)
    page.write_text(text.replace("647.1亿元", "648.3亿元"), encoding="utf-8")
    ingest(db, [str(page)], jobs=1, date="2024-03-18", newspaper="金昌日报", progress=False)
    conn = sqlite3.connect(db)
    after = {row[0]: row[1] for row in conn.execute("SELECT uid, body FROM articles")}
    kept = {u for u, b in before.items() if b != changed}
    assert kept <= set(after)                          # every unchanged article keeps its link
    assert len(set(after) - set(before)) == 1          # the corrected one has a new one
    # the index forgot the old text (it keeps no copy: it was given it again to delete it)
    ro = schema.connect(db, readonly=True)
    assert find(ro, '"647.1亿元"').total == 0 and find(ro, '"648.3亿元"').total == 1
    assert ro.execute("SELECT count(*) FROM article_fts").fetchone()[0] == len(after)
    client = TestClient(create_app(db))
    u = sorted(kept)[0]
    assert client.get(f"/a/{u}").status_code == 200 and client.get(f"/api/articles/{u}").json()["uid"] == u


def test_article_has_citation_places_dates_and_titles_as_lists(reader):
    root, db, client = reader
    hits = [h for h in client.get("/api/search", params={"newspaper": "金昌日报", "limit": 100}).json()["items"]]
    arts = [client.get(f"/api/articles/{h['uid']}").json() for h in hits]
    assert len(arts) >= 6
    for a in arts:
        assert a["citation"].startswith("《金昌日报》2024年3月18日") and a["permalink"] == f"/a/{a['uid']}"
        assert all(isinstance(p["titles"], list) for p in a["people"])
        assert all(p["full"] for p in a["places"]) and all({"text", "from", "to"} <= set(d) for d in a["dates"])
    assert any(p["name"] == "王方太" and "市长" in p["titles"] for a in arts for p in a["people"])
    a = next(a for a in arts if a["places"] and a["dates"])
    assert any(d["from"] and d["from"].startswith("202") for d in a["dates"])       # resolved against 2024-03-18
    page = client.get(f"/a/{a['uid']}").text
    assert a["citation"] in page and 'id="places"' in page and 'id="dates"' in page


def test_person_timeline_oldest_first_undated_last_with_company(reader):
    _, db, client = reader
    people = client.get("/api/people", params={"limit": 5}).json()
    assert people["total"] > 50 and len(people["items"]) == 5 and all(isinstance(p["titles"], list) for p in people["items"])
    p = client.get("/api/people/习近平").json()
    dates = [r["date"] for r in p["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates == dated + [None] * (len(dates) - len(dated))
    assert p["total"] == len(p["items"]) and p["titles"] and all(isinstance(r["titles"], list) for r in p["items"])
    assert p["with_people"] or p["with_organizations"]
    o = client.get("/api/organizations", params={"q": "公司"}).json()
    assert o["items"] and all("公司" in x["name"] for x in o["items"])
    org = client.get(f"/api/organizations/{o['items'][0]['name']}").json()
    assert org["total"] >= 1 and org["items"][0]["uid"]


def test_figures_filter_chart_and_export_what_is_shown(reader):
    _, db, client = reader
    allf = client.get("/api/figures", params={"limit": 500}).json()
    assert allf["total"] > 50 and all(isinstance(r["value"], (int, float)) and r["text"] for r in allf["items"])
    unit = "%"
    only = client.get("/api/figures", params={"unit": unit, "limit": 500}).json()
    assert only["total"] == sum(1 for r in allf["items"] if r["unit"] == unit) and only["total"] > 0
    measure = next(r["measure"] for r in only["items"] if r["measure"])
    page = client.get("/figures", params={"measure": measure, "unit": unit}).text
    assert "<svg" in page and page.count("<circle") >= 1
    csv_text = client.get("/api/figures", params={"unit": unit, "format": "csv"}).text.lstrip("\ufeff")
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert len(rows) == only["total"] and {r["text"] for r in rows} == {r["text"] for r in only["items"]}
    jl = client.get("/api/search", params={"q": "金昌", "format": "jsonl"}).text.splitlines()
    shown = client.get("/api/search", params={"q": "金昌"}).json()
    assert len(jl) == shown["total"] > shown["stories"]        # every copy its own row in an export
    assert all(json.loads(line)["permalink"].startswith("http://testserver/a/") for line in jl)


def test_one_error_shape_and_validation(reader):
    root, db, client = reader
    for url, status in (("/api/search?from=2024-13-01", 400), ("/api/search?to=yesterday", 400),
                        ("/api/search?month=2024-1", 400), ("/api/search?sort=random", 400),
                        ("/api/search?limit=0", 400), ("/api/search?offset=-1", 400), ("/api/search?format=xml", 400),
                        ("/api/people/nobody-at-all", 404), ("/api/articles/0000000000000000", 404),
                        ("/api/articles/not-a-uid", 400), ("/api/editions/金昌日报/2024-02-30", 400),
                        ("/api/newspapers/无此报/editions", 404), ("/api/pages/99999", 404), ("/api/no/such/route", 404)):
        r = client.get(url)
        assert r.status_code == status, (url, r.status_code, r.text[:200])
        body = r.json()
        assert set(body) == {"error", "detail"} and body["detail"], url
    for url in ("/api/search", "/api/people", "/api/organizations", "/api/figures", "/api/newspapers"):
        body = client.get(url).json()
        assert {"total", "limit", "offset", "items"} <= set(body), url
    first, second = (client.get("/api/people", params={"limit": 3, "offset": k}).json()["items"] for k in (0, 3))
    assert not {p["name"] for p in first} & {p["name"] for p in second}


def test_no_server_path_is_shown(reader):
    root, db, client = reader
    hit = client.get("/api/search", params={"q": "金昌"}).json()["items"][0]
    urls = ["/", "/browse", "/search?q=金昌", "/api/search?q=金昌", f"/a/{hit['uid']}", f"/api/articles/{hit['uid']}",
            f"/pages/{hit['page_id']}", f"/api/pages/{hit['page_id']}", "/people/王方太", "/figures", "/api/figures",
            "/api/search?q=金昌&format=csv"]
    for url in urls:
        text = client.get(url).text
        assert str(root) not in text and "/tmp" not in text and "p1.txt" not in text, url


def test_a_store_of_schema_1_gets_the_same_permalinks(tmp_path):
    """A store made before permalinks (schema 1) is upgraded in one transaction a step when
    opened for writing: every article gets the uid, fingerprint and keys an ingest now gives
    it, and the index is made again of CJK pairs."""
    page = tmp_path / "p1.txt"
    shutil.copy(DATA / "jinchang-daily-p1.txt", page)
    db = str(tmp_path / "corpus.sqlite")
    ingest(db, [str(page)], jobs=1, date="2024-03-18", newspaper="金昌日报", progress=False)
    conn = sqlite3.connect(db)
    now = conn.execute("SELECT id, uid, fingerprint FROM articles ORDER BY id").fetchall()
    keys = conn.execute("SELECT * FROM article_keys ORDER BY id").fetchall()
    found = [r[0] for r in conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH '\"金昌\"' ORDER BY rowid")]
    # back to schema 1: migration 2's indexes and columns out
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
        if name not in ("files_sha", "articles_page", "person_mentions_person", "person_mentions_article",
                        "titles_person", "organization_mentions_org", "quantities_article"):
            conn.execute(f"DROP INDEX {name}")
    conn.execute("DROP TABLE article_keys")
    conn.execute("ALTER TABLE articles DROP COLUMN uid")
    conn.execute("ALTER TABLE articles DROP COLUMN fingerprint")
    # an index not of pairs, as schema 1 left it (here the raw text)
    conn.execute("DROP TABLE article_fts")
    conn.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, body, newspaper UNINDEXED, date UNINDEXED,"
                 " kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')")
    conn.execute("INSERT INTO article_fts (rowid, title, body) SELECT id, title, body FROM articles")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(db).execute("SELECT uid FROM articles").fetchall()
    conn = schema.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
    assert [tuple(r) for r in conn.execute("SELECT id, uid, fingerprint FROM articles ORDER BY id")] == now
    assert [tuple(r) for r in conn.execute("SELECT * FROM article_keys ORDER BY id")] == keys
    assert [r[0] for r in conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH '\"金昌\"'"
                                       " ORDER BY rowid")] == found and found


def test_search_on_the_command_line_speaks_the_same_syntax(reader, capsys):
    from baozhi import cli

    root, db, client = reader
    with pytest.raises(SystemExit):
        cli.main(["search", "--help"])
    helptext = capsys.readouterr().out
    assert '"市长 王方太"' in helptext and "-会议" in helptext and " OR " in helptext
    assert cli.main(["search", "金昌 -市长", "--db", db, "--json", "--limit", "100", "--all-copies"]) == 0
    got = json.loads(capsys.readouterr().out)
    api = client.get("/api/search", params={"q": "金昌 -市长"}).json()
    assert got["total"] == api["total"] and all("市长" not in _texts(db)[h["id"]] for h in got["hits"])
    assert cli.main(["search", "", "--db", db, "--sort", "date", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "2024-03-18" in out.splitlines()[1]              # no query: the newest first
    with pytest.raises(SystemExit):
        cli.main(["search", "x", "--db", db, "--month", "2024-13"])
    assert "not a year or month" in capsys.readouterr().err


def test_datelines_and_bylines_are_searched(reader):
    """本报讯 and a reporter's name printed only in the dateline are found (the index holds the
    dateline and the authors with the text)."""
    _, db, client = reader
    conn = sqlite3.connect(db)
    only_there = [i for i, d, b in conn.execute("SELECT id, dateline, body FROM articles")
                  if d and "本报讯" in d and "本报讯" not in (b or "")]
    assert only_there
    found = {h["id"] for h in find(schema.connect(db, readonly=True), "本报讯", limit=1000, group=False).hits}
    assert set(only_there) <= found
    reporter = conn.execute("SELECT authors FROM articles WHERE authors != '[]' LIMIT 1").fetchone()[0]
    name = json.loads(reporter)[0]
    assert client.get("/api/search", params={"q": name}).json()["total"] >= 1


def test_a_query_of_punctuation_alone_finds_nothing(reader):
    _, db, client = reader
    for q in ('"', "-", "OR OR -", "《》", "*"):
        r = client.get("/api/search", params={"q": q}).json()
        assert r["total"] == 0 and r["items"] == [], q
    assert client.get("/api/search", params={"q": ""}).json()["total"] > 0     # (no query: the newest)


def test_copies_are_of_like_length_and_one_article_has_one_link(tmp_path):
    """An article that opens as another does but runs on four times as long (a story fused
    with the next one, or a long version of a brief) is not grouped with it; the same page
    stored from two files is one article: one uid, not its own copy, once on a timeline."""
    from baozhi.corpus import store

    db = str(tmp_path / "corpus.sqlite")
    conn = schema.connect(db)
    short = "国务院副总理胡春华17日在京出席全国春季农业生产工作会议并讲话。他强调，要抓好春季农业生产，确保粮食丰收。"
    art = lambda title, paras, names=(): {
        "kind": "article", "title": title, "paragraphs": paras, "span": {"lines": [1, 2]},
        "people": [{"name": n, "titles": ["副总理"], "mentions": [{"paragraph": 0, "start": 7, "end": 10}]} for n in names]}
    for k, (paper, arts) in enumerate((("人民日报", [art("抓好春耕", [short], ["胡春华"])]),
                                       ("经济日报", [art("抓好春耕生产", [short, "另一则消息。" * 40])]),
                                       ("光明日报", [art("春耕", [short], ["胡春华"])]))):
        doc = {"source": {"format": "text"}, "edition": {"newspaper": paper, "date": "2020-03-18", "page_number": "1"},
               "articles": arts}
        store.write(conn, {"path": f"/p/{k}.txt", "sha256": str(k), "size": 1, "pages": [{"doc": doc, "raw": "x"}]})
    # the 人民日报 page again, from a second file
    doc = {"source": {"format": "text"}, "edition": {"newspaper": "人民日报", "date": "2020-03-18", "page_number": "1"},
           "articles": [art("抓好春耕", [short], ["胡春华"])]}
    store.write(conn, {"path": "/p/again.pdf", "sha256": "again", "size": 1, "pages": [{"doc": doc, "raw": "x"}]})
    conn.commit()
    ro = schema.connect(db, readonly=True)
    r = find(ro, "春季农业", limit=10)
    assert r.total == 4 and r.stories == 2
    grouped = next(h for h in r.hits if h["copies"] > 1)
    assert grouped["newspaper"] in ("人民日报", "光明日报") and grouped["copies"] == 3
    client = TestClient(create_app(db))
    a = client.get(f"/api/articles/{grouped['uid']}").json()
    assert a["uid"] not in [c["uid"] for c in a["copies"]] and {c["newspaper"] for c in a["copies"]} <= {"光明日报", "人民日报"}
    assert "经济日报" not in {c["newspaper"] for c in a["copies"]}
    timeline = client.get("/api/people/胡春华").json()
    assert len(timeline["items"]) == len({x["uid"] for x in timeline["items"]}) == timeline["total"] == 2


def test_not_found_says_what_and_places_match_as_printed(reader):
    _, db, client = reader
    assert "no person" in client.get("/api/people/无此人").json()["detail"]
    assert "no organisation" in client.get("/api/organizations/无此机构").json()["detail"]
    conn = sqlite3.connect(db)
    name, full = conn.execute("SELECT lm.name, pl.full FROM place_mentions lm JOIN places pl ON pl.id = lm.place_id"
                              " WHERE lm.name != pl.full LIMIT 1").fetchone()
    by_full = client.get("/api/search", params={"place": full}).json()["total"]
    assert client.get("/api/search", params={"place": name}).json()["total"] >= 1 and by_full >= 1


def test_a_chart_draws_one_measure_whole(tmp_path):
    """贷款 meets two measures (流动资金贷款, 项目贷款): no chart mixes them; the reader offers
    each, and a measure picked whole is charted alone, each figure once."""
    from baozhi.corpus import store

    db = str(tmp_path / "corpus.sqlite")
    conn = schema.connect(db)
    for k, (date, measure, value) in enumerate((("2020-01-10", "流动资金贷款", 3e8), ("2020-02-10", "流动资金贷款", 4e8),
                                                ("2020-03-10", "项目贷款", 9e9))):
        text = f"{measure}{value / 1e8:g}亿元。"
        doc = {"source": {"format": "text"}, "edition": {"newspaper": "金昌日报", "date": date},
               "articles": [{"kind": "article", "title": f"金融{k}", "paragraphs": [text], "span": {"lines": [1, 1]},
                             "quantities": [{"text": text[len(measure):-1], "value": value, "unit": "元",
                                             "measure": measure, "paragraph": 0, "start": len(measure),
                                             "end": len(text) - 1}]}]}
        store.write(conn, {"path": f"/p/{k}.txt", "sha256": str(k), "size": 1, "pages": [{"doc": doc, "raw": text}]})
    conn.commit()
    client = TestClient(create_app(db))
    mixed = client.get("/figures", params={"measure": "贷款", "unit": "元"}).text
    assert "<svg" not in mixed and 'id="measures"' in mixed and "项目贷款" in mixed
    alone = client.get("/figures", params={"measure": "流动资金贷款", "unit": "元", "exact": 1}).text
    assert alone.count("<circle") == 2 and "9e9" not in alone
    api = client.get("/api/figures", params={"measure": "贷款"}).json()
    assert api["total"] == 3 and {m["measure"] for m in api["measures"]} == {"流动资金贷款", "项目贷款"}
    assert all(isinstance(r["value"], int) for r in api["items"])        # 300000000, not 300000000.0
