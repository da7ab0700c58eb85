package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.generate.GenerateCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many buckets the shuffles use splits the work differently and must never change a byte of the
 * output: one bucket (a small folder's default) and several give the same files on a corpus with
 * wire families, reprints, rewrites and site templates.
 */
class BucketCountTest {
  private static final List<String> FILES =
      List.of("edges.csv", "graph.json", "graph.dot", "stripped.jsonl", "rejects.jsonl");

  @Test
  void oneBucketAndSevenGiveTheSameBytes(@TempDir Path work) throws IOException {
    Path corpus = work.resolve("corpus");
    GenerateCorpus.main(new String[] {"--articles=300", "--seed=5", "--output=" + corpus});
    Path one = work.resolve("one");
    Path seven = work.resolve("seven");
    assertEquals(0, run(corpus, one, "--buckets=1"));
    assertEquals(0, run(corpus, seven, "--buckets=7"));
    assertTrue(Files.readAllLines(one.resolve("edges.csv")).size() > 100, "the corpus has copies");
    for (String file : FILES) {
      assertEquals(
          Files.readString(one.resolve(file)), Files.readString(seven.resolve(file)), file);
    }
  }

  @Test
  void aNegativeCountIsABadCall(@TempDir Path work) {
    assertEquals(2, run(SampleInputEndToEndTest.SAMPLE_INPUT, work.resolve("out"), "--buckets=-1"));
  }

  private static int run(Path input, Path output, String buckets) {
    PipelineOptionsFactory.register(WiretraceOptions.class);
    return WiretracePipeline.run(
        PipelineOptionsFactory.fromArgs(
                RunnerDefaults.added(
                    new String[] {"--input=" + input, "--output=" + output, buckets}))
            .as(WiretraceOptions.class));
  }
}
