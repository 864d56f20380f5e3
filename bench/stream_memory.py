#!/usr/bin/env python3
"""Streaming a batch with `baozhi parse DIR -o OUT`: pages/s and the child's peak memory.

    python bench/stream_memory.py [--pages 10000]

Writes the pages (simulated, like the sample) to a temporary folder, runs the CLI on them
as a separate process and reports its wall time and peak resident memory.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import simulate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10000)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="baozhi-bench-")
    try:
        src = os.path.join(tmp, "pages")
        size = sum(os.path.getsize(p) for p in simulate.write_pages(src, args.pages, 5))
        out = os.path.join(tmp, "out")
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "baozhi.cli", "parse", src, "-o", out],
                           capture_output=True, text=True)
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        written = len(os.listdir(out)) if os.path.isdir(out) else 0
        print(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "(no summary)")
        print(f"{args.pages} pages ({size / 1e6:.1f} MB) streamed in {dt:.1f}s: "
              f"{args.pages / dt:.0f} pages/s including start-up and writing; "
              f"{written} files written; peak memory of the parse process {peak:.0f} MB")
        return r.returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
