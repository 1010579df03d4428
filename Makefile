# Observador — developer commands. `make run` and `make test` work on a fresh
# machine with only Python >= 3.11 and make.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= $(CURDIR)/data
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test test-sync-postgres lint bench bench-quick demo console sample-report clean check-python translations update-translations

TS_DIR := observer_desktop/ui/translations
QM     := $(TS_DIR)/observador_es_MX.qm

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Observador necesita Python 3.11 o posterior (encontrado %s)" % sys.version.split()[0])'

$(STAMP): pyproject.toml | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

## translations: compile the Spanish .ts files (one per ui module) into one .qm
translations: $(QM)
$(QM): $(wildcard $(TS_DIR)/es_MX/*.ts) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(sort $(wildcard $(TS_DIR)/es_MX/*.ts)) -qm $@.tmp
	mv -f $@.tmp $@  # a new file, never rewritten in place: running apps map the old one

## update-translations: add new English strings of ui/<name>.py, or of all the modules of
## the package ui/<name>/, to es_MX/<name>.ts (and of core/statuses.py, the status
## names, to es_MX/statuses.ts)
update-translations: $(STAMP)
	for f in $$(ls observer_desktop/ui/*.py | grep -v /i18n.py); do n=$$(basename $$f .py); \
	  grep -qE '(self\.tr|translate)\(' $$f && $(BIN)/pyside6-lupdate -silent -no-obsolete -target-language es_MX $$f \
	    -ts $(TS_DIR)/es_MX/$$n.ts || true; done
	for d in $$(ls -d observer_desktop/ui/*/__init__.py | xargs -n1 dirname); do n=$$(basename $$d); \
	  grep -qE '(self\.tr|translate)\(' $$d/*.py && $(BIN)/pyside6-lupdate -silent -no-obsolete -target-language es_MX \
	    $$(ls $$d/*.py) -ts $(TS_DIR)/es_MX/$$n.ts || true; done
	$(BIN)/pyside6-lupdate -silent -no-obsolete -target-language es_MX observer_desktop/core/statuses.py \
	  -ts $(TS_DIR)/es_MX/statuses.ts

## run: create .venv, install, load sample audits into ./data and start the app
run: $(STAMP) $(QM)
	$(BIN)/observer --data-dir "$(DATA)" demo
	$(BIN)/observer-desktop --data-dir "$(DATA)"

## demo: only load the sample audits into ./data
demo: $(STAMP)
	$(BIN)/observer --data-dir "$(DATA)" demo

## console: the OIC server with sample data in ./oic-data (an administrador account, submissions
## of two demo observers) and its staff console at http://127.0.0.1:8000/ (Ctrl+C stops it)
OIC_DATA     ?= $(CURDIR)/oic-data
CONSOLE_PORT ?= 8000
console: $(TSTAMP)
	$(BIN)/oic-server --data-dir "$(OIC_DATA)" demo --port $(CONSOLE_PORT)
	$(BIN)/oic-server --data-dir "$(OIC_DATA)" serve --host 127.0.0.1 --port $(CONSOLE_PORT)

## sample-report: demo data in ./data and a signed report of a finalized sample audit
sample-report: $(STAMP)
	$(BIN)/observer --data-dir "$(DATA)" demo
	OBSERVER_PASSPHRASE="$${OBSERVER_PASSPHRASE:-solo-para-el-ejemplo}" $(BIN)/observer --data-dir "$(DATA)" \
	  report $$($(BIN)/observer --data-dir "$(DATA)" audit list --status finalizada --status firmada --json \
	  | $(BIN)/python -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])') -o informe-ejemplo.pdf --force
	$(BIN)/observer --data-dir "$(DATA)" verify informe-ejemplo.pdf

## test: ruff, import-linter contracts and the whole pytest suite (headless), one pytest-xdist
## worker per core, at most 4 (TEST_WORKERS= runs it in one process, as when hunting a failure;
## tests that share a machine-wide resource keep to one worker: xdist_group, --dist loadgroup)
TEST_WORKERS ?= -n auto --maxprocesses 4 --dist loadgroup
test: $(TSTAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(TEST_WORKERS)

## test-sync-postgres: the sync fault tests against oic-server on PostgreSQL (PG_URL)
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
test-sync-postgres: $(TSTAMP)
	OIC_SYNC_POSTGRES="$(PG_URL)" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(TEST_WORKERS) tests/sync/test_faults.py

lint: $(TSTAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

## bench: performance figures as JSON (see bench/README.md; about 10 minutes, 10 GB free disk,
## plus about half an hour for the rural link, as root; elsewhere it says it skips)
BENCH_DIR ?= $(CURDIR)
bench: $(STAMP)
	$(BIN)/python bench/bench_store.py --dir "$(BENCH_DIR)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_ui.py --dir "$(BENCH_DIR)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_ui_import.py --dir "$(BENCH_DIR)"
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench_editor_save.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_report.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_evidence.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_server.py
	$(BIN)/python bench/bench_sync.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_abuse.py
	$(BIN)/python bench/bench_console.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_rural.py --dir "$(BENCH_DIR)"
	$(BIN)/python bench/bench_load.py --dir "$(BENCH_DIR)"

## bench-quick: every bench at small sizes (under 2 minutes): fails on a crash or an
## impossible figure, never on a timing; prints figure, budget, value (bench/quick.py)
bench-quick: $(TSTAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/quick.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info

# ------------------------------------------------------------------ packaging
# See docs/install.md. The bundle and the .deb are built here (Linux); the
# Windows installer on a Windows machine (packaging/windows/build.ps1).

.PHONY: bundle deb ci-package

PSTAMP          := $(VENV)/.installed-package
BUNDLE          := dist/observador
DEB_COMPRESSION ?= xz

$(PSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@

## bundle: the app as one folder that runs without Python (dist/observador/, PyInstaller)
bundle: $(PSTAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/observador.spec
	@du -sh $(BUNDLE)

## deb: the Debian/Ubuntu package dist/observador_<version>_<arch>.deb (needs dpkg-deb)
deb: bundle
	$(BIN)/python packaging/build_deb.py --bundle $(BUNDLE) --out dist --compression $(DEB_COMPRESSION)

## ci-package: build the bundle and the .deb, run --self-test from the bundle and from the .deb's files
ci-package:
	$(MAKE) deb DEB_COMPRESSION=zstd
	$(BIN)/python packaging/check_package.py --bundle $(BUNDLE) --deb-dir dist
