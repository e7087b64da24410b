# Taipan — a Python 3.11 implementation in Go.
#
#   make demo         build bin/taipan and show it on examples/ (needs only Go)
#   make test         go vet, go test, and the stdlib parse check with thresholds
#   make parse-check  AST agreement with CPython 3.11 over its whole stdlib
#   make bench-parse  parsing speed against CPython 3.11
#   make bench        the programs in benchmarks/programs under Taipan, CPython
#                     3.11 and PyPy 3 (BENCH_ONLY=a,b to pick, BENCH_REPEAT=n,
#                     BENCH_FLAGS=--cpu for CPU time instead of wall-clock)
#   make fuzz         run every go test -fuzz target: parser, pyfmt, sre, VM (FUZZTIME=10m per target)
#   make conformance  CPython's test suite under Taipan (RUNG=1 or RUNG=1,2 to narrow,
#                     MODULES=test_bool,test_int for single modules)
#   make conformance-update  raise tests/conformance/baseline.tsv to today's counts
#
# test, parse-check, bench-parse and bench compare with Debian's python3.11
# and its test suite (bench also with pypy3); they install them with apt-get
# when missing.

GO ?= go
PYTHON := /usr/bin/python3.11
PYTHON_MARKER := /usr/lib/python3.11/test/test_grammar.py
FUZZTIME ?= 10m
PYPY := pypy3
BENCH_ONLY ?=
BENCH_REPEAT ?= 3
BENCH_MARKDOWN ?=
BENCH_FLAGS ?=

# parse-check thresholds, in percent of files.
MIN_NOATTRS ?= 99.9
MIN_ATTRS ?= 99
MIN_REJECTED ?= 100

.PHONY: all build demo test vet gotest parse-check bench-parse bench pgo fuzz python-deps pypy-deps clean conformance conformance-check conformance-update

all: build

build:
	$(GO) build -trimpath -o bin/taipan ./cmd/taipan

demo: build
	@tools/demo.sh

# Runs every check and fails at the end if any failed, so one failure does
# not hide the others.
test: python-deps
	@status=0; \
	echo "== go vet ./..."; $(GO) vet ./... || status=1; \
	echo "== go test ./..."; $(GO) test ./... || status=1; \
	echo "== parse-check"; $(MAKE) --no-print-directory parse-check || status=1; \
	echo "== conformance-check (rungs $(CHECK_RUNGS) against tests/conformance/baseline.tsv)"; \
	$(MAKE) --no-print-directory conformance-check || status=1; \
	if [ $$status -ne 0 ]; then echo "make test: FAILED"; else echo "make test: all passed"; fi; \
	exit $$status

vet:
	$(GO) vet ./...

gotest:
	$(GO) test ./...

parse-check: python-deps
	$(GO) build -o bin/parsecheck ./tools/parsecheck
	bin/parsecheck -min-noattrs $(MIN_NOATTRS) -min-attrs $(MIN_ATTRS) -min-rejected $(MIN_REJECTED)

bench-parse: python-deps
	$(GO) build -o bin/benchparse ./tools/benchparse
	bin/benchparse

# CPython's regression tests under Taipan, one process per module.
RUNG ?=
MODULES ?=
CHECK_RUNGS ?= 1,2
CONF_TIMEOUT ?= 120s
CONF_SELECT = $(if $(MODULES),-modules $(MODULES),$(if $(RUNG),-rung $(RUNG)))

conformance: build python-deps
	$(GO) build -o bin/conformance ./tools/conformance
	bin/conformance $(CONF_SELECT) -timeout $(CONF_TIMEOUT) -markdown doc/conformance.md

conformance-check: build python-deps
	$(GO) build -o bin/conformance ./tools/conformance
	bin/conformance -rung $(CHECK_RUNGS) -timeout 60s -check

conformance-update: build python-deps
	$(GO) build -o bin/conformance ./tools/conformance
	bin/conformance $(CONF_SELECT) -timeout $(CONF_TIMEOUT) -update -markdown doc/conformance.md

# Interleaved runs of benchmarks/programs: per-program times, speed ratios
# against CPython 3.11 and their geometric means (benchmarks/run.py).
bench: build python-deps pypy-deps
	$(PYTHON) benchmarks/run.py --taipan bin/taipan --cpython $(PYTHON) --pypy "$$(command -v $(PYPY))" \
		--repeat $(BENCH_REPEAT) $(BENCH_FLAGS) $(if $(BENCH_ONLY),--only $(BENCH_ONLY)) $(if $(BENCH_MARKDOWN),--markdown $(BENCH_MARKDOWN))

# pgo: regenerate cmd/taipan/default.pgo (profile-guided optimisation; see tools/pgo.sh)
pgo:
	bash tools/pgo.sh

fuzz:
	GO=$(GO) FUZZTIME=$(FUZZTIME) tools/fuzz.sh

# Debian's CPython 3.11 with its stdlib and test suite: the reference the
# checks compare against. Installed with apt-get when missing (through sudo
# when not root and sudo exists).
python-deps:
	@if [ ! -x $(PYTHON) ] || [ ! -f $(PYTHON_MARKER) ]; then \
		echo "installing python3.11, its stdlib and test suite with apt-get"; \
		SUDO=""; \
		if [ "$$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi; \
		$$SUDO apt-get update && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 python3.11 libpython3.11-stdlib libpython3.11-testsuite; \
	fi
	@test -x $(PYTHON) && test -f $(PYTHON_MARKER) || { echo "python3.11 or its test suite is still missing" >&2; exit 1; }

# PyPy 3, the third column of make bench; installed with apt-get when
# missing (through sudo when not root and sudo exists).
pypy-deps:
	@if ! command -v $(PYPY) >/dev/null 2>&1; then \
		echo "installing pypy3 with apt-get"; \
		SUDO=""; \
		if [ "$$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi; \
		$$SUDO apt-get update && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 pypy3; \
	fi
	@command -v $(PYPY) >/dev/null 2>&1 || { echo "pypy3 is still missing" >&2; exit 1; }

clean:
	rm -rf bin
