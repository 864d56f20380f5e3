"""The web reader over a store, opened read-only. Every page is rendered by Jinja2 with
autoescaping (page text is data, never markup); every query reaches SQLite as parameters."""
import csv
import io
import json
import os
import sqlite3
from functools import lru_cache
from importlib import resources

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..corpus import schema
from ..corpus.search import Filters, highlight_html, search

PAGE_SIZE = 20


def _templates() -> Jinja2Templates:
    folder = str(resources.files("baozhi").joinpath("web/templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))
    return Jinja2Templates(env=env)


def _json_list(s) -> list:
    try:
        return json.loads(s) if s else []
    except ValueError:
        return []


def create_app(db: str, allowed_hosts: list[str] | None = None) -> FastAPI:
    app = FastAPI(title="baozhi", docs_url=None, redoc_url=None)
    templates = _templates()

    def conn() -> sqlite3.Connection:
        return schema.connect(db, readonly=True)

    def query(sql: str, args=()) -> list[dict]:
        c = conn()
        try:
            return [dict(r) for r in c.execute(sql, args).fetchall()]
        finally:
            c.close()

    def page(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def do_search(q: str, newspaper: str | None, date_from: str | None, date_to: str | None, kind: str | None,
                  person: str | None, page_no: int) -> dict:
        c = conn()
        try:
            hits, total = search(c, q, Filters(newspaper or None, date_from or None, date_to or None, kind or None,
                                               person or None), limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
            papers = [r[0] for r in c.execute("SELECT DISTINCT newspaper FROM editions WHERE newspaper IS NOT NULL"
                                              " ORDER BY newspaper")]
        finally:
            c.close()
        for h in hits:
            h["snippet_html"] = highlight_html(h.pop("snip"))
            h["head"] = None
        return {"q": q, "hits": hits, "total": total, "page": page_no, "pages": -(-total // PAGE_SIZE),
                "newspapers": papers, "filters": {"newspaper": newspaper or "", "from": date_from or "",
                                                  "to": date_to or "", "kind": kind or "", "person": person or ""}}

    search_args = dict(q=Query("", max_length=10_000), newspaper=None, date_from=Query(None, alias="from"),
                       date_to=Query(None, alias="to"), kind=None, person=None, page_no=Query(1, alias="page", ge=1, le=100_000))

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        c = conn()
        try:
            stats = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("files", "pages", "articles", "people", "organizations")}
        finally:
            c.close()
        return page(request, "home.html", stats=stats)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str = search_args["q"], newspaper: str | None = None,
                    date_from: str | None = search_args["date_from"], date_to: str | None = search_args["date_to"],
                    kind: str | None = None, person: str | None = None, page_no: int = search_args["page_no"]):
        return page(request, "search.html", **do_search(q, newspaper, date_from, date_to, kind, person, page_no))

    @app.get("/api/search")
    def search_api(q: str = search_args["q"], newspaper: str | None = None,
                   date_from: str | None = search_args["date_from"], date_to: str | None = search_args["date_to"],
                   kind: str | None = None, person: str | None = None, page_no: int = search_args["page_no"]):
        return do_search(q, newspaper, date_from, date_to, kind, person, page_no)

    def article_data(article_id: int) -> dict:
        c = conn()
        try:
            a = c.execute("SELECT a.*, p.raw_text, p.first_line, p.format, p.page_no, p.page_number, p.section, p.id AS page_id,"
                          " fi.path, e.newspaper, e.date FROM articles a JOIN pages p ON p.id = a.page_id"
                          " JOIN files fi ON fi.id = p.file_id LEFT JOIN editions e ON e.id = p.edition_id"
                          " WHERE a.id = ?", (article_id,)).fetchone()
            if a is None:
                raise HTTPException(404, "no such article")
            a = dict(a)
            a["paragraphs"] = [r[0] for r in c.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY ordinal", (article_id,))]
            a["people"] = [dict(r) for r in c.execute(
                "SELECT pe.name, group_concat(DISTINCT t.title) AS titles FROM person_mentions pm"
                " JOIN people pe ON pe.id = pm.person_id LEFT JOIN titles t ON t.person_id = pe.id AND t.article_id = ?"
                " WHERE pm.article_id = ? GROUP BY pe.name ORDER BY min(pm.paragraph), min(pm.start)",
                (article_id, article_id))]
            a["organizations"] = [r[0] for r in c.execute(
                "SELECT DISTINCT o.name FROM organization_mentions om JOIN organizations o ON o.id = om.organization_id"
                " WHERE om.article_id = ?", (article_id,))]
            a["quantities"] = [dict(r) for r in c.execute(
                "SELECT text, value, unit, measure, period, change FROM quantities WHERE article_id = ?", (article_id,))]
        finally:
            c.close()
        a["subtitles"], a["authors"] = _json_list(a["subtitles"]), _json_list(a["authors"])
        a["bbox"] = _json_list(a["bbox"]) or None
        raw = (a.pop("raw_text") or "").split("\n")
        lo, hi = a["line_from"] or 0, a["line_to"] or -1
        first = a["first_line"] or 1       # an edition numbers lines over the whole file
        a["source"] = [{"n": first + k, "text": t, "hit": lo <= first + k <= hi} for k, t in enumerate(raw)]
        return a

    @app.get("/article/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: int = _id()):
        return page(request, "article.html", a=article_data(article_id))

    @app.get("/api/article/{article_id}")
    def article_api(article_id: int = _id()):
        return article_data(article_id)

    @app.get("/page/{page_id}.png")
    def page_image(page_id: int = _id()):
        c = conn()
        try:
            row = c.execute("SELECT fi.path, p.page_no, p.format FROM pages p JOIN files fi ON fi.id = p.file_id"
                            " WHERE p.id = ?", (page_id,)).fetchone()
        finally:
            c.close()
        if row is None or row["format"] != "pdf" or not os.path.exists(row["path"]):
            raise HTTPException(404, "no page image")
        png = _page_png(row["path"], row["page_no"], os.path.getmtime(row["path"]))
        if png is None:
            raise HTTPException(404, "the page's PDF has changed or cannot be read since it was stored")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    def people_data(q: str | None = None) -> list[dict]:
        return query("SELECT pe.name, count(DISTINCT pm.article_id) AS articles,"
                     " (SELECT group_concat(DISTINCT t.title) FROM titles t WHERE t.person_id = pe.id) AS titles"
                     " FROM people pe JOIN person_mentions pm ON pm.person_id = pe.id"
                     + (" WHERE pe.name LIKE ? ESCAPE '\\'" if q else "") +
                     " GROUP BY pe.id ORDER BY articles DESC, pe.name LIMIT 500", (_like(q),) if q else ())

    def person_data(name: str) -> dict:
        return {"name": name, "appearances": _found(query(
            "SELECT DISTINCT a.id, a.title, e.date, e.newspaper,"
            " (SELECT group_concat(t.title, '、') FROM titles t WHERE t.person_id = pe.id AND t.article_id = a.id)"
            " AS titles FROM people pe JOIN person_mentions pm ON pm.person_id = pe.id"
            " JOIN articles a ON a.id = pm.article_id JOIN pages p ON p.id = a.page_id"
            " LEFT JOIN editions e ON e.id = p.edition_id WHERE pe.name = ? ORDER BY e.date, a.id", (name,)), "person")}

    @app.get("/people", response_class=HTMLResponse)
    def people_page(request: Request, q: str | None = Query(None, max_length=200)):
        return page(request, "people.html", people=people_data(q), q=q or "")

    @app.get("/api/people")
    def people_api(q: str | None = Query(None, max_length=200)):
        return people_data(q)

    @app.get("/people/{name:path}", response_class=HTMLResponse)
    def person_page(request: Request, name: str):
        return page(request, "person.html", p=person_data(name))

    @app.get("/api/people/{name:path}")
    def person_api(name: str):
        return person_data(name)

    def orgs_data() -> list[dict]:
        return query("SELECT o.name, o.short_for, count(DISTINCT om.article_id) AS articles FROM organizations o"
                     " JOIN organization_mentions om ON om.organization_id = o.id GROUP BY o.id"
                     " ORDER BY articles DESC, o.name LIMIT 500")

    def org_data(name: str) -> dict:
        return {"name": name, "articles": _found(query(
            "SELECT DISTINCT a.id, a.title, e.date, e.newspaper FROM organizations o"
            " JOIN organization_mentions om ON om.organization_id = o.id JOIN articles a ON a.id = om.article_id"
            " JOIN pages p ON p.id = a.page_id LEFT JOIN editions e ON e.id = p.edition_id"
            " WHERE o.name = ? ORDER BY e.date, a.id", (name,)), "organisation")}

    @app.get("/organizations", response_class=HTMLResponse)
    def orgs_page(request: Request):
        return page(request, "organizations.html", orgs=orgs_data())

    @app.get("/api/organizations")
    def orgs_api():
        return orgs_data()

    @app.get("/organizations/{name:path}", response_class=HTMLResponse)
    def org_page(request: Request, name: str):
        return page(request, "organization.html", o=org_data(name))

    @app.get("/api/organizations/{name:path}")
    def org_api(name: str):
        return org_data(name)

    def figures_data(measure: str | None, unit: str | None, limit: int = 1000) -> list[dict]:
        where, args = [], []
        if measure:
            where.append("q.measure LIKE ? ESCAPE '\\'")
            args.append(_like(measure))
        if unit:
            where.append("q.unit = ?")
            args.append(unit)
        return query("SELECT q.article_id, a.title, e.newspaper, e.date, q.measure, q.value, q.unit, q.period,"
                     " q.change, q.text FROM quantities q JOIN articles a ON a.id = q.article_id"
                     " JOIN pages p ON p.id = a.page_id LEFT JOIN editions e ON e.id = p.edition_id"
                     + (" WHERE " + " AND ".join(where) if where else "") +
                     " ORDER BY e.date, q.article_id LIMIT ?", [*args, limit])

    @app.get("/figures", response_class=HTMLResponse)
    def figures_page(request: Request, measure: str | None = Query(None, max_length=200),
                     unit: str | None = Query(None, max_length=20)):
        return page(request, "figures.html", rows=figures_data(measure, unit, 500), measure=measure or "",
                    unit=unit or "")

    @app.get("/api/figures")
    def figures_api(measure: str | None = Query(None, max_length=200), unit: str | None = Query(None, max_length=20)):
        return figures_data(measure, unit)

    @app.get("/figures.csv")
    def figures_csv(measure: str | None = Query(None, max_length=200), unit: str | None = Query(None, max_length=20)):
        buf = io.StringIO()
        rows = figures_data(measure, unit, 1_000_000)
        w = csv.writer(buf)
        w.writerow(["article_id", "title", "newspaper", "date", "measure", "value", "unit", "period", "change", "text"])
        for r in rows:
            w.writerow([_cell(r[k]) for k in ("article_id", "title", "newspaper", "date", "measure", "value", "unit",
                                              "period", "change", "text")])
        return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="figures.csv"'})

    @app.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError):
        # (an out-of-range or malformed parameter is the client's mistake: 400, one line)
        where = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors()[:3])
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "bad request", "detail": where}, status_code=400)
        return page(request, "error.html", status=400, message=f"bad request: {where}")

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

    @app.exception_handler(HTTPException)
    def not_found(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return page(request, "error.html", status=exc.status_code, message=exc.detail)

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


@lru_cache(maxsize=64)
def _page_png(path: str, page_no: int, mtime: float) -> bytes | None:
    """The page drawn as a PNG, at most _MAX_SIDE pixels on a side; None where the file no
    longer holds that page or cannot be read (replaced after it was stored). Cached by the
    file's modification time."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        if not 1 <= page_no <= len(pdf):
            return None
        pg = pdf[page_no - 1]
        w, h = pg.get_size()
        scale = min(1.0, _MAX_SIDE / max(w, h, 1.0))
        img = pg.render(scale=scale).to_pil()
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return buf.getvalue()
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()


def _cell(value):
    """A CSV cell as OWASP says: text that a spreadsheet would run as a formula (=, +, -, @,
    tab, carriage return first) is prefixed with a quote; numbers stay numbers."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _found(rows: list[dict], what: str) -> list[dict]:
    if not rows:
        raise HTTPException(404, f"no such {what}")
    return rows


def _like(s: str) -> str:
    """A LIKE pattern that finds `s` as typed (its % and _ are no wildcards)."""
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Serve the store read-only on host:port. Requests are answered only for the names of
    the machine it is bound to (localhost, 127.0.0.1, ::1, and `host` itself; any name when
    bound to all interfaces, 0.0.0.0 or ::, as behind a reverse proxy)."""
    import uvicorn
    allowed = ["*"] if host in ("0.0.0.0", "::") else ["localhost", "127.0.0.1", "::1", host.lower()]
    print(f"baozhi: serving {db} read-only on http://{host}:{port}", flush=True)
    uvicorn.run(create_app(db, allowed), host=host, port=port, log_level="warning")
    return 0
