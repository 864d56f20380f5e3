"""The work on one file, as a pure function of its path: read, parse, enrich, and return
plain data (JSON-ready), whatever runs it: the ingest loop, a process pool, a Dask worker."""
from __future__ import annotations

import hashlib

from .. import InputError, parse_pdf
from ..errors import shown
from ..enrich import enrich
from ..model import fill_edition
from ..readers import text as text_reader


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _raw(lines) -> dict:
    """The page's printed lines, and the number its first one has in the articles' spans."""
    return {"raw": "\n".join(ln.text for ln in lines), "first_line": lines[0].index if lines else 1}


def process_file(path: str, sha256: str | None = None, date: str | None = None, newspaper: str | None = None) -> dict:
    """{"path", "sha256", "size", "pages": [{"doc": page dict, "raw": its printed lines}],
    "articles": [edition-level articles, for an edition], "error": one line or None}.
    `date`, `newspaper`: the edition's where a page prints none (model.fill_edition)."""
    out: dict = {"path": shown(path), "sha256": sha256, "size": None, "pages": [], "articles": None, "error": None}
    try:
        # The bytes parsed are the bytes hashed: a file changed since the plan hashed it is
        # stored under what was read, never under the old content's hash.
        with open(path, "rb") as f:
            data = f.read()
        out["size"] = len(data)
        out["sha256"] = hashlib.sha256(data).hexdigest()
        if path.lower().endswith(".pdf") or data.startswith(b"%PDF-"):
            raws: list[dict] = []
            issue = parse_pdf(path, on_page=lambda p: raws.append(_raw(p.lines)), data=data)
            enrich(fill_edition(issue, date, newspaper), date)
            out["pages"] = [{"doc": p.to_dict(), **r} for p, r in zip(issue.pages, raws)]
            if len(issue.pages) > 1:
                out["articles"] = [a.to_dict() for a in issue.articles]
        else:
            from .. import _text_page
            lines, enc = text_reader.from_bytes(data, path)
            page = enrich(fill_edition(_text_page(lines, enc, path), date, newspaper), date)
            out["pages"] = [{"doc": page.to_dict(), **_raw(lines)}]
    except InputError as e:
        out["error"] = shown(str(e))
    except OSError as e:
        out["error"] = shown(f"{path}: {e.strerror or e}")
    except Exception as e:     # one bad file must not stop an archive
        out["error"] = shown(f"{path}: internal error: {type(e).__name__}: {e}")
    return out
