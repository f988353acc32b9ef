# humm-client: every target works on a fresh clone and exits non-zero on any failure.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
GEN := humm_client/_generated

.PHONY: install generate check-generated lint typecheck pytest package-check test demo bench clean \
	api-md check-api-md api-diff check-workflows dist test-pythons test-floors test-newest test-deps lock

install: $(STAMP)

# The dev group (pyproject.toml [dependency-groups]) exactly as locked, every hash checked; then the
# project itself, editable. Needs only python3: pip does the rest.
$(STAMP): pyproject.toml requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Rewrite requirements-dev.lock from pyproject.toml (after editing the dev group or a dependency):
# one universal resolution for every supported Python, with hashes.
lock: install
	$(BIN)/uv pip compile pyproject.toml --group dev --extra testing --extra tracing --universal \
		--python-version 3.11 --generate-hashes --quiet -o requirements-dev.lock

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
	$(BIN)/ruff check humm_client humm_client_pytest tests scripts examples bench
	$(BIN)/ruff format --check humm_client humm_client_pytest tests scripts examples bench
	$(BIN)/python -c "import yaml; from openapi_spec_validator import validate; validate(yaml.safe_load(open('openapi.yaml'))); print('openapi.yaml: valid OpenAPI 3.1')"

typecheck: install
	$(BIN)/mypy

# With branch coverage of the handwritten code (floor: fail_under in pyproject.toml). coverage
# starts before pytest, so every module is measured from its first import (the tests import the SDK early).
pytest: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; export COVERAGE_FILE="$$tmp/.coverage"; \
	$(BIN)/coverage run -m pytest -q; \
	$(BIN)/coverage report

# api.md: the public API surface (namespaces, method signatures, models), generated from the code.
api-md: install
	$(BIN)/python scripts/api_md.py

check-api-md: install
	$(BIN)/python scripts/api_md.py --check

# What changed for users since BASE (default: the last release tag, else origin/main, else main):
# spec level with oasdiff when installed, SDK level with griffe. Exit 1 on a breaking change
# unless the version was bumped. Prints a summary for CHANGELOG.md.
api-diff: install
	$(BIN)/python scripts/api_diff.py $(if $(BASE),--base '$(BASE)') $(if $(SPEC_CHANGELOG),--spec-changelog '$(SPEC_CHANGELOG)')

# GitHub Actions workflows against the schema check-jsonschema vendors (no network).
check-workflows: install
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml

# sdist + wheel into dist/, as the release workflow publishes them, checked by twine.
dist: install
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist . 2>&1 | tail -1
	$(BIN)/twine check --strict dist/*
	$(BIN)/check-wheel-contents dist/*.whl

demo: install
	$(BIN)/python examples/quickstart.py

# Build the wheel, check its metadata, install it into a clean virtualenv and import it; then
# with the [testing] extra, which FakeHumm needs (without it, it must say what to install).
package-check: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$$tmp/dist" . ; \
	$(BIN)/python scripts/check_wheel.py "$$tmp"/dist/*.whl; \
	whl=$$(ls "$$tmp"/dist/*.whl); \
	$(PYTHON) -m venv "$$tmp/clean"; \
	"$$tmp/clean/bin/python" -m pip install --quiet "$$whl"; \
	"$$tmp/clean/bin/python" -c "import humm_client, humm_client.models; print('package-check: plain install: import humm_client', humm_client.__version__, 'ok')"; \
	if "$$tmp/clean/bin/python" -c "from humm_client.testing import FakeHumm" 2>"$$tmp/err"; then \
		echo "package-check: FakeHumm imported without the [testing] extra"; exit 1; fi; \
	grep -q "pip install 'humm-client\[testing\]'" "$$tmp/err" || { cat "$$tmp/err"; exit 1; }; \
	echo "package-check: plain install: FakeHumm says to install humm-client[testing]: ok"; \
	"$$tmp/clean/bin/python" -m pip install --quiet "$$whl[testing]"; \
	"$$tmp/clean/bin/python" -c "import humm_client; from humm_client.testing import FakeHumm; FakeHumm(); print('package-check: with [testing]: FakeHumm in a clean virtualenv: ok')"

# The test suite's own dependencies, pinned as in the dev extra (test-pythons, test-floors);
# UNPIN names whose pin is dropped (pip then picks what the floors allow).
TEST_PACKAGES := pytest pytest-asyncio pytest-httpx hypothesis hypothesis-jsonschema schemathesis pyyaml \
	httpx-aiohttp psutil starlette jsonschema uvicorn respx trustme opentelemetry-api opentelemetry-sdk \
	httpx2 brotli backports-zstd
UNPIN ?=
TEST_DEPS = $(BIN)/python -c "import sys, tomllib; d=tomllib.load(open('pyproject.toml','rb'))['dependency-groups']['dev']; keep=set('$(TEST_PACKAGES)'.split()); unpin=set('$(UNPIN)'.split()); names=[r.split(';')[0].split('=')[0].strip() for r in d]; print(' '.join(repr(n if n in unpin else r.split('\#')[0].strip()) for n, r in zip(names, d) if n in keep))"

# The wheel's tests on every interpreter the classifiers claim (3.11-3.14) found on this machine:
# pyenv's, or python3.X on PATH; absent ones are skipped with a message. CI runs a matrix instead.
PYTHONS ?= 3.11 3.12 3.13 3.14
TESTS ?= tests/client tests/unit tests/fake tests/reliability tests/conformance
test-pythons: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$$tmp/dist" . ; \
	whl=$$(ls "$$tmp"/dist/*.whl); \
	deps=$$($(TEST_DEPS)); \
	for v in $(PYTHONS); do \
		py=$$(ls /root/.pyenv/versions/$$v.*/bin/python$$v 2>/dev/null | tail -1 || true); \
		[ -n "$$py" ] || py=$$(command -v python$$v || true); \
		if [ -z "$$py" ]; then echo "test-pythons: python$$v not found: skipped"; continue; fi; \
		echo "test-pythons: $$py"; \
		"$$py" -m venv "$$tmp/venv$$v"; \
		eval "\"$$tmp/venv$$v/bin/python\" -m pip install --quiet \"$$whl[testing]\" $$deps"; \
		(cd "$$tmp" && cp -r $(CURDIR)/tests $(CURDIR)/docs $(CURDIR)/openapi.yaml $(CURDIR)/pyproject.toml . && \
		 "$$tmp/venv$$v/bin/python" -m pytest -q -p no:cacheprovider $(TESTS)); \
	done

