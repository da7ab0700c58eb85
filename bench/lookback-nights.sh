#!/usr/bin/env bash
# Nights of generated articles (unique ids per night), each run on the Flink jar against a growing
# index: once reading the whole archive, once with --lookbackDays=2. Prints per night the run's
# seconds, the segments, documents and bytes it read from the index, and its peak RSS in KB.
#
#   bench/lookback-nights.sh [articles per night=5000] [nights=5]
#
# Work goes under $BENCH_DIR (default /tmp/wiretrace-lookback). Each run gets a 4 GB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
nights=${2:-5}
work=${BENCH_DIR:-/tmp/wiretrace-lookback}
mkdir -p "$work/corpus"
source bench/jars.sh
build_bench_jars "$work"
for i in $(seq 1 "$nights"); do
  night=2026-10-$(printf %02d "$i")
  folder="$work/corpus/$night"
  [ -f "$folder/manifest.csv" ] && continue
  generated="$work/generated-$i"
  rm -rf "$generated"
  java -cp "$work/product.jar:$work/tools.jar" dev.wiretrace.generate.GenerateCorpus --articles="$n" --seed=$((100 + i)) --output="$generated" >/dev/null
  mkdir -p "$folder"
  for f in "$generated"/*.txt; do mv "$f" "$folder/n${i}_$(basename "$f")"; done
  { head -1 "$generated/manifest.csv"; tail -n +2 "$generated/manifest.csv" | sed "s/^/n${i}_/"; } > "$folder/manifest.csv"
  rm -rf "$generated"
done
echo "| read | night | seconds | segments read | documents read | bytes read | peak RSS KB |"
echo "|---|---|---:|---:|---:|---:|---:|"
for mode in all lookback2; do
  rm -rf "$work/index-$mode"
  for i in $(seq 1 "$nights"); do
    night=2026-10-$(printf %02d "$i")
    out="$work/out-$mode-$night"
    rm -rf "$out"
    extra=()
    [ "$mode" = lookback2 ] && extra=(--lookbackDays=2)
    /usr/bin/time -f "%M" -o "$work/rss" java -Xmx4g -jar "$work/flink.jar" --input="$work/corpus/$night" \
      --output="$out" --index="$work/index-$mode" --quiet=true --report=false "${extra[@]}" > "$work/log-$mode-$i" 2>&1
    python3 - "$out/summary.json" "$mode" "$night" "$(tail -1 "$work/rss")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"| {sys.argv[2]} | {sys.argv[3]} | {s['seconds']} | {s.get('indexSegmentsRead')} | {s.get('indexDocumentsBefore')} | {s.get('indexBytesRead')} | {sys.argv[4]} |")
PY
  done
done
