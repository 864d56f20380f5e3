#!/usr/bin/env python3
# Written by a helper session from the corpus and GOLD.md alone, as a sample of a text-dump style
# we did not design; kept as its author left it (but for where it finds the corpus). Run through
# bench/unseen_styles.py.
"""Lay out real People's Daily pages (Feb 2020) as raw text dumps in three unseen styles.

Usage: python3 /tmp/fresh2/gen.py [corpus.jsonl] [outdir]
Writes <outdir>/<style>/<YYYYMMDD-PP>.txt and .gold.json, then checks every page:
gold paragraphs (and titles, subtitles, datelines), whitespace ignored, must occur in
order in the .txt.  Standard library only, fixed seed.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 20200205
PAGES_PER_STYLE = 40
CORPUS = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/rmrb-2020-02-05.jsonl"
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/fresh2"
STYLES = ["mixed-width", "html-copy", "two-space-indent"]

WEEK = "一二三四五六日"
# punctuation that must not start a line (simple kinsoku: hang it on the previous line)
NO_START = set("，。、；：？！）》」』”’…—·%,.;:?!)]")
FS = "\u3000"  # full-width space


def cw(ch):
    """display width in full-width units: ASCII (and half-width forms) count half."""
    if ord(ch) < 128 or unicodedata.east_asian_width(ch) in ("Na", "H"):
        return 0.5
    return 1.0


def width(s):
    return sum(cw(c) for c in s)


def wrap(text, first_prefix, width_limit, rest_prefix=""):
    """Greedy character wrap with a little kinsoku and unbroken ASCII words."""
    # tokens: runs of ASCII alnum stay together, everything else single chars
    toks = re.findall(r"[A-Za-z0-9.\-_/]+|.", text, flags=re.S)
    lines, cur, curw = [], first_prefix, width(first_prefix)
    for t in toks:
        tw = width(t)
        if curw + tw > width_limit and cur.strip() and not (len(t) == 1 and t in NO_START):
            lines.append(cur.rstrip(" " + FS))
            cur, curw = rest_prefix, width(rest_prefix)
            if t.isspace():
                continue  # extraction drops spaces at a line break
        cur += t
        curw += tw
    if cur.strip():
        lines.append(cur.rstrip(" " + FS))
    return lines


def header_line(date, page, style):
    d = datetime.date.fromisoformat(date)
    sec = " 要闻" if page <= 4 else ""
    if style == "html-copy":
        return "人民日报 %d年%02d月%02d日 第%02d版%s" % (d.year, d.month, d.day, page,
                                                  ("：要闻" if page <= 4 else ""))
    return "人民日报 %d年%d月%d日 星期%s 第%d版%s" % (d.year, d.month, d.day, WEEK[d.weekday()],
                                             page, sec)


def heads(r):
    return [h for h in (r["kicker"], r["title"], r["subtitle"]) if h]


def split_credit(g):
    """(lead dateline or None, foot credit or None) as the paper prints them."""
    credit = g.get("credit")
    dl = g.get("dateline")
    if credit:
        # a foot credit naming place+date is stored as the dateline too: print it at the foot only
        if dl and dl.replace(" ", "") == credit.replace(" ", ""):
            dl = None
        return dl, credit
    return dl, None


def body_paras(r, sep):
    """gold paragraphs with the lead dateline opening the first one."""
    g = r["gold"]
    dl, credit = split_credit(g)
    paras = list(g["paragraphs"])
    if dl:
        paras[0] = dl + sep + paras[0]
    return paras, credit


# ---------------------------------------------------------------- styles
def style_mixed_width(date, page, arts, rng):
    out = [header_line(date, page, "mixed-width")]
    for r in arts:
        w = rng.randint(14, 28)
        for h in heads(r):
            out += wrap(h, "", 24)
        paras, credit = body_paras(r, FS)
        if credit:
            paras[-1] = paras[-1] + credit
        for p in paras:
            out += wrap(p, FS * 2, w)
    return "\n".join(out) + "\n"


def style_html_copy(date, page, arts, rng):
    d = datetime.date.fromisoformat(date)
    out = [header_line(date, page, "html-copy"), ""]
    for r in arts:
        out += heads(r)
        out.append("")
        paras, credit = body_paras(r, FS)
        out += paras
        if credit:
            out.append(credit)
        out.append("")
    out.append("（来源：人民日报 %d年%02d月%02d日 第%02d版）" % (d.year, d.month, d.day, page))
    return "\n".join(out) + "\n"


def centre(line, measure=40):
    pad = int(round((measure - width(line)) / 2))
    return " " * max(0, pad) + line


def style_two_space(date, page, arts, rng):
    out = [header_line(date, page, "two-space-indent")]
    for i, r in enumerate(arts):
        if i:
            out.append("")
        w = rng.randint(18, 22)
        for h in heads(r):
            for ln in wrap(h, "", 40):
                out.append(centre(ln))
        paras, credit = body_paras(r, "  ")
        for p in paras:
            out += wrap(p, "  ", w)
        if credit:
            # foot credit set flush right in the column, on a line of its own
            for ln in wrap(credit, "", w):
                pad = int(round((w - width(ln)) * 2))  # ASCII spaces are half units
                out.append(" " * max(0, pad) + ln)
    return "\n".join(out) + "\n"


RENDER = {"mixed-width": style_mixed_width, "html-copy": style_html_copy,
          "two-space-indent": style_two_space}


# ---------------------------------------------------------------- check
def nows(s):
    return re.sub(r"\s+", "", s)


def check(txt, gold):
    flat = nows(txt)
    pos = 0
    for a in gold["articles"]:
        pieces = [a["title"]] if a["title"] else []
        for p in a["paragraphs"]:
            pieces.append(p)
        for piece in pieces:
            k = flat.find(nows(piece), pos)
            if k < 0:
                return "missing/out of order: %r" % piece[:40]
            pos = k + len(nows(piece))
        for extra in a["subtitles"] + ([a["dateline"]] if a["dateline"] else []):
            if nows(extra) not in flat:
                return "missing: %r" % extra[:40]
    return None


def main():
    recs = [json.loads(l) for l in open(CORPUS, encoding="utf-8")]
    pages = {}
    for r in recs:
        if r["date"].startswith("2020-02"):
            pages.setdefault((r["date"], r["page"]), []).append(r)
    keys = sorted(pages)
    rng = random.Random(SEED)
    chosen = rng.sample(keys, PAGES_PER_STYLE * len(STYLES))  # disjoint pages per style
    bad = 0
    for si, style in enumerate(STYLES):
        d = os.path.join(OUT, style)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        srng = random.Random("%d-%s" % (SEED, style))
        for key in sorted(chosen[si * PAGES_PER_STYLE:(si + 1) * PAGES_PER_STYLE]):
            arts = sorted(pages[key], key=lambda r: r["seq"])
            stem = "%s-%02d" % (key[0].replace("-", ""), key[1])
            txt = RENDER[style](key[0], key[1], arts, srng)
            gold = {"articles": [{k: r["gold"][k] for k in
                                  ("kind", "title", "subtitles", "dateline", "paragraphs")}
                                 for r in arts]}
            with open(os.path.join(d, stem + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(txt)
            with open(os.path.join(d, stem + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=1)
            err = check(txt, gold)
            if err:
                bad += 1
                print("CHECK FAIL", style, stem, err)
        print(style, PAGES_PER_STYLE, "pages ->", d)
    print("check failures:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
