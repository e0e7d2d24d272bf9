# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	rm -f accord.duckdb accord.duckdb.wal
	$(BIN)/accord ingest data/samples --db accord.duckdb
	$(BIN)/accord summary --db accord.duckdb

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/ingest_readers.py
	$(BIN)/python bench/ingest_throughput.py

clean:
	rm -rf $(VENV) accord.duckdb accord.duckdb.wal .pytest_cache .mypy_cache .ruff_cache
