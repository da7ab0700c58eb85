package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A document ready for matching: its clues, its title and its body sentences. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DocumentProfile {
  public abstract DocumentClues getClues();

  public abstract @Nullable String getTitle();

  /**
   * Body sentences as they read in the text, in order, each once: a sentence repeated inside one
   * document (a scraping artefact) is kept at its first place only.
   */
  public abstract List<String> getSentences();

  public static DocumentProfile create(
      DocumentClues clues, @Nullable String title, List<String> sentences) {
    return new AutoValue_DocumentProfile(clues, title, sentences);
  }

  public String id() {
    return getClues().id();
  }
}
