"""Dates as printed (3月17日, 17日, 2023年底, 去年5月, 3月下旬, 今年一季度, 昨天, 上月, 正月初三,
2014年至2016年), resolved against the edition's date to ISO dates or ranges, by jionlp's time
parser and by the rules of tests/data/entity_gold/RULES.md where they differ (初 is days 1-10,
底 25 to the end, a bare day this month's or the last). 日前, 近日, 近期, 此前, 前不久 and 当天
name no calendar date and are none; without an edition date, only expressions that name their
year are resolved, the others kept as `relative`."""
from __future__ import annotations

import calendar
import datetime
import re

from .spans import Mention, jionlp

_NUM = r"(?:\d{1,4}|[一二三四五六七八九十两〇零]{1,4})"
_DATE = re.compile(
    r"\d{4}(?:年)?(?:至|到|—|－|-|~)\d{4}年"                           # 2014年至2016年, 2035—2040年
    r"|(?:(?:\d{4}|今|去|前|明)年)?(?:(?:" + _NUM + r"(?:至|到|-))?" + _NUM + r"月(?:" + _NUM + r"日(?:(?:至|到|—|-)" + _NUM + r"日)?|上旬|中旬|下旬|初|底|末|份)?"
    r"(?:(?:至|到)" + _NUM + r"月(?:" + _NUM + r"日)?)?)"
    r"|\d{4}年度(?!\d)"                                                      # 2019年度: the year
    r"|(?:\d{4}|今|去|前|明)年(?:底|初|末|年底|年初|上半年|下半年|(?:第?[一二三四1-4])季度|前(?:三|两|二)季度)?"
    r"|(?:今年|去年)?(?:上半年|下半年|(?:第?[一二三四])季度)"
    r"|(?<![\d月日号年第])(?:[1-9]|[12]\d|3[01])日(?:至|到|—|－|-)(?:[1-9]|[12]\d|3[01])日"   # 26日—28日
    r"|(?<![\d月日号年第])(?:[1-9]|[12]\d|3[01])日(?!(?:以?内|之内|左右))"     # 17日 (在京召开): a day of this month
    r"|(?<=[（(])\d{3,4}(?:—|－|-)\d{3,4}(?=[）)])"                           # （1017—1073）: a life
    r"|(?<![\d今去前明年])(?:年底|年末|年初)"                                   # 年底: this year's December
    r"|(?:上世纪|本世纪|(?:[1-9]|[12]\d|[一二三四五六七八九十]|二十[一二]?|十[一二三四五六七八九])世纪)"
    r"(?:(?:\d0|[一二三四五六七八九]{1,2}十)年代[初末]?|初|末|上半叶|下半叶)"        # 上世纪70年代, 18世纪下半叶
    r"|(?:[1-9]|1\d|2[01]|[一二三四五六七八九十]|二十[一二]?|十[一二三四五六七八九])世纪(?!中叶)"       # 21世纪
    r"|今天|今日(?!谈|头条|俄罗斯|美国|中国|印度|关注|说法)|昨天|昨日|昨晚|昨夜|明天|明日|前天|后天|(?:本月|上月|下月|上个月|这个月)(?:初|底|末|上旬|中旬|下旬)?"
    r"|(?:正月|腊月|大年)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)")
# (日前, 近日, 近期, 此前, 前不久, 当天: no calendar anchor, no date: tests/data/entity_gold/RULES.md;
# nor 今日 in the names it opens: the paper's column 今日谈, 今日俄罗斯, 今日头条)
# A work's title in 《》 (a year in it names the work, RULES.md's fourth round), and the words
# that make a count of days a duration (连续7日).
_WORK = re.compile(r"《[^《》]{1,60}》")
_LASTING = ("连续", "持续", "长达", "为期", "历时", "一连", "拘留")     # (行政拘留10日: a term)


def _iso(s: str) -> str:
    return s[:10]


_YMD = re.compile(r"(?:(\d{4})年)?(\d{1,2}|十[一二]|[一二三四五六七八九十])月(?:(\d{1,2})日)?")
_DIGIT = {c: k for k, c in enumerate("一二三四五六七八九", 1)}


