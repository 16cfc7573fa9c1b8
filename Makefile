# sipcodes: make run | make dist [BASE=/name] | make test | make bench

BASE ?=
SITE_URL ?=
REPO ?= https://github.com/sipcodes/sipcodes
GO ?= go

WASM := web/app.wasm
EXPLAIN_WASM := web/explain.wasm
WASM_PACKAGES := . ./app ./app/paths ./app/explainer ./codes ./lookup ./trace ./capture
GO_SOURCES := $(shell find . -name '*.go' -not -path './dist/*') go.mod go.sum

.PHONY: run dist test bench wasm clean

# The wasm gets only the browser code: files tagged !wasm (server, generator)
# stay out of it, which keeps it near go-app's own minimum size.
$(WASM): $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $(WASM) .

# The worker's wasm: the trace explainer of /explain, and the answers to the
# app's searches on every page (app/explainer).
$(EXPLAIN_WASM): $(GO_SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $(EXPLAIN_WASM) ./app/explainer

wasm: $(WASM) $(EXPLAIN_WASM)

run: wasm
	$(GO) run . serve -addr localhost:8000

dist: wasm
	$(GO) run . dist -out dist -base "$(BASE)" -site-url "$(SITE_URL)" -repo "$(REPO)"

# Tools (staticcheck, actionlint) are pinned by the tool directive in go.mod:
# once modules are cached, make test needs no network.
test: wasm browsertest/node_modules/axe-core
	@./.ci/check-browser
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(WASM_PACKAGES)
	$(GO) tool staticcheck ./...
	GOOS=js GOARCH=wasm $$($(GO) tool -n staticcheck) $(WASM_PACKAGES)
	$(GO) tool actionlint
	$(GO) test -timeout 15m ./...

# axe-core for the accessibility test, pinned by browsertest/package-lock.json.
browsertest/node_modules/axe-core:
	npm ci --prefix browsertest --no-audit --no-fund --silent

# The performance report: sizes, search speed, in-browser timings and
# Lighthouse against a plain HTML floor page, with budgets. Printed, and
# written to bench/report.json. SIPCODES_BENCH_BEFORE=dir also measures a
# site built from an earlier commit (make dist BASE=/sipcodes there).
LIGHTHOUSE := lighthouse@12.8.2
bench: wasm bench/node_modules/.bin/lighthouse
	@./.ci/check-browser
	SIPCODES_BENCH=1 $(GO) test ./browsertest -run '^TestPerformanceReport$$' -count=1 -v -timeout 40m

bench/node_modules/.bin/lighthouse:
	npm install --prefix bench --no-audit --no-fund --silent $(LIGHTHOUSE)

clean:
	rm -rf dist $(WASM) $(EXPLAIN_WASM) bench
