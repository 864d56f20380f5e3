#!/usr/bin/env python3
"""Lay real pages out again from their real articles, as text dumps or PDFs, with their gold.

    python tests/realistic.py --pages 300 --seed 11 --split test --out build/real-text
    python tests/realistic.py --pages 100 --seed 12 --split test --pdf --out build/real-pdf
    python tests/realistic.py --pages 100 --seed 13 --split test --flat --out build/real-flat

The articles come from `../shared/corpus/rmrb-2020-02-05.jsonl` (real People's Daily articles;
those with the same date and page really shared a page), or from the 200 of them bundled as
`tests/data/real_articles.jsonl` when the corpus is not beside the repository. A generated page
holds the articles of one real page, in their real order, with their real structure: kicker,
title and subtitle as printed (a long title may wrap over two lines), crossheads, box labels
and attributions as the short paragraphs they are, the dateline at the head of the first
paragraph, a foot credit (`（新华社北京1月3日电  记者梅世雄）`) set at the foot of the body.
Only the layout varies, page by page: column widths (the same for neighbours or not),
headlines before or after their body in a text dump, indents kept or dropped, justification
spaces, hanging punctuation or none, page furniture at the head, at the foot or between two
columns of an article, headlines centred with leading spaces and short ones letter-spaced (as
extractions of large type give them), blank lines and CRLF.

`--split dev|test|all`: each real page belongs to one half by a hash of its date and page, so
the pages tuned on (dev) and the pages measured (test) never overlap, whatever the seed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import simulate  # noqa: E402

CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus", "rmrb-2020-02-05.jsonl")
BUNDLED = os.path.join(HERE, "data", "real_articles.jsonl")
GOLD_KEYS = ("kind", "title", "subtitles", "dateline", "authors", "paragraphs")
WEEKDAYS = "一二三四五六日"
SECTIONS = ["要闻", "综合", "国际", "经济", "社会", "文化", "评论", "体育", "地方", "视点"]
EDITORS = ["王 明", "李 娜", "张 伟", "刘洋", "陈 静", "杨帆", "赵磊", "周 敏", "吴 楠"]


def corpus_path(path: str | None = None) -> str:
    """The corpus to draw from: the given file, the shared corpus, else the bundled articles."""
    for p in (path, os.environ.get("BAOZHI_CORPUS"), CORPUS, BUNDLED):
        if p and os.path.isfile(p):
            return p
    raise SystemExit("no corpus: neither ../shared/corpus nor tests/data/real_articles.jsonl")


def load_pages(path: str | None = None, split: str = "all") -> list[list[dict]]:
    """The real pages of the corpus: lists of articles in page order, one list a page."""
    pages: dict[tuple[str, int], list[dict]] = {}
    with open(corpus_path(path), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                pages.setdefault((a["date"], a["page"]), []).append(a)
    out = []
    for key in sorted(pages):
        half = int(hashlib.sha1(f"{key[0]}-{key[1]}".encode()).hexdigest(), 16) % 2
        if split == "all" or (split == "dev") == (half == 0):
            out.append(sorted(pages[key], key=lambda a: a["seq"]))
    return out


def gold_of(a: dict) -> dict:
    """The article as scored: GOLD.md's fields (the authors key only where the source said)."""
    g = a["gold"]
    return {k: g[k] for k in GOLD_KEYS if k in g}


def printed(a: dict) -> dict:
    """How the article is printed: headline lines in page order with their roles, the body's
    paragraphs with the dateline at the head of the first, and the foot credit if any."""
    g = a["gold"]
    heads = [(t, role) for t, role in ((a.get("kicker"), "kicker"), (a.get("title"), "title"),
                                        (a.get("subtitle"), "subtitle")) if t]
    paras = list(g["paragraphs"])
    credit = g.get("credit")
    dateline = g.get("dateline")
    if dateline and not credit and paras:
        paras[0] = dateline + paras[0]
    return {"heads": heads, "paragraphs": paras, "credit": credit}


# -- text dumps ----------------------------------------------------------------------------

def _title_lines(text: str, rng: random.Random) -> list[str]:
    """A headline as the dump gives it: one line, or, where the printed headline breaks at
    its gap (人不负青山 青山定不负人), a line for each deck."""
    gap = re.search(r" +(?![^（(]*[）)])", text.strip())     # a gap outside brackets
    if gap and rng.random() < 0.25:
        return [text.strip()[:gap.start()], text.strip()[gap.end():]]
    return [text]


