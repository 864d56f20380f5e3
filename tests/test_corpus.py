"""The corpus: ingest (idempotent, resumable, errors recorded), CJK search, the web reader's
safety, and the same ingest on a Dask cluster."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("jieba")
fastapi = pytest.importorskip("fastapi")

import simulate  # noqa: E402
from baozhi.corpus import schema  # noqa: E402
from baozhi.corpus.ingest import ingest  # noqa: E402
from baozhi.corpus.search import Filters, search  # noqa: E402

DATA = Path(__file__).parent / "data"
SCRIPT = '<script>alert("x")</script>'


def _archive(folder: Path, n: int = 12, seed: int = 4) -> list[Path]:
    paths = [Path(p) for p in simulate.write_pages(str(folder), n, seed)]
    shutil.copy(DATA / "jinchang-daily-p1.txt", folder / "jinchang-daily-p1.txt")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "tricky.txt").write_text(
        "市民反映“引号”问题\n\n　　本报讯（记者张三）" + SCRIPT + "与'单引号'和\"双引号\"一起出现在这段正文里，"
        "市委书记王钧到金昌现场调研。\n", encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    _archive(root / "archive")
    db = root / "corpus.sqlite"
    r = ingest(str(db), sorted(str(p) for p in (root / "archive").iterdir()), jobs=2, progress=False)
    return root, db, r


def test_ingest_counts_and_records_errors(store):
    root, db, r = store
    assert r["ingested"] == 14 and r["failed"] == 1 and r["skipped"] == 0
    conn = sqlite3.connect(db)
    failed = conn.execute("SELECT path, error FROM files WHERE status = 'failed'").fetchall()
    assert len(failed) == 1 and failed[0][0].endswith("broken.txt") and "broken.txt" in failed[0][1]
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 14
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)


def test_ingest_again_skips_and_a_changed_file_is_parsed_anew(store, tmp_path):
    root, db, _ = store
    copy = tmp_path / "db.sqlite"
    shutil.copy(db, copy)
    files = sorted(str(p) for p in (root / "archive").iterdir())
    again = ingest(str(copy), files, jobs=1, progress=False)
    assert again["ingested"] == 0 and again["skipped"] == 15
    changed = root / "archive" / "tricky.txt"
    old = changed.read_text(encoding="utf-8")
    try:
        changed.write_text(old.replace("张三", "李四"), encoding="utf-8")
        third = ingest(str(copy), files, jobs=1, progress=False)
    finally:
        changed.write_text(old, encoding="utf-8")
    assert third["ingested"] == 1 and third["skipped"] == 14
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == 15      # replaced, not added
    assert conn.execute("SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id JOIN files f ON"
                        " f.id = p.file_id WHERE f.path LIKE '%tricky.txt'").fetchone()[0] == 1


def test_search_finds_one_and_two_characters_and_filters(store):
    _, db, _ = store
    conn = schema.connect(str(db), readonly=True)
    two, n2 = search(conn, "金昌")
    one, n1 = search(conn, "昌")
    assert n2 > 0 and n1 >= n2
    assert all("金昌" in (h["title"] or "") + h["snippet"] for h in two)
    assert all(h["snippet"][s:e] == "金昌" for h in two for s, e in h["highlights"])
    assert search(conn, "市长")[1] > 0
    by_person, n = search(conn, "金昌", Filters(person="王钧"))
    assert 0 < n < n2
    assert search(conn, "金昌", Filters(kind="photo"))[1] < n2
    assert search(conn, "金昌", Filters(date_from="2999-01-01"))[1] == 0
    for odd in ("x" * 10_000, "\u200b\U0001F600" * 500, '" OR 1=1 --', "NEAR(金 昌)", "*", ""):
        hits, _ = search(conn, odd)       # a clean answer, never an error
        assert isinstance(hits, list)


def test_store_opened_read_only_cannot_be_written(store):
    _, db, _ = store
    conn = schema.connect(str(db), readonly=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM files")


def test_web_reader_escapes_text_and_answers_odd_queries(store):
    from fastapi.testclient import TestClient
    from baozhi.web.app import create_app

    _, db, _ = store
    client = TestClient(create_app(str(db)))
    conn = sqlite3.connect(db)
    aid = conn.execute("SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id JOIN files f ON f.id = p.file_id"
                       " WHERE f.path LIKE '%tricky.txt'").fetchone()[0]
    page = client.get(f"/article/{aid}").text
    assert SCRIPT not in page and "&lt;script&gt;" in page
    results = client.get("/search", params={"q": "alert"}).text
    assert SCRIPT not in results and "<script>alert" not in results
    assert client.get("/search", params={"q": "x" * 10_000}).status_code == 200
    assert client.get("/search", params={"q": "\U0001F600\u200b\u0000" * 100}).status_code == 200
    assert client.get("/api/search", params={"q": "金昌"}).json()["total"] > 0
    assert client.get("/article/999999").status_code == 404
    assert client.get("/api/people").json() and client.get("/api/organizations").json()
    csv_text = client.get("/figures.csv").text
    assert csv_text.lstrip("\ufeff").startswith("date,newspaper,measure,text,value") and csv_text.count("\n") > 5


def test_server_binds_this_machine_only_by_default():
    from baozhi.cli import build_parser
    args = build_parser().parse_args(["serve", "--db", "x.sqlite"])
    assert args.host == "127.0.0.1"


def test_killed_ingest_resumes_every_page_once(tmp_path):
    """2,000 pages; the ingest is killed (SIGKILL) part-way, then run again."""
    folder = tmp_path / "big"
    simulate.write_pages(str(folder), 2000, 21)
    db = tmp_path / "big.sqlite"
    cmd = [sys.executable, "-m", "baozhi.cli", "ingest", str(folder), "--db", str(db), "-j", "2", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            time.sleep(0.5)
            if db.exists():
                try:
                    n = sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM files").fetchone()[0]
                except sqlite3.OperationalError:
                    continue
                if n >= 300:
                    break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    # ...and its pool's workers end with it (they waited for ever, a quarter of a gigabyte each)
    def left() -> list[int]:
        pids = []
        for d in os.listdir("/proc"):
            try:
                with open(f"/proc/{d}/cmdline", "rb") as f:
                    if str(db).encode() in f.read():
                        pids.append(int(d))
            except (OSError, ValueError):
                continue
        return pids
    if os.path.isdir("/proc"):
        deadline = time.time() + 15
        while left() and time.time() < deadline:
            time.sleep(0.5)
        assert not left(), left()
    done_before = sqlite3.connect(db).execute("SELECT count(*) FROM files").fetchone()[0]
    assert 0 < done_before < 2000
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT path) FROM files").fetchone() == (2000, 2000)
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 2000
    assert conn.execute("SELECT count(*) FROM files WHERE status != 'done'").fetchone()[0] == 0
    # every page's articles once: as many rows as a fresh parse gives, and the index agrees
    n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert n_articles == conn.execute("SELECT count(*) FROM article_fts").fetchone()[0]
    sample = sorted(folder.iterdir())[:50]
    import baozhi
    expected = sum(len(baozhi.parse(p).articles) for p in sample)
    got = conn.execute("SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id JOIN files f ON f.id = p.file_id"
                       f" WHERE f.path IN ({','.join('?' * len(sample))})", [str(p) for p in sample]).fetchone()[0]
    assert got == expected


def test_dask_engine_on_a_local_cluster_of_two_workers(tmp_path):
    pytest.importorskip("distributed")
    folder = tmp_path / "a"
    _archive(folder, n=6, seed=9)
    files = sorted(str(p) for p in folder.iterdir())
    r1 = ingest(str(tmp_path / "dask.sqlite"), files, jobs=2, engine="dask", progress=False)
    r2 = ingest(str(tmp_path / "pool.sqlite"), files, jobs=2, progress=False)
    assert (r1["ingested"], r1["failed"]) == (r2["ingested"], r2["failed"]) == (8, 1)
    count = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM people), (SELECT count(*) FROM quantities)"
    assert sqlite3.connect(tmp_path / "dask.sqlite").execute(count).fetchone() == \
        sqlite3.connect(tmp_path / "pool.sqlite").execute(count).fetchone()
    assert not any(p.name.startswith("shard-") or p.name.endswith(".shards") for p in tmp_path.rglob("*"))


def test_pdf_pages_in_the_store_and_their_image(tmp_path):
    pytest.importorskip("reportlab")
    import typeset
    from fastapi.testclient import TestClient
    from baozhi.web.app import create_app

    stems = typeset.generate(1, str(tmp_path / "pdf"), seed=2, editions=2)
    db = tmp_path / "pdf.sqlite"
    r = ingest(str(db), [str(tmp_path / "pdf" / f"{stems[0]}.pdf")], jobs=1, progress=False)
    assert r["ingested"] == 1 and r["pages"] == 2
    conn = sqlite3.connect(db)
    aid, page_id, bbox = conn.execute("SELECT a.id, a.page_id, a.bbox FROM articles a WHERE a.bbox IS NOT NULL"
                                      " ORDER BY a.id LIMIT 1").fetchone()
    assert len(json.loads(bbox)) == 4
    client = TestClient(create_app(str(db)))
    img = client.get(f"/page/{page_id}.png")
    assert img.status_code == 200 and img.headers["content-type"] == "image/png" and img.content[:4] == b"\x89PNG"
    html = client.get(f"/article/{aid}").text
    assert f"/page/{page_id}.png" in html and 'class="box"' in html and "hit-line" in html
    gold = json.loads((tmp_path / "pdf" / f"{stems[0]}.gold.json").read_text(encoding="utf-8"))
    title = gold["jumps"][0]["title"]
    stored = conn.execute("SELECT body FROM articles WHERE title = ?", (title,)).fetchall()
    whole = next(a for a in gold["articles"] if a["title"] == title)
    assert len(stored) == 1 and stored[0][0].replace("\n", "") == "".join(whole["paragraphs"])   # stitched, once


def test_a_file_that_is_no_store_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_text("not a database")
    for cmd in (["search", "金昌", "--db", str(bad)], ["ingest", str(DATA / "jinchang-daily-p1.txt"), "--db", str(bad)]):
        r = subprocess.run([sys.executable, "-m", "baozhi.cli", *cmd], capture_output=True, text=True)
        assert r.returncode == 2 and "not a baozhi store" in r.stderr and "Traceback" not in r.stderr
