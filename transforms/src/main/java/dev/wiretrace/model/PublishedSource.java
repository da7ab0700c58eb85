package dev.wiretrace.model;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a document's published time came from: the manifest, or a date line in the text (less sure,
 * so direction weighs it less). Stored as its label.
 */
public enum PublishedSource {
  MANIFEST("manifest"),
  TEXT("text");

  private final String label;

  PublishedSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The source a stored label names, or null for none (or a label this version does not know). */
  public static @Nullable PublishedSource of(@Nullable String label) {
    for (PublishedSource source : values()) {
      if (source.label.equals(label)) {
        return source;
      }
    }
    return null;
  }
}
