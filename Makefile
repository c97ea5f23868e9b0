# mediakit — every target installs what it needs into .venv first (Python 3.11+ required).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))

.PHONY: install test report notebooks lab bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mediakit needs Python 3.11+")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab,en]'
	touch $(STAMP)

## The whole test suite: unit and gold tests, then every notebook under strict nbval.
## (a fresh per-document cache for the run: the notebooks analyse the seed once between them, not once each;
## two pytest-xdist workers, each test module and each notebook whole on one of them, in order)
test: install
	cache=$$(mktemp -d) && trap 'rm -rf "$$cache"' EXIT && MEDIAKIT_CACHE="$$cache" $(BIN)/python -m pytest tests \
		notebooks --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg -n 2 --dist loadscope

## Analyse seeds/ and write the HTML reports into reports/.
report: install
	$(BIN)/mediakit report seeds --out reports

## Re-execute every notebook in place and save its outputs (after a deliberate change).
notebooks: install
	$(BIN)/jupytext --sync $(NOTEBOOKS)
	$(BIN)/python -m mediakit.report.refresh $(NOTEBOOKS)

lab: install
	$(BIN)/jupyter lab notebooks/

## Throughput figures: per-document analysis, then corpus scale (BENCH=--quick: 100 and 1,000 documents only).
bench: install
	$(BIN)/python benchmarks/bench_analyze.py
	$(BIN)/python benchmarks/throughput.py $(BENCH)
	$(BIN)/python benchmarks/report_size.py

clean:
	rm -rf reports .pytest_cache .hypothesis
