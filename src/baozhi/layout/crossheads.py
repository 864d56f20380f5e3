"""Crossheads back to their story: a short line between two bodies that the line walker left
as a headline candidate (blocks.py), when it is one (GOLD.md: a paragraph of the article)."""
from __future__ import annotations

import re
from collections import Counter

from .. import cjk
from .cohesion import SAME_STORY, SAME_STORY_FLAT, WINDOW, Cohesion
from .columns import FULL_TOL, tolerance
from .cues import BOX_LABELS, BRIEFS, ITEM_HEADS, NUMBERED, SERIES_CAPTION, TAIL_NOTE, column_tag, deck_line, decks, letter_spaced
from .lines import Feat
from .units import Unit


def absorb_crossheads(units: list[Unit], feats: list[Feat], sized: bool = False, *, kept: bool,
                      flat: bool) -> list[Unit]:
    """Give crossheads back to their article. A short line between paragraphs (小标题 such as
    `一、…` or `协调生产`, a box label such as `核心阅读`, an attribution `——习近平`) reads as a
    headline to the line walker, since it ends without closing punctuation; GOLD.md makes it a
    paragraph of the article around it. A headline run between two bodies is one when:
      - in a PDF (`sized`), none of its lines is set in headline type;
      - in a text dump, both bodies are set to one column width, each of its lines fits that
        column as a body line does, and none ends on a column's tag (`column_tag`). Two or
        three short lines count too (反应迅速 / 音乐、曲艺类作品为主力): between two bodies of
        one width they were a crosshead pair more often than a kicker over a title (dev
        pages: 38 right for 4 wrong);
    and neither the body after it opens on a dateline nor the body before it closes on a
    foot credit (both mark where one story ends and the next begins), nor, in a dump, do the
    words change across it (cohesion.py). A byline between two bodies is taken in the same
    way (a section's signature in a composite article), and so is a crosshead with its writer's
    name under it; two bodies in one column with nothing between are one story unless their
    words change or a credit parts them (but a section's credit before a body that opens on a
    crosshead, or a box under the story, does not). A box label's body (核心阅读) joins the
    body after it. Some cues outweigh the words and the widths: a numbered heading is a
    crosshead (NUMBERED), and so are headings set in parallel (`_shape`); a title over its
    ——subtitle, a line letter-spaced short of the column, and a line flush with the column's
    edge where the dump indents its paragraphs are headlines (`_crosshead`); a picture's credit
    ends a story (Unit.ended) unless a numbered series of captions runs on, and the design or
    chart credit ends one outright (Unit.final). Two bodies of two column widths are one story
    where its words run on across the change (_runs_on). On a page of unwrapped text (a
    paragraph a line) there is no column to compare: the words decide, with their own floor.

    `units` are the walker's blocks in flow order, `feats` their lines' features (line
    indices in the units point into it); `kept` and `flat` say, as the line walker read the
    page, whether a text dump keeps its paragraph indents (lines.keeps_indents) and whether
    it sets a paragraph a line (lines.unwrapped). The blocks merged here are changed in place
    and the returned list holds what is left, in order."""
    tol = max(tolerance(feats), FULL_TOL)
    # Where the dump keeps paragraph indents and sets some heading between two bodies with
    # one, crossheads keep theirs and a flush line is a headline (_crosshead). A page that
    # indents no heading at all may set its crossheads flush (a PDF's bold centred lines come
    # out so), or have none: there a flush run between two bodies is a crosshead only where
    # the words plainly run on across it and it is no title in two decks (dev text pages
    # +0.001 to +0.005 but t7b, t9b -0.002; a helper's style of flush crossheads 0.52 -> 0.68,
    # its char-wrapped style 0.870 -> 0.880).
    indents = kept and any(
        u.kind == "head" and 0 < k < len(units) - 1 and units[k - 1].kind == "body" and units[k + 1].kind == "body"
        and any(feats[i].indent > 0 for i in u.lines) for k, u in enumerate(units))
    doubt = kept and not indents
    # (a page that sets its headlines in from the column's edge: a heading so set between
    # two bodies is a headline too)
    centres = set() if sized or kept else _headline_centres(units, feats)
    blocked = not sized and _gaps_part_blocks(units, feats)
    # (on a page of whole paragraphs, one a line, there is no column: its words alone tell a
    # crosshead from a headline)
    story = None if sized else Cohesion(feats, [u.paras for u in units if u.kind == "body"],
                                        SAME_STORY_FLAT if flat else SAME_STORY)
    # (a heading between two bodies, or with its writer's byline under it: 陈静瑜代表—— /
    # 立足本职 / 建言医卫 / 本报记者 姚雪青)
    shapes = Counter() if sized else Counter(
        _shape(u, feats) for k, u in enumerate(units)
        if u.kind == "head" and 0 < k < len(units) - 1 and units[k - 1].kind == "body"
        and (units[k + 1].kind == "body" or units[k + 1].kind == "byline" and k + 2 < len(units)
             and units[k + 2].kind == "body"))
    out: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        prev = out[-1] if out else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        if u.kind == "body" and u.label and nxt is not None and nxt.kind == "body" and not nxt.dateline:
            _take(u, nxt)
            u.width, u.reliable, u.label = nxt.width, nxt.reliable, False
            units[k + 1] = u
            k += 1
            continue
        series = u.kind == "body" and SERIES_CAPTION.match(feats[u.lines[0]].text)
        if (u.kind == "body" and prev is not None and prev.kind == "body"
                and not (u.dateline and (_under_briefs(out, feats) or not _dispatch(u, feats)))
                and (series or not (prev.photo or prev.ended or u.photo)) and not prev.final
                and (prev.credit is None or _section_opening(u, feats) or _box(u, feats))
                and ((flat or _one_column(prev, u, tol, feats)) and (story is None or not story.two_stories(prev.lines, u.lines))
                     or sized and _heading_tail(prev, feats)
                     or story is not None and _runs_on(prev, u, feats, story)
                     or blocked and not feats[u.lines[0]].gap)):
            # Two bodies in one column with nothing between that tell one story (cohesion.py):
            # one story the walker broke, at a line of dialogue, a verse, a box (图片说明：). A
            # new story would open on a headline, follow a foot credit or a picture's credit,
            # or change its words; a new column width may start one whose headline was read as
            # its first line (the sample page's second story). Not a dateline: no untitled
            # article of the corpus's 4,085 opens on one, and 78 hold a second one inside (a
            # second source's report, 据新华社长沙5月11日电, under the first; dev PDF pages
            # +0.003 to +0.011, text +0.001 to +0.004).
            if prev.credit is not None:
                # A section's credit inside a composite article: a paragraph as printed.
                inside = {i for p in prev.paras for i in p}
                prev.paras.append([i for i in prev.lines if i not in inside])
            prev.dateline = prev.dateline or u.dateline     # (under a summary: reflow finds it)
            _take(prev, u)
            k += 1
            continue
        # A byline between two bodies, with no headline over the second (in body type in a PDF;
        # in one column and one story in a dump), signs a section of one composite article
        # (本报记者  任飞帆 under each speaker's words); so does a crosshead with its writer's
        # name under it (经济长期向好不会变 / 杨伟民: dev pages, 61 such pairs between two
        # bodies, none of them a new story's headline and byline).
        sign = None
        if not sized and u.kind == "head" and nxt is not None and nxt.kind == "head" and k + 2 < len(units) \
                and units[k + 2].kind in ("body", "byline") and len(u.lines) + len(nxt.lines) <= 4:
            # two runs of short lines parted by a blank line (协调生产 / 一家口罩厂里的新面孔): one
            # candidate, read as a crosshead pair or a headline as any run is
            u = Unit("head", u.lines + nxt.lines)
            units[k + 1] = u
            k += 1
            nxt = units[k + 1]
        if u.kind == "head" and nxt is not None and nxt.kind == "byline" and k + 2 < len(units) \
                and units[k + 2].kind == "body":
            sign, nxt = nxt, units[k + 2]
        numbered = not sized and u.kind == "head" and NUMBERED.match(feats[u.lines[0]].text) is not None
        if (u.kind in ("head", "byline") and prev is not None and nxt is not None
                and prev.kind == "body"
                and nxt.kind == "body" and not (prev.photo or prev.ended or prev.final or nxt.photo or nxt.ended) \
                and not (nxt.dateline and not (kept and _decks_of_summary(prev, u, nxt, feats)))
                and not _summary(nxt, feats)
                and prev.credit is None
                and not (blocked and (feats[u.lines[0]].gap or feats[nxt.lines[0]].gap))
                and (numbered and len(u.lines) <= 4
                     or blocked and len(u.lines) <= 4 and not any(feats[i].gap for i in u.lines[1:])
                     or not _centred_as(u, prev, nxt, centres, feats)
                     and _crosshead(u, prev, nxt, feats, sized, tol, indents, flat)
                     and (story is None or _parallel(_shape(u, feats), shapes)
                          or not (_kicker_over_decks(u, feats) or story.two_stories(prev.lines, _ahead(units, k + 1))))
                     and not (doubt and not _set_in(u, feats) and (_decked(u, feats)
                                                                    or not _runs_across(prev, units, k, story))))):
            prev.paras += _heading_paras(u.lines, prev.width or 0.0, feats, tol)
            prev.lines += u.lines
            if sign is not None:
                prev.paras.append(list(sign.lines))
                prev.lines += sign.lines
            _take(prev, nxt)
            k += 3 if sign is not None else 2
            continue
        out.append(u)
        k += 1
    return out


