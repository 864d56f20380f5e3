"""`baozhi parse | score | ingest | search | serve`: the command line."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from typing import Iterator

from . import __version__, parse, parse_bytes
from .errors import InputError, shown
from .evaluate import format_report, score
from .model import fill_edition
from .writers import json as json_writer
from .writers import markdown as md_writer

PAGE_SUFFIXES = (".txt", ".pdf")


def _json_file(path: str) -> bool:
    """Whether a file named .json or .jsonl holds JSON (a gold file or an earlier output given
    with the pages, as `cases/*` gives them), which no page is; a page dump that happens to be
    named .json is read as the page it is."""
    if not path.lower().endswith((".json", ".jsonl")) or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head[:1] in (b"{", b"[")


def _err(msg: str) -> None:
    print(f"baozhi: {msg}", file=sys.stderr)


def expand(inputs: list[str]) -> Iterator[str]:
    """Files as given; folders contribute the page files under them, in name order."""
    for p in inputs:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(PAGE_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield p


def _umask() -> int:
    """The process's umask (there is no call that reads it without setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str, text: str) -> None:
    """Write via a temporary name in the same folder, then rename: never a half file. The
    file gets the mode a plain open() would give it (0o666 less the umask: 0644 under the
    usual 022); mkstemp's own 0600 would shut out everyone else, a web server or a colleague."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".baozhi-", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def render(page, fmt: str, compact: bool = False) -> str:
    if fmt == "json":
        return json_writer.dumps(page, pretty=not compact) + "\n"
    return md_writer.dumps(page)


def load(path: str, enrich: bool = False, date: str | None = None):
    """One input as `baozhi parse` gives it: parsed (`-`: standard input), `date` made the
    edition date of each page that prints none, and enriched if asked, against `date` or else
    the page's own date."""
    page = parse_bytes(sys.stdin.buffer.read(), "<stdin>") if path == "-" else parse(path)
    fill_edition(page, date)
    if enrich:
        from .enrich import enrich as enrich_doc
        enrich_doc(page, date)
    return page


def _undated(doc) -> int:
    """Pages of a parsed input with no edition date (none printed, none given)."""
    return sum(not pg.edition.date for pg in getattr(doc, "pages", None) or [doc])


# Skip lines printed one by one; past these, a re-run over an archive counts them in the summary.
SKIPS_SHOWN = 20


