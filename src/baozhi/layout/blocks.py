"""Group lines into blocks: body paragraphs in one column, headline runs, bylines, furniture.

A text dump has no geometry, so the column is read from the lines themselves: mid-paragraph
lines fill the column (width W in cells, punctuation may hang one cell past it), a
paragraph's first line is indented about two cells, and its last line ends on closing
punctuation, usually short. A line that fits none of these shapes where it stands is a
headline. Every decision looks at the neighbours, never at a fixed position on the page.
"""
from __future__ import annotations

import re

from .. import cjk
from ..model import Edition, Line
from ..names import is_name
from . import bylines, credits, furniture
from .columns import FULL_TOL, block_width, column_width, new_page, tolerance
from .crossheads import absorb_crossheads
from .cues import CREDIT_NOTE, END_NOTE, PICTURE_NOTE, BOX_LABELS, TAIL_NOTE, column_tag, deck_line, letter_spaced
from .lines import Feat, features, full_first_lines, gap_paragraphs, keeps_indents, unwrapped
from .units import HEAD_RUN, Unit

INDENT_MIN = 1.5    # a first line is at least this much shorter than the column
# Characters from which a line of unwrapped text is a paragraph though it stops open: the
# corpus's titles reach 40 in 1.4% (decks of a meeting's business), its subtitles in 41
FLAT_PARAGRAPH = 40
LONG_LINE = 60      # cells: wider than any newspaper column (11 to 30 cells on real pages)
LONG_PARAGRAPH = 200    # characters of a line that stops open and is still a paragraph


