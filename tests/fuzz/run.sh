#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer harnesses (see build.sh), replays every seed and
# regression case through each, then fuzzes each for a while.
#
#   tests/fuzz/run.sh [--time SECONDS] [--build-dir DIR] [--max-len BYTES] [HARNESS...]
#
#   --time       how long to fuzz each harness (default 60; 0 only replays)
#   --build-dir  a configured meson build directory (default _build)
#   --max-len    the largest input the fuzzer makes (default 16384)
#   HARNESS      exercise-file, script-store, stdin and/or import (default all)
#
# The seeds are the built-in exercises (as written, and merged with their
# translations when the build directory has them) and tests/malformed/ for
# the harnesses that read an exercise (exercise-file, stdin, import), and
# tests/fuzz/seeds/ for the kept scripts; tests/fuzz/regressions/ holds every input that once
# made a harness fail. What the fuzzer learns is kept in
# BUILD_DIR/tests/fuzz/corpus/, so each run starts where the last one ended.
# A failing input is written to BUILD_DIR/tests/fuzz/artifacts/.

set -eu

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$fuzz_dir/../.." && pwd)
time=60
build="$top/_build"
max_len=16384
harnesses=""

while [ $# -gt 0 ]; do
  case "$1" in
    --time) time=$2; shift 2 ;;
    --time=*) time=${1#--time=}; shift ;;
    --build-dir) build=$2; shift 2 ;;
    --build-dir=*) build=${1#--build-dir=}; shift ;;
    --max-len) max_len=$2; shift 2 ;;
    --max-len=*) max_len=${1#--max-len=}; shift ;;
    exercise-file|script-store|stdin|import) harnesses="$harnesses $1"; shift ;;
    -h|--help) sed -n '5,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$0: unknown argument “$1” (try --help)" >&2; exit 2 ;;
  esac
done
harnesses=${harnesses:-exercise-file script-store stdin import}

"$fuzz_dir/build.sh" "$build"
build=$(cd "$build" && pwd)
out="$build/tests/fuzz"

# Leaks are failures; a slice allocator would hide them (GLib 2.74).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export G_SLICE=always-malloc

# seeds HARNESS DIR: copies the harness's seed inputs into DIR.
seeds () {
  rm -rf "$2"
  mkdir -p "$2"
  case "$1" in
    exercise-file|stdin|import)
      cp "$top"/data/exercises/*.exercise.desktop.in "$2"/
      for f in "$build"/data/exercises/*.exercise "$top"/tests/malformed/*.exercise; do
        [ -f "$f" ] && cp "$f" "$2"/
      done
      ;;
    script-store)
      cp "$fuzz_dir"/seeds/script-store/* "$2"/
      ;;
  esac
  for f in "$fuzz_dir/regressions/$1"/*; do
    [ -f "$f" ] && cp "$f" "$2/regression-$(basename "$f")"
  done
  return 0
}

status=0
summary=""

for name in $harnesses; do
  harness="$out/fuzz-$name"
  seed_dir="$out/seeds/$name"
  corpus="$out/corpus/$name"
  artifacts="$out/artifacts/$name"
  log="$out/fuzz-$name.log"

  seeds "$name" "$seed_dir"
  mkdir -p "$corpus" "$artifacts"

  # Every seed and regression case, each run whole (no length limit).
  n_seeds=$(find "$seed_dir" -type f | wc -l)
  echo "$name: replaying $n_seeds seeds and regression cases"
  if ! find "$seed_dir" -type f -print0 | xargs -0 "$harness" -artifact_prefix="$artifacts/" \
       > "$log.replay" 2>&1; then
    tail -n 60 "$log.replay"
    echo "$name: FAILED on a seed or regression case (log: $log.replay)"
    status=1
    continue
  fi

  if [ "$time" -eq 0 ]; then
    summary="$summary$name: $n_seeds inputs replayed, no fuzzing
"
    continue
  fi

  # The harnesses that read an exercise share its dictionary.
  dict="$fuzz_dir/$name.dict"
  [ -f "$dict" ] || dict="$fuzz_dir/exercise-file.dict"

  echo "$name: fuzzing for $time s"
  if "$harness" "$corpus" "$seed_dir" \
       -dict="$dict" \
       -max_total_time="$time" \
       -max_len="$max_len" \
       -timeout=10 \
       -rss_limit_mb=2048 \
       -artifact_prefix="$artifacts/" \
       -print_final_stats=1 \
       > "$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
    tail -n 60 "$log"
    echo "$name: the failing input is in $artifacts/; keep it in tests/fuzz/regressions/$name/"
    echo "  under a name that says what it is, and fix the bug"
  fi

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true)
  echo "$name: $result, ${runs:-?} executions in $time s ${done_line:+($done_line)}"
  summary="$summary$name: $result, $n_seeds inputs replayed, ${runs:-?} executions in $time s
"
done

printf '%s' "$summary"
exit $status
