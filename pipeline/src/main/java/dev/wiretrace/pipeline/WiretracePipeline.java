package dev.wiretrace.pipeline;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.direction.DecideDirection;
import dev.wiretrace.hash.HashSentences;
import dev.wiretrace.io.WriteOutputs;
import dev.wiretrace.match.CopyThreshold;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.profile.ProfileDocuments;
import dev.wiretrace.read.ReadCorpus;
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
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * wiretrace: reads a corpus of raw article texts and writes who copied whom.
 *
 * <pre>
 * ReadCorpus -> StripBoilerplate -> ProfileDocuments -> HashSentences -> JoinDocuments
 *            -> DecideDirection -> WriteOutputs
 * </pre>
 */
public final class WiretracePipeline {
  private WiretracePipeline() {}

  public static void main(String[] args) {
    WiretraceOptions options;
    try {
      PipelineOptionsFactory.register(WiretraceOptions.class);
      options =
          PipelineOptionsFactory.fromArgs(withoutDirectRunnerChecks(args))
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
   * The DirectRunner checks, by default, that no element is mutated and every element survives
   * its coder, by copying each element: tests want that (and keep it), a user's corpus run pays
   * for it several times over. A user who passes either flag keeps their own setting.
   */
  static String[] withoutDirectRunnerChecks(String[] args) {
    boolean hasDirectRunner;
    try {
      Class.forName("org.apache.beam.runners.direct.DirectOptions");
      hasDirectRunner = true;
    } catch (ClassNotFoundException e) {
      hasDirectRunner = false;
    }
    List<String> all = new java.util.ArrayList<>(List.of(args));
    if (hasDirectRunner) {
      for (String flag : List.of("--enforceImmutability", "--enforceEncodability")) {
        if (all.stream().noneMatch(a -> a.startsWith(flag))) {
          all.add(flag + "=false");
        }
      }
    }
    return all.toArray(new String[0]);
  }

  /** Runs the job to completion, prints its summary, and returns the process exit code. */
  public static int run(WiretraceOptions options) {
    return run(options, System.out);
  }

  /** Runs the job to completion and returns the exit code; the summary goes to {@code summary}. */
  public static int run(WiretraceOptions options, PrintStream summary) {
    Instant start = Instant.now();
    PipelineResult result;
    try {
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, options);
      result = pipeline.run();
      result.waitUntilFinish();
    } catch (UsageException e) {
      System.err.println("wiretrace: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      System.err.println("wiretrace: the run failed: " + describe(rootCause(e)));
      return 1;
    }
    summary.print(RunSummary.of(result, Duration.between(start, Instant.now())).render(options.getOutput()));
    return 0;
  }

  /** Adds the whole job to {@code pipeline}; shared by {@link #main} and the end-to-end tests. */
  public static void buildPipeline(Pipeline pipeline, WiretraceOptions options)
      throws UsageException {
    FileSystems.setDefaultPipelineOptions(options);
    ResolvedInput input = ResolvedInput.of(options.getInput(), options.getManifest());
    AgencyCatalog agencies = agencies(options);
    CreditDetector credits = creditDetector(options, agencies);

    PCollectionTuple corpus =
        pipeline.apply("ReadCorpus", ReadCorpus.from(input.filepattern(), input.manifest()));
    PCollectionTuple stripped =
        corpus
            .get(ReadCorpus.DOCUMENTS)
            .apply("StripBoilerplate", StripBoilerplate.withRules(boilerplateRules(options)));
    PCollection<DocumentProfile> profiles =
        stripped
            .get(StripBoilerplate.CLEAN_DOCUMENTS)
            .apply("ProfileDocuments", ProfileDocuments.using(credits));
    PCollection<KV<Long, String>> postings = profiles.apply("HashSentences", HashSentences.create());
    PCollection<PairScore> pairs =
        PCollectionTuple.of(JoinDocuments.POSTINGS, postings)
            .and(JoinDocuments.PROFILES, profiles)
            .apply(
                "JoinDocuments",
                JoinDocuments.create()
                    .withMaxDocumentFrequency(options.getMaxDocumentFrequency())
                    .withThreshold(
                        new CopyThreshold(
                            options.getMinSharedWords(), CopyThreshold.DEFAULT_MIN_RUN_WORDS)));
    PCollection<CopyEdge> edges =
        PCollectionTuple.of(DecideDirection.PAIRS, pairs)
            .and(DecideDirection.PROFILES, profiles)
            .apply("DecideDirection", DecideDirection.create());
    PCollection<GraphNode> nodes =
        profiles
            .apply(
                "DescribeDocuments",
                MapElements.into(TypeDescriptor.of(GraphNode.class)).via(GraphNode::document))
            .setCoder(SchemaCoders.of(pipeline, GraphNode.class));

    PCollectionTuple.of(WriteOutputs.NODES, nodes)
        .and(WriteOutputs.EDGES, edges)
        .and(WriteOutputs.STRIPPED, stripped.get(StripBoilerplate.STRIPPED_LINES))
        .and(WriteOutputs.REJECTS, corpus.get(ReadCorpus.REJECTS))
        .apply("WriteOutputs", WriteOutputs.to(options.getOutput()));
  }

  private static BoilerplateRules boilerplateRules(WiretraceOptions options) throws UsageException {
    String extra = options.getBoilerplateRules();
    if (extra == null) {
      return BoilerplateRules.defaults();
    }
    try {
      return BoilerplateRules.defaultsPlus(readSmallFile(extra), extra);
    } catch (IOException e) {
      throw new UsageException("bad --boilerplateRules: " + oneLine(e), e);
    }
  }

  private static AgencyCatalog agencies(WiretraceOptions options) throws UsageException {
    String extra = options.getAgencies();
    if (extra == null) {
      return AgencyCatalog.defaults();
    }
    try {
      return AgencyCatalog.defaultsPlus(readSmallFile(extra), extra);
    } catch (IOException e) {
      throw new UsageException("bad --agencies: " + oneLine(e), e);
    }
  }

  private static CreditDetector creditDetector(WiretraceOptions options, AgencyCatalog agencies)
      throws UsageException {
    String extra = options.getCreditPatterns();
    if (extra == null) {
      return CreditDetector.defaults(agencies);
    }
    try {
      return CreditDetector.defaultsPlus(agencies, readSmallFile(extra), extra);
    } catch (IOException e) {
      throw new UsageException("bad --creditPatterns: " + oneLine(e), e);
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
