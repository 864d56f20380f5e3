"""Scoring the enrich stages on a gold set (`baozhi score --entities GOLD.jsonl`): precision,
recall and F1 per kind, counted over the distinct items of each line, summed over the set.

A gold line is a sentence, {"text": ..., "date": "2024-03-18", ...}, or a whole article,
{"title", "kicker", "subtitles", "dateline", "paragraphs", "authors", "date", "heldout"}
(tests/data/entity_gold/, whose RULES.md says what each kind holds), with its items:
"people": [{"name", "titles"}], "organizations": [name], "places": [full name], "dates":
[{"text", "from", "to"} or {"text", "relative": true}], "quantities": [{"value", "unit"}]. A
kind a line leaves out is not scored on that line. Lines marked `heldout` (kept out of tuning)
are also scored apart, and so are the others.
"""
from __future__ import annotations

import json
from typing import Any

from .evaluate import fold

KINDS = ("people", "titles", "organizations", "places", "dates", "quantities")


def _items(kind: str, d: dict) -> set:
    """What counts as one item of a kind, from a gold line or a prediction alike."""
    if kind == "people":
        return {fold(p["name"]) for p in d.get("people") or []}
    if kind == "titles":
        return {(fold(p["name"]), fold(t)) for p in d.get("people") or [] for t in p.get("titles") or []}
    if kind == "organizations":
        return {fold(o if isinstance(o, str) else o["name"]) for o in d.get("organizations") or []}
    if kind == "places":
        return {fold(p if isinstance(p, str) else p["full"]) for p in d.get("places") or []}
    if kind == "dates":
        return {(fold(x["text"]), "relative") if x.get("relative") else (fold(x["text"]), x.get("from"), x.get("to"))
                for x in d.get("dates") or []}
    if kind == "quantities":
        return {(round(float(q["value"]), 6), q["unit"]) for q in d.get("quantities") or []}
    raise ValueError(kind)


def _article(g: dict):
    """The Article a gold line stands for (a sentence: one paragraph); a kicker is read as
    the first subtitle."""
    from .model import Article

    if "paragraphs" not in g:
        return Article(paragraphs=[g["text"]], authors=g.get("authors") or [])
    subtitles = ([g["kicker"]] if g.get("kicker") else []) + list(g.get("subtitles") or [])
    return Article(title=g.get("title"), subtitles=subtitles, dateline=g.get("dateline"),
                   paragraphs=list(g["paragraphs"]), authors=list(g.get("authors") or []))


def _kinds(counts: dict[str, list[int]]) -> dict[str, dict]:
    out = {}
    for kind, (hit, n_pred, n_gold) in counts.items():
        p = hit / n_pred if n_pred else 1.0
        r = hit / n_gold if n_gold else 1.0
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                     "gold": n_gold, "predicted": n_pred}
    return out


def score_entities(path: str, predict=None) -> dict[str, Any]:
    """Precision, recall and F1 per kind over the gold lines in `path` (JSON lines), overall
    and, where lines are marked `heldout`, for the held-out lines and the others apart.
    `predict(article, date) -> dict` stands in for baozhi's enrichment (to measure a tagger
    alone on the same gold). Raises ValueError for a file without gold lines, OSError where
    it cannot be read."""
    from .enrich import enrich_article

    if predict is None:
        predict = lambda a, date: enrich_article(a, date).to_dict()     # noqa: E731
    counts = {part: {k: [0, 0, 0] for k in KINDS} for part in ("all", "heldout", "tuning")}
    misses: list[dict] = []
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    if not lines:
        raise ValueError("no gold lines")
    for g in lines:
        pred = predict(_article(g), g.get("date"))
        part = "heldout" if g.get("heldout") else "tuning"
        for kind in KINDS:
            if (kind if kind != "titles" else "people") not in g:
                continue
            gi, pi = _items(kind, g), _items(kind, pred)
            for c in (counts["all"][kind], counts[part][kind]):
                c[0] += len(gi & pi)
                c[1] += len(pi)
                c[2] += len(gi)
            if gi != pi:
                misses.append({"id": g.get("id"), "text": g.get("text") or (g.get("title") or ""), "kind": kind,
                               "heldout": bool(g.get("heldout")),
                               "missed": sorted(map(str, gi - pi)), "wrong": sorted(map(str, pi - gi))})
    out: dict[str, Any] = {"sentences": len(lines), "kinds": _kinds(counts["all"]), "misses": misses}
    if any(g.get("heldout") for g in lines):
        out["heldout"] = {"lines": sum(1 for g in lines if g.get("heldout")), "kinds": _kinds(counts["heldout"])}
        out["tuning"] = {"lines": sum(1 for g in lines if not g.get("heldout")), "kinds": _kinds(counts["tuning"])}
    return out


def format_entities(result: dict[str, Any]) -> str:
    rows = [f"{result['sentences']} gold lines"]
    parts = [("all", result["kinds"])] + [(p, result[p]["kinds"]) for p in ("tuning", "heldout") if p in result]
    for name, kinds in parts:
        if len(parts) > 1:
            rows.append(f"{name}:" + (f" {result[name]['lines']} lines" if name in result else ""))
        for kind, s in kinds.items():
            rows.append(f"  {kind:14s} precision={s['precision']:.3f} recall={s['recall']:.3f} f1={s['f1']:.3f} "
                        f"(gold {s['gold']}, predicted {s['predicted']})")
    for m in result["misses"][:40]:
        rows.append(f"  {m['kind']}: missed {m['missed']} wrong {m['wrong']} | {m['text'][:40]}")
    return "\n".join(rows)