def _summary(u: Unit, feats: list[Feat]) -> bool:
    """The body opens on a summary's bullet (■ 要在党中央集中统一领导下，…, twenty-five
    characters or more): in the corpus 15 such bullets open a story or follow its box label
    (核心阅读), none is inside one, so the heading over it is no crosshead."""
    text = _packed(u.paras[0] if u.paras else u.lines[:1], feats)
    return text.startswith("■") and len(text) >= 25


def _decks_of_summary(u: Unit, head: Unit, nxt: Unit, feats: list[Feat]) -> bool:
    """The body `u` holds only short paragraphs that end no sentence, each set in by the
    paragraph indent of the body `nxt` (as is the heading between): the summary lines under a
    title (将继续坚持党政主要负责人直 / 接指挥疫情防控的工作机制, then 推进复工复产复市复学常态化 /
    精准管理), which a dump keeping indents sets as paragraphs. The heading is the next of them,
    not a headline over the dateline under it: a story ends on a sentence's end or a credit.
    (A headline centred by a deeper indent is no summary line: 李克强主持召开… set in four
    spaces over a body set in two.)"""
    indent = feats[nxt.lines[0]].indent
    if indent <= 0 or abs(feats[head.lines[0]].indent - indent) > 0.25:
        return False
    return bool(u.paras) and len(u.lines) <= 6 and all(
        len(p) <= 2 and abs(feats[p[0]].indent - indent) <= 0.25 and not cjk.ends_closed(feats[p[-1]].text)
        for p in u.paras)


