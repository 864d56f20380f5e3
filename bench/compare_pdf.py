#!/usr/bin/env python3
"""baozhi against other PDF-to-text tools, on the same newspaper pages, in one run: accuracy by
the reference scorer (../shared/eval/score.py) and pages per second on one core. Three sets:
typeset pages as reportlab writes them, the same pages as Founder PDFGenerator writes them
(fonts at 1 Tf scaled by the text matrix, digits apart, headlines last), and the real e-paper
pages in tests/data/pages/ with their gold.

    make compare        (sets up build/compare-venv with the other tools, then runs this)
    python bench/compare_pdf.py --pages 30 --seed 21 [--tools baozhi,pdftotext,...]

The other tools give text, not articles, so each gets the most generous reading of its own
structure into articles:
  pdftotext (poppler)    every block between blank lines is an article; a short first line
                         with no sentence mark is its title
  pymupdf4llm            every Markdown heading opens an article and is its title
  unstructured ("fast")  every Title element opens an article; the other elements are its
                         paragraphs. Its text classifier loads spaCy's en_core_web_sm, which it
                         downloads from the network at run time and cannot get here: it is given
                         spaCy's blank English pipeline with a rule sentencizer instead.
The tools that are not installed are reported as such and skipped.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "src"))

_SENTENCE = re.compile(r"[。！？；，：、]")


def _reference():
    path = os.path.join(ROOT, "..", "shared", "eval", "score.py")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _article(title: str | None, paragraphs: list[str]) -> dict:
    return {"kind": "article", "title": title, "subtitles": [], "dateline": None, "authors": [],
            "paragraphs": [p for p in paragraphs if p.strip()]}


def run_baozhi(path: str) -> dict:
    import baozhi
    return baozhi.parse(path).to_dict()


def run_pdftotext(path: str) -> dict:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, check=True).stdout
    arts = []
    for block in re.split(r"\n\s*\n", out.decode("utf-8")):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        if len(lines) > 1 and len(lines[0]) <= 30 and not _SENTENCE.search(lines[0]):
            arts.append(_article(lines[0], ["".join(lines[1:])]))
        else:
            arts.append(_article(None, ["".join(lines)]))
    return {"articles": arts}


def run_pymupdf4llm(path: str) -> dict:
    import pymupdf4llm
    md = pymupdf4llm.to_markdown(path, show_progress=False)
    arts: list[dict] = []
    title, paras = None, []
    for chunk in re.split(r"\n\s*\n", md):
        text = chunk.strip()
        if not text:
            continue
        if text.startswith("#"):
            if title is not None or paras:
                arts.append(_article(title, paras))
            title, paras = text.lstrip("#").strip().replace("**", ""), []
        else:
            paras.append(" ".join(text.split()))
    if title is not None or paras:
        arts.append(_article(title, paras))
    return {"articles": arts}


def _blank_spacy():
    import spacy
    import unstructured.nlp.tokenize as tok

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    tok._get_nlp = lambda: nlp      # instead of the model it would download


def run_unstructured(path: str) -> dict:
    from unstructured.partition.pdf import partition_pdf
    arts: list[dict] = []
    title, paras = None, []
    for el in partition_pdf(path, strategy="fast", languages=["chi_sim"]):
        kind = type(el).__name__
        if kind == "Title":
            if title is not None or paras:
                arts.append(_article(title, paras))
            title, paras = el.text, []
        elif kind not in ("Header", "Footer", "PageNumber"):
            paras.append(el.text)
    if title is not None or paras:
        arts.append(_article(title, paras))
    return {"articles": arts}


TOOLS = {"baozhi": run_baozhi, "pdftotext": run_pdftotext, "pymupdf4llm": run_pymupdf4llm,
         "unstructured": run_unstructured}


def available(name: str) -> str | None:
    """None when the tool can run here, else why not."""
    if name == "pdftotext":
        return None if shutil.which("pdftotext") else "pdftotext not on PATH (poppler-utils)"
    module = {"baozhi": "pypdfium2", "pymupdf4llm": "pymupdf4llm", "unstructured": "unstructured"}[name]
    return None if importlib.util.find_spec(module) else f"python module {module} not installed"


def _sets(args, ref) -> list[tuple[str, str, list[str]]]:
    """(name, folder, stems) of each set of pages: typeset pages as reportlab writes them and
    the same pages as Founder PDFGenerator does (tests/typeset.py --founder), and the real
    e-paper pages bundled with their gold (tests/data/pages/)."""
    import typeset

    out = []
    for name, founder in (("typeset", False), ("typeset, Founder-style", True)):
        folder = os.path.join(args.out, "founder" if founder else "typeset")
        shutil.rmtree(folder, ignore_errors=True)
        saved = dict(typeset.STYLE)
        typeset.STYLE["founder"] = founder
        try:
            stems = typeset.generate(args.pages, folder, seed=args.seed, dense=not args.sparse)
        finally:
            typeset.STYLE.update(saved)
        out.append((name, folder, stems))
    real = os.path.join(ROOT, "tests", "data", "pages")
    stems = sorted(f[:-4] for f in os.listdir(real) if f.endswith(".pdf") and os.path.exists(os.path.join(real, f[:-4] + ".gold.json")))
    out.append(("real e-paper pages", real, stems))
    for name, folder, stems in out:
        golds = [json.load(open(os.path.join(folder, s + ".gold.json"), encoding="utf-8")) for s in stems]
        chars = sum(len(ref.body(a)) for g in golds for a in g["articles"]) / len(stems)
        print(f"{name}: {len(stems)} pages in {folder}, {chars:.0f} characters of body text a page on average")
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "compare"))
    ap.add_argument("--json", help="also write the table as JSON here")
    ap.add_argument("--sparse", action="store_true", help="the test set's 3-8 column pages, not dense ones")
    args = ap.parse_args(argv)

    ref = _reference()
    os.environ.setdefault("UNSTRUCTURED_DISABLE_NOTICE", "1")
    os.environ.setdefault("DO_NOT_TRACK", "true")
    sets = _sets(args, ref)
    rows = []
    for name in args.tools.split(","):
        why = available(name)
        if why:
            print(f"{name}: skipped ({why})")
            continue
        if name == "unstructured":
            _blank_spacy()
        fn = TOOLS[name]
        fn(os.path.join(sets[0][1], sets[0][2][0] + ".pdf"))      # imports and first-call set-up, untimed
        for set_name, folder, stems in sets:
            scores, spent = [], 0.0
            for s in stems:
                with open(os.path.join(folder, s + ".gold.json"), encoding="utf-8") as f:
                    gold = json.load(f)
                t0 = time.perf_counter()
                pred = fn(os.path.join(folder, s + ".pdf"))
                spent += time.perf_counter() - t0
                scores.append(ref.score_page(gold, pred))
            mean = {k: sum(r[k] for r in scores) / len(scores) for k in ("seg_f1", "main_title", "title", "para_f1", "cer")}
            rows.append({"set": set_name, "tool": name, **mean, "pages_per_s": len(stems) / spent})
    print()
    print("| pages | tool | seg_f1 | main_title | title | para_f1 | cer | pages/s |")
    print("|---|---|---|---|---|---|---|---|")
    for r in sorted(rows, key=lambda r: [s[0] for s in sets].index(r["set"])):
        print(f"| {r['set']} | {r['tool']} | {r['seg_f1']:.3f} | {r['main_title']:.3f} | {r['title']:.3f} | "
              f"{r['para_f1']:.3f} | {r['cer']:.3f} | {r['pages_per_s']:.1f} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
