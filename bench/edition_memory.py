#!/usr/bin/env python3
"""Memory on whole editions: `baozhi parse EDITION.pdf -o OUT` on editions of 20, 100 and 200
typeset pages, each in a fresh process; prints pages/s and the process's peak memory, which
should stay flat as the edition grows (the reader holds one page at a time; what grows is
only the articles of the output).

    python bench/edition_memory.py [--sizes 20,100,200]
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import simulate  # noqa: E402
import typeset  # noqa: E402

_PEAK = ("import resource, runpy, sys; sys.argv = ['baozhi'] + sys.argv[1:]; "
         "exec('try:\\n runpy.run_module(\"baozhi.cli\", run_name=\"__main__\")\\nexcept SystemExit: pass'); "
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20,100,200")
    args = ap.parse_args()
    arts = simulate.load_articles("articles.jsonl")
    tmp = tempfile.mkdtemp(prefix="baozhi-edition-")
    try:
        print("| pages | MB of PDF | pages/s | peak memory MB |")
        print("|---|---|---|---|")
        for n in (int(x) for x in args.sizes.split(",")):
            path = os.path.join(tmp, f"edition-{n}.pdf")
            typeset.edition(n, list(arts), random.Random(n), path, ttf=False)
            out = os.path.join(tmp, f"out-{n}")
            t0 = time.perf_counter()
            r = subprocess.run([sys.executable, "-c", _PEAK, "parse", path, "-o", out],
                               capture_output=True, text=True)
            dt = time.perf_counter() - t0
            if r.returncode != 0 or not os.path.exists(os.path.join(out, f"edition-{n}.json")):
                print(r.stderr, file=sys.stderr)
                return 1
            peak_kb = int(r.stderr.strip().splitlines()[-1])
            print(f"| {n} | {os.path.getsize(path) / 1e6:.1f} | {n / dt:.1f} | {peak_kb / 1024:.0f} |")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
