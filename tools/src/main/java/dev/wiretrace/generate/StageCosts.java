package dev.wiretrace.generate;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.profile.DocumentProfiler;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.DocumentIds;
import dev.wiretrace.read.ManifestParser;
import dev.wiretrace.read.TextDecoder;
import dev.wiretrace.strip.BoilerplateRules;
import dev.wiretrace.strip.LineClassifier;
import dev.wiretrace.strip.StrippedPage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the per-article algorithms cost on their own: one thread, no Beam, each stage a run runs
 * once per article (decode, strip by rules, learn site templates, profile, hash), timed apart.
 * Against a runner's wall time, it tells how much of a run is wiretrace's work and how much is the
 * runner's (start-up, shuffles, coders). Pairing and scoring are not here: they depend on the join.
 * Each stage runs twice over the corpus and the second, warmed-up, pass is reported.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.generate.StageCosts corpus-10k
 * </pre>
 */
public final class StageCosts {
  private StageCosts() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StageCosts <folder of .txt files, with manifest.csv>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<Path> files = TextFiles.in(folder);
    Map<String, String> outletOf = new HashMap<>();
    Path manifest = folder.resolve("manifest.csv");
    if (Files.exists(manifest)) {
      try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
        for (ManifestEntry entry : ManifestParser.parse(reader, manifest.toString()).entries()) {
          if (entry.getOutlet() != null) {
            outletOf.put(entry.getId(), entry.getOutlet());
          }
        }
      }
    }
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    long[] nanos = null;
    for (int pass = 0; pass < 2; pass++) {
      nanos = onePass(names, contents, outletOf);
    }
    long total = Arrays.stream(nanos).sum();
    for (int s = 0; s < STAGES.size(); s++) {
      System.out.printf(
          Locale.ROOT,
          "%-15s %6.2f s  %6.3f ms/article%n",
          STAGES.get(s),
          nanos[s] / 1e9,
          nanos[s] / 1e6 / files.size());
    }
    System.out.printf(
        Locale.ROOT,
        "%-15s %6.2f s  %6.3f ms/article  (%d articles)%n",
        "all",
        total / 1e9,
        total / 1e6 / files.size(),
        files.size());
  }

  /** The stages {@link #onePass} times, in order. */
  static final List<String> STAGES =
      List.of("decode", "strip by rules", "site templates", "profile", "hash");

  private static DocumentMeta metaOf(String id, Map<String, String> outletOf) {
    String outlet = outletOf.get(id);
    return DocumentMeta.builder()
        .setId(id)
        .setOutlet(outlet)
        .setOutletSource(outlet == null ? OutletSource.UNKNOWN : OutletSource.MANIFEST)
        .build();
  }

  /** Nanoseconds each stage took over the articles, one thread. */
  static long[] onePass(
      List<String> fileNames, List<byte[]> contents, Map<String, String> outletOf) {
    long[] nanos = new long[STAGES.size()];
    LineClassifier classifier = new LineClassifier(BoilerplateRules.defaults());
    AgencyCatalog catalog = AgencyCatalog.defaults();
    DocumentProfiler profiler = new DocumentProfiler(CreditDetector.defaults(catalog));
    AttributionDetector attributions =
        AttributionDetector.forNames(new ArrayList<>(new TreeSet<>(outletOf.values())), catalog);

    long t = System.nanoTime();
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      DecodedText decoded = TextDecoder.decode(contents.get(i));
      if (!decoded.isRejected()) {
        ids.add(DocumentIds.fromFileName(fileNames.get(i)));
        texts.add(decoded.text());
      }
    }
    t = lap(nanos, 0, t);

    List<CleanDocument> pages = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      pages.add(
          StrippedPage.byRules(classifier, metaOf(ids.get(p), outletOf), texts.get(p)).page());
    }
    t = lap(nanos, 1, t);

    Map<String, List<Integer>> pagesOfOutlet = new TreeMap<>();
    for (int p = 0; p < pages.size(); p++) {
      String outlet = outletOf.get(ids.get(p));
      if (outlet != null) {
        pagesOfOutlet.computeIfAbsent(OutletKey.of(outlet), o -> new ArrayList<>()).add(p);
      }
    }
    for (List<Integer> outletPages : pagesOfOutlet.values()) {
      List<CleanDocument> ofOutlet = new ArrayList<>();
      outletPages.forEach(p -> ofOutlet.add(pages.get(p)));
      List<StrippedPage> stripped = StrippedPage.bySiteTemplate(ofOutlet);
      for (int k = 0; k < outletPages.size(); k++) {
        pages.set(outletPages.get(k), stripped.get(k).page());
      }
    }
    t = lap(nanos, 2, t);

    List<DocumentProfile> profiles = new ArrayList<>();
    for (CleanDocument page : pages) {
      profiles.add(profiler.profile(page, attributions));
    }
    t = lap(nanos, 3, t);

    long hashes = 0;
    for (DocumentProfile profile : profiles) {
      HashedText text = HashedText.of(profile.getSentences());
      hashes += text.distinctHashes().length + (text.fingerprint() == 0 ? 1 : 0);
    }
    lap(nanos, 4, t);
    if (hashes < 0) {
      throw new AssertionError("unreachable; keeps the hashing from being optimised away");
    }
    return nanos;
  }

  private static long lap(long[] nanos, int stage, long since) {
    long now = System.nanoTime();
    nanos[stage] = now - since;
    return now;
  }
}
