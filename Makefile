# One target per job a person runs. Every target sets up what it needs (.venv, node_modules) on a fresh clone.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PYTHONHASHSEED := 0

.PHONY: help generate spec check lint spec-lint docs test test-pythons demo sandbox bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,sandbox]'
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(VENV)/.stamp ## Regenerate generated/ from openapi.yaml, overrides/ and generator/
	$(PY) -m generator

spec: $(VENV)/.stamp ## Only write the resolved contract generated/openapi.yaml
	$(PY) -m generator --spec-only

check: $(VENV)/.stamp ## Fail if generated/ differs from what the generator writes
	$(PY) -m generator --check generated

lint: $(VENV)/.stamp ## ruff and mypy --strict over overrides/, generated/, tests/
	$(BIN)/ruff check overrides generated tests generator benchmarks examples docs/hooks
	$(BIN)/ruff format --check overrides tests generator benchmarks examples docs/hooks
	$(BIN)/mypy overrides/videoconf generated/videoconf_api tests generator benchmarks examples docs/hooks

spec-lint: $(VENV)/.stamp node_modules/.stamp ## Validate and lint the contract; compile its TypeScript types
	$(BIN)/openapi-spec-validator openapi.yaml generated/openapi.yaml
	npx --no-install redocly lint generated/openapi.yaml --config redocly.yaml --format stylish
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	npx --no-install openapi-typescript generated/openapi.yaml --output "$$tmp/videoconf.d.ts" >/dev/null; \
	npx --no-install tsc --noEmit --strict "$$tmp/videoconf.d.ts"; echo "TypeScript types compile (tsc --strict)"

docs: $(VENV)/.stamp node_modules/.stamp ## Build the documentation site into site/ (offline, mkdocs --strict)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "site/index.html: the guides, the Python API and the HTTP reference"

test: check lint spec-lint docs ## Everything CI checks
	VIDEOCONF_SITE=site $(PY) -m pytest -q -p no:cacheprovider
	$(MAKE) --no-print-directory test-pythons
	$(MAKE) --no-print-directory bench ARGS=--quick

test-pythons: $(VENV)/.stamp ## The built wheel on the other supported Pythons found here: tests/e2e and tests/client
	$(PY) -m tests.pythons

demo: $(VENV)/.stamp ## Start the sandbox, run examples/quickstart.py against it, stop it
	$(PY) -m examples.run_demo

sandbox: $(VENV)/.stamp ## Run the local sandbox server on port 8080
	$(PY) -m videoconf.sandbox --port 8080

bench: $(VENV)/.stamp ## Benchmarks; writes benchmarks/RESULTS.md (ARGS=--quick for a smoke run)
	$(PY) -m benchmarks $(ARGS)
