#!/usr/bin/env bash
# One night of 5,000 new articles against a large archive (issue 19): the same night against an
# empty index, against the archive's nightly segments, against the archive compacted, and with a
# seven-day look-back. Tonight's corpus holds, besides its own articles, copies of 100 articles of
# the archive's last night and 100 of its middle night under another outlet, so cross-night edges
# exist to compare. Prints a table: seconds, what the night read, peak RSS, cross-night edges; and
# whether the edges against the nightly and the compacted archive are byte-identical.
#
#   bench/archive-night.sh [nights=100] [articles per night=5000]
#
# Work goes under $BENCH_DIR (default /tmp/wiretrace-archive); the archive is made once
# (GenerateArchive) and kept there, compacted once into a copy. PREPARE_ONLY=1 stops once they
# are made, so the timed runs can wait for a quiet machine. Each run gets a 4 GB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
nights=${1:-100}
n=${2:-5000}
work=${BENCH_DIR:-/tmp/wiretrace-archive}
mkdir -p "$work"
source bench/jars.sh
build_bench_jars "$work"
tools=("$work/product.jar:$work/tools.jar")
archive="$work/archive-$nights-$n"
if [ ! -f "$archive/index.json" ]; then
  start=$(date +%s)
  java -Xmx6g -cp "${tools[0]}" dev.wiretrace.generate.GenerateArchive --index="$archive" \
    --nights="$nights" --articles="$n" --first=2026-01-01 | grep -v '^wrote' | tail -1 >&2
  echo "archive: $nights nights of $n articles generated in $(( $(date +%s) - start )) s" >&2
fi
tonight=$(date -u -d "2026-01-01 + $nights days" +%F)
corpus="$work/corpus-$nights-$n/$tonight"
if [ ! -f "$corpus/manifest.csv" ]; then
  rm -rf "$corpus" "$work/gen-"*
  java -cp "${tools[0]}" dev.wiretrace.generate.GenerateCorpus --articles="$n" --seed=999 --output="$corpus" >/dev/null
  for from in "$nights" $(( (nights + 1) / 2 )); do
    gen="$work/gen-$from"
    java -cp "${tools[0]}" dev.wiretrace.generate.GenerateCorpus --articles="$n" --seed=$((100 + from)) --output="$gen" >/dev/null
    awk -F, 'NR > 1 && $1 ~ /_(own|wire)$/ && n++ < 100' "$gen/manifest.csv" | while IFS=, read -r id outlet rest; do
      cp "$gen/$id.txt" "$corpus/x${from}_$id.txt"
      echo "x${from}_$id,Crossfield Echo,https://crossfield.example/x${from}_$id," >> "$corpus/manifest.csv"
    done
    rm -rf "$gen"
  done
fi
du -sb "$archive" | awk -v n="$nights" -v a="$n" '{printf "archive: %d bytes, %.2f KB per document\n", $1, $1 / (n * a) / 1000}'
if [ ! -f "$work/compacted-$nights-$n/index.json" ]; then
  rm -rf "$work/compacted-$nights-$n"
  cp -al "$archive" "$work/compacted-$nights-$n"
  /usr/bin/time -f "compaction: %e s, peak RSS %M KB" java -Xmx4g -cp "$work/flink.jar" \
    dev.wiretrace.pipeline.WiretraceIndex compact --index="$work/compacted-$nights-$n"
fi
[ -n "${PREPARE_ONLY:-}" ] && exit 0
echo "| against | seconds | segments read | documents read | bytes read | peak RSS KB | edges across nights |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for mode in empty nightly compacted lookback7; do
  index="$work/run-index"
  rm -rf "$index" "$work/out-$mode"
  case $mode in
    empty) mkdir -p "$index" ;;
    nightly|lookback7) cp -al "$archive" "$index" ;;
    compacted) cp -al "$work/compacted-$nights-$n" "$index" ;;
  esac
  extra=()
  [ "$mode" = lookback7 ] && extra=(--lookbackDays=7)
  /usr/bin/time -f "%M" -o "$work/rss" java -Xmx4g -jar "$work/flink.jar" --input="$corpus" \
    --output="$work/out-$mode" --index="$index" --quiet=true --report=false "${extra[@]}" > "$work/log-$mode" 2>&1
  python3 - "$work/out-$mode/summary.json" "$mode" "$(tail -1 "$work/rss")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"| {sys.argv[2]} | {s['seconds']} | {s.get('indexSegmentsRead')} | {s.get('indexDocumentsBefore')} | {s.get('indexBytesRead')} | {sys.argv[3]} | {s.get('edgesAcrossNights')} |")
PY
done
rm -rf "$work/run-index"
for f in edges.csv graph.json; do
  cmp -s "$work/out-nightly/$f" "$work/out-compacted/$f" && echo "$f: nightly and compacted archive identical" || echo "$f: nightly and compacted archive DIFFER"
done
