"""Is this string a Chinese personal name? Checked against the surname list in data/."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# Words that look like a surname plus one or two characters but are not names in bylines.
_NOT_NAMES = frozenset("""
本报 记者 通讯员 编辑 摄影 摄 报道 实习 见习 特约 评论员 本刊 新华社 图片 图文 文图 综合 整理
简讯 快讯 短讯 要闻 时评 短评 社论 评论 图说 图片新闻 提示 声音 关注 观察 聚焦 专题 特稿 论坛 卷首 编后
王国 周年 高新 金融 金昌 张掖 武威 江西 湖北 山东 甘肃 全国 全省 全市 时间 时期 方面 成立 程序
""".split())


# A given name never ends on a particle: 路通了 (a headline's deck over 人气旺了) is no byline.
PARTICLES = frozenset("了着过的吗呢吧啊们")


def data_words(name: str) -> list[str]:
    """The words of one of the package's lists (data/*.txt: words parted by spaces and lines,
    lines opening on # comments), in printed order."""
    text = resources.files("baozhi").joinpath("data", name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    words = data_words("surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


def is_name(s: str) -> bool:
    """A Han name: surname + one or two given characters (compound surname: + one or two)."""
    if not _HAN.match(s) or s in _NOT_NAMES or s[-1] in PARTICLES:
        return False
    single, compound = surnames()
    if len(s) >= 3 and s[:2] in compound and len(s) <= 4:
        return True
    return 2 <= len(s) <= 3 and s[0] in single


def split_names(s: str) -> list[str] | None:
    """Split run-together names (刘伟业郭鑫 -> 刘伟业, 郭鑫) where the gap between them was lost;
    None unless every piece is a name. Longer given names are tried first."""
    if not s:
        return []
    if len(s) > 16:
        return None
    for size in (3, 2, 4):
        head = s[:size]
        if len(head) == size and is_name(head):
            rest = split_names(s[size:])
            if rest is not None:
                return [head] + rest
    return None
