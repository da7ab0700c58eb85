package dev.wiretrace.direction;

import dev.wiretrace.io.DataFile;
import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.sentences.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds sentences that name another outlet as a source: "Press TV reported", "according to Xinhua",
 * "told Reuters". Only names the corpus knows count (manifest outlets and agency aliases), so
 * "Lavrov said" is never an attribution. Patterns come from {@code attribution-patterns.tsv}.
 */
public final class AttributionDetector implements Serializable {
  static final String DEFAULTS = "attribution-patterns.tsv";

  private final List<NamePattern> patterns;

  /** Name as it may appear in text to its canonical spelling. */
  private final Map<String, String> canonical;

  /**
   * @param rows pattern rows (name, regex with {@code {source}})
   * @param names each name as it may appear in text, mapped to the canonical name
   */
  public AttributionDetector(List<DataFile.Row> rows, Map<String, String> names) {
    this.canonical = Map.copyOf(names);
    this.patterns = new ArrayList<>();
    for (DataFile.Row row : rows) {
      patterns.add(NamePattern.compile(row.fields()[1], "{source}", names.keySet()));
    }
  }

  /** The bundled patterns, over the given names plus every agency alias. */
  /**
   * A "sentence" longer than this is a page without stops (a blob, a list run together), not a
   * sentence that credits a source; searching it would cost as much as its length times the
   * patterns.
   */
  static final int MAX_SENTENCE_CHARS = 4096;

  public static AttributionDetector forNames(List<String> outletNames, AgencyCatalog catalog) {
    Map<String, String> names = new LinkedHashMap<>(catalog.aliasMap());
    for (String outlet : outletNames) {
      if (outlet != null && !outlet.isBlank()) {
        names.putIfAbsent(outlet, catalog.agencyNamed(outlet).orElse(outlet));
      }
    }
    return new AttributionDetector(
        DataFile.readBundled(AttributionDetector.class, DEFAULTS, 2), names);
  }

  /** Attributions in {@code sentences}, one per name, ignoring the document's own outlet. */
  public List<Attribution> detect(List<String> sentences, String ownOutlet) {
    Map<String, Attribution> found = new LinkedHashMap<>();
    String own = OutletKey.of(ownOutlet);
    for (String sentence : sentences) {
      if (sentence.length() > MAX_SENTENCE_CHARS) {
        continue;
      }
      String line = TextNormalizer.line(sentence);
      // Most sentences name no outlet at all; a substring scan rules them out cheaply.
      if (canonical.keySet().stream().noneMatch(line::contains)) {
        continue;
      }
      for (NamePattern pattern : patterns) {
        for (NamePattern.Match m : pattern.findAll(line)) {
          String name = canonical.getOrDefault(m.name(), m.name());
          if (OutletKey.of(name).equals(own)) {
            continue;
          }
          found.putIfAbsent(name, Attribution.create(name, m.text().strip()));
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
