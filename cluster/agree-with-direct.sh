#!/usr/bin/env bash
# Runs the seeds on a cluster script (spark-standalone or flink-session) and on the DirectRunner, and checks that the
# output files, the report's pages included, are byte-identical. Exits non-zero, with the cluster's log, when they are not.
#
#   cluster/agree-with-direct.sh spark-standalone|flink-session
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
cluster=${1:?usage: cluster/agree-with-direct.sh spark-standalone|flink-session}
work=$(mktemp -d /tmp/wiretrace-agree.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$project"
[ -f pipeline/target/wiretrace.jar ] || mvn -B -q package -DskipTests -pl pipeline -am
# The cluster scripts pass absolute paths; so does the reference run, since the report shows the input.
java -jar pipeline/target/wiretrace.jar --input="$project/sample-input" --output="$work/direct" > "$work/direct.log" 2>&1 \
  || { cat "$work/direct.log"; exit 1; }
if ! bash "cluster/$cluster.sh" --input=sample-input --output="$work/cluster" > "$work/cluster.log" 2>&1; then
  tail -60 "$work/cluster.log"
  echo "agree-with-direct: the $cluster run failed" >&2
  exit 1
fi
for file in edges.csv graph.json graph.dot stripped.jsonl rejects.jsonl graph.svg \
    report/stories/story-00001.html; do
  if ! cmp "$work/direct/$file" "$work/cluster/$file"; then
    echo "agree-with-direct: $file differs between the DirectRunner and $cluster" >&2
    exit 1
  fi
done
# The report's run summary shows the run's counters, which are Beam metrics: a cluster that
# recomputes a stage (Spark does, when a cached partition is evicted) counts it again. Everything
# else on the page comes from the graph files and must match.
without_counts() { sed '/<dl class="counts">/,/<\/dl>/d' "$1"; }
if ! cmp <(without_counts "$work/direct/report/index.html") <(without_counts "$work/cluster/report/index.html"); then
  echo "agree-with-direct: report/index.html differs between the DirectRunner and $cluster" >&2
  exit 1
fi
echo "agree-with-direct: $cluster gives the DirectRunner's files and report, byte for byte"
