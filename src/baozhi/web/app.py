"""The web reader over a store, opened read-only: browse newspapers, editions and pages
(a PDF page as its facsimile with every article's box a link), search with facets, read an
article beside its page, follow a person's titles over time, chart figures, export any list.
Every HTML page has its JSON twin under /api/ (lists: total, limit, offset, items; CSV or
JSONL with format=csv|jsonl), and one error shape: {"error": ..., "detail": ...}.

Every page is rendered by Jinja2 with autoescaping (page text is data, never markup); every
query reaches SQLite as parameters; the server's file paths are never shown."""
import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..corpus import schema, views
from ..corpus.search import FACETS, WINDOW, Filters, find, is_month, marked_html
from .chart import line_chart

PAGE_SIZE = 20
MAX_LIMIT = 500             # a list's page, in items (JSON and HTML)
MAX_EXPORT = 100_000        # a CSV or JSONL export, in items
FACET_LABELS = {"newspaper": "报纸 Newspaper", "month": "年月 Month", "kind": "类型 Kind", "person": "人物 People",
                "organization": "机构 Organisations", "place": "地点 Places", "date_from": "从 from", "date_to": "到 to"}


def _templates() -> Jinja2Templates:
    folder = str(resources.files("baozhi").joinpath("web/templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))
    env.filters["marked"] = lambda text, spans: Markup(marked_html(text or "", spans or []))   # (escaped inside)
    env.globals["facet_labels"] = FACET_LABELS
    return Jinja2Templates(env=env)


def _iso_date(value: str | None, name: str) -> str | None:
    """An ISO date parameter (YYYY-MM-DD), or a 400 that says which and why."""
    if not value:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not a date (YYYY-MM-DD): {value[:40]}") from None
    return value


def _month(value: str | None) -> str | None:
    if value and not is_month(value):
        raise HTTPException(400, f"month: not a year or month (YYYY or YYYY-MM): {value[:40]}")
    return value or None


def _flat(value):
    """A value as one CSV cell: lists joined by 、, dicts as JSON, formulas defused."""
    if isinstance(value, list):
        value = "、".join(str(v if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False)) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    return _cell(value)


def _export(items: list[dict], fmt: str, name: str, columns: list[str] | None = None) -> Response:
    """A list as a CSV file (UTF-8 with BOM, as spreadsheets want it) or JSON Lines."""
    if fmt == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items)
        return Response(body, media_type="application/x-ndjson; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})
    columns = columns or (list(items[0]) if items else [])
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in items:
        w.writerow([_flat(r.get(c)) for c in columns])
    return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def create_app(db: str, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The reader's app over the store at `db` (read-only). `allowed_hosts`: the Host names
    answered (None: any; see `serve`)."""
    app = FastAPI(title="baozhi", docs_url=None, redoc_url=None)
    templates = _templates()

    def read(fn: Callable, *args, **kwargs):
        c = schema.connect(db, readonly=True)
        try:
            return fn(c, *args, **kwargs)
        except LookupError as e:
            raise HTTPException(404, str(e)) from None
        finally:
            c.close()

    def html(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def answer(data: dict, fmt: str, name: str, columns: list[str] | None = None):
        if fmt == "json":
            return data
        return _export(data["items"], fmt, name, columns)

    def limits(fmt: str, limit: int | None, default: int = PAGE_SIZE) -> int:
        """A list's limit: `default` for a JSON page, everything (up to MAX_EXPORT) for an
        export; past MAX_LIMIT for JSON, a 400."""
        top = MAX_LIMIT if fmt == "json" else MAX_EXPORT
        if limit is None:
            limit = default if fmt == "json" else MAX_EXPORT
        if limit > top:
            raise HTTPException(400, f"limit: at most {top} for format {fmt}")
        return limit

    fmt_q = Query("json", pattern="^(json|csv|jsonl)$")
    limit_q = lambda: Query(None, ge=1, le=MAX_EXPORT)
    offset_q = lambda: Query(0, ge=0, le=10_000_000)
    name_q = lambda: Query(None, max_length=200)

    # -- home and browsing ---------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        def stats(c):
            counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("editions", "pages", "articles", "people", "organizations")}
            return counts, views.newspapers(c)["items"], find(c, "", limit=8).hits
        counts, papers, newest = read(stats)
        return html(request, "home.html", stats=counts, papers=papers, newest=newest)

    @app.get("/browse", response_class=HTMLResponse)
    def browse_page(request: Request):
        return html(request, "browse.html", papers=read(views.newspapers)["items"])

    @app.get("/api/newspapers")
    def newspapers_api(format: str = fmt_q):
        return answer(read(views.newspapers), format, "newspapers")

    def calendar(data: dict) -> list[dict]:
        """The editions as months of weeks (Monday first), newest month first."""
        by_day = {e["date"]: e for e in data["items"] if e["date"]}
        months = sorted({d[:7] for d in by_day}, reverse=True)
        out = []
        for m in months:
            y, mo = int(m[:4]), int(m[5:7])
            first = dt.date(y, mo, 1)
            days = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - first).days
            cells = [None] * first.weekday() + [
                {"day": d, "date": (iso := f"{m}-{d:02d}"), "edition": by_day.get(iso)} for d in range(1, days + 1)]
            out.append({"month": m, "weeks": [cells[k:k + 7] for k in range(0, len(cells), 7)]})
        return out

    @app.get("/browse/{newspaper}", response_class=HTMLResponse)
    def newspaper_page(request: Request, newspaper: str = Path(..., max_length=200),
                       year: str | None = Query(None, pattern=r"^\d{4}$")):
        data = read(views.editions, newspaper, year)
        if year is None and data["years"] and len(data["items"]) > 400:
            data = read(views.editions, newspaper, data["years"][0])     # (a long run: its latest year)
        return html(request, "newspaper.html", d=data, months=calendar(data))

    @app.get("/api/newspapers/{newspaper}/editions")
    def editions_api(newspaper: str = Path(..., max_length=200), year: str | None = Query(None, pattern=r"^\d{4}$"),
                     format: str = fmt_q):
        return answer(read(views.editions, newspaper, year), format, "editions")

    @app.get("/edition/{newspaper}/{date}", response_class=HTMLResponse)
    def edition_page(request: Request, newspaper: str = Path(..., max_length=200), date: str = Path(..., max_length=10)):
        if date != views.UNKNOWN:
            _iso_date(date, "date")
        return html(request, "edition.html", d=read(views.edition, newspaper, date))

    @app.get("/api/editions/{newspaper}/{date}")
    def edition_api(newspaper: str = Path(..., max_length=200), date: str = Path(..., max_length=10),
                    format: str = fmt_q):
        if date != views.UNKNOWN:
            _iso_date(date, "date")
        return answer(read(views.edition, newspaper, date), format, "pages")

    def pdf_file(page_id: int) -> tuple[str, int, float] | None:
        """(path, page number in the file, modification time) of a stored PDF page whose
        file is still there; None for a text page or a file gone."""
        row = read(lambda c: c.execute("SELECT fi.path, p.page_no, p.format FROM pages p JOIN files fi"
                                       " ON fi.id = p.file_id WHERE p.id = ?", (page_id,)).fetchone())
        if row is None or row["format"] != "pdf" or not os.path.exists(row["path"]):
            return None
        return row["path"], row["page_no"], os.path.getmtime(row["path"])

    def points(page_id: int) -> tuple[float, float] | None:
        """The PDF page's size in points (what the boxes are in; its image may be drawn
        smaller), None where its file cannot be read."""
        where = pdf_file(page_id)
        return _page_size(*where) if where else None

    @app.get("/pages/{page_id}", response_class=HTMLResponse)
    def page_view(request: Request, page_id: int = _id()):
        p = read(views.page, page_id)
        return html(request, "page.html", p=p, size=points(page_id) if p["format"] == "pdf" else None)

    @app.get("/api/pages/{page_id}")
    def page_api(page_id: int = _id()):
        return read(views.page, page_id)

    @app.get("/page/{page_id}.png")
    def page_image(page_id: int = _id()):
        where = pdf_file(page_id)
        if where is None:
            raise HTTPException(404, "no page image")
        png = _page_png(*where)
        if png is None:
            raise HTTPException(404, "the page's PDF has changed or cannot be read since it was stored")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    # -- search --------------------------------------------------------------------------

    def do_search(q: str, sort: str, filters: Filters, limit: int, offset: int, facets: bool, group: bool = True,
                  base: str = "") -> dict:
        _iso_date(filters.date_from, "from")
        _iso_date(filters.date_to, "to")
        _month(filters.month)
        r = read(find, q, filters, limit=limit, offset=offset, sort=sort, facets=facets, group=group)
        for h in r.hits:
            h.pop("path", None)
            h["permalink"] = f"{base}/a/{h['uid']}"
        return {"q": q, "sort": sort, "total": r.total, "stories": r.stories, "limit": limit, "offset": offset,
                "items": r.hits, "facets": {k: [{"value": v, "count": n} for v, n in r.facets.get(k, [])]
                                            for k in FACETS} if facets else {},
                "facets_sampled": r.sampled, "window": WINDOW,
                "filters": {k: v for k, v in vars(filters).items() if v}}

    def search_params(q: str = Query("", max_length=10_000), sort: str = Query("relevance", pattern="^(relevance|date|oldest)$"),
                      newspaper: str | None = name_q(), date_from: str | None = Query(None, alias="from", max_length=40),
                      date_to: str | None = Query(None, alias="to", max_length=40), month: str | None = Query(None, max_length=40),
                      kind: str | None = Query(None, max_length=40), person: str | None = name_q(),
                      organization: str | None = name_q(), place: str | None = name_q()):
        return q, sort, Filters(newspaper or None, date_from or None, date_to or None, kind or None, person or None,
                                organization or None, place or None, month or None)


    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, params=Depends(search_params), page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        q, sort, filters = params
        data = do_search(q, sort, filters, PAGE_SIZE, (page_no - 1) * PAGE_SIZE, True)
        base = {k: v for k, v in request.query_params.items() if k != "page"}
        data.update(page=page_no, pages=-(-data["stories"] // PAGE_SIZE), base=base,
                    link=lambda **kw: "/search?" + urlencode({k: v for k, v in {**base, **kw}.items() if v not in (None, "")}),
                    export=lambda fmt: "/api/search?" + urlencode({**base, "format": fmt}))
        return html(request, "search.html", **data)

    @app.get("/api/search")
    def search_api(request: Request, params=Depends(search_params), limit: int | None = limit_q(),
                   offset: int = offset_q(), facets: bool = True, group: bool = True, format: str = fmt_q):
        q, sort, filters = params
        limit = limits(format, limit)
        # (an export is every matching article, each copy its own row, with a link that
        # works outside the reader; the JSON list is the page as shown, a story a hit)
        export = format != "json"
        data = do_search(q, sort, filters, limit, offset, facets and not export, group and not export,
                         str(request.base_url).rstrip("/") if export else "")
        return answer(data, format, "search", ["uid", "title", "newspaper", "date", "page_number", "kind", "dateline",
                                                "authors", "snippet", "permalink"])

    # -- articles ------------------------------------------------------------------------

    def article_data(key) -> dict:
        a = read(views.article, key)
        a["permalink"] = f"/a/{a['uid']}"
        return a

    @app.get("/a/{uid}", response_class=HTMLResponse)
    def article_page(request: Request, uid: str = Path(..., pattern="^[0-9a-f]{16}$")):
        a = article_data(uid)
        return html(request, "article.html", a=a, size=points(a["page_id"]) if a["format"] == "pdf" else None)

    @app.get("/article/{article_id}")
    def article_by_id(article_id: int = _id()):
        # (row ids change with a re-ingest; the permalink does not)
        return RedirectResponse(f"/a/{article_data(article_id)['uid']}", status_code=301)

    @app.get("/api/articles/{uid}")
    def article_api(uid: str = Path(..., pattern="^[0-9a-f]{16}$")):
        return article_data(uid)

    @app.get("/api/article/{article_id}")
    def article_api_by_id(article_id: int = _id()):
        return article_data(article_id)

    # -- people and organisations --------------------------------------------------------

    @app.get("/people", response_class=HTMLResponse)
    def people_page(request: Request, q: str | None = name_q(), page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        d = read(views.people, q, 50, (page_no - 1) * 50)
        return html(request, "people.html", d=d, q=q or "", page=page_no, pages=-(-d["total"] // 50))

    @app.get("/api/people")
    def people_api(q: str | None = name_q(), limit: int | None = limit_q(), offset: int = offset_q(), format: str = fmt_q):
        limit = limits(format, limit, 50)
        return answer(read(views.people, q, limit, offset), format, "people")

    @app.get("/people/{name:path}", response_class=HTMLResponse)
    def person_page(request: Request, name: str = Path(..., max_length=200)):
        return html(request, "person.html", p=read(views.person, name, MAX_LIMIT, 0))

    @app.get("/api/people/{name:path}")
    def person_api(name: str = Path(..., max_length=200), limit: int | None = limit_q(), offset: int = offset_q(),
                   format: str = fmt_q):
        limit = limits(format, limit, 200)
        return answer(read(views.person, name, limit, offset), format, "person")

    @app.get("/organizations", response_class=HTMLResponse)
    def orgs_page(request: Request, q: str | None = name_q(), page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        d = read(views.organizations, q, 50, (page_no - 1) * 50)
        return html(request, "organizations.html", d=d, q=q or "", page=page_no, pages=-(-d["total"] // 50))

    @app.get("/api/organizations")
    def orgs_api(q: str | None = name_q(), limit: int | None = limit_q(), offset: int = offset_q(), format: str = fmt_q):
        limit = limits(format, limit, 50)
        return answer(read(views.organizations, q, limit, offset), format, "organizations")

    @app.get("/organizations/{name:path}", response_class=HTMLResponse)
    def org_page(request: Request, name: str = Path(..., max_length=200)):
        return html(request, "organization.html", o=read(views.organization, name, MAX_LIMIT, 0))

    @app.get("/api/organizations/{name:path}")
    def org_api(name: str = Path(..., max_length=200), limit: int | None = limit_q(), offset: int = offset_q(),
                format: str = fmt_q):
        limit = limits(format, limit, 200)
        return answer(read(views.organization, name, limit, offset), format, "organization")

    # -- figures -------------------------------------------------------------------------

    def figure_filters(measure: str | None = name_q(), unit: str | None = Query(None, max_length=20),
                       period: str | None = Query(None, max_length=40), newspaper: str | None = name_q(),
                       exact: bool = False):
        return {"measure": measure or None, "unit": unit or None, "period": period or None,
                "newspaper": newspaper or None, "exact": exact}

    @app.get("/figures", response_class=HTMLResponse)
    def figures_page(request: Request, f=Depends(figure_filters), page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        d = read(views.figures, **f, limit=100, offset=(page_no - 1) * 100)
        unit = f["unit"] or (d["units"][0]["unit"] if len(d["units"]) == 1 else None)
        # (one measure, whole, in one unit: part of a name such as 贷款 meets several measures)
        measure = f["measure"] if f["exact"] else (d["measures"][0]["measure"] if len(d["measures"]) == 1 else None)
        chart = ""
        if measure and unit:
            chart = line_chart(read(views.series, measure, unit, f["newspaper"]), unit)
        base = {k: v for k, v in f.items() if v}
        return html(request, "figures.html", d=d, f=base, chart=chart, unit=unit, measure=measure, page=page_no,
                    pages=-(-d["total"] // 100), base=urlencode(base),
                    export=lambda fmt: "/api/figures?" + urlencode({**base, "format": fmt}))

    @app.get("/api/figures")
    def figures_api(f=Depends(figure_filters), limit: int | None = limit_q(), offset: int = offset_q(),
                    format: str = fmt_q):
        limit = limits(format, limit, 100)
        return answer(read(views.figures, **f, limit=limit, offset=offset), format, "figures",
                      ["date", "newspaper", "measure", "text", "value", "unit", "period", "change", "title", "uid"])

    @app.get("/figures.csv")
    def figures_csv(f=Depends(figure_filters)):
        return _export(read(views.figures, **f, limit=MAX_EXPORT, offset=0)["items"], "csv", "figures",
                       ["date", "newspaper", "measure", "text", "value", "unit", "period", "change", "title", "uid"])

    # -- errors and guards ---------------------------------------------------------------

    def error(request: Request, status: int, title: str, detail: str):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": title, "detail": detail}, status_code=status)
        return html(request, "error.html", status=status, message=f"{title}: {detail}" if detail else title)

    @app.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError):
        # (an out-of-range or malformed parameter is the client's mistake: 400, one line)
        where = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()[:3])
        return error(request, 400, "bad request", where)

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        title = {400: "bad request", 404: "not found"}.get(exc.status_code, "error")
        return error(request, exc.status_code, title, str(exc.detail))

    @app.exception_handler(404)
    def no_route(request: Request, exc):
        # (a route's own 404 says what was not found; Starlette's, for no route, says Not Found)
        detail = getattr(exc, "detail", None)
        return error(request, 404, "not found", detail if detail and detail != "Not Found" else "no such page")

    @app.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]").lower()
        if allowed_hosts is not None and "*" not in allowed_hosts and host not in allowed_hosts:
            # (a page on another site that resolves its own name to this machine, DNS
            # rebinding, is refused: only the names the server was started for are answered)
            return Response("unknown host", status_code=400, media_type="text/plain")
        response = await call_next(request)
        response.headers.update(_SECURITY_HEADERS)
        return response

    return app


def _id():
    """A path id: 1 to the largest integer SQLite stores (an id past it gave a 500). A new
    parameter object for each route: FastAPI binds one to the first parameter it serves."""
    return Path(..., ge=1, le=2**63 - 1)
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# A page image is at most this many pixels on its longer side: a PDF page of a million
# points drawn at scale 1 took 1.4 GB a request.
_MAX_SIDE = 2400


def _on_page(path: str, page_no: int, fn: Callable):
    """fn(page) of page `page_no` (from 1) of the PDF at `path`; None where the file no longer
    holds that page or cannot be read (replaced after it was stored)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        return fn(pdf[page_no - 1]) if 1 <= page_no <= len(pdf) else None
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()


def _png(page) -> bytes:
    w, h = page.get_size()
    img = page.render(scale=min(1.0, _MAX_SIDE / max(w, h, 1.0))).to_pil()
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@lru_cache(maxsize=64)
def _page_png(path: str, page_no: int, mtime: float) -> bytes | None:
    """The page drawn as a PNG, at most _MAX_SIDE pixels on a side; None where it cannot be
    read (_on_page). Cached by the file's modification time."""
    return _on_page(path, page_no, _png)


@lru_cache(maxsize=256)
def _page_size(path: str, page_no: int, mtime: float) -> tuple[float, float] | None:
    """(width, height) in points of a PDF's page as shown, None where it cannot be read."""
    return _on_page(path, page_no, lambda page: tuple(page.get_size()))


def _cell(value):
    """A CSV cell as OWASP says: text that a spreadsheet would run as a formula (=, +, -, @,
    tab, carriage return first) is prefixed with a quote; numbers stay numbers."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Serve the store read-only on host:port. Requests are answered only for the names of
    the machine it is bound to (localhost, 127.0.0.1, ::1, and `host` itself; any name when
    bound to all interfaces, 0.0.0.0 or ::, as behind a reverse proxy)."""
    import uvicorn
    allowed = ["*"] if host in ("0.0.0.0", "::") else ["localhost", "127.0.0.1", "::1", host.lower()]
    print(f"baozhi: serving {db} read-only on http://{host}:{port}", flush=True)
    uvicorn.run(create_app(db, allowed), host=host, port=port, log_level="warning")
    return 0