def _decked(u: Unit, feats: list[Feat]) -> bool:
    """The run holds a title in two decks (塑造品牌格局 / 锤炼百年企业, or on one line with a
    gap): a headline's shape 591 times in the corpus, a crosshead pair's 103."""
    texts = [feats[i].text.strip() for i in u.lines]
    return any(decks(a, b) for a, b in zip(texts, texts[1:])) or any(deck_line(t) for t in texts)


def _set_in(u: Unit, feats: list[Feat]) -> bool:
    """Some line of the run is indented or centred."""
    return any(feats[i].indent > 0 or feats[i].centred for i in u.lines)


def _gaps_part_blocks(units: list[Unit], feats: list[Feat]) -> bool:
    """The dump parts its blocks by blank lines, and only its blocks: a blank line opens
    two of the walker's units at least, or only the page's first headline and the body under
    it (a one-story page: a story after it would have its headline set apart too), and none
    stands inside a body (a headline run and the body under it each a block, as some exports
    set them). Such a page sets a blank line
    over every headline, so a heading between two bodies with none over it or under it is
    a crosshead, whatever its words and whatever column the text goes on in, and a body with
    none over it goes on with the body before; a heading with a blank line over it or under
    it is a headline, however its words run on (an export that sets a paragraph a line and a
    blank line only between its stories; a narrow copy that leaves one under each headline).
    On the styles helper sessions wrote (bench/unseen_styles.py), seg_f1 before these rules
    -> with them: justified with columns changing inside a story 0.706 -> 0.851,
    pdftotext-like 0.677 -> 0.779, letter-spaced 0.906 -> 0.932, word-processor export
    0.738 -> 0.878. The pages tests/realistic.py lays out leave no such blank lines (they
    are unchanged). Asking for three blocks so opened, not two or the first story's alone,
    missed every one-story page of those styles (the composite features whose sections have
    crossheads of their own) and pages of two or three stories: seg_f1 justified 0.857 ->
    0.907, pdftotext-like 0.787 -> 0.854, wide CRLF 0.870 -> 0.920, web copy 0.839 -> 0.889,
    two-space indents 0.904 -> 0.954; an OCR-like dump that leaves blank lines at random
    loses 0.010 main_title."""
    starts = [k for k, u in enumerate(units) if feats[u.lines[0]].gap]
    if not starts or len(starts) < 2 and not set(starts) <= {0, 1} \
            or any(feats[i].gap for u in units if u.kind == "body" for i in u.lines[1:]):
        return False
    # ...and over every headline: each heading that surely opens a story (after a story's
    # foot credit or a picture's, one ending on a column's tag, or the page's first where
    # something stands above it) has a blank line over it or over a line of the headline
    # run it ends (a kicker's); an OCR-like dump leaves one here and there only.
    def gap_over(k: int) -> bool:     # (the page's first line has nothing to be parted from)
        while not feats[units[k].lines[0]].gap and units[k].lines[0] > 0:
            if k == 0 or units[k - 1].kind not in ("head", "byline"):
                return False
            k -= 1
        return True
    sure = [k for k, u in enumerate(units) if u.kind == "head" and (
        k == 0 or any(column_tag(feats[i].text) for i in u.lines)
        or k > 0 and units[k - 1].kind == "body"
        and (units[k - 1].credit is not None or units[k - 1].photo or units[k - 1].final))]
    return all(gap_over(k) for k in sure)


