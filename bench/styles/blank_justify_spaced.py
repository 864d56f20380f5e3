#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it (but for where it finds the corpus). Run through
# bench/unseen_styles.py.
"""Lay out real People's Daily pages as raw text dumps in three new styles.

    gen.py OUT_ROOT [N_PAGES] [SEED]

Styles (one folder each under OUT_ROOT):
  blankpara  headlines centred with leading spaces, a blank line after the headline block and
             between paragraphs (lines inside a paragraph not separated, no indent), credit as a
             right-aligned line; furniture (masthead/date line, 第N版, 责任编辑) at top and bottom.
  spaced     titles in letter-spaced form (each character followed by U+3000 or a space),
             paragraphs indented with two U+3000, no blank lines except one between articles;
             furniture at top and bottom, and one article's body interrupted mid-column by a
             running furniture line (date line / page line).
  justify    no indent, no blank lines inside the body (paragraph ends only by a short last
             line), a blank line between headline block and body and between articles; column
             width differs per article and may change inside an article; justification spaces
             inserted on some full lines only; a date line at top.
Only test-half pages: int(sha1("{date}-{page}"),16) % 2 == 1.
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import defaultdict

CORPUS = os.environ.get("STYLE_CORPUS", "../shared/corpus/rmrb-2020-02-05.jsonl")
NO_START = set("，。、；：？！）》」』”’…—%．,.;:?!)]")
WEEK = "一二三四五六日"
EDITORS = ["张彦春", "王　斌", "刘　涛", "李　拓", "杨　暘", "赵晓曦", "蒋　薇", "汪哲平", "秦　宇"]
SECTIONS = ["要闻", "综合", "国际", "经济", "评论", "社会", "文化", "理论"]


def load_pages():
    pages = defaultdict(list)
    for line in open(CORPUS, encoding="utf-8"):
        r = json.loads(line)
        pages[(r["date"], r["page"])].append(r)
    keep = {k: sorted(v, key=lambda r: r["seq"]) for k, v in pages.items()
            if int(hashlib.sha1(f"{k[0]}-{k[1]}".encode()).hexdigest(), 16) % 2 == 1}
    return keep


def tokens(text):
    """Characters, with runs of Latin letters/digits kept whole (not broken across lines)."""
    return re.findall(r"[A-Za-z0-9.%]+|.", text)


def wrap(text, width):
    """Wrap by display cells (CJK = 1 cell, ASCII = 1/2 cell), with kinsoku: a closing
    punctuation mark never starts a line (it is squeezed onto the previous one)."""
    lines, cur, w = [], "", 0.0
    for t in tokens(text):
        tw = sum(0.5 if ord(c) < 128 else 1 for c in t)
        if cur and w + tw > width + 1e-9 and t[0] not in NO_START:
            lines.append(cur)
            cur, w = "", 0.0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def headline_lines(text, width):
    """A headline with an internal space was printed on two lines; long ones wrap."""
    out = []
    for part in (text or "").split():
        out.extend(wrap(part, width))
    return out


def body_paragraphs(g, rng):
    """Paragraph strings as printed: dateline at the head of the first paragraph when there is no
    credit; the credit is returned separately (printed at the end)."""
    paras = list(g["paragraphs"])
    credit = g.get("credit")
    if g.get("dateline") and not credit and paras:
        dl = g["dateline"]
        m = re.match(r"(.*?电)(（.*）)$", dl)
        if m and rng.random() < 0.5:
            dl = m.group(1) + "  " + m.group(2)
        paras[0] = dl + rng.choice(["  ", "　", " "]) + paras[0]
    return paras, credit


def spaced(text, sep):
    return sep.join(tokens(text))


def furniture(date, page, rng):
    y, m, d = date.split("-")
    import datetime
    wd = WEEK[datetime.date(int(y), int(m), int(d)).weekday()]
    datel = f"{int(y)}年{int(m)}月{int(d)}日　星期{wd}"
    sect = rng.choice(SECTIONS)
    pg = f"第{int(page)}版" if rng.random() < 0.5 else f"{int(page):02d}"
    return datel, sect, pg, f"责任编辑：{rng.choice(EDITORS)}"


def style_blankpara(arts, date, page, rng):
    datel, sect, pg, ed = furniture(date, page, rng)
    W = rng.choice([18, 20, 22, 24])
    out = [f"人民日报　　{datel}", f"{pg}　{sect}".rjust(W), ""]
    for r in arts:
        g = r["gold"]
        hw = W + rng.choice([0, 4])
        for h in [r["kicker"], r["title"], r["subtitle"]]:
            for hl in headline_lines(h, hw):
                pad = max(0, (W - len(hl)) // 2)
                out.append(" " * (2 * pad) + hl)
        out.append("")
        paras, credit = body_paragraphs(g, rng)
        for p in paras:
            out.extend(wrap(p, W))
            out.append("")
        if credit:
            if len(credit) <= W:
                out.append(" " * (2 * (W - len(credit))) + credit)
            else:
                out.extend(wrap(credit, W))
            out.append("")
    out.append(ed)
    return out


def style_spaced(arts, date, page, rng):
    datel, sect, pg, ed = furniture(date, page, rng)
    W = rng.choice([17, 19, 21])
    out = [datel + "　" + f"人民日报　{sect}", pg, ""]
    # the longest article is interrupted mid-body by a running furniture line
    victim = max(range(len(arts)), key=lambda i: sum(len(p) for p in arts[i]["gold"]["paragraphs"]))
    for i, r in enumerate(arts):
        g = r["gold"]
        if r["kicker"]:
            out.extend(headline_lines(r["kicker"], W + 4))
        sep = rng.choice(["\u3000", " "])
        for hl in headline_lines(r["title"], 14):
            out.append(spaced(hl, sep))
        if r["subtitle"]:
            out.extend(headline_lines(r["subtitle"], W + 4))
        paras, credit = body_paragraphs(g, rng)
        lines = []
        for p in paras:
            lines.extend(wrap("\u3000\u3000" + p, W))
        if credit:
            lines.extend(wrap(credit, W))
        if i == victim and len(lines) > 6:
            k = rng.randrange(3, len(lines) - 2)
            lines[k:k] = [rng.choice([datel, f"{pg}　{sect}", f"人民日报　{datel}"])]
        out.extend(lines)
        out.append("")
    out.append(ed + "　　版式设计：" + rng.choice(EDITORS))
    return out


def justify(line, rng):
    """Insert 1-3 justification spaces between characters (as pdftotext does for wide gaps)."""
    chars = list(line)
    if len(chars) < 6:
        return line
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(2, len(chars) - 1)
        chars.insert(k, " " * rng.choice([1, 1, 2]))
    return "".join(chars)


def style_justify(arts, date, page, rng):
    datel, sect, pg, ed = furniture(date, page, rng)
    out = [f"{pg}  {sect}  {datel}", ""]
    for r in arts:
        g = r["gold"]
        W = rng.choice([12, 14, 17, 20, 24, 26])
        for h in [r["kicker"], r["title"], r["subtitle"]]:
            out.extend(headline_lines(h, 26))
        out.append("")
        paras, credit = body_paragraphs(g, rng)
        total = 0
        switch = rng.randrange(4, 30) if rng.random() < 0.3 else None
        for p in paras:
            if switch is not None and total >= switch:
                W, switch = rng.choice([12, 14, 17, 20, 24, 26]), None
            ls = wrap(p, W)
            for j, l in enumerate(ls):
                if j < len(ls) - 1 and rng.random() < 0.35:
                    l = justify(l, rng)
                out.append(l)
            total += len(ls)
        if credit:
            out.extend(wrap(credit, W))
        out.append("")
    return out


STYLES = {"blankpara": style_blankpara, "spaced": style_spaced, "justify": style_justify}
KEYS = ["kind", "title", "subtitles", "dateline", "authors", "paragraphs"]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/helper2/data"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20240605
    pages = load_pages()
    keys = sorted(pages)
    for si, (name, fn) in enumerate(STYLES.items()):
        rng = random.Random(seed + si)
        d = os.path.join(root, name)
        os.makedirs(d, exist_ok=True)
        for date, page in rng.sample(keys, n):
            arts = pages[(date, page)]
            stem = f"{date.replace('-', '')}-{page:02d}" if isinstance(page, int) else f"{date}-{page}"
            text = "\n".join(fn(arts, date, page, rng)) + "\n"
            with open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            gold = {"articles": [{k: r["gold"][k] for k in KEYS if k in r["gold"]} for r in arts]}
            with open(os.path.join(d, stem + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
    print("wrote", root)


if __name__ == "__main__":
    main()
