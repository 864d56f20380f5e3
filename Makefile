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
	$(BIN)/python tests/simulate.py --pages 300 --out build/sim
	$(BIN)/baozhi parse build/sim/*.txt -o build/sim-pred --force
	$(BIN)/baozhi score build/sim build/sim-pred

bench: $(BIN)/baozhi
	$(BIN)/python bench/parse_speed.py
	$(BIN)/python bench/stream_memory.py

clean:
	rm -rf $(VENV) build out
