package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.index.IndexStore;
import dev.wiretrace.io.CrashPoints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A nightly run killed with {@code kill -9} (SIGKILL: no shutdown hook, no {@code finally}) at many
 * moments: while it reads and runs its pipeline (killed from outside after a delay), and at each
 * step of its commit (halted from inside at a {@link CrashPoints crash point}, since the renames
 * are a millisecond apart). After each kill the index opens, and a rerun of the night gives the
 * same outputs and the same index as a run that was never disturbed: nothing lost, nothing counted
 * twice.
 */
class KilledRunTest {
  private static final String NIGHT_1 = "2026-11-21";
  private static final String NIGHT_2 = "2026-11-22";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;
  private static Path corpus;
  private static Path indexAfterNight1;
  private static Map<String, String> undisturbedIndex;
  private static Map<String, String> undisturbedOutput;

  @BeforeAll
  static void runTheNightsUndisturbed() throws Exception {
    corpus = root.resolve("corpus");
    night(NIGHT_1, NightFolders.PRESS_TV, NightFolders.TASS);
    night(NIGHT_2, NightFolders.FNA, NightFolders.BLOG, NightFolders.PAPER);
    indexAfterNight1 = root.resolve("index-after-night-1");
    assertEquals(
        0, WiretracePipeline.run(options(indexAfterNight1, root.resolve("out-1"), NIGHT_1)));
    Path index = NightFolders.copy(indexAfterNight1, root.resolve("undisturbed-index"));
    Path out = root.resolve("undisturbed-out");
    assertEquals(0, WiretracePipeline.run(options(index, out, NIGHT_2)));
    undisturbedIndex = tree(index);
    undisturbedOutput = outputs(out);
  }

  /** Killed from outside, this many milliseconds after the JVM started. */
  @ParameterizedTest(name = "kill -9 after {0} ms")
  @ValueSource(ints = {300, 1500, 3000, 4500, 6000, 8000})
  void aRunKilledWhileItWorksLeavesNothingARerunCannotMend(int millis) throws Exception {
    Path index = NightFolders.copy(indexAfterNight1, root.resolve("index-killed-" + millis));
    Path out = root.resolve("out-killed-" + millis);
    Process run = start(index, out, null);
    if (!run.waitFor(millis, TimeUnit.MILLISECONDS)) {
      run.destroyForcibly().waitFor();
    }
    assertRerunMendsIt(index, out);
  }

  /** Halted from inside, between two steps of the commit. */
  @ParameterizedTest(name = "halted at {0}")
  @ValueSource(
      strings = {
        CrashPoints.SEGMENT_MOVED,
        CrashPoints.INDEX_JSON_REPLACED,
        CrashPoints.OUTPUTS_MOVED,
        CrashPoints.SUMMARY_MOVED
      })
  void aRunHaltedInsideItsCommitLeavesNothingARerunCannotMend(String crashPoint) throws Exception {
    Path index = NightFolders.copy(indexAfterNight1, root.resolve("index-" + crashPoint));
    Path out = root.resolve("out-" + crashPoint);
    Process run = start(index, out, crashPoint);
    assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the run did not end");
    assertEquals(137, run.exitValue(), "the run should have halted at " + crashPoint);
    assertRerunMendsIt(index, out);
  }

  private static void assertRerunMendsIt(Path index, Path out) throws Exception {
    IndexStore.open(index.toString()); // opens, damaged or not, or throws
    assertEquals(0, WiretracePipeline.run(options(index, out, NIGHT_2)));
    assertEquals(undisturbedIndex, tree(index));
    assertEquals(undisturbedOutput, outputs(out));
  }

  /** The night's run in a JVM of its own, as a scheduler starts it. */
  private static Process start(Path index, Path out, String crashPoint) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (crashPoint != null) {
      command.add("-D" + CrashPoints.PROPERTY + "=" + crashPoint);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WiretracePipeline.class.getName());
    command.add("--input=" + corpus.resolve(NIGHT_2));
    command.add("--output=" + out);
    command.add("--index=" + index);
    command.add("--night=" + NIGHT_2);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(root.resolve("child-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private static WiretraceOptions options(Path index, Path out, String night) {
    WiretraceOptions options = SampleInputEndToEndTest.options(corpus.resolve(night), out);
    options.setIndex(index.toString());
    options.setNight(night);
    return options;
  }

  private static void night(String night, String... ids) throws IOException {
    NightFolders.night(corpus, night, ids);
  }

  private static Map<String, String> tree(Path folder) throws Exception {
    return NightFolders.tree(folder);
  }

  /** The output files, with summary.json less the fields a rerun may change (times, folders). */
  private static Map<String, String> outputs(Path out) throws Exception {
    Map<String, String> files = tree(out);
    ObjectNode summary = (ObjectNode) JSON.readTree(out.resolve("summary.json").toFile());
    summary.remove(List.of("seconds", "reportSeconds", "output", "index"));
    files.put("summary.json", summary.toString());
    return files;
  }
}
