"""`make demo`: the bundled sample page rebuilt and enriched as `baozhi parse --enrich` prints
it, a one-line summary computed from that parse, and how to go on to a store and the web reader.

The sample (tests/data/jinchang-daily-p1.txt) is a real page of 金昌日报, a text dump without
its header line: the page prints no newspaper or date, so its edition date, 2024-03-18, is
given as `--date` would give it. Needs only the `nlp` extra (what `make demo` installs)."""
from __future__ import annotations

import os
import sys

from baozhi import cli

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = "tests/data/jinchang-daily-p1.txt"
DATE = "2024-03-18"


def summary(page, path: str) -> str:
    """`金昌日报 2024-03-18: 8 articles (1 photo), 24 people (21 with titles), ...`: what the
    parse found, counted from it (the file's name where the page prints no newspaper). People,
    organisations and places count once a page however many articles name them."""
    e = page.edition
    head = " ".join(x for x in (e.newspaper or os.path.basename(path), e.date,
                                f"第{e.page_number}版" if e.page_number else None) if x)
    arts = page.articles
    photos = sum(a.kind == "photo" for a in arts)
    people: dict[str, bool] = {}
    for a in arts:
        for p in a.people:
            people[p["name"]] = people.get(p["name"], False) or bool(p.get("titles"))
    orgs = {o["name"] for a in arts for o in a.organizations}
    places = {p.get("full") or p["name"] for a in arts for p in a.places}
    dates = [d for a in arts for d in a.dates]
    figures = sum(len(a.quantities) for a in arts)
    return (f"{head}: {len(arts)} articles" + (f" ({photos} photo{'s' * (photos > 1)})" if photos else "")
            + f", {len(people)} people ({sum(people.values())} with titles), {len(orgs)} organisations, "
            f"{len(places)} places, {len(dates)} dates ({sum('from' in d for d in dates)} resolved), "
            f"{figures} figures")


def main() -> int:
    os.chdir(ROOT)
    print(f"$ baozhi parse {SAMPLE} --enrich --date {DATE}\n")
    page = cli.load(SAMPLE, enrich=True, date=DATE)
    sys.stdout.write(cli.render(page, "md"))
    bin_ = os.path.relpath(os.path.dirname(sys.executable))
    print(f"""
{summary(page, SAMPLE)}

Next, a searchable store of the pages under tests/data and a web reader over it:
  {bin_}/pip install -e '.[web,pdf]'    # the web reader (FastAPI, Jinja2, uvicorn); PDF pages (pypdfium2)
  {bin_}/baozhi ingest tests/data --db corpus.sqlite
  {bin_}/baozhi serve --db corpus.sqlite    # then open http://127.0.0.1:8000""")
    return 0


if __name__ == "__main__":
    sys.exit(main())
