package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.io.Serializable;

/** One line rule from a boilerplate rules file. */
public record BoilerplateRule(Kind kind, String reason, Pattern pattern) implements Serializable {
  /** How far a match reaches. */
  public enum Kind {
    /** The matching line only. */
    LINE,
    /** The matching line and all lines after it. */
    SECTION_START,
    /** The matching line and the run of headline-like lines after it. */
    BLOCK_HEADER
  }

  public boolean matches(String normalisedLine) {
    // An anchored rule need not be tried at every position of a long line.
    return isAnchored(pattern)
        ? pattern.matcher(normalisedLine).lookingAt()
        : pattern.matcher(normalisedLine).find();
  }

  static boolean isAnchored(Pattern pattern) {
    return pattern.pattern().startsWith("^");
  }
}
