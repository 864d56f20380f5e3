#!/usr/bin/env python3
"""Time against input size, 1x to 64x of a page, for the stages a hostile input could make
slow: text parsing, enrichment, and PDF reading order. Each should grow about linearly (at
most n log n): the fifth column is the time per unit of input, relative to 1x, the last
what n log n growth would allow it.

    python bench/scaling.py [--max 64]

Inputs: the sample page's text repeated (parse); its paragraphs repeated in one article
(enrich, with LAC); the real e-paper page's printed lines tiled down a taller page and across a
wider one (reading order of the lines, the pictures and rules left out).
"""
import argparse
import math
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

import baozhi  # noqa: E402

SAMPLE = os.path.join(ROOT, "tests", "data", "jinchang-daily-p1.txt")
PDF = os.path.join(ROOT, "tests", "data", "pages", "xinsanmen-2011-05-24-p2.pdf")


def _time(fn) -> float:
    """Best of as many rounds as fit in about a second (at least two): the small sizes take
    a few milliseconds, where one round is mostly noise."""
    best = float("inf")
    t0 = time.perf_counter()
    fn()
    rounds = max(2, min(20, int(1.0 / max(time.perf_counter() - t0, 1e-6))))
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _row(name: str, k: int, n: int, seconds: float, base: list) -> None:
    if not base:
        base += [seconds / n, n]
    bound = math.log(n) / math.log(base[1])      # what n log n growth would allow a unit
    print(f"| {name} | {k}x | {n} | {seconds * 1000:.0f} ms | {seconds / n / base[0]:.2f} | {bound:.2f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max", type=int, default=64)
    args = ap.parse_args()
    sizes = [k for k in (1, 4, 16, 64) if k <= args.max]
    text = open(SAMPLE, encoding="utf-8").read()
    print("| stage | size | units | time | time a unit, against 1x | n log n's, against 1x |")
    print("|---|---|---|---|---|---|")
    base: list = []
    for k in sizes:
        big = text * k
        _row("text parse (characters)", k, len(big), _time(lambda: baozhi.parse_text(big)), base)
    from baozhi.enrich import enrich_article, lexical
    from baozhi.model import Article
    paras = [p for a in baozhi.parse_text(text).articles for p in a.paragraphs]
    enrich_article(Article(paragraphs=paras[:1]), "2024-03-18")     # the model loaded
    base = []
    for k in sizes:
        many = [f"{p}（{j}）" for j in range(k) for p in paras]   # (each copy its own text: no cache serves it)

        def run():
            lexical.clear_cache()
            enrich_article(Article(paragraphs=list(many)), "2024-03-18")
        _row("enrich (characters)", k, sum(map(len, many)), _time(run), base)
    try:
        import pypdfium2 as pdfium
    except ImportError:
        print("pypdfium2 missing: the PDF row left out")
        return 0
    from baozhi.readers import pdf as reader
    from baozhi.readers.printed_lines import Char, Run, printed_lines
    from baozhi.readers.reading_order import Sheet, order
    doc = pdfium.PdfDocument(PDF)
    page = doc[0]
    chars, _ = reader._chars(page.get_textpage())
    height = page.get_size()[1]
    doc.close()
    runs = printed_lines(chars)
    body = sorted(r.size for r in runs)[len(runs) // 2]
    base = []
    for k in sizes:
        tiled = [Run([Char(c.ch, c.x0, c.y0 - j * height, c.x1, c.y1 - j * height, c.size) for c in r.chars],
                     r.x0, r.y0 - j * height, r.x1, r.y1 - j * height, r.vertical, r.size)
                 for j in range(k) for r in runs]
        _row("PDF reading order, pages one under another (lines)", k, len(tiled),
             _time(lambda: order(list(tiled), Sheet(body, [], []))), base)
    width = max(r.x1 for r in runs) + 20
    base = []
    for k in sizes:
        tiled = [Run([Char(c.ch, c.x0 + j * width, c.y0, c.x1 + j * width, c.y1, c.size) for c in r.chars],
                     r.x0 + j * width, r.y0, r.x1 + j * width, r.y1, r.vertical, r.size)
                 for j in range(k) for r in runs]
        _row("PDF reading order, pages side by side (lines)", k, len(tiled),
             _time(lambda: order(list(tiled), Sheet(body, [], []))), base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
