"""`baozhi score`: how close a predicted page is to a gold page.

Metrics (the same definitions as the project's reference scorer, so the two can be checked
against each other):

  seg_f1     an article is segmented right when its body and the matched gold body share
             >= 95% of their character bigrams both ways; F1 over gold and predicted articles
  cer        edit distance of each gold body to its matched prediction (whole body when
             unmatched), over all gold characters; whitespace ignored, NFKC-folded
  para_f1    paragraph starts (first 8 characters) found, F1
  title      headline set (title + subtitles) exactly right, share of gold articles
  main_title the main headline itself exactly right (not a kicker or subtitle in its place)
  authors    author name set exactly right (gold articles that carry the key)
  dateline   dateline exactly right (gold articles that carry the key)
  kind       article kind right
  people_f1, titles_f1   persons named, and (person, title) pairs, when the gold has people

Gold and predicted articles are paired greedily by the number of character bigrams their
bodies share, largest first.
"""
from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections import Counter
from typing import Any, Iterator


def fold(s: str | None) -> str:
    """NFKC and no whitespace: the form in which texts are compared."""
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def body_text(article: dict) -> str:
    return fold("".join(article.get("paragraphs") or []))


def levenshtein(a: str, b: str) -> int:
    """Edit distance with bit-vectors over the characters of `a` (Hyyrö's variant of
    Myers' algorithm): one pass over `b`, a handful of integer operations per character."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    n = len(a)
    masks: dict[str, int] = {}
    bit = 1
    for ch in a:
        masks[ch] = masks.get(ch, 0) | bit
        bit <<= 1
    full = (1 << n) - 1
    top = 1 << (n - 1)
    plus, minus, dist = full, 0, n
    for ch in b:
        m = masks.get(ch, 0)
        d0 = ((((m & plus) + plus) ^ plus) | m | minus)
        hp = minus | (~(d0 | plus) & full)
        hm = plus & d0
        if hp & top:
            dist += 1
        elif hm & top:
            dist -= 1
        hp = ((hp << 1) | 1) & full
        hm = (hm << 1) & full
        plus = hm | (~(d0 | hp) & full)
        minus = hp & d0
    return dist


def _bigram_counts(s: str) -> Counter:
    return Counter(s[k:k + 2] for k in range(len(s) - 1))


def pair_articles(gold: list[dict], pred: list[dict]) -> dict[int, tuple[int, float, float]]:
    """gold index -> (pred index, share of gold bigrams matched, share of pred bigrams)."""
    g_counts = [_bigram_counts(body_text(a)) for a in gold]
    p_counts = [_bigram_counts(body_text(a)) for a in pred]
    candidates = []
    for gi, gc in enumerate(g_counts):
        for pi, pc in enumerate(p_counts):
            shared = sum((gc & pc).values())
            if shared:
                candidates.append((shared, gi, pi))
    # Largest overlap first; among equals the later gold and later prediction win.
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    taken_p: set[int] = set()
    out: dict[int, tuple[int, float, float]] = {}
    for shared, gi, pi in candidates:
        if gi in out or pi in taken_p:
            continue
        taken_p.add(pi)
        out[gi] = (pi, shared / max(sum(g_counts[gi].values()), 1), shared / max(sum(p_counts[pi].values()), 1))
    return out


def f1(hit_gold: int, n_gold: int, hit_pred: int, n_pred: int) -> float:
    if not n_gold and not n_pred:
        return 1.0
    precision = hit_pred / n_pred if n_pred else 0.0
    recall = hit_gold / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _headlines(a: dict) -> set[str]:
    return {t for t in (fold(x) for x in [a.get("title"), *(a.get("subtitles") or [])]) if t}


def _starts(a: dict) -> set[str]:
    return {fold(p)[:8] for p in a.get("paragraphs") or [] if fold(p)}


def _title_agrees(x: str, y: str) -> bool:
    x, y = fold(x), fold(y)
    return bool(x and y) and (x == y or x.endswith(y) or y.endswith(x))


def _people(articles: list[dict]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in articles:
        for p in a.get("people") or []:
            out.setdefault(fold(p.get("name")), set()).update(fold(t) for t in p.get("titles") or [])
    return out


def people_scores(gold: list[dict], pred: list[dict]) -> tuple[float, float]:
    gp, pp = _people(gold), _people(pred)
    same = len(gp.keys() & pp.keys())
    gpairs = [(n, t) for n, ts in gp.items() for t in ts]
    ppairs = [(n, t) for n, ts in pp.items() for t in ts]
    hit_g = sum(1 for n, t in gpairs if any(m == n and _title_agrees(u, t) for m, u in ppairs))
    hit_p = sum(1 for m, u in ppairs if any(n == m and _title_agrees(u, t) for n, t in gpairs))
    return f1(same, len(gp), same, len(pp)), f1(hit_g, len(gpairs), hit_p, len(ppairs))


def articles_of(page: dict) -> list[dict]:
    if "articles" in page:
        return page.get("articles") or []
    return [a for p in page.get("pages") or [] for a in p.get("articles") or []]


def score_page(gold_page: dict, pred_page: dict) -> dict[str, Any]:
    gold, pred = gold_page.get("articles") or [], articles_of(pred_page)
    pairs = pair_articles(gold, pred)
    seg_ok = sum(1 for _, rg, rp in pairs.values() if rg >= 0.95 and rp >= 0.95)
    errors = chars = 0
    pg = pp = hits = 0
    title = main_title = kind = authors = dateline = n_auth = n_date = 0
    for gi, g in enumerate(gold):
        gb = body_text(g)
        chars += len(gb)
        gs = _starts(g)
        pg += len(gs)
        if gi not in pairs:
            errors += len(gb)
            continue
        p = pred[pairs[gi][0]]
        errors += levenshtein(gb, body_text(p))
        ps = _starts(p)
        pp += len(ps)
        hits += len(gs & ps)
        title += _headlines(g) == _headlines(p)
        main_title += fold(g.get("title")) == fold(p.get("title"))
        kind += (g.get("kind") or "article") == (p.get("kind") or "article")
        if "authors" in g:
            n_auth += 1
            authors += {fold(x) for x in g.get("authors") or []} == {fold(x) for x in p.get("authors") or []}
        if "dateline" in g:
            n_date += 1
            dateline += fold(g.get("dateline")) == fold(p.get("dateline"))
    matched = {pi for pi, _, _ in pairs.values()}
    pp += sum(len(_starts(a)) for pi, a in enumerate(pred) if pi not in matched)
    n = len(gold) or 1
    row: dict[str, Any] = {
        "gold_articles": len(gold),
        "pred_articles": len(pred),
        "seg_f1": f1(seg_ok, len(gold), seg_ok, len(pred)),
        "cer": errors / chars if chars else 0.0,
        "para_f1": f1(hits, pg, hits, pp),
        "title": title / n,
        "main_title": main_title / n,
        "authors": authors / n_auth if n_auth else 1.0,
        "dateline": dateline / n_date if n_date else 1.0,
        "kind": kind / n,
    }
    if any("people" in a for a in gold):
        row["people_f1"], row["titles_f1"] = people_scores(gold, pred)
    return row


def page_pairs(gold: str, pred: str) -> Iterator[tuple[str, str, str]]:
    if os.path.isdir(gold):
        for name in sorted(os.listdir(gold)):
            if name.endswith(".gold.json"):
                stem = name[: -len(".gold.json")]
                yield stem, os.path.join(gold, name), os.path.join(pred, stem + ".json")
    else:
        yield os.path.basename(gold), gold, pred


def score(gold: str, pred: str, warn=None) -> dict[str, Any]:
    """{"pages": {stem: row}, "mean": row} over one page or two directories."""
    rows: dict[str, dict] = {}
    for stem, gpath, ppath in page_pairs(gold, pred):
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
        try:
            with open(ppath, encoding="utf-8") as f:
                p = json.load(f)
        except (OSError, ValueError) as e:
            if warn:
                warn(f"{ppath}: no readable prediction for {os.path.basename(gpath)}, scored as empty ({e})")
            p = {"articles": []}
        rows[stem] = score_page(g, p)
    mean: dict[str, float] = {}
    if rows:
        keys = list(next(iter(rows.values())))
        mean = {k: sum(r.get(k, 0) for r in rows.values()) / len(rows) for k in keys}
    return {"pages": rows, "mean": mean}


def format_report(result: dict[str, Any]) -> str:
    def fmt(row: dict) -> str:
        return " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items())
    lines = [f"{stem}: {fmt(row)}" for stem, row in result["pages"].items()]
    lines.append("mean: " + " ".join(f"{k}={v:.3f}" for k, v in result["mean"].items()))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(format_report(score(sys.argv[1], sys.argv[2])))
