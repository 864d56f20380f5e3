#!/usr/bin/env python3
"""The corpus: ingest pages/s with 1 and 2 processes (parse + enrich + store), and search
latency p50 / p95 over a store of 100,000 articles made of real ones, as the reader searches
(copies grouped, facets by newspaper, month, kind, person, organisation and place).

    python bench/corpus_bench.py [--ingest-pages 600] [--articles 100000] [--queries 200]

The large store is filled from real articles (enriched once each) straight through the
store's writer (no parsing: search speed depends on what is indexed, not on how it got
there). --skip-ingest measures search alone."""
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
from baozhi.corpus.search import find, search  # noqa: E402


def bench_ingest(n: int, tmp: str) -> None:
    files = sorted(simulate.write_pages(os.path.join(tmp, "pages"), n, 13))
    for jobs in (1, 2):
        db = os.path.join(tmp, f"ingest-{jobs}.sqlite")
        t = time.perf_counter()
        r = ingest(db, files, jobs=jobs, progress=False)
        dt = time.perf_counter() - t
        print(f"ingest, {jobs} process{'es' if jobs > 1 else ''}: {r['pages'] / dt:.1f} pages/s "
              f"({r['pages']} pages of about 1,600 characters, parse + enrich + store, start-up included)")


PAPERS = ["人民日报", "金昌日报", "河西晚报", "甘肃日报", "经济日报", "光明日报", "新三门", "张掖日报"]


def _real_articles(limit: int | None = None) -> list[dict]:
    """The real articles (../shared/corpus when beside the repository, else the 200 bundled),
    each enriched once (LAC and our stages), as the store's writer takes them."""
    import realistic
    from baozhi.enrich import enrich_article
    from baozhi.model import Article

    out = []
    for page in realistic.load_pages():
        for a in page:
            g = a["gold"]
            art = Article(kind=g.get("kind", "article"), title=g.get("title"), subtitles=list(g.get("subtitles") or []),
                          dateline=g.get("dateline"), paragraphs=list(g["paragraphs"]))
            out.append(enrich_article(art, a["date"]).to_dict())
            if limit and len(out) >= limit:
                return out
    return out


def build_store(db: str, n_articles: int, seed: int = 5) -> int:
    """A store of `n_articles` distinct articles made of real ones: each is a real article
    (title, entities, figures) with one paragraph swapped for a paragraph of another, set in
    one of eight papers on a day of 2015-2024, about 12 to a page. Real vocabulary, real
    entity counts, no two texts alike (so grouping and facets do their full work)."""
    rng = random.Random(seed)
    pool = _real_articles()
    paras = [p for a in pool for p in a["paragraphs"]]
    conn = schema.connect(db)
    made = 0
    page = 0
    while made < n_articles:
        arts = []
        for _ in range(min(12, n_articles - made)):
            a = dict(rng.choice(pool))
            ps = list(a["paragraphs"])
            k = rng.randrange(len(ps)) if ps else 0
            if ps:
                ps[k] = rng.choice(paras)
            a["paragraphs"] = ps
            for key in ("people", "organizations", "places"):
                a[key] = [dict(e, mentions=[m for m in e["mentions"] if m.get("paragraph") != k]) for e in a.get(key) or []]
                a[key] = [e for e in a[key] if e["mentions"]]
            a["span"] = {"lines": [1, 2]}
            arts.append(a)
        made += len(arts)
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = {"source": {"format": "text"}, "edition": {"newspaper": rng.choice(PAPERS), "date": day,
                                                          "page_number": str(rng.randint(1, 16))}, "articles": arts}
        store.write(conn, {"path": f"/bench/{page}.txt", "sha256": f"bench-{page}", "size": 0,
                           "pages": [{"doc": doc, "raw": "", "first_line": 1}]})
        page += 1
    conn.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    return made


QUERIES = ("发展 经济 疫情 防控 企业 会议 书记 中国 合作 工作 国家 人民 建设 社会 政府 全国 服务 群众 创新 农村"
           " 习近平 总书记 新冠肺炎 医疗 物资 湖北 武汉 脱贫 攻坚 美国").split()


def bench_search(n_articles: int, n_queries: int, tmp: str, keep: str | None = None) -> None:
    db = keep or os.path.join(tmp, "big.sqlite")
    if keep and os.path.exists(keep):
        arts = schema.connect(db, readonly=True).execute("SELECT count(*) FROM articles").fetchone()[0]
        print(f"store of {arts} articles from {keep}")
    else:
        t = time.perf_counter()
        arts = build_store(db, n_articles)
        print(f"store of {arts} articles built in {time.perf_counter() - t:.0f} s, {os.path.getsize(db) / 1e6:.0f} MB")
    conn = schema.connect(db, readonly=True)
    for q in QUERIES:       # (the store read once, as a server's cache would hold it: not a cold disk)
        find(conn, q, limit=20, facets=True)
    rng = random.Random(5)
    rows = []
    for label, fn in (("plain: first 20 hits with snippets and the total", lambda q: search(conn, q, limit=20)),
                      ("as the reader asks: copies grouped, 6 facets", lambda q: find(conn, q, limit=20, facets=True)),
                      ("two words and an exclusion, grouped, facets",
                       lambda q: find(conn, f"{q} {rng.choice(QUERIES)} -{rng.choice(QUERIES)}", limit=20, facets=True)),
                      ("no query: newest first, grouped, facets", lambda q: find(conn, "", limit=20, facets=True))):
        times, hits = [], []
        for _ in range(n_queries):
            q = rng.choice(QUERIES)
            t = time.perf_counter()
            r = fn(q)
            times.append((time.perf_counter() - t) * 1000)
            hits.append(r[1] if isinstance(r, tuple) else r.total)
        times.sort()
        p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
        rows.append(f"| {label} | {statistics.median(hits):.0f} | {p50:.1f} | {p95:.1f} |")
    print(f"search over {arts} articles, {len(QUERIES)} words, {n_queries} runs each:")
    print("| search | median hits | p50 ms | p95 ms |\n|---|---|---|---|")
    print("\n".join(rows))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ingest-pages", type=int, default=600)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--store", help="keep the large store here (and reuse it when it is there)")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="baozhi-corpus-")
    try:
        if not args.skip_ingest:
            bench_ingest(args.ingest_pages, tmp)
        bench_search(args.articles, args.queries, tmp, args.store)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
