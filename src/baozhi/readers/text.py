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


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\r\n\f\v") or 0xE000 <= ord(c) <= 0xF8FF
              or c == "\ufffd")
    return bad / len(text)


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII and CJK both leave a NUL-byte rhythm in one byte lane."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


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
    guess = _utf16_guess(data)
    candidates = ([guess] if guess else []) + ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.01:
            continue
        return text, enc
    if b"\x00" in data[:4096]:
        raise InputError(name, "binary file, not page text")
    raise InputError(name, "not text in UTF-8, UTF-16 or GB18030 (binary or unknown encoding)")


def split_lines(text: str, page: int | None = None) -> list[Line]:
    """Non-blank lines, numbered from 1; blank lines carry no layout signal we rely on."""
    out: list[Line] = []
    for raw in _LINE_SPLIT.split(text.lstrip("\ufeff")):
        if raw.strip(" \t\u3000\u00a0\f\v"):
            out.append(Line(index=len(out) + 1, text=raw.rstrip(" \t\u3000\u00a0\f\v"), page=page))
    return out


def read(path: str) -> tuple[list[Line], str]:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a page file")
    except OSError as e:
        raise InputError(path, e.strerror or str(e))
    text, enc = decode(data, path)
    lines = split_lines(text)
    if not lines:
        raise InputError(path, "file has no text")
    return lines, enc
