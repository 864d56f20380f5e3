"""Page furniture (date line, page number, editor credits, masthead) and jump markers."""
from __future__ import annotations

import re

from ..model import Edition

_DATE = re.compile(r"(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.．/-](\d{1,2})[.．/-](\d{1,2})(?!\d))")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|农历")
_PAGE = re.compile(r"^第\s*([A-Za-z]?\s*\d{1,3})\s*版(?:[\s:：]*(?P<section>[\u4e00-\u9fff·]{2,8}))?$")
_PAGE_ALT = re.compile(r"^([A-Z]\d{1,2})\s*(?:版)?(?:[\s:：]+(?P<section>[\u4e00-\u9fff·]{2,8}))?$")
_STAFF = re.compile(r"^(?:本版责编|本版编辑|责任编辑|责编|编辑|本版编辑|版式设计|版式|美术编辑|美编|校对|组版|值班编辑|值班主任|"
                    r"版面设计|审读|终审|签发|监制|总编辑|制版|排版|图片编辑)[\s:：]")
_DESIGN = re.compile(r"^(?:本版)?版式设计[\s:：]+[\u4e00-\u9fff·]{1,4}(?:[\s、]+[\u4e00-\u9fff·]{1,4}){0,3}$")
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|商报|都市报|青年报|法制报|经济报)$")
_ISSN = re.compile(r"(?:国内统一连续出版物号|国内统一刊号|邮发代号|CN\s*\d{2}\s*-\s*\d{4})")
# Every furniture pattern needs one of these; most body lines have none and are skipped fast.
TRIGGER = re.compile(r"版|[年].*[日]|\d{4}[.．/-]\d|编|设计|校对|组版|值班|审|签发|监制|排版|报$|号|CN|^[A-Z]\d"
                     r"|^\d{1,3}[\s\u3000]+[\u4e00-\u9fff]{2,4}$|上一|下一|返回|导航")
# A web copy's navigation (上一版　下一版, 返回目录　上一篇　下一篇) on a line of its own (not a
# law's 目录, a paragraph of its text)
_NAV = frozenset("上一版 下一版 上一篇 下一篇 上一期 下一期 返回目录 返回首页 版面导航 本版目录".split())
# ...and the marker it sets over each story (【1】, 1., No.1, ◆, 【标题】 over the headline and
# 【正文】 over the text): a line of the story's headline run to the line walker, where it
# parts two stories, but no line of the headline (assemble.py)
MARKER = re.compile(r"【\d{1,3}】|\d{1,3}[.．]|No\.\s?\d{1,3}|◆|【(?:标题|正文|作者|来源|图片)】")


def is_marker(text: str) -> bool:
    """The whole line is a story marker (MARKER), whatever gaps the dump put in it."""
    return MARKER.fullmatch("".join(text.split())) is not None


_JUMP = re.compile(r"[（(]\s*(?P<dir>下转|转|上接|接|紧接|续)\s*(?:第|自)?\s*(?P<page>[A-Za-z]?\d{1,3})\s*版\s*[）)]")


def _date_iso(m: re.Match) -> str | None:
    y, mo, d = (int(x) for x in m.groups() if x is not None)
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


_SOURCE = re.compile(r"[（(]?(?:来源|稿源|出处)[：:]\s*(.+?)[)）]?")


