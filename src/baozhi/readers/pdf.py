"""E-paper PDFs through their text layer (pypdfium2, the `pdf` extra): each character with
its box and type size, each picture frame and rule; printed_lines.py makes lines of them and
reading_order.py puts the lines in reading order.

This is the only module that knows the PDF library; everything after it sees Lines.
"""
from __future__ import annotations

import ctypes
import errno
import math
import os
import re
import struct
from collections.abc import Iterator

from ..errors import InputError
from ..layout import furniture
from ..model import Edition, Line
from .printed_lines import (
    Char,
    Run,
    headline_stacks,
    indents,
    printed_lines,
    wrapped_headlines,
)
from .reading_order import Sheet, captions_last, order, rejoin_rows


def _open(path: str, data: bytes | None = None):
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - the extra is installed with the tests
        raise InputError(path, "reading PDFs needs the pdf extra: pip install 'baozhi[pdf]'")
    try:
        return pdfium.PdfDocument(path if data is None else data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise InputError(path, "PDF is encrypted (password protected)")
        if data is None and os.path.isfile(path) and os.path.getsize(path) == 0:
            raise InputError(path, "file is empty")     # (as the text reader says it)
        if _no_pages(path):
            raise InputError(path, "PDF has no pages")     # (pdfium refuses such a file as a format error)
        raise InputError(path, f"damaged or not a PDF ({e})")
    except FileNotFoundError as e:
        # (pdfium's carries no strerror, only the path)
        raise InputError(path, e.strerror or os.strerror(errno.ENOENT))
    except OSError as e:
        raise InputError(path, e.strerror or str(e))


def _no_pages(path: str) -> bool:
    """Whether a PDF pdfium refused declares a page tree of no pages (/Type /Pages /Count 0 and
    no page objects): its header and first megabyte are read."""
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 20)
    except OSError:
        return False
    if not head.startswith(b"%PDF-"):
        return False
    tree = re.search(rb"<<[^<>]*/Type\s*/Pages\b[^<>]*>>", head)
    return bool(tree and re.search(rb"/Count\s*0\b", tree.group())
                and not re.search(rb"/Type\s*/Page\b(?!s)", head))


def _upright(page):
    """The map of a box in the page's user space (points) to the page as it is shown, upright:
    a page stored on its side with /Rotate (a landscape MediaBox turned 90 degrees, its text
    drawn turned the other way) reads as printed. None for a page shown as stored."""
    turn = page.get_rotation() % 360
    if not turn:
        return None
    w, h = page.get_size()      # the MediaBox as stored, before /Rotate
    if turn == 270:
        return _quarter_turn(h)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        if turn == 90:
            return y0, w - x1, y1, w - x0
        return w - x1, h - y1, w - x0, h - y0     # 180

    return box


def _quarter_turn(height: float):
    """The map of a box on a page `height` points high turned a quarter clockwise: (x0, y0,
    x1, y1) -> (height - y1, x0, height - y0, x1)."""
    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return height - y1, x0, height - y0, x1

    return box


def _across(chars: list[Char], height: float):
    """The map that sets a page in vertical writing (竖排: characters down each column, the
    columns right to left) across, as lines read top to bottom (a quarter turn, as /Rotate 270
    takes a stored page), so that the layout stages read it as any page. None for
    a page set across. The page is vertical where, of the steps from one character to the
    next in the stream, those straight down outnumber those to the right two to one (a
    headline set down its column on a page set across is a few steps among thousands)."""
    down = right = 0
    for a, b in zip(chars, chars[1:]):
        if a.ch.isspace() or b.ch.isspace() or abs(a.size - b.size) > 0.1 * a.size:
            continue
        if abs(b.x0 - a.x0) <= 0.3 * a.size and 0.3 * a.size <= a.y0 - b.y0 <= 1.8 * a.size:
            down += 1
        elif abs(b.y0 - a.y0) <= 0.3 * a.size and 0 < b.x0 - a.x0 <= 1.8 * a.size:
            right += 1
            if right >= 200 and down * 8 < right:
                break       # (plainly set across: no need to read the rest)
    if down < 50 or down < 2 * right:
        return None
    return _quarter_turn(height)


