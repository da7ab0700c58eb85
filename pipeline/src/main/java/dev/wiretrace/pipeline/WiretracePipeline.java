package dev.wiretrace.pipeline;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.direction.DecideDirection;
import dev.wiretrace.hash.HashSentences;
import dev.wiretrace.index.CorruptIndexException;
import dev.wiretrace.index.IndexLock;
import dev.wiretrace.index.IndexVersion;
import dev.wiretrace.index.IndexedProfiles;
import dev.wiretrace.index.KeepTonightsEdges;
import dev.wiretrace.index.ReadIndex;
import dev.wiretrace.index.SeparateIndexedDocuments;
import dev.wiretrace.index.WriteIndexSegment;
import dev.wiretrace.io.RunOutputs;
import dev.wiretrace.io.WriteOutputs;
import dev.wiretrace.match.CopyThreshold;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.match.JoinInput;
import dev.wiretrace.match.SummariseHashes;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Reject;
import dev.wiretrace.profile.ProfileDocuments;
import dev.wiretrace.read.ReadCorpus;
import dev.wiretrace.report.WriteReport;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.strip.StripBoilerplate;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;

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
          PipelineOptionsFactory.fromArgs(RunnerDefaults.added(args))
              .withValidation()
              .as(WiretraceOptions.class);
    } catch (IllegalArgumentException e) {
      System.err.println("wiretrace: " + Failures.oneLine(e));
      System.exit(2);
      return;
    }
    System.exit(run(options));
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
          INDEX_PROBLEM,
          "cannot use the index at " + options.getIndex() + ": " + Failures.oneLine(e));
    }
    try (plan) {
      return run(options, plan, start, summary);
    } catch (IOException e) {
      return fail(
          1, "the run ended but the index lock could not be released: " + Failures.oneLine(e));
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
      Throwable cause = Failures.rootCause(e);
      CorruptIndexException corrupt = Failures.find(e, CorruptIndexException.class);
      if (corrupt != null) {
        return fail(
            INDEX_PROBLEM, corrupt.getMessage() + "; the index and the output are unchanged");
      }
      return fail(
          1,
          "the run failed: "
              + Failures.describe(cause)
              + "; the index and the output are unchanged");
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
          1,
          "the run finished but its results could not be committed: "
              + Failures.describe(Failures.rootCause(e)));
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
    AgencyCatalog agencies = UserDataFiles.agencies(options);
    CreditDetector credits = UserDataFiles.creditDetector(options, agencies);
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
                StripBoilerplate.withRules(UserDataFiles.boilerplateRules(options))
                    .withBuckets(buckets));
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

    JoinInput joinInput = JoinInput.tonight(hashed);
    if (plan.indexed()) {
      PCollectionTuple index =
          pipeline.apply(
              "ReadIndex",
              ReadIndex.shards(
                      plan.earlierShards(),
                      hashed.apply("SummariseTonightsHashes", SummariseHashes.create()))
                  .withBuckets(buckets));
      PCollectionTuple separated =
          hashed.apply(
              "SeparateIndexedDocuments",
              SeparateIndexedDocuments.against(index.get(ReadIndex.ENTRIES)).withBuckets(buckets));
      hashed = separated.get(SeparateIndexedDocuments.NEW);
      rejects = rejects.and(separated.get(SeparateIndexedDocuments.REJECTS));
      joinInput =
          JoinInput.tonight(hashed)
              .withEarlier(
                  index.get(ReadIndex.POSTINGS),
                  IndexedProfiles.of(index.get(ReadIndex.ENTRIES), buckets));
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
            .setCoder(ModelCoders.of(pipeline, DocumentProfile.class));
    PCollectionTuple decided =
        pairs.apply("DecideDirection", DecideDirection.among(profiles).withBuckets(buckets));
    PCollection<CopyEdge> edges = decided.get(DecideDirection.EDGES);
    rejects = rejects.and(decided.get(DecideDirection.REJECTS));
    PCollectionList<GraphNode> nodes =
        PCollectionList.of(
            profiles
                .apply(
                    "DescribeDocuments",
                    MapElements.into(TypeDescriptor.of(GraphNode.class)).via(GraphNode::document))
                .setCoder(ModelCoders.of(pipeline, GraphNode.class)));
    if (plan.indexed()) {
      PCollectionTuple tonights =
          edges.apply(
              "KeepTonightsEdges",
              KeepTonightsEdges.of(hashed, joined.get(JoinDocuments.EARLIER_CANDIDATES))
                  .withBuckets(buckets));
      edges = tonights.get(KeepTonightsEdges.EDGES);
      nodes = nodes.and(tonights.get(KeepTonightsEdges.EARLIER_NODES));
      hashed.apply("WriteIndexSegment", WriteIndexSegment.to(plan.indexStaging()));
    }

    RunOutputs.of(
            nodes.apply("CollectNodes", Flatten.pCollections()),
            edges,
            stripped.get(StripBoilerplate.STRIPPED_LINES),
            rejects.apply("CollectRejects", Flatten.pCollections()))
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
}
