package dev.wiretrace.pipeline;

import static dev.wiretrace.pipeline.NightFolders.BLOG;
import static dev.wiretrace.pipeline.NightFolders.FNA;
import static dev.wiretrace.pipeline.NightFolders.PAPER;
import static dev.wiretrace.pipeline.NightFolders.PRESS_TV;
import static dev.wiretrace.pipeline.NightFolders.TASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wiretrace.io.CrashPoints;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compaction changes what a night reads, not what it finds: a night against a compacted index gives
 * the same files as against the nightly segments; a rerun of a compacted night changes nothing, and
 * a night rerun with new articles takes its place from the compacted segment.
 */
class CompactIndexTest {
  private static final String NIGHT_1 = "2026-11-21";
  private static final String NIGHT_2 = "2026-11-22";
  private static final String NIGHT_3 = "2026-11-23";
  private static final List<String> OUTPUTS =
      List.of("edges.csv", "graph.json", "graph.dot", "stripped.jsonl", "rejects.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  private Path corpus;

  @BeforeEach
  void layOutThreeNights() throws Exception {
    corpus = root.resolve("corpus");
    NightFolders.night(corpus, NIGHT_1, PRESS_TV);
    NightFolders.night(corpus, NIGHT_2, TASS, BLOG);
    NightFolders.night(corpus, NIGHT_3, FNA, PAPER);
  }

  private int run(String night, Path index, Path out) {
    WiretraceOptions options =
        SampleInputEndToEndTest.options(corpus.resolve(night), out.resolve(night));
    options.setIndex(index.toString());
    options.setReport(false);
    return WiretracePipeline.run(options);
  }

  private static int compact(String... args) {
    return WiretraceIndex.run(args, new PrintStream(new ByteArrayOutputStream()));
  }

  private static JsonNode indexJson(Path index) throws Exception {
    return JSON.readTree(index.resolve("index.json").toFile());
  }

  @Test
  void aNightFindsTheSameAgainstACompactedIndex() throws Exception {
    Path nightly = root.resolve("index-nightly");
    Path compacted = root.resolve("index-compacted");
    assertEquals(0, run(NIGHT_1, nightly, root.resolve("out-a")));
    assertEquals(0, run(NIGHT_2, nightly, root.resolve("out-a")));
    NightFolders.copy(nightly, compacted);
    assertEquals(0, compact("compact", "--index=" + compacted));

    JsonNode version = indexJson(compacted);
    assertEquals(1, version.get("segments").size(), version.toString());
    assertEquals(2, version.get("segments").get(0).get("nights").size());
    assertTrue(
        version.get("segments").get(0).get("path").asText().startsWith("segments/compacted/"));
    assertFalse(Files.exists(compacted.resolve("segments").resolve(NIGHT_1)), "old files go");

    assertEquals(0, run(NIGHT_3, nightly, root.resolve("out-nightly")));
    assertEquals(0, run(NIGHT_3, compacted, root.resolve("out-compacted")));
    for (String file : OUTPUTS) {
      assertEquals(
          Files.readString(root.resolve("out-nightly").resolve(NIGHT_3).resolve(file)),
          Files.readString(root.resolve("out-compacted").resolve(NIGHT_3).resolve(file)),
          file);
    }
    JsonNode summary =
        JSON.readTree(
            root.resolve("out-compacted").resolve(NIGHT_3).resolve("summary.json").toFile());
    assertEquals(3, summary.get("indexDocumentsBefore").asLong());
    assertEquals(1, summary.get("indexSegmentsRead").asLong());
    assertTrue(
        Files.readString(root.resolve("out-compacted").resolve(NIGHT_3).resolve("edges.csv"))
            .contains(PRESS_TV),
        "night 3 copies night 1's Press TV, from the compacted segment");
  }

  @Test
  void aCompactedNightRunAgainChangesNothingAndRunWithNewArticlesTakesItsPlace() throws Exception {
    Path index = root.resolve("index");
    Path out = root.resolve("out");
    assertEquals(0, run(NIGHT_1, index, out));
    assertEquals(0, run(NIGHT_2, index, out));
    assertEquals(0, compact("compact", "--index=" + index));
    Map<String, String> compacted = NightFolders.tree(index);

    assertEquals(0, run(NIGHT_2, index, root.resolve("out-rerun")));
    assertEquals(compacted, NightFolders.tree(index), "the same night, the same index");

    Files.copy(
        SampleInputEndToEndTest.SAMPLE_INPUT.resolve(PAPER + ".txt"),
        corpus.resolve(NIGHT_2).resolve(PAPER + ".txt"));
    List<String> manifest =
        new ArrayList<>(Files.readAllLines(corpus.resolve(NIGHT_2).resolve("manifest.csv")));
    Files.readAllLines(corpus.resolve(NIGHT_3).resolve("manifest.csv")).stream()
        .filter(l -> l.startsWith(PAPER + ","))
        .forEach(manifest::add);
    Files.write(corpus.resolve(NIGHT_2).resolve("manifest.csv"), manifest);
    assertEquals(0, run(NIGHT_2, index, root.resolve("out-changed")));

    JsonNode version = indexJson(index);
    assertEquals(2, version.get("segments").size(), version.toString());
    JsonNode old = version.get("segments").get(0);
    assertEquals(1, old.get("nights").size(), "the compacted segment keeps night 1 alone");
    assertEquals(NIGHT_1, old.get("nights").get(0).get("night").asText());
    assertEquals(1, old.get("nights").get(0).get("documents").asInt());
    JsonNode rerun = version.get("segments").get(1).get("nights").get(0);
    assertEquals(NIGHT_2, rerun.get("night").asText());
    assertEquals(3, rerun.get("documents").asInt());

    // Compacting again drops night 2's first documents for good.
    assertEquals(0, compact("compact", "--index=" + index));
    assertEquals(1, indexJson(index).get("segments").size());
    assertEquals(0, run(NIGHT_3, index, root.resolve("out-3")));
    JsonNode summary =
        JSON.readTree(root.resolve("out-3").resolve(NIGHT_3).resolve("summary.json").toFile());
    assertEquals(4, summary.get("indexDocumentsBefore").asLong(), summary.toString());
    assertEquals(1, summary.get("alreadyIndexed").asLong(), "Paper was indexed on night 2");
  }

  /** Halted between two steps of its commit, as kill -9 would stop it. */
  @ParameterizedTest(name = "halted at {0}")
  @ValueSource(strings = {CrashPoints.SEGMENT_MOVED, CrashPoints.INDEX_JSON_REPLACED})
  void aCompactionHaltedInsideItsCommitLeavesAnIndexThatReadsTheSame(String crashPoint)
      throws Exception {
    Path index = root.resolve("index");
    assertEquals(0, run(NIGHT_1, index, root.resolve("out")));
    assertEquals(0, run(NIGHT_2, index, root.resolve("out")));
    Path undisturbed = NightFolders.copy(index, root.resolve("undisturbed"));
    assertEquals(0, compact("compact", "--index=" + undisturbed));

    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-D" + CrashPoints.PROPERTY + "=" + crashPoint,
            "-cp",
            System.getProperty("java.class.path"),
            WiretraceIndex.class.getName(),
            "compact",
            "--index=" + index);
    Process halted =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("compact.log").toFile())
            .start();
    assertTrue(halted.waitFor(120, TimeUnit.SECONDS), "the compaction did not end");
    assertEquals(137, halted.exitValue(), "it should have halted at " + crashPoint);
    dev.wiretrace.index.IndexStore.open(index.toString()); // opens, or throws

    // The next compaction finishes the job, leaving what an undisturbed one leaves.
    assertEquals(0, compact("compact", "--index=" + index));
    assertEquals(NightFolders.tree(undisturbed), NightFolders.tree(index));
  }

  @Test
  void aBadCallOrAnIndexInUseIsAOneLineError() throws Exception {
    assertEquals(2, compact());
    assertEquals(2, compact("compact"));
    assertEquals(2, compact("compact", "--index=x", "--what=1"));
    Path index = root.resolve("index");
    assertEquals(0, run(NIGHT_1, index, root.resolve("out")));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    try (dev.wiretrace.index.IndexLock held =
        dev.wiretrace.index.IndexLock.acquire(index.toString(), "the-nightly-run")) {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = compact("compact", "--index=" + index);
    } finally {
      System.setErr(original);
    }
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
  }
}