def _centre(f: Feat) -> float | None:
    """Where a line set in from the column's edge has its middle, in cells from the edge."""
    lead = f.offset if f.centred else f.indent
    return lead + f.cells / 2 if lead > 0 else None


def _headline_centres(units: list[Unit], feats: list[Feat]) -> set[float]:
    """The middles of the page's sure headlines where it sets them in from the column's edge
    (centred, or by a few spaces that read as an indent) on a dump that does not indent its
    paragraphs: every heading that is surely a headline (the first unit of the flow, or the
    last: no body around it to be a section of) is set in, and one at least is centred.
    Otherwise none."""
    sure = [u for k, u in enumerate(units) if u.kind == "head" and k in (0, len(units) - 1)]
    if not sure or not all(_set_in(u, feats) for u in sure) \
            or not any(feats[i].centred for u in sure for i in u.lines):
        return set()
    return {c for u in sure for i in u.lines if (c := _centre(feats[i])) is not None}


def _centred_as(u: Unit, prev: Unit, nxt: Unit, centres: set[float], feats: list[Feat]) -> bool:
    """The heading between bodies prev and nxt is set in as the page's sure headlines are
    (`centres` their middles), so a headline too. On the dev text pages whose sure headlines
    are centred, 691 of 691 centred headings between two bodies were headlines (11 of them
    had been taken for crossheads), and on a helper's style of blank-line paragraphs, whose
    crossheads stand flush, seg_f1 went 0.730 -> 0.828. But a heading centred in its own
    column (each line's middle within a cell and a half of the column's) where the sure headlines
    are centred over some other measure (a story of several columns) may be a crosshead so
    set, as pdftotext's layout mode gives them (19 of 19 on a helper's styles): that one is
    left to the other tests."""
    mids = [c for i in u.lines if (c := _centre(feats[i])) is not None]
    if not mids or not centres:
        return False
    middle = max(prev.width or 0.0, nxt.width or 0.0) / 2
    if not all(abs(c - middle) <= 1.5 for c in mids):
        return True
    return any(abs(c - middle) <= 1.5 for c in centres)


