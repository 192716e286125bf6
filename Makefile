# The two commands of the README: `make reports` and `make test`. Both install libxlsxwriter first.
SWIFT    ?= swift
SEEDS    ?= seeds
OUT      ?= reports
# Every Sources/report-<name> folder is a report executable.
REPORTS  := $(sort $(notdir $(wildcard Sources/report-*)))

.PHONY: all deps reports test bench clean

all: reports

deps:
	@scripts/ensure-xlsxwriter.sh

## Build in release mode and run every report on $(SEEDS) into $(OUT).
reports: deps
	$(SWIFT) build -c release
	@mkdir -p $(OUT)
	@set -e; for r in $(REPORTS); do \
	  echo "== $$r"; \
	  "$$($(SWIFT) build -c release --show-bin-path)/$$r" --seeds $(SEEDS) --out $(OUT); \
	done

## Run the whole test suite.
test: deps
	$(SWIFT) test

## Release build, then the whole pipeline on synthetic corpora of 1k, 10k and 100k articles
## (written once into .build/bench); prints one Markdown table.
bench: deps
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/corpus" bench $(BENCH_ARGS)

clean:
	rm -rf .build
