#!/usr/bin/env bash
# Runs wiretrace on a real Flink 1.19 session cluster on this machine: a JobManager and a
# TaskManager, each a JVM of its own started from Flink's own entry points
# (StandaloneSessionClusterEntrypoint, TaskManagerRunner, with the memory settings Flink's own
# BashJavaUtils derives, as Flink's scripts do), bound to 127.0.0.1; the job is submitted with
# Flink's own command line (CliFrontend run), and the cluster is stopped when the job ends, also
# when it fails or this script is interrupted.
#
#   cluster/flink-session.sh --input=<dir> --output=<dir> [more wiretrace options]
#
# Everything comes from the Flink runner's jar (-Pflink-runner), built here if missing or older
# than the sources.
# Relative paths in --input, --output, --manifest and --index are made absolute. Exits with the
# job's exit code (0 only when it succeeded).
#
# Settings (environment): FLINK_SLOTS (2), FLINK_TM_MEMORY (2048m), FLINK_NETWORK_MEMORY (384m),
# FLINK_REST_PORT (8081),
# FLINK_RPC_PORT (6123), CLUSTER_DIR (a new temporary folder).
set -uo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
jar="$project/cluster/jars/wiretrace-flink.jar"
rest=${FLINK_REST_PORT:-8081}
dir=${CLUSTER_DIR:-$(mktemp -d /tmp/wiretrace-flink.XXXXXX)}

say() { echo "flink-session: $*" >&2; }

. "$project/cluster/common.sh"
ensure_jar flink-runner "$jar"
absolute_paths "$@"

mkdir -p "$dir/conf"
cat > "$dir/conf/flink-conf.yaml" <<CONF
jobmanager.rpc.address: 127.0.0.1
jobmanager.rpc.port: ${FLINK_RPC_PORT:-6123}
jobmanager.bind-host: 127.0.0.1
jobmanager.memory.process.size: 1024m
rest.address: 127.0.0.1
rest.bind-address: 127.0.0.1
rest.port: $rest
taskmanager.host: 127.0.0.1
taskmanager.bind-host: 127.0.0.1
taskmanager.numberOfTaskSlots: ${FLINK_SLOTS:-2}
taskmanager.memory.process.size: ${FLINK_TM_MEMORY:-2048m}
# wiretrace's graph has many exchanges (more with --index); Flink's default network memory of a
# 2 GB TaskManager runs out of buffers for them
taskmanager.memory.network.min: ${FLINK_NETWORK_MEMORY:-384m}
taskmanager.memory.network.max: ${FLINK_NETWORK_MEMORY:-384m}
parallelism.default: ${FLINK_SLOTS:-2}
io.tmp.dirs: $dir/tmp
CONF
mkdir -p "$dir/tmp"
export FLINK_CONF_DIR="$dir/conf"

start_process "$dir/jobmanager.log" \
  java $opens -Xmx768m -cp "$jar" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  --configDir "$dir/conf"
# the TaskManager's JVM and memory options, as Flink's taskmanager.sh computes them
resources=$(java $opens -cp "$jar" org.apache.flink.runtime.util.bash.BashJavaUtils GET_TM_RESOURCE_PARAMS \
  --configDir "$dir/conf" 2>/dev/null | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://')
jvm_params=$(echo "$resources" | sed -n 1p)
dynamic_params=$(echo "$resources" | sed -n 2p)
if [ -z "$jvm_params" ]; then
  say "Flink could not derive the TaskManager's memory settings"
  exit 1
fi
# shellcheck disable=SC2086 # each holds several options, split on purpose
start_process "$dir/taskmanager.log" \
  java $opens $jvm_params -cp "$jar" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
  --configDir "$dir/conf" $dynamic_params

# Wait until the TaskManager has registered its slots with the JobManager.
slots=0
for _ in $(seq 1 60); do
  slots=$(curl -s "http://127.0.0.1:$rest/overview" 2>/dev/null | sed -n 's/.*"slots-total":\([0-9]*\).*/\1/p')
  [ "${slots:-0}" -ge "${FLINK_SLOTS:-2}" ] && break
  sleep 1
done
if [ "${slots:-0}" -lt "${FLINK_SLOTS:-2}" ]; then
  say "the cluster did not come up; logs in $dir"
  exit 1
fi
say "JobManager and a TaskManager with $slots slots up at 127.0.0.1:$rest (logs in $dir)"

java $opens -Xmx1g -cp "$jar" org.apache.flink.client.cli.CliFrontend run -m "127.0.0.1:$rest" \
  -c dev.wiretrace.pipeline.WiretracePipeline "$jar" --runner=FlinkRunner "${args[@]}"
status=$?
say "job ended with exit code $status; stopping the cluster"
exit $status
