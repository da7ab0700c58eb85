#!/usr/bin/env bash
# The wiretrace benchmark: generated corpora of several sizes, on each runner in local mode, with
# the single-threaded hashing floor for comparison. Prints one Markdown table row per run.
#
#   bench/run.sh ["10000 20000 40000 80000"] ["flink spark direct"]
#
# Corpora and outputs go under $BENCH_DIR (default /tmp/wiretrace-bench). Each run gets a 4 GB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10000 20000 40000 80000"}
runners=${2:-"flink spark direct"}
work=${BENCH_DIR:-/tmp/wiretrace-bench}
mkdir -p "$work/jars"

for runner in $runners; do
  if [ ! -f "$work/jars/$runner.jar" ]; then
    mvn -B -q package -DskipTests -P"$runner-runner" -pl pipeline -am >&2
    cp pipeline/target/wiretrace.jar "$work/jars/$runner.jar"
  fi
done
mvn -B -q package -DskipTests -pl tools -am >&2
# copies, so that building the project while a benchmark runs does not pull the tools from under it
cp pipeline/target/wiretrace.jar "$work/jars/product.jar"
cp tools/target/wiretrace-tools.jar "$work/jars/tools.jar"
tools="$work/jars/product.jar:$work/jars/tools.jar"

echo "| articles | MB | runner | wall s | docs/s | MB/s | peak RSS MB | vs floor x cores | edge P | edge R |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  corpus="$work/corpus-$n"
  [ -f "$corpus/ground-truth.csv" ] || java -cp "$tools" dev.wiretrace.generate.GenerateCorpus --articles="$n" --seed=1 --output="$corpus" >&2
  mb=$(du -sm --apparent-size "$corpus" | cut -f1)
  floor=$(java -Xmx4g -cp "$tools" dev.wiretrace.generate.HashingFloor "$corpus")
  floor_dps=$(echo "$floor" | sed -E 's/.* ([0-9.]+) docs\/s.*/\1/')
  echo "| $n | $mb | floor (1 thread, no Beam) | $(echo "$floor" | sed -E 's/.* in ([0-9.]+) s.*/\1/') | $floor_dps | $(echo "$floor" | sed -E 's/.* ([0-9.]+) MB\/s.*/\1/') | | 1 | | |"
  for runner in $runners; do
    out="$work/out-$runner-$n"
    rm -rf "$out"
    case $runner in
      flink) args="--runner=FlinkRunner --parallelism=2" ;;
      spark) args="--runner=SparkRunner --sparkMaster=local[2]" ;;
      direct) args="--runner=DirectRunner --targetParallelism=2" ;;
    esac
    /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx4g -jar "$work/jars/$runner.jar" $args \
      --input="$corpus" --output="$out" > "$work/log-$runner-$n" 2>&1 || { echo "| $n | $mb | $runner | failed: $(tail -1 "$work/log-$runner-$n") |"; continue; }
    read -r wall rss < "$work/time"
    score=$(java -cp "$tools" dev.wiretrace.evaluate.ScoreEdges "$corpus/ground-truth.csv" "$out/edges.csv" | tail -1)
    edge_p=$(echo "$score" | awk '{print $8}')
    edge_r=$(echo "$score" | awk '{print $9}')
    awk -v n="$n" -v mb="$mb" -v r="$runner" -v w="$wall" -v rss="$rss" -v f="$floor_dps" -v p="$edge_p" -v rr="$edge_r" \
      'BEGIN { printf "| %d | %d | %s | %.0f | %.0f | %.2f | %.0f | %.2f | %s | %s |\n", n, mb, r, w, n / w, mb / w, rss / 1024, (n / w) / (f * 2), p, rr }'
  done
done
