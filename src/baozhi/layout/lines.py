"""Line features: each printed line's shape (width in cells, indent, closing mark,
justification) and what it plainly is on its own (furniture, jump marker, byline, photo
credit, dateline). Layout decisions that need the neighbours are made in blocks.py."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import cjk
from ..model import Edition, Line, headline_type
from . import bylines, credits, datelines, furniture

_LATIN_NAME = re.compile(r"[A-Z][A-Z' ]{1,24}")
_HANGING = "".join(cjk.HANGING)
# Every byline role word has one of these near the start of the line.
_ROLE_HINT = re.compile(r"[者员生/／]|作者")
_FURNITURE_HINT = furniture.TRIGGER


@dataclass(slots=True)
class Feat:
    text: str
    cells: float
    core: float
    closed: bool
    justified: bool
    indent: float
    squeeze: float = 0.0        # cells that compressed punctuation may save
    w: float = 0.0              # the column width this line suggests when it is full
    tail: int = 0               # closing marks at the end, which may hang past the column
    lead: float = 1.0           # width of the first word, which the line before could not take
    big: bool = False           # set in larger type than the page's body text (a PDF headline)
    apart: bool = False         # a picture stands right above it: a caption starts here
    kind: str | None = None     # furniture, jump, byline, credit, dateline, footcredit
    names: list[str] = field(default_factory=list)
    foot: tuple[int, str | None] | None = None  # a foot credit's first line: (lines, dateline)
    centred: bool = False       # set in from the column's edge by more than an indent: centred
    offset: float = 0.0         # a centred line's leading space, in cells
    gap: bool = False           # a blank line above it, on a dump that leaves blank lines only between blocks


CENTRED = 3.0       # cells of leading space from which a line is centred, not indented


def keeps_indents(feats: list[Feat]) -> bool:
    """The page marks its paragraphs by indent: some lines are indented, and not so few that
    the spaces are a lead line's or noise (5% of lines at least). A line set in that is wider
    by half again than the three lines under it is no paragraph's first line but a headline
    set in by a space or two, as an OCR-like dump gives it: it does not count."""
    indented = sum(1 for k, f in enumerate(feats) if f.indent > 0
                   and not (k + 3 < len(feats) and f.cells > 1.5 * max(g.cells for g in feats[k + 1:k + 4]) + 2))
    return indented > 0 and indented >= 0.05 * len(feats)


def gap_paragraphs(feats: list[Feat]) -> bool:
    """The page parts its paragraphs by blank lines: after most lines that end a paragraph
    (closed and short of the line before) a blank line stands (3 such ends at least)."""
    ends = [k + 1 for k in range(1, len(feats) - 1) if feats[k].closed and feats[k].cells < feats[k - 1].cells - 2]
    return len(ends) >= 3 and sum(feats[k].gap for k in ends) >= 0.7 * len(ends)


def full_first_lines(feats: list[Feat]) -> bool:
    """Do this page's paragraphs open on full lines? Read where a paragraph plainly opens:
    after a short closing line, an open line over a full open one that the next line matches
    or closes under (a headline's decks match nothing). Set with an indent (kept or
    stripped), such a line is two cells short of the full one; re-wrapped, it is as wide.
    Three such openings and (nearly) no short one decide it."""
    full = short = 0
    for k in range(1, len(feats) - 2):
        p, f, g, h = feats[k - 1], feats[k], feats[k + 1], feats[k + 2]
        if not (p.closed and f.kind is None and g.kind is None and h.kind is None and f.indent == 0
                and g.indent == 0) or any(x.closed or x.justified for x in (f, g)) or p.cells >= g.cells - 3 \
                or not (h.justified or abs(h.cells - g.cells) <= 1 or h.closed and h.core <= g.cells):
            continue
        if f.cells >= g.cells - 0.5:
            full += 1
        elif g.cells - 2.5 <= f.cells <= g.cells - 1.5:
            short += 1
    return full >= 3 and full >= 4 * short


def unwrapped(feats: list[Feat]) -> bool:
    """Each line is a whole paragraph (text copied from a web page or re-flowed): nearly every
    line of twenty characters or more ends a sentence, where in a dump of column lines most
    run on. Such a page has no column to measure."""
    long = [f for f in feats if f.kind is None and len(f.text) >= 20]
    return len(long) >= 5 and sum(f.closed for f in long) >= 0.8 * len(long)


def _chars(text: str) -> float:
    """Width of text counted in characters, half-width or not (gaps not counted)."""
    return float(len(cjk.cells_text(text)))


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def measure(lines: list[Line]):
    """How a text dump's column is measured. A column is set to a width in cells (a digit or
    Latin letter half a Chinese character), so a full line holding digits holds more
    characters than one without; a dump wrapped by a count of characters instead (some
    converters do) gives its full lines one count whatever they hold, and there the count is
    the measure. Read on the open (mid-paragraph) lines: those with digits or Latin letters
    against the commonest width of those without (pages laid out from real articles: wrapped
    by characters, 35 of 40 are found so; set in cells, none of 800 is taken for wrapped).
    Returns the function that measures a line."""
    texts = [ln.text.strip(cjk.SPACES) for ln in lines if ln.bbox is None]
    texts = [t for t in texts if len(t) >= 6 and not cjk.ends_closed(t)]
    plain = [_chars(t) for t in texts if not _ASCII_ALNUM.search(t)]
    mixed = [t for t in texts if _ASCII_ALNUM.search(t)]
    if len(plain) < 5 or len(mixed) < 3:
        return cjk.cells
    mode = max(set(plain), key=plain.count)
    by_chars = sum(1 for t in mixed if abs(_chars(t) - mode) <= 0.5) / len(mixed)
    by_cells = sum(1 for t in mixed if abs(cjk.cells(t) - mode) <= 0.5) / len(mixed)
    return _chars if by_chars > by_cells + 0.35 else cjk.cells


def features(lines: list[Line], edition: Edition) -> list[Feat]:
    feats = []
    hanging, spaces, strip_chars = cjk.HANGING, cjk.SPACES, cjk.SPACES + "\r\n\ufeff"
    width_of = measure(lines)
    for ln in lines:
        wrapped = 0
        raw = ln.text
        t = raw.strip(strip_chars)
        # A jump marker at the end (…一片。（下转第4版）) says nothing about the column.
        shape = furniture.strip_jumps(t) if "版" in t else t
        if ln.bbox is not None and ln.size:
            # A PDF tells the printed width itself: justified and proportional text alike.
            w, h = ln.bbox[2] - ln.bbox[0], ln.bbox[3] - ln.bbox[1]
            # a vertical headline (top to bottom) is as long as it is tall
            cells = round(max(w, h if h > 2 * w else 0) / ln.size * 2) / 2
        else:
            cells = width_of(shape)
        last = shape[-1] if shape else ""
        core = cells - (0.5 if last.isascii() else 1.0) if last in hanging else cells
        # ...but it does end the text there, as a full stop would (…的故（下转第2版）).
        jumps_on = shape != t and t.endswith(("版）", "版)"))
        f = Feat(t, cells, core, jumps_on or cjk.ends_closed(shape), " " in t and cjk.is_justified(t),
                 cjk.indent_cells(raw) if raw[0] in spaces else ln.indent,
                 0.5 * len(cjk.PUNCT.findall(shape)))
        f.tail = len(shape) - len(shape.rstrip(_HANGING)) if last in hanging else 0
        # A closing mark at the end may sit inside the column or hang past it: split the
        # difference, so either reads within half a cell of the column.
        f.w = f.cells - f.tail + 0.5 if f.tail else f.cells
        f.apart = ln.under_picture
        m = _FIRST_WORD.match(t)
        if m:   # the first word: what the line before could not take
            word = m.group(0)
            f.lead = len(word) - 0.5 * len(word.encode("ascii", "ignore"))
        if len(t) <= 60 and _FURNITURE_HINT.search(t) and not (
                feats and feats[-1].kind is None and not feats[-1].closed and len(feats[-1].text) <= 20
                and furniture.bare_date(t)) and furniture.classify(t, edition):
            # (a bare date under a short open line is a notice's date under its signature,
            # 人民日报社人事局 / 2020年2月12日: the notice's last paragraph, as the corpus has it)
            f.kind = "furniture"
        elif feats and feats[-1].kind == "furniture" and furniture.cut_name(feats[-1].text, t):
            f.kind = "furniture"      # 版式设计：蔡 / 华伟: the rest of a wrapped name
        elif "版" in t and furniture.is_jump_line(t):
            f.kind = "jump"
        elif len(t) <= 40 and _ROLE_HINT.search(t, 0, 16) and (names := bylines.byline(t)) is not None:
            f.kind, f.names = "byline", names
        elif last in "摄影道）)" and (
                (t in ("报道", "影报道", "影", "道") and feats and feats[-1].kind == "credit") or
                bylines.credit(t) is not None or (len(t) <= 14 and (wrapped := next((
                    k for k in (1, 2, 3) if len(feats) >= k
                    and bylines.credit("".join(g.text for g in feats[-k:]) + t)), 0)))):
            # The credit may wrap, even inside a name or a word: …踏青。 陈 / 晓 摄影报道,
            # 朱 佩 娴 霍 亚 平 摄 影 报 / 道: the lines it wrapped from are the credit's too
            f.kind = "credit"
            if feats and feats[-1].kind == "byline":
                feats[-1].kind, feats[-1].names = None, []   # 本报记者 司马云 / 摄: one credit
            for g in feats[len(feats) - wrapped:] if wrapped else ():
                if g.kind is None and not g.closed:
                    g.kind = "credit"
        if ln.over_picture:
            f.kind = "furniture"    # a picture's credit or a banner's words: no story's line
        feats.append(f)
    # Where a PDF sets its header across the page, reading order may put an item far from the
    # date line; on the date line's row it is still the header's (a page number in 30-point
    # type beside a section name in 24: their baselines differ, their rows do not).
    header: list[tuple[float, float]] = []

    def on_header_row(i: int) -> bool:
        box = lines[i].bbox
        return box is not None and any(
            min(box[3], y1) - max(box[1], y0) >= 0.5 * min(box[3] - box[1], y1 - y0) for y0, y1 in header)

    for _ in range(2):      # 2011.5.24 星期二 / 综合新闻 / 2: each beside the other
        header[:] = [(ln.bbox[1], ln.bbox[3]) for f, ln in zip(feats, lines)
                     if f.kind == "furniture" and ln.bbox is not None and not ln.over_picture]
        for i, f in enumerate(feats):
            if f.kind is None and len(f.text) <= 6 and (any(
                    0 <= k < len(feats) and feats[k].kind == "furniture" for k in (i - 1, i + 1))
                    or on_header_row(i)) and furniture.is_section(f.text, edition):
                f.kind = "furniture"
            elif f.kind is None and _LATIN_NAME.fullmatch(f.text.strip()) and on_header_row(i):
                f.kind = "furniture"    # the paper's name in Latin letters beside its date line
                # (NEW SANMEN, RENMIN RIBAO), as a masthead prints it
    sizes = sorted(ln.size for ln in lines if ln.size)
    if sizes:
        body = sizes[len(sizes) // 2]
        for f, ln in zip(feats, lines):
            f.big = bool(ln.size) and headline_type(ln.size, body)
    # Leading spaces beyond a paragraph's indent (two cells), three cells or more, centre the
    # line: a headline or a crosshead as a layout-keeping extraction gives it, never a
    # paragraph's first line. (At exactly three cells, six spaces, a centred second deck
    # opened the body under it: helper styles seg_f1 blank-line 0.857 -> 0.876, two-space
    # 0.954 -> 0.974, wide CRLF 0.920 -> 0.934; no dev page moves.)
    for f in feats:
        if f.indent >= CENTRED:
            f.indent, f.centred, f.offset = 0.0, True, f.indent
    # Leading spaces mean an indent only when they are rare; a dump that indents every line
    # tells us nothing by it.
    indented = sum(1 for f in feats if f.indent > 0)
    if indented > 0.4 * len(feats):
        for f in feats:
            f.indent = 0.0
    for f, g in zip(feats, feats[1:]):
        if g.kind == "jump" and f.kind is None and furniture.jump(g.text)[0] == "to":
            f.closed = True     # the text breaks off there to go on elsewhere: （下转第3版）
    # Blank lines between some lines and not others part paragraphs and headline blocks; a
    # dump with a blank line after nearly every line (double-spaced) says nothing by them.
    gaps = sum(1 for ln in lines if ln.after_gap)
    if 0 < gaps < 0.6 * len(lines):
        for f, ln in zip(feats, lines):
            f.gap = ln.after_gap
        text = next((k for k, f in enumerate(feats) if f.kind != "furniture"), len(feats))
        for f, g in zip(feats[text:], feats[text + 1:]):
            if f.kind == "furniture":
                g.gap = False   # the blank line a footer read between two columns brings
                # (第2版 and a page break inside an article) parts no block of the text
    _foot_credits(feats)
    for i, f in enumerate(feats):
        if f.kind is None and ("讯" in f.text or "电" in f.text or len(f.text) <= 30 and _head_runs_on(feats, i)):
            nxt = "".join(g.text for g in feats[i + 1:i + 4] if g.kind is None)
            if datelines.starts_with_dateline(f.text, nxt):
                f.kind = "dateline"
    return feats


_FIRST_WORD = re.compile(r"[“‘（《「『【(]*(?:[A-Za-z0-9][A-Za-z0-9.,%+\-/:']*|.)[”’）》」』】，。、；：！？…%]*")


def _head_runs_on(feats: list[Feat], i: int) -> bool:
    """The next line opens on a dateline's 讯 or 电: a head broken before it, even before its
    date (据新华社吉隆坡 / 2 月 27 日电（记者林昊）), justification spaces aside."""
    ahead = feats[i + 1].text.replace(" ", "")[:9] if i + 1 < len(feats) else ""
    return "讯" in ahead or "电" in ahead


def _foot_credits(feats: list[Feat]) -> None:
    """Mark foot credits (（新华社北京1月3日电  记者梅世雄）), whole on one line or wrapped
    over up to six (a long list of reporters in a narrow column), where a paragraph has just
    ended (layout/credits.py says what one is)."""
    for i, f in enumerate(feats):
        if f.kind is not None or not f.text or f.text[0] not in "（(":
            continue
        # Mid-paragraph a bracket opens a sentence; but a whole line that is a dispatch credit
        # (（新华社北京5月19日电）) closes a story even after a list that ends unpunctuated.
        # (wrapped, its 电 may fall on the next line: （新华社北京2月22 / 日电）)
        mid = i > 0 and feats[i - 1].kind is None and not feats[i - 1].closed
        if mid and "电" not in f.text + (feats[i + 1].text if i + 1 < len(feats) else ""):
            continue
        joined = ""
        for k in range(i, min(i + 6, len(feats))):
            if k > i and feats[k].kind is not None:
                break
            joined += feats[k].text
            if joined.rstrip(" \u3000")[-1:] not in "）)":
                continue
            got = credits.parse(joined)
            if got is not None and (not mid or got[0] is not None):
                f.foot = (k - i + 1, got[0])
                f.names = got[1]
                for g in feats[i:k + 1]:
                    g.kind = "footcredit"
            elif not mid and i > 0 and feats[i - 1].kind is None and len(joined) <= 80 and not _NOTE_NOT.search(joined) \
                    and _one_bracket(joined):
                # （作者为华中科技大学法学院院长）: a note closing the story is its paragraph
                f.foot = (k - i + 1, None)
                for g in feats[i:k + 1]:
                    g.kind = "footnote"
            break


def _one_bracket(text: str) -> bool:
    """The text is one bracketed note: its opening bracket closes only at its end (not
    （六）支持和配合人大依法开展预算审查监督。, a numbered paragraph)."""
    depth = 0
    t = text.rstrip(" \u3000")
    for k, ch in enumerate(t):
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0 and k < len(t) - 1:
            return False
    return True


# A bracketed line that is not a note: a jump marker, a date under a title, a column tag.
_NOTE_NOT = re.compile(r"^[（(]\s*(?:下转|转|上接|接|续|\d{4}年|[^（）()：:]{1,8}[）)]$)")
