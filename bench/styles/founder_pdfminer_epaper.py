#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it. Run through bench/unseen_styles.py.
"""Lay out real People's Daily (人民日报) pages as raw text dumps, three extraction styles.

Usage:  python3 gen.py CORPUS.jsonl OUTDIR

Pages are drawn (fixed seed, three disjoint sets of 40) from the corpus dates
2020-05-16 .. 2020-05-31.  Every page gives OUTDIR/<style>/<YYYYMMDD-PP>.txt and
OUTDIR/<style>/<YYYYMMDD-PP>.gold.json ({"articles": [...]}, copied from each
article's `gold`).  At the end every page is checked: each kicker, title,
subtitle, inline dateline, paragraph and foot credit (whitespace removed) must
occur in order in the whitespace-removed dump.

Styles
------
founder-columns
    Acrobat "Save as Text" / pdftotext (raw mode) on a Founder 飞腾-typeset page:
    each story's text comes column frame by column frame (column 1 fully, then
    column 2 ...) with no mark at the column breaks; bodies are set 10-14
    characters wide with 　　 indents, hanging punctuation and 禁则 (no line opens
    with ，。） etc.), crossheads centred, the bold dateline sometimes on a line of
    its own; the headline frame spans 1-3 columns so titles and kickers break
    into 2-3 short lines.

pdfminer-boxes
    pdfminer.six `pdf2txt.py` (TextConverter, default LAParams): every LTTextBox
    is emitted followed by an empty line, so a story body comes as one box per
    column piece (blank lines fall mid-paragraph); kicker, title and subtitle
    are separate boxes, wide-tracked titles come out letter-spaced ("坚 决 贯 彻"),
    digit/Latin runs set in another font sometimes drop onto a line of their own,
    masthead/date/page-number/section are separate small boxes, the 责任编辑 box
    can land between two stories, and the page ends with a form feed.

epaper-copy
    Select-all copy from an e-paper (数字报) reader page: a 版面 header line (and
    sometimes a 上一版/下一版 navigation line), each story led by a list marker
    line (【1】, 1., No.1, ◆, or 【标题】/【正文】 labels), kicker/title/subtitle
    centred with leading spaces, body hard-wrapped at 20-26 characters with tab
    or 　　 indents and 　/space justification inside kinsoku-shortened lines, the
    foot credit right-aligned.
"""
import collections
import datetime
import json
import math
import os
import random
import re
import sys
import unicodedata

SEED = 20200531
DATE_LO, DATE_HI = "2020-05-16", "2020-05-31"
PAGES_PER_STYLE = 40
STYLES = ["founder-columns", "pdfminer-boxes", "epaper-copy"]

WEEKDAYS = "一二三四五六日"
SECTIONS = {1: "要闻", 2: "要闻", 3: "要闻", 4: "要闻", 5: "评论", 6: "要闻",
            7: "经济", 8: "政治", 9: "社会", 10: "文化", 11: "经济", 12: "国际",
            13: "文化", 14: "健康", 15: "体育", 16: "国际", 17: "国际",
            18: "经济", 19: "理论", 20: "副刊"}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
GIVEN = "明华伟芳娜静丽强磊军洋勇艳杰娟涛超霞平刚桂英欣怡宇航晨阳思远海燕雪梅子涵浩然佳琪文博志宏晓东丹峰"

NOSTART = set("，。、；：？！）》」』】〕〉”’…%．,.;:?!)]}·")
NOEND = set("（《「『【〔〈“‘([{")


# --------------------------------------------------------------------------- text utils
def cw(ch):
    """Display width in em: CJK / ambiguous (“” — …) = 1, ASCII and other narrow = 0.5."""
    if ch == "\t":
        return 2
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5


def width(s):
    return sum(cw(c) for c in s)


ATOM_RE = re.compile(r"——|……|[A-Za-z0-9][A-Za-z0-9.%/+@\-]*|.", re.S)


def atoms(text):
    return ATOM_RE.findall(text)


def is_nostart(a):
    return a != "——" and a[0] in NOSTART


