# One target per job a person runs. Every target sets up what it needs (.venv, node_modules) on a fresh clone.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PYTHONHASHSEED := 0

.PHONY: help generate spec check lint spec-lint breaking docs test test-pythons demo sandbox bench

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

spec: $(VENV)/.stamp ## Only write the resolved contract generated/openapi.yaml and its per-vendor bundles
	$(PY) -m generator --spec-only

check: $(VENV)/.stamp ## Fail if generated/ differs from what the generator writes
	$(PY) -m generator --check generated

lint: $(VENV)/.stamp ## ruff and mypy --strict over overrides/, generated/, tests/
	$(BIN)/ruff check overrides generated tests generator benchmarks examples docs/hooks
	$(BIN)/ruff format --check overrides tests generator benchmarks examples docs/hooks
	$(BIN)/mypy overrides/videoconf generated/videoconf tests generator benchmarks examples docs/hooks

CONTRACTS := generated/openapi.yaml generated/signalwire.openapi.yaml generated/whereby.openapi.yaml

spec-lint: $(VENV)/.stamp node_modules/.stamp ## Validate and lint the contract and its bundles; compile their TypeScript types
	$(BIN)/openapi-spec-validator openapi.yaml $(CONTRACTS)
	npx --no-install redocly lint $(CONTRACTS) --config redocly.yaml --format stylish
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	for vendor in signalwire whereby; do \
	  npx --no-install openapi-typescript generated/$$vendor.openapi.yaml --output "$$tmp/$$vendor.d.ts" >/dev/null; \
	done; \
	if grep -n 'Record<string, never>' "$$tmp"/*.d.ts | grep -v 'export type \(webhooks\|\$$defs\) ='; then \
	  echo "object types that no one can read (see above): declare their additionalProperties"; exit 1; fi; \
	npx --no-install tsc --noEmit --strict "$$tmp"/*.d.ts; echo "TypeScript types of both bundles compile (tsc --strict)"

breaking: $(VENV)/.stamp node_modules/.stamp ## Compare the contract bundles and the Python API with the last release
	$(PY) -m generator.breaking

docs: $(VENV)/.stamp node_modules/.stamp ## Build the documentation site into site/ (offline, mkdocs --strict)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "site/index.html: the guides, the Python API and the HTTP reference"

test: check lint spec-lint breaking docs ## Everything CI checks
	VIDEOCONF_SITE=site $(PY) -m pytest -q -p no:cacheprovider
	$(MAKE) --no-print-directory test-pythons
	$(MAKE) --no-print-directory bench ARGS=--quick

test-pythons: $(VENV)/.stamp ## The built wheel on the other supported Pythons found here: tests/e2e and tests/client
	$(PY) -m tests.pythons

demo: $(VENV)/.stamp ## Start the sandbox, run examples/quickstart.py, receive webhooks with examples/webhook_receiver.py
	$(PY) -m examples.run_demo

PORT ?= 8080

sandbox: $(VENV)/.stamp ## Run the local sandbox server (PORT=8080; ARGS=... for more options, e.g. ARGS='--seed 7')
	$(PY) -m videoconf.sandbox --port $(PORT) $(ARGS)

bench: $(VENV)/.stamp ## Benchmarks; writes benchmarks/RESULTS.md (ARGS=--quick for a smoke run)
	$(PY) -m benchmarks $(ARGS)
