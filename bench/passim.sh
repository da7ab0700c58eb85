#!/usr/bin/env bash
# passim, the peer of issue 12's goal 3, built and run on this machine with Java 17 and Maven alone.
#
#   bench/passim.sh build PASSIM_GIT   # a clone of https://github.com/dasmiq/passim (bare or not)
#   bench/passim.sh run CORPUS OUT     # CORPUS: a folder of .txt files with manifest.csv
#
# passim's current release is PySpark 4 and needs pip; its last Scala version (the parent of commit
# d3cbc2f, December 2020, Spark 3.0) is built here against Spark 3.5.1 with bench/passim/pom.xml, its
# GraphFrames clustering replaced by GraphX's (bench/passim/PatchPassim.java says why). `run` writes
# the corpus as passim's JSON lines (id, series = outlet, text) and runs passim's default settings
# with Spark local[2] and a 4 GB heap, as wiretrace's runners are run; "passim <wall s> <peak RSS KB>"
# is its last line. Work goes under $BENCH_DIR (default /tmp/wiretrace-bench).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=${BENCH_DIR:-/tmp/wiretrace-bench}
build="$work/passim-build"
commit=d3cbc2f

# Spark 3.5 on Java 17 needs these, as spark-submit would add them.
opens="-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action \
  sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done

case ${1:-} in
  build)
    src=${2:?usage: bench/passim.sh build PASSIM_GIT}
    rm -rf "$build"
    mkdir -p "$build"
    git -C "$src" archive "$commit^" src | tar -x -C "$build"
    cp "$here/passim/pom.xml" "$build/"
    java "$here/passim/PatchPassim.java" "$build/src/main/scala/PassimApp.scala"
    (cd "$build" && mvn -B -q package -DskipTests)
    echo "built $build/target/passim-0.2.0.jar from $(git -C "$src" rev-parse "$commit^")"
    ;;
  run)
    corpus=${2:?usage: bench/passim.sh run CORPUS OUT}
    out=${3:?usage: bench/passim.sh run CORPUS OUT}
    [ -f "$build/target/classpath.txt" ] || { echo "passim is not built: bench/passim.sh build PASSIM_GIT" >&2; exit 2; }
    tools=${TOOLS_CP:-"$here/../pipeline/target/wiretrace.jar:$here/../tools/target/wiretrace-tools.jar"}
    rm -rf "$out"
    mkdir -p "$out"
    java -cp "$tools" dev.wiretrace.generate.PassimInput "$corpus" "$out/input.json" >&2
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$out/time" java -Xmx4g $opens -Dspark.master='local[2]' \
      -cp "$build/target/passim-0.2.0.jar:$(cat "$build/target/classpath.txt")" \
      passim.PassimApp "$out/input.json" "$out/passim" > "$out/log" 2>&1 \
      || { echo "passim failed: $(tail -1 "$out/log")" >&2; exit 1; }
    echo "passim $(cat "$out/time")"
    ;;
  *)
    sed -n 2,12p "$0"
    exit 2
    ;;
esac