class _Handle(ctypes.c_void_p):
    """A pdfium handle as a bare C call returns it: passed on to the next call as it is."""


def _bare(fn, restype, argtypes=None):
    """`fn`, one of pypdfium2's raw calls, as a bare C call: a call made on a page's every
    character or object pays more for ctypes' conversion of its typed arguments and result
    than for pdfium's work (half of it). Arguments: handles and addresses as `ctypes.c_void_p`
    or `_Handle`, indices as ints (passed as C ints), unless `argtypes` says otherwise."""
    bare = ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)
    bare.argtypes = argtypes
    return bare


def _handle(obj) -> _Handle:
    """The handle a pypdfium2 object (its typed ctypes pointer) holds, for `_bare` calls."""
    return _Handle(ctypes.cast(obj, ctypes.c_void_p).value)


def _chars(textpage, turn=None) -> tuple[list[Char], int]:
    """Each character with its box (points, origin bottom left) and type size (points), and
    how many codes pdfium could not map.

    The type size is the font size times the vertical scale of the character's matrix (text
    matrix and CTM; horizontal scaling, Tz, condenses type without making it smaller):
    newspaper systems (Founder PDFGenerator) set every font at `1 Tf` and scale it with `Tm`,
    where pdfium's font size alone is 1.0 for every character. A digit or Latin letter that
    such a system draws as an object of its own has a loose box a full em wide but advances
    half an em (`1872年` would overlap itself into `187234亩`): a box ends where the next
    character on its line begins. `turn` (_upright) maps a box to the page as shown."""
    from pypdfium2 import raw

    out = []
    dropped = 0
    box = bytearray(16)     # an FS_RECTF: left, top, right, bottom
    m = raw.FS_MATRIX()
    tp = _handle(textpage.raw)
    bp = ctypes.c_void_p(ctypes.addressof((ctypes.c_char * 16).from_buffer(box)))
    mp = ctypes.c_void_p(ctypes.addressof(m))
    loose = _bare(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
    font_size = _bare(raw.FPDFText_GetFontSize, ctypes.c_double)
    matrix = _bare(raw.FPDFText_GetMatrix, ctypes.c_int)
    rect = _RECT.unpack_from
    text = _text(textpage)
    # A character's loose box is as wide as its advance and about as tall as its type (its
    # font's ascent to descent, or, in some fonts, its glyph's own height), so characters
    # with boxes of one width and one height in whole points share a size: it is asked of
    # pdfium once a box shape (two calls a character were a sixth of a page's time; keyed by
    # the exact height, the real page had 1,386 shapes in 4,946 characters). On the real
    # page, its cases and 100 typeset pages no two sizes share a shape; by height alone, a
    # digit turned in a vertical column met an upright character of half its size.
    sizes: dict[tuple[float, float], float] = {}
    wide: list[tuple[int, int]] = []      # ASCII characters with boxes an em wide (_ink_ends)
    add, make, skip = out.append, Char, _SKIPPED
    width = height = size = -1.0     # the last box's shape and size (most follow one of their own)
    for i, ch in enumerate(text):
        if ch in skip:
            dropped += ch != "\n" and ch != "\r"
            continue
        if not loose(tp, i, bp):
            continue
        x0, y1, x1, y0 = rect(box)
        if x1 - x0 != width or (y1 - y0) // 1 != height:
            width, height = x1 - x0, (y1 - y0) // 1
            size = sizes.get((width, height))
            if size is None:
                size = font_size(tp, i)
                if size and matrix(tp, i, mp):
                    size *= math.hypot(m.c, m.d) or 1.0    # the vertical scale: Tz condenses, never shrinks
                size = sizes[width, height] = size if size and size > 0 else ((y1 - y0) if y1 > y0 else 1.0)
        if ch < "\x80" and x1 - x0 >= 0.6 * size:      # (an em, condensed as a line of figures may be)
            wide.append((i, len(out)))
        if turn is None:
            add(make(ch, x0, y0, x1, y1, size))
            continue
        shown = turn(x0, y0, x1, y1)
        if ch == " " and out and raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
            # (a space pdfium makes up has its box in the stored page's frame, not the text's:
            # on a turned page it stands after the character before it)
            p = out[-1]
            shown = (p.x1, p.y0, p.x1, p.y1)
        out.append(Char(ch, *shown, size))
    if _SURROGATE.search(text):
        out = _paired(out)
    _clip(out)
    _ink_ends(textpage, out, wide, turn)
    return out, dropped


def _paired(chars: list[Char]) -> list[Char]:
    """A character outside the Basic Multilingual Plane (an emoji, a rare CJK Extension B
    character of a person's name) comes out of pdfium as its two UTF-16 halves: joined into
    the character, in the first half's box; a half without its other is U+FFFD (a lone
    surrogate cannot be written out as UTF-8)."""
    out: list[Char] = []
    k = 0
    while k < len(chars):
        c = chars[k]
        if "\ud800" <= c.ch <= "\udbff" and k + 1 < len(chars) and "\udc00" <= chars[k + 1].ch <= "\udfff":
            joined = (c.ch + chars[k + 1].ch).encode("utf-16-le", "surrogatepass").decode("utf-16-le")
            out.append(Char(joined, c.x0, c.y0, max(c.x1, chars[k + 1].x1), c.y1, c.size))
            k += 2
            continue
        if "\ud800" <= c.ch <= "\udfff":
            c = Char("\ufffd", c.x0, c.y0, c.x1, c.y1, c.size)
        out.append(c)
        k += 1
    return out


def _ink_ends(textpage, chars: list[Char], wide: list[tuple[int, int]], turn=None) -> None:
    """A digit or Latin letter whose loose box is an em wide (or near it: a line of figures may
    be condensed) though its glyph is narrow (a
    system that draws each as an object of its own in a CID font whose widths leave them at
    the default em), last on its line, where no next character's origin ends the box
    (`_clip`): the box ends where its ink does, so that a line of figures or Latin words does
    not reach half an em into the gutter and join its column to the next. `wide`: (pdfium's
    index, index in `chars`) of each such character."""
    from pypdfium2 import raw

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for i, k in wide:
        c = chars[k]
        if c.ch.isspace() or c.x1 - c.x0 < 0.6 * c.size:
            continue        # (cut at the next character's origin already)
        if not raw.FPDFText_GetCharBox(textpage.raw, i, left, right, bottom, top) or right.value <= left.value:
            continue
        box = (left.value, bottom.value, right.value, top.value) if turn is None else turn(
            left.value, bottom.value, right.value, top.value)
        if c.x0 < box[2] < c.x1:
            c.x1 = box[2]


_RECT = struct.Struct("4f")
# Codes with no character to place: none, line feed, carriage return, non-characters.
_SKIPPED = frozenset("\x00\n\r\ufffe\uffff")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(textpage) -> str:
    """The page's characters, one per character index, read in one call (FPDFText_GetText
    gives UTF-16 units; where a character outside the BMP made them more than the characters,
    each is asked for alone). A character outside the BMP stays as its two halves, each at
    its own index (`_paired` joins them once placed)."""
    from pypdfium2 import raw

    n = textpage.count_chars()
    buf = (ctypes.c_ushort * (2 * n + 2))()   # (room for a pair of units each: pdfium writes them all)
    got = raw.FPDFText_GetText(textpage.raw, 0, n, buf)
    if got != n + 1:        # (the count includes the closing NUL)
        buf = (ctypes.c_ushort * (n + 1))(*(raw.FPDFText_GetUnicode(textpage.raw, i) for i in range(n)))
    units = bytes(memoryview(buf).cast("B")[:2 * n])
    # (a pair of halves decodes into one character, which would shift every index after
    # it: there each unit is read as a character of its own; surrogatepass keeps a lone half)
    text = units.decode("utf-16-le", "surrogatepass")
    return text if len(text) == n else "".join(map(chr, memoryview(units).cast("H")))


def _clip(chars: list[Char]) -> None:
    """A box that reaches past the next character's origin on its line ends there."""
    for a, b in zip(chars, chars[1:]):
        if a.x0 < b.x0 < a.x1 and abs(a.y0 - b.y0) <= 0.2 * a.size and not b.ch.isspace():
            a.x1 = b.x0


def _graphics(page, turn=None, across=None):
    """Boxes of images and of drawn frames big enough to be a picture's place, the column
    rules (thin upright lines) and the rules across (thin level lines) that part articles,
    and the boxes of the images among the pictures (text set over one is the picture's; a
    drawn frame may hold a story). `turn` (_upright) and `across` (_across) map the boxes as
    they map the characters."""
    from pypdfium2 import raw

    pictures, rules, hrules, images = [], [], [], []
    boxes, kinds = [], []
    corners = bytearray(16)     # left, bottom, right, top as four floats
    at = ctypes.addressof((ctypes.c_char * 16).from_buffer(corners))
    where = [ctypes.c_void_p(at + 4 * k) for k in range(4)]
    read = _RECT.unpack_from
    object_type = _bare(raw.FPDFPageObj_GetType, ctypes.c_int)
    bounds = _bare(raw.FPDFPageObj_GetBounds, ctypes.c_int)
    drawn = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE)

    def walk(count, get, parent: _Handle, level: int) -> None:
        # (as pypdfium2's get_objects, down into forms, but through bare calls: a Founder
        # page draws thousands of text objects, and a helper object for each cost a third of
        # the page's time)
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = object_type(obj)
            if kind in drawn and bounds(obj, *where):
                boxes.append(read(corners))
                kinds.append(kind)
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < 14:
                walk(_bare(raw.FPDFFormObj_CountObjects, ctypes.c_int),
                     _bare(raw.FPDFFormObj_GetObject, _Handle, [ctypes.c_void_p, ctypes.c_ulong]), obj, level + 1)

    walk(_bare(raw.FPDFPage_CountObjects, ctypes.c_int), _bare(raw.FPDFPage_GetObject, _Handle),
         _handle(page.raw), 0)
    if turn is not None:
        boxes = [turn(*b) for b in boxes]
    if across is not None:
        boxes = [across(*b) for b in boxes]
    for (x0, y0, x1, y1), kind in zip(boxes, kinds):
        if x1 - x0 >= 30 and y1 - y0 >= 30:
            pictures.append((x0, y0, x1, y1))
            if kind == raw.FPDF_PAGEOBJ_IMAGE:
                images.append((x0, y0, x1, y1))
        elif x1 - x0 <= 3 and y1 - y0 >= 30:
            rules.append(((x0 + x1) / 2, y0, y1))
        elif y1 - y0 <= 3 and x1 - x0 >= 30:
            hrules.append(((y0 + y1) / 2, x0, x1))
    return pictures, rules, hrules, images


