#!/usr/bin/env python3
"""Text parsing throughput on one core: pages/s and peak memory.

    python bench/parse_speed.py [--pages 2000]

Pages: the real sample page and simulated pages of the same kind (tests/simulate.py),
parsed in-process from text already in memory, so the figure is the pipeline's own speed.
"""
import argparse
import os
import resource
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import baozhi  # noqa: E402
import simulate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    with open(os.path.join(ROOT, "tests", "data", "jinchang-daily-p1.txt"), encoding="utf-8") as f:
        sample = f.read()
    sims = [text for _, text, _ in simulate.generate(200, 99)]
    baozhi.parse_text(sample)   # warm-up: imports and regex compilation
    for name, texts in (("sample page", [sample]), ("simulated pages", sims)):
        batch = [texts[k % len(texts)] for k in range(args.pages // 5)]
        chars = sum(len(t) for t in batch)
        rates = []
        for _ in range(5):      # five rounds; the median is steadier than one long run
            t0 = time.perf_counter()
            for t in batch:
                baozhi.parse_text(t)
            rates.append(len(batch) / (time.perf_counter() - t0))
        rates.sort()
        rate = rates[2]
        print(f"{name:16s} {len(batch) * 5} pages: {rate:.0f} pages/s (median of 5 rounds, "
              f"range {rates[0]:.0f}-{rates[-1]:.0f}), {rate * chars / len(batch) / 1e6:.2f} M chars/s, "
              f"{chars / len(batch):.0f} chars/page")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
