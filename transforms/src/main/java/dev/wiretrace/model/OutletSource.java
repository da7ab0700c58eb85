package dev.wiretrace.model;

/**
 * Where a document's outlet name came from. Stored as its label, so the index and {@code
 * graph.json} keep the words they always held.
 */
public enum OutletSource {
  MANIFEST("manifest"),
  URL("url"),
  CREDIT("credit"),
  UNKNOWN("unknown");

  private final String label;

  OutletSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The source a stored label names; an unknown label is {@link #UNKNOWN}. */
  public static OutletSource of(String label) {
    for (OutletSource source : values()) {
      if (source.label.equals(label)) {
        return source;
      }
    }
    return UNKNOWN;
  }
}
