# The two commands that matter: `make serve` and `make test` (see README).
SHELL := bash
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PORT ?= 8080

.PHONY: serve test setup setup-build build check lint test-native test-wasm test-e2e goldens goldens-check bench wasm-size shell-size profile

## make serve: install what is missing, build, serve http://127.0.0.1:8080
serve: setup-build
	trunk serve --release --port $(PORT)

## make test: install what is missing, then every check and test
test: setup lint goldens-check test-native test-wasm build test-e2e
	@echo "make test: all green"

setup:
	scripts/setup all

setup-build:
	scripts/setup build

build:
	trunk build --release

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test

# The database layer (and the rest of the core) on wasm32, in Node.
test-wasm:
	cargo test --target wasm32-unknown-unknown --lib

test-e2e:
	node --test --test-concurrency=1 e2e/tests/

## make goldens: regenerate tests/golden/ with real Django
goldens:
	tests/django_reference/regenerate.sh

## Regenerates the goldens into a scratch directory and fails on any drift.
goldens-check:
	scripts/check-goldens

## make bench: Django vs the playground on 111,000 generated objects (not part of make test)
bench: setup
	scripts/bench

## make wasm-size: what each step of shrinking the wasm saves (five cold builds)
wasm-size: setup
	scripts/wasm-size

## make shell-size: what manage shell's interpreter adds to the page's wasm
shell-size: setup
	scripts/shell-size

## make profile: the functions the page spends its time in, in Chromium (after make bench)
profile: setup
	scripts/profile