class _Walker:
    def __init__(self, feats: list[Feat], sized: bool = False):
        self.f = feats
        self.n = len(feats)
        # A PDF gives each line its type size: headlines are set large, so a line in body type
        # is body text however short it is or however it ends (a slogan closing an
        # advertisement, a wrapped （本报记者…） note, a photographer's credit).
        self.sized = sized
        self.tol = tolerance(feats)
        self.ragged = self.tol >= FULL_TOL
        self.sparse_indent = sum(1 for f in feats if f.indent > 0) < 0.05 * self.n
        # Blank lines part the paragraphs: after most lines that end a paragraph (closed and
        # short of the line before) a blank line stands. There a paragraph opens after a blank
        # line and nowhere else, and its first line is not shortened.
        self.gap_paras = gap_paragraphs(feats)
        # Where the dump keeps indents as its convention, a paragraph never starts without one.
        self.indents = keeps_indents(feats)
        # A dump re-wrapped by a converter may fill a paragraph's first line like any other
        # (no indent, not even its two cells of room): there only a short closing line ends
        # a paragraph, and a first line is never told by being short.
        self.full_first = not self.indents and not self.gap_paras and full_first_lines(feats)
        self.first_room = 0 if self.full_first else 2      # cells a first line leaves empty
        # Each line a whole paragraph (unwrapped text): a line that holds a sentence is a
        # paragraph of its own, whatever its length; only short open lines can be headlines.
        self.flat = not sized and unwrapped(feats)

    # -- shapes ---------------------------------------------------------------------------
    def whole(self, i: int) -> bool:
        """Line i holds a whole paragraph if anything: on a page of unwrapped text, or wider
        than any column (a short page of one long line needs no page to tell it)."""
        f = self.f[i]
        return f.kind is None and not f.centred and (self.flat or f.cells >= LONG_LINE)

    def plain(self, i: int) -> bool:
        """Body-like: no furniture, byline or jump, and not in headline type."""
        return 0 <= i < self.n and self.f[i].kind in (None, "credit") and not self.f[i].big

    def ahead(self, i: int) -> tuple[float | None, bool]:
        """The column width read from the lines after i (the body that i would start), and
        whether it is reliable: the width the next open lines agree on (columns.py), raised
        to any justified line among them; a lone closing line only bounds it."""
        ws: list[Feat] = []
        floor = 0.0     # justified lines are full: the column is at least as wide
        for j in range(i + 1, min(i + 8, self.n)):
            g = self.f[j]
            if not self.plain(j) or g.kind == "credit" or (g.indent > 0 and ws):
                break
            if g.closed:
                if not ws and j + 1 < self.n and g.cells >= self.f[i].cells:
                    return max(g.cells - min(g.tail, 1), floor), False
                break
            if g.justified:
                floor = max(floor, g.core)
            else:
                ws.append(g)
        if not ws:
            return (floor, False) if floor else (None, False)
        if len(ws) >= 3:
            ws = ws[1:]     # the line after a headline may itself be a headline or an indent
        return column_width(ws, self.ragged), True

    def same_column(self, i: int, cur: Unit | None, wa: float | None, reliable: bool) -> bool:
        """Does a paragraph starting at i continue the current block's column?"""
        if cur is None:
            return False
        if not cur.reliable:
            return True     # too little of the block seen to tell its column from another
        wc = cur.width
        if wa is None:
            # Nothing follows to measure: the line itself must fit, a one-line paragraph
            # anywhere inside the indented first line.
            f = self.f[i]
            return self.shape_ok(i, wc) or (f.closed and f.cells <= wc - 2 + self.tol)
        tol = max(self.tol, FULL_TOL)   # two estimates, each off by up to half a cell
        if reliable:
            return abs(wa - wc) <= tol
        return wa <= wc + tol and self.shape_ok(i, wc)

    def starts_indented(self, j: int, w: float, after_end: bool = False) -> bool:
        """Line j looks like the indented first line of a paragraph in a column of width w."""
        g = self.f[j]
        if self.gap_paras:
            return g.gap    # the page marks its paragraphs by blank lines
        if g.indent > 0:
            return True
        if self.indents or self.full_first:
            return False    # the page marks its paragraphs by indent, and this line has none
        # (after a sentence's end, a line spread by justification, 2 月 13 日 ， 记 者 来 到, is
        # as wide as its own line, a first line's included; elsewhere spreading says nothing,
        # and gaps between words, 抓思想 抓组织 抓队伍, are a heading's)
        if g.closed or g.justified and not (after_end and _spread(g.text)) or g.core > w - INDENT_MIN \
                or self.no_room(j, w):
            return False
        # A narrower column after a wrap keeps its width; a first line is followed by wider ones.
        nxt = j + 1
        return not (self.plain(nxt) and not self.f[nxt].closed and abs(self.f[nxt].core - g.core) <= self.tol)

    def narrowest(self, g: Feat) -> float:
        """The least width line g can take: on a ragged page its marks may be squeezed."""
        return g.core - g.squeeze if self.ragged else g.core

    def fits(self, j: int, w: float) -> bool:
        """Line j fills a column of width w."""
        g = self.f[j]
        return g.justified or self.narrowest(g) - self.tol <= w <= g.cells + self.tol or (
            self.narrowest(g) - self.tol <= w and self.no_room(j, w))

    def no_room(self, j: int, w: float) -> bool:
        """Line j is as full as it could be: the next line's first word would not have fitted
        (a figure or English word that did not fit leaves a gap the dump may not justify)."""
        nxt = j + 1
        return nxt < self.n and self.f[j].cells + self.f[nxt].lead > w

    def too_wide(self, j: int, w: float) -> bool:
        g = self.f[j]
        return not g.justified and self.narrowest(g) > w + self.tol

    def shape_ok(self, i: int, w: float) -> bool:
        """Line i could open a paragraph in a column of width w: indented, or full."""
        f = self.f[i]
        if f.indent > 0 or f.justified:
            return f.core <= w + self.tol
        return (w - 2 - self.tol <= f.cells or self.no_room(i, w - 2)) and f.core <= w + self.tol

    # -- paragraph starts --------------------------------------------------------------------
    def para_start(self, i: int, cur: Unit | None) -> tuple[bool, bool]:
        """(is a paragraph start, continues the current block)."""
        f = self.f[i]
        if f.kind == "dateline" or (f.apart and not f.big):
            return True, False      # a dateline, or the first line under a picture: its caption
        if i > 0 and self.f[i - 1].kind == "jump" and not f.big:
            return True, False      # （上接第1版） and the text it continues, indented or not
        if self.lone_token(i):
            # 1957 / 年，毛泽东同 / 志在…: figures drawn apart from the text they open (a PDF's
            # digits as objects of their own, which pdfminer puts on a line of their own)
            wa, reliable = self.ahead(i + 1)
            return True, self.same_column(i + 1, cur, wa, reliable)
        if self.whole(i):
            # (a long subtitle, a meeting's business or a summary of sentences, stops open
            # and runs to 123 characters at most in the corpus)
            return f.closed or len(f.text) >= (FLAT_PARAGRAPH if self.flat else LONG_PARAGRAPH), cur is not None
        if (_is_dash_subtitle(f) and not (self.indents and f.indent > 0) and not self.dash_item(i, cur)) \
                or f.big or f.centred:
            return False, False     # a ——subtitle's dash, headline type, a centred line
        wa, reliable = self.ahead(i)
        wc = cur.width if cur is not None else None
        decked = deck_line(f.text)
        if not f.closed and (f.indent == 0 or not self.indents and column_tag(f.text)) and (column_tag(f.text) or decked) \
                and not (wc is not None and self.fits(i, wc) and f.cells >= wc - (0 if decked else 2) - self.tol
                         and (i + 1 >= self.n or self.fits(i + 1, wc))):
            # 花的祝福（新时代之光）, 返程途中 做好防护: a headline. (A line that fills the
            # column, 中国—东盟农产品（百色）, is the paragraph going on where the next line
            # is in that column too; a gap between two decks is not justification, so two
            # decks must fill it to the last cell.)
            return False, False
        same = self.same_column(i, cur, wa, reliable) and not f.apart
        if f.kind is None and _MID_STOP.search(f.text):
            return True, same       # one sentence ends and the next begins: running text
        if self.indents and f.indent == 0 and (same or wa is None or abs(wa - (wc or 0)) <= FULL_TOL
                                               or not self.take_paragraph(i, None)[1]):
            return False, False     # an unindented start only for a caption in a new column
        if self.indents and f.indent > 0:
            para = self.take_paragraph(i, wc)[0]
            if self.indented_run(para) or self.f[para[-1]].closed:
                # A crosshead or a short paragraph: it stays in the column if it fits there
                # (the lines after it may be too short to measure the column by).
                fits = wc is not None and all(self.f[k].core <= wc + self.tol for k in para)
                return True, same or fits
        if f.closed and self.kicker_colon(i):
            return False, False
        if f.closed and self.gap_paras and f.gap and self.plain(i + 1) and not self.f[i + 1].gap \
                and not self.f[i + 1].centred:
            return True, same   # a block of lines under a blank line, its first closing on a
            # quotation's ！ (“…要30元一只！ / 价格也太高了…”): a paragraph where blank lines part them
        if f.closed:
            # One-line paragraph or a headline ending on ” ！ ？: sentence punctuation or an
            # indent says paragraph; a following byline or dateline says headline.
            if _SENTENCE_END.search(f.text) or f.indent > 0 or "。" in f.text[:-1]:
                return True, same
            if self.opens_article(i + 1) or wc is None:
                return False, False
            if f.core <= wc - INDENT_MIN and same:
                return True, True
            return False, False
        nxt = i + 1
        if not self.plain(nxt):
            return False, False
        if reliable:
            w = wa
        else:   # a guess from what follows, or the current column: whichever the line fits
            if wa is not None and wc is None and f.core > wa and self.f[nxt].closed:
                # A lone closing line only says the column is at least that wide; a first
                # line a little wider is its indented opening.
                wa = min(f.core + 2, wa + 3)
            # (a block seen only in short lines has a column at least that wide: no guess
            # for a longer line)
            if wc is not None and cur is not None and not cur.reliable and f.core > wc + self.tol:
                wc = None
            guesses = [x for x in (wa, wc) if x is not None]
            w = next((x for x in guesses if self.shape_ok(i, x)), guesses[0] if guesses else None)
        if w is None:
            g = self.f[nxt]
            # Two-line paragraph with no column known: the last line must close and be
            # shorter, and the column that follows, if any, must not say otherwise.
            if not (g.closed and g.core <= f.core + self.tol and f.core >= 4):
                return False, False
            if self.opens_article(nxt + 1):
                return False, False     # two lines alone before a dateline: a headline pair
            later = self.ahead_width(nxt)
            return later is None or self.shape_ok(i, later), False
        if not self.shape_ok(i, w):
            return False, False
        if cur is not None and not same and reliable and f.indent == 0 and not f.justified and not self.full_first \
                and f.core > w - INDENT_MIN and not self.take_paragraph(i, None)[1]:
            # A new column straight after another body opens on an indented line (or is a
            # caption); a full one there is a headline (the previous article's or the next's).
            return False, False
        g = self.f[nxt]
        if not g.closed and (self.starts_indented(nxt, w) or not self.fits(nxt, w)):
            return False, False
        if g.closed and g.core > f.cells + 2 + self.tol:
            return False, False     # a closing line cannot outrun the column its first line implies
        return True, same

    def runs_on_after_close(self, i: int, cur: Unit | None) -> bool:
        """Line i goes on with the paragraph closed on the line above it: the page indents
        every paragraph and line i has none, it is plain text that fills the column of the
        body being read to the cell, and the line under it is flush in that column too; the
        lines from i close on a sentence's end.
        Where a flush line after a closed one opens no paragraph, a page that indents its
        paragraphs would otherwise read these lines as a headline."""
        f, nxt = self.f[i], i + 1
        if not (self.indents and not self.sized and cur is not None and cur.reliable and cur.width is not None
                and cur.paras and cur.paras[-1][-1] == i - 1 and self.f[i - 1].closed and f.indent == 0
                and self.plain(i) and not f.closed and nxt < self.n and self.plain(nxt)
                and self.f[nxt].indent == 0 and not self.f[nxt].centred):
            return False
        g, w = self.f[nxt], cur.width
        # (the line under it fits the column as running text does: a letter-spaced title
        # short of it does not)
        if not (abs(f.core - w) <= self.tol and not any(column_tag(x.text) or deck_line(x.text) for x in (f, g))
                and (self.fits(nxt, w) and g.core <= w + self.tol and not (g.justified and g.cells < w - 2 - self.tol)
                     or g.closed and g.core <= w + self.tol)):
            return False
        # ...and what it opens closes on a sentence's end before the next indented line, as
        # a paragraph does (a headline wrapped to the column, in a narrow copy, stops open)
        para = self.take_paragraph(i, w)[0]
        return self.f[para[-1]].closed

    def dash_item(self, i: int, cur: Unit | None) -> bool:
        """A paragraph that opens on a dash, an item of a list (——辽宁、山西、江西、云南等地 /
        专门对机关党组织…): its first line fills the column and runs on into the next, where a
        ——subtitle stops short under its title."""
        w = cur.width if cur is not None and cur.reliable else self.ahead_width(i)
        nxt = i + 1
        if w is None or self.f[i].cells < w - 2 - self.tol or not self.plain(nxt) \
                or self.f[nxt].big or self.f[nxt].centred:
            return False
        g = self.f[nxt]
        # (or it closes there, on the sentence's end: ——中共中央印发《关于… / …的通知》。)
        return self.fits(nxt, w) or g.closed and g.core <= w + self.tol and _SENTENCE_END.search(g.text) is not None

    def kicker_colon(self, i: int) -> bool:
        """A short line ending on a colon over a headline: the speaker of a quoted title
        (福建省政协主席崔玉英委员： / 加快数字经济发展运用; 宋滨喜： / 英雄丰碑 热血铸就). In
        the corpus 102 kickers end so; the same pair inside a story (镜头一： / 优先调度解燃煤之急)
        is a crosshead pair, which the crosshead stage gives back."""
        f, nxt = self.f[i], i + 1
        if not f.text.endswith(("：", ":")) or len(f.text) > 24 or f.indent > 0 or not self.plain(nxt):
            return False
        g = self.f[nxt]
        # (a line that stops on a comma is a sentence's or a verse's, 这正是： / 刺绣好技艺，,
        # unless a quotation left open wraps there: …周建秋： / “抗疫就是打仗，)
        comma = g.text.endswith(("，", "、", ",")) and g.text.count("“") <= g.text.count("”")
        return not g.closed and not comma and len(g.text) <= 30 \
            and not self.para_start(nxt, None)[0]

    def open_end(self, para: list[int], photo: bool) -> bool:
        """The paragraph stops on an open line with no jump marker or page end to explain it."""
        last = para[-1]
        if photo or self.f[last].closed or self.indented_run(para) or self.sized or self.bracket_end(para):
            return False
        if len(para) >= 2 and _NOTE_END.search("".join(self.f[k].text.strip() for k in para[-2:])):
            return False    # a sentence, then a note in brackets: …。（统计公报 / 见第五、六、七版）
        if last + 1 >= self.n:
            return len(para) <= 2
        return self.f[last + 1].kind != "jump"

    def bracket_end(self, para: list[int]) -> bool:
        """The paragraph's last line closes a bracket and stops short of the column: a note
        (（本报记者邝西曦、…杨翘楚）) ends there, as after closing punctuation. (A headline
        ending on （人民时评） stands alone; this is a paragraph's own last line.)"""
        if len(para) < 2 or not self.f[para[-1]].text.endswith(("）", ")")):
            return False
        w = self.local_width(para[:-1], para[-2], None)
        f = self.f[para[-1]]
        return w is not None and f.cells < w - self.tol - INDENT_MIN

    def indented_run(self, para: list[int]) -> bool:
        """Where the page keeps its indents, an indented line up to the next indented one is a
        paragraph, punctuated or not: a crosshead (科学 / 立法, 引领改革发展 规范社会生活), set
        in the column as its paragraphs are. Headlines are not indented in a dump that keeps
        paragraph indents (they are set across the columns, not in one)."""
        nxt = para[-1] + 1
        if not (self.indents and self.f[para[0]].indent > 0 and not self.f[para[0]].big and nxt < self.n):
            return False
        if any(self.f[k].closed for k in para):
            return False    # a crosshead has no sentence in it: this one ran on past its end
        return (self.f[nxt].indent > 0 and self.plain(nxt)) or (len(para) == 1 and self.short_open(para[0], None))

    def lone_token(self, i: int) -> bool:
        """Line i holds only a figure or a Latin word (1957, 40%, 5G) under a sentence's end,
        and the line under it goes on with plain text that opens on a word or a mark: the two
        are one line of text drawn apart, the first of a paragraph."""
        f = self.f[i]
        # (under an open line the token ends that line, 126.com, 95%; a lone digit numbers a
        # crosshead, 1 / 盼从繁杂事务中抽身)
        if f.kind is not None or not _LONE_TOKEN.fullmatch(f.text.strip()) or len(f.text.strip()) < 2 \
                or f.indent > 0 or f.centred or not self.plain(i + 1):
            return False
        g = self.f[i + 1]
        # (...unless what follows is the figure's unit or measure: 自4月 / 12 / 日以来，)
        if i > 0 and not self.f[i - 1].closed and not _UNIT.match(g.text):
            return False
        return not g.gap and g.indent == 0 and not g.centred and bool(_HAN_OR_MARK.match(g.text))

    def across_gap(self, para: list[int], nxt: int, w_hint: float | None) -> bool:
        """The paragraph runs on across the blank line over line nxt: the line above it fills
        the column and stops mid-sentence, and line nxt is plain text set flush in that column
        (a text box or a column ends there, as pdfminer writes each box with a blank line
        under it; a page or column break in a copy). A blank line after a sentence's end, or
        over a line set in, centred or not in the column, still ends the paragraph."""
        j = para[-1]
        f, g = self.f[j], self.f[nxt]
        # (two lines of running text over the gap at least, or a paragraph's indented first
        # line: a headline's line that happens to fill the column is no box's last line)
        first = self.f[para[0]]
        if len(para) < 2 and not (self.indents and f.indent > 0) \
                or first.text.startswith("——") and not (self.indents and first.indent > 0) \
                or any(column_tag(self.f[k].text) for k in para) \
                or f.closed or f.text.rstrip().endswith(("：", ":", "——")) or TAIL_NOTE.search(f.text.strip()) \
                or f.text.strip().startswith(("（", "(")) and f.text.rstrip().endswith(("）", ")")) \
                or not self.plain(nxt) or g.indent > 0 or letter_spaced(g.text) \
                or g.centred or column_tag(g.text) or deck_line(g.text):
            return False
        w = self.local_width(para, j, w_hint)
        if w is None or f.cells + (self.first_room if j == para[0] else 0) < w - self.tol - 0.5:
            return False
        return self.fits(nxt, w) or g.closed and g.core <= w + self.tol

    def short_open(self, j: int, w_hint: float | None) -> bool:
        """Line j ends short of the column with room to spare: the text stops there."""
        w = self.local_width([j], j, w_hint)
        f = self.f[j]
        # Justification spreads a full line's slack over all its gaps; one gap is a name's.
        spread = f.justified and len(re.findall(r"[ \u3000]+", f.text)) >= 2
        return w is not None and not spread and f.cells + f.indent < w - self.tol - INDENT_MIN \
            and not self.no_room(j, w - f.indent)

    # -- paragraph body ----------------------------------------------------------------------
    def take_paragraph(self, i: int, w_hint: float | None) -> tuple[list[int], bool]:
        """The lines of the paragraph that starts at i, and whether it ends on a photo credit.
        An open line runs on into the next; a closed one ends the paragraph when it is short,
        when the next line is indented, or when the next line does not belong to the column."""
        if self.f[i].apart:
            # A caption under a picture runs to its credit (…施工现场。记者 张宏斌 摄),
            # whatever its line widths say: it is set to the picture, not to a column.
            # (or to the names in brackets that close it: …设点宣传。（陈维连）, a county
            # paper's photo credit)
            j = i
            while self.f[j].kind != "credit" and not _bracket_credit(self.f[j].text) and self.plain(j + 1) \
                    and not self.f[j + 1].apart:
                j += 1
            if (self.f[j].kind == "credit" or _bracket_credit(self.f[j].text)) and (
                    j + 1 >= self.n or self.f[j + 1].kind != "credit" or self.f[j + 1].apart):
                return list(range(i, j + 1)), True
        if self.whole(i):
            return [i], False
        para = [i]
        j = i
        photo = False
        while True:
            f = self.f[j]
            if f.kind == "credit" and not (j + 1 < self.n and self.f[j + 1].kind == "credit"):
                photo = True
                break
            nxt = j + 1
            if nxt >= self.n or self.f[nxt].kind in ("furniture", "byline", "dateline", "jump", "footcredit",
                                                 "footnote") \
                    or self.f[nxt].gap and not self.across_gap(para, nxt, w_hint):
                break       # (a blank line, where the dump keeps them between blocks, ends one)
            g = self.f[nxt]
            if (_is_dash_subtitle(g) and (f.closed or f.cells + (2 if j == i else 0) < (w_hint or 0) - INDENT_MIN)) \
                    or g.big or g.apart or g.centred:
                # (a line that opens with —— under an open full line is the paragraph wrapping)
                break       # a ——subtitle, headline type or a caption under a picture: not this body
            if g.kind == "credit" or (nxt + 1 < self.n and self.f[nxt + 1].kind == "credit"
                                      and len(g.text) <= 14):
                para.append(nxt)        # a caption's credit may stand on lines of its own
                j = nxt
                continue
            if self.indents and g.indent > 0:
                break       # the page marks each paragraph by its indent
            if self.indents and j == i and f.indent > 0 and not g.closed and g.indent == 0 and column_tag(g.text) \
                    and f.cells + f.indent < g.cells - 2 * INDENT_MIN:
                break       # a headline with its column's tag under a one-line paragraph (资料图片)
            if self.indents and j == i and f.indent > 0 and not f.closed and f.kind != "dateline" \
                    and self.short_open(j, w_hint):
                break       # an indented line too short to wrap: a paragraph of one line (制图：蔡华伟)
                # (a dateline set on a line of its own runs on into the story's first paragraph)
            if not f.closed and j != i and self.bracket_end(para):
                break       # （本报记者…杨翘 / 楚）: a note's closing bracket on a short line
            if not f.closed:
                # Only a line taken on after a closed one can be a headline in disguise;
                # mid-paragraph, a short line is noise in the dump, not a new paragraph.
                if j == i or self.f[para[-2]].closed:
                    wl = self.local_width(para, j, w_hint)
                    if wl is not None and (self.starts_indented(nxt, wl, after_end=j != i or f.kind != "dateline")
                                           or j != i and self.too_wide(nxt, wl)
                                           and not self.no_room(j, self.f[nxt].core)):
                        # (a line one cell short because the next one's first character
                        # took its mark along, 节庆活动取 / 消、旅游…, is full in the wider column)
                        break
                para.append(nxt)
                j = nxt
                continue
            wl = self.local_width(para, j, w_hint)
            if wl is None:
                break
            # A first line is short by its indent (two cells, however the dump wrote it).
            # Where leading spaces are too rare to be the page's indent convention they mark
            # a lead line, and a closed lead line is a paragraph of its own.
            if j == i and f.indent > 0 and self.sparse_indent:
                break
            indent = self.first_room if j == i else 0
            if f.cells + indent < wl - self.tol and not f.justified and not self.no_room(j, wl - indent):
                break
            if g.indent > 0 or (not g.closed and self.starts_indented(nxt, wl, after_end=True)):
                break
            if not g.closed and not self.fits(nxt, wl):
                break
            if g.justified and not g.closed and self.plain(nxt + 1) and not self.f[nxt + 1].closed \
                    and not self.fits(nxt + 1, wl):
                break       # a justified line fits any column; the one after it must fit ours
            if g.closed and self.too_wide(nxt, wl):
                break       # wider than the column: a headline, not a closing line
            if not g.closed and column_tag(g.text) and not self.fits(nxt, wl):
                break       # 制度优势提振防疫信心（人民时评）: a headline after the sentence's end
            if g.closed and "。" not in g.text[:-1] and nxt + 1 < self.n and self.opens_article(nxt + 1) \
                    and self.f[nxt + 1].kind != "furniture":
                break       # 这个夏天，去哪儿避暑？ right before a byline or dateline: a headline
            if g.closed and g.cells <= wl - INDENT_MIN and self.plain(nxt + 1) \
                    and not self.f[nxt + 1].closed and self.fits(nxt + 1, wl) \
                    and not (self.indents and g.indent == 0):
                break       # a full line follows, so this short one opens the next paragraph
            para.append(nxt)
            j = nxt
        closed_at = [k for k in para[1:] if self.f[k].closed]
        if closed_at and (self.open_end(para, photo) or not photo and self.ragged_tail(para, closed_at[-1])):
            # A paragraph ends on closing punctuation; an open end means we ran into a headline.
            para = para[:para.index(closed_at[-1]) + 1]
        return para, photo

    def ragged_tail(self, para: list[int], last_closed: int) -> bool:
        """At the page end, body text cut off mid-paragraph fills the column; lines that do
        not are headlines after the last paragraph."""
        if para[-1] + 1 < self.n or self.f[para[-1]].closed:
            return False
        tail = para[para.index(last_closed) + 1:]
        w = self.local_width(para[:para.index(last_closed) + 1], last_closed, None)
        return w is not None and not all(self.fits(k, w) for k in tail)

    def local_width(self, para: list[int], j: int, w_hint: float | None) -> float | None:
        """The column at line j: from the paragraph's last full lines, else the block's, else
        what follows, else the first line and its indent."""
        mids = [self.f[k] for k in para[1:] if not self.f[k].closed][-3:]
        got = block_width(mids, self.ragged)
        if got is not None:
            return got
        if w_hint is not None:
            return w_hint
        got = self.ahead_width(j)
        if got is None and len(para) > 1 and not self.f[para[0]].justified:
            got = self.f[para[0]].core + self.first_room    # the column less its indent
        return got

    def opens_article(self, j: int) -> bool:
        """Line j starts something new: the page ends, or a byline or dateline stands there."""
        if j >= self.n:
            return True
        g = self.f[j]
        return g.kind in ("byline", "dateline", "furniture") or bylines.byline(g.text, bare=True) is not None

    def ahead_width(self, i: int) -> float | None:
        w, reliable = self.ahead(i)
        return w if reliable else None


