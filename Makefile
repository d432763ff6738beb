# newsdesk: `make run` starts the shell on corpus/; `make test` runs every test.
# Both install the Debian packages that are missing first.

DEBIAN_PACKAGES := libedit-dev libstemmer-dev wordnet-base tmux
SWIFT ?= swift
BIN := .build/debug/newsdesk

.PHONY: all deps build release run test unit-tests bench quality format lint clean model syntax-bench

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

# The syntax model (tagger and parser), trained on UD English EWT; see README, "Syntax".
EWT_DATA ?= ../shared/data/ud-english-ewt
SYNTAX_MODEL := Models/syntax-en-ewt.ndsyntax

model: deps
	$(SWIFT) build -c release --product newsdesk-train
	.build/release/newsdesk-train --data $(EWT_DATA) --output $(SYNTAX_MODEL) $(ARGS)

syntax-bench: deps
	$(SWIFT) build -c release --product newsdesk-syntax-bench
	.build/release/newsdesk-syntax-bench --data $(EWT_DATA) --model $(SYNTAX_MODEL) $(ARGS)

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Benchmarks

lint:
	$(SWIFT) format lint --recursive Package.swift Sources Tests Benchmarks

clean:
	rm -rf .build
