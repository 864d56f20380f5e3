#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it (but for where it finds the corpus). Run through
# bench/unseen_styles.py.
"""Generate fresh-style raw text dumps of real People's Daily pages (May 2020).

Styles (all new relative to earlier test sets):
  docx    - "Word/docx export": every paragraph one unwrapped line, headline lines on their
            own lines, empty paragraph between articles, furniture (masthead/date/page line)
            at top and a page footer at the bottom. Foot credit on its own line or appended to
            the last paragraph (as the print run puts it).
  narrow  - e-paper copy-paste from a narrow column: 11-13 full-width chars per line
            (ASCII counts half), paragraphs open with two ASCII spaces, kicker/title/subtitle
            wrapped to the same narrow width, no blank line inside an article.
  widecrlf- wide column (30-36 chars), CRLF line endings with random trailing spaces,
            paragraphs indented with two ideographic spaces, headlines centred with
            ideographic spaces, column breaks every 40-70 lines marked by a page footer
            line ("第5版" etc.) and a form feed, mid-article; foot credits right-aligned on
            their own line.

Only characters of the corpus record (kicker, title, subtitle, gold dateline, paragraphs,
gold credit) plus whitespace and page furniture are printed.

Usage: python3 gen.py [--corpus PATH] [--out DIR] [--seed N] [--pages N] [--check]
"""
import argparse
import datetime
import json
import os
import random
import sys
import unicodedata

CORPUS = os.environ.get("STYLE_CORPUS", "../shared/corpus/rmrb-2020-02-05.jsonl")
WEEK = "一二三四五六日"
IDSP = "\u3000"


def load_pages(path):
    pages = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if not r["date"].startswith("2020-05"):
                continue
            pages.setdefault((r["date"], r["page"]), []).append(r)
    for k in pages:
        pages[k].sort(key=lambda r: r["seq"])
    return pages


def cw(ch):
    """display width in full-width units"""
    if unicodedata.east_asian_width(ch) in ("F", "W", "A") and ord(ch) > 0x7F:
        return 1.0
    return 0.5


NO_START = set("，。、；：？！）》」』”’…—·%％,.;:?!)]")
NO_END = set("（《「『“‘([")


def wrap(text, width, first_width=None):
    """greedy wrap by display width with simple kinsoku (closing punctuation hangs at the
    line end, opening punctuation and short ASCII runs move to the next line); never drops
    or reorders characters"""
    lines, cur, w = [], "", 0.0
    lim = first_width if first_width is not None else width
    for ch in text:
        c = cw(ch)
        if cur and w + c > lim and ch not in NO_START:
            carry = ""
            # keep opening punctuation with what follows it
            while cur and cur[-1] in NO_END:
                carry = cur[-1] + carry
                cur = cur[:-1]
            # do not split a short run of ASCII letters/digits
            if ch.isascii() and ch.isalnum():
                k = len(cur)
                while k > 0 and cur[k - 1].isascii() and cur[k - 1].isalnum():
                    k -= 1
                if 0 < k and len(cur) - k < 8:
                    carry = cur[k:] + carry
                    cur = cur[:k]
            if cur:
                lines.append(cur)
            else:  # nothing left to emit: keep the carry on this line
                carry, cur = "", carry
                lines.append(cur)
            cur = carry
            w = sum(cw(x) for x in cur)
            lim = width
        cur += ch
        w += c
    if cur or not lines:
        lines.append(cur)
    return lines


def wrap_headline(text, width):
    """wrap a headline; prefer breaking at a printed space (two-line headline)"""
    parts = text.split(" ") if " " in text else [text]
    out = []
    for p in parts:
        out.extend(wrap(p, width) if p else [])
    if len(parts) > 1:
        # spaces between Latin words must survive: re-join Latin-Latin splits on one line
        res = []
        for p in out:
            if res and res[-1][-1:].isascii() and res[-1][-1:].isalnum() and p[:1].isascii() and p[:1].isalnum():
                res[-1] = res[-1] + " " + p
            else:
                res.append(p)
        out = res
    return out


def article_parts(r):
    """(headline lines, dateline-at-head, paragraphs, foot credit) of one record"""
    g = r["gold"]
    heads = [x for x in (r["kicker"], r["title"], r["subtitle"]) if x]
    credit = g.get("credit")
    head_dl = g["dateline"] if (g["dateline"] and g["dateline"] != credit) else None
    return heads, head_dl, list(g["paragraphs"]), credit


def furniture(date, page):
    d = datetime.date.fromisoformat(date)
    return {
        "mast": "人民日报",
        "dateline": f"{d.year}年{d.month}月{d.day}日　星期{WEEK[d.weekday()]}",
        "pageno": f"第{page}版",
        "pageno2": f"{page:02d}",
        "footer": f"人民日报 {d.year}年{d.month:02d}月{d.day:02d}日 第{page:02d}版",
    }


# ---------------------------------------------------------------- styles

def style_docx(recs, rng):
    date, page = recs[0]["date"], recs[0]["page"]
    fu = furniture(date, page)
    out = [fu["mast"], f"{fu['dateline']}　{fu['pageno']}", ""]
    append_credit = rng.random() < 0.5
    for i, r in enumerate(recs):
        heads, dl, paras, credit = article_parts(r)
        if i:
            out.append("")
        out.extend(heads)
        for j, p in enumerate(paras):
            if j == 0 and dl:
                p = dl + rng.choice(["  ", " ", "　"]) + p
            if j == len(paras) - 1 and credit and append_credit:
                p = p + credit
            out.append(p)
        if credit and not append_credit:
            out.append(credit)
    out += ["", fu["footer"]]
    return "\n".join(out) + "\n"


