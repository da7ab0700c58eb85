package dev.wiretrace.pipeline;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.direction.DecideDirection;
import dev.wiretrace.hash.HashSentences;
import dev.wiretrace.index.CorruptIndexException;
import dev.wiretrace.index.IndexLock;
import dev.wiretrace.index.IndexVersion;
import dev.wiretrace.index.KeepTonightsEdges;
import dev.wiretrace.index.ReadIndex;
import dev.wiretrace.index.SeparateIndexedDocuments;
import dev.wiretrace.index.WriteIndexSegment;
import dev.wiretrace.io.WriteOutputs;
import dev.wiretrace.match.CopyThreshold;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.profile.ProfileDocuments;
import dev.wiretrace.read.ReadCorpus;
import dev.wiretrace.report.WriteReport;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.strip.BoilerplateRules;
import dev.wiretrace.strip.StripBoilerplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * wiretrace: reads a corpus of raw article texts and writes who copied whom.
 *
 * <pre>
 * ReadCorpus -> StripBoilerplate -> ProfileDocuments -> HashSentences -> JoinDocuments
 *            -> DecideDirection -> WriteOutputs
 * with --index: ReadIndex -> SeparateIndexedDocuments, JoinDocuments with the earlier nights,
 *            KeepTonightsEdges, WriteIndexSegment; the driver commits the segment, then the output
 * </pre>
 */
public final class WiretracePipeline {
  private WiretracePipeline() {}

  public static void main(String[] args) {
    WiretraceOptions options;
    try {
      RunnerLogging.configure(args);
      PipelineOptionsFactory.register(WiretraceOptions.class);
      options =
          PipelineOptionsFactory.fromArgs(withRunnerDefaults(args))
              .withValidation()
              .as(WiretraceOptions.class);
    } catch (IllegalArgumentException e) {
      System.err.println("wiretrace: " + oneLine(e));
      System.exit(2);
      return;
    }
    System.exit(run(options));
  }

