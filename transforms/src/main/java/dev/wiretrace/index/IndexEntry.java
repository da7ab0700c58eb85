package dev.wiretrace.index;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An earlier night's document as a night sees it before pairing: enough to tell whether tonight
 * holds it already, and where to read its profile if tonight pairs with it.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class IndexEntry {
  public abstract String getId();

  public abstract String getNight();

  public abstract @Nullable String getOutlet();

  public abstract long getFingerprint();

  /** The segment's profiles file that holds the document. */
  public abstract String getProfilesFile();

  /** Where the Avro block holding the document's profile starts in that file. */
  public abstract long getProfileBlock();

  public static IndexEntry create(
      String id,
      String night,
      @Nullable String outlet,
      long fingerprint,
      String profilesFile,
      long profileBlock) {
    return new AutoValue_IndexEntry(id, night, outlet, fingerprint, profilesFile, profileBlock);
  }
}