def style_narrow(recs, rng):
    date, page = recs[0]["date"], recs[0]["page"]
    fu = furniture(date, page)
    width = rng.choice([11, 12, 13])
    out = [fu["pageno2"], fu["dateline"], ""]
    for i, r in enumerate(recs):
        heads, dl, paras, credit = article_parts(r)
        if i:
            out.append("")
        for h in heads:
            out.extend(wrap_headline(h, width))
        if rng.random() < 0.5:
            out.append("")  # some copies keep a gap under the headline
        for j, p in enumerate(paras):
            if j == 0 and dl:
                p = dl + IDSP + p
            if j == len(paras) - 1 and credit:
                p = p + credit  # credit runs on at the end of the last paragraph
            ls = wrap(p, width, first_width=width - 1)  # two ASCII spaces = one cell
            ls[0] = "  " + ls[0]
            out.extend(ls)
    return "\n".join(out) + "\n"


def centre(line, width):
    w = sum(cw(c) for c in line)
    pad = max(0, int((width - w) // 2))
    return IDSP * pad + line


def style_widecrlf(recs, rng):
    date, page = recs[0]["date"], recs[0]["page"]
    fu = furniture(date, page)
    width = rng.randint(30, 36)
    colh = rng.randint(40, 70)
    body = [f"{fu['mast']}{IDSP * 4}{fu['dateline']}{IDSP * 4}{fu['pageno']}", ""]
    for i, r in enumerate(recs):
        heads, dl, paras, credit = article_parts(r)
        if i:
            body.append("")
        for h in heads:
            for hl in wrap_headline(h, width - 2):
                body.append(centre(hl, width))
        body.append("")
        for j, p in enumerate(paras):
            if j == 0 and dl:
                p = dl + "  " + p
            ls = wrap(p, width, first_width=width - 2)
            ls[0] = IDSP * 2 + ls[0]
            body.extend(ls)
        if credit:
            for cl in wrap(credit, width):  # right-aligned, wrapped when too long
                cwid = sum(cw(c) for c in cl)
                body.append(IDSP * max(0, int(width - cwid)) + cl)
    # column breaks: footer line + form feed every colh lines (mid-article)
    out = []
    for k, line in enumerate(body):
        if k and k % colh == 0:
            out.append(centre(fu["pageno"], width))
            out.append("\f")
        out.append(line + " " * rng.choice([0, 0, 1, 2, 3]))
    out.append(centre(fu["pageno"], width))
    return "\r\n".join(out) + "\r\n"


STYLES = {"docx": style_docx, "narrow": style_narrow, "widecrlf": style_widecrlf}


def gold_of(recs):
    return {"articles": [{k: r["gold"][k] for k in ("kind", "title", "subtitles", "dateline", "paragraphs")}
                         for r in recs]}


def squash(s):
    return "".join(ch for ch in s if not ch.isspace())


def expected_stream(recs):
    s = ""
    for r in recs:
        heads, dl, paras, credit = article_parts(r)
        s += "".join(heads) + (dl or "") + "".join(paras) + (credit or "")
    return squash(s)


def check(text, recs):
    """(subseq, exact): gold paragraphs appear in order in the txt (whitespace ignored), and
    the txt minus whitespace is exactly the record stream (headlines, dateline, paragraphs,
    credit) interleaved with page furniture only."""
    fu = furniture(recs[0]["date"], recs[0]["page"])
    t = squash(text)
    exp = expected_stream(recs)
    gp = squash("".join("".join(r["gold"]["paragraphs"]) for r in recs))
    it = iter(t)
    sub_ok = all(ch in it for ch in gp)
    furn = {squash(v) for v in fu.values()}
    # search over (i, j) states: consume a stream char or a whole furniture string
    stack, seen = [(0, 0)], set()
    while stack:
        i, j = stack.pop()
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if i == len(t) and j == len(exp):
            return sub_ok, True
        for f in furn:
            if t.startswith(f, i):
                stack.append((i + len(f), j))
        if i < len(t) and j < len(exp) and t[i] == exp[j]:
            stack.append((i + 1, j + 1))
    return sub_ok, False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--out", default="/tmp/fresh")
    ap.add_argument("--seed", type=int, default=20200505)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    pages = load_pages(a.corpus)
    keys = sorted(pages)
    n = 0
    bad = 0
    for si, (name, fn) in enumerate(STYLES.items()):
        rng = random.Random(a.seed * 10 + si)
        chosen = sorted(rng.sample(keys, a.pages))
        d = os.path.join(a.out, name)
        os.makedirs(d, exist_ok=True)
        for (date, page) in chosen:
            recs = pages[(date, page)]
            stem = f"{date.replace('-', '')}-{page:02d}"
            text = fn(recs, rng)
            with open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            with open(os.path.join(d, stem + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(gold_of(recs), f, ensure_ascii=False, indent=1)
            n += 1
            if a.check:
                sub_ok, exact = check(text, recs)
                if not (sub_ok and exact):
                    bad += 1
                    print(f"CHECK FAIL {name}/{stem}: subseq={sub_ok} exact={exact}", file=sys.stderr)
    print(f"wrote {n} pages" + (f", {bad} check failures" if a.check else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
