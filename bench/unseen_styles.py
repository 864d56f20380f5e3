#!/usr/bin/env python3
"""Accuracy on text-dump styles that no generator of ours writes (issue 9, criterion 2).

    python bench/unseen_styles.py [--corpus ../shared/corpus/rmrb-2020-02-05.jsonl] [--out DIR]

Helper sessions, each given only the corpus and GOLD.md, wrote the generators under
bench/styles/ to lay real pages of the corpus out as other extraction tools give them (16
styles, 40 pages each, the first 10). They are kept as their authors left them, apart from
where they look for the corpus, so each style stays a sample of a layout we did not design;
the layout stages must not be fitted to one of them (README: which were tuned on). Each set is
written to DIR (a temporary folder by default), parsed, and scored with the reference scorer's
rules (`baozhi.evaluate.score`); the table gives the means.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

import baozhi  # noqa: E402
from baozhi import evaluate  # noqa: E402

STYLES = os.path.join(HERE, "styles")
# (generator, its arguments given the corpus and an output folder, the sets it writes)
RUNS = [
    ("char_wrapped.py", lambda c, o: [os.path.join(o, "char-wrapped"), "blank", "10", "60"], ["char-wrapped"]),
    ("blank_justify_spaced.py", lambda c, o: [o, "40"], ["blankpara", "justify", "spaced"]),
    ("pdftotext_ocr_stream.py", lambda c, o: [c, o], ["pdftotext", "ocrish", "streamorder"]),
    ("export_narrow_wide.py", lambda c, o: ["--corpus", c, "--out", o], ["docx", "narrow", "widecrlf"]),
    ("mixed_web_twospace.py", lambda c, o: [c, o], ["mixed-width", "html-copy", "two-space-indent"]),
    ("founder_pdfminer_epaper.py", lambda c, o: [c, o], ["founder-columns", "pdfminer-boxes", "epaper-copy"]),
]
KEYS = ["seg_f1", "main_title", "title", "para_f1", "authors", "dateline", "cer"]


def parse_folder(folder: str, out: str) -> None:
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            page = baozhi.parse(os.path.join(folder, name))
            with open(os.path.join(out, name[:-4] + ".json"), "w", encoding="utf-8") as f:
                json.dump(page.to_dict(), f, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "rmrb-2020-02-05.jsonl"))
    ap.add_argument("--out", help="folder for the generated pages (default: a temporary one)")
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)
    if not os.path.isfile(corpus):
        sys.exit(f"unseen_styles: no corpus at {corpus}")
    out = args.out or tempfile.mkdtemp(prefix="baozhi-styles-")
    env = dict(os.environ, STYLE_CORPUS=corpus)
    print(f"{'style':18} " + " ".join(f"{k:>10}" for k in KEYS))
    for script, argv, sets in RUNS:
        subprocess.run([sys.executable, os.path.join(STYLES, script), *argv(corpus, out)], env=env, check=True,
                       stdout=subprocess.DEVNULL, cwd=ROOT)
        for s in sets:
            folder = os.path.join(out, s)
            parse_folder(folder, folder + "-pred")
            mean = evaluate.score(folder, folder + "-pred")["mean"]
            print(f"{s:18} " + " ".join(f"{mean[k]:10.3f}" for k in KEYS))
    print(f"(pages in {out})")


if __name__ == "__main__":
    main()