_TRAILING_BRACKET = re.compile(r"[（(][^（）()]{2,40}[）)][ \u3000]*$")


def _bracket_credit(text: str) -> bool:
    """The line ends on names in brackets, a credit with no dispatch (（陈维连）)."""
    m = _TRAILING_BRACKET.search(text)
    got = credits.parse(m.group(0)) if m else None
    return got is not None and got[0] is None and bool(got[1])


def _spread(text: str) -> bool:
    """Justification's spaces run between (nearly) every two characters of the line."""
    parts = text.split()
    return len(parts) >= 4 and sum(len(p) <= 2 for p in parts) >= 0.75 * len(parts)


def _is_dash_subtitle(f: Feat) -> bool:
    """A ——subtitle line. One that closes a sentence is a line of dialogue or an attribution's
    paragraph (——谈什么呢？), not a headline."""
    return f.text.startswith("——") and f.cells <= 30 and f.kind is None and not f.closed


# A full stop with more text after it on the line: 4 of the corpus's 4,085 headlines hold one
# (long decks of sentences), so a line with one is running text.
_MID_STOP = re.compile(r"。[”’」』]?(?=[^\s”’」』）)])")
# A figure or a Latin word alone on a line (_Walker.lone_token), not an item's number (1.,
# No.1), which stands over its story's headline; what may follow it: its unit or measure, and
# what a line of text may open on.
_LONE_TOKEN = re.compile(r"(?!No\.?\d)[0-9A-Za-z][0-9A-Za-z.,%/:\-+·]{0,9}(?<![.:])")
_UNIT = re.compile(r"[年月日时分秒万亿千百元个名人家项次周岁天号期倍米吨亩度座件份户所条余多%％]")
_HAN_OR_MARK = re.compile(r"[\u4e00-\u9fff，。、；：％%）》”]")
# A reference to a figure, a table or another page, in brackets: （见图11）, （详见第五版）
_REFERENCE = re.compile(r"[（(](?:见|详见|参见)[^（）()]{1,12}[）)]")
# A bracketed note after a sentence's end closes the paragraph as the sentence did.
_NOTE_END = re.compile(r"[。！？][”’」』]?[（(][^（）()。]{1,24}[）)]$")
# A line that ends a sentence, inside a quotation or not, is body text, not a headline.
_SENTENCE_END = re.compile(r"(?:[。；，、：]|[。！？…][”’」』]|……)$")


