package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed corpus on the Flink runner (embedded local cluster) and the Spark runner ({@code
 * local[2]}) gives the same bytes as on the DirectRunner: nothing in the pipeline depends on one
 * runner's element order, bundling or coders.
 */
class RunnersAgreeTest {
  private static final List<String> FILES =
      List.of(
          "edges.csv",
          "graph.json",
          "graph.dot",
          "stripped.jsonl",
          "rejects.jsonl",
          "graph.svg",
          "report/index.html",
          "report/stories/story-00001.html");

  @TempDir static Path direct;

  @BeforeAll
  static void runOnTheDirectRunner() {
    // the reference run keeps the DirectRunner's checks that no step mutates an element
    assertEquals(
        0,
        run(
            direct,
            "--runner=DirectRunner",
            "--enforceImmutability=true",
            "--enforceEncodability=true"));
  }

  private static int run(Path output, String... runnerArgs) {
    String[] args = new String[runnerArgs.length + 2];
    args[0] = "--input=" + SampleInputEndToEndTest.SAMPLE_INPUT;
    args[1] = "--output=" + output;
    System.arraycopy(runnerArgs, 0, args, 2, runnerArgs.length);
    PipelineOptionsFactory.register(WiretraceOptions.class);
    return WiretracePipeline.run(
        PipelineOptionsFactory.fromArgs(RunnerDefaults.added(args)).as(WiretraceOptions.class));
  }

  private static void assertSameFiles(Path other) throws IOException {
    for (String file : FILES) {
      assertEquals(
          Files.readString(direct.resolve(file)), Files.readString(other.resolve(file)), file);
    }
  }

  @Test
  void flinkGivesTheSameOutput(@TempDir Path flink) throws IOException {
    // three buckets where the reference run has one: neither the runner nor the split may show
    assertEquals(
        0,
        run(
            flink,
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2",
            "--buckets=3"));
    assertSameFiles(flink);
  }

  @Test
  void flinkWritesTheSameIndexBytes(@TempDir Path directRun, @TempDir Path flinkRun)
      throws IOException {
    String night = "--night=2026-11-22";
    assertEquals(
        0,
        run(
            directRun.resolve("out"),
            "--runner=DirectRunner",
            night,
            "--index=" + directRun.resolve("index")));
    assertEquals(
        0,
        run(
            flinkRun.resolve("out"),
            "--runner=FlinkRunner",
            "--flinkMaster=[local]",
            "--parallelism=2",
            night,
            "--index=" + flinkRun.resolve("index")));
    List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(directRun.resolve("index"))) {
      files =
          walk.filter(Files::isRegularFile)
              .map(directRun.resolve("index")::relativize)
              .sorted()
              .toList();
    }
    assertEquals(true, files.size() > 1, files.toString());
    for (Path file : files) {
      assertEquals(
          java.util.Arrays.toString(Files.readAllBytes(directRun.resolve("index").resolve(file))),
          java.util.Arrays.toString(Files.readAllBytes(flinkRun.resolve("index").resolve(file))),
          file.toString());
    }
  }

  @Test
  void sparkGivesTheSameOutput(@TempDir Path spark) throws IOException {
    assertEquals(0, run(spark, "--runner=TestSparkRunner", "--sparkMaster=local[2]"));
    assertSameFiles(spark);
  }
}
