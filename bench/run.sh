#!/usr/bin/env bash
# The wiretrace benchmark: generated corpora of several sizes, on each runner in local mode, against
# two floors on one thread without Beam: hashing alone, and the whole algorithm (AlgorithmFloor:
# every stage, pairing, scoring and direction), which "vs floor x cores" divides by. Prints one
# Markdown table row per run.
#
#   bench/run.sh ["10000 20000 40000 80000"] ["flink spark direct passim"]
#
# "passim" is the peer: build it first with bench/passim.sh build. It gives clusters of passages,
# not directed edges, so it has no edge precision or recall here.
# Corpora and outputs go under $BENCH_DIR (default /tmp/wiretrace-bench). Each run gets a 4 GB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10000 20000 40000 80000"}
runners=${2:-"flink spark direct"}
work=${BENCH_DIR:-/tmp/wiretrace-bench}
mkdir -p "$work/jars"

for runner in $runners; do
  [ "$runner" = passim ] && continue
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
  hashing=$(java -Xmx4g -cp "$tools" dev.wiretrace.generate.HashingFloor "$corpus")
  echo "| $n | $mb | hashing floor (1 thread, no Beam) | $(echo "$hashing" | sed -E 's/.* in ([0-9.]+) s.*/\1/') | $(echo "$hashing" | sed -E 's/.* ([0-9.]+) docs\/s.*/\1/') | $(echo "$hashing" | sed -E 's/.* ([0-9.]+) MB\/s.*/\1/') | | | | |"
  /usr/bin/time -f "%e %M" -o "$work/time" java -Xmx4g -cp "$tools" dev.wiretrace.generate.AlgorithmFloor "$corpus" > "$work/log-floor-$n"
  read -r wall rss < "$work/time"
  floor_dps=$(awk -v n="$n" -v w="$wall" 'BEGIN { print n / w }')
  awk -v n="$n" -v mb="$mb" -v w="$wall" -v rss="$rss" \
    'BEGIN { printf "| %d | %d | whole-algorithm floor (1 thread, no Beam) | %.0f | %.0f | %.2f | %.0f | 0.50 | | |\n", n, mb, w, n / w, mb / w, rss / 1024 }'
  for runner in $runners; do
    out="$work/out-$runner-$n"
    rm -rf "$out"
    if [ "$runner" = passim ]; then
      TOOLS_CP="$tools" bench/passim.sh run "$corpus" "$out" > "$work/log-passim-$n" 2>&1 || { echo "| $n | $mb | passim | failed: $(tail -1 "$work/log-passim-$n") |"; continue; }
      read -r _ wall rss < <(tail -1 "$work/log-passim-$n")
      awk -v n="$n" -v mb="$mb" -v w="$wall" -v rss="$rss" -v f="$floor_dps" \
        'BEGIN { printf "| %d | %d | passim (Spark local[2]) | %.0f | %.0f | %.2f | %.0f | %.2f | | |\n", n, mb, w, n / w, mb / w, rss / 1024, (n / w) / (f * 2) }'
      continue
    fi
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