# The wheel's tests with every runtime dependency, and every extra's, at the lower bound
# pyproject.toml declares (scripts/floors.py writes the constraints): floors are tested, not assumed.
FLOOR_EXTRAS := testing tracing httpx2 brotli zstd
FLOOR_UNPIN := starlette jsonschema uvicorn pyyaml opentelemetry-api opentelemetry-sdk httpx2 brotli backports-zstd
test-floors: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$$tmp/dist" . ; \
	whl=$$(ls "$$tmp"/dist/*.whl); \
	$(BIN)/python scripts/floors.py $(FLOOR_EXTRAS) > "$$tmp/floors.txt"; \
	echo "test-floors: installing at"; sed 's/^/  /' "$$tmp/floors.txt"; \
	deps=$$($(MAKE) -s --no-print-directory test-deps UNPIN="$(FLOOR_UNPIN)"); \
	$(PYTHON) -m venv "$$tmp/venv"; \
	eval "\"$$tmp/venv/bin/python\" -m pip install --quiet -c \"$$tmp/floors.txt\" \"$$whl[$$(echo $(FLOOR_EXTRAS) | tr ' ' ,)]\" $$deps"; \
	"$$tmp/venv/bin/python" -m pip list --format=freeze | grep -iE "^($$(cut -d= -f1 "$$tmp/floors.txt" | paste -sd'|'))==" ; \
	(cd "$$tmp" && cp -r $(CURDIR)/tests $(CURDIR)/docs $(CURDIR)/openapi.yaml $(CURDIR)/pyproject.toml . && \
	 "$$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider $(TESTS))

# The wheel's tests with the newest release of every runtime dependency and extra, unpinned (the
# test tools stay pinned: hypothesis-jsonschema, say, breaks with the newest hypothesis).
test-newest: install
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$$tmp/dist" . ; \
	whl=$$(ls "$$tmp"/dist/*.whl); \
	deps=$$($(MAKE) -s --no-print-directory test-deps UNPIN="$(FLOOR_UNPIN)"); \
	$(PYTHON) -m venv "$$tmp/venv"; \
	eval "\"$$tmp/venv/bin/python\" -m pip install --quiet --upgrade \"$$whl[$$(echo $(FLOOR_EXTRAS) | tr ' ' ,)]\" $$deps"; \
	"$$tmp/venv/bin/python" -m pip list --format=freeze; \
	(cd "$$tmp" && cp -r $(CURDIR)/tests $(CURDIR)/docs $(CURDIR)/openapi.yaml $(CURDIR)/pyproject.toml . && \
	 "$$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider $(TESTS))

test-deps: install
	@$(TEST_DEPS)

# Ratios against raw httpx, raw aiohttp and openai-python; writes BENCHMARKS.md.
# QUICK=1: a few hundred requests per cell, to catch crashes (asserts nothing about speed).
bench: install
	QUICK=$(QUICK) $(BIN)/python -m bench.run

test: install check-generated check-api-md check-workflows lint typecheck pytest package-check demo
	$(MAKE) bench QUICK=1

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
