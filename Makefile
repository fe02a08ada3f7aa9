# Two entry points: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev,bench]"
	touch $(STAMP)

demo: $(STAMP)
	rm -rf out/demo
	$(BIN)/korname normalize seeds -o out/demo --report out/demo/report.jsonl
	$(BIN)/korname explain seeds/*.txt
	@echo
	@echo "Cleaned copies are in out/demo/; every change is listed in out/demo/report.jsonl."
	@diff -u seeds out/demo --exclude=report.jsonl || true

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
	$(BIN)/python -m benchmarks.accuracy

eval: $(STAMP)
	$(BIN)/python eval/build.py --check
	$(BIN)/korname eval eval/gold/archival.jsonl

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
