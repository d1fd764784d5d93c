# Every target installs what it needs into .venv first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The playground's card renderer, from the committed package-lock.json.
PLAYGROUND := bot/playground
NODE_STAMP := $(PLAYGROUND)/node_modules/.installed
# The browser test drives Debian's chromium; it is never downloaded by Playwright.
CHROMIUM := /usr/bin/chromium
# One test worker more than cores: many tests wait on fsync and on processes they start.
TEST_WORKERS ?= $(shell echo $$(( $$(nproc) + 1 )))
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
APT_INSTALL := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends

.PHONY: run test lint package manifest bench screenshots fuzz clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): $(PLAYGROUND)/package.json $(PLAYGROUND)/package-lock.json
	command -v npm >/dev/null || { $(SUDO) apt-get update && $(APT_INSTALL) npm; }
	cd $(PLAYGROUND) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

$(CHROMIUM):
	$(SUDO) apt-get update
	$(APT_INSTALL) chromium fonts-dejavu-core fonts-noto-color-emoji

run: $(STAMP) $(NODE_STAMP)
	$(PY) -m bot

test: $(STAMP) $(NODE_STAMP) $(CHROMIUM)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	$(PY) -m pytest -n $(TEST_WORKERS)

# Regenerates the README's pictures from the browser test.
screenshots: $(STAMP) $(NODE_STAMP) $(CHROMIUM)
	PLAYGROUND_SCREENSHOTS=$(PLAYGROUND)/screenshots $(PY) -m pytest -q tests/test_playground.py

# Ten thousand random and hostile activities against the running bot (several minutes).
fuzz: $(STAMP)
	$(PY) -m pytest tests/test_random_activities.py --hypothesis-profile=fuzz -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check .

package: $(STAMP)
	$(PY) -m bot package $(if $(APP_ID),--app-id $(APP_ID))

# Teams' command menus in manifest/ come from the flows' declarations.
manifest: $(STAMP)
	$(PY) -m bot manifest

clean:
	rm -rf $(VENV) $(PLAYGROUND)/node_modules dist build *.egg-info

bench: $(STAMP)
	$(PY) -m bench
