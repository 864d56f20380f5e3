"""PDFs through their text layer: reading order across columns, and clear errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import baozhi
from baozhi.errors import InputError

pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")

import typeset  # noqa: E402

# Issue 3's bar for typeset pages, on the reference scorer.
FLOORS = {"seg_f1": 0.97, "title": 0.97, "para_f1": 0.95}
CER_CEILING = 0.002


@pytest.fixture(scope="module")
def pdf_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    stems = typeset.generate(16, str(out), seed=1)
    return out, stems


def _scores(reference, out, stems, key="articles"):
    rows = []
    for stem in stems:
        gold = json.loads((out / f"{stem}.gold.json").read_text(encoding="utf-8"))
        rows.append(reference.score_page(gold, baozhi.parse(out / f"{stem}.pdf").to_dict()))
    return {k: sum(r[k] for r in rows) / len(rows) for k in (*FLOORS, "cer")}


def _meets_floors(mean):
    assert all(mean[k] >= v for k, v in FLOORS.items()) and mean["cer"] <= CER_CEILING, mean


def test_typeset_pages_meet_the_floors(pdf_pages, reference):
    out, stems = pdf_pages
    fonts = {json.loads((out / f"{s}.gold.json").read_text(encoding="utf-8"))["font"] for s in stems}
    assert fonts == {typeset.CID_FONT, typeset.TTF_FONT}       # both kinds of font are in the set
    for stem in stems[:3]:
        d = baozhi.parse(out / f"{stem}.pdf").to_dict()
        assert d["source"]["format"] == "pdf"
        assert all("bbox" in a["span"] and a["span"]["page"] == 1 for a in d["articles"])
    _meets_floors(_scores(reference, out, stems))


def test_pages_in_an_embedded_truetype_font(tmp_path, reference):
    stems = typeset.generate(6, str(tmp_path), seed=8, ttf=True)
    for stem in stems:
        assert b"/FontFile2" in (tmp_path / f"{stem}.pdf").read_bytes()   # the font travels in the file
    _meets_floors(_scores(reference, tmp_path, stems))


def test_every_layout_is_read(pdf_pages, reference):
    """Headlines over, beside (in a column of their own) and down the side of their article,
    bodies wrapped around a picture, photos: each kind of module is read right."""
    out, stems = pdf_pages
    right: dict[str, list[bool]] = {}
    for stem in stems:
        gold = json.loads((out / f"{stem}.gold.json").read_text(encoding="utf-8"))["articles"]
        pred = baozhi.parse(out / f"{stem}.pdf").to_dict()["articles"]
        pairs = reference.match(gold, pred)
        for i, g in enumerate(gold):
            ok = i in pairs and min(pairs[i][1:]) >= 0.95 and \
                reference.headline_set(g) == reference.headline_set(pred[pairs[i][0]])
            right.setdefault(g["layout"], []).append(ok)
    assert set(right) == {"over", "beside", "vertical", "wrapped", "photo", "photo in article"}, set(right)
    for layout, oks in right.items():
        assert sum(oks) >= 0.9 * len(oks), (layout, sum(oks), len(oks))


def test_editions_stitch_jumped_articles(tmp_path, reference):
    stems = typeset.generate(4, str(tmp_path), seed=3, editions=3)
    for stem in stems:
        gold = json.loads((tmp_path / f"{stem}.gold.json").read_text(encoding="utf-8"))
        issue = baozhi.parse(tmp_path / f"{stem}.pdf")
        d = issue.to_dict()
        assert d["schema"] == "baozhi.edition/1" and len(d["pages"]) == 3
        assert [p["edition"] for p in d["pages"]] == gold["editions"]
        for jump in gold["jumps"]:
            fold = reference.norm
            whole = [a for a in d["articles"] if fold(a["title"]) == fold(jump["title"])]
            assert len(whole) == 1, jump
            g = next(a for a in gold["articles"] if a["title"] == jump["title"])
            assert reference.body(whole[0]) == reference.body(g)
            assert [len(fold(p)) for p in whole[0]["paragraphs"]] == [len(fold(p)) for p in g["paragraphs"]]
            first = [a for a in d["pages"][0]["articles"] if fold(a["title"]) == fold(jump["title"])]
            rest = [a for a in d["pages"][jump["to_page"] - 1]["articles"] if fold(a["title"]) == fold(jump["title"])]
            assert first[0]["continued_to"] == str(jump["to_page"]) and rest[0]["continued_from"] == "1"
        _meets_floors({k: v for k, v in reference.score_page(gold, d).items() if k in (*FLOORS, "cer")})


def test_pdf_lines_carry_boxes_sizes_and_pictures(pdf_pages):
    out, stems = pdf_pages
    pages = [baozhi.parse(out / f"{stem}.pdf") for stem in stems]
    sizes = [ln.size for ln in pages[0].lines]
    body = max(set(sizes), key=sizes.count)
    assert max(sizes) >= 1.3 * body                       # body type and headline type
    assert all(ln.bbox and ln.page == 1 for ln in pages[0].lines)
    captions = {(k, ln.index) for k, p in enumerate(pages) for ln in p.lines if ln.under_picture}
    photos = {(k, min(a.lines)) for k, p in enumerate(pages) for a in p.articles if a.kind == "photo"}
    assert photos and photos <= captions        # every photo found opens right under its picture


def _canvas(path, **kw):
    from reportlab.pdfgen import canvas
    return canvas.Canvas(str(path), **kw)


def test_scan_without_text_layer_says_ocr_is_needed(tmp_path):
    p = tmp_path / "scan.pdf"
    c = _canvas(p)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer.*OCR"):
        baozhi.parse(p)


def test_encrypted_and_damaged_pdfs_fail_in_one_line(tmp_path):
    enc = tmp_path / "locked.pdf"
    c = _canvas(enc, encrypt="secret")
    c.drawString(100, 700, "hello")
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="encrypted"):
        baozhi.parse(enc)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n%garbage that is no PDF\n")
    with pytest.raises(InputError, match="damaged") as e:
        baozhi.parse(bad)
    assert "\n" not in str(e.value)


def test_cli_parses_a_folder_of_pdfs(pdf_pages, tmp_path):
    out, stems = pdf_pages
    r = subprocess.run([sys.executable, "-m", "baozhi.cli", "parse", str(out), "-o", str(tmp_path / "o")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert sorted(p.stem for p in (tmp_path / "o").iterdir()) == sorted(stems)


def test_main_title_is_the_largest_type(pdf_pages):
    from baozhi.evaluate import fold, pair_articles
    out, stems = pdf_pages
    agree = total = 0
    for stem in stems:
        gold = json.loads((out / f"{stem}.gold.json").read_text(encoding="utf-8"))["articles"]
        pred = baozhi.parse(out / f"{stem}.pdf").to_dict()["articles"]
        for gi, (pi, _, _) in pair_articles(gold, pred).items():
            g, p = gold[gi], pred[pi]
            if g["title"] and g["subtitles"] and {fold(g["title"]), *map(fold, g["subtitles"])} == \
                    {fold(p["title"]), *map(fold, p["subtitles"])}:
                total += 1
                agree += fold(g["title"]) == fold(p["title"])
    assert total >= 3 and agree == total


def test_two_articles_side_by_side_under_the_page_header():
    """The page header (date, page, masthead in 9-point type over a 7-point body) over two
    articles whose kickers and titles stand side by side, a rule between them: each article's headline is read
    with its own columns, not both headlines first and then both bodies run together (a
    header row read as headlines carried the headline row away from the bodies)."""
    from baozhi.readers.printed_lines import Char, Run
    from baozhi.readers.reading_order import Sheet, order

    def run(text, x0, y0, size):
        chars = [Char(ch, x0 + k * size, y0, x0 + (k + 1) * size, y0 + size, size) for k, ch in enumerate(text)]
        return Run(chars, x0, y0, chars[-1].x1, y0 + size, size=size)

    def column(x0, top, n, tag):     # lines of 15 characters, 105 points wide
        return [run(f"{tag}正文第{k:02d}行的内容就写在这里", x0, top - k * 10.5, 7.0) for k in range(n)]

    runs = [run("2020年5月13日 星期一", 36, 1512, 9.0), run("第11版", 456, 1512, 9.0), run("视点", 506, 1512, 9.0),
            run("人民日报", 916, 1512, 9.0),
            run("人社部印发意见——", 36, 1482, 12.0), run("三十余项政策措施定向援助湖北", 36, 1454, 18.0),
            run("识别、蹲守、跟踪、抓捕，成都有群便衣警察——", 498, 1482, 12.0),
            run("“让群众安心，是我们最大的责任”（新时代·面孔）", 498, 1454, 18.0)]
    a = [r for x in (36, 152, 267, 382) for r in column(x, 1440, 30, "甲")]
    b = [r for x in (498, 614, 729, 845) for r in column(x, 1440, 30, "乙")]
    # a rule under the header, and one between the two articles up through their headlines
    sheet = Sheet(body=7.0, rules=[(493.0, 1056.0, 1501.0)], hrules=[(1509.0, 35.0, 957.0)])
    got = [r.text for r in order(runs + a + b, sheet)]
    body = [t for t in got if "正文" in t]
    assert body == [r.text for r in a + b]
    assert got.index("人社部印发意见——") < got.index("三十余项政策措施定向援助湖北") < got.index(a[0].text) \
        < got.index(a[-1].text) < got.index("识别、蹲守、跟踪、抓捕，成都有群便衣警察——") \
        < got.index("“让群众安心，是我们最大的责任”（新时代·面孔）") < got.index(b[0].text)


def test_a_band_of_headlines_across_and_down_hands_nothing_down():
    """A band holding only headline lines, one set across and one set down its column (a title
    printed top to bottom beside its story), has no text whose foot a headline could stand
    at: nothing moves to the band below, and nothing fails (a page of such a band stopped the
    parse with 'min() arg is an empty sequence')."""
    from baozhi.readers.printed_lines import Char, Run
    from baozhi.readers.reading_order import Sheet, _hand_down

    def run(text, x0, y0, size, down=False):
        if down:
            chars = [Char(ch, x0, y0 - k * size, x0 + size, y0 - (k - 1) * size, size) for k, ch in enumerate(text)]
            return Run(chars, x0, chars[-1].y0, x0 + size, y0 + size, vertical=True, size=size)
        chars = [Char(ch, x0 + k * size, y0, x0 + (k + 1) * size, y0 + size, size) for k, ch in enumerate(text)]
        return Run(chars, x0, y0, chars[-1].x1, y0 + size, size=size)

    band = [run("王毅会见奥地利总理库尔茨", 36, 1400, 18.0), run("古老乡村的小康图景", 500, 1400, 18.0, down=True)]
    below = [run("新华社北京电国务委员兼外长王毅会见", 36, 1200, 9.0)]
    before = [r.text for r in band], [r.text for r in below]
    _hand_down(band, below, Sheet(body=9.0, rules=[], hrules=[]))
    assert ([r.text for r in band], [r.text for r in below]) == before


def test_reading_order_work_stays_linear_on_pages_side_by_side():
    """Reading order looks at each line a bounded number of times however wide the page: the
    real e-paper page's lines tiled 4, 16 and 64 pages side by side are looked at (summed over
    the XY-cut's recursion) at most twice as often a line as on the page alone. Counted, not
    timed. (Cutting a band's gutters one a level up to 40 gutters made 16 pages side by side
    cost 2.4 times as much a line; issue 12.)"""
    from baozhi.readers import pdf as reader
    from baozhi.readers import reading_order as ro
    from baozhi.readers.printed_lines import Char, Run, printed_lines
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(Path(__file__).parent / "data" / "pages" / "xinsanmen-2011-05-24-p2.pdf"))
    chars, _ = reader._chars(doc[0].get_textpage())
    doc.close()
    runs = printed_lines(chars)
    body = sorted(r.size for r in runs)[len(runs) // 2]
    width = max(r.x1 for r in runs) + 20

    def looked_at(k, monkeypatch):
        tiled = [Run([Char(c.ch, c.x0 + j * width, c.y0, c.x1 + j * width, c.y1, c.size) for c in r.chars],
                     r.x0 + j * width, r.y0, r.x1 + j * width, r.y1, r.vertical, r.size)
                 for j in range(k) for r in runs]
        seen = [0]
        inner = ro.order

        def counted(rs, page):
            seen[0] += len(rs)
            return inner(rs, page)
        monkeypatch.setattr(ro, "order", counted)
        got = ro.order(list(tiled), ro.Sheet(body, [], []))
        monkeypatch.undo()
        assert len(got) == len(tiled)
        return seen[0] / len(tiled)

    with pytest.MonkeyPatch.context() as mp:
        one = looked_at(1, mp)
        for k in (4, 16, 64):
            assert looked_at(k, mp) <= 2 * one, k