def segment(lines: list[Line], edition: Edition) -> tuple[list[Unit], list[Feat]]:
    """The page's units (bodies, headline runs, bylines, furniture, jumps) over its lines.
    Page furniture is taken out of the flow first: reading order may put a footer between
    two columns of an article (or a dump may), and it must not cut the paragraph there."""
    new_page()
    feats = features(lines, edition)
    flow = [i for i, f in enumerate(feats) if f.kind != "furniture"]
    sized = any(ln.size for ln in lines)
    walker = _Walker([feats[i] for i in flow], sized)
    units = _walk(walker)
    # (the page's conventions as the walker read them: the crosshead stage reads by them too)
    units = absorb_crossheads(units, walker.f, sized=sized, kept=not sized and walker.indents, flat=walker.flat)
    for u in units:
        u.lines = [flow[k] for k in u.lines]
        u.paras = [[flow[k] for k in p] for p in u.paras]
    units += [Unit("furniture", [i]) for i, f in enumerate(feats) if f.kind == "furniture"]
    return units, feats


_PLACE_NAME = re.compile(r"([\u4e00-\u9fff]{2,10}(?:省|市|县|区|州|旗|镇))[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})")


def _reader_signature(text: str) -> bool:
    """A reader's letter signed with a place and a name (广东广州市 袁斗成, 陕西咸阳市  姚  平):
    the letter's last line, as the corpus keeps 16 such, not a headline."""
    m = _PLACE_NAME.fullmatch(text.strip(" \u3000"))
    return m is not None and is_name(re.sub(r"[ \u3000]", "", m.group(2)))


