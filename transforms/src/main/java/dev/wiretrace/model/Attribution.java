package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** A document naming another outlet as its source: "Press TV reported", "according to Xinhua". */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Attribution {
  /** The outlet or agency named, in its canonical spelling. */
  public abstract String getName();

  /** The phrase that attributes, as it reads in the document. */
  public abstract String getEvidence();

  public static Attribution create(String name, String evidence) {
    return new AutoValue_Attribution(name, evidence);
  }
}
