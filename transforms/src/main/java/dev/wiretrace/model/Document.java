package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A raw article text as read from the corpus, decoded but otherwise untouched. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Document {
  public abstract DocumentMeta getMeta();

  /** The file the text came from, as the filesystem names it. */
  public abstract String getPath();

  /** The text with line endings normalised to {@code \n}. */
  public abstract String getText();

  /** Set when the bytes were not clean UTF-8 and a fallback decoding was used. */
  public abstract @Nullable String getDecodingNote();

  public static Document create(
      DocumentMeta meta, String path, String text, @Nullable String decodingNote) {
    return new AutoValue_Document(meta, path, text, decodingNote);
  }

  public String id() {
    return getMeta().getId();
  }
}