def _note_lines(feats: list[Feat], i: int) -> list[int]:
    """A note's lines: its own, and the next where the column cut the note inside a name
    (版式设计：蔡 / 华伟)."""
    nxt = i + 1
    if nxt < len(feats) and feats[nxt].kind is None and furniture.cut_name(feats[i].text, feats[nxt].text):
        return [i, nxt]
    return [i]


def _told_by(feats: list[Feat], i: int) -> list[list[int]] | None:
    """The lines from i that name who told a section (…第一书记王振讲述, wrapped over up to
    three lines) and, under them, who wrote it down (本报记者 王云娜整理): the lines of each,
    or None (in the corpus all 29 told-by lines have their writer's line under them)."""
    j, n, text = i, 0, ""
    while j < len(feats) and j < i + 3 and feats[j].kind is None and not feats[j].closed:
        n += len(feats[j].text)
        text += "".join(feats[j].text.split())
        if _TOLD.search(text):      # (the column may part 讲 / 述)
            break
        j += 1
    else:
        return None
    if n > 80:
        return None
    nxt = j + 1     # (the writer's line says that 讲述 ended a paragraph, not a line of one)
    if nxt < len(feats) and feats[nxt].text.rstrip().endswith("整理") and len(feats[nxt].text) <= 30:
        return [list(range(i, j + 1)), [nxt]]
    # (...or its two lines: 本报记者王明峰、通讯员 / 王旭阳整理)
    if nxt + 1 < len(feats) and feats[nxt].kind in (None, "byline") and not feats[nxt].closed \
            and feats[nxt + 1].text.rstrip().endswith("整理") and len(feats[nxt].text + feats[nxt + 1].text) <= 30:
        return [list(range(i, j + 1)), [nxt, nxt + 1]]
    return None


