package dev.wiretrace.generate;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.profile.DocumentProfiler;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.DocumentIds;
import dev.wiretrace.read.DocumentMetas;
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
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

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
    Function<String, DocumentMeta> metaOf = manifestMetas(manifestOf(folder), null);
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    long[] nanos = null;
    for (int pass = 0; pass < 2; pass++) {
      nanos = new long[STAGES.size()];
      onePass(names, contents, metaOf, nanos);
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

  /** The rows of the folder's {@code manifest.csv}, by id; none if it has no manifest. */
  static Map<String, ManifestEntry> manifestOf(Path folder) throws IOException {
    Map<String, ManifestEntry> entries = new HashMap<>();
    Path manifest = folder.resolve("manifest.csv");
    if (Files.exists(manifest)) {
      try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
        for (ManifestEntry entry : ManifestParser.parse(reader, manifest.toString()).entries()) {
          entries.put(entry.getId(), entry);
        }
      }
    }
    return entries;
  }

  /** Each article's outlet, by id, from the folder's {@code manifest.csv} if it has one. */
  static Map<String, String> outletsOf(Path folder) throws IOException {
    Map<String, String> outletOf = new HashMap<>();
    manifestOf(folder)
        .forEach(
            (id, entry) -> {
              if (entry.getOutlet() != null) {
                outletOf.put(id, entry.getOutlet());
              }
            });
    return outletOf;
  }

  /** What a run reads of each article from its manifest row: URL, published time and outlet. */
  static Function<String, DocumentMeta> manifestMetas(
      Map<String, ManifestEntry> manifest, @Nullable String night) {
    return id -> DocumentMetas.of(id, manifest.get(id), night);
  }

  /** The stages {@link #onePass} times, in order. */
  static final List<String> STAGES =
      List.of("decode", "strip by rules", "site templates", "profile", "hash");

  /** Only the outlet of each article, from {@code outletOf}. */
  static Function<String, DocumentMeta> outletMetas(
      Map<String, String> outletOf, @Nullable String night) {
    return id -> outletMeta(id, outletOf, night);
  }

  private static DocumentMeta outletMeta(
      String id, Map<String, String> outletOf, @Nullable String night) {
    String outlet = outletOf.get(id);
    return DocumentMeta.builder()
        .setId(id)
        .setOutlet(outlet)
        .setOutletSource(outlet == null ? OutletSource.UNKNOWN : OutletSource.MANIFEST)
        .setNight(night)
        .build();
  }

  /**
   * Every stage of a run that handles one article, over the articles, on one thread, without Beam:
   * the hashed documents a run would index, with the nanoseconds each stage took added to {@code
   * nanos}.
   */
  static List<HashedDocument> onePass(
      List<String> fileNames,
      List<byte[]> contents,
      Function<String, DocumentMeta> metaOf,
      long[] nanos) {
    LineClassifier classifier = new LineClassifier(BoilerplateRules.defaults());
    AgencyCatalog catalog = AgencyCatalog.defaults();
    DocumentProfiler profiler = new DocumentProfiler(CreditDetector.defaults(catalog));

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
    List<DocumentMeta> metas = ids.stream().map(metaOf).toList();
    t = lap(nanos, 0, t);

    List<CleanDocument> pages = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      pages.add(StrippedPage.byRules(classifier, metas.get(p), texts.get(p)).page());
    }
    t = lap(nanos, 1, t);

    Map<String, List<Integer>> pagesOfOutlet = new TreeMap<>();
    for (int p = 0; p < pages.size(); p++) {
      String outlet = metas.get(p).getOutlet();
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

    // As a run does: attributions to the outlets the manifest names.
    TreeSet<String> outletNames = new TreeSet<>();
    for (DocumentMeta meta : metas) {
      if (meta.outletSource() == OutletSource.MANIFEST) {
        outletNames.add(meta.getOutlet());
      }
    }
    AttributionDetector attributions =
        AttributionDetector.forNames(new ArrayList<>(outletNames), catalog);
    List<DocumentProfile> profiles = new ArrayList<>();
    for (CleanDocument page : pages) {
      profiles.add(profiler.profile(page, attributions));
    }
    t = lap(nanos, 3, t);

    List<HashedDocument> hashed = new ArrayList<>();
    for (DocumentProfile profile : profiles) {
      hashed.add(HashedText.hash(profile));
    }
    lap(nanos, 4, t);
    return hashed;
  }

  private static long lap(long[] nanos, int stage, long since) {
    long now = System.nanoTime();
    nanos[stage] += now - since;
    return now;
  }
}
