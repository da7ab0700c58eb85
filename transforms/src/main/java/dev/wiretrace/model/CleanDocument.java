package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** A document after boilerplate stripping. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CleanDocument {
  public abstract DocumentMeta getMeta();

  /** The text with every stripped line blanked, so that paragraph breaks survive. */
  public abstract String getText();

  /**
   * Stripped copyright footers: not article text, but a footer such as "© AFP 2016" still says
   * whose copy the article is.
   */
  public abstract List<String> getCopyrightLines();

  public static CleanDocument create(DocumentMeta meta, String text, List<String> copyrightLines) {
    return new AutoValue_CleanDocument(meta, text, copyrightLines);
  }
}
