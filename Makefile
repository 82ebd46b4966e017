# Nämndläsaren: `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMPS := .stamps
ARGS   ?=
PYTEST_ARGS ?=

.PHONY: install sysdeps run test bench package package-smoke screenshots translations update-translations lint typecheck clean

install: $(STAMPS)/sysdeps $(STAMPS)/venv translations

$(STAMPS)/sysdeps: scripts/install-sysdeps.sh
	bash scripts/install-sysdeps.sh
	@mkdir -p $(STAMPS) && touch $@

sysdeps:
	bash scripts/install-sysdeps.sh

$(STAMPS)/venv: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@mkdir -p $(STAMPS) && touch $@

# English translation of the Swedish UI strings, compiled for Qt.
translations: $(STAMPS)/venv
	@for ts in resources/i18n/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# After changing UI strings: new Swedish sources into the catalogue, their English from
# scripts/fill_translations.py (it names any string still without one).
update-translations: $(STAMPS)/venv
	$(BIN)/pyside6-lupdate -no-obsolete -locations absolute src/desktop/ui/*.py \
		src/desktop/statuses.py src/desktop/annotate/kinds.py \
		src/desktop/corrections/wording.py -ts resources/i18n/namndlasaren_en.ts
	$(BIN)/python scripts/fill_translations.py
	$(MAKE) translations

run: install
	$(BIN)/namndlasaren $(ARGS)

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	NAMNDLASAREN_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/test_ui_import.py

package: install
	bash packaging/build.sh

package-smoke: package
	bash packaging/smoke.sh

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: install
	$(BIN)/mypy

clean:
	rm -rf $(STAMPS) build dist .pytest_cache .mypy_cache .ruff_cache
