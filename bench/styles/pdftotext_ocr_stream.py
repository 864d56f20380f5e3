#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it (but for where it finds the corpus). Run through
# bench/unseen_styles.py.
"""Lay out real People's Daily pages (May 2020) as raw text dumps in three extraction styles.

    python3 gen.py [CORPUS] [OUTDIR] [--pages N] [--seed S]

Writes OUTDIR/<style>/<stem>.txt and <stem>.gold.json for style in
pdftotext, ocrish, streamorder. The same N pages (chosen with the seed) are used for all styles.
"""
import datetime
import json
import os
import random
import sys
from collections import defaultdict

CLOSERS = set("，。、；：？！”’）》」』〉】…—,.;:?!)%％·")
OPENERS = set("“‘（《「『〈【(")
SECTIONS = {1: "要闻", 2: "要闻", 3: "要闻", 4: "要闻", 5: "评论", 6: "要闻", 7: "经济",
            8: "政治", 9: "理论", 10: "经济", 11: "社会", 12: "文化", 13: "生态",
            14: "社会", 15: "体育", 16: "国际", 17: "国际", 18: "广告", 19: "副刊", 20: "副刊"}
WEEK = "一二三四五六日"
SURN = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞斌宇浩凯健俊帆帅旭宁龙林欣雪琳晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁"


def cw(ch):
    """Display width in Chinese characters: ASCII counts half."""
    return 0.5 if ord(ch) < 128 else 1.0


def width(s):
    return sum(cw(c) for c in s)


