# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test bench eval compare clean

# The embedded-TrueType-font PDFs of the tests are typeset in WenQuanYi Zen Hei (Debian's).
WQY  := /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The tools the PDF comparison measures baozhi against, in a virtualenv of their own.
CMP  := build/compare-venv

# One virtualenv, a stamp for each set of extras installed into it. `make demo` installs only
# what the demo runs, the nlp extra for --enrich (a 480 MB virtualenv; with the test extra's
# Playwright, reportlab, Dask and web stack it is 760 MB), and a later `make test` still
# installs the test extra, its own stamp being missing. (Stamps, not $(BIN)/baozhi: the
# script is there after either.)
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed-demo: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[nlp]'
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The sample page rebuilt and enriched, a summary line, and how to ingest and browse.
demo: $(VENV)/.installed-demo
	$(BIN)/python tests/demo.py

$(WQY):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq fonts-wqy-zenhei

# The browser tests drive Debian's Chromium (Playwright's own download is not used).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium

test: $(VENV)/.installed-test $(WQY) $(CHROMIUM)
	$(BIN)/python -m pytest

eval: $(VENV)/.installed-test $(WQY)
	rm -rf build/sim build/sim-pred build/heldout build/heldout-pred build/pdf build/pdf-pred build/editions build/editions-pred
	$(BIN)/python tests/simulate.py --pages 300 --seed 7 --out build/sim
	$(BIN)/baozhi parse build/sim -o build/sim-pred
	$(BIN)/baozhi score build/sim build/sim-pred | tail -n 1
	$(BIN)/python tests/simulate.py --pages 200 --seed 3 --pool heldout_articles.jsonl --out build/heldout
	$(BIN)/baozhi parse build/heldout -o build/heldout-pred
	$(BIN)/baozhi score build/heldout build/heldout-pred | tail -n 1
	$(BIN)/python tests/typeset.py --pages 60 --seed 2 --out build/pdf
	$(BIN)/baozhi parse build/pdf -o build/pdf-pred
	$(BIN)/baozhi score build/pdf build/pdf-pred | tail -n 1
	$(BIN)/python tests/typeset.py --pages 10 --seed 4 --edition 3 --out build/editions
	$(BIN)/baozhi parse build/editions -o build/editions-pred
	$(BIN)/baozhi score build/editions build/editions-pred | tail -n 1

bench: $(VENV)/.installed-test
	$(BIN)/python bench/parse_speed.py
	$(BIN)/python bench/stream_memory.py
	$(BIN)/python bench/edition_memory.py
	$(BIN)/python bench/enrich_speed.py

$(CMP)/bin/python: pyproject.toml bench/compare-requirements.txt
	$(PYTHON) -m venv $(CMP)
	$(CMP)/bin/pip install -q --upgrade pip
	$(CMP)/bin/pip install -q -e '.[pdf,test]' -r bench/compare-requirements.txt
	$(CMP)/bin/pip install -q --no-deps unstructured-inference==1.6.14
	touch $@

compare: $(CMP)/bin/python $(WQY)
	command -v pdftotext >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils)
	taskset -c 0 $(CMP)/bin/python bench/compare_pdf.py

clean:
	rm -rf $(VENV) build out
