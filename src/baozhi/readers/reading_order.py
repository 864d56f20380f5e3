"""Reading order for a page of printed lines: cut along its white gaps and rules (XY-cut),
rows of articles first, then the gutters within a row, so that a column is read down before
the next one starts and an article's columns are read together, never straight across.
Pictures take part as blocks; captions are read after the body that wraps around them.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from ..cjk import HANGING, OPENING
from ..model import headline_type
from .printed_lines import Run


def _gaps(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """(middle, width) of the empty stretches between spans, where a cut can go."""
    spans = sorted(spans)
    cuts = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= min_gap:
            cuts.append(((reach + a) / 2, a - reach))
        if b > reach:
            reach = b
    return cuts


def _gutters(runs: list[Run], body: float) -> list[tuple[float, float]]:
    """(middle, width) of the band's gutters, left to right."""
    # A closing mark may hang into the gutter: leave a full em for it out of the span.
    return _gaps([(r.x0, max(r.x0, r.x1 - r.size if len(r.chars) > 1 and r.chars[-1].ch in HANGING else r.x1))
                  for r in runs], 0.6 * body)


def _x_cut(runs: list[Run], body: float, page: Sheet, xs: list[tuple[float, float]] | None = None
           ) -> tuple[float, bool] | None:
    """Where to cut a band into left and right, and whether a column rule stands there:
    a rule in a gutter parts two articles and is cut first, else the first gutter is.
    `xs`: the band's `_gutters`, where already found."""
    xs = _gutters(runs, body) if xs is None else xs
    if not xs:
        return None
    top, bottom = max(r.y1 for r in runs), min(r.y0 for r in runs)
    for mid, width in xs:
        for x, y0, y1 in page.rules:
            if abs(x - mid) <= width / 2 + 1 and min(y1, top) - max(y0, bottom) >= 0.5 * (top - bottom):
                return mid, True
    return xs[0][0], False


@dataclass(slots=True)
class Sheet:
    """What the ordering needs to know of the whole page."""
    body: float                                         # the body type size
    rules: list[tuple[float, float, float]]             # column rules: x, y0, y1
    hrules: list[tuple[float, float, float]]            # rules across: y, x0, x1
    furniture: Callable[[str], bool] = lambda text: False   # a page's date, section, staff line


def _only_headlines(runs: list[Run], page: Sheet) -> bool:
    """Headline lines, and at most as many short lines with them (their bylines). A band that
    holds a line of the page's furniture in headline type is the page's header (a Founder
    page sets its date line and 责任编辑 line in 10-point type over 8-point text): it heads no
    article and is read as a band of its own."""
    if any(r.chars and headline_type(r.size, page.body) and page.furniture(r.text) for r in runs):
        return False
    heads = sum(1 for r in runs if headline_type(r.size, page.body))
    rest = [r for r in runs if not headline_type(r.size, page.body)]
    return heads > 0 and len(rest) <= heads and all(len(r.chars) <= 24 for r in rest)


def _covers(top: list[Run], rest: list[Run], body: float) -> bool:
    """Headlines stand over what lies under them only as far as they reach: a headline over
    the right-hand columns is not read before the left-hand columns of another article."""
    return (min(r.x0 for r in top) <= min(r.x0 for r in rest) + body
            and max(r.x1 for r in top) >= max(r.x1 for r in rest) - 2 * body)


def order(runs: list[Run], page: Sheet) -> list[Run]:
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
    bands: list[list[Run]] = [[] for _ in range(len(ys) + 1)]
    cuts = [cut for cut, _ in ys]       # (ascending: _gaps reads the spans in order)
    for r in runs:
        bands[bisect.bisect_right(cuts, -r.y1)].append(r)
    for k in range(len(bands) - 1):
        _hand_down(bands[k], bands[k + 1], page)
    bands = [b for b in bands if b]
    blocks: list[tuple[list[Run], bool]] = []      # (runs, merged: cut its gutters first)
    carry: list[Run] = []
    for k, band in enumerate(bands):
        if carry and k + 1 < len(bands) and _only_headlines(band, page):
            carry += band       # headlines under headlines (a header row over two articles' titles)
        elif carry:
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
    return [r for block, _ in blocks for r in order(block, page)]


def _goes_on(upper: list[Run], lower: list[Run], page: Sheet, body: float) -> bool:
    """A band that opens on plain text, with no rule over it, goes on from what stands above
    it: a column that ran on past the foot of the article beside it, say. Such bands are
    read together, gutters first. (A new row of articles opens on headlines or pictures.)"""
    top = max(r.y1 for r in lower)
    if any(not r.chars or headline_type(r.size, page.body) for r in lower if r.y1 >= top - page.body):
        return False
    floor = min(r.y0 for r in upper)
    x0, x1 = min(r.x0 for r in lower), max(r.x1 for r in lower)
    if any(top <= y <= floor and a < x1 and x0 < b for y, a, b in page.hrules):
        return False
    return _x_cut(upper + lower, body, page) is not None


def _columns_of(runs: list[Run]) -> Callable[[Run], list[Run]]:
    """The lines of `runs` by columns of 50 points: the returned function gives those that
    may stand within a line's width (a superset, in the order of `runs` within each cell).
    So a test of each headline against the text under it looks at its own width only, and a
    band of many headlines over much text stays linear."""
    grid: dict[int, list[Run]] = {}
    wide: list[Run] = []        # (a line across more than 200 cells, as a damaged file may hold: looked at by all)
    for r in runs:
        cells = range(int(r.x0 // 50), int(r.x1 // 50) + 1)
        if len(cells) > 200:
            wide.append(r)
            continue
        for cell in cells:
            grid.setdefault(cell, []).append(r)

    def near(h: Run) -> list[Run]:
        cells = range(int(h.x0 // 50), int(h.x1 // 50) + 1)
        if len(cells) > 200:
            return runs
        return [r for cell in cells for r in grid.get(cell, ())] + wide
    return near


def _hand_down(band: list[Run], below: list[Run], page: Sheet) -> None:
    """A headline at the foot of its part of a band (nothing but headline lines under it
    there) belongs to what stands under it in the next band: the article beside it was
    shorter than the headline, so the white gap under that article cut the headline from
    its own columns. Moves such headlines into the band below."""
    heads = [h for h in band if headline_type(h.size, page.body) and not h.vertical]
    text = [r for r in band if not headline_type(r.size, page.body)]
    if not heads or not text:
        return      # (nothing but headlines, across or set down their columns: no foot to stand at)
    under = lambda h, r: r.y1 <= h.y1 and r.x0 < h.x1 and h.x0 < r.x1
    near = _columns_of(text)
    loose = [h for h in heads if not any(under(h, r) for r in near(h))]
    if not loose:
        return
    foot = min(r.y0 for r in text)
    # ...and only to what follows right under it, with no rule between. (The nearness test
    # first: the band below may hold the rest of the page.)
    near_below = _columns_of([r for r in below if not headline_type(r.size, page.body)])
    lowest = [h for h in loose if any(h.y0 - r.y1 <= 1.5 * page.body and under(h, r)
                                      and not any(r.y1 <= y <= h.y0 and x0 < h.x1 and h.x0 < x1 for y, x0, x1 in page.hrules)
                                      for r in near_below(h))]
    # The lines of the headline above the lowest go with it (kicker, the title's first lines).
    loose = [h for h in loose if any(h is q or (h.y0 >= q.y1 - 1 and h.x0 < q.x1 and q.x0 < h.x1) for q in lowest)]
    if not any(h.y0 < foot for h in loose):
        return      # the band's text reaches as low as its headlines: they stand beside it
    if loose:
        ids = {id(h) for h in loose}
        band[:] = [r for r in band if id(r) not in ids]
        below[:0] = loose


# More gutters across one band than any printed page has columns (no band of 1,020 real and
# laid-out pages has more than 9): a band so wide is read column by column, all its gutters
# cut at once. (Peeling one column a level costs the band's length again for each column:
# 64 pages side by side, 16,000 lines, took 11 s; at 40, 16 pages side by side cost 3.6
# times as much a line as one page.)
_MANY_COLUMNS = 12


def _order_across(runs: list[Run], page: Sheet, body: float) -> list[Run]:
    gutters = _gutters(runs, body)
    if len(gutters) > _MANY_COLUMNS:
        cuts = [mid for mid, _ in gutters]
        parts: list[list[Run]] = [[] for _ in range(len(cuts) + 1)]
        for r in runs:
            parts[bisect.bisect_left(cuts, r.x0)].append(r)
        return [r for part in parts if part for r in order(part, page)]
    cut = _x_cut(runs, body, page, gutters)
    if cut is not None and not cut[1]:
        # A title set down the right-hand edge of its article is read before its columns.
        right = max(r.x1 for r in runs if not r.vertical) if not all(r.vertical for r in runs) else None
        side = [r for r in runs if r.vertical and right is not None and r.x0 >= right - 0.5 * r.size]
        if side:
            return side + order([r for r in runs if r not in side], page)
    if cut is not None:
        left = [r for r in runs if r.x0 < cut[0]]
        right_part = [r for r in runs if r.x0 >= cut[0]]
        if left and right_part:
            return order(left, page) + order(right_part, page)
    # A headline set close over its columns: read it, then cut the columns under it apart.
    by_top = sorted(runs, key=lambda r: (-r.y1, r.x0))
    heads = next((k for k, r in enumerate(by_top) if not headline_type(r.size, page.body)), len(by_top))
    for k in sorted({*range(1, min(4, len(runs) - 1)), heads} - {0, len(runs)}):
        if _x_cut(by_top[k:], body, page) is not None:
            return by_top[:k] + order(by_top[k:], page)
    return by_top


def _picture_over(r: Run, pictures: list[tuple[float, float, float, float]]):
    for box in pictures:
        x0, y0, x1, _ = box
        if 0 <= y0 - r.y1 <= 2 * r.size and x0 - 0.5 * r.size <= r.x0 < x1:
            return box
    return None


def _hang(r: Run) -> float:
    """How far a line may stand out of its measure: half an em where it opens on an opening
    quotation mark or bracket, which compositors hang."""
    return 0.6 * r.size if r.chars and r.chars[0].ch in OPENING else 0.0


def _columns_under(r: Run, box: tuple[float, float, float, float], runs: list[Run]) -> bool:
    """Another line of r's type stands beside r on its row, under the same picture (most of
    it within the picture's width: not the column beside the picture)."""
    return any(o is not r and o.chars and abs(o.size - r.size) < 0.1 * r.size and abs(o.y1 - r.y1) <= 0.5 * r.size
               and min(o.x1, box[2]) - max(o.x0, box[0]) >= 0.5 * (o.x1 - o.x0) and (o.x0 >= r.x1 or o.x1 <= r.x0)
               for o in runs)


def captions_last(runs: list[Run], pictures, images=()) -> tuple[list[Run], set[int], set[int]]:
    """Captions out of the flow: a body that wraps around a picture is read on past the
    picture's caption, which follows at the end of the page. A caption is the line right
    under a picture and the lines set closely under that one within the picture's width (under
    a photo's title in headline type, its caption's first line stands as far below as the
    title's leading: 科普宣传上街 in 21-point type over a caption in 8; a line opening on a
    quotation mark may hang it half an em out of the picture's width).
    Returns the order, the ids of the runs that open a caption, and the ids of the runs set
    over an image (`images`: the pictures that are images, not drawn frames)."""
    # (Two lines side by side right under one picture are the columns of a story set on under
    # it, the picture's credit set in it, not a caption, which spans the picture's measure:
    # 自己的家出一份力… and 城市复评问卷调查活动… under a picture over two columns.)
    opens = {id(r): box for r in runs
             if (box := _picture_over(r, pictures)) is not None and not _columns_under(r, box, runs)}
    # Text set over an image (its credit, 陈维连/摄, in a corner; words on a banner) is the
    # picture's, not the flow's: read after everything else (the page's furniture to the
    # layout stages). Text inside a drawn frame is a boxed story's.
    over = [r for r in runs if any(b[0] - 1 <= r.x0 and r.x1 <= b[2] + 1 and b[1] - 1 <= r.y0 and r.y1 <= b[3] + 1
                                   for b in images)]
    ids = {id(r) for r in over}
    runs = [r for r in runs if id(r) not in ids]
    if not opens:
        return runs + over, set(), ids
    moved: list[Run] = []
    taken: set[int] = set()
    heads: set[int] = set()
    for r in runs:
        if id(r) not in opens or id(r) in taken:
            continue
        box = opens[id(r)]
        group = [r]
        taken.add(id(r))
        while True:
            prev = group[-1]
            nxt = [c for c in runs if id(c) not in taken and id(c) not in opens
                   and 0 <= prev.y0 - c.y1 <= 0.8 * max(c.size, prev.size) and c.x0 >= box[0] - 1 - _hang(c)
                   and c.x1 <= box[2] + 1.5 * c.size]
            if not nxt:
                break
            c = max(nxt, key=lambda c: c.y1)
            group.append(c)
            taken.add(id(c))
        moved += group
        if len(group) > 1 and group[0].size >= 1.5 * group[1].size:
            heads.add(id(group[1]))    # under a photo's title, the caption opens on the next line
    return [r for r in runs if id(r) not in taken] + moved + over, set(opens) | heads, ids


def rejoin_rows(runs: list[Run]) -> list[Run]:
    """One printed line split in two by a wide justification gap (…的罚款。    “90亿欧元…)
    can come out of the cut right part first, its top a point higher. Reading order never
    goes right to left along a row, so a run followed by one to its left on the same row, in
    the same type, is one line: joined, left part first."""
    out: list[Run] = []
    for r in runs:
        p = out[-1] if out else None
        if (p is not None and r.chars and p.chars and not r.vertical and not p.vertical
                and abs(r.size - p.size) < 0.1 and r.x1 <= p.x0 + 0.5 * r.size
                and abs((r.y0 + r.y1) - (p.y0 + p.y1)) / 2 <= 0.3 * r.size):
            joined = Run(r.chars + p.chars, r.x0, min(r.y0, p.y0), p.x1, max(r.y1, p.y1), size=r.size)
            out[-1] = joined
            continue
        out.append(r)
    return out
