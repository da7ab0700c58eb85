package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One row of the manifest CSV ({@code id,outlet,url,published}). */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ManifestEntry {
  public abstract String getId();

  public abstract @Nullable String getOutlet();

  public abstract @Nullable String getUrl();

  /** The published time as an ISO-8601 UTC instant, or null if empty or unparseable. */
  public abstract @Nullable String getPublished();

  /** The 1-based CSV record number, so that the first row for an id wins deterministically. */
  public abstract long getRecordNumber();

  public static ManifestEntry create(
      String id,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable String published,
      long recordNumber) {
    return new AutoValue_ManifestEntry(id, outlet, url, published, recordNumber);
  }
}
