#!/usr/bin/env python3
"""Typeset gold articles into newspaper pages as PDFs (reportlab), with their gold, to test
the PDF reader: `python tests/typeset.py --pages 20 --out build/pdf`.

Each article is a band across the page: its headline (kicker and subtitle smaller) over the
band, then the body flowed down 2 to 5 columns, column after column; photos are a frame with
the caption and credit under it. Uses reportlab's built-in STSong-Light CID font, so no font
file is needed. (Issue 3 asks for far more variety: embedded TrueType fonts, headlines beside
their article, wrapped bodies, jumps across pages; this is the first step.)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import simulate  # noqa: E402

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 36.0
FONT = "STSong-Light"


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _draw(c, text: str, x: float, y: float, size: float, width: float | None = None,
          justify: bool = False) -> None:
    """Draw a line. A line that does not end its paragraph is justified to the column, as
    a compositor sets it (squeezed where the font's figures run wide, spaced out where a
    word did not fit)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    t = c.beginText(x, y)
    t.setFont(FONT, size)
    natural = stringWidth(text, FONT, size)
    if width and natural > width:
        t.setHorizScale(100.0 * width / natural)
    elif width and justify and len(text) > 1:
        t.setCharSpace((width - natural) / (len(text) - 1))
    t.textOut(text)
    c.drawText(t)


def _article_lines(a: dict, w: int, rng: random.Random) -> list[tuple[str, bool, bool]]:
    """(line, opens a paragraph, ends it) for each column line of the article."""
    lines: list[tuple[str, bool, bool]] = []
    for k, p in enumerate(a["paragraphs"]):
        text = p
        if k == 0 and a.get("dateline"):
            text = a["dateline"] + p
        if a["kind"] == "photo" and k == len(a["paragraphs"]) - 1:
            text = p + " 记者 " + " ".join(a["authors"]) + " 摄"
        set_lines = simulate.typeset(text, w, rng)
        lines += [(ln, n == 0, n == len(set_lines) - 1) for n, ln in enumerate(set_lines)]
    return lines


def page(arts: list[dict], rng: random.Random, path: str) -> dict:
    from reportlab.pdfgen import canvas

    _font()
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    size = 10.0
    y = PAGE_H - MARGIN
    gold = []
    saved = simulate.STYLE["justify"]
    simulate.STYLE["justify"] = False       # a PDF justifies by position, not by spaces
    try:
        for a in rng.sample(arts, len(arts)):
            photo = a["kind"] == "photo"
            cols = 1 if photo else rng.randint(2, 5)
            gutter = size
            col_w = int(((PAGE_W - 2 * MARGIN) - (cols - 1) * gutter) / cols / size) if not photo else 12
            body = _article_lines(a, col_w, rng)
            per_col = -(-len(body) // cols)
            heads = [] if photo else [(t, 18.0) for t in ([a["title"]] if a.get("title") else [])]
            subs = [] if photo else [(t, 13.0) for t in a.get("subtitles") or []]
            heads = subs[:1] + heads + subs[1:] if subs and rng.random() < 0.5 else heads + subs
            byline = [] if photo or a.get("dateline") or not a.get("authors") else \
                [("记者 " + " ".join(a["authors"]), 10.0)]
            need = sum(s * 1.4 for _, s in heads + byline) + per_col * size * 1.5 + (80 if photo else 0) + 14
            if y - need < MARGIN:
                if gold:
                    break
                continue
            for text, s in heads + byline:
                y -= s * 1.3
                _draw(c, text, MARGIN, y, s)
            if photo:
                y -= 80
                c.rect(MARGIN, y, col_w * size, 70)
            top = y
            for k, (line, first, last) in enumerate(body):
                col, row = divmod(k, per_col)
                x = MARGIN + col * (col_w * size + gutter) + (2 * size if first else 0)
                hangs = line[-1] in simulate.HANG
                room = (col_w - (2 if first else 0) + (1 if hangs else 0)) * size
                _draw(c, line, x, top - (row + 1) * size * 1.5, size, room, justify=not last)
            y = top - per_col * size * 1.5 - 14
            gold.append({key: a.get(key) for key in ("kind", "title", "subtitles", "dateline", "authors",
                                                       "paragraphs")})
    finally:
        simulate.STYLE["justify"] = saved
    c.showPage()
    c.save()
    return {"schema": "baozhi.page/1", "articles": gold}


def generate(n: int, out: str, seed: int = 0, pool: str = "articles.jsonl") -> list[str]:
    arts = simulate.load_articles(pool)
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    stems = []
    for k in range(n):
        stem = f"pdf-{seed}-{k:03d}"
        gold = page(rng.sample(arts, 6), rng, os.path.join(out, stem + ".pdf"))
        with open(os.path.join(out, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        stems.append(stem)
    return stems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    generate(args.pages, args.out, args.seed)
    print(f"{args.pages} PDF pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
