#!/usr/bin/env python3
"""A load run against the web reader on loopback: 2,000 requests from 20 clients over the
routes people use (search, article, people, organisations, figures, the JSON API, and some
hostile values), on a store ingested from the bundled real pages. Prints requests/s, p50 and
p95 latency and the count of 5xx answers (there must be none).

    python bench/web_load.py [--requests 2000] [--clients 20]
"""
import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = [os.path.join(ROOT, "tests", "data", "jinchang-daily-p1.txt"),
         os.path.join(ROOT, "tests", "data", "pages", "xinsanmen-2011-05-24-p2.pdf")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=20)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.path.join(ROOT, "src")}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "corpus.sqlite")
        subprocess.run([sys.executable, "-m", "baozhi.cli", "ingest", *PAGES, "--db", db, "-q"], check=True, env=env,
                       stderr=subprocess.DEVNULL)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "baozhi.cli", "serve", "--db", db, "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    _get(base + "/")
                    break
                except OSError:
                    time.sleep(0.1)
            hits = json.loads(urllib.request.urlopen(base + "/api/search?q=" + urllib.parse.quote("金昌")).read())
            uids = [h["uid"] for h in hits["items"]] or ["0" * 16]
            words = ["金昌", "市长", "项目", "发展", "书记", "残联", "王钧", "企业", "新三门", "农田"]
            rng = random.Random(7)
            urls = []
            for _ in range(args.requests):
                kind = rng.randrange(10)
                w = urllib.parse.quote(rng.choice(words))
                urls.append(base + ["/search?q=" + w, "/api/search?q=" + w, f"/a/{rng.choice(uids)}",
                                    f"/api/articles/{rng.choice(uids)}", "/people", "/organizations", "/figures",
                                    f"/api/article/{2 ** 64}", "/browse", "/search"][kind])
            t0 = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                results = list(pool.map(_get, urls))
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait()
    times = sorted(t for _, t in results)
    errors = sum(1 for s, _ in results if s >= 500)
    print(f"{len(results)} requests, {args.clients} clients: {len(results) / wall:.0f} requests/s, "
          f"p50 {statistics.median(times) * 1000:.0f} ms, p95 {times[int(0.95 * (len(times) - 1))] * 1000:.0f} ms, "
          f"{errors} answers 5xx")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
