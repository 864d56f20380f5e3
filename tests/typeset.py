#!/usr/bin/env python3
"""Typeset gold articles into newspaper pages as PDFs (reportlab), with their gold, to test
the PDF reader: `python tests/typeset.py --pages 60 --out build/pdf [--edition 3]`.

An A3 page is a grid of 3 to 8 columns under a page header (masthead on page 1) and over a
footer. It is filled with bands of one or two modules; a module is one article set in one
of these ways:
  over      headline (kicker, title, subtitles) across the article's columns, body under it
  beside    headline in the first column of the module, body in the others
  vertical  title set top to bottom in the first or last column, body in the others
  wrapped   headline over the columns, a picture with its caption set into the top or the
            bottom of the last column(s), the body flowing around it (an L-shaped body)
  photo     a picture with its caption and credit under it
A band holds as many articles side by side as their lengths leave room for; neighbours are
parted by a column rule most of the time (always beside a vertical title, which would
otherwise be ambiguous about which side it belongs to).
Lines that do not end a paragraph are justified to the column, as a compositor sets them.
Fonts: reportlab's built-in STSong-Light (a CID font, nothing embedded) or WenQuanYi Zen Hei
(fonts-wqy-zenhei, a TrueType font embedded in the PDF). With --edition N, N pages go into
one PDF and one article per edition jumps from page 1 to a later page: （下转第X版） at the
end of the first part, its title again and （上接第1版） over the rest. The gold of a PDF
is its whole articles (a jumped one once, whole) plus each page's `edition` fields.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import simulate  # noqa: E402

CID_FONT = "STSong-Light"
TTF_FONT = "WQYZenHei"
TTF_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
NEWSPAPERS = ["金昌日报", "河西晚报", "陇原商报", "祁连日报"]
SECTIONS = ["要闻", "综合", "经济", "社会", "民生", "文化", "时政要闻", "地方"]
STAFF = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "周敏"]
LAYOUTS = ("over", "beside", "vertical", "wrapped")
# Producer habits a run can switch on (`--centred`, `--founder`): the default set is what the
# tests pin. `founder` writes text as Founder PDFGenerator does (issue 10): every font set at
# `1 Tf` and scaled by the text matrix, each digit or Latin letter a text object of its own,
# headlines drawn after the bodies in the content stream, the header set larger than the text.
# `rotate` stores each page on its side (a landscape MediaBox, /Rotate 90 or 270, the text drawn
# turned the other way), as a scanner's or a layout program's export may, so that it shows
# upright. `vertical` sets the page in vertical writing (竖排): each line a column of upright
# characters read top to bottom, the lines right to left, the page's columns become bands read
# top to bottom (the same layout turned, so that its gold holds). `banner` sets a picture
# with words over it at the foot of each page (an advertisement's or a column's banner: the
# page's furniture, in no article).
# `identity` writes the PDF itself, as Founder does with its embedded fonts: one Type0 (CID)
# font with Identity-H encoding and a ToUnicode map, each character a text object of its own at
# `1 Tf` scaled by `Tm`, digits and Latin letters with boxes a full em wide (the font's default
# width) though set half an em apart, headlines last (render_identity).
STYLE = {"centred": False, "founder": False, "rotate": False, "vertical": False, "banner": False,
         "identity": False}


def fonts(ttf: bool) -> str:
    from reportlab.pdfbase import pdfmetrics

    if ttf:
        if TTF_FONT not in pdfmetrics.getRegisteredFontNames():
            if not os.path.exists(TTF_PATH):
                raise SystemExit(f"{TTF_PATH}: missing (install fonts-wqy-zenhei; `make test` does)")
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont(TTF_FONT, TTF_PATH, subfontIndex=0))
        return TTF_FONT
    if CID_FONT not in pdfmetrics.getRegisteredFontNames():
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return CID_FONT


class Sheet:
    """One page's grid and type, and the drawing operations placed on it so far."""

    def __init__(self, rng: random.Random, font: str, cols: tuple[int, int] = (3, 8),
                 sizes: tuple[float, ...] = (9.0, 9.5, 10.0, 10.5), broadsheet: bool = False):
        self.cols = rng.randint(*cols)
        # A3, about a tabloid page, or a broadsheet's 350 x 550 mm
        self.w, self.h = (992.0, 1559.0) if broadsheet else (842.0, 1191.0)
        self.margin = 36.0
        self.size = rng.choice(sizes)
        self.lead = self.size * rng.choice((1.4, 1.5, 1.6))
        self.gutter = self.size * rng.choice((1.0, 1.5))
        self.font = font
        self.centred = STYLE["centred"]     # headlines centred over their columns
        self.cells = int(((self.w - 2 * self.margin) - (self.cols - 1) * self.gutter) / self.cols / self.size)
        self.col_w = self.cells * self.size
        self.ops: list[tuple] = []

    def x(self, col: int) -> float:
        return self.margin + col * (self.col_w + self.gutter)

    def span_w(self, n: int) -> float:
        return n * self.col_w + (n - 1) * self.gutter


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, font, size)


