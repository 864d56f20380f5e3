"""E-paper PDFs through their text layer (pypdfium2, the `pdf` extra): characters with boxes
and type sizes, grouped into printed lines, put in reading order by cutting the page along
its white gaps (XY-cut), so that a column is read down before the next one starts.

This is the only module that knows the PDF library; everything after it sees Lines.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..model import Line


@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float


@dataclass(slots=True)
class _Run:
    chars: list[_Char]
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def size(self) -> float:
        return max(c.size for c in self.chars)

    @property
    def text(self) -> str:
        return "".join(c.ch for c in self.chars)


def _open(path: str):
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - the extra is installed with the tests
        raise InputError(path, "reading PDFs needs the pdf extra: pip install 'baozhi[pdf]'")
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise InputError(path, "PDF is encrypted (password protected)")
        raise InputError(path, f"damaged or not a PDF ({e})")
    except OSError as e:
        raise InputError(path, e.strerror or str(e))


def _chars(textpage) -> list[_Char]:
    import pypdfium2.raw as raw

    out = []
    rect = raw.FS_RECTF()
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage.raw, i)
        if code in (0, 10, 13, 0xFFFE, 0xFFFF):
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage.raw, i, rect):
            continue
        size = raw.FPDFText_GetFontSize(textpage.raw, i) or (rect.top - rect.bottom)
        out.append(_Char(chr(code), rect.left, rect.bottom, rect.right, rect.top, size))
    return out


def _runs(chars: list[_Char]) -> list[_Run]:
    """Printed lines: characters in stream order that share a baseline and follow each other."""
    runs: list[_Run] = []
    cur: _Run | None = None
    for c in chars:
        if c.ch.isspace() and cur is None:
            continue
        if cur is not None:
            mid = (c.y0 + c.y1) / 2
            same_row = cur.y0 - 0.2 * c.size <= mid <= cur.y1 + 0.2 * c.size
            near = -0.5 * c.size <= c.x0 - cur.x1 <= 1.6 * max(c.size, cur.size)
            if same_row and near:
                cur.chars.append(c)
                cur.x1 = max(cur.x1, c.x1)
                cur.y0, cur.y1 = min(cur.y0, c.y0), max(cur.y1, c.y1)
                continue
            runs.append(cur)
            cur = None
        if not c.ch.isspace():
            cur = _Run([c], c.x0, c.y0, c.x1, c.y1)
    if cur is not None:
        runs.append(cur)
    for r in runs:
        while r.chars and r.chars[-1].ch.isspace():
            r.chars.pop()
    return [r for r in runs if r.chars]


def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[float]:
    """Middles of the empty stretches between spans, where a cut can go."""
    spans = sorted(spans)
    cuts = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= min_gap:
            cuts.append((reach + a) / 2)
        reach = max(reach, b)
    return cuts


def _x_cut(runs: list[_Run], body: float) -> float | None:
    # A closing mark may hang into the gutter: leave the last character out of the span.
    xs = _gaps([(r.x0, max(r.x0, r.chars[-1].x0 if len(r.chars) > 1 else r.x1)) for r in runs], 0.6 * body)
    return xs[0] if xs else None


def _order(runs: list[_Run]) -> list[_Run]:
    """XY-cut: split at the first horizontal white band (headlines above columns), else at
    a vertical gutter (columns left to right); a headline set close over its columns is
    read first and the columns under it cut apart. Within a block, top to bottom."""
    if len(runs) <= 1:
        return runs
    body = sorted(r.size for r in runs)[len(runs) // 2]
    ys = _gaps([(-r.y1, -r.y0) for r in runs], 0.8 * body)
    if ys:
        cut = ys[0]
        top = [r for r in runs if -r.y1 < cut]
        rest = [r for r in runs if -r.y1 >= cut]
        if top and rest:
            return _order(top) + _order(rest)
    cut = _x_cut(runs, body)
    if cut is not None:
        left = [r for r in runs if r.x0 < cut]
        right = [r for r in runs if r.x0 >= cut]
        if left and right:
            return _order(left) + _order(right)
    by_top = sorted(runs, key=lambda r: (-r.y1, r.x0))
    for k in range(1, min(4, len(runs) - 1)):
        if _x_cut(by_top[k:], body) is not None:
            return by_top[:k] + _order(by_top[k:])
    return by_top


def _pictures(page) -> list[tuple[float, float, float, float]]:
    """Boxes of images and of drawn frames big enough to be a picture's place."""
    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE]):
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 >= 30 and y1 - y0 >= 30:
            out.append((x0, y0, x1, y1))
    return out


def _under_picture(r: _Run, pictures: list[tuple[float, float, float, float]]) -> bool:
    return any(0 <= y0 - r.y1 <= 2 * r.size and x0 < r.x1 and r.x0 < x1 for x0, y0, x1, _ in pictures)


def read(path: str) -> list[list[Line]]:
    """One list of Lines per page, numbered from 1 over the whole document."""
    pdf = _open(path)
    try:
        if len(pdf) == 0:
            raise InputError(path, "PDF has no pages")
        pages: list[list[Line]] = []
        n = 0
        any_text = False
        for p in range(len(pdf)):
            page = pdf[p]
            textpage = page.get_textpage()
            runs = _order(_runs(_chars(textpage)))
            pictures = _pictures(page)
            any_text = any_text or bool(runs)
            lines = []
            for r in runs:
                n += 1
                lines.append(Line(n, r.text, p + 1, (round(r.x0, 1), round(r.y0, 1), round(r.x1, 1),
                                                       round(r.y1, 1)), round(r.size, 1),
                                  _under_picture(r, pictures)))
            pages.append(lines)
            textpage.close()
            page.close()
        if not any_text:
            raise InputError(path, "PDF has no text layer (a scan?): it needs OCR, which baozhi does not do yet")
        return pages
    finally:
        pdf.close()
