"""Text dumps of e-paper pages: bytes -> decoded text -> Lines.

Archives hold these dumps in whatever encoding the producing tool used: UTF-8 (with or
without BOM), UTF-16 from Windows tools, GB18030/GBK from older Chinese software. The
encoding is detected from evidence (BOM, NUL-byte pattern, strict decoding, plausibility
of the result), never assumed.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..model import Line

_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _plausible(text: str) -> float:
    """Share of characters a Chinese or English page is made of: CJK ideographs, ASCII,
    CJK and full-width punctuation. A wrong decoding scatters into Hangul, private use and
    control characters instead."""
    if not text:
        return 0.0
    sample = text[:20000]
    good = 0
    for c in sample:
        o = ord(c)
        if (32 <= o < 127 or c in "\t\r\n" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F
                or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or o in (0xB7, 0xD7, 0xFEFF)
                or 0x3400 <= o <= 0x4DBF or 0x2E80 <= o <= 0x2FDF or 0x00C0 <= o <= 0x024F):
            good += 1
    return good / len(sample)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) or raise InputError naming the problem."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(name, "file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as e:
                raise InputError(name, f"starts with a {enc} byte-order mark but is not valid {enc}: {e.reason}")
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
            if _plausible(text) > 0.9:
                return text, "utf-8"
        except UnicodeDecodeError:
            # A UTF-8 page with a bad byte or two (a file cut mid-character, a copy error) is
            # read with those replaced, and says so; a file in another encoding has bad bytes
            # all through and goes on to the others.
            text = data.decode("utf-8", errors="replace")
            bad = len(re.findall("\ufffd+", text)) - len(re.findall("\ufffd+", data.decode("utf-8", errors="ignore")))
            if bad <= max(3, len(text) // 500) and _plausible(text.replace("\ufffd", "")) > 0.9:
                return text, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced with U+FFFD)"
    best, best_enc, best_score = None, None, 0.0
    for enc in ("utf-16-le", "utf-16-be", "gb18030"):
        if enc == "gb18030" and b"\x00" in data:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc.startswith("utf-16") and not any(c in text for c in "\n\r。，"):
            continue        # text without a line break or a Chinese comma or stop is no page
        score = _plausible(text)
        if score > best_score:
            best, best_enc, best_score = text, enc, score
    if best is not None and best_score > 0.9:
        return best, best_enc
    if b"\x00" in data[:4096] or best_score < 0.5:
        raise InputError(name, "binary file, not page text")
    raise InputError(name, "not text in UTF-8, UTF-16 or GB18030 (unknown encoding)")


def split_lines(text: str, page: int | None = None) -> list[Line]:
    """Non-blank lines, numbered from 1, each marked when a blank line stands above it (the
    layout stages read that only where a dump uses blank lines between some lines and not
    others: between paragraphs, around headlines)."""
    out: list[Line] = []
    blank = " \t\u3000\u00a0\f\v"
    gap = False
    for raw in _LINE_SPLIT.split(text.lstrip("\ufeff")):
        kept = raw.rstrip(blank)
        if kept and kept.strip(blank):
            out.append(Line(len(out) + 1, kept, page, after_gap=gap and bool(out)))
            gap = False
        else:
            gap = True
    return out


def read(path: str) -> tuple[list[Line], str]:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a page file")
    except OSError as e:
        raise InputError(path, e.strerror or str(e))
    return from_bytes(data, path)


def from_bytes(data: bytes, name: str) -> tuple[list[Line], str]:
    """Lines and the encoding found, from a page's bytes."""
    text, enc = decode(data, name)
    lines = split_lines(text)
    if not lines:
        raise InputError(name, "file has no text")
    return lines, enc
