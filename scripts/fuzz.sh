#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with the address sanitizer and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS per target (default $FUZZ_SECONDS or 600)
#
# Work lives in .fuzz/TARGET/ (git-ignored): seeds/ is made afresh from the project's own
# fixtures, corpus/ keeps what libFuzzer found interesting from one run to the next, and
# crashes/ keeps every input that crashed or broke an invariant. Exits 1 if any target
# found one. Replay one with: .build-fuzz/release/TARGET .fuzz/TARGET/crashes/crash-…
#
# The build goes to .build-fuzz so it never disturbs the normal .build. Package.swift only
# declares the fuzz targets when NEWSDESK_FUZZ is set.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${FUZZ_SECONDS:-600}}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(ArticleFuzz QuestionFuzz ScriptFuzz SavedIndexFuzz)
swift="${SWIFT:-swift}"
bin=.build-fuzz/release

# -sanitize takes one comma-separated list (a second -sanitize replaces the first); lld
# because gold fails on libFuzzer's archive; -enable-testing lets SavedIndexFuzz use the
# reader's internal types.
for target in "${targets[@]}"; do
  NEWSDESK_FUZZ=1 "$swift" build -c release --scratch-path .build-fuzz --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld \
    2>&1 | grep -v "warning: Cannot export local symbol" || true
  [ -x "$bin/$target" ] || { echo "fuzz: $target did not build" >&2; exit 1; }
done

# Seeds: the project's articles, golden scripts and their questions, and a saved index the
# target writes itself (it cannot be checked in: an index is stamped with the build).
make_seeds() {
  local target="$1" seeds="$2"
  rm -rf "$seeds" && mkdir -p "$seeds"
  local n=0
  case "$target" in
    ArticleFuzz)
      # The first byte chooses plain text (0), Markdown (1), JSON Lines (2) or a feed (3).
      for file in corpus/*.txt Tests/Scripts/articles/*.txt Tests/Scripts/fixtures/*/*.txt; do
        n=$((n + 1))
        { printf '\0'; cat "$file"; } >"$seeds/article-$n"
        { printf '\1# A heading\n\n'; cat "$file"; } >"$seeds/markdown-$n"
      done
      printf '\0---\r\ntitle: CRLF front matter\r\ndate: 2025-09-04\r\n---\r\nIt rained.\r\n' \
        >"$seeds/crlf"
      # JSON Lines (2) and feeds (3) from the format fixtures.
      for file in Tests/Fixtures/formats/*/*.jsonl Tests/Scripts/fixtures/formats/*/*.jsonl; do
        n=$((n + 1))
        { printf '\2'; cat "$file"; } >"$seeds/jsonl-$n"
      done
      for file in Tests/Fixtures/formats/*/*.rss Tests/Scripts/fixtures/formats/*/*.rss \
        Tests/Scripts/fixtures/formats/*/*.atom; do
        n=$((n + 1))
        { printf '\3'; cat "$file"; } >"$seeds/feed-$n"
      done
      ;;
    QuestionFuzz)
      # Each question alone, and each follow-up after the turn before it with its first
      # expected answer: "earlier\nanswer\nfollow-up".
      awk -v dir="$seeds" '
        function flush() { previous = ""; answer = "" }
        /^[ \t]*$/ { flush(); next }
        /^[ \t]*[#:]/ { next }
        /^[ \t]*[?=~!@$%^&*+<>|\\;,.`-]/ {
          if (answer == "") { answer = $0; sub(/^[ \t]*[^ \t]+[ \t]*/, "", answer) }
          next
        }
        {
          n++
          printf "%s", $0 > (dir "/question-" n); close(dir "/question-" n)
          if (previous != "") {
            printf "%s\n%s\n%s", previous, answer, $0 > (dir "/follow-up-" n)
            close(dir "/follow-up-" n)
          }
          previous = $0; answer = ""
        }' Tests/Scripts/*.qa Tests/Scripts/pending/*.qa
      ;;
    ScriptFuzz)
      for file in Tests/Scripts/*.qa Tests/Scripts/pending/*.qa; do
        cp "$file" "$seeds/$(basename "$file")"
      done
      ;;
    SavedIndexFuzz)
      NEWSDESK_FUZZ_WRITE_SEED="$seeds/small.ndindex" SWIFT_BACKTRACE=enable=no \
        "$bin/$target" -runs=0 -detect_leaks=0 -artifact_prefix="$seeds/../" >/dev/null 2>&1 || true
      [ -s "$seeds/small.ndindex" ] || { echo "fuzz: no saved-index seed written" >&2; exit 1; }
      ;;
  esac
}

# Inputs as long as the fixtures; a slow input counts as a finding (a hang) after 25 s
# (sanitized code runs several times slower than a release build).
max_len() {
  case "$1" in
    ArticleFuzz) echo 8192 ;;
    QuestionFuzz) echo 512 ;;
    ScriptFuzz) echo 8192 ;;
    SavedIndexFuzz) echo 16384 ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  work=".fuzz/$target"
  mkdir -p "$work/corpus" "$work/crashes"
  make_seeds "$target" "$work/seeds"
  echo "fuzz: $target for ${seconds}s"
  # The Swift runtime's backtracer would take seconds per crash; ASan reports it instead.
  if ! SWIFT_BACKTRACE=enable=no "$bin/$target" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -timeout=25 -rss_limit_mb=3072 -max_len="$(max_len "$target")" \
    -artifact_prefix="$work/crashes/" -print_final_stats=1 >"$work/log" 2>&1; then
    failed+=("$target")
    echo "fuzz: $target found a problem; see $work/log and $work/crashes/" >&2
    grep -E "^(==[0-9]+==ERROR|fuzz invariant|Fatal error|SUMMARY|artifact_prefix)" "$work/log" \
      | head -8 >&2 || true
  fi
  grep -E "^(stat::number_of_executed_units|Done )" "$work/log" | sed "s/^/fuzz: $target: /" || true
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: problems found by ${failed[*]}" >&2
  exit 1
fi