_TOLD = re.compile(r"(?:讲述|口述)$")

# A date standing alone on its line: 2020年2月20日, 二〇二〇年二月二十日
_BARE_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年"
                        r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")
SIGNATURE_LINES = 4    # lines naming who signs, over the date: 人力资源社会保障部  中国科协 / …


def _signed(feats: list[Feat], i: int) -> list[list[int]] | None:
    """The lines from i that sign a letter, a notice or a decree under its last sentence: who
    signs (中华人民共和国主席 习近平, 国务院应对新型冠状病毒 / 感染肺炎疫情联防联控机制, up to
    four lines, none holding a sentence) over the date alone on its line. GOLD.md keeps each
    printed line a paragraph of the article (the corpus's 27 such dates, every one under its
    signer), so they never stand as a headline (an open line over a date reads as one) nor
    part the text from what follows it (目  录 of a law, the next day of a diary). The
    paragraphs as lists of line indices, or None."""
    j = i
    while j < len(feats) and j <= i + SIGNATURE_LINES and feats[j].kind is None and not feats[j].closed:
        text = feats[j].text.strip()
        if _BARE_DATE.fullmatch(text):
            return [[k] for k in range(i, j + 1)] if j > i else None
        if len(text) > 30 or _MID_STOP.search(text) or "，" in text:
            return None
        j += 1
    return None


def _close_with(body: Unit, lines: list[int]) -> None:
    """A note or credit closing the story `body`: one of its paragraphs, as printed."""
    body.paras.append(list(lines))
    body.lines.extend(lines)


def _story_above(cur: Unit | None, units: list[Unit]) -> Unit | None:
    """The body a foot credit or closing note belongs to: the current one, else the last."""
    return cur if cur is not None else next((u for u in reversed(units) if u.kind == "body"), None)