def _furniture_lines(a: dict, rng: random.Random) -> tuple[list[str], list[str]]:
    y, m, d = (int(x) for x in a["date"].split("-"))
    wd = WEEKDAYS[__import__("datetime").date(y, m, d).weekday()]
    page, section = a["page"], rng.choice(SECTIONS)
    head = rng.choice([
        [f"{y}年{m}月{d}日 星期{wd}", f"第{page}版", section],
        [f"{y}年{m}月{d}日　第{page}版"],
        [f"{y}.{m}.{d} 星期{wd}", section, str(page)],
        [f"{y}年{m}月{d}日", f"{page:02d}", section],
        [f"人民日报 {y}年{m}月{d}日 星期{wd}", f"第{page}版：{section}"],
    ])
    foot = [rng.choice([f"责任编辑：{rng.choice(EDITORS)}", f"本版责编：{rng.choice(EDITORS)}",
                        f"责任编辑：{rng.choice(EDITORS)}  版式设计：{rng.choice(EDITORS)}"])]
    return head, foot


def text_page(arts: list[dict], rng: random.Random) -> tuple[str, dict]:
    """One real page's articles as a raw text dump, and its gold."""
    before = rng.random() < 0.5
    indent = rng.choice(["", "", "", "　　", "  "])
    saved = dict(simulate.STYLE)
    simulate.STYLE["hang"] = rng.random() < 0.5
    simulate.STYLE["justify"] = rng.random() < 0.8
    lines: list[str] = []
    owner: list[str] = []       # each line's article and role, for diagnosis: "3h", "3b", "f"
    gold = []
    w = rng.randint(11, 20)
    head_f, foot_f = _furniture_lines(arts[0], rng)
    where = rng.choice(["head", "foot", "both", "inside", "none"])
    blocks = []
    for a in arts:
        p = printed(a)
        if rng.random() < 0.6:      # neighbours often share a column width, as often not
            w = rng.randint(11, 20)
        heads = [ln for t, _ in p["heads"] for ln in _title_lines(t, rng)]
        body: list[str] = []
        for para in p["paragraphs"]:
            set_lines = simulate.typeset(para, w, rng)
            if indent and set_lines:
                set_lines[0] = indent + set_lines[0]
            body += set_lines
        if p["credit"]:
            credit = p["credit"]
            if rng.random() < 0.5:
                credit = re.sub(r"\s+", " ", credit)
            body += simulate.typeset(credit, w, rng, indent=rng.choice((0.0, 2.0)))
        blocks.append((heads, body, len(gold)))
        gold.append(gold_of(a))
    if where == "inside":
        # The foot line read between two columns of a long article, as a PDF's order gives it
        k = max(range(len(blocks)), key=lambda i: len(blocks[i][1]))
        heads, body, n = blocks[k]
        cut = rng.randint(len(body) // 3, max(len(body) // 3, 2 * len(body) // 3))
        blocks[k] = (heads, body[:cut] + foot_f + body[cut:], n)
    # A layout-keeping extraction centres headlines with leading spaces (drawn apart from the
    # page's other choices, so that adding it left every other page as it was).
    centre = random.Random(f"centre-{arts[0]['date']}-{arts[0]['page']}").random() < 0.2
    # ...and may give a short headline in large type a space between every two characters.
    spread = random.Random(f"spread-{arts[0]['date']}-{arts[0]['page']}").random() < 0.15
    for heads, body, n in blocks:
        if spread:
            heads = [" ".join(h.replace(" ", "")) if len(h) <= 10 else h for h in heads]
        if centre:
            heads = [" " * (2 * rng_c + 8) + h for rng_c, h in ((len(h) % 5, h) for h in heads)]
        lines += heads + body if before else body + heads
        tags = [f"{n}h"] * len(heads), ["f" if ln in foot_f else f"{n}b" for ln in body]
        owner += tags[0] + tags[1] if before else tags[1] + tags[0]
    if where in ("head", "both"):
        lines = head_f + lines
        owner = ["f"] * len(head_f) + owner
    if where in ("foot", "both"):
        lines += foot_f
        owner += ["f"] * len(foot_f)
    simulate.STYLE.update(saved)
    sep = "\r\n" if rng.random() < 0.15 else "\n"
    if rng.random() < 0.3:
        sep += sep
    layout = {"headlines": "before" if before else "after", "indent": indent or None, "furniture": where,
              "centred": centre, "spread": spread,
              "source": f"{arts[0]['date']}-{arts[0]['page']:02d}",
              "lines": [o for o, ln in zip(owner, lines) if ln.strip()]}
    return sep.join(lines) + sep, {"schema": "baozhi.page/1", "layout": layout, "articles": gold}


def flat_page(arts: list[dict], rng: random.Random) -> tuple[str, dict]:
    """One real page's articles as unwrapped text, each paragraph on one line (text copied
    from a web edition, or a dump re-flowed): headline lines as printed, then the body's
    paragraphs, then the foot credit; nothing to measure a column by."""
    lines: list[str] = []
    gold = []
    before = rng.random() < 0.5
    for a in arts:
        p = printed(a)
        heads = [t for t, _ in p["heads"]]
        body = list(p["paragraphs"]) + ([p["credit"]] if p["credit"] else [])
        lines += heads + body if before else body + heads
        gold.append(gold_of(a))
    layout = {"headlines": "before" if before else "after", "unwrapped": True,
              "source": f"{arts[0]['date']}-{arts[0]['page']:02d}"}
    return "\n".join(lines) + "\n", {"schema": "baozhi.page/1", "layout": layout, "articles": gold}


# -- PDFs -----------------------------------------------------------------------------------

def pdf_page(arts: list[dict], rng: random.Random, path: str) -> dict:
    """One real page's articles typeset as a PDF (tests/typeset.py's grid and fonts)."""
    import typeset

    sh = typeset._new_sheet(rng, None)
    y, m, d = (int(x) for x in arts[0]["date"].split("-"))
    section = rng.choice(SECTIONS)
    top, edition = typeset._furniture(sh, arts[0]["page"], "人民日报", (y, m, d), section, rng)
    queue = []
    for a in arts:
        p = printed(a)
        paras = p["paragraphs"] + ([re.sub(r"\s+", " ", p["credit"])] if p["credit"] else [])
        queue.append({"kind": "article", "title": a.get("title"), "heads": p["heads"], "subtitles": [],
                      "dateline": None, "authors": [], "paragraphs": paras, "gold": gold_of(a)})
    gold = typeset.fill(sh, queue, [], top, rng, ("over", "beside"))
    if len(gold) < len(queue):
        # An article too long for this sheet would be dropped, and the page would no longer
        # be the real page (a long report alone would leave it empty): set the page again as a
        # busy broadsheet, 6 to 8 columns of 9-point type, drawn apart from the other pages.
        dense = random.Random(f"dense-{arts[0]['date']}-{arts[0]['page']}")
        for cols, size in (((6, 8), 9.0), ((8, 10), 7.0)):     # (a report of 16,000 characters
            # needs the second: 7-point type in 8 to 10 columns)
            sh = typeset.Sheet(dense, typeset.fonts(dense.random() < 0.5), cols, (size,), broadsheet=True)
            top, edition = typeset._furniture(sh, arts[0]["page"], "人民日报", (y, m, d), section, dense)
            gold = typeset.fill(sh, queue, [], top, dense, ("over", "beside"))
            if len(gold) == len(queue):
                break
    typeset.render([sh], path)
    return {"schema": "baozhi.page/1", "font": sh.font, "columns": sh.cols, "edition": edition,
            "articles": gold, "source": f"{arts[0]['date']}-{arts[0]['page']:02d}"}


def generate(n: int, out: str, seed: int = 0, split: str = "all", pdf: bool = False,
             corpus: str | None = None, flat: bool = False) -> list[str]:
    """n pages drawn (without repeats while they last) from the corpus's real pages, under out."""
    pages = load_pages(corpus, split)
    rng = random.Random(seed)
    order = rng.sample(range(len(pages)), len(pages))
    os.makedirs(out, exist_ok=True)
    stems = []
    for k in range(n):
        arts = pages[order[k % len(order)]]
        stem = f"real-{'pdf' if pdf else 'flat' if flat else 'text'}-{seed}-{k:04d}"
        if pdf:
            gold = pdf_page(arts, rng, os.path.join(out, stem + ".pdf"))
        else:
            text, gold = flat_page(arts, rng) if flat else text_page(arts, rng)
            with open(os.path.join(out, stem + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        with open(os.path.join(out, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        stems.append(stem)
    return stems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--pdf", action="store_true", help="typeset PDFs instead of text dumps")
    ap.add_argument("--founder", action="store_true",
                    help="with --pdf: write them as Founder PDFGenerator does (tests/typeset.py --founder)")
    ap.add_argument("--identity-h", action="store_true",
                    help="with --pdf: write them as a newspaper system does with embedded CID fonts, each "
                         "character an object (tests/typeset.py --identity-h)")
    ap.add_argument("--flat", action="store_true", help="unwrapped text: a paragraph a line")
    ap.add_argument("--corpus", help="a corpus .jsonl (default: ../shared/corpus, else the bundled 200)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if args.founder or args.identity_h:
        import typeset
        typeset.STYLE["founder"] = args.founder
        typeset.STYLE["identity"] = args.identity_h
    generate(args.pages, args.out, args.seed, args.split, args.pdf, args.corpus, args.flat)
    print(f"{args.pages} {'PDF' if args.pdf else 'unwrapped text' if args.flat else 'text'} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
