"""Character classes, cell widths and spacing normalisation for Chinese newspaper text.

A *cell* is the width of one CJK character in the column. ASCII letters and digits are
set half-width, so they count half a cell; this is how a column's width is compared
between lines that mix 汉字 and figures.
"""
from __future__ import annotations

import re

# Spaces that text extraction leaves behind, including the ideographic space used for indents.
SPACES = " \t\u3000\u00a0"

# A paragraph ends on a sentence mark, perhaps inside a quotation or bracket; a quotation
# or bracket closed mid-sentence (…称为“爱心网” / 世界卫生组织（WHO）) does not end one.
_CLOSED = re.compile(r"[。！？!?…；;：:.][”’」』）)》】]*$")

# Kinsoku: these may not start a line, so typesetters let them hang past the column edge.
HANGING = frozenset("，。、；：！？”’」』）》】…·%％,.;:!?)")
# ...and opening marks, which a compositor may hang out before the column's first cell.
OPENING = frozenset("“‘「『（(《")

_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
# A character that sits inside an English word, number or phrase.
_ASCII_WORD = re.compile(r"[A-Za-z0-9.,%+\-/&'()!?:;\"]")
# A space between two Han characters: in a dump, justification spreading the line out.
HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_WORD_GAP = re.compile(r"(?<=[A-Za-z0-9.,;:!?%)\"'])[ \t\u00a0]+(?=[A-Za-z0-9(\"'])")


def cells_text(text: str) -> str:
    """The text as it takes room on the line: justification spaces dropped, a space between
    English words kept as one mark."""
    if " " in text and _WORD_GAP.search(text):
        text = _WORD_GAP.sub("_", text.strip())
    return _SPACE_RUN.sub("", text) if (" " in text or "\u3000" in text or "\t" in text or "\u00a0" in text) \
        else text


def cells(text: str) -> float:
    """Width of text in cells: ASCII counts half, everything else one; a space between
    English words is half a cell, justification spaces nothing."""
    s = cells_text(text)
    narrow = len(s.encode("ascii", "ignore"))
    return len(s) - 0.5 * narrow


# Marks a compositor may set half-width on a crowded line.
PUNCT = re.compile("[，。、；：！？“”‘’（）《》「」『』【】…—·]")


def strip(text: str) -> str:
    return text.strip(SPACES + "\r\n\ufeff")


def indent_cells(text: str) -> float:
    """Leading whitespace, in cells: an ideographic space is one, an ASCII space half."""
    n = 0.0
    for c in text:
        if c == "\u3000":
            n += 1
        elif c in " \t\u00a0":
            n += 0.5
        else:
            break
    return n


_SENTENCE_MARKS = frozenset("。！？!?…；;：:.")
_AFTER_MARKS = frozenset("”’」』）)》】")


# A reference in brackets after a sentence's end: …增长0.7%。（见图6）（见表2）
_TRAILING_REF = re.compile(r"(?<=[。！？；])(?:[（(](?:见|详见|参见|注|图|表)[^（）()]{0,10}[）)])+$")


_CLAUSE_END = re.compile(r"[，,、；;]$")


def ends_on_clause(text: str) -> bool:
    """The line stops on a clause's mark (，、；): the sentence runs on past it. No headline
    line of the corpus's 5,700 so ends (a headline deck is a phrase, not half a sentence)."""
    return _CLAUSE_END.search(text.rstrip(SPACES)) is not None


def ends_closed(text: str) -> bool:
    """The line ends a sentence: on closing punctuation, on a closing quotation or bracket
    after it, or on a bracketed reference after it (…增长0.7%。（见图6）; not a column's tag
    after a headline's ！, 这一仗，我们必定赢！（应收尽收 刻不容缓）)."""
    s = text.rstrip(SPACES)
    if s.endswith(("）", ")")):
        s = _TRAILING_REF.sub("", s)
    if not s:
        return False
    if s[-1] in _SENTENCE_MARKS:
        return True
    return s[-1] in _AFTER_MARKS and _CLOSED.search(s) is not None


def is_justified(text: str) -> bool:
    """True when a line carries spaces a justifying typesetter put between CJK characters."""
    s = strip(text)
    for m in _SPACE_RUN.finditer(s):
        a, b = s[m.start() - 1], s[m.end()] if m.end() < len(s) else ""
        if b and not (_ASCII_WORD.match(a) and _ASCII_WORD.match(b)):
            return True
    return False


def _keep_space(a: str, b: str) -> bool:
    # Only a space between two pieces of an English phrase is real; every other gap
    # is justification (解 决 实 际 困 难, 3 月).
    return bool(_ASCII_WORD.match(a) and _ASCII_WORD.match(b)) and (a.isalpha() or b.isalpha())


def normalise_spaces(text: str) -> str:
    """Remove justification spaces, keep the spaces of English phrases."""
    s = strip(text)
    if not _SPACE_RUN.search(s):
        return s
    out = []
    pos = 0
    for m in _SPACE_RUN.finditer(s):
        out.append(s[pos:m.start()])
        a = s[m.start() - 1] if m.start() else ""
        b = s[m.end()] if m.end() < len(s) else ""
        if a and b and _keep_space(a, b):
            out.append(" ")
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def raw_join(lines: list[str]) -> str:
    """Join column lines, keeping the spaces inside them: no space between lines except
    where an English phrase wraps."""
    parts: list[str] = []
    for raw in lines:
        t = strip(raw)
        if not t:
            continue
        if parts and parts[-1] and parts[-1][-1].isascii() and parts[-1][-1].isalpha() \
                and t[0].isascii() and t[0].isalpha():
            parts.append(" ")
        parts.append(t)
    return "".join(parts)


def join_lines(lines: list[str]) -> str:
    """Join column lines into one clean paragraph."""
    return normalise_spaces(raw_join(lines))


_NOT_WORD = re.compile(r"[^\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+")


def bigrams(text: str) -> set[str]:
    """Character bigrams of the words in text (punctuation and spaces dropped)."""
    s = _NOT_WORD.sub("", text)
    return {s[i:i + 2] for i in range(len(s) - 1)}
