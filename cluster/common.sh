# Shared by the cluster scripts (sourced, not run): the runner's jar, absolute paths, and the
# processes to stop when the script ends. The sourcing script sets $project and says what it is
# with say().

# JDK packages Spark, Flink and Beam reflect into on Java 17.
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED"
opens="$opens --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
opens="$opens --add-opens=java.base/java.util=ALL-UNNAMED"

# ensure_jar <runner profile> <jar path>: builds the profile's jar there if it is missing or older
# than the sources, then puts the default (DirectRunner) jar back where the README's commands
# expect it.
ensure_jar() {
  local profile=$1 jar=$2
  if [ -f "$jar" ] && [ -z "$(find "$project/transforms/src/main" "$project/pipeline/src/main" \
      "$project/pom.xml" "$project/transforms/pom.xml" "$project/pipeline/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  say "building the $profile jar"
  (cd "$project" && mvn -B -q package -DskipTests -P"$profile" -pl pipeline -am) || { say "build failed"; exit 2; }
  mkdir -p "$(dirname "$jar")"
  cp "$project/pipeline/target/wiretrace.jar" "$jar"
  (cd "$project" && mvn -B -q package -DskipTests -pl pipeline -am) || { say "rebuilding the default jar failed"; exit 2; }
}

# absolute_paths <wiretrace options...>: sets $args to the options with relative --input, --output,
# --manifest and --index made absolute, since the cluster's processes run in folders of their own.
absolute_paths() {
  args=()
  local arg name value
  for arg in "$@"; do
    case "$arg" in
      --input=*|--output=*|--manifest=*|--index=*)
        name="${arg%%=*}"; value="${arg#*=}"
        if [[ "$value" != /* && "$value" != *://* ]]; then value="$PWD/$value"; fi
        args+=("$name=$value") ;;
      *) args+=("$arg") ;;
    esac
  done
}

# Every process started with start_process is stopped when the script ends, however it ends.
pids=()
start_process() {
  local log=$1
  shift
  "$@" > "$log" 2>&1 &
  pids+=($!)
}
stop_cluster() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM
