"""Column widths: what width in cells a run of full lines agrees on, and how ragged a page's
lines are (a clean dump is exact to half a cell; real pages with proportional punctuation
stray by a cell or more)."""
from __future__ import annotations

from functools import lru_cache

from .lines import Feat

FULL_TOL = 1.0      # a full line may fall short of the column by this much (ASCII, proportional marks)


def tolerance(feats: list[Feat]) -> float:
    """How far full lines stray from their column on this page: half a cell in a clean dump,
    a cell where proportional punctuation makes real lines ragged. Measured on runs of
    mid-paragraph lines."""
    diffs = []
    for a, b, c in zip(feats, feats[1:], feats[2:]):
        if all(x.kind is None and not x.closed and not x.justified for x in (a, b, c)):
            gap = abs(b.w - c.w)
            if gap <= 2:
                diffs.append(gap)
    if len(diffs) < 4:
        return 0.5      # too few runs of full lines to see raggedness: read the page as clean
    diffs.sort()
    p80 = diffs[int(0.8 * (len(diffs) - 1))]
    return min(max(p80, 0.5), FULL_TOL)


def block_width(lines: list[Feat], ragged: bool = False) -> float | None:
    """The column of a block's mid-paragraph lines; justified lines only bound it below."""
    full = [g for g in lines if not g.justified]
    if not full:
        return None
    w = column_width(full, ragged)
    floor = max((g.core for g in lines if g.justified), default=0.0)
    return max(w, floor - 0.5)


def column_width(lines: list[Feat], ragged: bool = False) -> float:
    """The width most of these full lines agree on. A line allows the column to be its own
    width, or that less the closing marks at its end when they hang past the edge; on a
    ragged page, anything down to its width with every punctuation mark set half-width."""
    return _column_width(tuple((g.cells, g.core, g.squeeze, g.tail) for g in lines), ragged)


@lru_cache(maxsize=4096)
def _column_width(lines: tuple, ragged: bool) -> float:
    votes: dict[int, float] = {}    # keyed by half-cells
    for cells, core, squeeze, tail in lines:
        hi = int(cells * 2)
        if ragged and squeeze:
            lo = int((core - squeeze) * 2)
            share = 1.0 / (hi - lo + 1)
            for c in range(lo, hi + 1):
                votes[c] = votes.get(c, 0.0) + share
        elif tail and hi % 2:
            # a figure left half a cell, and the mark stands in the column or hangs past it:
            # …入境口岸达9个， (13.5 cells) in a column of 14, …253.2亿千瓦时， (15.5) in one of 15
            votes[hi + 1] = votes.get(hi + 1, 0.0) + 0.5
            votes[hi - 1] = votes.get(hi - 1, 0.0) + 0.5
        elif tail:      # in the column or hanging: half a vote each
            votes[hi] = votes.get(hi, 0.0) + 0.5
            votes[hi - 2] = votes.get(hi - 2, 0.0) + 0.5
        elif hi % 2:    # a figure that did not fit leaves half a cell
            votes[hi] = votes.get(hi, 0.0) + 0.5
            votes[hi + 1] = votes.get(hi + 1, 0.0) + 0.5
        else:
            votes[hi] = votes.get(hi, 0.0) + 1.0
    best = max(votes.values())
    tied = [c for c, v in votes.items() if v == best]
    if max(tied) - min(tied) <= 2:
        return (min(tied) + max(tied)) / 4      # one line's two readings: between them
    return max(tied) / 2


def new_page() -> None:
    """Forget the widths of the last page: the cache is per page, so a benchmark that parses
    one page again and again measures the real work."""
    _column_width.cache_clear()