def wrap(text, W, indent="", hang=2):
    """Greedy CJK line breaking with 禁则: closing punctuation hangs past the
    measure (up to `hang` atoms), an opening bracket never ends a line, digit and
    Latin runs are kept whole unless wider than the measure."""
    at = []
    for a in atoms(text):
        if len(a) > 1 and width(a) > W:
            at.extend(a)
        else:
            at.append(a)
    lines, cur, cwid, i = [], indent, width(indent), 0
    while i < len(at):
        a = at[i]
        aw = width(a)
        if cwid + aw <= W + 1e-9 or not cur.strip():
            cur += a
            cwid += aw
            i += 1
            continue
        if is_nostart(a):
            n = 0
            while i < len(at) and is_nostart(at[i]) and n < hang:
                cur += at[i]
                i += 1
                n += 1
            lines.append(cur)
            cur, cwid = "", 0
            continue
        moved = ""
        while cur and cur[-1] in NOEND and len(cur.strip()) > 1:
            moved = cur[-1] + moved
            cur = cur[:-1]
        lines.append(cur)
        cur, cwid = moved, width(moved)
    if cur.strip():
        lines.append(cur)
    return lines


def split_head(text, maxw, maxlines=3):
    """Break a headline for a narrow frame: at its internal spaces first, then
    into balanced pieces."""
    maxw = max(maxw, 4)
    if width(text) <= maxw:
        return [text]
    # break at internal spaces, and before a trailing column label such as
    # （代表委员履职故事） or (走向冬奥)
    text = re.sub(r"(?<=\S)([（(][^（）()]{2,12}[）)])$", "\x01\\1", text)
    toks = re.split(r"((?<![A-Za-z0-9])[ \u3000\x01]+(?![A-Za-z0-9]))", text)
    parts = [t for k, t in enumerate(toks) if k % 2 == 0 and t]
    seps = [t for k, t in enumerate(toks) if k % 2 == 1]
    lines, cur = [], ""
    for k, p in enumerate(parts):
        sep = (seps[k - 1] if k > 0 and k - 1 < len(seps) else " ").replace("\x01", "")
        if cur and width(cur + sep + p) <= maxw:
            cur += sep + p
            continue
        if cur:
            lines.append(cur)
        cur = p
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        w = width(ln)
        if w <= maxw:
            out.append(ln)
        else:
            n = math.ceil(w / maxw)
            out.extend(wrap(ln, math.ceil(w / n) + 0.5))
    if len(out) > maxlines:
        return split_head(text, maxw * 1.5, maxlines)
    return out


def nows(s):
    return re.sub(r"\s+", "", s)


def cjk_name(rng):
    n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 1, 2])))
    return n


def just_name(n):
    return "\u3000".join(n) if len(n) == 2 else n


def cn_date(d, pad=False):
    y, m, dd = d.split("-")
    if pad:
        return f"{y}年{m}月{dd}日"
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def weekday(d):
    return "星期" + WEEKDAYS[datetime.date.fromisoformat(d).weekday()]


def is_crosshead(p):
    p = p.strip()
    return 0 < len(p) <= 24 and p[-1] not in "。！？”…；，：）"


# --------------------------------------------------------------------------- article model
class Art:
    def __init__(self, rec):
        g = rec["gold"]
        self.rec, self.gold = rec, g
        subs = list(g.get("subtitles") or [])
        natural = [x for x in (rec.get("kicker"), rec.get("subtitle")) if x]
        if subs == natural and rec.get("kicker"):
            self.kickers, self.subs = subs[:1], subs[1:]
        elif subs == natural:
            self.kickers, self.subs = [], subs
        else:  # fall back: keep page order, all above the title
            self.kickers, self.subs = subs, []
        self.title = g.get("title") or ""
        self.paras = list(g.get("paragraphs") or [])
        self.credit = g.get("credit")
        dl = g.get("dateline")
        self.inline_dl = dl if (dl and not (self.credit and nows(self.credit) == nows(dl))) else None

    def expected(self):
        seq = list(self.kickers)
        if self.title:
            seq.append(self.title)
        seq += self.subs
        if self.inline_dl:
            seq.append(self.inline_dl)
        seq += self.paras
        if self.credit:
            seq.append(self.credit)
        return [s for s in seq if nows(s)]

    def gold_out(self):
        g = self.gold
        o = {"kind": g.get("kind", "article"), "title": g.get("title"),
             "subtitles": list(g.get("subtitles") or [])}
        for k in ("dateline", "authors"):
            if k in g:
                o[k] = g[k]
        o["paragraphs"] = list(g.get("paragraphs") or [])
        return o


