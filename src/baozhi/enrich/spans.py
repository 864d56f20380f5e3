"""Where an extracted item stands: a paragraph and character offsets in it; and the word
boundaries the extractors lean on (jieba, where the nlp extra is installed)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Mention:
    paragraph: int      # index into the article's paragraphs
    start: int          # character offsets in that paragraph, end exclusive
    end: int

    def to_dict(self) -> dict:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end}


@lru_cache(maxsize=1)
def _jieba():
    try:
        import jieba
    except ImportError:     # the nlp extra is not installed: rules alone
        return None
    jieba.setLogLevel(60)
    return jieba


def word_end(text: str, start: int, guess: int) -> int:
    """The length of the word at `start`, where jieba's segmentation around it says 2 or 3
    characters; else `guess`."""
    first = max(0, start - 6)
    ends = {b for _, b in window_tokens(text, first, start + 8)}
    if not ends:
        return guess
    for n in (3, 2):
        if start + n in ends and (start in ends or start == first):
            return n
    return guess


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    try:
        import jieba.posseg
    except ImportError:
        return {}
    return jieba.posseg.dt.word_tag_tab


def common_word(s: str) -> bool:
    """A word of the general vocabulary that is not a person's name (强调, 高质量): jieba's
    dictionary knows it, with a part of speech other than a name's."""
    tag = _tags().get(s)
    return tag is not None and not tag.startswith("nr")


def tag(word: str) -> str | None:
    """jieba's dictionary part of speech for a word (None where it does not know the word)."""
    return _tags().get(word)


@lru_cache(maxsize=8192)
def _cut(text: str) -> tuple[tuple[int, int], ...]:
    jb = _jieba()
    if jb is None:
        return tuple((k, k + 1) for k in range(len(text)))
    out, pos = [], 0
    for tok in jb.cut(text, HMM=True):
        out.append((pos, pos + len(tok)))
        pos += len(tok)
    return tuple(out)


def window_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """jieba's words of text[start:end] as offsets into `text`: the extractors look at a few
    characters around what they found, so only those are segmented (a page in full would
    cost more than everything else the enrich stages do)."""
    start, end = max(0, start), min(len(text), end)
    return [(start + a, start + b) for a, b in _cut(text[start:end])]


@lru_cache(maxsize=1)
def jionlp():
    """jionlp, imported quietly (it prints a banner to standard output, which carries our
    JSON); None where the nlp extra is not installed."""
    import contextlib
    import io

    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp as jio
    except ImportError:
        return None
    return jio


@lru_cache(maxsize=1)
def china_locations() -> dict:
    """jionlp's gazetteer of China to the county ({province: {city: {county: …}}}), read once
    a process (0.3 s each time jionlp reads it); {} without the nlp extra."""
    jio = jionlp()
    return jio.china_location_loader(detail=False) if jio is not None else {}


@lru_cache(maxsize=1)
def world_locations() -> dict:
    """jionlp's gazetteer of the world's countries and their main cities, read once a
    process; {} without the nlp extra."""
    jio = jionlp()
    return jio.world_location_loader() if jio is not None else {}
