package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.io.Serializable;

/** A regex searched for only in lines that hold the text it requires ({@link RequiredText}). */
final class FilteredPattern implements Serializable {
  private final Pattern pattern;
  private final RequiredText required;

  private FilteredPattern(Pattern pattern) {
    this.pattern = pattern;
    this.required = RequiredText.of(pattern);
  }

  static FilteredPattern compile(String regex) {
    return new FilteredPattern(Pattern.compile(regex));
  }

  static FilteredPattern compile(String regex, int flags) {
    return new FilteredPattern(Pattern.compile(regex, flags));
  }

  /** Whether the regex is found in {@code line}, whose {@link RequiredText#fold} is given. */
  boolean find(String line, String foldedLine) {
    return required.foundIn(foldedLine) && pattern.matcher(line).find();
  }

  Pattern pattern() {
    return pattern;
  }
}
