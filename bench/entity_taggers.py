#!/usr/bin/env python3
"""baozhi's enrichment against taggers alone, on the hand-annotated gold of real articles
(tests/data/entity_gold/gold.jsonl, rules in RULES.md beside it): F1 per kind, on the tuning
two thirds and the held-out third.

    python bench/entity_taggers.py [--gold tests/data/entity_gold/gold.jsonl]

Rows:
  baozhi            `enrich_article` as shipped (LAC under our title chains and rules)
  rules alone       the same stages without the model (what the nlp extra did before LAC)
  LAC alone         LAC's PER, ORG and LOC words as they come, TIME words as dates; places
                    resolved with the same gazetteer and dates with the same resolver as
                    baozhi's, so that only the tagging differs
  jieba alone       jieba.posseg's nr, nt, ns and t words the same way (jieba ships in the
                    nlp extra: its HMM part-of-speech tagger is the only other tagger at hand
                    whose model installs with it)
  thulac            thulac's np, ni, ns and t words the same way (only where `thulac` is
                    installed: pip install thulac; it is no dependency of baozhi)
A kind a tagger does not tag (titles; figures) is shown as "-".
"""
import argparse
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from baozhi.enrich import dates as _dates  # noqa: E402
from baozhi.enrich import lexical, places  # noqa: E402
from baozhi.evaluate_entities import KINDS, score_entities  # noqa: E402

TAGGED = ("people", "organizations", "places", "dates")


def _texts(a) -> list[str]:
    return [t for t in [a.title, *a.subtitles, a.dateline, *a.paragraphs] if t]


def _time_base(date):
    if not date:
        return None
    y, m, d = (int(x) for x in date.split("-"))
    return {"year": y, "month": m, "day": d}


def _from_words(words_of, person: str, org: str, loc: str, time_tags: tuple[str, ...]):
    """A predictor from a tagger's (word, tag) lists: its names as they come."""
    names = places._gazetteer()
    jio = _dates.jionlp()

    def predict(a, date):
        out = {"people": [], "organizations": [], "places": [], "dates": []}
        seen = {k: set() for k in out}
        tb = _time_base(date)
        for text in _texts(a):
            for word, tag in words_of(text):
                word = word.strip()
                if len(word) < 2:
                    continue
                if tag == person and word not in seen["people"]:
                    out["people"].append({"name": word, "titles": []})
                elif tag == org and word not in seen["organizations"]:
                    out["organizations"].append(word)
                elif tag == loc and word not in seen["places"]:
                    r = places._resolve_any(word, names) if names else None
                    full = "".join(dict.fromkeys(p for p in r if p)) if r else word
                    out["places"].append({"full": full})
                elif tag in time_tags and word not in seen["dates"]:
                    span = _dates._resolve(jio, word, tb)
                    if span:
                        out["dates"].append({"text": word, "from": span[0], "to": span[1]})
                for k, key in (("people", person), ("organizations", org), ("places", loc)):
                    if tag == key:
                        seen[k].add(word)
                if tag in time_tags:
                    seen["dates"].add(word)
        return out

    return predict


def _row(name: str, result: dict, tagged: tuple[str, ...], seconds: float) -> str:
    cells = []
    for part in ("tuning", "heldout"):
        kinds = result[part]["kinds"]
        cells += [f"{kinds[k]['f1']:.2f}" if k in tagged else "-" for k in KINDS]
    return f"| {name} | " + " | ".join(cells) + f" | {seconds:.1f} |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "data", "entity_gold", "gold.jsonl"))
    args = ap.parse_args()
    rows = []
    t0 = time.perf_counter()
    rows.append(_row("baozhi", score_entities(args.gold), KINDS, time.perf_counter() - t0))
    real = lexical.available
    lexical.available = lambda: False       # the stages' rule paths, as without the model
    try:
        t0 = time.perf_counter()
        rows.append(_row("rules alone", score_entities(args.gold), KINDS, time.perf_counter() - t0))
    finally:
        lexical.available = real
    lac = lambda text: [(w.text, w.tag) for w in lexical.analyse(text)]     # noqa: E731
    t0 = time.perf_counter()
    rows.append(_row("LAC alone", score_entities(args.gold, _from_words(lac, "PER", "ORG", "LOC", ("TIME",))),
                     TAGGED, time.perf_counter() - t0))
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    cut = lambda text: [(w.word, w.flag) for w in jieba.posseg.cut(text)]     # noqa: E731
    t0 = time.perf_counter()
    rows.append(_row("jieba alone", score_entities(args.gold, _from_words(cut, "nr", "nt", "ns", ("t",))),
                     TAGGED, time.perf_counter() - t0))
    try:
        import thulac
    except ImportError:
        print("thulac: not installed (pip install thulac), row left out")
    else:
        th = thulac.thulac()
        cut = lambda text: [tuple(x) for x in th.cut(re.sub(r"\s+", " ", text))]   # noqa: E731
        t0 = time.perf_counter()
        rows.append(_row("thulac", score_entities(args.gold, _from_words(cut, "np", "ni", "ns", ("t",))),
                         TAGGED, time.perf_counter() - t0))
    head = " | ".join(f"{k}" for k in KINDS)
    print(f"| F1 | {head} (tuning) | {head} (held out) | s |")
    print("|---|" + "---|" * (2 * len(KINDS) + 1))
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
