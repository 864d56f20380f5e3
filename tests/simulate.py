#!/usr/bin/env python3
"""Lay gold articles out as raw e-paper text dumps, with their gold, to test generalisation.

    python tests/simulate.py --pages 300 --seed 7 --out build/sim

Each page draws articles from tests/data/articles.jsonl and the sample page's gold and sets
them in columns the way e-paper PDFs give their text up: one line per column line, first
lines indented two cells, punctuation hanging past the column edge, justification spaces
where a number did not fit, datelines split over lines, headlines (kicker, title, subtitle)
after or before their body, bylines, photo captions with credits, page furniture, jump
markers, blank lines or not, CRLF or not, indents as spaces or dropped.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
HANG = set("，。、；：！？”’）》…%")
NO_END = set("“‘（《")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%\-+/]*|.", re.S)


def load_articles(pool: str = "articles.jsonl") -> list[dict]:
    """The gold articles to lay out. The default pool is the written articles plus the sample
    page's; `heldout_articles.jsonl` is kept apart to check the parser on text it was never
    tuned on."""
    arts = []
    with open(os.path.join(DATA, pool), encoding="utf-8") as f:
        arts += [json.loads(line) for line in f if line.strip()]
    if pool == "articles.jsonl":
        for name in sorted(os.listdir(DATA)):
            if name.endswith(".gold.json"):
                with open(os.path.join(DATA, name), encoding="utf-8") as f:
                    arts += json.load(f)["articles"]
    return arts


def width(tok: str) -> float:
    return 0.5 * len(tok) if tok.isascii() else float(len(tok))


# How the producing software sets type; tests/simulate.py --style changes them to check that
# the parser does not lean on one producer's habits.
STYLE = {"justify": True, "hang": True, "widths": (9, 22)}


def typeset(text: str, w: int, rng: random.Random, indent: float = 2.0) -> list[str]:
    """Break one paragraph into column lines of w cells (the first one indented)."""
    toks = _TOKEN.findall(text)
    lines: list[list[str]] = [[]]
    room = w - indent
    used = 0.0
    for k, tok in enumerate(toks):
        if tok == "\u3000":
            tok = " "       # a gap, not a character: it never starts a line
        tw = 0.5 if tok == " " else width(tok)
        if tok == " " and not lines[-1]:
            continue
        if used + tw <= room + 1e-9:
            lines[-1].append(tok)
            used += tw
            continue
        if tok in HANG and lines[-1] and used <= room + 1e-9 and STYLE["hang"]:
            lines[-1].append(tok)   # one mark may hang past the edge
            used += tw
            continue
        if tok in HANG and lines[-1]:
            # a second closing mark cannot hang too: carry the last character down with it
            carry = lines[-1].pop()
            while lines[-1] and carry in HANG:
                carry = lines[-1].pop() + carry
            lines.append([carry, tok])
            used = width(carry) + tw
            room = w
            continue
        if lines[-1] and lines[-1][-1] in NO_END:
            carry = lines[-1].pop()
            lines.append([carry])
            used = width(carry)
        else:
            lines.append([])
            used = 0.0
        room = w
        if tok != " ":
            lines[-1].append(tok)
            used += tw
    out = []
    for n, toks_ in enumerate(lines):
        s = "".join(toks_).strip()
        last = n == len(lines) - 1
        fill = (w - (indent if n == 0 else 0)) - sum(0.5 if t == " " else width(t) for t in toks_)
        if not last and fill >= 0.5 and len(s) > 2 and STYLE["justify"]:
            s = justify(toks_, rng)
        out.append(s)
    return [s for s in out if s]


def justify(toks: list[str], rng: random.Random) -> str:
    """Spaces a justifying typesetter leaves, as text extraction reports them."""
    if rng.random() < 0.5 and any(t.isascii() and t.strip() for t in toks):
        return _around_ascii(toks)
    return " ".join(t for t in toks if t != " ")


def _around_ascii(toks: list[str]) -> str:
    out = ""
    for t in toks:
        if t == " ":
            out += " "
        elif t.isascii():
            out += f" {t} "
        else:
            out += t
    return re.sub(r" +", " ", out).strip()


def headline_lines(a: dict, rng: random.Random) -> list[str]:
    lines = []
    subs = list(a.get("subtitles") or [])
    if subs and rng.random() < 0.4:
        lines.append(subs.pop(0))          # kicker above the title
    if a.get("title"):
        lines.append(a["title"])
    lines += subs
    return lines


def byline_line(a: dict, rng: random.Random) -> str | None:
    names = a.get("authors") or []
    if not names or a.get("dateline"):
        return None
    if len(names) == 1 and rng.random() < 0.5:
        return names[0]
    return rng.choice(["记者 ", "本报记者 ", "记者　"]) + " ".join(names)


def credit(a: dict, rng: random.Random) -> str:
    names = " ".join(a.get("authors") or [])
    return rng.choice([f"记者 {names} 摄", f"{names} 摄", f"本报记者 {names} 摄", f"{names} 摄影报道"])


def page(arts: list[dict], rng: random.Random, number: int) -> tuple[str, dict]:
    k = rng.randint(3, 7)
    chosen = rng.sample(arts, k)
    before = rng.random() < 0.5
    indent_style = rng.choice(["", "", "", "　　", "  "])
    lines: list[str] = []
    gold: list[dict] = []
    if rng.random() < 0.5:
        lines.append(rng.choice(["2024年3月18日 星期一", "2024年4月2日　星期二　农历二月廿四"]))
        lines.append(rng.choice([f"第{number % 12 + 1}版", f"第{number % 12 + 1}版：要闻", "A2 要闻"]))
    prev_w = 0
    for n, a in enumerate(chosen):
        g = {key: a.get(key) for key in ("kind", "title", "subtitles", "dateline", "authors", "paragraphs")}
        g["subtitles"] = list(g["subtitles"] or [])
        photo = a.get("kind") == "photo"
        lo, hi = STYLE["widths"]
        w = rng.randint(6, 12) if photo else rng.randint(lo, hi)
        if abs(w - prev_w) < 2:
            w = w + 3 if w + 3 <= hi else w - 3
        prev_w = w
        if not photo and g["title"] and rng.random() < 0.08:
            g["title"], g["subtitles"] = None, []       # headline missing from the dump
        heads = headline_lines(g, rng) if not photo else []
        by = byline_line(g, rng) if not photo else None
        body: list[str] = []
        paras = list(g["paragraphs"])
        for pi, p in enumerate(paras):
            text = p
            if pi == 0 and g.get("dateline"):
                text = g["dateline"] + rng.choice(["", " ", "　"]) + p
            if photo and pi == len(paras) - 1:
                text = p + rng.choice([" ", "　", ""]) + credit(g, rng)
            set_lines = typeset(text, w, rng, indent=0 if photo and rng.random() < 0.3 else 2)
            if indent_style and not photo:
                set_lines[0] = indent_style + set_lines[0]
            body += set_lines
        if n == len(chosen) - 1 and not photo and rng.random() < 0.15:
            marker = f"（下转第{rng.randint(2, 8)}版）"
            if rng.random() < 0.5:
                body.append(marker)
            else:
                body[-1] += marker
        block = heads + ([by] if by else []) + body if before else body + heads + ([by] if by else [])
        lines += block
        gold.append(g)
    if rng.random() < 0.4:
        lines.append(rng.choice(["责任编辑：王芳  版式设计：李娜", "责任编辑：赵刚", "本版编辑 张丽 校对 刘敏"]))
    if rng.random() < 0.1:
        lines = [" " + ln for ln in lines]
    sep = "\r\n" if rng.random() < 0.2 else "\n"
    if rng.random() < 0.5:
        sep = sep + sep
    layout = {"headlines": "before" if before else "after", "indent": indent_style or None,
              "blank_lines": sep in ("\n\n", "\r\n\r\n"), "crlf": "\r" in sep}
    return sep.join(lines) + sep, {"schema": "baozhi.page/1", "layout": layout, "articles": gold}


def generate(n: int, seed: int = 0, pool: str = "articles.jsonl"):
    arts = load_articles(pool)
    rng = random.Random(seed)
    for k in range(n):
        text, gold = page(arts, rng, k)
        yield f"sim-{seed}-{k:04d}", text, gold


def write_pages(folder: str, n: int, seed: int = 0, pool: str = "articles.jsonl", gold: bool = False) -> list[str]:
    """n simulated pages as FOLDER/<stem>.txt (and <stem>.gold.json with `gold`); their paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for stem, text, g in generate(n, seed, pool):
        path = os.path.join(folder, stem + ".txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        if gold:
            with open(os.path.join(folder, stem + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--pool", default="articles.jsonl", help="articles file under tests/data/")
    ap.add_argument("--style", action="append", default=[], choices=["no-justify", "no-hang", "wide", "narrow"],
                    help="typeset without justification spaces or hanging punctuation, or in wide "
                         "(20-34 cells) or narrow (6-10 cells) columns")
    args = ap.parse_args(argv)
    if "wide" in args.style:
        STYLE["widths"] = (20, 34)
    if "narrow" in args.style:
        STYLE["widths"] = (6, 10)
    STYLE["justify"] = "no-justify" not in args.style
    STYLE["hang"] = "no-hang" not in args.style
    write_pages(args.out, args.pages, args.seed, args.pool, gold=True)
    print(f"{args.pages} pages in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
