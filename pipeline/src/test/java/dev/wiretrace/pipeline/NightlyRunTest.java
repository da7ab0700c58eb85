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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.PipelineRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job: night 2 finds its sources among night 1's documents through the index; reruns
 * change nothing; a run that dies changes nothing; a damaged index stops the run with a clear
 * error; and every file of a bad night is accounted for.
 */
class NightlyRunTest {
  private static final String NIGHT_1 = "2026-11-21";
  private static final String NIGHT_2 = "2026-11-22";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  private Path corpus;
  private Path out;
  private Path index;

  @BeforeEach
  void layOutTwoNights() throws Exception {
    corpus = root.resolve("corpus");
    out = root.resolve("out");
    index = root.resolve("index");
    night(NIGHT_1, PRESS_TV, TASS);
    night(NIGHT_2, FNA, BLOG, PAPER);
  }

  private Path night(String night, String... ids) throws Exception {
    return NightFolders.night(corpus, night, ids);
  }

  private WiretraceOptions options(String night) {
    WiretraceOptions options =
        SampleInputEndToEndTest.options(corpus.resolve(night), out.resolve(night));
    options.setIndex(index.toString());
    return options;
  }

  private int run(String night) {
    return WiretracePipeline.run(options(night));
  }

  @Test
  void nightTwoFindsItsSourceAmongNightOnesDocuments() throws Exception {
    assertEquals(0, run(NIGHT_1));
    assertEquals(0, run(NIGHT_2));

    List<Map<String, String>> edges = EdgesFile.read(out.resolve(NIGHT_2).resolve("edges.csv"));
    assertTrue(
        edges.stream()
            .anyMatch(
                e ->
                    e.get("source").equals(PRESS_TV)
                        && e.get("target").equals(FNA)
                        && e.get("primary").equals("true")),
        edges.toString());
    assertTrue(
        edges.stream()
            .anyMatch(e -> e.get("source").equals("Press TV") && e.get("target").equals("FNA")),
        edges.toString());
    JsonNode graph = JSON.readTree(out.resolve(NIGHT_2).resolve("graph.json").toFile());
    Map<String, String> nights = new TreeMap<>();
    graph
        .get("nodes")
        .forEach(
            n -> {
              if (n.get("type").asText().equals("document")) {
                nights.put(n.get("id").asText(), n.get("night").asText());
              }
            });
    // TASS shares nothing with tonight, so it stays out of tonight's graph.
    assertEquals(Map.of(PRESS_TV, NIGHT_1, FNA, NIGHT_2, BLOG, NIGHT_2, PAPER, NIGHT_2), nights);

    JsonNode summary = summary(NIGHT_2);
    assertEquals(3, summary.get("newDocuments").asLong());
    assertTrue(summary.get("edgesAcrossNights").asLong() >= 1, summary.toString());
    assertEquals(2, summary.get("indexDocumentsBefore").asLong());
    assertEquals(1, summary.get("indexSegmentsRead").asLong(), "one earlier night, one segment");
    assertTrue(summary.get("indexBytesRead").asLong() > 0, summary.toString());
    assertEquals(5, summary.get("indexDocumentsAfter").asLong());
  }

