# Two commands for a newcomer: `make run` and `make test`. Everything else they need is set up
# on the way. Settings come from the environment (see README.md).
SHELL := /bin/bash
VENV ?= .venv
PYTHON := $(VENV)/bin/python
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/armistice
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format migrations-check setup bench soak

$(PYTHON):
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PYTHON)
	$(PYTHON) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(PYTHON)
	$(PYTHON) -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.runtime

run: export DEBUG ?= true
run: $(VENV)/.runtime
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py load_demo
	$(PYTHON) manage.py local_admin
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

test: export DATABASE_URL := $(or $(DATABASE_URL),$(TEST_DATABASE_URL))
test: $(VENV)/.dev node_modules/.installed
	@scripts/ensure-browser
	@$(PYTHON) scripts/check-postgres
	$(PYTHON) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	DEBUG=true $(PYTHON) manage.py makemigrations --check --dry-run

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: $(VENV)/.runtime
	DEBUG=true $(PYTHON) manage.py makemigrations --check --dry-run

# Load-test the site on this machine (issue 6): generates or reuses two datasets in their own
# databases, serves them with gunicorn and drives them with wrk; writes bench/results/latest.md.
bench: $(VENV)/.runtime
	$(PYTHON) bench/run.py

# Sustained mixed load (issue 14): readers and an editor against gunicorn with Redis for
# SOAK_SECONDS (600; 30 for a smoke run); writes bench/results/soak.md. Not part of CI.
soak: $(VENV)/.runtime
	$(PYTHON) bench/soak.py
