package dev.wiretrace.generate;

import dev.wiretrace.index.IndexLock;
import dev.wiretrace.index.IndexStore;
import dev.wiretrace.index.WriteIndexSegment;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A year's index in minutes, for the nightly benchmark: nights of generated articles (as {@link
 * GenerateCorpus} makes them, seed 100 + night, ids prefixed {@code n<night>_} as {@code
 * bench/lookback-nights.sh} does) taken through every per-article stage in plain Java ({@link
 * StageCosts#onePass}) and committed night by night as a nightly run commits its segment. The
 * documents are those a run would index, but for site templates learnt over one night at a time
 * here too, and published times (which the manifest gives and the index keeps) left out.
 *
 * <pre>
 * java -cp wiretrace.jar:wiretrace-tools.jar dev.wiretrace.generate.GenerateArchive \
 *     --index=/tmp/index --nights=100 --articles=5000 [--first=2026-01-01]
 * </pre>
 */
public final class GenerateArchive {
  private GenerateArchive() {}

  public static void main(String[] args) throws Exception {
    String index = null;
    int nights = 100;
    int articles = 5000;
    LocalDate first = LocalDate.parse("2026-01-01");
    for (String arg : args) {
      if (arg.startsWith("--index=")) {
        index = arg.substring("--index=".length());
      } else if (arg.startsWith("--nights=")) {
        nights = Integer.parseInt(arg.substring("--nights=".length()));
      } else if (arg.startsWith("--articles=")) {
        articles = Integer.parseInt(arg.substring("--articles=".length()));
      } else if (arg.startsWith("--first=")) {
        first = LocalDate.parse(arg.substring("--first=".length()));
      } else {
        index = null;
        break;
      }
    }
    if (index == null) {
      System.err.println(
          "usage: GenerateArchive --index=<folder> [--nights=100] [--articles=5000]"
              + " [--first=2026-01-01]");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("wiretrace-archive");
    long start = System.nanoTime();
    // Nights are made on every core, a few ahead, and committed one at a time in order.
    ExecutorService cores =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<List<HashedDocument>>> made = new ArrayList<>();
    for (int n = 1; n <= nights; n++) {
      int number = n;
      String night = first.plusDays(n - 1).toString();
      int perNight = articles;
      made.add(cores.submit(() -> night(number, night, perNight, work.resolve("night-" + number))));
    }
    for (int n = 1; n <= nights; n++) {
      String night = first.plusDays(n - 1).toString();
      List<HashedDocument> documents = made.get(n - 1).get();
      made.set(n - 1, null);
      try (IndexLock lock = IndexLock.acquire(index, "generate-" + night)) {
        IndexStore store = IndexStore.open(index);
        String staging = store.stagingFolder("generate-" + night);
        WriteIndexSegment.writeDirectly(staging, documents);
        store.commit(night, staging);
      }
      System.out.printf(
          "night %s: %d documents indexed (%.0f s)%n",
          night, documents.size(), (System.nanoTime() - start) / 1e9);
    }
    cores.shutdown();
    Files.deleteIfExists(work);
  }

  /** One night's articles, generated, prefixed with the night's number, profiled and hashed. */
  private static List<HashedDocument> night(int n, String night, int articles, Path folder)
      throws IOException {
    GenerateCorpus.main(
        new String[] {"--articles=" + articles, "--seed=" + (100 + n), "--output=" + folder});
    List<Path> files = TextFiles.in(folder);
    Map<String, String> outlets = StageCosts.outletsOf(folder);
    String prefix = "n" + n + "_";
    Map<String, String> prefixed = new java.util.HashMap<>();
    outlets.forEach((id, outlet) -> prefixed.put(prefix + id, outlet));
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      names.add(prefix + file.getFileName());
      contents.add(Files.readAllBytes(file));
    }
    List<HashedDocument> documents =
        StageCosts.onePass(
            names,
            contents,
            StageCosts.outletMetas(prefixed, night),
            new long[StageCosts.STAGES.size()]);
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    return documents;
  }
}