  /** Night 2's articles, crawled two days after night 1, with look-backs of one and two days. */
  @Test
  void aLookBackWindowReadsOnlyTheNightsWithinIt() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Path indexAfterNight1 = root.resolve("index-after-night-1");
    Files.move(index, indexAfterNight1);
    String twoDaysLater = "2026-11-23";
    Map<Integer, JsonNode> summaries = new TreeMap<>();
    for (int days : new int[] {1, 2}) {
      index = root.resolve("index-" + days);
      NightFolders.copy(indexAfterNight1, index);
      WiretraceOptions options = options(NIGHT_2);
      options.setOutput(root.resolve("out-lookback-" + days).toString());
      options.setNight(twoDaysLater);
      options.setLookbackDays(days);
      assertEquals(0, WiretracePipeline.run(options));
      summaries.put(
          days,
          JSON.readTree(root.resolve("out-lookback-" + days).resolve("summary.json").toFile()));
    }
    JsonNode oneDay = summaries.get(1);
    assertEquals(1, oneDay.get("lookbackDays").asLong());
    assertEquals(
        0, oneDay.get("indexSegmentsRead").asLong(), "night 1 is two days back: " + oneDay);
    assertEquals(0, oneDay.get("indexDocumentsBefore").asLong());
    assertEquals(0, oneDay.get("edgesAcrossNights").asLong());
    assertEquals(
        5, oneDay.get("indexDocumentsAfter").asLong(), "the index still keeps every night");
    JsonNode twoDays = summaries.get(2);
    assertEquals(1, twoDays.get("indexSegmentsRead").asLong(), twoDays.toString());
    assertEquals(2, twoDays.get("indexDocumentsBefore").asLong());
    assertTrue(twoDays.get("edgesAcrossNights").asLong() >= 1, twoDays.toString());
  }

  @Test
  void aLookBackNeedsAnIndexAndACountOfDays() {
    WiretraceOptions withoutIndex =
        SampleInputEndToEndTest.options(corpus.resolve(NIGHT_1), out.resolve("x"));
    withoutIndex.setLookbackDays(3);
    assertEquals(2, quietly(() -> WiretracePipeline.run(withoutIndex)));
    WiretraceOptions negative = options(NIGHT_1);
    negative.setLookbackDays(-1);
    assertEquals(2, quietly(() -> WiretracePipeline.run(negative)));
    WiretraceOptions notADate = options(NIGHT_1);
    notADate.setNight("2026-02-30");
    notADate.setLookbackDays(2);
    assertEquals(2, quietly(() -> WiretracePipeline.run(notADate)));
  }

  @Test
  void rerunningANightGivesTheSameOutputAndTheSameIndex() throws Exception {
    assertEquals(0, run(NIGHT_1));
    assertEquals(0, run(NIGHT_2));
    Map<String, String> outputBefore = outputFiles(NIGHT_2);
    Map<String, String> indexBefore = tree(index);

    assertEquals(0, run(NIGHT_2));

    assertEquals(outputBefore, outputFiles(NIGHT_2));
    assertEquals(indexBefore, tree(index));
    assertEquals(3, summary(NIGHT_2).get("newDocuments").asLong());
    assertEquals(5, summary(NIGHT_2).get("indexDocumentsAfter").asLong());
  }

  @Test
  void aDocumentAlreadyIndexedIsRecognisedAndNotCountedTwice() throws Exception {
    assertEquals(0, run(NIGHT_1));
    // Night 2's crawl picks up Press TV's story again, under its own name and under another.
    Path night2 = corpus.resolve(NIGHT_2);
    Files.copy(
        SampleInputEndToEndTest.SAMPLE_INPUT.resolve(PRESS_TV + ".txt"),
        night2.resolve(PRESS_TV + ".txt"));
    Files.copy(
        SampleInputEndToEndTest.SAMPLE_INPUT.resolve(PRESS_TV + ".txt"),
        night2.resolve("presstv-again.txt"));
    Files.writeString(
        night2.resolve("manifest.csv"),
        Files.readString(night2.resolve("manifest.csv"))
            + "presstv-again,Press TV,,\n"
            + PRESS_TV
            + ",Press TV,,\n");

    assertEquals(0, run(NIGHT_2));

    List<String> rejects = rejects(NIGHT_2);
    assertEquals(
        List.of(PRESS_TV + ".txt:already-indexed", "presstv-again.txt:already-indexed"), rejects);
    JsonNode summary = summary(NIGHT_2);
    assertEquals(5, summary.get("documentsRead").asLong());
    assertEquals(3, summary.get("newDocuments").asLong());
    assertEquals(2, summary.get("alreadyIndexed").asLong());
    assertEquals(5, summary.get("indexDocumentsAfter").asLong());
  }

  @Test
  void aRunThatDiesInsideThePipelineChangesNothingAndTheRerunWorks() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Map<String, String> indexBefore = tree(index);

    WiretraceOptions crashing = options(NIGHT_2);
    crashing.setRunner(CrashingRunner.class);
    assertEquals(1, quietly(() -> WiretracePipeline.run(crashing)));

    assertEquals(indexBefore, committed(index));
    assertFalse(Files.exists(out.resolve(NIGHT_2).resolve("summary.json")));
    assertFalse(Files.exists(out.resolve(NIGHT_2).resolve("edges.csv")));

    assertEquals(0, run(NIGHT_2));
    assertEquals(5, summary(NIGHT_2).get("indexDocumentsAfter").asLong());
    assertFalse(
        Files.exists(index.resolve("staging")) && tree(index.resolve("staging")).size() > 0);
  }

  @Test
  void aRunKilledAfterItsPipelineBeforeCommittingChangesNothing() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Map<String, String> indexBefore = tree(index);

    WiretraceOptions killed = options(NIGHT_2);
    killed.setRunner(DiesAfterPipelineRunner.class);
    assertEquals(1, quietly(() -> WiretracePipeline.run(killed)));

    assertEquals(indexBefore, committed(index));
    assertFalse(Files.exists(out.resolve(NIGHT_2).resolve("summary.json")));
    assertEquals(0, run(NIGHT_2));
    assertTrue(Files.exists(out.resolve(NIGHT_2).resolve("summary.json")));
  }

  @Test
  void aSecondRunOnAnIndexInUseStopsAtOnceNamingTheRunThatHoldsIt() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Map<String, String> indexBefore = tree(index);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    try (dev.wiretrace.index.IndexLock held =
        dev.wiretrace.index.IndexLock.acquire(index.toString(), "the-other-run")) {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = run(NIGHT_2);
    } finally {
      System.setErr(original);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, message);
    assertEquals(1, message.lines().count(), message);
    assertTrue(
        message.startsWith("wiretrace: the index is in use by run the-other-run (pid "), message);
    assertEquals(indexBefore, tree(index));
    assertFalse(Files.exists(out.resolve(NIGHT_2).resolve("summary.json")));

    assertEquals(0, run(NIGHT_2));
    assertFalse(
        Files.exists(index.resolve(dev.wiretrace.index.IndexLock.FILE)),
        "the run gave its lock back");
  }

  @Test
  void aDamagedIndexIsAOneLineErrorNotAnEmptyGraph() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Path avro;
    try (Stream<Path> files = Files.walk(index.resolve("segments"))) {
      avro = files.filter(p -> p.toString().endsWith(".avro")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(avro);

    Files.write(avro, "this is not avro".getBytes(StandardCharsets.UTF_8));
    assertIndexError("is corrupt: not an Avro file");

    // The header survives but the data blocks are cut short.
    Files.write(avro, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    assertIndexError("is corrupt");

    Files.delete(avro);
    assertIndexError("is missing");

    Files.writeString(index.resolve("index.json"), "{\"format\": \"wiretrace-index/1\", \"segm");
    assertIndexError("is not valid JSON");
    assertFalse(Files.exists(out.resolve(NIGHT_2).resolve("summary.json")));
  }

  private void assertIndexError(String expected) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = run(NIGHT_2);
    } finally {
      System.setErr(original);
    }
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(WiretracePipeline.INDEX_PROBLEM, code, message);
    List<String> lines = message.lines().filter(l -> l.startsWith("wiretrace: ")).toList();
    assertEquals(1, lines.size(), message);
    assertTrue(lines.get(0).contains(expected), message);
  }

  @Test
  void everyFileOfABadNightIsANewDocumentOrAReject() throws Exception {
    assertEquals(0, run(NIGHT_1));
    Path night2 = corpus.resolve(NIGHT_2);
    Files.write(night2.resolve("empty.txt"), new byte[0]);
    Files.write(night2.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    Files.write(
        night2.resolve("latin1.txt"),
        "Caf\u00e9 talks resume, the minister said.".getBytes(StandardCharsets.ISO_8859_1));
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    Files.write(night2.resolve("huge.txt"), big);
    Files.writeString(
        night2.resolve("manifest.csv"),
        Files.readString(night2.resolve("manifest.csv"))
            + "latin1,Some Paper,,the day before yesterday\n");

    assertEquals(0, run(NIGHT_2));

    assertEquals(
        List.of(
            "binary.txt:not-text",
            "empty.txt:empty-file",
            "huge.txt:too-large",
            "manifest.csv:5:bad-published-date"),
        rejects(NIGHT_2));
    JsonNode summary = summary(NIGHT_2);
    assertEquals(7, summary.get("documentsRead").asLong());
    assertEquals(4, summary.get("newDocuments").asLong());
    assertEquals(3, summary.get("documentsRejected").asLong());
    assertEquals(
        summary.get("documentsRead").asLong(),
        summary.get("newDocuments").asLong() + summary.get("documentsRejected").asLong());
    assertEquals(1, summary.get("manifestProblems").asLong());
    assertEquals(6, summary.get("indexDocumentsAfter").asLong());
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsAOneLineErrorBeforeAnyWork() throws Exception {
    Files.createDirectories(out);
    Files.writeString(out.resolve(NIGHT_1), "a file where the output folder should be");
    assertEquals(2, quietly(() -> run(NIGHT_1)));
    assertFalse(Files.exists(index.resolve("index.json")));
  }

  @Test
  void anIndexWithoutANightIsAUsageError() throws Exception {
    WiretraceOptions options =
        SampleInputEndToEndTest.options(SampleInputEndToEndTest.SAMPLE_INPUT, out);
    options.setIndex(index.toString());
    assertEquals(2, quietly(() -> WiretracePipeline.run(options)));
  }

  private List<String> rejects(String night) throws Exception {
    return Files.readAllLines(out.resolve(night).resolve("rejects.jsonl")).stream()
        .map(
            l -> {
              try {
                JsonNode node = JSON.readTree(l);
                return Path.of(node.get("input").asText()).getFileName()
                    + ":"
                    + node.get("reason").asText();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private JsonNode summary(String night) throws Exception {
    return JSON.readTree(out.resolve(night).resolve("summary.json").toFile());
  }

  /**
   * The output files, with summary.json's times left out: they are the one thing a rerun changes.
   */
  private Map<String, String> outputFiles(String night) throws Exception {
    Map<String, String> files = tree(out.resolve(night));
    ObjectNode summary =
        (ObjectNode) JSON.readTree(out.resolve(night).resolve("summary.json").toFile());
    summary.remove(List.of("seconds", "reportSeconds"));
    files.put("summary.json", summary.toString());
    return files;
  }

  /** What a reader of the index sees: index.json and the files it lists. */
  private Map<String, String> committed(Path folder) throws Exception {
    Map<String, String> all = tree(folder);
    all.keySet().removeIf(k -> k.startsWith("staging/"));
    return all;
  }

  private static Map<String, String> tree(Path folder) throws Exception {
    return NightFolders.tree(folder);
  }

  private static int quietly(java.util.function.IntSupplier run) {
    PrintStream original = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      return run.getAsInt();
    } finally {
      System.setErr(original);
    }
  }

  /** Runs the pipeline on the DirectRunner with one more step, which fails while the rest run. */
  public static class CrashingRunner extends PipelineRunner<PipelineResult> {
    private final PipelineOptions options;

    private CrashingRunner(PipelineOptions options) {
      this.options = options;
    }

    public static CrashingRunner fromOptions(PipelineOptions options) {
      return new CrashingRunner(options);
    }

    @Override
    public PipelineResult run(Pipeline pipeline) {
      pipeline.apply("Start", Create.of(1)).apply("Crash", ParDo.of(new CrashFn()));
      return DirectRunner.fromOptions(options).run(pipeline);
    }
  }

  static class CrashFn extends DoFn<Integer, Void> {
    @ProcessElement
    public void process() {
      throw new IllegalStateException("simulated crash of a worker");
    }
  }

  /** The whole pipeline runs and writes its staging files; then the process "dies". */
  public static class DiesAfterPipelineRunner extends PipelineRunner<PipelineResult> {
    private final PipelineOptions options;

    private DiesAfterPipelineRunner(PipelineOptions options) {
      this.options = options;
    }

    public static DiesAfterPipelineRunner fromOptions(PipelineOptions options) {
      return new DiesAfterPipelineRunner(options);
    }

    @Override
    public PipelineResult run(Pipeline pipeline) {
      DirectRunner.fromOptions(options).run(pipeline).waitUntilFinish();
      throw new IllegalStateException("killed after the pipeline, before the commit");
    }
  }
}
