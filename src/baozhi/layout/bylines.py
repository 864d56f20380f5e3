"""Bylines (记者 莫亚红 李峰, 常钦) and photo credits (记者 张宏斌 摄)."""
from __future__ import annotations

import re

from ..names import PARTICLES, is_name, split_names

_ROLE = (r"(?:(?:本报|本刊|新华社|中新社|新甘肃·\S{2,6}?)?(?:见习|实习|特约|首席|融媒体|全媒体)?"
         r"(?:摄影记者|记者|通讯员|实习生|评论员|特约评论员)|文[/／]|图[/／]|文图[/／]|作者[:：]?)")
_ROLE_RE = re.compile(_ROLE)
_SEP = re.compile(r"[\s\u3000、，,]+")
_LEAD = re.compile(r"^[■□●◎◆▲★☆\s\u3000]+")
# The picture agencies a credit names in brackets after the photographer (…摄（影像中国）).
AGENCIES = r"(?:新华社发|人民视觉|影像中国|人民图片|视觉中国|新华社|中新社发?|资料照片|资料图片)"
_CREDIT = re.compile(
    rf"(?:(?P<role>{_ROLE})|(?:^|(?<=[\s\u3000。，；！？”）)（(])))[\s\u3000]*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff]{2,4}){0,3})"
    r"[\s\u3000]*[/／]?[\s\u3000]*(?:摄影报道|摄影|摄)[)）]?[\s\u3000]*"
    rf"(?:[（(]{AGENCIES}[)）])?$"
)
# The picture agency a credit may close on: 张梓望  李秀婷  黄锦辉摄影报道（影像中国）.
_AGENCY = re.compile(rf"[（(]{AGENCIES}[)）]$")


def _names(text: str) -> list[str] | None:
    toks = [t for t in _SEP.split(text) if t]
    if toks and all(is_name(t) for t in toks):
        return toks
    return None


def byline(text: str, bare: bool = False) -> list[str] | None:
    """Names of a byline line, or None. `bare` also accepts names with no role word."""
    if len(text) > 40 or not (bare or _ROLE_RE.search(text, 0, 16)):
        return None
    s = _LEAD.sub("", text).strip()
    if not s:
        return None
    if _ROLE_RE.match(s):
        names: list[str] = []
        for chunk in _ROLE_RE.split(s):
            chunk = chunk.strip(" \u3000:：")
            if not chunk:
                continue
            got = _names(chunk)
            if got is None:
                return None
            names += got
        return names or None
    if bare:
        toks = [t for t in _SEP.split(s) if t]
        if 1 <= len(toks) <= 4 and len(s) <= 16:
            return _names(s)
    return None


# A writer's signature with who they are in brackets (铁  凝（中国作协主席）, 曹文轩（北京大学
# 中文系教授）): a name of two to five characters (a two-character name spread to three cells
# by justification), then a title or calling; the bracket may wrap to the next line.
_SIGNATURE = re.compile(r"^[ \u3000]*(?P<name>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,4})[ \u3000]*"
                        r"[（(](?P<who>[^（）()]{2,30}?(?:席|授|辑|记|表|家|长|员|士|师|者|任|理|编|官|人))[）)]?$")


def signature(text: str) -> list[str] | None:
    """The name of a signature line (铁  凝（中国作协主席） -> [铁凝]), or None."""
    m = _SIGNATURE.match(text.strip())
    if not m:
        return None
    name = re.sub(r"[ \u3000]+", "", m.group("name"))
    who = re.sub(r"[ \u3000]+", "", m.group("who"))
    if name.endswith(("讯", "电", "报")) or who.startswith(("记者", "通讯员", "本报", "实习生")):
        return None     # a dateline's head and its reporters (本 报 讯 （ 记 者 王 丽 通 讯 员)
    if name[-1] in PARTICLES:
        return None     # 人气旺了（总书记来过我们家）: a title with its column's tag
    return [name]


def credit(text: str) -> tuple[int, list[str]] | None:
    """A photo credit ending the text (记者 张宏斌 摄, 王五 摄影报道): (where it starts, names)."""
    # an agency in brackets after it may be letter-spaced too: 邵 丹 摄 （ 人 民 视觉）
    text = _LAST_BRACKET.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group(0)), text.rstrip(" \u3000"))
    if not _GAPS.sub("", _AGENCY.sub("", text).rstrip(" \u3000）)")).endswith(("摄", "摄影", "摄影报道")):
        return None
    # Justification may have spread the credit out (本 报 记 者 张 宏 斌 摄, 本报记者  李  舸摄,
    # 司 马 / 云 摄): then a gap inside a name means nothing, so read the credit with the gaps
    # closed.
    spread = _GAPS.search(text, max(0, len(text) - 24)) is not None
    got = None if spread else _credit(text)
    if got is None and spread:
        # The names are told apart by the surname list; the start is mapped back.
        gaps = {pos for m in _GAPS.finditer(text) for pos in range(m.start(), m.end())}
        keep = [pos for pos in range(len(text)) if pos not in gaps]
        closed = "".join(text[pos] for pos in keep)
        got = _credit(closed)
        if got is None:
            # Closing the gaps runs two names together (朱 佩 娴 霍 亚 平 摄 影 报道): part
            # them again by the surname list.
            m = re.search(r"([\u4e00-\u9fff]{4,8})((?:摄影报道|摄影|摄)[)）]?)$", closed)
            names = split_names(m.group(1)) if m else None
            if names and len(names) > 1:
                got = _credit(closed[:m.start()] + " " + " ".join(names) + " " + m.group(2))
                got = (keep[min(m.start(), len(keep) - 1)], got[1]) if got is not None else None
        else:
            got = (keep[got[0]] if got[0] < len(keep) else len(text), got[1])
        if got is None:
            got = _credit(text)
    return got


_LAST_BRACKET = re.compile(r"[（(][^（）()]{1,16}[)）]$")
# Spaces between two Han characters: justification's, never a word break in Chinese.
_GAPS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def _credit(text: str) -> tuple[int, list[str]] | None:
    m = _CREDIT.search(text)
    if not m:
        return None
    # The leftmost match may swallow the role word as a "name": 本报记者 陈晓 摄.
    names = []
    for tok in _SEP.split(_ROLE_RE.sub(" ", m.group("names"))):
        if tok:
            split = [tok] if is_name(tok) else split_names(tok)
            if not split:
                return None
            names += split
    if not names:
        return None
    start = m.start()
    # The role word before the names may be longer than the match saw, or spread out by
    # justification: 本 报 记者 李强 摄, 记 者 李强 摄.
    names_at = m.start("names")
    for k in range(names_at - 1, max(-1, names_at - 20), -1):
        if _ROLE_RE.fullmatch(text[k:names_at].replace(" ", "").replace("\u3000", "")):
            start = min(start, k)
    return start, names