def _furniture(text: str) -> bool:
    """A line of the page's furniture (layout/furniture.py's patterns: date line, 第N版,
    责任编辑), which reading order keeps out of the headline rows."""
    return furniture.classify(text, Edition()) == "furniture"


def _page_lines(page, chars: list[Char], number: int, start: int, turn=None, across=None) -> list[Line]:
    """The page's printed lines in reading order, from its characters (`_chars`, already
    mapped by `turn` and `across`), numbered from `start` + 1."""
    runs = printed_lines(chars)
    if not runs:
        return []
    body = sorted(r.size for r in runs)[len(runs) // 2]
    pictures, rules, hrules, images = _graphics(page, turn, across)
    # Pictures stand in the layout like blocks of text: a column topped by a picture is one
    # block with it, not a gap the article beside it can be read into.
    frames = [Run([], x0, y0, x1, y1, size=body) for x0, y0, x1, y1 in pictures]
    ordered = rejoin_rows([r for r in order(runs + frames, Sheet(body, rules, hrules, _furniture)) if r.chars])
    runs = headline_stacks(ordered, body)
    runs, captions, over = captions_last(wrapped_headlines(runs, body), pictures, images)
    indent = indents(runs, body)
    return [Line(start + k, r.text, number, (round(r.x0, 1), round(r.y0, 1), round(r.x1, 1), round(r.y1, 1)),
                 round(r.size, 1), id(r) in captions, indent.get(id(r), 0.0), over_picture=id(r) in over)
            for k, r in enumerate(runs, 1)]


class PageLines(list):
    """A page's Lines; `problem` says why a page with text gave none (its text layer cannot
    be read: it needs OCR)."""
    problem: str | None = None


# What a text layer without a usable ToUnicode map gives: private-use and supplementary
# private-use characters, C0 and C1 controls, the replacement character.
_ODD = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\x00-\x1f\x7f-\x9f\ufffd]")
_HAN = re.compile("[\u4e00-\u9fff]")
_LATIN1 = re.compile("[\u00c0-\u00ff]")
_SPACE = re.compile(r"\s+")


