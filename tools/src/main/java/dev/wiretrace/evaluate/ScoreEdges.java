package dev.wiretrace.evaluate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores an existing run's {@code edges.csv} against a {@code ground-truth.csv}, for runs made on
 * other runners or machines (the benchmark uses it).
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.evaluate.ScoreEdges ground-truth.csv out/edges.csv
 * </pre>
 */
public final class ScoreEdges {
  private ScoreEdges() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ScoreEdges <ground-truth.csv> <edges.csv>");
      System.exit(2);
    }
    ProvenanceScore score =
        ProvenanceScore.of(
            GroundTruth.read(Path.of(args[0])), EvaluateProvenance.readEdges(Path.of(args[1])));
    System.out.print(EvaluateProvenance.header());
    System.out.print(
        EvaluateProvenance.row(Path.of(args[1]).getParent().getFileName().toString(), score));
  }
}
