package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.generate.AlgorithmFloor;
import dev.wiretrace.generate.GenerateCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floor is only a floor if it does a run's work: on a corpus with wire families, reprints,
 * rewrites and site templates, its edges are a run's, byte for byte.
 */
class AlgorithmFloorTest {
  @Test
  void findsTheEdgesARunFinds(@TempDir Path work) throws IOException {
    Path corpus = work.resolve("corpus");
    GenerateCorpus.main(new String[] {"--articles=300", "--seed=7", "--output=" + corpus});
    Path run = work.resolve("run");
    PipelineOptionsFactory.register(WiretraceOptions.class);
    int exit =
        WiretracePipeline.run(
            PipelineOptionsFactory.fromArgs(
                    RunnerDefaults.added(new String[] {"--input=" + corpus, "--output=" + run}))
                .as(WiretraceOptions.class));
    assertEquals(0, exit);
    Path floor = work.resolve("floor");

    AlgorithmFloor.main(new String[] {corpus.toString(), "--output=" + floor});

    String edges = Files.readString(run.resolve("edges.csv"));
    assertTrue(edges.lines().count() > 100, "the corpus has copies");
    assertEquals(edges, Files.readString(floor.resolve("edges.csv")));
  }
}
