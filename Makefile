# planmeter — every command a developer or CI needs. Each target installs what is
# missing first (offline-safe: crates.io, npm and Debian only), so a fresh clone needs
# nothing but `make demo` or `make test`.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Node's binaries first: wasm-pack must find npm's wasm-opt (binaryen 132), never
# Debian's wasm-opt 108, whose output fails at init in the browser.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
WASM_PACK_VERSION := 0.15.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RUST_SOURCES := $(shell find src -name '*.rs') build.rs Cargo.toml Cargo.lock $(wildcard catalog/*.json catalog/sources/*)

.PHONY: help setup build demo test test-engines package fuzz wasm site schema dist size bench bench-extract eval-extract clean

help:
	@echo "make demo   build and serve the demo on http://127.0.0.1:$(PORT)/www/"
	@echo "make test   every test: native, wasm build, real browser"
	@echo "make build  build pkg/ (wasm) and the native CLI"
	@echo "make package  planmeter-<version>.tgz, the npm package for app developers"
	@echo "make bench  planmeter vs Chart.js and ECharts, side by side"
	@echo "make test-engines  the core browser tests in Firefox ESR and WebKitGTK"
	@echo "make fuzz   100,000 cases per parser property (make test runs 2,000)"
	@echo "make bench-extract  time planmeter extract on the five plans"

## Tools ---------------------------------------------------------------------------

setup: .tools/rust .tools/browser .tools/engines node_modules/.package-lock.json

.tools/rust: Cargo.toml
	@mkdir -p .tools
	rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	wasm-pack --version 2>/dev/null | grep -qF "$(WASM_PACK_VERSION)" || cargo install wasm-pack --version $(WASM_PACK_VERSION) --locked
	# Must equal the wasm-bindgen pinned in Cargo.toml; `--locked` fails offline here.
	wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@touch $@

.tools/browser:
	@mkdir -p .tools
	if ! command -v chromium >/dev/null || ! fc-list :lang=zh | grep -q .; then \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null; \
	fi
	@touch $@

# The other engines citizens read with (make test-engines): Firefox ESR, driven over
# WebDriver BiDi, and WebKitGTK (Safari's engine) through WebKitWebDriver, under Xvfb.
.tools/engines:
	@mkdir -p .tools
	if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth >/dev/null; \
	fi
	@touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## Build ---------------------------------------------------------------------------

pkg/planmeter_bg.wasm: $(RUST_SOURCES) schema/planmeter.schema.json .tools/rust node_modules/.package-lock.json
	wasm-pack --quiet build --target web --release --no-pack
	cp schema/planmeter.schema.json pkg/planmeter.schema.json
	# The catalog's plans, one file each beside the wasm (the loader fetches those it shows).
	rm -rf pkg/plans.new
	cargo run --quiet --bin planmeter -- catalog --split pkg/plans.new
	node scripts/plans.mjs pkg/plans.new
	rm -rf pkg/plans && mv pkg/plans.new pkg/plans

# The editors' wasm for the configurator's "paste a plan" tab (extract, check): its
# own target dir, so the two feature sets do not rebuild each other.
pkg-author/planmeter_bg.wasm: $(RUST_SOURCES) .tools/rust node_modules/.package-lock.json
	CARGO_TARGET_DIR=target/author wasm-pack --quiet build --target web --release --no-pack --out-dir pkg-author -- --features author

wasm: pkg/planmeter_bg.wasm pkg-author/planmeter_bg.wasm

# The method page every widget links to, rendered from docs/methodology.md.
www/methodology.html: docs/methodology.md scripts/render-doc.mjs node_modules/.package-lock.json
	node scripts/render-doc.mjs $< $@

site: wasm www/methodology.html

# The config's JSON Schema, generated from the Rust types, and the loader's types,
# generated from the schema (make test checks that both are current).
schema: node_modules/.package-lock.json
	cargo run --quiet --bin planmeter -- schema > schema/planmeter.schema.json
	node scripts/dts.mjs

build: site
	cargo build --release --bin planmeter

# dist/: what a portal copies to its web server — the loader with the wasm-bindgen glue
# bundled in and minified (esbuild), carrying the wasm's sha384 so it fetches the wasm
# with Subresource Integrity; the wasm, the plans, the schema, types, the method page, the
# iframe embed (embed.html, and embed-host.js for the page around it) — and the integrity
# hashes for <script integrity=…> (printed, and in integrity.json for the configurator).
dist: site
	rm -rf dist && mkdir -p dist/pkg
	esbuild www/planmeter.js --bundle --minify --format=esm --log-level=warning --outfile=dist/planmeter.js \
	  --define:PLANMETER_WASM_INTEGRITY="\"$$(node scripts/sri.mjs --bare pkg/planmeter_bg.wasm)\""
	esbuild pkg/planmeter.js --minify --format=esm --log-level=warning --outfile=dist/pkg/planmeter.js
	cp www/planmeter.d.ts www/methodology.html www/doc.css www/favicon.svg dist/
	cp pkg/planmeter_bg.wasm pkg/planmeter.d.ts pkg/planmeter.schema.json dist/pkg/
	mkdir -p dist/pkg/plans && cp pkg/plans/*.json dist/pkg/plans/
	cp www/embed.html www/embed.js www/embed.css www/embed-host.js dist/
	cp docs/dist-README.md dist/README.md
	node scripts/sri.mjs --json dist/planmeter.js dist/embed-host.js > dist/integrity.json
	@node scripts/sri.mjs dist/planmeter.js dist/pkg/planmeter.js dist/pkg/planmeter_bg.wasm

# The npm package for app developers: planmeter-<version>.tgz here (scripts/package.mjs).
package: dist
	node scripts/package.mjs

# The size gate: what a page downloads to show one 鄂州 widget — dist/planmeter.js, the
# wasm and the plan's file — gzip -9, against SIZE_BUDGET (bytes). The one place it is set:
# 2026-11-23 it was 126,773 bytes; 2026-11-30 150,460 (+23.7 KB for issue 14: sources,
# flags, the export frame drawn by the core, the honest status words, English units, the
# citizens' error view and target links), then 155,162 (+4.7 KB for issue 15: the input
# limits and their messages, linear readers, the loader's bounded download, host checks
# and memory renewal), then 157,501 (+2.3 KB for issue 16: one resolve path, error kinds,
# the controls' words in the core, objects described once); then 144,582 for issue 17
# (the catalog out of the wasm, one plan file per page: wasm 141,024 → 119,441, plan
# 7,672; did-you-mean without a hash map); then 147,310 for issue 18 (+6.6 KB for reading
# data as people have it — tables separated by tabs or ，, Chinese headers, full-width
# figures, the row-naming problems — of which 3.8 KB came back by leaving the Chinese
# wording of data problems to the editors' wasm, where the configurator reads its box);
# +2 KB headroom (panic paths in the wasm name the builder's CARGO_HOME).
SIZE_BUDGET := 149300
size: dist
	@node scripts/size.mjs $(SIZE_BUDGET) dist/planmeter.js dist/pkg/planmeter_bg.wasm dist/pkg/plans/ezhou-2018-2020.*.json

# The same trend chart with planmeter, Chart.js + annotation and ECharts (each full and
# tree-shaken), declared in the pages' HTML, interleaved in one Chromium, locally and on
# a slow network; medians and ratios, bench/results.json and target/bench/table.md. Then
# the first chart from the page's HTML: planmeter pre-rendered by the native CLI (built
# here) against ECharts' server-side SVG.
bench: setup dist
	@mkdir -p target/bench
	cargo build --release --quiet --bin planmeter
	esbuild bench/echarts-lite.src.mjs --bundle --minify --format=iife --log-level=warning --outfile=target/bench/echarts-lite.js
	esbuild bench/chartjs-lite.src.mjs --bundle --minify --format=iife --log-level=warning --outfile=target/bench/chartjs-lite.js
	node bench/run.mjs

## Use -----------------------------------------------------------------------------

demo: setup dist
	node scripts/serve.mjs $(PORT)

test: setup
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
	CARGO_TARGET_DIR=target/author cargo clippy --quiet --target wasm32-unknown-unknown --lib --features author -- -D warnings
	PROPTEST_CASES=2000 cargo test --quiet
	node scripts/dts.mjs --check
	$(MAKE) --no-print-directory size
	$(MAKE) --no-print-directory package
	node --test --test-reporter=spec tests/browser/
	$(MAKE) --no-print-directory test-engines

# The core of the browser tests (render, keyboard, table, errors, strict CSP, dashboard,
# iframe embed) in Firefox ESR and in WebKitGTK; needs dist/ (make test's size step
# builds it). Screenshots in target/screenshots/engines/.
test-engines: setup dist
	ENGINE=firefox node --test --test-reporter=spec tests/engines/
	ENGINE=webkit xvfb-run -a -s "-screen 0 1280x3100x24" node --test --test-reporter=spec tests/engines/

# `planmeter extract` on the five plans: median and worst time per plan (optimised).
bench-extract:
	cargo test --quiet --profile fuzz --test extract -- --ignored --nocapture timing

# `planmeter extract` on plans nobody tuned it on: UNSEEN=dir holding plan texts and an
# expected.json labelled by hand (see tests/extract.rs, `unseen_plans`).
UNSEEN ?= target/unseen
eval-extract:
	UNSEEN=$(UNSEEN) cargo test --quiet --test extract -- --ignored --nocapture unseen_plans

# Fuzz the config, plan and data parsers (tests/fuzz.rs): 100,000 cases per property.
fuzz: setup
	PROPTEST_CASES=100000 cargo test --profile fuzz --test fuzz

clean:
	rm -rf pkg pkg-author target .tools dist
