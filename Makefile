# The two commands of the README: `make reports` and `make test`. Both first install the C libraries
# the package links (libxlsxwriter, jemalloc) when they are missing.
SWIFT    ?= swift
SEEDS    ?= seeds
OUT      ?= reports
# Release builds link the Swift runtime and Foundation statically: the binaries then run on a machine
# without a Swift toolchain, and calls into the runtime (retain, release, allocation) skip the
# shared library's indirection, which `make bench` measured at about a tenth of the CPU time.
# The toolchain's lld links them: GNU ld warns about glibc's `mktemp` inside static Foundation.
RELEASE  ?= -c release --static-swift-stdlib -Xswiftc -use-ld=lld

.PHONY: all deps reports test bench check-loaders clean release-corpus

all: reports

deps:
	@scripts/ensure-system-libraries.sh

## Build in release mode and write every report from $(SEEDS) into $(OUT), loading the seeds once
## (`corpus reports`; each `report-<name>` notebook writes the same bytes on its own).
reports: deps
	$(SWIFT) build $(RELEASE)
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/corpus" reports --seeds $(SEEDS) --out $(OUT)

## Run the whole test suite.
test: deps
	$(SWIFT) test

## Release build, then the whole pipeline on synthetic corpora of 1k, 10k and 100k articles
## (written once into .build/bench); prints one Markdown table.
bench: deps
	$(SWIFT) build $(RELEASE)
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/corpus" bench $(BENCH_ARGS)

## Every report written through the streaming loader and through the in-memory reference, on
## 100,000 synthetic articles, compared byte for byte (about 2 GB of memory for the reference).
check-loaders: deps
	bash scripts/check-loaders.sh

## The `corpus` tool built as `make reports` builds it; prints only its path (the build's own
## output goes to standard error), for scripts: `bin=$(make -s --no-print-directory release-corpus)`.
release-corpus:
	@$(SWIFT) build $(RELEASE) --product corpus >&2
	@echo "$$($(SWIFT) build $(RELEASE) --show-bin-path)/corpus"

clean:
	rm -rf .build
