#!/usr/bin/env bash
# Time and peak memory of newsdesk on inputs that once took unbounded work (issue 11, item 4):
# a 1 MB question of many words, a 1 MB question of one word, and a 300,000-word sentence
# (plus an 80,000-word one, the size once measured at 6 s). Each must be answered or declined
# in under 2 s at under 200 MB. Then articles of 2 MB and 8 MB of patterns the sentence
# splitter and tokenizer work hardest on: the time should grow fourfold, not sixteenfold.
# Run on a release build:
#
#   swift build -c release && Benchmarks/BoundedInputs/measure.sh [.build/release/newsdesk]
#
# Prints one line per input: wall seconds, peak resident MB, exit status, and the first
# line of the answer (exit 124: stopped after TIMEOUT seconds, default 30). Inputs are made here, with a fixed seed, and removed afterwards.
set -euo pipefail
binary=${1:-.build/release/newsdesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import random, sys, os
work = sys.argv[1]
random.seed(11)
os.makedirs(f"{work}/news")
with open(f"{work}/news/port.txt", "w") as f:
    f.write("date 2025-03-10\nThe port of Guayaquil reopened on Monday after a strike by "
            "dockworkers. Union leader Ana Torres said the workers accepted a pay rise of "
            "8 percent.\n")
vocabulary = ("the port union workers strike council mayor city river bridge plan water "
              "price rose fell said because after before during Torres Quito Lima March "
              "2024 12 million people new old large small by with of in on").split()
for count in (80_000, 300_000):
    os.makedirs(f"{work}/long{count}")
    words = [random.choice(vocabulary) for _ in range(count)]
    with open(f"{work}/long{count}/sentence.txt", "w") as f:
        f.write("date 2025-03-10\n" + " ".join(words) + ".\n")
megabyte = 1 << 20
question = ("who did the union leader meet in the port city " * (megabyte // 40))[:megabyte]
with open(f"{work}/q-many-words.txt", "w") as f:
    f.write(question.strip() + "?\n")
letters = "abcdefghijklmnopqrstuvwxyz"
with open(f"{work}/q-one-word.txt", "w") as f:
    f.write("".join(random.choice(letters) for _ in range(megabyte)) + "\n")
with open(f"{work}/q-plain.txt", "w") as f:
    f.write("what did the union leader say about the strike?\n")
# Text the sentence splitter and tokenizer must get through in linear time: the same
# pattern at 2 MB and 8 MB should take about four times as long, not sixteen.
patterns = {
    "abbreviations": "Mr. J. R. Torres met Dr. Salas at 9 a.m. in the U.S. capital, etc. ",
    "dots": "the strike.... ended... ",
    "quotes": "\"the\" “strike” 'ended' ",
    "no-spaces": "strike,",
}
for name, unit in patterns.items():
    for megabytes in (2, 8):
        os.makedirs(f"{work}/{name}{megabytes}")
        with open(f"{work}/{name}{megabytes}/a.txt", "w") as f:
            f.write(unit * (megabytes * megabyte // len(unit.encode())))
PY

measure() {
  local label=$1 corpus=$2 questions=$3
  local log="$work/time.log" out="$work/out.txt" status=0
  /usr/bin/time -v timeout "${TIMEOUT:-30}" "$binary" --no-cache --no-color --corpus "$corpus" <"$questions" >"$out" \
    2>"$log" || status=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  printf '%-34s wall %-8s peak %5d MB  exit %d  %s\n' "$label" "$wall" $((rss / 1024)) "$status" \
    "$(head -c 100 "$out" | head -n 1)"
}

measure "1 MB question, many words" "$work/news" "$work/q-many-words.txt"
measure "1 MB question, one word" "$work/news" "$work/q-one-word.txt"
measure "80,000-word sentence" "$work/long80000" "$work/q-plain.txt"
measure "300,000-word sentence" "$work/long300000" "$work/q-plain.txt"
measure "plain question (for scale)" "$work/news" "$work/q-plain.txt"
for pattern in abbreviations dots quotes no-spaces; do
  for megabytes in 2 8; do
    measure "$megabytes MB of $pattern" "$work/$pattern$megabytes" "$work/q-plain.txt"
  done
done
