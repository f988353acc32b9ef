# humm-client: every target works on a fresh clone and exits non-zero on any failure.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
GEN := humm_client/_generated

.PHONY: install generate check-generated lint typecheck pytest package-check test demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Regenerate humm_client/_generated from openapi.yaml (deterministic; fails on any warning).
generate: install
	$(BIN)/python scripts/generate.py

# Fails when the committed generated code differs from what the spec and templates produce.
check-generated: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python scripts/generate.py "$$tmp/_generated" >/dev/null; \
	if ! diff -r -x __pycache__ "$$tmp/_generated" $(GEN) >/dev/null; then \
		diff -r -x __pycache__ "$$tmp/_generated" $(GEN) | head -40; \
		echo "check-generated: $(GEN) is stale or hand-edited: run 'make generate' and commit."; exit 1; \
	fi; echo "check-generated: $(GEN) matches openapi.yaml"

lint: install
	$(BIN)/ruff check humm_client tests scripts examples bench
	$(BIN)/ruff format --check humm_client tests scripts examples bench
	$(BIN)/python -c "import yaml; from openapi_spec_validator import validate; validate(yaml.safe_load(open('openapi.yaml'))); print('openapi.yaml: valid OpenAPI 3.1')"

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

demo: install
	$(BIN)/python examples/quickstart.py

# Build the wheel, check its metadata, install it into a clean virtualenv and import it.
package-check: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$$tmp/dist" . ; \
	$(BIN)/python scripts/check_wheel.py "$$tmp"/dist/*.whl; \
	$(PYTHON) -m venv "$$tmp/clean"; \
	"$$tmp/clean/bin/python" -m pip install --quiet "$$tmp"/dist/*.whl; \
	"$$tmp/clean/bin/python" -c "import humm_client, humm_client.models; from humm_client.testing import FakeHumm; FakeHumm(); print('package-check: import humm_client', humm_client.__version__, 'and FakeHumm in a clean virtualenv: ok')"

# Ratios against raw httpx, raw aiohttp and openai-python; writes BENCHMARKS.md.
# QUICK=1: a few hundred requests per cell, to catch crashes (asserts nothing about speed).
bench: install
	QUICK=$(QUICK) $(BIN)/python -m bench.run

test: install check-generated lint typecheck pytest package-check demo
	$(MAKE) bench QUICK=1

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
