package dev.wiretrace.model;

import java.util.Locale;

/** How strongly the evidence fixes an edge's direction, weakest first. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  /** As the output files write it: {@code low}, {@code medium} or {@code high}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAbove(Confidence other) {
    return compareTo(other) > 0;
  }
}