def unreadable(chars: list[Char], dropped: int = 0) -> str | None:
    """Why a page's text layer cannot be read, or None. A font without a usable ToUnicode map
    gives private-use characters, control characters or nothing at all (`dropped`: codes
    pdfium could not map), or Latin-1 letters where the page is Chinese; parsed, that is
    garbage, so the page is reported as needing OCR instead. Thresholds: a third of the
    characters odd, or a fifth Latin-1 letters with almost no Chinese (a real Chinese page
    has neither; a page in English has no Latin-1 letters to speak of)."""
    # (a page's first 3,000 characters tell: a font without a map garbles all of its text)
    text = "".join([c.ch for c in chars[:3000]])
    text = _SPACE.sub("", text)
    n = len(text) + dropped
    if n < 20:
        return None
    odd = dropped + len(_ODD.findall(text))
    if odd >= n / 3:
        return "private-use, control or unmapped characters where text is expected"
    han = len(_HAN.findall(text))
    latin1 = len(_LATIN1.findall(text))
    if latin1 >= n / 5 and han < n / 20:
        return "Latin-1 letters where Chinese is expected (a font without a ToUnicode map)"
    return None


def read(path: str, data: bytes | None = None) -> Iterator[PageLines]:
    """One list of Lines per page, page after page (one page in memory at a time), numbered
    from 1 over the whole document. A page whose text layer cannot be read (`unreadable`)
    gives no lines and says why in its `problem`; where no page can be read, InputError.
    `data`: the file's bytes, already read (then `path` only names it)."""
    pdf = _open(path, data)
    try:
        if len(pdf) == 0:
            raise InputError(path, "PDF has no pages")
        n = 0
        problems: list[str] = []
        for p in range(len(pdf)):
            try:
                lines = _read_page(pdf, p, n)
            except Exception as e:      # noqa: BLE001 - one damaged page never costs the others
                lines = PageLines()
                lines.problem = f"page {p + 1}: damaged, not read ({_cause(e)})"
                problems.append(lines.problem)
                yield lines
                continue
            if lines.problem:
                problems.append(lines.problem)
            n += len(lines)
            yield lines
        if n == 0:
            raise InputError(path, problems[0] if problems else
                             "PDF has no text layer (a scan?): it needs OCR, which baozhi does not do yet")
    finally:
        pdf.close()