def _walk(w: _Walker) -> list[Unit]:
    feats = w.f
    units: list[Unit] = []
    cur: Unit | None = None
    signed_end = -1     # the line under the last letter's or notice's date (_signed)
    i = 0
    while i < w.n:
        f = feats[i]
        if f.kind == "jump":
            units.append(Unit(f.kind, [i]))
            i += 1
            continue
        if f.kind == "footcredit":
            # A foot credit closes the story above it: its dateline and authors, no paragraph.
            n = f.foot[0] if f.foot else 1
            body = _story_above(cur, units)
            letter = i == signed_end or w.sized and i > 0 and _BARE_DATE.fullmatch(feats[i - 1].text.strip())
            if f.foot and body is not None and letter and body is cur and i + n < w.n \
                    and feats[i + n].kind == "dateline":
                # under a letter's date (习近平 / 2020年2月20日 / （新华社北京2月22日电）): the
                # letter's source, a paragraph of the story that goes on to report it where its
                # dispatch opens right under (the corpus's 4 such letters; a notice's credit
                # with none under it is its dateline, 财政经济委员会 / 2020年5月26日 / （新华社…）)
                _close_with(body, list(range(i, i + n)))
                i += n
                continue
            if f.foot and body is not None and body.credit is None:
                body.credit = (f.foot[1], f.names)
                body.lines.extend(range(i, i + n))
            else:
                units.append(Unit("head", list(range(i, i + n))))
            cur = None
            i += n
            continue
        if f.kind == "footnote":
            n = f.foot[0] if f.foot else 1
            body = _story_above(cur, units)
            if body is not None and body.credit is None and units and units[-1] is body:
                body.paras.append(list(range(i, i + n)))
                body.lines.extend(range(i, i + n))
                i += n
                continue
            for g in feats[i:i + n]:
                g.kind = None       # not after a body: an ordinary line
        if f.kind == "byline":
            units.append(Unit("byline", [i], names=f.names))
            cur = None
            i += 1
            continue
        after_head = units and units[-1].kind == "head"
        # A bare name after a headline is its byline; elsewhere only a lone short name
        # between two paragraphs is (a headline-less commentary's author, 常钦).
        if after_head and f.kind is None and i + 1 < w.n and feats[i + 1].kind is None \
                and f.text.count("（") > f.text.count("）") and len(feats[i + 1].text) <= 10 \
                and feats[i + 1].text.endswith("）") and "（" not in feats[i + 1].text \
                and (names := bylines.signature(f.text + feats[i + 1].text)):
            # a writer's signature wrapped inside its brackets: 吴义勤（中国作协书记 / 处书记）
            units.append(Unit("byline", [i, i + 1], names=names))
            cur = None
            i += 2
            continue
        if after_head or (len(f.text) <= 4 and (i == 0 or feats[i - 1].closed or feats[i - 1].kind)
                          and not (i + 1 < w.n and feats[i + 1].kind is None and len(feats[i + 1].text) <= 6
                                   and not feats[i + 1].closed)):
            # (严格 / 执法, 公正 / 司法: a lone short word over another is a heading pair, not
            # a byline, however much 严格 looks like a name)
            # (or, under a headline, a writer's signature: 铁  凝（中国作协主席）)
            names = bylines.byline(f.text, bare=True) or (bylines.signature(f.text) if after_head and f.kind is None
                                                           else None)
            if names:
                units.append(Unit("byline", [i], names=names))
                cur = None
                i += 1
                continue
        if f.text.strip(" \u3000：:") in BOX_LABELS:
            # 核心阅读, 编者按: the first paragraph of the body that follows, never a headline;
            # straight under a body (图片说明： under the story), a paragraph of that body.
            if cur is not None and units and units[-1] is cur:
                cur.paras.append([i])
                cur.lines.append(i)
            else:
                cur = Unit("body", lines=[i], paras=[[i]], label=True)
                units.append(cur)
            i += 1
            continue
        if _REFERENCE.fullmatch(f.text) and f.kind is None and cur is not None and cur.paras \
                and units and units[-1] is cur and feats[cur.paras[-1][-1]].closed:
            # （见图11） on a line of its own after a sentence's end: the paragraph's reference
            # to a figure or table, the paragraph's last line (…增长7.0%。 / （见图11）)
            cur.paras[-1].append(i)
            cur.lines.append(i)
            i += 1
            continue
        note = _note_lines(feats, i)
        after = note[-1] + 1
        if w.sized and cur is None and f.kind is None and not f.big and units and units[-1].kind == "body" \
                and not units[-1].photo and TAIL_NOTE.match(f.text) and (after >= w.n or feats[after].big
                                                                         or feats[after].kind is not None):
            # 投稿邮箱：…, 本期统筹：… on a line of its own under a closed story (a PDF): the
            # story's last line as printed, not an untitled story of one line
            _close_with(units[-1], note)
            i = after
            continue
        if not w.sized and f.kind is None and units and units[-1].kind == "body" and not units[-1].photo \
                and PICTURE_NOTE.search(f.text) and (cur is None or cur is units[-1]):
            # 新华社发 on a line of its own, indented as a paragraph: a picture report's credit,
            # which ends it; the line under it does not run on from it
            _close_with(units[-1], [i])
            units[-1].ended = True
            cur = None
            i += 1
            continue
        # (a line of its own right under a closed paragraph of the story being read, in a dump)
        under_story = not w.sized and cur is not None and units[-1] is cur and not cur.photo and feats[i - 1].closed
        told = _told_by(feats, i) if under_story else None
        if told:
            # 山东省胶州市…第一书记张帅讲述 / 本报记者 潘俊强整理 under a section of a story
            # told by several people: the section's last paragraphs, as the corpus keeps all
            # 29 such (never a headline)
            for lines in told:
                _close_with(cur, lines)
            cur = None
            i = told[-1][-1] + 1
            continue
        signed = _signed(feats, i) if under_story else None
        if signed:
            for lines in signed:
                _close_with(cur, lines)
            i = signed_end = signed[-1][-1] + 1
            continue
        if under_story and f.kind is None and CREDIT_NOTE.match(f.text) and len(f.text) <= 16:
            # 制图：郭 祥 on a short line of its own after a sentence's end: the story's last
            # line as printed, whatever width the line after it has (a story may follow
            # in the same column, its headline after it)
            _close_with(cur, note)
            cur.final = bool(END_NOTE.match(f.text))
            cur = None
            i = after
            continue
        if w.runs_on_after_close(i, cur) and units and units[-1] is cur:
            # a flush line that fills the column under a closed line, on a page that indents
            # every paragraph: the paragraph goes on past a sentence's end (“门店到家服务真的
            # 很方便。” / 张晓芳说，去超市采购，…), as no headline would fill the column so
            para = w.take_paragraph(i, cur.width)[0]
            cur.paras[-1].extend(para)
            cur.lines.extend(para)
            i = para[-1] + 1
            continue
        start, same = w.para_start(i, cur)
        if not start and not w.sized and f.kind is None and cur is not None and units[-1] is cur and cur.dateline \
                and len(cur.paras) == 1 and cur.paras[0][-1] == i - 1 and len(cur.paras[0]) <= 3 \
                and feats[i - 1].text.rstrip().endswith(("）", ")", "电", "讯")) and w.plain(i):
            # a dateline set on lines of its own (本报北京5月19日电 / （记者曲哲涵）): the story's
            # text follows it, however wide its first lines are set
            start, same = True, True
        if start and units and units[-1].kind == "head" and feats[units[-1].lines[-1]].text.endswith("——") \
                and f.kind is None and not f.closed and not _MID_STOP.search(f.text) and "，" not in f.text[-1:]:
            # a kicker ending on a dash has its title under it (忙建设、…奔赴一线—— /
            # 战“疫”，湖北退伍老兵有作为), not a paragraph
            start = False
        if start and f.kind is None and units and units[-1].kind == "head" and units[-1].lines[-1] == i - 1 \
                and all(furniture.is_marker(feats[k].text) for k in units[-1].lines) \
                and "".join(feats[i - 1].text.split()) != "【正文】":
            # a web copy's story marker (【1】, No.1, 【标题】) has its story's headline under it,
            # however that is set in (its 【正文】 the text)
            start = False
        if start:
            para, photo = w.take_paragraph(i, cur.width if same and cur else None)
            # What runs open into a headline, byline or dateline is itself a headline, unless
            # it holds a sentence's end (…没有改变。要积极主动作 / …): running text whose end is lost.
            start = f.kind == "dateline" or f.apart or w.whole(i) or not w.open_end(para, photo) \
                or len(para) >= 3 and any(_MID_STOP.search(feats[k].text) for k in para)
        if start:
            if cur is None or not same or f.kind == "dateline":
                cur = Unit("body", dateline=f.kind == "dateline")
                units.append(cur)
            if photo and w.sized and not any(feats[k].apart for p in cur.paras + [para] for k in p):
                # A PDF draws its pictures: a credit under text with no picture above it is
                # the article's own line (…一线。 / 谢尚国摄), a paragraph of its own.
                photo = False
                cut = max((n for n, k in enumerate(para) if feats[k].closed), default=-1) + 1
                if 0 < cut < len(para):
                    cur.paras.append(para[:cut])
                    cur.lines.extend(para[:cut])
                    para = para[cut:]
            cur.paras.append(para)
            cur.lines.extend(para)
            # (a paragraph's last line may stop short, open: a wrapped crosshead's does)
            mids = [feats[k] for p in cur.paras[-3:] for k in p[1:-1] if not feats[k].closed][-12:]
            got = block_width(mids, w.ragged)
            if got is not None:
                cur.width, cur.reliable = got, True
            elif cur.width is None:
                # Too short to show its column: a first line is the column less its indent.
                # (Where indents are measured, by exactly its indent: a run-on line has none.)
                cur.width = feats[i].core + (feats[i].indent if w.indents else 0 if w.gap_paras else w.first_room)
            if photo:
                cur.photo = True
                cur = None
            i = para[-1] + 1
            continue
        if w.sized and not f.big and f.kind is None and not f.apart:
            # Body type: a paragraph, whatever its shape says (see _Walker); under a body, its.
            if cur is None:
                cur = Unit("body")
                units.append(cur)
            para = w.take_paragraph(i, cur.width)[0]
            cur.paras.append(para)
            cur.lines.extend(para)
            i = para[-1] + 1
            continue
        if units and units[-1].kind == "body" and not units[-1].photo and (TAIL_NOTE.search(f.text)
                                                                          or _reader_signature(f.text)):
            # 制图：蔡华伟, 新华社发, 仲崇亮摄（影像中国）: the note closing the story above,
            # one of its paragraphs as printed; never the next story's headline.
            _close_with(units[-1], note)
            # (an attribution, ——编  者 under an editor's note, leads on into the story; a
            # picture's credit closes a picture report as a photographer's credit does)
            units[-1].ended = bool(PICTURE_NOTE.search(f.text))
            units[-1].final = bool(END_NOTE.match(f.text))
            cur = units[-1] if f.text.startswith("——") else None
            i = after
            continue
        if TAIL_NOTE.match(f.text) and f.kind is None and not f.big:
            # a note under a picture report (…摄（人民视觉） / 版式设计：郭 祥 汪哲平) is its
            # last line too; with no story above it to close (版式设计：蔡华伟 over a page's
            # banner), a paragraph of its own: never a line of a headline
            if units and units[-1].kind == "body":
                _close_with(units[-1], note)
            else:
                units.append(Unit("body", lines=list(note), paras=[list(note)]))
            cur = None
            i = after
            continue
        if not w.sized and f.kind is None and cjk.ends_on_clause(f.text) \
                and f.text.count("“") <= f.text.count("”") and f.text.count("（") <= f.text.count("）"):
            # No headline line of the corpus's 5,700 ends on a clause's comma: a line that does,
            # running on to a sentence's end, is the text of a story (外交部发言人赵立坚21日说， /
            # 中方坚决反对美售台武器， / 已向美方提出严正交涉。 under a dateline on its own line).
            # (A quotation left open wraps a headline at its comma: “抗疫就是打仗， / 阵地决不能丢”.)
            para = w.take_paragraph(i, cur.width if cur is not None else None)[0]
            if len(para) > 1 and _SENTENCE_END.search(feats[para[-1]].text.rstrip()):
                head = units[-1] if units and units[-1].kind == "head" and units[-1].lines == [i - 1] else None
                width = w.local_width(para, para[-1], None)
                above = feats[i - 1]
                if head is not None and width is not None and not above.closed and above.cells >= width - w.tol \
                        and not above.text.rstrip().endswith(("）", ")", "—", "：")):
                    # the line over it, alone and as wide as the column, is the paragraph's
                    # first line that the walker took for a headline
                    units.pop()
                    cur = None
                    para = [i - 1] + para
                if cur is None or units[-1] is not cur:
                    cur = Unit("body")
                    units.append(cur)
                cur.paras.append(para)
                cur.lines.extend(para)
                i = para[-1] + 1
                continue
        if units and units[-1].kind == "head" and len(units[-1].lines) < HEAD_RUN and not f.gap:
            units[-1].lines.append(i)
        else:
            units.append(Unit("head", [i]))
        cur = None
        i += 1
    return units
