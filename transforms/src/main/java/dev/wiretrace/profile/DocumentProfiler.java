package dev.wiretrace.profile;

import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PublishedSource;
import dev.wiretrace.read.OutletNames;
import dev.wiretrace.sentences.SentenceSplitter;
import dev.wiretrace.sentences.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a clean document into what matching and direction need: its sentences (each once), its
 * title, its credits and attributions, and who published it and when.
 */
public final class DocumentProfiler implements Serializable {
  /** A headline is short; a longer first line is the body starting. */
  private static final int MAX_TITLE_WORDS = 25;

  private static final int DATE_LINES = 4;

  private final CreditDetector credits;

  public DocumentProfiler(CreditDetector credits) {
    this.credits = credits;
  }

  public DocumentProfile profile(CleanDocument document, AttributionDetector attributions) {
    List<String> lines = nonBlankLines(document.getText());
    List<Credit> found = credits.detect(lines, document.getCopyrightLines());
    DocumentMeta meta = withInferredOutlet(document.getMeta(), found);
    meta = withTextDate(meta, lines);

    List<String> sentences = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int words = 0;
    for (String sentence : SentenceSplitter.sentences(document.getText())) {
      String normalised = TextNormalizer.normalised(sentence);
      if (normalised.isEmpty()
          || DatelineDate.parse(sentence).isPresent()
          || !seen.add(normalised)) {
        continue;
      }
      sentences.add(sentence);
      words += wordCount(normalised);
    }
    DocumentClues clues =
        DocumentClues.create(
            meta, found, attributions.detect(sentences, meta.getOutlet()), ownAgency(meta), words);
    return DocumentProfile.create(clues, title(lines), sentences);
  }

  /** Normalised words are separated by single spaces and hold none. */
  private static int wordCount(String normalised) {
    int count = 1;
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  private DocumentMeta withInferredOutlet(DocumentMeta meta, List<Credit> found) {
    if (meta.getOutlet() != null || found.isEmpty()) {
      return meta;
    }
    return meta.toBuilder()
        .setOutlet(found.get(0).getAgency())
        .setOutletSource(OutletSource.CREDIT)
        .build();
  }

  private static DocumentMeta withTextDate(DocumentMeta meta, List<String> lines) {
    if (meta.getPublished() != null) {
      return meta;
    }
    for (String line : lines.subList(0, Math.min(DATE_LINES, lines.size()))) {
      Optional<String> date = DatelineDate.parse(line);
      if (date.isPresent()) {
        return meta.toBuilder()
            .setPublished(date.get())
            .setPublishedSource(PublishedSource.TEXT)
            .build();
      }
    }
    return meta;
  }

  /** The agency a document's own outlet is, when the manifest or URL says so. */
  private String ownAgency(DocumentMeta meta) {
    switch (meta.outletSource()) {
      case MANIFEST:
        return credits.catalog().agencyNamed(meta.getOutlet()).orElse(null);
      case URL:
        return OutletNames.fromUrl(meta.getUrl())
            .flatMap(host -> credits.catalog().agencyForHost(host))
            .orElse(null);
      default:
        return null;
    }
  }

  private String title(List<String> lines) {
    for (String line : lines) {
      String t = line.strip();
      if (credits.isCreditLine(t) || DatelineDate.parse(t).isPresent()) {
        continue;
      }
      int words = t.split("\\s+").length;
      boolean sentence = t.endsWith(".") && !t.endsWith("...");
      return words <= MAX_TITLE_WORDS && !sentence ? t : null;
    }
    return null;
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