def _runs_across(prev: Unit, units: list[Unit], k: int, story: Cohesion | None) -> bool:
    """The words run on from the body before headline candidate k into the text after it as
    within one story (cosine RUNS_ON or more), not merely fail to change."""
    c = story.between(prev.lines, _ahead(units, k + 1)) if story is not None else None
    return c is not None and c >= RUNS_ON


def _heading_paras(lines: list[int], w: float, feats: list[Feat], tol: float) -> list[list[int]]:
    """The paragraphs of a crosshead run given back to its story (`w` the column in cells): a
    line of its own each, but a line that runs on from a full open line above it (a crosshead
    wrapped over two lines) joins that one."""
    paras: list[list[int]] = []
    for i in lines:
        last = feats[paras[-1][-1]] if paras else None
        if last is not None and not last.closed and last.cells >= w - 2 - tol and feats[i].indent == 0:
            paras[-1].append(i)
        else:
            paras.append([i])
    return paras


# Cosine (cohesion.py) from which a story read on in a column of another width is the same
# story. Adjacent bodies of two widths, the first ending a paragraph, at 0.05 or more: 13 of
# 14 one story on dev text pages, 32 of 32 on pages of a style never tuned on; at 0.03 two
# written-article pages of one town's news joined an untitled item to the next story, and
# the bundled sample page (金昌日报) two stories at 0.059: hence also the test against the
# page's other bodies in _runs_on (seg_f1 on the re-wrapped style 0.619 -> 0.692).
RUNS_ON = 0.05


def _runs_on(a: Unit, b: Unit, feats: list[Feat], story: Cohesion) -> bool:
    """Body b goes on with body a in a column of another width (a story set around a
    picture, or read on from a wide column into a narrow one): a ends a paragraph, and the
    words run on across the change, more than they do from any other body of the page (a
    local paper's stories share their town's words: a new story would open on a headline)."""
    # (a body opening on a dateline in a column of another width is a story of its own)
    c = story.between(a.lines, b.lines) if feats[a.lines[-1]].closed and not b.dateline else None
    if c is None or c < RUNS_ON:
        return False
    mine = set(a.lines) | set(b.lines)
    for paras in story.near(b.lines[0]):
        other = [i for p in paras for i in p]
        if other and mine.isdisjoint(other) and (story.between(other, b.lines) or 0.0) >= c:
            return False
    return True


SHORT_BODY = 6     # lines: a body this short may show no line as wide as its column


def _one_column(a: Unit, b: Unit, tol: float, feats: list[Feat]) -> bool:
    """Two bodies set to one column width, as far as their lines show. A short body of short
    paragraphs (dialogue, a list) may hold only first lines, each short by the indent a dump
    drops: its width reads two cells less than the column's (dev pages: of 58 adjacent bodies
    so measured, 57 were one story). A body too short to show its column at all (one closing
    paragraph: 会议还研究了其他事项。) is in any column its lines fit."""
    if a.width is None or b.width is None or abs(a.width - b.width) <= tol:
        return True
    short, other = (a, b) if len(a.lines) < len(b.lines) else (b, a)
    if len(short.lines) > SHORT_BODY:
        return False
    fits = other.reliable and all(feats[i].core <= other.width + tol for i in short.lines)
    verse = [i for i in short.lines if not TAIL_NOTE.search(feats[i].text)]    # (its credit aside)
    if fits and len(verse) >= 2 and all(feats[i].text[-1:] in _VERSE_ENDS for i in verse):
        return True     # a verse (这正是： / 刺绣好技艺， / 传承又创收。): every line stops on a mark
    if not short.reliable and other.reliable:
        return fits
    return abs(other.width - short.width - 2) <= tol


_DISPATCH = re.compile(r"^[^，。：:]{2,24}?(电|讯)")


def _dispatch(u: Unit, feats: list[Feat]) -> bool:
    """The body opens on a dispatch's dateline (本报北京5月19日电, 据新华社长沙5月11日电), which
    a story may hold inside it as a second source's report (118 in the corpus, against 4 that
    open on 本报讯); a local paper's 本报讯 with no headline over it opens an untitled item of
    its own (the sample page's first story)."""
    m = _DISPATCH.match(_packed(u.lines[:2], feats))
    return m is not None and m.group(1) == "电"


