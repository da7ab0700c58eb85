package dev.wiretrace.testing;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PublishedSource;
import java.util.List;

/** Small builders for documents in tests. */
public final class Fixtures {
  private Fixtures() {}

  public static DocumentMeta meta(String id, String outlet) {
    return DocumentMeta.builder()
        .setId(id)
        .setOutlet(outlet)
        .setOutletSource(outlet == null ? OutletSource.UNKNOWN : OutletSource.MANIFEST)
        .build();
  }

  public static DocumentMeta meta(String id, String outlet, String published) {
    return meta(id, outlet).toBuilder()
        .setPublished(published)
        .setPublishedSource(PublishedSource.MANIFEST)
        .build();
  }

  public static DocumentClues clues(DocumentMeta meta, int words) {
    return DocumentClues.create(meta, List.of(), List.of(), null, words);
  }

  public static DocumentClues agencyCopy(DocumentMeta meta, String agency, int words) {
    return DocumentClues.create(meta, List.of(), List.of(), agency, words);
  }

  public static DocumentClues crediting(DocumentMeta meta, String agency, int words) {
    return DocumentClues.create(
        meta,
        List.of(Credit.create(agency, "ATHENS (" + agency + ") -", "dateline-parenthesised")),
        List.of(),
        null,
        words);
  }

  public static DocumentClues attributing(DocumentMeta meta, String outlet, int words) {
    return DocumentClues.create(
        meta, List.of(), List.of(Attribution.create(outlet, outlet + " reported")), null, words);
  }

  public static DocumentProfile profile(DocumentClues clues, String... sentences) {
    return DocumentProfile.create(clues, null, List.of(sentences));
  }
}
