#!/usr/bin/env bash
# Runs the saved-index concurrency tests at the issue's targets: ROUNDS rounds of three
# newsdesks updating one index at once (default 50) and KILLS newsdesks killed with SIGKILL
# while saving (default 100). Every cited sentence is checked against its article file.
#
#   scripts/stress-saved-index.sh [ROUNDS] [KILLS]
#
# Set NEWSDESK_BINARY to stress another build (a release one: .build/release/newsdesk).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEWSDESK_CONCURRENT_ROUNDS="${1:-50}"
export NEWSDESK_KILL_ROUNDS="${2:-100}"
swift build --build-tests
swift test --skip-build --filter SavedIndexConcurrencyTests 2>&1 \
  | grep -E "concurrent saves|kills:|✘|Test run"
