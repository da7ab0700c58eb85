package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** A wire-agency credit found in a document, such as {@code ATHENS (AFP) –} or {@code /TASS/}. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Credit {
  /** The agency's canonical name from the agency catalog, e.g. {@code AFP}. */
  public abstract String getAgency();

  /** The text that carried the credit, as it reads in the document. */
  public abstract String getEvidence();

  /** Which credit pattern matched, e.g. {@code dateline-parenthesised}. */
  public abstract String getPattern();

  public static Credit create(String agency, String evidence, String pattern) {
    return new AutoValue_Credit(agency, evidence, pattern);
  }
}
