"""Datelines (电头) that open an article: 本报讯（记者周国华）, 新华社北京1月18日电 ..."""
from __future__ import annotations

import re

from .. import cjk
from ..names import is_name, split_names

_SOURCE = (r"(?:据)?(?:本报|本刊|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|澎湃新闻"
           r"|[\u4e00-\u9fff·]{1,12}?(?:网|社|报|电视台|客户端))")
# Where and when: a place of a few characters and perhaps a date (兰州, 北京1月18日).
_WHERE = r"[\u4e00-\u9fff]{0,6}?(?:[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日)?[ \u3000]*"
# 电 is only a dateline after a date or the agency itself (新华社电, 1月18日电) or before the
# reporter's bracket; otherwise 国网甘肃省电力 (or 国网甘肃省电 力, spread out) would read as one.
_HEAD = re.compile(
    rf"^[ \u3000]*(?P<head>{_SOURCE}{_WHERE}(?:讯|(?<=[日社])电|电(?=[ \u3000]*[（(])))"
    r"(?P<tail>[ \u3000]*[（(](?P<paren>[^（）()\n]{1,60})[）)])?"
)
_ROLE = re.compile(r"(?:本报|本刊)?(?:见习|实习|特约|首席|融媒体|全媒体|摄影)?(?:记者|通讯员|实习生|报道员)")
# What stands between the names of a list (datelines and foot credits alike).
NAME_SEP = re.compile(r"[\s\u3000、，,；;]+")


def match(text: str) -> re.Match | None:
    """A dateline at the start of raw paragraph text (lines joined, spaces kept)."""
    m = _match(text)
    if m is None and _LETTER_SPACED.search(text[:12]):
        # A justified first line spreads the dateline out: 本 报 讯 （ 记 者 曹 颖 ）
        m = _match(_LETTER_SPACED.sub("", text))
    return m


_LETTER_SPACED = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _match(text: str) -> re.Match | None:
    m = _HEAD.match(text)
    if not m:
        return None
    head = m.group("head")
    # Bare 讯 without brackets only counts for 本报/…网 style heads followed by a gap.
    if not m.group("tail") and head.endswith("讯"):
        rest = text[m.end():m.end() + 1]
        if not (head.startswith(("本报", "本刊")) or rest in (" ", "\u3000", "", "（", "(")):
            return None
    return m


def starts_with_dateline(line: str, following: str = "") -> bool:
    """Does this line open on a dateline? The bracket may run on into the next line, but
    the head (本报讯, …日电) must stand on this one."""
    opening = (line + following)[:40]
    if "讯" not in opening and "电" not in opening:
        return False
    m = match(line + following)
    if m is None:
        return False
    head = re.sub(r"[ \u3000]", "", m.group("head"))
    own = re.sub(r"[ \u3000]", "", line)
    if len(own) >= len(head):
        return True
    # A head broken over lines (本报北京3月5日 / 电（记者…）): the source itself must stand
    # whole on this line, or 陈华参加 / 本报讯 would read as one.
    src = re.match(_SOURCE, head)
    if not head.startswith(own) or src is None:
        return False
    if src.end() <= len(own):
        return True
    # Even the source may break (每日甘肃 / 网兰州讯（…）) when the next line does not open a
    # dateline of its own (陈华参加 / 本报讯 is a headline, then a dateline).
    return m.group("paren") is not None and match(following) is None



def display(m: re.Match) -> str:
    """The dateline as printed, without the gaps the dump put around the brackets."""
    head = re.sub(r"[ \u3000]+", "", m.group("head"))
    if not m.group("paren"):
        return head
    inner = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff][ \u3000）)]|[\u4e00-\u9fff]$)", "",
                   m.group("paren").strip())
    inner = re.sub(r"[ \u3000]+", " ", inner)
    return f"{head}（{inner}）"


def authors(m: re.Match) -> list[str]:
    paren = m.group("paren")
    if not paren:
        return []
    gaps = cjk.HAN_GAP.findall(paren)
    if len(gaps) > 2 and len(gaps) >= len(re.sub(r"\s", "", paren)) // 2:
        paren = paren.replace(" ", "")      # letter-spaced by justification: the gaps mean nothing
    out: list[str] = []
    for chunk in _ROLE.split(paren):
        toks = [t.strip("·：:") for t in NAME_SEP.split(chunk)]
        toks = [t for t in toks if t]
        if not all(is_name(t) for t in toks):
            # A gap inside a name (马晓 燕) is justification: read the run without gaps.
            packed = split_names("".join(toks))
            if packed:
                toks = packed
        for tok in toks:
            if is_name(tok):
                names = [tok]
            else:
                names = split_names(tok) or (
                    [tok] if chunk is not paren and 2 <= len(tok) <= 3 and _HAN.fullmatch(tok) else [])
            out += [n for n in names if n not in out]
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")