def cmd_parse(args: argparse.Namespace) -> int:
    fmt = {"markdown": "md"}.get(args.format, args.format) or ("json" if args.output else "md")
    files = list(expand(args.inputs))
    if not files:
        _err(f"no page files ({', '.join(PAGE_SUFFIXES)}) in {', '.join(args.inputs)}")
        return 2
    if args.output:
        os.makedirs(args.output, exist_ok=True)
    failed: list[str] = []
    skipped: list[str] = []     # output there already, no --force: not a failure (a re-run)
    undated: list[str] = []     # enriched with no date to resolve relative dates against
    n_undated = 0
    written: dict[str, str] = {}
    n_pages = n_articles = 0
    t0 = time.perf_counter()
    for path in files:
        target = None
        if args.output:
            # Decided before parsing: a re-run skips what it has done at no cost.
            stem = "stdin" if path == "-" else os.path.splitext(os.path.basename(path))[0]
            target = os.path.join(args.output, f"{stem}.{fmt}")
            if target in written:
                _err(f"{path}: output {target} already written from {written[target]} in this run; skipped")
                failed.append(path)
                continue
            there = path == "-" or os.path.exists(path)      # (a missing input fails below, as one)
            if there and path != "-" and os.path.exists(target) and os.path.samefile(target, path):
                _err(f"{path}: output {target} would overwrite the input; skipped")
                failed.append(path)
                continue
            if there and os.path.exists(target) and not args.force:
                skipped.append(path)
                if len(skipped) <= SKIPS_SHOWN:
                    _err(f"{path}: skipped: {target} exists (--force overwrites it)")
                elif len(skipped) == SKIPS_SHOWN + 1:
                    _err("further skips are counted in the summary")
                continue
        if _json_file(path):
            # (a gold or an output file named with the pages, cases/*: a page it is not)
            _err(f"{path}: not a page file (JSON; pages are {', '.join(PAGE_SUFFIXES)}); skipped")
            failed.append(path)
            continue
        try:
            page = load(path, args.enrich, args.date)
        except InputError as e:
            _err(str(e))
            failed.append(path)
            continue
        except Exception as e:  # a bug on one page must not stop a batch of thousands
            _err(f"{path}: internal error: {type(e).__name__}: {e}")
            failed.append(path)
            continue
        for pg in getattr(page, "pages", None) or [page]:
            if pg.source.get("problem"):
                _err(f"{path}: {pg.source['problem']}")     # the file's other pages are read
        if args.enrich and (k := _undated(page)):
            n_undated += k
            undated.append("<stdin>" if path == "-" else path)
        n_pages += 1
        n_articles += len(page.articles)
        if target is None:
            sys.stdout.write(render(page, fmt, compact=len(files) > 1))
            continue
        try:
            write_atomic(target, render(page, fmt))
        except OSError as e:
            _err(f"{path}: cannot write {target}: {e.strerror or e}")
            failed.append(path)
            continue
        written[target] = path
    if undated:
        # Once a run, not once a page: a batch of undated dumps would bury everything else.
        what = (f"{undated[0]}: no edition date on the page" if n_undated == 1 else
                f"{n_undated} pages have no edition date (first: {undated[0]})")
        _err(f"{what}, and no --date: relative dates (今天, 17日) stay unresolved; "
             "give the edition's date with --date YYYY-MM-DD")
    if args.output or len(files) > 1 or failed:
        dt = time.perf_counter() - t0
        rate = f", {n_pages / dt:.0f} pages/s" if dt > 0 and n_pages else ""
        skips = f"{len(skipped)} skipped (output exists), " if args.output else ""
        print(f"baozhi: {n_pages} of {len(files)} pages parsed, {n_articles} articles, "
              f"{skips}{len(failed)} failed{rate}", file=sys.stderr)
        for path in failed[:20]:
            print(f"  failed: {path}", file=sys.stderr)
        if len(failed) > 20:
            print(f"  ... and {len(failed) - 20} more", file=sys.stderr)
    return 1 if failed else 0


def _iso_date(s: str) -> str:
    import datetime

    try:
        return datetime.date.fromisoformat(s).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date like 2024-03-18")


def cmd_score(args: argparse.Namespace) -> int:
    if args.entities:
        from .evaluate_entities import format_entities, score_entities
        try:
            result = score_entities(args.entities)
        except (OSError, ValueError) as e:
            _err(f"{args.entities}: {e}")
            return 2
        print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_entities(result))
        return 0
    if not args.gold or not args.pred:
        _err("score needs GOLD and PRED (or --entities GOLD.jsonl)")
        return 2
    for p in (args.gold, args.pred):
        if not os.path.exists(p):
            _err(f"{p}: no such file or folder")
            return 2
    unread: list[str] = []

    def warn(msg: str) -> None:
        unread.append(msg)
        _err(msg)

    try:
        result = score(args.gold, args.pred, warn=warn)
    except (OSError, ValueError) as e:
        _err(f"cannot score: {e}")
        return 2
    if not result["pages"]:
        _err(f"{args.gold}: no *.gold.json pages")
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_report(result))
    # (the scores stand, a missing prediction scored as an empty page; the status says so)
    return 1 if unread else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .corpus.ingest import ingest

    if args.newspaper is not None and (not args.newspaper.strip() or any("\udc80" <= c <= "\udcff" for c in args.newspaper)):
        _err(f"--newspaper: not a name in valid UTF-8 ({shown(args.newspaper)!r})")
        return 2
    files = list(expand(args.inputs))
    missing = [p for p in args.inputs if not os.path.exists(p)]
    for p in missing:
        _err(f"{p}: no such file or folder")
    if not files:
        _err("no page files found")
        return 2
    t0 = time.perf_counter()
    try:
        r = ingest(args.db, files, jobs=args.jobs, date=args.date, engine=args.engine, scheduler=args.scheduler,
                   progress=not args.quiet, newspaper=args.newspaper)
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            _err(f"{args.db}: the store is busy (another ingest is writing it): run again when it is done")
        else:
            _err(f"{args.db}: cannot write the store ({e})")
        return 2
    except sqlite3.DatabaseError as e:
        _err(f"{args.db}: not a baozhi store ({e})")
        return 2
    dt = time.perf_counter() - t0
    print(f"baozhi: {r['ingested']} files ingested ({r['pages']} pages, {r['pages'] / dt:.1f} pages/s), "
          f"{r['skipped']} already in, {r['failed']} failed; store {args.db}", file=sys.stderr)
    for e in r["errors"][:20]:
        print(f"  failed: {e}", file=sys.stderr)
    if len(r["errors"]) > 20:
        print(f"  ... and {len(r['errors']) - 20} more (table files, status 'failed')", file=sys.stderr)
    return 1 if r["failed"] or missing else 0