def _number(text: str) -> int:
    """A number of up to two digits in figures or Chinese numerals (十八, 二十一, 五十)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)


def _plain(s: str, tb: dict) -> tuple[str, str] | None:
    """年月日 in figures, read here: jionlp refuses a bare month (1月)."""
    m = _YMD.fullmatch(s)
    if not m:
        return None
    y, mo = int(m.group(1) or tb["year"]), _number(m.group(2))
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
    life = re.fullmatch(r"(\d{3,4})(?:—|－|-)(\d{3,4})", s)
    if life and int(life.group(1)) < int(life.group(2)):
        return f"{int(life.group(1)):04d}-01-01", f"{int(life.group(2)):04d}-12-31"
    days = re.fullmatch(r"(\d{1,2})日(?:至|到|—|－|-)(\d{1,2})日", s)
    if days:
        # 26日—28日: bare days, the month the first one falls in by the bare day's rule
        first = _own(days.group(1) + "日", tb)
        if first is None:
            return None
        yy, mm = int(first[0][:4]), int(first[0][5:7])
        last = int(days.group(2))
        if last < int(days.group(1)) or last > calendar.monthrange(yy, mm)[1]:
            return None
        return first[0], f"{yy:04d}-{mm:02d}-{last:02d}"
    if s in ("年底", "年末", "年初"):
        return _month_span(y, 1) if s == "年初" else _month_span(y, 12)
    if s in ("昨晚", "昨夜"):
        day = (_date(y, m, tb["day"]) - datetime.timedelta(days=1)).isoformat()
        return day, day
    century = _CENTURY.fullmatch(s)
    if century:
        return _century(century, y)
    bare = re.fullmatch(r"(\d{1,2})日", s)
    if bare:
        d = int(bare.group(1))
        if d > tb["day"]:
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        if d > calendar.monthrange(y, m)[1]:
            return None
        return f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}-{d:02d}"
    relative = re.fullmatch(r"(本月|这个月|上月|上个月|下月)(初|底|末|上旬|中旬|下旬)?", s)
    if relative:
        # 本月初, 上月下旬: the part of the month (RULES.md: 初 1-10, 底 and 末 25 to the end)
        which, part = relative.groups()
        yy, mm = (y, m) if which in ("本月", "这个月") else \
            ((y, m - 1) if m > 1 else (y - 1, 12)) if which.startswith("上") else ((y, m + 1) if m < 12 else (y + 1, 1))
        return _month_span(yy, mm, *_MONTH_PARTS.get(part, (1, None)))
    if s.endswith("年度") and s[:-2].isdigit():
        return f"{s[:4]}-01-01", f"{s[:4]}-12-31"      # 2019年度 (a year's report), not a fiscal year
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


# The parts of a month, as days (RULES.md): 上旬 1-10, 中旬 11-20, 下旬 21 to the end.
_MONTH_PARTS = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None), "底": (25, None), "末": (25, None)}


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
        # (the first end's year may be said relative to the edition's: 今年5月10日到16日)
        relative = re.match(r"[今去前明]年", parts[0])
        head = _YMD.match(parts[0], relative.end() if relative else 0)
        right_text = parts[1]
        if head and "月" not in right_text:     # 3月20日至22日
            right_text = f"{head.group(2)}月" + right_text
        if head and head.group(1) and "年" not in right_text:
            right_text = f"{head.group(1)}年" + right_text
        elif head and relative and "年" not in right_text:
            right_text = relative.group() + right_text
        right = _resolve(jio, right_text, tb)
        if left and right:
            return left[0], right[1]
    own = _own(s, tb)
    if own:
        return own
    plain = _plain(s, tb)
    if plain or jio is None:
        return plain
    if s.startswith(_LUNAR):
        # A day of the lunar calendar is the one of its name nearest the edition: 大年三十 in
        # a paper of February 2020 is 2020-01-24, the eve just past (jionlp reads the lunar
        # year the time base falls in, whose eve is 2021-02-11); 大年初一 before the new year
        # is the coming one.
        base = _date(tb["year"], tb["month"], tb["day"])
        days = [d for dy in (-1, 0, 1) if (d := _parse(jio, s, {**tb, "year": tb["year"] + dy}))]
        return min(days, key=lambda d: abs((_date(*map(int, d[0].split("-"))) - base).days), default=None)
    return _parse(jio, s, tb)


_LUNAR = ("正月", "腊月", "大年")
_CENTURY = re.compile(r"(?:(上|本)|([\d一二三四五六七八九十]{1,3}))世纪(?:(\d0|[一二三四五六七八九]{1,2}十)年代([初末])?|(初|末|上半叶|下半叶))?")


def _century(m: re.Match, year: int) -> tuple[str, str] | None:
    """A century, its decade or part, as years (RULES.md: 18世纪 1700-1799, 18世纪下半叶
    1750-1799, 20世纪初 1900-1909, 上世纪70年代 1970-1979, 上世纪五六十年代 1950-1969; a
    decade's start or end its first or last three years, 上世纪90年代初 1990-1992);
    上世纪 and 本世纪 count from the edition's year."""
    which, count, decade, early, part = m.groups()
    number = {"上": year // 100, "本": year // 100 + 1}[which] if which else _number(count)
    first = (number - 1) * 100
    if decade:
        if decade[0].isdigit():
            tens = [int(decade[0])]
        else:
            tens = [_DIGIT[c] for c in decade[:-1]]     # 五十 -> 5, 五六十 -> 5 and 6
        a, b = first + 10 * tens[0], first + 10 * tens[-1] + 9
        if early:
            # 上世纪90年代初 1990-1992 (the gold's), 80年代末 1987-1989
            a, b = (a, a + 2) if early == "初" else (b - 2, b)
        return f"{a:04d}-01-01", f"{b:04d}-12-31"
    a, b = {"初": (0, 9), "末": (90, 99), "上半叶": (0, 49), "下半叶": (50, 99)}.get(part, (0, 99))
    return f"{first + a:04d}-01-01", f"{first + b:04d}-12-31"


def _date(y: int, m: int, d: int) -> datetime.date:
    return datetime.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _parse(jio, s: str, tb: dict) -> tuple[str, str] | None:
    """jionlp's reading of `s` against the time base, or None where it refuses it."""
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
        works = [w.span() for w in _WORK.finditer(text)]
        for m in _DATE.finditer(text):
            s = m.group()
            if not s or s.endswith("份") and len(s) <= 3 and not re.match(r"\d", s):
                continue
            if any(a < m.start() < b for a, b in works) or (s[-1] == "日" and text.endswith(_LASTING, 0, m.start())):
                continue        # 《…实施规划（2020—2021年）》: a work's title; 连续7日: a duration
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
