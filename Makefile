# RevSearch: `make run` starts the app, `make test` runs every check. Both create .venv and
# install what they need (Debian packages too, where Qt lacks a system library).
# `make package` builds the app folder dist/RevSearch/ and its tar.gz; `make check-package`
# builds and checks them (scripts/check-package.sh); `make install-desktop` installs them.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The stamp files record what was installed, so a second `make` does not reinstall.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop_app/__init__.py)
TARBALL = dist/RevSearch-$(VERSION)-linux-$(shell uname -m).tar.gz

# The translations: resources/i18n/*.ts are the sources (kept in git), the .qm files the app
# loads are compiled from them. `make translations-update` collects new tr() texts into the .ts:
# every text into Portuguese's, only the texts with a count (%n) into English's, which gives
# them their singular ("1 day"; the source says "%n days").
FULL_TS := resources/i18n/revsearch_pt_BR.ts
PLURAL_TS := resources/i18n/revsearch_en.ts
TS_FILES := $(FULL_TS) $(PLURAL_TS)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint format system-deps package check-package install-desktop bench clean \
	translations translations-update

run: $(RUN_STAMP) $(QM_FILES)
	@scripts/install-system-deps.sh run
	$(BIN)/revsearch

test: $(TEST_STAMP) $(QM_FILES)
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

# PyInstaller (packaging/revsearch.spec) after the icons it needs (packaging/icons.py), then the
# tar.gz. --clean: a build never reuses a cached analysis of older code.
translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(sort $(shell find desktop_app -name '*.py')) \
		-ts $(FULL_TS)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly -target-language en \
		$(sort $(shell find desktop_app -name '*.py')) -ts $(PLURAL_TS)

package: $(PACKAGE_STAMP) $(QM_FILES)
	@scripts/install-system-deps.sh package
	$(BIN)/python packaging/icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath build/pyinstaller --distpath dist packaging/revsearch.spec
	rm -f dist/RevSearch-*-linux-*.tar.gz
	tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -I 'gzip -n' \
		-cf $(TARBALL).part RevSearch
	mv $(TARBALL).part $(TARBALL)
	@echo "Built dist/RevSearch/ and $(TARBALL)"

check-package: package
	@scripts/install-system-deps.sh check-package
	scripts/check-package.sh

# Every speed target, measured against its reference; the table also goes to bench/results.md
# and bench/results.json. The first run generates bench/data/ (the huge database takes minutes).
bench: $(RUN_STAMP)
	@scripts/install-system-deps.sh test
	$(BIN)/python -m bench.run

install-desktop: package
	packaging/linux/install-desktop.sh dist/RevSearch

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || (PYTHON=$(PYTHON) scripts/install-system-deps.sh venv && $(PYTHON) -m venv --clear $(VENV))
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@ $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist artifacts .pytest_cache .ruff_cache
