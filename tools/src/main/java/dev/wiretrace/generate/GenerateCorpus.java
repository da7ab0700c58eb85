package dev.wiretrace.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic news corpus with a manifest and a ground truth, the same for the same seed:
 * wire stories with credited reprints, uncredited rewrites and copies of rewrites, independent
 * stories, each page in its outlet's template, and a few lines repeated in every article.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.generate.GenerateCorpus \
 *     --articles=10000 --seed=1 --output=corpus-10k
 * </pre>
 */
public final class GenerateCorpus {
  private static final String[] AGENCIES = {"AFP", "Reuters", "AP"};
  private static final String[] CITIES = {
    "PARIS", "NAIROBI", "LIMA", "OSLO", "HANOI", "QUITO", "ACCRA", "RIGA"
  };
  private static final String[] PLACES = {
    "North", "South", "East", "West", "Lake", "River", "Harbour", "Valley"
  };
  private static final String[] KINDS = {
    "Times", "Herald", "Courier", "Post", "Gazette", "Observer", "Tribune", "Daily"
  };

  /** Lines on every page of every outlet: the worst case for the join. */
  private static final List<String> EVERYWHERE =
      List.of(
          "Download our app for the latest news, wherever you are, on every device you own.",
          "Our journalism is supported by readers like you and by advertising partners worldwide.");

  private static final int OUTLETS = 24;

  private final WordModel words;
  private final Random random;
  private final List<String> outlets = new ArrayList<>();
  private final List<String> manifest = new ArrayList<>();
  private final List<String> truth = new ArrayList<>();
  private final Path output;
  private int written;

  private GenerateCorpus(long seed, Path output) {
    this.words = new WordModel(seed);
    this.random = new Random(seed * 31 + 7);
    this.output = output;
    for (int i = 0; i < OUTLETS; i++) {
      outlets.add(
          PLACES[i % PLACES.length]
              + "field "
              + KINDS[(i / PLACES.length + i) % KINDS.length]
              + " "
              + (i + 1));
    }
  }

  public static void main(String[] args) throws IOException {
    int articles = 1000;
    long seed = 1;
    String output = "generated-corpus";
    for (String arg : args) {
      if (arg.startsWith("--articles=")) {
        articles = Integer.parseInt(arg.substring("--articles=".length()));
      } else if (arg.startsWith("--seed=")) {
        seed = Long.parseLong(arg.substring("--seed=".length()));
      } else if (arg.startsWith("--output=")) {
        output = arg.substring("--output=".length());
      } else {
        System.err.println("usage: GenerateCorpus --articles=N --seed=S --output=<folder>");
        System.exit(2);
      }
    }
    Path folder = Path.of(output);
    Files.createDirectories(folder);
    GenerateCorpus generator = new GenerateCorpus(seed, folder);
    generator.generate(articles);
    System.out.printf(
        "wrote %d articles, manifest.csv and ground-truth.csv to %s%n", articles, folder);
  }

  private void generate(int articles) throws IOException {
    Instant clock = Instant.parse("2024-01-01T00:00:00Z");
    int family = 0;
    while (written < articles) {
      clock = clock.plus(random.nextInt(90) + 1, ChronoUnit.MINUTES);
      family++;
      if (random.nextDouble() < 0.4) {
        wireFamily(family, clock, articles);
      } else {
        page(
            String.format("f%06d_own", family),
            randomOutlet(),
            null,
            story(8 + random.nextInt(8)),
            clock,
            null);
      }
    }
    Files.write(
        output.resolve("manifest.csv"),
        lines("id,outlet,url,published", manifest),
        StandardCharsets.UTF_8);
    Files.write(
        output.resolve("ground-truth.csv"),
        lines("target,source,primary", truth),
        StandardCharsets.UTF_8);
  }

  private void wireFamily(int family, Instant t0, int limit) throws IOException {
    String agency = AGENCIES[random.nextInt(AGENCIES.length)];
    String city = CITIES[random.nextInt(CITIES.length)];
    List<String> wire = story(9 + random.nextInt(7));
    String wireId = String.format("f%06d_wire", family);
    boolean wireInCorpus = random.nextBoolean();
    String wireSource = wireInCorpus ? wireId : "wire:" + agency;
    if (wireInCorpus) {
      page(wireId, agency, city + " (" + agency + ") – ", wire, t0, null);
    }
    int reprints = 1 + random.nextInt(4);
    for (int r = 0; r < reprints && written < limit; r++) {
      List<String> reprint = wire.subList(0, Math.max(5, wire.size() - random.nextInt(4)));
      page(
          String.format("f%06d_reprint%d", family, r),
          randomOutlet(),
          city + " (" + agency + ") – ",
          reprint,
          t0.plus(10 + random.nextInt(120), ChronoUnit.MINUTES),
          wireSource);
    }
    if (random.nextDouble() < 0.5 && written < limit) {
      List<String> rewrite = new ArrayList<>();
      rewrite.add(words.sentence(random));
      for (int i = 0; i < wire.size(); i++) {
        rewrite.add(i % 3 == 0 ? wire.get(i) : words.reword(wire.get(i), 0.4, random));
      }
      rewrite.add(words.sentence(random));
      rewrite.add(words.sentence(random));
      String rewriteId = String.format("f%06d_rewrite", family);
      page(rewriteId, randomOutlet(), null, rewrite, t0.plus(3, ChronoUnit.HOURS), wireSource);
      if (random.nextDouble() < 0.4 && written < limit) {
        List<String> copy = new ArrayList<>(rewrite.subList(0, rewrite.size() - 2));
        copy.add(words.sentence(random));
        page(
            String.format("f%06d_copy", family),
            randomOutlet(),
            null,
            copy,
            t0.plus(5, ChronoUnit.HOURS),
            rewriteId);
      }
    }
  }

  private List<String> story(int sentences) {
    List<String> story = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      story.add(words.sentence(random));
    }
    return story;
  }

  private String randomOutlet() {
    return outlets.get(random.nextInt(outlets.size()));
  }

  /** Writes one page in its outlet's template, and its manifest and ground-truth rows. */
  private void page(
      String id,
      String outlet,
      String dateline,
      List<String> body,
      Instant published,
      String source)
      throws IOException {
    String slug = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    List<String> lines = new ArrayList<>();
    lines.add(outlet + " | News | World | Business | Sport");
    lines.add("");
    lines.add(words.headline(random));
    lines.add("");
    lines.add("Share on Facebook | Tweet | Email");
    lines.add("");
    for (int i = 0; i < body.size(); i++) {
      lines.add(i == 0 && dateline != null ? dateline + body.get(i) : body.get(i));
      lines.add("");
    }
    lines.add("Related articles");
    for (int i = 0; i < 3; i++) {
      lines.add(words.headline(random));
    }
    lines.add("");
    lines.addAll(EVERYWHERE);
    lines.add(
        outlet
            + " is an independent news site. Contact the newsroom at newsroom@"
            + slug
            + ".example");
    lines.add(
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"publisher\":\""
            + outlet
            + "\",\"id\":\""
            + id
            + "\"}");
    Files.write(output.resolve(id + ".txt"), lines, StandardCharsets.UTF_8);
    boolean dated = random.nextDouble() < 0.7;
    manifest.add(
        String.join(
            ",",
            id,
            outlet,
            "https://" + slug + ".example/" + id,
            dated ? published.toString() : ""));
    truth.add(String.join(",", id, source == null ? "" : source, source == null ? "" : "true"));
    written++;
  }

  private static List<String> lines(String header, List<String> rows) {
    List<String> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
