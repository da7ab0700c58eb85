package dev.wiretrace.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wiretrace.pipeline.WiretraceOptions;
import dev.wiretrace.pipeline.WiretracePipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Boilerplate stripping scored on real scraped pages with their true article bodies, the way the
 * article-extraction benchmark they come from scores extractors ({@link ShingleScore}): the kept
 * text of a page is the page minus the lines the main pipeline stripped.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.evaluate.EvaluateRealPages \
 *     ../shared/eval/real-pages [--verbose]
 * </pre>
 *
 * The folder holds {@code pages/*.txt} (with {@code pages/manifest.csv}) and {@code
 * ground-truth.json}: {@code {id: {articleBody}}}. With {@code --verbose} it lists each page's
 * figures, worst first; the lines stripped from pages that lost body text; and, for the pages of
 * lowest precision, the kept lines that share no word 4-gram with the body: the kinds of lines the
 * stripping still misses.
 */
public final class EvaluateRealPages {
  /** How many of the least precise pages {@code --verbose} lists the missed lines of. */
  private static final int PAGES_SHOWN_MISSED = 15;

  /** A page's true body must be this long for its recall to count as "the article survived". */
  public static final int MIN_BODY_WORDS = 50;

  /** The whole set's figures, and the pages that lost most of a real body. */
  public record Result(
      double precision,
      double recall,
      int pages,
      Map<String, ShingleScore> byPage,
      List<String> bodiesLost) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private EvaluateRealPages() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = List.of(args).contains("--verbose");
    List<String> folders = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
    if (folders.size() != 1) {
      System.err.println(
          "usage: EvaluateRealPages <folder with pages/ and ground-truth.json> [--verbose]");
      System.exit(2);
    }
    Path folder = Path.of(folders.get(0));
    Path output = Files.createTempDirectory("wiretrace-real-pages");
    Result result = evaluate(folder, output);
    System.out.printf(
        Locale.ROOT,
        "%-12s %6s %6s %6s %6s %s%n",
        "set",
        "pages",
        "P",
        "R",
        "F1",
        "bodies lost (recall < 0.5)");
    System.out.printf(
        Locale.ROOT,
        "%-12s %6d %6.3f %6.3f %6.3f %d%n",
        folder.getFileName(),
        result.pages(),
        result.precision(),
        result.recall(),
        result.f1(),
        result.bodiesLost().size());
    if (verbose) {
      printDetails(folder, output, result);
    }
  }

  public static Result evaluate(Path folder, Path output) throws IOException {
    Path pages = folder.resolve("pages");
    WiretraceOptions options = PipelineOptionsFactory.as(WiretraceOptions.class);
    options.setInput(pages.toString());
    options.setOutput(output.toString());
    if (WiretracePipeline.run(options, new PrintStream(OutputStream.nullOutputStream())) != 0) {
      throw new IOException("the pipeline failed on " + pages);
    }
    Map<String, Set<Integer>> stripped = strippedLines(output);
    Map<String, ShingleScore> byPage = new TreeMap<>();
    List<String> bodiesLost = new ArrayList<>();
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (Map.Entry<String, String> page : trueBodies(folder).entrySet()) {
      String id = page.getKey();
      Path file = pages.resolve(id + ".txt");
      if (!Files.exists(file)) {
        continue;
      }
      String body = page.getValue();
      String kept = keptText(file, stripped.getOrDefault(id, Set.of()));
      ShingleScore score = ShingleScore.of(body, kept);
      byPage.put(id, score);
      if (score.keptAnything() || !score.hasTrueBody()) {
        precisionSum += score.precision();
        precisionPages++;
      }
      if (score.hasTrueBody()) {
        recallSum += score.recall();
        recallPages++;
      }
      if (ShingleScore.words(body).size() >= MIN_BODY_WORDS && score.recall() < 0.5) {
        bodiesLost.add(id);
      }
    }
    return new Result(
        precisionPages == 0 ? 1 : precisionSum / precisionPages,
        recallPages == 0 ? 1 : recallSum / recallPages,
        byPage.size(),
        byPage,
        bodiesLost);
  }

  private static Map<String, Set<Integer>> strippedLines(Path output) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<Integer>> stripped = new HashMap<>();
    for (String line :
        Files.readAllLines(output.resolve("stripped.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      stripped
          .computeIfAbsent(node.get("doc").asText(), d -> new HashSet<>())
          .add(node.get("line").asInt());
    }
    return stripped;
  }

  private static String keptText(Path file, Set<Integer> strippedLines) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (!strippedLines.contains(i + 1)) {
        kept.append(lines.get(i)).append('\n');
      }
    }
    return kept.toString();
  }

  private static void printDetails(Path folder, Path output, Result result) throws IOException {
    List<Map.Entry<String, ShingleScore>> pages = new ArrayList<>(result.byPage().entrySet());
    pages.sort((a, b) -> Double.compare(f1(a.getValue()), f1(b.getValue())));
    System.out.println();
    for (Map.Entry<String, ShingleScore> page : pages) {
      ShingleScore s = page.getValue();
      System.out.printf(
          Locale.ROOT, "%s P %.3f R %.3f%n", page.getKey(), s.precision(), s.recall());
    }
    Map<String, Set<Integer>> stripped = strippedLines(output);
    for (String id : result.bodiesLost()) {
      System.out.println("\nbody lost: " + id);
      List<String> lines =
          Files.readAllLines(folder.resolve("pages").resolve(id + ".txt"), StandardCharsets.UTF_8);
      for (int line : new java.util.TreeSet<>(stripped.getOrDefault(id, Set.of()))) {
        System.out.println("  stripped " + line + ": " + lines.get(line - 1));
      }
    }
    Map<String, String> bodies = trueBodies(folder);
    pages.sort((a, b) -> Double.compare(a.getValue().precision(), b.getValue().precision()));
    for (Map.Entry<String, ShingleScore> page :
        pages.subList(0, Math.min(PAGES_SHOWN_MISSED, pages.size()))) {
      String id = page.getKey();
      Set<String> bodyGrams =
          new HashSet<>(ShingleScore.shingles(bodies.getOrDefault(id, "")).keySet());
      System.out.printf(
          Locale.ROOT, "%nkept, not in the body: %s (P %.3f)%n", id, page.getValue().precision());
      List<String> lines =
          Files.readAllLines(folder.resolve("pages").resolve(id + ".txt"), StandardCharsets.UTF_8);
      Set<Integer> strippedHere = stripped.getOrDefault(id, Set.of());
      for (int i = 0; i < lines.size(); i++) {
        Set<String> grams = ShingleScore.shingles(lines.get(i)).keySet();
        if (!strippedHere.contains(i + 1)
            && !grams.isEmpty()
            && java.util.Collections.disjoint(grams, bodyGrams)) {
          System.out.println("  kept " + (i + 1) + ": " + lines.get(i));
        }
      }
    }
  }

  /**
   * Each page's true article body, by the page's file name: the benchmark's id cut to its first 16
   * hex digits.
   */
  private static Map<String, String> trueBodies(Path folder) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      String id = page.getKey().length() > 16 ? page.getKey().substring(0, 16) : page.getKey();
      bodies.put(id, page.getValue().path("articleBody").asText(""));
    }
    return bodies;
  }

  private static double f1(ShingleScore s) {
    double p = s.precision();
    double r = s.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
