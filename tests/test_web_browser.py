"""The web reader in a real headless Chromium (Debian's, driven by Playwright): search 金昌,
open an article and see its source lines highlighted, open a person. Screenshots are written
to tests/artifacts/."""
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

from baozhi.corpus.ingest import ingest  # noqa: E402

DATA = Path(__file__).parent / "data"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    pages = root / "pages"
    pages.mkdir()
    shutil.copy(DATA / "jinchang-daily-p1.txt", pages / "jinchang-daily-p1.txt")
    db = root / "corpus.sqlite"
    ingest(str(db), [str(pages / "jinchang-daily-p1.txt")], jobs=1, date="2024-03-18", progress=False)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "baozhi.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("the server did not start: " + proc.stdout.read().decode(errors="replace"))
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_search_article_person_in_chromium(server):
    assert os.path.exists(CHROMIUM), "Debian's chromium is needed (make test installs it)"
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server + "/")
            page.fill("main input[name=q]", "金昌")
            page.press("main input[name=q]", "Enter")
            page.wait_for_selector(".hit")
            assert "articles" in page.inner_text("#total") and int(page.inner_text("#total").split()[0]) > 0
            assert page.locator(".hit mark").count() > 0            # the hits highlighted in the snippets
            page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
            page.click(".hit a.title >> nth=0")
            page.wait_for_selector("#article h1")
            lines = page.locator(".source .hit-line")
            assert lines.count() >= 3                               # the article's source lines marked
            assert lines.nth(0).is_visible()
            page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
            page.goto(server + "/people")
            page.click("#people a >> text=王方太")
            page.wait_for_selector("#person")
            assert page.inner_text("#person") == "王方太"
            assert "市长" in page.inner_text("main")
            page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)
        finally:
            browser.close()
