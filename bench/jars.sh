# Sourced by the nightly benchmarks: builds, once per work folder, the Flink jar that runs the
# nights ($1/flink.jar) and the DirectRunner jar with the tools jar that generate and score
# ($1/product.jar, $1/tools.jar).
build_bench_jars() {
  local work=$1
  if [ ! -f "$work/flink.jar" ]; then
    mvn -B -q package -DskipTests -Pflink-runner -pl pipeline -am >&2
    cp pipeline/target/wiretrace.jar "$work/flink.jar"
    mvn -B -q package -DskipTests -pl tools -am >&2
    cp pipeline/target/wiretrace.jar "$work/product.jar"
    cp tools/target/wiretrace-tools.jar "$work/tools.jar"
  fi
}