  /**
   * Runner settings that cost a user's run much and buy it nothing, switched off unless the user
   * sets them. The DirectRunner checks that no element is mutated and every element survives its
   * coder by copying each element: tests keep those checks, and they are how we know the transforms
   * never mutate their elements. That is also why Flink need not copy every element between chained
   * steps through its coder ({@code fasterCopy}).
   */
  static String[] withRunnerDefaults(String[] args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    // A jar built for one runner runs on it without --runner; Beam's own default is the
    // DirectRunner.
    if (!onClassPath("org.apache.beam.runners.direct.DirectRunner")) {
      if (onClassPath("org.apache.beam.runners.flink.FlinkRunner")) {
        addUnlessSet(all, "--runner", "FlinkRunner");
      } else if (onClassPath("org.apache.beam.runners.spark.SparkRunner")) {
        addUnlessSet(all, "--runner", "SparkRunner");
      }
    }
    if (onClassPath("org.apache.beam.runners.direct.DirectOptions")) {
      // run() returns while the job works, so its progress can be printed; we wait for it.
      addUnlessSet(all, "--blockOnRun", "false");
      addUnlessSet(all, "--enforceImmutability", "false");
      addUnlessSet(all, "--enforceEncodability", "false");
    }
    if (onClassPath("org.apache.beam.runners.flink.FlinkPipelineOptions")) {
      addUnlessSet(all, "--fasterCopy", "true");
    }
    return all.toArray(new String[0]);
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void addUnlessSet(List<String> args, String flag, String value) {
    if (args.stream().noneMatch(a -> a.startsWith(flag))) {
      args.add(flag + "=" + value);
    }
  }

  /** Exit code of a run whose index is missing a file, damaged, or cannot be written. */
  static final int INDEX_PROBLEM = 3;

  /** Runs the job to completion, prints its summary, and returns the process exit code. */
  public static int run(WiretraceOptions options) {
    return run(options, System.out);
  }

  /**
   * Runs the job to completion and returns the exit code: 0 when it succeeded (even if some inputs
   * were rejected: they are in rejects.jsonl), 1 when it failed, 2 for a bad call (options, a
   * missing input, an output folder that cannot be written), 3 for an index that cannot be read or
   * written. Nothing becomes visible in the output folder or the index unless it is 0.
   */
  public static int run(WiretraceOptions options, PrintStream summary) {
    Instant start = Instant.now();
    RunPlan plan;
    try {
      plan = RunPlan.prepare(options);
    } catch (UsageException e) {
      return fail(2, e.getMessage());
    } catch (IndexLock.HeldException e) {
      return fail(2, e.getMessage());
    } catch (CorruptIndexException e) {
      return fail(INDEX_PROBLEM, e.getMessage());
    } catch (IOException e) {
      return fail(
          INDEX_PROBLEM, "cannot use the index at " + options.getIndex() + ": " + oneLine(e));
    }
    try (plan) {
      return run(options, plan, start, summary);
    } catch (IOException e) {
      return fail(1, "the run ended but the index lock could not be released: " + oneLine(e));
    }
  }

  private static int run(
      WiretraceOptions options, RunPlan plan, Instant start, PrintStream summary) {
    PipelineResult result;
    try {
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options, plan);
      if (options.getReport()) {
        WriteReport.warmUpInBackground();
      }
      result = pipeline.run();
      PipelineResult.State state;
      try (ProgressReporter progress =
          options.getQuiet()
              ? ProgressReporter.none()
              : ProgressReporter.start(result, start, System.err)) {
        state = result.waitUntilFinish();
      }
      if (state != null && state != PipelineResult.State.DONE) {
        return fail(1, "the run ended " + state + "; nothing was written");
      }
    } catch (UsageException e) {
      return fail(2, e.getMessage());
    } catch (RuntimeException e) {
      Throwable cause = rootCause(e);
      CorruptIndexException corrupt = find(e, CorruptIndexException.class);
      if (corrupt != null) {
        return fail(
            INDEX_PROBLEM, corrupt.getMessage() + "; the index and the output are unchanged");
      }
      return fail(
          1, "the run failed: " + describe(cause) + "; the index and the output are unchanged");
    }
    RunSummary counts = RunSummary.of(result);
    try {
      WriteOutputs.finish(plan.output().staging());
      counts
          .describing("night", plan.night())
          .describing("input", options.getInput())
          .describing("output", options.getOutput())
          .describing("index", options.getIndex());
      if (plan.indexed()) {
        long expected = plan.earlierDocuments();
        if (counts.get(Counters.INDEX_DOCUMENTS_READ) != expected) {
          return fail(
              INDEX_PROBLEM,
              String.format(
                  Locale.ROOT,
                  "the index is corrupt: index.json lists %d documents in the nights before %s that it read, its files hold %d;"
                      + " the index and the output are unchanged",
                  expected,
                  plan.night(),
                  counts.get(Counters.INDEX_DOCUMENTS_READ)));
        }
        // What tonight cost in index reads, so a user sees it grow with the archive.
        counts
            .with("indexDocumentsBefore", expected)
            .with("indexSegmentsRead", plan.earlierSegments())
            .with("indexBytesRead", plan.earlierBytes())
            .with("lookbackDays", plan.lookbackDays());
      }
      if (options.getReport()) {
        Instant reportStart = Instant.now();
        WriteReport.write(plan.output().staging(), counts.rows());
        counts.tookForReport(Duration.between(reportStart, Instant.now()));
      }
      if (plan.indexed()) {
        IndexVersion after = plan.index().commit(plan.night(), plan.indexStaging());
        counts.with("indexDocumentsAfter", after.documents());
      }
      counts.took(Duration.between(start, Instant.now()));
      plan.output().commit(counts.toJson());
    } catch (IOException | RuntimeException e) {
      return fail(
          1, "the run finished but its results could not be committed: " + describe(rootCause(e)));
    }
    summary.print(counts.render());
    return 0;
  }

  private static int fail(int code, String message) {
    System.err.println("wiretrace: " + message);
    return code;
  }

