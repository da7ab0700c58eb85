package dev.wiretrace.direction;

import dev.wiretrace.io.DataFile;
import dev.wiretrace.model.Attribution;
import dev.wiretrace.sentences.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences that name another outlet as a source: "Press TV reported", "according to
 * Xinhua", "told Reuters". Only names the corpus knows count (manifest outlets and agency aliases),
 * so "Lavrov said" is never an attribution. Patterns come from {@code attribution-patterns.tsv}.
 */
public final class AttributionDetector implements Serializable {
  static final String DEFAULTS = "attribution-patterns.tsv";

  private final List<Pattern> patterns;
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
      patterns.add(NamePatterns.compile(row.fields()[1], "{source}", "source", names.keySet()));
    }
  }

  /** The bundled patterns, over the given names plus every agency alias. */
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
    String own = ownOutlet == null ? "" : ownOutlet.toLowerCase(Locale.ROOT);
    for (String sentence : sentences) {
      String line = TextNormalizer.line(sentence);
      // Most sentences name no outlet at all; a substring scan rules them out cheaply.
      if (canonical.keySet().stream().noneMatch(line::contains)) {
        continue;
      }
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
          String name = canonical.getOrDefault(m.group("source"), m.group("source"));
          if (name.toLowerCase(Locale.ROOT).equals(own)) {
            continue;
          }
          found.putIfAbsent(name, Attribution.create(name, m.group().strip()));
        }
      }
    }
    return new ArrayList<>(found.values());
  }
}
