"""Lexical cohesion across a break in a text dump: do the lines before and after a short line
tell one story or two? (TextTiling, Hearst 1997: the vocabulary of one text runs on across its
own sections and changes at a boundary between texts.)

A crosshead sits between two sections of one story, which share its names and terms; a
headline between two stories of one column width looks just like it, but the stories share
little beyond the page's common words. Bigrams of Han characters (within a line) are weighted
by how rare they are on the page itself (no outside word list), and the cosine of the last
lines before the break and the first lines after it is compared with a floor measured on pages
laid out from the corpus of real articles: on 400 pages of its dev half, seg_f1 went from
0.714 to 0.731 (pages of three stories or more 0.730 to 0.756; pages of one long story with
many crossheads, where sections differ in their words, 0.681 to 0.667)."""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterator

from .lines import Feat

SAME_STORY = 0.013  # cosine below which two stretches of text are two stories
# ...on a page of unwrapped text (a paragraph a line), whose long paragraphs share more: on
# 100 such dev pages (tests/realistic.py --flat) 0.03 kept 159 of 168 breaks inside a story
# and cut 27 of 51 between stories, where 0.013 kept all 168 and cut 6
SAME_STORY_FLAT = 0.03
WINDOW = 40         # lines on each side of the break...
WINDOW_CHARS = 600  # ...and about as many characters as forty lines of a narrow column hold:
                    # where each line is a whole paragraph, forty would reach into other
                    # stories (pages of whole paragraphs 0.619 at 800 -> 0.646; blank-line
                    # style 0.705 -> 0.720; dev text pages within 0.001)
MIN_PAIRS = 40      # bigrams each side needs before its words can tell anything

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _pairs(text: str) -> list[str]:
    """Bigrams of the runs of Han characters in a line."""
    return [run[i:i + 2] for run in _NOT_HAN.split(text) for i in range(len(run) - 1)]


class _Weights:
    """Inverse document frequency of bigrams over some stretches of a page (each given as the
    set of its bigrams)."""

    def __init__(self, docs: list[set[str]]):
        self.n = max(len(docs), 1)
        self.df: Counter[str] = Counter()
        for d in docs:
            self.df.update(d)
        self._w: dict[str, float] = {}      # each bigram's weight, found once per page
        self._norms: dict[int, float] = {}

    def weight(self, g: str) -> float:
        got = self._w.get(g)
        if got is None:
            got = self._w[g] = math.log((self.n + 1) / (self.df[g] + 0.5)) ** 2
        return got

    def norm(self, x: Counter[str]) -> float:
        got = self._norms.get(id(x))     # (windows are kept by Cohesion: their ids hold)
        if got is None:
            got = self._norms[id(x)] = math.sqrt(sum(v * v * self.weight(g) for g, v in x.items()))
        return got

    def cosine(self, x: Counter[str], y: Counter[str]) -> float:
        if x.keys().isdisjoint(y.keys()):
            return 0.0
        w = self.weight
        num = sum(v * y[g] * w(g) for g, v in x.items() if g in y)
        den = self.norm(x) * self.norm(y)
        return num / den if den else 0.0


class Cohesion:
    """Cohesion between stretches of one page's lines. `feats` are the page's line features;
    `bodies` its body blocks, each a list of paragraphs (lists of line indices). Bigrams are
    weighted twice: by the bodies they occur in (a story's words are rare across the page's
    stories) and by the paragraphs (where one story fills the page, its words are in every
    body but not in every paragraph)."""

    def __init__(self, feats: list[Feat], bodies: list[list[list[int]]], floor: float = SAME_STORY):
        self.f = feats
        self.floor = floor
        self._window_grams: dict[tuple[int, ...], Counter[str]] = {}
        self._ends: list[int] | None = None
        self.bodies = bodies
        self._line: dict[int, list[str]] = {}
        self._weights: tuple[_Weights, _Weights] | None = None

    def weights(self) -> tuple[_Weights, _Weights]:
        """By body and by paragraph, found on the first question (many pages ask none)."""
        if self._weights is None:
            paras = [[set(self._pairs(p)) for p in b] for b in self.bodies]
            self._weights = (_Weights([set().union(*b) for b in paras if b]),
                             _Weights([g for b in paras for g in b]))
        return self._weights

    def _pairs(self, lines: list[int]) -> Iterator[str]:
        """The bigrams of these lines, line by line (each line's found once and kept: a page
        asks about the same lines again and again)."""
        for i in lines:
            got = self._line.get(i)
            if got is None:
                text = self.f[i].text
                got = _pairs(text)
                # the pair a line break cuts: the previous line's last character and this one's first
                prev = self.f[i - 1].text if i > 0 else ""
                if prev and text and _HAN.match(prev[-1]) and _HAN.match(text[0]):
                    got.append(prev[-1] + text[0])
                self._line[i] = got
            yield from got

    def _grams(self, lines: list[int]) -> Counter[str]:
        key = tuple(lines)
        got = self._window_grams.get(key)
        if got is None:     # (a page asks about the same stretches again and again)
            got = self._window_grams[key] = Counter(self._pairs(lines))
        return got

    def near(self, line: int, n: int = 12) -> list[list[list[int]]]:
        """The n bodies on each side of the one that holds (or follows) `line`: the stories a
        break is weighed against (a page of thousands of stories is not compared whole)."""
        if self._ends is None:     # (the bodies are in flow order: their last lines rise)
            self._ends = [max((i for p in b for i in p), default=-1) for b in self.bodies]
        k = bisect.bisect_left(self._ends, line)
        return self.bodies[max(k - n, 0):k + n + 1]

    def _window(self, lines: list[int]) -> list[int]:
        """The first lines of `lines`, up to WINDOW of them and WINDOW_CHARS characters (the
        line that passes the budget included)."""
        got, n = [], 0
        for i in lines[:WINDOW]:
            got.append(i)
            n += len(self.f[i].text)
            if n >= WINDOW_CHARS:
                break
        return got

    def between(self, before: list[int], after: list[int]) -> float | None:
        """Cosine (0 to 1) of the last WINDOW lines of `before` and the first WINDOW lines of
        `after` (line indices into feats), the higher of the two weightings; None where either
        side has too little text to tell."""
        x, y = self._grams(self._window(before[::-1])), self._grams(self._window(after))
        if min(x.total(), y.total()) < MIN_PAIRS:
            return None
        by_body, by_para = self.weights()
        return max(by_body.cosine(x, y), by_para.cosine(x, y))

    def two_stories(self, before: list[int], after: list[int]) -> bool:
        """The words change across the break (too little text shows no change)."""
        c = self.between(before, after)
        return c is not None and c < self.floor
