#!/usr/bin/env bash
# What each article format costs to load, against the same articles as plain text.
#
#   Benchmarks/Formats/measure.sh [ARTICLES] [RUNS] [FORMATS]
#   (default 10000 articles, best of 3, "txt html nitf rss jsonl"; txt must come first)
#
# Makes ARTICLES synthetic articles with ../shared/bench/make_corpus.py, then writes the
# same articles as .txt files, as news pages (.html with navigation, a cookie banner,
# scripts and a footer around an <article>), as NITF .xml, as one RSS feed and as one JSON
# Lines export. Times a cold load of each (`newsdesk ask --no-cache`, release build) and
# prints the CPU seconds (user + system: steadier than wall time on a shared machine), the
# wall seconds, peak memory and the CPU ratio to .txt, each the run with the least CPU. Needs the release build:
# `swift build -c release --product newsdesk`.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-10000}"
runs="${2:-3}"
formats="${3:-txt html nitf rss jsonl}"
work="${TMPDIR:-/tmp}/newsdesk-formats-bench"
bin=.build/release/newsdesk
[ -x "$bin" ] || { echo "build first: swift build -c release --product newsdesk" >&2; exit 1; }
generator=../shared/bench/make_corpus.py
[ -f "$generator" ] || { echo "no $generator: the shared bench folder is needed" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work/source"
python3 "$generator" --articles "$articles" --seed 7 "$work/source" >/dev/null
python3 Benchmarks/Formats/write_formats.py "$work/source" "$work"

best() {  # the least CPU time over $runs cold loads of $1, with its wall time and memory
  local folder="$1" best_cpu="" best_wall="" best_memory=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time" -f "%U %S %e %M" "$bin" ask --no-cache --corpus "$folder" \
      "when did the council meet?" >/dev/null 2>&1 || true
    local user system wall memory cpu
    read -r user system wall memory <"$work/time"
    cpu=$(awk "BEGIN{print $user + $system}")
    if [ -z "$best_cpu" ] || awk "BEGIN{exit !($cpu < $best_cpu)}"; then
      best_cpu="$cpu"; best_wall="$wall"; best_memory="$memory"
    fi
  done
  echo "$best_cpu $best_wall $best_memory"
}

printf '%-6s %12s %12s %10s %8s\n' format "CPU seconds" "wall" "peak MiB" "× txt"
txt_cpu=""
for format in $formats; do
  read -r cpu wall memory < <(best "$work/$format")
  [ -n "$txt_cpu" ] || txt_cpu="$cpu"
  printf '%-6s %12.2f %12.2f %10.0f %8.2f\n' "$format" "$cpu" "$wall" "$((memory / 1024))" \
    "$(awk "BEGIN{print $cpu / $txt_cpu}")"
done
