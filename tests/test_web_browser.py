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
    """A store of real pages: the 金昌日报 page, the real e-paper PDF, pages laid out from the
    bundled real People's Daily articles, and the 金昌日报 page printed again in a second paper."""
    sys.path.insert(0, str(Path(__file__).parent))
    import realistic

    root = tmp_path_factory.mktemp("web")
    for sub in ("jc", "sm", "hx"):
        (root / sub).mkdir()
    shutil.copy(DATA / "jinchang-daily-p1.txt", root / "jc" / "jinchang-daily-p1.txt")
    shutil.copy(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf", root / "sm" / "p2.pdf")
    (root / "hx" / "p1.txt").write_text("河西晚报\n" + (DATA / "jinchang-daily-p1.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    realistic.generate(6, str(root / "rm"), seed=3, corpus=str(DATA / "real_articles.jsonl"))
    # the real e-paper page three times as large (2,041 x 3,316 points): its image is drawn
    # smaller than its points
    import pypdfium2 as pdfium

    (root / "big").mkdir()
    src, big = pdfium.PdfDocument(str(DATA / "pages" / "xinsanmen-2011-05-24-p2.pdf")), pdfium.PdfDocument.new()
    w, h = src[0].get_size()
    form = src.page_as_xobject(0, big).as_pageobject()
    form.transform(pdfium.PdfMatrix().scale(3, 3))
    sheet = big.new_page(3 * w, 3 * h)
    sheet.insert_obj(form)
    sheet.gen_content()
    big.save(str(root / "big" / "p2-large.pdf"))
    db = root / "corpus.sqlite"
    for sub, paper, date in (("jc", "金昌日报", "2024-03-18"), ("sm", "新三门", None), ("rm", "人民日报", None),
                             ("hx", "河西晚报", "2024-03-18"), ("big", "大版面", None)):
        files = sorted(str(p) for p in (root / sub).iterdir() if p.suffix in (".txt", ".pdf"))
        ingest(str(db), files, jobs=1, date=date, newspaper=paper, progress=False)
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


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium, headless, driven by Playwright (its own download is not used)."""
    assert os.path.exists(CHROMIUM), "Debian's chromium is needed (make test installs it)"
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A desktop-sized tab."""
    tab = chromium.new_page(viewport={"width": 1280, "height": 900})
    yield tab
    tab.close()


def test_search_article_person_in_chromium(server, page):
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


def test_browse_to_a_page_and_click_an_article_box(server, page):
    """Newspapers -> calendar -> edition -> page: the PDF page's facsimile with every
    article's box over it; a click on a box opens that article."""
    page.goto(server + "/")
    page.click("header a[href='/browse']")
    page.click("#papers a >> text=新三门")
    page.click("#calendar td.on a")                   # 24 May 2011, the one edition
    page.wait_for_selector("#pages")
    page.click("#pages a >> nth=0")
    page.wait_for_selector("#facsimile a.box")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.getElementById('pageimage').naturalWidth") > 0
    boxes = page.locator("#facsimile a.box")
    assert boxes.count() >= 10
    first = boxes.nth(3).bounding_box()
    assert first and first["width"] > 20 and first["height"] > 10      # placed over the image
    page.screenshot(path=str(ARTIFACTS / "page-facsimile.png"), full_page=True)
    title = boxes.nth(3).get_attribute("title")
    page.click("#zoom-in")
    boxes.nth(3).click()
    page.wait_for_selector("#article h1")
    assert page.inner_text("#article h1").strip() == title.strip() or title.startswith("（无题）")
    assert "2011年5月24日" in page.inner_text("#citation")
    page.screenshot(path=str(ARTIFACTS / "article-from-page.png"), full_page=True)


def test_boxes_stay_on_a_page_drawn_smaller_than_its_points(server, page):
    """A page of 2,041 x 3,316 points is drawn at most 2,400 pixels high: its articles' boxes
    are placed by its size in points, each where its points fall on the image (placed by the
    image's pixels, they stood a third too far right and down)."""
    page.goto(server + "/browse/大版面")
    page.click("#calendar td.on a")
    page.click("#pages a >> nth=0")
    page.wait_for_selector("#facsimile a.box")
    page.wait_for_load_state("networkidle")
    image = page.locator("#pageimage").bounding_box()
    assert image["height"] > 0
    width_pt, height_pt = 3 * 680.28, 3 * 1105.44            # the page, in points
    scale = image["width"] / width_pt
    boxes = page.locator("#facsimile a.box")
    assert boxes.count() >= 10
    for k in range(boxes.count()):
        b = boxes.nth(k).bounding_box()
        x0, y0, x1, y1 = map(float, boxes.nth(k).get_attribute("data-bbox").split(","))
        assert abs(b["x"] - (image["x"] + x0 * scale)) <= 3, k
        assert abs(b["y"] - (image["y"] + (height_pt - y1) * scale)) <= 3, k
        assert abs(b["width"] - 4 - (x1 - x0) * scale) <= 2, k     # (its 2-pixel border on each side)


def test_search_with_a_phrase_an_exclusion_and_a_facet(server, page):
    page.goto(server + "/search")
    assert int(page.inner_text("#total").split()[0]) > 40          # no query: the newest articles
    page.fill("form.filters input[name=q]", '"市委 书记" -疫情')
    page.press("form.filters input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    total = int(page.inner_text("#total").split()[0])
    assert total > 0 and "疫情" not in page.inner_text("#hits")
    link = page.locator("#facets a[href*='newspaper=']").first
    expected = int(link.locator("xpath=following-sibling::span").inner_text())
    link.click()
    page.wait_for_selector(".chips a")
    assert int(page.inner_text("#total").split()[0]) == expected
    page.screenshot(path=str(ARTIFACTS / "search-facets.png"), full_page=True)
    with page.expect_download() as dl:
        page.click("#export-csv")
    rows = open(dl.value.path(), encoding="utf-8-sig").read().splitlines()
    assert rows[0].startswith("uid,title,newspaper,date") and len(rows) == expected + 1


def test_a_persons_timeline_and_a_chart_of_a_figure(server, page):
    page.goto(server + "/people?q=习近平")
    page.click("#people a >> text=习近平")
    page.wait_for_selector("#timeline")
    dates = [d for d in page.locator("#timeline tr td:first-child").all_inner_texts() if d[:1].isdigit()]
    assert len(dates) >= 2 and dates == sorted(dates)
    page.screenshot(path=str(ARTIFACTS / "person-timeline.png"), full_page=True)
    page.goto(server + "/figures")
    page.fill("input[name=unit]", "%")
    page.click("form.filters button")
    measure = page.locator("#figures tr td:nth-child(2)").all_inner_texts()
    measure = next(m for m in measure if m.strip())
    page.fill("input[name=measure]", measure)
    page.click("form.filters button")
    page.wait_for_selector("#chart svg circle")
    assert page.locator("#chart svg circle").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "figures-chart.png"), full_page=True)


def test_phone_width_has_no_sideways_scroll(server, chromium):
    """At 390 CSS pixels (a phone), the search, an article, its page, the newspapers and the
    figures fit their width: no sideways scroll."""
    page = chromium.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    try:
        page.goto(server + "/search?q=新三门 OR 金昌")
        page.wait_for_selector(".hit")
        article = page.locator(".hit a.title").first.get_attribute("href")
        for name, url in (("phone-search.png", None), ("phone-article.png", article), ("phone-page.png", "page"),
                          ("phone-browse.png", "/browse"), ("phone-figures.png", "/figures")):
            if url == "page":
                url = page.locator("#article .meta a[href^='/pages/']").first.get_attribute("href")
            if url:
                page.goto(server + url)
                page.wait_for_load_state("load")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, (name, width)
            page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    finally:
        page.close()