def tokens(text):
    """Split into unbreakable units: ASCII alnum runs stay together."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isascii() and (c.isalnum() or c in ".%"):
            j = i
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".%"):
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def wrap(text, w, first_prefix=""):
    """Greedy fixed-width wrap with simple kinsoku (closers hang, openers move down)."""
    lines, cur, curw = [], first_prefix, width(first_prefix)
    toks = tokens(text)
    k = 0
    while k < len(toks):
        t = toks[k]
        tw = width(t)
        if curw + tw <= w + 1e-9 or curw == 0:
            if curw == 0 and tw > w and len(t) > 1:  # over-long ASCII run: split it
                cut = int(w * 2)
                toks[k:k + 1] = [t[:cut], t[cut:]]
                continue
            cur += t
            curw += tw
            k += 1
            continue
        if t in CLOSERS or (len(t) == 1 and t[0] in CLOSERS):
            cur += t  # hanging punctuation
            k += 1
            # a second closer (e.g. 。” ) also hangs
            while k < len(toks) and toks[k] in CLOSERS:
                cur += toks[k]
                k += 1
            lines.append(cur)
            cur, curw = "", 0
            continue
        if cur and cur[-1] in OPENERS and len(cur) > 1:
            lines.append(cur[:-1])
            cur, curw = cur[-1], cw(cur[-1])
            continue
        lines.append(cur)
        cur, curw = "", 0
    if cur.strip():
        lines.append(cur)
    return lines


def split_title(t, maxw):
    """Break a headline into lines no wider than maxw, preferring its spaces."""
    t = t.strip()
    if width(t) <= maxw:
        return [t]
    parts = [p for p in t.replace("\u3000", " ").split(" ") if p]
    if len(parts) > 1:
        lines, cur = [], ""
        for p in parts:
            if cur and width(cur + " " + p) > maxw:
                lines.append(cur)
                cur = p
            else:
                cur = (cur + " " + p) if cur else p
        lines.append(cur)
        if all(width(l) <= maxw * 1.3 for l in lines):
            return lines
    # no usable space: cut near the middle (or at maxw), never before a closer
    n = max(2, -(-int(width(t)) // int(maxw)))
    size = -(-len(t) // n)
    out, i = [], 0
    while i < len(t):
        j = min(len(t), i + size)
        while j < len(t) and t[j] in CLOSERS:
            j += 1
        out.append(t[i:j].strip())
        i = j
    return [x for x in out if x]


def is_crosshead(p):
    p = p.strip()
    return 0 < len(p) <= 20 and p[-1] not in "。！？”…）)" and not p.startswith("（")


def editor_line(rng, colon="："):
    def name():
        s = rng.choice(SURN)
        g = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 1, 2])))
        return s + (" " if len(g) == 1 else "") + g
    if rng.random() < 0.6:
        return f"责任编辑{colon}{name()}"
    return f"本版责编{colon}{name()}　{name()}　版式设计{colon}{name()}"


def header_line(date, page, rng):
    d = datetime.date.fromisoformat(date)
    sec = SECTIONS.get(page, "要闻")
    if rng.random() < 0.7:
        return [f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]} 第{page}版 {sec}"]
    return [f"{d.year}年{d.month}月{d.day}日　星期{WEEK[d.weekday()]}", f"{page:02d}  {sec}"]


def scored(g):
    return {k: v for k, v in g.items() if k != "credit"}


def parts(r):
    g = r["gold"]
    heads = [("kicker", r["kicker"]), ("title", r["title"]), ("subtitle", r["subtitle"])]
    heads = [(k, v.strip()) for k, v in heads if v and v.strip()]
    paras = [p.strip() for p in g["paragraphs"] if p.strip()]
    credit = g.get("credit")
    dl = g.get("dateline") if not credit else None
    return heads, paras, dl, credit


# ---------------------------------------------------------------- style 1
def style_pdftotext(page_rows, date, page, rng):
    out = header_line(date, page, rng) + [""]
    for n, r in enumerate(page_rows):
        heads, paras, dl, credit = parts(r)
        w = rng.randint(12, 22)
        for kind, h in heads:
            out += split_title(h, 24) if kind == "title" else [h]
        sep = rng.choice(["　", "  "])
        for i, p in enumerate(paras):
            if i == 0 and dl:
                p = dl + sep + p
            if is_crosshead(p) and not (i == 0 and dl):
                out.append(p)
            else:
                out += wrap(p, w, "　　")
        if credit:
            out.append(credit)
        out.append("")
    out.append(editor_line(rng))
    return "\n".join(out) + "\n\f"


# ---------------------------------------------------------------- style 2
SWAP = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"}


def ocr_punct(s, rng):
    return "".join(SWAP[c] if c in SWAP and rng.random() < 0.3 else c for c in s)


def justify(line, rng):
    x = rng.random()
    if x < 0.05 and len(line) > 4:
        return " ".join(line)
    if x < 0.20 and len(line) > 4:
        pos = sorted(rng.sample(range(1, len(line)), min(len(line) - 1, rng.randint(1, 3))))
        s, last = "", 0
        for p in pos:
            s += line[last:p] + " "
            last = p
        return s + line[last:]
    return line


def centre(h, w, rng):
    pad = max(2, int(round((w - width(h)) / 2 * 2))) + rng.randint(0, 2)
    return " " * pad + h


def style_ocrish(page_rows, date, page, rng):
    out = [ocr_punct(l, rng) for l in header_line(date, page, rng)]
    for n, r in enumerate(page_rows):
        heads, paras, dl, credit = parts(r)
        w = rng.randint(12, 22)
        if n > 0 and rng.random() < 0.5:
            out.append("")
        hw = max(w, 16)
        for kind, h in heads:
            for l in (split_title(h, 24) if kind == "title" else [h]):
                out.append(centre(ocr_punct(l, rng), hw, rng))
        runon = credit and rng.random() < 0.5
        for i, p in enumerate(paras):
            if i == 0 and dl:
                p = dl + " " + p
            if runon and i == len(paras) - 1:
                p = p + credit
            ls = wrap(p, w)
            for j, l in enumerate(ls):  # justification spaces only on full (non-final) lines
                l = ocr_punct(l, rng)
                out.append(justify(l, rng) if j < len(ls) - 1 else l)
        if credit and not runon:
            out.append(ocr_punct(credit, rng))
    out.append(editor_line(rng, colon=":" if rng.random() < 0.5 else "："))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- style 3
def style_streamorder(page_rows, date, page, rng):
    """Content-stream order (PyMuPDF/pdfminer on Founder-typeset PDFs): each text frame is a
    block, blocks separated by a blank line; a story's body frames come before its headline
    frame; headlines set in large type wrap onto two lines in their narrow frame."""
    out = header_line(date, page, rng) + [""]
    for r in page_rows:
        heads, paras, dl, credit = parts(r)
        w = rng.randint(12, 22)
        for i, p in enumerate(paras):
            if i == 0 and dl:
                p = dl + " " + p
            out += wrap(p, w)
            out.append("")
        if credit:
            out += [credit, ""]
        tw = rng.randint(9, 13)
        for kind, h in heads:
            out += split_title(h, tw) if kind == "title" else [h]
        out.append("")
    out.append(editor_line(rng))
    return "\n".join(out) + "\n"


STYLES = {"pdftotext": style_pdftotext, "ocrish": style_ocrish, "streamorder": style_streamorder}


def main(argv):
    corpus = "../shared/corpus/rmrb-2020-02-05.jsonl"
    outdir = "/tmp/newstyles"
    n, seed = 40, 20200501
    pos = []
    it = iter(argv)
    for a in it:
        if a == "--pages":
            n = int(next(it))
        elif a == "--seed":
            seed = int(next(it))
        else:
            pos.append(a)
    if pos:
        corpus = pos[0]
    if len(pos) > 1:
        outdir = pos[1]
    pages = defaultdict(list)
    for line in open(corpus, encoding="utf-8"):
        r = json.loads(line)
        if r["date"].startswith("2020-05"):
            pages[(r["date"], r["page"])].append(r)
    keys = sorted(pages)
    chosen = sorted(random.Random(seed).sample(keys, n))
    for style, fn in STYLES.items():
        d = os.path.join(outdir, style)
        os.makedirs(d, exist_ok=True)
        for date, page in chosen:
            rows = sorted(pages[(date, page)], key=lambda r: r["seq"])
            stem = f"rmrb-{date}-p{page:02d}"
            rng = random.Random(f"{seed}-{style}-{stem}")
            text = fn(rows, date, page, rng)
            with open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            gold = {"articles": [scored(r["gold"]) for r in rows]}
            with open(os.path.join(d, stem + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
    print(f"{n} pages x {len(STYLES)} styles -> {outdir}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
