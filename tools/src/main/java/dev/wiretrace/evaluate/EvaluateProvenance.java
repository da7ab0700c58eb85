package dev.wiretrace.evaluate;

import dev.wiretrace.pipeline.WiretraceOptions;
import dev.wiretrace.pipeline.WiretracePipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores the main pipeline, with its default settings, on labelled corpora: each argument is a
 * folder of {@code .txt} files with a {@code ground-truth.csv} (and an optional manifest).
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.evaluate.EvaluateProvenance \
 *     eval/short-answers eval/news-chains [--verbose]
 * </pre>
 */
public final class EvaluateProvenance {
  private EvaluateProvenance() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = List.of(args).contains("--verbose");
    List<String> folders = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    if (folders.isEmpty()) {
      System.err.println("usage: EvaluateProvenance <labelled folder>... [--verbose]");
      System.exit(2);
    }
    StringBuilder table = new StringBuilder(header());
    StringBuilder details = new StringBuilder();
    for (String folder : folders) {
      ProvenanceScore score = evaluate(Path.of(folder));
      table.append(row(Path.of(folder).getFileName().toString(), score));
      if (verbose) {
        details.append("\n").append(folder).append(":\n");
        score.problems.forEach(p -> details.append("  ").append(p).append('\n'));
      }
    }
    System.out.print(table);
    System.out.print(details);
  }

  /** Runs the pipeline on {@code folder} into a scratch directory and scores its edges. */
  public static ProvenanceScore evaluate(Path folder) throws IOException {
    GroundTruth truth = GroundTruth.read(folder.resolve(GroundTruth.FILE_NAME));
    Path output = Files.createTempDirectory("wiretrace-eval");
    try {
      WiretraceOptions options = PipelineOptionsFactory.as(WiretraceOptions.class);
      options.setInput(folder.toString());
      options.setOutput(output.toString());
      if (WiretracePipeline.run(options, new PrintStream(OutputStream.nullOutputStream())) != 0) {
        throw new IOException("the pipeline failed on " + folder);
      }
      return ProvenanceScore.of(truth, readEdges(output.resolve("edges.csv")));
    } finally {
      deleteRecursively(output);
    }
  }

  static List<ProvenanceScore.Predicted> readEdges(Path edgesCsv) throws IOException {
    List<ProvenanceScore.Predicted> edges = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(edgesCsv)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        if (row.get("level").equals("document")) {
          edges.add(
              new ProvenanceScore.Predicted(
                  row.get("source"), row.get("target"), Boolean.parseBoolean(row.get("primary"))));
        }
      }
    }
    return edges;
  }

  static String header() {
    return String.format(
        "%-16s %5s %5s %5s %5s %5s %8s %6s %6s %8s %8s %9s%n",
        "set",
        "docs",
        "P",
        "R",
        "F1",
        "acc",
        "primary",
        "edgeP",
        "edgeR",
        "reversed",
        "siblings",
        "unrelated");
  }

  static String row(String name, ProvenanceScore s) {
    return String.format(
        "%-16s %5d %5s %5s %5s %5s %8s %6s %6s %8d %8d %9d%n",
        name,
        s.truePositives + s.falsePositives + s.falseNegatives + s.trueNegatives,
        ProvenanceScore.format(s.precision()),
        ProvenanceScore.format(s.recall()),
        ProvenanceScore.format(s.f1()),
        ProvenanceScore.format(s.accuracy()),
        ProvenanceScore.format(s.primaryAccuracy()),
        ProvenanceScore.format(s.edgePrecision()),
        ProvenanceScore.format(s.edgeRecall()),
        s.reversedEdges,
        s.siblingEdges,
        s.unrelatedEdges);
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
