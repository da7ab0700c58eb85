package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** An input that could not be used, with the reason: the dead-letter record of the pipeline. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Reject {
  /** The file path, or {@code manifest.csv:<record>} for a manifest row. */
  public abstract String getInput();

  /** A short stable code: empty-file, not-text, unreadable, duplicate-id, bad-manifest-row. */
  public abstract String getReason();

  /** A one-line human-readable explanation. */
  public abstract String getDetail();

  public static Reject create(String input, String reason, String detail) {
    return new AutoValue_Reject(input, reason, detail);
  }
}
