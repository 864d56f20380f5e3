"""Bad and odd inputs: each gets a result or one clear line naming the file; batches go on."""
import json
import os
import subprocess
import sys

import pytest

import baozhi
from baozhi.errors import InputError
from baozhi.readers.text import decode

BAOZHI = [sys.executable, "-m", "baozhi.cli"]


def run(*args, cwd=None):
    return subprocess.run(BAOZHI + list(args), capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def sample_text(sample_path):
    with open(sample_path, encoding="utf-8") as f:
        return f.read()


@pytest.mark.parametrize("encoding, expect", [
    ("utf-8", "utf-8"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_encodings_detected_not_guessed(sample_text, encoding, expect):
    text, enc = decode(sample_text.encode(encoding), "page.txt")
    assert enc == expect and text == sample_text


@pytest.mark.parametrize("bom_encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks(sample_text, bom_encoding, tmp_path, sample_gold):
    p = tmp_path / "bom.txt"
    p.write_bytes(sample_text.encode(bom_encoding))
    page = baozhi.parse(p)
    assert "BOM" in page.source["encoding"]
    assert page.articles[0].dateline == "本报讯（记者蒲瑞华）"    # the BOM did not leak into the text
    assert len(page.articles) == len(sample_gold["articles"])


def test_gbk_page_parses_like_utf8(sample_text, tmp_path, sample_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes(sample_text.encode("gbk"))
    assert baozhi.parse(p).to_dict()["articles"] == baozhi.parse(sample_path).to_dict()["articles"]


@pytest.mark.parametrize("data, problem", [
    (b"", "file is empty"),
    (b"  \n\r\n\t\n", "file is empty"),
    (bytes(range(256)) * 64, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)) * 10, "binary"),
    (b"\x00\x01binary", "binary"),      # would decode as UTF-16 into rare ideographs
])
def test_unreadable_files_raise_one_clear_error(tmp_path, data, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        baozhi.parse(p)
    assert str(p) in str(e.value) and problem in str(e.value)
    assert "\n" not in str(e.value)


def test_english_text_gets_a_result(tmp_path):
    p = tmp_path / "english.txt"
    p.write_text("The committee met on Monday to discuss the budget.\nIt approved the plan.\n"
                 "Members said the new rules would take effect in May.\n", encoding="utf-8")
    page = baozhi.parse(p)
    text = " ".join(pp for a in page.articles for pp in a.paragraphs) + \
        " ".join(u["text"] for u in page.unassigned) + " ".join(a.title or "" for a in page.articles)
    assert "committee met on Monday" in text


def test_fifty_megabyte_file(tmp_path, sample_text):
    p = tmp_path / "big.txt"
    chunk = sample_text.encode("utf-8")
    with open(p, "wb") as f:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    assert p.stat().st_size >= 50 * 1024 * 1024
    page = baozhi.parse(p)
    assert len(page.articles) > 1000


def test_batch_reports_bad_files_and_goes_on(tmp_path, sample_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes(open(sample_path, "rb").read())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 10)
    out = tmp_path / "out"
    r = run("parse", str(src / "binary.txt"), str(src / "empty.txt"), str(src / "good.txt"), "-o", str(out))
    assert r.returncode == 1
    err = r.stderr.strip().splitlines()
    assert any("empty.txt: file is empty" in ln for ln in err)
    assert any("binary.txt" in ln and "binary" in ln for ln in err)
    assert "1 of 3 pages parsed" in r.stderr
    assert sorted(os.listdir(out)) == ["good.json"]     # no temporary files left behind
    d = json.loads((out / "good.json").read_text(encoding="utf-8"))
    assert d["schema"] == "baozhi.page/1" and len(d["articles"]) == 8


def test_existing_output_is_not_overwritten_without_force(tmp_path, sample_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "jinchang-daily-p1.json").write_text("mine", encoding="utf-8")
    r = run("parse", sample_path, "-o", str(out))
    assert r.returncode == 0 and "--force" in r.stderr and "1 skipped" in r.stderr    # skipped, not failed
    assert (out / "jinchang-daily-p1.json").read_text(encoding="utf-8") == "mine"
    r = run("parse", sample_path, "-o", str(out), "--force")
    assert r.returncode == 0
    assert json.loads((out / "jinchang-daily-p1.json").read_text(encoding="utf-8"))["articles"]


def test_parse_to_stdout_markdown_and_json(sample_path):
    md = run("parse", sample_path)
    assert md.returncode == 0 and "## 金昌：用真情为困难群众编织“爱心网”" in md.stdout
    js = run("parse", sample_path, "--format", "json")
    assert json.loads(js.stdout)["articles"][4]["title"] == "金昌：用真情为困难群众编织“爱心网”"


def test_missing_file_is_one_line(tmp_path):
    r = run("parse", str(tmp_path / "nope.txt"))
    assert r.returncode == 1
    assert "nope.txt" in r.stderr.splitlines()[0]


def test_python_api(sample_path):
    page = baozhi.parse(sample_path)
    assert page.articles[1].title == "跑好复工复产“第一棒”"


def test_parse_from_standard_input_in_gbk(sample_text):
    r = subprocess.run(BAOZHI + ["parse", "-", "--format", "json"], input=sample_text.encode("gbk"),
                       capture_output=True)
    assert r.returncode == 0
    d = json.loads(r.stdout.decode("utf-8"))
    assert d["source"]["encoding"] == "gb18030" and len(d["articles"]) == 8


def test_output_never_overwrites_an_input(tmp_path, sample_path):
    page = tmp_path / "page.json"          # a page dump that happens to be named .json
    page.write_bytes(open(sample_path, "rb").read())
    r = run("parse", str(page), "-o", str(tmp_path), "--force")
    assert r.returncode == 1 and "overwrite the input" in r.stderr
    assert page.read_bytes() == open(sample_path, "rb").read()


def test_a_pdf_on_standard_input_is_read_as_a_pdf():
    """A PDF piped to `baozhi parse -` is read as the PDF it is (%PDF-), not as text: the real
    e-paper page gives its articles, as from its file."""
    pdf = os.path.join(os.path.dirname(__file__), "data", "pages", "xinsanmen-2011-05-24-p2.pdf")
    pytest.importorskip("pypdfium2")
    with open(pdf, "rb") as f:
        r = subprocess.run(BAOZHI + ["parse", "-", "--format", "json"], stdin=f, capture_output=True)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout.decode("utf-8"))
    assert d["source"]["format"] == "pdf" and len(d["articles"]) == 14


def test_bad_inputs_named_with_their_problem(tmp_path, sample_path):
    """A missing PDF and an empty one each get one line naming the file and the problem, a
    folder with no pages is named, and a JSON file given with the pages (a gold file, cases/*)
    is skipped as no page, the batch going on."""
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "none").mkdir()
    gold = tmp_path / "page.gold.json"
    gold.write_text('{"articles": []}', encoding="utf-8")
    r = run("parse", str(tmp_path / "nope.pdf"))
    assert r.returncode == 1 and "nope.pdf: No such file or directory" in r.stderr.splitlines()[0]
    r = run("parse", str(tmp_path / "empty.pdf"))
    assert r.returncode == 1 and "empty.pdf: file is empty" in r.stderr.splitlines()[0]
    r = run("parse", str(tmp_path / "none"))
    assert r.returncode == 2 and str(tmp_path / "none") in r.stderr
    r = run("parse", str(gold), sample_path, "-o", str(tmp_path / "out"))
    assert r.returncode == 1 and "page.gold.json: not a page file" in r.stderr
    assert (tmp_path / "out" / "jinchang-daily-p1.json").exists()


def test_score_names_an_unreadable_prediction_and_says_so_in_its_status(tmp_path, sample_path):
    """`baozhi score` over folders names a prediction it cannot read by its own path (not the
    gold's), scores it as an empty page, and exits 1."""
    gold = os.path.join(os.path.dirname(__file__), "data", "jinchang-daily-p1.gold.json")
    (tmp_path / "gold").mkdir()
    (tmp_path / "pred").mkdir()
    (tmp_path / "gold" / "p.gold.json").write_bytes(open(gold, "rb").read())
    (tmp_path / "pred" / "p.json").write_text("{not json", encoding="utf-8")
    r = run("score", str(tmp_path / "gold"), str(tmp_path / "pred"))
    assert r.returncode == 1 and "seg_f1=0.000" in r.stdout
    assert str(tmp_path / "pred" / "p.json") + ": no readable prediction" in r.stderr
