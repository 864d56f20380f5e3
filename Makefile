# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test bench eval clean

$(BIN)/baozhi: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/baozhi
	$(BIN)/baozhi parse tests/data/jinchang-daily-p1.txt

test: $(BIN)/baozhi
	$(BIN)/python -m pytest

eval: $(BIN)/baozhi
	rm -rf build/sim build/sim-pred build/heldout build/heldout-pred
	$(BIN)/python tests/simulate.py --pages 300 --seed 7 --out build/sim
	$(BIN)/baozhi parse build/sim -o build/sim-pred
	$(BIN)/baozhi score build/sim build/sim-pred | tail -n 1
	$(BIN)/python tests/simulate.py --pages 200 --seed 3 --pool heldout_articles.jsonl --out build/heldout
	$(BIN)/baozhi parse build/heldout -o build/heldout-pred
	$(BIN)/baozhi score build/heldout build/heldout-pred | tail -n 1

bench: $(BIN)/baozhi
	$(BIN)/python bench/parse_speed.py
	$(BIN)/python bench/stream_memory.py

clean:
	rm -rf $(VENV) build out
