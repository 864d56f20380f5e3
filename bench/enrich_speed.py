#!/usr/bin/env python3
"""Enrichment speed: pages/s on one core for the sample page (5,600 characters) parsed and
enriched, and the start-up time of a fresh process up to its first enriched page (loading
jieba's and jionlp's dictionaries and LAC's model included); and what LAC alone takes of a page
(its ONNX encoder and the decoding of its tags), the floor under the enrichment as built.

    python bench/enrich_speed.py [--rounds 5]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "tests", "data", "jinchang-daily-p1.txt")
sys.path.insert(0, os.path.join(ROOT, "src"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", type=int, default=50, help="pages a round")
    args = ap.parse_args()
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "baozhi.cli", "parse", SAMPLE, "--enrich", "--date", "2024-03-18",
                        "--format", "json"], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")})
    startup = time.perf_counter() - t0
    if r.returncode != 0 or '"people"' not in r.stdout:
        print(r.stderr, file=sys.stderr)
        return 1
    import baozhi
    from baozhi.enrich import enrich
    text = open(SAMPLE, encoding="utf-8").read()
    from baozhi.enrich import lexical, spans
    enrich(baozhi.parse_text(text), "2024-03-18")      # dictionaries loaded: steady state from here
    rates = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _ in range(args.pages):
            spans._cut.cache_clear()    # every page new to the word caches, as in a real batch
            lexical.clear_cache()
            enrich(baozhi.parse_text(text), "2024-03-18")
        rates.append(args.pages / (time.perf_counter() - t))
    page = baozhi.parse_text(text)
    texts = [t for a in page.articles for t in [a.title, *a.subtitles, a.dateline, *a.paragraphs] if t]
    t = time.perf_counter()
    for _ in range(args.rounds):
        lexical.analyse_many(texts)
    lac = (time.perf_counter() - t) / args.rounds
    print(f"start-up to the first enriched page (fresh process, CLI): {startup:.2f} s")
    print(f"parse + enrich, sample page ({len(text)} characters): {statistics.median(rates):.1f} pages/s "
          f"(median of {args.rounds} rounds of {args.pages})")
    print(f"of which LAC alone: {lac * 1000:.0f} ms a page ({sum(map(len, texts))} characters read: "
          f"{sum(map(len, texts)) / lac / 1000:.0f}k characters/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