def _cause(e: Exception) -> str:
    """One line for what went wrong in a page: pdfium's own words, or the error's kind."""
    text = " ".join(str(e).split())[:160]
    return text if type(e).__name__ == "PdfiumError" else f"{type(e).__name__}: {text}"


def _read_page(pdf, p: int, n: int) -> PageLines:
    """Page p (0-based) of an open document as its Lines, numbered from n + 1. Raises what
    pdfium or a damaged page's content raises (`read` turns it into the page's problem)."""
    page = pdf[p]
    try:
        textpage = page.get_textpage()
        try:
            turn = _upright(page)
            chars, dropped = _chars(textpage, turn)
            why = unreadable(chars, dropped)
            w, h = page.get_size()
            across = None if why else _across(chars, w if page.get_rotation() % 180 else h)
            if across is not None:
                # (a glyph's box is as tall as the font's ascent and descent; set across, it
                # would reach past its em along the line, and into the gutter)
                chars = [Char(c.ch, x0, y0, min(x1, x0 + c.size), y1, c.size)
                         for c in chars for x0, y0, x1, y1 in [across(c.x0, c.y0, c.x1, c.y1)]]
                _clip(chars)
            lines = PageLines() if why else PageLines(_page_lines(page, chars, p + 1, n, turn, across))
        finally:
            textpage.close()
    finally:
        page.close()
    if why:
        lines.problem = f"page {p + 1}: text layer unreadable ({why}): it needs OCR"
    return lines
