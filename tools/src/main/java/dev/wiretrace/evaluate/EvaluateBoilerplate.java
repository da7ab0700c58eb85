package dev.wiretrace.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wiretrace.pipeline.WiretraceOptions;
import dev.wiretrace.pipeline.WiretracePipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Line-level precision and recall of boilerplate removal, on folders whose boilerplate lines are
 * labelled in a CSV with the header {@code doc,line} (1-based line numbers; every other non-blank
 * line is content). The main pipeline runs with its default settings, site templates included.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.evaluate.EvaluateBoilerplate \
 *     eval/boilerplate sample-input:eval/seed-boilerplate-labels.csv [--verbose]
 * </pre>
 *
 * A folder alone uses its own {@code boilerplate-labels.csv}.
 */
public final class EvaluateBoilerplate {
  public static final String LABELS = "boilerplate-labels.csv";

  /** Line-level counts for one labelled set. */
  public record Score(
      int truePositives, int falsePositives, int falseNegatives, List<String> problems) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }
  }

  private EvaluateBoilerplate() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = List.of(args).contains("--verbose");
    List<String> sets = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    if (sets.isEmpty()) {
      System.err.println("usage: EvaluateBoilerplate <folder>[:<labels.csv>]... [--verbose]");
      System.exit(2);
    }
    StringBuilder details = new StringBuilder();
    System.out.printf(
        "%-16s %6s %6s %6s %9s %6s%n", "set", "lines", "P", "R", "stripped", "missed");
    for (String set : sets) {
      String[] parts = set.split(":", 2);
      Path folder = Path.of(parts[0]);
      Path labels = parts.length > 1 ? Path.of(parts[1]) : folder.resolve(LABELS);
      Score score = evaluate(folder, labels);
      System.out.printf(
          Locale.ROOT,
          "%-16s %6d %6.3f %6.3f %9d %6d%n",
          folder.getFileName(),
          score.truePositives() + score.falseNegatives(),
          score.precision(),
          score.recall(),
          score.truePositives() + score.falsePositives(),
          score.falseNegatives());
      if (verbose) {
        details.append('\n').append(set).append(":\n");
        score.problems().forEach(p -> details.append("  ").append(p).append('\n'));
      }
    }
    System.out.print(details);
  }

  public static Score evaluate(Path folder, Path labelsFile) throws IOException {
    Set<String> labelled = readLabels(labelsFile);
    Path output = Files.createTempDirectory("wiretrace-boilerplate");
    WiretraceOptions options = PipelineOptionsFactory.as(WiretraceOptions.class);
    options.setInput(folder.toString());
    options.setOutput(output.toString());
    if (WiretracePipeline.run(options, new PrintStream(OutputStream.nullOutputStream())) != 0) {
      throw new IOException("the pipeline failed on " + folder);
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> stripped = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String line :
        Files.readAllLines(output.resolve("stripped.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      String key = node.get("doc").asText() + ":" + node.get("line").asInt();
      stripped.add(key);
      if (!labelled.contains(key)) {
        problems.add(
            "content stripped ("
                + node.get("reason").asText()
                + ") "
                + key
                + ": "
                + node.get("text").asText());
      }
    }
    int truePositives = 0;
    for (String key : labelled) {
      if (stripped.contains(key)) {
        truePositives++;
      } else {
        problems.add("boilerplate kept " + key + ": " + lineText(folder, key));
      }
    }
    problems.sort(null);
    return new Score(
        truePositives, stripped.size() - truePositives, labelled.size() - truePositives, problems);
  }

  private static Set<String> readLabels(Path file) throws IOException {
    Set<String> labels = new TreeSet<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .build()
              .parse(reader)) {
        labels.add(row.get("doc") + ":" + Integer.parseInt(row.get("line")));
      }
    }
    return labels;
  }

  private static String lineText(Path folder, String key) throws IOException {
    int colon = key.lastIndexOf(':');
    List<String> lines =
        Files.readAllLines(
            folder.resolve(key.substring(0, colon) + ".txt"), StandardCharsets.UTF_8);
    int number = Integer.parseInt(key.substring(colon + 1));
    return number <= lines.size() ? lines.get(number - 1) : "";
  }
}