def body_paras(art, rng, sep):
    """(text, kind) list: kind in {'first','para','cross','attrib'}; the inline
    dateline is glued to the first paragraph."""
    out = []
    for k, p in enumerate(art.paras):
        kind = "para"
        if k > 0 and is_crosshead(p):
            kind = "cross"
        if p.startswith("——") and len(p) <= 30:
            kind = "attrib"
        if k == 0:
            kind = "first"
            if art.inline_dl:
                p = art.inline_dl + sep + p
        out.append((p, kind))
    if not art.paras and art.inline_dl:
        out.append((art.inline_dl, "first"))
    return out


# --------------------------------------------------------------------------- style 1
def render_founder(date, page, arts, rng):
    L = []
    sec = SECTIONS.get(page, "要闻")
    v = rng.randrange(4)
    if page == 1:
        L += ["人民日报", "RENMIN RIBAO", f"{cn_date(date)}　{weekday(date)}", "人民网网址：http://www.people.com.cn"]
    elif v == 0:
        L += [f"{cn_date(date)}　{weekday(date)}", sec, str(page)]
    elif v == 1:
        L += [f"{page}", f"{sec}", f"{cn_date(date)}　{weekday(date)}"]
    elif v == 2:
        L += [f"人民日报　{cn_date(date)}　{weekday(date)}　第{page}版　{sec}"]
    else:
        L += [f"{sec}　　　　　　　　　　{cn_date(date)}　{weekday(date)}　　{page}"]
    blank_between = rng.random() < 0.5
    L.append("")
    for ai, a in enumerate(arts):
        W = rng.choice([10, 11, 12, 12, 13, 13, 14])
        H = rng.randint(16, 44)
        sep = rng.choice(["　", "　", "　　", " "])
        own_dl = a.inline_dl and rng.random() < 0.25
        body = []
        for k, (p, kind) in enumerate(body_paras(a, rng, sep if not own_dl else "\x00")):
            if kind == "first" and own_dl and "\x00" in p:
                dl, rest = p.split("\x00", 1)
                body += wrap(dl, W, indent="　　")
                if rest:
                    body += wrap(rest, W)
                continue
            if kind == "cross":
                if width(p) <= W:
                    body.append("　" * int((W - width(p)) // 2) + p)
                else:
                    body += wrap(p, W)
            elif kind == "attrib" and width(p) <= W:
                body.append("　" * int(W - width(p)) + p)
            else:
                body += wrap(p, W, indent="　　")
        if a.credit:
            if width(a.credit) <= W + 1:
                body.append("　" * max(0, int(W - width(a.credit))) + a.credit)
            else:
                body += wrap(a.credit, W)
        ncols = max(1, math.ceil(len(body) / H))
        span = min(ncols, rng.choice([1, 2, 2, 3]))
        frame = span * W + (span - 1)
        tcap = max(5, int(frame / rng.choice([1.3, 1.5, 1.7, 2.0])))
        kcap = max(6, int(frame / rng.choice([1.0, 1.15, 1.3])))
        head = []
        for k in a.kickers:
            head += split_head(k, kcap)
        if a.title:
            head += split_head(a.title, tcap)
        for s in a.subs:
            head += split_head(s, kcap)
        # column frames: column 1 fully, then column 2 ... (no mark at the breaks)
        cols = [body[i:i + H] for i in range(0, len(body), H)]
        L += head
        for c in cols:
            L += c
        if blank_between and ai < len(arts) - 1:
            L.append("")
    L.append("")
    ed = [just_name(cjk_name(rng)) for _ in range(rng.choice([1, 2]))]
    L.append(rng.choice(["责任编辑：", "本版责编："]) + "　".join(ed))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- style 2
def letter_space(s):
    return " ".join(atoms(s)).replace("  ", " ")


def render_pdfminer(date, page, arts, rng):
    boxes = []
    sec = SECTIONS.get(page, "要闻")
    if page == 1:
        hdr = [["人民日报"], ["RENMIN RIBAO"], [f"{cn_date(date)}", weekday(date)],
               ["人民网网址：http://www.people.com.cn"], [f"第{rng.randint(25740, 25760)}期"]]
    else:
        hdr = [[f"{cn_date(date)}　{weekday(date)}"], [sec], [str(page)]]
        rng.shuffle(hdr)
        if rng.random() < 0.4:
            hdr.append(["人民日报"])
    boxes += hdr
    ed = [just_name(cjk_name(rng)) for _ in range(rng.choice([1, 2, 2]))]
    foot = [rng.choice(["责任编辑：", "本版责编："]) + "　".join(ed)]
    if rng.random() < 0.4:
        foot[0] += "　　版式设计：" + just_name(cjk_name(rng))
    foot_at = len(arts)
    if len(arts) > 1 and rng.random() < 0.35:
        foot_at = rng.randint(1, len(arts) - 1)
    p_split = rng.choice([0.0, 0.08, 0.15, 0.25])
    for ai, a in enumerate(arts):
        if ai == foot_at:
            boxes.append(foot)
        W = rng.choice([11, 12, 13, 14, 15, 16, 17])
        H = rng.randint(5, 24)
        for k in a.kickers:
            boxes.append(split_head(k, W * rng.choice([1, 2, 3])))
        if a.title:
            spaced = rng.random() < 0.35
            cap = W * rng.choice([1, 2, 2, 3]) / rng.choice([1.3, 1.6, 2.0])
            tl = split_head(a.title, cap)
            if spaced:
                tl = [letter_space(x) for x in tl]
            boxes.append(tl)
        for s in a.subs:
            boxes.append(split_head(s, W * rng.choice([1, 2, 3])))
        sep = rng.choice(["　", "  ", " "])
        own_dl = a.inline_dl and rng.random() < 0.3
        body = []
        for p, kind in body_paras(a, rng, "\x00" if own_dl else sep):
            if kind == "first" and own_dl and "\x00" in p:
                dl, rest = p.split("\x00", 1)
                body.append("　　" + dl)
                if rest:
                    body += wrap(rest, W)
            elif kind in ("cross", "attrib"):
                body += wrap(p, W)
            else:
                body += wrap(p, W, indent="　　")
        # digit / Latin runs in a different font fall onto their own line
        out = []
        for ln in body:
            ms = [m for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9.%/+@\-]+", ln)
                  if ln[:m.start()].strip()]
            if ms and rng.random() < p_split:
                m = rng.choice(ms)
                for piece in (ln[:m.start()], m.group(), ln[m.end():]):
                    if piece.strip():
                        out.append(piece)
            else:
                out.append(ln)
        body = out
        for i in range(0, len(body), H):
            boxes.append(body[i:i + H])
        if a.credit:
            boxes.append(wrap(a.credit, W + 2))
    if foot_at == len(arts):
        boxes.append(foot)
    text = "".join("".join(ln + "\n" for ln in b) + "\n" for b in boxes)
    return text + "\f"


# --------------------------------------------------------------------------- style 3
def justify(line, target, rng, fill):
    """Insert justification spaces at interior CJK positions of a short line."""
    gap = target - width(line)
    n = int(round(gap / cw(fill[0]))) if gap >= 0.5 else 0
    if n <= 0:
        return line
    lead = len(line) - len(line.lstrip("　\t "))
    pos = [i for i in range(lead + 1, len(line))
           if not (line[i - 1].isascii() and line[i - 1].isalnum() and line[i].isascii() and line[i].isalnum())]
    if not pos:
        return line
    chosen = sorted(rng.sample(pos, min(n, len(pos))), reverse=True)
    for i in chosen:
        line = line[:i] + fill + line[i:]
    return line


def render_epaper(date, page, arts, rng):
    L = []
    sec = SECTIONS.get(page, "要闻")
    v = rng.randrange(4)
    m, d = date[5:7], date[8:10]
    if v == 0:
        L.append(f"人民日报 {cn_date(date, pad=True)} 第{page:02d}版：{sec}")
    elif v == 1:
        L.append(f"第{page:02d}版：{sec}\t\t{cn_date(date)} {weekday(date)}")
    elif v == 2:
        L.append(f"人民日报 | {date} | 第{page}版 | {sec}")
    else:
        L += ["人民日报", f"{cn_date(date)}　{weekday(date)}　第{page}版　{sec}"]
    if rng.random() < 0.4:
        L.append(rng.choice(["上一版　　下一版", "<<上一版　　下一版>>　　版面导航", "返回目录　　上一篇　　下一篇"]))
    L.append("")
    W0 = rng.randint(20, 26)
    marker = rng.choice(["【{n}】", "{n}.", "No.{n}", "◆", "labels", "none"])
    tab_indent = rng.random() < 0.4
    fill = rng.choice(["\u3000", "\u3000", " "])
    p_just = rng.choice([0.5, 0.9])
    centre_char = rng.choice([" ", "\u3000"])
    for ai, a in enumerate(arts):
        W = max(18, min(28, W0 + rng.choice([-2, 0, 0, 0, 2])))
        if marker == "labels":
            L.append("【标题】")
        elif marker != "none":
            L.append(marker.format(n=ai + 1))

        def centre(s):
            out = []
            for ln in split_head(s, W):
                pad = max(0, (W - width(ln)) / 2)
                n = int(pad / cw(centre_char))
                out.append(centre_char * n + ln)
            return out

        for k in a.kickers:
            L += centre(k)
        if a.title:
            L += centre(a.title) if rng.random() < 0.7 else split_head(a.title, W)
        for s in a.subs:
            L += centre(s)
        if marker == "labels":
            L.append("【正文】")
        elif rng.random() < 0.5:
            L.append("")
        sep = rng.choice(["　", "  ", " "])
        for p, kind in body_paras(a, rng, sep):
            ind = "\t" if tab_indent else "　　"
            lines = wrap(p, W, indent="" if kind in ("cross", "attrib") else ind)
            for li, ln in enumerate(lines):
                if li < len(lines) - 1 and width(ln) < W - 0.4 and rng.random() < p_just:
                    ln = justify(ln, W, rng, fill)
                L.append(ln)
        if a.credit:
            if width(a.credit) < W:
                L.append(" " * int(2 * (W - width(a.credit))) + a.credit)
            else:
                L += wrap(a.credit, W)
        L.append("")
    ed = [cjk_name(rng) for _ in range(rng.choice([1, 2]))]
    L.append(rng.choice(["责任编辑：" + "　".join(just_name(x) for x in ed),
                         "（本版责编：" + "、".join(ed) + "）",
                         "责编：" + " ".join(ed)]))
    return "\n".join(L) + "\n"


RENDER = {"founder-columns": render_founder, "pdfminer-boxes": render_pdfminer,
          "epaper-copy": render_epaper}


# --------------------------------------------------------------------------- driver
def check_page(txt, arts):
    flat = nows(txt)
    pos = 0
    for ai, a in enumerate(arts):
        for s in a.expected():
            key = nows(s)
            j = flat.find(key, pos)
            if j < 0:
                return f"article {ai + 1} ({a.rec['id']}): not found in order: {s[:40]!r}"
            pos = j + len(key)
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, outdir = sys.argv[1], sys.argv[2]
    pages = collections.defaultdict(list)
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if DATE_LO <= r["date"] <= DATE_HI:
                    pages[(r["date"], int(r["page"]))].append(r)
    keys = sorted(pages)
    rng = random.Random(SEED)
    rng.shuffle(keys)
    need = PAGES_PER_STYLE * len(STYLES)
    if len(keys) < need:
        sys.exit(f"only {len(keys)} pages in range")
    failures, written = [], collections.Counter()
    for si, style in enumerate(STYLES):
        d = os.path.join(outdir, style)
        os.makedirs(d, exist_ok=True)
        chosen = sorted(keys[si * PAGES_PER_STYLE:(si + 1) * PAGES_PER_STYLE])
        for date, page in chosen:
            recs = sorted(pages[(date, page)], key=lambda r: r["seq"])
            arts = [Art(r) for r in recs]
            prng = random.Random(f"{SEED}-{style}-{date}-{page}")
            txt = RENDER[style](date, page, arts, prng)
            name = f"{date.replace('-', '')}-{page:02d}"
            with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(txt)
            gold = {"articles": [a.gold_out() for a in arts]}
            with open(os.path.join(d, name + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
            # checks
            err = check_page(txt, arts)
            for a, ga in zip(arts, gold["articles"]):
                if ga["subtitles"] != list(a.gold.get("subtitles") or []):
                    err = err or f"{a.rec['id']}: subtitles differ from gold"
                for k in ("dateline", "authors"):
                    if (k in ga) != (k in a.gold):
                        err = err or f"{a.rec['id']}: key {k} presence differs"
            if err:
                failures.append(f"{style}/{name}: {err}")
            written[style] += 1
    for s in STYLES:
        print(f"{s}: {written[s]} pages -> {os.path.join(outdir, s)}")
    if failures:
        print(f"CHECK FAILED on {len(failures)} page(s):")
        for f_ in failures:
            print("  " + f_)
        sys.exit(1)
    print(f"all checks passed ({sum(written.values())} pages)")


if __name__ == "__main__":
    main()
