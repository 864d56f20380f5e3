"""Issue 13, smaller things a newcomer tripped on: `make demo` without the test extra, and
`baozhi parse`'s --format markdown, entities in Markdown, --date as the edition date, the
modes of output files, and outputs skipped (not failed) without --force. On the real sample
page (金昌日报 of 2024-03-18, a text dump that prints no date) and another real page that does."""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent
DATA = HERE / "data"
SAMPLE = DATA / "jinchang-daily-p1.txt"
DATED = DATA / "flush_crossheads_page.txt"       # prints its edition date, 2020-05-28
BAOZHI = [sys.executable, "-m", "baozhi.cli"]


def run(*args, **kw):
    return subprocess.run(BAOZHI + [str(a) for a in args], capture_output=True, text=True, **kw)


# -- make demo ------------------------------------------------------------------------------

def _make_n(folder: Path, target: str) -> str:
    r = subprocess.run(["make", "-n", target], cwd=folder, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_demo_installs_the_nlp_extra_and_make_test_the_test_extra(tmp_path):
    """A fresh clone (the Makefile and pyproject.toml, no .venv): `make demo` installs the nlp
    extra and not the test extra (Playwright, reportlab, Dask: hundreds of MB the demo never
    runs); after it, `make test` still installs the test extra (before: both shared one stamp,
    $(BIN)/baozhi, made by installing `.[test]`)."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    demo = _make_n(tmp_path, "demo")
    assert "-m venv .venv" in demo and "'.[nlp]'" in demo and "[test]" not in demo
    assert "tests/demo.py" in demo
    # As `make demo` leaves it: the virtualenv and the demo's stamp, newer than pyproject.toml.
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").touch()
    (tmp_path / ".venv" / "bin" / "baozhi").touch()
    (tmp_path / ".venv" / ".installed-demo").touch()
    later = os.stat(tmp_path / "pyproject.toml").st_mtime + 10
    for p in (".venv/bin/python", ".venv/bin/baozhi", ".venv/.installed-demo"):
        os.utime(tmp_path / p, (later, later))
    assert "[nlp]" not in _make_n(tmp_path, "demo")      # done once, not again
    test = _make_n(tmp_path, "test")
    assert "'.[test]'" in test and "-m venv" not in test and "-m pytest" in test


def test_demo_prints_a_summary_computed_from_the_parse_and_how_to_go_on(sample_gold):
    r = subprocess.run([sys.executable, str(HERE / "demo.py")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    js = run("parse", SAMPLE, "--enrich", "--date", "2024-03-18", "--format", "json", cwd=ROOT)
    page = json.loads(js.stdout)
    arts = page["articles"]
    people = {p["name"] for a in arts for p in a["people"]}
    orgs = {o["name"] for a in arts for o in a["organizations"]}
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("jinchang-daily-p1.txt 2024-03-18: "))
    assert f": {len(sample_gold['articles'])} articles (1 photo), {len(people)} people (" in line
    assert f", {len(orgs)} organisations, " in line
    assert f", {sum(len(a['quantities']) for a in arts)} figures" in line
    assert "## 金昌：用真情为困难群众编织“爱心网”" in r.stdout          # the page itself, first
    assert r.stdout.index("## 金昌：") < r.stdout.index(line)
    tail = r.stdout[r.stdout.index(line):]
    assert "pip install -e '.[web,pdf]'" in tail
    assert "baozhi ingest tests/data --db corpus.sqlite" in tail and "baozhi serve --db corpus.sqlite" in tail


# -- parse --format markdown -------------------------------------------------------------

def test_format_markdown_is_md(tmp_path):
    md = run("parse", SAMPLE, "--format", "md")
    markdown = run("parse", SAMPLE, "--format", "markdown")
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout == md.stdout and "## 跑好复工复产“第一棒”" in markdown.stdout
    r = run("parse", SAMPLE, "--format", "markdown", "-o", tmp_path)
    assert r.returncode == 0 and os.listdir(tmp_path) == ["jinchang-daily-p1.md"]
    assert (tmp_path / "jinchang-daily-p1.md").read_text(encoding="utf-8") == md.stdout


# -- parse --enrich in Markdown ----------------------------------------------------------

def _sections(md: str) -> list[str]:
    """The Markdown of each article, in order (an article opens with `## `)."""
    return md.split("\n## ")[1:]


def test_enriched_markdown_names_what_the_json_holds():
    pytest.importorskip("jionlp")
    md = run("parse", SAMPLE, "--enrich", "--date", "2024-03-18")
    js = run("parse", SAMPLE, "--enrich", "--date", "2024-03-18", "--format", "json")
    assert md.returncode == 0 and js.returncode == 0, md.stderr + js.stderr
    arts = json.loads(js.stdout)["articles"]
    sections = _sections(md.stdout)
    assert len(sections) == len(arts) == 8
    for a, sec in zip(arts, sections):
        lines = {ln.split(":", 1)[0]: ln for ln in sec.splitlines() if ln.startswith("- ")}
        for key, label in (("people", "- 人物 People"), ("organizations", "- 机构 Organisations"),
                           ("places", "- 地点 Places"), ("dates", "- 日期 Dates"),
                           ("quantities", "- 数字 Figures")):
            assert (label in lines) == bool(a[key]), (a["title"], key)
            for item in a[key]:
                assert (item.get("name") or item["text"]) in lines[label], (a["title"], item)
        for p in a["people"]:
            if p["titles"]:
                assert f"{p['name']}（{'、'.join(p['titles'])}）" in lines["- 人物 People"]
    wang = sections[5]
    assert wang.startswith("王钧会见工信部电子科技委秘书长毕开春一行")
    assert "- 人物 People: 王钧（市委书记）、毕开春（工信部电子科技委秘书长、科技司一级巡视员）、" in wang
    assert "3月17日（2024-03-17）" in wang
    assert "去年5月（2023-05）" in sections[4] and "永昌县水源镇（甘肃省金昌市永昌县水源镇）" in sections[4]
    # The entity lines close the article, after its last paragraph.
    assert wang.rstrip().splitlines()[-1].startswith("- ")


def test_markdown_without_enrich_has_no_entity_lines():
    md = run("parse", SAMPLE)
    assert md.returncode == 0 and "People:" not in md.stdout and "\n- " not in md.stdout


def test_unresolved_dates_show_as_such_in_markdown():
    pytest.importorskip("jionlp")
    md = run("parse", SAMPLE, "--enrich")            # no date printed, none given
    assert md.returncode == 0
    wang = _sections(md.stdout)[5]
    assert "3月17日（?）" in wang


# -- --date, and the warning without one --------------------------------------------------

def test_date_fills_the_edition_date_where_the_page_prints_none():
    r = run("parse", SAMPLE, "--date", "2024-03-18", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["edition"]["date"] == "2024-03-18"
    assert json.loads(run("parse", SAMPLE, "--format", "json").stdout)["edition"]["date"] is None
    assert "_2024-03-18_" in run("parse", SAMPLE, "--date", "2024-03-18").stdout.splitlines()[1]
    # A date printed on the page stands.
    r = run("parse", DATED, "--date", "2024-03-18", "--format", "json")
    assert json.loads(r.stdout)["edition"]["date"] == "2020-05-28"


def test_fill_edition_on_an_edition():
    from baozhi.model import Edition, Issue, Page, fill_edition

    issue = Issue(source={}, pages=[Page(source={}, edition=Edition(date="2011-05-24")), Page(source={})])
    fill_edition(issue, "2024-03-18")
    assert [p.edition.date for p in issue.pages] == ["2011-05-24", "2024-03-18"]


def test_enrich_without_any_date_warns_once():
    pytest.importorskip("jionlp")
    r = run("parse", SAMPLE, "--enrich", "--format", "json")
    assert r.returncode == 0, r.stderr
    warn = [ln for ln in r.stderr.splitlines() if "edition date" in ln]
    assert len(warn) == 1, r.stderr
    assert "jinchang-daily-p1.txt" in warn[0] and "今天, 17日" in warn[0] and "--date YYYY-MM-DD" in warn[0]
    # Given a date, or printed on the page: no warning.
    for args in ((SAMPLE, "--date", "2024-03-18"), (DATED,)):
        r = run("parse", *args, "--enrich", "--format", "json")
        assert r.returncode == 0 and "edition date" not in r.stderr, r.stderr
    # A batch: one line for all its undated pages, not one a page.
    r = run("parse", SAMPLE, SAMPLE, DATED, "--enrich", "--format", "json")
    warn = [ln for ln in r.stderr.splitlines() if "edition date" in ln]
    assert len(warn) == 1 and "2 pages have no edition date" in warn[0], r.stderr


def test_no_warning_without_enrich():
    r = run("parse", SAMPLE, "--format", "json")
    assert r.returncode == 0 and r.stderr == ""


# -- modes of output files -------------------------------------------------------------------

@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_output_files_get_the_mode_the_umask_gives(tmp_path, umask, mode):
    out = tmp_path / "out"
    r = run("parse", SAMPLE, DATED, "-o", out, umask=umask)
    assert r.returncode == 0, r.stderr
    for name in ("jinchang-daily-p1.json", "flush_crossheads_page.json"):
        assert stat.S_IMODE(os.stat(out / name).st_mode) == mode, oct(os.stat(out / name).st_mode)
    r = run("parse", SAMPLE, "-o", out, "--force", "--format", "json", umask=umask)     # replaced: the same
    assert r.returncode == 0 and stat.S_IMODE(os.stat(out / "jinchang-daily-p1.json").st_mode) == mode
    assert sorted(os.listdir(out)) == ["flush_crossheads_page.json", "jinchang-daily-p1.json"]


# -- skipped is not failed -------------------------------------------------------------------

def test_existing_output_is_skipped_not_failed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "jinchang-daily-p1.json").write_text("mine", encoding="utf-8")
    r = run("parse", SAMPLE, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "skipped" in r.stderr and "--force" in r.stderr and "failed:" not in r.stderr
    assert "0 of 1 pages parsed, 0 articles, 1 skipped (output exists), 0 failed" in r.stderr
    assert (out / "jinchang-daily-p1.json").read_text(encoding="utf-8") == "mine"


def test_a_batch_counts_skipped_and_failed_apart(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "a.txt")
    shutil.copy(DATED, src / "b.txt")
    (src / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert run("parse", src / "a.txt", "-o", out).returncode == 0
    first = (out / "a.json").read_bytes()
    r = run("parse", src, "-o", out)                  # a re-run with one new page, one bad
    assert r.returncode == 1                          # the bad one
    summary = r.stderr.strip().splitlines()
    assert re.search(r"1 of 3 pages parsed, \d+ articles, 1 skipped \(output exists\), 1 failed", r.stderr), \
        r.stderr
    assert any(ln.endswith("a.txt: skipped: " + str(out / "a.json") + " exists (--force overwrites it)")
               for ln in summary)
    failed = [ln.strip() for ln in summary if ln.strip().startswith("failed:")]
    assert failed == [f"failed: {src / 'empty.txt'}"]
    assert (out / "a.json").read_bytes() == first and (out / "b.json").exists()
    # Everything there: a re-run skips all, parses nothing, and succeeds.
    (src / "empty.txt").unlink()
    r = run("parse", src, "-o", out)
    assert r.returncode == 0 and "0 of 2 pages parsed, 0 articles, 2 skipped" in r.stderr


def test_a_missing_input_fails_even_where_its_output_exists(tmp_path):
    (tmp_path / "nope.json").write_text("{}", encoding="utf-8")
    r = run("parse", tmp_path / "in" / "nope.txt", "-o", tmp_path)
    assert r.returncode == 1 and "1 failed" in r.stderr and "0 skipped" in r.stderr
