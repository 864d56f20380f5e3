#!/usr/bin/env python3
"""How well does a careful reader rebuild the articles of a text dump? (issue 9, criterion 1)

    python bench/reader_ceiling.py [--corpus ../shared/corpus/rmrb-2020-02-05.jsonl]

Helper sessions, each given only the text dumps of eight pages and GOLD.md (no gold, no
corpus, no baozhi output), marked every line of them by hand: which line opens an article,
which is a kicker, title or subtitle, which opens a paragraph, which is a credit, byline or
furniture (the `.lab` files under bench/reader_ceiling/, format below). The pages are laid out
again here from the corpus by tests/realistic.py with the seed and split each set was drawn
from (the stems name them: real-text-SEED-NNNN), the readers' labels are turned into articles,
baozhi parses the same pages, and both are scored with the reference scorer's rules
(`baozhi.evaluate.score`). A third row keeps, page by page, the better of the two: a bound on
what reading the text can give where neither alone is right.

Label format (one `.lab` a page): rows `LINENO TOKEN`, lines 1-based; a line not listed
continues whatever is above it. TOKEN is an optional `*` (the line opens an article; on a page
that prints headlines after their bodies, the body's first line) and one letter: F furniture,
K kicker, T title, S subtitle, H a headline's wrapped line, P a paragraph starts, C goes on,
D a credit or dateline on its own line, B a byline line. A dateline opening the first
paragraph is split off by baozhi's own dateline pattern (layout/datelines.py), the only part
of baozhi the readers' rows go through.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

import baozhi  # noqa: E402
from baozhi import evaluate  # noqa: E402
from baozhi.layout import datelines  # noqa: E402

LABELS = os.path.join(HERE, "reader_ceiling")
KEYS = ["seg_f1", "main_title", "title", "para_f1", "cer"]
_STEM = re.compile(r"real-text-(\d+)-(\d{4})$")


def read_labels(path: str, n_lines: int) -> list[str]:
    """The token of each of the page's `n_lines` lines (C where the reader listed none).
    Raises ValueError on a row that is not `LINENO TOKEN` with a known token."""
    toks = ["C"] * n_lines
    with open(path, encoding="utf-8") as f:
        for row in f:
            row = row.split("#")[0].split()
            if not row:
                continue
            n, tok = int(row[0]), row[1]
            if not re.fullmatch(r"\*?[FKTSHPCDB]", tok) or not 1 <= n <= n_lines:
                raise ValueError(f"{path}: bad row {row}")
            toks[n - 1] = tok
    return toks


def articles(lines: list[str], toks: list[str]) -> list[dict]:
    """The articles the labels mark, in the scorer's page shape."""
    arts: list[dict] = []
    cur: dict | None = None
    last = None
    for line, tok in zip(lines, toks):
        role = tok.lstrip("*")
        if role == "F":
            continue
        if tok.startswith("*") or cur is None:
            cur = {"heads": [], "paras": [], "credit": []}
            arts.append(cur)
            last = None
        t = line.strip()
        if role in "KTS":
            cur["heads"].append([role, t])
            last = "H"
        elif role == "H" or role == "C" and last == "H":
            if cur["heads"]:
                cur["heads"][-1][1] += t
            else:
                cur["heads"].append(["T", t])
            last = "H"
        elif role == "P" or role == "C" and not cur["paras"] and last is None:
            cur["paras"].append(t)
            last = "P"
        elif role == "C" and last in ("D", "B"):
            cur["credit"].append(t)
        elif role == "C":
            cur["paras"][-1] += t
        else:       # D, B: not a paragraph
            cur["credit"].append(t)
            last = role
    out = []
    for a in arts:
        paras = list(a["paras"])
        dateline = None
        if paras:
            m = datelines.match(paras[0])
            if m:
                dateline = datelines.display(m)
                rest = paras[0][m.end():].strip()
                paras = ([rest] if rest else []) + paras[1:]
        out.append({"kind": "article",
                    "title": next((h for r, h in a["heads"] if r == "T"), None),
                    "subtitles": [h for r, h in a["heads"] if r == "K"] + [h for r, h in a["heads"] if r == "S"],
                    "dateline": dateline, "paragraphs": paras})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "rmrb-2020-02-05.jsonl"))
    args = ap.parse_args()
    if not os.path.isfile(args.corpus):
        sys.exit(f"reader_ceiling: no corpus at {args.corpus}")
    work = tempfile.mkdtemp(prefix="baozhi-readers-")
    print(f"{'set':12} {'pages':>5} {'who':8} " + " ".join(f"{k:>10}" for k in KEYS))
    every: dict[str, list[dict]] = {"reader": [], "baozhi": [], "better": []}
    for folder in sorted(glob.glob(os.path.join(LABELS, "*"))):
        labs = sorted(glob.glob(os.path.join(folder, "*.lab")))
        stems = [os.path.basename(p)[:-4] for p in labs]
        seeds = {_STEM.match(s).group(1) for s in stems}
        if len(seeds) != 1:
            sys.exit(f"reader_ceiling: {folder} mixes seeds {sorted(seeds)}")
        seed = seeds.pop()
        n = max(int(_STEM.match(s).group(2)) for s in stems) + 1
        gen = os.path.join(work, os.path.basename(folder))
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "realistic.py"), "--pages", str(n), "--seed", seed,
                        "--split", "test", "--corpus", args.corpus, "--out", gen + "-all"],
                       check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        outs = {w: gen + "-" + w for w in ("gold", "reader", "baozhi")}
        for d in outs.values():
            os.makedirs(d)
        for stem, lab in zip(stems, labs):
            src = os.path.join(gen + "-all", stem)
            os.replace(src + ".gold.json", os.path.join(outs["gold"], stem + ".gold.json"))
            with open(src + ".txt", encoding="utf-8") as f:
                text = f.read()
            lines = text.splitlines()
            _write(os.path.join(outs["reader"], stem + ".json"), {"articles": articles(lines, read_labels(lab, len(lines)))})
            _write(os.path.join(outs["baozhi"], stem + ".json"), baozhi.parse_text(text).to_dict())
        scores = {w: evaluate.score(outs["gold"], outs[w]) for w in ("reader", "baozhi")}
        best = [max(r, b, key=lambda x: (x["seg_f1"], x["main_title"]))
                for r, b in zip(scores["reader"]["pages"].values(), scores["baozhi"]["pages"].values())]
        rows = {"reader": scores["reader"]["mean"], "baozhi": scores["baozhi"]["mean"],
                "better": {k: sum(p[k] for p in best) / len(best) for k in KEYS}}
        every["reader"] += scores["reader"]["pages"].values()
        every["baozhi"] += scores["baozhi"]["pages"].values()
        every["better"] += best
        for who, mean in rows.items():
            print(f"{os.path.basename(folder):12} {len(stems):5} {who:8} " + " ".join(f"{mean[k]:10.3f}" for k in KEYS))
    for who, pages in every.items():
        if pages:
            print(f"{'all':12} {len(pages):5} {who:8} " + " ".join(f"{sum(p[k] for p in pages) / len(pages):10.3f}" for k in KEYS))
    print(f"(pages in {work})")


def _write(path: str, obj: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
