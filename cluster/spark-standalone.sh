#!/usr/bin/env bash
# Runs wiretrace on a real Spark 3.5.1 standalone cluster on this machine: a master and two workers,
# each a JVM of its own started from Spark's own Master and Worker classes, bound to 127.0.0.1; the
# job is submitted with Spark's own SparkSubmit, and the cluster is stopped when the job ends, also
# when it fails or this script is interrupted.
#
#   cluster/spark-standalone.sh --input=<dir> --output=<dir> [more wiretrace options]
#
# Everything comes from the Spark runner's jar (-Pspark-runner), built here if missing or older
# than the sources: it carries Spark, and the workers give it to their executors as their Spark
# installation's jars folder.
# Relative paths in --input, --output, --manifest and --index are made absolute, since executors
# run in folders of their own. Exits with the job's exit code (0 only when it succeeded).
#
# Settings (environment): SPARK_WORKERS (2), SPARK_WORKER_CORES (1), SPARK_WORKER_MEMORY (2g),
# SPARK_EXECUTOR_MEMORY (1g), SPARK_MASTER_PORT (7077), CLUSTER_DIR (a new temporary folder).
set -uo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
jar="$project/cluster/jars/wiretrace-spark.jar"
workers=${SPARK_WORKERS:-2}
port=${SPARK_MASTER_PORT:-7077}
dir=${CLUSTER_DIR:-$(mktemp -d /tmp/wiretrace-spark.XXXXXX)}

say() { echo "spark-standalone: $*" >&2; }

. "$project/cluster/common.sh"
ensure_jar spark-runner "$jar"
absolute_paths "$@"

# The workers launch each executor as "java -cp $SPARK_HOME/jars/*": a Spark home whose only jar is
# wiretrace's gives the executors Spark and wiretrace alike.
mkdir -p "$dir/spark-home/jars"
ln -sf "$jar" "$dir/spark-home/jars/wiretrace-spark.jar"
export SPARK_HOME="$dir/spark-home" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1

start_process "$dir/master.log" java $opens -Xmx512m -cp "$jar" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port $((port + 1000))
for w in $(seq 1 "$workers"); do
  start_process "$dir/worker-$w.log" java $opens -Xmx512m -cp "$jar" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port $((port + 1000 + w)) --cores "${SPARK_WORKER_CORES:-1}" \
    --memory "${SPARK_WORKER_MEMORY:-2g}" --work-dir "$dir/worker-$w" \
    "spark://127.0.0.1:$port"
done

# Wait until every worker has registered with the master (its status page lists them).
for _ in $(seq 1 60); do
  alive=$(curl -s "http://127.0.0.1:$((port + 1000))/json/" 2>/dev/null | grep -c '"state" : "ALIVE"')
  [ "$alive" -ge "$workers" ] && break
  sleep 1
done
if [ "${alive:-0}" -lt "$workers" ]; then
  say "the cluster did not come up; logs in $dir"
  exit 1
fi
say "master and $workers workers up at spark://127.0.0.1:$port (logs in $dir)"

java $opens -Xmx1g -cp "$jar" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$port" --deploy-mode client \
  --class dev.wiretrace.pipeline.WiretracePipeline \
  --conf spark.driver.host=127.0.0.1 \
  --conf "spark.executor.memory=${SPARK_EXECUTOR_MEMORY:-1g}" \
  --conf "spark.executor.extraJavaOptions=$opens" \
  "$jar" --runner=SparkRunner "${args[@]}"
status=$?
say "job ended with exit code $status; stopping the cluster"
exit $status