def _banner(c, sh: Sheet) -> None:
    """A picture 180 x 32 points at the page's foot, right, with words set over it."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    x, y = sh.w - sh.margin - 180, 2.0
    c.drawImage(ImageReader(Image.new("RGB", (180, 32), (200, 40, 40))), x, y, 180, 32)
    c.setFont(sh.font, 14)
    c.drawString(x + 10, y + 10, "图说金昌 美丽家园")


def _fit(text: str, font: str, size: float, width: float | None, justify: bool) -> tuple[float, float]:
    """(horizontal scale in percent, character spacing in points) that set `text` to `width`:
    squeezed where figures run wide, spaced out where a line is justified."""
    natural = _width(text, font, size)
    if width and natural > width:
        return 100.0 * width / natural, 0.0
    if width and justify and len(text) > 1:
        return 100.0, (width - natural) / (len(text) - 1)
    return 100.0, 0.0


def _founder_text(c, text: str, x: float, y: float, size: float, font: str, scale: float, space: float) -> None:
    """One line as Founder writes it: `1 Tf`, the size in the text matrix (so the character
    spacing, in text space, is divided by it), and each ASCII character (digit, Latin letter)
    an object of its own placed where the run would have put it."""
    pos = x
    k = 0
    while k < len(text):
        j = k + 1
        if not text[k].isascii():
            while j < len(text) and not text[j].isascii():
                j += 1
        seg = text[k:j]
        t = c.beginText()
        t.setFont(font, 1)
        t.setTextTransform(size, 0, 0, size, pos, y)
        t.setHorizScale(scale)
        t.setCharSpace(space / size)
        t.textOut(seg)
        c.drawText(t)
        pos += _width(seg, font, size) * scale / 100.0 + space * len(seg)
        k = j


def _draw_vertical(c, op: tuple, font: str, w: float) -> None:
    """One drawing operation of a page laid out across, set in vertical writing on a page
    `w` points high: a point (u, v) of the layout goes to (v, w - u), each character upright
    where its box lands (a digit or Latin letter turned, in its half-em slot)."""
    kind = op[0]
    if kind == "text":
        _, text, x, y, size, width, justify = op
        scale, space = _fit(text, font, size, width, justify)
        u = x
        c.setFont(font, size)
        for ch in text:
            adv = _width(ch, font, size) * scale / 100.0
            if not ch.isspace() and _width(ch, font, size) < 0.9 * size:
                # a digit, Latin letter or narrow mark turned to run down the column, as
                # vertical setting prints them (upright, its em-high box would not fit its slot)
                c.saveState()
                c.translate(y, w - u)
                c.rotate(-90)
                c.drawString(0, 0, ch)
                c.restoreState()
            elif not ch.isspace():
                c.drawString(y - 0.12 * size, w - u - adv + 0.12 * size, ch)
            u += adv + space
    elif kind == "vtext":
        _, text, x, y, size = op
        c.setFont(font, size)
        for k, ch in enumerate(text):       # (a title set down its column in the layout: across)
            c.drawString(y - k * size * 1.08 - 0.12 * size, w - x - size + 0.12 * size, ch)
    elif kind == "rect":
        _, x, y, rw, rh = op
        c.rect(y, w - x - rw, rh, rw)
    elif kind == "hline":
        _, x0, x1, y = op
        c.line(y, w - x1, y, w - x0)
    elif kind == "vline":
        _, x, y0, y1 = op
        c.line(y0, w - x, y1, w - x)


def _draw(c, op: tuple, font: str) -> None:
    kind = op[0]
    if kind == "text" and STYLE["founder"]:
        _, text, x, y, size, width, justify = op
        _founder_text(c, text, x, y, size, font, *_fit(text, font, size, width, justify))
    elif kind == "text":
        _, text, x, y, size, width, justify = op
        t = c.beginText(x, y)
        t.setFont(font, size)
        # Character spacing and scale are text state that outlives the text object: set both.
        scale, space = _fit(text, font, size, width, justify)
        t.setHorizScale(scale)
        t.setCharSpace(space)
        t.textOut(text)
        c.drawText(t)
    elif kind == "vtext":
        _, text, x, y, size = op
        c.setFont(font, size)
        for k, ch in enumerate(text):
            c.drawString(x, y - k * size * 1.08, ch)
    elif kind == "rect":
        _, x, y, w, h = op
        c.rect(x, y, w, h)
    elif kind == "hline":
        _, x0, x1, y = op
        c.line(x0, y, x1, y)
    elif kind == "vline":
        _, x, y0, y1 = op
        c.line(x, y0, x, y1)


def _body(a: dict, cells: int, rng: random.Random) -> list[tuple[str, bool, bool]]:
    """(line, opens a paragraph, ends it) for each column line of the article."""
    lines: list[tuple[str, bool, bool]] = []
    for k, p in enumerate(a["paragraphs"]):
        text = p
        if k == 0 and a.get("dateline"):
            text = a["dateline"] + p
        if a["kind"] == "photo" and k == len(a["paragraphs"]) - 1:
            text = p + " 记者 " + " ".join(a["authors"]) + " 摄"
        run_on = k == 1 and a.get("run_on")
        if text.startswith(("（下转", "（上接")) and text.endswith("版）"):
            lines.append((text, simulate.width(text) + 2 <= cells, True))   # set whole, on one line
            continue
        marker = text[text.index("（下转"):] if "（下转" in text and not text.startswith("（下转") else ""
        set_lines = simulate.typeset(text[:len(text) - len(marker)], cells, rng, indent=0.0 if run_on else 2.0)
        ends = {len(set_lines) - 1}      # the paragraph's last line is not justified
        if marker:      # a jump marker is set whole: after the last words, or on a line of its own
            if simulate.width(set_lines[-1] + marker) <= cells:
                set_lines[-1] += marker
            else:
                set_lines.append(marker)
                ends.add(len(set_lines) - 1)
        lines += [(ln, n == 0 and not run_on, n in ends) for n, ln in enumerate(set_lines)]
    return lines


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """A headline broken into lines that fit `width` (a closing mark stays with its line;
    a byline breaks between names, never inside one)."""
    out, cur = [], ""
    if text.startswith("记者 "):
        for word in text.split(" "):
            if cur and _width(cur + " " + word, font, size) > width:
                out.append(cur)
                cur = word
            else:
                cur = cur + " " + word if cur else word
        return out + [cur] if cur else out
    for tok in re.findall(r"[A-Za-z0-9.\-]+ ?|.", text):     # a Latin word is not broken
        if cur and _width(cur + tok.rstrip(), font, size) > width and tok not in simulate.HANG:
            out.append(cur.rstrip())
            cur = ""
        cur += tok
    return out + [cur.rstrip()] if cur.strip() else out


class Module:
    """An article set into `span` columns from column `col`: ops relative to its top (y grows
    downwards here and is flipped when placed), and its height."""

    def __init__(self, sh: Sheet, col: int, span: int):
        self.sh, self.col, self.span = sh, col, span
        self.ops: list[tuple] = []
        self.height = 0.0
        self.ruled = False      # wants a rule between it and the module beside it
        self.layout = "over"

    def text(self, text, x, dy, size, width=None, justify=False):
        self.ops.append(("text", text, x, dy, size, width, justify))

    def headlines(self, heads: list[tuple[str, float]], x: float, width: float, dy: float,
                  centred: bool = False) -> float:
        for text, s in heads:
            for part in _wrap(text, width, self.sh.font, s):
                dy += s * 1.3
                shift = (width - _width(part, self.sh.font, s)) / 2 if centred and s > self.sh.size else 0.0
                self.text(part, x + max(shift, 0.0), dy, s)
            dy += s * 0.3
        return dy

    def columns(self, body, cols: list[int], top: list[float], rows: list[int]) -> None:
        """Flow body lines down the given grid columns, `rows[k]` lines from `top[k]`."""
        sh = self.sh
        k = 0
        for col, y0, n in zip(cols, top, rows):
            for row in range(n):
                if k == len(body):
                    return
                line, first, last = body[k]
                k += 1
                indent = 2 * sh.size if first else 0.0
                hangs = line[-1] in simulate.HANG
                room = sh.col_w - indent + (sh.size if hangs else 0.0)
                self.text(line, sh.x(col) + indent, y0 + (row + 1) * sh.lead, sh.size, room, not last)
        assert k == len(body), "body does not fit its columns"


def _heads(a: dict, rng: random.Random, big: float, body: float) -> list[tuple[str, float]]:
    if a.get("heads"):      # printed lines with their roles (a real article): kicker, title, subtitle
        small = max(round(big * rng.choice((0.55, 0.65, 0.75))), body + 2)
        return [(t, big if role == "title" else small) for t, role in a["heads"]]
    heads = [(a["title"], big)] if a.get("title") else []
    subs = [(t, max(round(big * 0.7), body + 2)) for t in a.get("subtitles") or []]
    return subs[:1] + heads + subs[1:] if subs and rng.random() < 0.5 else heads + subs


def _byline(a: dict) -> list[tuple[str, float]]:
    if a.get("dateline") or not a.get("authors") or a["kind"] == "photo":
        return []
    return [("记者 " + " ".join(a["authors"]), 0.0)]


def photo_module(sh: Sheet, a: dict, col: int, span: int, rng: random.Random) -> Module:
    m = Module(sh, col, span)
    pic_h = rng.choice((60.0, 80.0, 110.0))
    w = sh.span_w(span)
    m.ops.append(("rect", sh.x(col), pic_h, w, pic_h))
    cells = int(w / sh.size)
    dy = pic_h + 2
    for line, first, last in _body(a, cells, rng):
        dy += sh.lead
        indent = 2 * sh.size if first else 0.0
        room = w - indent + (sh.size if line[-1] in simulate.HANG else 0.0)
        m.text(line, sh.x(col) + indent, dy, sh.size, room, not last)
    m.height = dy + sh.size
    return m


def article_module(sh: Sheet, a: dict, col: int, span: int, layout: str, rng: random.Random,
                   photo: dict | None = None) -> Module | None:
    m = Module(sh, col, span)
    big = rng.choice((16.0, 18.0, 22.0, 26.0)) if span > 1 else rng.choice((14.0, 16.0))
    heads = _heads(a, rng, big, sh.size)
    byline = [(t, sh.size) for t, _ in _byline(a)]
    body = _body(a, sh.cells, rng)
    if layout == "beside" and span >= 3 and heads:
        if any(_width(part.rstrip("".join(simulate.HANG)), sh.font, size) > sh.col_w + 0.5 for text, size in heads
               for part in _wrap(text, sh.col_w, sh.font, size)):
            return None         # a word wider than the column: a compositor sets it over
        dy = m.headlines(heads + byline, sh.x(col), sh.col_w, 0.0)
        cols = list(range(col + 1, col + span))
        per = -(-len(body) // len(cols))
        m.columns(body, cols, [0.0] * len(cols), [per] * len(cols))
        m.height = max(dy, per * sh.lead) + sh.lead
        m.layout = "beside"
        return m
    if layout == "vertical" and span >= 2 and a.get("title") and not a.get("subtitles"):
        left = rng.random() < 0.5               # the title column left or right of the body
        cols = list(range(col + 1, col + span)) if left else list(range(col, col + span - 1))
        per = -(-len(body) // len(cols))
        vsize = min(big, sh.col_w * 0.8)
        if len(a["title"]) * vsize * 1.08 > per * sh.lead:
            return None
        dy = m.headlines(byline, sh.x(cols[0]), sh.span_w(span - 1), 0.0) if byline else 0.0
        m.columns(body, cols, [dy] * len(cols), [per] * len(cols))
        m.ops.append(("vtext", a["title"], sh.x(col if left else col + span - 1) + (sh.col_w - vsize) / 2,
                      vsize, vsize))
        m.ruled = True
        m.layout = "vertical"
        m.height = dy + per * sh.lead + sh.lead
        return m
    if layout == "wrapped" and (span < 2 or photo is None):
        return None
    # Headlines over the columns are set flush left or, as often, centred over them.
    dy = m.headlines(heads + byline, sh.x(col), sh.span_w(span), 0.0, centred=sh.centred)
    if layout == "wrapped":
        k = rng.randint(1, span - 1)
        pcol = col + span - k
        pic = photo_module(sh, photo, pcol, k, rng)
        pic_rows = int(pic.height // sh.lead) + 2
        rows_full = -(-(len(body) + k * pic_rows) // span)
        if rows_full <= pic_rows + 2:
            return None
        cols = list(range(col, col + span))
        at_top = rng.random() < 0.5
        tops = [dy if c < pcol or not at_top else dy + pic_rows * sh.lead for c in cols]
        rows = [rows_full if c < pcol else rows_full - pic_rows for c in cols]
        m.columns(body, cols, tops, rows)
        pic_top = dy if at_top else dy + (rows_full - pic_rows) * sh.lead + sh.lead
        m.ops += [op[:3] + (op[3] + pic_top,) + op[4:] if op[0] != "rect" else
                  op[:2] + (op[2] + pic_top,) + op[3:] for op in pic.ops]
        m.height = dy + rows_full * sh.lead + sh.lead
        m.layout = "wrapped"
        return m
    per = -(-len(body) // span)
    m.columns(body, list(range(col, col + span)), [dy] * span, [per] * span)
    m.height = dy + per * sh.lead + sh.lead
    return m


def _furniture(sh: Sheet, page_no: int, paper: str, date: tuple[int, int, int], section: str,
               rng: random.Random) -> tuple[float, dict]:
    """Header (with the masthead on page 1) and footer; returns the top of the body area."""
    y, m, d = date
    weekday = "一二三四五六日"[rng.randrange(7)]
    datestr = f"{y}年{m}月{d}日 星期{weekday}"
    top = sh.h - sh.margin
    if page_no == 1:
        sh.ops.append(("text", paper, sh.margin, top - 40, 40.0, None, False))
        top -= 52
        sh.ops.append(("text", datestr, sh.margin, top, 9.0, None, False))
        sh.ops.append(("text", "第1版", sh.w / 2, top, 9.0, None, False))
        sh.ops.append(("text", "国内统一连续出版物号 CN62-0014", sh.w - sh.margin - 160, top, 9.0, None, False))
    else:
        # (a Founder page sets its header larger than the text: 10-point over 8)
        hs = round(1.25 * sh.size, 1) if STYLE["founder"] else 9.0
        sh.ops.append(("text", datestr, sh.margin, top - hs, hs, None, False))
        sh.ops.append(("text", f"第{page_no}版", sh.w / 2 - 40, top - hs, hs, None, False))
        sh.ops.append(("text", section, sh.w / 2 + 10, top - hs, hs, None, False))
        sh.ops.append(("text", paper, sh.w - sh.margin - 40, top - hs, hs, None, False))
        top -= hs
    sh.ops.append(("hline", sh.margin, sh.w - sh.margin, top - 5))
    sh.ops.append(("hline", sh.margin, sh.w - sh.margin, sh.margin + 12))
    staff = rng.sample(STAFF, 2)
    sh.ops.append(("text", f"责任编辑：{staff[0]}  版式：{staff[1]}", sh.margin, sh.margin, 8.0, None, False))
    edition = {"newspaper": paper, "date": f"{y:04d}-{m:02d}-{d:02d}", "page_number": str(page_no),
               "section": section if page_no > 1 else None}
    return top - 14, edition


def _gold(a: dict) -> dict:
    if "gold" in a:     # the article as scored, apart from how it is printed
        return a["gold"]
    return {key: a.get(key) for key in ("kind", "title", "subtitles", "dateline", "authors", "paragraphs")}


def _spans(sh: Sheet, queue: list[dict], rng: random.Random, room: float) -> list[tuple[int, int]]:
    """A band's modules, left to right: each article as wide as its length asks for at the
    band's column depth, 14 to 30 lines (less where the page has less room left); the last
    takes what is left."""
    spans: list[tuple[int, int]] = []
    col = 0
    depth = min(rng.randint(14, 30), max(4, int((room - 80) / sh.lead)))   # one depth for the band
    for a in queue:
        if col >= sh.cols:
            break
        lines = 1.1 * len("".join(a["paragraphs"])) / sh.cells + 2
        want = max(1 if a["kind"] == "photo" else 2, -(-int(lines) // depth))
        spans.append((col, min(want, sh.cols - col)))
        col += spans[-1][1]
    if spans and col < sh.cols:
        spans[-1] = (spans[-1][0], spans[-1][1] + sh.cols - col)
    return spans


def fill(sh: Sheet, arts: list[dict], photos: list[dict], top: float, rng: random.Random,
         layouts: tuple[str, ...] = LAYOUTS, whole: bool = False) -> list[dict]:
    """Fill the page from `top` with bands of modules until an article no longer fits
    (`whole`: the first article across the whole page)."""
    bottom = sh.margin + 20
    gold: list[dict] = []
    y = top
    queue = list(arts)
    misses = 0
    while queue and misses < 24:
        if whole and not gold:      # the jumping article leads, as wide as its length allows
            lines = 1.1 * len("".join(queue[0]["paragraphs"])) / sh.cells + 2
            spans = [(0, max(2, min(sh.cols, -(-int(lines) // 8))))]
        else:
            spans = _spans(sh, queue, rng, y - bottom)
        mods: list[tuple[Module, list[dict]]] = []
        for col, span in spans:
            if not queue:
                break
            a = queue.pop(0)
            if a["kind"] == "photo":
                m, golds = photo_module(sh, a, col, min(span, 3), rng), [a]
            else:
                layout = rng.choice(layouts)
                extra = photos.pop() if layout == "wrapped" and photos else None
                m = article_module(sh, a, col, span, layout, rng, extra)
                if m is None:
                    if extra is not None:
                        photos.append(extra)
                    extra = None
                    m = article_module(sh, a, col, span, "over", rng)
                golds = [a] + ([extra] if extra is not None else [])
            if y - m.height < bottom:       # too tall for what is left: try it later, elsewhere
                queue.append(a)
                if a is not golds[-1]:
                    photos.append(golds[-1])
                misses += 1
                continue
            mods.append((m, golds))
        if not mods:
            continue
        height = max(m.height for m, _ in mods)
        for m, golds in mods:
            sh.ops += [op[:3] + (y - op[3],) + op[4:] if op[0] == "text" or op[0] == "vtext" else
                       ("rect", op[1], y - op[2], op[3], op[4]) if op[0] == "rect" else op
                       for op in m.ops]
            tags = [m.layout if golds[0]["kind"] != "photo" else "photo", "photo in article"]
            gold += [dict(_gold(g), layout=tag) for g, tag in zip(golds, tags)]
        for (left, _), (right, _) in zip(mods, mods[1:]):
            if left.ruled or right.ruled or rng.random() < 0.7:
                x = sh.x(right.col) - sh.gutter / 2     # a column rule between two articles
                sh.ops.append(("vline", x, y, y - height + sh.size * 0.5))
        sh.ops.append(("hline", sh.margin, sh.w - sh.margin, y - height + sh.size * 0.5))
        y -= height + sh.size
    return gold


def _stream_order(sh: Sheet) -> list[tuple]:
    """The page's drawing operations in the order a producer writes them: Founder draws a
    page's frames one after another, headlines last, so that the content stream's order is
    not the reading order."""
    if not (STYLE["founder"] or STYLE["identity"]):
        return sh.ops
    big = [op for op in sh.ops if op[0] == "text" and op[4] >= 1.3 * sh.size]
    return [op for op in sh.ops if not (op[0] == "text" and op[4] >= 1.3 * sh.size)] + big[::-1]


def render_identity(sheets: list[Sheet], path: str) -> None:
    """The pages written as a newspaper system writes them with embedded CID fonts (STYLE
    `identity`): one Type0 font, Identity-H encoding (two-byte codes, numbered here in order
    as glyph numbers), a ToUnicode map from each code to its character and a W array of widths
    for all but the ASCII characters, which take the default width of a full em (as the digits
    of the real Founder page do) while the next character is set where its real half-em
    advance ends; each character a text object of its own, `BT /F1 1 Tf a 0 0 d x y Tm <code>
    Tj ET`; rules and frames as paths. The font is a TrueType subset of WenQuanYi Zen Hei,
    embedded; a character's code is its glyph's number in the subset."""
    import zlib

    from reportlab.pdfbase import pdfmetrics

    if STYLE["rotate"] or STYLE["vertical"] or STYLE["banner"]:
        raise SystemExit("--identity-h does not combine with --rotate, --vertical or --banner")
    face = pdfmetrics.getFont(fonts(True)).face
    used = sorted({ch for sh in sheets for op in sh.ops if op[0] in ("text", "vtext")
                   for ch in op[1] if not ch.isspace() and ord(ch) in face.charToGlyph})
    # The font's subset, its glyphs in this order after .notdef (reportlab's makeSubset): a
    # character's code is its glyph's number, as Identity-H with an identity CIDToGIDMap has it.
    codes: dict[str, int] = {}
    glyphs: dict[int, int] = {0: 0}
    for ch in used:
        codes[ch] = glyphs.setdefault(face.charToGlyph[ord(ch)], len(glyphs))
    subset = face.makeSubset([ord(ch) for ch in used])
    widths: dict[int, float] = {}
    streams: list[bytes] = []
    for sh in sheets:
        out: list[str] = []
        for op in _stream_order(sh):
            kind = op[0]
            if kind in ("text", "vtext"):
                if kind == "text":
                    _, text, x, y, size, width, justify = op
                    scale, space = _fit(text, sh.font, size, width, justify)
                    steps = [(_width(ch, sh.font, size) * scale / 100.0 + space, 0.0) for ch in text]
                else:
                    _, text, x, y, size = op
                    scale, steps = 100.0, [(0.0, -1.08 * size)] * len(text)
                for ch, (dx, dy) in zip(text, steps):
                    if ch in codes:
                        code = codes[ch]
                        if not ch.isascii():
                            widths[code] = _width(ch, sh.font, 1000.0)
                        out.append(f"BT /F1 1 Tf {size * scale / 100.0:.3f} 0 0 {size:.3f} {x:.2f} {y:.2f} Tm "
                                   f"<{code:04X}> Tj ET")
                    x, y = x + dx, y + dy
            elif kind == "rect":
                _, x, y, w, h = op
                out.append(f"0.5 w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")
            elif kind == "hline":
                _, x0, x1, y = op
                out.append(f"0.5 w {x0:.2f} {y:.2f} m {x1:.2f} {y:.2f} l S")
            elif kind == "vline":
                _, x, y0, y1 = op
                out.append(f"0.5 w {x:.2f} {y0:.2f} m {x:.2f} {y1:.2f} l S")
        streams.append(zlib.compress("\n".join(out).encode("ascii")))
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
            "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    pairs = sorted((code, ch) for ch, code in codes.items())
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        cmap.append(f"{len(chunk)} beginbfchar")
        cmap += [f"<{code:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for code, ch in chunk]
        cmap.append("endbfchar")
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    to_unicode = add(stream(zlib.compress("\n".join(cmap).encode("ascii")), " /Filter /FlateDecode"))
    file = add(stream(zlib.compress(subset), f" /Filter /FlateDecode /Length1 {len(subset)}"))
    descriptor = add(f"<< /Type /FontDescriptor /FontName /ABCDEF+FZSSJW--GB1-0 /Flags 4 /FontBBox [0 -120 1000 880] "
                     f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 {file} 0 R >>".encode())
    w = " ".join(f"{code} [{widths[code]:.0f}]" for code in sorted(widths))
    cid = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+FZSSJW--GB1-0 "
              f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{w}] /CIDToGIDMap /Identity >>".encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+FZSSJW--GB1-0 /Encoding /Identity-H "
               f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>".encode())
    pages_at = len(objects) + 1 + 2 * len(sheets)       # the Pages object comes after each page's two
    kids = []
    for sh, data in zip(sheets, streams):
        content = add(stream(data, " /Filter /FlateDecode"))
        kids.append(add(f"<< /Type /Page /Parent {pages_at} 0 R /MediaBox [0 0 {sh.w:.0f} {sh.h:.0f}] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    pages = add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())
    assert pages == pages_at
    catalog = add(f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    body = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += f"{k} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(body)


def render(sheets: list[Sheet], path: str) -> None:
    if STYLE["identity"]:
        return render_identity(sheets, path)
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=(sheets[0].w, sheets[0].h))
    for k, sh in enumerate(sheets):
        c.setPageSize((sh.w, sh.h))
        if STYLE["rotate"]:
            c.setPageSize((sh.h, sh.w))
            if (k + len(sh.ops)) % 2 == 0:     # (90 or 270, by page)
                c.setPageRotation(90)       # shown turned clockwise: drawn turned back
                c.translate(sh.h, 0)
                c.rotate(90)
            else:
                c.setPageRotation(270)
                c.translate(0, sh.w)
                c.rotate(-90)
        ops = _stream_order(sh)
        if STYLE["vertical"]:
            c.setPageSize((sh.h, sh.w))
        if STYLE["banner"]:
            _banner(c, sh)
        for op in ops:
            if STYLE["vertical"]:
                _draw_vertical(c, op, sh.font, sh.w)
            else:
                _draw(c, op, sh.font)
        c.showPage()
    c.save()


def _new_sheet(rng: random.Random, ttf: bool | None, dense: bool = False) -> Sheet:
    use_ttf = rng.random() < 0.5 if ttf is None else ttf
    # (a page written with Identity-H is measured in the TrueType font's widths: its W array)
    font = fonts(use_ttf or STYLE["identity"])
    # dense: a daily's busy broadsheet page, 6 to 8 columns of 9-point type
    return Sheet(rng, font, (6, 8), (9.0,), broadsheet=True) if dense else Sheet(rng, font)


def page(arts: list[dict], rng: random.Random, path: str, ttf: bool | None = None, dense: bool = False) -> dict:
    sh = _new_sheet(rng, ttf, dense)
    paper, section = rng.choice(NEWSPAPERS), rng.choice(SECTIONS)
    date = (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    top, edition = _furniture(sh, rng.randint(1, 12), paper, date, section, rng)
    texts = [a for a in arts if a["kind"] != "photo"]
    photos = [a for a in arts if a["kind"] == "photo"]
    order = rng.sample(texts, len(texts))
    order[rng.randint(0, 4):0] = photos[:1]         # a photo of its own, early on the page
    gold = fill(sh, order, photos[1:], top, rng)
    render([sh], path)
    return {"schema": "baozhi.page/1", "font": sh.font, "columns": sh.cols, "edition": edition,
            "articles": gold}


def _split_jump(a: dict, target: int, rng: random.Random) -> tuple[dict, dict]:
    """The article cut into a first part ending in （下转第N版） and its continuation under
    the title again and （上接第1版）; the cut falls between paragraphs or inside one (then the
    continuation's first line is not indented), the markers run on or stand on lines of
    their own."""
    paras = list(a["paragraphs"])
    cut = max(1, len(paras) // 2)
    head, tail = paras[:cut], paras[cut:]
    inside = rng.random() < 0.5
    if inside:
        p = tail[0]
        spots = [k for k in range(len(p) // 3, 2 * len(p) // 3) if p[k - 1] not in "。！？；，、”：" and p[k] not in simulate.HANG]
        if spots:
            k = rng.choice(spots)
            head, tail = head + [p[:k]], [p[k:]] + tail[1:]
        else:
            inside = False
    to, back = f"（下转第{target}版）", "（上接第1版）"
    if rng.random() < 0.5:
        head = head[:-1] + [head[-1] + to]
    else:
        head = head + [to]
    first = dict(a, paragraphs=head)
    if rng.random() < 0.5 and not inside:
        tail = [back + tail[0]] + tail[1:]
    else:
        tail = [back] + tail
    rest = dict(a, paragraphs=tail, dateline=None, subtitles=[], authors=[],
                run_on=inside)          # the first paragraph after the marker goes on, unindented
    return first, rest


def edition(n_pages: int, arts: list[dict], rng: random.Random, path: str, ttf: bool | None = None) -> dict:
    """A PDF of several pages with one article jumping from page 1 to a later page."""
    ttf_font = rng.random() < 0.5 if ttf is None else ttf
    paper = rng.choice(NEWSPAPERS)
    date = (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    texts = [a for a in arts if a["kind"] != "photo" and a.get("title")]
    # Papers jump their long stories: the first with 3 paragraphs and 300 characters or more.
    jumper = next((a for a in texts if len(a["paragraphs"]) >= 3 and len("".join(a["paragraphs"])) >= 300),
                  next(a for a in texts if len(a["paragraphs"]) >= 2))
    others = [a for a in arts if a is not jumper]
    per_page = max(1, len(others) // n_pages)
    target = rng.randint(2, n_pages)
    sheets, gold, editions = [], [dict(_gold(jumper), layout="jumped")], []
    first, rest = _split_jump(jumper, target, rng)
    for p in range(1, n_pages + 1):
        sh = _new_sheet(rng, ttf_font)
        section = "要闻" if p == 1 else rng.choice(SECTIONS)
        top, ed = _furniture(sh, p, paper, date, section, rng)
        editions.append(ed)
        # a long edition runs out of distinct articles: then pages repeat some
        chunk = others[(p - 1) * per_page: p * per_page] if per_page >= 4 else \
            rng.sample(others, min(len(others), 8))
        if p == 1:
            lead = [first]
        elif p == target:
            lead = [rest]
        else:
            lead = []
        placed = fill(sh, lead + [a for a in chunk if a["kind"] != "photo"], [], top, rng, ("over",), whole=bool(lead))
        if lead and (not placed or norm_body(placed[0]) != norm_body(_gold(lead[0]))):
            raise RuntimeError("the jumping article did not fit its page")
        gold += placed[1:] if lead else placed
        sheets.append(sh)
    render(sheets, path)
    return {"schema": "baozhi.page/1", "font": sheets[0].font, "editions": editions, "articles": gold,
            "jumps": [{"title": jumper["title"], "from_page": 1, "to_page": target}]}


def norm_body(a: dict) -> str:
    return "".join(a["paragraphs"])


def generate(n: int, out: str, seed: int = 0, pool: str = "articles.jsonl", ttf: bool | None = None,
             editions: int = 0, dense: bool = False) -> list[str]:
    """n pages (or n editions of `editions` pages each) and their gold under `out`."""
    arts = simulate.load_articles(pool)
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    stems = []
    for k in range(n):
        stem = f"pdf-{seed}-{k:03d}" if not editions else f"edition-{seed}-{k:03d}"
        path = os.path.join(out, stem + ".pdf")
        if editions:
            gold = edition(editions, rng.sample(arts, min(len(arts), 5 * editions)), rng, path, ttf)
        else:
            photos = [a for a in arts if a["kind"] == "photo"]
            texts = [a for a in arts if a["kind"] != "photo"]
            gold = page(rng.sample(texts, len(texts)) + rng.sample(photos, min(3, len(photos))), rng, path, ttf, dense)
        with open(os.path.join(out, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        stems.append(stem)
    return stems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=20, help="pages (or editions with --edition)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--font", choices=("mixed", "cid", "ttf"), default="mixed")
    ap.add_argument("--edition", type=int, default=0, metavar="N", help="N pages to a PDF, with a jump")
    ap.add_argument("--pool", default="articles.jsonl")
    ap.add_argument("--dense", action="store_true", help="broadsheet pages, 6-8 columns of 9-point type")
    ap.add_argument("--centred", action="store_true", help="headlines centred over their columns")
    ap.add_argument("--rotate", action="store_true", help="store pages on their side with /Rotate 90 or 270")
    ap.add_argument("--vertical", action="store_true", help="set pages in vertical writing (竖排)")
    ap.add_argument("--banner", action="store_true", help="a picture with words over it at each page's foot")
    ap.add_argument("--founder", action="store_true",
                    help="write text as Founder PDFGenerator does: 1 Tf scaled by Tm, digits apart, headlines last")
    ap.add_argument("--identity-h", action="store_true",
                    help="write the PDF as a newspaper system does with embedded CID fonts: Type0, Identity-H, "
                         "ToUnicode, each character an object of its own, digits em-wide, headlines last")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    ttf = {"mixed": None, "cid": False, "ttf": True}[args.font]
    STYLE["centred"] = args.centred
    STYLE["founder"] = args.founder
    STYLE["rotate"] = args.rotate
    STYLE["vertical"] = args.vertical
    STYLE["banner"] = args.banner
    STYLE["identity"] = args.identity_h
    generate(args.pages, args.out, args.seed, args.pool, ttf, args.edition, args.dense)
    print(f"{args.pages} PDF {'editions' if args.edition else 'pages'} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
