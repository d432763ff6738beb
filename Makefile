# newsdesk: `make run` starts the shell on corpus/; `make test` runs every test.
# Both install the Debian packages that are missing first.

DEBIAN_PACKAGES := libedit-dev libstemmer-dev wordnet-base tmux
SWIFT ?= swift
BIN := .build/debug/newsdesk

.PHONY: all deps build release run test unit-tests bench quality calibrate format lint clean

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

bench: release
	.build/release/newsdesk-bench $(ARGS)

# Fits the confidence calibration on the SQuAD 2.0 train titles and rewrites its coefficients.
CALIBRATION_DATA ?= ../shared/data/squad20-train-10titles.json ../shared/data/expmrc-squad-dev.json
calibrate: release
	.build/release/newsdesk-calibrate $(CALIBRATION_DATA) --news ../shared/data/news-dev \
	  --write Sources/NewsdeskCore/Answering/Calibration/CalibrationCoefficients.swift \
	  --chart Benchmarks/Calibration/reliability.svg
	$(SWIFT) format --in-place Sources/NewsdeskCore/Answering/Calibration/CalibrationCoefficients.swift

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks

lint:
	$(SWIFT) format lint --recursive Package.swift Sources Tests Benchmarks

clean:
	rm -rf .build
