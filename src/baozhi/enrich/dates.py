"""Dates as printed (3月17日, 17日, 2023年底, 去年5月, 3月下旬, 今年一季度, 昨天, 上月, 正月初三,
2014年至2016年), resolved against the edition's date to ISO dates or ranges, by jionlp's time
parser and by the rules of tests/data/entity_gold/RULES.md where they differ (初 is days 1-10,
底 25 to the end, a bare day this month's or the last). 日前, 近日, 近期, 此前, 前不久 and 当天
name no calendar date and are none; without an edition date, only expressions that name their
year are resolved, the others kept as `relative`."""
from __future__ import annotations

import calendar
import re

from .spans import Mention, jionlp

_NUM = r"(?:\d{1,4}|[一二三四五六七八九十两〇零]{1,4})"
_DATE = re.compile(
    r"\d{4}(?:年)?(?:至|到|—|－|-|~)\d{4}年"                           # 2014年至2016年, 2035—2040年
    r"|(?:(?:\d{4}|今|去|前|明)年)?(?:(?:" + _NUM + r"(?:至|到|-))?" + _NUM + r"月(?:" + _NUM + r"日(?:(?:至|到|—|-)" + _NUM + r"日)?|上旬|中旬|下旬|初|底|末|份)?"
    r"(?:(?:至|到)" + _NUM + r"月(?:" + _NUM + r"日)?)?)"
    r"|(?:\d{4}|今|去|前|明)年(?:底|初|末|年底|年初|上半年|下半年|(?:第?[一二三四1-4])季度|前(?:三|两|二)季度)?"
    r"|(?:今年|去年)?(?:上半年|下半年|(?:第?[一二三四])季度)"
    r"|(?<![\d月日号年第])(?:[1-9]|[12]\d|3[01])日(?!(?:以?内|之内|左右))"     # 17日 (在京召开): a day of this month
    r"|今天|今日|昨天|昨日|明天|明日|前天|后天|本月|上月|下月|上个月|这个月"
    r"|(?:正月|腊月|大年)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)")
# (日前, 近日, 近期, 此前, 前不久, 当天: no calendar anchor, no date: tests/data/entity_gold/RULES.md)


def _iso(s: str) -> str:
    return s[:10]


_YMD = re.compile(r"(?:(\d{4})年)?(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(\d{1,2})日)?")
_MONTHS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}


def _plain(s: str, tb: dict) -> tuple[str, str] | None:
    """年月日 in figures, read here: jionlp refuses a bare month (1月)."""
    m = _YMD.fullmatch(s)
    if not m:
        return None
    y, mo = int(m.group(1) or tb["year"]), _MONTHS.get(m.group(2)) or int(m.group(2))
    if not 1 <= mo <= 12:
        return None
    if m.group(3):
        d = int(m.group(3))
        if not 1 <= d <= calendar.monthrange(y, mo)[1]:
            return None
        return f"{y:04d}-{mo:02d}-{d:02d}", f"{y:04d}-{mo:02d}-{d:02d}"
    last = calendar.monthrange(y, mo)[1]
    return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"


def _month_span(y: int, m: int, first: int = 1, last: int | None = None) -> tuple[str, str]:
    end = calendar.monthrange(y, m)[1] if last is None else min(last, calendar.monthrange(y, m)[1])
    return f"{y:04d}-{m:02d}-{first:02d}", f"{y:04d}-{m:02d}-{end:02d}"


def _own(s: str, tb: dict) -> tuple[str, str] | None:
    """What these rules read themselves, where jionlp reads otherwise or not at all: a bare day
    (17日: this month's, or last month's where this month's would be after the edition), the
    month before or this one (上月, 本月), 初 as days 1-10 and 底 or 末 as 25 to the end
    (jionlp: 1-5, and a year's end as two months), 年初 as January, 年底 as December."""
    y, m = tb["year"], tb["month"]
    bare = re.fullmatch(r"(\d{1,2})日", s)
    if bare:
        d = int(bare.group(1))
        if d > tb["day"]:
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        if d > calendar.monthrange(y, m)[1]:
            return None
        return f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}-{d:02d}"
    if s in ("本月", "这个月"):
        return _month_span(y, m)
    if s in ("上月", "上个月"):
        return _month_span(*((y, m - 1) if m > 1 else (y - 1, 12)))
    if s == "下月":
        return _month_span(*((y, m + 1) if m < 12 else (y + 1, 1)))
    part = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(初|底|末)", s)
    if part:
        yy, mm = int(part.group(1) or y), int(part.group(2))
        if not 1 <= mm <= 12:
            return None
        return _month_span(yy, mm, 1, 10) if part.group(3) == "初" else _month_span(yy, mm, 25)
    year = re.fullmatch(r"(\d{4}|今|去|明|前)年(初|底|末|年初|年底)", s)
    if year:
        yy = {"今": y, "去": y - 1, "明": y + 1, "前": y - 2}.get(year.group(1)) or int(year.group(1))
        return _month_span(yy, 1) if year.group(2).endswith("初") else _month_span(yy, 12)
    return None


def _resolve(jio, s: str, tb: dict | None) -> tuple[str, str] | None:
    """(first day, last day) of what `s` names, against the time base; None if unreadable."""
    if tb is None:
        return None
    years = re.fullmatch(r"(\d{4})年?(?:至|到|—|－|-|~)(\d{4})年", s)
    if years:
        return f"{years.group(1)}-01-01", f"{years.group(2)}-12-31"
    if s.endswith("月份"):
        s = s[:-1]      # 4月份: the month
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
    own = _own(s, tb)
    if own:
        return own
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
            elif tb is not None:
                continue        # unreadable against the edition's date (十五月): no date
            else:
                item["relative"] = True
            out.append(item)
    return out