  /** Adds the whole job to {@code pipeline}; shared by {@link #main} and the end-to-end tests. */
  public static void buildPipeline(Pipeline pipeline, WiretraceOptions options, RunPlan plan)
      throws UsageException {
    AgencyCatalog agencies = agencies(options);
    CreditDetector credits = creditDetector(options, agencies);
    Buckets buckets = buckets(options, plan);

    ReadCorpus readCorpus;
    JoinDocuments joinDocuments;
    try {
      // The transforms check their settings; a bad one is the user's call to mend, not a crash.
      readCorpus =
          ReadCorpus.from(plan.input().filepattern(), plan.input().manifest())
              .forNight(plan.night())
              .withMaxDocumentBytes(options.getMaxDocumentBytes())
              .alsoRejecting(plan.input().unusableFiles())
              .withBuckets(buckets);
      joinDocuments =
          JoinDocuments.create()
              .withBuckets(buckets)
              .withMaxDocumentFrequency(options.getMaxDocumentFrequency())
              .withThreshold(
                  new CopyThreshold(
                      options.getMinSharedWords(), CopyThreshold.DEFAULT_MIN_RUN_WORDS));
    } catch (IllegalArgumentException e) {
      throw new UsageException("bad option: " + e.getMessage(), e);
    }
    PCollectionTuple corpus = pipeline.apply("ReadCorpus", readCorpus);
    PCollectionTuple stripped =
        corpus
            .get(ReadCorpus.DOCUMENTS)
            .apply(
                "StripBoilerplate",
                StripBoilerplate.withRules(boilerplateRules(options)).withBuckets(buckets));
    PCollectionTuple profiled =
        stripped
            .get(StripBoilerplate.CLEAN_DOCUMENTS)
            .apply("ProfileDocuments", ProfileDocuments.using(credits).withBuckets(buckets));
    PCollectionTuple hashedOrNot =
        profiled.get(ProfileDocuments.PROFILES).apply("HashSentences", HashSentences.create());
    PCollection<HashedDocument> hashed = hashedOrNot.get(HashSentences.HASHED);
    PCollectionList<Reject> rejects =
        PCollectionList.of(corpus.get(ReadCorpus.REJECTS))
            .and(stripped.get(StripBoilerplate.REJECTS))
            .and(profiled.get(ProfileDocuments.REJECTS))
            .and(hashedOrNot.get(HashSentences.REJECTS));

    PCollection<HashedDocument> earlier = null;
    if (plan.indexed()) {
      earlier =
          pipeline.apply("ReadIndex", ReadIndex.files(plan.earlierFiles()).withBuckets(buckets));
      PCollectionTuple separated =
          PCollectionTuple.of(SeparateIndexedDocuments.TONIGHT, hashed)
              .and(SeparateIndexedDocuments.EARLIER, earlier)
              .apply(
                  "SeparateIndexedDocuments",
                  SeparateIndexedDocuments.create().withBuckets(buckets));
      hashed = separated.get(SeparateIndexedDocuments.NEW);
      rejects = rejects.and(separated.get(SeparateIndexedDocuments.REJECTS));
    }

    PCollectionTuple joinInput = PCollectionTuple.of(JoinDocuments.DOCUMENTS, hashed);
    if (earlier != null) {
      joinInput = joinInput.and(JoinDocuments.EARLIER_DOCUMENTS, earlier);
    }
    PCollectionTuple joined = joinInput.apply("JoinDocuments", joinDocuments);
    PCollection<PairScore> pairs = joined.get(JoinDocuments.SCORED_PAIRS);
    rejects = rejects.and(joined.get(JoinDocuments.REJECTS));
    PCollection<DocumentProfile> profiles =
        hashed
            .apply(
                "TakeProfiles",
                MapElements.into(TypeDescriptor.of(DocumentProfile.class))
                    .via(HashedDocument::getProfile))
            .setCoder(SchemaCoders.of(pipeline, DocumentProfile.class));
    PCollectionTuple decided =
        PCollectionTuple.of(DecideDirection.PAIRS, pairs)
            .and(DecideDirection.PROFILES, profiles)
            .apply("DecideDirection", DecideDirection.create().withBuckets(buckets));
    PCollection<CopyEdge> edges = decided.get(DecideDirection.EDGES);
    rejects = rejects.and(decided.get(DecideDirection.REJECTS));
    PCollectionList<GraphNode> nodes =
        PCollectionList.of(
            profiles
                .apply(
                    "DescribeDocuments",
                    MapElements.into(TypeDescriptor.of(GraphNode.class)).via(GraphNode::document))
                .setCoder(SchemaCoders.of(pipeline, GraphNode.class)));
    if (earlier != null) {
      PCollectionTuple tonights =
          PCollectionTuple.of(KeepTonightsEdges.EDGES, edges)
              .and(KeepTonightsEdges.TONIGHT, hashed)
              .and(KeepTonightsEdges.EARLIER, earlier)
              .apply("KeepTonightsEdges", KeepTonightsEdges.create().withBuckets(buckets));
      edges = tonights.get(KeepTonightsEdges.EDGES);
      nodes = nodes.and(tonights.get(KeepTonightsEdges.EARLIER_NODES));
      hashed.apply("WriteIndexSegment", WriteIndexSegment.to(plan.indexStaging()));
    }

    PCollectionTuple.of(WriteOutputs.NODES, nodes.apply("CollectNodes", Flatten.pCollections()))
        .and(WriteOutputs.EDGES, edges)
        .and(WriteOutputs.STRIPPED, stripped.get(StripBoilerplate.STRIPPED_LINES))
        .and(WriteOutputs.REJECTS, rejects.apply("CollectRejects", Flatten.pCollections()))
        .apply("WriteOutputs", WriteOutputs.to(plan.output().staging()).withBuckets(buckets));
  }

