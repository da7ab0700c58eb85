package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What the direction rules need to know about one document, without its text. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DocumentClues {
  public abstract DocumentMeta getMeta();

  /** Wire credits in the document's dateline, credit lines or copyright footer. */
  public abstract List<Credit> getCredits();

  /** Outlets the document names as its source. */
  public abstract List<Attribution> getAttributions();

  /**
   * The agency this document's own outlet is (from the manifest or URL, never from a credit), or
   * null: such a document is the agency's own copy, an origin of wire text.
   */
  public abstract @Nullable String getOwnAgency();

  /** Words in the article body after boilerplate and repeated sentences are removed. */
  public abstract int getWordCount();

  public static DocumentClues create(
      DocumentMeta meta,
      List<Credit> credits,
      List<Attribution> attributions,
      @Nullable String ownAgency,
      int wordCount) {
    return new AutoValue_DocumentClues(meta, credits, attributions, ownAgency, wordCount);
  }

  public String id() {
    return getMeta().getId();
  }

  /** True if the document credits {@code agency} without being that agency's own copy. */
  public boolean creditsAsReprint(String agency) {
    if (agency.equals(getOwnAgency())) {
      return false;
    }
    return getCredits().stream().anyMatch(c -> c.getAgency().equals(agency));
  }

  /** The attribution naming {@code outlet}, or null. */
  public @Nullable Attribution attributionTo(@Nullable String outlet) {
    if (outlet == null) {
      return null;
    }
    return getAttributions().stream()
        .filter(a -> a.getName().equalsIgnoreCase(outlet))
        .findFirst()
        .orElse(null);
  }
}
