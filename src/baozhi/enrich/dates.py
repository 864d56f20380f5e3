"""Dates as printed (3月17日, 2023年底, 去年5月, 3月下旬, 今年一季度), resolved against the
edition's date with jionlp's time parser to ISO dates or ranges; 日前 and 近日 are kept as
relative, and without an edition date only expressions that name their year are resolved."""
from __future__ import annotations

import calendar
import re

from .spans import Mention, jionlp

_NUM = r"(?:\d{1,4}|[一二三四五六七八九十两〇零]{1,4})"
_DATE = re.compile(
    r"(?:(?:\d{4}|今|去|前|明)年)?(?:(?:" + _NUM + r"(?:至|到|-))?" + _NUM + r"月(?:" + _NUM + r"日(?:(?:至|到|—|-)" + _NUM + r"日)?|上旬|中旬|下旬|初|底|末|份)?"
    r"(?:(?:至|到)" + _NUM + r"月(?:" + _NUM + r"日)?)?)"
    r"|(?:\d{4}|今|去|前|明)年(?:底|初|末|年底|年初|上半年|下半年|(?:第?[一二三四1-4])季度|前(?:三|两|二)季度)?"
    r"|(?:今年|去年)?(?:上半年|下半年|(?:第?[一二三四])季度)")
_RELATIVE = re.compile(r"日前|近日|近期|当天|当日|昨天|昨日|前不久|此前")


def _iso(s: str) -> str:
    return s[:10]


_YMD = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")


def _plain(s: str, tb: dict) -> tuple[str, str] | None:
    """年月日 in figures, read here: jionlp refuses a bare month (1月)."""
    m = _YMD.fullmatch(s)
    if not m:
        return None
    y, mo = int(m.group(1) or tb["year"]), int(m.group(2))
    if not 1 <= mo <= 12:
        return None
    if m.group(3):
        d = int(m.group(3))
        if not 1 <= d <= calendar.monthrange(y, mo)[1]:
            return None
        return f"{y:04d}-{mo:02d}-{d:02d}", f"{y:04d}-{mo:02d}-{d:02d}"
    last = calendar.monthrange(y, mo)[1]
    return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"


def _resolve(jio, s: str, tb: dict | None) -> tuple[str, str] | None:
    """(first day, last day) of what `s` names, against the time base; None if unreadable."""
    if tb is None:
        return None
    parts = re.split("至|到", s, maxsplit=1)
    if len(parts) == 2 and parts[1]:
        # A range: each end read alone, the second taking the first's year and month.
        if re.fullmatch(r"\d{1,2}", parts[0]) and parts[1][-1:] in "月日":
            parts[0] += parts[1][-1]        # 1至5月: the first end takes the second's unit
        left = _resolve(jio, parts[0], tb)
        head = _YMD.match(parts[0])
        right_text = parts[1]
        if head and "月" not in right_text:     # 3月20日至22日
            right_text = f"{head.group(2)}月" + right_text
        if head and head.group(1) and "年" not in right_text:
            right_text = f"{head.group(1)}年" + right_text
        right = _resolve(jio, right_text, tb)
        if left and right:
            return left[0], right[1]
    plain = _plain(s, tb)
    if plain or jio is None:
        return plain
    try:
        r = jio.parse_time(s, time_base=tb)
        return _iso(r["time"][0]), _iso(r["time"][1])
    except Exception:       # jionlp refuses what it cannot read: the text stays, relative
        return None


def find(paragraphs: list[str], base: str | None) -> list[dict]:
    """Each date mention: its text and offsets (paragraph, start, end), and `from` / `to`
    (ISO dates, the first and last day it covers) where it resolves, else `relative`."""
    jio = jionlp()
    out: list[dict] = []
    tb = None
    if base and re.fullmatch(r"\d{4}-\d{2}-\d{2}", base):
        y, m, d = (int(x) for x in base.split("-"))
        tb = {"year": y, "month": m, "day": d}
    for k, text in enumerate(paragraphs):
        for m in _DATE.finditer(text):
            s = m.group()
            if not s or s.endswith("份") and len(s) <= 3 and not re.match(r"\d", s):
                continue
            item = {"text": s, **Mention(k, m.start(), m.end()).to_dict()}
            absolute = bool(re.match(r"\d{4}年", s))
            span = _resolve(jio, s, tb or ({"year": int(s[:4]), "month": 1, "day": 1} if absolute else None))
            if span:
                item["from"], item["to"] = span
            else:
                item["relative"] = True
            out.append(item)
        for m in _RELATIVE.finditer(text):
            out.append({"text": m.group(), **Mention(k, m.start(), m.end()).to_dict(), "relative": True})
    return out
