#!/usr/bin/env bash
# Fuzzes the whole pipeline (decode → tokenize → recognize → assemble → validate → JSON) with
# libFuzzer and AddressSanitizer.
#
#   bash Tests/Fuzz/fuzz.sh [SECONDS] [JOBS]      default: 60 seconds, 1 job
#
# Builds Tests/Fuzz/FuzzTarget.swift with the sources of Sources/Greffier as one module (and
# the C target Sources/CSHAExtensions beside it, as the package builds it), seeds
# it with corpus/texts (whole, and cut into paragraphs so that short inputs reach every
# recognizer) plus the regression inputs, and runs it with the French dictionary greffier.dict.
# Work files (binary, growing corpus, crash artifacts, logs) go to $GREFFIER_FUZZ_DIR, default
# .build/fuzz; the corpus found there is reused by the next run.
#
# Exit status: 0 when no crash, hang or invariant failure was found, 1 when one was (its input
# is in $GREFFIER_FUZZ_DIR/artifacts/RUN: copy it to Tests/Fuzz/Regressions/),
# 2 on a build failure. A toolchain without libFuzzer is reported loudly and skipped (status 0),
# since CI must not fail for a missing tool; set GREFFIER_FUZZ_REQUIRED=1 to fail instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
jobs=${2:-1}
repo=$(pwd)
mkdir -p "${GREFFIER_FUZZ_DIR:-.build/fuzz}"
work=$(cd "${GREFFIER_FUZZ_DIR:-.build/fuzz}" && pwd)
# Short inputs run fast under the sanitizers; the seeds are cut to fit.
max_len=${GREFFIER_FUZZ_MAX_LEN:-2048}
# This run's crash inputs, apart from earlier runs' (which stay until someone looks at them).
artifacts="$work/artifacts/$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$work/corpus" "$work/seeds" "$artifacts" "$work/logs"

skip() {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!! FUZZING SKIPPED: $1" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  if [ "${GREFFIER_FUZZ_REQUIRED:-0}" = 1 ]; then exit 2; fi
  exit 0
}

swiftc=$(command -v swiftc || true)
[ -n "$swiftc" ] || skip "swiftc is not on PATH"
toolchain=$(dirname "$(dirname "$(readlink -f "$swiftc")")")
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 \
  && ! ls "$toolchain"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
  skip "this toolchain ($toolchain) has no libFuzzer runtime (libclang_rt.fuzzer)"
fi

binary="$work/fuzz-greffier"
sources=$(find Sources/Greffier -name '*.swift' | sort)
clang="$toolchain/bin/clang"
[ -x "$clang" ] || clang=$(command -v clang || true)
[ -n "$clang" ] || skip "no clang beside swiftc for the C target CSHAExtensions"
objects="$work/objects"
# Rebuild only when a source changed.
if [ ! -x "$binary" ] || [ -n "$(find Sources/Greffier Sources/CSHAExtensions Tests/Fuzz -newer "$binary" -type f)" ]; then
  echo "== fuzz: building $binary (-sanitize=fuzzer,address)"
  mkdir -p "$objects"
  # The C target as the package builds it (its module map in include/), then the pipeline.
  # shellcheck disable=SC2086
  if ! "$clang" -O2 -fsanitize=address -I Sources/CSHAExtensions/include -c Sources/CSHAExtensions/SHAExtensions.c \
      -o "$objects/SHAExtensions.o" 2> "$work/logs/build.log" \
    || ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name GreffierFuzz \
      -I Sources/CSHAExtensions/include $sources Tests/Fuzz/FuzzTarget.swift "$objects/SHAExtensions.o" \
      -o "$binary" 2>> "$work/logs/build.log"; then
    grep -v "Cannot export local symbol" "$work/logs/build.log" >&2
    echo "fuzz: the fuzz target does not build" >&2
    exit 2
  fi
fi

# Seeds: every text whole, then cut at blank lines into pieces of at most max_len bytes.
rm -f "$work/seeds"/*
for text in corpus/texts/*.txt; do
  name=$(basename "$text" .txt)
  cp "$text" "$work/seeds/$name.txt"
  awk -v out="$work/seeds/$name" -v limit="$max_len" '
    BEGIN { RS = ""; ORS = "\n\n"; piece = 0; size = 0 }
    {
      if (size > 0 && size + length($0) + 2 > limit) { piece++; size = 0 }
      file = sprintf("%s.part%03d", out, piece)
      print > file
      size += length($0) + 2
    }' "$text"
done
if [ -d Tests/Fuzz/Regressions ]; then
  cp Tests/Fuzz/Regressions/* "$work/seeds/" 2>/dev/null || true
fi

echo "== fuzz: $seconds s, $jobs job(s), inputs up to $max_len bytes, work dir $work"
rm -f "$work"/logs/fuzz-*.log
status=0
(
  cd "$work/logs"
  # Each job writes fuzz-N.log here (libFuzzer's -jobs); with one job the log is fuzz-0.log.
  # The growing corpus comes first: libFuzzer adds new inputs to the first directory only.
  "$binary" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict="$repo/Tests/Fuzz/greffier.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    -jobs="$jobs" -workers="$jobs" \
    "$work/corpus" "$work/seeds" > /dev/null 2>&1
) || status=$?
runs=0
for log in "$work"/logs/fuzz-*.log; do
  [ -f "$log" ] || continue
  count=$(grep -a "stat::number_of_executed_units" "$log" | awk '{ print $2 }' | tail -1)
  runs=$((runs + ${count:-0}))
done
echo "fuzz: $runs inputs run in total"
total_file="$work/total-inputs"
previous=$(cat "$total_file" 2>/dev/null || echo 0)
echo $((previous + runs)) > "$total_file"
echo "fuzz: $((previous + runs)) inputs run in this work dir so far"

if [ "$status" -ne 0 ] || ls "$artifacts"/* >/dev/null 2>&1; then
  echo "fuzz: FOUND A PROBLEM (exit status $status); inputs in $artifacts:" >&2
  ls -la "$artifacts" >&2 || true
  for log in "$work"/logs/fuzz-*.log; do
    grep -a -B2 -A30 -E "ERROR: |==[0-9]+==|invariant broken|Fatal error|deadly signal|timeout" "$log" \
      | head -80 >&2 || true
  done
  exit 1
fi
rmdir "$artifacts" 2>/dev/null || true
echo "fuzz: no crash, hang or invariant failure"