  /** The user's number of buckets, or one from the runner's parallelism and the corpus size. */
  static Buckets buckets(WiretraceOptions options, RunPlan plan) throws UsageException {
    if (options.getBuckets() < 0) {
      throw new UsageException(
          "--buckets must be 0 (automatic) or more, not " + options.getBuckets());
    }
    if (options.getBuckets() > 0) {
      return Buckets.of(options.getBuckets());
    }
    return Buckets.forCorpus(
        plan.input().files() + plan.earlierDocuments(), RunnerParallelism.of(options));
  }

  private static BoilerplateRules boilerplateRules(WiretraceOptions options) throws UsageException {
    return defaultsPlusFile(
        "boilerplateRules",
        options.getBoilerplateRules(),
        BoilerplateRules::defaults,
        BoilerplateRules::defaultsPlus);
  }

  private static AgencyCatalog agencies(WiretraceOptions options) throws UsageException {
    return defaultsPlusFile(
        "agencies", options.getAgencies(), AgencyCatalog::defaults, AgencyCatalog::defaultsPlus);
  }

  private static CreditDetector creditDetector(WiretraceOptions options, AgencyCatalog agencies)
      throws UsageException {
    return defaultsPlusFile(
        "creditPatterns",
        options.getCreditPatterns(),
        () -> CreditDetector.defaults(agencies),
        (text, source) -> CreditDetector.defaultsPlus(agencies, text, source));
  }

  /** Parses bundled data plus a user's file, naming its source in any error. */
  @FunctionalInterface
  private interface DataFileParser<T> {
    T parse(String text, String source) throws IOException;
  }

  /** The bundled data, plus the user's file named by {@code --flag} when one is given. */
  private static <T> T defaultsPlusFile(
      String flag, @Nullable String path, Supplier<T> defaults, DataFileParser<T> plus)
      throws UsageException {
    if (path == null) {
      return defaults.get();
    }
    try {
      return plus.parse(readSmallFile(path), path);
    } catch (IOException e) {
      throw new UsageException("bad --" + flag + ": " + oneLine(e), e);
    }
  }

  /** Reads a small data file from any Beam filesystem. */
  private static String readSmallFile(String path) throws IOException {
    try (InputStream in =
        Channels.newInputStream(
            FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T extends Throwable> @Nullable T find(Throwable t, Class<T> type) {
    for (Throwable cause = t;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** One line for an unexpected failure: the message and, for a bug, where it happened. */
  static String describe(Throwable t) {
    String described = t.getClass().getSimpleName() + ": " + oneLine(t);
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.wiretrace.")) {
        return described + " (at " + frame + ")";
      }
    }
    return described;
  }

  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    List<String> lines = message.lines().toList();
    return lines.isEmpty() ? t.getClass().getSimpleName() : lines.get(0).strip();
  }
}
