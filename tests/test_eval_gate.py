"""CI evaluation gate: accuracy on the bundled gold pages and the simulated set must not fall
below the pinned floors (raise a floor when the parser improves; never lower one to pass)."""
import pytest

import baozhi
import simulate

# Measured with the reference scorer; see README "Accuracy and speed". Each set: pages, seed,
# article pool, floors (cer: ceiling). The held-out pool holds articles the parser was never
# tuned on, so its floors are the honest ones.
SETS = {
    "written": (300, 7, "articles.jsonl",
                {"seg_f1": 0.98, "para_f1": 0.985, "title": 0.98, "authors": 0.98, "dateline": 0.99,
                 "kind": 0.99, "cer": 0.005}),
    "held-out": (200, 3, "heldout_articles.jsonl",
                 {"seg_f1": 0.97, "para_f1": 0.985, "title": 0.975, "authors": 0.975, "dateline": 0.99,
                  "kind": 0.99, "cer": 0.01}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def simulated(request, reference):
    pages, seed, pool, floors = SETS[request.param]
    rows = []
    for stem, text, gold in simulate.generate(pages, seed, pool):
        rows.append(reference.score_page(gold, baozhi.parse_text(text, stem).to_dict()))
    return {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}, floors


def test_simulated_pages_meet_floors(simulated):
    scores, floors = simulated
    low = {k: round(scores[k], 4) for k, v in floors.items() if k != "cer" and scores[k] < v}
    assert not low, (low, scores)
    assert scores["cer"] <= floors["cer"], scores


def test_simulator_covers_the_cases():
    """The simulated set really holds every case the parser must handle."""
    seen: dict[str, int] = {}
    for _, text, gold in simulate.generate(100, 7):
        lay = gold["layout"]
        for key, hit in (("headlines before", lay["headlines"] == "before"),
                         ("headlines after", lay["headlines"] == "after"),
                         ("indent kept", bool(lay["indent"])), ("indent dropped", not lay["indent"]),
                         ("blank lines", lay["blank_lines"]), ("crlf", lay["crlf"]),
                         ("photo", any(a["kind"] == "photo" for a in gold["articles"])),
                         ("missing headline", any(a["kind"] == "article" and not a["title"]
                                                  for a in gold["articles"])),
                         ("subtitle", any(a["subtitles"] for a in gold["articles"])),
                         ("jump", "下转" in text), ("furniture", "版" in text[:40]),
                         ("justified", "亿 元" in text or " 万 " in text)):
            seen[key] = seen.get(key, 0) + bool(hit)
    assert all(seen.values()), seen
