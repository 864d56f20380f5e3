"""`baozhi score` computes what the reference scorer computes, on good and bad predictions."""
import copy
import json
import random
import subprocess
import sys

import pytest

import baozhi
from baozhi import evaluate


def variants(gold, pred):
    yield "parsed", pred
    yield "gold itself", copy.deepcopy(gold)
    yield "empty", {"articles": []}
    p = copy.deepcopy(pred)
    del p["articles"][2]
    yield "article dropped", p
    p = copy.deepcopy(pred)
    a, b = p["articles"][0], p["articles"].pop(1)
    a["paragraphs"] += b["paragraphs"]
    yield "two merged", p
    p = copy.deepcopy(pred)
    a = p["articles"][1]
    half = len(a["paragraphs"]) // 2
    p["articles"].append(dict(a, paragraphs=a["paragraphs"][half:], title=None))
    a["paragraphs"] = a["paragraphs"][:half]
    yield "one split", p
    p = copy.deepcopy(pred)
    for a in p["articles"]:
        a["title"], a["subtitles"] = a.get("subtitles", [None])[0] if a.get("subtitles") else None, []
        a["authors"] = a["authors"][:1]
        a["dateline"] = None
        a["kind"] = "article"
    yield "headlines, authors and datelines wrong", p
    p = copy.deepcopy(pred)
    rng = random.Random(3)
    for a in p["articles"]:
        text = "".join(a["paragraphs"])
        cuts = sorted(rng.sample(range(1, len(text)), min(4, len(text) - 1)))
        a["paragraphs"] = [text[i:j] for i, j in zip([0] + cuts, cuts + [len(text)])]
        a["paragraphs"][0] = a["paragraphs"][0][3:] + "错字"
    yield "paragraphs cut and typos", p
    p = copy.deepcopy(pred)
    p["articles"][0]["people"] = [{"name": "王方太", "titles": ["市长", "书记"]}, {"name": "谁", "titles": []}]
    yield "people", p
    yield "edition", {"pages": [{"articles": pred["articles"][:3]}, {"articles": pred["articles"][3:]}]}


def test_same_numbers_as_reference(sample_path, sample_gold, reference):
    pred = baozhi.parse(sample_path).to_dict()
    seen = set()
    for name, p in variants(sample_gold, pred):
        ours = evaluate.score_page(sample_gold, p)
        theirs = reference.score_page(sample_gold, p)
        assert ours.keys() == theirs.keys(), name
        for k in theirs:
            assert ours[k] == pytest.approx(theirs[k], abs=1e-12), (name, k, ours[k], theirs[k])
        seen.add(round(theirs["seg_f1"], 6))
    assert len(seen) > 3    # the variants really are different predictions


def test_levenshtein_against_plain_dynamic_programming():
    rng = random.Random(11)
    alphabet = "金昌市委书记abc12。，"
    for _ in range(300):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70)))
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            prev, row[0] = row[0], i
            for j, cb in enumerate(b, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        assert evaluate.levenshtein(a, b) == row[len(b)]


def test_cli_score_matches_reference_cli(tmp_path, sample_path, reference):
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    (pred_dir / "jinchang-daily-p1.json").write_text(
        json.dumps(baozhi.parse(sample_path).to_dict(), ensure_ascii=False), encoding="utf-8")
    gold_dir = str(baozhi.__file__).rsplit("/src/", 1)[0] + "/tests/data"
    ours = subprocess.run([sys.executable, "-m", "baozhi.cli", "score", gold_dir, str(pred_dir), "--json"],
                          capture_output=True, text=True, check=True)
    theirs = subprocess.run([sys.executable, reference.__file__, gold_dir, str(pred_dir), "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
