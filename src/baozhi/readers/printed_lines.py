"""Printed lines from a page's characters, whatever file they came from: characters that
share a baseline and a type size make a line, a headline set top to bottom makes one too;
the spaces a PDF library guesses into the gaps of a justified line are told from word
spaces; a headline broken over lines is joined; indents are measured from the column's edge.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise

from ..cjk import HANGING, OPENING
from ..model import headline_type


@dataclass(slots=True)
class Char:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float


@dataclass(slots=True)
class Run:
    chars: list[Char]
    x0: float
    y0: float
    x1: float
    y1: float
    vertical: bool = False
    size: float = 0.0       # the largest type in it, set once the line is whole

    @property
    def text(self) -> str:
        return "".join([c.ch for c in self.chars])


def printed_lines(chars: list[Char]) -> list[Run]:
    """Printed lines: characters in stream order that share a baseline and follow each other
    in one type, or, for headlines in large type, stand one under the other (vertical
    setting). Spaces ride along but never decide: pdfium makes some up, with no real size."""
    sizes = [c.size for c in chars if not c.ch.isspace()]
    sizes.sort()
    body = sizes[len(sizes) // 2] if sizes else 0.0
    runs: list[Run] = []
    cur: Run | None = None
    last: Char | None = None       # the run's last character that is not a space
    pitch: float | None = None      # the narrowest gap between its characters so far
    vertical = False
    for c in chars:
        space = c.ch.isspace()
        if cur is not None and last is not None:
            # (the page's hottest loop, once a character: plain comparisons, no calls)
            lsize = last.size
            mid = (c.y0 + c.y1) / 2
            same_row = cur.y0 - 0.2 * lsize <= mid <= cur.y1 + 0.2 * lsize
            if space:
                if (same_row and not vertical) or (vertical and abs(c.x0 - last.x0) <= 0.5 * lsize):
                    cur.chars.append(c)     # a word space, across or down the line
                    continue
            else:
                size = c.size
                step = 1.3      # a word space may stand between, drawn or left blank
                if (vertical or len(cur.chars) == 1) and headline_type(size, body) and \
                        abs(c.x0 - last.x0) <= 0.2 * size and abs(size - lsize) < 0.1 and \
                        -0.2 * size <= last.y0 - c.y1 <= step * size:
                    vertical = cur.vertical = True
                    cur.chars.append(c)
                    if c.x1 > cur.x1:
                        cur.x1 = c.x1
                    if c.y0 < cur.y0:
                        cur.y0 = c.y0
                    last = c
                    continue
                # Characters follow at the line's own pitch; a jump well past it is a gutter
                # (columns of one line each, drawn one after another, share a baseline).
                gap = c.x0 - last.x1
                near = -0.5 * size <= gap <= 1.6 * (size if size < lsize else lsize) and (
                    pitch is None or gap <= (pitch if pitch > 0.0 else 0.0) + 0.8 * size)
                alike = lsize > 0 and 0.8 <= size / lsize <= 1.25    # a body line beside a headline is not it
                if same_row and near and alike and not vertical:
                    cur.chars.append(c)
                    if c.x1 > cur.x1:
                        cur.x1 = c.x1
                    if c.y0 < cur.y0:
                        cur.y0 = c.y0
                    if c.y1 > cur.y1:
                        cur.y1 = c.y1
                    last = c
                    if pitch is None or gap < pitch:
                        pitch = gap
                    continue
            runs.append(cur)
            cur, last, vertical = None, None, False
        if not space:
            cur, last, pitch = Run([c], c.x0, c.y0, c.x1, c.y1), c, None
    if cur is not None:
        runs.append(cur)
    runs = _join_pieces(runs)
    for r in runs:
        chars = r.chars
        while chars and chars[-1].ch.isspace():
            chars.pop()
        solid = [c for c in chars if not c.ch.isspace()]
        if not r.vertical and len(solid) < len(chars):
            r.chars = _word_spaces(chars, solid)
        r.size = max([c.size for c in solid]) if solid else 0.0
    return [r for r in runs if r.chars]


def _join_pieces(runs: list[Run]) -> list[Run]:
    """Pieces of one printed line that the character stream gives apart, joined: a run that
    starts where another in its type and on its baseline ends, within half an em (a gutter is
    wider), where a digit, a Latin letter or another mark outside the CJK blocks (·, —) stands
    at the seam. A system that draws each digit or
    Latin letter as an object of its own leaves the text page free to put them after other
    lines of the same baseline (永昌县新增高标准农田 / …a headline beside it… / 5万亩). (Not after
    a mark hung into the gutter: 充裕， ends a column whose neighbour may open on 50公斤.)"""
    def key(r: Run) -> tuple[int, int]:
        c = r.chars[0]
        return round(c.size), round(c.y0)

    rows: dict[tuple[int, int], list[Run]] = {}
    for r in runs:
        if not r.vertical and r.chars:
            rows.setdefault(key(r), []).append(r)
    gone: set[int] = set()
    for row in rows.values():
        if len(row) < 2:
            continue
        row.sort(key=lambda r: r.x0)
        for k, a in enumerate(row):
            if id(a) in gone:
                continue
            for b in row[k + 1:]:
                if id(b) in gone:
                    continue
                end = next((c for c in reversed(a.chars) if not c.ch.isspace()), a.chars[-1])
                size = end.size
                if b.x0 - a.x1 > 0.5 * size:
                    break
                if b.x0 - a.x1 >= -0.3 * size and abs(b.chars[0].size - size) <= 0.03 * size \
                        and abs(b.chars[0].y0 - end.y0) <= 0.15 * size \
                        and (ord(end.ch) < 0x3000 or ord(b.chars[0].ch) < 0x3000) and end.ch not in HANGING:
                    a.chars += b.chars
                    a.x1, a.y0, a.y1 = max(a.x1, b.x1), min(a.y0, b.y0), max(a.y1, b.y1)
                    gone.add(id(b))
    return [r for r in runs if id(r) not in gone]


def _word_spaces(chars: list[Char], solid: list[Char]) -> list[Char]:
    """Keep a space only where the gap it stands for is wider than the line's spacing:
    pdfium puts spaces (flagged as real or not) into the gaps of a justified line, which
    are spacing, while a word space (记者 刘建军) widens the gap by its own advance, a fifth
    of an em or more. `solid`: the line's characters that are not spaces."""
    pitch = sorted(b.x0 - a.x1 for a, b in pairwise(solid))
    # Most gaps are plain spacing and a few hold words apart; one gap alone (晓 摄) says nothing.
    usual = pitch[len(pitch) // 4] if len(pitch) >= 2 else 0.0
    after: list[Char | None] = [None] * len(chars)    # the first character past each that is not a space
    nxt: Char | None = None
    for k in range(len(chars) - 1, -1, -1):
        after[k] = nxt
        if not chars[k].ch.isspace():
            nxt = chars[k]
    out: list[Char] = []
    for k, c in enumerate(chars):
        if c.ch.isspace():
            nxt = after[k]
            if not out or nxt is None or out[-1].ch.isspace() or nxt.x0 - out[-1].x1 < usual + 0.12 * c.size:
                continue
        out.append(c)
    return out


def headline_stacks(runs: list[Run], body: float) -> list[Run]:
    """Kicker, title, subtitles and byline set one under another (a headline beside its
    article, in a column of its own) are read together even where the white gaps cut the
    stack apart: a line set flush under a headline line follows it."""
    big = [r for r in runs if headline_type(r.size, body) and not r.vertical]
    if not big:
        return runs
    after: dict[int, Run] = {}
    members = list(big)
    for r in sorted(runs, key=lambda r: -r.y1):
        if r.vertical:
            continue
        for h in members:
            drop = h.y0 - r.y1
            if (drop >= 0 and abs(r.x0 - h.x0) <= 0.5 * r.size and h is not r
                    and drop <= 0.8 * (r.size if r.size > h.size else h.size)):
                if headline_type(r.size, body):
                    if r not in members:
                        members.append(r)
                elif not headline_type(h.size, body) or r.x1 > h.x1 + r.size or any(
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


def _tail(order: list[Run], after: dict[int, Run], head: Run) -> int:
    """How many lines already hang under `head` in `order`."""
    k = order.index(head) + 1
    n = 0
    while k + n < len(order) and id(order[k + n]) in after:
        n += 1
    return n


def _aligned(a: Run, b: Run) -> bool:
    """Set flush left, or centred, one over the other (headlines are set either way)."""
    tol = 0.5 * max(a.size, b.size)
    return abs(a.x0 - b.x0) <= tol or abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 <= tol


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def wrapped_headlines(runs: list[Run], body: float) -> list[Run]:
    """A headline broken over lines of the same type (larger than the body's) is one
    headline: each further line is set closely under the one before, flush or centred (a title broken
    where its measure ends, or where the editor broke it: 防范电信诈骗 / 守护群众“钱袋子”).
    The pieces are joined wherever the reading order put them (a headline column taller
    than its body is cut apart by the page's white gaps)."""
    heads = [r for r in runs if r.size >= 1.04 * body and not r.vertical]
    if len(heads) < 2:
        return runs
    into: dict[int, Run] = {}
    for r in sorted(heads, key=lambda r: -r.y1):
        for prev in heads:
            if (prev is not r and abs(r.size - prev.size) < 0.1 and 0 <= prev.y0 - r.y1 <= 0.6 * r.size
                    and _aligned(r, prev)):
                head = into.get(id(prev), prev)
                if _word_char(head.chars[-1].ch) and _word_char(r.chars[0].ch):
                    # a Latin word ended the line: the break stood for a space
                    head.chars.append(Char(" ", head.chars[-1].x1, r.y0, head.chars[-1].x1, r.y1, r.size))
                head.chars.extend(r.chars)
                head.x1, head.y0 = max(head.x1, r.x1), min(head.y0, r.y0)
                into[id(r)] = head
                break
    return [r for r in runs if id(r) not in into]


# (a line opening on one of these says nothing of its column's edge: the mark may hang out,
# and a bracketed label may be set anywhere)
_OPENING = OPENING | {"〈", "【"}


def _shows_edge(r: Run) -> bool:
    return bool(r.chars) and r.chars[0].ch not in _OPENING


def indents(runs: list[Run], body: float) -> dict[int, float]:
    """Indents in cells, where a paragraph's first line stands in from its column. A column's
    left edge is the leftmost place, up to four cells to the left of the line, where a line of
    its block starts and two or more lines of the page do. A block is the line's column of
    text: the lines set one under the other at the line spacing, each sharing the span of the
    one above or starting within four cells of it (工。 over 这正是： set in), up to twelve
    above and below. (A story boxed or set beside a picture starts in from the page's column
    edge: measured from that edge, every one of its lines was indented; 新三门's 文明进社区 came
    out a paragraph a line.) A line opening on a quotation mark or bracket, which compositors
    hang out, says nothing of the edge."""
    plain = sorted((r for r in runs if abs(r.size - body) <= 0.1 * body and not r.vertical), key=lambda r: -r.y1)
    tops = [-r.y1 for r in plain]
    below: dict[int, Run] = {}
    above: dict[int, Run] = {}
    for r in plain:
        # the line set right under r in its column: the nearest below that shares its span
        k = bisect.bisect_right(tops, -r.y0 - 0.01)
        for o in plain[k:]:
            if o.y1 < r.y0 - 1.2 * r.size:
                break
            if min(o.x1, r.x1) - max(o.x0, r.x0) >= 0.5 * min(o.x1 - o.x0, r.x1 - r.x0) \
                    or abs(o.x0 - r.x0) <= 4.5 * r.size:
                # (sharing its span, or starting near it: 工。 over 这正是： set in)
                if id(o) not in above:
                    below[id(r)], above[id(o)] = o, r
                break
    edge = {id(o): round(o.x0) for o in plain if _shows_edge(o)}
    starts: dict[int, int] = {}
    for x in edge.values():
        starts[x] = starts.get(x, 0) + 1
    # The lines set one under another make chains (each has one line right above and one
    # right below); a line's block is the twelve before and after it on its chain.
    window: dict[int, set[int]] = {}
    # (heads first; then whatever a damaged file's geometry left in a loop, from anywhere in it)
    for head in [r for r in plain if id(r) not in above] + plain:
        if id(head) in window:
            continue
        chain, seen = [head], {id(head)}
        while id(chain[-1]) in below and id(below[id(chain[-1])]) not in seen:
            chain.append(below[id(chain[-1])])
            seen.add(id(chain[-1]))
        xs = [edge.get(id(o)) for o in chain]
        for k, r in enumerate(chain):
            window.setdefault(id(r), {x for x in xs[max(0, k - 12):k + 13] if x is not None})
    out: dict[int, float] = {}
    for r in plain:
        mine = window[id(r)]
        left = min((x for x in mine if starts.get(x, 0) >= 2 and r.x0 - 4.5 * r.size <= x <= r.x0 + 0.5), default=None)
        if left is not None and r.x0 - left >= 0.5 * r.size:
            out[id(r)] = round((r.x0 - left) / r.size * 2) / 2
    return out
