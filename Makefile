# RevSearch: `make run` starts the app, `make test` runs every check. Both create .venv and
# install what they need (Debian packages too, where Qt lacks a system library).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamp files record what was installed, so a second `make` does not reinstall.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format system-deps clean

run: $(RUN_STAMP)
	@scripts/install-system-deps.sh run
	$(BIN)/revsearch

test: $(TEST_STAMP)
	@scripts/install-system-deps.sh test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || (PYTHON=$(PYTHON) scripts/install-system-deps.sh venv && $(PYTHON) -m venv --clear $(VENV))
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
