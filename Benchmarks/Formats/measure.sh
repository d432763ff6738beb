#!/usr/bin/env bash
# What each article format costs to load, against the same articles as plain text.
#
#   Benchmarks/Formats/measure.sh [ARTICLES] [RUNS]     (default 10000 articles, best of 3)
#
# Makes ARTICLES synthetic articles with ../shared/bench/make_corpus.py, then writes the
# same articles as .txt files, as news pages (.html with navigation, a cookie banner,
# scripts and a footer around an <article>), as NITF .xml, as one RSS feed and as one JSON
# Lines export. Times a cold load of each (`newsdesk ask --no-cache`, release build) and
# prints seconds, peak memory and the ratio to .txt. Needs the release build:
# `swift build -c release --product newsdesk`.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-10000}"
runs="${2:-3}"
work="${TMPDIR:-/tmp}/newsdesk-formats-bench"
bin=.build/release/newsdesk
[ -x "$bin" ] || { echo "build first: swift build -c release --product newsdesk" >&2; exit 1; }
generator=../shared/bench/make_corpus.py
[ -f "$generator" ] || { echo "no $generator: the shared bench folder is needed" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/source"
python3 "$generator" --articles "$articles" --seed 7 "$work/source" >/dev/null
python3 Benchmarks/Formats/write_formats.py "$work/source" "$work"

best() {  # best wall time and its peak memory over $runs cold loads of $1
  local folder="$1" best_time="" best_memory=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time" -f "%e %M" "$bin" ask --no-cache --corpus "$folder" \
      "when did the council meet?" >/dev/null 2>&1 || true
    local time memory
    read -r time memory <"$work/time"
    if [ -z "$best_time" ] || awk "BEGIN{exit !($time < $best_time)}"; then
      best_time="$time"; best_memory="$memory"
    fi
  done
  echo "$best_time $best_memory"
}

printf '%-6s %10s %12s %8s\n' format seconds "peak MiB" "× txt"
txt_time=""
for format in txt html nitf rss jsonl; do
  read -r time memory < <(best "$work/$format")
  [ -n "$txt_time" ] || txt_time="$time"
  printf '%-6s %10.2f %12.0f %8.2f\n' "$format" "$time" "$((memory / 1024))" \
    "$(awk "BEGIN{print $time / $txt_time}")"
done
