"""Scoring the enrich stages on a gold set of sentences (`baozhi score --entities GOLD.jsonl`):
precision and recall per kind, counted over the whole set.

A gold line: {"text": ..., "date": "2024-03-18", "people": [{"name", "titles"}],
"organizations": [name, ...], "places": [full name, ...], "dates": [{"text", "from", "to"} or
{"text", "relative": true}], "quantities": [{"value", "unit"}]}. A kind a line leaves out is
not scored on that line.
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


def score_entities(path: str) -> dict[str, Any]:
    from .enrich import enrich_article
    from .model import Article

    counts = {k: [0, 0, 0] for k in KINDS}     # hits, predicted, gold
    misses: list[dict] = []
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    if not lines:
        raise ValueError("no gold sentences")
    for g in lines:
        a = enrich_article(Article(paragraphs=[g["text"]], authors=g.get("authors") or []), g.get("date"))
        pred = a.to_dict()
        for kind in KINDS:
            if (kind if kind != "titles" else "people") not in g:
                continue
            gi, pi = _items(kind, g), _items(kind, pred)
            c = counts[kind]
            c[0] += len(gi & pi)
            c[1] += len(pi)
            c[2] += len(gi)
            if gi != pi:
                misses.append({"text": g["text"], "kind": kind, "missed": sorted(map(str, gi - pi)),
                               "wrong": sorted(map(str, pi - gi))})
    out: dict[str, Any] = {"sentences": len(lines), "kinds": {}, "misses": misses}
    for kind, (hit, n_pred, n_gold) in counts.items():
        p = hit / n_pred if n_pred else 1.0
        r = hit / n_gold if n_gold else 1.0
        out["kinds"][kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                              "gold": n_gold, "predicted": n_pred}
    return out


def format_entities(result: dict[str, Any]) -> str:
    rows = [f"{result['sentences']} gold sentences"]
    for kind, s in result["kinds"].items():
        rows.append(f"{kind:14s} precision={s['precision']:.3f} recall={s['recall']:.3f} f1={s['f1']:.3f} "
                    f"(gold {s['gold']}, predicted {s['predicted']})")
    for m in result["misses"][:40]:
        rows.append(f"  {m['kind']}: missed {m['missed']} wrong {m['wrong']} | {m['text'][:40]}")
    return "\n".join(rows)