def _under_briefs(out: list[Unit], feats: list[Feat]) -> bool:
    """The body last taken stands under a briefs box's heading (简讯), with other bodies only
    between: its items open on their own datelines."""
    for u in reversed(out):
        if u.kind == "head":
            return _packed(u.lines, feats) in BRIEFS
    return False


def _packed(lines: list[int], feats: list[Feat]) -> str:
    """The text of these lines run together, justification's gaps closed."""
    return "".join("".join(feats[i].text.split()) for i in lines)


def _heading_tail(body: Unit, feats: list[Feat]) -> bool:
    """The body ends on a heading: its last paragraph a line or two with no closing mark, short,
    after paragraphs of text (a crosshead, 银联网络交易金额逾1.5万亿元, or a box's title,
    文旅部推出在线公共文化和旅游服务（链接）). No story ends so: the untitled body after it is
    that heading's section, whatever column it is set in."""
    if len(body.paras) < 2 or body.credit is not None:
        return False
    last = body.paras[-1]
    return 0 < len(last) <= 2 and not feats[last[-1]].closed and sum(len(feats[i].text) for i in last) <= 30 \
        and feats[body.paras[-2][-1]].closed


_VERSE_ENDS = frozenset("，。：；！？、”")


def _section_opening(u: Unit, feats: list[Feat]) -> bool:
    """A body with no headline over it that opens on a short line with no closing mark (in
    body type, in a PDF): a crosshead, so the body is the next section of the story above even
    after a credit (（本报记者 王锦涛整理） / “六稳”“六保”要确保; in the corpus 97 of 107
    credits inside an article are followed so). An untitled brief opens on a sentence."""
    first = u.paras[0] if u.paras else []
    # (or on a speaker's name and title and a colon, 江苏省人大常委会副主任陈震宁代表：, whose
    # words follow: the 两会 pages' composite of speakers, each signed by a credit)
    return 0 < len(first) <= 2 and len(u.paras) > 1 and sum(len(feats[i].text) for i in first) <= 30 \
        and (not feats[first[-1]].closed or feats[first[-1]].text.rstrip().endswith(("：", ":")))


_SUBTITLE = re.compile(r"^——[\u4e00-\u9fff“]")


def _title_over_subtitle(texts: list[str]) -> bool:
    """A title with its ——subtitle under it (蹚出新路子 书写新篇章 / ——习近平总书记山西考察纪实):
    a headline, which a crosshead never is. Not an attribution under a quotation (the first
    line then opens on —— itself), a speaker and his words (村党支部书记唐国徽 —— 为独居…,
    a gap after the dash) nor a sentence running on (…生产型湖泊 / ——那时…, 阿什罕 / ——平坦的
    草原上崛起的山包，苏木: a comma in either line).
    Dev pages: 6 such runs between two bodies, all headlines."""
    first = texts[0]
    return len(texts) >= 2 and not first.startswith(("——", "●", "■")) and "，" not in first \
        and any(_SUBTITLE.match(t) and not cjk.ends_closed(t) and "，" not in t for t in texts[1:])


def _shape(u: Unit, feats: list[Feat]) -> tuple[int, ...]:
    """The lengths of the words of a heading, split at its gaps (创新形式 服务大众: (4, 4)). A
    story's crossheads are set in parallel, so two headings of one shape between bodies on a
    page are crossheads, whatever their words (dev pages: of 25 headings the cohesion test
    took for headlines and that had a twin, 22 were crossheads)."""
    return tuple(len(w) for w in " ".join(feats[i].text for i in u.lines).split())


def _parallel(shape: tuple[int, ...], shapes: Counter) -> bool:
    """Is a heading of this shape one of a set in parallel: another of its shape on the page,
    or, for a heading of three words or more, of its shape but for a character here or there
    (脱贫户晏昌平扩大养蚕规模 / 产业扶对头 致富不发愁 and 村支书管益泉抓实环卫整治 / 补短板动真格 乡村更宜居)?
    Two headlines in two decks each differ by a character as often as not (携手全球抗疫 彰显中国担当
    beside a headline of seven characters over six)."""
    if shapes[shape] > 1:
        return True
    return len(shape) > 2 and any(
        s != shape and len(s) == len(shape) and max(abs(a - b) for a, b in zip(s, shape)) <= 1
        for s in shapes)


