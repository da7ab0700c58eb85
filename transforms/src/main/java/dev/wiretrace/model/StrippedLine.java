package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** A line removed as boilerplate, kept for audit in {@code stripped.jsonl}. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class StrippedLine {
  public abstract String getDoc();

  /** 1-based line number in the input text. */
  public abstract int getLine();

  /** The line exactly as in the input, without its newline. */
  public abstract String getText();

  /** Which rule removed it, e.g. {@code share-widget} or {@code comment-section}. */
  public abstract String getReason();

  public static StrippedLine create(String doc, int line, String text, String reason) {
    return new AutoValue_StrippedLine(doc, line, text, reason);
  }
}