def classify(text: str, edition: Edition) -> str | None:
    """'furniture' when the line is page furniture (filling `edition`), else None."""
    if len(text) > 60 or not TRIGGER.search(text):
        return None
    s = re.sub(r"[\s\u3000|｜]+", " ", text).strip()      # (人民日报 | 2020-05-22 | 第1版 | 要闻)
    if not s:
        return None
    if all(t.strip("<>《》") in _NAV for t in s.split()):
        return "furniture"
    src = _SOURCE.fullmatch(s)
    if src:     # （来源：人民日报 2020年02月11日 第02版）: a web copy's page source line
        return classify(src.group(1), edition)
    inner = re.fullmatch(r"[（(](.+)[）)]", s)
    if inner and _STAFF.match(inner.group(1) + " "):
        return classify(inner.group(1), edition)    # （本版责编：杨博、曹娜）
    m = re.fullmatch(r"(\d{1,3}) ([\u4e00-\u9fff]{2,4})", s)
    if m and m.group(2) in SECTIONS and 0 < int(m.group(1)) <= 200:
        # 07　经济: the page's number and its section, a header or footer line of their own
        edition.page_number = edition.page_number or str(int(m.group(1)))
        edition.section = edition.section or m.group(2)
        return "furniture"
    hit = False
    m = _DATE.search(s)
    if m and (_WEEKDAY.search(s) or _DATE.fullmatch(s) or re.search(r"第\s*[A-Za-z]?\s*\d{1,3}\s*版", s)
              or _MASTHEAD.match(s[:m.start()].strip())):      # 人民日报2020年2月5日
        edition.date = edition.date or _date_iso(m)
        hit = True
        s = (s[:m.start()] + " " + s[m.end():]).strip()
        s = re.sub(r"(?:星期[一二三四五六日天]|周[一二三四五六日])", " ", s)
        s = re.sub(r"农历\S*", " ", s).strip()
    rest = []
    # (beside a date every gap parts two items: 2020年5月21日 星期四  08  地方)
    for tok in re.split(r"\s+" if hit else r"\s{2,}|\s(?=第)|\s(?=[A-Z]\d)", s) if s else []:
        tok = tok.strip()
        if not tok:
            continue
        p = _PAGE.match(tok) or _PAGE_ALT.match(tok)
        if p:
            edition.page_number = edition.page_number or re.sub(r"\s", "", p.group(1)).upper()
            if p.group("section"):
                edition.section = edition.section or p.group("section")
            hit = True
        elif _MASTHEAD.match(tok) and (hit or tok == s):
            edition.newspaper = edition.newspaper or tok
            hit = True
        elif _STAFF.match(tok + " ") or _ISSN.search(tok):
            hit = True
        elif hit and tok.isdigit() and len(tok) <= 3 and 0 < int(tok) <= 200:
            # 2020年5月21日 星期四  08  地方: beside the date, a bare number is the page
            edition.page_number = edition.page_number or str(int(tok))
        elif hit and tok in SECTIONS:
            edition.section = edition.section or tok
        else:
            rest.append(tok)
    if hit and not rest:
        if _DESIGN.match(s):
            # 版式设计：蔡华伟 alone under a story: the corpus keeps it as the story's last
            # paragraph (136 articles), as it does 制图：…; beside 责任编辑 it is the page's
            return None
        return "furniture"
    if hit and all(_STAFF.match(t + " ") for t in rest):
        return "furniture"
    return None


# Section names a page header prints on a line of its own, next to the date or page number.
SECTIONS = frozenset("""要闻 综合 综合新闻 时政 时政要闻 经济 财经 社会 社会新闻 文化 文体 体育 国际 国内 地方
本地新闻 评论 理论 副刊 专版 专刊 特刊 民生 法治 教育 科技 农村 旅游 健康 广告 公告 视点 观察
生态 政治 人文 文艺 大地 党建 军事 环球 新农村 产经""".split())     # (the last row: People's Daily's other pages)


def is_section(text: str, edition: Edition) -> bool:
    """A lone section name (要闻) or page number (2, 05) beside other page furniture."""
    s = "".join(text.split())
    if s.isdigit() and len(s) <= 3 and 0 < int(s) <= 200:
        edition.page_number = edition.page_number or str(int(s))
        return True
    if s in SECTIONS:
        edition.section = edition.section or s
        return True
    # the weekday or the lunar date on a line of its own: 星期三, 农历庚子年正月十二
    return bool(re.fullmatch(r"星期[一二三四五六日天]|农历[\u4e00-\u9fff]{2,10}", s))


def bare_date(text: str) -> bool:
    """A date and nothing else, no weekday, no page (2020年2月12日)."""
    return re.fullmatch(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", text.strip(" \u3000")) is not None


def cut_name(text: str, rest: str) -> bool:
    """True when `rest` (the next line) is the rest of a name that a column wrap cut from the
    staff credit `text`: `版式设计：蔡` / `华伟`. The credit ends on a lone surname and the next
    line is one to three Han characters; then that line is the credit's, not a byline."""
    s = text.strip(" \u3000")
    return bool(_STAFF.match(s) and re.search(r"[:：\s][\u4e00-\u9fff]$", s)
                and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", rest))


def jump(text: str) -> tuple[str, str] | None:
    """('to'|'from', page) when the text carries a jump marker."""
    m = _JUMP.search(text)
    if not m:
        return None
    return ("to" if m.group("dir") in ("下转", "转") else "from"), m.group("page").upper()


def strip_jumps(text: str) -> str:
    return _JUMP.sub("", text)


def is_jump_line(text: str) -> bool:
    s = text.strip(" \u3000")
    m = _JUMP.search(s)
    return bool(m) and m.start() == 0 and m.end() == len(s)
