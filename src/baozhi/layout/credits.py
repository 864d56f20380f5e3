"""Foot credits: the bracketed line that closes a story, such as
`（新华社北京1月3日电  记者梅世雄）`, `（据新华社巴黎电 记者陈晨）`, `（本报伦敦1月19日电）`,
`（本报记者刘硕阳、范佳元）`, `（综合本报记者曲哲涵报道）`, `（张丽、郑因整理）`, `（陈玲玲 林娟）`.

By GOLD.md a credit that names the dispatch (`电`) is the article's dateline, kept with its
brackets; one with names only gives the authors and no dateline. Either way it is not a
paragraph. A bracketed note that is a sentence (`（作者为瑞士驻华大使，本报记者敬宜采访整理）`)
is a paragraph, not a credit: it carries sentence punctuation, and a credit never does.
"""
from __future__ import annotations

import re

from ..names import is_name, split_names
from .datelines import NAME_SEP

_OPEN, _CLOSE = "（(", "）)"
_GAPS = re.compile(r"[\s\u3000]+")
# Words around the names: the source and role before them, what they did after them.
_ROLE = re.compile(r"(?:综合|据)?(?:新华社|本报|本刊|人民日报|中新社|[\u4e00-\u9fff]{2,6}?(?:网|报|社|台))?(?:驻\S{1,6}?)?"
                   r"(?:特派|见习|实习|特约|首席|融媒体|全媒体)?(?:摄影记者|记者|通讯员|实习生|评论员)")
_DEED = re.compile(r"(?:参与采写|采写|采访整理|整理|报道|综合报道|供稿|供图|撰稿|编译|文/图|摄)$")
_SENTENCE = re.compile(r"[。；！？：]|作者")
# How a body's name ends (新华社, 人民网, 外交部…): not a person's.
_BODY = re.compile(r"[社报网台部局委会院所厅处队组站司]$")
MAX_CHARS = 90      # the longest credit in the corpus has 11 names: about 70 characters


def parse(text: str) -> tuple[str | None, list[str]] | None:
    """(dateline or None, author names) when `text` (one line, or lines joined) is a foot
    credit; else None. The dateline keeps the credit as printed, brackets included, with the
    justification gaps between single characters closed."""
    s = text.strip(" \u3000")
    if len(s) < 4 or len(s) > MAX_CHARS or s[0] not in _OPEN or s[-1] not in _CLOSE:
        return None
    inner = s[1:-1].strip(" \u3000")
    if len(_GAPS.findall(inner)) > 3:
        inner = _GAPS.sub("", inner)        # letter-spaced by justification: gaps mean nothing
    packed = _GAPS.sub("", inner)
    if not packed or _OPEN[0] in packed or _SENTENCE.search(inner.replace("：", "")):
        return None
    dateline = None
    names_part = inner
    k = packed.rfind("电")
    if k >= 0:
        if not re.search(r"(?:\d{1,2}月\d{1,2}日|社|(?:本报|新华社|中新社)\S{1,12}?|据\S{2,14}?)电$", packed[:k + 1]):
            return None
        # the names follow the dispatch: find where 电 falls in the unpacked text
        seen = 0
        for pos, ch in enumerate(inner):
            if not ch.isspace():
                seen += 1
                if seen == k + 1:
                    names_part = inner[pos + 1:]
                    break
        dateline = s[0] + inner + s[-1]
    names = _names(names_part)
    if names is None:
        return None
    if dateline is None and not names:
        return None
    return dateline, names


def _names(part: str) -> list[str] | None:
    """The names in what follows the dispatch: [] for nothing, None when it is not names."""
    part = part.strip(" \u3000")
    if not part:
        return []
    chunks = [c for c in _ROLE.split(part) if c.strip(" \u3000")]
    role = _ROLE.search(part) is not None
    out: list[str] = []
    for chunk in chunks:
        chunk = _DEED.sub("", chunk.strip(" \u3000")).strip(" \u3000")
        toks = [t for t in NAME_SEP.split(chunk) if t]
        if len(toks) >= 3 and sum(not is_name(t) for t in toks) == 1 \
                and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) for t in toks) \
                and not any(_BODY.search(t) for t in toks):
            pass    # a list of reporters: one rarer surname (巨云鹏) among names is a name too
        elif not all(is_name(t) for t in toks):
            # a gap inside a name (王 明) is justification: read the run without gaps
            packed = split_names("".join(toks))
            if packed is None:
                # not names: after a role word, what came before them stands (…记者刘阳参与)
                return (out or None) if role else None
            toks = packed
        out += [t for t in toks if t not in out]
    if not role and not re.search(_DEED.pattern, part.strip()) and not (1 <= len(out) <= 4):
        return None
    return out
