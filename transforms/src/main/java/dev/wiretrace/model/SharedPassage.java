package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** One aligned pair of sentences that two documents share, as each text reads. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class SharedPassage {
  public abstract String getSourceText();

  public abstract String getTargetText();

  /** Words of the target sentence covered by shared word n-grams. */
  public abstract int getWords();

  public static SharedPassage create(String sourceText, String targetText, int words) {
    return new AutoValue_SharedPassage(sourceText, targetText, words);
  }

  public SharedPassage reversed() {
    return create(getTargetText(), getSourceText(), getWords());
  }
}
