package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * A profiled document with its hashes: what the join needs tonight, and what the index keeps so
 * that a later night can match against it without reading or hashing its text again.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class HashedDocument {
  public abstract DocumentProfile getProfile();

  /** Every distinct sentence and shingle hash of the body, sorted. */
  public abstract List<Long> getHashes();

  /** One hash of the whole normalised body: equal bodies, equal fingerprints. */
  public abstract long getFingerprint();

  public static HashedDocument create(
      DocumentProfile profile, List<Long> hashes, long fingerprint) {
    return new AutoValue_HashedDocument(profile, hashes, fingerprint);
  }

  public String id() {
    return getProfile().id();
  }
}
