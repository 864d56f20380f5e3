"""Assemble blocks into articles: which headline and byline belong to which body.

Whether headlines stand after their body (as many e-paper dumps have it) or before it is
decided per page from evidence: which neighbour a headline's words overlap, and whether the
page opens on a body or a headline and closes on a headline or a body.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import cjk
from ..model import Article, Line
from . import bylines
from .cues import BRIEFS, COLUMN_TAG, column_tag, deck_line, decks, letter_spaced
from .furniture import is_marker, jump
from .lines import Feat
from .reflow import reflow
from .units import HEAD_RUN, Unit

# A line opening on these hangs under the one above (——subtitle, （bracketed note）): never the
# first deck of a headline, nor a deck that could stand alone.
_DECK_OPENERS = ("——", "（", "(")


def _text(units: list[Unit], feats: list[Feat]) -> str:
    return "".join(feats[i].text for u in units for i in u.lines)


def orientation(units: list[Unit], feats: list[Feat]) -> str:
    """'after' when headlines follow their body, 'before' when they precede it."""
    # (an untitled picture's caption says nothing of where headlines stand; a picture
    # report of a few paragraphs closed by its credit is a story like any other)
    seq = [u for u in units if u.kind in ("body", "head") and not (u.photo and len(u.paras) <= 1)]
    if not any(u.kind == "head" for u in seq):
        return "after"
    score = 0.0
    grams: dict[int, set[str]] = {}

    def body_grams(k: int) -> set[str]:
        if k not in grams:
            grams[k] = cjk.bigrams(_text([seq[k]], feats))
        return grams[k]

    def weight(k: int) -> float:
        """A lone line that fits the column beside it may be a crosshead of that body, not
        a headline (the page cut inside an article ends on one): it counts for little."""
        u = seq[k]
        if len(u.lines) != 1:
            return 1.0
        f = feats[u.lines[0]]
        near = [seq[j] for j in (k - 1, k + 1) if 0 <= j < len(seq) and seq[j].kind == "body"]
        return 0.3 if any(v.width and v.reliable and f.core <= v.width + 1 for v in near) else 1.0

    for k, u in enumerate(seq):
        if u.kind != "head":
            continue
        head = cjk.bigrams(_text([u], feats))
        if not head:
            continue
        if k > 0 and seq[k - 1].kind == "body":
            score += weight(k) * len(head & body_grams(k - 1)) / len(head)
        if k + 1 < len(seq) and seq[k + 1].kind == "body":
            score -= weight(k) * len(head & body_grams(k + 1)) / len(head)
    score += 0.25 if seq[0].kind == "body" else -0.25 * weight(0)
    score += 0.25 * weight(len(seq) - 1) if seq[-1].kind == "head" else -0.25
    return "after" if score >= 0 else "before"


NEAR = 12      # units on each side of a headline whose body text is its page's vocabulary


def _body_text(units: list[Unit], feats: list[Feat], k: int) -> str:
    """The body text around headline unit k (the whole page but on a page of more than NEAR
    stories a side, where a whole page's text would make every headline's test as long as the
    page), gaps and line breaks closed: the page's own vocabulary, to tell a word broken across
    two lines."""
    near = units[max(k - NEAR, 0):k + NEAR + 1]
    return "".join("".join(feats[i].text.split()) for u in near if u.kind == "body" for i in u.lines)


# A line that ends on who presided, spoke or sat in (…汪洋主持, …栗战书主持并讲话, 许其亮张又侠参加审议)
# is the subtitle under a meeting's title: in the corpus's two-line headlines 28 so, none a
# title (a speech's own title, 在…座谈会上的讲话, ends on 的讲话)
_PRESIDED = re.compile(r"(?:出席|主持|(?<!的)讲话|(?<!的)致辞|发言|主持会议|作报告|参加审议)$")
# A kicker that says it (孙春兰强调, 外交部发言人——, …：) stands over its title
_SAYS_END = "——|：|:|强调|表示|指出|要求"
_SAYS = re.compile(f"(?:{_SAYS_END})$")
# A kicker that names who speaks or rules (山东省青岛市市长孟凡利代表, 孙春兰强调) or holds a
# clause (全国春播进度快于往年，早稻播栽全部完成) is a line of its own, however its last
# character meets the title's first in running text.
_KICKER_END = re.compile(f"(?:代表|委员|{_SAYS_END})$")


def _runs_over(t: str, u: str, body: str | None, framed: bool = False) -> bool:
    """A headline line that runs on into the next, one headline broken over two lines
    (`framed`: the printed line t ends on is as long as another line of its run of three or
    more, the width of the frame that broke them):
      - a long line (ten characters or more, no sentence's end) and a last word or two of
        three characters at most under it (牢固树立绿水青山就是金山银山 / 理念), or up to six
        where the pair of characters across the break is one the page's body text uses
        (中共中央致电祝贺越南共产党成 / 立 90 周 年: 成立);
      - a line of six characters or more broken inside a word, as a narrow frame breaks a
        large-type title (习近平同缅甸总 / 统温敏通电话): the next line no longer than it,
        and three characters across the break found in the page's body text (缅甸总统温敏), the
        pair across the break as common there as the line's last two characters, or the four
        across it found twice (慕尼黑安全 / 会议并举行…: 安全会议) and the next line no title in
        two decks (a kicker and its title meet in a phrase of the text at most once on dev
        pages; helper styles that wrap long titles: main_title +0.013 to +0.045).
    A kicker and its title part between two phrases, whose characters do not meet in running
    text: of the corpus's kicker-title and title-subtitle pairs so shaped, 3.7% meet in three
    characters, fewer with kickers that name a speaker or hold a clause set aside; of its
    titles broken in the middle, 56% are found so."""
    a, b = "".join(t.split()), "".join(u.split())
    if b.startswith("——") or cjk.ends_closed(a):
        return False
    if len(a) >= 10 and len(b) <= 3 and not a.endswith("—"):
        return True
    tag = COLUMN_TAG.search(b)
    if tag and column_tag(b) and tag.start() <= 3 and len(a) >= 6 and not a.endswith(("—", "：", ":")) \
            and not column_tag(a):
        return True     # 在家就医，困难群众享 / 便利（一线探民生）: a column's tag after a word or two
        # closes the title they end (of the corpus's 4,085 titles one has three characters
        # or fewer before its tag, 守护（暖相册）, and none of the 18 with four or fewer has a
        # kicker over it)
    if body is None or a.endswith(("——", "：", ":")) or column_tag(a):
        return False
    if len(a) >= 10 and len(b) <= 6 and a[-1] + b[0] in body:
        return True
    # (the word is the one across the break: its two characters meet in the body text at
    # least as often as the line's last two do, 总统 against 甸总, where a kicker ends on a
    # word of its own, 部队 against 队全)
    # (four characters do where another line of the run is as long: a frame of that width
    # broke a long title, 广西启动社 / 会科学普及 / 活动周, as a Founder page sets one in a
    # narrow column)
    return len(a) >= (4 if framed else 6) and len(b) <= len(a) + 1 and not _KICKER_END.search(a) and "，" not in a \
        and (a[-2:] + b[0] in body or a[-1] + b[:2] in body) \
        and (body.count(a[-1] + b[0]) >= body.count(a[-2:])
             or len(b) >= 2 and body.count(a[-2:] + b[:2]) >= 2 and not deck_line(b))


def _headlines_in_columns(units: list[Unit], feats: list[Feat], step: int) -> bool:
    """The page sets its headlines inside their stories' columns, as a copy of a mobile
    e-paper does: of eight headline lines at least, beside a body of a measured column, nine
    in ten are no wider than that column and a quarter fill it (a narrow copy's short last
    lines of wrapped titles fill nothing). A printed page sets its headlines across the
    columns of their stories, wider than one: no dev page laid out from the corpus reads so."""
    fit = full = n = 0
    for k, u in enumerate(units):
        j = k + step
        if u.kind != "head" or not 0 <= j < len(units) or units[j].kind != "body" or not units[j].reliable:
            continue
        w = units[j].width
        for i in u.lines:
            n += 1
            fit += feats[i].core <= w + 0.5
            full += abs(feats[i].core - w) <= 0.5
    return n >= 8 and fit >= 0.9 * n and full >= 0.25 * n


def _fills_frame(t: str, u: str, frame: float | None) -> bool:
    """Headline line t fills the column of the story under it to the cell (`frame`, in
    cells) and runs on into line u: where the headline is set in the story's own column, as a
    copy of a mobile e-paper sets it (秉持“赶考”之心推进伟大工 / 程（…）), a line that
    fills the column is one the column broke. Not a kicker that says who speaks (——, ：)."""
    if frame is None or frame > 16 or u.startswith(_DECK_OPENERS):
        return False
    a = t.strip()
    return abs(cjk.cells(a) - frame) <= 0.5 and not cjk.ends_closed(a) and not a.endswith(("—", "：", ":")) \
        and not column_tag(a) and " " not in a


_LONE_TAG = re.compile(r"[（(][^（()）]{1,24}[)）]")
_DATED = re.compile(r"[0-9０-９〇零一二三四五六七八九十]+年")


def _lone_tag(t: str, u: str) -> bool:
    """Line u is a column's tag alone, （统筹抓好改革发展稳定各项工作）, which a narrow frame
    put under the title it closes (line t). A line all in brackets that dates a document
    (（2020年5月27日政协第十三届全国委员会第三次会议通过）: all 37 of the corpus's bracketed
    kickers and subtitles) is a subtitle of its own."""
    a, b = t.strip(), "".join(u.split())
    return _LONE_TAG.fullmatch(b) is not None and not _DATED.search(b) and bool(a) \
        and not a.startswith(_DECK_OPENERS) and not a.endswith(("—", "：", ":")) and not column_tag(a) \
        and not cjk.ends_closed(a)


def _headline(u: Unit, feats: list[Feat], lines: list[Line], body: str | None = None,
              frame: float | None = None) -> tuple[str, list[str]]:
    """The main title and the other headline lines (kicker, subtitle) in page order.
    Where the source gives type sizes (a PDF) the title is the line in the largest type.
    A text dump has none, so the printed roles decide: a line opening on `——` is a
    subtitle, one ending on `——` a kicker; a line closing on a column tag is the title;
    a line of five characters or fewer under a longer one is a subtitle; otherwise the middle
    one of three (kicker, title, subtitle), else the last line, since a kicker over the title
    is twice as common as a subtitle under it (1,231 to 568 in the corpus of real articles,
    where these rules pick the right line for 91% of multi-line headlines)."""
    # (a web copy's story marker, 【1】 or No.1 on a line of its own, is no headline line; nor
    # is a briefs box's label, 简讯, which reading order may set over the headline beside it:
    # GOLD.md gives the box's items no title where none is printed)
    kept = [i for i in u.lines if not is_marker(feats[i].text)
            and "".join(feats[i].text.split()) not in BRIEFS] or list(u.lines)
    texts = [_unspread(" ".join(feats[i].text.split())) for i in kept]
    sizes = [lines[i].size or 0.0 for i in kept]
    # (the length of the printed line each text ends on, and how many lines have each length)
    ends = [len("".join(t.split())) for t in texts]
    widths = Counter(ends) if len(texts) >= 3 else Counter()
    k = 0
    while k + 1 < len(texts):   # a line that leaves a bracket or quotation open wraps: 每队…（应收尽收 /
        # 刻不容缓）, “抗疫就是打仗， / 阵地决不能丢”; so does a long one whose last word or two
        # run over (_runs_over)
        t, u = texts[k], texts[k + 1]
        if t.count("（") + t.count("(") > t.count("）") + t.count(")") or t.count("“") > t.count("”") \
                or _lone_tag(t, u) or _fills_frame(t, u, frame) \
                or abs(sizes[k] - sizes[k + 1]) <= 0.5 and _runs_over(t, u, body, widths[ends[k]] >= 2):
            # (in a PDF a kicker is set smaller than its title: lines of two sizes never run on)
            texts[k:k + 2] = [t + (u.replace(" ", "") if len(u.replace(" ", "")) <= 3 else u)]
            sizes[k:k + 2] = [max(sizes[k:k + 2])]
            ends[k:k + 2] = [ends[k + 1]]
        else:
            k += 1
    if len(set(sizes)) > 1:
        top = max(sizes)
        # the title in the largest type, all its lines if it wraps (GOLD.md: one headline)
        big = [k for k, z in enumerate(sizes) if z >= top - 0.5]
        if len(big) > 1 and big == list(range(big[0], big[-1] + 1)):
            texts[big[0]:big[-1] + 1] = [_join(texts[big[0]:big[-1] + 1])]
            return texts[big[0]], texts[:big[0]] + texts[big[0] + 1:]
        t = max(range(len(texts)), key=lambda k: (sizes[k], cjk.cells(texts[k]), -k))
        return texts[t], [x for k, x in enumerate(texts) if k != t]
    pair = next((k for k in range(len(texts) - 1) if decks(texts[k], texts[k + 1])), None)
    if pair is None:
        pair = next((k for k in range(len(texts) - 1) if _lead_deck(texts[k], texts[k + 1])), None)
    if pair is not None:
        # 改善一线医务人员工作条件 / 切实关心医务人员身心健康: the two decks of one title
        texts[pair:pair + 2] = [texts[pair] + " " + texts[pair + 1]]
        tagged = [k for k, x in enumerate(texts) if column_tag(x) and k != pair]
        t = tagged[0] if len(tagged) == 1 else pair
    elif (decked := _decks_beside(texts)) is not None:
        # 王晨强调 / 加大全民普法力度 / 积极营造良好法治环境: beside a kicker or a ——subtitle,
        # the two other lines are the title's two decks
        texts[decked:decked + 2] = [texts[decked] + " " + texts[decked + 1]]
        t = decked
    else:
        # (a line all in brackets, （2020年5月18日，北京）, dates or places a speech: never the title)
        rest = [k for k, x in enumerate(texts) if not x.startswith(_DECK_OPENERS) and not x.endswith("——")] \
            or list(range(len(texts)))
        tagged = [k for k in rest if column_tag(texts[k])]
        decked = [k for k in rest if deck_line(texts[k])]
        if len(tagged) == 1:
            t = tagged[0]
        elif len(decked) == 1:
            t = decked[0]   # 优化融资对接机制 提高金融服务质效: two decks on one line, the title
        elif len(rest) == 2 and len(texts[rest[1]]) <= 5 < len(texts[rest[0]]):
            t = rest[0]     # a line of a few characters under another is its subtitle (陈华参加)
        elif len(rest) == 2 and _PRESIDED.search(texts[rest[1]]):
            t = rest[0]     # 全国政协召开双周协商座谈会 / …协商议政 汪洋主持: who presided, a subtitle
        elif len(rest) == 3 and rest == list(range(rest[0], rest[0] + 3)) \
                and all(_short_deck(texts[k]) for k in rest[1:]):
            # 江苏仪征推行镇纪委委员挂钩联系制 / “娘家人”撑腰 / 监督有底气: under a line with no
            # cue, two short ones are the title's two decks (corpus, decks of twelve
            # characters or fewer: 33 kicker-title pairs so, 2 kicker-title-subtitle runs)
            title = texts[rest[1]] + " " + texts[rest[2]]
            return title, [x for k, x in enumerate(texts) if k not in rest[1:]]
        elif len(rest) == 3:
            t = rest[1]
        elif len(rest) >= 4 and rest == list(range(rest[0], rest[-1] + 1)) \
                and not any("。" in texts[k] or texts[k].endswith(("，", "、")) for k in rest):
            # a kicker, a title in decks and a subtitle, each deck a line of a narrow column
            mid = rest[1:-1]
            title = " ".join(texts[k] for k in mid)
            return title, [x for k, x in enumerate(texts) if k not in mid]
        else:
            t = rest[-1]
    return texts[t], [x for k, x in enumerate(texts) if k != t]


_LEAD_DECK = re.compile(r"[\u4e00-\u9fff]{2,3}")
# (words, quoted or not, and figures: 24小时待命, “五一”假期; no bracket, mark or mail address)
_TAGGED_DECK = re.compile(r"[\u4e00-\u9fff“”‘’《》·0-9]*[\u4e00-\u9fff][\u4e00-\u9fff“”‘’《》·0-9]*")


def _lead_deck(a: str, b: str) -> bool:
    """浙江 / 产销对接齐发力（…）, 井冈山 / 翠竹青青产业壮: a word of two or three characters (a
    place, a firm) over a longer line with no gap of its own is the first deck of one title
    broken at its gap, not a kicker. In the corpus 45 titles so shaped against one kicker
    (石家庄 / 上万名小哥无接触送餐); with four characters the kickers come back (山东法院,
    全国妇联: 37 titles, 12 kickers; dev text pages lost 0.004). A kicker that says who
    speaks (…代表, …强调, …：) is no deck, and a title in two decks of its own under the
    word (江苏 / 网格员志愿者 严防控密织网) has its kicker over it."""
    a, b = a.strip(), b.strip()
    rest = COLUMN_TAG.sub("", b).strip()
    if len(rest.split()) != 1 or b.startswith(_DECK_OPENERS) or _SAYS.search(b) or _KICKER_END.search(a):
        return False
    if column_tag(b):
        # 公安民警 / 用忠诚担当守护平安（来自疫情防控一线的报道）: over a title's tagged deck, a
        # line of eight characters or fewer is its first deck (corpus: 389 titles so, 12
        # kickers; from nine characters on the kickers: 167 to 5)
        return len(a) <= 8 and _TAGGED_DECK.fullmatch(a) is not None
    return _LEAD_DECK.fullmatch(a) is not None and len(rest) >= len(a) + 2


def _short_deck(text: str) -> bool:
    """A line that may be one deck of a title: twelve characters at most, no gap, no comma or
    sentence's end."""
    t = text.strip()
    return 2 <= len(t) <= 12 and len(t.split()) == 1 and not cjk.ends_closed(t) and not cjk.ends_on_clause(t)


def _decks_beside(texts: list[str]) -> int | None:
    """Where three headline lines hold a kicker that says so (…强调, …——) over two plain
    lines, or two plain short lines over a ——subtitle, the two plain lines are one title in
    two decks: the index of the first of them, else None. On the corpus's headlines with the
    title broken at its gap, this reads 66 more of them right and 10 kicker-title-subtitle
    runs wrong."""
    if len(texts) != 3:
        return None
    a, b, c = (x.strip() for x in texts)

    def plain(x: str) -> bool:
        return not x.startswith(_DECK_OPENERS) and not _SAYS.search(x) and not column_tag(x)
    if _SAYS.search(a) and plain(b) and not c.startswith(_DECK_OPENERS) and not _SAYS.search(c):
        return 1
    if c.startswith("——") and plain(a) and plain(b) and len(a) <= 12 and len(b) <= 12:
        return 0
    return None


def _unspread(text: str) -> str:
    """凝 心 聚 力 战 疫 情: a headline letter-spaced (an extraction of large type often gives
    one a space between every two characters) is its characters; a gap between words stays."""
    return text.replace(" ", "") if letter_spaced(text) else text


def _join(parts: list[str]) -> str:
    out = parts[0]
    for x in parts[1:]:
        out += (" " if out[-1:].isascii() and x[:1].isascii() and out[-1:].isalnum() else "") + x
    return out


LONG_HEADLINE = 12  # lines of a headline wrapped in a narrow column, at most


def _long_headlines(units: list[Unit]) -> list[Unit]:
    """A headline run the walker cut at HEAD_RUN lines, and the run after it, are one headline
    where a narrow column wraps a kicker, a title in three decks and a subtitle over a dozen
    lines (人民日报 2020-05-01, page 1, copied from a mobile e-paper: 习近平给郑州圆方集团职工 /
    回信勉励广大劳动群众 / 弘扬劳动精神 / 克服艰难险阻 / 在平凡岗位上续写不平凡的 / 故事 / …):
    otherwise the first run stands over no body and is lost to `unassigned`."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if u.kind == "head" and prev is not None and prev.kind == "head" and len(prev.lines) >= HEAD_RUN \
                and len(prev.lines) + len(u.lines) <= LONG_HEADLINE:
            out[-1] = Unit("head", prev.lines + u.lines)
        else:
            out.append(u)
    return out


def assemble(units: list[Unit], feats: list[Feat], lines: list[Line]) -> tuple[list[Article], list[dict]]:
    # A PDF's reader puts every headline before the columns it stands over or beside.
    pdf = bool(lines) and lines[0].bbox is not None
    if not pdf:
        units = _long_headlines(units)
    orient = "before" if pdf else orientation(units, feats)
    arts: dict[int, Article] = {}
    order: list[int] = []
    for k, u in enumerate(units):
        if u.kind != "body":
            continue
        body = reflow([[feats[i].text for i in p] for p in u.paras], dateline=u.dateline, photo=u.photo,
                      credit=u.credit)
        a = Article(kind="photo" if u.photo else "article", paragraphs=body.paragraphs,
                    dateline=body.dateline, authors=body.authors,
                    continued_to=body.continued_to, continued_from=body.continued_from,
                    lines=[lines[i].index for i in u.lines])
        arts[k] = a
        order.append(k)

    def target(k: int, step: int) -> int | None:
        """The body headline k stands over: the next untitled body on its side. A picture
        between the two is inside that article; a headline with only a picture on its side
        (the next headline or the page's end beyond) is the picture's own (防控疫情 雪中坚守)."""
        j = k + step
        photo = None
        while 0 <= j < len(units):
            v = units[j]
            if v.kind == "head":
                return photo
            if v.kind == "body" and not v.photo:
                return j if arts[j].title is None else photo
            if v.kind == "body" and photo is None and arts[j].title is None:
                photo = j
            j += step
        return photo

    used: set[int] = set()
    step = -1 if orient == "after" else 1
    whole: str | None = None
    framed = not pdf and _headlines_in_columns(units, feats, step)
    for k, u in enumerate(units):
        if u.kind != "head":
            continue
        t = target(k, step)
        if t is None:
            continue
        a = arts[t]
        if len(u.lines) > 1 and (whole is None or len(units) > 2 * NEAR + 1):
            whole = _body_text(units, feats, k)     # (once a page, but on a page of many stories)
        a.title, a.subtitles = _headline(u, feats, lines, whole,
                                         units[t].width if framed and units[t].reliable else None)
        a.lines += [lines[i].index for i in u.lines]
        used.add(k)
        if units[t].photo and not pdf:
            _headlined_picture_report(a, units[t], feats)
        if k + 1 < len(units) and units[k + 1].kind == "byline":
            _add_byline(a, units[k + 1], lines)
            used.add(k + 1)
    for k, u in enumerate(units):
        if k in used:
            continue
        if u.kind == "byline":
            # A byline with no headline above it stands where the headline would: after its
            # body on an 'after' page, before it on a 'before' page.
            near = (k - 1, k + 1) if orient == "after" else (k + 1, k - 1)
            t = next((j for j in near if 0 <= j < len(units) and units[j].kind == "body"
                      and not units[j].photo), None)
            if t is not None:
                _add_byline(arts[t], u, lines)
                used.add(k)
        elif u.kind == "jump":
            # A lone jump line closes the body before it or opens the body after it.
            d = jump(feats[u.lines[0]].text)
            j = k - 1 if d and d[0] == "to" else k + 1
            if d and 0 <= j < len(units) and units[j].kind == "body":
                setattr(arts[j], "continued_to" if d[0] == "to" else "continued_from", d[1])
                arts[j].lines.append(lines[u.lines[0]].index)
                used.add(k)
    by_index = {ln.index: ln for ln in lines}
    articles = []
    for n, k in enumerate(order, 1):
        a = arts[k]
        a.id = f"a{n}"
        a.lines.sort()
        boxes = [by_index[i] for i in a.lines if by_index[i].bbox is not None]
        if boxes:
            a.box = (boxes[0].page, (min(b.bbox[0] for b in boxes), min(b.bbox[1] for b in boxes),
                                     max(b.bbox[2] for b in boxes), max(b.bbox[3] for b in boxes)))
        articles.append(a)
    unassigned = []
    for k, u in enumerate(units):
        if u.kind != "body" and k not in used:
            role = {"head": "headline"}.get(u.kind, u.kind)
            unassigned += [{"line": lines[i].index, "text": feats[i].text, "role": role} for i in u.lines]
    return articles, unassigned


def _headlined_picture_report(a: Article, u: Unit, feats: list[Feat]) -> None:
    """A caption closed by a photographer's credit, under a headline of its own, in a text
    dump (no picture to see): a picture report, read as an article whose last line, the
    credit, is a paragraph as printed (团体追逐（动感2020） … 新华社记者  李  颖摄; all 64 such
    items of the corpus of real articles are so). An untitled caption stays a photo."""
    paras = [list(p) for p in u.paras]
    last = paras[-1]
    for n in range(1, len(last)):
        got = bylines.credit("".join(feats[i].text for i in last[n:]))
        if got is not None and got[0] == 0:     # the credit on lines of its own
            paras[-1:] = [last[:n], last[n:]]
            break
    body = reflow([[feats[i].text for i in p] for p in paras], dateline=u.dateline, photo=False, credit=u.credit)
    a.kind, a.paragraphs = "article", body.paragraphs
    a.authors += [n for n in body.authors if n not in a.authors]


def _add_byline(a: Article, u: Unit, lines: list[Line]) -> None:
    a.authors += [n for n in u.names if n not in a.authors]
    a.lines += [lines[i].index for i in u.lines]
