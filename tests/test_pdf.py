"""PDFs through their text layer: reading order across columns, and clear errors."""
import json
import subprocess
import sys

import pytest

import baozhi
from baozhi.errors import InputError

pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")

import typeset  # noqa: E402

FLOORS = {"seg_f1": 0.95, "title": 0.93, "para_f1": 0.98, "kind": 0.97}


@pytest.fixture(scope="module")
def pdf_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    stems = typeset.generate(12, str(out), seed=1)
    return out, stems


def test_typeset_pages_read_in_column_order(pdf_pages, reference):
    out, stems = pdf_pages
    rows = []
    for stem in stems:
        gold = json.loads((out / f"{stem}.gold.json").read_text(encoding="utf-8"))
        page = baozhi.parse(out / f"{stem}.pdf")
        d = page.to_dict()
        assert d["source"]["format"] == "pdf"
        assert all("bbox" in a["span"] and a["span"]["page"] == 1 for a in d["articles"])
        rows.append(reference.score_page(gold, d))
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in FLOORS}
    assert all(mean[k] >= v for k, v in FLOORS.items()), mean


def test_pdf_lines_carry_boxes_sizes_and_pictures(pdf_pages):
    out, stems = pdf_pages
    pages = [baozhi.parse(out / f"{stem}.pdf") for stem in stems]
    sizes = {ln.size for ln in pages[0].lines}
    assert 10.0 in sizes and max(sizes) >= 13.0          # body type and headline type
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
