#!/usr/bin/env bash
# Runs the seeds' two nights (night 1: Press TV and TASS; night 2: FNA, the blog and the paper,
# reading night 1 from the index) again and again on the DirectRunner, each run in a JVM of its own
# with a time limit, and counts the runs that did not end: a check for runner hangs.
#
#   bench/repeat-nights.sh [times=20] [limit seconds=90]
#
# Needs pipeline/target/wiretrace.jar (mvn package). Work goes under $BENCH_DIR (default
# /tmp/wiretrace-repeat).
set -uo pipefail
cd "$(dirname "$0")/.."
times=${1:-20}
limit=${2:-90}
work=${BENCH_DIR:-/tmp/wiretrace-repeat}
jar=pipeline/target/wiretrace.jar
rm -rf "$work" && mkdir -p "$work"
cp "$jar" "$work/wiretrace.jar"

lay_out() { # night ids...
  local folder="$work/corpus/$1"; shift
  mkdir -p "$folder"
  head -1 sample-input/manifest.csv > "$folder/manifest.csv"
  for id in "$@"; do
    cp "sample-input/$id.txt" "$folder/"
    grep "^$id," sample-input/manifest.csv >> "$folder/manifest.csv"
  done
}
lay_out 2026-11-21 000_a2e008155ecb385d 003_5c9cc7032a8f1c3d
lay_out 2026-11-22 001_c9a9d147cc6472a9 002_ec9929c4bf913ded 004_b9754c49934786a1

hung=0
for i in $(seq 1 "$times"); do
  run="$work/run-$i"
  for night in 2026-11-21 2026-11-22; do
    timeout -s KILL "$limit" java -jar "$work/wiretrace.jar" --input="$work/corpus/$night" \
      --output="$run/out-$night" --index="$run/index" --quiet=true --report=false > "$run-$night.log" 2>&1
    code=$?
    if [ "$code" = 137 ]; then
      hung=$((hung + 1))
      echo "run $i, night $night: did not end within $limit s"
      break
    elif [ "$code" != 0 ]; then
      echo "run $i, night $night: exit $code (see $run-$night.log)"
      break
    fi
  done
done
echo "repeat-nights: $hung of $times runs hung"