SEARCH_SYNTAX = """search syntax:
  金昌 市长          both words (a Chinese word matches its characters in order: 金昌 never 金…昌)
  "市长 王方太"      a phrase: the words one after the other (市长王方太)
  金昌 -会议         金昌, and not 会议 (-"a phrase" too)
  金昌 OR 张掖 市长  金昌 or 张掖, and 市长 (OR in capitals, between two terms)
  昌                 one character: every word that holds it
Punctuation and other operators typed in are only word edges. Copies of one story (the same
text on several pages or papers) are one hit with its copies counted. Where more than 2,000
articles match, the total is exact and the hits are ranked among the 2,000 stored last.
"""


def _month(value: str) -> str:
    from .corpus.search import is_month

    if not is_month(value):
        raise argparse.ArgumentTypeError(f"{value!r}: not a year or month (YYYY or YYYY-MM, or - for undated)")
    return value


def cmd_search(args: argparse.Namespace) -> int:
    from .corpus import schema
    from .corpus.search import Filters, find, highlight_text

    if not os.path.exists(args.db):
        _err(f"{args.db}: no such store (make one with baozhi ingest)")
        return 2
    if os.path.isdir(args.db):
        _err(f"{args.db}: is a folder, not a baozhi store (a corpus.sqlite file)")
        return 2
    if not 1 <= args.limit <= 10_000:
        _err(f"--limit {args.limit}: must be from 1 to 10000")
        return 2
    if not 0 <= args.offset <= 10_000_000:
        _err(f"--offset {args.offset}: must be from 0 to 10000000")
        return 2
    for name in ("query", "newspaper", "person", "kind", "organization", "place"):
        value = getattr(args, name, None)
        if isinstance(value, str) and any("\udc80" <= c <= "\udcff" for c in value):
            _err(f"{'--' + name if name != 'query' else 'the query'}: not valid UTF-8 ({shown(value)})")
            return 2
    try:
        conn = schema.connect(args.db, readonly=True)
    except ValueError as e:
        _err(str(e))
        return 2
    except (OSError, sqlite3.Error) as e:
        _err(f"{args.db}: cannot open the store ({e})")
        return 2
    r = find(conn, args.query, Filters(args.newspaper, args.date_from, args.date_to, args.kind, args.person,
                                       args.organization, args.place, args.month),
             limit=args.limit, offset=args.offset, sort=args.sort, facets=args.json, group=not args.all_copies)
    if args.json:
        print(json.dumps({"total": r.total, "stories": r.stories, "sampled": r.sampled, "hits": r.hits,
                          "facets": r.facets}, ensure_ascii=False, indent=1))
        return 0
    print(f"{r.total} articles" + (f", {r.stories} stories" if r.stories != r.total else ""))
    for h in r.hits:
        where = " ".join(x for x in (h["newspaper"], h["date"], f"第{h['page_number']}版" if h["page_number"] else "")
                         if x)
        copies = f"  (+{h['copies'] - 1} copies)" if h["copies"] > 1 else ""
        print(f"[{h['uid']}] {h['title'] or '(untitled)'}  {where}  {h['path']}{copies}")
        print(f"    {highlight_text(h['snippet'], h['highlights'])}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .corpus import schema
    from .web.app import serve

    if not os.path.exists(args.db):
        _err(f"{args.db}: no such store (make one with baozhi ingest)")
        return 2
    try:
        schema.connect(args.db, readonly=True).close()
    except (ValueError, OSError) as e:
        _err(str(e))
        return 2
    return serve(args.db, args.host, args.port)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="baozhi", description="Chinese newspaper pages to structured articles.")
    ap.add_argument("--version", action="version", version=f"baozhi {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="rebuild the articles of page files")
    p.add_argument("inputs", nargs="+", help="page files (.txt, .pdf), folders of them, or - for standard input")
    p.add_argument("--format", choices=("md", "markdown", "json"),
                   help="md or markdown (default on stdout), or json (default with -o)")
    p.add_argument("-o", "--output", metavar="DIR", help="write DIR/<stem>.json (or .md) for each input")
    p.add_argument("--force", action="store_true",
                   help="overwrite existing output files (without it they are skipped, not failed)")
    p.add_argument("--enrich", action="store_true",
                   help="extract people with titles, organisations, places, dates and figures (the nlp extra)")
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                   help="the edition's date where the page prints none, and the base for 去年, 3月17日 "
                        "(default: the date printed on the page)")
    p.set_defaults(func=cmd_parse)

    s = sub.add_parser("score", help="score predictions against gold pages, or the extractors against a gold set")
    s.add_argument("gold", nargs="?", help="GOLD.json or a folder of X.gold.json")
    s.add_argument("pred", nargs="?", help="PRED.json or a folder of X.json")
    s.add_argument("--entities", metavar="GOLD.jsonl",
                   help="score the enrich stages on a gold set of sentences: precision and recall per kind")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=cmd_score)

    i = sub.add_parser("ingest", help="parse and enrich page files into a searchable store")
    i.add_argument("inputs", nargs="+", help="page files (.txt, .pdf) or folders of them")
    i.add_argument("--db", required=True, help="the SQLite store (made if missing)")
    i.add_argument("-j", "--jobs", type=int, default=0, help="processes (default: one per core)")
    i.add_argument("--engine", choices=("processes", "dask"), default="processes")
    i.add_argument("--scheduler", metavar="tcp://HOST:8786", help="a Dask scheduler (default: a local cluster)")
    i.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="edition date where pages print none")
    i.add_argument("--newspaper", metavar="NAME", help="the newspaper's name where pages print none (金昌日报)")
    i.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    i.set_defaults(func=cmd_ingest)

    q = sub.add_parser("search", help="search the store", formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Search the store's articles (title, subtitles and text).",
                       epilog=SEARCH_SYNTAX)
    q.add_argument("query", nargs="?", default="", help="what to find (see below); empty: the newest articles")
    q.add_argument("--db", required=True)
    q.add_argument("--newspaper")
    q.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--month", type=_month, metavar="YYYY[-MM]", help="editions of that year or month (-: undated)")
    q.add_argument("--kind", choices=("article", "photo"))
    q.add_argument("--person", help="only articles that name this person")
    q.add_argument("--organization", help="only articles that name this organisation")
    q.add_argument("--place", help="only articles that name this place (its full name, 甘肃省金昌市)")
    q.add_argument("--sort", choices=("relevance", "date", "oldest"), default="relevance")
    q.add_argument("--all-copies", action="store_true", help="list each copy of a story (default: one hit a story)")
    q.add_argument("--limit", type=int, default=20)
    q.add_argument("--offset", type=int, default=0)
    q.add_argument("--json", action="store_true", help="the hits as JSON (with the total and the facets)")
    q.set_defaults(func=cmd_search)

    v = sub.add_parser("serve", help="the web reader over a store")
    v.add_argument("--db", required=True)
    v.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    v.add_argument("--port", type=int, default=8000)
    v.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
