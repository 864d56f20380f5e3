#!/usr/bin/env python3
"""The corpus: ingest pages/s with 1 and 2 processes (parse + enrich + store), and search
latency p50 / p95 over a store of 100,000 simulated articles for two-character queries.

    python bench/corpus_bench.py [--ingest-pages 600] [--articles 100000] [--queries 200]

The large store is filled from the simulator's gold articles straight through the store's
writer (no parsing: search speed depends on what is indexed, not on how it got there)."""
import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "src"))

import simulate  # noqa: E402
from baozhi.corpus import schema, store  # noqa: E402
from baozhi.corpus.ingest import ingest  # noqa: E402
from baozhi.corpus.search import search  # noqa: E402

QUERIES = "金昌 市长 项目 发展 企业 书记 工作 建设 群众 经济 增长 会议 全市 服务 农村 文化 安全 旅游 投资 生态".split()


def bench_ingest(n: int, tmp: str) -> None:
    files = sorted(simulate.write_pages(os.path.join(tmp, "pages"), n, 13))
    for jobs in (1, 2):
        db = os.path.join(tmp, f"ingest-{jobs}.sqlite")
        t = time.perf_counter()
        r = ingest(db, files, jobs=jobs, progress=False)
        dt = time.perf_counter() - t
        print(f"ingest, {jobs} process{'es' if jobs > 1 else ''}: {r['pages'] / dt:.1f} pages/s "
              f"({r['pages']} pages of about 1,600 characters, parse + enrich + store, start-up included)")


def build_store(db: str, n_articles: int) -> int:
    conn = schema.connect(db)
    arts = 0
    k = 0
    while arts < n_articles:
        for stem, text, gold in simulate.generate(500, 1000 + k):
            doc = {"source": {"format": "text"}, "edition": {"newspaper": random.choice(["金昌日报", "河西晚报"]),
                                                              "date": f"20{random.randint(10, 24)}-0{random.randint(1, 9)}-1{random.randint(0, 9)}"},
                   "articles": [dict(a, span={"lines": [1, 2]}) for a in gold["articles"]]}
            store.write(conn, {"path": f"/sim/{k}/{stem}.txt", "sha256": f"{k}-{stem}", "size": len(text),
                               "pages": [{"doc": doc, "raw": text, "first_line": 1}]})
            arts += len(doc["articles"])
            if arts >= n_articles:
                break
        k += 1
    conn.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    return arts


def bench_search(n_articles: int, n_queries: int, tmp: str) -> None:
    db = os.path.join(tmp, "big.sqlite")
    t = time.perf_counter()
    arts = build_store(db, n_articles)
    print(f"store of {arts} articles built in {time.perf_counter() - t:.0f} s, {os.path.getsize(db) / 1e6:.0f} MB")
    conn = schema.connect(db, readonly=True)
    rng = random.Random(5)
    times = []
    for _ in range(n_queries):
        q = rng.choice(QUERIES)
        t = time.perf_counter()
        hits, total = search(conn, q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
    print(f"search, two-character queries ({len(QUERIES)} words, {n_queries} runs, first 20 hits with snippets"
          f" and the total): p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingest-pages", type=int, default=600)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="baozhi-corpus-")
    try:
        bench_ingest(args.ingest_pages, tmp)
        bench_search(args.articles, args.queries, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
