"""CI evaluation gate: accuracy on the bundled gold pages and the simulated set must not fall
below the pinned floors (raise a floor when the parser improves; never lower one to pass)."""
import pytest

import baozhi
import simulate

# Measured with the reference scorer; see README "Accuracy".
SIM_PAGES, SIM_SEED = 300, 7
FLOORS = {"seg_f1": 0.91, "para_f1": 0.96, "title": 0.93, "authors": 0.93, "dateline": 0.97, "kind": 0.97}
CER_CEILING = 0.02


@pytest.fixture(scope="module")
def simulated_scores(reference):
    rows = []
    for stem, text, gold in simulate.generate(SIM_PAGES, SIM_SEED):
        rows.append(reference.score_page(gold, baozhi.parse_text(text, stem).to_dict()))
    return {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_simulated_pages_above_floor(simulated_scores, metric):
    assert simulated_scores[metric] >= FLOORS[metric], simulated_scores


def test_simulated_cer_below_ceiling(simulated_scores):
    assert simulated_scores["cer"] <= CER_CEILING, simulated_scores


def test_simulator_covers_the_cases():
    seen = {"before": 0, "crlf": 0, "blank": 0, "photo": 0, "furniture": 0, "jump": 0}
    for _, text, gold in simulate.generate(60, SIM_SEED):
        seen["crlf"] += "\r\n" in text
        seen["blank"] += "\n\n" in text
        seen["photo"] += any(a["kind"] == "photo" for a in gold["articles"])
        seen["furniture"] += "版" in text.split("\n", 3)[1] if text.count("\n") > 2 else 0
        seen["jump"] += "下转" in text
    assert all(v > 0 for k, v in seen.items() if k != "before"), seen