def _box(u: Unit, feats: list[Feat]) -> bool:
    """The body opens on a box's label (图片说明：, 链接): a box set under the story, inside
    it even after its credit (GOLD.md: the label and the box are paragraphs of the article)."""
    return bool(u.lines) and feats[u.lines[0]].text.strip(" \u3000：:") in BOX_LABELS


def _kicker_over_decks(u: Unit, feats: list[Feat]) -> bool:
    """中国美术馆—— / 转化线下展览 / 优化信息资源: a kicker over a title in two decks, a headline's
    commonest shape. Only headings set in parallel (a composite story's sections, each a
    speaker over two decks) are crossheads so shaped."""
    texts = [feats[i].text.strip() for i in u.lines]
    return len(texts) == 3 and texts[0].endswith(("——", "：")) and decks(texts[1], texts[2])


def _ahead(units: list[Unit], k: int) -> list[int]:
    """The body lines from unit k on that cohesion reads: the body's own and, where it is too
    short to tell a story by (a lead of a few lines over the story's first crosshead), those
    of the bodies after it, past headline candidates, up to cohesion's window. (Stopping at
    the next candidate once ten lines are read, lest another story's words come in, cost
    0.005 on dev pages laid out from the corpus.)"""
    got: list[int] = []
    while k < len(units) and len(got) < WINDOW:
        if units[k].kind == "body":
            got += units[k].lines
        k += 1
    return got


def _take(body: Unit, after: Unit) -> None:
    """`body` runs on into `after`: its paragraphs and lines, and how the story ends (a foot
    credit, a picture's credit) is now the later body's."""
    body.paras += after.paras
    body.lines += after.lines
    body.credit, body.photo, body.ended, body.final = after.credit, after.photo, after.ended, after.final


def _crosshead(u: Unit, prev: Unit, nxt: Unit, feats: list[Feat], sized: bool, tol: float,
               indents: bool = False, flat: bool = False) -> bool:
    if len(u.lines) > 4:
        return False
    if sized:
        return not any(feats[i].big for i in u.lines)
    if any(column_tag(feats[i].text) or feats[i].text.strip() in ITEM_HEADS for i in u.lines):
        return False
    first = feats[u.lines[0]].text.strip()
    if len(u.lines) == 2 and first.count("（") > first.count("）") and not first.startswith("——") \
            and column_tag(first + feats[u.lines[1]].text.strip()):
        return False    # the tag wraps: 让党旗在…高高飘扬（来自 / 疫情防控一线的报道）
    if _title_over_subtitle([feats[i].text.strip() for i in u.lines]):
        return False
    if flat:
        return not indents or _set_in(u, feats)
    if prev.width is None or nxt.width is None or not (prev.reliable or nxt.reliable):
        return False
    if not _one_column(prev, nxt, tol, feats):
        return False
    if indents and not _set_in(u, feats):
        # Where the dump keeps paragraph indents, a crosshead set as a paragraph keeps its
        # indent (or is centred, as a layout-keeping extraction may give it); a line flush
        # with the column's edge is a headline (dev text pages: seg_f1 0.796/0.766/0.814 ->
        # 0.809/0.774/0.838; the generator never centres a crosshead, so counting centred
        # lines can only cost there, 0.004 to 0.008, but real pages do centre them).
        return False
    w = max(prev.width, nxt.width)
    for i in u.lines:
        f = feats[i]
        if f.core > w + tol or f.offset + f.core > w + tol:
            # wider than the column, or centred beyond it: set across columns, a headline
            # (a crosshead centred in its column ends inside it: 洞天福地 set in 20 cells
            # on a page of 25-cell columns is centred over the page)
            return False
        if letter_spaced(f.text) and f.cells < w - 2 - tol:
            return False        # letter-spaced short of the column: large type, a headline
            # (a crosshead spread so fills the column: justification)
    return True
