import importlib.util
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
sys.path.insert(0, HERE)


def reference_scorer_path():
    """The project's reference scorer, kept outside the repository (shared/eval/score.py)."""
    for p in (os.environ.get("BAOZHI_REFERENCE_SCORER"),
              os.path.join(ROOT, "..", "shared", "eval", "score.py")):
        if p and os.path.isfile(p):
            return os.path.abspath(p)
    return None


@pytest.fixture(scope="session")
def reference():
    path = reference_scorer_path()
    if path is None:
        pytest.skip("reference scorer shared/eval/score.py not found beside the repository")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def sample_path():
    return os.path.join(DATA, "jinchang-daily-p1.txt")


@pytest.fixture(scope="session")
def sample_gold():
    import json
    with open(os.path.join(DATA, "jinchang-daily-p1.gold.json"), encoding="utf-8") as f:
        return json.load(f)
