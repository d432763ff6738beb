# newsdesk: `make run` starts the shell on corpus/; `make test` runs every test.
# Both install the Debian packages that are missing first.

DEBIAN_PACKAGES := libedit-dev libstemmer-dev wordnet-base tmux
SWIFT ?= swift
BIN := .build/debug/newsdesk
# Seconds per fuzz target: `make fuzz` for a real run, `make test` for a smoke run (0 skips it;
# it adds a sanitized release build of the library, about 3 minutes on two cores).
FUZZ_SECONDS ?= 600
FUZZ_TEST_SECONDS ?= 8

.PHONY: all deps build release run test unit-tests fuzz bench quality calibrate format lint clean

all: build

deps:
	@bash scripts/install-deps.sh $(DEBIAN_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	$(BIN) --corpus corpus

test: build
	$(SWIFT) test
	$(BIN) test Tests/Scripts
	@if [ "$(FUZZ_TEST_SECONDS)" != 0 ]; then SWIFT=$(SWIFT) scripts/fuzz.sh $(FUZZ_TEST_SECONDS); fi

# Each libFuzzer target in Fuzz/ for FUZZ_SECONDS; findings are kept in .fuzz/TARGET/crashes/.
fuzz: deps
	SWIFT=$(SWIFT) scripts/fuzz.sh $(FUZZ_SECONDS)

bench: release
	.build/release/newsdesk-bench $(ARGS)

# Fits the confidence calibration on the SQuAD 2.0 train titles and rewrites its coefficients.
CALIBRATION_DATA ?= ../shared/data/squad20-train-10titles.json
calibrate: release
	.build/release/newsdesk-calibrate $(CALIBRATION_DATA) \
	  --write Sources/NewsdeskCore/Answering/Calibration/CalibrationCoefficients.swift

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks Fuzz

lint:
	$(SWIFT) format lint --recursive Package.swift Sources Tests Benchmarks Fuzz

clean:
	rm -rf .build .build-fuzz
