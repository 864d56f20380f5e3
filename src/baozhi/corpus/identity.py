"""What names an article across re-ingests (its uid, the permalink's key) and what makes two
articles copies of one story (its fingerprint).

A uid is derived from the article's place and content, never from the store's row ids,
which a re-ingest renumbers: the edition (newspaper, date) and page it was printed on, its
title and text, and, for a second article of the same title and text on one page, its rank
among them. Re-ingesting a changed file (a page re-parsed, one article corrected) keeps the
links of every article whose text did not change. A page with no edition known (no
newspaper or date printed or given) is placed by its file's path and page number instead.
"""
from __future__ import annotations

import hashlib
import re

# What a reader compares when telling copies apart: Han characters, letters and digits
# (punctuation, spaces and full- or half-width forms vary between papers and typesetters).
_KEPT = re.compile(r"[\w\u3400-\u4dbf\u4e00-\u9fff]+")
# The agency credit that opens a copy (新华社北京3月18日电, 本报讯, （记者 …）) differs
# between the papers that print one story: left out of the fingerprint.
_CREDIT = re.compile(r"^\W*(?:[（(][^）)]{0,40}[）)])?\W*(?:本报讯|本报[^\s，。]{0,20}电|新华社[^\s，。]{0,20}电|"
                     r"中新社[^\s，。]{0,20}电|[^\s，。]{0,12}记者[^\s，。]{0,16}报道)?\W*")
FINGERPRINT_CHARS = 160


def _norm(text: str | None) -> str:
    return "".join(_KEPT.findall((text or "").replace("_", ""))).lower()


def uids(edition: dict, path: str, page_no: int, articles: list[tuple[str | None, str | None]]) -> list[str]:
    """The uid of each article of one page, in page order: 16 hex digits (64 bits of
    SHA-256). `edition`: newspaper, date, page_number (each may be None); `path`, `page_no`:
    the file and the page's number in it (from 1), used where the edition is not known;
    `articles`: (title, body text) of each."""
    if edition.get("newspaper") and edition.get("date"):
        place = f"{edition['newspaper']}\x1f{edition['date']}\x1f{edition.get('page_number') or page_no}"
    else:
        place = f"{path}\x1f{page_no}"
    seen: dict[str, int] = {}
    out = []
    for title, body in articles:
        content = f"{_norm(title)}\x1f{_norm(body)}"
        rank = seen.get(content, 0)
        seen[content] = rank + 1
        out.append(hashlib.sha256(f"{place}\x1e{content}\x1e{rank}".encode()).hexdigest()[:16])
    return out


def fingerprint(title: str | None, body: str | None, dateline: str | None = None) -> str:
    """A key that copies of one story share: the first FINGERPRINT_CHARS characters of its
    text (letters, digits and Han only), with its opening credit or dateline left out. Two
    papers that print one Xinhua story under different headlines, or one page that repeats
    a story, give the same key; a short item (under 40 such characters) is keyed by its
    title as well, so that two different one-line briefs are not taken for copies."""
    text = body or ""
    if dateline and text.startswith(dateline):
        text = text[len(dateline):]
    text = _CREDIT.sub("", text, count=1)
    core = _norm(text)[:FINGERPRINT_CHARS]
    if len(core) < 40:
        core = _norm(title) + "\x1f" + core
    return hashlib.sha256(core.encode()).hexdigest()[:16]
