"""What the words of a line say about its part in a story, whatever its shape: a column's tag
closing a headline, the two decks of a title, a heading that stands over an item of its own,
a box label, a note set under a story. Shared by the line walker (blocks.py), the crosshead
stage (crossheads.py) and the headline roles (assemble.py)."""
from __future__ import annotations

import re

from . import bylines

# Labels of a box set at the head of a story's body (GOLD.md: paragraphs of the article).
BOX_LABELS = frozenset("""核心阅读 编者按 编者的话 阅读提示 内容提要 摘要 导读 记者手记 采访手记 记者观察 短评 链接
相关链接 背景链接 延伸阅读 数据 新闻背景 小贴士 图片说明 开栏的话 引子""".split())

# The heading of a box of briefs: under it each brief that opens on its own dateline is an
# item of its own (issue 10's 简讯 box), where elsewhere a second dateline with no headline
# over it goes on with the story above.
BRIEFS = frozenset("简讯 快讯 短讯 简报 新闻简讯 本地简讯 要闻简报 新闻速递 资讯速递 速递 资讯 一句话新闻".split())

# A picture's credit set under its caption: the agency alone, or the photographer with it
# (仲崇亮摄（影像中国）, 新华社发), or who supplied it (肯尼亚中华总商会供图: in the corpus 9
# such lines, every one a paragraph, closing a caption). A picture report ends on it.
PICTURE_NOTE = re.compile(r"^(?:人民视觉|影像中国|视觉中国|人民图片|新华社发|资料照片)$"
                          r"|^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,12}?(?:供图|摄|摄影)?"
                          rf"[（(]{bylines.AGENCIES}[）)]$"
                          r"|^(?:新华社|中新社)发$"
                          r"|^[\u4e00-\u9fff][\u4e00-\u9fff·（）()、 \u3000]{1,24}供图$")

# Who drew a story's chart or designed its page, where its data came from: 制图：郭 祥
CREDIT_NOTE = re.compile(r"^(?:本版|本期)?(?:制图|版式设计|图片来源|数据来源|资料来源)[：:]")
# ...of which the design and chart credits end their story: in the corpus 版式设计 is a story's
# last paragraph 126 times in 130 (the others under it are notes too), 制图 50 in 51
END_NOTE = re.compile(r"^(?:本版)?(?:制图|版式设计)[：:]")

# A note set under a story: who drew its chart or sent its picture, where to write. It has
# no closing punctuation, so the line walker alone would read it as a headline.
TAIL_NOTE = re.compile(r"^(?:本版|本期)?(?:制图|版式设计|图片来源|数据来源|资料来源|投稿邮箱|栏目投稿邮箱|电子信箱|电子邮箱|统筹|策划)[：:\s]"
                        r"|^——(?:编[ \u3000]*者|[\u4e00-\u9fff][ \u3000]*[\u4e00-\u9fff]{1,3})$"     # ——编  者, ——习近平
                        r"|^——[\u4e00-\u9fff·]{2,12}[（(][^（）()\d]{2,40}[）)]$"    # ——杨洋委员（云南省卫健委主任）
                        r"|^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,6}图[ \u3000]+[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,6}文$"
                        r"|" + PICTURE_NOTE.pattern)

# A caption of one picture in a numbered series (图②：…, 下图：…): the series runs on past
# the credit of the picture before it.
SERIES_CAPTION = re.compile(r"^[ \u3000]*(?:图[ \u3000]*[①-⑳0-9一二三四五六七八九十]+|[上下左右中底]图)[ \u3000]*[：:]")


# A column's tag closing a headline: 把落实工作抓实抓细（人民论坛）, 让新三板“活”起来(财经眼).
COLUMN_TAG = re.compile(r"(?<=[^（(])[（(](?P<tag>[^（()）]{1,24})[)）]$")


def column_tag(text: str) -> bool:
    """The line ends on a column's tag, which only a headline carries (38% of the corpus's
    titles, almost no crosshead). Not a box's label (…（链接）, …（延伸阅读）), a picture
    agency after a photo credit (…摄（人民视觉）) nor a writer's signature (铁  凝（中国作协主席）)."""
    m = COLUMN_TAG.search(text.strip())
    return bool(m) and m.group("tag") not in BOX_LABELS | _BOX_TAGS and bylines.credit(text[:m.start()]) is None \
        and bylines.signature(text) is None \
        and not text[:m.start()].rstrip().endswith(("供图", "发", "制图"))


# A numbered heading (一、… （二）… 3.… ①…, 第一，…) or one led by a bullet (●可佩戴不露手指的手套):
# a section of a story, never its headline (the corpus: 354 short numbered paragraphs, no
# numbered title, kicker or subtitle; 154 short paragraphs led by a bullet, against 3 kickers,
# 1 subtitle and no title).
NUMBERED = re.compile(r"^[ \u3000]*(?:[●■◆▲★◇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)"
                      r"|[①-⑳]|第[一二三四五六七八九十]+[，、是]|第[一二三四五六七八九十百零〇\d]+[条章节](?![^ \u3000]))")

# Headings that stand over an item of their own, never inside a story.
ITEM_HEADS = frozenset({"图片报道", "图片新闻", "新闻图片", "摄影报道"})
_BOX_TAGS = frozenset({"编后", "编后语", "延伸阅读", "链接", "相关链接", "背景", "资料"})


_RUNNING = re.compile(r"[，,；;。]")


def decks(a: str, b: str) -> bool:
    """Two lines of one title set deck over deck (优化融资对接机制 / 提高金融服务质效): of even
    length, eight characters at most, no gap inside either, neither a kicker's nor a
    subtitle's dash. In the corpus 591 two-deck titles are so, and 4 kicker-title or
    title-subtitle pairs (those run to 10-12 characters)."""
    if a.startswith("——") or a.endswith(("——", "：", ":")) or b.startswith("——") or column_tag(a) \
            or NUMBERED.match(a):
        return False    # (第十一条  检举控告…: an article of a rule opens on its number)
    b = COLUMN_TAG.sub("", b)
    # (no deck holds a comma or a stop, 1 of the corpus's 332: a line of running text that
    # justification or an OCR parts in two halves, 中国商务部数据 显示,今年一季, does)
    return " " not in a.strip() and " " not in b.strip() and len(a.strip()) == len(b.strip()) \
        and 2 <= len(a.strip()) <= 8 and not _RUNNING.search(a + b)


def deck_line(text: str) -> bool:
    """Two decks of a title printed on one line, a gap between them: 591 of the corpus's titles
    are so (decks of eight characters at most), against a few dozen kickers and subtitles."""
    parts = text.split()
    return len(parts) == 2 and decks(*parts)


def letter_spaced(text: str) -> bool:
    """凝 心 聚 力 战 疫 情: a space between every two characters (a column's tag set apart), as
    an extraction of large type gives a headline, or justification a short full line."""
    # (a tag spread as its title is, 携 手 前 行 （ 大 使 随 笔 ）, leaves a gap at the end)
    parts = COLUMN_TAG.sub("", " ".join(text.split())).strip().split(" ")
    return len(parts) >= 3 and all(len(x) == 1 for x in parts)
