"""E-paper PDFs through their text layer (pypdfium2, the `pdf` extra): characters with boxes
and type sizes, grouped into printed lines, put in reading order by cutting the page along
its white gaps (XY-cut), so that a column is read down before the next one starts.

This is the only module that knows the PDF library; everything after it sees Lines.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..cjk import HANGING
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
    vertical: bool = False
    size: float = 0.0       # the largest type in it, set once the line is whole

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
    """Printed lines: characters in stream order that share a baseline and follow each other
    in one type, or, for headlines in large type, stand one under the other (vertical
    setting). Spaces ride along but never decide: pdfium makes some up, with no real size."""
    sizes = sorted(c.size for c in chars if not c.ch.isspace())
    body = sizes[len(sizes) // 2] if sizes else 0.0
    runs: list[_Run] = []
    cur: _Run | None = None
    last: _Char | None = None       # the run's last character that is not a space
    pitch: float | None = None      # the narrowest gap between its characters so far
    vertical = False
    for c in chars:
        space = c.ch.isspace()
        if cur is not None and last is not None:
            mid = (c.y0 + c.y1) / 2
            same_row = cur.y0 - 0.2 * last.size <= mid <= cur.y1 + 0.2 * last.size
            if space:
                if (same_row and not vertical) or (vertical and abs(c.x0 - last.x0) <= 0.5 * last.size):
                    cur.chars.append(c)     # a word space, across or down the line
                    continue
            else:
                step = 1.3      # a word space may stand between, drawn or left blank
                below = (c.size >= 1.15 * body and abs(c.x0 - last.x0) <= 0.2 * c.size and
                         abs(c.size - last.size) < 0.1 and -0.2 * c.size <= last.y0 - c.y1 <= step * c.size)
                if (vertical or len(cur.chars) == 1) and below:
                    vertical = cur.vertical = True
                    cur.chars.append(c)
                    cur.x1, cur.y0 = max(cur.x1, c.x1), min(cur.y0, c.y0)
                    last = c
                    continue
                # Characters follow at the line's own pitch; a jump well past it is a gutter
                # (columns of one line each, drawn one after another, share a baseline).
                gap = c.x0 - last.x1
                near = -0.5 * c.size <= gap <= 1.6 * min(c.size, last.size) and (
                    pitch is None or gap <= max(pitch, 0.0) + 0.8 * c.size)
                alike = 0.8 <= c.size / last.size <= 1.25    # a body line beside a headline is not it
                if same_row and near and alike and not vertical:
                    cur.chars.append(c)
                    cur.x1 = max(cur.x1, c.x1)
                    cur.y0, cur.y1 = min(cur.y0, c.y0), max(cur.y1, c.y1)
                    last = c
                    pitch = gap if pitch is None else min(pitch, gap)
                    continue
            runs.append(cur)
            cur, last, vertical = None, None, False
        if not space:
            cur, last, pitch = _Run([c], c.x0, c.y0, c.x1, c.y1), c, None
    if cur is not None:
        runs.append(cur)
    for r in runs:
        while r.chars and r.chars[-1].ch.isspace():
            r.chars.pop()
        if not r.vertical:
            r.chars = _word_spaces(r.chars)
        r.size = max((c.size for c in r.chars if not c.ch.isspace()), default=0.0)
    return [r for r in runs if r.chars]


def _word_spaces(chars: list[_Char]) -> list[_Char]:
    """Keep a space only where the gap it stands for is wider than the line's spacing:
    pdfium puts spaces (flagged as real or not) into the gaps of a justified line, which
    are spacing, while a word space (记者 刘建军) widens the gap by its own advance, a fifth
    of an em or more."""
    solid = [c for c in chars if not c.ch.isspace()]
    if len(solid) == len(chars):
        return chars
    pitch = sorted(b.x0 - a.x1 for a, b in zip(solid, solid[1:]))
    # Most gaps are plain spacing and a few hold words apart; one gap alone (晓 摄) says nothing.
    usual = pitch[len(pitch) // 4] if len(pitch) >= 2 else 0.0
    out: list[_Char] = []
    for k, c in enumerate(chars):
        if c.ch.isspace():
            nxt = next((d for d in chars[k + 1:] if not d.ch.isspace()), None)
            if not out or nxt is None or out[-1].ch.isspace() or nxt.x0 - out[-1].x1 < usual + 0.12 * c.size:
                continue
        out.append(c)
    return out


def _headline_stacks(runs: list[_Run], body: float) -> list[_Run]:
    """Kicker, title, subtitles and byline set one under another (a headline beside its
    article, in a column of its own) are read together even where the white gaps cut the
    stack apart: a line set flush under a headline line follows it."""
    big = [r for r in runs if r.size >= 1.15 * body and not r.vertical]
    if not big:
        return runs
    after: dict[int, _Run] = {}
    members = list(big)
    for r in sorted(runs, key=lambda r: -r.y1):
        if r.vertical:
            continue
        for h in members:
            if (h is not r and 0 <= h.y0 - r.y1 <= 0.8 * max(r.size, h.size)
                    and abs(r.x0 - h.x0) <= 0.5 * r.size):
                if r.size >= 1.15 * body:
                    if r not in members:
                        members.append(r)
                elif h.size < 1.15 * body or r.x1 > h.x1 + r.size or any(
                        r.y1 < o.y1 <= h.y0 and o.x0 < h.x1 and h.x0 < o.x1 for o in runs if o is not r):
                    continue        # only the line right under the stack joins it (a byline)
                after[id(r)] = h
                break
    if not after:
        return runs
    order = [r for r in runs if id(r) not in after]
    for r in sorted((r for r in runs if id(r) in after), key=lambda r: -r.y1):
        order.insert(order.index(after[id(r)]) + 1 + _tail(order, after, after[id(r)]), r)
    return order


def _tail(order: list[_Run], after: dict[int, _Run], head: _Run) -> int:
    """How many lines already hang under `head` in `order`."""
    k = order.index(head) + 1
    n = 0
    while k + n < len(order) and id(order[k + n]) in after:
        n += 1
    return n


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _wrapped_headlines(runs: list[_Run], body: float) -> list[_Run]:
    """A headline broken over lines of the same type (larger than the body's) is one
    headline: each further line is set flush under the one before, closely (a title broken
    where its measure ends, or where the editor broke it: 防范电信诈骗 / 守护群众“钱袋子”).
    The pieces are joined wherever the reading order put them (a headline column taller
    than its body is cut apart by the page's white gaps)."""
    heads = [r for r in runs if r.size >= 1.04 * body and not r.vertical]
    if len(heads) < 2:
        return runs
    into: dict[int, _Run] = {}
    for r in sorted(heads, key=lambda r: -r.y1):
        for prev in heads:
            if (prev is not r and abs(r.size - prev.size) < 0.1 and 0 <= prev.y0 - r.y1 <= 0.6 * r.size
                    and abs(r.x0 - prev.x0) <= 0.5 * r.size):
                head = into.get(id(prev), prev)
                if _word_char(head.chars[-1].ch) and _word_char(r.chars[0].ch):
                    # a Latin word ended the line: the break stood for a space
                    head.chars.append(_Char(" ", head.chars[-1].x1, r.y0, head.chars[-1].x1, r.y1, r.size))
                head.chars.extend(r.chars)
                head.x1, head.y0 = max(head.x1, r.x1), min(head.y0, r.y0)
                into[id(r)] = head
                break
    return [r for r in runs if id(r) not in into]


def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """(middle, width) of the empty stretches between spans, where a cut can go."""
    spans = sorted(spans)
    cuts = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= min_gap:
            cuts.append(((reach + a) / 2, a - reach))
        reach = max(reach, b)
    return cuts


def _x_cut(runs: list[_Run], body: float, page: _Sheet) -> tuple[float, bool] | None:
    """Where to cut a band into left and right, and whether a column rule stands there:
    a rule in a gutter parts two articles and is cut first, else the first gutter is."""
    # A closing mark may hang into the gutter: leave a full em for it out of the span.
    xs = _gaps([(r.x0, max(r.x0, r.x1 - r.size if len(r.chars) > 1 and r.chars[-1].ch in HANGING else r.x1))
                for r in runs], 0.6 * body)
    if not xs:
        return None
    top, bottom = max(r.y1 for r in runs), min(r.y0 for r in runs)
    for mid, width in xs:
        for x, y0, y1 in page.rules:
            if abs(x - mid) <= width / 2 + 1 and min(y1, top) - max(y0, bottom) >= 0.5 * (top - bottom):
                return mid, True
    return xs[0][0], False


@dataclass(slots=True)
class _Sheet:
    """What the ordering needs to know of the whole page."""
    body: float                                         # the body type size
    rules: list[tuple[float, float, float]]             # column rules: x, y0, y1
    hrules: list[tuple[float, float, float]]            # rules across: y, x0, x1


def _only_headlines(runs: list[_Run], page: _Sheet) -> bool:
    """Headline lines, and at most as many short lines with them (their bylines)."""
    heads = sum(1 for r in runs if r.size >= 1.15 * page.body)
    rest = [r for r in runs if r.size < 1.15 * page.body]
    return heads > 0 and len(rest) <= heads and all(len(r.chars) <= 24 for r in rest)


def _covers(top: list[_Run], rest: list[_Run], body: float) -> bool:
    """Headlines stand over what lies under them only as far as they reach: a headline over
    the right-hand columns is not read before the left-hand columns of another article."""
    return (min(r.x0 for r in top) <= min(r.x0 for r in rest) + body
            and max(r.x1 for r in top) >= max(r.x1 for r in rest) - 2 * body)


def _order(runs: list[_Run], page: _Sheet) -> list[_Run]:
    """XY-cut: split at the horizontal white bands (headlines above columns, one row of
    articles above the next), then each band at its vertical gutters (columns left to
    right). A headline that stands over only part of the band under it (the right-hand
    article of two side by side) goes with that band, so that the gutters decide first."""
    if len(runs) <= 1:
        return runs
    body = sorted(r.size for r in runs)[len(runs) // 2]
    ys = _gaps([(-r.y1, -r.y0) for r in runs], 0.8 * body)
    if not ys:
        return _order_across(runs, page, body)
    bands: list[list[_Run]] = [[] for _ in range(len(ys) + 1)]
    for r in runs:
        bands[sum(1 for cut, _ in ys if -r.y1 >= cut)].append(r)
    for k in range(len(bands) - 1):
        _hand_down(bands[k], bands[k + 1], page)
    bands = [b for b in bands if b]
    blocks: list[tuple[list[_Run], bool]] = []      # (runs, merged: cut its gutters first)
    carry: list[_Run] = []
    for k, band in enumerate(bands):
        if carry:
            blocks.append((carry + band, True))
            carry = []
        elif (k + 1 < len(bands) and _only_headlines(band, page)
              and (not _covers(band, bands[k + 1], body) or _x_cut(band, body, page) is not None)):
            carry = band        # over part of what follows, or two headlines side by side
        elif blocks and _goes_on(blocks[-1][0], band, page, body):
            blocks[-1] = (blocks[-1][0] + band, True)
        else:
            blocks.append((band, False))
    if carry:
        blocks.append((carry, False))
    if len(blocks) == 1 and blocks[0][1]:
        return _order_across(runs, page, body)
    return [r for block, _ in blocks for r in _order(block, page)]


def _goes_on(upper: list[_Run], lower: list[_Run], page: _Sheet, body: float) -> bool:
    """A band that opens on plain text, with no rule over it, goes on from what stands above
    it: a column that ran on past the foot of the article beside it, say. Such bands are
    read together, gutters first. (A new row of articles opens on headlines or pictures.)"""
    top = max(r.y1 for r in lower)
    if any(not r.chars or r.size >= 1.15 * page.body for r in lower if r.y1 >= top - page.body):
        return False
    floor = min(r.y0 for r in upper)
    x0, x1 = min(r.x0 for r in lower), max(r.x1 for r in lower)
    if any(top <= y <= floor and a < x1 and x0 < b for y, a, b in page.hrules):
        return False
    return _x_cut(upper + lower, body, page) is not None


def _hand_down(band: list[_Run], below: list[_Run], page: _Sheet) -> None:
    """A headline at the foot of its part of a band (nothing but headline lines under it
    there) belongs to what stands under it in the next band: the article beside it was
    shorter than the headline, so the white gap under that article cut the headline from
    its own columns. Moves such headlines into the band below."""
    heads = [h for h in band if h.size >= 1.15 * page.body and not h.vertical]
    if not heads or len(heads) == len(band):
        return
    under = lambda h, r: r.y1 <= h.y1 and r.x0 < h.x1 and h.x0 < r.x1     # noqa: E731
    loose = [h for h in heads if not any(r.size < 1.15 * page.body and under(h, r) for r in band if r is not h)]
    foot = min(r.y0 for r in band if r.size < 1.15 * page.body)
    # ...and only to what follows right under it, with no rule between.
    lowest = [h for h in loose if any(under(h, r) and r.size < 1.15 * page.body and h.y0 - r.y1 <= 1.5 * page.body and not any(
        r.y1 <= y <= h.y0 and x0 < h.x1 and h.x0 < x1 for y, x0, x1 in page.hrules) for r in below)]
    # The lines of the headline above the lowest go with it (kicker, the title's first lines).
    loose = [h for h in loose if any(h is q or (h.y0 >= q.y1 - 1 and h.x0 < q.x1 and q.x0 < h.x1) for q in lowest)]
    if not any(h.y0 < foot for h in loose):
        return      # the band's text reaches as low as its headlines: they stand beside it
    if loose:
        ids = {id(h) for h in loose}
        band[:] = [r for r in band if id(r) not in ids]
        below[:0] = loose


def _order_across(runs: list[_Run], page: _Sheet, body: float) -> list[_Run]:
    cut = _x_cut(runs, body, page)
    if cut is not None and not cut[1]:
        # A title set down the right-hand edge of its article is read before its columns.
        right = max(r.x1 for r in runs if not r.vertical) if not all(r.vertical for r in runs) else None
        side = [r for r in runs if r.vertical and right is not None and r.x0 >= right - 0.5 * r.size]
        if side:
            return side + _order([r for r in runs if r not in side], page)
    if cut is not None:
        left = [r for r in runs if r.x0 < cut[0]]
        right_part = [r for r in runs if r.x0 >= cut[0]]
        if left and right_part:
            return _order(left, page) + _order(right_part, page)
    # A headline set close over its columns: read it, then cut the columns under it apart.
    by_top = sorted(runs, key=lambda r: (-r.y1, r.x0))
    heads = next((k for k, r in enumerate(by_top) if r.size < 1.15 * page.body), len(by_top))
    for k in sorted({*range(1, min(4, len(runs) - 1)), heads} - {0, len(runs)}):
        if _x_cut(by_top[k:], body, page) is not None:
            return by_top[:k] + _order(by_top[k:], page)
    return by_top


def _graphics(page):
    """Boxes of images and of drawn frames big enough to be a picture's place, the column
    rules (thin upright lines) and the rules across (thin level lines) that part articles."""
    import pypdfium2.raw as raw

    pictures, rules, hrules = [], [], []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE]):
        x0, y0, x1, y1 = obj.get_bounds()
        if x1 - x0 >= 30 and y1 - y0 >= 30:
            pictures.append((x0, y0, x1, y1))
        elif x1 - x0 <= 3 and y1 - y0 >= 30:
            rules.append(((x0 + x1) / 2, y0, y1))
        elif y1 - y0 <= 3 and x1 - x0 >= 30:
            hrules.append(((y0 + y1) / 2, x0, x1))
    return pictures, rules, hrules


def _picture_over(r: _Run, pictures: list[tuple[float, float, float, float]]):
    for box in pictures:
        x0, y0, x1, _ = box
        if 0 <= y0 - r.y1 <= 2 * r.size and x0 - 0.5 * r.size <= r.x0 < x1:
            return box
    return None


def _captions_last(runs: list[_Run], pictures) -> tuple[list[_Run], set[int]]:
    """Captions out of the flow: a body that wraps around a picture is read on past the
    picture's caption, which follows at the end of the page. A caption is the line right
    under a picture and the lines set closely under that one within the picture's width.
    Returns the order and the ids of the runs that open a caption."""
    opens = {id(r): box for r in runs if (box := _picture_over(r, pictures)) is not None}
    if not opens:
        return runs, set()
    moved: list[_Run] = []
    taken: set[int] = set()
    for r in runs:
        if id(r) not in opens or id(r) in taken:
            continue
        box = opens[id(r)]
        group = [r]
        taken.add(id(r))
        while True:
            prev = group[-1]
            nxt = [c for c in runs if id(c) not in taken and id(c) not in opens
                   and 0 <= prev.y0 - c.y1 <= 0.8 * c.size and c.x0 >= box[0] - 1 and c.x1 <= box[2] + 1.5 * c.size]
            if not nxt:
                break
            c = max(nxt, key=lambda c: c.y1)
            group.append(c)
            taken.add(id(c))
        moved += group
    return [r for r in runs if id(r) not in taken] + moved, set(opens)


def _page_lines(page, textpage, number: int, start: int) -> list[Line]:
    runs = _runs(_chars(textpage))
    if not runs:
        return []
    body = sorted(r.size for r in runs)[len(runs) // 2]
    pictures, rules, hrules = _graphics(page)
    # Pictures stand in the layout like blocks of text: a column topped by a picture is one
    # block with it, not a gap the article beside it can be read into.
    frames = [_Run([], x0, y0, x1, y1, size=body) for x0, y0, x1, y1 in pictures]
    ordered = [r for r in _order(runs + frames, _Sheet(body, rules, hrules)) if r.chars]
    runs = _headline_stacks(ordered, body)
    runs, captions = _captions_last(_wrapped_headlines(runs, body), pictures)
    indents = _indents(runs, body)
    return [Line(start + k, r.text, number, (round(r.x0, 1), round(r.y0, 1), round(r.x1, 1), round(r.y1, 1)),
                 round(r.size, 1), id(r) in captions, indents.get(id(r), 0.0)) for k, r in enumerate(runs, 1)]


def _indents(runs: list[_Run], body: float) -> dict[int, float]:
    """Indents in cells, where a paragraph's first line stands in from its column: a column's
    left edge is where many body lines start, the leftmost such place within four cells."""
    starts: dict[int, int] = {}
    for r in runs:
        if abs(r.size - body) <= 0.1 * body and not r.vertical:
            starts[round(r.x0)] = starts.get(round(r.x0), 0) + 1
    edges = sorted(x for x, n in starts.items() if n >= 2)
    plain = [r for r in runs if abs(r.size - body) <= 0.1 * body and not r.vertical]
    out: dict[int, float] = {}
    for r in plain:
        left = next((x for x in edges if r.x0 - 4.5 * r.size <= x <= r.x0 + 0.5), None)
        if left is None:    # a short column: the line set right under it shows the edge
            under = [o.x0 for o in plain if 0 < r.y0 - o.y1 <= r.size and o.x0 < r.x1 and r.x0 < o.x1
                     and r.x0 - 4.5 * r.size <= o.x0]
            left = min(under) if under else None
        if left is not None and r.x0 - left >= 0.5 * r.size:
            out[id(r)] = round((r.x0 - left) / r.size * 2) / 2
    return out


def read(path: str) -> Iterator[list[Line]]:
    """One list of Lines per page, page after page (one page in memory at a time), numbered
    from 1 over the whole document."""
    pdf = _open(path)
    try:
        if len(pdf) == 0:
            raise InputError(path, "PDF has no pages")
        n = 0
        for p in range(len(pdf)):
            page = pdf[p]
            textpage = page.get_textpage()
            try:
                lines = _page_lines(page, textpage, p + 1, n)
            finally:
                textpage.close()
                page.close()
            n += len(lines)
            yield lines
        if n == 0:
            raise InputError(path, "PDF has no text layer (a scan?): it needs OCR, which baozhi does not do yet")
    finally:
        pdf.close()
