#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it (but for where it finds the corpus). Run through
# bench/unseen_styles.py.
"""Own text-dump generator: lays out real corpus pages as raw PDF-to-text style dumps.

gen.py OUTDIR MODE N [SKIP]
  MODE normal | blank (every line separated by a blank line) | headafter (headlines after body)
  Pages: odd day-of-month, sorted, shuffled with random.Random(99); takes N pages after SKIP.
"""
import datetime
import json
import os
import random
import sys
from collections import OrderedDict

CORPUS = os.environ.get("STYLE_CORPUS", "../shared/corpus/rmrb-2020-02-05.jsonl")
CLOSING = set("，。、；：？！）》」』”’…—·%,.;:?!)]】〕％")
SECTIONS = ["要闻", "国际", "评论", "综合", "经济", "社会", "文化", "副刊", "体育", "理论", "视点", "地方"]
EDITORS = ["王明", "李晓红", "张志强", "刘萍", "陈思远", "赵刚", "杨帆"]
WEEK = "一二三四五六日"
KEEP = ("kind", "title", "subtitles", "dateline", "authors", "paragraphs")


def wrap(text, width):
    """Break text every `width` chars; closing punctuation never starts a line (it is pulled up)."""
    lines, cur = [], ""
    for ch in text:
        if len(cur) >= width and ch not in CLOSING:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def load_pages():
    pages = OrderedDict()
    for line in open(CORPUS, encoding="utf-8"):
        r = json.loads(line)
        pages.setdefault((r["date"], r["page"]), []).append(r)
    for k in pages:
        pages[k].sort(key=lambda r: r["seq"])
    return pages


def furniture(date, page, rng):
    d = datetime.date.fromisoformat(date)
    datel = f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}"
    pagel = rng.choice([f"第{page}版", f"第{page:02d}版", f"{page:02d}"])
    sect = rng.choice(SECTIONS)
    ed = f"责任编辑：{rng.choice(EDITORS)}"
    style = rng.choice(["oneline", "multi", "multi_ed_bottom"])
    if style == "oneline":
        top = [f"{datel}  {pagel}  {sect}"]
        return top, [ed]
    if style == "multi":
        return ["人民日报", datel, pagel, sect, ed], []
    return [datel, f"{pagel}  {sect}"], [ed]


def layout(arts, date, page, rng, mode):
    st = dict(
        width=rng.randint(10, 24),
        indent=rng.random() < 0.5,
        sep=rng.choice(["", " ", "  ", "　"]),  # between dateline and first words
        gap=rng.random() < 0.4,  # blank line between articles
        split_title=rng.random() < 0.5,  # title with an inner space printed on two lines
        furn_pos=rng.choice(["top", "bottom", "both"]),
    )
    W = st["width"]
    out = []
    for a in arts:
        g = a["gold"]
        head = []
        if a.get("kicker"):
            head.append(a["kicker"])
        t = a.get("title") or ""
        if t:
            if st["split_title"] and " " in t.strip():
                head.extend(p for p in t.split(" ") if p)
            else:
                head.append(t)
        if a.get("subtitle"):
            head.append(a["subtitle"])
        body = []
        paras = list(g["paragraphs"])
        credit = g.get("credit")
        if not credit and g.get("dateline") and paras:
            paras[0] = g["dateline"] + st["sep"] + paras[0]
        for p in paras:
            text = ("　　" + p) if st["indent"] else p
            body.extend(wrap(text, W))
        if credit:
            body.extend(wrap(credit, W))
        block = body + head if mode == "headafter" else head + body
        out.extend(block)
        if st["gap"]:
            out.append("")
    top, bottom = furniture(date, page, rng)
    if st["furn_pos"] == "top":
        out = top + bottom + out
    elif st["furn_pos"] == "bottom":
        out = out + top + bottom
    else:
        out = top + out + bottom
    if mode == "blank":
        out = [l for l in out if l != ""]
        out = "\n\n".join(out).split("\n")
    return "\n".join(out) + "\n", st


def main():
    outdir, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    skip = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    pages = load_pages()
    keys = sorted(k for k in pages if int(k[0][-2:]) % 2 == 1)
    rng = random.Random(99)
    rng.shuffle(keys)
    chosen = keys[skip:skip + n]
    os.makedirs(outdir, exist_ok=True)
    lrng = random.Random(99 + skip)
    for date, page in chosen:
        arts = pages[(date, page)]
        x = f"{date.replace('-', '')}-{page:02d}"
        txt, st = layout(arts, date, page, lrng, mode)
        open(os.path.join(outdir, x + ".txt"), "w", encoding="utf-8").write(txt)
        gold = {"articles": [{k: a["gold"][k] for k in KEEP if k in a["gold"]} for a in arts]}
        json.dump(gold, open(os.path.join(outdir, x + ".gold.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        print(x, len(arts), st)


if __name__ == "__main__":
    main()
