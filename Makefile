# Two entry points for people: `make run` (install + launch) and `make test` (install + whole suite);
# `make dist` builds the desktop bundle.
# Both build a private virtual environment in .venv and install the package *non-editable*,
# so the tests exercise exactly what a user gets (forms, translations and resources included).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[test]"
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

run: install
	$(BIN)/consultdesk

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/run_tests.py

# The desktop bundle for this machine (dist/ConsultDesk/ + an archive), built by PyInstaller from the
# installed package and smoke-tested; slow, so never part of `make test`.
dist: install
	$(BIN)/python -m pip install --quiet ".[dist]"
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build_bundle.py

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist
